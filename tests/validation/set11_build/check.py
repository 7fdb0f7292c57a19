"""Validates the set: python3 check.py [folder]. Exit 0 only if every check passes."""
import json
import os
import re
import sys

NUMS = set(range(89, 97))
SIDE_VALUES = ([], ["China"], ["United States"], ["China", "United States"], "?")
TOP = {"article", "split", "house_style", "sentences", "quotations"}
SKEYS = {"text", "sides", "content", "note"}
QKEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
DATELINE = re.compile(
    r"^(?:"
    r"[A-Z][A-Z .'-]*[A-Z](?:, [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Z][A-Za-z .]+\))? (?:--|—|-) "
    r"|[A-Z][a-z]+, [A-Z][a-z]{2,4}\.? \d{1,2} \([A-Z]+\)\.- "
    r"|\([A-Z][A-Za-z .]+\) -- )")
errors = []


def err(art, msg):
    errors.append(f"{art}: {msg}")


def parse_quotes(art, text):
    """Independent parser: returns [(quote_text, open_offset)] for headline single marks and all double marks."""
    out = []
    headline = text.split("\n", 1)[0]
    for m in re.finditer(r"‘([^‘’]+)’|(?:(?<=^)|(?<=\s))'([^']+)'(?=$|[\s,.:;!?])", headline):
        out.append((m.group(1) or m.group(2), m.start()))
    # body: paragraphs with offsets
    pos = len(headline) + 2
    paras = []
    for para in text[pos:].split("\n\n"):
        paras.append((pos, para.rstrip("\n")))
        pos += len(para) + 2
    dq = [c for c in text[:len(headline)] if c in '"“”']
    if dq:
        err(art, "double quotation marks in headline")
    cur, cur_open, open_now = None, None, False
    for pi, (base, para) in enumerate(paras):
        i = 0
        if open_now:  # previous paragraph ended inside a quotation
            if not para.startswith(("“", '"')):
                err(art, f"quotation left open at end of paragraph {pi}")
                open_now = False
                cur = None
            else:
                cur += " "
                i = 1
        while i < len(para):
            c = para[i]
            if not open_now:
                if c == "“" or c == '"':
                    open_now, cur, cur_open, closer = True, "", base + i, ("”" if c == "“" else '"')
                elif c == "”":
                    err(art, f"stray closing mark at offset {base + i}")
            else:
                if c == closer:
                    out.append((cur, cur_open))
                    open_now, cur = False, None
                elif c in '"“':
                    err(art, f"nested or mismatched double mark at offset {base + i}")
                else:
                    cur += c
            i += 1
    if open_now:
        err(art, "quotation open at end of article")
    return out


