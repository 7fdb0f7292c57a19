"""helpers.charts: each stage's charts on articles that lack what they need, without a notebook run.

The whole-run tests of the same edge articles (tests/test_edge_articles.py, marked slow) read
these states from the saved SVGs; here each plot function gets the tables the pipeline makes
for the article, and the assertions read the Axes it returns.
"""

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest

from helpers import actors, charts, framing, style, text, voices
from helpers.article import load_article
from helpers.paths import ROOT

EDGE = ROOT / "tests" / "fixtures" / "edge"


def tables(name):
    art = load_article(EDGE / name)
    sents = text.sentences(art)
    found = actors.mentions(sents)
    voice_table = voices.voices(sents, mention_table=found)
    return {"sentences": sents, "mentions": found, "voices": voice_table,
            "quotes": voices.quotes(sents, voice_table=voice_table), "article": art}


def shown(ax):
    return [t.get_text() for t in ax.texts]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_no_quotations_the_chart_says_so_in_its_own_space():
    t = tables("no_quotes.txt")
    assert t["quotes"].empty and t["quotes"].columns.tolist() == voices.QUOTE_COLUMNS
    ax = charts.voices.plot_quotes(t["quotes"])
    assert shown(ax) == [charts.voices.NO_QUOTES] and not ax.axison
    assert charts.voices.NO_QUOTES == "No direct quotations in this article"
    named = framing.naming_table(framing.naming(t["voices"]))
    ax = charts.framing.plot_naming(named)
    assert shown(ax) == ["The object-name codebook found no names in this article"]
    assert not ax.axison


def test_unbalanced_quotations_are_counted_and_labelled():
    t = tables("unbalanced_quotes.txt")
    assert t["quotes"]["status"].tolist() == ["unbalanced: an opening “ that is never closed"] * 2
    assert t["quotes"]["side"].tolist() == ["China", "United States"]
    labels = shown(charts.voices.plot_quotes(t["quotes"]))
    assert labels == [" 1 quote, 22 words (1 unbalanced: marks that do not pair up)",
                      " 1 quote, 1 word (1 unbalanced: marks that do not pair up)"]


def test_one_side_only_keyness_frames_and_share_say_what_is_missing():
    t = tables("one_side.txt")
    assert t["voices"]["side"].tolist() == ["China", "China", "China", "other", "narrator"]
    key = framing.keyness(t["voices"], mention_table=t["mentions"])
    assert key.empty
    ax = charts.framing.plot_keyness(key)
    assert shown(ax) == ["Keyness needs text from both China and United States"]
    assert not ax.axison
    hits = framing.frame_hits(t["voices"], mention_table=t["mentions"])
    ax = charts.framing.plot_frames(framing.frame_profile(hits, t["voices"]))
    # The general lexicon finds a rail story's frames; the chart shows only the frames that
    # fire and names the others in one line.
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "capacity and resources", "policy prescription &\nevaluation", "quality of life"]
    assert [s.replace("\n", " ") for s in shown(ax) if s.startswith("No hits: ")] == [
        "No hits: accident and science, airspace, economic, morality, fairness and equality, "
        "legality, constitutionality and jurisprudence, crime and punishment, security and "
        "defense, health and safety, cultural identity, public opinion, political, external "
        "regulation and reputation"]
    share = voices.share_of_voice(t["voices"])
    assert share.set_index("side").loc["United States", "words"] == 0
    assert " 0% (0 words, 0 clauses)" in shown(charts.voices.plot_share_of_voice(share))


def test_no_actors_every_actor_chart_says_so():
    t = tables("no_actors.txt")
    assert t["mentions"].empty
    for ax, message in [
        (charts.actors.plot_actor_mentions(t["mentions"]),
         "No actor mentions found: check the codebook."),
        (charts.actors.plot_side_by_paragraph(actors.side_by_paragraph(t["mentions"],
                                                                       t["sentences"])),
         "No actor mentions to place in the story."),
        (charts.actors.plot_cooccurrence(actors.cooccurrence(t["mentions"])),
         "Fewer than two actors: nothing co-occurs."),
    ]:
        assert shown(ax) == [message] and not ax.axison


def test_tone_with_no_voices_says_so():
    empty = framing.tone(voices.voices(text.sentences(load_article(EDGE / "no_actors.txt"))).head(0))
    ax = charts.framing.plot_tone(empty)
    assert shown(ax) == ["No voices to score"]


def test_a_new_figure_gets_the_house_style_and_the_users_rcparams_come_back():
    with mpl.rc_context({"font.size": 20, "axes.titlesize": 30}):
        t = tables("one_side.txt")
        ax = charts.voices.plot_share_of_voice(voices.share_of_voice(t["voices"]))
        assert ax.figure.get_size_inches().tolist() == [8.0, 4.5]
        assert ax.texts[0].get_fontsize() == pytest.approx(11 * 0.833, abs=0.01)  # "small"
        assert mpl.rcParams["font.size"] == 20  # unchanged after the call
        # A given Axes keeps its figure's look: the chart draws in the caller's style.
        _, given = plt.subplots()
        charts.voices.plot_share_of_voice(voices.share_of_voice(t["voices"]), ax=given)
        assert given.texts[0].get_fontsize() == pytest.approx(20 * 0.833, abs=0.01)


def test_side_colours_come_from_the_sides_codebook():
    t = tables("one_side.txt")
    ax = charts.voices.plot_share_of_voice(voices.share_of_voice(t["voices"]))
    colours = [mpl.colors.to_hex(p.get_facecolor()).upper() for p in ax.patches]
    # "some farmers complained that …" is a third party's claim: other has a bar.
    assert colours == [style.side_colour(s).upper() for s in ("China", "United States", "other",
                                                               "narrator")]
