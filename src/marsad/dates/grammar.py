"""Recognition: find temporal expressions in text and split them into their parts.

The patterns (`marsad.dates.patterns`), built from the lexicon, run over the normalised
text; matches are mapped back to offsets in the original. Overlapping candidates are
settled longest first. Resolution to calendar values is `marsad.dates.resolve`.

Each pattern declares its heads: the word classes its first word can belong to (a
lexicon table, a frame word of the pattern, or `digit`). The text is split into words
once; a word, less its clitics and article, is looked up in an index of head words, and
only the patterns it can start are tried there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from marsad.dates.context import is_time
from marsad.dates.date_names import inside_name
from marsad.dates.lexicon import lexicon
from marsad.dates.month_context import month_in_context
from marsad.dates.pattern_gates import DIGIT
from marsad.dates.patterns import patterns
from marsad.dates.reference import Candidate, mark_references
from marsad.dates.tense import unjoined
from marsad.dates.word_forms import CLITICS, spelling
from marsad.lang.clitics import with_lam_article
from marsad.lang.normalize import normalize_mapped, to_original
from marsad.lang.words import LETTER_DIGIT_RUN, LETTERS

# A pattern is matched within this many characters from its start (the regex module's
# match takes time in proportion to the text after `pos` otherwise, which made a long
# text quadratic); a match reaching the window's end is redone on the whole text.
MATCH_WINDOW = 400
RATE_LOOK_BACK = 30  # characters before «في اليوم» searched for the amount it counts
_NEXT_WORD = regex.compile(rf"\s*({LETTERS})")
# a clause's end right after a word (or a verse's brace, a closing quotation mark or bracket)
_PAUSE = regex.compile(r"\s*(?:$|[.،,؛;!?؟{\n»)])")
_SPACES = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))  # what \s matches
_WORD_RUN = LETTER_DIGIT_RUN


@dataclass(frozen=True)
class RawTimex:
    """A recognised expression: original offsets, the pattern that found it, its parts
    (normalised strings) and the normalised text of the whole match."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict)
    norm: str = ""


def _head_tables() -> dict[str, object]:
    """The lexicon tables a pattern's first word can come from, by head name."""
    lx = lexicon()
    return {"months": lx.months, "hijri_months": lx.hijri_months, "weekdays": lx.weekdays,
            "units": lx.units, "day_words": lx.day_words, "demonstratives": lx.demonstratives,
            "ago": lx.ago, "approx": lx.approx, "quantifiers": lx.quantifiers, "parts": lx.parts,
            "sets": lx.sets, "dayparts": lx.dayparts, "numbers": lx.numbers, "ordinals": lx.ordinals,
            "hours": lx.hours,
            "fractions": lx.fractions, "month_weeks": lx.month_weeks, "decades": lx.decades, "refs": lx.refs,
            "halves": lx.halves,
            "unit_parts": lx.unit_parts,
            "seasons": lx.seasons, "season_heads": lx.cues.get("season_head", ()),
            "day_periods": lx.day_periods, "year_cue": lx.cues.get("year", ()),
            "first_day": lx.cues.get("first_day", ()), "age_heads": lx.cues.get("age_head", ())}


_ARTICLES = ("", "ال", "ل")
_LEADS = tuple(c + a for c in ("", *CLITICS, *(x + y for x in CLITICS for y in CLITICS))
               for a in _ARTICLES)  # what can come before a word: up to two clitics, an article


@cache
def _frame_gates() -> dict[str, dict[int, tuple[str, ...]]]:
    """Every written form of a frame word that heads a pattern with `after_frame`, and of every
    head word of a pattern with `after_head` -> those patterns (ranks) and how the word after it
    must begin: «في» is everywhere, and the rate pattern it heads (في اليوم) is tried only before
    «ال» and a unit, the year pattern (في 2015, في العام 2015) only before a year or a year word."""
    tables = _head_tables()
    gates: dict[str, dict[int, tuple[str, ...]]] = {}
    for rank, pat in enumerate(patterns()):
        if pat.after_frame:
            for head in pat.heads:
                if head != "digit" and head not in tables:
                    for lead in _LEADS:
                        gates.setdefault(lead + head, {})[rank] = pat.after_frame
        if pat.after_head:
            gated = dict(pat.after_head)
            free = {f for h in pat.heads if h != "digit" and h not in gated for f in _head_forms(tables, h)}
            for head, after in gated.items():  # a word another head of it begins too: not gated
                for form in _head_forms(tables, head) - free:
                    gate = gates.setdefault(form, {})
                    gate[rank] = tuple(sorted({*gate.get(rank, ()), *after}))
    return gates


