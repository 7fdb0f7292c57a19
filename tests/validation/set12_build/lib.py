"""Records for sentences and quotations, and the one writer that turns them into
NN_slug.txt and NN_slug.gold.json, so that text and gold come from the same objects."""
import json
import os

NONE = []
CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
UND = "?"

SIDE_SETS = (NONE, CN, US, BOTH, UND)


def Q(text, speaker, resolves, side, kind="speech", note=""):
    """One quotation record: one pair of marks, or one run-on over paragraphs."""
    return {"text": text, "speaker_as_written": speaker, "resolves_to": resolves,
            "side": side, "kind": kind, "note": note}


def TITLE(text, note=""):
    return Q(text, "", "", "other", "title", note)


def SCARE(text, note=""):
    return Q(text, "", "", "other", "scare", note)


class S:
    """One sentence with its gold. `quotes` are the quotation records that OPEN in it."""

    def __init__(self, text, sides, content=(), note="", quotes=()):
        assert sides in SIDE_SETS, (text, sides)
        content = list(content)
        for c in content:
            assert c and c in text, ("content not in sentence", c, text)
        if sides in (NONE, UND):
            assert not content, ("unsided sentence with content", text)
        else:
            assert content, ("sided sentence without content", text)
        assert "\n" not in text and text == text.strip(), text
        self.text = text
        self.sides = list(sides) if isinstance(sides, list) else sides
        self.content = content
        self.note = note
        self.quotes = list(quotes)

    def record(self):
        return {"text": self.text, "sides": self.sides, "content": self.content, "note": self.note}


def write_article(outdir, num, slug, house_style, headline, paragraphs):
    """headline: S; paragraphs: list of lists of S. Sentences inside a paragraph are joined
    with one space, paragraphs with one blank line; the file ends with one newline."""
    name = "%02d_%s" % (num, slug)
    body = [" ".join(s.text for s in para) for para in paragraphs]
    text = headline.text + "\n\n" + "\n\n".join(body) + "\n"
    sentences = [headline] + [s for para in paragraphs for s in para]
    gold = {
        "article": name + ".txt",
        "split": "untouched",
        "house_style": house_style,
        "sentences": [s.record() for s in sentences],
        "quotations": [q for s in sentences for q in s.quotes],
    }
    with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(outdir, name + ".gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return name, len(text.split())
