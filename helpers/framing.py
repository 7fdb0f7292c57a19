"""How each side tells the story: what it calls the object, its frames and its tone, in
whose words.

Every statistic here is by side and counts only the **content** of each side's attributions
(the quotation, the that-clause, the reported clause) from the voice table of
:mod:`helpers.voices`; the source, the cue and every other word are the narrator's.  Inside
a side's content the words are of two kinds, and every hit says which (``whose``):

* ``quoted``: inside a quotation of that side (a speech quotation, not a title or a scare
  quote), the side's own words;
* ``reported``: the rest of the content, the reporter's wording of the side's claim;
* ``narrator``: the reporter's own account.

Only quoted words are a side's own vocabulary.  The codebooks are plain files: the names of
the contested object and the topic's own frames in a topic folder
(``data/topics/<topic>/``, chosen by one parameter), the 14 general frames of the Policy
Frames Codebook in ``data/frames.csv``.  Keyness is in :mod:`helpers.keyness`, the noun
phrases that need no codebook in :mod:`helpers.phrases`.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> from helpers.text import sentences
>>> from helpers.voices import voices
>>> from helpers.framing import naming, naming_table
>>> named = naming_table(naming(voices(sentences(load_article(DEFAULT_ARTICLE)))))
>>> china = named[named["side"] == "China"]
>>> china.loc[china["whose"] == "quoted", "name"].tolist()
['civilian unmanned aircraft']
>>> china.loc[china["whose"] == "reported", "name"].tolist()
['airship', 'balloon', 'meteorological device']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache

import pandas as pd

from helpers import codebooks
from helpers.text import count_words, iter_rows

__all__ = [
    "WHOSE",
    "content_units",
    "for_export",
    "frame_hits",
    "frame_profile",
    "keyness",
    "load_frames",
    "load_object_names",
    "naming",
    "naming_table",
    "share_of_voice",
    "tone",
    "tone_summary",
    "word_units",
]

#: Whose words a hit is in: the side's quotation, the reporter's paraphrase of its claim, or
#: the reporter's own account.
WHOSE = ("quoted", "reported", "narrator")

_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                             "’": "'"})


# ----------------------------------------------------------------------------- whose words
def content_units(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Split every voice row into the side's content and the reporter's words around it.

    A side owns the content of its attribution (the quotation, the that-clause, the reported
    clause); the source, the cue and the rest of the sentence are the narrator's, so "after
    Washington shot down a balloon it says was spying" gives the US "was spying" and the
    narrator the rest.

    Returns
    -------
    pandas.DataFrame
        The voice table's columns, one row per piece (``text``, ``start``, ``end`` and
        ``n_words`` of the piece; ``side`` ``narrator`` for the reporter's pieces).
    """
    if voice_table.empty or "content_start" not in voice_table.columns:
        return voice_table
    # One (row, text, start, words, side) per piece, then the columns: far faster than a dict
    # per row.
    pieces = []
    for k, (side, text, start, n_words, c_start, c_end) in enumerate(iter_rows(
            voice_table, ["side", "text", "start", "n_words", "content_start", "content_end"])):
        if side == "narrator" or c_start < 0:
            pieces.append((k, text, start, n_words, "narrator"))
            continue
        a, b = max(0, c_start - start), min(len(text), c_end - start)
        # The second row of a joint source's clause (n_words 0: "Wang Yi and Antony Blinken
        # said …") adds its side's claim, not the reporter's words a second time.
        parts = ((a, b, side),) if n_words == 0 else (
            (0, a, "narrator"), (a, b, side), (b, len(text), "narrator"))
        for lo, hi, whose in parts:
            piece = text[lo:hi]
            if piece.strip():
                pieces.append((k, piece.strip(), start + lo + len(piece) - len(piece.lstrip()),
                               count_words(piece.strip()), whose))
    return _pieces_table(voice_table, pieces, ["text", "start", "n_words", "side"])