def _head_forms(tables: dict[str, object], head: str) -> set[str]:
    """Every written form of a head's words, as `_head_index` writes them."""
    forms: set[str] = set()
    for w in tables.get(head, (head,)):  # type: ignore[attr-defined]
        first = w.split(" ")[0]
        for form in (first, with_lam_article(first[2:])) if w.startswith("ال") else (first,):
            forms.update(lead + form for lead in _LEADS)
    return forms


def _open_after(text: str, end: int, ranks: tuple[int, ...],
                gate: dict[int, tuple[str, ...]]) -> tuple[int, ...]:
    """`ranks` less the gated patterns the word after `end` rules out: after one space, a word
    that does not begin as the gate says (other white space: left to the pattern)."""
    if text[end:end + 1] != " " or text[end + 1:end + 2] in _SPACES:
        return ranks
    digit = text[end + 1:end + 2].isdecimal()
    return tuple(r for r in ranks if r not in gate or text.startswith(gate[r], end + 1)
                 or digit and DIGIT in gate[r])


@cache
def _head_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Every written form of a head word (up to two clitics, an article, the word) -> the
    patterns (ranks, in order) it can start; and the patterns a number can start."""
    tables = _head_tables()
    words: dict[str, set[int]] = {}
    digit: set[int] = set()
    for rank, pat in enumerate(patterns()):
        for head in pat.heads:
            if head == "digit":
                digit.add(rank)
                continue
            for w in tables.get(head, (head,)):  # type: ignore[attr-defined]
                words.setdefault(w.split(" ")[0], set()).add(rank)
                if w.startswith("ال"):  # «لليوم», «لليلة»: ل + the article, one lam merged
                    words.setdefault(with_lam_article(w[2:].split(" ")[0]), set()).add(rank)
    shared: dict[frozenset[int], tuple[int, ...]] = {}  # one tuple per distinct set of patterns
    forms: dict[str, tuple[int, ...]] = {}
    for w, ranks in words.items():
        for lead in _LEADS:
            merged = ranks.union(forms.get(lead + w, ()))
            forms[lead + w] = shared.setdefault(frozenset(merged), tuple(sorted(merged)))
    return forms, tuple(sorted(digit))


def _starts(word: str) -> tuple[int, ...]:
    """The patterns (ranks, in order) that can match at the start of `word` (a maximal run of
    letters and digits): it is, less up to two clitics and an article (ال, ل), a head word
    or a number."""
    if word.isalpha():
        return _head_index()[0].get(word, ())
    return _starts_with_digits(word)


@lru_cache(maxsize=1 << 14)
def _starts_with_digits(word: str) -> tuple[int, ...]:
    """The patterns a word with digits can start: those a number starts, less those whose
    `digits` its number does not begin as (a four-digit year, a day of one or two digits)."""
    forms, digit = _head_index()
    first = next(i for i, ch in enumerate(word) if ch.isdecimal() or not ch.isalpha())
    if word[:first] in _LEADS and word[first].isdecimal():
        gates = ((r, patterns()[r].digits) for r in digit)
        opened = (r for r, rx in gates if rx is None or rx.match(word, first))
        return tuple(sorted({*forms.get(word, ()), *opened}))
    return forms.get(word, ())


def _opening(text: str, start: int, parts: dict[str, str]) -> int:
    """The start of an expression that opens with a number in brackets, «(20) يوما»: moved
    back to the opening bracket the match could only look behind at."""
    if not parts.get("paren"):
        return start
    j = _back_over_spaces(text, start)
    return j - 1 if j > 0 and text[j - 1] == "(" else start


def _holds_one(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of `words` lies in text[start:end] (`Pattern.needs`)."""
    return any(text.find(w, start, end) >= 0 for w in words)


def _parts(m: regex.Match[str]) -> dict[str, str]:
    """The named groups of a match, each run of white space in them one space: patterns
    allow any white space between words (CRLF, NBSP, tab, several spaces) and the lexicon
    tables are keyed with one space (النصف الاول, كانون الثاني)."""
    return {k: " ".join(v.split()) for k, v in m.groupdict().items() if v and k != "x"}


def _normalized(text: str) -> tuple[str, list[int] | None]:
    """Lower-cased matching form and its offset map (None when offsets are unchanged)."""
    n, where = normalize_mapped(text)
    return n.lower(), where


