import json, os
OUT = "/work/validation-set-3"
def build(num, slug, split, style, headline, paras, quotes):
    """headline: (text, sides, content, note); paras: list of lists of such tuples."""
    name = f"{num}_{slug}.txt"
    body = [headline[0]] + [" ".join(s[0] for s in p) for p in paras]
    text = "\n\n".join(body) + "\n"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    sents = []
    for s in [headline] + [s for p in paras for s in p]:
        t, sides, content, note = s
        sents.append({"text": t, "sides": sides, "content": content, "note": note})
    qs = []
    for q in quotes:
        t, saw, res, side, kind, note = q
        qs.append({"text": t, "speaker_as_written": saw, "resolves_to": res,
                   "side": side, "kind": kind, "note": note})
    gold = {"article": name, "split": split, "house_style": style,
            "sentences": sents, "quotations": qs}
    with open(os.path.join(OUT, f"{num}_{slug}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
