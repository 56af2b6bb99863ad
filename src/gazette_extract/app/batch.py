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

import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from ..errors import EmptyInputError, GazetteError, InputError, OutputError

if TYPE_CHECKING:  # pragma: no cover
    from .sources import SourceItem

# Codes of error lines, and what each means.
ERROR_CODES: dict[str, str] = {
    "input": "the file cannot be read (missing, no permission, damaged archive member)",
    "empty": "the file is empty",
    "decode": "the bytes are not text in a known encoding (binary, an image, a wrong --encoding), or an encrypted, damaged or empty PDF",
    "ocr-needed": "a PDF of scanned pages only, and OCR is not installed (pip install 'gazette-extract[ocr]')",
    "error": "the pipeline failed on this file (a bug: please report it with the file)",
}


def check_not_empty(data: bytes, name: str) -> bytes:
    if not data:
        raise EmptyInputError(f"empty input: {name}")
    return data


def dumps_line(record: dict) -> str:
    """One compact JSON line (no newline), Chinese text kept as is."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------


def collect(paths: Iterable[str]) -> list[SourceItem]:
    """The documents named by ``paths`` (files, folders, globs, archives), sorted by path.

    PDFs are read; scans and office files found in folders and archives are listed too, so that
    each becomes an error line (code ``unsupported``) rather than being passed over in silence.
    Raises SourceError, an InputError (exit 3), for a missing path or a pattern matching nothing."""
    from ..text.decode import REPORTED_EXTENSIONS
    from .sources import DEFAULT_EXTENSIONS, iter_sources

    wanted = DEFAULT_EXTENSIONS + (".pdf",)  # PDFs are read (text layer, or OCR with the [ocr] extra)
    items = iter_sources(paths, extensions=wanted, report=REPORTED_EXTENSIONS)  # SourceError is an InputError: exit 3
    if not items:
        raise InputError(f"no gazette files found (looked for {', '.join(wanted)} and archives)")
    return items


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


def _error_outcome(item: SourceItem, digest: str | None, size: int, code: str, message: str) -> Outcome:
    record = {"source": {"path": item.path, "sha256": digest, "bytes": size}, "error": {"code": code, "message": message}}
    return Outcome(item.path, dumps_line(record).encode("utf-8"), message, size)


def convert(item: SourceItem) -> Outcome:
    """Read and parse one input; every failure becomes an error line, never an exception."""
    from ..pipeline import extract
    from .sources import SourceError, sha256

    if item.path in _DONE and _DONE[item.path] is None:
        # It could not be read last time: not tried again, so that a resumed run writes exactly
        # the lines of an uninterrupted one.
        return Outcome(item.path, None, None, item.size, skipped=True)
    try:
        data = item.read()
    except SourceError as exc:
        return _error_outcome(item, None, item.size, "input", str(exc))
    digest = sha256(data)
    if item.path in _DONE and _DONE[item.path] == digest:
        return Outcome(item.path, None, None, len(data), skipped=True)
    try:
        check_not_empty(data, item.path)
        result = extract(data, path=item.path, encoding=_ENCODING)
    except GazetteError as exc:
        return _error_outcome(item, digest, len(data), exc.code, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch of thousands
        return _error_outcome(item, digest, len(data), "error", f"internal error: {type(exc).__name__}: {exc}")
    # Encoded here, in the worker: the parent then only copies bytes (the parent's CPU is the
    # one the workers compete for on a small machine)
    return Outcome(item.path, dumps_line(result).encode("utf-8"), None, len(data))


def chunk_size(count: int, processes: int) -> int:
    """Items per task sent to a worker: enough to amortize the inter-process round trip, few
    enough to keep every worker busy to the end and the progress bar moving. (A 60 kB issue
    parses in about 6 ms; on 200 such issues and 2 CPUs, chunks of 1 to 50 differ by under 5%.)"""
    return max(1, min(8, count // (processes * 8)))


def outcomes(
    items: list[SourceItem],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    done: dict[str, str | None] | None = None,
    worker: Callable[[SourceItem], Outcome] | None = None,
) -> Iterator[Outcome]:
    """Convert ``items`` and yield their outcomes in the order of ``items``.

    ``worker`` replaces :func:`convert` (``index`` converts to database rows): a picklable
    module-level function that may read ``_ENCODING`` and ``_DONE`` of this module.

    ``jobs`` worker processes (default: one per CPU); 1 (or a single item) runs in-process.
    ``done`` maps paths already converted to their sha256 (None when the earlier attempt could
    not read the file): those inputs are yielded as skipped. Closing the generator early (or an
    exception, KeyboardInterrupt included) terminates the workers.
    """
    done = done or {}
    jobs = jobs or os.cpu_count() or 1
    processes = min(jobs, len(items))
    if processes <= 1:
        _init_worker(encoding, done, ignore_sigint=False)
        yield from map(worker or convert, items)
        return

    import multiprocessing

    from .. import pipeline  # noqa: F401 - imported once here, inherited by forked workers

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pool = context.Pool(processes, initializer=_init_worker, initargs=(encoding, done, True))
    try:
        yield from pool.imap(worker or convert, items, chunksize=chunk_size(len(items), processes))
    finally:
        pool.terminate()
        pool.join()


class Stats:
    """Running totals of a batch, for the progress bar and the summary."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.files = self.issues = self.errors = self.skipped = self.bytes = 0
        self.started = time.perf_counter()

    def add(self, outcome: Outcome) -> None:
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
) -> Stats:
    """Convert ``items`` and hand the outcomes (skipped ones left out) to ``write``, which
    consumes the iterator; stop after the first error line with ``fail_fast``."""
    stats = stats or Stats(len(items))

    def stream() -> Iterator[Outcome]:
        for outcome in outcomes(items, jobs=jobs, encoding=encoding, done=done):
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


