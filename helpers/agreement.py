"""Check the machine: hand codes, the rules' codes, agreement (κ and α) and the disagreements.

A person codes the article's **units**: every sentence (whose claim does it report: China,
the United States, both, or the narrator's own account) and every quotation (whose words:
China's, the US's, a third party's, or no side's because it is a title or a scare quote), by
``../shared/attribution_guidelines.md``.  The codes live in a **sheet**, a CSV in a folder of
the coder's own (``coding/`` by default, never in ``data/``), written atomically on every
change, so coding can stop and go on later.  A blank sheet can be filled in a spreadsheet
and read back; a bad sheet gets one sentence naming the file and the row (:class:`SheetError`).

The rules' codes come from the voice and quotation tables (:mod:`helpers.voices`), with the
rule that fired.  :func:`agreement_table` gives percent agreement, Cohen's κ (scikit-learn)
and Krippendorff's α (the ``krippendorff`` package, which also takes codes one coder left
empty); :func:`confusion` and :func:`disagreements` say where and why two codings differ.

>>> import pandas as pd
>>> units = pd.DataFrame({"unit_id": ["S1", "S2", "S3", "S4"], "unit": ["sentence"] * 4})
>>> you = pd.DataFrame({"unit_id": ["S1", "S2", "S3", "S4"],
...                     "code": ["China", "China", "narrator", "narrator"]})
>>> rules = you.assign(code=["China", "narrator", "China", "narrator"])
>>> table = agreement_table(you, rules, units)
>>> table.loc[0, ["agree", "coded_by_both", "kappa", "alpha"]].round(3).to_dict()
{'agree': 2.0, 'coded_by_both': 4.0, 'kappa': 0.0, 'alpha': 0.125}
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import warnings
from pathlib import Path

import pandas as pd

from helpers import codebooks, paths

__all__ = ["SHEET_COLUMNS", "UNDECIDABLE", "SheetError", "agreement_table", "codes",
           "codes_folder", "confusion", "disagreements", "from_gold", "parse_code", "read_sheet",
           "rule_codes", "save_sheet", "sheet", "sheet_path", "units"]

#: The columns of a coding sheet, in order.  ``code`` is the coder's; empty means not coded yet.
SHEET_COLUMNS = ["article_id", "unit_id", "unit", "sentence_id", "quote_id", "text", "code",
                 "coder", "note"]
#: The code for a unit the guidelines cannot decide (a neutral statistic): left out of every
#: statistic, like an empty code.
UNDECIDABLE = "?"
BOTH = "both"
UNIT_KINDS = ("sentence", "quotation")


class SheetError(ValueError):
    """A coding sheet that cannot be read; the message names the file, the row and the problem."""


# ------------------------------------------------------------------------------ the codes

def codes(unit: str) -> tuple[str, ...]:
    """The codes a ``sentence`` or a ``quotation`` can get, from ``data/sides.csv``.

    >>> codes("sentence"), codes("quotation")
    (('China', 'United States', 'both', 'narrator'), ('China', 'United States', 'other', 'narrator'))
    """
    first, second = codebooks.compared_sides()
    if unit == "sentence":
        # A third party's claim is no side's (the guidelines): the sentence is the narrator's.
        return first, second, BOTH, codebooks.narrator_side()
    if unit == "quotation":
        return first, second, codebooks.other_side(), codebooks.narrator_side()
    raise ValueError(f"Unknown unit {unit!r}: use 'sentence' or 'quotation'.")


def _aliases(unit: str) -> dict[str, str]:
    """What a coder may type for each code: its number (1, 2 …), its first letter, its name."""
    names = codes(unit)
    out = {}
    for number, name in enumerate(names, start=1):
        out[str(number)] = name
        out[name.casefold()] = name
    initials = [n[0].casefold() for n in names]
    for name, initial in zip(names, initials, strict=True):
        if initials.count(initial) == 1:
            out[initial] = name
    first, second = codebooks.compared_sides()
    if unit == "sentence":
        for pair in (f"{first};{second}", f"{second};{first}"):
            out[pair.casefold()] = BOTH
    if second == "United States":
        out.update({"us": second, "u.s.": second, "usa": second})
    out[UNDECIDABLE] = UNDECIDABLE
    return out


def parse_code(value, unit: str) -> str:
    """Return the code ``value`` stands for (``""`` for an empty cell: not coded yet).

    Accepts the code's name in any case, its number in :func:`codes` (1–4), its first letter,
    ``US``, ``China;United States`` for both, and ``?``.  Raises ``ValueError`` with what to
    type instead.

    >>> parse_code(" c ", "sentence"), parse_code("3", "sentence"), parse_code("o", "quotation")
    ('China', 'both', 'other')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    typed = re.sub(r"\s*;\s*", ";", str(value).strip()).casefold()
    if not typed:
        return ""
    found = _aliases(unit).get(typed)
    if found is None:
        names = codes(unit)
        raise ValueError(f"{str(value).strip()!r} is not a code for a {unit} (use "
                         f"{', '.join(names)}, their numbers 1–{len(names)}, {UNDECIDABLE!r} "
                         "for undecidable, or leave it empty)")
    return found


