"""The same tables over many articles: in parallel, through any executor, never pooled silently.

A corpus is a folder of articles (:func:`helpers.article.load_corpus`) with an optional
``metadata.csv`` beside them (outlet or agency, date, dateline city, any column you add).
:func:`analyse` runs every article through the workbook's stages (sentences, actor mentions,
voices, quotations, names of the object, frames) in worker processes, a chunk of articles at
a time, and returns :class:`Tables`: one tidy table per stage with ``article_id`` in every
row, the articles in corpus order whatever order the workers finish in.  The corpus tables
(:func:`share_summary`, :func:`names_by_side`, :func:`frame_spread`, :func:`keyness` …) are
groupbys on those tables, so a number for the corpus can be checked against the rows of the
articles it comes from.

>>> from helpers import corpus, paths
>>> from helpers.article import load_corpus
>>> tables = corpus.analyse(load_corpus(paths.ARTICLES), executor="serial", progress=False)
>>> tables.share.loc[tables.share["side"] == "China", ["article_id", "words", "share"]].values.tolist()
[['efe-2023-02-09-china-rejects-defense-talks', 105, 0.2838]]

**Executors.**  ``executor=None`` uses a process pool over every core
(``concurrent.futures.ProcessPoolExecutor``); ``"serial"`` runs in this process (what a small
corpus gets anyway, as starting workers would cost more than it saves); any object with the
``concurrent.futures`` ``submit`` works too, a Dask cluster's among them::

    from distributed import Client
    with Client("tcp://scheduler:8786") as client:       # or Client() for a local cluster
        tables = corpus.analyse(articles, executor=client.get_executor())
"""

from __future__ import annotations

import concurrent.futures as cf
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from helpers import actors, codebooks, framing, text, voices
from helpers.article import Article, Corpus

__all__ = [
    "SERIAL_BELOW",
    "Tables",
    "analyse",
    "analyse_article",
    "article_table",
    "by_group",
    "frame_spread",
    "keyness",
    "names_by_side",
    "quote_summary",
    "read_metadata",
    "share_summary",
]

#: Corpora with fewer articles than this run in this process when no executor is given.
SERIAL_BELOW = 40
#: Articles per task sent to a worker: large enough that sending them costs little, small
#: enough that every core stays busy to the end and the results in flight stay small.
CHUNK_SIZE = 50


def _sides() -> list[str]:
    return [*codebooks.compared_sides(), codebooks.other_side(), codebooks.narrator_side()]


# ----------------------------------------------------------------------------- one article
@dataclass
class Tables:
    """The per-article tables of a corpus, concatenated; ``article_id`` in every row.

    ``articles``: one row per article (``words``, ``sentences``, ``mentions``, ``clauses``
    spoken by a side, ``quotes``).  ``share``: every article × side (``clauses``, ``words``,
    ``share``, as :func:`helpers.voices.share_of_voice`; a side that does not speak has 0).
    ``quotes``: every article × side, direct quotations of ``kind`` speech.  ``names``:
    :func:`helpers.framing.naming_table` per article.  ``frames``:
    :func:`helpers.framing.frame_profile` per article.  ``actors``:
    :func:`helpers.actors.actor_counts`.  ``voices`` and ``mentions``: the voice and mention
    tables, for :func:`keyness` and your own questions.  ``problems``: files that could not be
    analysed (``file``, ``problem``).  ``term_articles``: for each compared side and word of
    its content, in how many articles the side uses it (``side``, ``term``, ``articles``: a
    count over articles, summed from the workers, so it has no ``article_id``).
    """

    articles: pd.DataFrame
    share: pd.DataFrame
    quotes: pd.DataFrame
    names: pd.DataFrame
    frames: pd.DataFrame
    actors: pd.DataFrame
    voices: pd.DataFrame
    mentions: pd.DataFrame
    problems: pd.DataFrame
    term_articles: pd.DataFrame


_PER_ARTICLE = [f.name for f in fields(Tables) if f.name not in ("problems", "term_articles")]
_TERM_COLUMNS = ["side", "term", "articles"]


