#!/usr/bin/env python3
"""Verify a set of attribution-gold articles (set 6 layout).

Usage: python3 check.py [DIR]      (default: the directory of this script)
Exit status 0 when every check passes, 1 otherwise (every problem is printed).

Checks, per article:
  files      NN_slug.txt + NN_slug.gold.json pairs, NN in 49..56, UTF-8, exactly 8 articles
  layout     line 1 headline, line 2 blank, paragraphs separated by exactly one blank line,
             no leading/trailing spaces on lines, file ends with one newline
  dateline   first paragraph opens with a dateline (PLACE[, date][ (Agency)] dash)
  words      300..650 words (whitespace tokens, headline included)
  schema     exact top-level keys, article name, split "untouched", house_style,
             exact sentence keys and quotation keys, valid sides / side / kind values
  order      every gold sentence occurs verbatim, in order, separated only by whitespace,
             never across a paragraph break; the first gold sentence is the headline
  coverage   sentences joined == article text, whitespace ignored
  content    every content substring occurs in its own sentence; sided sentences have
             content, [] and "?" sentences have none
  quotes     the article's quotation-mark spans (pairs of straight or curly double marks,
             runs-on over paragraphs, single marks in the headline) equal the gold
             quotation texts, in order; speech quotations have a speaker; titles/scare
             quotes are side "other"
  agreement  a speech quotation with side S lies only in sentences whose sides contain S,
             overlaps their content, and never sits in a "?" sentence
"""
import json
import os
import re
import sys

SIDES = {"China", "United States"}
SIDE_ORDER = ["China", "United States"]
QSIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
S_KEYS = {"text", "sides", "content", "note"}
Q_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ ]{1,40}?)"
    r"(?:, (?P<date>(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} [A-Z][a-z]+))?"
    r"(?: \((?P<agency>[A-Za-z ]+)\))?"
    r" (?:--|-|–|—) \S")
FILE_RE = re.compile(r"^(\d\d)_[a-z0-9_]+\.txt$")


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, msg):
        self.items.append(f"{where}: {msg}")


def paragraphs(txt):
    head, _, rest = txt.partition("\n\n")
    return head, rest.rstrip("\n").split("\n\n")


def parse_quotations(txt, where, P):
    """Return [(text, start, end)] with start/end offsets of the marked span (marks excluded)
    in the full article text. A run-on quotation has end in a later paragraph."""
    out = []
    head, paras = paragraphs(txt)
    # headline: double marks and single marks (headline style)
    for m in re.finditer(r"“([^”]+)”|\"([^\"]+)\"", head):
        g = m.group(1) if m.group(1) is not None else m.group(2)
        out.append((g, m.start() + 1, m.end() - 1))
    for m in re.finditer(r"(?:(?<=\s)|^)'([^']+)'(?=[\s,.;:!?]|$)", head):
        out.append((m.group(1), m.start() + 1, m.end() - 1))
    out.sort(key=lambda t: t[1])
    if head.count('"') % 2 or head.count("“") != head.count("”"):
        P.add(where, "unbalanced quotation marks in headline")
    # body
    offset = len(head) + 2
    inside = None  # None, '"' or '“'
    buf, start = [], None
    for i, para in enumerate(paras):
        j = 0
        if inside is not None:
            if not para.startswith(inside):
                P.add(where, f"paragraph {i+1}: previous paragraph left a quotation open but this one does not reopen it")
                inside, buf, start = None, [], None
            else:
                j = 1
                buf.append(" ")
        while j < len(para):
            ch = para[j]
            if inside is None:
                if ch in ('"', "“"):
                    inside, buf, start = ch, [], offset + j + 1
                elif ch == "”":
                    P.add(where, f"paragraph {i+1}: stray closing mark at {j}")
            else:
                close = '"' if inside == '"' else "”"
                if ch == close:
                    out.append(("".join(buf), start, offset + j))
                    inside = None
                elif inside == "“" and ch == "“":
                    P.add(where, f"paragraph {i+1}: opening mark inside an open quotation at {j}")
                else:
                    buf.append(ch)
            j += 1
        offset += len(para) + 2
    if inside is not None:
        P.add(where, "quotation still open at the end of the article")
    return out


