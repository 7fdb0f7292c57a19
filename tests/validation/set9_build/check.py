#!/usr/bin/env python3
"""Check the set9 validation set.  Exit 0 only if every check passes.

usage: python3 check.py [FOLDER]     (default: the folder of this script)

This script does not import lib.py or build.py: it reads only the .txt and
.gold.json files, and finds quotations with its own quotation-mark parser.
"""
import json
import os
import re
import sys

NUMBERS = list(range(73, 81))
SIDE_VALUES = ([], ["China"], ["United States"], ["China", "United States"], "?")
QSIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
MIN_WORDS, MAX_WORDS = 320, 600
MIN_SPEECH_QUOTES = 5
NO_QUOTE_ARTICLES = {79}          # the Reuters story written without quotation marks
MAX_UNDECIDABLE = 2

# the dateline each house uses, by article number
DATELINES = {
    73: r"WASHINGTON \(AP\) — ",
    74: r"BEIJING, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2} \(Xinhua\) -- ",
    75: r"WASHINGTON, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2}, \d{4} — ",
    76: r"(HONG KONG|SINGAPORE) \(Bloomberg\) -- ",
    77: r"SEOUL, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2} \(Yonhap\) -- ",
    78: r"[A-Z]{3,}( [A-Z]{2,})* — ",
    79: r"[A-Z]{3,}( [A-Z]{2,})*, (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} \(Reuters\) - ",
    80: r"[A-Z]{3,}, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2} -- ",
}

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
END_PUNCT = ".,;:!?"


class Errors:
    def __init__(self):
        self.items = []

    def add(self, where, msg):
        self.items.append("%s: %s" % (where, msg))


def count_words(text):
    return sum(1 for t in text.split() if any(c.isalnum() for c in t))


def parse_quotations(text, where, err):
    """Independent quotation-mark parser.

    Returns a list of (quotation_text, offset_of_opening_mark).  Paragraphs are
    the blocks between blank lines.  A quotation left open at a paragraph end
    continues if the next paragraph opens with an opening mark (run-on); its
    pieces are joined by one space without the reopening mark.
    """
    has_straight = STRAIGHT in text
    has_curly = OPEN_CURLY in text or CLOSE_CURLY in text
    if has_straight and has_curly:
        err.add(where, "mixes straight and typographic double quotation marks")
        return []
    out = []
    body = text[:-1] if text.endswith("\n") else text
    pos = 0
    carry = None          # (pieces, open_offset) of a quotation open at paragraph end
    for para in body.split("\n\n"):
        start = pos
        pos += len(para) + 2
        i = 0
        if carry is not None:
            if para[:1] not in (STRAIGHT, OPEN_CURLY):
                err.add(where, "quotation opened at offset %d is never closed" % carry[1])
                return out
            pieces, open_at = carry
            carry = None
            is_open, buf, i = True, [], 1
        else:
            is_open, pieces, open_at, buf = False, None, None, []
        while i < len(para):
            ch = para[i]
            if has_straight and ch == STRAIGHT:
                if is_open:
                    pieces.append("".join(buf))
                    out.append((" ".join(pieces), open_at))
                    is_open = False
                else:
                    is_open, pieces, open_at, buf = True, [], start + i, []
            elif ch == OPEN_CURLY:
                if is_open:
                    err.add(where, "nested opening mark at offset %d" % (start + i))
                    return out
                is_open, pieces, open_at, buf = True, [], start + i, []
            elif ch == CLOSE_CURLY:
                if not is_open:
                    err.add(where, "closing mark without opening mark at offset %d" % (start + i))
                    return out
                pieces.append("".join(buf))
                out.append((" ".join(pieces), open_at))
                is_open = False
            elif is_open:
                buf.append(ch)
            i += 1
        if is_open:
            pieces.append("".join(buf))
            carry = (pieces, open_at)
    if carry is not None:
        err.add(where, "quotation opened at offset %d is never closed" % carry[1])
    return out


def check_layout(text, where, err):
    if not text.endswith("\n") or text.endswith("\n\n"):
        err.add(where, "file must end with exactly one newline")
    if "\r" in text or "\t" in text:
        err.add(where, "carriage return or tab in text")
    if text.startswith("\ufeff"):
        err.add(where, "byte-order mark")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err.add(where, "line 1 must be the headline and line 2 blank")
    for k, line in enumerate(lines):
        if line != line.strip():
            err.add(where, "line %d has leading or trailing whitespace" % (k + 1))
        if k % 2 == 1 and line != "":
            err.add(where, "line %d should be blank (paragraphs are one line, separated by one blank line)" % (k + 1))
        if k % 2 == 0 and line == "":
            err.add(where, "line %d is blank: more than one blank line between paragraphs" % (k + 1))
    if "\u2018" in "\n".join(lines[1:]):
        err.add(where, "single opening quotation mark outside the headline")


