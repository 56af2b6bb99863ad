"""The batch engine's second executor: Dask ``distributed`` workers instead of local processes.

``batch --cluster tcp://HOST:PORT`` and ``index --cluster …`` go through the same
:func:`gazette_extract.app.batch.outcomes` as a local run; only who converts a file changes::

    client (the command)                         Dask workers (no shared disk)
    ───────────────────                          ─────────────────────────────
    read file → bytes ──── submit(convert) ────▶ worker(ShippedItem) → Outcome
    reorder buffer ◀──────── result ──────────── (index: rows instead of a line)
    write lines / SQLite, in input order

* Files are read where the command runs and shipped as bytes (:class:`ShippedItem`); an input
  that cannot be read, or that ``--resume`` skips, is handled on the client by the very worker
  function a local run uses, so its line (or skip) is the same.
* Backpressure: at most ``max_in_flight`` files (default: twice the cluster's threads) are
  submitted and not yet written; finished ones wait in a reorder buffer that is part of that
  window, so the client holds O(max_in_flight) files, whatever the archive's size.
* A worker that dies: the scheduler reruns its tasks elsewhere; a file whose task killed
  workers too often (Dask's ``KilledWorker``) is resubmitted up to ``retries`` times, then
  gives a ``worker`` error line. Each file's line is written once, when its turn comes.
  Dask cannot tell the file that killed a worker from the files that merely waited on it, so
  every file that was there is a *suspect*; suspects are resubmitted one at a time, so that two
  of them never share a death again: an innocent file is charged at most the first death (which
  it shared with the culprit's first run) and the deaths of culprits that are not yet suspects,
  and it is converted, while the culprit exhausts its tries and gets the error line.
* Scanned PDFs: the pages to OCR are split into one task each (:func:`pages_on_cluster`,
  hooked into :mod:`gazette_extract.text.pdf` through ``PAGE_OCR``) and joined back in page order.

``distributed`` is imported only here, and only when ``--cluster`` is given.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .. import codes
from ..errors import ExitCode, GazetteError

# distributed.Future.status of a task that is done without a result of its own (else it raised)
_FUTURE_GONE = ("cancelled", "lost")

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client, Future

    from .sources import InputItem, SourceItem

#: What the worker function makes of one input (batch: Outcome; index: IndexOutcome).
OutcomeT = TypeVar("OutcomeT")
#: How the local run sets up a process that converts: ``(encoding, done, ignore_sigint)``
#: (:func:`gazette_extract.app.batch._init_worker`), handed in so this module needs nothing of batch.
WorkerInit = Callable[[str | None, dict[str, str | None], bool], None]

ENV = "GAZETTE_EXTRACT_CLUSTER"
INSTALL_HINT = "--cluster needs Dask's distributed scheduler: pip install 'gazette-extract[dask]'"
#: Resubmissions of a file whose task Dask gave up on (KilledWorker), before its error line.
RETRIES = 2
CONNECT_TIMEOUT = 5  # seconds to reach the scheduler (and to wait for a first worker)


class ClusterUnavailable(GazetteError):
    """``--cluster`` without the ``[dask]`` extra installed: a usage error (exit 2)."""

    exit_code = ExitCode.USAGE


class ClusterError(GazetteError):
    """The scheduler cannot be reached, or has no workers (exit 1)."""

    exit_code = ExitCode.FAILURE


def require() -> None:
    """Raise :class:`ClusterUnavailable` when ``distributed`` cannot be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterUnavailable(INSTALL_HINT) from None


@dataclass(frozen=True, slots=True)
class ShippedItem:
    """A :class:`~gazette_extract.app.sources.SourceItem` whose bytes travel with it: what a
    worker without the client's disk converts. ``read`` gives the bytes, or raises the error
    the client met reading them."""

    path: str
    size: int
    data: bytes | None = None
    error: str | None = None

    @property
    def suffix(self) -> str:
        name = self.path.rsplit("!", 1)[-1]
        return os.path.splitext(name)[1].lower()

    def read(self) -> bytes:
        if self.error is not None:
            from .sources import SourceError

            raise SourceError(self.error)
        if self.data is None:  # _prepare ships either the bytes or the error
            raise SourceError(f"nothing shipped for {self.path}")
        return self.data


