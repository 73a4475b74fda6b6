"""Names made with a head noun (`lang/ar/ner_name_heads.tsv`).

- A head in construct state right before a name makes one name with it, of the head's type:
  «هيئة [قناة السويس]» → ORG «هيئة قناة السويس», «إمارة [منطقة الباحة]» → ORG. Before a
  person's name the head may take a title too: «جامعة الملك [سعود]» → ORG, «مدينة الملك
  [عبدالله] الرياضية» → LOC. A classifier head («شركة», «نادي», «مدينة») joins only a name of
  another type than its own: «شركة [أرامكو]» stays «أرامكو», «شركة [آسيا] للاستثمار» is the
  company, and so is «شركة [آسيا للاستثمار]» where the tagger took the place and its complement
  for the company; a place classifier never joins an organisation («دول [مجموعة العشرين]»). The head
  of a facility named after a person (kind `named`: «قاعدة») joins only a person's name, with
  its title: «قائد قاعدة الملك [عبدالعزيز البحرية]» is the base, not a person who speaks;
  «قاعدة [الأمم المتحدة]» stays the body.
- A name completed that way takes the definite nisba adjectives after it («الرياضية»,
  «التعاونية», «الدولي») and, when the name inside was of another type, one complement in ل
  («مركز الملك سلمان للإغاثة», «شركة آسيا للاستثمار»).
- A head marked `alone` with definite words after it is a name even where the tagger found
  none: «مهرجان العسل الدولي», «جمعية النحالين التعاونية»: one definite word, then only nisba
  adjectives («كأس العالم المقبلة» is «كأس العالم»: a participle after it is no part of it).
  (A definite head with adjectives and a complement in ل, «الأمانة العامة لسوق عكاظ»,
  «المعهد البريطاني للمقاييس», as a name was tried: real-text dev ORG strict F1 0.698 → 0.702
  but test ORG P 0.702 → 0.697 and test quote speaker 0.798 → 0.790, so it is not done. Taking
  such a phrase only as the subject of a verb of saying, «أكد [المركز الإعلامي للمقاومة] أن»,
  «كشفت [خلية الإعلام الحربي]، عن», was tried too: quotes-dev speaker 0.884 → 0.896, held-out
  quotes-dev-fresh4 0.769 unchanged, test ORG P and quote speaker down the same way, 3k story
  pairs test R 0.872 → 0.859; not done either.)
- An organisation classifier («شركة», «مجموعة», «صحيفة») right before a quoted phrase of at
  most MAX_QUOTED words that no name holds makes that phrase a name of its type even where the
  tagger found none: «وفداً من شركة "[بيدو]" الصينية». So does a part head of an organisation's
  name listed in lang/ar/ner_quoting_heads.tsv («مركز», «لجنة», «معهد»; not «مديرية», a district
  as often) before a phrase in quotation marks: «ومركز "[صناعة خبر]" للتدريب الإعلامي».
- A title word («مسرحية», «فيلم», «رواية») is never part of the name after it, but gives a
  quoted name after it its type: «فيلم «[مدغشقر]»» is a work, not the island. (Dropping a
  quoted MISC of several words with no title word before it, as a citation, «“القوى
  العظمى”», was tried: real-text dev exact F1 0.730 → 0.723, so it is not done.) The title
  words include a device's, a booth's and a tent's («جهاز “[نوت برو]”», «ركن ”[مشاكل وحلول]“»).
- The head of an event's or an award's name («مهرجان», «بطولة», «جائزة») right before a quoted
  phrase leaves the phrase as the event's own name, MISC, without the head: «مهرجان «[ليالي
  الشرقية]»»; the head the tagger found alone there names nothing and goes.

- A classifier the tagger put at the start of a name goes when what follows stands alone: one
  word («[شركة موبايلي]» → «موبايلي», «[صحيفة الاندبندنت]», «[مدينة نجران]»), a listed name
  («[دولة الإمارات العربية المتحدة]»), or a name with a head of its own («[ملعب مدينة الملك عبدالله
  الرياضية]»); never before a title («مدينة الملك فهد الطبية») or a complement in ل («شركة آسيا
  للاستثمار»), a nisba or a cue word («النادي الكرواتي», «وكالة أنباء»). With the article
  only before one word («[النادي هجر]»). «نادي» goes before a listed club's bare name
  (`clubs.listed_clubs`), a common word or a nisba though it is: «[نادي الشباب]» → «الشباب»,
  «[النادي الأهلي]» → «الأهلي», as the real-text gold marks «نادي [الهلال]».

Only words no other name holds are taken, never across a sentence break.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.lang import load_table
from marsad.lang.clitics import LAM_ARTICLE
from marsad.lang.normalize import normalize
from marsad.ner.clubs import club_classifier, listed_clubs
from marsad.ner.consistency import Chunk
from marsad.ner.lexicon import (
    PhraseIndex,
    candidates,
    catalogue_index,
    cue_index,
    cue_of,
    definite,
    gazetteer_index,
    is_place,
    nisba,
)
from marsad.ner.tokens import QUOTE_MARKS

MAX_TAIL = 3  # adjectives and complements a completed name may take after it
MAX_ALONE = 3  # definite words after a head that alone make a name
MAX_QUOTED = 3  # words of a quoted name after an organisation classifier
_TITLES = {"PER_TITLE", "PER_HONORIFIC"}


@dataclass(frozen=True)
class Head:
    type: str
    classifier: bool
    alone: bool
    title: bool
    office: bool = False  # the office of whoever holds it: never a person's name after it
    named: bool = False  # a facility named after a person: only a person's name after it


@cache
def head_index() -> PhraseIndex:
    rows = load_table("ner_name_heads")
    return PhraseIndex(
        [(tuple(normalize(r["word"]).split()), f"{r['type']}|{r['kind']}|{r['alone']}") for r in rows]
    )


def parse_head(label: str) -> Head:
    """The head a `head_index` label stands for."""
    typ, kind, alone = label.split("|")
    return Head(typ, kind == "classifier", alone == "yes", kind == "title", kind == "office", kind == "named")


def _title(norm: str) -> bool:
    singles = cue_index().single
    return any(singles.get(c) in _TITLES for c in candidates(norm))


def _lam_complement(norm: str) -> bool:
    """A definite word behind ل (للإغاثة، للاستثمار، لأبحاث is not definite and not taken)."""
    return norm.startswith(LAM_ARTICLE) and len(norm) > 4


def _tail(norms: Sequence[str], end: int, taken: set[int], breaks: set[int], complement: bool) -> int:
    k = end
    while k < len(norms) and k - end < MAX_TAIL and k not in taken and k not in breaks:
        w = norms[k]
        if w.startswith("ال") and nisba(w):
            k += 1
        elif complement and _lam_complement(w):
            k += 1
            complement = False
        else:
            break
    return k


def _place_complement(norms: Sequence[str], c: Chunk) -> bool:
    """Whether chunk c is a listed place and a complement in ل, which the tagger took for the
    organisation whole («شركة [آسيا للاستثمار]»): the place is of another type than the
    company, so the classifier is part of its name as it is of «شركة [آسيا] للاستثمار»."""
    if c.end - c.start < 2 or not _lam_complement(norms[c.end - 1]):
        return False
    return _listed_place(norms, c.start, c.end - 1)


def _alone_word(norm: str, first: bool) -> bool:
    """A word a head takes alone: the first definite word, then only definite nisba
    adjectives: «جمعية النحالين التعاونية» leaves «المشتمل» out."""
    return definite(norm) and (first or nisba(norm))


def _listed_places(
    norms: Sequence[str], heads: dict[int, tuple[int, Head]], chunks: list[Chunk], breaks: set[int]
) -> list[Chunk]:
    """`chunks` and the one-word listed places (gazetteer, catalogue) the tagger missed right
    after a head that is part of its name: «محكمة استئناف [ديالى]», «جامعة [القصيم]»."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    added = [
        Chunk(e, e + 1, "LOC", 1.0, "crf")
        for e, (_, head) in heads.items()
        if e < len(norms) and e not in taken and e not in breaks and not head.classifier
        and not head.title and not head.named and is_place(norms[e])
    ]
    return sorted(chunks + added, key=lambda c: c.start) if added else chunks


