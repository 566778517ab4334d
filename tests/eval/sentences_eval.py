#!/usr/bin/env python3
"""Scores lede's sentence splitter on the shared sentence-boundary benchmark (dev).

Usage:
    sentences_eval.py LEDE_BINARY [--bench DIR] [--sets golden_rules,gum_news,ud_ewt] [--show N]
                      [--ud-split train|dev] [--sentence-model FILE]

For each set, writes every record's text to a temporary file, runs
`LEDE_BINARY --raw --format jsonl --include sentences FILE...` (files in
batches), cuts each record's text at the reported sentence spans (code point
offsets), writes the predictions as JSON lines, and runs DIR/score.py on them.
Prints score.py's summary per set and the sentences per second lede managed.
A record whose output is missing scores as one sentence.
--ud-split scores only the UD EWT records of that official split (to score a
model trained with `lede train sentences --only-split train` on text it has
not seen); --sentence-model passes a model file to lede.
--holdout scores the shipped recipe on text its model never saw: it trains
one model on the UD EWT train documents and scores the EWT dev documents with
it, and one on all of EWT (no GUM) and scores GUM news and the Golden Rules.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from lede_runner import BENCH_ROOT, reports_by_path

BATCH = 100  # records per lede process: keeps command lines short


def run_lede(binary, paths, extra_args):
    """Returns {file path: [(start, end), ...]} from lede's JSON-lines output."""
    reports = reports_by_path(binary, paths, ["--raw", "--include", "sentences"] + extra_args, BATCH)
    return {path: [(x["start"], x["end"]) for x in report.get("sentences") or []]
            for path, report in reports.items()}


def evaluate(binary, bench, name, show, workdir, ud_split, extra_args):
    gold_path = os.path.join(bench, name + ".dev.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if ud_split and any("ud_split" in r for r in records):
        records = [r for r in records if r.get("ud_split") == ud_split]
        gold_path = os.path.join(workdir, "%s.%s.gold.jsonl" % (name, ud_split))
        with open(gold_path, "w", encoding="utf-8") as out:
            for rec in records:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paths = []
    for i, rec in enumerate(records):
        path = os.path.join(workdir, "%s-%05d.txt" % (name, i))
        with open(path, "w", encoding="utf-8") as out:
            out.write(rec["text"])
        paths.append(path)
    started = time.monotonic()
    spans = run_lede(binary, paths, extra_args)
    elapsed = time.monotonic() - started
    pred_path = os.path.join(workdir, name + ".pred.jsonl")
    with open(pred_path, "w", encoding="utf-8") as out:
        for rec, path in zip(records, paths):
            text = rec["text"]
            sents = [text[s:e] for s, e in spans.get(path, [(0, len(text))])]
            out.write(json.dumps({"id": rec["id"], "sentences": sents}, ensure_ascii=False) + "\n")
    cmd = [sys.executable, os.path.join(bench, "score.py"), gold_path, pred_path]
    if show:
        cmd += ["--show", str(show)]
    result = subprocess.run(cmd, capture_output=True, text=True)
    gold_sentences = sum(len(r["sentences"]) for r in records)
    print("== %s (%d records)" % (name, len(records)))
    print(result.stdout.rstrip())
    if result.stderr.strip():
        print(result.stderr.rstrip())
    print("lede: %.0f gold sentences/s (%d processes, %.2f s)" %
          (gold_sentences / max(elapsed, 1e-9), (len(paths) + BATCH - 1) // BATCH, elapsed))
    return result.returncode


def train(binary, out, data, extra=()):
    """Trains a sentence model with lede's own trainer (the shipped recipe's options)."""
    cmd = [binary, "train", "sentences", "--epochs", "5", "-o", out] + list(extra)
    for path in data:
        cmd += ["--data", path]
    subprocess.run(cmd, check=True, capture_output=True)


def holdout(args):
    ewt = os.path.join(args.bench, "ud_ewt.dev.jsonl")
    status = 0
    with tempfile.TemporaryDirectory(prefix="lede-sent-") as workdir:
        ewt_train = os.path.join(workdir, "ewt-train.bin")
        ewt_all = os.path.join(workdir, "ewt-all.bin")
        train(args.binary, ewt_train, [ewt], ["--only-split", "train"])
        train(args.binary, ewt_all, [ewt])
        print("# model trained on UD EWT train documents, scored on the EWT dev documents")
        status |= evaluate(args.binary, args.bench, "ud_ewt", args.show, workdir, "dev",
                           ["--sentence-model", ewt_train])
        print("# model trained on all UD EWT documents (no news), scored on GUM news and the Golden Rules")
        for name in ("gum_news", "golden_rules"):
            status |= evaluate(args.binary, args.bench, name, args.show, workdir, "",
                               ["--sentence-model", ewt_all])
    return status


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--bench", default=os.path.join(BENCH_ROOT, "sentences"))
    ap.add_argument("--sets", default="golden_rules,gum_news,ud_ewt")
    ap.add_argument("--show", type=int, default=0, help="show N wrong cases per set")
    ap.add_argument("--ud-split", default="", help="score only UD records of this split (train or dev)")
    ap.add_argument("--sentence-model", default="", help="model file passed to lede")
    ap.add_argument("--holdout", action="store_true",
                    help="train models with `lede train sentences` and score only text they did not see")
    args = ap.parse_args()
    if args.holdout:
        return holdout(args)
    extra_args = ["--sentence-model", args.sentence_model] if args.sentence_model else []
    status = 0
    with tempfile.TemporaryDirectory(prefix="lede-sent-") as workdir:
        for name in args.sets.split(","):
            status |= evaluate(args.binary, args.bench, name.strip(), args.show, workdir, args.ud_split, extra_args)
    return status


if __name__ == "__main__":
    sys.exit(main())