def recognize(text: str, keep: bool = True) -> list[RawTimex]:
    """Every temporal expression in `text`, longest-first without overlaps, in text order.
    `keep` False: the result is not kept for a later caller (`recognize_normalized`): a short
    string read once, a record's metadata field, would push out of the kept results the
    article texts that the publication date and the timex stages both read."""
    if not keep:
        return _recognize_text(text)[0]
    return recognize_normalized(text)[0]


def recognize_normalized(text: str, raws: list[RawTimex] | None = None
                         ) -> tuple[list[RawTimex], str, list[int] | None]:
    """`recognize`, with the lower-cased normalised text it matched on and, for each of its
    characters, the offset in `text` it came from (None when every offset is the same). The
    publication date and the timex stages read the same text: the last texts' results are
    kept (a list of its own for each caller; the expressions are only read). `raws`: what
    `recognize` gave for `text` in another process (a worker), not recognised again here."""
    if raws is not None:
        return list(raws), *_normalized(text)
    found, ntext_l, where = _recognized(text)
    return list(found), ntext_l, where


def _recognize_text(text: str) -> tuple[list[RawTimex], str, list[int] | None]:
    ntext_l, where = _normalized(text)
    found: list[tuple[int, int, int, str, dict[str, str]]] = []
    pats = patterns()
    gates = _frame_gates()
    heads = _head_index()[0]
    for w in _WORD_RUN.finditer(ntext_l):
        word = w.group()
        # `_starts(word)`, inline: asked for every word of the text
        ranks = heads.get(word, ()) if word.isalpha() else _starts_with_digits(word)
        if not ranks:
            continue
        gate = gates.get(word)
        if gate is not None:
            ranks = _open_after(ntext_l, w.end(), ranks, gate)
        pos = w.start()
        for rank in ranks:
            pat = pats[rank]
            if pat.needs and not _holds_one(ntext_l, pat.needs, pos, pos + MATCH_WINDOW):
                continue  # no match can end in the window without one of these words
            m = pat.rx.match(ntext_l, pos, pos + MATCH_WINDOW)
            if m is not None and m.end() >= pos + MATCH_WINDOW - 1:
                m = pat.rx.match(ntext_l, pos)  # as long as the window: match on the whole text
            if m is None:
                continue
            parts = _parts(m)
            if "lrel" in parts:  # «لليوم»: the day word is اليوم
                parts["rel"] = "ا" + parts.pop("lrel")
                parts["_before"] = _prev_word(ntext_l, m.start())  # the word before «ل»
            if "lref" in parts:  # «للماضي»: the reference noun is الماضي
                parts["ref"] = "ا" + parts.pop("lref")
            if "ldayw" in parts:  # «للخامس من أغسطس»: the day is الخامس
                parts["dayw"] = "ا" + parts.pop("ldayw")
            if pat.kind in ("relday", "duration", "weekday", "ref", "rate", "season", "ago", "set"):
                parts["_next"] = _next_word(ntext_l, m.end("x"))
            if ntext_l[m.start("x"):m.end("x")] in lexicon().written_words and (
                    spelling(_written(text, where, *m.span("x"))) in lexicon().written_names
                    or spelling(_written(text, where, m.start(), m.end("x"))) in lexicon().written_names):
                continue  # «آلان» (Alan): a name that normalises to «الان» "now"; «لامس» "touched"
            if pat.kind == "relday" and _became(parts, _prev_word(ntext_l, m.start())):
                continue  # «وكون هذا الخطر قد غدا أفقيا»: the verb «became», not tomorrow
            if pat.kind == "ref" and (
                    _PAUSE.match(ntext_l, m.end("x")) or _damma_after(text, where, m.end("x"))):
                # «تسربت من قبل؛»: nothing of the clause after it; «تسربت من قبلُ العديد»: the adverb,
                # written with the damma no agent «من قِبَل» takes
                parts["_pause"] = "1"
            if pat.kind in ("duration", "ref"):
                parts["_clitic"] = ntext_l[m.start():m.start("x")]  # لسنوات: "for years"; وأخيرا: "lastly"
            if pat.kind == "duration":  # a verb of lasting (استمرت سنوات) or a frame (خلال ساعات)
                parts["_verb"] = _prev_word(ntext_l, m.start())
            if "mon" in parts and not month_in_context(
                    pat.kind, parts, ntext_l[m.start():m.start("x")], _prev_word(ntext_l, m.start()),
                    _written(text, where, *m.span("mon"))):
                continue
            if pat.kind in ("deictic", "ref", "age", "set", "rate", "season", "weekday"):
                parts["_prev"] = _prev_word(ntext_l, m.start())
                if pat.kind == "deictic" and parts["_prev"] in lexicon().cues.get("distal", ()):
                    # «طوال تلك السنوات»: the word before «تلك»
                    parts["_prev2"] = _word_before_prev(ntext_l, m.start(), parts["_prev"])
            if pat.kind == "rate" or (pat.kind == "duration" and "ب" in parts["_clitic"]):
                # the words before it: where the amount counted per unit stands, or the «قبل/بعد» a
                # unit with «ب» measures from (قبل انطلاق الدوري بأسبوع)
                parts["_back"] = ntext_l[max(0, m.start() - RATE_LOOK_BACK):m.start()]
            if is_time(pat.kind, parts):
                found.append((_opening(ntext_l, m.start("x"), parts), m.end("x"), rank, pat.kind, parts))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken = bytearray(len(ntext_l))  # 1 where an expression already kept lies
    kept: list[Candidate] = []
    for s, e, _, kind, parts in found:
        if taken.find(1, s, e) >= 0:
            continue
        taken[s:e] = b"\x01" * (e - s)  # a name's span too: nothing shorter is read inside it
        if not inside_name(ntext_l, s, e, parts):
            kept.append((s, e, kind, parts))
    kept.sort(key=lambda c: c[0])
    out: list[RawTimex] = []
    for s, e, kind, parts in mark_references(ntext_l, kept):
        if "_next" not in parts:
            parts["_next"] = _next_word(ntext_l, e)
        parts["_prev"] = _prev_word(ntext_l, s)
        # the word before «ذلك» (في ذلك اليوم) or before «في» (للتسليم في نوفمبر)
        if parts["_prev"] in lexicon().cues.get("distal", ()) \
                or parts["_prev"] in lexicon().cues.get("delivery_frame", ()):
            parts["_prev2"] = _word_before_prev(ntext_l, s, parts["_prev"])
        os_, oe = (s, e) if where is None else to_original(where, len(text), s, e)
        out.append(RawTimex(os_, oe, kind, parts, ntext_l[s:e]))
    return out, ntext_l, where


