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
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from .._meta import __version__
from ..errors import ExitCode, GazetteError, OutputError
from .options import (
    EncodingOption,
    ExcludeOption,
    FilesFromOption,
    IncludeOption,
    InputMaxSizeOption,
    JobsOption,
    MaxInFlightOption,
    MaxSizeOption,
    NullOption,
    PathsArgument,
    QuietOption,
    size_in_bytes,
)
from .runs import (
    Failure,
    Terminated,
    check_cluster,
    check_encoding,
    progress_bar,
    read_names,
    say_failed,
    sigterm_as_interrupt,
)
from .views import VIEWS

if TYPE_CHECKING:  # pragma: no cover
    from .batch import Outcome, Stats
    from .jsontypes import Result


def _examples(*lines: str) -> str:
    """The end of a command's --help: two or three examples, kept as written (click's \\b)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


app = typer.Typer(
    name="gazette-extract",
    help="Turn Chinese government gazettes (政府公报) into validated, structured JSON.",
    epilog=_examples(
        "gazette-extract parse issue.txt",
        "gazette-extract batch archive/ -o all.jsonl",
        "gazette-extract check samples/",
    ),
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    context_settings={"help_option_names": ["-h", "--help"]},  # inherited by every command
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


# documents, tasks, appointments …: the members come from the data (views.VIEWS), which mypy
# cannot read, so it is told nothing of them; the code reads only ``.value``
View = Enum("View", {name: name for name in VIEWS}, type=str)  # type: ignore[misc]


def _version(value: bool) -> None:
    if value:
        print(f"gazette-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Exit codes: 0 ok; 1 warnings with --strict, failed files in batch, invalid files in
    validate, differences in check; 2 usage; 3 unreadable or empty input; 4 undecodable input;
    5 unwritable output; 6 unusable archive database (locked, newer, foreign); 130 interrupted;
    143 terminated (SIGTERM)."""


from .output import write_atomic  # noqa: E402 - one atomic writer for parse, batch and check


def _output_path(output: str | None) -> str | None:
    """``-o -`` is standard output, as ``-`` is standard input."""
    return None if output == "-" else output


def _stdout_error(exc: OSError) -> OutputError:
    return OutputError(f"cannot write stdout: {exc.strerror or exc}")


@contextmanager
def _quiet_on_closed_pipe() -> Iterator[None]:
    """The reader of stdout went away (``| head``): stop quietly with exit 0, as the reader has
    what it wanted. (click would print nothing but exit 1, and Python would complain at exit.)"""
    try:
        yield
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(ExitCode.OK) from None


def _emit(text: str, output: str | None) -> None:
    """The command's output: to ``output`` atomically, else to stdout as UTF-8."""
    if output:
        write_atomic(output, text)
        return
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # /dev/full, a closed terminal
        raise _stdout_error(exc) from None


def _read(file: str, max_size_mb: float) -> bytes:
    """The bytes of FILE ('-': standard input), at most ``--max-size`` MB of them."""
    from ..text.decode import read_input, read_stream

    limit = size_in_bytes(max_size_mb)
    if file == "-":
        return read_stream(sys.stdin.buffer, "standard input", limit)
    return read_input(file, max_size=limit)


def _output_format(fmt: Format | None, view: View | None, excel: bool, default: Format) -> tuple[Format, str]:
    """The format and view to write. A view or --excel without --format means CSV (the format
    records come in); an explicit --format that cannot honour them is a usage error."""
    if fmt is None:
        fmt = Format.csv if (excel or view is not None) else default
    if excel and fmt is not Format.csv:
        raise Failure(f"--excel writes CSV; it cannot be used with --format {fmt.value}", ExitCode.USAGE)
    if view is not None and fmt not in (Format.csv, Format.table):
        raise Failure(
            f"--view needs --format csv or table (or no --format: a view alone means CSV), not {fmt.value}",
            ExitCode.USAGE,
        )
    return fmt, view.value if view is not None else "documents"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def _use_color(color: Color) -> bool:
    """--color auto: when stdout is a terminal, NO_COLOR is not set (no-color.org) and TERM is
    not dumb; always and never say so, whatever NO_COLOR says (an explicit option wins)."""
    if color is not Color.auto:
        return color is Color.always
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


