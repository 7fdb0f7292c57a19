"""Run every notebook in ``notebooks/`` in order, headless, on one article.

``make run`` calls this.  The article is loaded once first: if it cannot be analysed the run
stops with the loader's one-sentence message and writes nothing.  Figures are written into a
temporary folder and moved into ``figures/<article-id>/`` only when every notebook succeeded,
so a failed run never leaves a half-written folder.  Executed copies of the notebooks (with
their outputs) go to ``build/notebooks/<article-id>/``, which git ignores.

    python -m helpers.runner [--article PATH] [--html]

With ``--html`` (``make html``) each executed notebook is also exported as one HTML file, images
inside, to ``build/html/<article-id>/``: for students who do not run Jupyter.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

from helpers import paths
from helpers.article import ArticleError, ArticleWarning, load_article

# papermill -> nbformat -> jsonschema imports rfc3987_syntax, which builds about 35 parsers when
# imported: a second of every run, for an "iri" format check no notebook schema uses.  Marked
# absent, jsonschema leaves out that one check.  Only this process is affected, not the kernels.
# https://github.com/python-jsonschema/jsonschema/issues/1428
sys.modules.setdefault("rfc3987_syntax", None)

#: Seconds one cell may run.  Past it the notebook is started again once, then the run stops:
#: on these machines the notebook client has been seen, rarely, to wait for a message the
#: kernel never sends after a cell has finished (the kernel idle, the client waiting).
CELL_TIMEOUT = 180


def notebooks() -> list[Path]:
    """Return the lesson notebooks, in the order of their number prefix."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]*.ipynb"))


def execute(notebook: Path, article: Path | None, output: Path, cwd: Path | None = None) -> None:
    """Execute one notebook with papermill, injecting ``ARTICLE`` into its parameters cell.

    A cell that does not finish within ``CELL_TIMEOUT`` seconds gets the notebook one more
    try from a fresh kernel (see ``CELL_TIMEOUT``); a second stall is raised.
    """
    import papermill
    from nbclient.exceptions import CellTimeoutError

    for attempt in (1, 2):
        try:
            papermill.execute_notebook(
                str(notebook), str(output),
                parameters={"ARTICLE": str(article)} if article is not None else None,
                kernel_name="python3", progress_bar=False, cwd=str(cwd or notebook.parent),
                execution_timeout=CELL_TIMEOUT,
                # Write the executed notebook once at the end, not after every cell: rewriting
                # a notebook full of images after each of its ~40 cells cost more than the
                # analysis.
                request_save_on_cell_execute=False,
            )
            return
        except CellTimeoutError:
            if attempt == 2:
                raise
            print(f"{notebook.name}: a cell stalled for {CELL_TIMEOUT} s; running the notebook "
                  "again from a fresh kernel", file=sys.stderr, flush=True)


def export_html(executed: Path, folder: Path) -> Path:
    """Write one executed notebook as a self-contained HTML page; return its path.

    The images are already inside the notebook.  The script URLs nbconvert would add for
    require.js and MathJax are left empty, and the saved state of the live widgets is dropped
    (it would make the page fetch a widget renderer from the web; a widget shows as its text
    summary instead), so the page asks no server for anything.
    """
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(executed, as_version=4)
    notebook.metadata.pop("widgets", None)
    exporter = HTMLExporter(template_name="lab", require_js_url="", mathjax_url="",
                            widget_renderer_url="")
    body, _ = exporter.from_notebook_node(notebook)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / executed.with_suffix(".html").name
    target.write_text(body, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=paths.DEFAULT_ARTICLE)
    parser.add_argument("--html", action="store_true",
                        help="also export each executed notebook to build/html/<article-id>/")
    args = parser.parse_args(argv)
    article_path = args.article.resolve()
    # Inside the project the notebooks get the path from the root, as their parameters cell
    # writes it, so an executed or exported notebook shows no machine's folders.
    shown_path = (article_path.relative_to(paths.ROOT) if article_path.is_relative_to(paths.ROOT)
                  else article_path)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ArticleWarning)
            article = load_article(article_path)
        for warning in caught:
            print(f"warning: {warning.message}")
    except ArticleError as err:
        print(err, file=sys.stderr)
        return 2

    final = paths.figures_root() / article.id
    executed = paths.ROOT / "build" / "notebooks" / article.id
    executed.mkdir(parents=True, exist_ok=True)
    total = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="figures-") as staging:
        os.environ["FRAMING_FIGURES_DIR"] = staging
        for notebook in notebooks():
            start = time.perf_counter()
            try:
                execute(notebook, shown_path, executed / notebook.name)
            except Exception as err:  # papermill re-raises the cell's error with its traceback
                print(f"{notebook.name} failed: {str(err).strip().splitlines()[-1]}",
                      file=sys.stderr)
                print(f"See {executed / notebook.name} for the cell that failed; "
                      f"{final} was left as it was.", file=sys.stderr)
                return 1
            print(f"{notebook.name:<28} {time.perf_counter() - start:5.1f} s", flush=True)
        written = Path(staging) / article.id
        written.mkdir(exist_ok=True)
        final.parent.mkdir(parents=True, exist_ok=True)
        old = final.with_name(f".{article.id}.old")
        if final.exists():
            shutil.rmtree(old, ignore_errors=True)
            final.rename(old)
        shutil.copytree(written, final)
        shutil.rmtree(old, ignore_errors=True)
    if args.html:
        pages = paths.ROOT / "build" / "html" / article.id
        for notebook in notebooks():
            export_html(executed / notebook.name, pages)
        print(f"HTML pages of the {len(notebooks())} executed notebooks: {pages}/")
    n_files = sum(1 for _ in final.iterdir())
    shown = final.relative_to(paths.ROOT) if final.is_relative_to(paths.ROOT) else final
    print(f"All {len(notebooks())} notebooks ran in {time.perf_counter() - total:.1f} s; "
          f"{n_files} files written to {shown}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
