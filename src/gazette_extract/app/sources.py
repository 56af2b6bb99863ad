"""Enumerate the inputs of a batch: files, directories, glob patterns and archives.

Archives (``.zip``, ``.tar``, ``.tar.gz``/``.tgz`` …) are read in place, never extracted to disk.
Each input becomes a :class:`SourceItem` whose display path names an archive member as
``archive.zip!inner/path.txt``. Items hold paths, not open handles, so they pickle into worker
processes, and their bytes are read only when :meth:`SourceItem.read` is called.

A path named on the command line that does not exist (or a pattern matching nothing) raises
:class:`SourceError`. Everything else that goes wrong with one input — a dangling link, a
corrupt or truncated archive, a FIFO named on the command line, a member over the size limit —
becomes an item whose :meth:`SourceItem.read` raises, so that the batch gives it one error
line and goes on. What a folder or an archive holds that is not a gazette (images and styles
of a saved page, office files, FIFOs and devices, nested archives, links inside tar files,
``../`` members, duplicate member names, files excluded by a glob) is skipped and *counted*
in :attr:`Scan.skipped`, for the batch summary.

Only regular files are read, and never more than ``max_size`` bytes of one input: a member
is streamed, and one over the limit is an error, not gigabytes of memory.
"""

from __future__ import annotations

import fnmatch
import glob
import hashlib
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Protocol

from ..errors import InputError
from ..text.decode import DEFAULT_MAX_SIZE, read_capped, too_large_message

__all__ = [
    "ACCEPTED_EXTENSIONS", "DEFAULT_EXTENSIONS", "DEFAULT_MAX_SIZE", "InputItem", "Scan", "SourceError", "SourceItem",
    "display_path", "iter_sources", "path_bytes", "scan", "sha256",
]  # fmt: skip

DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".shtml")
#: What a folder batch takes by default: text, Markdown, HTML and PDF (archives are opened).
ACCEPTED_EXTENSIONS: tuple[str, ...] = (*DEFAULT_EXTENSIONS, ".markdown", ".xhtml", ".pdf")


# Archive kinds by file-name ending (lower-cased); the member separator in display paths is "!".
ARCHIVE_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".zip", "zip"),
    (".tar", "tar"),
    (".tar.gz", "tar"),
    (".tgz", "tar"),
    (".tar.bz2", "tar"),
    (".tbz2", "tar"),
    (".tar.xz", "tar"),
    (".txz", "tar"),
)
MEMBER_SEPARATOR = "!"

# Archive entries that are never documents: macOS resource forks and Finder metadata.
_JUNK_MEMBER_DIRS = frozenset({"__MACOSX"})
_GLOB_MAGIC = frozenset("*?[")
_ZIP_UTF8_FLAG = 0x800  # general-purpose bit 11: the member name is UTF-8
# What a damaged archive raises: truncated files (EOFError), bad headers (BadZipFile, TarError),
# bad compressed data (zlib.error, OSError from gzip/bz2), encrypted zip members (RuntimeError),
# impossible sizes or names (ValueError).
_ARCHIVE_ERRORS = (
    OSError,
    EOFError,
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    RuntimeError,
    ValueError,
)

# Why an entry of a folder or an archive was skipped (the keys of Scan.skipped).
SKIP_REASONS: dict[str, str] = {
    "format": "not a gazette format (images, styles, office files)",
    "excluded": "left out by --include/--exclude",
    "special": "not a regular file (FIFO, socket, device)",
    "nested-archive": "an archive inside an archive (not opened)",
    "link": "a link inside a tar archive",
    "unsafe-name": "an absolute or ../ member name",
    "duplicate": "a second member with the same name",
    "output": "the batch's own output file",
}


class SourceError(InputError):
    """An input cannot be found or read. ``str(error)`` is one line for the user (exit 3)."""


