"""helpers.terms: every count below was made by hand, on small texts and on the default article."""

import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import charts, display, figures, terms
from helpers.text import SENTENCE_COLUMNS, TOKEN_COLUMNS

# 4 sentences, 2 paragraphs.  Words (non-punctuation tokens), counted by hand:
#   S1 The US told us that the balloon was a weather balloon      11
#   S2 China ’s envoy said China 's balloon was lost                9
#   S3 Us                                                            1
#   S4 No the US said                                                4   -> 25 words
# Stopwords: The us that the was a | ’s 's was | Us | No the        = 12 -> share 12/25
# Content words: balloon 3, US 2, China 2, said 2, told, weather, envoy, lost 1 each.
# Distinct norms: the US told us that balloon was a weather china 's envoy said lost no = 15.
MIXED = ("The US told us that the balloon was a weather balloon. China’s envoy said China's "
         "balloon was lost.\n\nUs? No, the US said.")


@pytest.fixture(scope="module")
def mixed():
    return terms.text_tables(MIXED)


def empty_tokens():
    return pd.DataFrame(columns=TOKEN_COLUMNS)


def empty_sentences():
    return pd.DataFrame(columns=SENTENCE_COLUMNS)


# --- 1 · summary ----------------------------------------------------------------------------

def test_summary_small_text(mixed):
    sents, toks = mixed
    row = terms.summary(toks, sents).iloc[0]
    assert list(terms.summary(toks, sents).columns) == terms.SUMMARY_COLUMNS
    assert row.words == 25
    assert row.distinct_words == 15
    assert row.type_token_ratio == pytest.approx(15 / 25)
    assert row.sentences == 4
    assert row.mean_sentence_words == pytest.approx(25 / 4)
    assert (row.longest_sentence_words, row.longest_sentence_id) == (11, 1)
    assert row.stopword_share == pytest.approx(12 / 25)


def test_summary_default_article(default_tokens, default_sentences):
    row = terms.summary(default_tokens, default_sentences).iloc[0]
    assert row.words == 370
    assert row.sentences == 13
    # Sentences 1 and 6 both have 39 words; the first one is reported.
    assert (row.longest_sentence_words, row.longest_sentence_id) == (39, 1)


# --- 2 · term frequency -----------------------------------------------------------------------

def test_term_frequency_small_text(mixed):
    _, toks = mixed
    freq = terms.term_frequency(toks)
    assert list(freq.columns) == terms.FREQUENCY_COLUMNS
    counts = dict(zip(freq["term"], freq["count"], strict=True))
    assert counts == {"balloon": 3, "US": 2, "china": 2, "said": 2,
                      "told": 1, "weather": 1, "envoy": 1, "lost": 1}
    # Most frequent first, ties alphabetical (case ignored), ties share a rank.
    assert freq["term"].tolist() == ["balloon", "china", "said", "US",
                                     "envoy", "lost", "told", "weather"]
    assert freq["rank"].tolist() == [1, 2, 2, 2, 5, 5, 5, 5]
    assert freq.loc[freq["term"] == "balloon", "per_1000"].item() == pytest.approx(120.0)
    assert freq.loc[freq["term"] == "china", "label"].item() == "China"
    assert freq["below_floor"].tolist() == [False] + [True] * 7


def test_US_is_a_term_and_us_is_a_stopword(mixed):
    _, toks = mixed
    freq = terms.term_frequency(toks)
    assert "US" in set(freq["term"])
    assert "us" not in set(freq["term"])          # neither "us" nor sentence-initial "Us?"
    assert not toks.loc[toks["token"] == "US", "is_stop"].any()
    assert toks.loc[toks["token"].isin(["us", "Us"]), "is_stop"].all()


def test_curly_and_straight_apostrophes_meet_the_same_rules(mixed):
    _, toks = mixed
    # China’s (curly) and China's (straight) each give one "china" and one stopword "'s".
    assert terms.term_frequency(toks).set_index("term").loc["china", "count"] == 2
    clitics = toks[toks["norm"] == "'s"]
    assert clitics["token"].tolist() == ["’s", "'s"]
    assert clitics["is_stop"].all()


def test_numbers_are_left_out_unless_asked():
    _, toks = terms.text_tables("In 2022 the G20 met in Bali.")
    assert terms.term_frequency(toks)["term"].tolist() == ["bali", "G20", "met"]
    assert "2022" in set(terms.term_frequency(toks, keep_numbers=True)["term"])