def _pieces_table(table: pd.DataFrame, pieces: list[tuple], columns: list[str]) -> pd.DataFrame:
    """The rows of ``table`` that ``pieces`` (row number first) come from, with the pieces'
    ``columns`` (``text`` and ``start`` first) in place of theirs and ``end`` from both."""
    out = table.iloc[[p[0] for p in pieces]].reset_index(drop=True)
    for n, column in enumerate(columns, start=1):
        values = [p[n] for p in pieces]
        out[column] = pd.array(values, dtype="Int64") if column == "quote_id" else values
    out["end"] = [p[2] + len(p[1]) for p in pieces]
    return out


def _piece(row: dict, lo: int, hi: int, **extra) -> list[dict]:
    """The stripped text ``row["text"][lo:hi]`` as a row of its own (none if only spaces)."""
    piece = row["text"][lo:hi]
    if not piece.strip():
        return []
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    start = row["start"] + lo + lead
    return [{**row, **extra, "text": piece, "start": start, "end": start + len(piece),
             "n_words": count_words(piece)}]


def _sentence_table_from(voice_table: pd.DataFrame) -> pd.DataFrame:
    """A sentence table rebuilt from the voice rows (one paragraph per sentence).

    Only for :func:`quotations_of` when no quote table is given: quotations are then paired
    within each sentence.
    """
    rows = []
    for (article_id, sentence_id), group in voice_table.groupby(["article_id", "sentence_id"],
                                                                sort=False):
        start = int(group["start"].min())
        chars = [" "] * (int(group["end"].max()) - start)
        for a, t in zip(group["start"], group["text"], strict=True):
            chars[a - start:a - start + len(t)] = t
        text = "".join(chars)
        rows.append((article_id, sentence_id, sentence_id, start, start + len(text), text,
                     int(group["n_words"].sum())))
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "paragraph_id", "start",
                                       "end", "text", "n_words"])


def quotations_of(voice_table: pd.DataFrame, quote_table: pd.DataFrame | None = None
                  ) -> pd.DataFrame:
    """The side's own quotations: the speech quotations of ``quote_table`` with a side.

    Without ``quote_table`` they are found again with :func:`helpers.voices.quotes`, each
    sentence on its own (pass the notebook's quote table: it pairs marks over paragraphs).
    """
    from helpers import voices

    if quote_table is None:
        if voice_table.empty or "content_start" not in voice_table.columns:
            return pd.DataFrame(columns=voices.QUOTE_COLUMNS)
        quote_table = voices.quotes(_sentence_table_from(voice_table), voice_table=voice_table)
    # The headline's quotations (sentence 0) have offsets into the headline, not the body;
    # the headline is the narrator's in the framing statistics.
    keep = (quote_table["kind"] == "speech") & (quote_table["side"] != codebooks.narrator_side()) \
        & (quote_table["sentence_id"] > 0)
    return quote_table[keep]


_UNITS_CACHE: dict[str, tuple] = {}


def _fingerprint(table: pd.DataFrame | None, columns: list[str]) -> tuple:
    """What :func:`word_units` reads of a table, hashed (cheap next to recomputing it)."""
    if table is None:
        return (None,)
    here = [c for c in columns if c in table.columns]
    hashed = pd.util.hash_pandas_object(table[here], index=False) if len(table) else []
    return (len(table), tuple(here), int(pd.Series(hashed, dtype="uint64").sum()))


def word_units(voice_table: pd.DataFrame, quote_table: pd.DataFrame | None = None
               ) -> pd.DataFrame:
    """Split every voice row into pieces whose words are one side's or the narrator's.

    See :func:`_word_units`.  Notebook 05 asks for the same pieces in every section; the
    last result is kept and given again (as a copy) while the tables it was made from are
    unchanged, which a hash of the columns it reads checks.
    """
    key = (_fingerprint(voice_table, ["article_id", "sentence_id", "clause_id", "start",
                                      "end", "text", "side", "content_start", "content_end"]),
           _fingerprint(quote_table, ["article_id", "side", "kind", "start", "end",
                                      "quote_id"]))
    hit = _UNITS_CACHE.get("last")
    if hit is not None and hit[0] == key:
        return hit[1].copy()
    units = _word_units(voice_table, quote_table)
    _UNITS_CACHE["last"] = (key, units)
    return units.copy()