def analyse_article(article: Article) -> dict[str, pd.DataFrame]:
    """Run one article through every stage; return its tables (the fields of :class:`Tables`).

    The per-article functions of the workbook, called as a notebook calls them; each table
    gets the article's id.
    """
    aid = article.id
    sentences = text.sentences(article)
    mentions = actors.mentions(sentences)
    voice_table = voices.voices(sentences, mention_table=mentions)
    quote_table = voices.quotes(sentences, voice_table=voice_table)
    sides = _sides()
    share = voices.share_of_voice(voice_table).set_index("side").reindex(sides)
    share = pd.DataFrame({"article_id": aid, "side": sides,
                          "clauses": share["clauses"].fillna(0).astype("int64").to_numpy(),
                          "words": share["words"].fillna(0).astype("int64").to_numpy(),
                          "share": share["share"].fillna(0.0).astype(float).to_numpy()})
    speech = quote_table[quote_table["kind"] == "speech"] if len(quote_table) else quote_table
    counted = speech["side"].value_counts() if len(speech) else pd.Series(dtype="int64")
    quotes = pd.DataFrame({"article_id": aid, "side": sides,
                           "quotes": [int(counted.get(s, 0)) for s in sides]})
    names = framing.naming_table(framing.naming(voice_table, article.title))
    names.insert(0, "article_id", aid)
    hits = framing.frame_hits(voice_table, mention_table=mentions)
    frames = framing.frame_profile(hits, voice_table)
    frames = frames.drop(columns=[c for c in ("article_id",) if c in frames.columns])
    frames.insert(0, "article_id", aid)
    spoken = voice_table[voice_table["side"] != codebooks.narrator_side()] if len(
        voice_table) else voice_table
    summary = pd.DataFrame([{
        "article_id": aid, "words": int(sentences["n_words"].sum()) if len(sentences) else 0,
        "sentences": len(sentences), "mentions": len(mentions), "clauses": len(spoken),
        "quotes": int(quotes["quotes"].sum())}])
    return {"articles": summary, "share": share, "quotes": quotes, "names": names,
            "frames": frames, "actors": actors.actor_counts(mentions), "voices": voice_table,
            "mentions": mentions, "term_articles": _side_terms(voice_table)}


def _analyse_chunk(articles: Sequence[Article]) -> tuple[dict[str, pd.DataFrame], list]:
    """A worker's task: the tables of a few articles, and each failure's message.

    Every stage runs once on the chunk's tables (all its articles at once), and the
    per-article tables are groupbys by ``article_id``: the same rows as
    :func:`analyse_article` on each article (the tests check it), without pandas' cost per
    call paid once per article.  If the chunk fails, its articles are run one by one so that
    the bad one is reported and the others go on.
    """
    try:
        return _chunk_tables(list(articles)), []
    except Exception:  # noqa: BLE001 - find the article that failed, keep the others
        pass
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in (*_PER_ARTICLE,
                                                                   "term_articles")}
    failed = []
    for article in articles:
        try:
            tables = analyse_article(article)
        except Exception as err:  # noqa: BLE001 - one bad article must not stop a corpus
            why = (str(err).strip().splitlines() or ["no message"])[0].rstrip(".")
            failed.append((article.path.name, f"Cannot analyse {article.path.name}: "
                           f"{type(err).__name__}: {why}."))
            continue
        for name, table in tables.items():
            parts[name].append(table)
    out = {name: _concat(tables) for name, tables in parts.items()}
    out["term_articles"] = _summed(out["term_articles"])
    return out, failed


def _side_terms(voice_table: pd.DataFrame, sides: Iterable[str] | None = None) -> pd.DataFrame:
    """For each side (the compared two by default) and word (token ``norm``) of its content:
    in how many articles the side uses it."""
    sides = list(codebooks.compared_sides() if sides is None else sides)
    units = framing.content_units(voice_table) if len(voice_table) else voice_table
    seen = set()
    if len(units):
        here = units[units["side"].isin(sides)]
        seen = {(side, t.norm, aid) for aid, side, unit_text in zip(
            here["article_id"], here["side"], here["text"], strict=True)
            for t in text.tokenize(unit_text)}
    table = pd.DataFrame([(side, term) for side, term, _ in seen], columns=["side", "term"])
    return _summed(table.assign(articles=1))


def _summed(table: pd.DataFrame) -> pd.DataFrame:
    if not len(table):
        return pd.DataFrame({"side": pd.Series(dtype=object), "term": pd.Series(dtype=object),
                             "articles": pd.Series(dtype="int64")})
    return (table.groupby(["side", "term"], sort=True)["articles"].sum().astype("int64")
            .reset_index())


