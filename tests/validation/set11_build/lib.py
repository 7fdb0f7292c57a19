"""Records for sentences and quotations; write_article writes .txt and .gold.json from the same records."""
import json
import os

SIDES = {"": [], "CN": ["China"], "US": ["United States"],
         "BOTH": ["China", "United States"], "?": "?"}


def Q(text, speaker, resolves, side, kind="speech", note=""):
    """One quotation record: text exactly between the marks."""
    side = {"CN": "China", "US": "United States", "O": "other"}.get(side, side)
    return {"text": text, "speaker_as_written": speaker, "resolves_to": resolves,
            "side": side, "kind": kind, "note": note}


def T(text, note="title in marks"):
    return Q(text, "", "", "other", "title", note)


def SC(text, note="scare quote"):
    return Q(text, "", "", "other", "scare", note)


def S(text, sides, content=(), note="", q=()):
    """One sentence record; q lists the quotations that OPEN in this sentence, in order."""
    rec = {"text": text, "sides": SIDES[sides], "content": list(content), "note": note, "_q": list(q)}
    sided = rec["sides"] not in ([], "?")
    assert bool(rec["content"]) == sided, ("content iff sided", text)
    for c in rec["content"]:
        assert c and c in text, ("content not in sentence", c, text)
    for qq in rec["_q"]:
        assert qq["text"] in text or qq["text"].split(" ")[0] in text, ("quote not in sentence", qq["text"])
    return rec


def write_article(outdir, num, slug, house_style, headline, paragraphs):
    name = f"{num}_{slug}.txt"
    body = "\n\n".join(" ".join(s["text"] for s in p) for p in paragraphs)
    text = headline["text"] + "\n\n" + body + "\n"
    sentences = [headline] + [s for p in paragraphs for s in p]
    gold = {"article": name, "split": "untouched", "house_style": house_style,
            "sentences": [{k: s[k] for k in ("text", "sides", "content", "note")} for s in sentences],
            "quotations": [q for s in sentences for q in s["_q"]]}
    with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(outdir, f"{num}_{slug}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return name, len(text.split())
