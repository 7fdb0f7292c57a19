"""load_article: the default article's parts, other layouts, and every kind of bad input."""

import codecs
import doctest
import warnings
from pathlib import Path

import pytest

from helpers import article as article_module
from helpers import webpage
from helpers.article import ArticleError, ArticleWarning, load_article

FIXTURES = Path(__file__).parent / "fixtures"

FIRST = ("China has rejected a proposal from the United States to hold high-level bilateral "
         "talks between the defense ministers of both countries after Washington shot down a "
         "balloon it says was part of a vast surveillance operation orchestrated by Beijing.")
LAST = ("China accused the US of “seriously damaging” relations between both countries after "
        "shooting down the rogue device.")


def test_default_article_parts(default_article):
    art = default_article
    assert art.id == "efe-2023-02-09-china-rejects-defense-talks"
    assert art.title == "China refuses high-level talks with US after spy balloon incident"
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("Beijing", "Feb 9", "EFE")
    assert art.dateline.text == "Beijing, Feb 9 (EFE).-"
    assert len(art.paragraphs) == 13
    assert art.paragraphs[0] == FIRST
    assert art.paragraphs[-1] == LAST
    assert [(r.kind, r.text) for r in art.removed] == [
        ("title", "China refuses high-level talks with US after spy balloon incident"),
        ("dateline", "Beijing, Feb 9 (EFE).-"),
        ("sign-off", "EFE"),
        ("web furniture", "Related Articles"),
        ("web furniture", "Back to top button"),
    ]
    assert art.metadata["published"] == "2023-02-09"
    assert art.encoding == "utf-8"
    assert "Related" not in art.body and "EFE" not in art.body
    assert art.body.count("\n\n") == 12


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


STORY = ("Talks stall\n\nWASHINGTON, Feb. 9, 2023 (AP) — The talks stalled. Officials left.\n\n"
         "No date was set. AP\n")


