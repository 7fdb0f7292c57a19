"""Agreement (helpers.agreement), its chart and the coding session, against values worked out by hand.

Hand values (two coders, nominal codes C, U, B, N):

* **Chance.** a = C C N N, b = C N C N.  κ: p_o = 2/4, p_e = (2·2 + 2·2)/16 = 1/2, so
  κ = 0.  α: coincidences o_CC = 2, o_CN = o_NC = 2, o_NN = 2, n = 8, n_C = n_N = 4;
  D_o = 4/8, D_e = (n² − Σ n_c²)/(n(n − 1)) = (64 − 32)/56 = 4/7; α = 1 − (1/2)/(4/7) = 1/8.
* **One category unused.** a = C C U N, b = C U U N (B never used).  p_o = 3/4,
  p_e = (2·1 + 1·2 + 1·1)/16 = 5/16, κ = (3/4 − 5/16)/(11/16) = 7/11.  α: o_CC = 2,
  o_CU = o_UC = 1, o_UU = 2, o_NN = 2; n_C = 3, n_U = 3, n_N = 2, n = 8; D_o = 2/8,
  D_e = (64 − 22)/56 = 3/4; α = 1 − (1/4)/(3/4) = 2/3.  Listing B among the labels changes
  neither.
* **A missing code.** a = C C U U N, b = C U U U – (b left unit 5 empty).  κ on the four
  units both coded: p_o = 3/4, p_e = (2·1 + 2·3)/16 = 1/2, κ = 1/2.  α drops unit 5 (one
  value is not pairable): o_CC = 2, o_CU = o_UC = 1, o_UU = 4, n_C = 3, n_U = 5, n = 8;
  D_o = 2/8, D_e = (64 − 9 − 25)/56 = 15/28; α = 1 − (1/4)(28/15) = 8/15.
* **Perfect.** a = b = C U N C: κ = α = 1.
"""

import html
import json
import subprocess
import sys

import pandas as pd
import pytest

from helpers import agreement, coding, paths, text, voices
from helpers.article import load_article
from helpers.charts import agreement as agreement_charts

C, U, B, N = "China", "United States", "both", "narrator"


def table(codes_a, codes_b, unit="sentence"):
    ids = [f"S{k}" for k in range(1, len(codes_a) + 1)]
    units = pd.DataFrame({"unit_id": ids, "unit": unit})
    a = pd.DataFrame({"unit_id": ids, "code": codes_a})
    b = pd.DataFrame({"unit_id": ids, "code": codes_b})
    stats = agreement.agreement_table(a, b, units).set_index("unit")
    return stats.loc["sentences" if unit == "sentence" else "quotations"]


def test_perfect_agreement_is_one():
    row = table([C, U, N, C], [C, U, N, C])
    assert (row["agree"], row["coded_by_both"], row["percent"]) == (4, 4, 100.0)
    assert row["kappa"] == pytest.approx(1.0) and row["alpha"] == pytest.approx(1.0)


def test_agreement_at_chance_level():
    row = table([C, C, N, N], [C, N, C, N])
    assert row["percent"] == 50.0
    assert row["kappa"] == pytest.approx(0.0, abs=1e-12)
    assert row["alpha"] == pytest.approx(1 / 8)


def test_one_category_unused():
    row = table([C, C, U, N], [C, U, U, N])
    assert row["kappa"] == pytest.approx(7 / 11)
    assert row["alpha"] == pytest.approx(2 / 3)


def test_a_missing_code_is_left_out_not_counted_as_a_category():
    row = table([C, C, U, U, N], [C, U, U, U, ""])
    assert (row["units"], row["coded_by_both"], row["agree"]) == (5, 4, 3)
    assert row["kappa"] == pytest.approx(1 / 2)
    assert row["alpha"] == pytest.approx(8 / 15)
    undecidable = table([C, C, U, U, N], [C, U, U, U, "?"])  # '?' is missing too
    assert undecidable["alpha"] == pytest.approx(8 / 15)


