"""The shipped entity catalogue (lang/kb/*.yaml) as a whole: its size, its names, its
countries and capitals, its people, and spot checks of what known names resolve to."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from marsad.lang import kb_files, load_table
from marsad.model import Article, MentionAttrs, Span
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import Entry, load, parse, shipped
from marsad.resolve.names import clean, name_form

ARABIC = re.compile(r"[\u0600-\u06FF]")
QID = re.compile(r"Q[1-9][0-9]*")


def by_file() -> dict[str, list[Entry]]:
    return {name: parse(text, "yaml", f"lang/kb/{name}") for name, text in kb_files()}


def ids() -> dict[str, Entry]:
    return {e.id: e for e in shipped()}


# --- the catalogue as a whole ---------------------------------------------------------------

def test_the_catalogue_is_large() -> None:
    assert len(shipped()) >= 2000
    assert sum(e.type == "PER" for e in shipped()) >= 400


def test_every_entry_has_an_arabic_and_a_latin_name_and_a_well_formed_qid() -> None:
    bad = [e.id for e in shipped()
           if not any(ARABIC.search(n) for n in e.names) or not any(n.isascii() for n in e.names)
           or not ARABIC.search(e.name)]
    assert bad == []
    assert [e.id for e in shipped() if e.qid is not None and not QID.fullmatch(e.qid)] == []


def test_ids_and_qids_are_unique() -> None:
    assert [i for i, n in Counter(e.id for e in shipped()).items() if n > 1] == []
    assert [q for q, n in Counter(e.qid for e in shipped() if e.qid).items() if n > 1] == []


def test_no_two_entries_share_a_name_once_normalised() -> None:
    """Across types as well: a name resolution compares must name one entity."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in shipped():
        for n in e.names:
            owners[name_form(n, e.type)].add(e.id)
    assert {f: sorted(o) for f, o in owners.items() if len(o) > 1} == {}
    assert "" not in owners


def test_load_without_a_user_catalogue_is_the_shipped_one() -> None:
    assert {e.id for e in load()} == {e.id for e in shipped()}


# --- countries and their capitals -------------------------------------------------------------

