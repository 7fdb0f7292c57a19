"""Who is in the story: actor mentions found with an editable codebook, offline.

An *actor* is anyone or anything the story names that can act or be acted on: a country
(China, the United States), a capital standing for its government (Beijing, Washington), a
ministry, an army, a person, an organisation, a place.  The codebook ``data/actors.csv`` lists,
one row per alias pattern, which words name which actor and on which side (``China``,
``United States`` or ``other``) the actor stands.  :func:`mentions` finds every pattern in
every sentence and returns one row per mention, with the rule that fired, so each number
the workbook draws can be checked against the words it came from.

The rules, in the order they apply:

1. **Longest match wins, and nothing is counted twice**: "the Chinese Defense Ministry" is one
   mention of the ministry, not also of "Chinese".
2. **Capitals matter where they must**: a word written in capitals in a pattern (``US``,
   ``UN``, ``PLA``) only matches in capitals, with or without full stops (``U.S.``), so the
   pronoun "us" is never the United States.  A row can also be case-sensitive as a whole.
3. **Apostrophes**: ``'`` in a pattern matches ``'`` and ``’``; "China’s" is a mention of
   China with the surface "China".
4. **Anaphora**: "the ministry", "a spokesperson for the ministry", "the department", "the
   administration", "the embassy" are mentions of the last actor named earlier in the same
   article whose codebook entries contain that noun; ``rule`` says so.
5. **Quotes**: mentions inside “…” or "..." are kept and flagged ``in_quote``.

>>> from helpers.actors import mentions_in_text
>>> found = mentions_in_text("The Chinese Defense Ministry told us the U.S. erred. "
...                          "The ministry said China’s stance was clear.")
>>> found[["surface", "actor", "side"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['Chinese Defense Ministry', 'china_defense_ministry', 'China'],
 ['U.S.', 'united_states', 'United States'],
 ['The ministry', 'china_defense_ministry', 'China'],
 ['China', 'china', 'China']]
>>> found.loc[2, "rule"]
'anaphora: the ministry → last ministry named (china_defense_ministry)'

Capitalised names that no codebook row covers are the codebook's blind spots;
:func:`unlisted_names` lists them (an offline, transparent stand-in for named-entity
recognition), so you know which rows to add.
"""

from __future__ import annotations

import csv
import html
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, groupby
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import paths, style, text
from helpers.article import PARAGRAPH_SEPARATOR, Article

__all__ = [
    "ANAPHORA_HEADS",
    "CODEBOOK",
    "CODEBOOK_COLUMNS",
    "COLUMNS",
    "KINDS",
    "SIDES",
    "CodebookError",
    "actor_counts",
    "annotated_explorer",
    "annotated_html",
    "compile_pattern",
    "cooccurrence",
    "load_codebook",
    "mentions",
    "mentions_in_text",
    "plot_actor_mentions",
    "plot_cooccurrence",
    "plot_side_by_paragraph",
    "side_by_paragraph",
    "unlisted_names",
]

#: The default codebook.
CODEBOOK = paths.DATA / "actors.csv"
#: Columns of the codebook file, in this order.
CODEBOOK_COLUMNS = ["actor", "name", "side", "kind", "pattern", "case_sensitive", "regex"]
#: Columns of the table :func:`mentions` returns.
COLUMNS = ["article_id", "sentence_id", "start", "end", "surface", "actor", "name", "side",
           "kind", "rule", "in_quote"]
SIDES = ("China", "United States", "other")
KINDS = ("country", "agency", "military", "person", "place", "organisation", "demonym")
#: Nouns that, after "the"/"this"/"that", point back to the last actor named with that noun.
ANAPHORA_HEADS = ("ministry", "department", "administration", "embassy")

_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}


class CodebookError(ValueError):
    """A codebook that cannot be used; the message names the file, the row and the problem."""


# --------------------------------------------------------------------------------------------
# The codebook


def _flag(value: str, column: str, where: str) -> bool:
    folded = str(value).strip().lower()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise CodebookError(f"{where}: {column} is {value!r}; write yes or no.")


_ABBREVIATION = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$")


