"""A verb of saying whose subject cannot speak (quote_mute_subjects.tsv): data, figures, indices,
the market, a decision. «وتشير البيانات إلى أن», «ويترقب المتعاملون تأكيد السوق أن», «بيانات
إنفاق المستهلكين … التي صدرت أمس وتشير إلى أن»: no one speaks there, and the verb starts no
quotation. The subject is the noun right after the verb (or its verbal noun), its clause going on
to «أن» or «إلى» (so not the first word of words said after «وأضاف» with no colon, and no object
of a verb that has its subject after it: «واصفا قرار إقالته بأنه»), or, for a verb joined by و/ف to
the verb of a relative clause with no subject after it, that clause's antecedent. A noun right
before a verb is left to the `fact_subject` rows of quote_cues.tsv (verbs of evidence only): here
it closes another's phrase too often («مصادر أردنية مقربة من دوائر صنع القرار قالت», «مصادر
بالسوق أشارت»); so is a demonstrative alone after the verb: mostly its object («تقول ذلك»)."""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import speaker_ref
from marsad.events.speaker_agreement import relative_pronouns
from marsad.events.speaker_clauses import joined_verb
from marsad.events.words import Word, past_conjunction, stems
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_ARTICLE = "ال"
_CLAUSE = frozenset(normalize(w) for w in ("إلى", "الى", "أن", "ان", "بأن", "بان", "إن"))
_TO_CLAUSE = 4  # words from the mute noun to the «أن» or «إلى» of its clause
_RELATIVE_REACH = 10  # words from a joined verb back to the relative pronoun of its clause
_ANTECEDENT_REACH = 7  # back from the relative pronoun to its antecedent: «ببيانات إنفاق … الأمريكية التي»
_OWNER = "لل"  # a body's own noun: «بيانات للفصائل الفلسطينية» are their statements
_PAUSE = ".:؛;!?؟،,()«»\"“”"


@cache
def _forms() -> dict[str, frozenset[str]]:
    """kind -> normalised forms of quote_mute_subjects.tsv."""
    rows = load_table("quote_mute_subjects")
    return {kind: frozenset(normalize(r["form"]) for r in rows if r["kind"] == kind)
            for kind in ("noun", "demonstrative")}


def _bare(word: str, kind: str) -> bool:
    """The normalised word, its article stripped, is a form of `kind`."""
    return (word[len(_ARTICLE):] if word.startswith(_ARTICLE) else word) in _forms()[kind]


def _subject(w: Word, kind: str) -> bool:
    """The word can be a subject of `kind`: the form with its article, no preposition on it."""
    return _bare(w.norm, kind) or (bare := past_conjunction(w.norm)) is not None and _bare(bare, kind)


def _any_case(w: Word) -> bool:
    """The word is a table noun in any case, a preposition glued on it too («ببيانات»)."""
    return any(_bare(st.stem, "noun") for st in stems(w.norm))


def _paused(text: str, ws: list[Word], i: int, j: int) -> bool:
    """A punctuation mark stands between words `i` and `j` (i < j)."""
    return any(ch in text[ws[i].end:ws[j].start] for ch in _PAUSE)


def _speaker(ctx: ArticleContext, w: Word) -> bool:
    """The word names or describes someone who may speak: an office or body, a name."""
    m = ctx.mention_at(w)
    return speaker_ref(w.norm) is not None or m is not None and m.label in ("PER", "ORG")


def _mute_after(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Word `j`, right after the verb, is a table noun (or a demonstrative before one: «هذا
    القرار») whose phrase runs on, with no pause, no speaker and no «لل…» owner, to the «أن» or
    «إلى» of the clause."""
    if _subject(ws[j], "demonstrative") and j + 1 < len(ws):
        j += 1
    if not _subject(ws[j], "noun"):
        return False
    for i in range(j + 1, min(len(ws), j + 1 + _TO_CLAUSE)):
        if _paused(ctx.text, ws, i - 1, i) or _speaker(ctx, ws[i]) or ws[i].norm.startswith(_OWNER):
            return False  # «وأكدت بيانات [للفصائل] أن»: a body's statements (بيان), its speech
        if ws[i].norm in _CLAUSE:
            return True
    return False


def _mute_antecedent(ctx: ArticleContext, ws: list[Word], k: int) -> bool:
    """The verb at `k`, joined by و/ف with no subject after it, goes on a relative clause whose
    antecedent is a table noun («بيانات … التي صدرت أمس وتشير إلى أن»)."""
    if not joined_verb(ws[k]) or k + 1 >= len(ws) or ws[k + 1].norm not in _CLAUSE:
        return False
    for r in range(k - 1, max(0, k - 1 - _RELATIVE_REACH), -1):
        if _paused(ctx.text, ws, r, r + 1) or _speaker(ctx, ws[r]):
            return False
        if ws[r].norm in relative_pronouns():
            break
    else:
        return False
    for i in range(r - 1, max(-1, r - 1 - _ANTECEDENT_REACH), -1):
        if _paused(ctx.text, ws, i, i + 1) or _speaker(ctx, ws[i]):
            return False
        if _any_case(ws[i]):
            return True
    return False


def mute_subject(ctx: ArticleContext, sent: Sentence, k: int, size: int) -> bool:
    """The verb of saying (or verbal noun) at word `k`, `size` words long, has a subject that
    cannot speak (quote_mute_subjects.tsv): it starts no quotation."""
    ws = sent.words
    j = k + size
    if size == 1 and j < len(ws) and not ctx.text[ws[j - 1].end:ws[j].start].strip() \
            and _mute_after(ctx, ws, j):  # not «جاء في [قرار] مجلس الأمن أن»: a cue's own preposition
        return True  # وتشير البيانات إلى أن; تأكيد السوق أن
    return _mute_antecedent(ctx, ws, k)