def test_stemming_merges_forms_but_never_acronyms():
    _, toks = terms.text_tables("The country and two countries spoke. The US spoke to us.")
    stems = terms.term_frequency(toks, stem=True)
    row = stems.set_index("term").loc["countri"]
    assert (row["count"], row["label"], row["n_forms"]) == (2, "countries/country", 2)
    assert row["forms"] == "countries 1, country 1"
    assert stems.set_index("term").loc["spoke", "count"] == 2
    assert "US" in set(stems["term"])           # Snowball alone would give "us"
    assert "us" not in set(stems["term"])


def test_term_frequency_default_article(default_tokens):
    freq = terms.term_frequency(default_tokens).set_index("term")
    # Counted in the text: US in sentences 2 (twice), 3, 4, 5, 6, 8, 11, 12, 13 = 10.
    assert freq.loc["US", "count"] == 10
    assert freq.loc["US", "rank"] == 1
    assert freq.loc["US", "per_1000"] == pytest.approx(27.03)
    # balloon: sentences 1, 2, 7, 8, 12 (the headline's "spy balloon" is not in the body).
    assert freq.loc["balloon", "count"] == 5
    # defense: 1, 2, 3 (Defense Ministry, defense ministers), 5, 6.
    assert freq.loc["defense", "count"] == 6
    # China: 1, 2 (China’s), 6, 12, 13.
    assert freq.loc["china", "count"] == 5
    assert freq.loc["china", "label"] == "China"
    assert freq.loc["countries", "count"] == 5
    assert "us" not in freq.index


def test_stemming_default_article(default_tokens):
    stems = terms.term_frequency(default_tokens, stem=True).set_index("term")
    assert stems.loc["countri", "count"] == 6          # countries 5 + country 1
    assert stems.loc["state", "forms"] == "state 1, states 1"  # the false friend
    assert stems.loc["US", "count"] == 10


# --- 3 · n-grams -----------------------------------------------------------------------------

BOTH = "Both countries held talks. The talks failed, and both countries left."


def test_bigrams_skip_stopword_edges_and_punctuation():
    _, toks = terms.text_tables(BOTH)
    bigrams = terms.ngrams(toks, 2)
    assert list(bigrams.columns) == terms.NGRAM_COLUMNS
    counts = dict(zip(bigrams["ngram"], bigrams["count"], strict=True))
    # "the talks" starts with a stopword, "and both" ends with one; "talks The" crosses a
    # sentence and "failed and" a comma.
    assert counts == {"both countries": 2, "countries held": 1, "held talks": 1,
                      "talks failed": 1, "countries left": 1}
    assert bigrams.iloc[0]["label"] == "Both countries"     # first seen wins a tie
    assert bigrams.iloc[0]["sentence_ids"] == "1;2"


def test_trigrams_small_text():
    _, toks = terms.text_tables(BOTH)
    trigrams = terms.ngrams(toks, 3)
    assert sorted(trigrams["ngram"]) == ["both countries held", "both countries left",
                                         "countries held talks"]
    assert (trigrams["count"] == 1).all()


def test_ngrams_default_article(default_tokens):
    bigrams = terms.ngrams(default_tokens, 2).set_index("ngram")
    # "... of both countries" in sentences 1, 3, 5, 6 and 13.
    assert bigrams.loc["both countries", "count"] == 5
    assert bigrams.loc["both countries", "sentence_ids"] == "1;3;5;6;13"
    assert bigrams.loc["defense ministers", "count"] == 2      # sentences 1 and 3
    assert bigrams.loc["defense ministry", "count"] == 2       # sentences 2 and 3
    assert "spy balloon" not in bigrams.index                  # only in the headline
    assert "the balloon" not in bigrams.index
    trigrams = terms.ngrams(default_tokens, 3)
    assert "ministers of both" not in set(trigrams["ngram"])   # ends with a stopword
    assert trigrams["count"].max() == 1


# --- 4 · collocations --------------------------------------------------------------------------

