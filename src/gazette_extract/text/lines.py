"""A page's printed lines, the unit both PDF readers give: the text layer (:mod:`.pdf`) and OCR
(:mod:`.ocr`) turn runs of text into :class:`Line` objects, and :func:`merge_runs` joins runs
on one baseline into lines. Kept apart so that neither reader imports the other for them.
"""

from __future__ import annotations

from .._fastclass import dataclass


@dataclass(slots=True)
class Line:
    """One printed line (or table row) of a page; coordinates top-down, in points."""

    top: float
    bottom: float
    left: float
    right: float
    size: float
    text: str
    row: bool = False  # a table row: cells separated by tabs
    ocr: bool = False  # read by OCR: its size is an estimate (see ocr.type_size)


def merge_runs(runs: list[Line]) -> list[Line]:
    """Runs on the same baseline (vertical centres within half a line) → one line, left to right."""
    lines: list[Line] = []
    pieces: list[list[tuple[float, str]]] = []  # each line's runs as (left, text), ordered below
    for run in sorted(runs, key=lambda r: (r.top + r.bottom) / 2):
        middle = (run.top + run.bottom) / 2
        if (
            lines
            and not run.row
            and not lines[-1].row
            and abs((lines[-1].top + lines[-1].bottom) / 2 - middle) < 0.5 * max(run.size, lines[-1].size)
        ):
            pieces[-1].append((run.left, run.text))  # a list, joined once: a line of many runs stays linear
            lines[-1].top = min(lines[-1].top, run.top)
            lines[-1].bottom = max(lines[-1].bottom, run.bottom)
            lines[-1].left = min(lines[-1].left, run.left)
            lines[-1].right = max(lines[-1].right, run.right)
            lines[-1].size = max(lines[-1].size, run.size)
            continue
        lines.append(Line(run.top, run.bottom, run.left, run.right, run.size, run.text, run.row, run.ocr))
        pieces.append([(run.left, run.text)])
    for line, parts in zip(lines, pieces, strict=True):
        parts.sort(key=lambda p: p[0])
        line.text = (
            " ".join(text.strip() for _, text in parts if text.strip()) if len(parts) > 1 else parts[0][1].strip(" ")
        )
    return [line for line in lines if line.text.strip()]
