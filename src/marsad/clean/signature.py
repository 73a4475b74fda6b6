"""The writer's signature closing an article's text: a name alone, a dash and a name, and the
writer's title under it.

- a name alone, two or three Arabic words with no digit or mark, after a finished sentence
  («… تحت أقدامهم. ⏎ زياد عيتاني»); also the piece after a flattened text's last sentence;
- a dash and a name, two to four Arabic words («- خالد الدوس»), after a finished sentence
  that is not itself a dashed list item;
- a name and the writer's town in brackets, two to four Arabic words and one or two
  («فيصل مجرشي (جدة)»: a reader's letter), after a finished sentence that does not itself end
  in brackets (a list's last item «منتخب كرة السلة (برونزية)» is not one);
- a name, a dash and the writer's town, school or title («نجوى الأحمد - جامعة الأميرة نورة»: a
  reader's letter), after a finished sentence that is not a dashed list item;
- a pen name in quotation marks, one to three Arabic words («"صياد"»), after a finished
  sentence (a column's closing byline);
- the writer's title: a short line opening with a title word (`segment_words.tsv`, kind
  `author_title`) under a name alone («سامي الحربي ⏎ عضو مجلس إدارة الجمعية»: both lines are
  the signature), or dash- or star-led after a finished sentence («- عضو الجمعية العلمية
  السعودية», «* أستاذ العلوم السياسية»; not the last item of a list of the same bullet);
- a star- or dash-led name over such a title («* أحمد جميل عاشور ⏎ باحث سعودي»), or the two in one
  piece after a flattened text's last sentence;
- a run of such title lines after a finished sentence when only the writer's contact lines
  follow (an e-mail address or handle: «استشاري في طب المجتمع ⏎ مدير مركز … ⏎ a.b@paper.com»),
  or under a name line (a name alone or after an honorific: «الدكتور/ عبد العزيز الأحمد ⏎ أستاذ
  التوجيه والإرشاد النفسي ⏎ المشرف العام على مركز …») that follows a finished sentence.

In a flattened or hard-wrapped text these are the piece after the last sentence (`tail`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from marsad.clean.cues import Cues

_NAME_WORD = r"(?:عبد ?)?[ء-ي]+"  # «عبد المطلوب» is one part of a name
NAME_ONLY = re.compile(f"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")  # two or three Arabic names, nothing else
_DASH_NAME = re.compile(r"[-–—] ?[ء-ي]+(?: [ء-ي]+){1,3}")
_HONORIFIC_NAME = re.compile(
    rf"(?:الدكتور|الدكتوره|د|الاستاذ|ا|المهندس|م|الشيخ) ?[/.]? ?{_NAME_WORD}(?: {_NAME_WORD}){{1,4}}")
_PEN_NAME = re.compile(r"[\"«“][ء-ي]+(?: [ء-ي]+){0,2}[\"»”]")
_NAME_PLACE = re.compile(r"[ء-ي]+(?: [ء-ي]+){1,3} ?\( ?[ء-ي]+(?: [ء-ي]+)? ?\)")
_NAME_DASH_PLACE = re.compile(r"[ء-ي]+(?: [ء-ي]+){1,5} ?[-–—] ?[ء-ي]+(?: [ء-ي]+){0,5}")
DASHES = "-–—"
# What may open a writer's title line after the text: a dash, a bullet, or the SUB control character a
# legacy conversion leaves for a bullet glyph it could not map («\x1a استشاري إدارة …»).
TITLE_LEADS = DASHES + "*•\x1a"
SENTENCE_END = ".!?؟»\"”"
FINISHED = SENTENCE_END + ")"  # what the line before a signature ends in (a closed aside too)
MAX_AUTHOR_TITLE_WORDS = 10  # an author's title line and the dash before it
MAX_CONTACT_WORDS = 3
MAX_BLOCK_LINES = 4  # title lines in a writer's closing block


class LineLike(Protocol):
    """What the rules read of a line of cleaning (`clean.lines.Line`)."""

    text: str
    form: str
    words: int
    cut: bool
    whole: bool
    tail: bool


def _ends_sentence(ln: LineLike) -> bool:
    return ln.text.rstrip()[-1:] in FINISHED


def _name_alone(ln: LineLike, prev: LineLike | None) -> bool:
    return (prev is not None and (ln.whole or ln.tail) and not ln.cut
            and NAME_ONLY.fullmatch(ln.form) is not None and _ends_sentence(prev))


def _dash_name(ln: LineLike, prev: LineLike | None) -> bool:
    return ((ln.whole or ln.tail) and not ln.cut and _DASH_NAME.fullmatch(ln.form) is not None
            and prev is not None and prev.form[0] not in DASHES and _ends_sentence(prev))


def _name_place(ln: LineLike, prev: LineLike | None) -> bool:
    return ((ln.whole or ln.tail) and not ln.cut and _NAME_PLACE.fullmatch(ln.form) is not None
            and prev is not None and _ends_sentence(prev) and not prev.text.rstrip(" .").endswith(")"))


def _name_dash_place(ln: LineLike, prev: LineLike | None) -> bool:
    """«نجوى الأحمد - جامعة الأميرة نورة», «منصور بن محمد الحمود - الرس»: a reader's or
    writer's name, a dash and the town, school or title, after a finished sentence that is not
    itself a dashed list item."""
    return ((ln.whole or ln.tail) and not ln.cut and _NAME_DASH_PLACE.fullmatch(ln.form) is not None
            and prev is not None and prev.form[0] not in DASHES and _ends_sentence(prev))


def _pen_name(ln: LineLike, prev: LineLike | None) -> bool:
    return ((ln.whole or ln.tail) and not ln.cut and _PEN_NAME.fullmatch(ln.form) is not None
            and prev is not None and _ends_sentence(prev))


def _author_title(ln: LineLike, prev: LineLike | None, cues: Cues) -> bool:
    if (prev is None or not (ln.whole or ln.tail) or ln.cut or ln.words > MAX_AUTHOR_TITLE_WORDS
            or ln.form[-1] in SENTENCE_END):
        return False
    if ln.form.lstrip(TITLE_LEADS + " ").split(" ", 1)[0] not in cues.author_titles:
        return False
    # not a list's last item: the line before is no item, or an item of another bullet («- حالة
    # فشل الكبد.» ⏎ «* استشارية في الباطنية»)
    led = ln.form[0] in TITLE_LEADS and prev.form[0] != ln.form[0]
    return NAME_ONLY.fullmatch(prev.form) is not None or led and _ends_sentence(prev)


def _led_name_and_title(ln: LineLike, prev: LineLike | None, cues: Cues) -> bool:
    """A star- or dash-led name with the writer's title after it, in one piece after a finished
    sentence («… وإنجاز. [* أحمد جميل عاشور باحث سعودي]»: the two closing lines flattened)."""
    if (prev is None or not (ln.whole or ln.tail) or ln.cut or ln.form[0] not in TITLE_LEADS
            or ln.form[-1] in SENTENCE_END or not _ends_sentence(prev) or prev.form[0] == ln.form[0]):
        return False  # (a list's last item: an item of the same bullet before it)
    words = ln.form.lstrip(TITLE_LEADS + " ").split(" ")
    if len(words) > MAX_AUTHOR_TITLE_WORDS + 3:
        return False
    return any(words[k] in cues.author_titles and NAME_ONLY.fullmatch(" ".join(words[:k])) is not None
               for k in range(2, min(4, len(words) - 1) + 1))


def _contact(ln: LineLike) -> bool:
    """An e-mail address or a handle on a line of its own («a.khojah@asharqalawsat.com»)."""
    return "@" in ln.form and ln.words <= MAX_CONTACT_WORDS


def _title_line(ln: LineLike, cues: Cues) -> bool:
    return ((ln.whole or ln.tail) and not ln.cut and ln.words <= MAX_AUTHOR_TITLE_WORDS
            and ln.form[-1] not in SENTENCE_END
            and ln.form.lstrip(TITLE_LEADS + " ").split(" ", 1)[0] in cues.author_titles)


def _name_line(ln: LineLike) -> bool:
    """A name alone, or after an honorific («الدكتور/ عبد العزيز بن عبد الله الأحمد»), a star
    or a dash before it or not («* أحمد جميل عاشور» over «باحث سعودي»)."""
    form = ln.form.lstrip(TITLE_LEADS + " ")
    return not ln.cut and (NAME_ONLY.fullmatch(form) is not None
                           or _HONORIFIC_NAME.fullmatch(form) is not None)


def _closing_block(lines: Sequence[LineLike], cues: Cues) -> int | None:
    """Where the writer's block closing the text starts: a run of title lines that only the
    writer's contact lines follow (after a finished sentence), or that a name line heads
    (after a finished sentence) at the text's end; None when there is none."""
    last = len(lines) - 1
    while last > 0 and _contact(lines[last]):
        last -= 1
    k = last
    while k > max(0, last - MAX_BLOCK_LINES) and _title_line(lines[k], cues):
        k -= 1
    if k == last or k == 0:
        return None
    if _name_line(lines[k]) and _ends_sentence(lines[k - 1]):
        return k
    if last < len(lines) - 1 and (_ends_sentence(lines[k]) or _name_line(lines[k])):
        return k + 1
    return None


def signs_off(lines: Sequence[LineLike], i: int, cues: Cues) -> bool:
    """Line `i` is (part of) the signature closing the text."""
    ln, prev = lines[i], lines[i - 1] if i else None
    near_end = i >= len(lines) - MAX_BLOCK_LINES - 2  # a block is short: look for it near the end only
    if near_end and (start := _closing_block(lines, cues)) is not None and i >= start:
        return True
    if i == len(lines) - 1:
        return (_name_alone(ln, prev) or _dash_name(ln, prev) or _name_place(ln, prev)
                or _name_dash_place(ln, prev) or _pen_name(ln, prev) or _author_title(ln, prev, cues)
                or _led_name_and_title(ln, prev, cues))
    return (i == len(lines) - 2 and ln.whole and not ln.cut and NAME_ONLY.fullmatch(ln.form) is not None
            and _author_title(lines[i + 1], ln, cues))
