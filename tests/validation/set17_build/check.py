#!/usr/bin/env python3
"""Validate the set17 articles and gold.  Exit 0 only if every check passes.

usage: python3 check.py [FOLDER]     (default: the folder of this script)

Every error line starts with a tag in brackets, e.g. "[content]", so that
test_broken.py can tell which check fired.  This file deliberately does not
import lib.py or build.py: it reads only the .txt and .gold.json files.
"""
import json
import os
import re
import sys

EXPECTED = list(range(137, 145))
SPLIT = "untouched"
SIDE_SETS = ([], ["China"], ["United States"], ["China", "United States"])
QSIDES = ("China", "United States", "other")
KINDS = ("speech", "title", "scare")
TOP_KEYS = ["article", "split", "house_style", "sentences", "quotations"]
S_KEYS = ["text", "sides", "content", "note"]
Q_KEYS = ["text", "speaker_as_written", "resolves_to", "side", "kind", "note"]
MIN_WORDS, MAX_WORDS = 320, 600
MIN_SPEECH_QUOTES = 5
MAX_QMARK = 2

PLACE = r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}"
MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.?"
AGENCY = r"\((?:AP|Reuters|AFP|Xinhua|CNN|EFE|People’s Daily Online|People's Daily Online)\)"
DATELINE = re.compile(
    rf"^{PLACE}(?:, {MONTH} \d{{1,2}}(?:, \d{{4}})?)?(?: {AGENCY})?(?: —| --| -| –|\.-) \S")

OPEN_D, CLOSE_D, STRAIGHT_D = "“", "”", '"'
SINGLES = "'‘’"
PUNCT_AFTER = set(",.;:!?)—-")


class Report:
    def __init__(self):
        self.errors = []

    def err(self, tag, where, msg):
        self.errors.append(f"[{tag}] {where}: {msg}")


# ---------------------------------------------------------------------------
# independent quotation-mark parser (works on the .txt only)
# ---------------------------------------------------------------------------
def paragraphs_with_offsets(text):
    out, off = [], 0
    for line in text.split("\n"):
        if line:
            out.append((off, line))
        off += len(line) + 1
    return out


def headline_singles(line, base):
    """Pairs of single marks in the headline.  An opening mark follows the
    line start, a space or '(' and precedes a non-space; a closing mark follows
    a non-space and precedes the line end, a space or punctuation.  An
    apostrophe inside a word (China’s, Jet's) is neither."""
    found, start = [], None
    for i, ch in enumerate(line):
        if ch not in SINGLES:
            continue
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        is_open = (before.isspace() or before == "(") and not after.isspace()
        is_close = (not before.isspace()) and (after.isspace() or after in PUNCT_AFTER)
        if start is None and is_open and ch != "’":
            start = i
        elif start is not None and is_close and ch != "‘":
            found.append((line[start + 1:i], base + start))
            start = None
    return found, start is not None


def parse_quotes(text, rep, where):
    """Return [(quoted text, offset of the opening mark)] in order."""
    paras = paragraphs_with_offsets(text)
    found = []
    if not paras:
        return found
    hs, dangling = headline_singles(paras[0][1], paras[0][0])
    if dangling:
        rep.err("quotes", where, "unclosed single mark in headline")
    found.extend(hs)
    is_open, buf, start = False, [], None
    for pi, (off, line) in enumerate(paras):
        i = 0
        if is_open:                       # run-on from the previous paragraph
            if line[0] in (OPEN_D, STRAIGHT_D):
                i = 1
                buf.append(" ")
            else:
                rep.err("quotes", where, f"paragraph {pi}: quotation left open at previous paragraph end")
                is_open = False
        while i < len(line):
            ch = line[i]
            if ch == OPEN_D or (ch == STRAIGHT_D and not is_open):
                if is_open:
                    rep.err("quotes", where, f"nested double mark at offset {off + i}")
                is_open, buf, start = True, [], off + i
            elif ch == CLOSE_D or (ch == STRAIGHT_D and is_open):
                if not is_open:
                    rep.err("quotes", where, f"closing mark without opening at offset {off + i}")
                else:
                    found.append(("".join(buf), start))
                    is_open = False
            else:
                if is_open:
                    buf.append(ch)
                elif pi > 0 and ch in "'‘":
                    before = line[i - 1] if i else " "
                    after = line[i + 1] if i + 1 < len(line) else " "
                    if (before.isspace() or before == "(") and not after.isspace():
                        rep.err("marks", where, f"single quotation mark outside a quotation at offset {off + i}")
            i += 1
        if is_open:
            nxt = paras[pi + 1][1] if pi + 1 < len(paras) else ""
            if not nxt or nxt[0] not in (OPEN_D, STRAIGHT_D):
                rep.err("quotes", where, f"paragraph {pi}: unclosed quotation and no reopening mark")
                is_open = False
    found.sort(key=lambda t: t[1])
    return found


