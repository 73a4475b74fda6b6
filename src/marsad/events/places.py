"""Where an event happens: which locations of a sentence are its place.

A place is a location after a place preposition (في بكين، إلى الصين، ببكين; a name the tagger
kept with its preposition: بالرياض, للقاهرة), also past a facility noun and its qualifiers (في
قاعدة فيلاكوبلاي، إلى العاصمة الصينية بكين) or in apposition to a description (إلى مسقط رأسه،
كينيا); the subject of a verb of witnessing before a noun trigger (شهدت عدن أول زيارة). A
location in the office of a person (محافظ الرس محمد العساف; مدير فرع المركز بمنطقة القصيم) is
neither the place nor a party, and a region in brackets after a place (ألماتي (في كازاخستان))
is no place of its own. A clause opened by حيث takes the place named just before it.
"""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import event_cues, event_senses, facilities, office_word, site_nouns, speaker_ref
from marsad.events.triggers import Trigger
from marsad.events.visit_goals import listed_after, visit_objects
from marsad.events.words import IN, WITH, stems
from marsad.lang.normalize import normalize
from marsad.model import Span

_QUALIFIERS = 3  # definite qualifiers between a facility noun and the place (العاصمة الصينية بكين)
_TITLE_WORDS = 2  # title words between an office's place and the name (في كندا السفير نايف)
_TITLE_REACH = 6  # words from an office word to the seat it names (مدير فرع المركز بمنطقة القصيم)
_APPOSED = 3  # words of the description a place stands in apposition to (إلى مسقط رأسه، كينيا)
_VENUE = frozenset({"venue_verb"})
_VENUE_REACH = 4  # شهدت عدن أمس أول زيارة: the verb, its subject, a time word, an ordinal
_QUANTIFIER = frozenset({"quantifier"})
_QUANTITY_WORDS = 3  # words of the longest phrase of quantity (عدد من كبار)
_WITH_ARTICLE = ("بال",)  # a place preposition and the article, on a normalised word
_WITH_ARTICLE_GOAL = ("بال", "لل")
_WHERE = normalize("حيث")
_SITE_REACH = 3  # words back from a name to its site noun
_SITE_CLITICS = ("", "ل", "ب", "و", "ول", "وب", "ف")  # لزيارة قبر, بمستشفى, وضريح
_NAME_MARKS = "«»()\"“”'"  # what may stand around a site's name (متحف الشمع (مدام توسو))
_HA = "ه"  # a final ha: a pronoun, where the site noun's own form ends in ta marbuta (مكتبة)
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # harakat after the last letter
_WHERE_REACH = 3  # words from حيث to the trigger (حيث التقت, حيث قام بزيارة)
_WHERE_GAP = 8  # words from the place to حيث (إلى ألماتي (في كازاخستان) في ربيع 2013، حيث)
_PLACE_PREPS = frozenset({"place_prep"})
_BRACKET_OPEN = ("(", "(في", "(ب")  # what stands between a place and its region in brackets
_TOPIC = frozenset({"topic"})
_TOPIC_QUALIFIERS = 2  # definite qualifiers between a topic noun and في (الأوضاع الإنسانية في اليمن)
_FACILITY_CLITICS = ("ب", "بال")  # بمطار, بالقاعدة: a place preposition on the facility noun
_GOAL_CLITICS = ("ل", "لل")  # لمقر, للمستشفى: a visit's goal on it (بزيارة لمقر X)
_SEAT_REACH = 12  # characters back from a body's name to the facility noun before it (لمقر)
_DAY_GAP = 3  # characters between an office's place and a day after it: a space, or «، »


