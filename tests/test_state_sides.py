"""A state's side named by a common noun and the state's adjective («الحكومة الأفغانية», «الجانب
الروسي», «مسؤولين إيرانيين») is read by the events step as a name of the state, so an event whose
party the text names only so has the state as that party (issue 15, events50): `lang/state_sides.py`
row by row and demonym by demonym, the events' reading, the mention added for a party, its key on
resolving again, the entity of the corpus, and no speaker of a quote."""

from __future__ import annotations

import pytest

from marsad.events.context import build_context
from marsad.events.state_sides import sides_of
from marsad.events.words import words_of
from marsad.lang import kb_entries, load_table
from marsad.lang.normalize import normalize
from marsad.lang.state_sides import (
    anaphor_titles,
    dual_of,
    leader_titles,
    office_words,
    side_at,
    state_adjectives,
)
from marsad.model import Article, Corpus, EventAttrs, MentionAttrs, Span
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import shipped
from marsad.steps.events import events
from marsad.steps.merge_events import side_entities
from marsad.steps.quotes import quotes
from tests.test_events_units import marked, run
from tests.test_resolve import article

ROWS = load_table("event_state_sides")
STATES = [(str(r["id"]), str(d)) for r in kb_entries() for d in r.get("demonyms") or []]


def side_state(phrase: str) -> str | None:
    """The state whose side the whole normalised `phrase` names, else None."""
    words = phrase.split()
    found = side_at(words, 0)
    return found[1] if found is not None and found[0] == len(words) else None


def _feminine(demonym: str) -> str:
    return " ".join(w + "ة" if w.endswith("ي") else w for w in demonym.split())


_ADJECTIVE = {"m": "الأفغاني", "f": "الأفغانية", "p": "الأفغانيين"}


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['kind']}:{r['form']}")
def test_each_row_is_read(row: dict[str, str]) -> None:
    form = row["form"]
    if row["kind"] == "office":
        assert normalize(form) in office_words()
        assert names(f"وقال {form} الحكومة الأفغانية إن المحادثات مستمرة.") == []
        return
    if row["kind"] in ("leader", "anaphor"):  # a person, no side (tests/test_office_sides.py)
        assert normalize(form) in (leader_titles() if row["kind"] == "leader" else anaphor_titles())
        assert names(f"وقال {form} الأفغاني إن المحادثات مستمرة.") == []
        return
    if row["kind"] == "dual":  # both states of two adjectives (tests/test_dual_sides.py), no one side
        assert dual_of(normalize(form)) == row["gender"] == dual_of(normalize("و" + form))
        assert dual_of(normalize("ب" + form)) == row["gender"]
        assert side_state(normalize(f"{form} {_ADJECTIVE[row['gender']]}")) is None
        return
    if row["kind"] == "plural":
        definite = form.startswith("ال")
        noun = "المسؤولين" if definite else "مسؤولين"
        assert side_state(normalize(f"{noun} {form}")) == state_adjectives()[normalize(row["adjective"])][0]
        assert side_state(normalize(f"{'مسؤولين' if definite else 'المسؤولين'} {form}")) is None
        return
    definite = form.startswith("ال") or row["kind"] == "owned"  # نظرائه: definite by its pronoun
    adjective = _ADJECTIVE[row["gender"]]
    if not definite:
        adjective = adjective.removeprefix("ال")
    assert side_state(normalize(f"{form} {adjective}")) == "afghanistan"
    assert side_state(normalize(f"و{form} {adjective}")) == "afghanistan"  # behind a proclitic
    # the adjective agrees with the noun in definiteness and gender, and follows it at once
    other = adjective.removeprefix("ال") if definite else "ال" + adjective
    assert side_state(normalize(f"{form} {other}")) is None
    for gender, wrong in _ADJECTIVE.items():
        if gender != row["gender"] and definite:
            assert side_state(normalize(f"{form} {wrong}")) is None
    assert side_state(normalize(f"{form} الجديدة {adjective}")) is None


@pytest.mark.parametrize("row", load_table("event_bloc_adjectives"), ids=lambda r: r["form"])
def test_each_bloc_adjective_names_its_bloc(row: dict[str, str]) -> None:
    # round 42: «نظرائه الخليجيين», «حلفائها الخليجيين» (events-dev 19968) act for the bloc
    adjective = row["form"]
    assert side_state(normalize(f"المسؤولين {adjective}ين")) == row["bloc"]
    assert side_state(normalize(f"نظرائه {adjective}ين")) == row["bloc"]
    assert side_state(normalize(f"الحكومة {_feminine(adjective)}")) == row["bloc"]
    assert side_state(normalize(f"نظرائه {adjective.removeprefix('ال')}ين")) is None  # agreement


