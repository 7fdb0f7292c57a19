"""Records for one article and a writer that emits the .txt and .gold.json from the same records.

Text is authored with typographic marks (“ ” ‘ ’ and ’ for apostrophes).  An article declared
with style="straight" has every string (sentence text, content, quotation text, speaker) converted
to straight marks (" and ') before writing, so one kind of mark is used per article.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
N = []
U = "?"

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


class Article:
    def __init__(self, num, slug, house_style, style):
        assert style in ("curly", "straight")
        self.num = num
        self.slug = slug
        self.house_style = house_style
        self.style = style
        self.paras = []      # list of lists of sentence dicts
        self.quotes = []     # quotation dicts in reading order

    # -- conversion -------------------------------------------------------
    def _c(self, s):
        return s.translate(_STRAIGHT) if self.style == "straight" else s

    # -- building ---------------------------------------------------------
    def p(self):
        """Start a new paragraph."""
        self.paras.append([])
        return self

    def s(self, text, sides, content, note):
        if not self.paras:
            self.paras.append([])
        if sides == U or sides == N:
            assert content == [], (self.num, text)
        text = self._c(text)
        content = [self._c(c) for c in content]
        for c in content:
            assert c in text, (self.num, c, text)
        self.paras[-1].append({"text": text, "sides": sides, "content": content, "note": note})
        return self

    def head(self, text, sides, content, note):
        assert not self.paras
        self.paras.append([])
        self.s(text, sides, content, note)
        self.paras.append([])
        return self

    def q(self, text, speaker="", resolves="", side="other", kind="speech", note=""):
        assert kind in ("speech", "title", "scare")
        if kind != "speech":
            assert speaker == "" and resolves == "" and side == "other"
        else:
            assert speaker and resolves and side in ("China", "United States", "other")
        assert note
        self.quotes.append({"text": self._c(text), "speaker_as_written": self._c(speaker),
                            "resolves_to": resolves, "side": side, "kind": kind, "note": note})
        return self

    def title(self, text, note):
        return self.q(text, kind="title", note=note)

    def scare(self, text, note):
        return self.q(text, kind="scare", note=note)

    # -- output -----------------------------------------------------------
    @property
    def name(self):
        return "%03d_%s.txt" % (self.num, self.slug)

    def txt(self):
        paras = [p for p in self.paras if p]
        lines = [" ".join(s["text"] for s in p) for p in paras]
        return "\n\n".join(lines) + "\n"

    def gold(self):
        sents = [s for p in self.paras for s in p]
        return {"article": self.name, "split": "untouched", "house_style": self.house_style,
                "sentences": sents, "quotations": self.quotes}

    def write(self, folder):
        base = os.path.join(folder, self.name)
        with open(base, "w", encoding="utf-8", newline="\n") as f:
            f.write(self.txt())
        with open(base[:-4] + ".gold.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base