def compile_pattern(pattern: str, case_sensitive: bool = False, regex: bool = False):
    """Return the compiled regular expression for one codebook pattern.

    A plain phrase matches as whole words, with any white space between its words and either
    apostrophe (``'`` or ``’``).  A word in capitals (``US``, ``U.S.``) matches only in
    capitals, with or without full stops.  A ``regex`` pattern is used as written.  Both get
    word boundaries at each end.

    Returns
    -------
    re.Pattern
    """
    if regex:
        body = pattern
    else:
        words = []
        for word in pattern.split():
            if _ABBREVIATION.match(word):
                letters = word.replace(".", "")
                dotted = "".join(re.escape(ch + ".") for ch in letters)
                words.append(f"(?-i:{letters}|{dotted})")
            else:
                words.append("".join("['’]" if ch in "'’" else re.escape(ch) for ch in word))
        body = r"\s+".join(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", 0 if case_sensitive else re.IGNORECASE)


def _cell(value) -> str:
    """A codebook cell as stripped text; a missing cell (None, NaN) is empty."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _validate(records: list[dict], rows: list[int], source: str) -> pd.DataFrame:
    """Check every codebook row; return the codebook as a DataFrame or raise CodebookError."""
    out = []
    first_seen: dict[str, tuple[int, str, str]] = {}
    patterns_seen: dict[tuple[str, bool], int] = {}
    for record, row in zip(records, rows, strict=True):
        where = f"{source}, row {row}"
        values = {c: _cell(record.get(c)) for c in CODEBOOK_COLUMNS}
        if not any(values.values()):
            continue
        for column in ("actor", "name", "pattern"):
            if not values[column]:
                raise CodebookError(f"{where}: the {column} is empty.")
        if values["side"] not in SIDES:
            raise CodebookError(f"{where}: unknown side {values['side']!r} "
                                f"(use one of: {', '.join(SIDES)}).")
        if values["kind"] not in KINDS:
            raise CodebookError(f"{where}: unknown kind {values['kind']!r} "
                                f"(use one of: {', '.join(KINDS)}).")
        case_sensitive = _flag(values["case_sensitive"], "case_sensitive", where)
        is_regex = _flag(values["regex"], "regex", where)
        if is_regex:
            try:
                compiled = re.compile(values["pattern"])
            except re.error as err:
                raise CodebookError(f"{where}: the regex {values['pattern']!r} is not valid "
                                    f"({err}).") from None
            if compiled.match(""):
                raise CodebookError(f"{where}: the regex {values['pattern']!r} matches "
                                    "empty text; it must match at least one character.")
        actor = values["actor"]
        if actor in first_seen:
            other_row, name, side = first_seen[actor]
            if (values["name"], values["side"]) != (name, side):
                raise CodebookError(
                    f"{where}: actor {actor!r} is named {values['name']!r} on side "
                    f"{values['side']!r}, but row {other_row} names it {name!r} on side "
                    f"{side!r}; one actor has one name and one side.")
        else:
            first_seen[actor] = (row, values["name"], values["side"])
        key = (values["pattern"] if case_sensitive else values["pattern"].casefold(),
               case_sensitive)
        if key in patterns_seen:
            raise CodebookError(f"{where}: the pattern {values['pattern']!r} is already on "
                                f"row {patterns_seen[key]}.")
        patterns_seen[key] = row
        out.append({**values, "case_sensitive": case_sensitive, "regex": is_regex, "row": row})
    table = pd.DataFrame(out, columns=[*CODEBOOK_COLUMNS, "row"])
    return table.astype({"case_sensitive": bool, "regex": bool, "row": "int64"})


def load_codebook(path: str | Path | None = None) -> pd.DataFrame:
    """Read and check an actor codebook (by default ``data/actors.csv``).

    Parameters
    ----------
    path
        A UTF-8 CSV file (a spreadsheet's "CSV UTF-8" export works) with the columns
        ``actor, name, side, kind, pattern, case_sensitive, regex``.  A relative path is
        taken from the project root.

    Returns
    -------
    pandas.DataFrame
        One row per pattern: the columns above (``case_sensitive`` and ``regex`` as
        booleans) plus ``row``, the row number in the file (the header is row 1).

    Raises
    ------
    CodebookError
        Naming the file, the row and the problem: a missing column, an empty actor, name or
        pattern, an unknown side or kind, a yes/no column that is neither, a regex that does
        not compile, an actor given two names or sides, or a pattern listed twice.
    """
    path = paths.resolve(path) if path is not None else CODEBOOK
    shown = _shown(path)
    if not path.exists():
        raise CodebookError(f"{shown}: the file does not exist.")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in (reader.fieldnames or [])]
        if len(header) == 1 and ";" in header[0]:
            raise CodebookError(f"{shown}, row 1: the columns are separated by semicolons; "
                                "save the file as comma-separated CSV.")
        missing = [c for c in CODEBOOK_COLUMNS if c not in header]
        if missing:
            raise CodebookError(f"{shown}, row 1 (the header): missing column "
                                f"{', '.join(repr(c) for c in missing)} (the header must "
                                f"name {', '.join(CODEBOOK_COLUMNS)}).")
        reader.fieldnames = header
        records, rows = [], []
        for record in reader:
            records.append(record)
            rows.append(reader.line_num)
    return _validate(records, rows, shown)


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _as_codebook(codebook) -> pd.DataFrame:
    if codebook is None or isinstance(codebook, (str, Path)):
        return load_codebook(codebook)
    if isinstance(codebook, pd.DataFrame):
        missing = [c for c in CODEBOOK_COLUMNS if c not in codebook.columns]
        if missing:
            raise CodebookError(f"codebook table: missing column "
                                f"{', '.join(repr(c) for c in missing)}.")
        records = codebook[CODEBOOK_COLUMNS].astype(object).to_dict("records")
        return _validate(records, _row_numbers(codebook), "codebook table")
    raise TypeError("codebook must be None, a path or a DataFrame from load_codebook()")


def _row_numbers(codebook: pd.DataFrame) -> list[int]:
    """The row number of each row of a codebook table, for messages and the ``row`` column.

    A row keeps the number it has; a row without one (a table built by hand, or a row added
    with ``pd.concat`` from a dict that has no ``row``) is numbered on after the highest, in
    table order, as if it had been added at the end of the file.
    """
    if "row" not in codebook.columns:
        return list(range(2, len(codebook) + 2))
    given = pd.to_numeric(codebook["row"], errors="coerce").tolist()
    known = [int(r) for r in given if not pd.isna(r)]
    following = max(known, default=1) + 1
    rows = []
    for value in given:
        if pd.isna(value):
            rows.append(following)
            following += 1
        else:
            rows.append(int(value))
    return rows


# --------------------------------------------------------------------------------------------
# Finding mentions

_ANAPHOR = re.compile(
    r"(?<!\w)(?:the|this|that)\s+(?:(?P<mod>defen[cs]e|foreign|commerce|state|same)\s+)?"
    rf"(?P<head>{'|'.join(ANAPHORA_HEADS)})(?!\w)",
    re.IGNORECASE,
)


_KEY_WORD = re.compile(r"\w+")


class _Rules:
    """The codebook's compiled patterns, indexed by a word each needs, for a quick pre-check.

    Running every pattern over every sentence is slow; a plain pattern can only match a
    sentence that contains its longest word, so each sentence tries only the patterns whose
    word it contains (and the regex patterns, which are always tried).
    """

    def __init__(self, codebook: pd.DataFrame):
        self.rules = []
        self.by_word: dict[str, list[int]] = {}      # lower-case word -> rule numbers
        self.by_capitals: dict[str, list[int]] = {}  # "US" (also for "U.S.") -> rule numbers
        self.always: list[int] = []
        records = codebook.to_dict("records")
        plain_words = [[w for word in r["pattern"].split() if not _ABBREVIATION.match(word)
                        for w in _KEY_WORD.findall(word.lower())] for r in records]
        # Key each pattern by its rarest word in the codebook ("Chinese Defense Ministry" by
        # "defense", not "chinese"), so that few patterns are tried on each sentence.
        frequency = Counter(w for words in plain_words for w in set(words))
        for n, (r, plain) in enumerate(zip(records, plain_words, strict=True)):
            self.rules.append((compile_pattern(r["pattern"], r["case_sensitive"], r["regex"]), r))
            words = r["pattern"].split()
            if r["regex"]:
                self.always.append(n)
            elif plain:
                key = min(plain, key=lambda w: (frequency[w], -len(w)))
                self.by_word.setdefault(key, []).append(n)
            else:
                self.by_capitals.setdefault(words[0].replace(".", ""), []).append(n)

    def candidates(self, sentence: str) -> list[tuple]:
        """Return the (pattern, row) pairs that may match ``sentence``, in codebook order."""
        numbers = set(self.always)
        for word in self.by_word.keys() & _KEY_WORD.findall(sentence.lower()):
            numbers.update(self.by_word[word])
        if self.by_capitals:
            for word in self.by_capitals.keys() & _KEY_WORD.findall(sentence.replace(".", "")):
                numbers.update(self.by_capitals[word])
        return [self.rules[n] for n in sorted(numbers)]


def _anaphora_text(codebook: pd.DataFrame) -> dict[str, str]:
    """Everything the codebook says about each actor, lower case, for anaphora lookup."""
    out: dict[str, str] = {}
    for actor, group in codebook.groupby("actor", sort=False):
        words = " ".join([group["name"].iloc[0], *group["pattern"]]).lower()
        out[actor] = words.replace("defence", "defense")
    return out


def _direct_matches(sentence: str, rules: _Rules) -> list[tuple[int, int, dict]]:
    """Return ``(start, end, rule)`` of the codebook matches in one sentence.

    Where matches overlap the longest wins, then the leftmost, then the earlier codebook row.
    """
    candidates = []
    for order, (compiled, rule) in enumerate(rules.candidates(sentence)):
        for m in compiled.finditer(sentence):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, rule))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))  # longest first, then leftmost
    taken = bytearray(len(sentence))
    chosen = []
    for start, end, _, rule in candidates:
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, rule))
    return sorted(chosen, key=lambda c: c[0])


def _article_mentions(article_id: str, group: list[tuple], rules: _Rules,
                      about: dict[str, str], actor_info: dict[str, dict]) -> list[tuple]:
    """Mentions in one article, given as its (sentence_id, start, text, paragraph) rows."""
    found: list[dict] = []
    for sid, offset, sentence, _ in group:
        direct = _direct_matches(sentence, rules)
        for start, end, rule in direct:
            found.append({"sentence_id": sid, "start": offset + start, "end": offset + end,
                          "surface": sentence[start:end], "actor": rule["actor"],
                          "name": rule["name"], "side": rule["side"], "kind": rule["kind"],
                          "rule": f"codebook: {rule['pattern']}", "direct": True})
        for m in _ANAPHOR.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e, _ in direct):
                continue
            head = m["head"].lower()
            mod = (m["mod"] or "").lower().replace("defence", "defense")
            wanted = f"{mod} {head}" if mod and mod != "same" else head
            position = offset + m.start()
            antecedent = next(
                (f for f in reversed(found) if f["direct"] and f["start"] < position
                 and all(word in about[f["actor"]] for word in wanted.split())), None)
            if antecedent is None:
                continue
            phrase = " ".join(m.group(0).lower().split())
            actor = antecedent["actor"]
            found.append({"sentence_id": sid, "start": position, "end": offset + m.end(),
                          "surface": m.group(0), "actor": actor,
                          "name": actor_info[actor]["name"], "side": actor_info[actor]["side"],
                          "kind": antecedent["kind"],
                          "rule": f"anaphora: {phrase} → last {wanted} named ({actor})",
                          "direct": False})
    found.sort(key=lambda f: f["start"])

    # Quotation marks are paired per paragraph (text.quotations, the rule the quotes table
    # uses). A quotation still open when its paragraph ends runs to the paragraph's end: news
    # style opens each paragraph of a long quote again instead of closing it.
    quotes = []
    rows = ((article_id, para, sid, offset, offset + len(sentence), sentence)
            for sid, offset, sentence, para in group)
    for _, para_start, para_text, _ in text.paragraph_texts(rows):
        marks = text.quotations(para_text)
        quotes += [(para_start + a, para_start + b) for a, b in marks.spans]
        quotes += [(para_start + a, para_start + len(para_text)) for a, _ in marks.unclosed]
    quotes.sort()
    starts = [qs for qs, _ in quotes]
    reach = list(accumulate((qe for _, qe in quotes), max))  # furthest end of spans so far

    def in_quote(start: int, end: int) -> bool:
        """Is [start, end) inside a quotation?  A binary search, not a scan of every quote."""
        k = bisect_right(starts, start) - 1
        return k >= 0 and reach[k] >= end

    return [(article_id, f["sentence_id"], f["start"], f["end"], f["surface"], f["actor"],
             f["name"], f["side"], f["kind"], f["rule"], in_quote(f["start"], f["end"]))
            for f in found]


def _empty_mentions() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("sentence_id", "start", "end")
                                      else bool if c == "in_quote" else object)
                         for c in COLUMNS})


def mentions(sentences: pd.DataFrame, codebook=None) -> pd.DataFrame:
    """Find every actor mention in a sentence table.

    Parameters
    ----------
    sentences
        The table from :func:`helpers.text.sentences` (one or several articles); it needs
        ``article_id``, ``sentence_id``, ``start``, ``text`` and, for quotations that span
        sentences, ``paragraph_id``.
    codebook
        ``None`` (``data/actors.csv``), the path of another codebook, or a table from
        :func:`load_codebook`, perhaps filtered (``cb[cb.kind != "demonym"]``).

    Returns
    -------
    pandas.DataFrame
        One row per mention, in reading order, with the columns ``article_id``,
        ``sentence_id``, ``start`` and ``end`` (offsets into the article body, like the
        sentence table's, so ``article.body[start:end] == surface``), ``surface`` (the words
        as written), ``actor`` (the codebook id), ``name``, ``side``, ``kind``, ``rule``
        (``"codebook: <pattern>"`` or ``"anaphora: the ministry → last ministry named
        (<actor>)"``) and ``in_quote`` (inside “…” or "...").
    """
    book = _as_codebook(codebook)
    if sentences.empty or book.empty:
        return _empty_mentions()
    rules = _Rules(book)
    about = _anaphora_text(book)
    actor_info = book.drop_duplicates("actor").set_index("actor")[["name", "side"]].to_dict(
        "index")
    # Articles in order of first appearance, each one's sentences in reading order (a stable
    # sort of the whole table once: much faster than pandas' groupby on thousands of articles).
    article_codes, _ = pd.factorize(sentences["article_id"])
    order = np.lexsort((sentences["start"].to_numpy(), article_codes))
    paragraph_ids = (sentences["paragraph_id"] if "paragraph_id" in sentences.columns
                     else pd.Series(0, index=sentences.index))
    columns = [sentences[c].to_numpy(dtype=object)[order].tolist()
               for c in ("article_id", "sentence_id", "start", "text")]
    columns.append(paragraph_ids.to_numpy(dtype=object)[order].tolist())
    rows = []
    for article_id, group in groupby(zip(*columns, strict=True), key=itemgetter(0)):
        rows += _article_mentions(article_id, [row[1:] for row in group], rules, about,
                                  actor_info)
    if not rows:
        return _empty_mentions()
    return pd.DataFrame(rows, columns=COLUMNS).astype(
        {"sentence_id": "int64", "start": "int64", "end": "int64", "in_quote": bool})


def _sentences_from_text(body: str, article_id: str) -> pd.DataFrame:
    rows = [(article_id, n, para + 1, start, end, body[start:end])
            for n, (start, end, para, _) in enumerate(text.sentence_spans(body), start=1)]
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "paragraph_id", "start",
                                       "end", "text"])


def mentions_in_text(body: str, codebook=None, article_id: str = "text") -> pd.DataFrame:
    """Split ``body`` into sentences and return its mentions (see :func:`mentions`).

    Handy for trying a rule on a sentence of your own; offsets point into ``body``.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`mentions`.
    """
    return mentions(_sentences_from_text(body, article_id), codebook)


# --------------------------------------------------------------------------------------------
# What the codebook misses

_MONTHS_AND_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}
#: Ordinary words that often open a sentence; never reported as names when they do.
ORDINARY_WORDS = frozenset({
    "according", "after", "all", "also", "although", "another", "as", "asked", "because",
    "before", "both", "despite", "during", "each", "earlier", "every", "everyone",
    "everything", "following", "for", "further", "here", "however", "if", "in", "instead",
    "last", "later", "many", "meanwhile", "moreover", "most", "next", "nobody", "nothing",
    "now", "officials", "on", "once", "only", "others", "several", "since", "some",
    "someone", "something", "still", "such", "thus", "today", "tomorrow", "under", "until",
    "when", "whether", "while", "with", "yesterday", "yet",
})
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*")
_CONNECTORS = {"of", "the", "for", "and", "de", "del", "da", "van", "von", "al", "bin"}
_INITIAL_BEFORE = re.compile(r"(?:^|[“\"‘'(«:]|—|–)\s*$")


def _context(sentence: str, start: int, end: int, width: int = 40) -> str:
    """The words around ``sentence[start:end]`` (about ``width`` characters each side)."""
    before, after = sentence[:start], sentence[end:]
    if len(before) > width:
        before = "…" + before[-width:].split(" ", 1)[-1]
    if len(after) > width:
        after = after[:width].rsplit(" ", 1)[0] + "…"
    return f"{before}[{sentence[start:end]}]{after}"


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


class _Covered:
    """The spans of an article's mentions, to ask fast whether a word overlaps any of them.

    Checking every word against every mention was quadratic: minutes on a long article.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        before = bisect_left(self.starts, end)  # spans that begin before ``end``
        return before > 0 and self.reach[before - 1] > start


def unlisted_names(sentences: pd.DataFrame, codebook=None,
                   ignore: Iterable[str] = (), mention_table: pd.DataFrame | None = None
                   ) -> pd.DataFrame:
    """List capitalised word sequences that no codebook row covers.

    A name is a run of capitalised words ("Atlantic Ocean", "Secretary of State"; "of",
    "the", "for" and "and" may join them).  Words inside a mention are left out, and so are
    month and day names and, at the start of a sentence or quotation, ordinary words
    ("The", "However", "Its", "Following"): words in ``data/stopwords.txt``,
    ``data/sentence_starters.txt`` or :data:`ORDINARY_WORDS`, or written in lower case
    elsewhere in the same article.

    Parameters
    ----------
    sentences
        A sentence table (see :func:`mentions`).
    codebook
        As for :func:`mentions`.
    ignore
        Further words never to report (compared in lower case).
    mention_table
        The mentions of ``sentences`` with this codebook, if already found (saves finding
        them again, which takes most of the time on a long article).

    Returns
    -------
    pandas.DataFrame
        One row per name and article, most frequent first: ``article_id``, ``name``,
        ``count``, ``sentence_ids`` (e.g. ``"6, 12"``) and ``context`` (the first
        occurrence with the name in [brackets]).
    """
    columns = ["article_id", "name", "count", "sentence_ids", "context"]
    if sentences.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else object)
                             for c in columns})
    found = mentions(sentences, codebook) if mention_table is None else mention_table
    ordinary = (set(text.stopwords()) | {w.lower() for w in text.load_wordlist(
        "sentence_starters.txt")} | ORDINARY_WORDS | {w.lower() for w in ignore})
    ignored = {w.lower() for w in ignore}
    rows = []
    for article_id, group in sentences.groupby("article_id", sort=False):
        covered = _Covered(found.loc[found["article_id"] == article_id, ["start", "end"]]
                           .itertuples(index=False))
        lower_words = {w for t in group["text"] for w in _WORD.findall(t) if w.islower()}
        for sid, offset, sentence in group[["sentence_id", "start", "text"]].itertuples(
                index=False):
            words = list(_WORD.finditer(sentence))
            runs: list[list[re.Match]] = []
            current: list[re.Match] = []
            for i, m in enumerate(words):
                word = re.sub(r"['’]s$", "", m.group(0))
                start, end = offset + m.start(), offset + m.start() + len(word)
                initial = bool(_INITIAL_BEFORE.search(sentence[:m.start()]))
                keep = (_is_capitalised(word)
                        and not covered.overlaps(start, end)
                        and word.lower() not in _MONTHS_AND_DAYS
                        and word.lower() not in ignored
                        and not (initial and (word.lower() in ordinary
                                              or word.lower() in lower_words)))
                gap = sentence[words[i - 1].end():m.start()] if i else ""
                joins = current and gap.strip() == "" and not re.search(
                    r"['’]s$", current[-1].group(0))
                if keep and joins:
                    current.append(m)
                elif keep:
                    if current:
                        runs.append(current)
                    current = [m]
                elif (word.lower() in _CONNECTORS and current and gap.strip() == ""
                      and i + 1 < len(words) and _is_capitalised(words[i + 1].group(0))):
                    current.append(m)
                else:
                    if current:
                        runs.append(current)
                    current = []
            if current:
                runs.append(current)
            for run in runs:
                while run and run[-1].group(0).lower() in _CONNECTORS:
                    run.pop()
                if not run:
                    continue
                s, e = run[0].start(), run[-1].end()
                name = re.sub(r"['’]s$", "", sentence[s:e])
                e = s + len(name)
                rows.append((article_id, name, sid, offset + s, _context(sentence, s, e)))
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else object)
                             for c in columns})
    table = pd.DataFrame(rows, columns=["article_id", "name", "sentence_id", "start", "context"])
    grouped = table.groupby(["article_id", "name"], sort=False).agg(
        count=("sentence_id", "size"),
        sentence_ids=("sentence_id", lambda ids: ", ".join(str(i) for i in dict.fromkeys(ids))),
        context=("context", "first"), first=("start", "min")).reset_index()
    order = {a: i for i, a in enumerate(dict.fromkeys(table["article_id"]))}
    grouped["article_order"] = grouped["article_id"].map(order)
    grouped = grouped.sort_values(["article_order", "count", "first"],
                                  ascending=[True, False, True], kind="stable")
    return grouped[columns].reset_index(drop=True).astype({"count": "int64"})


