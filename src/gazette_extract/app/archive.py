"""The ``index`` and ``query`` commands: argument parsing and output over :mod:`gazette_extract.store`.

Registered on the main app in ``cli.py``. Nothing heavy is imported at module level: a query
imports the standard library's sqlite3 and the query functions; only ``index`` imports the
pipeline, the worker pool and sqlite-utils.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from ..errors import ExitCode, GazetteError
from .options import (
    EncodingOption,
    ExcludeOption,
    FilesFromOption,
    IncludeOption,
    JobsOption,
    MaxInFlightOption,
    MaxSizeOption,
    NullOption,
    PathsArgument,
    QuietOption,
    size_in_bytes,
)

if TYPE_CHECKING:  # pragma: no cover
    import sqlite3

    from ..store.query import Row
    from .batch import AnyOutcome, Stats

query_app = typer.Typer(
    name="query",
    help="Ask an archive database built by 'index': a person's career, a unit's tasks, citations, full text, SQL.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


class QueryFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


DbOption = Annotated[str, typer.Option("--db", metavar="FILE", help="The archive database (built by 'index').")]
LimitOption = Annotated[int, typer.Option("--limit", min=0, metavar="N", help="At most N rows (0: all).")]
QueryFormatOption = Annotated[
    QueryFormat, typer.Option("--format", "-f", help="table, json (one array), jsonl or csv.", case_sensitive=False)
]


# ---------------------------------------------------------------------------------------------
# index
# ---------------------------------------------------------------------------------------------


def index_command(
    db: Annotated[str, typer.Option("--db", metavar="FILE", help="The SQLite database to create or update.")],
    paths: PathsArgument = None,
    jobs: JobsOption = None,
    encoding: EncodingOption = None,
    fts: Annotated[
        bool,
        typer.Option(
            "--fts/--no-fts",
            help="Update the full-text index (default). --no-fts: about twice as fast; search scans the text until a later run without it completes the index.",
        ),
    ] = True,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            metavar="tcp://HOST:PORT",
            envvar="GAZETTE_EXTRACT_CLUSTER",
            show_envvar=True,
            help="Parse on the workers of this Dask scheduler (needs gazette-extract[dask]); the database is written here.",
        ),
    ] = None,
    max_in_flight: MaxInFlightOption = None,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    max_size: MaxSizeOption = 200,
    files_from: FilesFromOption = None,
    null: NullOption = False,
    quiet: QuietOption = False,
) -> None:
    """Index issues into an SQLite archive database (created if missing) for 'query'.

    Same inputs, workers, progress and error lines as 'batch'. Incremental: a file already
    indexed (same path, same sha256) is skipped, a changed one replaced. Each file is one
    transaction: after Ctrl-C (exit 130) or a crash the database is consistent, and the same
    command finishes the job. Exit 1 when some files failed (they are recorded with their
    error in the sources table), 6 when the database is locked, newer or not an archive."""
    from . import batch as engine
    from .indexer import index
    from .output import check_not_an_input
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

    if null and not files_from:
        raise Failure("-0/--null needs --files-from", ExitCode.USAGE)
    listed = read_names(files_from, null) if files_from else []
    if not paths and not files_from:
        raise Failure("index needs a PATH or --files-from FILE", ExitCode.USAGE)
    check_encoding(encoding)
    check_cluster(cluster)
    check_not_an_input(db, [*(paths or ()), *listed])  # the database never replaces an input
    found = engine.scan_inputs(
        paths or (), include=include or (), exclude=exclude or (), max_size=size_in_bytes(max_size),
        avoid=[db, db + "-wal", db + "-shm", db + "-journal"], listed=listed,
    )  # fmt: skip
    items = found.items
    stats = engine.Stats(len(items), found.skipped_text())
    try:
        with progress_bar(items, not quiet and sys.stderr.isatty()) as update:

            def on_outcome(outcome: AnyOutcome, stats: Stats) -> None:
                if not outcome.ok and not quiet:
                    say_failed(outcome)
                if update is not None:
                    update(outcome, stats)

            with sigterm_as_interrupt():
                index(
                    items,
                    db,
                    jobs=jobs,
                    encoding=encoding,
                    on_outcome=on_outcome,
                    stats=stats,
                    fts=fts,
                    cluster=cluster,
                    max_in_flight=max_in_flight,
                )
    except KeyboardInterrupt as interrupt:
        if not quiet:
            print(_summary(stats), file=sys.stderr)
        print(
            f"Error: interrupted after {stats.files} of {stats.total} files; {db} holds every file finished (run the same command again to finish)",
            file=sys.stderr,
        )
        raise typer.Exit(ExitCode.TERMINATED if isinstance(interrupt, Terminated) else ExitCode.INTERRUPTED) from None
    if not quiet:
        print(_summary(stats), file=sys.stderr)
    if stats.errors:
        raise typer.Exit(ExitCode.FAILURE)


def _summary(stats: Stats) -> str:
    return stats.summary().replace("already in the output", "already in the database")


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def _span(value: dict[str, Any] | None) -> str | None:
    if not value or value.get("start") is None:
        return None
    start, end = value["start"], value.get("end")
    return str(start) if end in (None, start) else f"{start}-{end}"


def flat(row: Row) -> Row:
    """A row for CSV and tables: ``source`` as source_path, source_lines, source_pages."""
    if "source" not in row or not isinstance(row["source"], dict):
        return row
    out = {k: v for k, v in row.items() if k != "source"}
    source = row["source"]
    out["source_path"] = source.get("path")
    out["source_lines"] = _span(source.get("lines"))
    out["source_pages"] = _span(source.get("pages"))
    return out


def write_rows(rows: list[Row], fmt: QueryFormat, columns: tuple[str, ...] | None, stream: TextIO) -> None:
    if fmt is QueryFormat.json:
        stream.write("[" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "]\n")
    elif fmt is QueryFormat.jsonl:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is QueryFormat.csv:
        flat_rows = [flat(r) for r in rows]
        if flat_rows:
            writer = csv.DictWriter(stream, fieldnames=list(flat_rows[0]), lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(flat_rows)
    else:
        _table(rows, columns, stream)


def _table(rows: list[Row], columns: tuple[str, ...] | None, stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    flat_rows = [flat(r) for r in rows]
    if not flat_rows:
        stream.write("(no rows)\n")
        return
    columns = columns or tuple(flat_rows[0])
    table = Table(highlight=False)
    for column in columns:
        table.add_column(column, overflow="fold", min_width=4)
    for row in flat_rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    Console(file=stream, highlight=False).print(table)


def _run(
    db: str, fmt: QueryFormat, columns: tuple[str, ...] | None, ask: Callable[[sqlite3.Connection], list[Row]]
) -> None:
    """Open ``db`` read-only, ``ask(conn)`` for the rows, write them to stdout as UTF-8."""
    import io

    from ..store import connect_readonly

    conn = connect_readonly(db)
    try:
        rows = ask(conn)
    except GazetteError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite3.OperationalError: locked while reading, etc.
        from ..store.schema import _locked

        raise _locked(db, exc) from None
    finally:
        conn.close()
    sys.stdout.flush()
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
    try:
        write_rows(rows, fmt, columns, stream)
        stream.flush()
    finally:
        stream.detach()


# ---------------------------------------------------------------------------------------------
# query …
# ---------------------------------------------------------------------------------------------


@query_app.command("person")
def query_person(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The person's name as printed, e.g. 任宝军.")],
    db: DbOption,
    limit: LimitOption = 100,
    fmt: QueryFormatOption = QueryFormat.table,
) -> None:
    """A person's timeline: appointments, removals, resignations and roster memberships, by date."""
    from ..store import query

    _run(
        db,
        fmt,
        ("date", "event", "position", "role", "doc_number", "source_path", "source_lines"),
        lambda c: query.person_timeline(c, name, limit=limit),
    )


