"""Sentences and tokens: 50 hand-written hard cases, the default article, and the pitfalls."""

import re
from pathlib import Path

import pandas as pd
import pytest
from segmentation_cases import CASES

from helpers import text
from helpers.article import load_article


@pytest.mark.parametrize("name, source, expected", CASES, ids=[c[0] for c in CASES])
def test_segmentation_case(name, source, expected):
    assert text.split_sentences(source) == expected


def test_suite_is_large_enough():
    assert len(CASES) >= 40


def test_default_article_has_13_sentences_one_per_paragraph(default_article, default_sentences):
    s = default_sentences
    assert list(s.columns) == ["article_id", "sentence_id", "paragraph_id", "start", "end",
                               "text", "n_words", "split_rule"]
    assert s["sentence_id"].tolist() == list(range(1, 14))
    assert s["paragraph_id"].tolist() == list(range(1, 14))
    assert s["text"].tolist() == list(default_article.paragraphs)
    assert s["text"].iloc[0].startswith("China has rejected a proposal")  # dateline stripped
    assert s["text"].iloc[-1].endswith("after shooting down the rogue device.")  # no "EFE"
    for row in s.itertuples():
        assert default_article.body[row.start:row.end] == row.text


def test_default_article_word_counts(default_sentences):
    # Counted by hand for sentence 11: "Its remains, which plunged into the sea, are now being
    # investigated by US experts." -> 14 words, 3 punctuation marks.
    assert default_sentences.loc[10, "n_words"] == 14
    assert default_sentences["n_words"].sum() == 370


def test_sentences_carry_paragraph_ids_and_rules(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title here\n\n“Is it?” she asked. Mr. Li left.\n\nThe U.S. Navy said so.",
                    encoding="utf-8")
    s = text.sentences(load_article(path))
    assert s["text"].tolist() == ["“Is it?” she asked.", "Mr. Li left.", "The U.S. Navy said so."]
    assert s["paragraph_id"].tolist() == [1, 1, 2]
    assert s["split_rule"].tolist() == ["rejoined: starts in lower case", "punkt", "punkt"]
    assert s["n_words"].tolist() == [4, 3, 5]


def test_tokens_of_a_small_text():
    toks = text.tokenize("China’s envoy told us the U.S. said no; don't, Mr. O'Brien.")
    assert [t.token for t in toks] == ["China", "’s", "envoy", "told", "us", "the", "U.S.",
                                       "said", "no", ";", "do", "n't", ",", "Mr", ".",
                                       "O'Brien", "."]
    assert [t.norm for t in toks][:8] == ["china", "'s", "envoy", "told", "us", "the", "US", "said"]


def test_acronyms_keep_identity_and_us_is_not_the_us():
    norms = {t.token: t.norm for t in text.tokenize("US us U.S. u.s. G20 UN I")}
    assert norms == {"US": "US", "us": "us", "U.S.": "US", "u.s.": "u.s.", "G20": "G20",
                     "UN": "UN", "I": "i"}
    stop = text.stopwords()
    assert "us" in stop and "US" not in stop and "'s" in stop


def test_curly_and_straight_apostrophes_meet_the_same_rules():
    curly = [(t.token, t.norm) for t in text.tokenize("China’s ministry")]
    straight = [(t.token, t.norm) for t in text.tokenize("China's ministry")]
    assert [n for _, n in curly] == [n for _, n in straight] == ["china", "'s", "ministry"]


def test_numbers_and_hyphens():
    toks = [t.token for t in text.tokenize("It cost $1.5 billion, 4.2% of 2,000 F-16s at 2:39 p.m.")]
    assert toks == ["It", "cost", "$", "1.5", "billion", ",", "4.2%", "of", "2,000", "F-16s",
                    "at", "2:39", "p.m."]


TRICKY = ("don't can’t O'Brien's co-op's F-16s U.S. e.g. a.b. A.B.C x_y _said G20 2,000.5% "
          "naïve Ünïcödé café\u0301 ﬁx l'été ² ½ n't it's 'tis rock'n'roll well-said—yes…")


