#!/usr/bin/env bash
# Builds (if needed) and runs every libFuzzer harness of tests/fuzz, one at a
# time, each for SECONDS_PER_FUZZER seconds of wall time, then prints a summary.
#
#   tests/fuzz/run_fuzzers.sh [SECONDS_PER_FUZZER] [BUILD_DIR]
#
# SECONDS_PER_FUZZER defaults to 300, BUILD_DIR to build-fuzz in the repository
# (configured with clang and -DLEDE_FUZZ=ON when it does not exist yet).
# Environment: LEDE_FUZZ_WORK (default /tmp/lede-fuzz) holds the corpora (kept
# between runs, seeded from the repository by make_seeds.py), the logs and the
# crashing inputs (WORK/artifacts/<fuzzer>/crash-*, timeout-*, oom-*, leak-*);
# FUZZERS="quotes warc" runs a subset; JOBS (default 2) is the build's -j.
# A fuzzer that finds a crash is restarted on its corpus until its time is up
# (at most max_restarts times), so one bug does not end its whole run.
# -entropic=0: libFuzzer 14's entropic scheduler spent over 70% of the time in
# UpdateFeatureFrequency on these large targets (5 runs/s instead of 30).
set -euo pipefail

seconds=${1:-300}
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$repo/build-fuzz}
work=${LEDE_FUZZ_WORK:-/tmp/lede-fuzz}
jobs=${JOBS:-2}
max_restarts=5
all_fuzzers="pipeline_html pipeline_text entities quotes quantities warc"
fuzzers=${FUZZERS:-$all_fuzzers}

# Returns the -max_len for a fuzzer: pages and WARC files are bigger than article text.
max_len() {
  case $1 in
    pipeline_html | warc) echo 65536 ;;
    *) echo 16384 ;;
  esac
}
# Returns the seed corpus and dictionary of a fuzzer.
seed_kind() {
  case $1 in
    pipeline_html) echo html ;;
    warc) echo warc ;;
    *) echo text ;;
  esac
}

if [[ ! -f $build/CMakeCache.txt ]]; then
  CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -DLEDE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets=()
for f in $fuzzers; do targets+=("lede_${f}_fuzzer"); done
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

mkdir -p "$work/seeds" "$work/logs"
python3 "$repo/tests/fuzz/make_seeds.py" "$repo" "$work/seeds"

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
summary=()
for f in $fuzzers; do
  kind=$(seed_kind "$f")
  corpus=$work/corpus/$f
  artifacts=$work/artifacts/$f
  mkdir -p "$corpus" "$artifacts"
  cp -n "$work/seeds/$kind"/* "$corpus"/ 2>/dev/null || true
  dict=()
  [[ -f $repo/tests/fuzz/$kind.dict ]] && dict=(-dict="$repo/tests/fuzz/$kind.dict")
  before=$(ls "$artifacts" | wc -l)
  execs=0
  start=$(date +%s)
  for ((run = 0; run <= max_restarts; run++)); do
    left=$((seconds - ($(date +%s) - start)))
    ((left > 0)) || break
    log=$work/logs/$f.$(date +%Y%m%d-%H%M%S).log
    echo "== $f: ${left}s (log $log)"
    status=0
    "$build/tests/fuzz/lede_${f}_fuzzer" -max_total_time="$left" -max_len="$(max_len "$f")" -rss_limit_mb=2048 \
      -timeout=10 -entropic=0 "${dict[@]}" -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [[ -z $n ]]; then  # a crash skips the final stats: take the last progress line's count
      n=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    fi
    execs=$((execs + ${n:-0}))
    ((status == 0)) && break
    grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer)|runtime error|lede fuzz check failed|Test unit written' "$log" || true
  done
  crashes=$(ls "$artifacts" | grep -c '^crash-' || true)
  timeouts=$(ls "$artifacts" | grep -c '^timeout-' || true)
  ooms=$(ls "$artifacts" | grep -c '^oom-' || true)
  leaks=$(ls "$artifacts" | grep -c '^leak-' || true)
  new=$(($(ls "$artifacts" | wc -l) - before))
  summary+=("$(printf '%-14s %6ss %12s execs  new artifacts %2d  (all runs: crashes %d, timeouts %d, ooms %d, leaks %d)' \
    "$f" "$(($(date +%s) - start))" "$execs" "$new" "$crashes" "$timeouts" "$ooms" "$leaks")")
done

echo
echo "Summary (artifacts in $work/artifacts/<fuzzer>/):"
printf '%s\n' "${summary[@]}"
