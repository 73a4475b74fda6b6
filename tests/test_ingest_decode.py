"""Decoding: every encoding marsad reads gives back the same Arabic text, never mojibake."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.ingest.decode import DecodeError, cue_score, decode, repair_misread_utf8
from marsad.lang import load_table

# Invented text in the style of a news wire (our own sentences, not from ../shared).
ARABIC = (
    "الرياض - أعلنت وزارة الخارجية، اليوم الأحد، أن الوزير سيتوجه إلى القاهرة في زيارة رسمية "
    "تستمر يومين، يلتقي خلالها نظيره المصري لبحث التعاون الثنائي والأوضاع في المنطقة.\n"
    "وقال المتحدث باسم الوزارة إن \"المحادثات ستتناول ملفات الأمن الإقليمي\"، مضيفاً أن الجانبين "
    "سيوقعان مذكرة تفاهم في مجال الطاقة.\n"
)
MIXED = ARABIC + "Foreign Minister arrives in Cairo for talks. pic.twitter.com/Ab12Cd34\n"

ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8 with BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("utf-16 LE with BOM", lambda t: t.encode("utf-16")),
    ("utf-16 BE with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf-16 LE without BOM", lambda t: t.encode("utf-16-le")),
    ("windows-1256", lambda t: t.encode("cp1256")),
    ("iso-8859-6", lambda t: t.encode("iso8859_6")),
]


@pytest.mark.parametrize("name,encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
@pytest.mark.parametrize("text", [ARABIC, MIXED], ids=["arabic", "arabic+english"])
def test_each_encoding_gives_back_the_same_text(name: str, encode, text: str) -> None:  # type: ignore[no-untyped-def]
    if name == "iso-8859-6":
        text = text.replace("\"", "'")  # ISO-8859-6 has every character used here
    got = decode(encode(text))
    assert got.text == text
    assert not got.warning


def test_windows_1256_and_iso_8859_6_differ_and_each_is_recognised() -> None:
    a, b = ARABIC.encode("cp1256"), ARABIC.encode("iso8859_6")
    assert a != b
    assert decode(a).encoding == "cp1256"
    assert decode(b).encoding == "iso8859_6"


ARABIC_WORDS = st.lists(
    st.sampled_from(ARABIC.replace("،", " ").replace(".", " ").split()), min_size=12, max_size=60
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(ARABIC_WORDS, st.sampled_from(["cp1256", "iso8859_6"]))
def test_legacy_code_pages_round_trip(text: str, enc: str) -> None:
    text = text.replace("\"", "")
    assert decode(text.encode(enc)).text == text


@pytest.mark.parametrize("enc", ["cp1256", "iso8859_6"])
def test_a_few_words_are_read_in_the_code_page_that_puts_no_latin_letter_inside_a_word(enc: str) -> None:
    # Read as cp1256, ISO-8859-6's «ل» and «ي» are «ن» and «ê»: «انرêاض». Found by hypothesis.
    text = "الرياض - - - - - - - - - وقال وقال"
    got = decode(text.encode(enc))
    assert (got.text, got.encoding) == (text, enc)


def test_truncated_utf8_character_at_the_end_is_dropped_with_a_warning() -> None:
    data = ARABIC.encode("utf-8") + "ك".encode()[:1]
    got = decode(data)
    assert got.text == ARABIC
    assert got.warning.startswith("truncated")


def test_invalid_bytes_inside_utf8_are_refused_as_mixed_encodings() -> None:
    data = ARABIC.encode("utf-8") + "ثم قال".encode("cp1256") + ARABIC.encode("utf-8")
    with pytest.raises(DecodeError, match="wrongly encoded.*mixes encodings"):
        decode(data)


@pytest.mark.parametrize("misread_as", ["latin-1", "cp1256"])
def test_utf8_misread_and_saved_again_is_repaired(misread_as: str) -> None:
    mojibake = ARABIC.encode("utf-8").decode(misread_as)
    got = decode(mojibake.encode("utf-8"))
    assert got.text == ARABIC
    assert "repaired" in got.warning


def test_repair_leaves_genuine_arabic_alone() -> None:
    assert repair_misread_utf8(ARABIC * 5) is None


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    bytes([7, 8, 1, 2, 3, 200, 150, 17, 18, 19, 20]) * 100,
], ids=["all bytes", "png", "control bytes"])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


def test_cue_score_prefers_the_right_code_page() -> None:
    right = ARABIC.encode("iso8859_6").decode("iso8859_6")
    wrong = ARABIC.encode("iso8859_6").decode("cp1256")
    assert cue_score(right) > cue_score(wrong)


@pytest.mark.parametrize("row", load_table("encoding_cues"), ids=lambda r: r["cue"])
def test_each_encoding_cue_survives_both_code_pages_and_scores(row: dict[str, str]) -> None:
    cue = row["cue"]
    word = cue if row["kind"] == "word" else cue + "بيت"
    for enc in ("cp1256", "iso8859_6"):
        assert word.encode(enc).decode(enc) == word
    assert cue_score(word) == 1.0
