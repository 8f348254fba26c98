"""Bounded work: a wall-clock limit on one item (an article to annotate, a page to extract), so
that one pathological input is reported and the batch goes on."""

import signal
import threading
from contextlib import contextmanager


class TimeLimitExceeded(Exception):
    """One item took longer than its limit."""


@contextmanager
def time_limit(seconds: int):
    """Raise TimeLimitExceeded after `seconds` of wall time (the main thread only: elsewhere, and
    with 0, no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded(f"longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
