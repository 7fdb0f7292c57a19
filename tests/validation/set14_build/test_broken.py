#!/usr/bin/env python3
"""Copy the set to a temporary folder, break it one fault at a time, and require
check.py to fail on every fault and to pass on the intact copy.

Faults that touch the text also touch the gold the same way where needed, so that
each fault reaches the check it is meant for rather than a generic mismatch.
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


def art(folder, num):
    t = glob.glob(os.path.join(folder, "%d_*.txt" % num))[0]
    return t, t[:-4] + ".gold.json"


def load(folder, num):
    t, g = art(folder, num)
    with open(t, encoding="utf-8") as f:
        text = f.read()
    with open(g, encoding="utf-8") as f:
        gold = json.load(f)
    return text, gold


def save(folder, num, text=None, gold=None):
    t, g = art(folder, num)
    if text is not None:
        with open(t, "w", encoding="utf-8") as f:
            f.write(text)
    if gold is not None:
        with open(g, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)


def first(gold, pred):
    return next(i for i, s in enumerate(gold["sentences"]) if pred(s))


# ------------------------------------------------------------------ faults
def f_delete_gold(d):
    os.remove(art(d, 117)[1])


def f_extra_article(d):
    t, g = art(d, 120)
    shutil.copy(t, os.path.join(d, "121_extra.txt"))
    text, gold = load(d, 120)
    gold["article"] = "121_extra.txt"
    with open(os.path.join(d, "121_extra.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False)


def f_missing_article(d):
    for p in art(d, 113):
        os.remove(p)


def f_sentence_text_changed(d):
    text, gold = load(d, 115)
    s = gold["sentences"][3]
    s["text"] = s["text"].replace("e", "a", 1)
    save(d, 115, gold=gold)


def f_sentences_swapped(d):
    text, gold = load(d, 116)
    ss = gold["sentences"]
    ss[2], ss[3] = ss[3], ss[2]
    save(d, 116, gold=gold)


def f_sentence_dropped(d):
    text, gold = load(d, 118)
    del gold["sentences"][5]
    save(d, 118, gold=gold)


def f_last_sentence_dropped(d):
    text, gold = load(d, 119)
    gold["sentences"].pop()
    save(d, 119, gold=gold)


def f_headline_split(d):
    text, gold = load(d, 114)
    h = gold["sentences"][0]
    a, b = h["text"].split(" ", 1)
    gold["sentences"][0:1] = [dict(h, text=a), dict(h, text=b)]
    save(d, 114, gold=gold)


def f_across_paragraphs(d):
    text, gold = load(d, 113)
    ss = gold["sentences"]
    i = 1  # first body paragraph has one sentence; merge it with the next paragraph's sentence
    ss[i]["text"] = ss[i]["text"] + "\n\n" + ss[i + 1]["text"]
    del ss[i + 1]
    save(d, 113, gold=gold)


def f_content_not_substring(d):
    text, gold = load(d, 117)
    i = first(gold, lambda s: s["sides"] == ["China"])
    gold["sentences"][i]["content"] = ["words that are not in the sentence"]
    save(d, 117, gold=gold)


def f_content_on_unsided(d):
    text, gold = load(d, 115)
    i = first(gold, lambda s: s["sides"] == [])
    s = gold["sentences"][i]
    s["content"] = [s["text"][:20]]
    save(d, 115, gold=gold)


def f_sided_without_content(d):
    text, gold = load(d, 118)
    i = first(gold, lambda s: s["sides"] == ["United States"])
    gold["sentences"][i]["content"] = []
    save(d, 118, gold=gold)


def f_bad_side_value(d):
    text, gold = load(d, 119)
    i = first(gold, lambda s: s["sides"] == ["China"])
    gold["sentences"][i]["sides"] = ["PRC"]
    save(d, 119, gold=gold)


def f_sides_as_string(d):
    text, gold = load(d, 113)
    i = first(gold, lambda s: s["sides"] == ["China"])
    gold["sentences"][i]["sides"] = "China"
    save(d, 113, gold=gold)


def f_extra_sentence_key(d):
    text, gold = load(d, 120)
    gold["sentences"][2]["speaker"] = "Ashdown"
    save(d, 120, gold=gold)


def f_missing_quote_key(d):
    text, gold = load(d, 116)
    del gold["quotations"][0]["kind"]
    save(d, 116, gold=gold)


def f_extra_top_key(d):
    text, gold = load(d, 114)
    gold["version"] = 2
    save(d, 114, gold=gold)


def f_split_wrong(d):
    text, gold = load(d, 117)
    gold["split"] = "touched"
    save(d, 117, gold=gold)


def f_article_field_wrong(d):
    text, gold = load(d, 118)
    gold["article"] = "118_something_else.txt"
    save(d, 118, gold=gold)


def f_quote_text_changed(d):
    text, gold = load(d, 119)
    i = next(i for i, q in enumerate(gold["quotations"]) if q["text"].endswith(","))
    gold["quotations"][i]["text"] = gold["quotations"][i]["text"][:-1]   # drop the comma inside the mark
    save(d, 119, gold=gold)


def f_quote_record_dropped(d):
    text, gold = load(d, 113)
    del gold["quotations"][5]
    save(d, 113, gold=gold)


def f_quote_records_swapped(d):
    text, gold = load(d, 118)
    q = gold["quotations"]
    q[1], q[2] = q[2], q[1]
    save(d, 118, gold=gold)


def f_title_with_side(d):
    text, gold = load(d, 116)
    i = next(i for i, q in enumerate(gold["quotations"]) if q["kind"] == "title")
    gold["quotations"][i]["side"] = "United States"
    save(d, 116, gold=gold)


def f_scare_with_speaker(d):
    text, gold = load(d, 117)
    i = next(i for i, q in enumerate(gold["quotations"]) if q["kind"] == "scare")
    gold["quotations"][i]["speaker_as_written"] = "Tang"
    save(d, 117, gold=gold)


def f_speech_without_speaker(d):
    text, gold = load(d, 115)
    i = next(i for i, q in enumerate(gold["quotations"]) if q["kind"] == "speech")
    gold["quotations"][i]["speaker_as_written"] = ""
    save(d, 115, gold=gold)


def f_china_quote_in_us_sentence(d):
    text, gold = load(d, 116)
    i = first(gold, lambda s: s["text"].startswith("The Chinese Embassy rejected"))
    gold["sentences"][i]["sides"] = ["United States"]
    save(d, 116, gold=gold)


def f_us_quote_in_unsided_sentence(d):
    text, gold = load(d, 120)
    i = first(gold, lambda s: s["text"].startswith("\"No one should"))
    gold["sentences"][i]["sides"] = []
    gold["sentences"][i]["content"] = []
    save(d, 120, gold=gold)


def f_no_dateline(d):
    text, gold = load(d, 116)
    text = text.replace("WASHINGTON \u2014 Members", "Members", 1)
    s = gold["sentences"][1]
    s["text"] = s["text"].replace("WASHINGTON \u2014 Members", "Members", 1)
    save(d, 116, text, gold)


def f_too_many_words(d):
    text, gold = load(d, 119)
    extra = " ".join(["The talks dragged on."] * 60)
    text = text + "\n" + extra + "\n"
    gold["sentences"] += [{"text": "The talks dragged on.", "sides": [], "content": [], "note": ""}] * 60
    save(d, 119, text, gold)


def f_too_few_words(d):
    text, gold = load(d, 117)
    lines = text[:-1].split("\n")
    while len(" ".join(lines).split()) >= 320:
        lines = lines[:-2]
    text = "\n".join(lines) + "\n"
    gold["sentences"] = [s for s in gold["sentences"] if s["text"] in text]
    gold["quotations"] = [q for q in gold["quotations"] if q["text"].split(" ")[0] in text]
    # keep only quotations the parser can still see, in order
    save(d, 117, text, gold)


def f_double_blank_line(d):
    text, gold = load(d, 114)
    k = text.index("\n\n", text.index("\n\n") + 2)
    text = text[:k] + "\n" + text[k:]
    save(d, 114, text)


def f_no_final_newline(d):
    text, gold = load(d, 115)
    save(d, 115, text.rstrip("\n"))


def f_unbalanced_mark(d):
    text, gold = load(d, 118)
    old = "\u201cWe expect all countries to operate safely and in accordance with international law.\u201d"
    new = old[:-1]
    text = text.replace(old, new, 1)
    for s in gold["sentences"]:
        s["text"] = s["text"].replace(old, new)
    save(d, 118, text, gold)


def f_mixed_marks(d):
    text, gold = load(d, 119)
    old = "\u201cstern representations\u201d"
    new = "\"stern representations\u201d"
    text = text.replace(old, new, 1)
    for s in gold["sentences"]:
        s["text"] = s["text"].replace(old, new)
        s["content"] = [c.replace(old, new) for c in s["content"]]
    save(d, 119, text, gold)


def f_too_many_undecidable(d):
    text, gold = load(d, 113)
    n = 0
    for s in gold["sentences"]:
        if s["sides"] == [] and n < 3:
            s["sides"] = "?"
            n += 1
    save(d, 113, gold=gold)


def f_question_with_content(d):
    text, gold = load(d, 114)
    i = first(gold, lambda s: s["sides"] == "?")
    s = gold["sentences"][i]
    s["content"] = [s["text"][:15]]
    save(d, 114, gold=gold)


def f_bad_utf8(d):
    t, g = art(d, 120)
    with open(t, "ab") as f:
        f.write(b"\xff\xfe\n")


def f_few_speech_quotes(d):
    text, gold = load(d, 115)
    # turn every speech quotation but four into a scare quote (side other, no speaker)
    n = 0
    for q in gold["quotations"]:
        if q["kind"] == "speech":
            n += 1
            if n > 4:
                q.update(kind="scare", side="other", speaker_as_written="", resolves_to="")
    save(d, 115, gold=gold)


FAULTS = [v for k, v in sorted(globals().items()) if k.startswith("f_")]


def run_check(folder):
    p = subprocess.run([sys.executable, CHECK, folder], capture_output=True, text=True)
    return p.returncode, (p.stdout.strip().splitlines() or [""])[0]


def snapshot(folder):
    out = {}
    for n in sorted(os.listdir(folder)):
        with open(os.path.join(folder, n), "rb") as f:
            out[n] = f.read()
    return out


def copy_set(dst):
    for p in glob.glob(os.path.join(HERE, "[0-9]*_*.txt")) + glob.glob(os.path.join(HERE, "*.gold.json")):
        shutil.copy(p, dst)


def main():
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        intact = os.path.join(tmp, "intact")
        os.mkdir(intact)
        copy_set(intact)
        rc, line = run_check(intact)
        print("%-34s rc=%d  %s" % ("intact copy", rc, line))
        if rc != 0:
            bad += 1
        for fn in FAULTS:
            d = os.path.join(tmp, fn.__name__)
            os.mkdir(d)
            copy_set(d)
            before = snapshot(d)
            fn(d)
            if snapshot(d) == before:
                print("%-34s fault changed nothing" % fn.__name__[2:])
                bad += 1
                continue
            rc, line = run_check(d)
            ok = rc != 0
            print("%-34s rc=%d  %s  %s" % (fn.__name__[2:], rc, "caught" if ok else "MISSED", line[:110]))
            if not ok:
                bad += 1
    print("%d faults, %s" % (len(FAULTS), "all caught, intact copy passes" if not bad else "%d problem(s)" % bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
