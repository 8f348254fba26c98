"""End to end: `newsmine serve` in a subprocess, a real headless Chromium typing an accent-free
search into the canned search form, and the fact's evidence sentence highlighted in the page.
Chromium is driven over the DevTools protocol (plain JSON messages on a websocket)."""

import itertools
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

import factsdb

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--remote-allow-origins=*", "--remote-debugging-port=0"]


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
        self.send("Page.enable")

    def send(self, method, **params):
        message_id = next(self.ids)
        self.ws.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=30))
            if message.get("id") == message_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for_load(self):
        while json.loads(self.ws.recv(timeout=30)).get("method") != "Page.loadEventFired":
            pass

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def close(self):
        self.ws.close()


@pytest.fixture
def server(tmp_path):
    db = tmp_path / "browser.db"
    factsdb.build(db).close()
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
    assert factsdb.DIEN_BIEN_2022 in first["links"]
    assert factsdb.REPUBLISHED not in json.dumps(rows)
