"""The subject a verb of saying has before it, when it names its speaker there: an office or
body right before the verb («وكانت [الرئاسة] قالت»), an opening source phrase («مصادر أردنية …
قالت»), the body that opens the clause a conjoined verb goes on, the words between كان and قد
(«وكانت [الأمم المتحدة] قد أعلنت»), or between a complementizer and «كان قد». Split from
quote_words (a pure move)."""

from __future__ import annotations

from marsad.events.context import Sentence
from marsad.events.lexicon import SAYING_VERBS, SPEECH_CUES, quote_cues, speaker_ref
from marsad.events.speaker_clauses import joined_verb, speaker_clauses
from marsad.events.speaker_names import definite
from marsad.events.words import Word

_BLOCKERS = frozenset({"blocker"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_COPULA = frozenset({"copula"})
_NEW_CLAUSE = frozenset({"new_clause"})
_COPULA_SUBJECT = 10  # words between كان and قد: the verb's subject (تقرير من منظمة خيرية … صدر في عام 2010)
_UNNAMED_OFFICE = frozenset({"unnamed_office"})
_CLAUSE_SUBJECT = 8  # words from a clause's subject to a verb of saying conjoined to its verb
_OPENING_SUBJECT = 8  # words a sentence's opening source phrase may have before its verb of saying
_PRESENT = ("ي", "ت")  # a present verb's prefix: «[ت]شير», «[ي]قول»


def preverbal_subject(sent: Sentence, k: int, text: str) -> int | None:
    """The word right before the verb of saying at word `k` when it names a speaker by
    office, body or statement (وكانت [الرئاسة] قالت, والوزير أكد), or an office two words
    before it with its adjective («مصادر عدة أكدت», «المدرب الفرنسي قال»): the verb's subject.
    None for a verb joined by و/ف: the word before it ends the clause it is joined to («والموزع
    توما والمخرج [القاضي]، وقال»: the last of a list the sentence's subject worked with; «انحنى
    الرئيس X على [الرئيس] الأميركي وقال»: the one he leaned to), and the verb goes on that
    clause's subject."""
    if k < 1 or quote_cues().at(sent.words, k, SAYING_VERBS) is None:
        return None
    if joined_verb(sent.words[k]):
        return None
    ref = speaker_ref(sent.words[k - 1].norm)
    if ref and ref[0] in ("title", "org", "statement"):
        return k - 1
    ws = sent.words  # مصادر [عدة] أكدت, المدرب [الفرنسي] قال: an office and its adjective
    ref = speaker_ref(ws[k - 2].norm) if k >= 2 else None
    if ref and ref[0] == "title" and definite(ws[k - 1].norm) == definite(ws[k - 2].norm) \
            and speaker_ref(ws[k - 1].norm) is None \
            and ws[k - 1].start - ws[k - 2].end == 1 and ws[k].start - ws[k - 1].end == 1:
        return k - 2
    return _opening_source(sent, k, text)


def _opening_source(sent: Sentence, k: int, text: str) -> int | None:
    """The sentence opens with an office or source word whose phrase runs, with no pause, to the
    verb of saying at word `k` («مصادر أردنية مقربة من دوائر صنع القرار قالت لـ«عكاظ» إن ...»):
    that phrase is the verb's subject (0). None when a verb of saying, a complementizer or a
    relative pronoun stands between (the opening phrase has a clause of its own), or the phrase
    is longer than _OPENING_SUBJECT words."""
    ws = sent.words
    ref = speaker_ref(ws[0].norm)
    if not ref or ref[0] != "title" or k > _OPENING_SUBJECT \
            or any(ch in text[ws[0].end:ws[k].start] for ch in "،,:;؛()«»\"“”"):
        return None
    if any(quote_cues().at(ws, j, SPEECH_CUES) or quote_cues().at(ws, j, _COMPLEMENTIZER)
           or quote_cues().at(ws, j, _BLOCKERS) for j in range(1, k)):
        return None
    return 0


def clause_subject(sent: Sentence, k: int) -> tuple[int, int] | None:
    """The body or office that opens the clause a conjoined verb of saying at word `k` goes on
    («غير أن [الأمانة] قامت بالتوضيح وأكدت أنها»: a definite one right after the complementizer,
    within a few words and no other clause or verb of saying between): the verb's subject."""
    ws = sent.words
    if quote_cues().at(ws, k, SAYING_VERBS) is None or not ws[k].norm.startswith("و"):
        return None
    for j in range(k - 2, max(0, k - _CLAUSE_SUBJECT), -1):
        if quote_cues().at(ws, j, SPEECH_CUES) or quote_cues().at(ws, j, _COMPLEMENTIZER):
            return None
        ref = speaker_ref(ws[j].norm)
        if quote_cues().at(ws, j - 1, _COMPLEMENTIZER) and ref and ref[0] in ("org", "title") \
                and definite(ws[j].norm):
            return j, j + 1
    return None


def described_again(ws: list[Word], k: int) -> bool:
    """Word `k` is a definite office that is no unnamed source («وأضاف [القائد] والمدرب السابق
    ...», not «وأضاف المصدر»): after a verb that carries a speaker on, one described again, not
    someone new, when the description names nobody the article knows."""
    ref = speaker_ref(ws[k].norm)
    return ref is not None and ref[0] == "title" and definite(ws[k].norm) \
        and speaker_clauses().at(ws, k, _UNNAMED_OFFICE) is None


def copula_subject(sent: Sentence, k: int) -> tuple[int, int] | None:
    """The words [i0, i1) between كان and قد before the verb of saying at word `k` («وكانت
    [الأمم المتحدة] قد أعلنت أن», «كان [السيناتور ... عن نيويورك] قد أعلن»), or between a كان
    that opens the sentence and a past verb right after them without قد («وكانت [الحكومة التركية]
    أعلنت، في وقت سابق، رفضها»; not «وكانت الشاشات تشير إلى أن», a thing's present): its subject."""
    ws = sent.words
    if k < 2 or quote_cues().at(ws, k, SAYING_VERBS) is None:
        return None
    if not speaker_clauses().at(ws, k - 1, _NEW_CLAUSE):
        opening = k <= 1 + _COPULA_SUBJECT and speaker_clauses().at(ws, 0, _COPULA) is not None \
            and not ws[k].norm.startswith(_PRESENT)
        return (1, k) if opening and not any(quote_cues().at(ws, j, SPEECH_CUES) for j in range(1, k)) \
            else None
    copula = speaker_clauses().nearest_before(ws, k - 2, _COPULA, max(0, k - 2 - _COPULA_SUBJECT))
    return (copula[0] + 1, k - 1) if copula is not None else None


def preposed_subject(sent: Sentence, k: int) -> tuple[int, int] | None:
    """The words [i0, i1) between a complementizer and كان قد before the verb of saying at word
    `k` («يُذكر أن [إدارة نادي النصر] كانت قد أعلنت», «تجدر الإشارة إلى أن [الادعاء العام] كان قد
    أعلن»): the subject put before the copula."""
    ws = sent.words
    if k < 3 or quote_cues().at(ws, k, SAYING_VERBS) is None \
            or not speaker_clauses().at(ws, k - 1, _NEW_CLAUSE) \
            or not speaker_clauses().at(ws, k - 2, _COPULA):
        return None
    for j in range(k - 3, max(-1, k - 3 - _COPULA_SUBJECT), -1):
        if quote_cues().at(ws, j, SPEECH_CUES):
            return None
        if quote_cues().at(ws, j, _COMPLEMENTIZER):
            return (j + 1, k - 2) if j + 1 < k - 2 else None
    return None
