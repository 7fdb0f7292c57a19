"""Actor mentions: the hand count of the default article, the pitfalls, the codebook's errors,
the unlisted names, the charts' data and the annotated article."""

import html
import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import actors, charts, codebooks, display, figures, text
from helpers.actors import CodebookError, mentions, mentions_in_text

# Every actor mention in the default article, counted by hand, sentence by sentence:
# (sentence_id, surface, actor, side).  Not counted, on purpose: "both countries", "the two
# armies", "both powers", "the country" (sentence 9: the US, but generic nouns are left out)
# and titles ("then-speaker", "president", "Secretary of State").
HAND_COUNT = [
    (1, "China", "china", "China"),
    (1, "United States", "united_states", "United States"),
    (1, "Washington", "washington", "United States"),
    (1, "Beijing", "beijing", "China"),
    (2, "China’s defense ministry", "china_defense_ministry", "China"),
    (2, "US", "united_states", "United States"),
    (2, "US", "united_states", "United States"),
    (3, "Chinese Defense Ministry", "china_defense_ministry", "China"),
    (3, "US", "united_states", "United States"),
    (3, "Chinese", "china", "China"),
    (3, "the ministry", "china_defense_ministry", "China"),
    (4, "the ministry", "china_defense_ministry", "China"),
    (4, "US", "united_states", "United States"),
    (5, "US House of Representatives", "us_house", "United States"),
    (5, "Nancy Pelosi", "pelosi", "United States"),
    (5, "Taiwan", "taiwan", "other"),
    (6, "China", "china", "China"),
    (6, "US", "united_states", "United States"),
    (6, "Joe Biden", "biden", "United States"),
    (6, "Xi Jinping", "xi_jinping", "China"),
    (6, "G20", "g20", "other"),
    (7, "Chinese", "china", "China"),
    (7, "Washington", "washington", "United States"),
    (7, "People’s Liberation Army", "pla", "China"),
    (8, "US", "united_states", "United States"),
    (8, "Biden", "biden", "United States"),
    (8, "Pentagon", "pentagon", "United States"),
    (10, "Beijing", "beijing", "China"),
    (10, "Washington", "washington", "United States"),
    (10, "Chinese authorities", "china_government", "China"),
    (11, "US", "united_states", "United States"),
    (12, "US", "united_states", "United States"),
    (12, "Blinken", "blinken", "United States"),
    (12, "China", "china", "China"),
    (13, "China", "china", "China"),
    (13, "US", "united_states", "United States"),
]


@pytest.fixture(scope="module")
def default_mentions(default_sentences):
    return mentions(default_sentences)


def found(text_, codebook=None):
    """(surface, actor) of every mention in a text of our own."""
    table = mentions_in_text(text_, codebook)
    return list(zip(table["surface"], table["actor"], strict=True))


# --- the default article, counted by hand -----------------------------------------------


def test_every_hand_counted_mention_and_no_other(default_mentions):
    got = list(default_mentions[["sentence_id", "surface", "actor", "side"]]
               .itertuples(index=False, name=None))
    assert got == HAND_COUNT


def test_columns_and_types(default_mentions):
    assert list(default_mentions.columns) == actors.COLUMNS == [
        "article_id", "sentence_id", "start", "end", "surface", "actor", "name", "side",
        "kind", "rule", "in_quote"]
    assert default_mentions["in_quote"].dtype == bool
    assert str(default_mentions["start"].dtype) == "int64"
    assert set(default_mentions["article_id"]) == {"efe-2023-02-09-china-rejects-defense-talks"}


def test_offsets_point_into_the_body_and_the_sentence(default_article, default_sentences,
                                                      default_mentions):
    by_id = default_sentences.set_index("sentence_id")
    for m in default_mentions.itertuples():
        assert default_article.body[m.start:m.end] == m.surface
        sentence = by_id.loc[m.sentence_id]
        assert sentence.text[m.start - sentence.start:m.end - sentence.start] == m.surface


