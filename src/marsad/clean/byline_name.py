"""A writer's name alone on a page's opening line: a column's or a reader's letter's byline
with no «بقلم» or «كتب» before it («ياسر القرني ⏎ مع بداية العام الجديد …», «أنس محمود الشيخ»,
«خامسة آل فرحان»). Such a line is the byline, not article text.

A line is read as a name alone when it is 2 to 4 words of Arabic letters (no digit, no
punctuation, so no sentence and no dateline) that parse as a person's name:

- it opens with a given name of `lang/ar/segment_given_names.tsv` of kind `name`, or «عبد» + a
  name of God («عبدالله», «عبد الرحمن»); a given name that is also a common word (kind `word`:
  «سعيد», «خامسة», «أمين») opens one only when a particle (بن، آل، أبو) follows, or another given
  name and a third word («حامد جابر السلمي»);
- the words after it are given names, a particle and the word it governs («بن سلمان», «آل
  فرحان»), or, as the last word, a family name: a definite word («الشيخ») or an indefinite one
  that does not open like an imperfect verb («فلاتة», «عسيري»; never «يعتزل», «تفوز»).

`opening_name` judges a line before the article's first body line with text after it: it is a
name alone only under a known headline (so a headline made of a name and a verb stays a title),
or it is the input's author field. `glued_name_end` finds such a name run into the text of a
flattened or hard-wrapped page. `name_role`: the writer's byline, or a photo's caption where the
name is someone else's: the person the article is about (named again in the headline or the
text), or the input names another author («رجا العتيبي» over «فنون الرياض تحتفل …», author
«الجزيرة - فن:»).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.clean.cues import Cues

MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
PARTICLES = frozenset({"بن", "بنت", "ابن", "ابو", "ابي", "ابا", "ام", "ال"})  # «آل» is «ال» once normalised
SERVANT = "عبد"  # «عبد» + a name of God: one given name, in one word or two
_VERB_OPENINGS = "يتن"  # imperfect prefixes: «يعتزل», «تفوز», «نطالب» are no family names


def _servant(words: Sequence[str], i: int) -> int:
    """Words of a «عبد» name at word i: 1 for «عبدالله», 2 for «عبد الله», 0 for none."""
    w = words[i]
    if w.startswith(SERVANT + "ال") and len(w) > len(SERVANT) + 3:
        return 1
    if w == SERVANT and i + 1 < len(words) and words[i + 1].startswith("ال"):
        return 2
    return 0


def name_alone(form: str, names: frozenset[str], name_words: frozenset[str]) -> bool:
    """Whether the match form of a line is a person's name and nothing else (module docstring).
    `names`: given names that are only names; `name_words`: given names that are also words."""
    words = form.split(" ")
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not all(w.isalpha() for w in words):
        return False
    last = len(words) - 1
    i = _servant(words, 0)
    if i == 0:
        first, second = words[0], words[1]
        opens_alone = first in names
        given_second = last >= 2 and (second in names or second in name_words)
        opens_with = first in name_words and (second in PARTICLES or given_second)
        if not (opens_alone or opens_with):
            return False
        i = 1
    while i <= last:
        w = words[i]
        if w in PARTICLES:
            if i == last:
                return False
            i += 2
        elif (step := _servant(words, i)) or w in names or w in name_words:
            i += step or 1
        elif i == last and len(w) >= 3 and (w.startswith("ال") or w[0] not in _VERB_OPENINGS):
            i += 1  # the family name
        else:
            return False
    return True


def author_name(author: str | None) -> str | None:
    """The input's author field (match form) when it is a person's name: 2 to 4 words of
    letters («سيد حكم»), not a desk or an agency («الجزيرة - فن:», «واس»)."""
    if author is None:
        return None
    words = author.split(" ")
    named = MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and all(w.isalpha() for w in words)
    return author if named else None


def opening_name(form: str, title: str | None, author: str | None, cues: Cues) -> bool:
    """Whether an opening line is a person's name alone (module docstring): the input's author
    field, or a name alone under a known headline. All arguments are match forms."""
    if form == author_name(author):
        return True
    return title is not None and form != title and name_alone(form, cues.given_names, cues.name_words)


def glued_name_end(form: str, cues: Cues) -> int | None:
    """Where a person's name that opens a longer line ends (in `form`'s characters): a writer's
    name run into the text when the page lost its line breaks («ياسر القرني [مع بداية العام …]»).
    The name must end in a family name that cannot run on: a definite word (not the name of God
    of «عبد الله») or the word after «آل» («أنس محمود الشيخ», «خامسة آل فرحان»), and a word of
    letters must follow it (a dash after it is a dateline's byline, «محمود وهبي ـ جدة»), and not
    «و» + a given name: the text opens with a list of people («عبدالإله الحمزي وخالد البقمي …
    طلاب سعوديون»)."""
    words = form.split(" ", MAX_NAME_WORDS + 1)[:MAX_NAME_WORDS + 1]
    for k in range(min(MAX_NAME_WORDS, len(words) - 1), MIN_NAME_WORDS - 1, -1):
        closed = (words[k - 1].startswith("ال") and words[k - 2] != SERVANT) or words[k - 2] == "ال"
        head = " ".join(words[:k])
        if closed and words[k][:1].isalpha() and not _and_name(words[k], cues) \
                and name_alone(head, cues.given_names, cues.name_words):
            return len(head)
    return None


def _and_name(word: str, cues: Cues) -> bool:
    """«و» + a given name («وخالد», «وعبدالله»): the next name of a list."""
    rest = word[1:]
    return word.startswith("و") and (rest in cues.given_names or rest in cues.name_words
                                     or _servant([rest], 0) > 0)


def run_in_name_end(form: str, title: str | None, author: str | None, cues: Cues,
                    text_after: Callable[[int], str]) -> int | None:
    """Where a writer's name run into the text of a line ends (in `form`'s characters): the
    input's author field, or a name alone (`glued_name_end`) under a known headline that names
    it nowhere else, in the headline or the text after it (`text_after(end)`, a match form).
    None when there is none, or when the line opens with a dateline's byline, judged as one
    («خالد الفرج ـ عنيزة», author «خالد الفرج»)."""
    name = author_name(author)
    if name_alone(form, cues.given_names, cues.name_words):
        return None  # the whole line is a name («فايع آل مشيرة عسيري»): judged whole
    if name is not None and form != name and form.startswith(name + " "):
        end: int | None = len(name)
    elif title is not None and (end := glued_name_end(form, cues)) is not None:
        if named_again(form[:end], title, text_after(end)):
            return None
    else:
        return None
    return end if cues["dateline"].match(form) is None else None


def family_name(form: str) -> str:
    """The family name of a name alone, without its article («الشيخ» -> «شيخ»)."""
    last = form.rsplit(" ", 1)[-1]
    return last[2:] if last.startswith("ال") and len(last) > 4 else last


def named_again(form: str, title: str | None, text_after: str) -> bool:
    """Whether the family name of the name alone `form` comes again in the headline or in the
    text after it: the person is the one the article is about, not its writer."""
    family = family_name(form)
    return family in (title or "") or family in text_after


def name_role(form: str, title: str | None, attribution: str | None, author: str | None,
              text_after: str) -> tuple[str, str]:
    """The role of an opening name alone: the writer's byline, or a photo's caption where the
    name is someone else's, the one the article is about (its family name comes again, in the
    headline, unless as the «NAME: …» of a column's title, or in the text after it), or where
    the input names another author. The input's own author field is the byline. `text_after`:
    the match form of the text after the line."""
    if form == author_name(author):
        return "meta", "name_byline"
    about = named_again(form, title, text_after) and family_name(form) not in (attribution or "")
    other_author = author is not None
    return ("caption", "name_caption") if about or other_author else ("meta", "name_byline")
