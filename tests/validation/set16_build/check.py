#!/usr/bin/env python3
"""Independent checker for the set16 validation set.

Usage: python3 check.py [FOLDER]      (default: the folder of this script)
Exit status 0 only if every check passes; each failure is printed.

It does not import lib.py or build.py: it reads only the .txt and .gold.json files.
"""
import json
import os
import re
import sys

NUMBERS = list(range(129, 137))
TOP_KEYS = ["article", "split", "house_style", "sentences", "quotations"]
SENT_KEYS = ["text", "sides", "content", "note"]
QUOTE_KEYS = ["text", "speaker_as_written", "resolves_to", "side", "kind", "note"]
SIDES_OK = [[], ["China"], ["United States"], ["China", "United States"], "?"]
QSIDES = ["China", "United States", "other"]
KINDS = ["speech", "title", "scare"]
MIN_WORDS, MAX_WORDS = 320, 600
MAX_UNDECIDABLE = 2

MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"^[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*)*"   # city: BEIJING, KNOB NOSTER, Kuala Lumpur
    r"(?:, [A-Z][a-z]+\.?)?"                          # state/country: , Mo.
    r"(?:, " + MONTH + r" \d{1,2})?"                  # date: , May 2
    r"(?: \((?:AP|AFP|Reuters|Xinhua|EFE|Bloomberg)\))?"  # agency
    r"(?: — | -- | - |\.- )"                          # separator
    r"\S")

OPEN_D, CLOSE_D = "\u201c", "\u201d"
OPEN_S, CLOSE_S = "\u2018", "\u2019"
TRAIL = set(".,;:!?\"'\u201c\u201d\u2018\u2019 ")
LEAD = set("\"'\u201c\u201d\u2018\u2019 ")


class Fail(Exception):
    pass


