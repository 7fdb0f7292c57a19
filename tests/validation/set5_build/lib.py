"""Shared builder for set5: each article is written sentence by sentence with its
gold label directly under it; the .txt and the .gold.json are written from the
same records, so the gold exists as soon as the text does."""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation

# side shortcuts used in the build scripts
N = []                 # narrator only
SIDE_NAMES = {"china": "China", "us": "United States"}
C = ["china"]
U = ["us"]
B = ["china", "us"]
Q = "?"                # undecidable (statistic credited to a side's agency, no stance)


class Article:
    def __init__(self, slug, split, house_style):
        self.slug = slug
        self.split = split
        self.house_style = house_style
        self.head = None
        self.paras = []
        self.sentences = []
        self.quotations = []

    def _rec(self, text, sides, content, note):
        if isinstance(content, str):
            content = [content]
        return {"text": text, "sides": sides, "content": list(content), "note": note}

    def h(self, text, sides, content=(), note=""):
        """The headline (line 1 of the .txt); it is the first gold sentence."""
        assert self.head is None and not self.paras
        self.head = self._rec(text, sides, content, note)
        self.sentences.append(self.head)

    def p(self):
        """Start a new paragraph."""
        self.paras.append([])

    def s(self, text, sides, content=(), note=""):
        """One sentence of the current paragraph with its gold label."""
        rec = self._rec(text, sides, content, note)
        self.paras[-1].append(rec)
        self.sentences.append(rec)

    def q(self, text, speaker, resolves, side, kind="quote", note=""):
        """A quotation (or title / scare quote), recorded right after the
        sentence it opens in. Run-ons over paragraphs: the pieces joined by
        one space, without the reopening mark."""
        self.quotations.append({"text": text, "speaker_as_written": speaker,
                                "resolves_to": resolves, "side": side,
                                "kind": kind, "note": note})

    def txt(self):
        body = "\n\n".join(" ".join(r["text"] for r in para) for para in self.paras)
        return self.head["text"] + "\n\n" + body + "\n"

    def gold(self):
        """The gold in the schema of tests/validation (sets 1-4): sides as the workbook names
        them ("China", "United States"), a speech quotation of kind "speech"."""
        def sides(value):
            return value if value == "?" else [SIDE_NAMES[v] for v in value]
        sentences = [{**r, "sides": sides(r["sides"])} for r in self.sentences]
        quotations = [{**q, "side": SIDE_NAMES.get(q["side"], q["side"]),
                       "kind": "speech" if q["kind"] == "quote" else q["kind"]}
                      for q in self.quotations]
        return {"article": self.slug + ".txt", "split": self.split,
                "house_style": self.house_style,
                "sentences": sentences, "quotations": quotations}

    def write(self, outdir=OUT):
        with open(os.path.join(outdir, self.slug + ".txt"), "w", encoding="utf-8") as f:
            f.write(self.txt())
        with open(os.path.join(outdir, self.slug + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        words = len(self.txt().split())
        print(f"{self.slug}: {words} words, {len(self.sentences)} sentences, "
              f"{len(self.quotations)} quotations")
