#!/bin/sh
# Rebuilds data/models/sentence_boundary.bin from the shared sentence benchmark
# (UD English-EWT train+dev documents and GUM Wikinews news). Run from the
# repository root after building; see data/models/README.md.
set -eu
BENCH="${BENCH:-../shared/bench/sentences}"
LEDE="${LEDE:-build/src/lede}"
"$LEDE" train sentences --epochs 5 \
  --data "$BENCH/ud_ewt.dev.jsonl" \
  --data "$BENCH/gum_news.dev.jsonl" \
  -o data/models/sentence_boundary.bin