def test_counts_per_side_and_actor(default_mentions):
    assert default_mentions["side"].value_counts().to_dict() == {
        "United States": 19, "China": 15, "other": 2}
    counts = actors.actor_counts(default_mentions)
    assert counts[["actor", "mentions", "sentences"]].head(5).values.tolist() == [
        ["united_states", 10, 9], ["china", 6, 6], ["china_defense_ministry", 4, 3],
        ["washington", 3, 3], ["beijing", 2, 2]]
    assert counts["mentions"].sum() == 36 and len(counts) == 15


def test_rules_and_quotes_in_the_default_article(default_mentions):
    ministry = default_mentions[default_mentions["surface"] == "the ministry"]
    assert ministry["rule"].tolist() == [
        "anaphora: the ministry → last ministry named (china_defense_ministry)"] * 2
    assert ministry["kind"].tolist() == ["agency", "agency"]
    assert default_mentions.loc[0, "rule"] == "codebook: China"
    quoted = default_mentions[default_mentions["in_quote"]]
    assert quoted[["sentence_id", "surface"]].values.tolist() == [
        [3, "Chinese Defense Ministry"], [3, "US"], [3, "Chinese"]]
    demonyms = default_mentions[default_mentions["kind"] == "demonym"]
    assert demonyms[["sentence_id", "surface", "actor"]].values.tolist() == [
        [3, "Chinese", "china"], [7, "Chinese", "china"]]


# --- the pitfalls, on texts of our own -----------------------------------------------------


def test_us_is_not_the_pronoun_us():
    assert found("Let us be clear, the US told us.") == [("US", "united_states")]
    assert found("Us and them. Tell us more about us government grants.") == []
    assert found("The US Government said so.") == [("US Government", "us_government")]


def test_dotted_and_undotted_us_and_un():
    assert found("The U.S. and the US and the U.N. met the UN.") == [
        ("U.S.", "united_states"), ("US", "united_states"), ("U.N.", "united_nations"),
        ("UN", "united_nations")]
    assert found("A U.S. Navy ship sailed.") == [("U.S. Navy", "us_military")]
    assert found("It flew over the U.S.") == [("U.S.", "united_states")]


def test_curly_and_straight_apostrophes():
    for apostrophe in ("’", "'"):
        sentence = f"China{apostrophe}s envoy met the People{apostrophe}s Liberation Army."
        assert found(sentence) == [("China", "china"),
                                   (f"People{apostrophe}s Liberation Army", "pla")]


def test_longest_match_wins_and_nothing_is_counted_twice():
    assert found("The Chinese Defense Ministry spoke.") == [
        ("Chinese Defense Ministry", "china_defense_ministry")]
    assert found("Ships sailed in the South China Sea.") == [("South China Sea",
                                                               "south_china_sea")]
    assert found("The People's Republic of China and the Republic of China.") == [
        ("People's Republic of China", "china"), ("Republic of China", "taiwan")]
    assert found("The Washington Post asked the White House.") == [
        ("Washington Post", "news_media"), ("White House", "white_house")]
    assert found("Xi flew to Xi’an.") == [("Xi", "xi_jinping"), ("Xi’an", "xian")]
    assert found("Taiwan's Defense Ministry answered.") == [
        ("Taiwan's Defense Ministry", "taiwan_defense_ministry")]


def test_the_ministry_is_the_last_ministry_named_across_sentences_and_paragraphs():
    table = mentions_in_text(
        "China's Foreign Ministry spoke first.\n\nThen the Chinese Defense Ministry spoke. "
        "A spokesperson for the ministry added more.\n\nThe foreign ministry disagreed.")
    assert table[["surface", "actor"]].values.tolist() == [
        ["China's Foreign Ministry", "china_foreign_ministry"],
        ["Chinese Defense Ministry", "china_defense_ministry"],
        ["the ministry", "china_defense_ministry"],
        ["The foreign ministry", "china_foreign_ministry"]]
    assert table["rule"].tolist()[2:] == [
        "anaphora: the ministry → last ministry named (china_defense_ministry)",
        "anaphora: the foreign ministry → last foreign ministry named (china_foreign_ministry)"]
    assert table["sentence_id"].tolist() == [1, 2, 3, 4]


