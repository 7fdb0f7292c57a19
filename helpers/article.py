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
with ``<!DOCTYPE html`` or ``<html``) is read with BeautifulSoup.  Scripts and styles,
navigation, page headers and footers, sidebars, share buttons, adverts, cookie notices,
newsletter boxes, comments and figure captions are dropped; the story is the ``<article>``
element (else ``<main>``, else the element holding most paragraph text); its ``<h1>`` is the
title.  Every ``<p>`` or list item is a paragraph, and the text then goes through the same
dateline, sign-off and web-furniture steps as a text file.  What the page lost is listed in
``removed`` with the kind ``"html"``, one row per kind of thing:

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
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from helpers import paths
from helpers.paths import DEFAULT_ARTICLE

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


def _metadata_file(path: Path) -> Path:
    """The ``metadata.csv`` next to the article if there is one, else the workbook's."""
    own = path.parent / "metadata.csv"
    return own if own.is_file() else paths.METADATA


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


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
                           re.IGNORECASE)


def _declared_charset(raw: bytes) -> str | None:
    """Return the codec a web page names in ``<meta charset>``, as browsers read it."""
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    try:
        codec = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    if codec in ("iso8859-1", "ascii"):  # browsers read both as Windows-1252
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):  # a page that says so without a BOM is UTF-8
        return "utf-8"
    return codec


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


# --------------------------------------------------------------------------- web pages

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)

# Elements that hold code or media, never prose.
_CODE_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
              "embed", "canvas", "video", "audio", "map")
# Page furniture, known by its tag, its ARIA role, or a word of its class or id.
_FURNITURE_TAGS = {
    "nav": "navigation", "header": "page header", "footer": "page footer", "aside": "sidebar",
    "form": "form", "button": "button", "select": "form", "textarea": "form",
    "dialog": "pop-up", "figure": "figure and caption", "figcaption": "figure and caption",
}
_FURNITURE_ROLES = {
    "navigation": "navigation", "menu": "navigation", "menubar": "navigation",
    "toolbar": "navigation", "banner": "page header", "contentinfo": "page footer",
    "complementary": "sidebar", "search": "form", "dialog": "pop-up", "alertdialog": "pop-up",
}
_FURNITURE_WORDS = {
    **dict.fromkeys(("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
                     "skip"), "navigation"),
    **dict.fromkeys(("header", "masthead"), "page header"),
    **dict.fromkeys(("footer",), "page footer"),
    **dict.fromkeys(("sidebar", "rail"), "sidebar"),
    **dict.fromkeys(("share", "sharing", "social", "sharebar"), "share buttons"),
    **dict.fromkeys(("related", "recommended", "recirculation", "trending", "most-read",
                     "read-more", "more-stories", "outbrain", "taboola"), "related links"),
    **dict.fromkeys(("ad", "ads", "advert", "adverts", "advertisement", "advertising", "promo",
                     "promotion", "sponsor", "sponsored", "dfp"), "advert"),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr"), "cookie notice"),
    **dict.fromkeys(("newsletter", "subscribe", "subscription", "signup", "sign-up",
                     "paywall"), "newsletter sign-up"),
    **dict.fromkeys(("comment", "comments", "disqus"), "comments"),
    **dict.fromkeys(("modal", "popup", "overlay"), "pop-up"),
    **dict.fromkeys(("byline",), "byline"),
    **dict.fromkeys(("tags", "topics"), "tags"),
    **dict.fromkeys(("caption", "credit"), "figure and caption"),
    # Embedded posts: blockquote.twitter-tweet, blockquote.instagram-media, …
    **dict.fromkeys(("twitter-tweet", "twitter-timeline", "twitter-video", "instagram-media",
                     "tiktok-embed", "fb-post", "fb-video", "reddit-embed", "reddit-card",
                     "bluesky-embed", "threads-embed", "text-post-media", "mastodon-embed",
                     "imgur-embed", "embedly-card", "social-embed", "embed-social"),
                    "social media post"),
}
# Never the story, however long: kept out of the "holds most of the story" exception below
# (which is for a story wrapper whose class happens to say "header" or "sidebar").
_NEVER_STORY = ("related links", "social media post")


def _never_story(tag: Tag) -> bool:
    return (tag.name == "aside" or str(tag.get("role") or "").lower() == "complementary"
            or _furniture_reason(tag) in _NEVER_STORY)
# Whole class names that hide text from sighted readers.
_HIDDEN_CLASSES = {"hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                   "screen-reader-only", "offscreen"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
}
# Tags whose class says more than their name ("<aside class="related">" is related links).
_GENERIC_TAGS = ("header", "footer", "aside")
# "Title | Site", "Title - Site": the last separator, with spaces around it.
_TITLE_ENDING = re.compile(r"^(?P<head>.*\S)\s+(?P<sep>[|–—·•-]|::)\s+(?P<tail>\S.*)$")


