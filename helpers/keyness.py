"""Keywords of one side against the other: four-term G² and Hardie's log ratio.

The two "corpora" are the content words of two sides' claims (:func:`helpers.framing.word_units`:
stopwords, numbers, the speaker, the cue and actor names left out).  For a term with count
``a`` in side A's ``size_a`` words and ``b`` in side B's ``size_b``:

* **G²** (Dunning 1993) in the four-term form of AntConc 4 and quanteda's ``"lr"``: the
  log-likelihood over the whole 2 × 2 table (the term and all other words, in A and in B),
  with no continuity correction.  Above 3.84 is "p < 0.05" for one test; the table is many
  tests at once and no correction for multiple comparisons is made (``attrs`` gives the
  Bonferroni threshold for comparison).
* **Log ratio** (Hardie 2014): ``log2((a / size_a) / (b / size_b))``, +1 meaning twice as
  frequent per word in A.  A zero count, and only a zero count, is taken as 0.5 (CQPweb's
  correction) so the ratio stays finite; ``zero_corrected`` says where.
* **key_for** is the side with the higher normalised frequency (``a / size_a`` against
  ``b / size_b``), uncorrected: a word A uses once and B never is key for A, whatever the
  sizes.  Equal normalised frequencies are key for neither (empty).

>>> round(g2(0, 3, 60, 29), 2), round(log_ratio(1, 0, 48, 17), 2), key_for(1, 0, 48, 17)
(6.95, -0.5, 'A')
"""

from __future__ import annotations

import math
from collections import Counter
from statistics import NormalDist

import pandas as pd

from helpers import codebooks
from helpers.framing import _attribution_spans, _MentionSpans, word_units
from helpers.text import stopwords, tokenize

__all__ = ["G2_CRITICAL", "KEYNESS_COLUMNS", "TERM_COUNT_COLUMNS", "bonferroni_critical", "g2",
           "key_for", "keyness", "log_ratio", "scored", "term_counts"]

#: G² above this is "significant at p < 0.05" for one test with one degree of freedom.
G2_CRITICAL = 3.84

KEYNESS_COLUMNS = ["article_id", "term", "count_a", "count_b", "quoted_a", "quoted_b", "total",
                   "g2", "log_ratio", "zero_corrected", "key_for", "sentence_ids_a",
                   "sentence_ids_b"]


def _ll_term(observed: float, expected: float) -> float:
    return observed * math.log(observed / expected) if observed else 0.0


def g2(a: int, b: int, size_a: int, size_b: int) -> float:
    """Four-term log-likelihood G² of ``a`` in ``size_a`` words against ``b`` in ``size_b``.

    ``2 Σ O ln(O / E)`` over the four cells (a, b, size_a − a, size_b − b); a cell of 0
    adds 0.
    """
    total = size_a + size_b
    both = a + b
    expected = (size_a * both / total, size_b * both / total,
                size_a * (total - both) / total, size_b * (total - both) / total)
    observed = (a, b, size_a - a, size_b - b)
    return 2 * sum(_ll_term(o, e) for o, e in zip(observed, expected, strict=True))


def log_ratio(a: int, b: int, size_a: int, size_b: int) -> float:
    """Hardie's log ratio (base 2); a count of 0 is taken as 0.5, a non-zero count as it is."""
    if not a and not b:
        return 0.0
    return math.log2(((a or 0.5) / size_a) / ((b or 0.5) / size_b))


def key_for(a: int, b: int, size_a: int, size_b: int, side_a: str = "A", side_b: str = "B"
            ) -> str | None:
    """The side whose normalised frequency is higher (``a * size_b`` against ``b * size_a``,
    exact in integers), or None when they are equal."""
    left, right = a * size_b, b * size_a
    return side_a if left > right else side_b if right > left else None


def bonferroni_critical(tests: int, alpha: float = 0.05) -> float:
    """The G² a term needs for ``alpha`` over ``tests`` tests (Bonferroni, one df).

    The χ² quantile with one degree of freedom is the square of the normal quantile:
    ``bonferroni_critical(1)`` is 3.84.
    """
    return NormalDist().inv_cdf(1 - alpha / max(tests, 1) / 2) ** 2


def _side_terms(units: pd.DataFrame, side: str, mentions: _MentionSpans, several: bool):
    """Content words of one side's pieces: counts, counts inside quotations, where."""
    counts: Counter = Counter()
    quoted: Counter = Counter()
    where: dict[str, list[str]] = {}
    for unit, norms in _unit_terms(units, side, mentions):
        at = f"{unit.article_id}:{unit.sentence_id}" if several else str(unit.sentence_id)
        inside = unit.whose == "quoted"
        for norm in norms:
            counts[norm] += 1
            quoted[norm] += inside
            where.setdefault(norm, []).append(at)
    return counts, quoted, where


def _unit_terms(units: pd.DataFrame, side: str, mentions: _MentionSpans):
    """Each piece of ``side``'s content with the terms it counts (in order, repeats kept):
    no punctuation, stopword or number, nothing inside the speaker, the cue or a name."""
    stop = stopwords()
    for unit in units[units["side"] == side].itertuples(index=False):
        masked = _attribution_spans(unit, mentions)
        yield unit, [t.norm for t in tokenize(unit.text)
                     if not t.is_punct and t.norm not in stop and not t.norm[:1].isdigit()
                     and not any(a <= t.start < b for a, b in masked)]


