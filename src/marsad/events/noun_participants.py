"""The participant an event noun names right after it: a definite noun trigger's own participant
(`attached`: لقاء بوتين, خلال الزيارة مع X), the partner a possessed event noun names after it
past titles (`partner_named`: لقائه بالرئيس الفرنسي X), and a verbal noun's doer named after it or
in the clause that describes it (`doer_after`: توقيع وزارة العمل اتفاقية, بعد زيارة سيقوم بها X)."""

from __future__ import annotations

from marsad.events.context import ArticleContext, Sentence
from marsad.events.dual_owners import dual_owners
from marsad.events.lexicon import event_cues, office_word, sense_word
from marsad.events.received_guests import guest_after
from marsad.events.subordinate import clause_mark_before
from marsad.events.triggers import Trigger
from marsad.events.words import Word
from marsad.lang.normalize import normalize

_WITH = frozenset({"partner_prep"})
_POSSESSOR_PARTNER = 6  # words from a possessed noun to its partner's name (لقائه بالرئيس الفرنسي X)
_POST_LINKS = frozenset(normalize(w) for w in ("إلى", "لدى", "في"))  # المبعوث إلى سوريا, السفير لدى المملكة
_COUNTERPART = frozenset({"counterpart"})
_OF_THE = normalize("لل")  # the lam and article of an office's body (الأمين العام للأمم المتحدة)
_TITLES_BEFORE_DOER = 5  # words of offices between a verbal noun and its doer's name (الأمير, وزراء خارجية)
_ARTICLE = "ال"
_LAM = "ل"  # the lam of possession glued to a visit's visitor (الزيارة الرسمية للرئيس X)
_ADJECTIVES = 2  # definite adjectives between a visit noun and its visitor (الزيارة الأخيرة)
_CLAUSE_TO_PRONOUN = 6  # words from an indefinite noun to the pronoun of the clause describing it
# (زيارة من المتوقع أن يقوم بها)