# The last texts' results: the publication date stage reads each article of a chunk (200) and
# the timex stage reads them again after it, so the kept results hold a chunk's texts (the
# short metadata strings are read with `recognize(keep=False)`, not kept).
_recognized = lru_cache(maxsize=256)(_recognize_text)


def _damma_after(text: str, where: list[int] | None, end: int) -> bool:
    """Whether a damma is written right after [.., end) of the normalised text («قبلُ»)."""
    oe = end if where is None else to_original(where, len(text), 0, end)[1]
    return text[oe:oe + 1] == "\u064f"


def _written(text: str, where: list[int] | None, start: int, end: int) -> str:
    """The original text of [start, end) of the normalised text."""
    os_, oe = (start, end) if where is None else to_original(where, len(text), start, end)
    return text[os_:oe]


def _next_word(text: str, pos: int) -> str:
    """The word after `pos`, past spaces only ("" when something else comes first)."""
    nxt = _NEXT_WORD.match(text, pos)
    return nxt.group(1) if nxt else ""


def _back_over_spaces(text: str, pos: int, lo: int = 0) -> int:
    """`pos` moved back over the white space before it (not before `lo`)."""
    while pos > lo and text[pos - 1] in _SPACES:
        pos -= 1
    return pos


def _became(parts: dict[str, str], prev: str) -> bool:
    """A bare day word that is also a verb (`became_verb` cues: «غدا», "became") right after a word
    that only a verb follows (`became_frame`: «قد», «لقد», «كما», «ثم», a conjunction written onto it
    read past): «قد غدا أفقيا», «ومن ثم غدا تسويق», not «يغادر غدا», «غدا الأربعاء»."""
    cues = lexicon().cues
    return parts.get("rel", "") in cues.get("became_verb", ()) and not (parts.get("dp") or parts.get("wd")) \
        and unjoined(prev) in cues.get("became_frame", ())


def _word_before_prev(text: str, pos: int, prev: str) -> str:
    """The word before `prev`, the word `_prev_word` found before `pos`."""
    return _prev_word(text, _back_over_spaces(text, pos) - len(prev))


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos`, past spaces only, looking back at most 30 characters."""
    lo = max(0, pos - 30)
    j = _back_over_spaces(text, pos, lo)
    i = j
    while i > lo and text[i - 1].isalpha():
        i -= 1
    return text[i:j]
