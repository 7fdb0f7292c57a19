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
    # UTF-8 with a byte-order mark, so Excel does not read it as Windows-1252.
    assert (folder / "terms.csv").read_bytes() == b"\xef\xbb\xbfterm,count\nballoon,5\nUS,10\n"
    png = (folder / "terms.png").read_bytes()
    assert png.startswith(b"\x89PNG") and b"Software" not in png
    svg = (folder / "terms.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    plt.close(fig)


def test_svg_keeps_its_text_as_text_in_a_font_stack_with_title_and_description(private_figures):
    import re
    import xml.etree.ElementTree as ET

    from PIL import Image

    data = pd.DataFrame({"term": ["balloon", "<b>US</b>"], "count": [5, 10]})
    with style.house_style():
        fig, ax = plt.subplots()
        ax.barh(data["term"], data["count"])
        ax.set_title("Top terms & “China’s” words")
        charts.add_source(fig, "Source: EFE, “China refuses talks”, 2023-02-09")
    written = figures.save(fig, "terms", data, "art")
    svg = written["svg"].read_text(encoding="utf-8")
    root = ET.fromstring(svg)  # well-formed: the title's "&" and the "<b>" label are escaped
    ns = {"svg": "http://www.w3.org/2000/svg"}
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    # Every label is a <text>: 2 tick labels, 5 x ticks (0, 2, …, 10 by the locator), the
    # title and the source line; none is drawn as glyph outlines.
    assert {"balloon", "<b>US</b>", "Top terms & “China’s” words"} <= set(texts)
    assert "Source: EFE, “China refuses talks”, 2023-02-09" in texts
    assert "<use xlink:href=\"#DejaVuSans" not in svg
    # A label's leading space (set off from its bar) is not collapsed by the viewer.
    assert {t.get("{http://www.w3.org/XML/1998/namespace}space")
            for t in root.iter("{http://www.w3.org/2000/svg}text")} == {"preserve"}
    families = set(re.findall(r"font-family: ([^;\"]+)", svg))
    assert families == {"'DejaVu Sans', 'Liberation Sans', 'Arial', 'Helvetica', sans-serif"}
    assert root.find("svg:title", ns).text == "Top terms & “China’s” words"
    assert root.find("svg:desc", ns).text == (
        "Source: EFE, “China refuses talks”, 2023-02-09. The numbers behind the chart: terms.csv.")
    assert "<dc:description>Source: EFE" in svg
    png = Image.open(written["png"])
    assert png.text == {"Title": "Top terms & “China’s” words", "Description": (
        "Source: EFE, “China refuses talks”, 2023-02-09. The numbers behind the chart: terms.csv.")}


def test_a_figure_of_panels_writes_one_tidy_csv_per_panel(private_figures):
    fig, ax = plt.subplots()
    fig.suptitle("Two panels")
    panels = {"share": pd.DataFrame({"side": ["China"], "share": [0.28]}),
              "tone": pd.DataFrame({"side": ["China"], "n": [3]})}
    written = figures.save(fig, "comparison", panels, "art")
    assert sorted(written) == ["csv_share", "csv_tone", "png", "svg"]
    assert written["csv_tone"].read_bytes() == b"\xef\xbb\xbfside,n\nChina,3\n"
    assert figures.describe(fig, "comparison")[0] == "Two panels"
    with pytest.raises(ValueError, match=r"^Cannot save the panel '\.\./x' of 'comparison'"):
        figures.save(plt.figure(), "comparison", {"../x": panels["tone"]}, "art")


def test_csv_cells_are_what_a_spreadsheet_should_see(private_figures):
    table = pd.DataFrame({"clauses": [5.0, None, 2.0], "share": [0.5, None, 1.0],
                          "ids": [[2, 3, 4], [7], []], "start": [4, -1, 0],
                          "text": ["=1+1", "China’s", None]})
    table.attrs["missing"] = {"start": -1}
    path = figures.save_table(table, "cells", "art")
    assert path.read_bytes().decode("utf-8") == (
        "\ufeffclauses,share,ids,start,text\n"
        "5,0.5,2;3;4,4,'=1+1\n"
        ",,7,,China’s\n"
        "2,1.0,,0,\n")
    assert table["start"].tolist() == [4, -1, 0]  # the caller's table is not changed
    back = pd.read_csv(path)
    assert back["clauses"].dtype == "float64" and back.columns[0] == "clauses"  # no BOM in it


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
