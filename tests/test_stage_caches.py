"""The caches that let one stage reuse what the stage before it computed on the same article
(issue 20) change nothing: each caller gets objects of its own, equal to a fresh computation."""

from __future__ import annotations

import json

from marsad.dates.grammar import recognize, recognize_normalized
from marsad.events.context import build_context
from marsad.model import Article, SegmentAttrs, Span
from marsad.pipeline import CHUNK
from marsad.store.sqlite import _dump

TEXT = "وصل الوزير إلى الرياض يوم الأحد 12 يوليو 2015 وقال إن المحادثات ستستمر حتى الخميس المقبل."


def test_recognize_gives_each_caller_its_own_list() -> None:
    first = recognize(TEXT)
    assert first, "the text holds dates"
    first.clear()  # a caller may change its list
    again, norm, _ = recognize_normalized(TEXT)
    assert again == recognize_normalized(TEXT + " ")[0]  # the same expressions as a text never seen
    assert norm == recognize_normalized(TEXT)[1]
    assert again is not recognize(TEXT)


def test_a_string_recognized_without_keeping_it_pushes_no_text_out() -> None:
    from marsad.dates.grammar import _recognized

    texts = [f"{TEXT} ({k})" for k in range(CHUNK)]
    for text in texts:  # the publication date stage: each record's byline, then its text
        assert recognize(f"الرياض | Sunday, 09 August 2015 - {text[-5:]}", keep=False)
        recognize(text)
    kept = _recognized.cache_info()
    assert kept.currsize >= CHUNK
    for text in texts:  # the timex stage: the same texts again, every one kept
        recognize_normalized(text)
    assert _recognized.cache_info().hits == kept.hits + CHUNK
    assert recognize("الأحد 9 أغسطس 2015", keep=False) == recognize("الأحد 9 أغسطس 2015 ")


def _article() -> Article:
    art = Article(path="a.txt", text=TEXT)
    art.set_layer("segments", [Span(0, len(TEXT), "body", SegmentAttrs(lang="ar"))])
    return art


def test_contexts_of_one_article_share_no_sentence() -> None:
    art = _article()
    one, two = build_context(art), build_context(art)
    assert [(s.start, s.end, s.role, s.words) for s in one.sentences] == \
        [(s.start, s.end, s.role, s.words) for s in two.sentences]
    assert one.sentences and one.sentences[0] is not two.sentences[0]
    one.sentences[0].words.clear()
    assert build_context(art).sentences[0].words == two.sentences[0].words != []


def test_a_segment_change_is_read_anew() -> None:
    art = _article()
    whole = build_context(art)
    art.set_layer("segments", [Span(0, 20, "body", SegmentAttrs(lang="ar"))])
    cut = build_context(art)
    assert cut.sentences[-1].end <= 20 < whole.sentences[-1].end


def test_dump_is_json_dumps() -> None:
    for obj in ({"b": 1, "a": "نص", "c": [1, None, {"z": 2.5}]}, [], {}, "x", {"d": object}):
        assert _dump(obj) == json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


def test_a_run_collects_young_objects_less_often_then_restores() -> None:
    import gc

    from marsad.app import GC_YOUNG_THRESHOLD, fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before
    try:
        with fewer_collections():
            raise KeyError("a failed run")
    except KeyError:
        pass
    assert gc.get_threshold() == before
