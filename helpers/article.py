"""Load a news article: title, dateline, paragraphs, and the boilerplate that was removed.

A raw article file is what a reader copied from a news site: a title line, a dateline
("Beijing, Feb 9 (EFE).-") glued to the first paragraph, the agency's sign-off ("EFE") at the
end, and web furniture ("Related Articles", "Back to top button").  ``load_article`` separates
the story from all of that, keeps what it removed so you can check it, and never writes to the
file it reads.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> art = load_article(DEFAULT_ARTICLE)
>>> art.dateline.place, art.dateline.date, art.dateline.agency
('Beijing', 'Feb 9', 'EFE')
>>> len(art.paragraphs)
13
>>> [r.kind for r in art.removed]
['title', 'dateline', 'sign-off', 'web furniture', 'web furniture']

Bad input raises :class:`ArticleError`, whose message is one sentence naming the file:

>>> load_article("no/such/file.txt")
Traceback (most recent call last):
...
helpers.article.ArticleError: Cannot load no/such/file.txt: the file does not exist.
"""

from __future__ import annotations

import codecs
import csv
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from helpers import paths
from helpers.paths import DEFAULT_ARTICLE

__all__ = [
    "Article",
    "ArticleError",
    "ArticleWarning",
    "Dateline",
    "Removed",
    "DEFAULT_ARTICLE",
    "load_article",
    "read_metadata",
]


class ArticleError(ValueError):
    """An article file that cannot be analysed; the message names the file and the problem."""


class ArticleWarning(UserWarning):
    """Something about an article file a reader should know, though it could be loaded."""


@dataclass(frozen=True)
class Dateline:
    """The dateline that opens a wire story: where, when (as written) and which agency."""

    place: str
    date: str | None
    agency: str | None
    text: str


@dataclass(frozen=True)
class Removed:
    """One piece of text the loader took out of the story, and why (``kind``)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Article:
    """A loaded article.

    ``body`` is the paragraphs joined by blank lines; every character offset in the workbook
    (sentences, tokens, mentions) points into it.
    """

    id: str
    path: Path
    title: str | None
    dateline: Dateline | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    encoding: str
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """Return the story text: paragraphs separated by one blank line."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def source_line(self) -> str:
        """Return a one-line citation for charts: agency, title and date when known."""
        agency = self.metadata.get("agency") or (self.dateline.agency if self.dateline else None)
        date = self.metadata.get("published") or (self.dateline.date if self.dateline else None)
        parts = [p for p in (agency, f"“{self.title}”" if self.title else self.id, date) if p]
        return "Source: " + ", ".join(parts)


PARAGRAPH_SEPARATOR = "\n\n"

# Agencies whose name may stand alone at the end of a story as its sign-off.
AGENCIES = ("EFE", "AFP", "AP", "Reuters", "Xinhua", "dpa", "ANSA", "Kyodo", "Yonhap", "UPI",
            "IANS", "PTI", "TASS", "Bernama", "Lusa", "AAP", "CNA")

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# "Beijing, Feb 9 (EFE).-", "WASHINGTON, Feb. 9, 2023 (AP) —", "BEIJING (Reuters) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})"
    r"(?:,\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][\w./ -]{0,20})\)"
    r"\s*[.:]?\s*[-–—]+\s*|"
    r"^(?P<place2>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}),\s*(?P<date2>" + _MONTH
    + r"\s+\d{1,2}(?:,?\s+\d{4})?)\s*[-–—]+\s*"
)
_SIGN_OFF = re.compile(
    r"(?<=[.!?\"”’)])\s+\(?(?P<agency>" + "|".join(AGENCIES) + r")\)?\s*$", re.IGNORECASE
)
_BLOCKS = re.compile(r"\n[ \t\f\v]*\n\s*")


