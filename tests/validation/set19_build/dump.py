"""Second-annotator dump: every sentence (label, content) and every quotation record, one flat list."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    d = json.load(open(g, encoding="utf-8"))
    art = d["article"][:3]
    for i, s in enumerate(d["sentences"]):
        out.append("%s S%-2d %-28s | %s" % (art, i, s["sides"], s["text"]))
        for c in s["content"]:
            out.append("%s       C: %s" % (art, c))
        out.append("%s       N: %s" % (art, s["note"]))
    for i, q in enumerate(d["quotations"]):
        out.append("%s Q%-2d [%s/%s] %s -> %s :: %s  (%s)" % (art, i, q["kind"], q["side"], q["speaker_as_written"],
                                                         q["resolves_to"], q["text"], q["note"]))
open(os.path.join(HERE, "second_pass_dump.list"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "lines")
