"""One happening told once by its states and once by the persons who act for them: «أخفقت روسيا
والسعودية في محادثات جرت بينهما اليوم», then «وقال الجبير ... بعد محادثات مع نظيره الروسي سيرجي
لافروف». The events gold keys such talks to the persons (docs/realtext-annotation.md § Events:
talks of two named ministers are keyed to the ministers, not their states), at the first report,
so the states' report and the persons' are one event (`repeats.merge_repeats`) whose parties are
the persons. Which state a person acts for: the catalogue's `state` of the person
(`lang/person_states`); a person the catalogue does not know stands for no state here.
"""

from __future__ import annotations

from collections.abc import Collection

from marsad.lang.person_states import person_states


def acting_for(states: Collection[str], persons: Collection[str]) -> bool:
    """Whether the parties `persons` are catalogue persons, each of the two or more parties
    `states` acted for by one of them («روسيا والسعودية» and «الجبير ... لافروف»; a person named
    in what they said, «تصرفات الأسد», may stand among them)."""
    of_state = person_states()
    return len(set(states)) >= 2 and all(p in of_state for p in persons) \
        and set(states) <= {of_state[p] for p in persons}