def test_plain_word_shortcut_gives_exactly_the_rules_tokens():
    # _TOKEN puts a shortcut for plain words before the rules; it must never change a token.
    rules = re.compile(text._TOKEN_RULES, re.VERBOSE | re.IGNORECASE)
    root = Path(__file__).resolve().parents[1]
    samples = [TRICKY, *(source for _, source, _ in CASES)]
    samples += [p.read_text(encoding="utf-8") for p in sorted(root.glob("tests/**/*.txt"))]
    samples += [p.read_text(encoding="utf-8") for p in sorted(root.glob("data/**/*.txt"))]
    assert len(samples) > 55
    for sample in samples:
        fast = [(m.span(), m.group()) for m in text._TOKEN.finditer(sample)]
        assert fast == [(m.span(), m.group()) for m in rules.finditer(sample)], sample[:60]
    assert [t.token for t in text.tokenize(TRICKY)][:8] == [
        "do", "n't", "ca", "n’t", "O'Brien", "'s", "co-op", "'s"]


def test_token_positions_restart_in_each_sentence_and_article():
    table = pd.DataFrame({"article_id": ["a", "a", "b"], "sentence_id": [1, 2, 1],
                          "start": [0, 10, 0], "text": ["Hi there.", "Go!", "“Yes,” he said."]})
    t = text.tokens(table)
    assert t["i"].tolist() == [0, 1, 2, 0, 1, 0, 1, 2, 3, 4, 5, 6]
    assert t["start"].tolist() == [0, 3, 8, 10, 12, 0, 1, 4, 5, 7, 10, 14]
    assert t["article_id"].tolist() == ["a"] * 5 + ["b"] * 7
    assert t["is_punct"].tolist() == [False, False, True, False, True,
                                      True, False, True, True, False, False, True]


def test_wont_cant_shant_count_as_will_can_shall_not_wo_ca_sha():
    from helpers import terms

    table = pd.DataFrame({"article_id": ["a"], "sentence_id": [1], "start": [0],
                          "text": ["They won't come, CAN’T stay and shan't go; Ca n't is two words."]})
    t = text.tokens(table)
    # The tokens stay as written (their offsets point at the text); only the norm changes.
    assert t["token"].tolist()[:11] == ["They", "wo", "n't", "come", ",", "CA", "N’T", "stay",
                                        "and", "sha", "n't"]
    # Capitals ("CAN’T", a headline) are no acronym: the same norms.
    assert t["norm"].tolist()[:11] == ["they", "will", "n't", "come", ",", "can", "n't", "stay",
                                       "and", "shall", "n't"]
    # "Ca n't" with a space is no contraction: "ca" keeps its norm.
    assert t["norm"].tolist()[13:15] == ["ca", "n't"]
    content = t.loc[~t["is_stop"] & ~t["is_punct"], "norm"].tolist()
    assert content == ["come", "stay", "go", "ca", "two", "words"]
    freq = terms.term_frequency(t)
    assert set(freq["term"]) == {"come", "stay", "go", "ca", "two", "words"}
    assert [t.norm for t in text.tokenize("WON'T")] == ["will", "n't"]


@pytest.mark.parametrize("source, spans, unclosed, stray", [
    ("“Yes,” he said. “No,” she said.", [(0, 6), (16, 21)], [], []),
    ('“He called it a \"weather\" balloon,” Li said.', [(0, 35)], [], []),  # " inside “…”
    ("„Das ist falsch“, sagte Li. «Non», dit-il.", [(0, 16), (28, 33)], [], []),
    ("The ministry said “it was civilian.", [], [(18, "“")], []),
    ("It was civilian,” he said.", [], [], [16]),
    ("“One. “Two,” he said.", [(6, 12)], [(0, "“")], []),  # a second opening: start again
    ('He said "no" twice.', [(8, 12)], [], []),
    ("No quotation marks at all.", [], [], []),
])
def test_quotation_marks_are_paired_by_one_rule(source, spans, unclosed, stray):
    found = text.quotations(source)
    assert (found.spans, found.unclosed, found.stray) == (spans, unclosed, stray)
    for a, b in found.spans:
        assert source[a] in "“„«\"" and source[b - 1] in "”“»\""