# Shared options of parse and batch.
OutputOption = Annotated[
    str | None,
    typer.Option(
        "-o",
        "--output",
        metavar="FILE",
        help="Write to FILE instead of stdout (through a temporary file renamed at the end); '-' is stdout.",
    ),
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="json, jsonl, csv or table (parse: json; batch: jsonl).", case_sensitive=False),
]
ViewOption = Annotated[
    View | None,
    typer.Option(
        "--view",
        help="Records for csv/table: documents, tasks, appointments, citations, members; alone, it means CSV.",
        case_sensitive=False,
    ),
]
ExcelOption = Annotated[
    bool, typer.Option("--excel", help="CSV for spreadsheet programs: UTF-8 with a byte-order mark (implies CSV).")
]
ColorOption = Annotated[
    Color,
    typer.Option(
        "--color",
        help="Colour JSON on stdout: auto (a terminal, unless NO_COLOR is set), always, never.",
        case_sensitive=False,
    ),
]


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
# Columns that hold long text: they break over lines; the others stay on one line.
_WRAPPED = frozenset({"title", "text", "position", "lead_units", "cited_title", "post", "deadline_text", "source"})
# What goes first when a table is too wide for the terminal: low numbers are dropped first.
_KEEP = {"source": 0, "personnel": 1, "tasks": 2, "date": 3, "deadline_text": 3, "decided_on": 3, "id": 4, "role": 4,
         "action": 4, "lead_units": 5, "position": 5, "post": 5, "cited_doc_number": 5, "person": 6, "doc_number": 7,
         "number": 7, "title": 9, "text": 9, "cited_title": 9}  # fmt: skip


def _print_table(results: list[Result], view: str | None, file: TextIO) -> None:
    """Documents (number, title, date, counts of tasks and personnel changes), or the records of ``view``,
    laid out for the terminal's width (:mod:`.tables`). The source column appears when the
    results come from more than one file."""
    from rich.console import Console
    from rich.table import Table

    from .tables import Column, fit

    with_source = len(results) > 1
    issues = [r for r in results if "error" not in r]
    rows: list[list[str]] = []
    if view is None or view == "documents":
        names = ["number", "title", "date", "tasks", "personnel"]
        for result in issues:
            for doc in result["documents"]:
                rows.append([
                    result["source"]["path"],
                    (doc.get("doc_number") or {}).get("text") or "",
                    doc["title"] or "",
                    doc.get("date") or "",
                    str(len(doc.get("tasks") or [])),
                    str(len(doc.get("appointments") or [])),
                ])  # fmt: skip
    else:
        from .views import iter_rows

        names = list(_TABLE_COLUMNS[view])
        for result in issues:
            for record in iter_rows(result, view):
                rows.append(
                    [str(record["source_path"] or "")] + ["" if record[c] is None else str(record[c]) for c in names]
                )
    if with_source:
        names = ["source", *names]
    else:
        rows = [cells[1:] for cells in rows]
    columns = [Column(n, n in _WRAPPED, _KEEP.get(n, 4), n in ("tasks", "personnel")) for n in names]
    console = Console(file=file, highlight=False)
    columns, widths, rows = fit(columns, rows, console.width)
    table = Table(highlight=False)
    for column, width in zip(columns, widths, strict=False):
        table.add_column(
            column.name, width=width, no_wrap=True, overflow="ignore", justify="right" if column.right else "left"
        )
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _render_table(results: list[Result], view: str | None) -> str:
    import io

    buffer = io.StringIO()
    _print_table(results, view, buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# parse
# ---------------------------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "gazette-extract parse issue.txt > issue.json",
        "gazette-extract parse page.html --view tasks --excel -o tasks.csv",
        "gazette-extract parse - -f table < issue.txt",
    )
)
def parse(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A gazette text or saved web page; '-' reads stdin.")],
    output: OutputOption = None,
    fmt: FormatOption = None,
    view: ViewOption = None,
    excel: ExcelOption = False,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented JSON.")] = False,
    encoding: EncodingOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when the result has warnings.")] = False,
    color: ColorOption = Color.auto,
    max_size: InputMaxSizeOption = 200,
) -> None:
    """Parse one gazette issue into JSON (stdout, or -o FILE)."""
    fmt, view_name = _output_format(fmt, view, excel, Format.json)
    output = _output_path(output)
    from .batch import check_not_empty
    from .output import check_not_an_input

    check_not_an_input(output, [file] if file != "-" else [])
    from .._runtime import collector_off_for_one_command, freeze_for_exit

    collector_off_for_one_command()  # the console script's process: see _runtime
    from ..pipeline import extract

    data = check_not_empty(_read(file, max_size), file)
    result = extract(data, path=file, encoding=encoding)
    freeze_for_exit()
    with _quiet_on_closed_pipe():
        _write_result(result, output, fmt, view and view_name, view_name, excel, compact, color)
    for warning in result["warnings"]:
        where = f" (line {warning['line']})" if warning["line"] else ""
        print(f"Warning: {warning['code']}: {warning['message']}{where}", file=sys.stderr)
    if strict and result["warnings"]:
        raise typer.Exit(ExitCode.FAILURE)


