"""Whether a duration candidate is a length (`is_length`, for `dates.context.is_time`): a count
or a frame of length makes one («لمدة أيام», «ساعة ونصف الساعة»), a plural unit in the accusative
or with «ل» («أياما», «لسنوات طويلة»), a unit with no count by the words around it («يوم كامل»,
«استمرت سنوات», «على مدى أيام»: `_bare_length`), a unit with «ب» measured from another event
(«قبل انطلاق الدوري بأسبوع»); not «عقد» as a contract or holding, nor a bare unit of no length.
"""

from __future__ import annotations

import regex

from marsad.dates.lexicon import lexicon
from marsad.dates.tense import unjoined
from marsad.dates.word_forms import definite, imperfective, is_cue
from marsad.lang.clitics import ARTICLE, pronoun_suffixes


def is_length(parts: dict[str, str]) -> bool:
    """Whether a candidate of the duration pattern is a length, not words."""
    lx = lexicon()
    unit = parts.get("unit", "")
    contracts = lx.cues.get("contracts", ())
    if lx.units.get(unit, ("", None))[0] == "DE" and (parts.get("_next", "") in contracts
                                                      or _held_or_contracted(parts)):
        return False  # وقع 7 عقود مع شركات, «من خلال عقد شراكات»: contracts or holding, not decades
    if lx.units.get(unit, ("", None))[0] == "X":
        return False
    if unit in lx.cues.get("construct_dual", ()):  # بعد يومي الراحة; «يومي للدولار»: daily
        nxt = parts.get("_next", "")  # not «يومي الجمعة والسبت», «يومي السابع والثامن»: the days
        return not (parts.get("mod") or parts.get("_clitic")) and nxt[:2] == ARTICLE and len(nxt) > 3 \
            and all(nxt not in t for t in (lx.weekdays, lx.ordinals, lx.numbers, lx.modifiers))
    if parts.get("span") and f"{parts['span']} ال{unit}" in lx.cues.get("not_whole", ()):
        return False  # على مدار الساعة: around the clock, no length
    if parts.get("num") or parts.get("quant") or parts.get("half") or parts.get("plushalf") \
            or parts.get("joined") or parts.get("upart") or parts.get("plusupart"):
        return True  # ساعة ونصف الساعة: a unit and a half is a length too
    if parts.get("own"):
        return True  # «طوال أيامه»: all its days (PXD)
    if parts.get("span") == "مده" or (parts.get("span") and lx.units.get(unit, ("", None))[1] == 1) \
            or parts.get("one"):
        return True  # لمدة عام, لمدة أيام, طوال عام, نحو أسبوع; «طيلة أيام رمضان» is no length
    if "ب" in parts.get("_clitic", "") and _measured_from_event(parts):
        return True
    lengths = {"", *lx.cues.get("plural_length", ())}
    with_lam = "ل" in parts.get("_clitic", "") and parts.get("_next", "") in lengths
    plural = lx.units.get(unit, ("", None))[1] is None and not parts.get("mod")
    long_ = parts.get("_next", "") in lx.cues.get("bare_length", ())
    with_lam = with_lam or ("ل" in parts.get("_clitic", "") and imperfective(parts.get("_next", "")))
    if plural and (unit.endswith("ا") or with_lam or long_):
        return True  # a plural unit with «ل» (لسنوات طويلة, or before a verb: لأيام يفرض), in the
        # accusative (أياما) or with an adjective of length even without «ل» (تعيش سنوات طويلة)
    if _bare_length(parts, unit, plural, parts.get("_next", "") in lengths):
        return True
    return lx.units.get(unit, ("", None))[1] == 2 and not parts.get("mod")


def _held_or_contracted(parts: dict[str, str]) -> bool:
    """«عقد/عقدين» as a contract or the verbal noun "holding", not decades: after a `contract_frame`
    word («في إطار عقد», «وقعت عقدين», «وتم عقد»), before an indefinite plural in «ـات» (what is held:
    «عقد شراكات», «عقد اجتماعات») or «عدة» («عقد عدة دورات»), or the singular after a count of three
    or more, which decades never take («المؤتمر 11 عقد في»: the verb "was held")."""
    nxt = parts.get("_next", "")
    count = lexicon().units.get(parts.get("unit", ""), ("", None))[1]
    if is_cue(parts.get("_verb", ""), "contract_frame") or (count == 1 and parts.get("quant") == "عده"):
        return True  # not «عدة عقود» (several decades)
    if len(nxt) >= 5 and nxt.endswith("ات") and not nxt.startswith(ARTICLE):
        return True
    return count == 1 and parts.get("num", "").isdigit() and int(parts["num"]) >= 3


