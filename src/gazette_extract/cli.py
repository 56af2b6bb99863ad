"""The command line: argument parsing and output formatting over the library, nothing more.

Exit codes are :class:`gazette_extract.errors.ExitCode`. Every failure is one line
``Error: …`` on stderr; tracebacks never reach a user. Heavy modules (pydantic, rich,
selectolax, multiprocessing) are imported inside the commands that need them, so that
``gazette-extract parse`` starts about as fast as ``gazette-extract --version``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._meta import __version__
from .errors import ExitCode, GazetteError, InputError, OutputError

app = typer.Typer(
    name="gazette-extract",
    help="Turn Chinese government gazettes (政府公报) into validated, structured JSON.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Failure(Exception):
    """A handled failure: message for stderr and the exit code."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


def _version(value: bool) -> None:
    if value:
        print(f"gazette-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Exit codes: 0 ok; 1 warnings with --strict, failed files in batch, differences in check;
    2 usage; 3 unreadable input; 4 undecodable input; 5 unwritable output; 130 interrupted."""


def write_atomic(path: str, payload: str | bytes) -> None:
    """Write the whole output or nothing: a temporary file in the same folder, then rename."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    tmp = directory / f".{target.name}.{os.getpid()}.tmp"
    try:
        data = payload.encode("utf-8") if isinstance(payload, str) else payload
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _read(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    from .decode import read_input

    return read_input(file)


def _dump(result: dict, *, compact: bool) -> str:
    if compact:
        return json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


@app.command()
def parse(
    file: Annotated[str, typer.Argument(help="A gazette text or saved web page; '-' reads stdin.")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented JSON.")] = False,
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="Force an input encoding (utf-8, gbk, gb18030, utf-16).")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when the result has warnings.")] = False,
) -> None:
    """Parse one gazette issue into JSON (stdout, or -o FILE)."""
    from .pipeline import extract

    data = _read(file)
    result = extract(data, path=file, encoding=encoding)
    text = _dump(result, compact=compact)
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    for warning in result["warnings"]:
        where = f" (line {warning['line']})" if warning["line"] else ""
        print(f"Warning: {warning['code']}: {warning['message']}{where}", file=sys.stderr)
    if strict and result["warnings"]:
        raise typer.Exit(ExitCode.FAILURE)


def main() -> None:
    """Console-script entry point: run the app, map every failure to one line and an exit code.

    Usage errors are typer's own (exit 2, with a hint to --help)."""
    try:
        app()
    except GazetteError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except Failure as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(exc.code)
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # the reader went away (| head): not our error; keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.OK)
    except MemoryError:
        print("Error: out of memory", file=sys.stderr)
        sys.exit(ExitCode.FAILURE)
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        print(f"Error: internal error: {type(exc).__name__}: {exc} (please report this with the input)", file=sys.stderr)
        sys.exit(ExitCode.FAILURE)


if __name__ == "__main__":  # pragma: no cover
    main()
