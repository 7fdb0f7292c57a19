"""Every path the workbook uses, worked out from the project root in one place.

Notebooks and tests never build paths from their working directory, so the workbook behaves
the same whether Jupyter was started in ``notebooks/`` or anywhere else.

>>> from helpers import paths
>>> paths.ARTICLES.name
'articles'
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
ARTICLES = DATA / "articles"
METADATA = ARTICLES / "metadata.csv"
NOTEBOOKS = ROOT / "notebooks"

#: The article every notebook reads unless its ``parameters`` cell says otherwise.
DEFAULT_ARTICLE = ARTICLES / "efe-2023-02-09-china-rejects-defense-talks.txt"


def figures_root() -> Path:
    """Return the folder that holds one sub-folder of figures per article.

    ``figures/`` at the project root, unless the environment variable ``FRAMING_FIGURES_DIR``
    names another folder (the tests use this so they never touch the committed figures).
    """
    override = os.environ.get("FRAMING_FIGURES_DIR")
    return Path(override) if override else ROOT / "figures"


def figures_dir(article_id: str) -> Path:
    """Return ``figures/<article_id>/``, creating it when it does not exist yet."""
    folder = figures_root() / article_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resolve(path: str | Path) -> Path:
    """Return ``path`` as an absolute path; a relative one is taken from the project root.

    A notebook's ``ARTICLE = "data/articles/…"`` therefore means the same file wherever
    Jupyter was started.
    """
    path = Path(path).expanduser()
    return path if path.is_absolute() else ROOT / path
