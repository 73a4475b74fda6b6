"""A unique office named by its title alone («العاهل السعودي», «خادم الحرمين الشريفين», «الرئيس
الصيني», «أمير قطر», «ولي ولي العهد») is the person who held it on the article's day (the catalogue's
`holds`): the events gold keys the title to him. Never where the article names him or another
holder, the title is another's office or a former holder's, or no day is known."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import marsad
from marsad.events.context import build_context
from marsad.events.title_holders import title_holders
from marsad.lang import load_table
from marsad.lang.office_holders import holder_on, holders_ever
from marsad.resolve.catalogue import CatalogueError, parse
from marsad.steps.events import events
from marsad.steps.quotes import quotes
from tests.test_events_units import marked


def _holders(src: str, day: str | None = "2015-08-01") -> list[tuple[str, str | None]]:
    art = marked(src, day)
    return [(m.slice(art.text), m.attrs.entity) for m in title_holders(build_context(art, sides=True))]


_Run = tuple[list[tuple[str, list[str]]], list[tuple[str, str, str | None]]]


def _run(src: str, day: str = "2015-08-01") -> _Run:
    art = marked(src, day)
    quotes.func(art)
    events.func(art)
    added = [(m.slice(art.text), m.label, m.attrs.entity) for m in art.layer("mentions") if m.attrs.side]
    return [(e.label, e.attrs.participants) for e in art.layer("events")], added


def test_the_holder_of_the_articles_day() -> None:
    src = "وبحث خادم الحرمين الشريفين في اتصال هاتفي مع [أوباما](PER:barack_obama) تطورات المنطقة."
    assert _holders(src) == [("خادم الحرمين الشريفين", "salman_bin_abdulaziz")]
    # the King until 23 January 2015 was Abdullah
    assert _holders(src, "2014-11-02") == [("خادم الحرمين الشريفين", "abdullah_bin_abdulaziz")]
    assert _holders(src, "2015-01-22") == [("خادم الحرمين الشريفين", "abdullah_bin_abdulaziz")]
    assert _holders(src, None) == []  # no day: no holder


def test_titles_with_the_states_adjective_or_name() -> None:
    assert _holders("وتأتي الخطوة قبل زيارة الرئيس الصيني إلى [القاهرة](LOC:cairo).") == [
        ("الرئيس الصيني", "xi_jinping")]
    assert _holders("وأكد مصدر أن زيارة يعتزم العاهل السعودي القيام بها لموسكو قريبا.") == [
        ("العاهل السعودي", "salman_bin_abdulaziz")]
    assert _holders("والتقى [كيري](PER:john_kerry) أمير [قطر](LOC:qatar) في الدوحة.") == [
        ("أمير", "tamim_bin_hamad")]
    assert _holders("واستقبل أمير دولة [الكويت](LOC:kuwait) الوفد أمس.") == [("أمير", "sabah_al_ahmad")]
    assert _holders("ونقل للعاهل الأردني رسالة خطية.") == [("لعاهل الأردني", "abdullah_ii")]  # ل left out
    assert _holders("واجتمع بالعاهل الأردني أمس.") == [("العاهل الأردني", "abdullah_ii")]
    assert _holders("وكان ولي ولي العهد قد زار [موسكو](LOC:moscow) الشهر الماضي.") == [
        ("ولي ولي العهد", "mohammed_bin_salman")]
    assert _holders("وتوجه ولي ولي العهد إلى [باريس](LOC:paris).", "2015-03-01") == [
        ("ولي ولي العهد", "mohammed_bin_nayef")]
    # a title that needs its state: none without («الرئيس» alone, «الأمير السعودي»: many princes)
    assert _holders("ووصل الرئيس إلى [عمان](LOC:amman) أمس.") == []
    assert _holders("والتقى الأمير السعودي الوفد.") == []
    # «أمير منطقة الرياض»: no state in construct
    assert _holders("واستقبل أمير منطقة [الرياض](LOC:riyadh) الوفد.") == []


def test_no_holder_where_the_title_is_anothers() -> None:
    # a former holder, or a title in another's office
    assert _holders("وزار الرئيس الأمريكي السابق [عمان](LOC:amman) أمس.") == []
    assert _holders("واستقبل سفير خادم الحرمين الشريفين لدى [كندا](LOC:canada) الوفد.") == []
    assert _holders("وعاد نائب الرئيس اليمني إلى [عدن](LOC:aden).") == []
    assert _holders("واستقبل المبعوث الخاص لخادم الحرمين الشريفين الوفد.") == []
    assert _holders("وقدم الوفد الشكر لخادم الحرمين الشريفين على الدعوة.") == [
        ("خادم الحرمين الشريفين", "salman_bin_abdulaziz")]  # «ل» after no office: the King himself
    assert _holders("وجاء ذلك بتوجيه خادم الحرمين الشريفين لولي ولي العهد بزيارة [موسكو](LOC:moscow).") == [
        ("خادم الحرمين الشريفين", "salman_bin_abdulaziz"), ("ولي ولي العهد", "mohammed_bin_salman")]
    # the holder named right after the title, or before it with a comma
    assert _holders("واستقبل العاهل الأردني [الملك عبدالله الثاني](PER:abdullah_ii) الوفد.") == []
    assert _holders("وبحث [محمد بن سلمان](PER:mohammed_bin_salman)، ولي ولي العهد، الملف.") == []
    # the article names another holder of the office: the title may be his
    assert _holders("وزار [الملك فهد](PER:fahd_bin_abdulaziz) جدة. وكان العاهل السعودي قد وصل.") == []
    # one who held it once and holds another office that day is known by that one
    # the title worn by one the article names right before it, whoever the catalogue says: his
    src2 = ("التقى الأمير [محمد](PER:prince_x) ولي ولي العهد الوفد. "
            "واجتمع ولي ولي العهد مع [سمير جعجع](PER:geagea).")
    assert _holders(src2) == []
    src = "واستقبل [محمد بن نايف](PER:mohammed_bin_nayef) الوفد. وكان ولي ولي العهد قد وصل أمس."
    assert _holders(src) == [("ولي ولي العهد", "mohammed_bin_salman")]


def test_the_holder_is_the_party_and_stored_as_his_name() -> None:
    evs, added = _run("وأكد الوزير أن زيارة الرئيس الصيني إلى [مصر](LOC:egypt) ستتم قريبا.")
    assert evs == [("VISIT", ["xi_jinping"])]
    assert added == [("الرئيس الصيني", "PER", "xi_jinping")]
    evs, added = _run("واستمع المجلس إلى نتائج زيارة ولي ولي العهد إلى [القاهرة](LOC:cairo)، "
                      "واجتماعه مع الرئيس المصري.")
    assert ("MEET", ["mohammed_bin_salman", "abdel_fattah_el_sisi"]) in evs
    # a title no event takes is not stored
    evs, added = _run("وقال خادم الحرمين الشريفين إن المملكة ماضية في نهجها.")
    assert evs == [] and added == []


def test_holders_in_the_catalogue() -> None:
    assert holder_on("head", "saudi_arabia", "2015-01-23") == "salman_bin_abdulaziz"
    assert holder_on("deputy_heir", "saudi_arabia", "2015-04-29") == "mohammed_bin_salman"
    assert holder_on("deputy_heir", "saudi_arabia", "2018-01-01") is None  # the office was abolished
    assert holder_on("head", "atlantis", "2015-01-01") is None
    assert {"abdullah_bin_abdulaziz", "salman_bin_abdulaziz"} <= holders_ever("head", "saudi_arabia")
    with pytest.raises(CatalogueError, match="holds"):
        parse("- {id: x, type: PER, name: س, holds: [king saudi_arabia 2015]}", "yaml", "test")


# a state each title is used for: (its id, its adjective, its name)
_STATES = {"ملك": ("jordan", "الأردني", "الأردن"), "عاهل": ("jordan", "الأردني", "الأردن"),
           "أمير": ("qatar", "القطري", "قطر"), "سلطان": ("oman", "العماني", "عمان"),
           "ولي": ("saudi_arabia", "السعودي", "السعودية"), "رئيس": ("egypt", "المصري", "مصر")}


@pytest.mark.parametrize("row", [r for r in load_table("event_unique_offices") if r["office"] != "former"],
                         ids=lambda r: r["phrase"])
def test_each_title_of_the_table_names_its_holder(row: dict[str, str]) -> None:
    first = row["phrase"].split()[0].removeprefix("ال")
    state, adjective, name = _STATES.get(first, ("saudi_arabia", "السعودي", "السعودية"))
    if row["phrase"].endswith("الحكومة"):
        adjective = adjective + "ة"  # «رئيس الحكومة المصرية»
    qualified = {"adjective": f"{row['phrase']} {adjective}", "none": row["phrase"],
                 "name": f"{row['phrase']} [{name}](LOC:{state})"}[row["qualifier"]]
    day = "2016-01-01"
    got = _holders(f"وأكد المصدر أن {qualified} وصل أمس.", day)
    holder = holder_on(row["office"], row["state"] or state, day)
    assert holder is not None
    assert [e for _, e in got] == [holder]


def test_a_run_stores_the_holder_as_an_entity_when_no_article_names_him(tmp_path: Path) -> None:
    # the King named by his title alone is a party: the corpus holds him as an entity (a catalogue
    # entry, steps/merge_events.side_entities), so the run's foreign keys hold; before, an article
    # alone in its batch with such a party failed the whole run at commit
    record = {"source": "test", "url": "http://example.com/1", "date_extracted": "2015-08-01 09:00:00",
              "title": "العاهل السعودي يستقبل رئيس وزراء باكستان",
              "content": "الرياض - واس\nاستقبل العاهل السعودي في قصر السلام بجدة أمس رئيس وزراء باكستان "
                         "نواز شريف، وبحث معه العلاقات الثنائية بين البلدين.\n"}
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    marsad.run([src], out)
    db = sqlite3.connect(out / "marsad.db")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    parties = {r[0] for r in db.execute("SELECT entity FROM event_participants")}
    stored = {r[0] for r in db.execute("SELECT id FROM entities")}
    holder = holder_on("head", "saudi_arabia", "2015-08-01")
    assert holder is not None and holder in parties and holder in stored