def _write_result(
    result: Result,
    output: str | None,
    fmt: Format,
    view: str | None,
    view_name: str,
    excel: bool,
    compact: bool,
    color: Color,
) -> None:
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
            if indent is None:
                json.dump(result, stream, ensure_ascii=False, indent=indent, separators=separators)
            else:  # the same text as json.dump's, a third of its cost (jsonout)
                from .jsonout import write_indented

                write_indented(result, stream, indent)
            stream.write("\n")

        if output:
            write_atomic(output, dump)
        elif _use_color(color):
            from .colour import colour_json

            buffer = io.StringIO()
            dump(buffer)
            _emit(colour_json(buffer.getvalue()), None)
        else:
            sys.stdout.flush()
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
            try:
                dump(stream)
                stream.flush()
            except BrokenPipeError:
                raise
            except OSError as exc:  # /dev/full
                raise _stdout_error(exc) from None
            finally:
                try:
                    stream.detach()
                except ValueError:  # already detached or closed
                    pass


# ---------------------------------------------------------------------------------------------
# batch
# ---------------------------------------------------------------------------------------------


# batch/index --cluster: a Dask scheduler's workers convert instead of local processes
ClusterOption = Annotated[
    str | None,
    typer.Option("--cluster", metavar="tcp://HOST:PORT", envvar="GAZETTE_EXTRACT_CLUSTER", show_envvar=True,
                 help="Convert on the workers of this Dask scheduler (needs gazette-extract[dask]); files are read and written here."),
]  # fmt: skip


