"""Parties that are no names: spans the tagger read as a person that the article shows are not one.

The tagger sometimes reads a common word as a name, and an event then takes it as a party (random
news of round 16: 32 of 161 wrong events had such a party). Each party of an event is checked
against what its mentions look like in the article; a party none of whose mentions is a name steps
out of the event (with its role), and the event goes when it is then left with too few parties
(extract's `_too_few_parties`). A party is kept whatever its mentions look like when it is an entry
of the shipped catalogue (`lang/kb`): the catalogue's link is the evidence that it is a name.

A mention is no name when it is

* an attributive adjective: one definite word typed PER right after a definite word of the same
  phrase that is no name, no title and no calling («البلد الجميل», «عيد الأضحى السعيد», «بالقرآن
  الكريم»); a person is never named so by a bare definite word after a noun, except after a title
  («الرئيس الأسد», «السيد المسيح»), a title and its portfolio («وزير الخارجية الجبير») or a title in
  the dual («الوزيران الجبير وكيري»), which the rule leaves alone. A nisba adjective is left alone
  too: after a body («الجيش الليبي», «الحكومة الأفغانية») the phrase stands for its country
  (docs/realtext-annotation.md), and the gold keys it so;
* a common noun in construct before a person's name, which names a body, a group or a thing after
  him, not him (`not_a_person_head` rows of lang/ar/event_senses.tsv: «جيش القذافي», «خصوم
  البكوش», «رهان أوباما»);
* a part of a time or a date: the mention lies inside a longer expression the date layer read (a
  PER «صباح اليوم» of «صباح اليوم (الاثنين)», the «الماضي» of «نوفمبر الماضي» taken for «محمد
  الماضي»); a mention that is the whole expression («الجمعة», a last name and a weekday) stays;
* an ordinal, in words (PER «الخامس عشر»; the context already leaves out a lone «الثاني»).

The mentions read are those of the party inside the event's span, else (a party carried from
another sentence) every mention of it in the article.
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import office_word, sense_forms, sense_norm
from marsad.events.rounds import ordinal_word
from marsad.events.words import Word, stems
from marsad.lang import kb_entries, load_table
from marsad.lang.nisba import ENDINGS as NISBA_ENDINGS
from marsad.lang.normalize import normalize
from marsad.model import EventAttrs, MentionAttrs, Span

_DEFINITE = ("ال", "لل")  # the article, and lam + article (للرئيس), as the proclitic stripped ends
_DUAL = ("ان", "ين")  # the dual's endings (الوزيران, الرئيسين): a title in the dual is a title


@cache
def catalogue_ids() -> frozenset[str]:
    """The entity ids of every entry of the shipped catalogue."""
    return frozenset(str(raw["id"]) for raw in kb_entries() if raw.get("id"))


@cache
def person_words() -> frozenset[str]:
    """Titles, honorifics and callings that stand before a person's name (`ner_cues.tsv` PER_TITLE
    and PER_HONORIFIC, `ner_person_words.tsv`): a definite name after one is a name."""
    kinds = ("PER_TITLE", "PER_HONORIFIC")
    cues = {normalize(r["phrase"]) for r in load_table("ner_cues") if r["cue"] in kinds}
    callings = {normalize(r["word"]) for r in load_table("ner_person_words")}
    return frozenset(w for w in cues | callings if " " not in w)


def without_nameless(ctx: ArticleContext, ev: Span[EventAttrs]) -> None:
    """Drop from the event's participants and roles each party none of whose mentions is a name."""
    known = catalogue_ids()
    drop = [p for p in ev.attrs.participants if p not in known and _nameless(ctx, ev, p)]
    if drop:
        ev.attrs.participants[:] = [p for p in ev.attrs.participants if p not in drop]
        ev.attrs.roles = ev.attrs.roles_without(drop)


