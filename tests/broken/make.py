"""Build the broken-input corpus: every kind of bad input marsad must report, beside good ones.

`build(folder)` writes the files and returns what a run must report: for each bad input
the start of its outcome reason (regex), and the paths of the good articles that must
come out. Run `python -m tests.broken.make DIR` to write the corpus somewhere to look at.
The oversized file is sparse (no disk used) and is made only here, never committed.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

# Invented sentences (not from ../shared).
SENTENCES = [
    "أعلنت وزارة الخارجية اليوم الأحد أن الوزير سيتوجه إلى القاهرة في زيارة رسمية تستمر يومين.",
    "وقال المتحدث باسم الوزارة إن المحادثات ستتناول ملفات الأمن الإقليمي والتعاون الاقتصادي.",
    "وأضاف أن الجانبين سيوقعان مذكرة تفاهم في مجال الطاقة المتجددة قبل نهاية الزيارة.",
    "وكانت العاصمتان قد عقدتا جولة مشاورات سياسية في الربيع الماضي لبحث الأوضاع في المنطقة.",
    "ومن المقرر أن يلتقي الوزير رئيس الحكومة وعدداً من رجال الأعمال خلال إقامته.",
    "وأشار مراقبون إلى أن الزيارة تأتي في ظل تحركات دبلوماسية مكثفة لاحتواء التوتر.",
]


def article(n: int) -> str:
    """A distinct invented article (title line, then body lines)."""
    body = "\n".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(4))
    return f"الخبر رقم {n}: وزير الخارجية يزور القاهرة\n{body}\nرقم المتابعة {n}.\n"


def _html(n: int) -> str:
    paras = "".join(f"<p>{s}</p>" for s in article(n).splitlines()[1:])
    return (f"<html><head><meta charset='utf-8'><title>خبر {n}</title></head><body>"
            f"<nav><a href='/'>الرئيسية</a></nav><article><h1>الخبر رقم {n}</h1>{paras}</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


def _gzip_cut(data: bytes) -> bytes:
    packed = gzip.compress(data)
    return packed[: len(packed) * 2 // 3]


def build(folder: Path) -> tuple[dict[str, str], list[str]]:
    """Write the corpus into `folder`; returns (bad path -> reason regex, good article paths)."""
    bad, good, _warned = build_all(folder)
    return bad, good


def build_all(folder: Path) -> tuple[dict[str, str], list[str], dict[str, tuple[str, str]]]:
    """Write the corpus; returns (bad path -> reason regex, good article paths, and the inputs
    that must be reported otherwise: path -> (status `warning` or `ignored`, reason regex))."""
    folder.mkdir(parents=True, exist_ok=True)
    bad: dict[str, str] = {}
    good: list[str] = []
    warned: dict[str, tuple[str, str]] = {}

    def put(name: str, data: bytes | str, reason: str | None = None) -> Path:
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        if reason is None:
            good.append(str(p))
        else:
            bad[str(p)] = reason
        return p

    # Good inputs, one per format and encoding.
    put("good/utf8.txt", article(1))
    put("good/bom.txt", codecs.BOM_UTF8 + article(2).encode("utf-8"))
    put("good/utf16.txt", article(3).encode("utf-16"))
    put("good/cp1256.txt", article(4).encode("cp1256"))
    put("good/iso8859_6.txt", article(5).encode("iso8859_6"))
    put("good/page.html", _html(6))
    put("good/page.htm.gz", gzip.compress(_html(7).encode("utf-8")))
    p = put("good/list.json", json.dumps([{"text": article(8), "title": "ثمانية"},
                                          {"content": article(9), "published": "2024-05-02"}],
                                         ensure_ascii=False))
    good.remove(str(p))
    good += [f"{p}#0", f"{p}#1"]
    p = put("good/lines.jsonl.gz", gzip.compress("\n".join(
        json.dumps({"body": article(n), "url": f"https://example.org/{n}"}, ensure_ascii=False)
        for n in (10, 11, 12)).encode("utf-8")))
    good.remove(str(p))
    good += [f"{p}#{k}" for k in range(3)]
    # A folder whose name looks like a file is walked like any folder.
    put("looks_like_a_file.txt/inside.txt", article(13))

    # Unreadable.
    link = folder / "unreadable/broken_link.txt"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(folder / "unreadable/nowhere.txt")
    bad[str(link)] = "unreadable: broken symbolic link"
    fifo = folder / "unreadable/pipe.txt"
    os.mkfifo(fifo)
    bad[str(fifo)] = "unreadable: not a regular file"
    # Binary, empty.
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary data")
    put("empty.txt", b"", "empty file")
    put("blank.html", b"  \n\n \t\n", "empty file")
    # Truncated: gzip, a UTF-8 character cut at the end (read, with a warning), JSON.
    put("truncated/cut.txt.gz", _gzip_cut(article(20).encode("utf-8") * 40), "truncated gzip")
    lines = "\n".join(json.dumps({"text": article(n)}, ensure_ascii=False) for n in range(30, 230))
    put("truncated/cut.jsonl.gz", _gzip_cut(lines.encode("utf-8")),
        r"truncated gzip: .*\d+ record\(s\) before line \d+ were read")
    put("truncated/cut_char.txt", article(21).encode("utf-8") + "ك".encode()[:1])
    put("truncated/cut.json", json.dumps({"text": article(22)}, ensure_ascii=False)[:-25], "truncated JSON")
    # Wrongly encoded: UTF-8 with a Windows-1256 stretch inside.
    put("wrong/mixed.txt", article(23).encode("utf-8") + article(24).encode("cp1256")
        + article(25).encode("utf-8"), "wrongly encoded")
    # Oversized (sparse: no disk used).
    huge = folder / "oversized.txt"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    bad[str(huge)] = "oversized"
    # Malformed JSON and JSON Lines (the good lines still come out).
    put("malformed/bad.json", '{"text": ' + json.dumps(article(26)) + ',, "title": 1}', "malformed JSON")
    jl = [json.dumps({"text": article(27)}, ensure_ascii=False), '{"text": "نص مقطوع', "",
          json.dumps({"title": "بلا نص"}, ensure_ascii=False), "[1, 2]",
          json.dumps({"content": article(28)}, ensure_ascii=False)]
    p = put("malformed/lines.jsonl", "\n".join(jl) + "\n")
    good.remove(str(p))
    good += [f"{p}#0", f"{p}#4"]
    bad[f"{p}#1"] = r"line 2: malformed JSON"
    bad[f"{p}#2"] = r"line 4: not an article: no text field"
    bad[f"{p}#3"] = r"line 5: not an article: expected a JSON object"
    # Malformed HTML.
    put("malformed/broken.html", "<html><body><div><p></div></span><<<>>></html>", "malformed or empty HTML")
    put("malformed/no_tags.html", article(29), "malformed HTML: no tags")
    # A file of another type in the walk is ignored (reported, not an error).
    (folder / "notes.md").write_text("not an article\n", encoding="utf-8")
    _hostile(folder, put, bad, good, warned)
    return bad, good, warned


def _hostile(folder: Path, put: Callable[..., Path], bad: dict[str, str], good: list[str],
             noted: dict[str, tuple[str, str]]) -> None:
    """The inputs that once stopped a batch, exhausted the machine or were lost unreported."""
    put("hostile/deep.json", "[" * 100_000 + "]" * 100_000, r"too deep: JSON nested more than \d+ levels")
    big = f'{{"text": {json.dumps(article(300), ensure_ascii=False)}, "n": {"9" * 5000}}}'
    p = put("hostile/bigint.json", big)
    good[-1] = f"{p}#0"
    noted[f"{p}#0"] = ("warning", r".*a number of 5,000 characters")
    # A lone surrogate can only travel as a JSON escape.
    lone = json.dumps({"text": article(301) + "@@", "title": "عنوان"}, ensure_ascii=False)
    lone = lone.replace("@@", "\\ud800")
    p = put("hostile/surrogate_text.jsonl", lone)
    good.remove(str(p))
    good.append(f"{p}#0")
    noted[f"{p}#0"] = ("warning", r".*lone surrogate.* in the text")
    lone = json.dumps({"text": article(302), "title": "عنوان @@"}, ensure_ascii=False)
    lone = lone.replace("@@", "\\udc80")
    p = put("hostile/surrogate_title.json", lone)
    good[-1] = f"{p}#0"
    noted[f"{p}#0"] = ("warning", r".*lone surrogate.* in the title")
    p = put("hostile/nul.txt", article(303).replace("القاهرة", "القا\x00هرة", 1))
    noted[str(p)] = ("warning", r".*NUL character")
    # One name repeated (110 KB) comes out with bounded mentions; one sentence repeated past the
    # article-length limit is refused.
    put("hostile/name_repeated.txt", "سلمان " * 10_000)
    put("hostile/sentence_repeated.txt", (SENTENCES[0] + "\n") * 16_000, r"too long: the article is")
    # Too many records in one JSON document (the limit is per file).
    put("hostile/many_records.json", json.dumps([{"text": f"خبر {n}"} for n in range(100_001)],
                                                ensure_ascii=False), r"too many records")
    # A small .jsonl.gz holding one line of 30 MB between two good lines.
    lines = [json.dumps({"text": article(304)}, ensure_ascii=False), '{"text": "' + "ب" * 15_000_000 + '"}',
             json.dumps({"text": article(305)}, ensure_ascii=False)]
    p = put("hostile/long_line.jsonl.gz", gzip.compress("\n".join(lines).encode("utf-8"), compresslevel=1))
    good.remove(str(p))
    good += [f"{p}#0", f"{p}#2"]
    bad[f"{p}#1"] = r"oversized: line 2 is over the"
    # Whitespace of every kind inside the phrases the date grammar reads.
    for name, space in (("crlf", "\r\n"), ("nbsp", "\xa0"), ("tab", "\t"), ("double", "  ")):
        put(f"hostile/space_{name}.txt", article(306) + f"وسجل النمو في النصف{space}الاول من العام.\n")
    # UTF-16 JSON Lines whose text holds a line separator: two records, not four broken lines.
    rows = [json.dumps({"text": article(n) + "\u2028" + SENTENCES[1]}, ensure_ascii=False) for n in (47, 48)]
    p = put("hostile/utf16_ls.jsonl", "\n".join(rows).encode("utf-16"))
    good.remove(str(p))
    good += [f"{p}#0", f"{p}#1"]
    # Punctuation that was once tagged as names, and a javascript: URL.
    put("hostile/punctuation.txt", article(309) + "؟ { & ? › ۝ ““““““ ”\n")
    p = put("hostile/js_url.json", json.dumps({"text": article(310), "url": "javascript:alert(1)"},
                                              ensure_ascii=False))
    good.remove(str(p))
    good.append(f"{p}#0")
    # Hidden files are reported as ignored, not read; a link to a folder of the walk is not followed.
    (folder / "hostile/.hidden.txt").write_text(article(311), encoding="utf-8")
    noted[str(folder / "hostile/.hidden.txt")] = ("ignored", r"hidden file")
    (folder / "hostile/loop").symlink_to(folder / "hostile", target_is_directory=True)
    noted[str(folder / "hostile/loop")] = ("ignored", r"symbolic link to a folder inside the walked folder")


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "broken_corpus")
    b, g = build(target)
    print(f"{len(g)} good article(s), {len(b)} bad input(s) in {target}")
