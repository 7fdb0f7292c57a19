"""Read, check and cache every file in ``data/``, one way.

A codebook is a plain file a student edits: a CSV (``actors.csv``, ``sides.csv``,
``speech_cues.csv``, ``frames.csv``; a topic folder's ``topics/<topic>/object_names.csv``
and ``frames.csv``, :func:`topic_file`) or a word list (one entry a line, ``#`` comments).
Every reader in the workbook goes through this module, so they all keep
the same promises:

* **Fresh.** A file is re-read when it changed on disk (its modification time or size), so
  a row added in JupyterLab counts at the next call, with no kernel restart; an unchanged
  file is parsed once.
* **Forgiving where it can be.** A byte-order mark (Excel's "CSV UTF-8"), Windows line ends
  and Excel's empty rows are accepted.
* **One sentence when it cannot.** A missing file, semicolons for commas, a missing column,
  an empty required cell or a file that is not UTF-8 (Excel's plain "CSV" on Windows) raise
  :class:`CodebookError`, whose message names the file and the row.

>>> from helpers import codebooks
>>> codebooks.compared_sides()
('China', 'United States')
>>> "said" in codebooks.wordlist("speech_auxiliaries.txt")
False
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

from helpers import paths

__all__ = ["DEFAULT_TOPIC", "CodebookError", "actor_sides", "compared_sides", "parsed",
           "read_table", "shown", "side_table", "topic_file", "topics", "wordlist"]


class CodebookError(ValueError):
    """A codebook that cannot be used; the message names the file, the row and the problem."""


def shown(path: Path) -> str:
    """The path as a message shows it: from the project root when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _locate(name: str | Path) -> Path:
    path = Path(name)
    return path if path.is_absolute() else (paths.DATA / path if len(path.parts) == 1
                                            else paths.resolve(path))


_CACHE: dict[tuple, tuple[tuple[int, int], Any]] = {}


def parsed(name: str | Path, parse: Callable[[str, Path], Any], key: Hashable = None) -> Any:
    """Return ``parse(text, path)`` for the file, re-parsed only when the file changed.

    ``name`` is a file in ``data/`` or a path; ``key`` tells apart two parses of one file.
    """
    path = _locate(name)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise CodebookError(f"{shown(path)}: the file does not exist.") from None
    stamp = (stat.st_mtime_ns, stat.st_size)
    slot = (path, parse.__qualname__ if key is None else key)
    hit = _CACHE.get(slot)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    value = parse(_read_text(path), path)
    _CACHE[slot] = (stamp, value)
    return value


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[:err.start].count(b"\n") + 1
        raise CodebookError(
            f"{shown(path)}, row {line}: not UTF-8 text (byte 0x{raw[err.start]:02X}); it was "
            "probably saved as Windows-1252 (a spreadsheet's plain \"CSV\"): save it again as "
            "\"CSV UTF-8\".") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_wordlist(text: str, path: Path) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


def wordlist(name: str | Path) -> tuple[str, ...]:
    """Return the entries of a word list in ``data/``: one per line, ``#`` comments and blank
    lines skipped, each stripped."""
    return parsed(name, _parse_wordlist)


def _table_parser(columns: tuple[str, ...], required: tuple[str, ...]):
    def parse(text: str, path: Path) -> tuple[tuple[int, dict[str, str]], ...]:
        where = shown(path)
        reader = csv.reader(io.StringIO(text))
        header = [h.strip() for h in next(reader, [])]
        if len(header) == 1 and ";" in header[0]:
            raise CodebookError(f"{where}, row 1: the columns are separated by semicolons; "
                                "save the file as comma-separated CSV.")
        missing = [c for c in columns if c not in header]
        if missing:
            raise CodebookError(f"{where}, row 1 (the header): missing column "
                                f"{', '.join(repr(c) for c in missing)} (the header must "
                                f"name {', '.join(columns)}).")
        rows = []
        for cells in reader:
            row = reader.line_num
            cells = [c.strip() for c in cells]
            if not any(cells):
                continue  # an empty row, as Excel leaves at the end
            if len(cells) > len(header) and any(cells[len(header):]):
                raise CodebookError(f"{where}, row {row}: {len(cells)} cells for "
                                    f"{len(header)} columns; put a cell that holds a comma "
                                    "in double quotes.")
            record = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
            for column in required:
                if not record[column]:
                    raise CodebookError(f"{where}, row {row}: the {column} is empty.")
            rows.append((row, record))
        return tuple(rows)

    return parse


