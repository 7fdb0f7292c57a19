"""The framing notebook in a real JupyterLab, in a real (headless) Chromium, as a reader uses it.

Opens ``05_framing.ipynb``, runs every cell from the Run menu, waits until every code cell has
its execution count and the kernel is idle (status bar, toolbar indicator and the kernels REST
API all agree), then checks that the charts are drawn, that no cell shows an error, and that
the keyword-in-context explorer answers a term typed into its box.  Screenshots go to
``build/browser/`` (git-ignored).  Run with ``make test-browser``.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import warnings
from pathlib import Path

from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[1]

NOTEBOOK = "05_framing.ipynb"
OPEN_TIMEOUT = 90  # s: JupyterLab loaded, every cell in the page, kernel idle
RUN_ALL_TIMEOUT = 180  # s: Run All Cells until every cell ran and the kernel is idle again
WIDGET_TIMEOUT = 30  # s: a widget shown, or answering a change
MIN_CHARTS = 5  # the notebook shows 7 saved charts (figures.save as the last line of a cell)
KERNEL_STATES = re.compile(r"\|\s*(Idle|Busy|Starting|Restarting|Connecting|Unknown|Dead|"
                           r"Initializing|Disconnected|Autorestarting|No Kernel)", re.I)


def _dismiss_dialogs(page: Page, seen: list[str]) -> None:
    """Answer any JupyterLab dialog: pick the default kernel, cancel anything else."""
    for dialog in page.locator(".jp-Dialog").all():
        if not dialog.is_visible():
            continue
        text = " ".join(dialog.inner_text().split())
        seen.append(text)
        if "Select Kernel" in text:  # the preselected kernel is the notebook's, Python 3
            dialog.locator(".jp-mod-accept").first.click()
        else:
            dialog.locator(".jp-mod-reject").first.click()


def _kernel_state(page: Page, server) -> dict:
    """The kernel's state as the status bar, the toolbar indicator and the REST API report it."""
    status = page.locator(".jp-StatusBar-Widget").get_by_text(KERNEL_STATES).first
    status_text = status.inner_text() if status.count() else ""
    match = KERNEL_STATES.search(status_text)
    indicator = page.locator(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator").first
    try:
        api = [k["execution_state"] for k in server.api("/api/kernels")]
    except urllib.error.HTTPError as err:
        # jupyter_server answers 500 when the kernels are listed while one is still starting
        # (its last_activity not set yet: a TraitError in the server log); the caller polls
        # again, so that answer counts as "not idle yet".
        if err.code < 500:
            raise
        api = [f"HTTP {err.code}"]
    return {
        "status_bar": match.group(1).lower() if match else None,
        "indicator": indicator.get_attribute("data-status") if indicator.count() else None,
        "api": api,
    }


def _prompts(page: Page) -> list[str]:
    """The input prompt of every code cell, e.g. '[3]:', '[*]:' or '[ ]:'."""
    return page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputPrompt").evaluate_all(
        "els => els.map(e => e.textContent.trim())")


def _stderr_outputs(page: Page) -> list[str]:
    """Every output shown as stderr: error tracebacks and warnings alike (JupyterLab draws both
    with the same MIME type)."""
    stderr = page.locator('.jp-NotebookPanel .jp-OutputArea-output'
                          '[data-mime-type="application/vnd.jupyter.stderr"]')
    return [t.strip() for t in stderr.all_inner_texts()]


def _tracebacks(texts: list[str]) -> list[str]:
    return [t for t in texts if "Traceback" in t or re.search(r"^\w*(Error|Exception)\b", t, re.M)]


def _wait_until_done(page: Page, server, n_code: int, timeout: float, dialogs: list[str],
                     require_counts: bool) -> tuple[list[str], dict]:
    """Poll until the kernel is idle by all three signals (twice in a row, 0.5 s apart) and,
    with ``require_counts``, every code cell shows an execution count.  A cell that fails stops
    Run All, so an idle kernel with an error on the page ends the wait too (the caller then
    reports the error instead of a time-out)."""
    deadline = time.monotonic() + timeout
    calm = 0
    state, prompts = {}, []
    while time.monotonic() < deadline:
        _dismiss_dialogs(page, dialogs)
        state = _kernel_state(page, server)
        prompts = _prompts(page)
        idle = (state["status_bar"] == "idle" and state["indicator"] == "idle"
                and state["api"] != [] and all(s == "idle" for s in state["api"]))
        counted = (len(prompts) == n_code and all(re.fullmatch(r"\[\d+\]:", p) for p in prompts))
        failed = (require_counts and idle and "[*]:" not in prompts
                  and bool(_tracebacks(_stderr_outputs(page))))
        calm = calm + 1 if idle and (counted or failed or not require_counts) else 0
        if calm >= 2:
            return prompts, state
        time.sleep(0.5)
    raise AssertionError(f"not done within {timeout} s: kernel {state}, prompts {prompts}, "
                         f"dialogs {dialogs}")


