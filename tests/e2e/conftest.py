"""Fixtures for the real-browser tests: a private JupyterLab server and headless Chromium.

One JupyterLab server (127.0.0.1, a free port, no token) and one headless Chromium (Debian's,
driven by Playwright; its own browser downloads are never used) serve the whole run. The lab
page is loaded once and shared: each test opens its notebook with File > Open from Path...,
and at its end closes it and shuts its kernel down through the REST API. After a failed test
the page is thrown away, so the next test starts from a freshly loaded JupyterLab.

Everything started here is stopped here: kernels through the API, then the server's process
group, then any kernel process that outlived it (by pid); the browser by Playwright. Nothing
comes from the user's setup: Jupyter config, data and runtime dirs, JupyterLab settings and
workspaces, the IPython profile and matplotlib's config live in a temporary directory.

Screenshots, each test's console log and timings, and the server log go to
``tests/e2e/artifacts/`` (gitignored).

Without Playwright, Chromium or JupyterLab the tests skip and say which one is missing (with
``AM_E2E_REQUIRE=1``, as in CI, they fail instead). Run them with
``python -m pytest tests/e2e -m e2e -p no:cacheprovider``; ``AM_E2E_CHROMIUM`` names another
Chromium binary.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTIFACTS = HERE / "artifacts"

SERVER_START_TIMEOUT = 60.0
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# JupyterLab settings for the private server: no news fetching (the network is closed), no
# update checks, nothing that pops up over the notebook.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
        "doNotDisturbMode": True,
    },
}


# --------------------------------------------------------------------------- prerequisites


def chromium_executable() -> str | None:
    """The Chromium binary to drive: ``$AM_E2E_CHROMIUM`` or the first one on ``PATH``."""
    explicit = os.environ.get("AM_E2E_CHROMIUM")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _missing(reason: str) -> None:
    """Skip with the reason; with ``AM_E2E_REQUIRE=1`` (CI) a missing tool is a failure."""
    if os.environ.get("AM_E2E_REQUIRE", "") not in ("", "0"):
        pytest.fail(f"AM_E2E_REQUIRE is set but {reason}", pytrace=False)
    pytest.skip(reason)


def _require_browser_stack() -> str:
    """Skip (with the reason) unless Playwright and a Chromium binary are both there."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _missing('Playwright is not installed (pip install -e ".[e2e]")')
    exe = chromium_executable()
    if exe is None:
        _missing(
            "no Chromium found (apt-get install -y chromium, or set AM_E2E_CHROMIUM); "
            "Playwright's own browser downloads are not used"
        )
    assert exe is not None
    return exe


def _require_jupyterlab() -> None:
    try:
        import jupyterlab  # noqa: F401
    except ImportError:
        _missing('JupyterLab is not installed (pip install -e ".[e2e]")')


