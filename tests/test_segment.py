"""Cleaning on invented articles that carry the junk real scraped pages carry."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.clean.segment import label_segments
from marsad.model import Article
from marsad.steps.segment import segment

HEADLINE = "الأمطار الغزيرة تغلق طرقاً رئيسية في شمال البلاد"
S1 = ("أغلقت السلطات المحلية صباح اليوم عدداً من الطرق الرئيسية في المحافظات الشمالية بعد "
      "هطول أمطار غزيرة تسببت في سيول جارفة وانهيارات أرضية.")
S2 = ("وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ تعاملت مع أكثر من مئتي بلاغ خلال "
      "الساعات الماضية، ولم تسجل أي إصابات خطيرة حتى الآن.")
S3 = ("ودعت الأرصاد الجوية المواطنين إلى تجنب الأودية ومجاري السيول، متوقعة استمرار الحالة "
      "الماطرة حتى نهاية الأسبوع.")
S4 = ("وأشارت البلدية إلى أن فرق الصيانة بدأت فتح الطرق المغلقة تدريجياً، وأن الحركة ستعود "
      "إلى طبيعتها خلال يومين.")


def _seg(text: str, title: str | None = None) -> Article:
    art = Article(path="x.txt", text=text, title=title)
    segment.func(art)
    return art


def _role_of(art: Article, line: str) -> str:
    hits = [s.label for s in art.segments() if s.slice(art.text) == line]
    assert hits, f"no segment {line!r}"
    return hits[0]


def test_headline_first_line_becomes_title_and_body_keeps_every_sentence_in_order() -> None:
    art = _seg(f"{HEADLINE}\n\n{S1}\n\n{S2}\n{S3}\n")
    assert art.title == HEADLINE
    assert art.body == "\n".join([S1, S2, S3])


def test_long_first_sentence_is_body_and_no_title() -> None:
    art = _seg(f"{S1}\n{S2}\n{S3}\n")
    assert art.title is None
    assert art.body.splitlines() == [S1, S2, S3]


def test_title_after_date_header_and_its_repeat_is_junk() -> None:
    art = _seg(f"الثلاثاء 5 مارس / March 2024\n\n{HEADLINE}\n\n{HEADLINE}\n\n{S1}\n{S2}\n")
    assert art.title == HEADLINE
    roles = [s.label for s in art.segments()]
    assert roles[:3] == ["meta", "title", "boilerplate"]
    assert art.body.splitlines() == [S1, S2]


def test_metadata_title_marks_its_line_and_repeats() -> None:
    art = _seg(f"{HEADLINE}\n{S1}\n{HEADLINE}\n{S2}\n", title=HEADLINE)
    assert [s.label for s in art.segments()] == ["title", "body", "boilerplate", "body"]


def test_read_also_takes_the_whole_other_article() -> None:
    other = ("افتتح وزير النقل أمس جسراً جديداً يربط ضفتي النهر بطول ثلاثة كيلومترات، "
             "ويتوقع أن يخفف الازدحام المروري في وسط المدينة.")
    art = _seg(f"{HEADLINE}\n{S1}\n{S2}\nاقرأ أيضاً:\nافتتاح جسر جديد على النهر\n{other}\n{other}\n")
    assert art.body.splitlines() == [S1, S2]
    assert [s.label for s in art.segments()][-3:] == ["related"] * 3


def test_related_headline_list_stops_at_the_end_of_the_list() -> None:
    art = _seg(f"{HEADLINE}\n{S1}\n{S2}\nأخبار ذات صلة\nارتفاع أسعار الخضار في الأسواق\n"
               "انطلاق موسم الحصاد في الجنوب\nزر العودة إلى الأعلى\n")
    roles = [s.label for s in art.segments()]
    assert roles == ["title", "body", "body", "boilerplate", "related", "related", "boilerplate"]


def test_embedded_tweet_and_mojibake_english_are_embeds() -> None:
    tweet = "Heavy rain closes main roads in the north of the country pic.twitter.com/Ab12Cd34"
    moji = "??????????? Rescue teams handled more than two hundred calls, officials said."
    art = _seg(f"{HEADLINE}\n{S1}\n{tweet}\n{moji}\n{S2}\n")
    assert _role_of(art, tweet) == "embed" and _role_of(art, moji) == "embed"
    assert art.body.splitlines() == [S1, S2]
    assert all(s.attrs.lang == "en" for s in art.segments("embed"))


def test_mojibake_run_inside_a_body_line_never_reaches_the_body() -> None:
    line = "وقال المتحدث إن ?????? الفرق تعمل على مدار الساعة."
    art = _seg(f"{HEADLINE}\n{S1}\n{line}\n")
    assert "?" not in art.body
    assert "الفرق تعمل على مدار الساعة." in art.body
    assert art.segments("mojibake")


def test_dateline_prefix_is_its_own_segment() -> None:
    dl = "عمّان 3 أيار 2023 (بترا)"
    art = _seg(f"{dl} {S1}\n{S2}\n")
    segs = art.segments()
    assert (segs[0].label, segs[0].slice(art.text)) == ("dateline", dl)
    assert (segs[1].label, segs[1].slice(art.text)) == ("body", S1)


def test_byline_with_tatweel_dash_is_a_dateline() -> None:
    art = _seg(f"{HEADLINE}\nسعاد الكعبي ـ أبوظبي\n{S1}\n{S2}\n")
    assert _role_of(art, "سعاد الكعبي ـ أبوظبي") == "dateline"


def test_image_and_caption_repeated_with_credit_are_captions() -> None:
    cap = "رجال الإنقاذ يسحبون سيارة عالقة في السيول"
    art = _seg(f"{HEADLINE}\n{S1}\n{cap}\n{cap} - أ ف ب\n{S2}\n")
    assert _role_of(art, cap) == "caption" and _role_of(art, f"{cap} - أ ف ب") == "caption"
    assert art.body.splitlines() == [S1, S2]


def test_short_subhead_between_paragraphs_is_a_heading() -> None:
    art = _seg(f"{HEADLINE}\n{S1}\nتحذيرات متواصلة\n{S2}\n")
    assert _role_of(art, "تحذيرات متواصلة") == "heading"


def test_interview_question_is_not_a_heading() -> None:
    q = "- هل تتوقع أن تتكرر هذه السيول في الأعوام القادمة؟"
    art = _seg(f"{HEADLINE}\n{S1}\n{q}\n{S2}\n")
    assert _role_of(art, q) == "body"


def test_tail_junk_all_dropped() -> None:
    tail = ["المصدر: وكالة الأنباء الرسمية", "كلمات دلالية: أمطار سيول الطقس", "[إعلان 1]",
            "تعليقات (3)", "شارك الخبر", "“عاشق للقهوة. خبير إنترنت. متعصب للسفر. مبتكر.”"]
    art = _seg("\n".join([HEADLINE, S1, S2, *tail]) + "\n")
    assert art.body.splitlines() == [S1, S2]
    assert [_role_of(art, t) for t in tail] == ["meta", "boilerplate", "boilerplate",
                                                "boilerplate", "boilerplate", "boilerplate"]


def test_only_junk_is_flagged_no_article_text() -> None:
    art = _seg("شارك\nتابعونا على تويتر\n[إعلان]\n")
    assert art.body == "" and "no_article_text" in art.flags


def test_english_article_is_body_not_embed() -> None:
    text = ("Floods close roads in the north\nHeavy rain closed several main roads on Monday, "
            "officials said.\nRescue teams answered more than two hundred calls.\n")
    art = _seg(text)
    assert art.title == "Floods close roads in the north"
    assert len(art.segments("body")) == 2 and not art.segments("embed")


_PIECES = [S1, S2, HEADLINE, "شارك", "?????", "pic.twitter.com/x1", "Close", "اقرأ أيضاً:",
           "المصادر:", "  ", "\u200f", "عمّان (بترا) - قال", "ـ", "12 مارس 2024", "\t", "؟", "x"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=30), max_size=12),
       st.sampled_from(["\n", "\r\n", " ", "\n\n"]))
def test_segments_never_overlap_and_slice_to_trimmed_text(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    art = Article(path="h.txt", text=text)
    segs = sorted(label_segments(art), key=lambda s: s.start)
    for s in segs:
        assert 0 <= s.start < s.end <= len(text)
        piece = s.slice(text)
        assert piece == piece.strip() and piece
        assert s.attrs.lang in ("ar", "en", "other") and s.attrs.cue
    for a, b in zip(segs, segs[1:], strict=False):
        assert a.end <= b.start


def test_dated_list_item_inside_the_article_stays_body() -> None:
    item = "• الأربعاء 12/6 (45-50%)"
    art = _seg(f"{HEADLINE}\n{S1}\n{item}\n{S2}\n{S3}\n{S4}\n")
    assert _role_of(art, item) in ("body", "heading")  # article text, not a header date


def test_short_refrain_repeated_stays_body() -> None:
    art = _seg(f"{HEADLINE}\n{S1}\nيا مطر\nيا مطر\n{S2}\n")
    roles = [s.label for s in art.segments()]
    assert roles[2] == "body" and roles[3] in ("body", "heading")  # not junk


def test_a_byline_on_a_line_of_its_own_after_page_chrome_is_a_dateline() -> None:
    """A byline between a page's leftovers and the text («… Next Previous» then «NAME – CITY»)
    is a dateline even though a body-like line came before it."""
    # the byline stands far from the end, where bylines are looked for anyway
    art = _seg(f"{HEADLINE}\nصور من الحدث الرياضي الكبير في المدينة الساحلية أمس\n"
               f"محمد العلي – جدة\n{S1}\n{S2}\n{S1} {S2}\n{S2} {S1}\n")
    assert _role_of(art, "محمد العلي – جدة") == "dateline"


def test_a_name_alone_after_the_last_sentence_is_the_writer_s_signature() -> None:
    """«زياد عيتاني» alone after the text's last sentence signs it (meta), in every layout; a
    short last line that is not a bare name after a finished sentence stays body."""
    sig = "زياد عيتاني"
    text = f"{HEADLINE}\n{S1}\n{S2}\n{sig}\n"
    for variant in (text, text.replace("\n", " ")):
        assert _role_of(_seg(variant), sig) == "meta", variant
    assert _role_of(_seg(f"{HEADLINE}\n{S1}\n{S2}\nحتى 2030\n"), "حتى 2030") != "meta"
    unfinished = f"{HEADLINE}\n{S1}\n{S2[:-1]} وقال\n{sig}\n"
    assert _role_of(_seg(unfinished), sig) != "meta"
