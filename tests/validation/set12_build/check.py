#!/usr/bin/env python3
"""Checks set12 (articles 97-104). Usage: python3 check.py [articles_dir]
Exits 0 only if every check passes; prints every failure otherwise.
It does not import lib.py or build.py: the quotation parser below is independent of the gold."""
import json
import os
import re
import sys

NUMBERS = set(range(97, 105))
SIDES_OK = ([], ["China"], ["United States"], ["China", "United States"], "?")
TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
QSIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
NAME_RE = re.compile(r"^(\d+)_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|gold\.json)$")

# dateline form of each house, and its double quotation marks
DATELINE = {
    97: r"[A-Z][A-Z .]+ \(AP\) — \S",
    98: r"[A-Z]+, [A-Z][a-z]+ \d{1,2} \(Reuters\) - \S",
    99: r"[A-Z][a-z]+ \(AFP\) - \S",
    100: r"[A-Z][a-z]+, [A-Z][a-z]{2} \d{1,2} \(EFE\)\.- \S",
    101: r"[A-Z]+, [A-Z][a-z]+ \d{1,2} \(Xinhua\) -- \S",
    102: r"[A-Z]+ — \S",
    103: r"[A-Z]+ — \S",
    104: r"[A-Z]+, [A-Z][a-z]+ — \S",
}
STRAIGHT_HOUSES = {97, 103}  # AP and US government: straight marks; the others typographic


class Fail(Exception):
    pass


def words(s):
    return len(s.split())