def test_department_administration_and_unresolved_anaphora():
    assert found("The Pentagon said no. The department later said yes.") == [
        ("Pentagon", "pentagon"), ("The department", "pentagon")]
    assert found("The Biden administration acted. Critics said the administration erred.") == [
        ("Biden administration", "us_government"), ("the administration", "us_government")]
    # Nothing named before: "the ministry" stays unresolved rather than guessed.
    assert found("The ministry said nothing. Then China's Defense Ministry spoke.") == [
        ("China's Defense Ministry", "china_defense_ministry")]
    # A named department is a direct mention, not an anaphor.
    assert found("The State Department said so.") == [("State Department", "state_department")]


def test_anaphora_state_resets_for_each_article():
    rows = [("a", 1, 1, 0, 35, "The Chinese Defense Ministry spoke."),
            ("b", 1, 1, 0, 21, "The ministry said no.")]
    table = mentions(pd.DataFrame(rows, columns=["article_id", "sentence_id", "paragraph_id",
                                                 "start", "end", "text"]))
    assert table[["article_id", "actor"]].values.tolist() == [["a", "china_defense_ministry"]]


def test_in_quote_for_curly_straight_and_multi_sentence_quotes():
    table = mentions_in_text('“China is wrong,” the US said. "Beijing lies," Washington added. '
                             "Taiwan said: “We watch. Japan agrees.” Russia was silent.")
    assert dict(zip(table["surface"], table["in_quote"], strict=True)) == {
        "China": True, "US": False, "Beijing": True, "Washington": False, "Taiwan": False,
        "Japan": True, "Russia": False}


def test_in_quote_follows_the_quotes_table_rule():
    # German marks („…“) are a quotation; the “ that closes one opens nothing.
    table = mentions_in_text("„Wir sind Partner“, sagte China. The US disagreed.")
    assert dict(zip(table["surface"], table["in_quote"], strict=True)) == {
        "China": False, "US": False}
    # An opening mark never closed quotes to the end of its paragraph, not beyond.
    table = mentions_in_text("Beijing said “the US lied. Washington was silent.\n\nTaiwan spoke.")
    assert dict(zip(table["surface"], table["in_quote"], strict=True)) == {
        "Beijing": False, "US": True, "Washington": True, "Taiwan": False}


def test_demonyms_are_the_country_with_their_own_kind():
    table = mentions_in_text("American officials met Chinese diplomats in Washington.")
    assert table[["surface", "actor", "kind"]].values.tolist() == [
        ["American", "united_states", "demonym"], ["Chinese", "china", "demonym"],
        ["Washington", "washington", "country"]]
    book = actors.load_codebook()
    without = book[book["kind"] != "demonym"]
    assert found("Chinese officials met the Chinese Defense Ministry.", without) == [
        ("Chinese Defense Ministry", "china_defense_ministry")]


def test_the_capitalised_house_is_the_us_house():
    assert found("The House voted. The White House objected.") == [
        ("House", "us_house"), ("White House", "white_house")]
    assert found("The house was empty.") == []


@pytest.mark.parametrize("sentence, actor", [
    ("Xi Jinping spoke.", "xi_jinping"), ("President Xi spoke.", "xi_jinping"),
    ("Wang Yi spoke.", "wang_yi"), ("Li Qiang spoke.", "li_qiang"),
    ("Qin Gang spoke.", "qin_gang"), ("Li Shangfu spoke.", "li_shangfu"),
    ("Wei Fenghe spoke.", "wei_fenghe"), ("Mao Ning spoke.", "mao_ning"),
    ("Wang Wenbin spoke.", "wang_wenbin"), ("The PRC spoke.", "china"),
    ("The Chinese government spoke.", "china_government"), ("The PLA spoke.", "pla"),
    ("America spoke.", "united_states"), ("The Department of Defense spoke.", "pentagon"),
    ("The State Department spoke.", "state_department"), ("Congress spoke.", "us_congress"),
    ("Blinken spoke.", "blinken"), ("Austin spoke.", "austin"), ("Pelosi spoke.", "pelosi"),
    ("Trump spoke.", "trump"), ("Harris spoke.", "harris"), ("Kirby spoke.", "kirby"),
    ("The G-20 spoke.", "g20"), ("The United Nations spoke.", "united_nations"),
])
def test_the_default_codebook_covers_us_china_coverage_in_general(sentence, actor):
    assert [a for _, a in found(sentence)] == [actor]


