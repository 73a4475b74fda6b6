"""Subjects a word fronts before a verb of saying: «أما» and «لكن» put their clause's subject
before its verb («أما مدرب بنما X فقال», «لكن دريك قال: إن»), where the words after the verb
name nobody; a topic phrase after them («أما بالنسبة لـ…», «أما فيما يتعلق بـ…») is no subject.
«عن» fronts a hadith's narrator before his verb of saying with a colon after it («فعن أنس قال: …»)."""

from __future__ import annotations

from marsad.events.context import Sentence
from marsad.events.lexicon import SAYING_VERBS, SPEECH_CUES, quote_cues
from marsad.events.quote_words import name_particles
from marsad.events.speaker_clauses import joined_verb, speaker_clauses
from marsad.events.words import Word

_COMPLEMENTIZER = frozenset({"complementizer"})
_NEW_CLAUSE = frozenset({"new_clause"})  # قد, فقد right before the verb
_FRONTED = frozenset({"fronted_topic"})  # أما, لكن: the clause's subject before its verb
_ACCORDING_TO = frozenset({"according_to"})  # وفقا, بحسب: the source named after it
_NARRATOR = frozenset({"narrator"})  # «فعن أنس قال:»: a hadith's narrator before his verb
_BLESSING = frozenset({"companion_blessing"})  # «رضي الله عنه» after a companion's name
_FRONTED_WORDS = 8  # words from أما to the verb of saying its subject goes with
_TOPIC_OPENERS = frozenset({"new_subject", "topic", "not_verb", "new_clause"})
_TOPIC_CUES = frozenset({"stop", "preposition"})  # في, على: a topic phrase, no subject


def fronted_subject(sent: Sentence, k: int, text: str) -> tuple[int, int] | None:
    """The words [i0, i1) between a word that fronts its clause's subject («أما», «لكن») and the
    verb of saying at word `k`, joined to them by ف or not, «فقد» before it left out («أما [مدرب
    بنما داريو جوميز] فقال», «أما [كريم] قال», «لكن [دريك] قال: إن», «أما [الأخير] فقد أعلن»): the
    verb's subject. None when a comma, colon or stop, another verb of saying or a complementizer
    stands between them, no word does, or the words open with a preposition or a clause of their
    own («أما [بالنسبة] لدول الاتحاد فقد أشارت الأرقام», «أما [فيما] يتعلق بالتكفير فيقول»): a
    topic, the subject after the verb."""
    ws = sent.words
    if quote_cues().at(ws, k, SAYING_VERBS) is None \
            or (joined_verb(ws[k]) and not ws[k].norm.startswith("ف")):
        return None
    end = k - 1 if k > 0 and speaker_clauses().at(ws, k - 1, _NEW_CLAUSE) is not None else k
    for j in range(k - 1, max(-1, k - 1 - _FRONTED_WORDS), -1):
        if any(ch in text[ws[j].end:ws[j + 1].start] for ch in "،,:.؛"):
            return None
        if speaker_clauses().at(ws, j, _FRONTED) is not None:
            return (j + 1, end) if j + 1 < end and not _opens_topic(ws, j + 1) else None
        if speaker_clauses().at(ws, j, _NARRATOR) is not None:
            return _narrator(sent, j + 1, end, text) if ":" in text[ws[k].end:ws[k].end + 3] else None
        if quote_cues().at(ws, j, SPEECH_CUES) or quote_cues().at(ws, j, _COMPLEMENTIZER):
            return None
    return None


def _narrator(sent: Sentence, i0: int, end: int, text: str) -> tuple[int, int] | None:
    """The narrator's words [i0, i1) between «عن» and his verb of saying, a companion's blessing
    after them left out («فعن [سويد بن قيس] قال:», «عن [المستورد بن شداد] رضي الله عنه قال:»): a
    name, known by that blessing or by a particle joining its parts (بن, أبي); not a topic («وعن
    [المباريات الودية] قال: «…»», «وعن [خضوعها لعمليات تجميل] قالت:»), whose words hold neither."""
    ws = sent.words
    for i1 in range(i0 + 1, end + 1):
        blessing = speaker_clauses().at(ws, i1, _BLESSING) if i1 < end else None
        if i1 == end or (blessing is not None and i1 + blessing.size == end):
            named = blessing is not None or any(w.norm in name_particles() for w in ws[i0 + 1:i1])
            return (i0, i1) if named and not _opens_topic(ws, i0) else None
    return None


def according_fronted(sent: Sentence, k: int, text: str) -> tuple[int, int] | None:
    """The source words [i0, i1) of an according-to phrase that opens the sentence and ends at a
    comma right before the verb of saying at word `k`, the verb joined by ف («ووفقا [لمصادر تحدثت
    للصحيفة أمس]، فقد أكدت أن», «وبحسب [الوزارة]، فإنها أعلنت»): the verb names no subject of its
    own, and the source is it. None for any other shape."""
    ws = sent.words
    if quote_cues().at(ws, k, SAYING_VERBS) is None:
        return None
    end = k - 1 if k > 0 and speaker_clauses().at(ws, k - 1, _NEW_CLAUSE) is not None else k
    cue = quote_cues().at(ws, 0, _ACCORDING_TO)
    if cue is None or end <= cue.size or not ws[end].norm.startswith("ف") \
            or not any(ch in text[ws[end - 1].end:ws[end].start] for ch in "،,"):
        return None
    inside = text[ws[cue.size].start:ws[end - 1].end]
    return None if any(ch in inside for ch in "،,:.؛") else (cue.size, end)


def _opens_topic(ws: list[Word], j: int) -> bool:
    """Word `j` opens a phrase that is no subject: a preposition or stop word («في», «على»), one
    written with its article («بالنسبة», «للمرة»), or a word that opens a clause or topic of its
    own («فيما», «عن»)."""
    return quote_cues().at(ws, j, _TOPIC_CUES) is not None or ws[j].norm.startswith(("بال", "لل")) \
        or speaker_clauses().at(ws, j, _TOPIC_OPENERS) is not None
