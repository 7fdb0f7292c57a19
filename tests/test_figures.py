"""helpers.figures: three files per chart, atomic writes, identical bytes on every save."""

import hashlib
import os
import subprocess
import sys

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import charts, figures, paths, style

SCRIPT = """
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt, pandas as pd
from helpers import charts, figures, style
style.apply()
data = pd.DataFrame({"side": ["China", "United States"], "mentions": [14, 11]})
fig, ax = plt.subplots()
ax.barh(data["side"], data["mentions"], color=[style.side_colour(s) for s in data["side"]])
ax.set_title("Mentions per side")
charts.add_source(fig, "Source: test")
figures.save(fig, "demo", data, "det")
"""


def digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_two_processes_write_identical_bytes(tmp_path):
    results = []
    for run in ("a", "b"):
        env = {**os.environ, "FRAMING_FIGURES_DIR": str(tmp_path / run)}
        subprocess.run([sys.executable, "-c", SCRIPT], env=env, check=True)
        results.append(digests(tmp_path / run / "det"))
    assert list(results[0]) == ["demo.csv", "demo.png", "demo.svg"]
    assert results[0] == results[1]


def test_save_writes_png_svg_csv_and_no_temporary_files(private_figures):
    data = pd.DataFrame({"term": ["balloon", "US"], "count": [5, 10]})
    fig, ax = plt.subplots()
    ax.barh(data["term"], data["count"])
    written = figures.save(fig, "terms", data, "art")
    folder = private_figures / "art"
    assert written == {k: folder / f"terms.{k}" for k in ("png", "svg", "csv")}
    assert sorted(p.name for p in folder.iterdir()) == ["terms.csv", "terms.png", "terms.svg"]
    assert (folder / "terms.csv").read_text(encoding="utf-8") == "term,count\nballoon,5\nUS,10\n"
    png = (folder / "terms.png").read_bytes()
    assert png.startswith(b"\x89PNG") and b"Software" not in png
    svg = (folder / "terms.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    plt.close(fig)


def test_saved_chart_shows_as_its_png_and_is_not_drawn_again(private_figures):
    data = pd.DataFrame({"term": ["balloon"], "count": [5]})
    fig, ax = plt.subplots(figsize=(4, 2))
    ax.barh(data["term"], data["count"])
    number = fig.number
    written = figures.save(fig, "one", data, "art")
    assert not plt.fignum_exists(number)  # closed: Jupyter will not render it a second time
    png, size = written._repr_png_()
    assert png == (private_figures / "art" / "one.png").read_bytes()
    # Shown at half the pixels of the 200 dpi file, i.e. the figure's size at 100 dpi.
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert size == {"width": width // 2, "height": height // 2}
    assert 300 < size["width"] < 450 and 150 < size["height"] < 260  # 4 x 2 in, tight box
    assert repr(written).startswith("Saved ") and repr(written).endswith("one.csv")
    fig.savefig(private_figures / "again.png")  # the figure object still works


def test_failed_write_leaves_the_old_file_and_no_temporary(private_figures):
    target = private_figures / "x" / "table.csv"
    figures.write_atomic(target, lambda tmp: tmp.write_text("old\n"))

    def broken(tmp):
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        figures.write_atomic(target, broken)
    assert target.read_text() == "old\n"
    assert [p.name for p in target.parent.iterdir()] == ["table.csv"]


def test_figures_folder_comes_from_the_project_root(monkeypatch):
    monkeypatch.delenv("FRAMING_FIGURES_DIR")
    assert paths.figures_root() == paths.ROOT / "figures"
    assert paths.resolve("data/articles") == paths.ARTICLES


def test_side_colours_are_okabe_ito_from_the_sides_codebook():
    assert style.side_colour("China") == "#D55E00"
    assert style.side_colour("United States") == "#0072B2"
    assert style.side_colour("narrator") == "#999999"
    assert style.side_colour("anyone else") == style.side_colour("other") == "#BBBBBB"


def test_empty_message_hides_the_axes():
    fig, ax = plt.subplots()
    charts.empty_message(ax, "No direct quotations in this article")
    assert not ax.axison
    assert [t.get_text() for t in ax.texts] == ["No direct quotations in this article"]
    plt.close(fig)