def test_a_blocs_side_is_a_party() -> None:
    evs = run("عقد [جون كيري](PER:kerry) اجتماعا مع نظرائه الخليجيين في [الدوحة](LOC:doha).")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["kerry", "gcc"])]
    evs = run("وتحدث [كيري](PER:kerry) عن استمرار المشاورات بين [واشنطن](LOC:washington) وحلفائها الخليجيين.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["washington", "gcc"])]
    # one counterpart is a person, no side: the meeting keeps its named parties only
    evs = run("بحث [جون كيري](PER:kerry) مع [الجبير](PER:jubeir) ونظيره الخليجي "
              "في [الدوحة](LOC:doha) الأوضاع.")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["kerry", "jubeir"])]


@pytest.mark.parametrize(("state", "demonym"), STATES, ids=lambda x: str(x))
def test_each_demonym_names_its_state(state: str, demonym: str) -> None:
    assert side_state(normalize(f"الحكومة {_feminine(demonym)}")) == state
    assert side_state(normalize(f"الجانب {demonym}")) == state


def test_offices_and_other_adjectives_are_no_side() -> None:
    for phrase in ("السفير السعودي", "الرئيس المصري", "وزير الخارجية الهولندي", "الجيش العربي",
                   "الحكومة الجديدة", "المعارضة السورية", "الحكومة الأفغانية الجديدة", "الخارجية الإيراني",
                   "الوفد المصري", "نظيره التركي"):
        assert side_state(normalize(phrase)) is None, phrase


def names(text: str) -> list[tuple[str, str | None]]:
    """The sides the events step reads in `text` (one sentence), with their states."""
    return [(text[m.start:m.end], m.attrs.entity) for m in sides_of(text, [words_of(text)], [])]


def test_a_side_runs_from_its_noun_to_its_adjective() -> None:
    assert names("وأشارت إلى جهود باكستان لاستئناف المحادثات بين الحكومة الأفغانية وحركة طالبان.") == [
        ("الحكومة الأفغانية", "afghanistan")]
    assert names("وبحث الوزير في موسكو مع المسؤولين الروس تجهيز الجيش.") == [("المسؤولين الروس", "russia")]
    assert names("وأكد أن اللقاء مع والجانب المصري كان مثمرا.") == [("الجانب المصري", "egypt")]  # not «و»
    assert names("وأكد أن اللقاء للجانب المصري كان مثمرا.") == [("لجانب المصري", "egypt")]  # the gold's «لـ»
    assert names("وقالت سلطات فرنسية إن التحقيق مستمر.") == [("سلطات فرنسية", "france")]
    # where a name stands already, none
    text = "وقال الجيش النيجيري إن الهجوم فشل."
    start = text.index("الجيش")
    taken = [Span(start, start + len("الجيش النيجيري"), "ORG", MentionAttrs())]
    assert sides_of(text, [words_of(text)], taken) == []


def test_a_phrase_in_a_persons_office_is_no_side() -> None:
    for text in ("وقال وزير الخارجية الأمريكي إن المحادثات مستمرة.",
                 "وقال مساعد وزير الخارجية الإيراني إن المحادثات مستمرة.",
                 "وقال رئيس الجانب السعودي إن المحادثات مستمرة.",
                 "وقال قائد القوات الأمريكية إن المحادثات مستمرة."):
        assert names(text) == [], text


def _sided(text: str, names: list[tuple[str, str, str | None]]) -> Article:
    art = article(text, [(n, label) for n, label, _ in names])
    for span, (_, _, side) in zip(art.layer("mentions"), names, strict=True):
        span.attrs.side = side
    return art


def test_resolving_again_keys_a_side_to_its_state() -> None:
    arts = [_sided("قال إن الحكومة الأفغانية وحركة طالبان استأنفتا المحادثات في كابل.",
                   [("الحكومة الأفغانية", "ORG", "afghanistan"), ("حركة طالبان", "ORG", None),
                    ("كابل", "LOC", None)]),
            _sided("وبحث الوزير مع المسؤولين الروس وأكد دعم روسيا. وقال الجيش النيجيري إن الهجوم فشل.",
                   [("المسؤولين الروس", "ORG", "russia"), ("روسيا", "LOC", None),
                    ("الجيش النيجيري", "ORG", None)])]
    resolve_mentions(arts, list(shipped()))
    got = {s.slice(a.text): s.attrs.entity for a in arts for s in a.layer("mentions")}
    assert got["الحكومة الأفغانية"] == "afghanistan"
    assert got["المسؤولين الروس"] == got["روسيا"] == "russia"
    assert arts[0].layer("mentions")[0].attrs.resolved_by == "state side: afghanistan"
    # the tagger's own name of the same shape (no side) keeps an entity of its own
    assert got["الجيش النيجيري"] not in (None, "nigeria")