# --------------------------------------------------------------------------- the server


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children_map() -> dict[int, list[int]]:
    """Parent pid -> child pids, from /proc (empty where there is no /proc)."""
    children: dict[int, list[int]] = {}
    for entry in pathlib.Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        after = stat[stat.rfind(")") + 2 :].split()
        if len(after) > 1:
            children.setdefault(int(after[1]), []).append(int(entry.name))
    return children


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (kernels run in sessions of their own)."""
    tree = _children_map()
    out: list[int] = []
    todo = list(tree.get(pid, []))
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(tree.get(p, []))
    return out


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie counts as gone
        state = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return True


@dataclass
class JupyterServer:
    """A running private JupyterLab server."""

    url: str  # http://127.0.0.1:PORT
    root: pathlib.Path  # the server's root_dir: notebooks go here
    proc: subprocess.Popen[bytes]
    log_path: pathlib.Path
    env: dict[str, str] = field(repr=False, default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    ready: bool = False

    _opener: urllib.request.OpenerDirector | None = field(repr=False, default=None)
    _cookies: http.cookiejar.CookieJar | None = field(repr=False, default=None)

    def api(self, method: str, path: str, body: Any = None, timeout: float = 10.0) -> Any:
        """Call the REST API (no token; a non-GET carries the server's XSRF cookie back)."""
        if self._opener is None:
            self._cookies = http.cookiejar.CookieJar()
            self._opener = urllib.request.build_opener(
                urllib.request.HTTPCookieProcessor(self._cookies)
            )
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if method != "GET":
            xsrf = self._xsrf(timeout)
            if xsrf:
                req.add_header("X-XSRFToken", xsrf)
        with self._opener.open(req, timeout=timeout) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def _xsrf(self, timeout: float) -> str | None:
        """The ``_xsrf`` cookie, fetched with a page load the first time it is needed."""
        assert self._opener is not None and self._cookies is not None
        for cookie in self._cookies:
            if cookie.name == "_xsrf":
                return cookie.value
        with self._opener.open(self.url + "/lab", timeout=timeout) as resp:
            resp.read()
        for cookie in self._cookies:
            if cookie.name == "_xsrf":
                return cookie.value
        return None

    def wait_until_up(self) -> None:
        """Return once the server answers (REST API and the lab page); fail with its log if
        it exits or stays silent."""
        if self.ready:
            return
        deadline = self.started + SERVER_START_TIMEOUT
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(
                    f"JupyterLab exited with code {self.proc.returncode} while starting:\n"
                    + self.log()[-4000:]
                )
            try:
                self.api("GET", "/api/status", timeout=2)
                with urllib.request.urlopen(self.url + "/lab", timeout=5) as resp:
                    if resp.status == 200:
                        self.ready = True
                        ARTIFACTS.mkdir(exist_ok=True)
                        (ARTIFACTS / "jupyter-server-startup.txt").write_text(
                            f"JupyterLab answered {time.monotonic() - self.started:.1f}s "
                            "after its start\n"
                        )
                        return
            except (OSError, ValueError) as exc:
                last = exc
            time.sleep(0.25)
        pytest.fail(
            f"JupyterLab did not answer at {self.url} within {SERVER_START_TIMEOUT:.0f}s "
            f"(last error: {last}):\n" + self.log()[-4000:]
        )

    def shutdown_kernels(self) -> None:
        """Delete every session and kernel through the API (each shutdown waits for it)."""
        with contextlib.suppress(OSError, ValueError):
            for session in self.api("GET", "/api/sessions"):
                with contextlib.suppress(OSError):
                    self.api("DELETE", f"/api/sessions/{session['id']}", timeout=30)
        with contextlib.suppress(OSError, ValueError):
            for kernel in self.api("GET", "/api/kernels"):
                with contextlib.suppress(OSError):
                    self.api("DELETE", f"/api/kernels/{kernel['id']}", timeout=30)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""


# Page config of the private server: no "is a rebuild needed" check (it costs the server
# seconds of CPU on every start and nothing here builds JupyterLab).
PAGE_CONFIG = {"buildCheck": False, "buildAvailable": False}


def _write_lab_settings(settings_dir: pathlib.Path, config_dir: pathlib.Path) -> None:
    for rel, value in LAB_SETTINGS.items():
        path = settings_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    (config_dir / "labconfig").mkdir(parents=True, exist_ok=True)
    (config_dir / "labconfig" / "page_config.json").write_text(json.dumps(PAGE_CONFIG))


def _stop_server(server: JupyterServer) -> None:
    """Kernels via the API first, then the server's process group, then any leftover child."""
    proc = server.proc
    if proc.poll() is None:
        server.shutdown_kernels()
    leftovers = descendants(proc.pid)
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    # Processes that outlived the server (kernels sit in sessions of their own).
    deadline = time.monotonic() + 5
    for pid in leftovers:
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def jupyter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterServer]:
    """JupyterLab on 127.0.0.1 (free port, no token) in a temporary root and config."""
    _require_browser_stack()  # no point in a server nobody can look at
    _require_jupyterlab()
    base = tmp_path_factory.mktemp("jupyter")
    root = base / "root"
    root.mkdir()
    env = dict(os.environ)
    for name, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
    ):
        (base / sub).mkdir()
        env[name] = str(base / sub)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p
    )  # the kernel imports this checkout's package, installed or not
    _write_lab_settings(base / "lab-settings", base / "config")

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = base / "server.log"
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.token=",
        "--ServerApp.password=",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.open_browser=False",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = JupyterServer(url=url, root=root, proc=proc, log_path=log_path, env=env)
    try:
        yield server  # not waited for here: the browser starts meanwhile (see ``lab``)
    finally:
        _stop_server(server)
        ARTIFACTS.mkdir(exist_ok=True)
        with contextlib.suppress(OSError):
            shutil.copyfile(log_path, ARTIFACTS / "jupyter-server.log")