def _words_of(name: str) -> list[str]:
    """Split a class or id into lower-case words: ``relatedStories`` -> related, stories."""
    words = re.split(r"[^a-z0-9]+", re.sub(r"(?<=[a-z])(?=[A-Z])", "-", name).lower())
    return [w for w in words if w]


def _furniture_reason(tag: Tag) -> str | None:
    """Say what kind of page furniture ``tag`` is, or None when it may hold the story."""
    if tag.name in ("html", "body"):
        return None
    if tag.name in _FURNITURE_TAGS and tag.name not in _GENERIC_TAGS:
        return _FURNITURE_TAGS[tag.name]
    # Whole words of the class and id, so "nav" matches "main-nav" and "navBar" but not
    # "canvas", and "comment" does not match "commentary".
    for name in [*tag.get("class", []), str(tag.get("id") or "")]:
        words = _words_of(name)
        for word in [*words, *(f"{a}-{b}" for a, b in zip(words, words[1:], strict=False))]:
            if word in _FURNITURE_WORDS:
                return _FURNITURE_WORDS[word]
    role = str(tag.get("role") or "").strip().lower()
    if role in _FURNITURE_ROLES:
        return _FURNITURE_ROLES[role]
    return _FURNITURE_TAGS.get(tag.name)


def _is_hidden(tag: Tag) -> bool:
    style = re.sub(r"\s+", "", str(tag.get("style") or "")).lower()
    return (tag.has_attr("hidden") or "display:none" in style or "visibility:hidden" in style
            or any(c.lower() in _HIDDEN_CLASSES for c in tag.get("class", [])))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _preview(tag: Tag, limit: int = 100) -> str:
    text = _flat(tag.get_text(" "))
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _paragraph_chars(tag: Tag) -> int:
    return sum(len(_flat(p.get_text(" "))) for p in tag.find_all("p"))


def _inside(tag: Tag, names: tuple[str, ...], roles: tuple[str, ...]) -> bool:
    return any(a.name in names or str(a.get("role") or "").lower() in roles for a in tag.parents)


def _choose_container(soup: BeautifulSoup) -> tuple[Tag, str]:
    """Return the element that holds the story and how to name it.

    The ``<article>`` (the one with most paragraph text, when a page has teaser cards too),
    else ``<main>``, provided it holds at least half the page's paragraph text; else the
    element whose own paragraphs hold most text; else ``<body>``.
    """
    # Paragraph text of the page outside its asides and related-stories rails: a rail longer
    # than a short story must not make the story's <article> look small.
    page_chars = _paragraph_chars(soup) - sum(
        _paragraph_chars(t) for t in soup.find_all(True)
        if _never_story(t) and not any(_never_story(a) for a in t.parents if a.name))
    articles = [a for a in soup.find_all("article")
                if not _inside(a, ("aside", "nav", "footer"), ("complementary", "navigation"))]
    if articles:
        best = max(articles, key=lambda a: (_paragraph_chars(a), len(a.get_text())))
        if _paragraph_chars(best) * 2 >= page_chars:
            return best, "<article>"
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag) and _paragraph_chars(main) * 2 >= page_chars:
        return main, "<main>"
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for p in soup.find_all("p"):
        n = len(_flat(p.get_text(" ")))
        for weight, holder in ((1.0, p.parent), (0.5, p.parent.parent if p.parent else None)):
            if isinstance(holder, Tag) and holder is not soup:
                scores[id(holder)] = scores.get(id(holder), 0.0) + weight * n
                tags[id(holder)] = holder
    if scores:
        best = tags[max(scores, key=scores.__getitem__)]
        named = (f' id="{best["id"]}"' if best.get("id")
                 else f' class="{" ".join(best["class"])}"' if best.get("class") else "")
        return best, f"<{best.name}{named}>"
    body = soup.find("body")
    return (body, "<body>") if isinstance(body, Tag) else (soup, "page")


def _strip_site_name(title: str, site: str | None) -> str:
    """Drop " | Site name" (or " - Site", " – Section") endings from a ``<title>``.

    An ending goes when it follows a pipe, names the site (``og:site_name``), or is at most
    three capitalised words ("BBC News"); "China rejects talks - report" keeps its ending.
    """
    while True:
        match = _TITLE_ENDING.match(title)
        if not match:
            return title
        tail, words = match["tail"], match["tail"].split()
        names_site = bool(site) and tail.casefold() == site.casefold()
        looks_like_site = match["sep"] == "|" or (len(match["head"].split()) >= 2 and len(words) <= 3
                                                  and all(w[:1].isupper() for w in words))
        if not (names_site or looks_like_site):
            return title
        title = match["head"]


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and _flat(str(tag.get("content") or "")):
            return _flat(str(tag.get("content")))
    return None


