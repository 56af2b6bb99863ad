"""The command line: argument parsing and output formatting over the library, nothing more.

Commands: ``parse`` (one issue), ``batch`` (folders, globs, archives → JSON Lines), ``schema``,
``validate`` and ``check`` (for CI). Exit codes are :class:`gazette_extract.errors.ExitCode`.
Every failure is one line ``Error: …`` on stderr; tracebacks never reach a user. Heavy modules
(pydantic, rich, selectolax, multiprocessing, the pipeline) are imported inside the commands
that need them, so that no command pays for another's.

``batch -o FILE`` and Ctrl-C: results go to a temporary file next to FILE, flushed after every
issue; at the end it is renamed to FILE. On Ctrl-C the workers are stopped, the file is cut
back to its last complete line (a JSON array is closed with ``]``), renamed to FILE, and the
exit code is 130; ``batch … -o FILE --resume`` then converts only the inputs FILE lacks and
appends them. On any other failure FILE is left as it was.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer

from .._meta import __version__
from ..errors import ExitCode, GazetteError, OutputError
from .views import VIEWS

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


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


View = Enum("View", {name: name for name in VIEWS}, type=str)  # documents, tasks, appointments …


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
    """Exit codes: 0 ok; 1 warnings with --strict, failed files in batch, invalid files in
    validate, differences in check; 2 usage; 3 unreadable or empty input; 4 undecodable input;
    5 unwritable output; 130 interrupted; 143 terminated (SIGTERM)."""


from .output import write_atomic  # noqa: E402 - one atomic writer for parse, batch and check


def _emit(text: str, output: str | None) -> None:
    """The command's output: to ``output`` atomically, else to stdout as UTF-8."""
    if output:
        write_atomic(output, text)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _read(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    from ..text.decode import read_input

    return read_input(file)


def _check_encoding(encoding: str | None) -> None:
    if encoding:
        from ..text.decode import decode_bytes

        decode_bytes(b"", encoding)  # DecodeError (exit 4) for an unknown name, before any work


def _output_format(fmt: Format | None, view: View | None, excel: bool, default: Format) -> tuple[Format, str]:
    """The format and view to write; --excel alone means CSV; the view defaults to documents."""
    fmt = fmt or (Format.csv if excel else default)
    if excel and fmt is not Format.csv:
        raise Failure("--excel needs --format csv", ExitCode.USAGE)
    if view is not None and fmt not in (Format.csv, Format.table):
        raise Failure("--view needs --format csv or --format table", ExitCode.USAGE)
    return fmt, view.value if view is not None else "documents"


# Shared options of parse and batch.
OutputOption = Annotated[Optional[str], typer.Option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout (through a temporary file renamed at the end).")]
FormatOption = Annotated[Optional[Format], typer.Option("--format", "-f", help="json, jsonl, csv or table (parse: json; batch: jsonl).", case_sensitive=False)]
ViewOption = Annotated[Optional[View], typer.Option("--view", help="Records for csv/table: documents, tasks, appointments, citations, members.", case_sensitive=False)]
ExcelOption = Annotated[bool, typer.Option("--excel", help="CSV for spreadsheet programs: UTF-8 with a byte-order mark.")]
EncodingOption = Annotated[Optional[str], typer.Option("--encoding", metavar="NAME", help="Force an input encoding (utf-8, gbk, gb18030, utf-16).")]


# ---------------------------------------------------------------------------------------------
# Tables, for a person at a terminal
# ---------------------------------------------------------------------------------------------

# The columns a table shows per view: a terminal is narrow, the CSV has them all.
_TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "tasks": ("doc_number", "id", "text", "lead_units", "deadline_text"),
    "appointments": ("doc_number", "action", "person", "position", "decided_on"),
    "citations": ("doc_number", "cited_title", "cited_doc_number"),
    "members": ("doc_number", "role", "person", "post"),
}
# Columns that hold long text: they wrap; the others stay on one line.
_WRAPPED = frozenset({"title", "text", "position", "lead_units", "cited_title", "post"})


def _print_table(results: list[dict], view: str | None, file: TextIO) -> None:
    """Documents (number, title, date, counts of tasks and personnel changes), or the records of ``view``.
    The source column appears when the results come from more than one file."""
    from rich.console import Console
    from rich.table import Table

    with_source = len(results) > 1
    issues = [r for r in results if "error" not in r]
    rows: list[list[str]] = []
    if view is None or view == "documents":
        columns = ["number", "title", "date", "tasks", "personnel"]
        for result in issues:
            for doc in result["documents"]:
                rows.append([
                    result["source"]["path"],
                    (doc.get("doc_number") or {}).get("text") or "",
                    doc["title"],
                    doc.get("date") or "",
                    str(len(doc.get("tasks") or [])),
                    str(len(doc.get("appointments") or [])),
                ])  # fmt: skip
    else:
        from .views import iter_rows

        columns = list(_TABLE_COLUMNS[view])
        for result in issues:
            for row in iter_rows(result, view):
                rows.append([row["source_path"] or ""] + ["" if row[c] is None else str(row[c]) for c in columns])
    table = Table(highlight=False)
    if with_source:
        table.add_column("source", overflow="fold", min_width=8, ratio=1)
    for column in columns:
        if column in _WRAPPED:  # Chinese text has no spaces to wrap at: fold it anywhere
            table.add_column(column, overflow="fold", min_width=8, ratio=1)
        else:
            table.add_column(column, no_wrap=True, justify="right" if column in ("tasks", "personnel") else "left")
    for row in rows:
        table.add_row(*(row if with_source else row[1:]))
    Console(file=file, highlight=False).print(table)


def _render_table(results: list[dict], view: str | None) -> str:
    import io

    buffer = io.StringIO()
    _print_table(results, view, buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# parse
# ---------------------------------------------------------------------------------------------


@app.command()
def parse(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A gazette text or saved web page; '-' reads stdin.")],
    output: OutputOption = None,
    fmt: FormatOption = None,
    view: ViewOption = None,
    excel: ExcelOption = False,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented JSON.")] = False,
    encoding: EncodingOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when the result has warnings.")] = False,
) -> None:
    """Parse one gazette issue into JSON (stdout, or -o FILE)."""
    fmt, view_name = _output_format(fmt, view, excel, Format.json)
    from .batch import check_not_empty
    from .output import check_not_an_input

    check_not_an_input(output, [file] if file != "-" else [])
    from ..pipeline import extract

    data = check_not_empty(_read(file), file)
    result = extract(data, path=file, encoding=encoding)
    if fmt is Format.table and not output:
        _print_table([result], view and view_name, sys.stdout)
    elif fmt is Format.table:
        _emit(_render_table([result], view and view_name), output)
    elif fmt is Format.csv:
        from .views import write_csv

        buffer = io.StringIO(newline="")
        write_csv([result], view_name, buffer, excel=excel)
        _emit(buffer.getvalue(), output)
    else:
        indent = None if compact or fmt is Format.jsonl else 2
        separators = (",", ":") if indent is None else None

        def dump(stream: TextIO) -> None:  # streamed: a 100 MB issue needs no second copy
            json.dump(result, stream, ensure_ascii=False, indent=indent, separators=separators)
            stream.write("\n")

        if output:
            write_atomic(output, dump)
        else:
            sys.stdout.flush()
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
            dump(stream)
            stream.flush()
            stream.detach()
    for warning in result["warnings"]:
        where = f" (line {warning['line']})" if warning["line"] else ""
        print(f"Warning: {warning['code']}: {warning['message']}{where}", file=sys.stderr)
    if strict and result["warnings"]:
        raise typer.Exit(ExitCode.FAILURE)


# ---------------------------------------------------------------------------------------------
# batch
# ---------------------------------------------------------------------------------------------


@contextmanager
def _progress(items: list, enabled: bool) -> Iterator[object]:
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

    def update(outcome, stats) -> None:
        progress.update(task, advance=outcome.bytes, files=stats.files, errors=stats.errors)

    with progress:
        yield update


class Terminated(KeyboardInterrupt):
    """SIGTERM (timeout, a CI cancel, docker stop), handled like Ctrl-C but exiting 143."""


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    import signal

    def terminate(signum, frame) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _read_names(source: str, null: bool) -> list[str]:
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


@app.command()
def batch(
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="PATH", help="Files, folders (recursive), glob patterns, .zip/.tar.gz archives.")] = None,
    output: OutputOption = None,
    fmt: FormatOption = None,
    view: ViewOption = None,
    excel: ExcelOption = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, metavar="N", help="Worker processes (default: one per CPU); 1 runs in-process.")] = None,
    encoding: EncodingOption = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs already in -o FILE (same path and sha256); append the rest.")] = False,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first file that fails.")] = False,
    include: Annotated[Optional[list[str]], typer.Option("--include", metavar="GLOB", help="In folders and archives, take only files matching GLOB (repeatable).")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB", help="In folders and archives, leave out files matching GLOB (repeatable).")] = None,
    max_size: Annotated[float, typer.Option("--max-size", metavar="MB", min=0.001, help="A larger input (or archive member) gives an error line.")] = 200,
    files_from: Annotated[Optional[str], typer.Option("--files-from", metavar="FILE", help="Read input names from FILE, one per line ('-': stdin).")] = None,
    null: Annotated[bool, typer.Option("-0", "--null", help="Names in --files-from are separated by NUL (find -print0).")] = False,
    output_dir: Annotated[Optional[str], typer.Option("--output-dir", metavar="DIR", help="Write one DIR/PATH.json per input (paths mirrored), each atomically.")] = None,
) -> None:
    """Convert many issues: one JSON line per issue, in path order, on stdout or -o FILE.

    A file that fails gives an error line {"source": …, "error": {"code", "message"}} and the
    batch goes on (exit 1 at the end). A summary goes to stderr, and a progress bar when stderr
    is a terminal. On Ctrl-C, -o FILE keeps every complete line (exit 130): run the same command
    with --resume to finish."""
    fmt, view_name = _output_format(fmt, view, excel, Format.jsonl)
    if resume and not output:
        raise Failure("--resume needs -o FILE", ExitCode.USAGE)
    if resume and fmt is not Format.jsonl:
        raise Failure("--resume works with --format jsonl only", ExitCode.USAGE)
    if output_dir and (output or resume or fmt is not Format.jsonl):
        raise Failure("--output-dir writes JSON files: it goes without -o, --resume and --format", ExitCode.USAGE)
    if null and not files_from:
        raise Failure("-0/--null needs --files-from", ExitCode.USAGE)
    listed = _read_names(files_from, null) if files_from else []
    if not paths and not files_from:
        raise Failure("batch needs a PATH or --files-from FILE", ExitCode.USAGE)
    _check_encoding(encoding)
    from . import batch as engine
    from .output import check_not_an_input

    check_not_an_input(output, [*(paths or ()), *listed])
    found = engine.scan_inputs(
        paths or (), include=include or (), exclude=exclude or (), max_size=int(max_size * 1024 * 1024),
        avoid=[output] if output else (), listed=listed,
    )  # fmt: skip
    items = found.items
    out = engine.OutputFile(None if output_dir else output, append=resume)  # --resume: locked before it is read
    try:
        done = out.resume() if resume else {}
    except BaseException:
        out.raw.close()
        raise

    def write(outcomes) -> None:
        if output_dir:
            engine.write_output_dir(outcomes, output_dir)
        elif fmt is Format.jsonl:
            engine.write_jsonl(outcomes, out)
        elif fmt is Format.json:
            engine.write_json_array(outcomes, out)
        elif fmt is Format.csv:
            engine.write_csv(outcomes, out, view=view_name, excel=excel)
        else:
            _print_table([json.loads(o.line) for o in outcomes], view and view_name, out.stream)

    stats = engine.Stats(len(items), found.skipped_text())
    show_progress = sys.stderr.isatty() and not (output is None and sys.stdout.isatty())
    try:
        with _progress(items, show_progress) as update:

            def on_outcome(outcome, stats) -> None:
                if not outcome.ok:  # one line per failed file; its error line is in the output
                    where = "" if outcome.path in outcome.error else f"{outcome.path}: "
                    print(f"Error: {where}{outcome.error}", file=sys.stderr)
                if update is not None:
                    update(outcome, stats)

            with _sigterm_as_interrupt():
                engine.run(items, write, jobs=jobs, encoding=encoding, done=done, fail_fast=fail_fast, on_outcome=on_outcome, stats=stats)
    except KeyboardInterrupt as interrupt:
        if fmt is Format.table:
            out.discard()
        else:
            out.keep_complete(engine.JSON_ARRAY_END if fmt is Format.json else "")
        print(stats.summary(), file=sys.stderr)
        kept = f"; {output} holds the complete results (run again with --resume to finish)" if output else ""
        code = ExitCode.TERMINATED if isinstance(interrupt, Terminated) else ExitCode.INTERRUPTED
        raise Failure(f"interrupted after {stats.files} of {stats.total} files{kept}", code) from None
    except BaseException:
        out.discard()
        raise
    out.commit()
    print(stats.summary(), file=sys.stderr)
    if stats.errors:
        raise typer.Exit(ExitCode.FAILURE)


