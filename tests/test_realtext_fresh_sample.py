"""fresh_sample: a seeded draw of marsad's output on fresh text, sheets and skeleton rows without
text, and `add`, which checks filled rows before appending them to the fresh readings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from benchmarks.realtext import fresh_sample
from benchmarks.realtext.draw import text_hash
from benchmarks.realtext.draw_order import REALTEXT
from benchmarks.realtext.event_sample import _rank
from benchmarks.realtext.fresh_add import FIELDS, row_key
from benchmarks.realtext.fresh_again import again
from benchmarks.realtext.fresh_items import LAYERS, RunNames, sentences
from benchmarks.realtext.fresh_pool import (
    Article,
    Golds,
    Skip,
    fresh_lines,
    gold_files,
    load_golds,
    pending,
    read_skip,
    uncovered,
)
from benchmarks.realtext.fresh_readings import READINGS
from benchmarks.realtext.fresh_sample import draw, main, rows, sheet

import marsad

ARABIC = re.compile(r"[\u0600-\u06FF]")
RECORDS = [
    ("spa", "ولي العهد يستقبل وزير الخارجية الفرنسي",
     "استقبل ولي العهد الأمير محمد بن سلمان في الرياض أمس وزير الخارجية الفرنسي لوران فابيوس، وبحث معه "
     "العلاقات الثنائية.\nوقال فابيوس إن \"العلاقات بين البلدين متينة\".\nوأضاف أن الزيارة تأتي في إطار "
     "التشاور المستمر بين باريس والرياض."),
    ("alriyadh", "اتصال هاتفي",
     "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع العاهل الأردني الملك عبدالله الثاني يوم الأحد "
     "الماضي.\nوأكد السيسي خلال الاتصال أن \"أمن المنطقة مسؤولية مشتركة\"، حسب بيان الرئاسة."),
    ("okaz", "توقيع اتفاقية",
     "وقعت وزارة الصحة السعودية وشركة أرامكو اتفاقية للتعاون في مجال التدريب يوم الثلاثاء 21 يوليو 2015 في "
     "الظهران.\nوقال وزير الصحة خالد الفالح إن الاتفاقية ستسهم في تطوير الكوادر الوطنية."),
    ("okaz", "زيارة",
     "زار رئيس الوزراء التركي أحمد داود أوغلو العاصمة القطرية الدوحة أمس والتقى أمير قطر الشيخ تميم بن حمد "
     "آل ثاني.\nوصرح داود أوغلو بأن \"المحادثات كانت مثمرة\"."),
]
NO_GOLD = Golds(frozenset(), frozenset(), frozenset())


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict]]:
    """A marsad run over four records written here: (run folder, records file, records)."""
    base = tmp_path_factory.mktemp("fresh")
    records = [{"source": s, "url": f"http://example.com/{k}", "date_extracted": "2015-07-21 09:00:00",
                "title": t, "content": c} for k, (s, t, c) in enumerate(RECORDS)]
    path = base / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    marsad.run([path], base / "run")
    return base / "run", path, records


def test_the_draw_is_deterministic_seed_dependent_and_stable_across_runs(tiny) -> None:
    run, _, records = tiny
    first = draw(run, records, "events", 3, 7, NO_GOLD)
    assert [i.id for i in first.items] == [i.id for i in draw(run, records, "events", 3, 7, NO_GOLD).items]
    assert first.pool >= 4 and len(first.items) == 3 and first.reading == "events-seed7"
    whole = draw(run, records, "events", 99, 7, NO_GOLD)
    assert [i.id for i in whole.items] == sorted((i.id for i in whole.items), key=lambda x: _rank(7, x))
    orders = {tuple(i.id for i in draw(run, records, "events", 99, seed, NO_GOLD).items) for seed in range(8)}
    assert len(orders) > 1
    # another run without line 0's items draws the others in the same order
    less = draw(run, records, "events", 99, 7, NO_GOLD, frozenset({0}))
    assert [i.id for i in less.items] == [i.id for i in whole.items if i.line != 0]


def test_gold_lines_gold_texts_and_skipped_lines_are_never_drawn(tiny) -> None:
    run, _, records = tiny
    golds = Golds(frozenset({1}), frozenset({text_hash(records[2]["content"])}), frozenset())
    assert fresh_lines(records, golds, {3}) == {0}
    for layer in LAYERS:
        for seed in range(4):
            sample = draw(run, records, layer, 50, seed, golds, frozenset({3}))
            assert {i.line for i in sample.items} <= {0}, layer
    assert draw(run, records, "events", 50, 0, NO_GOLD).articles == 4


def test_the_golds_come_from_the_gold_files_not_the_readings() -> None:
    golds = load_golds()
    assert READINGS not in gold_files() and REALTEXT / "events_dev.jsonl" in gold_files()
    dev = [json.loads(ln) for ln in (REALTEXT / "events_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["line"] for r in dev if "line" in r} <= golds.lines
    assert {r["hash"] for r in dev if "hash" in r} <= golds.hashes


def test_a_registered_stratum_without_gold_rows_is_pending_until_its_lines_are_given(tmp_path) -> None:
    golds = Golds(frozenset(), frozenset(), frozenset({"a", "b"}))
    assert pending(golds, (("a",), ("b", "c"), ("d",))) == ["c", "d"]
    draws = tmp_path / "draw.jsonl"
    draws.write_text(json.dumps({"line": 5, "stratum": "c"}) + "\n", encoding="utf-8")
    plain = tmp_path / "lines.txt"
    plain.write_text("7\n9\n", encoding="utf-8")
    assert uncovered(["c", "d"], read_skip([draws])) == ["d"]
    assert uncovered(["c", "d"], read_skip([plain])) == []
    assert read_skip([draws, plain]) == Skip(frozenset({5, 7, 9}), frozenset({"c"}), True)


def test_the_command_refuses_pending_strata_and_user_mistakes_in_one_line(
    tiny, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run, records, _ = tiny
    args = [str(run), "--layer", "events", "--n", "2", "--seed", "1", "--records", str(records),
            "--sheet", str(tmp_path / "s.txt"), "--rows", str(tmp_path / "r.jsonl")]
    monkeypatch.setattr(fresh_sample, "load_golds", lambda: NO_GOLD)
    monkeypatch.setattr(fresh_sample, "pending", lambda golds: ["x-fresh9"])
    assert main(args) == 2
    assert "x-fresh9" in capsys.readouterr().err and not (tmp_path / "r.jsonl").exists()
    for wrong in (["--layer", "verbs"], ["--records", str(tmp_path / "none.jsonl")]):
        assert main(args + wrong) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main([str(tmp_path / "no-run")] + args[1:]) == 2
    monkeypatch.setattr(fresh_sample, "pending", lambda golds: [])
    assert main(args) == 0
    assert len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_rows_carry_no_text_and_sheets_show_the_items(tiny) -> None:
    run, _, records = tiny
    for layer in LAYERS:
        sample = draw(run, records, layer, 50, 3, NO_GOLD)
        skeleton = rows(sample)
        assert skeleton, layer
        for r in skeleton:
            assert set(r) <= FIELDS and r["reading"] == f"{layer}-seed3", r
            assert r["verdict"] is None and r["class"] is None and r["after"] is None, r
            assert r["hash"] == text_hash(records[r["line"]]["content"]), r
            assert not [v for v in r.values() if isinstance(v, str) and ARABIC.search(v)], r
            assert records[r["line"]]["content"][r["start"]:r["end"]].strip(), r
        text = sheet(sample)
        assert text.count("verdict:") == len(sample.items) and ARABIC.search(text), layer
    events = sheet(draw(run, records, "events", 50, 3, NO_GOLD))
    assert "⟦" in events and "parties:" in events and "CALL" in events
    recall = sheet(draw(run, records, "quotes-recall", 50, 3, NO_GOLD))
    assert "أمن المنطقة مسؤولية مشتركة" in recall and "found:" in recall
    second = RECORDS[1][2].index("\n") + 1
    assert f"    [{second}] {RECORDS[1][2][second:].splitlines()[0]}" in recall
    names = sheet(draw(run, records, "names", 50, 3, NO_GOLD))
    assert "⟧PER" in names


def test_sentences_are_cut_at_stops_and_line_ends() -> None:
    text = "قال الوزير إن الاجتماع مثمر. وأضاف أنه سيزور عمان؟\n  التقى الأمير الوفد "
    got = [text[s:e] for s, e in sentences(text)]
    assert got == ["قال الوزير إن الاجتماع مثمر.", "وأضاف أنه سيزور عمان؟", "التقى الأمير الوفد"]


def _readings(tmp_path: Path) -> Path:
    path = tmp_path / "readings.jsonl"
    path.write_text(json.dumps({"kind": "about", "text": "test readings, no article text"}) + "\n",
                    encoding="utf-8")
    return path


def _filled(run: Path, records: list[dict], layer: str) -> list[dict]:
    skeleton = rows(draw(run, records, layer, 50, 5, NO_GOLD))
    return [{**r, "verdict": "right" if k % 2 else "wrong", "class": "-" if k % 2 else "party missing"}
            for k, r in enumerate(skeleton)]


def _add(tmp_path: Path, records: Path, readings: Path, filled: list[dict]) -> int:
    path = tmp_path / "filled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in filled), encoding="utf-8")
    return main(["add", str(path), "--file", str(readings), "--records", str(records)])


def test_add_appends_good_rows_and_prints_the_reading(tiny, tmp_path, capsys) -> None:
    run, path, records = tiny
    readings = _readings(tmp_path)
    filled = _filled(run, records, "events")
    missed = {**filled[0], "reading": "events-recall-seed5", "start": None, "end": None,
              "type": "MEET", "class": "missed: partner untagged", "scored": None}
    assert _add(tmp_path, path, readings, filled + [missed]) == 0
    out = capsys.readouterr().out
    right = sum(r["verdict"] == "right" for r in filled)
    assert f"events-seed5: n {len(filled)}, judged {len(filled)}, right {right}" in out
    assert "events-recall-seed5: n 1" in out
    kept = [json.loads(ln) for ln in readings.read_text(encoding="utf-8").splitlines()[1:]]
    assert len(kept) == len(filled) + 1 and "scored" not in kept[0] and kept[0]["type"]
    assert _add(tmp_path, path, readings, filled[:1]) == 1  # already there
    assert "already there" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"hash": "0123456789ab"}, "hash"),
        ({"verdict": None}, "verdict"),
        ({"verdict": "maybe"}, "verdict"),
        ({"class": ""}, "class not filled"),
        ({"class": "party missing: " + "وزير"}, "Arabic"),
        ({"start": None, "end": None}, "null offsets"),
        ({"end": 10**6}, "not inside"),
        ({"after": "better"}, "after"),
        ({"note": "x"}, "unknown field"),
    ],
)
def test_add_refuses_a_faulty_row_and_appends_nothing(tiny, tmp_path, capsys, change, why) -> None:
    run, path, records = tiny
    readings = _readings(tmp_path)
    before = readings.read_text(encoding="utf-8")
    filled = _filled(run, records, "quotes")
    assert _add(tmp_path, path, readings, filled[:1] + [{**filled[1], **change}]) == 1
    err = capsys.readouterr().err
    assert why in err and "row 2" in err and "row 1" not in err
    assert readings.read_text(encoding="utf-8") == before


def test_row_keys_tell_missed_items_of_one_article_apart() -> None:
    a = {"reading": "quotes-recall-seed1", "line": 4, "start": None, "end": None, "class": "missed: x"}
    assert row_key(a) != row_key({**a, "class": "missed: y"})
    assert row_key({**a, "start": 3, "end": 9}) == row_key({**a, "start": 3, "end": 9, "class": "z"})
    assert row_key({**a, "start": 3, "end": 9, "type": "VISIT"}) != row_key({**a, "start": 3, "end": 9,
                                                                             "type": "MEET"})


def test_again_shows_the_same_items_marks_the_gone_ones_and_add_after_sets_them(
    tiny, tmp_path, capsys
) -> None:
    run, path, records = tiny
    readings = _readings(tmp_path)
    filled = _filled(run, records, "events")
    assert _add(tmp_path, path, readings, filled) == 0
    later = tmp_path / "later"  # a later run that no longer outputs the first row's event
    later.mkdir()
    first = (filled[0]["start"], filled[0]["end"], filled[0]["type"])
    with (run / "articles.jsonl").open(encoding="utf-8") as f, \
            (later / "articles.jsonl").open("w", encoding="utf-8") as out:
        for ln in f:
            article = json.loads(ln)
            article["events"] = [e for e in article["events"]
                                 if (e["start"], e["end"], e["type"]) != first]
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    sheet_path, rows_path = tmp_path / "again.txt", tmp_path / "again.jsonl"
    assert main(["again", str(later), "--reading", "events-seed5", "--layer", "events",
                 "--records", str(path), "--sheet", str(sheet_path), "--rows", str(rows_path),
                 "--file", str(readings)]) == 0
    again = [json.loads(ln) for ln in rows_path.read_text(encoding="utf-8").splitlines()]
    assert [row_key(r) for r in again] == [row_key(r) for r in filled]
    assert [r["after"] for r in again] == ["gone"] + [None] * (len(filled) - 1)
    assert sheet_path.read_text(encoding="utf-8").count("after:") == len(filled) - 1
    capsys.readouterr()
    flipped = "wrong" if again[1]["verdict"] == "right" else "right"
    changed = {**again[1], "verdict": flipped, "after": "right"}
    rows_path.write_text(json.dumps(changed) + "\n", encoding="utf-8")
    assert main(["add", str(rows_path), "--after", "--file", str(readings)]) == 1
    assert "differ" in capsys.readouterr().err
    done = [{**r, "after": r["after"] or "right"} for r in again]
    rows_path.write_text("".join(json.dumps(r) + "\n" for r in done), encoding="utf-8")
    assert main(["add", str(rows_path), "--after", "--file", str(readings)]) == 0
    assert f"after: {len(filled) - 1} / {len(filled) - 1}" in capsys.readouterr().out
    kept = [json.loads(ln) for ln in readings.read_text(encoding="utf-8").splitlines()[1:]]
    assert [r["after"] for r in kept] == [r["after"] for r in done] and len(kept) == len(filled)


def test_again_keeps_a_timex_whose_type_changed_but_tells_events_of_one_span_apart(tiny) -> None:
    run, _, records = tiny
    dates = rows(draw(run, records, "dates", 50, 2, NO_GOLD))
    moved = [{**r, "verdict": "right", "class": "-", "type": "SET" if r["type"] != "SET" else "DATE"}
             for r in dates]
    assert [r["after"] for r in again(run, records, "dates", moved)[1]] == [None] * len(moved)
    visit = [r for r in rows(draw(run, records, "events", 50, 2, NO_GOLD)) if r["type"] == "VISIT"]
    assert visit, "the fourth record's VISIT shares its span with a MEET"
    other = [{**visit[0], "type": "CALL", "verdict": "right", "class": "-"}]
    assert again(run, records, "events", other)[1][0]["after"] == "gone"


def test_again_shows_a_name_the_reader_added_in_its_sentence(tiny) -> None:
    run, _, records = tiny
    named = rows(draw(run, records, "names", 50, 2, NO_GOLD))
    content = records[named[0]["line"]]["content"]
    start = content.index("ولي العهد") if "ولي العهد" in content else 0
    added = {**named[0], "start": start, "end": start + 3, "type": "PER", "verdict": "wrong",
             "class": "missed: title not tagged"}
    sheet_text, done = again(run, records, "names", [added])
    assert done[0]["after"] is None and "before: wrong | missed: title not tagged" in sheet_text


def test_a_speaker_without_an_entity_shows_the_words_marsad_gives_for_him() -> None:
    text = "وقال مصدر أمني إن الحادث وقع ليلا. وقالت الشرطة إن التحقيق مستمر. وقال فهد إن الطريق مغلق."
    police = text.index("الشرطة")
    fahd = text.index("فهد")
    quotes = [
        {"start": text.index("الحادث"), "end": text.index(" ليلا") + 5, "kind": "indirect",
         "speaker": None, "speaker_text": "مصدر  أمني"},
        {"start": text.index("التحقيق"), "end": text.index("مستمر") + 5, "kind": "indirect",
         "speaker": None, "speaker_text": "الشرطة", "speaker_at": [police, police + 6]},
        {"start": text.index("الطريق"), "end": text.index("مغلق") + 4, "kind": "indirect", "speaker": "fahd"},
        {"start": 0, "end": 4, "kind": "indirect", "speaker": None},
    ]
    mentions = [{"start": fahd, "end": fahd + 3, "text": "فهد", "type": "PER", "entity": "fahd"}]
    article = Article(0, "h", {"text": text, "title": "خبر", "source": "okaz", "quotes": quotes,
                               "mentions": mentions})
    blocks = [item.block for item in LAYERS["speakers"](article, RunNames(Path("/nonexistent.db")))]
    assert "speaker=- speaker text=مصدر أمني [-]" in blocks[0]
    assert f"speaker=- speaker text=الشرطة [{police}:{police + 6}]" in blocks[1]
    assert f"speaker text=فهد [{fahd}:{fahd + 3}]" in blocks[2]
    assert "speaker=- speaker text=-" in blocks[3]