@app.command(
    epilog=_examples(
        "gazette-extract batch archive/ -o all.jsonl",
        "gazette-extract batch 2021.zip 'more/*.txt' --view tasks --excel -o tasks.csv",
        "gazette-extract batch archive/ -o all.jsonl --resume",
    )
)
def batch(
    paths: PathsArgument = None,
    output: OutputOption = None,
    fmt: FormatOption = None,
    view: ViewOption = None,
    excel: ExcelOption = False,
    jobs: JobsOption = None,
    encoding: EncodingOption = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip inputs already in -o FILE (same path and sha256); append the rest.")
    ] = False,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first file that fails.")] = False,
    quiet: QuietOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any issue has warnings.")] = False,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    max_size: MaxSizeOption = 200,
    files_from: FilesFromOption = None,
    null: NullOption = False,
    output_dir: Annotated[
        str | None,
        typer.Option(
            "--output-dir", metavar="DIR", help="Write one DIR/PATH.json per input (paths mirrored), each atomically."
        ),
    ] = None,
    cluster: ClusterOption = None,
    max_in_flight: MaxInFlightOption = None,
) -> None:
    """Convert many issues: one JSON line per issue, in path order, on stdout or -o FILE.

    A file that fails gives an error line {"source": …, "error": {"code", "message"}} and the
    batch goes on (exit 1 at the end). A summary goes to stderr, and a progress bar when stderr
    is a terminal. On Ctrl-C, -o FILE keeps every complete line (exit 130): run the same command
    with --resume to finish."""
    fmt, view_name = _output_format(fmt, view, excel, Format.jsonl)
    output = _output_path(output)
    if resume and not output:
        raise Failure("--resume needs -o FILE", ExitCode.USAGE)
    if resume and fmt is not Format.jsonl:
        raise Failure("--resume works with --format jsonl only", ExitCode.USAGE)
    if output_dir and (output or resume or fmt is not Format.jsonl):
        raise Failure("--output-dir writes JSON files: it goes without -o, --resume and --format", ExitCode.USAGE)
    if null and not files_from:
        raise Failure("-0/--null needs --files-from", ExitCode.USAGE)
    listed = read_names(files_from, null) if files_from else []
    if not paths and not files_from:
        raise Failure("batch needs a PATH or --files-from FILE", ExitCode.USAGE)
    check_encoding(encoding)
    check_cluster(cluster)
    from . import batch as engine
    from .output import check_not_an_input

    check_not_an_input(output, [*(paths or ()), *listed])
    found = engine.scan_inputs(
        paths or (), include=include or (), exclude=exclude or (), max_size=size_in_bytes(max_size),
        avoid=[output] if output else (), listed=listed,
    )  # fmt: skip
    items = found.items
    out = engine.OutputFile(None if output_dir else output, append=resume)  # --resume: locked before it is read
    try:
        done = out.resume() if resume else {}
    except BaseException:
        out.raw.close()
        raise

    def write(outcomes: Iterator[Outcome]) -> None:
        if output_dir:
            engine.write_output_dir(outcomes, output_dir)
        elif fmt is Format.jsonl:
            engine.write_jsonl(outcomes, out)
        elif fmt is Format.json:
            engine.write_json_array(outcomes, out)
        elif fmt is Format.csv:
            engine.write_csv(outcomes, out, view=view_name, excel=excel)
        else:
            _print_table([json.loads(o.record) for o in outcomes], view and view_name, out.stream)

    stats = engine.Stats(len(items), found.skipped_text())
    show_progress = not quiet and sys.stderr.isatty() and not (output is None and sys.stdout.isatty())
    warned = 0  # issues with warnings, for --strict
    try:
        with progress_bar(items, show_progress) as update:

            def on_outcome(outcome: Outcome, stats: Stats) -> None:
                nonlocal warned
                if strict and outcome.ok and outcome.line is not None and json.loads(outcome.line).get("warnings"):
                    warned += 1
                if not outcome.ok and not quiet:  # one line per failed file; its error line is in the output
                    say_failed(outcome)
                if update is not None:
                    update(outcome, stats)

            with _quiet_on_closed_pipe(), sigterm_as_interrupt():
                engine.run(
                    items, write, jobs=jobs, encoding=encoding, done=done, fail_fast=fail_fast, on_outcome=on_outcome, stats=stats,
                    cluster=cluster, max_in_flight=max_in_flight,
                )  # fmt: skip
    except typer.Exit:
        out.discard()
        raise
    except KeyboardInterrupt as interrupt:
        if fmt is Format.table:
            out.discard()
        else:
            out.keep_complete(engine.JSON_ARRAY_END if fmt is Format.json else "")
        if not quiet:
            print(stats.summary(), file=sys.stderr)
        kept = ""
        if output and fmt is Format.jsonl:
            kept = f"; {output} holds the complete results (run again with --resume to finish)"
        elif output and fmt is not Format.table:  # --resume reads JSON Lines only
            kept = f"; {output} holds the complete results"
        code = ExitCode.TERMINATED if isinstance(interrupt, Terminated) else ExitCode.INTERRUPTED
        raise Failure(f"interrupted after {stats.files} of {stats.total} files{kept}", code) from None
    except BaseException:
        out.discard()
        raise
    out.commit()
    if not quiet:
        print(stats.summary() + (f", {warned} with warnings" if strict else ""), file=sys.stderr)
    if stats.errors or warned:
        raise typer.Exit(ExitCode.FAILURE)