def _word_units(voice_table: pd.DataFrame, quote_table: pd.DataFrame | None = None
                ) -> pd.DataFrame:
    """Split every voice row into pieces whose words are one side's or the narrator's.

    The pieces of :func:`content_units`, each side's content cut again at the character
    span of each of its own speech quotations (marks included): ``whose`` is ``quoted``
    inside one, ``reported`` in the rest of the content, ``narrator`` outside any content.
    Pieces with no word (a lone full stop) are dropped.

    Returns
    -------
    pandas.DataFrame
        The voice columns plus ``whose`` and ``quote_id`` (the quotation's id, or empty).
    """
    units = content_units(voice_table)
    if "n_words" not in units.columns:
        units = units.assign(n_words=[count_words(t) for t in units["text"]])
    columns = [*units.columns, "whose", "quote_id"]
    if units.empty:
        return pd.DataFrame(columns=columns)
    spans: dict[tuple, list[tuple[int, int, int]]] = defaultdict(list)
    for art, side, start, end, qid in quotations_of(voice_table, quote_table)[
            ["article_id", "side", "start", "end", "quote_id"]].itertuples(index=False):
        spans[(art, side)].append((start, end, qid))
    starts_of = {}
    for key, found in spans.items():
        found.sort()
        starts_of[key] = [a for a, _, _ in found]
    longest = {key: max(b - a for a, b, _ in found) for key, found in spans.items()}
    pieces = []   # (row, text, start, words, whose, quote id), as in content_units
    for k, (article_id, side, text, start, n_words) in enumerate(iter_rows(
            units, ["article_id", "side", "text", "start", "n_words"])):
        if side == "narrator":
            if n_words > 0:
                pieces.append((k, text, start, n_words, "narrator", None))
            continue
        key = (article_id, side)
        found = spans.get(key, ())
        if found:   # only the quotations that can overlap the piece: those starting near it
            lo = bisect_left(starts_of[key], start - longest[key])
            found = found[lo:bisect_right(starts_of[key], start + len(text))]
        cut, at = [], 0
        for q_start, q_end, qid in found:
            a, b = max(q_start - start, at), min(q_end - start, len(text))
            if b > a:
                cut += [(at, a, "reported", None), (a, b, "quoted", qid)]
                at = b
        cut.append((at, len(text), "reported", None))
        for lo, hi, whose, qid in cut:
            piece = text[lo:hi]
            n = count_words(piece.strip()) if piece.strip() else 0
            if n > 0:
                pieces.append((k, piece.strip(), start + lo + len(piece) - len(piece.lstrip()),
                               n, whose, qid))
    table = _pieces_table(units, pieces, ["text", "start", "n_words", "whose", "quote_id"])
    return table[columns]


# ----------------------------------------------------------------------------- codebooks
def load_object_names(topic: str = codebooks.DEFAULT_TOPIC) -> pd.DataFrame:
    """Return the topic's ``object_names.csv``: pattern, name, connotation, note (longest
    pattern first).

    Raises
    ------
    helpers.codebooks.CodebookError
        Naming the topic folder when it is missing, or the file and row of a bad row.
    """
    columns = ("pattern", "name", "connotation", "note")
    path = codebooks.topic_file(topic, "object_names.csv")
    rows = codebooks.read_table(path, columns, columns[:3])
    table = pd.DataFrame([record for _, record in rows], columns=list(columns))
    return table.assign(_len=table["pattern"].str.len()).sort_values(
        "_len", ascending=False, kind="stable").drop(columns="_len").reset_index(drop=True)


