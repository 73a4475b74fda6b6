"""The faster paths of entity resolution give what the plain ones gave: an article's word
forms counted once a word, the blocks of names counted per type, names compared word by word
first, the corpus's name forms counted once a text as written."""

from __future__ import annotations

import random
from collections import Counter

from marsad.resolve.catalogue import load
from marsad.resolve.cluster import JOIN_MATCH, SHORT_MATCH, _tokens_close, cluster, compatible
from marsad.resolve.context import ArticleWords
from marsad.resolve.entities import _attested
from marsad.resolve.names import name_tokens, proclitics
from marsad.resolve.variants import THRESHOLD, costs, similarity
from tests.test_resolve import article


def _plain_words(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for w in ArticleWords(text).cleaned.split():
        forms = {w}
        for p, definite in proclitics():
            if w.startswith(p) and len(w) - len(p) >= 3:
                forms.add(("ال" if definite else "") + w[len(p):])
        out.update(forms)
    return out


def test_article_word_forms_are_counted_as_before() -> None:
    text = ("وقال الرئيس إن بالسعودية والسعودية وللسعودية مشاريع. وزار الرئيس الرياض "
            "وبالرياض قال: الرياض والرياض. ولل وبال كالمملكة فالمملكة المملكة.")
    words = ArticleWords(text).words
    assert words == _plain_words(text)
    assert words["السعوديه"] == 3 and words["الرياض"] == 4


def test_blocks_are_per_type() -> None:
    # one spelling pair as persons and as places: each type's pair merges, never across types
    keys = {("PER", "جينبينغ"): 3, ("PER", "جين بينغ"): 1, ("LOC", "جينبينغ"): 2,
            ("LOC", "جين بينغ"): 1}
    found = cluster(keys, load(None))
    assert found[("PER", "جينبينغ")][0] == found[("PER", "جين بينغ")][0]
    assert found[("LOC", "جينبينغ")][0] == found[("LOC", "جين بينغ")][0]
    assert found[("PER", "جينبينغ")][0] != found[("LOC", "جينبينغ")][0]


def _plain_compatible(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    """`compatible` as it was: the whole names first, then word by word."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    short = min(len(a.replace(" ", "")), len(b.replace(" ", ""))) <= 4
    need = max(threshold, SHORT_MATCH if short else 0.0)
    if similarity(a, b, need) < need:
        return False
    if len(ta) == len(tb):
        return all(_tokens_close(x, y) for x, y in zip(ta, tb, strict=True))
    return similarity(a.replace(" ", ""), b.replace(" ", ""), JOIN_MATCH) >= JOIN_MATCH


def test_names_compared_word_by_word_first_match_as_before() -> None:
    rng = random.Random(28)
    forms = sorted({f for e in load(None) for f in e.forms() if not f.isascii() and " " in f})
    letters = sorted(set(costs().sub))
    names = rng.sample(forms, 150)
    # near spellings of each: one letter swapped, dropped or doubled
    for f in list(names):
        i = rng.randrange(len(f))
        if f[i] != " ":
            names += [f[:i] + rng.choice(letters) + f[i + 1:], f[:i] + f[i + 1:], f[:i] + f[i] + f[i:]]
    same_words = 0
    for a in names[::15]:
        for b in names:
            for thr in (THRESHOLD, 0.7):
                assert compatible(a, b, thr) == _plain_compatible(a, b, thr), (a, b, thr)
            same_words += len(a.split()) == len(b.split()) and compatible(a, b)
    assert same_words > 20  # the word-by-word path matched pairs too


_mentions = article  # an article whose mentions are the given (name, type), in order


def test_name_forms_are_counted_as_mention_by_mention() -> None:
    # two spellings of one form (a title dropped), one text as two types, forms met in turn
    arts = [_mentions("قال الرئيس باراك أوباما إن أوباما وواشنطن", [("الرئيس باراك أوباما", "PER"),
                                                                 ("أوباما", "PER"), ("واشنطن", "LOC")]),
            _mentions("باراك أوباما في واشنطن ومع واشنطن", [("باراك أوباما", "PER"), ("واشنطن", "ORG"),
                                                          ("واشنطن", "LOC")])]
    plain: Counter[tuple[str, str]] = Counter()
    for art in arts:
        for s in art.layer("mentions"):
            plain[(s.label, " ".join(name_tokens(s.slice(art.text), s.label)))] += 1
    seen = _attested(arts)
    assert seen == plain and list(seen) == list(plain)
    assert plain[("PER", "باراك اوباما")] == 2 and plain[("LOC", "واشنطن")] == 2
