"""Names in one article: the CRF over Arabic segments, gazetteer names it missed,
document-level consistency, and the English tagger over English segments.

Offsets slice the original text; the first word of a name loses a conjunction or
preposition (لأوكرانيا → أوكرانيا) but keeps the article. `norm` is the matching form of
the name without clitics (للسيد → السيد).

Bounds (issue 12): a mention holds at least one letter (a lone `؟`, `{` or `“` is never a
name); a run of more than `MAX_MENTION_TOKENS` words tagged as one name is dropped, not
cut (a tagger running on over a list or a repeated word has found no name, and a cut would
invent a boundary); an article keeps its first `MAX_MENTIONS_PER_ARTICLE` mentions in text
order. Each limit hit adds its note (`LIMIT_NOTES`) for the article's flags.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from marsad.model import MentionAttrs, Span
from marsad.ner.acronyms import acronyms, group_formulas, initialisms
from marsad.ner.adjectives import drop_adjective_persons
from marsad.ner.agencies import agency_names, untagged_papers
from marsad.ner.chains import chain_names
from marsad.ner.clubs import club_names, dual_clubs
from marsad.ner.company_names import company_names
from marsad.ner.consistency import Chunk, family_names, listed_types, propagate, vote_types
from marsad.ner.construct_particles import complete_particles
from marsad.ner.crf import NerModel
from marsad.ner.english import english_mentions, latin_organisations
from marsad.ner.event_names import event_names
from marsad.ner.features import WordInfo
from marsad.ner.given_names import described_given_names, listed_persons, son_chains
from marsad.ner.glued_heads import unglued_heads
from marsad.ner.heads import drop_classifiers, head_index, head_names, quoted_after_classifiers, titled_names
from marsad.ner.joined_persons import join_split_persons
from marsad.ner.kin_phrases import drop_kin_descriptions
from marsad.ner.leading_places import split_leading_places
from marsad.ner.lexicon import candidates, catalogue_index, cue_index, definite, gazetteer_index, nisba
from marsad.ner.not_names import (
    adjective_places,
    date_months,
    drop_not_names,
    drop_noun_homographs,
    drop_pieties,
    time_complements,
)
from marsad.ner.office_holders import holders_before, office_holders, split_body_holders
from marsad.ner.outlets import quoted_outlets
from marsad.ner.person_acts import act_noun, drop_leading_verbs, drop_trailing_acts
from marsad.ner.persons import (
    NameSigns,
    described_persons,
    drop_leading_adjectives,
    drop_leading_strangers,
    split_coordinated_persons,
    split_place_persons,
)
from marsad.ner.phrase_starts import CATALOGUE, CUES, GAZETTEER, HEADS, PhraseStarts
from marsad.ner.places import complete_places, quoted_places, split_trailing_places
from marsad.ner.plural_lists import latin_lists, listed_after_plural
from marsad.ner.proclitics import (
    KnownWords,
    coordinated,
    inner_name_words,
    leading_cut,
    name_norm,
    proclitic_article_words,
    proclitic_lexicon_words,
)
from marsad.ner.rules import correct, drop_organs, drop_titles, trim_edges
from marsad.ner.speaker_names import speaker_names
from marsad.ner.sport_names import sport_names
from marsad.ner.surnames import family_recurrences
from marsad.ner.title_chains import chained_persons, drop_before_states
from marsad.ner.title_types import title_types
from marsad.ner.tokens import SENTENCE_END, Token, tokenize
from marsad.ner.topic_names import drop_unanchored
from marsad.ner.trailing_weekdays import trailing_weekdays
from marsad.ner.unknown_families import described_families

# The longest name kept, in words and marks (ANERcorp's longest is 9; a chain of ancestors,
# مشعل بن عبد الله بن عبد العزيز بن مساعد بن جلوي آل سعود, takes 13). Longer runs the tagger
# marks as one name are dropped: they are repeated words or lists, not a name.
MAX_MENTION_TOKENS = 20
# Mentions an article keeps (its first, in text order); a normal article has tens to a
# few hundred. Resolution compares mentions within an article, so this bounds its work.
MAX_MENTIONS_PER_ARTICLE = 5000
# The longest name kept, in characters (one "word" of thousands of letters is no name, and
# resolution's edit distances grow with the square of a name's length). Dropped, not cut.
MAX_MENTION_CHARS = 200
# The tagger reads at most this many words at once: a longer run without a sentence end
# (a text with no punctuation, one word repeated) is read in pieces of this size, so the
# tagger's memory stays bounded however long the run.
MAX_SENTENCE_TOKENS = 1000
LONG_MENTION_DROPPED = "ner_long_mention_dropped"
MENTIONS_CAPPED = "ner_mentions_capped"
LIMIT_NOTES = {
    LONG_MENTION_DROPPED: f"a run of more than {MAX_MENTION_TOKENS} words (or {MAX_MENTION_CHARS} "
                          "characters) tagged as one name was dropped (repeated words or a list, "
                          "not a name)",
    MENTIONS_CAPPED: f"only the first {MAX_MENTIONS_PER_ARTICLE} names of the article were kept; "
                     "split very long documents into articles to have them all",
}


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _bounded(chunks: list[Chunk], notes: list[str] | None) -> list[Chunk]:
    """`chunks` without those of more than MAX_MENTION_TOKENS words (noted when any)."""
    kept = [c for c in chunks if c.end - c.start <= MAX_MENTION_TOKENS]
    if len(kept) < len(chunks) and notes is not None and LONG_MENTION_DROPPED not in notes:
        notes.append(LONG_MENTION_DROPPED)
    return kept


def _sentences(tokens: Sequence[Token], breaks: set[int]) -> list[tuple[int, int]]:
    """Sentences (start, end) over `tokens`, none longer than MAX_SENTENCE_TOKENS."""
    out = []
    start = 0
    for i, (w, _, _) in enumerate(tokens):
        if (i in breaks or i - start >= MAX_SENTENCE_TOKENS) and i > start:
            out.append((start, i))
            start = i
        if w in SENTENCE_END:
            out.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out


def _lone_person(norms: Sequence[str], match: tuple[int, int, str], breaks: set[int],
                 tagged: Collection[str] = ()) -> bool:
    """Whether a one-word catalogue name is a person's the tagger missed («ومعهما [الخامنئي]»,
    «ويعرف الجميع أن [زوما]»): a person's name, unless it may be read as the adjective of the word
    before, an indefinite nisba-shaped word after an indefinite word of three letters or more («غذاء
    روحاني», «حياة هنية»; «أن مرسي» is the person), and the tagger has not read the same word alone as
    a person elsewhere in the article (`tagged`: «وصل [كيري] ... أن يعقد [كيري]، الاثنين»: the verb
    before it is no noun the name could qualify), nor after a noun of an act (`person_acts.act_noun`,
    behind a proclitic or not: «قبل وصول [كيري] إلى القاهرة», «بزيارة [روحاني]»), whose agent follows
    it in construct state."""
    s, e, typ = match
    if typ != "PER" or e - s != 1:
        return False
    if s == 0 or s in breaks or definite(norms[s]) or not nisba(norms[s]) or norms[s] in tagged:
        return True
    before = norms[s - 1]
    if any(act_noun(c) for c in candidates(before)):
        return True
    return not before.isalpha() or len(before) < 3 or definite(before)


def chunks_of(tags: Sequence[str], conf: Sequence[float], offset: int) -> list[Chunk]:
    out = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" and start < 0:
            continue
        pre, _, ty = t.partition("-")
        if start >= 0 and (pre in ("O", "B") or ty != typ):
            out.append(Chunk(offset + start, offset + i, typ, min(conf[start:i])))
            start = -1
        if pre == "B" or (pre == "I" and start < 0):
            start, typ = i, ty
    return out


def arabic_chunks(
    model: NerModel, tokens: Sequence[Token], breaks: set[int], sentence_split: bool = True,
    notes: list[str] | None = None, infos: Sequence[WordInfo] | None = None,
    tagged: Sequence[tuple[list[str], list[float]]] | None = None,
) -> list[Chunk]:
    """Names over `tokens` (sentences start at `breaks`; with `sentence_split`, also
    after sentence-ending marks): CRF, then gazetteer names it missed, then consistency.
    Names of more than MAX_MENTION_TOKENS words are dropped (before consistency, whose
    work grows with the longest name). `infos`: the tokens' word infos, when at hand;
    `tagged`: the CRF's tags and marginals of the sentences, when at hand (`tag_articles`)."""
    words = [w for w, _, _ in tokens]
    if infos is None:
        infos = model.features.infos(words)
    norms = [i.norm for i in infos]
    chunks: list[Chunk] = []
    if sentence_split:
        sents = _sentences(tokens, breaks)
    else:
        starts = sorted(breaks | {len(tokens)})
        sents = list(zip(starts, starts[1:], strict=False))
    if tagged is None:
        tagged = model.tag_sentences(infos, sents)
    for (s, _), (tags, conf) in zip(sents, tagged, strict=True):
        chunks.extend(chunks_of(tags, conf, s))
    chunks = _bounded(chunks, notes)
    taken = {i for c in chunks for i in range(c.start, c.end)}
    # Gazetteer names, and catalogue names of two words or more or of a person, that the tagger missed.
    phrase_at = PhraseStarts(infos)
    gazetteer = phrase_at.matches(GAZETTEER, gazetteer_index(), norms)
    catalogue = phrase_at.matches(CATALOGUE, catalogue_index(), norms)
    heads = phrase_at.matches(HEADS, head_index(), norms)
    alone = {norms[c.start] for c in chunks if c.type == "PER" and c.end - c.start == 1}  # one-word persons
    found = gazetteer + [m for m in catalogue if m[1] - m[0] > 1 or _lone_person(norms, m, breaks, alone)]
    for s, e, typ in sorted(found, key=lambda m: (m[0], m[0] - m[1])):
        if not any(i in taken for i in range(s, e)) and not any(i in breaks for i in range(s + 1, e)):
            chunks.append(Chunk(s, e, typ, 1.0, "gazetteer"))
            taken.update(range(s, e))
    chunks.sort(key=lambda c: c.start)
    chunks = listed_types(norms, trailing_weekdays(norms, chunks))
    cues = phrase_at.matches(CUES, cue_index(), norms)
    chunks = correct(norms, propagate(norms, drop_titles(norms, chunks), breaks), breaks, cues)
    chunks = complete_places(norms, chunks, breaks, gazetteer + catalogue)
    signs = NameSigns(model.features.translit, model.common_words)
    chunks = split_place_persons(norms, words, chunks, breaks, signs)
    chunks = split_leading_places(norms, chunks, breaks, signs)
    chunks = split_body_holders(norms, words, chunks, breaks, signs)
    chunks = head_names(norms, split_trailing_places(norms, chunks), breaks, heads)
    chunks = drop_classifiers(norms, drop_organs(norms, chain_names(norms, words, chunks, breaks, heads)))
    chunks = adjective_places(norms, drop_not_names(words, drop_pieties(norms, chunks)), breaks)
    chunks = drop_unanchored(norms, drop_noun_homographs(norms, chunks))
    chunks = drop_trailing_acts(norms, drop_leading_adjectives(norms, chunks, signs), signs)
    chunks = drop_before_states(norms, drop_leading_verbs(norms, chunks, signs), signs)
    chunks = drop_leading_strangers(norms, split_coordinated_persons(norms, chunks, signs), signs)
    chunks = described_persons(norms, words, chunks, breaks, signs)
    chunks = described_families(norms, words, chunks, breaks, signs)
    chunks = chained_persons(norms, words, chunks, breaks, signs)
    chunks = listed_persons(norms, words, chunks, breaks, signs)
    chunks = son_chains(norms, described_given_names(norms, words, chunks, breaks, signs), signs)
    chunks = holders_before(norms, words, office_holders(norms, words, chunks, breaks, signs), breaks, signs)
    chunks = complete_particles(norms, words, speaker_names(norms, words, chunks, breaks, signs), breaks)
    chunks = dual_clubs(norms, club_names(norms, chunks, breaks), breaks)
    chunks = latin_lists(norms, words, listed_after_plural(norms, chunks, breaks), breaks)
    chunks = company_names(norms, untagged_papers(norms, agency_names(norms, chunks), breaks), breaks)
    chunks = latin_organisations(words, chunks, breaks)
    chunks = time_complements(norms, date_months(norms, chunks))
    chunks = family_names(norms, vote_types(norms, trim_edges(norms, words, chunks)))
    chunks = family_recurrences(norms, words, chunks, breaks, signs)
    chunks = quoted_places(norms, quoted_outlets(norms, titled_names(norms, chunks), breaks), breaks)
    chunks = title_types(norms, quoted_after_classifiers(norms, chunks, breaks))
    chunks = group_formulas(norms, words, acronyms(norms, words, chunks, breaks), breaks)
    chunks = initialisms(norms, chunks, signs.translit)
    chunks = join_split_persons(norms, words, sorted(chunks, key=lambda c: c.start), breaks, signs)
    chunks = unglued_heads(norms, chunks, signs)
    chunks = drop_kin_descriptions(norms, drop_adjective_persons(norms, chunks, breaks))
    chunks = sport_names(norms, event_names(norms, chunks, breaks), breaks)
    return _bounded(chunks, notes)


