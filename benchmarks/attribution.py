"""How often the voice rules agree with hand-labelled gold, per article and per split.

    python benchmarks/attribution.py                 # the tuned split and the quotation cases
    python benchmarks/attribution.py --split untouched   # the untouched split: score it once
    python benchmarks/attribution.py --details 03    # every miss in article 03
    python benchmarks/attribution.py --write-totals  # both splits, then write the totals to
                                                     # benchmarks/attribution_totals.csv and the
                                                     # README's accuracy table

The gold is in ``tests/validation/`` (how it was made: its README), labelled by
``../shared/attribution_guidelines.md``.  What is counted, as those guidelines score it:

* **sentences**: a gold sentence is matched to the article by its text, not its number; its
  sides are the compared sides of the voice rows (sentences or clauses) that overlap it;
  right when that set equals the gold set (``other`` and the narrator count as no side).
  Sentences labelled ``?`` are left out.  The headline's sides are not scored (the voice
  rules read the body), but its quotations are (``helpers.headlines``).
* **quotations**: a gold quotation of kind ``speech`` is right when a quotation the rules
  found has the same text (marks and edge punctuation aside), the same side and the same
  speaker (as written, or the person or body it resolves to; a title before a name of two
  words or more, "embassy spokesperson Xu Peiran" for "Xu Peiran", is the same person).  A
  title or scare quote the rules give to a side, and a quotation with no gold counterpart, is
  a **false quotation**.
* **content F1**: the words of each side's content spans against the gold spans, as bags of
  tokens, summed over the sentences whose gold has content.

Nothing here is tuned to one article: run it after a change and compare the totals.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers import actors, codebooks, text, voices  # noqa: E402
from helpers.article import Article, load_article  # noqa: E402

GOLD = ROOT / "tests" / "validation"
#: The committed totals notebook 07 and the README show; rewrite with ``--write-totals``.
TOTALS = ROOT / "benchmarks" / "attribution_totals.csv"
TOTAL_COLUMNS = ["split", "articles", "sentences", "sentences_right", "quotes", "quotes_right",
                 "false_quotes", "content_f1", "measured"]
README = ROOT / "README.md"
README_START = "<!-- attribution accuracy: written by benchmarks/attribution.py --write-totals -->"
README_END = "<!-- end of attribution accuracy -->"
#: Untouched articles that have had their one scoring and were then moved to the tuned split,
#: so their misses could be read: the articles and the day of that one scoring.  Their gold
#: files still say "untouched", as their writers labelled them; the split here overrides it.
RETIRED = {range(65, 73): "2026-12-02 (set 8)", range(81, 89): "2026-12-02 (set 10)",
           range(89, 97): "2026-12-02 (set 11)", range(97, 105): "2026-12-02 (set 12)",
           range(105, 113): "2026-12-02 (set 13)", range(113, 121): "2026-12-02 (set 14)",
           range(121, 129): "2026-12-02 (set 15)", range(129, 137): "2026-12-02 (set 16)",
           range(137, 145): "2026-12-02 (set 17)"}
_EDGE = re.compile(r"^[\s\"'“”‘’«».,;:!?—–-]+|[\s\"'“”‘’«».,;:!?—–-]+$")


def norm(value: str) -> str:
    """Text compared loosely: no double quotation marks (a run-on quotation's reopening
    marks are in the text or not, as the gold was written), straight single quotes, one
    space, no edge punctuation, lower case."""
    value = re.sub(r"[\"“”„«»]", "", value)
    value = value.replace("’", "'").replace("‘", "'")
    return _EDGE.sub("", re.sub(r"\s+", " ", value)).casefold()


def words(value: str) -> list[str]:
    return [t.norm.casefold() for t in text.tokenize(value) if not t.is_punct]


def same_speaker(found: str, gold: dict) -> bool:
    """The rules' speaker is the gold speaker as written, or names the body it resolves to."""
    if not found:
        return False
    got = norm(found)
    written, resolved = norm(gold["speaker_as_written"]), norm(gold["resolves_to"])
    got_bare = re.sub(r"^(the|a|an) ", "", got)
    # A title before the gold's name is the same person ("embassy spokesperson Xu Peiran" for
    # "Xu Peiran"): the rules' source ends with the name, as whole words.
    titled = any(len(name.split()) >= 2 and (got == name or got.endswith(" " + name))
                 for name in (written, resolved))
    # The gold's person named whole inside the rules' source ("Sen. Margaret Lindell", "Grace
    # Lindqvist of the Strait Policy Forum" for "Margaret Lindell, US Senator …"), or its
    # surname after a title in lower case ("spokesperson Zhang" for "Zhang").
    head = norm(gold["resolves_to"].split(",")[0])
    named = len(head.split()) >= 2 and re.search(rf"(?:^| ){re.escape(head)}(?: |$)", got)
    lead = found.strip()[:-len(gold["speaker_as_written"])].split() \
        if got.endswith(" " + written) else None
    surname = bool(lead) and all(w.islower() for w in lead)
    return bool(got == written or got_bare == re.sub(r"^(the|a|an) ", "", written) or titled
                or named or surname
                or (len(got_bare) > 2 and (got_bare in written or got_bare in resolved)))


