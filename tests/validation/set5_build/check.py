#!/usr/bin/env python3
"""Verify the set5 articles against their gold files.

usage: python3 check.py [DIR] [--table]

Checks, per NN_slug.txt / NN_slug.gold.json pair:
  layout     line 1 headline, blank line, paragraphs separated by single blank lines
  fields     exact key sets, split / sides / side / kind values, article name = file stem,
             37-42 "tuned" and 43-48 "untouched"
  sentences  every gold sentence occurs exactly and in order; nothing but whitespace
             between or around them (coverage, also checked whitespace-ignored);
             no sentence crosses a paragraph; sentence 1 is the headline line and
             sentence 2 opens the first paragraph
  content    each content string occurs in its own sentence; sided sentences have
             content, [] and "?" sentences have none
  quotations every gold quotation lies between quotation marks, in article order;
             run-ons over paragraphs are one quotation (pieces joined by one space);
             every double-quoted span of the article is in the gold; quotation
             marks are balanced; titles/scare quotes are side "other"; the sentence
             a China/US quotation opens in, and every sentence lying wholly inside
             it, carries that side
  length     300-700 words (whole .txt, headline included)
  dateline   the first paragraph opens with a dateline (PLACE[, date][ (Agency)] dash)
Exit status 1 if anything fails."""
import glob
import json
import os
import re
import sys

TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
SIDE_LISTS = [[], ["China"], ["United States"], ["China", "United States"]]
_DATE = r"(, [A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*)?( \d{1,2})?)"   # , March 12 | , California | , DC
_AGENCY = r"( \([A-Za-z ]{2,20}\))"                          # (Reuters)
_DASH = r"\.?\s?(--|—|–|-)\s"                                 # dash (also EFE's ".-")
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.’'/ ]{1,30}" + _DATE + "?" + _AGENCY + "?"    # BEIJING, TAIPEI/BEIJING
    r"|[A-Z][A-Za-z.’'/ ]{1,30}(?:" + _DATE + _AGENCY + "?|" + _AGENCY + "))"  # Beijing, Feb 9 (EFE)
    + _DASH)


def paragraphs(txt, err):
    """[(offset, text)] for the headline and every body paragraph."""
    if not txt.endswith("\n") or txt.endswith("\n\n"):
        err("file must end with exactly one newline")
    lines = txt.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err("layout: line 1 headline, line 2 blank expected")
    for i, line in enumerate(lines[2:], start=2):
        if (i % 2 == 0) != bool(line.strip()):
            err(f"layout: line {i+1} should be {'a paragraph' if i % 2 == 0 else 'blank'}")
        if line != line.strip():
            err(f"layout: line {i+1} has leading/trailing whitespace")
    out, pos = [], 0
    for line in txt.split("\n"):
        if line:
            out.append((pos, line))
        pos += len(line) + 1
    return out


def double_quotes(full, paras, err):
    """Double-quoted spans: (start, end, text, runon). start/end are the offsets of
    the first and last quoted character (+1), without marks."""
    spans, cur = [], None
    for k, (off, t) in enumerate(paras):
        j = 0
        if cur is not None:
            if k == 1:
                err("a quotation is left open in the headline")
            if t[:1] == cur["open"]:
                j, cur["piece"] = 1, off + 1
            else:
                err(f"unclosed quotation mark in paragraph {k-1}")
                cur = None
        while j < len(t):
            c = t[j]
            if cur is None:
                if c in "“\"":
                    cur = {"start": off + j + 1, "open": c, "pieces": [], "piece": off + j + 1}
                elif c == "”":
                    err(f"stray closing mark at offset {off+j}: {t[max(0,j-30):j+5]!r}")
            else:
                if (c == "”" and cur["open"] == "“") or (c == '"' and cur["open"] == '"'):
                    cur["pieces"].append(full[cur["piece"]:off + j])
                    spans.append((cur["start"], off + j, " ".join(cur["pieces"]),
                                  len(cur["pieces"]) > 1))
                    cur = None
                elif c in "“\"":
                    err(f"opening mark inside an open quotation at offset {off+j}")
            j += 1
        if cur is not None:
            cur["pieces"].append(full[cur["piece"]:off + len(t)])
    if cur is not None:
        err("quotation still open at end of article")
    return spans


