"""Broken-copy test for check.py.

Copies the set into a temporary folder, applies one deliberate fault at a time, runs
check.py on the copy and requires that it FAILS with the expected message.  The untouched
copy must PASS.  Nothing is written inside /work/set7 except by `> broken_test_output.txt`.

usage: python3 test_broken.py
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


def gold_path(d, num):
    return glob.glob(os.path.join(d, f"{num}_*.gold.json"))[0]


def txt_path(d, num):
    return glob.glob(os.path.join(d, f"{num}_*.txt"))[0]


def edit_gold(d, num, fn):
    p = gold_path(d, num)
    g = json.load(open(p, encoding="utf-8"))
    fn(g)
    json.dump(g, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def edit_txt(d, num, fn):
    p = txt_path(d, num)
    t = open(p, encoding="utf-8").read()
    open(p, "w", encoding="utf-8").write(fn(t))


def first(g, pred):
    return next(s for s in g["sentences"] if pred(s))


def m_word_changed(d):          # article text no longer matches a gold sentence
    edit_txt(d, 59, lambda t: t.replace("ship-to-shore", "ship to shore", 1))


def m_content_not_in_sentence(d):
    edit_gold(d, 57, lambda g: first(g, lambda s: s["sides"] == ["China"])["content"]
              .append("words that are nowhere in the sentence"))


def m_sided_without_content(d):
    def f(g):
        first(g, lambda s: s["sides"] == ["United States"])["content"] = []
    edit_gold(d, 61, f)


def m_narrator_with_content(d):
    def f(g):
        s = first(g, lambda s: s["sides"] == [])
        s["content"] = [s["text"][:10]]
    edit_gold(d, 63, f)


def m_invalid_side(d):
    edit_gold(d, 60, lambda g: g["sentences"][0].__setitem__("sides", ["US"]))


def m_undecidable_as_list(d):
    def f(g):
        first(g, lambda s: s["sides"] == "?")["sides"] = ["?"]
    edit_gold(d, 64, f)


def m_sentences_swapped(d):
    def f(g):
        g["sentences"][2], g["sentences"][3] = g["sentences"][3], g["sentences"][2]
    edit_gold(d, 58, f)


def m_sentence_dropped(d):      # coverage
    edit_gold(d, 62, lambda g: g["sentences"].pop(5))


def m_quotation_text_altered(d):
    def f(g):
        g["quotations"][0]["text"] = g["quotations"][0]["text"].replace("the", "a", 1)
    edit_gold(d, 59, f)


def m_quotation_missing(d):
    edit_gold(d, 63, lambda g: g["quotations"].pop())


def m_runon_quotation_with_reopen_mark(d):   # run-on text must drop the reopening mark
    def f(g):
        q = next(q for q in g["quotations"] if q["text"].startswith("Every time"))
        q["text"] = q["text"].replace("them. And", 'them. "And')
    edit_gold(d, 61, f)


def m_unclosed_quote_in_text(d):  # text and gold sentence edited alike: only the marks break
    edit_txt(d, 64, lambda t: t.replace("“Both sides", "Both sides", 1))

    def f(g):
        s = first(g, lambda s: s["text"].startswith("“Both sides"))
        s["text"] = s["text"][1:]
    edit_gold(d, 64, f)


def m_quotation_side_contradicts_sentence(d):
    def f(g):
        g["quotations"][0]["side"] = "United States"
    edit_gold(d, 57, f)


def m_title_with_side(d):
    def f(g):
        next(q for q in g["quotations"] if q["kind"] == "title")["side"] = "United States"
    edit_gold(d, 63, f)


def m_bad_kind(d):
    edit_gold(d, 60, lambda g: g["quotations"][0].__setitem__("kind", "paraphrase"))


def m_extra_key(d):
    edit_gold(d, 58, lambda g: g["sentences"][1].__setitem__("speaker", "Zheng"))


def m_wrong_split(d):
    edit_gold(d, 62, lambda g: g.__setitem__("split", "held_out"))


def m_no_dateline(d):
    edit_txt(d, 61, lambda t: t.replace("WASHINGTON — The Treasury", "The Treasury", 1))


def m_too_short(d):
    def f(t):
        paras = t.rstrip("\n").split("\n\n")
        return "\n\n".join(paras[:4]) + "\n"
    edit_txt(d, 57, f)


def m_missing_gold_file(d):
    os.remove(gold_path(d, 60))


MUTATIONS = [
    (m_word_changed, "not found (in order)"),
    (m_content_not_in_sentence, "not in its sentence"),
    (m_sided_without_content, "has no content"),
    (m_narrator_with_content, "but has content"),
    (m_invalid_side, "invalid sides"),
    (m_undecidable_as_list, "invalid sides"),
    (m_sentences_swapped, "not found (in order)"),
    (m_sentence_dropped, "not covered"),
    (m_quotation_text_altered, "!= article"),
    (m_quotation_missing, "quotations, gold has"),
    (m_runon_quotation_with_reopen_mark, "!= article"),
    (m_unclosed_quote_in_text, "closing mark without opening"),
    (m_quotation_side_contradicts_sentence, "opens in sentence"),
    (m_title_with_side, "is a title but has side"),
    (m_bad_kind, "kind 'paraphrase'"),
    (m_extra_key, "has keys"),
    (m_wrong_split, "split is"),
    (m_no_dateline, "no dateline-like opening"),
    (m_too_short, "words, outside"),
    (m_missing_gold_file, "no gold file"),
]


def run_check(d):
    r = subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def fresh_copy(root):
    d = tempfile.mkdtemp(dir=root)
    for f in [f for f in glob.glob(os.path.join(os.path.dirname(HERE), "[0-9][0-9]_*"))
              if 57 <= int(os.path.basename(f)[:2]) <= 64]:
        shutil.copy(f, d)
    return d


def main():
    root = tempfile.mkdtemp(prefix="set7_broken_")
    failures = 0
    try:
        rc, out = run_check(fresh_copy(root))
        ok = rc == 0
        print(f"{'PASS' if ok else 'FAIL'}  intact copy passes check.py (rc={rc})")
        failures += not ok
        for fn, expected in MUTATIONS:
            d = fresh_copy(root)
            fn(d)
            rc, out = run_check(d)
            caught = rc != 0 and expected in out
            msg = next((l for l in out.splitlines() if l.startswith("FAIL")), "(no FAIL line)")
            print(f"{'PASS' if caught else 'FAIL'}  {fn.__name__:<42} rc={rc}  {msg[:110]}")
            failures += not caught
    finally:
        shutil.rmtree(root)
    print(f"{len(MUTATIONS)} mutations, {failures} not caught as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
