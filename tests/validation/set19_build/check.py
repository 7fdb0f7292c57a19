"""Independent checker for validation set 19 (articles 153-160).

Reads only NNN_slug.txt and NNN_slug.gold.json in a folder (default: this
script's folder; or the folder given as argv[1]).  Does not import lib/build.
Prints one line per problem as 'file: CODE: message' and exits 1 if any;
exits 0 otherwise.  '--table' prints the per-article summary table.
"""
import json
import os
import re
import sys

NUMS = list(range(153, 161))
TOP_KEYS = ["article", "split", "house_style", "sentences", "quotations"]
SENT_KEYS = ["text", "sides", "content", "note"]
QUOTE_KEYS = ["text", "speaker_as_written", "resolves_to", "side", "kind", "note"]
SIDES_OK = [[], ["China"], ["United States"], ["China", "United States"], "?"]
QSIDES = ["China", "United States", "other"]
KINDS = ["speech", "title", "scare"]

DATELINES = {
    153: r"BEIJING, [A-Z][a-z]+\.? \d{1,2} \(CGTN\) -- \S",
    154: r"HANGZHOU — \S",
    155: r"\(Bloomberg\) -- \S",
    156: r"TOKYO \(Kyodo\) -- \S",
    157: r"WASHINGTON — \S",
    158: r"BEIJING, [A-Z][a-z]+\.? \d{1,2} \(Xinhua\) -- \S",
    159: r"TAIPEI, Taiwan — \S",
    160: r"Beijing, \d{1,2} [A-Z][a-z]{2} \(EFE\)\.- \S",
}
# house habits the brief names for each outlet (regexes over the whole text)
HOUSE = {
    153: [r"spokesperson", r"professor|scholar|researcher"],
    154: [r"[Pp]rovincial", r"Co\b|Technology|company"],
    155: [r"familiar with the matter", r"[Ss]hares", r"^--With assistance from .+$", r"^©\d{4} Bloomberg L\.P\.$"],
    156: [r"Japan", r"China's|Chinese", r"U\.S\.", r"^==Kyodo$"],
    157: [r"Sen\. [A-Z][a-z]+ [A-Z][a-z]+ \([RD]-[A-Z][A-Za-z.]+\)", r"Agency"],
    158: [r"A spokesperson .* said Thursday when asked about", r"^Enditem$"],
    159: [r"condition of anonymity", r"Embassy spokesperson"],
    160: [r"regular press conference", r"^EFE$"],
}
ABBR = set("""U.S. U.N. U.K. D.C. Sen. Sens. Rep. Reps. Gov. Mr. Mrs. Ms. Dr. Prof. Col. Gen. Lt. Adm. Sgt.
Capt. St. Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec. No. Co. Inc. Corp. Ltd. Jr. Sr. vs. Mich.
Calif. Fla. Ill. Mass. Va. Wash. Tex. Ore. Ariz. Colo. Conn. Ga. Md. Minn. Mo. N.Y. N.J. Pa. Tenn. Wis.
Ky. La. Okla. Ala.""".split())
CURLY = "“”‘’"


class Problems:
    def __init__(self):
        self.items = []

    def add(self, fname, code, msg):
        self.items.append("%s: %s: %s" % (fname, code, msg))


# --------------------------------------------------------------------------- text
def paragraphs_with_offsets(text):
    """Return [(offset, paragraph_text)], headline first, from a layout-valid text."""
    out, off = [], 0
    body = text[:-1] if text.endswith("\n") else text
    for i, line in enumerate(body.split("\n")):
        if line != "":
            out.append((off, line))
        off += len(line) + 1
    return out


