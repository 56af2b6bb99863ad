"""Batch conversion: many inputs → one JSON line per issue, in input order, with worker processes.

The engine behind ``gazette-extract batch``; no command-line parsing here. The flow::

    items = collect(paths)                       # sources.iter_sources, sorted by path
    done = read_done(output)                     # --resume: what the output already holds
    for outcome in outcomes(items, jobs=4):      # ordered, whatever the worker count
        ...                                      # outcome.line is one compact JSON object

A file that cannot be converted becomes an *error line* instead of an issue::

    {"source": {"path": …, "sha256": …, "bytes": …}, "error": {"code": …, "message": …}}

with ``code`` one of :data:`ERROR_CODES`. Output files are written by :class:`OutputFile`:
through a temporary file renamed at the end, or appended to (``--resume``), and always cut back
to the last complete line when the run is interrupted.

Heavy modules (multiprocessing, the pipeline, the archive readers of ``sources``) are imported
where they are used, so that importing this module costs the CLI nothing.
"""

from __future__ import annotations

import builtins
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar, overload

from .. import codes
from ..errors import EmptyInputError, GazetteError, InputError, OutputError
from .jsontypes import Record, Result

if TYPE_CHECKING:  # pragma: no cover
    from multiprocessing.pool import IMapIterator, Pool

    from .sources import InputItem, Scan, SourceItem

# Codes of error lines, and what each means (the registry: codes.py).
ERROR_CODES: dict[str, str] = {code: meaning for code, meaning in codes.ERRORS.items() if code in codes.BATCH_ERRORS}


def check_not_empty(data: bytes, name: str) -> bytes:
    if not data:
        raise EmptyInputError(f"empty input: {name}")
    return data