# ------------------------------------------------------------------------------ the units

def units(sentence_table: pd.DataFrame, quote_table: pd.DataFrame) -> pd.DataFrame:
    """Return the units to code: every sentence, each followed by the quotations opening in it.

    Parameters
    ----------
    sentence_table
        From :func:`helpers.text.sentences` (one article).
    quote_table
        From :func:`helpers.voices.quotes` (the headline's quotations are no units): only its
        marks are used (``quote_id``,
        ``sentence_id``, offsets, ``text``), never its speaker or side.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``unit_id`` (``S3`` for sentence 3, ``Q2`` for quotation 2),
        ``unit`` (``sentence`` or ``quotation``), ``sentence_id``, ``quote_id`` (empty for a
        sentence), ``start``/``end`` (offsets into the body) and ``text``.
    """
    rows = [(a, f"S{s}", "sentence", s, pd.NA, start, end, t, s, 0)
            for a, s, start, end, t in sentence_table[
                ["article_id", "sentence_id", "start", "end", "text"]].itertuples(index=False)]
    rows += [(a, f"Q{q}", "quotation", s, q, start, end, t, s, q)
             for a, q, s, start, end, t in quote_table[
                 ["article_id", "quote_id", "sentence_id", "start", "end", "text"]
             ].itertuples(index=False)
             if s > 0]   # the headline (sentence 0) is no unit, nor are its quotations
    table = pd.DataFrame(rows, columns=["article_id", "unit_id", "unit", "sentence_id",
                                        "quote_id", "start", "end", "text", "_s", "_q"])
    table = table.sort_values(["_s", "_q"], kind="stable").drop(columns=["_s", "_q"])
    table["quote_id"] = table["quote_id"].astype("Int64")
    return table.reset_index(drop=True)


def sheet(unit_table: pd.DataFrame, coder: str = "", filled: pd.DataFrame | None = None
          ) -> pd.DataFrame:
    """Return the coding sheet of ``unit_table``: empty codes, or those of ``filled``.

    ``filled`` is a sheet read before (:func:`read_sheet`); its codes and notes are kept.
    """
    out = unit_table[["article_id", "unit_id", "unit", "sentence_id", "quote_id", "text"]].copy()
    out["code"], out["coder"], out["note"] = "", coder, ""
    if filled is not None and len(filled):
        known = filled.set_index("unit_id")
        for column in ("code", "note"):
            out[column] = out["unit_id"].map(known[column]).fillna("").astype(str)
    return out[SHEET_COLUMNS].reset_index(drop=True)


# ------------------------------------------------------------------------------ the folder

#: The environment variable that moves the coders' folder (the tests use it).
CODING_ENV = "FRAMING_CODING_DIR"
_CODER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")