def _nameless(ctx: ArticleContext, ev: Span[EventAttrs], party: str) -> bool:
    """Whether no mention of `party` inside the event's span (else in the article) is a name."""
    mine = [m for m in ctx.mentions if ctx.entity_of(m) == party]
    inside = [m for m in mine if ev.start <= m.start and m.end <= ev.end]
    found = inside or mine
    return bool(found) and all(_no_name(ctx, m) for m in found)


def _no_name(ctx: ArticleContext, m: Span[MentionAttrs]) -> bool:
    """Whether the mention is one of the shapes of the module's docstring: no name."""
    sent = ctx.sentence_at(m.start)
    if sent is None:
        return False
    k = sent.word_index(m.start)
    ws = [w for w in sent.words[k:] if w.start < m.end]
    if not ws:
        return False
    if _within_timex(ctx, m) or all(ordinal_word(w.norm) or w.norm in ("عشر", "عشره") for w in ws):
        return True  # «صباح اليوم», «نوفمبر الماضي», «الخامس عشر»; not «رمضان أحمد قاديروف»
    if m.label != "PER":
        return False
    if len(ws) >= 2 and ws[0].norm in sense_forms("not_a_person_head"):
        return True  # «جيش القذافي», «خصوم البكوش»; as written: «برهان غليون» is no «ب» + «رهان»
    return len(ws) == 1 and _adjective_after_noun(ctx, sent, k)


def _within_timex(ctx: ArticleContext, m: Span[MentionAttrs]) -> bool:
    """Whether the mention lies inside a longer date or time expression, as a part of it («صباح
    اليوم (الاثنين)», the «الماضي» of «في نوفمبر (تشرين الثاني) الماضي»). A month's name that
    opens a person's name («رمضان أحمد قاديروف») reaches past it; a last name that is also a day,
    said alone («الدكتور الجمعة»), is the whole expression, and stays a name."""
    return any(t.start <= m.start and m.end <= t.end and t.end - t.start > m.end - m.start
               for t in ctx.timexes)


def _adjective_after_noun(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """Whether the definite word `k` follows, with nothing between, a definite word that is no
    name, title or calling: an adjective agreeing with the noun before it («البلد الجميل»)."""
    if k == 0 or not _definite(sent.words[k]) or sent.words[k].norm.endswith(NISBA_ENDINGS):
        return False  # a nisba after a body («الجيش الليبي») stands for its country (the guide)
    prev = sent.words[k - 1]
    if ctx.text[prev.end:sent.words[k].start].strip() or not _definite(prev):
        return False  # «الخطاب "العدواني"», «الانكسارات النفسية، والمؤلم»: not one phrase
    verb = any(t.index <= k - 1 < t.index + t.size for t in sent.triggers())
    if verb or sense_norm(prev.norm, "clause_break"):
        return False  # «التقى الجبير»: a verb whose «ال» is its own, not the article; «الذي»
    if ctx.mention_at(prev) is not None or office_word(prev.norm) or sense_norm(prev.norm, "private_person"):
        return False  # «الحاج أمين الحسيني», «الرئيس الأسد», «الفنان الكبير»
    callings = person_words()
    if any(office_word(prev.norm[:-2]) or prev.norm[:-2] in callings
           for dual in _DUAL if prev.norm.endswith(dual)):
        return False  # «اجتمع الوزيران الجبير وكيري»: a title in the dual before the names
    title = sent.words[k - 2] if k >= 2 else None
    if title is not None and office_word(title.norm) and not ctx.text[title.end:prev.start].strip():
        return False  # «وزير الخارجية الجبير», «رئيس الوزراء العبادي»: the title's portfolio, then the name
    return not any(st.stem in callings or (st.clitic.endswith(_DEFINITE) and "ال" + st.stem in callings)
                   for st in stems(prev.norm))


def _definite(w: Word) -> bool:
    """A word with the article, behind a conjunction or a preposition or not (الجيش, بالصديق,
    والبلد, للرئيس)."""
    return any(st.clitic.endswith(_DEFINITE) for st in stems(w.norm))
