#!/usr/bin/env python3
"""Fault injection for check.py.

Copies the set (texts, gold, check.py) to a temporary folder, requires the intact copy to pass, then
applies each fault to a fresh copy, one at a time, and requires check.py to fail with the expected tag.
Exit 0 only if every fault is caught and the intact copy passes.
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


def fresh_copy(tmp):
    d = tempfile.mkdtemp(dir=tmp)
    for p in [p for p in glob.glob(os.path.join(DATA, "*.txt")) if 65 <= int(os.path.basename(p)[:2]) <= 72] + [p for p in glob.glob(os.path.join(DATA, "*.gold.json")) if 65 <= int(os.path.basename(p)[:2]) <= 72]:
        shutil.copy(p, d)
    shutil.copy(os.path.join(HERE, "check.py"), d)
    return d


def run_check(d):
    r = subprocess.run([sys.executable, os.path.join(d, "check.py"), d], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def path(d, num, ext):
    [p] = glob.glob(os.path.join(d, "%d_*%s" % (num, ext)))
    return p


def load(d, num):
    return json.load(open(path(d, num, ".gold.json"), encoding="utf-8"))


def save(d, num, g):
    json.dump(g, open(path(d, num, ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def read_txt(d, num):
    return open(path(d, num, ".txt"), encoding="utf-8").read()


def write_txt(d, num, t):
    open(path(d, num, ".txt"), "w", encoding="utf-8", newline="\n").write(t)


def replace_both(d, num, old, new):
    """Apply the same edit to the text and to every gold sentence/quotation text (keeps them in step)."""
    t = read_txt(d, num)
    assert old in t, old
    write_txt(d, num, t.replace(old, new, 1))
    g = load(d, num)
    done = False
    for s in g["sentences"]:
        if not done and old in s["text"]:
            s["text"] = s["text"].replace(old, new, 1)
            s["content"] = [c.replace(old, new, 1) for c in s["content"]]
            done = True
    save(d, num, g)
    return g


# ---------------------------------------------------------------- faults
def f_missing_gold(d):
    os.remove(path(d, 66, ".gold.json"))


def f_extra_article(d):
    t, g = path(d, 65, ".txt"), path(d, 65, ".gold.json")
    shutil.copy(t, os.path.join(d, "66_extra.txt"))
    shutil.copy(g, os.path.join(d, "66_extra.gold.json"))


def f_extra_sentence_key(d):
    g = load(d, 67); g["sentences"][3]["speaker"] = "x"; save(d, 67, g)


def f_missing_quote_key(d):
    g = load(d, 68); del g["quotations"][0]["kind"]; save(d, 68, g)


def f_bad_side_value(d):
    g = load(d, 71); g["sentences"][-3]["sides"] = ["Taiwan"]; save(d, 71, g)


def f_bad_split(d):
    g = load(d, 69); g["split"] = "train"; save(d, 69, g)


def f_sentence_not_verbatim(d):
    g = load(d, 65); s = g["sentences"][4]; s["text"] = s["text"].replace("12 months", "twelve months"); s["content"] = []
    s["sides"] = []; save(d, 65, g)


def f_sentences_swapped(d):
    g = load(d, 66); ss = g["sentences"]; ss[3], ss[4] = ss[4], ss[3]; save(d, 66, g)


def f_sentence_dropped(d):
    g = load(d, 72); del g["sentences"][2]; save(d, 72, g)


def f_sentence_across_paragraphs(d):
    g = load(d, 67); ss = g["sentences"]
    ss[1]["text"] = ss[1]["text"] + "\n\n" + ss[2]["text"]
    ss[1]["content"] += ss[2]["content"]; ss[1]["sides"] = ["China", "United States"]
    del ss[2]; save(d, 67, g)


def f_headline_missing(d):
    g = load(d, 70); del g["sentences"][0]; save(d, 70, g)


def f_content_not_substring(d):
    g = load(d, 69); g["sentences"][3]["content"] = ["the US side is wrong"]; save(d, 69, g)


def f_sided_without_content(d):
    g = load(d, 71); [s for s in g["sentences"] if s["sides"] == ["China"]][0]["content"] = []; save(d, 71, g)


def f_unsided_with_content(d):
    g = load(d, 65); s = [s for s in g["sentences"] if s["sides"] == []][1]; s["content"] = [s["text"][:20]]
    save(d, 65, g)


def f_too_many_words(d):
    t = read_txt(d, 68)
    last = load(d, 68)["sentences"][-1]["text"]
    replace_both(d, 68, last, last + " Extra" * 250)


def f_no_dateline(d):
    replace_both(d, 65, "BEIJING, March 3 (Reuters) - China’s", "China’s")


def f_double_blank_line(d):
    t = read_txt(d, 66); i = t.index("\n\n", t.index("\n\n") + 2); write_txt(d, 66, t[:i] + "\n" + t[i:])


def f_no_final_newline(d):
    write_txt(d, 72, read_txt(d, 72).rstrip("\n"))


def f_quote_text_altered(d):
    g = load(d, 70); g["quotations"][3]["text"] = g["quotations"][3]["text"].replace("Medicaid", "welfare")
    save(d, 70, g)


def f_quote_record_removed(d):
    g = load(d, 66); del g["quotations"][5]; save(d, 66, g)


def f_closing_mark_removed(d):
    replace_both(d, 67, "“professional and restrained” manner", "“professional and restrained manner")


def f_runon_reopen_removed(d):
    replace_both(d, 70, "“We are not going to subsidize", "We are not going to subsidize")


def f_china_quote_in_unsided_sentence(d):
    g = load(d, 68); s = g["sentences"][4]
    assert "Ma Zhiyuan" in s["text"]
    s["sides"] = []; s["content"] = []; save(d, 68, g)


def f_us_quote_in_china_sentence(d):
    g = load(d, 69)
    for s in g["sentences"]:
        if "found inadmissible" in s["text"]:
            s["sides"] = ["China"]
    save(d, 69, g)


def f_title_with_side(d):
    g = load(d, 71); q = [q for q in g["quotations"] if q["kind"] == "title"][0]; q["side"] = "China"; save(d, 71, g)


def f_scare_with_speaker(d):
    g = load(d, 66); q = [q for q in g["quotations"] if q["kind"] == "scare"][0]; q["speaker_as_written"] = "Beijing"
    save(d, 66, g)


def f_speech_without_speaker(d):
    g = load(d, 72); g["quotations"][1]["speaker_as_written"] = ""; save(d, 72, g)


def f_straight_quote_in_typographic(d):
    g = replace_both(d, 65, "“substantial damage”", "\"substantial damage\"")


def f_curly_quote_in_ap(d):
    replace_both(d, 72, "\"vigorously defend\"", "“vigorously defend”")


def f_too_many_undecided(d):
    g = load(d, 71)
    n = 0
    for s in g["sentences"]:
        if s["sides"] == [] and n < 3:
            s["sides"] = "?"; n += 1
    save(d, 71, g)


def f_china_voice_in_ap(d):
    g = load(d, 72); s = g["sentences"][-1]; s["sides"] = ["China"]; s["content"] = ["did not respond"]; save(d, 72, g)


def f_too_few_quotes(d):
    g = load(d, 65)
    for q in g["quotations"][2:]:
        q.update(kind="scare", side="other", speaker_as_written="", resolves_to="")
    save(d, 65, g)


def f_gold_article_field(d):
    g = load(d, 67); g["article"] = "67_other.txt"; save(d, 67, g)


FAULTS = [
    (f_missing_gold, "[files]"),
    (f_extra_article, "[files]"),
    (f_extra_sentence_key, "[schema]"),
    (f_missing_quote_key, "[schema]"),
    (f_bad_side_value, "[schema]"),
    (f_bad_split, "[schema]"),
    (f_gold_article_field, "[schema]"),
    (f_sentence_not_verbatim, "[cover]"),
    (f_sentences_swapped, "[cover]"),
    (f_sentence_dropped, "[cover]"),
    (f_sentence_across_paragraphs, "[cover]"),
    (f_headline_missing, "[headline]"),
    (f_content_not_substring, "[content]"),
    (f_sided_without_content, "[content]"),
    (f_unsided_with_content, "[content]"),
    (f_too_many_words, "[words]"),
    (f_no_dateline, "[dateline]"),
    (f_double_blank_line, "[layout]"),
    (f_no_final_newline, "[layout]"),
    (f_quote_text_altered, "[quote-text]"),
    (f_quote_record_removed, "[quote-text]"),
    (f_closing_mark_removed, "[quote-parse]"),
    (f_runon_reopen_removed, "[quote-parse]"),
    (f_china_quote_in_unsided_sentence, "[quote-side]"),
    (f_us_quote_in_china_sentence, "[quote-side]"),
    (f_title_with_side, "[title-scare]"),
    (f_scare_with_speaker, "[title-scare]"),
    (f_speech_without_speaker, "[speaker]"),
    (f_straight_quote_in_typographic, "[quote-style]"),
    (f_curly_quote_in_ap, "[quote-style]"),
    (f_too_many_undecided, "[undecided]"),
    (f_china_voice_in_ap, "[us-only]"),
    (f_too_few_quotes, "[min-quotes]"),
]


def main():
    tmp = tempfile.mkdtemp(prefix="set8_broken_")
    ok = True
    try:
        rc, out = run_check(fresh_copy(tmp))
        print("intact copy: rc=%d %s" % (rc, "PASS" if rc == 0 else "FAIL\n" + out))
        ok &= rc == 0
        for fn, tag in FAULTS:
            d = fresh_copy(tmp)
            fn(d)
            rc, out = run_check(d)
            caught = rc != 0 and tag in out
            ok &= caught
            print("%-40s %-15s %s" % (fn.__name__, tag, "caught" if caught else "MISSED\n" + out))
    finally:
        shutil.rmtree(tmp)
    print("%d faults; %s" % (len(FAULTS), "all caught" if ok else "SOME MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
