"""load_corpus and the sentence, token, mention and voice tables over many articles."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import actors, text, voices
from helpers.article import ArticleError, ArticleWarning, LoadProblem, load_article, load_corpus

PAGE = Path(__file__).parent / "fixtures" / "news_page.html"
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


@pytest.fixture
def folder(tmp_path):
    """Three good articles (text, web page, Windows-1252 text), one PDF saved as .txt, and
    files load_corpus must leave alone."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a-efe.txt").write_text(
        "Talks stall\n\nBeijing, Feb 9 (EFE).- China said no. The US waited.\n\n"
        "No date was set. EFE\n", encoding="utf-8")
    shutil.copy(PAGE, root / "b-reuters.html")
    (root / "c-paste.txt").write_bytes("China’s reply was “no”. Washington waited.".encode("cp1252"))
    (root / "d-broken.txt").write_bytes(PDF)
    (root / "notes.md").write_text("Not an article.\n", encoding="utf-8")
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (root / "._a-efe.txt").write_bytes(b"\x00\x05\x16\x07")  # macOS's hidden copy: skipped
    return root


def load(folder, **kwargs):
    with pytest.warns(ArticleWarning) as caught:
        corpus = load_corpus(folder, **kwargs)
    return corpus, [str(w.message) for w in caught]


def test_bad_file_is_listed_and_does_not_stop_the_corpus(folder):
    corpus, messages = load(folder)
    assert corpus.ids == ["a-efe", "b-reuters", "c-paste"]
    assert len(corpus) == 3 and corpus.folder == folder
    assert corpus.errors == (LoadProblem(
        folder / "d-broken.txt",
        f"Cannot load {folder / 'd-broken.txt'}: it is a PDF file, not text (save the article "
        "as plain text or HTML)."),)
    assert corpus.warnings == (LoadProblem(
        folder / "c-paste.txt",
        f"{folder / 'c-paste.txt'} is not UTF-8; it was read as Windows-1252 text, so check its "
        "quotes and accents."),)
    # One warning for the failures, one for the files loaded with a warning: not one per file.
    assert messages == [
        f"1 of 4 article files in {folder} could not be loaded and were skipped (d-broken.txt); "
        "corpus.errors says why.",
        f"1 of 4 article files in {folder} were loaded with a warning; corpus.warnings lists them.",
    ]
    assert [a.source_format for a in corpus] == ["text", "html", "text"]
    assert corpus["b-reuters"].title == "China rejects US call for defence talks after balloon row"
    assert corpus[0].dateline.text == "Beijing, Feb 9 (EFE).-"


def test_corpus_table_has_a_row_per_file(folder):
    corpus, _ = load(folder)
    table = corpus.table()
    assert table["file"].tolist() == ["a-efe.txt", "b-reuters.html", "c-paste.txt", "d-broken.txt"]
    assert table["loaded"].tolist() == [True, True, True, False]
    assert table["paragraphs"].tolist() == [2, 3, 1, 0]
    assert table["encoding"].tolist()[:3] == ["utf-8", "utf-8", "cp1252"]
    assert table["problem"].tolist()[:2] == ["", ""]
    assert table["problem"].tolist()[2].endswith("it was read as Windows-1252 text, so check its "
                                                 "quotes and accents.")
    assert table["problem"].tolist()[3].endswith("it is a PDF file, not text (save the article as "
                                                 "plain text or HTML).")


def test_sentences_of_a_corpus_carry_article_ids(folder):
    corpus, _ = load(folder)
    s = text.sentences(corpus)
    assert s["article_id"].tolist() == ["a-efe"] * 3 + ["b-reuters"] * 4 + ["c-paste"] * 2
    assert s["sentence_id"].tolist() == [1, 2, 3, 1, 2, 3, 4, 1, 2]
    assert s["paragraph_id"].tolist() == [1, 1, 2, 1, 2, 2, 3, 1, 1]
    assert s.groupby("article_id").size().to_dict() == {"a-efe": 3, "b-reuters": 4, "c-paste": 2}
    for row in s.itertuples():
        assert corpus[row.article_id].body[row.start:row.end] == row.text
    # The same as one table per article, one after another.
    one_by_one = pd.concat([text.sentences(a) for a in corpus], ignore_index=True)
    pd.testing.assert_frame_equal(s, one_by_one)
    pd.testing.assert_frame_equal(text.sentences(list(corpus)), s)


