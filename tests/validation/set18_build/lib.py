"""Records for one hand-labelled article and a writer that emits the .txt and the
.gold.json from the same records.

Source text in build.py is always written with typographic marks (“ ” ‘ ’); an
article whose house style uses straight marks is converted on output, so the
text, the sentence records and the quotation records can never disagree.
"""
import json
import os

CN = ["China"]
US = ["United States"]
BOTH = ["China", "United States"]
NONE = []
UND = "?"

Q = "__Q__"        # content token: the quoted words of this sentence (each piece)
TAIL = "__TAIL__"  # content token: the words after a transcript speaker label

_STRAIGHT = {"“": '"', "”": '"', "‘": "'", "’": "'"}


class Sentence:
    def __init__(self, text, sides, content, note):
        assert text == text.strip() and "\n" not in text, text
        assert sides in (NONE, CN, US, BOTH, UND), sides
        assert note.strip(), "empty note"
        self.text, self.sides, self.content, self.note = text, sides, list(content), note


class Quote:
    def __init__(self, text, speaker, resolves, side, kind, note):
        assert kind in ("speech", "title", "scare")
        if kind == "speech":
            assert speaker and resolves and side in ("China", "United States", "other")
        else:
            assert not speaker and not resolves and side == "other"
        assert note.strip()
        self.text, self.speaker, self.resolves = text, speaker, resolves
        self.side, self.kind, self.note = side, kind, note


class Article:
    def __init__(self, number, slug, house_style, marks):
        assert marks in ("straight", "typographic")
        self.number, self.slug, self.house_style, self.marks = number, slug, house_style, marks
        self.headline = None
        self.paras = []      # list of lists of Sentence
        self.items = []      # Sentence and Quote records in reading order
        self._last = None

    # -- building -------------------------------------------------------
    def head(self, text, sides, content, note):
        assert self.headline is None
        self.headline = Sentence(text, sides, content, note)
        self.items.append(self.headline)
        self._last = self.headline

    def para(self):
        self.paras.append([])

    def s(self, text, sides, content, note):
        assert self.paras, "call para() first"
        sent = Sentence(text, sides, content, note)
        self.paras[-1].append(sent)
        self.items.append(sent)
        self._last = sent

    def q(self, text, speaker="", resolves="", side="other", kind="speech", note=""):
        """A quotation record; it opens in the sentence added last."""
        if not note:
            note = {"speech": "speech quotation", "title": "title in quotation marks",
                    "scare": "scare quotes, no speaker"}[kind]
        first = text.split(" ")[0]
        assert first in self._last.text, (first, self._last.text)
        self.items.append(Quote(text, speaker, resolves, side, kind, note))

    # -- output ---------------------------------------------------------
    def conv(self, s):
        if self.marks == "straight":
            for k, v in _STRAIGHT.items():
                s = s.replace(k, v)
        return s

    def _pieces(self):
        """Map id(Sentence) -> list of quoted pieces (source marks) in that sentence."""
        out = {}
        for para in self.paras:
            inside = False
            for sent in para:
                pieces, cur = [], None
                if inside:
                    cur = ""
                for ch in sent.text:
                    if ch == "“":
                        assert not inside, sent.text
                        inside, cur = True, ""
                    elif ch == "”":
                        assert inside, sent.text
                        pieces.append(cur.strip())
                        inside, cur = False, None
                    elif inside:
                        cur += ch
                if inside and cur is not None and cur.strip():
                    pieces.append(cur.strip())
                out[id(sent)] = pieces
            # a paragraph ending inside a quotation is a run-on; next paragraph reopens
        return out

    def _content(self, sent, pieces):
        res = []
        for c in sent.content:
            if c == Q:
                assert pieces, ("no quotation in", sent.text)
                res.extend(pieces)
            elif c == TAIL:
                i = sent.text.index(": ")
                res.append(sent.text[i + 2:])
            else:
                res.append(c)
        for c in res:
            assert c in sent.text, (c, sent.text)
        if sent.sides in (NONE, UND):
            assert not res, sent.text
        else:
            assert res, sent.text
        return res

    def name(self):
        return "%03d_%s" % (self.number, self.slug)

    def text(self):
        paras = [self.headline.text] + [" ".join(x.text for x in p) for p in self.paras]
        return self.conv("\n\n".join(paras) + "\n")

    def gold(self):
        pieces = self._pieces()
        pieces[id(self.headline)] = []
        sents, quotes = [], []
        for it in self.items:
            if isinstance(it, Sentence):
                sents.append({"text": self.conv(it.text),
                              "sides": it.sides,
                              "content": [self.conv(c) for c in self._content(it, pieces.get(id(it), []))],
                              "note": it.note})
            else:
                quotes.append({"text": self.conv(it.text),
                               "speaker_as_written": self.conv(it.speaker),
                               "resolves_to": self.conv(it.resolves),
                               "side": it.side,
                               "kind": it.kind,
                               "note": it.note})
        return {"article": self.name() + ".txt", "split": "untouched",
                "house_style": self.house_style, "sentences": sents, "quotations": quotes}

    def write(self, folder):
        txt = self.text()
        gold = self.gold()
        with open(os.path.join(folder, self.name() + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)
        with open(os.path.join(folder, self.name() + ".gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return self.name()
