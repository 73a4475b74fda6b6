"""Story clusters: same happening across outlets and days, a sliding time window,
undated articles by content, near-duplicates together, incremental runs via the DB."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.model import Article, Corpus, MentionAttrs, Published, Span
from marsad.steps.dedup import dedup
from marsad.steps.stories import cluster_stories, stories
from marsad.stories.cluster import StoryClusterer

# Invented reports: two happenings, each told differently by two outlets.
FLOOD_A = (
    "اجتاحت السيول مدينة الوادي الأخضر بعد أمطار غزيرة استمرت ساعات وأعلن الدفاع المدني إجلاء "
    "مئات الأسر من الأحياء المنخفضة وغرق عشرات السيارات في الشوارع الرئيسية وانقطاع الكهرباء"
)
FLOOD_B = (
    "الدفاع المدني يجلي الأسر من أحياء الوادي الأخضر المنخفضة بعد السيول التي أغرقت السيارات "
    "وقطعت الكهرباء إثر أمطار غزيرة هطلت لساعات على المدينة"
)
SUMMIT_A = (
    "انطلقت في العاصمة أعمال قمة الطاقة المتجددة بمشاركة وزراء الطاقة من عشرين دولة لبحث "
    "مشاريع الرياح والطاقة الشمسية وتمويل محطات التخزين والربط الكهربائي الإقليمي"
)
SUMMIT_B = (
    "وزراء الطاقة من عشرين دولة يبحثون في قمة الطاقة المتجددة تمويل مشاريع الطاقة الشمسية "
    "والرياح ومحطات التخزين والربط الكهربائي بين دول المنطقة"
)


def art(text: str, url: str, date: str | None, ents: tuple[str, ...] = ()) -> Article:
    a = Article(path=url, text=text, url=url)
    a.published = Published(date=date, source="test")
    a.set_layer("mentions", [Span(i, i + 1, "LOC", MentionAttrs(entity=e)) for i, e in enumerate(ents)])
    return a


def cluster(arts: list[Article], **options: object) -> dict[str, str]:
    corpus = Corpus(articles=arts, options=dict(options))
    dedup.func(corpus)
    stories.func(corpus)
    assert {a for m in corpus.stories.values() for a in m} >= {a.id for a in arts}
    return {a.url or "": a.story or "" for a in arts}


def corpus_two_stories() -> list[Article]:
    return [art(FLOOD_A, "fa", "2024-03-01", ("wadi",)), art(FLOOD_B, "fb", "2024-03-02", ("wadi",)),
            art(SUMMIT_A, "sa", "2024-03-01", ("capital",)), art(SUMMIT_B, "sb", "2024-03-03", ("capital",))]


def test_same_happening_across_outlets_and_days_is_one_story() -> None:
    s = cluster(corpus_two_stories())
    assert s["fa"] == s["fb"]
    assert s["sa"] == s["sb"]
    assert s["fa"] != s["sa"]


def test_the_time_window_splits_the_same_words_a_year_apart() -> None:
    s = cluster([art(FLOOD_A, "fa", "2024-03-01"), art(FLOOD_B, "fb", "2025-03-01"),
                 art(SUMMIT_A, "sa", "2024-03-01")])
    assert s["fa"] != s["fb"]


def test_an_undated_article_clusters_by_content_alone() -> None:
    s = cluster([art(FLOOD_A, "fa", "2024-03-01"), art(FLOOD_B, "fb", None),
                 art(SUMMIT_A, "sa", "2024-03-01"), art(SUMMIT_B, "sb", None)])
    assert s["fa"] == s["fb"] and s["sa"] == s["sb"] and s["fa"] != s["sa"]


def test_story_ids_are_stable_and_named_by_the_earliest_member() -> None:
    first = cluster(corpus_two_stories())
    again = cluster(list(reversed(corpus_two_stories())))
    assert first == again


def test_a_second_run_is_assigned_to_the_stories_in_the_database(tmp_path: Path) -> None:
    db = tmp_path / "marsad.db"
    before = cluster([art(FLOOD_A, "fa", "2024-03-01"), art(SUMMIT_A, "sa", "2024-03-01")], db=str(db))
    after = cluster([art(FLOOD_B, "fb", "2024-03-02"), art(SUMMIT_B, "sb", "2024-03-02"),
                     art(FLOOD_A + " انتهى", "fa2", "2024-03-02")], db=str(db))
    assert after["fb"] == before["fa"]
    assert after["sb"] == before["sa"]
    assert after["fa2"] == before["fa"]
    con = sqlite3.connect(db)
    members = con.execute("SELECT COUNT(*) FROM story_members").fetchone()[0]
    sketches = con.execute("SELECT COUNT(DISTINCT dup_group) FROM story_sketches").fetchone()[0]
    assert members == 5
    assert sketches == 4  # fa2 is a copy of fa


def test_rerunning_the_same_articles_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "marsad.db"
    first = cluster(corpus_two_stories(), db=str(db))
    second = cluster(corpus_two_stories(), db=str(db))
    assert first == second
    n = sqlite3.connect(db).execute("SELECT value FROM story_meta WHERE key='n_docs'").fetchone()[0]
    assert n == "4"


FLOOD_CORE = "السيول تغمر أحياء الوادي الأخضر والدفاع المدني يجلي الأسر من المنازل المنخفضة"
FLOOD_DAYS = [FLOOD_CORE + " " + tail for tail in (
    "وسط تحذيرات من أمطار جديدة خلال الساعات المقبلة على المرتفعات",
    "فيما تعمل فرق الإنقاذ على فتح الطرق المغلقة بالطين والحجارة",
    "بينما تقدم الجمعيات الخيرية وجبات ساخنة وبطانيات للعائلات المتضررة",
    "ويقدر المهندسون الخسائر في الجسور وشبكات الصرف بملايين الريالات",
    "ويطالب السكان بإنشاء سدود صغيرة لحماية القرى من الفيضانات القادمة",
)]


UNRELATED = [
    SUMMIT_A, SUMMIT_B,
    "ارتفعت أسعار الذهب في الأسواق العالمية مع تراجع الدولار وترقب قرار الفائدة",
    "افتتح معرض الكتاب الدولي أبوابه للزوار بمشاركة خمسمئة دار نشر من ثلاثين بلدا",
    "تأهل المنتخب الوطني إلى نهائي البطولة بعد فوزه بركلات الترجيح على منافسه",
    "أطلقت الجامعة برنامجا جديدا للمنح الدراسية في علوم الحاسب والذكاء الاصطناعي",
    "سجلت أسعار النفط أعلى مستوى لها منذ شهرين بعد خفض الإنتاج",
    "بدأت البلدية أعمال صيانة الطرق الرئيسية وتركيب إشارات مرور ذكية",
]


def test_a_running_topic_does_not_chain_into_one_story_for_weeks() -> None:
    arts = [art(t, f"f{i}", f"2024-03-{1 + 4 * i:02d}") for i, t in enumerate(FLOOD_DAYS)]
    arts += [art(t, f"o{i}", f"2024-03-{1 + 2 * i:02d}") for i, t in enumerate(UNRELATED)]
    # a low threshold: on so few articles the shared words get a low idf
    for span, apart in ((10, True), (100, False)):
        cluster_stories(Corpus(articles=arts), StoryClusterer(threshold=0.1, span=span))
        s = {a.url: a.story for a in arts}
        assert s["f0"] == s["f1"] == s["f2"]  # four days apart each: one story
        assert (s["f0"] != s["f4"]) is apart  # sixteen days apart: only when the span allows
        assert s["o2"] != s["f0"]


def test_the_database_folder_is_created_when_missing(tmp_path: Path) -> None:
    db = tmp_path / "new" / "out" / "marsad.db"
    cluster(corpus_two_stories(), db=str(db))
    assert db.exists()
