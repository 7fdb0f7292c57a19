"""Records for the hand-labelled validation set (articles 121-128).

An Article is built paragraph by paragraph; each sentence is declared together
with its gold label, and each quotation record is attached to the sentence in
which its opening mark appears.  write_article() produces the .txt and the
.gold.json from the same records, so the two cannot drift apart.

Text layout: line 1 headline, line 2 blank, then one paragraph per line,
paragraphs separated by exactly one blank line, one final newline.  Sentences
inside a paragraph are joined by one space.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UNDEC = "?"

SIDE_OF_QUOTE = {"China", "United States", "other"}
KINDS = {"speech", "title", "scare"}


class Quote:
    def __init__(self, text, speaker, resolves, side, kind="speech", note=""):
        assert side in SIDE_OF_QUOTE, side
        assert kind in KINDS, kind
        self.text = text
        self.speaker = speaker
        self.resolves = resolves
        self.side = side
        self.kind = kind
        self.note = note

    def record(self):
        return {"text": self.text,
                "speaker_as_written": self.speaker,
                "resolves_to": self.resolves,
                "side": self.side,
                "kind": self.kind,
                "note": self.note}


def Q(text, speaker, resolves, side, note=""):
    """A speech quotation.  side: 'China', 'United States' or 'other'."""
    return Quote(text, speaker, resolves, side, "speech", note)


def TITLE(text, note=""):
    return Quote(text, "", "", "other", "title", note)


def SCARE(text, note=""):
    return Quote(text, "", "", "other", "scare", note)


class Sentence:
    def __init__(self, text, sides, content, note, quotes):
        assert sides in (NONE, CN, US, BOTH, UNDEC), sides
        self.text = text
        self.sides = list(sides) if isinstance(sides, list) else sides
        self.content = list(content)
        self.note = note
        self.quotes = list(quotes)

    def record(self):
        return {"text": self.text, "sides": self.sides,
                "content": self.content, "note": self.note}


class Article:
    def __init__(self, number, slug, house_style):
        self.number = number
        self.slug = slug
        self.house_style = house_style
        self.headline = None
        self.paragraphs = []

    @property
    def name(self):
        return "%d_%s" % (self.number, self.slug)

    def h(self, text, sides, content=(), note="", q=()):
        assert self.headline is None
        self.headline = Sentence(text, sides, content, note, q)
        return self

    def p(self):
        """Start a new paragraph."""
        self.paragraphs.append([])
        return self

    def s(self, text, sides, content=(), note="", q=()):
        assert self.paragraphs, "call p() before the first sentence"
        self.paragraphs[-1].append(Sentence(text, sides, content, note, q))
        return self

    # ------------------------------------------------------------------
    def all_sentences(self):
        out = [self.headline]
        for para in self.paragraphs:
            out.extend(para)
        return out

    def text(self):
        lines = [self.headline.text, ""]
        paras = [" ".join(s.text for s in para) for para in self.paragraphs]
        lines.append("\n\n".join(paras))
        return "\n".join(lines) + "\n"

    def gold(self):
        sents = self.all_sentences()
        return {"article": self.name + ".txt",
                "split": "untouched",
                "house_style": self.house_style,
                "sentences": [s.record() for s in sents],
                "quotations": [q.record() for s in sents for q in s.quotes]}


def write_article(article, outdir):
    assert article.headline is not None and article.paragraphs
    for para in article.paragraphs:
        assert para, "empty paragraph in %s" % article.name
    os.makedirs(outdir, exist_ok=True)
    txt = os.path.join(outdir, article.name + ".txt")
    gold = os.path.join(outdir, article.name + ".gold.json")
    with open(txt, "w", encoding="utf-8", newline="\n") as f:
        f.write(article.text())
    with open(gold, "w", encoding="utf-8", newline="\n") as f:
        json.dump(article.gold(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return txt, gold
