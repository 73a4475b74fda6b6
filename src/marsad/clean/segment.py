"""Cleaning: cut the text into line segments and give each a role.

Provides `segments`: spans with label = role (`title`, `dateline`, `meta`, `body`,
`heading`, `caption`, `embed`, `boilerplate`, `related`, `mojibake`) and attrs
`{"cue": <why>, "lang": ar|en|other}`; sets `article.title` when the text carries one.

Each non-blank line is one segment, except that a dateline opening the first body line
(`CITY DATE (AGENCY) ...`) and runs of mojibake (`????`) inside a body line become their own
segments. The cues are data (`lang/ar/segment_cues.tsv`, `segment_words.tsv`); this module
holds the order they are tried in and the few structural rules (headline shape, English
lines in an Arabic article, date-only header lines, repeated captions, generated bios).
"""

from __future__ import annotations

import re

from marsad.clean.byline_name import name_role, opening_name, run_in_name_end
from marsad.clean.chrome_page import drop_chrome_page, holds_article_text
from marsad.clean.cues import Cue, Cues, aligned_offset, load_cues, match_form
from marsad.clean.headline import title_attribution, without_section_label
from marsad.clean.inline_cuts import InlineCuts
from marsad.clean.layout import Unit, layout_units, merge_line_segments
from marsad.clean.lines import (
    FORM_PREFIX,
    MAX_TITLE_WORDS,
    NO_TITLE_END,
    Line,
    author_bio,
    date_line,
    foreign,
    headline_like,
    line_of,
    repeats_with_suffix,
)
from marsad.clean.script import code_like, letter_counts, script_language
from marsad.clean.signature import signs_off
from marsad.model import Article, SegmentAttrs, Span

JUNK_ROLES = frozenset({"meta", "embed", "boilerplate", "related", "mojibake", "caption"})
_MOJIBAKE = re.compile(r"\?{3,}|\ufffd+")
_HAS_WORD = re.compile(r"[^\W\d_]")
_BULLETS = "*•"
_LABEL_END = re.compile(r"[:/] ?")  # where a credit's label («تصوير:») ends
MAX_HEADING_WORDS = 8
MAX_LIST_WORDS = 25  # a headline in a related list; a longer line ends the list
MAX_META_LIST_WORDS = 8
MAX_CREDIT_WORDS = 10  # a credit or byline label and the name after it
OPENING_CHARS = 400  # of a long line searched for a headline and its repeat
TAIL_CHARS = 300  # the end of a long line searched for junk glued after its last sentence


