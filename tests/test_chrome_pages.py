"""Pages of nothing but site chrome (tests/data/chrome_pages, written by us) come out
flagged `no_article_text`; a real article beside them keeps its body. Flattened onto one
line or hard-wrapped, they still are: an unpunctuated body mostly covered by cleaning's cues
is chrome (clean/chrome_page.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import Article
from marsad.pipeline import Pipeline
from tests.conftest import perturbed

PAGES = sorted((Path(__file__).parent / "data" / "chrome_pages").glob("*.txt"))
ARTICLE = ("أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المنطقة الشرقية بسعة ثلاثمئة سرير، "
           "وقال الوزير في مؤتمر صحافي إن المستشفى سيخدم أكثر من نصف مليون نسمة.")


def _clean(texts: dict[str, str]) -> dict[str, Article]:
    arts = [Article(path=name, text=text) for name, text in texts.items()]
    corpus, rejected = Pipeline.build(["segment", "language", "site_chrome"]).run(arts)
    assert not rejected
    return {a.path: a for a in corpus.articles}


def test_chrome_only_pages_have_no_article_text() -> None:
    assert len(PAGES) >= 6
    texts = {p.name: p.read_text(encoding="utf-8") for p in PAGES}
    texts["article.txt"] = f"وزارة الصحة تفتتح مستشفى جديدا\n{ARTICLE}\n"
    out = _clean(texts)
    kept = {k: a.body for k, a in out.items() if "no_article_text" not in a.flags}
    assert set(kept) == {"article.txt"}, kept
    assert out["article.txt"].body == ARTICLE




@pytest.mark.parametrize("layout", ["flat", "wrap"])
def test_flattened_or_wrapped_chrome_pages_have_no_article_text(layout: str) -> None:
    texts = {p.name: perturbed(p.read_text(encoding="utf-8"), layout) for p in PAGES}
    texts["article.txt"] = perturbed(f"وزارة الصحة تفتتح مستشفى جديدا\n{ARTICLE}\n", layout)
    out = _clean(texts)
    kept = {k for k, a in out.items() if "no_article_text" not in a.flags}
    assert kept == {"article.txt"}, kept
    assert ARTICLE.split()[-3:] == out["article.txt"].body.split()[-3:]


def test_an_unpunctuated_body_without_cues_is_text() -> None:
    """A poem or a list of names with no punctuation is not chrome: few of its words are cues."""
    poem = ("يا دار عبلة بالجواء تكلمي وعمي صباحا دار عبلة واسلمي فوقفت فيها ناقتي وكأنها فدن "
            "لأقضي حاجة المتلوم وتحل عبلة بالجواء وأهلنا بالحزن فالصمان فالمتثلم")
    out = _clean({"poem.txt": poem})
    assert "no_article_text" not in out["poem.txt"].flags


@pytest.mark.parametrize("layout", ["orig", "flat", "wrap"])
def test_a_one_line_question_keeps_its_text_when_a_wrap_cuts_off_its_marks(layout: str) -> None:
    # a short page of one question (10 words): a 70-column wrap leaves «؟!» alone on a line
    line = 'ليش ما نحترم اجتماعاتنا العائلية ونكون "غير متصل" بأجهزتنا الالكترونية ؟!'
    text = {"orig": line, "flat": line, "wrap": line.replace(" ؟!", "\n؟!")}[layout]
    art = _clean({"q.txt": text})["q.txt"]
    assert "no_article_text" not in art.flags
    assert art.segments("body") and art.segments("body")[0].slice(text).startswith("ليش ما نحترم")
