"""The work-file compiler looks for dates, mentions, event triggers and quotations in body text
only: a junk dateline's or caption's occurrence of the same words is passed over, and a span the
body does not hold is an error unless its `occ` names the occurrence meant."""

from __future__ import annotations

from typing import Any

from benchmarks.realtext.work_file import compile_article

# Our own article: a dateline holding an outlet's name «اليوم», a photo caption, then the body.
LINES = [
    "صحيفة اليوم – الرياض",
    "صورة: وزير الصحة يزور المستشفى",
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد، وقال وزير الصحة إن المستشفى يخدم سكان المنطقة.",
]
TEXT = "\n".join(LINES)
BODY = len(LINES[0]) + len(LINES[1]) + 2
ROLES = {"default": "body", "1": "junk:dateline", "2": "caption"}


def compiled(**layers: Any) -> tuple[dict[str, Any], list[str]]:
    work = {"title": None, "published": ["2015-03-02"], "lines": layers.pop("lines", ROLES), **layers}
    return compile_article(work, TEXT, len(TEXT))


def test_a_date_is_found_in_the_body_not_in_the_dateline_outlet_name() -> None:
    row, errors = compiled(timexes=[["اليوم", "DATE", "2015-03-02"]])
    assert not errors
    assert row["timexes"][0][0] == TEXT.index("اليوم", BODY)
    # with every line body, the first occurrence is the one meant
    row, _ = compiled(lines={"default": "body"}, timexes=[["اليوم", "DATE", "2015-03-02"]])
    assert row["timexes"][0][0] == TEXT.index("اليوم")


def test_mentions_triggers_and_quotes_skip_the_caption_too() -> None:
    row, errors = compiled(
        mentions=[["وزير الصحة", "PER", "health_minister"]],
        events=[{"type": "VISIT", "trigger": "افتتاح", "participants": []}],
        quotes=[{"text": "المستشفى يخدم سكان المنطقة", "speaker": "health_minister", "kind": "indirect"}],
    )
    assert not errors
    assert row["mentions"][0][0] == TEXT.index("وزير الصحة", BODY)
    assert row["events"][0]["trigger"][0] == TEXT.index("افتتاح")
    assert row["quotes"][0][0] == TEXT.index("المستشفى يخدم", BODY)


def test_a_span_only_outside_the_body_is_an_error_unless_its_occurrence_is_named() -> None:
    row, errors = compiled(mentions=[["الرياض", "LOC", "riyadh"]])
    assert row["mentions"] == [] and errors and "in body text" in errors[0]
    row, errors = compiled(mentions=[{"text": "الرياض", "occ": 1, "type": "LOC", "key": "riyadh"}])
    assert not errors and row["mentions"][0][0] == TEXT.index("الرياض")


def test_an_inline_junk_piece_of_a_body_line_is_passed_over() -> None:
    tagged = TEXT + " وسوم الصحة المنطقة"
    work = {"title": None, "published": [None], "lines": ROLES,
            "inline": [["وسوم الصحة المنطقة", "junk:tags"]],
            "mentions": [["المنطقة", "LOC", "region"], ["المنطقة", "LOC", "region"]]}
    row, errors = compile_article(work, tagged, len(tagged))
    assert [m[0] for m in row["mentions"]] == [tagged.index("المنطقة")]
    assert len(errors) == 1 and "mention #2" in errors[0]


def test_whole_words_are_still_preferred_within_the_body() -> None:
    text = "عنوان: الأيام\nتغيرت الأيامى ثم مرت الأيام سريعا."
    work = {"title": None, "published": [None], "lines": {"default": "body", "1": "junk:meta"},
            "timexes": [["الأيام", "DURATION", "PXD"]]}
    row, errors = compile_article(work, text, len(text))
    assert not errors and row["timexes"][0][0] == text.index("الأيام سريعا")
