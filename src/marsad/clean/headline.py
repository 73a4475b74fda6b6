"""A headline field that opens with its desk's name: «عام / مسلحون يحرقون مدرسة …»,
«اقتصادي / ارتفاع المؤشر العام …» (a wire service files every story under a section and puts
the section's name before the headline). The name is not part of the headline: it is cut off
when its one or two words are a section name (`segment_words.tsv`, kind `section`) and a
slash or bar follows with the headline after it.
"""

from __future__ import annotations

import re

from marsad.clean.cues import Cues, match_form

_LABEL = re.compile(r"\s*(\S+(?: \S+)?)\s*[/|]\s*(?=\S)")


def without_section_label(title: str, cues: Cues) -> str:
    """The headline of a title field, its section label («عام / ») cut off."""
    m = _LABEL.match(title)
    if m is not None and match_form(m.group(1)) in cues.sections:
        return title[m.end():]
    return title


MAX_ATTRIBUTION_WORDS = 5


def title_attribution(title_form: str | None) -> str | None:
    """The head of a title (in match form) before its colon when it is a few words: whom the
    headline quotes or who wrote it («فيصل الغامدي: كيف جلب الأهلي …», «وزير العدل: القضاء
    سيقف …»). A page that opens with that head alone puts the writer's byline or the speaker's
    photo caption there, not article text."""
    if title_form is None or ":" not in title_form:
        return None
    head = title_form.split(":", 1)[0].strip()
    return head if head and head.count(" ") + 1 <= MAX_ATTRIBUTION_WORDS else None
