"""Articles that lack what a chart needs, and one far too long for a bar per paragraph.

Each article runs through the runner `make run` uses, into a private figures folder.  Every
one must run every notebook to the end and write the same complete set of files as the
default article; a chart with nothing to show must say so in its own space, with its axes
hidden, instead of failing or drawing an empty frame.

What a chart says is read from its SVG, where every text is a ``<text>`` element
(``svg.fonttype = none``), and an Axes whose axis was switched off has no ``matplotlib.axis``
group.

The small articles are in ``tests/fixtures/edge/``; the long one (about 5 MB, 800,000 words,
21,000 paragraphs) is built in the test from the default article's sentences, with a fixed
seed.  Its run takes about three minutes.  Whole runs other than ``no_actors`` are marked
``slow``: ``make test`` skips them, ``make test-slow`` and CI run them.  The last tests check
each long-article switch (histogram, groups of paragraphs, no shading, capped tables) on its
own, in a fraction of a second.
"""

import json
import random
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import actors, charts, display, paths, terms, text, voices
from helpers.article import DEFAULT_ARTICLE, Article, load_article

EDGE = paths.ROOT / "tests" / "fixtures" / "edge"
NEEDS_BOTH = "Keyness needs text from both China and United States"


def svg_texts(path):
    """Every text string the chart draws, in drawing order."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(path.read_text(encoding="utf-8"))
    return ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]


def has_axes(path):
    """Whether the chart draws an x or y axis (an empty-state chart hides them)."""
    return "matplotlib.axis_" in path.read_text(encoding="utf-8")


def printed(article_id, notebook):
    """Everything the executed notebook printed or displayed as text or HTML."""
    executed = paths.ROOT / "build" / "notebooks" / article_id / notebook
    cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    pieces = []
    for cell in cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", "".join(cell["source"])
            pieces.append("".join(out.get("text", "")))
            for kind in ("text/plain", "text/html"):
                pieces.append("".join(out.get("data", {}).get(kind, "")))
    return "\n".join(pieces)


def source_line(path):
    return load_article(path).source_line


def test_no_actors(run_on, tmp_path):
    article = EDGE / "no_actors.txt"
    figures, _ = run_on(article)
    source = source_line(article)

    mentions = pd.read_csv(figures / "actor_mentions.csv")
    assert mentions.empty and "actor" in mentions.columns
    for chart, message in [
        ("actor_mentions", "No actor mentions found: check the codebook."),
        ("actor_mentions_by_paragraph", "No actor mentions to place in the story."),
        ("actor_cooccurrence", "Fewer than two actors: nothing co-occurs."),
    ]:
        assert not has_axes(figures / f"{chart}.svg"), chart
        assert message in svg_texts(figures / f"{chart}.svg"), chart
    assert svg_texts(figures / "actor_mentions.svg") == [
        "No actor mentions found: check the codebook.", "Who is mentioned: 0 mentions of 0 actors",
        source]

    # Nobody speaks for a side: the station's director is an "other" voice.
    voices = pd.read_csv(figures / "voices.csv")
    assert voices["side"].tolist() == ["narrator", "other", "narrator", "narrator", "narrator"]
    share = pd.read_csv(figures / "share_of_voice.csv").set_index("side")
    # The director's words are the 18 of the quotation; the rest of the 117 are the narrator's.
    assert share["words"].to_dict() == {"China": 0, "United States": 0, "other": 18,
                                        "narrator": 99}
    assert not has_axes(figures / "keyness.svg")
    assert svg_texts(figures / "keyness.svg")[0] == NEEDS_BOTH
    # Frames: the sides with no text say so and get no number; the "other" voice has a bar.
    frames = svg_texts(figures / "frames.svg")
    assert {"China (no text)", "United States (no text)", "other (18 words, few words)",
            "narrator (99 words)"} <= set(frames)
    assert pd.read_csv(figures / "frames.csv")["side"].unique().tolist() == [
        "China", "United States", "other", "narrator"]
    assert "other" in svg_texts(figures / "tone.svg")
    assert "Both sides named in 0 of 5 paragraphs" in printed(article.stem, "04_actors.ipynb")


@pytest.mark.slow  # a whole run: `make test-slow` and CI; tests/test_charts.py checks its charts
def test_no_quotes(run_on, tmp_path):
    article = EDGE / "no_quotes.txt"
    figures, _ = run_on(article)

    quotes = pd.read_csv(figures / "quotes.csv")
    assert quotes.columns.tolist() == voices.QUOTE_COLUMNS and quotes.empty
    assert (figures / "quotes.csv").read_text(encoding="utf-8").count("\n") == 1  # header only
    chart = figures / "quotes_by_side.svg"
    assert not has_axes(chart)
    assert svg_texts(chart) == [charts.voices.NO_QUOTES, "Direct quotations by side",
                                source_line(article)]
    assert charts.voices.NO_QUOTES == "No direct quotations in this article"
    assert charts.voices.NO_QUOTES in printed(article.stem, "05_framing.ipynb")
    # No name for a contested object either: its chart says so, and the comparison's naming
    # panel falls back to the noun phrases each side uses and the other does not, and says so.
    no_names = "The object-name codebook found no names in this article"
    assert not has_axes(figures / "object_names.svg")
    assert no_names in svg_texts(figures / "object_names.svg")
    texts = svg_texts(figures / "comparison.svg")
    assert {"no name from the topic codebook (balloon):",
            "noun phrases one side uses, the other not"} <= set(texts)
    phrases = pd.read_csv(figures / "comparison_names.csv")
    assert set(phrases["side"]) == {"China", "United States"}
    assert "export controls" in set(phrases["name"]) and "dialogue" in set(phrases["name"])
    # Both sides speak, so keyness has something to compare.
    assert has_axes(figures / "keyness.svg") and NEEDS_BOTH not in svg_texts(figures / "keyness.svg")


@pytest.mark.slow  # a whole run: `make test-slow` and CI; tests/test_charts.py checks its charts
def test_unbalanced_quotes(run_on, tmp_path):
    article = EDGE / "unbalanced_quotes.txt"
    figures, _ = run_on(article)

    quotes = pd.read_csv(figures / "quotes.csv")
    assert quotes["status"].tolist() == ["unbalanced: an opening “ that is never closed"] * 2
    assert quotes["sentence_id"].tolist() == [2, 4]
    assert quotes["side"].tolist() == ["China", "United States"]
    # Each runs from its mark to the end of its paragraph.
    assert quotes["text"].iloc[1] == "escalation."
    texts = svg_texts(figures / "quotes_by_side.svg")
    assert " 1 quote, 22 words (1 unbalanced: marks that do not pair up)" in texts
    assert " 1 quote, 1 word (1 unbalanced: marks that do not pair up)" in texts


@pytest.mark.slow  # a whole run: `make test-slow` and CI; tests/test_charts.py checks its charts
def test_one_side_only(run_on, tmp_path):
    article = EDGE / "one_side.txt"
    figures, _ = run_on(article)

    voices = pd.read_csv(figures / "voices.csv")
    assert "United States" not in set(voices["side"])
    assert voices["side"].tolist() == ["China", "China", "China", "other", "narrator"]
    mentions = pd.read_csv(figures / "actor_mentions.csv")
    assert set(mentions["side"]) == {"China"}
    keyness = pd.read_csv(figures / "keyness.csv")
    assert keyness.empty and "log_ratio" in keyness.columns
    assert not has_axes(figures / "keyness.svg")
    assert svg_texts(figures / "keyness.svg") == [
        NEEDS_BOTH, "Keywords by side (faded: under 3 tokens or G² < 3.84)", source_line(article)]
    # The general frames find a rail story's capacity and quality-of-life words; the chart
    # draws the frames that fire and names the rest; the US share of voice is a real 0.
    frames = svg_texts(figures / "frames.svg")
    assert {"capacity and resources", "quality of life"} <= set(frames)
    assert any(t.startswith("No hits: accident and science, airspace, economic") for t in frames)
    share = pd.read_csv(figures / "share_of_voice.csv").set_index("side")
    assert share.loc["United States", "words"] == 0
    assert " 0% (0 words: 0 quoted, 0 reported)" in svg_texts(figures / "share_of_voice.svg")


def long_article(folder, target_bytes=5_000_000, seed=20230209):
    """Write an article of about ``target_bytes``: the default article's sentences, shuffled
    into paragraphs of one or two sentences.  Return its path."""
    sentences = text.sentences(load_article(DEFAULT_ARTICLE))["text"].tolist()
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < target_bytes:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.choice((1, 1, 2))))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    path = folder / "long_article.txt"
    path.write_text("Stress test of the workbook on a very long article\n\n"
                    + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow  # about 3 minutes on one core; `pytest -m "not slow"` skips it
def test_five_megabyte_article(run_on, tmp_path):
    """Every notebook runs to the end on 800,000 words, with charts and tables that stay
    readable; the runner's per-notebook times are in the failure message."""
    article = long_article(tmp_path)
    assert article.stat().st_size > 5_000_000
    loaded = load_article(article)
    n_paragraphs = len(loaded.paragraphs)
    n_sentences = len(text.sentences(loaded))
    assert n_paragraphs > 20_000

    figures, _ = run_on(article)
    sentences = pd.read_csv(figures / "sentences.csv")
    assert len(sentences) == n_sentences
    assert sentences["sentence_id"].tolist() == list(range(1, n_sentences + 1))
    assert len(pd.read_csv(figures / "paragraph_lengths.csv")) == n_paragraphs

    # One bar per paragraph or sentence would be unreadable: the charts become histograms,
    # and by-paragraph counts are drawn in 50 groups.  (A text of two lines is two strings.)
    for chart, count in [("paragraph_lengths", f"{n_paragraphs:,} paragraphs"),
                         ("sentence_lengths", f"{n_sentences:,} sentences")]:
        texts = svg_texts(figures / f"{chart}.svg")
        note = texts.index(f"{count}: too many for one bar each,")
        assert texts[note + 1] == "so this is a histogram of their lengths"
        assert not any(t.startswith(("Paragraph 1", "Sentence 1")) for t in texts)  # no bars
    small, large = n_paragraphs // 50, -(-n_paragraphs // 50)
    size = f"{small}" if small == large else f"{small}–{large}"
    groups = [t for t in svg_texts(figures / "actor_mentions_by_paragraph.svg")
              if t.startswith("Paragraphs, in 50 groups of ")]
    assert groups == [f"Paragraphs, in 50 groups of {size} (of {n_paragraphs:,} paragraphs; "
                      "story order →)"]
    # The notebooks show capped tables, and say how much there is.
    terms_out = printed(article.stem, "03_terms.ipynb")
    assert "The first 50 of " in terms_out
    actors_out = printed(article.stem, "04_actors.ipynb")
    assert f"more paragraphs not shown here: paragraphs 1–200 of {n_paragraphs:,}." in actors_out
    annotated = (figures / "article_annotated.html").read_text(encoding="utf-8")
    assert annotated.count("<p><span class=\"para\">") == n_paragraphs  # the file has them all


