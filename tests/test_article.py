"""load_article: the default article's parts, other layouts, and every kind of bad input."""

import codecs

import pytest

from helpers.article import ArticleError, ArticleWarning, load_article

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


def test_raw_file_is_not_written(tmp_path):
    path = write(tmp_path, "story.txt", STORY.encode("utf-8"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_article(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "the file is empty."),
    ("blank.txt", b"  \n\t\r\n  ", "the file holds only white space, no text."),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     "it is a binary file, not text (save the article as plain text)."),
    ("bad.txt", b"China said \x81\x8d no.",
     "byte 11 is neither UTF-8 nor Windows-1252 text (save the article as UTF-8)."),
    ("furniture.txt", b"Related Articles\n\nBack to top button\n",
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