@pytest.mark.parametrize("encoded, encoding", [
    (STORY.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
    (STORY.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + STORY.replace("\n", "\r\n").encode("utf-16-be"), "utf-16"),
])
def test_encodings_and_line_ends_give_the_same_article(tmp_path, encoded, encoding):
    art = load_article(write(tmp_path, "story.txt", encoded))
    assert art.id == "story"
    assert art.encoding == encoding
    assert art.title == "Talks stall"
    assert art.dateline.place == "WASHINGTON"
    assert art.dateline.date == "Feb. 9, 2023"
    assert art.dateline.agency == "AP"
    assert art.paragraphs == ("The talks stalled. Officials left.", "No date was set.")
    assert [r.kind for r in art.removed] == ["title", "dateline", "sign-off"]


def test_windows_1252_is_read_with_a_warning(tmp_path):
    path = write(tmp_path, "cp.txt", "China’s reply “no”.".encode("cp1252"))
    with pytest.warns(ArticleWarning, match="read as Windows-1252"):
        art = load_article(path)
    assert art.paragraphs == ("China’s reply “no”.",)


def test_reuters_dateline_and_one_paragraph_paste(tmp_path):
    art = load_article(write(tmp_path, "r.txt", b"BEIJING (Reuters) - China said no on Thursday."))
    assert art.title is None
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == ("BEIJING", None, "Reuters")
    assert art.paragraphs == ("China said no on Thursday.",)


def test_hard_wrapped_paragraphs_are_joined(tmp_path):
    art = load_article(write(tmp_path, "w.txt", b"China said\nno on Thursday.\n\nThe US\nwaited."))
    assert art.paragraphs == ("China said no on Thursday.", "The US waited.")


def test_sign_off_needs_sentence_end_before_it(tmp_path):
    # "AP" here is a word of the sentence, not a sign-off.
    art = load_article(write(tmp_path, "s.txt", b"It was read. AFP\n\nThe story ran on the AP"))
    assert art.paragraphs == ("It was read. AFP", "The story ran on the AP")
    assert art.removed == ()


def test_an_agency_added_to_agencies_txt_is_a_sign_off_at_the_next_call(tmp_path, data_copy):
    path = write(tmp_path, "a.txt", b"China said no on Thursday.\n\nThe US waited. Anadolu\n")
    assert load_article(path).paragraphs[-1] == "The US waited. Anadolu"
    with open(data_copy / "agencies.txt", "a", encoding="utf-8") as handle:
        handle.write("Anadolu\n")
    art = load_article(path)
    assert art.paragraphs[-1] == "The US waited."
    assert [(r.kind, r.text) for r in art.removed] == [("sign-off", "Anadolu")]
    assert "Anadolu" in article_module.AGENCIES  # the old constant's name still answers


def test_an_agency_name_is_not_a_regular_expression(tmp_path, data_copy):
    (data_copy / "agencies.txt").write_text("A.P.\n", encoding="utf-8")
    path = write(tmp_path, "a.txt", b"China said no.\n\nThe US waited. A.P.\n")
    assert load_article(path).paragraphs[-1] == "The US waited."
    # "A.P." is those four characters, not "A, any character, P, any character".
    path = write(tmp_path, "b.txt", b"China said no.\n\nThe US waited. AXPY\n")
    assert load_article(path).paragraphs[-1] == "The US waited. AXPY"


def test_a_line_added_to_boilerplate_txt_is_web_furniture_at_the_next_call(tmp_path, data_copy):
    path = write(tmp_path, "f.txt", b"China said no on Thursday.\n\nListen to this story\n")
    assert load_article(path).paragraphs[-1] == "Listen to this story"
    with open(data_copy / "boilerplate.txt", "a", encoding="utf-8") as handle:
        handle.write("listen to this (story|article)\n")
    art = load_article(path)
    assert art.paragraphs == ("China said no on Thursday.",)
    assert ("web furniture", "Listen to this story") in [(r.kind, r.text) for r in art.removed]


def test_the_word_lists_are_compiled_once_per_version():
    agencies = article_module.codebooks.wordlist("agencies.txt")
    assert article_module._sign_off(agencies) is article_module._sign_off(agencies)
    assert article_module._furniture_patterns() is article_module._furniture_patterns()


def test_web_page_reader_is_its_own_module_and_still_reachable_from_article():
    assert article_module.HTML_SUFFIXES is webpage.HTML_SUFFIXES
    assert webpage.read_page("plain text, no tags") is None
    assert webpage.starts_like_html("<!-- saved -->\n<!DOCTYPE html><html>")
    assert webpage.declared_charset(b'<meta charset="iso-8859-1">') == "cp1252"
    results = doctest.testmod(webpage, optionflags=doctest.ELLIPSIS)
    assert results.attempted >= 5 and results.failed == 0


def test_raw_file_is_not_written(tmp_path):
    path = write(tmp_path, "story.txt", STORY.encode("utf-8"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_article(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "the file is empty."),
    ("blank.txt", b"  \n\t\r\n  ", "the file holds only white space, no text."),
    ("data.txt", b"\x00\x01\x02\x03 China said no.",
     "it is a binary file, not text (save the article as plain text or HTML)."),
    ("bad.txt", b"China said \x81\x8d no.",
     "byte 11 is neither UTF-8 nor Windows-1252 text (save the article as UTF-8)."),
    ("furniture.txt", b"Related Articles\n\nBack to top button\n",
     "no story text is left once the title, dateline and web furniture are removed."),
    # Files people save by mistake, named by their first bytes (a PDF need not hold a NUL).
    ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
     "it is a PDF file, not text (save the article as plain text or HTML)."),
    ("story.txt", b"%PDF-1.4\n1 0 obj << /Length 44 >> stream\nBT (China said no) Tj ET\n",
     "it is a PDF file, not text (save the article as plain text or HTML)."),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     "it is a PNG image, not text (save the article as plain text or HTML)."),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
     "it is a JPEG image, not text (save the article as plain text or HTML)."),
    ("anim.gif", b"GIF89a\x01\x00\x01\x00",
     "it is a GIF image, not text (save the article as plain text or HTML)."),
    ("story.docx", b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml",
     "it is a Word document (.docx), not text (save the article as plain text or HTML)."),
    ("story.txt", b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml",
     "it is a ZIP archive (a Word .docx file is one), not text (save the article as plain text "
     "or HTML)."),
    ("story.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
     "it is an old Microsoft Office file (such as a Word .doc), not text (save the article as "
     "plain text or HTML)."),
    ("story.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} China said no.}",
     "it is an RTF document, not text (save the article as plain text or HTML)."),
    ("story.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
     "it is a gzip-compressed file, not text (save the article as plain text or HTML)."),
    ("page.mhtml", b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.com/\r\n"
     b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n",
     "it is a web archive (MHTML), not plain HTML (save the page as \u201cWebpage, HTML only\u201d "
     "instead)."),
    # Web pages: empty, blank, and a page with nothing but furniture.
    ("empty.html", b"", "the file is empty."),
    ("blank.html", b"\r\n  \r\n", "the file holds only white space, no text."),
    ("menu.html", b"<!DOCTYPE html><html><head><title>Home | Example News</title>"
     b"<script>track()</script><style>p{}</style></head><body><nav><a href='/'>Home</a> "
     b"<a href='/world'>World</a></nav><div class='cookie-banner'><p>We use cookies.</p></div>"
     b"<footer><p>&copy; 2023 Example News</p></footer></body></html>",
     "no story text is left once the title, dateline and web furniture are removed."),
])
def test_bad_input_gives_one_clear_sentence(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert str(caught.value) == f"Cannot load {path}: {message}"
    # No chained traceback from deep inside a library: the one sentence is the whole story.
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match=r"^Cannot load .*nothing\.txt: the file does not exist\.$"):
        load_article(tmp_path / "nothing.txt")
    with pytest.raises(ArticleError, match=r"it is a folder, not an article file\.$"):
        load_article(tmp_path)


