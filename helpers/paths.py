"""Every path the workbook uses, worked out from the project root in one place.

Notebooks and tests never build paths from their working directory, so the workbook behaves
the same whether Jupyter was started in ``notebooks/`` or anywhere else.  In a checkout the
data are ``data/`` beside ``helpers/``; a regular install finds them inside the package.

>>> from helpers import paths
>>> paths.ARTICLES.name
'articles'
"""

from __future__ import annotations

import os
from pathlib import Path

#: The ``helpers`` package itself.
PACKAGE = Path(__file__).resolve().parent
#: True in a checkout of the workbook (and its editable install); False when the package was
#: installed the regular way (``pip install .``), which carries ``data/`` and ``notebooks/``
#: inside the package as ``helpers/data/`` and ``helpers/notebooks/``.
IN_CHECKOUT = (PACKAGE.parent / "pyproject.toml").is_file() and (PACKAGE.parent / "data").is_dir()
#: The project root: the checkout, or for an installed package the folder Python started in,
#: where ``figures/`` and ``build/`` are written.
ROOT = PACKAGE.parent if IN_CHECKOUT else Path.cwd().resolve()
DATA = PACKAGE.parent / "data" if IN_CHECKOUT else PACKAGE / "data"
ARTICLES = DATA / "articles"
METADATA = ARTICLES / "metadata.csv"
#: Rows a user adds for their own articles (publication date, agency): read after
#: ``metadata.csv`` and never checked against the shipped articles' hashes.
USER_METADATA = ARTICLES / "my_metadata.csv"
NOTEBOOKS = PACKAGE.parent / "notebooks" if IN_CHECKOUT else PACKAGE / "notebooks"

#: The article every notebook reads unless its ``parameters`` cell says otherwise.
DEFAULT_ARTICLE = ARTICLES / "efe-2023-02-09-china-rejects-defense-talks.txt"


def figures_root() -> Path:
    """Return the folder that holds one sub-folder of figures per article.

    ``figures/`` at the project root, unless the environment variable ``FRAMING_FIGURES_DIR``
    names another folder (the tests use this so they never touch the committed figures).
    """
    override = os.environ.get("FRAMING_FIGURES_DIR")
    return Path(override) if override else ROOT / "figures"


#: The longest id, in UTF-8 bytes: a file name may have 255, and the runner adds a few to it
#: (``.<id>.staging-<pid>``).
MAX_ID_BYTES = 200


def id_problem(article_id: str) -> str | None:
    """Say why ``article_id`` cannot name a folder of ``figures/`` (None when it can).

    An id is a file name without its suffix; it must be a plain folder name, so that
    ``figures/<id>/`` is always a direct child of ``figures/`` and nothing else.

    >>> [id_problem(i) for i in ("efe-2023", ".", "..", "", "a/b")]  # doctest: +NORMALIZE_WHITESPACE
    [None, 'it starts with a dot', 'it starts with a dot', 'it is empty',
     'it holds a path separator']
    """
    if not article_id or not article_id.strip():
        return "it is empty"
    if article_id.startswith("."):
        return "it starts with a dot"
    if "/" in article_id or "\\" in article_id or (os.altsep and os.altsep in article_id):
        return "it holds a path separator"
    if ".." in article_id:
        return "it holds '..'"
    if "\x00" in article_id:
        return "it holds a NUL character"
    if len(article_id.encode("utf-8", "surrogateescape")) > MAX_ID_BYTES:
        return f"it is longer than {MAX_ID_BYTES} bytes"
    return None


def check_article_id(article_id: str) -> None:
    """Raise ``ValueError`` with one sentence when ``article_id`` cannot name a figures folder.

    Besides :func:`id_problem`, ``figures/<id>`` must resolve to a direct child of
    ``figures/`` (it is not a link to somewhere else).
    """
    problem = id_problem(article_id)
    if problem:
        raise ValueError(f"Cannot use {article_id!r} as an article id: {problem} (rename the "
                         "article file).")
    root = figures_root()
    if (root / article_id).resolve().parent != root.resolve():
        raise ValueError(f"Cannot use {article_id!r} as an article id: {root / article_id} is a "
                         f"link to a folder outside {root} (remove the link).")


def figures_dir(article_id: str) -> Path:
    """Return ``figures/<article_id>/``, creating it when it does not exist yet.

    Raises ``ValueError`` for an id that is not a plain folder name (see
    :func:`check_article_id`), so no id can write outside its own folder.
    """
    check_article_id(article_id)
    folder = figures_root() / article_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resolve(path: str | Path) -> Path:
    """Return ``path`` as an absolute path; a relative one is taken from the project root.

    A notebook's ``ARTICLE = "data/articles/…"`` therefore means the same file wherever
    Jupyter was started.
    """
    path = Path(path).expanduser()
    if path.is_absolute():
        return path
    if not IN_CHECKOUT and path.parts[:1] == ("data",) and not (ROOT / path).exists():
        return DATA.joinpath(*path.parts[1:])  # a notebook's "data/articles/…", installed
    return ROOT / path
