#!/usr/bin/env python3
"""Compares `annotator extract --json` metadata with extract-dev's expected-metadata.json
(Readability's title, byline, language, direction, site name, published time).

usage: metadata.py EXTRACT_DEV ANNOTATOR [PAGE_NAME...]
Prints, per field, on how many pages ours equals Readability's (white space collapsed; a
leading "By " ignored in bylines and a title counted as equal when Readability's is ours
plus the site's name, since ours drops both on purpose), and with --verbose lists the
pages that differ.
"""
import json, subprocess, sys
from pathlib import Path

def norm(v, field=""):
    if not isinstance(v, str): return None
    v = " ".join(v.split())
    # Ours drops a leading "By " on purpose: compare the names.
    if field == "byline" and v[:3].lower() == "by ": v = v[3:]
    return v or None

def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    if len(argv) < 2: sys.exit(__doc__)
    dev, annotator, names = Path(argv[0]), argv[1], argv[2:]
    pages = sorted(p for p in (dev / "pages").iterdir() if p.is_dir())
    if names: pages = [p for p in pages if p.name in names]
    fields = {"title": "title", "byline": "byline", "lang": "lang", "dir": "dir",
              "site": "siteName", "published": "publishedTime"}
    same = {f: 0 for f in fields}; known = {f: 0 for f in fields}; diffs = []
    for p in pages:
        want = json.loads((p / "expected-metadata.json").read_text(encoding="utf-8"))
        r = subprocess.run([annotator, "extract", str(p / "source.html"), "--json"], capture_output=True)
        got = json.loads(r.stdout) if r.returncode == 0 else {}
        for ours, theirs in fields.items():
            w, g = norm(want.get(theirs), ours), norm(got.get(ours), ours)
            if w is None and g is None: continue
            known[ours] += 1
            ok = w == g or (ours == "title" and w and g and w.startswith(g) and len(w) > len(g))
            same[ours] += bool(ok)
            if not ok: diffs.append(f"  {p.name}: {ours}: ours {g!r}, Readability {w!r}")
    for f in fields:
        print(f"{f:<10} same as Readability on {same[f]:>3} of {known[f]:>3} pages where either has one")
    if verbose: print("\n".join(diffs))

if __name__ == "__main__":
    main(sys.argv[1:])
