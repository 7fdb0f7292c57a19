#!/usr/bin/env python3
"""Fault-injection test for check.py.

Copies the set (articles, gold, check.py) to a temporary folder, checks that
the intact copy passes, then applies each deliberate fault to a fresh copy and
requires check.py to fail -- and to fail for the intended reason (an expected
fragment of its message).  Exit 0 only if all of that holds.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)


def copy_set(dst):
    for p in [p for p in glob.glob(os.path.join(DATA, "[0-9][0-9]_*.txt")) if 73 <= int(os.path.basename(p)[:2]) <= 80] + [p for p in glob.glob(os.path.join(DATA, "*.gold.json")) if 73 <= int(os.path.basename(p)[:2]) <= 80]:
        shutil.copy(p, dst)
    shutil.copy(os.path.join(HERE, "check.py"), dst)


def run_check(folder):
    r = subprocess.run([sys.executable, os.path.join(folder, "check.py"), folder],
                       capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def base(d, num):
    return glob.glob(os.path.join(d, "%02d_*.txt" % num))[0][:-4]


def load(d, num):
    b = base(d, num)
    with open(b + ".txt", encoding="utf-8") as f:
        text = f.read()
    with open(b + ".gold.json", encoding="utf-8") as f:
        gold = json.load(f)
    return b, text, gold


def save(b, text=None, gold=None):
    if text is not None:
        with open(b + ".txt", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    if gold is not None:
        with open(b + ".gold.json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)


def first(gold, pred):
    for k, s in enumerate(gold["sentences"]):
        if pred(s):
            return k
    raise LookupError("no sentence matches")


# ---------------------------------------------------------------- faults
def f_delete_gold(d):
    os.remove(base(d, 74) + ".gold.json")


def f_missing_article(d):
    b = base(d, 73)
    os.remove(b + ".txt")
    os.remove(b + ".gold.json")


def f_extra_article(d):
    b, text, gold = load(d, 80)
    nb = os.path.join(d, "79_extra_copy")  # reviewer: a number of this set (others are ignored)
    gold["article"] = "79_extra_copy.txt"
    save(nb, text, gold)


def f_article_field(d):
    b, text, gold = load(d, 76)
    gold["article"] = "76_wrong.txt"
    save(b, gold=gold)


def f_split(d):
    b, text, gold = load(d, 75)
    gold["split"] = "train"
    save(b, gold=gold)


def f_extra_key(d):
    b, text, gold = load(d, 77)
    gold["sentences"][3]["speaker"] = "the statement"
    save(b, gold=gold)


def f_missing_quote_key(d):
    b, text, gold = load(d, 78)
    del gold["quotations"][0]["resolves_to"]
    save(b, gold=gold)


def f_sentence_altered(d):
    b, text, gold = load(d, 73)
    s = gold["sentences"][4]
    s["text"] = s["text"].replace("Okafor", "Okafur", 1)
    save(b, gold=gold)


def f_sentence_order(d):
    b, text, gold = load(d, 79)
    ss = gold["sentences"]
    ss[3], ss[4] = ss[4], ss[3]
    save(b, gold=gold)


def f_sentence_dropped(d):
    b, text, gold = load(d, 76)
    k = first(gold, lambda s: s["text"].startswith("A Treasury spokesperson"))
    del gold["sentences"][k]
    save(b, gold=gold)


def f_sentence_across_paragraph(d):
    b, text, gold = load(d, 79)
    ss = gold["sentences"]
    k = first(gold, lambda s: s["text"].startswith("The U.S. Department of Agriculture"))
    ss[k]["text"] = ss[k]["text"] + "\n\n" + ss[k + 1]["text"]
    ss[k]["content"] += ss[k + 1]["content"]
    del ss[k + 1]
    save(b, gold=gold)


def f_content_not_substring(d):
    b, text, gold = load(d, 74)
    k = first(gold, lambda s: s["sides"] == ["China"])
    gold["sentences"][k]["content"][0] += " and more"
    save(b, gold=gold)


def f_sided_without_content(d):
    b, text, gold = load(d, 80)
    k = first(gold, lambda s: s["text"].startswith("The bureau said"))
    gold["sentences"][k]["content"] = []
    save(b, gold=gold)


def f_empty_with_content(d):
    b, text, gold = load(d, 77)
    k = first(gold, lambda s: s["text"].startswith("South Korea's foreign ministry"))
    gold["sentences"][k]["content"] = ["it was closely watching the situation"]
    save(b, gold=gold)


def f_undecidable_with_content(d):
    b, text, gold = load(d, 79)
    k = first(gold, lambda s: s["sides"] == "?")
    gold["sentences"][k]["content"] = ["China imported 22.1 million tonnes of U.S. soybeans last year"]
    save(b, gold=gold)


def f_bad_side_value(d):
    b, text, gold = load(d, 78)
    gold["sentences"][1]["sides"] = ["Taiwan"]
    save(b, gold=gold)


def f_sides_order(d):
    b, text, gold = load(d, 77)
    k = first(gold, lambda s: s["sides"] == ["China", "United States"])
    gold["sentences"][k]["sides"] = ["United States", "China"]
    save(b, gold=gold)


def f_content_with_final_punct(d):
    b, text, gold = load(d, 79)
    k = first(gold, lambda s: s["text"].startswith("Fang said China welcomed"))
    s = gold["sentences"][k]
    s["content"] = [s["content"][0] + "."]
    save(b, gold=gold)


def f_content_whole_quote_with_marks(d):
    b, text, gold = load(d, 77)
    k = first(gold, lambda s: s["text"].startswith('"These transfers'))
    s = gold["sentences"][k]
    s["content"] = ['"These transfers are a deliberate effort to evade sanctions that China itself voted for at the Security Council,"']
    save(b, gold=gold)


def f_too_many_words(d):
    b, text, gold = load(d, 75)
    extra = "The Navy said " + " ".join(["the crew"] * 150) + " returned safely."
    save(b, text + "\n" + extra + "\n", None)
    gold["sentences"].append({"text": extra, "sides": [], "content": [], "note": "padding"})
    save(b, gold=gold)


def f_too_few_words(d):
    b, text, gold = load(d, 77)
    paras = text[:-1].split("\n\n")
    keep = paras[:5]
    new_text = "\n\n".join(keep) + "\n"
    kept = [s for s in gold["sentences"] if s["text"] in new_text]
    gold["sentences"] = kept
    gold["quotations"] = gold["quotations"][:2]
    save(b, new_text, gold)


def f_quote_text_changed(d):
    b, text, gold = load(d, 78)
    gold["quotations"][2]["text"] = gold["quotations"][2]["text"].replace("freedoms", "liberties")
    save(b, gold=gold)


def f_quote_dropped(d):
    b, text, gold = load(d, 80)
    del gold["quotations"][3]
    save(b, gold=gold)


def f_quote_order(d):
    b, text, gold = load(d, 76)
    q = gold["quotations"]
    q[0], q[1] = q[1], q[0]
    save(b, gold=gold)


def f_runon_closed(d):
    # close Henning's run-on at the end of its first paragraph: the parser now
    # finds two quotations where the gold has one
    b, text, gold = load(d, 76)
    old = "“American capital should not be funding that."
    text = text.replace(old, old + "”", 1)
    for s in gold["sentences"]:
        if s["text"] == old:
            s["text"] = old + "”"
    save(b, text, gold)


def f_title_with_side(d):
    b, text, gold = load(d, 73)
    q = [q for q in gold["quotations"] if q["kind"] == "title"][0]
    q["side"] = "China"
    save(b, gold=gold)


def f_scare_with_speaker(d):
    b, text, gold = load(d, 74)
    q = [q for q in gold["quotations"] if q["kind"] == "scare"][0]
    q["speaker_as_written"] = "Xinhua"
    q["resolves_to"] = "Xinhua"
    save(b, gold=gold)


def f_bad_kind(d):
    b, text, gold = load(d, 75)
    gold["quotations"][0]["kind"] = "paraphrase"
    save(b, gold=gold)


def f_speech_in_unsided_sentence(d):
    b, text, gold = load(d, 73)
    k = first(gold, lambda s: "Xu Peiran said" in s["text"])
    gold["sentences"][k]["sides"] = []
    gold["sentences"][k]["content"] = []
    save(b, gold=gold)


def f_speech_wrong_side_sentence(d):
    b, text, gold = load(d, 75)
    q = [q for q in gold["quotations"] if q["speaker_as_written"] == "Gu Shiming"][0]
    q["side"] = "United States"
    save(b, gold=gold)


def f_speaker_not_in_text(d):
    b, text, gold = load(d, 74)
    gold["quotations"][0]["speaker_as_written"] = "Mr. Nobody"
    save(b, gold=gold)


def f_dateline_removed(d):
    b, text, gold = load(d, 73)
    dl = "WASHINGTON (AP) — "
    text = text.replace(dl, "", 1)
    gold["sentences"][1]["text"] = gold["sentences"][1]["text"].replace(dl, "", 1)
    save(b, text, gold)


def f_wrong_house_dateline(d):
    b, text, gold = load(d, 79)
    old, new = "BEIJING, June 4 (Reuters) - ", "BEIJING, June 4 (Reuters) -- "
    text = text.replace(old, new, 1)
    gold["sentences"][1]["text"] = gold["sentences"][1]["text"].replace(old, new, 1)
    save(b, text, gold)


def f_double_blank_line(d):
    b, text, gold = load(d, 78)
    i = text.index("\n\n", text.index("\n\n") + 2)
    save(b, text[:i] + "\n" + text[i:], None)


def f_no_final_newline(d):
    b, text, gold = load(d, 80)
    save(b, text.rstrip("\n"), None)


def f_headline_missing(d):
    b, text, gold = load(d, 74)
    del gold["sentences"][0]
    save(b, gold=gold)


def f_mixed_marks(d):
    b, text, gold = load(d, 73)
    old = '"No indication is not the same as no risk,"'
    new = "“No indication is not the same as no risk,”"
    text = text.replace(old, new, 1)
    for s in gold["sentences"]:
        s["text"] = s["text"].replace(old, new)
    save(b, text, gold)


def f_quote_in_no_quote_article(d):
    b, text, gold = load(d, 79)
    old = "a routine quarantine measure"
    new = "a “routine quarantine measure”"
    text = text.replace(old, new, 1)
    for s in gold["sentences"]:
        if old in s["text"]:
            s["text"] = s["text"].replace(old, new)
            s["content"] = [c.replace(old, new) for c in s["content"]]
    gold["quotations"] = [{"text": "routine quarantine measure", "speaker_as_written": "Fang Qiyue",
                           "resolves_to": "Fang Qiyue", "side": "China", "kind": "speech", "note": ""}]
    save(b, text, gold)


def f_too_many_undecidable(d):
    b, text, gold = load(d, 76)
    n = 0
    for s in gold["sentences"]:
        if s["sides"] == [] and n < 2:
            s["sides"] = "?"
            n += 1
    save(b, gold=gold)


def f_unclosed_quote(d):
    b, text, gold = load(d, 77)
    old = '"Pressure and sanctions have never solved the peninsula issue."'
    new = '"Pressure and sanctions have never solved the peninsula issue.'
    text = text.replace(old, new, 1)
    for s in gold["sentences"]:
        s["text"] = s["text"].replace(old, new)
    save(b, text, gold)


def f_trailing_space(d):
    b, text, gold = load(d, 75)
    i = text.index("\n")
    save(b, text[:i] + " " + text[i:], None)


FAULTS = [
    (f_delete_gold, "article without gold"),
    (f_missing_article, "expected exactly"),
    (f_extra_article, "present 2 times"),
    (f_article_field, "gold 'article'"),
    (f_split, "split must be"),
    (f_extra_key, "keys must be exactly"),
    (f_missing_quote_key, "keys must be exactly"),
    (f_sentence_altered, "not found verbatim"),
    (f_sentence_order, "not found verbatim"),
    (f_sentence_dropped, "uncovered text"),
    (f_sentence_across_paragraph, "crosses"),
    (f_content_not_substring, "not a substring"),
    (f_sided_without_content, "needs at least one content"),
    (f_empty_with_content, "must have no content"),
    (f_undecidable_with_content, "must have no content"),
    (f_bad_side_value, "sides ['Taiwan']"),
    (f_sides_order, "not one of"),
    (f_content_with_final_punct, "ends in punctuation"),
    (f_content_whole_quote_with_marks, "whole quotation"),
    (f_too_many_words, "outside 320-600"),
    (f_too_few_words, "outside 320-600"),
    (f_quote_text_changed, "parser found quotations"),
    (f_quote_dropped, "parser found quotations"),
    (f_quote_order, "parser found quotations"),
    (f_runon_closed, "parser found quotations"),
    (f_title_with_side, "titles and scare quotes"),
    (f_scare_with_speaker, "titles and scare quotes"),
    (f_bad_kind, "kind 'paraphrase'"),
    (f_speech_in_unsided_sentence, "quotation opens in sentence"),
    (f_speech_wrong_side_sentence, "quotation opens in sentence"),
    (f_speaker_not_in_text, "does not occur in the article"),
    (f_dateline_removed, "house dateline"),
    (f_wrong_house_dateline, "house dateline"),
    (f_double_blank_line, "more than one blank line"),
    (f_no_final_newline, "exactly one newline"),
    (f_headline_missing, "headline"),
    (f_mixed_marks, "mixes straight and typographic"),
    (f_quote_in_no_quote_article, "no quotation marks at all"),
    (f_too_many_undecidable, "'?' sentences"),
    (f_unclosed_quote, "never closed"),
    (f_trailing_space, "trailing whitespace"),
]


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        intact = os.path.join(tmp, "intact")
        os.mkdir(intact)
        copy_set(intact)
        rc, out = run_check(intact)
        if rc != 0:
            print("FAIL intact copy does not pass:\n" + out)
            return 1
        print("ok   intact copy passes")
        for k, (fault, expect) in enumerate(FAULTS):
            d = os.path.join(tmp, "f%02d" % k)
            os.mkdir(d)
            copy_set(d)
            fault(d)
            rc, out = run_check(d)
            if rc == 0:
                print("FAIL %-36s check.py passed a broken set" % fault.__name__)
                failures += 1
            elif expect not in out:
                print("FAIL %-36s check.py failed, but not with %r:\n%s" % (fault.__name__, expect, out))
                failures += 1
            else:
                print("ok   %-36s caught (%s)" % (fault.__name__, expect))
    print("%d faults, %d not caught as intended" % (len(FAULTS), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
