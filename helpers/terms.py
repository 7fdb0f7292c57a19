"""Which words carry a story: frequencies, n-grams, collocations, keyword in context, dispersion.

What Voyant's *Terms* / *Contexts* / *Trends*, AntConc's *Word* / *KWIC* / *Plot* / *Collocate*
and quanteda's ``textstat_frequency`` / ``kwic`` / ``textplot_xray`` give, offline and as tidy
DataFrames.  Every function takes the token table of :func:`helpers.text.tokens` (and, where
sentences matter, the sentence table of :func:`helpers.text.sentences`) and returns one row per
unit, with ``article_id`` and, where there is one, ``sentence_id`` to join back to sentences.

Words are compared by their ``norm``: lower case with straight apostrophes, except acronyms, which
keep their capitals.  So ``US`` (the country) is a term and ``us`` (the pronoun) a stopword, and
``China’s`` and ``China's`` both count one ``China``.

>>> from helpers import terms
>>> sents, toks = terms.text_tables("The US said no. China’s envoy told us: the US balloon "
...                                 "was a weather balloon.")
>>> terms.term_frequency(toks)[["term", "count"]].head(3).to_dict("list")
{'term': ['balloon', 'US', 'china'], 'count': [2, 2, 1]}
>>> terms.kwic(toks, "china's", window=2)[["left", "keyword", "right"]].values.tolist()
[['', 'China’s', 'envoy told']]
"""

from __future__ import annotations

import math
import re
from collections import Counter, namedtuple
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import codebooks
from helpers.article import Article
from helpers.text import SENTENCE_COLUMNS, TOKEN_COLUMNS, sentences, tokenize, tokens

__all__ = [
    "COLLOCATION_COLUMNS",
    "DISPERSION_COLUMNS",
    "FLOOR",
    "FREQUENCY_COLUMNS",
    "KWIC_COLUMNS",
    "NGRAM_COLUMNS",
    "SUMMARY_COLUMNS",
    "collocations",
    "content_words",
    "dispersion",
    "kwic",
    "match_terms",
    "ngram_label",
    "ngrams",
    "summary",
    "term_frequency",
    "text_tables",
]

#: Counts below this are marked on every ranked chart: too few to compare.
FLOOR = 3



SUMMARY_COLUMNS = ["article_id", "words", "distinct_words", "type_token_ratio", "sentences",
                   "mean_sentence_words", "longest_sentence_words", "longest_sentence_id",
                   "stopword_share"]
FREQUENCY_COLUMNS = ["article_id", "rank", "term", "label", "count", "per_1000", "forms",
                     "n_forms", "below_floor"]
NGRAM_COLUMNS = ["article_id", "n", "rank", "ngram", "label", "count", "per_1000",
                 "sentence_ids", "below_floor"]
COLLOCATION_COLUMNS = ["article_id", "bigram", "label", "w1", "w2", "count", "count_w1",
                       "count_w2", "llr", "pmi", "rank_llr", "rank_pmi", "below_floor"]
