"""Shapes of a verb of saying's subject that tell who speaks where the words name no one
plainly: an office in construct with the head noun of its one holder's body («مدير [مركز] بازل»),
a statement «وجاء في بيان» right after a body's sentence, a body noun in the dual («صحيفتا X وY»)
or said again past the first one's qualifiers («صحيفة X السويدية وصحيفة Y»), and a name right
after «الموالية»/«المقرب من» (whom the subject is loyal to); an office of another nationality than
its supposed holder's («وزير الخارجية الماليزي» after «وزير الخارجية الأمريكي X»). Used by
`speaker_subjects.named_subject` (issue 15, round 34).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.context import ArticleContext, Sentence, place_word
from marsad.events.lexicon import quote_cues, speaker_ref
from marsad.events.office_phrases import nisba_of_office, office_phrase
from marsad.events.speaker_clauses import joined_verb, not_verb, speaker_clauses, stance_lead
from marsad.events.speaker_names import definite, full_org
from marsad.events.words import Word, stems
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS
from marsad.model import Span

if TYPE_CHECKING:
    from marsad.events.speakers import SpeakerTracker

_LEAD_WORDS = 4  # words of a lead phrase before a comma a sentence may open with («ومن جهة أخرى،»)
_INTRO_WORDS = 8  # words around a person's name where the body of his office is named
_OFFICE_REACH = 8  # words of an office phrase after a sentence's first verb before its holder's name
_QUALIFIERS = 3  # definite words qualifying a body's name before a second body of its kind
_PARTITIVE_RELATIVE = frozenset({"partitive_relative"})  # speaker_clauses kind: «منهم من» before a verb


def same_body_office(tracker: SpeakerTracker, ws: list[Word], k: int, i1: int) -> str | None:
    """The one person the article names with the office at word `k` (a title of
    speaker_references) when the bare noun in construct right after it is the head of the body
    named in his office, with the article there («مصطفى حسين مدير [المركز] الإقليمي للتدريب» …
    «وقال مدير [مركز] بازل»: one director of one centre); None when two hold that office or
    the noun differs («وقال مدير مستشفى …»: another body's, someone unnamed), or is an adjective
    («وكيل ملاحي», «مستشار قانوني»: someone unnamed)."""
    ref = speaker_ref(ws[k].norm)
    if ref is None or k + 1 >= i1 or definite(ws[k + 1].norm) or len(ws[k + 1].norm) < 3 \
            or ws[k + 1].norm.endswith(NISBA_ENDINGS):  # «وكيل [ملاحي]»: a nisba adjective, no body
        return None
    held = {(pos, ent) for pos, ent, keys in tracker.held.titles if ref[1] in keys}
    if len({ent for _, ent in held}) != 1:
        return None
    noun = "ال" + ws[k + 1].norm
    for pos, ent in held:
        sent = tracker.ctx.sentence_at(pos)
        near = sent.words[max(0, sent.word_index(pos) - _INTRO_WORDS):sent.word_index(pos) + _INTRO_WORDS] \
            if sent is not None else []
        if any(w.norm == noun for w in near):
            return ent
    return None


def body_before(tracker: SpeakerTracker, sent: Sentence, k: int) -> str | None:
    """The issuer of a statement with no article after «جاء في» opening its sentence («وجاء
    في [بيان] أن …»): the body named right after the verb the sentence right before opens with
    («أعرب [الاتحاد الأوروبي] أمس عن دعمه … . وجاء في بيان أن»: its statement); None after
    any other sentence (a person's, a passive one's: a statement of someone unnamed)."""
    ws, ctx = sent.words, tracker.ctx
    if k != 2 or ws[1].norm != "في" or not ws[0].norm.endswith("جاء") \
            or (prev := ctx.sentence_before(sent)) is None or len(prev.words) < 3:
        return None
    pw = prev.words  # past a lead phrase up to a comma («ومن جهة أخرى، أعرب …»)
    j = next((j for j in range(1, min(len(pw), _LEAD_WORDS))
              if "،" in ctx.text[pw[j - 1].end:pw[j].start]), 0)
    if j + 1 >= len(pw):
        return None
    verb, m = pw[j], ctx.mention_at(pw[j + 1])
    if ctx.mention_at(verb) is not None or definite(verb.norm) or ctx.in_timex(verb) or len(verb.norm) < 3 \
            or m is None or m.label != "ORG" or m.start != pw[j + 1].start:
        return None
    return full_org(ctx, m)


def dual_body(w: Word) -> bool:
    """A body noun of speaker_references in the dual, in construct («[صحيفتا] «فاينانشيال تايمز»
    و«غارديان»», «وكالتا الأنباء», «قناتا»): two bodies speak together, no one of them alone."""
    bare = w.norm[1:] if w.norm[:1] in "وف" and len(w.norm) > 5 else w.norm
    ref = speaker_ref(bare[:-2] + "ه") if bare.endswith("تا") and len(bare) > 4 else None
    return ref is not None and ref[0] in ("org", "body")


def second_of_kind(tracker: SpeakerTracker, ws: list[Word], m: Span, i1: int) -> bool:
    """The name `m` follows a body noun of speaker_references («صحيفة [X]») and, past one to
    three definite words qualifying it (no name, no cue, no comma), the subject goes on with «و»
    and the same noun before [i1] («وقالت صحيفة [اكسبرسين] السويدية اليومية [وصحيفة] بوراس
    المحلية إن»): two bodies of one kind speak together, no one of them (as «صحيفتا X وY»)."""
    ctx = tracker.ctx
    k = next((k for k in range(len(ws)) if ws[k].end > m.start), 0)
    head = speaker_ref(ws[k - 1].norm) if k >= 1 else None
    if head is None or head[0] not in ("org", "body"):
        return False
    j = next((j for j in range(k, i1) if ws[j].start >= m.end), i1)
    first = j
    while j < min(i1, first + _QUALIFIERS) and definite(ws[j].norm) and ctx.mention_at(ws[j]) is None \
            and quote_cues().at(ws, j) is None:
        j += 1
    if j == first or j >= i1 or not ws[j].norm.startswith("و") \
            or any(ch in ctx.text[m.end:ws[j].start] for ch in "،,.:؛"):
        return False
    return speaker_ref(ws[j].norm) == head


def loyal_to_name(tracker: SpeakerTracker, ws: list[Word], k: int, i1: int) -> bool:
    """A name starts right after the loyal_to word at `k` (glued «لـ» or past «من»), whom the
    subject is loyal or close to («الموالية [لبشار الأسد]», «المقربة من [الحكومة]»)."""
    j = k + 2 if k + 1 < i1 and ws[k + 1].norm == "من" else k + 1
    return j < i1 and tracker.ctx.mention_at(ws[j]) is not None


def other_nation(tracker: SpeakerTracker, ws: list[Word], k: int, end: int, ent: str | None) -> bool:
    """The office at word `k` carries a nationality («وزير الخارجية [الماليزي]») and the person
    it was resolved to was introduced, every time, with another one («وزير الخارجية [الأمريكي]
    جون كيري»): a foreign minister the article does not name, not him. False when the person
    was introduced without a nationality, or with this one."""
    mine = {w for w in office_phrase(ws, k, end, tracker.ctx) if nisba_of_office(w)}
    have = [words for _pos, who, words, _heads in tracker.offices.phrases if who == ent]
    return bool(mine) and bool(have) \
        and all(any(nisba_of_office(w) for w in words) and not mine & words for words in have)


def office_opening_holder(ctx: ArticleContext, sent: Sentence, before: int) -> str | None:
    """The person named after the definite office that follows the verb a sentence opens with
    («وعبر [الدكتور] [الزياني] عن استغرابه من … تصريحات روحاني …، مؤكدا أن», «واستنكر [الأمين]
    العام لمجلس التعاون الدكتور [X] …، مؤكدا»): the subject a participle of saying with no verb
    of saying before it (offset `before`) goes on, past a body named inside the office, not a
    name in the verb's object. None when the sentence opens with no verb, no definite office or
    honorific follows it, or a comma, a cue or the participle comes before a person's name."""
    ws = [w for w in sent.words if w.start < before]
    ws = ws[stance_lead(ws):]  # «من جهته عبر الدكتور [X] عن …»: past «for his part»
    if len(ws) < 3:
        return None
    first, office = ws[0], ws[1]
    if ctx.mention_at(first) is not None or definite(first.norm) or ctx.in_timex(first) \
            or speaker_ref(first.norm) or len(first.norm) < 3 or not_verb(first):
        return None
    ref = speaker_ref(office.norm)
    if ref is None or ref[0] not in ("title", "honorific") or not definite(office.norm) \
            or ctx.mention_at(office) is not None:
        return None
    for k in range(2, min(len(ws), 2 + _OFFICE_REACH)):
        if any(ch in ctx.text[ws[k - 1].end:ws[k].start] for ch in "،,.:؛") or quote_cues().at(ws, k):
            return None
        m = ctx.mention_at(ws[k])
        if m is not None and m.label == "PER":
            return ctx.entity_of(m)
    return None


def described_with(ctx: ArticleContext, ws: list[Word], i0: int, k: int) -> bool:
    """Words `i0`..`k` right after a verb are a ب-phrase of a definite noun and the definite
    adjectives after it, no name among them («ووصفه [بالإجرامي المشين] مطالبا»): how it was
    described, not its subject; a word of five letters at least after بال («بالغ» is none)."""
    if not any(st.clitic == "ب" and st.stem.startswith("ال") and len(st.stem) >= 5
               for st in stems(ws[i0].norm)):
        return False
    return all(ctx.mention_at(w) is None and speaker_ref(w.norm) is None for w in ws[i0:k + 1]) \
        and all(definite(w.norm) for w in ws[i0 + 1:k + 1])



def indefinite_subject(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The clause of the verb of saying at word `k` opens, after a comma or at the sentence's start,
    with an indefinite noun and its nisba adjective right before the verb, no name, office or time
    there («…، [بيانات اقتصادية] تؤكد أن»): an unnamed thing or group is its subject, not the one
    who spoke before. Not a verb joined by و/ف (it goes on an earlier clause's subject). «منهم من»
    right before the verb (speaker_clauses kind partitive_relative: «فمنهم من قال إن») is some of a
    group, unnamed, too."""
    ws = sent.words
    some = speaker_clauses().at(ws, k - 2, _PARTITIVE_RELATIVE) if k >= 2 else None
    if some is not None and some.size == 2:
        return True  # «فمنهم من قال إن»: some of them, unnamed
    if k < 2 or joined_verb(ws[k]):
        return False
    noun, adjective = ws[k - 2], ws[k - 1]
    if not adjective.norm.endswith(NISBA_ENDINGS) or any(
            definite(w.norm) or not w.norm.isalpha() or ctx.mention_at(w) is not None or ctx.in_timex(w)
            or speaker_ref(w.norm) is not None or quote_cues().at(ws, j) is not None
            for j, w in ((k - 2, noun), (k - 1, adjective))):
        return False
    if ctx.text[noun.end:adjective.start].strip() or ctx.text[adjective.end:ws[k].start].strip():
        return False
    return k == 2 or any(ch in "،,.؛;" for ch in ctx.text[ws[k - 3].end:noun.start])


_NAME_WORDS = 3  # words of a holder's name the tagger missed after his office's place


def holder_past_place(ctx: ArticleContext, ws: list[Word], k: int, boundary: int) -> int | None:
    """For an office's description stopped by «في» at word `k` («وقالت وزيرة الثقافة [في] مالي
    راماتولاي ديالو "…"»): the index of the word past the holder's name the tagger missed or
    mistyped (one mention of another kind over all of it), when a place named there is followed by
    one to _NAME_WORDS plain words (no article, office, time or cue, no punctuation) running right up
    to the reported words at offset `boundary`. None otherwise («في بيان», «في الرياض أمس»)."""
    if ws[k].norm != "في" or k + 1 >= len(ws):
        return None
    place = ctx.mention_at(ws[k + 1])
    if place is not None and (place.label != "LOC" or place.start != ws[k + 1].start):
        return None
    if place is None and not place_word(ws[k + 1]):
        return None  # a place the tagger left out («مالي») is a one-word place of the gazetteer
    end = place.end if place is not None else ws[k + 1].end
    j = next((n for n in range(k + 1, len(ws)) if ws[n].start >= end), len(ws))
    n = next((n for n in range(j, len(ws)) if ws[n].start >= boundary), len(ws))
    if not 1 <= n - j <= _NAME_WORDS or ctx.text[ws[n - 1].end:boundary].strip(" \"“”«»:"):
        return None
    name = ctx.mention_at(ws[j])  # the tagger's name there, mistyped («راماتولاي ديالو» as a place)
    whole = name is not None and name.label != "PER" \
        and name.start == ws[j].start and name.end == ws[n - 1].end
    if any(definite(w.norm) or not w.norm.isalpha() or (ctx.mention_at(w) is not None and not whole)
           or ctx.in_timex(w)
           or speaker_ref(w.norm) is not None or quote_cues().at(ws, i) is not None
           or ctx.text[ws[i - 1].end:w.start].strip() for i, w in enumerate(ws[j:n], j)):
        return None
    return n
