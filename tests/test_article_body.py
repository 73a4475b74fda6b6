"""`Article.body` is the article's own text: body lines and sub-headings, never junk."""

from marsad.model.article import Article
from marsad.model.layers import SegmentAttrs
from marsad.model.span import Span


def _article() -> Article:
    lines = ["عنوان الخبر", "وصل الوزير إلى الرياض.", "تفاصيل الزيارة", "شارك الخبر"]
    lines.append("وعقد الجانبان اجتماعا.")
    roles = ["title", "body", "heading", "junk", "body"]
    text = "\n".join(lines)
    art = Article(path="a.txt", text=text)
    spans, at = [], 0
    for line, role in zip(lines, roles, strict=True):
        spans.append(Span(at, at + len(line), role, SegmentAttrs()))
        at += len(line) + 1
    art.set_layer("segments", spans)
    return art


def test_body_keeps_subheadings_in_order() -> None:
    want = ["وصل الوزير إلى الرياض.", "تفاصيل الزيارة", "وعقد الجانبان اجتماعا."]
    assert _article().body.split("\n") == want


def test_body_leaves_out_title_and_junk() -> None:
    body = _article().body
    assert "عنوان الخبر" not in body
    assert "شارك الخبر" not in body
