"""God and the Prophet as the speakers of a verse or a hadith (revered_speakers.tsv). The tagger
names neither, so such a quotation is given by the words that describe its speaker (`speaker_at`
over «الله», «رسول الله», «النبي»), as a body never named is («وقالت الشرطة»):

- the name after the word of saying (or after its hearer: «فقال له [النبي]: «…»»), or after a noun of
  saying among the speaker's words: «قال
  [الله تعالى]: ﴿…﴾», «وقال [رسول الله صلى الله عليه وسلم]: «…»», «مستشهدا بقول [النبي ﷺ]: (…)»;
- the name and its praise before a present verb of saying with no subject after it: «في حين أن
  [الله عز وجل] يقول: (…)» (God's name alone there is not enough: «إن شاء الله يقول»);
- the praise alone for the name: «وقال [تعالى]: (…)», «لقوله [عليه الصلاة والسلام]: …»; the Prophet's
  blessing points back to his title last written before it («حيث كان اليهود يخاطبون الرسول ﷺ … وقال
  صلى الله عليه وسلم: (…)»: the words are that title's).

A noun of saying, the name and a colon introduce the marked or bracketed words after them with no verb
(`revered_speech`: «حديث رسول الله ﷺ: (كل بني آدم خطاء)»).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, quote_cues
from marsad.events.quote_labels import trim
from marsad.events.quote_speaker import Found
from marsad.events.quote_words import name_particles
from marsad.events.speaker_names import definite
from marsad.events.speaker_words import SpeakerWords, described_speaker
from marsad.events.speaker_words import someone_described as someone_described_after
from marsad.events.words import Word, past_conjunction, stems
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_ZONE_WORDS = 8  # words after the verb of saying where its speaker (or a noun of saying) stands
_OPENERS = "\"'“«(﴿{"
_TRAILING_WORDS = 4  # words between the speaker and the speech («في كتابه الكريم»)


@dataclass(frozen=True, slots=True)
class RevereWords(SpeakerWords):
    """The words of God or the Prophet speaking: a verb with no subject after the quotation does
    not go on with them («قال ﷺ: «…». … وقال إن …» is the writer's or his subject's)."""
_FRONTED_WORDS = 7  # words of a name and its praise before a verb of saying
_HEARER = frozenset({"addressee"})  # «فقال [له] النبي: «…»»: the hearer between the verb and the name


@cache
def _phrases(part: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The rows of one part as (normalised words, who), longest first."""
    rows = [(tuple(normalize(r["form"]).split()), r["who"]) for r in load_table("revered_speakers")
            if r["part"] == part]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _same(w: Word, form: str, first: bool) -> bool:
    return w.norm == form or (first and any(st.stem == form for st in stems(w.norm)))


def _match(ws: list[Word], i: int, part: str, who: str | None = None) -> tuple[int, str] | None:
    """The end (word index, exclusive) and who of the longest `part` phrase at word i."""
    for words, whose in _phrases(part):
        if (who is None or whose == who) and i + len(words) <= len(ws) \
                and all(_same(ws[i + j], f, j == 0) for j, f in enumerate(words)):
            return i + len(words), whose
    return None


def _praise(ws: list[Word], i: int, who: str) -> int | None:
    """The end of the praise that follows `who`'s name at word i (God's honorific, the Prophet's
    blessing), None when none follows."""
    got = _match(ws, i, "honorific" if who == "god" else "eulogy", who)
    return got[0] if got else None


def _words(ctx: ArticleContext, ws: list[Word], i: int, j: int) -> RevereWords:
    """The words i..j-1, a proclitic on the first left out («[و]الله عز وجل»)."""
    start, clitic = ws[i].start, len(ws[i].norm) - len(_first_form(ws, i))
    while clitic > 0 and start < ws[i].end:
        clitic -= not unicodedata.combining(ctx.text[start])
        start += 1
    while start < ws[i].end and unicodedata.combining(ctx.text[start]):
        start += 1
    spans = dict.fromkeys((w.start, w.end) for w in ws[i + 1:j] if w.start >= ws[i].end)  # ﷺ: four words
    text = " ".join([ctx.text[start:ws[i].end], *(ctx.text[s:e] for s, e in spans)])
    return RevereWords(text, (start, ws[j - 1].end))