# ---------------------------------------------------------------------------------------------
# text: what `lines` count
# ---------------------------------------------------------------------------------------------


@app.command()
def text(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A gazette text, saved web page or PDF; '-' reads stdin.")
    ],
    output: OutputOption = None,
    encoding: EncodingOption = None,
    max_size: InputMaxSizeOption = 200,
) -> None:
    """Print the text that records' `lines` count: the decoded file, the rendered article of a
    web page, or the text extracted from a PDF (a form feed starts each new page)."""
    from ..pipeline import read_source
    from .batch import check_not_empty
    from .output import check_not_an_input

    output = _output_path(output)  # -o - is stdout, as for parse
    check_not_an_input(output, [file] if file != "-" else [])
    data = check_not_empty(_read(file, max_size), file)
    content, _, warnings = read_source(data, path=file, encoding=encoding)
    _emit(content, output)
    for warning in warnings:
        print(f"Warning: {warning['code']}: {warning['message']}", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# schema, validate, check: for CI
# ---------------------------------------------------------------------------------------------


@app.command(
    epilog=_examples(
        "gazette-extract schema > gazette.schema.json",
        "gazette-extract schema | jq '.$defs.Task'",
    )
)
def schema() -> None:
    """Print the JSON Schema of the output (as committed in schemas/gazette.schema.json)."""
    from ..models import json_schema

    _emit(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", None)


@app.command(
    epilog=_examples(
        "gazette-extract validate issue.json",
        "gazette-extract validate out/*.json all.jsonl",
        "gazette-extract parse issue.txt | gazette-extract validate -",
    )
)
def validate(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE...", help="Outputs to check: a JSON object, a JSON array or JSON Lines; '-' reads stdin."
        ),
    ],
    max_size: InputMaxSizeOption = 200,
) -> None:
    """Check output files against the models (dates are checked to be real YYYY-MM-DD days):
    'ok FILE', or one line per problem (exit 1). Every file is judged on its own: a file that
    cannot be read is one 'Error:' line on stderr (its exit code at the end) and the rest are
    still checked."""
    from .validation import validate_text

    invalid = 0
    unreadable: ExitCode | None = None
    for file in files:
        try:
            data = _read(file, max_size)
        except GazetteError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            unreadable = unreadable or exc.exit_code
            continue
        try:
            problems = validate_text(data.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            problems = [f"not UTF-8 (byte {exc.start})"]
        if problems:
            invalid += 1
            for problem in problems:
                print(f"{file}: {problem}")
        else:
            print(f"ok {file}")
    if unreadable:
        raise typer.Exit(unreadable)
    if invalid:
        raise typer.Exit(ExitCode.FAILURE)


@app.command(
    epilog=_examples(
        "gazette-extract check",
        "gazette-extract check tests/samples/",
        "gazette-extract check samples/ --update && git diff samples/",
    )
)
def check(
    folder: Annotated[
        str,
        typer.Argument(
            metavar="FOLDER", help="Folder of samples NAME.txt|.html with NAME.expected.json, subfolders included."
        ),
    ] = "samples",
    update: Annotated[
        bool, typer.Option("--update", help="Rewrite the expected files that differ (read the diff before committing).")
    ] = False,
) -> None:
    """Parse every sample again and compare with its expected file; show a diff of each change."""
    from .goldens import check_samples, diff

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
        elif result.problem:
            print(f"{result.expected_file}: {result.problem}")
        else:
            sys.stdout.write(diff(result.expected, result.actual, result.sample.as_posix()))
    if update:
        print(f"{total} samples: {changed} updated, {missing} created, {total - changed - missing} unchanged")
        return
    print(
        f"{total} samples: {total - changed - missing} unchanged, {changed} changed, {missing} without an expected file"
    )
    if changed or missing:
        raise typer.Exit(ExitCode.FAILURE)


# index and query: the archive database (README: "Archive database")
from .archive import index_command, query_app  # noqa: E402

app.command("index")(index_command)
app.add_typer(query_app, name="query")


@app.command()
def report(
    db: Annotated[
        str, typer.Option("--db", metavar="FILE", help="Archive database written by 'gazette-extract index'.")
    ],
    output: Annotated[str, typer.Option("-o", "--output", metavar="FILE", help="The HTML file to write (atomically).")],
    today: Annotated[
        str | None,
        typer.Option(
            "--today", metavar="YYYY-MM-DD", help="Date that overdue and due-soon are measured from [default: today]."
        ),
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Heading of the page.")] = "Gazette archive report",
) -> None:
    """Write one self-contained HTML report of an archive: charts and tables, works offline.

    Examples:

      gazette-extract report --db archive.db -o report.html

      gazette-extract report --db archive.db -o ledger.html --today 2021-06-01
    """
    from datetime import date

    from ..store.schema import connect_readonly
    from .report import render_html, report_data

    try:
        when = date.fromisoformat(today) if today else date.today()
    except ValueError:
        raise Failure(f"--today must be a date YYYY-MM-DD: {today!r}", ExitCode.USAGE) from None
    if os.path.realpath(output) == os.path.realpath(db):
        raise Failure(f"the report would replace the database {db}: choose another -o", ExitCode.USAGE)
    conn = connect_readonly(db)
    try:
        html = render_html(report_data(conn, today=when), title=title)
    finally:
        conn.close()
    write_atomic(output, html)
    print(f"wrote {output}", file=sys.stderr)


@app.command(name="mcp")
def mcp_command(
    db: Annotated[
        str, typer.Option("--db", metavar="FILE", help="Archive database written by 'gazette-extract index'.")
    ],
) -> None:
    """Serve an archive to AI assistants: a Model Context Protocol server on stdin/stdout.

    Read-only (the database is opened with mode=ro); no network. Needs the extra
    gazette-extract[mcp]. Tools: search_documents, get_document, person_timeline, unit_tasks,
    citing_documents, parse_gazette_text; resources gazette://schema and gazette://stats.

    Examples:

      gazette-extract mcp --db archive.db

      {"mcpServers": {"gazettes": {"command": "gazette-extract", "args": ["mcp", "--db", "/data/archive.db"]}}}
    """
    from importlib.util import find_spec

    if find_spec("mcp") is None:
        raise Failure("the MCP server needs the optional extra: pip install 'gazette-extract[mcp]'", ExitCode.USAGE)
    from .mcp_server import serve

    serve(db)


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
        print(
            f"Error: internal error: {type(exc).__name__}: {exc} (please report this with the input)", file=sys.stderr
        )
        sys.exit(ExitCode.FAILURE)


def console() -> None:
    """The console script (``gazette-extract``, ``python -m gazette_extract``): :func:`main` in a
    process that ends with the command, which lets ``parse`` skip the collector's work (see
    ``_runtime.collector_off_for_one_command``); a caller of :func:`main` keeps its process as it is."""
    from .._runtime import mark_one_command

    mark_one_command()
    main()


if __name__ == "__main__":  # pragma: no cover
    console()