# --------------------------------------------------------------------------- the browser


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright (a fresh temporary profile)."""
    exe = _require_browser_stack()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class ConsoleLog:
    """What the page said on its console, and its uncaught exceptions."""

    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def on_console(self, msg: Any) -> None:
        loc = msg.location or {}
        where = f" ({loc.get('url', '')}:{loc.get('lineNumber', '')})" if loc.get("url") else ""
        line = f"[{msg.type}] {msg.text}{where}"
        self.messages.append(line)
        if msg.type == "error":
            self.errors.append(line)

    def on_pageerror(self, exc: Any) -> None:
        line = f"[pageerror] {exc}"
        self.messages.append(line)
        self.errors.append(line)


# The notebook on show (tabs in the background are hidden, not removed).
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}

# Run All has finished: the kernel is idle, no cell is queued or running ([*]) and some cell has
# run. (A fresh notebook has no execution counts, and Run All marks every cell [*] at once.)
RUN_FINISHED_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  if (ind && ind.getAttribute('data-status') !== 'idle') return false;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
    .map((p) => p.textContent.trim());
  return !prompts.some((t) => t.includes('*')) && prompts.some((t) => /^\\[\\d+\\]:$/.test(t));
}"""

RUN_STARTED_JS = """() => [...document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt'
)].some((p) => /^\\[(\\*|\\d+)\\]:$/.test(p.textContent.trim()))"""

PROMPTS_JS = """() => [...document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt'
)].map((p) => p.textContent.trim())"""

# What the cells wrote to stderr; IPython's tracebacks are shown that way too.
STDERR_JS = """() => [...document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) '
  + '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
)].map((e) => e.textContent)"""


