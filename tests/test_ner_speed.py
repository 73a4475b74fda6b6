"""The fast paths of the NER tagger give exactly what the plain definitions give: the features
a model reads are the plain featurizer's, in the same order, less those the model has no
weight for; phrase look-ups with and without their memo agree."""

from __future__ import annotations

from marsad.lang.normalize import normalize
from marsad.ner.crf import NerModel, state_features
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import PhraseIndex, candidates
from marsad.ner.tokens import tokenize

TEXT = (
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في الرياض اليوم وزير "
    "الخارجية الأمريكي جون كيري، وبحث معه تطورات الأوضاع في سوريا واليمن. وقال المتحدث "
    "باسم وزارة الخارجية إن المملكة العربية السعودية ستواصل دعمها للشعب السوري | والعراقي 2016."
)


def test_the_model_reads_the_plain_features_less_those_it_has_no_weight_for() -> None:
    model = NerModel.default()
    keep = model.features.keep
    assert keep is not None
    plain = Featurizer(model.features.translit)
    words = [w for w, _, _ in tokenize(TEXT)]
    for size in (1, 2, 3, 4, 5, len(words)):  # sentences at both edges and in the middle
        sentence = words[:size]
        edges = ("BOS", "EOS")  # always given, kept or not
        feats = plain.sentence(sentence)
        expected = [[f.encode() for f in item if f in keep or f in edges] for item in feats]
        got = model.features.encoded(model.features.infos(sentence))
        assert got == expected
        assert [b"BOS" in item for item in got] == [i == 0 for i in range(size)]
        assert sum(map(len, got)) < sum(map(len, feats))
        assert model.features.sentence_of(model.features.infos(sentence)) == [
            [f.decode() for f in item] for item in got
        ]


def test_a_plain_featurizer_keeps_every_feature_and_gives_it_as_text() -> None:
    plain = Featurizer(NerModel.default().features.translit)
    feats = plain.sentence(["الوزير", "كيري", "الرياض"])
    assert "bg=الوزير|كيري" in feats[1] and "bg=كيري|الرياض" in feats[2]
    assert "w=كيري" in feats[1] and "-1:w=كيري" in feats[2] and "1:w=كيري" in feats[0]
    info = plain.info("كيري")
    assert "w=كيري" in info.own and info.ctx[1][0] == "1:w=كيري"
    # a neighbour one place off sees the word's short features, two places off its form and stem only
    assert info.ctx[-1] == ["-1:" + f[2:] for f in info.ctx[1]]
    assert info.ctx[2] == ["2:w=كيري", "2:s=يري"] and info.ctx[-2] == ["-2:w=كيري", "-2:s=يري"]
    assert "1:tl=low" in info.ctx[1] and not any(f.startswith("2:tl=") for f in info.ctx[2])


def test_phrase_matches_agree_with_and_without_positions_and_memo() -> None:
    phrases = [("المملكة العربية السعودية", "LOC"), ("المملكة", "LOC"), ("وزارة الخارجية", "ORG"),
               ("سوريا", "LOC")]
    index = PhraseIndex([(tuple(normalize(p).split()), label) for p, label in phrases])
    norms = [normalize(w) for w, _, _ in tokenize(TEXT)]
    first = index.matches(norms)
    assert index.matches(norms) == first  # the memo changes nothing
    assert index.matches(tuple(norms)) == first
    assert index.matches(norms, range(len(norms))) == first
    found = {(" ".join(norms[s:e]), label) for s, e, label in first}
    assert (normalize("المملكة العربية السعودية"), "LOC") in found  # the longest match wins
    assert (normalize("وزارة الخارجية"), "ORG") in found
    assert (normalize("سوريا"), "LOC") in found
    assert normalize("المملكة") not in {name for name, _ in found}



def _plain_matches(
    phrases: list[tuple[tuple[str, ...], str]], norms: list[str],
) -> list[tuple[int, int, str]]:
    """Phrase matching by its definition: left to right, at each word not inside the last
    match, the longest phrase that starts with one of the word's look-up forms and whose
    words follow (the first form's, the first listed, on a tie)."""
    out = []
    i = 0
    while i < len(norms):
        best: tuple[int, str] = (0, "")
        for form in candidates(norms[i]):
            fits = [(len(w), lab) for w, lab in phrases
                    if w[0] == form and tuple(norms[i + 1 : i + len(w)]) == w[1:]]
            if fits:
                k = max(k for k, _ in fits)
                label = next(lab for kk, lab in fits if kk == k)
                if k > best[0]:
                    best = (k, label)
        if best[0]:
            out.append((i, i + best[0], best[1]))
            i += best[0]
        else:
            i += 1
    return out


def test_phrase_matches_by_the_next_word_agree_with_the_plain_definition() -> None:
    """A word that starts many phrases («ولاية …») is matched against those that go on with
    the next word only: the same longest match, a phrase cut off by the sentence's end not
    taken, the word alone where it is a phrase and no longer one follows."""
    rows = ["ولاية تكساس", "ولاية تكساس الأمريكية", "ولاية كاليفورنيا", "ولاية", "ولاية نيويورك",
            "ولاية نيويورك الأمريكية الكبرى", "الولايات المتحدة", "المتحدة"]
    phrases = [(tuple(normalize(p).split()), f"L{k}") for k, p in enumerate(rows)]
    phrases.append(((normalize("ولاية"),), "second single, never taken"))
    index = PhraseIndex(phrases)
    sentences = ["زار ولاية تكساس الأمريكية ثم ولاية كاليفورنيا وولاية أخرى",
                 "في الولايات المتحدة وولاية نيويورك الأمريكية", "وصل إلى ولاية نيويورك",
                 "ولاية", "المتحدة ولاية تكساس"]
    for text in sentences:
        norms = [normalize(w) for w, _, _ in tokenize(text)]
        assert index.matches(norms) == _plain_matches(phrases, norms), text
    norms = [normalize(w) for w, _, _ in tokenize(sentences[0])]
    assert (1, 4, "L1") in index.matches(norms)  # the longest of the three «ولاية تكساس …»
    assert (7, 8, "L3") in index.matches(norms)  # «وولاية» alone: its conjunction left off


def test_the_model_weights_read_from_the_dump_are_pycrfsuites() -> None:
    tagger = NerModel.default().tagger
    weights = state_features(tagger)
    assert weights == tagger.info().state_features
    assert len(weights) > 1000 and all(isinstance(w, float) for w in weights.values())