def _bare_length(parts: dict[str, str], unit: str, plural: bool, ends: bool) -> bool:
    """A unit with no count that is a length by the words around it: one whole unit («يوم كامل»,
    «أسبوعا كاملا»: a `complete` cue after the singular); the object of a verb of lasting
    (`lasting`: «تستمر أسبوعا» P1W, «استمرت سنوات» PXY; a singular only in the accusative, a
    plural not before a definite word: «يقضي أيام العيد» is the days of the feast); a plural after
    a frame of length (`one_frame`, `span`, `whole`: «خلال ساعات من بدء», «على مدى أيام») when
    nothing that would make it a noun in construct follows (`ends`: the end of the phrase or a
    `plural_length` word; not «خلال أيام العيد»); after a `throughout` word («طوال», «طيلة») a noun
    with a pronoun that names no time may follow («طوال سنوات وجودها» PXY, the guide's round-41
    ruling; not «طيلة أيام رمضان»)."""
    lx = lexicon()
    count = lx.units.get(unit, ("", None))[1]
    nxt = parts.get("_next", "")
    before = parts.get("_verb", "")
    before = unjoined(before)
    if count == 1 and nxt in lx.cues.get("complete", ()) and lx.units[unit][0] != "DE":
        return True  # not «بعقد كامل» (a whole contract)
    if count == 1 and before in lx.cues.get("elapse", ()) and (
            nxt in lx.cues.get("complete", ()) or nxt in lx.cues.get("one_after", ())):
        return True  # «مر عقد كامل», «يبلغ عقدا واحدا»: a unit passed or reached, a decade too
    if count == 1 and unit.endswith("ا") and before in lx.cues.get("period_verb", ()) \
            and lx.units[unit][0] in ("W", "M", "Y"):
        return True  # «تنهي أسبوعا سلبيا»: a week closed by a verb of ending or opening one (P1W)
    if before in lx.cues.get("lasting", ()) and (
            (plural and not definite(nxt)) or (count == 1 and unit.endswith("ا"))):
        return True  # not «يقضي أيام العيد»: a plural in construct
    if plural and is_cue(before, "throughout") and _owned_noun(nxt):
        return True  # «طوال سنوات وجودها»: all the years of its being (PXY); not «طيلة أيام رمضان»
    frames = (*lx.cues.get("one_frame", ()), *lx.cues.get("span", ()), *lx.cues.get("whole", ()))
    return plural and ends and before in frames


def _owned_noun(word: str) -> bool:
    """A normalised noun with a pronoun suffix that names no time of its own («وجودها», «حكمه»): not a
    unit, month, weekday, season, the first word of a holiday, nor a `weekend` or `feast_holiday` word."""
    lx = lexicon()
    if word.startswith(ARTICLE) or len(word) < 4 or not word.endswith(pronoun_suffixes()):
        return False
    dated = (lx.units, lx.months, lx.hijri_months, lx.weekdays, lx.seasons, lx.cues.get("weekend", ()),
             lx.cues.get("feast_holiday", ()))
    return not any(word in t for t in dated) and all(h.split()[0] != word for h in lx.holidays)


_CLAUSE_END = regex.compile(r"[.،,؛;:!?؟\n]")


def _measured_from_event(parts: dict[str, str]) -> bool:
    """Whether a unit with «ب» written onto it and no count («قبل انطلاق الدوري بأسبوع», «وبعد تلك
    الواقعة بدقائق») is how far one event is from another: a «قبل/بعد» (`reference_offset`) among the
    four words before it in its clause names the other event, and the unit is a length, the count
    alone the span (docs/realtext-annotation.md, timex-dev-7). Not before a word it is in construct
    with («بعد التزامه بساعات العمل»): only a pause, a `hedge`, a length adjective or a preposition
    (`bare_length`, `plural_length`) may follow it."""
    cues = lexicon().cues
    nxt = parts.get("_next", "")
    after = {*cues.get("hedge", ()), *cues.get("bare_length", ()), *cues.get("plural_length", ())}
    if nxt and nxt not in after:
        return False
    clause = _CLAUSE_END.split(parts.get("_back", ""))[-1].split()
    return any(is_cue(w, "reference_offset") for w in clause[-4:])
