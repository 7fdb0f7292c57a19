import json, glob, re, os
OUT = "/work/validation-set-3"
ok = True
def err(*a):
    global ok; ok = False; print("ERR", *a)
counts = {}
for g in sorted(glob.glob(OUT + "/*.gold.json")):
    gold = json.load(open(g, encoding="utf-8"))
    assert set(gold) == {"article","split","house_style","sentences","quotations"}
    txt = open(os.path.join(OUT, gold["article"]), encoding="utf-8").read()
    counts[gold["split"]] = counts.get(gold["split"], 0) + 1
    wc = len(txt.split())
    if not 300 <= wc <= 700: err(g, "words", wc)
    pos = 0; cover = ""
    for s in gold["sentences"]:
        i = txt.find(s["text"], pos)
        if i < 0: err(g, "sentence not found in order:", s["text"][:60]); continue
        if txt.count(s["text"]) != 1: print("WARN dup sentence", s["text"][:50])
        if txt[pos:i].strip(): err(g, "gap:", repr(txt[pos:i][:80]))
        pos = i + len(s["text"])
        sd = s["sides"]
        if not (sd == "?" or (isinstance(sd, list) and all(x in ("China","United States") for x in sd))):
            err(g, "bad sides", sd)
        if isinstance(sd, list) and sd and not s["content"]: err(g, "side without content", s["text"][:50])
        if (sd == [] or sd == "?") and s["content"]: err(g, "content without side", s["text"][:50])
        for c in s["content"]:
            if c not in s["text"]: err(g, "content not in sentence:", c[:60])
    if txt[pos:].strip(): err(g, "tail uncovered", repr(txt[pos:][:80]))
    pos = 0
    for q in gold["quotations"]:
        i = txt.find(q["text"], pos)
        if i < 0: err(g, "quote not found in order:", q["text"][:60]); continue
        before = txt[i-1] if i else ""
        if before not in "\"“‘'": err(g, "quote not preceded by mark:", q["text"][:40], repr(before))
        after = txt[i+len(q["text"])] if i+len(q["text"]) < len(txt) else ""
        if after not in "\"”’'\n": err(g, "quote not followed by mark:", q["text"][-40:], repr(after))
        assert q["side"] in ("China","United States","other") and q["kind"] in ("speech","title","scare")
        if q["kind"] != "speech" and q["side"] != "other": err(g, "non-speech with side")
        pos = i + 1
    nmarks = len(re.findall(r'[“]', txt)) + len(re.findall(r'"', txt))//2
    print(os.path.basename(g), "words", wc, "sents", len(gold["sentences"]), "quotes", len(gold["quotations"]), "open-marks~", nmarks)
print(counts, "OK" if ok else "FAIL")
