"""Reading inputs: every format and field, gzip, folders, stdin, and the per-input outcomes."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from marsad.ingest import read_inputs
from marsad.ingest.formats import DATE_FIELDS, TEXT_FIELDS, sniff
from marsad.ingest.load import MAX_BYTES, InputError, file_lines, read_whole
from marsad.ingest.sources import _read_stdin, read_file
from marsad.model import Article, Outcome
from tests.broken.make import _html, article

TEXT = article(1)


def _arts(items: list[Article | Outcome]) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def _outs(items: list[Article | Outcome]) -> list[Outcome]:
    return [x for x in items if isinstance(x, Outcome)]


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_txt_is_one_article_with_the_text_untouched(tmp_path: Path, gz: bool) -> None:
    p = tmp_path / ("a.txt.gz" if gz else "a.txt")
    data = TEXT.encode("utf-8")
    p.write_bytes(gzip.compress(data) if gz else data)
    (art,) = _arts(list(read_file(str(p))))
    assert art.text == TEXT and art.path == str(p) and art.meta["encoding"] == "utf-8"


@pytest.mark.parametrize("field", TEXT_FIELDS)
@pytest.mark.parametrize("date_field", DATE_FIELDS)
def test_json_fields_are_read(tmp_path: Path, field: str, date_field: str) -> None:
    obj = {field: TEXT, "title": " عنوان ", "url": "https://x.example/1", date_field: "2024-11-12",
           "source": "outlet"}
    p = tmp_path / "a.json"
    p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    (art,) = _arts(list(read_file(str(p))))
    assert art.text == TEXT and art.title == "عنوان" and art.url == "https://x.example/1"
    assert art.source == "outlet" and art.path == f"{p}#0"
    assert art.meta["date"] == "2024-11-12" and art.meta["date_field"] == date_field


def test_a_titles_html_escapes_are_decoded_and_a_urls_left_alone(tmp_path: Path) -> None:
    # a scraper's title «&quot;الريثي&quot; …» reads as «"الريثي" …»; an author opening with
    # «&nbsp;» loses it; a url's «&amp;» and a title's bare «&» with no «;» stay as they are
    obj = {"text": TEXT, "title": "&quot;الريثي&quot; يحتفل بزفاف شقيقه &#1610; A & B",
           "author": "&nbsp;حاوره: عبدالله الغضوي", "url": "https://x.example/a?b=1&amp;c=2"}
    p = tmp_path / "a.json"
    p.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    (art,) = _arts(list(read_file(str(p))))
    assert art.title == '"الريثي" يحتفل بزفاف شقيقه ي A & B'
    assert art.url == "https://x.example/a?b=1&amp;c=2"


def test_json_list_and_jsonl_give_one_article_per_record(tmp_path: Path) -> None:
    recs = [{"text": article(n)} for n in range(3)]
    (tmp_path / "l.json").write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    with gzip.open(tmp_path / "l.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n\n")
    for name in ("l.json", "l.jsonl.gz"):
        arts = _arts(list(read_file(str(tmp_path / name))))
        assert [a.text for a in arts] == [r["text"] for r in recs]
        assert [a.path for a in arts] == [f"{tmp_path / name}#{k}" for k in range(3)]


def test_jsonl_lines_in_a_legacy_code_page_are_decoded(tmp_path: Path) -> None:
    line = json.dumps({"text": TEXT}, ensure_ascii=False).encode("cp1256")
    (tmp_path / "l.jsonl").write_bytes(line + b"\n")
    (art,) = _arts(list(read_file(str(tmp_path / "l.jsonl"))))
    assert art.text == TEXT and art.meta["encoding"] == "cp1256"


def test_record_with_title_but_no_text_is_an_article_flagged_no_article_text(tmp_path: Path) -> None:
    lines = '{"title": "عنوان", "content": " "}\n{"content": ""}\n'
    (tmp_path / "l.jsonl").write_text(lines, encoding="utf-8")
    items = list(read_file(str(tmp_path / "l.jsonl")))
    (art,) = _arts(items)
    assert art.flags == ["no_article_text"]
    assert [o.status for o in _outs(items)] == ["warning", "skipped"]


def test_html_gives_main_text_title_date_and_url(tmp_path: Path) -> None:
    page = _html(4).replace("<head>", "<head><link rel='canonical' href='https://x.example/a'>"
                            "<meta property='article:published_time' content='2024-11-12'>")
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    (art,) = _arts(list(read_file(str(tmp_path / "p.htm"))))
    assert article(4).splitlines()[1] in art.text and "الرئيسية" not in art.text
    assert art.title and art.url == "https://x.example/a" and art.meta["date"] == "2024-11-12"


def test_html_in_windows_1256_is_read(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(_html(5).replace("utf-8", "windows-1256").encode("cp1256"))
    (art,) = _arts(list(read_file(str(tmp_path / "p.html"))))
    assert article(5).splitlines()[1] in art.text


def test_folders_are_walked_recursively_in_order_and_hidden_files_skipped(tmp_path: Path) -> None:
    for rel in ("b/2.txt", "a/deep/1.txt", "c.txt", ".hidden.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(article(len(rel)), encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [a.path for a in _arts(items)] == [str(tmp_path / r) for r in ("a/deep/1.txt", "b/2.txt", "c.txt")]


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    (out,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(out, Outcome) and out.status == "skipped" and "no .txt" in out.reason


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")

    def deny(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    (out,) = list(read_file(str(p)))
    assert isinstance(out, Outcome) and out.reason == "unreadable: permission denied"


def test_oversized_gzip_content_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt.gz"
    with gzip.open(p, "wb", compresslevel=1) as f:
        f.write(b"a" * (MAX_BYTES + 10))
    with pytest.raises(InputError, match="oversized"):
        read_whole(str(p))


def test_not_gzip_data_behind_a_gz_name_is_reported(tmp_path: Path) -> None:
    p = tmp_path / "a.txt.gz"
    p.write_text(TEXT, encoding="utf-8")
    (out,) = list(read_file(str(p)))
    assert isinstance(out, Outcome) and "not gzip data" in out.reason


def test_lines_stream_without_newline_at_the_end(tmp_path: Path) -> None:
    p = tmp_path / "l.jsonl"
    p.write_bytes(b"one\ntwo\r\nthree")
    assert list(file_lines(str(p))) == [b"one", b"two\r", b"three"]


@pytest.mark.parametrize("head,kind", [
    ('{"text": "x"}\n{"text": "y"}', ".jsonl"), ('{\n "text": "x"\n}', ".json"), ('[{"text": "x"}]', ".json"),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".html"), (TEXT, ".txt"),
])
def test_stdin_format_is_sniffed(head: str, kind: str) -> None:
    assert sniff(head) == kind


def test_stdin_jsonl_is_streamed() -> None:
    data = "\n".join(json.dumps({"text": article(n)}, ensure_ascii=False) for n in range(2000))
    arts = _arts(list(_read_stdin(io.BytesIO(data.encode("utf-8")))))  # type: ignore[arg-type]
    assert len(arts) == 2000 and arts[-1].path == "-#1999"


def test_same_input_gives_the_same_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    first = [a.id for a in _arts(list(read_inputs([str(tmp_path)])))]
    again = [a.id for a in _arts(list(read_inputs([str(tmp_path)])))]
    assert first == again and len(first) == 1
