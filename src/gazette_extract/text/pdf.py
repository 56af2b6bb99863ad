"""Stage 1 for PDFs: the text layer (pypdfium2), or OCR for scanned pages, as a converter's text.

The result is what a good PDF converter writes, so that the normal pipeline runs on it
unchanged: one paragraph per line, headings marked ``#`` by type size, ruled tables as
tab-separated rows, page furniture gone, and a form feed ``\\f`` starting each new page (as
pdftotext writes it). ``lines`` of every record count ``\\n`` in this text, which
``gazette-extract text FILE`` prints, and a record's ``pages`` are read from the form feeds.

How a page becomes lines, and why:

* pdfium's text rectangles (one per run of text on a line) are the unit: a few calls per line,
  not per character, so reading costs little more than pdfium's own text extraction.
* Ruled tables: the page's stroked path objects give horizontal and vertical rules; a cluster
  of at least two of each is a grid, and the text inside each cell (``get_text_bounded``) is
  one cell of a tab-separated row — the form of the sample's tables. pdfplumber does the same
  on top of pdfminer but reads a page about 4× slower than this whole parse (see the README),
  so it is not used.
* Furniture: a line in the top or bottom 8 % of a page that is a page number in any style
  (``— 3 —``, ``- 3 -``, ``第3页``, ``3``, ``·3·``) or recurs there on other pages with only its
  digits changed (the running head, a footer) is dropped.
* Paragraphs: a line that fills the measure, followed by a line of the same size starting at
  the left margin (not indented), continues it. (Both within a character or two: the ink of
  a bracket or a comma fills half its em, and unjustified lines end short.) Page ends are left to
  :mod:`gazette_extract.text.normalize`, which rejoins paragraphs across page breaks for every
  input.
* Headings: type larger than the body's is a heading, its level set by the size ratio
  (≥1.55 → ``#``, ≥1.3 → ``##``, ≥1.2 → ``###``, ≥1.1 → ``####``); wrapped heading lines are one
  heading.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import field
from typing import TYPE_CHECKING, Any

from .. import codes
from .._fastclass import dataclass
from ..data import to_dict, warning
from ..errors import DecodeError

if TYPE_CHECKING:
    import pypdfium2 as pdfium  # imported when a PDF is read: not for other inputs
from .._pattern_cache import compile_re
from .lines import Line, merge_runs
from .normalize import _join

PDF_MAGIC = b"%PDF-"

# Page numbers as printed at the foot (or head) of a page.
PAGE_NUMBER_RE = compile_re(
    r"(?:[-—–－·•]\s*){0,4}\d{1,4}(?:\s*[-—–－·•]){0,4}"  # 3 ; — 3 — ; - 3 - ; ·3· ; — — — 3 —
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"  # 第3页 ; 第3页 共10页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/10
)
_DIGITS_RE = compile_re(r"\d+")
_PDFIUM_REASON_RE = compile_re(r"PDFium: ([^)]+)")  # Failed to load document (PDFium: Data format error).
FURNITURE_BAND = 0.08  # of the page height, at the top and at the bottom
HEADING_LEVELS = ((1.55, 1), (1.3, 2), (1.2, 3), (1.1, 4))  # size ratio to the body → level
OCR_HEADING_RATIO = 1.3  # OCR sizes err by a tenth: only clearly larger type is a heading there

#: Who OCRs a PDF's scanned pages: None = this process, page after page; else a function
#: ``(pdf bytes, [page numbers]) -> [(lines, confidence)]`` in the same order (a Dask worker
#: sets one that runs a task per page: ``app.cluster.pages_on_cluster``).
PAGE_OCR: ContextVar[Callable[[bytes, list[int]], list[tuple[list[Line], float]]] | None] = ContextVar(
    "PAGE_OCR", default=None
)


@dataclass
class PdfText:
    text: str  # the converter's text: pages separated by form feeds
    pages: int
    warnings: list[dict[str, Any]] = field(default_factory=list)  # {"code", "message", "line": None, "page"}
    ocr_pages: list[int] = field(default_factory=list)


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(PDF_MAGIC)


# ---------------------------------------------------------------------------------------------
# A page's lines → text (shared with OCR)
# ---------------------------------------------------------------------------------------------


def _is_furniture(line: Line, height: float, recurring: set[str], small: float) -> bool:
    in_band = line.bottom < height * FURNITURE_BAND or line.top > height * (1 - FURNITURE_BAND)
    if not in_band or line.row:
        return False
    text = line.text.replace(" ", "").replace("\u3000", "")
    return bool(PAGE_NUMBER_RE.fullmatch(text)) or _DIGITS_RE.sub("#", text) in recurring or line.size < small


def remove_furniture(pages: list[tuple[list[Line], float]]) -> list[list[Line]]:
    """Drop page numbers, the heads and feet that recur (digits aside) on several pages, and
    lines in smaller type than the body's in the top and bottom bands (a running head printed
    on one page only, in a two-page document)."""
    every = [line for lines, _ in pages for line in lines if not line.row]
    small = 0.9 * _mode([line.size for line in every], [len(line.text) for line in every])
    counts: dict[str, int] = {}
    for lines, height in pages:
        seen = set()
        for line in lines:
            if line.bottom < height * FURNITURE_BAND or line.top > height * (1 - FURNITURE_BAND):
                seen.add(_DIGITS_RE.sub("#", line.text.replace(" ", "").replace("\u3000", "")))
        for key in seen:
            counts[key] = counts.get(key, 0) + 1
    need = max(2, int(0.3 * len(pages)))
    recurring = {key for key, n in counts.items() if n >= need}
    return [[line for line in lines if not _is_furniture(line, height, recurring, small)] for lines, height in pages]


def _mode(values: list[float], weights: list[int]) -> float:
    tally: dict[float, int] = {}
    for value, weight in zip(values, weights, strict=False):
        key = round(value * 2) / 2
        tally[key] = tally.get(key, 0) + weight
    return max(tally, key=lambda k: tally[k]) if tally else 0.0


def _level(size: float, body: float, ocr: bool = False) -> int:
    ratio = size / body if body else 1.0
    if ocr and ratio < OCR_HEADING_RATIO:
        return 0
    for threshold, level in HEADING_LEVELS:
        if ratio >= threshold:
            return level
    return 0


def pages_to_text(pages: list[list[Line]]) -> str:
    """Lines of every page → the converter's text (paragraphs joined within a page)."""
    body_lines = [line for lines in pages for line in lines if not line.row]
    body = _mode([line.size for line in body_lines], [len(line.text) for line in body_lines])
    plain = [line for line in body_lines if abs(line.size - body) <= 0.5]
    # The measure: the left margin is where at least two lines start furthest left (most lines
    # of a short text may be indented first lines); the right margin is the third-furthest line
    # end (a stray wide line does not move it; unjustified Chinese lines end within a character).
    lefts = sorted(round(line.left) for line in plain)
    left = next((a for a, b in itertools.pairwise(lefts) if b - a <= 1), lefts[0] if lefts else 0.0)
    rights = sorted(line.right for line in plain)
    right = rights[-3] if len(rights) >= 3 else (rights[-1] if rights else 0.0)
    out_pages = []
    for lines in pages:
        paras: list[tuple[int, str]] = []
        prev: Line | None = None
        for line in lines:
            level = 0 if line.row else _level(line.size, body, line.ocr)
            # OCR sizes err by a point or more: there, body lines join on geometry alone
            same_size = prev is not None and (
                abs(line.size - prev.size) <= 0.5 or (line.ocr and not level and not _level(prev.size, body, True))
            )
            if prev is not None and paras and not line.row and not prev.row and same_size:
                gap = line.top - prev.bottom
                if level and paras[-1][0] == level and gap < 1.0 * line.size:
                    paras[-1] = (level, _join(paras[-1][1], line.text))  # a wrapped heading
                    prev = line
                    continue
                if not level and prev.right >= right - 2 * body and line.left <= left + body and gap < 1.2 * line.size:
                    paras[-1] = (0, _join(paras[-1][1], line.text))  # a wrapped paragraph
                    prev = line
                    continue
            paras.append((level, line.text))
            prev = line
        out_pages.append("\n".join(("#" * level + " " + text) if level else text for level, text in paras))
    return "\f".join(page + "\n" for page in out_pages)


