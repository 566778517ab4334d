#!/usr/bin/python3
"""Peer runner for the batch benchmark: readability-lxml over many pages in one process.

For every page it runs what a readability-lxml user runs to get an article:
Document(html).summary() (the cleaned body HTML) and Document.title(). The
page bytes are handed over undecoded, so readability does its own charset
detection, as lede does. One JSON object goes to stdout at the end:
{"peer": "readability-lxml", "pages": N, "failed": F, "seconds": S, "body_chars": C}
where seconds is the loop alone (reading + extraction), without interpreter
start-up and imports.

Run it with Debian's interpreter, /usr/bin/python3, which is the one
python3-readability installs for (apt-get install -y python3-readability).

Usage: /usr/bin/python3 readability_peer.py [--from LIST] [FILE ...]
"""

import json
import sys
import time


def ReadList(path):
    """Returns the paths listed in PATH, one per line, blank and '#' lines skipped."""
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def Main(argv):
    paths = []
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--from":
            paths.extend(ReadList(args.pop(0)))
        else:
            paths.append(arg)
    try:
        from readability import Document
    except ImportError as error:
        print(json.dumps({"peer": "readability-lxml", "error": "not installed: %s" % error}))
        return 3
    pages = failed = body_chars = 0
    start = time.perf_counter()
    for path in paths:
        with open(path, "rb") as f:
            html = f.read()
        try:
            doc = Document(html)
            body = doc.summary()
            title = doc.title()
            body_chars += len(body) + len(title or "")
            pages += 1
        except Exception:  # a peer failing one page must not stop the run
            failed += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"peer": "readability-lxml", "pages": pages, "failed": failed,
                      "seconds": seconds, "body_chars": body_chars}))
    return 0


if __name__ == "__main__":
    sys.exit(Main(sys.argv[1:]))