def check_article(d, txtname, P):
    where = txtname
    path = os.path.join(d, txtname)
    gpath = path[:-4] + ".gold.json"
    try:
        raw = open(path, "rb").read()
        txt = raw.decode("utf-8")
    except UnicodeDecodeError:
        P.add(where, "not UTF-8")
        return None
    if not os.path.exists(gpath):
        P.add(where, "missing gold file")
        return None
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa
        P.add(where, f"gold not valid JSON: {e}")
        return None

    # ---- layout
    lines = txt.split("\n")
    if not txt.endswith("\n") or txt.endswith("\n\n"):
        P.add(where, "file must end with exactly one newline")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        P.add(where, "line 1 must be the headline and line 2 blank")
    if "\n\n\n" in txt:
        P.add(where, "more than one blank line between paragraphs")
    for n, ln in enumerate(lines, 1):
        if ln != ln.strip():
            P.add(where, f"line {n} has leading/trailing whitespace")
    head, paras = paragraphs(txt)
    if any(not p.strip() for p in paras):
        P.add(where, "empty paragraph")
    # ---- dateline
    m = DATELINE.match(paras[0]) if paras else None
    if not m or not (m.group("date") or m.group("agency") or m.group("place").isupper()):
        P.add(where, f"first paragraph does not open with a dateline: {paras[0][:60]!r}")
    # ---- words
    nw = len(txt.split())
    if not 300 <= nw <= 650:
        P.add(where, f"word count {nw} outside 300..650")

    # ---- schema
    if set(gold) != TOP_KEYS:
        P.add(where, f"top-level keys {sorted(gold)}")
    if gold.get("article") != txtname:
        P.add(where, f"article field {gold.get('article')!r} != {txtname!r}")
    if gold.get("split") != "untouched":
        P.add(where, "split must be 'untouched'")
    if not isinstance(gold.get("house_style"), str) or not gold.get("house_style", "").strip():
        P.add(where, "house_style missing")
    sents = gold.get("sentences") or []
    quots = gold.get("quotations")
    if not isinstance(quots, list):
        P.add(where, "quotations must be a list")
        quots = []
    if not sents:
        P.add(where, "no sentences")
        return None
    for k, s in enumerate(sents):
        w = f"{where} sentence {k+1}"
        if set(s) != S_KEYS:
            P.add(w, f"keys {sorted(s)}")
            continue
        if not isinstance(s["text"], str) or not s["text"] or s["text"] != s["text"].strip():
            P.add(w, "text empty or padded")
        if not isinstance(s["note"], str):
            P.add(w, "note must be a string")
        sd = s["sides"]
        if sd != "?":
            if not isinstance(sd, list) or any(x not in SIDES for x in sd) or len(set(sd)) != len(sd):
                P.add(w, f"invalid sides {sd!r}")
            elif sd != [x for x in SIDE_ORDER if x in sd]:
                P.add(w, f"sides not in canonical order {sd!r}")
        if not isinstance(s["content"], list) or any(not isinstance(c, str) or not c for c in s["content"]):
            P.add(w, "content must be a list of non-empty strings")
    for k, q in enumerate(quots):
        w = f"{where} quotation {k+1}"
        if set(q) != Q_KEYS:
            P.add(w, f"keys {sorted(q)}")
            continue
        if q["side"] not in QSIDES:
            P.add(w, f"invalid side {q['side']!r}")
        if q["kind"] not in KINDS:
            P.add(w, f"invalid kind {q['kind']!r}")
        if q["kind"] in ("title", "scare") and q["side"] != "other":
            P.add(w, "titles and scare quotes must have side 'other'")
        if q["kind"] == "speech":
            if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
                P.add(w, "speech quotation needs speaker_as_written and resolves_to")
            elif q["speaker_as_written"].lower() not in txt.lower():
                P.add(w, f"speaker_as_written {q['speaker_as_written']!r} does not occur in the article")
        if not isinstance(q["text"], str) or not q["text"]:
            P.add(w, "empty quotation text")

    # ---- order + paragraph containment + coverage
    if sents[0].get("text") != head:
        P.add(where, "first gold sentence is not the headline")
    pos = 0
    spans = []
    for k, s in enumerate(sents):
        t = s.get("text", "")
        i = txt.find(t, pos)
        if i < 0:
            P.add(f"{where} sentence {k+1}", f"not found (in order): {t[:70]!r}")
            spans.append(None)
            continue
        gap = txt[pos:i]
        if gap.strip():
            P.add(f"{where} sentence {k+1}", f"uncovered text before it: {gap.strip()[:70]!r}")
        if "\n" in t:
            P.add(f"{where} sentence {k+1}", "crosses a paragraph break")
        spans.append((i, i + len(t)))
        pos = i + len(t)
    if txt[pos:].strip():
        P.add(where, f"uncovered text at the end: {txt[pos:].strip()[:70]!r}")
    joined = re.sub(r"\s+", "", "".join(s.get("text", "") for s in sents))
    if joined != re.sub(r"\s+", "", txt):
        P.add(where, "sentences do not cover the article (whitespace ignored)")

    # ---- content
    for k, s in enumerate(sents):
        w = f"{where} sentence {k+1}"
        t, sd, cs = s.get("text", ""), s.get("sides"), s.get("content", [])
        for c in cs:
            if c not in t:
                P.add(w, f"content not in sentence: {c[:60]!r}")
        sided = isinstance(sd, list) and len(sd) > 0
        if sided and not cs:
            P.add(w, "sided sentence without content")
        if not sided and cs:
            P.add(w, f"{sd!r} sentence must have no content")

    # ---- quotations vs marks
    found = parse_quotations(txt, where, P)
    ftexts = [f[0] for f in found]
    gtexts = [q.get("text") for q in quots]
    if ftexts != gtexts:
        for k in range(max(len(ftexts), len(gtexts))):
            a = ftexts[k] if k < len(ftexts) else None
            b = gtexts[k] if k < len(gtexts) else None
            if a != b:
                P.add(where, f"quotation {k+1}: article has {a!r}, gold has {b!r}")
                break
        P.add(where, f"{len(ftexts)} marked spans in the article, {len(gtexts)} gold quotations")

    # ---- agreement between quotations and sentence labels
    if ftexts == gtexts:
        for (qt, qs, qe), q in zip(found, quots):
            if q.get("kind") != "speech":
                continue
            for k, sp in enumerate(spans):
                if sp is None or sp[1] <= qs or sp[0] >= qe:
                    continue
                s = sents[k]
                w = f"{where} sentence {k+1}"
                if s["sides"] == "?":
                    P.add(w, "a '?' sentence contains a speech quotation")
                    continue
                if q["side"] in SIDES:
                    if q["side"] not in s["sides"]:
                        P.add(w, f"contains a {q['side']} quotation but sides are {s['sides']}")
                    # the quoted part of this sentence must overlap some content span
                    lo, hi = max(qs, sp[0]) - sp[0], min(qe, sp[1]) - sp[0]
                    ok = False
                    for c in s["content"]:
                        ci = s["text"].find(c)
                        if ci >= 0 and ci < hi and ci + len(c) > lo:
                            ok = True
                    if not ok:
                        P.add(w, f"quoted words {qt[:40]!r} not covered by content")
    return {"name": txtname, "style": gold.get("house_style", ""), "sentences": len(sents),
            "sided": sum(1 for s in sents if isinstance(s.get("sides"), list) and s["sides"]),
            "both": sum(1 for s in sents if s.get("sides") == SIDE_ORDER),
            "undecidable": sum(1 for s in sents if s.get("sides") == "?"),
            "quotations": len(quots),
            "speech": sum(1 for q in quots if q.get("kind") == "speech"),
            "words": nw}


