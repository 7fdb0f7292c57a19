"""The runner starts a stalled notebook once more, and only once."""

import papermill
import pytest
from nbclient.exceptions import CellTimeoutError

from helpers import runner


def stalls(times):
    calls = []

    def fake_execute_notebook(source, output, **kwargs):
        calls.append(kwargs)
        if len(calls) <= times:
            raise CellTimeoutError("A cell timed out while it was being executed")

    return calls, fake_execute_notebook


def test_a_stalled_notebook_runs_again_from_a_fresh_kernel(tmp_path, monkeypatch, capsys):
    calls, fake = stalls(1)
    monkeypatch.setattr(papermill, "execute_notebook", fake)
    runner.execute(tmp_path / "01_x.ipynb", tmp_path / "a.txt", tmp_path / "out.ipynb")
    assert len(calls) == 2
    assert calls[0]["execution_timeout"] == runner.CELL_TIMEOUT
    assert calls[0]["parameters"] == {"ARTICLE": str(tmp_path / "a.txt")}
    assert capsys.readouterr().err == (f"01_x.ipynb: a cell stalled for {runner.CELL_TIMEOUT} s; "
                                       "running the notebook again from a fresh kernel\n")


def test_a_second_stall_stops_the_run(tmp_path, monkeypatch):
    calls, fake = stalls(2)
    monkeypatch.setattr(papermill, "execute_notebook", fake)
    with pytest.raises(CellTimeoutError):
        runner.execute(tmp_path / "01_x.ipynb", tmp_path / "a.txt", tmp_path / "out.ipynb")
    assert len(calls) == 2


def test_a_topic_reaches_only_the_notebook_that_has_one(tmp_path, monkeypatch):
    calls, fake = stalls(0)
    monkeypatch.setattr(papermill, "execute_notebook", fake)
    for name in ("03_terms.ipynb", "05_framing.ipynb"):
        runner.execute(runner.paths.NOTEBOOKS / name, tmp_path / "a.txt", tmp_path / name,
                       topic="starter")
    assert [c["parameters"] for c in calls] == [
        {"ARTICLE": str(tmp_path / "a.txt")},
        {"ARTICLE": str(tmp_path / "a.txt"), "TOPIC": "starter"}]


@pytest.mark.parametrize("topic", ["nope", "../balloon", "balloon/x"])
def test_a_topic_that_is_not_a_folder_stops_the_run_with_one_sentence(topic, capsys,
                                                                    monkeypatch):
    monkeypatch.delenv("FRAMING_TOPIC", raising=False)
    assert runner.main(["--topic", topic]) == 2
    assert capsys.readouterr().err == (
        f"There is no topic {topic!r} in data/topics/ (the topics are: balloon, starter; "
        "data/topics/README.md says how to start one).\n")


def test_make_passes_the_topic_through_the_environment(monkeypatch):
    monkeypatch.setenv("FRAMING_TOPIC", "starter")
    assert runner.topic_argument(None) == "starter"
    monkeypatch.setenv("FRAMING_TOPIC", "")    # make run without TOPIC: the notebook's own
    assert runner.topic_argument(None) is None
