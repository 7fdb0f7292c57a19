#!/usr/bin/env python3
"""Validates the set: python3 check.py [folder]  (default: this script's folder).
Exits 0 only if every check passes; prints every failure otherwise.
The quotation-mark parser here is independent of lib.py/build.py: it reads the
.txt files only and compares what it finds with the gold."""
import json
import os
import re
import sys

EXPECTED = set(range(105, 113))
NO_QUOTES = {108}          # the article written with no quotation marks at all
MIN_WORDS, MAX_WORDS = 320, 600
MIN_QUOTES = 5
MAX_UNK = 2
TOP_KEYS = ["article", "split", "house_style", "sentences", "quotations"]
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
VALID_SIDES = [[], ["China"], ["United States"], ["China", "United States"], "?"]
QUOTE_SIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
NAME_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.gold\.json$")
# city, optional date, optional (outlet), then the house's dash
DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)"
    r"(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"(?: ?\((?P<outlet>[A-Z][A-Za-z’'. ]+)\))?"
    r"(?:\.- | -- | - | — | – )\S")


class Fail(Exception):
    pass


def paragraphs_with_offsets(text):
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            out.append((pos, line))
        pos += len(line) + 1
    return out


def is_word(ch):
    return ch.isalnum()


def parse_quotes(text, errs):
    """Return [(quote_text, offset_of_opening_mark)] for every pair of double
    marks in the file and every pair of single marks in the headline, in order.
    A paragraph that ends inside a quotation must be followed by a paragraph
    that opens with a quotation mark; the pieces are joined by one space."""
    found = []
    paras = paragraphs_with_offsets(text)
    # headline single marks (apostrophes between letters are not marks)
    if paras:
        p0, head = paras[0]
        i, n = 0, len(head)
        while i < n:
            ch = head[i]
            prev = head[i - 1] if i else " "
            nxt = head[i + 1] if i + 1 < n else " "
            if ch in "‘'" and (i == 0 or prev in " (—-:\"“") and nxt != " ":
                j = i + 1
                while j < n:
                    c, pv = head[j], head[j - 1]
                    nx = head[j + 1] if j + 1 < n else " "
                    if c in "’'" and pv != " " and not (is_word(pv) and is_word(nx)) and nx in " ,.;:!?)\"”":
                        break
                    j += 1
                if j >= n:
                    errs.append("headline: unclosed single quotation mark at %d" % i)
                    break
                found.append((head[i + 1:j], p0 + i))
                i = j + 1
                continue
            if ch == "‘":
                errs.append("headline: stray opening single mark at %d" % i)
            i += 1
    # double marks over all paragraphs (headline included)
    open_ch, buf, start = None, [], None
    for k, (pstart, ptext) in enumerate(paras):
        i = 0
        if open_ch is not None:
            if ptext[0] == open_ch:
                buf.append(" ")
                i = 1
            else:
                errs.append("unclosed quotation before paragraph %d" % k)
                open_ch = None
        for j in range(i, len(ptext)):
            ch = ptext[j]
            if open_ch is None:
                if ch in "“\"":
                    open_ch, buf, start = ch, [], pstart + j
                elif ch == "”":
                    errs.append("stray closing mark in paragraph %d at %d" % (k, j))
                elif k > 0:
                    prev = ptext[j - 1] if j else " "
                    nxt = ptext[j + 1] if j + 1 < len(ptext) else " "
                    if ch == "‘" or (ch == "'" and prev in " (" and nxt.isalpha()):
                        errs.append("single quotation mark outside a quotation in paragraph %d at %d" % (k, j))
            else:
                closes = (open_ch == "“" and ch == "”") or (open_ch == "\"" and ch == "\"")
                if closes:
                    found.append(("".join(buf), start))
                    open_ch = None
                elif ch in "“”\"":
                    errs.append("mixed or nested double marks in paragraph %d at %d" % (k, j))
                else:
                    buf.append(ch)
    if open_ch is not None:
        errs.append("quotation still open at end of article")
    found.sort(key=lambda t: t[1])
    return found


def check_layout(name, text, errs):
    if not text.endswith("\n") or text.endswith("\n\n"):
        errs.append("%s: must end with exactly one newline" % name)
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3 or lines[0] == "" or lines[1] != "":
        errs.append("%s: line 1 must be the headline and line 2 blank" % name)
    if "\n\n\n" in text:
        errs.append("%s: more than one blank line between paragraphs" % name)
    for i, line in enumerate(lines):
        if i % 2 == 1 and line != "":
            errs.append("%s: line %d should be blank (paragraphs are separated by one blank line)" % (name, i + 1))
        if i % 2 == 0 and line == "":
            errs.append("%s: line %d should be a paragraph" % (name, i + 1))
        if line != line.strip() or "\t" in line or "\r" in line:
            errs.append("%s: line %d has stray whitespace" % (name, i + 1))
    if len(lines) >= 3:
        m = DATELINE_RE.match(lines[2])
        if not m or not (m.group("city").isupper() or m.group("outlet")):
            errs.append("%s: first paragraph does not open with a dateline" % name)


def check_schema(name, gold, errs):
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        errs.append("%s: top-level keys must be exactly %s" % (name, TOP_KEYS))
        raise Fail()
    if gold["split"] != "untouched":
        errs.append("%s: split must be 'untouched'" % name)
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        errs.append("%s: house_style must be one non-empty line" % name)
    if not isinstance(gold["sentences"], list) or not gold["sentences"]:
        errs.append("%s: sentences must be a non-empty list" % name)
        raise Fail()
    if not isinstance(gold["quotations"], list):
        errs.append("%s: quotations must be a list" % name)
        raise Fail()
    for i, s in enumerate(gold["sentences"]):
        if not isinstance(s, dict) or set(s.keys()) != SENT_KEYS:
            errs.append("%s: sentence %d keys must be %s" % (name, i, sorted(SENT_KEYS)))
            raise Fail()
        if not isinstance(s["text"], str) or not s["text"] or s["text"] != s["text"].strip():
            errs.append("%s: sentence %d text empty or padded" % (name, i))
        if s["sides"] not in VALID_SIDES:
            errs.append("%s: sentence %d sides %r not one of %r" % (name, i, s["sides"], VALID_SIDES))
        if not isinstance(s["content"], list) or not all(isinstance(c, str) for c in s["content"]):
            errs.append("%s: sentence %d content must be a list of strings" % (name, i))
            raise Fail()
        if not isinstance(s["note"], str):
            errs.append("%s: sentence %d note must be a string" % (name, i))
    for i, qq in enumerate(gold["quotations"]):
        if not isinstance(qq, dict) or set(qq.keys()) != QUOTE_KEYS:
            errs.append("%s: quotation %d keys must be %s" % (name, i, sorted(QUOTE_KEYS)))
            raise Fail()
        for k in QUOTE_KEYS:
            if not isinstance(qq[k], str):
                errs.append("%s: quotation %d field %s must be a string" % (name, i, k))
                raise Fail()
        if qq["side"] not in QUOTE_SIDES:
            errs.append("%s: quotation %d side %r invalid" % (name, i, qq["side"]))
        if qq["kind"] not in KINDS:
            errs.append("%s: quotation %d kind %r invalid" % (name, i, qq["kind"]))
        if qq["kind"] in ("title", "scare"):
            if qq["side"] != "other" or qq["speaker_as_written"] or qq["resolves_to"]:
                errs.append("%s: quotation %d (%s) must be side other with empty speaker/resolves_to" % (name, i, qq["kind"]))
        elif not qq["speaker_as_written"].strip() or not qq["resolves_to"].strip():
            errs.append("%s: speech quotation %d needs speaker_as_written and resolves_to" % (name, i))


def check_article(folder, txt_name, gold_name, errs):
    with open(os.path.join(folder, txt_name), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(folder, gold_name), encoding="utf-8") as f:
        gold = json.load(f)
    check_layout(txt_name, text, errs)
    check_schema(txt_name, gold, errs)
    if gold["article"] != txt_name:
        errs.append("%s: gold 'article' field is %r" % (txt_name, gold["article"]))
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errs.append("%s: %d words, outside %d-%d" % (txt_name, words, MIN_WORDS, MAX_WORDS))

    # sentences: verbatim, in order, covering the text, whitespace between, no paragraph break
    sents = gold["sentences"]
    spans, cur = [], 0
    headline = text.split("\n", 1)[0]
    if sents[0]["text"] != headline:
        errs.append("%s: first sentence is not the headline" % txt_name)
    for i, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            errs.append("%s: sentence %d crosses a line/paragraph break" % (txt_name, i))
        pos = text.find(t, cur)
        if pos < 0:
            errs.append("%s: sentence %d not found verbatim after offset %d: %r" % (txt_name, i, cur, t[:60]))
            raise Fail()
        gap = text[cur:pos]
        if gap.strip():
            errs.append("%s: non-whitespace text before sentence %d: %r" % (txt_name, i, gap.strip()[:60]))
        if i > 0 and gap not in (" ", "\n\n"):
            errs.append("%s: gap before sentence %d is %r (one space inside a paragraph, one blank line between)" % (txt_name, i, gap))
        spans.append((pos, pos + len(t), s["sides"]))
        cur = pos + len(t)
    if text[cur:] != "\n":
        errs.append("%s: text after the last sentence: %r" % (txt_name, text[cur:cur + 60]))

    # content
    unk = 0
    for i, s in enumerate(sents):
        sided = s["sides"] not in ([], "?")
        if s["sides"] == "?":
            unk += 1
        if sided and not s["content"]:
            errs.append("%s: sided sentence %d has no content" % (txt_name, i))
        if not sided and s["content"]:
            errs.append("%s: unsided sentence %d has content" % (txt_name, i))
        for c in s["content"]:
            if not c.strip() or c not in s["text"]:
                errs.append("%s: content %r of sentence %d is not a substring of it" % (txt_name, c[:50], i))
    if unk > MAX_UNK:
        errs.append("%s: %d '?' sentences (at most %d)" % (txt_name, unk, MAX_UNK))

    # quotations: independent parser vs gold
    perrs = []
    found = parse_quotes(text, perrs)
    errs.extend("%s: %s" % (txt_name, e) for e in perrs)
    gq = gold["quotations"]
    ftexts = [t for t, _ in found]
    gtexts = [qq["text"] for qq in gq]
    if ftexts != gtexts:
        for k in range(max(len(ftexts), len(gtexts))):
            a = ftexts[k] if k < len(ftexts) else None
            b = gtexts[k] if k < len(gtexts) else None
            if a != b:
                errs.append("%s: quotation %d: text has %r, gold has %r" % (txt_name, k, a, b))
                break
    else:
        for (qt, off), qq in zip(found, gq):
            if qq["kind"] == "speech" and qq["side"] in ("China", "United States"):
                owner = [sp for sp in spans if sp[0] <= off < sp[1]]
                if not owner:
                    errs.append("%s: quotation %r opens outside every sentence" % (txt_name, qt[:40]))
                elif owner[0][2] == "?" or qq["side"] not in owner[0][2]:
                    errs.append("%s: %s quotation %r opens in a sentence labelled %r" % (txt_name, qq["side"], qt[:40], owner[0][2]))
    num = int(txt_name[:3])
    nspeech = sum(1 for qq in gq if qq["kind"] == "speech")
    if num in NO_QUOTES:
        if gq or any(ch in text for ch in "“”\""):
            errs.append("%s: must contain no quotation marks" % txt_name)
    elif nspeech < MIN_QUOTES:
        errs.append("%s: only %d speech quotations (need %d)" % (txt_name, nspeech, MIN_QUOTES))


def main(folder):
    errs = []
    names = sorted(os.listdir(folder))
    txts = {int(NAME_RE.match(n).group(1)): n for n in names if NAME_RE.match(n)}
    golds = {int(GOLD_RE.match(n).group(1)): n for n in names if GOLD_RE.match(n)}
    stray = [n for n in names if (n.endswith(".txt") and not NAME_RE.match(n)) or
             (n.endswith(".json") and not GOLD_RE.match(n))]
    if stray:
        errs.append("unexpected article-like files: %s" % stray)
    n_txt = len([n for n in names if NAME_RE.match(n)])
    n_gold = len([n for n in names if GOLD_RE.match(n)])
    if set(txts) != EXPECTED or n_txt != len(EXPECTED):
        errs.append("articles present %s, expected exactly %s" % (sorted(txts), sorted(EXPECTED)))
    if set(golds) != EXPECTED or n_gold != len(EXPECTED):
        errs.append("gold files present %s, expected exactly %s" % (sorted(golds), sorted(EXPECTED)))
    for num in sorted(EXPECTED & set(txts)):
        if num not in golds:
            continue
        if golds[num] != txts[num][:-4] + ".gold.json":
            errs.append("gold %s does not match article %s" % (golds[num], txts[num]))
            continue
        try:
            check_article(folder, txts[num], golds[num], errs)
        except Fail:
            pass
        except (ValueError, KeyError, TypeError, IndexError) as e:
            errs.append("%s: unreadable (%s: %s)" % (txts[num], type(e).__name__, e))
    for e in errs:
        print("FAIL", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    print("OK: %d articles checked in %s" % (len(txts), folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