def main(d):
    P = Problems()
    # tests/validation holds the other sets as well: check 49-56 only
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt") and f[:2].isdigit()
                   and 49 <= int(f[:2]) <= 56)
    nums = []
    for f in names:
        m = FILE_RE.match(f)
        if not m:
            P.add(f, "file name is not NN_slug.txt")
            continue
        nums.append(int(m.group(1)))
    if sorted(nums) != list(range(49, 57)):
        P.add(d, f"expected articles 49..56 exactly once, found {sorted(nums)}")
    for g in os.listdir(d):
        if g.endswith(".gold.json") and g[:2].isdigit() and 49 <= int(g[:2]) <= 56 \
                and g[:-10] + ".txt" not in names:
            P.add(g, "gold file without article")
    stats = []
    for f in names:
        if FILE_RE.match(f):
            r = check_article(d, f, P)
            if r:
                stats.append(r)
    for r in stats:
        print(f"{r['name']:40s} {r['words']:4d} words  {r['sentences']:3d} sent  {r['sided']:3d} sided "
              f"({r['both']} both)  {r['undecidable']} ?  {r['quotations']:3d} quot ({r['speech']} speech)")
    if P.items:
        print(f"\nFAIL: {len(P.items)} problem(s)")
        for it in P.items:
            print("  -", it)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1
                  else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
