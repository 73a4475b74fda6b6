"""WikiFANE Gold (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0) read as ANERcorp-style sentences.

The corpus is one `token<TAB>tag` per line (BIO over 51 fine types), a blank line between
sentences, UTF-8 with a BOM, a left-to-right mark (U+200E) before many tokens and CRLF line
ends. Its tokens are clitic-segmented the ATB way («عاصمة ها», «و تعتبر», «ب السودان»); ANERcorp
and marsad's tokenizer keep clitics on the word, so the reader glues them back:

- a one-letter proclitic token (و ف ب ل ك س), or a run of them, joins the next word, and ل
  before the article is written لل («ل السودان» → «للسودان»);
- an enclitic pronoun token (ه ها هم هما هن نا ي ك كم) joins the word before it, a final ة
  turning to ت («عاصمة ها» → «عاصمتها»);
- the glued word takes the tag of the name word it joins; a proclitic that joins the first
  word of a name makes it B- (ANERcorp tags «والعراق» B-LOC).

Fine types map to PER/ORG/LOC/MISC or O with `lang/ar/ner_wikifane_types.tsv`. A fixed tenth of
the sentences (every tenth, from the tenth) is held out as a second test set.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

from marsad.lang import load_table
from marsad.ner.conll import Sentence

PROCLITICS = frozenset("وفبلكس")
# كما is left out: after segmentation it is almost always the conjunction «كما».
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم"})
MARKS = "\ufeff\u200e\u200f\r"
ARABIC = re.compile(r"[\u0621-\u064a]")
HELD_OUT_EVERY = 10


@cache
def type_map() -> dict[str, str]:
    """Fine WikiFANE type → PER, ORG, LOC, MISC or O."""
    return {r["type"]: r["coarse"] for r in load_table("ner_wikifane_types")}


def _clean(token: str) -> str:
    for m in MARKS:
        token = token.replace(m, "")
    return token.strip()


def _raw_sentences(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    for ln in lines:
        token, _, tag = ln.partition("\t")
        token, tag = _clean(token), _clean(tag)
        if not token:
            if sent:
                yield sent
                sent = []
            continue
        sent.append((token, tag or "O"))
    if sent:
        yield sent


def _is_word(token: str) -> bool:
    return ARABIC.search(token) is not None


def _is_proclitic(tokens: Sequence[tuple[str, str]], i: int) -> bool:
    tok = tokens[i][0]
    if tok not in PROCLITICS or i + 1 >= len(tokens) or not _is_word(tokens[i + 1][0]):
        return False
    if tok != "ك":
        return True
    # ك is the preposition before the article or «ما» (كما); elsewhere after a word it
    # is the pronoun suffix.
    nxt = tokens[i + 1][0]
    return nxt.startswith("ال") or nxt == "ما" or i == 0 or not _is_word(tokens[i - 1][0])


def _glue(prefix: str, word: str) -> str:
    if prefix.endswith("ل") and word.startswith("ال"):
        return prefix + word[1:]
    return prefix + word


def _joined_tag(clitic: str, word: str) -> str:
    """The tag of a name word joined by a clitic: the word's, made B- when the clitic
    opens the same entity."""
    if clitic.startswith("B-") and word.startswith("I-") and clitic[2:] == word[2:]:
        return "B-" + word[2:]
    return word


def reattach(tokens: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Clitic tokens glued to their words, ANERcorp style (tags still fine-grained)."""
    out: list[tuple[str, str]] = []
    prefix, prefix_tag = "", "O"
    for i, (tok, tag) in enumerate(tokens):
        if _is_proclitic(tokens, i) or (
            prefix and tok in PROCLITICS and i + 1 < len(tokens) and _is_word(tokens[i + 1][0])
        ):
            prefix += tok
            if prefix_tag == "O":
                prefix_tag = tag
            continue
        if prefix:
            out.append((_glue(prefix, tok), _joined_tag(prefix_tag, tag)))
            prefix, prefix_tag = "", "O"
            continue
        if tok in ENCLITICS and out and _is_word(out[-1][0]) and tokens[i - 1][0] not in ENCLITICS:
            word, wtag = out[-1]
            if word.endswith("ة"):  # عاصمة + ها → عاصمتها
                word = word[:-1] + "ت"
            out[-1] = (word + tok, wtag if wtag != "O" else _start_of(tag))
            continue
        out.append((tok, tag))
    return out


def _start_of(tag: str) -> str:
    # A name that starts on the suffix of an O word (a segmentation slip) starts on the word.
    return "B-" + tag[2:] if tag != "O" else "O"


def coarse(tags: Sequence[str]) -> list[str]:
    """Fine BIO tags mapped to marsad's types, kept IOB2 (an entity whose type maps to O is
    dropped; an I- left without its B- opens the entity)."""
    table = type_map()
    out: list[str] = []
    prev = ""
    for t in tags:
        pre, _, fine = t.partition("-")
        if t == "O":
            out.append("O")
        elif fine not in table:
            raise ValueError(f"WikiFANE type {fine!r} is not in lang/ar/ner_wikifane_types.tsv")
        elif table[fine] == "O":
            out.append("O")
        elif pre == "I" and prev == fine:
            out.append(f"I-{table[fine]}")
        else:
            out.append(f"B-{table[fine]}")
        prev = fine if t != "O" else ""
    return out


def read_lines(lines: Iterable[str]) -> list[Sentence]:
    out: list[Sentence] = []
    for raw in _raw_sentences(lines):
        pairs = reattach(raw)
        words = [w for w, _ in pairs]
        out.append((words, coarse([t for _, t in pairs])))
    return out


def read_wikifane(path: Path) -> list[Sentence]:
    """All sentences of a WikiFANE file (gzip or plain) as (words, IOB2 tags)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        return read_lines(f.read().split("\n"))


def split(sentences: Sequence[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held out): every tenth sentence, from the tenth, is held out."""
    train = [s for i, s in enumerate(sentences) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    held = [s for i, s in enumerate(sentences) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    return train, held