def test_paragraph_texts_rebuild_paragraphs_with_body_offsets():
    body = "First one.  Second one.\n\nThird."
    rows = [("a", 1, 1, 0, 10, "First one."), ("a", 1, 2, 12, 23, "Second one."),
            ("a", 2, 3, 25, 31, "Third."), ("b", 1, 1, 0, 3, "Hi.")]
    out = list(text.paragraph_texts(rows))
    assert out == [("a", 0, "First one.  Second one.", [(1, 0, 10), (2, 12, 23)]),
                   ("a", 25, "Third.", [(3, 25, 31)]),
                   ("b", 0, "Hi.", [(1, 0, 3)])]
    assert body[25:31] == out[1][2]


def test_token_table_offsets_point_into_the_body(default_article, default_tokens):
    t = default_tokens
    assert list(t.columns) == ["article_id", "sentence_id", "i", "start", "end", "token", "norm",
                               "is_stop", "is_punct"]
    for row in t.itertuples():
        assert default_article.body[row.start:row.end] == row.token
    # Counted by hand in the body (the title's "spy balloon" is not body text):
    # "US" twice in sentence 2, once in 3, 4, 5, 6, 8, 11, 12 and 13 -> 10, never a stopword;
    # "balloon" in sentences 1, 2, 7, 8 and 12 -> 5.
    us = t[t["norm"] == "US"]
    assert len(us) == 10 and not us["is_stop"].any()
    assert us["sentence_id"].tolist() == [2, 2, 3, 4, 5, 6, 8, 11, 12, 13]
    assert t.loc[t["norm"] == "balloon", "sentence_id"].tolist() == [1, 2, 7, 8, 12]
    assert t["is_punct"].sum() == len(t) - 370


def test_empty_text():
    assert text.split_sentences("") == []
    assert text.tokenize("") == []
    empty = text.tokens(pd.DataFrame(columns=["article_id", "sentence_id", "start", "text"]))
    assert empty.empty and "norm" in empty.columns


# ------------------------------------------------------------------ issue 13, items 7 and 8
def test_straight_quotation_marks_pair_by_direction_so_a_stray_one_shifts_nothing():
    # A stray closing mark (inches) before a real quotation: the quotation still pairs.
    assert text.quotations('It is 5" long. He said "we will respond."') == text.Quotations(
        spans=[(23, 41)], unclosed=[], stray=[7])
    # An opening mark that is never closed leaves the next quotation whole.
    found = text.quotations('The "first never closes. Then "a quote" here.')
    assert found.spans == [(30, 39)] and found.unclosed == [(4, '"')]
    # A line break ends a quotation left open on its line.
    found = text.quotations('Line one "open\nline two "closed"')
    assert found.spans == [(24, 32)] and found.unclosed == [(9, '"')]


@pytest.mark.parametrize("passage, expected", [
    ("The debris was flown back to the U.S. Officials later said it was a spy craft. "
     "The officials spoke.",
     ["The debris was flown back to the U.S.", "Officials later said it was a spy craft.",
      "The officials spoke."]),
    ("Prices rose again in the U.K. Analysts expect more, analysts say.",
     ["Prices rose again in the U.K.", "Analysts expect more, analysts say."]),
    ("The U.S. Navy said the ship was safe, the navy said.",
     ["The U.S. Navy said the ship was safe, the navy said."]),
    ("He met officials of the U.S. State Department, which said the state would act.",
     ["He met officials of the U.S. State Department, which said the state would act."]),
    ("John F. Kennedy visited St. Louis in 1962.", ["John F. Kennedy visited St. Louis in 1962."]),
])
def test_a_sentence_final_abbreviation_splits_before_a_common_word(passage, expected):
    assert text.split_sentences(passage) == expected
