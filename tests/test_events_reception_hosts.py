"""A visit told in a relative clause of the guest of a reception in its sentence (issue 15, round
33): «جاء ذلك خلال استقباله ... X الذي يزور المنطقة حاليا» — whoever receives the visitor there
hosts his visit, by a noun of receiving with its host's pronoun as by the verb; a visit told with
no relative pronoun, or of someone the reception did not receive, keeps no host."""

from __future__ import annotations

from tests.test_events_units import run

_DAY = "2015-08-04T08:00:00"


def _visits(src: str) -> list[tuple[list[str], dict[str, str]]]:
    return [(e.attrs.participants, e.attrs.roles) for e in run(src, _DAY) if e.label == "VISIT"]


def test_the_owner_of_a_reception_noun_hosts_the_visit_of_its_guest() -> None:
    src = ("وأشاد الأمير [سلطان بن فهد](PER:sultan) بجهود الجامعة. جاء ذلك خلال استقباله أمس في مكتبه "
           "بالإمارة، مدير الجامعة الدكتور [ماجد الحربي](PER:majid) الذي يزور [المنطقة](LOC:qassim) حاليا.")
    assert _visits(src) == [(["majid", "sultan"], {"majid": "guest", "sultan": "host"})]


def test_the_subject_of_a_verb_of_receiving_hosts_the_visit_of_its_guest() -> None:
    src = ("استقبل وزير الداخلية [نايف السالم](PER:naif) أمس السفيرة [ليلى برونو](PER:leila) التي تزور "
           "[الرياض](LOC:riyadh) هذه الأيام.")
    assert _visits(src) == [(["leila", "naif"], {"leila": "guest", "naif": "host"})]


def test_a_visit_told_with_no_relative_pronoun_keeps_no_host() -> None:
    src = ("وأشاد الأمير [سلطان بن فهد](PER:sultan) بجهود الجامعة. جاء ذلك خلال استقباله أمس مدير الجامعة "
           "الدكتور [ماجد الحربي](PER:majid)، ويزور الحربي [المنطقة](LOC:qassim) حاليا.")
    assert all("host" not in roles.values() for _, roles in _visits(src))


def test_a_visit_of_someone_not_received_keeps_no_host() -> None:
    src = ("وأشاد الأمير [سلطان بن فهد](PER:sultan) بجهود السفارة. جاء ذلك خلال استقباله أمس السفيرة "
           "[ليلى برونو](PER:leila)، وأشادت بالمهندس [هنري كلود](PER:henri) الذي يزور [جدة](LOC:jeddah) "
           "حاليا.")
    assert _visits(src) and all("sultan" not in parts for parts, _ in _visits(src))


def _meetings(src: str) -> list[dict[str, str]]:
    return [e.attrs.roles for e in run(src, _DAY) if e.label == "MEET"]


def test_the_antecedent_of_a_relative_verb_of_receiving_is_the_host() -> None:
    # «الملك X الذي استقبل Y»: the relative pronoun stands for the one who receives (round 46)
    src = ("وقال الملك [عبدالله بن حسين](PER:abdullah) الذي استقبل الأمير [فهد بن سعد](PER:fahd) أمس "
           "في قصره إن العلاقات بين البلدين متينة.")
    assert _meetings(src) == [{"abdullah": "host", "fahd": "guest"}]


def test_the_antecedent_of_a_verb_with_an_object_pronoun_is_no_host() -> None:
    # «X الذي استقبله Y»: the pronoun on the verb stands for the antecedent, the guest
    src = ("وقال الأمير [فهد بن سعد](PER:fahd) الذي استقبله أمس الملك [عبدالله بن حسين](PER:abdullah) "
           "في قصره إن العلاقات بين البلدين متينة.")
    assert all(roles.get("fahd") != "host" for roles in _meetings(src))
    assert any(roles.get("abdullah") == "host" for roles in _meetings(src))


def test_a_visit_takes_the_host_of_a_relative_reception_told_apart() -> None:
    src = ("احتفى الأردن بزيارة الأمير [فهد بن سعد](PER:fahd) إلى [عمان](LOC:amman). "
           "وقال الملك [عبدالله بن حسين](PER:abdullah) الذي استقبل الأمير [فهد بن سعد](PER:fahd) أمس "
           "إن العلاقات بين البلدين متينة.")
    assert _visits(src) == [(["fahd", "abdullah"], {"fahd": "guest", "abdullah": "host"})]