def connect(address: str) -> Client:
    """A client of the scheduler at ``address`` (``tcp://HOST:PORT``)."""
    require()
    from distributed import Client

    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    except ValueError as exc:  # a malformed address
        raise ClusterError(f"not a Dask scheduler address: {address} ({exc})") from None
    return client


def _threads(client: Client, address: str) -> int:
    """The cluster's worker threads, waiting (up to the connect timeout) for a first worker."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError):
        client.close()  # (which forgets the scheduler: its address is the one asked for)
        raise ClusterError(f"the Dask scheduler at {address} has no workers") from None
    return sum(client.nthreads().values()) or 1


# ---------------------------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------------------------


def run_task(
    worker: Callable[[InputItem], OutcomeT], item: ShippedItem, encoding: str | None, init: WorkerInit
) -> OutcomeT:
    """One file on a Dask worker: the local run's worker function, set up by the local run's
    ``init`` with ``--encoding`` (and no ``--resume`` record: its skips were decided on the client,
    so nothing here is skipped), scanned pages OCR'd by page tasks across the cluster."""
    from ..text import pdf

    init(encoding, {}, False)
    token = pdf.PAGE_OCR.set(pages_on_cluster)
    try:
        return worker(item)
    finally:
        pdf.PAGE_OCR.reset(token)


def pages_on_cluster(data: bytes, numbers: list[int]) -> list[tuple[list[Any], float]]:
    """OCR pages ``numbers`` of PDF ``data`` as one task each, from inside a task; the results
    in the order of ``numbers``. The calling task leaves its thread while it waits, so that
    its own worker can take pages too."""
    from distributed import worker_client

    with worker_client() as client:
        shared = client.scatter(data, hash=False)
        futures = [client.submit(ocr_page_task, shared, n, pure=False, retries=RETRIES) for n in numbers]
        pages: list[tuple[list[Any], float]] = client.gather(futures)
        return pages


def ocr_page_task(data: bytes, number: int) -> tuple[list[Any], float]:
    """OCR one page (1-based) of a PDF: its lines and mean confidence (:func:`ocr.ocr_page`)."""
    from ..text import ocr, pdf

    document = pdf._open(data)
    try:
        page = document[number - 1]
        try:
            return ocr.ocr_page(page, _engine())
        finally:
            page.close()
    finally:
        document.close()


# Any: the engine is RapidOCR's, a library without type hints
_ENGINES: dict[int, Any] = {}


def _engine() -> Any:
    """This thread's OCR engine, made once: one intra-op thread, since a cluster's parallelism
    is its workers' threads (the default, one per core per engine, oversubscribes the CPUs)."""
    import threading

    from ..text import ocr

    key = threading.get_ident()
    if key not in _ENGINES:
        _ENGINES[key] = ocr.engine(threads=1)
    return _ENGINES[key]


# ---------------------------------------------------------------------------------------------
# Client side
# ---------------------------------------------------------------------------------------------


def _prepare(item: SourceItem, done: dict[str, str | None]) -> ShippedItem | None:
    """The item to ship, or None when the client runs it itself: an input that cannot be read
    (nothing to ship), or one ``--resume`` may skip (reading and hashing is all it costs)."""
    from .sources import SourceError, done_key, sha256

    known = [done[k] for k in {item.path, done_key(item.path)} if k in done]
    if any(value is None for value in known):
        return None
    try:
        data = item.read()
    except SourceError:
        return None
    if known and sha256(data) in known:
        return None
    return ShippedItem(item.path, item.size, data)


