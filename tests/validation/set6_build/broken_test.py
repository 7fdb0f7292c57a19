#!/usr/bin/env python3
"""Show that check.py can fail: copy the set to a temp dir, break it in one way at a
time, and require check.py to exit non-zero for every breakage (and zero for the
untouched copy). Run: python3 broken_test.py"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check.py")
ARTICLES = os.path.dirname(HERE)   # tests/validation


def files():
    return sorted(f for f in os.listdir(ARTICLES) if (f.endswith(".txt") or f.endswith(".gold.json"))
                  and f[:2].isdigit() and 49 <= int(f[:2]) <= 56)


def load(d, name):
    return json.load(open(os.path.join(d, name), encoding="utf-8"))


def dump(d, name, g):
    json.dump(g, open(os.path.join(d, name), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def edit_txt(d, name, old, new, count=1):
    p = os.path.join(d, name)
    t = open(p, encoding="utf-8").read()
    assert old in t, (name, old)
    open(p, "w", encoding="utf-8").write(t.replace(old, new, count))


def edit_both(txtname, old, new):
    """Change the article AND the gold sentence texts/contents the same way, so only the
    deeper checks (quotation parsing, agreement) can notice."""
    def m(d):
        edit_txt(d, txtname, old, new)
        gname = txtname[:-4] + ".gold.json"
        g = load(d, gname)
        for s in g["sentences"]:
            s["text"] = s["text"].replace(old.strip("\n"), new.strip("\n"))
            s["content"] = [c.replace(old.strip("\n"), new.strip("\n")) for c in s["content"]]
        dump(d, gname, g)
    return m


def edit_gold(fn, name):
    def m(d):
        g = load(d, name)
        fn(g)
        dump(d, name, g)
    return m


G49 = "49_fentanyl_sanctions.gold.json"
T49 = "49_fentanyl_sanctions.txt"
G53 = "53_journalist_visas_briefing.gold.json"
T53 = "53_journalist_visas_briefing.txt"
G54 = "54_taiwan_strait_transit.gold.json"

MUTATIONS = {
    "word changed in article text": lambda d: edit_txt(d, T49, "six China-based", "seven China-based"),
    "sentence dropped from gold": edit_gold(lambda g: g["sentences"].pop(5), G49),
    "two gold sentences swapped": edit_gold(lambda g: g["sentences"].__setitem__(slice(3, 5), g["sentences"][4:2:-1]), G49),
    "content not a substring of its sentence": edit_gold(lambda g: g["sentences"][1]["content"].__setitem__(0, "they had sold fentanyl"), G49),
    "sided sentence with no content": edit_gold(lambda g: g["sentences"][1].__setitem__("content", []), G49),
    "narrator sentence with content": edit_gold(lambda g: g["sentences"][0].__setitem__("sides", []), G49),
    "invalid side value": edit_gold(lambda g: g["sentences"][1].__setitem__("sides", ["USA"]), G49),
    "quotation text altered": edit_gold(lambda g: g["quotations"][1].__setitem__("text", "These companies knew exactly who their customers were"), G49),
    "quotation missing from gold": edit_gold(lambda g: g["quotations"].pop(), G49),
    "closing mark deleted in article": lambda d: edit_txt(d, T49, 'calendar," the', 'calendar, the'),
    "run-on quotation not reopened": lambda d: edit_txt(d, T53, "\n\n“Expelling", "\n\nExpelling"),
    "quotation side contradicts sentence": edit_gold(lambda g: g["quotations"][1].__setitem__("side", "China"), G49),
    "scare quote given a side": edit_gold(lambda g: [q.__setitem__("side", "China") for q in g["quotations"] if q["kind"] == "scare"], G54),
    "bad kind": edit_gold(lambda g: g["quotations"][0].__setitem__("kind", "quote"), G53),
    "wrong split": edit_gold(lambda g: g.__setitem__("split", "train"), G49),
    "extra key in sentence": edit_gold(lambda g: g["sentences"][2].__setitem__("speaker", "x"), G49),
    "dateline removed": lambda d: edit_txt(d, T49, "WASHINGTON, Oct 14 (Reuters) - ", ""),
    "article too short": lambda d: open(os.path.join(d, T49), "w", encoding="utf-8").write(
        "US sanctions Chinese chemical firms over fentanyl; China calls it 'bullying'\n\nWASHINGTON, Oct 14 (Reuters) - Short.\n"),
    "closing mark deleted in text and gold alike": edit_both(T49, 'calendar," the', 'calendar, the'),
    "run-on not reopened, text and gold alike": edit_both(T53, "\n\n“Expelling", "\n\nExpelling"),
    "US-quote sentence relabelled []": edit_gold(lambda g: g["sentences"][3].update(sides=[], content=[]), G49),
    "quote sentence content misses the quote": edit_gold(lambda g: g["sentences"][3].update(content=["said Dana Whitlock"]), G49),
    "gold file deleted": lambda d: os.remove(os.path.join(d, G49)),
    "double blank line": lambda d: edit_txt(d, T49, "\n\nThe action", "\n\n\nThe action"),
}


def run(d):
    r = subprocess.run([sys.executable, CHECK, d], capture_output=True, text=True)
    return r.returncode, r.stdout


def main():
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        clean = os.path.join(tmp, "clean")
        os.mkdir(clean)
        for f in files():
            shutil.copy(os.path.join(ARTICLES, f), clean)
        rc, out = run(clean)
        print(f"{'untouched copy':45s} -> exit {rc} ({'pass' if rc == 0 else 'FAIL'})")
        if rc != 0:
            print(out)
            bad += 1
        for name, mutate in MUTATIONS.items():
            d = os.path.join(tmp, "broken")
            shutil.rmtree(d, ignore_errors=True)
            shutil.copytree(clean, d)
            mutate(d)
            rc, out = run(d)
            first = next((ln.strip() for ln in out.splitlines() if ln.strip().startswith("- ")), "")
            ok = rc != 0
            print(f"{name:45s} -> exit {rc} ({'caught' if ok else 'MISSED'}) {first[:90]}")
            if not ok:
                bad += 1
    print("\nbroken-copy test:", "OK" if bad == 0 else f"{bad} FAILURE(S)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
