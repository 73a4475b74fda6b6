"""Bare names of state bodies (issue 14): «وزارة العمل» is the ministry of the state its article
is about, never one entity across states; and names shared by a place and outlets (الخليج,
الجزيرة) chosen by context."""

from __future__ import annotations

from collections import Counter

from marsad.model import Article
from marsad.resolve import resolve_mentions
from marsad.resolve.bodies import StateBodies, settle_states
from marsad.resolve.catalogue import load, shipped
from marsad.resolve.context import ArticleWords
from marsad.resolve.names import clean
from tests.test_resolve import article

SAUDI = "أعلنت السعودية اليوم أن {} السعودية بدأت تطبيق القرار في المدن السعودية."
SAUDI_PLAIN = "قال المتحدث في الرياض إن {} بدأت تطبيق القرار للمواطنين السعوديين والشركات السعودية."
AMERICAN = "ارتفعت الأسعار في الولايات المتحدة بحسب بيانات {} وفق تقرير أمريكي."


def ids(arts: list[Article]) -> list[str]:
    return [s.attrs.entity for a in arts for s in a.layer("mentions")]


def one(template: str, name: str) -> Article:
    return article(template.format(name), [(name, "ORG")])


def bodies() -> StateBodies:
    return StateBodies(list(shipped()))


def test_which_names_are_bare_bodies() -> None:
    b = bodies()
    assert b.gender(clean("وزارة العمل")) == "f"
    assert b.gender(clean("اتحاد كرة القدم")) == "m"
    assert b.gender(clean("النيابة العامة")) == "f"
    assert b.gender(clean("وزارة الداخلية")) == "f"  # not Oman's governorate «الداخلية»
    # a state, a place or a scope above states named; a catalogue name; one word; no head
    assert b.gender(clean("وزارة الخارجية الروسية")) is None
    assert b.gender(clean("وزارة العمل بالسعودية")) is None
    assert b.gender(clean("الاتحاد الآسيوي لكرة القدم")) is None
    assert b.gender(clean("مجلس الأمن")) is None
    assert b.gender(clean("هيئة تطوير الرياض")) is None
    assert b.gender(clean("هيئة الأمم المتحدة")) is None
    assert b.gender(clean("مجلس الأمن")) is None and b.gender(clean("مجلس الأمن الوطني")) == "m"
    assert b.gender(clean("الوزارة")) is None
    assert b.gender(clean("شركة الكهرباء")) is None


def test_the_state_of_an_article() -> None:
    b = bodies()
    text = "أعلنت وزارة العمل الأمريكية أمس ... وقالت السعودية والسعوديون"
    end = text.index("وزارة العمل") + len("وزارة العمل")
    assert b.adjective_after(text, end) == "united_states"
    assert b.adjective_after(text, end + 4) is None
    assert b.article_state(ArticleWords(text), []) == "saudi_arabia"
    assert b.article_state(ArticleWords("قال إن الوزارة بدأت العمل"), []) is None
    # a state's places among the article's place mentions count for it: a dateline, a city
    text = "سبق- الرياض: قالت وزارة الصحة إن مستشفيات جدة جاهزة"
    assert b.article_state(ArticleWords(text), []) is None
    assert b.article_state(ArticleWords(text), [clean("الرياض"), clean("جدة")]) == "saudi_arabia"
    assert b.article_state(ArticleWords("كيف وصل فارس إلى منى"), []) is None  # words, not places
    assert b.article_state(ArticleWords("في جنوب السودان وفي جنوب السودان"), []) == "south_sudan"
    assert b.article_state(ArticleWords("وقال بالمملكة العربية السعودية إن السعوديين"), []) == "saudi_arabia"
    # as often one state as another: none
    assert b.article_state(ArticleWords("السعودية والسعوديون مع مصر والمصريين"), []) is None
    # a state named in the mention's sentence counts NEAR_WEIGHT times
    text = ("قصفت طائرات التحالف مواقع في اليمن. والتقى نائب رئيس الإمارات ورئيس مجلس الوزراء الوفد."
            " وقال اليمنيون")
    start = text.index("مجلس الوزراء")
    near = b.near_scores(text, start, start + len("مجلس الوزراء"))
    assert near == Counter({"uae": 2})
    scores = b.article_scores(ArticleWords(text), [])
    assert scores == Counter({"yemen": 2, "uae": 1})
    assert b.state_of(clean("مجلس الوزراء"), [], scores + near) == "uae"
    # with the states whose body of that name the article names in full
    saff = b.body_of_state(clean("الاتحاد السعودي لكرة القدم"))
    egypt = b.body_of_state(clean("اتحاد الكرة المصري"))
    assert saff is not None and saff[1] == "saudi_arabia"
    assert egypt is not None and egypt[1] == "egypt"
    assert b.body_of_state(clean("اتحاد كرة القدم")) is None
    belgian = Counter({"belgium": 2, "saudi_arabia": 1})
    assert b.state_of(clean("اتحاد القدم"), [], belgian) == "belgium"
    assert b.state_of(clean("اتحاد القدم"), [saff], belgian) == "saudi_arabia"
    assert b.state_of(clean("اتحاد القدم"), [saff, egypt], Counter()) == "saudi_arabia"
    assert b.state_of(clean("اتحاد الكرة"), [saff, egypt], Counter()) is None  # both name a الكرة
    assert b.state_of(clean("وزارة العمل"), [saff], Counter()) is None
    assert b.state_of(clean("وزارة العمل"), [saff], Counter({"qatar": 3})) == "qatar"