# --- the codebook and its errors --------------------------------------------------------------

HEADER = "actor,name,side,kind,pattern,case_sensitive,regex\n"


def write(tmp_path, body, header=HEADER):
    path = tmp_path / "book.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_default_codebook_loads_with_every_side_and_kind():
    book = actors.load_codebook()
    assert list(book.columns) == [*actors.CODEBOOK_COLUMNS, "row"]
    assert set(book["side"]) == set(codebooks.actor_sides())
    assert set(book["kind"]) == set(actors.KINDS)
    assert book["row"].iloc[0] == 2
    assert book.loc[book["pattern"] == "US", "case_sensitive"].item() is True


@pytest.mark.parametrize("body, header, message", [
    ("china,China,China,country,China,no\n", "actor,name,side,kind,pattern,case_sensitive\n",
     "book.csv, row 1 (the header): missing column 'regex'"),
    ("china,China,China,country,China,no,no\nus,US,USA,country,US,yes,no\n", HEADER,
     "book.csv, row 3: unknown side 'USA' (use one of: China, United States, other)."),
    ("china,China,China,nation,China,no,no\n", HEADER,
     "book.csv, row 2: unknown kind 'nation'"),
    ("china,China,China,country,(China,no,yes\n", HEADER,
     "book.csv, row 2: the regex '(China' is not valid"),
    ("china,China,China,country,China,no,no\n\nchina,China,China,country,,no,no\n", HEADER,
     "book.csv, row 4: the pattern is empty."),
    ("china,China,China,country,China,maybe,no\n", HEADER,
     "book.csv, row 2: case_sensitive is 'maybe'; write yes or no."),
    ("china,China,China,country,China,no,no\nchina,China,other,country,PRC,no,no\n", HEADER,
     "book.csv, row 3: actor 'china' is named 'China' on side 'other', but row 2"),
    ("china,China,China,country,China,no,no\nchina,China,China,country,china,no,no\n", HEADER,
     "book.csv, row 3: the pattern 'china' is already on row 2."),
    ("china,China,China,country,x?,no,yes\n", HEADER,
     "book.csv, row 2: the regex 'x?' matches empty text"),
    ("china;China;China;country;China;no;no\n", HEADER.replace(",", ";"),
     "book.csv, row 1: the columns are separated by semicolons"),
])
def test_codebook_errors_name_the_file_the_row_and_the_problem(tmp_path, body, header, message):
    with pytest.raises(CodebookError) as err:
        actors.load_codebook(write(tmp_path, body, header))
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_a_missing_codebook_file_and_a_bad_table(tmp_path):
    with pytest.raises(CodebookError, match="does not exist"):
        actors.load_codebook(tmp_path / "nope.csv")
    bad = actors.load_codebook().head(3).assign(side="Chna")
    with pytest.raises(CodebookError, match=r"codebook table, row 2: unknown side 'Chna'"):
        mentions_in_text("China.", bad)


def test_a_row_added_to_the_loaded_codebook_without_a_row_number(default_sentences):
    # Notebook 04, exercise 2: append a row as a dict (no "row" key) with pd.concat, so the
    # new row's "row" is NaN and the column turns to floats.
    book = actors.load_codebook()
    bali = pd.DataFrame([{"actor": "bali", "name": "Bali", "side": "other", "kind": "place",
                          "pattern": "Bali", "case_sensitive": False, "regex": False}])
    bigger = pd.concat([book, bali], ignore_index=True)
    assert bigger["row"].isna().sum() == 1
    found_bali = mentions(default_sentences, bigger).query("actor == 'bali'")
    assert found_bali[["sentence_id", "surface", "rule"]].values.tolist() == [
        [6, "Bali", "codebook: Bali"]]
    assert "Bali" not in actors.unlisted_names(default_sentences, bigger)["name"].tolist()
    # The new row is numbered after the file's last row, so a message can name it.
    last = int(book["row"].max())
    with pytest.raises(CodebookError, match=rf"codebook table, row {last + 1}: unknown side"):
        mentions_in_text("Bali.", pd.concat([book, bali.assign(side="Bal")],
                                            ignore_index=True))


