#!/usr/bin/env python3
"""Independent checker for set 14 (articles 113-120, split "untouched").

Usage: python3 check.py [FOLDER]      (default: the folder this file is in)
Exit status 0 only if every check passes.  It does not import lib.py or build.py:
the quotation marks are re-parsed from the .txt files themselves.
"""
import json
import os
import re
import sys

EXPECTED = set(range(113, 121))
WORDS = (320, 600)
MIN_SPEECH_QUOTES = 5
MAX_UNDECIDABLE = 2
SIDES_OK = ([], ["China"], ["United States"], ["China", "United States"], "?")
TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
Q_SIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}

TXT_RE = re.compile(r"^(\d+)_([a-z0-9_]+)\.txt$")
GOLD_RE = re.compile(r"^(\d+)_([a-z0-9_]+)\.gold\.json$")

CITY = r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*"
DATE = r", [A-Z][a-z]{2,8}\.? \d{1,2}"
AGENCY = r"\([A-Z][A-Za-z. ]*\)"
DASH = r"(?:\.-|\s(?:--|\u2014|\u2013|-))"
DATELINE = re.compile(r"^(?:%s(?:%s)?(?: %s)?|%s)%s \S" % (CITY, DATE, AGENCY, AGENCY, DASH))

LDQ, RDQ, LSQ, RSQ = "\u201c", "\u201d", "\u2018", "\u2019"


class Errors:
    def __init__(self):
        self.items = []

    def add(self, where, msg):
        self.items.append("%s: %s" % (where, msg))


# ------------------------------------------------------------------ layout
def split_layout(text, where, err):
    """Return (headline, [(offset, paragraph)]) or None."""
    if "\r" in text or "\t" in text:
        err.add(where, "contains CR or TAB")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err.add(where, "must end with exactly one final newline")
        return None
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        err.add(where, "too few lines")
        return None
    if not lines[0].strip():
        err.add(where, "line 1 (headline) is empty")
        return None
    if lines[1] != "":
        err.add(where, "line 2 must be blank")
        return None
    paras = []
    off = len(lines[0]) + 2
    for i, line in enumerate(lines[2:], start=2):
        if (i % 2 == 0) == (line == ""):
            err.add(where, "line %d: paragraphs must be separated by exactly one blank line" % (i + 1))
            return None
        if line and line != line.strip():
            err.add(where, "line %d: leading or trailing whitespace" % (i + 1))
        if line:
            paras.append((off, line))
        off += len(line) + 1
    if lines[0] != lines[0].strip():
        err.add(where, "headline has leading or trailing whitespace")
    return lines[0], paras


# ------------------------------------------------------------------ quotation marks
def parse_headline(h, where, err):
    """Double marks (curly or straight) and single marks (curly or straight) in the headline."""
    out = []
    dq = None      # (style, start, buf)
    sq = None
    for j, ch in enumerate(h):
        prev = h[j - 1] if j > 0 else " "
        nxt = h[j + 1] if j + 1 < len(h) else " "
        if ch == LDQ or (ch == '"' and dq is None):
            if dq is not None:
                err.add(where, "headline: nested double opening mark")
            dq = ["curly" if ch == LDQ else "straight", j, ""]
            continue
        if ch == RDQ or (ch == '"' and dq is not None):
            if dq is None or (ch == RDQ) != (dq[0] == "curly"):
                err.add(where, "headline: stray or mismatched closing double mark")
                dq = None
                continue
            out.append((dq[2], dq[1]))
            dq = None
            continue
        if dq is None:
            if ch == LSQ or (ch == "'" and sq is None and (prev.isspace() or prev in "([")
                             and not nxt.isspace()):
                if sq is not None:
                    err.add(where, "headline: nested single opening mark")
                sq = [j, ""]
                continue
            if ch in (RSQ, "'"):
                if prev.isalnum() and nxt.isalnum():
                    pass                                   # apostrophe inside a word
                elif sq is not None and not prev.isspace():
                    out.append((sq[1], sq[0]))
                    sq = None
                    continue
        if dq is not None:
            dq[2] += ch
        elif sq is not None:
            sq[1] += ch
    if dq is not None or sq is not None:
        err.add(where, "headline: unclosed quotation mark")
    return out


