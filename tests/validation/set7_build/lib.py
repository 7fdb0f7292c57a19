"""Shared helpers for set 7: one record per sentence, gold label written beside it.

An article is a headline sentence plus a list of paragraphs; a paragraph is a list of
sentence records.  write_article() joins sentences with one space, paragraphs with a blank
line, and writes the .txt and the .gold.json from the very same records, so the gold can
never drift from the text.

Source strings are written with typographic double quotes (“ ”) and straight apostrophes.
The article's `marks` setting then normalises them for the house style:
  marks="curly"    apostrophes become ’ ; double quotes stay “ ”
  marks="straight" “ and ” become " ; apostrophes stay '
The same normalisation is applied to sentence text, content substrings and quotation text.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UNDEC = "?"


def S(text, sides, content=(), note="", quotes=()):
    """One gold sentence.  `content` is a string or a list of substrings of `text`;
    `quotes` are the quotations that OPEN in this sentence, in order."""
    if isinstance(content, str):
        content = [content]
    if sides != UNDEC:
        sides = list(sides)
    return {"text": text, "sides": sides, "content": list(content), "note": note,
            "_quotes": list(quotes)}


def Q(text, speaker, resolves, side, kind="speech", note=""):
    """One quotation: the words between the marks (pieces of a run-on quotation joined
    by one space, without the reopening mark)."""
    return {"text": text, "speaker_as_written": speaker, "resolves_to": resolves,
            "side": side, "kind": kind, "note": note}


def _norm(s, marks):
    if marks == "curly":
        return s.replace("'", "\u2019")
    if marks == "straight":
        return s.replace("\u201c", '"').replace("\u201d", '"')
    raise ValueError(marks)


def write_article(outdir, num, slug, house_style, marks, headline, paragraphs):
    name = f"{num}_{slug}.txt"
    sentences = [headline] + [s for p in paragraphs for s in p]
    for s in sentences:
        s["text"] = _norm(s["text"], marks)
        s["content"] = [_norm(c, marks) for c in s["content"]]
        for q in s["_quotes"]:
            q["text"] = _norm(q["text"], marks)
            q["speaker_as_written"] = _norm(q["speaker_as_written"], marks)
    blocks = [headline["text"]] + [" ".join(s["text"] for s in p) for p in paragraphs]
    txt = "\n\n".join(blocks) + "\n"
    gold = {
        "article": name,
        "split": "tuned",
        "house_style": house_style,
        "sentences": [{k: s[k] for k in ("text", "sides", "content", "note")}
                      for s in sentences],
        "quotations": [q for s in sentences for q in s["_quotes"]],
    }
    with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
        f.write(txt)
    with open(os.path.join(outdir, name[:-4] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_sided = sum(1 for s in gold["sentences"] if isinstance(s["sides"], list) and s["sides"])
    n_und = sum(1 for s in gold["sentences"] if s["sides"] == UNDEC)
    return {"article": name, "house_style": house_style, "words": len(txt.split()),
            "sentences": len(gold["sentences"]), "sided": n_sided, "undecidable": n_und,
            "quotations": len(gold["quotations"])}
