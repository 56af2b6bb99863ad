"""Writing outputs safely: the one writer behind ``parse -o``, ``batch -o`` and ``--output-dir``.

The promises (README, "Reliability"):

* a FILE is replaced all at once: written to ``.FILE.PID.tmp`` in its folder, then renamed,
  so a reader never sees half a file and a failure leaves the old FILE as it was;
* a link is followed: the file it points to is replaced (the link stays a link);
* a device or a FIFO (``-o /dev/null``, ``-o >(gzip > x.gz)``) is written directly, never
  replaced by a regular file;
* an output is never one of the inputs (:func:`check_not_an_input`);
* ``--resume`` appends to FILE under an exclusive lock (a second run on the same FILE stops
  with a clear error), checks that FILE is its own JSON Lines before changing anything, and
  cuts it back to its last complete line on every interruption — also when the disk is full,
  because the file is written unbuffered and cut with ``ftruncate``, never by flushing a
  buffer that failed.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TextIO, cast

from ..errors import InputError, OutputError

__all__ = ["OutputFile", "check_not_an_input", "read_done", "resolve_target", "write_atomic"]


def resolve_target(path: str | os.PathLike[str]) -> tuple[str, bool]:
    """(the file to write, whether to write it directly). A link is followed to its target; a
    device, FIFO or socket is written directly (renaming over it would replace it); a folder
    is refused with :class:`OutputError`."""
    target = os.path.realpath(path) if os.path.islink(path) else os.fspath(path)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None
    name = os.path.basename(target)
    if (mode is not None and stat.S_ISDIR(mode)) or name in ("", ".", ".."):
        # `-o .`, `-o /`, `-o out/`: a folder is never replaced, and has no name to write beside
        raise OutputError(f"cannot write {os.fspath(path)}: is a directory, not a file")
    return target, mode is not None and not stat.S_ISREG(mode)


def temporary_path(target: str | os.PathLike[str]) -> Path:
    """Where an output is written before it is renamed to ``target``: ``.NAME.PID.tmp`` beside it,
    so the rename never crosses a file system (both writers, one name)."""
    target = Path(target)
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _error(path: object, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


def write_atomic(path: str | os.PathLike[str], payload: str | bytes | Callable[[TextIO], None]) -> None:
    """Write the whole output or nothing: a temporary file in the same folder, then rename
    (a device or FIFO is written directly; a link's target is replaced).

    ``payload`` may be a function that writes to a UTF-8 text stream, so that a large result
    is serialized straight into the file instead of into one more copy in memory.
    """
    target, direct = resolve_target(path)
    tmp = Path(target) if direct else temporary_path(target)
    try:
        if callable(payload):
            with open(tmp, "w", encoding="utf-8", newline="") as stream:
                payload(stream)
                stream.flush()
                if not direct:
                    os.fsync(stream.fileno())
        else:
            data = payload.encode("utf-8") if isinstance(payload, str) else payload
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                if not direct:
                    os.fsync(handle.fileno())
        if not direct:
            os.replace(tmp, target)
    except OSError as exc:
        if not direct:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise _error(path, exc) from None


def check_not_an_input(output: str | None, inputs: Iterable[str]) -> None:
    """Refuse an output that is one of the inputs named on the command line (it would be
    overwritten, or parsed as an input next time). Raises OutputError (exit 5)."""
    if not output or output == "-":
        return
    target = os.path.realpath(output)
    for raw in inputs:
        if os.path.realpath(raw) == target:
            raise OutputError(f"the output {output} is also an input: choose another file")


class _Sink:
    """A text stream over an unbuffered file: every write reaches the OS or raises, so nothing
    is left in a buffer to be flushed later (by a truncate, after a disk-full error)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        _write_all(self.raw, text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        pass


def _write_all(raw: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = raw.write(view)
        if written is None:  # pragma: no cover - non-blocking FIFO with a slow reader
            continue
        view = view[written:]


class OutputFile:
    """Where a batch writes: stdout, or FILE.

    - ``OutputFile(None)``: stdout, flushed after every issue.
    - ``OutputFile("out.jsonl")``: written to ``.out.jsonl.PID.tmp`` in the same folder;
      :meth:`commit` renames it to ``out.jsonl``, :meth:`discard` removes it (``out.jsonl``
      untouched), :meth:`keep_complete` cuts it back to the last complete record and renames it.
      A device or FIFO is written directly; a link's target is the file replaced.
    - ``OutputFile("out.jsonl", append=True)`` (``--resume``): locked, then appended to in
      place; call :meth:`resume` first; both :meth:`keep_complete` and :meth:`discard` cut it
      back to the last complete record.

    :meth:`mark` declares everything written so far complete (called after each issue).
    """

    def __init__(self, path: str | None, *, append: bool = False) -> None:
        self.path = path
        self.tmp: Path | None = None
        self.target: str | None = None
        self.direct = False
        self.append = append
        self.raw: BinaryIO
        self.stream: TextIO
        self._stdout: io.TextIOWrapper | None = None  # detached at the end: the real stdout stays open
        try:
            if path is None:
                self.raw = sys.stdout.buffer
                # newline="": the csv module writes its own \r\n; write_through: nothing waits here.
                self._stdout = io.TextIOWrapper(self.raw, encoding="utf-8", newline="", write_through=True)
                self.stream = self._stdout
            else:
                self.target, self.direct = resolve_target(path)
                if self.direct:
                    self.raw = open(self.target, "wb", buffering=0)  # noqa: SIM115
                elif append:
                    self.raw = open(self.target, "ab", buffering=0)  # noqa: SIM115
                    self._lock()
                else:
                    self.tmp = temporary_path(self.target)
                    self.raw = open(self.tmp, "wb", buffering=0)  # noqa: SIM115
                # a _Sink has the write and flush that its users (csv, json, rich) call, not
                # the rest of TextIO: typed as the stream it stands in for
                self.stream = cast(TextIO, _Sink(self.raw))
        except OSError as exc:
            raise _error(path, exc) from None
        self.complete = self.raw.tell() if path is not None and not self.direct else 0

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock
            return
        try:
            fcntl.flock(self.raw.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.raw.close()
            raise OutputError(
                f"{self.path} is in use by another gazette-extract run (--resume): wait for it to finish"
            ) from None

    def resume(self) -> dict[str, str | None]:
        """For ``--resume``: what FILE already holds (see :func:`read_done`), after checking that
        every complete line is one of ours; then an unfinished last line is cut off. Nothing is
        changed in a file that is not our JSON Lines."""
        with open(self._file(), "rb") as handle:
            data = handle.read()
        done, complete = parse_done(data, self.path or "")
        if complete < len(data):
            try:
                os.ftruncate(self.raw.fileno(), complete)
            except OSError as exc:
                raise _error(self.path, exc) from None
        self.raw.seek(0, os.SEEK_END)
        self.complete = complete
        return done

    def _file(self) -> str:
        """The file written (a link's target), for the methods that only a FILE has."""
        if self.target is None:
            raise OutputError("standard output cannot be resumed or renamed")
        return self.target

    def write(self, text: str) -> None:
        """Write ``text`` (a file-like ``write``, so csv writers can use the object itself)."""
        try:
            self.stream.write(text)
        except BrokenPipeError:
            raise  # the reader went away (| head): not an output error
        except OSError as exc:
            raise _error(self.path or "stdout", exc) from None

    def flush(self) -> None:  # file-like, for rich's Console
        pass

    def write_bytes(self, data: bytes) -> None:
        """Write UTF-8 bytes as they are (the text layer writes through, so nothing is pending)."""
        try:
            if self.path is None:
                self.raw.write(data)
            else:
                _write_all(self.raw, data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _error(self.path or "stdout", exc) from None

    def mark(self) -> None:
        try:
            self.raw.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _error(self.path or "stdout", exc) from None
        if self.path is not None and not self.direct:
            self.complete = self.raw.tell()

    def _close(self, *, cut: bool, tail: str = "") -> None:
        if self.path is None:
            try:
                self.raw.flush()
            finally:
                if self._stdout is not None:
                    self._stdout.detach()  # never close the real stdout
            return
        try:
            if cut and not self.direct:
                os.ftruncate(self.raw.fileno(), self.complete)  # no buffer: nothing half-written returns
                self.raw.seek(self.complete)
                _write_all(self.raw, tail.encode("utf-8"))
            if not self.direct:
                os.fsync(self.raw.fileno())
        finally:
            self.raw.close()

    def commit(self) -> None:
        """Finish normally: FILE gets everything written."""
        try:
            self._close(cut=False)
            if self.tmp is not None:
                os.replace(self.tmp, self._file())
        except OSError as exc:
            self._remove_tmp()
            raise _error(self.path, exc) from None

    def keep_complete(self, tail: str = "") -> None:
        """After an interruption: FILE gets the complete records (plus ``tail``, e.g. the ``]``
        closing a JSON array), never a partial line."""
        try:
            self._close(cut=True, tail=tail)
            if self.tmp is not None:
                os.replace(self.tmp, self._file())
        except OSError:
            self._remove_tmp()

    def discard(self) -> None:
        """After a failure: a new FILE is not created; an appended one keeps its complete lines."""
        with contextlib.suppress(OSError, ValueError):
            self._close(cut=self.tmp is None)
        self._remove_tmp()

    def _remove_tmp(self) -> None:
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                self.tmp.unlink()


def parse_done(data: bytes, name: str) -> tuple[dict[str, str | None], int]:
    """(path → sha256 of every record in the JSON Lines ``data``, length of its complete lines).
    Raises InputError when a complete line is not a gazette-extract record."""
    complete = data.rfind(b"\n") + 1
    done: dict[str, str | None] = {}
    for number, line in enumerate(data[:complete].splitlines(), 1):
        if not line.strip():
            continue
        try:
            source = json.loads(line)["source"]
            done[source.get("path_bytes") or source["path"]] = source["sha256"]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise InputError(
                f"cannot resume: line {number} of {name} is not a gazette-extract JSON line (nothing changed)"
            ) from None
    return done, complete


def read_done(path: str) -> dict[str, str | None]:
    """Path → sha256 of every record already in the JSON Lines file ``path`` (error lines too;
    None for inputs that could not be read; names that are not UTF-8 by their ``path_bytes``).
    The file is checked first; only then is a truncated last line (an interrupted write) cut
    off. A missing file holds nothing."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    done, complete = parse_done(data, path)
    if complete < len(data):
        try:
            os.truncate(path, complete)
        except OSError as exc:
            raise _error(path, exc) from None
    return done
