"""Verify a folder of NN_slug.txt / NN_slug.gold.json pairs against the set's rules.

usage: python3 check.py [FOLDER] [--expect 57-64]
Exit status 0 when every check passes, 1 otherwise (every failure is printed).
"""
import glob
import json
import os
import re
import sys

TOP_KEYS = {"article", "split", "house_style", "sentences", "quotations"}
SENT_KEYS = {"text", "sides", "content", "note"}
QUOTE_KEYS = {"text", "speaker_as_written", "resolves_to", "side", "kind", "note"}
SIDE_ORDER = ["China", "United States"]
QSIDES = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}
OPEN, CLOSE, STRAIGHT = "\u201c", "\u201d", '"'
# a dateline: place (optionally ", Region" / ", Mon. D"), optional "(Agency)", then a dash
DATELINE = re.compile(
    r"^[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*"          # BEIJING / ALDEN FALLS / Beijing
    r"(?:, [A-Z][A-Za-z]*\.?(?: \d{1,2})?)?"            # , Oct. 14 / , Iowa / , Feb 9
    r"(?: \([A-Za-z .]+\))?"                            # (Xinhua) / (AP)
    r"\s*(?:—|–|--|\.-)\s+\S")                          # — / -- / .-
WORDS = (300, 600)


def extract_quotations(paragraphs, errors, name):
    """Return [(text, open_offset, close_offset, n_pieces)] for every quotation in the
    article, joining run-ons (pieces joined by one space, reopening mark dropped).
    Offsets are into the full text (paragraphs joined by blank lines)."""
    found = []
    offset = 0
    open_at, pieces, cur = None, [], []
    for pi, para in enumerate(paragraphs):
        i = 0
        if open_at is not None:                 # run-on: must reopen at paragraph start
            if para[:1] in (OPEN, STRAIGHT):
                i = 1
            else:
                errors.append(f"{name}: quotation opened at offset {open_at} is never closed "
                              f"(paragraph {pi} does not reopen it)")
                open_at, pieces, cur = None, [], []
        while i < len(para):
            ch = para[i]
            is_open = ch == OPEN or (ch == STRAIGHT and open_at is None)
            is_close = ch == CLOSE or (ch == STRAIGHT and open_at is not None)
            if is_open:
                if open_at is not None:
                    errors.append(f"{name}: nested/unbalanced opening mark at offset {offset + i}")
                open_at, pieces, cur = offset + i, [], []
            elif is_close:
                if open_at is None:
                    errors.append(f"{name}: closing mark without opening at offset {offset + i}")
                else:
                    pieces.append("".join(cur))
                    found.append((" ".join(pieces), open_at, offset + i, len(pieces)))
                    open_at, pieces, cur = None, [], []
            elif open_at is not None:
                cur.append(ch)
            i += 1
        if open_at is not None:                 # paragraph ends inside a quotation
            pieces.append("".join(cur))
            cur = []
        offset += len(para) + 2
    if open_at is not None:
        errors.append(f"{name}: quotation opened at offset {open_at} never closes")
    return found