def _figures_snapshot() -> dict[str, tuple[int, int]]:
    folder = ROOT / "figures"
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_framing_notebook_runs_draws_and_answers(lab_server, page, artifacts, summary):
    timings: dict[str, float] = {}
    start = time.monotonic()
    committed_figures = _figures_snapshot()
    cells = json.loads((lab_server.root / NOTEBOOK).read_text())["cells"]
    n_code = sum(c["cell_type"] == "code" for c in cells)
    dialogs: list[str] = []
    page.set_default_timeout(WIDGET_TIMEOUT * 1000)
    # A dialog that turns up while Playwright clicks or types is answered first, too.
    page.add_locator_handler(page.locator(".jp-Dialog"), lambda _: _dismiss_dialogs(page, dialogs))

    # 1 · Open the notebook: every cell in the page, its kernel started and idle.
    page.goto(f"{lab_server.url}/lab/tree/{NOTEBOOK}?token={lab_server.token}",
              wait_until="domcontentloaded", timeout=OPEN_TIMEOUT * 1000)
    notebook = page.locator(".jp-NotebookPanel .jp-Notebook")
    expect(notebook.locator(".jp-Cell")).to_have_count(len(cells), timeout=OPEN_TIMEOUT * 1000)
    _wait_until_done(page, lab_server, n_code, OPEN_TIMEOUT, dialogs, require_counts=False)
    timings["open"] = time.monotonic() - start

    # 2 · Run → Run All Cells, as a reader would; wait for every count and an idle kernel.
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    prompts, state = _wait_until_done(page, lab_server, n_code, RUN_ALL_TIMEOUT, dialogs,
                                      require_counts=True)
    timings["run all"] = time.monotonic() - start - timings["open"]

    # 3 · No cell shows an error: none in the page, none in the notebook as saved.
    shown = _stderr_outputs(page)
    tracebacks = _tracebacks(shown)
    assert tracebacks == [], "error output in the page:\n\n" + "\n\n".join(tracebacks)
    for text in shown:  # warnings printed to stderr are not errors, but say so
        warnings.warn(f"stderr output in {NOTEBOOK}: {text[:300]}", stacklevel=1)
    # One fresh kernel ran every code cell once, top to bottom.
    assert prompts == [f"[{i}]:" for i in range(1, n_code + 1)], prompts
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^File$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Save Notebook$")).click()
    # The save is done when the tab loses its "unsaved" mark; only then read the file back
    # (a read during the save's atomic replace can spoil the save).
    expect(page.locator(".jp-mod-dirty")).to_have_count(0)
    saved = lab_server.api(f"/api/contents/{NOTEBOOK}?content=1")["content"]["cells"]
    errors = [f"cell {i}: {o['ename']}: {o['evalue']}" for i, c in enumerate(saved)
              for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors == [], errors
    assert [c.get("execution_count") for c in saved if c["cell_type"] == "code"] == \
        list(range(1, n_code + 1))

    # 4 · The charts are drawn: PNG images in the outputs, decoded by the browser.
    charts = notebook.locator('.jp-OutputArea-output img[src^="data:image/png"]')
    assert charts.count() >= MIN_CHARTS, f"only {charts.count()} PNG charts in the page"
    page.wait_for_function(
        """min => {
            const imgs = [...document.querySelectorAll(
                '.jp-NotebookPanel .jp-OutputArea-output img[src^="data:image/png"]')];
            return imgs.length >= min && imgs.every(i => i.complete && i.naturalWidth > 100);
        }""", arg=MIN_CHARTS, timeout=WIDGET_TIMEOUT * 1000)
    # The kernel wrote its figures into the server's FRAMING_FIGURES_DIR, not into figures/.
    assert list(lab_server.figures.rglob("*.png")), "the kernel wrote no figure files"
    assert _figures_snapshot() == committed_figures, "the browser run changed figures/"

    # 5 · The widgets are drawn, and the KWIC explorer answers a typed term.
    expect(page.get_by_text("Error displaying widget")).to_have_count(0)
    term_box = page.locator(".widget-text").filter(
        has=page.locator("label.widget-label", has_text=re.compile(r"^Term$")))
    expect(term_box).to_have_count(1)
    kwic = page.locator(".widget-vbox").filter(has=term_box)
    expect(kwic).to_have_count(1)
    output = kwic.locator(".widget-output")
    expect(output).to_contain_text(re.compile(r"\d+ match\(es\) for 'surveillance'"))
    before = re.search(r"\d+ match\(es\) for '[^']*'", output.inner_text()).group(0)

    field = term_box.locator("input[type=text]")
    field.click()
    field.fill("")
    field.press_sequentially("balloon", delay=30)
    field.press("Enter")
    expect(output).to_contain_text(re.compile(r"\d+ match\(es\) for 'balloon'"))
    expect(output).not_to_contain_text("for 'surveillance'")
    after = re.search(r"(\d+) match\(es\) for 'balloon'", output.inner_text())
    assert int(after.group(1)) > 0, after.group(0)
    expect(output.locator("table")).to_contain_text("balloon")
    # Typing went to the text box only: no notebook shortcut fired (no cell added or removed).
    expect(notebook.locator(".jp-Cell")).to_have_count(len(cells))
    timings["total"] = time.monotonic() - start

    kwic.scroll_into_view_if_needed()
    screenshot = artifacts / "framing.png"
    page.screenshot(path=str(screenshot))
    charts.last.scroll_into_view_if_needed()
    charts.last.screenshot(path=str(artifacts / "framing-comparison.png"))
    summary.append(f"KWIC: {before!r} -> {after.group(0)!r}; {charts.count()} PNG charts; "
                   f"dialogs answered: {dialogs or 'none'}")
    summary.append("timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    summary.append(f"screenshots: {screenshot}, {artifacts / 'framing-comparison.png'}")