def outcomes(
    items: list[SourceItem],
    *,
    address: str,
    worker: Callable[[InputItem], OutcomeT],
    failure: Callable[[SourceItem, str, str], OutcomeT],
    init: WorkerInit,
    encoding: str | None = None,
    done: dict[str, str | None] | None = None,
    max_in_flight: int | None = None,
    retries: int = RETRIES,
) -> Iterator[OutcomeT]:
    """Convert ``items`` on the cluster at ``address``; yield outcomes in the order of ``items``.
    ``init``: how the local run sets up a converting process (run on each worker before a file,
    and here before a file the client converts itself).
    ``failure(item, code, message)``: the ``worker`` error outcome of a file Dask could not
    convert, as ``worker`` would give it.

    Closing the generator (Ctrl-C, SIGTERM, ``--fail-fast``) cancels what is in flight."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    done = done or {}
    client = connect(address)
    index_of: dict[Future[OutcomeT], int] = {}  # future → position in items
    try:
        limit = max_in_flight or 2 * _threads(client, address)
        finished = as_completed(loop=client.loop)
        shipped: dict[int, ShippedItem] = {}  # kept until the file's result is back: to resubmit
        tries: dict[int, int] = {}
        lost: dict[int, int] = {}  # results lost with a dead worker, per file: run again up to ``retries`` times
        ready: dict[int, OutcomeT] = {}  # the reorder buffer: finished, not yet yielded
        suspects: deque[int] = deque()  # files whose task died with a worker, to run again
        suspect: int | None = None  # the one suspect in flight: two never share a death
        submitted = yielded = 0

        def submit(i: int, ship: ShippedItem) -> None:
            future = client.submit(run_task, worker, ship, encoding, init, pure=False)
            index_of[future] = i
            finished.add(future)

        while yielded < len(items):
            # refill: the window counts every file submitted and not yet yielded
            while submitted < len(items) and submitted - yielded < limit:
                ship = _prepare(items[submitted], done)
                if ship is None:
                    init(encoding, done, False)
                    ready[submitted] = worker(items[submitted])
                else:
                    shipped[submitted] = ship
                    submit(submitted, ship)
                submitted += 1
            if yielded in ready:
                yield ready.pop(yielded)
                yielded += 1
                continue
            if suspect is None and suspects:
                suspect = suspects.popleft()
                submit(suspect, shipped[suspect])  # a new key: Dask gave up on the old one
            future = next(finished)
            i = index_of.pop(future)
            if i == suspect:
                suspect = None
            if future.status == "finished":
                ready[i] = future.result()
                shipped.pop(i)
                continue
            if future.status == "lost" and lost.get(i, 0) < retries:
                # finished, but its result was held by a worker that died before we read it (the poison of another
                # file killed it): the file is no suspect, its result is gone; run it again, a new key (session 19:
                # the kill-every-worker test met this once on a loaded machine)
                lost[i] = lost.get(i, 0) + 1
                submit(i, shipped[i])
                continue
            if future.status in _FUTURE_GONE:  # cancelled: the scheduler restarted, or went away
                raise ClusterError(
                    f"the Dask scheduler at {address} dropped the work after {yielded} of {len(items)} files ({future.status})"
                )
            exc = future.exception()
            tries[i] = tries.get(i, 0) + 1
            if isinstance(exc, KilledWorker) and tries[i] <= retries:
                suspects.append(i)
                continue
            shipped.pop(i)
            if isinstance(exc, KilledWorker):
                message = f"the Dask workers converting {items[i].path} kept dying (killed, or out of memory?); tried {tries[i]} times"
            else:
                message = f"the cluster failed on {items[i].path}: {type(exc).__name__}: {exc}"
            ready[i] = failure(items[i], codes.WORKER, message)
    finally:
        with contextlib.suppress(Exception):  # a scheduler gone away: nothing left to cancel
            client.cancel(list(index_of))
        client.close()
