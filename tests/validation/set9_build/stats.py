#!/usr/bin/env python3
"""Print the per-article table for README.md from the .txt and .gold.json files."""
import glob, json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)
SHORT = {73: "AP", 74: "Xinhua English", 75: "Pentagon briefing write-up + transcript",
         76: "Bloomberg (Hong Kong)", 77: "Yonhap (Seoul)", 78: "South China Morning Post",
         79: "Reuters, no quotation marks", 80: "Ningbo city government portal"}
rows, tot = [], [0] * 10
for g in sorted([g for g in glob.glob(os.path.join(HERE, "*.gold.json")) if 73 <= int(os.path.basename(g)[:2]) <= 80]):
    d = json.load(open(g, encoding="utf-8"))
    text = open(os.path.join(HERE, d["article"]), encoding="utf-8").read()
    words = sum(1 for t in text.split() if any(c.isalnum() for c in t))
    ss = d["sentences"]
    cn = sum(s["sides"] == ["China"] for s in ss)
    us = sum(s["sides"] == ["United States"] for s in ss)
    both = sum(s["sides"] == ["China", "United States"] for s in ss)
    none = sum(s["sides"] == [] for s in ss)
    und = sum(s["sides"] == "?" for s in ss)
    qs = d["quotations"]
    sp = sum(q["kind"] == "speech" for q in qs)
    ti = sum(q["kind"] == "title" for q in qs)
    sc = sum(q["kind"] == "scare" for q in qs)
    vals = [words, len(ss), cn, us, both, none, und, sp, ti, sc]
    tot = [a + b for a, b in zip(tot, vals)]
    num = int(d["article"][:2])
    rows.append("| %s | %s | %s |" % (d["article"], SHORT[num], " | ".join(map(str, vals))))
print("| article | house style | words | sentences | CN | US | both | [] | ? | speech q. | title | scare |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
print("\n".join(rows))
print("| **total** | | %s |" % " | ".join("**%d**" % v for v in tot))
