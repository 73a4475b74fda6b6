"""Output is safe to open and safe to write: only http(s) URLs become links, output files
are written by create-then-rename (never through an existing link), a lone surrogate never
stops writing, one run at a time holds an output folder, and a mistake in the command is
refused with one line before anything is written."""

from __future__ import annotations

import fcntl
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.app import write_outputs
from marsad.cli.main import app
from marsad.model import Article, Corpus, Entity, EventAttrs, MergedEvent, Outcome, SegmentAttrs, Span
from marsad.report.layout import write_timeline
from marsad.report.publish import is_web_url
from marsad.store import lock
from marsad.store.sqlite import connect, save_corpus

CLEANING = "segment,language,site_chrome"
TEXT = "لقاء في الرياض\nالتقى وزير الخارجية نظيره في الرياض يوم الأحد وبحثا العلاقات الثنائية."
runner = CliRunner()


def _corpus(url: str | None, title: str = "عنوان الخبر") -> Corpus:
    art = Article(path="a.txt", text=TEXT, title=title, url=url, source="x")
    art.set_layer("segments", [Span(0, 14, "title", SegmentAttrs()),
                               Span(15, len(TEXT), "body", SegmentAttrs())])
    art.set_layer("events", [Span(15, 20, "MEET", EventAttrs(id="v1"))])
    ev = MergedEvent("v1", "MEET", date="2023-03-05", articles=[art.id])
    return Corpus(articles=[art], events={"v1": ev}, stories={"s1": [art.id]})


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                                 "java\tscript:alert(1)", "data:text/html,<script>x</script>",
                                 "http://x.org/\njavascript:alert(1)", "file:///etc/passwd"])
def test_a_url_that_is_not_http_is_written_as_text_not_a_link(tmp_path: Path, url: str) -> None:
    page = write_timeline(tmp_path, _corpus(url)).read_text(encoding="utf-8")
    assert "<a " not in page and "href=" not in page
    assert "<script>" not in page
    assert "alert(1)" in page or "passwd" in page or "&lt;script&gt;" in page  # shown, as text


@pytest.mark.parametrize("url", ["https://example.org/a?b=1&c=2", "HTTP://example.org/x"])
def test_a_web_url_is_still_a_link(tmp_path: Path, url: str) -> None:
    page = write_timeline(tmp_path, _corpus(url)).read_text(encoding="utf-8")
    assert re.search(r'<a href="https?://example\.org/', page, re.IGNORECASE)
    assert is_web_url(url)


def test_links_in_output_files_are_replaced_and_their_targets_untouched(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    targets = {}
    for name in ("articles.tmp", "articles.jsonl", "timeline.html", "events.jsonl"):
        target = tmp_path / f"precious-{name}"
        target.write_text("do not overwrite\n", encoding="utf-8")
        (out / name).symlink_to(target)
        targets[name] = target
    res = runner.invoke(app, ["run", str(inputs), "--out", str(out), "--steps", CLEANING])
    assert res.exit_code == 0, res.output
    for target in targets.values():
        assert target.read_text(encoding="utf-8") == "do not overwrite\n"
    for name in ("articles.jsonl", "timeline.html", "events.jsonl"):
        assert not (out / name).is_symlink() and (out / name).is_file()
    assert (out / "articles.tmp").is_symlink()  # a link at an old temporary name is left alone
    assert [json.loads(ln)["text"] for ln in (out / "articles.jsonl").open(encoding="utf-8")] == [TEXT]
    assert not list(out.glob(".*.tmp"))


def test_a_lone_surrogate_in_title_or_url_never_stops_writing(tmp_path: Path) -> None:
    corpus = _corpus(None, title="عنوان \ud800 مكسور")
    corpus.articles[0].url = "https://example.org/\udc80"  # set after the id (ingest replaces them)
    write_outputs(tmp_path, corpus, [Outcome("a.txt", "ok", "ingest", "", corpus.articles[0].id)])
    rec = json.loads((tmp_path / "articles.jsonl").read_text(encoding="utf-8"))
    assert rec["title"] == "عنوان ? مكسور" and rec["text"] == TEXT
    assert "مكسور" in (tmp_path / "timeline.html").read_text(encoding="utf-8")
    res = runner.invoke(app, ["events", "--out", str(tmp_path)])
    assert res.exit_code == 0 and "MEET" in res.output


def test_a_second_run_into_a_folder_in_use_is_refused_with_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "LOCK_WAIT_SECONDS", 0.3)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / lock.LOCK_NAME, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # the other run
        res = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), "--steps", CLEANING])
        assert res.exit_code == 2
        lines = res.output.strip().splitlines()
        assert len(lines) == 1 and "in use by another marsad run" in lines[0] and "--out" in lines[0]
        assert sorted(p.name for p in out.iterdir()) == [lock.LOCK_NAME]
    finally:
        os.close(fd)
    res = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), "--steps", CLEANING])
    assert res.exit_code == 0, res.output
    assert (out / "articles.jsonl").exists() and (out / "marsad.db").exists()


def test_events_json_keeps_u2028_inside_its_record(tmp_path: Path) -> None:
    corpus = _corpus(None, title="عنوان\u2028فيه فاصل\u2029وآخر\x85")
    corpus.entities = {"e1": Entity("e1", "PER", "اسم\u2028مقسوم")}
    corpus.events["v1"].participants = ["e1"]
    corpus.articles[0].layer("events")[0].attrs.participants = ["e1"]
    con = connect(tmp_path / "marsad.db")
    save_corpus(con, corpus, [])
    con.close()
    res = runner.invoke(app, ["events", "--out", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)  # one record: U+2028 inside a name is not a line end
    assert rec["article"] == corpus.articles[0].id and rec["participant_names"] == ["اسم\u2028مقسوم"]


def test_a_missing_input_is_refused_with_one_line_and_nothing_written(tmp_path: Path) -> None:
    res = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert len(res.output.strip().splitlines()) == 1 and "does not exist" in res.output
    assert not (tmp_path / "o").exists()


def test_an_out_that_is_a_file_is_refused_with_one_line_and_nothing_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "o").write_text("mine\n", encoding="utf-8")
    res = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert len(res.output.strip().splitlines()) == 1 and "is a file, not a folder" in res.output
    assert (tmp_path / "o").read_text(encoding="utf-8") == "mine\n"
    assert "Traceback" not in res.output


def test_a_lock_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "precious"
    target.write_text("keep\n", encoding="utf-8")
    (out / lock.LOCK_NAME).symlink_to(target)
    res = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), "--steps", CLEANING])
    assert res.exit_code == 2 and len(res.output.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "keep\n"
    assert not (out / "articles.jsonl").exists()