# Every state in countries.yaml, with the id of its capital. Palestine's and Israel's are
# «القدس» as each names it; Bolivia's is Sucre (constitutional; La Paz is the seat), Sri
# Lanka's Sri Jayawardenepura Kotte (Colombo is the commercial capital).
CAPITALS = {
    "saudi_arabia": "riyadh", "egypt": "cairo", "iraq": "baghdad", "syria": "damascus",
    "lebanon": "beirut", "jordan": "amman", "palestine": "jerusalem", "yemen": "sanaa",
    "uae": "abu_dhabi", "qatar": "doha", "kuwait": "kuwait_city", "bahrain": "manama",
    "oman": "muscat", "libya": "tripoli_libya", "tunisia": "tunis", "algeria": "algiers",
    "morocco": "rabat", "sudan": "khartoum", "mauritania": "nouakchott", "somalia": "mogadishu",
    "djibouti": "djibouti_city", "comoros": "moroni",
    "china": "beijing", "japan": "tokyo", "india": "new_delhi", "pakistan": "islamabad",
    "afghanistan": "kabul", "iran": "tehran", "turkey": "ankara", "israel": "jerusalem",
    "north_korea": "pyongyang", "south_korea": "seoul", "mongolia": "ulaanbaatar",
    "uzbekistan": "tashkent", "kazakhstan": "astana", "indonesia": "jakarta",
    "malaysia": "kuala_lumpur", "taiwan": "taipei", "kyrgyzstan": "bishkek",
    "tajikistan": "dushanbe", "turkmenistan": "ashgabat", "azerbaijan": "baku",
    "armenia": "yerevan", "georgia": "tbilisi", "bangladesh": "dhaka", "nepal": "kathmandu",
    "bhutan": "thimphu", "sri_lanka": "sri_jayawardenepura_kotte", "maldives": "male",
    "myanmar": "naypyidaw", "thailand": "bangkok", "laos": "vientiane",
    "cambodia": "phnom_penh", "vietnam": "hanoi", "philippines": "manila",
    "brunei": "bandar_seri_begawan", "timor_leste": "dili", "cyprus": "nicosia",
    "russia": "moscow", "united_kingdom": "london", "france": "paris", "germany": "berlin",
    "italy": "rome", "spain": "madrid", "ukraine": "kyiv", "greece": "athens",
    "belarus": "minsk", "poland": "warsaw", "netherlands": "amsterdam", "portugal": "lisbon",
    "belgium": "brussels", "luxembourg": "luxembourg_city", "switzerland": "bern",
    "austria": "vienna", "ireland": "dublin", "iceland": "reykjavik", "norway": "oslo",
    "sweden": "stockholm", "finland": "helsinki", "denmark": "copenhagen",
    "estonia": "tallinn", "latvia": "riga", "lithuania": "vilnius", "czechia": "prague",
    "slovakia": "bratislava", "hungary": "budapest", "romania": "bucharest",
    "bulgaria": "sofia", "moldova": "chisinau", "slovenia": "ljubljana", "croatia": "zagreb",
    "bosnia": "sarajevo", "serbia": "belgrade", "montenegro": "podgorica",
    "kosovo": "pristina", "north_macedonia": "skopje", "albania": "tirana",
    "malta": "valletta", "andorra": "andorra_la_vella", "san_marino": "san_marino_city",
    "liechtenstein": "vaduz",
    "ethiopia": "addis_ababa", "eritrea": "asmara", "south_sudan": "juba", "kenya": "nairobi",
    "uganda": "kampala", "tanzania": "dodoma", "rwanda": "kigali", "burundi": "gitega",
    "dr_congo": "kinshasa", "congo_republic": "brazzaville",
    "central_african_republic": "bangui", "chad": "ndjamena", "niger": "niamey",
    "nigeria": "abuja", "cameroon": "yaounde", "gabon": "libreville",
    "equatorial_guinea": "malabo", "sao_tome": "sao_tome_city", "mali": "bamako",
    "burkina_faso": "ouagadougou", "senegal": "dakar", "gambia": "banjul",
    "guinea": "conakry", "guinea_bissau": "bissau", "sierra_leone": "freetown",
    "liberia": "monrovia", "ivory_coast": "yamoussoukro", "ghana": "accra", "togo": "lome",
    "benin": "porto_novo", "cape_verde": "praia", "angola": "luanda", "zambia": "lusaka",
    "zimbabwe": "harare", "malawi": "lilongwe", "mozambique": "maputo",
    "madagascar": "antananarivo", "mauritius": "port_louis",
    "seychelles": "victoria_seychelles", "south_africa": "pretoria", "namibia": "windhoek",
    "botswana": "gaborone", "lesotho": "maseru", "eswatini": "mbabane",
    "united_states": "washington_dc", "canada": "ottawa", "mexico": "mexico_city",
    "guatemala": "guatemala_city", "belize": "belmopan", "honduras": "tegucigalpa",
    "el_salvador": "san_salvador", "nicaragua": "managua", "costa_rica": "san_jose_costa_rica",
    "panama": "panama_city", "cuba": "havana", "jamaica": "kingston",
    "haiti": "port_au_prince", "dominican_republic": "santo_domingo", "bahamas": "nassau",
    "barbados": "bridgetown", "trinidad_and_tobago": "port_of_spain", "grenada": "st_georges",
    "saint_lucia": "castries", "saint_vincent": "kingstown",
    "saint_kitts_and_nevis": "basseterre", "antigua_and_barbuda": "st_johns",
    "dominica": "roseau", "brazil": "brasilia", "argentina": "buenos_aires",
    "chile": "santiago", "uruguay": "montevideo", "paraguay": "asuncion", "bolivia": "sucre",
    "peru": "lima", "ecuador": "quito", "colombia": "bogota", "venezuela": "caracas",
    "guyana": "georgetown", "suriname": "paramaribo",
    "australia": "canberra", "new_zealand": "wellington", "papua_new_guinea": "port_moresby",
    "fiji": "suva", "solomon_islands": "honiara", "vanuatu": "port_vila", "samoa": "apia",
    "tonga": "nukualofa", "kiribati": "tarawa", "tuvalu": "funafuti", "nauru": "yaren",
    "marshall_islands": "majuro", "micronesia": "palikir", "palau": "ngerulmud",
}
CITY_STATES = {"singapore", "monaco", "vatican"}  # the state is its own capital