def check_article(folder, txtname, goldname):
    art = txtname
    raw = open(os.path.join(folder, txtname), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return err(art, "not UTF-8")
    # layout
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(art, "must end with exactly one newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
        err(art, "line 1 headline, line 2 blank required")
    for k, ln in enumerate(lines):
        if ln != ln.strip():
            err(art, f"leading/trailing whitespace on line {k + 1}")
    body = lines[2:]
    for k, ln in enumerate(body):
        if (k % 2 == 0) != (ln != ""):
            err(art, f"paragraphs must be single lines separated by exactly one blank line (line {k + 3})")
            break
    words = len(text.split())
    if not 320 <= words <= 600:
        err(art, f"word count {words} outside 320-600")
    if len(lines) > 2 and not DATELINE.match(lines[2]):
        err(art, "first paragraph does not open with a dateline")
    # gold schema
    try:
        gold = json.load(open(os.path.join(folder, goldname), encoding="utf-8"))
    except Exception as e:
        return err(art, f"gold unreadable: {e}")
    if not isinstance(gold, dict) or set(gold) != TOP:
        return err(art, f"gold top-level keys wrong: {sorted(gold) if isinstance(gold, dict) else type(gold)}")
    if gold["article"] != txtname:
        err(art, "gold 'article' does not name the text file")
    if gold["split"] != "untouched":
        err(art, "split must be 'untouched'")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        err(art, "house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not sents or not isinstance(quotes, list):
        return err(art, "sentences/quotations must be lists")
    for k, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SKEYS:
            return err(art, f"sentence {k} keys wrong")
        if not isinstance(s["text"], str) or not s["text"] or not isinstance(s["note"], str):
            err(art, f"sentence {k} text/note must be strings")
        if s["sides"] not in SIDE_VALUES or (isinstance(s["sides"], list) and not all(isinstance(x, str) for x in s["sides"])):
            err(art, f"sentence {k} sides invalid: {s['sides']!r}")
        if not isinstance(s["content"], list) or not all(isinstance(c, str) and c for c in s["content"]):
            err(art, f"sentence {k} content must be a list of non-empty strings")
            continue
        sided = isinstance(s["sides"], list) and len(s["sides"]) > 0
        if sided and not s["content"]:
            err(art, f"sentence {k} is sided but has no content")
        if not sided and s["content"]:
            err(art, f"sentence {k} is [] or ? but has content")
        for c in s["content"]:
            if c not in s["text"]:
                err(art, f"sentence {k} content not a substring: {c!r}")
    for k, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QKEYS:
            return err(art, f"quotation {k} keys wrong")
        if not all(isinstance(q[x], str) for x in QKEYS):
            return err(art, f"quotation {k} fields must be strings")
        if q["kind"] not in ("speech", "title", "scare"):
            err(art, f"quotation {k} kind invalid")
        if q["side"] not in ("China", "United States", "other"):
            err(art, f"quotation {k} side invalid")
        if q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                err(art, f"quotation {k}: titles and scare quotes must be side other with empty speaker")
        elif not q["speaker_as_written"] or not q["resolves_to"]:
            err(art, f"quotation {k}: speech needs speaker_as_written and resolves_to")
    if sum(q.get("kind") == "speech" for q in quotes) < 5:
        err(art, "fewer than 5 speech quotations")
    # coverage: sentences verbatim, in order, only whitespace between
    if sents[0]["text"] != lines[0]:
        err(art, "first sentence must be the headline")
    spans, cur = [], 0
    for k, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            err(art, f"sentence {k} crosses a line/paragraph break")
        j = text.find(t, cur)
        if j < 0:
            err(art, f"sentence {k} not found verbatim after previous sentence: {t[:60]!r}")
            return
        if text[cur:j].strip():
            err(art, f"non-whitespace text not covered before sentence {k}: {text[cur:j][:60]!r}")
        spans.append((j, j + len(t)))
        cur = j + len(t)
    if text[cur:].strip():
        err(art, f"text after last sentence not covered: {text[cur:][:60]!r}")
    # quotations vs independent parser
    found = parse_quotes(art, text)
    ft = [f[0] for f in found]
    gt = [q["text"] for q in quotes]
    if ft != gt:
        for k in range(max(len(ft), len(gt))):
            a = ft[k] if k < len(ft) else None
            b = gt[k] if k < len(gt) else None
            if a != b:
                err(art, f"quotation mismatch at {k}: parser {a!r} vs gold {b!r}")
                break
        return
    for (qt, off), q in zip(found, quotes):
        if q["kind"] != "speech" or q["side"] == "other":
            continue
        for k, (a, b) in enumerate(spans):
            if a <= off < b:
                sides = sents[k]["sides"]
                if not isinstance(sides, list) or q["side"] not in sides:
                    err(art, f"{q['side']} quotation {qt[:40]!r} opens in sentence {k} whose sides are {sides!r}")
                break
        else:
            err(art, f"quotation {qt[:40]!r} opens outside every sentence")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # tests/validation holds every set: only articles 89-96 are this set's (reviewer).
    files = [f for f in os.listdir(folder) if not re.match(r"\d+_", f) or 89 <= int(f.split("_")[0]) <= 96]
    txts = sorted(f for f in files if re.match(r"^\d+_.*\.txt$", f))
    golds = sorted(f for f in files if f.endswith(".gold.json"))
    nums = [int(f.split("_")[0]) for f in txts]
    if sorted(nums) != sorted(NUMS):
        err("set", f"articles present {sorted(nums)}, expected exactly 89-96")
    expect = sorted(f[:-4] + ".gold.json" for f in txts)
    if golds != expect:
        err("set", f"gold files {golds} do not match texts")
    for t in txts:
        if not re.match(r"^\d\d_[a-z0-9_]+\.txt$", t):
            err(t, "bad file name")
        g = t[:-4] + ".gold.json"
        if g in golds:
            check_article(folder, t, g)
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(txts)} articles")


if __name__ == "__main__":
    main()
