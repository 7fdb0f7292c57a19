#!/usr/bin/env python3
"""Copies the set to a temporary folder, applies deliberate faults one at a time and requires
check.py to fail on each; the intact copy must pass. Exits 0 only if all of that holds."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "articles")
CHECK = os.path.join(HERE, "check.py")


def run(folder):
    r = subprocess.run([sys.executable, CHECK, folder], capture_output=True, text=True)
    return r.returncode, r.stdout


def paths(d, num):
    t = glob.glob(os.path.join(d, "%d_*.txt" % num))[0]
    return t, t[:-4] + ".gold.json"


def load(d, num):
    t, g = paths(d, num)
    return open(t, encoding="utf-8").read(), json.load(open(g, encoding="utf-8"))


def save(d, num, text=None, gold=None):
    t, g = paths(d, num)
    if text is not None:
        open(t, "w", encoding="utf-8", newline="\n").write(text)
    if gold is not None:
        json.dump(gold, open(g, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def first(lst, pred):
    return next(i for i, x in enumerate(lst) if pred(x))


# ---- faults: each takes the folder and breaks exactly one thing
def f_missing_gold(d):
    os.remove(paths(d, 98)[1])


def f_extra_article(d):
    t, g = paths(d, 97)
    shutil.copy(t, os.path.join(d, "105_extra.txt"))
    shutil.copy(g, os.path.join(d, "105_extra.gold.json"))


def f_split(d):
    t, g = load(d, 99); g["split"] = "touched"; save(d, 99, gold=g)


def f_extra_sentence_key(d):
    t, g = load(d, 100); g["sentences"][3]["speaker"] = "Lin"; save(d, 100, gold=g)


def f_sides_value(d):
    t, g = load(d, 97)
    i = first(g["sentences"], lambda s: s["sides"] == ["United States"])
    g["sentences"][i]["sides"] = ["US"]; save(d, 97, gold=g)


def f_sides_order(d):
    t, g = load(d, 99)
    i = first(g["sentences"], lambda s: s["sides"] == ["China", "United States"])
    g["sentences"][i]["sides"] = ["United States", "China"]; save(d, 99, gold=g)


def f_kind_value(d):
    t, g = load(d, 101); g["quotations"][2]["kind"] = "quote"; save(d, 101, gold=g)


def f_sentence_text(d):
    t, g = load(d, 102)
    g["sentences"][2]["text"] = g["sentences"][2]["text"].replace("Monday", "Tuesday"); save(d, 102, gold=g)


def f_swap_sentences(d):
    t, g = load(d, 103); s = g["sentences"]; s[3], s[4] = s[4], s[3]; save(d, 103, gold=g)


def f_drop_sentence(d):
    t, g = load(d, 104); del g["sentences"][5]; save(d, 104, gold=g)


def f_merge_across_paragraphs(d):
    t, g = load(d, 97); s = g["sentences"]
    s[1]["text"] = s[1]["text"] + "\n\n" + s[2]["text"]; del s[2]; save(d, 97, gold=g)


def f_headline_not_first(d):
    t, g = load(d, 98); del g["sentences"][0]; save(d, 98, gold=g)


def f_content_not_substring(d):
    t, g = load(d, 99)
    i = first(g["sentences"], lambda s: s["sides"] == ["China"])
    g["sentences"][i]["content"].append("a claim that is not there"); save(d, 99, gold=g)


def f_content_on_unsided(d):
    t, g = load(d, 100)
    i = first(g["sentences"], lambda s: s["sides"] == [])
    g["sentences"][i]["content"] = [g["sentences"][i]["text"][:20].strip()]; save(d, 100, gold=g)


def f_content_missing_on_sided(d):
    t, g = load(d, 101)
    i = first(g["sentences"], lambda s: s["sides"] == ["China"])
    g["sentences"][i]["content"] = []; save(d, 101, gold=g)


def f_content_on_undecidable(d):
    t, g = load(d, 102)
    i = first(g["sentences"], lambda s: s["sides"] == "?")
    g["sentences"][i]["content"] = ["according to"]; save(d, 102, gold=g)


def f_content_outer_mark(d):
    t, g = load(d, 104)  # content that keeps the closing mark and period
    i = first(g["sentences"], lambda s: s["text"].startswith("“We take every complaint"))
    g["sentences"][i]["content"] = ["We take every complaint seriously,”"]; save(d, 104, gold=g)


def f_too_long(d):
    t, g = load(d, 104)
    filler = " ".join(["The harbour was quiet that evening."] * 12)
    save(d, 104, text=t[:-1] + "\n\n" + filler + "\n")
    for k in range(12):
        g["sentences"].append({"text": "The harbour was quiet that evening.", "sides": [], "content": [], "note": ""})
    save(d, 104, gold=g)


def f_too_short(d):
    t, g = load(d, 102)
    paras = t[:-1].split("\n\n")
    keep = paras[:7]
    kept_text = "\n\n".join(keep) + "\n"
    g["sentences"] = [s for s in g["sentences"] if s["text"] in kept_text]
    g["quotations"] = [q for q in g["quotations"] if q["text"].rstrip(",.") in kept_text]
    save(d, 102, text=kept_text, gold=g)


def f_drop_quotation(d):
    t, g = load(d, 103); del g["quotations"][4]; save(d, 103, gold=g)


def f_quotation_text(d):
    t, g = load(d, 97); g["quotations"][1]["text"] = g["quotations"][1]["text"].rstrip(","); save(d, 97, gold=g)


def f_swap_quotations(d):
    t, g = load(d, 98); q = g["quotations"]; q[0], q[1] = q[1], q[0]; save(d, 98, gold=g)


def f_title_sided(d):
    t, g = load(d, 101)
    i = first(g["quotations"], lambda q: q["kind"] == "title")
    g["quotations"][i]["side"] = "United States"; save(d, 101, gold=g)


def f_scare_with_speaker(d):
    t, g = load(d, 103)
    i = first(g["quotations"], lambda q: q["kind"] == "scare")
    g["quotations"][i]["speaker_as_written"] = "QUESTION"; save(d, 103, gold=g)


def f_quote_side_vs_sentence(d):
    t, g = load(d, 100)  # a China quotation in a sentence labelled only United States
    i = first(g["sentences"], lambda s: s["sides"] == ["China"] and "“" in s["text"])
    g["sentences"][i]["sides"] = ["United States"]; save(d, 100, gold=g)


def f_quote_side_flipped(d):
    t, g = load(d, 104)
    i = first(g["quotations"], lambda q: q["side"] == "United States")
    g["quotations"][i]["side"] = "China"; save(d, 104, gold=g)


def f_unclosed_mark(d):
    t, g = load(d, 99)
    i = first(g["sentences"], lambda s: s["text"].startswith("“The US side hyped"))
    old = g["sentences"][i]["text"]; new = old.replace("opinion,”", "opinion,")
    g["sentences"][i]["text"] = new
    save(d, 99, text=t.replace(old, new), gold=g)


def f_wrong_mark_style(d):
    t, g = load(d, 97)  # typographic marks in the AP story, text and gold changed together
    old = '"It tells Beijing the list is going to keep growing," he said.'
    new = "“It tells Beijing the list is going to keep growing,” he said."
    i = first(g["sentences"], lambda s: s["text"] == old)
    g["sentences"][i]["text"] = new
    save(d, 97, text=t.replace(old, new), gold=g)


def f_no_dateline(d):
    t, g = load(d, 101)
    old = "BEIJING, May 2 (Xinhua) -- "
    g["sentences"][1]["text"] = g["sentences"][1]["text"].replace(old, "")
    save(d, 101, text=t.replace(old, ""), gold=g)


def f_trailing_blank(d):
    t, g = load(d, 98); save(d, 98, text=t + "\n")


def f_two_blank_lines(d):
    t, g = load(d, 100); save(d, 100, text=t.replace("\n\n", "\n\n\n", 1))


def f_double_space(d):
    t, g = load(d, 102)
    s1 = g["sentences"][10]["text"]  # two sentences in one paragraph: join with two spaces
    i = t.index(s1) + len(s1)
    if t[i] == " ":
        save(d, 102, text=t[:i] + "  " + t[i + 1:])
    else:
        save(d, 102, text=t.replace(". ", ".  ", 1))


def f_runon_not_reopened(d):
    t, g = load(d, 104)  # remove the reopening mark of the run-on in both text and gold
    old = "“Now nothing comes."
    i = first(g["sentences"], lambda s: s["text"] == old)
    g["sentences"][i]["text"] = "Now nothing comes."
    save(d, 104, text=t.replace(old, "Now nothing comes."), gold=g)


def f_speaker_missing(d):
    t, g = load(d, 98)
    i = first(g["quotations"], lambda q: q["kind"] == "speech")
    g["quotations"][i]["speaker_as_written"] = "the foreign ministry"; save(d, 98, gold=g)


def f_bad_json(d):
    t, g = paths(d, 99); open(g, "a").write("}")


FAULTS = [f for n, f in sorted(globals().items()) if n.startswith("f_")]

# the check that each fault must trip (a substring of one of check.py's FAIL lines)
EXPECT = {
    "f_bad_json": "not valid JSON",
    "f_content_missing_on_sided": "has no content",
    "f_content_not_substring": "not a trimmed substring",
    "f_content_on_undecidable": "unsided sentence",
    "f_content_outer_mark": "from word to word",
    "f_content_on_unsided": "unsided sentence",
    "f_double_space": "double space",
    "f_drop_quotation": "parser",
    "f_drop_sentence": "not found verbatim",
    "f_extra_article": "want exactly 97-104",
    "f_extra_sentence_key": "keys must be exactly",
    "f_headline_not_first": "must be the headline",
    "f_kind_value": "kind 'quote'",
    "f_merge_across_paragraphs": "crosses a line/paragraph break",
    "f_missing_gold": "want exactly 97-104",
    "f_no_dateline": "house dateline",
    "f_quotation_text": "parser",
    "f_quote_side_flipped": "opens in sentence",
    "f_quote_side_vs_sentence": "opens in sentence",
    "f_runon_not_reopened": "not reopened",
    "f_scare_with_speaker": "must be side other",
    "f_sentence_text": "not found verbatim",
    "f_sides_order": "not allowed",
    "f_sides_value": "not allowed",
    "f_speaker_missing": "does not occur in the article",
    "f_split": "split must be",
    "f_swap_quotations": "parser",
    "f_swap_sentences": "not found verbatim",
    "f_title_sided": "must be side other",
    "f_too_long": "want 320-600",
    "f_too_short": "want 320-600",
    "f_trailing_blank": "exactly one newline",
    "f_two_blank_lines": "exactly one blank line",
    "f_unclosed_mark": "unclosed opening mark",
    "f_wrong_mark_style": "not this house's style",
}


def main():
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "intact")
        shutil.copytree(SRC, base)
        rc, out = run(base)
        if rc != 0:
            print("INTACT COPY FAILS:\n" + out)
            return 1
        print("intact copy passes")
        for f in FAULTS:
            d = os.path.join(tmp, f.__name__)
            shutil.copytree(SRC, d)
            f(d)
            rc, out = run(d)
            lines = [ln for ln in out.splitlines() if ln.startswith("FAIL")]
            want = EXPECT[f.__name__]
            if rc == 0:
                ok = False
                print("NOT CAUGHT  %s" % f.__name__)
            elif not any(want in ln for ln in lines):
                ok = False
                print("WRONG CHECK %s: wanted %r, got %s" % (f.__name__, want, lines[:2]))
            else:
                print("caught      %-28s %s" % (f.__name__, lines[0][5:90] if lines else out.strip()[:80]))
    print("%d faults, %s" % (len(FAULTS), "all caught" if ok else "SOME NOT CAUGHT"))
    assert set(EXPECT) == {f.__name__ for f in FAULTS}
    return 0 if ok and len(FAULTS) >= 15 else 1


if __name__ == "__main__":
    sys.exit(main())
