"""Load a news article, or a folder of them: title, dateline, paragraphs, and what was removed.

A raw article file is what a reader copied or saved from a news site.  As plain text it is a
title line, a dateline ("Beijing, Feb 9 (EFE).-") glued to the first paragraph, the agency's
sign-off ("EFE") at the end, and web furniture ("Related Articles", "Back to top button").
``load_article`` separates the story from all of that, keeps what it removed so you can check
it, and never writes to the file it reads.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> art = load_article(DEFAULT_ARTICLE)
>>> art.dateline.place, art.dateline.date, art.dateline.agency
('Beijing', 'Feb 9', 'EFE')
>>> len(art.paragraphs)
13
>>> [r.kind for r in art.removed]
['title', 'dateline', 'sign-off', 'web furniture', 'web furniture']

Text files may be UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1252 (read with
an :class:`ArticleWarning`, since its curly quotes may need a check), with any line ends.

**Web pages.**  A page saved from a browser (``.html`` or ``.htm``, or a ``.txt`` that starts
with ``<!DOCTYPE html`` or ``<html``) is read by :mod:`helpers.webpage`, which drops scripts,
navigation, sidebars, adverts and the like and keeps the ``<article>`` (else ``<main>``, else
the element holding most paragraph text); its ``<h1>`` is the title.  The text then goes
through the same dateline, sign-off and web-furniture steps as a text file.  What the page
lost is listed in ``removed`` with the kind ``"html"``, one row per kind of thing:

>>> from helpers import paths
>>> page = load_article(paths.ROOT / "tests" / "fixtures" / "news_page.html")
>>> page.title
'China rejects US call for defence talks after balloon row'
>>> page.dateline.text, len(page.paragraphs)
('BEIJING, Feb. 9 (Reuters) -', 3)
>>> [r.text.split(":")[0] for r in page.removed if r.kind == "html"][:4]
['code', 'navigation', 'page header (2)', 'cookie notice']

**Many articles.**  ``load_corpus(folder)`` loads every ``.txt``, ``.html`` and ``.htm`` file
of a folder, in name order; each article's id is its file name without the suffix.  A file
that cannot be loaded does not stop the rest: it is listed in ``corpus.errors`` and one warning
gives the count.  :func:`helpers.text.sentences` takes the corpus and returns one table with
``article_id`` in every row, which every later stage accepts.

>>> from helpers.article import load_corpus
>>> corpus = load_corpus(paths.ARTICLES)
>>> corpus.ids, corpus.errors
(['efe-2023-02-09-china-rejects-defense-talks'], ())

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
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from helpers import codebooks, paths
from helpers.paths import DEFAULT_ARTICLE
from helpers.webpage import HTML_SUFFIXES, declared_charset, read_page, starts_like_html

__all__ = [
    "read_raw",
    "ARTICLE_SUFFIXES",
    "Article",
    "ArticleError",
    "ArticleWarning",
    "Corpus",
    "Dateline",
    "LoadProblem",
    "Removed",
    "DEFAULT_ARTICLE",
    "load_article",
    "load_corpus",
    "read_metadata",
]


class ArticleError(ValueError):
    """An article file that cannot be analysed; the message names the file and the problem.

    ``path`` and ``reason`` hold the two halves of the message (the file as shown, and what is
    wrong with it) when the loader raised the error.
    """

    def __init__(self, message: str, *, path: str | None = None, reason: str | None = None):
        super().__init__(message)
        self.path = path
        self.reason = reason


class ArticleWarning(UserWarning):
    """Something about an article file a reader should know, though it could be loaded."""


def _fail(shown: str, reason: str) -> ArticleError:
    return ArticleError(f"Cannot load {shown}: {reason}", path=shown, reason=reason)


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
    (sentences, tokens, mentions) points into it.  ``source_format`` is ``"text"`` or
    ``"html"``.
    """

    id: str
    path: Path
    title: str | None
    dateline: Dateline | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    encoding: str
    metadata: dict[str, str] = field(default_factory=dict)
    source_format: str = "text"

    @cached_property
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

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DAY_MONTH = r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")"   # also "14 Mar"
# "Beijing, Feb 9 (EFE).-", "WASHINGTON, Feb. 9, 2023 (AP) —", "BEIJING (Reuters) -",
# "TAIPEI/BEIJING, Aug 14 (Reuters) -", and a place alone in capitals: "WASHINGTON —",
# "LONG BEACH, California —", "SAN JOSE, Calif. (AP) —".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?:[ /-][A-Z][\w'’.-]*){0,3}(?:,\s+[A-Z][a-z]+\.?)?)"
    r"(?:,\s*(?P<date>" + _DAY_MONTH + r"(?:,?\s+\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][\w./'’ -]{0,24})\)"
    r"\s*[.:]?\s*[-–—]+\s*|"
    r"^(?P<place2>[A-Z][\w'’.-]*(?:[ /-][A-Z][\w'’.-]*){0,3}),\s*(?P<date2>" + _DAY_MONTH
    + r"(?:,?\s+\d{4})?)\s*[-–—]+\s*|"
    r"^(?P<place3>[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3}(?:,\s+[A-Z][\w.]+(?: [A-Z][\w.]+)?)?)"
    r"\s+(?:—|–|--|-)\s+(?=[A-Z“\"])"
)
_BLOCKS = re.compile(r"\n[ \t\f\v]*\n\s*")


