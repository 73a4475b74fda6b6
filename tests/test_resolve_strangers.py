"""Resolution that refuses strangers and lets context choose (issue 14): given names alone,
ancestors in a name, regnal names, names two catalogue entries share, classifiers, the
user's catalogue over the shipped one."""

from __future__ import annotations

from pathlib import Path

from marsad.model import Article
from marsad.resolve import resolve_mentions
from marsad.resolve.catalogue import load, shipped
from marsad.resolve.context import ArticleWords, SharedNames, is_dateline, is_outlet
from tests.test_resolve import article

KINGDOMS = """
- {id: saudi_arabia, type: LOC, name: المملكة العربية السعودية, names: [السعودية], shared: [المملكة],
   cues: [السعودية, السعودي, السعوديين, الرياض, جدة]}
- {id: jordan, type: LOC, name: الأردن, names: [الاردن], shared: [المملكة],
   cues: [الأردن, الأردنية, الأردني, الأردنيين]}
- {id: bahrain, type: LOC, name: البحرين, shared: [المملكة], cues: [البحرين, البحريني, المنامة]}
- {id: morocco, type: LOC, name: المغرب, shared: [المملكة], cues: [المغرب, المغربية, الرباط]}
"""


def kingdoms(tmp_path: Path) -> list:
    """The shipped catalogue with «المملكة» shared by four kingdoms (a user catalogue)."""
    kb = tmp_path / "kingdoms.yaml"
    kb.write_text(KINGDOMS, encoding="utf-8")
    return load(kb)


def ids(arts: list[Article]) -> list[list[str]]:
    return [[s.attrs.entity for s in a.layer("mentions")] for a in arts]


def reasons(art: Article) -> list[str | None]:
    return [s.attrs.resolved_by for s in art.layer("mentions")]


# --- a given name alone ------------------------------------------------------------------------

def test_a_given_name_alone_never_links_across_articles() -> None:
    arts = [article("قال عدنان حزام إن الوضع صعب.", [("عدنان حزام", "PER")]),
            article("وأكد عدنان أن الفريق جاهز.", [("عدنان", "PER")]),
            article("وقال عدنان إن المباراة صعبة.", [("عدنان", "PER")]),
            article("التقى عدنان الحربي بالوفد.", [("عدنان الحربي", "PER")])]
    resolve_mentions(arts, [])
    got = ids(arts)
    assert len({got[0][0], got[1][0], got[2][0], got[3][0]}) == 4


def test_a_given_name_links_within_its_article_to_the_full_name() -> None:
    arts = [article("قال أسامة نقلي إن ... وأضاف أسامة أن", [("أسامة نقلي", "PER"), ("أسامة", "PER")]),
            article("وكان أسامة البار حاضرا.", [("أسامة البار", "PER")])]
    resolve_mentions(arts, [])
    got = ids(arts)
    assert got[0][0] == got[0][1] != got[1][0]


def test_a_given_name_with_its_family_name_apart_is_the_full_name_of_the_corpus() -> None:
    arts = [article("قال نيكولاي باتروشيف إن الأمن مستتب.", [("نيكولاي باتروشيف", "PER")]),
            article("وحضر نيكولاي الاجتماع، وقال باتروشيف إن", [("نيكولاي", "PER"), ("باتروشيف", "PER")]),
            article("وقال نيكولاي إن الجو بارد.", [("نيكولاي", "PER")])]
    found = resolve_mentions(arts, [])
    got = ids(arts)
    assert got[1][0] == got[0][0] == got[1][1]  # the article names both halves: the full name
    assert got[2][0] != got[0][0]  # a given name alone is no one in particular
    assert found[got[0][0]].mentions == 3 and found[got[0][0]].articles == 2


def test_a_family_name_alone_still_links_across_articles() -> None:
    arts = [article("قال هاكان فيدان اليوم.", [("هاكان فيدان", "PER")]),
            article("وأكد فيدان أن المحادثات جيدة.", [("فيدان", "PER")])]
    resolve_mentions(arts, [])
    got = ids(arts)
    assert got[0][0] == got[1][0]


# --- a name's ancestors ------------------------------------------------------------------------

def test_a_shorter_name_that_skips_the_first_name_is_the_father() -> None:
    text = "قال أحمد علي عبدالله صالح إن والده علي عبدالله صالح لم يغادر."
    arts = [article(text, [("أحمد علي عبدالله صالح", "PER"), ("علي عبدالله صالح", "PER")])]
    resolve_mentions(arts, [])
    a, b = ids(arts)[0]
    assert a != b


def test_a_family_name_opened_by_a_particle_is_the_person() -> None:
    text = "قال حسين أمير عبد اللهيان إن ... وأضاف عبد اللهيان أن"
    arts = [article(text, [("حسين أمير عبد اللهيان", "PER"), ("عبد اللهيان", "PER")])]
    resolve_mentions(arts, [])
    a, b = ids(arts)[0]
    assert a == b


