"""`kith coach`: a draft from a file or standard input, scored, with fixes; exit 1 when blocking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Kith

GOOD = (
    "Hi Maria,\n\nIt's been almost three years since we shipped the Lisbon launch together. I'm moving to "
    "Madrid in March, and you were the first person I thought of. Happy to introduce you to the design team "
    "at Fintonic if that's useful. What are you working on these days?\n\nBest,\nTom\n"
)
BAD = "Hi Sam,\n\nAs I said in my last email, I'm in Boston next week. You never replied. Can you refer me?\n\nPeter\n"


@pytest.fixture
def kith(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Kith:
    """The real CLI; coaching needs no database, so none is made (a wrong path would fail loudly)."""
    monkeypatch.setenv("KITH_DB", str(tmp_path / "never-opened" / "kith.db"))
    monkeypatch.setenv("COLUMNS", "200")
    return Kith(capsys, monkeypatch, str(tmp_path / "never-opened" / "kith.db"))


def write(tmp_path: Path, text: str, name: str = "draft.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_good_draft_scores_full_marks_and_exits_0(kith: Kith, tmp_path: Path) -> None:
    result = kith("coach", write(tmp_path, GOOD))
    assert result.exit_code == 0, result.stderr
    assert "100/100" in result.stdout
    assert "en (detected)" in result.stdout
    assert "Nothing to fix" in result.stdout
    assert not (tmp_path / "never-opened").exists()


def test_a_blocking_draft_lists_each_problem_with_a_fix_and_exits_1(kith: Kith, tmp_path: Path) -> None:
    result = kith("coach", write(tmp_path, BAD), "--step", "followup")
    assert result.exit_code == 1
    out = result.stdout
    assert "blocking accusatory line 3" in out
    assert "As I said in my last email" in out
    assert "You never replied" in out
    assert "early ask" in out
    assert "Can you refer me" in out
    assert out.count("fix:") == 3
    assert "Do not send this draft" in out
    assert result.stderr == ""


def test_json_gives_every_finding_with_kind_span_message_and_fix(kith: Kith, tmp_path: Path) -> None:
    result = kith("coach", write(tmp_path, BAD), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["blocking"] is True
    assert report["language"] == "en"
    assert report["step"] == "first"
    kinds = [f["kind"] for f in report["findings"]]
    assert kinds.count("accusatory") == 2
    assert {"early_ask", "missing_gap", "missing_offer", "missing_question"} <= set(kinds)
    for finding in report["findings"]:
        assert set(finding) >= {"kind", "blocking", "start", "end", "message", "fix", "line", "column", "text"}
        assert BAD[finding["start"] : finding["end"]] == finding["text"]
        assert finding["message"]
        assert finding["fix"]
    ask = next(f for f in report["findings"] if f["kind"] == "early_ask")
    assert (ask["blocking"], ask["text"], ask["line"]) == (True, "Can you refer me", 3)


def test_standard_input_with_language_step_and_channel(kith: Kith) -> None:
    text = "Ciao Marco, non mi hai mai risposto. Ti riscrivo per il convegno di Roma."
    result = kith(
        "coach", "-", "--lang", "it", "--step", "keep-in-touch", "--channel", "linkedin", "--json", input=text
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["language"], report["language_detected"]) == ("it", False)
    assert (report["step"], report["channel"], report["draft"]) == ("keep_in_touch", "linkedin", "-")
    assert [f["text"] for f in report["findings"] if f["kind"] == "accusatory"] == ["non mi hai mai risposto"]


def test_a_follow_up_without_blocking_findings_exits_0_even_with_advice(kith: Kith, tmp_path: Path) -> None:
    text = "Hello,\n\nNo worries if my note slipped by; I'd still love to hear how the move went.\n"
    result = kith("coach", write(tmp_path, text), "--step", "followup", "--json")
    assert result.exit_code == 0
    assert [f["kind"] for f in json.loads(result.stdout)["findings"]] == ["no_name"]


def test_the_recipient_name_is_looked_for(kith: Kith, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    result = kith("coach", path, "--to", "Ana Lopez", "--json")
    assert [f["kind"] for f in json.loads(result.stdout)["findings"]] == ["no_name"]
    assert kith("coach", path, "--to", "Maria Santos", "--json").exit_code == 0


def test_a_text_message_over_320_characters_is_flagged(kith: Kith, tmp_path: Path) -> None:
    text = "Hi Jo, " + "it has been far too long since Lisbon, " * 9
    report = json.loads(kith("coach", write(tmp_path, text), "--channel", "text", "--step", "thanks", "--json").stdout)
    (length,) = [f for f in report["findings"] if f["kind"] == "length"]
    assert length["start"] == 320
    assert "320" in length["message"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"Hi Ana \xff\xfe broken", "byte 7: is not UTF-8 text"),
    ],
)
def test_an_unreadable_draft_is_one_clear_line(kith: Kith, tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "draft.txt"
    if content is not None:
        path.write_bytes(content)
    result = kith("coach", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"kith: {path}")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_folder_is_not_a_draft(kith: Kith, tmp_path: Path) -> None:
    result = kith("coach", str(tmp_path))
    assert result.exit_code == 1
    assert "is a folder" in result.stderr


def test_an_unknown_language_is_refused_with_the_known_ones(kith: Kith, tmp_path: Path) -> None:
    result = kith("coach", write(tmp_path, GOOD), "--lang", "de")
    assert result.exit_code == 1
    assert "invalid language 'de'" in result.stderr
    assert "en, it, es, tl" in result.stderr


def test_an_unknown_step_or_channel_is_a_usage_error(kith: Kith, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    assert kith("coach", path, "--step", "second").exit_code == 2
    assert kith("coach", path, "--channel", "pigeon").exit_code == 2


def test_windows_line_ends_do_not_shift_the_spans(kith: Kith, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(BAD.replace("\n", "\r\n").encode("utf-8-sig"))
    report = json.loads(kith("coach", str(path), "--json").stdout)
    ask = next(f for f in report["findings"] if f["kind"] == "early_ask")
    assert ask["text"] == "Can you refer me"