def _first_form(ws: list[Word], i: int) -> str:
    """The row's first word the word i was matched as (its norm without a proclitic)."""
    forms = {words[0] for part in ("name", "honorific", "eulogy") for words, _ in _phrases(part)}
    return next((f for f in sorted(forms, key=len, reverse=True) if _same(ws[i], f, True)), ws[i].norm)


def _named(ctx: ArticleContext, ws: list[Word], i: int, stop: int) -> SpeakerWords | None:
    """The revered speaker whose words open at word i, ending before offset `stop`."""
    if (name := _match(ws, i, "name")) is not None:
        end = _praise(ws, name[0], name[1]) or name[0]
    elif (titled := _titled(ws, i)) is not None:
        end = titled
    elif (alone := _match(ws, i, "honorific") or _match(ws, i, "eulogy")) is not None:
        end = alone[0]
        named = _title_before(ctx, ws[i].start) if alone[1] == "prophet" else _gods_name(ctx, ws[i].start)
        if named is not None:
            return named if _speech_follows(ctx, ws, end, stop) else None
    else:
        return None
    return _words(ctx, ws, i, end) if _speech_follows(ctx, ws, end, stop) else None


def _titled(ws: list[Word], i: int) -> int | None:
    """The end of God's praise after a definite noun at word i that it makes one of His names
    («قول [الحق سبحانه وتعالى]», «[المولى عز وجل]»), None when no praise follows it."""
    return _praise(ws, i + 1, "god") if definite(ws[i].norm) and i + 1 < len(ws) else None


def _speech_follows(ctx: ArticleContext, ws: list[Word], end: int, stop: int) -> bool:
    """The speech (offset `stop`) follows the speaker's words ending at word `end`: at once or after
    a few words with no marks between («ويقول الله تعالى في كتابه الكريم: …»), not «قول الله عز وجل
    (…) المائدة هو: «…»» (the words after the verse explain it: another's speech)."""
    if ws[end - 1].end > stop:
        return False
    between = [w for w in ws[end:] if w.end <= stop]
    gap = ctx.text[ws[end - 1].end:stop].rstrip(_OPENERS + " ")  # «قال ﷺ ((»: its own marks open the speech
    return len(between) <= _TRAILING_WORDS and not any(ch in gap for ch in _OPENERS)


def _title_before(ctx: ArticleContext, offset: int) -> SpeakerWords | None:
    """The Prophet's title written last before `offset` in the article («الرسول», «رسول الله»)."""
    last = None
    for sent in ctx.sentences:
        if sent.start >= offset:
            break
        ws = sent.words
        for i in range(len(ws)):
            if ws[i].start < offset and (got := _match(ws, i, "name", "prophet")) is not None \
                    and ws[got[0] - 1].end <= offset:
                last = _words(ctx, ws, i, got[0])
    return last


def _gods_name(ctx: ArticleContext, offset: int) -> SpeakerWords | None:
    """God's name where the article first writes it before `offset`, with its praise («الله عز
    وجل»): God is one speaker throughout, so His praise alone («قال تعالى») stands for that name
    (never one inside the verse after it: «قال تعالى "قل بفضل الله …"»). Not the «الله» of a
    title or blessing of the Prophet («رسول الله», «صلى الله عليه وسلم»), of a tagged name («حزب
    الله», «ذبيح الله مجاهد») or of a name joined by a particle («عبد الله», «أبو عبد الله»)."""
    for sent in ctx.sentences:
        if sent.start >= offset:
            break
        ws = [w for w in sent.words if w.end <= offset]
        prophets = {k for i in range(len(ws)) for part in ("name", "eulogy")
                    if (got := _match(ws, i, part, "prophet")) is not None for k in range(i, got[0])}
        for i in range(len(ws)):
            if i in prophets or (i > 0 and _name_particle(ws[i - 1].norm)) \
                    or ctx.mention_at(ws[i]) is not None:
                continue
            if (name := _match(ws, i, "name", "god")) is not None:
                return _words(ctx, ws, i, _praise(ws, name[0], "god") or name[0])
            if (titled := _titled(ws, i)) is not None:
                return _words(ctx, ws, i, titled)
    return None


