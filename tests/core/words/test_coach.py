"""The coach on single drafts: each check, the word forms it must match, negation, quotation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kith.core.errors import InvalidValue
from kith.core.model import Channel, OutreachKind
from kith.core.words.coach import (
    BLOCKED_SCORE_CAP,
    BLOCKING,
    FindingKind,
    Step,
    coach,
    fold,
    parse_step,
)

K = FindingKind

GOOD_FIRST = {
    "en": (
        "Hi Maria,\n\nIt's been almost three years since we shipped the Lisbon launch together. I'm moving to "
        "Madrid in March, and you were the first person I thought of. Happy to introduce you to the design team "
        "at Fintonic if that's useful. What are you working on these days?\n\nBest,\nTom"
    ),
    "it": (
        "Ciao Marco,\n\nsono passati quasi tre anni dal lancio di Lisbona. Ti scrivo perché a marzo mi trasferisco "
        "a Torino. Se ti può essere utile, posso presentarti al team prodotto di Satispay. Su cosa stai lavorando "
        "adesso?\n\nUn abbraccio,\nGiulia"
    ),
    "es": (
        "Hola Lucía:\n\nHan pasado casi tres años desde el lanzamiento de Lisboa. Te escribo porque en marzo me mudo "
        "a Valencia. Si te sirve, puedo presentarte al equipo de producto de Cabify. ¿En qué estás trabajando "
        "ahora?\n\nUn abrazo,\nTomás"
    ),
    "tl": (
        "Hi Liza,\n\nAng tagal na nating hindi nag-uusap, halos tatlong taon na mula noong launch sa Cebu. Sumulat "
        "ako kasi lilipat na ako sa Singapore sa Marso. Kung may maitutulong ako, pwede kitang ipakilala sa product "
        "team ng GCash. Ano ang pinagkakaabalahan mo ngayon?\n\nIngat,\nTom"
    ),
}


def kinds(text: str, **kwargs: object) -> set[FindingKind]:
    return set(coach(text, **kwargs).kinds())  # type: ignore[arg-type]


def flagged_at(text: str, phrase: str, kind: FindingKind, **kwargs: object) -> bool:
    """Whether a finding of ``kind`` covers part of where ``phrase`` stands in ``text``."""
    start = fold(text).index(fold(phrase))
    end = start + len(phrase)
    report = coach(text, **kwargs)  # type: ignore[arg-type]
    return any(f.kind is kind and f.start < end and start < f.end for f in report.findings)


def spans(text: str, kind: FindingKind, **kwargs: object) -> list[str]:
    report = coach(text, **kwargs)  # type: ignore[arg-type]
    return [text[f.start : f.end] for f in report.findings if f.kind is kind]


@pytest.mark.parametrize("language", ["en", "it", "es", "tl"])
def test_a_good_first_message_has_nothing_to_fix(language: str) -> None:
    report = coach(GOOD_FIRST[language], language=language)
    assert report.findings == ()
    assert report.score == 100
    assert not report.blocking


@pytest.mark.parametrize("language", ["en", "it", "es", "tl"])
def test_the_language_is_detected_when_not_given(language: str) -> None:
    report = coach(GOOD_FIRST[language])
    assert report.language == language
    assert report.language_detected


def test_a_given_language_is_normalised_and_an_unknown_one_refused() -> None:
    assert coach(GOOD_FIRST["tl"], language="fil-PH").language == "tl"
    assert not coach(GOOD_FIRST["it"], language="it-CH").language_detected
    with pytest.raises(InvalidValue, match="language"):
        coach("Hallo Anna", language="de")


# --- accusatory and guilt-tripping phrases, in their many forms -----------------------------

ACCUSATORY = [
    ("en", "Hi Sam, you never replied to my email about Boston.", "you never replied"),
    ("en", "Hi Sam, you still haven't gotten back to me.", "you still haven't gotten back"),
    ("en", "Hi Sam, you didn't even answer my last message.", "you didn't even answer"),
    ("en", "Hi Sam, as I said in my last email, I'm in Boston next week.", "as I said in my last email"),
    ("en", "Hi Sam, as I mentioned in my previous message, I'm free.", "as I mentioned in my previous message"),
    ("en", "Hi Sam, just bumping this to the top of your inbox.", "bumping this"),
    ("en", "Hi Sam, I guess you're too busy for old friends.", "I guess you're too busy"),
    ("en", "Hi Sam, per my last email, please advise.", "per my last email"),
    ("en", "Hi Sam, this is my third attempt to reach you.", "this is my third attempt"),
    ("en", "Hi Sam, I've emailed you several times now.", "I've emailed you several times"),
    ("en", "Hi Sam, why haven't you responded?", "why haven't you responded"),
    ("en", "Hi Sam, you ignored my messages all year.", "ignored my messages"),
    ("es", "Hola Sam, no me has respondido.", "no me has respondido"),
    ("es", "Hola Sam, todavía no me has contestado.", "no me has contestado"),
    ("es", "Hola Sam, no me respondiste el correo.", "no me respondiste"),
    ("es", "Hola Sam, no has contestado a mi mensaje.", "no has contestado"),
    ("es", "Hola Sam, nunca me contestó usted.", "nunca me contestó"),
    ("es", "Hola Sam, nunca contestás los mensajes.", "nunca contestás"),
    ("es", "Hola Sam, como te dije en mi último correo, voy a Madrid.", "como te dije en mi último correo"),
    ("es", "Hola Sam, supongo que estás demasiado ocupado.", "supongo que estás demasiado ocupado"),
    ("es", "Hola Sam, sigo esperando tu respuesta.", "sigo esperando tu respuesta"),
    ("it", "Ciao Sam, non mi hai risposto.", "non mi hai risposto"),
    ("it", "Ciao Sam, non hai mai risposto alla mia mail.", "non hai mai risposto"),
    ("it", "Ciao Sam, non mi hai più scritto.", "non mi hai più scritto"),
    ("it", "Gentile Sam, non mi ha ancora risposto.", "non mi ha ancora risposto"),
    (
        "it",
        "Ciao Sam, come ti ho scritto nella mia ultima mail, sono a Roma.",
        "come ti ho scritto nella mia ultima mail",
    ),
    ("it", "Ciao Sam, immagino tu sia troppo occupato.", "immagino tu sia troppo occupato"),
    ("it", "Ciao Sam, non ti sei mai fatto sentire.", "non ti sei mai fatto sentire"),
    ("it", "Ciao Sam, riporto in cima questa mail.", "riporto in cima questa"),
    ("tl", "Hi Sam, hindi ka sumagot sa email ko.", "hindi ka sumagot"),
    ("tl", "Hi Sam, hindi ka pa sumasagot.", "hindi ka pa sumasagot"),
    ("tl", "Hi Sam, di mo sinagot yung message ko.", "di mo sinagot"),
    ("tl", "Hi po Sir Sam, hindi pa rin po kayo sumasagot.", "hindi pa rin po kayo sumasagot"),
    ("tl", "Hi Sam, hindi mo pa rin sinasagot.", "hindi mo pa rin sinasagot"),
    ("tl", "Hi Sam, di ka man lang nag-reply.", "di ka man lang nag-reply"),
    ("tl", "Hi Sam, 'di mo pa po binabasa.", "'di mo pa po binabasa"),
    ("tl", "Hi Sam, wala ka pang reply.", "wala ka pang reply"),
    ("tl", "Hi Sam, i-bump ko lang ito.", "i-bump ko lang ito"),
    ("tl", "Hi Sam, gaya ng sinabi ko sa huling email ko, nasa Manila ako.", "gaya ng sinabi ko sa huling email"),
    ("tl", "Hi Sam, siguro sobrang busy ka.", "siguro sobrang busy ka"),
]


@pytest.mark.parametrize(("language", "text", "phrase"), ACCUSATORY)
def test_accusatory_phrases_are_flagged_and_block(language: str, text: str, phrase: str) -> None:
    report = coach(text, language=language, step="followup")
    assert flagged_at(text, phrase, K.ACCUSATORY, language=language, step="followup"), report.findings
    assert report.blocking
    assert report.score <= BLOCKED_SCORE_CAP


NOT_ACCUSATORY = [
    ("en", "Hi Tom, I don't want to sound like I'm bumping this, but I'd love to hear about Lisbon."),
    ("en", "Hi Tom, no worries at all if my last note slipped by."),
    ("en", 'Hi Tom, a friend told me never to write "you never replied" in a follow-up, so I won\'t.'),
    ("en", "Hi Tom, I know you're busy, so no pressure to reply."),
    ("it", "Ciao Tom, non voglio sembrare insistente e riportare su il messaggio."),
    ("it", "Ciao Tom, non ci siamo più sentiti da Lisbona."),
    ("it", "Ciao Tom, nessuna fretta di rispondere."),
    ("es", "Hola Tom, no quiero ser pesado ni reflotar este mensaje."),
    ("es", "Hola Tom, no hace falta que respondas a mi mensaje anterior."),
    ("es", "Hola Tom, mi jefe siempre dice «no me has respondido» cuando se enfada."),
    ("tl", "Hi Tom, ayokong makulit, pero gusto ko pa ring malaman kung kumusta ka."),
    ("tl", "Hi Tom, walang pressure na sagutin yung nauna kong message."),
    ("tl", "Hi Tom, hindi tayo nakapag-usap mula noong 2019."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ACCUSATORY)
def test_humble_negated_or_quoted_phrases_are_not_accusatory(language: str, text: str) -> None:
    assert K.ACCUSATORY not in kinds(text, language=language, step="followup")


# --- asks in a first message --------------------------------------------------------------

ASKS = [
    ("en", "Hi Ken, can you refer me for the data role?", "can you refer me"),
    ("en", "Hi Ken, are you hiring at Stripe?", "are you hiring"),
    ("en", "Hi Ken, is your team hiring right now?", "is your team hiring"),
    ("en", "Hi Ken, could you please introduce me to your CTO?", "could you please introduce me"),
    ("en", "Hi Ken, I have a small favour to ask.", "have a small favour"),
    ("es", "Hola Ken, ¿me podrías recomendar para el puesto?", "me podrías recomendar"),
    ("es", "Hola Ken, ¿están contratando en tu equipo?", "están contratando"),
    ("es", "Hola Ken, quería pedirte un favor.", "pedirte un favor"),
    ("es", "Hola Ken, ¿podría usted presentarme a su director?", "podría usted presentarme"),
    ("it", "Ciao Ken, potresti presentarmi al tuo CTO?", "potresti presentarmi"),
    ("it", "Ciao Ken, mi potresti segnalare per la posizione?", "mi potresti segnalare"),
    ("it", "Ciao Ken, state assumendo nel tuo team?", "state assumendo"),
    ("it", "Ciao Ken, avrei bisogno di un favore.", "avrei bisogno di un favore"),
    ("tl", "Hi Ken, pwede mo ba akong i-refer?", "pwede mo ba akong i-refer"),
    ("tl", "Hi Ken, puwede po ba ninyo akong irekomenda?", "puwede po ba ninyo akong irekomenda"),
    ("tl", "Hi Ken, hiring ba kayo ngayon?", "hiring ba kayo"),
    ("tl", "Hi Ken, may opening ba sa team niyo?", "may opening ba sa"),
]


@pytest.mark.parametrize(("language", "text", "phrase"), ASKS)
def test_a_job_or_favour_ask_blocks_a_first_message(language: str, text: str, phrase: str) -> None:
    report = coach(text, language=language)
    assert flagged_at(text, phrase, K.EARLY_ASK, language=language), report.findings
    assert report.blocking


@pytest.mark.parametrize(("language", "text", "phrase"), ASKS)
def test_the_same_ask_is_fine_once_the_relationship_is_warm(language: str, text: str, phrase: str) -> None:
    assert K.EARLY_ASK not in kinds(text, language=language, step="keep_in_touch")


NOT_ASKS = [
    ("en", "Hi Jorge, I'm not asking for a job, I promise; I just wanted to say hello."),
    ("en", "Hi Amy, a friend told me never to open with 'can you refer me', so I won't."),
    ("en", "Hi Ken, happy to introduce you to our CTO if useful."),
    ("es", "Hola Julián, no pretendo pedirte trabajo, te lo prometo."),
    ("it", "Ciao Jacopo, non ti scrivo per chiederti un lavoro, promesso."),
    ("tl", "Hi Bea, hindi ako hihingi ng pabor, promise."),
    ("tl", "Hi Jun, pwede kitang ipakilala sa product team namin."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ASKS)
def test_a_negated_quoted_or_offered_introduction_is_not_an_ask(language: str, text: str) -> None:
    assert K.EARLY_ASK not in kinds(text, language=language)


# --- generic blasts and placeholders -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Dear all,\n\nI'm exploring new opportunities."),
        ("en", "Dear friends, I have news."),
        ("en", "To whom it may concern, I am available for consulting."),
        ("en", "Hi everyone! I've started a newsletter."),
        ("en", "Hi Anna, check out my new blog: https://example.com/blog"),
        ("en", "https://annawrites.substack.com"),
        ("it", "Cari tutti, ho una novità."),
        ("it", "Ciao a tutti, vi scrivo per un annuncio."),
        ("es", "Queridos amigos: tengo noticias."),
        ("es", "A quien corresponda: estoy disponible."),
        ("tl", "Hi sa lahat! May balita ako."),
        ("tl", "Sa kinauukulan, available ako."),
    ],
)
def test_signs_of_a_generic_blast_block(language: str, text: str) -> None:
    report = coach(text, language=language)
    assert K.GENERIC_BLAST in report.kinds()
    assert report.blocking


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Hi {first_name}, long time!", "{first_name}"),
        ("Hi {{ name }}, long time!", "{{ name }}"),
        ("Hi [NAME], long time!", "[NAME]"),
        ("Hi Anna, how is life at [Company]?", "[Company]"),
        ("Hi <first name>, long time!", "<first name>"),
        ("Ciao [nome], quanto tempo!", "[nome]"),
        ("Hola {nombre}, ¡cuánto tiempo!", "{nombre}"),
        ("Hi [pangalan], ang tagal na!", "[pangalan]"),
        ("Hi Anna, I loved your talk at XXX last year.", "XXX"),
        ("Hi ,\n\nlong time no see!", "Hi ,"),
    ],
)
def test_unfilled_placeholders_block(text: str, placeholder: str) -> None:
    report = coach(text, language="en", step="followup")
    assert placeholder in spans(text, K.PLACEHOLDER, language="en", step="followup")
    assert report.blocking


def test_brackets_and_angle_brackets_that_are_not_fields_are_left_alone() -> None:
    text = "Hi Anna, [sorry for the delay] I wrote to <anna@example.com> about the talk (the good one)."
    assert K.PLACEHOLDER not in kinds(text, language="en", step="followup")


# --- familiarity, names, parts, length -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("en", "Hey buddy! Great to see your posts.", "Hey buddy"),
        ("en", "Hi Anna, as always, great work on the launch.", "as always"),
        ("en", "Hi Anna, like we always say, teamwork wins.", "like we always say"),
        ("it", "Ciao fratello! Bellissimi i tuoi post.", "Ciao fratello"),
        ("it", "Ciao Anna, come sempre complimenti.", "come sempre"),
        ("es", "¡Qué onda hermano! Geniales tus posts.", "Qué onda hermano"),
        ("es", "Hola Ana, como siempre, genial tu trabajo.", "como siempre"),
        ("tl", "Uy pare! Ang galing ng post mo.", "Uy pare"),
        ("tl", "Hi Ana, gaya ng dati, ang galing mo.", "gaya ng dati"),
    ],
)
def test_pretended_familiarity_in_a_first_message(language: str, text: str, phrase: str) -> None:
    assert phrase in spans(text, K.FAMILIARITY, language=language)
    assert K.FAMILIARITY not in kinds(text, language=language, step="keep_in_touch")
    assert not coach(text, language=language, step="keep_in_touch").blocking or K.FAMILIARITY not in BLOCKING


def test_a_draft_that_never_names_them_is_flagged() -> None:
    assert K.NO_NAME in kinds("Hello,\n\nLong time no see! How is the bakery?", language="en", step="followup")
    assert K.NO_NAME in kinds("Hi there, long time!", language="en", step="followup")
    assert K.NO_NAME not in kinds("Hi Anna, long time!", language="en", step="followup")
    assert K.NO_NAME not in kinds("Anna,\n\nlong time!", language="en", step="followup")
    assert K.NO_NAME not in kinds("Hi po Ate Liza, long time!", language="tl", step="followup")
    assert K.NO_NAME in kinds("Hi Anna, long time!", language="en", step="followup", recipient_name="Maria Lopez")
    assert K.NO_NAME not in kinds("hey maria, long time!", language="en", step="followup", recipient_name="María López")
    assert K.NO_NAME not in kinds("Hello, long time!", language="en", step="followup", channel=Channel.CALL)


def test_each_missing_part_of_a_first_message_is_named() -> None:
    text = "Hi Anna,\n\nI hope you are well and that all is good with you and the family these days.\n\nBest,\nTom"
    missing = kinds(text, language="en") & {K.MISSING_GAP, K.MISSING_REASON, K.MISSING_OFFER, K.MISSING_QUESTION}
    assert missing == {K.MISSING_GAP, K.MISSING_REASON, K.MISSING_OFFER, K.MISSING_QUESTION}
    # Follow-ups and thank-you notes need none of the four parts.
    assert not kinds(text, language="en", step="followup") & missing
    assert not kinds(text, language="en", step="thanks") & missing
    # A keep-in-touch note still asks about them.
    assert kinds(text, language="en", step="keep_in_touch") & missing == {K.MISSING_QUESTION}


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("How are you?", False),
        ("How are you, Maria?", False),
        ("Would you be free for a call next week?", False),
        ("Can you refer me?", False),
        ("How is the bakery doing?", True),
        ("What are you working on these days?", True),
        ("Are you still climbing on weekends?", True),
    ],
)
def test_only_a_real_question_about_them_counts(question: str, counts: bool) -> None:
    text = f"Hi Anna, it's been years. I'm moving to Rome and happy to help with intros. {question}"
    assert (K.MISSING_QUESTION not in kinds(text, language="en")) is counts


@pytest.mark.parametrize(
    ("channel", "text", "too_long"),
    [
        (Channel.LINKEDIN, "Hi Anna, " + "x" * 291, False),
        (Channel.LINKEDIN, "Hi Anna, " + "x" * 292, True),
        (Channel.TEXT, "Hi Anna, " + "x" * 311, False),
        (Channel.TEXT, "Hi Anna, " + "x" * 312, True),
        (Channel.LETTER, "Dear Anna, " + "word " * 78, False),
        (Channel.LETTER, "Dear Anna, " + "word " * 79, True),
        (Channel.CALL, "Anna: " + "word " * 500, False),
    ],
)
def test_length_limits_by_channel(channel: Channel, text: str, too_long: bool) -> None:
    assert (K.LENGTH in kinds(text, language="en", step="followup", channel=channel)) is too_long


def test_a_long_email_is_flagged_from_the_word_past_the_limit() -> None:
    text = "Hi Anna, " + " ".join(f"w{i}" for i in range(300))
    report = coach(text, language="en", step="followup")
    (finding,) = [f for f in report.findings if f.kind is K.LENGTH]
    assert text[finding.start :].split()[0] == "w118"  # "Hi" and "Anna" are the first two of 120 words
    assert finding.end == len(text)
    assert K.LENGTH in kinds("Hi Anna, long time! Coffee?", language="en")  # too short for a first email


def test_steps_are_read_in_any_spelling() -> None:
    assert parse_step("keep-in-touch") is Step.KEEP_IN_TOUCH
    assert parse_step(OutreachKind.FOLLOWUP) is Step.FOLLOWUP
    assert parse_step(" Last ") is Step.LAST
    with pytest.raises(InvalidValue, match="step"):
        parse_step("second")


def test_findings_carry_a_message_and_a_fix_and_come_in_text_order() -> None:
    text = "Hi {name}, you never replied. Can you refer me? Dear all, https://x.com"
    report = coach(text, language="en")
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    for finding in report.findings:
        assert finding.message
        assert finding.fix
        assert finding.blocking is (finding.kind in BLOCKING)
    assert report.score == 0


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=400),
    language=st.sampled_from(["en", "it", "es", "tl"]),
    step=st.sampled_from(list(Step)),
    channel=st.sampled_from(list(Channel)),
)
def test_any_text_gets_a_score_and_findings_inside_it(text: str, language: str, step: Step, channel: Channel) -> None:
    report = coach(text, language=language, step=step, channel=channel)
    assert 0 <= report.score <= 100
    assert report.blocking is any(f.kind in BLOCKING for f in report.findings)
    if report.blocking:
        assert report.score <= BLOCKED_SCORE_CAP
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)


@given(st.text(max_size=200))
def test_folding_keeps_every_offset(text: str) -> None:
    assert len(fold(text)) == len(text)


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(["", "Hello again. ", "Well, ", "P.S. "]),
    language=st.sampled_from(["en", "es", "it", "tl"]),
)
def test_an_accusatory_phrase_is_flagged_wherever_it_sits(prefix: str, language: str) -> None:
    phrase = {
        "en": "you never replied",
        "es": "no me has respondido",
        "it": "non mi hai risposto",
        "tl": "hindi ka sumagot",
    }
    text = f"{prefix}{phrase[language]}."
    assert spans(text, K.ACCUSATORY, language=language, step="followup") == [phrase[language]]


@pytest.mark.parametrize(
    ("language", "favour", "phrase"),
    [
        ("en", "I covered your rent in '09 when nobody else would.", "I covered your"),
        ("it", "Quando eri rimasto senza lavoro i gruppi te li ho passati io.", "te li ho passati"),
        ("es", "Cuando abriste tu local te presté a mi cocinero dos meses.", "te presté"),
        ("tl", "Ako yung nag-endorse sa'yo sa Convergys noong 2014.", "Ako yung nag-endorse"),
    ],
)
def test_a_favour_recalled_is_leverage_in_a_follow_up_and_a_memory_in_a_first_message(
    language: str, favour: str, phrase: str
) -> None:
    assert flagged_at(f"Hi Joe, {favour} Hope you're well.", phrase, K.ACCUSATORY, language=language, step="followup")
    # In a first message with no ask it is a shared memory, not a reproach.
    assert K.ACCUSATORY not in kinds(f"Hi Joe, {favour} Hope you're well.", language=language, step="first")


def test_a_favour_recalled_next_to_an_ask_in_a_first_message_is_leverage() -> None:
    text = "Hi Joe, I covered your rent in '09. Could you refer me for the QA lead opening?"
    assert {K.ACCUSATORY, K.EARLY_ASK} <= kinds(text, language="en", step="first")


def test_a_call_note_asking_about_them_counts_unless_it_is_the_ask() -> None:
    notes = "- say hi, it's been six years since the conference\n- tell her I'm moving to Leeds\n- offer her my contacts at the council\n"
    assert K.MISSING_QUESTION not in kinds(notes + "- ask how the ranch is going", language="en", channel=Channel.CALL)
    assert K.MISSING_QUESTION in kinds(
        notes + "- ask if she could refer me to her boss", language="en", channel=Channel.CALL
    )