def dumps_line(record: Record) -> str:
    """One compact JSON line (no newline), Chinese text kept as is."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------


def collect(
    paths: Iterable[str],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    max_size: int | None = None,
    avoid: Iterable[str] = (),
    listed: Iterable[str] = (),
) -> list[SourceItem]:
    """The documents named by ``paths`` (files, folders, globs, archives), sorted by path:
    the items of :func:`scan_inputs`."""
    return scan_inputs(paths, include=include, exclude=exclude, max_size=max_size, avoid=avoid, listed=listed).items


def scan_inputs(
    paths: Iterable[str],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    max_size: int | None = None,
    avoid: Iterable[str] = (),
    listed: Iterable[str] = (),
) -> Scan:
    """The inputs of a batch, and what their folders and archives held that was skipped.

    A folder gives its text, Markdown, HTML and PDF files and archives (or what ``include``
    globs name, less what ``exclude`` globs name); other files are skipped and counted. A
    file named explicitly is always an input (an unsupported format becomes an error line).
    ``listed`` names (from ``--files-from``) are taken literally (no glob), and a missing one is
    an error line rather than the end of the batch.
    Raises SourceError, an InputError (exit 3), for a missing path, a pattern matching
    nothing, or no input at all."""
    from .sources import ACCEPTED_EXTENSIONS, DEFAULT_MAX_SIZE, scan

    found = scan(
        paths, include=include, exclude=exclude, max_size=max_size or DEFAULT_MAX_SIZE, avoid=avoid, listed=listed
    )
    if not found.items:
        skipped = f" ({found.skipped_text()} skipped)" if found.skipped else ""
        raise InputError(f"no gazette files found (looked for {', '.join(ACCEPTED_EXTENSIONS)} and archives){skipped}")
    return found


# ---------------------------------------------------------------------------------------------
# Workers
# ---------------------------------------------------------------------------------------------


class Outcome(NamedTuple):
    """What one input became. ``line`` is None only for a skipped input."""

    path: str
    line: bytes | None  # UTF-8: encoded in the worker, written as is by the parent
    error: str | None  # the error message of an error line, else None
    bytes: int
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def record(self) -> builtins.bytes:  # builtins: the field ``bytes`` shadows the type here
        """``line`` of an outcome that is not skipped (the only ones a writer is given)."""
        if self.line is None:
            raise ValueError(f"a skipped input has no line: {self.path}")
        return self.line


#: What one input became, for whichever worker function converted it: an :class:`Outcome`,
#: or (``index``) an ``indexer.IndexOutcome``.
OutcomeT = TypeVar("OutcomeT")


class AnyOutcome(Protocol):
    """What the totals and the error lines on stderr read of an outcome, of any worker."""

    @property
    def path(self) -> str: ...
    @property
    def error(self) -> str | None: ...
    @property
    def bytes(self) -> int: ...
    @property
    def skipped(self) -> bool: ...
    @property
    def ok(self) -> bool: ...


# Per-process settings, set by _init_worker (in each worker, or in-process for -j 1).
_ENCODING: str | None = None
_DONE: dict[str, str | None] = {}


def _init_worker(encoding: str | None, done: dict[str, str | None], ignore_sigint: bool) -> None:
    global _ENCODING, _DONE
    _ENCODING, _DONE = encoding, done
    if ignore_sigint:
        # Ctrl-C reaches the whole process group; only the parent reacts (and ends the pool),
        # so workers must not die with a traceback each.
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's SIGTERM handler is not ours


def _source_path(source: Record, path: str) -> Record:
    """Put a printable ``path`` in ``source``, and ``path_bytes`` (hex) when the file name is not
    UTF-8, so that such a name neither breaks the JSON line nor is lost."""
    from .sources import display_path, path_bytes

    source["path"] = display_path(path)
    if (raw := path_bytes(path)) is not None:
        source["path_bytes"] = raw
    return source


def _error_outcome(item: InputItem, digest: str | None, size: int, code: str, message: str) -> Outcome:
    from .sources import display_path

    message = display_path(message)
    record = {
        "source": _source_path({"path": None, "sha256": digest, "bytes": size}, item.path),
        "error": {"code": code, "message": message},
    }
    return Outcome(display_path(item.path), dumps_line(record).encode("utf-8"), message, size)


def failed(item: InputItem, code: str, message: str) -> Outcome:
    """The error line of an input the engine could not convert (its worker died), as
    :func:`convert` gives it."""
    return _error_outcome(item, None, item.size, code, message)


def convert(item: InputItem) -> Outcome:
    """Read and parse one input; every failure becomes an error line, never an exception."""
    from ..pipeline import extract
    from .sources import SourceError, done_key, sha256

    key = done_key(item.path)
    if key in _DONE and _DONE[key] is None:
        # It could not be read last time: not tried again, so that a resumed run writes exactly
        # the lines of an uninterrupted one.
        return Outcome(item.path, None, None, item.size, skipped=True)
    try:
        data = item.read()
    except SourceError as exc:
        return _error_outcome(item, None, item.size, codes.INPUT, str(exc))
    digest = sha256(data)
    if key in _DONE and _DONE[key] == digest:
        return Outcome(item.path, None, None, len(data), skipped=True)
    try:
        check_not_empty(data, item.path)
        result = extract(data, path=item.path, encoding=_ENCODING)
        _source_path(result["source"], item.path)
    except GazetteError as exc:
        return _error_outcome(item, digest, len(data), exc.code, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch of thousands
        return _error_outcome(item, digest, len(data), codes.ERROR, f"internal error: {type(exc).__name__}: {exc}")
    # Encoded here, in the worker: the parent then only copies bytes (the parent's CPU is the
    # one the workers compete for on a small machine)
    return Outcome(result["source"]["path"], dumps_line(result).encode("utf-8"), None, len(data))


def chunk_size(count: int, processes: int) -> int:
    """Items per task sent to a worker: enough to amortize the inter-process round trip, few
    enough to keep every worker busy to the end and the progress bar moving. (A 60 kB issue
    parses in about 6 ms; on 200 such issues and 2 CPUs, chunks of 1 to 50 differ by under 5%.)"""
    return max(1, min(8, count // (processes * 8)))


@overload  # the batch's own conversion: Outcomes
def outcomes(
    items: list[SourceItem],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    done: dict[str, str | None] | None = None,
    worker: None = None,
    failure: None = None,
    cluster: str | None = None,
    max_in_flight: int | None = None,
) -> Iterator[Outcome]: ...
@overload  # another worker function (index: rows), with its own failure outcome
def outcomes(
    items: list[SourceItem],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    done: dict[str, str | None] | None = None,
    worker: Callable[[InputItem], OutcomeT],
    failure: Callable[[SourceItem, str, str], OutcomeT],
    cluster: str | None = None,
    max_in_flight: int | None = None,
) -> Iterator[OutcomeT]: ...
def outcomes(
    items: list[SourceItem],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    done: dict[str, str | None] | None = None,
    worker: Callable[[InputItem], Any] | None = None,
    failure: Callable[[SourceItem, str, str], Any] | None = None,
    cluster: str | None = None,
    max_in_flight: int | None = None,
) -> Iterator[Any]:
    """Convert ``items`` and yield their outcomes in the order of ``items``.

    ``cluster``: the address of a Dask scheduler; its workers convert the files instead of
    local processes (``jobs`` is then unused; see :mod:`gazette_extract.app.cluster`), with at
    most ``max_in_flight`` files submitted and not yet yielded.

    ``worker`` replaces :func:`convert` (``index`` converts to database rows): a picklable
    module-level function that may read ``_ENCODING`` and ``_DONE`` of this module.
    ``failure(item, code, message)`` gives its outcome for an input whose worker died (default
    :func:`failed`, an error line), so that every outcome is of the worker's kind.

    ``jobs`` worker processes (default: one per CPU); 1 (or a single item) runs in-process.
    ``done`` maps paths already converted to their sha256 (None when the earlier attempt could
    not read the file): those inputs are yielded as skipped. Closing the generator early (or an
    exception, KeyboardInterrupt included) terminates the workers.
    """
    done = done or {}
    failure = failure or failed
    if cluster:
        from . import cluster as dask_executor

        yield from dask_executor.outcomes(
            items, address=cluster, worker=worker or convert, failure=failure, init=_init_worker, encoding=encoding,
            done=done, max_in_flight=max_in_flight,
        )  # fmt: skip
        return
    jobs = jobs or os.cpu_count() or 1
    processes = min(jobs, len(items))
    if processes <= 1:
        _init_worker(encoding, done, ignore_sigint=False)
        yield from map(worker or convert, items)
        return

    import multiprocessing

    from .. import pipeline  # noqa: F401 - imported once here, inherited by forked workers

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    position = 0  # items[:position] are yielded
    isolate_until = 0  # items before this run one at a time in a single worker (after a death)
    while position < len(items):
        isolated = position < isolate_until
        end = isolate_until if isolated else len(items)
        width = 1 if isolated else processes
        chunk = 1 if isolated else chunk_size(end - position, width)
        pool = context.Pool(width, initializer=_init_worker, initargs=(encoding, done, True))
        try:
            died: _Death | None = None
            chunks = [items[i : i + chunk] for i in range(position, end, chunk)]
            # chunks made here, not by imap: imap(chunksize>1) returns a plain generator, which
            # cannot wait with a timeout
            for done_chunk in _watched(pool, pool.imap(partial(_convert_chunk, worker or convert), chunks)):
                if isinstance(done_chunk, _Death):
                    died = done_chunk
                    break
                for outcome in done_chunk:
                    position += 1
                    yield outcome
        finally:
            _end_pool(pool)
        if died is None:
            continue
        if isolated:
            # one worker, one file at a time, in order: the file it held is the one that killed it
            yield _died_outcome(items[position], died.exitcode, failure)
            position += 1
        else:
            # any file in flight may be the cause: each is tried once more, alone
            isolate_until = min(len(items), position + width * (chunk + 1) * 2)


_JOIN_SECONDS = 10  # a worker that has not exited this long after SIGTERM is killed


def _end_pool(pool: Pool) -> None:
    """Terminate the pool and wait for its workers, but never forever: a worker stuck in a lock
    it inherited (a fork is not always clean) is killed rather than hanging the batch."""
    workers = list(pool._pool)  # type: ignore[attr-defined] # its processes: not in Pool's public API
    pool.terminate()
    deadline = time.monotonic() + _JOIN_SECONDS
    for worker in workers:
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.exitcode is None:
            worker.kill()
            worker.join(1)
    pool.join()


def _convert_chunk(worker: Callable[[InputItem], OutcomeT], items: list[SourceItem]) -> list[OutcomeT]:
    return [worker(item) for item in items]


class _Death(NamedTuple):
    exitcode: int | None


_POLL = 0.5  # seconds between checks that every worker is alive


def _watched(pool: Pool, results: IMapIterator[list[OutcomeT]]) -> Iterator[list[OutcomeT] | _Death]:
    """The pool's results; a :class:`_Death` when one of its workers died (kill -9, the
    out-of-memory killer): the pool replaces the process but the task it held is lost, and
    waiting for it would hang forever. Waiting in short steps also keeps Ctrl-C working."""
    workers = list(pool._pool)  # type: ignore[attr-defined] # the processes it started with: not public API
    while True:
        try:
            yield results.next(timeout=_POLL)
        except StopIteration:
            return
        except Exception as exc:  # multiprocessing.TimeoutError: no result yet
            if type(exc).__name__ != "TimeoutError":
                raise
            dead = [w for w in workers if w.exitcode is not None]
            if dead:
                try:  # a result that arrived meanwhile is not lost
                    yield results.next(timeout=_POLL)
                    continue
                except StopIteration:
                    return
                except Exception:  # noqa: BLE001
                    pass
                yield _Death(dead[0].exitcode)
                return


def _died_outcome(
    item: SourceItem, exitcode: int | None, failure: Callable[[SourceItem, str, str], OutcomeT]
) -> OutcomeT:
    how = f"killed by signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit status {exitcode}"
    return failure(item, codes.WORKER, f"the worker converting {item.path} died ({how}: out of memory?); tried twice")


class Stats:
    """Running totals of a batch, for the progress bar and the summary."""

    def __init__(self, total: int, skipped_inputs: str = "") -> None:
        self.total = total
        self.skipped_inputs = skipped_inputs  # what the folders held that is not an input
        self.files = self.issues = self.errors = self.skipped = self.bytes = 0
        self.started = time.perf_counter()

    def add(self, outcome: AnyOutcome) -> None:
        self.files += 1
        self.bytes += outcome.bytes
        if outcome.skipped:
            self.skipped += 1
        elif outcome.ok:
            self.issues += 1
        else:
            self.errors += 1

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        text = f"{self.files} files, {self.issues} issues, {self.errors} errors, {self.bytes / 1e6:.1f} MB in {self.seconds:.2f} s"
        if self.skipped:
            text += f" ({self.skipped} skipped: already in the output)"
        if self.skipped_inputs:
            text += f"; skipped: {self.skipped_inputs}"
        return text


def run(
    items: list[SourceItem],
    write: Callable[[Iterator[Outcome]], object],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    done: dict[str, str | None] | None = None,
    fail_fast: bool = False,
    on_outcome: Callable[[Outcome, Stats], None] | None = None,
    stats: Stats | None = None,
    cluster: str | None = None,
    max_in_flight: int | None = None,
) -> Stats:
    """Convert ``items`` and hand the outcomes (skipped ones left out) to ``write``, which
    consumes the iterator; stop after the first error line with ``fail_fast``. ``cluster``:
    convert on that Dask scheduler's workers (:func:`outcomes`)."""
    stats = stats or Stats(len(items))

    def stream() -> Iterator[Outcome]:
        for outcome in outcomes(
            items, jobs=jobs, encoding=encoding, done=done, cluster=cluster, max_in_flight=max_in_flight
        ):
            stats.add(outcome)
            if on_outcome is not None:
                on_outcome(outcome, stats)
            if outcome.skipped:
                continue
            yield outcome
            if fail_fast and not outcome.ok:
                return

    write(stream())
    return stats


