"""`ner.phrase_starts`: an article's phrase matches tried only where a phrase may start (the
bits kept on each word type's `WordInfo`) are the matches over all its words (issue 20)."""

from __future__ import annotations

from marsad.ner.crf import NerModel
from marsad.ner.heads import head_index
from marsad.ner.lexicon import catalogue_index, cue_index, gazetteer_index
from marsad.ner.phrase_starts import CATALOGUE, CUES, GAZETTEER, HEADS, PhraseStarts, phrase_starts
from marsad.ner.tokens import tokenize

TEXT = (
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض وزير الخارجية الأمريكي جون كيري، "
    "بحضور وزير الدولة للشؤون الخارجية، وذكرت وكالة الأنباء السعودية أن جامعة الملك سعود ومحافظ "
    "جدة والمملكة العربية السعودية والأمم المتحدة ومجلس التعاون لدول الخليج العربية بحثوا الأزمة."
)


def test_matches_where_a_phrase_may_start_are_the_matches_over_every_word() -> None:
    infos = NerModel.default().features.infos([w for w, _, _ in tokenize(TEXT)])
    norms = [i.norm for i in infos]
    starts = PhraseStarts(infos)
    for bit, index in ((GAZETTEER, gazetteer_index()), (CATALOGUE, catalogue_index()),
                       (CUES, cue_index()), (HEADS, head_index())):
        every = index.matches(norms)
        assert every  # the text holds phrases of each index
        assert starts.matches(bit, index, norms) == every
        assert all(phrase_starts(norms[s]) & bit for s, _, _ in every)
    assert all(inf.starts == phrase_starts(inf.norm) for inf in infos)  # kept on the word types
