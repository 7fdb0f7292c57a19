"""Copy the set to a temp folder, apply deliberate faults one at a time; check.py must fail on each."""
import glob, json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/validation (moved by the reviewer)


def copy_set(dst):
    os.makedirs(dst, exist_ok=True)
    for f in os.listdir(DATA):
        if f[:2].isdigit() and 81 <= int(f[:2]) <= 88:
            shutil.copy(os.path.join(DATA, f), dst)


def run(d):
    return subprocess.run([sys.executable, os.path.join(HERE, "check.py"), d], capture_output=True, text=True).returncode


def gpath(d, n): return glob.glob(os.path.join(d, "%d_*.gold.json" % n))[0]
def tpath(d, n): return glob.glob(os.path.join(d, "%d_*.txt" % n))[0]
def lg(d, n): return json.load(open(gpath(d, n), encoding="utf-8"))
def sg(d, n, g): json.dump(g, open(gpath(d, n), "w", encoding="utf-8"), ensure_ascii=False)
def lt(d, n): return open(tpath(d, n), encoding="utf-8").read()
def st(d, n, t): open(tpath(d, n), "w", encoding="utf-8").write(t)


def edit_gold(n, fn):
    def f(d):
        g = lg(d, n); fn(g); sg(d, n, g)
    return f


def first(g, pred):
    return next(s for s in g["sentences"] if pred(s))


def both_text(n, old, new):
    """replace a string in the text and in every gold string, keeping them consistent"""
    def f(d):
        t = lt(d, n); assert old in t; st(d, n, t.replace(old, new, 1))
        g = lg(d, n)
        for s in g["sentences"]:
            if old in s["text"]:
                s["text"] = s["text"].replace(old, new, 1); break
        sg(d, n, g)
    return f


def add_para(n, text):
    def f(d):
        st(d, n, lt(d, n) + "\n" + text + "\n")
        g = lg(d, n); g["sentences"].append({"text": text, "sides": [], "content": [], "note": ""}); sg(d, n, g)
    return f


FAULTS = {
    "missing gold file": lambda d: os.remove(gpath(d, 83)),
    # reviewer: a stray file with one of the set's numbers (other numbers belong to other sets)
    "extra article 82": lambda d: shutil.copy(tpath(d, 81), os.path.join(d, "82_extra.txt")),
    "sentence text typo": edit_gold(81, lambda g: g["sentences"][3].__setitem__("text", g["sentences"][3]["text"].replace("Zhou", "Zhuo"))),
    "two sentences swapped": edit_gold(82, lambda g: g["sentences"].__setitem__(slice(3, 5), g["sentences"][4:2:-1])),
    "sentence dropped (coverage)": edit_gold(84, lambda g: g["sentences"].pop(5)),
    "content not a substring": edit_gold(85, lambda g: first(g, lambda s: s["sides"] == ["China"])["content"].append("not in the sentence")),
    "sided sentence without content": edit_gold(86, lambda g: first(g, lambda s: s["sides"] == ["China"]).__setitem__("content", [])),
    "narrator sentence with content": edit_gold(87, lambda g: first(g, lambda s: s["sides"] == []).__setitem__("content", ["Dale"])),
    "invalid side value": edit_gold(88, lambda g: g["sentences"][1].__setitem__("sides", ["Japan"])),
    "sides in wrong order": edit_gold(85, lambda g: first(g, lambda s: s["sides"] == ["China", "United States"]).__setitem__("sides", ["United States", "China"])),
    "extra key in sentence": edit_gold(81, lambda g: g["sentences"][0].__setitem__("speaker", "x")),
    "missing key in quotation": edit_gold(82, lambda g: g["quotations"][0].pop("resolves_to")),
    "quotation text altered": edit_gold(83, lambda g: g["quotations"][0].__setitem__("text", g["quotations"][0]["text"].rstrip(","))),
    "quotation record dropped": edit_gold(84, lambda g: g["quotations"].pop(2)),
    "quotations out of order": edit_gold(86, lambda g: g["quotations"].__setitem__(slice(0, 2), g["quotations"][1::-1])),
    "title with a side": edit_gold(87, lambda g: next(q for q in g["quotations"] if q["kind"] == "title").__setitem__("side", "China")),
    "China quotation in a [] sentence": edit_gold(81, lambda g: g["sentences"].__setitem__(3, dict(g["sentences"][3], sides=[], content=[]))),
    "US quotation in a China sentence": edit_gold(83, lambda g: first(g, lambda s: s["text"].startswith('"Every month')).__setitem__("sides", ["China"])),
    "wrong split": edit_gold(88, lambda g: g.__setitem__("split", "touched")),
    "wrong article field": edit_gold(82, lambda g: g.__setitem__("article", "82_other.txt")),
    "three '?' sentences": edit_gold(81, lambda g: [s.update(sides="?", content=[]) for s in g["sentences"] if s["sides"] == []][:0] or None),
    "sentence across a paragraph break": edit_gold(84, lambda g: g["sentences"].__setitem__(slice(1, 3), [dict(g["sentences"][1], text=g["sentences"][1]["text"] + "\n\n" + g["sentences"][2]["text"])])),
    "headline not first": edit_gold(85, lambda g: g["sentences"].pop(0)),
    "dateline removed": both_text(86, "BEIJING, Sept 26 (Xinhua) -- ", ""),
    "too many words": add_para(87, " ".join(["word"] * 120) + "."),
    "double blank line": lambda d: st(d, 83, lt(d, 83).replace("\n\n", "\n\n\n", 1)),
    "no final newline": lambda d: st(d, 88, lt(d, 88).rstrip("\n")),
    "unbalanced quotation mark": both_text(85, "“They were treated like enemies.”", "“They were treated like enemies."),
    "unrecorded scare quote added": both_text(88, "unilateral protectionism", "unilateral “protectionism”"),
    "mixed quotation styles": both_text(81, "“Silent Harbor,”", "\"Silent Harbor,\""),
    "headline single-mark quote without record": edit_gold(84, lambda g: g["quotations"].pop(0)),
    "speech quotation with empty speaker": edit_gold(86, lambda g: g["quotations"][0].__setitem__("speaker_as_written", "")),
    "bad json": lambda d: open(gpath(d, 81), "w").write("{not json"),
}


def main():
    tmp = tempfile.mkdtemp()
    try:
        base = os.path.join(tmp, "intact")
        copy_set(base)
        ok = run(base) == 0
        print("intact copy passes:", ok)
        bad = []
        for name, fault in FAULTS.items():
            d = os.path.join(tmp, "f%d" % len(bad + [0]))
            d = tempfile.mkdtemp(dir=tmp)
            shutil.rmtree(d); copy_set(d)
            fault(d)
            rc = run(d)
            print("%-45s %s" % (name, "caught" if rc != 0 else "MISSED"))
            if rc == 0:
                bad.append(name)
        print("%d faults, %d missed" % (len(FAULTS), len(bad)))
        return 0 if ok and not bad else 1
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
