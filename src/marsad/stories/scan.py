"""An article's words as the story steps read them, from one scan of its title and own text
(`lang.words.words_and_head`): the words of the compared text (`text.article_text`: the
dedup sketches and the story item), of the title (its form and lead terms), and of the lead
text the headline choice compares (`summary.lead_text`: the title and the opening of its own
text). Each is what `text.words` gives for that text; the scan is made once instead of
three times (the opening, up to `summary.LEAD_CHARS` characters, was cut again)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.lang.words import words_and_head
from marsad.model import Article
from marsad.stories.summary import LEAD_CHARS
from marsad.stories.text import WORD, article_text, normal_words, words


@dataclass(frozen=True, slots=True)
class ArticleWords:
    """Normalised words (`text.words`) of an article's compared text, title and lead text."""

    text: list[str]
    title: list[str]
    lead: list[str]


def article_words(art: Article) -> ArticleWords:
    """The article's `ArticleWords`: the lead text is its title, a line break and the opening
    of `own` (its body, else its whole text), and the compared text, in nearly every article,
    `own` with or without the title before it; another compared text (an article with
    headings but no body segment, or with nothing of its own) is cut apart."""
    title = art.title or ""
    own = art.body or art.text
    found, head = words_and_head(own, LEAD_CHARS, WORD)
    title_words = normal_words(WORD.findall(title))
    lead = title_words + normal_words(head)
    compared = article_text(art)
    if compared == own:
        text = normal_words(found)
    elif len(compared) == len(title) + 1 + len(own) and compared == title + "\n" + own:
        text = title_words + normal_words(found)
    else:
        text = words(compared)
    return ArticleWords(text, title_words, lead)