def venue_subject(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The place a verb of witnessing names as its subject before a noun trigger (شهدت عدن أمس
    أول زيارة أممية, تشهد الرياض محادثات): where the event takes place."""
    if t.row.pos != "noun":
        return None
    ws = sent.words
    for j in range(t.index - 1, max(-1, t.index - 1 - _VENUE_REACH), -1):
        cue = event_senses().at(ws, j, _VENUE)
        if cue is None or j + 1 >= t.index or t.index - j > int(cue.value or _VENUE_REACH):
            continue
        m = ctx.mention_at(ws[j + 1])
        return m if m is not None and m.label == "LOC" and m.start == ws[j + 1].start else None
    return None


def in_office(ctx: ArticleContext, sent: Sentence, m: Span, trigs: list[Trigger]) -> bool:
    """A location inside the office of the person named right after it (محافظ الرس محمد
    العساف, سفير خادم الحرمين الشريفين في كندا السفير نايف السديري, المنسق الإنساني في اليمن
    يوهانس فانديلا): neither the event's place nor a party. Only titles (definite words, no
    date, no comma) may stand between; a location right after the trigger is its object or
    subject (استقبلت السعودية الرئيس X), and one after a person named since the trigger is the
    venue (استقبل الملك سلمان في الرياض الوزير جون كيري)."""
    if m.label != "LOC":
        return False
    k = sent.word_index(m.start)
    if any(k - 1 == t.index + t.size - 1 for t in trigs):
        return False
    before = [t for t in trigs if t.index < k]
    since = sent.words[before[-1].index].end if before else sent.start
    if ctx.mentions_in(since, m.start, ("PER",)):
        return False  # استقبل الملك سلمان في الرياض الوزير جون كيري: the venue, after a named subject
    nxt = next((x for x in ctx.mentions_in(m.end, sent.end) if x.start >= m.end), None)
    if nxt is None or nxt.label != "PER":
        return False
    gap = ctx.text[m.end:nxt.start]
    words = gap.split()
    if len(words) > _TITLE_WORDS or any(ch in gap for ch in "،,.:;()«»\"\n"):
        return False
    if any(t.start < nxt.start and m.end < t.end for t in ctx.timexes):
        return False
    return all(w.startswith("ال") for w in words)


def is_place(ctx: ArticleContext, sent: Sentence, m: Span, preps: frozenset[str]) -> bool:
    """A place after a place preposition (في بكين, ببكين), also with a facility noun between
    them (في قاعدة فيلاكوبلاي, بمطار الملك خالد)."""
    k = sent.word_index(m.start)
    if k < len(sent.words) and sent.words[k].start < m.start:
        prefix = ctx.text[sent.words[k].start:m.start]
        if prefix in ("ب", "وب", "فب") or ("goal_prep" in preps and prefix in ("ل", "ول")
                                             and not _office_before(sent, k)):
            return True  # ببكين; for a visit also لإيران, للعراق (زيارة للعراق)
    elif k < len(sent.words) and _carries_preposition(sent.words[k].norm, preps) \
            and not (sent.words[k].norm.lstrip("وف").startswith("لل") and _office_before(sent, k)):
        return True  # the tagger kept the preposition in the mention: «للقاهرة», «بالرياض»
    if after_cue(ctx, sent, m, preps, 1) or listed_after(sent.words, k, preps):
        return True  # في بكين; إلى كل من إسرائيل والسعودية
    facility = next((st for st in stems(sent.words[k - 1].norm) if st.stem in facilities()), None) \
        if 0 < k < len(sent.words) else None
    if facility is not None:
        before = event_cues().at(sent.words, k - 2, preps) if k > 1 else None
        return facility.clitic in _FACILITY_CLITICS + (_GOAL_CLITICS if "goal_prep" in preps else ()) \
            or before is not None
    return _after_facility_phrase(sent, k, preps) or _in_apposition(ctx, sent, k, preps)


def _office_before(sent: Sentence, k: int) -> bool:
    """An office word right before word `k` (كرئيس, رئيسا, سفيرا): a state after it with the lam
    is the office's («زيارة لها كرئيس للولايات المتحدة»: he visits as the United States'
    president), no place a visit goes to."""
    return k > 0 and office_word(sent.words[k - 1].norm)


def opens_with_facility(ctx: ArticleContext, m: Span) -> bool:
    """A name whose first word is a facility noun (مستشفى الملك فهد, مطار الملك سلمان), whatever
    its label."""
    words = ctx.text[m.start:m.end].split()
    return bool(words) and normalize(words[0]) in facilities()


def named_facility(ctx: ArticleContext, m: Span) -> bool:
    """An organisation named by a facility noun (مركز الملك سلمان للإغاثة, مقر الأمانة العامة,
    مستشفى شقراء العام), or a body right after one (لمقر مصلحة الجمارك العامة: the body's seat):
    after a place preposition it is the site the event takes place in (بزيارة لمركز الملك
    سلمان, في مقر الأمانة, بزيارة لمقر مصلحة الجمارك), as a location is."""
    if m.label != "ORG":
        return False
    if opens_with_facility(ctx, m):
        return True
    before = ctx.text[max(0, m.start - _SEAT_REACH):m.start].split()
    return bool(before) and not ctx.text[m.start - 1:m.start].strip() \
        and any(st.stem in facilities() for st in stems(normalize(before[-1])))


def named_before(ctx: ArticleContext, sent: Sentence, t: Trigger) -> Span | None:
    """The place a visit's object points back to by its kind (الذي يزور المنطقة حاليا, after
    «أمير منطقة عسير»): a definite facility noun right after the trigger that names no one stands
    for the last location named with that noun before it in the article (منطقة عسير; لزيارة
    المدينة الواقعة في ... after «مدينة سرت»)."""
    k = t.index + t.size
    if t.row.subject_role == "host" or k >= len(sent.words) or ctx.mention_at(sent.words[k]) is not None:
        return None  # «واستضاف الفندق مسابقة»: a host verb's subject, no place visited
    w = sent.words[k].norm
    if not w.startswith("ال") or w[2:] not in facilities():
        return None
    named = [m for m in ctx.mentions_in(0, sent.words[k].start, ("LOC",))
             if normalize(ctx.text[m.start:m.end].split()[0]) == w[2:]]
    return named[-1] if named else None


def bracketed_region(ctx: ArticleContext, m: Span) -> bool:
    """A location in brackets right after another (إلى ألماتي (في كازاخستان)): the region the
    place before lies in, not a place of its own."""
    before = ctx.mentions_in(max(0, m.start - 12), m.start, ("LOC",))
    if not before or ctx.text[m.end:m.end + 2].strip()[:1] != ")":
        return False
    return "".join(ctx.text[before[-1].end:m.start].split()) in _BRACKET_OPEN


def where_place(ctx: ArticleContext, sent: Sentence, t: Trigger, preps: frozenset[str]) -> Span | None:
    """The place a clause opened by حيث stands for (توجهت شيرمان إلى ألماتي ... حيث التقت
    وزير الخارجية): the last location before حيث after a place or goal preposition, a few
    words before it (not the paper a reporter speaks to: «وأوضح X "للرياض" أن ... حيث زار»)."""
    ws = sent.words
    for j in range(t.index - 1, max(-1, t.index - 1 - _WHERE_REACH), -1):
        if ws[j].norm == _WHERE:
            found = [m for m in ctx.mentions_in(sent.start, ws[j].start, ("LOC",))
                     if j - sent.word_index(m.start) <= _WHERE_GAP
                     and is_place(ctx, sent, m, preps) and not bracketed_region(ctx, m)]
            return next(reversed(visit_objects(ctx, sent, j) or found), None)  # a visit's object first
    return None


def place_before(ctx: ArticleContext, sent: Sentence) -> str | None:
    """The one place the sentence before names after a place preposition (not an office's
    seat), for an event whose own sentence names no location: «تفقد X المستشفى الجامعي بمدينة
    السيح. واستهل جولته بزيارة مرافق المستشفى» (the visit is in Al-Sih)."""
    prev = ctx.sentence_before(sent)
    if prev is None:
        return None
    locs = ctx.mentions_in(prev.start, prev.end, ("LOC",))
    placed = [m for m in locs if is_place(ctx, prev, m, _PLACE_PREPS) and not after_title(ctx, prev, m)]
    if any(_joined(ctx, m, locs) for m in placed):
        return None  # «في تعز ومأرب والضالع وعدن»: a list of places, none of them the event's
    found = {ctx.entity_of(m) for m in placed}
    return found.pop() if len(found) == 1 else None


def _joined(ctx: ArticleContext, m: Span, locs: list[Span]) -> bool:
    """Whether another location follows place `m` joined to it by «و» or a comma (في تعز ومأرب)."""
    return any(o.start > m.end and ctx.text[m.end:o.start].strip(" ،,") in ("", "و")
               and ctx.text[m.end:o.start].strip() != "" for o in locs)


def a_place(ctx: ArticleContext, sent: Sentence, m: Span, preps: frozenset[str]) -> bool:
    """A location after a place preposition (في الرياض; for a visit also إلى: زيارات إلى
    الإمارات وقطر): a place, never a party; a country that acts stands as a subject or object."""
    if m.label != "LOC":
        return False
    if is_place(ctx, sent, m, preps):
        return True
    before = ctx.mentions_in(sent.start, m.start, ("LOC",))  # في الرياض وجدة: the list goes on
    return bool(before) and not ctx.text[before[-1].end:m.start].strip(" \u00a0،,و") \
        and a_place(ctx, sent, before[-1], preps)


def after_with(sent: Sentence, m: Span) -> bool:
    """A party named after مع (or مع and a head noun) however far from the trigger: past a long
    subject the partner is still a party (وقعت شركة X، أكبر شركة ...، اتفاقا مع شركة Y); so is
    one after مع and a phrase of quantity (`event_cues` kind quantifier: مع عدد من المسؤولين
    الجزائريين)."""
    ws, k = sent.words, sent.word_index(m.start)
    if any(ws[j].norm == WITH for j in range(max(0, k - 2), k)):
        return True
    return any(ws[j].norm == WITH and (cue := event_cues().at(ws, j + 1, _QUANTIFIER)) is not None
               and j + 1 + cue.size == k for j in range(max(0, k - 1 - _QUANTITY_WORDS), k - 1))


def after_title(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A location in the phrase of an office word before it (مدير فرع مركز المعلومات الوطني
    بمنطقة القصيم): the office's seat, not where the event is; a person's name or a comma ends
    the phrase."""
    if any(0 <= t.start - m.end <= _DAY_GAP and not ctx.text[m.end:t.start].strip(" \u00a0،,")
           for t in ctx.timexes):  # وزير الدفاع في جدة اليوم, or past a comma: في جدة، أمس
        return False  # a day right after it, so where the event was
    ws = sent.words
    k = sent.word_index(m.start)
    for j in range(k - 1, max(-1, k - 1 - _TITLE_REACH), -1):
        named = ctx.mention_at(ws[j])
        if (named is not None and named.label == "PER") or ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False
        if (ref := speaker_ref(ws[j].norm)) is not None and ref[0] == "title":
            return True
    return False


