"""Records for sentences and quotations; writes .txt and .gold.json from the same records."""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
N = []
UNK = "?"


def Q(text, speaker, resolves, side, note=""):
    """A speech quotation: text exactly between the marks."""
    return {"text": text, "speaker_as_written": speaker, "resolves_to": resolves,
            "side": side, "kind": "speech", "note": note}


def T(text, note=""):
    return {"text": text, "speaker_as_written": "", "resolves_to": "", "side": "other",
            "kind": "title", "note": note}


def SC(text, note=""):
    return {"text": text, "speaker_as_written": "", "resolves_to": "", "side": "other",
            "kind": "scare", "note": note}


class Article:
    """Paragraphs of sentence records; quotations hang on the sentence they open in."""

    def __init__(self, num, slug, house_style, typographic=True):
        self.num, self.slug, self.house_style = num, slug, house_style
        self.typographic = typographic
        self.paras = []

    def _fix(self, s):
        # typographic houses: straight apostrophes become ’ everywhere (text, content, quotations)
        return s.replace("'", "\u2019") if self.typographic else s

    def _rec(self, text, sides, content, note, quotes):
        qs = []
        for q in quotes:
            q = dict(q)
            for k in ("text", "speaker_as_written", "resolves_to"):
                q[k] = self._fix(q[k])
            qs.append(q)
        return {"text": self._fix(text), "sides": sides,
                "content": [self._fix(c) for c in content], "note": note, "_q": qs}

    def h(self, text, sides, content, note, *quotes):
        assert not self.paras
        self.paras.append([self._rec(text, sides, content, note, quotes)])
        self.paras.append([])

    def p(self):
        if self.paras[-1]:
            self.paras.append([])

    def s(self, text, sides, content, note, *quotes):
        self.paras[-1].append(self._rec(text, sides, content, note, quotes))


def write_article(a, outdir):
    paras = [p for p in a.paras if p]
    lines = [" ".join(r["text"] for r in p) for p in paras]
    txt = "\n\n".join(lines) + "\n"
    name = "%d_%s.txt" % (a.num, a.slug)
    sentences, quotations = [], []
    for p in paras:
        for r in p:
            sentences.append({"text": r["text"], "sides": r["sides"], "content": r["content"], "note": r["note"]})
            quotations.extend(r["_q"])
    gold = {"article": name, "split": "untouched", "house_style": a.house_style,
            "sentences": sentences, "quotations": quotations}
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
        f.write(txt)
    with open(os.path.join(outdir, "%d_%s.gold.json" % (a.num, a.slug)), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return name, len(txt.split())