def _chunk_tables(articles: list[Article]) -> dict[str, pd.DataFrame]:
    """:func:`analyse_article`'s tables for many articles at once (see :func:`_analyse_chunk`)."""
    ids = [a.id for a in articles]
    sentences = text.sentences(articles)
    mentions = actors.mentions(sentences)
    voice_table = voices.voices(sentences, mention_table=mentions)
    quote_table = voices.quotes(sentences, voice_table=voice_table)
    sides, narrator = _sides(), codebooks.narrator_side()
    grid = pd.MultiIndex.from_product([ids, sides], names=["article_id", "side"])

    # Share of voice (voices.share_of_voice): a side's words are its content words, the
    # narrator's the rest of the article; clauses are the voice rows of each side.
    total = sentences.groupby("article_id", sort=False)["n_words"].sum().reindex(ids,
                                                                               fill_value=0)
    by_side = voice_table.groupby(["article_id", "side"], sort=False)
    clauses = by_side.size().reindex(grid, fill_value=0)
    words = by_side["content_words"].sum().reindex(grid, fill_value=0)
    spoken = words.drop(narrator, level="side").groupby(level="article_id").sum().reindex(
        ids, fill_value=0)
    share = pd.DataFrame({"clauses": clauses.astype("int64"), "words": words.astype("int64")})
    share = share.reset_index()
    narr = share["side"] == narrator
    share.loc[narr, "words"] = (total - spoken).reindex(share.loc[narr, "article_id"]).to_numpy()
    totals = share["article_id"].map(total)
    share["share"] = [round(w / t, 4) if t else 0.0 for w, t in zip(share["words"], totals,
                                                                     strict=True)]
    # Direct quotations of kind speech, per side.
    speech = quote_table[quote_table["kind"] == "speech"] if len(quote_table) else quote_table
    counted = (speech.groupby(["article_id", "side"], sort=False).size() if len(speech)
               else pd.Series(dtype="int64"))
    quotes = pd.DataFrame({"quotes": counted.reindex(grid, fill_value=0).astype("int64")})
    quotes = quotes.reset_index()
    return {"articles": _summary(ids, sentences, mentions, voice_table, quotes),
            "share": share, "quotes": quotes,
            "names": _names(articles, voice_table), "frames": _frames(ids, voice_table, mentions),
            "actors": actors.actor_counts(mentions), "voices": voice_table, "mentions": mentions,
            "term_articles": _side_terms(voice_table)}


def _summary(ids, sentences, mentions, voice_table, quotes) -> pd.DataFrame:
    def count(table, column=None):
        if not len(table):
            return pd.Series(0, index=ids)
        grouped = table.groupby("article_id", sort=False)
        return (grouped.size() if column is None else grouped[column].sum()).reindex(
            ids, fill_value=0)

    spoken = voice_table[voice_table["side"] != codebooks.narrator_side()] if len(
        voice_table) else voice_table
    return pd.DataFrame({"article_id": ids, "words": count(sentences, "n_words").to_numpy(),
                         "sentences": count(sentences).to_numpy(),
                         "mentions": count(mentions).to_numpy(),
                         "clauses": count(spoken).to_numpy(),
                         "quotes": count(quotes, "quotes").to_numpy()}).astype(
        {c: "int64" for c in ("words", "sentences", "mentions", "clauses", "quotes")})


