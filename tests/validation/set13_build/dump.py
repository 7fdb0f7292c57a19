#!/usr/bin/env python3
"""Flat dump of the gold for the second-annotator pass: python3 dump.py > gold_dump.txt"""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(HERE, "1[0-9][0-9]_*.gold.json"))):
    g = json.load(open(f, encoding="utf-8"))
    print("=" * 100)
    print(g["article"], "|", g["house_style"])
    for i, s in enumerate(g["sentences"]):
        sides = s["sides"] if s["sides"] == "?" else ("+".join("CN" if x == "China" else "US" for x in s["sides"]) or "-")
        print("S%02d [%s] %s" % (i, sides, s["text"]))
        for c in s["content"]:
            print("      content: %s" % c)
        if s["note"]:
            print("      note: %s" % s["note"])
    for i, q in enumerate(g["quotations"]):
        print("Q%02d %-6s %-13s %s <- %r = %s%s" % (i, q["kind"], q["side"], repr(q["text"][:70]), q["speaker_as_written"],
              q["resolves_to"], ("  (" + q["note"] + ")") if q["note"] else ""))
