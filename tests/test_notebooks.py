"""Every notebook, executed end to end by the same runner `make run` uses.

The runner writes into a private figures folder (``FRAMING_FIGURES_DIR``), so the tests never
touch the committed figures; the assertions check the files each notebook promises and the
numbers in the tables they export.
"""

import csv
import io
import json
import re

import pandas as pd
import pytest
from conftest import EXPECTED, PROMISED

from helpers import paths, runner
from helpers.article import DEFAULT_ARTICLE

ARTICLE_ID = DEFAULT_ARTICLE.stem


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Run `make run`'s runner once on the default article; return (exit code, figures folder)."""
    folder = tmp_path_factory.mktemp("figures")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRAMING_FIGURES_DIR", str(folder))
        mp.setenv("FRAMING_CODING_DIR", str(tmp_path_factory.mktemp("coding")))
        code = runner.main(["--article", str(DEFAULT_ARTICLE)])
    return code, folder / ARTICLE_ID


def test_runner_runs_every_notebook(run, capsys):
    code, _ = run
    assert code == 0
    assert [nb.name for nb in runner.notebooks()][:2] == ["01_article.ipynb", "02_sentences.ipynb"]


@pytest.mark.parametrize("notebook", [nb.name for nb in runner.notebooks()])
def test_notebook_ran_without_errors_and_wrote_its_files(run, notebook):
    _, figures = run
    executed = json.loads((paths.ROOT / "build" / "notebooks" / ARTICLE_ID / notebook).read_text())
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors == []
    counts = [c["execution_count"] for c in executed["cells"] if c["cell_type"] == "code"]
    assert counts == list(range(1, len(counts) + 1))  # top to bottom, in order
    for name in EXPECTED.get(notebook, []):
        assert (figures / name).exists(), name


def test_sentences_csv_holds_the_13_body_sentences(run, default_article):
    _, figures = run
    table = pd.read_csv(figures / "sentences.csv")
    assert table["text"].tolist() == list(default_article.paragraphs)
    assert table["sentence_id"].tolist() == list(range(1, 14))


def test_paragraph_lengths_csv(run):
    _, figures = run
    table = pd.read_csv(figures / "paragraph_lengths.csv")
    assert table["n_words"].tolist() == [39, 37, 35, 30, 30, 39, 29, 19, 22, 33, 14, 26, 17]


