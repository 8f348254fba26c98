"""Benchmarks, run by `make bench` (python -m bench), never by the tests."""


def run_one(stem: str) -> dict:
    """Run one benchmark module's main() (in a fresh process: see __main__) and add its peak memory."""
    import importlib
    import resource

    metrics = importlib.import_module(f"bench.{stem}").main() or {}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {**metrics, f"peak_rss_mb_{stem.removeprefix('bench_')}": round(peak)}
