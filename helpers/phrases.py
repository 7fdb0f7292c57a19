"""Noun phrases each side uses and the other does not: naming with no codebook.

An object-name codebook knows only the topic it was written for.  This module finds what a
side calls things on any topic: the **noun phrases** in each side's content (quoted and
reported, :func:`helpers.framing.word_units`), and keeps those one compared side uses and
the other does not ("advanced chips" against "technological bullying").

A noun phrase is a run of adjectives and nouns that ends in a noun, tagged by TextBlob's
``PatternTagger`` (the Brill-style lexicon and rules of the Pattern library, shipped inside
the ``textblob`` wheel: nothing is downloaded; NLTK's taggers need a download and are not
used).  A run stops at a time word or a light noun (``data/phrase_skip_words.txt``:
"last year", "part"), at a stopword, a punctuation mark, a word of the speaker or the cue,
and at an actor's name (``mention_table``), so "Chinese civilian unmanned aircraft" gives
"civilian unmanned aircraft" when "Chinese" names an actor.  Every phrase is the article's
own text between two offsets, so it can be found in the side's content as written.

>>> from helpers.phrases import noun_phrase_spans
>>> text = "the US mistake of attacking a civilian unmanned aircraft"  # "US": tagged a pronoun
>>> [text[a:b] for a, b in noun_phrase_spans(text)]
['mistake', 'civilian unmanned aircraft']
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers import codebooks
from helpers.framing import _attribution_spans, _MentionSpans, word_units
from helpers.text import stopwords, tokenize

__all__ = ["PHRASE_COLUMNS", "noun_phrase_spans", "noun_phrases", "phrase_table"]

_NOUN = ("NN", "NNS", "NNP", "NNPS")
_MODIFIER = ("JJ", "JJR", "JJS", "VBN", "CD")


@lru_cache(maxsize=1)
def _tag():
    # TextBlob's Pattern tagger: its lexicon (en-lexicon.txt) and context rules ship in the
    # wheel.  ``tokenize=False`` tags the workbook's own tokens, joined by spaces.
    from textblob.en import tag

    return tag


def _tag_many(token_lists: list[list]) -> list[list[str]]:
    """Tags for each list of tokens, in one call of the tagger (one line per list)."""
    words = [[t.token.replace("’", "'").replace(" ", "_") for t in tokens]
             for tokens in token_lists]
    tagged = [tag for _, tag in _tag()("\n".join(" ".join(w) for w in words if w),
                                       tokenize=False)]
    out, at = [], 0
    for w in words:
        out.append(tagged[at:at + len(w)])
        at += len(w)
    if at != len(tagged) or any(len(t) != len(w) for t, w in zip(out, words, strict=True)):
        # The tagger split or joined a token somewhere: tag each list on its own.
        out = [[tag for _, tag in _tag()(" ".join(w), tokenize=False)] if w else [] for w in words]
        out = [t if len(t) == len(w) else [(_tag()(x, tokenize=False) or [("", "")])[0][1]
                                           for x in w] for t, w in zip(out, words, strict=True)]
    return out


def _spans(tokens, tags, masked, stop, skip) -> list[tuple[int, int]]:
    spans, run = [], []

    def close():
        while run and tags[run[-1]] not in _NOUN:
            run.pop()
        while run and tags[run[0]] == "CD":
            run.pop(0)
        if run:
            spans.append((tokens[run[0]].start, tokens[run[-1]].end))
        run.clear()

    for k, (tok, tag) in enumerate(zip(tokens, tags, strict=True)):
        inside_mask = any(a <= tok.start < b for a, b in masked)
        plain = not tok.is_punct and tok.norm not in stop and tok.norm not in skip \
            and any(c.isalpha() for c in tok.token)
        if inside_mask or not plain or tag not in (*_NOUN, *_MODIFIER):
            close()
            continue
        run.append(k)
    close()
    return spans


def _words_to_skip() -> tuple[frozenset, frozenset]:
    skip = frozenset(w.lower() for w in codebooks.wordlist("phrase_skip_words.txt"))
    return stopwords(), skip


def noun_phrase_spans(text: str, masked: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` in ``text`` of every noun phrase, in order.

    ``masked`` spans (the speaker, the cue, actor names) break a phrase and are never in one.
    """
    tokens = [t for t in tokenize(text) if t.token.strip()]
    if not tokens:
        return []
    return _spans(tokens, _tag_many([tokens])[0], masked, *_words_to_skip())


