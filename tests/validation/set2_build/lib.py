import json, re, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIDES = {"": [], "C": ["China"], "U": ["United States"], "B": ["China", "United States"], "?": "?"}
QSIDE = {"C": "China", "U": "United States", "O": "other"}

def extract_quotes(text, paras_offsets):
    """Return list of (outer_start, inner_start, inner_end) by pair of marks / run-on."""
    quotes = []; state = None  # (outer_start, inner_start)
    for (ps, pe) in paras_offsets:
        i = ps
        if state is not None:
            assert text[ps] in '“"', ("run-on paragraph must open with a mark", text[ps:ps+40])
            i = ps + 1
        while i < pe:
            ch = text[i]
            if ch == '“' or (ch == '"' and state is None):
                assert state is None, ("nested open", text[i-40:i+40])
                state = (i, i + 1)
            elif ch == '”' or (ch == '"' and state is not None):
                assert state is not None, ("close without open", text[i-40:i+40])
                quotes.append((state[0], state[1], i)); state = None
            i += 1
    assert state is None, "unclosed quote at end"
    return quotes

def build(art):
    # art: name, split, style, headline (sentence tuple), paras: list of list of sentence tuples
    paras = [[art["headline"]]] + art["paras"]
    text = ""; sent_spans = []; para_offsets = []
    for pi, p in enumerate(paras):
        if pi: text += "\n\n"
        ps = len(text)
        for si, s in enumerate(p):
            if si: text += " "
            st = len(text); text += s[0]; sent_spans.append((st, len(text), s))
        para_offsets.append((ps, len(text)))
    text += "\n"
    qs = extract_quotes(text, para_offsets)
    sentences = []; quotations = []
    qi = 0
    for (ss, se, s) in sent_spans:
        stext, sides, content, note = s[:4]
        qmeta = s[4] if len(s) > 4 else []
        opened = [q for q in qs if ss <= q[0] < se]
        assert len(opened) == len(qmeta), (art["name"], stext, len(opened), len(qmeta))
        for q, m in zip(opened, qmeta):
            spk, res, side, kind, qnote = (list(m) + [""])[:5]
            quotations.append({"text": text[q[1]:q[2]], "speaker_as_written": spk, "resolves_to": res,
                               "side": QSIDE[side], "kind": kind, "note": qnote})
        if content == "Q":
            content = []
            for q in qs:
                a, b = max(q[1], ss), min(q[2], se)
                if a < b:
                    seg = text[a:b].strip()
                    if seg.startswith('“') or seg.startswith('"'): seg = seg[1:]
                    content.append(seg)
        entry = {"text": stext, "sides": SIDES[sides]}
        entry["content"] = content
        entry["note"] = note
        sentences.append(entry)
    name = art["name"]
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f: f.write(text)
    gold = {"article": name + ".txt", "split": art["split"], "house_style": art["style"],
            "sentences": sentences, "quotations": quotations}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(name, len(text.split()), "words", len(sentences), "sentences", len(quotations), "quotations")