def _render(container: Tag) -> str:
    """Lay the container out as text: blank lines between blocks, a line break for ``<br>``."""
    parts: list[str] = []
    stack: list[object] = [container]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            parts.append(node)  # a marker pushed below
        elif isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # comments, doctypes, CDATA
                parts.append(re.sub(r"\s+", " ", str(node)))
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            edge = "\n\n" if node.name in _BLOCK_TAGS else " " if node.name in ("td", "th") else ""
            parts.append(edge)
            stack.append(edge)
            stack.extend(reversed(node.contents))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _summary(reason: str, previews: list[str]) -> Removed:
    """One ``Removed("html", …)`` row: the kind, how many, and what each one said."""
    counts = Counter(previews)
    shown = [p if n == 1 else f"{p} ×{n}" for p, n in counts.items()]
    if len(shown) > 5:
        shown = [*shown[:5], f"and {len(shown) - 5} more"]
    many = f" ({len(previews)})" if len(previews) > 1 else ""
    return Removed("html", f"{reason}{many}: " + " | ".join(shown))


def _read_html(markup: str) -> tuple[str, str | None, bool, list[Removed]] | None:
    """Find the story in a web page.

    Returns the story laid out as text, the title, whether the title was taken out of the
    story (its ``<h1>``), and one ``Removed("html", …)`` row per kind of thing dropped; or
    None when the "page" has no tags at all (it is plain text).
    """
    soup = BeautifulSoup(markup, "html.parser")
    if soup.find() is None:
        return None
    rows: list[Removed] = []

    code: Counter[str] = Counter()
    for tag in soup.find_all(_CODE_TAGS):
        if not tag.decomposed:
            code[tag.name] += 1
            tag.decompose()
    if code:
        rows.append(Removed("html", "code: " + ", ".join(f"{n} <{t}>" for t, n in code.items())))
    hidden_previews = []
    for tag in [t for t in soup.find_all(True) if _is_hidden(t)]:
        if not tag.decomposed:
            if _preview(tag):
                hidden_previews.append(_preview(tag))
            tag.decompose()
    if hidden_previews:
        rows.append(_summary("hidden", hidden_previews))

    site = _meta(soup, "og:site_name")
    head_title = soup.find("title")
    meta_title = _meta(soup, "og:title", "twitter:title")
    page_title = _strip_site_name(_flat(head_title.get_text()), site) if head_title else None
    head = soup.find("head")
    if isinstance(head, Tag):
        head.decompose()

    container, label = _choose_container(soup)
    title, title_taken = None, False
    heading = container.find("h1")
    if isinstance(heading, Tag) and _flat(heading.get_text(" ")):
        title, title_taken = _flat(heading.get_text(" ")), True
        heading.decompose()
    title = title or meta_title or page_title or None

    protected = {id(container), *(id(a) for a in container.parents)}
    story_chars = _paragraph_chars(container)
    dropped: dict[str, list[str]] = {}
    for tag in soup.find_all(True):
        if tag.decomposed or id(tag) in protected:
            continue
        reason = _furniture_reason(tag)
        if reason is None:
            continue
        if (story_chars and not _never_story(tag)
                and any(a is container for a in tag.parents)
                and _paragraph_chars(tag) * 2 > story_chars):
            continue  # holds most of the story: a class like "has-header" is not furniture
        text = _preview(tag)
        if text:  # an empty <form> or icon-only <nav> took no words with it
            dropped.setdefault(reason, []).append(text)
        tag.decompose()
    rows += [_summary(reason, previews) for reason, previews in dropped.items()]

    if container is not soup:
        outside = [_flat(str(s)) for s in soup.find_all(string=True)
                   if not isinstance(s, PreformattedString)
                   and not any(a is container for a in s.parents)]
        words = " ".join(w for w in outside if w).split()
        if words:
            preview = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
            rows.append(Removed("html", f"outside the {label} ({len(words)} words): {preview}"))
    return _render(container), title, title_taken, rows


# --------------------------------------------------------------------------- the story

def _is_title(block: str) -> bool:
    """A first block that is one short line without sentence punctuation is a title."""
    return ("\n" not in block and len(block.split()) <= 30
            and not re.search(r"[.!?:;,]$|[.!?]\s+[A-Z]", block) and not _DATELINE.match(block))


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
    is_html = path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(head.decode("latin-1")))
    text, encoding = _decode(raw, shown, _declared_charset(raw) if is_html else None)
    is_html = is_html or bool(_HTML_START.match(text))  # UTF-16 pages are known only now
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
    metadata = read_metadata(_metadata_file(path)).get(article_id, {})
    common = dict(path=path, shown=shown, article_id=article_id, encoding=encoding, metadata=metadata)
    page = _read_html(text) if is_html else None
    if page is None:
        return _assemble(text, **common)
    story, title, title_removed, page_removed = page
    return _assemble(story.replace("\u00a0", " "), **common, source_format="html", title=title,
                     title_removed=title_removed, page_removed=tuple(page_removed))


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