def _frame_rows(path, source: str) -> list[tuple]:
    rows = []
    for row, record in codebooks.read_table(path, ("frame", "definition", "terms", "exclusions"),
                                            ("frame", "definition", "terms")):
        for kind, cell in (("term", record["terms"]), ("exclusion", record["exclusions"])):
            for term in cell.split(";"):
                if not term.strip():
                    continue
                if not any(ch.isalnum() for ch in term):
                    raise codebooks.CodebookError(
                        f"{codebooks.shown(path)}, row {row}: the {kind} {term.strip()!r} has "
                        "no letter; a term is a word or phrase, with * only at the end of a "
                        "word.")
                rows.append((record["frame"], record["definition"], term.strip().lower(), kind,
                             f"{source}, row {row}"))
    return rows


def load_frames(topic: str | None = codebooks.DEFAULT_TOPIC) -> pd.DataFrame:
    """Return the frame lexicon: the topic's own frames, then the 14 general ones.

    The general frames (``data/frames.csv``) are the dimensions of the Policy Frames Codebook
    (Boydstun et al. 2014); the topic's (``data/topics/<topic>/frames.csv``) belong to one
    story ("accident and science" for the balloon); ``topic=None`` gives the general ones
    only.  A term ending in ``*`` matches any ending ("accus*" → accused, accusation); an
    exclusion is a phrase whose words never count for its frame ("artificial intelligence").

    Returns
    -------
    pandas.DataFrame
        One row per frame and term: ``frame``, ``definition``, ``term``, ``kind`` (``term``
        or ``exclusion``) and ``source`` (the file and row: the audit trail).

    Raises
    ------
    helpers.codebooks.CodebookError
        Naming the file and row of a term with no letter (a lone ``*`` would match
        everywhere), or the topic folder when it is missing.
    """
    rows = []
    if topic is not None:
        path = codebooks.topic_file(topic, "frames.csv")
        rows += _frame_rows(path, codebooks.shown(path))
    rows += _frame_rows(codebooks.paths.DATA / "frames.csv", "data/frames.csv")
    return pd.DataFrame(rows, columns=["frame", "definition", "term", "kind", "source"])


def _term_pattern(term: str) -> str:
    """Turn a lexicon term into a regex: words separated by spaces, ``*`` for any ending."""
    words = term.replace("’", "'").split()
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])"


@lru_cache(maxsize=4096)
def _compiled(term: str) -> re.Pattern:
    return re.compile(_term_pattern(term), re.IGNORECASE)


class _Matcher:
    """Many terms, indexed by their first word: one pass over a text's words finds them all.

    At each word the terms that can start there (the same first word, or a first word
    ``xyz*`` it begins with) are tried longest first, and the first that matches and is
    ``allowed`` wins; the scan goes on after it.  So "international practices" is one hit,
    not also "practices".  A lexicon of hundreds of terms stays fast on a long article: a
    word is looked up, not matched against every term.  ``finditer`` yields
    ``(start, end, k)``, ``k`` the term's index in ``terms``.
    """

    _WORD = re.compile(r"\w[\w'-]*")

    def __init__(self, terms: list[str]):
        self.terms = terms
        self.compiled = [_compiled(t) for t in terms]
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.prefix: dict[str, list[int]] = defaultdict(list)
        for k, term in enumerate(terms):
            first = term.replace("’", "'").split()[0].lower()
            if first.endswith("*"):
                self.prefix[first[:-1]].append(k)
            else:
                self.exact[first].append(k)
        self.lengths = sorted({len(p) for p in self.prefix})
        self._cache: dict[str, list[int]] = {}

    def _candidates(self, word: str) -> list[int]:
        found = self._cache.get(word)
        if found is None:
            found = list(self.exact.get(word, ()))
            for n in self.lengths:
                if n > len(word):
                    break
                found += self.prefix.get(word[:n], ())
            found.sort(key=lambda k: -len(self.terms[k]))
            self._cache[word] = found
        return found

    def finditer(self, text: str, allowed=None):
        after = 0
        for word in self._WORD.finditer(text):
            if word.start() < after:
                continue
            for k in self._candidates(word.group().lower()):
                hit = self.compiled[k].match(text, word.start())
                if hit and (allowed is None or allowed(hit.start(), hit.end(), k)):
                    yield hit.start(), hit.end(), k
                    after = hit.end()
                    break

    def overlapping(self, text: str):
        """Every place a term matches, overlaps included (for exclusions)."""
        for word in self._WORD.finditer(text):
            for k in self._candidates(word.group().lower()):
                hit = self.compiled[k].match(text, word.start())
                if hit:
                    yield hit.start(), hit.end(), k


