import json,sys
for p in sys.argv[1:]:
    g=json.load(open(p))
    print("=====",g["article"])
    for i,s in enumerate(g["sentences"]):
        print(f"[{i}] {s['sides']}  {s['text']}")
        for c in s["content"]: print("      >", c)
    for q in g["quotations"]:
        print(f"  Q {q['kind']}/{q['side']} [{q['speaker_as_written']}] -> {q['resolves_to']}: {q['text'][:70]}")
