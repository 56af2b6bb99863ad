"""The 10x-input timing that the rounds' linearity scripts share (linearity_appoint28/30, linearity_rev19).

Each case is a function of a size ``n``; :func:`report` times it at ``n`` and ``10 n`` (best of ``repeats`` CPU
times, collector run first: the machine is often shared and wall time swings with other work) and prints the
ratio — near 10 is linear, near 1 bounded (fails fast), near 100 quadratic.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping

Case = Callable[[int], object]


def best_time(f: Case, n: int, repeats: int = 3) -> float:
    """Best of ``repeats`` CPU times of ``f(n)``, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        f(n)
        best = min(best, time.process_time() - start)
    return best


def report(cases: Mapping[str, Case], n: int, repeats: int = 3, width: int = 42) -> None:
    """One line per case: its times at n and 10 n and their ratio."""
    for name, f in cases.items():
        small, large = best_time(f, n, repeats), best_time(f, 10 * n, repeats)
        print(
            f"{name:{width}s} n={n:5d} {small * 1000:8.2f} ms  10n {large * 1000:9.2f} ms  "
            f"ratio {large / max(small, 1e-9):5.1f}"
        )
