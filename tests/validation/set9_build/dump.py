#!/usr/bin/env python3
"""Flat dump of the gold for the second-annotator pass: one line per sentence and
per quotation, read from the .gold.json files only.  Writes review/gold_dump.txt."""
import glob, json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)
out = []
for g in sorted([g for g in glob.glob(os.path.join(HERE, "*.gold.json")) if 73 <= int(os.path.basename(g)[:2]) <= 80]):
    d = json.load(open(g, encoding="utf-8"))
    out.append("=== %s | %s" % (d["article"], d["house_style"]))
    for k, s in enumerate(d["sentences"], 1):
        sides = s["sides"] if s["sides"] == "?" else ("+".join("CN" if x == "China" else "US" for x in s["sides"]) or "[]")
        out.append("S%02d %-5s | %s" % (k, sides, s["text"]))
        for c in s["content"]:
            out.append("          content: %s" % c)
        out.append("          note: %s" % s["note"])
    for k, q in enumerate(d["quotations"], 1):
        out.append("Q%02d %-6s %-13s | %s | as written: %s | = %s %s" % (
            k, q["kind"], q["side"], q["text"], q["speaker_as_written"], q["resolves_to"],
            ("| " + q["note"]) if q["note"] else ""))
    out.append("")
os.makedirs(os.path.join(HERE, "review"), exist_ok=True)
open(os.path.join(HERE, "review", "gold_dump.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("wrote review/gold_dump.txt, %d lines" % len(out))