# ---------------------------------------------------------------------------
def check_layout(text, rep, where):
    if "\r" in text or "\t" in text:
        rep.err("layout", where, "CR or TAB in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        rep.err("layout", where, "must end with exactly one final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3:
        rep.err("layout", where, "too few lines")
        return
    for i, line in enumerate(lines):
        if i % 2 == 0:
            if not line or line != line.strip():
                rep.err("layout", where, f"line {i + 1}: expected a paragraph without edge spaces")
        elif line != "":
            rep.err("layout", where, f"line {i + 1}: expected exactly one blank line between paragraphs")
    if len(lines) % 2 == 0:
        rep.err("layout", where, "file ends with a blank line")
    if not DATELINE.match(lines[2]):
        rep.err("dateline", where, f"first paragraph does not open with a dateline: {lines[2][:50]!r}")
    has_straight = STRAIGHT_D in text
    has_curly = OPEN_D in text or CLOSE_D in text
    if has_straight and has_curly:
        rep.err("marks", where, "mixes straight and typographic double quotation marks")


def check_schema(gold, rep, where):
    ok = True
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        rep.err("schema", where, f"top-level keys must be exactly {TOP_KEYS}")
        return False
    if gold["split"] != SPLIT:
        rep.err("schema", where, f"split must be {SPLIT!r}")
        ok = False
    hs = gold["house_style"]
    if not isinstance(hs, str) or not hs.strip() or "\n" in hs:
        rep.err("schema", where, "house_style must be one non-empty line")
        ok = False
    if not isinstance(gold["sentences"], list) or not gold["sentences"]:
        rep.err("schema", where, "sentences must be a non-empty list")
        return False
    if not isinstance(gold["quotations"], list):
        rep.err("schema", where, "quotations must be a list")
        return False
    for i, s in enumerate(gold["sentences"]):
        w = f"{where} sentence {i}"
        if not isinstance(s, dict) or list(s.keys()) != S_KEYS:
            rep.err("schema", w, f"keys must be exactly {S_KEYS}")
            ok = False
            continue
        if not isinstance(s["text"], str) or not s["text"]:
            rep.err("schema", w, "text must be a non-empty string"); ok = False
        if not (s["sides"] == "?" or (isinstance(s["sides"], list) and s["sides"] in SIDE_SETS)):
            rep.err("schema", w, f"bad sides {s['sides']!r}"); ok = False
        if not isinstance(s["content"], list) or not all(isinstance(c, str) for c in s["content"]):
            rep.err("schema", w, "content must be a list of strings"); ok = False
        if not isinstance(s["note"], str) or not s["note"].strip():
            rep.err("schema", w, "note must be a non-empty string"); ok = False
    for i, q in enumerate(gold["quotations"]):
        w = f"{where} quotation {i}"
        if not isinstance(q, dict) or list(q.keys()) != Q_KEYS:
            rep.err("schema", w, f"keys must be exactly {Q_KEYS}")
            ok = False
            continue
        if not all(isinstance(q[k], str) for k in Q_KEYS):
            rep.err("schema", w, "all quotation fields must be strings"); ok = False
            continue
        if not q["text"]:
            rep.err("schema", w, "empty quotation text"); ok = False
        if q["side"] not in QSIDES:
            rep.err("schema", w, f"bad side {q['side']!r}"); ok = False
        if q["kind"] not in KINDS:
            rep.err("schema", w, f"bad kind {q['kind']!r}"); ok = False
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other":
                rep.err("kind", w, "titles and scare quotes must have side 'other'"); ok = False
            if q["speaker_as_written"] or q["resolves_to"]:
                rep.err("kind", w, "titles and scare quotes have empty speaker and resolves_to"); ok = False
        elif q["kind"] == "speech":
            if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
                rep.err("speaker", w, "speech quotation needs speaker_as_written and resolves_to"); ok = False
    return ok


def balanced(s):
    return s.count(OPEN_D) == s.count(CLOSE_D) and s.count(STRAIGHT_D) % 2 == 0


def check_article(folder, num, txtname, rep):
    where = txtname
    path = os.path.join(folder, txtname)
    gpath = os.path.join(folder, txtname[:-4] + ".gold.json")
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        rep.err("layout", where, f"cannot read as UTF-8: {e}")
        return None
    try:
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        rep.err("schema", where, f"cannot read gold: {e}")
        return None

    check_layout(text, rep, where)
    if not check_schema(gold, rep, where):
        return None
    if gold["article"] != txtname:
        rep.err("files", where, f"gold names article {gold['article']!r}")

    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        rep.err("words", where, f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")

    # --- sentences: verbatim, ordered, covering, headline first ---------
    sents = gold["sentences"]
    headline = text.split("\n", 1)[0]
    if sents[0]["text"] != headline:
        rep.err("headline", where, "first sentence must be the headline (line 1)")
    spans, pos = [], 0
    for i, s in enumerate(sents):
        t = s["text"]
        w = f"{where} sentence {i}"
        if "\n" in t:
            rep.err("paragraph", w, "sentence crosses a paragraph break")
        if t != t.strip():
            rep.err("verbatim", w, "sentence has edge whitespace")
        idx = text.find(t, pos)
        if idx < 0:
            if t in text:
                rep.err("order", w, "sentence occurs, but not after the previous one")
            else:
                rep.err("verbatim", w, f"not found verbatim: {t[:60]!r}")
            spans.append(None)
            continue
        if text[pos:idx].strip():
            rep.err("coverage", w, f"uncovered text before it: {text[pos:idx].strip()[:60]!r}")
        spans.append((idx, idx + len(t)))
        pos = idx + len(t)
    if text[pos:].strip():
        rep.err("coverage", where, f"uncovered text at the end: {text[pos:].strip()[:60]!r}")

    # --- content ---------------------------------------------------------
    nq = 0
    for i, s in enumerate(sents):
        w = f"{where} sentence {i}"
        if s["sides"] == "?":
            nq += 1
        sided = isinstance(s["sides"], list) and bool(s["sides"])
        if sided and not s["content"]:
            rep.err("content", w, "sided sentence without content")
        if not sided and s["content"]:
            rep.err("content", w, "content given for a [] or '?' sentence")
        for c in s["content"]:
            if not c or c != c.strip():
                rep.err("content", w, f"empty or padded content {c!r}")
            elif c not in s["text"]:
                rep.err("content", w, f"content not a substring: {c[:60]!r}")
            elif not balanced(c):
                rep.err("content", w, f"content cuts a quotation in half: {c[:60]!r}")
    if nq > MAX_QMARK:
        rep.err("qmark", where, f"{nq} '?' sentences (at most {MAX_QMARK})")

    # --- quotations --------------------------------------------------------
    parsed = parse_quotes(text, rep, where)
    gq = gold["quotations"]
    ptexts = [p[0] for p in parsed]
    gtexts = [q["text"] for q in gq]
    if ptexts != gtexts:
        for k in range(max(len(ptexts), len(gtexts))):
            a = ptexts[k] if k < len(ptexts) else None
            b = gtexts[k] if k < len(gtexts) else None
            if a != b:
                rep.err("quotes", where, f"quotation {k}: text has {a!r}, gold has {b!r}")
                break
        rep.err("quotes", where, f"parser found {len(ptexts)} quotations, gold lists {len(gtexts)}")
    else:
        for k, (q, (_, opos)) in enumerate(zip(gq, parsed)):
            w = f"{where} quotation {k}"
            if q["kind"] == "speech" and q["speaker_as_written"] and q["speaker_as_written"] not in text:
                rep.err("speaker", w, f"speaker_as_written {q['speaker_as_written']!r} not in the article")
            if q["kind"] != "speech" or q["side"] == "other":
                continue
            host = None
            for si, sp in enumerate(spans):
                if sp and sp[0] <= opos < sp[1]:
                    host = si
                    break
            if host is None:
                rep.err("side-sentence", w, "opening mark lies in no sentence")
                continue
            hs = sents[host]["sides"]
            if not isinstance(hs, list) or q["side"] not in hs:
                rep.err("side-sentence", w, f"{q['side']} quotation opens in sentence {host} labelled {hs!r}")
    speech = sum(1 for q in gq if q["kind"] == "speech")
    if speech < MIN_SPEECH_QUOTES:
        rep.err("quotes-min", where, f"only {speech} speech quotations (need {MIN_SPEECH_QUOTES})")
    return {"words": words, "sentences": len(sents)}


def main(folder):
    rep = Report()
    names = sorted(os.listdir(folder))
    art_re = re.compile(r"^(\d+)_([a-z0-9_]+)\.(txt|gold\.json)$")
    txts, golds = {}, {}
    for n in names:
        m = art_re.match(n)
        if not m:
            if re.match(r"^\d+_", n):
                rep.err("files", n, "article-like file with a bad name")
            continue
        num, stem = int(m.group(1)), f"{m.group(1)}_{m.group(2)}"
        (txts if m.group(3) == "txt" else golds).setdefault(num, []).append(stem)
    for num in sorted(set(txts) | set(golds)):
        if num not in EXPECTED:
            rep.err("files", str(num), "unexpected article number")
    for num in EXPECTED:
        t, g = txts.get(num, []), golds.get(num, [])
        if len(t) != 1 or len(g) != 1 or t != g:
            rep.err("files", str(num), f"need exactly one .txt and its .gold.json (txt={t}, gold={g})")
    for num in EXPECTED:
        for stem in txts.get(num, []):
            if stem in golds.get(num, []):
                check_article(folder, num, stem + ".txt", rep)
    for e in rep.errors:
        print(e)
    if rep.errors:
        print(f"FAIL: {len(rep.errors)} error(s)")
        return 1
    print(f"OK: {len(EXPECTED)} articles pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
