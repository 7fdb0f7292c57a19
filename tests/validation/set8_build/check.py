#!/usr/bin/env python3
"""Validate set8 (articles 65-72, split "untouched") against its gold files.

Independent of lib.py/build.py: it reads only the .txt and .gold.json files.
Usage: python3 check.py [folder]      exit 0 = all checks pass, 1 = at least one failure.
Every failure line starts with a tag in brackets, e.g. [cover], so tests can tell them apart.
"""
import glob
import json
import os
import re
import sys

NUMS = list(range(65, 73))
TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
SIDES_OK = ([], ["China"], ["United States"], ["China", "United States"], "?")
QSIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
STRAIGHT_ARTICLES = {72}          # the AP story uses straight double quotes; all others typographic
US_ONLY_ARTICLES = {72}           # no Chinese voice at all
MAX_UNDECIDED = 2
MIN_QUOTES = 5
WORDS = (320, 600)

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINES = [
    re.compile(r"^[A-Z][A-Z .'-]+, " + MONTH + r" \d{1,2} \(Reuters\) - "),
    re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? \(AFP\) - "),
    re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?, " + MONTH + r" \d{1,2} \(EFE\)\.- "),
    re.compile(r"^[A-Z][A-Z .'-]+, " + MONTH + r" \d{1,2} \((?:Xinhua|China Daily|Global Times)\) -- "),
    re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z.]+)? \(AP\) — "),
    re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+\. — "),
    re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? \(dpa\) - "),
]


class Fail(Exception):
    pass


def parse_quotations(paragraphs, para_offsets, straight):
    """Independent quotation-mark parser.

    Returns a list of (text, absolute offset of the opening mark). A paragraph that ends inside a
    quotation must be followed by a paragraph that opens with a (re)opening mark; the pieces are joined
    with one space and the reopening mark is dropped.
    """
    op, cl = ('"', '"') if straight else ("“", "”")
    found = []
    inside = False
    pieces, cur, start = [], [], None
    for pi, para in enumerate(paragraphs):
        i = 0
        if inside:
            if not para.startswith(op):
                raise Fail("[quote-parse] paragraph %d does not reopen a run-on quotation" % pi)
            i = 1
        while i < len(para):
            c = para[i]
            if not inside and c == op:
                inside, cur, pieces, start = True, [], [], para_offsets[pi] + i
            elif inside and c == cl:
                pieces.append("".join(cur))
                found.append((" ".join(pieces), start))
                inside, cur, pieces = False, [], []
            elif not straight and c in (op, cl):
                raise Fail("[quote-parse] unbalanced %r in paragraph %d at %d" % (c, pi, i))
            elif inside:
                cur.append(c)
            i += 1
        if inside:
            pieces.append("".join(cur))
            cur = []
    if inside:
        raise Fail("[quote-parse] quotation opened at %d never closes" % start)
    return found


