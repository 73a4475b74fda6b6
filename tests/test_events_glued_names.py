"""A word the tagger glued onto a known person's last name («أوباما كينيا», «نتنياهو سيجيب») made
the resolver a new entity, and the bare last name after it was linked to that one: the events
step links them back to the one catalogued person the article names in full with that last name
(`events.glued_names`). Another given name («ميشيل أوباما»), a kinship qualifier («بوش الابن»)
or an entity with a mention of its own stays apart."""

from __future__ import annotations

from marsad.events.context import build_context
from marsad.model import Span, TimexAttrs
from tests.test_events_units import labelled_parties, marked, run


def _entities(src: str) -> list[str]:
    ctx = build_context(marked(src, "2015-07-25T08:00:00"))
    return [ctx.entity_of(m) for m in ctx.mentions if m.label == "PER"]


def test_a_place_glued_after_the_last_name_is_the_known_person() -> None:
    evs = run("وصل الرئيس الأمريكي [باراك أوباما](PER:barack_obama) إلى نيروبي [أمس](DATE:2015-07-24). "
              "وكان الرئيس [أوباما كينيا](PER:e1111111111111111) قد زارها مرتين قبل انتخابه. "
              "والتقى [أوباما](PER:e1111111111111111) الرئيس الكيني [أوهورو كينياتا](PER:kenyatta) "
              "في القصر الرئاسي [أمس](DATE:2015-07-24).", "2015-07-25T08:00:00")
    assert ("MEET", ["barack_obama", "kenyatta"]) in labelled_parties(evs)
    assert all("e1111111111111111" not in e.attrs.participants for e in evs)


def test_a_verb_glued_after_the_last_name_is_the_known_person() -> None:
    ents = _entities("قال رئيس الوزراء [بنيامين نتنياهو](PER:benjamin_netanyahu) إن الحكومة مستعدة. "
                     "وأضاف أن [نتنياهو سيجيب](PER:e2222222222222222) على الأسئلة، وأن "
                     "[نتنياهو](PER:e2222222222222222) سيلتقي الوفد.")
    assert ents == ["benjamin_netanyahu"] * 3


def test_another_given_name_or_a_kinship_qualifier_stays_apart() -> None:
    ents = _entities("زار [باراك أوباما](PER:barack_obama) القرية. ورافقته "
                     "[ميشيل أوباما](PER:e3333333333333333) وقالت [أوباما](PER:e3333333333333333) "
                     "إنها سعيدة.")
    assert ents[1:] == ["e3333333333333333"] * 2
    ents = _entities("قال [جورج دبليو بوش](PER:george_w_bush) إن والده [بوش الأب](PER:e4444444444444444) "
                     "كان يرى ذلك.")
    assert ents == ["george_w_bush", "e4444444444444444"]


def test_a_day_glued_after_the_last_name_is_the_known_person_a_definite_word_else_not() -> None:
    src = ("وصل [باراك أوباما](PER:barack_obama) إلى نيروبي. ويلقي [أوباما الخميس](PER:e5555555555555555) "
           "كلمة في القمة، ثم يغادر [أوباما](PER:e5555555555555555) مساء.")
    art = marked(src, "2015-07-25T08:00:00")
    assert [build_context(art).entity_of(m) for m in art.layer("mentions")][1] == "e5555555555555555"
    day = art.text.index("الخميس")
    art.set_layer("timexes", [Span(day, day + len("الخميس"), "DATE", TimexAttrs(value="2015-07-23"))])
    assert [build_context(art).entity_of(m) for m in build_context(art).mentions] == ["barack_obama"] * 3


def test_a_person_the_catalogue_does_not_know_takes_nothing_back() -> None:
    ents = _entities("وصل [ماركو فيرنر](PER:e6666666666666666) إلى بغداد. وسيلتقي "
                     "[فيرنر جنودا](PER:e7777777777777777) في القاعدة، ثم يعود "
                     "[فيرنر](PER:e7777777777777777) إلى عمان.")
    assert ents == ["e6666666666666666"] + ["e7777777777777777"] * 2


def test_two_men_a_father_s_name_and_a_given_name_stay_apart() -> None:
    two_men = _entities("قال [مصطفى فتحي](PER:e6666666666666666) إن المدرب "
                        "[فتحي مبروك](PER:e7777777777777777) سيبقى.")
    assert two_men == ["e6666666666666666", "e7777777777777777"]
    father = _entities("استقبل [محمد بن نايف](PER:mohammed_bin_nayef) الوفد. وقال "
                       "[نايف حواتمة](PER:e8888888888888888) إن [نايف](PER:e8888888888888888) سيعود.")
    assert father[1:] == ["e8888888888888888"] * 2
    given = _entities("قال [محمد سمير](PER:e6666666666666666) إن [سمير جنودا](PER:e7777777777777777) "
                      "وصلوا، ثم عاد [سمير](PER:e7777777777777777).")
    assert given[1:] == ["e7777777777777777"] * 2
