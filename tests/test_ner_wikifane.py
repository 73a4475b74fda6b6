"""The WikiFANE Gold reader: marks and line ends stripped, clitic tokens glued back the way
ANERcorp writes words, tags carried to the glued word, fine types mapped, a fixed held-out tenth.
The lines are invented in WikiFANE's format, not taken from the corpus."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.lang import load_table
from marsad.ner.wikifane import coarse, read_lines, read_wikifane, reattach, split, type_map

LRM = "\u200e"
BOM = "\ufeff"


def wikifane(*sentences: list[tuple[str, str]]) -> str:
    """Sentences written as the corpus writes them: BOM, U+200E before tokens, CRLF, and a
    `<TAB>` line between sentences."""
    lines = []
    for sent in sentences:
        lines += [f"{LRM}{tok}\t{tag}" for tok, tag in sent]
        lines.append("\t")
    return BOM + "\r\n".join(lines) + "\r\n"


S1 = [
    ("و", "O"), ("زار", "O"), ("وزير", "O"), ("خارجية", "O"), ("ها", "O"),
    ("ب", "O"), ("القاهرة", "B-Population-Center"), ("و", "O"), ("التقى", "O"),
    ("ب", "O"), ("رئيس", "O"), ("ها", "O"), ("احمد", "B-Politician"), ("سالم", "I-Politician"),
    (".", "O"),
]
S2 = [
    ("وصل", "O"), ("ل", "O"), ("الكويت", "B-Nation"), ("و", "O"), ("ل", "O"),
    ("البحرين", "B-Nation"), ("وفد", "O"), ("من", "O"), ("العرب", "B-Group"), (".", "O"),
]


def test_marks_bom_and_crlf_are_stripped() -> None:
    sents = read_lines(wikifane(S1, S2).split("\n"))
    assert len(sents) == 2
    for words, tags in sents:
        for w in words + tags:
            assert not set(w) & {BOM, LRM, "\r"}, repr(w)
    assert sents[1][0][0] == "وصل"


def test_proclitics_and_enclitics_are_glued_back() -> None:
    words, _ = read_lines(wikifane(S1).split("\n"))[0]
    assert words == ["وزار", "وزير", "خارجيتها", "بالقاهرة", "والتقى", "برئيسها", "احمد", "سالم", "."]


def test_li_before_the_article_is_written_lil() -> None:
    words, _ = read_lines(wikifane(S2).split("\n"))[0]
    assert words[:3] == ["وصل", "للكويت", "وللبحرين"]


def test_glued_word_takes_the_name_tag() -> None:
    words, tags = read_lines(wikifane(S1).split("\n"))[0]
    assert dict(zip(words, tags, strict=True))["بالقاهرة"] == "B-LOC"
    assert tags[words.index("احمد")] == "B-PER" and tags[words.index("سالم")] == "I-PER"
    assert tags[words.index("برئيسها")] == "O"
    _, tags2 = read_lines(wikifane(S2).split("\n"))[0]
    assert tags2[1:3] == ["B-LOC", "B-LOC"]  # «للكويت وللبحرين»: two names, each opened by B-


def test_proclitic_inside_a_name_opens_it() -> None:
    # The clitic token itself carries B-: the glued word opens the entity.
    got = reattach([("و", "B-Hardware"), ("ي", "I-Hardware"), ("جديد", "O")])
    assert got == [("وي", "B-Hardware"), ("جديد", "O")]
    # A conjunction inside a name stays inside it.
    got = reattach([("بروكتر", "B-Commercial"), ("و", "I-Commercial"), ("غامبل", "I-Commercial")])
    assert got == [("بروكتر", "B-Commercial"), ("وغامبل", "I-Commercial")]


def test_kaf_is_a_preposition_before_the_article_and_a_suffix_after_a_word() -> None:
    assert reattach([("ك", "O"), ("الرياض", "B-Population-Center")]) == [("كالرياض", "B-Population-Center")]
    assert reattach([("كتاب", "O"), ("ك", "O"), ("جديد", "O")]) == [("كتابك", "O"), ("جديد", "O")]
    assert reattach([("ك", "O"), ("ما", "O"), ("قال", "O")]) == [("كما", "O"), ("قال", "O")]


def test_clitics_next_to_punctuation_stay_alone() -> None:
    assert reattach([("،", "O"), ("ها", "O")]) == [("،", "O"), ("ها", "O")]
    assert reattach([("مصر", "B-Nation"), ("و", "O"), (".", "O")]) == [
        ("مصر", "B-Nation"), ("و", "O"), (".", "O"),
    ]


def test_fine_types_map_and_unmapped_types_drop() -> None:
    got = coarse(["B-Group", "O", "B-Police", "I-Police", "B-Celestial"])
    assert got == ["O", "O", "B-PER", "I-PER", "O"]
    # Two fine entities side by side that map to one type stay two entities.
    assert coarse(["B-Nation", "I-Population-Center"]) == ["B-LOC", "B-LOC"]
    with pytest.raises(ValueError, match="not in"):
        coarse(["B-Spaceship"])


def test_every_corpus_type_is_mapped() -> None:
    assert len(type_map()) == 51  # the file holds 51 types (its README says 50)
    assert {r["coarse"] for r in load_table("ner_wikifane_types")} == {"PER", "ORG", "LOC", "MISC", "O"}


def test_held_out_tenth_is_fixed() -> None:
    sents = [([str(i)], ["O"]) for i in range(25)]
    train, held = split(sents)
    assert [w[0] for w, _ in held] == ["9", "19"]
    assert len(train) == 23 and split(sents) == (train, held)


def test_reads_gzip_and_cli_scores_the_held_out_tenth(tmp_path: Path) -> None:
    path = tmp_path / "mini.txt.gz"
    with gzip.open(path, "wb") as f:
        f.write(wikifane(*([S2] * 9 + [S1])).encode("utf-8"))
    sents = read_wikifane(path)
    assert len(sents) == 10 and sents[-1][0][0] == "وزار"
    res = CliRunner().invoke(app, ["ner", "eval", "--wikifane-heldout", str(path)])
    assert res.exit_code == 0, res.output
    assert "(gold 1," in res.output  # the tenth sentence: one PER and one LOC
    assert res.output.strip().splitlines()[-1].startswith("overall")
    assert CliRunner().invoke(app, ["ner", "eval"]).exit_code != 0