# --------------------------------------------------------------------------------------------
# Tables and charts


def actor_counts(mention_table: pd.DataFrame) -> pd.DataFrame:
    """Count mentions per actor.

    Returns
    -------
    pandas.DataFrame
        One row per actor, most mentioned first (ties: first named first): ``actor``,
        ``name``, ``side``, ``mentions``, ``sentences`` (how many sentences mention it) and
        ``first_sentence``.
    """
    columns = ["actor", "name", "side", "mentions", "sentences", "first_sentence"]
    if mention_table.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in columns[3:] else object)
                             for c in columns})
    table = mention_table.assign(order=range(len(mention_table)),
                                 where=mention_table["article_id"].astype(str) + "\x00"
                                 + mention_table["sentence_id"].astype(str))
    counts = table.groupby("actor", sort=False).agg(
        name=("name", "first"), side=("side", "first"), mentions=("surface", "size"),
        sentences=("where", "nunique"), first_sentence=("sentence_id", "first"),
        order=("order", "min")).reset_index()
    counts = counts.sort_values(["mentions", "order"], ascending=[False, True], kind="stable")
    return counts[columns].reset_index(drop=True).astype(
        {"mentions": "int64", "sentences": "int64", "first_sentence": "int64"})


def _text_colour(side: str) -> str:
    """A side's colour for text: the light grey of ``other`` is too faint for letters."""
    return "#707070" if side not in ("China", "United States") else style.side_colour(side)