class OutputFile:
    """Where a batch writes: stdout, or FILE.

    - ``OutputFile(None)``: stdout, flushed after every issue.
    - ``OutputFile("out.jsonl")``: written to ``.out.jsonl.PID.tmp`` in the same folder;
      :meth:`commit` renames it to ``out.jsonl``, :meth:`discard` removes it (``out.jsonl``
      untouched), :meth:`keep_complete` cuts it back to the last complete record and renames it.
    - ``OutputFile("out.jsonl", append=True)`` (``--resume``): appended to in place; both
      :meth:`keep_complete` and :meth:`discard` cut it back to the last complete record.

    :meth:`mark` declares everything written so far complete (called after each issue).
    """

    def __init__(self, path: str | None, *, append: bool = False) -> None:
        self.path = path
        self.tmp: Path | None = None
        try:
            if path is None:
                self.raw = sys.stdout.buffer
            elif append:
                self.raw = open(path, "ab")  # noqa: SIM115 - closed by commit/keep/discard
            else:
                target = Path(path)
                self.tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
                self.raw = open(self.tmp, "wb")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        # newline="": the csv module writes its own \r\n; write_through: nothing waits in here.
        self.stream: TextIO = io.TextIOWrapper(self.raw, encoding="utf-8", newline="", write_through=True)
        self.complete = self.raw.tell() if path is not None else 0

    def _error(self, exc: OSError) -> OutputError:
        return OutputError(f"cannot write {self.path or 'stdout'}: {exc.strerror or exc}")

    def write(self, text: str) -> None:
        """Write ``text`` (a file-like ``write``, so csv writers can use the object itself)."""
        try:
            self.stream.write(text)
        except BrokenPipeError:
            raise  # the reader went away (| head): not an output error
        except OSError as exc:
            raise self._error(exc) from None

    def write_bytes(self, data: bytes) -> None:
        """Write UTF-8 bytes as they are (the text layer writes through, so nothing is pending)."""
        try:
            self.raw.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from None

    def mark(self) -> None:
        try:
            self.raw.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from None
        if self.path is not None:
            self.complete = self.raw.tell()

    def _close(self, *, cut: bool, tail: str = "") -> None:
        if self.path is None:
            try:
                self.raw.flush()
            finally:
                self.stream.detach()  # never close the real stdout
            return
        try:
            self.raw.flush()
        except OSError:
            pass  # what did not reach the file is cut off below anyway
        if cut:
            self.raw.truncate(self.complete)
            self.raw.seek(self.complete)
            self.raw.write(tail.encode("utf-8"))
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.stream.detach()
        self.raw.close()

    def commit(self) -> None:
        """Finish normally: FILE gets everything written."""
        try:
            self._close(cut=False)
            if self.tmp is not None:
                os.replace(self.tmp, self.path)  # type: ignore[arg-type]
        except OSError as exc:
            self._remove_tmp()
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def keep_complete(self, tail: str = "") -> None:
        """After an interruption: FILE gets the complete records (plus ``tail``, e.g. the ``]``
        closing a JSON array), never a partial line."""
        try:
            self._close(cut=True, tail=tail)
            if self.tmp is not None:
                os.replace(self.tmp, self.path)  # type: ignore[arg-type]
        except OSError:
            self._remove_tmp()

    def discard(self) -> None:
        """After a failure: a new FILE is not created; an appended one keeps its complete lines."""
        try:
            self._close(cut=self.tmp is None)
        except (OSError, ValueError):
            pass
        self._remove_tmp()

    def _remove_tmp(self) -> None:
        if self.tmp is not None:
            try:
                self.tmp.unlink()
            except OSError:
                pass


