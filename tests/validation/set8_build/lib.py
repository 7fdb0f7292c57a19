"""Records for the hand-labelled set and the one writer that turns them into text + gold.

An article is built as a list of paragraphs, each a list of sentence records; quotation
records hang under the sentence in which their opening mark stands. write_article joins
sentences with one space inside a paragraph and paragraphs with one blank line, and writes
NN_slug.txt and NN_slug.gold.json from the same records, so text and gold cannot drift.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UND = "?"

_ALLOWED_SIDES = (NONE, CN, US, BOTH, UND)


class Sentence:
    def __init__(self, text, sides, content=(), note=""):
        if sides not in _ALLOWED_SIDES:
            raise ValueError("bad sides %r for %r" % (sides, text))
        self.text = text
        self.sides = sides if sides == UND else list(sides)
        self.content = list(content)
        self.note = note
        self.quotes = []

    def record(self):
        return {"text": self.text, "sides": self.sides,
                "content": self.content, "note": self.note}


class Quotation:
    def __init__(self, text, speaker, resolves, side, kind="speech", note=""):
        self.text = text
        self.speaker = speaker
        self.resolves = resolves
        self.side = side
        self.kind = kind
        self.note = note

    def record(self):
        return {"text": self.text, "speaker_as_written": self.speaker,
                "resolves_to": self.resolves, "side": self.side,
                "kind": self.kind, "note": self.note}


class Article:
    """Builder: headline(), then para() / s() / q() in reading order."""

    def __init__(self, num, slug, house_style):
        self.num = num
        self.slug = slug
        self.house_style = house_style
        self.headline_s = None
        self.paras = []
        self._last = None

    # --- building -------------------------------------------------------
    def headline(self, text, sides, content=(), note=""):
        self.headline_s = Sentence(text, sides, content, note)
        self._last = self.headline_s
        return self

    def para(self):
        self.paras.append([])
        return self

    def s(self, text, sides, content=(), note=""):
        if not self.paras:
            raise ValueError("s() before para()")
        sent = Sentence(text, sides, content, note)
        self.paras[-1].append(sent)
        self._last = sent
        return self

    def q(self, text, speaker, resolves, side, note=""):
        self._last.quotes.append(Quotation(text, speaker, resolves, side, "speech", note))
        return self

    def title(self, text, note=""):
        self._last.quotes.append(Quotation(text, "", "", "other", "title", note))
        return self

    def scare(self, text, note=""):
        self._last.quotes.append(Quotation(text, "", "", "other", "scare", note))
        return self

    # --- output ---------------------------------------------------------
    def sentences(self):
        out = [self.headline_s]
        for p in self.paras:
            out.extend(p)
        return out

    def text(self):
        paras = [" ".join(s.text for s in p) for p in self.paras]
        return self.headline_s.text + "\n\n" + "\n\n".join(paras) + "\n"

    def gold(self):
        sents = self.sentences()
        quotes = [q for s in sents for q in s.quotes]
        return {"article": "%d_%s.txt" % (self.num, self.slug),
                "split": "untouched",
                "house_style": self.house_style,
                "sentences": [s.record() for s in sents],
                "quotations": [q.record() for q in quotes]}


def write_article(article, outdir):
    """Write NN_slug.txt and NN_slug.gold.json from the same records."""
    for s in article.sentences():
        for c in s.content:
            if c not in s.text:
                raise ValueError("content %r not in sentence %r" % (c, s.text))
    base = os.path.join(outdir, "%d_%s" % (article.num, article.slug))
    with open(base + ".txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(article.text())
    with open(base + ".gold.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(article.gold(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return base
