"""What the linearity rows of the round tests share: an alarm that stops a run which is not linear, and the best
CPU time of a call (CPU, not wall: the rows held under a loaded machine only so, session 21)."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Raise TimeoutError in the block after ``seconds``: a pattern or loop that is not linear ends the test."""

    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError("a pattern took too long: not linear")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def best_cpu(fn: Callable[[str], object], arg: str, runs: int = 3) -> float:
    """The least CPU time of ``runs`` calls ``fn(arg)``."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - start)
    return best
