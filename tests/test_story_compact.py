"""What the corpus steps hold compactly gives the very same results: dedup's LSH buckets a
few bands at a time, story items packed while they wait, the centroids of finished stories
packed (issue 20: the driver's memory)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from marsad.model import Article, Published
from marsad.stories import duplicates
from marsad.stories.cluster import Item, Story, StoryClusterer
from marsad.stories.compact import PackedItem
from marsad.stories.neardup import NearDuplicates, make_doc
from marsad.stories.state import clusterer_rows
from marsad.stories.text import words

# Invented sentences (not from any corpus).
WIRE = ("أعلنت وزارة الصحة في المدينة الساحلية اليوم افتتاح مستشفى جديد للأطفال يضم مئتي سرير "
        "ومركزا متخصصا لعلاج الأمراض النادرة وقال المدير العام للمستشفى إن المرحلة الأولى من "
        "التشغيل ستبدأ مطلع الشهر المقبل بطاقم طبي من الكوادر الوطنية وأضاف أن المشروع استغرق "
        "ثلاث سنوات من العمل المتواصل بتكلفة بلغت نحو أربعمئة مليون ريال")


def test_a_documents_buckets_by_slot_are_its_buckets() -> None:
    nd = NearDuplicates()
    doc = make_doc("a", words(WIRE))
    every = nd.bands(doc)
    assert len(every) == nd.band_count() == 62  # 37 bands of the text, 25 of its opening
    assert len(set(every)) == len(every)  # the slot tells two equal bands of two slots apart
    by_slot = [b for first in range(0, 62, 5) for b in nd.bands(doc, range(first, min(first + 5, 62)))]
    assert by_slot == every


def _arts() -> list[Article]:
    texts = [WIRE, WIRE + " انتهى", " ".join(WIRE.split()[:40]), WIRE.replace("الصحة", "التعليم"),
             "فاز الفريق الأول لكرة القدم على ضيفه بثلاثة أهداف " * 3]
    out = []
    for i, text in enumerate(texts):
        a = Article(path=f"{i}.txt", text=text, url=f"u{i}")
        a.published = Published(date=f"2024-01-0{i + 1}", source="test")
        out.append(a)
    return out


@pytest.mark.parametrize("slots", [1, 7, 62])
def test_groups_do_not_depend_on_how_many_bands_are_grouped_at_once(
        slots: int, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _arts()
    duplicates.group_duplicates(whole)
    monkeypatch.setattr(duplicates, "SLOTS_PER_GROUP", slots)
    some = _arts()
    duplicates.group_duplicates(some)
    assert [a.duplicate_group for a in some] == [a.duplicate_group for a in whole]
    assert len({a.duplicate_group for a in whole}) < len(whole)  # some are duplicates


def _item(n: int, day: date | None) -> Item:
    topic = n % 3
    terms = {f"t{topic}w{i}": 1 + i % 3 for i in range(12)} | {f"own{n}w{i}": 1 for i in range(4)}
    return Item(f"a{n:02d}", terms, {f"e{topic}": 2, f"x{n}": 1}, [f"MEET:e{topic}|x"], day, None, "", None,
                {f"t{topic}w{i}": 1 for i in range(6)}, {f"e{topic}": 2}, True)


def _items() -> list[Item]:
    start = date(2024, 3, 1)
    return [_item(n, start + timedelta(days=2 * n)) for n in range(30)] + [_item(30, None), _item(31, None)]


def test_packed_items_and_stories_give_the_same_assignment_and_state() -> None:
    plain = StoryClusterer()
    got = plain.assign_all(_items())
    compact = StoryClusterer(compact=True)
    assert compact.assign_all([PackedItem.of(it) for it in _items()]) == got
    packed = [st for st in compact.stories.values() if st.packed is not None]
    assert packed and all(not st.text for st in packed)  # the finished stories were packed
    assert list(clusterer_rows(compact, set(compact.stories), {})[1]) == \
        list(clusterer_rows(plain, set(plain.stories), {})[1])
    assert got["a30"] in {got[f"a{n:02d}"] for n in range(30)}  # an undated one joins a packed story


def test_a_packed_item_unpacks_to_the_same_item() -> None:
    it = _item(4, date(2024, 3, 1))
    before = (dict(it.terms), dict(it.entities), dict(it.lead), dict(it.actors or {}))
    packed = PackedItem.of(it)
    assert packed.key == "a04" and not it.terms
    back = packed.unpack()
    assert (back.terms, back.entities, back.lead, back.actors) == before
    assert list(back.terms) == list(before[0])  # in the same order


def test_a_packed_story_unpacks_to_the_same_centroids() -> None:
    text = {"b": 0.1 + 0.2, "a": 1 / 3}
    st = Story("s", dict(text), {"e": 0.7}, Counter(), 1, None, None, lead={"l": 2 ** -0.5})
    st.pack()
    assert st.text == {} and st.centroids() == (text, {"e": 0.7}, {"l": 2 ** -0.5})
    st.unpack()
    assert st.packed is None and list(st.text.items()) == list(text.items())


def test_items_made_elsewhere_share_their_words_and_unpack_the_same() -> None:
    import pickle

    def made() -> PackedItem:  # as it comes back from a worker: words of its own
        it = Item("a", {"وزارة": 2, "الصحة": 1}, {"e:1": 3}, ["MEET:e:1|e:2"], date(2024, 1, 2), None,
                  "الصحة", None, {"وزارة": 1}, {"e:1": 3})
        packed: PackedItem = pickle.loads(pickle.dumps(PackedItem.of(it)))
        return packed

    one, two = made(), made()
    assert one.terms[0][0] is not two.terms[0][0]
    want = pickle.loads(pickle.dumps(one)).unpack()
    one.share_keys()
    two.share_keys()
    assert one.terms[0][0] is two.terms[0][0] and one.actors is not None and two.actors is not None
    assert one.actors[0][0] is two.entities[0][0]
    assert one.unpack() == want
    assert list(one.item.terms) == list(want.terms)
