"""Quotations: direct ones inside quotation marks and indirect ones (قال إن ..., or a noun phrase after a verb
and its preposition: «مشيرا إلى [أهمية ...]»), each with its speaker.

A quotation needs a speech cue: a verb, continuation verb or participle before it in its sentence (or right
after a direct quote: “...”، قال X), a colon after a verb and its subject («وقال وزير الحج: ...», marks or
none), a person's name label and a colon at a line's start («-جورج : القادم أفضل», quote_labels), or its
source after it («...، وفق ما قالت مصادر», «بحسب ما ذكرته الوكالة»). A direct object is what was said only
under a head noun of quote_object_heads («وأكد الوزير [أهمية ...]»). Marks around a name (وكالة “رويترز”,
الإعلامي "..."), around a lone mention or around one word are not quotations (quote_names). A noun of saying
with its subject and أن («إعلان النائب X أنه ...»), a verb of saying right after الذي with its complementizer
(«التقدير الذي قال إنه ...», quote_clause_cues) and a participle of saying with its speech right after it
(«قائلا الزواج ...», quote_bare) introduce quotations too. A speaker no name resolves keeps the words that
describe it (`speaker_text`: «مصادر عسكرية», «المدرب البرتغالي»); a hearsay verb («يقال إن») has none.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_VERBS, SPEECH_CUES, Cue, quote_cues
from marsad.events.quote_announced_text import announced_text
from marsad.events.quote_attributed import attributed_speech
from marsad.events.quote_bare import bare_speech, opened_speech
from marsad.events.quote_beliefs import expressed_beliefs
from marsad.events.quote_brackets import spoken_brackets
from marsad.events.quote_call_nouns import called_nouns
from marsad.events.quote_calls import called_clauses, called_speech, nearer_calls
from marsad.events.quote_carried import carried_clause
from marsad.events.quote_clause_cues import (
    ACCORDING_TO,
    SAYING_NOUNS,
    according_to,
    if_clause,
    relative_speech,
    revealing,
    saying_nouns,
    source_clause,
    subject_only,
)
from marsad.events.quote_clause_ends import named_anew, said_anew
from marsad.events.quote_colon_speech import colon_speech
from marsad.events.quote_findings import findings
from marsad.events.quote_fronted import fronted_speech
from marsad.events.quote_labels import labelled_speech, trim
from marsad.events.quote_leads import before_attitude, before_leads, linked_clause, other_parted
from marsad.events.quote_mute_subjects import mute_subject
from marsad.events.quote_names import COLON_WORDS, is_name
from marsad.events.quote_nominal import nominal_quotes
from marsad.events.quote_noun_marks import marked_after_noun
from marsad.events.quote_open import open_speech
from marsad.events.quote_other_readings import other_reading
from marsad.events.quote_own_verbs import own_verb
from marsad.events.quote_points import listed_points
from marsad.events.quote_requests import requested_nouns
from marsad.events.quote_shown import showing
from marsad.events.quote_speaker import Found, person_first, speaker_of
from marsad.events.quote_talked import talking
from marsad.events.quote_words import (
    affiliated,
    after_preposition,
    came_not_replied,
    clause_after_about,
    comma_parted,
    inside_name,
    learned_without_source,
    name_word,
    own_colon,
    relative_antecedent,
    resumptive_subject,
    speaks_anew,
)
from marsad.events.speaker_agreement import cue_agreement
from marsad.events.speaker_bodies import described
from marsad.events.speaker_clauses import statements_given_in
from marsad.events.speaker_heads import head_again
from marsad.events.speaker_joined import joined_verb_subject
from marsad.events.speaker_revered import quoting_revered, revered_speech, someone_described, speaker_words
from marsad.events.speaker_silent import silent_speakers
from marsad.events.speaker_sources import marked_sources
from marsad.events.speaker_unnamed import nobody_named, someone_unnamed
from marsad.events.speaker_words import SpeakerWords, participle_words
from marsad.events.speakers import SpeakerTracker
from marsad.events.words import Word
from marsad.lang.marks import SPEECH_CLOSERS, quote_pairs, verse_pairs
from marsad.model import QuoteAttrs, Span

_AFTER_WORDS = 4
_BLOCKERS = frozenset({"blocker"})
_RELAY = frozenset({"relay"})
_OPENERS = frozenset({"clause_opener"})  # من in «على الرغم من أن»: not reported speech
_NAMING = frozenset({"naming_verb"})  # وصف, يصف: a short quotation of theirs is an epithet
_OTHER_VERBS = frozenset({"other_verb"})
_RELATIVE_WORDS = 6  # words between a verb in a relative clause and the marked words it introduces
_SHORT_SUBJECT = 6
_COMPLEMENTIZER_WORDS = 30  # words from a verb to its complementizer: a long subject, its office, a place
_COMPLEMENTIZER = frozenset({"complementizer"})
_SILENT_REACH = 2  # sentences a speaker whose words were not read is gone on with (speaker_silent)


def extract_quotes(ctx: ArticleContext) -> list[Span[QuoteAttrs]]:
    tracker = SpeakerTracker(ctx)
    out: list[Span[QuoteAttrs]] = []
    silent: list[tuple[int, int]] = []  # (sentence, verb offset) of each speaker noted by `silent_speakers`
    for n, sent in enumerate(ctx.sentences):
        for _, verb_at in reversed([x for x in silent if n - x[0] > _SILENT_REACH]):
            tracker.unsay(verb_at)  # no verb went on with him soon after: he is forgotten
        silent = [x for x in silent if n - x[0] <= _SILENT_REACH]
        pairs = sorted(quote_pairs(ctx.text, sent.start, sent.end)  # and a verse's «(( … ))»
                       + verse_pairs(ctx.text, sent.start, sent.end))
        cues = [(k, c) for k, c in sorted([*quote_cues().each(sent.words, SPEECH_CUES), *revealing(ctx, sent),
                                                  *showing(ctx, sent),  # «، بين أن»: the verb بيّن
                                                  *talking(ctx, sent),  # «تحدث X عن أن»: talked
                                                  *findings(ctx, sent), *expressed_beliefs(ctx, sent)])
                if not (k > 0 and quote_cues().at(sent.words, k - 1, _BLOCKERS)
                        and not comma_parted(ctx, sent.words, k)  # «فيما بينهم، مشيرًا»: no blocker
                        and relative_antecedent(ctx, sent, k) is None
                        and not own_colon(ctx, sent, k, c.size)  # الذي قال حينها: ...
                        and not resumptive_subject(ctx, sent, k, c.size))  # الذي قال فيه X إن
                and not (k + c.size < len(sent.words) and quote_cues().at(sent.words, k + c.size, _RELAY)
                         and not clause_after_about(sent.words, k + c.size))  # كشف عن أن: its own clause
                and (c.kind != "continuation" or not (own_verb(ctx, sent, k) or affiliated(ctx, sent, k)))
                and not inside_name(ctx, sent.words[k]) and not other_reading(ctx, sent, k)  # بعض كتب الفقهاء
                and not after_preposition(ctx, sent, k)  # إلى [نقل] حدود المركز: a verbal noun
                and not learned_without_source(sent, k, c.size) and not came_not_replied(ctx, sent, k)
                and not mute_subject(ctx, sent, k, c.size)]  # وتشير البيانات إلى أن: no one speaks
        pairs = sorted(pairs + spoken_brackets(ctx, sent, cues))  # يقول (…): brackets as its marks
        marks = [(s, e) for s, e in pairs if not is_name(ctx, sent, s, e, cues)]
        found = _direct(ctx, sent, marks, cues, _relative_cues(sent))
        found += _indirect(ctx, sent, marks, cues, pairs)
        found += _after_noun(ctx, sent, marks, cues, pairs, found)
        colon = colon_speech(ctx, sent, pairs, cues, found)  # its speech holds the marked words its verb took
        found = [f for f in found if not any(c.start <= f.start and f.end <= c.end for c in colon)] + colon
        found += attributed_speech(ctx, sent, pairs, found)
        found += fronted_speech(ctx, sent, cues, pairs, found)  # ووفقا لما ذكرته X، فقد ...
        found += nominal_quotes(ctx, sent, pairs, cues, found)
        found = revered_speech(ctx, sent, pairs, found)  # حديث رسول الله ﷺ: (…)
        found += called_speech(ctx, sent, marks, found)  # دعا X إلى «...»
        found = nearer_calls(sent, found)  # ووصفه بـ … مطالبا كل من لديه عقل … أن: the call's clause
        found += called_clauses(ctx, sent, found)  # طالب X الجميع أن يتحملوا ...
        found += called_nouns(ctx, sent, found)  # ودعا X الحكومة إلى [عدم التخلي ...]
        found += requested_nouns(ctx, sent, found)  # وطلب X من Y [إعفاءه من منصبه]
        found += listed_points(ctx, sent, cues)  # «… ما يلي :⏎أولاً : [...]»: the points, each said
        announced = announced_text(ctx, sent)  # «وفيما يلي نص البيان :⏎[…]»: the text with what it holds
        found = [f for f in found if not any(a.start < f.end and f.start < a.end for a in announced)]
        found += announced
        found += open_speech(ctx, sent, cues, found)  # وأضاف البيان «... . ...»: marks closing later
        found += [f for f in bare_speech(ctx, sent, cues, pairs)
                  if not any(o.start < f.end and f.start < o.end for o in found)]
        found += [f for f in opened_speech(ctx, sent, cues, pairs)
                  if not any(o.start < f.end and f.start < o.end for o in found)]
        cue_starts = [sent.words[k].start for k, _ in cues]
        found += [Found(s, e, "direct", -1, None, colon) for s, e, colon
                  in labelled_speech(ctx, sent, pairs, cue_starts)
                  if not any(f.start < e and s < f.end for f in found)]
        # not again what the colon that ended the line before took as its speech (next_line_speech)
        found = [f for f in found if not any(o.start < f.end and f.start < o.end for o in out)]
        carried = carried_clause(ctx, sent, out[-1] if out else None, cues)
        if carried and not any(f.start < carried.end and carried.start < f.end for f in found):
            found.append(carried)  # «... ستتولى التحقيق. وأن وزارة الدفاع اتخذت ...»
        said: dict[int, str | None] = {}  # cue word -> the speaker its quote was given (None: unnamed)
        placed: dict[int, SpeakerWords] = {}  # cue word -> the words describing its speaker, unresolved
        for q in sorted(found, key=lambda q: q.start):
            inside = marks + [(f.start, f.end) for f in found if f is not q]  # not a name in marks
            agreement = cue_agreement(sent.words[q.cue_index]) if q.cue_index >= 0 else None
            plural = agreement == "p"
            agreement = agreement if not plural else None  # قال الوزيران X وY: not X's number
            tracker.carried = None
            speaker, named = speaker_of(tracker, sent, q, inside, cues, agreement, plural, said)
            speaker = None if quoting_revered(ctx, sent, q, named) else speaker  # قال تعالى; بقول النبي ﷺ
            carried = tracker.carried  # whom a verb without a subject went back to
            own = (speaker_words(ctx, sent, q) or participle_words(q, said, placed)
                   or (joined_verb_subject(ctx, sent, q) if not named else None)) \
                if speaker is None else None  # وبين [الصباغ] أن …، مشيرا: the words of the verb it goes on
            described_by = head_again(out, own)  # «وأضاف [المواطن]»: the fuller words that described him
            description = described_by.text if described_by is not None else None
            unnamed = named and description is not None and someone_unnamed(description)  # مصادر أمنية
            if (speaker is not None or unnamed) and q.cue_index >= 0:
                said[q.cue_index] = speaker
            at = described_by.at if described_by is not None \
                and not nobody_named(described_by.text, ctx, described_by.at) else None
            goes_on = described_by if at is not None and described_by is not None \
                and someone_described(ctx, own or described_by) else None  # what a later verb may carry on
            if goes_on is not None and q.cue_index >= 0:
                placed[q.cue_index] = goes_on
            person = speaker is None or person_first(ctx, sent, q)
            # words describing someone a later verb may carry on name him, a name or not («أوضحت
            # [صحة ينبع] أن …. وقالت في بيان لها»: the directorate again, not nobody)
            tracker.spoke(speaker, agreement if person else None, named or goes_on is not None, q.start,
                          description if unnamed or goes_on else None, goes_on.at if goes_on else None)
            cue_text = ctx.text[sent.words[q.cue_index].start:sent.words[q.cue_index].end] \
                if q.cue_index >= 0 else ":"
            attrs = QuoteAttrs(speaker=speaker, cue=cue_text)
            if (body := described(ctx, speaker)) is not None:  # وقالت الشرطة: a body never named
                attrs.speaker, attrs.speaker_text, attrs.speaker_at = None, body.text, (body.start, body.end)
            elif speaker is None and (description := description or (carried.text if carried else None)):
                attrs.speaker_text = description  # مصادر عسكرية, المدرب البرتغالي; وأضافت: those sources
                # «مصادر» has no place in the text; a described speaker carried on has
                attrs.speaker_at = at or (carried.at if carried and described_by is None else None)
                if attrs.speaker_at and (issuer := tracker.issuers.described_for(ctx, attrs.speaker_at)):
                    attrs.speaker_text, attrs.speaker_at = issuer  # «أكدت [إي واي] في تقرير» … «وقال التقرير»
            out.append(Span(q.start, q.end, q.kind, attrs))
        for source_at, source in marked_sources(ctx, sent):  # «"…"، حسب [السيدة ليو]»: «وتضيف» is hers
            if not any(sp.start > source_at for sp in out if sent.start <= sp.start < sent.end):
                tracker.spoke(source, None, True, source_at)
        if not any(sent.start <= sp.start < sent.end for sp in out):
            for verb_at, subject, agreed in silent_speakers(ctx, sent, cues):  # «أوصى … الشيخ X، الذين …»
                tracker.spoke(subject, agreed, True, verb_at)
                silent.append((n, verb_at))
        elif silent:
            silent.clear()  # a quotation came: who spoke it is noted now, the silent speaker with it
        named_said = {v for v in said.values() if v is not None}
        shown = {(a.speaker_text, a.speaker_at) for sp in out if sent.start <= sp.start < sent.end
                 and (a := sp.attrs).speaker is None and a.speaker_text and a.speaker_at}
        if len(named_said) == 1:  # وأوضحت الوزارة أن ... وذلك في بيان: the ministry's
            tracker.given_in(statements_given_in(sent, marks), next(iter(named_said)))
        elif not named_said and len(shown) == 1:  # أكدت [إي واي] في تقرير لها: the words describing her
            tracker.issuers.describe(statements_given_in(sent, marks), *next(iter(shown)))
    return out


def _direct(ctx: ArticleContext, sent: Sentence, marks: list[tuple[int, int]],
            cues: list[tuple[int, Cue]], relative: list[tuple[int, Cue]]) -> list[Found]:
    """Marked words after a verb of saying in their sentence (or one in a relative clause a
    few words before the marks: «وهذا ما أكد عليه القرآن الكريم في الآية «...»»), or right
    before one, or after a colon."""
    out = []
    for s, e in marks:
        at = sent.word_index(s - 1)
        near = [(k, c) for k, c in relative if k < at <= k + c.size + _RELATIVE_WORDS
                and not any(quote_cues().at(sent.words, j, _COMPLEMENTIZER) for j in range(k, at))
                and (at > k + c.size or len(ctx.text[s:e].split()) > COLON_WORDS)]  # ما ذكرت "[name]"
        before = sorted([(k, c) for k, c in cues if sent.words[k].end <= s - 1] + near)
        colon = ctx.text[sent.start:s - 1].rstrip().endswith(":")
        if before:
            k, c = before[-1]
            if _epithet(ctx, sent, k, s, e):
                continue
            out.append(Found(s, e, "direct", k, c, s - 1))
            continue
        after = [(k, c) for k, c in cues if sent.words[k].start >= e
                 and sent.word_index(e) + _AFTER_WORDS > k]
        if after:
            k, c = after[0]
            if _epithet(ctx, sent, k, s, e):
                continue
            out.append(Found(s, e, "direct", k, c, sent.end))
        elif colon:
            out.append(Found(s, e, "direct", -1, None, s - 1))
    return out


def _epithet(ctx: ArticleContext, sent: Sentence, k: int, s: int, e: int) -> bool:
    """Marked words of a verb of naming at word `k` that are a name for a thing, not a
    quotation: few words («تصفها طهران بـ«[الأنظمة الرجعية]»», «كما يصفها ضباط»)."""
    return len(ctx.text[s:e].split()) <= COLON_WORDS and quote_cues().at(sent.words, k, _NAMING) is not None


def _relative_cues(sent: Sentence) -> list[tuple[int, Cue]]:
    """Verbs of saying right after a relative pronoun (ما, الذي): no speech of their own
    (مما يشير إلى), but they may introduce marked words that follow closely."""
    return [(k, c) for k, c in quote_cues().each(sent.words, SAYING_VERBS)
            if k > 0 and quote_cues().at(sent.words, k - 1, _BLOCKERS)]


def _indirect(ctx: ArticleContext, sent: Sentence, marks: list[tuple[int, int]],
              cues: list[tuple[int, Cue]], pairs: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    ws = sent.words
    if not cues:
        return out
    # the words where `quote_cues().at` finds another verb, a complementizer: read once
    others = {i for i, _ in quote_cues().each(ws, _OTHER_VERBS)}
    complementizers = {i for i, _ in quote_cues().each(ws, _COMPLEMENTIZER)}
    for n, (k, c) in enumerate(cues):
        nxt = cues[n + 1][0] if n + 1 < len(cues) else len(ws)
        j = k + c.size
        comp = None
        while j < min(nxt, k + c.size + _COMPLEMENTIZER_WORDS):
            if any(s - 1 < ws[j].start and s - 1 >= ws[k].end for s, _ in marks):
                break  # a quotation mark comes first: a direct quote
            if ":" in ctx.text[ws[k].end:ws[j].start]:
                break  # مضيفا: ...: speech after a colon (_colon)
            if j in others and not other_parted(ctx.text, ws, j, complementizers):
                break  # يدركون أن: the clause is that verb's, not the reported speech
            if any(s <= ws[j].start < e for s, e in pairs):
                j += 1  # a name in marks («وكشفت "وان بلاس" أنها»): its words are no complementizer
                continue
            if j in complementizers and not _opened(ctx.text, ws, j) \
                    and not name_word(ctx, ws[j]) \
                    and ctx.text[ws[j].end:ws[j].end + 1] != ".":  # «فان» of «لويس فان جال»: a name's
                # word; «إن.» of «قناة (إن. بي. سي)»: a Latin letter spelled, its stop right after it
                comp = j
                break
            j += 1
        if comp is None:
            continue
        later = [i for i, c2 in cues[n + 1:]  # إن X شدد ...: X is the subject of a verb inside
                 if i > comp and (c2.kind != "verb" or i - comp - 1 > _SHORT_SUBJECT
                                  or speaks_anew(ctx, ws[i]) or named_anew(ctx, ws, i)  # ونفى X: anew
                                  or said_anew(ctx, ws, i, k)  # «، وقال إن»: a new saying
                                  or linked_clause(ctx.text, ws, comp, i))]
        end_i = before_attitude(ctx.text, ws, comp, before_leads(ws, comp, later[0]) if later else len(ws))
        start = ws[comp].end
        end = ws[end_i].start if end_i < len(ws) else sent.end
        start, end = trim(ctx.text, start, end)
        inner = sum(e - s for s, e in marks if start <= s < end)
        if end - start >= 3 and inner * 2 >= end - start:
            end = _before_marks(ctx.text, start, end, marks)
            inner = 0
        if end - start < 3 or inner * 2 >= end - start:
            continue  # mostly the speaker's own words in marks: the direct quote stands for it
        out.append(Found(start, end, "indirect", k, c, ws[comp].start))
    return out


def _before_marks(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> int:
    """Where a reported clause mostly in the speaker's marked words ends when its own words come
    first, a clause of several words closed by a comma before the marks open: «وأوضح مشايخ ذمار في
    بيانهم أنه [لا يمكن لهم المشاركة في تلك الأعمال]، "ولن يرضوا ..."» (the marked words are a
    direct quote of their own, a clause joined by و or ف); `start` (nothing) when the marks open at
    once, no comma parts them or the marked words finish the clause."""
    first = min((s for s, _ in marks if start <= s < end), default=end)
    head = text[start:max(start, first - 1)].rstrip()
    if len(head.split()) < COLON_WORDS or not head.endswith(("،", ",")) or text[first:first + 1] not in "وف":
        return start  # «أن الميليشيات ...، «باتت مخلخلة ...»»: the marks finish the clause
    return start + len(head) - 1


def _after_noun(ctx: ArticleContext, sent: Sentence, marks: list[tuple[int, int]],
                cues: list[tuple[int, Cue]], pairs: list[tuple[int, int]], found: list[Found]) -> list[Found]:
    """The clause a noun of saying, a verb of saying right after الذي or a source put before its
    words («وبحسب أوباما، فإن») introduces (quote_clause_cues), where no quotation found before
    stands."""
    nouns, relative, sources = saying_nouns(ctx, sent), relative_speech(sent, cues), according_to(sent)
    if not nouns and not relative and not sources:
        return []
    extra = {k for k, _ in nouns + relative + sources}
    every = sorted(cues + nouns + relative + sources, key=lambda kc: kc[0])
    out = []
    for f in _indirect(ctx, sent, marks, every, pairs):
        if f.cue_index not in extra or f.cue is None \
                or any(o.start < f.end and f.start < o.end for o in found):
            continue
        first = f.cue_index + f.cue.size  # the words after the cue: who said it
        if f.cue.kind in SAYING_NOUNS and not subject_only(ctx, sent, first, f.boundary, pairs):
            continue
        if f.cue.kind in ACCORDING_TO and not source_clause(ctx, sent, first, f.boundary):
            continue
        out.append(f)
    return out + marked_after_noun(ctx, sent, marks, nouns, pairs, found + out)  # إعلان X أنه «...»


def _opened(text: str, ws: list[Word], j: int) -> bool:
    """The complementizer at j opens an adverbial clause (بعد أن, على الرغم من أن), not the
    reported speech of a verb before it (حذر من أن stays speech), or is «إنْ» (if: «ليرى إن كان»). An opener's
    word closed by a mark is a name in marks, no opener («في حواره مع "سبق" أن»: the paper, not «سبق أن»)."""
    if if_clause(ws, j) or j > 0 and quote_cues().at(ws, j - 1, _OPENERS) \
            and not any(ch in SPEECH_CLOSERS for ch in text[ws[j - 1].end:ws[j].start]):
        return True
    return j > 1 and ws[j - 1].norm == "من" and quote_cues().at(ws, j - 2, _OPENERS) is not None