def _names(articles: list[Article], voice_table: pd.DataFrame) -> pd.DataFrame:
    """:func:`helpers.framing.naming_table` of each article, from one naming pass."""
    names = framing.load_object_names()
    rows = framing.naming(_could_hold(voice_table, names["pattern"]),
                          {a.id: a.title for a in articles if a.title}, names)
    columns = ["article_id", "name", "connotation", "side", "count", "sentence_ids"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    order = {a.id: k for k, a in enumerate(articles)}
    table = (rows.groupby(["article_id", "name", "connotation", "side"], sort=False)
             .agg(count=("surface", "size"),
                  sentence_ids=("sentence_id", lambda ids: ";".join(map(str, ids))))
             .reset_index())
    table["_a"] = table["article_id"].map(order)
    return (table.sort_values(["_a", "side", "count", "name"],
                              ascending=[True, True, False, True], kind="stable")
            .drop(columns="_a").reset_index(drop=True)[columns])


def _could_hold(voice_table: pd.DataFrame, terms: Iterable[str]) -> pd.DataFrame:
    """The voice rows whose text holds some lexicon term's letters (ignoring case and the
    word boundaries the lexicon's own patterns add): every row that can give a hit, so the
    lexicon's patterns need not be tried on the others.  Same hits, found faster."""
    if not len(voice_table):
        return voice_table
    bodies = sorted({re.escape(t.replace("’", "'").rstrip("*")).replace(r"\ ", r"\s+")
                     for t in terms if t.strip()}, key=len, reverse=True)
    if not bodies:
        return voice_table.iloc[0:0]
    pattern = re.compile("|".join(bodies), re.IGNORECASE)
    keep = [pattern.search(t.replace("’", "'")) is not None for t in voice_table["text"]]
    return voice_table[keep]


#: At most this many calls of frame_hits per chunk (each has a fixed cost).
_FRAME_GROUPS = 40


def _frame_hits(voice_table: pd.DataFrame, frames: pd.DataFrame,
                mentions: pd.DataFrame) -> pd.DataFrame:
    """:func:`helpers.framing.frame_hits`, with each voice row tried only on the terms it can
    hold.

    A row whose text does not hold a term's letters (case and word boundaries aside) cannot
    hit that term, so rows are grouped by the terms they can hold and each group gets only
    those rows of the lexicon, in the lexicon's order (the longest term still wins).  With
    many distinct groups, rows are grouped by the frames of those terms instead, each group
    getting the terms its rows hold.  The same hits, in the same order, as one call with the
    whole lexicon, trying a few patterns per row instead of every one.
    """
    if not len(voice_table):
        return framing.frame_hits(voice_table, frames, mention_table=mentions)
    terms = frames["term"].tolist()
    frame_of = dict(zip(terms, frames["frame"], strict=True))
    checks = [(term, re.compile(re.escape(term.replace("’", "'").rstrip("*"))
                                .replace(r"\ ", r"\s+"), re.IGNORECASE)) for term in terms]
    held = [frozenset(term for term, check in checks if check.search(row.replace("’", "'")))
            for row in voice_table["text"].tolist()]
    groups: dict[frozenset, list[int]] = {}
    for k, these in enumerate(held):
        if these:
            groups.setdefault(these, []).append(k)
    if len(groups) > _FRAME_GROUPS:
        by_frame: dict[frozenset, list[int]] = {}
        for k, these in enumerate(held):
            if these:
                by_frame.setdefault(frozenset(frame_of[t] for t in these), []).append(k)
        groups = {frozenset().union(*(held[k] for k in rows)): rows
                  for rows in by_frame.values()}
    parts = []
    for these, rows in groups.items():
        part = voice_table.iloc[rows]
        here = mentions[mentions["article_id"].isin(set(part["article_id"]))] if len(
            mentions) else mentions
        parts.append(framing.frame_hits(part, frames[frames["term"].isin(these)],
                                        mention_table=here))
    if not parts:
        return framing.frame_hits(voice_table.iloc[0:0], frames, mention_table=mentions)
    return pd.concat(parts, ignore_index=True).sort_values(
        ["article_id", "sentence_id", "clause_id"], kind="stable").reset_index(drop=True)


def _frames(ids: list[str], voice_table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """:func:`helpers.framing.frame_profile` of each article, from one frame_hits pass."""
    frames = framing.load_frames()
    sides = (*codebooks.compared_sides(), codebooks.narrator_side())
    hits = _frame_hits(voice_table, frames, mentions)
    units = framing.content_units(voice_table)
    words = (units.groupby(["article_id", "side"], sort=False)["n_words"].sum()
             if len(units) else pd.Series(dtype="int64"))
    found = {key: ";".join(map(str, group)) for key, group in (
        hits.groupby(["article_id", "frame", "side"], sort=False)["sentence_id"]
        if len(hits) else ())}
    counts = (hits.groupby(["article_id", "frame", "side"], sort=False).size().to_dict()
              if len(hits) else {})
    words = words.to_dict()
    rows = []
    for aid in ids:
        for frame in dict.fromkeys(frames["frame"]):
            for side in sides:
                n_hits, n_words = counts.get((aid, frame, side), 0), int(words.get((aid, side), 0))
                rate = 100 * n_hits / n_words if n_words else float("nan")
                rows.append((aid, frame, side, n_hits, n_words, round(rate, 2),
                             found.get((aid, frame, side), "")))
    return pd.DataFrame(rows, columns=["article_id", "frame", "side", "hits", "side_words",
                                       "per_100_words", "sentence_ids"])


def _concat(tables: list[pd.DataFrame]) -> pd.DataFrame:
    non_empty = [t for t in tables if len(t)]
    if non_empty:
        return pd.concat(non_empty, ignore_index=True)
    return tables[0].iloc[0:0].reset_index(drop=True) if tables else pd.DataFrame()


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[k:k + size] for k in range(0, len(items), size)]


def analyse(articles: Corpus | Iterable[Article], *, executor=None, chunk_size: int = CHUNK_SIZE,
            workers: int | None = None, progress: bool = True) -> Tables:
    """Analyse every article, in parallel; return the concatenated :class:`Tables`.

    Parameters
    ----------
    articles
        A :class:`helpers.article.Corpus` (its load failures go into ``problems``) or articles.
    executor
        ``None``: a process pool of ``workers`` processes (default: every core), or this
        process for fewer than :data:`SERIAL_BELOW` articles.  ``"serial"``: this process.  Any
        ``concurrent.futures``-style executor (a ``ProcessPoolExecutor`` you configured,
        ``distributed.Client(...).get_executor()``): used as given and not shut down.
    chunk_size
        Articles per task.  At most two tasks per worker are in flight at a time, so memory
        stays bounded by the tables of the articles, not by the texts waiting to be analysed.
    progress
        Show a progress bar (tqdm: text in a terminal, a bar in JupyterLab) when the run takes
        more than two seconds.

    Returns
    -------
    Tables
        Rows in corpus order (the order of ``articles``), whichever worker finished first.
    """
    problems = []
    if isinstance(articles, Corpus):
        problems = [(p.path.name, p.message) for p in articles.errors]
    articles = list(articles)
    chunks = _chunks(articles, max(1, chunk_size))
    owned = None
    if executor is None and len(articles) >= SERIAL_BELOW:
        owned = executor = cf.ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1)
    elif executor is None:
        executor = "serial"
    results: dict[int, tuple] = {}
    bar = _progress(len(articles), progress)
    try:
        if executor == "serial":
            for k, chunk in enumerate(chunks):
                results[k] = _analyse_chunk(chunk)
                bar.update(len(chunk))
        else:
            window = 2 * (getattr(executor, "_max_workers", None) or workers or os.cpu_count() or 1)
            pending: dict = {}
            todo = iter(enumerate(chunks))
            for k, chunk in todo:
                pending[executor.submit(_analyse_chunk, chunk)] = (k, len(chunk))
                if len(pending) >= window:
                    break
            while pending:
                done, _ = cf.wait(list(pending), return_when=cf.FIRST_COMPLETED)
                for future in done:
                    k, n = pending.pop(future)
                    results[k] = future.result()
                    bar.update(n)
                for k, chunk in todo:
                    pending[executor.submit(_analyse_chunk, chunk)] = (k, len(chunk))
                    if len(pending) >= window:
                        break
    finally:
        bar.close()
        if owned is not None:
            owned.shutdown(cancel_futures=True)
    ordered = [results[k] for k in range(len(chunks))]
    for _, failed in ordered:
        problems += failed
    tables = {name: _concat([r[name] for r, _ in ordered]) for name in _PER_ARTICLE}
    if not articles:
        tables = {name: pd.DataFrame() for name in _PER_ARTICLE}
    terms = _summed(_concat([r["term_articles"] for r, _ in ordered]) if ordered
                    else pd.DataFrame())
    problem_table = pd.DataFrame(sorted(problems), columns=["file", "problem"])
    return Tables(**tables, problems=problem_table, term_articles=terms)


