"""Why a candidate fact was dropped: extractors call `reject()`, `newsmine explain` collects.

Outside `collecting()` a rejection costs one context-variable lookup and is forgotten, so the
annotate path pays nothing for it."""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass
class Rejected:
    kind: str  # officials, organizations, figures, obstacles
    text: str  # the candidate's surface text
    reason: str


_collected: ContextVar[list[Rejected] | None] = ContextVar("newsmine_rejected", default=None)


def reject(kind: str, text: str, reason: str) -> None:
    """Record that a candidate of `kind` was dropped, and why (only while collecting)."""
    found = _collected.get()
    if found is not None:
        found.append(Rejected(kind, " ".join(text.split()), reason))


@contextmanager
def collecting():
    """Collect the rejections made inside the block into the yielded list."""
    found: list[Rejected] = []
    token = _collected.set(found)
    try:
        yield found
    finally:
        _collected.reset(token)
