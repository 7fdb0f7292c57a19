"""Names: the capitalised names an article uses that the actor codebook does not list
(:func:`unlisted_names`, for a student extending the codebook), and the article's own
namesakes of codebook people (:func:`other_person`: "Harold Vance" is not JD Vance).

Hand-written, like the rest of the actor lookup: an offline, transparent stand-in for
named-entity recognition (see helpers/actors.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate, groupby
from operator import itemgetter

import numpy as np
import pandas as pd

from helpers import codebooks, text

__all__ = ["other_person", "surname_only", "unlisted_names"]


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words that may stand before a surname without being a first name ("Sen. Vance",
    "President Lai", "Ohio Republican Vance", "Meanwhile Vance"): the titles, title
    abbreviations, role nouns, stopwords and sentence starters of data/."""
    words = {w.lower() for _, row in codebooks.read_table("speaker_titles.csv", ("title",))
             for w in re.findall(r"[\w-]+", row["title"])}
    words |= set(codebooks.wordlist("title_abbreviations.txt"))
    words |= set(codebooks.wordlist("role_nouns.txt")) | set(codebooks.wordlist("stopwords.txt"))
    words |= {w.lower() for w in codebooks.wordlist("sentence_starters.txt")}
    return frozenset(words | {"mr", "mrs", "ms", "dr", "president", "republican", "democrat",
                              "democratic"})


_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)\.?\s+$")


def surname_only(rule: dict) -> bool:
    """Whether a codebook row names a person by one word alone ("Vance")."""
    return rule["kind"] == "person" and " " not in rule["pattern"].strip()


def other_person(sentence: str, start: int, rule: dict, known: str) -> bool:
    """Whether a surname the codebook lists alone ("Vance") follows a first name it does not
    know ("Harold Vance has farmed …"): the article's own person, not the codebook's.  A
    first name spelled close to the codebook's ("Anthony Blinken") is the same person."""
    if not surname_only(rule):
        return False
    before = _WORD_BEFORE.search(sentence[max(0, start - 30):start])
    if not before or before[1].endswith(("'s", "’s")) or before[1].lower() in _title_words():
        return False
    first = before[1].lower()
    return all(SequenceMatcher(None, first, word).ratio() < 0.8 for word in known.split())


# --------------------------------------------------------------------------------------------
# What the codebook misses

_MONTHS_AND_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*")
_CONNECTORS = {"of", "the", "for", "and", "de", "del", "da", "van", "von", "al", "bin"}
_CLAUSE_OPENERS = frozenset("“\"‘'(«:—–")


def _opens_clause(sentence: str, at: int) -> bool:
    """Whether the word at ``at`` opens the sentence, a quotation or a clause after a colon or
    dash; looks back from ``at`` only, so a long sentence costs no more per word."""
    k = at
    while k > 0 and sentence[k - 1].isspace():
        k -= 1
    return k == 0 or sentence[k - 1] in _CLAUSE_OPENERS


def _context(sentence: str, start: int, end: int, width: int = 40) -> str:
    """The words around ``sentence[start:end]`` (about ``width`` characters each side)."""
    before, after = sentence[:start], sentence[end:]
    if len(before) > width:
        before = "…" + before[-width:].split(" ", 1)[-1]
    if len(after) > width:
        after = after[:width].rsplit(" ", 1)[0] + "…"
    return f"{before}[{sentence[start:end]}]{after}"


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


