"""The events recall ceiling the names set: how many dev gold events have every party named.

    python3 -m benchmarks.realtext.party_ceiling OUT [--rows FILE]

Reads the kept run (`python3 -m benchmarks.realtext --keep OUT`), makes its names again with the
current tagger and resolver (then quotes and events, whose step adds a state named by a side),
and counts, per dev stratum (the main gold's dev split and each events-dev dev stratum; held-out
strata never read), the gold events whose every party has a predicted mention with an entity over
one of the party's gold mentions (its key, any span: what the scorer needs to key a party) against
those with a party unnamed. Each unnamed party is put in one kind by the words of its gold mention
nearest the event (`party_kind`): a group named by a formula, a description of a state's people, a
company, a body or chamber, an office alone, a person's name, a place, another organisation, a
predicted mention without an entity, no gold mention at all. `--rows FILE` writes each unnamed
party (stratum, line, kind, key, the gold mention in context) to read.

Columns: gold (events), tagger (every party named anywhere in the article by the tagger and
resolver alone), named (the same with the mentions the events step adds: a state's side, a
title's holder, a formula's group — stored only where a predicted event takes them), tnear and
near (the same two, but the party named in the trigger's sentence, or at its gold mention nearest
the trigger where the sentence has none: `near_trigger`), unnamd (events less named: the scorer
keys a party by its entity wherever the article names it, so `named` is the ceiling, `near` a
floor); the kinds count the parties unnamed anywhere / named only away from the trigger.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.realtext.draw_order import ROUNDS
from benchmarks.realtext.errors import ctx, pairs_of
from benchmarks.realtext.events_dev import EVENTS_DEV, HELD_OUT_STRATA
from benchmarks.realtext.gold import GOLD, GoldArticle, Mention, load
from benchmarks.realtext.kept_reruns import NAMED_LAYERS, NAMES_ONWARD, run_again, stored_articles
from benchmarks.realtext.measure import Pair, overlaps
from marsad.lang.normalize import normalize
from marsad.lang.state_sides import state_adjectives
from marsad.model import Article
from marsad.report.layout import article_record


def _forms(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


GROUP_WORDS = _forms("مجموعة دول الدول قوى القوى الست الخمس")
DESCRIBING_WORDS = _forms(
    "وفد مسؤول مسؤولون مسؤولين المسؤولين المسؤولون دبلوماسي دبلوماسيون دبلوماسيين ممثل ممثلين ممثلون "
    "قوات القوات الجيش جيش وزراء الوزراء الحكومة حكومة السفارة سفارة زعماء الزعماء قادة القادة قيادات "
    "الجانب جانب النظام الخارجية الداخلية قطاع الأطراف")
COMPANY_WORDS = _forms("شركة الشركة شركات بنك البنك مصرف المصرف")
BODY_WORDS = _forms(
    "مجلس المجلس مجلسي هيئة الهيئة لجنة اللجنة وزارة الوزارة غرفة الغرفة منظمة المنظمة اتحاد الاتحاد "
    "جامعة الجامعة برلمان البرلمان حركة الحركة حزب الحزب جمعية الجمعية مؤسسة المؤسسة صندوق الصندوق "
    "مركز المركز محكمة المحكمة بلدية البلدية إمارة الإمارة إدارة الإدارة نادي النادي مكتب المكتب "
    "الكونغرس الكونجرس جهاز الجهاز مديرية المديرية معهد المعهد وكالة الوكالة أمانة الأمانة ديوان الديوان "
    "فريق الفريق تيار التيار حلف الحلف آلية الآلية المؤتمر مؤتمر الائتلاف ائتلاف الهيئة")
OFFICE_WORDS = _forms(
    "وزير الوزير وزيري وزيرا رئيس الرئيس سفير السفير الأمين أمين ملك الملك أمير الأمير ولي وليّ نائب النائب "
    "مستشار المستشار قائد القائد مدير المدير محافظ المحافظ المبعوث مبعوث السفيرة وكيل رئيسة مساعد "
    "الملكة الشيخ سمو صاحب خادم المتحدث الناطق قنصل القنصل نظيره نظيريه نظيرها نظيري الفريق الرئيسة "
    "رئيس الدبلوماسية")
BEFORE = 12  # characters before a mention where «شركة»/«مجلس» name its kind («شركة [تقنية]»)
# The events stratum that became dev last: rotated in from the round before this one's draws, no
# rule written from it yet (reported apart, after the pooled others).
NEWEST_DEV = next(s for s in ROUNDS[-2] if s.startswith("events-dev"))
KINDS = ("group", "description", "company", "body", "office (state)", "office (person)", "person",
         "place", "org", "misc", "no entity", "no gold mention")


@dataclass
class Unnamed:
    stratum: str
    line: int
    key: str
    kind: str
    where: str
    elsewhere: bool  # named elsewhere in the article, not near the trigger


def party_kind(text: str, m: Mention, entityless: bool) -> str:
    """The kind of an unnamed party, read from its gold mention's words (normalised)."""
    if entityless:
        return "no entity"
    words = [w.strip("«»\"()") for w in normalize(text[m.start : m.end]).split()]
    words = [w for w in words if w]
    first = words[0] if words else ""
    before = set(normalize(text[max(0, m.start - BEFORE) : m.start]).split()[-1:])
    adjective = any(w in state_adjectives() for w in words)
    if m.type != "PER" and (any(ch.isdigit() for ch in text[m.start : m.end]) or first in GROUP_WORDS):
        return "group"
    if first in OFFICE_WORDS:
        return "office (person)" if m.type == "PER" else "office (state)"
    if m.type != "PER" and (first in DESCRIBING_WORDS or adjective):
        return "description"
    if first in COMPANY_WORDS or before & COMPANY_WORDS:
        return "company"
    if first in BODY_WORDS or before & BODY_WORDS:
        return "body"
    return {"PER": "person", "LOC": "place", "ORG": "org"}.get(m.type, "misc")


