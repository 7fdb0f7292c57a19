"""Corpus mode: per-article tables with article_id, corpus values worked out by hand, executors,
metadata errors, and `make run ARTICLE=folder`.

The small corpus (built in ``small``): three articles and a PDF saved as .txt.

* ``a-beijing``: "China said the balloon was a civilian airship. The Pentagon said it was a spy
  balloon." 16 words; China's content "the balloon was a civilian airship" is 6 words, the US's
  "it was a spy balloon" 5, the narrator keeps 16 - 11 = 5.
* ``b-quiet``: two sentences, 12 words, no voice: all the narrator's.
* ``c-ministry``: "“It was a weather balloon,” the Chinese Foreign Ministry said." 10 words;
  China's quotation "It was a weather balloon" is 5 words and one direct quotation.
* ``d-broken.txt``: a PDF: listed with its reason, the rest go on.

metadata.csv: a and c are EFE, datelined Beijing; b is AP, Washington.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from helpers import actors, codebooks, corpus, paths, runner, text, voices
from helpers.article import load_article, load_corpus
from helpers.codebooks import CodebookError

PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
SIDES = ["China", "United States", "other", "narrator"]


@pytest.fixture
def small(tmp_path):
    root = tmp_path / "small-corpus"
    root.mkdir()
    (root / "a-beijing.txt").write_text("China said the balloon was a civilian airship. The "
                                        "Pentagon said it was a spy balloon.\n", encoding="utf-8")
    (root / "b-quiet.txt").write_text("The balloon drifted over Montana on Thursday. Officials "
                                      "tracked it for days.\n", encoding="utf-8")
    (root / "c-ministry.txt").write_text("“It was a weather balloon,” the Chinese Foreign "
                                         "Ministry said.\n", encoding="utf-8")
    (root / "d-broken.txt").write_bytes(PDF)
    (root / "metadata.csv").write_text(
        "id,agency,place,published\na-beijing,EFE,Beijing,2023-02-09\n"
        "b-quiet,AP,Washington,2023-02-10\nc-ministry,EFE,Beijing,2023-03-01\n", encoding="utf-8")
    return root


def load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(folder)


@pytest.fixture
def tables(small):
    return corpus.analyse(load(small), executor="serial", progress=False)


def rows(table, **where):
    for column, value in where.items():
        table = table[table[column] == value]
    return table


# ------------------------------------------------------------------ per-article tables

def test_share_of_voice_per_article_by_hand(tables):
    share = tables.share.set_index(["article_id", "side"])
    assert share.loc["a-beijing", "words"].tolist() == [6, 5, 0, 5]
    assert share.loc["a-beijing", "share"].tolist() == [0.375, 0.3125, 0.0, 0.3125]
    assert share.loc["b-quiet", "words"].tolist() == [0, 0, 0, 12]  # no voice at all
    assert share.loc["b-quiet", "clauses"].tolist() == [0, 0, 0, 2]
    assert share.loc["c-ministry", "share"].tolist() == [0.5, 0.0, 0.0, 0.5]
    assert tables.share["side"].tolist() == SIDES * 3
    assert tables.articles.set_index("article_id")[["words", "clauses", "quotes"]].to_dict(
        "index") == {"a-beijing": {"words": 16, "clauses": 2, "quotes": 0},
                     "b-quiet": {"words": 12, "clauses": 0, "quotes": 0},
                     "c-ministry": {"words": 10, "clauses": 1, "quotes": 1}}


def test_share_matches_share_of_voice_of_each_article_alone(small, tables):
    for article in load(small):
        alone = voices.share_of_voice(voices.voices(text.sentences(article)))
        mine = rows(tables.share, article_id=article.id)
        mine = mine[mine["side"].isin(alone["side"])]
        assert mine[["side", "clauses", "words", "share"]].values.tolist() == \
            alone[["side", "clauses", "words", "share"]].values.tolist()


def test_bad_file_is_a_problem_and_the_rest_go_on(small, tables):
    assert tables.share["article_id"].unique().tolist() == ["a-beijing", "b-quiet", "c-ministry"]
    assert tables.problems.values.tolist() == [[
        "d-broken.txt", f"Cannot load {small / 'd-broken.txt'}: it is a PDF file, not text "
        "(save the article as plain text or HTML)."]]
    table = corpus.article_table(tables, load(small), corpus.read_metadata(small))
    assert table["analysed"].tolist() == [True, True, True, False]
    assert table.loc[3, ["article_id", "file", "title"]].tolist() == ["d-broken", "d-broken.txt", ""]
    assert pd.isna(table.loc[3, "words"]) and table.loc[3, "problem"].endswith("plain text or HTML).")
    assert table["month"].tolist() == ["2023-02", "2023-02", "2023-03", ""]


def test_every_per_article_table_carries_article_id(tables):
    for name in ("articles", "share", "quotes", "names", "frames", "actors", "voices", "mentions"):
        table = getattr(tables, name)
        assert table.columns[0] == "article_id", name
        assert table["article_id"].notna().all(), name


def test_actor_counts_and_cooccurrence_never_pool_articles():
    sentences = text.sentences([load_one("one", "China and the US met. China left."),
                                load_one("two", "The US said no.")])
    mentions = actors.mentions(sentences)
    counts = actors.actor_counts(mentions)
    assert counts[["article_id", "actor", "mentions", "sentences"]].values.tolist() == [
        ["one", "china", 2, 2], ["one", "united_states", 1, 1], ["two", "united_states", 1, 1]]
    pairs = actors.cooccurrence(mentions)
    assert pairs[["article_id", "actor_a", "actor_b", "sentences"]].values.tolist() == [
        ["one", "china", "china", 2], ["one", "china", "united_states", 1],
        ["one", "united_states", "china", 1], ["one", "united_states", "united_states", 1],
        ["two", "united_states", "united_states", 1]]


def load_one(article_id, body):
    from helpers.article import Article

    return Article(id=article_id, path=Path(f"{article_id}.txt"), title=None, dateline=None,
                   paragraphs=(body,), removed=(), encoding="utf-8")


# ------------------------------------------------------------------ corpus tables, by hand

def test_share_summary_by_hand(tables):
    share = corpus.share_summary(tables.share).set_index("side")
    # China: (6/16 + 0/12 + 5/10) / 3 = 0.2917; pooled 11 of 38 words = 0.2895.
    assert share.loc["China"].tolist() == [3, 2, 0.2917, 0.0, 0.5, 11, 0.2895]
    # The US: (5/16) / 3 = 0.1042; pooled 5 / 38 = 0.1316.
    assert share.loc["United States"].tolist() == [3, 1, 0.1042, 0.0, 0.3125, 5, 0.1316]
    # The narrator: (5/16 + 1 + 5/10) / 3 = 0.6042; pooled 22 / 38 = 0.5789.
    assert share.loc["narrator", ["mean_share", "words", "pooled_share"]].tolist() == [
        0.6042, 22, 0.5789]


def test_share_by_place_by_hand(small, tables):
    by = corpus.share_summary(tables.share, "place", corpus.read_metadata(small))
    china = rows(by, side="China").set_index("place")
    # Beijing: a and c, (0.375 + 0.5) / 2 = 0.4375; pooled 11 of 26 words = 0.4231.
    assert china.loc["Beijing", ["articles", "mean_share", "pooled_share"]].tolist() == [
        2, 0.4375, 0.4231]
    assert china.loc["Washington", ["articles", "mean_share", "words"]].tolist() == [1, 0.0, 0]


def test_quotes_by_hand(small, tables):
    assert rows(tables.quotes, quotes=1)[["article_id", "side"]].values.tolist() == [
        ["c-ministry", "China"]]
    assert int(tables.quotes["quotes"].sum()) == 1
    summary = corpus.quote_summary(tables.quotes).set_index("side")
    assert summary.loc["China"].tolist() == [3, 1, 1, 0.33, 1]
    by = corpus.quote_summary(tables.quotes, "agency", corpus.read_metadata(small))
    assert rows(by, side="China").set_index("agency")["mean_quotes"].to_dict() == {
        "AP": 0.0, "EFE": 0.5}


def test_names_by_side_by_hand(tables):
    names = corpus.names_by_side(tables.names)
    assert names[["name", "side", "count", "articles", "article_ids"]].values.tolist() == [
        ["balloon", "China", 1, 1, "a-beijing"],
        ["civilian airship", "China", 1, 1, "a-beijing"],
        ["weather balloon", "China", 1, 1, "c-ministry"],
        ["spy balloon", "United States", 1, 1, "a-beijing"],
        ["balloon", "narrator", 1, 1, "b-quiet"],
    ]


def test_names_count_articles_not_uses(tables):
    doubled = pd.concat([tables.names, tables.names.assign(article_id="z")], ignore_index=True)
    china = rows(corpus.names_by_side(doubled), side="China").set_index("name")
    assert china.loc["balloon", ["count", "articles", "article_ids"]].tolist() == [
        2, 2, "a-beijing;z"]


def test_frame_spread_by_hand(tables):
    spread = corpus.frame_spread(tables.frames).set_index(["frame", "side"])
    # "civilian" (a) and "weather" (c): 2 hits in China's 6 + 5 words = 18.18 per 100; the
    # articles' own rates are 16.67 and 20.00: median 18.34 (18.335 rounded).
    accident = spread.loc[("accident and science", "China")]
    assert accident[["articles", "with_hits", "hits", "side_words", "per_100_words",
                     "median_per_100", "max_per_100"]].tolist() == [2, 2, 2, 11, 18.18, 18.34, 20.0]
    # "spy" in the US's 5 words: 20 per 100, in its one article.
    assert spread.loc[("security and defense", "United States"), ["articles", "hits",
                                                                  "per_100_words"]].tolist() == [
        1, 1, 20.0]
    # Articles where a side has no words do not count for it: the US speaks only in a.
    assert spread.xs("United States", level="side")["articles"].unique().tolist() == [1]


def test_keyness_is_pooled_with_the_articles_behind_each_term(tables):
    key = corpus.keyness(tables).set_index("term")
    assert key.attrs["size_a"] == 5 and key.attrs["size_b"] == 2  # balloon civilian airship
    assert key.loc["balloon", ["count_a", "count_b", "articles_a", "articles_b"]].tolist() == [
        2, 1, 2, 1]                                                 # weather balloon | spy balloon
    assert key.loc["spy", ["count_a", "count_b", "articles_b"]].tolist() == [0, 1, 1]
    assert not key["reliable"].any()  # 7 content words are far too few
    assert "sentence_ids_a" not in key.columns and "article_id" not in key.columns
    # A side uses a word in some article exactly when it uses it at all.
    assert ((key["count_a"] > 0) == (key["articles_a"] > 0)).all()
    assert ((key["count_b"] > 0) == (key["articles_b"] > 0)).all()


def test_group_by_a_missing_column_says_so(small, tables):
    with pytest.raises(ValueError, match=r"^there is no metadata column 'outlet' to group by "
                                         r"\(the columns are: agency, place, published, month\)\.$"):
        corpus.share_summary(tables.share, "outlet", corpus.read_metadata(small))


# ------------------------------------------------------------------ the fast path is exact

CHECKED = [paths.DEFAULT_ARTICLE, *sorted((paths.ROOT / "tests" / "fixtures" / "edge").glob("*.txt")),
           paths.ROOT / "tests" / "fixtures" / "hostile" / "hostile_article.txt",
           *sorted((paths.ROOT / "tests" / "validation").glob("[0-9][0-9]_*.txt"))[:12]]


def test_chunk_tables_equal_the_per_article_functions():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = [load_article(p) for p in CHECKED]
    fast, failed = corpus._analyse_chunk(articles)
    assert failed == []
    each = [corpus.analyse_article(a) for a in articles]
    for name in corpus._PER_ARTICLE:
        expected = pd.concat([e[name] for e in each if len(e[name])], ignore_index=True)
        pd.testing.assert_frame_equal(fast[name].reset_index(drop=True), expected, obj=name)
    # Word counts and articles per word: counted per article, summed over the chunk.
    summed = pd.concat([e["term_counts"] for e in each]).groupby(["side", "term"])[
        ["count", "quoted", "articles"]].sum().reset_index()
    pd.testing.assert_frame_equal(fast["term_counts"], summed, obj="term_counts")
    assert fast["term_counts"]["articles"].max() <= len(articles)


def test_an_article_that_raises_is_reported_and_the_chunk_goes_on(small, monkeypatch):
    real = corpus.analyse_article

    def fragile(article):
        if article.id == "b-quiet":
            raise RuntimeError("boom\nsecond line")
        return real(article)

    monkeypatch.setattr(corpus, "_chunk_tables", lambda articles: fragile(articles[1]))
    monkeypatch.setattr(corpus, "analyse_article", fragile)
    tables = corpus.analyse(load(small), executor="serial", progress=False)
    assert tables.articles["article_id"].tolist() == ["a-beijing", "c-ministry"]
    assert tables.problems["file"].tolist() == ["b-quiet.txt", "d-broken.txt"]
    assert tables.problems["problem"][0] == "Cannot analyse b-quiet.txt: RuntimeError: boom."


# ------------------------------------------------------------------ executors

def same_tables(a, b):
    for name in corpus._PER_ARTICLE:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    pd.testing.assert_frame_equal(a.problems, b.problems)


def test_a_process_pool_gives_the_same_tables_in_corpus_order(small, tables):
    with cf.ProcessPoolExecutor(max_workers=2) as pool:
        pooled = corpus.analyse(load(small), executor=pool, chunk_size=1, progress=False)
    same_tables(pooled, tables)


def test_a_local_dask_cluster_gives_the_same_tables(small, tables):
    distributed = pytest.importorskip("distributed")
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2,
                            dashboard_address=None) as client:
        dasked = corpus.analyse(load(small), executor=client.get_executor(), chunk_size=1,
                                progress=False)
    same_tables(dasked, tables)


# ------------------------------------------------------------------ metadata.csv

@pytest.mark.parametrize("content, message", [
    ("name,place\na-beijing,Beijing\n", "row 1 (the header): missing column 'id' (the header "
                                        "must name id)."),
    ("id,place\na-beijing,Beijing\na-beijing,Beijing\n", "row 3: the id 'a-beijing' is already "
                                                         "on row 2."),
    ("id,place\nz-missing,Beijing\n", "row 2: no article file in the folder is called "
                                      "'z-missing' (the id is the file name without .txt or .html)."),
    ("id,published\na-beijing,9 Feb 2023\n", "row 2: published is '9 Feb 2023'; write the date as "
                                             "YYYY-MM-DD, or leave it empty."),
    ("id,place\n,Beijing\n", "row 2: the id is empty."),
])
def test_bad_metadata_gets_one_sentence(small, content, message):
    (small / "metadata.csv").write_text(content, encoding="utf-8")
    ids = [*load(small).ids, "d-broken"]
    with pytest.raises(CodebookError) as caught:
        corpus.read_metadata(small, ids)
    assert str(caught.value) == f"{codebooks.shown(small / 'metadata.csv')}, {message}"


def test_no_metadata_file_is_fine(small):
    (small / "metadata.csv").unlink()
    assert corpus.read_metadata(small).columns.tolist() == ["article_id"]


# ------------------------------------------------------------------ the starter corpus

def test_starter_corpus_is_copies_of_the_raw_articles_marked_constructed():
    folder = paths.DATA / "starter-corpus"
    metadata = pd.read_csv(folder / "metadata.csv", dtype=str, keep_default_na=False)
    assert len(metadata) == 169
    for row in metadata.itertuples():
        original = (paths.ARTICLES if row.constructed == "no" else
                    paths.ROOT / "tests" / "validation") / row.file
        assert hashlib.sha256((folder / row.file).read_bytes()).digest() == \
            hashlib.sha256(original.read_bytes()).digest(), row.file
    assert metadata["constructed"].value_counts().to_dict() == {"yes": 168, "no": 1}
    places = corpus.read_metadata(folder, load(folder).ids)["place"].value_counts()
    # (sets 18-20 added seven Beijing and seven Washington datelines to 56 and 42)
    assert (places["Beijing"], places["Washington"]) == (63, 49)
    # Every article of the validation set is in it: sets 1 to 20.
    assert sorted(metadata.loc[metadata["constructed"] == "yes", "file"]) == sorted(
        p.name for p in (paths.ROOT / "tests" / "validation").glob("[0-9]*_*.txt"))


# ------------------------------------------------------------------ make run ARTICLE=folder

def test_runner_runs_the_corpus_notebook_on_a_folder(small, private_figures, capsys):
    assert runner.notebooks(corpus=True) == [paths.NOTEBOOKS / "06_corpus.ipynb"]
    assert "06_corpus.ipynb" not in [p.name for p in runner.notebooks()]
    assert runner.main(["--article", str(small)]) == 0
    out = capsys.readouterr().out
    assert (f"skipped: Cannot load {small / 'd-broken.txt'}: it is a PDF file, not text (save "
            "the article as plain text or HTML).") in out
    written = private_figures / "small-corpus"
    charts = ["share_of_voice_by_article", "quotes_by_article", "object_names_corpus",
              "frames_corpus", "keyness_corpus", "share_of_voice_by_group"]
    assert {p.name for p in written.iterdir()} == {
        *(f"{c}.{k}" for c in charts for k in ("png", "svg", "csv")), "corpus_articles.csv",
        "quotes_by_group.csv", "names_by_group.csv", "frames_by_group.csv"}
    share = pd.read_csv(written / "share_of_voice_by_article.csv", encoding="utf-8-sig")
    assert share.loc[share["side"] == "China", "share"].tolist() == [0.375, 0.0, 0.5]
    executed = json.loads((paths.ROOT / "build" / "notebooks" / "small-corpus" /
                           "06_corpus.ipynb").read_text(encoding="utf-8"))
    printed = "".join(t for c in executed["cells"] for o in c.get("outputs", [])
                      for t in o.get("text", []))
    assert "China: speaks in 2 of 3 articles; mean share 29.2% (from 0% to 50%), pooled 28.9%." \
        in printed
    assert ("3 of 4 files analysed: 38 words, 1 direct quotation; 1 article without any voice "
            "(every sentence the narrator's).") in printed


def test_runner_stops_on_a_folder_with_no_articles(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("nothing", encoding="utf-8")
    assert runner.main(["--article", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (f"Cannot load the corpus in {tmp_path}: it holds no .txt, "
                                       ".html or .htm files.\n")


def test_runner_refuses_a_folder_name_that_cannot_name_figures(small, capsys):
    odd = small.rename(small.parent / ".hidden")
    assert runner.main(["--article", str(odd)]) == 2
    assert capsys.readouterr().err.startswith("Cannot use the folder name '.hidden' for its "
                                              "figures: ")


def test_readme_reads_the_committed_starter_corpus_figure_right():
    """The README says: datelined Beijing, China's claims hold more of an article's words than
    the US's; datelined Washington, the other way round."""
    by = pd.read_csv(paths.ROOT / "figures" / "starter-corpus" / "share_of_voice_by_group.csv",
                     encoding="utf-8-sig").set_index(["place", "side"])["mean_share"]
    assert by[("Beijing", "China")] > by[("Beijing", "United States")]
    assert by[("Washington", "United States")] > by[("Washington", "China")]
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert "datelined Beijing China's claims hold more of an article's words than" in readme