class _Covered:
    """The spans of an article's mentions, to ask fast whether a word overlaps any of them.

    Checking every word against every mention was quadratic: minutes on a long article.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        before = bisect_left(self.starts, end)  # spans that begin before ``end``
        return before > 0 and self.reach[before - 1] > start


def unlisted_names(sentences: pd.DataFrame, codebook=None,
                   ignore: Iterable[str] = (), mention_table: pd.DataFrame | None = None
                   ) -> pd.DataFrame:
    """List capitalised word sequences that no codebook row covers.

    A name is a run of capitalised words ("Atlantic Ocean", "Secretary of State"; "of",
    "the", "for" and "and" may join them).  Words inside a mention are left out, and so are
    month and day names and, at the start of a sentence or quotation, ordinary words
    ("The", "However", "Its", "Following"): words in ``data/stopwords.txt``,
    ``data/sentence_starters.txt`` or ``data/ordinary_words.txt``, or written in lower case
    elsewhere in the same article.

    Parameters
    ----------
    sentences
        A sentence table (see :func:`mentions`).
    codebook
        As for :func:`mentions`.
    ignore
        Further words never to report (compared in lower case).
    mention_table
        The mentions of ``sentences`` with this codebook, if already found (saves finding
        them again, which takes most of the time on a long article).

    Returns
    -------
    pandas.DataFrame
        One row per name and article, most frequent first: ``article_id``, ``name``,
        ``count``, ``sentence_ids`` (e.g. ``"6, 12"``) and ``context`` (the first
        occurrence with the name in [brackets]).
    """
    columns = ["article_id", "name", "count", "sentence_ids", "context"]
    if sentences.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else object)
                             for c in columns})
    from helpers.actors import mentions  # (actors imports this module)
    found = mentions(sentences, codebook) if mention_table is None else mention_table
    ordinary = (set(text.stopwords()) | {w.lower() for w in text.load_wordlist(
        "sentence_starters.txt")} | {w.lower() for w in codebooks.wordlist("ordinary_words.txt")}
        | {w.lower() for w in ignore})
    ignored = {w.lower() for w in ignore}
    rows = []
    # Each article's mention spans and sentences, split once (filtering the whole tables per
    # article made this quadratic in the number of articles).
    spans: dict[object, list[tuple[int, int]]] = {}
    for article_id, start, end in zip(found["article_id"].tolist(), found["start"].tolist(),
                                      found["end"].tolist(), strict=True):
        spans.setdefault(article_id, []).append((start, end))
    codes = pd.factorize(sentences["article_id"])[0]
    order = np.argsort(codes, kind="stable")
    columns_in = [sentences[c].to_numpy(dtype=object)[order].tolist()
                  for c in ("article_id", "sentence_id", "start", "text")]
    for article_id, group in groupby(zip(*columns_in, strict=True), key=itemgetter(0)):
        group = [row[1:] for row in group]
        covered = _Covered(spans.get(article_id, ()))
        lower_words = {w for _, _, t in group for w in _WORD.findall(t) if w.islower()}
        for sid, offset, sentence in group:
            words = list(_WORD.finditer(sentence))
            runs: list[list[re.Match]] = []
            current: list[re.Match] = []
            for i, m in enumerate(words):
                word = re.sub(r"['’]s$", "", m.group(0))
                start, end = offset + m.start(), offset + m.start() + len(word)
                initial = _opens_clause(sentence, m.start())
                keep = (_is_capitalised(word)
                        and not covered.overlaps(start, end)
                        and word.lower() not in _MONTHS_AND_DAYS
                        and word.lower() not in ignored
                        and not (initial and (word.lower() in ordinary
                                              or word.lower() in lower_words)))
                gap = sentence[words[i - 1].end():m.start()] if i else ""
                joins = current and gap.strip() == "" and not re.search(
                    r"['’]s$", current[-1].group(0))
                if keep and joins:
                    current.append(m)
                elif keep:
                    if current:
                        runs.append(current)
                    current = [m]
                elif (word.lower() in _CONNECTORS and current and gap.strip() == ""
                      and i + 1 < len(words) and _is_capitalised(words[i + 1].group(0))):
                    current.append(m)
                else:
                    if current:
                        runs.append(current)
                    current = []
            if current:
                runs.append(current)
            for run in runs:
                while run and run[-1].group(0).lower() in _CONNECTORS:
                    run.pop()
                if not run:
                    continue
                s, e = run[0].start(), run[-1].end()
                name = re.sub(r"['’]s$", "", sentence[s:e])
                e = s + len(name)
                rows.append((article_id, name, sid, offset + s, _context(sentence, s, e)))
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else object)
                             for c in columns})
    # Per article and name, in order of first sight: count, sentence ids (once each, in
    # order), the first context, the first offset.
    names: dict[tuple, list] = {}
    for article_id, name, sid, start, context in rows:
        entry = names.setdefault((article_id, name), [0, {}, context, start])
        entry[0] += 1
        entry[1][sid] = None
        entry[3] = min(entry[3], start)
    article_order = {a: i for i, a in enumerate(dict.fromkeys(a for a, _ in names))}
    ordered = sorted(names.items(), key=lambda kv: (article_order[kv[0][0]], -kv[1][0],
                                                    kv[1][3]))
    grouped = pd.DataFrame([(a, name, n, ", ".join(map(str, sids)), context)
                            for (a, name), (n, sids, context, _) in ordered], columns=columns)
    return grouped[columns].reset_index(drop=True).astype({"count": "int64"})
