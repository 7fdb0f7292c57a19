"""Voices, quotes, naming, frames, keyness and tone, checked against hand-read answers."""

import math
from pathlib import Path

import pandas as pd
import pytest

from helpers import charts, display, framing, text, voices
from helpers.article import Article


def sentences_of(*paragraphs: str) -> pd.DataFrame:
    art = Article(id="t", path=Path("t.txt"), title=None, dateline=None,
                  paragraphs=tuple(paragraphs), removed=(), encoding="utf-8")
    return text.sentences(art)


def voice_rows(*paragraphs: str) -> list[tuple]:
    v = voices.voices(sentences_of(*paragraphs))
    return list(v[["sentence_id", "clause_id", "side", "speaker", "cue"]].itertuples(
        index=False, name=None))


# ----------------------------------------------------------------------- the default article
@pytest.fixture(scope="module")
def article_voices(default_sentences):
    return voices.voices(default_sentences)


def test_default_article_sides_as_read_by_hand(article_voices):
    v = article_voices
    side = {sid: list(g["side"]) for sid, g in v.groupby("sentence_id")}
    # Sentences 2, 3, 4 and 13 speak for China; 7 reports a US claim; 10 is two clauses, one
    # per side; 5, 6, 9 and 11 are the narrator's (the hand reading).
    for sid in (2, 3, 4, 13):
        assert side[sid] == ["China"], sid
    assert side[7] == ["United States"]
    assert side[10] == ["China", "United States"]
    for sid in (5, 6, 9, 11, 12):
        assert side[sid] == ["narrator"], sid
    # Sentence 1, re-read by the principle that rejecting a proposal is an act the reporter
    # reports, not speech: China's rejection is the narrator's; only "it says" (Washington)
    # is a claim.  8 reports what the Pentagon confirmed.
    assert side[1] == ["United States"]
    assert side[8] == ["United States"]
    assert len(v) == 14


def test_default_article_sources_cues_and_content(article_voices, default_article):
    v = article_voices.set_index(["sentence_id", "clause_id"])
    body = default_article.body

    def content(sid, cid=1):
        return body[v.loc[(sid, cid), "content_start"]:v.loc[(sid, cid), "content_end"]]

    assert (v.loc[(3, 1), "speaker"], v.loc[(3, 1), "cue"]) == ("the ministry", "said")
    assert v.loc[(4, 1), "speaker"] == "A spokesperson for the ministry"
    assert v.loc[(4, 1), "actor"] == "china_defense_ministry"
    assert "anaphora" in v.loc[(4, 1), "rule"]
    assert (v.loc[(7, 1), "speaker"], v.loc[(7, 1), "cue"]) == ("Washington", "says")
    assert v.loc[(10, 1), "text"] == ("Beijing has said the airship was a meteorological device "
                                      "that “deviated from its original course,”")
    assert v.loc[(10, 2), "text"].startswith("while Washington insists that it is a surveillance")
    assert (v.loc[(1, 1), "speaker"], v.loc[(1, 1), "cue"]) == ("it", "says")
    assert "pronoun 'it'" in v.loc[(1, 1), "rule"] and v.loc[(1, 1), "actor"] == "washington"
    # The content is the claim: the that-clause, the clause a relative "which X says" holds,
    # the quotation next to its source; never the reporter's words around it.
    assert content(1) == "was part of a vast surveillance operation orchestrated by Beijing"
    assert content(7) == ("is part of a surveillance program operated by the People’s "
                          "Liberation Army")
    assert content(2).startswith("the US had “seriously violated international practices")
    assert content(3).startswith("“The Chinese Defense Ministry does not accept")
    assert content(13) == "the US of “seriously damaging” relations between both countries"
    assert v.loc[(1, 1), "content_words"] == 10
    # Clauses tile their sentence: their words add up to the article's 370.
    assert article_voices["n_words"].sum() == 370


