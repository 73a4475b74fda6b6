"""Cross-document chrome on synthetic sites: recurring lines of one site become
boilerplate; small corpora and wire copy across different sites are left alone."""

from __future__ import annotations

from marsad.clean.site_chrome import MIN_ARTICLES, mark_chrome, site_of
from marsad.model import Article, Corpus
from marsad.steps.segment import segment
from marsad.steps.site_chrome import site_chrome

CHROME = ["نافذتكم اليومية على أخبار الوادي", "جميع المواد تعبر عن رأي كتابها"]
TOPICS = ["الكهرباء", "المياه", "المدارس", "المستشفيات", "الطرق", "الحدائق", "الموانئ",
          "المطارات", "الأسواق", "الجامعات", "المكتبات", "الملاعب"]
WIRE = ("وقالت الوكالة الرسمية إن الاجتماع ناقش سبل تعزيز التعاون الاقتصادي بين البلدين "
        "وتوسيع التبادل التجاري خلال السنوات المقبلة.")


def _article(i: int, source: str | None, chrome: bool = True, wire: bool = False,
             url: str | None = None) -> Article:
    topic = TOPICS[i % len(TOPICS)]
    body = [f"أعلنت البلدية اليوم بدء مشروع جديد لتطوير {topic} في الحي رقم {i} بتكلفة تقديرية كبيرة.",
            f"وأوضح مسؤول في البلدية أن أعمال {topic} ستنتهي خلال {i + 2} أشهر من تاريخ البدء."]
    lines = [f"مشروع جديد لتطوير {topic} رقم {i}", *body]
    if wire:
        lines.append(WIRE)
    if chrome:
        lines += CHROME
    art = Article(path=f"site/{i}.txt", text="\n".join(lines) + "\n", source=source, url=url)
    segment.func(art)
    return art


def _chrome_of(art: Article) -> list[str]:
    return [s.slice(art.text) for s in art.segments() if s.attrs.cue == "site_chrome"]


def test_recurring_lines_of_one_site_become_boilerplate() -> None:
    arts = [_article(i, "alwadi") for i in range(12)]
    assert all(a.body.endswith(CHROME[-1]) for a in arts)  # no cue knows these lines
    assert mark_chrome(arts) == 24
    for a in arts:
        assert _chrome_of(a) == CHROME
        assert len(a.segments("body")) == 2 and CHROME[0] not in a.body


def test_small_corpus_is_left_alone() -> None:
    arts = [_article(i, "alwadi") for i in range(MIN_ARTICLES - 1)]
    assert mark_chrome(arts) == 0


def test_lines_are_counted_per_site() -> None:
    arts = [_article(i, f"site{i % 4}") for i in range(12)]  # 3 articles a site
    assert mark_chrome(arts) == 0


def test_wire_sentence_repeated_is_not_chrome() -> None:
    # no source, no URL: one folder of several sites, all carrying the same wire sentence
    arts = [_article(i, None, chrome=False, wire=True) for i in range(12)]
    assert mark_chrome(arts) == 0
    assert all(WIRE in a.body for a in arts)


def test_a_rare_line_is_not_chrome_in_a_big_site() -> None:
    arts = [_article(i, "alwadi", chrome=i < 3) for i in range(60)]
    assert mark_chrome(arts) == 0


def test_site_key_falls_back_to_host_then_folder() -> None:
    assert site_of(Article(path="a/b.txt", text="x", source="Okaz ")) == "source:okaz"
    assert site_of(Article(path="a/b.txt", text="x", url="https://www.okaz.com.sa/n/1")) == "host:okaz.com.sa"
    assert site_of(Article(path="dump/news.jsonl#4", text="x")) == "folder:dump"


def test_article_of_only_chrome_is_flagged() -> None:
    arts = [_article(i, None, url=f"https://alwadi.example/{i}") for i in range(10)]
    only = Article(path="site/x.txt", text="\n".join(CHROME) + "\n", url="https://alwadi.example/x")
    segment.func(only)
    corpus = Corpus(articles=[*arts, only])
    site_chrome.func(corpus)
    assert "no_article_text" in only.flags
    assert not any("no_article_text" in a.flags for a in arts)


def test_a_recurring_sentence_inside_a_flattened_body_is_cut_out() -> None:
    """A one-line record: the site's chrome sentence sits inside the body segment; it is cut
    out as site chrome and the sentences around it stay body."""
    arts = []
    for i in range(12):
        topic = TOPICS[i % len(TOPICS)]
        first = f"أعلنت البلدية اليوم بدء مشروع جديد لتطوير {topic} في الحي رقم {i} بتكلفة تقديرية كبيرة."
        second = f"وأوضح مسؤول في البلدية أن أعمال {topic} ستنتهي خلال {i + 2} أشهر من تاريخ البدء."
        text = " ".join([first, f"{CHROME[0]}.", second, f"{CHROME[1]}.", WIRE])
        art = Article(path=f"flat/{i}.txt", text=text, source="alwadi")
        segment.func(art)
        assert CHROME[0] in art.body
        arts.append(art)
    assert mark_chrome(arts) == 24
    for art in arts:
        assert sorted(_chrome_of(art)) == sorted(f"{c}." for c in CHROME)
        assert CHROME[0] not in art.body and CHROME[1] not in art.body
        assert "أعلنت البلدية" in art.body and WIRE in art.body
