"""Shared pieces of the evaluation scripts: where the benchmark data is, and
running lede over many files in JSON-lines mode."""
import json
import os
import subprocess

# The shared benchmark data sits beside the repository: <repo>/../shared/bench.
BENCH_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "bench"))


def reports_by_path(binary, paths, args, batch):
    """Returns {input path: report} from `lede ARGS --format jsonl PATHS`, run
    `batch` paths per process to keep command lines short. Error records and
    unreadable lines are left out."""
    reports = {}
    for start in range(0, len(paths), batch):
        proc = subprocess.run([binary, *args, "--format", "jsonl", *paths[start:start + batch]],
                              capture_output=True, text=True, errors="replace")
        for line in proc.stdout.splitlines():
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            path = (obj.get("source") or {}).get("path")
            if path and "error" not in obj:
                reports[path] = obj
    return reports
