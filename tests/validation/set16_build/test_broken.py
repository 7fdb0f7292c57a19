#!/usr/bin/env python3
"""Copy the set to a temporary folder, break it one fault at a time, and require
check.py to fail on every fault and to pass on the intact copy.

Each fault is made so that, where possible, only the one property it targets is
violated (text and gold are edited together when the fault is about one of them).
Exit 0 only if the intact copy passes and every broken copy fails.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run_check(folder):
    p = subprocess.run([sys.executable, os.path.join(folder, "check.py"), folder],
                       capture_output=True, text=True)
    return p.returncode, p.stdout


def fresh_copy(root):
    d = tempfile.mkdtemp(dir=root)
    for f in glob.glob(os.path.join(HERE, "1[0-9][0-9]_*")) + [os.path.join(HERE, "check.py")]:
        shutil.copy(f, d)
    return d


def paths(d, num):
    txt = glob.glob(os.path.join(d, "%d_*.txt" % num))[0]
    return txt, txt[:-4] + ".gold.json"


def load(d, num):
    txt, gp = paths(d, num)
    with open(txt, encoding="utf-8") as f:
        text = f.read()
    with open(gp, encoding="utf-8") as f:
        gold = json.load(f)
    return text, gold


def save(d, num, text=None, gold=None):
    txt, gp = paths(d, num)
    if text is not None:
        with open(txt, "w", encoding="utf-8") as f:
            f.write(text)
    if gold is not None:
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)


def first(gold, pred):
    return next(i for i, s in enumerate(gold["sentences"]) if pred(s))


# ------------------------------------------------------------------ the faults
def f_missing_gold(d):
    os.remove(paths(d, 133)[1])


def f_extra_article(d):
    for ext in (".txt", ".gold.json"):
        src = paths(d, 136)[0 if ext == ".txt" else 1]
        dst = os.path.join(d, "137_extra" + ext)
        shutil.copy(src, dst)
    t, g = load(d, 136)
    g["article"] = "137_extra.txt"
    with open(os.path.join(d, "137_extra.gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False)


def f_extra_top_key(d):
    t, g = load(d, 130)
    g["annotator"] = "x"
    save(d, 130, gold=g)


def f_missing_sentence_key(d):
    t, g = load(d, 131)
    del g["sentences"][3]["note"]
    save(d, 131, gold=g)


def f_bad_side_value(d):
    t, g = load(d, 132)
    i = first(g, lambda s: s["sides"] == ["United States"])
    g["sentences"][i]["sides"] = ["USA"]
    save(d, 132, gold=g)


def f_unordered_sides(d):
    t, g = load(d, 130)
    i = first(g, lambda s: s["sides"] == ["China", "United States"])
    g["sentences"][i]["sides"] = ["United States", "China"]
    save(d, 130, gold=g)


def f_sentence_not_verbatim(d):
    t, g = load(d, 134)
    i = first(g, lambda s: "Tian" in s["text"])
    g["sentences"][i]["text"] = g["sentences"][i]["text"].replace("Tian", "Tien", 1)
    save(d, 134, gold=g)


def f_sentences_swapped(d):
    t, g = load(d, 129)
    s = g["sentences"]
    s[3], s[4] = s[4], s[3]
    save(d, 129, gold=g)


def f_sentence_dropped(d):
    t, g = load(d, 135)
    del g["sentences"][4]
    save(d, 135, gold=g)


def f_headline_not_first(d):
    t, g = load(d, 136)
    del g["sentences"][0]
    save(d, 136, gold=g)


def f_crosses_paragraph(d):
    # merge the last sentence of paragraph 1 with the first of paragraph 2 (gold only)
    t, g = load(d, 133)
    s = g["sentences"]
    s[1]["text"] = s[1]["text"] + "\n\n" + s[2]["text"]
    s[1]["content"] = []
    del s[2]
    save(d, 133, gold=g)


def f_content_not_substring(d):
    t, g = load(d, 131)
    i = first(g, lambda s: isinstance(s["sides"], list) and s["sides"])
    g["sentences"][i]["content"] = ["China strongly welcomes the curbs"]
    save(d, 131, gold=g)


def f_sided_without_content(d):
    t, g = load(d, 132)
    i = first(g, lambda s: s["sides"] == ["China"])
    g["sentences"][i]["content"] = []
    save(d, 132, gold=g)


def f_unsided_with_content(d):
    t, g = load(d, 129)
    i = first(g, lambda s: s["sides"] == [] and len(s["text"]) > 40)
    g["sentences"][i]["content"] = [g["sentences"][i]["text"][:20].strip()]
    save(d, 129, gold=g)


def f_undecidable_with_content(d):
    t, g = load(d, 136)
    i = first(g, lambda s: s["sides"] == "?")
    g["sentences"][i]["content"] = ["Shenzhen exported"]
    save(d, 136, gold=g)


def f_too_many_words(d):
    # repeat a paragraph without quotation marks in text and gold alike:
    # still verbatim and covered, but the article goes over 600 words
    t, g = load(d, 129)
    paras = t[:-1].split("\n\n")
    k = next(i for i, p in enumerate(paras) if p.startswith("Thomas E. Reiner"))
    t = "\n\n".join(paras[:k + 1] + [paras[k]] * 4 + paras[k + 1:]) + "\n"
    sents = g["sentences"]
    idx = [i for i, s in enumerate(sents) if s["text"] in paras[k]]
    block = [dict(sents[i]) for i in idx]
    g["sentences"] = sents[:idx[-1] + 1] + block * 4 + sents[idx[-1] + 1:]
    save(d, 129, text=t, gold=g)


def f_too_few_words(d):
    # cut article 135 down to its first paragraphs in text and gold alike
    t, g = load(d, 135)
    paras = t[:-1].split("\n\n")
    keep = paras[:4]
    t2 = "\n\n".join(keep) + "\n"
    g["sentences"] = [s for s in g["sentences"] if s["text"] in t2]
    g["quotations"] = g["quotations"][:3]
    save(d, 135, text=t2, gold=g)


def f_quote_text_changed(d):
    t, g = load(d, 130)
    g["quotations"][2]["text"] = g["quotations"][2]["text"].rstrip(".,")
    save(d, 130, gold=g)


def f_quote_record_missing(d):
    t, g = load(d, 134)
    del g["quotations"][4]
    save(d, 134, gold=g)


def f_quotes_swapped(d):
    t, g = load(d, 136)
    q = g["quotations"]
    q[0], q[1] = q[1], q[0]
    save(d, 136, gold=g)


def f_title_with_side(d):
    t, g = load(d, 133)
    i = next(i for i, q in enumerate(g["quotations"]) if q["kind"] == "title")
    g["quotations"][i]["side"] = "United States"
    save(d, 133, gold=g)


def f_scare_with_speaker(d):
    t, g = load(d, 135)
    i = next(i for i, q in enumerate(g["quotations"]) if q["kind"] == "scare")
    g["quotations"][i]["speaker_as_written"] = "Qiao"
    save(d, 135, gold=g)


def f_cn_quote_in_unsided_sentence(d):
    # relabel the sentence where a China speech quotation opens as [] (content cleared)
    t, g = load(d, 129)
    qt = next(q["text"] for q in g["quotations"] if q["side"] == "China")
    i = first(g, lambda s: ("\u201c" + qt) in s["text"])
    g["sentences"][i]["sides"] = []
    g["sentences"][i]["content"] = []
    save(d, 129, gold=g)


def f_us_quote_in_cn_sentence(d):
    t, g = load(d, 134)
    qt = next(q["text"] for q in g["quotations"] if q["side"] == "United States")
    i = first(g, lambda s: ('"' + qt) in s["text"])
    g["sentences"][i]["sides"] = ["China"]
    save(d, 134, gold=g)


def f_no_dateline(d):
    t, g = load(d, 133)
    old = "WASHINGTON, June 11 (Reuters) - "
    t = t.replace(old, "", 1)
    s = g["sentences"][1]
    s["text"] = s["text"].replace(old, "", 1)
    save(d, 133, text=t, gold=g)


def f_double_blank_line(d):
    t, g = load(d, 131)
    i = t.index("\n\n", t.index("\n\n") + 2)
    t = t[:i] + "\n" + t[i:]
    save(d, 131, text=t)


def f_no_final_newline(d):
    t, g = load(d, 132)
    save(d, 132, text=t.rstrip("\n"))


def f_split_value(d):
    t, g = load(d, 134)
    g["split"] = "train"
    save(d, 134, gold=g)


def f_unclosed_quote(d):
    # drop a closing mark in text and gold alike: the parser must notice
    t, g = load(d, 136)
    old = "enterprises\u201d and oppose"
    t = t.replace(old, "enterprises and oppose", 1)
    for s in g["sentences"]:
        s["text"] = s["text"].replace(old, "enterprises and oppose")
        s["content"] = [c.replace(old, "enterprises and oppose") for c in s["content"]]
    save(d, 136, text=t, gold=g)


def f_mixed_marks(d):
    # a straight mark pair inside a typographic article (text and gold alike)
    t, g = load(d, 130)
    old = "\u201cWired for Rivalry,\u201d"
    new = '"Wired for Rivalry,"'
    t = t.replace(old, new, 1)
    for s in g["sentences"]:
        s["text"] = s["text"].replace(old, new)
    save(d, 130, text=t, gold=g)


def f_unrecorded_headline_single(d):
    t, g = load(d, 132)
    g["quotations"] = g["quotations"][1:]
    save(d, 132, gold=g)


def f_too_many_undecidable(d):
    t, g = load(d, 131)
    for s in g["sentences"]:
        if s["sides"] == []:
            s["sides"] = "?"
    save(d, 131, gold=g)


def f_content_with_final_punct(d):
    t, g = load(d, 135)
    i = first(g, lambda s: s["sides"] == ["China"] and s["text"].endswith("."))
    s = g["sentences"][i]
    s["content"] = [s["text"]]
    save(d, 135, gold=g)


def f_not_utf8(d):
    txt = paths(d, 130)[0]
    with open(txt, encoding="utf-8") as f:
        t = f.read()
    with open(txt, "wb") as f:
        f.write(t.encode("cp1252", errors="replace"))


FAULTS = [v for k, v in sorted(globals().items()) if k.startswith("f_")]


def main():
    root = tempfile.mkdtemp(prefix="set16_broken_")
    ok = True
    try:
        d = fresh_copy(root)
        rc, out = run_check(d)
        print("intact copy: rc=%d %s" % (rc, out.strip().splitlines()[-1] if out.strip() else ""))
        if rc != 0:
            print(out)
            ok = False
        for f in FAULTS:
            d = fresh_copy(root)
            f(d)
            rc, out = run_check(d)
            lines = [l for l in out.splitlines() if l.startswith("FAIL")]
            status = "caught" if rc != 0 else "MISSED"
            print("%-34s %s  %s" % (f.__name__, status, lines[0][5:90] if lines else ""))
            if rc == 0:
                ok = False
    finally:
        shutil.rmtree(root)
    print("%d faults; %s" % (len(FAULTS), "all caught, intact passes" if ok else "PROBLEM"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
