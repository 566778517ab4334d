#!/usr/bin/env python3
"""Scores lede's quotes against the PolNeAR attribution benchmark in shared/bench/quotes.

Runs `lede --raw --format jsonl FILES` on the text of every record of
polnear/dev.jsonl (or train.jsonl), keeps each quote's span, fragments and speaker, checks that the
offsets point at the quote's text in the record, and calls the benchmark's
score.py three times: gold kinds direct, direct+mixed, and all.

Usage: tests/eval/quotes_eval.py --lede build/src/lede [--bench-dir ../shared/bench/quotes]
       [--split dev|train] [--limit N] [--pred out.jsonl] [--kinds direct,partial,indirect,mixed]
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


# lede's kinds of quotes in quotation marks.
MARKED_KINDS = ("direct", "partial", "mixed")
# Files per lede run: one process start per chunk instead of per article.
CHUNK = 100


REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
# Generational suffixes written after a surname ("Jr.", "III"): the person is
# called by the word before them ("Newkirk" for "Vann R. Newkirk II").
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def lexicon_words(name):
    """Returns the lower-cased entries of data/lexicon/NAME (one per line, '#' comments)."""
    with open(os.path.join(REPO, "data", "lexicon", name), encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


GIVEN_NAMES = lexicon_words("entity_given_names.txt")
# Single-word titles and roles written before a name ("Sen.", "Chief").
TITLES = lexicon_words("person_titles.txt") | lexicon_words("abbreviations_titles.txt") | lexicon_words("role_titles.txt")


def surname(words):
    """Returns the last word of a person's name, skipping generational suffixes."""
    words = [w.strip(",") for w in words]
    while len(words) > 1 and words[-1].lower().strip(".") in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def person_name_words(text):
    """Returns the words of `text` after its titles when it is written as a
    person's name -- capitalised words, a known given name or an initial
    first ("Sen. Jill A. Martin", "M. Dane Waters") -- else None."""
    words = text.split()
    while words and words[0].lower().strip(".") in TITLES:
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    first = words[0].strip(".")
    if first.lower() in GIVEN_NAMES or (len(first) == 1 and words[0].endswith(".")):
        return words
    return None


def speaker_string(speaker, entities):
    """Returns the string score.py compares for a speaker: what a reader would
    call the speaker.

    A person is called by their surname, as score.py expects ("Podesta" for
    gold "Mr. Podesta" or "John D. Podesta, a chief of staff ..."): the last
    word of a PERSON entity's name, or of the speaker's words when they are
    written as a person's name but the entity, if any, is not a PERSON ("said
    Charlie King"); generational suffixes ("Jr.", "II") are not the surname. Any
    other speaker is given as written in the text at the quote ("the Clinton
    campaign").
    """
    if not speaker:
        return None
    entity = entities.get(speaker.get("entity"))
    if entity and entity.get("type") == "PERSON":
        return surname(entity["name"].split())
    text = speaker.get("text") or speaker.get("name")
    if text:
        words = person_name_words(text)
        if words:
            return surname(words)
    return text


def quotes_of(report, text, kinds):
    entities = {e["id"]: e for e in report.get("entities") or []}
    quotes, misaligned = [], 0
    for q in report.get("quotes") or []:
        if q.get("kind") not in kinds or q.get("in", "body") != "body":
            continue
        s, e = q["start"], q["end"]
        pieces = [(f["start"], f["end"]) for f in q.get("fragments") or []] or [(s, e)]
        # Pieces are joined by a space, paragraphs of a long quotation by a blank line.
        if " ".join(text[fs:fe] for fs, fe in pieces).split() != q["text"].split():
            misaligned += 1
        out = {"start": s, "end": e, "speaker": speaker_string(q.get("speaker"), entities), "kind": q.get("kind")}
        if q.get("fragments"):
            out["fragments"] = [[f["start"], f["end"]] for f in q["fragments"]]
        quotes.append(out)
    # A partial quotation inside a mixed clause is the same attribution as the
    # clause (lede reports both: the exact words and the reported clause).
    mixed = [(q["start"], q["end"]) for q in quotes if q["kind"] == "mixed"]
    quotes = [q for q in quotes
              if q["kind"] != "partial" or not any(s <= q["start"] and q["end"] <= e for s, e in mixed)]
    return quotes, misaligned


def predict_all(lede, texts, kinds):
    """Returns (quotes per text, misaligned count), running lede on chunks of files."""
    results, misaligned = [], 0
    with tempfile.TemporaryDirectory() as d:
        for base in range(0, len(texts), CHUNK):
            paths = []
            for i, text in enumerate(texts[base:base + CHUNK]):
                path = os.path.join(d, f"{base + i:05d}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                paths.append(path)
            out = subprocess.run([lede, "--raw", "--format", "jsonl", *paths], capture_output=True, text=True,
                                 timeout=600)
            lines = out.stdout.splitlines()
            for i, text in enumerate(texts[base:base + CHUNK]):
                report = json.loads(lines[i]) if i < len(lines) else {}
                if "error" in report or not report:
                    print(f"lede failed on record {base + i}: {out.stderr[:200]}", file=sys.stderr)
                    results.append([])
                    continue
                quotes, bad = quotes_of(report, text, kinds)
                misaligned += bad
                results.append(quotes)
    return results, misaligned


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lede", required=True)
    ap.add_argument("--bench-dir", default=os.path.join(BENCH_ROOT, "quotes"))
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pred", default="")
    ap.add_argument("--kinds", default="direct,partial,indirect,mixed")
    a = ap.parse_args()

    gold_path = os.path.join(a.bench_dir, "polnear", a.split + ".jsonl")
    records = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    if a.limit:
        records = records[:a.limit]
    kinds = set(a.kinds.split(","))
    pred_path = a.pred or tempfile.mktemp(suffix=".jsonl")
    gold_sub = tempfile.mktemp(suffix=".jsonl")
    predictions, misaligned = predict_all(a.lede, [r["text"] for r in records], kinds)
    with open(pred_path, "w", encoding="utf-8") as pf, open(gold_sub, "w", encoding="utf-8") as gf:
        for r, quotes in zip(records, predictions):
            pf.write(json.dumps({"id": r["id"], "quotes": quotes}) + "\n")
            gf.write(json.dumps(r) + "\n")
    if misaligned:
        print(f"warning: {misaligned} quotes whose offsets do not match their text", file=sys.stderr)
    # Gold "direct" and "mixed" quotes are the ones in quotation marks, so they
    # are scored against lede's quotes in marks (direct and partial), as the
    # benchmark's README advises for such a system; "all" takes every quote.
    marked_path = pred_path + ".marked.jsonl"
    with open(marked_path, "w", encoding="utf-8") as mf:
        for r, quotes in zip(records, predictions):
            marked = [q for q in quotes if q["kind"] in MARKED_KINDS]
            mf.write(json.dumps({"id": r["id"], "quotes": marked}) + "\n")
    score = os.path.join(a.bench_dir, "score.py")
    for gold_kinds, path in (("direct", marked_path), ("direct,mixed", marked_path), ("", pred_path)):
        print(f"== gold kinds: {gold_kinds or 'all'}", flush=True)
        cmd = [sys.executable, score, gold_sub, path]
        if gold_kinds:
            cmd += ["--gold-kinds", gold_kinds]
        subprocess.run(cmd, check=False)

if __name__ == "__main__":
    main()