PHRASE_COLUMNS = ["article_id", "sentence_id", "clause_id", "side", "whose", "phrase",
                  "surface", "start", "end"]


def noun_phrases(voice_table: pd.DataFrame, mention_table: pd.DataFrame | None = None, *,
                 quote_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every noun phrase in each side's content, with whose words it is in.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``whose`` (quoted or
        reported), ``phrase`` (lower case, straight apostrophes, single spaces), ``surface``
        (as written) and ``start``/``end`` (offsets into the article body).
    """
    units = word_units(voice_table, quote_table)
    units = units[units["whose"] != "narrator"]
    mentions = _MentionSpans(mention_table)
    stop, skip = _words_to_skip()
    pieces = list(units.itertuples(index=False))
    tokens = [[t for t in tokenize(unit.text) if t.token.strip()] for unit in pieces]
    tags = _tag_many(tokens)
    rows = []
    for unit, toks, tagged in zip(pieces, tokens, tags, strict=True):
        for a, b in _spans(toks, tagged, _attribution_spans(unit, mentions), stop, skip):
            surface = unit.text[a:b]
            rows.append((unit.article_id, unit.sentence_id, unit.clause_id, unit.side,
                         unit.whose, " ".join(surface.replace("’", "'").lower().split()),
                         surface, unit.start + a, unit.start + b))
    return pd.DataFrame(rows, columns=PHRASE_COLUMNS)


def phrase_table(voice_table: pd.DataFrame, mention_table: pd.DataFrame | None = None, *,
                 quote_table: pd.DataFrame | None = None, top: int | None = None,
                 phrases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the noun phrases one compared side uses in an article and the other does not.

    In the shape of :func:`helpers.framing.naming_table`, so the naming chart draws it:
    ``connotation`` says whose phrases they are ("China only").  Per article and side the
    phrases are ranked by count, then by length (a longer phrase says more), then by where
    they first occur; ``top`` keeps that many per side.

    Returns
    -------
    pandas.DataFrame
        One row per article, phrase, side and whose: ``article_id``, ``name`` (the phrase),
        ``connotation``, ``side``, ``whose``, ``count`` and ``sentence_ids`` (``;``).
    """
    columns = ["article_id", "name", "connotation", "side", "whose", "count", "sentence_ids"]
    found = noun_phrases(voice_table, mention_table, quote_table=quote_table) \
        if phrases is None else phrases
    compared = codebooks.compared_sides()
    found = found[found["side"].isin(compared)]
    if found.empty:
        return pd.DataFrame(columns=columns)
    sides_of = found.groupby(["article_id", "phrase"])["side"].nunique()
    own = found[[sides_of[(a, p)] == 1 for a, p in zip(found["article_id"], found["phrase"],
                                                         strict=True)]]
    rows = []
    for (article_id, side), group in own.groupby(["article_id", "side"], sort=False):
        stats = group.groupby("phrase", sort=False).agg(
            count=("phrase", "size"), first=("start", "min"))
        stats["length"] = [len(p.split()) for p in stats.index]
        ranked = stats.sort_values(["count", "length", "first"], ascending=[False, False, True])
        keep = list(ranked.index[:top] if top else ranked.index)
        for phrase in keep:
            here = group[group["phrase"] == phrase]
            for whose, part in here.groupby("whose", sort=False):
                rows.append((article_id, phrase, f"{side} only", side, whose, len(part),
                             ";".join(map(str, part["sentence_id"]))))
    table = pd.DataFrame(rows, columns=columns)
    order = {s: k for k, s in enumerate(compared)}
    return (table.assign(_o=table["side"].map(order))
            .sort_values(["article_id", "_o"], kind="stable").drop(columns="_o")
            .reset_index(drop=True))
