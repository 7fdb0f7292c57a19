"""Records for the hand-labelled set and the single writer that turns them into
NN_slug.txt and NN_slug.gold.json, so that the text and its gold come from the
same objects and cannot drift apart."""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UNK = "?"

_VALID_SIDES = ([], ["China"], ["United States"], ["China", "United States"], "?")


class Q:
    """One quotation record (one pair of marks, or one run-on over paragraphs)."""

    def __init__(self, text, speaker, resolves, side, kind="speech", note=""):
        assert kind in ("speech", "title", "scare"), kind
        assert side in ("China", "United States", "other"), side
        if kind != "speech":
            assert side == "other" and speaker == "" and resolves == ""
        else:
            assert speaker and resolves
        self.text, self.speaker, self.resolves = text, speaker, resolves
        self.side, self.kind, self.note = side, kind, note

    def as_json(self):
        return {"text": self.text, "speaker_as_written": self.speaker,
                "resolves_to": self.resolves, "side": self.side,
                "kind": self.kind, "note": self.note}


def q(text, speaker, resolves, side, note=""):
    return Q(text, speaker, resolves, side, "speech", note)


def title(text, note="title in quotation marks"):
    return Q(text, "", "", "other", "title", note)


def scare(text, note="scare quote"):
    return Q(text, "", "", "other", "scare", note)


class S:
    """One sentence with its gold, and the quotations that open in it."""

    def __init__(self, text, sides, content=(), note="", quotes=()):
        assert sides in _VALID_SIDES, (text, sides)
        content = list(content)
        if sides in ([], "?"):
            assert not content, ("unsided sentence with content", text)
        else:
            assert content, ("sided sentence without content", text)
        for c in content:
            assert c and c in text, ("content not in sentence", c, text)
        assert "\n" not in text and text == text.strip(), text
        self.text, self.sides, self.content = text, sides, content
        self.note, self.quotes = note, list(quotes)

    def as_json(self):
        return {"text": self.text, "sides": self.sides,
                "content": self.content, "note": self.note}


def write_article(outdir, num, slug, house_style, headline, paragraphs):
    """headline: one S; paragraphs: list of lists of S.
    Sentences are joined with one space inside a paragraph, paragraphs with one
    blank line; the headline is line 1 and line 2 is blank."""
    name = "%d_%s" % (num, slug)
    lines = [headline.text] + [" ".join(s.text for s in para) for para in paragraphs]
    text = "\n\n".join(lines) + "\n"
    sentences = [headline] + [s for para in paragraphs for s in para]
    gold = {"article": name + ".txt", "split": "untouched",
            "house_style": house_style,
            "sentences": [s.as_json() for s in sentences],
            "quotations": [qq.as_json() for s in sentences for qq in s.quotes]}
    with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(outdir, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return name, len(text.split())
