"""`newsmine export`: facts with provenance as CSV, CSV for Excel, JSON or JSON lines, streamed row by row."""

import csv
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from . import store

FORMATS = ["csv", "excel", "json", "jsonl"]
_DATE_COLUMNS = ("published",)


def for_excel(row: dict) -> dict:
    """A row as Excel reads it right: ids as text (a 19-digit id loses its last digits as a
    number), dates as "yyyy-mm-dd hh:mm:ss" (Excel's own form), whole values without ".0"."""
    out = {}
    for key, value in row.items():
        if value is not None and (key == "id" or key.endswith("_id")):
            value = f'="{value}"'
        elif key in _DATE_COLUMNS and isinstance(value, str):
            value = value[:19].replace("T", " ")
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        out[key] = value
    return out


def write_facts(db, kinds: list[str], fmt: str, stream, **filters) -> int:
    """Write every fact of the given types (duplicates left out; `filters`: province, since,
    until, as store.export_facts takes them) to a text stream; returns the number of rows. CSV
    has one header, the union of the types' columns."""
    rows = (row for kind in kinds for row in store.export_facts(db, kind, **filters))
    n = 0
    if fmt in ("csv", "excel"):
        columns = list(dict.fromkeys(c for kind in kinds for c in store.export_columns(db, kind)))
        if fmt == "excel":  # the byte-order mark tells Excel the file is UTF-8
            stream.write("\ufeff")
            rows = map(for_excel, rows)
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n" if fmt == "excel" else "\n")
        writer.writeheader()
        for n, row in enumerate(rows, 1):
            writer.writerow(row)
    elif fmt == "jsonl":
        for n, row in enumerate(rows, 1):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        stream.write("[")
        for n, row in enumerate(rows, 1):
            stream.write(("\n" if n == 1 else ",\n") + json.dumps(row, ensure_ascii=False))
        stream.write("\n]\n" if n else "]\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n


@contextmanager
def atomic_output(path):
    """A text file that appears at `path` only when complete (written beside it, then
    renamed), so an interrupted export never leaves half a file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
