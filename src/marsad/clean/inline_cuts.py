"""Where cleaning's cues cut a piece of a long line (`clean.layout.layout_units` asks).

An in-line cue («تاريخ النشر: …» after a headline) cuts wherever it stands; in a line's tail,
so does any line cue (before and after it) or start cue (before it: it runs on to the piece's
end). The hits are remembered with their cue, and the match forms made for the cuts are kept
for `clean.lines.line_of` to reuse (`clean.segment` labels the lines).
"""

from __future__ import annotations

import re

from marsad.clean.cues import Cue, Cues, aligned_offset, match_form

_SPACE = re.compile(" ")


class InlineCuts:
    """The cuts of one article's cues, called by `layout_units` for each piece it weighs."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        self.inline: dict[tuple[int, int], Cue] = {}  # in-line cue hits, by their extent
        self.forms: dict[tuple[int, int], str] = {}  # match forms computed for the cuts, reused

    def __call__(self, text: str, s: int, e: int, tail: bool) -> list[tuple[int, int]]:
        """The extents of in-line cues in text[s:e] (remembered with their cue); in a line's
        tail, also cuts where any line or start cue starts (and where a line cue ends). A start
        cue runs on to the piece's end, so no cue after it cuts its text («للتواصل أرسل sms …»)."""
        raw = text[s:e]
        form = self.forms[(s, e)] = match_form(raw)
        out = []
        for hit in self.cues["inline"].finditer(form):
            a = s + aligned_offset(raw, hit.start)
            b = s + aligned_offset(raw, hit.end) if hit.end < len(form) else e
            self.inline[(a, b)] = hit.cue
            out.append((a, b))
        if tail and not self._whole_cue(form):
            for p in [0] + [m.end() for m in _SPACE.finditer(form)]:
                ext = self._cue_extent(form, p)
                if ext is not None:
                    out.append((s + aligned_offset(raw, ext[0]), s + aligned_offset(raw, ext[1])))
                    if ext[0] == ext[1]:  # a start cue
                        break
        return out

    def _whole_cue(self, form: str) -> bool:
        """The whole piece is one cue's (a share strip after the last sentence)."""
        return (self.cues["line"].fullmatch(form) is not None
                or self.cues["tail"].regex.match(". " + form, 2) is not None)

    def _cue_extent(self, form: str, pos: int) -> tuple[int, int] | None:
        """Where a cue starting at `pos` cuts the form: before and after a line cue, before
        a start cue (it runs on: an empty extent)."""
        for family in ("line", "start"):
            m = self.cues[family].word_regex.match(form, pos)
            end = len(form[:m.end()].rstrip()) if m is not None else pos
            if end > pos:
                if family == "start" and end == len(form.rstrip()) and form.rstrip()[-1] == ":":
                    return None  # a label with nothing after it introduces the next line («… ألمانيا. كتب:»)
                return (pos, end) if family == "line" else (pos, pos)
        return None
