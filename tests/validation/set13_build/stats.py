#!/usr/bin/env python3
"""Prints the per-article table for README.md from the gold and the texts."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SHORT = {105: "Xinhua (MND presser)", 106: "Global Times (editorial + experts)", 107: "AFP Manila (third parties)",
         108: "EFE (no quotation marks)", 109: "UPI Washington (US only)", 110: "Reuters Washington",
         111: "AP Beijing", 112: "People's Daily Online"}
rows, tot = [], [0] * 10
for f in sorted(glob.glob(os.path.join(HERE, "1[0-9][0-9]_*.gold.json"))):
    g = json.load(open(f, encoding="utf-8"))
    t = open(f.replace(".gold.json", ".txt"), encoding="utf-8").read()
    S = g["sentences"]; Q = g["quotations"]
    c = [len(t.split()), len(S),
         sum(s["sides"] == ["China"] for s in S), sum(s["sides"] == ["United States"] for s in S),
         sum(s["sides"] == ["China", "United States"] for s in S), sum(s["sides"] == [] for s in S),
         sum(s["sides"] == "?" for s in S),
         sum(q["kind"] == "speech" for q in Q), sum(q["kind"] == "title" for q in Q), sum(q["kind"] == "scare" for q in Q)]
    tot = [a + b for a, b in zip(tot, c)]
    n = int(os.path.basename(f)[:3])
    rows.append("| %s | %s | %s |" % (g["article"][:-4], SHORT[n], " | ".join(map(str, c))))
print("| article | house style | words | sentences | CN | US | both | [] | ? | speech | title | scare |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print("\n".join(rows))
print("| **total** | | %s |" % " | ".join("**%d**" % x for x in tot))
