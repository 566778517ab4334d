#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora from the repository, at run time (nothing large is committed).

  make_seeds.py REPO_DIR OUT_DIR

OUT_DIR/html: data/samples/*.html, up to kMaxSharedPages pages of the shared
extraction benchmark beside the repository (if present), and small invented pages.
OUT_DIR/text: data/samples/*.txt, tests/golden/*/input.txt and small invented
paragraphs with quotes, quantities and names. OUT_DIR/warc: small WARC files,
plain and gzip, with chunked and gzip-encoded bodies, built here from the HTML seeds.
Python 3 standard library only.
"""

import glob
import gzip
import os
import sys

# Pages taken from the shared benchmark: a spread of real layouts, few enough to load fast.
kMaxSharedPages = 24

kTexts = [
    "Harbour workers walked out on Monday, the union said.\n\n"
    "\u201cWe will not go back until the cranes are safe,\u201d said Maria Delgado, a union steward.\n",
    'The council approved $4.5 million for repairs, up 12% from last year, Mayor Tom Reyes said on Friday.\n',
    "Prices rose 3.2 per cent in March. The ministry expects growth of between 1 and 2 percent by 2025.\n",
    "\"It is too early,\" she said. \"We need more data,\" added Dr. Ana Li of the Health Ministry.\n",
    "About 1,200 people, including 45 children, were moved 30 km inland at 10.30am on 2023-03-30.\n",
    "The 45-year-old, who joined Acme Corp. in the 1990s, earned \u20ac150 billion (US$163 billion) last week.\n",
    "Officials said that the talks in Geneva, Switzerland, would resume next Tuesday.\n\n"
    "According to the U.N., the third round begins on 5 May.\n",
    "\u00abNous refusons\u00bb, a d\u00e9clar\u00e9 le ministre. \u201eNein\u201c, sagte er. \u300c\u306f\u3044\u300d\n",
    "By JOHN SMITH\nPublished 3 hours ago\nAdvertisement\nShare this article\n\n"
    "A new bridge will open in the spring, officials said.\n\nRead more: Other stories\n",
    "He said, \u201cThe plan,\u201d pausing, \u201cis dead.\u201d Mr. O'Brien, 62, declined to comment.\n",
]

kPages = [
    "<html><head><title>Dock strike ends - The Daily</title><meta charset=utf-8>"
    "<meta property=\"article:published_time\" content=\"2024-02-29T10:00:00Z\"></head>"
    "<body><nav><a href=/>Home</a></nav><article><h1>Dock strike ends</h1>"
    "<p class=byline>By Jane Doe</p><p>\u201cWe won,\u201d said union leader Sam Okoro on Tuesday.</p>"
    "<p>The port handled 2.4 million containers in 2023, about 5% more than a year earlier.</p>"
    "<figure><img src=a.jpg><figcaption>Cranes at dawn. Photo: Reuters</figcaption></figure>"
    "</article><footer>\u00a9 2024</footer></body></html>",
    "<!DOCTYPE html><html lang=en><head><script type=\"application/ld+json\">"
    "{\"@type\":\"NewsArticle\",\"headline\":\"Rates held\",\"datePublished\":\"2024-01-05\","
    "\"author\":{\"name\":\"Lee Park\"}}</script></head><body><div id=content><h2>Rates held</h2>"
    "<p>The central bank kept its rate at 4.25 percent, Governor Ana Silva said.</p><ul><li>One</li></ul>"
    "<blockquote>\u201cInflation is easing,\u201d she said.</blockquote></div></body></html>",
    "<html><body><table><tr><td><p>Text in a table &amp; entities &#8220;quoted&#8221; &nbsp;.</p>"
    "</td></tr></table><pre>  pre\ttext  </pre><br><br><p>Second paragraph here, said Tom.</p></body></html>",
]


def Write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def HttpResponse(body, chunked=False, gzipped=False):
    headers = ["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8"]
    if gzipped:
        body = gzip.compress(body)
        headers.append("Content-Encoding: gzip")
    if chunked:
        half = len(body) // 2
        parts = [body[:half], body[half:]]
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts if p) + b"0\r\n\r\n"
        headers.append("Transfer-Encoding: chunked")
    else:
        headers.append("Content-Length: %d" % len(body))
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body


def WarcRecord(kind, block, uri="https://example.com/a"):
    header = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-02-29T10:00:00Z\r\n"
              "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
              "Content-Type: %s\r\nContent-Length: %d\r\n\r\n" %
              (kind, uri, "application/http; msgtype=response" if kind == "response" else "application/warc-fields",
               len(block)))
    return header.encode() + block + b"\r\n\r\n"


def main():
    repo, out = sys.argv[1], sys.argv[2]
    for sub in ("html", "text", "warc"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    pages = []
    for path in sorted(glob.glob(os.path.join(repo, "data/samples/*.html"))):
        pages.append(open(path, "rb").read())
    shared = sorted(glob.glob(os.path.join(repo, "../shared/bench/extraction/dev/*.html")))
    for path in shared[:kMaxSharedPages]:
        pages.append(open(path, "rb").read())
    pages += [p.encode() for p in kPages]
    for i, page in enumerate(pages):
        Write(os.path.join(out, "html", "seed-%03d.html" % i), page)

    texts = []
    for pattern in ("data/samples/*.txt", "tests/golden/*/input.txt"):
        for path in sorted(glob.glob(os.path.join(repo, pattern))):
            texts.append(open(path, "rb").read())
    texts += [t.encode() for t in kTexts]
    for i, text in enumerate(texts):
        Write(os.path.join(out, "text", "seed-%03d.txt" % i), text)

    small = [p.encode() for p in kPages]
    info = WarcRecord("warcinfo", b"software: make_seeds.py\r\nformat: WARC File Format 1.0\r\n")
    request = WarcRecord("request", b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n")
    warcs = [
        info + request + WarcRecord("response", HttpResponse(small[0])),
        WarcRecord("response", HttpResponse(small[1], chunked=True)) + WarcRecord("response", HttpResponse(small[2])),
        WarcRecord("response", HttpResponse(small[0], gzipped=True)),
        WarcRecord("response", HttpResponse(small[1], chunked=True, gzipped=True)),
        WarcRecord("response", HttpResponse(small[2]))[:-40],  # truncated
    ]
    for i, warc in enumerate(warcs):
        Write(os.path.join(out, "warc", "seed-%02d.warc" % i), warc)
    gz = b"".join(gzip.compress(WarcRecord("response", HttpResponse(p))) for p in small)
    Write(os.path.join(out, "warc", "seed-gz.warc.gz"), gz)


if __name__ == "__main__":
    main()
