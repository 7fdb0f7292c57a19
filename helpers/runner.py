"""Run every notebook in ``notebooks/`` in order, headless, on one article.

``make run`` calls this.  The article is loaded once first: if it cannot be analysed the run
stops with the loader's one-sentence message and writes nothing.  Figures are written into a
temporary folder and moved into ``figures/<article-id>/`` only when every notebook succeeded,
so a failed run never leaves a half-written folder.  Executed copies of the notebooks (with
their outputs) go to ``build/notebooks/<article-id>/``, which git ignores.

    python -m helpers.runner [--article PATH]
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

#: Seconds one cell may run before the run is stopped: a hung cell fails instead of waiting forever.
CELL_TIMEOUT = 300


def notebooks() -> list[Path]:
    """Return the lesson notebooks, in the order of their number prefix."""
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]*.ipynb"))


def execute(notebook: Path, article: Path, output: Path) -> None:
    """Execute one notebook with papermill, injecting ``ARTICLE`` into its parameters cell."""
    import papermill

    papermill.execute_notebook(
        str(notebook), str(output), parameters={"ARTICLE": str(article)},
        kernel_name="python3", progress_bar=False, cwd=str(notebook.parent),
        execution_timeout=CELL_TIMEOUT,
        # Write the executed notebook once at the end, not after every cell: rewriting a
        # notebook full of images after each of its ~40 cells cost more than the analysis.
        request_save_on_cell_execute=False,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=paths.DEFAULT_ARTICLE)
    args = parser.parse_args(argv)
    article_path = args.article.resolve()
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
                execute(notebook, article_path, executed / notebook.name)
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
    n_files = sum(1 for _ in final.iterdir())
    shown = final.relative_to(paths.ROOT) if final.is_relative_to(paths.ROOT) else final
    print(f"All {len(notebooks())} notebooks ran in {time.perf_counter() - total:.1f} s; "
          f"{n_files} files written to {shown}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
