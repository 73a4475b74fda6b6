"""NER speed on SaudiNewsNet text: marsad's tagger against a BERT-base token classifier.

    nice python -m benchmarks.ner [--articles 400] [--bert-articles 20] [--runs 3]

Both run pinned to one core on the same articles (BERT on the first `--bert-articles`
of them, since it is slow; tokens/s is what is compared). The BERT peer is
`transformers.BertForTokenClassification(BertConfig(num_labels=9))` with random weights
(the architecture and cost of CAMeLBERT/AraBERT), fed word-piece ids at 1.4 pieces a
word (typical for Arabic BERT vocabularies) in batches of 16 sequences of up to 128
pieces, under `torch.no_grad()` with one thread. Needs the `bench-bert` extra:
`pip install torch==2.13.0` first (the CPU wheel), then `pip install transformers`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from typing import Any

from benchmarks.harness import measure, one_core, shared_path

PIECES_PER_WORD = 1.4
SEQ_LEN = 128
BATCH = 16


def load_texts(n: int) -> list[str]:
    out = []
    with gzip.open(shared_path("data", "saudinewsnet", "saudinewsnet.jsonl.gz"), "rt", encoding="utf-8") as f:
        for ln in f:
            content = json.loads(ln).get("content") or ""
            if content.strip():
                out.append(content)
            if len(out) >= n:
                break
    return out


def line_ranges(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip())))
        pos += len(line)
    return out


def count_tokens(texts: list[str]) -> int:
    from marsad.ner.tokens import tokenize

    return sum(len(tokenize(t)) for t in texts)


def run_marsad(n: int) -> dict[str, Any]:
    one_core()
    from marsad.ner.article import tag_article
    from marsad.ner.crf import NerModel

    texts = load_texts(n)
    model = NerModel.default()
    t0, c0 = time.perf_counter(), time.process_time()
    mentions = 0
    for t in texts:
        mentions += len(tag_article(t, model, line_ranges(t), []))
    return {
        "mentions": mentions,
        "tag_seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - c0,
    }


def run_bert(n: int) -> dict[str, Any]:
    one_core()
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.set_num_threads(1)
    torch.manual_seed(0)
    model = BertForTokenClassification(BertConfig(num_labels=9)).eval()
    pieces = [int(count_tokens([t]) * PIECES_PER_WORD) for t in load_texts(n)]
    seqs: list[int] = []
    for p in pieces:  # each article cut into windows of SEQ_LEN pieces
        while p > 0:
            seqs.append(min(p, SEQ_LEN))
            p -= SEQ_LEN
    seqs.sort()
    t0, c0 = time.perf_counter(), time.process_time()
    with torch.no_grad():
        for i in range(0, len(seqs), BATCH):
            batch = seqs[i : i + BATCH]
            width = max(batch)
            ids = torch.randint(1000, 30000, (len(batch), width))
            mask = torch.tensor([[1] * L + [0] * (width - L) for L in batch])
            model(input_ids=ids, attention_mask=mask).logits.argmax(-1)
    return {
        "sequences": len(seqs),
        "tag_seconds": time.perf_counter() - t0,
        "cpu_seconds": time.process_time() - c0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--bert-articles", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-bert", action="store_true")
    a = ap.parse_args()
    tokens = count_tokens(load_texts(a.articles))
    m = measure("marsad ner (CRF)", run_marsad, (a.articles,), a.runs)
    mrate = tokens / m.extra["tag_seconds"]
    print(m.line(tokens, "tokens"), f"[{tokens:,} tokens, {a.articles} articles]")
    mcpu = tokens / m.extra["cpu_seconds"]
    print(f"  tagging only (model loaded): {mrate:,.0f} tokens/s wall, {mcpu:,.0f} tokens per CPU-second")
    if a.no_bert:
        return
    btokens = count_tokens(load_texts(a.bert_articles))
    b = measure("BERT-base token classifier", run_bert, (a.bert_articles,), a.runs)
    brate = btokens / b.extra["tag_seconds"]
    print(b.line(btokens, "tokens"), f"[{btokens:,} tokens, {a.bert_articles} articles]")
    bcpu = btokens / b.extra["cpu_seconds"]
    print(f"  inference only (model built): {brate:,.0f} tokens/s wall, {bcpu:,.0f} tokens per CPU-second")
    print(f"speed-up, tagging only: {mrate / brate:.0f}x wall, {mcpu / bcpu:.0f}x CPU")
    whole = m.rate(tokens) / b.rate(btokens)
    print(f"speed-up, whole runs (imports and model loading included): {whole:.0f}x")


if __name__ == "__main__":
    main()