# 15 words.  "new york" occurs 3 times, and "new" and "york" never apart; "zebra quagga" and
# "quagga ran" once each, with words seen once.  PMI = log2(N * pair / (w1 * w2)):
#   new york      log2(15 * 3 / (3 * 3)) = log2(5)
#   zebra quagga  log2(15 * 1 / (1 * 1)) = log2(15)   <- PMI prefers the rare pair
ZOO = "new york is big. new york is old. new york is far. zebra quagga ran."


def test_pmi_loves_rare_pairs_log_likelihood_wants_evidence():
    _, toks = terms.text_tables(ZOO)
    table = terms.collocations(toks, min_count=1).set_index("bigram")
    assert list(terms.collocations(toks, min_count=1).columns) == terms.COLLOCATION_COLUMNS
    assert table.loc["new york", "pmi"] == pytest.approx(math.log2(5))
    assert table.loc["zebra quagga", "pmi"] == pytest.approx(math.log2(15))
    assert table.loc["zebra quagga", "rank_pmi"] == 1
    assert table.loc["new york", "rank_pmi"] == 3
    assert table.loc["new york", "rank_llr"] == 1
    assert table.loc["new york", "llr"] > table.loc["zebra quagga", "llr"]
    assert "york is" not in table.index                         # stopword edge
    # The frequency floor keeps only the pair seen 3 times.
    assert terms.collocations(toks, min_count=2)["bigram"].tolist() == ["new york"]


def test_collocations_default_article(default_tokens):
    table = terms.collocations(default_tokens, min_count=2).set_index("bigram")
    assert set(table.index) == {"both countries", "last week", "defense ministers",
                                "ministry said", "defense ministry"}
    assert table.loc["both countries", "rank_llr"] == 1
    assert table.loc["last week", "rank_pmi"] == 1
    # "both" 6 times, "countries" 5, together 5, in 370 words.
    assert table.loc["both countries", ["count", "count_w1", "count_w2"]].tolist() == [5, 6, 5]
    assert table.loc["both countries", "pmi"] == pytest.approx(math.log2(370 * 5 / (6 * 5)))
    singletons = terms.collocations(default_tokens, min_count=1)
    assert singletons["pmi"].max() == pytest.approx(math.log2(370))


# --- 5 · keyword in context --------------------------------------------------------------------

MINISTRY = ("The Defense Ministry said no. Later the defense ministry said yes. "
            "A ministry said nothing.")


def test_kwic_phrase_case_insensitive_with_context():
    _, toks = terms.text_tables(MINISTRY)
    table = terms.kwic(toks, "defense ministry", window=2)
    assert list(table.columns) == terms.KWIC_COLUMNS
    assert table[["sentence_id", "left", "keyword", "right"]].values.tolist() == [
        [1, "The", "Defense Ministry", "said no."],
        [2, "Later the", "defense ministry", "said yes."],
    ]
    assert table["i"].tolist() == [1, 2]
    assert MINISTRY[table["start"].iloc[1]:table["end"].iloc[1]] == "defense ministry"


def test_kwic_sorting():
    _, toks = terms.text_tables(MINISTRY)
    assert terms.kwic(toks, "said")["sentence_id"].tolist() == [1, 2, 3]       # text order
    # Right word: no < nothing < yes.
    assert terms.kwic(toks, "said", sort="right")["sentence_id"].tolist() == [1, 3, 2]
    # Left word: a < defense = defense; second word left: the = the; third: (none) < later.
    assert terms.kwic(toks, "ministry", sort="left")["sentence_id"].tolist() == [3, 1, 2]
    with pytest.raises(ValueError):
        terms.kwic(toks, "said", sort="middle")


def test_kwic_regex():
    _, toks = terms.text_tables(MINISTRY)
    assert len(terms.kwic(toks, r"defen[cs]e minist\w+", regex=True)) == 2
    assert terms.kwic(toks, "Defense", regex=True)["sentence_id"].tolist() == [1]  # smart case
    assert len(terms.kwic(toks, "said|nothing", regex=True)) == 4
    assert len(terms.kwic(toks, "minis", regex=True)) == 0   # must cover whole tokens


def test_kwic_apostrophes_and_acronyms():
    _, toks = terms.text_tables("China’s envoy met China's minister. The U.S. told us.")
    for query in ("China's", "china’s", "china's"):
        table = terms.kwic(toks, query, window=1)
        assert table["keyword"].tolist() == ["China’s", "China's"], query
    assert terms.kwic(toks, "US")["keyword"].tolist() == ["U.S."]
    assert terms.kwic(toks, "us")["keyword"].tolist() == ["us"]
    assert terms.kwic(toks, "U.S.")["keyword"].tolist() == ["U.S."]


