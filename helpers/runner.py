"""Run every notebook in ``notebooks/`` in order, headless, on one article or one folder.

For a folder of articles (``make run ARTICLE=path/to/folder``) the runner lists each file
that cannot be loaded with its one-sentence reason, then runs only the corpus notebook
(:data:`CORPUS_NOTEBOOKS`) into ``figures/<folder-name>/``; for an article file, the others.

``make run`` calls this.  The article is loaded once first: if it cannot be analysed the run
stops with the loader's one-sentence message and writes nothing.  Executed copies of the
notebooks (with their outputs) go to ``build/notebooks/<article-id>/``, which git ignores.

    python -m helpers.runner [--article PATH] [--topic NAME] [--html]

Without ``--article`` the path comes from the environment variable ``FRAMING_ARTICLE``
(``make run ARTICLE=…`` sets it, so no shell ever reads the file name), else the default
article.  ``--topic`` (``make run TOPIC=…``, ``$FRAMING_TOPIC``) names the folder of
``data/topics/`` whose object names and frames notebook 05 reads; without it the notebook's
own ``TOPIC`` (the balloon) stands.  With ``--html`` (``make html``) each executed notebook
is also exported as one HTML file, images inside, to ``build/html/<article-id>/``: for
students who do not run Jupyter.

**How the output folder is replaced.**  Before the first notebook the runner checks the id
(a plain folder name: see :func:`helpers.paths.check_article_id`), that ``figures/`` can be
written, and takes a lock (``figures/.<id>.lock``, ``fcntl.flock``) so that a second run of the
same article stops with one sentence.  The notebooks write into a staging folder beside the
final one, ``figures/.<id>.staging-<pid>/<id>/``, on the same file system.  When every notebook
has succeeded, the files in ``figures/<id>/`` that this run did not write (your notes) are
copied into the staged folder, and the staged folder is swapped in by rename (:func:`swap_in`),
so a reader sees the old folder or the new one, whole, never a mix:

* on Linux one ``renameat2(RENAME_EXCHANGE)`` call swaps the two folders atomically;
* elsewhere (or on a file system without it) two renames: the old folder to
  ``figures/.<id>.old``, the new one in.  Killed between the two, ``figures/<id>/`` is
  missing for a moment; the next run of that article puts ``.<id>.old`` back before it
  starts (:func:`recover`).

Ctrl-C or ``kill`` (SIGINT, SIGTERM) removes the staging folder and leaves ``figures/<id>/``
as it was; one that comes during the swap waits until the swap is done, then stops the run.
After a ``kill -9`` the next run of the article removes the leftover staging folder.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import errno
import fcntl
import functools
import html
import json
import os
import re
import shutil
import signal
import sys
import time
import warnings
from pathlib import Path

from helpers import paths
from helpers.article import ArticleError, ArticleWarning, load_article, load_corpus

# papermill -> nbformat -> jsonschema imports rfc3987_syntax, which builds about 35 parsers when
# imported: a second of every run, for an "iri" format check no notebook schema uses.  Marked
# absent, jsonschema leaves out that one check.  Only this process is affected, not the kernels.
# https://github.com/python-jsonschema/jsonschema/issues/1428
sys.modules.setdefault("rfc3987_syntax", None)

#: Seconds one cell may run.  Past it the notebook is started again once, then the run stops:
#: on these machines the notebook client has been seen, rarely, to wait for a message the
#: kernel never sends after a cell has finished (the kernel idle, the client waiting).  Ten
#: minutes: on a slow machine the voice cell of an 800,000-word article took over three.
CELL_TIMEOUT = 600


#: The notebooks that read a folder of articles: ``make run ARTICLE=folder`` runs these only.
CORPUS_NOTEBOOKS = ("06_corpus.ipynb",)


def notebooks(corpus: bool = False) -> list[Path]:
    """Return the lesson notebooks of one article (or, with ``corpus``, of a folder), in the
    order of their number prefix."""
    return sorted(p for p in paths.NOTEBOOKS.glob("[0-9][0-9]*.ipynb")
                  if (p.name in CORPUS_NOTEBOOKS) == corpus)


@functools.cache
def quiet_shutdown_kernel_manager() -> type:
    """Return a kernel manager that does not interrupt a kernel it is shutting down.

    Why: jupyter_client's ``shutdown_kernel`` always sends the kernel an interrupt (SIGINT)
    first, to stop a cell that may still run, and only then the shutdown request.  When
    papermill shuts a kernel down every cell has finished, so the interrupt has nothing to
    stop; but if the signal lands while the kernel is still handling a message (ipykernel
    installs Python's default SIGINT handler around each message handler), it becomes a
    KeyboardInterrupt that ipykernel logs as ``[IPKernelApp] ERROR | KeyboardInterrupt
    caught in kernel.``: a race, seen in about half of the runs, that a student reads as "I
    broke it".  Interrupts while the kernel is *not* shutting down still go through; a kernel
    still busy when it is shut down is killed after jupyter_client's grace period.
    """
    from jupyter_client.manager import AsyncKernelManager

    class QuietShutdownKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return
            await super()._async_interrupt_kernel()

    return QuietShutdownKernelManager


def _parameters(notebook: Path, article: Path | None, topic: str | None) -> dict | None:
    """What papermill injects: ``ARTICLE``, and ``TOPIC`` into a notebook whose parameters
    cell has one (notebook 05)."""
    given = {"ARTICLE": str(article)} if article is not None else {}
    if topic is not None and notebook.is_file():
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        if any("parameters" in c.get("metadata", {}).get("tags", []) and re.search(
                r"(?m)^TOPIC\s*=", "".join(c.get("source", ""))) for c in cells):
            given["TOPIC"] = topic
    return given or None


def execute(notebook: Path, article: Path | None, output: Path, cwd: Path | None = None,
            topic: str | None = None) -> None:
    """Execute one notebook with papermill, injecting ``ARTICLE`` (and ``TOPIC``, where the
    notebook has it) into its parameters cell.

    A cell that does not finish within ``CELL_TIMEOUT`` seconds gets the notebook one more
    try from a fresh kernel (see ``CELL_TIMEOUT``); a second stall is raised.
    """
    import papermill
    from nbclient.exceptions import CellTimeoutError

    for attempt in (1, 2):
        try:
            papermill.execute_notebook(
                str(notebook), str(output),
                parameters=_parameters(notebook, article, topic),
                kernel_name="python3", progress_bar=False, cwd=str(cwd or notebook.parent),
                execution_timeout=CELL_TIMEOUT,
                kernel_manager_class=quiet_shutdown_kernel_manager(),
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
    require.js and MathJax are left empty, and each live widget is replaced by its first
    state (:func:`static_widgets`), so the page asks no server for anything: the saved widget
    state would make it fetch a widget renderer from the web, and without it a widget shows
    as its text summary, ``VBox(children=(HBox(…``.
    """
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(executed, as_version=4)
    static_widgets(notebook)
    exporter = HTMLExporter(template_name="lab", require_js_url="", mathjax_url="",
                            widget_renderer_url="")
    body, _ = exporter.from_notebook_node(notebook)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / executed.with_suffix(".html").name
    target.write_text(body, encoding="utf-8")
    return target


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
#: The line above an explorer's first state in an exported page.
STATIC_NOTE = "A live explorer in JupyterLab; here as it first opens"


def static_widgets(notebook) -> int:
    """Replace every widget in an executed notebook by its first state; return how many.

    A widget's output is a reference to a model in the notebook's saved widget state
    (``metadata.widgets``).  It becomes one line naming its controls and their first values
    ("Side: all · Cue: all") followed by what its ``Output`` showed first (the table), as
    ordinary outputs; the saved state is then dropped.
    """
    import nbformat

    state = notebook.metadata.pop("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    replaced = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view is None:
                outputs.append(output)
                continue
            replaced += 1
            controls, shown = _first_state(view.get("model_id", ""), state)
            line = f"{STATIC_NOTE}: " + " · ".join(controls) if controls else STATIC_NOTE
            outputs.append(nbformat.from_dict({
                "output_type": "display_data", "metadata": {},
                "data": {"text/html": f"<p><em>{html.escape(line)}</em></p>",
                         "text/plain": line}}))
            if not shown and not state:
                shown = [{"output_type": "stream", "name": "stdout",
                          "text": "(run the notebook in JupyterLab to use it)\n"}]
            for item in shown:
                item = {**item}
                if item.get("output_type") in ("display_data", "execute_result"):
                    item = {"output_type": "display_data", "metadata": item.get("metadata", {}),
                            "data": item.get("data", {})}
                outputs.append(nbformat.from_dict(item))
        cell.outputs = outputs
    return replaced


def _first_state(model_id: str, state: dict) -> tuple[list[str], list[dict]]:
    """The controls ("Term: balloon") and the outputs of a widget and all its children."""
    controls: list[str] = []
    shown: list[dict] = []

    def visit(ref: str) -> None:
        model = state.get(ref.removeprefix("IPY_MODEL_"), {})
        values = model.get("state", {})
        kind = model.get("model_name", "")
        if kind == "OutputModel":
            shown.extend(values.get("outputs", []))
        elif kind.endswith("BoxModel"):
            for child in values.get("children", []):
                visit(child)
        elif "description" in values or "value" in values or "index" in values:
            controls.append(_control_text(kind, values))

    visit(model_id)
    return controls, shown


def _control_text(kind: str, values: dict) -> str:
    """One control as text: ``Side: all``, ``regex: off``, ``Actors: China, US``."""
    label = values.get("description") or kind.removesuffix("Model")
    labels = values.get("_options_labels") or []
    index = values.get("index")
    if isinstance(index, list):
        value = ", ".join(labels[i] for i in index if i < len(labels)) or "none chosen"
    elif isinstance(index, int) and index < len(labels):
        value = labels[index]
    elif isinstance(values.get("value"), bool):
        value = "on" if values["value"] else "off"
    else:
        value = str(values.get("value", ""))
    return f"{label}: {value}"


class RunStopped(Exception):
    """A run that cannot go on; the message is one sentence for the user (exit code 2)."""


# --------------------------------------------------------------------------- the lock

@contextlib.contextmanager
def article_lock(root: Path, article_id: str):
    """Hold ``<root>/.<id>.lock`` (``fcntl.flock``) while the block runs; remove it after.

    A second run of the same article while the first holds the lock raises
    :class:`RunStopped`.  The file is removed while still locked; a run that opened it just
    before then finds, once it holds the lock, that the name now means another file (or
    none), and starts again on a fresh one, so two runs never both hold "the" lock.  A
    ``kill -9`` leaves the empty file behind, unlocked: the next run takes it.
    """
    lock_path = root / f".{article_id}.lock"
    while True:
        try:
            handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the block's lifetime
        except OSError as err:
            raise RunStopped(_cannot_write(root, err)) from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise RunStopped(f"Another run is writing {_shown(root / article_id)}/ right now; "
                             "wait for it to finish, then run again.") from None
        try:
            same = os.stat(lock_path).st_ino == os.fstat(handle.fileno()).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        handle.close()  # the file was removed by the run that held it: lock the new one
    try:
        yield lock_path
    finally:
        lock_path.unlink(missing_ok=True)
        handle.close()  # releases the lock


# --------------------------------------------------------------------------- the swap

def staging_dir(root: Path, article_id: str, pid: int | None = None) -> Path:
    """Return the staging folder of this process: ``<root>/.<id>.staging-<pid>``."""
    return root / f".{article_id}.staging-{os.getpid() if pid is None else pid}"


def old_dir(root: Path, article_id: str) -> Path:
    """Where the two-rename swap puts the old folder for a moment: ``<root>/.<id>.old``."""
    return root / f".{article_id}.old"


def recover(root: Path, article_id: str) -> list[str]:
    """Clean up after an earlier run of this article that was killed; return what was done.

    Call it only while holding :func:`article_lock`.  A staging folder left by a killed run
    is removed.  A ``.<id>.old`` folder is put back as ``<id>`` when ``<id>`` is missing (the
    run was killed between the two renames of the swap), and removed otherwise (the run was
    killed after the swap, before removing it).
    """
    notes = []
    final, old = root / article_id, old_dir(root, article_id)
    if old.is_dir() and not old.is_symlink():
        if not final.exists() and not final.is_symlink():
            os.rename(old, final)
            notes.append(f"put back {_shown(final)}/, which an interrupted run had left as "
                         f"{old.name}")
        else:
            shutil.rmtree(old)
    prefix = re.compile(re.escape(f".{article_id}.staging-") + r"\d+")
    for leftover in sorted(root.iterdir()) if root.is_dir() else ():
        if prefix.fullmatch(leftover.name) and leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover)
            notes.append(f"removed {leftover.name}, left by an interrupted run")
    return notes


# Files that write_atomic leaves only if it is killed mid-write: ".<name>.<random>.tmp".
_WRITE_TEMP = re.compile(r"\..+\.tmp")


def keep_user_files(final: Path, new: Path) -> list[str]:
    """Copy into ``new`` every file and folder of ``final`` this run did not write.

    The workbook's own files are the ones the run just wrote into ``new``; everything else
    in ``final`` (your notes, an article you stored there, a chart an older version wrote) is
    kept.  Returns the names copied.
    """
    kept = []
    if not final.is_dir():
        return kept
    for item in sorted(final.iterdir()):
        target = new / item.name
        if target.exists() or target.is_symlink() or _WRITE_TEMP.fullmatch(item.name):
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, target, symlinks=True)
        else:
            shutil.copy2(item, target, follow_symlinks=False)
        kept.append(item.name)
    return kept


AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic ``renameat2(RENAME_EXCHANGE)``; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a C library older than glibc 2.28
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # this kernel or file system cannot exchange
    raise OSError(code, os.strerror(code), str(b))


def _reached(step: str) -> None:
    """Called after each step of the swap; the tests make it raise, as a kill would."""


@contextlib.contextmanager
def _signals_held():
    """Hold SIGINT and SIGTERM until the block is done; yield the list of those that came.

    Handlers rather than a signal mask: a signal may be delivered to any thread (papermill's
    libraries start some), and Python runs its handler in the main thread whatever the mask.
    """
    import threading

    held: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield held
        return
    previous = {s: signal.signal(s, lambda signum, frame: held.append(signum))
                for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield held
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def swap_in(new: Path, final: Path, use_exchange: bool = True) -> list[int]:
    """Put the folder ``new`` at ``final`` so that ``final`` is the old folder or the new one,
    whole, at every moment (see the module's docstring); the old folder is deleted after.

    ``new`` and ``final`` must be on the same file system.  SIGINT and SIGTERM that arrive
    during the swap wait until it is done; they are returned, for the caller to act on.
    """
    with _signals_held() as held:
        if not final.exists() and not final.is_symlink():
            os.rename(new, final)
            _reached("renamed")
        elif use_exchange and _exchange(new, final):
            _reached("exchanged")
            shutil.rmtree(new)  # holds the old folder now
            _reached("removed old")
        else:
            old = old_dir(final.parent, final.name)
            os.rename(final, old)
            _reached("old aside")
            os.rename(new, final)
            _reached("new in")
            shutil.rmtree(old)
            _reached("removed old")
    return held


# --------------------------------------------------------------------------- checks

def _shown(path: Path) -> Path:
    return path.relative_to(paths.ROOT) if path.is_relative_to(paths.ROOT) else path


def _cannot_write(folder: Path, err: OSError) -> str:
    why = ("the folder is read-only" if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
           else (err.strerror or str(err)).lower())
    return (f"Cannot write to {_shown(folder)}/: {why} (make it writable, or set "
            "FRAMING_FIGURES_DIR to a folder you can write).")


def check_writable(root: Path, final: Path) -> None:
    """Stop with one sentence when ``figures/`` (or the article's folder) cannot be written."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise RunStopped(_cannot_write(root.parent if not root.exists() else root, err)) from None
    for folder in (root, final):
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            raise RunStopped(_cannot_write(folder, PermissionError(errno.EACCES, "")))


class _Terminated(BaseException):
    """SIGTERM, raised like Ctrl-C's KeyboardInterrupt so that clean-up code runs."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def article_argument(given: Path | None) -> Path:
    """The article to run: ``--article``, else ``$FRAMING_ARTICLE`` (from ``make run
    ARTICLE=…``), else the default article."""
    if given is not None:
        return given
    from_make = os.environ.get("FRAMING_ARTICLE")
    if from_make is None:
        return paths.DEFAULT_ARTICLE
    if not from_make.strip():
        raise RunStopped("ARTICLE is empty: name an article file (make run "
                         "ARTICLE=path/to/article.txt).")
    return Path(from_make)


_TOPIC_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def topic_argument(given: str | None) -> str | None:
    """The topic folder for notebook 05: ``--topic``, else ``$FRAMING_TOPIC`` (from ``make run
    TOPIC=…``), else None (the notebook's own default); a topic that is not a folder of
    ``data/topics/`` stops the run with one sentence."""
    topic = given if given is not None else (os.environ.get("FRAMING_TOPIC") or None)
    if topic is None:
        return None
    folder = paths.DATA / "topics"
    known = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    if not _TOPIC_NAME.fullmatch(topic) or topic not in known:
        raise RunStopped(f"There is no topic {topic!r} in data/topics/ (the topics are: "
                         f"{', '.join(known) or 'none'}; data/topics/README.md says how to "
                         "start one).")
    return topic


# --------------------------------------------------------------------------- the run

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=None,
                        help="the article file (default: $FRAMING_ARTICLE, else the default "
                        "article)")
    parser.add_argument("--topic", default=None,
                        help="the topic folder of data/topics/ for notebook 05 (default: "
                        "$FRAMING_TOPIC, else the notebook's own)")
    parser.add_argument("--html", action="store_true",
                        help="also export each executed notebook to build/html/<article-id>/")
    args = parser.parse_args(argv)
    try:
        article_path = article_argument(args.article).resolve()
        topic = topic_argument(args.topic)
        corpus = article_path.is_dir()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ArticleWarning)
            loaded = load_corpus(article_path) if corpus else load_article(article_path)
        if corpus:
            # One line per file that cannot be analysed, with its reason; the rest go on.
            for problem in loaded.errors:
                print(f"skipped: {problem.message}")
            for problem in loaded.warnings:
                print(f"warning: {problem.message}")
        else:
            for warning in caught:
                print(f"warning: {warning.message}")
        run_id = article_path.name if corpus else loaded.id
        try:
            paths.check_article_id(run_id)
        except ValueError as err:
            problem = paths.id_problem(run_id) if corpus else None
            raise RunStopped(f"Cannot use the folder name {run_id!r} for its figures: {problem} "
                             "(rename the folder)." if problem else str(err)) from None
        root = paths.figures_root()
        final = root / run_id
        check_writable(root, final)
        with article_lock(root, run_id):
            return _run(run_id, article_path, root, final, html=args.html, corpus=corpus,
                        topic=topic)
    except (ArticleError, RunStopped) as err:
        print(err, file=sys.stderr)
        return 2