def test_single_article_signature_is_unchanged(default_article, default_sentences):
    pd.testing.assert_frame_equal(text.sentences([default_article]), default_sentences)


def test_articles_must_have_distinct_ids(default_article):
    with pytest.raises(ValueError, match="^Two articles have the id 'efe-2023-02-09"):
        text.sentences([default_article, default_article])


def per_article(table, article_id):
    return table[table["article_id"] == article_id].reset_index(drop=True)


@pytest.fixture
def corpus_and_sentences(folder, default_article):
    """The three test articles and the default article, as one sentence table."""
    shutil.copy(default_article.path, folder / f"{default_article.id}.txt")
    corpus, _ = load(folder)
    return corpus, text.sentences(corpus)


def test_tokens_of_a_corpus_match_each_article_alone(corpus_and_sentences):
    corpus, s = corpus_and_sentences
    tokens = text.tokens(s)
    assert tokens["article_id"].unique().tolist() == corpus.ids
    for article in corpus:
        pd.testing.assert_frame_equal(per_article(tokens, article.id),
                                      text.tokens(text.sentences(article)))


def test_mentions_and_voices_of_a_corpus_match_each_article_alone(corpus_and_sentences):
    corpus, s = corpus_and_sentences
    mentions = actors.mentions(s)
    voice_table = voices.voices(s, mention_table=mentions)
    assert set(mentions["article_id"]) == set(corpus.ids)
    assert voice_table["article_id"].unique().tolist() == corpus.ids
    for article in corpus:
        alone = text.sentences(article)
        alone_mentions = actors.mentions(alone)
        pd.testing.assert_frame_equal(per_article(mentions, article.id), alone_mentions)
        pd.testing.assert_frame_equal(per_article(voice_table, article.id),
                                      voices.voices(alone, mention_table=alone_mentions))


def test_pattern_chooses_files(folder):
    corpus = load_corpus(folder, pattern="b-*")
    assert corpus.ids == ["b-reuters"] and corpus.errors == ()


def test_two_files_with_one_stem_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text("China said no.", encoding="utf-8")
    shutil.copy(PAGE, tmp_path / "a.html")
    with pytest.raises(ArticleError) as caught:
        load_corpus(tmp_path)
    assert str(caught.value) == (f"Cannot load the corpus in {tmp_path}: a.html and a.txt would "
                                 "both be article 'a' (rename one of them).")


def missing(root):
    return root / "missing"


def a_file(root):
    (root / "one.txt").write_text("China said no.", encoding="utf-8")
    return root / "one.txt"


def no_articles(root):
    (root / "notes.md").write_text("No articles here.", encoding="utf-8")
    return root


@pytest.mark.parametrize("make, message", [
    (missing, "the folder does not exist."),
    (a_file, "it is a file, not a folder (use load_article for one article)."),
    (no_articles, "it holds no .txt, .html or .htm files."),
])
def test_folder_errors(tmp_path, make, message):
    where = make(tmp_path)
    with pytest.raises(ArticleError) as caught:
        load_corpus(where)
    assert str(caught.value) == f"Cannot load the corpus in {where}: {message}"


def test_folder_where_every_file_fails(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(PDF)
    with pytest.raises(ArticleError) as caught:
        load_corpus(tmp_path)
    assert str(caught.value) == (f"Cannot load the corpus in {tmp_path}: none of its 2 article "
                                 "files could be loaded (the first, a.txt: the file is empty).")


def test_pattern_that_matches_nothing(folder):
    with pytest.raises(ArticleError, match=r"it holds no \.txt, \.html or \.htm files matching "
                                           r"'z\*'\.$"):
        load_corpus(folder, pattern="z*")


def test_corpus_articles_are_the_articles_load_article_gives(folder):
    corpus, _ = load(folder)
    assert corpus["a-efe"] == load_article(folder / "a-efe.txt")
    with pytest.raises(KeyError):
        corpus["nope"]