def test_default_article_six_quotes(default_sentences, article_voices):
    q = voices.quotes(default_sentences, voice_table=article_voices)
    assert list(zip(q["sentence_id"], q["side"], q["text"], strict=True)) == [
        (2, "China", "seriously violated international practices and set a very bad precedent"),
        (3, "China", "The Chinese Defense Ministry does not accept the proposal that the defense "
                     "ministers of both countries hold talks, given the US mistake of attacking a "
                     "Chinese civilian unmanned aircraft"),
        (4, "China", "failed to create a proper atmosphere for dialogue and exchange between the "
                     "two armies."),
        (10, "China", "deviated from its original course"),
        (10, "United States", "monitor strategic sites."),
        (13, "China", "seriously damaging"),
    ]
    assert set(q["status"]) == {"ok"}
    assert q.loc[1, "layout"] == "quote first, speaker after"
    assert q.loc[0, "layout"] == "speaker before quote"


def test_default_article_names_by_side(default_article, article_voices):
    names = framing.naming(article_voices, title=default_article.title)
    by_side = {side: sorted(g["name"]) for side, g in names.groupby("side")}
    # On content spans: "rogue device" (sentence 13) and "a balloon" in sentence 1 are the
    # reporter's words; "the balloon" inside China's that-clause of sentence 2 is China's
    # claim in the reporter's paraphrase.
    assert by_side == {
        "China": ["airship", "balloon", "civilian unmanned aircraft", "meteorological device"],
        "United States": ["surveillance device", "surveillance operation", "surveillance program"],
        "narrator": ["aircraft", "balloon", "balloon", "balloon", "balloon", "rogue device",
                     "spy balloon"],
    }
    headline = names[names["sentence_id"] == 0]
    assert headline[["side", "name"]].values.tolist() == [["narrator", "spy balloon"]]


# ----------------------------------------------------------------------- cues, one by one
@pytest.mark.parametrize("cue", ["said", "says", "added", "insists", "confirmed", "warned",
                                 "denied", "claimed", "stressed", "argued", "acknowledged",
                                 "announced", "noted"])
def test_every_cue_with_a_chinese_and_a_us_speaker(cue):
    assert voice_rows(f"Beijing {cue} that the flight was routine.") == [
        (1, 1, "China", "Beijing", cue)]
    assert voice_rows(f"The Pentagon has {cue} that the flight was routine.") == [
        (1, 1, "United States", "The Pentagon", cue)]


@pytest.mark.parametrize("sentence, side", [
    ("Beijing rejected the proposal for talks.", "narrator"),          # an act
    ("Beijing rejected the accusation.", "China"),                     # a claim about a claim
    ("Beijing said it rejected the proposal.", "China"),               # reported as speech
    ("Washington added ten firms to the list.", "narrator"),
    ("Washington urged Beijing to release the crew.", "United States"),  # a reported demand
    ("Beijing called the visit “provocative.”", "China"),
    ("The Pentagon announced new tariffs.", "narrator"),
    ("The Pentagon has not said when the talks resume.", "narrator"),   # no claim reported
])
def test_verbs_that_can_report_an_act_are_speech_only_with_a_speech_complement(sentence, side):
    assert voice_rows(sentence)[0][2] == side


def test_according_to_puts_the_speaker_after_the_cue():
    assert voice_rows("The balloon carried antennas, according to the Pentagon.") == [
        (1, 1, "United States", "the Pentagon", "according to")]


def test_speaker_after_cue_in_quote_first_layout():
    rows = voice_rows("The Chinese Foreign Ministry spoke on Monday.",
                      "“It was a weather balloon,” said the ministry.")
    assert rows == [(1, 1, "narrator", "", ""), (2, 1, "China", "the ministry", "said")]


def test_reported_speech_in_a_relative_clause_is_the_speaker_side():
    assert voice_rows("The balloon, which Washington says was spying, fell into the sea.") == [
        (1, 1, "United States", "Washington", "says")]


