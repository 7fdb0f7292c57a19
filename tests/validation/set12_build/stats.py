#!/usr/bin/env python3
"""Prints the per-article table for README.md from the gold and text files."""
import glob, json, os
here = os.path.dirname(os.path.abspath(__file__))
SHORT = {97: "AP", 98: "Reuters", 99: "AFP", 100: "EFE", 101: "Xinhua", 102: "China Daily",
         103: "State Dept briefing", 104: "NYT-style feature"}
rows, tot = [], [0] * 10
for g in sorted(glob.glob(os.path.join(here, "articles", "*.gold.json")), key=lambda p: int(os.path.basename(p).split("_")[0])):
    d = json.load(open(g, encoding="utf-8"))
    num = int(d["article"].split("_")[0])
    text = open(os.path.join(here, "articles", d["article"]), encoding="utf-8").read()
    S = d["sentences"]; Q = d["quotations"]
    v = [len(text.split()), len(S),
         sum(s["sides"] == ["China"] for s in S), sum(s["sides"] == ["United States"] for s in S),
         sum(s["sides"] == ["China", "United States"] for s in S), sum(s["sides"] == "?" for s in S),
         sum(s["sides"] == [] for s in S),
         sum(q["kind"] == "speech" for q in Q), sum(q["kind"] == "title" for q in Q), sum(q["kind"] == "scare" for q in Q)]
    tot = [a + b for a, b in zip(tot, v)]
    rows.append((str(num), SHORT[num], v))
print("| # | house style | words | sentences | CN | US | both | ? | none | speech | title | scare |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for n, h, v in rows:
    print("| %s | %s | %s |" % (n, h, " | ".join(map(str, v))))
print("| **total** | | %s |" % " | ".join("**%d**" % x for x in tot))
sp = [q for g in glob.glob(os.path.join(here, "articles", "*.gold.json")) for q in json.load(open(g))["quotations"] if q["kind"] == "speech"]
print("\nspeech quotations by side:", {s: sum(q["side"] == s for q in sp) for s in ("China", "United States", "other")})