def test_every_country_has_a_capital_entry() -> None:
    files = by_file()
    countries = {e.id for e in files["countries.yaml"]}
    assert all(e.type == "LOC" for e in files["countries.yaml"])
    assert countries - CITY_STATES == set(CAPITALS), "a country without a capital in CAPITALS"
    cities = {e.id: e for e in files["capitals_cities.yaml"]}
    missing = {c: cap for c, cap in CAPITALS.items() if cap not in cities or cities[cap].type != "LOC"}
    assert missing == {}


@pytest.mark.parametrize(("country", "capital"), sorted(CAPITALS.items()))
def test_each_state_names_its_capital(country: str, capital: str) -> None:
    """countries.yaml's `capital` of each state (read by the events: a capital acting stands for
    its state) is the one above, a place in that state or (القدس) in none."""
    everything = ids()
    assert everything[country].capital == capital
    assert everything[capital].country in (country, None)


def test_only_states_name_a_capital() -> None:
    assert sorted(e.id for e in shipped() if e.capital) == sorted(CAPITALS)


def test_a_capital_is_never_its_country() -> None:
    everything = ids()
    for country, capital in CAPITALS.items():
        assert everything[country].forms().isdisjoint(everything[capital].forms()), country


def test_demonyms_and_countries_are_well_formed() -> None:
    """A state's adjective is masculine, definite and its own; a place's country is a state
    with one (resolve/bodies.py names a bare body with it)."""
    everything = ids()
    states = {e.id for e in shipped() if e.demonyms}
    assert len(states) >= 60 and {"saudi_arabia", "egypt", "united_states", "iran"} <= states
    bad = [(e.id, d) for e in shipped() for d in e.demonyms
           if e.type != "LOC" or not d.startswith("ال") or not clean(d).endswith("ي")]
    assert bad == []
    owners = Counter(clean(d) for e in shipped() for d in e.demonyms)
    assert [d for d, n in owners.items() if n > 1] == []
    assert [e.id for e in shipped() if e.country and (e.type != "LOC" or e.country not in states)] == []
    assert everything["riyadh"].country == everything["jeddah"].country == "saudi_arabia"
    assert everything["al_aqsa"].country is None
    # a person's state is a state with an adjective («الرئيس المصري», lang/person_states.py)
    assert [e.id for e in shipped() if e.state and (e.type != "PER" or e.state not in states)] == []
    assert everything["abdel_fattah_el_sisi"].state == "egypt"
    assert everything["benjamin_netanyahu"].state == "israel"
    assert everything["antonio_guterres"].state is None  # the UN's, of no state


# --- people ----------------------------------------------------------------------------------

GIVEN_NAMES = ["محمد", "عبدالله", "عبد الله", "سلمان", "علي", "أحمد", "خالد", "فهد", "سعود",
               "حسن", "عمر", "سلطان", "نايف", "حمد", "تميم", "قابوس", "فيصل", "حسين", "ابراهيم"]


def test_no_person_is_named_by_a_given_name_alone() -> None:
    given = {name_form(g, "PER") for g in GIVEN_NAMES}
    bad = [(e.id, n) for e in shipped() if e.type == "PER" for n in e.names
           if name_form(n, "PER") in given]
    assert bad == []


def test_no_person_name_starts_with_a_title() -> None:
    titles = {clean(r["form"]) for r in load_table("resolve_titles")}
    bad = [(e.id, n) for e in shipped() if e.type == "PER" for n in [e.name, *e.names]
           if ARABIC.search(n) and clean(n).split()[0] in titles]
    assert bad == []