def codes_folder(folder: str | Path | None = None) -> Path:
    """Return the folder of the coder's sheets: ``folder``, else ``$FRAMING_CODING_DIR``, else
    ``coding/`` in the project (git ignores it).  A folder inside ``data/`` is refused: raw
    articles and codebooks are never written."""
    chosen = folder or os.environ.get(CODING_ENV) or "coding"
    resolved = paths.resolve(chosen).resolve()
    if resolved.is_relative_to(paths.DATA.resolve()):
        raise ValueError(f"Cannot keep codes in {chosen}: it is inside data/, which holds the "
                         "raw articles and the codebooks; choose a folder of your own, such as "
                         "'coding'.")
    return resolved


def sheet_path(article_id: str, coder: str, folder: str | Path | None = None) -> Path:
    """``<codes folder>/<article_id>.<coder>.csv``; the coder is a plain name (``alex``)."""
    if not _CODER.fullmatch(coder or ""):
        raise ValueError(f"Cannot use {coder!r} as a coder's name: use letters, digits, '-' and "
                         "'_' (up to 40), starting with a letter or digit.")
    paths.check_article_id(article_id)
    return codes_folder(folder) / f"{article_id}.{coder}.csv"


# ------------------------------------------------------------------------------ reading, writing

def save_sheet(coding_sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write a sheet atomically: UTF-8 with a BOM (spreadsheets read it), one row per unit,
    formula-like text made harmless (:func:`helpers.figures.neutralise_formulas`); rows read
    from outside the units coded now (``.attrs["outside"]``) follow, as they were."""
    from helpers import figures  # here, not at the top: figures imports matplotlib

    safe = figures.neutralise_formulas(coding_sheet[SHEET_COLUMNS])
    outside = coding_sheet.attrs.get("outside")
    if outside is not None and len(outside):
        safe = pd.concat([safe, outside[SHEET_COLUMNS]], ignore_index=True)
    return figures.write_atomic(Path(path), lambda tmp: safe.to_csv(
        tmp, index=False, lineterminator="\n", encoding="utf-8-sig"))


def _same_text(written: str, text: str) -> bool:
    def squash(s: str) -> str:
        return " ".join(s.split())
    written = squash(written)
    return written == squash(text) or (written.startswith("'") and written[1:] == squash(text))


def read_sheet(path: str | Path, unit_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read a coding sheet back (one saved here, or filled in a spreadsheet).

    Comma- or semicolon-separated, with or without a BOM.  Each code is read by
    :func:`parse_code`.  Given ``unit_table``, the sheet must be of its article (its
    ``article_id`` column, where it has one) and each of its units must have the same text (so
    a sheet of another article, or of an article whose sentences changed, is refused); units
    the sheet leaves out are returned uncoded.  Rows of the same article that are not in
    ``unit_table`` (coded when more of a long article was coded) are kept aside in
    ``.attrs["outside"]``, and :func:`save_sheet` writes them back after the others.

    Raises
    ------
    SheetError
        One sentence naming the file, the row and the problem.
    """
    path = Path(path)
    where = codebooks.shown(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SheetError(f"{where}: the file does not exist.") from None
    except IsADirectoryError:
        raise SheetError(f"{where}: is a folder, not a coding sheet.") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        raise SheetError(f"{where}, row {line}: not UTF-8 text; save the sheet as \"CSV UTF-8\".") \
            from None
    first_line = content.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(content.replace("\r\n", "\n").replace("\r", "\n")),
                        delimiter=delimiter)
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in ("unit_id", "code") if c not in header]
    if missing:
        raise SheetError(f"{where}, row 1 (the header): missing column "
                         f"{', '.join(repr(c) for c in missing)}; export a blank sheet to see "
                         "the columns.")
    article_ids = set() if unit_table is None or "article_id" not in unit_table else set(
        unit_table["article_id"])
    outside = []
    known = None if unit_table is None else dict(zip(
        unit_table["unit_id"], zip(unit_table["unit"], unit_table["text"], strict=True), strict=True))
    seen: dict[str, int] = {}
    records = []
    for cells in reader:
        row = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        record = dict(zip(header, [c.strip() for c in cells] + [""] * (len(header) - len(cells)),
                          strict=False))
        unit_id = record["unit_id"].lstrip("'")
        if not unit_id:
            raise SheetError(f"{where}, row {row}: the unit_id is empty.")
        if unit_id in seen:
            raise SheetError(f"{where}, row {row}: unit {unit_id} is coded twice (also in row "
                             f"{seen[unit_id]}); keep one row per unit.")
        seen[unit_id] = row
        if known is not None:
            of = record.get("article_id", "").lstrip("'")
            if of and article_ids and of not in article_ids:
                raise SheetError(f"{where}, row {row}: the sheet is for article {of!r}, not "
                                 f"{', '.join(sorted(article_ids))!r}.")
            if unit_id not in known and of:
                outside.append({c: record.get(c, "") for c in SHEET_COLUMNS})
                continue
            if unit_id not in known:
                raise SheetError(f"{where}, row {row}: unit {unit_id!r} is not in this article "
                                 "(is the sheet for another article?).")
            unit, unit_text = known[unit_id]
            if "text" in record and record["text"] and not _same_text(record["text"], unit_text):
                raise SheetError(f"{where}, row {row}: the text of {unit_id} is not the article's "
                                 "(is the sheet for another article, or did its sentences change?).")
        else:
            unit = record.get("unit") or ("quotation" if unit_id.startswith("Q") else "sentence")
            if unit not in UNIT_KINDS:
                raise SheetError(f"{where}, row {row}: unknown unit {unit!r} (use sentence or "
                                 "quotation).")
        try:
            code = parse_code(record["code"].lstrip("'"), unit)
        except ValueError as err:
            raise SheetError(f"{where}, row {row}: {err}.") from None
        records.append({"unit_id": unit_id, "unit": unit, "code": code,
                        "coder": record.get("coder", ""), "note": record.get("note", "")})
    table = pd.DataFrame(records, columns=["unit_id", "unit", "code", "coder", "note"])
    if unit_table is None:
        return table
    out = sheet(unit_table, coder=next((c for c in table["coder"] if c), ""), filled=table)
    out.attrs["outside"] = pd.DataFrame(outside, columns=SHEET_COLUMNS)
    return out