# --- regnal names -----------------------------------------------------------------------------

def test_a_title_and_a_name_of_the_catalogue_is_that_person() -> None:
    arts = [article("استقبل الملك سلمان الوفد في الرياض.", [("سلمان", "PER")]),
            article("وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود بذلك.",
                    [("سلمان بن عبدالعزيز آل سعود", "PER")]),
            article("التقى الأمير سلطان بن عبدالعزيز آل سعود الوفد.",
                    [("سلطان بن عبدالعزيز آل سعود", "PER")]),
            article("وقال سلمان إن الفريق جاهز.", [("سلمان", "PER")])]
    resolve_mentions(arts, load())
    got = ids(arts)
    assert got[0][0] == got[1][0] == "salman_bin_abdulaziz"
    assert got[2][0] == "sultan_bin_abdulaziz"
    assert got[3][0] != "salman_bin_abdulaziz"  # a given name alone is no one in particular
    assert reasons(arts[0]) == ["titled: الملك سلمان"]


# --- names two entries share --------------------------------------------------------------------

def test_a_dateline_and_cues_choose_amman_over_oman() -> None:
    amman = article("عمان - بترا\nبحث الأردن والعراق الربط الكهربائي في عمان.",
                    [("عمان", "LOC"), ("الأردن", "LOC"), ("عمان", "LOC")])
    oman = article("أعلنت سلطنة عمان أن مسقط تستضيف القمة، وقالت عمان إن",
                   [("سلطنة عمان", "LOC"), ("مسقط", "LOC"), ("عمان", "LOC")])
    bare = article("وصل الوفد إلى عمان صباح اليوم.", [("عمان", "LOC")])
    resolve_mentions([amman, oman, bare], load())
    assert ids([amman])[0][0] == ids([amman])[0][2] == "amman"
    assert ids([oman])[0] == ["oman", ids([oman])[0][1], "oman"]
    assert ids([bare])[0][0] not in ("amman", "oman")  # no evidence: neither
    assert reasons(amman)[0] is not None and "dateline" in reasons(amman)[0]
    assert reasons(bare)[0] == "ambiguous: amman, oman"


def test_cues_choose_between_the_two_tripolis() -> None:
    libya = article("اشتباكات في طرابلس بين قوات حكومة الوفاق وقوات حفتر في ليبيا.", [("طرابلس", "LOC")])
    lebanon = article("اشتباكات في طرابلس بشمال لبنان بين جبل محسن وباب التبانة.", [("طرابلس", "LOC")])
    resolve_mentions([libya, lebanon], load())
    assert ids([libya, lebanon]) == [["tripoli_libya"], ["tripoli_lebanon"]]


def test_an_outlet_quoted_is_the_paper_and_the_region_stays_the_region() -> None:
    paper = article('وقال المصدر لـ"الشرق الأوسط" إن الاتفاق قريب.', [("الشرق الأوسط", "LOC")])
    region = article("تشهد منطقة الشرق الأوسط توترا، والشرق الأوسط يحتاج إلى السلام.",
                     [("منطقة الشرق الأوسط", "LOC"), ("الشرق الأوسط", "LOC")])
    resolve_mentions([paper, region], load())
    assert ids([paper]) == [["asharq_al_awsat"]]
    assert ids([region]) == [["middle_east", "middle_east"]]


def test_roles_are_read_from_the_text() -> None:
    text = "عمان - بترا\nقال لـ«الرياض» إن"
    assert is_dateline(text, 0, 4)
    assert not is_dateline("وصل إلى عمان اليوم", 8, 12)
    start = text.index("الرياض")
    assert is_outlet(text, start, start + 6)
    assert not is_outlet("في الرياض اليوم", 3, 9)


def test_a_cue_is_found_behind_a_proclitic() -> None:
    words = ArticleWords("عاد الوزير إلى بالأردن وللأردنيين")
    assert words.has("الاردن") and words.has("الاردنيين") and not words.has("مسقط")


def test_every_shared_name_of_the_catalogue_has_a_candidate_per_reading() -> None:
    shared = SharedNames(list(shipped()))
    assert len(shared.by_form["عمان"]) == 2 and "المملكه" not in shared.by_form
    assert [e.id for e in shared.by_form["الحوثي"]] == ["houthis"]


def test_a_name_shared_with_no_other_entry_is_meant_for_one_type() -> None:
    org = article("هاجمت ميليشيا الحوثي المدينة.", [("الحوثي", "ORG")])
    per = article("قال الحوثي في خطابه إن", [("الحوثي", "PER")])
    resolve_mentions([org, per], load())
    assert ids([org]) == [["houthis"]]
    assert ids([per])[0][0] != "houthis" and reasons(per) == ["ambiguous: houthis"]


