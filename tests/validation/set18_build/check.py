"""Independent checker for set 18. Reads only NNN_slug.txt and NNN_slug.gold.json.

usage: python3 check.py [folder]      (default: the folder of this script)
Exit 0 when every article passes; otherwise prints "[code] message" lines and exits 1.
"""
import json
import os
import re
import sys

NUMBERS = list(range(145, 153))

MON_AP = r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.?"
MON_RT = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
DATELINE = {
    145: r"^BEIJING, " + MON_AP + r" \d{1,2} \(Xinhua\) -- \S",
    146: r"^WASHINGTON, " + MON_AP + r" \d{1,2}, \d{4} — \S",
    147: r"^BEIJING, " + MON_AP + r" \d{1,2} \(People's Daily Online\) -- \S",
    148: r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+ — \S",
    149: r"^BEIJING, " + MON_RT + r" \d{1,2} \(Reuters\) - \S",
    150: r"^WASHINGTON \(AP\) — \S",
    151: r"^(?![A-Z]{2,}[ ,])(?!.{0,40}\((Xinhua|Reuters|AP)\))[A-Z][a-z]",   # Global Times: no dateline
    152: r"^WASHINGTON, " + MON_AP + r" \d{1,2} — \S",
}

REAL_NAMES = [
    "Biden", "Trump", "Xi Jinping", "Blinken", "Rubio", "Lloyd Austin", "Hegseth", "Raimondo", "Lutnick",
    "Bessent", "Yellen", "Katherine Tai", "Jamieson Greer", "Mao Ning", "Lin Jian", "Guo Jiakun",
    "Wang Wenbin", "Zhao Lijian", "Hua Chunying", "Wang Yi", "Li Qiang", "Dong Jun", "Wu Qian",
    "Zhang Xiaogang", "Tan Kefei", "He Yadong", "Shu Jueting", "He Lifeng", "Lai Ching-te", "Tsai Ing-wen",
    "Guterres", "Liu Pengyu", "Pelosi", "Matthew Miller", "Ned Price", "Tammy Bruce", "Pat Ryder",
    "Sabrina Singh", "John Kirby", "Leavitt", "Putin", "Bernie Moreno", "Kishida", "Ishiba", "Albanese",
    "Marcos", "Sullivan", "Wang Huning", "Cai Qi", "Ding Xuexiang", "Qin Gang", "Zhang Youxia",
]

# tokens after which a period does not end a sentence
ABBR = {"Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Brig.", "Maj.", "Lt.", "Col.",
        "Capt.", "Adm.", "Sgt.", "St.", "No.", "U.S.", "U.N.", "U.K.", "D.C.", "N.Y.", "N.M.", "Calif.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Ind.", "Va.", "Jr.", "Sr.", "vs.",
        "MS.", "MR.", "MRS.", "DR."}

SIDES_OK = ([], ["China"], ["United States"], ["China", "United States"], "?")
GOLD_KEYS = ["article", "split", "house_style", "sentences", "quotations"]
SENT_KEYS = ["text", "sides", "content", "note"]
QUOTE_KEYS = ["text", "speaker_as_written", "resolves_to", "side", "kind", "note"]
OPEN_CH = "“\"("
TERMINAL = re.compile(r"[.!?][\"”’')]*$")


class Report:
    def __init__(self, name):
        self.name, self.errors = name, []

    def err(self, code, msg):
        self.errors.append("%s: [%s] %s" % (self.name, code, msg))


