"""Hostile or surprising article files (issue 12, item 8): each loads right or gets one sentence.

NUL bytes anywhere, UTF-16 without a BOM, single-byte and CJK encodings, related-stories rails
and embedded social posts in saved pages, and the workbook's own output given as an article.
"""

import hashlib
import shutil
import warnings

import pytest

from helpers import paths, runner
from helpers.article import DEFAULT_ARTICLE, ArticleError, ArticleWarning, load_article

STORY = ("Beijing, Feb 9 (EFE).- China rejected a US call for talks, the ministry said.\n\n"
         "The balloon was shot down on Saturday.\n")


def write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def refused(path) -> str:
    """The sentence load_article raises for ``path``; the file's bytes must not change."""
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    message = str(caught.value)
    assert message.startswith(f"Cannot load {path}: ") and "\n" not in message
    return message.removeprefix(f"Cannot load {path}: ")


def loaded_with_warning(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(path)
    assert [w.category for w in caught] == [ArticleWarning]
    return article, str(caught[0].message)


# --------------------------------------------------------------------------- NUL bytes

NUL_SENTENCE = ("it holds a NUL ({unit} {at}), which text never does, so the file is damaged or "
                "not text (save the article again as plain text or HTML).")


def test_a_nul_byte_after_the_first_8_kb_is_refused(tmp_path):
    body = ("China said no. " * 700).encode()  # 10,500 bytes
    path = write(tmp_path, "late-nul.txt", body + b"\x00" + b" The end.")
    assert refused(path) == NUL_SENTENCE.format(unit="byte", at=len(body))


def test_a_nul_in_a_utf8_file_with_a_bom_is_refused(tmp_path):
    path = write(tmp_path, "bom-nul.txt", b"\xef\xbb\xbfChina said\x00 no.")
    assert refused(path) == NUL_SENTENCE.format(unit="character", at=10)


def test_a_nul_in_a_utf16_file_with_a_bom_is_refused(tmp_path):
    path = write(tmp_path, "u16-nul.txt", b"\xff\xfe" + "China\x00 said no.".encode("utf-16-le"))
    assert refused(path) == NUL_SENTENCE.format(unit="character", at=5)


def test_a_nul_in_the_first_8_kb_is_still_a_binary_file(tmp_path):
    path = write(tmp_path, "early.txt", b"China said no.\x00\x01\x02 " * 3)
    assert refused(path) == ("it is a binary file, not text (save the article as plain text "
                             "or HTML).")


# --------------------------------------------------------------------------- UTF-16, no BOM

@pytest.mark.parametrize("codec, order", [("utf-16-le", "little-endian"),
                                          ("utf-16-be", "big-endian")])
def test_utf16_without_a_bom_is_named_with_how_to_save_it(codec, order, tmp_path):
    path = write(tmp_path, "u16.txt", STORY.encode(codec))
    assert refused(path) == (f"it is UTF-16 text ({order}) without a byte-order mark, which "
                             "cannot be told from binary data for sure (open it in a text editor "
                             "and save it as UTF-8).")


# --------------------------------------------------------------------------- encodings

RUSSIAN = ("Китай отказался от переговоров с США после инцидента с аэростатом.\n\n"
           "Министерство обороны заявило, что \"США ответственны\".\n")
CHINESE = ("中国拒绝在气球事件后与美国举行防务会谈。\n\n国防部发言人表示，美方应承担责任。"
           "中方对美方使用武力表示强烈不满。\n")
TRADITIONAL = ("中國拒絕在氣球事件後與美國舉行防務會談。\n\n國防部發言人表示，美方應承擔責任。"
               "中方對美方使用武力表示強烈不滿。\n")
ENGLISH = ("Beijing, Feb 9 (EFE).- China said it wouldn’t hold talks. “The US is to blame,” "
           "the ministry said — in a statement.\n\nThe balloon was shot down.\n")


@pytest.mark.parametrize("text, codec, name", [
    (RUSSIAN, "cp1251", "Windows-1251 (Cyrillic)"),
    (RUSSIAN, "koi8_r", "KOI8-R (Cyrillic)"),
    (CHINESE, "gb18030", "GB18030 (Chinese)"),
    (TRADITIONAL, "big5", "Big5 (Chinese)"),
])
def test_a_non_latin_file_is_decoded_right_with_a_warning_naming_its_encoding(text, codec, name,
                                                                             tmp_path):
    path = write(tmp_path, f"{codec}.txt", text.encode(codec))
    article, message = loaded_with_warning(path)
    assert article.encoding == codec
    # The first short line may be taken as the title; every character is decoded right.
    assert "\n\n".join(filter(None, (article.title, article.body))) == text.strip()
    assert message == (f"{path} is not UTF-8; it was read as {name} text, a guess from its "
                       "bytes, so check that it reads right (or save it as UTF-8).")


def test_mac_roman_is_told_from_windows_1252(tmp_path):
    path = write(tmp_path, "mac.txt", ENGLISH.encode("mac_roman"))
    article, message = loaded_with_warning(path)
    assert article.encoding == "mac_roman"
    assert article.paragraphs[0] == ("China said it wouldn’t hold talks. “The US is to blame,” "
                                     "the ministry said — in a statement.")
    assert message == (f"{path} is not UTF-8; it was read as Mac OS Roman text, so check its "
                       "quotes and accents.")


@pytest.mark.parametrize("text", [ENGLISH, "Título\n\nEl Ministerio de Defensa chino rechazó "
                                  "la propuesta de diálogo, según informó el portavoz.\n"])
def test_windows_1252_still_reads_as_windows_1252(text, tmp_path):
    path = write(tmp_path, "w.txt", text.encode("cp1252"))
    article, message = loaded_with_warning(path)
    assert article.encoding == "cp1252" and article.body.endswith(text.strip()[-30:])
    assert message == (f"{path} is not UTF-8; it was read as Windows-1252 text, so check its "
                       "quotes and accents.")


# --------------------------------------------------------------------------- web pages

RAIL = "".join(f"<p>Related story {i}: something else entirely happened somewhere, with many "
               "more words than the short story itself has in it.</p>" for i in range(8))
PAGE = """<!DOCTYPE html><html><head><title>China rejects talks | Site</title></head><body>
<main>
<article><h1>China rejects talks</h1>
<p>BEIJING (Reuters) - China rejected a US call for defence talks, the ministry said.</p>
<blockquote class="twitter-tweet"><p lang="en">Breaking: China says no. pic.twitter.com/x</p>
&mdash; Someone (@someone) February 9, 2023</blockquote>
<blockquote class="instagram-media" data-instgrm-permalink="x"><p>A photo of the balloon.</p>
</blockquote>
<blockquote class="tiktok-embed"><section><p>Balloon video #balloon</p></section></blockquote>
<p>The balloon was shot down off South Carolina, the Pentagon said.</p>
</article>
{rail}
</main></body></html>"""


@pytest.mark.parametrize("rail", [
    f'<div class="related-stories"><h2>More news</h2>{RAIL}</div>',
    f"<aside>{RAIL}</aside>",
    f'<section class="recommended">{RAIL}</section>',
], ids=["related-div", "aside", "recommended"])
def test_a_long_rail_and_embedded_posts_are_not_story_text(rail, tmp_path):
    path = write(tmp_path, "page.html", PAGE.replace("{rail}", rail).encode())
    article = load_article(path)
    assert article.paragraphs == (
        "China rejected a US call for defence talks, the ministry said.",
        "The balloon was shot down off South Carolina, the Pentagon said.")
    removed = [r.text for r in article.removed if r.kind == "html"]
    assert any(r.startswith("social media post (3): Breaking: China says no.") for r in removed)


# --------------------------------------------------------------------------- workbook output

def test_a_file_inside_figures_is_refused(tmp_path, private_figures):
    folder = private_figures / "story"
    folder.mkdir(parents=True)
    path = write(folder, "story.txt", STORY.encode())
    assert refused(path) == (f"it is inside {private_figures}, which holds the workbook's output, "
                             "not articles (keep articles in data/articles/ or another folder).")


@pytest.mark.parametrize("name, what", [("sentences.csv", "a CSV table"),
                                        ("kwic.tsv", "a TSV table"),
                                        ("frames.svg", "an SVG image")])
def test_a_table_or_chart_is_refused(name, what, tmp_path):
    path = write(tmp_path, name, b"sentence_id,text\n1,China said no.\n")
    assert refused(path) == f"it is {what}, not an article (save the article as plain text or HTML)."


def test_the_annotated_article_is_refused_even_when_copied_elsewhere(tmp_path):
    committed = (paths.ROOT / "figures" / DEFAULT_ARTICLE.stem / "article_annotated.html")
    path = tmp_path / "copy.html"
    shutil.copyfile(committed, path)
    assert refused(path) == ("it is the workbook's own annotated article "
                             "(article_annotated.html), not an article (load the article file it "
                             "was made from).")


def test_the_runner_stops_on_a_figures_csv_with_one_sentence(tmp_path, capsys, private_figures,
                                                            monkeypatch):
    monkeypatch.setattr(runner, "execute", lambda *a, **k: pytest.fail("a notebook ran"))
    path = write(tmp_path, "sentences.csv", b"sentence_id,text\n1,China said no.\n")
    assert runner.main(["--article", str(path)]) == 2
    assert capsys.readouterr().err == (f"Cannot load {path}: it is a CSV table, not an article "
                                       "(save the article as plain text or HTML).\n")
    assert not private_figures.exists()
