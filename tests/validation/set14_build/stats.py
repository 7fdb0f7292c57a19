#!/usr/bin/env python3
"""Print the per-article table used in README.md (reads only the .txt and .gold.json files)."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
tot = [0] * 10
print("| # | file | house style | words | sentences | CN | US | both | unsided | ? | speech | title | scare |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    d = json.load(open(g, encoding="utf-8"))
    text = open(os.path.join(HERE, d["article"]), encoding="utf-8").read()
    S = d["sentences"]; Q = d["quotations"]
    v = [len(text.split()), len(S),
         sum(s["sides"] == ["China"] for s in S), sum(s["sides"] == ["United States"] for s in S),
         sum(s["sides"] == ["China", "United States"] for s in S), sum(s["sides"] == [] for s in S),
         sum(s["sides"] == "?" for s in S),
         sum(q["kind"] == "speech" for q in Q), sum(q["kind"] == "title" for q in Q), sum(q["kind"] == "scare" for q in Q)]
    tot = [a + b for a, b in zip(tot, v)]
    house = d["house_style"].split(":")[0]
    print("| %s | %s | %s | %s |" % (d["article"][:3], d["article"], house, " | ".join(map(str, v))))
print("| | **total** | | %s |" % " | ".join("**%d**" % x for x in tot))