def test_one_code_throughout_is_undefined_not_a_number_made_up():
    row = table([N, N, N], [N, N, N])
    assert row["percent"] == 100.0
    assert pd.isna(row["kappa"]) and pd.isna(row["alpha"])
    nothing = table(["", ""], [C, U])
    assert nothing["coded_by_both"] == 0 and pd.isna(nothing["kappa"]) and pd.isna(nothing["alpha"])


def test_confusion_and_disagreements_name_the_units():
    units = pd.DataFrame({"unit_id": ["S1", "S2", "Q1"], "unit": ["sentence", "sentence", "quotation"],
                          "sentence_id": [1, 2, 2], "text": ["one", "two", "q"]})
    a = pd.DataFrame({"unit_id": ["S1", "S2", "Q1"], "code": [C, C, "other"]})
    b = pd.DataFrame({"unit_id": ["S1", "S2", "Q1"], "code": [C, N, "other"]})
    matrix = agreement.confusion(a, b, units)
    assert len(matrix) == 32  # 4 × 4 codes for each kind, zeros included
    hit = matrix[(matrix["unit"] == "sentence") & (matrix["code_a"] == C) & (matrix["code_b"] == N)]
    assert hit[["count", "unit_ids"]].values.tolist() == [[1, "S2"]]
    assert matrix["count"].sum() == 3
    differ = agreement.disagreements(a, b, units)
    assert differ[["unit_id", "code_a", "code_b"]].values.tolist() == [["S2", C, N]]


# ------------------------------------------------------------------------------ codes and sheets

def test_codes_typed_many_ways():
    assert [agreement.parse_code(v, "sentence") for v in
            ["1", "C", " china ", "US", "u.s.", "3", "b", "China; United States", "n", "4", "?", ""]] == \
        [C, C, C, U, U, B, B, B, N, N, "?", ""]
    assert agreement.parse_code("o", "quotation") == "other"
    with pytest.raises(ValueError, match="'other' is not a code for a sentence"):
        agreement.parse_code("other", "sentence")
    with pytest.raises(ValueError, match="'5' is not a code for a quotation"):
        agreement.parse_code("5", "quotation")


@pytest.fixture(scope="module")
def default_units():
    article = load_article(paths.DEFAULT_ARTICLE)
    sentences = text.sentences(article)
    voice_table = voices.voices(sentences)
    quote_table = voices.quotes(sentences, voice_table=voice_table)
    units = agreement.units(sentences, quote_table)
    return units, agreement.rule_codes(units, voice_table, quote_table), sentences


def test_units_are_each_sentence_then_its_quotations(default_units):
    units, _, _ = default_units
    assert units["unit_id"].tolist()[:7] == ["S1", "S2", "Q1", "S3", "Q2", "S4", "Q3"]
    assert units["unit_id"].tolist()[-6:] == ["Q4", "Q5", "S11", "S12", "S13", "Q6"]
    assert (units["unit"] == "sentence").sum() == 13 and (units["unit"] == "quotation").sum() == 6
    assert units.loc[units["unit_id"] == "Q6", "text"].item() == "seriously damaging"


def test_rule_codes_of_the_default_article(default_units):
    units, rules, _ = default_units
    codes = dict(zip(rules["unit_id"], rules["code"], strict=True))
    assert [codes[f"S{k}"] for k in range(1, 14)] == [U, C, C, C, N, N, U, U, N, B, N, N, C]
    assert [codes[f"Q{k}"] for k in range(1, 7)] == [C, C, C, C, U, C]
    s10 = rules.set_index("unit_id").loc["S10"]
    assert s10["speaker"] == "Beijing; Washington" and s10["cue"] == "said; insists"


