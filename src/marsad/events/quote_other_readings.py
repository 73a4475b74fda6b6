"""Other readings of a word written like a verb of saying, where no one speaks: a plural noun
(«بعض [كتب] الفقهاء»: a verb only where a clause may start), a verb of opinion written like its
passive («التي [يعتقد] أنها», it is believed: a verb only with its subject after it), another verb
written with ى («يدعى»), the writer's first person («لا أستبعد أن»), a noun of saying that tells how
the verb before it spoke («واستطرد [بالقول]»), a fact's verb with a noun of facts as subject
(«الأرقام [تؤكد] أن»), a participle that is an adjective or a predicate of كان, and words that
are others' nouns or verbs (نقل as transport, «وبين» as «and between», «قدرة», «لافتة»).
`other_reading` is asked of every cue a sentence has (`quotes.extract_quotes`).
"""

from __future__ import annotations

from functools import cache

from marsad.events.context import ArticleContext, Sentence
from marsad.events.lexicon import SAYING_OR_CONTINUING, event_senses, quote_cues, speaker_ref
from marsad.events.speaker_agreement import relative_pronouns
from marsad.events.words import Word, stems, written
from marsad.lang import load_table
from marsad.lang.normalize import normalize

_COMPLEMENTIZER = frozenset({"complementizer"})
_EVIDENCE = frozenset({"evidence"})
_FACT_SUBJECT = frozenset({"fact_subject"})
_DEMONSTRATIVE = frozenset({"demonstrative"})  # event_senses rows: هذه, تلك …
_PARTICIPLE = frozenset({"participle"})
_PREPOSITIONS = frozenset({"stop", "preposition"})  # في, على, عن, حول: a noun after one is no subject
_FACT_WORDS = 3  # words back from a verb of saying to its subject, a noun of facts
_OWNER_WORDS = 6  # words after a noun of facts that follows its verb where a body owning it is named
_NO_SUBJECT = frozenset({"complementizer", "stop"})  # right after a verb: no subject there
_MANNER = frozenset({"manner"})  # «بالقول» right after a verb of saying: how it spoke
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
    if not written(ctx.text, ws[k]).endswith("ة") or quote_cues().at(ws, k, _PARTICIPLE) is None:
        return False
    for j in (k - 1, k - 2):
        if j < 0 or ctx.text[ws[j].end:ws[j + 1].start].strip():
            return False
        if any(st.stem in _homographs("adjective_head") for st in stems(ws[j].norm)):  # «لمراقبة»
            return True
        if not written(ctx.text, ws[j]).endswith("ية") or ws[j].norm.startswith("ال"):
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
    return any(ctx.comma_between(ws[i - 1], ws[i])
               for i in range(j + 1, min(len(ws), j + 1 + _ASIDE_WORDS)))


def _first_person(ctx: ArticleContext, w: Word) -> bool:
    """The word is a verb of saying written with أ first, its conjunction aside, that makes it
    the writer's first person (quote_homographs hamza_first_person: «ولا [أستبعد] أن»)."""
    form = written(ctx.text, w)
    if form[:1] in "وف" and len(form) > 1:
        form = form[1:]
    return form.startswith("أ") and any(st.stem in _homographs("hamza_first_person")
                                            for st in stems(w.norm) if not st.clitic)


def _maqsura_passive(ctx: ArticleContext, w: Word) -> bool:
    """The word is a verb of saying written with a final ى that makes it another verb
    (quote_homographs maqsura_passive: «يُدعى», is called, not «يدّعي», claims)."""
    form = written(ctx.text, w)
    return form.endswith("ى") and any(st.stem in _homographs("maqsura_passive")
                                         for st in stems(w.norm) if not st.clitic)


def _manner_of_saying(ws: list[Word], k: int) -> bool:
    """Word `k` is a noun of saying of quote_cues kind manner right after a verb or a continuation
    verb of saying («واستطرد [بالقول] إن»)."""
    return k > 0 and quote_cues().at(ws, k, _MANNER) is not None \
        and quote_cues().at(ws, k - 1, SAYING_OR_CONTINUING) is not None


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
    form = written(ctx.text, ws[k])
    if k == 0 or form not in _homographs("noun_homograph") \
            or ctx.text[ws[k - 1].end:ws[k].start].strip():
        return False
    m = ctx.mention_at(ws[k - 1])  # «عبد العزيز كتب»: its subject before it
    return not (m is not None and m.label in ("PER", "ORG")) \
        and ws[k - 1].norm not in _homographs("verb_opener")
