"""Records for the set17 validation articles.

An Article holds paragraphs of sentence records (text + gold) and the quotation
records in order of appearance.  write_article() produces the .txt and the
.gold.json from the same records, so the two cannot drift.
"""
import json
import os

N = []                              # narrator only / no side
CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
Q = "?"                             # undecidable statistic

SPLIT = "untouched"


class Article:
    def __init__(self, num, slug, house_style):
        self.num = num
        self.slug = slug
        self.house_style = house_style
        self.paragraphs = []        # list of lists of sentence dicts
        self.quotations = []

    @property
    def name(self):
        return f"{self.num}_{self.slug}"

    # -- structure -------------------------------------------------------
    def head(self, text, sides, content=(), note=""):
        """The headline: its own 'paragraph' (line 1 of the file)."""
        assert not self.paragraphs, "headline must come first"
        self.paragraphs.append([])
        return self.s(text, sides, content, note)

    def p(self):
        """Start a new paragraph."""
        self.paragraphs.append([])
        return self

    def s(self, text, sides, content=(), note=""):
        assert self.paragraphs, "call head()/p() first"
        self.paragraphs[-1].append({
            "text": text,
            "sides": sides if sides == Q else list(sides),
            "content": list(content),
            "note": note,
        })
        return self

    # -- quotations ------------------------------------------------------
    def q(self, text, speaker, resolves_to, side, note=""):
        """A speech quotation (one pair of marks or one run-on)."""
        self.quotations.append({
            "text": text,
            "speaker_as_written": speaker,
            "resolves_to": resolves_to,
            "side": side,
            "kind": "speech",
            "note": note,
        })
        return self

    def title(self, text, note=""):
        return self._nonquote(text, "title", note)

    def scare(self, text, note=""):
        return self._nonquote(text, "scare", note)

    def _nonquote(self, text, kind, note):
        self.quotations.append({
            "text": text, "speaker_as_written": "", "resolves_to": "",
            "side": "other", "kind": kind, "note": note,
        })
        return self

    # -- output ----------------------------------------------------------
    def render(self):
        paras = [" ".join(s["text"] for s in para) for para in self.paragraphs]
        return "\n\n".join(paras) + "\n"

    def gold(self):
        return {
            "article": self.name + ".txt",
            "split": SPLIT,
            "house_style": self.house_style,
            "sentences": [s for para in self.paragraphs for s in para],
            "quotations": self.quotations,
        }


def write_article(article, outdir):
    os.makedirs(outdir, exist_ok=True)
    txt = os.path.join(outdir, article.name + ".txt")
    gold = os.path.join(outdir, article.name + ".gold.json")
    with open(txt, "w", encoding="utf-8", newline="\n") as f:
        f.write(article.render())
    with open(gold, "w", encoding="utf-8", newline="\n") as f:
        json.dump(article.gold(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return txt, gold