def _name_particle(word: str) -> bool:
    """A word joining a name's parts (resolve_particles: «عبد», «أبو»), a conjunction before it
    aside (`words.past_conjunction`): the «الله» after it is a man's name («وعبد الله»), not God's."""
    return word in name_particles() or past_conjunction(word) in name_particles()


def _fronted(ctx: ArticleContext, ws: list[Word], k: int) -> SpeakerWords | None:
    """A name and its praise right before the verb of saying at word k («الله عز وجل يقول»), or with
    a pronoun taking it up between («وثبت عن النبي ﷺ أنه قال»)."""
    for i in range(max(0, k - _FRONTED_WORDS), k):
        name = _match(ws, i, "name")
        end = _praise(ws, name[0], name[1]) if name is not None else None
        if end is not None and (end == k or (end == k - 1 and _match(ws, end, "resumptive"))):
            return _words(ctx, ws, i, end)  # «عن النبي ﷺ أنه قال»: a pronoun taking the name up
    return None


def quoting_revered(ctx: ArticleContext, sent: Sentence, q: Found, named: bool = True) -> bool:
    """The quotation is God's or the Prophet's, not that of the person who cites it: the speaker's
    words hold a noun of saying and their name after it («وذكّر الشيخ X المصلين بقول النبي ﷺ: «…»»:
    the guide keys a hadith to the Prophet whoever quotes it), or, when no name followed the verb of
    saying (`named` false: a speaker carried on from before, «وقال سماحته …، قال تعالى // …»), their
    name or praise speaks it (`revered_speaker`): a verse is God's, never the preacher's."""
    if q.cue is None or q.cue_index < 0 or q.cue.kind == "participle":
        return False
    if not named and revered_speaker(ctx, sent, q) is not None:
        return True
    ws, i0 = sent.words, q.cue_index + q.cue.size
    zone = [k for k in range(i0, min(len(ws), i0 + _ZONE_WORDS)) if ws[k].end <= q.boundary]
    return any(_match(ws, k, "introducer") and k + 1 < len(ws) and _match(ws, k + 1, "name")
               and _named(ctx, ws, k + 1, q.boundary) is not None for k in zone)


def revered_speaker(ctx: ArticleContext, sent: Sentence, q: Found) -> SpeakerWords | None:
    """The words of God or the Prophet speaking the quotation `q`, None when they are not its
    speaker's (see the module's docstring)."""
    if q.cue is None or q.cue_index < 0 or q.cue.kind == "participle":
        return None
    ws = sent.words
    i0 = q.cue_index + q.cue.size
    zone = [k for k in range(i0, min(len(ws), i0 + _ZONE_WORDS)) if ws[k].end <= q.boundary]
    hearer = quote_cues().at(ws, i0, _HEARER) if i0 < len(ws) and ws[i0].end <= q.boundary else None
    after_hearer = [i0 + hearer.size] if hearer is not None else []
    for i in [i0, *after_hearer] + [k + 1 for k in zone if _match(ws, k, "introducer")]:
        if i < len(ws) and (got := _named(ctx, ws, i, q.boundary)) is not None:
            return got
    described = described_speaker(ctx, sent, q)
    if described is None or described.at[0] < ws[q.cue_index].start:
        return _fronted(ctx, ws, q.cue_index)
    return None