def test_the_example_sheet_agrees_with_the_rules_and_one_codebook_row_moves_it(
        default_units, data_copy):
    """The numbers the notebook's exercise 2 states: without `confirm`, S8 becomes the
    narrator's, sentences fall to 12 of 13 and κ to 0.89."""
    units, rules, sentences = default_units
    example = agreement.read_sheet(data_copy / "coded" / f"{paths.DEFAULT_ARTICLE.stem}.sample.csv", units)
    stats = agreement.agreement_table(example, rules, units).set_index("unit")
    assert stats["agree"].tolist() == [13, 6, 19] and stats["kappa"].tolist() == [1.0, 1.0, 1.0]
    cues = data_copy / "speech_cues.csv"
    cues.write_text("".join(line for line in cues.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("confirm,")), encoding="utf-8")
    voice_table = voices.voices(sentences)
    changed = agreement.rule_codes(units, voice_table, voices.quotes(sentences, voice_table=voice_table))
    moved = agreement.agreement_table(example, changed, units).set_index("unit").loc["sentences"]
    assert (moved["agree"], moved["percent"]) == (12, 92.3)
    assert round(moved["kappa"], 2) == 0.89 and round(moved["alpha"], 2) == 0.89
    differ = agreement.disagreements(example, changed, units, changed)
    assert differ[["unit_id", "code_a", "code_b"]].values.tolist() == [["S8", U, N]]
    assert differ["rule"].item() == "no speech cue with a source: the reporter's account"


