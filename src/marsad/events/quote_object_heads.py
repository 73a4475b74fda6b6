"""The nouns that head what was said as a noun phrase: the direct object of a verb of saying
(«وأكد الوزير [أهمية] ...», quote_object_heads.tsv), a verbal noun of a derived verb form
(«أعلن النادي عن [تعاقده] ...», quote_object_templates.tsv), and such a noun after a proclitic ب
(«أفادت مصادر [بمقتل] ...»). Split from quote_words (issue 15 round 24): these words say where an
object starts, not who said it.
"""

from __future__ import annotations

from functools import cache

from marsad.events.lexicon import CueLexicon
from marsad.events.words import Word, stems
from marsad.lang import load_table
from marsad.lang.clitics import ARTICLE
from marsad.lang.normalize import normalize
from marsad.lang.verbal_nouns import attitude_noun, template_uses


@cache
def _object_heads() -> frozenset[str]:
    return frozenset(normalize(r["form"]) for r in load_table("quote_object_heads")
                     if r["article"] != "construct")


@cache
def _construct_heads() -> frozenset[str]:
    """The heads that open what was said only bare, in construct with their holder (quote_object_heads
    «article» construct: «وأكد [تضامن دولة الإمارات مع المملكة …]»); possessed they are the speaker's
    own attitude («أكد تضامنه», as «أعرب عن تضامنه»), with the article a topic («التضامن»)."""
    return frozenset(normalize(r["form"]) for r in load_table("quote_object_heads")
                     if r["article"] == "construct")


@cache
def _definite_heads() -> frozenset[str]:
    """The heads that open what was said also with the article (quote_object_heads «article»
    yes): «المشاركة» after a noun is an adjective («القوات [المشاركة]»), no object."""
    return frozenset(normalize(r["form"]) for r in load_table("quote_object_heads") if r["article"] == "yes")


_POSSESSIVES = ("هما", "هم", "ها", "ه")  # استعدادها, رفضه, حرصهم (the normalised ة before one: ت)


def _unpossessed(stem: str) -> str:
    """The noun without its possessive pronoun (استعدادها -> استعداد, اهميته -> اهميه)."""
    for suffix in _POSSESSIVES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            bare = stem[: -len(suffix)]
            return bare[:-1] + "ه" if bare.endswith("ت") else bare
    return stem


def templated_head(w: Word) -> bool:
    """The word is a verbal noun of a derived verb form (quote_object_templates.tsv: «[تقديم]
    هدايا», «[الانطلاق]», «[استعدادها]»), with the article or a possessive pronoun where the
    template is also a verb's shape («[التعاقد]», «[توصله]», not «تقدم»), and never a noun of
    attitude («ترحيبها», «اعتزازه»: no quotation). No template starts
    with و or ف: a word that does is a conjunction and a noun, no object («وتقديم»)."""
    if w.norm[:1] in "وف":
        return False
    for st in stems(w.norm):
        if st.clitic not in ("", "ال") or (not st.clitic and st.stem.startswith("ال")):
            continue  # «الدوام» read with its article is no افتعال
        readings = [(st.stem, st.clitic == "ال")]
        if not st.clitic and (bare := _unpossessed(st.stem)) != st.stem:
            readings.append((bare, True))
        uses = {use for form, marked in readings for use in template_uses(form) if marked or use != "marked"}
        if uses:
            return "never" not in uses
    return False


def called_attitude(w: Word) -> bool:
    """The word is a noun of attitude with the article (quote_object_templates form «attitude»:
    «[الاهتمام]», «[التضامن]»): after a call's «إلى» it is what the call asks for, an act like any
    verbal noun («ودعا النقيب X إلى [الاهتمام والتقيد بتعليمات الإنقاذ …]»), though no words said
    after «أعلن عن» or «أكد» (the speaker's own stance)."""
    return any(st.clitic == ARTICLE and attitude_noun(st.stem) for st in stems(w.norm))


