"""Quotations in a headline: the subject of the quotation's clause said it.

Each headline below is written for one convention of headline grammar (a semicolon between
two stories, a verb with no subject after a comma, "as" before a second subject, single
marks, an apostrophe that is no mark); none comes from an article the rules are measured on.
"""

from pathlib import Path

from helpers import text, voices
from helpers.article import Article
from helpers.headlines import headline_quotes


def found(title):
    return [(q["text"], q["speaker"], q["side"]) for q in headline_quotes(title)]


def test_the_subject_before_the_speech_verb_said_it():
    assert found("Beijing calls new tariffs ‘economic bullying’") == [
        ("economic bullying", "Beijing", "China")]
    assert found('Pentagon says Chinese jet made "unsafe" intercept') == [
        ("unsafe", "Pentagon", "United States")]


def test_a_semicolon_or_a_comma_opens_a_clause_with_a_subject_of_its_own():
    assert found("US blacklists 12 drone makers; China vows 'firm' response") == [
        ("firm", "China", "China")]
    assert found('Washington calls drills "provocative," Beijing calls patrols "illegal"') == [
        ("provocative", "Washington", "United States"), ("illegal", "Beijing", "China")]


def test_a_clause_that_opens_with_a_verb_keeps_the_subject_before_it():
    assert found("Commerce Ministry opens probe into US chips, calls curbs ‘hegemonic’") == [
        ("hegemonic", "Commerce Ministry", "China")]
    # In Title Case too: the actor that opens the first clause is its subject.
    assert found("China Hits US Plastics With Dumping Probe, Calls Battery Tariffs ‘Bullying’") == [
        ("Bullying", "China", "China")]


def test_as_or_while_before_a_capitalised_word_opens_a_second_clause():
    assert found("Navy recovers wreckage as Beijing decries ‘hysteria’") == [
        ("hysteria", "Beijing", "China")]


def test_an_apostrophe_is_no_quotation_mark():
    assert found("China's exports slump as lawmakers' curbs bite") == []
    assert found("Beijing slams senators' 'Cold War' bill") == [
        ("Cold War", "Beijing", "China")]


def test_a_third_party_or_a_subject_the_codebook_does_not_know_is_no_side():
    assert found("Trade experts call the ruling ‘a turning point’") == [
        ("a turning point", "Trade experts", "other")]
    # A title names the side ("Governor", data/speaker_titles.csv).
    assert found("Governor signs farmland bill, calls it 'overdue'") == [
        ("overdue", "Governor", "United States")]


def test_headline_quotations_come_last_in_the_quote_table_as_sentence_zero():
    art = Article(id="h", path=Path("h.txt"), title="China vows ‘resolute’ response to US curbs",
                  dateline=None, paragraphs=("“We will respond,” the ministry said.",),
                  removed=(), encoding="utf-8")
    q = voices.quotes(text.sentences(art))
    # Numbered after the body's quotations, so reading headlines changed no body quotation's id.
    assert q[["quote_id", "sentence_id", "text", "side", "kind"]].values.tolist() == [
        [1, 1, "We will respond", "China", "speech"], [2, 0, "resolute", "China", "speech"]]
    assert q["layout"].iloc[1] == "headline: the subject of its clause"
    # Offsets of sentence 0 are into the headline.
    assert art.title[q["start"].iloc[1]:q["end"].iloc[1]] == "‘resolute’"


def test_a_headline_quotation_is_never_taken_for_half_of_a_split_body_quotation():
    art = Article(id="h", path=Path("h.txt"), title="China vows ‘firm’ response",
                  dateline=None, paragraphs=("After a week of talks in Geneva, China said the "
                                             "curbs were “unfair.”",), removed=(), encoding="utf-8")
    q = voices.quotes(text.sentences(art))
    assert q.loc[q["sentence_id"] == 0, "layout"].tolist() == [
        "headline: the subject of its clause"]


def test_a_capitalised_cue_word_that_opens_a_name_is_no_verb():
    # "State" is a speech verb in "officials state that …", but here it opens a name.
    assert found("State Department calls exit ban on US scholar 'arbitrary'") == [
        ("arbitrary", "State Department", "United States")]


def test_a_source_after_a_colon_that_ends_the_headline_said_it():
    assert found("US chip rules will ‘backfire’: experts") == [("backfire", "experts", "other")]
    assert found("China calls US drills 'provocative': defense ministry") == [
        ("provocative", "defense ministry", "China")]


def test_a_portfolio_spokesperson_with_no_country_is_the_datelines():
    beijing = ("China", "china", "BEIJING")
    assert [(q["speaker"], q["side"]) for q in headline_quotes(
        "Defense spokesperson urges US to halt ‘provocative’ patrols", home=beijing)] == [
        ("Defense spokesperson", "China")]
    # With no dateline the country is unknown: kept as written, no side.
    assert found("Defense spokesperson urges US to halt ‘provocative’ patrols") == [
        ("provocative", "Defense spokesperson", "other")]


def test_a_last_clause_of_a_source_and_its_verb_said_the_quotations_before_it():
    assert found("US curbs on robotics ‘harm both sides’, ministry says") == [
        ("harm both sides", "ministry", "China")]


def test_a_headline_in_title_case_keeps_its_capitalised_verb():
    assert found("China Calls Battery Tariffs 'Bullying'") == [("Bullying", "China", "China")]
    assert found("State Department Says Detention Is 'Arbitrary'") == [
        ("Arbitrary", "State Department", "United States")]