def locate(body: str, sentence: str, cursor: int) -> tuple[int, int] | None:
    """Where a gold sentence is in the body: exactly, or (a dateline sentence, whose
    dateline the loader keeps as metadata) its longest tail of four words or more."""
    at = body.find(sentence, cursor)
    if at >= 0:
        return at, at + len(sentence)
    parts = sentence.split(" ")
    for k in range(1, len(parts) - 3):
        tail = " ".join(parts[k:])
        at = body.find(tail, cursor)
        if at >= 0:
            return at, at + len(tail)
    return None


def system_tables(article: Article) -> dict:
    sents = text.sentences(article)
    found = actors.mentions(sents)
    voice_table = voices.voices(sents, mention_table=found)
    return {"voices": voice_table, "quotes": voices.quotes(sents, voice_table=voice_table)}


def content_words(rows, body: str) -> Counter:
    """The words of the rules' content in these voice rows: the row's text without its
    speaker and cue (or the content span, where the table has one)."""
    bag: Counter = Counter()
    for row in rows:
        if row["side"] not in codebooks.compared_sides():
            continue
        if "content_start" in row and row["content_start"] >= 0:
            bag.update(words(body[row["content_start"]:row["content_end"]]))
            continue
        piece = list(body[row["start"]:row["end"]])
        for a, b in ((row["speaker_start"], row["speaker_end"]), (row["cue_start"], row["cue_end"])):
            if a >= 0:
                piece[a - row["start"]:b - row["start"]] = " " * (b - a)
        bag.update(words("".join(piece)))
    return bag


def score_article(path: Path, gold: dict, misses: list | None = None) -> dict:
    article = load_article(path)
    body = article.body
    tables = system_tables(article)
    rows = tables["voices"].to_dict("records")
    compared = set(codebooks.compared_sides())
    out = Counter()
    cursor = 0
    tp = fp = fn = 0
    for g in gold["sentences"]:
        span = locate(body, g["text"], cursor)
        if span is None:
            out["headline"] += 1
            continue
        cursor = span[1] - 1
        if g["sides"] == "?":
            continue
        over = [r for r in rows if r["start"] < span[1] and span[0] < r["end"]]
        found = {r["side"] for r in over} & compared
        out["sentences"] += 1
        if found == set(g["sides"]):
            out["sentences_right"] += 1
        elif misses is not None:
            misses.append(f"sentence: gold {sorted(g['sides'])} rules {sorted(found)}: "
                          f"{g['text'][:110]}  [{'; '.join(r['rule'] for r in over)[:160]}]")
        if g.get("content") and g["sides"]:
            gold_bag = Counter(w for piece in g["content"] for w in words(piece))
            got = content_words(over, body)
            common = sum((gold_bag & got).values())
            tp += common
            fp += sum(got.values()) - common
            fn += sum(gold_bag.values()) - common
    out["content_tp"], out["content_fp"], out["content_fn"] = tp, fp, fn
    score_quotes(tables["quotes"], gold["quotations"], out, misses)
    headline = norm(article.title or "")
    in_headline = [g for g in gold["quotations"] if g["kind"] == "speech" and headline
                   and norm(g["text"]) in headline]
    found = tables["quotes"][tables["quotes"]["sentence_id"] == 0]
    out["headline_quotes"] = len(in_headline)
    out["headline_right"] = sum(1 for g in in_headline if any(
        norm(q.text) == norm(g["text"]) and q.side == g["side"] and same_speaker(q.speaker, g)
        for q in found.itertuples()))
    return out


