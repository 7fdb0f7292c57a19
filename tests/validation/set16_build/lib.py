"""Records for the set16 validation articles.

An Article is a list of paragraphs; a paragraph is a list of sentence records; a
sentence record carries its gold (sides, content, note) and the quotation records
that OPEN in it.  write_article() derives both the .txt and the .gold.json from the
same records, so the two cannot drift apart.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UNK = "?"

SIDE_OF = {"CN": "China", "US": "United States", "other": "other"}


def _straight(s):
    """Typographic marks -> straight marks (for AP / US-government copy)."""
    return (s.replace("\u201c", '"').replace("\u201d", '"')
             .replace("\u2018", "'").replace("\u2019", "'"))


class Q:
    """One quotation record (one pair of marks, or one run-on over paragraphs)."""

    def __init__(self, text, speaker, resolves, side, kind="speech", note=""):
        assert side in ("China", "United States", "other"), side
        assert kind in ("speech", "title", "scare"), kind
        self.text, self.speaker, self.resolves = text, speaker, resolves
        self.side, self.kind, self.note = side, kind, note

    def record(self, conv):
        return {"text": conv(self.text), "speaker_as_written": conv(self.speaker),
                "resolves_to": conv(self.resolves), "side": self.side,
                "kind": self.kind, "note": conv(self.note)}


def q(text, speaker, resolves, side, note=""):
    return Q(text, speaker, resolves, SIDE_OF.get(side, side), "speech", note)


def title(text, note="title in quotation marks"):
    return Q(text, "", "", "other", "title", note)


def scare(text, note="scare quote"):
    return Q(text, "", "", "other", "scare", note)


class Article:
    def __init__(self, num, slug, house_style, straight=False):
        self.num, self.slug, self.house_style = num, slug, house_style
        self.conv = _straight if straight else (lambda s: s)
        self.paras = []

    @property
    def name(self):
        return "%d_%s" % (self.num, self.slug)

    def p(self):
        """Start a new paragraph (the headline is paragraph 0)."""
        self.paras.append([])

    def s(self, text, sides, content=(), note="", *quotes):
        if not self.paras:
            self.paras.append([])
        c = self.conv
        rec = {"text": c(text), "sides": sides if sides == UNK else list(sides),
               "content": [c(x) for x in content], "note": c(note),
               "quotes": list(quotes)}
        # local sanity (check.py is the real, independent check)
        assert "\n" not in rec["text"]
        for x in rec["content"]:
            assert x in rec["text"], (self.name, x, rec["text"])
        if isinstance(sides, list) and sides:
            assert rec["content"], ("sided sentence without content", text)
        else:
            assert not rec["content"], ("unsided sentence with content", text)
        self.paras[-1].append(rec)

    def h(self, *a, **k):
        """Headline: the first sentence, alone in paragraph 0."""
        assert not self.paras
        self.paras.append([])
        self.s(*a, **k)
        self.paras.append([])


def write_article(art, outdir):
    paras = [p for p in art.paras if p]
    assert len(paras[0]) == 1, "headline must be one sentence"
    text = "\n\n".join(" ".join(r["text"] for r in p) for p in paras) + "\n"
    sentences, quotations = [], []
    for p in paras:
        for r in p:
            sentences.append({"text": r["text"], "sides": r["sides"],
                              "content": r["content"], "note": r["note"]})
            quotations.extend(qq.record(art.conv) for qq in r["quotes"])
    gold = {"article": art.name + ".txt", "split": "untouched",
            "house_style": art.house_style, "sentences": sentences,
            "quotations": quotations}
    with open(os.path.join(outdir, art.name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(outdir, art.name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return text, gold
