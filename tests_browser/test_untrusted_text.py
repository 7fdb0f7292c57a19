"""Article text never runs as script: not in the ``make html`` pages, not live in JupyterLab.

The article ``tests/fixtures/hostile/hostile_article.txt`` is an ordinary wire story about
China, the United States and a balloon whose text, title included, carries HTML payloads:
``<svg/onload=alert(1)>balloon``, ``<img src=x onerror=alert(2)>``, ``<script>alert(3)</script>``,
``"><b onmouseover=alert(4)>`` (inside quotations and outside) and ``&lt;svg onload=alert(5)&gt;``
as escaped text; some of its sentences begin with ``=``, ``+``, ``-`` or ``@``.

* The exported pages: the runner's ``--html`` path (``make html``) runs every notebook on the
  article, with ``FRAMING_FIGURES_DIR`` in a temporary folder; each page of
  ``build/html/hostile_article/`` is opened from disk in headless Chromium.
* Live JupyterLab: notebooks 03 (KWIC tables and the KWIC explorer) and 05 (voice explorer,
  KWIC explorer, KWIC table) are copied into the lab's notebook folder with ``ARTICLE`` set to
  the hostile article, opened and run with Run → Run All Cells, then removed.

Either way a ``dialog`` listener records (and dismisses) any ``alert``; the page is scrolled
through, hovered, and every element gets a ``mouseover``; then no dialog may have fired, no
element of the page's output may carry an ``on…`` attribute or be an ``<svg>`` the article
made, and the payloads must be there as text a reader sees (``innerText``).

The export runs in the background while the live tests drive JupyterLab (the machines here have
two cores), so the live tests come first in this file and the exported pages are checked last.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from test_jupyterlab import (
    OPEN_TIMEOUT,
    RUN_ALL_TIMEOUT,
    WIDGET_TIMEOUT,
    _dismiss_dialogs,
    _stderr_outputs,
    _tracebacks,
    _wait_until_done,
)

from helpers import runner

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "hostile_article.txt"
ARTICLE_ID = HOSTILE.stem
PAGES = ROOT / "build" / "html" / ARTICLE_ID
RUNNER_TIMEOUT = 300  # s: the five notebooks run and exported (about 30 s here)
SETTLE_MS = 500  # after load, for anything deferred (an onload, a timer) to fire

SVG = "<svg/onload=alert(1)>"
IMG = "<img src=x onerror=alert(2)>"
SCRIPT = "<script>alert(3)</script>"
HOVER = '"><b onmouseover=alert(4)>'
ESCAPED = "&lt;svg onload=alert(5)&gt;"  # in the article as these characters, to be shown so
PAYLOADS = (SVG, IMG, SCRIPT, HOVER, ESCAPED)

# Scroll the page (or the element the selector names) from top to bottom in steps, so that
# anything drawn or fired on scroll is; then send every element the events a passing pointer
# would.
EXERCISE = """async (selector) => {
    const box = (selector && document.querySelector(selector)) || document.scrollingElement;
    for (let y = 0; y <= box.scrollHeight; y += Math.max(200, box.clientHeight / 2)) {
        box.scrollTop = y;
        await new Promise(r => requestAnimationFrame(r));
    }
    for (const el of document.body.querySelectorAll('*')) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove']) {
            el.dispatchEvent(new MouseEvent(type, {bubbles: type !== 'mouseenter'}));
        }
    }
}"""

# What a payload left behind if it became markup: an element with an inline handler (on…),
# an <svg> in text, an <img> that is not a chart, or a <script> that calls alert.
INJECTED = """(root) => {
    const found = [];
    for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
            if (a.name.startsWith('on')) found.push(`<${el.localName} ${a.name}="${a.value}">`);
        }
        // (JupyterLab draws its own icons as <svg>: only one inside article text counts.)
        if (el.localName === 'svg' && el.parentElement.closest('td, th, caption, pre, p, li')) {
            found.push(`<svg> in ${el.parentElement.outerHTML.slice(0, 200)}`);
        }
        if (el.localName === 'img' && !(el.getAttribute('src') || '').startsWith('data:image/')) {
            found.push(`<img src="${el.getAttribute('src')}">`);
        }
        if (el.localName === 'script' && el.textContent.includes('alert(')) {
            found.push(`<script>${el.textContent}</script>`);
        }
    }
    return found;
}"""


def _watch_dialogs(tab: Page) -> list[str]:
    """Record every dialog the page opens, and dismiss it (so the page goes on)."""
    fired: list[str] = []

    def on_dialog(dialog) -> None:
        fired.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    return fired


def _hover_payloads(tab: Page, scope: str) -> int:
    """Move the real mouse over the elements under ``scope`` whose text holds the payload that
    waits for a pointer (``onmouseover``), the first 20 of them."""
    hovered = 0
    for el in tab.locator(scope).filter(has_text="onmouseover=alert(").all()[:20]:
        if el.is_visible():
            el.scroll_into_view_if_needed()
            el.hover(force=True)
            hovered += 1
    return hovered


# --------------------------------------------------------------------------- live JupyterLab

def _hostile_copy(source: Path, target: Path) -> int:
    """Write ``source`` to ``target`` with the parameters cell's ARTICLE set to the hostile
    article; return the number of code cells."""
    notebook = json.loads(source.read_text(encoding="utf-8"))
    params = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1, f"{source.name}: no single parameters cell"
    code = "".join(params[0]["source"])
    code, n = re.subn(r"^ARTICLE = .*$", lambda _: f"ARTICLE = {str(HOSTILE)!r}", code,
                      count=1, flags=re.M)
    assert n == 1, f"{source.name}: no ARTICLE line in the parameters cell"
    params[0]["source"] = code.splitlines(keepends=True)
    for cell in notebook["cells"]:  # start from a notebook without outputs
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    target.write_text(json.dumps(notebook, indent=1, ensure_ascii=False), encoding="utf-8")
    return sum(c["cell_type"] == "code" for c in notebook["cells"])


@pytest.mark.usefixtures("html_export")  # started now, to run while JupyterLab does
@pytest.mark.parametrize("name", ["03_terms.ipynb", "05_framing.ipynb"])
def test_live_outputs_show_article_markup_as_text(name, lab_server, page, artifacts, summary):
    start = time.monotonic()
    copy = f"hostile_{name}"
    target = lab_server.root / copy
    n_code = _hostile_copy(lab_server.root / name, target)
    tab = page.context.new_page()  # a tab of its own: the other test's tab is left as it was
    fired = _watch_dialogs(tab)
    lab_dialogs: list[str] = []  # JupyterLab's own dialogs (kernel choice), not the article's
    tab.set_default_timeout(WIDGET_TIMEOUT * 1000)
    tab.add_locator_handler(tab.locator(".jp-Dialog"), lambda _: _dismiss_dialogs(tab, lab_dialogs))
    try:
        # ?reset: a fresh workspace, so only this notebook is open.
        tab.goto(f"{lab_server.url}/lab/tree/{copy}?reset&token={lab_server.token}",
                 wait_until="domcontentloaded", timeout=OPEN_TIMEOUT * 1000)
        notebook = tab.locator(".jp-NotebookPanel .jp-Notebook")
        expect(notebook.locator(".jp-CodeCell")).to_have_count(n_code, timeout=OPEN_TIMEOUT * 1000)
        _wait_until_done(tab, lab_server, n_code, OPEN_TIMEOUT, lab_dialogs, require_counts=False)
        opened = time.monotonic() - start
        tab.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        tab.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        prompts, _ = _wait_until_done(tab, lab_server, n_code, RUN_ALL_TIMEOUT, lab_dialogs,
                                      require_counts=True)
        ran = time.monotonic() - start - opened
        tracebacks = _tracebacks(_stderr_outputs(tab))
        assert tracebacks == [], f"{copy}: error output:\n\n" + "\n\n".join(tracebacks)
        assert prompts == [f"[{i}]:" for i in range(1, n_code + 1)], prompts

        # The explorers have drawn their tables (an explorer's output fills after its cell).
        kwic = notebook.locator(".widget-vbox").filter(
            has=tab.locator("label.widget-label", has_text=re.compile(r"^Term$")))
        voices = notebook.locator(".widget-vbox").filter(
            has=tab.locator("label.widget-label", has_text=re.compile(r"^Cue$")))
        explorers = [kwic, voices] if name.startswith("05") else [kwic]
        for explorer in explorers:
            expect(explorer.locator(".widget-output table")).to_be_visible()
        tab.wait_for_timeout(SETTLE_MS)
        tab.evaluate(EXERCISE, ".jp-NotebookPanel .jp-WindowedPanel-outer")
        hovered = _hover_payloads(tab, ".jp-NotebookPanel .jp-OutputArea-output td")
        tab.mouse.move(10, 10)
        tab.wait_for_timeout(SETTLE_MS)

        assert fired == [], f"{copy}: article text ran as script: {fired}"
        outputs = tab.locator(".jp-NotebookPanel .jp-OutputArea")
        injected = [found for area in outputs.element_handles()
                    for found in tab.evaluate(INJECTED, area)]
        assert injected == [], f"{copy}: article text became markup: {injected[:10]}"
        text = "\n".join(outputs.all_inner_texts())
        assert SVG in text, f"{copy}: {SVG!r} not shown as text"
        # The KWIC explorer shows the markup in its table, as text.
        expect(kwic.locator(".widget-output table")).to_contain_text(SVG)
        if name.startswith("05"):
            # The voice explorer shows the clauses (pandas cuts long ones short: "…").
            for payload in (SVG, SCRIPT):
                expect(voices.locator(".widget-output table")).to_contain_text(payload)
            # Its tables and explorers between them show every payload.
            missing = [p for p in PAYLOADS if p not in text]
            assert missing == [], f"{copy}: not shown as text: {missing}"
        assert "<svg onload=alert(5)>" not in text, "escaped text shown unescaped"
        kwic.scroll_into_view_if_needed()  # the screenshot shows the explorer's table
        tab.screenshot(path=str(artifacts / f"untrusted-{Path(name).stem}.png"))
    finally:
        try:  # end this notebook's kernel, close the tab, remove the copy
            for session in lab_server.api("/api/sessions"):
                if session["path"] == copy:
                    lab_server.api(f"/api/sessions/{session['id']}", method="DELETE", timeout=20)
        except OSError:  # (urllib's errors too) the server's stop at the end ends it anyway
            pass
        finally:
            tab.close()
            target.unlink(missing_ok=True)
            checkpoints = lab_server.root / ".ipynb_checkpoints"
            (checkpoints / f"{Path(copy).stem}-checkpoint.ipynb").unlink(missing_ok=True)
    summary.append(f"live {copy}: no dialog ({hovered} cells hovered), payloads shown "
                   f"as text (open {opened:.1f} s, run all {ran:.1f} s, "
                   f"total {time.monotonic() - start:.1f} s)")


# --------------------------------------------------------------------------- make html

@pytest.fixture(scope="module")
def html_export(artifacts, tmp_path_factory):
    """Start ``python -m helpers.runner --article <hostile> --html`` in the background.

    The live tests below ask for it only so that it starts first and runs while they drive
    JupyterLab (it takes about 30 s); the exported-pages test waits for it.  Its output goes to
    ``build/browser/untrusted-runner.log``; a run still going at the end is stopped by its id.
    """
    shutil.rmtree(PAGES, ignore_errors=True)  # pages of an earlier run prove nothing
    env = {k: v for k, v in os.environ.items() if k != "FRAMING_ARTICLE"}
    # The committed figures/ stay untouched: the run writes into a temporary folder.
    env["FRAMING_FIGURES_DIR"] = str(tmp_path_factory.mktemp("untrusted-figures"))
    log_path = artifacts / "untrusted-runner.log"
    log = open(log_path, "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [sys.executable, "-m", "helpers.runner", "--article", str(HOSTILE), "--html"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True)
    try:
        yield process, log_path
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # its own session: the runner and its kernel
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        log.close()


def test_exported_pages_show_article_markup_as_text(html_export, page, summary):
    start = time.monotonic()
    process, log_path = html_export
    process.wait(timeout=RUNNER_TIMEOUT)
    assert process.returncode == 0, f"the runner failed:\n{log_path.read_text()[-3000:]}"
    exported = sorted(PAGES.glob("*.html"))
    # An article file runs every notebook but the corpus one (that one takes a folder).
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]*.ipynb")
                       if p.name not in runner.CORPUS_NOTEBOOKS)
    assert [p.stem for p in exported] == notebooks, exported

    tab = page.context.new_page()
    fired = _watch_dialogs(tab)
    shown: dict[str, str] = {}
    try:
        for html in exported:
            tab.goto(html.as_uri(), wait_until="load")
            tab.wait_for_timeout(SETTLE_MS)
            tab.evaluate(EXERCISE, None)
            _hover_payloads(tab, "td, p, pre")
            tab.mouse.move(10, 10)
            tab.wait_for_timeout(SETTLE_MS)
            assert fired == [], f"{html.name}: article text ran as script: {fired}"
            injected = tab.evaluate(INJECTED, tab.evaluate_handle("document.body"))
            assert injected == [], f"{html.name}: article text became markup: {injected[:10]}"
            shown[html.stem] = tab.evaluate("document.body.innerText")
    finally:
        tab.close()

    # The payloads are there, as the characters the article has.
    for stem in ("03_terms", "05_framing"):  # the KWIC tables
        assert SVG in shown[stem], f"{stem}.html does not show {SVG!r} as text"
    every = "\n".join(shown.values())
    missing = [p for p in PAYLOADS if p not in every]
    assert missing == [], f"not shown as text on any page: {missing}"
    decoded = [stem for stem, text in shown.items() if "<svg onload=alert(5)>" in text]
    assert decoded == [], f"escaped text shown unescaped (decoded once too often) in {decoded}"
    summary.append(f"make html on {HOSTILE.name}: {len(exported)} pages, no dialog, payloads "
                   f"shown as text ({time.monotonic() - start:.1f} s after the live tests)")
