#!/usr/bin/env python3
"""Scores lede's HTML article extraction on the shared benchmark's dev pages.

Usage:
    extraction_eval.py LEDE_BINARY [--bench DIR] [--out PRED.json] [--verbose]

Runs `LEDE_BINARY --format jsonl PAGE...` over DIR/dev/*.html (one process,
pages in batches), collects each page's "text" as {id: {"articleBody": text}},
writes it to --out (default: a temporary file), then runs DIR/score.py on it
and prints its summary (F1 is the headline number) and the pages per second.
A page whose output is missing or unparsable scores as empty.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from lede_runner import BENCH_ROOT, reports_by_path

BATCH = 40  # pages per lede process: keeps command lines short


def run_lede(binary, pages):
    """Returns {page path: text} from lede's JSON-lines output."""
    reports = reports_by_path(binary, pages, [], BATCH)
    return {path: report.get("text") or "" for path, report in reports.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--bench", default=os.path.join(BENCH_ROOT, "extraction"))
    ap.add_argument("--out", help="where to write the predictions JSON")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()

    dev = os.path.join(args.bench, "dev")
    pages = sorted(os.path.join(dev, f) for f in os.listdir(dev) if f.endswith(".html"))
    started = time.monotonic()
    texts = run_lede(args.binary, pages)
    elapsed = time.monotonic() - started
    pred = {os.path.basename(p)[:-len(".html")]: {"articleBody": texts.get(p, "")} for p in pages}

    out = args.out or os.path.join(tempfile.mkdtemp(prefix="lede-eval-"), "pred.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(pred, fh, ensure_ascii=False)
    cmd = [sys.executable, os.path.join(args.bench, "score.py"),
           os.path.join(dev, "dev-ground-truth.json"), out]
    if args.verbose:
        cmd.append("--verbose")
    result = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    print(f"pages      {len(pages)} in {elapsed:.2f} s "
          f"({len(pages) / elapsed if elapsed > 0 else 0:.0f} pages/s, including process start)")
    print(f"predictions written to {out}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
