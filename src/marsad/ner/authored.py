"""Annotated sentences written by marsad's own team, in the style of 2010s–2020s Arabic news
(the names, titles and constructions ANERcorp and WikiFANE lack), read as training sentences.

One sentence per line; a line starting with `#` is a comment. A name is written in square
brackets with its type first: «استقبل خادم الحرمين الشريفين الملك [PER سلمان بن عبدالعزيز]
في [LOC قصر اليمامة] و[PER ـ...]». The brackets follow the real-text annotation guide
(`docs/realtext-annotation.md`): a proclitic stays outside («و[PER بوتين]», «ل[ORG وزارة
الدفاع]»), titles stay outside, organisations keep their head noun.

The text is tokenised the way the pipeline tokenises articles (`ner/tokens.tokenize`); a word
that a name covers, even only after its proclitic, takes the name's tag (ANERcorp tags
«والعراق» B-LOC). A name must end at the end of a word.

    python3 -m marsad.ner.authored FILE...   # checks the files; counts per type; exit 1 on errors
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.ner.conll import Sentence
from marsad.ner.tokens import tokenize

TYPES = ("PER", "ORG", "LOC", "MISC")
_MARK = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+?)\]")


class AuthoredError(ValueError):
    """A line that does not follow the format (its file and line number in the message)."""


@dataclass(frozen=True)
class AuthoredSentence:
    text: str
    names: tuple[tuple[int, int, str], ...]  # (start, end, type) in `text`

    def tagged(self) -> Sentence:
        tokens = tokenize(self.text)
        tags = ["O"] * len(tokens)
        for s, e, typ in self.names:
            inside = [i for i, (_, ts, te) in enumerate(tokens) if ts < e and te > s]
            if not inside or tokens[inside[-1]][2] != e:
                raise AuthoredError(f"the name «{self.text[s:e]}» does not end at the end of a word")
            tags[inside[0]] = "B-" + typ
            for i in inside[1:]:
                tags[i] = "I-" + typ
        return [w for w, _, _ in tokens], tags


def parse_line(line: str) -> AuthoredSentence:
    """One annotated line → its plain text and name spans."""
    text: list[str] = []
    names = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        before = line[pos : m.start()]
        text.append(before)
        length += len(before)
        name = m.group(2)
        if name != name.strip():
            raise AuthoredError(f"spaces at the edge of the name «{name}»")
        names.append((length, length + len(name), m.group(1)))
        text.append(name)
        length += len(name)
        pos = m.end()
    text.append(line[pos:])
    plain = "".join(text)
    if "[" in plain or "]" in plain:
        raise AuthoredError(
            "a bracket outside a name mark: write [TYPE name] with TYPE in " + ", ".join(TYPES)
        )
    sent = AuthoredSentence(plain, tuple(names))
    sent.tagged()  # raises on a name that ends inside a word
    return sent


def read_lines(lines: Iterable[str], source: str = "") -> list[AuthoredSentence]:
    out = []
    for n, ln in enumerate(lines, 1):
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        try:
            out.append(parse_line(ln))
        except AuthoredError as e:
            raise AuthoredError(f"{source}:{n}: {e}") from None
    return out


def files_of(paths: Sequence[Path]) -> list[Path]:
    """The files named, a folder standing for its *.txt files, sorted."""
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return files


def read_authored(paths: Sequence[Path]) -> list[Sentence]:
    """Training sentences (words, IOB2 tags) of the files, in order (folders: their *.txt, sorted)."""
    out: list[Sentence] = []
    for f in files_of(paths):
        with f.open(encoding="utf-8") as fh:
            out.extend(s.tagged() for s in read_lines(fh, str(f)))
    return out


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: python3 -m marsad.ner.authored FILE_OR_FOLDER...", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    sentences = 0
    errors = 0
    for f in files_of([Path(a) for a in argv]):
        with f.open(encoding="utf-8") as fh:
            for n, ln in enumerate(fh, 1):
                ln = ln.strip()
                if not ln or ln.startswith("#"):
                    continue
                try:
                    s = parse_line(ln)
                except AuthoredError as e:
                    errors += 1
                    print(f"{f}:{n}: {e}", file=sys.stderr)
                    continue
                sentences += 1
                counts.update(t for _, _, t in s.names)
    print(f"{sentences} sentences, {sum(counts.values())} names: "
          + ", ".join(f"{t} {counts[t]}" for t in TYPES) + f"; {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
