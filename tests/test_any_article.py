"""`make run ARTICLE=…` on articles people actually have: a saved web page, Windows text.

Each run goes through the same runner as `make run`, into a private figures folder, and must
write the same complete set of files as the default article, under the new article's id,
without touching any other article's folder.
"""

import shutil

import pandas as pd
import pytest
from conftest import PROMISED

from helpers import paths


def test_saved_web_page(run_on, tmp_path):
    page = tmp_path / "reuters-balloon.html"
    shutil.copy(paths.ROOT / "tests" / "fixtures" / "news_page.html", page)
    folder, out = run_on(page)
    assert out.out.splitlines()[-1].endswith(f"{len(PROMISED)} files written to {folder}/")
    sentences = pd.read_csv(folder / "sentences.csv")
    assert sentences["article_id"].unique().tolist() == ["reuters-balloon"]
    assert sentences["text"].iloc[0].startswith("China turned down a US proposal for a call")
    # The page's dateline, "BEIJING, Feb. 9 (Reuters) -", is metadata, not the first words.
    assert not sentences["text"].str.contains("(Reuters)", regex=False).any()


@pytest.mark.slow  # a whole run; `make test-slow` (and CI) runs it
def test_windows_1252_text_runs_with_a_visible_warning(run_on, tmp_path):
    article = tmp_path / "cp1252-story.txt"
    article.write_bytes("Talks stall\r\n\r\nWASHINGTON, Feb. 9 (AP) \x97 The Pentagon said the "
                        "balloon was \x93a surveillance device.\x94 China\x92s ministry rejected "
                        "that.\r\n".encode("latin-1"))
    folder, out = run_on(article)
    assert out.out.splitlines()[0] == (f"warning: {article} is not UTF-8; it was read as "
                                       "Windows-1252 text, so check its quotes and accents.")
    quotes = pd.read_csv(folder / "quotes.csv")
    assert quotes[["text", "side"]].values.tolist() == [["a surveillance device.", "United States"]]
