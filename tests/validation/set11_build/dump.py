"""Flat dump of the gold for the second-annotator pass."""
import glob, json
for p in sorted(g for g in glob.glob("*.gold.json") if 89 <= int(g[:2]) <= 96):  # run in tests/validation
    g = json.load(open(p, encoding="utf-8"))
    print("=" * 8, g["article"])
    for k, s in enumerate(g["sentences"]):
        print(f"S{k:02d} {s['sides']!s:28} | {s['text']}\n      content={s['content']}")
    for k, q in enumerate(g["quotations"]):
        print(f"Q{k:02d} {q['kind']:6} {q['side']:14} {q['speaker_as_written']!r} -> {q['resolves_to']!r} | {q['text']}")
