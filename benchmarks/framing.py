"""Speed of the framing stages (helpers.framing, keyness, phrases) on one long article.

Run by hand (not part of the tests; a shared machine is noisy, so compare stages within one
run rather than seconds across runs):

    .venv/bin/python benchmarks/framing.py                 # 100,000 words
    .venv/bin/python benchmarks/framing.py --copies 2000   # about 740,000 words

The article is the default article's paragraphs repeated ``--copies`` times (one article, so
the quotations, the speaker register and the per-article tables are as long as they get).
Each stage is timed as notebook 05 calls it, from the voice, quote and mention tables; the
first call of the tagger also reads its lexicon (about a second), so ``phrases`` is timed
after one warm-up call on a short text.  ``word_units`` runs first; the later stages get its
pieces again from its one-entry cache (checked by a hash of the tables), as in notebook 05.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=270)
    args = parser.parse_args()

    from helpers import actors, framing, phrases, text, voices
    from helpers.article import DEFAULT_ARTICLE, Article, load_article

    base = load_article(DEFAULT_ARTICLE)
    long = Article(id="long", path=Path("long.txt"), title=None, dateline=None,
                   paragraphs=base.paragraphs * args.copies, removed=(), encoding="utf-8")
    sentences = text.sentences(long)
    mentions = actors.mentions(sentences)
    voice_table = voices.voices(sentences, mention_table=mentions)
    quote_table = voices.quotes(sentences, voice_table=voice_table)
    words = int(sentences["n_words"].sum())
    phrases.noun_phrase_spans("a warm-up sentence for the tagger")
    stages = [
        ("word_units", lambda: framing.word_units(voice_table, quote_table)),
        ("share_of_voice", lambda: framing.share_of_voice(voice_table, quote_table)),
        ("naming", lambda: framing.naming(voice_table, quote_table=quote_table)),
        ("frame_hits", lambda: framing.frame_hits(voice_table, mention_table=mentions,
                                                  quote_table=quote_table)),
        ("keyness", lambda: framing.keyness(voice_table, mention_table=mentions,
                                            quote_table=quote_table)),
        ("tone", lambda: framing.tone(voice_table, quote_table=quote_table)),
        ("noun phrases", lambda: phrases.noun_phrases(voice_table, mentions,
                                                      quote_table=quote_table)),
    ]
    print(f"{words:,} words, {len(voice_table):,} voice rows, {len(quote_table):,} quotations")
    print(f"{'stage':16s} {'seconds':>8s} {'words/s':>10s}")
    for name, run in stages:
        start = time.perf_counter()
        run()
        seconds = time.perf_counter() - start
        print(f"{name:16s} {seconds:8.2f} {words / seconds:10,.0f}")


if __name__ == "__main__":
    main()