@lru_cache(maxsize=32)
def _matcher(terms: tuple[str, ...]) -> _Matcher:
    return _Matcher(list(terms))


# ----------------------------------------------------------------------------- naming
NAMING_COLUMNS = ["article_id", "sentence_id", "clause_id", "side", "whose", "name",
                  "connotation", "surface", "start", "end", "in_quote", "text"]


def naming(voice_table: pd.DataFrame, title: str | dict[str, str] | None = None,
           names: pd.DataFrame | None = None, *, quote_table: pd.DataFrame | None = None,
           topic: str = codebooks.DEFAULT_TOPIC) -> pd.DataFrame:
    """Return every naming of the contested object, with the side and whose words it is in.

    Longest name wins ("civilian unmanned aircraft" is one naming, not also "aircraft").  The
    headline, when given, counts as the narrator's (sentence_id 0, no offsets): pass one
    title, or ``{article_id: title}`` for a table of several articles.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``whose`` (quoted,
        reported, narrator), ``name``, ``connotation``, ``surface`` (as written), ``start``
        and ``end`` (offsets into the article body), ``in_quote`` and ``text`` (the piece).
    """
    names = load_object_names(topic) if names is None else names
    listed = list(names[["pattern", "name", "connotation"]].itertuples(index=False, name=None))
    matcher = _matcher(tuple(p for p, _, _ in listed))
    units = word_units(voice_table, quote_table)
    pieces = list(units[["article_id", "sentence_id", "clause_id", "side", "whose", "start",
                         "text"]].itertuples(index=False, name=None))
    if isinstance(title, str):
        title = {voice_table["article_id"].iloc[0] if len(voice_table) else "": title}
    for article_id, headline in (title or {}).items():
        if headline:
            pieces.insert(0, (article_id, 0, 1, "narrator", "narrator", None, headline))
    rows = []
    for article_id, sid, cid, side, whose, start, text in pieces:
        for a, b, k in matcher.finditer(text.replace("’", "'")):
            _, name, connotation = listed[k]
            at = None if start is None else start + a
            rows.append((article_id, sid, cid, side, whose, name, connotation, text[a:b], at,
                         None if at is None else at + b - a, whose == "quoted", text))
    table = pd.DataFrame(rows, columns=NAMING_COLUMNS)
    table[["start", "end"]] = table[["start", "end"]].astype("Int64")
    return table.sort_values(["article_id", "sentence_id", "start"], na_position="first",
                             kind="stable").reset_index(drop=True)


def naming_table(naming_rows: pd.DataFrame) -> pd.DataFrame:
    """Return how often each side's words use each name, quoted and reported apart.

    Returns
    -------
    pandas.DataFrame
        One row per article, name, side and whose: ``article_id``, ``name``,
        ``connotation``, ``side``, ``whose``, ``count`` and ``sentence_ids``
        (``;``-separated; 0 is the headline).
    """
    columns = ["article_id", "name", "connotation", "side", "whose", "count", "sentence_ids"]
    if naming_rows.empty:
        return pd.DataFrame(columns=columns)
    grouped = naming_rows.groupby(["article_id", "name", "connotation", "side", "whose"],
                                  sort=False)
    table = grouped.agg(count=("surface", "size"),
                        sentence_ids=("sentence_id", lambda s: ";".join(map(str, s))))
    return (table.reset_index().sort_values(["article_id", "side", "count", "name", "whose"],
                                            ascending=[True, True, False, True, True])
            .reset_index(drop=True)[columns])