def term_counts(voice_table: pd.DataFrame, sides=None, mention_table: pd.DataFrame | None = None,
                *, quote_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The words :func:`keyness` compares, counted per side (the compared two by default).

    Returns
    -------
    pandas.DataFrame
        ``side``, ``term``, ``count`` (uses in the side's content), ``quoted`` (of those,
        inside its own quotations) and ``articles`` (in how many articles the side uses it);
        sorted by side and term.  Tables of several chunks of a corpus add up row by row.
    """
    sides = list(codebooks.compared_sides() if sides is None else sides)
    units, mentions = word_units(voice_table, quote_table), _MentionSpans(mention_table)
    counts: Counter = Counter()
    quoted: Counter = Counter()
    seen: set = set()
    for side in sides:
        for unit, norms in _unit_terms(units, side, mentions):
            inside = unit.whose == "quoted"
            for norm in norms:
                counts[side, norm] += 1
                quoted[side, norm] += inside
                seen.add((side, norm, unit.article_id))
    articles = Counter((side, norm) for side, norm, _ in seen)
    rows = [(side, term, n, quoted[side, term], articles[side, term])
            for (side, term), n in sorted(counts.items())]
    return pd.DataFrame(rows, columns=TERM_COUNT_COLUMNS).astype(
        {"count": "int64", "quoted": "int64", "articles": "int64"})


#: The columns of :func:`term_counts`.
TERM_COUNT_COLUMNS = ["side", "term", "count", "quoted", "articles"]


def keyness(voice_table: pd.DataFrame, side_a: str | None = None, side_b: str | None = None,
            min_count: int = 1, mention_table: pd.DataFrame | None = None, *,
            quote_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Compare the content words of two sides: four-term G², Hardie's log ratio, key_for.

    A table of several articles is pooled (every article's content of a side is one
    corpus); its sentence ids are then written ``article_id:sentence_id``.

    Returns
    -------
    pandas.DataFrame
        One row per term: ``article_id`` (the article, or the articles ``;``-separated),
        ``term``, ``count_a``, ``count_b``, ``quoted_a`` and ``quoted_b`` (of those, inside
        the side's own quotations), ``total``, ``g2``, ``log_ratio``, ``zero_corrected``
        (a count of 0 taken as 0.5), ``key_for`` (empty when neither), ``sentence_ids_a``,
        ``sentence_ids_b``; sorted by G² (largest first).  ``attrs`` holds ``side_a``,
        ``side_b``, ``size_a``, ``size_b``, ``tests`` (terms compared), ``g2_critical``
        (3.84) and ``g2_bonferroni`` (the threshold with a Bonferroni correction).
    """
    side_a, side_b = _sides(side_a, side_b)
    articles = list(dict.fromkeys(voice_table["article_id"])) if len(voice_table) else []
    units, mentions = word_units(voice_table, quote_table), _MentionSpans(mention_table)
    several = len(articles) > 1
    a, qa, where_a = _side_terms(units, side_a, mentions, several)
    b, qb, where_b = _side_terms(units, side_b, mentions, several)
    table = scored(a, b, qa, qb, side_a, side_b, min_count)
    table.insert(0, "article_id", ";".join(map(str, articles)))
    table["sentence_ids_a"] = [";".join(where_a.get(t, [])) for t in table["term"]]
    table["sentence_ids_b"] = [";".join(where_b.get(t, [])) for t in table["term"]]
    out = table[KEYNESS_COLUMNS]
    out.attrs.update(table.attrs)
    return out


def _sides(side_a, side_b) -> tuple[str, str]:
    compared = codebooks.compared_sides()
    return (compared[0] if side_a is None else side_a, compared[1] if side_b is None else side_b)


def scored(a: Counter, b: Counter, qa: Counter, qb: Counter, side_a: str | None = None,
           side_b: str | None = None, min_count: int = 1) -> pd.DataFrame:
    """The keyness table of two sides' term counts (``a``, ``b``) and quoted counts.

    :func:`keyness` without ``article_id`` and the sentence ids: the columns ``term`` …
    ``key_for``, sorted by G² (largest first), with the same ``attrs``.  Used by corpus
    mode on counts summed over the whole corpus.
    """
    side_a, side_b = _sides(side_a, side_b)
    size_a, size_b = sum(a.values()), sum(b.values())
    rows = []
    if size_a and size_b:
        for term in sorted(set(a) | set(b)):
            ca, cb = a.get(term, 0), b.get(term, 0)
            if ca + cb < min_count:
                continue
            rows.append((term, ca, cb, qa.get(term, 0), qb.get(term, 0), ca + cb,
                         round(g2(ca, cb, size_a, size_b), 3),
                         round(log_ratio(ca, cb, size_a, size_b), 3), not ca or not cb,
                         key_for(ca, cb, size_a, size_b, side_a, side_b)))
    table = pd.DataFrame(rows, columns=KEYNESS_COLUMNS[1:-2])
    table = table.sort_values(["g2", "term"], ascending=[False, True]).reset_index(drop=True)
    table.attrs.update(side_a=side_a, side_b=side_b, size_a=size_a, size_b=size_b,
                       tests=len(table), g2_critical=G2_CRITICAL,
                       g2_bonferroni=round(bonferroni_critical(len(table)), 2))
    return table