# ---------------------------------------------------------------- quotation parser
def parse_double(text, paras, style, rep):
    """paras: list of (start, end) offsets of body paragraphs in text.
    Returns quotations [(joined_text, open_offset, [(istart, iend), ...])] in reading order."""
    quotes = []
    cur = None            # open quotation: [pieces, open_offset, spans]
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        piece_start = None
        if cur is not None:
            # run-on: previous paragraph ended inside a quotation, this one must reopen it
            first = text[ps]
            if first not in ("“" if style == "typographic" else '"'):
                rep.err("marks-unbalanced", "paragraph %d ends inside a quotation and the next does not reopen it"
                        % pi)
                cur = None
            else:
                piece_start = ps + 1
                i = ps + 1
        while i < pe:
            ch = text[i]
            if style == "typographic":
                if ch == "“":
                    if cur is not None and piece_start is not None:
                        rep.err("marks-unbalanced", "nested opening mark at offset %d" % i)
                    else:
                        cur = [[], i, []]
                        piece_start = i + 1
                elif ch == "”":
                    if cur is None or piece_start is None:
                        rep.err("marks-unbalanced", "closing mark without opening at offset %d" % i)
                    else:
                        cur[0].append(text[piece_start:i])
                        cur[2].append((piece_start, i))
                        quotes.append((" ".join(cur[0]), cur[1], cur[2]))
                        cur, piece_start = None, None
            else:
                if ch == '"':
                    if cur is None or piece_start is None:
                        prev = text[i - 1] if i > ps else " "
                        if not (prev in " (—-" or i == ps):
                            rep.err("marks-unbalanced", "opening mark glued to a word at offset %d" % i)
                        cur = [[], i, []]
                        piece_start = i + 1
                    else:
                        nxt = text[i + 1] if i + 1 < len(text) else "\n"
                        if nxt.isalnum():
                            rep.err("marks-unbalanced", "closing mark glued to a word at offset %d" % i)
                        cur[0].append(text[piece_start:i])
                        cur[2].append((piece_start, i))
                        quotes.append((" ".join(cur[0]), cur[1], cur[2]))
                        cur, piece_start = None, None
            i += 1
        if cur is not None:
            cur[0].append(text[piece_start:pe])
            cur[2].append((piece_start, pe))
            if pi == len(paras) - 1:
                rep.err("marks-unbalanced", "article ends inside a quotation")
                cur = None
    return quotes


def parse_headline_single(headline, style):
    out = []
    if style == "typographic":
        for m in re.finditer(r"‘", headline):
            j = m.end()
            while True:
                k = headline.find("’", j)
                if k < 0:
                    break
                nxt = headline[k + 1:k + 2]
                if nxt.isalpha():
                    j = k + 1
                    continue
                out.append((headline[m.end():k], m.start(), [(m.end(), k)]))
                break
    else:
        for m in re.finditer(r"(?:(?<=^)|(?<=[\s(]))'(?=\S)(.+?)(?<=\S)'(?=$|[\s,.;:!?)])", headline):
            out.append((m.group(1), m.start(), [(m.start(1), m.end(1))]))
    return out