def names_again(arts: list[Article]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, dict[str, Any]]]:
    """Each article's tagger-and-resolver mentions, and its whole record once quotes and events
    ran again, by article id."""
    tagger, after = NAMES_ONWARD[:2], NAMES_ONWARD[2:]  # ner, resolve_entities | quotes, events
    run_again(arts, tagger)
    tagged = {art.id: article_record(art)["mentions"] for art in arts}
    run_again(arts, after)
    return tagged, {art.id: article_record(art) for art in arts}


def pairs(out: Path, gold: list[GoldArticle]) -> list[tuple[Pair, list[dict[str, Any]]]]:
    """Each gold article's pair (names made again) and its tagger-and-resolver mentions."""
    tagged, made = names_again(stored_articles(out))
    found = []
    for p in pairs_of(out.parent, gold, out.name):
        if p.pred:
            aid = p.pred["id"]
            p.pred.update({k: made[aid][k] for k in NAMED_LAYERS})
            found.append((p, tagged[aid]))
        else:
            found.append((p, []))
    return found


def named(mentions: list[dict[str, Any]], golds: list[Mention]) -> bool:
    return any(m.get("entity") and overlaps(m["start"], m["end"], g.start, g.end)
               for m in mentions for g in golds)


def near_trigger(g: GoldArticle, trigger: tuple[int, int], golds: list[Mention]) -> list[Mention]:
    """A party's gold mentions in the trigger's sentence (a body unit of the gold), else its one
    gold mention nearest the trigger: the words an events step reading the sentence can key."""
    unit = next(((s, e) for s, e in g.body_units if s <= trigger[0] < e), trigger)
    inside = [m for m in golds if unit[0] <= m.start < unit[1]]
    return inside or sorted(golds, key=lambda m: abs(m.start - trigger[0]))[:1]


def count(found: list[tuple[Pair, list[dict[str, Any]]]], rows: list[Unnamed]) -> dict[str, Counter[str]]:
    """Per stratum: events, events every party named by the tagger and resolver, by any mention
    (events step too); and each unnamed party (by any mention) added to `rows`."""
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for p, tagged in found:
        g = p.gold
        stratum = g.stratum if g.stratum.startswith("events-dev") else f"main {g.split}"
        if g.split == "test" or g.stratum in HELD_OUT_STRATA:
            continue
        every = p.spans("mentions")
        for e in g.events:
            c = by[stratum]
            c["events"] += 1
            golds = {k: [m for m in g.mentions if m.key == k] for k in e.participants}
            near = {k: near_trigger(g, e.trigger, ms) for k, ms in golds.items()}
            c["tagger"] += all(named(tagged, golds[k]) for k in e.participants)
            c["named"] += all(named(every, golds[k]) for k in e.participants)
            c["tagger near"] += all(named(tagged, near[k]) for k in e.participants)
            c["near"] += all(named(every, near[k]) for k in e.participants)
            for k in e.participants:
                if named(every, near[k]):
                    continue
                anywhere = named(every, golds[k])
                if not golds[k]:
                    rows.append(Unnamed(stratum, g.line, k, "no gold mention", "", anywhere))
                    c[f"{'near ' if anywhere else ''}no gold mention"] += 1
                    continue
                m = min(near[k], key=lambda x: abs(x.start - e.trigger[0]))
                bare = any(overlaps(x["start"], x["end"], m.start, m.end) for x in every)
                kind = party_kind(g.content, m, bare and not named(every, [m]))
                where = f"{m.type} {ctx(g.content, m.start, m.end, 40)}"
                rows.append(Unnamed(stratum, g.line, k, kind, where, anywhere))
                c[f"{'near ' if anywhere else ''}{kind}"] += 1
    return by


def table(by: dict[str, Counter[str]]) -> list[str]:
    def row(name: str, c: Counter[str]) -> str:
        kinds = " ".join(f"{c[k]}/{c['near ' + k]}" for k in KINDS)
        return (f"{name:24s} {c['events']:5d} {c['tagger']:6d} {c['named']:6d} {c['tagger near']:6d} "
                f"{c['near']:6d} {c['events'] - c['named']:6d}  {kinds}")
    lines = [f"{'stratum':24s} {'gold':>5s} {'tagger':>6s} {'named':>6s} {'tnear':>6s} {'near':>6s} "
             f"{'unnamd':>6s}  kinds (parties unnamed anywhere/only near): " + " / ".join(KINDS)]
    pooled: Counter[str] = Counter()
    for s in sorted(by, key=lambda s: (s == NEWEST_DEV, s)):
        if s == NEWEST_DEV:
            lines.append(row(f"dev pooled (not {NEWEST_DEV.removeprefix('events-dev-')})", pooled))
        else:
            pooled.update(by[s])
        lines.append(row(s, by[s]))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--rows", type=Path)
    args = ap.parse_args(argv)
    rows: list[Unnamed] = []
    by = count(pairs(args.out / "record-orig-out", load(GOLD)), rows)
    for s, c in count(pairs(args.out / "events-dev" / "record-orig-out", load(EVENTS_DEV)), rows).items():
        by[s].update(c)
    print("\n".join(table(by)))
    if args.rows:
        args.rows.write_text("".join(f"{r.stratum}\t{r.line}\t{r.kind}\t{r.key}\t{r.where}\t"
                                     f"{'elsewhere' if r.elsewhere else 'unnamed'}\n" for r in rows),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
