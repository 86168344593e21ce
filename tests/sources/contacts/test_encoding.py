"""Telling a contacts file's encoding, and refusing what is not text."""

from __future__ import annotations

import codecs

import pytest

from kith.core.errors import InputError
from kith.sources.contacts.encoding import detect_encoding

TEXT = "Nome;Cognome;Città\nNiccolò;Bernabè;Forlì\nJosé;Núñez;España\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # Excel "Unicode text": with a byte-order mark
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),  # Outlook and Excel on Windows
    ],
)
def test_the_encoding_is_found_and_the_text_reads_right(data: bytes, encoding: str) -> None:
    decoded = detect_encoding(data, "contacts.csv")
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") == TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b"\r\n  \n", "the file is empty"),
        (codecs.BOM_UTF8, "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(64)), "this is a binary file"),
    ],
)
def test_what_is_not_text_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=f"^contacts.csv: {reason}"):
        detect_encoding(data, "contacts.csv")


def test_a_central_european_file_is_not_forced_into_cp1252() -> None:
    polish = "Imię;Nazwisko\nŁukasz;Wałęsa\nZażółć;gęślą jaźń\n"
    decoded = detect_encoding(polish.encode("cp1250"), "kontakty.csv")
    assert (decoded.encoding, decoded.text) == ("cp1250", polish)
