"""Our own annotated news sentences (`data/ner_news/`, `marsad.ner.authored`): the format, the
tags they give, every shipped file well-formed, and `marsad ner train --news`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app
from marsad.ner.authored import AuthoredError, main, parse_line, read_authored

NEWS = Path(__file__).resolve().parents[1] / "data" / "ner_news"


def test_a_line_gives_words_tagged_the_anercorp_way() -> None:
    sent = parse_line("استقبل الملك [PER سلمان بن عبدالعزيز] و[PER فلاديمير بوتين] ل[ORG وزارة الدفاع].")
    words, tags = sent.tagged()
    assert list(zip(words, tags, strict=True)) == [
        ("استقبل", "O"), ("الملك", "O"), ("سلمان", "B-PER"), ("بن", "I-PER"), ("عبدالعزيز", "I-PER"),
        ("وفلاديمير", "B-PER"), ("بوتين", "I-PER"), ("لوزارة", "B-ORG"), ("الدفاع", "I-ORG"), (".", "O"),
    ]
    assert sent.text.startswith("استقبل الملك سلمان بن عبدالعزيز وفلاديمير")


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("زار [XYZ باريس] أمس", "bracket outside a name"),
        ("زار [LOC باريس أمس", "bracket outside a name"),
        ("زار [LOC  باريس] أمس", "spaces at the edge"),
        ("زار [LOC باري]س أمس", "end at the end of a word"),
    ],
)
def test_a_malformed_line_says_what_is_wrong(line: str, says: str) -> None:
    with pytest.raises(AuthoredError, match=says):
        parse_line(line)


def test_every_shipped_file_is_well_formed_and_the_set_is_large() -> None:
    files = sorted(NEWS.glob("*.txt"))
    assert len(files) >= 30
    sents = read_authored(files)
    assert len(sents) >= 4000
    kinds = {t[2:] for _, tags in sents for t in tags if t != "O"}
    assert kinds == {"PER", "ORG", "LOC", "MISC"}
    assert main([str(NEWS)]) == 0


def test_the_held_back_sentences_are_well_formed_and_not_read_by_training() -> None:
    held = NEWS / "held_back"
    assert main([str(held)]) == 0
    assert len(read_authored(sorted(held.glob("*.txt")))) >= 200
    from marsad.ner.authored import files_of

    assert not any(f.parent == held for f in files_of([NEWS]))  # `marsad ner train` reads data/ner_news/*.txt


def test_the_checker_exits_non_zero_on_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("# a comment\nزار [LOC باريس] أمس\nزار [LOC باري]س أمس\n", encoding="utf-8")
    assert main([str(bad)]) == 1
    assert f"{bad}:3:" in capsys.readouterr().err


def test_train_refuses_a_broken_news_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("زار [LOC باري]س أمس\n", encoding="utf-8")
    out = tmp_path / "model"
    res = CliRunner().invoke(
        app, ["ner", "train", "--wikifane", "none", "--news", str(bad), "--out", str(out)]
    )
    assert res.exit_code == 2 and "bad.txt:1" in re.sub(r"[\s│]+", "", res.output)
    assert not out.exists()


def test_train_refuses_a_missing_wikifane_file(tmp_path: Path) -> None:
    res = CliRunner().invoke(
        app, ["ner", "train", "--wikifane", str(tmp_path / "none.gz"), "--out", str(tmp_path / "m")]
    )
    assert res.exit_code == 2 and "no such file" in re.sub(r"[\s│]+", " ", res.output)


def test_train_reads_the_news_sentences_into_the_model(tmp_path: Path) -> None:
    conll = tmp_path / "train.txt"
    conll.write_text("زار O\nالوزير O\nباريس B-LOC\n. O\n", encoding="utf-8")
    names = tmp_path / "names.tsv"
    names.write_text("smith\tس م ي ث\t3\n", encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("قال [PER سميث] إن [ORG موبايلي] ربحت.\n", encoding="utf-8")
    out = tmp_path / "m"
    res = CliRunner().invoke(app, [
        "ner", "train", "--data", str(conll), "--names", str(names), "--wikifane", "none",
        "--news", str(news), "--news-weight", "3", "--iterations", "5", "--out", str(out),
    ])
    assert res.exit_code == 0, res.output
    assert "trained on 4 sentences" in res.output  # 1 from --data, 3 × 1 from --news
    assert (out / "ner_ar.crfsuite").is_file()
