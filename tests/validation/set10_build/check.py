"""Validate the set: exit 0 only if every check passes. Usage: check.py [data_dir]"""
import json
import os
import re
import sys

SIDES_OK = [[], ["China"], ["United States"], ["China", "United States"], "?"]
TOP = {"article", "split", "house_style", "sentences", "quotations"}
SKEYS = {"text", "sides", "content", "note"}
QKEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
DATELINE = re.compile(r"^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*"          # place
                      r"(?:, [A-Z][a-z]+\.?(?: \d{1,2})?)?"            # ", Iowa" or ", March 12"
                      r"(?: \((?:AP|Reuters|AFP|Xinhua|CGTN|EFE|China Daily)\))?"
                      r"(?:\.- | -- | - | — )")


def parse_quotes(txt):
    """Independent quotation-mark parser. Returns [(text, open_offset)] and errors."""
    errs, out = [], []
    typo = "\u201c" in txt or "\u201d" in txt
    if typo and '"' in txt:
        errs.append("mixed straight and typographic double marks")
    # paragraphs with offsets
    paras, pos = [], 0
    for chunk in txt.rstrip("\n").split("\n\n"):
        paras.append((pos, chunk))
        pos += len(chunk) + 2
    # headline single marks
    h = paras[0][1]
    i, n = 0, len(h)
    while i < n:
        c = h[i]
        if c in "'\u2018" and (i == 0 or h[i - 1] in " (") and i + 1 < n and h[i + 1] != " ":
            close = "'" if c == "'" else "\u2019"
            j = i + 1
            while j < n and not (h[j] == close and (j + 1 == n or h[j + 1] in " ,.:;!?)")):
                j += 1
            if j >= n:
                errs.append("unclosed single mark in headline")
                break
            out.append((h[i + 1:j], i, "headline-single"))
            i = j + 1
            continue
        i += 1
    # double marks, all paragraphs, run-ons across paragraphs
    opening = "\u201c" if typo else '"'
    closing = "\u201d" if typo else '"'
    cur = None  # [pieces, open_offset, piece_start]
    for pi, (off, p) in enumerate(paras):
        start = 0
        if cur is not None:
            if not p.startswith(opening):
                errs.append("paragraph %d ends inside a quotation not continued" % (pi - 1))
                cur = None
            else:
                cur[2] = 1
                start = 1
        for k in range(start, len(p)):
            c = p[k]
            if cur is None:
                if c == opening:
                    cur = [[], off + k, k + 1]
                elif typo and c == closing:
                    errs.append("closing mark without opening at %d" % (off + k))
            else:
                if c == closing:
                    cur[0].append(p[cur[2]:k])
                    out.append((" ".join(cur[0]), cur[1], "double"))
                    cur = None
                elif typo and c == opening:
                    errs.append("nested double opening at %d" % (off + k))
        if cur is not None:
            cur[0].append(p[cur[2]:])
    if cur is not None:
        errs.append("quotation left open at end of article")
    # order by opening offset (headline singles and doubles interleave by position)
    out.sort(key=lambda t: t[1])
    return out, errs