def discussed(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A location after a noun of what is discussed and في (`event_cues` kind topic: بحثا الأوضاع
    في السودان), also past up to two definite qualifiers of that noun (الأوضاع الإنسانية في اليمن,
    التطورات الأخيرة في سوريا): the topic, neither where the event happens nor a party. No mark
    may stand between the noun and the place."""
    if after_cue(ctx, sent, m, _TOPIC, 2):
        return True
    ws, k = sent.words, sent.word_index(m.start)
    if k < 2 or ws[k - 1].norm != IN:
        return False
    for j in range(k - 2, max(-1, k - 3 - _TOPIC_QUALIFIERS), -1):
        if ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False  # a comma or other mark: another phrase
        if event_cues().at(ws, j, _TOPIC) is not None:
            return j < k - 2
        if not ws[j].norm.startswith("ال") or ctx.mention_at(ws[j]) is not None:
            return False
    return False


def after_cue(ctx: ArticleContext, sent: Sentence, m: Span, kinds: frozenset[str], n: int) -> bool:
    k = sent.word_index(m.start)
    return any(event_cues().at(sent.words, j, kinds) for j in range(max(0, k - n), k))


def _in_apposition(ctx: ArticleContext, sent: Sentence, k: int, preps: frozenset[str]) -> bool:
    """A place named after a comma, in apposition to a description after a place preposition
    (إلى مسقط رأسه، كينيا): the words between name no one."""
    ws = sent.words
    if not 0 < k < len(ws) or ctx.text[ws[k - 1].end:ws[k].start].strip() not in ("،", ",") \
            or ctx.mention_at(ws[k - 1]) is not None:
        return False
    for j in range(k - 2, max(-1, k - 2 - _APPOSED), -1):
        if ctx.mention_at(ws[j]) is not None or ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False
        if event_cues().at(ws, j, preps) is not None:
            return True
    return False


def _carries_preposition(word: str, preps: frozenset[str]) -> bool:
    """A name's first word written with a preposition and the article (بالرياض; for a visit
    also للقاهرة): no name starts so, so the word is a place after its preposition."""
    rest = word[1:] if word.startswith(("و", "ف")) else word
    starts = _WITH_ARTICLE_GOAL if "goal_prep" in preps else _WITH_ARTICLE
    return rest.startswith(starts) and len(rest) >= 6


def _after_facility_phrase(sent: Sentence, k: int, preps: frozenset[str]) -> bool:
    """A place after a preposition and a facility noun with its qualifiers (إلى العاصمة
    الصينية بكين, في مقر الأمانة العامة): the words before word `k`, back to the facility."""
    for j in range(k - 1, max(-1, k - 1 - _QUALIFIERS), -1):
        w = sent.words[j].norm
        facility = next((st for st in stems(w) if st.stem in facilities()), None)
        if facility is not None:
            return facility.clitic in ("ب", "بال") or (
                j > 0 and event_cues().at(sent.words, j - 1, preps) is not None)
        if not w.startswith("ال") or event_cues().at(sent.words, j, preps) is not None:
            return False  # not a qualifier, or the preposition itself (إلى before no facility)
    return False


def site_name(ctx: ArticleContext, sent: Sentence, m: Span) -> bool:
    """A person's name that names a site or building, after its noun (`event_cues` kind
    site_noun: لزيارة قبر سليمان شاه, زارت ضريح جنكيز خان, زيارة «متحف الشمع (مدام توسو)»,
    زيارة خاصة لقصر هامتون كورت, قاعة راشد): the site's name, no party. Up to the noun's window of
    words may stand between, with quotation marks or brackets, but no other name or punctuation;
    never a noun with a pronoun (استقبل في قصره الأمير X)."""
    if m.label != "PER":
        return False
    ws, k = sent.words, sent.word_index(m.start)
    for j in range(k - 1, -1, -1):
        if ctx.text[ws[j].end:ws[j + 1].start].strip(" \u00a0" + _NAME_MARKS):
            return False  # a comma or other mark: another phrase
        cue = _site_noun(ws[j].norm, ctx.text[ws[j].start:ws[j].end])
        if cue is not None:  # «في قصر الحكم الدكتور X»: a definite word names the site, a title X
            titled = k - j > 2 and ws[j + 1].norm.startswith("ال") and not office_word(ws[j + 1].norm)
            return k - j - 1 <= cue and not (titled and office_word(ws[k - 1].norm))
        if (other := ctx.mention_at(ws[j])) is not None and other is not m or k - j > _SITE_REACH:
            return False  # another name between, or past the reach of any site noun
    return False


def _site_noun(word: str, written: str) -> int | None:
    """The window of the site noun the word is, behind a preposition or و (لقصر, بمستشفى). A noun
    whose form ends in ta marbuta read off a word `written` with a final ha is that noun's stem
    with a pronoun (في مكتبه: in his office; not مكتبة, a library): no site a name after it names."""
    pronoun = written.rstrip(_MARKS).endswith(_HA)
    for st in stems(word):
        if st.clitic in _SITE_CLITICS and not (pronoun and st.stem.endswith(_HA)):
            window = site_nouns().get(st.stem)
            if window is not None:
                return window
    return None

