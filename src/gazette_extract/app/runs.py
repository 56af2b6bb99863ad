"""What the commands that convert many files share (``batch`` in :mod:`.cli`, ``index`` in
:mod:`.archive`): the handled failure and its exit code, the input list of ``--files-from``, the
checks made before any work, the progress bar, SIGTERM as Ctrl-C and the line of a failed file.

Both command modules import this one, and neither imports the other's helpers: :mod:`.cli` only
registers :mod:`.archive`'s commands.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..errors import ExitCode

if TYPE_CHECKING:  # pragma: no cover
    from types import FrameType

    from .batch import AnyOutcome, Stats
    from .sources import SourceItem

    #: The progress bar's update, called with each outcome and the running totals.
    Update = Callable[[AnyOutcome, Stats], None]


class Failure(Exception):
    """A handled failure: message for stderr and the exit code."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


def check_encoding(encoding: str | None) -> None:
    if encoding:
        from ..text.decode import codec_for

        codec_for(encoding)  # DecodeError (exit 4) listing the accepted names, before any work


@contextmanager
def progress_bar(items: list[SourceItem], enabled: bool) -> Iterator[Update | None]:
    """A progress bar on stderr (files done/total, MB/s, errors, time left), or nothing."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

    progress = Progress(
        TextColumn("{task.fields[files]}/{task.fields[count]} files"),
        BarColumn(),
        TransferSpeedColumn(),
        TextColumn("{task.fields[errors]} errors"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        redirect_stdout=False,
        transient=True,
    )
    task = progress.add_task("batch", total=sum(item.size for item in items) or 1, files=0, count=len(items), errors=0)

    def update(outcome: AnyOutcome, stats: Stats) -> None:
        progress.update(task, advance=outcome.bytes, files=stats.files, errors=stats.errors)

    with progress:
        yield update


class Terminated(KeyboardInterrupt):
    """SIGTERM (timeout, a CI cancel, docker stop), handled like Ctrl-C but exiting 143."""


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    import signal

    parent = os.getpid()

    def terminate(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != parent:
            # a worker forked before it set its own handler (the pool ending it): die as SIGTERM
            # would, never raise inside multiprocessing's machinery (that can deadlock the exit)
            os._exit(128 + signal.SIGTERM)
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def say_failed(outcome: AnyOutcome) -> None:
    """The stderr line of a file that failed (batch and index): its path, unless the error names it."""
    error = outcome.error or ""
    where = "" if outcome.path in error else f"{outcome.path}: "
    print(f"Error: {where}{outcome.error}", file=sys.stderr)


def read_names(source: str, null: bool) -> list[str]:
    """The input names of --files-from: one per line (or NUL-separated), kept byte for byte
    (a name that is not UTF-8 stays a surrogate-escaped str, like a name on the command line)."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        raise Failure(f"cannot read {source}: {exc.strerror or exc}", ExitCode.INPUT) from None
    names = data.split(b"\0") if null else data.split(b"\n")
    return [os.fsdecode(name if null else name.removesuffix(b"\r")) for name in names if name.strip()]


def check_cluster(cluster: str | None) -> None:
    if cluster:
        from .cluster import require

        require()
