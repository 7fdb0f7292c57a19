"""Independent check of /work/validation-set-2/*.gold.json against the article files."""
import json, glob, os, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OKS = ([], ["China"], ["United States"], ["China", "United States"], "?")
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
for gp in sorted(glob.glob(os.path.join(D, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    text = open(os.path.join(D, g["article"]), encoding="utf-8").read()
    name = g["article"]
    n = len(text.split())
    if not 300 <= n <= 700: err(name, "word count", n)
    if g["split"] not in ("tuned", "untouched"): err(name, "split")
    cur = 0
    for s in g["sentences"]:
        i = text.find(s["text"], cur)
        if i < 0: err(name, "sentence not found in order:", s["text"][:60]); continue
        if text[cur:i].strip(): err(name, "uncovered text:", repr(text[cur:i][:80]))
        cur = i + len(s["text"])
        if s["sides"] not in OKS: err(name, "bad sides", s["sides"])
        if s["sides"] not in ([],):
            if "content" not in s: err(name, "no content", s["text"][:60])
            elif s["sides"] != "?" and not s["content"]: err(name, "empty content", s["text"][:60])
        for c in s.get("content", []):
            if c not in s["text"]: err(name, "content not in sentence:", c[:60])
    if text[cur:].strip(): err(name, "uncovered tail:", repr(text[cur:][:80]))
    cur = 0
    for q in g["quotations"]:
        i = text.find(q["text"], cur)
        if i < 0: err(name, "quotation not found in order:", q["text"][:60]); continue
        if text[i-1] not in '“"' or text[i+len(q["text"])] not in '”"': err(name, "quotation not bounded by marks:", q["text"][:60])
        cur = i + len(q["text"])
        if q["side"] not in ("China", "United States", "other"): err(name, "bad quote side")
        if q["kind"] not in ("speech", "title", "scare"): err(name, "bad kind")
        if q["kind"] != "speech" and q["side"] != "other": err(name, "title/scare must be other")
    marks = sum(text.count(m) for m in '“”"')
    print(f"{name}: {n} words, {len(g['sentences'])} sentences, {len(g['quotations'])} quotations, {marks} marks")
print("FAILURES:", bad); sys.exit(1 if bad else 0)
