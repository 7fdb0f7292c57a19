"""The package installs the way people install it: dependencies pinned once, extras, a lock
for every package, the data inside a regular install, and git hooks that need no GitHub."""

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv

import pytest

from helpers import paths

ROOT = paths.ROOT
REQUIREMENTS = {"": "requirements.txt", "dev": "requirements-dev.txt",
                "browser": "requirements-browser.txt"}


def pins(path):
    """``{normalised name: version}`` of the ``name==version`` lines of a requirements file."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].split(";")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"{path.name}: {line!r} is not pinned with =="
            found.setdefault(re.sub(r"[-_.]+", "-", name).lower(), set()).add(version.strip())
    return found


def test_every_requirement_is_pinned_and_the_lock_pins_it_to_the_same_version():
    lock = pins(ROOT / "requirements.lock")
    for name in REQUIREMENTS.values():
        for package, versions in pins(ROOT / name).items():
            assert lock.get(package) == versions, (
                f"{name} pins {package} {versions} but requirements.lock has {lock.get(package)}: "
                "run `make lock`")
    assert len(lock) >= 120  # the whole set, not only the direct dependencies


def test_pyproject_reads_its_dependencies_and_extras_from_the_requirements_files():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dynamic = project["tool"]["setuptools"]["dynamic"]
    assert set(project["project"]["dynamic"]) == {"dependencies", "optional-dependencies"}
    assert dynamic["dependencies"] == {"file": ["requirements.txt"]}
    assert dynamic["optional-dependencies"] == {
        extra: {"file": [name]} for extra, name in REQUIREMENTS.items() if extra}
    # A student's `make run` needs none of the test or browser tools.
    runtime = pins(ROOT / "requirements.txt")
    assert not {"pytest", "ruff", "playwright", "pytest-xdist"} & set(runtime)
    # Every sub-package of helpers/ is in the wheel (a missing one fails only when installed).
    listed = set(project["tool"]["setuptools"]["packages"])
    found = {"helpers"} | {f"helpers.{p.parent.name}" for p in paths.PACKAGE.glob("*/__init__.py")}
    assert found <= listed


def test_the_git_hooks_are_local_and_strip_outputs_but_keep_cell_ids(tmp_path):
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]  # nothing from GitHub
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    assert set(hooks) == {"nbstripout", "ruff"}
    assert "--keep-id" in hooks["nbstripout"]["entry"]
    assert "jupyter" in hooks["ruff"]["types_or"]
    # Run the hook's own command on a notebook with outputs, as git would before a commit.
    notebook = tmp_path / "01_article.ipynb"
    shutil.copy(paths.NOTEBOOKS / "01_article.ipynb", notebook)
    cells = json.loads(notebook.read_text(encoding="utf-8"))
    code = next(c for c in cells["cells"] if c["cell_type"] == "code")
    code["execution_count"] = 3
    code["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "13 paragraphs\n"}]
    notebook.write_text(json.dumps(cells), encoding="utf-8")
    ids = [c["id"] for c in cells["cells"]]
    command = hooks["nbstripout"]["entry"].split()
    subprocess.run([str(ROOT / command[0]), *command[1:], str(notebook)], check=True)
    stripped = json.loads(notebook.read_text(encoding="utf-8"))
    assert [c["id"] for c in stripped["cells"]] == ids
    assert all(c.get("outputs", []) == [] and c.get("execution_count") is None
               for c in stripped["cells"] if c["cell_type"] == "code")


def test_make_lint_checks_the_notebooks_are_committed_stripped():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lint = makefile[makefile.index("\nlint:"):].split("\n\n")[0]
    assert "ruff check" in lint and "notebooks" in lint.split("ruff check")[1].splitlines()[0]
    assert "nbstripout --verify --keep-id notebooks/*.ipynb" in lint
    verify = subprocess.run([str(ROOT / ".venv" / "bin" / "nbstripout"), "--verify", "--keep-id",
                             *map(str, sorted(paths.NOTEBOOKS.glob("*.ipynb")))])
    assert verify.returncode == 0


@pytest.mark.slow
def test_a_plain_install_into_a_fresh_environment_runs_a_notebook(tmp_path):
    """`pip install .` the regular way (not editable) into a new venv, then run notebook 01
    from the installed package, in a folder that is not the checkout."""
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels),
                    str(ROOT)], check=True)
    wheel = next(wheels.glob("*.whl"))
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    # Dependencies come from the package's own metadata, pinned by the lock (pip reuses the
    # wheels in its cache).
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-c", str(ROOT / "requirements.lock"), str(wheel)], check=True)
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FRAMING_FIGURES_DIR")}
    env["FRAMING_FIGURES_DIR"] = str(elsewhere / "figures")
    probe = subprocess.run([str(python), "-c", (
        "from helpers import paths, text; import helpers.charts; "
        "print(paths.IN_CHECKOUT, paths.DATA.is_relative_to(paths.PACKAGE), "
        "len(text.stopwords()) > 100, paths.DEFAULT_ARTICLE.is_file())")],
        cwd=elsewhere, env=env, capture_output=True, text=True)
    assert probe.stdout.split() == ["False", "True", "True", "True"], probe.stderr[-2000:]
    notebook = subprocess.run([str(python), "-c", (
        "import sys, papermill; from helpers import paths; "
        "papermill.execute_notebook(str(paths.NOTEBOOKS / '01_article.ipynb'), 'out.ipynb', "
        "kernel_name='python3', progress_bar=False, cwd='.')")],
        cwd=elsewhere, env=env, capture_output=True, text=True)
    assert notebook.returncode == 0, notebook.stderr[-2000:]
    executed = json.loads((elsewhere / "out.ipynb").read_text(encoding="utf-8"))
    assert not [o for c in executed["cells"] for o in c.get("outputs", [])
                if o["output_type"] == "error"]
    written = elsewhere / "figures" / paths.DEFAULT_ARTICLE.stem
    assert sorted(p.name for p in written.iterdir()) == [
        "paragraph_lengths.csv", "paragraph_lengths.png", "paragraph_lengths.svg"]
    assert (written / "paragraph_lengths.csv").read_bytes().startswith(b"\xef\xbb\xbfarticle_id,")
