"""Names in English passages (embedded tweets and posts): capitalised runs, cut at
titles and known places, typed by small lists (`lang/ar/ner_en_lexicon.tsv`).

A run with an organisation head word (Council, Ministry, …) is an ORG, taking a
leading nationality adjective with it (`Russian Security Council`); a known place is
a LOC; an office word (Secretary, Minister, …) is left out and cuts the run; what
remains, two or more capitalised words or one inside a sentence, is a PER. A single
word at the start of a sentence is a PER only when it ends a longer PER name seen in
the same text (`Sergey Shoigu` … `Shoigu was greeted`).

Inside an Arabic passage, a name the Arabic tagger found in Latin words only that ends in an
organisation head word is an ORG over its whole capitalised run (`latin_organisations`): «BSI
«British [Standards Institution]»» (tagged a person) is «British Standards Institution».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from marsad.lang import load_table
from marsad.ner.consistency import Chunk

_URL = re.compile(r"\S*(?:https?://|www\.|\.com/|\.twitter\.)\S*|[@#]\w+")
_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:['’][A-Za-z]+)?|[^\sA-Za-z]")
_SENT_END = {".", "!", "?", ":", "\n", "|"}
_CONNECT = {"of", "for"}
_PLACE_PREPS = {"in", "to", "at", "from", "near"}

EnSpan = tuple[int, int, str]


@cache
def lexicon() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in load_table("ner_en_lexicon")}


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    masked = _URL.sub(lambda m: " " * len(m.group()), text[start:end])
    out = []
    for m in _WORD.finditer(masked):
        w = m.group()
        s, e = start + m.start(), start + m.end()
        if w.endswith(("'s", "’s")):
            out.append((w[:-2], s, e - 2))
            out.append(("'s", e - 2, e))
        else:
            out.append((w, s, e))
    return out


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and w[:1].isascii()


def _runs(toks: list[tuple[str, int, int]]) -> list[tuple[list[int], bool]]:
    """Index lists of capitalised runs (with `of`/`for` inside organisation names) and
    whether each run starts a sentence."""
    lex = lexicon()
    runs: list[tuple[list[int], bool]] = []
    cur: list[int] = []
    sent_start = True
    cur_start = True
    for i, (w, _, _) in enumerate(toks):
        if _is_cap(w):
            if not cur:
                cur_start = sent_start
            cur.append(i)
        elif (
            w in _CONNECT
            and cur
            and lex.get(toks[cur[-1]][0]) == "ORG_HEAD"
            and i + 1 < len(toks)
            and _is_cap(toks[i + 1][0])
        ):
            cur.append(i)
        else:
            if cur:
                runs.append((cur, cur_start))
                cur = []
        sent_start = w in _SENT_END or (sent_start and not w.isalpha())
    if cur:
        runs.append((cur, cur_start))
    return runs


def _split_run(idx: list[int], toks: list[tuple[str, int, int]]) -> list[tuple[list[int], str]]:
    """Cut a run into typed pieces; pieces of unknown type get the type ``?``."""
    lex = lexicon()
    pieces: list[tuple[list[int], str]] = []
    cur: list[int] = []

    def flush() -> None:
        nonlocal cur
        while cur and toks[cur[-1]][0] in _CONNECT:
            cur.pop()
        if cur:
            while cur and lex.get(toks[cur[0]][0]) == "STOP":
                cur = cur[1:]
            kinds = [lex.get(toks[j][0], "") for j in cur]
            if not cur:
                pass
            elif "ORG_HEAD" in kinds:
                pieces.append((cur, "ORG"))
            elif len(cur) == 1 and kinds[0] in ("LOC", "ORG"):
                pieces.append((cur, kinds[0]))
            elif all(k in ("STOP", "DEMONYM") for k in kinds):
                pass
            else:
                while cur and lex.get(toks[cur[0]][0]) in ("STOP", "DEMONYM"):
                    cur = cur[1:]
                if cur:
                    pieces.append((cur, "?"))
        cur = []

    for j in idx:
        kind = lex.get(toks[j][0], "")
        if kind == "PER_TITLE":
            flush()
        elif kind in ("LOC", "ORG") and not any(lex.get(toks[k][0]) == "ORG_HEAD" for k in idx if k > j):
            flush()
            cur = [j]
            flush()
        else:
            cur.append(j)
    flush()
    return pieces


def english_mentions(text: str, ranges: list[tuple[int, int]] | None = None) -> list[EnSpan]:
    """(start, end, type) of the names in the English passages `text[s:e]` of `ranges`
    (the whole text by default), read together: a surname met once counts in all."""
    typed: list[tuple[list[tuple[str, int, int]], list[int], str, bool]] = []
    for s, e in ranges or [(0, len(text))]:
        toks = _tokens(text, s, e)
        for idx, at_start in _runs(toks):
            for piece, typ in _split_run(idx, toks):
                typed.append((toks, piece, typ, at_start and piece[0] == idx[0]))
    surnames = {toks[p[-1]][0] for toks, p, t, _ in typed if t == "?" and len(p) > 1}
    out: list[EnSpan] = []
    for toks, piece, typ, at_start in typed:
        if typ == "?":
            word = toks[piece[0]][0]
            after_place_word = piece[0] > 0 and toks[piece[0] - 1][0] in _PLACE_PREPS
            if len(piece) == 1 and word not in surnames and (at_start or word.isupper()):
                continue
            typ = "LOC" if len(piece) == 1 and after_place_word and word not in surnames else "PER"
        out.append((toks[piece[0]][1], toks[piece[-1]][2], typ))
    return out


def _capitalised(word: str) -> bool:
    return _is_cap(word) and word.isalpha()


def latin_organisations(words: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` with each Latin name that ends in an organisation head an ORG over its capitalised
    run (see the module); changed in place."""
    lex = lexicon()
    taken = {i for c in chunks for i in range(c.start, c.end)}
    for c in chunks:
        latin = all(_capitalised(w) for w in words[c.start : c.end])
        if not latin or lex.get(words[c.end - 1]) != "ORG_HEAD":
            continue
        while c.start - 1 >= 0 and c.start not in breaks and c.start - 1 not in taken \
                and _capitalised(words[c.start - 1]):
            c.start -= 1
        c.type = "ORG"
    return chunks
