"""Speed and memory of the whole pipeline, on corpora of 100,000 and 1,000,000 words.

Run by hand (not part of the tests; a shared machine is noisy, so compare the ratios taken in
one run rather than seconds across runs):

    .venv/bin/python benchmarks/pipeline.py            # 100k and 1M words
    .venv/bin/python benchmarks/pipeline.py --sizes 100000

The corpus is the default article's sentences recombined at random into articles of ten
paragraphs (about 350 words each), so it has the article's density of actors, quotes and
speech cues.  Each size runs in its own process, pinned to one core, so that its peak memory
(``ru_maxrss``) is its own.  Stages, as a user runs them:

(a) sentences   ``text.sentences(articles)``: Punkt, the rules, word counts
(b) tokens      ``text.tokens(sentences)``
(c) mentions    ``actors.mentions(sentences)``
(d) voices and quotes  ``voices.voices`` then ``voices.quotes``

and, in the same process, the baselines a user would otherwise reach for: NLTK's Punkt with no
parameters, and NLTK's ``NLTKWordTokenizer`` (the tokenizer behind ``word_tokenize``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path


def corpus(n_words: int, seed: int = 1):
    from helpers.article import DEFAULT_ARTICLE, Article, load_article
    from helpers.text import split_sentences

    sentences = split_sentences(load_article(DEFAULT_ARTICLE).body)
    rng = random.Random(seed)
    articles, count = [], 0
    while count < n_words:
        paragraphs = [" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
                      for _ in range(10)]
        count += sum(len(p.split()) for p in paragraphs)
        articles.append(Article(id=f"bench-{len(articles):05d}", path=Path("bench.txt"),
                                title=None, dateline=None, paragraphs=tuple(paragraphs),
                                removed=(), encoding="utf-8"))
    return articles, count


def child(n_words: int) -> dict:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from helpers import actors, text, voices

    articles, words = corpus(n_words)
    text.sentences(articles[:3])  # warm up: codebooks, word lists, compiled patterns
    actors.mentions(text.sentences(articles[:3]))
    seconds = {}
    start = time.perf_counter()
    sentences = text.sentences(articles)
    seconds["(a) sentences"] = time.perf_counter() - start
    t = time.perf_counter()
    tokens = text.tokens(sentences)
    seconds["(b) tokens"] = time.perf_counter() - t
    t = time.perf_counter()
    mentions = actors.mentions(sentences)
    seconds["(c) actor mentions"] = time.perf_counter() - t
    t = time.perf_counter()
    voice_table = voices.voices(sentences, mention_table=mentions)
    quotes = voices.quotes(sentences, voice_table=voice_table)
    seconds["(d) voices and quotes"] = time.perf_counter() - t
    seconds["whole pipeline (a-d)"] = time.perf_counter() - start
    bodies = [a.body for a in articles]
    t = time.perf_counter()
    punkt = PunktSentenceTokenizer()
    n_punkt = sum(len(punkt.tokenize(b)) for b in bodies)
    seconds["baseline: NLTK Punkt, no parameters"] = time.perf_counter() - t
    t = time.perf_counter()
    word_tokenizer = NLTKWordTokenizer()
    n_nltk_tokens = sum(len(word_tokenizer.tokenize(s)) for s in sentences["text"])
    seconds["baseline: NLTKWordTokenizer"] = time.perf_counter() - t
    return {"words": words, "seconds": seconds,
            "rows": {"sentences": len(sentences), "tokens": len(tokens),
                     "mentions": len(mentions), "voices": len(voice_table), "quotes": len(quotes),
                     "punkt sentences": n_punkt, "nltk tokens": n_nltk_tokens},
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    results = []
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(size)], check=True,
                             capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores (one used)\n")
    header = " | ".join(f"{r['words']:,} words: s | words/s" for r in results)
    print(f"| stage | {header} |")
    print("|---|" + "---|---|" * len(results))
    for stage in results[0]["seconds"]:
        cells = " | ".join(f"{r['seconds'][stage]:.2f} | {r['words'] / r['seconds'][stage]:,.0f}"
                           for r in results)
        print(f"| {stage} | {cells} |")
    print("| peak memory (MB) | " + " | ".join(f"{r['peak_mb']:,.0f} | " for r in results) + "|")
    if len(results) >= 2:
        small, large = results[0], results[-1]
        ratio = large["seconds"]["whole pipeline (a-d)"] / small["seconds"]["whole pipeline (a-d)"]
        print(f"\ntime({large['words']:,}) / time({small['words']:,}) for the whole pipeline: "
              f"{ratio:.2f} (for {large['words'] / small['words']:.2f} times the words)")
    for r in results:
        print(f"rows at {r['words']:,} words: {r['rows']}")


if __name__ == "__main__":
    main()