def test_action_only_and_passive_cues_are_the_narrator():
    assert voice_rows("China froze dialogue with the US.") == [(1, 1, "narrator", "", "")]
    assert voice_rows("Biden was told about the balloon.") == [(1, 1, "narrator", "", "")]


def test_two_sides_in_one_sentence_become_two_clauses():
    v = voices.voices(sentences_of(
        "Beijing has said the balloon was civilian, while Washington insists it was a spy craft."))
    assert v[["clause_id", "side", "speaker"]].values.tolist() == [
        [1, "China", "Beijing"], [2, "United States", "Washington"]]
    assert v["text"].tolist() == ["Beijing has said the balloon was civilian,",
                                  "while Washington insists it was a spy craft."]


def test_pronoun_speaker_resolves_to_the_nearest_actor_before_it():
    assert voice_rows("Washington shot down a balloon it says was spying.") == [
        (1, 1, "United States", "it", "says")]


def test_unknown_speaker_is_other_and_cues_inside_quotes_are_ignored():
    assert voice_rows("Experts said the debris was large.") == [
        (1, 1, "other", "Experts", "said")]
    assert voice_rows("“They said nothing,” the Pentagon added.") == [
        (1, 1, "United States", "the Pentagon", "added")]


# ----------------------------------------------------------------------- quotes
def quote_rows(*paragraphs: str) -> list[tuple]:
    q = voices.quotes(sentences_of(*paragraphs))
    return list(q[["sentence_id", "text", "side", "layout", "status"]].itertuples(
        index=False, name=None))


def test_quote_layouts():
    assert quote_rows('Washington said "it was a spy balloon."') == [
        (1, "it was a spy balloon.", "United States", "speaker before quote", "ok")]
    assert quote_rows("“We will respond,” Washington said.") == [
        (1, "We will respond", "United States", "quote first, speaker after", "ok")]
    split = quote_rows("“It was civilian,” Beijing said, “and it lost its way.”")
    assert [(r[1], r[2], r[3]) for r in split] == [
        ("It was civilian", "China", "quote split by the cue"),
        ("and it lost its way.", "China", "quote split by the cue")]


def test_a_quote_over_two_sentences_is_one_quote():
    rows = quote_rows("“It was civilian. It lost its way,” Beijing said.")
    assert rows == [(1, "It was civilian. It lost its way", "China",
                     "quote first, speaker after", "ok")]


def test_unbalanced_quote_marks_are_reported_not_crashed_on():
    rows = quote_rows("The airline said “it was civilian.", "Talks ended.")
    assert rows == [(1, "it was civilian.", "other", "speaker before quote",
                     "unbalanced: an opening “ that is never closed")]
    assert quote_rows("Nobody spoke.") == []


# ----------------------------------------------------------------------- naming and frames
def test_longest_name_wins_and_headline_is_the_narrator():
    v = voices.voices(sentences_of("Beijing said the airship was a civilian unmanned aircraft."))
    names = framing.naming(v, title="Spy balloon row")
    assert names[["sentence_id", "side", "name"]].values.tolist() == [
        [0, "narrator", "spy balloon"], [1, "China", "airship"],
        [1, "China", "civilian unmanned aircraft"]]
    table = framing.naming_table(names)
    assert table[table["side"] == "China"]["count"].tolist() == [1, 1]


def test_frame_hits_skip_actor_names_and_count_per_100_words():
    from helpers import actors

    sents = sentences_of("China accused the US of violating international law.",
                         "The People's Liberation Army stayed silent.")
    mentions = actors.mentions(sents)
    v = voices.voices(sents, mention_table=mentions)
    hits = framing.frame_hits(v, mention_table=mentions)
    assert hits[["sentence_id", "frame", "surface"]].values.tolist() == [
        [1, "legality and international norms", "violating"],
        [1, "legality and international norms", "international law"]]
    # "accused" is the cue, so it says who speaks, not how: no "blame" hit.
    profile = framing.frame_profile(hits, v).set_index(["frame", "side"])
    assert profile.loc[("legality and international norms", "China"), "hits"] == 2
    # China's words are its content, "the US of violating international law": 6 words.
    assert profile.loc[("legality and international norms", "China"), "side_words"] == 6
    assert profile.loc[("legality and international norms", "China"), "per_100_words"] == 33.33


