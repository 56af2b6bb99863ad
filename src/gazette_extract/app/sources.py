"""Enumerate the inputs of a batch: files, directories, glob patterns and archives.

Archives (``.zip``, ``.tar``, ``.tar.gz``/``.tgz`` …) are read in place, never extracted to disk.
Each input becomes a :class:`SourceItem` whose display path names an archive member as
``archive.zip!inner/path.txt``. Items hold paths, not open handles, so they pickle into worker
processes, and their bytes are read only when :meth:`SourceItem.read` is called.

Every failure to find or open an input raises :class:`SourceError` with one readable message.
"""

from __future__ import annotations

import glob
import hashlib
import lzma
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["DEFAULT_EXTENSIONS", "SourceError", "SourceItem", "iter_sources", "sha256"]

DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".shtml")


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
# bad compressed data (zlib.error, OSError from gzip/bz2), encrypted zip members (RuntimeError).
_ARCHIVE_ERRORS = (
    OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError, RuntimeError,
)


class SourceError(InputError):
    """An input cannot be found or read. ``str(error)`` is one line for the user (exit 3)."""


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One input document.

    ``path`` is what users see and results carry: a file path, or ``archive!member``.
    ``location`` is the file on disk (the archive for members), ``member`` the name inside the
    archive as the archive library knows it, ``kind`` one of ``"file"``, ``"zip"``, ``"tar"``.
    """

    path: str
    size: int
    location: str
    member: str | None = None
    kind: str = "file"

    @property
    def suffix(self) -> str:
        """Lower-cased extension of the document itself (of the member, for archive members)."""
        name = self.path.rsplit(MEMBER_SEPARATOR, 1)[-1] if self.member is not None else self.path
        return os.path.splitext(name)[1].lower()

    def read(self) -> bytes:
        """The raw bytes; archive members re-open their archive. Raises :class:`SourceError`."""
        try:
            if self.kind == "zip":
                with zipfile.ZipFile(self.location) as archive:
                    return archive.read(self.member)  # type: ignore[arg-type]
            if self.kind == "tar":
                with tarfile.open(self.location, "r:*") as archive:
                    handle = archive.extractfile(self.member)  # type: ignore[arg-type]
                    if handle is None:
                        raise SourceError(f"not a regular file in archive: {self.path}")
                    return handle.read()
            with open(self.location, "rb") as handle:
                return handle.read()
        except SourceError:
            raise
        except FileNotFoundError:
            raise SourceError(f"no such file or directory: {self.location}") from None
        except KeyError:
            raise SourceError(f"no such member in archive: {self.path}") from None
        except _ARCHIVE_ERRORS as error:
            raise SourceError(f"cannot read {self.path}: {_reason(error)}") from None


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


def iter_sources(
    paths: Iterable[str], *, extensions: Iterable[str] = DEFAULT_EXTENSIONS, report: Iterable[str] = ()
) -> list[SourceItem]:
    """All documents named by ``paths``, sorted by display path, each once.

    - a directory: its files with one of ``extensions`` or ``report`` (formats listed only so
      that a batch can report them, e.g. :data:`REPORTED_EXTENSIONS`), recursively, hidden
      files and directories (``.name``) skipped; archives inside are opened;
    - a glob pattern (``data/**/*.txt``; ``**`` crosses directories): every match, as if named;
    - a file named explicitly: included whatever its extension (so a batch can report it);
    - an archive (``.zip``, ``.tar``, ``.tar.gz``, ``.tgz`` …): its members with ``extensions``.

    Raises :class:`SourceError` for a missing path, a pattern matching nothing, or an archive
    that cannot be read.
    """
    wanted = _normalize_extensions(extensions) + _normalize_extensions(report)
    items: dict[tuple[str, str | None], SourceItem] = {}
    for raw in paths:
        for item in _expand(raw, wanted):
            items.setdefault((os.path.realpath(item.location), item.member), item)
    return sorted(items.values(), key=lambda item: item.path)


def _normalize_extensions(extensions: Iterable[str]) -> tuple[str, ...]:
    return tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)


def _has_extension(name: str, wanted: tuple[str, ...]) -> bool:
    return name.lower().endswith(wanted)


def _expand(raw: str, wanted: tuple[str, ...]) -> Iterator[SourceItem]:
    if os.path.isdir(raw):
        yield from _walk(raw, wanted)
    elif os.path.exists(raw):
        yield from _named_file(os.path.normpath(raw), wanted)
    elif _GLOB_MAGIC & set(raw):
        matches = glob.glob(raw, recursive=True)
        if not matches:
            raise SourceError(f"no files match pattern: {raw}")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match, wanted)
            else:
                yield from _named_file(os.path.normpath(match), wanted)
    else:
        raise SourceError(f"no such file or directory: {raw}")


def _named_file(path: str, wanted: tuple[str, ...]) -> Iterator[SourceItem]:
    kind = archive_kind(path)
    if kind is not None:
        yield from _archive_members(path, kind, wanted)
        return
    try:
        size = os.path.getsize(path)
    except OSError as error:
        raise SourceError(f"cannot read {path}: {_reason(error)}") from None
    yield SourceItem(path=path, size=size, location=path)


def _walk(root: str, wanted: tuple[str, ...]) -> Iterator[SourceItem]:
    def fail(error: OSError) -> None:
        raise SourceError(f"cannot read {error.filename or root}: {_reason(error)}")

    for directory, subdirs, files in os.walk(root, onerror=fail):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.normpath(os.path.join(directory, name))
            if archive_kind(name) is not None or _has_extension(name, wanted):
                yield from _named_file(path, wanted)


def _member_wanted(name: str, wanted: tuple[str, ...]) -> bool:
    parts = [p for p in name.split("/") if p]
    if not parts or any(p.startswith(".") or p in _JUNK_MEMBER_DIRS for p in parts):
        return False
    return _has_extension(parts[-1], wanted)


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


def _archive_members(path: str, kind: str, wanted: tuple[str, ...]) -> Iterator[SourceItem]:
    try:
        if kind == "zip":
            with zipfile.ZipFile(path) as archive:
                infos = archive.infolist()
            members = [
                (_zip_display_name(i), i.filename, i.file_size) for i in infos if not i.is_dir()
            ]
        else:
            with tarfile.open(path, "r:*") as archive:
                members = [(m.name, m.name, m.size) for m in archive.getmembers() if m.isfile()]
    except FileNotFoundError:
        raise SourceError(f"no such file or directory: {path}") from None
    except _ARCHIVE_ERRORS as error:
        raise SourceError(f"cannot read archive {path}: {_reason(error)}") from None
    for display, member, size in members:
        if _member_wanted(display, wanted):
            yield SourceItem(
                path=f"{path}{MEMBER_SEPARATOR}{display}",
                size=size,
                location=path,
                member=member,
                kind=kind,
            )


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__
