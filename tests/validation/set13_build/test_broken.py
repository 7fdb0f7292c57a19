#!/usr/bin/env python3
"""Copies the set to a temporary folder, applies deliberate faults one at a time
and requires check.py to fail on each; the intact copy must pass."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check.py")


def fresh(tmp):
    d = tempfile.mkdtemp(dir=tmp)
    for f in glob.glob(os.path.join(HERE, "1[0-9][0-9]_*")):
        shutil.copy(f, d)
    return d


def path(d, num, gold=False):
    hits = [f for f in glob.glob(os.path.join(d, "%d_*" % num))
            if f.endswith(".gold.json") == gold and (gold or f.endswith(".txt"))]
    assert len(hits) == 1, hits
    return hits[0]


def load(d, num):
    with open(path(d, num, True), encoding="utf-8") as f:
        return json.load(f)


def save(d, num, g):
    with open(path(d, num, True), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)


def rtxt(d, num):
    with open(path(d, num), encoding="utf-8") as f:
        return f.read()


def wtxt(d, num, t):
    with open(path(d, num), "w", encoding="utf-8") as f:
        f.write(t)


def first(g, pred):
    return next(i for i, s in enumerate(g["sentences"]) if pred(s))


# ------------------------------------------------------------------ faults
def f_missing_gold(d):
    os.remove(path(d, 105, True))


def f_missing_article(d):
    os.remove(path(d, 112))
    os.remove(path(d, 112, True))


def f_extra_article(d):
    t, g = rtxt(d, 105), load(d, 105)
    g["article"] = "113_extra.txt"
    with open(os.path.join(d, "113_extra.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    with open(os.path.join(d, "113_extra.gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False)


def f_extra_top_key(d):
    g = load(d, 106); g["comment"] = "x"; save(d, 106, g)


def f_wrong_split(d):
    g = load(d, 107); g["split"] = "train"; save(d, 107, g)


def f_article_field(d):
    g = load(d, 107); g["article"] = "107_other.txt"; save(d, 107, g)


def f_sentence_key_renamed(d):
    g = load(d, 110); s = g["sentences"][2]; s["label"] = s.pop("sides"); save(d, 110, g)


def f_sentence_text_changed(d):
    g = load(d, 105); g["sentences"][3]["text"] = g["sentences"][3]["text"].replace("Zhang said", "Zhang stated"); save(d, 105, g)


def f_sentences_swapped(d):
    g = load(d, 105); s = g["sentences"]; s[2], s[3] = s[3], s[2]; save(d, 105, g)


def f_content_not_substring(d):
    g = load(d, 109); i = first(g, lambda s: s["sides"] == ["United States"])
    g["sentences"][i]["content"][0] = "the batteries were harmless"; save(d, 109, g)


def f_content_on_unsided(d):
    g = load(d, 107); i = first(g, lambda s: s["sides"] == [] and "Dimaculangan said" in s["text"])
    g["sentences"][i]["content"] = ["We are not a party to this incident"]; save(d, 107, g)


def f_sided_without_content(d):
    g = load(d, 112); i = first(g, lambda s: s["sides"] == ["China"])
    g["sentences"][i]["content"] = []; save(d, 112, g)


def f_too_many_words(d):
    t, g = rtxt(d, 105), load(d, 105)
    extra = " ".join(["The spokesperson also took questions on other matters."] * 12)
    wtxt(d, 105, t + "\n" + extra + "\n")
    g["sentences"].append({"text": extra, "sides": [], "content": [], "note": ""}); save(d, 105, g)


def prefix_sentences(sents, keep):
    out, cur = [], 0
    for s in sents:
        pos = keep.find(s["text"], cur)
        if pos < 0 or keep[cur:pos].strip():
            break
        out.append(s); cur = pos + len(s["text"])
    return out


def f_too_few_words(d):
    t, g = rtxt(d, 108), load(d, 108)
    paras = t.rstrip("\n").split("\n\n")
    keep = "\n\n".join(paras[:4]) + "\n"
    wtxt(d, 108, keep)
    g["sentences"] = prefix_sentences(g["sentences"], keep); save(d, 108, g)


def f_quote_text_changed(d):
    g = load(d, 110); g["quotations"][0]["text"] = "stalled badly"; save(d, 110, g)


def f_quote_missing(d):
    g = load(d, 111); del g["quotations"][3]; save(d, 111, g)


def f_headline_quote_missing(d):
    g = load(d, 106); del g["quotations"][0]; save(d, 106, g)


def f_extra_marks_in_text(d):
    t, g = rtxt(d, 109), load(d, 109)
    i = first(g, lambda s: "According" in s["text"] or "according to a summary" in s["text"])
    old = g["sentences"][i]["text"]; new = old.replace("backup generators", "\"backup generators\"")
    wtxt(d, 109, t.replace(old, new))
    g["sentences"][i]["text"] = new
    g["sentences"][i]["content"] = [c.replace("backup generators", "\"backup generators\"") for c in g["sentences"][i]["content"]]
    save(d, 109, g)


def f_title_sided(d):
    g = load(d, 105)
    k = next(i for i, qq in enumerate(g["quotations"]) if qq["kind"] == "title")
    g["quotations"][k]["side"] = "China"; save(d, 105, g)


def f_speech_quote_in_unsided_sentence(d):
    g = load(d, 105); s = g["sentences"][3]  # "The U.S. move ..." Zhang said
    s["sides"], s["content"] = [], []; save(d, 105, g)


def f_quote_side_mismatch(d):
    g = load(d, 105)
    k = next(i for i, qq in enumerate(g["quotations"]) if qq["side"] == "United States")
    g["quotations"][k]["side"] = "China"; save(d, 105, g)


def f_no_dateline(d):
    t, g = rtxt(d, 111), load(d, 111)
    old = g["sentences"][1]["text"]; new = old.replace("BEIJING (AP) — ", "")
    wtxt(d, 111, t.replace(old, new)); g["sentences"][1]["text"] = new; save(d, 111, g)


def f_sentence_across_paragraph(d):
    g = load(d, 105); s = g["sentences"]
    s[1]["text"] = s[1]["text"] + "\n\n" + s[2]["text"]; del s[2]; save(d, 105, g)


def f_gap_text(d):
    g = load(d, 106); del g["sentences"][5]; save(d, 106, g)


def f_headline_not_first(d):
    g = load(d, 107); del g["sentences"][0]; save(d, 107, g)


def f_invalid_side(d):
    g = load(d, 107); g["sentences"][1]["sides"] = ["Taiwan"]; save(d, 107, g)


def f_both_order(d):
    g = load(d, 108); i = first(g, lambda s: s["sides"] == ["China", "United States"])
    g["sentences"][i]["sides"] = ["United States", "China"]; save(d, 108, g)


def f_too_many_unknown(d):
    g = load(d, 110); n = 0
    for s in g["sentences"]:
        if s["sides"] == [] and n < 3:
            s["sides"] = "?"; n += 1
    save(d, 110, g)


def f_speech_empty_speaker(d):
    g = load(d, 112); g["quotations"][1]["speaker_as_written"] = ""; save(d, 112, g)


def f_bad_kind(d):
    g = load(d, 112); g["quotations"][1]["kind"] = "paraphrase"; save(d, 112, g)


def f_double_blank_line(d):
    t = rtxt(d, 106); i = t.index("\n\n", t.index("\n\n") + 2); wtxt(d, 106, t[:i] + "\n" + t[i:])


def f_no_final_newline(d):
    wtxt(d, 110, rtxt(d, 110).rstrip("\n"))


def f_trailing_junk(d):
    wtxt(d, 110, rtxt(d, 110) + "\nRelated Articles\n")


def f_quote_in_no_quote_article(d):
    t, g = rtxt(d, 108), load(d, 108)
    old = g["sentences"][-2]["text"]; new = old.replace("request for comment", "“request for comment”")
    assert new != old
    wtxt(d, 108, t.replace(old, new)); g["sentences"][-2]["text"] = new
    g["quotations"].append({"text": "request for comment", "speaker_as_written": "", "resolves_to": "",
                            "side": "other", "kind": "scare", "note": ""})
    save(d, 108, g)


def f_unclosed_mark(d):
    t, g = rtxt(d, 107), load(d, 107)
    i = first(g, lambda s: "Dimaculangan said" in s["text"])
    old = g["sentences"][i]["text"]; new = old.replace("backyard,”", "backyard,")
    wtxt(d, 107, t.replace(old, new)); g["sentences"][i]["text"] = new; save(d, 107, g)


def f_stray_single_mark(d):
    t, g = rtxt(d, 112), load(d, 112)
    i = first(g, lambda s: s["text"].startswith("Several European"))
    old = g["sentences"][i]["text"]; new = old.replace("announced plans", "announced ‘plans’")
    wtxt(d, 112, t.replace(old, new)); g["sentences"][i]["text"] = new; save(d, 112, g)


def f_words_wrong_count_short_article(d):
    # remove three paragraphs from 109 and their gold so that it drops below 320 words
    t, g = rtxt(d, 109), load(d, 109)
    paras = t.rstrip("\n").split("\n\n")
    keep = "\n\n".join(paras[:6]) + "\n"
    wtxt(d, 109, keep)
    g["sentences"] = prefix_sentences(g["sentences"], keep)
    import check as C
    errs = []
    texts = [x for x, _ in C.parse_quotes(keep, errs)]
    g["quotations"] = [qq for qq in g["quotations"] if qq["text"] in texts]
    save(d, 109, g)


EXPECT = {'f_article_field': "gold 'article' field",
    'f_bad_kind': "kind 'paraphrase' invalid",
    'f_both_order': 'not one of',
    'f_content_not_substring': 'is not a substring',
    'f_content_on_unsided': 'unsided sentence',
    'f_double_blank_line': 'more than one blank line',
    'f_extra_article': 'articles present',
    'f_extra_marks_in_text': "quotation 0: text has 'backup generators'",
    'f_extra_top_key': 'top-level keys',
    'f_gap_text': 'non-whitespace text before',
    'f_headline_not_first': 'first sentence is not the headline',
    'f_headline_quote_missing': "text has 'wall against its own future'",
    'f_invalid_side': "['Taiwan'] not one of",
    'f_missing_article': 'articles present',
    'f_missing_gold': 'gold files present',
    'f_no_dateline': 'dateline',
    'f_no_final_newline': 'exactly one newline',
    'f_quote_in_no_quote_article': 'must contain no quotation marks',
    'f_quote_missing': 'quotation 3:',
    'f_quote_side_mismatch': "China quotation 'unsafe and unprofessional' opens in a sentence labelled",
    'f_quote_text_changed': "gold has 'stalled badly'",
    'f_sentence_across_paragraph': 'crosses a line/paragraph break',
    'f_sentence_key_renamed': 'sentence 2 keys',
    'f_sentence_text_changed': 'not found verbatim',
    'f_sentences_swapped': 'non-whitespace text before sentence 2',
    'f_sided_without_content': 'has no content',
    'f_speech_empty_speaker': 'needs speaker_as_written',
    'f_speech_quote_in_unsided_sentence': 'opens in a sentence labelled []',
    'f_stray_single_mark': 'single quotation mark outside a quotation',
    'f_title_sided': '(title) must be side other',
    'f_too_few_words': '135 words',
    'f_too_many_unknown': "'?' sentences",
    'f_too_many_words': 'words, outside',
    'f_trailing_junk': 'text after the last sentence',
    'f_unclosed_mark': 'unclosed quotation',
    'f_words_wrong_count_short_article': 'words, outside',
    'f_wrong_split': 'split must be'}

FAULTS = [v for k, v in sorted(globals().items()) if k.startswith("f_")]
assert set(EXPECT) == {f.__name__ for f in FAULTS}


def run(d):
    r = subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)
    return r.returncode, r.stdout


def main():
    sys.path.insert(0, HERE)
    tmp = tempfile.mkdtemp(prefix="set13_broken_")
    bad = 0
    try:
        rc, out = run(fresh(tmp))
        print("intact copy: rc=%d %s" % (rc, out.strip().splitlines()[-1]))
        if rc != 0:
            print(out)
            bad += 1
        for fn in FAULTS:
            d = fresh(tmp)
            fn(d)
            rc, out = run(d)
            first_fail = next((l for l in out.splitlines() if l.startswith("FAIL")), "")
            fails = [l for l in out.splitlines() if l.startswith("FAIL")]
            why = any(EXPECT[fn.__name__] in l for l in fails)
            status = "caught" if rc != 0 and why else ("MISSED" if rc == 0 else "WRONG-REASON")
            if status != "caught":
                bad += 1
                print(out)
            print("%-36s %s (%d FAIL lines)  %s" % (fn.__name__, status, len(fails), first_fail[:90]))
    finally:
        shutil.rmtree(tmp)
    print("%d faults, %d problem(s)" % (len(FAULTS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
