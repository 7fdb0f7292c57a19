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
:func:`unlisted_names` (helpers/names.py) lists them (an offline, transparent stand-in for
named-entity recognition), so you know which rows to add.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate, groupby
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import codebooks, names, paths, text
from helpers.codebooks import CodebookError
from helpers.names import unlisted_names

__all__ = [
    "CODEBOOK",
    "CODEBOOK_COLUMNS",
    "COLUMNS",
    "KINDS",
    "CodebookError",
    "actor_counts",
    "compile_pattern",
    "cooccurrence",
    "load_codebook",
    "mentions",
    "mentions_in_text",
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
KINDS = ("country", "agency", "military", "person", "place", "organisation", "demonym")

_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}




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
    sides = codebooks.actor_sides()
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
        if values["side"] not in sides:
            raise CodebookError(f"{where}: unknown side {values['side']!r} "
                                f"(use one of: {', '.join(sides)}).")
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
    path = paths.resolve(path) if path is not None else paths.DATA / "actors.csv"
    return codebooks.parsed(path, _parse_codebook).copy()


def _parse_codebook(text: str, path: Path) -> pd.DataFrame:
    rows = codebooks.read_table(path, CODEBOOK_COLUMNS)
    return _validate([record for _, record in rows], [row for row, _ in rows],
                     codebooks.shown(path))


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

