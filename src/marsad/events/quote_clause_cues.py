"""Words besides a verb of saying in its own clause that introduce reported speech with a
complementizer: a noun of saying whose subject follows it («أثار إعلان السيناتور X أنه
سيصوت ...», «بإعلان رئيس تحرير مجلة “...” أن ...», «وتصريحاته بأن ...»), and a verb of saying
right after الذي or التي with its complementizer at once («هذا التقدير الذي قال إنه ...», «“ذي
دايلي مايل” التي رأت أن ...»: the relative clause reports what was said; «الحقيقة التي تؤكد أن»,
a fact's, does not: quote_cues kind `evidence`); and a source put before what it said, then a
comma and فإن («وبحسب أوباما، فإن ...», a person named: not «وبحسب الدراسة، فإن»).
Other readings of a word written like a verb of saying (a plural noun, its passive, a fact's
verb): `quote_other_readings`.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_VERBS, Cue, quote_cues, speaker_ref
from marsad.events.quote_mute_subjects import mute_subject
from marsad.events.quote_other_readings import passive_reading
from marsad.events.quote_words import inside_name
from marsad.events.speaker_agreement import relative_pronouns, unagreeing_relative
from marsad.events.speaker_clauses import speaker_clauses
from marsad.events.words import Word, stems, words_of
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.marks import CLAUSE_BREAKS
from marsad.lang.normalize import normalize

SAYING_NOUNS = frozenset({"saying_noun"})
ACCORDING_TO = frozenset({"according_to"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_EVIDENCE = frozenset({"evidence"})
_IF_VERB = frozenset({"if_verb"})
_IF_OR_THAT = normalize("إن")  # إن and أن alike, normalised
_ATTRIBUTION = frozenset({"attribution"})
_ISSUE_VERBS = frozenset({"issue_verb"})  # speaker_clauses kind: أصدر, نشر
_IF = "إ"  # after a noun of saying إن may be "if": its clause takes أن or بأن
_TO_HIM = frozenset({"له", "لها", "لهم"})
_SOURCE_WORDS = 8  # words naming the source between بحسب and its فإن
_REVEAL = frozenset({"reveal_verb"})
_ABOUT = frozenset({"about"})
_NAMED_SUBJECT = frozenset({"title", "honorific", "org", "body", "pronoun"})  # speaker_references kinds
_CONSTRUCT_NOUNS = 2  # other words a speaker's description may have (تحرير in «رئيس تحرير مجلة X»)
_CLAUSE_WORDS = frozenset({"verb", "continuation", "participle", "other_verb", "stop", "clause_opener"})


def saying_nouns(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """The nouns of saying in the sentence (quote_cues kind `saying_noun`), none inside a name nor
    with a subject that cannot speak."""
    return [(k, c) for k, c in quote_cues().each(sent.words, SAYING_NOUNS)
            if not inside_name(ctx, sent.words[k])
            and not mute_subject(ctx, sent, k, c.size)]  # تأكيد السوق أن: the market says nothing


def relative_speech(sent: Sentence, cues: list[tuple[int, Cue]]) -> list[tuple[int, Cue]]:
    """Verbs of saying right after الذي, التي or الذين with a complementizer right after them,
    not among `cues` already and not a fact's or a text's («التي تؤكد أن»)."""
    ws = sent.words
    return [(k, c) for k, c in quote_cues().each(ws, SAYING_VERBS)
            if k > 0 and ws[k - 1].norm in relative_pronouns() and k + c.size < len(ws)
            and quote_cues().at(ws, k + c.size, _COMPLEMENTIZER) is not None
            and (quote_cues().at(ws, k, _EVIDENCE) is None or unagreeing_relative(ws, k))
            and (k, c) not in cues
            and not passive_reading(ws, k)]


def subject_only(ctx: ArticleContext, sent: Sentence, first: int, boundary: int,
                 pairs: list[tuple[int, int]]) -> bool:
    """Between a noun of saying (its words end before word `first`) and its أن or بأن at offset
    `boundary` only who said it: names, offices and bodies, the definite words that describe
    them, a noun or two in construct before them, له or لها, words in marks; no comma or clause
    («منذ إعلان الاتفاق بدا أن», «ومع تأكيد المتحدث على رفض ... فإنه»)."""
    ws, comp = sent.words, sent.word_index(boundary)
    if ctx.text[boundary:boundary + 2].lstrip("وف")[:1] == _IF:
        return False
    if any(ch in CLAUSE_BREAKS for ch in ctx.text[ws[first - 1].end:ws[comp].start]):
        return False
    nouns = 0  # the words from j to the complementizer describe who said it
    for j in range(comp - 1, first - 1, -1):  # «رئيس تحرير مجلة “...”», «اتحاد كرة القدم»
        if _describes(ctx, ws, j, pairs) or ws[j].norm in _TO_HIM:
            continue
        nouns += 1
        if j == comp - 1 or quote_cues().at(ws, j, _CLAUSE_WORDS) or nouns > _CONSTRUCT_NOUNS:
            return False
    return True


def _describes(ctx: ArticleContext, ws: list[Word], j: int, pairs: list[tuple[int, int]]) -> bool:
    """A name, an office or body, a definite word (no particle: الذي, الى) or one in marks:
    words of a speaker."""
    w = ws[j]
    return ctx.mention_at(w) is not None or speaker_ref(w.norm) is not None \
        or (w.norm.startswith("ال") and len(w.norm) > 3 and quote_cues().at(ws, j) is None) \
        or any(s <= w.start < e for s, e in pairs)


def according_to(sent: Sentence) -> list[tuple[int, Cue]]:
    """The words that put a source before what it said («وبحسب أوباما، فإن ...»: quote_cues kind
    `according_to`), none right before ما (an attribution after the words: «بحسب ما ذكرت»)."""
    ws = sent.words
    return [(k, c) for k, c in quote_cues().each(ws, ACCORDING_TO)
            if not (k + c.size < len(ws) and quote_cues().at(ws, k, _ATTRIBUTION))]


def source_clause(ctx: ArticleContext, sent: Sentence, first: int, boundary: int) -> bool:
    """The complementizer at offset `boundary` is فإن after a comma, the source's words before it
    (from word `first`) a few, with no other comma, and a person named among them: «وبحسب
    أوباما، فإن ...» (not «وبحسب الدراسة، فإن», a document's figures, no speech)."""
    ws, comp = sent.words, sent.word_index(boundary)
    before = ctx.text[ws[first - 1].end:ws[comp].start] if comp > first else ""
    person = any((m := ctx.mention_at(ws[j])) is not None and m.label == "PER" for j in range(first, comp))
    return person and ctx.text[boundary:boundary + 1] == "ف" and comp - first <= _SOURCE_WORDS \
        and before.rstrip().endswith(("،", ",")) and before.count("،") + before.count(",") == 1


def if_clause(ws: list[Word], j: int) -> bool:
    """Word `j` is إن or أن (a و or ف before it aside) right before a past verb (quote_cues kind
    if_verb): «إنْ» (if) or «أنْ», no complementizer of reported speech («ليرى [إن] كان قد تم …»,
    «[وإن] كانت المساهمة …», «[إن] شاء الله»)."""
    return j + 1 < len(ws) and quote_cues().at(ws, j + 1, _IF_VERB) is not None \
        and any(st.stem == _IF_OR_THAT for st in stems(ws[j].norm) if st.clitic in ("", "و", "ف"))


def relative_clause(ws: list[Word], k: int) -> bool:
    """Word `k` is a relative pronoun opening a clause on the subject before it («وقال المدرب
    [الذي] تولى تدريب الهلال إن», «وأفادت الدراسة، [التي] حصلت عليها «عكاظ»، بأن»): the names in
    that clause tell of the subject, they are not it. Not a clause of issuing («التقرير [الذي]
    أصدرته شركة X»): there the name is who issued the statement, who speaks."""
    if ws[k].norm not in relative_pronouns():
        return False
    if k + 1 >= len(ws):
        return True
    verb = ws[k + 1].norm
    forms = (verb, *(verb[:-len(p)] for p in pronoun_suffixes()
                     if verb.endswith(p) and len(verb) > len(p) + 2))  # أصدرته: أصدر
    return not any(speaker_clauses().at(words_of(form), 0, _ISSUE_VERBS) is not None for form in forms)


def revealing(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """The verbs of revealing (quote_cues reveal_verb: يكشف, تكشف) whose subject comes right after
    them and names someone (a person, a title or body of speaker_references): verbs of saying then
    («يكشف ضابط ليبي … أن», «وتكشف مصادر أمنية … عن أن»); a thing reveals, no one speaks («نظرة سريعة
    … تكشف أنهن», «تكشف التقاليد للأطفال»)."""
    ws = sent.words
    out = []
    for k, c in quote_cues().each(ws, _REVEAL):
        j = k + c.size
        if j >= len(ws) or ctx.text[ws[k].end:ws[j].start].strip() or _reveals_a_thing(ws, j):
            continue  # «يكشف «أستاذ …»»: marks; «يكشف بلاتر عن إصلاحات …»: a thing revealed
        person = (m := ctx.mention_at(ws[j])) is not None and m.label == "PER" and m.start == ws[j].start
        if person or (ref := speaker_ref(ws[j].norm)) is not None and ref[0] in _NAMED_SUBJECT:
            out.append((k, Cue("verb", c.size)))
    return out


def _reveals_a_thing(ws: list[Word], j: int) -> bool:
    """A bare عن (quote_cues about) before the first complementizer after word `j`, not right
    before it: «يكشف بلاتر [عن] إصلاحات … أن» reveals a thing, «يكشف المستشار [عن] أن» speaks."""
    for i in range(j, len(ws) - 1):
        if quote_cues().at(ws, i, _COMPLEMENTIZER):
            return False
        if quote_cues().at(ws, i, _ABOUT) and not quote_cues().at(ws, i + 1, _COMPLEMENTIZER):
            return True
    return False