def score_quotes(found_quotes, gold_quotes, out: Counter, misses: list | None) -> None:
    compared = set(codebooks.compared_sides())
    # In reading order, as the gold lists them: the headline's (sentence 0) first, so a word
    # quoted in the headline and again in the body pairs with its own gold record.
    found = sorted(found_quotes.to_dict("records"),
                   key=lambda q: (q.get("sentence_id", 1) != 0, q.get("quote_id", 0)))
    used = set()
    for g in gold_quotes:
        target = norm(g["text"])
        match = next((k for k, q in enumerate(found) if k not in used and norm(q["text"]) == target),
                     None)
        if match is None:  # a fragment or a run-on cut differently: one inside the other
            match = next((k for k, q in enumerate(found) if k not in used and norm(q["text"])
                          and (norm(q["text"]) in target or target in norm(q["text"]))
                          and min(len(norm(q["text"])), len(target))
                          >= 0.6 * max(len(norm(q["text"])), len(target))), None)
        if match is not None:
            used.add(match)
        q = found[match] if match is not None else None
        kind = g["kind"]
        if kind != "speech":
            out["titles_and_scare"] += 1
            if q is not None and q["side"] in compared and q.get("kind", "speech") == "speech":
                out["false_quotes"] += 1
                if misses is not None:
                    misses.append(f"false quotation ({kind}) given to {q['side']}: {g['text'][:80]}")
            continue
        out["quotes"] += 1
        gold_side = g["side"] if g["side"] in compared else "other"
        ok = (q is not None and q["side"] == gold_side and (
            same_speaker(q["speaker"], g) or gold_side == "other" and q["side"] == "other"
            and not g["speaker_as_written"]))
        if ok:
            out["quotes_right"] += 1
        elif misses is not None:
            got = "not found" if q is None else f"{q['side']} / {q['speaker']!r}"
            misses.append(f"quotation: gold {g['side']} / {g['speaker_as_written']!r}, rules {got}: "
                          f"{g['text'][:80]}")
    for k, q in enumerate(found):
        if k not in used and q["side"] in compared and q.get("kind", "speech") == "speech":
            out["false_quotes"] += 1
            if misses is not None:
                misses.append(f"false quotation (no gold) given to {q['side']}: {q['text'][:80]}")