def _progress(total: int, shown: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="Articles", delay=2, disable=not shown)


# ----------------------------------------------------------------------------- metadata
#: What a date in ``metadata.csv``'s ``published`` column looks like.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_metadata(folder: str | Path, ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Read the optional ``metadata.csv`` of a corpus folder: one row per article.

    The file needs an ``id`` column (the article's file name without suffix); every other
    column (``agency``, ``outlet``, ``place``, ``published`` …) is kept as text, so any
    column you add is a grouping you can use.  ``published``, when present, must be a date
    written ``YYYY-MM-DD`` (or empty), and gives a ``month`` column (``2023-02``).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` and the file's other columns; no rows when there is no file.

    Raises
    ------
    helpers.codebooks.CodebookError
        One sentence naming the file and the row: no ``id`` column, an empty id, an id
        listed twice, an id that names no article file in the folder (when ``ids`` is given),
        a ``published`` that is not a date; and what :mod:`helpers.codebooks` refuses for
        every CSV (not UTF-8, semicolons, a row with too many cells).
    """
    path = Path(folder) / "metadata.csv"
    if not path.is_file():
        return pd.DataFrame({"article_id": pd.Series(dtype=object)})
    rows = codebooks.read_table(path, ("id",), ("id",))
    where = codebooks.shown(path)
    known = set(ids) if ids is not None else None
    seen: dict[str, int] = {}
    records = []
    for row, record in rows:
        aid = record["id"]
        if aid in seen:
            raise codebooks.CodebookError(f"{where}, row {row}: the id {aid!r} is already on "
                                          f"row {seen[aid]}.")
        seen[aid] = row
        if known is not None and aid not in known:
            raise codebooks.CodebookError(f"{where}, row {row}: no article file in the folder "
                                          f"is called {aid!r} (the id is the file name without "
                                          ".txt or .html).")
        published = record.get("published", "")
        if published and not _DATE.fullmatch(published):
            raise codebooks.CodebookError(f"{where}, row {row}: published is {published!r}; "
                                          "write the date as YYYY-MM-DD, or leave it empty.")
        records.append({"article_id": aid, **{k: v for k, v in record.items() if k != "id"}})
    table = pd.DataFrame(records)
    if "published" in table.columns:
        table["month"] = table["published"].str[:7]
    return table if len(table) else pd.DataFrame({"article_id": pd.Series(dtype=object)})


def article_table(tables: Tables, corpus: Corpus | Iterable[Article],
                  metadata: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: id, file, title, dateline, metadata and the counts of ``tables``.

    Files that could not be loaded or analysed are rows too, with ``analysed`` False and the
    one-sentence ``problem``.
    """
    rows = []
    for a in corpus:
        d = a.dateline
        rows.append({"article_id": a.id, "file": a.path.name, "title": a.title or "",
                     "dateline_place": (d.place if d else "") or "",
                     "dateline_agency": (d.agency if d else "") or ""})
    table = pd.DataFrame(rows, columns=["article_id", "file", "title", "dateline_place",
                                        "dateline_agency"])
    if metadata is not None and len(metadata.columns) > 1:
        extra = metadata.drop(columns=[c for c in ("file", "title") if c in metadata.columns])
        table = table.merge(extra, on="article_id", how="left")
    counts = tables.articles if len(tables.articles) else pd.DataFrame(columns=["article_id"])
    table = table.merge(counts, on="article_id", how="left")
    failed = dict(zip(tables.problems["file"], tables.problems["problem"], strict=True))
    table["analysed"] = ~table["file"].isin(failed) & table["article_id"].isin(counts["article_id"])
    table["problem"] = table["file"].map(failed).fillna("")
    unloaded = [f for f in failed if f not in set(table["file"])]
    if unloaded:
        table = pd.concat([table, pd.DataFrame({
            "article_id": [Path(f).stem for f in unloaded], "file": unloaded,
            "analysed": False, "problem": [failed[f] for f in unloaded]})], ignore_index=True)
    for column in ("words", "sentences", "mentions", "clauses", "quotes"):
        if column in table.columns:
            table[column] = table[column].astype("Int64")
    text_columns = [c for c in table.columns if c not in ("analysed", "words", "sentences",
                                                          "mentions", "clauses", "quotes")]
    return table.fillna({c: "" for c in text_columns})


# ----------------------------------------------------------------------------- corpus tables
def _grouped(table: pd.DataFrame, by: str | None, metadata: pd.DataFrame | None) -> tuple:
    """``table`` with the metadata column ``by`` joined on (empty cells as ``(none)``)."""
    if by is None:
        return table, ["side"]
    if metadata is None or by not in metadata.columns:
        have = [c for c in (metadata.columns if metadata is not None else []) if c != "article_id"]
        raise ValueError(f"there is no metadata column {by!r} to group by (the columns are: "
                         f"{', '.join(have) or 'none'}).")
    groups = metadata[["article_id", by]].copy()
    groups[by] = groups[by].replace("", "(none)").fillna("(none)")
    table = table.merge(groups, on="article_id", how="left")
    table[by] = table[by].fillna("(none)")
    return table, [by, "side"]


def share_summary(share: pd.DataFrame, by: str | None = None,
                  metadata: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each side's share of voice over the articles (optionally per metadata group).

    Returns
    -------
    pandas.DataFrame
        One row per (group and) side: ``articles``, ``speaking`` (articles where the side has
        any words), ``mean_share`` (the mean of the articles' shares, each article counting
        once), ``min_share``, ``max_share``, ``words`` and ``pooled_share`` (the side's words
        over all the articles' words: long articles weigh more).
    """
    if share.empty:
        return pd.DataFrame(columns=["side", "articles", "speaking", "mean_share", "min_share",
                                     "max_share", "words", "pooled_share"])
    table, keys = _grouped(share, by, metadata)
    table = table.assign(_speaking=table["words"] > 0)
    out = table.groupby(keys, sort=False).agg(
        articles=("article_id", "nunique"), speaking=("_speaking", "sum"),
        mean_share=("share", "mean"), min_share=("share", "min"), max_share=("share", "max"),
        words=("words", "sum")).reset_index()
    totals = table.groupby(keys[:-1] or (lambda _: 0), sort=False)["words"].sum()
    out["pooled_share"] = [w / totals[g] if totals[g] else 0.0 for w, g in zip(
        out["words"], (out[keys[0]] if by else [0] * len(out)), strict=True)]
    out["mean_share"] = out["mean_share"].round(4)
    out["pooled_share"] = out["pooled_share"].round(4)
    out = out.astype({"articles": "int64", "speaking": "int64", "words": "int64"})
    return _side_order(out, by)


def quote_summary(quotes: pd.DataFrame, by: str | None = None,
                  metadata: pd.DataFrame | None = None) -> pd.DataFrame:
    """Direct quotations per side over the articles (optionally per metadata group).

    Returns
    -------
    pandas.DataFrame
        ``side`` (and the group), ``articles``, ``quoting`` (articles with at least one of the
        side's quotations), ``quotes`` (total), ``mean_quotes`` (per article, two decimals)
        and ``max_quotes``.
    """
    if quotes.empty:
        return pd.DataFrame(columns=["side", "articles", "quoting", "quotes", "mean_quotes",
                                     "max_quotes"])
    table, keys = _grouped(quotes, by, metadata)
    out = table.assign(_quoting=table["quotes"] > 0).groupby(keys, sort=False).agg(
        articles=("article_id", "nunique"), quoting=("_quoting", "sum"),
        quotes=("quotes", "sum"), mean_quotes=("quotes", "mean"),
        max_quotes=("quotes", "max")).reset_index()
    out["mean_quotes"] = out["mean_quotes"].round(2)
    return _side_order(out.astype({"articles": "int64", "quoting": "int64", "quotes": "int64",
                                   "max_quotes": "int64"}), by)


def _side_order(table: pd.DataFrame, by: str | None) -> pd.DataFrame:
    rank = {s: k for k, s in enumerate(_sides())}
    keys = [by, "_side"] if by else ["_side"]
    return (table.assign(_side=table["side"].map(rank)).sort_values(keys, kind="stable")
            .drop(columns="_side").reset_index(drop=True))


def names_by_side(names: pd.DataFrame, by: str | None = None,
                  metadata: pd.DataFrame | None = None) -> pd.DataFrame:
    """What each side calls the object over the corpus, and in how many articles.

    Built on the per-article :func:`helpers.framing.naming_table` rows of ``Tables.names``.

    Returns
    -------
    pandas.DataFrame
        One row per name and side: ``name``, ``connotation``, ``side``, ``count`` (all its
        uses), ``articles`` (how many articles use it on that side) and ``article_ids``
        (``;``-separated), by side and then the most used first.
    """
    columns = ["name", "connotation", "side", "count", "articles", "article_ids"]
    if names.empty:
        return pd.DataFrame(columns=columns if by is None else [by, *columns])
    table, keys = _grouped(names, by, metadata)
    keys = [*keys[:-1], "name", "connotation", "side"]
    out = table.groupby(keys, sort=False).agg(
        count=("count", "sum"), articles=("article_id", "nunique"),
        article_ids=("article_id", lambda ids: ";".join(dict.fromkeys(ids)))).reset_index()
    rank = {s: k for k, s in enumerate(_sides())}
    out = out.assign(_side=out["side"].map(rank))
    order = [*keys[:-3], "_side", "count", "articles", "name"]
    out = out.sort_values(order, ascending=[True] * (len(keys) - 3) + [True, False, False, True],
                          kind="stable")
    return out.drop(columns="_side").reset_index(drop=True).astype(
        {"count": "int64", "articles": "int64"})


def frame_spread(frames: pd.DataFrame, by: str | None = None,
                 metadata: pd.DataFrame | None = None) -> pd.DataFrame:
    """Frames per side over the corpus: the pooled rate and its spread across articles.

    Built on the per-article :func:`helpers.framing.frame_profile` rows of ``Tables.frames``.
    An article counts for a side only where that side has words (``side_words`` > 0).

    Returns
    -------
    pandas.DataFrame
        One row per frame and side: ``frame``, ``side``, ``articles`` (where the side has
        words), ``with_hits`` (of those, the articles with at least one hit), ``hits``,
        ``side_words``, ``per_100_words`` (pooled: 100 × hits / words), and over the
        articles' own rates ``median_per_100``, ``q1_per_100``, ``q3_per_100`` (the middle
        half) and ``max_per_100``.
    """
    columns = ["frame", "side", "articles", "with_hits", "hits", "side_words", "per_100_words",
               "median_per_100", "q1_per_100", "q3_per_100", "max_per_100"]
    if frames.empty:
        return pd.DataFrame(columns=columns if by is None else [by, *columns])
    table, keys = _grouped(frames[frames["side_words"] > 0], by, metadata)
    keys = [*keys[:-1], "frame", "side"]
    table = table.assign(_hit=table["hits"] > 0)
    grouped = table.groupby(keys, sort=False)
    out = grouped.agg(articles=("article_id", "nunique"), with_hits=("_hit", "sum"),
                      hits=("hits", "sum"), side_words=("side_words", "sum"),
                      median_per_100=("per_100_words", "median"),
                      max_per_100=("per_100_words", "max")).reset_index()
    quartiles = grouped["per_100_words"].quantile([0.25, 0.75]).unstack()
    out["q1_per_100"] = quartiles[0.25].to_numpy()
    out["q3_per_100"] = quartiles[0.75].to_numpy()
    out["per_100_words"] = [round(100 * h / w, 2) if w else math.nan
                            for h, w in zip(out["hits"], out["side_words"], strict=True)]
    for column in ("median_per_100", "q1_per_100", "q3_per_100", "max_per_100"):
        out[column] = out[column].round(2)
    out = out.astype({"articles": "int64", "with_hits": "int64", "hits": "int64",
                      "side_words": "int64"})
    frame_order = {f: k for k, f in enumerate(dict.fromkeys(frames["frame"]))}
    rank = {s: k for k, s in enumerate(_sides())}
    out = out.assign(_f=out["frame"].map(frame_order), _s=out["side"].map(rank)).sort_values(
        [*keys[:-2], "_f", "_s"], kind="stable").drop(columns=["_f", "_s"])
    return out[[*keys[:-2], *columns]].reset_index(drop=True)


#: Below this many uses of a term in both sides' content, its keyness rests on too little.
KEYNESS_FLOOR = 5
#: G² above 3.84 is p < 0.05 for one comparison; with hundreds of terms compared, 15.13
#: (p < 0.0001) is the usual corpus-linguistics bar (Rayson 2004).
G2_CRITICAL = 15.13


def keyness(tables: Tables, side_a: str | None = None, side_b: str | None = None,
            min_count: int = 1) -> pd.DataFrame:
    """Keyness of one side's content against the other's, pooled over the corpus.

    :func:`helpers.framing.keyness` on the concatenated voice and mention tables, plus
    ``articles_a`` and ``articles_b`` (in how many articles each side uses the term) and
    ``reliable``: the term is used at least :data:`KEYNESS_FLOOR` times and its G² passes
    :data:`G2_CRITICAL`, the size at which a keyword starts to mean something.  The sentence
    id columns are dropped (without the article they point nowhere).  ``articles_a`` counts
    the articles whose side-a content holds the word anywhere, speaker and cue included.
    """
    table = framing.keyness(tables.voices, side_a, side_b, min_count=min_count,
                            mention_table=tables.mentions)
    attrs = dict(table.attrs)
    # Sentence ids without their article would point nowhere in a corpus.
    table = table.drop(columns=[c for c in ("sentence_ids_a", "sentence_ids_b") if c in table])
    spread = _term_articles(tables, table.attrs.get("side_a"), table.attrs.get("side_b"))
    table = table.merge(spread, on="term", how="left").fillna({"articles_a": 0, "articles_b": 0})
    table = table.astype({"articles_a": "int64", "articles_b": "int64"})
    table["reliable"] = (table["total"] >= KEYNESS_FLOOR) & (table["g2"] >= G2_CRITICAL)
    table.attrs.update(attrs)
    return table


def _term_articles(tables: Tables, side_a, side_b) -> pd.DataFrame:
    """``articles_a`` and ``articles_b`` per term, from ``Tables.term_articles`` (counted in
    the workers) or, for sides other than the compared two, from the voice table."""
    known = set(tables.term_articles["side"]) if len(tables.term_articles) else set()
    compared = set(codebooks.compared_sides())
    terms = (tables.term_articles if {side_a, side_b} <= compared or {side_a, side_b} <= known
             else _side_terms(tables.voices, [side_a, side_b]))
    out = None
    for column, side in (("articles_a", side_a), ("articles_b", side_b)):
        part = terms[terms["side"] == side].set_index("term")["articles"].rename(column)
        out = part.to_frame() if out is None else out.join(part, how="outer")
    return out.rename_axis("term").reset_index()


def by_group(tables: Tables, metadata: pd.DataFrame, by: str) -> dict[str, pd.DataFrame]:
    """The corpus tables per value of one metadata column (agency, outlet, place, month)."""
    return {"share": share_summary(tables.share, by, metadata),
            "quotes": quote_summary(tables.quotes, by, metadata),
            "names": names_by_side(tables.names, by, metadata),
            "frames": frame_spread(tables.frames, by, metadata)}
