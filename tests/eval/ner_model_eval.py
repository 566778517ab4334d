#!/usr/bin/env python3
"""Measures the trained NER tagger (`lede train ner`) on the NER benchmarks.

1. CoNLL-2003: trains on conll2003/train.conll with dev.conll as --dev, into a
   temporary directory, and reports the dev scores `lede train ner` prints
   after every epoch (entity-level exact span+type F1, conlleval style, and the
   tagging speed in tokens/s over features + decoding), plus the model size.
   CoNLL-2003 is internal evaluation data only (see its README): the model
   trained here is deleted with the temporary directory and never shipped.
2. UNER English-EWT (CC BY-SA 4.0) has only a dev split here, so the honest
   figure is a 2-fold cross-validation over its documents: train on the even
   documents and score the odd ones, then the other way round, and report the
   mean of the two folds' last-epoch F1, overall and per type.

Each step runs one command, printed before it runs, e.g.
  lede train ner --train .../conll2003/train.conll --dev .../conll2003/dev.conll \
      --epochs 15 --hash-bits 20 -o TMP/conll.bin

Usage: tests/eval/ner_model_eval.py --lede build/src/lede [--epochs 15] [--hash-bits 20]
       [--only conll|uner] [--bench-dir ../shared/bench/ner]
Development tool only: never run by the build or CI.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

from lede_runner import BENCH_ROOT

EPOCH_LINE = re.compile(r"epoch (\d+): dev F1 ([\d.]+) \(P ([\d.]+), R ([\d.]+);([^)]*)\); tagged (\d+) tokens/s")


def read_documents(path):
    """Returns the documents of a CoNLL file, each a list of lines (-DOCSTART- line included)."""
    documents = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART-") or not documents:
                documents.append([])
            documents[-1].append(line)
    return documents


def write_documents(path, documents):
    with open(path, "w", encoding="utf-8") as f:
        for lines in documents:
            if not lines[0].startswith("-DOCSTART-"):
                f.write("-DOCSTART-\tO\n\n")
            f.writelines(lines)
            if lines and lines[-1].strip():
                f.write("\n")


def train(lede, train_path, dev_path, model_path, epochs, hash_bits):
    """Runs `lede train ner`; returns the parsed per-epoch lines and the model size in bytes."""
    command = [lede, "train", "ner", "--train", train_path, "--dev", dev_path, "--epochs", str(epochs),
               "--hash-bits", str(hash_bits), "-o", model_path]
    print("$ " + " ".join(command), file=sys.stderr)
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"lede train ner failed: {out.stderr}")
    epochs_seen = []
    for line in out.stderr.splitlines():
        m = EPOCH_LINE.search(line)
        if m:
            parts = m.group(5).split()
            types = {parts[i]: float(parts[i + 1]) for i in range(0, len(parts) - 1, 2)}
            epochs_seen.append({"epoch": int(m.group(1)), "f1": float(m.group(2)), "p": float(m.group(3)),
                                "r": float(m.group(4)), "types": types, "speed": int(m.group(6))})
    return epochs_seen, os.path.getsize(model_path)


def conll(args, tmp):
    root = os.path.join(args.bench_dir, "conll2003")
    epochs, size = train(args.lede, os.path.join(root, "train.conll"), os.path.join(root, "dev.conll"),
                         os.path.join(tmp, "conll.bin"), args.epochs, args.hash_bits)
    print(f"CoNLL-2003 dev (hash bits {args.hash_bits}), model {size / 1e6:.2f} MB")
    for e in epochs:
        types = " ".join(f"{t} {f:.2f}" for t, f in e["types"].items())
        print(f"  epoch {e['epoch']:2d}: F1 {e['f1']:.2f} (P {e['p']:.2f} R {e['r']:.2f}; {types}); "
              f"{e['speed']} tokens/s")


def uner(args, tmp):
    documents = read_documents(os.path.join(args.bench_dir, "uner-en-ewt", "dev.conll"))
    halves = [documents[0::2], documents[1::2]]
    paths = []
    for k, half in enumerate(halves):
        paths.append(os.path.join(tmp, f"uner_half{k}.conll"))
        write_documents(paths[-1], half)
    total_f1 = []
    for k in range(2):
        epochs, size = train(args.lede, paths[k], paths[1 - k], os.path.join(tmp, f"uner{k}.bin"), args.epochs,
                             args.hash_bits)
        last = epochs[-1]
        total_f1.append(last)
        types = " ".join(f"{t} {f:.2f}" for t, f in last["types"].items())
        print(f"UNER fold {k} (train half {k}, score half {1 - k}): F1 {last['f1']:.2f} "
              f"(P {last['p']:.2f} R {last['r']:.2f}; {types}), model {size / 1e6:.2f} MB")
    mean = sum(e["f1"] for e in total_f1) / len(total_f1)
    per_type = {t: sum(e["types"].get(t, 0) for e in total_f1) / 2 for t in total_f1[0]["types"]}
    types = " ".join(f"{t} {f:.2f}" for t, f in per_type.items())
    print(f"UNER 2-fold mean F1 {mean:.2f} ({types})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lede", required=True, help="path to the lede binary")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--hash-bits", type=int, default=20)
    parser.add_argument("--only", choices=["conll", "uner"])
    parser.add_argument("--bench-dir", default=os.path.join(BENCH_ROOT, "ner"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lede-ner-") as tmp:
        if args.only in (None, "conll"):
            conll(args, tmp)
        if args.only in (None, "uner"):
            uner(args, tmp)


if __name__ == "__main__":
    main()
