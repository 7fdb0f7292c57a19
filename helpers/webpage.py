"""Read a web page saved from a browser: find the story, lay it out as text, say what was dropped.

A saved news page is mostly not the story: scripts and styles, navigation, page headers and
footers, sidebars, share buttons, adverts, cookie notices, newsletter boxes, comments,
embedded social posts and figure captions.  :func:`read_page` drops all of that with
BeautifulSoup and keeps the story:

* **The container.**  The story is the ``<article>`` element (the one with most paragraph
  text, when a page has teaser cards too), else ``<main>``, each only when it holds at least
  half the page's paragraph text; else the element whose own paragraphs hold most text.
  Asides, related-stories rails and embedded posts never count as the story, however long.
* **The title.**  The container's ``<h1>``, else ``og:title``, else the ``<title>`` without
  its " | Site name" ending.
* **The text.**  Every block element (a ``<p>``, a heading, a list item, a ``<div>`` …)
  becomes a block, with a blank line between blocks and a line break for ``<br>``;
  :func:`helpers.article.load_article` then takes the dateline, the sign-off and the
  web-furniture lines out of it as it does for a text file.
* **What went.**  One line per kind of thing dropped, with how many and what each one said
  (``article.removed`` shows them with the kind ``"html"``).

>>> from helpers.webpage import read_page
>>> page = read_page('''<html><head><title>Talks refused | Example News</title></head>
... <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
... <article><h1>China refuses talks</h1>
... <p>BEIJING, Feb. 9 (Reuters) - China refused talks on Thursday.</p>
... <aside class="related"><p>Related: Balloon seen over Montana</p></aside>
... <p>The ministry said the US had overreacted.</p></article>
... <footer>© Example News</footer></body></html>''')
>>> page.title
'China refuses talks'
>>> print(page.story)
BEIJING, Feb. 9 (Reuters) - China refused talks on Thursday.
<BLANKLINE>
The ministry said the US had overreacted.
>>> for line in page.removed:
...     print(line)
navigation: Home World
related links: Related: Balloon seen over Montana
page footer: © Example News

:func:`starts_like_html` and :func:`declared_charset` tell the loader that a file is a page and
which encoding its ``<meta charset>`` names.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from typing import NamedTuple

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

__all__ = ["HTML_SUFFIXES", "Page", "declared_charset", "read_page", "starts_like_html"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)

class Page(NamedTuple):
    """The story :func:`read_page` found in a web page."""

    story: str  #: the story's blocks, separated by blank lines
    title: str | None
    title_taken: bool  #: the title was the story's ``<h1>``, now taken out of ``story``
    removed: tuple[str, ...]  #: one line per kind of thing dropped ("navigation (2): Home | …")


def starts_like_html(text: str) -> bool:
    """Whether ``text`` opens like a web page (``<!DOCTYPE html``, ``<html``, after comments
    or an XML declaration)."""
    return bool(_HTML_START.match(text))


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
                           re.IGNORECASE)


def declared_charset(raw: bytes) -> str | None:
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


def _summary(reason: str, previews: list[str]) -> str:
    """One row of ``Page.removed``: the kind, how many, and what each one said."""
    counts = Counter(previews)
    shown = [p if n == 1 else f"{p} ×{n}" for p, n in counts.items()]
    if len(shown) > 5:
        shown = [*shown[:5], f"and {len(shown) - 5} more"]
    many = f" ({len(previews)})" if len(previews) > 1 else ""
    return f"{reason}{many}: " + " | ".join(shown)


def read_page(markup: str) -> Page | None:
    """Find the story in a web page.

    Returns a :class:`Page`: the story laid out as text, the title, whether the title was taken
    out of the story (its ``<h1>``), and one line per kind of thing dropped; or None when the
    "page" has no tags at all (it is plain text).
    """
    soup = BeautifulSoup(markup, "html.parser")
    if soup.find() is None:
        return None
    rows: list[str] = []

    code: Counter[str] = Counter()
    for tag in soup.find_all(_CODE_TAGS):
        if not tag.decomposed:
            code[tag.name] += 1
            tag.decompose()
    if code:
        rows.append("code: " + ", ".join(f"{n} <{t}>" for t, n in code.items()))
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
            rows.append(f"outside the {label} ({len(words)} words): {preview}")
    return Page(_render(container), title, title_taken, tuple(rows))