def tag_article(
    text: str, model: NerModel, arabic: Sequence[tuple[int, int]], english: Sequence[tuple[int, int]],
    notes: list[str] | None = None,
) -> list[Span]:
    """Mention spans for the Arabic and the English passages (start, end) of `text`, each
    with a letter, at most MAX_MENTION_TOKENS words long, at most MAX_MENTIONS_PER_ARTICLE
    of them; the limits hit are appended to `notes` (keys of LIMIT_NOTES)."""
    return tag_articles(model, [(text, arabic, english)], [notes])[0]


def tag_articles(
    model: NerModel,
    items: Sequence[tuple[str, Sequence[tuple[int, int]], Sequence[tuple[int, int]]]],
    notes: Sequence[list[str] | None],
) -> list[list[Span]]:
    """`tag_article` of each (text, arabic, english) of `items`, with its `notes`, the CRF
    decoding the sentences of all at once (fewer, larger numpy steps: issue 20)."""
    ready = []
    infos_all: list[WordInfo] = []
    spans_all: list[tuple[int, int]] = []
    for text, arabic, _ in items:
        tokens: list[Token] = []
        breaks: set[int] = set()
        for s, e in arabic:
            breaks.add(len(tokens))
            tokens.extend(tokenize(text, s, e))
        infos = model.features.infos([w for w, _, _ in tokens])
        sents = _sentences(tokens, breaks) if tokens else []
        at = len(infos_all)
        infos_all.extend(infos)
        spans_all.extend((s + at, e + at) for s, e in sents)
        ready.append((tokens, breaks, infos, len(sents)))
    tagged = model.tag_sentences(infos_all, spans_all) if spans_all else []
    out = []
    at = 0
    for (text, _, english), (tokens, breaks, infos, n), note in zip(items, ready, notes, strict=True):
        mine = tagged[at : at + n]
        at += n
        out.append(_article_spans(text, model, english, tokens, breaks, infos, mine, note))
    return out


