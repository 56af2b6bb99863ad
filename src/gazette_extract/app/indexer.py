"""``index``: many inputs → an archive database, with the batch engine's workers.

The workers (:func:`convert`) read, parse and flatten each file into rows; the parent only
writes them, one transaction per file, in input order. Files already indexed under the same path
with the same sha256 are skipped in the worker after hashing, before parsing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from .. import codes
from ..errors import GazetteError

if TYPE_CHECKING:  # pragma: no cover
    from ..store.rows import IssueRows
    from .batch import Stats
    from .sources import InputItem, SourceItem


class IndexOutcome(NamedTuple):
    """What one input became (the batch engine's Outcome, with rows instead of a JSON line)."""

    path: str
    rows: IssueRows | None  # None only for a skipped input
    error: str | None
    bytes: int
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def convert(item: InputItem) -> IndexOutcome:
    """Read, parse and flatten one input; every failure becomes an error row, never an exception."""
    from ..store.rows import error_rows, extract_with_text, issue_rows
    from . import batch
    from .sources import SourceError, sha256

    try:
        data = item.read()
    except SourceError as exc:
        # not recorded: a file that cannot be read now is tried again by the next run
        return IndexOutcome(item.path, None, str(exc), item.size)
    digest = sha256(data)
    if batch._DONE.get(item.path, "") == digest:
        return IndexOutcome(item.path, None, None, len(data), skipped=True)
    try:
        batch.check_not_empty(data, item.path)
        result, text = extract_with_text(data, path=item.path, encoding=batch._ENCODING)
    except GazetteError as exc:
        return IndexOutcome(
            item.path, error_rows(item.path, digest, len(data), exc.code, str(exc)), str(exc), len(data)
        )
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop an archive of thousands
        message = f"internal error: {type(exc).__name__}: {exc}"
        return IndexOutcome(
            item.path, error_rows(item.path, digest, len(data), codes.ERROR, message), message, len(data)
        )
    return IndexOutcome(item.path, issue_rows(result, text), None, len(data))


def failed(item: InputItem, code: str, message: str) -> IndexOutcome:
    """The error row of an input whose worker died (the batch engine's ``failure``): recorded,
    like any file that failed, so that the run goes on and the database says why."""
    from ..store.rows import error_rows

    return IndexOutcome(item.path, error_rows(item.path, None, item.size, code, message), message, item.size)


def index(
    items: list[SourceItem],
    db_path: str,
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    on_outcome: Callable[[IndexOutcome, Stats], None] | None = None,
    stats: Stats | None = None,
    fts: bool = True,
    cluster: str | None = None,
    max_in_flight: int | None = None,
) -> Stats:
    """Index ``items`` into ``db_path`` (created if missing). Each file is committed before the
    next is written, so an interruption keeps every file finished so far. ``fts=False`` leaves
    the full-text index to a later run (it costs as much CPU as the parse). ``cluster``: parse on
    that Dask scheduler's workers; the database is still written here."""
    from ..store.writer import ArchiveWriter
    from .batch import Stats, outcomes

    stats = stats or Stats(len(items))
    with ArchiveWriter.open(db_path, fts=fts) as writer:
        done = writer.done()
        for outcome in outcomes(
            items, jobs=jobs, encoding=encoding, done=done, worker=convert, failure=failed, cluster=cluster,
            max_in_flight=max_in_flight,
        ):  # fmt: skip
            if outcome.rows is not None:
                writer.write(outcome.rows)
            stats.add(outcome)
            if on_outcome is not None:
                on_outcome(outcome, stats)
    return stats
