"""`make soak`: every stage on one database at once, for a set time.

Builds the demo database, then runs side by side until the time is up: Datasette serving it
(`newsmine serve`, its pages and canned queries fetched in a loop), a search loop on a
read-only connection, `annotate --force` again and again, and a crawl + extract of the demo
sites again and again (every page refetched). Reports requests served, errors and articles
lost; all but the counts must be zero. CI runs a short one (tests/test_soak.py)."""

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from newsmine import store
from newsmine.demo import DEMO_SOURCES, build_demo, serve_demo_sites

NEWSMINE = [sys.executable, "-m", "newsmine.cli"]
WEB_PATHS = ["/", "/newsmine", "/newsmine/officials", "/newsmine/figures?_size=50",
             "/newsmine/obstacles.json", "/newsmine/search?q=dien+bien",
             "/newsmine/official_history?name=lo+van+tien"]
SEARCHES = ["dien bien", "lo van tien", '"ha tang" OR giao', "tỷ đồng", "truong NOT hoc"]


class Tally:
    """Counts and the first few errors of one activity, safe across threads."""

    def __init__(self):
        self.done, self.errors, self.examples, self.lock = 0, 0, [], threading.Lock()
        self.seconds = []

    def add(self, error: str | None = None, seconds: float = 0.0) -> None:
        with self.lock:
            self.done += 1
            self.seconds.append(seconds)
            if error:
                self.errors += 1
                if len(self.examples) < 5:
                    self.examples.append(error[:300])

    def report(self) -> dict:
        times = sorted(self.seconds) or [0.0]
        return {"done": self.done, "errors": self.errors, "examples": self.examples,
                "p95_s": round(times[int(0.95 * (len(times) - 1))], 3)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def _loop(until: float, tally: Tally, step) -> None:
    while (start := time.monotonic()) < until:
        try:
            error = step()
        except Exception as exception:  # noqa: BLE001 - every failure is what the soak counts
            error = f"{type(exception).__name__}: {exception}"
        tally.add(error, time.monotonic() - start)


def _web_step(base: str):
    paths = iter(WEB_PATHS * 1_000_000)

    def step():
        path = next(paths)
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
        except urllib.error.HTTPError as error:
            return f"GET {path}: HTTP {error.code} {error.read()[:200]!r}"
        return None
    return step


def _search_step(db_path: Path):
    queries = iter(SEARCHES * 1_000_000)

    def step():
        db = store.open_db(db_path, readonly=True)
        try:
            store.search_facts(db, next(queries), limit=20)
        finally:
            db.conn.close()
    return step


def _command_step(*commands):
    """Each command in turn: newsmine's CLI, or a Python snippet ("-c", code, *args)."""
    def step():
        for command in commands:
            program = [sys.executable] if command[0] == "-c" else NEWSMINE
            done = subprocess.run([*program, *command], check=False, capture_output=True, text=True)
            if done.returncode:
                lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
                return f"{' '.join(command[:2])}: exit {done.returncode}: {lines[-1]}"
        return None
    return step


def _read(db_path: Path, sql: str) -> list[tuple]:
    db = store.open_db(db_path, readonly=True)
    try:
        return db.conn.execute(sql).fetchall()
    finally:
        db.conn.close()


def _article_urls(db_path: Path) -> set[str]:
    return {url for url, in _read(db_path, "SELECT url FROM articles")}


def _unannotated(db_path: Path) -> int:
    return _read(db_path, "SELECT count(*) FROM articles "
                          "WHERE id NOT IN (SELECT article_id FROM annotations)")[0][0]


# A demo site crawled again in a process of its own, as `make demo` crawls it, every page
# refetched (argv: database, source as JSON).
CRAWL = ("import json, sys; from newsmine.crawl import crawl_source; "
         "s = crawl_source(sys.argv[1], json.loads(sys.argv[2]), delay=0, concurrency=4, "
         "refresh_days=0); sys.exit(0 if s.reached else 1)")


def soak(seconds: float, workdir: Path) -> dict:
    """Run the soak for `seconds` on a fresh demo database in `workdir`; the report."""
    db_path = workdir / "soak.db"
    urls, stop_sites = serve_demo_sites()
    server = None
    tallies = {name: Tally() for name in ("web", "search", "annotate", "crawl")}
    try:
        build_demo(db_path, urls, echo=lambda *_: None)
        before = _article_urls(db_path)
        port = _free_port()
        server = subprocess.Popen([*NEWSMINE, "serve", "--db", str(db_path), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        _wait_for(base + "/newsmine", 60)
        until = time.monotonic() + seconds
        crawls = [("-c", CRAWL, str(db_path), json.dumps({**source, "home_url": url}))
                  for url, source in zip(urls, DEMO_SOURCES)]
        steps = {
            "web": _web_step(base),
            "search": _search_step(db_path),
            "annotate": _command_step(("annotate", "--force", "--db", str(db_path), "--jobs", "1")),
            "crawl": _command_step(*crawls, ("extract", "--force", "--db", str(db_path))),
        }
        threads = [threading.Thread(target=_loop, args=(until, tallies[name], step))
                   for name, step in steps.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        # one last annotate, alone: every article must come out annotated
        tallies["annotate"].add(_command_step(("annotate", "--db", str(db_path)))())
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        stop_sites()
    after = _article_urls(db_path)
    report = {name: tally.report() for name, tally in tallies.items()}
    report.update(seconds=seconds, articles_before=len(before), articles_after=len(after),
                  articles_lost=len(before - after), articles_unannotated=_unannotated(db_path),
                  errors=sum(t.errors for t in tallies.values()))
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="How long the stages run together.")
    parser.add_argument("--json", action="store_true", help="The report as one JSON object.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsmine-soak-") as workdir:
        report = soak(args.seconds, Path(workdir))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for name in ("web", "search", "annotate", "crawl"):
            part = report[name]
            print(f"{name:<9}{part['done']:>7} done {part['errors']:>5} errors, p95 {part['p95_s']:.2f} s  "
                  f"{'; '.join(part['examples'])}")
        print(f"articles: {report['articles_before']} before, {report['articles_after']} after, "
              f"{report['articles_lost']} lost, {report['articles_unannotated']} unannotated")
    failed = report["errors"] or report["articles_lost"] or report["articles_unannotated"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
