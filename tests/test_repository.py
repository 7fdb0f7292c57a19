"""The repository keeps its promises: raw data untouched, clean notebooks, working links."""

import csv
import hashlib
import json
import re

import pytest

from helpers import paths

RAW_SHA256 = {
    # The EFE report as delivered in shared/seeds/000_8843d7c530425439.txt, byte for byte.
    "efe-2023-02-09-china-rejects-defense-talks.txt":
        "437f55935b62502094ecca17095bfdcc12387c7eaa89cdce3422d6b00a5fb955",
}
NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("name, digest", RAW_SHA256.items())
def test_raw_articles_are_unchanged(name, digest):
    assert hashlib.sha256((paths.ARTICLES / name).read_bytes()).hexdigest() == digest


def test_metadata_describes_every_article_with_its_hash():
    with open(paths.METADATA, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        path = paths.ARTICLES / row["file"]
        assert path.exists(), row["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
        assert row["id"] == path.stem
    default = next(r for r in rows if r["id"] == paths.DEFAULT_ARTICLE.stem)
    assert (default["agency"], default["place"], default["published"], default["language"]) == (
        "EFE", "Beijing", "2023-02-09", "en")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_clean_with_one_parameters_cell(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and "ARTICLE =" in "".join(tagged[0]["source"])
    code = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "nltk.download" not in code and "pip install" not in code
    assert "sys.path" not in code
    markdown = [("".join(c["source"])) for c in cells if c["cell_type"] == "markdown"]
    assert markdown[0].startswith("# ")
    assert any("You will learn" in m for m in markdown)
    assert any(m.startswith("## Try it") and "<details>" in m for m in markdown)
    assert any(m.startswith("## Further reading") for m in markdown)


def markdown_links(text):
    return [link for link in re.findall(r"\]\(([^)\s]+)\)", text)
            if not re.match(r"[a-z]+://|#|mailto:", link)]


def test_links_between_notebooks_and_in_the_readme_exist():
    for notebook in NOTEBOOKS:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        for link in markdown_links(text):
            assert (notebook.parent / link.split("#")[0]).exists(), f"{notebook.name}: {link}"
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    links = markdown_links(readme) + re.findall(r'src="([^"]+)"', readme)
    assert links, "the README links to its notebooks and figures"
    for link in links:
        assert (paths.ROOT / link.split("#")[0]).exists(), f"README.md: {link}"


def test_ci_runs_the_readme_test_command():
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in readme and "make run" in readme


def test_lint_is_clean_on_the_helpers_tests_benchmarks_and_notebooks():
    """`make lint` in the test suite: ruff covers the notebooks' code cells too."""
    import subprocess
    import sys
    from pathlib import Path

    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run([str(ruff), "check", "helpers", "tests", "tests_browser", "benchmarks",
                           "notebooks"], cwd=paths.ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_helper_module_grows_past_about_700_lines():
    sizes = {p.relative_to(paths.ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in (paths.ROOT / "helpers").rglob("*.py")}
    # article.py (loading txt and saved web pages) is the one known exception, for now.
    assert {name: n for name, n in sizes.items() if n > 760 and name != "helpers/article.py"} == {}
