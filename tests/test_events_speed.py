"""The cached and scanning forms of the cue and trigger look-ups find what the plain, uncached
look-ups find, word by word, on sentences that hold cues of every table."""

from __future__ import annotations

from marsad.events.lexicon import (
    VERBAL,
    Cue,
    CueLexicon,
    _plain_stems,
    event_cues,
    event_senses,
    quote_cues,
    quote_objects,
    sense_forms,
)
from marsad.events.triggers import Trigger, TriggerRow, _by_prefix, _needs_met, find_triggers
from marsad.events.words import Stem, Word, form_matches, possessed, stems, word_matches, words_of
from marsad.lang import load_table

_SENTENCES = [
    "وقال وزير الخارجية في بيان إن الجولة الثانية من المحادثات ستعقد في الرياض",
    "وأكد الوزير أهمية التعاون، مشيرا إلى أن الزيارة المقبلة ستكون في الدوحة",
    "قتل 17 مدنيا في القصف، وفق ما قالت مصادر عسكرية، بحسب ما ذكرته وكالة يونهاب",
    "واستقبل خادم الحرمين الشريفين الرئيس التركي ووقع الجانبان اتفاقية تعاون",
    "وأجرى اتصالا هاتفيا مع نظيره الأمريكي وبحث معه الأوضاع في المنطقة",
    "على الرغم من أن المنتخب فاز في المباراة فقد أعلن المدرب أنه سيغادر",
]


def _table_sentence(table: str) -> str:
    """Every form of a cue table, each after a conjunction, as one long sentence."""
    return " ".join("و" + r["form"] for r in load_table(table))


def _sentences() -> list[list[Word]]:
    tables = ("quote_cues", "quote_objects", "event_cues", "event_senses")
    texts = _SENTENCES + [_table_sentence(t) for t in tables]
    return [words_of(t) for t in texts]


def test_each_finds_what_at_finds_at_every_word() -> None:
    kinds_seen = 0
    for lex in (quote_cues(), quote_objects(), event_cues()):
        kinds = {kind for entries in lex._by_first.values() for _, kind, _ in entries}
        for words in _sentences():
            for wanted in [None, *(frozenset({k}) for k in sorted(kinds))]:
                by_at = [(i, c) for i in range(len(words)) if (c := lex.at(words, i, wanted)) is not None]
                assert list(lex.each(words, wanted)) == by_at
                assert list(lex.each(words, wanted, start=3)) == [(i, c) for i, c in by_at if i >= 3]
                kinds_seen += bool(by_at)
    assert kinds_seen > 20  # the sentences hold cues of many kinds, so the comparison means something


def test_each_over_other_sentences_while_one_is_read_finds_the_same() -> None:
    """`each` keeps the cue words of the last sentence it read: reading other sentences in the
    middle of one (nested, as the quote filters do) changes nothing."""
    lex = quote_cues()
    sents = _sentences()
    alone = [list(lex.each(words)) for words in sents]
    assert sum(map(len, alone)) > 10
    for n, words in enumerate(sents):
        got = []
        for i, c in lex.each(words):
            got.append((i, c))
            assert [list(lex.each(other)) for other in sents] == alone
        assert got == alone[n]
        assert list(lex.each(list(words))) == alone[n]  # an equal list, not the same one


def _at_plain(lex: CueLexicon, words: list[Word], i: int, kinds: frozenset[str] | None) -> Cue | None:
    """`at` as it was before its per-word cache: every reading, every cue of its prefix."""
    for reading in _plain_stems(words[i].norm):
        for parts, kind, value in lex._by_first.get(reading[:2], ()):
            if kinds is not None and kind not in kinds:
                continue
            if i + len(parts) > len(words):
                continue
            if not _word_is(reading, parts[0], "verb" if kind in VERBAL else "exact"):
                continue
            if all(_word_is(words[i + k].norm, p, "exact") for k, p in enumerate(parts[1:], 1)):
                return Cue(kind, len(parts), value)
    return None


def test_cached_at_matches_the_plain_scan() -> None:
    hits = 0
    for lex in (quote_cues(), quote_objects(), event_cues(), event_senses()):
        kinds = sorted({kind for entries in lex._by_first.values() for _, kind, _ in entries})
        for words in _sentences():
            for i in range(len(words)):
                for wanted in [None, *(frozenset({k}) for k in kinds)]:
                    got = lex.at(words, i, wanted)
                    assert got == _at_plain(lex, words, i, wanted)
                    hits += got is not None
    assert hits > 100


def _candidates_plain(word: str) -> list[TriggerRow]:
    index = _by_prefix()
    keys = dict.fromkeys(s.stem[:2] for s in stems(word))
    rows = {id(r): r for k in keys for r in index.get(k, ())}
    return sorted(rows.values(), key=lambda r: -len(r.forms))


def phrase_at(words: list[Word], i: int, forms: tuple[str, ...], pos: str) -> Stem | None:
    """Whether the words from `i` on spell the multi-word `forms`; the first word's reading
    (the look-up the trigger search used before it cached each word's rows)."""
    if i + len(forms) > len(words):
        return None
    first = word_matches(words[i].norm, forms[0], pos)
    if first is None:
        return None
    for k, f in enumerate(forms[1:], 1):
        if word_matches(words[i + k].norm, f, pos) is None:
            return None
    return first


