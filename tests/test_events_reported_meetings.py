"""A meeting told in reported speech with its partners only («وأشار الوزير إلى أنه أجرى لقاءً
ثلاثيًا جمعه مع X وY») is the speaker's, when no one is named in his words before it and the
sentence before names no one to carry; a meeting noun with its own doer in construct («لقاء
جلالة الملك مع X») is not the speaker's."""

from __future__ import annotations

from tests.test_events_units import run

_INTRO = ("ووصل وزير الخارجية الروسي [سيرغي لافروف](PER:lavrov) إلى [الدوحة](LOC:doha) أمس. "
          "وأضاف أن الأمن أولوية. ")


def _parties(evs: list) -> list[set[str]]:
    return [set(e.attrs.participants) for e in evs if e.label == "MEET"]


def test_a_meeting_with_partners_only_in_reported_words_is_the_speakers() -> None:
    evs = run(_INTRO + "وأشار وزير الخارجية الروسي إلى أنه أجرى لقاءً ثلاثيًا جمعه مع وزير الخارجية "
              "[عادل الجبير](PER:jubeir) ووزير الخارجية الأمريكي [جون كيري](PER:kerry) جرى خلاله بحث الأزمة.")
    assert {"lavrov", "jubeir", "kerry"} in _parties(evs)


def test_a_meeting_noun_with_its_own_doer_is_not_the_speakers() -> None:
    evs = run(_INTRO + "وأشار وزير الخارجية الروسي إلى أن لقاء جلالة الملك مع وزير الخارجية "
              "[عادل الجبير](PER:jubeir) سيتناول العلاقات الثنائية.")
    assert not any("lavrov" in p for p in _parties(evs))


def test_a_verb_whose_subject_is_an_office_after_it_is_not_the_speakers() -> None:
    said = ("وكانت [وزارة الخارجية الروسية](ORG:russia_mofa) قالت قبل يومين بأنه من المخطط أن يبحث "
            "الوزير الروسي مع القيادة القطرية خلال زيارته قضايا التسوية.")
    evs = run("ووصل وزير الخارجية الروسي [سيرغي لافروف](PER:lavrov) إلى [الدوحة](LOC:doha) أمس. " + said)
    assert not any("russia_mofa" in p for p in _parties(evs))
    evs = run("ووصل وزير الخارجية الروسي [سيرغي لافروف](PER:lavrov) إلى [الدوحة](LOC:doha) أمس. "
              "وكانت [وزارة الخارجية الروسية](ORG:russia_mofa) قالت إن من المخطط أن يبحث مع الوزير "
              "[خالد العطية](PER:attiyah) قضايا التسوية.")
    assert {"russia_mofa", "attiyah"} in _parties(evs)