def _furniture_patterns() -> list[re.Pattern[str]]:
    lines = (paths.DATA / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
    return [re.compile(rf"(?:{line.strip()})", re.IGNORECASE)
            for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_metadata(metadata_path: Path = paths.METADATA) -> dict[str, dict[str, str]]:
    """Return the article metadata file as ``{article_id: {column: value}}``."""
    if not Path(metadata_path).exists():
        return {}
    with open(metadata_path, encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def _decode(raw: bytes, shown: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252 with a warning."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise ArticleError(f"Cannot load {shown}: it starts like UTF-8 text but byte "
                               f"{err.start + 3} is not valid UTF-8.") from None
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            try:
                return raw[2:].decode(name), "utf-16"
            except UnicodeDecodeError:
                raise ArticleError(f"Cannot load {shown}: it starts like UTF-16 text but "
                                   "its bytes are not valid UTF-16.") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"Cannot load {shown}: it is a binary file, not text "
                           "(save the article as plain text).")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(
            f"Cannot load {shown}: byte {utf8_error.start} is neither UTF-8 nor Windows-1252 "
            "text (save the article as UTF-8)."
        ) from None
    warnings.warn(f"{shown} is not UTF-8; it was read as Windows-1252 text, so check its "
                  "quotes and accents.", ArticleWarning, stacklevel=3)
    return text, "cp1252"


def _is_title(block: str) -> bool:
    """A first block that is one short line without sentence punctuation is a title."""
    return ("\n" not in block and len(block.split()) <= 30
            and not re.search(r"[.!?:;,]$|[.!?]\s+[A-Z]", block) and not _DATELINE.match(block))


def load_article(path: str | Path, article_id: str | None = None) -> Article:
    """Read an article file and separate the story from its title, dateline and furniture.

    Parameters
    ----------
    path
        A plain-text article: UTF-8 (with or without BOM), UTF-16 with a BOM, or
        Windows-1252; any line ends.  Paragraphs are separated by blank lines.
    article_id
        The id used for figures and tables; by default the file name without its suffix.

    Returns
    -------
    Article
        Title, dateline, paragraphs and the removed boilerplate; the file is never written.

    Raises
    ------
    ArticleError
        For a missing, empty, binary or undecodable file, or one with no story left once the
        boilerplate is removed.  The message is one sentence naming the file.
    """
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise ArticleError(f"Cannot load {shown}: the file does not exist.")
    if path.is_dir():
        raise ArticleError(f"Cannot load {shown}: it is a folder, not an article file.")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"Cannot load {shown}: {err.strerror.lower()}.") from None
    if not raw:
        raise ArticleError(f"Cannot load {shown}: the file is empty.")
    text, encoding = _decode(raw, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if not text.strip():
        raise ArticleError(f"Cannot load {shown}: the file holds only white space, no text.")

    article_id = article_id or path.stem
    metadata = read_metadata().get(article_id, {})
    furniture = _furniture_patterns()
    furniture_removed: list[Removed] = []
    blocks: list[str] = []
    for block in _BLOCKS.split(text.strip()):
        kept_lines = []
        for line in block.split("\n"):
            stripped = line.strip()
            if stripped and any(p.fullmatch(stripped) for p in furniture):
                furniture_removed.append(Removed("web furniture", stripped))
            elif stripped:
                kept_lines.append(stripped)
        if kept_lines:
            blocks.append("\n".join(kept_lines))

    removed: list[Removed] = []  # in reading order: title, dateline, sign-off
    title = None
    if blocks and (blocks[0] == metadata.get("title") or (len(blocks) > 1 and _is_title(blocks[0]))):
        title = blocks.pop(0)
        removed.append(Removed("title", title))
    title = title or metadata.get("title") or None

    dateline = None
    if blocks:
        match = _DATELINE.match(blocks[0])
        if match:
            place = match["place"] or match["place2"]
            dateline = Dateline(place=place, date=match["date"] or match["date2"],
                                agency=match["agency"], text=match.group(0).strip())
            blocks[0] = blocks[0][match.end():]
            removed.append(Removed("dateline", dateline.text))

    if blocks:
        match = _SIGN_OFF.search(blocks[-1])
        if match and (len(blocks) > 1 or match.start() > 0):
            blocks[-1] = blocks[-1][:match.start()]
            removed.append(Removed("sign-off", match.group(0).strip()))

    # Hard-wrapped text: a single newline inside a paragraph is a space.
    paragraphs = tuple(p for p in (re.sub(r"\s*\n\s*", " ", b).strip() for b in blocks) if p)
    if not paragraphs:
        raise ArticleError(f"Cannot load {shown}: no story text is left once the title, "
                           "dateline and web furniture are removed.")
    return Article(id=article_id, path=path, title=title, dateline=dateline,
                   paragraphs=paragraphs, removed=tuple(removed + furniture_removed), encoding=encoding,
                   metadata=metadata)
