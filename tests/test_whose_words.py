"""Whose words each framing hit is in, on the default article read by hand; names for any
topic; the general frames; the tables as they are exported."""

from pathlib import Path

import pandas as pd
import pytest

from helpers import actors, codebooks, findings, framing, phrases, text, voices
from helpers.article import Article, load_article

VALIDATION = Path(__file__).parent / "validation"
US = "United States"
SEC, EXT, LEG, POL, ACC = ("security and defense", "external regulation and reputation",
                           "legality, constitutionality and jurisprudence",
                           "policy prescription and evaluation", "accident and science")


@pytest.fixture(scope="module")
def default(default_article, default_sentences):
    mentions = actors.mentions(default_sentences)
    v = voices.voices(default_sentences, mention_table=mentions)
    return {"article": default_article, "mentions": mentions, "voices": v,
            "quotes": voices.quotes(default_sentences, voice_table=v)}


def sentences_of(*paragraphs: str) -> pd.DataFrame:
    art = Article(id="t", path=Path("t.txt"), title=None, dateline=None,
                  paragraphs=tuple(paragraphs), removed=(), encoding="utf-8")
    return text.sentences(art)


# ----------------------------------------------------------------------- the default article
# Read from the article by hand.  A side's content is its claim (the that-clause, the
# quotation, the clause "which Washington says" holds); inside it, only the words between
# the side's own quotation marks are ``quoted``.  Sentence 0 is the headline.
NAMES_BY_HAND = [
    (0, "narrator", "narrator", "spy balloon"),          # the headline
    (1, "narrator", "narrator", "balloon"),              # "Washington shot down a balloon"
    (1, US, "reported", "surveillance operation"),       # "it says was part of a vast …"
    (2, "China", "reported", "balloon"),                 # "in shooting down the balloon": the
                                                         # reporter's end of China's claim
    (3, "China", "quoted", "civilian unmanned aircraft"),  # inside the ministry's quotation
    (7, "narrator", "narrator", "balloon"),              # "the Chinese balloon, which …"
    (7, US, "reported", "surveillance program"),
    (8, "narrator", "narrator", "balloon"),
    (9, "narrator", "narrator", "aircraft"),
    (10, "China", "reported", "airship"),                # "Beijing has said the airship was
    (10, "China", "reported", "meteorological device"),  # a meteorological device that …"
    (10, US, "reported", "surveillance device"),         # "Washington insists that it is …"
    (12, "narrator", "narrator", "balloon"),
    (13, "narrator", "narrator", "rogue device"),        # after China's claim: the reporter's
]

