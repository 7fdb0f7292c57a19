"""Safe under hostile file names and careless hands (issue 12, items 2-7 and the kernel ERROR).

The runner's parts are tested directly, with papermill's notebook execution replaced by a fake
that writes one file per notebook, so no case here starts a kernel: file names that a shell
would run, ids that would delete, interrupted swaps, concurrent runs, user files, read-only
folders, and formulas in the CSVs.
"""

import asyncio
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from helpers import figures, paths, runner
from helpers.article import DEFAULT_ARTICLE

HOSTILE_NAMES = [
    "cost $5m `touch pwned`.txt",
    "$(touch pwned) report.txt",
    'he said "no" $(touch pwned).txt',
    "it's a `touch pwned` story.txt",
    "spaces  and\ttab $HOME $$ ${PATH}.txt",
]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def article_named(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    path = folder / name
    shutil.copyfile(DEFAULT_ARTICLE, path)
    return path


@pytest.fixture
def fake_run(tmp_path, monkeypatch):
    """Replace notebook execution with one file per notebook; return the calls made."""
    calls = []

    def fake_execute(notebook, article, output, cwd=None, topic=None):
        calls.append((notebook.name, str(article)))
        folder = paths.figures_dir(Path(str(article)).stem)
        (folder / f"{notebook.stem}.csv").write_text(f"new,{notebook.stem}\n")
        output.write_text("{}")

    monkeypatch.setattr(runner, "execute", fake_execute)
    monkeypatch.setattr(paths, "ROOT", tmp_path / "project")  # build/ goes there
    monkeypatch.delenv("FRAMING_ARTICLE", raising=False)
    return calls


NEW_FILES = {f"{nb.stem}.csv": f"new,{nb.stem}\n".encode() for nb in runner.notebooks()}


# --------------------------------------------------------------------------- 2. shell

@pytest.fixture
def fake_bin(tmp_path):
    """A stand-in for .venv/bin/python that records its arguments and FRAMING_ARTICLE."""
    folder = tmp_path / "bin"
    folder.mkdir()
    record = tmp_path / "record.json"
    script = folder / "python"
    script.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import json, os, sys
        with open({str(record)!r}, "w") as out:
            json.dump({{"argv": sys.argv[1:], "article": os.environ.get("FRAMING_ARTICLE")}}, out)
        """))
    script.chmod(0o755)
    (folder / "stamp").touch()
    return folder, record


def make(target, fake_bin, cwd, *extra):
    folder, _ = fake_bin
    return subprocess.run(["make", "-s", "-C", str(paths.ROOT), target, f"BIN={folder}",
                           f"STAMP={folder / 'stamp'}", *extra],
                          cwd=cwd, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("target", ["run", "html"])
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_make_passes_a_hostile_name_to_the_runner_without_a_shell(name, target, fake_bin,
                                                                   tmp_path):
    # `touch pwned` and $(touch pwned) would create pwned in make's folder (the project root)
    # or in the caller's: neither may appear.  The runner gets the name exactly as typed.
    article = f"data/{name}"
    result = make(target, fake_bin, tmp_path, f"ARTICLE={article}")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "pwned").exists() and not (paths.ROOT / "pwned").exists()
    recorded = json.loads(fake_bin[1].read_text())
    assert recorded["article"] == article
    assert recorded["argv"] == ["-m", "helpers.runner"] + (["--html"] if target == "html" else [])


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_without_article_runs_the_default(fake_bin, tmp_path):
    assert make("run", fake_bin, tmp_path).returncode == 0
    recorded = json.loads(fake_bin[1].read_text())
    assert recorded["article"] == "data/articles/efe-2023-02-09-china-rejects-defense-talks.txt"


def test_no_recipe_line_mentions_the_article():
    recipes = [line for line in (paths.ROOT / "Makefile").read_text().splitlines()
               if line.startswith("\t") and "helpers.runner" in line]
    assert recipes and not any("ARTICLE" in line for line in recipes)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_runner_runs_an_article_with_a_hostile_name_from_the_environment(
        name, fake_run, tmp_path, monkeypatch, capsys, private_figures):
    path = article_named(tmp_path, name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FRAMING_ARTICLE", str(path))
    assert runner.main([]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert snapshot(private_figures / path.stem) == NEW_FILES
    assert {c[1] for c in fake_run} == {str(path)}
    assert not list(tmp_path.rglob("pwned"))


def test_an_empty_article_variable_gets_one_sentence(fake_run, monkeypatch, capsys):
    monkeypatch.setenv("FRAMING_ARTICLE", "")
    assert runner.main([]) == 2
    assert capsys.readouterr().err == ("ARTICLE is empty: name an article file (make run "
                                       "ARTICLE=path/to/article.txt).\n")
    assert fake_run == []


# --------------------------------------------------------------------------- 3. ids

BAD_IDS = [
    ("..txt", ".", "it starts with a dot"),
    ("...txt", "..", "it starts with a dot"),
    (".hidden.txt", ".hidden", "it starts with a dot"),
    ("a..b.txt", "a..b", "it holds '..'"),
    ("back\\slash.txt", "back\\slash", "it holds a path separator"),
    (" .txt", " ", "it is empty"),
    ("x" * 210 + ".txt", "x" * 210, "it is longer than 200 bytes"),
]


@pytest.mark.parametrize("name, article_id, why", BAD_IDS, ids=[b[1][:8] for b in BAD_IDS])
def test_an_id_that_is_not_a_plain_folder_name_stops_the_run(name, article_id, why, fake_run,
                                                             tmp_path, capsys, private_figures):
    keep = private_figures / "other-article"
    keep.mkdir(parents=True)
    (keep / "chart.png").write_bytes(b"png")
    before = snapshot(private_figures)
    path = article_named(tmp_path, name)
    assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (f"Cannot use {article_id!r} as an article id: {why} "
                                       "(rename the article file).\n")
    assert fake_run == []
    assert snapshot(private_figures) == before
    assert sorted(p.name for p in private_figures.iterdir()) == ["other-article"]


def test_an_id_folder_that_links_out_of_figures_is_refused(fake_run, tmp_path, capsys,
                                                           private_figures):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep me")
    private_figures.mkdir()
    (private_figures / "story").symlink_to(outside)
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"Cannot use 'story' as an article id: {private_figures / 'story'} is a link to a "
        f"folder outside {private_figures} (remove the link).\n")
    assert snapshot(outside) == {"precious.txt": b"keep me"}


@pytest.mark.parametrize("article_id", [".", "..", "", "a/b", "../x"])
def test_figures_dir_refuses_an_id_that_would_leave_its_folder(article_id, private_figures):
    with pytest.raises(ValueError, match="as an article id"):
        paths.figures_dir(article_id)
    assert not private_figures.exists()


# --------------------------------------------------------------------------- 4. the swap

class Killed(BaseException):
    """Stands for a kill -9 at one step: no clean-up code of the runner runs after it."""


OLD = {"a.csv": b"old a", "b.png": b"old b"}
NEW = {"a.csv": b"new a", "c.svg": b"new c"}


def make_folders(root: Path, article_id="story"):
    final = root / article_id
    final.mkdir(parents=True)
    for name, data in OLD.items():
        (final / name).write_bytes(data)
    new = runner.staging_dir(root, article_id) / article_id
    new.mkdir(parents=True)
    for name, data in NEW.items():
        (new / name).write_bytes(data)
    return final, new


@pytest.mark.parametrize("use_exchange", [True, False], ids=["renameat2", "two-renames"])
def test_swap_puts_the_new_folder_in_and_removes_the_old(use_exchange, tmp_path):
    final, new = make_folders(tmp_path)
    runner.swap_in(new, final, use_exchange=use_exchange)
    assert snapshot(final) == NEW
    assert not new.exists() and not runner.old_dir(tmp_path, "story").exists()


def test_renameat2_exchange_is_used_on_linux(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a")
    if not runner._exchange(a, b):
        pytest.skip("this file system cannot exchange")
    assert (b / "x").read_text() == "a" and not (a / "x").exists()


STEPS = [(True, "exchanged"), (True, "removed old"), (False, "old aside"), (False, "new in"),
         (False, "removed old")]


@pytest.mark.parametrize("use_exchange, step", STEPS, ids=[f"{'x' if e else '2'}-{s}" for e, s in STEPS])
def test_a_kill_at_any_step_of_the_swap_leaves_the_old_or_the_new_folder_whole(
        use_exchange, step, tmp_path, monkeypatch):
    final, new = make_folders(tmp_path)

    def reached(name):
        if name == step:
            raise Killed(name)

    monkeypatch.setattr(runner, "_reached", reached)
    with pytest.raises(Killed):
        runner.swap_in(new, final, use_exchange=use_exchange)
    # What a reader sees right after the kill: the old or the new folder, whole, or (only
    # between the two renames) no folder, which the next run puts back.
    seen = snapshot(final) if final.exists() else None
    assert seen in (OLD, NEW, None)
    assert seen is not None or step == "old aside"
    monkeypatch.setattr(runner, "_reached", lambda name: None)
    runner.recover(tmp_path, "story")
    assert snapshot(final) in (OLD, NEW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story"]


def test_a_kill_before_the_swap_leaves_the_old_folder_and_the_next_run_removes_the_staging(
        tmp_path):
    final, new = make_folders(tmp_path)
    notes = runner.recover(tmp_path, "story")
    assert notes == [f"removed .story.staging-{os.getpid()}, left by an interrupted run"]
    assert snapshot(final) == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story"]


def test_recover_puts_back_an_old_folder_left_between_the_two_renames(tmp_path):
    old = runner.old_dir(tmp_path, "story")
    old.mkdir()
    (old / "a.csv").write_bytes(b"old a")
    notes = runner.recover(tmp_path, "story")
    assert snapshot(tmp_path / "story") == {"a.csv": b"old a"}
    assert notes == [f"put back {tmp_path / 'story'}/, which an interrupted run had left as "
                     ".story.old"]


def test_recover_leaves_other_articles_staging_alone(tmp_path):
    other = runner.staging_dir(tmp_path, "story-2", pid=1)
    other.mkdir()
    runner.recover(tmp_path, "story")
    assert other.exists()


def test_a_second_run_of_the_same_article_gets_one_sentence(fake_run, tmp_path, capsys,
                                                            private_figures):
    path = article_named(tmp_path, "story.txt")
    private_figures.mkdir()
    with runner.article_lock(private_figures, "story"):
        assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (f"Another run is writing {private_figures / 'story'}/ "
                                       "right now; wait for it to finish, then run again.\n")
    assert fake_run == [] and not (private_figures / "story").exists()
    assert runner.main(["--article", str(path)]) == 0  # the lock was released
    assert sorted(p.name for p in private_figures.iterdir()) == ["story"]  # no lock file left


def test_two_runs_after_each_other_give_the_same_folder(fake_run, tmp_path, private_figures):
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 0
    first = snapshot(private_figures)
    assert runner.main(["--article", str(path)]) == 0
    assert snapshot(private_figures) == first == {f"story/{k}": v for k, v in NEW_FILES.items()}


SLOW_RUN = """\
import sys, time
from pathlib import Path
from helpers import paths, runner
paths.ROOT = Path(sys.argv[2]) / "project"

def slow(notebook, article, output, cwd=None, topic=None):
    folder = paths.figures_dir(Path(str(article)).stem)
    (folder / "partial.csv").write_text("half")
    print("STAGED", flush=True)
    time.sleep(60)

runner.execute = slow
sys.exit(runner.main(["--article", sys.argv[1]]))
"""


def start_slow_run(tmp_path, private_figures):
    path = article_named(tmp_path, "story.txt")
    env = {**os.environ, "FRAMING_FIGURES_DIR": str(private_figures)}
    process = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(path), str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, cwd=tmp_path)
    assert process.stdout.readline() == "STAGED\n"
    return process, path


@pytest.mark.parametrize("sig, code, what", [(signal.SIGTERM, 143, "SIGTERM"),
                                             (signal.SIGINT, 130, "Ctrl-C")])
def test_sigterm_or_ctrl_c_removes_the_staging_folder_and_keeps_the_old(
        sig, code, what, tmp_path, private_figures):
    final = private_figures / "story"
    final.mkdir(parents=True)
    (final / "chart.png").write_bytes(b"old")
    process, _ = start_slow_run(tmp_path, private_figures)
    assert (runner.staging_dir(private_figures, "story", process.pid) / "story"
            / "partial.csv").exists()
    process.send_signal(sig)
    _, err = process.communicate(timeout=30)
    assert process.returncode == code
    assert err == f"Stopped by {what}: {final}/ was left as it was.\n"
    assert sorted(p.name for p in private_figures.iterdir()) == ["story"]
    assert snapshot(final) == {"chart.png": b"old"}


def test_after_a_kill_9_the_next_run_removes_the_staging_folder(fake_run, tmp_path, capsys,
                                                                 private_figures):
    final = private_figures / "story"
    final.mkdir(parents=True)
    (final / "chart.png").write_bytes(b"old")
    process, path = start_slow_run(tmp_path, private_figures)
    process.kill()
    process.wait(timeout=30)
    staging = runner.staging_dir(private_figures, "story", process.pid)
    assert staging.exists() and snapshot(final) == {"chart.png": b"old"}
    assert runner.main(["--article", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"note: removed {staging.name}, left by an interrupted run.\n" in out
    assert sorted(p.name for p in private_figures.iterdir()) == ["story"]
    assert snapshot(final) == {**NEW_FILES, "chart.png": b"old"}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("use_exchange, step", [(True, "exchanged"), (False, "old aside")])
def test_the_swap_holds_sigterm_and_ctrl_c_until_it_is_done(sig, use_exchange, step, tmp_path,
                                                            monkeypatch):
    final, new = make_folders(tmp_path)

    def reached(name):
        if name == step:
            os.kill(os.getpid(), sig)  # a KeyboardInterrupt here would break the swap

    monkeypatch.setattr(runner, "_reached", reached)
    assert runner.swap_in(new, final, use_exchange=use_exchange) == [sig]
    assert snapshot(final) == NEW
    assert sorted(p.name for p in tmp_path.iterdir()) == [new.parent.name, "story"]


def test_a_signal_during_the_swap_stops_the_run_after_it(fake_run, tmp_path, capsys,
                                                         private_figures, monkeypatch):
    monkeypatch.setattr(runner, "_reached", lambda name: os.kill(os.getpid(), signal.SIGTERM))
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 143
    final = private_figures / "story"
    assert capsys.readouterr().err == f"Stopped by SIGTERM once the new {final}/ was in place.\n"
    assert snapshot(private_figures) == {f"story/{k}": v for k, v in NEW_FILES.items()}


# --------------------------------------------------------------------------- 5. user files

def test_files_the_workbook_did_not_write_are_kept(fake_run, tmp_path, capsys, private_figures):
    final = private_figures / "story"
    (final / "my notes").mkdir(parents=True)
    (final / "my notes" / "week 1.md").write_text("seminar notes")
    (final / "notes.txt").write_text("remember the dateline")
    (final / "01_article.csv").write_text("old,01_article\n")  # the workbook's: replaced
    (final / ".01_article.csv.abc123.tmp").write_text("half")  # a killed write: dropped
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"Kept 2 files the workbook did not write in {final}/: my notes, notes.txt\n"
            in out)
    assert out.endswith(f"{len(NEW_FILES)} files written to {final}/\n")
    assert snapshot(final) == {**NEW_FILES, "my notes/week 1.md": b"seminar notes",
                               "notes.txt": b"remember the dateline"}


# --------------------------------------------------------------------------- 7. read-only

def test_a_read_only_figures_folder_stops_before_the_first_notebook(fake_run, tmp_path, capsys,
                                                                   private_figures, monkeypatch):
    final = private_figures / "story"
    final.mkdir(parents=True)
    (final / "chart.png").write_bytes(b"old")
    monkeypatch.setattr(runner.os, "access", lambda path, mode: Path(path) != private_figures)
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"Cannot write to {private_figures}/: the folder is read-only (make it writable, or set "
        "FRAMING_FIGURES_DIR to a folder you can write).\n")
    assert fake_run == []
    assert snapshot(private_figures) == {"story/chart.png": b"old"}


def test_a_read_only_article_folder_stops_before_the_first_notebook(fake_run, tmp_path, capsys,
                                                                   private_figures, monkeypatch):
    final = private_figures / "story"
    final.mkdir(parents=True)
    monkeypatch.setattr(runner.os, "access", lambda path, mode: Path(path) != final)
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"Cannot write to {final}/: the folder is read-only (make it writable, or set "
        "FRAMING_FIGURES_DIR to a folder you can write).\n")
    assert fake_run == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_really_read_only_figures_folder(fake_run, tmp_path, capsys, private_figures):
    private_figures.mkdir()
    private_figures.chmod(0o555)
    try:
        path = article_named(tmp_path, "story.txt")
        assert runner.main(["--article", str(path)]) == 2
        assert "the folder is read-only" in capsys.readouterr().err
        assert fake_run == [] and list(private_figures.iterdir()) == []
    finally:
        private_figures.chmod(0o755)


def test_a_figures_folder_that_cannot_be_created_gets_one_sentence(fake_run, tmp_path, capsys,
                                                                  monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("FRAMING_FIGURES_DIR", str(blocker / "figures"))
    path = article_named(tmp_path, "story.txt")
    assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"Cannot write to {blocker}/: not a directory (make it writable, or set "
        "FRAMING_FIGURES_DIR to a folder you can write).\n")
    assert fake_run == []


# --------------------------------------------------------------------------- 6. CSV formulas

@pytest.mark.parametrize("cell", ["=1+1", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
                                  "\t=1", "\r=1", '=HYPERLINK("http://x","click")'])
def test_a_formula_cell_gets_a_leading_apostrophe(cell):
    table = figures.neutralise_formulas(pd.DataFrame({"text": [cell, "China said no."]}))
    assert table["text"].tolist() == ["'" + cell, "China said no."]


def test_numbers_stay_numbers():
    data = pd.DataFrame({"score": [-0.62, 1.5], "n": [-1, 2], "as_text": ["-0.62", "+3"],
                         "label": pd.Categorical(["=A1", "ok"])})
    table = figures.neutralise_formulas(data)
    assert table["score"].tolist() == [-0.62, 1.5] and table["n"].tolist() == [-1, 2]
    assert table["as_text"].tolist() == ["-0.62", "+3"]
    assert table["label"].tolist() == ["'=A1", "ok"]
    assert data["label"].tolist() == ["=A1", "ok"]  # the caller's table is not changed


def test_save_table_and_save_write_neutralised_csvs(private_figures):
    import matplotlib.pyplot as plt

    data = pd.DataFrame({"=cmd": ["=2+5", "@x", "plain", None], "compound": [-0.62, 0.1, 0, 1]})
    table = figures.save_table(data, "sentences", article_id="story")
    assert table.read_text(encoding="utf-8-sig") == (
        "'=cmd,compound\n'=2+5,-0.62\n'@x,0.1\nplain,0.0\n,1.0\n")
    fig, _ = plt.subplots()
    saved = figures.save(fig, "chart", data, article_id="story")
    assert saved["csv"].read_bytes() == table.read_bytes()


def test_no_committed_csv_of_the_default_article_holds_a_formula():
    # So neutralising changes none of their bytes (checked for real by `make run`).
    folder = paths.ROOT / "figures" / DEFAULT_ARTICLE.stem
    for path in sorted(folder.glob("*.csv")):
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        assert figures.neutralise_formulas(table).equals(table), path.name
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(figures.FORMULA_START) or \
                        figures._PLAIN_NUMBER.fullmatch(cell), (path.name, cell)


# --------------------------------------------------------------------------- 8. kernel ERROR

def test_the_kernel_manager_does_not_interrupt_a_kernel_it_shuts_down():
    manager = runner.quiet_shutdown_kernel_manager()()
    with pytest.raises(RuntimeError, match="No kernel is running"):
        asyncio.run(manager._async_interrupt_kernel())  # an ordinary interrupt still goes on
    manager.shutting_down = True
    assert asyncio.run(manager._async_interrupt_kernel()) is None  # nothing sent


def test_the_runner_gives_papermill_that_kernel_manager(tmp_path, monkeypatch):
    import papermill

    seen = {}
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **kw: seen.update(kw))
    runner.execute(tmp_path / "01_x.ipynb", tmp_path / "a.txt", tmp_path / "out.ipynb")
    assert seen["kernel_manager_class"] is runner.quiet_shutdown_kernel_manager()
