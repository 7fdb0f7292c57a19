"""The coding widget of notebook 07 in a real JupyterLab and Chromium: code three rows by
keyboard, stop the kernel, reload the page, run again: the three codes are still there.

The server's kernels keep their sheets in the lab's own ``FRAMING_CODING_DIR`` (see
``conftest.py``), never in the project's ``coding/``.  The test works in a tab and a
workspace of its own (``?reset``) and closes them, so the other browser tests' pages are left
as they were; its name sorts it after them.
"""

from __future__ import annotations

import csv
import json
import re
import time

from playwright.sync_api import expect
from test_jupyterlab import (
    OPEN_TIMEOUT,
    RUN_ALL_TIMEOUT,
    WIDGET_TIMEOUT,
    _dismiss_dialogs,
    _stderr_outputs,
    _tracebacks,
    _wait_until_done,
)

NOTEBOOK = "07_check.ipynb"
SHEET = "efe-2023-02-09-china-rejects-defense-talks.me.csv"


def _run_all(page, lab_server, n_code, dialogs):
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    prompts, _ = _wait_until_done(page, lab_server, n_code, RUN_ALL_TIMEOUT, dialogs,
                                  require_counts=True)
    tracebacks = _tracebacks(_stderr_outputs(page))
    assert tracebacks == [], "error output in the page:\n\n" + "\n\n".join(tracebacks)
    assert prompts == [f"[{i}]:" for i in range(1, n_code + 1)], prompts


def _open(page, lab_server, n_cells, n_code, dialogs):
    page.goto(f"{lab_server.url}/lab/tree/{NOTEBOOK}?reset&token={lab_server.token}",
              wait_until="domcontentloaded", timeout=OPEN_TIMEOUT * 1000)
    expect(page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell")).to_have_count(
        n_cells, timeout=OPEN_TIMEOUT * 1000)
    _wait_until_done(page, lab_server, n_code, OPEN_TIMEOUT, dialogs, require_counts=False)


def _end_sessions(lab_server):
    """End the kernel of notebook 07 (only its own: the other tests' kernels are theirs)."""
    for session in lab_server.api("/api/sessions"):
        if session["path"] == NOTEBOOK:
            lab_server.api(f"/api/sessions/{session['id']}", method="DELETE", timeout=20)


def test_three_codes_survive_a_reload_and_a_new_kernel(lab_server, page, artifacts, summary):
    page = page.context.new_page()  # a tab of its own
    try:
        _code_three_rows_and_reload(lab_server, page, artifacts, summary)
    finally:
        try:
            _end_sessions(lab_server)
        finally:
            page.close()


def _code_three_rows_and_reload(lab_server, page, artifacts, summary):
    cells = json.loads((lab_server.root / NOTEBOOK).read_text())["cells"]
    n_code = sum(c["cell_type"] == "code" for c in cells)
    coding_dir = lab_server.root.parent / "coding"
    dialogs: list[str] = []
    page.set_default_timeout(WIDGET_TIMEOUT * 1000)
    page.add_locator_handler(page.locator(".jp-Dialog"), lambda _: _dismiss_dialogs(page, dialogs))
    start = time.monotonic()

    _open(page, lab_server, len(cells), n_code, dialogs)
    _run_all(page, lab_server, n_code, dialogs)
    widget = page.locator(".framing-coding")
    expect(widget).to_have_count(1)
    expect(widget).to_contain_text("0 coded")
    expect(widget).not_to_contain_text("the rules:")  # the answer is hidden before coding

    # Code three rows from the keyboard: S1 United States, S2 China, Q1 China.
    field = widget.locator(".widget-text input[type=text]")
    for key, done in (("u", 1), ("1", 2), ("c", 3)):
        field.click()
        field.press_sequentially(key, delay=30)
        field.press("Enter")
        expect(widget).to_contain_text(f"{done} coded")
    expect(widget).to_contain_text("Q1, the rules:")  # shown once Q1 is coded
    expect(widget).to_contain_text("S3")  # the next uncoded unit is up
    expect(page.locator(".jp-NotebookPanel .jp-Cell")).to_have_count(len(cells))  # no shortcut fired
    with open(coding_dir / SHEET, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["code"] for r in rows[:4]] == ["United States", "China", "China", ""]
    page.screenshot(path=str(artifacts / "coding.png"))

    # Stop the kernel (its memory is gone), reload the page, run everything again.
    _end_sessions(lab_server)
    page.reload(wait_until="domcontentloaded")
    expect(page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell")).to_have_count(
        len(cells), timeout=OPEN_TIMEOUT * 1000)
    _wait_until_done(page, lab_server, n_code, OPEN_TIMEOUT, dialogs, require_counts=False)
    _run_all(page, lab_server, n_code, dialogs)
    widget = page.locator(".framing-coding")
    expect(widget).to_contain_text("3 coded")
    expect(widget).to_contain_text("S3")  # resumes at the first uncoded unit
    expect(page.get_by_text("You have coded 3 of the 19 units")).to_have_count(1)
    summary.append(f"coding widget: 3 codes kept over a reload and a new kernel in "
                   f"{time.monotonic() - start:.1f} s; dialogs answered: {dialogs or 'none'}")