def check_content_piece(piece, stext, where, err):
    if not isinstance(piece, str) or not piece:
        err.add(where, "content piece must be a non-empty string")
        return
    if piece not in stext:
        err.add(where, "content %r is not a substring of its sentence" % piece)
    if piece != piece.strip():
        err.add(where, "content %r has surrounding whitespace" % piece)
    if piece[-1] in END_PUNCT:
        err.add(where, "content %r ends in punctuation outside any mark" % piece)
    marks = STRAIGHT + OPEN_CURLY + CLOSE_CURLY
    inner = piece[1:-1]
    if len(piece) > 1 and piece[0] in (STRAIGHT, OPEN_CURLY) and piece[-1] in (STRAIGHT, CLOSE_CURLY) \
            and not any(m in inner for m in marks):
        err.add(where, "content %r is a whole quotation: drop the outer marks and final punctuation" % piece)


def check_article(folder, num, txtname, err):
    where = txtname
    with open(os.path.join(folder, txtname), encoding="utf-8") as f:
        text = f.read()
    gpath = os.path.join(folder, txtname[:-4] + ".gold.json")
    try:
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        err.add(where, "gold unreadable: %s" % e)
        return None

    check_layout(text, where, err)

    # ---- schema
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err.add(where, "gold top-level keys must be exactly %s" % sorted(TOP_KEYS))
        return None
    if gold["article"] != txtname:
        err.add(where, "gold 'article' is %r" % gold["article"])
    if gold["split"] != "tuned":
        err.add(where, "split must be 'tuned'")
    hs = gold["house_style"]
    if not isinstance(hs, str) or not hs.strip() or "\n" in hs:
        err.add(where, "house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        err.add(where, "sentences must be a non-empty list and quotations a list")
        return None
    schema_ok = True
    for k, s in enumerate(sents):
        w = "%s sentence %d" % (where, k + 1)
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            err.add(w, "keys must be exactly %s" % sorted(SENT_KEYS))
            schema_ok = False
            continue
        if not isinstance(s["text"], str) or not s["text"] or s["text"] != s["text"].strip():
            err.add(w, "text must be a non-empty string without surrounding whitespace")
            schema_ok = False
        if s["sides"] not in SIDE_VALUES:
            err.add(w, "sides %r not one of %s" % (s["sides"], SIDE_VALUES))
            schema_ok = False
        if not isinstance(s["content"], list):
            err.add(w, "content must be a list")
            schema_ok = False
        if not isinstance(s["note"], str) or "\n" in s["note"]:
            err.add(w, "note must be a one-line string")
    for k, q in enumerate(quotes):
        w = "%s quotation %d" % (where, k + 1)
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            err.add(w, "keys must be exactly %s" % sorted(QUOTE_KEYS))
            schema_ok = False
            continue
        for key in ("text", "speaker_as_written", "resolves_to", "note"):
            if not isinstance(q[key], str):
                err.add(w, "%s must be a string" % key)
                schema_ok = False
        if q["side"] not in QSIDES:
            err.add(w, "side %r not one of %s" % (q["side"], sorted(QSIDES)))
        if q["kind"] not in KINDS:
            err.add(w, "kind %r not one of %s" % (q["kind"], sorted(KINDS)))
    if not schema_ok:
        return None

    # ---- sentences: verbatim, in order, covering, not across paragraphs
    spans = []
    cursor = 0
    for k, s in enumerate(sents):
        w = "%s sentence %d" % (where, k + 1)
        st = s["text"]
        if "\n" in st:
            err.add(w, "sentence crosses a line or paragraph break")
        at = text.find(st, cursor)
        if at < 0:
            err.add(w, "text not found verbatim after the previous sentence: %r" % st[:60])
            return None
        gap = text[cursor:at]
        if gap.strip():
            err.add(w, "uncovered text before this sentence: %r" % gap[:60])
        if k == 0 and at != 0:
            err.add(w, "the headline must be the first sentence and start the file")
        if k > 0 and gap not in (" ", "\n\n"):
            err.add(w, "between sentences there must be one space or one paragraph break, got %r" % gap)
        spans.append((at, at + len(st)))
        cursor = at + len(st)
    if text[cursor:] != "\n":
        err.add(where, "text after the last sentence: %r" % text[cursor:][:60])
    headline_end = text.find("\n")
    if spans and spans[0][1] != headline_end:
        err.add(where, "the first sentence must be exactly the headline line")

    # ---- sides and content
    n_undecidable = 0
    for k, s in enumerate(sents):
        w = "%s sentence %d" % (where, k + 1)
        if s["sides"] == "?":
            n_undecidable += 1
        if s["sides"] in ([], "?"):
            if s["content"]:
                err.add(w, "a [] or '?' sentence must have no content")
        else:
            if not s["content"]:
                err.add(w, "a sided sentence needs at least one content substring")
            for piece in s["content"]:
                check_content_piece(piece, s["text"], w, err)
            if len(set(s["content"])) != len(s["content"]):
                err.add(w, "duplicate content piece")
        if not s["note"].strip():
            err.add(w, "note is empty")
    if n_undecidable > MAX_UNDECIDABLE:
        err.add(where, "%d '?' sentences (at most %d)" % (n_undecidable, MAX_UNDECIDABLE))

    # ---- words
    nw = count_words(text)
    if not MIN_WORDS <= nw <= MAX_WORDS:
        err.add(where, "%d words, outside %d-%d" % (nw, MIN_WORDS, MAX_WORDS))

    # ---- dateline
    lines = text.split("\n")
    first_para = lines[2] if len(lines) > 2 else ""
    if not re.match(DATELINES[num], first_para):
        err.add(where, "first paragraph does not open with the house dateline /%s/" % DATELINES[num])

    # ---- quotations
    found = parse_quotations(text, where, err)
    gold_texts = [q["text"] for q in quotes]
    found_texts = [t for t, _ in found]
    if found_texts != gold_texts:
        err.add(where, "parser found quotations %r, gold has %r" % (found_texts, gold_texts))
    lower = text.lower()
    n_speech = 0
    for k, q in enumerate(quotes):
        w = "%s quotation %d" % (where, k + 1)
        if not q["text"]:
            err.add(w, "empty quotation text")
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                err.add(w, "titles and scare quotes are side 'other' with empty speaker and resolves_to")
        else:
            n_speech += 1
            if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
                err.add(w, "a speech quotation needs speaker_as_written and resolves_to")
            elif q["speaker_as_written"].lower() not in lower:
                err.add(w, "speaker_as_written %r does not occur in the article" % q["speaker_as_written"])
        if k < len(found) and found_texts == gold_texts and q["kind"] == "speech" and q["side"] != "other":
            open_at = found[k][1]
            owner = [j for j, (a, b) in enumerate(spans) if a <= open_at < b]
            if not owner:
                err.add(w, "opening mark lies in no sentence")
            else:
                sides = sents[owner[0]]["sides"]
                if not isinstance(sides, list) or q["side"] not in sides:
                    err.add(w, "%s quotation opens in sentence %d labelled %r"
                            % (q["side"], owner[0] + 1, sides))
    if num in NO_QUOTE_ARTICLES:
        if quotes or found or STRAIGHT in text or OPEN_CURLY in text or CLOSE_CURLY in text:
            err.add(where, "this article must have no quotation marks at all")
    elif n_speech < MIN_SPEECH_QUOTES:
        err.add(where, "%d speech quotations (at least %d)" % (n_speech, MIN_SPEECH_QUOTES))
    return {"words": nw, "sentences": len(sents), "quotations": len(quotes)}


def main(folder):
    err = Errors()
    names = sorted(os.listdir(folder))
    # tests/validation holds every set: only articles 73-80 are this set's (reviewer).
    names = [n for n in names if not re.match(r"\d+_", n) or 73 <= int(n.split("_")[0]) <= 80]
    arts = [n for n in names if re.fullmatch(r"\d+_[a-z0-9_]+\.txt", n)]
    golds = [n for n in names if n.endswith(".gold.json")]
    stray = [n for n in names if (n.endswith(".txt") and n not in arts)]
    for n in stray:
        err.add(n, "unexpected .txt file (articles are NN_slug.txt)")
    by_num = {}
    for n in arts:
        by_num.setdefault(int(n.split("_")[0]), []).append(n)
    if sorted(by_num) != NUMBERS:
        err.add(folder, "articles present %s, expected exactly %s" % (sorted(by_num), NUMBERS))
    for num, ns in by_num.items():
        if len(ns) != 1:
            err.add(folder, "article %d present %d times" % (num, len(ns)))
    expected_golds = {n[:-4] + ".gold.json" for n in arts}
    for g in golds:
        if g not in expected_golds:
            err.add(g, "gold without its article")
    for n in arts:
        if n[:-4] + ".gold.json" not in golds:
            err.add(n, "article without gold")
    stats = {}
    for num in NUMBERS:
        for n in by_num.get(num, []):
            if n[:-4] + ".gold.json" in golds:
                stats[n] = check_article(folder, num, n, err)
    if err.items:
        for e in err.items:
            print("FAIL", e)
        print("%d problem(s)" % len(err.items))
        return 1
    for n, st in stats.items():
        print("ok %-40s %3d words %3d sentences %2d quotations" % (n, st["words"], st["sentences"], st["quotations"]))
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
