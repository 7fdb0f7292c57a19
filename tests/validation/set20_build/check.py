"""Independent checker for set20 (articles 161-168).  Reads only NNN_*.txt and NNN_*.gold.json.

usage: python3 check.py [folder] [--table]
Exits 0 when every rule holds, 1 otherwise (all failures are printed).
"""
import json
import os
import re
import sys

NUMS = range(161, 169)
DATELINES = {
    161: r"Washington \(AFP\) - \S",
    162: r"HONG KONG — \S",
    163: r"Beijing, [A-Z][a-z]+ \d{1,2} — \S",
    164: r"WASHINGTON — \S",
    165: r"(TOKYO|SINGAPORE) -- \S",
    166: r"[A-Z][a-z]+ [A-Z][a-z]+ in Beijing$",
    167: r"SEOUL, [A-Z][a-z]{2,3}\.? \d{1,2} \(Yonhap\) -- \S",
    168: r"WASHINGTON — \S",
}
TOP_KEYS = ["article", "split", "house_style", "sentences", "quotations"]
SENT_KEYS = ["text", "sides", "content", "note"]
QUOTE_KEYS = ["text", "speaker_as_written", "resolves_to", "side", "kind", "note"]
SIDE_VALUES = ([], ["China"], ["United States"], ["China", "United States"], "?")
ABBR = {"U.S.", "U.N.", "Co.", "Corp.", "Inc.", "Ltd.", "Rep.", "Sen.", "Gov.", "Dr.", "Mr.", "Mrs.", "Ms.",
        "Gen.", "Lt.", "Col.", "Adm.", "St.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.",
        "Oct.", "Nov.", "Dec.", "S.", "N.", "vs.", "e.g.", "i.e."}
REAL_NAMES = ["Biden", "Trump", "Obama", "Xi Jinping", "Li Qiang", "Wang Yi", "Blinken", "Rubio", "Yellen",
              "Bessent", "Raimondo", "Lutnick", "Hegseth", "Lloyd Austin", "Dong Jun", "Mao Ning", "Wang Wenbin",
              "Lin Jian", "Guo Jiakun", "Hua Chunying", "Zhao Lijian", "Liu Pengyu", "Qin Gang", "Pelosi",
              "John Lee", "Lai Ching-te", "Tsai Ing-wen", "Yoon Suk", "Lee Jae-myung", "Kishida", "Ishiba",
              "Kamala Harris", "Jake Sullivan", "Jean-Pierre", "Leavitt", "Katherine Tai", "Jamieson Greer",
              "Han Zheng", "Ma Zhaoxu", "Xie Feng", "Nicholas Burns", "David Perdue"]
OPENERS_SINGLE = {"‘": "’", "'": "'"}


class Fail(Exception):
    pass


def find_pairs(folder):
    errs, pairs = [], []
    names = sorted(os.listdir(folder))
    for n in NUMS:
        txts = [f for f in names if re.fullmatch(r"%03d_[a-z0-9_]+\.txt" % n, f)]
        golds = [f for f in names if re.fullmatch(r"%03d_[a-z0-9_]+\.gold\.json" % n, f)]
        if len(txts) != 1 or len(golds) != 1 or golds[0] != txts[0][:-4] + ".gold.json":
            errs.append("%03d: need exactly one NNN_slug.txt and matching .gold.json (%s %s)" % (n, txts, golds))
        else:
            pairs.append((n, txts[0], golds[0]))
    return pairs, errs