# ----------------------------------------------------------------------------- frames
class _MentionSpans:
    """The ``(start, end)`` of every mention, per article, sorted for fast lookup by piece.

    Filtering the whole mention table once per piece made frames and keyness quadratic: on
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
    """Spans (relative to the piece) that say who speaks: the speaker, the cue, actor names.

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


HIT_COLUMNS = ["article_id", "sentence_id", "clause_id", "side", "whose", "frame", "term",
               "surface", "start", "end", "text"]


def frame_hits(voice_table: pd.DataFrame, frames: pd.DataFrame | None = None,
               mention_table: pd.DataFrame | None = None, *,
               quote_table: pd.DataFrame | None = None,
               topic: str | None = codebooks.DEFAULT_TOPIC) -> pd.DataFrame:
    """Return one row per frame-lexicon hit, with whose words it is in (the evidence table).

    Longest term wins inside a piece, so "international practices" is not also counted
    elsewhere; a frame's exclusions take their words out of that frame ("artificial
    intelligence" is not security).  Words inside the speaker, the cue or an actor's name
    (``mention_table``) are not frame words: "People's Liberation Army" names an actor.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``whose``, ``frame``,
        ``term``, ``surface``, ``start``/``end`` (body offsets) and ``text`` (the piece).
    """
    frames = load_frames(topic) if frames is None else frames
    if "kind" not in frames.columns:
        frames = frames.assign(kind="term")
    rows_of = list(frames[["frame", "term", "kind"]].itertuples(index=False, name=None))
    terms = [(f, t) for f, t, k in rows_of if k == "term"]
    exclusions = [(f, t) for f, t, k in rows_of if k == "exclusion"]
    term_matcher = _matcher(tuple(t for _, t in terms))
    exclusion_matcher = _matcher(tuple(t for _, t in exclusions))
    rows = []
    mentions = _MentionSpans(mention_table)
    for unit in word_units(voice_table, quote_table).itertuples(index=False):
        normalised = unit.text.replace("’", "'")
        masked = _attribution_spans(unit, mentions)
        blocked: dict[str, list[tuple[int, int]]] = defaultdict(list)
        if exclusions:
            for a, b, k in exclusion_matcher.overlapping(normalised):
                blocked[exclusions[k][0]].append((a, b))

        def allowed(a, b, k, masked=masked, blocked=blocked):
            return not any(a < y and x < b for x, y in (*masked, *blocked.get(terms[k][0], ())))

        for a, b, k in term_matcher.finditer(normalised, allowed):
            frame, term = terms[k]
            rows.append((unit.article_id, unit.sentence_id, unit.clause_id, unit.side,
                         unit.whose, frame, term, unit.text[a:b], unit.start + a,
                         unit.start + b, unit.text))
    table = pd.DataFrame(rows, columns=HIT_COLUMNS)
    return table.sort_values(["article_id", "sentence_id", "start"]).reset_index(drop=True)