def test_one_paragraph_paste_without_dateline_or_title(tmp_path):
    art = load_article(write(tmp_path, "paste.txt",
                             "China’s envoy said no, and the US said it would wait.\n".encode()))
    assert (art.id, art.title, art.dateline, art.encoding) == ("paste", None, None, "utf-8")
    assert art.paragraphs == ("China’s envoy said no, and the US said it would wait.",)
    assert art.removed == ()


def test_file_with_a_title_but_no_dateline_or_sign_off(tmp_path):
    art = load_article(write(tmp_path, "plain.txt",
                             b"Balloon talks stall\r\n\r\nChina said no.\r\n\r\nThe US waited.\r\n"))
    assert art.title == "Balloon talks stall"
    assert art.dateline is None
    assert art.paragraphs == ("China said no.", "The US waited.")
    assert [(r.kind, r.text) for r in art.removed] == [("title", "Balloon talks stall")]


def test_metadata_csv_beside_the_article_is_used(tmp_path):
    write(tmp_path, "metadata.csv", b"id,title,agency,published\nnote,Balloon talks,AP,2023-02-10\n")
    art = load_article(write(tmp_path, "note.txt", b"Balloon talks\n\nChina said no.\n"))
    assert art.title == "Balloon talks"
    assert art.metadata["published"] == "2023-02-10"
    assert art.source_line == "Source: AP, “Balloon talks”, 2023-02-10"


# ----------------------------------------------------------------------------- web pages

PAGE = FIXTURES / "news_page.html"
PAGE_TITLE = "China rejects US call for defence talks after balloon row"
PAGE_PARAGRAPHS = (
    "China turned down a US proposal for a call between the two countries’ defence chiefs, the "
    "Chinese Defence Ministry said on Thursday.",
    "The ministry said Washington had not created “the right atmosphere” for dialogue after it "
    "shot down an unmanned airship. It called the move an overreaction.",
    "The Pentagon said the balloon was one of a fleet used to spy on more than 40 countries.",
)
PAGE_REMOVED = [
    ("title", PAGE_TITLE),
    ("dateline", "BEIJING, Feb. 9 (Reuters) -"),
    ("html", "code: 1 <style>, 3 <script>"),
    ("html", "navigation: Skip to main content"),
    ("html", "page header (2): Reuters World Business Markets | By Staff Reporter February 9, "
             "2023 8:14 AM GMT"),
    ("html", "cookie notice: We use cookies to give you the best experience on our website. "
             "Accept all cookies"),
    ("html", "share buttons: Share on X Email"),
    ("html", "figure and caption: A balloon drifts over the coast. REUTERS/File Photo"),
    ("html", "advert: Advertisement · Scroll to continue"),
    ("html", "related links: Related Articles US tracks second balloon over Latin America "
             "Blinken postpones Beijing trip"),
    ("html", "page footer: © 2023 Reuters. All rights reserved."),
]