FRAMES_BY_HAND = [
    (1, "narrator", "narrator", POL, "proposal"), (1, "narrator", "narrator", EXT, "bilateral"),
    (1, "narrator", "narrator", EXT, "talks"), (1, "narrator", "narrator", SEC, "defense"),
    (1, "narrator", "narrator", SEC, "shot down"), (1, US, "reported", SEC, "surveillance"),
    (2, "China", "quoted", LEG, "violated"), (2, "China", "quoted", LEG, "international practices"),
    (2, "China", "quoted", LEG, "precedent"), (2, "China", "reported", SEC, "shooting down"),
    (2, "China", "reported", "airspace", "flew over"),
    (2, "China", "reported", "crime and punishment", "investigated"),
    (3, "China", "quoted", POL, "proposal"), (3, "China", "quoted", SEC, "defense"),
    (3, "China", "quoted", EXT, "talks"), (3, "China", "quoted", SEC, "attacking"),
    (3, "China", "quoted", ACC, "civilian"), (3, "China", "quoted", ACC, "unmanned"),
    (4, "China", "quoted", EXT, "dialogue"), (4, "China", "quoted", EXT, "exchange"),
    (4, "China", "quoted", SEC, "armies"),
    (5, "narrator", "narrator", SEC, "defense"), (5, "narrator", "narrator", EXT, "talks"),
    (5, "narrator", "narrator", EXT, "tensions"), (5, "narrator", "narrator", EXT, "escalated"),
    (5, "narrator", "narrator", EXT, "trip"),
    (6, "narrator", "narrator", EXT, "visit"), (6, "narrator", "narrator", EXT, "dialogue"),
    (6, "narrator", "narrator", SEC, "defense"), (6, "narrator", "narrator", EXT, "meeting"),
    (6, "narrator", "narrator", EXT, "summit"),
    (7, US, "reported", SEC, "surveillance"), (7, "narrator", "narrator", "political", "political"),
    (7, "narrator", "narrator", "political", "crisis"),
    (9, "narrator", "narrator", "airspace", "crossed"),
    (9, "narrator", "narrator", SEC, "shot down"),
    (10, "China", "reported", ACC, "meteorological"), (10, "China", "quoted", ACC, "deviated"),
    (10, "China", "quoted", ACC, "original course"), (10, US, "reported", SEC, "surveillance"),
    (10, US, "quoted", SEC, "monitor"), (10, US, "quoted", SEC, "strategic"),
    (11, "narrator", "narrator", "crime and punishment", "investigated"),
    (12, "narrator", "narrator", EXT, "cancel"), (12, "narrator", "narrator", EXT, "trip"),
    (13, "China", "reported", EXT, "relations"), (13, "narrator", "narrator", SEC, "shooting down"),
]


def test_every_name_of_the_object_says_whose_words_it_is_in(default):
    names = framing.naming(default["voices"], title=default["article"].title,
                           quote_table=default["quotes"])
    got = list(names[["sentence_id", "side", "whose", "name"]].itertuples(index=False, name=None))
    assert got == NAMES_BY_HAND
    # No reported or narrator word is shown as a side's own: the only quoted name is China's.
    assert names.loc[names["whose"] == "quoted", ["side", "name"]].values.tolist() == [
        ["China", "civilian unmanned aircraft"]]
    body = default["article"].body
    for row in names[names["sentence_id"] > 0].itertuples():
        assert body[row.start:row.end] == row.surface


def test_every_frame_hit_says_whose_words_it_is_in(default):
    hits = framing.frame_hits(default["voices"], mention_table=default["mentions"],
                              quote_table=default["quotes"])
    got = list(hits[["sentence_id", "side", "whose", "frame", "surface"]].itertuples(
        index=False, name=None))
    assert got == FRAMES_BY_HAND
    body = default["article"].body
    assert all(body[a:b] == s for a, b, s in zip(hits["start"], hits["end"], hits["surface"],
                                                 strict=True))


def test_without_a_quote_table_the_quotations_are_found_again(default):
    with_table = framing.word_units(default["voices"], default["quotes"])
    without = framing.word_units(default["voices"])
    assert with_table[["start", "end", "whose"]].equals(without[["start", "end", "whose"]])


def test_a_title_or_scare_quote_is_never_a_sides_quoted_words():
    v = voices.voices(sentences_of(
        "Beijing said the so-called “spy balloon” was a civilian airship."))
    units = framing.word_units(v)
    assert units[["side", "whose", "text"]].values.tolist() == [
        ["narrator", "narrator", "Beijing said"],
        ["China", "reported", "the so-called “spy balloon” was a civilian airship"]]


def test_share_of_voice_counts_quoted_and_reported_words(default):
    share = framing.share_of_voice(default["voices"], default["quotes"]).set_index("side")
    # China's content words 105 (voices.share_of_voice), of which its quotations hold
    # 11 (sentence 2) + 29 (3) + 14 (4) + 5 (10) + 2 (13) = 61 words, less "the" and "two"
    # … counted by count_words: 60; the US's one quotation "monitor strategic sites": 3.
    assert share.loc["China", ["words", "quoted_words", "reported_words"]].tolist() == [105, 60, 45]
    assert share.loc[US, ["words", "quoted_words", "reported_words"]].tolist() == [42, 3, 39]
    assert share.loc["narrator", "words"] == 223
    assert set(share["article_id"]) == {default["article"].id}


