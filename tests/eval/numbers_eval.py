#!/usr/bin/env python3
"""Scores lede's quantity stage on the numbers benchmark (Microsoft Recognizers-Text dev specs).

usage: numbers_eval.py [--lede PATH] [--bench DIR] [--show N] [--json]

Runs `lede --raw --format jsonl [--date D] FILE...` once per reference date over every dev case
(written to temporary files), turns lede's quantities into the benchmark's entity format and
scores them with the benchmark's own score.py:
  number   <- kind cardinal          ordinal  <- kind ordinal (js-unsupported/ordinal.dev.jsonl)
  an ordinal without a value whose normalized is a relative position ("end-1", "current+1")
              gives that position as its value, the benchmark's string;
  percent  <- kind percent           currency <- kind money (unit name from the ISO code + text)
  currency amounts lede gives in whole units of a subunit-only mention ("50 cents" = 0.5 USD)
              are written the benchmark's way, in the subunit ("50 cents" = 50 "Cent");
  datetime <- kinds date, time, duration: normalized ISO 8601 turned into Recognizers values
              (YYYY-MM-DD -> value; YYYY-MM, YYYY, YYYY-Www -> start/end range; Thh:mm ->
              "hh:mm:00", Thh:mm:ss -> "hh:mm:ss"; YYYY-MM-DDThh:mm -> "YYYY-MM-DD hh:mm:00";
              intervals A/B of clock times or days (ranges of dates, halves of periods:
              "2016-01-12/2016-01-22", "2018-11-16/2018-12-01") -> start/end; open intervals
              of a modified date: "A/.." -> start only ("since August"), "../B" -> end only
              ("before 2010"); a day with a TIMEX part of day
              (YYYY-MM-DDTMO|TAF|TEV|TNI); a quarter YYYY-Qn or half year YYYY-Hn -> its start/end -> the Recognizers start/end hours of that part of
              day (08-12, 12-16, 16-20, 20-23:59:59); durations -> seconds, a month = 30 days,
              a year = 365 days); a recurring time (a set: qualifier "every", normalized its TIMEX
              set value "XXXX-WXX-1", "P1W", "T15:00") -> "not resolved", as Recognizers-Text gives sets.
              "PRESENT_REF" (the moment of writing: "at this time") -> the case's reference datetime.
              A date or time lede found but could not fix (empty normalized: "feb 30", an
              impossible day) -> "not resolved", as Recognizers-Text gives it.
The adapter maps formats only; nothing here changes what lede finds.
"""
import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

from lede_runner import BENCH_ROOT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODELS = {
    "number": "number.dev.jsonl",
    "ordinal": "js-unsupported/ordinal.dev.jsonl",
    "percent": "percent.dev.jsonl",
    "currency": "currency.dev.jsonl",
    "datetime": "datetime.dev.jsonl",
}
KINDS = {
    "number": {"cardinal"},
    "ordinal": {"ordinal"},
    "percent": {"percent"},
    "currency": {"money"},
    "datetime": {"date", "time", "duration"},
}
# Recognizers-Text names for the ISO codes lede gives; plain signs and names stay generic.
CURRENCY_NAMES = {
    "USD": "Dollar", "GBP": "Pound", "EUR": "Euro", "CNY": "Chinese yuan", "JPY": "Japanese yen",
    "CHF": "Franc", "CAD": "Canadian dollar", "AUD": "Australian dollar", "INR": "Indian rupee",
    "KRW": "South Korean won", "RUB": "Russian ruble", "HKD": "Hong Kong dollar",
    "FIM": "Finnish markka",
}
# Subunit words whose amounts the benchmark gives in the subunit (lede: hundredths of the currency).
SUBUNIT_NAMES = {"cent": "Cent", "cents": "Cent", "penny": "Pence", "pence": "Pence"}
CURRENCY_WORDS = {"$", "dollar", "dollars", "euro", "euros", "pound", "pounds"}
DURATION_SECONDS = {"S": 1, "M": 60, "H": 3600}
# Recognizers-Text hours of the TIMEX parts of day.
DAYPARTS = {"MO": ("08:00:00", "12:00:00"), "AF": ("12:00:00", "16:00:00"), "EV": ("16:00:00", "20:00:00"),
            "NI": ("20:00:00", "23:59:59")}
DATE_DURATION_SECONDS = {"D": 86400, "W": 604800, "M": 2592000, "Y": 31536000}


def find_lede():
    """Returns the most recently built build*/src/lede, or None."""
    found = []
    for build in os.listdir(ROOT):
        path = os.path.join(ROOT, build, "src", "lede")
        if build.startswith("build") and os.path.isfile(path) and os.access(path, os.X_OK):
            found.append((os.path.getmtime(path), path))
    return max(found)[1] if found else None


def currency_unit(code, text):
    low = text.lower()
    if code == "USD" and re.search(r"\bu\.?s\.?\s*\$|\bus dollars?", low):
        return "United States dollar"
    if code == "CHF" and "swiss" in low:
        return "Swiss franc"
    return CURRENCY_NAMES.get(code, code)


def duration_seconds(iso):
    m = re.fullmatch(r"P(?:T)?([0-9.]+)([A-Z])", iso)
    if not m:
        return None
    amount, unit = float(m.group(1)), m.group(2)
    table = DURATION_SECONDS if iso.startswith("PT") else DATE_DURATION_SECONDS
    if unit not in table:
        return None
    seconds = amount * table[unit]
    return str(int(seconds)) if seconds == int(seconds) else str(seconds)


