"""How each side tells the story: the names it gives the object, its frames, keywords and tone.

Every statistic here is by side: it takes the voice table of :mod:`helpers.voices` (one row
per sentence or clause, each with the side whose claim it reports, or the narrator) and
counts inside each side's rows.  The codebooks are plain files in ``data/``: the names of the
contested object (``object_names.csv``) and the frame lexicon (``frames.csv``); add a row and
rerun.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> from helpers.text import sentences
>>> from helpers.voices import voices
>>> from helpers.framing import naming, naming_table
>>> named = naming_table(naming(voices(sentences(load_article(DEFAULT_ARTICLE)))))
>>> named.loc[named["side"] == "China", "name"].tolist()
['airship', 'balloon', 'civilian unmanned aircraft', 'meteorological device']
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from helpers import codebooks
from helpers.text import quotations, stopwords, tokenize

__all__ = [
    "content_units",
    "frame_hits",
    "frame_profile",
    "keyness",
    "load_frames",
    "load_object_names",
    "naming",
    "naming_table",
    "tone",
]

_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                             "’": "'"})


# ----------------------------------------------------------------------------- whose words
def content_units(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Split every voice row into the side's content and the reporter's words around it.

    A side owns the content of its attribution (the quotation, the that-clause, the reported
    clause); the source, the cue and the rest of the sentence are the narrator's.  Every
    statistic by side in this module counts on these units, so "after Washington shot down a
    balloon it says was spying" gives the US "was spying" and the narrator the rest.

    Returns
    -------
    pandas.DataFrame
        The voice table's columns, one row per piece (``text``, ``start``, ``end`` and
        ``n_words`` of the piece; ``side`` ``narrator`` for the reporter's pieces).
    """
    from helpers.text import count_words

    if voice_table.empty or "content_start" not in voice_table.columns:
        return voice_table
    rows = []
    for row in voice_table.to_dict("records"):
        if row["side"] == "narrator" or row["content_start"] < 0:
            rows.append(row)
            continue
        a = max(0, row["content_start"] - row["start"])
        b = min(len(row["text"]), row["content_end"] - row["start"])
        for lo, hi, side in ((0, a, "narrator"), (a, b, row["side"]), (b, len(row["text"]),
                                                                       "narrator")):
            piece = row["text"][lo:hi]
            if not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            rows.append({**row, "side": side, "text": piece, "start": row["start"] + lo + lead,
                         "end": row["start"] + lo + lead + len(piece),
                         "n_words": count_words(piece)})
    return pd.DataFrame(rows, columns=voice_table.columns)


# ----------------------------------------------------------------------------- codebooks
def load_object_names() -> pd.DataFrame:
    """Return ``data/object_names.csv``: pattern, name, connotation (longest pattern first)."""
    columns = ("pattern", "name", "connotation")
    rows = codebooks.read_table("object_names.csv", columns, columns)
    table = pd.DataFrame([record for _, record in rows], columns=list(columns))
    return table.assign(_len=table["pattern"].str.len()).sort_values(
        "_len", ascending=False, kind="stable").drop(columns="_len").reset_index(drop=True)


def load_frames() -> pd.DataFrame:
    """Return the frame lexicon ``data/frames.csv``: one row per frame and term.

    A term ending in ``*`` matches any ending ("accus*" → accused, accuses, accusation).

    Raises
    ------
    helpers.codebooks.CodebookError
        Naming the file and row of a term with no letter before its ``*`` (a lone ``*``
        would match everywhere).
    """
    rows = []
    for row, record in codebooks.read_table("frames.csv", ("frame", "definition", "terms"),
                                            ("frame", "terms")):
        for term in record["terms"].split(";"):
            if term.strip():
                if not any(ch.isalnum() for ch in term):
                    raise codebooks.CodebookError(
                        f"data/frames.csv, row {row}: the term {term.strip()!r} has no letter; "
                        "a term is a word or phrase, with * only at the end of a word.")
                rows.append((record["frame"], record["definition"], term.strip().lower()))
    return pd.DataFrame(rows, columns=["frame", "definition", "term"])