def revered_speech(ctx: ArticleContext, sent: Sentence, pairs: list[tuple[int, int]],
                   found: list[Found]) -> list[Found]:
    """`found` with the marked or bracketed words after a noun of saying, God's or the Prophet's name
    and a colon, with no verb of saying: «وكلنا يعرف حديث رسول الله صلى الله عليه وسلم: (كل بني آدم
    خطاء)» (guide: a hadith after «حديث رسول الله:» is the Prophet's), where no quotation found before
    stands; one a colon alone gave (no cue, no speaker) is given the noun for its cue. The name itself
    must follow the noun: «قوله تعالى:» could be read as the last speaker's."""
    ws, text = sent.words, ctx.text
    for k in range(len(ws)):
        colon = text.find(":", ws[k].end, sent.end)
        if not _match(ws, k, "introducer") or colon < 0 or not _match(ws, k + 1, "name") \
                or (got := _named(ctx, ws, k + 1, colon)) is None or text[got.at[1]:colon].strip(" -–—"):
            continue  # «قوله تعالى: (…)»: the pronoun may go to whoever spoke last; the name itself only
        if (speech := _speech_after(text, colon + 1, sent.end, pairs)) is None:
            continue
        found = [f for f in found if not (f.cue_index < 0 and (f.start, f.end) == speech)]
        if not any(f.start < speech[1] and speech[0] < f.end for f in found):
            found.append(Found(*speech, "direct", k, Cue("saying_noun", 1), colon))
    return _cited_verses(ctx, sent, pairs, found)


def _cited_verses(ctx: ArticleContext, sent: Sentence, pairs: list[tuple[int, int]],
                  found: list[Found]) -> list[Found]:
    """`found` with the bracketed or marked words that open, with no colon, right after a noun of
    saying and God's name, His praise standing for it, or the Prophet's blessing (a few words
    between at most): «ومن ذلك قول الحق سبحانه وتعالى ( […] )», «وقوله سبحانه وتعالى عن زكريا عليه
    السلام ( […] )»: a verse, God's (quotes-dev-fresh25 26433, fresh21 8090)."""
    ws, text = sent.words, ctx.text
    for k in range(len(ws) - 1):
        if not _match(ws, k, "introducer"):
            continue
        opener = next((p for p in range(ws[k + 1].end, sent.end) if text[p] in _OPENERS), -1)
        if opener < 0 or ":" in text[ws[k].end:opener] or _named(ctx, ws, k + 1, opener) is None \
                or (speech := _speech_after(text, opener, sent.end, pairs)) is None:
            continue
        speech = trim(text, *speech)
        kept = []
        for f in found:
            if f.end <= speech[0] or speech[1] <= f.start:
                kept.append(f)
            elif f.cue_index >= 0 and speech[0] <= ws[f.cue_index].start < speech[1]:
                continue  # «( … إنهم كانوا يسارعون …)»: a verb of saying inside the verse is its own word
            elif f.cue_index >= 0 and ws[f.cue_index].end <= ws[k].start and f.start < ws[k].start:
                kept.append(replace(f, end=trim(text, f.start, ws[k].start)[1]))  # the citer's words end
            elif f.cue_index >= 0 or (f.start, f.end) != speech:
                break  # another quotation holds it: left as found
        else:
            found = [*kept, Found(*speech, "direct", k, Cue("saying_noun", 1), opener)]
    return found


def _speech_after(text: str, at: int, end: int, pairs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words inside the marks or the parentheses that open right after offset `at`."""
    at += len(text[at:end]) - len(text[at:end].lstrip())
    if (pair := next(((s, e) for s, e in pairs if s - 1 == at), None)) is not None:
        return pair
    close = text.find(")", at, end)
    return (at + 1, close) if text[at:at + 1] == "(" and close > at + 1 else None


def speaker_words(ctx: ArticleContext, sent: Sentence, q: Found) -> SpeakerWords | None:
    """The words that describe the speaker no name resolves: God's or the Prophet's where they speak
    (`revered_speaker`), else the words after the verb of saying (`described_speaker`)."""
    return revered_speaker(ctx, sent, q) or described_speaker(ctx, sent, q)


def someone_described(ctx: ArticleContext, words: SpeakerWords) -> bool:
    """`speaker_words.someone_described`, never for God's or the Prophet's words (RevereWords)."""
    return not isinstance(words, RevereWords) and someone_described_after(ctx, words)