def test_tone_of_quoted_and_reported_words_apart(default):
    scored = framing.tone(default["voices"], quote_table=default["quotes"])
    summary = framing.tone_summary(scored).set_index(["side", "whose"])
    # China's five quotations carry every rated word of its claims; its six reported
    # pieces and all of the US's words hold none, so they score exactly 0.
    assert summary.loc[("China", "quoted"), ["pieces", "rated"]].tolist() == [5, 5]
    assert summary.loc[("China", "reported"), ["pieces", "rated", "mean"]].tolist() == [6, 0, 0]
    assert summary.loc[(US, "quoted"), ["pieces", "rated"]].tolist() == [1, 0]
    assert summary.loc[(US, "reported"), ["pieces", "rated"]].tolist() == [4, 0]
    # The "most negative US dot" (−0.62, "has triggered a new political crisis") is
    # the reporter's words in sentence 7.
    crisis = scored[scored["text"].str.contains("political crisis")]
    assert crisis[["sentence_id", "side", "whose"]].values.tolist() == [[7, "narrator", "narrator"]]
    assert crisis["compound"].iloc[0] == pytest.approx(-0.625, abs=0.001)


# ----------------------------------------------------------------------- the prose
def test_the_notebook_sentences_read_the_default_articles_tables(default):
    v, q, m = default["voices"], default["quotes"], default["mentions"]
    share = framing.share_of_voice(v, q)
    assert findings.share_sentence(share) == (
        "China's claims hold 105 of the article's 370 words (28%; 60 of them in its own "
        "quotations), the United States' claims 42 (11%; 3 of them in its own quotations), and "
        "the narrator the other 223 (60%).")
    assert findings.quotes_sentence(q) == (
        "There are 6 direct quotations: 5 China's and 1 the United States'.")
    names = framing.naming_table(framing.naming(v, title=default["article"].title,
                                                quote_table=q))
    assert findings.naming_sentence(names) == (
        "China's own quoted words call the object “civilian unmanned aircraft”; the reporter's "
        "wording of its claims calls it “airship”, “balloon” and “meteorological device”. The "
        "United States is never quoted naming it; the reporter's wording of its claims calls "
        "it “surveillance device”, “surveillance operation” and “surveillance program”. The "
        "narrator's own words say “balloon”, “aircraft”, “rogue device” and “spy balloon”.")
    hits = framing.frame_hits(v, mention_table=m, quote_table=q)
    profile = framing.frame_profile(hits, v)
    sentence = findings.frames_sentence(profile)
    assert sentence.startswith(
        "China's 105 content words hold 19 frame words, most for accident and science 5 "
        "(4 quoted), security and defense 4 (3 quoted) and external regulation and "
        "reputation 4 (3 quoted); the United States' 42 content words hold 5 frame words, "
        "most for security and defense 5 (2 quoted).")
    assert sentence.endswith("uses economic, capacity and resources, morality, fairness and "
                             "equality, health and safety, quality of life, cultural identity "
                             "and public opinion.")
    key = framing.keyness(v, mention_table=m, quote_table=q)
    assert findings.keyness_sentence(key) == (
        "The top keyword is “surveillance”: 0 in China's 48 content words, 3 in the United "
        "States' 17 (sentences 1, 7, 10), key for the United States, G² = 8.47. 2 of the 59 "
        "terms compared pass 3.84; with a Bonferroni correction for 59 tests a term would "
        "need G² ≥ 11.13, and 0 do.")
    summary = framing.tone_summary(framing.tone(v, quote_table=q))
    assert findings.tone_sentence(summary).startswith(
        "For China, its quoted words score -0.42 on average (5 pieces, 60 words; lowest "
        "-0.84) and its reported claims (6 pieces, 45 words) hold no word VADER rates")