# --- the long-article switches, one chart or table at a time (fast) -------------------------

def lengths_table(n):
    return pd.DataFrame({"paragraph_id": range(1, n + 1),
                         "n_words": [10 + (k * 7) % 31 for k in range(n)]})


def test_length_chart_switches_to_a_histogram_above_60_rows():
    ax = charts.text.plot_lengths(lengths_table(60), "paragraph_id")
    assert len(ax.patches) == 60
    assert ax.get_yticklabels()[0].get_text() == "Paragraph 1"
    plt.close(ax.figure)
    ax = charts.text.plot_lengths(lengths_table(61), "paragraph_id")
    assert [t.get_text() for t in ax.texts][-1] == (
        "61 paragraphs: too many for one bar each,\nso this is a histogram of their lengths")
    assert sum(p.get_height() for p in ax.patches) == 61  # every paragraph counted once
    assert ax.get_ylabel() == "Paragraphs"
    plt.close(ax.figure)


def test_by_paragraph_chart_draws_50_groups_above_60_paragraphs():
    table = pd.DataFrame([("a", p, side, p % 3) for p in range(1, 131)
                          for side in ("China", "United States", "other")],
                         columns=["article_id", "paragraph_id", "side", "mentions"])
    ax = charts.actors.plot_side_by_paragraph(table)
    assert len(ax.patches) == 50 * 3
    assert sum(p.get_height() for p in ax.patches) == table["mentions"].sum()
    assert ax.get_xlabel() == "Paragraphs, in 50 groups of 2–3 (of 130 paragraphs; story order →)"
    assert ax.get_xticklabels()[0].get_text() == "1–3"
    plt.close(ax.figure)


