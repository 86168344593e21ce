"""The coach recognises reproaches and asks by their structure, and lets innocent drafts through.

The sentences here were written for this file (not taken from the corpus): new subjects,
verb forms and word orders for each rule of ``coach_grammar`` and the language modules.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kith.core.words.coach import FindingKind, coach, fold
from kith.core.words.coach_grammar import near
from kith.core.words.coach_tl import verb

K = FindingKind
CORPUS = Path(__file__).resolve().parents[2] / "data" / "coach"


def blocking(text: str, language: str, step: str = "followup") -> set[FindingKind]:
    return {f.kind for f in coach(text, language=language, step=step, recipient_name="Ana").findings if f.blocking}


# --- innocent drafts that talk about replies, silence and asks -----------------------------

POLITE = [
    ("en", "followup", "Hi Ana, no need to reply, I just wanted to send you the photos from Porto."),
    ("en", "followup", "Hi Ana, reply whenever suits you, there is no rush at all."),
    ("en", "thanks", "Hi Ana, I never replied to your last note, sorry! Thank you for the book."),
    (
        "en",
        "first",
        "Hi Ana, it's been years since Lisbon. If you ever need a referral, I'm happy to help. How is Madrid?",
    ),
    ("en", "followup", "Hi Ana, no worries if you can't answer this week, I know the move is a lot."),
    ("en", "followup", "Hi Ana, please ignore my last email, I attached the wrong file."),
    ("en", "last", "Hi Ana, this is my last note, I promise. Should I stop writing? Good luck with the shop."),
    ("en", "followup", "Hi Ana, you never told me how the Lisbon trip went! Hope it was lovely."),
    ("en", "congratulations", "Congrats on the promotion, Ana! You deserve it."),
    ("en", "first", "Hi Ana, it's been years. Would you like an intro to my friend Ben, who runs a design agency?"),
    ("it", "followup", "Ciao Ana, non serve che tu risponda, ti mando solo le foto di Porto."),
    ("it", "followup", "Ciao Ana, non c'è bisogno che mi rispondi, era solo un saluto."),
    ("it", "thanks", "Ciao Ana, non ti ho mai risposto all'ultima mail, scusami! Grazie per il libro."),
    (
        "it",
        "first",
        "Ciao Ana, quanto tempo da Lisbona! Se mai ti servisse una referenza, ti aiuto volentieri. Come va a Madrid?",
    ),
    ("it", "followup", "Ciao Ana, non mi hai mai raccontato com'è andato il viaggio!"),
    ("es", "followup", "Hola Ana, no hace falta que me respondas, solo te mando las fotos de Oporto."),
    ("es", "thanks", "Hola Ana, nunca te contesté el último mensaje, ¡perdón! Gracias por el libro."),
    (
        "es",
        "first",
        "Hola Ana, ¡cuánto tiempo desde Lisboa! Si alguna vez necesitas una referencia, con gusto te ayudo. ¿Qué tal Madrid?",
    ),
    ("es", "followup", "Hola Ana, te reenvío la nota por si se perdió. Sin ninguna prisa."),
    ("es", "followup", "Hola Ana, nunca me contaste qué tal el viaje. ¡Espero que genial!"),
    ("tl", "followup", "Hi Ana, hindi mo na kailangang sumagot, ipapadala ko lang ang mga picture."),
    ("tl", "followup", "Hi Ana, okay lang kung hindi ka makasagot agad, alam kong busy ka."),
    ("tl", "thanks", "Hi Ana, hindi ko pala nasagot ang huling message mo, sorry! Salamat sa libro."),
    ("tl", "first", "Hi Ana, ang tagal na! Kung kailangan mo ng referral, masaya akong tumulong. Kumusta ang Madrid?"),
    ("tl", "congratulations", "Congrats sa promotion, Ana! Deserve mo yan."),
]


@pytest.mark.parametrize(("language", "step", "text"), POLITE)
def test_polite_drafts_about_replies_and_asks_do_not_block(language: str, step: str, text: str) -> None:
    assert blocking(text, language, step) == set()


# --- reproaches: a second person, not answering, and a negation or "still" -------------------

REPROACHES = [
    ("en", "Hi Ana, you've still not answered my question from March."),
    ("en", "Hi Ana, you haven't so much as acknowledged the invitation."),
    ("en", "Hi Ana, u never even read my messages lol"),
    ("en", "Hi Ana, how come you never call me back?"),
    ("en", "Hi Ana, I was a bit hurt not to hear anything back after the wedding."),
    ("en", "Hi Ana, I know you've seen my message, so what's going on?"),
    ("en", "Hi Ana, not to be a pain, but I've written to you four times now."),
    ("en", "Hi Ana, should I take your silence as a no?"),
    ("it", "Ciao Ana, non mi avete ancora risposto, né tu né Marco."),
    ("it", "Ciao Ana, nn mi rispondi mai."),
    ("it", "Ciao Ana, perché non mi richiami?"),
    ("it", "Ciao Ana, ti ho cercata per mail, su LinkedIn e su WhatsApp."),
    ("it", "Ciao Ana, mi risponderai mai?"),
    ("es", "Hola Ana, todavía no me contestaste el correo de marzo."),
    ("es", "Hola Ana, ustedes nunca me responden los mensajes."),
    ("es", "Hola Ana, ¿me vas a contestar algún día?"),
    ("es", "Hola Ana, ya van tres correos y nada."),
    ("es", "Hola Ana, me dolió no recibir ni una respuesta."),
    ("tl", "Hi Ana, hindi mo man lang kami sinasagot."),
    ("tl", "Hi Ana, di pa rin po kayo nagrereply."),
    ("tl", "Hi Ana, ayaw mo akong sagutin?"),
    ("tl", "Hi Ana, dinededma mo lang ako."),
    ("tl", "Hi Ana, tatlong email na pinadala ko pero wala pa ring sagot."),
]


@pytest.mark.parametrize(("language", "text"), REPROACHES)
def test_reproaches_are_recognised_by_their_structure(language: str, text: str) -> None:
    assert K.ACCUSATORY in blocking(text, language)


def test_an_excuse_before_a_reproach_takes_it_back_but_a_but_ends_it() -> None:
    assert blocking("Hi Ana, no worries if you can't reply this week.", "en") == set()
    assert K.ACCUSATORY in blocking("Hi Ana, I know you're busy, but you never even replied.", "en")
    assert blocking("Ciao Ana, so che sei impegnata, tranquilla.", "it") == set()
    assert K.ACCUSATORY in blocking("Ciao Ana, capisco che sei impegnata, ma non mi hai mai risposto.", "it")


# --- asks: a request frame, something for the writer, nothing offered -------------------------

ASKS = [
    ("en", "Hi Ana, it's been years! Is there any way you could get my CV in front of your manager?"),
    ("en", "Hi Ana, it's been years! I'd be grateful for an introduction to your head of design."),
    ("en", "Hi Ana, it's been years! Would you consider investing in my bakery?"),
    ("en", "Hi Ana, it's been years! Any chance my daughter could crash at yours in September?"),
    ("it", "Ciao Ana, quanto tempo! Riusciresti a segnalarmi per il posto in Ferrero?"),
    ("it", "Ciao Ana, quanto tempo! Ti andrebbe di dare un'occhiata al mio business plan?"),
    ("es", "Hola Ana, ¡cuánto tiempo! ¿Me echas una mano con una recomendación para tu empresa?"),
    ("es", "Hola Ana, ¡cuánto tiempo! ¿Me podrías prestar algo de dinero hasta marzo?"),
    ("tl", "Hi Ana, ang tagal na! Pwede mo ba akong i-refer sa HR niyo?"),
    ("tl", "Hi Ana, ang tagal na! Paki-recommend naman ako sa boss mo."),
]


@pytest.mark.parametrize(("language", "text"), ASKS)
def test_asks_for_the_writer_are_recognised_by_their_structure(language: str, text: str) -> None:
    assert K.EARLY_ASK in blocking(text, language, step="first")


NOT_ASKS = [
    ("en", "Hi Ana, it's been years! I'm not asking for a job, I just wanted to say hello. How is Madrid?"),
    ("en", "Hi Ana, it's been years! My mentor said never to open with \"can you refer me\", so I won't."),
    ("en", "Hi Ana, it's been years! How did you land your job at Google?"),
    ("en", "Hi Ana, it's been years! I could make an introduction to my old boss if it helps."),
    ("it", "Ciao Ana, quanto tempo! Non ti scrivo per chiederti lavoro. Come va a Madrid?"),
    ("es", "Hola Ana, ¡cuánto tiempo! No te escribo para pedirte trabajo. ¿Qué tal Madrid?"),
    ("tl", "Hi Ana, ang tagal na! Hindi kita sinusulatan para humingi ng trabaho. Kumusta ang Madrid?"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ASKS)
def test_negated_quoted_or_innocent_talk_of_jobs_is_not_an_ask(language: str, text: str) -> None:
    assert K.EARLY_ASK not in blocking(text, language, step="first")


# --- properties ----------------------------------------------------------------------------

_REPROACH_PHRASES = ["you never replied", "you still haven't answered", "as I said in my last email", "bumping this"]


@given(st.sampled_from(_REPROACH_PHRASES), st.sampled_from(["told me", "warned me", "said"]))
def test_a_quoted_reproach_is_never_flagged(phrase: str, verb_said: str) -> None:
    text = f'Hi Ana, a friend {verb_said} never to write "{phrase}" in a follow-up, so I won\'t.'
    assert K.ACCUSATORY not in blocking(text, "en")


_TL_ROOTS = ["sagot", "pansin", "basa", "tugon", "kibo", "reply"]


@given(st.sampled_from(_TL_ROOTS), st.sampled_from(["um", "in"]), st.booleans())
def test_every_aspect_of_a_tagalog_verb_is_matched(root: str, infix: str, repeated: bool) -> None:
    pattern = re.compile(f"^{verb(root)}$")
    first, rest = root[0], root[1:]
    if first in "aeiou":
        form = infix + (first if repeated else "") + root
    else:
        form = first + infix + (rest[0] + root if repeated else rest)
    assert pattern.match(form), form
    assert pattern.match("nag-" + root)
    assert pattern.match("ma" + root)


@given(st.integers(min_value=0, max_value=4))
def test_near_allows_at_most_the_given_number_of_words_between(words: int) -> None:
    pattern = re.compile(near("you", "replied", gap=2))
    text = "you " + "x " * words + "replied"
    assert bool(pattern.search(text)) is (words <= 2)


def test_fold_keeps_the_length_so_spans_carry_over() -> None:
    text = "Todavía no me has contestado, ¿verdad? “Sì” — ‘già’"
    assert len(fold(text)) == len(text)


# --- the held-out sets stay as they were measured --------------------------------------------


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.glob("holdout-*")))
def test_held_out_sets_match_the_checksums_taken_before_they_were_measured(folder: str) -> None:
    sums = (CORPUS / folder / "SHA256SUMS").read_text(encoding="utf-8").split("\n")
    for line in filter(None, sums):
        digest, name = line.split()
        assert hashlib.sha256((CORPUS / folder / name).read_bytes()).hexdigest() == digest, name
