"""A private JupyterLab server and a headless Debian Chromium for the real-browser test.

The server runs on 127.0.0.1 on a free port with a random token, on a temporary copy of
``notebooks/``, with its own Jupyter config, data, runtime and settings folders (so nothing of
the user's Jupyter setup is read or written), its own ``FRAMING_FIGURES_DIR`` (so the
committed ``figures/`` are never touched) and its own ``FRAMING_CODING_DIR`` (notebook 07's
coding sheets).  JupyterLab's news feed and update check are off, so nothing is fetched from
the internet.  The server is stopped by its process id when the session ends, whatever
happened.

Chromium is Debian's (``/usr/bin/chromium``, or ``$CHROMIUM``), driven by Playwright with a
fresh profile; Playwright never downloads a browser here.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "build" / "browser"  # git-ignored: screenshot, server log, browser console
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
]
SERVER_START_TIMEOUT = 90  # seconds until /api/status answers

# JupyterLab user settings for the test: no news or update prompt, every cell kept in the
# page (JupyterLab 4 otherwise may leave off-screen cells out of the DOM), no autosave.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


@dataclass
class LabServer:
    url: str  # http://127.0.0.1:PORT
    token: str
    root: Path  # the temporary copy of notebooks/ the server serves
    figures: Path  # FRAMING_FIGURES_DIR of the server and its kernels
    process: subprocess.Popen

    def api(self, path: str, method: str = "GET", timeout: float = 10):
        """Call the server's REST API; return the decoded JSON (None for an empty answer)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read()
        return json.loads(body) if body else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(process: subprocess.Popen, server: LabServer | None) -> None:
    """Stop the server we started, by its process id, and any kernel it left behind."""
    if process.poll() is None and server is not None:
        try:  # shut the kernels down cleanly first
            for kernel in server.api("/api/kernels"):
                server.api(f"/api/kernels/{kernel['id']}", method="DELETE", timeout=20)
        except (OSError, urllib.error.URLError, ValueError):
            pass
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    # The server ran in a session of its own (its pid is the group id): end anything of it
    # that is still there, such as a kernel.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, artifacts) -> LabServer:
    base = tmp_path_factory.mktemp("jupyterlab")
    root = base / "notebooks"
    shutil.copytree(ROOT / "notebooks", root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    config = base / "config"
    settings = config / "lab" / "user-settings"
    for name, values in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values, indent=2))
    figures = base / "figures"
    figures.mkdir()

    env = {k: v for k, v in os.environ.items() if k not in {"MPLBACKEND", "JUPYTER_PATH"}}
    env.update(
        JUPYTER_CONFIG_DIR=str(config),
        JUPYTER_DATA_DIR=str(base / "data"),  # the kernel spec still comes from .venv/share/jupyter
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(config / "lab" / "workspaces"),
        IPYTHONDIR=str(base / "ipython"),
        FRAMING_FIGURES_DIR=str(figures),
        FRAMING_CODING_DIR=str(base / "coding"),  # notebook 07's sheets, never the project's coding/
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
    )
    token = secrets.token_hex(24)
    port = _free_port()
    command = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    if os.geteuid() == 0:  # as in CI: JupyterLab refuses to run as root without this
        command.append("--allow-root")
    log = open(artifacts / "jupyterlab.log", "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    server = LabServer(f"http://127.0.0.1:{port}", token, root, figures, process)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with {process.returncode}; "
                                   f"see {artifacts / 'jupyterlab.log'}")
            try:
                server.api("/api/status", timeout=2)
                break
            except (OSError, urllib.error.URLError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"JupyterLab did not answer within {SERVER_START_TIMEOUT} s; "
                                       f"see {artifacts / 'jupyterlab.log'}") from None
                time.sleep(0.5)
        yield server
    finally:
        _stop(process, server)
        log.close()


@pytest.fixture(scope="session")
def page(tmp_path_factory, artifacts):
    """A page in a headless Debian Chromium with a fresh profile; its console goes to a log."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    console = open(artifacts / "console.log", "w")  # noqa: SIM115 (closed below)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000}, service_workers="block",
        )
        try:
            tab = context.pages[0] if context.pages else context.new_page()
            tab.on("console", lambda m: console.write(f"[{m.type}] {m.text}\n"))
            tab.on("pageerror", lambda e: console.write(f"[pageerror] {e}\n"))
            yield tab
        finally:
            context.close()
            console.close()


_SUMMARY: list[str] = []


@pytest.fixture(scope="session")
def summary() -> list[str]:
    """Lines the test wants shown at the end of the run (timings, screenshot paths)."""
    return _SUMMARY


def pytest_terminal_summary(terminalreporter):
    if _SUMMARY:
        terminalreporter.section("browser test")
        for line in _SUMMARY:
            terminalreporter.write_line(line)
