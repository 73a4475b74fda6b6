"""The same articles give the same stories whatever order they are read in: records of one
file shuffled, two files named the other way round (`marsad.run` end to end: ingest, dates,
names, events, near-duplicates, stories)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import marsad

# Invented reports: three happenings, each told by two or three outlets, and two pieces on
# nothing else; one report is carried by two outlets as wire copy (a near-duplicate).
FLOOD = (
    "اجتاحت السيول مدينة الوادي الأخضر فجر الاثنين بعد أمطار غزيرة استمرت ساعات، وأعلن الدفاع "
    "المدني إجلاء مئات الأسر من الأحياء المنخفضة وغرق عشرات السيارات في الشوارع الرئيسية."
)
FLOOD_B = (
    "أجلى الدفاع المدني مئات الأسر من أحياء الوادي الأخضر المنخفضة يوم الاثنين بعد السيول التي "
    "أغرقت السيارات وقطعت الكهرباء إثر أمطار غزيرة هطلت لساعات على المدينة."
)
FLOOD_C = (
    "قال المتحدث باسم الدفاع المدني إن فرق الإنقاذ أنهت الثلاثاء إجلاء الأسر المتضررة من سيول "
    "الوادي الأخضر، وإن الأمطار الغزيرة أغرقت الأحياء المنخفضة وعشرات السيارات."
)
SUMMIT = (
    "انطلقت في الرياض يوم الاثنين أعمال قمة الطاقة المتجددة بمشاركة وزراء الطاقة من عشرين دولة "
    "لبحث مشاريع الرياح والطاقة الشمسية وتمويل محطات التخزين والربط الكهربائي الإقليمي."
)
SUMMIT_B = (
    "بحث وزراء الطاقة من عشرين دولة في قمة الطاقة المتجددة التي بدأت الاثنين في الرياض تمويل "
    "مشاريع الطاقة الشمسية والرياح ومحطات التخزين والربط الكهربائي بين دول المنطقة."
)
MATCH = (
    "فاز فريق النجوم على فريق الساحل بثلاثة أهداف مقابل هدف في نهائي كأس البطولة الذي أقيم "
    "مساء الاثنين على الملعب الوطني أمام أربعين ألف متفرج، ليحرز اللقب للمرة الثالثة."
)
MATCH_B = (
    "أحرز فريق النجوم كأس البطولة للمرة الثالثة بعد فوزه على فريق الساحل بثلاثة أهداف مقابل "
    "هدف في المباراة النهائية التي احتضنها الملعب الوطني مساء الاثنين."
)
BOOK = (
    "صدر حديثا كتاب جديد عن تاريخ العمارة الطينية في الجزيرة العربية يتناول فيه المؤلف أساليب "
    "البناء القديمة وزخارف الأبواب الخشبية وطرق حفظ البيوت التراثية من التلف."
)
RECIPE = (
    "تقدم الطاهية في هذا العدد طريقة إعداد خبز التنور في البيت بالدقيق الأسمر والحليب والعسل، "
    "مع نصائح لتخمير العجين وخبزه على حرارة عالية حتى يصير هشا ذهبي اللون."
)


def record(source: str, n: int, title: str, body: str, day: str) -> dict[str, str]:
    return {"source": source, "url": f"https://{source}.example/news/{n}", "title": title,
            "date": f"2024-03-{day} 09:00:00", "text": body}


def records() -> list[dict[str, str]]:
    return [
        record("alwadi", 1, "سيول تجتاح الوادي الأخضر", FLOOD, "04"),
        record("alsahil", 2, "إجلاء مئات الأسر من الوادي الأخضر", FLOOD_B, "04"),
        record("alyawm", 3, "انتهاء إجلاء المتضررين من السيول", FLOOD_C, "05"),
        record("alwadi", 4, "قمة الطاقة المتجددة تنطلق في الرياض", SUMMIT, "04"),
        record("alyawm", 5, "وزراء الطاقة يبحثون تمويل المشاريع", SUMMIT_B, "04"),
        record("alsahil", 6, "قمة الطاقة المتجددة تنطلق في الرياض", SUMMIT, "04"),  # wire copy
        record("alwadi", 7, "النجوم يحرز الكأس", MATCH, "04"),
        record("alsahil", 8, "النجوم بطلا للمرة الثالثة", MATCH_B, "05"),
        record("alyawm", 9, "كتاب عن العمارة الطينية", BOOK, "04"),
        record("alwadi", 10, "خبز التنور في البيت", RECIPE, "05"),
    ]


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def stories_of(out: Path) -> dict[str, str | None]:
    """URL -> story id, from the run's `articles.jsonl`."""
    with (out / "articles.jsonl").open(encoding="utf-8") as f:
        return {a["url"]: a["story"] for a in map(json.loads, f)}


def test_the_same_articles_in_another_order_give_the_same_stories(tmp_path: Path) -> None:
    rows = records()
    marsad.run([write(tmp_path / "in.jsonl", rows)], tmp_path / "first")
    first = stories_of(tmp_path / "first")
    assert len(first) == len(rows) and all(first.values())
    url = "https://{}.example/news/{}".format
    # one happening, three outlets, two days
    assert first[url("alwadi", 1)] == first[url("alsahil", 2)] == first[url("alyawm", 3)]
    assert first[url("alwadi", 4)] == first[url("alsahil", 6)]  # the wire copy with its original
    assert first[url("alwadi", 1)] != first[url("alwadi", 4)]

    shuffled = list(rows)
    random.Random(7).shuffle(shuffled)
    assert shuffled != rows
    marsad.run([write(tmp_path / "shuffled.jsonl", shuffled)], tmp_path / "shuffled")
    assert stories_of(tmp_path / "shuffled") == first  # the same members under the same ids

    # two files, named in one order and then in the other
    a, b = write(tmp_path / "a.jsonl", rows[:5]), write(tmp_path / "b.jsonl", rows[5:])
    marsad.run([b, a], tmp_path / "swapped")
    assert stories_of(tmp_path / "swapped") == first
