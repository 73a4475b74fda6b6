"""benchmarks/entity_check.py on a tiny synthetic run folder (no SaudiNewsNet, no marsad run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks import entity_check as ec

TEXTS = {
    "a1": "قال محمد بن سلمان إن الرياض ترحب.\nوأضاف محمد بن سلمان أن الخطة جاهزة.",
    "a2": "استقبل ولي العهد محمد بن سلمان الوفد في الرياض.",
    "a3": "التقى الأمير محمد الوزير، ثم زار سلمان الدمام.",
    "a4": "وفي جدة قال محمد بن سلمان: نعم.",
}


def _mentions(aid: str, surface: str) -> list[dict[str, object]]:
    text, out, i = TEXTS[aid], [], 0
    while (i := text.find(surface, i)) >= 0:
        out.append({"article": aid, "start": i, "end": i + len(surface), "text": surface})
        i += len(surface)
    return out


def _entity(eid: str, typ: str, name: str, mentions: list[dict[str, object]] | None,
            variants: dict[str, int] | None = None, qid: str | None = None) -> dict[str, object]:
    """An entity record; with no mention list, its count is that of its variants."""
    counts = variants or {name: len(mentions or [])}
    rec: dict[str, object] = {"id": eid, "type": typ, "name": name,
                              "variants": sorted(counts, key=lambda v: (-counts[v], v)),
                              "variant_counts": counts}
    if mentions is not None:
        rec["mentions"] = mentions
    if qid:
        rec["qid"] = qid
    return rec


MBS = _entity("mbs", "PER", "محمد بن سلمان",
              _mentions("a1", "محمد بن سلمان") + _mentions("a2", "محمد بن سلمان")
              + _mentions("a4", "محمد بن سلمان"),
              variants={"محمد بن سلمان": 4, "MBS": 0}, qid="Q6889261")
RIYADH = _entity("riyadh", "LOC", "الرياض", _mentions("a1", "الرياض") + _mentions("a2", "الرياض"))
PRINCE = _entity("e_prince", "PER", "الأمير محمد", _mentions("a3", "الأمير محمد"))
SALMAN = _entity("e_salman", "PER", "سلمان", _mentions("a3", "سلمان"))
# A variant shares a word with «محمد بن سلمان» once «ال» is ignored.
ALSALMAN = _entity("e_alsalman", "PER", "خالد", None, variants={"خالد": 1, "خالد السلمان": 1})
SALMAN_ORG = _entity("e_salman_org", "ORG", "سلمان", None, variants={"سلمان": 3})  # another type
BIN = _entity("e_bin", "PER", "بن علي", None, variants={"بن علي": 2})  # «بن»: 2 letters
ENTITIES = [RIYADH, PRINCE, MBS, SALMAN, ALSALMAN, SALMAN_ORG, BIN]


@pytest.fixture()
def run_dir(tmp_path: Path) -> Path:
    with (tmp_path / "articles.jsonl").open("w", encoding="utf-8") as f:
        for aid, text in TEXTS.items():
            f.write(json.dumps({"id": aid, "text": text, "mentions": []}, ensure_ascii=False) + "\n")
    with (tmp_path / "entities.jsonl").open("w", encoding="utf-8") as f:
        for e in ENTITIES:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return tmp_path


def _keys(ms: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(m["article"], m["start"]) for m in ms]


def test_mention_counts_and_top() -> None:
    assert ec.mention_count(MBS) == 4
    assert ec.article_count(MBS) == 3
    assert ec.mention_count(SALMAN_ORG) == 3  # no mention list: the variant counts
    assert [e["id"] for e in ec.top_entities(ENTITIES, 3)] == ["mbs", "e_salman_org", "e_alsalman"]


def test_sample_prefers_distinct_articles() -> None:
    ms = MBS["mentions"]
    a1 = [m["start"] for m in ms if m["article"] == "a1"]
    assert len(a1) == 2
    # three articles: one mention from each, the first one of a1
    assert _keys(ec.sample_mentions(ms, 3)) == [("a1", a1[0]), ("a2", 17), ("a4", 12)]
    # four: then the second mention of a1
    assert _keys(ec.sample_mentions(ms, 4)) == [("a1", a1[0]), ("a1", a1[1]), ("a2", 17), ("a4", 12)]
    assert len(ec.sample_mentions(ms, 10)) == 4
    assert ec.sample_mentions(ms, 0) == []
    # evenly spaced over the articles, whatever the input order
    many = [{"article": f"x{i:02d}", "start": 5, "end": 9} for i in range(20)][::-1]
    assert [m["article"] for m in ec.sample_mentions(many, 4)] == ["x00", "x05", "x10", "x15"]


def test_context_line() -> None:
    text = TEXTS["a1"]
    second = text.rindex("محمد بن سلمان")
    line = ec.context_line("a1", text, second, second + len("محمد بن سلمان"), width=10)
    assert line == "a1  …حب. وأضاف [محمد بن سلمان] أن الخطة …"
    assert "\n" not in line
    assert ec.context_line("a4", TEXTS["a4"], 12, 25, width=40) == "a4  وفي جدة قال [محمد بن سلمان]: نعم."
    assert ec.context_line("zz", None, 0, 3, surface="abc") == "zz  [abc]  (text not found)"


def test_name_words() -> None:
    assert ec.name_words("محمد بن سلمان") == {"محمد", "سلمان"}
    assert ec.name_words("السلمان") == {"سلمان"}
    assert ec.name_words("الله") == {"الله"}  # «ال» kept where too little would remain
    assert ec.name_words("الأمير") == ec.name_words("امير")  # normalised, «ال» ignored


def test_split_candidates() -> None:
    got = ec.SplitIndex(ENTITIES).candidates(MBS)
    assert [(e["id"], sorted(w)) for e, w in got] == [
        ("e_alsalman", ["سلمان"]),  # 2 mentions (variant counts), ties by id
        ("e_prince", ["محمد"]),
        ("e_salman", ["سلمان"]),
    ]
    assert [e["id"] for e in ec.split_candidates(MBS, ENTITIES, limit=1)] == ["e_alsalman"]
    assert ec.split_candidates(RIYADH, ENTITIES) == []


def test_header_and_table() -> None:
    assert ec.header(1, MBS) == ("#1  mbs  PER  محمد بن سلمان  mentions 4  articles 3  qid Q6889261  "
                                 "variants: محمد بن سلمان 4")
    assert ec.table([MBS, RIYADH], 10) == (
        "| rank | entity | mentions | wrong merges (of 10) | splits of the same entity |\n"
        "|---:|---|---:|---|---|\n"
        "| 1 | محمد بن سلمان (`mbs`, PER) | 4 |  |  |\n"
        "| 2 | الرياض (`riyadh`, LOC) | 2 |  |  |\n"
    )


def test_main_from_folder(run_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md = tmp_path / "check.md"
    assert ec.main(["--from", str(run_dir), "--top", "2", "--per", "2", "--out", str(md)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "7 entities, 4 articles; the 2 most mentioned, 2 mentions each."
    i = lines.index(ec.header(1, MBS))
    assert lines[i + 1] == "  a1  قال [محمد بن سلمان] إن الرياض ترحب. وأضاف محمد بن سلمان أن …"
    assert lines[i + 2] == "  a2  استقبل ولي العهد [محمد بن سلمان] الوفد في الرياض."
    assert lines[i + 3] == ""
    assert "  e_prince  الأمير محمد  1  [shares: محمد]" in lines
    assert "  e_bin  بن علي  2  [shares: بن]" not in out
    assert md.read_text(encoding="utf-8") == ec.table(ec.top_entities(ENTITIES, 2), 2)
    assert out.endswith(ec.table(ec.top_entities(ENTITIES, 2), 2) + "\n")