KWIC_COLUMNS = ["article_id", "sentence_id", "i", "start", "end", "left", "keyword", "right"]
DISPERSION_COLUMNS = ["article_id", "term", "sentence_id", "paragraph_id", "i", "start", "end",
                      "word_index", "position", "matched"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_OPENERS = frozenset("\"'“‘([{«")
_CLITIC = re.compile(r"^(?:'(?:s|re|ve|ll|d|m)|n't)$")


# ---------------------------------------------------------------------------------------------
# Input
# ---------------------------------------------------------------------------------------------

def text_tables(text: str, article_id: str = "example") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Turn a plain string into the sentence and token tables the workbook uses.

    Paragraphs are separated by blank lines, as in an article file; no title or dateline is
    looked for.  Handy for trying a function on a sentence of your own.

    Returns
    -------
    tuple of pandas.DataFrame
        ``(sentences, tokens)`` with the columns of :func:`helpers.text.sentences` and
        :func:`helpers.text.tokens`.
    """
    paras = tuple(p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip())
    article = Article(id=article_id, path=Path(f"{article_id}.txt"), title=None, dateline=None,
                      paragraphs=paras, removed=(), encoding="utf-8")
    if not paras:
        return pd.DataFrame(columns=SENTENCE_COLUMNS), pd.DataFrame(columns=TOKEN_COLUMNS)
    sent = sentences(article)
    return sent, tokens(sent)


def _as_tokens(tokens_or_sentences) -> pd.DataFrame:
    """Accept a token table, a sentence table or a plain string; return a token table."""
    if isinstance(tokens_or_sentences, str):
        return text_tables(tokens_or_sentences)[1]
    table = tokens_or_sentences
    if "token" in table.columns:
        return table
    if "text" in table.columns:
        return tokens(table) if len(table) else pd.DataFrame(columns=TOKEN_COLUMNS)
    raise TypeError("expected the token table of helpers.text.tokens, the sentence table of "
                    "helpers.text.sentences, or a string")


def _ordered(tok: pd.DataFrame) -> pd.DataFrame:
    return tok.sort_values(["article_id", "sentence_id", "i"], kind="stable")


def _by_sentence(tok: pd.DataFrame) -> Iterator[tuple[object, object, list]]:
    """Yield ``(article_id, sentence_id, rows)`` per sentence, in text order.

    ``rows`` are the sentence's token rows as named tuples (the fields of ``itertuples``).
    The same as grouping the ordered table by sentence, but built from whole columns at
    once: on a long article (tens of thousands of sentences) pandas' per-group overhead
    was most of the time of ``kwic``, ``match_terms``, ``ngrams`` and ``collocations``.
    """
    ordered = _ordered(tok)
    if not len(ordered):
        return
    row = namedtuple("Row", [str(c) for c in ordered.columns], rename=True)
    rows = list(map(row._make, zip(*(ordered[c].tolist() for c in ordered.columns),
                                   strict=True)))
    arts, sids = ordered["article_id"].tolist(), ordered["sentence_id"].tolist()
    first = 0
    for k in range(1, len(rows) + 1):
        if k == len(rows) or sids[k] != sids[first] or arts[k] != arts[first]:
            yield arts[first], sids[first], rows[first:k]
            first = k


def _is_word(tok: pd.DataFrame) -> pd.Series:
    return ~tok["is_punct"].astype(bool)


def _join(rows: Iterable) -> str:
    """Rebuild text from token rows (``token``, ``start``, ``end``), spaced as in the article."""
    out, prev_end = [], None
    for row in rows:
        if prev_end is not None and row.start > prev_end:
            out.append(" ")
        out.append(row.token)
        prev_end = row.end
    return "".join(out)


def _most_common(values: Iterable[str]) -> str:
    """The most frequent value; ties go to the one seen first."""
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


# ---------------------------------------------------------------------------------------------
# 1 · Summary
# ---------------------------------------------------------------------------------------------

def summary(tokens: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Count words, distinct words, sentences and stopwords, one row per article.

    A *word* is a token that is not punctuation (``China’s`` is two: ``China`` and ``’s``);
    distinct words are distinct ``norm`` values.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id``, ``words``, ``distinct_words``, ``type_token_ratio`` (distinct
        words / words: falls as a text grows, so compare it only between texts of similar
        length), ``sentences``, ``mean_sentence_words``, ``longest_sentence_words``,
        ``longest_sentence_id`` (the first when tied) and ``stopword_share`` (0–1).
    """
    if not len(sentences):
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    # One groupby per table, not one filter of the whole token table per article (that was
    # quadratic in the number of articles).
    sent = sentences.reset_index(drop=True)
    articles = pd.Index(pd.unique(sent["article_id"]))
    by_sentence = sent.groupby("article_id", sort=False)
    longest = sent.loc[by_sentence["n_words"].idxmax().reindex(articles)]
    words = tokens[_is_word(tokens)] if len(tokens) else tokens
    if len(words):
        by_word = words.assign(is_stop=words["is_stop"].astype(bool)).groupby(
            "article_id", sort=False)
        n = by_word.size().reindex(articles, fill_value=0)
        distinct = by_word["norm"].nunique().reindex(articles, fill_value=0)
        stop = by_word["is_stop"].mean().reindex(articles)
    else:
        n = distinct = pd.Series(0, index=articles)
        stop = pd.Series(math.nan, index=articles)
    n_list, distinct_list = n.astype(int).tolist(), distinct.astype(int).tolist()
    rows = zip(articles.tolist(), n_list, distinct_list,
               [d / k if k else math.nan for d, k in zip(distinct_list, n_list, strict=True)],
               by_sentence.size().reindex(articles).tolist(),
               by_sentence["n_words"].mean().reindex(articles).tolist(),
               longest["n_words"].astype(int).tolist(), longest["sentence_id"].astype(int).tolist(),
               [float(v) if k else math.nan for v, k in zip(stop.tolist(), n_list, strict=True)],
               strict=True)
    return pd.DataFrame(list(rows), columns=SUMMARY_COLUMNS)


# ---------------------------------------------------------------------------------------------
# 2 · Term frequency
# ---------------------------------------------------------------------------------------------

def _stemmer():
    from nltk.stem.snowball import SnowballStemmer  # rule-based: no download needed

    return SnowballStemmer("english")


def _stem_key(norm: str, stemmer) -> str:
    """Snowball stem, except acronyms: ``US`` stays ``US`` (stemming would make it ``us``)."""
    letters = norm.replace(".", "")
    if len(letters) >= 2 and letters.isupper():
        return norm
    return stemmer.stem(norm)


def content_words(tokens: pd.DataFrame, keep_numbers: bool = False) -> pd.DataFrame:
    """Return the token rows that count as content words.

    Not punctuation, not a stopword (by ``norm``, so ``US`` stays and ``us`` goes), and, unless
    ``keep_numbers``, containing at least one letter (``G20`` stays, ``2022`` goes).

    Returns
    -------
    pandas.DataFrame
        The matching rows of ``tokens``, same columns, in text order.
    """
    if not len(tokens):
        return tokens.iloc[0:0]
    keep = _is_word(tokens) & ~tokens["is_stop"].astype(bool)
    if not keep_numbers:
        keep &= tokens["norm"].str.contains(r"[^\W\d_]", regex=True)
    return _ordered(tokens[keep])


def _ranked(table: pd.DataFrame, label: str) -> pd.DataFrame:
    """Sort by count (highest first), ties alphabetically by ``label``; add ``rank``.

    Tied counts share a rank ("1, 2, 3, 3, 5").
    """
    table = table.assign(_key=table[label].str.casefold()).sort_values(
        ["count", "_key", label], ascending=[False, True, True])
    table["rank"] = table["count"].rank(method="min", ascending=False).astype(int)
    return table


def term_frequency(tokens: pd.DataFrame, *, stem: bool = False, floor: int = FLOOR,
                   keep_numbers: bool = False) -> pd.DataFrame:
    """Count content words per article, as word forms or as Snowball stems.

    Parameters
    ----------
    tokens
        The token table of :func:`helpers.text.tokens`.
    stem
        ``False``: count each word form (``country`` and ``countries`` apart).  ``True``: count
        NLTK's English Snowball stems (``countri`` holds both); acronyms are never stemmed.
    floor
        Counts below it are flagged in ``below_floor``.
    keep_numbers
        Count tokens without letters (``2022``) too.

    Returns
    -------
    pandas.DataFrame
        One row per term and article, most frequent first (ties in alphabetical order):
        ``article_id``, ``rank`` (ties share a rank), ``term`` (the norm or stem),
        ``label`` (how it is written most often, e.g. ``China``; for stems the forms joined
        by ``/``), ``count``, ``per_1000`` (per 1,000 words of the article, stopwords
        included; two decimals), ``forms`` (the word forms counted, e.g.
        ``countries 5, country 1``), ``n_forms`` and ``below_floor``.
    """
    if not len(tokens):
        return pd.DataFrame(columns=FREQUENCY_COLUMNS)
    # A few groupbys over the whole table instead of a Python loop over articles and terms
    # (145 times faster on a corpus, and the same counts, labels and order).
    article_order = {a: k for k, a in enumerate(pd.unique(tokens["article_id"]))}
    n_words = tokens[_is_word(tokens)].groupby("article_id", sort=False).size().to_dict()
    words = content_words(tokens, keep_numbers=keep_numbers)
    if not len(words):
        return pd.DataFrame(columns=FREQUENCY_COLUMNS)
    norms = words["norm"]
    if stem:
        stemmer = _stemmer()
        unique = pd.unique(norms)
        keys = norms.map(dict(zip(unique, (_stem_key(w, stemmer) for w in unique), strict=True)))
    else:
        keys = norms
    table = pd.DataFrame({"article_id": words["article_id"].to_numpy(), "term": keys.to_numpy(),
                          "norm": norms.to_numpy(), "token": words["token"].to_numpy(),
                          "at": np.arange(len(words))})
    # Each token as written: how often, and where first (ties go to the one seen first).
    written = (table.groupby(["article_id", "term", "norm", "token"], sort=False)
               .agg(n=("at", "size"), first=("at", "min")).reset_index())
    by_form = (written.groupby(["article_id", "term", "norm"], sort=False)
               .agg(count=("n", "sum"), first=("first", "min")).reset_index())
    by_form["_fold"] = by_form["norm"].str.casefold()
    by_form = by_form.sort_values(["article_id", "term", "count", "_fold", "first"],
                                  ascending=[True, True, False, True, True], kind="stable")
    best = written.sort_values(["n", "first"], ascending=[False, True], kind="stable")
    surface_of_form = best.drop_duplicates(["article_id", "term", "norm"]).set_index(
        ["article_id", "term", "norm"])["token"]
    first_best = best.drop_duplicates(["article_id", "term"])
    surface_of_term = dict(zip(zip(first_best["article_id"].tolist(),
                                   first_best["term"].tolist(), strict=True),
                               first_best["token"].tolist(), strict=True))
    by_form["surface"] = surface_of_form.reindex(
        pd.MultiIndex.from_frame(by_form[["article_id", "term", "norm"]])).to_numpy()
    rows = []
    for (art_id, key), group in groupby(zip(
            by_form["article_id"].tolist(), by_form["term"].tolist(), by_form["norm"].tolist(),
            by_form["count"].tolist(), by_form["surface"].tolist(), strict=True),
            key=itemgetter(0, 1)):
        forms = [(norm, count, surface) for _, _, norm, count, surface in group]
        total = sum(count for _, count, _ in forms)
        if stem and len(forms) > 1:
            shown = [surface for _, _, surface in forms]
            label = "/".join(shown[:3]) + ("/…" if len(shown) > 3 else "")
        else:
            label = surface_of_term[(art_id, key)]
        rows.append((article_order[art_id], art_id, key, label.translate(_APOSTROPHES), total,
                     round(1000 * total / n_words[art_id], 2),
                     ", ".join(f"{f} {c}" for f, c, _ in forms), len(forms)))
    out = pd.DataFrame(rows, columns=["_article", "article_id", "term", "label", "count",
                                      "per_1000", "forms", "n_forms"])
    out = out.assign(_key=out["term"].str.casefold()).sort_values(
        ["_article", "count", "_key", "term"], ascending=[True, False, True, True],
        kind="stable")
    out["rank"] = out.groupby("_article")["count"].rank(method="min", ascending=False).astype(int)
    out["below_floor"] = out["count"] < floor
    return out[FREQUENCY_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# 3 · N-grams
# ---------------------------------------------------------------------------------------------

def _segments(tok: pd.DataFrame) -> list[list]:
    """Runs of word tokens inside one sentence, broken at every punctuation mark."""
    runs: list[list] = []
    for _, _, sent in _by_sentence(tok):
        run: list = []
        for row in sent:
            if row.is_punct:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(row)
        if run:
            runs.append(run)
    return runs


def keep_at_start() -> frozenset[str]:
    """Stopwords that may *start* an n-gram because they carry meaning there ("both
    countries", "no comment"): ``data/ngram_keep_at_start.txt``."""
    return frozenset(w.lower() for w in codebooks.wordlist("ngram_keep_at_start.txt"))


def _edges_ok(first, last, keep: frozenset[str]) -> bool:
    """An n-gram may not end with a stopword, nor start with one outside ``keep``."""
    if last.is_stop:
        return False
    return not first.is_stop or first.norm in keep


def ngram_label(norms: Iterable[str]) -> str:
    """Join norms into readable text, clitics attached.

    Returns
    -------
    str
        ``("china", "'s", "envoy")`` -> ``"china's envoy"``.
    """
    out = ""
    for w in norms:
        out += w if (not out or _CLITIC.match(w)) else " " + w
    return out


def ngrams(tokens: pd.DataFrame, n: int = 2, *, min_count: int = 1,
           floor: int = FLOOR) -> pd.DataFrame:
    """Count runs of ``n`` words inside a sentence, with no punctuation between them.

    An n-gram is kept when it does not end with a stopword and does not start with one,
    except the quantifiers in ``data/ngram_keep_at_start.txt`` (so "both countries" stays and "of the",
    "the balloon" go).  Stopwords inside are fine: "ministers of both countries" is a
    good 4-gram.

    Returns
    -------
    pandas.DataFrame
        One row per n-gram and article with at least ``min_count`` occurrences, most frequent
        first: ``article_id``, ``n``, ``rank`` (ties share one), ``ngram`` (norms joined, e.g.
        ``defense ministers``), ``label`` (as written most often), ``count``, ``per_1000``
        (per 1,000 words), ``sentence_ids`` (where it occurs, e.g. ``"1 3 5"``) and
        ``below_floor``.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    if not len(tokens):
        return pd.DataFrame(columns=NGRAM_COLUMNS)
    frames = []
    keep = keep_at_start()
    keep = keep_at_start()
    for art_id, tok in tokens.groupby("article_id", sort=False):
        n_words = int(_is_word(tok).sum())
        found: dict[str, list] = {}
        for run in _segments(tok):
            for k in range(len(run) - n + 1):
                gram = run[k:k + n]
                if _edges_ok(gram[0], gram[-1], keep):
                    found.setdefault(ngram_label(r.norm for r in gram), []).append(gram)
        rows = []
        for key, grams in found.items():
            if len(grams) < min_count:
                continue
            label = _most_common(_join(g).translate(_APOSTROPHES) for g in grams)
            sids = sorted({g[0].sentence_id for g in grams})
            rows.append((art_id, n, key, label, len(grams), round(1000 * len(grams) / n_words, 2),
                         " ".join(str(s) for s in sids)))
        table = pd.DataFrame(rows, columns=["article_id", "n", "ngram", "label", "count",
                                            "per_1000", "sentence_ids"])
        table = _ranked(table, "ngram")
        frames.append(table)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=NGRAM_COLUMNS)
    out["below_floor"] = out["count"] < floor
    return out[NGRAM_COLUMNS]


# ---------------------------------------------------------------------------------------------
# 4 · Collocations
# ---------------------------------------------------------------------------------------------

def collocations(tokens: pd.DataFrame, *, min_count: int = 2, floor: int = FLOOR) -> pd.DataFrame:
    """Score adjacent word pairs with NLTK's BigramCollocationFinder: log-likelihood and PMI.

    Word counts are over every word of the article (stopwords included, punctuation not);
    pairs are counted inside a sentence with no punctuation between them, and only pairs
    that pass the n-gram edge rule of :func:`ngrams` and occur at least ``min_count`` times
    are scored (``apply_freq_filter``).

    *Log-likelihood* (Dunning 1993) asks how sure we can be that the two words go together,
    so evidence (many co-occurrences) counts.  *PMI* (pointwise mutual information, Church &
    Hanks 1990), ``log2(p(w1 w2) / (p(w1) p(w2)))``, asks how much more often they meet than
    chance, however rarely: two words that occur once each, side by side, get the highest
    PMI possible, ``log2(N)``.

    Returns
    -------
    pandas.DataFrame
        One row per pair and article, by log-likelihood: ``article_id``, ``bigram`` (norms),
        ``label`` (as written most often), ``w1``, ``w2``, ``count`` (of the pair),
        ``count_w1``, ``count_w2``, ``llr``, ``pmi``, ``rank_llr``, ``rank_pmi`` (1 = best;
        ties share a rank) and ``below_floor``.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
    from nltk.probability import FreqDist

    if not len(tokens):
        return pd.DataFrame(columns=COLLOCATION_COLUMNS)
    measures = BigramAssocMeasures()
    keep = keep_at_start()
    frames = []
    for art_id, tok in tokens.groupby("article_id", sort=False):
        word_fd = FreqDist(tok.loc[_is_word(tok), "norm"])
        pair_fd: FreqDist = FreqDist()
        surfaces: dict[tuple[str, str], list[str]] = {}
        edge_ok: dict[tuple[str, str], bool] = {}
        for run in _segments(tok):
            for a, b in zip(run, run[1:], strict=False):
                pair_fd[(a.norm, b.norm)] += 1
                surfaces.setdefault((a.norm, b.norm), []).append(_join([a, b]))
                edge_ok[(a.norm, b.norm)] = _edges_ok(a, b, keep)
        finder = BigramCollocationFinder(word_fd, pair_fd)
        finder.apply_freq_filter(min_count)
        finder.apply_ngram_filter(lambda w1, w2: not edge_ok[(w1, w2)])  # noqa: B023
        llr = dict(finder.score_ngrams(measures.likelihood_ratio))
        pmi = dict(finder.score_ngrams(measures.pmi))
        rows = [(art_id, ngram_label(pair), _most_common(surfaces[pair]).translate(_APOSTROPHES),
                 pair[0], pair[1], pair_fd[pair], word_fd[pair[0]], word_fd[pair[1]],
                 llr[pair], pmi[pair]) for pair in llr]
        table = pd.DataFrame(rows, columns=COLLOCATION_COLUMNS[:10])
        if len(table):
            table["rank_llr"] = table["llr"].round(9).rank(method="min", ascending=False)
            table["rank_pmi"] = table["pmi"].round(9).rank(method="min", ascending=False)
            table = table.astype({"rank_llr": int, "rank_pmi": int})
            table = table.sort_values(["rank_llr", "bigram"], kind="stable")
        frames.append(table)
    out = pd.concat(frames, ignore_index=True)
    out["below_floor"] = out["count"] < floor
    return out.reindex(columns=COLLOCATION_COLUMNS)


# ---------------------------------------------------------------------------------------------
# 5 · Keyword in context, and the matcher dispersion shares
# ---------------------------------------------------------------------------------------------

def _sentence_text(rows: list) -> tuple[str, int]:
    """Rebuild one sentence's text from its tokens (offsets kept), apostrophes folded."""
    base = rows[0].start
    chars = [" "] * (rows[-1].end - base)
    for r in rows:
        chars[r.start - base:r.end - base] = r.token.translate(_APOSTROPHES)
    return "".join(chars), base


def _find(rows: list, term: str, regex: bool) -> list[tuple[int, int]]:
    """Return ``(first, last)`` token positions (in ``rows``) of each match of ``term``."""
    if regex:
        pattern = term.translate(_APOSTROPHES)
        flags = 0 if any(ch.isupper() for ch in re.sub(r"\\.", "", pattern)) else re.IGNORECASE
        compiled = re.compile(pattern, flags)
        text, base = _sentence_text(rows)
        starts = {r.start - base: k for k, r in enumerate(rows)}
        ends = {r.end - base: k for k, r in enumerate(rows)}
        hits = []
        for m in compiled.finditer(text):
            if m.end() > m.start() and m.start() in starts and m.end() in ends:
                hits.append((starts[m.start()], ends[m.end()]))
        return hits
    wanted = [t.norm for t in tokenize(term)]
    if not wanted:
        raise ValueError("the search term is empty")
    size, head = len(wanted), wanted[0]
    return [(k, k + size - 1) for k in range(len(rows) - size + 1)
            if rows[k].norm == head and [r.norm for r in rows[k:k + size]] == wanted]


def match_terms(tokens: pd.DataFrame, term: str, *, regex: bool = False) -> pd.DataFrame:
    """Find a word, a phrase or a regex in the token table.

    A word or phrase is tokenized like the article and compared token by token on ``norm``:
    case is ignored except for acronyms (``US`` is not ``us``), curly and straight
    apostrophes are the same (``China's`` finds ``China’s``), ``U.S.`` finds ``US``.  A
    regex (``regex=True``) is searched in each sentence and must start and end on token
    boundaries; it ignores case unless it contains a capital letter ("smart case"), so
    ``airships?|balloons?`` finds ``Balloon`` and ``US`` finds only the acronym.

    Returns
    -------
    pandas.DataFrame
        One row per match: ``article_id``, ``sentence_id``, ``first`` and ``last`` (token
        positions ``i``), ``start``, ``end`` (offsets into the article body) and ``matched``
        (the text as written).
    """
    tok = _as_tokens(tokens)
    if not term or not term.strip():
        raise ValueError("the search term is empty")
    return _match_in(_by_sentence(tok), term, regex)


def _match_in(by_sentence: Iterable, term: str, regex: bool) -> pd.DataFrame:
    """:func:`match_terms` on the ``(article_id, sentence_id, rows)`` of :func:`_by_sentence`."""
    columns = ["article_id", "sentence_id", "first", "last", "start", "end", "matched"]
    rows_out = []
    for art_id, sid, rows in by_sentence:
        for a, b in _find(rows, term, regex):
            rows_out.append((art_id, sid, rows[a].i, rows[b].i, rows[a].start, rows[b].end,
                             _join(rows[a:b + 1])))
    return pd.DataFrame(rows_out, columns=columns)


def _context(rows: list, lo: int, hi: int, window: int, step: int) -> list:
    """Up to ``window`` words from ``lo`` (exclusive) in direction ``step``, with punctuation."""
    out, words, k = [], 0, lo + step
    while 0 <= k < len(rows):
        if not rows[k].is_punct:
            if words == window:
                break
            words += 1
        out.append(rows[k])
        k += step
    if step < 0:
        out.reverse()
        while out and out[0].is_punct:  # do not open the left context on a comma
            out.pop(0)
    else:
        while out and out[-1].token in _OPENERS:  # nor end the right one on an opening quote
            out.pop()
    return out


def kwic(tokens_or_sentences, term: str, window: int = 5, *, regex: bool = False,
         sort: str | None = None) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` with the words around it.

    Parameters
    ----------
    tokens_or_sentences
        The token table (:func:`helpers.text.tokens`), the sentence table, or a string.
    term
        A word (``balloon``), a phrase (``defense ministry``) or, with ``regex=True``, a
        regular expression (``defen[cs]e|military``).  Matching follows
        :func:`match_terms`: case-insensitive except acronyms, apostrophe-insensitive.
    window
        Words shown on each side (punctuation comes along but is not counted).  Context stops
        at the sentence's edge, so each line is one sentence's words.
    sort
        ``None`` keeps text order; ``"left"`` sorts by the word just left of the keyword
        (then the one before it …), ``"right"`` by the word just right of it, as AntConc's
        1L / 1R sorts do.

    Returns
    -------
    pandas.DataFrame
        One row per match: ``article_id``, ``sentence_id``, ``i`` (position of the keyword's
        first token in its sentence), ``start``, ``end`` (offsets into the article body),
        ``left``, ``keyword`` (as written) and ``right``.
    """
    if sort not in (None, "left", "right"):
        raise ValueError('sort must be None, "left" or "right"')
    if not term or not term.strip():
        raise ValueError("the search term is empty")
    tok = _as_tokens(tokens_or_sentences)
    found = []
    for art_id, sid, rows in _by_sentence(tok):
        for a, b in _find(rows, term, regex):
            left = _context(rows, a, a, window, -1)
            right = _context(rows, b, b, window, +1)
            keys_left = [r.norm.casefold() for r in reversed(left) if not r.is_punct]
            keys_right = [r.norm.casefold() for r in right if not r.is_punct]
            found.append(((art_id, sid, rows[a].i, rows[a].start, rows[b].end, _join(left),
                           _join(rows[a:b + 1]), _join(right)), keys_left, keys_right))
    if sort == "left":
        found.sort(key=lambda f: f[1])
    elif sort == "right":
        found.sort(key=lambda f: f[2])
    return pd.DataFrame([f[0] for f in found], columns=KWIC_COLUMNS)


# ---------------------------------------------------------------------------------------------
# 6 · Dispersion
# ---------------------------------------------------------------------------------------------

def dispersion(tokens: pd.DataFrame, terms: Iterable[str], sentences: pd.DataFrame | None = None,
               *, regex: bool = False) -> pd.DataFrame:
    """Where each term falls in the article: one row per occurrence.

    Terms are matched as in :func:`kwic`.  Positions count words (punctuation not), from 1.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``term`` (as given), ``sentence_id``, ``paragraph_id`` (when
        ``sentences`` is given, else missing), ``i``, ``start``, ``end``, ``word_index``
        (the match's first word is the article's n-th word), ``position`` (``word_index``
        / words in the article, 0–1, four decimals) and ``matched`` (as written).  Rows
        follow the order of ``terms``, then the text.
    """
    terms = list(terms)
    if not len(tokens) or not terms:
        return pd.DataFrame(columns=DISPERSION_COLUMNS)
    tok = _ordered(tokens).copy()
    is_word = _is_word(tok)
    tok["_word_index"] = is_word.astype(int).groupby(tok["article_id"]).cumsum()
    # A match that starts on punctuation belongs to the next word.
    tok["_word_index"] += (~is_word).astype(int)
    totals = is_word.groupby(tok["article_id"]).sum()
    # Plain dicts, and the sentences split once for all terms: fast on a long article.
    keys = zip(tok["article_id"].tolist(), tok["sentence_id"].tolist(), tok["i"].tolist(),
               strict=True)
    index = dict(zip(keys, tok["_word_index"].tolist(), strict=True))
    by_sentence = list(_by_sentence(tok))
    frames = []
    for term in terms:
        if not term or not term.strip():
            raise ValueError("the search term is empty")
        hits = _match_in(by_sentence, term, regex)
        if not len(hits):
            continue
        hits = hits.rename(columns={"first": "i"}).drop(columns="last")
        hits.insert(1, "term", term)
        hits["word_index"] = [int(index[key]) for key in zip(
            hits["article_id"].tolist(), hits["sentence_id"].tolist(), hits["i"].tolist(),
            strict=True)]
        hits["position"] = (hits["word_index"] / hits["article_id"].map(totals)).round(4)
        frames.append(hits)
    if not frames:
        return pd.DataFrame(columns=DISPERSION_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    if sentences is not None and len(sentences):
        keys = zip(sentences["article_id"].tolist(), sentences["sentence_id"].tolist(),
                   strict=True)
        paras = dict(zip(keys, sentences["paragraph_id"].tolist(), strict=True))
        out["paragraph_id"] = [paras.get(key) for key in zip(
            out["article_id"].tolist(), out["sentence_id"].tolist(), strict=True)]
    else:
        out["paragraph_id"] = pd.NA
    return out[DISPERSION_COLUMNS]


# ---------------------------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------------------------