ONE_NAME = {"akihito", "naruhito"}  # emperors of Japan: known by one name


def test_people_have_a_name_of_more_than_one_word() -> None:
    one = {e.id for e in shipped() if e.type == "PER" and len(name_form(e.name, "PER").split()) < 2}
    assert one == ONE_NAME


# --- spot checks: what a mention resolves to --------------------------------------------------

def resolved(names: list[tuple[str, str]]) -> list[str]:
    """The entity id each (name, type), mentioned in an article of its own, resolves to."""
    arts = []
    for name, label in names:
        text = f"ذكر الخبر {name} اليوم."
        start = text.index(name)
        art = Article(path=f"mem:{len(arts)}", text=text)
        art.set_layer("mentions", [Span(start, start + len(name), label, MentionAttrs())])
        arts.append(art)
    resolve_mentions(arts, load())
    return [a.layer("mentions")[0].attrs.entity for a in arts]


ISIS = ["داعش", "تنظيم داعش", "داعش الإرهابي", "تنظيم داعش الإرهابي", "الدولة الإسلامية",
        "الدولة الاسلامية", "تنظيم الدولة", "تنظيم الدولة الإسلامية",
        "الدولة الإسلامية في العراق والشام", "ISIS", "ISIL", "Daesh", "Islamic State"]


def test_every_spelling_of_isis_is_one_entity() -> None:
    assert set(resolved([(n, "ORG") for n in ISIS])) == {"isis"}


@pytest.mark.parametrize(("name", "label", "entity"), [
    ("سلطنة عمان", "LOC", "oman"),
    ("سلطنة عُمان", "LOC", "oman"),
    ("مدينة عمان", "LOC", "amman"),
    ("منطقة الرياض", "LOC", "riyadh_region"),
    ("الرياض", "LOC", "riyadh"),
    ("الملك سلمان بن عبدالعزيز", "PER", "salman_bin_abdulaziz"),
    ("خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود", "PER", "salman_bin_abdulaziz"),
    ("الأمير سلطان بن عبد العزيز", "PER", "sultan_bin_abdulaziz"),
    ("الأمير نايف بن عبدالعزيز", "PER", "nayef_bin_abdulaziz"),
    ("ولي العهد الأمير محمد بن سلمان", "PER", "mohammed_bin_salman"),
    ("الأمير محمد بن نايف", "PER", "mohammed_bin_nayef"),
    ("الأمير سعود الفيصل", "PER", "saud_al_faisal"),
    ("الشيخ محمد بن زايد آل نهيان", "PER", "mohammed_bin_zayed"),
    ("الشيخ صباح الأحمد الجابر الصباح", "PER", "sabah_al_ahmad"),
    ("الرئيس الروسي فلاديمير بوتين", "PER", "vladimir_putin"),
    ("الرئيس الأمريكي دونالد ترمب", "PER", "donald_trump"),
    ("أردوغان", "PER", "recep_tayyip_erdogan"),
    ("أبو بكر البغدادي", "PER", "abu_bakr_al_baghdadi"),
    ("الأمين العام أنطونيو غوتيريش", "PER", "antonio_guterres"),
])
def test_a_known_name_resolves_to_its_entry(name: str, label: str, entity: str) -> None:
    assert resolved([(name, label)]) == [entity]


def test_places_and_people_that_share_words_stay_apart() -> None:
    got = resolved([("منطقة الرياض", "LOC"), ("الرياض", "LOC"), ("سلمان بن عبد العزيز", "PER"),
                    ("سلطان بن عبد العزيز", "PER"), ("نايف بن عبد العزيز", "PER"),
                    ("محمد بن سلمان", "PER"), ("محمد بن نايف", "PER"), ("سلطنة عمان", "LOC"),
                    ("مدينة عمان", "LOC")])
    assert len(set(got)) == len(got)
    assert got[2] == "salman_bin_abdulaziz" and got[3] == "sultan_bin_abdulaziz"
