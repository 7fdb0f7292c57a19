#!/usr/bin/env python3
"""Validate the set: python3 check.py [folder]   (default: this script's folder).

Exits 0 only if every check passes; otherwise prints each problem and exits 1.
Does not import lib.py or build.py: the quotation-mark parser here is
independent of the records that produced the gold.
"""
import json
import os
import re
import sys

EXPECTED = set(range(121, 129))
MIN_WORDS, MAX_WORDS = 320, 600
MIN_QUOTES = 5
MAX_UNDECIDABLE = 2

TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
SIDES_OK = ([], ["China"], ["United States"], ["China", "United States"], "?")
QUOTE_SIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}

NAME_RE = re.compile(r"^(\d+)_([a-z0-9]+(?:_[a-z0-9]+)*)\.(txt|gold\.json)$")
ANY_ARTICLE_RE = re.compile(r"^\d+_.*\.(txt|gold\.json)$")

# Datelines in the houses' own forms.
DATELINES = [
    re.compile(r"^[A-Z][A-Z .]+ \((AP|Reuters|AFP)\) (—|-|--) \S"),                      # WASHINGTON (AP) —
    re.compile(r"^[A-Z][A-Z .]+, [A-Z][a-z]{2,8}\.? \d{1,2} \((Reuters|Xinhua|CGTN)\) (—|-|--) \S"),  # BEIJING, March 3 (Reuters) -
    re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)* \(AFP\) - \S"),                             # Beijing (AFP) -
    re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][a-z]{2} \d{1,2} \(EFE\)\.- \S"),     # Washington, Mar 4 (EFE).-
    re.compile(r"^[A-Z]{3,}(?: [A-Z]{2,})* — \S"),                                        # WASHINGTON —  /  BEIJING —
]


class Problems(list):
    def add(self, where, msg):
        self.append("%s: %s" % (where, msg))


# ---------------------------------------------------------------- quotations
def parse_double(paragraphs, probs, where):
    """paragraphs: list of (offset, line).  Returns [(text, open_offset)].

    A pair is “…” or "…".  A quotation still open at the end of a paragraph
    runs on if (and only if) the next paragraph opens with a quotation mark;
    the pieces are joined by one space, without the reopening mark.
    """
    found = []
    is_open = False
    buf = []
    start = None
    for n, (off, line) in enumerate(paragraphs):
        i = 0
        if is_open:
            if line[:1] in ("“", "\""):
                buf.append(" ")
                i = 1
            else:
                probs.add(where, "quotation opened at offset %d not closed before paragraph %d" % (start, n))
                is_open = False
                buf = []
        while i < len(line):
            c = line[i]
            if c == "“":
                if is_open:
                    probs.add(where, "nested double opening mark at offset %d" % (off + i))
                is_open, buf, start = True, [], off + i
            elif c == "”":
                if not is_open:
                    probs.add(where, "closing mark without opening at offset %d" % (off + i))
                else:
                    found.append(("".join(buf), start))
                    is_open = False
            elif c == "\"":
                if is_open:
                    found.append(("".join(buf), start))
                    is_open = False
                else:
                    is_open, buf, start = True, [], off + i
            elif is_open:
                buf.append(c)
            i += 1
        if is_open and n == 0:
            probs.add(where, "quotation left open in the headline")
            is_open = False
    if is_open:
        probs.add(where, "quotation opened at offset %d never closed" % start)
    return found


def parse_headline_single(head, probs, where):
    """Single-mark quotations in the headline, told apart from apostrophes."""
    found = []
    open_at = None
    n = len(head)
    for i, c in enumerate(head):
        if c not in "‘’'":
            continue
        prev = head[i - 1] if i > 0 else " "
        nxt = head[i + 1] if i + 1 < n else " "
        if open_at is None:
            if c in "‘'" and (prev.isspace() or prev in "(“\"—-:") and nxt.isalnum():
                open_at = i
            elif c == "‘":
                probs.add(where, "stray single opening mark in headline at %d" % i)
        else:
            closes = c in "’'" and (nxt.isspace() or nxt in ",.;:!?)”\"")
            if closes:
                found.append((head[open_at + 1:i], open_at))
                open_at = None
    if open_at is not None:
        probs.add(where, "single quotation left open in headline")
    return found


def single_marks_outside_doubles(paragraphs, probs, where):
    """Outside the headline an opening single mark may only appear inside a double quotation."""
    is_open = False
    for n, (off, line) in enumerate(paragraphs):
        if n == 0:
            continue
        if is_open and line[:1] in ("“", "\""):
            line_iter = enumerate(line[1:], 1)
        else:
            is_open = False
            line_iter = enumerate(line)
        for i, c in line_iter:
            if c == "“":
                is_open = True
            elif c == "”":
                is_open = False
            elif c == "\"":
                is_open = not is_open
            elif c == "‘" and not is_open:
                probs.add(where, "single opening mark outside a quotation at offset %d" % (off + i))