def check_pair(gold_path, errors):
    stem = os.path.basename(gold_path)[:-len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(gold_path), stem + ".txt")
    err = lambda m: errors.append(f"{stem}: {m}")
    try:
        with open(gold_path, encoding="utf-8") as f:
            g = json.load(f)
        with open(txt_path, encoding="utf-8") as f:
            full = f.read()
    except Exception as e:  # missing file, bad JSON, bad UTF-8
        err(f"cannot read: {e}")
        return None

    # ---- fields
    if set(g) != TOP_KEYS:
        err(f"top-level keys {sorted(g)}")
        return None
    if g["article"] != stem + ".txt":
        err(f"article field {g['article']!r} != file stem")
    m = re.match(r"(\d\d)_[a-z0-9_]+$", stem)
    if not m:
        err("file name must be NN_slug")
    else:
        n = int(m.group(1))
        want = "tuned" if 37 <= n <= 42 else "untouched" if 43 <= n <= 48 else None
        if want and g["split"] != want:
            err(f"split {g['split']!r}, expected {want!r}")
    if g["split"] not in ("tuned", "untouched"):
        err(f"bad split {g['split']!r}")
    if not isinstance(g["house_style"], str) or not g["house_style"].strip():
        err("house_style must be a non-empty string")
    sents, quotes = g["sentences"], g["quotations"]
    for i, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            err(f"sentence {i}: keys {sorted(s) if isinstance(s, dict) else s}")
            return None
        if not (s["sides"] == "?" or s["sides"] in SIDE_LISTS):
            err(f"sentence {i}: bad sides {s['sides']!r}")
        if not isinstance(s["content"], list) or not all(isinstance(c, str) and c.strip() for c in s["content"]):
            err(f"sentence {i}: content must be a list of non-empty strings")
            s["content"] = []
        if not isinstance(s["note"], str) or not isinstance(s["text"], str) or not s["text"].strip():
            err(f"sentence {i}: text/note must be strings, text non-empty")
            return None
    for i, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            err(f"quotation {i}: keys {sorted(q) if isinstance(q, dict) else q}")
            return None
        if q["side"] not in ("China", "United States", "other"):
            err(f"quotation {i}: bad side {q['side']!r}")
        if q["kind"] not in ("speech", "title", "scare"):
            err(f"quotation {i}: bad kind {q['kind']!r}")
        if q["kind"] != "speech" and q["side"] != "other":
            err(f"quotation {i}: a {q['kind']} is no side's quotation (side must be other)")
        if q["kind"] == "speech" and not (q["speaker_as_written"].strip() and q["resolves_to"].strip()):
            err(f"quotation {i}: a quote needs speaker_as_written and resolves_to")
        if not q["text"].strip():
            err(f"quotation {i}: empty text")

    # ---- layout, length, dateline
    paras = paragraphs(full, err)
    words = len(full.split())
    if not 300 <= words <= 700:
        err(f"{words} words, outside 300-700")
    if len(paras) < 2:
        err("no body paragraphs")
        return None
    if not DATELINE.match(paras[1][1]):
        err(f"first paragraph has no dateline-like opening: {paras[1][1][:50]!r}")

    # ---- sentences: exact, in order, covering
    spans, pos = [], 0
    for i, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            err(f"sentence {i} crosses a paragraph break")
        idx = full.find(t, pos)
        if idx < 0:
            err(f"sentence {i} not found (in order): {t[:60]!r}")
            return None
        if full[pos:idx].strip():
            err(f"text not covered by any sentence before sentence {i}: {full[pos:idx][:60]!r}")
        spans.append((idx, idx + len(t)))
        pos = idx + len(t)
    if full[pos:].strip():
        err(f"text not covered after the last sentence: {full[pos:][:60]!r}")
    squash = lambda x: re.sub(r"\s+", "", x)
    if squash("".join(s["text"] for s in sents)) != squash(full):
        err("sentences do not cover the article (whitespace ignored)")
    if sents[0]["text"] != paras[0][1]:
        err("sentence 0 must be the whole headline line")
    if spans[1][0] != paras[1][0]:
        err("sentence 1 must open the first paragraph (the dateline sentence)")

    # ---- content
    for i, s in enumerate(sents):
        for c in s["content"]:
            if c not in s["text"]:
                err(f"sentence {i}: content not in its sentence: {c[:50]!r}")
        if isinstance(s["sides"], list) and s["sides"] and not s["content"]:
            err(f"sentence {i}: sided sentence without content")
        if (s["sides"] == [] or s["sides"] == "?") and s["content"]:
            err(f"sentence {i}: {s['sides']!r} sentence must have no content")

    # ---- quotations
    dq = double_quotes(full, paras, err)
    used, qpos, located = set(), -1, []
    for i, q in enumerate(quotes):
        # earliest occurrence after the previous quotation: a double-quoted span
        # (incl. run-ons) or a span between single marks
        hit = next((d for d in dq if d[2] == q["text"] and d[0] > qpos and d[0] not in used), None)
        single = None
        for mm in re.finditer(re.escape(q["text"]), full):
            a, b = mm.start(), mm.end()
            if a > qpos and a > 0 and b < len(full) and full[a - 1] in "‘'" and full[b] in "’'":
                single = (a, b)
                break
        if hit and (single is None or hit[0] < single[0]):
            used.add(hit[0])
            start, end = hit[0], hit[1]
        elif single:
            start, end = single
        else:
            err(f"quotation {i} not found between marks after the previous one: {q['text'][:50]!r}")
            continue
        qpos = start
        located.append((q, start, end))
    for d in dq:
        if d[0] not in used:
            err(f"double-quoted span missing from gold quotations: {d[2][:50]!r}")
    for q, a, b in located:
        if q["kind"] != "speech" or q["side"] == "other":
            continue
        opener = next((k for k, (x, y) in enumerate(spans) if x <= a < y), None)
        if opener is None or not isinstance(sents[opener]["sides"], list) or q["side"] not in sents[opener]["sides"]:
            err(f"quotation {q['text'][:40]!r} ({q['side']}) opens in a sentence not labelled {q['side']}")
        for k, (x, y) in enumerate(spans):
            if x >= a - 1 and y <= b + 1 and k != opener:
                if not isinstance(sents[k]["sides"], list) or q["side"] not in sents[k]["sides"]:
                    err(f"sentence {k} lies inside a {q['side']} quotation but is not labelled so")

    return {"article": stem, "split": g["split"], "house_style": g["house_style"],
            "words": words, "sentences": len(sents),
            "sided": sum(1 for s in sents if isinstance(s["sides"], list) and s["sides"]),
            "undecidable": sum(1 for s in sents if s["sides"] == "?"),
            "quotations": len(quotes),
            "quotes": sum(1 for q in quotes if q["kind"] == "speech")}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    d = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    def set5(path):   # tests/validation holds sets 1-4 as well: check 37-48 only
        return 37 <= int(os.path.basename(path)[:2]) <= 48
    golds = sorted(filter(set5, glob.glob(os.path.join(d, "[0-9][0-9]_*.gold.json"))))
    txts = sorted(filter(set5, glob.glob(os.path.join(d, "[0-9][0-9]_*.txt"))))
    errors = []
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errors.append(f"{os.path.basename(t)}: no gold file")
    if not golds:
        errors.append("no gold files found")
    rows = [r for r in (check_pair(p, errors) for p in golds) if r]
    if "--table" in sys.argv:
        print("| split | article | house style | sentences | sided | `?` | quotations |")
        print("|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['split']} | {r['article']} | {r['house_style']} | "
                  f"{r['sentences']} | {r['sided']} | {r['undecidable']} | {r['quotations']} |")
        for sp in ("tuned", "untouched", None):
            rs = [r for r in rows if sp is None or r["split"] == sp]
            print(f"| **{sp or 'all'}** | {len(rs)} articles | {min(r['words'] for r in rs)}-"
                  f"{max(r['words'] for r in rs)} words | {sum(r['sentences'] for r in rs)} | "
                  f"{sum(r['sided'] for r in rs)} | {sum(r['undecidable'] for r in rs)} | "
                  f"{sum(r['quotations'] for r in rs)} |")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} gold files, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
