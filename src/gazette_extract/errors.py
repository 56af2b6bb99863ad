"""Errors and exit codes, in one place.

The CLI maps every failure to one of :class:`ExitCode` and prints one line ``Error: …`` on
stderr; no traceback ever reaches a user.
"""

from __future__ import annotations

from enum import IntEnum

from . import codes


class ExitCode(IntEnum):
    OK = 0
    #: parse --strict with warnings; batch with at least one failed file; check with a difference
    FAILURE = 1
    #: bad command-line usage (unknown option, missing argument) — typer/click's own code
    USAGE = 2
    #: an input cannot be read: missing, a directory, no permission
    INPUT = 3
    #: an input was read but cannot be decoded as text (binary, unknown encoding)
    DECODE = 4
    #: an output cannot be written
    OUTPUT = 5
    #: an archive database cannot be used: locked by another process, of a newer schema
    #: version, not a gazette-extract database (index, query)
    DATABASE = 6
    #: interrupted by Ctrl-C (128 + SIGINT)
    INTERRUPTED = 130
    #: stopped by SIGTERM (128 + 15): complete lines kept, as on Ctrl-C
    TERMINATED = 143


class GazetteError(Exception):
    """Base class of the errors gazette-extract raises on bad input."""

    code = codes.ERROR
    exit_code = ExitCode.FAILURE


class InputError(GazetteError):
    code = codes.INPUT
    exit_code = ExitCode.INPUT


class EmptyInputError(InputError):
    """An input with no bytes at all: nothing to parse, and almost always a failed download."""

    code = codes.EMPTY


class DecodeError(GazetteError):
    code = codes.DECODE
    exit_code = ExitCode.DECODE


class UnsupportedInputError(DecodeError):
    """A file in a format the tool does not read (PDF, Word, images): convert it to text first."""

    code = codes.UNSUPPORTED


class OutputError(GazetteError):
    code = codes.OUTPUT
    exit_code = ExitCode.OUTPUT


class DatabaseError(GazetteError):
    """An archive database (``index``, ``query``) that cannot be used: locked, newer, foreign."""

    code = codes.DATABASE
    exit_code = ExitCode.DATABASE


class QueryError(GazetteError):
    """A query that cannot be asked: a malformed document number or date, bad SQL, a write in
    ``query sql``. Exit 2, like other bad usage."""

    code = codes.QUERY
    exit_code = ExitCode.USAGE


class OcrNeededError(DecodeError):
    """A PDF of scanned pages only, and no OCR engine installed (``pip install 'gazette-extract[ocr]'``)."""

    code = codes.OCR_NEEDED