def _loose(value: str) -> str:
    """Text compared loosely: straight apostrophes, one space, no edge punctuation, lower case."""
    value = " ".join(value.replace("’", "'").replace("‘", "'").split())
    return value.strip(" \"'“”‘’«».,;:!?—–-").casefold()


def from_gold(gold: dict, body: str, unit_table: pd.DataFrame) -> pd.DataFrame:
    """Return a hand-labelled gold file of ``tests/validation/`` as a sheet of these units.

    Another coder's work in another format: a sentence unit gets the sides of the gold
    sentences it overlaps (``?`` when they are all undecidable), a quotation unit the side of
    the gold quotation with its text (``narrator`` for a title or a scare quote).  A unit the
    gold does not cover stays uncoded.
    """
    first, second = codebooks.compared_sides()
    spans, cursor = [], 0
    for g in gold["sentences"]:
        found = body.find(g["text"], cursor)
        words = g["text"].split(" ")
        k = 1
        while found < 0 and k < len(words) - 3:  # the dateline is metadata, not body
            found = body.find(" ".join(words[k:]), cursor)
            k += 1
        if found >= 0:
            end = found + len(" ".join(words[k - 1:]) if k > 1 else g["text"])
            spans.append((found, end, g["sides"]))
            cursor = end - 1
    quotes = {}
    for g in gold["quotations"]:
        code = codebooks.narrator_side() if g["kind"] != "speech" else (
            g["side"] if g["side"] in (first, second) else codebooks.other_side())
        quotes.setdefault(_loose(g["text"]), code)
    out = sheet(unit_table, coder="gold")
    for k, (unit, start, end, words) in enumerate(unit_table[["unit", "start", "end", "text"]]
                                                  .itertuples(index=False)):
        if unit == "sentence":
            labels = [sides for a, b, sides in spans if a < end and start < b]
            decided = [set(x) for x in labels if x != UNDECIDABLE]
            if not labels:
                continue
            sides = set().union(*decided) if decided else None
            out.loc[k, "code"] = (UNDECIDABLE if sides is None else BOTH if len(sides) == 2
                                  else next(iter(sides)) if sides else codebooks.narrator_side())
        else:
            out.loc[k, "code"] = quotes.get(_loose(words), "")
    return out