@query_app.command("unit")
def query_unit(
    unit: Annotated[str, typer.Argument(metavar="UNIT", help="A unit as printed, any alias: 发展改革委, 区教委.")],
    db: DbOption,
    role: Annotated[
        str | None, typer.Option("--role", metavar="lead|support", help="Only tasks the unit leads, or supports.")
    ] = None,
    due_before: Annotated[
        str | None, typer.Option("--due-before", metavar="DATE", help="Only tasks next due before DATE (YYYY-MM-DD).")
    ] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only tasks not overdue (undated ones included).")] = False,
    today: Annotated[
        str | None,
        typer.Option(
            "--today", metavar="DATE", help="The day overdue and next due dates are counted from (default: today)."
        ),
    ] = None,
    aliases: Annotated[
        str | None,
        typer.Option("--aliases", metavar="FILE", help="More unit aliases: one group per line, 'A = B = C'."),
    ] = None,
    limit: LimitOption = 100,
    fmt: QueryFormatOption = QueryFormat.table,
) -> None:
    """A unit's task ledger, with deadlines; recurring ones expanded to their next due date."""
    from ..errors import InputError, QueryError
    from ..store import query

    extra: list[tuple[str, ...]] = []
    if aliases:
        from ..vocab.units import parse_alias_lines

        try:
            with open(aliases, encoding="utf-8-sig") as handle:
                extra = parse_alias_lines(handle)
        except OSError as exc:
            raise InputError(f"cannot read {aliases}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise InputError(f"{aliases} is not UTF-8 text") from None
        except ValueError as exc:
            raise QueryError(f"{aliases}: {exc}") from None
    _run(
        db, fmt, ("due", "status", "role", "unit", "text", "doc_number", "source_path", "source_lines"),
        lambda c: query.unit_tasks(c, unit, role=role, due_before=due_before, open_only=open_only, today=today, aliases=extra, limit=limit),
    )  # fmt: skip


@query_app.command("cites")
def query_cites(
    doc_number: Annotated[
        str, typer.Argument(metavar="DOCNO", help="A document number in any spelling: 国办发[2019]3号.")
    ],
    db: DbOption,
    limit: LimitOption = 100,
    fmt: QueryFormatOption = QueryFormat.table,
) -> None:
    """Who cites DOCNO: the documents that name it, with the citing line."""
    from ..store import query

    _run(
        db,
        fmt,
        ("doc_number", "doc_title", "doc_date", "cited_title", "source_path", "source_lines"),
        lambda c: query.cites(c, doc_number, limit=limit),
    )


@query_app.command("cited-by")
def query_cited_by(
    doc_number: Annotated[str, typer.Argument(metavar="DOCNO", help="A document number in any spelling.")],
    db: DbOption,
    limit: LimitOption = 100,
    fmt: QueryFormatOption = QueryFormat.table,
) -> None:
    """What DOCNO cites: the documents and numbers the document numbered DOCNO names."""
    from ..store import query

    _run(
        db,
        fmt,
        ("doc_number", "cited_doc_number", "cited_title", "cited_in_archive", "source_path", "source_lines"),
        lambda c: query.cited_by(c, doc_number, limit=limit),
    )


@query_app.command("search")
def query_search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words to find in document titles and text: 垃圾分类.")],
    db: DbOption,
    limit: LimitOption = 50,
    fmt: QueryFormatOption = QueryFormat.table,
) -> None:
    """Full-text search of document titles and text, with a snippet of the first hit."""
    from ..store import query

    _run(
        db,
        fmt,
        ("doc_number", "title", "snippet", "source_path", "source_lines"),
        lambda c: query.search(c, text, limit=limit),
    )


@query_app.command("sql")
def query_sql(
    sql: Annotated[str, typer.Argument(metavar="SQL", help="One SELECT statement.")],
    db: DbOption,
    limit: LimitOption = 0,
    fmt: QueryFormatOption = QueryFormat.table,
) -> None:
    """Run one read-only SQL statement (the database is opened read-only; writes are refused)."""
    from ..store import query

    _run(db, fmt, None, lambda c: query.run_sql(c, sql, limit=limit or None))
