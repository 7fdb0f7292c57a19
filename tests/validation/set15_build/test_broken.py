#!/usr/bin/env python3
"""Fault injection for check.py.

Copies the set to a temporary folder, checks that the intact copy passes, then
applies each deliberate fault to a fresh copy and requires check.py to fail.
Exit 0 only if the intact copy passes and every fault is caught.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check.py")


def stem_of(folder, num):
    return os.path.join(folder, os.path.basename(glob.glob(os.path.join(folder, "%d_*.txt" % num))[0])[:-4])


def load(folder, num):
    st = stem_of(folder, num)
    return st, open(st + ".txt", encoding="utf-8").read(), json.load(open(st + ".gold.json", encoding="utf-8"))


def save(st, text=None, gold=None):
    if text is not None:
        open(st + ".txt", "w", encoding="utf-8", newline="\n").write(text)
    if gold is not None:
        json.dump(gold, open(st + ".gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def edit_both(folder, num, old, new):
    """Change text and the gold sentence containing `old` consistently."""
    st, text, gold = load(folder, num)
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    for s in gold["sentences"]:
        if old in s["text"]:
            s["text"] = s["text"].replace(old, new)
            s["content"] = [c.replace(old, new) for c in s["content"]]
    save(st, text, gold)


# ---------------------------------------------------------------- faults
def f_delete_gold(d):
    os.remove(stem_of(d, 123) + ".gold.json")


def f_extra_article(d):
    st, text, gold = load(d, 121)
    gold["article"] = "129_extra.txt"
    save(os.path.join(d, "129_extra"), text, gold)


def f_sentence_text_changed(d):
    st, text, gold = load(d, 122)
    gold["sentences"][5]["text"] = gold["sentences"][5]["text"][:-1] + "!"
    save(st, gold=gold)


def f_sentences_swapped(d):
    st, text, gold = load(d, 124)
    s = gold["sentences"]
    s[3], s[4] = s[4], s[3]
    save(st, gold=gold)


def f_sentence_dropped(d):
    st, text, gold = load(d, 125)
    del gold["sentences"][6]
    save(st, gold=gold)


def f_cross_paragraph(d):
    st, text, gold = load(d, 126)
    s = gold["sentences"]
    s[1]["text"] = s[1]["text"] + "\n\n" + s[2]["text"]
    s[1]["content"] += s[2]["content"]
    del s[2]
    save(st, gold=gold)


def f_content_not_substring(d):
    st, text, gold = load(d, 127)
    gold["sentences"][1]["content"].append("words that are not in this sentence")
    save(st, gold=gold)


def f_sided_without_content(d):
    st, text, gold = load(d, 128)
    gold["sentences"][1]["content"] = []
    save(st, gold=gold)


def f_unsided_with_content(d):
    st, text, gold = load(d, 128)
    s = [x for x in gold["sentences"] if x["sides"] == []][0]
    s["content"] = [s["text"][:10]]
    save(st, gold=gold)


def f_quotation_dropped(d):
    st, text, gold = load(d, 123)
    del gold["quotations"][4]
    save(st, gold=gold)


def f_quotation_text_altered(d):
    st, text, gold = load(d, 124)
    gold["quotations"][2]["text"] = gold["quotations"][2]["text"].rstrip(",")
    save(st, gold=gold)


def f_title_with_side(d):
    st, text, gold = load(d, 121)
    q = [x for x in gold["quotations"] if x["kind"] == "title"][0]
    q["side"] = "United States"
    save(st, gold=gold)


def f_scare_with_speaker(d):
    st, text, gold = load(d, 126)
    q = [x for x in gold["quotations"] if x["kind"] == "scare"][0]
    q["speaker_as_written"] = "the Pentagon"
    save(st, gold=gold)


def f_quote_in_unsided_sentence(d):
    st, text, gold = load(d, 122)
    s = [x for x in gold["sentences"] if "ministry spokesperson Qiao Minghui" in x["text"]][0]
    s["sides"], s["content"] = [], []
    save(st, gold=gold)


def f_quote_side_mismatch(d):
    st, text, gold = load(d, 125)
    q = [x for x in gold["quotations"] if x["text"].startswith("Compliant trade")][0]
    q["side"] = "United States"
    save(st, gold=gold)


def f_extra_key(d):
    st, text, gold = load(d, 121)
    gold["sentences"][2]["speaker"] = "Whitcombe"
    save(st, gold=gold)


def f_missing_key(d):
    st, text, gold = load(d, 127)
    del gold["quotations"][0]["note"]
    save(st, gold=gold)


def f_wrong_split(d):
    st, text, gold = load(d, 123)
    gold["split"] = "tuned"
    save(st, gold=gold)


def f_bad_sides(d):
    st, text, gold = load(d, 124)
    gold["sentences"][-3]["sides"] = ["Philippines"]
    save(st, gold=gold)


def f_sides_wrong_order(d):
    st, text, gold = load(d, 125)
    s = [x for x in gold["sentences"] if x["sides"] == ["China", "United States"]][0]
    s["sides"] = ["United States", "China"]
    save(st, gold=gold)


def f_too_many_words(d):
    st, text, gold = load(d, 127)
    extra = " ".join(["Officials repeated the position at length."] * 40)
    text = text + "\n" + extra + "\n"
    gold["sentences"].append({"text": extra, "sides": [], "content": [], "note": "padding"})
    save(st, text, gold)


def f_too_few_words(d):
    st, text, gold = load(d, 125)
    lines = text[:-1].split("\n")
    text = "\n".join(lines[:9]) + "\n"          # headline + first four paragraphs
    gold["sentences"] = [s for s in gold["sentences"] if s["text"] in text]
    gold["quotations"] = [q for q in gold["quotations"] if q["text"] in text]
    save(st, text, gold)


def f_no_dateline(d):
    edit_both(d, 121, "WASHINGTON (AP) — The White House", "The White House")


def f_unbalanced_mark(d):
    edit_both(d, 126, "“Chinese military companies”.", "“Chinese military companies.")


def f_double_blank_line(d):
    st, text, gold = load(d, 122)
    i = text.index("\n\n", len(text.split("\n")[0]) + 2)
    save(st, text[:i] + "\n" + text[i:])


def f_missing_final_newline(d):
    st, text, gold = load(d, 128)
    save(st, text.rstrip("\n"))


def f_three_undecidable(d):
    st, text, gold = load(d, 121)
    n = 0
    for s in gold["sentences"]:
        if s["sides"] == [] and n < 2:
            s["sides"] = "?"
            n += 1
    save(st, gold=gold)


def f_quotations_reordered(d):
    st, text, gold = load(d, 127)
    q = gold["quotations"]
    q[1], q[2] = q[2], q[1]
    save(st, gold=gold)


def f_headline_single_missing(d):
    st, text, gold = load(d, 124)
    del gold["quotations"][0]
    save(st, gold=gold)


def f_mixed_marks(d):
    edit_both(d, 128, "\"workable\"", "“workable”")


def f_headline_missing(d):
    st, text, gold = load(d, 123)
    del gold["sentences"][0]
    save(st, gold=gold)


def f_article_field(d):
    st, text, gold = load(d, 126)
    gold["article"] = "126_other_slug.txt"
    save(st, gold=gold)


def f_runon_not_reopened(d):
    edit_both(d, 124, "“Its so-called security commitments", "Its so-called security commitments")


FAULTS = [v for k, v in sorted(globals().items()) if k.startswith("f_")]


def run_check(folder):
    r = subprocess.run([sys.executable, CHECK, folder], capture_output=True, text=True)
    return r.returncode, r.stdout


def fresh_copy(tmp):
    d = tempfile.mkdtemp(dir=tmp)
    for p in glob.glob(os.path.join(HERE, "1[0-9][0-9]_*")):
        shutil.copy(p, d)
    return d


def main():
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        d = fresh_copy(tmp)
        rc, out = run_check(d)
        print("intact copy: rc=%d %s" % (rc, "PASS" if rc == 0 else "FAIL\n" + out))
        ok &= rc == 0
        for f in FAULTS:
            d = fresh_copy(tmp)
            f(d)
            rc, out = run_check(d)
            caught = rc != 0
            first = next((l for l in out.splitlines() if l.startswith("FAIL")), "")
            print("%-30s %s  %s" % (f.__name__[2:], "caught" if caught else "MISSED", first[:110]))
            ok &= caught
    print("%d faults; %s" % (len(FAULTS), "all caught, intact copy passes" if ok else "PROBLEM"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