def test_kwic_accepts_sentences_and_strings(mixed):
    sents, toks = mixed
    from_tokens = terms.kwic(toks, "balloon")
    pd.testing.assert_frame_equal(terms.kwic(sents, "balloon"), from_tokens)
    assert len(terms.kwic(MIXED, "balloon")) == 3
    with pytest.raises(ValueError):
        terms.kwic(toks, "  ")


def test_kwic_default_article(default_tokens):
    assert len(terms.kwic(default_tokens, "US")) == 10
    assert terms.kwic(default_tokens, "defense ministry")["sentence_id"].tolist() == [2, 3]
    assert terms.kwic(default_tokens, "both countries")["sentence_id"].tolist() == [1, 3, 5, 6, 13]
    objects = terms.kwic(default_tokens, r"balloon|airship|aircraft|device", regex=True)
    assert len(objects) == 5 + 1 + 2 + 3
    first = terms.kwic(default_tokens, "balloon", window=3).iloc[0]
    assert (first["left"], first["right"]) == ("shot down a", "it says was")


def test_kwic_explorer_follows_the_text_box():
    _, toks = terms.text_tables("The balloon fell. The balloon sank. An airship flew.")
    box = display.kwic_explorer(toks, term="balloon", window=3)
    text_box, slider, order = box.children[0].children[0], *box.children[1].children
    shown = box.children[2]
    assert shown.outputs[0]["text"] == "2 match(es) for 'balloon'\n"
    assert "text/html" in shown.outputs[1]["data"]  # the styled concordance
    assert (order.label, slider.value) == ("text order", 3)  # the sort menu shows a choice
    text_box.value = "airship"
    assert shown.outputs[0]["text"] == "1 match(es) for 'airship'\n"
    text_box.value = "zeppelin"
    assert [o["text"] for o in shown.outputs] == ["0 match(es) for 'zeppelin'\n"]


# --- 6 · dispersion ---------------------------------------------------------------------------

# Words: Balloon(1) over(2) Beijing(3) | The(4) US(5) saw(6) the(7) balloon(8) |
#        Beijing(9) said(10) no(11) balloon(12): 12 words, paragraph 2 starts at word 9.
PLACES = "Balloon over Beijing. The US saw the balloon.\n\nBeijing said: no balloon."


def test_dispersion_positions():
    sents, toks = terms.text_tables(PLACES)
    hits = terms.dispersion(toks, ["balloon", "Beijing", "US", "airship"], sents)
    assert list(hits.columns) == terms.DISPERSION_COLUMNS
    assert hits["term"].tolist() == ["balloon"] * 3 + ["Beijing"] * 2 + ["US"]
    assert hits["word_index"].tolist() == [1, 8, 12, 3, 9, 5]
    assert hits["sentence_id"].tolist() == [1, 2, 3, 1, 3, 2]
    assert hits["paragraph_id"].tolist() == [1, 1, 2, 1, 2, 1]
    assert hits["position"].tolist() == pytest.approx(
        [1 / 12, 8 / 12, 1, 3 / 12, 9 / 12, 5 / 12], abs=1e-4)
    assert hits["matched"].tolist()[:3] == ["Balloon", "balloon", "balloon"]


def test_dispersion_default_article(default_tokens, default_sentences):
    hits = terms.dispersion(default_tokens, ["China", "US", "balloon", "device"],
                            default_sentences)
    by_term = hits.groupby("term")["paragraph_id"].apply(list)
    assert by_term["China"] == [1, 2, 6, 12, 13]
    assert by_term["balloon"] == [1, 2, 7, 8, 12]
    assert by_term["device"] == [10, 10, 13]
    assert len(by_term["US"]) == 10
    assert hits.loc[hits["term"] == "China", "word_index"].iloc[0] == 1   # first word
    assert hits.loc[hits["term"] == "device", "word_index"].iloc[-1] == 370  # the last word


# --- several articles, empty input, charts ----------------------------------------------------

