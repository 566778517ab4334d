#!/usr/bin/env python3
"""Writes a crawler-style .warc.gz from a folder of HTML pages, for the batch benchmark.

The file is what a web crawler leaves behind: one gzip member per record, a
warcinfo record first, then for every page a request record and a response
record (HTTP/1.1 200, Content-Type text/html; charset=utf-8) linked by
WARC-Concurrent-To. WARC-Target-URI is the page's canonical URL (<link
rel="canonical"> or og:url) or a made-up https://example.com/<name>. The
pages are repeated, in sorted order, until the uncompressed WARC reaches
--size bytes, so a few dozen pages make a file of any size.

It prints one JSON line with what it wrote: path, records, responses (the
pages lede should report), html_bytes (page bytes), warc_bytes (uncompressed)
and gz_bytes. Python 3 standard library only; it never touches the network.

Usage: make_warc.py [--size 1G] [--out FILE.warc.gz] [--level 6] PAGES_DIR_OR_FILES...
"""

import argparse
import datetime
import gzip
import hashlib
import base64
import html.parser
import json
import os
import sys
import uuid

# How far into a page the canonical link is looked for: it sits in <head>.
kCanonicalScanBytes = 256 * 1024


class CanonicalFinder(html.parser.HTMLParser):
    """Collects <link rel=canonical href> and <meta property=og:url content>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.canonical = None
        self.og_url = None

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and not self.canonical:
            self.canonical = a.get("href", "").strip() or None
        elif tag == "meta" and a.get("property", "").lower() == "og:url" and not self.og_url:
            self.og_url = a.get("content", "").strip() or None


def ParseSize(text):
    """Returns the byte count of TEXT such as '1G', '300M', '64K' or '1000000' (binary units)."""
    text = text.strip().upper().rstrip("B").rstrip("I")
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def TargetUri(path, body):
    """Returns the page's canonical absolute URL, or https://example.com/<file name>."""
    finder = CanonicalFinder()
    try:
        finder.feed(body[:kCanonicalScanBytes].decode("utf-8", "replace"))
    except Exception:  # a broken page still gets the made-up URL
        pass
    for url in (finder.canonical, finder.og_url):
        if url and url.startswith(("http://", "https://")) and not any(c.isspace() for c in url):
            return url
    return "https://example.com/" + os.path.basename(path)


def BlockDigest(block):
    """Returns the WARC-Block-Digest value (sha1, base32) of BLOCK."""
    return "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode("ascii")


def Record(kind, block, uri=None, date=None, content_type=None, extra=()):
    """Returns one WARC/1.0 record (header, block, two CRLFs) as bytes, and its record id."""
    record_id = "<urn:uuid:%s>" % uuid.uuid4()
    lines = ["WARC/1.0", "WARC-Type: " + kind, "WARC-Record-ID: " + record_id,
             "WARC-Date: " + date]
    if uri:
        lines.append("WARC-Target-URI: " + uri)
    lines.extend(extra)
    lines.append("WARC-Block-Digest: " + BlockDigest(block))
    lines.append("Content-Type: " + content_type)
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n", record_id


def HttpDate(when):
    """Returns WHEN in the HTTP Date header format."""
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


def ListPages(inputs):
    """Returns the .html/.htm files named by INPUTS (files, or folders read non-recursively), sorted."""
    pages = []
    for item in inputs:
        if os.path.isdir(item):
            pages.extend(os.path.join(item, n) for n in sorted(os.listdir(item))
                         if n.lower().endswith((".html", ".htm")))
        else:
            pages.append(item)
    return pages


def WriteWarc(pages, out_path, size, level, responses=None):
    """Writes the WARC to OUT_PATH, repeating PAGES until SIZE uncompressed bytes (or until
    RESPONSES pages when given); returns its stats."""
    bodies = []
    for path in pages:
        with open(path, "rb") as f:
            body = f.read()
        bodies.append((TargetUri(path, body), body))
    if not bodies:
        raise SystemExit("make_warc: no pages")
    start = datetime.datetime(2024, 3, 1, 8, 0, 0, tzinfo=datetime.timezone.utc)
    stats = {"path": out_path, "records": 0, "responses": 0, "html_bytes": 0, "warc_bytes": 0}
    tmp_path = out_path + ".part"
    with open(tmp_path, "wb") as raw:
        def Emit(record):
            raw.write(gzip.compress(record, compresslevel=level, mtime=0))
            stats["records"] += 1
            stats["warc_bytes"] += len(record)

        info = ("software: lede tests/bench/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
                "description: dev pages repeated for the lede batch benchmark\r\n").encode()
        Emit(Record("warcinfo", info, date=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    content_type="application/warc-fields",
                    extra=["WARC-Filename: " + os.path.basename(out_path)])[0])
        n = 0
        while (n < responses) if responses is not None else (stats["warc_bytes"] < size):
            uri, body = bodies[n % len(bodies)]
            when = start + datetime.timedelta(seconds=n)
            warc_date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            scheme_host = uri.split("/", 3)
            host = scheme_host[2] if len(scheme_host) > 2 else "example.com"
            target = "/" + (scheme_host[3] if len(scheme_host) > 3 else "")
            request = ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: lede-bench/1.0\r\n"
                       "Accept: text/html\r\n\r\n" % (target, host)).encode("utf-8")
            req, req_id = Record("request", request, uri, warc_date,
                                 "application/http; msgtype=request")
            http = ("HTTP/1.1 200 OK\r\nDate: %s\r\nContent-Type: text/html; charset=utf-8\r\n"
                    "Content-Length: %d\r\nConnection: close\r\n\r\n"
                    % (HttpDate(when), len(body))).encode("ascii")
            resp, _ = Record("response", http + body, uri, warc_date,
                             "application/http; msgtype=response",
                             extra=["WARC-Concurrent-To: " + req_id])
            Emit(req)
            Emit(resp)
            stats["responses"] += 1
            stats["html_bytes"] += len(body)
            n += 1
    os.replace(tmp_path, out_path)
    stats["gz_bytes"] = os.path.getsize(out_path)
    stats["pages"] = len(bodies)
    return stats


def Main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="HTML files or folders of them")
    parser.add_argument("--size", default="1G",
                        help="uncompressed size to reach, e.g. 1G, 200M (default 1G = 2^30 bytes)")
    parser.add_argument("--out", help="output .warc.gz (default: big.warc.gz in --workdir)")
    parser.add_argument("--workdir", help="folder for the output (default: a new temp folder)")
    parser.add_argument("--level", type=int, default=6, help="gzip level (default 6)")
    args = parser.parse_args(argv)
    out = args.out
    if not out:
        import tempfile
        workdir = args.workdir or tempfile.mkdtemp(prefix="lede-warc-")
        os.makedirs(workdir, exist_ok=True)
        out = os.path.join(workdir, "big.warc.gz")
    repo = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    real_out = os.path.realpath(out)
    if real_out == repo or real_out.startswith(repo + os.sep):
        raise SystemExit("make_warc: refusing to write into the repository: " + out)
    stats = WriteWarc(ListPages(args.inputs), out, ParseSize(args.size), args.level)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(Main(sys.argv[1:]))
