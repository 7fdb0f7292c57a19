#!/usr/bin/env python3
"""Print the per-article summary table (markdown) used in README.md."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SHORT = {121: "AP", 122: "Reuters", 123: "AFP", 124: "EFE", 125: "Xinhua (SCIO)", 126: "China Daily",
         127: "CGTN (FM briefing)", 128: "VOA-style, US only"}
rows, tot = [], [0] * 9
for g in sorted(glob.glob(os.path.join(HERE, "1[0-9][0-9]_*.gold.json"))):
    G = json.load(open(g, encoding="utf-8"))
    text = open(g[:-10] + ".txt", encoding="utf-8").read()
    S, Qs = G["sentences"], G["quotations"]
    v = [len(text.split()), len(S),
         sum(s["sides"] == ["China"] for s in S), sum(s["sides"] == ["United States"] for s in S),
         sum(s["sides"] == ["China", "United States"] for s in S), sum(s["sides"] == [] for s in S),
         sum(s["sides"] == "?" for s in S),
         sum(q["kind"] == "speech" for q in Qs), sum(q["kind"] == "title" for q in Qs)]
    v.append(sum(q["kind"] == "scare" for q in Qs))
    tot = [a + b for a, b in zip(tot + [0] * (len(v) - len(tot)), v)]
    rows.append((G["article"], SHORT[int(G["article"][:3])], v))
print("| article | house style | words | sentences | CN | US | both | [] | ? | speech q | title | scare |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for a, h, v in rows:
    print("| %s | %s | %s |" % (a.replace(".txt", ""), h, " | ".join(map(str, v))))
print("| **total** | | %s |" % " | ".join("**%d**" % x for x in tot))