# ---------------------------------------------------------------------------------------------
# Outputs
# ---------------------------------------------------------------------------------------------


# The writer lives in .output (one atomic writer for parse and batch); re-exported here.
from .output import OutputFile as OutputFile  # noqa: E402
from .output import read_done as read_done  # noqa: E402


def _marked(outcomes: Iterator[Outcome], out: OutputFile) -> Iterator[Outcome]:
    """Yield outcomes; when the writer asks for the next one, the previous one is written."""
    out.mark()
    for outcome in outcomes:
        yield outcome
        out.mark()


def write_jsonl(outcomes: Iterator[Outcome], out: OutputFile) -> None:
    for outcome in _marked(outcomes, out):
        out.write_bytes(outcome.record + b"\n")


#: What completes a JSON array output cut short by an interruption.
JSON_ARRAY_END = "\n]\n"


def write_json_array(outcomes: Iterator[Outcome], out: OutputFile) -> None:
    """One JSON array, one compact object per line; ``[]`` for no results."""
    out.write("[")
    separator = "\n"
    for outcome in _marked(outcomes, out):
        out.write(separator)
        out.write_bytes(outcome.record)
        separator = ",\n"
    out.write(JSON_ARRAY_END)


def output_name(path: str) -> str:
    """Where ``--output-dir`` puts the JSON of input ``path``, relative to the folder: the path
    as given with ``.json`` for its extension, an archive member under a folder named after the
    archive, and never outside the folder (``..`` and a leading ``/`` dropped)."""
    parts = [p for p in path.replace(MEMBER_SEP, "/").replace(os.sep, "/").split("/") if p not in ("", ".", "..")]
    stem, _ = os.path.splitext(parts[-1] if parts else "input")
    return "/".join([*parts[:-1], f"{stem or parts[-1]}.json"])


