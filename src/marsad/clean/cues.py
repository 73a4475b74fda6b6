"""The cue tables of cleaning, compiled: one combined regex per cue family.

Lines are matched in their *match form*: normalised (`lang/normalize`), lower case, runs
of white space squashed to one space, and a run of tatweels or a lone underscore standing alone
between spaces read as an en dash (both are used as one in bylines: «طلال عبدالله ـ جدة»,
«محمد زامل ــ سبق ــ الرياض», «رواف الكويكبي _ عين اليوم»).
Patterns are put in the same form when loaded, so the table can be written in ordinary spelling.
`aligned_offset` maps a position in the match form back to the original line, for cues that
cut a line in two (datelines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.lang import load_table
from marsad.lang.normalize import normalize, normalize_aligned

FAMILIES = ("line", "start", "end", "anywhere", "dateline", "tail", "inline")
WORD_START = ("inline", "end", "tail")
_SPACES = re.compile(r"\s+")
_LONE_DASH = re.compile(r"(?:(?<=\s)|^)(?:\u0640+|_)(?=\s|$)")  # tatweels, or one underscore


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of `segment_cues.tsv`: the role it gives, why, and what follows it."""

    family: str
    role: str
    cue: str
    follow_mode: str  # "" | "rest" | "list"
    follow_role: str


def _as_dash(run: re.Match[str]) -> str:
    """A lone run of tatweels (or a lone underscore) as one en dash; the rest of the run stays
    (normalising drops it), so the line keeps its length and offsets stay aligned."""
    return "–" + run[0][1:]


def _dashed(line: str) -> str:
    """`line` with its lone tatweels and underscores read as dashes (same length)."""
    return _LONE_DASH.sub(_as_dash, line) if "\u0640" in line or "_" in line else line


def match_form(line: str) -> str:
    """The form cues are matched on (a new string; never stored)."""
    return " ".join(normalize(_dashed(line)).lower().split())  # white space squashed and trimmed


def aligned_offset(line: str, pos: int) -> int:
    """The offset in `line` of the character at `pos` of `match_form(line)`."""
    limit = 2 * pos + 64  # only the head of the line is needed; whole line if that falls short
    found = _aligned_offset(line[:limit], pos)
    if found is None and limit < len(line):
        found = _aligned_offset(line, pos)
    return len(line) if found is None else found


