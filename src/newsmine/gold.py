"""Reading gold files in GOLD.md's format (JSON Lines, one article a line)."""

import json
from dataclasses import dataclass
from pathlib import Path

FACT_TYPES = ("officials", "organizations", "figures", "obstacles")


class GoldError(Exception):
    """A gold file that does not follow GOLD.md; the message names the line."""


@dataclass
class GoldArticle:
    record: dict
    base_dir: Path  # html_path is relative to the gold file's folder

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def html_file(self) -> Path | None:
        path = self.record.get("html_path")
        return self.base_dir / path if path else None


def read_gold(path) -> list[GoldArticle]:
    """Parse and check a gold file; raise GoldError naming the first bad line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise GoldError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    articles, seen = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{where}: bad JSON ({error.msg}, column {error.colno})") from None
        if not isinstance(record, dict):
            raise GoldError(f"{where}: expected a JSON object")
        if not record.get("id"):
            raise GoldError(f"{where}: missing 'id'")
        if record["id"] in seen:
            raise GoldError(f"{where}: duplicate id {record['id']!r}")
        seen.add(record["id"])
        has_text, has_html = bool(record.get("text")), bool(record.get("html_path"))
        if has_text == has_html:
            raise GoldError(f"{where}: needs exactly one of 'text' or 'html_path'")
        for kind in FACT_TYPES:
            items = record.setdefault(kind, [])
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise GoldError(f"{where}: '{kind}' must be a list of objects")
        article = GoldArticle(record, path.parent)
        if has_html and not article.html_file.is_file():
            raise GoldError(f"{where}: html_path {record['html_path']!r} not found")
        articles.append(article)
    if not articles:
        raise GoldError(f"{path}: no articles")
    return articles
