"""Events of issue 15, round 32 (events-dev-fresh21): those who met a visitor on arrival are the
visit's hosts — every one of them the welcome names, each joined to the one before by و past his
own offices («وكان في استقباله الدكتور Y نائب رئيس الجمعية، وقائد الوفد الدكتور Z»), and also
where the welcome opens the sentence right after the visit's («قام X بزيارة لمرضى المستشفى. وقد كان
في استقبالهم مدير المستشفى Y ومساعده Z»). The list ends at any other word: a crowd («وعدد من
الأطباء»), a clause («، وقد رافق سموه W»), a name with no و before it."""

from __future__ import annotations

from tests.test_events_units import run


def _visit(src: str) -> tuple[list[str], dict[str, str]]:
    evs = [e for e in run(src, published="2015-07-20") if e.label == "VISIT"]
    assert len(evs) == 1
    return evs[0].attrs.participants, evs[0].attrs.roles


def test_every_welcomer_joined_by_and_is_a_host() -> None:
    parts, roles = _visit("زار الأمير [بندر بن عبدالله](PER:bandar) أمس الوفد الكشفي حيث كان في "
                          "استقباله الدكتور [عبدالله الفهد](PER:fahd) نائب رئيس [جمعية الكشافة](ORG:scouts)، "
                          "وقائد الوفد الدكتور [صالح الحربي](PER:harbi)، والوفد الإداري.")
    assert parts == ["bandar", "fahd", "harbi"]
    assert roles == {"bandar": "guest", "fahd": "host", "harbi": "host"}


def test_a_welcome_opening_the_next_sentence_names_the_hosts() -> None:
    parts, _ = _visit("قام المحافظ [عبدالله الراشد](PER:gov) بزيارة لمرضى [مستشفى النور](ORG:hosp) "
                      "وتهنئتهم بالعيد. وقد كان في استقبالهم مدير المستشفى [عامر الزيد](PER:amer) "
                      "ومساعده [حمود الخالد](PER:hamoud) وعدد من الأطباء.")
    assert parts[0] == "gov" and parts[-2:] == ["amer", "hamoud"]


def test_an_office_with_its_construct_and_definite_words_stays_on_the_welcomer() -> None:
    parts, _ = _visit("وصل الرئيس [أحمد الكريم](PER:kad) إلى [جدة](LOC:jeddah) أمس. وكان في استقبال "
                      "فخامته الأمير [سعود بن فهد](PER:saud) وكيل إمارة المنطقة، ووزير الثقافة والإعلام "
                      "الدكتور [عادل الفاضل](PER:tor)، ومندوب عن المراسم.")
    assert parts == ["kad", "saud", "tor"]


def test_the_list_ends_at_a_clause_a_crowd_or_a_later_sentence() -> None:
    parts, _ = _visit("زار الأمير [بندر بن عبدالله](PER:bandar) الوفد حيث كان في استقباله الدكتور "
                      "[عبدالله الفهد](PER:fahd)، وقد رافق سموه [صالح الحربي](PER:harbi).")
    assert parts == ["bandar", "fahd"]
    parts, _ = _visit("قام المحافظ [عبدالله الراشد](PER:gov) بزيارة لمرضى [مستشفى النور](ORG:hosp). "
                      "وأكد مدير المستشفى [عامر الزيد](PER:amer) أن الزيارة كان في استقبالها الجميع.")
    assert "amer" not in parts
