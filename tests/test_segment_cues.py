"""Row by row: every cue of lang/ar/segment_cues.tsv and every word of segment_words.tsv
does what its row says, inside an invented article."""

from __future__ import annotations

import pytest

from marsad.clean.cues import aligned_offset, match_form
from marsad.clean.segment import label_segments
from marsad.lang import load_table
from marsad.model import Article

TITLE = "وزير المالية يعلن خطة لخفض العجز"
BODY1 = ("أعلن وزير المالية اليوم الأحد خطة من ثلاث مراحل لخفض عجز الموازنة العامة خلال "
         "السنوات الخمس المقبلة، مؤكداً أن الحكومة ستحافظ على الإنفاق الاجتماعي.")
BODY2 = ("وقال الوزير في مؤتمر صحافي عقده في مقر الوزارة إن المرحلة الأولى تبدأ مطلع العام "
         "المقبل وتشمل مراجعة شاملة للدعم الحكومي وتحسين تحصيل الضرائب.")
BODY3 = ("وأضاف أن الخطة أعدت بالتشاور مع خبراء محليين ودوليين، وأنها ستعرض على البرلمان "
         "لمناقشتها قبل نهاية الدورة الحالية.")

CUE_ROWS = load_table("segment_cues")
WORD_ROWS = load_table("segment_words")


def _roles(text: str) -> list[tuple[str, str, str]]:
    art = Article(path="t.txt", text=text)
    return [(s.label, s.attrs.cue, s.slice(text)) for s in label_segments(art)]


def _line_of(roles: list[tuple[str, str, str]], line: str) -> tuple[str, str]:
    found = [(r, c) for r, c, t in roles if t == line.strip()]
    assert found, f"no segment is exactly {line!r}: {roles}"
    return found[0]


@pytest.mark.parametrize("row", CUE_ROWS, ids=[r["cue"] for r in CUE_ROWS])
def test_cue_row_labels_its_example(row: dict[str, str]) -> None:
    example = row["example"]
    if row["family"] == "dateline":
        # a dateline opens the first body line: it is cut off, the rest stays body
        text = f"{TITLE}\n{example}\n{BODY2}\n{BODY3}\n"
        roles = _roles(text)
        cut = [(r, c, t) for r, c, t in roles if c == row["cue"]]
        assert cut and cut[0][0] == row["role"], roles
        assert all(t in example for _, _, t in cut)
        return
    if row["family"] == "tail":
        # junk glued after a body line's last sentence: cut off, the sentence stays body
        text = f"{TITLE}\n{BODY1}\n{example}\n{BODY3}\n"
        roles = _roles(text)
        cut = [(r, c, t) for r, c, t in roles if c == row["cue"]]
        assert len(cut) == 1 and cut[0][0] == row["role"] and example.endswith(cut[0][2]), roles
        sentence = example[: len(example) - len(cut[0][2])].strip()
        assert ("body", "body", sentence) in roles, roles
        if row["follow"]:  # the junk runs on: a short unpunctuated line after it takes ROLE
            mode, _, role = row["follow"].partition(":")
            follower = "الموازنة العامة وزارة المالية"
            roles = _roles(f"{TITLE}\n{BODY1}\n{example}\n{follower}\n")
            assert _line_of(roles, follower)[0] == role, roles
            if mode == "list":  # a sentence ends the list
                roles = _roles(f"{TITLE}\n{BODY1}\n{example}\n{BODY3}\n")
                assert _line_of(roles, BODY3) == ("body", "body"), roles
        return
    if row["family"] == "inline":
        # inside a flattened page: cut out, the headline and the body around it kept
        text = f"{TITLE} {example} {BODY1} {BODY2}"
        roles = _roles(text)
        assert ("title", "first_line_headline", TITLE) in roles, roles
        if row["follow"] == "rest:boilerplate":  # the page ends here: all after it is chrome
            assert roles[1][:2] == (row["role"], row["cue"]) and roles[1][2].startswith(example), roles
            assert len(roles) == 2, roles
            return
        assert _line_of(roles, example) == (row["role"], row["cue"])
        assert ("body", "body", f"{BODY1} {BODY2}") in roles, roles
        return
    text = f"{TITLE}\n{BODY1}\n{BODY2}\n{example}\n{BODY3}\n"
    roles = _roles(text)
    assert _line_of(roles, example) == (row["role"], row["cue"])
    if row["follow"]:
        mode, _, role = row["follow"].partition(":")
        follower = BODY3 if mode == "rest" else TITLE.replace("المالية", "الصحة")
        text = f"{TITLE}\n{BODY1}\n{BODY2}\n{example}\n{follower}\n"
        assert _line_of(_roles(text), follower)[0] == role
    # the body around the cue is untouched
    assert _line_of(roles, BODY1) == ("body", "body")