def _article_spans(
    text: str, model: NerModel, english: Sequence[tuple[int, int]], tokens: list[Token], breaks: set[int],
    infos: Sequence[WordInfo], tagged: Sequence[tuple[list[str], list[float]]], notes: list[str] | None,
) -> list[Span]:
    words = [w for w, _, _ in tokens]
    chunks = arabic_chunks(model, tokens, breaks, notes=notes, infos=infos, tagged=tagged) if tokens else []
    known = KnownWords(proclitic_lexicon_words(), proclitic_article_words(infos, chunks))
    ends = {c.end for c in chunks}
    inner = inner_name_words(infos, chunks)
    translit = model.features.translit
    spans = []
    for c in chunks:
        own = c.type == "PER" and infos[c.start].norm in inner  # inside another person's name
        cut = 0 if own else leading_cut(words[c.start], known, coordinated(words, ends, c.start), translit)
        start = tokens[c.start][1] + cut
        spans.append(
            Span(
                start,
                tokens[c.end - 1][2],
                c.type,
                MentionAttrs(norm=name_norm(words[c.start : c.end])),
            )
        )
    for s, e, typ in english_mentions(text, list(english)) if english else []:
        if len(text[s:e].split()) <= MAX_MENTION_TOKENS:
            spans.append(Span(s, e, typ, MentionAttrs(norm=text[s:e], lang="en")))
        elif notes is not None and LONG_MENTION_DROPPED not in notes:
            notes.append(LONG_MENTION_DROPPED)
    if any(sp.end - sp.start > MAX_MENTION_CHARS for sp in spans):
        spans = [sp for sp in spans if sp.end - sp.start <= MAX_MENTION_CHARS]
        if notes is not None and LONG_MENTION_DROPPED not in notes:
            notes.append(LONG_MENTION_DROPPED)
    spans = [sp for sp in spans if sp.start < sp.end and _has_letter(text[sp.start:sp.end])]
    if len(spans) > MAX_MENTIONS_PER_ARTICLE:
        spans = sorted(spans, key=lambda sp: (sp.start, sp.end))[:MAX_MENTIONS_PER_ARTICLE]
        if notes is not None:
            notes.append(MENTIONS_CAPPED)
    return spans


def tag_documents(model: NerModel, sentences: Sequence[Sequence[str]], size: int) -> list[list[str]]:
    """IOB tags for tokenised sentences read `size` at a time as one document (the
    whole article tagger: CRF, gazetteer, consistency); `size` 0 tags sentence by sentence
    with the CRF alone."""
    if size <= 0:
        return [model.tag(s) for s in sentences]
    out: list[list[str]] = []
    for g in range(0, len(sentences), size):
        group = sentences[g : g + size]
        tokens: list[Token] = []
        breaks: set[int] = set()
        for s in group:
            breaks.add(len(tokens))
            tokens.extend((w, 0, 0) for w in s)
        tags = ["O"] * len(tokens)
        for c in arabic_chunks(model, tokens, breaks, sentence_split=False):
            tags[c.start] = "B-" + c.type
            for i in range(c.start + 1, c.end):
                tags[i] = "I-" + c.type
        pos = 0
        for s in group:
            out.append(tags[pos : pos + len(s)])
            pos += len(s)
    return out
