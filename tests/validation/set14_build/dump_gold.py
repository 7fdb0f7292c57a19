#!/usr/bin/env python3
"""Flat dump of the gold for the second-annotator pass (reads only the .gold.json files)."""
import glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
out = []
for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    d = json.load(open(g, encoding="utf-8"))
    out.append("=" * 100)
    out.append("%s | %s" % (d["article"], d["house_style"]))
    for i, s in enumerate(d["sentences"]):
        lab = s["sides"] if s["sides"] == "?" else ("+".join("CN" if x == "China" else "US" for x in s["sides"]) or "-")
        out.append("S%02d [%s] %s" % (i, lab, s["text"]))
        for c in s["content"]:
            out.append("      content: %s" % c)
        out.append("      note: %s" % s["note"])
    for k, q in enumerate(d["quotations"]):
        out.append("Q%02d %-6s %-13s | %s | as written: %r -> %s %s" % (
            k, q["kind"], q["side"], q["text"], q["speaker_as_written"], q["resolves_to"],
            ("(" + q["note"] + ")") if q["note"] else ""))
text = "\n".join(out) + "\n"
os.makedirs(os.path.join(HERE, "review"), exist_ok=True)
open(os.path.join(HERE, "review", "gold_dump.txt"), "w", encoding="utf-8").write(text)
sys.stdout.write(text)