@pytest.mark.parametrize("name", ["03_tariff_hike", "01_chip_export_controls"])
def test_the_notebook_sentences_follow_another_articles_numbers(name):
    sents = text.sentences(load_article(VALIDATION / f"{name}.txt"))
    m = actors.mentions(sents)
    v = voices.voices(sents, mention_table=m)
    q = voices.quotes(sents, voice_table=v)
    share = framing.share_of_voice(v, q).set_index("side")
    sentence = findings.share_sentence(share.reset_index())
    for side in ("China", US):
        words, quoted = share.loc[side, ["words", "quoted_words"]]
        assert f"{words:,} " in sentence or f"{words:,} (" in sentence
        assert (f"{quoted:,} of them" in sentence) if quoted else "none quoted" in sentence
    names = framing.naming_table(framing.naming(v, quote_table=q))
    table = phrases.phrase_table(v, m, quote_table=q)
    sentence = findings.naming_sentence(names, table)
    # The balloon codebook names nothing in a trade story: the sentence says so and reads
    # the noun phrases instead, each of which is in the table.
    assert sentence.startswith("The topic codebook (balloon) finds no name of the object")
    for phrase in table["name"]:
        if f"“{phrase}”" not in sentence.lower():
            continue
        assert phrase in set(table["name"])
    key = framing.keyness(v, mention_table=m, quote_table=q)
    assert f"{key.attrs['tests']:,} terms compared" in findings.keyness_sentence(key)


# ----------------------------------------------------------------------- any topic
@pytest.mark.parametrize("name", ["01_chip_export_controls", "02_south_china_sea_patrol",
                                  "03_tariff_hike", "17_battery_tariffs"])
def test_the_naming_panel_of_another_topic_is_not_empty_and_each_phrase_is_the_sides(name):
    sents = text.sentences(load_article(VALIDATION / f"{name}.txt"))
    m = actors.mentions(sents)
    v = voices.voices(sents, mention_table=m)
    q = voices.quotes(sents, voice_table=v)
    table = phrases.phrase_table(v, m, quote_table=q, top=6)
    assert set(table["side"]) == set(codebooks.compared_sides())
    for side, group in table.groupby("side"):
        here = v[(v["side"] == side) & (v["content_start"] >= 0)]
        content = " ".join(t[a - s:b - s] for t, s, a, b in zip(
            here["text"], here["start"], here["content_start"], here["content_end"],
            strict=True))
        content = " ".join(content.replace("’", "'").lower().split())
        other = v[(v["side"] != side) & (v["side"].isin(codebooks.compared_sides()))
                  & (v["content_start"] >= 0)]
        other_content = " ".join(" ".join(t[a - s:b - s] for t, s, a, b in zip(
            other["text"], other["start"], other["content_start"], other["content_end"],
            strict=True)).replace("’", "'").lower().split())
        for phrase in group["name"]:
            assert phrase in content, (side, phrase)
            assert f" {phrase} " not in f" {other_content} ", (side, phrase)


def test_noun_phrases_stop_at_actor_names_and_skip_light_words():
    sents = sentences_of("Beijing said the US mistake of attacking a Chinese civilian unmanned "
                         "aircraft last week was part of a smear campaign.")
    m = actors.mentions(sents)
    found = phrases.noun_phrases(voices.voices(sents, mention_table=m), m)
    # "US" and "Chinese" name actors; "last week" and "part" say nothing on their own.
    assert found["phrase"].tolist() == ["mistake", "civilian unmanned aircraft",
                                        "smear campaign"]
    assert set(found["whose"]) == {"reported"}


