"""helpers.codebooks: every file in data/ read one way, fresh after an edit, one sentence when broken.

Each codebook gets the same five careless saves (a byte-order mark, semicolons, a missing
column, an empty required cell, a Windows-1252 save): the BOM is accepted, the rest are one
sentence naming the file and the row.  The tests work on a copy of data/ (``paths.DATA`` is
pointed at it), so the real codebooks are never touched.
"""

import subprocess
import sys

import pytest

from helpers import actors, codebooks, framing, paths, speakers, voices
from helpers.codebooks import CodebookError


@pytest.fixture
def data(data_copy):
    return data_copy


# file, how the workbook reads it, a required column, a cell of its first data row to empty
CODEBOOKS = {
    "actors.csv": (lambda: actors.load_codebook(), "pattern", "pattern"),
    "sides.csv": (codebooks.compared_sides, "colour", "colour"),
    "speech_cues.csv": (voices.load_speech_cues, "kind", "kind"),
    "object_names.csv": (framing.load_object_names, "connotation", "name"),
    "frames.csv": (framing.load_frames, "terms", "terms"),
    "speaker_titles.csv": (speakers.lexicon, "side", "side"),
    "institution_owners.csv": (speakers.lexicon, "side", "noun"),
}


def rewrite(path, change):
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def first_row_without(text, column):
    """The file with the ``column`` cell of its first data row emptied (a csv round trip)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text)))
    rows[1][rows[0].index(column)] = ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("name", CODEBOOKS)
def test_a_byte_order_mark_crlf_and_an_empty_excel_row_are_accepted(data, name):
    read, _, _ = CODEBOOKS[name]
    expected = read()
    raw = (data / name).read_bytes()
    (data / name).write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n") + b",,,\r\n")
    got = read()
    if hasattr(expected, "equals"):
        assert got.equals(expected)
    else:
        assert got == expected


@pytest.mark.parametrize("name", CODEBOOKS)
def test_semicolons_get_one_sentence(data, name):
    read, _, _ = CODEBOOKS[name]
    rewrite(data / name, lambda t: t.replace(",", ";"))
    with pytest.raises(CodebookError) as err:
        read()
    assert str(err.value) == (f"{data / name}, row 1: the columns are separated by semicolons; "
                              "save the file as comma-separated CSV.")


@pytest.mark.parametrize("name", CODEBOOKS)
def test_a_missing_column_gets_one_sentence(data, name):
    read, column, _ = CODEBOOKS[name]
    rewrite(data / name, lambda t: t.replace(column, "something_else", 1))
    with pytest.raises(CodebookError) as err:
        read()
    assert str(err.value).startswith(f"{data / name}, row 1 (the header): missing column "
                                     f"'{column}' (the header must name ")


@pytest.mark.parametrize("name", CODEBOOKS)
def test_an_empty_required_cell_names_the_row(data, name):
    read, _, cell = CODEBOOKS[name]
    rewrite(data / name, lambda t: first_row_without(t, cell))
    with pytest.raises(CodebookError) as err:
        read()
    assert str(err.value) == f"{data / name}, row 2: the {cell} is empty."


@pytest.mark.parametrize("name", CODEBOOKS)
def test_a_windows_1252_save_names_the_row(data, name):
    read, _, _ = CODEBOOKS[name]
    lines = (data / name).read_text(encoding="utf-8").split("\n")
    lines[2] += "’"  # a curly apostrophe, byte 0x92 in Windows-1252, at the end of row 3
    raw = "\n".join(lines).encode("cp1252")
    (data / name).write_bytes(raw)
    # The first byte that is not ASCII is where UTF-8 decoding stops (row 3 or earlier).
    at = next(i for i, byte in enumerate(raw) if byte >= 0x80)
    row = raw[:at].count(b"\n") + 1
    assert row <= 3
    with pytest.raises(CodebookError) as err:
        read()
    assert str(err.value) == (
        f"{data / name}, row {row}: not UTF-8 text (byte 0x{raw[at]:02X}); it was probably "
        "saved as Windows-1252 (a spreadsheet's plain \"CSV\"): save it again as \"CSV UTF-8\".")


def test_a_missing_codebook_gets_one_sentence(data):
    (data / "frames.csv").unlink()
    with pytest.raises(CodebookError) as err:
        framing.load_frames()
    assert str(err.value) == f"{data / 'frames.csv'}: the file does not exist."


def test_a_lone_star_in_the_frame_lexicon_names_the_row(data):
    rewrite(data / "frames.csv", lambda t: t.replace("defense;defence;", "defense;*;", 1))
    with pytest.raises(CodebookError) as err:
        framing.load_frames()
    assert str(err.value) == ("data/frames.csv, row 2: the term '*' has no letter; a term is a "
                              "word or phrase, with * only at the end of a word.")


def sentences_of(paragraph):
    from pathlib import Path

    from helpers.article import Article
    from helpers.text import sentences

    return sentences(Article(id="t", path=Path("t.txt"), title=None, dateline=None,
                             paragraphs=(paragraph,), removed=(), encoding="utf-8"))


def test_an_edited_codebook_counts_at_the_next_call_without_a_restart(data):
    sentence = "The airline grumbled that the flight was routine."
    assert voices.voices(sentences_of(sentence))["side"].tolist() == ["narrator"]
    with open(data / "speech_cues.csv", "a", encoding="utf-8") as handle:
        handle.write("grumble,speech,complains\n")
    found = voices.voices(sentences_of(sentence))
    assert found[["side", "cue"]].values.tolist() == [["other", "grumbled"]]


def test_an_edited_word_list_counts_at_the_next_call(data):
    assert "both" in codebooks.wordlist("ngram_keep_at_start.txt")
    rewrite(data / "ngram_keep_at_start.txt", lambda t: t.replace("both\n", ""))
    assert "both" not in codebooks.wordlist("ngram_keep_at_start.txt")


def test_a_sides_file_must_compare_exactly_two_sides(data):
    rewrite(data / "sides.csv", lambda t: t.replace("United States,compared", "United States,other"))
    with pytest.raises(CodebookError) as err:
        codebooks.compared_sides()
    assert str(err.value) == f"{data / 'sides.csv'}: the file must have 2 rows with role 'compared'."


def test_every_rule_list_in_data_says_what_it_decides():
    lists = sorted(p.name for p in paths.DATA.glob("*.txt"))
    assert {"anaphora_heads.txt", "clause_breaks.txt", "ngram_keep_at_start.txt",
            "ordinary_words.txt", "passive_be.txt", "speaker_boundaries.txt",
            "speaker_pronouns.txt", "speech_auxiliaries.txt"} <= set(lists)
    for name in lists:
        first = (paths.DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), f"{name} has no header comment"


IMPORTS = """
import sys
import matplotlib as mpl
mpl.rcParams["font.size"] = 20
import helpers.{module}
assert mpl.rcParams["font.size"] == 20, mpl.rcParams["font.size"]
print(",".join(m for m in ("matplotlib.pyplot", "ipywidgets") if m in sys.modules))
"""


@pytest.mark.parametrize("module", ["text", "terms", "actors", "voices", "framing", "display",
                                    "figures", "style", "charts"])
def test_importing_a_helper_leaves_the_users_rcparams(module):
    out = subprocess.run([sys.executable, "-c", IMPORTS.format(module=module)],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


ANALYSIS = """
import sys
import helpers.text, helpers.terms, helpers.actors, helpers.voices, helpers.framing
print(sorted(m for m in sys.modules if m.split(".")[0] in ("matplotlib", "ipywidgets")))
"""


def test_the_analysis_modules_import_neither_matplotlib_nor_ipywidgets():
    out = subprocess.run([sys.executable, "-c", ANALYSIS], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
