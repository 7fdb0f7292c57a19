"""helpers.display: hostile article text stays text in every HTML the notebooks show."""

from pathlib import Path

import pandas as pd

from helpers import actors, display, text, voices
from helpers.article import Article

HOSTILE = 'Beijing said the <svg/onload=alert(1)>balloon was "<img src=x onerror=alert(2)>" civilian.'


def hostile_article():
    return Article(id="hostile", path=Path("hostile.txt"), title="<script>alert(3)</script>",
                   dateline=None, paragraphs=(HOSTILE,), removed=(), encoding="utf-8")


def test_the_kwic_table_escapes_article_text():
    toks = text.tokens(text.sentences(hostile_article()))
    page = display.style_kwic(display.terms.kwic(toks, "balloon")).to_html()
    assert "<svg" not in page and "&lt;svg/onload=alert(1)&gt;" in page


def test_the_kwic_explorer_escapes_article_text():
    toks = text.tokens(text.sentences(hostile_article()))
    box = display.kwic_explorer(toks, term="balloon")
    shown = box.children[2].outputs[1]["data"]["text/html"]
    assert "<svg" not in shown and "&lt;svg" in shown


def test_the_annotated_article_and_the_voice_explorer_escape_article_text():
    art = hostile_article()
    found = actors.mentions(text.sentences(art))
    for page in (display.annotated_html(art, found), display.annotated_html(art, found,
                                                                             standalone=False)):
        assert "<svg" not in page and "<img" not in page and "<script>" not in page
        assert "&lt;svg/onload=alert(1)&gt;" in page
    box = display.voice_explorer(voices.voices(text.sentences(art)))
    shown = box.children[1].outputs[1]["data"]["text/html"]
    assert "<svg" not in shown and "&lt;svg/onload=alert(1)&gt;" in shown


def test_ids_phrase_names_ids_the_way_a_sentence_does():
    assert display.ids_phrase([4], "sentence") == "sentence 4"
    assert display.ids_phrase([1, 4, 7], "sentence") == "sentences 1, 4 and 7"
    assert display.ids_phrase(range(1, 14), "paragraph") == (
        "paragraphs 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more")
    assert display.ids_phrase(pd.Series([2, 3])) == "2 and 3"
    assert display.ids_phrase([], "sentence") == "no sentences"
