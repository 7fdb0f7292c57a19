"""Consistency checks for set 4 gold files. Usage: python3 check.py [dir]"""
import glob
import json
import os
import re
import sys

D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OPEN = set('"\'“‘')
CLOSE = set('"\'”’')
VALID_SIDES = ([], ["China"], ["United States"], ["China", "United States"], "?")
QSIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
DATELINE = re.compile(r"^[A-Z][A-Za-z .,/]*[A-Za-z]?.*?(\(|--|—|\.-)")


def check(gold_path):
    errs = []
    g = json.load(open(gold_path, encoding="utf-8"))
    name = os.path.basename(gold_path).replace(".gold.json", ".txt")
    if g.get("article") != name:
        errs.append("article field %r != %r" % (g.get("article"), name))
    if g.get("split") not in ("tuned", "untouched"):
        errs.append("bad split")
    if not g.get("house_style"):
        errs.append("no house_style")
    text = open(os.path.join(D, name), encoding="utf-8").read()
    words = len(text.split())
    if not 300 <= words <= 700:
        errs.append("word count %d" % words)
    paras = [p for p in text.split("\n\n") if p.strip()]
    if len(paras) < 3:
        errs.append("fewer than 3 paragraphs")
    elif "\n" in paras[0].strip():
        errs.append("headline spans more than one line")
    elif not DATELINE.match(paras[1]):
        errs.append("first paragraph has no dateline-like opening")
    # sentences: exact, in order, covering
    pos = 0
    for i, s in enumerate(g["sentences"]):
        t = s["text"]
        j = text.find(t, pos)
        if j < 0:
            errs.append("sentence %d not found in order: %r" % (i, t[:60]))
            continue
        if text[pos:j].strip():
            errs.append("uncovered text before sentence %d: %r" % (i, text[pos:j]))
        pos = j + len(t)
        if s["sides"] not in VALID_SIDES:
            errs.append("sentence %d bad sides %r" % (i, s["sides"]))
        if s["sides"] in ([], "?"):
            if s["content"]:
                errs.append("sentence %d: content for unsided sentence" % i)
        else:
            if not s["content"]:
                errs.append("sentence %d: sided sentence without content" % i)
        for c in s["content"]:
            if not c or c not in t:
                errs.append("sentence %d: content %r not in sentence" % (i, c))
    if text[pos:].strip():
        errs.append("uncovered text at end: %r" % text[pos:][:60])
    joined = re.sub(r"\s+", "", "".join(s["text"] for s in g["sentences"]))
    if joined != re.sub(r"\s+", "", text):
        errs.append("sentences do not cover the article (whitespace ignored)")
    # quotations: exact, in order, bounded by marks
    pos = 0
    for i, q in enumerate(g["quotations"]):
        t = q["text"]
        j = text.find(t, pos)
        if j < 0:
            errs.append("quotation %d not found in order: %r" % (i, t[:60]))
            continue
        before = text[j - 1] if j > 0 else ""
        after = text[j + len(t)] if j + len(t) < len(text) else ""
        if before not in OPEN or after not in CLOSE:
            errs.append("quotation %d not bounded by marks (%r...%r): %r" % (i, before, after, t[:50]))
        pos = j + len(t)
        if q["side"] not in QSIDES:
            errs.append("quotation %d bad side" % i)
        if q["kind"] not in KINDS:
            errs.append("quotation %d bad kind" % i)
        if q["kind"] in ("title", "scare") and q["side"] != "other":
            errs.append("quotation %d: title/scare must be side other" % i)
        if q["kind"] == "speech" and not q.get("speaker_as_written"):
            errs.append("quotation %d: speech without speaker" % i)
        for k in ("speaker_as_written", "resolves_to", "note"):
            if k not in q:
                errs.append("quotation %d: missing %s" % (i, k))
    n_sided = sum(1 for s in g["sentences"] if s["sides"] not in ([], "?"))
    return errs, words, len(g["sentences"]), n_sided, len(g["quotations"])


def main():
    files = sorted(glob.glob(os.path.join(D, "*.gold.json")))
    txts = sorted(glob.glob(os.path.join(D, "*.txt")))
    bad = 0
    if len(files) != len(txts):
        print("MISMATCH: %d gold files, %d txt files" % (len(files), len(txts)))
        bad += 1
    for f in files:
        errs, w, n, ns, nq = check(f)
        print("%-40s %4d words %3d sentences %3d sided %3d quotations %s"
              % (os.path.basename(f), w, n, ns, nq, "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print("ALL OK" if not bad else "%d FAILED" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
