"""`benchmarks.realtext.ner_rerun` makes the names again on a kept run's stored articles and prints
the benchmark's NER and linking rows: on an unchanged pipeline the figures the benchmark scores
on that run's own output, the test column figures only, never a test row in `--errors`.
`benchmarks.realtext.ner_diff` prints the mentions the current tagger adds to or drops from a
stored run's, never a line it is told to leave out."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.realtext import ner_diff, ner_rerun
from benchmarks.realtext.gold import GoldArticle, Mention, build_units
from benchmarks.realtext.runs import run_form

from marsad.model import Article, MentionAttrs, SegmentAttrs, Span
from marsad.store.sqlite import connect, save_articles

TEXTS = (
    "استقبل الملك سلمان بن عبدالعزيز في الرياض أمس الرئيس الفرنسي فرانسوا هولاند وبحثا معا العلاقات.\n",
    "وصل الرئيس الفرنسي فرانسوا هولاند إلى جدة قادما من باريس ليبحثا معا العلاقات الثنائية.\n",
    "التقى وزير الخارجية عادل الجبير في الرياض نظيره الفرنسي لوران فابيوس وبحثا معا الأوضاع.\n",
)
NAMES = {"سلمان بن عبدالعزيز": ("PER", "salman"), "فرانسوا هولاند": ("PER", "hollande"),
         "عادل الجبير": ("PER", "jubeir"), "لوران فابيوس": ("PER", "fabius"), "الرياض": ("LOC", "riyadh"),
         "جدة": ("LOC", "jeddah"), "باريس": ("LOC", "paris"), "معا": ("MISC", "together")}


def _gold() -> list[GoldArticle]:
    """Three articles (dev, test, dev), each name a gold mention; «معا» a MISC mention no tagger
    finds, so that every article has a miss to list."""
    arts = []
    for line, (text, split) in enumerate(zip(TEXTS, ("dev", "test", "dev"), strict=True), start=1):
        mentions = [Mention(text.index(n), text.index(n) + len(n), t, key)
                    for n, (t, key) in NAMES.items() if n in text]
        art = GoldArticle(
            line=line, source="spa", split=split, stratum="random", region_end=len(text),
            record={"content": text, "title": "t"}, title_hash=None, published=[None],
            segments=[(0, len(text) - 1, "body")], mentions=mentions, neutral=[], timexes=[],
            quotes=[], events=[],
        )
        build_units(art)
        arts.append(art)
    return arts


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A kept run of the three records made as the benchmark makes it (`runs.run_form`: `marsad run`
    in a fresh process), and the benchmark's NER and linking rows scored on its output."""
    work = tmp_path_factory.mktemp("keep")
    gold = _gold()
    pairs = run_form(gold, "record", "orig", work)
    return work, _table(ner_rerun.figures(pairs))


def _table(res: dict) -> str:
    return "\n".join(f"| {name} | {' | '.join(cell(res[s]) for s in ('test', 'dev'))} |"
                     for name, cell in ner_rerun.name_rows())


def test_the_rerun_prints_the_figures_the_benchmark_scores_on_the_kept_run(
    kept: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    work, benchmark = kept
    monkeypatch.setattr(ner_rerun, "load", lambda path: _gold())
    assert ner_rerun.main([str(work)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "| measure | test (figures only) | dev |"
    assert "\n".join(out[2:-1]) == benchmark
    assert out[2].startswith("| NER strict all P / R / F1 (gold) |")
    assert out[2].endswith(" 1.000 / 0.750 / 0.857 (8) |")  # 6 dev names of 8 found: «معا» missed twice
    assert out[-1].startswith("cost ")
    assert out[-1].endswith(" s (steps run again: ner, resolve_entities, quotes, events)")


def test_the_listing_holds_dev_rows_only(
    kept: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    work, _ = kept
    monkeypatch.setattr(ner_rerun, "load", lambda path: _gold())
    listing = tmp_path / "errors.txt"
    assert ner_rerun.main([str(work), "--errors", str(listing)]) == 0
    rows = [ln.split()[0] for ln in listing.read_text(encoding="utf-8").splitlines()
            if " MISSED " in ln or " FALSE " in ln]
    assert "1" in rows and "3" in rows  # «معا» of each dev article
    assert "2" not in rows  # the test article misses «معا» too, and is never listed


def test_a_folder_without_a_kept_run_gets_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ner_rerun.main([str(tmp_path / "nowhere")]) == 2
    got = capsys.readouterr()
    assert got.out == ""
    assert len(got.err.splitlines()) == 1 and "holds no kept run" in got.err


def _stored_run(tmp_path: Path) -> Path:
    """A stored run of two records whose (older) tagger found only the city of the first, beside
    the side mention the events step added («الفرنسي»: France), and nothing in the second."""
    run = tmp_path / "run"
    run.mkdir()
    text = TEXTS[0]
    first = Article(path="in.jsonl#0", text=text, title="t")
    side = text.index("الفرنسي")
    first.set_layer("mentions", [Span(text.index("الرياض"), text.index("الرياض") + 6, "LOC", MentionAttrs()),
                                 Span(side, side + 7, "LOC", MentionAttrs(side="france"))])
    second = Article(path="in.jsonl#1", text=TEXTS[2], title="t")
    for art in (first, second):
        art.set_layer("segments", [Span(0, len(art.text) - 1, "body", SegmentAttrs(lang="ar"))])
    con = connect(run / "marsad.db")
    save_articles(con, [first, second])
    con.commit()
    con.close()
    return run


def test_ner_diff_prints_the_mentions_the_current_tagger_adds_and_leaves_out_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = _stored_run(tmp_path)
    (tmp_path / "never.txt").write_text("1\n", encoding="utf-8")
    assert ner_diff.main([str(run), "--leave-out", str(tmp_path / "never.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    changed = [ln.split("\t")[:4] for ln in out[:-2]]
    assert ["0", "+", "PER", "سلمان بن عبدالعزيز"] in changed
    assert ["0", "+", "PER", "فرانسوا هولاند"] in changed
    assert all(c[0] == "0" and c[1] == "+" for c in changed)  # the city kept, the side never dropped
    assert out[-2].startswith("articles changed 1 of 1;")  # the second record left out
    assert out[-1].endswith(" s (step run again: ner)")


def test_ner_diff_without_a_database_gets_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ner_diff.main([str(tmp_path)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
