#!/usr/bin/env python3
"""Print the per-article table (markdown) used in README.md."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
short = {129: "WaPo feature", 130: "AFP, ASEAN meeting (third parties)", 131: "Xinhua, no quotation marks",
         132: "State Dept briefing + transcript", 133: "Reuters exclusive, Washington", 134: "AP, Beijing",
         135: "Xinhua, defense ministry", 136: "China Daily, Shenzhen"}
rows, tot = [], [0] * 10
for gp in sorted(glob.glob(os.path.join(HERE, "1[0-9][0-9]_*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    n = int(g["article"].split("_")[0])
    text = open(os.path.join(HERE, g["article"]), encoding="utf-8").read()
    S = g["sentences"]; Q = g["quotations"]
    v = [len(text.split()), len(S),
         sum(s["sides"] == ["China"] for s in S), sum(s["sides"] == ["United States"] for s in S),
         sum(s["sides"] == ["China", "United States"] for s in S), sum(s["sides"] == [] for s in S),
         sum(s["sides"] == "?" for s in S),
         sum(q["kind"] == "speech" for q in Q), sum(q["kind"] == "title" for q in Q), sum(q["kind"] == "scare" for q in Q)]
    tot = [a + b for a, b in zip(tot, v)]
    rows.append("| %s | %s | %s |" % (g["article"], short[n], " | ".join(map(str, v))))
print("| article | house style | words | sentences | CN | US | both | [] | ? | speech | title | scare |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print("\n".join(rows))
print("| **total** | | %s |" % " | ".join("**%d**" % x for x in tot))