def display_path(path: str) -> str:
    """``path`` as text that can be printed and written as UTF-8: bytes of a file name that are
    not UTF-8 (GBK names on old archives, kept as surrogate escapes) become U+FFFD."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def path_bytes(path: str) -> str | None:
    """Hex of the file name's bytes when it is not valid UTF-8 (else None), so that the exact
    name survives in JSON: ``bytes.fromhex(value)`` is the name on disk."""
    try:
        path.encode("utf-8")
        return None
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").hex()


class InputItem(Protocol):
    """What a worker function converts: a :class:`SourceItem`, or its bytes shipped to a
    cluster worker (``cluster.ShippedItem``)."""

    @property
    def path(self) -> str: ...
    @property
    def size(self) -> int: ...
    def read(self) -> bytes: ...


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One input document.

    ``path`` is what users see and results carry: a file path, or ``archive!member``.
    ``location`` is the file on disk (the archive for members), ``member`` the name inside the
    archive as the archive library knows it, ``kind`` one of ``"file"``, ``"zip"``, ``"tar"``.
    ``error`` is set for an input that was found but cannot be read: :meth:`read` raises it.
    """

    path: str
    size: int
    location: str
    member: str | None = None
    kind: str = "file"
    error: str | None = None
    max_size: int = DEFAULT_MAX_SIZE

    @property
    def suffix(self) -> str:
        """Lower-cased extension of the document itself (of the member, for archive members)."""
        name = self.path.rsplit(MEMBER_SEPARATOR, 1)[-1] if self.member is not None else self.path
        return os.path.splitext(name)[1].lower()

    def read(self) -> bytes:
        """The raw bytes, at most ``max_size`` of them. Raises :class:`SourceError`."""
        if self.error is not None:
            raise SourceError(self.error)
        try:
            if self.kind == "file":
                return _read_regular_file(self.location, self.path, self.max_size)
            handle = _open_member(self)
            try:
                return _read_capped(handle, self.path, self.max_size)
            finally:
                handle.close()
        except SourceError:
            raise
        except FileNotFoundError:
            raise SourceError(f"no such file or directory: {display_path(self.location)}") from None
        except KeyError:
            raise SourceError(f"no such member in archive: {display_path(self.path)}") from None
        except _ARCHIVE_ERRORS as error:
            _ARCHIVES.clear()  # a damaged or changed archive: open it afresh next time
            raise SourceError(f"cannot read {display_path(self.path)}: {_reason(error)}") from None


def _too_large(path: str, limit: int) -> SourceError:
    return SourceError(too_large_message(display_path(path), limit))


def _read_capped(handle: IO[bytes], path: str, limit: int) -> bytes:
    """A member's or file's bytes; more than ``limit`` of them is an error (a zip bomb stops here)."""
    data = read_capped(handle, limit)
    if data is None:
        raise _too_large(path, limit)
    return data


