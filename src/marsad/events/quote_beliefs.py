"""A belief stated with «عبّر» (quote_beliefs.tsv): «وعبر الملك في تصريحات أطلقها من العقبة عن قناعته بأن
[...]», «وعبر الرنتاوي عن اعتقاده أن [...]», as «أعرب X عن قناعته بأن» (a verb of saying of quote_cues).
«عبر» is also «عَبْر» (via): it is a verb of saying here only where a clause opens with it and «عن», a
noun of belief and a complementizer follow close; the clause is then found as any reported speech
(quotes._indirect)."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.words import Word, past_conjunction
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_CLAUSE_START = "،,؛;"
_SUBJECT_WORDS = 12  # words from the verb to «عن»: its subject, an office, a place, a time
_ABOUT = normalize("عن")
_COMPLEMENTIZER = frozenset({"complementizer"})


@cache
def _beliefs() -> dict[str, frozenset[str]]:
    rows = load_table("quote_beliefs")
    return {kind: frozenset(normalize(r["form"]) for r in rows if r["kind"] == kind)
            for kind in ("verb", "belief")}


def _opens_clause(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The verb at word `k` opens a clause: و or ف on it, or the sentence's start or a comma before it."""
    w = sent.words[k].norm
    if past_conjunction(w) in _beliefs()["verb"]:
        return True
    before = ctx.text[sent.start:sent.words[k].start].rstrip()
    return w in _beliefs()["verb"] and (not before or before[-1] in _CLAUSE_START)


def _belief_at(ws: list[Word], k: int) -> int | None:
    """Where «عن» stands when it, a noun of belief and a complementizer right after it come within a
    few words after `k`; None when they do not."""
    for j in range(k + 1, min(len(ws) - 2, k + 1 + _SUBJECT_WORDS)):
        if ws[j].norm == _ABOUT:
            found = ws[j + 1].norm in _beliefs()["belief"] \
                and quote_cues().at(ws, j + 2, _COMPLEMENTIZER) is not None
            return j if found else None
    return None


def expressed_beliefs(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """(word, cue) of each «عبّر» that states a belief: a verb of saying there. With no subject
    between, the cue holds «عن» and the noun too («وعبر عن اعتقاده بأن»): a bare «عن» after a verb
    names what it is about, no clause (quotes: the relay words)."""
    out = []
    for k in range(len(sent.words)):
        if _opens_clause(ctx, sent, k) and (about := _belief_at(sent.words, k)) is not None:
            out.append((k, Cue("verb", 3 if about == k + 1 else 1)))
    return out