def test_a_bare_ministry_never_merges_two_states() -> None:
    arts = [one(SAUDI_PLAIN, "وزارة العمل"), one(AMERICAN, "وزارة العمل"),
            one(SAUDI_PLAIN.replace("المتحدث", "الناطق"), "وزارة العمل")]
    resolve_mentions(arts, load())
    got = ids(arts)
    assert got[0] == got[2] != got[1]
    assert arts[1].layer("mentions")[0].attrs.resolved_by == "state body: united_states"


def test_a_bare_body_of_an_article_that_names_no_state_stands_alone() -> None:
    arts = [one("قال إن {} بدأت تطبيق القرار.", "وزارة العمل"), one(SAUDI_PLAIN, "وزارة العمل"),
            one("وأضاف أن {} ستعلن النتائج.", "وزارة العمل")]
    resolve_mentions(arts, load())
    got = ids(arts)
    assert len(set(got)) == 3


def test_a_bare_body_takes_the_state_the_run_agrees_on() -> None:
    decided: list[dict[str, str | None]] = [{"وزاره العمل": "saudi_arabia"} for _ in range(5)]
    decided += [{"وزاره العمل": None}, {"وزاره الصحه": None}]
    settle_states(decided)
    assert decided[5] == {"وزاره العمل": "saudi_arabia"}
    assert decided[6] == {"وزاره الصحه": None}
    few: list[dict[str, str | None]] = [{"وزاره العمل": "saudi_arabia"}, {"وزاره العمل": None}]
    settle_states(few)
    assert few[1] == {"وزاره العمل": None}


def test_a_bare_body_meets_the_catalogue_name_of_its_state() -> None:
    arts = [one(SAUDI_PLAIN, "اتحاد كرة القدم"), one(SAUDI, "وزارة الخارجية"),
            article("قال الاتحاد السعودي لكرة القدم إن المدرب البلجيكي سيصل غدا. ونقل عن البلجيكي قوله."
                    " وأكد اتحاد القدم ذلك.",
                    [("الاتحاد السعودي لكرة القدم", "ORG"), ("اتحاد القدم", "ORG")])]
    resolve_mentions(arts, load())
    assert ids(arts) == ["saff", "saudi_mofa", "saff", "saff"]


def test_the_gulf_and_al_jazeera_by_context() -> None:
    arts = [article("وتتأثر دول الخليج بأسعار النفط.", [("الخليج", "LOC")]),
            article("وقال مراسل قناة الجزيرة في الدوحة إن الوضع هادئ.", [("الجزيرة", "ORG")]),
            article("ونشرت صحيفة الجزيرة في عددها اليوم تقريرا.", [("الجزيرة", "ORG")]),
            article("وقال لـ\"الجزيرة\" إن الوضع هادئ.", [("الجزيرة", "ORG")]),
            article("وصل الوفد إلى الجزيرة صباحا.", [("الجزيرة", "LOC")])]
    resolve_mentions(arts, load())
    got = ids(arts)
    assert got[:3] == ["persian_gulf", "al_jazeera", "aljazirah_paper"]
    # quoted with no cue (the channel or the daily), an island: no catalogue entry
    assert got[3] not in {e.id for e in shipped()} and got[4] not in {e.id for e in shipped()}


def test_cues_far_from_a_name_of_another_type_or_of_a_kind_of_outlet_count_for_nothing() -> None:
    arts = [article("رابط الخبر بصحيفة الوئام. فاز الفريق في الدوري أمس، وزار الوفد دول الخليج.",
                    [("الخليج", "LOC")]),
            article("رابط الخبر بصحيفة الوئام: قال المدير السابق لقناة «الجزيرة» الفضائية إن الوضع هادئ.",
                    [("الجزيرة", "ORG")])]
    resolve_mentions(arts, load())
    assert ids(arts) == ["persian_gulf", "al_jazeera"]


def test_a_bare_body_keeps_its_bare_name_for_stories() -> None:
    """Resolution ties «وزارة العمل» to a state, or to its article alone; the mention keeps the
    bare name (`state_body`) so stories compare two reports of one happening by it, as they
    compare words, whichever state each report let resolution choose."""
    from marsad.stories.items import entity_counts

    arts = [one(SAUDI_PLAIN, "وزارة العمل"), one("قال إن {} بدأت تطبيق القرار.", "وزارة العمل")]
    resolve_mentions(arts, load())
    assert ids(arts)[0] != ids(arts)[1]
    bare = {m.attrs.state_body for a in arts for m in a.layer("mentions")}
    assert len(bare) == 1 and None not in bare
    assert entity_counts(arts[0]) == entity_counts(arts[1]) == {f"body:{bare.pop()}": 1}
    plain = one(SAUDI_PLAIN, "محمد العلي")
    resolve_mentions([plain], load())
    assert "state_body" not in plain.layer("mentions")[0].attrs.to_json()
