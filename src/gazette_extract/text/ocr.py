"""Scanned PDF pages → lines, by OCR with rapidocr-onnxruntime (the optional extra ``[ocr]``).

rapidocr carries its Chinese detection and recognition models inside its wheel, so OCR runs
offline. A page is rendered at :data:`DPI`, each detected text box becomes a run, and the runs
go through the same layout as a text layer (:mod:`gazette_extract.text.pdf`): lines, furniture,
paragraphs, headings. Boxes far apart on one line are cells of a table row (tab-separated).

OCR confusions that matter for extraction are repaired where they are unambiguous
(:func:`repair`); a page whose mean recognition confidence is below :data:`LOW_CONFIDENCE`
gives the warning ``ocr-low-confidence`` with its page number.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._pattern_cache import compile_re
from ..vocab.common import CJK

if TYPE_CHECKING:  # imported when a scanned page is read
    import pypdfium2 as pdfium
    from rapidocr_onnxruntime import RapidOCR

    from .lines import Line

Box = Sequence[Sequence[float]]  # a box's corners, clockwise from the top left: [[x, y], …]

INSTALL_HINT = "install OCR with: pip install 'gazette-extract[ocr]'"
DPI = 200
LOW_CONFIDENCE = 0.8
SPACE_GAP = 0.6  # a gap of this many characters inside a box is a space (吉　林)
CELL_GAP = 2.5  # a gap of this many character heights between boxes on a line separates cells

# 〔2019】4号, [2019〕, （2019] …: a year in mismatched brackets right before a serial and 号.
MIXED_BRACKETS_RE = compile_re(
    rf"(?<=[{CJK}])\s*[〔\[［(（【{{｛]\s*((?:19|20)\d\d)\s*[〕\]］)）】}}｝]\s*(?=第?\d{{1,4}}\s*号)"
)
# 1一3月, 2021年1一6月: the character 一 (one) read for a dash between two numbers
DASH_AS_ONE_RE = compile_re(r"(?<=\d)[一―](?=\d)")


def available() -> bool:
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


def engine(threads: int | None = None) -> RapidOCR:
    """A RapidOCR engine; ``threads``: onnxruntime's threads per model (None: one per core)."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR() if threads is None else RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=threads)


def repair(text: str) -> str:
    """Unambiguous OCR confusions: brackets of a document number's year; 一 for - in ranges."""
    text = MIXED_BRACKETS_RE.sub(lambda m: f"〔{m.group(1)}〕", text)
    return DASH_AS_ONE_RE.sub("-", text)


def type_size(text: str, width: float, height: float) -> float:
    """The type size of a box: the smaller of its width per character (a Chinese character is
    one em wide, Latin letters and digits about half) and 0.9 of its height. Each alone errs
    upwards: letter-spaced words (主　任) widen a box, brackets and descenders heighten it."""
    text = text.strip()
    ems = sum(0.55 if ch.isascii() else 1.0 for ch in text)
    by_height = height * 0.9
    if ems >= 2 and sum(not ch.isascii() for ch in text) >= 2:
        return round(min(width / ems, by_height), 1)
    return round(by_height, 1)


def spaced(word_boxes: Sequence[Box], words: list[str], height: float) -> str:
    """A box's text with a space wherever two characters stand apart by more than
    :data:`SPACE_GAP` of a character (the box's height less its margin): the recognizer reads
    吉　林　　北京市副市长 as 吉林北京市副市长, and a roster needs the gap between name and post."""
    em = 0.85 * height
    out = [words[0]]
    for previous, box, word in zip(word_boxes, word_boxes[1:], words[1:], strict=False):
        if box[0][0] - previous[1][0] > SPACE_GAP * em:
            out.append(" ")
        out.append(word)
    return "".join(out)


def ocr_page(page: pdfium.PdfPage, ocr_engine: RapidOCR) -> tuple[list[Line], float]:
    """The lines of a scanned page and the mean confidence of its boxes (1.0 when none)."""
    import numpy

    from .lines import Line, merge_runs

    scale = DPI / 72
    image = numpy.asarray(page.render(scale=scale, grayscale=False).to_pil().convert("RGB"))
    # pages are upright: no angle classifier; word boxes show the gaps the recognizer drops
    result, _ = ocr_engine(image, use_cls=False, return_word_box=True)
    runs: list[Line] = []
    scores: list[float] = []
    for item in result or []:
        box, text, score = item[0], item[1], item[2]
        if len(item) >= 5 and item[3] and len(item[3]) == len(item[4]):
            text = spaced(item[3], item[4], box[2][1] - box[0][1]) or text
        xs = [p[0] / scale for p in box]
        ys = [p[1] / scale for p in box]
        top, bottom = min(ys), max(ys)
        runs.append(
            Line(top, bottom, min(xs), max(xs), type_size(text, max(xs) - min(xs), bottom - top), text, ocr=True)
        )
        scores.append(float(score))
    lines = _cells(merge_runs(runs), runs)
    return lines, (sum(scores) / len(scores) if scores else 1.0)


def _cells(lines: list[Line], runs: list[Line]) -> list[Line]:
    """A line whose boxes stand far apart is a table row: its boxes become tab-separated cells."""
    from .lines import Line

    out = []
    by_middle = sorted(runs, key=lambda r: (r.top + r.bottom) / 2)
    i = 0
    for line in lines:
        members = []
        while i < len(by_middle) and (by_middle[i].top + by_middle[i].bottom) / 2 <= line.bottom + 0.01:
            if by_middle[i].text.strip():
                members.append(by_middle[i])
            i += 1
        members.sort(key=lambda r: r.left)
        gaps = [b.left - a.right for a, b in itertools.pairwise(members)]
        if members and gaps and max(gaps) > CELL_GAP * line.size:
            cells, current = [], members[0].text.strip()
            for gap, run in zip(gaps, members[1:], strict=False):
                if gap > CELL_GAP * line.size:
                    cells.append(current)
                    current = run.text.strip()
                else:
                    current += " " + run.text.strip()
            cells.append(current)
            out.append(
                Line(line.top, line.bottom, line.left, line.right, line.size, "\t".join(cells), row=True, ocr=True)
            )
        else:
            out.append(line)
    return out