def _run(run_id: str, article_path: Path, root: Path, final: Path, html: bool,
         corpus: bool = False, topic: str | None = None) -> int:
    """Run the notebooks (of one article, or of a folder when ``corpus``) into a staging
    folder and swap it in; hold the lock of ``run_id``."""
    books = notebooks(corpus=corpus)
    for note in recover(root, run_id):
        print(f"note: {note}.")
    # Inside the project the notebooks get the path from the root, as their parameters cell
    # writes it, so an executed or exported notebook shows no machine's folders.
    shown_path = _shown(article_path)
    executed = paths.ROOT / "build" / "notebooks" / run_id
    executed.mkdir(parents=True, exist_ok=True)
    staging = staging_dir(root, run_id)
    total = time.perf_counter()
    saved_env = os.environ.get("FRAMING_FIGURES_DIR")
    # In the main thread SIGTERM becomes an exception, so that the clean-up below runs.
    previous_handler = signal.signal(signal.SIGTERM, _on_sigterm) if _is_main_thread() else None
    try:
        try:
            staging.mkdir()
        except OSError as err:
            raise RunStopped(_cannot_write(root, err)) from None
        os.environ["FRAMING_FIGURES_DIR"] = str(staging)
        for notebook in books:
            start = time.perf_counter()
            try:
                execute(notebook, shown_path, executed / notebook.name, topic=topic)
            except Exception as err:  # papermill re-raises the cell's error with its traceback
                print(f"{notebook.name} failed: {str(err).strip().splitlines()[-1]}",
                      file=sys.stderr)
                print(f"See {executed / notebook.name} for the cell that failed; "
                      f"{_shown(final)}/ was left as it was.", file=sys.stderr)
                return 1
            print(f"{notebook.name:<28} {time.perf_counter() - start:5.1f} s", flush=True)
        written = staging / run_id
        written.mkdir(exist_ok=True)
        n_files = sum(1 for _ in written.iterdir())
        kept = keep_user_files(final, written)
        held = swap_in(written, final)
        if held:
            what = "Ctrl-C" if held[0] == signal.SIGINT else "SIGTERM"
            print(f"Stopped by {what} once the new {_shown(final)}/ was in place.",
                  file=sys.stderr)
            return 130 if held[0] == signal.SIGINT else 143
    except (KeyboardInterrupt, _Terminated) as stop:
        what = "Ctrl-C" if isinstance(stop, KeyboardInterrupt) else "SIGTERM"
        print(f"Stopped by {what}: {_shown(final)}/ was left as it was.", file=sys.stderr)
        return 130 if isinstance(stop, KeyboardInterrupt) else 143
    finally:
        if saved_env is None:
            os.environ.pop("FRAMING_FIGURES_DIR", None)
        else:
            os.environ["FRAMING_FIGURES_DIR"] = saved_env
        shutil.rmtree(staging, ignore_errors=True)
        if previous_handler is not None:
            signal.signal(signal.SIGTERM, previous_handler)
    if kept:
        names = ", ".join(kept[:5]) + (", …" if len(kept) > 5 else "")
        print(f"Kept {len(kept)} file{'s' if len(kept) > 1 else ''} the workbook did not write "
              f"in {_shown(final)}/: {names}")
    if html:
        pages = paths.ROOT / "build" / "html" / run_id
        for notebook in books:
            export_html(executed / notebook.name, pages)
        print(f"HTML pages of the {len(books)} executed notebooks: {pages}/")
    print(f"All {len(books)} notebooks ran in {time.perf_counter() - total:.1f} s; "
          f"{n_files} files written to {_shown(final)}/")
    return 0


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":
    sys.exit(main())
