"""The import graph keeps the layers apart: domain folders never import each other, the
steps, the store, the report, the pipeline, the application or the CLI; the store imports
only the model (and itself); the report imports only the model and lang/ (it is handed rows
and records, runs no SQL and opens no database); SQL is written only under store/. Read from
the source (ast)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "marsad"
DOMAINS = ("ingest", "clean", "dates", "ner", "resolve", "events", "stories", "search")
SHELL = ("steps", "store", "report", "pipeline", "app", "exporting", "reading", "training", "cli", "web",
         "search_index")
_SQL = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE FROM|CREATE TABLE)\b")


def _imports(path: Path) -> set[str]:
    """The marsad modules a file imports (at any depth: lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("marsad"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("marsad"))
    return found


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("domain", DOMAINS)
def test_a_domain_imports_no_other_domain_and_no_shell(domain: str) -> None:
    bad = {f"{p.relative_to(PACKAGE)}: {m}" for p in _files(domain) for m in _imports(p)
           if _top(m) in (set(DOMAINS) | set(SHELL)) - {domain}}
    assert not bad, sorted(bad)


def _outside(files: list[Path], allowed: set[str]) -> set[str]:
    """`file: module` for each marsad module a file imports from outside `allowed` folders."""
    return {f"{p.relative_to(PACKAGE) if p.is_relative_to(PACKAGE) else p.name}: {m}"
            for p in files for m in _imports(p) if _top(m) not in allowed}


STORE_ALLOWED = {"model", "store"}
# Imports of the store from outside the model, each with its reason; the list only shrinks.
# entity_variants.norm is the key every name lookup matches with: it is made at write time for
# every spelling (earlier runs' too) with the one normalisation of lang/ (pure, no I/O), not
# with a function a caller passes in, so no writer can store a key the readers do not use.
STORE_EXCEPTIONS = {
    "store/sqlite.py: marsad.lang.normalize": "entity_variants.norm: the one normalisation, at write time",
}


def _excepted(found: str) -> str | None:
    """The exception (`file: module`) that covers an import `file: module[.name]`, if any."""
    return next((e for e in STORE_EXCEPTIONS if found == e or found.startswith(e + ".")), None)


def test_the_store_imports_only_the_model() -> None:
    found = _outside(_files("store"), STORE_ALLOWED)
    bad = {f for f in found if _excepted(f) is None}
    assert not bad, sorted(bad)
    stale = set(STORE_EXCEPTIONS) - {_excepted(f) for f in found}
    assert not stale, sorted(stale)  # an exception removed: drop it from the list


REPORT_ALLOWED = {"model", "lang", "report"}


def test_the_report_imports_only_the_model_and_lang() -> None:
    """report/ writes what it is handed: no store (so no SQL, no database), no domain, no shell."""
    assert _files("report")  # the check sees the package
    bad = _outside(_files("report"), REPORT_ALLOWED)
    assert not bad, sorted(bad)


def test_the_report_opens_no_database() -> None:
    bad = [str(p.relative_to(PACKAGE)) for p in _files("report")
           if any(isinstance(n, ast.Import) and any(a.name == "sqlite3" for a in n.names)
                  or isinstance(n, ast.ImportFrom) and n.module == "sqlite3"
                  for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))))]
    assert not bad, bad


@pytest.mark.parametrize(("folder", "allowed", "line", "caught"), [
    ("report", REPORT_ALLOWED, "from marsad.store.exports import stored_entity_records", True),
    ("report", REPORT_ALLOWED, "from marsad.stories.summary import summarize", True),
    ("report", REPORT_ALLOWED, "from marsad.model.dates import interval", False),
    ("store", STORE_ALLOWED, "from marsad.report.files import write_text_atomic", True),
    ("store", STORE_ALLOWED, "from marsad.ingest.duplicates import duplicate_of", True),
    ("store", STORE_ALLOWED, "from marsad.model.duplicates import duplicate_of", False),
])
def test_the_layer_checks_see_a_bad_import(tmp_path: Path, folder: str, allowed: set[str], line: str,
                                           caught: bool) -> None:
    bad = tmp_path / f"{folder}_bad.py"
    bad.write_text(f"def f():\n    {line}\n", encoding="utf-8")
    assert bool(_outside([bad], allowed)) is caught


@pytest.mark.parametrize("front", ["cli", "web"])
def test_a_front_end_imports_no_domain(front: str) -> None:
    """The CLI and the web application parse, query and show: they reach the domains through
    `app`, `reading` and `training` only."""
    bad = {f"{p.relative_to(PACKAGE)}: {m}" for p in _files(front) for m in _imports(p)
           if _top(m) in DOMAINS}
    assert not bad, sorted(bad)


def test_sql_is_written_only_in_the_store() -> None:
    def has_sql(p: Path) -> bool:
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)  # type: ignore[attr-defined]
                if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                   and _SQL.search(n.value) for n in ast.walk(tree))

    bad = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
           if "store" not in p.relative_to(PACKAGE).parts and has_sql(p)]
    assert not bad, bad


def test_the_check_can_see_a_bad_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from marsad.store.sqlite import connect\n", encoding="utf-8")
    assert "marsad.store.sqlite" in _imports(bad)


# A word regex written outside lang/words.py: a Unicode letter/digit class or Python's
# alphanumeric class. `lang/words.py` holds the one scanner and its named variants.
_WORD_CLASS = re.compile(r"\\p\{\{?[LMN]|\[\^\\W_\]|\[\\w")
WORD_SCANNER = Path("lang") / "words.py"
# Patterns that use a letter class as a boundary inside a larger pattern, not as a word
# scanner; they could take the fragments of lang/words.py (LETTER, LETTER_OR_DIGIT) in a later change.
WORD_CLASS_EXCEPTIONS = {
    Path("dates") / "date_names.py": "a name alternation bounded by (?![\\p{L}\\p{N}]), built per lexicon",
    Path("dates") / "reference.py": "the hedge and reference-word pattern, built from the lexicon",
    Path("search") / "highlight.py": "the query pattern bounded by (?<![^\\W_]), built per query",
}


def _word_classes(path: Path) -> list[str]:
    """The string constants of `path` (docstrings too) that hold a word class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and _WORD_CLASS.search(n.value)]


def test_no_domain_module_compiles_its_own_word_regex() -> None:
    found = {p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if _word_classes(p)}
    bad = found - {WORD_SCANNER} - set(WORD_CLASS_EXCEPTIONS)
    assert not bad, sorted(map(str, bad))
    assert WORD_SCANNER in found  # the check sees the scanner's own classes
    stale = set(WORD_CLASS_EXCEPTIONS) - found
    assert not stale, sorted(map(str, stale))  # an exception removed: drop it from the list


def test_the_check_can_see_a_word_regex(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('import re, regex\nA = regex.compile(r"[\\p{L}\\p{N}]+")\nB = re.compile(r"[^\\W_]+")\n'
                   'C = regex.compile(rf"(?<!\\p{{L}})x")\n', encoding="utf-8")
    assert len(_word_classes(bad)) == 3