@lru_cache(maxsize=4)
def _anaphor(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ "the ministry", "this department": the nouns of ``data/anaphora_heads.txt``."""
    return re.compile(
        r"(?<!\w)(?:the|this|that)\s+(?:(?P<mod>defen[cs]e|foreign|commerce|state|same)\s+)?"
        rf"(?P<head>{'|'.join(map(re.escape, heads))})(?!\w)",
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


_COMPILED: dict[tuple, tuple] = {}


def _compiled(book: pd.DataFrame) -> tuple[_Rules, dict[str, str], dict[str, dict]]:
    """The codebook's rules, anaphora text and actor names and sides, built once per process
    for the same rows (an edited file or a filtered table gets its own): compiling them was
    most of the time of a short article."""
    key = tuple(zip(*(book[c].tolist() for c in (*CODEBOOK_COLUMNS, "row")), strict=True))
    hit = _COMPILED.get(key)
    if hit is None:
        info = book.drop_duplicates("actor").set_index("actor")[["name", "side"]]
        hit = (_Rules(book), _anaphora_text(book), info.to_dict("index"))
        if len(_COMPILED) >= 8:
            _COMPILED.pop(next(iter(_COMPILED)))
        _COMPILED[key] = hit
    return hit


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
                      about: dict[str, str], actor_info: dict[str, dict],
                      anaphor: re.Pattern[str]) -> list[tuple]:
    """Mentions in one article, given as its (sentence_id, start, text, paragraph) rows.

    A surname the codebook lists alone stops naming its actor for the rest of the article
    once the article gives it another first name ("Harold Vance … Vance said")."""
    found: list[dict] = []
    shadowed: set[str] = set()
    for sid, offset, sentence, _ in group:
        direct = _direct_matches(sentence, rules)
        for start, end, rule in direct:
            if names.other_person(sentence, start, rule, about[rule["actor"]]):
                shadowed.add(rule["actor"])
            if rule["actor"] in shadowed and names.surname_only(rule):
                continue
            found.append({"sentence_id": sid, "start": offset + start, "end": offset + end,
                          "surface": sentence[start:end], "actor": rule["actor"],
                          "name": rule["name"], "side": rule["side"], "kind": rule["kind"],
                          "rule": f"codebook: {rule['pattern']}", "direct": True})
        for m in anaphor.finditer(sentence):
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
    rules, about, actor_info = _compiled(book)
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
    anaphor = _anaphor(tuple(w.lower() for w in codebooks.wordlist("anaphora_heads.txt")))
    for article_id, group in groupby(zip(*columns, strict=True), key=itemgetter(0)):
        rows += _article_mentions(article_id, [row[1:] for row in group], rules, about,
                                  actor_info, anaphor)
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
# Tables and charts


def actor_counts(mention_table: pd.DataFrame) -> pd.DataFrame:
    """Count mentions per actor in each article.

    Returns
    -------
    pandas.DataFrame
        One row per article and actor; articles in the order they first appear, and in each
        the most mentioned actor first (ties: first named first): ``article_id``, ``actor``,
        ``name``, ``side``, ``mentions``, ``sentences`` (how many of the article's sentences
        mention it) and ``first_sentence``.  A table of many articles is never pooled: sum
        ``mentions`` by ``actor`` for corpus totals.
    """
    columns = ["article_id", "actor", "name", "side", "mentions", "sentences", "first_sentence"]
    if mention_table.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in columns[4:] else object)
                             for c in columns})
    table = mention_table.assign(order=np.arange(len(mention_table)),
                                 article_order=pd.factorize(mention_table["article_id"])[0])
    counts = table.groupby(["article_order", "article_id", "actor"], sort=False).agg(
        name=("name", "first"), side=("side", "first"), mentions=("surface", "size"),
        sentences=("sentence_id", "nunique"), first_sentence=("sentence_id", "first"),
        order=("order", "min")).reset_index()
    counts = counts.sort_values(["article_order", "mentions", "order"],
                                ascending=[True, False, True], kind="stable")
    return counts[columns].reset_index(drop=True).astype(
        {"mentions": "int64", "sentences": "int64", "first_sentence": "int64"})


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
            .merge(pd.DataFrame({"side": list(codebooks.actor_sides())}), how="cross"))
    located = mention_table.merge(sentences[["article_id", "sentence_id", "paragraph_id"]],
                                  on=["article_id", "sentence_id"], how="left")
    counts = (located.groupby(["article_id", "paragraph_id", "side"]).size()
              .rename("mentions").reset_index())
    table = grid.merge(counts, on=["article_id", "paragraph_id", "side"], how="left")
    table["mentions"] = table["mentions"].fillna(0).astype("int64")
    return table[columns].reset_index(drop=True)


def cooccurrence(mention_table: pd.DataFrame, *, top: int | None = 15) -> pd.DataFrame:
    """Count, for every pair of actors, the sentences of an article that mention both.

    Parameters
    ----------
    mention_table
        The table from :func:`mentions` (one article or many).
    top
        Keep each article's ``top`` most mentioned actors (``None``: all).

    Returns
    -------
    pandas.DataFrame
        One row per article and ordered pair of its kept actors (both orders, so an article
        draws as a square matrix, in :func:`actor_counts` order): ``article_id``,
        ``actor_a``, ``name_a``, ``side_a``, ``actor_b``, ``name_b``, ``side_b``,
        ``sentences``.  Where ``actor_a == actor_b``, ``sentences`` is the number of
        sentences that mention the actor at all.
    """
    columns = ["article_id", "actor_a", "name_a", "side_a", "actor_b", "name_b", "side_b",
               "sentences"]
    counts = actor_counts(mention_table)
    counts = counts if top is None else counts.groupby("article_id", sort=False).head(top)
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "sentences" else object)
                             for c in columns})
    kept = counts[["article_id", "actor"]]
    present = (mention_table[["article_id", "sentence_id", "actor"]].drop_duplicates()
               .merge(kept, on=["article_id", "actor"]))
    pairs = present.merge(present, on=["article_id", "sentence_id"], suffixes=("_a", "_b"))
    together = pairs.groupby(["article_id", "actor_a", "actor_b"]).size().rename("sentences")
    left = counts[["article_id", "actor", "name", "side"]].assign(_a=range(len(counts)))
    grid = left.merge(left.rename(columns={"_a": "_b"}), on="article_id", suffixes=("_a", "_b"))
    grid = grid.sort_values(["_a", "_b"], kind="stable").merge(
        together.reset_index(), on=["article_id", "actor_a", "actor_b"], how="left", sort=False)
    return grid[columns].fillna({"sentences": 0}).astype({"sentences": "int64"})


# --------------------------------------------------------------------------------------------
# The annotated article