def test_frame_terms_match_endings_and_phrases():
    table = framing.load_frames()
    assert {"security and defense", "legality and international norms", "accident and science",
            "diplomacy and relations", "blame and conflict", "sovereignty"} <= set(table["frame"])
    import re
    pattern = re.compile(framing._term_pattern("accus*"), re.IGNORECASE)
    assert [m.group(0) for m in pattern.finditer("Accused, accusation; unaccused")] == [
        "Accused", "accusation"]


# ----------------------------------------------------------------------- keyness and tone
def test_keyness_by_hand():
    v = pd.DataFrame({
        "article_id": "t", "sentence_id": [1, 2], "clause_id": 1, "start": [0, 100],
        "end": [17, 111], "text": ["alpha alpha beta.", "beta gamma."],
        "side": ["China", "United States"], "speaker_start": -1, "speaker_end": -1,
        "cue_start": -1, "cue_end": -1,
    })
    k = framing.keyness(v).set_index("term")
    # alpha: 2 of 3 words for China, 0 of 2 for the US. Expected 1.2 and 0.8.
    assert k.loc["alpha", "g2"] == pytest.approx(2 * 2 * math.log(2 / 1.2), abs=1e-3)
    assert k.loc["alpha", "log_ratio"] == pytest.approx(math.log2((2 / 3) / (0.5 / 2)), abs=1e-3)
    assert k.loc["alpha", "key_for"] == "China"
    assert k.loc["gamma", "key_for"] == "United States"
    assert (k.loc["beta", "count_a"], k.loc["beta", "count_b"]) == (1, 1)
    assert k.attrs == {"side_a": "China", "side_b": "United States", "size_a": 3, "size_b": 2}


def test_default_article_keyness_rests_on_few_tokens(article_voices, default_sentences):
    from helpers import actors

    k = framing.keyness(article_voices, mention_table=actors.mentions(default_sentences))
    top = k.iloc[0]
    # "surveillance" in three US clauses (sentences 1, 7, 10), never in China's.
    assert (top["term"], top["count_a"], top["count_b"]) == ("surveillance", 0, 3)
    assert top["sentence_ids_b"] == "1;7;10"
    assert (k["total"] <= 4).all()  # no keyword in this article rests on more than 4 tokens


def test_tone_scores_each_voice():
    v = voices.voices(sentences_of("Beijing said it was a terrible, hostile mistake.",
                                    "Washington said the talks were good."))
    scored = framing.tone(v).set_index("side")
    # Each side's content is scored; "Beijing said" and "Washington said" are the narrator's.
    assert scored.loc["China", "text"] == "it was a terrible, hostile mistake"
    assert scored.loc["China", "compound"] < -0.5 < 0.2 < scored.loc["United States", "compound"]
    assert (scored.loc["narrator", "compound"] == 0).all()


def test_share_of_voice_adds_up(article_voices):
    share = voices.share_of_voice(article_voices).set_index("side")
    assert share["words"].sum() == 370
    # A side's words are its content's words (counted by hand from the content spans:
    # China 32 + 29 + 23 + 12 + 9, the US 10 + 13 + 5 + 14); the narrator holds the rest.
    assert share["words"].to_dict() == {"China": 105, "United States": 42, "narrator": 223}
    assert share.loc["China", "sentence_ids"] == "2;3;4;10;13"
    assert share.loc["United States", "sentence_ids"] == "1;7;8;10"


def test_empty_article_gives_empty_tables():
    empty = sentences_of("Nothing to see here.").iloc[0:0]
    v = voices.voices(empty)
    assert v.empty and list(v.columns) == voices.VOICE_COLUMNS
    assert voices.quotes(empty, voice_table=v).empty
    assert framing.keyness(v).empty


