#!/usr/bin/env python3
"""Break the set on purpose, one fault at a time, and require check.py to fail.

Copies the eight articles, their gold and check.py into a temporary folder,
checks that the intact copy passes, then for each fault makes a fresh copy,
applies the fault and requires check.py to exit non-zero with the expected
error tag in its output.  Exit 0 only if every fault is caught.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def stem(folder, num):
    return glob.glob(os.path.join(folder, f"{num}_*.txt"))[0][:-4]


def load(folder, num):
    with open(stem(folder, num) + ".gold.json", encoding="utf-8") as f:
        return json.load(f)


def save(folder, num, gold):
    with open(stem(folder, num) + ".gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


def read_txt(folder, num):
    with open(stem(folder, num) + ".txt", encoding="utf-8") as f:
        return f.read()


def write_txt(folder, num, text):
    with open(stem(folder, num) + ".txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def edit_gold(num, fn):
    def apply(folder):
        g = load(folder, num)
        fn(g)
        save(folder, num, g)
    return apply


def first(gold, pred):
    return next(i for i, s in enumerate(gold["sentences"]) if pred(s))


# --- faults -------------------------------------------------------------------
def f_missing_gold(folder):
    os.remove(stem(folder, 140) + ".gold.json")


def f_extra_article(folder):
    s = stem(folder, 144)
    shutil.copy(s + ".txt", os.path.join(folder, "145_extra.txt"))
    g = load(folder, 144)
    g["article"] = "145_extra.txt"
    with open(os.path.join(folder, "145_extra.gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False)


def f_gold_names_other_article(g):
    g["article"] = "999_wrong.txt"


def f_sentence_changed(g):
    g["sentences"][3]["text"] = g["sentences"][3]["text"].replace("the", "teh", 1)


def f_sentences_swapped(g):
    s = g["sentences"]
    s[3], s[4] = s[4], s[3]


def f_sentence_dropped(g):
    i = [k for k, s in enumerate(g["sentences"]) if s["sides"] == [] and k > 0][1]
    del g["sentences"][i]


def f_across_paragraph(folder):
    # merge the last sentence of paragraph 2 with the first of paragraph 3,
    # in the gold, keeping the blank line: the merged text still occurs verbatim
    text = read_txt(folder, 139)
    paras = text.split("\n\n")
    g = load(folder, 139)
    sents = g["sentences"]
    i = next(k for k, s in enumerate(sents) if paras[2].endswith(s["text"]))
    merged = sents[i]["text"] + "\n\n" + sents[i + 1]["text"]
    assert merged in text
    sents[i]["text"] = merged
    del sents[i + 1]
    save(folder, 139, g)


def f_headline_dropped(g):
    del g["sentences"][0]


def f_content_not_substring(g):
    i = first(g, lambda s: s["sides"] == ["China"])
    g["sentences"][i]["content"] = ["words that are not in the sentence"]


def f_sided_no_content(g):
    i = first(g, lambda s: s["sides"] == ["United States"])
    g["sentences"][i]["content"] = []


def f_neutral_with_content(g):
    i = first(g, lambda s: s["sides"] == [] and len(s["text"]) > 40)
    g["sentences"][i]["content"] = [g["sentences"][i]["text"][:20].strip()]


def f_qmark_with_content(g):
    i = first(g, lambda s: s["sides"] == "?")
    g["sentences"][i]["content"] = [g["sentences"][i]["text"][:10].strip()]


def f_content_cuts_quote(g):
    i = first(g, lambda s: "“" in s["text"] and s["sides"] != [] and s["sides"] != "?")
    t = g["sentences"][i]["text"]
    g["sentences"][i]["content"] = [t[: t.index("“") + 5]]


def f_bad_side_value(g):
    g["sentences"][2]["sides"] = ["US"]


def f_extra_key(g):
    g["sentences"][1]["speaker"] = "x"


def f_missing_note(g):
    del g["quotations"][0]["note"]


def f_wrong_split(g):
    g["split"] = "train"


def f_top_key_order(g):
    g["quotations"], g["sentences"] = g["sentences"], g["quotations"]  # values swapped
    items = list(g.items())
    g.clear()
    g.update(items[::-1])


def f_too_long(folder):
    text = read_txt(folder, 137)
    extra = ("Industry executives in Tokyo said the outlook for the rest of the year "
             "remained uncertain for equipment makers with large exposure to China. ") * 14
    extra = extra.strip()
    write_txt(folder, 137, text + "\n" + extra + "\n")
    g = load(folder, 137)
    g["sentences"].append({"text": extra, "sides": [], "content": [], "note": "padding"})
    save(folder, 137, g)


def f_too_short(folder):
    text = read_txt(folder, 140)
    paras = text.split("\n\n")
    keep = "\n\n".join(paras[:4]) + "\n"       # headline + 3 paragraphs
    write_txt(folder, 140, keep)
    g = load(folder, 140)
    g["sentences"] = [s for s in g["sentences"] if s["text"] in keep]
    g["quotations"] = g["quotations"][:2]
    save(folder, 140, g)


def f_quote_text_changed(g):
    q = next(q for q in g["quotations"] if q["kind"] == "speech")
    q["text"] = q["text"].rstrip(",.")          # drops the comma inside the mark


def f_quote_dropped(g):
    del g["quotations"][3]


def f_quotes_swapped(g):
    q = g["quotations"]
    q[1], q[2] = q[2], q[1]


def f_title_with_side(g):
    q = next(q for q in g["quotations"] if q["kind"] == "title")
    q["side"] = "United States"


def f_scare_with_speaker(g):
    q = next(q for q in g["quotations"] if q["kind"] == "scare")
    q["speaker_as_written"] = "Xinhua"


def f_china_quote_in_neutral_sentence(folder):
    g = load(folder, 138)
    # the sentence in which Lin's first quotation opens
    i = first(g, lambda s: s["text"].startswith("“Mr. Okafor is suspected"))
    g["sentences"][i]["sides"] = []
    g["sentences"][i]["content"] = []
    save(folder, 138, g)


def f_us_quote_labelled_china(g):
    i = first(g, lambda s: s["text"].startswith("\"If you run critical infrastructure"))
    g["sentences"][i]["sides"] = ["China"]


def f_speaker_not_in_text(g):
    q = next(q for q in g["quotations"] if q["kind"] == "speech")
    q["speaker_as_written"] = "Zhang Wei"


def f_too_many_qmarks(g):
    n = 0
    for s in g["sentences"]:
        if s["sides"] == [] and n < 3:
            s["sides"] = "?"
            n += 1


def f_few_speech_quotes(g):
    g["quotations"] = [dict(q, kind="scare", side="other", speaker_as_written="", resolves_to="")
                       if k > 2 else q for k, q in enumerate(g["quotations"])]


def f_no_dateline(folder):
    text = read_txt(folder, 144)
    g = load(folder, 144)
    old = "WASHINGTON (AP) — "
    write_txt(folder, 144, text.replace(old, "", 1))
    s = g["sentences"][1]
    s["text"] = s["text"].replace(old, "", 1)
    save(folder, 144, g)


def f_double_blank_line(folder):
    text = read_txt(folder, 142)
    write_txt(folder, 142, text.replace("\n\n", "\n\n\n", 3).replace("\n\n\n", "\n\n", 2))


def f_no_final_newline(folder):
    write_txt(folder, 143, read_txt(folder, 143).rstrip("\n"))


def f_unclosed_quote(folder):
    # drop a closing mark consistently from text, sentence and quotation
    text = read_txt(folder, 141)
    g = load(folder, 141)
    old = "“no information” to offer"
    new = "“no information to offer"
    write_txt(folder, 141, text.replace(old, new))
    for s in g["sentences"]:
        s["text"] = s["text"].replace(old, new)
        s["content"] = [c.replace(old, new) for c in s["content"]]
    save(folder, 141, g)


def f_mixed_marks(folder):
    text = read_txt(folder, 139)
    g = load(folder, 139)
    old, new = "“closely monitoring”", "\"closely monitoring\""
    write_txt(folder, 139, text.replace(old, new))
    for s in g["sentences"]:
        s["text"] = s["text"].replace(old, new)
        s["content"] = [c.replace(old, new) for c in s["content"]]
    save(folder, 139, g)


def f_stray_single_mark(folder):
    text = read_txt(folder, 142)
    g = load(folder, 142)
    old, new = "He declined to say", "He declined to say 'officially'"
    write_txt(folder, 142, text.replace(old, new))
    for s in g["sentences"]:
        s["text"] = s["text"].replace(old, new)
    save(folder, 142, g)


def f_crlf(folder):
    write_txt(folder, 137, read_txt(folder, 137).replace("\n", "\r\n"))


FAULTS = [
    ("missing gold file", f_missing_gold, "[files]"),
    ("extra article 145", f_extra_article, "[files]"),
    ("gold names another article", edit_gold(137, f_gold_names_other_article), "[files]"),
    ("sentence text altered", edit_gold(138, f_sentence_changed), "[verbatim]"),
    ("two sentences swapped", edit_gold(139, f_sentences_swapped), "[order]"),
    ("sentence dropped", edit_gold(140, f_sentence_dropped), "[coverage]"),
    ("sentence across paragraph break", f_across_paragraph, "[paragraph]"),
    ("headline not first", edit_gold(141, f_headline_dropped), "[headline]"),
    ("content not a substring", edit_gold(142, f_content_not_substring), "[content]"),
    ("sided sentence without content", edit_gold(143, f_sided_no_content), "[content]"),
    ("[] sentence with content", edit_gold(144, f_neutral_with_content), "[content]"),
    ("'?' sentence with content", edit_gold(137, f_qmark_with_content), "[content]"),
    ("content cuts a quotation", edit_gold(138, f_content_cuts_quote), "[content]"),
    ("bad sides value", edit_gold(139, f_bad_side_value), "[schema]"),
    ("extra sentence key", edit_gold(140, f_extra_key), "[schema]"),
    ("missing quotation key", edit_gold(141, f_missing_note), "[schema]"),
    ("wrong split", edit_gold(142, f_wrong_split), "[schema]"),
    ("top-level keys reordered", edit_gold(143, f_top_key_order), "[schema]"),
    ("article too long", f_too_long, "[words]"),
    ("article too short", f_too_short, "[words]"),
    ("quotation text altered", edit_gold(144, f_quote_text_changed), "[quotes]"),
    ("quotation dropped", edit_gold(137, f_quote_dropped), "[quotes]"),
    ("quotations swapped", edit_gold(138, f_quotes_swapped), "[quotes]"),
    ("title given a side", edit_gold(142, f_title_with_side), "[kind]"),
    ("scare quote given a speaker", edit_gold(143, f_scare_with_speaker), "[kind]"),
    ("China quotation in a [] sentence", f_china_quote_in_neutral_sentence, "[side-sentence]"),
    ("US quotation in a China sentence", edit_gold(144, f_us_quote_labelled_china), "[side-sentence]"),
    ("speaker not in article", edit_gold(140, f_speaker_not_in_text), "[speaker]"),
    ("three '?' sentences", edit_gold(141, f_too_many_qmarks), "[qmark]"),
    ("fewer than 5 speech quotations", edit_gold(139, f_few_speech_quotes), "[quotes-min]"),
    ("dateline removed", f_no_dateline, "[dateline]"),
    ("double blank line", f_double_blank_line, "[layout]"),
    ("no final newline", f_no_final_newline, "[layout]"),
    ("CRLF line ends", f_crlf, "[layout]"),
    ("unclosed quotation", f_unclosed_quote, "[quotes]"),
    ("straight and typographic marks mixed", f_mixed_marks, "[marks]"),
    ("single mark outside a quotation", f_stray_single_mark, "[marks]"),
]


def fresh_copy(tmp, name):
    d = os.path.join(tmp, name)
    os.makedirs(d)
    for p in glob.glob(os.path.join(HERE, "1[0-9][0-9]_*")):
        shutil.copy(p, d)
    shutil.copy(os.path.join(HERE, "check.py"), d)
    return d


def run_check(d):
    r = subprocess.run([sys.executable, os.path.join(d, "check.py"), d],
                       capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        d = fresh_copy(tmp, "intact")
        rc, out = run_check(d)
        ok = rc == 0
        print(f"{'PASS' if ok else 'FAIL'}  intact copy passes (rc={rc})")
        if not ok:
            print(out)
            failures += 1
        for k, (label, fault, tag) in enumerate(FAULTS):
            d = fresh_copy(tmp, f"fault{k:02d}")
            fault(d)
            rc, out = run_check(d)
            caught = rc != 0 and tag in out
            print(f"{'PASS' if caught else 'FAIL'}  {label}: rc={rc}, expects {tag}")
            if not caught:
                print("      " + out.replace("\n", "\n      "))
                failures += 1
    print(f"{len(FAULTS)} faults, {failures} not caught")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