def heads_object(w: Word) -> bool:
    """The word (bare, with a possessive pronoun: «أكدت الشركة [استعدادها] ...», or with the
    article where its row allows it: «[المشاركة]» after a noun is an adjective; a construct row
    bare only) is a noun of quote_object_heads.tsv."""
    heads = _object_heads()
    return w.norm in _construct_heads() or any(
        (st.stem in heads and (not st.clitic or (st.clitic == "ال" and st.stem in _definite_heads())))
        or (not st.clitic and _unpossessed(st.stem) in heads) for st in stems(w.norm))


@cache
def _attitudes() -> CueLexicon:
    """The verbs of quote_object_attitudes.tsv; a cue's value holds their stance nouns, joined by spaces."""
    nouns: dict[tuple[str, str], list[str]] = {}
    for r in load_table("quote_object_attitudes"):
        nouns.setdefault((r["verb"], r["kind"]), []).append(normalize(r["noun"]))
    return CueLexicon([(verb, kind, " ".join(ns)) for (verb, kind), ns in nouns.items()])


def own_attitude(ws: list[Word], k: int, w: Word) -> bool:
    """Word `w` is a stance noun of the verb at word `k` (quote_object_attitudes.tsv) with a
    possessive pronoun: «أكد الأزهر [رفضه] المطلق للتدخل …» tells the speaker's own stance, as
    «أعرب عن رفضه» does, no quotation; bare in construct («أكد رفض الحكومة …») it still heads one."""
    cue = _attitudes().at(ws, k) if 0 <= k < len(ws) else None
    if cue is None:
        return False
    nouns = cue.value.split()
    return any(not st.clitic and (bare := _unpossessed(st.stem)) != st.stem and bare in nouns
               for st in stems(w.norm))


@cache
def _forms(table: str) -> frozenset[str]:
    """The normalised words of a table of one column, «form» (quote_object_details, quote_sent_objects,
    quote_call_objects)."""
    return frozenset(normalize(r["form"]) for r in load_table(table))


def details_noun(w: Word) -> bool:
    """The word is a noun of the details of a happening (quote_object_details.tsv: «ملابسات»,
    «تفاصيل»), its proclitics stripped: a head of quote_object_heads right after it heads no
    quotation («أوضحت المديرية ملابسات [وفاة ...]»)."""
    details = _forms("quote_object_details")
    return any(st.stem in details for st in stems(w.norm))


_NOUN_CLITICS = ("", "ال", "و", "وال")  # what a noun of a thing sent or a call may carry: its article, «و»


def sent_object(w: Word) -> bool:
    """The word is a thing sent or addressed (quote_sent_objects.tsv: «اتهامات», «رسالة», «الدعوة»),
    its article or conjunction stripped: «وجّه» before it sent it, it ordered nothing («ووجهت السلطات
    [اتهامات] بالإرهاب …»)."""
    sent = _forms("quote_sent_objects")
    return any(st.stem in sent for st in stems(w.norm) if st.clitic in _NOUN_CLITICS)


def call_object(w: Word) -> bool:
    """The word is a noun of calling (quote_call_objects.tsv: «دعوته», «مطالبتها», «الدعوة»), its
    article, conjunction or possessive pronoun stripped: as a verb's object it tells a call made, and
    what follows it is the call's content («جدد X [دعوته] لوقف إطلاق النار»), no words said."""
    calls = _forms("quote_call_objects")
    return any(st.stem in calls or (not st.clitic and _unpossessed(st.stem) in calls)
               for st in stems(w.norm) if st.clitic in _NOUN_CLITICS)


def heads_object_after_ba(w: Word) -> bool:
    """The word is a noun of quote_object_heads.tsv with a proclitic ب («[بمقتل]», «[بالقبض]»);
    with the article only when its row says so («بالمشاركة» is no announced participation)."""
    heads, definite = _object_heads(), _definite_heads()
    return any((st.clitic == "ب" and st.stem in heads and not st.stem.startswith("ال"))
               or (st.clitic in ("ب", "بال") and st.stem.removeprefix("ال") in definite)
               for st in stems(w.norm))