def _term_pattern(term: str) -> str:
    """Turn a lexicon term into a regex: words separated by spaces, ``*`` for any ending."""
    words = term.replace("’", "'").split()
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])"


# ----------------------------------------------------------------------------- voices


# ----------------------------------------------------------------------------- quotes table


# ----------------------------------------------------------------------------- naming
def naming(voice_table: pd.DataFrame, title: str | dict[str, str] | None = None,
           names: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every naming of the contested object, with the side of the clause it is in.

    Longest name wins ("civilian unmanned aircraft" is one naming, not also "aircraft").  The
    headline, when given, counts as the narrator's (sentence_id 0): pass one title, or
    ``{article_id: title}`` for a table of several articles.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``name``, ``connotation``,
        ``surface`` (as written), ``in_quote`` and ``text`` (the clause).
    """
    names = load_object_names() if names is None else names
    compiled = [(re.compile(_term_pattern(p), re.IGNORECASE), n, c)
                for p, n, c in names[["pattern", "name", "connotation"]].itertuples(index=False)]
    voice_table = content_units(voice_table)
    units = list(voice_table[["article_id", "sentence_id", "clause_id", "side", "text"]]
                 .itertuples(index=False, name=None))
    if isinstance(title, str):
        title = {voice_table["article_id"].iloc[0] if len(voice_table) else "": title}
    for article_id, headline in (title or {}).items():
        if headline:
            units.insert(0, (article_id, 0, 1, "narrator", headline))
    rows = []
    for article_id, sid, cid, side, text in units:
        taken: list[tuple[int, int]] = []
        quoted = quotations(text).spans
        normalised = text.replace("’", "'")
        for pattern, name, connotation in compiled:
            for m in pattern.finditer(normalised):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                in_quote = any(a <= m.start() < b for a, b in quoted)
                rows.append((article_id, sid, cid, side, name, connotation, text[m.start():m.end()],
                             in_quote, text, m.start()))
    table = pd.DataFrame(rows, columns=["article_id", "sentence_id", "clause_id", "side", "name",
                                        "connotation", "surface", "in_quote", "text", "_at"])
    return table.sort_values(["article_id", "sentence_id", "clause_id", "_at"]).drop(
        columns="_at").reset_index(drop=True)


def naming_table(naming_rows: pd.DataFrame) -> pd.DataFrame:
    """Return names × sides: how often each side's clauses use each name, and where.

    Returns
    -------
    pandas.DataFrame
        One row per name and side: ``name``, ``connotation``, ``side``, ``count`` and
        ``sentence_ids`` (``;``-separated; 0 is the headline).
    """
    if naming_rows.empty:
        return pd.DataFrame(columns=["name", "connotation", "side", "count", "sentence_ids"])
    grouped = naming_rows.groupby(["name", "connotation", "side"], sort=False)
    return (grouped.agg(count=("surface", "size"),
                        sentence_ids=("sentence_id", lambda s: ";".join(map(str, s))))
            .reset_index().sort_values(["side", "count", "name"], ascending=[True, False, True])
            .reset_index(drop=True))


# ----------------------------------------------------------------------------- frames
class _MentionSpans:
    """The ``(start, end)`` of every mention, per article, sorted for fast lookup by clause.

    Filtering the whole mention table once per clause made frames and keyness quadratic: on
    a long article (tens of thousands of clauses and mentions) that took minutes.
    """

    def __init__(self, mention_table: pd.DataFrame | None):
        self.by_article: dict[object, tuple[list[int], list[tuple[int, int, int]]]] = {}
        if mention_table is None or not len(mention_table):
            return
        grouped: dict[object, list[tuple[int, int, int]]] = defaultdict(list)
        rows = zip(mention_table["article_id"].tolist(), mention_table["start"].tolist(),
                   mention_table["end"].tolist(), strict=True)
        for order, (article_id, start, end) in enumerate(rows):
            grouped[article_id].append((start, order, end))
        for article_id, spans in grouped.items():
            spans.sort()
            self.by_article[article_id] = ([s for s, _, _ in spans], spans)

    def within(self, article_id, start: int, end: int) -> list[tuple[int, int]]:
        """Mentions with ``start <= mention start`` and ``mention end <= end``, in table order."""
        found = self.by_article.get(article_id)
        if found is None:
            return []
        starts, spans = found
        first, last = bisect_left(starts, start), bisect_right(starts, end)
        inside = sorted((order, s, e) for s, order, e in spans[first:last] if e <= end)
        return [(s, e) for _, s, e in inside]


def _attribution_spans(unit, mentions: _MentionSpans) -> list[tuple[int, int]]:
    """Spans (relative to the clause) that say who speaks: the speaker, the cue, actor names.

    Frames and keywords are about *how* a side tells the story, so these words are left out:
    otherwise "Washington says" would make "washington" and "says" keywords of the US side.
    """
    spans = []
    for a, b in ((unit.speaker_start, unit.speaker_end), (unit.cue_start, unit.cue_end)):
        if a >= 0:
            spans.append((a - unit.start, b - unit.start))
    spans += [(a - unit.start, b - unit.start)
              for a, b in mentions.within(unit.article_id, unit.start, unit.end)]
    return spans


def frame_hits(voice_table: pd.DataFrame, frames: pd.DataFrame | None = None,
               mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per frame-lexicon hit, with the clause it is in (the evidence table).

    Longest term wins inside a clause, so "international practices" is not also counted
    elsewhere.  Words inside the speaker, the cue or an actor's name (``mention_table``) are
    not frame words: "People's Liberation Army" names an actor, it does not frame.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``frame``, ``term``,
        ``surface`` and ``text``.
    """
    frames = load_frames() if frames is None else frames
    ordered = frames.assign(_len=frames["term"].str.len()).sort_values("_len", ascending=False,
                                                                      kind="stable")
    compiled = [(re.compile(_term_pattern(t), re.IGNORECASE), f, t)
                for f, t in ordered[["frame", "term"]].itertuples(index=False)]
    rows = []
    mentions = _MentionSpans(mention_table)
    for unit in content_units(voice_table).itertuples(index=False):
        normalised = unit.text.replace("’", "'")
        taken: list[tuple[int, int]] = _attribution_spans(unit, mentions)
        for pattern, frame, term in compiled:
            for m in pattern.finditer(normalised):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                rows.append((unit.article_id, unit.sentence_id, unit.clause_id, unit.side, frame,
                             term, unit.text[m.start():m.end()], unit.text, m.start()))
    table = pd.DataFrame(rows, columns=["article_id", "sentence_id", "clause_id", "side", "frame",
                                        "term", "surface", "text", "_at"])
    return table.sort_values(["article_id", "sentence_id", "clause_id", "_at"]).drop(
        columns="_at").reset_index(drop=True)


def frame_profile(hits: pd.DataFrame, voice_table: pd.DataFrame,
                  frames: pd.DataFrame | None = None,
                  sides: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Return hits per 100 words of each side's text, for every frame and side.

    Returns
    -------
    pandas.DataFrame
        ``frame``, ``side``, ``hits``, ``side_words`` (words in that side's clauses),
        ``per_100_words`` and ``sentence_ids`` (where the hits are; ``;``-separated).
    """
    frames = load_frames() if frames is None else frames
    sides = (*codebooks.compared_sides(), "narrator") if sides is None else sides
    words = content_units(voice_table).groupby("side")["n_words"].sum()
    rows = []
    for frame in dict.fromkeys(frames["frame"]):
        for side in sides:
            here = hits[(hits["frame"] == frame) & (hits["side"] == side)]
            n_words = int(words.get(side, 0))
            rate = 100 * len(here) / n_words if n_words else float("nan")
            rows.append((frame, side, len(here), n_words, round(rate, 2),
                         ";".join(map(str, here["sentence_id"]))))
    return pd.DataFrame(rows, columns=["frame", "side", "hits", "side_words", "per_100_words",
                                       "sentence_ids"])


# ----------------------------------------------------------------------------- keyness
def _side_terms(units: pd.DataFrame, side: str, mentions: _MentionSpans
                ) -> tuple[Counter, dict[str, list[int]]]:
    """Content words of one side's units (from :func:`content_units`), and where they are."""
    stop = stopwords()
    counts: Counter = Counter()
    where: dict[str, list[int]] = {}
    for unit in units[units["side"] == side].itertuples(index=False):
        masked = _attribution_spans(unit, mentions)
        for t in tokenize(unit.text):
            if any(a <= t.start < b for a, b in masked):
                continue
            if not t.is_punct and t.norm not in stop and not t.norm[:1].isdigit():
                counts[t.norm] += 1
                where.setdefault(t.norm, []).append(unit.sentence_id)
    return counts, where


def keyness(voice_table: pd.DataFrame, side_a: str | None = None, side_b: str | None = None,
            min_count: int = 1, mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Compare the content words of two sides' clauses: Dunning's G² and Hardie's log ratio.

    G² (log-likelihood) says how surprising the difference is; the log ratio (base 2) says how
    big it is: +1 means twice as frequent, per word, in ``side_a``'s text as in ``side_b``'s.
    Counts of 0 get 0.5 in the log ratio so that it stays finite.  Content words only:
    stopwords, numbers, the speaker, the cue and actor names (``mention_table``) are left out.

    Returns
    -------
    pandas.DataFrame
        One row per term: ``term``, ``count_a``, ``count_b``, ``total``, ``g2``, ``log_ratio``,
        ``key_for`` (the side the term is relatively more frequent in), ``sentence_ids_a``,
        ``sentence_ids_b``, sorted by G² (largest first).  ``side_a`` and ``side_b`` default
        to the two sides ``data/sides.csv`` compares.
    """
    compared = codebooks.compared_sides()
    side_a = compared[0] if side_a is None else side_a
    side_b = compared[1] if side_b is None else side_b
    units, mentions = content_units(voice_table), _MentionSpans(mention_table)
    a, where_a = _side_terms(units, side_a, mentions)
    b, where_b = _side_terms(units, side_b, mentions)
    size_a, size_b = sum(a.values()), sum(b.values())
    rows = []
    for term in sorted(set(a) | set(b)):
        ca, cb = a.get(term, 0), b.get(term, 0)
        if ca + cb < min_count or not size_a or not size_b:
            continue
        total = size_a + size_b
        ea, eb = size_a * (ca + cb) / total, size_b * (ca + cb) / total
        g2 = 2 * sum(o * math.log(o / e) for o, e in ((ca, ea), (cb, eb)) if o)
        log_ratio = math.log2(((ca or 0.5) / size_a) / ((cb or 0.5) / size_b))
        rows.append((term, ca, cb, ca + cb, round(g2, 3), round(log_ratio, 3),
                     side_a if log_ratio > 0 else side_b,
                     ";".join(map(str, where_a.get(term, []))),
                     ";".join(map(str, where_b.get(term, [])))))
    table = pd.DataFrame(rows, columns=["term", "count_a", "count_b", "total", "g2", "log_ratio",
                                        "key_for", "sentence_ids_a", "sentence_ids_b"])
    table.attrs.update(side_a=side_a, side_b=side_b, size_a=size_a, size_b=size_b)
    return table.sort_values(["g2", "term"], ascending=[False, True]).reset_index(drop=True)


# ----------------------------------------------------------------------------- tone
@lru_cache(maxsize=1)
def _vader():
    # vaderSentiment ships its lexicon inside the package: nothing is downloaded.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Return the voice table with VADER's scores for each row's text.

    Returns
    -------
    pandas.DataFrame
        The voice columns plus ``compound`` (−1 very negative … +1 very positive), ``neg``,
        ``neu`` and ``pos``.
    """
    # VADER strips only straight punctuation from a word's edges: "“failed" would not be
    # found in its lexicon.  Curly quotes and apostrophes are made straight first.
    voice_table = content_units(voice_table)
    scores = [_vader().polarity_scores(t.translate(_STRAIGHTEN)) for t in voice_table["text"]]
    out = voice_table.copy()
    for key in ("compound", "neg", "neu", "pos"):
        out[key] = [s[key] for s in scores]
    return out


# ----------------------------------------------------------------------------- plots