# ---------------------------------------------------------------------------------------------
# The text layer
# ---------------------------------------------------------------------------------------------


def _rules(
    page: pdfium.PdfPage, height: float
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules of a page, top-down coordinates."""
    import pypdfium2.raw as pdfium_c

    horizontal, vertical = [], []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2):
        x0, y0, x1, y1 = obj.get_bounds()
        if y1 - y0 <= 2.5 and x1 - x0 >= 10:
            horizontal.append((height - (y0 + y1) / 2, x0, x1))
        elif x1 - x0 <= 2.5 and y1 - y0 >= 5:
            vertical.append(((x0 + x1) / 2, height - y1, height - y0))
    return horizontal, vertical


def _dedupe(values: list[float], tolerance: float = 1.5) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out


def _tables(page: pdfium.PdfPage, height: float) -> list[tuple[list[float], list[float]]]:
    """Grids of ruled tables on a page: (row boundaries, column boundaries), top-down."""
    horizontal, vertical = _rules(page, height)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    # Clusters of rules whose vertical extents overlap: one table each.
    spans = sorted([(y, y, "h", y) for y, _, _ in horizontal] + [(y0, y1, "v", x) for x, y0, y1 in vertical])
    clusters: list[list[Any]] = []  # [bottom so far, [rule spans]]
    for span in spans:
        if clusters and span[0] <= clusters[-1][0] + 2:
            clusters[-1][0] = max(clusters[-1][0], span[1])
            clusters[-1][1].append(span)
        else:
            clusters.append([span[1], [span]])
    grids = []
    for _, members in clusters:
        ys = _dedupe([m[3] for m in members if m[2] == "h"])
        xs = _dedupe([m[3] for m in members if m[2] == "v"])
        if len(ys) >= 2 and len(xs) >= 2:
            grids.append((ys, xs))
    return grids


def _cell_text(textpage: pdfium.PdfTextPage, x0: float, top: float, x1: float, bottom: float, height: float) -> str:
    raw = textpage.get_text_bounded(left=x0 + 0.5, bottom=height - bottom + 0.5, right=x1 - 0.5, top=height - top - 0.5)
    text = ""
    for part in raw.replace("\r", "\n").split("\n"):
        part = part.strip()
        if part:
            text = _join(text, part) if text else part
    return text.replace("\t", " ").replace("\x02", "-")


def _font_size(textpage: pdfium.PdfTextPage, x: float, y: float) -> float:
    import pypdfium2.raw as pdfium_c

    index = pdfium_c.FPDFText_GetCharIndexAtPos(textpage.raw, x, y, 2.0, 2.0)
    return float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index)) if index >= 0 else 0.0


def page_lines(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, height: float) -> list[Line]:
    """The printed lines of a text-layer page, table rows included, top to bottom."""
    grids = _tables(page, height)
    runs: list[Line] = []
    boxes = [(xs[0], ys[0], xs[-1], ys[-1]) for ys, xs in grids]
    for i in range(textpage.count_rects()):
        x0, y0, x1, y1 = textpage.get_rect(i)
        top, bottom = height - y1, height - y0
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        if any(bx0 <= cx <= bx1 and by0 <= cy <= by1 for bx0, by0, bx1, by1 in boxes):
            continue  # read cell by cell below
        text = (
            textpage.get_text_bounded(left=x0, bottom=y0, right=x1, top=y1)
            .replace("\r", " ")
            .replace("\n", " ")
            .replace("\x02", "-")
        )
        if not text.strip():
            continue
        # the type size of a glyph inside the run (not an edge one); the middle can fall between two
        # glyphs (a gap, a mark of another font), so a few points are tried before the box height
        size = next(
            (s for f in (0.5, 0.3, 0.7, 0.15, 0.85) if (s := _font_size(textpage, x0 + f * (x1 - x0), (y0 + y1) / 2))),
            y1 - y0,
        )
        runs.append(Line(top, bottom, x0, x1, size, text))
    for ys, xs in grids:
        for top, bottom in itertools.pairwise(ys):
            cells = [_cell_text(textpage, a, top, b, bottom, height) for a, b in itertools.pairwise(xs)]
            if any(cells):
                runs.append(Line(top, bottom, xs[0], xs[-1], 0.0, "\t".join(cells), row=True))
    return merge_runs(runs)


def _open(data: bytes) -> pdfium.PdfDocument:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise DecodeError("the PDF is encrypted (it needs a password); save an unprotected copy first") from None
        reason = _PDFIUM_REASON_RE.search(message)
        if reason and reason.group(1) == "Success":
            raise DecodeError("the PDF has no pages") from None  # pdfium refuses an empty page tree
        raise DecodeError(
            f"not a readable PDF (damaged or truncated: {reason.group(1) if reason else message})"
        ) from None
    if len(document) == 0:
        document.close()
        raise DecodeError("the PDF has no pages")
    return document


def _has_images(page: pdfium.PdfPage) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


def read_pdf(data: bytes, *, ocr: bool | None = None) -> PdfText:
    """The converter's text of a PDF. ``ocr``: None = OCR pages without text when the ``[ocr]``
    extra is installed; False = never (such pages give the warning ``ocr-needed``).

    Raises DecodeError for an encrypted, damaged or empty PDF, and OcrNeededError when no page
    has text and OCR is not available.
    """
    from ..errors import OcrNeededError
    from . import ocr as ocr_module

    document = _open(data)
    warnings: list[dict[str, Any]] = []
    ocr_pages: list[int] = []
    pages: list[tuple[list[Line], float]] = []
    try:
        for number in range(1, len(document) + 1):
            page = document[number - 1]
            height = page.get_height()
            textpage = page.get_textpage()
            try:
                lines = page_lines(page, textpage, height) if textpage.count_chars() else []
            finally:
                textpage.close()
            if not lines and _has_images(page):
                if ocr is False or not ocr_module.available():
                    warnings.append(
                        _page_warning(
                            codes.OCR_NEEDED,
                            f"page {number} is a scanned image without text; {ocr_module.INSTALL_HINT}",
                            number,
                        )
                    )
                else:
                    ocr_pages.append(number)  # read below, all together
            pages.append((lines, height))
            page.close()
        count = len(document)
        for number, (lines, confidence) in zip(ocr_pages, ocr_scanned_pages(data, document, ocr_pages), strict=False):
            pages[number - 1] = (lines, pages[number - 1][1])
            if lines and confidence < ocr_module.LOW_CONFIDENCE:
                warnings.append(
                    _page_warning(
                        codes.OCR_LOW_CONFIDENCE,
                        f"OCR of page {number} is uncertain (mean confidence {confidence:.2f}); check its values",
                        number,
                    )
                )
    finally:
        document.close()
    if not any(lines for lines, _ in pages) and any(w["code"] == codes.OCR_NEEDED for w in warnings):
        raise OcrNeededError(f"the PDF is scanned images without a text layer; {ocr_module.INSTALL_HINT}")
    text = pages_to_text(remove_furniture(pages))
    if ocr_pages:
        text = ocr_module.repair(text)
    return PdfText(text, count, warnings, ocr_pages)


def ocr_scanned_pages(data: bytes, document: pdfium.PdfDocument, numbers: list[int]) -> list[tuple[list[Line], float]]:
    """The lines and mean confidence of pages ``numbers`` (1-based) of ``document`` (opened
    from ``data``), by :data:`PAGE_OCR` when set, else here one page after another."""
    if not numbers:
        return []
    if (many := PAGE_OCR.get()) is not None:
        return many(data, numbers)
    from . import ocr as ocr_module

    engine = ocr_module.engine()
    results = []
    for number in numbers:
        page = document[number - 1]
        try:
            results.append(ocr_module.ocr_page(page, engine))
        finally:
            page.close()
    return results


def _page_warning(code: str, message: str, page: int) -> dict[str, Any]:
    return to_dict(warning(code, message, None, page=page))


def line_pages(text: str) -> list[int]:
    """The 1-based page of every line of ``text`` (a form feed starts a new page)."""
    pages, page = [], 1
    for line in text.split("\n"):
        page += line.count("\f")
        pages.append(page)
    return pages