def test_several_articles_are_counted_apart():
    _, a = terms.text_tables("The balloon flew. The balloon fell.", article_id="a")
    _, b = terms.text_tables("A balloon.", article_id="b")
    both = pd.concat([a, b], ignore_index=True)
    freq = terms.term_frequency(both).set_index(["article_id", "term"])
    assert freq.loc[("a", "balloon"), "count"] == 2
    assert freq.loc[("a", "balloon"), "per_1000"] == pytest.approx(333.33)  # 2 of 6 words
    assert freq.loc[("b", "balloon"), "per_1000"] == pytest.approx(500.0)
    assert set(terms.ngrams(both, 2)["article_id"]) == {"a"}
    assert terms.kwic(both, "balloon")["article_id"].tolist() == ["a", "a", "b"]
    hits = terms.dispersion(both, ["balloon"])
    assert hits["word_index"].tolist() == [2, 5, 2]


def test_empty_input_returns_empty_tables():
    toks, sents = empty_tokens(), empty_sentences()
    assert list(terms.summary(toks, sents).columns) == terms.SUMMARY_COLUMNS
    assert terms.term_frequency(toks).empty
    assert list(terms.term_frequency(toks).columns) == terms.FREQUENCY_COLUMNS
    assert list(terms.ngrams(toks, 2).columns) == terms.NGRAM_COLUMNS
    assert list(terms.collocations(toks).columns) == terms.COLLOCATION_COLUMNS
    assert list(terms.kwic(toks, "balloon").columns) == terms.KWIC_COLUMNS
    assert list(terms.dispersion(toks, ["balloon"]).columns) == terms.DISPERSION_COLUMNS
    assert terms.kwic(toks, "balloon").empty
    empty_sents, empty_toks = terms.text_tables("   ")
    assert empty_sents.empty and empty_toks.empty
    # Text with no content words at all.
    _, stops = terms.text_tables("It is what it is.")
    assert terms.term_frequency(stops).empty
    assert terms.ngrams(stops, 2).empty
    assert terms.collocations(stops).empty


@pytest.mark.parametrize("draw", [
    lambda: charts.terms.plot_term_frequency(terms.term_frequency(empty_tokens())),
    lambda: charts.terms.plot_ngrams(terms.ngrams(empty_tokens(), 3)),
    lambda: charts.terms.plot_collocations(terms.collocations(empty_tokens())),
    lambda: charts.terms.plot_dispersion(terms.dispersion(empty_tokens(), ["x"]), empty_sentences()),
])
def test_charts_on_empty_input_show_a_message(draw):
    ax = draw()
    assert not ax.axison
    assert ax.texts and ax.texts[0].get_text()
    plt.close(ax.figure)


def test_charts_draw_and_save(default_tokens, default_sentences, private_figures):
    freq = terms.term_frequency(default_tokens)
    ax = charts.terms.plot_term_frequency(freq, top=15)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[:3] == ["US", "defense", "balloon"]
    faded = [p.get_alpha() < 1 for p in ax.patches]
    assert faded == [c < terms.FLOOR for c in freq["count"].head(15)]
    written = figures.save(ax.figure, "term_frequency", freq, "test")
    assert {p.suffix for p in written.values()} == {".png", ".svg", ".csv"}
    plt.close(ax.figure)

    ax = charts.terms.plot_ngrams(terms.ngrams(default_tokens, 3))
    message = ax.texts[0].get_text()   # no trigram repeats, once the edge rule has applied
    assert not ax.axison and "passes the edge rule" in message and "only once" in message
    plt.close(ax.figure)

    terms_list = ["China", "US", "airship", "Pentagon"]
    hits = terms.dispersion(default_tokens, terms_list, default_sentences)
    ax = charts.terms.plot_dispersion(hits, default_sentences, terms=terms_list)
    assert [t.get_text() for t in ax.get_yticklabels()] == terms_list
    assert len(ax.collections) == 4          # one row of ticks per term
    plt.close(ax.figure)

    fig, (left, right) = plt.subplots(1, 2)
    colloc = terms.collocations(default_tokens)
    charts.terms.plot_collocations(colloc, ax=left, measure="llr")
    charts.terms.plot_collocations(colloc, ax=right, measure="pmi")
    assert left.get_yticklabels()[0].get_text() == "both countries"
    assert right.get_yticklabels()[0].get_text() == "last week"
    plt.close(fig)
