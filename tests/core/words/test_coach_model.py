"""The coach's trained second opinion (kith.core.words.coach_model, docs/coach.md).

The weights are trained by bench/train_coach_model.py; these tests check that they load, that
training is deterministic, that the model adds a reproach the rules miss (and only where the
rules found none), and that it leaves polite drafts alone.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from bench.coach_quality import held_out
from bench.train_coach_model import Settings, features_of_text, train

from kith.core.model import Channel
from kith.core.words import coach_model
from kith.core.words.coach import FindingKind, coach, fold

# Reproaches by outside authors that the rules still miss, one per language; the test checks the
# rules alone pass each of them first, so a pass here is the model's doing.
MISSED_BY_RULES = {
    "en-r16-038": "holdout-16",
    "es-r16-011": "holdout-16",
    "tl-r16-004": "holdout-16",
    "it-r14-016": "holdout-14",
}
DRAFTS = {d.id: d for folder in set(MISSED_BY_RULES.values()) for d in held_out(folder)}


def test_the_shipped_model_loads_once_with_a_threshold_and_weights() -> None:
    model = coach_model.shipped_model()
    assert model is coach_model.shipped_model()
    flag = model.flags[FindingKind.ACCUSATORY.value]
    assert 0.5 <= flag.threshold < 1
    assert len(flag.weights) > 1000
    # The ask model did not reach 0.9 precision on what it adds, so it is not shipped.
    assert FindingKind.EARLY_ASK.value not in model.flags


def test_the_weights_are_package_data_of_the_pure_core() -> None:
    raw = resources.files("kith.core.words").joinpath("coach_model.json").read_text(encoding="utf-8")
    assert json.loads(raw)["trained_by"] == "bench/train_coach_model.py"


def test_training_is_deterministic_and_learns_the_labels() -> None:
    options = Settings().options
    texts = [
        ("You never replied to my last three emails, which is a bit rude.", True),
        ("Clearly you are too busy for old friends now.", True),
        ("I guess my messages are not worth an answer.", True),
        ("Hope the new job is going well, I would love to hear about it.", False),
        ("Congratulations on the move, the new city looks lovely.", False),
        ("No need to reply, I just wanted to say hello.", False),
    ]
    rows = [(features_of_text(text, "en", None, options), label) for text, label in texts * 3]
    settings = Settings(min_drafts=1)
    first, second = train(rows, settings), train(rows, settings)
    assert first == second
    bias, weights = first
    for features, label in rows:
        z = bias + sum(weights.get(f, 0.0) for f in features)
        assert (z > 0) == label


@pytest.mark.parametrize("draft_id", sorted(MISSED_BY_RULES))
def test_the_model_flags_a_reproach_the_rules_miss_on_its_weightiest_sentence(draft_id: str) -> None:
    draft = DRAFTS[draft_id]
    assert FindingKind.ACCUSATORY in draft.expected
    channel = Channel(draft.channel)
    rules = coach(
        draft.text,
        language=draft.language,
        step=draft.step,
        channel=channel,
        recipient_name=draft.recipient,
        second_opinion=False,
    )
    assert FindingKind.ACCUSATORY not in rules.kinds()
    report = coach(
        draft.text, language=draft.language, step=draft.step, channel=channel, recipient_name=draft.recipient
    )
    found = [f for f in report.findings if f.kind is FindingKind.ACCUSATORY]
    assert len(found) == 1
    assert found[0].blocking
    assert report.blocking
    sentence = draft.text[found[0].start : found[0].end]
    assert sentence
    assert sentence == sentence.strip()
    assert "\n" not in sentence
    assert "trained model" in found[0].message


POLITE = [
    (
        "en",
        "followup",
        "Hi Sam,\n\nNo rush at all on my note from last month, I know it's a busy season. "
        "Whenever you have a moment I'd love to hear how the new role is going.\n\nBest,\nAna",
    ),
    (
        "it",
        "followup",
        "Ciao Giulia,\n\nnessuna fretta per il mio messaggio del mese scorso, so che è un "
        "periodo pieno. Quando hai un attimo mi piacerebbe sapere come va il nuovo lavoro.\n\nUn abbraccio,\nAna",
    ),
    (
        "es",
        "followup",
        "Hola Marta:\n\nSin prisa con mi mensaje del mes pasado, sé que es una época "
        "complicada. Cuando tengas un momento, me encantaría saber cómo va el nuevo trabajo.\n\nUn abrazo,\nAna",
    ),
    (
        "tl",
        "followup",
        "Hi Joy,\n\nWalang pagmamadali sa message ko noong isang buwan, alam kong busy ka. "
        "Kapag may oras ka, gusto kong malaman kung kumusta ang bagong trabaho mo.\n\nIngat,\nAna",
    ),
]


@pytest.mark.parametrize(("language", "step", "text"), POLITE)
def test_a_polite_follow_up_gets_no_reproach_from_the_model(language: str, step: str, text: str) -> None:
    report = coach(text, language=language, step=step, channel=Channel.EMAIL)
    assert FindingKind.ACCUSATORY not in report.kinds()


def test_a_quoted_reproach_is_left_out_of_what_the_model_reads() -> None:
    text = 'My mentor said never to write "you never replied, I guess you are too busy" to anyone.'
    masked = coach_model.mask(text, fold(text), None)
    assert "replied" not in masked
    assert len(masked) == len(text)


def test_greeting_sign_off_and_name_are_left_out() -> None:
    text = "Hi Priya,\n\nHow is the new team?\n\nTake care,\nMarcus"
    masked = coach_model.mask(text, fold(text), "Priya Shah")
    assert masked.split() == ["how", "is", "the", "new", "team?"]
