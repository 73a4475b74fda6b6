"""English spellings of names: letter pairs that spell one sound, and a folded key under
which English spellings of one name meet (sergei/sergey). Used to learn the variant model
and to read Latin-script names."""

from __future__ import annotations

import zlib

# English letter pairs that spell one sound; other pairs are aligned letter by letter, so that
# a vowel English writes and Arabic leaves out is learned as a dropped letter.
DIGRAPHS = frozenset(("sh", "ch", "kh", "gh", "th", "ph", "zh", "ts", "ck", "dj",
                      "ou", "ee", "oo", "ai", "ay", "ei", "ey", "ie", "ea", "oi"))


def english_key(word: str) -> str:
    """A folded spelling: English words with one key are taken as one source word."""
    w = word.lower()
    for a, b in (("sch", "sh"), ("tch", "ch"), ("ks", "x"), ("ph", "f"), ("kh", "h"), ("gh", "g"),
                 ("dj", "j"), ("ck", "k"), ("ou", "u"), ("ee", "i"), ("y", "i"), ("w", "v")):
        w = w.replace(a, b)
    out = [c for i, c in enumerate(w) if i == 0 or c != w[i - 1]]
    key = "".join(out)
    return key[:-1] if len(key) > 3 and key.endswith("e") else key


def held_out(word: str, percent: int = 20) -> bool:
    """True for English source words in the test split (by a stable hash of their key)."""
    return zlib.crc32(english_key(word).encode()) % 100 < percent
