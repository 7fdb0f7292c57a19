"""helpers.keyness against values worked out by hand from the definitions.

Sizes are those of the default article's two sides (China 48 content words, the US 17) and
of the issue's report (60 and 29).  G² is the four-term form, 2 Σ O ln(O/E) over the 2 × 2
table; the log ratio is Hardie's log2 of the ratio of normalised frequencies, with 0.5 for a
zero count only; key_for follows the normalised frequencies.
"""

import math

import pytest

from helpers import keyness

A, B = 48, 17          # side sizes
N = A + B              # 65


def four_term(a, b):
    """G² written out cell by cell: the word in A, in B; the other words in A, in B."""
    cells = [(a, A * (a + b) / N), (b, B * (a + b) / N),
             (A - a, A * (N - a - b) / N), (B - b, B * (N - a - b) / N)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o)


@pytest.mark.parametrize("a, b, g2, log_ratio, key", [
    # 1:0: expected 48/65 = 0.738 in A, 17/65 = 0.262 in B, 47.26 and 16.74 for the rest
    (1, 0, 0.6119, math.log2((1 / 48) / (0.5 / 17)), "A"),    # log2(17/24) = −0.497
    (0, 1, 2.7269, math.log2((0.5 / 48) / (1 / 17)), "B"),    # log2(17/96) = −2.497
    (2, 0, 1.2351, math.log2((2 / 48) / (0.5 / 17)), "A"),    # log2(34/24) = +0.503
    (3, 0, 1.8700, math.log2((3 / 48) / (0.5 / 17)), "A"),    # log2(51/24) = +1.087
    (2, 2, 1.1105, math.log2((2 / 48) / (2 / 17)), "B"),      # equal counts: more per word in B
])
def test_g2_log_ratio_and_key_for_by_hand(a, b, g2, log_ratio, key):
    assert keyness.g2(a, b, A, B) == pytest.approx(four_term(a, b), rel=1e-12)
    assert keyness.g2(a, b, A, B) == pytest.approx(g2, abs=1e-4)
    assert keyness.log_ratio(a, b, A, B) == pytest.approx(log_ratio, abs=1e-12)
    assert keyness.key_for(a, b, A, B) == key


def test_a_1_0_word_is_key_for_the_side_that_used_it_whatever_the_log_ratio_says():
    # Hardie's 0.5 for the zero makes 1/48 < 0.5/17, so the corrected ratio is negative; the
    # word is still more frequent in A (1/48 > 0/17), and key_for says so.
    assert keyness.log_ratio(1, 0, A, B) < 0
    assert keyness.key_for(1, 0, A, B, "China", "United States") == "China"


def test_equal_normalised_frequencies_are_key_for_neither():
    assert keyness.key_for(2, 1, 20, 10) is None
    assert keyness.g2(2, 1, 20, 10) == pytest.approx(0, abs=1e-12)
    assert keyness.log_ratio(2, 1, 20, 10) == 0


def test_the_issue_surveillance_figure_four_term_against_two_term():
    # 0:3 with sides of 60 and 29 words: four-term 6.95 (AntConc 4, quanteda "lr"); the
    # two-term form 2 × 3 ln(3 / (29 × 3 / 89)) gives 6.73.
    assert keyness.g2(0, 3, 60, 29) == pytest.approx(6.948, abs=1e-3)
    assert 2 * 3 * math.log(3 / (29 * 3 / 89)) == pytest.approx(6.73, abs=1e-2)


def test_bonferroni_threshold_is_the_chi_square_quantile():
    assert keyness.bonferroni_critical(1) == pytest.approx(3.8415, abs=1e-4)
    # α = 0.05 / 59: the two-sided normal quantile 3.336, squared.
    assert keyness.bonferroni_critical(59) == pytest.approx(11.13, abs=0.01)
