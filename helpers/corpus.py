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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from helpers import actors, codebooks, framing, text, voices
from helpers import keyness as _keyness
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
    analysed (``file``, ``problem``).  ``term_counts``: the words :func:`keyness` compares,
    for each compared side (:func:`helpers.keyness.term_counts`: ``side``, ``term``,
    ``count``, ``quoted``, ``articles``), counted in the workers and summed, so it has no
    ``article_id``.
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
    term_counts: pd.DataFrame


_PER_ARTICLE = [f.name for f in fields(Tables) if f.name not in ("problems", "term_counts")]


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
    names = _names(voice_table, quote_table, article.title)
    frames = _frames(voice_table, mentions, quote_table)
    spoken = voice_table[voice_table["side"] != codebooks.narrator_side()] if len(
        voice_table) else voice_table
    summary = pd.DataFrame([{
        "article_id": aid, "words": int(sentences["n_words"].sum()) if len(sentences) else 0,
        "sentences": len(sentences), "mentions": len(mentions), "clauses": len(spoken),
        "quotes": int(quotes["quotes"].sum())}])
    return {"articles": summary, "share": share, "quotes": quotes, "names": names,
            "frames": frames, "actors": actors.actor_counts(mentions), "voices": voice_table,
            "mentions": mentions,
            "term_counts": _keyness.term_counts(voice_table, mention_table=mentions,
                                                quote_table=quote_table)}


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
                                                                   "term_counts")}
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
    out["term_counts"] = _summed(out["term_counts"])
    return out, failed


def _summed(table: pd.DataFrame) -> pd.DataFrame:
    """Term counts of several chunks added up (one row per side and term)."""
    if not len(table):
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("side", "term") else "int64")
                             for c in _keyness.TERM_COUNT_COLUMNS})
    return (table.groupby(["side", "term"], sort=True)[["count", "quoted", "articles"]].sum()
            .astype("int64").reset_index())


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
            "names": _names(voice_table, quote_table, {a.id: a.title or "" for a in articles}),
            "frames": _frames(voice_table, mentions, quote_table),
            "actors": actors.actor_counts(mentions), "voices": voice_table, "mentions": mentions,
            "term_counts": _keyness.term_counts(voice_table, mention_table=mentions,
                                                quote_table=quote_table)}


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


def _names(voice_table, quote_table, titles) -> pd.DataFrame:
    """:func:`helpers.framing.naming_table` (per article, whose words apart) of one article
    or a chunk of them: framing groups by ``article_id`` itself."""
    table = framing.naming_table(framing.naming(voice_table, titles or None,
                                                quote_table=quote_table))
    if isinstance(titles, dict) and len(table):   # the corpus's order, not the alphabet's
        order = {aid: k for k, aid in enumerate(titles)}
        table = table.iloc[table["article_id"].map(order).argsort(kind="stable")]
        table = table.reset_index(drop=True)
    return table


def _frames(voice_table, mentions, quote_table) -> pd.DataFrame:
    """:func:`helpers.framing.frame_profile` of one article or a chunk of them."""
    hits = framing.frame_hits(voice_table, mention_table=mentions, quote_table=quote_table)
    return framing.frame_profile(hits, voice_table)


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
    terms = _summed(_concat([r["term_counts"] for r, _ in ordered]) if ordered
                    else pd.DataFrame())
    problem_table = pd.DataFrame(sorted(problems), columns=["file", "problem"])
    return Tables(**tables, problems=problem_table, term_counts=terms)


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

    :func:`helpers.framing.keyness` on the word counts of every article added up
    (``Tables.term_counts``, counted in the workers with each article's own quotations), plus
    ``articles_a`` and ``articles_b`` (in how many articles each side uses the term) and
    ``reliable``: the term is used at least :data:`KEYNESS_FLOOR` times and its G² passes
    :data:`G2_CRITICAL`, the size at which a keyword starts to mean something.  Pooled over
    the corpus, a row has no ``article_id`` and no sentence ids (``articles_a`` and
    ``articles_b`` say how widely a term is used; the voice table has its sentences).
    """
    side_a, side_b = _keyness._sides(side_a, side_b)
    counts = tables.term_counts
    missing = {side_a, side_b} - set(counts["side"] if len(counts) else ())
    if missing - set(codebooks.compared_sides()):   # a side the workers did not count
        counts = _keyness.term_counts(tables.voices, [side_a, side_b],
                                      mention_table=tables.mentions)
    of = {side: counts[counts["side"] == side].set_index("term") for side in (side_a, side_b)}
    table = _keyness.scored(*(Counter(of[s]["count"].to_dict()) for s in (side_a, side_b)),
                            *(Counter(of[s]["quoted"].to_dict()) for s in (side_a, side_b)),
                            side_a, side_b, min_count)
    attrs = dict(table.attrs)
    for column, side in (("articles_a", side_a), ("articles_b", side_b)):
        table[column] = table["term"].map(of[side]["articles"]).fillna(0).astype("int64")
    table["reliable"] = (table["total"] >= KEYNESS_FLOOR) & (table["g2"] >= G2_CRITICAL)
    table.attrs.update(attrs)
    return table


def by_group(tables: Tables, metadata: pd.DataFrame, by: str) -> dict[str, pd.DataFrame]:
    """The corpus tables per value of one metadata column (agency, outlet, place, month)."""
    return {"share": share_summary(tables.share, by, metadata),
            "quotes": quote_summary(tables.quotes, by, metadata),
            "names": names_by_side(tables.names, by, metadata),
            "frames": frame_spread(tables.frames, by, metadata)}