def frame_profile(hits: pd.DataFrame, voice_table: pd.DataFrame,
                  frames: pd.DataFrame | None = None,
                  sides: tuple[str, ...] | None = None, *,
                  topic: str | None = codebooks.DEFAULT_TOPIC) -> pd.DataFrame:
    """Return hits per 100 words of each side's content, for every article, frame and side.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``frame``, ``side``, ``hits``, ``quoted`` and ``reported`` (the hits
        in the side's quotations and in the rest of its content), ``side_words`` (words of
        the side's content, or of the narrator's text), ``per_100_words`` (empty when the
        side has no words) and ``sentence_ids`` (``;``-separated).
    """
    frames = load_frames(topic) if frames is None else frames
    sides = (*codebooks.compared_sides(), "narrator") if sides is None else sides
    units = content_units(voice_table)
    articles = list(dict.fromkeys(voice_table["article_id"])) if len(voice_table) else []
    keys = ["article_id", "frame", "side"]
    grid = pd.MultiIndex.from_product([articles, list(dict.fromkeys(frames["frame"])),
                                       list(sides)], names=keys)
    # One groupby for every article, frame and side, then the full grid with zeros.
    table = pd.DataFrame(index=grid)
    if len(hits):
        grouped = hits.assign(_quoted=hits["whose"].eq("quoted"),
                              _reported=hits["whose"].eq("reported"),
                              _ids=hits["sentence_id"].astype(str)).groupby(keys, sort=False)
        table = table.join(pd.DataFrame({"hits": grouped.size(),
                                         "quoted": grouped["_quoted"].sum(),
                                         "reported": grouped["_reported"].sum(),
                                         "sentence_ids": grouped["_ids"].agg(";".join)}))
    table = table.reindex(columns=["hits", "quoted", "reported", "sentence_ids"])
    table = table.fillna({"hits": 0, "quoted": 0, "reported": 0, "sentence_ids": ""})
    table = table.astype({"hits": "int64", "quoted": "int64", "reported": "int64",
                          "sentence_ids": str if len(table) else object}).reset_index()
    words = (units.groupby(["article_id", "side"])["n_words"].sum() if len(units)
             else pd.Series(dtype="int64"))
    table["side_words"] = (pd.Series(words.reindex(pd.MultiIndex.from_frame(
        table[["article_id", "side"]])).fillna(0).to_numpy()).astype("int64"))
    table["per_100_words"] = pd.array(
        [round(100 * h / w, 2) if w else None
         for h, w in zip(table["hits"], table["side_words"], strict=True)], dtype="Float64")
    return table[["article_id", "frame", "side", "hits", "quoted", "reported", "side_words",
                  "per_100_words", "sentence_ids"]]


# ----------------------------------------------------------------------------- voice
def share_of_voice(voice_table: pd.DataFrame, quote_table: pd.DataFrame | None = None
                   ) -> pd.DataFrame:
    """Return :func:`helpers.voices.share_of_voice` per article, quoted and reported apart.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``side``, ``clauses``, ``words`` (of the side's content; the
        narrator's: all the rest), ``quoted_words`` (inside the side's own quotations),
        ``reported_words``, ``share`` (of the article's words) and ``sentence_ids``.
    """
    from helpers import voices

    columns = ["article_id", "side", "clauses", "words", "quoted_words", "reported_words",
               "share", "sentence_ids"]
    if voice_table.empty:
        return pd.DataFrame(columns=columns)
    units = word_units(voice_table, quote_table)
    quoted = units[units["whose"] == "quoted"].groupby(["article_id", "side"])["n_words"].sum()
    tables = []
    for article_id, group in voice_table.groupby("article_id", sort=False):
        share = voices.share_of_voice(group).assign(article_id=article_id)
        share["quoted_words"] = [0 if side == "narrator" else int(quoted.get((article_id, side), 0))
                                 for side in share["side"]]
        share["reported_words"] = [0 if side == "narrator" else words - q for side, words, q in
                                   zip(share["side"], share["words"], share["quoted_words"],
                                       strict=True)]
        tables.append(share)
    return pd.concat(tables, ignore_index=True)[columns]


# ----------------------------------------------------------------------------- tone
@lru_cache(maxsize=1)
def _vader():
    # vaderSentiment ships its lexicon inside the package: nothing is downloaded.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


TONE_COLUMNS = ["article_id", "sentence_id", "clause_id", "side", "whose", "speaker", "cue",
                "start", "end", "n_words", "text", "compound", "neg", "neu", "pos"]


