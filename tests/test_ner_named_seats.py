"""A named seat of government the catalogue lists (`lang/kb/geography.yaml` landmarks) is a place the
tagger keeps: «في مكتبه بقصر الحكم» names the Riyadh emirate's seat, which the guide makes a
reception's place («a named seat is: في مكتبه بقصر الحكم», ruled in round 44; events-dev-fresh19
8286, fresh23 5008, fresh30 12663, fresh6 5339). Invented sentence."""

from __future__ import annotations

from marsad.ner.article import tag_article
from marsad.ner.crf import NerModel
from tests.test_kb_catalogue import resolved


def test_the_palace_of_rule_is_a_place_the_tagger_keeps() -> None:
    text = ("استقبل صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه بقصر الحكم أمس "
            "سفير اليابان لدى المملكة.")
    spans = tag_article(text, NerModel.default(), [(0, len(text))], [])
    assert ("LOC", "قصر الحكم") in [(s.label, text[s.start:s.end]) for s in spans]
    assert resolved([("قصر الحكم", "LOC")]) == ["qasr_al_hukm"]
