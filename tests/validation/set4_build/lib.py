"""Shared parser for the set-4 builders.

Each article is written in a small line format, sentence by sentence, with its gold
label directly under the sentence, so text and gold are produced together:

    ARTICLE NN slug | split | house style
    H: headline
    L: sides | content1 || content2 | note
    P:                       (starts a new paragraph)
    S: sentence text
    L: sides | content ... | note
    Q: text | speaker_as_written | resolves_to | side | kind | note

sides: C (China), U (United States), CU (both), - (narrator / no side), ? (undecidable)
Q side: C, U, O (other); speaker "-" means null (titles, scare quotes).
In Q text, the two characters backslash-n stand for a newline (run-on quotations).
Q lines are attached to the sentence above them, in order of appearance.
"""
import json
import re
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SIDES = {"C": ["China"], "U": ["United States"], "CU": ["China", "United States"], "-": [], "?": "?"}
QSIDE = {"C": "China", "U": "United States", "O": "other"}


def _fields(line, n):
    parts = [p.strip() for p in re.split(r"(?<!\|)\|(?!\|)", line)]
    parts += [""] * (n - len(parts))
    return parts[:n]


def parse(block):
    arts = []
    cur = None
    for raw in block.splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(": ") if not line.startswith("P:") else ("P", "", "")
        if line.startswith("ARTICLE "):
            head, split, style = _fields(line[len("ARTICLE "):], 3)
            num, slug = head.split()
            cur = {"num": num, "slug": slug, "split": split, "style": style, "paras": [], "quotes": []}
            arts.append(cur)
        elif tag == "H":
            cur["paras"].append([{"text": rest, "quotes": []}])
        elif tag == "P":
            cur["paras"].append([])
        elif tag == "S":
            cur["paras"][-1].append({"text": rest, "quotes": []})
        elif tag == "L":
            sides, content, note = _fields(rest, 3)
            s = cur["paras"][-1][-1]
            s["sides"] = SIDES[sides]
            s["content"] = [c.strip() for c in content.split("||")] if content else []
            s["note"] = note
        elif tag == "Q":
            text, spk, res, side, kind, note = _fields(rest, 6)
            cur["paras"][-1][-1]["quotes"].append({
                "text": text.replace("\\n", "\n"),
                "speaker_as_written": None if spk == "-" else spk,
                "resolves_to": None if res == "-" else res,
                "side": QSIDE[side], "kind": kind, "note": note})
        else:
            raise ValueError("bad line: " + line)
    return arts


def build(block):
    for a in parse(block):
        name = "%s_%s" % (a["num"], a["slug"])
        paras = [" ".join(s["text"] for s in p) for p in a["paras"]]
        text = "\n\n".join(paras) + "\n"
        sents, quotes = [], []
        for p in a["paras"]:
            for s in p:
                assert "sides" in s, (name, s["text"])
                for c in s["content"]:
                    assert c in s["text"], (name, "content not in sentence", c, s["text"])
                sents.append({"text": s["text"], "sides": s["sides"], "content": s["content"], "note": s["note"]})
                quotes.extend(s["quotes"])
        gold = {"article": name + ".txt", "split": a["split"], "house_style": a["style"],
                "sentences": sents, "quotations": quotes}
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(name, len(text.split()), "words", len(sents), "sentences", len(quotes), "quotations")