def test_dispersion_stops_shading_above_60_paragraphs():
    body = "\n\n".join(f"The balloon drifted over field {k}." for k in range(1, 100))
    sents, toks = terms.text_tables(body)
    ax = charts.terms.plot_dispersion(terms.dispersion(toks, ["balloon"], sents), sents,
                               terms=["balloon"])
    assert not ax.patches                       # no band per paragraph
    top = [a for a in ax.child_axes if a.get_xlabel().startswith("paragraph")][0]
    labels = [t.get_text() for t in top.get_xticklabels()]
    assert 3 <= len(labels) <= 9 and top.get_xlabel().startswith("paragraph (of 99;")
    plt.close(ax.figure)


def test_concordance_shows_at_most_50_lines():
    _, toks = terms.text_tables(" ".join(["The balloon fell."] * 120))
    concordance = terms.kwic(toks, "balloon")
    assert len(concordance) == 120
    styled = display.style_kwic(concordance)
    assert len(styled.data) == 50
    assert styled.caption == "The first 50 of 120 lines (the concordance table holds them all)"
    assert display.style_kwic(concordance.head(10)).caption is None


def test_voice_explorer_shows_at_most_50_rows():
    story = Article(id="story", path=Path("story.txt"), title=None, dateline=None,
                    paragraphs=(" ".join(["Beijing said the talks failed."] * 80),), removed=(),
                    encoding="utf-8")
    voice_table = voices.voices(text.sentences(story))
    assert len(voice_table) == 80
    shown = display.voice_explorer(voice_table).children[1]
    assert shown.outputs[0]["text"] == "80 of 80 rows; the first 50 shown\n"
    assert shown.outputs[1]["data"]["text/plain"].count("Beijing said the talks failed.") == 50


def test_annotated_article_in_a_notebook_can_stop_after_some_paragraphs():
    article = load_article(DEFAULT_ARTICLE)
    found = actors.mentions(text.sentences(article))
    whole = display.annotated_html(article, found, standalone=False)
    first = display.annotated_html(article, found, standalone=False, max_paragraphs=3)
    assert whole.count('<span class="para">') == 13 and first.count('<span class="para">') == 3
    assert "… 10 more paragraphs not shown here: paragraphs 1–3 of 13." in first
    assert "not shown here" not in whole
    assert display.annotated_html(article, found, standalone=False, max_paragraphs=13) == whole
