#!/usr/bin/env python3
"""Flat dump of the gold for the second-annotator pass: python3 dump.py > gold_dump.txt"""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
for g in sorted(glob.glob(os.path.join(HERE, "1[0-9][0-9]_*.gold.json"))):
    G = json.load(open(g, encoding="utf-8"))
    print("=" * 100)
    print(G["article"], "|", G["house_style"])
    for i, s in enumerate(G["sentences"]):
        sides = s["sides"] if s["sides"] == "?" else "+".join({"China": "CN", "United States": "US"}[x] for x in s["sides"]) or "-"
        print("S%02d [%s] %s" % (i, sides, s["text"]))
        for c in s["content"]:
            print("        content: %s" % c)
        print("        note: %s" % s["note"])
    for i, q in enumerate(G["quotations"]):
        print("Q%02d %-6s %-13s %r <- %r = %s" % (i, q["kind"], q["side"], q["text"], q["speaker_as_written"], q["resolves_to"]))
