"""Telling a text file's encoding from its first bytes, and refusing what is not text.

Byte-order marks decide first (Excel's "Unicode text" is UTF-16 with one); then UTF-8,
which is strict enough that a sample passing it is UTF-8; then charset-normalizer for the
single-byte encodings Windows programs still write (Outlook and Excel: cp1252).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from kith.core.errors import InputError

SAMPLE_BYTES = 64 * 1024

# Encodings a contacts file plausibly comes in after UTF-8; asking charset-normalizer to
# choose among these avoids exotic guesses (Big5, KOI8) on short Latin samples.
_LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman", "cp850", "cp1251", "cp1253"]

_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class Decoded:
    """The encoding to read a file with, and the start of its text (cut at a whole line)."""

    encoding: str
    text: str


def looks_binary(sample: bytes) -> bool:
    """True for bytes no contacts file contains: many control characters (images, programs)."""
    if not sample:
        return False
    controls = sum(1 for byte in sample[:4096] if byte in _CONTROL)
    return controls > max(2, len(sample[:4096]) // 100)


def detect_encoding(sample: bytes, where: str) -> Decoded:
    """Choose the encoding of a text file from its first bytes; ``where`` names it in errors.

    Raises ``InputError`` for an empty file, a binary file, or bytes in no encoding kith reads.
    """
    if not sample.strip(b" \t\r\n\x00" + codecs.BOM_UTF8 + codecs.BOM_UTF16_LE + codecs.BOM_UTF16_BE):
        raise InputError(where, None, "the file is empty")
    encoding = _by_byte_order_mark(sample) or _utf16_without_mark(sample)
    if encoding is None:
        if looks_binary(sample):
            raise InputError(where, None, "this is a binary file, not a contacts file (vCard or CSV)")
        if _decodes(sample, "utf-8"):
            encoding = "utf-8"
        else:
            matches = charset_normalizer.from_bytes(sample, cp_isolation=_LEGACY_ENCODINGS)
            best = matches.best()
            if best is None:
                raise InputError(
                    where, None, "the text is in no encoding kith can recognise; save it as UTF-8 and import it again"
                )
            # Short Latin samples fit several code pages equally well (ò is ň in cp1250, à is ‡
            # in Mac Roman); the Windows programs that write contact files mostly use cp1252.
            western = any(m.encoding == "cp1252" and m.chaos <= best.chaos for m in matches)
            encoding = "cp1252" if western else best.encoding
    text = _decode_whole_lines(sample, encoding)
    if encoding.startswith("utf-16") and looks_binary(text.encode("utf-8", "replace")):
        raise InputError(where, None, "this is a binary file, not a contacts file (vCard or CSV)")
    return Decoded(encoding, text)


def _by_byte_order_mark(sample: bytes) -> str | None:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_mark(sample: bytes) -> str | None:
    """UTF-16 written without a mark: ASCII text then has a zero in every other byte."""
    head = sample[:2048]
    if len(head) < 8:
        return None
    odd_zeros = head[1::2].count(0) / len(head[1::2])
    even_zeros = head[0::2].count(0) / len(head[0::2])
    if odd_zeros > 0.7 and even_zeros < 0.1:
        return "utf-16-le"
    if even_zeros > 0.7 and odd_zeros < 0.1:
        return "utf-16-be"
    return None


def _decodes(sample: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decode_whole_lines(sample: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(sample, final=len(sample) < SAMPLE_BYTES)
    if len(sample) >= SAMPLE_BYTES and "\n" in text:
        text = text[: text.rindex("\n") + 1]  # the last line may be cut short
    return text
