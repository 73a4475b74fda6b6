"""The shipped model: it loads, tags invented sentences, and the stage writes mentions
whose offsets slice the original text; on the seeds it reaches its floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Article, SegmentAttrs, Span
from marsad.ner.crf import CRF_FILE, NerModel, models_dir
from marsad.steps.ner import ner
from tests.conftest import GOLD, ROOT, SCORER, SEEDS, need_shared

FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))["seeds"]

# Invented text (not from any corpus).
TEXT = (
    "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الياباني تاكيشي ناكامورا.\n"
    "وقال ناكامورا إن اليابان تدعم جهود الأمم المتحدة، وأكد للسيد السيسي أن طوكيو مستعدة للتعاون.\n"
    "Japanese Foreign Minister Takeshi Nakamura met President Sisi in Cairo.\n"
)


def _article() -> Article:
    art = Article(path="invented.txt", text=TEXT)
    spans, pos = [], 0
    for line in TEXT.splitlines(keepends=True):
        lang = "en" if line[:1].isascii() else "ar"
        spans.append(Span(pos, pos + len(line.rstrip()), "body", SegmentAttrs(lang=lang)))
        pos += len(line)
    art.set_layer("segments", spans)
    return art


def test_model_is_committed_and_small() -> None:
    size = sum(p.stat().st_size for p in models_dir().glob("ner_*"))
    assert (models_dir() / CRF_FILE).exists()
    assert size < 25 * 1024 * 1024


def test_stage_finds_names_with_offsets_into_the_original() -> None:
    art = _article()
    ner.func(art)
    got = {(m.slice(TEXT), m.label) for m in art.layer("mentions")}
    for m in art.layer("mentions"):
        assert TEXT[m.start : m.end] == m.slice(TEXT) and m.start < m.end
        assert m.attrs.norm is not None and m.attrs.entity is None
    assert ("القاهرة", "LOC") in got
    assert ("Takeshi Nakamura", "PER") in got
    assert ("Cairo", "LOC") in got
    # document consistency: the surname alone, and behind an honorific with a clitic
    assert ("ناكامورا", "PER") in got
    assert any(t.endswith("السيسي") and lab == "PER" for t, lab in got)


def test_mention_norm_drops_the_proclitic() -> None:
    art = _article()
    ner.func(art)
    norms = {m.attrs.norm for m in art.layer("mentions") if m.label == "LOC"}
    assert "طوكيو" in norms and "القاهره" in norms


def test_tagger_returns_one_tag_per_word() -> None:
    words = ["وصل", "المبعوث", "الأممي", "إلى", "دمشق", "أمس"]
    tags = NerModel.default().tag(words)
    assert len(tags) == len(words)
    assert tags[4] == "B-LOC"


@pytest.fixture(scope="module")
def ner_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    need_shared("seeds")
    from marsad.app import collect
    from marsad.exporting import write_layout
    from marsad.pipeline import Pipeline

    out = tmp_path_factory.mktemp("ner-seeds")
    articles, _ = collect([str(SEEDS)])
    corpus, _ = Pipeline.build(["segment", "language", "ner"]).run(articles)
    write_layout(Path(out), corpus)
    res = subprocess.run(
        [sys.executable, str(SCORER), str(out), str(GOLD), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(res.stdout)


@pytest.mark.shared
@pytest.mark.parametrize("measure", ["mention_f1", "embedded_english_mention_recall"])
def test_seed_mentions_reach_their_floor(ner_scores: dict[str, float], measure: str) -> None:
    assert ner_scores[measure] >= FLOORS.get(measure, 0.0)


@pytest.mark.parametrize("word", ["ستانيسلافسكي", "كاتسوهيرو", "شينزو", "فيرنانديز", "ماكسيموفيتش"])
def test_transliterated_names_score_above_ordinary_words(word: str) -> None:
    from marsad.lang.normalize import normalize

    translit = NerModel.default().features.translit
    ordinary = max(translit.score(normalize(w)) for w in ["الحكومة", "الاقتصادية", "المشاورات", "يستضيف"])
    assert translit.score(normalize(word)) > ordinary
    assert translit.bucket(normalize(word)) in ("hi", "mid")


WORDS = ["الرئيس", "السيد", "وزارة", "الخارجية", "الصينية", "بكين", "لأوكرانيا", "ووانغ", "شويغو", "قال",
         "في", "،", ".", "“", "”", "Wang", "Yi", "Beijing", "وكالة", "أنباء", "مجلس", "الأمن", "الروسي"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), min_size=1, max_size=4))
def test_mentions_always_slice_the_text_and_never_overlap(lines: list[list[str]]) -> None:
    from marsad.ner.article import tag_article

    text = "\n".join(" ".join(ln) for ln in lines)
    ranges, pos = [], 0
    for ln in text.split("\n"):
        ranges.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    spans = tag_article(text, NerModel.default(), ranges, [])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for sp in spans:
        assert 0 <= sp.start < sp.end <= len(text)
        assert sp.slice(text).strip() == sp.slice(text)
        assert sp.label in {"PER", "ORG", "LOC", "MISC"}