def _aligned_offset(line: str, pos: int) -> int | None:
    norm, where = normalize_aligned(_dashed(line))
    out_pos = 0
    prev_space = True  # leading white space is dropped
    for ch, orig in zip(norm, where, strict=True):
        low = ch.lower()
        if low.isspace():
            if prev_space:
                continue
            prev_space = True
            low = " "
        else:
            prev_space = False
        for _ in low:
            if out_pos == pos:
                return orig
            out_pos += 1
    return None


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found inside a line: its row and where it starts and ends in the match form."""

    cue: Cue
    start: int
    end: int


class CueFamily:
    """All cues of one family as one regex with a named group per row."""

    def __init__(self, family: str, rows: list[Cue], patterns: list[str]) -> None:
        self.family = family
        self.rows = {f"c{k}": row for k, row in enumerate(rows)}
        alts = "|".join(f"(?P<c{k}>{p})" for k, p in enumerate(patterns))
        # A family searched for inside a line is matched only at a word's start. Past the
        # first word, it is searched for as the space before the word and the cue: a
        # pattern that opens with a plain character is searched for several times faster
        # than one opening with a look-behind, which the regex engine tries at every position.
        self.spaced = re.compile(f" (?:{alts})") if family in WORD_START and alts else None
        if self.spaced is not None:
            alts = f"(?<![^ ])(?:{alts})"
        self.regex = re.compile(alts or r"(?!x)x")
        # the same cues ending at a word's end: where one starting inside a line stops
        self.word_regex = re.compile(f"(?:{alts})(?!\\w)" if alts else r"(?!x)x")

    def _hit(self, m: re.Match[str] | None) -> tuple[Cue, re.Match[str]] | None:
        if m is None or m.lastgroup is None:
            return None
        return self.rows[m.lastgroup], m

    def fullmatch(self, form: str) -> tuple[Cue, re.Match[str]] | None:
        return self._hit(self.regex.fullmatch(form))

    def match(self, form: str) -> tuple[Cue, re.Match[str]] | None:
        return self._hit(self.regex.match(form))

    def search(self, form: str) -> CueHit | None:
        """The leftmost cue in `form` (what `regex.search` finds)."""
        found = self._first(form, 0) if self.spaced is not None else self._span(self.regex.search(form))
        return self._cue_hit(found)

    def finditer(self, form: str) -> list[CueHit]:
        """The cues in `form`, left to right, none overlapping (what `regex.finditer` finds)."""
        if self.spaced is None:
            found = [self._span(m) for m in self.regex.finditer(form)]
        else:
            found = []
            pos = 0
            while (one := self._first(form, pos)) is not None:
                if one[2] == one[1]:  # an empty match: finditer has rules of its own for those
                    found = [self._span(m) for m in self.regex.finditer(form)]
                    break
                found.append(one)
                pos = one[2]
        return [h for f in found if (h := self._cue_hit(f)) is not None]

    @staticmethod
    def _span(m: re.Match[str] | None) -> tuple[str | None, int, int] | None:
        return None if m is None else (m.lastgroup, m.start(), m.end())

    def _cue_hit(self, found: tuple[str | None, int, int] | None) -> CueHit | None:
        if found is None or found[0] is None:
            return None
        return CueHit(self.rows[found[0]], found[1], found[2])

    def _first(self, form: str, pos: int) -> tuple[str | None, int, int] | None:
        """The leftmost match (group, start, end) starting at a word start at or after `pos`,
        for a family searched for at word starts (`spaced` is set)."""
        assert self.spaced is not None
        if pos == 0 and (m := self.regex.match(form)) is not None:
            return self._span(m)
        # the space before a word that starts at `pos` itself lies at pos - 1
        m = self.spaced.search(form, max(pos - 1, 0))
        return None if m is None else (m.lastgroup, m.start() + 1, m.end())


@dataclass(frozen=True)
class Cues:
    families: dict[str, CueFamily]
    date_words: frozenset[str]
    date_names: frozenset[str]  # weekdays and months: a date line needs one of these
    bio_words: frozenset[str]
    sentence_openers: frozenset[str]
    author_titles: frozenset[str]  # the first word of an author's title under a signature
    sections: frozenset[str] = frozenset()  # desk names a headline field may open with («عام /»)
    given_names: frozenset[str] = frozenset()  # given names that are hardly anything else
    name_words: frozenset[str] = frozenset()  # given names that are common words too («سعيد»)

    def __getitem__(self, family: str) -> CueFamily:
        return self.families[family]


def _calendar_names(lang: str, markers: set[str]) -> set[str]:
    """Weekday and month names, word by word, from the date tables: definite or Latin
    weekdays, and each word of a month name that is not itself a date marker (الأول)."""
    names = {w for w in (match_form(r["word"]) for r in load_table("date_weekdays", lang))
             if w.startswith("ال") or w.isascii()}
    for table in ("date_months", "date_hijri_months"):
        for row in load_table(table, lang):
            names.update(w for w in map(match_form, row["word"].split()) if w not in markers)
    return names


@cache
def load_cues(lang: str = "ar") -> Cues:
    """The compiled cue families and word sets of `lang`."""
    rows: dict[str, list[Cue]] = {f: [] for f in FAMILIES}
    pats: dict[str, list[str]] = {f: [] for f in FAMILIES}
    for row in load_table("segment_cues", lang):
        mode, _, frole = row["follow"].partition(":")
        rows[row["family"]].append(Cue(row["family"], row["role"], row["cue"], mode, frole))
        # the pattern is normalised like a line, but not lower-cased (`\S` must stay `\S`)
        pattern = _SPACES.sub(" ", normalize(row["pattern"])).strip()
        if row["family"] == "inline":
            pattern = f"(?:{pattern})(?!\\w)"  # never ends inside a word
        pats[row["family"]].append(pattern)
    families = {f: CueFamily(f, rows[f], pats[f]) for f in FAMILIES}
    words: dict[str, set[str]] = {}
    for row in load_table("segment_words", lang):
        words.setdefault(row["kind"], set()).add(match_form(row["word"]))
    names = words.get("weekday", set()) | _calendar_names(lang, words.get("date_marker", set()))
    return Cues(
        families,
        date_words=frozenset(names | words.get("date_marker", set())),
        date_names=frozenset(names),
        bio_words=frozenset(words.get("bio", set())),
        sentence_openers=frozenset(words.get("sentence_opener", set())),
        author_titles=frozenset(words.get("author_title", set())),
        sections=frozenset(words.get("section", set())),
        given_names=_given_names(lang, "name"),
        name_words=_given_names(lang, "word"),
    )


def _given_names(lang: str, kind: str) -> frozenset[str]:
    rows = load_table("segment_given_names", lang)
    return frozenset(match_form(r["name"]) for r in rows if r["kind"] == kind)
