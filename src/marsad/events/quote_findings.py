"""Verbs of showing that speak for a study, a survey, a poll or a report (quote_findings.tsv):
«وأظهرت [الدراسة] أن ...», «أظهر [مسح] لرويترز نشرت نتائجه هذا الأسبوع أن ...», «وأظهرت
[نتائج الاستطلاع] أن ...». Such a verb is a verb of saying only with that document for its subject,
right after it: what data, records or pictures show is no one's speech («أظهرت بيانات رسمية أن»,
«أظهرت الصور أن»). Its clause is then found like any reported speech (quotes._indirect)."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue
from marsad.events.words import Word, past_conjunction
from marsad.lang import load_table
from marsad.lang.normalize import normalize


@cache
def _findings() -> dict[str, frozenset[str]]:
    """quote_findings kind -> its normalised forms."""
    rows = load_table("quote_findings")
    return {kind: frozenset(normalize(r["form"]) for r in rows if r["kind"] == kind)
            for kind in ("verb", "document", "results", "maker")}


def _is(w: Word, kind: str) -> bool:
    """The word is a form of quote_findings `kind`, as written or past a conjunction و or ف."""
    forms = _findings()[kind]
    return w.norm in forms or past_conjunction(w.norm) in forms


def is_finding(w: Word, kind: str) -> bool:
    """The word is a form of quote_findings `kind` (document, maker …), as written or past a
    conjunction."""
    return _is(w, kind)


def is_results(w: Word) -> bool:
    """The word is the findings of a study (`results` in quote_findings.tsv: «النتائج»,
    «الإحصاءات»), as written or past a conjunction."""
    return _is(w, "results")


def findings(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """(word, cue) of each verb of showing whose subject right after it (only spaces between) is a
    document, or the results of one: a verb of saying there."""
    ws = sent.words
    out = []
    for k, w in enumerate(ws[:-1]):
        if not _is(w, "verb"):
            continue
        j = k + 1
        if _is(ws[j], "results") and j + 1 < len(ws) and not ctx.text[ws[j].end:ws[j + 1].start].strip():
            j += 1  # أظهرت نتائج الدراسة
        if not ctx.text[w.end:ws[k + 1].start].strip() and _is(ws[j], "document"):
            out.append((k, Cue("verb", 1)))
    return out
