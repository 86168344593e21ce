"""Detecting a draft's language offline, among the four kith coaches in."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kith.core.words.language import LANGUAGES, detect_language, supported_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hi Maria, it's been ages! How are you?", "en"),
        ("Ciao Marco, quanto tempo! Come stai?", "it"),
        ("Te escribo porque me mudo a Madrid.", "es"),
        ("Kumusta ka na? Ang tagal na nating hindi nag-uusap.", "tl"),
        ("Sorry ngayon lang ako nag-message, super busy kasi sa work.", "tl"),
        ("Hi Carlo, I saw your post about the new startup. Ang galing! Kumusta naman?", "tl"),
    ],
)
def test_short_and_taglish_texts(text: str, language: str) -> None:
    guess = detect_language(text)
    assert guess.language == language
    assert 0 < guess.confidence <= 1


def test_text_without_words_falls_back_to_the_default() -> None:
    assert detect_language("12345 :-) !!!", default="it").language == "it"
    assert detect_language("", default="es").confidence == 0


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en-GB", "en"), ("fil", "tl"), ("fil-PH", "tl"), ("TL", "tl"), ("es_MX", "es"), ("ita", "it"), ("de", None)],
)
def test_language_tags_are_mapped_to_the_coached_languages(tag: str, expected: str | None) -> None:
    assert supported_language(tag) == expected
    assert expected is None or expected in LANGUAGES


def test_the_detector_is_not_loaded_until_a_language_must_be_detected() -> None:
    code = (
        "import sys; import kith.cli.coach; from kith.core.words.coach import coach; "
        "coach('Hi Ana, long time!', language='en'); print('lingua' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