def date_values(kind, normalized):
    n = normalized or ""
    if kind == "duration":
        s = duration_seconds(n)
        return [{"value": s}] if s else []
    if n.endswith("/..") or n.startswith("../"):
        # An open interval ("2016-08-01/..", "../2010-01-01"): only the end the date fixes.
        part = date_values(kind, n[:-3] if n.endswith("/..") else n[3:])
        if len(part) != 1:
            return []
        bound = part[0].get("value") or (part[0].get("start") if n.endswith("/..") else part[0].get("end"))
        return [{"start": bound}] if n.endswith("/..") else [{"end": bound}]
    if "/" in n:
        parts = [date_values(kind, p) for p in n.split("/", 1)]
        if all(len(p) == 1 and "value" in p[0] for p in parts):
            return [{"start": parts[0][0]["value"], "end": parts[1][0]["value"]}]
        return []
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)?T(\d\d):(\d\d)(?::(\d\d))?", n)
    if m:
        clock = f"{m.group(2)}:{m.group(3)}:{m.group(4) or '00'}"
        return [{"value": f"{m.group(1)} {clock}" if m.group(1) else clock}]
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)", n)
    if m:
        start, end = DAYPARTS[m.group(2)]
        return [{"start": f"{m.group(1)} {start}", "end": f"{m.group(1)} {end}"}]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", n):
        return [{"value": n}]
    m = re.fullmatch(r"(\d{4})-(\d\d)", n)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        end = f"{y + (mo == 12):04d}-{mo % 12 + 1:02d}-01"
        return [{"start": f"{n}-01", "end": end}]
    if re.fullmatch(r"\d{4}", n):
        return [{"start": f"{n}-01-01", "end": f"{int(n) + 1:04d}-01-01"}]
    m = re.fullmatch(r"(\d{4})-Q([1-4])", n)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        end = f"{y + 1:04d}-01-01" if q == 4 else f"{y:04d}-{3 * q + 1:02d}-01"
        return [{"start": f"{y:04d}-{3 * q - 2:02d}-01", "end": end}]
    m = re.fullmatch(r"(\d{4})-H([12])", n)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return [{"start": f"{y:04d}-{6 * h - 5:02d}-01", "end": f"{y + 1:04d}-01-01" if h == 2 else f"{y:04d}-07-01"}]
    m = re.fullmatch(r"(\d{4})-W(\d\d)", n)
    if m:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return [{"start": monday.isoformat(), "end": (monday + dt.timedelta(days=7)).isoformat()}]
    return []


def to_entity(model, q, ref=""):
    e = {"text": q["text"]}
    if model == "currency":
        e["value"] = q.get("value")
        e["iso_currency"] = q.get("unit")
        e["unit"] = currency_unit(q.get("unit") or "", q["text"])
        words = re.findall(r"[a-z]+|\$", q["text"].lower())
        if words and words[-1] in SUBUNIT_NAMES and not any(w in CURRENCY_WORDS for w in words):
            e["unit"] = SUBUNIT_NAMES[words[-1]]
            e.pop("iso_currency")
            if e["value"] is not None:
                e["value"] = round(e["value"] * 100, 9)
    elif model == "datetime":
        if q.get("qualifier") == "every":
            e["values"] = [{"value": "not resolved"}]
        elif not q.get("normalized") and q["kind"] in ("date", "time"):
            e["values"] = [{"value": "not resolved"}]
        elif q.get("normalized") == "PRESENT_REF" and ref:
            e["values"] = [{"value": ref.replace("T", " ")}]
        else:
            e["values"] = date_values(q["kind"], q.get("normalized"))
    else:
        e["value"] = q.get("value")
        if model == "ordinal" and e["value"] is None and re.fullmatch(r"(end|current)[+-]\d+", q.get("normalized") or ""):
            e["value"] = q["normalized"]
    return e


def run_lede(lede, cases, tmp):
    """Returns {id: [quantity, ...]} for every case, one lede run per reference date."""
    by_date = defaultdict(list)
    for case in cases:
        by_date[(case.get("reference_datetime") or "")[:10]].append(case)
    out = {}
    for date, group in by_date.items():
        paths = []
        for case in group:
            path = os.path.join(tmp, case["id"] + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(case["input"])
            paths.append(path)
        cmd = [lede, "--raw", "--format", "jsonl"] + (["--date", date] if date else []) + paths
        proc = subprocess.run(cmd, capture_output=True, text=True)
        lines = [l for l in proc.stdout.splitlines() if l.strip()]
        for case, line in zip(group, lines):
            try:
                out[case["id"]] = json.loads(line).get("quantities") or []
            except json.JSONDecodeError:
                out[case["id"]] = []
        if len(lines) != len(group):
            print(f"warning: {len(lines)} outputs for {len(group)} inputs (date {date!r}): {proc.stderr[:300]}",
                  file=sys.stderr)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lede", default=None)
    ap.add_argument("--bench", default=os.path.join(BENCH_ROOT, "numbers"))
    ap.add_argument("--show", default="0")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    lede = args.lede or find_lede()
    if not lede:
        sys.exit("no lede binary found; build lede_cli or pass --lede")
    gold_paths, pred_paths = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for model, rel in MODELS.items():
            gold = os.path.join(args.bench, rel)
            cases = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
            found = run_lede(lede, cases, tmp)
            pred = os.path.join(tmp, f"pred-{model}.jsonl")
            with open(pred, "w", encoding="utf-8") as f:
                for case in cases:
                    ents = [to_entity(model, q, case.get("reference_datetime") or "") for q in found.get(case["id"], []) if q.get("kind") in KINDS[model]]
                    f.write(json.dumps({"id": case["id"], "model": model, "entities": ents}) + "\n")
            gold_paths.append(gold)
            pred_paths.append(pred)
        cmd = [sys.executable, os.path.join(args.bench, "score.py"), *gold_paths, "--pred", *pred_paths,
               "--show", args.show] + (["--json"] if args.json else [])
        sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
