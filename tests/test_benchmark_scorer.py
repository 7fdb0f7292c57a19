"""The attribution scorer's speaker match (benchmarks/attribution.py), on cases worked by hand:
the rules' source as written is the gold's person or body, or it is not."""

import importlib.util

import pytest

from helpers import paths


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("attribution",
                                                  paths.ROOT / "benchmarks" / "attribution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold(written, resolved):
    return {"speaker_as_written": written, "resolves_to": resolved}


@pytest.mark.parametrize("found, written, resolved", [
    ("Qiao", "Qiao", "Qiao Lifeng, spokesperson"),                      # as written
    ("embassy spokesperson Xu Peiran", "Xu Peiran", "Xu Peiran"),       # a title before
    ("Sen. Margaret Lindell", "Lindell", "Margaret Lindell, US Senator (Republican, Tennessee)"),
    ("Grace Lindqvist of the Singapore-based Strait Policy Forum", "Grace Lindqvist",
     "Grace Lindqvist, Strait Policy Forum"),
    ("spokesperson Zhang", "Zhang", "Zhang Heng, Eastern Theater Command spokesman"),
])
def test_the_same_person_matches(bench, found, written, resolved):
    assert bench.same_speaker(found, gold(written, resolved))


@pytest.mark.parametrize("found, written, resolved", [
    ("Wang and Zhang", "Zhang", "Zhang Heng, spokesman"),   # another name before the surname
    ("Margaret Lindellson", "Lindell", "Margaret Lindell, US Senator"),   # not a whole word
    ("Rachel Odum", "Kenji Aoyama", "Kenji Aoyama, analyst"),
    ("", "he", "Lin Wei"),
])
def test_another_source_does_not_match(bench, found, written, resolved):
    assert not bench.same_speaker(found, gold(written, resolved))
