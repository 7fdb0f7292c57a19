"""Sentence splitting: accuracy on the hand-written hard cases, and speed on one core.

Run by hand (not part of the tests; timings on a shared machine are noisy):

    .venv/bin/python benchmarks/segmentation.py

Accuracy is the share of the cases in ``tests/segmentation_cases.py`` split exactly right,
and the share of gold boundaries found, for three splitters: naive (split after . ! ? and a
space), NLTK's Punkt with no parameters, and the workbook's ``helpers.text.split_sentences``.
Speed is words a second, on a text of recombined article sentences, measured in the same run
so the ratios between splitters are fair.
"""

from __future__ import annotations

import platform
import random
import re
import sys
import time
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from helpers import text
from helpers.article import DEFAULT_ARTICLE, load_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from segmentation_cases import CASES  # noqa: E402

PLAIN = PunktSentenceTokenizer()
SPLITTERS = {
    "naive (. ! ? + space)": lambda s: [p for p in re.split(r"(?<=[.!?])\s+", s) if p],
    "NLTK Punkt, no parameters": lambda s: [x for p in re.split(r"\n\s*\n", s)
                                            for x in PLAIN.tokenize(p)],
    "workbook (helpers.text)": text.split_sentences,
}


def boundaries(sentences: list[str]) -> set[int]:
    """Return the cumulative word positions where sentences end."""
    ends, count = set(), 0
    for sentence in sentences:
        count += len(sentence.split())
        ends.add(count)
    return ends


def accuracy() -> None:
    print(f"Accuracy on {len(CASES)} hard cases (tests/segmentation_cases.py)")
    print("| splitter | cases exactly right | boundaries found (recall) | precision |")
    print("|---|---|---|---|")
    for name, split in SPLITTERS.items():
        exact = tp = gold = found = 0
        for _, source, expected in CASES:
            got = split(source)
            exact += got == expected
            g, f = boundaries(expected), boundaries(got)
            tp, gold, found = tp + len(g & f), gold + len(g), found + len(f)
        print(f"| {name} | {exact}/{len(CASES)} ({exact / len(CASES):.0%}) | "
              f"{tp / gold:.1%} | {tp / found:.1%} |")


def corpus(n_words: int, seed: int = 1) -> str:
    """Recombine the default article's sentences into paragraphs until ``n_words`` is reached."""
    sentences = text.split_sentences(load_article(DEFAULT_ARTICLE).body)
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < n_words:
        para = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
        paragraphs.append(para)
        count += len(para.split())
    return "\n\n".join(paragraphs)


def speed(n_words: int = 1_000_000, repeats: int = 3) -> None:
    big = corpus(n_words)
    words = len(big.split())
    text.split_sentences("Warm up.")
    print(f"\nSpeed on {words:,} words (best of {repeats}), one core")
    print("| splitter | seconds | words/s |")
    print("|---|---|---|")
    for name, split in SPLITTERS.items():
        best = min(_timed(split, big) for _ in range(repeats))
        print(f"| {name} | {best:.2f} | {words / best:,.0f} |")


def _timed(split, big: str) -> float:
    start = time.perf_counter()
    split(big)
    return time.perf_counter() - start


if __name__ == "__main__":
    print(f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, "
          f"{platform.machine()}, {platform.processor() or 'cpu'}\n")
    accuracy()
    speed()
