"""Records for the set-14 validation articles.

One sentence record carries its text and its gold; quotation records hang under the
sentence in which the quotation opens.  write_article() builds the .txt and the
.gold.json from the same records, so the two cannot drift apart.
"""
import json
import os

# sentence labels
N = []
CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
UND = "?"

# quotation sides
QCN = "China"
QUS = "United States"
QO = "other"

# typographic -> straight, for houses that use straight marks (AP, US government, Yonhap)
_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


class Q:
    """One quotation (one pair of marks, or one run-on over paragraphs)."""

    def __init__(self, text, speaker, resolves, side, kind="speech", note=""):
        self.text = text
        self.speaker = speaker
        self.resolves = resolves
        self.side = side
        self.kind = kind
        self.note = note

    def straighten(self):
        self.text = self.text.translate(_STRAIGHT)
        self.speaker = self.speaker.translate(_STRAIGHT)

    def gold(self):
        return {"text": self.text, "speaker_as_written": self.speaker,
                "resolves_to": self.resolves, "side": self.side,
                "kind": self.kind, "note": self.note}


def title(text, note="title in marks"):
    return Q(text, "", "", QO, "title", note)


def scare(text, note="scare quote"):
    return Q(text, "", "", QO, "scare", note)


class S:
    """One sentence with its gold; *quotes are the quotations that open in it."""

    def __init__(self, text, sides, content, note, *quotes):
        self.text = text
        self.sides = sides
        self.content = list(content)
        self.note = note
        self.quotes = list(quotes)

    def straighten(self):
        self.text = self.text.translate(_STRAIGHT)
        self.content = [c.translate(_STRAIGHT) for c in self.content]
        for q in self.quotes:
            q.straighten()

    def gold(self):
        return {"text": self.text, "sides": self.sides,
                "content": self.content, "note": self.note}


def _sanity(num, sentences):
    """Fail fast while building; check.py does the real, independent checking."""
    for s in sentences:
        assert "\n" not in s.text, (num, s.text)
        assert s.text == s.text.strip(), (num, s.text)
        for c in s.content:
            assert c and c in s.text, (num, "content not in sentence", c, s.text)
        if s.sides in (N, UND):
            assert not s.content, (num, "content on unsided sentence", s.text)
        else:
            assert s.content, (num, "sided sentence without content", s.text)
        for q in s.quotes:
            assert q.text, (num, s.text)


def write_article(outdir, num, slug, house_style, headline, paragraphs, straight=False):
    """headline: S; paragraphs: list of lists of S.  Writes NN_slug.txt and NN_slug.gold.json."""
    sentences = [headline] + [s for p in paragraphs for s in p]
    if straight:
        for s in sentences:
            s.straighten()
    _sanity(num, sentences)
    body = "\n\n".join(" ".join(s.text for s in p) for p in paragraphs)
    text = headline.text + "\n\n" + body + "\n"
    name = "%d_%s" % (num, slug)
    gold = {"article": name + ".txt", "split": "untouched", "house_style": house_style,
            "sentences": [s.gold() for s in sentences],
            "quotations": [q.gold() for s in sentences for q in s.quotes]}
    with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(outdir, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return name