def score_cases(misses: list | None = None) -> Counter:
    """The one- or two-sentence quotation cases, each read as a one-paragraph article."""
    with open(GOLD / "quotation_cases.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = Counter()
    by_case: dict[str, list[dict]] = {}
    for row in rows:
        by_case.setdefault(row["case_id"], []).append(row)
    for case_id, golds in by_case.items():
        art = Article(id=case_id, path=Path(f"{case_id}.txt"), title=None, dateline=None,
                      paragraphs=(golds[0]["text"],), removed=(), encoding="utf-8")
        quotes = system_tables(art)["quotes"]
        gold_quotes = []
        for n, g in enumerate(golds):   # a case's n-th row is its n-th pair of marks
            fragment = re.search(r"fragment \d/\d: (.*)$", g["convention"])
            gold_quotes.append({**g, "text": fragment.group(1) if fragment
                                else _quoted(g["text"], n)})
        before = len(misses) if misses is not None else 0
        score_quotes(quotes, gold_quotes, out, misses)
        if misses is not None:
            for k in range(before, len(misses)):
                misses[k] = f"{case_id}: {misses[k]}  <<{golds[0]['text'][:100]}>>"
    return out


def _quoted(sentence: str, n: int = 0) -> str:
    found = text.quotations(sentence).spans
    a, b = found[min(n, len(found) - 1)] if found else (0, len(sentence))
    return sentence[a:b]


def percent(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "–"


def f1(tp: int, fp: int, fn: int) -> str:
    return f"{2 * tp / (2 * tp + fp + fn):.2f}" if tp else "0.00"


def totals_rows(totals: dict[str, Counter], articles: Counter, cases: Counter, day: str) -> list[dict]:
    """One row per split (and the quotation cases): counts, content F1, the day measured."""
    rows = []
    for split in ("tuned", "untouched"):
        t = totals.get(split, Counter())
        rows.append({"split": split, "articles": articles[split], "sentences": t["sentences"],
                     "sentences_right": t["sentences_right"], "quotes": t["quotes"],
                     "quotes_right": t["quotes_right"], "false_quotes": t["false_quotes"],
                     "content_f1": f1(t["content_tp"], t["content_fp"], t["content_fn"]),
                     "measured": day})
    rows.append({"split": "quotation cases", "articles": 0, "sentences": 0, "sentences_right": 0,
                 "quotes": cases["quotes"], "quotes_right": cases["quotes_right"],
                 "false_quotes": cases["false_quotes"], "content_f1": "", "measured": day})
    return rows


def readme_table(rows: list[dict]) -> str:
    """The README's accuracy table, made from the totals file's rows."""
    lines = ["| split | articles | sentences with the right sides | speech quotations right "
             "(speaker and side) | false quotations | content F1 |", "|---|---|---|---|---|---|"]
    for r in rows:
        cases = r["split"] == "quotation cases"
        lines.append(f"| {r['split']} | {'–' if cases else r['articles']} | "
                     f"{'–' if cases else percent(int(r['sentences_right']), int(r['sentences']))} | "
                     f"{percent(int(r['quotes_right']), int(r['quotes']))} | {r['false_quotes']} | "
                     f"{r['content_f1'] or '–'} |")
    day = rows[0]["measured"] if rows else ""
    return "\n".join([README_START, "", *lines, "", f"Measured on {day} with "
                      "`.venv/bin/python benchmarks/attribution.py --write-totals`.", "", README_END])


def write_totals(rows: list[dict], totals_path: Path = TOTALS, readme: Path = README) -> None:
    """Write the totals CSV (UTF-8 with a BOM) and put their table into the README."""
    import pandas as pd

    from helpers import figures

    table = pd.DataFrame(rows, columns=TOTAL_COLUMNS)
    figures.write_atomic(totals_path, lambda tmp: table.to_csv(
        tmp, index=False, lineterminator="\n", encoding="utf-8-sig"))
    page = readme.read_text(encoding="utf-8")
    start, end = page.find(README_START), page.find(README_END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme.name}: the accuracy markers are missing ({README_START!r} "
                         f"… {README_END!r}); put them back where the table goes.")
    fresh = page[:start] + readme_table(rows) + page[end + len(README_END):]
    figures.write_atomic(readme, lambda tmp: tmp.write_text(fresh, encoding="utf-8"))


def article_number(path: Path) -> int:
    return int(path.name.split("_", 1)[0])


def split_of(gold: dict, number: int) -> str:
    """The split an article is scored in: its gold's, unless it is retired (``RETIRED``)."""
    if any(number in numbers for numbers in RETIRED):
        return "tuned"
    return gold["split"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tuned", "untouched", "all"), default="tuned")
    parser.add_argument("--details", nargs="*", help="print every miss (of these article numbers)")
    parser.add_argument("--write-totals", action="store_true",
                        help=f"score both splits and the cases, write {TOTALS.relative_to(ROOT)} "
                        "and the README's accuracy table")
    args = parser.parse_args(argv)
    if args.write_totals:
        args.split = "all"
    totals: dict[str, Counter] = {}
    articles: Counter = Counter()
    print("| split | article | sentences with the right sides | quotations right | false "
          "quotations | content F1 |")
    print("|---|---|---|---|---|---|")
    for gold_path in sorted(GOLD.glob("*.gold.json"), key=article_number):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        number = article_number(gold_path)
        gold["split"] = split_of(gold, number)
        if args.split != "all" and gold["split"] != args.split:
            continue
        wanted = {int(n) for n in args.details or []}
        misses = [] if args.details is not None and (not wanted or number in wanted) else None
        result = score_article(GOLD / gold["article"], gold, misses)
        totals.setdefault(gold["split"], Counter()).update(result)
        articles[gold["split"]] += 1
        print(f"| {gold['split']} | {gold['article'][:-4]} | "
              f"{percent(result['sentences_right'], result['sentences'])} | "
              f"{percent(result['quotes_right'], result['quotes'])} | {result['false_quotes']} | "
              f"{f1(result['content_tp'], result['content_fp'], result['content_fn'])} |")
        for line in misses or []:
            print("    " + line)
    for split, t in totals.items():
        print(f"| **{split}** | **all {split}** | **{percent(t['sentences_right'], t['sentences'])}** | "
              f"**{percent(t['quotes_right'], t['quotes'])}** | **{t['false_quotes']}** | "
              f"**{f1(t['content_tp'], t['content_fp'], t['content_fn'])}** |")
    for split, t in totals.items():
        print(f"{split}: {t['headline_quotes']} of the {t['quotes']} speech quotations are in a "
              f"headline; {t['headline_right']} of those are right (helpers.headlines)")
    if args.split in ("tuned", "all"):
        misses = [] if args.details is not None and not args.details else None
        cases = score_cases(misses)
        print(f"| cases | quotation_cases.csv | – | {percent(cases['quotes_right'], cases['quotes'])} "
              f"| {cases['false_quotes']} | – |")
        for line in misses or []:
            print("    " + line)
        if args.write_totals:
            import datetime

            write_totals(totals_rows(totals, articles, cases, datetime.date.today().isoformat()))
            print(f"wrote {TOTALS.relative_to(ROOT)} and the accuracy table in README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