MEMBER_SEP = "!"


def write_output_dir(outcomes: Iterator[Outcome], directory: str) -> None:
    """``--output-dir``: each issue to its own file (:func:`output_name`), written atomically;
    error lines are reported on stderr only."""
    from .output import write_atomic

    for outcome in outcomes:
        if not outcome.ok:
            continue
        target = Path(directory) / output_name(outcome.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        record = json.loads(outcome.record)
        write_atomic(target, json.dumps(record, ensure_ascii=False, indent=2) + "\n")


def write_csv(outcomes: Iterator[Outcome], out: OutputFile, *, view: str, excel: bool = False) -> None:
    from .views import write_csv

    write_csv((json.loads(o.record) for o in _marked(outcomes, out)), view, out, excel=excel)


# ---------------------------------------------------------------------------------------------
# For other commands: ordered results
# ---------------------------------------------------------------------------------------------


class FileResult(NamedTuple):
    """One input of :func:`iter_results`: exactly one of ``result`` and ``error`` is set."""

    path: str  # display path (archive!member for archive members)
    sha256: str | None  # of the raw bytes; None when the file could not be read
    result: Result | None  # the issue, as ``gazette-extract parse`` gives it
    error: Record | None  # {"code": …, "message": …} (codes: ERROR_CODES)


def iter_results(
    paths: Iterable[str],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    max_size: int | None = None,
) -> Iterator[FileResult]:
    """Convert the inputs named by ``paths`` (as ``batch`` takes them) and yield one
    :class:`FileResult` per input, in path order, with ``jobs`` worker processes.

    Raises InputError for a missing path or no input at all; every per-file failure is a
    FileResult with ``error`` set. Closing the generator stops the workers."""
    found = scan_inputs(paths, include=include, exclude=exclude, max_size=max_size)
    for outcome in outcomes(found.items, jobs=jobs, encoding=encoding):
        record = json.loads(outcome.record)
        source = record["source"]
        yield FileResult(
            source["path"], source.get("sha256"), None if "error" in record else record, record.get("error")
        )
