"""The resolution tables and the shipped catalogue, row by row."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from marsad.lang import load_table
from marsad.lang.normalize import normalize
from marsad.resolve.catalogue import shipped
from marsad.resolve.cluster import compatible
from marsad.resolve.names import name_form
from marsad.resolve.variants import DROPPED, THRESHOLD, similarity

TITLES = load_table("resolve_titles")
EQUIVALENCES = load_table("resolve_equivalences")
CATALOGUE = shipped()
NATIVE = load_table("resolve_native_names")


@pytest.mark.parametrize("row", TITLES, ids=lambda r: r["form"])
def test_each_title_is_stripped_from_a_person_name(row: dict[str, str]) -> None:
    assert name_form(f"{row['form']} سيرغي شويغو", "PER") == normalize("سيرغي شويغو")
    # never from an organisation or a place, and never down to nothing
    assert name_form(f"{row['form']} سيرغي", "ORG") != normalize("سيرغي")
    assert name_form(row["form"], "PER")


@pytest.mark.parametrize("row", EQUIVALENCES, ids=lambda r: f"{r['a']}/{r['b']}")
def test_each_equivalence_keeps_a_name_one_name(row: dict[str, str]) -> None:
    a, b = row["a"], "" if row["b"] == DROPPED else row["b"]
    name_a, name_b = normalize(f"ماري{a}انوف"), normalize(f"ماري{b}انوف")
    assert similarity(name_a, name_b) >= THRESHOLD


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda e: e.id)
def test_each_catalogue_entry_is_well_formed(entry) -> None:  # type: ignore[no-untyped-def]
    assert entry.type in ("PER", "ORG", "LOC", "MISC")
    assert any(re.search(r"[\u0600-\u06FF]", n) for n in entry.names), "needs an Arabic name"
    assert any(n.isascii() for n in entry.names), "needs a Latin-script name"
    assert entry.qid is None or re.fullmatch(r"Q[1-9]\d*", entry.qid)


def test_catalogue_ids_and_names_are_unique() -> None:
    ids = Counter(e.id for e in CATALOGUE)
    assert [i for i, n in ids.items() if n > 1] == []
    owner: dict[tuple[str, str], str] = {}
    for e in CATALOGUE:
        for form in e.forms():
            first = owner.setdefault((e.type, form), e.id)
            assert first == e.id, f"{form!r} names both {first} and {e.id}"


@pytest.mark.parametrize("row", NATIVE, ids=lambda r: r["form"])
def test_each_fixed_spelling_name_only_matches_itself(row: dict[str, str]) -> None:
    form = normalize(row["form"])
    assert compatible(form, form)
    for other in (form + "ي", form.replace("ا", "", 1), form.replace("ي", "", 1)):
        if other != form:
            assert not compatible(form, other)


@pytest.mark.parametrize("row", load_table("resolve_particles"), ids=lambda r: r["form"])
def test_each_particle_is_read(row: dict[str, str]) -> None:
    from marsad.resolve.names import clean, particles

    assert clean(row["form"]) in particles(row["kind"])


@pytest.mark.parametrize("row", load_table("resolve_state_bodies"), ids=lambda r: r["form"])
def test_each_state_body_row_is_read(row: dict[str, str]) -> None:
    from marsad.resolve.bodies import StateBodies
    from marsad.resolve.names import clean

    bodies = StateBodies(list(CATALOGUE))
    form = clean(row["form"])
    if row["kind"] == "head":
        assert row["gender"] in ("m", "f")
        bare = f"ال{form} العامه"
        assert bodies.gender(bare) == row["gender"]
        assert bodies.gender(f"{form} العامه") == row["gender"]
        adjective = "المصريه" if row["gender"] == "f" else "المصري"
        assert bodies.named(bare, row["gender"], "egypt") == f"{bare} {adjective}"
        assert bodies.gender(f"{bare} المصريه") is None  # a state named: not bare
    elif row["kind"] == "scope":
        assert bodies.gender(f"الاتحاد {form}") is None
        assert bodies.gender(f"الهيئه {form}ه") is None
    else:
        assert bodies.gender(form) is None


@pytest.mark.parametrize("row", load_table("resolve_state_heads"), ids=lambda r: r["form"])
def test_each_state_head_joins_the_state_it_opens(row: dict[str, str]) -> None:
    from marsad.model import Article, MentionAttrs, Span
    from marsad.resolve import resolve_mentions

    formal = f"{row['form']} ناميبيا"
    text = f"استقبل الرئيس وزير خارجية {formal}، وأكد دعم بلاده."
    start = text.index(formal)
    art = Article(path=f"mem:state-head-{row['form']}", text=text)
    art.set_layer("mentions", [Span(start, start + len(formal), "LOC", MentionAttrs())])
    resolve_mentions([art], list(CATALOGUE))
    assert art.layer("mentions")[0].attrs.entity == "namibia"  # the catalogue's state, no local id
