"""Shared fixtures: headless Matplotlib, the default article, a private figures folder, and
``run_on``, which runs every notebook on an article the way `make run` does."""

import matplotlib

matplotlib.use("Agg")  # headless: no window ever opens in the tests

import pytest  # noqa: E402

from helpers import article as article_module  # noqa: E402
from helpers import runner, text  # noqa: E402

CHART = ("png", "svg", "csv")
#: The files each notebook promises to write into figures/<article-id>/.
EXPECTED = {
    "01_article.ipynb": [f"paragraph_lengths.{k}" for k in CHART],
    "02_sentences.ipynb": ["sentences.csv", *(f"sentence_lengths.{k}" for k in CHART)],
    "03_terms.ipynb": ["kwic.csv", *(f"{name}.{k}" for name in (
        "term_frequency", "ngrams", "collocations", "dispersion") for k in CHART)],
    "04_actors.ipynb": ["unlisted_names.csv", "article_annotated.html", *(f"{name}.{k}" for name in (
        "actor_mentions", "actor_mentions_by_paragraph", "actor_cooccurrence") for k in CHART)],
    "05_framing.ipynb": ["voices.csv", "quotes.csv", "frame_evidence.csv", "noun_phrases.csv",
                         *(f"comparison_{panel}.csv" for panel in ("share", "names", "frames", "tone")),
                         *(f"{name}.{k}" for name in (
        "share_of_voice", "quotes_by_side", "object_names", "frames", "keyness", "tone",
        "comparison") for k in CHART)],
    "07_check.ipynb": ["coding_sheet.csv", "agreement.csv", "disagreements.csv",
                       *(f"agreement_confusion.{k}" for k in CHART)],
}
#: Every file a run writes, whatever the article.
PROMISED = {name for names in EXPECTED.values() for name in names}


@pytest.fixture(autouse=True)
def private_figures(tmp_path, monkeypatch):
    """Every test writes figures under its own tmp folder, never into the committed figures/,
    and reads and writes coding sheets in its own folder, never in the user's coding/."""
    folder = tmp_path / "figures"
    monkeypatch.setenv("FRAMING_FIGURES_DIR", str(folder))
    monkeypatch.setenv("FRAMING_CODING_DIR", str(tmp_path / "coding"))
    return folder


@pytest.fixture(scope="session")
def default_article():
    return article_module.load_article(article_module.DEFAULT_ARTICLE)


@pytest.fixture(scope="session")
def default_sentences(default_article):
    return text.sentences(default_article)


@pytest.fixture(scope="session")
def default_tokens(default_sentences):
    return text.tokens(default_sentences)


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of data/ that every reader uses instead (the real codebooks are not touched)."""
    import shutil

    from helpers import paths

    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy, ignore=shutil.ignore_patterns("articles"))
    monkeypatch.setattr(paths, "DATA", copy)
    return copy


@pytest.fixture
def run_on(tmp_path, monkeypatch, capsys):
    """Return ``run(article)``: run every notebook on it through `make run`'s runner.

    The run must succeed, write every promised file under the article's id, and leave another
    article's folder untouched; ``run`` returns that folder and what the runner printed (its
    per-notebook times and warnings), which is also the failure message.
    """
    def run(article):
        figures = tmp_path / "figures"
        (figures / "untouched").mkdir(parents=True, exist_ok=True)
        (figures / "untouched" / "keep.csv").write_text("x\n1\n")
        monkeypatch.setenv("FRAMING_FIGURES_DIR", str(figures))
        code = runner.main(["--article", str(article)])
        printed = capsys.readouterr()
        assert code == 0, printed.out + printed.err
        assert (figures / "untouched" / "keep.csv").read_text() == "x\n1\n"
        folder = figures / article.stem
        assert {p.name for p in folder.iterdir()} == PROMISED
        return folder, printed

    return run