def _marked(outcomes: Iterator[Outcome], out: OutputFile) -> Iterator[Outcome]:
    """Yield outcomes; when the writer asks for the next one, the previous one is written."""
    out.mark()
    for outcome in outcomes:
        yield outcome
        out.mark()


def write_jsonl(outcomes: Iterator[Outcome], out: OutputFile) -> None:
    for outcome in _marked(outcomes, out):
        out.write_bytes(outcome.line + b"\n")  # type: ignore[operator]


#: What completes a JSON array output cut short by an interruption.
JSON_ARRAY_END = "\n]\n"


def write_json_array(outcomes: Iterator[Outcome], out: OutputFile) -> None:
    """One JSON array, one compact object per line; ``[]`` for no results."""
    out.write("[")
    separator = "\n"
    for outcome in _marked(outcomes, out):
        out.write(separator)
        out.write_bytes(outcome.line)  # type: ignore[arg-type]
        separator = ",\n"
    out.write(JSON_ARRAY_END)


def write_csv(outcomes: Iterator[Outcome], out: OutputFile, *, view: str, excel: bool = False) -> None:
    from .views import write_csv

    write_csv((json.loads(o.line) for o in _marked(outcomes, out)), view, out, excel=excel)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Resume
# ---------------------------------------------------------------------------------------------


def read_done(path: str) -> dict[str, str | None]:
    """Path → sha256 of every record already in the JSON Lines file ``path`` (error lines too;
    None for inputs that could not be read). A truncated last line (an interrupted write) is
    removed from the file first. A missing file holds nothing.

    Keyed by path *and* checked by sha256: copies of one issue under several names are several
    records, and a file changed since the first run is converted again.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    complete = data.rfind(b"\n") + 1
    if complete < len(data):
        try:
            os.truncate(path, complete)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    done: dict[str, str | None] = {}
    for number, line in enumerate(data[:complete].splitlines(), 1):
        if not line.strip():
            continue
        try:
            source = json.loads(line)["source"]
            done[source["path"]] = source["sha256"]
        except (ValueError, KeyError, TypeError):
            raise InputError(f"cannot resume: line {number} of {path} is not a gazette-extract JSON line") from None
    return done
