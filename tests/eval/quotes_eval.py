#!/usr/bin/env python3
"""Scores lede's quotes against the PolNeAR attribution benchmark in shared/bench/quotes.

Runs `lede --raw --format jsonl FILE` on the text of every record of
polnear/dev.jsonl, keeps each quote's span and speaker name, checks that the
offsets point at the quote's text in the record, and calls the benchmark's
score.py three times: gold kinds direct, direct+mixed, and all.

Usage: tests/eval/quotes_eval.py --lede build/src/lede [--bench-dir ../shared/bench/quotes]
       [--split dev|train] [--limit N] [--pred out.jsonl] [--kinds direct,partial,indirect]
Rules are studied on the train split and checked on dev (the held-out test is scored like dev).
Development tool only: never run by the build or CI.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from lede_runner import BENCH_ROOT


def predict(lede, text, kinds):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([lede, "--raw", "--format", "jsonl", path], capture_output=True, text=True, timeout=60)
    finally:
        os.unlink(path)
    if out.returncode != 0 or not out.stdout.strip():
        print(f"lede failed: {out.stderr[:200]}", file=sys.stderr)
        return [], 0
    report = json.loads(out.stdout.strip().splitlines()[0])
    quotes, misaligned = [], 0
    for q in report.get("quotes") or []:
        if q.get("kind") not in kinds:
            continue
        s, e = q["start"], q["end"]
        if text[s:e] != q["text"]:
            misaligned += 1
        speaker = (q.get("speaker") or {}).get("name")
        quotes.append({"start": s, "end": e, "speaker": speaker, "kind": q.get("kind")})
    return quotes, misaligned


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lede", required=True)
    ap.add_argument("--bench-dir", default=os.path.join(BENCH_ROOT, "quotes"))
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pred", default="")
    ap.add_argument("--kinds", default="direct,partial,indirect")
    a = ap.parse_args()

    gold_path = os.path.join(a.bench_dir, "polnear", a.split + ".jsonl")
    records = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    if a.limit:
        records = records[:a.limit]
    kinds = set(a.kinds.split(","))
    pred_path = a.pred or tempfile.mktemp(suffix=".jsonl")
    gold_sub = tempfile.mktemp(suffix=".jsonl")
    misaligned = 0
    with open(pred_path, "w", encoding="utf-8") as pf, open(gold_sub, "w", encoding="utf-8") as gf:
        for r in records:
            quotes, bad = predict(a.lede, r["text"], kinds)
            misaligned += bad
            pf.write(json.dumps({"id": r["id"], "quotes": quotes}) + "\n")
            gf.write(json.dumps(r) + "\n")
    if misaligned:
        print(f"warning: {misaligned} quotes whose offsets do not match their text", file=sys.stderr)
    score = os.path.join(a.bench_dir, "score.py")
    for gold_kinds in ("direct", "direct,mixed", ""):
        print(f"== gold kinds: {gold_kinds or 'all'}", flush=True)
        cmd = [sys.executable, score, gold_sub, pred_path]
        if gold_kinds:
            cmd += ["--gold-kinds", gold_kinds]
        subprocess.run(cmd, check=False)


if __name__ == "__main__":
    main()