class Lab:
    """One test's JupyterLab page: notebooks in the server's root, run them, look at them."""

    def __init__(self, server: JupyterServer, page: Any, console: ConsoleLog, name: str) -> None:
        self.server = server
        self.page = page
        self.console = console
        self.name = name
        self.shots: list[pathlib.Path] = []
        self.started = time.monotonic()
        self.timings: list[str] = []

    def mark(self, what: str) -> None:
        """Note how long the test has run so far (kept in the artifacts)."""
        self.timings.append(f"{time.monotonic() - self.started:6.1f}s  {what}")

    # notebooks ---------------------------------------------------------------------------

    def write_notebook(self, filename: str, cells: list[str]) -> str:
        """A new notebook of code cells in the server's root; returns its name."""
        import nbformat

        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
        nb.metadata["kernelspec"] = dict(KERNELSPEC)
        nbformat.write(nb, self.server.root / filename)
        return filename

    def copy_notebook(self, src: pathlib.Path, filename: str | None = None) -> str:
        """A copy of ``src`` without its stored outputs (so what is seen was computed now)."""
        import nbformat

        nb = nbformat.read(src, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        nb.metadata.pop("widgets", None)
        nb.metadata["kernelspec"] = dict(KERNELSPEC)
        filename = filename or src.name
        nbformat.write(nb, self.server.root / filename)
        return filename

    # driving the page -------------------------------------------------------------------

    def open(self, filename: str, timeout: float = 45_000) -> None:
        """File ▸ Open from Path…, then wait until the notebook shows and its kernel is idle."""
        page = self.page
        page.locator(".lm-MenuBar-item", has_text="File").first.click()
        page.locator(".lm-Menu-item:not(.lm-mod-disabled)", has_text="Open from Path").first.click()
        page.locator(".jp-Dialog input").fill(filename)
        page.keyboard.press("Enter")
        page.wait_for_selector(f"{NOTEBOOK} .jp-Notebook .jp-Cell", timeout=timeout)
        self.mark(f"{filename} shown")
        self._wait_for_kernel(filename, timeout / 1000)
        page.wait_for_selector(
            f'{NOTEBOOK} .jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=timeout
        )
        self.mark("kernel idle and connected")

    def _wait_for_kernel(self, filename: str, timeout: float) -> None:
        """The server has a session for the notebook whose kernel is idle with the page
        connected (the page's own idle indicator can show before that)."""
        deadline = time.monotonic() + timeout
        seen: Any = None
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError, ValueError):
                for session in self.server.api("GET", "/api/sessions"):
                    if session.get("path") == filename and session.get("kernel"):
                        seen = self.server.api("GET", f"/api/kernels/{session['kernel']['id']}")
                        if seen["execution_state"] == "idle" and seen["connections"] > 0:
                            return
            time.sleep(0.2)
        pytest.fail(
            f"the kernel of {filename} did not come up: {seen}\n{self.server.log()[-3000:]}"
        )

    def run_all(self, timeout: float = 60_000) -> None:
        """Run ▸ Run All Cells from the menu bar; wait for the end; fail on a traceback."""
        page = self.page
        # Focus the notebook, so that it is the current widget the Run menu acts on.
        page.locator(f"{NOTEBOOK} .jp-Cell .jp-InputPrompt").first.click()
        page.wait_for_selector(f"{NOTEBOOK} .jp-Notebook.jp-mod-commandMode")
        page.locator(".lm-MenuBar-item", has_text="Run").first.click()
        item = page.locator(".lm-Menu-item:not(.lm-mod-disabled)", has_text="Run All Cells")
        item.first.click()
        try:
            page.wait_for_function(RUN_STARTED_JS, timeout=10_000)
        except Exception:
            self.screenshot("run-all-not-started")
            raise
        page.wait_for_function(RUN_FINISHED_JS, timeout=timeout)
        self.mark("Run All finished")
        # textContent, not innerText: cells outside the viewport are not rendered
        unrun = [t for t in page.evaluate(PROMPTS_JS) if not t[1:-2].isdigit()]
        tracebacks = [t for t in page.evaluate(STDERR_JS) if "Traceback" in t]
        if unrun or tracebacks:
            self.screenshot("run-all-failed")
            pytest.fail(
                f"Run All did not run every cell ({len(unrun)} left unrun); stderr:\n"
                + "\n---\n".join(tracebacks)
            )

    def cell(self, index: int) -> Any:
        """The notebook's cell number ``index`` (markdown cells count), scrolled into view."""
        cell = self.page.locator(f"{NOTEBOOK} .jp-Notebook .jp-Cell").nth(index)
        cell.scroll_into_view_if_needed()
        return cell

    def screenshot(self, label: str, target: Any = None) -> pathlib.Path:
        """Keep a screenshot (of ``target`` or the page) in ``tests/e2e/artifacts``."""
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{self.name}-{label}.png"
        (target or self.page).screenshot(path=str(path))
        self.shots.append(path)
        return path

    def assert_no_console_errors(self) -> None:
        errors = "\n".join(self.console.errors)
        assert not self.console.errors, f"JavaScript errors in the browser console:\n{errors}"

    def close_notebooks(self) -> None:
        """File ▸ Close All Tabs, discarding unsaved changes; fail if a tab stays open."""
        page = self.page
        page.keyboard.press("Escape")
        page.locator(".lm-MenuBar-item", has_text="File").first.click()
        page.locator(".lm-Menu-item:not(.lm-mod-disabled)", has_text="Close All Tabs").first.click()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if page.locator(".jp-NotebookPanel").count() == 0:
                return
            discard = page.locator(".jp-Dialog button", has_text="Discard")
            if discard.count():
                discard.first.click()
            else:
                time.sleep(0.1)
        raise AssertionError("notebook tabs stayed open after Close All Tabs")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Remember each phase's report on the test, so that fixtures can see a failure."""
    report = yield
    setattr(item, f"e2e_report_{report.when}", report)
    return report


