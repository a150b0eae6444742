#!/usr/bin/env python3
"""agreement.py - how far the two annotators of the claim labels agree (Cohen's kappa).

    python3 tests/claims/agreement.py                 # the committed labels
    python3 tests/claims/agreement.py --pool DIR      # DIR/labels-A, DIR/labels-B (batches)

Reads tests/claims/annotators/A.jsonl and B.jsonl (one {"id", "label", "category", "key"}
per sentence, ids "<text>:<n>"), prints per genre and overall: sentences, observed
agreement, Cohen's kappa of the label, and Cohen's kappa of the category on the sentences
both marked check-worthy. With the adjudicated tests/claims/claims-labels.json present it
also gives each annotator's kappa against the adjudicated label, and against the earlier
single-annotator labels of tests/claims/brown-labels.json where those exist.
"""
import argparse
import glob
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GENRES = {"a": "press", "c": "reviews", "d": "religion", "e": "hobbies", "f": "lore",
          "g": "belles-lettres", "j": "learned", "w": "wikinews"}


def genre(sentence_id):
    return GENRES.get(sentence_id[1] if sentence_id.startswith("c") else sentence_id[0], "?")


def read_jsonl(paths):
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    out[r["id"]] = r
    return out


def kappa(pairs):
    """Cohen's kappa of a list of (a, b) labels; None when undefined."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else None


def fmt(x):
    return "-" if x is None else f"{x:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", help="a labelling pool with labels-A/ and labels-B/")
    args = ap.parse_args()
    if args.pool:
        a = read_jsonl(sorted(glob.glob(os.path.join(args.pool, "labels-A", "batch-*.jsonl"))))
        b = read_jsonl(sorted(glob.glob(os.path.join(args.pool, "labels-B", "batch-*.jsonl"))))
    else:
        a = read_jsonl([os.path.join(HERE, "annotators", "A.jsonl")])
        b = read_jsonl([os.path.join(HERE, "annotators", "B.jsonl")])
    both = [i for i in a if i in b]
    if not both:
        print("no sentence labelled by both annotators")
        return 1
    adjudicated, earlier = {}, {}
    path = os.path.join(HERE, "claims-labels.json")
    if os.path.exists(path):
        for t in json.load(open(path, encoding="utf-8"))["texts"]:
            for s in t["sentences"]:
                adjudicated[f'{t["id"]}:{s["n"]}'] = s["label"]
    old = json.load(open(os.path.join(HERE, "brown-labels.json"), encoding="utf-8"))
    for t in old["texts"]:
        for n, s in enumerate(t["sentences"]):
            earlier[f'{t["id"]}:{n}'] = s["label"]

    groups = defaultdict(list)
    for i in both:
        groups[genre(i)].append(i)
    groups["all"] = both
    print("| genre | sentences | positive (A / B) | observed agreement | kappa (label) | kappa (category, both positive) | A vs adjudicated | B vs adjudicated |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    order = [g for g in GENRES.values() if g in groups] + ["all"]
    for g in order:
        ids = groups[g]
        pairs = [(a[i]["label"], b[i]["label"]) for i in ids]
        cats = [(a[i]["category"], b[i]["category"]) for i in ids if a[i]["label"] == 1 and b[i]["label"] == 1]
        obs = sum(x == y for x, y in pairs) / len(pairs)
        adj = [i for i in ids if i in adjudicated]
        ka = kappa([(a[i]["label"], adjudicated[i]) for i in adj])
        kb = kappa([(b[i]["label"], adjudicated[i]) for i in adj])
        print(f"| {g} | {len(ids)} | {sum(x for x, _ in pairs)} / {sum(y for _, y in pairs)} | {obs:.2f} | "
              f"{fmt(kappa(pairs))} | {fmt(kappa(cats))} ({len(cats)}) | {fmt(ka)} | {fmt(kb)} |")
    old_ids = [i for i in both if i in earlier]
    if old_ids:
        print()
        print(f"Earlier single annotator (brown-labels.json, {len(old_ids)} sentences): "
              f"kappa with A {fmt(kappa([(earlier[i], a[i]['label']) for i in old_ids]))}, "
              f"with B {fmt(kappa([(earlier[i], b[i]['label']) for i in old_ids]))}"
              + (f", with the adjudicated label {fmt(kappa([(earlier[i], adjudicated[i]) for i in old_ids if i in adjudicated]))}"
                 if adjudicated else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
