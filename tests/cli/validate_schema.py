#!/usr/bin/env python3
"""Validate lede JSON output files against data/schema/report.schema.json.

usage: validate_schema.py SCHEMA FILE...
Each FILE holds lede output: one record, an array of records (--json with
several inputs) or one record per line (--format jsonl). Also checks that
every property the schema declares has a "description". Needs the Debian
package python3-jsonschema (Draft 2020-12 support). Prints one line per
problem and exits 1 when there is any.
"""
import json
import sys

from jsonschema import Draft202012Validator


def undocumented(node, path="#"):
    """Yields the paths of schema properties without a description."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            if isinstance(sub, dict) and "description" not in sub:
                yield f"{path}/properties/{name}"
        for key, sub in node.items():
            yield from undocumented(sub, f"{path}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from undocumented(sub, f"{path}/{i}")


def records(path):
    """Returns the records of one output file."""
    text = open(path, encoding="utf-8").read()
    try:
        doc = json.loads(text)
        return doc if isinstance(doc, list) else [doc]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    problems = [f"schema: property without description: {p}" for p in undocumented(schema)]
    validator = Draft202012Validator(schema)
    # The root's oneOf reports only "not valid under any": validating against
    # the branch the record is meant to match names the faulty field.
    branches = {}
    for name in ("report", "error_record"):
        branch = {k: v for k, v in schema.items() if k != "oneOf"}
        branch["$ref"] = f"#/$defs/{name}"
        branches[name] = Draft202012Validator(branch)
    count = 0
    for path in sys.argv[2:]:
        for i, record in enumerate(records(path)):
            count += 1
            branch = branches["error_record" if isinstance(record, dict) and "error" in record else "report"]
            errors = list(branch.iter_errors(record)) or list(validator.iter_errors(record))
            for error in errors:
                where = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{path} record {i}: {where}: {error.message[:200]}")
    for p in problems:
        print(p)
    print(f"validated {count} records from {len(sys.argv) - 2} files: {len(problems)} problems")
    sys.exit(1 if problems or count == 0 else 0)


if __name__ == "__main__":
    main()
