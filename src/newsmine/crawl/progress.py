"""The terminal side of a crawl: a live progress line, logs above it, a summary at the end."""

import logging

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

logger = logging.getLogger("newsmine.crawl")


class CrawlProgress:
    """Feed it the crawler's events (`on_event`); shows fetched, queued, errors, skipped and
    the current host while the crawl runs. Skip reasons are logged at INFO (`verbose`)."""

    def __init__(self, verbose: bool = False, total: int | None = None, console: Console | None = None):
        self.console = console or Console(stderr=True)
        self.verbose = verbose
        self.total = total
        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
            TextColumn("fetched [green]{task.completed}[/]"),
            TextColumn("queued {task.fields[queued]}"),
            TextColumn("errors [red]{task.fields[errors]}[/]"),
            TextColumn("skipped {task.fields[skipped]}"),
            TextColumn("[dim]{task.fields[host]}[/]"), TimeElapsedColumn(),
            console=self.console, transient=False)
        self.task = None
        self.handler = RichHandler(console=self.console, show_path=False, markup=False,
                                   log_time_format="[%X]")

    def __enter__(self):
        self.handler.setLevel(logging.INFO if self.verbose else logging.WARNING)
        logger.addHandler(self.handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        self.progress.start()
        self.task = self.progress.add_task("crawl", total=self.total, queued=0, errors=0,
                                           skipped=0, host="")
        return self

    def __exit__(self, *exc):
        self.progress.stop()
        logger.removeHandler(self.handler)
        logger.propagate = True
        return False

    def on_event(self, event: dict) -> None:
        kind = event.get("e")
        if kind == "start":
            label = event["source"] + (" (resumed)" if event.get("resumed") else "")
            self.progress.update(self.task, description=label)
        elif kind == "progress":
            self.progress.update(self.task, completed=event["fetched"], queued=event["queued"],
                                 errors=event["errors"], skipped=event["skipped"], host=event["host"])


def summary_table(summary) -> Table:
    """The end-of-crawl summary as a table."""
    table = Table(title=f"crawl {summary.crawl_id} of {summary.source}"
                        + (" (resumed)" if summary.resumed else ""), show_header=False)
    table.add_column(style="bold")
    table.add_column()
    state = "finished" if summary.finished else "stopped: run the same command again to resume"
    table.add_row("state", state)
    table.add_row("requests", f"{summary.requests} in {summary.elapsed:.1f} s "
                              f"({summary.pages_per_second:.1f}/s)")
    table.add_row("stored", f"{summary.fetched} (new {summary.new}, changed {summary.changed}, "
                            f"unchanged {summary.unchanged})")
    table.add_row("not modified (304)", str(summary.not_modified))
    table.add_row("read from the database", str(summary.from_store))
    table.add_row("kinds", _counts(summary.kinds))
    table.add_row("statuses", _counts(summary.statuses))
    table.add_row("errors", _counts(summary.errors) or "none")
    table.add_row("skipped", _counts(summary.skipped) or "none")
    return table


def _counts(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
