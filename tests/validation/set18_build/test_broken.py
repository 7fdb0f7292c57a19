"""Applies deliberate faults, one at a time, to temporary copies of the set and checks that
check.py fails on each with the expected error code; the intact copy must pass."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check.py")


def base(num):
    return os.path.basename(glob.glob(os.path.join(HERE, "%03d_*.txt" % num))[0])[:-4]


def rd(d, name):
    return open(os.path.join(d, name), encoding="utf-8").read()


def wr(d, name, s):
    with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
        f.write(s)


def gold(d, num):
    return json.loads(rd(d, base(num) + ".gold.json"))


def put_gold(d, num, g):
    wr(d, base(num) + ".gold.json", json.dumps(g, ensure_ascii=False, indent=1) + "\n")


def txt(d, num):
    return rd(d, base(num) + ".txt")


def put_txt(d, num, s):
    wr(d, base(num) + ".txt", s)


def both_replace(d, num, old, new):
    """Replace a string (no straight double quotes) in the text and in every gold string."""
    t = txt(d, num)
    assert old in t, old
    put_txt(d, num, t.replace(old, new))
    g = gold(d, num)

    def fix(x):
        if isinstance(x, str):
            return x.replace(old, new)
        if isinstance(x, list):
            return [fix(y) for y in x]
        if isinstance(x, dict):
            return {k: fix(v) for k, v in x.items()}
        return x
    put_gold(d, num, fix(g))


def first_sent(g, pred):
    for i, s in enumerate(g["sentences"]):
        if pred(s):
            return i
    raise AssertionError("no sentence matches")


# ------------------------------------------------------------------ faults
def f_cr(d):
    put_txt(d, 145, txt(d, 145).replace("\n", "\r\n", 1))


def f_tab(d):
    put_txt(d, 146, txt(d, 146).replace(" ", "\t", 1))


def f_no_final_newline(d):
    put_txt(d, 147, txt(d, 147).rstrip("\n"))


def f_double_final_newline(d):
    put_txt(d, 148, txt(d, 148) + "\n")


def f_two_blank_lines(d):
    t = txt(d, 149)
    i = t.index("\n\n", t.index("\n\n") + 2)
    put_txt(d, 149, t[:i] + "\n" + t[i:])


def f_line2_not_blank(d):
    t = txt(d, 150)
    put_txt(d, 150, t.replace("\n\n", "\n", 1))


def f_dateline_removed(d):
    both_replace(d, 145, "BEIJING, Sept. 25 (Xinhua) -- ", "")


def f_gold_key_order(d):
    g = gold(d, 151)
    g2 = {"split": g["split"], "article": g["article"], "house_style": g["house_style"],
          "sentences": g["sentences"], "quotations": g["quotations"]}
    put_gold(d, 151, g2)


def f_split_value(d):
    g = gold(d, 152)
    g["split"] = "train"
    put_gold(d, 152, g)


def f_article_name(d):
    g = gold(d, 145)
    g["article"] = "145_wrong.txt"
    put_gold(d, 145, g)


def f_sentence_altered(d):
    g = gold(d, 146)
    g["sentences"][3]["text"] = g["sentences"][3]["text"].replace("Brandt", "Brant")
    put_gold(d, 146, g)


def f_sentence_dropped(d):
    g = gold(d, 147)
    del g["sentences"][4]
    put_gold(d, 147, g)


def f_sentence_across_paragraphs(d):
    g = gold(d, 148)
    s = g["sentences"]
    i = first_sent(g, lambda x: x["text"].startswith("The email was two"))
    s[i]["text"] = s[i]["text"] + "\n\n" + s[i + 1]["text"]
    del s[i + 1]
    put_gold(d, 148, g)


def f_sides_invalid(d):
    g = gold(d, 149)
    g["sentences"][2]["sides"] = ["Taiwan"]
    put_gold(d, 149, g)


def f_content_not_substring(d):
    g = gold(d, 150)
    i = first_sent(g, lambda x: x["sides"] == ["United States"])
    g["sentences"][i]["content"] = ["words that are not in the sentence"]
    put_gold(d, 150, g)


def f_content_for_narrator(d):
    g = gold(d, 151)
    i = first_sent(g, lambda x: x["sides"] == [] and len(x["text"]) > 30)
    g["sentences"][i]["content"] = [g["sentences"][i]["text"][:20]]
    put_gold(d, 151, g)


def f_content_empty_for_sided(d):
    g = gold(d, 152)
    i = first_sent(g, lambda x: x["sides"] == ["China"])
    g["sentences"][i]["content"] = []
    put_gold(d, 152, g)


def f_empty_note(d):
    g = gold(d, 145)
    g["sentences"][5]["note"] = "  "
    put_gold(d, 145, g)


def f_content_cuts_quote(d):
    g = gold(d, 146)
    i = first_sent(g, lambda x: x["text"].startswith("“We assess"))
    g["sentences"][i]["content"] = ["We assess with high confidence"]
    put_gold(d, 146, g)


def f_quote_dropped(d):
    g = gold(d, 147)
    del g["quotations"][3]
    put_gold(d, 147, g)


def f_quote_text_altered(d):
    g = gold(d, 148)
    g["quotations"][2]["text"] = g["quotations"][2]["text"] + " extra"
    put_gold(d, 148, g)


def f_speech_no_speaker(d):
    g = gold(d, 149)
    k = next(i for i, q in enumerate(g["quotations"]) if q["kind"] == "speech")
    g["quotations"][k]["speaker_as_written"] = ""
    put_gold(d, 149, g)


def f_china_quote_in_narrator_sentence(d):
    g = gold(d, 150)
    i = first_sent(g, lambda x: x["text"].startswith("The Chinese Embassy in Washington said"))
    g["sentences"][i]["sides"] = []
    g["sentences"][i]["content"] = []
    put_gold(d, 150, g)


def f_us_quote_in_china_sentence(d):
    g = gold(d, 151)
    i = first_sent(g, lambda x: x["text"].startswith("The US Defense Security"))
    g["sentences"][i]["sides"] = ["China"]
    put_gold(d, 151, g)


def f_kind_invalid(d):
    g = gold(d, 152)
    g["quotations"][1]["kind"] = "paraphrase"
    put_gold(d, 152, g)


def f_title_with_speaker(d):
    g = gold(d, 146)
    k = next(i for i, q in enumerate(g["quotations"]) if q["kind"] == "title")
    g["quotations"][k]["speaker_as_written"] = "Larkspur Security"
    put_gold(d, 146, g)


def f_too_many_words(d):
    t = txt(d, 145)
    extra = "Padding " + " ".join(["word"] * 300) + "."
    i = t.rindex("\n\nEnditem")
    put_txt(d, 145, t[:i] + "\n\n" + extra + t[i:])
    g = gold(d, 145)
    g["sentences"].insert(len(g["sentences"]) - 1, {"text": extra, "sides": [], "content": [], "note": "pad"})
    put_gold(d, 145, g)


def f_too_few_words(d):
    t = txt(d, 147)
    g = gold(d, 147)
    # cut the text down to headline + first paragraph, and the gold to match
    paras = t.rstrip("\n").split("\n\n")
    keep = paras[:2]
    put_txt(d, 147, "\n\n".join(keep) + "\n")
    n = 1 + 1  # headline + one sentence in the first paragraph
    g["sentences"] = g["sentences"][:n]
    g["quotations"] = g["quotations"][:2]
    put_gold(d, 147, g)


def f_mixed_marks(d):
    both_replace(d, 148, "parents’ apartment", "parents' apartment")


def f_too_many_question_marks(d):
    for old in ["Nobody called.", "My adviser wrote letters.", "My department wrote letters."]:
        both_replace(d, 148, old, old[:-1] + "?")


def f_too_few_speech(d):
    g = gold(d, 149)
    n = 0
    for q in g["quotations"]:
        if q["kind"] == "speech":
            n += 1
            if n > 4:
                q.update(kind="scare", speaker_as_written="", resolves_to="", side="other")
    put_gold(d, 149, g)


def f_real_name(d):
    both_replace(d, 146, "Laura Brandt", "John Kirby")


def f_split_after_abbreviation(d):
    g = gold(d, 150)
    i = first_sent(g, lambda x: x["text"].startswith("Rep. Gordon"))
    s = g["sentences"][i]
    a, b = "Rep.", s["text"][5:]
    g["sentences"][i:i + 1] = [{"text": a, "sides": [], "content": [], "note": "x"},
                               {"text": b, "sides": s["sides"], "content": s["content"], "note": s["note"]}]
    put_gold(d, 150, g)


def f_merged_sentences(d):
    g = gold(d, 151)
    i = first_sent(g, lambda x: x["text"].startswith("Chinese Foreign Ministry spokesperson Xu"))
    s, t = g["sentences"][i], g["sentences"][i + 1]
    s["text"] = s["text"] + " " + t["text"]
    s["content"] = s["content"] + t["content"]
    del g["sentences"][i + 1]
    put_gold(d, 151, g)


def f_too_many_undecidable(d):
    g = gold(d, 152)
    n = 0
    for s in g["sentences"]:
        if s["sides"] == [] and n < 3:
            s["sides"] = "?"
            n += 1
    put_gold(d, 152, g)


def f_unbalanced_mark(d):
    both_replace(d, 146, "in a crisis,” Deputy", "in a crisis, Deputy")


def f_extra_gold_key(d):
    g = gold(d, 145)
    g["extra"] = 1
    put_gold(d, 145, g)


def f_missing_gold(d):
    os.remove(os.path.join(d, base(147) + ".gold.json"))


def f_speaker_not_in_text(d):
    g = gold(d, 151)
    k = next(i for i, q in enumerate(g["quotations"]) if q["speaker_as_written"] == "Zhang")
    g["quotations"][k]["speaker_as_written"] = "Wang Lei"
    put_gold(d, 151, g)


def f_runon_broken(d):
    both_replace(d, 148, "\n\n“My adviser", "\n\nMy adviser")


def f_quote_side_invalid(d):
    g = gold(d, 152)
    g["quotations"][0]["side"] = "Taiwan"
    put_gold(d, 152, g)


def f_straight_article_typographic_apostrophe(d):
    both_replace(d, 149, "China's commerce ministry", "China’s commerce ministry")


def f_stray_article(d):
    shutil.copy(os.path.join(d, base(145) + ".txt"), os.path.join(d, "153_extra.txt"))


def f_headline_quote_missing(d):
    g = gold(d, 147)
    del g["quotations"][0]
    put_gold(d, 147, g)


def f_double_space(d):
    t = txt(d, 146)
    assert "at this time. The companies" in t
    put_txt(d, 146, t.replace("at this time. The companies", "at this time.  The companies", 1))


def f_headline_not_first(d):
    g = gold(d, 150)
    s = g["sentences"]
    s[0], s[1] = s[1], s[0]
    put_gold(d, 150, g)


def f_sentence_lowercase_start(d):
    g = gold(d, 145)
    i = first_sent(g, lambda x: x["text"].startswith("The spokesperson rejected"))
    s = g["sentences"][i]
    # split "Gao rejected the claim, calling it ..." after the comma
    k = s["text"].index(", calling") + 1
    a, b = s["text"][:k], s["text"][k + 1:]
    g["sentences"][i:i + 1] = [{"text": a, "sides": ["China"], "content": ["rejected the claim"], "note": "x"},
                               {"text": b, "sides": ["China"], "content": ["a story told backwards."],
                                "note": "x"}]
    put_gold(d, 145, g)


def f_wrong_house_dateline(d):
    both_replace(d, 149, "BEIJING, Oct 9 (Reuters) - ", "BEIJING, Oct. 9 (Xinhua) -- ")


def f_sides_not_list(d):
    g = gold(d, 146)
    g["sentences"][1]["sides"] = "United States"
    put_gold(d, 146, g)


FAULTS = [
    (f_cr, "cr"), (f_tab, "tab"), (f_no_final_newline, "final-newline"),
    (f_double_final_newline, "final-newline"), (f_two_blank_lines, "layout"), (f_line2_not_blank, "layout"),
    (f_dateline_removed, "dateline"), (f_gold_key_order, "keys"), (f_split_value, "split-field"),
    (f_article_name, "article"), (f_sentence_altered, "coverage"), (f_sentence_dropped, "coverage"),
    (f_sentence_across_paragraphs, "coverage"), (f_sides_invalid, "sides"),
    (f_content_not_substring, "content"), (f_content_for_narrator, "content"),
    (f_content_empty_for_sided, "content"), (f_empty_note, "note"), (f_content_cuts_quote, "content-cut"),
    (f_quote_dropped, "quote-list"), (f_quote_text_altered, "quote-list"), (f_speech_no_speaker, "speaker"),
    (f_china_quote_in_narrator_sentence, "quote-side"), (f_us_quote_in_china_sentence, "quote-side"),
    (f_kind_invalid, "kind"), (f_title_with_speaker, "speaker"), (f_too_many_words, "words"),
    (f_too_few_words, "words"), (f_mixed_marks, "marks-mixed"), (f_too_many_question_marks, "questions"),
    (f_too_few_speech, "min-speech"), (f_real_name, "real-name"), (f_split_after_abbreviation, "split"),
    (f_merged_sentences, "split"), (f_too_many_undecidable, "undecidable"),
    (f_unbalanced_mark, "marks-unbalanced"), (f_extra_gold_key, "keys"), (f_missing_gold, "files"),
    (f_speaker_not_in_text, "speaker-text"), (f_runon_broken, "marks-unbalanced"),
    (f_quote_side_invalid, "side"), (f_straight_article_typographic_apostrophe, "marks-mixed"),
    (f_stray_article, "files"), (f_headline_quote_missing, "quote-list"), (f_double_space, "coverage"),
    (f_headline_not_first, "coverage"), (f_sentence_lowercase_start, "split"),
    (f_wrong_house_dateline, "dateline"), (f_sides_not_list, "sides"),
]


def copy_set(dst):
    for p in glob.glob(os.path.join(HERE, "1[0-9][0-9]_*")):
        shutil.copy(p, dst)


def run(d):
    r = subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def main():
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        copy_set(d)
        rc, out = run(d)
        if rc != 0:
            print("intact copy FAILS check.py:\n" + out)
            return 1
        print("intact copy passes")
    for fn, code in FAULTS:
        with tempfile.TemporaryDirectory() as d:
            copy_set(d)
            try:
                fn(d)
            except Exception as e:  # a fault that cannot be applied is a failure of this test
                print("MISS %-45s could not apply fault: %r" % (fn.__name__, e))
                bad += 1
                continue
            rc, out = run(d)
            hit = rc != 0 and ("[%s]" % code) in out
            print("%-4s %-45s expects [%s]" % ("ok" if hit else "MISS", fn.__name__, code))
            if not hit:
                bad += 1
                print("     rc=%d\n     %s" % (rc, out.strip().replace("\n", "\n     ")[:800]))
    print("%d faults, %d missed" % (len(FAULTS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