def tone(voice_table: pd.DataFrame, *, quote_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return VADER's scores for each piece of :func:`word_units`: each side's quoted words,
    its reported content and the narrator's pieces, apart.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``whose``, ``speaker`` and
        ``cue`` (of the voice; empty for the narrator's pieces), ``start``, ``end``,
        ``n_words``, ``text``, ``compound`` (−1 very negative … +1 very positive), ``neg``,
        ``neu`` and ``pos``.
    """
    units = word_units(voice_table, quote_table)
    if units.empty:
        return pd.DataFrame(columns=TONE_COLUMNS)
    narrator = units["whose"] == "narrator"
    units.loc[narrator, ["speaker", "cue"]] = ""
    # VADER strips only straight punctuation from a word's edges: "“failed" would not be
    # found in its lexicon.  Curly quotes and apostrophes are made straight first.
    scores = [_vader().polarity_scores(t.translate(_STRAIGHTEN)) for t in units["text"]]
    out = units.assign(**{key: [s[key] for s in scores]
                          for key in ("compound", "neg", "neu", "pos")})
    return out[TONE_COLUMNS].reset_index(drop=True)


def tone_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """Return, per article, side and whose: pieces, words, rated pieces and the mean score.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``side``, ``whose``, ``pieces``, ``words``, ``rated`` (pieces with a
        score other than 0: the rest hold no word VADER rates), ``mean``, ``min``, ``max``.
    """
    columns = ["article_id", "side", "whose", "pieces", "words", "rated", "mean", "min", "max"]
    if scored.empty:
        return pd.DataFrame(columns=columns)
    order = {s: k for k, s in enumerate((*codebooks.compared_sides(), "other", "narrator"))}
    table = (scored.assign(_rated=scored["compound"] != 0)
             .groupby(["article_id", "side", "whose"], sort=False)
             .agg(pieces=("compound", "size"), words=("n_words", "sum"), rated=("_rated", "sum"),
                  mean=("compound", "mean"), min=("compound", "min"), max=("compound", "max"))
             .reset_index())
    table[["mean", "min", "max"]] = table[["mean", "min", "max"]].round(3)
    table["rated"] = table["rated"].astype(int)
    return (table.assign(_o=table["side"].map(order), _w=table["whose"].map(WHOSE.index))
            .sort_values(["article_id", "_o", "_w"]).drop(columns=["_o", "_w"])
            .reset_index(drop=True)[columns])


# ----------------------------------------------------------------------------- keyness
def keyness(voice_table: pd.DataFrame, side_a: str | None = None, side_b: str | None = None,
            min_count: int = 1, mention_table: pd.DataFrame | None = None, *,
            quote_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The keywords of two sides' content: :func:`helpers.keyness.keyness`."""
    from helpers import keyness as _keyness

    return _keyness.keyness(voice_table, side_a, side_b, min_count, mention_table,
                            quote_table=quote_table)


# ----------------------------------------------------------------------------- export
_OFFSETS = re.compile(r"(?:^|_)(?:start|end)$")
_FLOATS = {"share", "per_100_words", "compound", "neg", "neu", "pos", "g2", "log_ratio", "mean",
           "min", "max"}


def for_export(table: pd.DataFrame, article_id: str | None = None) -> pd.DataFrame:
    """Return ``table`` as the workbook writes it to CSV.

    ``article_id`` is the first column (added when missing); an offset of −1 ("none", as the
    voice table has for the narrator) becomes an empty cell; whole-number columns are
    integers (``6``, never ``6.0``), with empty cells where there is no value.
    """
    out = table.copy()
    if "article_id" not in out.columns:
        out.insert(0, "article_id", article_id)
    for column in out.columns:
        values = out[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values) \
                or column in _FLOATS:
            continue
        if _OFFSETS.search(str(column)):
            values = values.mask(values == -1)
        whole = values.dropna()
        if (whole == whole.round()).all():
            out[column] = values.astype("Int64")
    return out