def check_article(d, txtname, goldname):
    errs = []
    E = errs.append
    txt = open(os.path.join(d, txtname), encoding="utf-8").read()
    try:
        gold = json.load(open(os.path.join(d, goldname), encoding="utf-8"))
    except Exception as e:
        return ["%s: bad json %s" % (goldname, e)]
    # layout
    if not txt.endswith("\n") or txt.endswith("\n\n"):
        E("text must end with exactly one newline")
    if "\n\n\n" in txt:
        E("more than one blank line between paragraphs")
    if "\r" in txt or "\t" in txt:
        E("stray CR or tab")
    lines = txt.rstrip("\n").split("\n")
    if len(lines) < 3 or lines[1] != "":
        E("line 2 must be blank")
    paras = txt.rstrip("\n").split("\n\n")
    for i, p in enumerate(paras):
        if not p or "\n" in p or p != p.strip():
            E("paragraph %d malformed" % i)
    if len(paras) < 2 or not DATELINE.match(paras[1]):
        E("first paragraph does not open with a dateline")
    words = len(txt.split())
    if not 320 <= words <= 600:
        E("word count %d outside 320-600" % words)
    # schema
    if not isinstance(gold, dict) or set(gold) != TOP:
        return errs + ["top-level keys wrong: %s" % (sorted(gold) if isinstance(gold, dict) else type(gold))]
    if gold["article"] != txtname:
        E("article field %r != %r" % (gold["article"], txtname))
    if gold["split"] != "untouched":
        E("split must be untouched")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        E("house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        return errs + ["sentences/quotations must be lists"]
    spans = []
    pos = 0
    nunk = 0
    for i, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SKEYS:
            E("sentence %d keys wrong" % i)
            continue
        t = s["text"]
        if not isinstance(t, str) or not t or t != t.strip():
            E("sentence %d text empty or padded" % i)
            continue
        if "\n" in t:
            E("sentence %d crosses a paragraph break" % i)
        if not isinstance(s["note"], str):
            E("sentence %d note not a string" % i)
        sd = s["sides"]
        if sd not in SIDES_OK:
            E("sentence %d sides invalid: %r" % (i, sd))
        if sd == "?":
            nunk += 1
        c = s["content"]
        if not isinstance(c, list) or not all(isinstance(x, str) and x for x in c):
            E("sentence %d content must be a list of non-empty strings" % i)
            c = []
        if isinstance(sd, list) and sd:
            if not c:
                E("sentence %d sided but no content" % i)
        elif c:
            E("sentence %d has content but is not sided" % i)
        for x in c:
            if x not in t:
                E("sentence %d content not a substring: %r" % (i, x))
        # verbatim, in order, only whitespace between
        j = pos
        while j < len(txt) and txt[j].isspace():
            j += 1
        if not txt.startswith(t, j):
            E("sentence %d not found verbatim at its place: %r" % (i, t[:60]))
            k = txt.find(t, pos)
            if k < 0:
                spans.append(None)
                continue
            j = k
        if i == 0 and (j != 0 or t != lines[0]):
            E("first sentence must be the headline")
        spans.append((j, j + len(t), s))
        pos = j + len(t)
    if txt[pos:].strip():
        E("text after last sentence not covered: %r" % txt[pos:pos + 60])
    if nunk > 2:
        E("more than 2 '?' sentences")
    # quotations
    parsed, perrs = parse_quotes(txt)
    errs.extend(perrs)
    ptexts = [p[0] for p in parsed]
    gtexts = [q.get("text") if isinstance(q, dict) else None for q in quotes]
    if ptexts != gtexts:
        for k in range(max(len(ptexts), len(gtexts))):
            a = ptexts[k] if k < len(ptexts) else None
            b = gtexts[k] if k < len(gtexts) else None
            if a != b:
                E("quotation %d: parser %r vs gold %r" % (k, a, b))
                break
    nspeech = 0
    for k, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QKEYS:
            E("quotation %d keys wrong" % k)
            continue
        if not all(isinstance(q[x], str) for x in QKEYS):
            E("quotation %d fields must be strings" % k)
            continue
        if q["kind"] not in ("speech", "title", "scare"):
            E("quotation %d kind invalid" % k)
        if q["side"] not in ("China", "United States", "other"):
            E("quotation %d side invalid" % k)
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                E("quotation %d: title/scare must be other with empty speaker" % k)
        elif q["kind"] == "speech":
            nspeech += 1
            if not q["speaker_as_written"] or not q["resolves_to"]:
                E("quotation %d: speech needs speaker and resolves_to" % k)
            if q["side"] in ("China", "United States") and k < len(parsed) and ptexts == gtexts:
                off = parsed[k][1]
                host = [sp for sp in spans if sp and sp[0] <= off < sp[1]]
                if not host:
                    E("quotation %d opens outside every sentence" % k)
                else:
                    sd = host[0][2]["sides"]
                    if not isinstance(sd, list) or q["side"] not in sd:
                        E("quotation %d (%s) opens in a sentence labelled %r" % (k, q["side"], sd))
    if nspeech < 5:
        E("fewer than 5 speech quotations (%d)" % nspeech)
    return errs


def main(d):
    errs = []
    # tests/validation holds every set: only articles 81-88 are this set's (reviewer).
    files = sorted(f for f in os.listdir(d) if re.match(r"\d+_", f) and 81 <= int(f.split("_")[0]) <= 88)
    want = set()
    pairs = []
    for n in range(81, 89):
        txts = [f for f in files if re.fullmatch(r"%d_[a-z0-9_]+\.txt" % n, f)]
        golds = [f for f in files if re.fullmatch(r"%d_[a-z0-9_]+\.gold\.json" % n, f)]
        if len(txts) != 1 or len(golds) != 1 or golds[0] != txts[0][:-4] + ".gold.json":
            errs.append("article %d: need exactly one .txt and its .gold.json" % n)
            continue
        want |= {txts[0], golds[0]}
        pairs.append((txts[0], golds[0]))
    extra = set(files) - want
    if extra:
        errs.append("unexpected files: %s" % sorted(extra))
    for t, g in pairs:
        for e in check_article(d, t, g):
            errs.append("%s: %s" % (t, e))
    for e in errs:
        print("FAIL", e)
    if errs:
        return 1
    print("OK: %d articles pass" % len(pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