def _side_legend(ax, sides: Iterable[str], **kwargs) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=style.side_colour(s), label=s) for s in SIDES if s in set(sides)]
    if handles:
        ax.legend(handles=handles, **kwargs)


def _new_axes(ax, height: float):
    import matplotlib.pyplot as plt

    style.apply()
    if ax is None:
        # Constrained layout keeps rotated tick labels inside the figure, so a source line
        # added below it (figures.add_source) never overlaps them.
        _, ax = plt.subplots(figsize=(8, height), layout="constrained")
    return ax


def plot_actor_mentions(mention_table: pd.DataFrame, ax=None, *, top: int | None = None):
    """Draw mentions per actor as horizontal bars, most mentioned on top, coloured by side.

    Parameters
    ----------
    mention_table
        The table from :func:`mentions` (one row per mention).
    ax
        Axes to draw on; a new figure sized to the number of actors when ``None``.
    top
        Draw only the ``top`` most mentioned actors.

    Returns
    -------
    matplotlib.axes.Axes
    """
    counts = actor_counts(mention_table)
    if top is not None:
        counts = counts.head(top)
    ax = _new_axes(ax, max(3.0, 0.34 * len(counts) + 1.4))
    if counts.empty:

        return style.empty_message(ax, "No actor mentions found: check the codebook.")
    colours = [style.side_colour(s) for s in counts["side"]]
    ax.barh(counts["name"], counts["mentions"], color=colours)
    ax.invert_yaxis()
    for y, n in enumerate(counts["mentions"]):
        ax.text(n, y, f" {n:,}", va="center", fontsize=9)
    ax.set_xlabel("Mentions")
    ax.margins(x=0.08)
    ax.xaxis.get_major_locator().set_params(integer=True)
    _side_legend(ax, counts["side"], loc="best", title="Side")
    return ax