def test_the_general_lexicon_has_the_14_policy_frames_and_keeps_phrases_out():
    general = framing.load_frames(None)
    assert general["frame"].nunique() == 14
    terms = general[general["kind"] == "term"]
    assert not terms.duplicated("term").any()   # a term signals one frame only
    assert general.groupby("frame")["term"].size().min() >= 10
    sents = sentences_of("Washington said artificial intelligence and trade war fears hit the "
                         "security of its supply chain security programme.")
    hits = framing.frame_hits(voices.voices(sents), topic=None)
    assert hits[["frame", "surface"]].values.tolist() == [
        [EXT, "trade war"], [SEC, "security"], ["economic", "supply chain"]]


def test_a_frame_from_the_topic_folder_counts_with_the_general_ones():
    sents = sentences_of("Beijing said the airship had drifted off course in strong winds.")
    hits = framing.frame_hits(voices.voices(sents))
    assert hits[["frame", "surface"]].values.tolist() == [[ACC, "drifted"], [ACC, "winds"]]
    assert framing.frame_hits(voices.voices(sents), topic="starter").empty


# ----------------------------------------------------------------------- several articles
def test_statistics_per_article_stay_apart_when_articles_are_concatenated(default_article):
    copy = load_article(default_article.path, article_id="copy")
    both = text.sentences([default_article, copy])
    m = actors.mentions(both)
    v = voices.voices(both, mention_table=m)
    q = voices.quotes(both, voice_table=v)
    share = framing.share_of_voice(v, q)
    assert share.groupby("article_id")["words"].sum().tolist() == [370, 370]
    hits = framing.frame_hits(v, mention_table=m, quote_table=q)
    profile = framing.frame_profile(hits, v).set_index(["article_id", "frame", "side"])
    for article_id in ("copy", default_article.id):
        assert profile.loc[(article_id, ACC, "China"), ["hits", "quoted", "side_words"]].tolist() \
            == [5, 4, 105]
    names = framing.naming_table(framing.naming(v, quote_table=q))
    assert names.groupby("article_id")["count"].sum().tolist() == [13, 13]
    # Keyness pools what it is given: twice the words, twice the counts.
    key = framing.keyness(v, mention_table=m, quote_table=q).set_index("term")
    assert key.attrs["size_a"] == 96 and key.loc["surveillance", "count_b"] == 6
    first = default_article.id
    assert key.loc["surveillance", "sentence_ids_b"].split(";") == [
        f"{first}:1", f"{first}:7", f"{first}:10", "copy:1", "copy:7", "copy:10"]


# ----------------------------------------------------------------------- exports
def test_exported_tables_have_article_ids_empty_cells_and_integers(default, tmp_path):
    v = framing.for_export(default["voices"])
    assert v.columns[0] == "article_id"
    narrator = v[v["side"] == "narrator"]
    assert narrator["content_start"].isna().all() and narrator["speaker_start"].isna().all()
    path = tmp_path / "v.csv"
    v.to_csv(path, index=False)
    assert ",-1," not in path.read_text(encoding="utf-8")
    profile = framing.frame_profile(framing.frame_hits(default["voices"]), default["voices"])
    exported = framing.for_export(profile)
    exported.to_csv(path, index=False)
    first = path.read_text(encoding="utf-8").splitlines()[1]
    assert first.startswith(f"{default['article'].id},accident and science,China,5,4,1,105,4.76,")
    scored = framing.tone(default["voices"], quote_table=default["quotes"])
    assert not (scored[["start", "end"]] < 0).any().any()
    assert "speaker_start" not in scored.columns


def test_word_units_are_computed_again_when_the_voice_table_changes(default):
    v = default["voices"].copy()
    first = framing.word_units(v, default["quotes"])
    assert (first["side"] == US).any()
    v.loc[v["side"] == US, "side"] = "other"      # an edit in place, as a student might make
    again = framing.word_units(v, default["quotes"])
    assert not (again["side"] == US).any() and (again["side"] == "other").any()
    again.loc[:, "side"] = "narrator"              # the copy handed out is the caller's own
    assert (framing.word_units(v, default["quotes"])["side"] == "other").any()