def parse_layout(n, raw, errs):
    """Return (text, paragraphs as (start, end) offsets) or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errs.append("not UTF-8")
        return None
    if "\r" in text:
        errs.append("contains CR")
    if "\t" in text:
        errs.append("contains TAB")
    if text.startswith("\ufeff"):
        errs.append("BOM")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errs.append("must end with exactly one newline")
    lines = text.rstrip("\n").split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3 or not lines[0].strip():
        errs.append("line 1 must be a non-empty headline followed by content")
        return None
    if lines[1] != "":
        errs.append("line 2 must be blank")
    body = lines[2:]
    for i, ln in enumerate(body):
        want_text = (i % 2 == 0)
        if want_text and ln.strip() == "":
            errs.append("paragraphs must be separated by exactly one blank line (line %d)" % (i + 3))
            break
        if not want_text and ln != "":
            errs.append("missing blank line between paragraphs (line %d)" % (i + 3))
            break
    if body and body[-1] == "":
        errs.append("trailing blank line")
    for i, ln in enumerate(lines):
        if ln != ln.strip():
            errs.append("line %d has leading/trailing whitespace" % (i + 1))
        if "  " in ln:
            errs.append("line %d has a double space" % (i + 1))
    paras, pos = [], 0
    for ln in lines:
        if ln:
            paras.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return text, paras


def quote_style(text, errs):
    has_straight_d = '"' in text
    has_curly = any(c in text for c in "“”‘’")
    if has_straight_d and has_curly:
        errs.append("mixes straight and typographic quotation marks")
    if has_curly and "'" in text:
        errs.append("typographic article contains a straight apostrophe/quote")
    return "straight" if has_straight_d or (not has_curly) else "curly"


def parse_quotes(text, paras, style, errs):
    """Double-quoted spans (with run-ons) plus single-quoted words in the headline.
    Returns list of dicts: text, pieces [(s, e)], open (offset of opening mark)."""
    found = []
    # headline single quotes
    h0, h1 = paras[0]
    head = text[h0:h1]
    i = 0
    while i < len(head):
        c = head[i]
        if c in OPENERS_SINGLE and (i == 0 or head[i - 1] in " (—-:") and i + 1 < len(head) and head[i + 1].isalnum():
            close = OPENERS_SINGLE[c]
            j = i + 1
            while j < len(head):
                if head[j] == close and not head[j - 1].isspace() and (j + 1 == len(head) or not head[j + 1].isalnum()):
                    break
                j += 1
            if j == len(head):
                errs.append("unclosed single quote in headline")
                break
            found.append({"text": head[i + 1:j], "pieces": [(h0 + i + 1, h0 + j)], "open": h0 + i})
            i = j + 1
            continue
        i += 1
    # double quotes
    cur = None      # open quotation being collected
    carry = False   # previous paragraph ended inside a quotation
    for (p0, p1) in paras:
        para = text[p0:p1]
        if carry:
            if not (para.startswith("“") or para.startswith('"')):
                errs.append("paragraph at offset %d ends inside a quotation but the next does not reopen it" % p0)
                cur = None
                carry = False
            start_at = 1 if carry else 0
            piece_start = p0 + 1 if carry else None
        else:
            start_at, piece_start = 0, None
        k = start_at
        while k < len(para):
            ch = para[k]
            is_open = is_close = False
            if style == "curly":
                is_open, is_close = ch == "“", ch == "”"
            elif ch == '"':
                if cur is None:
                    is_open = True
                else:
                    is_close = True
            if is_open:
                if cur is not None:
                    errs.append("nested or unbalanced opening mark at offset %d" % (p0 + k))
                if k > 0 and para[k - 1] not in " (—[":
                    errs.append("opening mark not after a space at offset %d" % (p0 + k))
                cur = {"open": p0 + k, "pieces": []}
                piece_start = p0 + k + 1
            elif is_close:
                if cur is None:
                    errs.append("closing mark without opening at offset %d" % (p0 + k))
                else:
                    if k + 1 < len(para) and para[k + 1].isalnum():
                        errs.append("closing mark followed by a letter at offset %d" % (p0 + k))
                    cur["pieces"].append((piece_start, p0 + k))
                    found.append(cur)
                    cur = None
            k += 1
        if cur is not None:
            cur["pieces"].append((piece_start, p1))
            carry = True
        else:
            carry = False
    if cur is not None:
        errs.append("quotation still open at end of article")
    for q in found:
        q["text"] = " ".join(text[a:b] for a, b in q["pieces"])
    found.sort(key=lambda q: q["open"])
    return found


def check_article(folder, n, tname, gname, stats):
    errs = []
    with open(os.path.join(folder, tname), "rb") as f:
        raw = f.read()
    lay = parse_layout(n, raw, errs)
    if lay is None:
        return errs
    text, paras = lay
    words = len(text.split())
    if not 320 <= words <= 600:
        errs.append("word count %d outside 320-600" % words)
    p1 = text[paras[1][0]:paras[1][1]] if len(paras) > 1 else ""
    if not re.match(DATELINES[n], p1):
        errs.append("first paragraph does not open with the house dateline")
    for name in REAL_NAMES:
        if re.search(r"\b%s\b" % re.escape(name), text):
            errs.append("real office-holder name: %s" % name)
    style = quote_style(text, errs)

    try:
        with open(os.path.join(folder, gname), encoding="utf-8") as f:
            gold = json.load(f)
    except (ValueError, UnicodeDecodeError) as e:
        errs.append("gold JSON unreadable: %s" % e)
        return errs
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        errs.append("gold top-level keys must be exactly %s in order" % TOP_KEYS)
        return errs
    if gold["article"] != tname:
        errs.append("gold 'article' is %r, not the file name" % gold["article"])
    if gold["split"] != "untouched":
        errs.append("split must be 'untouched'")
    if not isinstance(gold["house_style"], str) or not gold["house_style"].strip() or "\n" in gold["house_style"]:
        errs.append("house_style must be one non-empty line")
    sents, quotes = gold["sentences"], gold["quotations"]
    if not isinstance(sents, list) or not isinstance(quotes, list) or not sents:
        errs.append("sentences/quotations must be lists (sentences non-empty)")
        return errs

    # ---- sentences: coverage and alignment ----
    spans, pos, ok = [], 0, True
    for i, s in enumerate(sents):
        if not isinstance(s, dict) or list(s.keys()) != SENT_KEYS:
            errs.append("sentence %d keys must be %s" % (i, SENT_KEYS))
            ok = False
            break
        t = s["text"]
        if not isinstance(t, str) or not t or t != t.strip():
            errs.append("sentence %d text empty or padded" % i)
            ok = False
            break
        gap_start = pos
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if i == 0 and gap_start != pos:
            errs.append("text starts with whitespace")
        if not text.startswith(t, pos):
            errs.append("sentence %d not found verbatim at offset %d: %r" % (i, pos, t[:60]))
            ok = False
            break
        if "\n" in t:
            errs.append("sentence %d crosses a paragraph break" % i)
        spans.append((pos, pos + len(t)))
        pos += len(t)
    if ok and text[pos:] != "\n":
        errs.append("text left over after the last sentence: %r" % text[pos:pos + 60])
    if not ok:
        return errs
    if spans[0] != paras[0]:
        errs.append("headline must be the first sentence, whole")
    para_of = []
    for (a, b) in spans:
        pi = [k for k, (p0, p1) in enumerate(paras) if p0 <= a and b <= p1]
        para_of.append(pi[0] if pi else -1)
    for i in range(1, len(spans)):
        gap = text[spans[i - 1][1]:spans[i][0]]
        want = " " if para_of[i] == para_of[i - 1] else "\n\n"
        if gap != want:
            errs.append("bad gap before sentence %d: %r" % (i, gap))

    # ---- sentences: splitting heuristics ----
    for i, s in enumerate(sents):
        t = s["text"]
        same_para = [k for k in range(len(sents)) if para_of[k] == para_of[i]]
        multi = len(same_para) > 1
        last_tok = t.split()[-1].lstrip("“\"‘'(")
        if last_tok in ABBR and i > 0:
            errs.append("sentence %d ends on an abbreviation (%s): split error" % (i, last_tok))
        if i > 0 and multi and not re.search(r"[.?!][”\"’')]*$", t):
            errs.append("sentence %d in a multi-sentence paragraph lacks end punctuation: %r" % (i, t[-40:]))
        if i > 0 and same_para[0] != i and not re.match(r"[“\"‘'(A-Z0-9]", t):
            errs.append("sentence %d starts in lower case: split error" % i)
        if i > 0:
            for m in re.finditer(r"(\S*[.?!])[”\"’')]*\s+[“\"‘'(]*[A-Z]", t):
                tok = m.group(1).lstrip("“\"‘'(")
                if tok in ABBR or re.fullmatch(r"[A-Z]\.", tok):
                    continue
                errs.append("sentence %d may hold two sentences (after %r)" % (i, tok))

    # ---- sentences: labels ----
    qmarks = 0
    undecided = 0
    for i, s in enumerate(sents):
        sides, content, note = s["sides"], s["content"], s["note"]
        if sides not in SIDE_VALUES:
            errs.append("sentence %d: invalid sides %r" % (i, sides))
        if not isinstance(note, str) or not note.strip():
            errs.append("sentence %d: empty note" % i)
        if not isinstance(content, list) or not all(isinstance(c, str) and c for c in content):
            errs.append("sentence %d: content must be a list of non-empty strings" % i)
            continue
        if sides in ([], "?") and content:
            errs.append("sentence %d: content must be empty for %r" % (i, sides))
        if sides not in ([], "?") and not content:
            errs.append("sentence %d: sided sentence needs content" % i)
        for c in content:
            if c not in s["text"]:
                errs.append("sentence %d: content not a substring: %r" % (i, c[:50]))
        if sides == "?":
            undecided += 1
        if "?" in s["text"]:
            qmarks += 1
    if undecided > 2:
        errs.append("%d sentences labelled '?' (max 2)" % undecided)
    if qmarks > 2:
        errs.append("%d sentences with a question mark (max 2)" % qmarks)

    # ---- quotations ----
    parsed = parse_quotes(text, paras, style, errs)
    ptexts = [q["text"] for q in parsed]
    gtexts = []
    for j, q in enumerate(quotes):
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            errs.append("quotation %d keys must be %s" % (j, QUOTE_KEYS))
            return errs
        gtexts.append(q["text"])
    if ptexts != gtexts:
        for j in range(max(len(ptexts), len(gtexts))):
            a = ptexts[j] if j < len(ptexts) else None
            b = gtexts[j] if j < len(gtexts) else None
            if a != b:
                errs.append("quotation %d: text has %r, gold has %r" % (j, (a or "")[:50], (b or "")[:50]))
                break
        errs.append("quotation list differs (%d in text, %d in gold)" % (len(ptexts), len(gtexts)))
        return errs

    def sent_at(off):
        for k, (a, b) in enumerate(spans):
            if a <= off < b:
                return k
        return -1

    # clipped quotation spans per sentence
    clipped = {k: [] for k in range(len(sents))}
    for j, q in enumerate(parsed):
        for (a, b) in q["pieces"]:
            for k, (sa, sb) in enumerate(spans):
                lo, hi = max(a, sa), min(b, sb)
                if lo < hi:
                    clipped[k].append((j, lo - sa, hi - sa))

    speech = 0
    counts = {"China": 0, "United States": 0, "other": 0, "title": 0, "scare": 0}
    for j, (q, pq) in enumerate(zip(quotes, parsed)):
        kind, side = q["kind"], q["side"]
        if kind not in ("speech", "title", "scare"):
            errs.append("quotation %d: bad kind %r" % (j, kind))
            continue
        if side not in ("China", "United States", "other"):
            errs.append("quotation %d: bad side %r" % (j, side))
            continue
        if not isinstance(q["note"], str) or not q["note"].strip():
            errs.append("quotation %d: empty note" % j)
        if kind == "speech":
            speech += 1
            counts[side] += 1
            if not q["speaker_as_written"] or not q["resolves_to"]:
                errs.append("quotation %d: speech needs speaker_as_written and resolves_to" % j)
            elif q["speaker_as_written"] not in text:
                errs.append("quotation %d: speaker %r not written in the text" % (j, q["speaker_as_written"]))
        else:
            counts[kind] += 1
            if q["speaker_as_written"] or q["resolves_to"] or side != "other":
                errs.append("quotation %d: %s must have empty speaker fields and side other" % (j, kind))
        k0 = sent_at(pq["open"])
        if k0 < 0:
            errs.append("quotation %d: opening mark not inside any sentence" % j)
            continue
        if kind == "speech" and side != "other":
            s0 = sents[k0]["sides"]
            if s0 == "?" or side not in s0:
                errs.append("quotation %d (%s) opens in sentence %d labelled %r" % (j, side, k0, s0))
            for k, items in clipped.items():
                for (jj, lo, hi) in items:
                    if jj != j:
                        continue
                    sk = sents[k]
                    if sk["sides"] == "?" or side not in sk["sides"]:
                        errs.append("quotation %d (%s) runs through sentence %d labelled %r" % (j, side, k, sk["sides"]))
                    covered = False
                    for c in sk["content"]:
                        for m in re.finditer(re.escape(c), sk["text"]):
                            if m.start() <= lo and hi <= m.end():
                                covered = True
                    if not covered:
                        errs.append("quotation %d: its words in sentence %d are not in the content" % (j, k))
    if speech < 5:
        errs.append("only %d speech quotations (min 5)" % speech)

    # content never cuts a quotation in half
    for k, s in enumerate(sents):
        for c in s["content"] if isinstance(s["content"], list) else []:
            occ = [m.span() for m in re.finditer(re.escape(c), s["text"])]
            good = False
            for (a, b) in occ:
                if all(b <= lo or hi <= a or (a <= lo and hi <= b) for (_, lo, hi) in clipped[k]):
                    good = True
            if occ and not good:
                errs.append("sentence %d: content %r cuts a quotation" % (k, c[:50]))

    lab = {"China": 0, "United States": 0, "both": 0, "?": 0, "[]": 0}
    for s in sents:
        sd = s["sides"]
        key = "?" if sd == "?" else "[]" if sd == [] else "both" if len(sd) == 2 else sd[0]
        if key in lab:
            lab[key] += 1
    stats[n] = {"style": gold["house_style"], "words": words, "sentences": len(sents), "labels": lab,
                "quotes": counts, "speech": speech}
    return errs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    pairs, errs = find_pairs(folder)
    all_errs = list(errs)
    stats = {}
    for n, t, g in pairs:
        for e in check_article(folder, n, t, g, stats):
            all_errs.append("%s: %s" % (t, e))
    if "--table" in argv:
        print("| art | words | sents | CN | US | both | ? | [] | speech CN | speech US | speech other | title | scare |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for n in sorted(stats):
            s = stats[n]
            L, Q = s["labels"], s["quotes"]
            print("| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
                n, s["words"], s["sentences"], L["China"], L["United States"], L["both"], L["?"], L["[]"],
                Q["China"], Q["United States"], Q["other"], Q["title"], Q["scare"]))
    for e in all_errs:
        print("FAIL", e)
    if all_errs:
        print("%d failure(s)" % len(all_errs))
        return 1
    print("OK: %d articles checked" % len(pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
