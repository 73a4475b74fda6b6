"""The fast paths of the NER tagger give exactly what the plain definitions give: the features
a model reads are the plain featurizer's, in the same order, less those the model has no
weight for; phrase look-ups with and without their memo agree."""

from __future__ import annotations

from marsad.lang.normalize import normalize
from marsad.ner.crf import NerModel
from marsad.ner.features import Featurizer
from marsad.ner.lexicon import PhraseIndex
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