def parse_double(paras, typographic, P, fname):
    """All double-quotation records: list of dicts {pieces: [(a, b)], text}."""
    quotes, cur, start, pending = [], None, None, False
    for off, para in paras:
        i = 0
        if pending:
            opener = "“" if typographic else '"'
            if not para.startswith(opener):
                P.add(fname, "E_QPARSE", "quotation left open at paragraph end and next paragraph does not reopen it")
                cur, pending = None, False
            else:
                start, i = off + 1, 1
            pending = False
        for j in range(i, len(para)):
            c = para[j]
            if typographic:
                if c == "“":
                    if cur is not None:
                        P.add(fname, "E_QPARSE", "opening mark inside open quotation at %d" % (off + j))
                        continue
                    cur, start = {"pieces": []}, off + j + 1
                elif c == "”":
                    if cur is None:
                        P.add(fname, "E_QPARSE", "closing mark without opening at %d" % (off + j))
                        continue
                    cur["pieces"].append((start, off + j))
                    quotes.append(cur)
                    cur = None
            else:
                if c == '"':
                    if cur is None:
                        cur, start = {"pieces": []}, off + j + 1
                    else:
                        cur["pieces"].append((start, off + j))
                        quotes.append(cur)
                        cur = None
        if cur is not None:
            cur["pieces"].append((start, off + len(para)))
            pending = True
    if cur is not None:
        P.add(fname, "E_QPARSE", "quotation still open at end of article")
    return quotes


def parse_headline_singles(headline, typographic, P, fname):
    """Single-quoted words in the headline: list of (a, b) inner spans (headline offset 0)."""
    spans, i, n = [], 0, len(headline)
    op, cl = ("‘", "’") if typographic else ("'", "'")
    while i < n:
        c = headline[i]
        is_open = False
        if c == op:
            if typographic:
                is_open = True
            else:
                prev_ok = i == 0 or not headline[i - 1].isalnum()
                next_ok = i + 1 < n and headline[i + 1].isalnum()
                is_open = prev_ok and next_ok
        if is_open:
            k = i + 1
            close = None
            while k < n:
                if headline[k] == cl:
                    nxt = headline[k + 1] if k + 1 < n else " "
                    if not nxt.isalpha() and headline[k - 1] != " ":
                        close = k
                        break
                k += 1
            if close is None:
                P.add(fname, "E_QPARSE", "unclosed single quotation in headline")
                return spans
            spans.append((i + 1, close))
            i = close + 1
            continue
        i += 1
    return spans