def test_saved_web_page_keeps_the_story_and_lists_what_it_dropped():
    art = load_article(PAGE)
    assert (art.id, art.source_format, art.encoding) == ("news_page", "html", "utf-8")
    assert art.title == PAGE_TITLE
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == (
        "BEIJING", "Feb. 9", "Reuters")
    assert art.paragraphs == PAGE_PARAGRAPHS
    assert [(r.kind, r.text) for r in art.removed] == PAGE_REMOVED


def test_web_page_saved_as_txt_is_recognised(tmp_path):
    # Browsers put a "saved from" comment before the doctype; the .txt suffix does not matter.
    saved = b"<!-- saved from url=(0041)https://www.example.com/world/balloon -->\r\n"
    art = load_article(write(tmp_path, "page.txt", saved + PAGE.read_bytes().replace(b"\n", b"\r\n")))
    assert (art.source_format, art.title, art.paragraphs) == ("html", PAGE_TITLE, PAGE_PARAGRAPHS)
    assert [(r.kind, r.text) for r in art.removed] == PAGE_REMOVED


def test_utf16_web_page_is_recognised_after_decoding(tmp_path):
    data = codecs.BOM_UTF16_LE + PAGE.read_text(encoding="utf-8").encode("utf-16-le")
    art = load_article(write(tmp_path, "page.txt", data))
    assert (art.source_format, art.encoding, art.paragraphs) == ("html", "utf-16", PAGE_PARAGRAPHS)