def parse_body(paras, where, err):
    """Double marks in the body; run-ons over paragraphs joined with one space."""
    out = []
    cur = None  # [style, abs_start, buf]
    for pi, (off, para) in enumerate(paras):
        j = 0
        if cur is not None:
            opener = LDQ if cur[0] == "curly" else '"'
            if para.startswith(opener):
                cur[2] += " "
                j = 1
            else:
                err.add(where, "paragraph %d: quotation left open at end of previous paragraph" % pi)
                cur = None
        while j < len(para):
            ch = para[j]
            if ch == LDQ:
                if cur is not None:
                    err.add(where, "paragraph %d: opening mark inside an open quotation" % pi)
                cur = ["curly", off + j, ""]
            elif ch == RDQ:
                if cur is None or cur[0] != "curly":
                    err.add(where, "paragraph %d: stray closing mark" % pi)
                    cur = None
                else:
                    out.append((cur[2], cur[1]))
                    cur = None
            elif ch == '"':
                if cur is None:
                    cur = ["straight", off + j, ""]
                elif cur[0] == "straight":
                    out.append((cur[2], cur[1]))
                    cur = None
                else:
                    err.add(where, "paragraph %d: straight mark inside a curly quotation" % pi)
            else:
                if cur is not None:
                    cur[2] += ch
                elif ch == LSQ:
                    err.add(where, "paragraph %d: single opening mark outside a quotation" % pi)
            j += 1
    if cur is not None:
        err.add(where, "quotation left open at end of article")
    return out


