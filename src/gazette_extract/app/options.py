"""Command-line options that several commands share (batch and index take the same inputs).

Each option is defined once here, as an ``Annotated`` type, so its flag, help and default cannot
drift between commands.
"""

from __future__ import annotations

from typing import Annotated

import typer

PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(metavar="PATH...", help="Files, folders (recursive), glob patterns, .zip/.tar.gz archives."),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "-j", "--jobs", min=1, metavar="N", help="Worker processes (default: one per CPU); 1 runs in-process."
    ),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Force an input encoding: utf-8, utf-16, utf-16-le, utf-16-be, utf-32, gb18030, gbk, gb2312, big5, big5hkscs.",
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "-q",
        "--quiet",
        help="Nothing on stderr: no error lines, no summary, no progress bar (the exit code still tells).",
    ),
]
IncludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--include", metavar="GLOB", help="In folders and archives, take only files matching GLOB (repeatable)."
    ),
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude", metavar="GLOB", help="In folders and archives, leave out files matching GLOB (repeatable)."
    ),
]
MaxSizeOption = Annotated[
    float,
    typer.Option("--max-size", metavar="MB", min=0.001, help="A larger input (or archive member) gives an error line."),
]


def size_in_bytes(megabytes: float) -> int:
    """A --max-size value (MB, as the error messages print it: 1 MB = 1,048,576 bytes) in bytes."""
    return int(megabytes * 1024 * 1024)


InputMaxSizeOption = Annotated[
    float,
    typer.Option("--max-size", metavar="MB", min=0.001, help="Largest input read; a larger one is an error (exit 3)."),
]
FilesFromOption = Annotated[
    str | None,
    typer.Option("--files-from", metavar="FILE", help="Read input names from FILE, one per line ('-': stdin)."),
]
NullOption = Annotated[
    bool, typer.Option("-0", "--null", help="Names in --files-from are separated by NUL (find -print0).")
]
MaxInFlightOption = Annotated[
    int | None,
    typer.Option(
        "--max-in-flight",
        min=1,
        metavar="N",
        help="With --cluster: at most N files sent and not yet written (default: 2 per worker thread).",
    ),
]