def head_names(
    norms: Sequence[str], chunks: list[Chunk], breaks: set[int],
    found: list[tuple[int, int, str]] | None = None,
) -> list[Chunk]:
    """`found`: the name heads' matches over `norms`, when already computed."""
    if found is None:
        found = head_index().matches(norms)
    heads = {e: (s, parse_head(label)) for s, e, label in found}
    chunks = _listed_places(norms, heads, chunks, breaks)
    taken = {i for c in chunks for i in range(c.start, c.end)}
    for c in chunks:
        at = c.start
        if c.type == "PER" and at >= 1 and at not in breaks and at - 1 not in taken and _title(norms[at - 1]):
            at -= 1  # «جامعة الملك [سعود]»: the title comes with the person into the name
        if at not in heads or at in breaks:
            continue
        s, head = heads[at]
        if head.title or (head.office and c.type == "PER"):
            continue  # «برئاسة الجنرال X»: headed by X, no body named after him
        if head.named and not (c.type == "PER" or _title(norms[c.start])):
            continue  # «قاعدة [الأمم المتحدة]»: a base of the body, not named after it
        if any(i in taken or (i in breaks and i != s) for i in range(s, at)) or definite(norms[s]):
            continue
        other = c.type != head.type
        if head.classifier and not (other or _place_complement(norms, c)) or (
            head.classifier and head.type == "LOC" and c.type == "ORG"
        ):
            continue  # «دول [مجموعة العشرين]»: a place word before an organisation is no part of it
        if at < c.start and c.type != "PER":
            continue
        own = set(range(c.start, c.end))
        end = _tail(norms, c.end, taken - own, breaks, complement=other)
        taken.update(range(s, end))
        c.start, c.end, c.type, c.source = s, end, head.type, "head"
    added = []
    for s, e, label in found:
        head = parse_head(label)
        if head.title or not head.alone or any(i in taken for i in range(s, e)) or definite(norms[s]):
            continue
        k = e
        while (
            k < len(norms) and k - e < MAX_ALONE and k not in taken | breaks and _alone_word(norms[k], k == e)
        ):
            k += 1
        if k > e:
            added.append(Chunk(s, k, head.type, 1.0, "head"))
            taken.update(range(s, k))
    return sorted(chunks + added, key=lambda c: c.start)