def check_article(folder, num, txt_path, gold_path, errors):
    name = os.path.basename(txt_path)

    def err(tag, msg):
        errors.append("[%s] %s: %s" % (tag, name, msg))

    raw = open(txt_path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err("encoding", "not UTF-8")
        return
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa
        err("json", "gold does not load: %s" % e)
        return

    # ---------- schema ----------
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err("schema", "top-level keys %s" % (sorted(gold) if isinstance(gold, dict) else type(gold)))
        return
    if gold["article"] != name:
        err("schema", "article field %r != %r" % (gold["article"], name))
    if gold["split"] != "untouched":
        err("schema", "split %r" % gold["split"])
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        err("schema", "house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        err("schema", "sentences/quotations must be lists")
        return
    schema_ok = True
    for k, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            err("schema", "sentence %d keys %s" % (k, sorted(s) if isinstance(s, dict) else s))
            schema_ok = False
            continue
        if not isinstance(s["text"], str) or not s["text"]:
            err("schema", "sentence %d text" % k); schema_ok = False
        if s["sides"] not in SIDES_OK:
            err("schema", "sentence %d sides %r" % (k, s["sides"])); schema_ok = False
        if not isinstance(s["content"], list) or not all(isinstance(c, str) and c for c in s["content"]):
            err("schema", "sentence %d content must be a list of non-empty strings" % k); schema_ok = False
        if not isinstance(s["note"], str):
            err("schema", "sentence %d note" % k); schema_ok = False
    for k, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            err("schema", "quotation %d keys %s" % (k, sorted(q) if isinstance(q, dict) else q))
            schema_ok = False
            continue
        for key in QUOTE_KEYS:
            if not isinstance(q[key], str):
                err("schema", "quotation %d %s not a string" % (k, key)); schema_ok = False
        if q["kind"] not in KINDS:
            err("schema", "quotation %d kind %r" % (k, q["kind"])); schema_ok = False
        if q["side"] not in QSIDES:
            err("schema", "quotation %d side %r" % (k, q["side"])); schema_ok = False
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] != "" or q["resolves_to"] != "":
                err("title-scare", "quotation %d (%s) must be side other with empty speaker/resolves_to"
                    % (k, q["kind"]))
        elif q["kind"] == "speech":
            if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
                err("speaker", "speech quotation %d needs speaker_as_written and resolves_to" % k)
            elif q["speaker_as_written"] not in text:
                err("speaker", "speaker_as_written %r of quotation %d not in the article"
                    % (q["speaker_as_written"], k))
    if not schema_ok:
        return

    # ---------- layout ----------
    if "\r" in text or "\t" in text:
        err("layout", "CR or tab in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err("layout", "text must end with exactly one newline")
    body = text[:-1] if text.endswith("\n") else text
    lines = body.split("\n")
    if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
        err("layout", "line 1 headline, line 2 blank required")
        return
    paragraphs = []
    for li, line in enumerate(lines[2:], start=3):
        if (li - 3) % 2 == 1:
            if line != "":
                err("layout", "line %d should be the single blank line between paragraphs" % li)
                return
        else:
            if line.strip() == "":
                err("layout", "line %d: empty paragraph (double blank line?)" % li)
                return
            if line != line.strip():
                err("layout", "line %d has leading/trailing whitespace" % li)
            paragraphs.append(line)
    if len(lines) % 2 == 0:
        err("layout", "text ends with a blank line instead of a paragraph")
        return
    # paragraph offsets in text
    para_offsets, pos = [], len(lines[0]) + 2
    for p in paragraphs:
        para_offsets.append(pos)
        pos += len(p) + 2

    # ---------- sentences cover the article ----------
    if sents[0]["text"] != lines[0]:
        err("headline", "first sentence is not the headline line")
    spans, pos, cover_ok = [], 0, True
    for k, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            err("cover", "sentence %d crosses a paragraph break" % k); cover_ok = False; break
        if t != t.strip():
            err("cover", "sentence %d has outer whitespace" % k); cover_ok = False; break
        j = pos
        while j < len(text) and text[j] in " \n":
            j += 1
        if not text.startswith(t, j):
            where = text.find(t)
            err("cover", "sentence %d not found verbatim at offset %d (%s): %r"
                % (k, j, "occurs elsewhere at %d" % where if where >= 0 else "not in text", t[:60]))
            cover_ok = False
            break
        spans.append((j, j + len(t)))
        pos = j + len(t)
    if cover_ok and text[pos:] != "\n":
        err("cover", "text after the last sentence: %r" % text[pos:pos + 60]); cover_ok = False
    if cover_ok:
        # between sentences: one space inside a paragraph, one blank line between paragraphs
        for k in range(1, len(spans)):
            gap = text[spans[k - 1][1]:spans[k][0]]
            if gap not in (" ", "\n\n"):
                err("cover", "gap %r before sentence %d" % (gap, k)); cover_ok = False
        if spans and spans[0][0] != 0:
            err("cover", "headline does not start the text"); cover_ok = False

    # ---------- content ----------
    n_und = 0
    for k, s in enumerate(sents):
        sided = isinstance(s["sides"], list) and len(s["sides"]) > 0
        if s["sides"] == "?":
            n_und += 1
        if sided and not s["content"]:
            err("content", "sided sentence %d has no content: %r" % (k, s["text"][:60]))
        if not sided and s["content"]:
            err("content", "unsided sentence %d has content" % k)
        for c in s["content"]:
            if c not in s["text"]:
                err("content", "content %r not a substring of sentence %d" % (c[:50], k))
    if n_und > MAX_UNDECIDED:
        err("undecided", "%d '?' sentences (max %d)" % (n_und, MAX_UNDECIDED))

    # ---------- words ----------
    nw = len(text.split())
    if not WORDS[0] <= nw <= WORDS[1]:
        err("words", "%d words, outside %d-%d" % (nw, WORDS[0], WORDS[1]))

    # ---------- dateline ----------
    if not paragraphs or not any(d.match(paragraphs[0]) for d in DATELINES):
        err("dateline", "first paragraph does not open with a house dateline: %r"
            % (paragraphs[0][:50] if paragraphs else ""))

    # ---------- quotation marks ----------
    straight = num in STRAIGHT_ARTICLES
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    if straight and has_curly:
        err("quote-style", "AP article must use straight double quotes only")
    if not straight and has_straight:
        err("quote-style", "typographic article contains a straight double quote")
    if "‘" in body[len(lines[0]):]:
        err("quote-style", "opening single quotation mark outside the headline")
    if '"' in lines[0] or "“" in lines[0] or "”" in lines[0]:
        err("quote-style", "double quotation marks in the headline")
    try:
        found = parse_quotations(paragraphs, para_offsets, straight)
    except Fail as e:
        err("quote-parse", str(e))
        found = None
    if found is not None:
        gold_texts = [q["text"] for q in quotes]
        parsed_texts = [t for t, _ in found]
        if gold_texts != parsed_texts:
            for k in range(max(len(gold_texts), len(parsed_texts))):
                g = gold_texts[k] if k < len(gold_texts) else None
                p = parsed_texts[k] if k < len(parsed_texts) else None
                if g != p:
                    err("quote-text", "quotation %d: gold %r vs parsed %r"
                        % (k, (g or "")[:60], (p or "")[:60]))
                    break
            if len(gold_texts) != len(parsed_texts):
                err("quote-text", "gold has %d quotations, parser finds %d" % (len(gold_texts), len(parsed_texts)))
        elif cover_ok:
            for k, ((_, off), q) in enumerate(zip(found, quotes)):
                owner = [si for si, (a, b) in enumerate(spans) if a <= off < b]
                if not owner:
                    err("quote-side", "quotation %d opens outside every sentence" % k)
                    continue
                s = sents[owner[0]]
                if q["kind"] == "speech" and q["side"] in ("China", "United States"):
                    if not isinstance(s["sides"], list) or q["side"] not in s["sides"]:
                        err("quote-side", "%s quotation %d opens in sentence %d labelled %r"
                            % (q["side"], k, owner[0], s["sides"]))
    n_speech = sum(1 for q in quotes if q["kind"] == "speech")
    if n_speech < MIN_QUOTES:
        err("min-quotes", "%d speech quotations (< %d)" % (n_speech, MIN_QUOTES))

    # ---------- article-specific ----------
    if num in US_ONLY_ARTICLES:
        if any(isinstance(s["sides"], list) and "China" in s["sides"] for s in sents) or \
                any(q["side"] == "China" for q in quotes):
            err("us-only", "article must have no Chinese voice")


def main(folder):
    errors = []
    # tests/validation holds every set: only articles 65-72 are this set's (reviewer).
    def mine(p):
        return not re.match(r"\d+_", os.path.basename(p)) or 65 <= int(os.path.basename(p)[:2]) <= 72
    txts = sorted(p for p in glob.glob(os.path.join(folder, "*.txt")) if mine(p))
    golds = sorted(p for p in glob.glob(os.path.join(folder, "*.gold.json")) if mine(p))
    art_txt = {}
    for p in txts:
        m = re.match(r"^(\d+)_[a-z0-9_]+\.txt$", os.path.basename(p))
        if m:
            art_txt.setdefault(int(m.group(1)), []).append(p)
    art_gold = {}
    for p in golds:
        m = re.match(r"^(\d+)_[a-z0-9_]+\.gold\.json$", os.path.basename(p))
        if m:
            art_gold.setdefault(int(m.group(1)), []).append(p)
        else:
            errors.append("[files] unexpected gold file name %s" % os.path.basename(p))
    if sorted(art_txt) != NUMS:
        errors.append("[files] article numbers %s, expected exactly %s" % (sorted(art_txt), NUMS))
    if sorted(art_gold) != NUMS:
        errors.append("[files] gold numbers %s, expected exactly %s" % (sorted(art_gold), NUMS))
    for num in NUMS:
        t, g = art_txt.get(num, []), art_gold.get(num, [])
        if len(t) != 1 or len(g) != 1:
            if t or g:
                errors.append("[files] article %d: %d txt, %d gold" % (num, len(t), len(g)))
            continue
        if os.path.basename(g[0])[:-len(".gold.json")] != os.path.basename(t[0])[:-len(".txt")]:
            errors.append("[files] article %d: gold %s does not match %s" % (num, g[0], t[0]))
            continue
        check_article(folder, num, t[0], g[0], errors)
    for e in errors:
        print(e)
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        return 1
    print("OK: articles %d-%d pass all checks" % (NUMS[0], NUMS[-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