def __getattr__(name: str):
    if name == "AGENCIES":  # the constant this was before data/agencies.txt
        return codebooks.wordlist("agencies.txt")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=8)
def _sign_off(agencies: tuple[str, ...]) -> re.Pattern[str]:
    """The agency's name alone after the last sentence ("… on Thursday. EFE"), for the
    names in ``data/agencies.txt``; compiled once per version of the list."""
    names = "|".join(re.escape(a) for a in agencies) or r"(?!)"  # an empty list: no sign-off
    return re.compile(r"(?<=[.!?\"”’)])\s+\(?(?P<agency>" + names + r")\)?\s*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _compiled_furniture(lines: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?:{line})", re.IGNORECASE) for line in lines)


def _furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """The web-furniture lines of ``data/boilerplate.txt``, one regular expression each."""
    return _compiled_furniture(codebooks.wordlist("boilerplate.txt"))


def read_metadata(metadata_path: Path = paths.METADATA) -> dict[str, dict[str, str]]:
    """Return the article metadata file as ``{article_id: {column: value}}``.

    A file without an ``id`` column, or not in UTF-8, is left unused with an
    :class:`ArticleWarning` rather than stopping the article from loading.
    """
    if not Path(metadata_path).exists():
        return {}
    try:
        with open(metadata_path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if "id" not in (reader.fieldnames or []):
                problem = "it has no id column"
            else:
                return {row["id"]: row for row in reader}
    except UnicodeDecodeError:
        problem = "it is not UTF-8 text"
    warnings.warn(f"{metadata_path} was not used as article metadata: {problem}.", ArticleWarning,
                  stacklevel=2)
    return {}


def _metadata_for(path: Path) -> dict[str, dict[str, str]]:
    """The ``metadata.csv`` next to the article if there is one, else the workbook's: the
    shipped ``data/articles/metadata.csv`` and the user's own ``my_metadata.csv`` beside it
    (a shipped row wins over a user's row for the same id)."""
    own = path.parent / "metadata.csv"
    if own.is_file() and own.resolve() != paths.METADATA.resolve():
        return read_metadata(own)
    return {**read_metadata(paths.USER_METADATA), **read_metadata(paths.METADATA)}


# --------------------------------------------------------------------------- bytes to text

# Files people save by mistake, known by their first bytes, and what to call them.
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (such as a Word .doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
)
_ZIP_KINDS = {".docx": "a Word document (.docx)", ".odt": "an OpenDocument text (.odt)",
              ".epub": "an EPUB e-book", ".pages": "a Pages document"}
_MHTML = re.compile(rb"(?:From: [^\r\n]*\r?\n)?(?:[\w-]+: [^\r\n]*\r?\n)*MIME-Version: 1\.0",
                    re.IGNORECASE)


def _not_text(raw: bytes, path: Path) -> str | None:
    """Say what a file is when its first bytes show it is not an article (else None)."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return f"it is {what}, not text (save the article as plain text or HTML)."
    if raw.startswith(b"PK\x03\x04"):
        what = _ZIP_KINDS.get(path.suffix.lower(), "a ZIP archive (a Word .docx file is one)")
        return f"it is {what}, not text (save the article as plain text or HTML)."
    if path.suffix.lower() in (".mht", ".mhtml") or (
            _MHTML.match(raw[:2048]) and b"multipart/related" in raw[:4096].lower()):
        return ("it is a web archive (MHTML), not plain HTML (save the page as "
                "“Webpage, HTML only” instead).")
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """Return "little-endian" or "big-endian" when ``raw`` is UTF-16 text without a BOM.

    Text in a Latin script saved as UTF-16 has a zero in every other byte (the high byte of
    each character), and those bytes decode to text with no NUL in it.
    """
    even, odd = raw[0::2], raw[1::2]
    if len(raw) < 4 or not odd:
        return None
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for zeros, other, codec, name in ((zeros_odd, zeros_even, "utf-16-le", "little-endian"),
                                      (zeros_even, zeros_odd, "utf-16-be", "big-endian")):
        if zeros >= 0.3 and other <= 0.02:
            try:
                text = raw[:len(raw) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                return None
            return name if "\x00" not in text else None
    return None


def _refuse_nul(text: str, shown: str, unit: str = "character") -> None:
    """A NUL is never part of an article: it means a damaged or binary file.

    Such a file is refused rather than cleaned: dropping the NULs silently would analyse a
    text that is not the one in the file, and the NUL would otherwise reach every CSV, the
    annotated HTML and the n-grams.
    """
    at = text.find("\x00")
    if at >= 0:
        raise _fail(shown, f"it holds a NUL ({unit} {at}), which text never does, so the file "
                    "is damaged or not text (save the article again as plain text or HTML).")


# Letters a Western European text in Windows-1252 has only a few of; in a Cyrillic, Greek or
# Chinese file read as Windows-1252 nearly every letter is one of them.
_NON_ASCII_SHARE = 0.3
# What Mac OS Roman's quotes, apostrophes and dashes look like when read as Windows-1252
# ("wouldnÕt", "ÒnoÓ"): a lower-case letter followed by a capital with an accent.
_MAC_IN_1252 = re.compile(r"[a-z][ÀÁÂÃÄÅÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝ]")
_CODEC_NAMES = {"cp1251": "Windows-1251 (Cyrillic)", "koi8_r": "KOI8-R (Cyrillic)",
                "koi8_u": "KOI8-U (Cyrillic)", "mac_cyrillic": "Mac Cyrillic",
                "iso8859_5": "ISO 8859-5 (Cyrillic)", "cp866": "DOS Cyrillic (CP866)",
                "gb18030": "GB18030 (Chinese)", "gb2312": "GB2312 (Chinese)",
                "gbk": "GBK (Chinese)", "big5": "Big5 (Chinese)", "big5hkscs": "Big5 (Chinese)",
                "shift_jis": "Shift JIS (Japanese)", "cp932": "Shift JIS (Japanese)",
                "euc_jp": "EUC-JP (Japanese)", "euc_kr": "EUC-KR (Korean)",
                "cp949": "EUC-KR (Korean)", "cp1253": "Windows-1253 (Greek)",
                "iso8859_7": "ISO 8859-7 (Greek)", "cp1256": "Windows-1256 (Arabic)",
                "cp1255": "Windows-1255 (Hebrew)", "cp1250": "Windows-1250 (Central European)",
                "mac_roman": "Mac OS Roman"}


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c > "\x7f" for c in letters) <= _NON_ASCII_SHARE * max(len(letters), 1)


def _decode_legacy(raw: bytes, shown: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Decode a file that is not UTF-8: Windows-1252 or Mac OS Roman when it reads as a
    Western text, else the encoding charset-normalizer finds (Cyrillic, Chinese, …), each with
    an :class:`ArticleWarning` naming it."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        mac = raw.decode("mac_roman")
        if len(_MAC_IN_1252.findall(mac)) < len(_MAC_IN_1252.findall(text)):
            text, codec = mac, "mac_roman"
        else:
            codec = "cp1252"
    else:
        best = None
        letters = sum(b >= 0x80 or chr(b).isalpha() for b in raw)
        if sum(b >= 0x80 for b in raw) >= _NON_ASCII_SHARE * letters:
            # Mostly non-Latin letters: worth a guess.  A few stray bytes in an English
            # text are not, and charset-normalizer (offline: it ships its own tables) would
            # call them anything.
            from charset_normalizer import from_bytes

            best = from_bytes(raw).best()
        if best is None or best.encoding in ("utf_8", "ascii"):
            raise _fail(shown, f"byte {utf8_error.start} is neither UTF-8 nor Windows-1252 text "
                        "(save the article as UTF-8).")
        text, codec = str(best), best.encoding
    if codec in ("cp1252", "mac_roman"):
        message = (f"{shown} is not UTF-8; it was read as {_CODEC_NAMES.get(codec, 'Windows-1252')}"
                   " text, so check its quotes and accents.")
    else:
        message = (f"{shown} is not UTF-8; it was read as {_CODEC_NAMES.get(codec, codec)} "
                   "text, a guess from its bytes, so check that it reads right (or save it as "
                   "UTF-8).")
    warnings.warn(message, ArticleWarning, stacklevel=4)
    return text, codec


def _decode(raw: bytes, shown: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with a BOM, the charset a web page declares,
    or else a legacy encoding with a warning (see ``_decode_legacy``).  A NUL anywhere, or
    UTF-16 without a BOM, is refused with a sentence saying so."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            text = raw[3:].decode("utf-8")
        except UnicodeDecodeError as err:
            raise _fail(shown, f"it starts like UTF-8 text but byte {err.start + 3} is not "
                        "valid UTF-8.") from None
        _refuse_nul(text, shown)
        return text, "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            try:
                text = raw[2:].decode(name)
            except UnicodeDecodeError:
                raise _fail(shown, "it starts like UTF-16 text but its bytes are not valid "
                            "UTF-16.") from None
            _refuse_nul(text, shown)
            return text, "utf-16"
    if b"\x00" in raw:
        order = _utf16_without_bom(raw)
        if order:
            raise _fail(shown, f"it is UTF-16 text ({order}) without a byte-order mark, which "
                        "cannot be told from binary data for sure (open it in a text editor "
                        "and save it as UTF-8).")
        if b"\x00" in raw[:8192]:
            raise _fail(shown, "it is a binary file, not text (save the article as plain text "
                        "or HTML).")
        _refuse_nul(raw.decode("latin-1"), shown, unit="byte")
    if declared:
        try:
            return raw.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the page's declaration is wrong: read it as an undeclared file
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    return _decode_legacy(raw, shown, utf8_error)


# --------------------------------------------------------------------------- the story

def _is_title(block: str) -> bool:
    """A first block that is one short line without sentence punctuation is a title.

    A full stop inside it ends a sentence unless it ends an initial or an abbreviation
    ("N. Korea", "U.S. Navy", "Sen. Ray": data/abbreviations.txt).
    """
    if "\n" in block or len(block.split()) > 30 or re.search(r"[.!?:;,]$", block) \
            or _DATELINE.match(block):
        return False
    known = {w.lower() for w in codebooks.wordlist("abbreviations.txt")}
    for m in re.finditer(r"(\S+)([.!?])\s+[A-Z]", block):
        word = m.group(1) + m.group(2)
        if m.group(2) == "." and (re.fullmatch(r"(?:[A-Z]\.)*[A-Z]\.", word)
                                  or word.lower() in known):
            continue
        return False
    return True


def _assemble(text: str, *, path: Path, shown: str, article_id: str, encoding: str,
              metadata: dict[str, str], source_format: str = "text", title: str | None = None,
              title_removed: bool = False, page_removed: tuple[Removed, ...] = ()) -> Article:
    """Turn text laid out in blank-line-separated blocks into an Article.

    Text files and web pages both end here: web-furniture lines go, then the title (a text
    file's first short line), the dateline at the start of the first block and the agency's
    sign-off at the end of the last.
    """
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
    if title_removed and title:
        removed.append(Removed("title", title))
    known = title or metadata.get("title")
    if blocks and (blocks[0] == known or (source_format == "text" and title is None
                                          and len(blocks) > 1 and _is_title(blocks[0]))):
        first = blocks.pop(0)
        removed.append(Removed("title", first))
        title = title or first
    title = title or metadata.get("title") or None

    dateline = None
    if blocks:
        match = _DATELINE.match(blocks[0])
        if match:
            place = match["place"] or match["place2"] or match["place3"]
            dateline = Dateline(place=place, date=match["date"] or match["date2"],
                                agency=match["agency"], text=match.group(0).strip())
            blocks[0] = blocks[0][match.end():]
            removed.append(Removed("dateline", dateline.text))

    if blocks:
        match = _sign_off(codebooks.wordlist("agencies.txt")).search(blocks[-1])
        if match and (len(blocks) > 1 or match.start() > 0):
            blocks[-1] = blocks[-1][:match.start()]
            removed.append(Removed("sign-off", match.group(0).strip()))

    # Hard-wrapped text: a single newline inside a paragraph is a space.
    paragraphs = tuple(p for p in (re.sub(r"\s*\n\s*", " ", b).strip() for b in blocks) if p)
    if not paragraphs:
        raise _fail(shown, "no story text is left once the title, dateline and web furniture "
                    "are removed.")
    return Article(id=article_id, path=path, title=title, dateline=dateline,
                   paragraphs=paragraphs, removed=tuple(removed + furniture_removed) + page_removed,
                   encoding=encoding, metadata=metadata, source_format=source_format)


# The class of the annotated article notebook 04 writes (figures/<id>/article_annotated.html).
_ANNOTATED_MARK = b'<div class="actor-annotated">'
_TABLE_SUFFIXES = {".csv": "a CSV table", ".tsv": "a TSV table", ".xlsx": "an Excel workbook",
                   ".json": "a JSON file", ".svg": "an SVG image", ".ipynb": "a notebook"}


def _workbook_output(path: Path) -> str | None:
    """Say why a file the workbook wrote (a table, a chart, anything in ``figures/``) is no
    article, or None."""
    what = _TABLE_SUFFIXES.get(path.suffix.lower())
    if what:
        return f"it is {what}, not an article (save the article as plain text or HTML)."
    root = paths.figures_root().resolve()
    if path.resolve().is_relative_to(root):
        return (f"it is inside {paths.figures_root()}, which holds the workbook's output, not "
                "articles (keep articles in data/articles/ or another folder).")
    return None


def _read_text(path: Path, shown: str) -> tuple[str, str, bool]:
    """Read and decode an article file: (text with \\n line ends, encoding, is it HTML)."""
    if not path.exists():
        raise _fail(shown, "the file does not exist.")
    if path.is_dir():
        raise _fail(shown, "it is a folder, not an article file.")
    output = _workbook_output(path)
    if output:
        raise _fail(shown, output)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise _fail(shown, f"{(err.strerror or 'it cannot be read').lower()}.") from None
    if not raw:
        raise _fail(shown, "the file is empty.")
    what = _not_text(raw, path)
    if what:
        raise _fail(shown, what)
    if _ANNOTATED_MARK in raw[:65536]:
        raise _fail(shown, "it is the workbook's own annotated article (article_annotated.html), "
                    "not an article (load the article file it was made from).")
    head = raw[3:2048] if raw.startswith(codecs.BOM_UTF8) else raw[:2048]
    is_html = path.suffix.lower() in HTML_SUFFIXES or starts_like_html(head.decode("latin-1"))
    text, encoding = _decode(raw, shown, declared_charset(raw) if is_html else None)
    is_html = is_html or starts_like_html(text)  # UTF-16 pages are known only now
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if not text.strip():
        raise _fail(shown, "the file holds only white space, no text.")
    return text, encoding, is_html


def read_raw(path: str | Path) -> str:
    """Return an article file's text exactly as it is, decoded as ``load_article`` decodes it.

    For showing what cleaning changes; line ends are made ``\\n``.  Raises
    :class:`ArticleError` like :func:`load_article` for a file that is not text.
    """
    return _read_text(Path(path), str(path))[0]


def load_article(path: str | Path, article_id: str | None = None) -> Article:
    """Read an article file and separate the story from its title, dateline and furniture.

    Parameters
    ----------
    path
        A plain-text article: UTF-8 (with or without BOM), UTF-16 with a BOM, or
        Windows-1252; any line ends; paragraphs separated by blank lines.  Or a web page
        saved from a browser (``.html``/``.htm``, or text starting ``<!DOCTYPE html``).
    article_id
        The id used for figures and tables; by default the file name without its suffix.

    Returns
    -------
    Article
        Title, dateline, paragraphs and the removed boilerplate; the file is never written.
        Metadata comes from the ``metadata.csv`` beside the file, else the workbook's.

    Raises
    ------
    ArticleError
        For a missing, empty, binary (PDF, image, Word…) or undecodable file, or one with no
        story left once the boilerplate is removed.  The message is one sentence naming the
        file.
    """
    path = Path(path)
    shown = str(path)
    text, encoding, is_html = _read_text(path, shown)
    article_id = article_id or path.stem
    metadata = _metadata_for(path).get(article_id, {})
    common = dict(path=path, shown=shown, article_id=article_id, encoding=encoding, metadata=metadata)
    page = read_page(text) if is_html else None
    if page is None:
        return _assemble(text, **common)
    return _assemble(page.story.replace("\u00a0", " "), **common, source_format="html",
                     title=page.title, title_removed=page.title_taken,
                     page_removed=tuple(Removed("html", row) for row in page.removed))


# --------------------------------------------------------------------------- many articles

#: The files ``load_corpus`` reads; anything else in the folder (metadata.csv, notes) is left.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


class LoadProblem(NamedTuple):
    """A file of a corpus that could not be loaded (or loaded with a warning), and why."""

    path: Path
    message: str


@dataclass(frozen=True)
class Corpus:
    """The articles of one folder, in file-name order, and the files that failed.

    Iterate over it, take ``len()``, or index it by position or by article id.  Pass it to
    :func:`helpers.text.sentences` for one sentence table over every article.
    """

    folder: Path
    articles: tuple[Article, ...]
    errors: tuple[LoadProblem, ...] = ()
    warnings: tuple[LoadProblem, ...] = ()

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __getitem__(self, key: int | str) -> Article:
        if isinstance(key, str):
            for article in self.articles:
                if article.id == key:
                    return article
            raise KeyError(f"No article {key!r} in the corpus from {self.folder}.")
        return self.articles[key]

    @property
    def ids(self) -> list[str]:
        """The article ids, in order."""
        return [a.id for a in self.articles]

    def table(self):
        """Return one row per file: ``file``, ``article_id``, ``loaded``, ``format``,
        ``encoding``, ``title``, ``place``, ``date``, ``agency``, ``paragraphs`` and
        ``problem`` (the error or warning, if any), in file-name order."""
        import pandas as pd

        notes: dict[Path, list[str]] = {}
        for problem in (*self.errors, *self.warnings):
            notes.setdefault(problem.path, []).append(problem.message)
        rows = []
        for a in self.articles:
            d = a.dateline
            rows.append((a.path.name, a.id, True, a.source_format, a.encoding, a.title,
                         d.place if d else None, d.date if d else None, d.agency if d else None,
                         len(a.paragraphs), " ".join(notes.get(a.path, []))))
        for problem in self.errors:
            rows.append((problem.path.name, problem.path.stem, False, None, None, None, None,
                         None, None, 0, problem.message))
        rows.sort(key=lambda r: r[0])
        return pd.DataFrame(rows, columns=["file", "article_id", "loaded", "format", "encoding",
                                           "title", "place", "date", "agency", "paragraphs",
                                           "problem"])


def load_corpus(folder: str | Path, pattern: str = "*") -> Corpus:
    """Load every article file (``.txt``, ``.html``, ``.htm``) of a folder, in name order.

    Parameters
    ----------
    folder
        The folder; a ``metadata.csv`` in it describes its articles (see ``read_metadata``).
    pattern
        A glob pattern choosing files within the folder (``"efe-*"``, ``"**/*.txt"``); only
        files with an article suffix are read, and names starting with ``.`` are skipped.

    Returns
    -------
    Corpus
        ``articles`` (ids are file names without the suffix), ``errors`` (one
        :class:`LoadProblem` per file that could not be loaded) and ``warnings`` (files loaded
        with a warning, such as Windows-1252 text).  A file that fails does not stop the
        rest; one :class:`ArticleWarning` gives the count of failures, one more the count of
        files loaded with warnings.

    Raises
    ------
    ArticleError
        When the folder does not exist, holds no article files, holds two files that would
        have the same id (``a.txt`` and ``a.html``), or none of its files could be loaded.
    """
    folder = Path(folder)
    where = f"Cannot load the corpus in {folder}"
    if not folder.exists():
        raise ArticleError(f"{where}: the folder does not exist.", path=str(folder))
    if not folder.is_dir():
        raise ArticleError(f"{where}: it is a file, not a folder (use load_article for one "
                           "article).", path=str(folder))
    files = sorted((p for p in folder.glob(pattern)
                    if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                    and not p.name.startswith(".")), key=lambda p: p.relative_to(folder).as_posix())
    if not files:
        matching = f" matching {pattern!r}" if pattern != "*" else ""
        raise ArticleError(f"{where}: it holds no .txt, .html or .htm files{matching}.",
                           path=str(folder))
    seen: dict[str, Path] = {}
    for file in files:
        if file.stem in seen:
            first, second = (p.relative_to(folder).as_posix() for p in (seen[file.stem], file))
            raise ArticleError(f"{where}: {first} and {second} would both be article "
                               f"{file.stem!r} (rename one of them).", path=str(folder))
        seen[file.stem] = file

    articles: list[Article] = []
    errors: list[LoadProblem] = []
    noted: list[LoadProblem] = []
    reasons: list[str] = []
    for file in files:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                articles.append(load_article(file))
            except ArticleError as err:
                errors.append(LoadProblem(file, str(err)))
                reasons.append(err.reason or str(err))
        for w in caught:
            if issubclass(w.category, ArticleWarning):
                noted.append(LoadProblem(file, str(w.message)))
            else:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)

    if not articles:
        raise ArticleError(f"{where}: none of its {len(files)} article files could be loaded "
                           f"(the first, {errors[0].path.name}: {reasons[0].rstrip('.')}).",
                           path=str(folder))
    if errors:
        names = ", ".join(e.path.name for e in errors[:5]) + (", …" if len(errors) > 5 else "")
        warnings.warn(f"{len(errors)} of {len(files)} article files in {folder} could not be "
                      f"loaded and were skipped ({names}); corpus.errors says why.",
                      ArticleWarning, stacklevel=2)
    if noted:
        files_noted = len({n.path for n in noted})
        warnings.warn(f"{files_noted} of {len(files)} article files in {folder} were loaded with "
                      "a warning; corpus.warnings lists them.", ArticleWarning, stacklevel=2)
    return Corpus(folder=folder, articles=tuple(articles), errors=tuple(errors),
                  warnings=tuple(noted))