def _classifier_at(norm: str) -> bool | None:
    """None when `norm` is no classifier head; else whether it carries the article (النادي)."""
    single = head_index().single
    for form in candidates(norm):
        label = single.get(form)
        if label is not None and parse_head(label).classifier:
            return False
        label = single.get(form[2:]) if form.startswith("ال") else None
        if label is not None and parse_head(label).classifier:
            return True
    return None


def _listed(norms: Sequence[str], s: int, e: int) -> bool:
    """Whether words s..e are exactly a gazetteer or catalogue name."""
    part = list(norms[s:e])
    found = gazetteer_index().matches(part) + catalogue_index().matches(part)
    return any(a == 0 and b == e - s for a, b, _ in found)


def _stands_alone(norms: Sequence[str], s: int, e: int, article: bool) -> bool:
    """Whether the words s..e after a classifier are a name by themselves: one listed word, or
    one that is no nisba adjective nor cue word and is indefinite (a definite common noun may
    be the name's second half: «وكالة القراءة»; after a classifier with the article, any such
    word: «النادي الأهلي» is kept whole, «الأهلي» being a nisba), a listed name, or a name with
    a head of its own."""
    if e - s == 1:
        if _listed(norms, s, e):
            return True
        if nisba(norms[s]) or cue_of(norms[s]):  # «النادي [الكرواتي]», «وكالة [أنباء]»: no name alone
            return False
        return article or not definite(norms[s])
    if _listed(norms, s, e):
        return True
    return any(not parse_head(lab).title for lab in _labels_at(norms[s]))


