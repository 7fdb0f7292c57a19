"""Records for the set9 validation articles.

An article is a list of paragraphs; a paragraph is a list of sentence records (S).
The headline is the first paragraph and holds exactly one sentence.  Quotation
records (Q, TITLE, SCARE) are attached to the sentence in which their opening
mark stands, so the text, the sentence gold and the quotation gold are written
in one place and cannot drift apart.  write_article() builds the .txt and the
.gold.json from the same records.
"""
import json
import os

CN = "China"
US = "United States"

_SIDES = {
    "N": [],
    "C": [CN],
    "U": [US],
    "B": [CN, US],
    "?": "?",
}
_QSIDE = {"C": CN, "U": US, "O": "other"}


def S(text, sides, content=(), note="", quotes=()):
    """A sentence record.

    sides: "N" ([]), "C" (China), "U" (United States), "B" (both), "?".
    content: substrings of text (the claim); quotes: quotation records that
    open in this sentence, in order of their opening marks.
    """
    if sides not in _SIDES:
        raise ValueError("bad sides code %r" % sides)
    if isinstance(content, str):
        content = [content]
    return {
        "text": text,
        "sides": _SIDES[sides],
        "content": list(content),
        "note": note,
        "_quotes": list(quotes),
    }


def Q(text, speaker, resolves, side, note=""):
    """A speech quotation; side "C", "U" or "O" (other)."""
    return {
        "text": text,
        "speaker_as_written": speaker,
        "resolves_to": resolves,
        "side": _QSIDE[side],
        "kind": "speech",
        "note": note,
    }


def TITLE(text, note=""):
    return {"text": text, "speaker_as_written": "", "resolves_to": "",
            "side": "other", "kind": "title", "note": note}


def SCARE(text, note=""):
    return {"text": text, "speaker_as_written": "", "resolves_to": "",
            "side": "other", "kind": "scare", "note": note}


def render(paragraphs):
    """Sentences joined by one space inside a paragraph, paragraphs by one blank
    line, one final newline.  The headline is paragraph 0."""
    return "\n\n".join(" ".join(s["text"] for s in p) for p in paragraphs) + "\n"


def gold(filename, house_style, paragraphs):
    sentences, quotations = [], []
    for p in paragraphs:
        for s in p:
            sentences.append({k: s[k] for k in ("text", "sides", "content", "note")})
            quotations.extend(dict(q) for q in s["_quotes"])
    return {
        "article": filename,
        "split": "tuned",
        "house_style": house_style,
        "sentences": sentences,
        "quotations": quotations,
    }


def write_article(outdir, num, slug, house_style, paragraphs):
    if len(paragraphs[0]) != 1:
        raise ValueError("the headline paragraph must hold exactly one sentence")
    base = "%02d_%s" % (num, slug)
    txt = base + ".txt"
    with open(os.path.join(outdir, txt), "w", encoding="utf-8", newline="\n") as f:
        f.write(render(paragraphs))
    with open(os.path.join(outdir, base + ".gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold(txt, house_style, paragraphs), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return txt