_POSSESSED_ONLY = {r["form"] for r in load_table("event_senses") if r["kind"] == "possessed_only"}


def _possessed_reading(word: str, form: str) -> Stem | None:
    """A `possessed_only` noun's reading: bare without the article (استقبال X: a reception when a
    name follows, `senses.not_a_reception`) or with its possessive pronoun (استقباله); never
    with the article or a suffix (الاستقبال, استقبالات)."""
    bare = word_matches(word, form, "noun")
    if bare is not None and not bare.clitic.endswith("ال") and not bare.stem.startswith("ال") \
            and bare.stem == form:
        return bare
    return next((st for st in stems(word) if possessed(st.stem, form)), None)


def _find_triggers_plain(words: list[Word]) -> list[Trigger]:
    """The trigger search as it was before the per-word cache: each row with `phrase_at`."""
    out: list[Trigger] = []
    taken: set[int] = set()
    for i in range(len(words)):
        if i in taken:
            continue
        for row in _candidates_plain(words[i].norm):
            if row.forms[0] in sense_forms("opening_verb"):
                continue  # تفقد: a trigger only opening a report's lead (`find_triggers(lead=True)`)
            reading = phrase_at(words, i, row.forms, row.pos) if len(row.forms) > 1 \
                else _possessed_reading(words[i].norm, row.forms[0]) if row.forms[0] in _POSSESSED_ONLY \
                else word_matches(words[i].norm, row.forms[0], row.pos)
            if reading is None or not _needs_met(words, i + len(row.forms), row.needs):
                continue
            out.append(Trigger(row, i, len(row.forms), reading))
            taken.update(range(i, i + len(row.forms)))
            break
    return out


def test_find_triggers_matches_a_scan_of_every_row() -> None:
    forms = " ".join("و" + r["form"] + " " + r["needs"].split("|")[0] for r in load_table("event_triggers"))
    found = 0
    for words in [*_sentences(), words_of(forms)]:
        got = find_triggers(words)
        assert got == _find_triggers_plain(words)
        found += len(got)
        got.clear()  # the caller's own list: the memo of the sentence keeps its triggers
        assert find_triggers(words) == _find_triggers_plain(words) == find_triggers(list(words))
    assert found > 20


def test_words_are_offsets_and_normalised_forms() -> None:
    text = "قالت الوزيرةُ: «إنّ"
    ws = words_of(text, 0, len(text))
    assert [w.norm for w in ws] == ["قالت", "الوزيره", "ان"]
    # a final mark the normalised form dropped is in the word's span: no punctuation after it
    assert [text[w.start:w.end] for w in ws] == ["قالت", "الوزيرةُ", "إنّ"]
    assert ws[1] == Word(5, 13, "الوزيره")


def test_a_sentence_finds_its_triggers_once() -> None:
    """`Sentence.triggers` are the triggers of its words, found on the first call and kept."""
    from marsad.events.context import Sentence

    for words in _sentences():
        sent = Sentence(0, 0, "body", words)
        got = sent.triggers()
        assert got == find_triggers(words)
        assert sent.triggers() is got


def _word_is(word: str, form: str, pos: str) -> bool:
    """A word is a cue's word: as it is, or (a verb-like cue's) with a suffix a verb allows."""
    return form_matches(word, form, "verb") if pos == "verb" else word == form


def _cues_starting_plain(lex: CueLexicon, word: str) -> tuple[tuple[str, tuple[str, ...], Cue], ...]:
    """The cues a word may start by their definition: every reading, every cue of its prefix."""
    out = []
    for reading in _plain_stems(word):
        for parts, kind, value in lex._by_first.get(reading[:2], ()):
            if _word_is(reading, parts[0], "verb" if kind in VERBAL else "exact"):
                out.append((kind, parts[1:], Cue(kind, len(parts), value)))
    return tuple(out)


def test_the_cues_a_word_starts_are_found_by_its_forms_as_by_trying_every_cue() -> None:
    """The first-word index gives the cues the plain scan gives, in its order, for every first
    word of every table as it is, after a conjunction or the future prefix, with each verb
    suffix, less its last letter, and for the words of the sentences."""
    from marsad.events.words import verb_suffixes

    suffixes = verb_suffixes()
    assert "ت" in suffixes and "وا" in suffixes
    found = 0
    for lex in (quote_cues(), quote_objects(), event_cues(), event_senses()):
        firsts = {parts[0] for entries in lex._by_first.values() for parts, _, _ in entries}
        words = {w.norm for sent in _sentences() for w in sent}
        for f in firsts:
            words.update({f, f[:-1], "و" + f, "فس" + f, "ال" + f, *(f + s for s in suffixes),
                          *("و" + f + s for s in suffixes)})
        for word in sorted(w for w in words if w):
            got = lex._cues_starting(word)
            assert got == _cues_starting_plain(lex, word), word
            found += len(got) > 1
    assert found > 50  # words that start several cues: their order is compared too
