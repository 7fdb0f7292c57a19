"""Apply deliberate faults, one at a time, to temporary copies of the set; check.py must fail on each
and pass on the intact copy.  Run: python3 test_broken.py"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check.py")


def files(d, num):
    t = glob.glob(os.path.join(d, "%d_*.txt" % num))[0]
    return t, t[:-4] + ".gold.json"


def load(d, num):
    t, g = files(d, num)
    with open(t, encoding="utf-8") as f:
        text = f.read()
    with open(g, encoding="utf-8") as f:
        gold = json.load(f)
    return text, gold


def save(d, num, text=None, gold=None, raw_gold=None):
    t, g = files(d, num)
    if text is not None:
        with open(t, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    if gold is not None:
        with open(g, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
    if raw_gold is not None:
        with open(g, "w", encoding="utf-8") as f:
            f.write(raw_gold)


def replace_all(d, num, old, new):
    """Replace a string consistently in the text and in every gold string."""
    text, gold = load(d, num)
    assert old in text, old

    def fix(x):
        if isinstance(x, str):
            return x.replace(old, new)
        if isinstance(x, list):
            return [fix(v) for v in x]
        if isinstance(x, dict):
            return {k: fix(v) for k, v in x.items()}
        return x
    save(d, num, text.replace(old, new), fix(gold))


def sent_index(gold, start):
    return [i for i, s in enumerate(gold["sentences"]) if s["text"].startswith(start)][0]


# ---------------- faults ----------------
def f_cr(d):
    text, _ = load(d, 161)
    save(d, 161, text.replace("\n", "\r\n", 1))


def f_tab(d):
    replace_all(d, 162, "Dr Ivy", "Dr\tIvy")


def f_no_final_newline(d):
    text, _ = load(d, 163)
    save(d, 163, text.rstrip("\n"))


def f_two_final_newlines(d):
    text, _ = load(d, 163)
    save(d, 163, text + "\n")


def f_line2_not_blank(d):
    text, _ = load(d, 164)
    first, rest = text.split("\n\n", 1)
    save(d, 164, first + "\n-\n" + rest)


def f_triple_blank(d):
    text, _ = load(d, 165)
    parts = text.split("\n\n")
    save(d, 165, "\n\n".join(parts[:3]) + "\n\n\n" + "\n\n".join(parts[3:]))


def f_too_long(d):
    text, gold = load(d, 165)
    para = "Shares of Kizuna Electron, a Tokyo-based maker of deposition equipment, fell 6% on Wednesday, while rival Hoshida Precision dropped 4%."
    i = sent_index(gold, "Shares of Kizuna")
    save(d, 165, text.replace(para, "\n\n".join([para] * 16)),
         dict(gold, sentences=gold["sentences"][:i] + [gold["sentences"][i]] * 15 + gold["sentences"][i:]))


def f_too_short(d):
    text, gold = load(d, 164)
    paras = text.rstrip("\n").split("\n\n")
    keep = paras[:8]
    # keep only the sentences and quotations that lie in the first 8 paragraphs
    kept_text = "\n\n".join(keep) + "\n"
    sents = [s for s in gold["sentences"] if s["text"] in kept_text]
    quotes = [q for q in gold["quotations"] if q["text"] in kept_text]
    save(d, 164, kept_text, dict(gold, sentences=sents, quotations=quotes))


def f_sentence_altered(d):
    _, gold = load(d, 166)
    gold["sentences"][3]["text"] = gold["sentences"][3]["text"].replace("Los Angeles", "San Diego")
    save(d, 166, gold=gold)


def f_sentence_dropped(d):
    _, gold = load(d, 167)
    del gold["sentences"][5]
    save(d, 167, gold=gold)


def f_sentences_swapped(d):
    _, gold = load(d, 168)
    s = gold["sentences"]
    s[2], s[3] = s[3], s[2]
    save(d, 168, gold=gold)


def f_cross_paragraph(d):
    _, gold = load(d, 161)
    s = gold["sentences"]
    i = sent_index(gold, "Whitcombe said")
    s[i - 1] = dict(s[i - 1], text=s[i - 1]["text"] + "\n\n" + s[i]["text"])
    del s[i]
    save(d, 161, gold=gold)


def f_bad_sides(d):
    _, gold = load(d, 162)
    gold["sentences"][1]["sides"] = ["Taiwan"]
    save(d, 162, gold=gold)


def f_content_not_substring(d):
    _, gold = load(d, 163)
    i = sent_index(gold, "Tang Minru: The US account")
    gold["sentences"][i]["content"] = ["The US account is false."]
    save(d, 163, gold=gold)


def f_sided_without_content(d):
    _, gold = load(d, 164)
    i = sent_index(gold, "U.S. officials acknowledge")
    gold["sentences"][i]["content"] = []
    save(d, 164, gold=gold)


def f_narrator_with_content(d):
    _, gold = load(d, 165)
    i = sent_index(gold, "Analysts say")
    gold["sentences"][i]["content"] = ["the controls could speed up Beijing’s drive for self-sufficiency"]
    save(d, 165, gold=gold)


def f_empty_note(d):
    _, gold = load(d, 166)
    gold["sentences"][4]["note"] = " "
    save(d, 166, gold=gold)


def f_key_order(d):
    _, gold = load(d, 167)
    save(d, 167, gold={k: gold[k] for k in ["split", "article", "house_style", "sentences", "quotations"]})


def f_sentence_key_order(d):
    _, gold = load(d, 167)
    s = gold["sentences"][2]
    gold["sentences"][2] = {"text": s["text"], "content": s["content"], "sides": s["sides"], "note": s["note"]}
    save(d, 167, gold=gold)


def f_split_value(d):
    _, gold = load(d, 168)
    gold["split"] = "dev"
    save(d, 168, gold=gold)


def f_article_name(d):
    _, gold = load(d, 161)
    gold["article"] = "161_other.txt"
    save(d, 161, gold=gold)


def f_quote_dropped(d):
    _, gold = load(d, 162)
    del gold["quotations"][4]
    save(d, 162, gold=gold)


def f_quote_text_altered(d):
    _, gold = load(d, 163)
    gold["quotations"][1]["text"] = "aggressive maneuvers"
    save(d, 163, gold=gold)


def f_quote_bad_kind(d):
    _, gold = load(d, 164)
    gold["quotations"][0]["kind"] = "paraphrase"
    save(d, 164, gold=gold)


def f_speech_without_speaker(d):
    _, gold = load(d, 165)
    gold["quotations"][2]["speaker_as_written"] = ""
    save(d, 165, gold=gold)


def f_title_with_speaker(d):
    _, gold = load(d, 163)
    j = [k for k, q in enumerate(gold["quotations"]) if q["kind"] == "title"][0]
    gold["quotations"][j]["speaker_as_written"] = "a group of US lawmakers"
    save(d, 163, gold=gold)


def f_quote_wrong_side(d):
    _, gold = load(d, 166)
    j = [k for k, q in enumerate(gold["quotations"]) if q["text"] == "risks"][0]
    gold["quotations"][j]["side"] = "United States"
    save(d, 166, gold=gold)


def f_quote_in_narrator_sentence(d):
    _, gold = load(d, 168)
    i = sent_index(gold, "“No arms package".replace("“", '"'))
    gold["sentences"][i]["sides"] = []
    gold["sentences"][i]["content"] = []
    save(d, 168, gold=gold)


def f_content_cuts_quote(d):
    _, gold = load(d, 161)
    i = sent_index(gold, '"For too long')
    gold["sentences"][i]["content"] = ["For too long, Beijing has treated foreign reporters as hostages"]
    save(d, 161, gold=gold)


def f_quote_not_in_content(d):
    _, gold = load(d, 161)
    i = sent_index(gold, '"Chinese journalists in the United States')
    gold["sentences"][i]["content"] = ["Gao Ruilin"]
    save(d, 161, gold=gold)


def f_mixed_marks(d):
    replace_all(d, 162, "“bound to come to nothing”", '"bound to come to nothing"')


def f_unclosed_quote(d):
    replace_all(d, 165, "“closely studying” the", "“closely studying the")


def f_curly_apostrophe_in_straight(d):
    replace_all(d, 167, "Washington's push", "Washington’s push")


def f_too_many_undecided(d):
    _, gold = load(d, 165)
    n = 0
    for s in gold["sentences"]:
        if s["sides"] == [] and n < 2 and s is not gold["sentences"][0]:
            s["sides"] = "?"
            n += 1
    save(d, 165, gold=gold)


def f_too_many_questions(d):
    replace_all(d, 163, "Please share your comment.", "Will you comment?")


def f_too_few_speech(d):
    _, gold = load(d, 167)
    n = 0
    for q in gold["quotations"]:
        if q["kind"] == "speech":
            n += 1
            if n > 4:
                q.update(speaker_as_written="", resolves_to="", side="other", kind="scare")
    save(d, 167, gold=gold)


def f_wrong_dateline(d):
    replace_all(d, 161, "Washington (AFP) - ", "WASHINGTON (AFP) — ")


def f_real_name(d):
    replace_all(d, 161, "Dana Whitcombe", "Karine Jean-Pierre")


def f_headline_quote_unlisted(d):
    replace_all(d, 164, "Over Fentanyl Ingredients", "Over 'Poison' Ingredients")


def f_split_after_abbreviation(d):
    _, gold = load(d, 164)
    i = sent_index(gold, "Rep. Lisa")
    s = gold["sentences"][i]
    first = {"text": "Rep.", "sides": [], "content": [], "note": "x"}
    second = dict(s, text=s["text"][len("Rep. "):])
    gold["sentences"][i:i + 1] = [first, second]
    save(d, 164, gold=gold)


def f_missed_split(d):
    _, gold = load(d, 161)
    i = sent_index(gold, '"For too long')
    s, t = gold["sentences"][i], gold["sentences"][i + 1]
    gold["sentences"][i:i + 2] = [dict(s, text=s["text"] + " " + t["text"], content=s["content"] + t["content"])]
    save(d, 161, gold=gold)


def f_split_mid_sentence(d):
    _, gold = load(d, 162)
    i = sent_index(gold, "Analysts said")
    s = gold["sentences"][i]
    a, b = s["text"].split(" but ", 1)
    gold["sentences"][i:i + 1] = [dict(s, text=a), dict(s, text="but " + b)]
    save(d, 162, gold=gold)


def f_speaker_not_in_text(d):
    _, gold = load(d, 168)
    gold["quotations"][0]["speaker_as_written"] = "the Oval Office"
    save(d, 168, gold=gold)


def f_quotes_reordered(d):
    _, gold = load(d, 162)
    q = gold["quotations"]
    q[1], q[2] = q[2], q[1]
    save(d, 162, gold=gold)


def f_empty_house_style(d):
    _, gold = load(d, 166)
    gold["house_style"] = ""
    save(d, 166, gold=gold)


def f_missing_gold(d):
    os.remove(files(d, 167)[1])


def f_trailing_space(d):
    text, _ = load(d, 168)
    save(d, 168, text.replace("\n\n", " \n\n", 1))


def f_bad_json(d):
    t, g = files(d, 163)
    with open(g, encoding="utf-8") as f:
        raw = f.read()
    save(d, 163, raw_gold=raw[:-10])


def f_quote_note_empty(d):
    _, gold = load(d, 165)
    gold["quotations"][0]["note"] = ""
    save(d, 165, gold=gold)


def f_runon_not_reopened(d):
    replace_all(d, 166, "\n\n“So yes, I am afraid.", "\n\nSo yes, I am afraid.")


FAULTS = [v for k, v in sorted(globals().items()) if k.startswith("f_")]


def run(d):
    return subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)


def main():
    src = sorted(glob.glob(os.path.join(HERE, "16[1-8]_*.txt")) + glob.glob(os.path.join(HERE, "16[1-8]_*.gold.json")))
    assert len(src) == 16, src
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        intact = os.path.join(tmp, "intact")
        os.mkdir(intact)
        for f in src:
            shutil.copy(f, intact)
        r = run(intact)
        if r.returncode != 0:
            print("intact copy FAILED:\n" + r.stdout)
            return 1
        print("intact copy passes")
        for fault in FAULTS:
            d = os.path.join(tmp, fault.__name__)
            shutil.copytree(intact, d)
            fault(d)
            r = run(d)
            first = [ln for ln in r.stdout.splitlines() if ln.startswith("FAIL")][:1]
            if r.returncode == 0:
                bad += 1
                print("NOT CAUGHT  %s" % fault.__name__)
            else:
                print("caught      %-32s %s" % (fault.__name__, first[0][:110] if first else r.stdout[:110]))
    print("%d faults, %d not caught" % (len(FAULTS), bad))
    return 1 if bad or len(FAULTS) < 25 else 0


if __name__ == "__main__":
    sys.exit(main())