def test_sheet_round_trip_with_bom_formulas_and_semicolons(default_units, tmp_path):
    units, _, _ = default_units
    sheet = agreement.sheet(units, coder="alex")
    sheet.loc[0, "code"], sheet.loc[1, "code"] = U, B
    sheet.loc[0, "note"] = "=HYPERLINK(\"http://x\")"
    path = agreement.save_sheet(sheet, tmp_path / "a.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    assert "'=HYPERLINK" in raw.decode("utf-8-sig")  # cannot run as a formula
    assert agreement.save_sheet(sheet, tmp_path / "b.csv").read_bytes() == raw  # same bytes
    back = agreement.read_sheet(path, units)
    assert back["code"].tolist()[:3] == [U, B, ""]
    # A European spreadsheet's export: semicolons between cells, no BOM, Windows line ends.
    semi = tmp_path / "semi.csv"
    semi.write_bytes(b"unit_id;code\r\nS1;c\r\nS2;\"China;United States\"\r\n")
    assert agreement.read_sheet(semi, units)["code"].tolist()[:3] == [C, B, ""]


@pytest.mark.parametrize(("content", "problem"), [
    (b"unit;answer\nS1;c\n", "row 1 (the header): missing column 'unit_id', 'code'"),
    (b"unit_id,code\nS1,maybe\n", "row 2: 'maybe' is not a code for a sentence"),
    (b"unit_id,code\nS1,c\nS1,u\n", "row 3: unit S1 is coded twice (also in row 2)"),
    (b"unit_id,code\nS99,c\n", "row 2: unit 'S99' is not in this article"),
    (b"unit_id,code,text\nS1,c,Another article's sentence.\n", "row 2: the text of S1 is not the article's"),
    (b"unit_id,code\nS1,\xe9\n", "row 2: not UTF-8 text"),
])
def test_a_bad_sheet_gets_one_sentence_naming_the_file_and_row(default_units, tmp_path, content, problem):
    units, _, _ = default_units
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    with pytest.raises(agreement.SheetError) as err:
        agreement.read_sheet(bad, units)
    message = str(err.value)
    assert message.startswith(str(bad)) and problem in message and "\n" not in message


def test_codes_are_never_kept_in_data_and_a_coder_is_a_plain_name(tmp_path):
    with pytest.raises(ValueError, match="inside data/"):
        agreement.codes_folder("data/articles")
    with pytest.raises(ValueError, match="coder's name"):
        agreement.sheet_path("efe", "../x", tmp_path)
    assert agreement.sheet_path("efe", "alex", tmp_path) == tmp_path.resolve() / "efe.alex.csv"


# ------------------------------------------------------------------------------ the session

def test_session_codes_saves_resumes_and_hides_the_answer_until_coded(default_units, tmp_path):
    units, rules, sentences = default_units
    path = tmp_path / "codes" / "efe.alex.csv"
    session = coding.CodingSession(units, path, "alex", rules)
    assert session.position == 0 and session.answer() is None  # hidden before coding
    assert not path.exists()  # nothing written before the first code
    assert session.code("2") == U  # S1
    assert session.answer(0) == {"code": U, "speaker": "it", "cue": "says", "rule": rules.loc[0, "rule"],
                                 "agree": True}
    session.code("c")  # S2
    session.code("u")  # Q1: the rules say China
    assert session.answer(2)["agree"] is False and session.answer() is None
    with pytest.raises(ValueError, match="not a code"):
        session.code("x")
    again = coding.CodingSession(units, path, "alex", rules)
    assert again.sheet["code"].tolist()[:4] == [U, C, U, ""] and again.position == 3
    assert again.coded() == 3


def test_widget_codes_by_key_and_shows_a_bad_sheet_in_one_sentence(default_units, tmp_path):
    units, rules, sentences = default_units
    widget = coding.coding_widget(units, sentences, tmp_path / "w.csv", "alex", rules)
    key = widget.children[4].children[0]
    assert "the rules" not in widget.children[6].value
    key.value = "n"  # S1 coded narrator: the rules said United States
    assert key.value == "" and widget.session.coded() == 1
    assert "✗ you coded narrator" in widget.children[6].value
    assert "S2" in widget.children[0].value and "1</b> coded" in widget.children[0].value
    assert "&lt;" not in widget.children[1].value  # plain text; escaping is tested on hostile text
    bad = tmp_path / "bad.csv"
    bad.write_text("unit_id,code\nS1,zzz\n", encoding="utf-8")
    broken = coding.coding_widget(units, sentences, bad, "alex", rules)
    assert broken.session is None and "row 2: 'zzz' is not a code" in html.unescape(broken.children[0].value)
    assert bad.read_text(encoding="utf-8") == "unit_id,code\nS1,zzz\n"  # never overwritten


def test_hostile_text_stays_text_in_the_widget(tmp_path):
    units = pd.DataFrame({"article_id": ["h"], "unit_id": ["S1"], "unit": ["sentence"], "sentence_id": [1],
                          "quote_id": [pd.NA], "start": [0], "end": [30],
                          "text": ["<img src=x onerror=alert(1)> said"]})
    sentences = units.assign(text=units["text"])[["sentence_id", "start", "text"]]
    widget = coding.coding_widget(units, sentences, tmp_path / "h.csv", "alex")
    assert "<img" not in widget.children[1].value and "&lt;img" in widget.children[1].value


# ------------------------------------------------------------------------------ gold, chart, README

def test_gold_converts_to_a_sheet_and_two_people_differ_on_one_sentence():
    case = paths.ROOT / "tests" / "validation" / "24_afp_shoal_collision"
    article = load_article(case.with_suffix(".txt"))
    sentences = text.sentences(article)
    voice_table = voices.voices(sentences)
    quote_table = voices.quotes(sentences, voice_table=voice_table)
    units = agreement.units(sentences, quote_table)
    gold = agreement.from_gold(json.loads(case.with_suffix(".gold.json").read_text(encoding="utf-8")),
                               article.body, units)
    assert (gold["code"] != "").all()
    mine = agreement.read_sheet(paths.DATA / "coded" / f"{article.id}.sample.csv", units)
    assert agreement.disagreements(gold, mine, units)["unit_id"].tolist() == ["S15"]
    rules = agreement.rule_codes(units, voice_table, quote_table)
    # What notebook 07's section 6 says: both people differ from the rules on S1, and on S15
    # the rules side with the gold.
    assert agreement.disagreements(gold, rules, units)["unit_id"].tolist() == ["S1"]
    assert agreement.disagreements(mine, rules, units)[["unit_id", "code_b"]].values.tolist() == \
        [["S1", N], ["S15", C]]


def test_confusion_chart_draws_the_counts(default_units):
    units = pd.DataFrame({"unit_id": ["S1", "S2", "S3"], "unit": "sentence"})
    a = pd.DataFrame({"unit_id": ["S1", "S2", "S3"], "code": [C, C, N]})
    b = pd.DataFrame({"unit_id": ["S1", "S2", "S3"], "code": [C, N, N]})
    ax = agreement_charts.plot_confusion(agreement.confusion(a, b, units), "sentence")
    numbers = [t.get_text() for t in ax.texts]
    assert len(numbers) == 16 and sorted(numbers)[-3:] == ["1", "1", "1"]
    assert numbers[0] == "1" and numbers[3] == "1" and numbers[15] == "1"  # C/C, C/N, N/N
    assert [t.get_text() for t in ax.get_yticklabels()] == ["China", "United\nStates", "both", "narrator"]


def test_readme_accuracy_table_is_the_totals_file():
    import importlib.util

    spec = importlib.util.spec_from_file_location("attribution", paths.ROOT / "benchmarks" / "attribution.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = pd.read_csv(bench.TOTALS, encoding="utf-8-sig", dtype=str,
                       keep_default_na=False).to_dict("records")
    assert [r["split"] for r in rows] == ["tuned", "untouched", "quotation cases"]
    assert bench.readme_table(rows) in (paths.ROOT / "README.md").read_text(encoding="utf-8")


def test_agreement_and_coding_import_neither_matplotlib_nor_ipywidgets():
    """Like the other analysis modules: the charts and the widget load them when used."""
    code = ("import sys, helpers.agreement, helpers.coding; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('matplotlib', 'ipywidgets', 'sklearn', 'krippendorff')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_check_notebook_says_one_sentence_for_bad_parameters_and_goes_on(tmp_path, monkeypatch):
    """A coder's name that cannot name a file and an unreadable second sheet: one sentence each,
    no error, and the notebook runs to its end on the defaults; MAX_SENTENCES cuts the units."""
    import nbformat
    import papermill

    from helpers import runner

    monkeypatch.setenv("FRAMING_FIGURES_DIR", str(tmp_path / "figures"))
    bad = tmp_path / "theirs.csv"
    bad.write_text("unit_id,code\nS1,perhaps\n", encoding="utf-8")
    out = tmp_path / "07.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / "07_check.ipynb"), str(out), kernel_name="python3", progress_bar=False,
        parameters={"ARTICLE": str(paths.DEFAULT_ARTICLE), "CODER": "Alex Smith", "SECOND_SHEET": str(bad),
                    "MAX_SENTENCES": 4},
        cwd=str(paths.NOTEBOOKS), kernel_manager_class=runner.quiet_shutdown_kernel_manager())
    cells = nbformat.read(out, as_version=4).cells
    outputs = [o for c in cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Cannot use 'Alex Smith' as a coder's name: use letters, digits" in printed
    assert f"{bad}, row 2: 'perhaps' is not a code for a sentence" in printed
    assert "The worked example of validation article 24 is shown instead." in printed
    assert "They differ on S15" in printed
    # A sample of a long article: the first four sentences (one a paragraph), their quotations.
    assert "13 sentences; you code the first 4, paragraphs 1 to 4 (MAX_SENTENCES = 4)." in printed
    assert "7 units to code, 4 sentences and 3 quotations" in printed


def test_a_sample_of_units_keeps_the_codes_of_the_others(default_units, tmp_path):
    """Coding fewer units of a long article (MAX_SENTENCES) loses no code made before, and a
    sheet of another article is refused by its article_id."""
    units, rules, _ = default_units
    example = paths.DATA / "coded" / f"{paths.DEFAULT_ARTICLE.stem}.sample.csv"
    path = tmp_path / "mine.csv"
    path.write_bytes(example.read_bytes())
    first = units[units["sentence_id"] <= 2]  # S1, S2, Q1
    session = coding.CodingSession(first, path, "sample", rules)
    assert session.sheet["code"].tolist() == [U, C, C] and len(session.sheet.attrs["outside"]) == 16
    session.position = 0
    session.code("n")
    back = agreement.read_sheet(path, units)
    assert back["code"].tolist() == [N] + agreement.read_sheet(example, units)["code"].tolist()[1:]
    other = tmp_path / "other.csv"
    other.write_text("article_id,unit_id,code\nsome-other-story,S1,c\n", encoding="utf-8")
    with pytest.raises(agreement.SheetError, match="row 2: the sheet is for article 'some-other-story', not "
                       "'efe-2023-02-09-china-rejects-defense-talks'"):
        agreement.read_sheet(other, units)