def check_pair(txt_path, gold_path, errors):
    name = os.path.basename(txt_path)
    e0 = len(errors)
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, json.JSONDecodeError) as exc:
        errors.append(f"{name}: cannot read gold: {exc}")
        return None

    # ---- schema -------------------------------------------------------------------------
    if set(gold) != TOP_KEYS:
        errors.append(f"{name}: top-level keys {sorted(gold)} != {sorted(TOP_KEYS)}")
        return None
    if gold["article"] != name:
        errors.append(f"{name}: gold 'article' is {gold['article']!r}")
    if gold["split"] != "tuned":
        errors.append(f"{name}: split is {gold['split']!r}, expected 'tuned'")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip():
        errors.append(f"{name}: empty house_style")
    sents, quotes = gold["sentences"], gold["quotations"]
    for k, s in enumerate(sents):
        if not isinstance(s, dict) or set(s) != SENT_KEYS:
            errors.append(f"{name}: sentence {k} has keys {sorted(s) if isinstance(s, dict) else s}")
            return None
        if not isinstance(s["text"], str) or not s["text"].strip() or s["text"] != s["text"].strip():
            errors.append(f"{name}: sentence {k} text empty or padded")
        if not isinstance(s["note"], str):
            errors.append(f"{name}: sentence {k} note is not a string")
        sd = s["sides"]
        if sd != "?":
            if not isinstance(sd, list) or any(x not in SIDE_ORDER for x in sd) \
                    or len(set(sd)) != len(sd) or sd != [x for x in SIDE_ORDER if x in sd]:
                errors.append(f"{name}: sentence {k} has invalid sides {sd!r}")
        if not isinstance(s["content"], list) or not all(isinstance(c, str) for c in s["content"]):
            errors.append(f"{name}: sentence {k} content is not a list of strings")
            continue
        sided = isinstance(sd, list) and len(sd) > 0
        if sided and not s["content"]:
            errors.append(f"{name}: sided sentence {k} has no content: {s['text'][:60]!r}")
        if not sided and s["content"]:
            errors.append(f"{name}: sentence {k} labelled {sd!r} but has content")
        for c in s["content"]:
            if not c.strip() or c not in s["text"]:
                errors.append(f"{name}: sentence {k} content {c[:50]!r} not in its sentence")
    for k, q in enumerate(quotes):
        if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
            errors.append(f"{name}: quotation {k} has keys {sorted(q) if isinstance(q, dict) else q}")
            return None
        if q["side"] not in QSIDES:
            errors.append(f"{name}: quotation {k} side {q['side']!r}")
        if q["kind"] not in KINDS:
            errors.append(f"{name}: quotation {k} kind {q['kind']!r}")
        if q["kind"] in ("title", "scare") and q["side"] != "other":
            errors.append(f"{name}: quotation {k} is a {q['kind']} but has side {q['side']!r}")
        if q["kind"] == "speech" and (not q["speaker_as_written"].strip()
                                      or not q["resolves_to"].strip()):
            errors.append(f"{name}: speech quotation {k} lacks speaker_as_written/resolves_to")
        if not all(isinstance(q[x], str) for x in QUOTE_KEYS):
            errors.append(f"{name}: quotation {k} has a non-string field")
        if not q["text"].strip():
            errors.append(f"{name}: quotation {k} has empty text")

    # ---- layout -------------------------------------------------------------------------
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{name}: file must end with exactly one newline")
    body = text.rstrip("\n")
    paragraphs = body.split("\n\n")
    if any("\n" in p or not p.strip() or p != p.strip() for p in paragraphs):
        errors.append(f"{name}: paragraphs must be single lines separated by one blank line")
    if len(paragraphs) < 3:
        errors.append(f"{name}: expected headline + paragraphs")
        return None
    if not DATELINE.match(paragraphs[1]):
        errors.append(f"{name}: first paragraph has no dateline-like opening: {paragraphs[1][:40]!r}")
    nwords = len(body.split())
    if not WORDS[0] <= nwords <= WORDS[1]:
        errors.append(f"{name}: {nwords} words, outside {WORDS}")

    # ---- sentences: exact, in order, covering the article --------------------------------
    if not sents or sents[0]["text"] != paragraphs[0]:
        errors.append(f"{name}: first gold sentence is not the headline")
    pos = 0
    spans = []
    for k, s in enumerate(sents):
        t = s["text"]
        idx = body.find(t, pos)
        if idx < 0:
            errors.append(f"{name}: sentence {k} not found (in order): {t[:70]!r}")
            spans.append(None)
            continue
        if body[pos:idx].strip():
            errors.append(f"{name}: text not covered before sentence {k}: {body[pos:idx][:60]!r}")
        if "\n" in t:
            errors.append(f"{name}: sentence {k} crosses a paragraph break")
        spans.append((idx, idx + len(t)))
        pos = idx + len(t)
    if body[pos:].strip():
        errors.append(f"{name}: text after the last gold sentence: {body[pos:][:60]!r}")
    squash = lambda x: re.sub(r"\s+", "", x)
    if squash("".join(s["text"] for s in sents)) != squash(body):
        errors.append(f"{name}: sentences do not cover the article (whitespace ignored)")

    # ---- quotations: bounded by marks, all of them, in order ------------------------------
    found = extract_quotations(paragraphs, errors, name)
    if len(found) != len(quotes):
        errors.append(f"{name}: article has {len(found)} quotations, gold has {len(quotes)}")
    for k, (q, (ftext, fpos, fend, npieces)) in enumerate(zip(quotes, found)):
        if q["text"] != ftext:
            errors.append(f"{name}: quotation {k} gold {q['text'][:50]!r} != article {ftext[:50]!r}")
            continue
        # bounded by marks: opening mark, the words, closing mark (run-ons: reopened pieces)
        raw = body[fpos + 1:fend]
        joined = re.sub(r"\n\n[\u201c\"]", " ", raw)
        if body[fpos] not in (OPEN, STRAIGHT) or body[fend] not in (CLOSE, STRAIGHT) \
                or joined != q["text"] or (npieces == 1) != ("\n" not in raw):
            errors.append(f"{name}: quotation {k} not bounded by marks: {q['text'][:50]!r}")
        # the sentence the quotation opens in must carry the speaker's side
        owner = next((j for j, sp in enumerate(spans) if sp and sp[0] <= fpos < sp[1]), None)
        if owner is None:
            errors.append(f"{name}: quotation {k} opens outside every gold sentence")
        elif q["kind"] == "speech" and q["side"] in SIDE_ORDER:
            sd = sents[owner]["sides"]
            if sd == "?" or q["side"] not in sd:
                errors.append(f"{name}: quotation {k} ({q['side']}) opens in sentence {owner} "
                              f"labelled {sd!r}")
    # mixed mark styles in one article are a layout error
    if STRAIGHT in body and (OPEN in body or CLOSE in body):
        errors.append(f"{name}: mixes straight and typographic double quotes")

    if len(errors) > e0:
        return None
    sided = sum(1 for s in sents if isinstance(s["sides"], list) and s["sides"])
    und = sum(1 for s in sents if s["sides"] == "?")
    return {"article": name, "house_style": gold["house_style"], "words": nwords,
            "sentences": len(sents), "sided": sided, "undecidable": und, "quotations": len(quotes)}