# --------------------------------------------------------------------------- checks
def check_article(folder, num, fname, P, table):
    base = fname[:-4]
    path = os.path.join(folder, fname)
    gpath = os.path.join(folder, base + ".gold.json")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        P.add(fname, "E_UTF8", str(e))
        return
    if "\r" in text:
        P.add(fname, "E_CR", "carriage return present")
    if "\t" in text:
        P.add(fname, "E_TAB", "tab present")
    if not text.endswith("\n") or text.endswith("\n\n"):
        P.add(fname, "E_EOF", "file must end with exactly one newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3 or lines[0].strip() == "" or lines[1] != "":
        P.add(fname, "E_LAYOUT", "line 1 headline, line 2 blank required")
    for idx, line in enumerate(lines):
        if idx >= 2:
            if idx % 2 == 0 and line == "":
                P.add(fname, "E_LAYOUT", "paragraphs must be separated by exactly one blank line (line %d)" % (idx + 1))
            if idx % 2 == 1 and line != "":
                P.add(fname, "E_LAYOUT", "expected blank line at line %d" % (idx + 1))
        if line != line.strip():
            P.add(fname, "E_LAYOUT", "leading/trailing whitespace on line %d" % (idx + 1))
    if lines and lines[-1] == "":
        P.add(fname, "E_LAYOUT", "trailing blank line")
    paras = paragraphs_with_offsets(text)
    if len(paras) < 2:
        P.add(fname, "E_LAYOUT", "no body paragraphs")
        return
    headline = lines[0]
    if not re.match(DATELINES[num], paras[1][1]):
        P.add(fname, "E_DATELINE", "first paragraph does not open with the house dateline")
    for pat in HOUSE[num]:
        if not re.search(pat, text, re.M):
            P.add(fname, "E_HOUSE", "house habit missing: %s" % pat)
    words = len(text.split())
    if not 320 <= words <= 600:
        P.add(fname, "E_WORDS", "%d words, need 320-600" % words)

    # quotation style
    has_curly = any(c in text for c in CURLY)
    has_straight = ('"' in text) or ("'" in text)
    if has_curly and has_straight:
        P.add(fname, "E_QSTYLE", "mixes typographic and straight quotation marks")
    if not has_curly and '"' not in text:
        P.add(fname, "E_QSTYLE", "no double quotation marks at all")
    typographic = has_curly
    doubles = parse_double(paras, typographic, P, fname)
    for q in doubles:
        q["text"] = " ".join(text[a:b] for a, b in q["pieces"])
        q["open"] = q["pieces"][0][0]
    singles = []
    for a, b in parse_headline_singles(headline, typographic, P, fname):
        singles.append({"pieces": [(a, b)], "text": headline[a:b], "open": a})
    if typographic:
        # body single opening marks must sit inside a double quotation (nested quotes)
        inside = [(q["pieces"][0][0], q["pieces"][-1][1]) for q in doubles]
        for m in re.finditer("‘", text):
            if m.start() < len(headline):
                continue
            if not any(a <= m.start() < b for a, b in inside):
                P.add(fname, "E_QPARSE", "single quotation outside double quotes in body at %d" % m.start())
    found = sorted(doubles + singles, key=lambda q: q["open"])

    # gold
    try:
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
    except FileNotFoundError:
        P.add(fname, "E_JSON", "gold file missing")
        return
    except (ValueError, UnicodeDecodeError) as e:
        P.add(fname, "E_JSON", "gold not valid JSON: %s" % e)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        P.add(fname, "E_KEYS", "top-level keys must be exactly %s" % TOP_KEYS)
        return
    if gold["article"] != fname:
        P.add(fname, "E_ARTICLE", "article field %r" % gold["article"])
    if gold["split"] != "untouched":
        P.add(fname, "E_SPLITFIELD", "split must be 'untouched'")
    hs = gold["house_style"]
    if not isinstance(hs, str) or not hs.strip() or "\n" in hs:
        P.add(fname, "E_STYLE", "house_style must be one non-empty line")
    sents = gold["sentences"]
    quots = gold["quotations"]
    if not isinstance(sents, list) or not isinstance(quots, list) or not sents:
        P.add(fname, "E_KEYS", "sentences/quotations must be lists")
        return

    # sentence records
    ok_records = True
    for i, s in enumerate(sents):
        if not isinstance(s, dict) or list(s.keys()) != SENT_KEYS:
            P.add(fname, "E_KEYS", "sentence %d keys must be %s" % (i, SENT_KEYS))
            ok_records = False
            continue
        if not isinstance(s["text"], str) or not s["text"] or s["text"] != s["text"].strip():
            P.add(fname, "E_ALIGN", "sentence %d text empty or padded" % i)
            ok_records = False
        if s["sides"] not in SIDES_OK:
            P.add(fname, "E_SIDES", "sentence %d sides %r" % (i, s["sides"]))
        if not isinstance(s["content"], list) or not all(isinstance(c, str) and c for c in s["content"]):
            P.add(fname, "E_CONTENT", "sentence %d content must be a list of non-empty strings" % i)
            ok_records = False
        if not isinstance(s["note"], str) or not s["note"].strip():
            P.add(fname, "E_NOTE", "sentence %d note empty" % i)
    if not ok_records:
        return

    # alignment: sentences cover the whole article, in order, only whitespace between
    spans, pos = [], 0
    for i, s in enumerate(sents):
        t = s["text"]
        if "\n" in t:
            P.add(fname, "E_CROSS", "sentence %d crosses a paragraph break" % i)
            return
        k = pos
        while k < len(text) and text[k].isspace():
            k += 1
        if i > 0 and k == pos:
            P.add(fname, "E_ALIGN", "no whitespace before sentence %d" % i)
        if text[k:k + len(t)] != t:
            P.add(fname, "E_ALIGN", "sentence %d not found verbatim at offset %d: %r" % (i, k, t[:50]))
            return
        spans.append((k, k + len(t)))
        pos = k + len(t)
    if text[pos:].strip():
        P.add(fname, "E_ALIGN", "text left over after last sentence: %r" % text[pos:pos + 50])
        return
    if sents[0]["text"] != headline:
        P.add(fname, "E_HEADLINE", "first sentence must be the whole headline")

    # sentence-splitting sanity
    para_spans = [(o, o + len(p)) for o, p in paras]
    signoff = set()
    for (a, b) in para_spans[-2:]:
        for i, (s0, s1) in enumerate(spans):
            if s0 == a and s1 == b:
                signoff.add(i)
    for i, s in enumerate(sents):
        t = s["text"]
        if i == 0 or i in signoff:
            continue
        for m in re.finditer(r"([.!?])([”\"’)\]]*)\s+[“\"‘(\[]*[A-Z]", t):
            if m.group(1) in "?!" and m.group(2):
                continue
            tok = re.split(r"\s", t[:m.start() + 1])[-1].lstrip("(“\"‘[")
            if m.group(1) == "." and (tok in ABBR or re.fullmatch(r"(?:[A-Z]\.)+", tok)):
                continue
            P.add(fname, "E_SENTSPLIT", "sentence %d looks like two sentences near %r" % (i, t[max(0, m.start() - 15):m.end()]))
        last = t.split()[-1].rstrip("”\"’)")
        if last in ABBR:
            P.add(fname, "E_SENTSPLIT", "sentence %d ends with abbreviation %r" % (i, last))
        if not re.search(r"[.!?][”\"’)\]]*$", t):
            P.add(fname, "E_SENTSPLIT", "sentence %d lacks terminal punctuation" % i)
        first = t.lstrip("“\"‘(")
        if first and first[0].islower():
            P.add(fname, "E_SENTSPLIT", "sentence %d starts in lower case" % i)

    # content
    qspans = []
    for q in found:
        qspans.extend(q["pieces"])
    for i, s in enumerate(sents):
        sided = s["sides"] not in ([], "?")
        if sided and not s["content"]:
            P.add(fname, "E_CONTENT", "sentence %d is sided but has no content" % i)
        if not sided and s["content"]:
            P.add(fname, "E_CONTENT", "sentence %d is [] or ? but has content" % i)
        s0, s1 = spans[i]
        for c in s["content"]:
            k = s["text"].find(c)
            if k < 0:
                P.add(fname, "E_CONTENT", "sentence %d content not verbatim: %r" % (i, c[:50]))
                continue
            c0, c1 = s0 + k, s0 + k + len(c)
            for a, b in qspans:
                a2, b2 = max(a, s0), min(b, s1)
                if a2 >= b2:
                    continue
                overlap = max(c0, a2) < min(c1, b2)
                if overlap and not (c0 <= a2 and b2 <= c1):
                    P.add(fname, "E_CUT", "sentence %d content cuts a quotation: %r" % (i, c[:50]))
            if typographic:
                if c.count("“") != c.count("”"):
                    P.add(fname, "E_CUT", "sentence %d content has unbalanced marks: %r" % (i, c[:50]))
            elif c.count('"') % 2:
                P.add(fname, "E_CUT", "sentence %d content has unbalanced marks: %r" % (i, c[:50]))

    # quotation records
    for i, q in enumerate(quots):
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            P.add(fname, "E_QKEYS", "quotation %d keys must be %s" % (i, QUOTE_KEYS))
            return
        if not all(isinstance(q[k], str) for k in QUOTE_KEYS):
            P.add(fname, "E_QFIELDS", "quotation %d fields must be strings" % i)
            return
        if q["kind"] not in KINDS:
            P.add(fname, "E_QFIELDS", "quotation %d kind %r" % (i, q["kind"]))
        if q["side"] not in QSIDES:
            P.add(fname, "E_QFIELDS", "quotation %d side %r" % (i, q["side"]))
        if q["kind"] == "speech":
            if not q["speaker_as_written"].strip() or not q["resolves_to"].strip():
                P.add(fname, "E_QFIELDS", "speech quotation %d needs speaker and resolves_to" % i)
        elif q["kind"] in ("title", "scare"):
            if q["side"] != "other" or q["speaker_as_written"] or q["resolves_to"]:
                P.add(fname, "E_QFIELDS", "%s quotation %d must have side other and empty speaker" % (q["kind"], i))
        if not q["note"].strip():
            P.add(fname, "E_NOTE", "quotation %d note empty" % i)
    gtexts = [q["text"] for q in quots]
    ftexts = [q["text"] for q in found]
    if gtexts != ftexts:
        n = min(len(gtexts), len(ftexts))
        first = next((j for j in range(n) if gtexts[j] != ftexts[j]), n)
        P.add(fname, "E_QMATCH", "gold has %d quotations, text has %d; first difference at #%d: gold %r / text %r"
              % (len(gtexts), len(ftexts), first,
                 gtexts[first][:40] if first < len(gtexts) else None,
                 ftexts[first][:40] if first < len(ftexts) else None))
    else:
        for q, fq in zip(quots, found):
            if q["kind"] != "speech" or q["side"] == "other":
                continue
            si = next((i for i, (s0, s1) in enumerate(spans) if s0 <= fq["open"] < s1), None)
            if si is None or not isinstance(sents[si]["sides"], list) or q["side"] not in sents[si]["sides"]:
                P.add(fname, "E_QSIDE", "%s quotation %r opens in a sentence without that side" % (q["side"], q["text"][:40]))

    # minimums and maximums
    speech = sum(1 for q in quots if q.get("kind") == "speech")
    if speech < 5:
        P.add(fname, "E_MIN", "only %d speech quotations, need 5" % speech)
    undec = sum(1 for s in sents if s["sides"] == "?")
    if undec > 2:
        P.add(fname, "E_UNDEC", "%d sentences labelled ?, at most 2" % undec)
    qmarks = sum(1 for s in sents if "?" in s["text"])
    if qmarks > 2:
        P.add(fname, "E_QMARK", "%d sentences with a question mark, at most 2" % qmarks)

    def count(sd):
        return sum(1 for s in sents if s["sides"] == sd)
    kinds = {k: sum(1 for q in quots if q["kind"] == k) for k in KINDS}
    qs = {sd: sum(1 for q in quots if q["kind"] == "speech" and q["side"] == sd) for sd in QSIDES}
    table.append("| %d | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d/%d/%d | %d/%d/%d |" % (
        num, hs.split(":")[0], words, len(sents), count(["China"]), count(["United States"]),
        count(["China", "United States"]), count("?"), count([]), len(quots),
        kinds["speech"], kinds["title"], kinds["scare"], qs["China"], qs["United States"], qs["other"]))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    folder = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    P, table = Problems(), []
    names = sorted(os.listdir(folder))
    txts = [n for n in names if n.endswith(".txt")]
    golds = [n for n in names if n.endswith(".gold.json")]
    bynum = {}
    for n in txts:
        m = re.fullmatch(r"(\d{3})_[a-z0-9_]+\.txt", n)
        if not m or int(m.group(1)) not in NUMS:
            P.add(n, "E_NAME", "unexpected text file name")
            continue
        if int(m.group(1)) in bynum:
            P.add(n, "E_NAME", "two files with one number")
        bynum[int(m.group(1))] = n
    for num in NUMS:
        if num not in bynum:
            P.add("%03d" % num, "E_NAME", "article missing")
    for g in golds:
        if g[:-len(".gold.json")] + ".txt" not in txts:
            P.add(g, "E_NAME", "gold file without text file")
    for num in sorted(bynum):
        check_article(folder, num, bynum[num], P, table)
    if "--table" in argv:
        print("| # | house style | words | sentences | CN | US | both | ? | [] | quotations | speech/title/scare | speech CN/US/other |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        print("\n".join(table))
    if P.items:
        print("\n".join(P.items))
        print("FAIL: %d problem(s)" % len(P.items))
        return 1
    print("OK: %d articles checked" % len(bynum))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
