"""Records for one article (sentences with gold labels, quotation records) and a
writer that emits NNN_slug.txt and NNN_slug.gold.json from the same records.

Standard library only.  The text file is assembled from the sentence records, so
text and gold cannot drift apart; check.py verifies the result independently.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UNDEC = "?"

SIDES_OK = (CN, US, BOTH, NONE, UNDEC)
KINDS = ("speech", "title", "scare")
QSIDES = ("China", "United States", "other")


class Article:
    def __init__(self, num, slug, house_style):
        self.num = num
        self.slug = slug
        self.house_style = house_style
        self.paragraphs = []      # list of lists of sentence dicts
        self.quotations = []      # quotation dicts, reading order

    # --- records -------------------------------------------------------
    def p(self):
        """Start a new paragraph (the headline is paragraph 0)."""
        self.paragraphs.append([])

    def s(self, text, sides, content, note):
        """One sentence and its gold label, in reading order."""
        assert sides in SIDES_OK, (text, sides)
        assert isinstance(content, list)
        assert "\n" not in text and text == text.strip(), text
        if not self.paragraphs:
            self.p()
        self.paragraphs[-1].append({
            "text": text,
            "sides": list(sides) if isinstance(sides, list) else sides,
            "content": list(content),
            "note": note,
        })

    def h(self, text, sides, content, note):
        """Headline: line 1, and the first sentence."""
        assert not self.paragraphs
        self.p()
        self.s(text, sides, content, note)
        self.p()

    def q(self, text, speaker, resolves, side, kind, note):
        """Quotation record; placed right after the sentence it opens in."""
        assert kind in KINDS and side in QSIDES
        if kind != "speech":
            assert side == "other" and speaker == "" and resolves == ""
        self.quotations.append({
            "text": text,
            "speaker_as_written": speaker,
            "resolves_to": resolves,
            "side": side,
            "kind": kind,
            "note": note,
        })

    # shorthands for quotation records
    def qs(self, text, speaker, resolves, side, note="direct speech"):
        self.q(text, speaker, resolves, side, "speech", note)

    def qt(self, text, note="title of a report"):
        self.q(text, "", "", "other", "title", note)

    def qx(self, text, note="scare quotes"):
        self.q(text, "", "", "other", "scare", note)

    # --- output --------------------------------------------------------
    @property
    def name(self):
        return "%03d_%s" % (self.num, self.slug)

    def text(self):
        paras = [" ".join(x["text"] for x in para) for para in self.paragraphs if para]
        return "\n\n".join(paras) + "\n"

    def gold(self):
        sentences = [x for para in self.paragraphs for x in para]
        return {
            "article": self.name + ".txt",
            "split": "untouched",
            "house_style": self.house_style,
            "sentences": sentences,
            "quotations": self.quotations,
        }

    def write(self, folder):
        txt = self.text()
        with open(os.path.join(folder, self.name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)
        with open(os.path.join(folder, self.name + ".gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        return self.name
