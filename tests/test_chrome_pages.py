"""Pages of nothing but site chrome (tests/data/chrome_pages, written by us) come out
flagged `no_article_text`; a real article beside them keeps its body. (Flattened onto one
line they are not all recognised yet: a one-line page with no sentence end gives cleaning
no place to cut but its cues, which match the shortest label first.)"""

from __future__ import annotations

from pathlib import Path

from marsad.model import Article
from marsad.pipeline import Pipeline

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