def partner_named(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a person or organisation is named within a few words from word `j`, past
    titles only (no comma, no other word of its own clause between): the partner of a noun
    whose possessive pronoun names the other party (لقائه بالرئيس الفرنسي فرانسوا هولاند); one
    word of «لل» in the title, the body the office is of, is a title word too (لقائه بالأمين العام
    للأمم المتحدة بان كي مون, بعد لقائه بالأمين العام للحزب X), and so are a counterpart noun
    (خلال لقائه نظيره الروسي X, `counterpart` rows of event_cues), and after an office word the
    state in construct with it and the place of a post after «إلى، لدى، في» (بالمبعوث الأممي إلى
    سوريا X, بسفير اليابان لدى المملكة X)."""
    complement = False  # the title's «لل» word (للأمم, للحزب) seen
    titled = False  # an office word or a counterpart noun seen: a post's place may follow
    post_end = -1  # the end of the place of a post (إلى سوريا), read as part of the title
    for k in range(j, min(len(ws), j + _POSSESSOR_PARTNER + 2)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False
        if ctx.in_timex(ws[k]) or ws[k].end <= post_end:
            continue  # «خلال لقائه أمس مبعوث ...»: the day between the noun and its object
        m = ctx.mention_at(ws[k])
        if m is not None and m.label == "LOC" and titled and office_word(ws[k - 1].norm):
            post_end = m.end  # «بسفير اليابان لدى المملكة X»: the state of the office, in construct
            continue
        if m is not None:
            return m.label in ("PER", "ORG")
        if titled and ws[k].norm in _POST_LINKS and k + 1 < len(ws) \
                and (place := ctx.mention_at(ws[k + 1])) is not None and place.label == "LOC":
            post_end = place.end
            continue
        if k > j and not complement and ws[k].norm.startswith(_OF_THE):
            complement = True
            continue
        if event_cues().at(ws, k, _COUNTERPART) is not None:
            titled = True
            continue
        if not (k == j and ws[k].norm.startswith("ب")) and not ws[k].norm.startswith(("ال", "وال", "بال")) \
                and not office_word(ws[k].norm):
            return False
        titled |= office_word(ws[k].norm)
    return False


def doer_after(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a verbal noun trigger's doer is named right after it, a person or an organisation
    in the genitive (توقيع وزارة العمل اتفاقية ..., لقاء بوتين ...), or in the clause that
    describes it (`_doer_in_clause`): the noun reports who did it, even after a time word (منذ,
    بعد) that would otherwise make it a time mark."""
    j = t.index + t.size
    return t.row.pos == "noun" and not t.definite and (_actor_past_titles(ctx, sent.words, j)
                                                       or _doer_in_clause(ctx, sent.words, j))


def _doer_in_clause(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether the clause right after an indefinite noun (no relative pronoun: the noun is
    indefinite) names the doer after the pronoun that ties it to the noun (`event_senses` kind
    resumptive): «بعد زيارة سيقوم بها الوزير X», «عقب زيارة من المتوقع أن يقوم بها X»; no name
    nor punctuation before the pronoun."""
    for k in range(j, min(len(ws), j + _CLAUSE_TO_PRONOUN)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False
        if ctx.mention_at(ws[k]) is not None:
            return False
        if sense_word(ws[k], "resumptive"):
            return _actor_past_titles(ctx, ws, k + 1)
    return False


def _actor_past_titles(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a person or an organisation is named from word `j` on, past office words only
    (and the definite portfolio of one: وزير الخارجية) and no punctuation (بعد زيارة الأمير
    محمد بن سلمان, عقب اجتماع وزراء خارجية دول مجلس التعاون, بعد زيارة وزير الخارجية X)."""
    for k in range(j, min(len(ws), j + _TITLES_BEFORE_DOER)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False
        if (m := ctx.mention_at(ws[k])) is not None:
            return m.label in ("PER", "ORG")
        if not office_word(ws[k].norm) and not (k > j and ws[k].norm.startswith(_ARTICLE)
                                                and office_word(ws[k - 1].norm)):
            return False
    return False


def _actor_at(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether word `j` is in a person's or an organisation's name."""
    return j < len(ws) and (m := ctx.mention_at(ws[j])) is not None and m.label in ("PER", "ORG")


def _visitor_after_lam(ctx: ArticleContext, ws: list[Word], j: int) -> bool:
    """Whether a visit noun's visitor is named after it with the lam of possession, past its
    definite adjectives («الزيارة الأخيرة لرئيس المكتب السياسي لحركة حماس», «الزيارة الميمونة لولي
    ولي العهد السعودي الأمير محمد بن سلمان», «الزيارة الرسمية للرئيس أوباما»): a name or an office
    glued to «ل/لل», then titles to a person's or organisation's name (`partner_named`); a body
    named right after the lam is the place visited («زيارة للجامعة»), no visitor."""
    for k in range(j, min(len(ws), j + _ADJECTIVES + 1)):
        if k > j and ctx.text[ws[k - 1].end:ws[k].start].strip(" \u00a0"):
            return False
        if (m := ctx.mention_at(ws[k])) is not None:
            return m.label == "PER" and ws[k].norm.startswith(_LAM)  # not «للجامعة»: a body is visited
        norm = ws[k].norm
        if norm.startswith(_LAM):
            rest = _ARTICLE + norm[2:] if norm.startswith(_OF_THE) else norm[1:]
            return office_word(rest) and partner_named(ctx, ws, k + 1)
        if not norm.startswith(_ARTICLE):
            return False
    return False


def attached(ctx: ArticleContext, sent: Sentence, t: Trigger) -> bool:
    """Whether a definite noun trigger has its own participant right after it; not past a comma
    that closes the noun («وبحث الحقيل خلال الزيارة، مع مدير عام الجمارك X»: X is the partner of
    بحث, the visit the one told before)."""
    ws = sent.words
    j = t.index + t.size
    if j < len(ws) and clause_mark_before(ctx, ws, j):
        return False
    if _actor_at(ctx, ws, j):
        return True  # لقاء بوتين ...
    if t.possessed and (partner_named(ctx, ws, j) or dual_owners(ctx, sent, t)):
        return True  # خلال لقائه بالرئيس الفرنسي X, خلال اجتماعه بوزير الخارجية X; X وY خلال لقائهما
    if t.row.type == "VISIT" and _visitor_after_lam(ctx, ws, j):
        return True  # الزيارة الأخيرة لرئيس المكتب السياسي لحركة حماس: its visitor
    if guest_after(ctx, sent, t):
        return True  # خلال استقباله أمس في مكتبه، محافظ المؤسسة
    return any(event_cues().at(ws, k, _WITH) for k in range(j, min(len(ws), j + 2)))