def read_table(name: str | Path, columns: Iterable[str], required: Iterable[str] = ()
               ) -> tuple[tuple[int, dict[str, str]], ...]:
    """Return the rows of a CSV codebook as ``(row number, {column: stripped cell})``.

    The header is row 1; empty rows are skipped.
    ``columns`` must all be in the header, and ``required`` cells must not be empty.
    """
    columns, required = tuple(columns), tuple(required)
    return parsed(name, _table_parser(columns, required), key=("table", columns, required))


# ---------------------------------------------------------------------------------- sides
SIDE_COLUMNS = ("side", "role", "colour", "tint", "underline", "text_colour", "meaning")
_ROLES = ("compared", "other", "narrator")


def _parse_sides(text: str, path: Path) -> tuple[dict[str, str], ...]:
    rows = _table_parser(SIDE_COLUMNS, SIDE_COLUMNS[:6])(text, path)
    for row, record in rows:
        if record["role"] not in _ROLES:
            raise CodebookError(f"{shown(path)}, row {row}: unknown role {record['role']!r} "
                                f"(use one of: {', '.join(_ROLES)}).")
    for role, count in (("compared", 2), ("other", 1), ("narrator", 1)):
        if sum(1 for _, r in rows if r["role"] == role) != count:
            raise CodebookError(f"{shown(path)}: the file must have {count} row"
                                f"{'s' if count > 1 else ''} with role {role!r}.")
    return tuple(record for _, record in rows)


def side_table() -> tuple[dict[str, str], ...]:
    """The rows of ``data/sides.csv``: each side, its role and its colours."""
    return parsed("sides.csv", _parse_sides)


def compared_sides() -> tuple[str, str]:
    """The two sides the workbook compares, in the order of ``data/sides.csv``."""
    a, b = (r["side"] for r in side_table() if r["role"] == "compared")
    return a, b


def actor_sides() -> tuple[str, ...]:
    """The sides an actor can be on: the two compared, then the one for everyone else."""
    return (*compared_sides(), *(r["side"] for r in side_table() if r["role"] == "other"))


def other_side() -> str:
    """The side of every actor, and every speaker, who is on neither compared side."""
    return next(r["side"] for r in side_table() if r["role"] == "other")


def narrator_side() -> str:
    """The label of the reporter's own words."""
    return next(r["side"] for r in side_table() if r["role"] == "narrator")


# ---------------------------------------------------------------------------------- topics
#: The topic of the default article: ``data/topics/balloon/``.
DEFAULT_TOPIC = "balloon"
_TOPIC_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")


def topics() -> tuple[str, ...]:
    """The topic folders in ``data/topics/``, sorted by name."""
    folder = paths.DATA / "topics"
    return tuple(sorted(p.name for p in folder.iterdir() if p.is_dir())) if folder.is_dir() else ()


def topic_file(topic: str, name: str) -> Path:
    """Return ``data/topics/<topic>/<name>``; one sentence when the topic does not exist.

    Raises
    ------
    CodebookError
        When ``topic`` is not a plain folder name or ``data/topics/<topic>/`` is missing; the
        message lists the topics there are.
    """
    known = ", ".join(topics()) or "none"
    if not isinstance(topic, str) or not _TOPIC_NAME.fullmatch(topic):
        raise CodebookError(f"TOPIC {topic!r}: a topic is the name of a folder in data/topics/ "
                            f"(letters, digits, _ and -); the topics are: {known}.")
    folder = paths.DATA / "topics" / topic
    if not folder.is_dir():
        raise CodebookError(f"{shown(folder)}: there is no such topic folder (the topics are: "
                            f"{known}); copy data/topics/starter/ to start one.")
    return folder / name
