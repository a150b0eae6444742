#!/usr/bin/env python3
"""score-labels.py - scores any claim finder on the committed Brown claim labels, with the
rule of the development set's score.py, per split and genre.

    python3 tests/claims/score-labels.py [--split dev|final|all] CMD...

For each labelled text it runs `CMD... suggest build/claims-brown/<id>.txt`, reads a JSON
array of {"start", "end", "score"?} (code points, end exclusive) and counts a labelled
sentence as suggested when a suggestion's midpoint lies in it or a suggestion covers at
least half of it. Precision at 5 ranks each text's labelled sentences by the highest score
of a suggestion counted for them (unsuggested ones last, in text order). Used for the
baselines of docs/benchmarks/claims.md, e.g. the rules of an earlier commit:
    python3 tests/claims/score-labels.py --split final /path/to/old/annotator
Texts must have been rebuilt first: node tests/claims/build-brown.mjs
"""
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def figures(tp, fp, fn, tn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    pn = tn / (tn + fn) if tn + fn else 0.0
    rn = tn / (tn + fp) if tn + fp else 0.0
    f1n = 2 * pn * rn / (pn + rn) if pn + rn else 0.0
    d = math.sqrt(float(tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    mcc = (tp * tn - fp * fn) / d if d else 0.0
    return p, r, f1, (f1 + f1n) / 2, mcc


def main(argv):
    split = "all"
    if len(argv) >= 2 and argv[0] == "--split":
        split, argv = argv[1], argv[2:]
    if not argv:
        print(__doc__)
        return 2
    labels = json.load(open(os.path.join(HERE, "claims-labels.json"), encoding="utf-8"))
    groups = {}
    for t in labels["texts"]:
        if split != "all" and t["split"] != split:
            continue
        path = os.path.join(ROOT, "build", "claims-brown", t["id"] + ".txt")
        if not os.path.exists(path):
            print(f"missing {path}: run node tests/claims/build-brown.mjs", file=sys.stderr)
            return 3
        out = subprocess.run(argv + ["suggest", path], capture_output=True, text=True, check=True).stdout
        sugg = json.loads(out)
        c = [0, 0, 0, 0]
        scored = []
        for i, s in enumerate(t["sentences"]):
            S, E = s["start"], s["end"]
            best = None
            for g in sugg:
                mid = (g["start"] + g["end"]) / 2
                overlap = min(E, g["end"]) - max(S, g["start"])
                if S <= mid < E or (overlap > 0 and 2 * overlap >= E - S):
                    best = max(best or 0.0, g.get("score", 1.0))
            pred, gold = best is not None, s["label"] == 1
            c[(0 if gold else 1) if pred else (2 if gold else 3)] += 1
            scored.append((-(best if best is not None else -1), i, s["label"]))
        p5 = sum(l for _, _, l in sorted(scored)[:5]) / 5 if len(scored) >= 5 else None
        for key in ("all", t["genre"]):
            g = groups.setdefault(key, {"c": [0, 0, 0, 0], "p5": []})
            g["c"] = [a + b for a, b in zip(g["c"], c)]
            if p5 is not None:
                g["p5"].append(p5)
    for key in ["all"] + sorted(k for k in groups if k != "all"):
        g = groups[key]
        p, r, f1, macro, mcc = figures(*g["c"])
        p5 = sum(g["p5"]) / len(g["p5"]) if g["p5"] else 0.0
        tp, fp, fn, tn = g["c"]
        print(f"{key:15} macro-F1 {macro:.3f} MCC {mcc:.3f} | P {p:.3f} R {r:.3f} F1 {f1:.3f} | P@5 {p5:.3f} "
              f"| {sum(g['c'])} sentences, {tp + fn} positive (TP {tp} FP {fp} FN {fn} TN {tn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
