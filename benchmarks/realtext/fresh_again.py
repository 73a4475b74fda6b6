"""`fresh_sample again`: the items of a committed reading as a later run outputs them, to fill `after`.

    python3 -m benchmarks.realtext.fresh_sample again RUN --reading NAME --layer LAYER
        --records RECORDS.jsonl[.gz] --sheet SHEET.txt --rows ROWS.jsonl [--file READINGS]

Takes the rows of reading NAME from the readings file, finds each judged item in RUN (a `marsad
run` after the round's changes) by its line, offsets and type, and writes a sheet showing each
item as RUN outputs it now (its block as `fresh_items` draws it, the rows' verdicts and classes
before, a blank `after:` line) and ROWS: the committed rows with `after` null to fill, or "gone"
where RUN no longer outputs the item (no item of the layer at those offsets). The rows of a recall
reading (the reader's items, found or missed) are shown with their article and what RUN finds
there now, and a names row with its sentence (a name the reader added, or one no longer tagged),
never prefilled. The filled
rows go back with `fresh_sample add ROWS --after`, which sets `after` on the rows already there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from benchmarks.realtext.fresh_items import LAYERS, RECALL_LAYERS, Item, RunNames
from benchmarks.realtext.fresh_pool import fresh_articles, read_records
from benchmarks.realtext.fresh_readings import READINGS


def _spot(row: dict) -> tuple:
    return (row["line"], row.get("start"), row.get("end"), row.get("type"))


def _holds(item: Item, row: dict) -> bool:
    """A sentence item (id `line:start:end`) holds the row's offsets."""
    line, start, end = (int(x) for x in item.id.split(":"))
    return line == row["line"] and start <= row["start"] and row["end"] <= end


def again(run: Path, records: Sequence[dict], layer: str, rows: Sequence[dict]) -> tuple[str, list[dict]]:
    """The sheet of `rows`' items as `run` outputs them and the rows with `after` null or gone."""
    names = RunNames(run / "marsad.db")
    items: list[Item] = []
    for article in fresh_articles(run, records, {int(r["line"]) for r in rows}):
        items.extend(LAYERS[layer](article, names))
    at = {_spot(r): item for item in items for r in item.rows}
    # a timex or name whose type changed (DATE now TIME) is still its item; two events of one
    # span are two items
    loose = {} if layer == "events" else {_spot({**r, "type": None}): item for item in items
                                          for r in item.rows}
    whole = {item.line: item for item in items if item.id == str(item.line)}  # recall layers
    shown: dict[str, tuple[Item, list[int]]] = {}
    gone: list[int] = []
    out_rows: list[dict] = []
    for k, row in enumerate(rows):
        # a recall reading's rows are the reader's items: found again or not, the reader says
        recall = layer in RECALL_LAYERS or row.get("start") is None
        spot = _spot(row)
        item = whole.get(row["line"]) if recall else at.get(spot) or loose.get((*spot[:3], None))
        if item is None and layer == "names":  # a name the reader added, or one no longer tagged
            item = next((i for i in items if _holds(i, row)), None)
        if item is None:
            gone.append(k)
            out_rows.append({**row, "after": "gone"})
            continue
        shown.setdefault(item.id, (item, []))[1].append(k)
        out_rows.append({**row, "after": None})
    out = [f"# reading {rows[0]['reading'] if rows else '-'} again on {run}: {len(rows)} rows, "
           f"{len(gone)} gone; fill each row's after (right|wrong|not_a_quotation|gone)"]
    for number, (item, ks) in enumerate(shown.values(), 1):
        before = "\n".join(f"  row {k + 1} [{rows[k].get('start')}:{rows[k].get('end')}] "
                           f"{rows[k].get('type') or ''} before: {rows[k]['verdict']} | {rows[k]['class']}"
                           for k in ks)
        out.append(f"\n#{number} {item.block}\n{before}\n  after:")
    for k in gone:
        r = rows[k]
        out.append(f"\nrow {k + 1} line {r['line']} [{r.get('start')}:{r.get('end')}] {r.get('type') or ''}"
                   f" gone (before: {r['verdict']} | {r['class']})")
    return "\n".join(out) + "\n", out_rows


def main_again(argv: Sequence[str]) -> int:
    from benchmarks.realtext.fresh_sample import _fail, bad_inputs, run_parser, write_outputs

    ap = run_parser("fresh_sample again", __doc__)
    ap.add_argument("--reading", required=True)
    ap.add_argument("--file", type=Path, default=READINGS)
    args = ap.parse_args(argv)
    problem = bad_inputs(args, [args.records, args.file])
    if problem:
        return _fail(problem)
    lines = args.file.read_text(encoding="utf-8").splitlines()[1:]
    committed = [json.loads(ln) for ln in lines if ln.strip()]
    rows = [r for r in committed if r.get("reading") == args.reading]
    if not rows:
        return _fail(f"no rows of reading {args.reading!r} in {args.file}")
    text, out_rows = again(args.run, read_records(args.records), args.layer, rows)
    write_outputs(args, text, out_rows)
    gone = sum(r["after"] == "gone" for r in out_rows)
    print(f"{args.reading}: {len(out_rows)} rows, {gone} gone -> {args.sheet}, {args.rows}")
    return 0