# ---------------------------------------------------------------- one article
def check_article(folder, stem, probs):
    txt_path = os.path.join(folder, stem + ".txt")
    gold_path = os.path.join(folder, stem + ".gold.json")
    where = stem
    try:
        raw = open(txt_path, "rb").read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        probs.add(where, "cannot read text as UTF-8: %s" % e)
        return None
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        probs.add(where, "cannot read gold: %s" % e)
        return None

    # ---- layout
    if "\r" in text or "\t" in text or "\ufeff" in text:
        probs.add(where, "CR, tab or BOM in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        probs.add(where, "text must end with exactly one newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3:
        probs.add(where, "too few lines")
        return None
    if not lines[0].strip():
        probs.add(where, "line 1 (headline) is empty")
    if lines[1] != "":
        probs.add(where, "line 2 must be blank")
    paragraphs = []          # (offset, line); index 0 is the headline
    off = 0
    for i, line in enumerate(lines):
        if i == 0 or (i >= 2 and i % 2 == 0):
            if not line.strip():
                probs.add(where, "line %d should be a paragraph but is blank (double blank line?)" % (i + 1))
            paragraphs.append((off, line))
        elif line != "":
            probs.add(where, "line %d should be blank (paragraphs separated by exactly one blank line)" % (i + 1))
        if line != line.strip():
            probs.add(where, "line %d has leading/trailing whitespace" % (i + 1))
        off += len(line) + 1
    body = [p for p in paragraphs[1:]]
    if not body:
        probs.add(where, "no paragraphs")
        return None
    first = body[0][1]
    if not any(r.match(first) for r in DATELINES):
        probs.add(where, "first paragraph does not open with a dateline: %r" % first[:50])

    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        probs.add(where, "word count %d outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))

    # ---- schema
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        probs.add(where, "gold top-level keys must be exactly %s" % sorted(TOP_KEYS))
        return None
    if gold["article"] != stem + ".txt":
        probs.add(where, "gold 'article' is %r, expected %r" % (gold["article"], stem + ".txt"))
    if gold["split"] != "untouched":
        probs.add(where, "split must be 'untouched'")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        probs.add(where, "house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        probs.add(where, "sentences must be a non-empty list, quotations a list")
        return None
    schema_ok = True
    for k, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            probs.add(where, "sentence %d keys must be exactly %s" % (k, sorted(SENT_KEYS)))
            schema_ok = False
            continue
        if not isinstance(s["text"], str) or not s["text"]:
            probs.add(where, "sentence %d text must be a non-empty string" % k); schema_ok = False
        if s["sides"] not in SIDES_OK or (isinstance(s["sides"], list) and any(not isinstance(x, str) for x in s["sides"])):
            probs.add(where, "sentence %d sides %r not allowed" % (k, s["sides"])); schema_ok = False
        if not isinstance(s["content"], list) or any(not isinstance(c, str) for c in s["content"]):
            probs.add(where, "sentence %d content must be a list of strings" % k); schema_ok = False
        if not isinstance(s["note"], str):
            probs.add(where, "sentence %d note must be a string" % k); schema_ok = False
    for k, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            probs.add(where, "quotation %d keys must be exactly %s" % (k, sorted(QUOTE_KEYS)))
            schema_ok = False
            continue
        for key in QUOTE_KEYS:
            if not isinstance(q[key], str):
                probs.add(where, "quotation %d field %s must be a string" % (k, key)); schema_ok = False
        if q["side"] not in QUOTE_SIDES:
            probs.add(where, "quotation %d side %r not allowed" % (k, q["side"])); schema_ok = False
        if q["kind"] not in KINDS:
            probs.add(where, "quotation %d kind %r not allowed" % (k, q["kind"])); schema_ok = False
    if not schema_ok:
        return None

    # ---- sentences cover the article, verbatim and in order
    spans = []
    pos = 0
    for k, s in enumerate(sents):
        st = s["text"]
        if "\n" in st:
            probs.add(where, "sentence %d crosses a paragraph break" % k)
        if st != st.strip():
            probs.add(where, "sentence %d has leading/trailing whitespace" % k)
        idx = text.find(st, pos)
        if idx < 0:
            probs.add(where, "sentence %d not found verbatim after offset %d: %r" % (k, pos, st[:60]))
            return None
        if text[pos:idx].strip():
            probs.add(where, "non-whitespace text not covered before sentence %d: %r" % (k, text[pos:idx][:60]))
            return None
        spans.append((idx, idx + len(st)))
        pos = idx + len(st)
    if text[pos:].strip():
        probs.add(where, "text after the last sentence is not covered: %r" % text[pos:][:60])
    if sents[0]["text"] != lines[0] or spans[0][0] != 0:
        probs.add(where, "the first sentence must be the whole headline")

    # ---- content
    undecidable = 0
    for k, s in enumerate(sents):
        sided = isinstance(s["sides"], list) and len(s["sides"]) > 0
        if s["sides"] == "?":
            undecidable += 1
        if sided:
            if not s["content"]:
                probs.add(where, "sided sentence %d has no content" % k)
            for c in s["content"]:
                if not c or c != c.strip():
                    probs.add(where, "sentence %d content %r empty or padded" % (k, c))
                elif c not in s["text"]:
                    probs.add(where, "sentence %d content %r is not a substring of the sentence" % (k, c))
            if len(set(s["content"])) != len(s["content"]):
                probs.add(where, "sentence %d repeats a content substring" % k)
        elif s["content"]:
            probs.add(where, "unsided sentence %d (%r) must have no content" % (k, s["sides"]))
    if undecidable > MAX_UNDECIDABLE:
        probs.add(where, "%d '?' sentences (max %d)" % (undecidable, MAX_UNDECIDABLE))

    # ---- quotations: independent parser
    found = parse_headline_single(lines[0], probs, where)
    found += parse_double(paragraphs, probs, where)
    found.sort(key=lambda t: t[1])
    single_marks_outside_doubles(paragraphs, probs, where)
    straight = '"' in text
    curly = "“" in text or "”" in text
    if straight and curly:
        probs.add(where, "mixes straight and typographic double quotation marks")
    found_texts = [t for t, _ in found]
    gold_texts = [q["text"] for q in quotes]
    if found_texts != gold_texts:
        missing = [t for t in found_texts if t not in gold_texts]
        extra = [t for t in gold_texts if t not in found_texts]
        probs.add(where, "quotation texts differ from the parser (in order): parser-only %r, gold-only %r"
                  % (missing[:3], extra[:3]) if (missing or extra) else "quotation order differs from the parser")
    speech = 0
    for k, q in enumerate(quotes):
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                probs.add(where, "quotation %d (%s) must be side other with empty speaker/resolves_to" % (k, q["kind"]))
        else:
            speech += 1
            if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
                probs.add(where, "speech quotation %d needs speaker_as_written and resolves_to" % k)
            if not q["text"].strip():
                probs.add(where, "speech quotation %d is empty" % k)
    if speech < MIN_QUOTES:
        probs.add(where, "only %d speech quotations (min %d)" % (speech, MIN_QUOTES))
    if found_texts == gold_texts:
        for (t, at), q in zip(found, quotes):
            if q["kind"] != "speech" or q["side"] == "other":
                continue
            home = [k for k, (a, b) in enumerate(spans) if a <= at < b]
            if not home:
                probs.add(where, "quotation %r opens outside every sentence" % t[:40])
                continue
            sides = sents[home[0]]["sides"]
            if not isinstance(sides, list) or q["side"] not in sides:
                probs.add(where, "%s quotation %r opens in sentence %d labelled %r"
                          % (q["side"], t[:40], home[0], sides))
    return {"words": words, "sentences": len(sents), "quotes": len(quotes)}


def main(folder):
    probs = Problems()
    names = sorted(os.listdir(folder))
    stems = {}
    for nm in names:
        if not ANY_ARTICLE_RE.match(nm):
            continue
        m = NAME_RE.match(nm)
        if not m:
            probs.add(nm, "badly formed article file name")
            continue
        num, slug, ext = int(m.group(1)), m.group(2), m.group(3)
        stems.setdefault(num, {}).setdefault("%d_%s" % (num, slug), set()).add(ext)
    if set(stems) != EXPECTED:
        probs.add("set", "articles present %s, expected exactly %s" % (sorted(stems), sorted(EXPECTED)))
    for num in sorted(stems):
        if len(stems[num]) != 1:
            probs.add("set", "article %d has several slugs: %s" % (num, sorted(stems[num])))
            continue
        stem, exts = next(iter(stems[num].items()))
        if exts != {"txt", "gold.json"}:
            probs.add(stem, "needs both .txt and .gold.json (has %s)" % sorted(exts))
            continue
        if num in EXPECTED:
            check_article(folder, stem, probs)
    if probs:
        for p in probs:
            print("FAIL", p)
        print("%d problem(s)" % len(probs))
        return 1
    print("OK: articles 121-128 pass all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
