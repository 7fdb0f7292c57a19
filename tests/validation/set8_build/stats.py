#!/usr/bin/env python3
"""Print the per-article table for README.md (markdown)."""
import glob, json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)
rows, tot = [], [0] * 10
SHORT = {"65": "Reuters, Beijing", "66": "AFP, Washington", "67": "EFE, Beijing", "68": "China Daily (state daily)",
         "69": "FM press conference (Xinhua)", "70": "long feature", "71": "third party (dpa, Geneva)",
         "72": "AP, US side only"}
print("| article | house style | words | sentences | CN | US | both | none | ? | speech | title | scare |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for g in sorted([g for g in glob.glob(os.path.join(HERE, "*.gold.json")) if 65 <= int(os.path.basename(g)[:2]) <= 72]):
    d = json.load(open(g, encoding="utf-8"))
    text = open(os.path.join(HERE, d["article"]), encoding="utf-8").read()
    S = d["sentences"]; Q = d["quotations"]
    v = [len(text.split()), len(S),
         sum(s["sides"] == ["China"] for s in S), sum(s["sides"] == ["United States"] for s in S),
         sum(s["sides"] == ["China", "United States"] for s in S), sum(s["sides"] == [] for s in S),
         sum(s["sides"] == "?" for s in S),
         sum(q["kind"] == "speech" for q in Q), sum(q["kind"] == "title" for q in Q), sum(q["kind"] == "scare" for q in Q)]
    tot = [a + b for a, b in zip(tot, v)]
    print("| %s | %s | %s |" % (d["article"], SHORT[d["article"][:2]], " | ".join(map(str, v))))
print("| **total** | 8 articles | %s |" % " | ".join("**%d**" % x for x in tot))