def _read_regular_file(location: str, path: str, limit: int) -> bytes:
    # O_NONBLOCK: a FIFO that took the file's place since the scan must not block the open
    fd = os.open(location, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(f"not a regular file: {display_path(path)}")
        if info.st_size > limit:
            raise _too_large(path, limit)
        return _read_capped(handle, path, limit)


# The archive each process has open, so that reading its members one after another opens and
# scans it once (reopening it for every member made 10,000 members take minutes).
# (the archive, a tar archive's members by name)
_ARCHIVES: dict[tuple[str, str], tuple[zipfile.ZipFile | tarfile.TarFile, dict[str, tarfile.TarInfo]]] = {}


def _open_member(item: SourceItem) -> IO[bytes]:
    if item.member is None:  # only scan makes members, and it always names them
        raise SourceError(f"not an archive member: {display_path(item.path)}")
    key = (item.kind, item.location)
    if key not in _ARCHIVES:
        for opened, _ in _ARCHIVES.values():
            opened.close()
        _ARCHIVES.clear()
        if item.kind == "zip":
            _ARCHIVES[key] = (zipfile.ZipFile(item.location), {})
        else:
            tar = tarfile.open(item.location, "r:*")  # noqa: SIM115 - kept open in _ARCHIVES
            _ARCHIVES[key] = (tar, {m.name: m for m in tar.getmembers()})
    archive, members = _ARCHIVES[key]
    if isinstance(archive, zipfile.ZipFile):
        return archive.open(item.member)
    handle = archive.extractfile(members[item.member])
    if handle is None:
        raise SourceError(f"not a regular file in archive: {display_path(item.path)}")
    return handle


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data`` (the ``source.sha256`` of the output contract)."""
    return hashlib.sha256(data).hexdigest()


def archive_kind(path: str) -> str | None:
    """``"zip"`` or ``"tar"`` when ``path`` names an archive by its ending, else None."""
    lower = path.lower()
    for suffix, kind in ARCHIVE_SUFFIXES:
        if lower.endswith(suffix):
            return kind
    return None


@dataclass(slots=True)
class Scan:
    """What a batch's paths hold: the inputs in path order, and what was skipped, by reason
    (a key of :data:`SKIP_REASONS`)."""

    items: list[SourceItem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def skipped_text(self) -> str:
        """``3 not a gazette format, 1 FIFO…`` for the summary; empty when nothing was skipped."""
        return ", ".join(f"{n} {SKIP_REASONS[reason]}" for reason, n in sorted(self.skipped.items()) if n)


@dataclass(frozen=True, slots=True)
class _Filter:
    extensions: tuple[str, ...]
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_size: int = DEFAULT_MAX_SIZE
    avoid: frozenset[str] = frozenset()  # real paths never taken as inputs (the output file)

    def verdict(self, relative: str) -> str | None:
        """None to take the entry at ``relative`` (inside a folder or an archive), else why not."""
        name = relative.rsplit("/", 1)[-1]
        if any(fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(name, g) for g in self.exclude):
            return "excluded"
        if self.include:
            matched = any(fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(name, g) for g in self.include)
            return None if matched else "excluded"
        return None if name.lower().endswith(self.extensions) else "format"


def scan(
    paths: Iterable[str],
    *,
    extensions: Iterable[str] = ACCEPTED_EXTENSIONS,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    max_size: int = DEFAULT_MAX_SIZE,
    avoid: Iterable[str] = (),
    listed: Iterable[str] = (),
) -> Scan:
    """All documents named by ``paths``, sorted by display path, each once.

    - a folder: its files with one of ``extensions`` (or matching an ``include`` glob, and no
      ``exclude`` glob; globs match the path relative to the folder or the file name),
      recursively, hidden files and folders (``.name``) skipped; archives inside are opened;
    - a glob pattern (``data/**/*.txt``; ``**`` crosses folders): every match, as if named;
    - a file named explicitly: included whatever its extension (the pipeline reports it);
    - an archive: its members, filtered like a folder's files.

    ``avoid``: files never taken (the batch's output file, should it lie in an input folder).
    ``listed``: names read from a list (``--files-from``): taken literally, never as a glob,
    and a missing one is an error item rather than an exception.
    Raises :class:`SourceError` for a missing path or a pattern matching nothing.
    """
    rules = _Filter(
        _normalize_extensions(extensions), tuple(include), tuple(exclude), max_size,
        frozenset(os.path.realpath(a) for a in avoid),
    )  # fmt: skip
    result = Scan()
    items: dict[tuple[str, str | None], SourceItem] = {}
    for raw in paths:
        for item in _expand(raw, rules, result.skipped):
            items.setdefault((os.path.realpath(item.location), item.member), item)
    for name in listed:
        if os.path.isdir(name):
            found = _walk(name, rules, result.skipped)
        elif os.path.lexists(name):
            found = _named_file(os.path.normpath(name), rules)
        else:
            found = iter([_error_item(name, f"no such file or directory: {display_path(name)}", rules)])
        for item in found:
            items.setdefault((os.path.realpath(item.location), item.member), item)
    result.items = sorted(items.values(), key=lambda item: item.path)
    return result


def iter_sources(
    paths: Iterable[str], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS, report: Iterable[str] = ()
) -> list[SourceItem]:
    """The items of :func:`scan` with ``extensions`` plus ``report`` (formats listed only so
    that a batch can report them), without the skip counts."""
    return scan(paths, extensions=tuple(extensions) + tuple(report)).items


def _normalize_extensions(extensions: Iterable[str]) -> tuple[str, ...]:
    return tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)


def _expand(raw: str, rules: _Filter, skipped: Counter[str]) -> Iterator[SourceItem]:
    if os.path.isdir(raw):
        yield from _walk(raw, rules, skipped)
    elif os.path.lexists(raw):
        yield from _named_file(os.path.normpath(raw), rules)
    elif _GLOB_MAGIC & set(raw):
        matches = glob.glob(raw, recursive=True)
        if not matches:
            raise SourceError(f"no files match pattern: {display_path(raw)}")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match, rules, skipped)
            else:
                yield from _named_file(os.path.normpath(match), rules)
    else:
        raise SourceError(f"no such file or directory: {display_path(raw)}")


def _error_item(path: str, message: str, rules: _Filter) -> SourceItem:
    return SourceItem(path=path, size=0, location=path, error=message, max_size=rules.max_size)


def _named_file(path: str, rules: _Filter, skipped: Counter[str] | None = None) -> Iterator[SourceItem]:
    """A file named on the command line (``skipped`` None) or found in a folder."""
    try:
        info = os.stat(path)  # through a link: what it points to
    except OSError as error:
        what = "a dangling link" if os.path.islink(path) else _reason(error)
        yield _error_item(path, f"cannot read {display_path(path)}: {what}", rules)
        return
    if not stat.S_ISREG(info.st_mode):
        if skipped is not None:
            skipped["special"] += 1  # a FIFO would block forever, /dev/zero never ends
        else:
            yield _error_item(path, f"not a regular file: {display_path(path)}", rules)
        return
    if os.path.realpath(path) in rules.avoid and skipped is not None:
        skipped["output"] += 1
        return
    kind = archive_kind(path)
    if kind is not None:
        yield from _archive_members(path, kind, rules, skipped if skipped is not None else Counter())
        return
    yield SourceItem(path=path, size=info.st_size, location=path, max_size=rules.max_size)


def _walk(root: str, rules: _Filter, skipped: Counter[str]) -> Iterator[SourceItem]:
    def fail(error: OSError) -> None:
        raise SourceError(f"cannot read {display_path(error.filename or root)}: {_reason(error)}")

    for directory, subdirs, files in os.walk(root, onerror=fail):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.normpath(os.path.join(directory, name))
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            why = None if archive_kind(name) is not None else rules.verdict(relative)
            if why is not None:
                skipped[why] += 1
                continue
            yield from _named_file(path, rules, skipped)


def _zip_display_name(info: zipfile.ZipInfo) -> str:
    """Member name for display. Zips made on Chinese Windows store GBK names without the UTF-8
    flag, which :mod:`zipfile` decodes as CP437 (``╣π╕µ.txt``); recover the real name."""
    if info.flag_bits & _ZIP_UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _member_verdict(display: str, rules: _Filter) -> tuple[str | None, str | None]:
    """(the name to show, None) for a member to take; (None, reason) for one to skip silently
    (reason None: hidden files and macOS metadata, which are never documents)."""
    if display.startswith("/") or ".." in display.split("/"):
        return None, "unsafe-name"
    parts = [p for p in display.split("/") if p and p != "."]  # ./x.txt is x.txt
    if not parts or any(p.startswith(".") or p in _JUNK_MEMBER_DIRS for p in parts):
        return None, None
    name = "/".join(parts)
    if archive_kind(parts[-1]) is not None:
        return None, "nested-archive"
    why = rules.verdict(name)
    return (name, None) if why is None else (None, why)


def _archive_members(path: str, kind: str, rules: _Filter, skipped: Counter[str]) -> Iterator[SourceItem]:
    members: list[tuple[str, str, int]] = []
    links = 0
    try:
        if kind == "zip":
            with zipfile.ZipFile(path) as archive:
                members = [
                    (_zip_display_name(i), i.filename, i.file_size) for i in archive.infolist() if not i.is_dir()
                ]
        else:
            with tarfile.open(path, "r:*") as archive:
                for m in archive:  # one pass over the archive, headers only
                    if m.isfile():
                        members.append((m.name, m.name, m.size))
                    elif m.islnk() or m.issym():
                        links += 1
    except _ARCHIVE_ERRORS as error:
        yield _error_item(path, f"cannot read archive {display_path(path)}: {_reason(error)}", rules)
        return
    if links:
        skipped["link"] += links
    seen: set[str] = set()
    for display, member, size in members:
        name, why = _member_verdict(display, rules)
        if name is None:
            if why is not None:
                skipped[why] += 1
            continue
        if name in seen:
            skipped["duplicate"] += 1
            continue
        seen.add(name)
        yield SourceItem(
            path=f"{path}{MEMBER_SEPARATOR}{name}",
            size=size,
            location=path,
            member=member,
            kind=kind,
            max_size=rules.max_size,
        )


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    text = str(error).strip()
    # one line: tarfile's "no compression method found" lists every method tried, a line each
    return text.splitlines()[0] if text else type(error).__name__


def done_key(path: str) -> str:
    """How --resume knows an input: its path, as bytes-exact hex when the name is not UTF-8."""
    return path_bytes(path) or path