def test_several_articles_are_numbered_and_titled_apart(default_article):
    from helpers.article import load_article

    copy = load_article(default_article.path, article_id="copy")
    both = text.sentences([default_article, copy])
    v = voices.voices(both)
    q = voices.quotes(both, voice_table=v)
    assert q.groupby("article_id")["quote_id"].agg(list).tolist() == [[1, 2, 3, 4, 5, 6]] * 2
    names = framing.naming(v, title={default_article.id: default_article.title, "copy": "Spy balloon"})
    headlines = names[names["sentence_id"] == 0].sort_values("article_id")
    assert headlines[["article_id", "name"]].values.tolist() == [
        ["copy", "spy balloon"], [default_article.id, "spy balloon"]]


def test_tone_reads_words_inside_curly_quotes_like_straight_ones():
    curly = voices.voices(sentences_of("Beijing said the US had “failed to create” trust."))
    straight = voices.voices(sentences_of('Beijing said the US had "failed to create" trust.'))
    assert framing.tone(curly).loc[0, "compound"] == framing.tone(straight).loc[0, "compound"]
    # VADER alone misses "failed" glued to a curly quote and scores the curly text higher.
    raw = framing._vader().polarity_scores(curly.loc[0, "text"])["compound"]
    assert raw > framing.tone(curly).loc[0, "compound"]


def test_keyness_chart_fades_weak_keywords(article_voices, default_sentences):
    import matplotlib.pyplot as plt

    from helpers import actors

    key = framing.keyness(article_voices, mention_table=actors.mentions(default_sentences))
    ax = charts.framing.plot_keyness(key, floor=3)
    bars = {label.get_text(): patch for label, patch in zip(ax.get_yticklabels(), ax.patches,
                                                            strict=True)}
    # Content words: China 48, the US 17 (65 in all).  "surveillance" 0:3: expected count
    # for the US 17 × 3 / 65 = 0.785, G² = 2 × 3 × ln(3 / 0.785) = 8.05: drawn solid.
    # "countries" 2:0: expected 48 × 2 / 65 = 1.477, G² = 2 × 2 × ln(2 / 1.477) = 1.21.
    assert key.attrs["size_a"] == 48 and key.attrs["size_b"] == 17
    assert key.set_index("term").loc["surveillance", "g2"] == pytest.approx(8.047, abs=0.001)
    assert key.set_index("term").loc["countries", "g2"] == pytest.approx(1.213, abs=0.001)
    assert bars["surveillance"].get_alpha() == 1
    assert bars["countries"].get_alpha() == 0.35      # 2 tokens and G² < 3.84: faded
    assert bars["part"].get_alpha() == 0.35           # 0:2: too few tokens
    plt.close(ax.figure)


def test_capitalised_cue_words_inside_a_sentence_are_names_not_cues():
    # "States" and "State" are forms of the cue "state", but here they are parts of names.
    assert voice_rows("China and the United States will meet in March.") == [
        (1, 1, "narrator", "", "")]
    assert voice_rows("The State Department said the trip was off.") == [
        (1, 1, "United States", "The State Department", "said")]
    # At the start of a sentence a capital is just the first letter.
    assert voice_rows("According to the Pentagon, the balloon carried antennas.") == [
        (1, 1, "United States", "the Pentagon", "According to")]


def test_voice_explorer_filters_by_side_and_cue(article_voices):
    box = display.voice_explorer(article_voices)
    side_menu, cue_menu = box.children[0].children
    shown = box.children[1]
    assert shown.outputs[0]["text"] == "14 of 14 rows\n"
    side_menu.value = "United States"
    assert shown.outputs[0]["text"] == "4 of 14 rows\n"
    cue_menu.value = "says"
    assert shown.outputs[0]["text"] == "2 of 14 rows\n"