def paragraphs(text):
    """[(offset, line)] for non-empty lines; layout errors raise Fail."""
    if "\r" in text:
        raise Fail("carriage return in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        raise Fail("text must end with exactly one newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or len(lines) % 2 == 0:
        raise Fail("layout: need headline, blank, paragraphs separated by one blank line")
    out, off = [], 0
    for i, ln in enumerate(lines):
        if i % 2 == 0:
            if not ln.strip():
                raise Fail("layout: empty line %d where a paragraph was expected" % (i + 1))
            if ln != ln.strip():
                raise Fail("layout: leading/trailing whitespace on line %d" % (i + 1))
            if "  " in ln or "\t" in ln:
                raise Fail("layout: double space or tab on line %d" % (i + 1))
            out.append((off, ln))
        elif ln != "":
            raise Fail("layout: line %d should be blank" % (i + 1))
        off += len(ln) + 1
    return out


def headline_singles(line):
    """Quotations in single marks in the headline: [(text, offset)]."""
    res, start = [], None
    for j, c in enumerate(line):
        prev = line[j - 1] if j else " "
        nxt = line[j + 1] if j + 1 < len(line) else " "
        if c == OPEN_S:
            if start is not None:
                raise Fail("headline: nested opening single mark")
            start = j
        elif c == CLOSE_S:
            if start is not None and not nxt.isalnum():
                res.append((line[start + 1:j], start))
                start = None
            # otherwise an apostrophe
        elif c == "'":
            if start is None:
                if (j == 0 or not (prev.isalnum() or prev in ".,")) and nxt.isalnum():
                    start = j
            elif not nxt.isalnum() and prev != " ":
                res.append((line[start + 1:j], start))
                start = None
    if start is not None:
        raise Fail("headline: unclosed single mark")
    return res


def double_quotes(paras):
    """Independent parser of double quotation marks over paragraphs.

    Returns [(text, file_offset_of_opening_mark)].  A paragraph that ends inside a
    quotation must be followed by a paragraph opening with a (re)opening mark; the
    pieces are joined with one space.  Also rejects single opening marks outside
    double quotations in the body (single marks only nest inside a quotation).
    """
    body = "".join(l for _, l in paras)
    straight = '"' in body
    curly = OPEN_D in body or CLOSE_D in body
    if straight and curly:
        raise Fail("mixed straight and typographic double quotation marks")
    res = []
    pending = None          # (pieces, opening offset) of a quotation open at paragraph end
    for pi, (off, line) in enumerate(paras):
        is_head = pi == 0
        inside = False
        pieces, qstart, seg = None, None, 0
        j = 0
        if pending is not None:
            first = line[:1]
            if not ((straight and first == '"') or (not straight and first == OPEN_D)):
                raise Fail("quotation left open at end of paragraph %d, next paragraph does not reopen" % pi)
            pieces, qstart = pending
            pending, inside, seg, j = None, True, 1, 1
        while j < len(line):
            c = line[j]
            if straight and c == '"':
                if not inside:
                    inside, qstart, pieces, seg = True, off + j, [], j + 1
                else:
                    pieces.append(line[seg:j])
                    res.append((" ".join(pieces), qstart))
                    inside = False
            elif not straight and c == OPEN_D:
                if inside:
                    raise Fail("nested opening double mark in paragraph %d" % pi)
                inside, qstart, pieces, seg = True, off + j, [], j + 1
            elif not straight and c == CLOSE_D:
                if not inside:
                    raise Fail("closing double mark without opening in paragraph %d" % pi)
                pieces.append(line[seg:j])
                res.append((" ".join(pieces), qstart))
                inside = False
            elif not is_head and not inside:
                if c == OPEN_S:
                    raise Fail("single opening mark outside a quotation in paragraph %d" % pi)
                if c == "'" and (j == 0 or line[j - 1] in " (") and j + 1 < len(line) and line[j + 1].isalnum():
                    raise Fail("straight single opening mark outside a quotation in paragraph %d" % pi)
            j += 1
        if inside:
            if is_head:
                raise Fail("unclosed double mark in headline")
            pieces.append(line[seg:])
            pending = (pieces, qstart)
    if pending is not None:
        raise Fail("quotation still open at end of article")
    return res


def check_article(folder, num, txtname, errors):
    def err(msg):
        errors.append("%s: %s" % (txtname, msg))

    base = txtname[:-4]
    try:
        with open(os.path.join(folder, txtname), "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return err("not UTF-8")
    if text.startswith("\ufeff"):
        return err("byte-order mark")
    try:
        with open(os.path.join(folder, base + ".gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:  # noqa
        return err("gold unreadable: %s" % e)

    # ---- schema
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        return err("gold top-level keys must be exactly %s" % TOP_KEYS)
    if gold["article"] != txtname:
        err("gold 'article' is %r" % gold["article"])
    if gold["split"] != "untouched":
        err("split must be 'untouched'")
    hs = gold["house_style"]
    if not isinstance(hs, str) or not hs.strip() or "\n" in hs:
        err("house_style must be a one-line string")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        return err("sentences/quotations must be lists (sentences non-empty)")
    for i, s in enumerate(sents):
        if not isinstance(s, dict) or list(s.keys()) != SENT_KEYS:
            return err("sentence %d keys must be exactly %s" % (i, SENT_KEYS))
        if not isinstance(s["text"], str) or not s["text"]:
            return err("sentence %d text must be a non-empty string" % i)
        if s["sides"] not in SIDES_OK or (isinstance(s["sides"], str) and s["sides"] != "?"):
            return err("sentence %d has invalid sides %r" % (i, s["sides"]))
        if not isinstance(s["content"], list) or not all(isinstance(c, str) for c in s["content"]):
            return err("sentence %d content must be a list of strings" % i)
        if not isinstance(s["note"], str):
            return err("sentence %d note must be a string" % i)
    for i, qq in enumerate(quotes):
        if not isinstance(qq, dict) or list(qq.keys()) != QUOTE_KEYS:
            return err("quotation %d keys must be exactly %s" % (i, QUOTE_KEYS))
        for k in QUOTE_KEYS:
            if not isinstance(qq[k], str):
                return err("quotation %d field %s must be a string" % (i, k))
        if qq["side"] not in QSIDES:
            err("quotation %d invalid side %r" % (i, qq["side"]))
        if qq["kind"] not in KINDS:
            err("quotation %d invalid kind %r" % (i, qq["kind"]))
        if qq["kind"] in ("title", "scare"):
            if qq["side"] != "other" or qq["speaker_as_written"] or qq["resolves_to"]:
                err("quotation %d (%s) must be side other with empty speaker/resolves_to" % (i, qq["kind"]))
        elif not qq["speaker_as_written"].strip() or not qq["resolves_to"].strip():
            err("quotation %d (speech) needs speaker_as_written and resolves_to" % i)
        if not qq["text"]:
            err("quotation %d has empty text" % i)

    # ---- layout
    try:
        paras = paragraphs(text)
    except Fail as e:
        return err(str(e))

    # ---- words
    nw = len(text.split())
    if not MIN_WORDS <= nw <= MAX_WORDS:
        err("%d words, outside %d-%d" % (nw, MIN_WORDS, MAX_WORDS))

    # ---- dateline
    if len(paras) < 2 or not DATELINE.match(paras[1][1]):
        err("first paragraph does not open with a dateline")

    # ---- sentences: verbatim, in order, covering, headline first, no crossing
    spans, pos = [], 0
    for i, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            err("sentence %d crosses a paragraph break" % i)
            return
        if t != t.strip():
            err("sentence %d has leading/trailing whitespace" % i)
        rest = text[pos:]
        skip = len(rest) - len(rest.lstrip())
        start = pos + skip
        if not text.startswith(t, start):
            nxt = text.find(t, pos)
            if nxt < 0:
                err("sentence %d not found verbatim (or out of order): %r" % (i, t[:60]))
            else:
                err("sentence %d: non-whitespace text before it is not covered: %r" % (i, text[start:nxt][:60]))
            return
        spans.append((start, start + len(t)))
        pos = start + len(t)
    if text[pos:].strip():
        err("text after the last sentence is not covered: %r" % text[pos:].strip()[:60])
    if sents[0]["text"] != paras[0][1]:
        err("first sentence must be the headline")

    # ---- sides, content
    und = 0
    for i, s in enumerate(sents):
        sided = isinstance(s["sides"], list) and len(s["sides"]) > 0
        if s["sides"] == "?":
            und += 1
        if sided and not s["content"]:
            err("sentence %d is sided but has no content" % i)
        if not sided and s["content"]:
            err("sentence %d is %r but has content" % (i, s["sides"]))
        for c in s["content"]:
            if not c or c not in s["text"]:
                err("sentence %d content not a substring: %r" % (i, c))
            elif c[0] in LEAD or c[-1] in TRAIL:
                err("sentence %d content has outer marks/final punctuation: %r" % (i, c))
    if und > MAX_UNDECIDABLE:
        err("%d '?' sentences (max %d)" % (und, MAX_UNDECIDABLE))

    # ---- quotations
    try:
        found = sorted(headline_singles(paras[0][1]) + double_quotes(paras), key=lambda x: x[1])
    except Fail as e:
        return err(str(e))
    ftexts = [t for t, _ in found]
    gtexts = [qq["text"] for qq in quotes]
    if ftexts != gtexts:
        for k in range(max(len(ftexts), len(gtexts))):
            a = ftexts[k] if k < len(ftexts) else None
            b = gtexts[k] if k < len(gtexts) else None
            if a != b:
                err("quotation %d: text has %r, gold has %r" % (k, a, b))
                break
        return
    for (t, off), qq in zip(found, quotes):
        if qq["kind"] != "speech" or qq["side"] == "other":
            continue
        owner = [i for i, (a, b) in enumerate(spans) if a <= off < b]
        if not owner:
            err("quotation %r opens outside every sentence" % t[:40])
            continue
        sides = sents[owner[0]]["sides"]
        if not isinstance(sides, list) or qq["side"] not in sides:
            err("%s quotation %r opens in sentence %d labelled %r" % (qq["side"], t[:40], owner[0], sides))


def main(folder):
    errors = []
    names = sorted(os.listdir(folder))
    txts = [n for n in names if re.match(r"^\d+_.*\.txt$", n)]
    golds = [n for n in names if n.endswith(".gold.json")]
    nums = sorted(int(n.split("_")[0]) for n in txts)
    if nums != NUMBERS:
        errors.append("articles present: %s, expected exactly %s" % (nums, NUMBERS))
    want_golds = sorted(n[:-4] + ".gold.json" for n in txts)
    if sorted(golds) != want_golds:
        errors.append("gold files %s do not match articles %s" % (golds, want_golds))
    for n in txts:
        num = int(n.split("_")[0])
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", n):
            errors.append("%s: bad file name" % n)
        if os.path.exists(os.path.join(folder, n[:-4] + ".gold.json")):
            check_article(folder, num, n, errors)
    for e in errors:
        print("FAIL", e)
    if errors:
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d articles, all checks passed" % len(txts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
