"""Bytes to text without mojibake: BOMs, UTF-8, UTF-16, Windows-1256, ISO-8859-6.

The cascade: a byte-order mark decides; NUL bytes mean UTF-16 without a mark, binary data
or (when control bytes are rare) stray NULs in text; strict UTF-8 next (a multibyte
character cut off at the very end is dropped with a warning; invalid bytes inside
mostly-UTF-8 text are refused as mixed encodings rather than read as a legacy code page);
then the two Arabic code pages, keeping the reading in which
more words look like frequent Arabic words (`lang/ar/encoding_cues.tsv`); then
charset-normalizer for anything else. Text that was UTF-8 read in a single-byte code page
and saved again ("Ø§Ù„" / "ط§ظ„") is repaired. Control characters (NULs included) refuse the
input as binary when they are more than half a percent of it; a few stray NULs are kept
here and removed, with a warning, when the article is made.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

from charset_normalizer import from_bytes

from marsad.lang import load_table


class DecodeError(ValueError):
    """The bytes are not text in any encoding marsad reads."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str = ""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ARABIC_CODE_PAGES = ("cp1256", "iso8859_6")
# Single-byte code pages in which UTF-8 Arabic is often misread and saved again.
_MISREAD_AS = ("cp1252", "cp1256", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
# A Latin letter with a diacritic glued to an Arabic letter: cp1256 keeps its French letters
# (à, â, ç, è, é, ê …) where ISO-8859-6 has Arabic ones, so reading one code page as the other
# puts them inside Arabic words, which no real text does.
_MIXED_SCRIPT_WORD = re.compile(r"[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_MAX_CONTROL_SHARE = 0.005


def _arabic_share(text: str) -> float:
    letters = sum(c.isalpha() for c in text)
    if not letters:
        return 0.0
    return len("".join(_ARABIC_WORD.findall(text))) / letters


@cache
def _cues() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = load_table("encoding_cues")
    words = frozenset(r["cue"] for r in rows if r["kind"] == "word")
    prefixes = tuple(r["cue"] for r in rows if r["kind"] == "prefix")
    return words, prefixes


def cue_score(text: str) -> float:
    """Share of Arabic words that are frequent words or open with a frequent prefix."""
    words, prefixes = _cues()
    found = _ARABIC_WORD.findall(text[:200_000])
    if not found:
        return 0.0
    hits = sum(w in words or w.startswith(prefixes) for w in found)
    return hits / len(found)


def _is_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:200_000]
    return len(_CONTROL.findall(sample)) <= _MAX_CONTROL_SHARE * len(sample)


def _few_control_bytes(data: bytes) -> bool:
    """Text with a few stray NULs, rather than binary data: ASCII control bytes are at most
    _MAX_CONTROL_SHARE of it."""
    sample = data[:200_000]
    return len(_CONTROL_BYTES.findall(sample)) <= _MAX_CONTROL_SHARE * len(sample)


def _binary() -> DecodeError:
    return DecodeError("binary data (control bytes), not text")


def _from_bom(data: bytes) -> Decoded | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            warning = ""
            if enc == "utf-16" and len(data) % 2:
                data = data[:-1]
                warning = "truncated: odd number of bytes in UTF-16 text; the last byte was dropped"
            try:
                return Decoded(data.decode(enc), enc, warning)
            except UnicodeDecodeError as e:
                raise DecodeError(f"starts with a {enc} byte-order mark but is not {enc}: {e.reason}") from e
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text has NULs in every other byte for ASCII; Arabic has 0x06 there."""
    for enc, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        sample = high[:2048]
        if sample and sum(b in (0, 6) for b in sample) > 0.9 * len(sample):
            try:
                text = data[: len(data) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            if _is_text(text):
                return Decoded(text, enc)
    return None


def _utf8(data: bytes) -> Decoded | None:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        if e.end == len(data) and len(data) - e.start <= 3 and "end of data" in e.reason:
            text = data[: e.start].decode("utf-8", errors="strict") if e.start else ""
            return Decoded(text, "utf-8", "truncated: ends in the middle of a UTF-8 character, "
                           "which was dropped")
        first_bad = e.start
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(ord(c) > 0x7F for c in lenient) - bad
    if multibyte >= 16 and 4 * multibyte > bad:
        raise DecodeError(
            f"wrongly encoded: mostly UTF-8 but {bad} invalid byte(s), the first at byte {first_bad} "
            "(the file mixes encodings)"
        )
    return None


def _arabic_code_page(data: bytes) -> Decoded | None:
    best: tuple[int, float, float, str, str] | None = None
    for enc in ARABIC_CODE_PAGES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if share < 0.3 or not _is_text(text):
            continue
        key = (-len(_MIXED_SCRIPT_WORD.findall(text[:200_000])), cue_score(text), share, text, enc)
        if best is None or key[:3] > best[:3]:
            best = key
    return Decoded(best[3], best[4]) if best else None


def repair_misread_utf8(text: str) -> tuple[str, str] | None:
    """(repaired text, code page) when `text` is UTF-8 Arabic misread in a code page."""
    sample = text[:20_000]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii < 4:
        return None
    for enc in _MISREAD_AS:
        leads = bytes([0xD8, 0xD9]).decode(enc)  # the lead bytes of UTF-8 Arabic
        n_leads = sum(sample.count(c) for c in leads)
        if n_leads < 0.3 * non_ascii:
            continue
        try:
            fixed = text.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _arabic_share(fixed) > _arabic_share(text) or cue_score(fixed) > cue_score(text):
            return fixed, enc
    return None


def decode(data: bytes) -> Decoded:
    """The text of `data`, the encoding read, and a warning when something was repaired.

    Raises DecodeError for binary, undecodable or mixed-encoding input.
    """
    got = _from_bom(data)
    if got is None and b"\x00" in data[:4096]:
        got = _utf16_without_bom(data)
        if got is None and not _few_control_bytes(data):
            raise DecodeError("binary data (NUL bytes), not text")
        # else a few stray NULs in text: read on; they are removed (and reported) later
    got = got or _utf8(data) or _arabic_code_page(data)
    if got is None:
        guess = from_bytes(data[:1_000_000]).best()
        if guess is None or guess.encoding is None:
            raise DecodeError("not text in UTF-8, UTF-16, Windows-1256, ISO-8859-6 or another encoding")
        try:
            got = Decoded(data.decode(guess.encoding), guess.encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise DecodeError(f"not text in any encoding marsad reads ({e})") from e
    repaired = repair_misread_utf8(got.text)
    if repaired is not None:
        note = (f"wrongly encoded: UTF-8 text that had been read as {repaired[1]} and saved again; "
                "repaired")
        got = Decoded(repaired[0], got.encoding, "; ".join(w for w in (got.warning, note) if w))
    if not _is_text(got.text):
        raise _binary()
    return got
