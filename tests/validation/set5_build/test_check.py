"""Break copies of the set on purpose and make sure check.py fails on each.
usage: python3 test_check.py   (works in a temporary directory, never touches the set)"""
import glob, json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ART = "42_wire_taiwan_senators"


def load(d):
    with open(os.path.join(d, ART + ".gold.json"), encoding="utf-8") as f:
        g = json.load(f)
    with open(os.path.join(d, ART + ".txt"), encoding="utf-8") as f:
        t = f.read()
    return g, t


def save(d, g, t):
    with open(os.path.join(d, ART + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False)
    with open(os.path.join(d, ART + ".txt"), "w", encoding="utf-8") as f:
        f.write(t)


def m_word(g, t): g["sentences"][4]["text"] = g["sentences"][4]["text"].replace("listen", "talk")
def m_swap(g, t): s = g["sentences"]; s[3], s[4] = s[4], s[3]
def m_drop(g, t): del g["sentences"][7]
def m_content(g, t): g["sentences"][3]["content"] = ["words that are not there"]
def m_nocontent(g, t): g["sentences"][3]["content"] = []
def m_narrcontent(g, t): g["sentences"][0]["content"] = ["China stages drills"]
def m_qtext(g, t): g["quotations"][2]["text"] = "stern warnings"
def m_qorder(g, t): q = g["quotations"]; q[1], q[2] = q[2], q[1]
def m_qdrop(g, t): del g["quotations"][4]
def m_side(g, t): g["sentences"][2]["sides"] = ["china"]   # not a side name of the schema
def m_kind(g, t): g["quotations"][0]["kind"] = "title"
def m_qside(g, t): g["sentences"][2]["sides"] = []; g["sentences"][2]["content"] = []
def m_contin(g, t): g["sentences"][8]["sides"] = []; g["sentences"][8]["content"] = []
def m_split(g, t): g["split"] = "untouched"
def m_key(g, t): g["sentences"][1]["label"] = "x"
def _both(g, t, old, new):
    for x in g["sentences"]:
        x["text"] = x["text"].replace(old, new)
    return t.replace(old, new)
def m_runon(g, t): return _both(g, t, '"What we saw', 'What we saw')   # run-on without reopening mark
def m_close(g, t): return _both(g, t, '"stern warning"', '"stern warning')  # unclosed mark
def m_dateline(g, t): return t.replace("TAIPEI/BEIJING, Aug 14 (Reuters) - ", "On Thursday ")
def m_short(g, t):
    keep = g["sentences"][:6]
    g["sentences"][:] = keep
    g["quotations"][:] = g["quotations"][:4]
    return t[:t.index(keep[-1]["text"]) + len(keep[-1]["text"])] + "\n"
def m_long(g, t):
    extra = " ".join(["The delegation also toured a port."] * 60)
    g["sentences"].extend({"text": "The delegation also toured a port.", "sides": [], "content": [], "note": ""} for _ in range(60))
    return t + "\n" + extra + "\n"
def m_layout(g, t): return t.replace("\n\n", "\n", 1)

MUTATIONS = [m_word, m_swap, m_drop, m_content, m_nocontent, m_narrcontent, m_qtext, m_qorder,
             m_qdrop, m_side, m_kind, m_qside, m_contin, m_split, m_key, m_runon, m_close,
             m_dateline, m_short, m_long, m_layout]


def run(d):
    r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), d], capture_output=True, text=True)
    return r.returncode, r.stdout


def main():
    ok = True
    with tempfile.TemporaryDirectory() as base:
        clean = os.path.join(base, "clean")
        os.mkdir(clean)
        for f in glob.glob(os.path.join(os.path.dirname(HERE), "[0-9][0-9]_*")):
            if 37 <= int(os.path.basename(f)[:2]) <= 48:
                shutil.copy(f, clean)
        rc, out = run(clean)
        print(f"{'ok  ' if rc == 0 else 'BAD '} unbroken copy passes (rc={rc})")
        ok &= rc == 0
        for m in MUTATIONS:
            d = os.path.join(base, m.__name__)
            shutil.copytree(clean, d)
            g, t = load(d)
            t2 = m(g, t)
            save(d, g, t2 if t2 is not None else t)
            rc, out = run(d)
            first = next((l for l in out.splitlines() if l.startswith("FAIL")), "")
            print(f"{'ok  ' if rc else 'BAD '} {m.__name__:14s} -> {first[:110]}")
            ok &= rc != 0
    print("all mutations caught" if ok else "SOME MUTATIONS NOT CAUGHT")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