class _Labeller:
    """Walks the lines of one article in order, keeping the little state cues need."""

    def __init__(self, art: Article, cues: Cues) -> None:
        self.art = art
        self.cues = cues
        cuts = InlineCuts(cues)  # in-line cue hits by their extent, and the match forms made for them
        self.inline, self.forms = cuts.inline, cuts.forms
        units = layout_units(art.text, cuts)
        self.lines = [ln for u in units if (ln := line_of(art.text, u, self.forms)) is not None]
        ar, lat, _ = letter_counts(art.text)
        self.arabic_doc = ar >= lat
        self.title_form = match_form(art.title) if art.title else None
        self.attribution = title_attribution(self.title_form)  # «NAME» of a «NAME: …» title
        author = art.meta.get("author")
        self.author_form = match_form(author) if isinstance(author, str) and author.strip() else None
        self.name_cuts: set[int] = set()  # where a name alone was cut off the text after it
        self.title_found = False
        self.body_seen = False
        self.mode: tuple[str, str] | None = None
        self.spans: list[Span] = []
        self.span_lines: list[int] = []  # the logical line of each span
        self.at_line = 0

    def add(self, s: int, e: int, role: str, cue: str, lang: str | None = None) -> None:
        text = self.art.text
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            lang = lang or script_language(text[s:e])
            self.spans.append(Span(s, e, role, SegmentAttrs(cue=cue, lang=lang)))
            self.span_lines.append(self.at_line)

    def run(self) -> list[Span]:
        i = 0
        while i < len(self.lines):
            ln = self.lines[i]
            self.at_line = ln.line
            got = self.label(i, ln)
            ln = self.lines[i]  # a headline split off the line's head is line i now
            if got is not None:
                role, cue = got
                self.add(ln.start, ln.end, role, cue, ln.lang)
            i += 1
        return merge_line_segments(self.spans, self.span_lines)

    def _split_off(self, i: int, ln: Line, end_form: int) -> Line:
        """Cut line `i` after `end_form` characters of its form: the head stays line `i`,
        the rest is judged next as a piece of the same logical line."""
        cut = ln.start + aligned_offset(ln.text, end_form)
        head = line_of(self.art.text, Unit(ln.start, cut, ln.line, False, ln.tail))
        rest = line_of(self.art.text, Unit(cut, ln.end, ln.line, False, ln.tail))
        if rest is not None:
            self.lines.insert(i + 1, rest)
        assert head is not None
        self.lines[i] = head
        return head

    def _cue(self, ln: Line) -> Cue | None:
        fam = self.cues
        hit = (fam["line"].fullmatch(ln.form) if not ln.cut else None) \
            or fam["start"].match(ln.form)
        return hit[0] if hit else None

    def _take_cue(self, c: Cue) -> tuple[str, str]:
        if c.follow_mode:
            self.mode = (c.follow_mode, c.follow_role)
        return c.role, c.cue

    def label(self, i: int, ln: Line) -> tuple[str, str] | None:
        """The role and cue of line `i`; None when the line was added as several segments."""
        if not ln.whole and (ln.start, ln.end) in self.inline:
            inline = self.inline[(ln.start, ln.end)]
            role, cue = self._take_cue(inline)
            if inline.follow_role == "related" and ln.start < len(self.art.text) // 2:
                self.mode = ("list", inline.follow_role)  # inside the text: a link, not the page's tail
            return role, cue
        if not self.body_seen:
            ln = self._opening_headline(i, ln)
            ln = self._opening_attribution(i, ln)
        c = self._cue(ln)
        if self.mode is not None:
            kind, role = self.mode
            if kind == "rest":
                return (c.role, c.cue) if c else (role, "after_" + role)
            limit = MAX_META_LIST_WORDS if role == "meta" else MAX_LIST_WORDS
            if c is None and (ln.tail or ln.words <= limit and ln.form[-1] not in "."):
                return role, f"{role}_list"
            self.mode = None
        if self.title_form is not None and not ln.cut and ln.form == self.title_form:
            if self.title_found:
                return "boilerplate", "repeated_title"
            self.title_found = True
            return "title", "meta_title"
        if not self.body_seen and not ln.cut and ln.form == self.attribution:
            return "meta", "title_attribution"
        if c is not None and self.body_seen and self._introduced(i, ln, c):
            self._body(ln.start, ln.end, ln.lang)
            return None
        if c is not None:
            if c.family == "start" and c.role in ("caption", "meta") and not ln.whole:
                self._end_credit(i, ln)
            return self._take_cue(c)
        return self._structural(i, ln)

    def _introduced(self, i: int, ln: Line, c: Cue) -> bool:
        """Text, not chrome, in the body: a link the line before introduces («على الرابط:»
        [https://…]), or a label that ends a piece of a body line with nothing after it: it
        introduces the next line («… الذي يعيش في ألمانيا. [كتب:]» before a quotation)."""
        if c.cue == "url_line":  # the line before is body («المصدر:» before a link is not)
            return (bool(i) and self.lines[i - 1].form[-1] == ":" and bool(self.spans)
                    and self.spans[-1].label == "body")
        return (not ln.whole and c.family == "start" and ln.form[-1] == ":"
                and self.cues["start"].regex.fullmatch(ln.form) is not None)

    def _end_credit(self, i: int, ln: Line) -> None:
        """A credit or byline in a piece of a flattened page ends before the first word
        that opens a sentence («الصورة: وكالة شينخوا [ويأتي اللقاء …]»), or after a byline
        glued to its label («رصد وتصوير: أحمد حجازي – عين اليوم [يمثل المصنع …]»)."""
        words = ln.form.split(" ")
        pos = 0
        for k, w in enumerate(words[:MAX_CREDIT_WORDS + 1]):
            if k and w in self.cues.sentence_openers:
                self._split_off(i, ln, pos - 1)
                return
            pos += len(w) + 1
        label = _LABEL_END.search(ln.form, 0, FORM_PREFIX)
        byline = self.cues["dateline"].regex.match(ln.form, label.end()) if label else None
        if byline is not None and byline.end() < len(ln.form):
            self._split_off(i, ln, len(ln.form[:byline.end()].rstrip()))

    def _opening_headline(self, i: int, ln: Line) -> Line:
        """A headline glued to the text after it (a flattened page): the known title at
        the start of the line, or an opening run of words repeated right after itself."""
        form = match_form(ln.text[:OPENING_CHARS]) if ln.cut else ln.form
        if self.title_form is not None:
            if not ln.whole and form.startswith(self.title_form + " "):
                return self._split_off(i, ln, len(self.title_form))
            return ln
        if self.title_found:
            return ln
        words = form.split(" ")
        for k in range(3, min(MAX_TITLE_WORDS, len(words) // 2) + 1):
            if words[:k] == words[k:2 * k] and len(set(words[:k])) > k // 2:  # not a word over and over
                self.title_form = " ".join(words[:k])
                return self._split_off(i, ln, len(self.title_form))
        return ln

    def _opening_attribution(self, i: int, ln: Line) -> Line:
        """The head of a «NAME: …» title glued to the first sentence (a flattened page, or a
        column whose byline lost its line break: «فيصل الغامدي [يقرع كأس العالم الأبواب …]»)
        is cut off, to be judged as the attribution it is; so is a writer's name run into the text
        (`clean.byline_name.run_in_name_end`), to be judged as the byline it is."""
        if self.attribution is not None and ln.form != self.attribution \
                and ln.form.startswith(self.attribution + " "):
            return self._split_off(i, ln, len(self.attribution))
        end = run_in_name_end(ln.form, self.title_form, self.author_form, self.cues,
                              lambda e: self._text_from(ln, e))
        if end is not None:  # a writer's name run into the text (`clean.byline_name`)
            self.name_cuts.add(ln.start)
            return self._split_off(i, ln, end)
        return ln

    def _text_from(self, ln: Line, end_form: int) -> str:
        """The match form of the article's text after `end_form` characters of line `ln`'s form."""
        return match_form(self.art.text[ln.start + aligned_offset(ln.text, end_form):])

    def _structural(self, i: int, ln: Line) -> tuple[str, str] | None:
        cues, prev = self.cues, self.lines[i - 1] if i else None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if ("/" in ln.text or "@" in ln.text) and (found := cues["anywhere"].search(ln.text.lower())):
            return found.cue.role, found.cue.cue
        near_end = i >= len(self.lines) - 3
        if (not self.body_seen or near_end) and date_line(ln, cues):
            return "meta", "header_date"
        if "???" in ln.text or "\ufffd" in ln.text:
            rest = script_language(_MOJIBAKE.sub(" ", ln.text))
            if rest == "en" and self.arabic_doc:
                return "embed", "mojibake_english"
            if not _HAS_WORD.search(_MOJIBAKE.sub("", ln.text)):
                return "mojibake", "mojibake"
        if ln.lang == "en" and code_like(ln.text):  # a widget's style sheet or script
            return "boilerplate", "code"
        if ln.lang == "en" and self.arabic_doc and foreign(ln.text):
            return "embed", "english_in_arabic"
        if not ln.cut and ln.words <= 40 and (found := cues["end"].search(ln.form)):
            return found.cue.role, found.cue.cue
        if ln.whole and (got := self._whole_line(ln, prev, nxt)) is not None:
            return got
        if author_bio(ln, cues):
            return "boilerplate", "author_bio"
        if self.body_seen and signs_off(self.lines, i, cues):
            return "meta", "end_signature"
        # A dateline opens the text, or a roundup's bulleted item («* أثينا - «الشرق الأوسط»: …»),
        # or stands as a line of its own anywhere (a byline «صقر خالد – جدة» between chrome and text),
        # or follows page chrome (a flattened page: «Next Previous [صقر خالد – جدة] أعلنت …»), or
        # is labelled as one («أجرى الحوار/ …- سبق- الرياض:» after an interview's opening lines).
        hit = cues["dateline"].match(ln.form)
        if hit is not None:
            whole = not ln.cut and hit[1].end() == len(ln.form)
            item = ln.form[0] in _BULLETS and hit[0].cue.startswith("bullet")
            labelled = hit[0].cue.startswith("labelled")
            after_chrome = bool(self.spans) and self.spans[-1].label in ("boilerplate", "related")
            if hit[0].cue.startswith("after_chrome"):  # a plain hyphen's byline: only there
                if after_chrome and not self.body_seen:
                    return self._dateline(ln, hit[0], hit[1].end())
            elif not self.body_seen or whole or item or labelled or after_chrome:  # a byline follows chrome
                return self._dateline(ln, hit[0], hit[1].end())
        if (not self.body_seen and not ln.cut and (ln.whole or ln.start in self.name_cuts)
                and opening_name(ln.form, self.title_form, self.author_form, cues) and self._text_after(i)):
            after = self._text_from(ln, len(ln.form))  # a writer's name alone: `clean.byline_name`
            return name_role(ln.form, self.title_form, self.attribution, self.author_form, after)
        if self.title_form is None and not self.title_found and not self.body_seen:
            self.title_found = True
            if nxt is not None and headline_like(ln) and self._text_after(i):
                self.title_form = ln.form
                self.art.title = ln.text
                return "title", "first_line_headline"
        if (ln.whole and self.body_seen and nxt is not None and ln.words <= MAX_HEADING_WORDS
                and len(ln.form) <= 70 and ln.form[-1] not in NO_TITLE_END
                and not (ln.form[-1] in "?؟" and ln.words >= 5) and ln.form[0] not in "-–—"
                and nxt.words >= 10 and ln.lang != "en"):
            return "heading", "short_subhead"
        if not ln.whole:  # a piece starts after a stop: junk that follows a sentence
            after_stop = cues["tail"].regex.match(". " + ln.form, 2)
            if after_stop is not None and after_stop.lastgroup is not None and not ln.cut:
                row = cues["tail"].rows[after_stop.lastgroup]
                return row.role, row.cue
        self._body_then_tail(ln)
        return None

    def _body_then_tail(self, ln: Line) -> None:
        """Line `ln` as body, less junk glued after its last sentence («... العلاج. [رابط الخبر
        بصحيفة الوئام: ...]», «... الرئيس”. [سمات البيت الابيض ...]»)."""
        tail_at = max(0, len(ln.text) - TAIL_CHARS) if ln.cut else 0  # a long line's form is its head only
        tail = ln.text[tail_at:] if ln.cut else ln.text
        glued = self.cues["tail"].search(match_form(tail) if ln.cut else ln.form)
        if glued is not None and glued.start > 0:
            cut = ln.start + tail_at + aligned_offset(tail, glued.start)
            self._body(ln.start, cut, ln.lang)
            self.add(cut, ln.end, *self._take_cue(glued.cue))
            return
        self._body(ln.start, ln.end, ln.lang)

    def _text_after(self, i: int) -> bool:
        """A line after line `i` holds words: a headline needs text under it (a one-line
        article hard-wrapped before its «؟!» is body, not a headline over nothing)."""
        return any(_HAS_WORD.search(nxt.text) for nxt in self.lines[i + 1:])

    def _whole_line(self, ln: Line, prev: Line | None, nxt: Line | None) -> tuple[str, str] | None:
        """Rules that judge a line by its neighbours or its sentences: not for pieces."""
        if nxt is not None and repeats_with_suffix(ln, nxt):
            return "caption", "caption_repeated"
        if prev is not None and repeats_with_suffix(prev, ln):
            return "caption", "caption_repeated"
        if prev is not None and prev.text == ln.text and ln.words >= 4:  # not a poem's refrain
            return "boilerplate", "repeated_line"
        return None

    def _dateline(self, ln: Line, c: Cue, end_form: int) -> tuple[str, str] | None:
        if not ln.cut and end_form >= len(ln.form):
            return c.role, c.cue
        cut = ln.start + aligned_offset(ln.text, end_form)
        self.add(ln.start, cut, c.role, c.cue)
        more = self.cues["dateline"].regex.match(ln.form, end_form)  # a credit after a byline
        if more is not None and more.lastgroup is not None and end_form < more.end() < len(ln.form):
            then = self.cues["dateline"].rows[more.lastgroup]
            cut, start = ln.start + aligned_offset(ln.text, more.end()), cut
            self.add(start, cut, then.role, then.cue)
        rest = line_of(self.art.text, Unit(cut, ln.end, ln.line, False, ln.tail))
        if rest is None:
            self._body(cut, ln.end)
        else:  # the text after a dateline is judged like any line's: a flattened page's tags at its end
            self._body_then_tail(rest)
        return None

    def _body(self, s: int, e: int, lang: str | None = None) -> None:
        """A body stretch; runs of mojibake inside it become their own segments."""
        self.body_seen = True
        text = self.art.text
        if "?" not in text[s:e] and "\ufffd" not in text[s:e]:
            self._body_piece(s, e, whole=True, lang=lang)
            return
        for m in _MOJIBAKE.finditer(text, s, e):
            self._body_piece(s, m.start())
            self.add(m.start(), m.end(), "mojibake", "mojibake")
            s = m.end()
        self._body_piece(s, e)

    def _body_piece(self, s: int, e: int, whole: bool = False, lang: str | None = None) -> None:
        piece = self.art.text[s:e]
        if _HAS_WORD.search(piece) or (whole and any(ch.isdigit() for ch in piece)):
            self.add(s, e, "body", "body", lang)
        elif piece.strip():
            self.add(s, e, *(("boilerplate", "no_letters") if whole else ("mojibake", "mojibake_residue")))


def label_segments(art: Article, cues: Cues | None = None) -> list[Span]:
    """The segments of `art` (sets `art.title` when the text opens with a headline, and cuts
    a section label off the one it has: `clean.headline`)."""
    cues = cues or load_cues()
    if art.title:
        art.title = without_section_label(art.title, cues)
    return _Labeller(art, cues).run()


__all__ = ["JUNK_ROLES", "drop_chrome_page", "holds_article_text", "label_segments"]
