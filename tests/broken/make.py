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
    folder.mkdir(parents=True, exist_ok=True)
    bad: dict[str, str] = {}
    good: list[str] = []

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
    return bad, good


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "broken_corpus")
    b, g = build(target)
    print(f"{len(g)} good article(s), {len(b)} bad input(s) in {target}")