# --- classifiers, Latin names of the catalogue --------------------------------------------------

def test_a_classifier_before_a_name_is_the_name() -> None:
    arts = [article("تراجع سهم شركة موبايلي اليوم.", [("شركة موبايلي", "ORG")]),
            article("أعلنت موبايلي نتائجها.", [("موبايلي", "ORG")]),
            article("أمطار على مدينة نجران.", [("مدينة نجران", "LOC")]),
            article("أمطار على نجران.", [("نجران", "LOC")])]
    resolve_mentions(arts, load())
    got = ids(arts)
    assert got[0][0] == got[1][0]
    assert got[2][0] == got[3][0] == "najran"


def test_a_catalogue_latin_name_does_not_take_an_arabic_name_left_out_as_ambiguous() -> None:
    arts = [article("وطالبت جماهير النادي الأهلي إدارة الأهلي بذلك.", [("الأهلي", "ORG")])]
    resolve_mentions(arts, load())
    assert ids(arts)[0][0] not in ("al_ahly_egypt", "al_ahli_saudi")


# --- the user's catalogue wins ------------------------------------------------------------------

def test_a_user_entry_takes_a_name_from_the_shipped_one(tmp_path: Path) -> None:
    kb = tmp_path / "kb.yaml"
    kb.write_text("- {id: my_amman, type: LOC, name: عمان, names: [عمّان]}\n", encoding="utf-8")
    entries = load(kb)
    mine = next(e for e in entries if e.id == "my_amman")
    assert mine.user
    assert all("عمان" not in e.shared_forms() for e in entries if e.id in ("amman", "oman"))
    arts = [article("وصل الوفد إلى عمان صباح اليوم.", [("عمان", "LOC")])]
    resolve_mentions(arts, entries)
    assert ids(arts) == [["my_amman"]]


def test_a_user_entry_takes_a_shipped_entrys_own_name(tmp_path: Path) -> None:
    kb = tmp_path / "kb.csv"
    kb.write_text("id,type,name,names\nmy_mofa,ORG,وزارة الخارجية العمانية,\n", encoding="utf-8")
    arts = [article("أعلنت وزارة الخارجية العمانية ذلك.", [("وزارة الخارجية العمانية", "ORG")])]
    resolve_mentions(arts, load(kb))
    assert ids(arts) == [["my_mofa"]]
    # the shipped entry keeps only the name the user did not take
    assert [e.names for e in load(kb) if e.id == "oman_mofa"] == [["Oman Ministry of Foreign Affairs"]]


def test_the_kingdom_is_the_one_its_article_is_about(tmp_path: Path) -> None:
    saudi = article("أعلنت المملكة أن الرياض ستستضيف القمة، وقال مسؤول سعودي إن السعودية مستعدة.",
                    [("المملكة", "LOC"), ("الرياض", "LOC"), ("السعودية", "LOC")])
    jordan = article("أعلنت المملكة أن عمان ستستضيف القمة، وقالت الحكومة الأردنية إن الأردن مستعد.",
                     [("المملكة", "LOC"), ("الأردن", "LOC")])
    bare = article("قالت المملكة إن الاتفاق قريب.", [("المملكة", "LOC")])
    resolve_mentions([saudi, jordan, bare], kingdoms(tmp_path))
    assert ids([saudi])[0][0] == ids([saudi])[0][2] == "saudi_arabia"
    assert ids([jordan])[0] == ["jordan", "jordan"]
    assert ids([bare])[0][0] not in ("saudi_arabia", "jordan", "bahrain", "morocco")


def test_the_kingdom_an_article_is_about_outweighs_one_it_mentions_in_passing(tmp_path: Path) -> None:
    text = ("أكد سفراء الدول في المملكة أن السعودية رائدة، وقال السفير الأردني إن السعودية "
            "والسعوديين شركاء.")
    art = article(text, [("المملكة", "LOC")])
    resolve_mentions([art], kingdoms(tmp_path))
    assert ids([art]) == [["saudi_arabia"]]
    assert reasons(art)[0] is not None and reasons(art)[0].startswith("context: السعوديه x")


def test_a_name_with_no_cue_takes_the_reading_its_run_agrees_on(tmp_path: Path) -> None:
    about = [article(f"أعلنت المملكة أن الرياض ستستضيف المؤتمر رقم {k} في السعودية.", [("المملكة", "LOC")])
             for k in range(5)]
    bare = article("تراجعت إيرادات شركات الاتصالات في المملكة بنسبة 3%.", [("المملكة", "LOC")])
    resolve_mentions([*about, bare], kingdoms(tmp_path))
    assert ids([bare]) == [["saudi_arabia"]]
    assert reasons(bare) == ["corpus: 5 of 5 articles chose it"]
    alone = article("تراجعت إيرادات شركات الاتصالات في المملكة بنسبة 3%.", [("المملكة", "LOC")])
    resolve_mentions([*about[:4], alone], kingdoms(tmp_path))  # four are too few to agree on
    assert ids([alone])[0][0] != "saudi_arabia"


