"""Process-level helpers the stages share (stage 0: imports nothing of the package)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, restoring it however the block ends.

    The stages build hundreds of thousands of small objects and no reference cycles, so the
    collector's passes over them only cost time (about a tenth of a 5 MB parse). Nested use is
    safe: only the outermost block turns the collector back on.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class _Process:
    """What the process is: ``one_command`` when the console script runs one command and exits
    (set by ``app.cli.main``; never in a library caller's process or a test's CliRunner)."""

    one_command = False


def mark_one_command() -> None:
    """The console script's process: it runs one command, then ends."""
    _Process.one_command = True


def collector_off_for_one_command() -> None:
    """In the console script's process, turn the cyclic collector off for the rest of the command.

    ``parse`` builds no reference cycles, and the process ends with it: the collector's passes
    over the stages' modules as they are imported, then over the result while it is written,
    only cost time (≈ 12 M instructions for the sample issue). A library caller's collector is
    left as it is."""
    if _Process.one_command:
        gc.disable()


def freeze_for_exit() -> None:
    """In the console script's process, move every object to the collector's permanent generation.

    Python collects once more when the interpreter finalizes, whether or not the collector is on:
    that last pass traversed every module, pattern and record of the run (≈ 25 M instructions
    after ``parse`` of the sample issue) to find no garbage. Frozen objects are not traversed."""
    if _Process.one_command:
        gc.freeze()
