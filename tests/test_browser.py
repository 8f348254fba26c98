"""End to end: `newsmine serve` in a subprocess and a real headless Chromium: an accent-free
search typed into the canned search form, and a journalist's walk through the home page, a fact
table, the page behind a fact and a chart, with no console error. Chromium is driven over the
DevTools protocol (plain JSON messages on a websocket); screenshots of each page go to
data/screenshots/ (CI keeps them as artefacts)."""

import base64
import itertools
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import factsdb

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--remote-allow-origins=*", "--remote-debugging-port=0", "--window-size=1280,900"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "data" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def http_ok(url) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class Page:
    """One Chromium tab over CDP: navigate, evaluate JavaScript, wait for loads."""

    def __init__(self, websocket_url):
        from websockets.sync.client import connect

        self.ws = connect(websocket_url, max_size=2**24, open_timeout=10)
        self.ids = itertools.count(1)
        self.errors = []  # console errors, uncaught exceptions, failed loads, CSP reports
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def receive(self):
        message = json.loads(self.ws.recv(timeout=30))
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            self.errors.append([a.get("value", a.get("description")) for a in params["args"]])
        elif method == "Runtime.exceptionThrown":
            self.errors.append(params["exceptionDetails"].get("exception", {}).get("description"))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.errors.append(params["entry"]["text"] + " " + params["entry"].get("url", ""))
        return message

    def send(self, method, **params):
        message_id = next(self.ids)
        self.ws.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = self.receive()
            if message.get("id") == message_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for_load(self):
        while self.receive().get("method") != "Page.loadEventFired":
            pass

    def open(self, url):
        self.send("Page.navigate", url=url)
        self.wait_for_load()

    def wait_until(self, expression, what):
        """Poll a JavaScript expression until it is truthy (events keep being read)."""
        return wait_for(lambda: self.evaluate(expression), 30, what)

    def screenshot(self, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        data = self.send("Page.captureScreenshot", format="png")["data"]
        (SCREENSHOTS / f"{name}.png").write_bytes(base64.b64decode(data))

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def close(self):
        self.ws.close()


@pytest.fixture
def server(tmp_path):
    db = tmp_path / "browser.db"
    built = factsdb.build(db)
    factsdb.add_stored_page(built)
    built.close()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsmine.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: process.poll() is not None or http_ok(f"http://127.0.0.1:{port}/-/versions.json"),
                 30, "newsmine serve")
        assert process.poll() is None, process.stderr.read().decode()
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def page(tmp_path):
    profile = tmp_path / "profile"
    process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        active = profile / "DevToolsActivePort"
        wait_for(lambda: active.exists() and len(active.read_text().split()) == 2, 30,
                 "Chromium's DevTools port")
        port = active.read_text().split()[0]

        def page_target():
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as r:
                return next((t for t in json.load(r) if t["type"] == "page"), None)

        tab = Page(wait_for(page_target, 15, "a Chromium tab")["webSocketDebuggerUrl"])
        yield tab
        tab.close()
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_accent_free_search_in_a_browser_shows_the_fact_highlighted(server, page):
    page.send("Page.navigate", url=f"{server}/newsmine/search")
    page.wait_for_load()
    assert "Tìm kiếm / Search" in page.evaluate("document.body.innerText")
    page.evaluate("""(() => {
        const form = document.querySelector('input[name=q]').form;
        form.querySelector('input[name=q]').value = 'dien bien';
        form.querySelector('input[name=type]').value = 'figures';
        form.querySelector('input[type=submit]').click();
    })()""")
    page.wait_for_load()
    assert "q=dien+bien" in page.evaluate("location.search")
    rows = page.evaluate("""[...document.querySelectorAll('tbody tr')].map(tr => ({
        marks: [...tr.querySelectorAll('mark')].map(m => m.textContent),
        sentence: tr.querySelector('td.col-sentence').innerText,
        links: [...tr.querySelectorAll('a')].map(a => a.href)}))""")
    assert rows, page.evaluate("document.body.innerText")[:2000]
    first = rows[0]
    assert first["marks"] == ["433 tỷ đồng"]
    assert "Điện Biên bố trí khoảng 433 tỷ đồng cho chuyển đổi số." in first["sentence"]
    assert any("/-/evidence/" in link for link in first["links"])  # the page behind the fact
    assert factsdb.DIEN_BIEN_2022 in page.evaluate("document.querySelector('tbody tr').innerText")
    assert factsdb.REPUBLISHED not in json.dumps(rows)


def test_a_journalist_walks_from_the_home_page_to_the_page_behind_a_fact(server, page):
    page.open(f"{server}/")
    assert page.evaluate("location.pathname") == "/newsmine"
    text = page.evaluate("document.body.innerText")
    assert text.index("Dữ kiện / Facts") < text.index("Truy vấn sẵn") < text.index("Các bảng khác")
    page.screenshot("1-home")

    page.open(f"{server}/newsmine/figures_by_article?_search=giao+vien")
    row = page.evaluate("""(() => { const tr = document.querySelector('tbody tr');
        return {value: tr.querySelector('td.col-value').innerText,
                mark: tr.querySelector('td.col-sentence mark').innerText,
                evidence: tr.querySelector('a.newsmine-page-link').href}; })()""")
    assert row["value"] == "145 người" and row["mark"] == "145 giáo viên tiểu học"
    assert "/-/evidence/" in row["evidence"]
    assert page.evaluate("document.querySelector('details.newsmine-columns') !== null")
    page.screenshot("2-fact-table")

    page.open(row["evidence"])
    page.wait_until("window.scrollY > 0", "the fact scrolled into view")
    mark = page.evaluate("""(() => { const m = document.getElementById('newsmine-fact');
        const box = m.getBoundingClientRect();
        return {text: m.closest('p').innerText, top: box.top, bottom: box.bottom,
                height: window.innerHeight, visible: getComputedStyle(m).visibility}; })()""")
    assert "vẫn thiếu 145 giáo viên tiểu học" in mark["text"]
    assert 0 < mark["top"] < mark["bottom"] < mark["height"] and mark["visible"] == "visible"
    assert factsdb.PAGE_URL in page.evaluate("document.querySelector('header code').innerText")
    assert page.evaluate("document.querySelectorAll('script:not([nonce]), img, iframe').length") == 0
    page.screenshot("3-evidence")

    page.open(f"{server}/-/dashboards/overview")
    page.wait_until("document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length >= 1",
                    "a chart drawn")
    page.screenshot("4-chart")
    assert page.errors == []