def page(body: str, head: str = "", charset: str = "utf-8") -> bytes:
    return (f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>").encode(charset)


@pytest.mark.parametrize("declaration", [
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
])
def test_web_page_in_its_declared_charset_needs_no_warning(tmp_path, declaration):
    data = page("<article><p>China’s reply was “no”.</p></article>", declaration, "cp1252")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        art = load_article(write(tmp_path, "page.htm", data))
    assert (art.encoding, art.paragraphs) == ("cp1252", ("China’s reply was “no”.",))


def test_web_page_without_a_charset_in_windows_1252_warns(tmp_path):
    path = write(tmp_path, "page.html", page("<p>China’s reply was “no”.</p>", charset="cp1252"))
    with pytest.warns(ArticleWarning, match="read as Windows-1252"):
        art = load_article(path)
    assert (art.encoding, art.paragraphs) == ("cp1252", ("China’s reply was “no”.",))


def test_web_page_without_article_element_uses_the_densest_block(tmp_path):
    body = ("<div class='top'><a href='/'>Example News</a></div>"
            "<div id='story'><p>WASHINGTON (AP) — The Pentagon said the balloon was a spy craft.</p>"
            "<p>China said it was a civilian airship that lost its way.</p></div>"
            "<div class='sidebar'><p>Most read today</p></div>")
    path = write(tmp_path, "ap.html", page(body, "<title>Balloon row deepens - BBC News</title>"))
    art = load_article(path)
    assert art.title == "Balloon row deepens"
    assert (art.dateline.place, art.dateline.agency) == ("WASHINGTON", "AP")
    assert art.paragraphs == ("The Pentagon said the balloon was a spy craft.",
                              "China said it was a civilian airship that lost its way.")
    assert [(r.kind, r.text) for r in art.removed] == [
        ("dateline", "WASHINGTON (AP) —"),
        ("html", "sidebar: Most read today"),
        ("html", 'outside the <div id="story"> (2 words): Example News'),
    ]


def test_main_element_and_class_words_not_substrings(tmp_path):
    # "has-header-image" holds the story: a word of its class is no reason to drop it; and
    # "canvas", "shareholders" and "commentary" are not "nav", "share" and "comment".
    body = ("<main><div class='mainNav'><a href='/'>Home</a></div>"
            "<div class='story-body has-header-image'>"
            "<p>China said no.</p>"
            "<div class='canvas-wrap'><p>Washington waited.</p></div>"
            "<div class='shareholders'><p>Shares fell.</p></div>"
            "<p class='commentary'>Analysts were unsurprised.</p>"
            "<ul class='menu'><li><a href='/'>Sections</a></li></ul>"
            "</div>"
            "<div id='comments'><p>First!</p></div></main>")
    art = load_article(write(tmp_path, "m.html", page(body)))
    assert art.title is None
    assert art.paragraphs == ("China said no.", "Washington waited.", "Shares fell.",
                              "Analysts were unsurprised.")
    assert [(r.kind, r.text) for r in art.removed] == [
        ("html", "navigation (2): Home | Sections"), ("html", "comments: First!")]


@pytest.mark.parametrize("head, h1, title", [
    ("<title>China rejects talks | Reuters</title>", "", "China rejects talks"),
    ("<title>Balloon row | World news | The Guardian</title>", "", "Balloon row"),
    ("<title>China rejects talks – BBC News</title>", "", "China rejects talks"),
    ("<title>China rejects talks - report</title>", "", "China rejects talks - report"),
    ("<title>Balloon | Example News</title>", "", "Balloon"),
    ("<title>US-China talks</title>", "", "US-China talks"),
    ("<title>Talks - Example Daily Morning Edition</title>"
     "<meta property='og:site_name' content='Example Daily Morning Edition'>", "", "Talks"),
    ("<title>Balloon | Site</title><meta property='og:title' content='The balloon story'>", "",
     "The balloon story"),
    ("<title>Balloon | Site</title><meta property='og:title' content='The balloon story'>",
     "<h1>China rejects talks</h1>", "China rejects talks"),
    ("", "", None),
])
def test_web_page_title(tmp_path, head, h1, title):
    art = load_article(write(tmp_path, "t.html", page(f"<article>{h1}<p>China said no.</p></article>",
                                                      head)))
    assert art.title == title
    assert art.paragraphs == ("China said no.",)


def test_line_breaks_lists_and_headings_in_a_web_page(tmp_path):
    body = ("<article><p>China\n   said\tno<br>on Thursday.</p><p>First part.<br><br>Second part.</p>"
            "<h2>What next</h2><ul><li>Talks later.</li><li>No call now.</li></ul>"
            "<p>Related Articles</p></article>")
    art = load_article(write(tmp_path, "b.html", page(body)))
    assert art.paragraphs == ("China said no on Thursday.", "First part.", "Second part.",
                              "What next", "Talks later.", "No call now.")
    assert [(r.kind, r.text) for r in art.removed] == [("web furniture", "Related Articles")]


def test_hidden_text_in_a_web_page_is_dropped(tmp_path):
    body = ("<article><p>China said no.<span class='sr-only'> (opens in a new window)</span></p>"
            "<p style='display: none'>Secret draft.</p><p hidden>Old version.</p>"
            "<p>The US waited.</p></article>")
    art = load_article(write(tmp_path, "h.html", page(body)))
    assert art.paragraphs == ("China said no.", "The US waited.")
    assert [(r.kind, r.text) for r in art.removed] == [
        ("html", "hidden (3): (opens in a new window) | Secret draft. | Old version.")]


def test_html_file_without_tags_is_read_as_text(tmp_path):
    art = load_article(write(tmp_path, "plain.html", b"Talks stall\n\nChina said no &amp; left.\n"))
    assert (art.source_format, art.title) == ("text", "Talks stall")
    assert art.paragraphs == ("China said no &amp; left.",)


def test_module_examples_run():
    results = doctest.testmod(article_module, optionflags=doctest.ELLIPSIS)
    assert results.attempted >= 10 and results.failed == 0


def test_teaser_cards_are_not_taken_for_the_story(tmp_path):
    # The page marks up its "more stories" cards as <article>, but not the story itself.
    body = ("<section class='more'><article><p>Other story.</p></article></section>"
            "<div class='story'><p>China said no on Thursday after the talks.</p>"
            "<p>The US said it would wait for a better moment.</p></div>")
    art = load_article(write(tmp_path, "cards.html", page(body)))
    assert art.paragraphs == ("China said no on Thursday after the talks.",
                              "The US said it would wait for a better moment.")
    assert [(r.kind, r.text) for r in art.removed] == [
        ("html", 'outside the <div class="story"> (2 words): Other story.')]


def test_metadata_csv_without_id_column_is_skipped_with_a_warning(tmp_path):
    meta = write(tmp_path, "metadata.csv", b"file,title\nnote.txt,Balloon talks\n")
    with pytest.warns(ArticleWarning) as caught:
        art = load_article(write(tmp_path, "note.txt", b"China said no.\n"))
    assert [str(w.message) for w in caught] == [
        f"{meta} was not used as article metadata: it has no id column."]
    assert (art.title, art.metadata) == (None, {})


def test_read_raw_decodes_like_load_article(tmp_path):
    from helpers.article import read_raw

    path = tmp_path / "cp.txt"
    path.write_bytes("Title\r\n\r\nChina\x92s reply.\r\n".replace("\x92", "’").encode("cp1252"))
    with pytest.warns(ArticleWarning):
        assert read_raw(path) == "Title\n\nChina’s reply.\n"
    with pytest.raises(ArticleError, match="the file does not exist"):
        read_raw(tmp_path / "missing.txt")


def test_users_own_metadata_file_describes_their_article_and_the_shipped_check_ignores_it(
        tmp_path, monkeypatch):
    import test_repository

    from helpers import paths

    # The README's advice: a row for your own article in data/articles/my_metadata.csv.
    user = tmp_path / "my_metadata.csv"
    user.write_text("id,title,agency,place,published,language,source\n"
                    "my-story,Balloon talks,AP,Washington,2023-02-10,en,my own copy\n"
                    f"{paths.DEFAULT_ARTICLE.stem},Wrong title,XX,,1999-01-01,,\n", encoding="utf-8")
    monkeypatch.setattr(paths, "USER_METADATA", user)
    story = tmp_path / "articles" / "my-story.txt"
    story.parent.mkdir()
    story.write_text("China said no.\n\nThe US said yes.\n", encoding="utf-8")
    art = load_article(story)
    assert (art.metadata["agency"], art.metadata["published"]) == ("AP", "2023-02-10")
    assert art.source_line == "Source: AP, “Balloon talks”, 2023-02-10"
    # A shipped row wins over a user's row for the same article.
    assert load_article(paths.DEFAULT_ARTICLE).metadata["agency"] == "EFE"
    # The shipped-data test checks metadata.csv only: a row without a file or hash is fine.
    test_repository.test_metadata_describes_every_article_with_its_hash()
    assert paths.USER_METADATA != paths.METADATA


def test_the_committed_user_metadata_file_has_the_shipped_columns_and_no_rows():
    from helpers import paths

    lines = paths.USER_METADATA.read_text(encoding="utf-8-sig").splitlines()
    shipped = paths.METADATA.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert lines == [",".join(c for c in shipped if c not in ("file", "sha256"))]


@pytest.mark.parametrize(("first", "place", "date", "agency"), [
    ("WASHINGTON — A Chinese jet flew close.", "WASHINGTON", None, None),
    ("GUANGZHOU -- The province said no.", "GUANGZHOU", None, None),
    ("LONG BEACH, California — The cranes arrived.", "LONG BEACH, California", None, None),
    ("SAN JOSE, Calif. (AP) — The warehouse was empty.", "SAN JOSE, Calif.", None, "AP"),
    ("TAIPEI/BEIJING, Aug 14 (Reuters) - China staged drills.", "TAIPEI/BEIJING", "Aug 14",
     "Reuters"),
    ("BEIJING, April 7 (People's Daily Online) -- Officials spoke.", "BEIJING", "April 7",
     "People's Daily Online"),
    ("Beijing, 14 Mar (EFE).- China warned it would respond.", "Beijing", "14 Mar", "EFE"),
    ("MANILA, 3 June -- The coast guard said no.", "MANILA", "3 June", None),
])
def test_datelines_of_many_house_styles(tmp_path, first, place, date, agency):
    art = load_article(write(tmp_path, "d.txt", first.encode("utf-8")))
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == (place, date, agency)
    assert art.paragraphs[0] == first[len(art.dateline.text):].strip()


def test_a_place_in_ordinary_case_before_a_dash_is_left_in_the_text(tmp_path):
    # "Beijing — China will …" could as well be a sentence; only capitals say "dateline".
    art = load_article(write(tmp_path, "d.txt", "Beijing — China will charge fees.".encode()))
    assert art.dateline is None and art.paragraphs == ("Beijing — China will charge fees.",)
