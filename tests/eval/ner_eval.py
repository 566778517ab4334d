#!/usr/bin/env python3
"""Scores lede's entity mentions against the NER benchmarks in shared/bench/ner.

Runs `lede --raw --format jsonl FILE` on the text of every record of a
benchmark's dev.jsonl, turns each entity's mentions into typed spans, and
calls the benchmark's score.py (exact-match conlleval-style P/R/F1).
lede's types are mapped to the benchmark's: PERSON->PER, GPE->LOC; NORP,
EVENT, PRODUCT and MISC -> MISC (CoNLL-2003) or dropped (UNER, which has no MISC).

Usage: tests/eval/ner_eval.py --lede build/src/lede [--bench conll2003|uner-en-ewt]
       [--bench-dir ../shared/bench/ner] [--limit N] [--pred out.jsonl] [--ner-model FILE]
--ner-model passes a `lede train ner` model to lede, so its mentions come from the tagger.
Development tool only: never run by the build or CI.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from lede_runner import BENCH_ROOT

TYPE_MAP = "PERSON=PER,GPE=LOC,NORP=MISC,EVENT=MISC,PRODUCT=MISC"


def predict(lede, text, extra_args=()):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([lede, "--raw", "--format", "jsonl", *extra_args, path], capture_output=True,
                             text=True, timeout=60)
    finally:
        os.unlink(path)
    if out.returncode != 0 or not out.stdout.strip():
        print(f"lede failed: {out.stderr[:200]}", file=sys.stderr)
        return []
    report = json.loads(out.stdout.strip().splitlines()[0])
    spans = []
    for e in report.get("entities") or []:
        for m in e.get("mentions") or []:
            spans.append({"start": m["start"], "end": m["end"], "type": e["type"]})
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lede", required=True)
    ap.add_argument("--bench", default="conll2003")
    ap.add_argument("--bench-dir", default=os.path.join(BENCH_ROOT, "ner"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pred", default="")
    ap.add_argument("--ner-model", default="", help="model file passed to lede as --ner-model")
    a = ap.parse_args()
    extra_args = ["--ner-model", a.ner_model] if a.ner_model else []

    gold_path = os.path.join(a.bench_dir, a.bench, "dev.jsonl")
    records = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    if a.limit:
        records = records[:a.limit]
    pred_path = a.pred or tempfile.mktemp(suffix=".jsonl")
    gold_sub = tempfile.mktemp(suffix=".jsonl")
    with open(pred_path, "w", encoding="utf-8") as pf, open(gold_sub, "w", encoding="utf-8") as gf:
        for r in records:
            pf.write(json.dumps({"id": r["id"], "text": r["text"],
                                 "entities": predict(a.lede, r["text"], extra_args)}) + "\n")
            gf.write(json.dumps(r) + "\n")
    args = [sys.executable, os.path.join(a.bench_dir, "score.py"), gold_sub, pred_path,
            "--map", TYPE_MAP]
    if a.bench != "conll2003":
        args += ["--only", "PER,LOC,ORG"]
    sys.exit(subprocess.call(args))


if __name__ == "__main__":
    main()