# ------------------------------------------------------------------------------ the rules

def rule_codes(unit_table: pd.DataFrame, voice_table: pd.DataFrame,
               quote_table: pd.DataFrame) -> pd.DataFrame:
    """Return the rules' code for every unit, with what they found and the rule that fired.

    A sentence gets the compared sides of its voice rows (one side, ``both``, or the
    narrator's when none: a third party's claim is no side's); a quotation its speaker's
    side, and ``narrator`` when it is a title or a scare quote or has no speaker.

    Returns
    -------
    pandas.DataFrame
        ``unit_id``, ``code``, ``speaker``, ``cue``, ``rule`` (clauses joined by ``;``).
    """
    compared = codebooks.compared_sides()
    narrator = codebooks.narrator_side()
    # One pass over each table in plain Python: a long article has tens of thousands of units.
    by_sentence: dict = {}
    for sid, side, speaker, cue, rule in voice_table[["sentence_id", "side", "speaker", "cue", "rule"]
                                                     ].itertuples(index=False):
        by_sentence.setdefault(sid, []).append((side, speaker, cue, rule))
    by_quote = {q[0]: q[1:] for q in quote_table[["quote_id", "side", "speaker", "cue", "kind",
                                                  "layout"]].itertuples(index=False)}
    out = []
    for unit_id, unit, sid, qid in unit_table[["unit_id", "unit", "sentence_id", "quote_id"]
                                              ].itertuples(index=False):
        if unit == "sentence":
            rows = by_sentence.get(sid, [])
            here = {r[0] for r in rows}
            found = [side for side in compared if side in here]
            code = BOTH if len(found) == 2 else found[0] if found else narrator
            speaker = "; ".join(r[1] for r in rows if r[1])
            cue = "; ".join(r[2] for r in rows if r[2])
            rule = "; ".join(r[3] for r in rows)
        else:
            side, speaker, cue, kind, layout = by_quote[qid]
            code = narrator if kind != "speech" else side
            rule = f"{kind}: {layout}"
        out.append((unit_id, code, speaker, cue, rule))
    return pd.DataFrame(out, columns=["unit_id", "code", "speaker", "cue", "rule"])


# ------------------------------------------------------------------------------ agreement

def _paired(a: pd.DataFrame, b: pd.DataFrame, unit_table: pd.DataFrame) -> pd.DataFrame:
    """One row per unit: its kind, coder a's code and coder b's (``""`` when not coded)."""
    def coded(table):
        values = table.set_index("unit_id")["code"].fillna("").astype(str)
        return values.where(values != UNDECIDABLE, "")
    out = unit_table[["unit_id", "unit"]].copy()
    out["a"] = out["unit_id"].map(coded(a)).fillna("")
    out["b"] = out["unit_id"].map(coded(b)).fillna("")
    return out


def _kappa(x: list[str], y: list[str], labels: list[str]) -> float:
    """Cohen's κ, NaN when it is undefined (both coders used one and the same code)."""
    from sklearn.metrics import cohen_kappa_score

    if not x or len(set(x) | set(y)) < 2:
        return math.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(cohen_kappa_score(x, y, labels=labels))


def _alpha(x: list[str], y: list[str], labels: list[str]) -> float:
    """Krippendorff's α (nominal) over every unit; an empty code is missing.  NaN when it is
    undefined (fewer than two units coded by both, or a single code used throughout)."""
    import krippendorff
    import numpy as np

    number = {label: k for k, label in enumerate(labels)}
    data = np.array([[number[v] if v else np.nan for v in row] for row in (x, y)], dtype=float)
    pairable = ~np.isnan(data).any(axis=0)
    if pairable.sum() < 2 or len(set(data[:, pairable].ravel())) < 2:
        return math.nan
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                    value_domain=list(range(len(labels)))))


