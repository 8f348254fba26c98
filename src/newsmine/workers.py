"""Worker processes for the stages that parallelise by item (annotate, predict): how many, and
the pool they run in."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of `jobs` processes for the fact stage, forked where the system can, after the fact
    lexicons are loaded here: the workers share them instead of each loading its own."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    if method == "fork":
        from .facts import warm_up

        warm_up()
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method))
