"""Reading hostile inputs: every record gets one outcome, limits are stated and named when hit,
text is taken as it comes (issue 12). The huge inputs are built cheaply in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.ingest import read_inputs
from marsad.ingest.formats import sniff
from marsad.ingest.limits import (
    MAX_ARTICLE_CHARS,
    MAX_FIELD_CHARS,
    MAX_JSON_DEPTH,
    MAX_LINE_BYTES,
    MAX_NUMBER_CHARS,
    MAX_RECORDS_PER_FILE,
)
from marsad.ingest.load import InputError, OversizedLine, bounded_chunks, split_lines
from marsad.ingest.sources import _read_stdin, read_file
from marsad.model import Article, Outcome
from tests.broken.make import article

Item = Article | Outcome


def _arts(items: list[Item]) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def _outs(items: list[Item], status: str | None = None) -> list[Outcome]:
    return [x for x in items if isinstance(x, Outcome) and status in (None, x.status)]


def _storable(art: Article) -> None:
    """What the writers do with an article must not fail: UTF-8 JSON of every text field."""
    row = {"id": art.id, "path": art.path, "text": art.text, "title": art.title, "url": art.url,
           "source": art.source, "meta": art.meta}
    json.dumps(row, ensure_ascii=False).encode("utf-8")


def _one_outcome_per_record(items: list[Item], paths: list[str]) -> None:
    """Each record path has exactly one article or one skip (a warning comes with its article)."""
    got: dict[str, list[str]] = {}
    for x in items:
        kind = "article" if isinstance(x, Article) else x.status
        got.setdefault(x.path, []).append(kind)
    for p in paths:
        kinds = [k for k in got.get(p, []) if k != "warning"]
        assert kinds in (["article"], ["skipped"]), (p, got.get(p))


# 1. No exception from one value reaches the batch.

def test_json_nested_100000_deep_is_refused_by_the_depth_limit(tmp_path: Path) -> None:
    p = tmp_path / "deep.json"
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (out,) = list(read_file(str(p)))
    assert out.status == "skipped" and out.reason.startswith("too deep")
    assert f"{MAX_JSON_DEPTH} levels" in out.reason


def test_a_deep_jsonl_line_is_refused_and_the_other_lines_come_out(tmp_path: Path) -> None:
    p = tmp_path / "deep.jsonl"
    good = json.dumps({"text": article(1)}, ensure_ascii=False)
    p.write_text(good + "\n" + '{"text": "x", "n": ' + "[" * 50_000 + "]" * 50_000 + "}\n"
                 + json.dumps({"text": article(2)}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    items = list(read_file(str(p)))
    assert len(_arts(items)) == 2
    (bad,) = _outs(items, "skipped")
    assert bad.path == f"{p}#1" and bad.reason.startswith("line 2: too deep")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    p = tmp_path / "brackets.json"
    text = article(2) + "[{" * (MAX_JSON_DEPTH * 3) + "\\\"]" + "," * (MAX_RECORDS_PER_FILE + 1)
    p.write_text(json.dumps([{"text": text}], ensure_ascii=False), encoding="utf-8")
    (art,) = _arts(list(read_file(str(p))))
    assert art.text == text


def test_a_5000_digit_number_is_left_unread_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "num.json"
    p.write_text('[{"text": ' + json.dumps(article(3), ensure_ascii=False) + ', "n": ' + "9" * 5000
                 + ', "f": -1.5e3}, ' + "7" * 5000 + "]", encoding="utf-8")
    items = list(read_file(str(p)))
    (art,) = _arts(items)
    assert art.text == article(3)
    (warn,) = _outs(items, "warning")
    assert warn.path == art.path and warn.reason.startswith("a number of 5,000 characters")
    assert f"{MAX_NUMBER_CHARS}-character limit" in warn.reason
    (skip,) = _outs(items, "skipped")
    assert skip.path == f"{p}#1" and "not an article" in skip.reason and "a number of 5,000" in skip.reason


@pytest.mark.parametrize("field", ["text", "title", "url", "source"])
def test_a_lone_surrogate_is_replaced_and_the_article_is_storable(tmp_path: Path, field: str) -> None:
    rec = {"text": article(4), "title": "عنوان", "url": "https://x.example/1", "source": "s"}
    rec[field] = rec[field][:5] + "\ud800" + rec[field][5:]
    p = tmp_path / "sur.jsonl"
    p.write_text(json.dumps(rec) + "\n", encoding="ascii")  # the escape \ud800 is valid JSON
    items = list(read_file(str(p)))
    (art,) = _arts(items)
    value = getattr(art, field)
    assert "\ufffd" in value and value.replace("\ufffd", "") == rec[field].replace("\ud800", "")
    assert art.id and "lone_surrogates_replaced" in art.flags
    _storable(art)
    (warn,) = _outs(items, "warning")
    assert warn.reason == f"line 1: 1 lone surrogate(s) in the {field} replaced by U+FFFD"


def test_nul_characters_are_removed_and_flagged(tmp_path: Path) -> None:
    p = tmp_path / "nul.json"
    p.write_text(json.dumps({"text": "\x00" + article(5) + "\x00", "title": "عن\x00وان"}), encoding="utf-8")
    items = list(read_file(str(p)))
    (art,) = _arts(items)
    assert art.text == article(5) and art.title == "عنوان" and "nul_removed" in art.flags
    (warn,) = _outs(items, "warning")
    assert warn.reason == ("2 NUL character(s) removed from the text; "
                           "1 NUL character(s) removed from the title")


def test_an_unexpected_error_in_one_record_is_that_records_outcome(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.ingest.sources as sources

    real = sources.repair_field

    def fragile(value: str, field: str) -> tuple[str, list[tuple[str, str]]]:
        if "BOOM" in value:
            raise RuntimeError("BOOM")
        return real(value, field)

    monkeypatch.setattr(sources, "repair_field", fragile)
    p = tmp_path / "l.json"
    p.write_text(json.dumps([{"text": article(6)}, {"text": "BOOM"}, {"text": article(7)}]), encoding="utf-8")
    items = list(read_file(str(p)))
    assert [a.path for a in _arts(items)] == [f"{p}#0", f"{p}#2"]
    (skip,) = _outs(items, "skipped")
    assert skip.path == f"{p}#1" and skip.reason.startswith("unreadable: internal error")
    assert "RuntimeError: BOOM" in skip.reason


# Limits on size.

def _gzip_of_one_long_line(p: Path, mb: int) -> None:
    """A .jsonl.gz whose second line is `mb` MB of one byte: gzip members of 1 MB each, so
    it costs ~1 KB per MB to build and to store."""
    member = gzip.compress(b"a" * (1 << 20))
    first = gzip.compress(json.dumps({"text": article(8)}, ensure_ascii=False).encode("utf-8") + b"\n")
    last = gzip.compress(b"\n" + json.dumps({"text": article(9)}, ensure_ascii=False).encode("utf-8") + b"\n")
    p.write_bytes(first + member * mb + last)


def test_a_200_mb_line_in_a_small_gzip_is_refused_and_the_next_line_read(tmp_path: Path) -> None:
    p = tmp_path / "long.jsonl.gz"
    _gzip_of_one_long_line(p, 200)
    assert p.stat().st_size < 1_000_000
    items = list(read_file(str(p)))
    assert [a.text for a in _arts(items)] == [article(8), article(9)]
    (skip,) = _outs(items, "skipped")
    assert skip.path == f"{p}#1" and skip.reason.startswith("oversized: line 2 is over the 20.0 MB limit")


def test_an_oversized_line_is_refused_before_more_than_the_limit_is_read() -> None:
    read = 0

    def chunks() -> Iterator[bytes]:
        nonlocal read
        for _ in range(1000):
            read += 1 << 16
            yield b"x" * (1 << 16)

    lines = split_lines(chunks())
    assert next(lines) == OversizedLine(MAX_LINE_BYTES + (1 << 16))
    assert read <= MAX_LINE_BYTES + (1 << 16)
    small = split_lines([b"ab\nlong", b"er-than", b"-ten\ncd\n"], limit=10)
    assert list(small) == [b"ab", OversizedLine(11), b"cd"]


def test_a_stream_over_its_byte_limit_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("marsad.ingest.load.MAX_STREAM_BYTES", 100)
    with pytest.raises(InputError, match="oversized: the file is over the 0.0 MB limit of a streamed input"):
        list(bounded_chunks([b"x" * 60, b"x" * 60], "the file"))


def test_a_big_plain_jsonl_is_streamed_not_refused_whole(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl"
    good = json.dumps({"text": article(10)}, ensure_ascii=False).encode("utf-8")
    with p.open("wb") as f:
        f.write(good + b"\n")
        f.truncate(MAX_LINE_BYTES + 1000)  # sparse: one line of NULs, no disk used
    items = list(read_file(str(p)))
    assert [a.text for a in _arts(items)] == [article(10)]
    (skip,) = _outs(items, "skipped")
    assert skip.reason.startswith("oversized: line 2")


def test_an_article_over_the_length_limit_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("سلمان " * (MAX_ARTICLE_CHARS // 6 + 1), encoding="utf-8")
    (out,) = list(read_file(str(p)))
    assert out.status == "skipped" and out.reason.startswith("too long: the article is 500,")
    assert f"limit of {MAX_ARTICLE_CHARS:,}" in out.reason


def test_an_over_long_title_is_left_out_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "t.json"
    p.write_text(json.dumps({"text": article(11), "title": "ع" * (MAX_FIELD_CHARS + 1)}), encoding="utf-8")
    items = list(read_file(str(p)))
    (art,) = _arts(items)
    assert art.title is None and "title" not in art.meta
    (warn,) = _outs(items, "warning")
    assert warn.reason.startswith(f"the title is {MAX_FIELD_CHARS + 1:,} characters")


def test_a_million_tiny_articles_in_one_json_are_refused_before_parsing(tmp_path: Path) -> None:
    p = tmp_path / "million.json"
    p.write_text("[" + ",".join(f'{{"text":"a{i}"}}' for i in range(1_000_000)) + "]", encoding="utf-8")
    (out,) = list(read_file(str(p)))
    assert out.status == "skipped"
    assert out.reason.startswith(f"too many records: 1,000,000 in one JSON document, over the limit of "
                                 f"{MAX_RECORDS_PER_FILE:,} per file")


def test_jsonl_over_the_records_limit_gives_its_first_records_and_reports_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("marsad.ingest.sources.MAX_RECORDS_PER_FILE", 3)
    p = tmp_path / "many.jsonl"
    lines = (json.dumps({"text": article(n)}, ensure_ascii=False) for n in range(5))
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_file(str(p)))
    assert [a.path for a in _arts(items)] == [f"{p}#{k}" for k in range(3)]
    (skip,) = _outs(items, "skipped")
    assert skip.path == str(p) and skip.reason.startswith("too many records: over the limit of")
    assert "line 4 and the lines after it were not read" in skip.reason


# 2. Text as it comes.

WHITESPACE = "الأول\r\nالثاني\u00a0الثالث\u2028الرابع\u2029الخامس\tالسادس\u3000السابع  الثامن\u200fالتاسع"


@pytest.mark.parametrize("name", ["a.txt", "a.json", "a.jsonl", "a.jsonl.gz"])
def test_any_whitespace_is_kept_exactly(tmp_path: Path, name: str) -> None:
    text = article(12) + WHITESPACE
    data = text if name == "a.txt" else json.dumps({"text": text}, ensure_ascii=False)
    raw = data.encode("utf-8")
    (tmp_path / name).write_bytes(gzip.compress(raw) if name.endswith(".gz") else raw)
    items = list(read_file(str(tmp_path / name)))
    (art,) = _arts(items)
    assert art.text == text and not _outs(items)


def test_utf16_jsonl_with_line_separators_in_text_is_split_on_newlines_only(tmp_path: Path) -> None:
    texts = [article(13) + "\u2028" + article(14), article(15) + "\u2029\x85\x0c"]
    p = tmp_path / "u16.jsonl"
    p.write_bytes("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts).encode("utf-16"))
    items = list(read_file(str(p)))
    assert [a.text for a in _arts(items)] == texts and not _outs(items)


# 3. stdin.

def test_stdin_jsonl_with_a_first_record_over_4_kb_is_read_as_jsonl() -> None:
    recs = [{"text": article(n) * 20} for n in range(3)]
    assert len(json.dumps(recs[0], ensure_ascii=False).encode("utf-8")) > 8192
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode("utf-8")
    items = list(_read_stdin(io.BytesIO(data)))  # type: ignore[arg-type]
    assert [a.text for a in _arts(items)] == [r["text"] for r in recs] and not _outs(items)


def test_stdin_pretty_json_is_still_one_document() -> None:
    data = json.dumps([{"text": article(16)}, {"text": article(17)}], ensure_ascii=False, indent=2)
    items = list(_read_stdin(io.BytesIO(("\n\n" + data).encode("utf-8"))))  # type: ignore[arg-type]
    assert [a.path for a in _arts(items)] == ["-#0", "-#1"]


def test_a_first_line_longer_than_the_line_limit_is_sniffed_as_jsonl() -> None:
    assert sniff('{"text": "' + "x" * 100, cut=True) == ".jsonl"
    assert sniff('{"text": "' + "x" * 100, cut=False) == ".json"


# 4. Walking folders.

def test_hidden_files_and_folders_are_ignored_with_a_reason(tmp_path: Path) -> None:
    for rel in (".hidden.txt", ".git/x.txt", "a.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(article(len(rel)), encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [a.path for a in _arts(items)] == [str(tmp_path / "a.txt")]
    assert [(o.path, o.status, o.reason) for o in _outs(items)] == [
        (str(tmp_path / ".git"), "ignored", "hidden folder (the name starts with a dot); not read"),
        (str(tmp_path / ".hidden.txt"), "ignored", "hidden file (the name starts with a dot); not read"),
    ]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked/a.txt").write_text(article(18), encoding="utf-8")
    (tmp_path / "open.txt").write_text(article(19), encoding="utf-8")
    real = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr("marsad.ingest.walk.os.scandir", scandir)
    items = list(read_inputs([str(tmp_path)]))
    assert [a.path for a in _arts(items)] == [str(tmp_path / "open.txt")]
    (out,) = _outs(items)
    assert (out.path, out.status) == (str(tmp_path / "locked"), "skipped")
    assert out.reason == "unreadable folder: permission denied; the files in it were not read"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_a_folder_without_permission_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(article(20), encoding="utf-8")
    locked.chmod(0)
    try:
        (out,) = list(read_inputs([str(tmp_path)]))[:1]
    finally:
        locked.chmod(0o755)
    assert out.status == "skipped" and out.reason.startswith("unreadable folder: permission denied")


def test_symlinked_folders_are_followed_once_and_cycles_end(tmp_path: Path) -> None:
    walked, outside = tmp_path / "walked", tmp_path / "outside"
    (walked / "a").mkdir(parents=True)
    outside.mkdir()
    (walked / "a/1.txt").write_text(article(21), encoding="utf-8")
    (outside / "2.txt").write_text(article(22), encoding="utf-8")
    (walked / "b_link_in").symlink_to(walked / "a")
    (walked / "c_link_out").symlink_to(outside)
    (walked / "d_link_out_again").symlink_to(outside)
    (outside / "e_back").symlink_to(walked)
    (walked / "f_self").symlink_to(walked)
    items = list(read_inputs([str(walked)]))
    assert [a.path for a in _arts(items)] == [str(walked / "a/1.txt"), str(walked / "c_link_out/2.txt")]
    reasons = {o.path: o.reason for o in _outs(items)}
    assert all(o.status == "ignored" for o in _outs(items))
    assert reasons[str(walked / "b_link_in")].startswith("symbolic link to a folder inside the walked folder")
    assert reasons[str(walked / "c_link_out/e_back")].startswith("symbolic link to a folder inside")
    assert reasons[str(walked / "d_link_out_again")].startswith("symbolic link to a folder already walked")
    assert reasons[str(walked / "f_self")].startswith("symbolic link to a folder inside")
    assert list(read_inputs([str(walked)])) == items  # the same order every time


def test_a_file_name_that_is_not_utf8_is_reported_with_escapes(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xff\xfe.txt")
    (tmp_path / name).write_text(article(23), encoding="utf-8")
    (art,) = _arts(list(read_inputs([str(tmp_path)])))
    assert art.path == str(tmp_path / "\\xff\\xfe.txt")
    _storable(art)


# 1 and 5 together: a mixed folder gives one outcome per record.

def test_every_record_of_a_hostile_folder_gets_exactly_one_outcome(tmp_path: Path) -> None:
    good = json.dumps({"text": article(24)}, ensure_ascii=False)
    files = {
        "a.json": "[" * 5000 + "]" * 5000,
        "b.json": '{"text": "x", "n": ' + "1" * 5000 + "}",
        "c.jsonl": "\n".join([good, "[" * 300 + "]" * 300, '{"text": "\\udfff"}', "{bad", "1" * 5000]),
        "d.txt": "\x00".join([article(25)] * 3),
        "e.json": json.dumps({"title": "\ud83d"}),
    }
    for name, data in files.items():
        (tmp_path / name).write_text(data, encoding="utf-8", errors="surrogatepass")
    items = list(read_inputs([str(tmp_path)]))
    records = [str(tmp_path / "a.json"), f"{tmp_path / 'b.json'}#0", str(tmp_path / "d.txt"),
               f"{tmp_path / 'e.json'}#0"] + [f"{tmp_path / 'c.jsonl'}#{k}" for k in range(5)]
    _one_outcome_per_record(items, records)
    for art in _arts(items):
        _storable(art)


def test_a_stray_nul_in_a_text_file_is_removed_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "nul.txt"
    text = article(26)
    p.write_bytes((text[:20] + "\x00" + text[20:]).encode("utf-8"))
    items = list(read_file(str(p)))
    (art,) = _arts(items)
    assert art.text == text and art.flags == ["nul_removed"]
    assert [o.reason for o in _outs(items)] == ["1 NUL character(s) removed from the text"]