def test_a_side_is_no_speaker_of_a_quote() -> None:
    art = marked("وقالت السلطات الأمريكية إن التحقيقات متواصلة في [واشنطن](LOC:washington).")
    quotes.func(art)
    assert art.layer("quotes") and all(q.attrs.speaker is None for q in art.layer("quotes"))
    # nor a side an earlier run added to the mentions
    side = _sided("وقالت السلطات الأمريكية إن التحقيقات متواصلة.",
                  [("السلطات الأمريكية", "ORG", "united_states")])
    assert build_context(side).mentions == []
    assert [m.attrs.side for m in build_context(side, sides=True).mentions] == ["united_states"]


def test_the_side_is_the_party_of_the_event_and_a_mention_of_it() -> None:
    art = marked("واستؤنفت المحادثات بين الحكومة الأفغانية و[حركة طالبان](ORG:taliban) في "
                 "[إسلام آباد](LOC:islamabad) أمس. وقالت السلطات الأمريكية إنها ترحب بذلك.")
    quotes.func(art)
    events.func(art)
    assert any(e.label == "MEET" and set(e.attrs.participants) == {"afghanistan", "taliban"}
               for e in art.layer("events"))
    added = [(m.slice(art.text), m.label, m.attrs.entity, m.attrs.side) for m in art.layer("mentions")
             if m.attrs.side]
    # the party's side is a mention now; the side no event takes («السلطات الأمريكية») is not
    assert added == [("الحكومة الأفغانية", "ORG", "afghanistan", "afghanistan")]
    side = next(m for m in art.layer("mentions") if m.attrs.side)
    assert MentionAttrs.from_json(side.attrs.to_json()) == side.attrs  # stored and read back


def test_a_state_named_only_by_its_side_is_an_entity_of_the_corpus() -> None:
    art = Article(path="a.txt", text="المحادثات بين الحكومة الأفغانية وحركة طالبان")
    meeting = EventAttrs(participants=["afghanistan", "e123"])
    art.set_layer("events", [Span(0, len(art.text), "MEET", meeting)])
    corpus = Corpus(articles=[art])
    side_entities(corpus)
    assert corpus.entities["afghanistan"].type == "LOC" and corpus.entities["afghanistan"].catalogue
    assert "e123" not in corpus.entities  # only a state of the catalogue


def test_a_side_in_a_clause_of_its_own_is_no_party_of_the_list_before() -> None:
    evs = run("ويهاجم [جيب بوش](PER:bush) الاجتماعات الحالية بين وزير الخارجية الأميركي "
              "[جون كيري](PER:kerry) ونظيره الإيراني [محمد جواد ظريف](PER:zarif)، "
              "وسماح [الجانب الأميركي](ORG:united_states) "
              "ل[طهران](LOC:tehran) بالحفاظ على بنية تحتية نووية.")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["kerry", "zarif"]]
    # an office after the comma goes on with the list
    evs = run("وتناولت المحادثات بين [جون كيري](PER:kerry) ونظيره [محمد جواد ظريف](PER:zarif)، "
              "ووزير الخارجية الروسي [سيرغي لافروف](PER:lavrov) الملف النووي.")
    assert [e.attrs.participants for e in evs if e.label == "MEET"] == [["kerry", "zarif", "lavrov"]]


def test_a_states_leadership_is_its_side() -> None:
    # round 49, events-dev-fresh28 19121: «يبحث الوزير الروسي مع القيادة القطرية» is a MEET with Qatar
    assert names("ومن المخطط أن يبحث الوزير الروسي مع القيادة القطرية قضايا التسوية.") == [
        ("القيادة القطرية", "qatar")]
    evs = run("وبحث الوزير الروسي [سيرغي لافروف](PER:lavrov) مع القيادة القطرية قضايا التسوية.", "2015-08-04")
    assert [(e.label, e.attrs.participants) for e in evs] == [("MEET", ["lavrov", "qatar"])]
