"""Shared fixtures: headless Matplotlib, the default article, and a private figures folder."""

import matplotlib

matplotlib.use("Agg")  # headless: no window ever opens in the tests

import pytest  # noqa: E402

from helpers import article as article_module  # noqa: E402
from helpers import text  # noqa: E402


@pytest.fixture(autouse=True)
def private_figures(tmp_path, monkeypatch):
    """Every test writes figures under its own tmp folder, never into the committed figures/."""
    folder = tmp_path / "figures"
    monkeypatch.setenv("FRAMING_FIGURES_DIR", str(folder))
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