@pytest.mark.parametrize("row", CUE_ROWS, ids=[r["cue"] for r in CUE_ROWS])
def test_cue_row_leaves_plain_body_alone(row: dict[str, str]) -> None:
    roles = _roles(f"{TITLE}\n{BODY1}\n{BODY2}\n{BODY3}\n")
    assert all(c != row["cue"] for _, c, _ in roles)


@pytest.mark.parametrize("row", WORD_ROWS, ids=[f'{r["kind"]}:{r["word"]}' for r in WORD_ROWS])
def test_word_row(row: dict[str, str]) -> None:
    w, kind = row["word"], row["kind"]
    if kind == "bio":
        line = f"“{w} بالفطرة. {w} دائم للسفر. يحب القهوة كثيرا. صديق الجميع.”"
        control = line.replace(w, "موظف")
        text = f"{TITLE}\n{BODY1}\n{BODY2}\n{line}\n{control}\n"
        roles = _roles(text)
        assert _line_of(roles, line) == ("boilerplate", "author_bio")
        assert _line_of(roles, control)[1] != "author_bio"
        return
    if kind == "sentence_opener":
        # a flattened page: the photo credit ends where the sentence opens, the sentence is body
        credit = "الصورة: وكالة الأنباء الرسمية"
        sentence = f"{w} الوزير في بيان صدر اليوم أن المشروع يدخل مرحلته الثانية."
        text = f"{TITLE} {BODY1} {credit} {sentence} {BODY2}"
        roles = _roles(text)
        assert _line_of(roles, credit) == ("caption", "photo_credit_line"), roles
        assert ("body", "body", f"{sentence} {BODY2}") in roles, roles
        return
    if kind == "author_title":
        # under the writer's name closing the text, or dash-led after its last sentence
        title = f"{w} مجلس إدارة الجمعية السعودية للإعلام"
        for tail, closing in ((f"سامي الحربي\n{title}", title), (f"- {title}", f"- {title}")):
            roles = _roles(f"{TITLE}\n{BODY1}\n{BODY2}\n{tail}\n")
            assert _line_of(roles, closing) == ("meta", "end_signature"), roles
            assert _line_of(roles, BODY2) == ("body", "body")
        # the same line inside the text is body
        roles = _roles(f"{TITLE}\n{BODY1}\n{title}\n{BODY2}\n")
        assert _line_of(roles, title)[0] != "meta", roles
        return
    if kind == "section":
        # a headline field opening with the desk's name: the name is cut off the title
        art = Article(path="t.txt", text=f"{BODY1}\n{BODY2}\n", title=f"{w} / {TITLE}")
        label_segments(art)
        assert art.title == TITLE
        return
    line = f"{w} 14 2024" if kind in ("weekday", "month") else f"الخميس 14 مارس 2024 {w}"
    text = f"{line}\n{TITLE}\n{BODY1}\n{BODY2}\n"
    assert _line_of(_roles(text), line) == ("meta", "header_date")


def _calendar_rows() -> list[str]:
    rows = [r["word"] for t in ("date_months", "date_hijri_months") for r in load_table(t)]
    return rows + [r["word"] for r in load_table("date_weekdays") if r["word"].startswith("ال")
                   or r["word"].isascii()]


@pytest.mark.parametrize("name", _calendar_rows())
def test_a_header_line_of_a_calendar_name_and_digits_is_a_date_line(name: str) -> None:
    line = f"{name} 14 2024"
    text = f"{line}\n{TITLE}\n{BODY1}\n{BODY2}\n"
    assert _line_of(_roles(text), line) == ("meta", "header_date")


@pytest.mark.parametrize("line", [
    "  القاهرة  ـ  مراسلنا :  قال الوزير",
    "إِعْلانٌ هام جداً",
    "بكين ١١ فبراير ٢٠٢٠ (شينخوا) استقبل",
    "\u200fأعلنت\u200f الوزارة",
])
def test_aligned_offset_maps_match_form_back(line: str) -> None:
    form = match_form(line)
    for pos, ch in enumerate(form):
        orig = line[aligned_offset(line, pos)]
        assert match_form(orig) in (ch, "") or ch in " -"


@pytest.mark.parametrize("repeat", [3, 6])
def test_a_tail_is_cut_off_a_long_line_of_any_length(repeat: int) -> None:
    """A line just over the long-line limit (shorter than the tail searched) and a much longer
    one both lose the share strip glued after their last sentence, at its exact offset (a
    strip of one network: two or more are an in-line cue, cut wherever they stand)."""
    strip = "شارك عبر واتساب"
    line = ("أعلن الوزير اليوم خطة جديدة لدعم القطاع الصناعي في المملكة خلال السنوات المقبلة. "
            * repeat) + strip
    roles = _roles(f"{TITLE}\n{line}\n{BODY3}\n")
    assert any(r == "boilerplate" and c.startswith("share_") and t == strip for r, c, t in roles), roles