def parse_layout(text, errs, tag):
    """Returns (headline, [paragraph strings], [paragraph start offsets])."""
    if "\r" in text:
        errs.append(tag + ": carriage return in text")
    if "\t" in text:
        errs.append(tag + ": tab in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errs.append(tag + ": text must end with exactly one newline")
    nl = text.find("\n")
    headline = text[:nl] if nl >= 0 else text
    if nl < 0 or not headline.strip() or text[nl:nl + 2] != "\n\n":
        errs.append(tag + ": line 1 must be the headline and line 2 blank")
        return headline, [], []
    offset = nl + 2
    body = text[offset:]
    if body.endswith("\n"):
        body = body[:-1]
    paras, starts = [], []
    for part in body.split("\n\n"):
        if part == "" or "\n" in part or part != part.strip():
            errs.append(tag + ": paragraphs must be non-empty single lines separated by exactly one blank line (near offset %d)" % offset)
        else:
            paras.append(part)
            starts.append(offset)
        offset += len(part) + 2
    for ln in [headline] + paras:
        if "  " in ln:
            errs.append(tag + ": double space in line %r" % ln[:40])
    return headline, paras, starts


HEAD_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(]))(['‘])([^'‘’\"“”]+?)(['’])(?=[\s,.:;!?)]|$)")


def parse_quotations(headline, paras, starts, straight, errs, tag):
    """Independent parser. Returns a list of (text, offset_of_opening_mark).
    Headline: single marks and double marks. Body: double marks only (single marks inside a
    quotation are nested quotations and have no record); a paragraph that ends inside a quotation
    continues into the next paragraph only if that one opens with a mark (a run-on)."""
    found = []
    opener, closer = ('"', '"') if straight else ("“", "”")
    wrong = ("“", "”") if straight else ('"',)
    for w in wrong:
        if w in headline or any(w in p for p in paras):
            errs.append(tag + ": double mark %r is not this house's style" % w)
    # headline
    for m in HEAD_SINGLE.finditer(headline):
        o, c = m.group(1), m.group(3)
        if (o == "'") != (c == "'"):
            continue
        found.append((m.group(2), m.start()))
    hq = [i for i, ch in enumerate(headline) if ch in ('"', "“", "”")]
    if hq:
        if len(hq) % 2:
            errs.append(tag + ": unbalanced double marks in headline")
        for a, b in zip(hq[0::2], hq[1::2]):
            found.append((headline[a + 1:b], a))
    found.sort(key=lambda x: x[1])
    # body
    cur = None  # [pieces, offset]
    for pi, (para, start) in enumerate(zip(paras, starts)):
        i = 0
        if cur is not None:
            if not para.startswith(opener):
                errs.append(tag + ": quotation left open at end of paragraph %d and not reopened" % pi)
                cur = None
            else:
                i = 1  # reopening mark of the run-on
                cur[0].append("")
        while i < len(para):
            ch = para[i]
            if straight and ch == '"':
                if cur is None:
                    cur = [[""], start + i]
                else:
                    found.append((" ".join(cur[0]), cur[1]))
                    cur = None
            elif not straight and ch == "“":
                if cur is not None:
                    errs.append(tag + ": nested or unclosed opening mark in paragraph %d" % pi)
                    found.append((" ".join(cur[0]), cur[1]))
                cur = [[""], start + i]
            elif not straight and ch == "”":
                if cur is None:
                    errs.append(tag + ": closing mark without opening in paragraph %d" % pi)
                else:
                    found.append((" ".join(cur[0]), cur[1]))
                    cur = None
            elif cur is not None:
                cur[0][-1] += ch
            i += 1
    if cur is not None:
        errs.append(tag + ": quotation still open at the end of the article")
    return found


def check_article(path_txt, path_gold, num, errs):
    tag = os.path.basename(path_txt)
    try:
        raw = open(path_txt, "rb").read()
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errs.append(tag + ": not UTF-8")
        return None
    try:
        gold = json.load(open(path_gold, encoding="utf-8"))
    except Exception as e:  # noqa
        errs.append(tag + ": gold is not valid JSON (%s)" % e)
        return None

    # ---- schema
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        errs.append(tag + ": top-level keys must be exactly %s" % sorted(TOP_KEYS))
        return None
    if gold["article"] != os.path.basename(path_txt):
        errs.append(tag + ": gold 'article' is %r" % gold["article"])
    if gold["split"] != "untouched":
        errs.append(tag + ": split must be 'untouched'")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        errs.append(tag + ": house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        errs.append(tag + ": sentences/quotations must be lists")
        return None
    schema_ok = True
    for k, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            errs.append(tag + ": sentence %d keys must be exactly %s" % (k, sorted(SENT_KEYS)))
            schema_ok = False
            continue
        if not isinstance(s["text"], str) or not s["text"]:
            errs.append(tag + ": sentence %d text must be a non-empty string" % k); schema_ok = False
        if s["sides"] not in SIDES_OK or (isinstance(s["sides"], list) and any(not isinstance(x, str) for x in s["sides"])):
            errs.append(tag + ": sentence %d sides %r not allowed" % (k, s["sides"])); schema_ok = False
        if not isinstance(s["content"], list) or any(not isinstance(c, str) for c in s["content"]):
            errs.append(tag + ": sentence %d content must be a list of strings" % k); schema_ok = False
        if not isinstance(s["note"], str):
            errs.append(tag + ": sentence %d note must be a string" % k); schema_ok = False
    for k, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            errs.append(tag + ": quotation %d keys must be exactly %s" % (k, sorted(QUOTE_KEYS)))
            schema_ok = False
            continue
        for key in QUOTE_KEYS:
            if not isinstance(q[key], str):
                errs.append(tag + ": quotation %d field %s must be a string" % (k, key)); schema_ok = False
        if q["side"] not in QSIDES:
            errs.append(tag + ": quotation %d side %r" % (k, q["side"])); schema_ok = False
        if q["kind"] not in KINDS:
            errs.append(tag + ": quotation %d kind %r" % (k, q["kind"])); schema_ok = False
    if not schema_ok:
        return None

    # ---- layout, coverage
    headline, paras, starts = parse_layout(text, errs, tag)
    if sents[0]["text"] != headline:
        errs.append(tag + ": first gold sentence must be the headline")
    spans = []
    pos = 0
    # paragraph boundaries (offset of each "\n\n")
    for k, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            errs.append(tag + ": sentence %d crosses a line/paragraph break" % k)
        gap_start = pos
        while pos < len(text) and text[pos] in " \n":
            pos += 1
        gap = text[gap_start:pos]
        if k == 0 and gap:
            errs.append(tag + ": text starts with whitespace")
        if k > 0 and gap not in (" ", "\n\n"):
            errs.append(tag + ": between sentences %d and %d lies %r (want one space or one blank line)" % (k - 1, k, gap))
        if not text.startswith(t, pos):
            errs.append(tag + ": sentence %d not found verbatim at its place: %r" % (k, t[:60]))
            return None
        if k == 1 and gap != "\n\n":
            errs.append(tag + ": headline must be alone on line 1")
        spans.append((pos, pos + len(t)))
        pos += len(t)
    if text[pos:] != "\n":
        errs.append(tag + ": text after the last sentence: %r" % text[pos:pos + 60])

    # ---- content
    for k, s in enumerate(sents):
        sided = isinstance(s["sides"], list) and len(s["sides"]) > 0
        if sided and not s["content"]:
            errs.append(tag + ": sided sentence %d has no content" % k)
        if not sided and s["content"]:
            errs.append(tag + ": unsided sentence %d has content" % k)
        for c in s["content"]:
            if not c or c != c.strip() or c not in s["text"]:
                errs.append(tag + ": sentence %d content %r is not a trimmed substring" % (k, c[:50]))
            elif not (c[0].isalnum() and c[-1].isalnum()):
                errs.append(tag + ": sentence %d content %r must run from word to word (no outer marks or punctuation)" % (k, c[:50]))

    # ---- words
    body_words = sum(words(p) for p in paras)
    total = words(text)
    if body_words < 320 or total > 600:
        errs.append(tag + ": %d body words / %d total words (want 320-600)" % (body_words, total))

    # ---- dateline
    if not paras or not re.match(DATELINE[num], paras[0]):
        errs.append(tag + ": first paragraph does not open with the house dateline")

    # ---- quotations
    found = parse_quotations(headline, paras, starts, num in STRAIGHT_HOUSES, errs, tag)
    ftexts = [f[0] for f in found]
    gtexts = [q["text"] for q in quotes]
    if ftexts != gtexts:
        for i in range(max(len(ftexts), len(gtexts))):
            a = ftexts[i] if i < len(ftexts) else None
            b = gtexts[i] if i < len(gtexts) else None
            if a != b:
                errs.append(tag + ": quotation %d: parser %r vs gold %r" % (i, (a or "")[:50], (b or "")[:50]))
                break
    if sum(1 for q in quotes if q["kind"] == "speech") < 5:
        errs.append(tag + ": fewer than 5 speech quotations")
    for k, q in enumerate(quotes):
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                errs.append(tag + ": %s %d must be side other with empty speaker" % (q["kind"], k))
        else:
            if not q["speaker_as_written"] or not q["resolves_to"]:
                errs.append(tag + ": speech quotation %d needs speaker_as_written and resolves_to" % k)
            elif q["speaker_as_written"] not in text:
                errs.append(tag + ": speaker_as_written %r of quotation %d does not occur in the article" % (q["speaker_as_written"], k))
    if ftexts == gtexts:
        for (qt, off), q in zip(found, quotes):
            if q["kind"] == "speech" and q["side"] in ("China", "United States"):
                host = [i for i, (a, b) in enumerate(spans) if a <= off < b]
                if not host:
                    errs.append(tag + ": quotation %r opens outside every sentence" % qt[:40])
                    continue
                sides = sents[host[0]]["sides"]
                if not isinstance(sides, list) or q["side"] not in sides:
                    errs.append(tag + ": %s quotation %r opens in sentence %d labelled %r"
                                % (q["side"], qt[:40], host[0], sides))
    return {"words": total, "body_words": body_words}


def main(folder):
    errs = []
    names = sorted(os.listdir(folder))
    txt, gold = {}, {}
    for n in names:
        if n.endswith(".txt") or n.endswith(".json"):
            m = NAME_RE.match(n)
            if not m:
                errs.append("unexpected file name %s" % n)
                continue
            (txt if m.group(2) == "txt" else gold)[int(m.group(1))] = n
    if set(txt) != NUMBERS or set(gold) != NUMBERS:
        errs.append("articles present %s, gold present %s; want exactly %d-%d with gold"
                    % (sorted(txt), sorted(gold), min(NUMBERS), max(NUMBERS)))
    for num in sorted(NUMBERS & set(txt) & set(gold)):
        t, g = txt[num], gold[num]
        if t[:-4] != g[:-10]:
            errs.append("%s and %s have different slugs" % (t, g))
            continue
        check_article(os.path.join(folder, t), os.path.join(folder, g), num, errs)
    if errs:
        for e in errs:
            print("FAIL", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK: articles %d-%d pass" % (min(NUMBERS), max(NUMBERS)))
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "articles")))