def main(argv):
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # tests/validation
    expect = range(57, 65)
    args = list(argv)
    if "--expect" in args:
        i = args.index("--expect")
        a, b = args[i + 1].split("-")
        expect = range(int(a), int(b) + 1)
        del args[i:i + 2]
    if args:
        folder = args[0]
    errors = []
    # tests/validation holds the other sets as well: check this set's numbers only
    txts = sorted(t for t in glob.glob(os.path.join(folder, "[0-9][0-9]_*.txt"))
                  if int(os.path.basename(t)[:2]) in expect)
    nums = []
    for t in txts:
        m = re.fullmatch(r"(\d\d)_[a-z0-9_]+\.txt", os.path.basename(t))
        if not m:
            errors.append(f"bad file name {os.path.basename(t)}")
            continue
        nums.append(int(m.group(1)))
    if sorted(nums) != list(expect):
        errors.append(f"article numbers {sorted(nums)} != {list(expect)}")
    golds = sorted(g for g in glob.glob(os.path.join(folder, "[0-9][0-9]_*.gold.json"))
                   if int(os.path.basename(g)[:2]) in expect)
    if len(golds) != len(txts):
        errors.append(f"{len(txts)} .txt files but {len(golds)} .gold.json files")
    rows = []
    for t in txts:
        g = t[:-4] + ".gold.json"
        if not os.path.exists(g):
            errors.append(f"{os.path.basename(t)}: no gold file")
            continue
        r = check_pair(t, g, errors)
        if r:
            rows.append(r)
    for r in rows:
        print(f"ok  {r['article']:<36} words={r['words']:<4} sentences={r['sentences']:<3} "
              f"sided={r['sided']:<3} ?={r['undecidable']} quotations={r['quotations']}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"all {len(rows)} articles pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
