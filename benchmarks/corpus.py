"""Speed and memory of corpus mode: 1,000 and 10,000 articles through every corpus table.

Run by hand (not part of the tests).  The machine is shared, so the ratios taken in one run
(time(10k) / time(1k), two processes against one) mean more than the seconds:

    .venv/bin/python benchmarks/corpus.py                  # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/corpus.py --sizes 1000     # quicker

The articles are the default article's sentences recombined at random into articles of ten
paragraphs (about 560 words each; see ``benchmarks/pipeline.py``), each given a dateline city
(Beijing or Washington) in its metadata.  Each measurement runs in a fresh process, whose
peak memory (``ru_maxrss`` of the process and of its workers, the larger) is its own.  What is
timed, as the notebook runs it: ``corpus.analyse`` with a process pool, then every corpus
table (share of voice, quotations, names, frames, keyness, and all of them by place).

Targets on a 2-core machine: 10,000 articles in under 60 s; time(10k) / time(1k) at most 11;
two processes at least 1.7 times as fast as one; peak memory under 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def child(n_articles: int, workers: int) -> dict:
    import pandas as pd
    from pipeline import corpus as recombined

    from helpers import corpus

    articles, _ = recombined(700 * n_articles)  # about 560 words each: more than enough
    articles = articles[:n_articles]
    words = sum(len(a.body.split()) for a in articles)
    metadata = pd.DataFrame({"article_id": [a.id for a in articles],
                             "place": ["Beijing" if k % 2 else "Washington"
                                       for k in range(len(articles))]})
    corpus.analyse(articles[:3], executor="serial", progress=False)  # warm up the codebooks
    seconds = {}
    start = time.perf_counter()
    tables = corpus.analyse(articles, workers=workers, progress=False)
    seconds["analyse (per-article tables)"] = time.perf_counter() - start
    t = time.perf_counter()
    corpus.share_summary(tables.share)
    corpus.quote_summary(tables.quotes)
    corpus.names_by_side(tables.names)
    corpus.frame_spread(tables.frames)
    corpus.keyness(tables)
    corpus.by_group(tables, metadata, "place")
    seconds["corpus tables"] = time.perf_counter() - t
    seconds["total"] = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {"articles": len(articles), "workers": workers, "words": words, "seconds": seconds,
            "rows": {"voices": len(tables.voices), "mentions": len(tables.mentions)},
            "peak_mb": peak}


def run(n_articles: int, workers: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(n_articles), str(workers)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--child", type=int, nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    results = [run(args.sizes[0], 1)] + [run(size, 2) for size in args.sizes]
    print(f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
          f"{platform.machine()}, {cores} cores\n")
    print("| articles | processes | words | analyse | corpus tables | total | words/s | peak memory |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        s = r["seconds"]
        print(f"| {r['articles']:,} | {r['workers']} | {r['words']:,} | "
              f"{s['analyse (per-article tables)']:.1f} s | {s['corpus tables']:.1f} s | "
              f"{s['total']:.1f} s | {r['words'] / s['total']:,.0f} | {r['peak_mb']:,.0f} MB |")
    one, two = results[0], results[1]
    print(f"\ntwo processes over one at {one['articles']:,} articles: "
          f"{one['seconds']['total'] / two['seconds']['total']:.2f} times as fast")
    if len(results) > 2:
        big = results[-1]
        print(f"time({big['articles']:,}) / time({two['articles']:,}), two processes: "
              f"{big['seconds']['total'] / two['seconds']['total']:.2f} "
              f"(for {big['articles'] / two['articles']:.0f} times the articles)")


if __name__ == "__main__":
    main()