def agreement_table(a: pd.DataFrame, b: pd.DataFrame, unit_table: pd.DataFrame) -> pd.DataFrame:
    """Return how far two codings agree: for sentences, quotations and all units.

    ``a`` and ``b`` are sheets or code tables (``unit_id``, ``code``); an empty code or ``?``
    is missing.  Percent agreement and Cohen's κ count the units both coded; Krippendorff's α
    takes every unit and leaves out the missing codes itself.

    Returns
    -------
    pandas.DataFrame
        ``unit`` (``sentences``, ``quotations``, ``all units``), ``units``, ``coded_by_both``,
        ``agree``, ``percent`` (0–100), ``kappa``, ``alpha`` (NaN where undefined: nothing
        coded by both, or one code used throughout).
    """
    pairs = _paired(a, b, unit_table)
    rows = []
    for label, kinds in (("sentences", ["sentence"]), ("quotations", ["quotation"]),
                         ("all units", list(UNIT_KINDS))):
        here = pairs[pairs["unit"].isin(kinds)]
        labels = list(dict.fromkeys(c for k in kinds for c in codes(k)))
        both = here[(here["a"] != "") & (here["b"] != "")]
        agree = int((both["a"] == both["b"]).sum())
        rows.append((label, len(here), len(both), agree,
                     round(100 * agree / len(both), 1) if len(both) else math.nan,
                     _kappa(both["a"].tolist(), both["b"].tolist(), labels),
                     _alpha(here["a"].tolist(), here["b"].tolist(), labels)))
    return pd.DataFrame(rows, columns=["unit", "units", "coded_by_both", "agree", "percent",
                                       "kappa", "alpha"])


def confusion(a: pd.DataFrame, b: pd.DataFrame, unit_table: pd.DataFrame) -> pd.DataFrame:
    """Return the confusion table of two codings, every pair of codes (zeros too).

    Returns
    -------
    pandas.DataFrame
        ``unit`` (``sentence``, ``quotation``), ``code_a``, ``code_b``, ``count`` and
        ``unit_ids`` (``;``-separated), over the units both coded.
    """
    pairs = _paired(a, b, unit_table)
    pairs = pairs[(pairs["a"] != "") & (pairs["b"] != "")]
    rows = []
    for unit in UNIT_KINDS:
        here = pairs[pairs["unit"] == unit]
        for code_a in codes(unit):
            for code_b in codes(unit):
                hit = here[(here["a"] == code_a) & (here["b"] == code_b)]
                rows.append((unit, code_a, code_b, len(hit), ";".join(hit["unit_id"])))
    return pd.DataFrame(rows, columns=["unit", "code_a", "code_b", "count", "unit_ids"])


def disagreements(a: pd.DataFrame, b: pd.DataFrame, unit_table: pd.DataFrame,
                  rules: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the units both coded where the codes differ, in the article's order.

    With ``rules`` (:func:`rule_codes`) each row also says what the rules found and the rule
    that fired: why the machine read the unit its way.

    Returns
    -------
    pandas.DataFrame
        ``unit_id``, ``unit``, ``sentence_id``, ``text``, ``code_a``, ``code_b`` and, with
        ``rules``, ``speaker``, ``cue``, ``rule``.
    """
    pairs = _paired(a, b, unit_table)
    differ = pairs[(pairs["a"] != "") & (pairs["b"] != "") & (pairs["a"] != pairs["b"])]
    out = differ.merge(unit_table[["unit_id", "sentence_id", "text"]], on="unit_id")
    out = out.rename(columns={"a": "code_a", "b": "code_b"})
    columns = ["unit_id", "unit", "sentence_id", "text", "code_a", "code_b"]
    if rules is not None:
        out = out.merge(rules[["unit_id", "speaker", "cue", "rule"]], on="unit_id", how="left")
        columns += ["speaker", "cue", "rule"]
    return out[columns].reset_index(drop=True)