def test_bad_article_stops_before_any_notebook(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FRAMING_FIGURES_DIR", str(tmp_path / "figs"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert runner.main(["--article", str(empty)]) == 2
    assert capsys.readouterr().err == f"Cannot load {empty}: the file is empty.\n"
    assert not (tmp_path / "figs" / "empty").exists()


def test_every_written_file_is_promised(run):
    _, figures = run
    promised = {name for names in EXPECTED.values() for name in names}
    assert {p.name for p in figures.iterdir()} == promised


def test_voices_and_quotes_csv_by_side(run):
    _, figures = run
    voices = pd.read_csv(figures / "voices.csv")
    by_sentence = voices.groupby("sentence_id")["side"].agg(list).to_dict()
    assert by_sentence[10] == ["China", "United States"]
    assert [by_sentence[i] for i in (2, 3, 4, 13)] == [["China"]] * 4
    assert by_sentence[7] == ["United States"]
    quotes = pd.read_csv(figures / "quotes.csv")
    assert quotes["side"].tolist() == ["China"] * 4 + ["United States", "China"]


def test_actor_mentions_csv_has_one_row_per_mention(run):
    _, figures = run
    mentions = pd.read_csv(figures / "actor_mentions.csv")
    assert len(mentions) == 36
    assert mentions["side"].value_counts().to_dict() == {"United States": 19, "China": 15, "other": 2}


def test_html_export_is_one_self_contained_page(run, tmp_path):
    executed = paths.ROOT / "build" / "notebooks" / ARTICLE_ID / "05_framing.ipynb"
    page = runner.export_html(executed, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert page.name == "05_framing.html"
    assert "05 · Framing: how does each side tell it?" in html
    assert html.count('src="data:image/png;base64,') >= 7  # the charts travel inside the page
    assert 'src="http' not in html and "<link href=\"http" not in html
    assert "application/vnd.jupyter.widget-state+json" not in html  # would fetch a renderer
    # The injected parameter is the path from the project root, not this machine's folders.
    assert "data/articles/efe-2023-02-09-china-rejects-defense-talks.txt" in html
    assert str(paths.ROOT) not in html


# --------------------------------------------------------------------------- the CSVs in Excel



#: Columns of whole numbers: ids, offsets, counts (not article_id, nor 07's unit ids "S1", "Q1").
WHOLE_NUMBER = re.compile(r"(?!article_id$|unit_id$).*_id|start|end|.*_start|.*_end|count|count_.*|n_.*|n|"
                          r"rank|rank_.*|i|hits|mentions|sentences|clauses|words|content_words|"
                          r"side_words|total|size")
#: CSVs with no rows on the default article: its example coding sheet agrees with the rules on
#: every unit, so 07 has no disagreement to list (its header is still checked).
MAY_BE_EMPTY = {"disagreements.csv"}
#: Columns that hold a list of sentence ids.
ID_LIST = re.compile(r"sentence_ids(_[ab])?")
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def as_excel_reads(path):
    """Open a CSV the way Excel does on double-click: UTF-8 only with a byte-order mark (else
    the Windows-1252 code page), ``,`` between cells; return (has_bom, header, rows)."""
    raw = path.read_bytes()
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8") if has_bom else raw.decode("cp1252", errors="replace")
    header, *rows = csv.reader(io.StringIO(text, newline=""))
    return has_bom, header, rows


def excel_kind(cell: str) -> str:
    """What Excel makes of a cell typed in "General" format."""
    if cell == "":
        return "empty"
    if NUMBER.fullmatch(cell):
        return "number"
    if cell in ("True", "False", "TRUE", "FALSE"):
        return "boolean"
    if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "formula"
    return "text"


def test_excel_reads_as_utf8_a_file_without_mojibake_and_mojibake_without_the_bom(tmp_path):
    plain = tmp_path / "plain.csv"
    plain.write_bytes("speaker\nChina’s defense ministry\n".encode())
    assert as_excel_reads(plain)[2] == [["Chinaâ€™s defense ministry"]]  # what users saw before
    marked = tmp_path / "marked.csv"
    marked.write_bytes(b"\xef\xbb\xbf" + "speaker\nChina’s defense ministry\n".encode())
    assert as_excel_reads(marked)[2] == [["China’s defense ministry"]]


def test_every_csv_opens_in_excel_with_the_right_text_types_and_article_id(run):
    _, figures = run
    csvs = sorted(figures.glob("*.csv"))
    assert len(csvs) == len({n for n in PROMISED if n.endswith(".csv")})
    for path in csvs:
        name = path.name
        has_bom, header, rows = as_excel_reads(path)
        assert has_bom, f"{name}: no byte-order mark, Excel would read it as Windows-1252"
        assert path.read_bytes()[3:].decode("utf-8") == path.read_text(encoding="utf-8-sig")
        assert rows or name in MAY_BE_EMPTY, name
        assert all(len(row) == len(header) for row in rows), f"{name}: ragged rows"
        assert "article_id" in header, name
        if rows:
            assert {row[header.index("article_id")] for row in rows} == {ARTICLE_ID}, name
        for j, column in enumerate(header):
            cells = [row[j] for row in rows]
            kinds = {excel_kind(c) for c in cells} - {"empty"}
            assert "formula" not in kinds, (name, column)
            if ID_LIST.fullmatch(column):
                # ";" between ids; a cell of one id is a number to Excel, the same id.
                bad = [c for c in cells if c and not re.fullmatch(r"\d+(;\d+)*", c)]
                assert bad == [], (name, column, bad[:3])
            elif WHOLE_NUMBER.fullmatch(column):
                bad = [c for c in cells if c and not c.isdigit()]  # no -1, no 6.0
                assert bad == [], (name, column, bad[:3])
            if "" in cells and kinds == {"number"}:
                numbers = [float(c) for c in cells if c]
                if all(x == int(x) for x in numbers):  # whole numbers with gaps: not as 6.0
                    assert all("." not in c for c in cells), (name, column)
    voices = as_excel_reads(figures / "voices.csv")
    header, rows = voices[1], voices[2]
    narrator = [r for r in rows if r[header.index("side")] == "narrator"]
    assert narrator and all(r[header.index("content_start")] == "" for r in narrator)
    assert any("’" in cell for row in rows for cell in row)  # curly apostrophes survive


# Each explorer's first state, worked out from the article: "balloon" occurs 5 times and
# "surveillance" 3 times; 36 actor mentions; 13 sentences, sentence 10 cut into two clauses.
FIRST_STATES = {
    "03_terms.ipynb": ["Term: balloon · regex: off · Window: 5 · Sort by: text order",
                       "5 match(es) for 'balloon'"],
    "04_actors.ipynb": ["Sides: China, United States, other", "36 of 36 mentions"],
    "05_framing.ipynb": ["Side: all · Cue: all", "14 of 14 rows",
                         "Term: surveillance", "3 match(es) for 'surveillance'"],
}


@pytest.mark.parametrize("notebook", sorted(FIRST_STATES))
def test_html_export_shows_each_explorer_as_its_first_state_not_as_widget_code(run, notebook, tmp_path):
    executed = paths.ROOT / "build" / "notebooks" / ARTICLE_ID / notebook
    views = [o for c in json.loads(executed.read_text())["cells"] for o in c.get("outputs", [])
             if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    html = runner.export_html(executed, tmp_path).read_text(encoding="utf-8")
    assert views and html.count(runner.STATIC_NOTE) == len(views)
    for widget_repr in ("VBox(children", "HBox(children", "Dropdown(", "Output(", "IntSlider(",
                        "application/vnd.jupyter.widget"):
        assert widget_repr not in html, widget_repr
    for text in FIRST_STATES[notebook]:
        assert text in html, text
    assert 'src="http' not in html and '<script src="//' not in html


def _printed(notebook: str) -> list[str]:
    executed = json.loads((paths.ROOT / "build" / "notebooks" / ARTICLE_ID / notebook).read_text())
    return [line for c in executed["cells"] for o in c.get("outputs", []) if o["output_type"] == "stream"
            for line in "".join(o["text"]).splitlines()]


def test_check_notebook_reads_the_example_sheet_and_its_prose_matches(run):
    """What 07's prose says about the default article is what its cells print."""
    _, figures = run
    printed = _printed("07_check.ipynb")
    assert any("use the example sheet data/coded/" in line for line in printed)
    assert "Sentences: the example coder and the rules agree on 13 of 13 (100%), Cohen's κ 1.00, " \
        "Krippendorff's α 1.00." in printed
    assert any(line.startswith("No disagreements:") for line in printed)
    # Section 6: the two people differ on S15 only, and both differ from the rules on the same six units.
    assert [line for line in printed if line.startswith("They differ on")] == [
        "They differ on S15 (the gold's author: China, the example coder: narrator): China claims almost "
        "the entire South China Sea, despite a 2016 international tribunal ruling that its assertions "
        "have no legal basis."]
    stats = pd.read_csv(figures / "agreement.csv", encoding="utf-8-sig")
    assert stats["agree"].tolist() == [13, 6, 19] and stats["kappa"].tolist() == [1.0, 1.0, 1.0]
    blank = pd.read_csv(figures / "coding_sheet.csv", encoding="utf-8-sig", keep_default_na=False)
    assert len(blank) == 19 and set(blank["code"]) == {""}
    matrix = pd.read_csv(figures / "agreement_confusion.csv", encoding="utf-8-sig")
    assert matrix["count"].sum() == 19 and (matrix["code_a"] == matrix["code_b"])[matrix["count"] > 0].all()
    assert pd.read_csv(figures / "disagreements.csv", encoding="utf-8-sig").empty
