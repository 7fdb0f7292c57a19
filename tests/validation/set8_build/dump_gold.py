#!/usr/bin/env python3
"""Flat dump of all gold labels (for the second-annotator pass): python3 dump_gold.py > gold_dump.txt"""
import glob, json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)
for g in sorted([g for g in glob.glob(os.path.join(HERE, "*.gold.json")) if 65 <= int(os.path.basename(g)[:2]) <= 72]):
    d = json.load(open(g, encoding="utf-8"))
    print("=" * 100)
    print(d["article"], "|", d["house_style"])
    for k, s in enumerate(d["sentences"]):
        sides = s["sides"] if s["sides"] == "?" else ("+".join("CN" if x == "China" else "US" for x in s["sides"]) or "-")
        print("S%02d [%s] %s" % (k, sides, s["text"]))
        for c in s["content"]:
            print("      content: %s" % c)
        if s["note"]:
            print("      note: %s" % s["note"])
    for k, q in enumerate(d["quotations"]):
        print("Q%02d %-6s %-13s %r | as written: %r -> %r %s" % (k, q["kind"], q["side"], q["text"],
              q["speaker_as_written"], q["resolves_to"], ("| " + q["note"]) if q["note"] else ""))