def side_by_paragraph(mention_table: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Count mentions per side in every paragraph (zeros included).

    Returns
    -------
    pandas.DataFrame
        One row per article, paragraph and side (``China``, ``United States``, ``other``):
        ``article_id``, ``paragraph_id``, ``side``, ``mentions``.
    """
    columns = ["article_id", "paragraph_id", "side", "mentions"]
    if sentences.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("paragraph_id", "mentions")
                                          else object) for c in columns})
    grid = (sentences[["article_id", "paragraph_id"]].drop_duplicates()
            .merge(pd.DataFrame({"side": list(SIDES)}), how="cross"))
    located = mention_table.merge(sentences[["article_id", "sentence_id", "paragraph_id"]],
                                  on=["article_id", "sentence_id"], how="left")
    counts = (located.groupby(["article_id", "paragraph_id", "side"]).size()
              .rename("mentions").reset_index())
    table = grid.merge(counts, on=["article_id", "paragraph_id", "side"], how="left")
    table["mentions"] = table["mentions"].fillna(0).astype("int64")
    return table[columns].reset_index(drop=True)


#: Above this many paragraphs, :func:`plot_side_by_paragraph` draws groups of paragraphs.
MAX_PARAGRAPH_BARS = 60
#: How many groups of consecutive paragraphs it then draws.
PARAGRAPH_GROUPS = 50


def plot_side_by_paragraph(table: pd.DataFrame, ax=None, *,
                           max_bars: int = MAX_PARAGRAPH_BARS, groups: int = PARAGRAPH_GROUPS):
    """Draw mentions per side in each paragraph as stacked bars, in story order.

    ``table`` is :func:`side_by_paragraph`'s (one article).  An article of more than
    ``max_bars`` paragraphs is drawn as ``groups`` groups of consecutive paragraphs of
    (nearly) equal size, one bar each, and the axis says so.  Returns the Axes.
    """
    ax = _new_axes(ax, 4.5)
    if table.empty or table["mentions"].sum() == 0:

        return style.empty_message(ax, "No actor mentions to place in the story.")
    wide = (table.pivot_table(index="paragraph_id", columns="side", values="mentions",
                              aggfunc="sum", fill_value=0)
            .reindex(columns=[s for s in SIDES if s in set(table["side"])], fill_value=0))
    grouped = len(wide) > max_bars
    if grouped:
        import numpy as np

        parts = [part for part in np.array_split(np.arange(len(wide)), groups) if len(part)]
        first = [int(wide.index[part[0]]) for part in parts]
        last = [int(wide.index[part[-1]]) for part in parts]
        wide = pd.DataFrame([wide.iloc[part].sum() for part in parts],
                            index=range(1, len(parts) + 1))
    bottom = pd.Series(0, index=wide.index)
    for side in wide.columns:
        if wide[side].sum() == 0:
            continue
        ax.bar(wide.index, wide[side], bottom=bottom, color=style.side_colour(side),
               label=side, width=0.75)
        bottom = bottom + wide[side]
    if grouped:
        shown = list(range(0, len(wide), max(1, len(wide) // 6)))
        ax.set_xticks([k + 1 for k in shown], [f"{first[k]:,}–{last[k]:,}" for k in shown],
                      fontsize=9)
        sizes = sorted({b - a + 1 for a, b in zip(first, last, strict=True)})
        size = f"{sizes[0]:,}" if len(sizes) == 1 else f"{sizes[0]:,}–{sizes[-1]:,}"
        ax.set_xlabel(f"Paragraphs, in {len(wide)} groups of {size} "
                      f"(of {last[-1]:,} paragraphs; story order →)")
    elif len(wide) <= 25:
        ax.set_xticks(list(wide.index))
    else:
        ax.xaxis.get_major_locator().set_params(integer=True)
    if not grouped:
        ax.set_xlabel("Paragraph (story order →)")
    ax.set_ylabel("Mentions")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="Side", loc="upper right", ncols=3)
    ax.set_ylim(0, bottom.max() * 1.3 + 0.5)
    return ax


def cooccurrence(mention_table: pd.DataFrame, *, top: int | None = 15) -> pd.DataFrame:
    """Count, for every pair of actors, the sentences that mention both.

    Parameters
    ----------
    mention_table
        The table from :func:`mentions`.
    top
        Keep the ``top`` most mentioned actors (``None``: all).

    Returns
    -------
    pandas.DataFrame
        One row per ordered pair of the kept actors (both orders, so it draws as a square
        matrix, in :func:`actor_counts` order): ``actor_a``, ``name_a``, ``side_a``,
        ``actor_b``, ``name_b``, ``side_b``, ``sentences``.  Where ``actor_a == actor_b``,
        ``sentences`` is the number of sentences that mention the actor at all.
    """
    columns = ["actor_a", "name_a", "side_a", "actor_b", "name_b", "side_b", "sentences"]
    counts = actor_counts(mention_table)
    if top is not None:
        counts = counts.head(top)
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "sentences" else object)
                             for c in columns})
    kept = mention_table[mention_table["actor"].isin(counts["actor"])]
    per_sentence = kept.groupby(["article_id", "sentence_id"])["actor"].agg(set)
    rows = []
    for a in counts.itertuples(index=False):
        for b in counts.itertuples(index=False):
            n = sum(1 for actors in per_sentence if a.actor in actors and b.actor in actors)
            rows.append((a.actor, a.name, a.side, b.actor, b.name, b.side, n))
    return pd.DataFrame(rows, columns=columns).astype({"sentences": "int64"})


def plot_cooccurrence(table: pd.DataFrame, ax=None):
    """Draw :func:`cooccurrence`'s table as a heat map with the counts in the cells.

    Actor names are coloured by side.  The diagonal (sentences mentioning the actor at all)
    is hatched, its number on a white patch, so the eye goes to the pairs.  A new figure
    (``ax`` None) is sized so the cells come out square, with room for a title and no blank
    band between the labels and whatever is added below them.  Returns the Axes.
    """
    import numpy as np
    from matplotlib.patches import Rectangle

    names = list(dict.fromkeys(table["name_a"])) if not table.empty else []
    created = ax is None
    ax = _new_axes(ax, max(3.5, 0.42 * len(names) + 1.8))
    if len(names) < 2:

        return style.empty_message(ax, "Fewer than two actors: nothing co-occurs.")
    sides = dict(zip(table["name_a"], table["side_a"], strict=False))
    matrix = (table.pivot(index="name_a", columns="name_b", values="sentences")
              .reindex(index=names, columns=names))
    values = matrix.to_numpy(dtype=float)
    off = values.copy()
    np.fill_diagonal(off, np.nan)
    peak = max(3.0, np.nanmax(off))  # a single shared sentence stays a light cell
    ax.imshow(np.ma.masked_invalid(off), cmap="Greys", vmin=0, vmax=peak * 1.15,
              aspect="auto" if created else "equal")
    # Five digits do not fit in a cell: above 9,999 every count of 1,000 or more is shown
    # in thousands ("12k", "2.2k"); the CSV keeps the exact numbers.
    compact = np.nanmax(values) >= 10_000

    def shown(n: int) -> str:
        if not compact or n < 1000:
            return str(n)
        return f"{n / 1000:.0f}k" if n >= 9950 else f"{n / 1000:.1f}k"

    for i in range(len(names)):
        for j in range(len(names)):
            n = int(values[i, j])
            if i == j:
                ax.add_patch(Rectangle(
                    (j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="#999999", hatch="///",
                    linewidth=0))
                ax.text(j, i, shown(n), ha="center", va="center", fontsize=9, color="#222222",
                        bbox={"boxstyle": "round,pad=0.25", "facecolor": "white",
                              "edgecolor": "none"})
            elif n:
                ax.text(j, i, shown(n), ha="center", va="center", fontsize=9,
                        color="white" if n > peak * 0.55 else "black")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(names)), names)
    for label in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
        label.set_color(_text_colour(sides.get(label.get_text(), "other")))
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(np.arange(-0.5, len(names)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(names)), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    if created:
        _fit_square_cells(ax, len(names))
    return ax


def _fit_square_cells(ax, n: int, *, width: float = 8.0, largest_cell: float = 0.6,
                      title_room: float = 0.45) -> None:
    """Size a constrained-layout figure so that ``ax`` holds ``n`` × ``n`` square cells.

    The labels around a heat map take room that depends on the names, so the figure is laid
    out, measured and resized (the labels keep their size, so this settles in two rounds).
    Cells fill ``width`` inches, but are never wider than ``largest_cell``; ``title_room``
    inches are added on top for the title the caller sets.
    """
    fig = ax.figure
    for _ in range(3):
        fig.draw_without_rendering()
        box = ax.get_position()
        label_width = fig.get_figwidth() * (1 - box.width)
        label_height = fig.get_figheight() * (1 - box.height)
        cell = min(largest_cell, (width - label_width) / n)
        size = (label_width + n * cell, label_height + n * cell)
        if abs(size[0] - fig.get_figwidth()) < 0.01 and abs(size[1] - fig.get_figheight()) < 0.01:
            break
        fig.set_size_inches(*size)
    fig.set_figheight(fig.get_figheight() + title_room)


# --------------------------------------------------------------------------------------------
# The annotated article

_TINTS = {"China": "#F6D5BF", "United States": "#BFDCEC", "other": "#E6E6E6"}
_UNDERLINES = {"China": style.side_colour("China"),
               "United States": style.side_colour("United States"), "other": "#8C8C8C"}

_CSS = """
.actor-annotated { font-family: Georgia, "Times New Roman", serif; font-size: 18px;
  line-height: 1.7; color: #1a1a1a; max-width: 46em; }
.actor-annotated h1 { font-family: Helvetica, Arial, sans-serif; font-size: 1.4em;
  margin: 0 0 0.2em; }
.actor-annotated .source { font-family: Helvetica, Arial, sans-serif; font-size: 0.75em;
  color: #555; margin: 0 0 1em; }
.actor-annotated .legend { font-family: Helvetica, Arial, sans-serif; font-size: 0.8em;
  margin: 0 0 1.2em; padding: 0.5em 0.8em; border: 1px solid #ddd; border-radius: 4px; }
.actor-annotated .legend span.key { margin-right: 1.2em; white-space: nowrap; }
.actor-annotated p { margin: 0 0 0.9em; }
.actor-annotated .para { font-family: Helvetica, Arial, sans-serif; font-size: 0.65em;
  color: #888; margin-right: 0.5em; }
.actor-annotated mark { padding: 0 0.12em; border-radius: 2px; color: inherit; }
.actor-annotated mark.in-quote { font-style: italic; }
"""


def _side_class(side: str) -> str:
    return "side-" + re.sub(r"[^a-z]+", "-", side.lower()).strip("-")


def annotated_html(article: Article, mention_table: pd.DataFrame, *,
                   standalone: bool = True, max_paragraphs: int | None = None) -> str:
    """Return the article as HTML with every mention highlighted in its side's colour.

    Each highlight has a tooltip (``title``) with the actor, side, kind and rule; a legend
    counts the mentions per side.  The HTML has no scripts and loads nothing from the web;
    the same input gives the same string.

    Parameters
    ----------
    article
        The loaded article (its body is what the mention offsets point into).
    mention_table
        The table from :func:`mentions` for this article (other articles' rows are ignored).
    standalone
        ``True``: a whole HTML document, to save as a file.  ``False``: a ``<div>`` whose
        styles apply only inside it, to show in a notebook.
    max_paragraphs
        Show only the first ``max_paragraphs`` paragraphs, with a line saying how many there
        are (the legend still counts the whole article's mentions): a notebook cannot show
        a book-length article.  ``None``: every paragraph.

    Returns
    -------
    str
    """
    body = article.body
    own = (mention_table[mention_table["article_id"] == article.id].sort_values("start")
           if not mention_table.empty else mention_table)
    side_css = "".join(
        f".actor-annotated .{_side_class(s)} {{ background: {_TINTS[s]}; "
        f"border-bottom: 3px solid {_UNDERLINES[s]}; }}\n" for s in SIDES)
    counts = own["side"].value_counts() if not own.empty else pd.Series(dtype="int64")
    legend = " ".join(
        f'<span class="key"><mark class="{_side_class(s)}">{html.escape(s)}</mark> '
        f"{int(counts.get(s, 0))} mention{'s' if counts.get(s, 0) != 1 else ''}</span>"
        for s in SIDES)
    legend += ('<br><span class="key">Hover over a highlight to see the actor and the rule; '
               "<i>italic</i> = inside a quotation.</span>")

    paragraphs_html = []
    start = 0
    marks = list(own[["start", "end", "actor", "name", "side", "kind", "rule", "in_quote"]]
                 .itertuples(index=False)) if not own.empty else []
    mark_starts = [m.start for m in marks]  # sorted: ``own`` is sorted by start
    shown = article.paragraphs if max_paragraphs is None else article.paragraphs[:max_paragraphs]
    for number, paragraph in enumerate(shown, start=1):
        end = start + len(paragraph)
        pieces, cursor = [], start
        # Only the marks that start inside this paragraph: looking at every mark for every
        # paragraph took minutes on a long article.
        for m in marks[bisect_left(mark_starts, start):bisect_right(mark_starts, end)]:
            if m.start < start or m.end > end:
                continue
            pieces.append(html.escape(body[cursor:m.start]))
            tip = f"{m.name} ({m.actor}) · {m.side} · {m.kind} · {m.rule}"
            if m.in_quote:
                tip += " · in a quotation"
            classes = _side_class(m.side) + (" in-quote" if m.in_quote else "")
            pieces.append(f'<mark class="{classes}" title="{html.escape(tip)}">'
                          f"{html.escape(body[m.start:m.end])}</mark>")
            cursor = m.end
        pieces.append(html.escape(body[cursor:end]))
        paragraphs_html.append(f'<p><span class="para">¶{number}</span>{"".join(pieces)}</p>')
        start = end + len(PARAGRAPH_SEPARATOR)
    hidden = len(article.paragraphs) - len(shown)
    if hidden:
        paragraphs_html.append(
            f'<p class="source">… {hidden:,} more paragraph{"s" if hidden != 1 else ""} not '
            f"shown here: paragraphs 1–{len(shown):,} of {len(article.paragraphs):,}.</p>")

    title = html.escape(article.title or article.id)
    styles = f"<style>{_CSS}{side_css}</style>\n"
    fragment = (
        '<div class="actor-annotated">\n' + ("" if standalone else styles)
        + f"<h1>{title}</h1>\n"
        f'<p class="source">{html.escape(article.source_line)} · actor mentions found with '
        f"the workbook's codebook (data/actors.csv)</p>\n"
        f'<div class="legend">{legend}</div>\n' + "\n".join(paragraphs_html) + "\n</div>\n"
    )
    if not standalone:
        return fragment
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>Actors · {title}</title>\n{styles}</head>\n<body>\n{fragment}</body>\n</html>\n")


def annotated_explorer(article: Article, mention_table: pd.DataFrame,
                       max_paragraphs: int | None = 200):
    """Build a live annotated article: choose the sides and the actors to highlight.

    Returns
    -------
    ipywidgets.VBox
        Two multiple-choice lists (sides, actors) and the article below them, redrawn with
        :func:`annotated_html` on every change.  Display it in JupyterLab.
    """
    import ipywidgets as widgets
    from IPython.display import HTML

    own = mention_table[mention_table["article_id"] == article.id]
    counts = own.groupby(["actor", "name"]).size().sort_values(ascending=False)
    side_choice = widgets.SelectMultiple(options=sorted(own["side"].unique()),
                                         value=tuple(sorted(own["side"].unique())),
                                         description="Sides", rows=3)
    actor_choice = widgets.SelectMultiple(
        options=[(f"{name} ({n})", actor) for (actor, name), n in counts.items()],
        value=tuple(actor for actor, _ in counts.index), description="Actors", rows=6)
    out = widgets.Output()

    def refresh(*_):
        shown = own[own["side"].isin(side_choice.value) & own["actor"].isin(actor_choice.value)]
        style.fill_output(out, f"{len(shown)} of {len(own)} mentions highlighted",
                          HTML(annotated_html(article, shown, standalone=False,
                                              max_paragraphs=max_paragraphs)))

    side_choice.observe(refresh, names="value")
    actor_choice.observe(refresh, names="value")
    refresh()
    return widgets.VBox([widgets.HBox([side_choice, actor_choice]), out])
