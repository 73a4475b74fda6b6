"""A dev ruler for dates: SaudiNewsNet articles drawn across the 14 outlets, annotated for dates
only, blind (before marsad ran on them). Dev only; never a test figure.

    python3 -m benchmarks.realtext.timex_dev draw [--seed 21] [--n 25] > draw.jsonl
    python3 -m benchmarks.realtext.timex_dev compile work/ --draw draw.jsonl
    python3 -m benchmarks.realtext.timex_dev score [--keep DIR] [--errors] [--neighbours]

The benchmark (`python3 -m benchmarks.realtext`, record form and original layout) prints it as
"timex, dev extra", and `python3 -m benchmarks.realtext.errors KEEP --gold timex-dev --layer timex`
lists its errors.

The real-text gold's dev split shows none of the timex misses its test split has (dev recall
1.000), so work on dates had no ruler. For each source (in name order) the records with text,
less every article of the real-text gold, the events-dev, junk-dev and quotes-dev golds and the
older events and timex golds, are shuffled with a generator seeded by `seed:timex-dev:SOURCE`;
then `n` are taken one source at a time in turn. Nothing about dates steers the draw. The
annotated region is the first `REGION_CHARS` characters (to a sentence end). Work files are
those of the real-text gold (`docs/realtext-annotation.md`, Dates) holding `lines` (junk lines,
so predictions there are not counted), `published` (the day timexes were resolved against; a
list when two days are possible) and `timexes`; the compiled rows carry no text, and empty
mentions, events and quotes, so `gold.load(TIMEX_DEV)` reads them back hash-checked.
Later batches are drawn with `draw --batch N` and compiled with `compile work/ --draw draw.jsonl
--batch N` into their own file (`BATCHES`); timex-dev-7 (`draw --batch 7 --n 20`, seed 27) was
annotated blind in round 14, held out, and is dev since round 16; timex-dev-8 (`draw --batch 8 --n
20`, seed 28, less line 1106, withdrawn to events-dev-fresh10) was annotated blind in round 15, held
out, and is dev since round 17; timex-dev-9 (`draw --batch 9 --n 20`, seed 29) was annotated blind in
round 16, held out, and is dev since round 18; timex-dev-10 (`draw --batch 10 --n 20`, seed 30) was annotated
blind in round 17, held out, and is dev since round 19; timex-dev-11 (`draw --batch 11 --n 20`, seed 31) was
annotated blind in round 18 (66 dates in 20 articles), held out, and is dev since round 20; timex-dev-12
(`draw --batch 12 --n 20`, seed 32) was annotated blind in round 19 (59 dates in 20 articles), held out, and
is dev since round 21; timex-dev-13 (`draw --batch 13 --n 20`, seed 33) was annotated blind in round 20 (75
dates in 20 articles), held out, and is dev since round 22; timex-dev-14 (`draw --batch 14 --n 20`, seed 34)
was annotated blind in round 21 (72 dates in 20 articles), held out, and is dev since round 23; timex-dev-15
(`draw --batch 15 --n 20`, seed 35) was annotated blind in round 22 (92 dates in 20 articles), held out, and
is dev since round 24; timex-dev-16 (`draw --batch 16 --n 20`, seed 36) was annotated blind in round 23 (58
dates in 20 articles), held out, and is dev since round 30; timex-dev-17 (`draw --batch 17 --n 20`, seed 37)
was annotated blind in round 24 (90 dates in 20 articles), held out, and is dev since round 30; timex-dev-18
(`draw --batch 18 --n 20`, seed 38) was annotated blind in round 30 (55 dates in 20 articles), held out, and
is dev since round 32; timex-dev-19 (`draw --batch 19 --n 20`, seed 39) was annotated blind in round 32 (74
dates in 20 articles), held out, and is dev since round 34; timex-dev-20 (`draw --batch 20 --n 20`, seed 40)
was annotated blind in round 34 (50 dates in 20 articles), held out, and is dev since round 36; timex-dev-21
(`draw --batch 21 --n 20`, seed 42: seed 41's draw took line 10647, which events-dev-fresh24 drew at the
same time, so the next seed was taken before anyone read either) was annotated blind in round 36 (58 dates
in 20 articles), held out, and is dev since round 38; timex-dev-22 (`draw --batch 22 --n 20`, seed 44) was
annotated blind in round 38 (67 dates in 20 articles), held out, and is dev since round 40; timex-dev-23
(`draw --batch 23 --n 20`, seed 46) was annotated blind in round 40 (72 dates in 20 articles), held out, and
is dev since round 42; timex-dev-24 (`draw --batch 24 --n 20`, seed 48) was annotated blind in round 42 (64
dates in 15 of the 20 articles), held out, and is dev since round 44; timex-dev-25 (`draw --batch 25 --n 20`,
seed 50) was annotated blind in round 44 (56 dates in 16 of the 20 articles), held out, and is dev since round
46; timex-dev-26 (`draw --batch 26 --n 20`, seed 52) was annotated blind in round 46 (46 dates in 14 of the
20 articles), held out, and is dev since round 48; timex-dev-27 (`draw --batch 27 --n 20`, seed 54) was
annotated blind in round 48 (69 dates in 17 of the 20 articles), held out, and is dev since round 50;
timex-dev-28 (`draw --batch 28 --n 20`, seed 56) was annotated blind in round 50 (49 dates in 17 of the 20
articles), held out, and is dev since round 52; timex-dev-29 (`draw --batch 29 --n 20`, seed 58) was
annotated blind in round 52 and is held out.

`score` runs marsad (record form, original layout) on the rows and prints span precision and
recall by overlap and value accuracy, as the benchmark's timex layer does; `--errors` lists the
misses, false alarms and wrong values (dev only); `--neighbours` runs the batch's outlet neighbours
beside it (`timex_neighbours`, never scored), as the benchmark's `--timex-neighbours` does.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from benchmarks.realtext import measure
from benchmarks.realtext.annotate import compile_rows, partial_row
from benchmarks.realtext.draw import SNN, by_source, drawn, read_records, round_robin
from benchmarks.realtext.draw_order import draw_skip
from benchmarks.realtext.gold import load

ROOT = Path(__file__).resolve().parents[2]
TIMEX_DEV = ROOT / "tests" / "data" / "realtext" / "timex_dev.jsonl"
TIMEX_DEV_2 = ROOT / "tests" / "data" / "realtext" / "timex_dev_2.jsonl"
TIMEX_DEV_3 = ROOT / "tests" / "data" / "realtext" / "timex_dev_3.jsonl"
TIMEX_DEV_4 = ROOT / "tests" / "data" / "realtext" / "timex_dev_4.jsonl"
TIMEX_DEV_5 = ROOT / "tests" / "data" / "realtext" / "timex_dev_5.jsonl"
TIMEX_DEV_6 = ROOT / "tests" / "data" / "realtext" / "timex_dev_6.jsonl"
TIMEX_DEV_7 = ROOT / "tests" / "data" / "realtext" / "timex_dev_7.jsonl"
TIMEX_DEV_8 = ROOT / "tests" / "data" / "realtext" / "timex_dev_8.jsonl"
TIMEX_DEV_9 = ROOT / "tests" / "data" / "realtext" / "timex_dev_9.jsonl"
TIMEX_DEV_10 = ROOT / "tests" / "data" / "realtext" / "timex_dev_10.jsonl"
TIMEX_DEV_11 = ROOT / "tests" / "data" / "realtext" / "timex_dev_11.jsonl"
TIMEX_DEV_12 = ROOT / "tests" / "data" / "realtext" / "timex_dev_12.jsonl"
TIMEX_DEV_13 = ROOT / "tests" / "data" / "realtext" / "timex_dev_13.jsonl"
TIMEX_DEV_14 = ROOT / "tests" / "data" / "realtext" / "timex_dev_14.jsonl"
TIMEX_DEV_15 = ROOT / "tests" / "data" / "realtext" / "timex_dev_15.jsonl"
TIMEX_DEV_16 = ROOT / "tests" / "data" / "realtext" / "timex_dev_16.jsonl"
TIMEX_DEV_17 = ROOT / "tests" / "data" / "realtext" / "timex_dev_17.jsonl"
TIMEX_DEV_18 = ROOT / "tests" / "data" / "realtext" / "timex_dev_18.jsonl"
TIMEX_DEV_19 = ROOT / "tests" / "data" / "realtext" / "timex_dev_19.jsonl"
TIMEX_DEV_20 = ROOT / "tests" / "data" / "realtext" / "timex_dev_20.jsonl"
TIMEX_DEV_21 = ROOT / "tests" / "data" / "realtext" / "timex_dev_21.jsonl"
TIMEX_DEV_22 = ROOT / "tests" / "data" / "realtext" / "timex_dev_22.jsonl"
TIMEX_DEV_23 = ROOT / "tests" / "data" / "realtext" / "timex_dev_23.jsonl"
TIMEX_DEV_24 = ROOT / "tests" / "data" / "realtext" / "timex_dev_24.jsonl"
TIMEX_DEV_25 = ROOT / "tests" / "data" / "realtext" / "timex_dev_25.jsonl"
TIMEX_DEV_26 = ROOT / "tests" / "data" / "realtext" / "timex_dev_26.jsonl"
TIMEX_DEV_27 = ROOT / "tests" / "data" / "realtext" / "timex_dev_27.jsonl"
TIMEX_DEV_28 = ROOT / "tests" / "data" / "realtext" / "timex_dev_28.jsonl"
TIMEX_DEV_29 = ROOT / "tests" / "data" / "realtext" / "timex_dev_29.jsonl"
STRATUM = "timex-dev"
# batch: (gold file, stratum, seed). A later batch's draw leaves out every earlier one; each is
# scored and reported apart, the later ones first as a held-out estimate (drawn and annotated
# before any change tuned on them).
BATCHES = {
    1: (TIMEX_DEV, STRATUM, 21),
    2: (TIMEX_DEV_2, "timex-dev-2", 22),
    3: (TIMEX_DEV_3, "timex-dev-3", 23),
    4: (TIMEX_DEV_4, "timex-dev-4", 24),
    5: (TIMEX_DEV_5, "timex-dev-5", 25),
    6: (TIMEX_DEV_6, "timex-dev-6", 26),
    7: (TIMEX_DEV_7, "timex-dev-7", 27),
    8: (TIMEX_DEV_8, "timex-dev-8", 28),
    9: (TIMEX_DEV_9, "timex-dev-9", 29),
    10: (TIMEX_DEV_10, "timex-dev-10", 30),
    11: (TIMEX_DEV_11, "timex-dev-11", 31),
    12: (TIMEX_DEV_12, "timex-dev-12", 32),
    13: (TIMEX_DEV_13, "timex-dev-13", 33),
    14: (TIMEX_DEV_14, "timex-dev-14", 34),
    15: (TIMEX_DEV_15, "timex-dev-15", 35),
    16: (TIMEX_DEV_16, "timex-dev-16", 36),
    17: (TIMEX_DEV_17, "timex-dev-17", 37),
    18: (TIMEX_DEV_18, "timex-dev-18", 38),
    19: (TIMEX_DEV_19, "timex-dev-19", 39),
    20: (TIMEX_DEV_20, "timex-dev-20", 40),
    21: (TIMEX_DEV_21, "timex-dev-21", 42),
    22: (TIMEX_DEV_22, "timex-dev-22", 44),
    23: (TIMEX_DEV_23, "timex-dev-23", 46),
    24: (TIMEX_DEV_24, "timex-dev-24", 48),
    25: (TIMEX_DEV_25, "timex-dev-25", 50),
    26: (TIMEX_DEV_26, "timex-dev-26", 52),
    27: (TIMEX_DEV_27, "timex-dev-27", 54),
    28: (TIMEX_DEV_28, "timex-dev-28", 56),
    29: (TIMEX_DEV_29, "timex-dev-29", 58),
}
# Batches annotated blind and kept as held-out estimates: scored by the benchmark (figures only),
# their errors never listed (`benchmarks.realtext.errors`). timex-dev-4 was held out for two rounds
# (value 0.767 on caa1c55) and is dev since round 10; timex-dev-5 was held out for two rounds (value
# 0.621 on 125763f) and is dev since round 11; timex-dev-6 (drawn and annotated blind in round 10)
# was held out for four rounds (value 0.705 on e430ab7) and is dev since round 15; timex-dev-7 (drawn
# with `draw --batch 7 --n 20`, annotated blind in round 14) was held out for two rounds (value 0.727 on
# 5eb0e44) and is dev since round 16; timex-dev-8 (round 15) was held out for two rounds (value 0.844 on
# 700d5fe) and is dev since round 17; timex-dev-9 (round 16) was held out for two rounds (value 0.684 on
# 0dfe2de) and is dev since round 18; timex-dev-10 (round 17) was held out for two rounds (value 0.759 on
# a12fc69) and is dev since round 19; timex-dev-11 (round 18) was held out for two rounds (value 0.682 on
# 49ec6bd) and is dev since round 20; timex-dev-12 (round 19) was held out for two rounds (value 0.847 on
# 27dafd4) and is dev since round 21; timex-dev-13 (round 20) was held out for two rounds (value 0.747 on
# d07f080) and is dev since round 22; timex-dev-14 (round 21) was held out for two rounds (value 0.847 on
# 25344ed) and is dev since round 23; timex-dev-15 (round 22) was held out for two rounds (value 0.837 on
# 59f6e01) and is dev since round 24; timex-dev-16 (round 23) and timex-dev-17 (round 24) were held out
# for five rounds (values 0.862 and 0.844 on 3c99bb1) and are dev since round 30; timex-dev-18 (round 30)
# was held out for two rounds (value 0.727 on a5e240c) and is dev since round 32; timex-dev-19 (round 32)
# was held out for two rounds (value 0.797 on 40c5fc2) and is dev since round 34; timex-dev-20 (round 34)
# was held out for two rounds (value 0.840 on eadf967) and is dev since round 36; timex-dev-21 (round 36)
# was held out for two rounds (value 0.845 on 5ed9b8d3) and is dev since round 38; timex-dev-22 (round 38)
# was held out for two rounds (value 0.851 on 2c03c314) and is dev since round 40; timex-dev-23 (round 40)
# was held out for two rounds (value 0.750 on f16f8f24) and is dev since round 42; timex-dev-24 (round 42)
# was held out for two rounds (value 0.703 on 5a873e5d) and is dev since round 44; timex-dev-25 (round 44)
# was held out for two rounds (value 0.929 on fd37a2f1) and is dev since round 46; timex-dev-26 (round 46)
# was held out for two rounds (value 0.935 on a21c38e4) and is dev since round 48; timex-dev-27 (round 48)
# was held out for two rounds (value 0.884 on c8eaec54) and is dev since round 50; timex-dev-28 (round 50)
# was held out for two rounds (value 0.837 on 56c0f8c1) and is dev since round 52; timex-dev-29 (round 52)
# is held out.
HELD_OUT_STRATA = frozenset({"timex-dev-29"})
REGION_CHARS = 1500
ABOUT = (
    "Dates-only dev gold: SaudiNewsNet articles (../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, "
    "0-based line) drawn by `python3 -m benchmarks.realtext.timex_dev draw` (seed 21, 25 articles taken "
    "source by source in turn, less every article of gold.jsonl, events_dev.jsonl, junk_dev.jsonl, "
    "quotes_dev.jsonl and the older events and timex golds); dates annotated by reading under "
    "docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against `published`. "
    "Dev only. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)

ABOUT_2 = (
    "Dates-only dev gold, second batch (stratum timex-dev-2): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 2` (seed 22, 25 articles taken source by source in turn, "
    "less every article of gold.jsonl, events_dev.jsonl, junk_dev.jsonl, quotes_dev.jsonl, timex_dev.jsonl "
    "and the older events and timex golds); dates annotated by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Dev only; scored apart from the first "
    "batch. Mentions, events and quotes are not annotated. Offsets are code points into the record's "
    "`content`; no text is stored."
)
ABOUT_3 = (
    "Dates-only dev gold, third batch (stratum timex-dev-3): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 3` (seed 23, 25 articles taken source by source in turn, "
    "less every article annotated before it per benchmarks/realtext/draw_order.py, the first two timex "
    "batches included); dates annotated by reading under docs/realtext-annotation.md (Dates) before "
    "marsad ran on them, resolved against `published`. Dev only; scored apart from the earlier batches "
    "(its first score is a held-out estimate). Mentions, events and quotes are not annotated. Offsets "
    "are code points into the record's `content`; no text is stored."
)
ABOUT_4 = (
    "Dates-only dev gold, fourth batch (stratum timex-dev-4): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 4` (seed 24, 25 articles taken source by source in turn, "
    "less every article annotated before it per benchmarks/realtext/draw_order.py, the first three timex "
    "batches included); dates annotated by reading under docs/realtext-annotation.md (Dates) before "
    "marsad ran on them, resolved against `published`. Dev only; scored apart from the earlier batches "
    "(its first score is a held-out estimate). Mentions, events and quotes are not annotated. Offsets "
    "are code points into the record's `content`; no text is stored."
)
ABOUT_5 = (
    "Dates-only dev gold, fifth batch (stratum timex-dev-5): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 5 --n 20` (seed 25, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first four "
    "timex batches included); dates annotated by reading under docs/realtext-annotation.md (Dates) before "
    "marsad ran on them, resolved against `published`. Held out for two rounds (first score, value 0.621 on "
    "125763f), dev since round 11. Mentions, events and quotes are not annotated. "
    "Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_6 = (
    "Dates-only dev gold, sixth batch (stratum timex-dev-6): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 6 --n 20` (seed 26, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first five "
    "timex batches included); dates annotated by reading under docs/realtext-annotation.md (Dates) before "
    "marsad ran on them, resolved against `published`. Held out: scored apart (figures only, its errors "
    "never listed); its first score is a held-out estimate. Mentions, events and quotes are not annotated. "
    "Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_7 = (
    "Dates-only dev gold, seventh batch (stratum timex-dev-7): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 7 --n 20` (seed 27, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first six "
    "timex batches included); dates annotated by reading under docs/realtext-annotation.md (Dates) before "
    "marsad ran on them, resolved against `published`. Held out: scored apart (figures only, its errors "
    "never listed); its first score is a held-out estimate. Mentions, events and quotes are not annotated. "
    "Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_8 = (
    "Dates-only dev gold, eighth batch (stratum timex-dev-8): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 8 --n 20` (seed 28, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first seven "
    "timex batches included); line 1106 was withdrawn (events-dev-fresh10 drew it at the same time and "
    "keeps it), so 19 articles. Dates annotated by reading under docs/realtext-annotation.md (Dates) before "
    "marsad ran on them, resolved against `published`. Held out: scored apart (figures only, its errors "
    "never listed); its first score is a held-out estimate. Mentions, events and quotes are not annotated. "
    "Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_9 = (
    "Dates-only dev gold, ninth batch (stratum timex-dev-9): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 9 --n 20` (seed 29, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first eight "
    "timex batches included). Dates annotated blind in round 16 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_10 = (
    "Dates-only dev gold, tenth batch (stratum timex-dev-10): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 10 --n 20` (seed 30, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first nine "
    "timex batches included). Dates annotated blind in round 17 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_11 = (
    "Dates-only dev gold, eleventh batch (stratum timex-dev-11): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 11 --n 20` (seed 31, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first ten "
    "timex batches included). Dates annotated blind in round 18 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_12 = (
    "Dates-only dev gold, twelfth batch (stratum timex-dev-12): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 12 --n 20` (seed 32, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first eleven "
    "timex batches included). Dates annotated blind in round 19 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_13 = (
    "Dates-only dev gold, thirteenth batch (stratum timex-dev-13): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 13 --n 20` (seed 33, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first twelve "
    "timex batches included). Dates annotated blind in round 20 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_14 = (
    "Dates-only dev gold, fourteenth batch (stratum timex-dev-14): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 14 --n 20` (seed 34, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first thirteen "
    "timex batches included). Dates annotated blind in round 21 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_15 = (
    "Dates-only dev gold, fifteenth batch (stratum timex-dev-15): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 15 --n 20` (seed 35, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first fourteen "
    "timex batches included). Dates annotated blind in round 22 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_16 = (
    "Dates-only dev gold, sixteenth batch (stratum timex-dev-16): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 16 --n 20` (seed 36, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first fifteen "
    "timex batches included). Dates annotated blind in round 23 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_17 = (
    "Dates-only dev gold, seventeenth batch (stratum timex-dev-17): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 17 --n 20` (seed 37, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first sixteen "
    "timex batches included). Dates annotated blind in round 24 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_18 = (
    "Dates-only dev gold, eighteenth batch (stratum timex-dev-18): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 18 --n 20` (seed 38, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first seventeen "
    "timex batches included). Dates annotated blind in round 30 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_19 = (
    "Dates-only dev gold, nineteenth batch (stratum timex-dev-19): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 19 --n 20` (seed 39, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first eighteen "
    "timex batches included). Dates annotated blind in round 32 by reading under docs/realtext-annotation.md "
    "(Dates) before marsad ran on them, resolved against `published`. Held out: scored apart (figures only, "
    "its errors never listed); its first score is a held-out estimate. Mentions, events and quotes are not "
    "annotated. Offsets are code points into the record's `content`; no text is stored."
)
ABOUT_20 = (
    "Dates-only dev gold, twentieth batch (stratum timex-dev-20): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 20 --n 20` (seed 40, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first nineteen "
    "timex batches included, and their twins and near twins). Dates annotated blind in round 34 by reading "
    "under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against `published`. Held "
    "out: scored apart (figures only, its errors never listed); its first score is a held-out estimate. "
    "Mentions, events and quotes are not annotated. Offsets are code points into the record's `content`; no "
    "text is stored."
)
ABOUT_21 = (
    "Dates-only dev gold, twenty-first batch (stratum timex-dev-21): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 21 --n 20` (seed 42, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first twenty "
    "timex batches included, and their twins and near twins). Dates annotated blind in round 36 by reading "
    "under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against `published`. Held "
    "out: scored apart (figures only, its errors never listed); its first score is a held-out estimate. "
    "Mentions, events and quotes are not annotated. Offsets are code points into the record's `content`; no "
    "text is stored."
)
ABOUT_22 = (
    "Dates-only dev gold, twenty-second batch (stratum timex-dev-22): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 22 --n 20` (seed 44, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-one timex batches included, and their twins and near twins). Dates annotated blind in round 38 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_23 = (
    "Dates-only dev gold, twenty-third batch (stratum timex-dev-23): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 23 --n 20` (seed 46, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-two timex batches included, and their twins and near twins). Dates annotated blind in round 40 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_24 = (
    "Dates-only dev gold, twenty-fourth batch (stratum timex-dev-24): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 24 --n 20` (seed 48, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-three timex batches included, and their twins and near twins). Dates annotated blind in round 42 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_25 = (
    "Dates-only dev gold, twenty-fifth batch (stratum timex-dev-25): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 25 --n 20` (seed 50, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-four timex batches included, and their twins and near twins). Dates annotated blind in round 44 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_26 = (
    "Dates-only dev gold, twenty-sixth batch (stratum timex-dev-26): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 26 --n 20` (seed 52, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-five timex batches included, and their twins and near twins). Dates annotated blind in round 46 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_27 = (
    "Dates-only dev gold, twenty-seventh batch (stratum timex-dev-27): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 27 --n 20` (seed 54, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-six timex batches included, and their twins and near twins). Dates annotated blind in round 48 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_28 = (
    "Dates-only dev gold, twenty-eighth batch (stratum timex-dev-28): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 28 --n 20` (seed 56, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-seven timex batches included, and their twins and near twins). Dates annotated blind in round 50 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_29 = (
    "Dates-only dev gold, twenty-ninth batch (stratum timex-dev-29): SaudiNewsNet articles "
    "(../shared/data/saudinewsnet/saudinewsnet.jsonl.gz, 0-based line) drawn by `python3 -m "
    "benchmarks.realtext.timex_dev draw --batch 29 --n 20` (seed 58, 20 articles taken source by source in "
    "turn, less every article annotated before it per benchmarks/realtext/draw_order.py, the first "
    "twenty-eight timex batches included, and their twins and near twins). Dates annotated blind in round 52 "
    "by reading under docs/realtext-annotation.md (Dates) before marsad ran on them, resolved against "
    "`published`. Held out: scored apart (figures only, its errors never listed); its first score is a "
    "held-out estimate. Mentions, events and quotes are not annotated. Offsets are code points into the "
    "record's `content`; no text is stored."
)
ABOUT_OF = {
    1: ABOUT, 2: ABOUT_2, 3: ABOUT_3, 4: ABOUT_4, 5: ABOUT_5, 6: ABOUT_6, 7: ABOUT_7, 8: ABOUT_8, 9: ABOUT_9,
    10: ABOUT_10, 11: ABOUT_11, 12: ABOUT_12, 13: ABOUT_13, 14: ABOUT_14,
    15: ABOUT_15, 16: ABOUT_16, 17: ABOUT_17, 18: ABOUT_18, 19: ABOUT_19, 20: ABOUT_20,
    21: ABOUT_21, 22: ABOUT_22, 23: ABOUT_23, 24: ABOUT_24, 25: ABOUT_25, 26: ABOUT_26,
    27: ABOUT_27, 28: ABOUT_28, 29: ABOUT_29,
}


def draw(records: list[dict], seed: int, n: int, skip: set[int], stratum: str = STRATUM) -> list[dict]:
    pool = by_source(records, skip)
    queues = []
    for source in sorted(pool):
        lines = list(pool[source])
        random.Random(f"{seed}:{STRATUM}:{source}").shuffle(lines)
        queues.append(lines[::-1])  # round_robin takes from the end: the shuffled order's head first
    return [drawn(records, ln, "dev", stratum, REGION_CHARS) for ln in round_robin(queues, n)]


def _timex_row(d: dict, row: dict) -> dict:
    return {**partial_row(d, row["segments"]), "published": row["published"], "timexes": row["timexes"]}


def score(keep: Path | None, errors: bool, batch: int = 1, neighbours: bool = False) -> dict:
    """Run marsad on batch `batch` and print its figures (and, with `errors`, its errors); with
    `neighbours`, the batch's outlet neighbours (`timex_neighbours`) are run after it, never scored,
    as in a whole-corpus run: an article dated only by its fetch day meets the numbered pages that
    date it (`steps.writing_days`). Without `keep`, the run goes to a temporary folder removed once
    scored (every scoring used to leave a `timex-dev-*` folder behind)."""
    if keep is not None:
        return _score_in(keep, errors, batch, neighbours)
    with tempfile.TemporaryDirectory(prefix="timex-dev-") as work:
        return _score_in(Path(work), errors, batch, neighbours)


def _score_in(work: Path, errors: bool, batch: int, neighbours: bool) -> dict:
    from benchmarks.realtext.runs import run_form
    from benchmarks.realtext.timex_neighbours import outlet_neighbours

    path, stratum, _ = BATCHES[batch]
    gold = load(path)
    beside = outlet_neighbours(gold) if neighbours else None
    pairs = run_form(gold, "record", "orig", work / stratum, beside)
    r = measure.timexes(pairs)
    print(
        "{stratum} ({n} articles): span P / R (pred, gold): {p:.3f} / {r:.3f} ({pred}, {gold}); "
        "value {value_accuracy:.3f}".format(stratum=stratum, n=len(gold), **r)
    )
    if errors:
        for pr in pairs:
            content = pr.gold.content
            preds = pr.spans("timexes")
            for g in pr.gold.timexes:
                hit = [t for t in preds if measure.overlaps(t["start"], t["end"], g.start, g.end)]
                if not hit:
                    print(f"MISS  {pr.gold.line} {content[g.start:g.end]!r} {g.values}")
                elif not measure.value_right(g.values, hit):
                    got = [(content[t['start']:t['end']], t.get("value")) for t in hit]
                    print(f"VALUE {pr.gold.line} {content[g.start:g.end]!r} {g.values} got {got}")
            for t in pr.scoped("timexes"):
                if not any(measure.overlaps(t["start"], t["end"], g.start, g.end) for g in pr.gold.timexes):
                    print(f"FALSE {pr.gold.line} {content[t['start']:t['end']]!r} {t.get('value')}")
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--batch", type=int, choices=sorted(BATCHES), default=1)
    d.add_argument("--n", type=int, default=25)
    c = sub.add_parser("compile")
    c.add_argument("work", type=Path)
    c.add_argument("--draw", type=Path, required=True)
    c.add_argument("--batch", type=int, choices=sorted(BATCHES), default=1)
    s = sub.add_parser("score")
    s.add_argument("--batch", type=int, choices=sorted(BATCHES), default=1)
    s.add_argument("--keep", type=Path, default=None)
    s.add_argument("--errors", action="store_true")
    s.add_argument("--neighbours", action="store_true",
                   help="run the batch's outlet neighbours beside it (never scored)")
    args = ap.parse_args(argv)
    if not SNN.exists():
        print(f"needs {SNN} (../shared beside the checkout)", file=sys.stderr)
        return 2
    path, stratum, seed = BATCHES[args.batch]
    if args.cmd == "draw":
        records = read_records()
        for row in draw(records, seed, args.n, draw_skip(stratum, records), stratum):
            print(json.dumps(row))
        return 0
    if args.cmd == "score":
        score(args.keep, args.errors, args.batch, args.neighbours)
        return 0
    return compile_rows(args.work, args.draw, path, ABOUT_OF[args.batch], _timex_row)


if __name__ == "__main__":
    sys.exit(main())
