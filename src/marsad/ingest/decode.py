"""Bytes to text without mojibake: BOMs, UTF-8, UTF-16, Windows-1256, ISO-8859-6."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding marsad reads."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_LEGACY = ("cp1256", "iso8859_6")


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises DecodeError for binary or undecodable input."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodeError(f"starts with a {enc} byte-order mark but is not {enc}: {e}") from e
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Legacy Arabic code pages: keep the one that reads as the most Arabic.
    best: tuple[float, str, str] | None = None
    for enc in _ARABIC_LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if best is None or share > best[0]:
            best = (share, text, enc)
    if best is not None and best[0] > 0.5:
        return best[1], best[2]
    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise DecodeError("not text in UTF-8, UTF-16, Windows-1256 or ISO-8859-6")
    return str(guess), guess.encoding
