"""Every layer of every article: offsets slice the untouched original text.

Runs the whole default pipeline on generated Arabic-and-English text and checks the
invariant for each span of each layer, and that no stage changed `article.text`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.report.layout import article_record

WORDS = [
    "قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "بكين", "وموسكو", "يوم", "الثلاثاء",
    "أمس", "الإثنين", "وزير", "الخارجية", "الصيني", "وانغ", "يي", "في", "11", "فبراير", "2020",
    "“", "”", "\"", "«", "»", "،", ".", ":", "????", "Shoigu", "Beijing", "pic.twitter.com/x",
    "كلمات", "دلالية:", "إقرأ", "أيضاً:", "المصدر:", "زيارة", "إلى", "الصين", "ﻻ", "مُحَمَّد",
]
line = st.lists(st.sampled_from(WORDS), min_size=0, max_size=25).map(" ".join)
doc = st.lists(line, min_size=1, max_size=12).map("\n".join)

PIPELINE = Pipeline.build()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(doc, min_size=1, max_size=3))
def test_every_span_slices_the_original_text(texts: list[str]) -> None:
    arts = [Article(path=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    originals = {a.path: a.text for a in arts}
    corpus, _ = PIPELINE.run(arts)
    for art in corpus.articles:
        assert art.text == originals[art.path]
        for name, spans in art.layers.items():
            for s in spans:
                assert 0 <= s.start <= s.end <= len(art.text), (name, s)
        rec = article_record(art)
        for layer in ("mentions", "timexes", "quotes"):
            for item in rec[layer]:
                assert art.text[item["start"] : item["end"]] == item["text"], (layer, item)
