#!/usr/bin/env python3
"""Batch benchmark for lede: throughput, CPU, memory and scaling in one run, with peers.

Runs the lede CLI (and, where installed, readability-lxml and Readability.js on the
same pages) as child processes and measures each one: wall time with
time.perf_counter around the child, CPU (user+sys) and peak RSS from the child's
own rusage via os.wait4 (RUSAGE_CHILDREN deltas would mix the children's peaks).
The machine is small and shared, so every timed command runs --repeats times,
interleaved with the commands it is compared with, and the best (least) wall time
is reported; peak RSS is the largest seen.

Rows (see tests/bench/README.md): lede full analysis and --extract-only on the
dev pages with -j 1, the two peers, lede -j 1 and -j 2 on the dev pages repeated
10 times, and lede -j 2 on a 1 GB .warc.gz made by make_warc.py. Then each goal
with its measured value and PASS/FAIL. Features lede lacks (found by reading
`lede --help`) turn their rows into "n/a (lede lacks ...)".

Python 3 standard library only; no network; nothing is written inside the
repository (inputs, lists and the WARC go to a temp folder or --workdir).

Usage: tests/bench/batch_bench.py [--lede PATH] [--quick] [--repeats N] [--json FILE]
         [--workdir DIR] [--node-modules DIR] [--warc-size 1G]
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time

kHere = os.path.dirname(os.path.abspath(__file__))
kRepo = os.path.realpath(os.path.join(kHere, "..", ".."))
kDefaultPages = "/work/shared/bench/extraction/dev"

# The goals, as set for lede's batch mode.
kGoalPagesPerSecond = 250.0   # full analysis, one worker
kGoalFullOverExtract = 2.0    # full analysis time / extraction-alone time
kGoalSpeedupTwoJobs = 1.8     # -j 2 over -j 1 on the same input
kGoalScaling = 10.5           # time of 10x the input over 1x
kGoalWarcRssMb = 100.0        # peak RSS on the 1 GB WARC, MiB
kRepeatFactor = 10            # how many times the dev pages are repeated for the long runs
kTimeoutSeconds = 1800        # a single child run longer than this is taken as hung and killed


def InsideRepo(path):
    """Returns whether PATH is the repository or under it."""
    real = os.path.realpath(path)
    return real == kRepo or real.startswith(kRepo + os.sep)


class Run:
    """One finished child: wall seconds, CPU seconds, peak RSS (MiB), exit code, stdout text."""

    def __init__(self, wall, cpu, rss_mb, rc, out):
        self.wall, self.cpu, self.rss_mb, self.rc, self.out = wall, cpu, rss_mb, rc, out


def Spawn(cmd, workdir, capture=False, stdout_path=None, timeout=None):
    """Runs CMD in WORKDIR, returns its Run; stdout goes to /dev/null, a file, or is captured.
    A child still running after TIMEOUT seconds (default kTimeoutSeconds) is killed."""
    timeout = timeout or kTimeoutSeconds
    err_path = os.path.join(workdir, "stderr.txt")
    out_path = stdout_path or (os.path.join(workdir, "stdout.txt") if capture else None)
    out_file = open(out_path, "wb") if out_path else subprocess.DEVNULL
    with open(err_path, "wb") as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out_file,
                                stderr=err_file, cwd=workdir)
        # A hung child is killed (by its own pid) rather than hanging the benchmark.
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if out_path:
        out_file.close()
    text = ""
    if capture:
        with open(out_path, "rb") as f:
            text = f.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        with open(err_path, "rb") as f:
            tail = f.read()[-600:].decode("utf-8", "replace").strip()
        text = text or tail
        sys.stderr.write("  ! exit %d: %s\n    %s\n" % (proc.returncode, " ".join(cmd)[:200], tail))
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0,
               proc.returncode, text)


class Row:
    """A benchmark row: a command, the input it reads, and its timed runs."""

    def __init__(self, key, label, cmd, pages, nbytes, note=""):
        self.key, self.label, self.cmd, self.pages, self.nbytes = key, label, cmd, pages, nbytes
        self.runs, self.note, self.status = [], note, None  # status: None or why the row is empty
        self.peer_pages = None  # pages a peer reported as done
        self.peer_loop_s = []   # the peer's own loop seconds per run

    def Ok(self):
        """Returns whether the row has at least one successful run."""
        return self.status is None and any(r.rc in (0, 1) for r in self.runs)

    def Best(self):
        """Returns the successful run with the least wall time."""
        return min((r for r in self.runs if r.rc in (0, 1)), key=lambda r: r.wall)

    def Wall(self):
        """Returns the best wall time in seconds."""
        return self.Best().wall

    def Pages(self):
        """Returns the pages this row processed (a peer's own count when it gave one)."""
        return self.peer_pages if self.peer_pages is not None else self.pages

    def PagesPerSecond(self):
        """Returns pages per second of the best run."""
        return self.Pages() / self.Wall()

    def Numbers(self):
        """Returns the row's figures as a dict for the JSON file."""
        d = {"label": self.label, "command": " ".join(self.cmd), "pages": self.Pages(),
             "input_bytes": self.nbytes, "note": self.note, "status": self.status or "ok"}
        if self.Ok():
            best = self.Best()
            d.update({"wall_s": best.wall, "pages_per_s": self.PagesPerSecond(),
                      "mb_per_s": self.nbytes / best.wall / 1e6,
                      "cpu_ms_per_page": 1000.0 * min(r.cpu for r in self.runs if r.rc in (0, 1))
                      / max(1, self.Pages()),
                      "peak_rss_mb": max(r.rss_mb for r in self.runs),
                      "runs": [{"wall_s": r.wall, "cpu_s": r.cpu, "rss_mb": r.rss_mb, "rc": r.rc}
                               for r in self.runs]})
            if self.peer_loop_s:
                d["peer_loop_s_best"] = min(self.peer_loop_s)
        return d


def RunInterleaved(rows, repeats, workdir, log):
    """Runs each ready row REPEATS times, round-robin, so noise spreads over all of them."""
    ready = [r for r in rows if r is not None and r.status is None]
    for i in range(repeats):
        for row in ready:
            run = Spawn(row.cmd, workdir, capture=row.peer_pages is not None)
            if row.peer_pages is not None and run.rc == 0:
                result = LastJson(run.out)
                if result and "pages" in result:
                    row.peer_pages = result["pages"]
                    row.peer_loop_s.append(result["seconds"])
            row.runs.append(run)
            log("  %-34s run %d/%d: %6.2f s wall, %6.2f s cpu, %6.1f MB rss%s" % (
                row.label, i + 1, repeats, run.wall, run.cpu, run.rss_mb,
                "" if run.rc in (0, 1) else ", exit %d" % run.rc))
    for row in ready:
        if not row.Ok():
            row.status = "failed (exit %d)" % row.runs[-1].rc


def LastJson(text):
    """Returns the last line of TEXT that parses as a JSON object, or None."""
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                continue
    return None


def LedeFeatures(lede):
    """Returns which batch features `lede --help` mentions."""
    try:
        text = subprocess.run([lede, "--help"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    words = text.replace(",", " ").split()
    return {"jobs": "-j" in words or "--jobs" in words, "quiet": "--quiet" in words,
            "extract_only": "--extract-only" in words, "from": "--from" in words,
            "warc": "warc" in text.lower(), "jsonl": "jsonl" in text}


def CheckJsonl(lede_cmd, inputs, expected, workdir):
    """Runs lede once untimed (also a warm-up), returns a note on records and errors seen."""
    out_path = os.path.join(workdir, "check.jsonl")
    run = Spawn(lede_cmd + inputs, workdir, stdout_path=out_path)
    records = errors = 0
    with open(out_path, "rb") as f:
        for line in f:
            if line.strip():
                records += 1
                try:
                    errors += "error" in json.loads(line)  # a failed input's record
                except ValueError:
                    errors += 1  # a broken line counts as a failure too
    os.unlink(out_path)
    if run.rc not in (0, 1):
        return records, "check run exit %d" % run.rc
    if records != expected or errors:
        return records, "%d records for %d inputs, %d errors" % (records, expected, errors)
    return records, ""


def Fmt(value, spec):
    """Returns VALUE formatted with SPEC, or '-' when it is None."""
    return "-" if value is None else format(value, spec)


def Table(rows):
    """Returns the markdown table of the rows."""
    head = ("| row | pages | wall s (best) | pages/s | MB/s | CPU ms/page | peak RSS MB | ratio / note |\n"
            "|---|---:|---:|---:|---:|---:|---:|---|\n")
    lines = []
    for row in rows:
        if not row.Ok():
            lines.append("| %s | %s | - | - | - | - | - | %s |" % (
                row.label, row.pages if row.pages else "-", row.status or "failed"))
            continue
        n = row.Numbers()
        lines.append("| %s | %d | %.2f | %.1f | %.1f | %.1f | %.0f | %s |" % (
            row.label, n["pages"], n["wall_s"], n["pages_per_s"], n["mb_per_s"],
            n["cpu_ms_per_page"], n["peak_rss_mb"], row.note))
    return head + "\n".join(lines)


def Goal(name, value, limit, higher_is_better, unit="", na=None):
    """Returns one goal line's dict: measured value, limit and PASS/FAIL (or why it is n/a)."""
    if na or value is None:
        return {"goal": name, "value": None, "limit": limit, "result": na or "n/a"}
    ok = value >= limit if higher_is_better else value <= limit
    return {"goal": name, "value": round(value, 3), "limit": limit,
            "result": "PASS" if ok else "FAIL", "unit": unit}


def Main(argv):
    parser = argparse.ArgumentParser(
        description="Batch benchmark for lede (see tests/bench/README.md).")
    parser.add_argument("--lede", default=os.path.join(kRepo, "build", "src", "lede"),
                        help="lede binary (default: build/src/lede in the repository)")
    parser.add_argument("--pages", default=kDefaultPages, help="folder of .html pages")
    parser.add_argument("--repeats", type=int, default=3, help="runs per timed command (best kept)")
    parser.add_argument("--peer-repeats", type=int, help="runs per peer (default: --repeats)")
    parser.add_argument("--warc-repeats", type=int, default=1, help="runs of the big WARC")
    parser.add_argument("--warc-size", default="1G", help="uncompressed WARC size (default 1G)")
    parser.add_argument("--quick", action="store_true",
                        help="skip the 10x runs and the big WARC (j2 vs j1 on 1x instead)")
    parser.add_argument("--json", help="also write the numbers to this JSON file")
    parser.add_argument("--workdir", help="keep lists and the WARC here (reused by later runs)")
    parser.add_argument("--node-modules", default=os.environ.get("LEDE_BENCH_NODE_MODULES", ""),
                        help="node_modules with jsdom and @mozilla/readability "
                             "(default: $LEDE_BENCH_NODE_MODULES)")
    parser.add_argument("--peer-python", default="/usr/bin/python3",
                        help="interpreter with readability-lxml (Debian python3-readability)")
    parser.add_argument("--node", default=shutil.which("node") or "node", help="node binary")
    parser.add_argument("--no-peers", action="store_true", help="skip the readability peers")
    args = parser.parse_args(argv)

    for path in (args.workdir, args.json):
        if path and InsideRepo(path):
            parser.error("refusing to write into the repository: " + path)
    lede = os.path.abspath(args.lede)
    features = LedeFeatures(lede)
    if features is None:
        parser.error("cannot run lede at %s (build it, or pass --lede PATH)" % lede)
    pages = sorted(os.path.join(args.pages, n) for n in os.listdir(args.pages)
                   if n.lower().endswith((".html", ".htm")))
    if not pages:
        parser.error("no .html pages in " + args.pages)
    page_bytes = sum(os.path.getsize(p) for p in pages)
    workdir = args.workdir or tempfile.mkdtemp(prefix="lede-bench-")
    os.makedirs(workdir, exist_ok=True)
    workdir = os.path.realpath(workdir)
    log = lambda text: print(text, file=sys.stderr, flush=True)
    started = time.time()
    log("lede %s; features %s; workdir %s; load %s" % (
        lede, ",".join(k for k, v in features.items() if v) or "none", workdir,
        " ".join("%.2f" % x for x in os.getloadavg())))

    # Input lists: the dev pages once, and repeated kRepeatFactor times.
    def ListFile(name, times):
        path = os.path.join(workdir, name)
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(times):
                f.write("\n".join(pages) + "\n")
        return path

    list1, list10 = ListFile("pages-1x.txt", 1), ListFile("pages-10x.txt", kRepeatFactor)
    inputs1 = ["--from", list1] if features["from"] else list(pages)
    inputs10 = ["--from", list10] if features["from"] else list(pages) * kRepeatFactor

    def LedeCmd(jobs, extract=False):
        cmd = [lede, "--format", "jsonl" if features["jsonl"] else "json"]
        if features["quiet"]:
            cmd.append("--quiet")
        if extract:
            cmd.append("--extract-only")
        if features["jobs"]:
            cmd += ["-j", str(jobs)]
        return cmd

    no_j = "n/a (lede lacks -j)"
    rows = {}
    n1, n10 = len(pages), len(pages) * kRepeatFactor
    j1 = "" if features["jobs"] else "no -j: lede's default threads"
    rows["full"] = Row("full", "lede full -j 1 (1x)", LedeCmd(1) + inputs1, n1, page_bytes, j1)
    rows["extract"] = Row("extract", "lede --extract-only -j 1 (1x)",
                          LedeCmd(1, True) + inputs1, n1, page_bytes)
    if not features["extract_only"]:
        rows["extract"].status = "n/a (lede lacks --extract-only)"

    # Peers: available when the runner answers an empty page list without error.
    peer_py = Row("peer_py", "readability-lxml (python)",
                  [args.peer_python, os.path.join(kHere, "readability_peer.py"), "--from", list1],
                  n1, page_bytes)
    js_cmd = [args.node, os.path.join(kHere, "readability_peer.js")]
    if args.node_modules:
        js_cmd += ["--node-modules", os.path.abspath(args.node_modules)]
    peer_js = Row("peer_js", "Readability.js + jsdom (node)", js_cmd + ["--from", list1],
                  n1, page_bytes)
    for peer in (peer_py, peer_js):
        peer.peer_pages = 0
        if args.no_peers:
            peer.status = "skipped (--no-peers)"
            continue
        probe = Spawn(peer.cmd[:-2], workdir, capture=True) if shutil.which(peer.cmd[0]) else None
        if probe is None or probe.rc != 0:
            peer.status = "not installed"
    rows["peer_py"], rows["peer_js"] = peer_py, peer_js

    # Untimed check runs: right record counts, and a warm page cache for the timed runs.
    records, problem = CheckJsonl(LedeCmd(1), inputs1, n1, workdir)
    if problem:
        rows["full"].note += (" " if rows["full"].note else "") + "check: " + problem
    if features["extract_only"]:
        _, problem = CheckJsonl(LedeCmd(1, True), inputs1, n1, workdir)
        if problem:
            rows["extract"].note = "check: " + problem

    if args.quick:
        rows["full_j2"] = Row("full_j2", "lede full -j 2 (1x)", LedeCmd(2) + inputs1, n1,
                              page_bytes, "quick: speedup on 1x is indicative only")
        if not features["jobs"]:
            rows["full_j2"].status = no_j
    log("group 1: dev pages once (%d pages, %.1f MB)" % (n1, page_bytes / 1e6))
    # Start-up cost: lede on a one-sentence text, so the 1x figures can be read net of it.
    tiny = os.path.join(workdir, "tiny.txt")
    with open(tiny, "w", encoding="utf-8") as f:
        f.write("The council met on Tuesday and approved the budget.\n")
    rows["startup"] = Row("startup", "lede start-up (one sentence)", LedeCmd(1) + [tiny], 1, 0)
    group1 = [rows["full"], rows["extract"], rows.get("full_j2"), rows["startup"]]
    RunInterleaved(group1, args.repeats, workdir, log)
    peer_repeats = args.peer_repeats if args.peer_repeats is not None else args.repeats
    # The peers are interleaved with a lede full run each time, as their comparison partner.
    partner = Row("full_p", rows["full"].label, rows["full"].cmd, n1, page_bytes)
    # Its runs stay out of the full row, so that row has as many tries as the extraction row.
    RunInterleaved([partner, peer_py, peer_js], peer_repeats, workdir, log)

    if not args.quick:
        rows["j1_10x"] = Row("j1_10x", "lede full -j 1 (10x)", LedeCmd(1) + inputs10, n10,
                             page_bytes * kRepeatFactor)
        rows["j2_10x"] = Row("j2_10x", "lede full -j 2 (10x)", LedeCmd(2) + inputs10, n10,
                             page_bytes * kRepeatFactor)
        if not features["jobs"]:
            rows["j1_10x"].note = j1
            rows["j2_10x"].status = no_j
        # The 1x run is timed again among the 10x runs: the scaling ratio compares runs made
        # under the same load (the other users of the machine come and go between groups).
        rows["full_s"] = Row("full_s", rows["full"].label, rows["full"].cmd, n1, page_bytes)
        log("group 2: dev pages %d times (%d pages)" % (kRepeatFactor, n10))
        RunInterleaved([rows["full_s"], rows["j1_10x"], rows["j2_10x"]], args.repeats, workdir,
                       log)

        rows["warc"] = Row("warc", "lede full -j 2 (%s .warc.gz)" % args.warc_size, [], 0, 0)
        if not features["warc"]:
            rows["warc"].status = "n/a (lede lacks WARC input)"
        elif not features["jobs"]:
            rows["warc"].status = no_j
        else:
            RunWarc(rows["warc"], args, pages, workdir, LedeCmd, log)

    ordered = [rows[k] for k in ("full", "extract", "peer_py", "peer_js", "full_j2",
                                 "j1_10x", "j2_10x", "warc") if k in rows]
    extra = [rows[k] for k in ("full_s", "startup") if k in rows]  # in the JSON, not the table
    Notes(rows, args.quick)
    goals = Goals(rows, features, args.quick, args.warc_size)

    print("\n## lede batch benchmark\n")
    print("lede: `%s`; pages: %s (%d pages, %.0f KB average); %d repeats, best wall time kept;"
          " %d cores, load before %s\n" % (
              lede, args.pages, n1, page_bytes / n1 / 1024, args.repeats, os.cpu_count(),
              " ".join("%.2f" % x for x in os.getloadavg())))
    print(Table(ordered))
    print("\n### Goals\n")
    for g in goals:
        if g["result"].startswith("INFO: "):
            print("- %s: %s" % (g["goal"], g["result"][len("INFO: "):]))
            continue
        value = "-" if g["value"] is None else "%.3g%s" % (g["value"], g.get("unit", ""))
        print("- %s: %s -> **%s**" % (g["goal"], value, g["result"]))
    print("\n(%.0f s in all)" % (time.time() - started))

    if args.json:
        data = {"lede": lede, "features": features, "pages_dir": args.pages, "pages": n1,
                "page_bytes": page_bytes, "repeats": args.repeats, "quick": args.quick,
                "machine": {"cores": os.cpu_count(), "platform": platform.platform(),
                            "loadavg_end": os.getloadavg()},
                "git_head": GitHead(), "rows": {r.key: r.Numbers() for r in ordered + extra},
                "goals": goals, "seconds": time.time() - started}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def RunWarc(row, args, pages, workdir, lede_cmd, log):
    """Makes (or reuses) the big WARC, checks lede reads a small one right, and times the big one."""
    sys.dont_write_bytecode = True  # no __pycache__ in the repository
    sys.path.insert(0, kHere)
    import make_warc
    size = make_warc.ParseSize(args.warc_size)
    big = os.path.join(workdir, "big-%d.warc.gz" % size)
    meta = big + ".json"
    stats = None
    if os.path.exists(big) and os.path.exists(meta):
        with open(meta, encoding="utf-8") as f:
            stats = json.load(f)
        if stats.get("gz_bytes") != os.path.getsize(big) or stats.get("pages") != len(pages):
            stats = None
    if stats is None:
        log("making %s (%s uncompressed) ..." % (big, args.warc_size))
        stats = make_warc.WriteWarc(pages, big, size, 6)
        with open(meta, "w", encoding="utf-8") as f:
            json.dump(stats, f)
    # A WARC of the dev pages once: every response must come out as one record.
    small = os.path.join(workdir, "small.warc.gz")
    small_stats = make_warc.WriteWarc(pages, small, size, 6, responses=len(pages))
    records, problem = CheckJsonl(lede_cmd(1), [small], small_stats["responses"], workdir)
    row.cmd = lede_cmd(2) + [big]
    row.pages, row.nbytes = stats["responses"], stats["html_bytes"]
    row.note = "%.0f MB gz, %.0f MB of HTML" % (stats["gz_bytes"] / 1e6, stats["html_bytes"] / 1e6)
    if problem:
        row.note += "; small-WARC check: " + problem
    os.unlink(small)
    log("big WARC: %d responses, %.0f MB gz" % (stats["responses"], stats["gz_bytes"] / 1e6))
    RunInterleaved([row], args.warc_repeats, workdir, log)


def Notes(rows, quick):
    """Fills the ratio column: full/extract, lede over each peer, -j speedup, scaling."""
    full, extract = rows["full"], rows["extract"]
    startup = rows.get("startup")
    if full.Ok() and startup is not None and startup.Ok():
        full.note = ("incl. %.0f ms process start-up" % (1000 * startup.Wall())
                     + ("; " + full.note if full.note else ""))
    if full.Ok() and extract.Ok():
        extract.note = ("full/extract %.2f" % (full.Wall() / extract.Wall())
                        + ("; " + extract.note if extract.note else ""))
    for key in ("peer_py", "peer_js"):
        peer = rows[key]
        if peer.Ok() and full.Ok():
            parts = ["lede full %.1fx faster" % (full.PagesPerSecond() / peer.PagesPerSecond())]
            if extract.Ok():
                parts.append("lede extract %.1fx" % (extract.PagesPerSecond()
                                                      / peer.PagesPerSecond()))
            if peer.peer_loop_s:
                parts.append("own loop %.2f s" % min(peer.peer_loop_s))
            if peer.Pages() != peer.pages:
                parts.append("%d of %d pages" % (peer.Pages(), peer.pages))
            peer.note = "; ".join(parts)
    j2 = rows.get("j2_10x") or rows.get("full_j2")
    j1 = rows.get("j1_10x") if "j2_10x" in rows else full
    if j2 is not None and j2.Ok() and j1 is not None and j1.Ok():
        j2.note = "speedup %.2f over -j 1" % (j1.Wall() / j2.Wall()) + (
            "; " + j2.note if j2.note else "")
    j10, one = rows.get("j1_10x"), rows.get("full_s")
    if j10 is not None and j10.Ok() and one is not None and one.Ok():
        j10.note = ("10x/1x time %.2f (1x %.2f s, timed alongside)" % (j10.Wall() / one.Wall(),
                                                                       one.Wall())
                    + ("; " + j10.note if j10.note else ""))


def Goals(rows, features, quick, warc_size):
    """Returns the goal lines: each goal's measured value and PASS/FAIL or why not measured."""
    full, extract = rows["full"], rows["extract"]
    goals = [Goal("1. full analysis, -j 1, >= %g pages/s" % kGoalPagesPerSecond,
                  full.PagesPerSecond() if full.Ok() else None, kGoalPagesPerSecond, True,
                  " pages/s", None if full.Ok() else full.status)]
    goals.append(Goal("2. full / extraction-alone time <= %g" % kGoalFullOverExtract,
                      full.Wall() / extract.Wall() if full.Ok() and extract.Ok() else None,
                      kGoalFullOverExtract, False, "",
                      None if extract.Ok() else (extract.status or "failed")))
    for key, name in (("peer_py", "readability-lxml"), ("peer_js", "Readability.js")):
        peer = rows[key]
        if peer.Ok() and full.Ok():
            text = "lede full %.1fx its speed" % (full.PagesPerSecond() / peer.PagesPerSecond())
            if extract.Ok():
                text += ", lede extract %.1fx" % (extract.PagesPerSecond() / peer.PagesPerSecond())
            goals.append({"goal": "3. side by side with %s (no goal)" % name,
                          "value": None, "limit": None, "result": "INFO: " + text})
        else:
            goals.append({"goal": "3. side by side with %s (no goal)" % name, "value": None,
                          "limit": None, "result": peer.status or "failed"})
    j2 = rows.get("j2_10x") or rows.get("full_j2")
    j1 = rows.get("j1_10x") if "j2_10x" in rows else full
    name = "4. -j 2 speedup over -j 1 >= %g" % kGoalSpeedupTwoJobs
    if j2 is None or not j2.Ok() or not j1.Ok():
        goals.append(Goal(name, None, kGoalSpeedupTwoJobs, True,
                          na=(j2.status if j2 is not None else "skipped (--quick)")))
    else:
        g = Goal(name, j1.Wall() / j2.Wall(), kGoalSpeedupTwoJobs, True, "x")
        if quick:
            g["result"] += " (1x input, --quick: indicative)"
        goals.append(g)
    j10 = rows.get("j1_10x")
    name = "5. 10x input time <= %g x the 1x time" % kGoalScaling
    if j10 is None:
        goals.append(Goal(name, None, kGoalScaling, False, na="skipped (--quick)"))
    else:
        one = rows["full_s"]
        goals.append(Goal(name, j10.Wall() / one.Wall() if j10.Ok() and one.Ok() else None,
                          kGoalScaling, False, "x", None if j10.Ok() else j10.status))
    warc = rows.get("warc")
    name = "6. peak RSS on the %s WARC (-j 2) <= %g MB" % (warc_size, kGoalWarcRssMb)
    if warc is None:
        goals.append(Goal(name, None, kGoalWarcRssMb, False, na="skipped (--quick)"))
    else:
        goals.append(Goal(name, max(r.rss_mb for r in warc.runs) if warc.Ok() else None,
                          kGoalWarcRssMb, False, " MB", None if warc.Ok() else warc.status))
    return goals


def GitHead():
    """Returns the repository's HEAD commit, or '' (read-only)."""
    try:
        return subprocess.run(["git", "-C", kRepo, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


if __name__ == "__main__":
    sys.exit(Main(sys.argv[1:]))