# ---------------------------------------------------------------------------------------------
# schema, validate, check: for CI
# ---------------------------------------------------------------------------------------------


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output (as committed in schemas/gazette.schema.json)."""
    from ..models import json_schema

    _emit(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", None)


@app.command()
def validate(
    files: Annotated[list[str], typer.Argument(metavar="FILE", help="Outputs to check: a JSON object, a JSON array or JSON Lines; '-' reads stdin.")],
) -> None:
    """Check output files against the models: 'ok FILE', or one line per problem (exit 1)."""
    from .validation import validate_text

    invalid = 0
    for file in files:
        try:
            problems = validate_text(_read(file).decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            problems = [f"not UTF-8 (byte {exc.start})"]
        if problems:
            invalid += 1
            for problem in problems:
                print(f"{file}: {problem}")
        else:
            print(f"ok {file}")
    if invalid:
        raise typer.Exit(ExitCode.FAILURE)


@app.command()
def check(
    folder: Annotated[str, typer.Argument(metavar="FOLDER", help="Folder of samples NAME.txt|.html with NAME.expected.json, subfolders included.")] = "samples",
    update: Annotated[bool, typer.Option("--update", help="Rewrite the expected files that differ (read the diff before committing).")] = False,
) -> None:
    """Parse every sample again and compare with its expected file; show a diff of each change."""
    from .goldens import check_samples
    from .goldens import diff

    total = changed = missing = 0
    for result in check_samples(Path(folder)):
        total += 1
        if not result.changed:
            continue
        if result.expected is None:
            missing += 1
        else:
            changed += 1
        if update:
            write_atomic(result.expected_file, result.actual)
            print(f"{'created' if result.expected is None else 'updated'} {result.expected_file}")
        elif result.expected is None:
            print(f"missing: {result.expected_file} (create it with: gazette-extract check {folder} --update)")
        else:
            sys.stdout.write(diff(result.expected, result.actual, result.sample.as_posix()))
    if update:
        print(f"{total} samples: {changed} updated, {missing} created, {total - changed - missing} unchanged")
        return
    print(f"{total} samples: {total - changed - missing} unchanged, {changed} changed, {missing} without an expected file")
    if changed or missing:
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