class LabApp:
    """One JupyterLab page shared by the tests (booting JupyterLab costs seconds): each test
    opens its notebook in it and closes it at the end. After a failed test the page is thrown
    away and the next test loads a fresh one."""

    def __init__(self, server: JupyterServer, browser: Any) -> None:
        self.server = server
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page: Any = None
        self.console = ConsoleLog()
        self.loads = 0

    def fresh_console(self) -> ConsoleLog:
        self.console = ConsoleLog()
        return self.console

    def ensure_page(self) -> Any:
        if self.page is not None and not self.page.is_closed():
            return self.page
        page = self.context.new_page()
        page.set_default_timeout(20_000)
        page.on("console", lambda msg: self.console.on_console(msg))
        page.on("pageerror", lambda exc: self.console.on_pageerror(exc))
        self.loads += 1
        page.goto(f"{self.server.url}/lab/workspaces/e2e-{self.loads}")
        page.wait_for_selector("body[data-jp-theme-name] .jp-Launcher", timeout=45_000)
        self.page = page
        return page

    def discard_page(self) -> None:
        if self.page is not None and not self.page.is_closed():
            with contextlib.suppress(Exception):
                self.page.close()
        self.page = None

    def close(self) -> None:
        self.discard_page()
        with contextlib.suppress(Exception):
            self.context.close()


@pytest.fixture(scope="session")
def lab_app(jupyter_server: JupyterServer, browser: Any) -> Iterator[LabApp]:
    """The shared JupyterLab page (the server starts while the browser does)."""
    jupyter_server.wait_until_up()
    app = LabApp(jupyter_server, browser)
    try:
        yield app
    finally:
        app.close()


@pytest.fixture
def lab(lab_app: LabApp, request: pytest.FixtureRequest) -> Iterator[Lab]:
    """This test's view of JupyterLab. At the end: a screenshot and the console log in the
    artifacts, the test's notebooks closed and their kernels shut down through the API."""
    name = "".join(c if c.isalnum() or c in "_-" else "_" for c in request.node.name)
    started = time.monotonic()
    page = lab_app.ensure_page()
    session = Lab(lab_app.server, page, lab_app.fresh_console(), name)
    session.started = started
    session.mark("JupyterLab ready")
    try:
        yield session
    finally:
        ARTIFACTS.mkdir(exist_ok=True)
        session.mark("test body done")
        with contextlib.suppress(Exception):
            page.screenshot(path=str(ARTIFACTS / f"{name}-final.png"))
        call = getattr(request.node, "e2e_report_call", None)
        passed = call is not None and call.passed
        errors_before_close = len(session.console.errors)
        closed = False
        if passed:
            with contextlib.suppress(Exception):
                session.close_notebooks()
                closed = True
        if not closed:
            lab_app.discard_page()
        lab_app.server.shutdown_kernels()
        session.mark("notebooks closed, kernels shut down")
        (ARTIFACTS / f"{name}-timings.txt").write_text("\n".join(session.timings) + "\n")
        (ARTIFACTS / f"{name}-console.txt").write_text("\n".join(session.console.messages) + "\n")
        if passed:
            late = session.console.errors[errors_before_close:]
            assert closed, "the notebook could not be closed (see the -final.png screenshot)"
            assert not late, "JavaScript errors while closing the notebook:\n" + "\n".join(late)
