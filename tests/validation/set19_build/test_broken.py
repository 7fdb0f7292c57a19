"""Deliberate faults, applied one at a time to temporary copies of the set;
each must make check.py fail with the expected error code, and the intact copy
must pass.  Temporary copies live in a scratch folder inside this folder and
are removed afterwards.  Exit 0 only if every expectation holds.
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check.py")


def files():
    return sorted(n for n in os.listdir(HERE) if n.endswith(".txt") or n.endswith(".gold.json"))


def name_of(num):
    return next(n[:-4] for n in files() if n.startswith("%d_" % num) and n.endswith(".txt"))


def load(num):
    base = name_of(num)
    txt = open(os.path.join(HERE, base + ".txt"), encoding="utf-8").read()
    gold = json.load(open(os.path.join(HERE, base + ".gold.json"), encoding="utf-8"))
    return base, txt, gold


def run_check(folder):
    r = subprocess.run([sys.executable, CHECK, folder], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def find_sent(gold, pred):
    return next(i for i, s in enumerate(gold["sentences"]) if pred(s))


def find_quote(gold, pred):
    return next(i for i, q in enumerate(gold["quotations"]) if pred(q))


def add_paragraph(txt, gold, sentences):
    """Insert a paragraph before the last one, consistently in text and gold."""
    body = txt[:-1]
    k = body.rfind("\n\n")
    para = " ".join(sentences)
    txt = body[:k] + "\n\n" + para + body[k:] + "\n"
    recs = [{"text": t, "sides": [], "content": [], "note": "added"} for t in sentences]
    gold["sentences"][-1:-1] = recs
    return txt, gold


def replace_both(txt, gold, old, new, in_content=True):
    assert old in txt, old
    txt = txt.replace(old, new)
    for s in gold["sentences"]:
        s["text"] = s["text"].replace(old, new)
        if in_content:
            s["content"] = [c.replace(old, new) for c in s["content"]]
    return txt, gold


# each fault: (label, article number, function(txt, gold) -> (txt, gold) or bytes/None, expected code)
def f_cr(t, g):
    return t.replace("\n", "\r\n", 1), g


def f_tab(t, g):
    return t.replace(" ", "\t", 1), g


def f_no_eof(t, g):
    return t[:-1], g


def f_two_eof(t, g):
    return t + "\n", g


def f_no_blank_after_headline(t, g):
    return t.replace("\n\n", "\n", 1), g


def f_double_blank(t, g):
    i = t.find("\n\n", t.find("\n\n") + 2)
    return t[:i] + "\n" + t[i:], g


def f_dateline(t, g):
    return replace_both(t, g, "TOKYO (Kyodo) -- ", "")


def f_too_many_words(t, g):
    long = "Officials gave no further details on the matter during the briefing on " + " ".join(
        ["Wednesday and the day after"] * 60) + "."
    return add_paragraph(t, g, [long])


def f_sentence_typo(t, g):
    g["sentences"][3]["text"] = g["sentences"][3]["text"].replace("e", "a", 1)
    return t, g


def f_drop_sentence(t, g):
    del g["sentences"][4]
    return t, g


def f_swap_sentences(t, g):
    s = g["sentences"]
    s[2], s[3] = s[3], s[2]
    return t, g


def f_cross_paragraph(t, g):
    s = g["sentences"]
    i = find_sent(g, lambda x: x["text"].startswith("The number of Chinese students"))
    s[i - 1]["text"] = s[i - 1]["text"] + "\n\n" + s[i]["text"]
    del s[i]
    return t, g


def f_bad_sides(t, g):
    g["sentences"][2]["sides"] = ["Taiwan"]
    return t, g


def f_sided_no_content(t, g):
    i = find_sent(g, lambda x: x["sides"] == ["China"])
    g["sentences"][i]["content"] = []
    return t, g


def f_none_with_content(t, g):
    i = find_sent(g, lambda x: x["sides"] == [] and len(x["text"]) > 30)
    g["sentences"][i]["content"] = [g["sentences"][i]["text"][:20]]
    return t, g


def f_content_not_verbatim(t, g):
    i = find_sent(g, lambda x: x["sides"] == ["United States"])
    g["sentences"][i]["content"][0] = g["sentences"][i]["content"][0] + " indeed"
    return t, g


def f_content_cuts_quote(t, g):
    i = find_sent(g, lambda x: x["text"].startswith("She said China had lodged"))
    g["sentences"][i]["content"] = ['China had lodged "stern']
    return t, g


def f_missing_quote(t, g):
    del g["quotations"][2]
    return t, g


def f_extra_quote(t, g):
    g["quotations"].insert(3, copy.deepcopy(g["quotations"][3]))
    return t, g


def f_quote_text(t, g):
    g["quotations"][1]["text"] = g["quotations"][1]["text"].rstrip(",.") + "!"
    return t, g


def f_speech_no_speaker(t, g):
    i = find_quote(g, lambda q: q["kind"] == "speech")
    g["quotations"][i]["speaker_as_written"] = ""
    return t, g


def f_scare_with_side(t, g):
    i = find_quote(g, lambda q: q["kind"] == "scare")
    g["quotations"][i]["side"] = "China"
    return t, g


def f_bad_kind(t, g):
    g["quotations"][0]["kind"] = "paraphrase"
    return t, g


def f_sentence_key_order(t, g):
    s = g["sentences"][1]
    g["sentences"][1] = {"sides": s["sides"], "text": s["text"], "content": s["content"], "note": s["note"]}
    return t, g


def f_top_extra_key(t, g):
    g["extra"] = 1
    return t, g


def f_top_key_order(t, g):
    return t, {k: g[k] for k in ["split", "article", "house_style", "sentences", "quotations"]}


def f_split_field(t, g):
    g["split"] = "train"
    return t, g


def f_article_field(t, g):
    g["article"] = "999_other.txt"
    return t, g


def f_quote_side_mismatch(t, g):
    i = find_quote(g, lambda q: q["kind"] == "speech" and q["side"] == "China")
    g["quotations"][i]["side"] = "United States"
    return t, g


def f_other_quote_in_sided_claim(t, g):
    # a US speech quotation opening in a sentence labelled [] (Wei's, set to US)
    i = find_quote(g, lambda q: q["speaker_as_written"] == "Wei")
    g["quotations"][i]["side"] = "United States"
    return t, g


def f_mixed_quotes(t, g):
    return replace_both(t, g, "China’s Commerce Ministry", "China's Commerce Ministry")


def f_unbalanced(t, g):
    return replace_both(t, g, "“groundless smears”", "“groundless smears")


def f_runon_closed(t, g):
    return replace_both(t, g, "enough people to go and look.", "enough people to go and look.”")


def f_too_many_undec(t, g):
    n = 0
    for s in g["sentences"]:
        if s["sides"] == [] and n < 3:
            s["sides"] = "?"
            n += 1
    return t, g


def f_too_many_qmarks(t, g):
    return add_paragraph(t, g, ["Why now?", "Why here?", "Why this way?"])


def f_split_after_abbr(t, g):
    s = g["sentences"]
    i = find_sent(g, lambda x: x["text"].startswith("The U.S. Department of Homeland Security has said"))
    rec = s[i]
    first = {"text": "The U.S.", "sides": [], "content": [], "note": "bad split"}
    rest = dict(rec)
    rest["text"] = rec["text"][len("The U.S. "):]
    s[i:i + 1] = [first, rest]
    return t, g


def f_missed_split(t, g):
    s = g["sentences"]
    i = find_sent(g, lambda x: x["text"].startswith('"Parents are already asking me'))
    s[i]["text"] = s[i]["text"] + " " + s[i + 1]["text"]
    del s[i + 1]
    return t, g


def f_min_speech(t, g):
    n = 0
    for q in g["quotations"]:
        if q["kind"] == "speech" and n < 2:
            q.update({"kind": "scare", "speaker_as_written": "", "resolves_to": "", "side": "other"})
            n += 1
    return t, g


def f_headline_split(t, g):
    s = g["sentences"]
    h = s[0]
    a, b = h["text"].split(" to stop ", 1)
    s[0:1] = [{"text": a + " to", "sides": [], "content": [], "note": "x"},
              {"text": "stop " + b, "sides": h["sides"], "content": ["stop " + b], "note": "x"}]
    return t, g


def f_note_empty(t, g):
    g["sentences"][5]["note"] = " "
    return t, g


def f_non_utf8(t, g):
    return t.encode("utf-8") + b"\xff\xfe", g


def f_missing_gold(t, g):
    return t, None


def f_body_single_outside(t, g):
    return replace_both(t, g, "a foregone conclusion", "a ‘foregone conclusion’")


def f_house_signoff(t, g):
    body = t[:-1]
    k = body.rfind("\n\n")
    g["sentences"].pop()
    return body[:k] + "\n", g


def f_house_style_lines(t, g):
    g["house_style"] = "two\nlines"
    return t, g


def f_ending_punct(t, g):
    return replace_both(t, g, "under normal civil service rules.", "under normal civil service rules", in_content=False) \
        if "under normal civil service rules." in t else \
        replace_both(t, g, "outside normal civil service rules.", "outside normal civil service rules", in_content=False)


FAULTS = [
    ("carriage return", 153, f_cr, "E_CR"),
    ("tab", 154, f_tab, "E_TAB"),
    ("no final newline", 155, f_no_eof, "E_EOF"),
    ("two final newlines", 156, f_two_eof, "E_EOF"),
    ("no blank line after headline", 157, f_no_blank_after_headline, "E_LAYOUT"),
    ("double blank line", 158, f_double_blank, "E_LAYOUT"),
    ("dateline removed", 156, f_dateline, "E_DATELINE"),
    ("over 600 words", 160, f_too_many_words, "E_WORDS"),
    ("sentence typo in gold", 159, f_sentence_typo, "E_ALIGN"),
    ("sentence dropped", 158, f_drop_sentence, "E_ALIGN"),
    ("sentences swapped", 157, f_swap_sentences, "E_ALIGN"),
    ("sentence crosses paragraphs", 153, f_cross_paragraph, "E_CROSS"),
    ("invalid sides", 154, f_bad_sides, "E_SIDES"),
    ("sided sentence without content", 155, f_sided_no_content, "E_CONTENT"),
    ("[] sentence with content", 156, f_none_with_content, "E_CONTENT"),
    ("content not verbatim", 157, f_content_not_verbatim, "E_CONTENT"),
    ("content cuts a quotation", 153, f_content_cuts_quote, "E_CUT"),
    ("quotation record missing", 158, f_missing_quote, "E_QMATCH"),
    ("quotation record duplicated", 159, f_extra_quote, "E_QMATCH"),
    ("quotation text changed", 160, f_quote_text, "E_QMATCH"),
    ("speech without speaker", 153, f_speech_no_speaker, "E_QFIELDS"),
    ("scare quotes with a side", 154, f_scare_with_side, "E_QFIELDS"),
    ("invalid kind", 155, f_bad_kind, "E_QFIELDS"),
    ("sentence keys reordered", 156, f_sentence_key_order, "E_KEYS"),
    ("extra top-level key", 157, f_top_extra_key, "E_KEYS"),
    ("top-level keys reordered", 158, f_top_key_order, "E_KEYS"),
    ("split field wrong", 159, f_split_field, "E_SPLITFIELD"),
    ("article field wrong", 160, f_article_field, "E_ARTICLE"),
    ("China quotation moved to US side", 158, f_quote_side_mismatch, "E_QSIDE"),
    ("US quotation in a [] sentence", 153, f_other_quote_in_sided_claim, "E_QSIDE"),
    ("straight apostrophe in typographic article", 159, f_mixed_quotes, "E_QSTYLE"),
    ("closing mark removed", 157, f_unbalanced, "E_QPARSE"),
    ("run-on closed at paragraph end", 157, f_runon_closed, "E_QMATCH"),
    ("three ? labels", 154, f_too_many_undec, "E_UNDEC"),
    ("three question sentences", 155, f_too_many_qmarks, "E_QMARK"),
    ("split after U.S.", 153, f_split_after_abbr, "E_SENTSPLIT"),
    ("two sentences merged", 153, f_missed_split, "E_SENTSPLIT"),
    ("fewer than 5 speech quotations", 155, f_min_speech, "E_MIN"),
    ("headline split in two", 153, f_headline_split, "E_HEADLINE"),
    ("empty note", 156, f_note_empty, "E_NOTE"),
    ("invalid UTF-8", 160, f_non_utf8, "E_UTF8"),
    ("gold file missing", 154, f_missing_gold, "E_JSON"),
    ("single quotes outside double quotes", 159, f_body_single_outside, "E_QPARSE"),
    ("sign-off removed", 156, f_house_signoff, "E_HOUSE"),
    ("house_style on two lines", 157, f_house_style_lines, "E_STYLE"),
    ("sentence without final punctuation", 157, f_ending_punct, "E_SENTSPLIT"),
]


def fresh_copy(scratch):
    d = tempfile.mkdtemp(dir=scratch)
    for n in files():
        shutil.copy(os.path.join(HERE, n), os.path.join(d, n))
    return d


def main():
    scratch = tempfile.mkdtemp(prefix="_broken_", dir=HERE)
    failures = 0
    try:
        d = fresh_copy(scratch)
        rc, out = run_check(d)
        if rc != 0:
            print("INTACT COPY FAILS:\n" + out)
            failures += 1
        else:
            print("ok   intact copy passes")
        for label, num, fn, code in FAULTS:
            d = fresh_copy(scratch)
            base, txt, gold = load(num)
            res = fn(txt, copy.deepcopy(gold))
            t2, g2 = res
            tpath = os.path.join(d, base + ".txt")
            gpath = os.path.join(d, base + ".gold.json")
            if isinstance(t2, bytes):
                open(tpath, "wb").write(t2)
            else:
                open(tpath, "w", encoding="utf-8", newline="").write(t2)
            if g2 is None:
                os.remove(gpath)
            else:
                with open(gpath, "w", encoding="utf-8") as f:
                    json.dump(g2, f, ensure_ascii=False, indent=1)
            rc, out = run_check(d)
            if rc == 0 or code not in out:
                failures += 1
                print("FAIL %-45s expected %s, rc=%d\n%s" % (label, code, rc, out))
            else:
                print("ok   %-45s -> %s" % (label, code))
            shutil.rmtree(d)
    finally:
        shutil.rmtree(scratch)
    print("%d faults, %d not caught" % (len(FAULTS), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