def test_a_small_codebook_of_ones_own(tmp_path):
    path = write(tmp_path, "eu,European Union,other,organisation,Brussels,no,no\n"
                           "eu,European Union,other,organisation,E(?:U|uropean Union),yes,yes\n")
    assert found("Brussels and the EU and the European Union.", path) == [
        ("Brussels", "eu"), ("EU", "eu"), ("European Union", "eu")]


def test_empty_input_gives_empty_tables_with_the_right_columns():
    empty = pd.DataFrame(columns=text.SENTENCE_COLUMNS)
    assert list(mentions(empty).columns) == actors.COLUMNS and mentions(empty).empty
    assert mentions_in_text("Nobody is named here.").empty
    assert list(actors.unlisted_names(empty).columns) == [
        "article_id", "name", "count", "sentence_ids", "context"]
    assert actors.actor_counts(mentions(empty)).empty
    assert actors.cooccurrence(mentions(empty)).empty
    assert actors.side_by_paragraph(mentions(empty), empty).empty


# --- unlisted names ------------------------------------------------------------------------


def test_unlisted_names_in_the_default_article(default_sentences):
    table = actors.unlisted_names(default_sentences)
    assert table[["name", "count", "sentence_ids"]].values.tolist() == [
        ["Indonesian", 1, "6"], ["Bali", 1, "6"], ["Atlantic Ocean", 1, "9"],
        ["Secretary of State", 1, "12"], ["Anthony", 1, "12"]]
    assert table.loc[4, "context"] == ("…prompted the US Secretary of State, [Anthony] "
                                       "Blinken, to cancel a trip he was due…")


def test_unlisted_names_skip_ordinary_sentence_openers_and_dates():
    sample = ("However, Jake Sullivan met Wang Wenbin on Monday. The talks in Geneva ended in "
              "March. Its end came soon. Meanwhile Geneva Airport closed. Officials said "
              "“Following talks will follow.” Kazuo Ueda spoke, and Ueda left.")
    table = actors.unlisted_names(text_table(sample))
    assert table[["name", "count", "sentence_ids"]].values.tolist() == [
        ["Geneva", 1, "2"], ["Geneva Airport", 1, "4"], ["Kazuo Ueda", 1, "6"],
        ["Ueda", 1, "6"]]
    assert "Ueda" not in actors.unlisted_names(text_table(sample), ignore=["ueda"])["name"].tolist()


def text_table(body, article_id="t"):
    return actors._sentences_from_text(body, article_id)


# --- charts -----------------------------------------------------------------------------


def test_actor_chart_draws_one_bar_per_actor_in_its_side_colour(default_mentions):
    ax = charts.actors.plot_actor_mentions(default_mentions)
    bars = ax.patches
    assert len(bars) == 15
    assert [b.get_width() for b in bars][:3] == [10, 6, 4]
    assert [tuple(round(c, 3) for c in b.get_facecolor()[:3]) for b in bars[:2]] == [
        (0.0, 0.447, 0.698), (0.835, 0.369, 0.0)]  # #0072B2, #D55E00
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "China", "United States", "other"]
    written = figures.save(ax.figure, "actor_mentions", default_mentions, "test-article")
    assert len(pd.read_csv(written["csv"])) == 36  # one row per mention
    plt.close("all")