def test_a_spelling_or_a_word_beside_the_name_outweighs_the_article() -> None:
    text = "قال الوزير الأردني إن الأردن والأردنيين يهنئون سلطان عمان بعودته، وإن عُمان شريك."
    art = article(text, [("عمان", "LOC"), ("عُمان", "LOC")])
    resolve_mentions([art], load())
    assert ids([art]) == [["oman", "oman"]]


def test_a_weak_choice_yields_to_the_reading_the_run_agrees_on(tmp_path: Path) -> None:
    about = [article(f"أعلنت المملكة أن الرياض ستستضيف المؤتمر رقم {k} في السعودية والسعوديين.",
                     [("المملكة", "LOC")]) for k in range(5)]
    weak = article("جاءت المغرب أولا في الترتيب العربي، وجاءت المملكة ثامنة.", [("المملكة", "LOC")])
    resolve_mentions([*about, weak], kingdoms(tmp_path))
    assert ids([weak]) == [["saudi_arabia"]]
    alone = article("جاءت المغرب أولا في الترتيب العربي، وجاءت المملكة ثامنة.", [("المملكة", "LOC")])
    resolve_mentions([alone], kingdoms(tmp_path))
    assert ids([alone]) == [["morocco"]] and reasons(alone)[0].startswith("context (weak)")


def test_a_dateline_is_the_city_even_when_the_tagger_says_organisation() -> None:
    art = article("سبق- الرياض: أعلنت الوزارة اليوم", [("الرياض", "ORG")])
    resolve_mentions([art], load())
    assert ids([art]) == [["riyadh"]]


def test_one_name_in_two_roles_in_one_article_is_two_readings() -> None:
    text = 'بدر العتيبي، عبدالله البرقاوي- سبق- الرياض: قال الخبير لـ"الرياض" إن السوق مستقرة.'
    art = article(text, [("الرياض", "LOC"), ("الرياض", "ORG")])
    resolve_mentions([art], load())
    assert ids([art]) == [["riyadh", "alriyadh_paper"]]
    assert is_dateline(text, text.index("الرياض"), text.index("الرياض") + 6)
    sport = "الرياضي ـ الرياض الشباب قدم عرضا"
    assert is_dateline(sport, 10, 16)
    body = "نص " * 150 + "\nقال الوزير - الرياض تستضيف القمة"
    assert not is_dateline(body, body.index("الرياض"), body.index("الرياض") + 6)


def test_a_given_name_beside_its_family_name_is_the_full_name_of_the_corpus() -> None:
    arts = [article("قال نيكولاي باتروشيف إن الأمن أولوية.", [("نيكولاي باتروشيف", "PER")]),
            article("وصل باتروشيف إلى بكين، وقال نيكولاي إن", [("باتروشيف", "PER"), ("نيكولاي", "PER")]),
            article("وقال نيكولاي إن الفريق جاهز.", [("نيكولاي", "PER")])]
    resolve_mentions(arts, [])
    got = ids(arts)
    assert got[0][0] == got[1][0] == got[1][1] != got[2][0]


def test_a_lam_before_a_catalogue_name_written_without_its_article() -> None:
    """«لشركة السعودية للكهرباء» is ل + «الشركة السعودية للكهرباء» (للشركة written short);
    only a ل, and only to a name the catalogue has: «ورقة» is no و + «الرقة»."""
    arts = [article("وقال المتحدث لشركة السعودية للكهرباء إن الخدمة عادت.",
                    [("لشركة السعودية للكهرباء", "ORG")]),
            article("وقدم ورقة عمل في الندوة.", [("ورقة", "LOC")])]
    resolve_mentions(arts, load())
    got = ids(arts)
    assert got[0] == ["sec"]
    assert got[1] != ["raqqa"]


def test_a_lam_before_a_name_other_mentions_spell_with_its_article() -> None:
    """The tagger's span of «للحوثيين» starts at the article's lam («لحوثيين»): it is the name
    the article's other mention spells «الحوثيين», though the catalogue lacks it; a ل before a
    name no mention spells with the article stays («لبنان» is no ل + «البنان»)."""
    text = "وقال إن الحوثيين تراجعوا. وتوجه بالشكر لحوثيين معتدلين ولبنان."
    art = article(text, [("الحوثيين", "ORG"), ("لحوثيين", "ORG"), ("لبنان", "LOC")])
    resolve_mentions([art], [])
    got = ids([art])[0]
    assert got[0] == got[1]
    assert got[2] != got[0]
