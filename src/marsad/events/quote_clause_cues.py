"""Words besides a verb of saying in its own clause that introduce reported speech with a
complementizer: a noun of saying whose subject follows it («أثار إعلان السيناتور X أنه
سيصوت ...», «بإعلان رئيس تحرير مجلة “...” أن ...», «وتصريحاته بأن ...»), and a verb of saying
right after الذي or التي with its complementizer at once («هذا التقدير الذي قال إنه ...», «“ذي
دايلي مايل” التي رأت أن ...»: the relative clause reports what was said; «الحقيقة التي تؤكد أن»,
a fact's, does not: quote_cues kind `evidence`); and a source put before what it said, then a
comma and فإن («وبحسب أوباما، فإن ...», a person named: not «وبحسب الدراسة، فإن»). A verb of
saying that is also a plural noun («كتب», books) is a verb only where a clause may start, and a
verb of opinion that is also its passive («يعتقد», it is believed) only with its subject after it.
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import Cue, event_senses, quote_cues, speaker_ref
from marsad.events.quote_words import inside_name
from marsad.events.speaker_agreement import relative_pronouns, unagreeing_relative
from marsad.events.speaker_clauses import speaker_clauses
from marsad.events.words import Word, stems, words_of
from marsad.lang import load_table
from marsad.lang.clitics import pronoun_suffixes
from marsad.lang.normalize import normalize
from marsad.lang.sentences import VOWEL_MARKS

SAYING_NOUNS = frozenset({"saying_noun"})
ACCORDING_TO = frozenset({"according_to"})
_VERB = frozenset({"verb"})
_COMPLEMENTIZER = frozenset({"complementizer"})
_EVIDENCE = frozenset({"evidence"})
_FACT_SUBJECT = frozenset({"fact_subject"})
_DEMONSTRATIVE = frozenset({"demonstrative"})  # event_senses rows: هذه, تلك …
_PARTICIPLE = frozenset({"participle"})
_PREPOSITIONS = frozenset({"stop", "preposition"})  # في, على, عن, حول: a noun after one is no subject
_FACT_WORDS = 3  # words back from a verb of saying to its subject, a noun of facts
_OWNER_WORDS = 6  # words after a noun of facts that follows its verb where a body owning it is named
_IF_VERB = frozenset({"if_verb"})
_IF_OR_THAT = normalize("إن")  # إن and أن alike, normalised
_NO_SUBJECT = frozenset({"complementizer", "stop"})  # right after a verb: no subject there
_MANNER = frozenset({"manner"})  # «بالقول» right after a verb of saying: how it spoke
_SPEAKING_VERBS = frozenset({"verb", "continuation"})
_ATTRIBUTION = frozenset({"attribution"})
_ISSUE_VERBS = frozenset({"issue_verb"})  # speaker_clauses kind: أصدر, نشر
_IF = "إ"  # after a noun of saying إن may be "if": its clause takes أن or بأن
_CLAUSE_BREAKS = "،,.:;؛?!؟()"
_TO_HIM = frozenset({"له", "لها", "لهم"})
_SOURCE_WORDS = 8  # words naming the source between بحسب and its فإن
_REVEAL = frozenset({"reveal_verb"})
_ABOUT = frozenset({"about"})
_NAMED_SUBJECT = frozenset({"title", "honorific", "org", "body", "pronoun"})  # speaker_references kinds
_CONSTRUCT_NOUNS = 2  # other words a speaker's description may have (تحرير in «رئيس تحرير مجلة X»)
_RELAYED, _FROM_SOURCE = normalize("نقل"), normalize("عن")  # نقلت الوكالة [عن] مصادر / [عنه]
_WAY = normalize("طريق")
_BEFORE_RELAYED = frozenset({"blocker", "attribution", "attribution_as"})  # ما, حسبما, كما
_POINTED_WORDS = 4  # words after «لافتا» where its إلى or complementizer may come
_ABILITY, _ON = normalize("قدرت"), normalize("على")  # قدرتها على: her ability to
_AND_BETWEEN = normalize("وبين")
_BETWEEN_WORDS = 10  # words back from «وبين» to the «بين» it pairs with
_STATEMENT = "statement"  # speaker_references kind: بيان, a statement relayed
_ASIDE_WORDS = 2  # words between two commas that make an aside («، خطأ،»)
_RELAY_SOURCE_WORDS = 14  # words after نقل where its source (عن) or clause shows it relays words
_CLAUSE_WORDS = frozenset({"verb", "continuation", "participle", "other_verb", "stop", "clause_opener"})


def saying_nouns(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """The nouns of saying in the sentence (quote_cues kind `saying_noun`), none inside a name."""
    return [(k, c) for k, c in quote_cues().each(sent.words, SAYING_NOUNS)
            if not inside_name(ctx, sent.words[k])]


def relative_speech(sent: Sentence, cues: list[tuple[int, Cue]]) -> list[tuple[int, Cue]]:
    """Verbs of saying right after الذي, التي or الذين with a complementizer right after them,
    not among `cues` already and not a fact's or a text's («التي تؤكد أن»)."""
    ws = sent.words
    return [(k, c) for k, c in quote_cues().each(ws, _VERB)
            if k > 0 and ws[k - 1].norm in relative_pronouns() and k + c.size < len(ws)
            and quote_cues().at(ws, k + c.size, _COMPLEMENTIZER) is not None
            and (quote_cues().at(ws, k, _EVIDENCE) is None or unagreeing_relative(ws, k))
            and (k, c) not in cues
            and not passive_reading(ws, k)]


def subject_only(ctx: ArticleContext, sent: Sentence, first: int, boundary: int,
                 pairs: list[tuple[int, int]]) -> bool:
    """Between a noun of saying (its words end before word `first`) and its أن or بأن at offset
    `boundary` only who said it: names, offices and bodies, the definite words that describe
    them, a noun or two in construct before them, له or لها, words in marks; no comma or clause
    («منذ إعلان الاتفاق بدا أن», «ومع تأكيد المتحدث على رفض ... فإنه»)."""
    ws, comp = sent.words, sent.word_index(boundary)
    if ctx.text[boundary:boundary + 2].lstrip("وف")[:1] == _IF:
        return False
    if any(ch in _CLAUSE_BREAKS for ch in ctx.text[ws[first - 1].end:ws[comp].start]):
        return False
    nouns = 0  # the words from j to the complementizer describe who said it
    for j in range(comp - 1, first - 1, -1):  # «رئيس تحرير مجلة “...”», «اتحاد كرة القدم»
        if _describes(ctx, ws, j, pairs) or ws[j].norm in _TO_HIM:
            continue
        nouns += 1
        if j == comp - 1 or quote_cues().at(ws, j, _CLAUSE_WORDS) or nouns > _CONSTRUCT_NOUNS:
            return False
    return True


def _describes(ctx: ArticleContext, ws: list[Word], j: int, pairs: list[tuple[int, int]]) -> bool:
    """A name, an office or body, a definite word (no particle: الذي, الى) or one in marks:
    words of a speaker."""
    w = ws[j]
    return ctx.mention_at(w) is not None or speaker_ref(w.norm) is not None \
        or (w.norm.startswith("ال") and len(w.norm) > 3 and quote_cues().at(ws, j) is None) \
        or any(s <= w.start < e for s, e in pairs)


def according_to(sent: Sentence) -> list[tuple[int, Cue]]:
    """The words that put a source before what it said («وبحسب أوباما، فإن ...»: quote_cues kind
    `according_to`), none right before ما (an attribution after the words: «بحسب ما ذكرت»)."""
    ws = sent.words
    return [(k, c) for k, c in quote_cues().each(ws, ACCORDING_TO)
            if not (k + c.size < len(ws) and quote_cues().at(ws, k, _ATTRIBUTION))]


def source_clause(ctx: ArticleContext, sent: Sentence, first: int, boundary: int) -> bool:
    """The complementizer at offset `boundary` is فإن after a comma, the source's words before it
    (from word `first`) a few, with no other comma, and a person named among them: «وبحسب
    أوباما، فإن ...» (not «وبحسب الدراسة، فإن», a document's figures, no speech)."""
    ws, comp = sent.words, sent.word_index(boundary)
    before = ctx.text[ws[first - 1].end:ws[comp].start] if comp > first else ""
    person = any((m := ctx.mention_at(ws[j])) is not None and m.label == "PER" for j in range(first, comp))
    return person and ctx.text[boundary:boundary + 1] == "ف" and comp - first <= _SOURCE_WORDS \
        and before.rstrip().endswith(("،", ",")) and before.count("،") + before.count(",") == 1


def if_clause(ws: list[Word], j: int) -> bool:
    """Word `j` is إن or أن (a و or ف before it aside) right before a past verb (quote_cues kind
    if_verb): «إنْ» (if) or «أنْ», no complementizer of reported speech («ليرى [إن] كان قد تم …»,
    «[وإن] كانت المساهمة …», «[إن] شاء الله»)."""
    return j + 1 < len(ws) and quote_cues().at(ws, j + 1, _IF_VERB) is not None \
        and any(st.stem == _IF_OR_THAT for st in stems(ws[j].norm) if st.clitic in ("", "و", "ف"))


def relative_clause(ws: list[Word], k: int) -> bool:
    """Word `k` is a relative pronoun opening a clause on the subject before it («وقال المدرب
    [الذي] تولى تدريب الهلال إن», «وأفادت الدراسة، [التي] حصلت عليها «عكاظ»، بأن»): the names in
    that clause tell of the subject, they are not it. Not a clause of issuing («التقرير [الذي]
    أصدرته شركة X»): there the name is who issued the statement, who speaks."""
    if ws[k].norm not in relative_pronouns():
        return False
    if k + 1 >= len(ws):
        return True
    verb = ws[k + 1].norm
    forms = (verb, *(verb[:-len(p)] for p in pronoun_suffixes()
                     if verb.endswith(p) and len(verb) > len(p) + 2))  # أصدرته: أصدر
    return not any(speaker_clauses().at(words_of(form), 0, _ISSUE_VERBS) is not None for form in forms)


@cache
def _homographs(kind: str) -> frozenset[str]:
    return frozenset(r["form"] if kind == "noun_homograph" else normalize(r["form"])
                     for r in load_table("quote_homographs") if r["kind"] == kind)


def other_reading(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The verb of saying at word `k` reads here as another word written like it: a plural noun
    («بعض [كتب] الفقهاء»), its own passive («التي [يعتقد] أنها», it is believed) or another verb
    written with ى («رجل [يدعى] أحمد», is called): no one speaks;
    or it is a noun of saying that only tells how the verb right before it spoke («واستطرد
    [بالقول] إن ...»): that verb is the cue, and its speaker speaks."""
    return _plural_noun(ctx, sent, k) or passive_reading(sent.words, k) or _manner_of_saying(sent.words, k) \
        or _maqsura_passive(ctx, sent.words[k]) or _first_person(ctx, sent.words[k]) \
        or _transport(ctx, sent, k) or _considered(ctx, sent, k) or _second_between(sent.words, k) \
        or _ability(sent.words, k) or _sign(sent.words, k) or _fact_subject(ctx, sent, k) \
        or _participle_adjective(ctx, sent, k) or _copula_predicate(ctx, sent, k)


def _copula_predicate(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The participle of saying at `k` is the predicate of a form of كان right before it
    (quote_homographs copula, nothing between): «لم يكن [متوقعا]», «وكان [متوقعا] أن …»: no one speaks."""
    ws = sent.words
    if k == 0 or ctx.text[ws[k - 1].end:ws[k].start].strip() or quote_cues().at(ws, k, _PARTICIPLE) is None:
        return False
    w = ws[k - 1].norm
    return w in _homographs("copula") or (w[:1] in "وف" and w[1:] in _homographs("copula"))


def _participle_adjective(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The word at `k` is a feminine participle of saying (quote_cues participle, written with ة:
    «مؤكدة», «مشددة») right after a noun it qualifies (quote_homographs adjective_head), maybe with
    one adjective in «ـية» between, and nothing between them: «confirmed» or «strict» («من مصادر
    [مؤكدة] أن», «إجراءات أمنية [مشددة] لمنع»), not «confirming» («وقالت الوزارة، [مؤكدة] أن»)."""
    ws = sent.words
    if not _written(ctx, ws[k]).endswith("ة") or quote_cues().at(ws, k, _PARTICIPLE) is None:
        return False
    for j in (k - 1, k - 2):
        if j < 0 or ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False
        if any(st.stem in _homographs("adjective_head") for st in stems(ws[j].norm)):  # «لمراقبة»
            return True
        if not _written(ctx, ws[j]).endswith("ية") or ws[j].norm.startswith("ال"):
            return False  # «إجراءات [أمنية] مشددة»: one adjective between
    return False


def _fact_subject(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The word at `k` is a verb of saying that a fact also governs (quote_cues kind evidence:
    «تؤكد», «تشير», «يفيد», «أشارت») with its subject, a noun of facts or figures (kind
    fact_subject), right after it, maybe past a demonstrative («وتشير [التقديرات] إلى أن»,
    «وأكدت هذه [النتائج] أن»), or before it, definite words or names describing it between and
    no punctuation («هذه الإحصائيات [تؤكد] أن», «الدلائل الأولية [تشير] إلى أن», «تقديرات
    الحكومة [تشير] إلى أن»): what the facts show, nobody's words; read as a verb of saying it
    opened a quotation of nobody and cut short the one it stood in («وقال مسؤول إن الأرقام
    [تؤكد] أن …»: his words, all of them). Not figures in construct with a named body («أشارت
    أرقام مكتب الإحصاء الأوروبي يوروستات إلى أن»: the body's) nor a noun after a preposition
    («وفي التفاصيل أكد أنه»)."""
    ws = sent.words
    if quote_cues().at(ws, k, _EVIDENCE) is None:
        return False
    j = k + 1  # past a demonstrative: «وأكدت [هذه] النتائج أن»
    if j + 1 < len(ws) and event_senses().at(ws, j, _DEMONSTRATIVE) is not None:
        j += 1
    if j < len(ws) and not any(ctx.text[ws[i].end:ws[i + 1].start].strip() for i in range(k, j)) \
            and quote_cues().at(ws, j, _FACT_SUBJECT) is not None:
        return not _named_owner(ctx, ws, j, min(len(ws), j + 1 + _OWNER_WORDS))
    for j in range(k - 1, max(-1, k - 1 - _FACT_WORDS), -1):
        if ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False  # a comma or a mark: «الأرقام، تؤكد الوزارة»
        if quote_cues().at(ws, j, _FACT_SUBJECT) is not None:
            return (j == 0 or quote_cues().at(ws, j - 1, _PREPOSITIONS) is None) \
                and not _named_owner(ctx, ws, j, k)
        if not (ws[j].norm.startswith("ال") or ctx.mention_at(ws[j]) is not None):
            return False  # «مصادر مؤكدة تؤكد»: no fact between
    return False


def _named_owner(ctx: ArticleContext, ws: list[Word], j: int, stop: int) -> bool:
    """The noun of facts at `j` has no article and a person or body named after it, before word
    `stop` («أرقام مكتب الإحصاء الأوروبي [يوروستات]»): the figures are that body's word."""
    return not ws[j].norm.startswith("ال") and any(
        (m := ctx.mention_at(ws[i])) is not None and m.label in ("PER", "ORG") for i in range(j + 1, stop))


def _transport(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The word at `k` is نقل (relayed) read as transport: no source on عن («نقلت الوكالة عن ...»),
    complementizer, colon or mark in the next few words of its clause, and no attribution or ما right
    before it («حسبما نقلت الوكالة.»): «قد يضاعف نقل الغاز ...», «وتم نقلها للمستشفى», «ونقل إلى
    تشاتانوغا» carry nobody's words, and read as a verb of saying they ended the quotation they stood in."""
    ws = sent.words
    if not any(st.stem.startswith(_RELAYED) for st in stems(ws[k].norm) if st.clitic in ("", "و", "ف")) \
            or (k > 0 and quote_cues().at(ws, k - 1, _BEFORE_RELAYED) is not None):
        return False
    return not _clause_speaks(ctx, ws, k, source=True)


def _sign(ws: list[Word], k: int) -> bool:
    """The word at `k` is «لافتة» / «لافتا» not followed by إلى, الانتباه or النظر: the noun «a sign»
    («تجد [لافتة] مكتوبا عليها إن …») or the adjective «striking» («أفكارا [لافتة]»), not the participle
    «pointing out» («لافتة إلى أن …», «لافتا الانتباه إلى …», «لافتا في نفس الوقت إلى …», «لافتاً أنه»)."""
    return ws[k].norm in _homographs("sign_homograph") and not any(
        ws[j].norm in _homographs("pointed_at") or quote_cues().at(ws, j, _COMPLEMENTIZER) is not None
        for j in range(k + 1, min(len(ws), k + 1 + _POINTED_WORDS)))  # «لافتا في نفس الوقت إلى», «لافتاً أنه»


def _ability(ws: list[Word], k: int) -> bool:
    """The word at `k` is the noun قدرة (ability) with a possessive pronoun before «على» («وتثبت
    جاهزيتها [وقدرتها] على التصدي», «[قدرته] على القيام»), not «قدّرتها» (she estimated it)."""
    return k + 1 < len(ws) and ws[k + 1].norm == _ON and any(
        st.stem.startswith(_ABILITY) and len(st.stem) > len(_ABILITY) for st in stems(ws[k].norm)
        if st.clitic in ("", "و", "ف"))


def _second_between(ws: list[Word], k: int) -> bool:
    """The word at `k` is «وبين» (and between) after a «بين» a few words before it in its sentence
    («تجمع بين السنة [وبين] ما أمرنا الله به», «توتر بينه [وبين] رونالدو»), not «وبيّن» (and he
    made clear): read as a verb of saying it ended the quotation it stood in, or made the words
    after it a quotation of a speaker it took from them. Before «ما» («بين ما أشار إليه X … في
    أكثر من مناسبة …، [وبين] ما ورد في خطبة …») the «بين» it pairs with may stand anywhere before it
    in the sentence: the verb «وبيّن» takes «أن», not «ما»."""
    reach = _BETWEEN_WORDS if k + 1 >= len(ws) or ws[k + 1].norm != "ما" else k  # «وبين [ما] ورد»: any
    return ws[k].norm == _AND_BETWEEN \
        and any(ws[i].norm in _homographs("between") for i in range(max(0, k - reach), k))


def _considered(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The word at `k` is a verb of opinion written like its passive (quote_homographs
    passive_homograph: «تعتبر», «يعتبر») with no complementizer, colon or mark in its clause: «is
    considered» or «considers X Y» («إلا أن هذه الأرقام [تعتبر] متوسطة»), no one's words; read as a
    verb of saying it ended the quotation it stood in («وأشار إلى أن مواسم الأعياد [تعتبر] الدخل …»)."""
    ws = sent.words
    if not any(st.stem in _homographs("passive_homograph") for st in stems(ws[k].norm)
               if st.clitic in ("", "و", "ف")):
        return False
    return not _clause_speaks(ctx, ws, k, source=False)


def _clause_speaks(ctx: ArticleContext, ws: list[Word], k: int, source: bool) -> bool:
    """Within a few words after word `k`, before a comma or semicolon, a complementizer, a colon,
    an opening mark or (with `source`) عن naming a source («عن المفوضية», after a comma too; not
    «عن طريق», by way of). A dot does not end the clause («(د.ب.أ) عن شترايتر»)."""
    for j in range(k + 1, min(len(ws), k + 1 + _RELAY_SOURCE_WORDS)):
        between = ctx.text[ws[j - 1].end:ws[j].start]
        by_way = j + 1 < len(ws) and ws[j + 1].norm == _WAY
        if any(ch in between for ch in ":\"'“«") or quote_cues().at(ws, j, _COMPLEMENTIZER) is not None \
                or (source and ws[j].norm.startswith(_FROM_SOURCE) and not by_way):
            return True  # «ونقلت الصحف الأوروبية في بروكسل، عن المفوضية قولها إن»
        if any(ch in between for ch in "،,;؛") and not _aside(ctx, ws, j):
            return False
    return False


def _aside(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """The comma before word `j` opens an aside on the subject or the object, not a new clause: a
    relative clause («وقدرت سامسونج، [التي] تعد أكبر شركة …، أن …»), a statement noun (what نقل
    relayed: «ونقلت وكالة تاس للأنباء، [بيانا] عن مجلس الأمن، أن …») or a word or two closed by the
    next comma («يعتقد البعض، [خطأ]، أن …»)."""
    if ws[j].norm in relative_pronouns() or (speaker_ref(ws[j].norm) or ("", ""))[0] == _STATEMENT:
        return True  # «ونقلت وكالة تاس للأنباء، [بيانا] عن مجلس الأمن، أن …»: what it relayed
    return any(any(ch in "،," for ch in ctx.text[ws[i - 1].end:ws[i].start])
               for i in range(j + 1, min(len(ws), j + 1 + _ASIDE_WORDS)))


def _written(ctx: ArticleContext, w: Word) -> str:
    """The word as the text writes it, without its vowel marks (hamza and final ى kept)."""
    return "".join(ch for ch in ctx.text[w.start:w.end] if ch not in VOWEL_MARKS)


def _first_person(ctx: ArticleContext, w: Word) -> bool:
    """The word is a verb of saying written with أ first, its conjunction aside, that makes it
    the writer's first person (quote_homographs hamza_first_person: «ولا [أستبعد] أن»)."""
    written = _written(ctx, w)
    if written[:1] in "وف" and len(written) > 1:
        written = written[1:]
    return written.startswith("أ") and any(st.stem in _homographs("hamza_first_person")
                                            for st in stems(w.norm) if not st.clitic)


def _maqsura_passive(ctx: ArticleContext, w: Word) -> bool:
    """The word is a verb of saying written with a final ى that makes it another verb
    (quote_homographs maqsura_passive: «يُدعى», is called, not «يدّعي», claims)."""
    written = _written(ctx, w)
    return written.endswith("ى") and any(st.stem in _homographs("maqsura_passive")
                                         for st in stems(w.norm) if not st.clitic)


def _manner_of_saying(ws: list[Word], k: int) -> bool:
    """Word `k` is a noun of saying of quote_cues kind manner right after a verb or a continuation
    verb of saying («واستطرد [بالقول] إن»)."""
    return k > 0 and quote_cues().at(ws, k, _MANNER) is not None \
        and quote_cues().at(ws, k - 1, _SPEAKING_VERBS) is not None


def passive_reading(ws: list[Word], k: int) -> bool:
    """Word `k` is a verb of opinion written like its passive (quote_homographs passive_homograph)
    with no subject after it: a complementizer or a preposition comes next («كان [يعتقد] أنها ...»,
    «التي [يعتقد] أنها»), or nothing."""
    if not any(st.stem in _homographs("passive_homograph") for st in stems(ws[k].norm) if not st.clitic):
        return False
    return k + 1 >= len(ws) or quote_cues().at(ws, k + 1, _NO_SUBJECT) is not None


def _plural_noun(ctx: ArticleContext, sent: Sentence, k: int) -> bool:
    """The verb of saying at word `k` is written like a plural noun (quote_homographs: «كتب»,
    books) and stands where no clause starts: right after a word with nothing between that is
    no clause opener of the table nor a person's or body's name («بعض [كتب] الفقهاء», «وسجلتها
    [كتب] التراث»), so it is that noun, not «he wrote» («حيث [كتب] خبير», «العزيز [كتب] في»)."""
    ws = sent.words
    written = _written(ctx, ws[k])
    if k == 0 or written not in _homographs("noun_homograph") \
            or ctx.text[ws[k - 1].end:ws[k].start].strip():
        return False
    m = ctx.mention_at(ws[k - 1])  # «عبد العزيز كتب»: its subject before it
    return not (m is not None and m.label in ("PER", "ORG")) \
        and ws[k - 1].norm not in _homographs("verb_opener")


def revealing(ctx: ArticleContext, sent: Sentence) -> list[tuple[int, Cue]]:
    """The verbs of revealing (quote_cues reveal_verb: يكشف, تكشف) whose subject comes right after
    them and names someone (a person, a title or body of speaker_references): verbs of saying then
    («يكشف ضابط ليبي … أن», «وتكشف مصادر أمنية … عن أن»); a thing reveals, no one speaks («نظرة سريعة
    … تكشف أنهن», «تكشف التقاليد للأطفال»)."""
    ws = sent.words
    out = []
    for k, c in quote_cues().each(ws, _REVEAL):
        j = k + c.size
        if j >= len(ws) or ctx.text[ws[k].end:ws[j].start].strip() or _reveals_a_thing(ws, j):
            continue  # «يكشف «أستاذ …»»: marks; «يكشف بلاتر عن إصلاحات …»: a thing revealed
        person = (m := ctx.mention_at(ws[j])) is not None and m.label == "PER" and m.start == ws[j].start
        if person or (ref := speaker_ref(ws[j].norm)) is not None and ref[0] in _NAMED_SUBJECT:
            out.append((k, Cue("verb", c.size)))
    return out


def _reveals_a_thing(ws: list[Word], j: int) -> bool:
    """A bare عن (quote_cues about) before the first complementizer after word `j`, not right
    before it: «يكشف بلاتر [عن] إصلاحات … أن» reveals a thing, «يكشف المستشار [عن] أن» speaks."""
    for i in range(j, len(ws) - 1):
        if quote_cues().at(ws, i, _COMPLEMENTIZER):
            return False
        if quote_cues().at(ws, i, _ABOUT) and not quote_cues().at(ws, i + 1, _COMPLEMENTIZER):
            return True
    return False
