"""Tiny record-keeping library for set 6.

Each article is built sentence by sentence; every sentence carries its gold label.
The .txt and the .gold.json are written from the same records, so text and gold
cannot drift apart.

    a = Article("49_slug", "house style description")
    a.head(text, sides, content, note)       # headline = line 1, also a gold sentence
    a.p()                                    # start a new paragraph
    a.s(text, sides, content, note)          # one sentence, appended to the paragraph
    a.q(text, speaker, resolves_to, side, kind, note)   # a quotation, in order of opening
    a.write(outdir)

Sentences in a paragraph are joined by one space; paragraphs by one blank line.
"""
import json
import os

C = ["China"]
U = ["United States"]
CU = ["China", "United States"]
N = []
Q = "?"  # the guidelines' undecidable case (agency statistic with no stance)

SPLIT = "untouched"


class Article:
    def __init__(self, name, house_style):
        self.name = name
        self.house_style = house_style
        self.headline = None
        self.paras = []
        self.sentences = []
        self.quotations = []

    def _rec(self, text, sides, content, note):
        if sides != Q:
            sides = list(sides)
        return {"text": text, "sides": sides, "content": list(content), "note": note}

    def head(self, text, sides, content=(), note=""):
        assert self.headline is None and not self.paras, "headline must come first"
        rec = self._rec(text, sides, content, note)
        self.headline = rec
        self.sentences.append(rec)

    def p(self):
        self.paras.append([])

    def s(self, text, sides, content=(), note=""):
        assert self.paras, "call p() before the first sentence"
        rec = self._rec(text, sides, content, note)
        self.paras[-1].append(rec)
        self.sentences.append(rec)

    def q(self, text, speaker, resolves_to, side, kind="speech", note=""):
        self.quotations.append({"text": text, "speaker_as_written": speaker,
                                "resolves_to": resolves_to, "side": side,
                                "kind": kind, "note": note})

    def txt(self):
        body = "\n\n".join(" ".join(r["text"] for r in para) for para in self.paras)
        return self.headline["text"] + "\n\n" + body + "\n"

    def gold(self):
        return {"article": self.name + ".txt", "split": SPLIT,
                "house_style": self.house_style,
                "sentences": self.sentences, "quotations": self.quotations}

    def write(self, outdir):
        with open(os.path.join(outdir, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(self.txt())
        with open(os.path.join(outdir, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
