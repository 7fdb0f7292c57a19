#!/usr/bin/env python3
"""Flat dump of the gold for the second-annotator pass (reads only the .gold.json files)."""
import glob, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
for g in sorted(glob.glob(os.path.join(here, "articles", "*.gold.json")), key=lambda p: int(os.path.basename(p).split("_")[0])):
    d = json.load(open(g, encoding="utf-8"))
    print("#", d["article"])
    for i, s in enumerate(d["sentences"]):
        sides = s["sides"] if s["sides"] == "?" else ("+".join("CN" if x == "China" else "US" for x in s["sides"]) or "-")
        print("S%02d\t%s\t%s" % (i, sides, s["text"]))
        for c in s["content"]:
            print("\t\tcontent: %s" % c)
    for i, q in enumerate(d["quotations"]):
        print("Q%02d\t%s/%s\t%r\t<- %r = %s" % (i, q["kind"], q["side"], q["text"], q["speaker_as_written"], q["resolves_to"]))
    print()