def _listed_club(norms: Sequence[str], s: int, e: int) -> bool:
    """Whether words s..e are the club classifier and a listed club's bare name: «نادي [الشباب]»,
    «النادي [الأهلي]» (a definite common word or nisba alone, but the club after «نادي»)."""
    return e - s == 2 and club_classifier(norms[s]) and norms[s + 1] in listed_clubs()


def _listed_place(norms: Sequence[str], s: int, e: int) -> bool:
    """Whether words s..e are a listed place: one word (`lexicon.is_place`) or exactly a
    gazetteer or catalogue name of type LOC."""
    if e - s == 1 and is_place(norms[s]):
        return True
    part = list(norms[s:e])
    found = gazetteer_index().matches(part) + catalogue_index().matches(part)
    return any(a == 0 and b == e - s and t == "LOC" for a, b, t in found)


def _labels_at(norm: str) -> list[str]:
    single = head_index().single
    return [single[f] for f in candidates(norm) if f in single]


def drop_classifiers(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` without the classifier at their start where the rest stands alone (see the
    module's docstring); changed in place."""
    for c in chunks:
        if c.end - c.start < 2:
            continue
        article = _classifier_at(norms[c.start])
        if article is None or (article and c.end - c.start > 2):
            continue
        complements = range(c.start + 2, c.end)  # «شركة آسيا للاستثمار», but «[مدينة لندن]»
        if _title(norms[c.start + 1]) or any(norms[i].startswith("ل") for i in complements):
            continue
        if _listed(norms, c.start, c.end) and not _listed_club(norms, c.start, c.end):  # «المدينة المنورة»
            continue
        if any(a == 0 and b == 2 for a, b, _ in cue_index().matches(list(norms[c.start : c.start + 2]))):
            continue  # «وكالة أنباء» is one cue phrase: «أنباء» is no name alone
        if _listed_club(norms, c.start, c.end) or _stands_alone(norms, c.start + 1, c.end, article):
            c.start += 1
    return chunks


def title_before(norms: Sequence[str], k: int) -> Head | None:
    """The title head that is word k - 1 (behind a proclitic, or with its article), if any."""
    if k <= 0:
        return None
    word = norms[k - 1]
    single = head_index().single
    for form in (*candidates(word), word[2:] if word.startswith("ال") else ""):
        label = single.get(form)
        if label is not None and parse_head(label).title:
            return parse_head(label)
    return None


def quoted(norms: Sequence[str], c: Chunk) -> bool:
    """Whether a quotation mark stands right before the chunk and right after it."""
    inside = c.start > 0 and c.end < len(norms)
    return inside and norms[c.start - 1] in QUOTE_MARKS and norms[c.end] in QUOTE_MARKS


def titled_names(norms: Sequence[str], chunks: list[Chunk]) -> list[Chunk]:
    for c in chunks:
        head = title_before(norms, c.start - 1) if quoted(norms, c) else None
        if head is not None:
            c.type = head.type
    return chunks


_SEPARATORS = frozenset("،,.;؛:")  # a clause's punctuation, written inside the closing mark


@cache
def quoting_heads() -> frozenset[str]:
    """The part heads of `lang/ar/ner_quoting_heads.tsv`, normalised."""
    return frozenset(normalize(r["word"]) for r in load_table("ner_quoting_heads"))


def _quoting_part(norm: str, opener: str) -> bool:
    """Whether the part head `norm` of an organisation's name («مركز», «لجنة», «معهد»: the rows of
    `quoting_heads`, a proclitic before it allowed) gives the quoted phrase after it its own name:
    «ومركز "[صناعة خبر]" للتدريب الإعلامي», «لجنة "[تحسين خدمة المريض]"». In quotation marks only
    (a bracket after such a head is as often an aside)."""
    return opener in QUOTE_MARKS and any(w in quoting_heads() for w in candidates(norm))


def quoted_after_classifiers(norms: Sequence[str], chunks: list[Chunk], breaks: set[int]) -> list[Chunk]:
    """`chunks` and the quoted or bracketed phrases right after an organisation classifier
    (شركة "بيدو" → ORG «بيدو», «شركة (سيبرين) الروسية» → ORG «سيبرين») or quoted after a part head
    of an organisation's name (`_quoting_part`: مركز "صناعة خبر" → ORG «صناعة خبر»), and the quoted ones
    right after a title word (مسرحية «الأشقياء والتحدي» → MISC, a work's own name), of at most
    MAX_QUOTED words, within one sentence: added where no name holds them, retyped where the
    tagger's name is exactly the phrase, and in place of the tagger's names inside it that hold
    part of it only («شركة "إفكتف [ميجور]"»: the company, no person «ميجور»)."""
    taken = {i for c in chunks for i in range(c.start, c.end)}
    exact = {(c.start, c.end): c for c in chunks}
    added = []
    for k in range(len(norms) - 2):
        opener = norms[k + 1]
        if (opener not in QUOTE_MARKS and opener != "(") or (k in taken and (k, k + 1) not in exact):
            continue
        head = next((parse_head(lab) for lab in _labels_at(norms[k])), None)
        if head is None or head.type != "ORG" or not (head.classifier or _quoting_part(norms[k], opener)):
            head = title_before(norms, k + 1) if opener in QUOTE_MARKS else None
        if head is None and opener in QUOTE_MARKS:
            head = _event_head(norms[k])
        if head is None or (k in taken and head.type != "MISC"):
            continue
        closers = QUOTE_MARKS if opener in QUOTE_MARKS else {")"}
        reach = range(k + 2, min(len(norms), k + 3 + MAX_QUOTED))
        close = next((j for j in reach if norms[j] in closers), None)
        if close is None or close == k + 2 or any(i in breaks for i in range(k + 1, close + 1)):
            continue
        if not any(ch.isalpha() for j in range(k + 2, close) for ch in norms[j]):
            continue  # «مجموعة (5+1)»: a formula, for `acronyms.group_formulas`
        if head.title and head.type == "ORG" and _listed_place(norms, k + 2, close):
            continue  # «قناة "بنما"», «قناة «السويس»»: the canal, no channel
        named = exact.get((k + 2, close))
        if named is not None:
            named.type = head.type
            continue
        while close > k + 3 and norms[close - 1] in _SEPARATORS:
            close -= 1  # «كتاب "كرامة الأمة،"»: the comma inside the marks is no part of the name
        inner = [c for c in chunks if k + 2 <= c.start and c.end <= close]
        held = {i for c in inner for i in range(c.start, c.end)}
        if any(i in taken and i not in held for i in range(k + 1, close + 1)):
            continue
        if inner:  # «شركة "إفكتف [ميجور]"»: the tagger's pieces give way to the whole phrase
            chunks = [c for c in chunks if all(c is not x for x in inner)]
            exact = {(c.start, c.end): c for c in chunks}
        added.append(Chunk(k + 2, close, head.type, 1.0, "head"))
        taken.update(range(k + 2, close))
        lone_head = exact.pop((k, k + 1), None)  # «[مهرجان] «واحتنا فرحانة»»: the head names nothing alone
        if lone_head is not None:
            chunks = [c for c in chunks if c is not lone_head]
    return sorted(chunks + added, key=lambda c: c.start)


def _event_head(norm: str) -> Head | None:
    """The head that is part of an event's or an award's name («مهرجان», «بطولة», «جائزة»), if
    `norm` is one: a quoted phrase right after it is that event's own name, MISC, the head left
    out («مهرجان «ليالي الشرقية»»)."""
    head = next((parse_head(lab) for lab in _labels_at(norm)), None)
    if head is None or head.type != "MISC" or head.classifier or head.title:
        return None
    return head