# ------------------------------------------------------------------ one article
def check_article(folder, txt_name, gold_name, err):
    where = txt_name
    try:
        with open(os.path.join(folder, txt_name), encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, OSError) as e:
        err.add(where, "cannot read as UTF-8: %s" % e)
        return None
    try:
        with open(os.path.join(folder, gold_name), encoding="utf-8") as f:
            gold = json.load(f)
    except (ValueError, OSError) as e:
        err.add(where, "gold unreadable: %s" % e)
        return None

    layout = split_layout(text, where, err)
    if layout is None:
        return None
    headline, paras = layout

    # words
    n_words = len(text.split())
    if not WORDS[0] <= n_words <= WORDS[1]:
        err.add(where, "%d words, outside %d-%d" % (n_words, WORDS[0], WORDS[1]))

    # dateline
    if not DATELINE.match(paras[0][1]):
        err.add(where, "first paragraph does not open with a dateline")

    # schema
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err.add(where, "gold top-level keys must be exactly %s" % sorted(TOP_KEYS))
        return None
    if gold["article"] != txt_name:
        err.add(where, "gold 'article' is %r" % gold["article"])
    if gold["split"] != "untouched":
        err.add(where, "gold 'split' must be 'untouched'")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        err.add(where, "house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        err.add(where, "sentences must be a non-empty list, quotations a list")
        return None
    schema_ok = True
    for i, s in enumerate(sents):
        w = "%s sentence %d" % (where, i)
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            err.add(w, "keys must be exactly %s" % sorted(SENT_KEYS))
            schema_ok = False
            continue
        if not isinstance(s["text"], str) or not s["text"]:
            err.add(w, "text must be a non-empty string")
            schema_ok = False
        if s["sides"] not in SIDES_OK:
            err.add(w, "sides %r not one of %r" % (s["sides"], SIDES_OK))
            schema_ok = False
        if not isinstance(s["content"], list) or not all(isinstance(c, str) and c for c in s["content"]):
            err.add(w, "content must be a list of non-empty strings")
            schema_ok = False
        if not isinstance(s["note"], str):
            err.add(w, "note must be a string")
    for i, q in enumerate(quotes):
        w = "%s quotation %d" % (where, i)
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            err.add(w, "keys must be exactly %s" % sorted(QUOTE_KEYS))
            schema_ok = False
            continue
        for k in QUOTE_KEYS:
            if not isinstance(q[k], str):
                err.add(w, "%s must be a string" % k)
                schema_ok = False
        if q.get("side") not in Q_SIDES:
            err.add(w, "side %r not in %s" % (q.get("side"), sorted(Q_SIDES)))
            schema_ok = False
        if q.get("kind") not in KINDS:
            err.add(w, "kind %r not in %s" % (q.get("kind"), sorted(KINDS)))
            schema_ok = False
    if not schema_ok:
        return None

    # sentences: verbatim, in order, covering, headline first, never across a paragraph break
    spans = []
    pos = 0
    for i, s in enumerate(sents):
        t = s["text"]
        w = "%s sentence %d" % (where, i)
        if "\n" in t:
            err.add(w, "crosses a line/paragraph break")
            return None
        m = re.compile(r"\s*").match(text, pos)
        start = m.end()
        if not text.startswith(t, start):
            err.add(w, "not found verbatim at position %d (gap or wrong order): %r" % (start, t[:60]))
            return None
        spans.append((start, start + len(t)))
        pos = start + len(t)
    if text[pos:].strip():
        err.add(where, "text after the last gold sentence is not covered: %r" % text[pos:pos + 60])
    if sents[0]["text"] != headline:
        err.add(where, "first sentence must be the whole headline")

    # sides and content
    n_und = 0
    for i, s in enumerate(sents):
        w = "%s sentence %d" % (where, i)
        sided = s["sides"] not in ([], "?")
        if s["sides"] == "?":
            n_und += 1
        if sided and not s["content"]:
            err.add(w, "sided sentence without content")
        if not sided and s["content"]:
            err.add(w, "unsided or '?' sentence with content")
        for c in s["content"]:
            if c not in s["text"]:
                err.add(w, "content not a substring of its sentence: %r" % c)
    if n_und > MAX_UNDECIDABLE:
        err.add(where, "%d '?' sentences (max %d)" % (n_und, MAX_UNDECIDABLE))

    # quotations
    found = parse_headline(headline, where, err) + parse_body(paras, where, err)
    found.sort(key=lambda x: x[1])
    ftexts = [t for t, _ in found]
    gtexts = [q["text"] for q in quotes]
    if ftexts != gtexts:
        for k in range(max(len(ftexts), len(gtexts))):
            a = ftexts[k] if k < len(ftexts) else None
            b = gtexts[k] if k < len(gtexts) else None
            if a != b:
                err.add(where, "quotation %d: parser found %r, gold has %r" % (k, a, b))
                break
        if len(ftexts) != len(gtexts):
            err.add(where, "parser found %d quotations, gold has %d" % (len(ftexts), len(gtexts)))
    n_speech = 0
    for k, q in enumerate(quotes):
        w = "%s quotation %d" % (where, k)
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                err.add(w, "titles and scare quotes must be side 'other' with empty speaker and resolves_to")
            continue
        n_speech += 1
        if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
            err.add(w, "speech quotation without speaker_as_written or resolves_to")
        if q["side"] in ("China", "United States") and ftexts == gtexts:
            opening = found[k][1]
            owner = [i for i, (a, b) in enumerate(spans) if a <= opening < b]
            if not owner:
                err.add(w, "opening mark lies in no sentence")
            else:
                ss = sents[owner[0]]["sides"]
                if ss == "?" or q["side"] not in ss:
                    err.add(w, "%s quotation opens in sentence %d labelled %r" % (q["side"], owner[0], ss))
    if n_speech < MIN_SPEECH_QUOTES:
        err.add(where, "only %d speech quotations (min %d)" % (n_speech, MIN_SPEECH_QUOTES))
    return {"words": n_words, "sentences": len(sents)}


def main(folder):
    err = Errors()
    names = sorted(os.listdir(folder))
    txts, golds = {}, {}
    for n in names:
        if n.endswith(".gold.json"):
            m = GOLD_RE.match(n)
            if not m:
                err.add(n, "gold file name not NN_slug.gold.json")
                continue
            golds.setdefault(int(m.group(1)), []).append(n)
        elif n.endswith(".txt") and n[:1].isdigit():
            m = TXT_RE.match(n)
            if not m:
                err.add(n, "article file name not NN_slug.txt")
                continue
            txts.setdefault(int(m.group(1)), []).append(n)
    if set(txts) != EXPECTED:
        err.add(folder, "articles present %s, expected exactly %s" % (sorted(txts), sorted(EXPECTED)))
    if set(golds) != EXPECTED:
        err.add(folder, "gold present %s, expected exactly %s" % (sorted(golds), sorted(EXPECTED)))
    for num in sorted(set(txts) | set(golds)):
        t, g = txts.get(num, []), golds.get(num, [])
        if len(t) != 1 or len(g) != 1:
            err.add(str(num), "needs exactly one .txt and one .gold.json (found %s %s)" % (t, g))
            continue
        if t[0][:-4] != g[0][:-10]:
            err.add(str(num), "text and gold names differ: %s %s" % (t[0], g[0]))
            continue
        check_article(folder, t[0], g[0], err)
    if err.items:
        for e in err.items:
            print("FAIL", e)
        print("%d problem(s)" % len(err.items))
        return 1
    print("OK: %d articles, all checks passed" % len(EXPECTED))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