# ---------------------------------------------------------------- article check
def check_article(folder, base, rep):
    num = int(base[:3])
    tpath = os.path.join(folder, base + ".txt")
    gpath = os.path.join(folder, base + ".gold.json")
    try:
        raw = open(tpath, "rb").read()
        text = raw.decode("utf-8")
    except Exception as e:  # noqa
        rep.err("utf8", "cannot read text: %s" % e)
        return
    if "\r" in text:
        rep.err("cr", "carriage return in text")
    if "\t" in text:
        rep.err("tab", "tab in text")
    if not text.endswith("\n") or text.endswith("\n\n"):
        rep.err("final-newline", "text must end with exactly one newline")
    if text.startswith("\ufeff"):
        rep.err("utf8", "byte-order mark")
    body = text[:-1] if text.endswith("\n") else text
    lines = body.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        rep.err("layout", "line 1 must be the headline and line 2 blank")
    for k, ln in enumerate(lines):
        want_blank = (k % 2 == 1)
        if want_blank and ln != "":
            rep.err("layout", "line %d should be blank (paragraphs separated by one blank line)" % (k + 1))
        if not want_blank and ln.strip() == "":
            rep.err("layout", "line %d should be a paragraph, found an empty line" % (k + 1))
        if ln != ln.strip():
            rep.err("layout", "line %d has leading or trailing whitespace" % (k + 1))
    if len(lines) % 2 == 0:
        rep.err("layout", "text does not end with a paragraph line")
    # paragraph offsets
    paras, off = [], 0
    for k, ln in enumerate(lines):
        if k % 2 == 0:
            paras.append((off, off + len(ln)))
        off += len(ln) + 1
    headline = lines[0]
    if len(paras) > 1:
        first = text[paras[1][0]:paras[1][1]]
        if not re.match(DATELINE[num], first):
            rep.err("dateline", "first paragraph does not open with the house dateline")
    words = len(text.split())
    if not 320 <= words <= 600:
        rep.err("words", "%d words, need 320-600" % words)

    typo = any(c in text for c in "“”‘’")
    straight = any(c in text for c in "\"'")
    style = "typographic" if typo else "straight"
    if typo and straight:
        rep.err("marks-mixed", "both straight and typographic quotation marks/apostrophes")
    for nm in REAL_NAMES:
        if re.search(r"\b%s\b" % re.escape(nm), text):
            rep.err("real-name", "real office-holder name %r" % nm)

    # ---- gold
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa
        rep.err("json", "cannot read gold: %s" % e)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != GOLD_KEYS:
        rep.err("keys", "gold keys must be exactly %s" % GOLD_KEYS)
        return
    if gold["article"] != base + ".txt":
        rep.err("article", "article field %r" % gold["article"])
    if gold["split"] != "untouched":
        rep.err("split-field", "split must be 'untouched'")
    hs = gold["house_style"]
    if not isinstance(hs, str) or not hs.strip() or "\n" in hs:
        rep.err("house-style", "house_style must be one non-empty line")
    sents = gold["sentences"]
    quotes = gold["quotations"]
    if not isinstance(sents, list) or not isinstance(quotes, list):
        rep.err("keys", "sentences and quotations must be lists")
        return

    # ---- sentences: coverage
    spans = []   # (start, end, para_index)
    pos = 0
    para_of = {}
    for pi, (ps, pe) in enumerate(paras):
        for o in range(ps, pe + 1):
            para_of[o] = pi
    ok_cov = True
    for si, s in enumerate(sents):
        if not isinstance(s, dict) or list(s.keys()) != SENT_KEYS:
            rep.err("sentence-keys", "sentence %d keys must be %s" % (si, SENT_KEYS))
            ok_cov = False
            break
        t = s["text"]
        if not isinstance(t, str) or not t or t != t.strip():
            rep.err("coverage", "sentence %d text empty or padded" % si)
            ok_cov = False
            break
        if "\n" in t:
            rep.err("coverage", "sentence %d crosses a paragraph break" % si)
            ok_cov = False
            break
        gap_start = pos
        while pos < len(body) and body[pos] in " \n":
            pos += 1
        gap = body[gap_start:pos]
        if si == 0 and gap != "":
            rep.err("coverage", "text before the headline")
        if si > 0 and gap not in (" ", "\n\n"):
            rep.err("coverage", "sentence %d: gap %r before it (one space inside a paragraph)" % (si, gap))
        if body[pos:pos + len(t)] != t:
            rep.err("coverage", "sentence %d not found verbatim at its place: %r" % (si, t[:60]))
            ok_cov = False
            break
        if para_of.get(pos) is None or (si > 0 and gap == " " and para_of.get(pos) != spans[-1][2]):
            rep.err("coverage", "sentence %d does not sit inside one paragraph line" % si)
            ok_cov = False
            break
        spans.append((pos, pos + len(t), para_of.get(pos)))
        pos += len(t)
    if ok_cov and pos != len(body):
        rep.err("coverage", "text left over after the last sentence: %r" % body[pos:pos + 60])
        ok_cov = False
    if ok_cov and (not sents or sents[0]["text"] != headline):
        rep.err("headline", "first sentence must be the headline")

    # ---- sentences: labels, content, split
    qmarks = 0
    undecided = 0
    for si, s in enumerate(sents):
        if not isinstance(s, dict) or list(s.keys()) != SENT_KEYS:
            continue
        t, sides, content, note = s["text"], s["sides"], s["content"], s["note"]
        if sides not in SIDES_OK:
            rep.err("sides", "sentence %d sides %r" % (si, sides))
        if not isinstance(content, list) or not all(isinstance(c, str) and c for c in content):
            rep.err("content", "sentence %d content must be a list of non-empty strings" % si)
            content = []
        for c in content:
            if c not in t:
                rep.err("content", "sentence %d content not a verbatim substring: %r" % (si, c[:50]))
        if sides in ([], "?") and content:
            rep.err("content", "sentence %d: content must be empty for %r" % (si, sides))
        if sides not in ([], "?") and sides in SIDES_OK and not content:
            rep.err("content", "sentence %d: sided sentence without content" % si)
        if not isinstance(note, str) or not note.strip():
            rep.err("note", "sentence %d: empty note" % si)
        if "?" in t:
            qmarks += 1
        if sides == "?":
            undecided += 1
        # split heuristics
        if si > 0:
            if not re.match(r"^[\"“(]?[A-Z0-9]", t):
                rep.err("split", "sentence %d does not start like a sentence: %r" % (si, t[:40]))
            whole_para = ok_cov and si < len(spans) and spans[si][0] == paras[spans[si][2]][0] \
                and spans[si][1] == paras[spans[si][2]][1]
            last_para = ok_cov and si < len(spans) and spans[si][2] == len(paras) - 1
            para_end = ok_cov and si < len(spans) and spans[si][1] == paras[spans[si][2]][1]
            if not TERMINAL.search(t):
                if not ((whole_para and (last_para or re.match(r"^\(.*\)$", t)))
                        or (para_end and t.endswith(":"))):
                    rep.err("split", "sentence %d lacks terminal punctuation: %r" % (si, t[-40:]))
            last_tok = re.sub(r"[\"”’')]+$", "", t.split()[-1])
            if last_tok in ABBR:
                rep.err("split", "sentence %d ends on an abbreviation %r" % (si, last_tok))
            for m in re.finditer(r"([.!?])([\"”’)]*)\s+([\"“(]?)([A-Z])", t):
                tok = t[:m.start() + 1].split()[-1]
                tok = re.sub(r"^[\"“(]+", "", tok)
                if m.group(1) == "." and (tok in ABBR or re.match(r"^([A-Z]\.)+$", tok)):
                    continue
                rep.err("split", "sentence %d seems to contain a sentence break after %r" % (si, tok))
    if qmarks > 2:
        rep.err("questions", "%d sentences with '?', at most 2" % qmarks)
    if undecided > 2:
        rep.err("undecidable", "%d sentences labelled '?', at most 2" % undecided)

    # ---- quotations
    found = parse_headline_single(headline, style)
    dq = [m.start() for m in re.finditer(r"[\"“”]", headline)]
    if dq:
        found += parse_double(text, [paras[0]], style, rep)
    found += parse_double(text, paras[1:], style, rep)
    gold_texts = []
    for qi, q in enumerate(quotes):
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            rep.err("quote-keys", "quotation %d keys must be %s" % (qi, QUOTE_KEYS))
            return
        gold_texts.append(q["text"])
    if [f[0] for f in found] != gold_texts:
        ft = [f[0] for f in found]
        for k in range(max(len(ft), len(gold_texts))):
            a = ft[k] if k < len(ft) else None
            b = gold_texts[k] if k < len(gold_texts) else None
            if a != b:
                rep.err("quote-list", "quotation %d: text has %r, gold has %r" % (k, (a or "")[:50], (b or "")[:50]))
                break
    speech = 0
    for qi, q in enumerate(quotes):
        kind, side = q["kind"], q["side"]
        sp, rs, note = q["speaker_as_written"], q["resolves_to"], q["note"]
        if kind not in ("speech", "title", "scare"):
            rep.err("kind", "quotation %d kind %r" % (qi, kind))
            continue
        if side not in ("China", "United States", "other"):
            rep.err("side", "quotation %d side %r" % (qi, side))
        if not isinstance(note, str) or not note.strip():
            rep.err("note", "quotation %d: empty note" % qi)
        if kind == "speech":
            speech += 1
            if not (isinstance(sp, str) and sp.strip() and isinstance(rs, str) and rs.strip()):
                rep.err("speaker", "speech quotation %d needs speaker_as_written and resolves_to" % qi)
                continue
        else:
            if sp != "" or rs != "" or side != "other":
                rep.err("speaker", "%s quotation %d must have empty speaker/resolves_to and side other"
                        % (kind, qi))
            continue
        if qi >= len(found) or found[qi][0] != q["text"] or not ok_cov:
            continue
        opos = found[qi][1]
        sidx = next((k for k, (a, b, _) in enumerate(spans) if a <= opos < b), None)
        if sidx is None:
            rep.err("quote-side", "quotation %d opens outside every sentence" % qi)
            continue
        pidx = spans[sidx][2]
        near = text[paras[max(0, pidx - 1)][0]:paras[pidx][1]]
        if sp not in near:
            rep.err("speaker-text", "quotation %d speaker %r not written in its paragraph or the one before"
                    % (qi, sp))
        ssides = sents[sidx]["sides"]
        if side in ("China", "United States") and (ssides == "?" or side not in ssides):
            rep.err("quote-side", "quotation %d (%s) opens in sentence %d labelled %r" % (qi, side, sidx, ssides))
    if speech < 5:
        rep.err("min-speech", "%d speech quotations, need at least 5" % speech)

    # ---- content never cuts a quotation in half
    if ok_cov:
        for (qt, opos, ispans) in found:
            for (qs, qe) in ispans:
                for si, (ss, se, _) in enumerate(spans):
                    a, b = max(qs, ss), min(qe, se)
                    if a >= b:
                        continue
                    seg = body[a:b]
                    lead = len(seg) - len(seg.lstrip())
                    core = seg.strip().rstrip(".,;:!?")
                    if not core:
                        continue
                    ca = a + lead
                    cb = ca + len(core)
                    content = sents[si]["content"] if isinstance(sents[si]["content"], list) else []
                    for c in content:
                        if not isinstance(c, str) or not c:
                            continue
                        k = sents[si]["text"].find(c)
                        if k < 0:
                            continue
                        xa, xb = ss + k, ss + k + len(c)
                        if xa < cb and ca < xb and not (xa <= ca and cb <= xb):
                            rep.err("content-cut", "sentence %d content %r cuts quotation %r"
                                    % (si, c[:40], qt[:40]))


def main(argv):
    folder = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    names = sorted(os.listdir(folder))
    for num in NUMBERS:
        txts = [n for n in names if re.match(r"^%03d_[a-z0-9_]+\.txt$" % num, n)]
        golds = [n for n in names if re.match(r"^%03d_[a-z0-9_]+\.gold\.json$" % num, n)]
        rep = Report("%03d" % num)
        if len(txts) != 1 or len(golds) != 1 or txts[0][:-4] != golds[0][:-10]:
            rep.err("files", "need exactly one NNN_slug.txt and matching NNN_slug.gold.json")
        else:
            check_article(folder, txts[0][:-4], rep)
        errors.extend(rep.errors)
    strays = [n for n in names if re.match(r"^\d{3}_", n) and int(n[:3]) not in NUMBERS]
    for n in strays:
        errors.append("set: [files] article file outside 145-152: %s" % n)
    for e in errors:
        print(e)
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        return 1
    print("OK: %d articles pass" % len(NUMBERS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