def test_side_by_paragraph_counts(default_mentions, default_sentences):
    table = actors.side_by_paragraph(default_mentions, default_sentences)
    assert len(table) == 13 * 3
    wide = table.pivot(index="paragraph_id", columns="side", values="mentions")
    assert wide["China"].tolist() == [2, 1, 3, 1, 0, 2, 2, 0, 0, 2, 0, 1, 1]
    assert wide["United States"].tolist() == [2, 2, 1, 1, 2, 2, 1, 3, 0, 1, 1, 2, 1]
    assert wide["other"].tolist() == [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    ax = charts.actors.plot_side_by_paragraph(table)
    assert len(ax.patches) == 13 * 3
    plt.close("all")


def test_cooccurrence_counts_sentences_not_mentions(default_mentions):
    table = actors.cooccurrence(default_mentions)
    pairs = table.set_index(["actor_a", "actor_b"])["sentences"]
    assert pairs[("china", "united_states")] == pairs[("united_states", "china")] == 5
    assert pairs[("united_states", "united_states")] == 9
    assert pairs[("china_defense_ministry", "united_states")] == 3
    assert pairs[("biden", "xi_jinping")] == 1
    assert pairs[("taiwan", "beijing")] == 0
    assert len(table) == 15 * 15
    assert len(actors.cooccurrence(default_mentions, top=4)) == 16
    ax = charts.actors.plot_cooccurrence(table)
    numbers = [t.get_text() for t in ax.texts]
    assert numbers.count("5") >= 2
    plt.close("all")


def test_charts_on_no_mentions_say_so():
    empty = mentions_in_text("Nobody is named here.")
    for ax in (charts.actors.plot_actor_mentions(empty),
               charts.actors.plot_side_by_paragraph(actors.side_by_paragraph(
                   empty, text_table("Nobody is named here."))),
               charts.actors.plot_cooccurrence(actors.cooccurrence(empty))):
        assert not ax.axison and ax.texts
    plt.close("all")


# --- the annotated article ---------------------------------------------------------------


def test_annotated_html_marks_every_mention_and_is_reproducible(default_article,
                                                                default_mentions, tmp_path):
    page = display.annotated_html(default_article, default_mentions)
    assert page.count("<mark class=\"side-") == 36 + 3  # every mention + the legend's keys
    assert "<script" not in page and "http" not in page and "@import" not in page
    assert 'title="Chinese Defense Ministry (china_defense_ministry) · China · agency · ' \
           'anaphora: the ministry → last ministry named (china_defense_ministry)"' in page
    assert "in-quote" in page
    story = re.sub(r"<[^>]+>", "", page.split('<div class="legend">')[1].split("</div>", 1)[1])
    story = re.sub(r"¶\d+", "", html.unescape(story))
    assert [p.strip() for p in story.strip().split("\n")] == list(default_article.paragraphs)
    saved = []
    for attempt in ("first", "second"):
        target = tmp_path / attempt / "article_annotated.html"
        figures.write_atomic(target, lambda tmp: tmp.write_text(
            display.annotated_html(default_article, mentions(text.sentences(default_article))),
            encoding="utf-8", newline="\n"))
        saved.append(target.read_bytes())
    assert saved[0] == saved[1]
    fragment = display.annotated_html(default_article, default_mentions, standalone=False)
    assert fragment.startswith('<div class="actor-annotated">') and "<html" not in fragment


def test_annotated_html_escapes_the_text(tmp_path):
    from helpers.article import load_article

    path = tmp_path / "a.txt"
    path.write_text("Title here\n\nChina said <b>no</b> & the US said \"yes\".\n",
                    encoding="utf-8")
    art = load_article(path)
    page = display.annotated_html(art, mentions(text.sentences(art)))
    assert "&lt;b&gt;no&lt;/b&gt; &amp; the" in page
    assert '<mark class="side-united-states" title=' in page


def test_annotated_explorer_redraws_with_the_chosen_side(default_article, default_mentions):
    box = display.annotated_explorer(default_article, default_mentions)
    sides, chosen_actors = box.children[0].children
    shown = box.children[1]
    assert shown.outputs[0]["text"] == "36 of 36 mentions highlighted\n"
    assert set(sides.options) == {"China", "United States", "other"}
    sides.value = ("China",)
    assert shown.outputs[0]["text"] == "15 of 36 mentions highlighted\n"
    chosen_actors.value = ("pla",)
    assert shown.outputs[0]["text"] == "1 of 36 mentions highlighted\n"
    assert shown.outputs[1]["data"]["text/html"].count("People’s Liberation Army") == 1


def test_unlisted_names_can_reuse_the_mentions_found(default_sentences, default_mentions):
    again = actors.unlisted_names(default_sentences, mention_table=default_mentions)
    assert again.equals(actors.unlisted_names(default_sentences))
    assert "Bali" in again["name"].tolist()
