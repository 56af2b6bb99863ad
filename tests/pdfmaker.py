"""Print a bundled gazette text as a PDF, the way a gazette office would: test data only.

A4 pages, a running head on every page but the first, a page number at the foot in one of the
styles gazettes use, paragraphs indented two characters and wrapped at the page width (and
broken across pages), headings in larger type (``#`` → 20 pt … body 12 pt), and every run of
table rows (tab-separated or ``| a | b |``) drawn as a ruled table whose cells wrap.

``text_layer_pdf`` writes a real text layer with reportlab's built-in CID font STSong-Light;
``scanned_pdf`` draws the same pages with an embedded TrueType font (wqy-zenhei), renders them
to pictures and writes a PDF of pictures only — a scan, with no text layer.
"""

from __future__ import annotations

import io
import os
import re

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 80.0, 80.0
BODY = 12.0
LEADING = 1.6
HEADING_SIZES = {1: 20.0, 2: 17.0, 3: 15.0, 4: 14.0, 5: 14.0, 6: 14.0}
RUNNING_HEAD = "北京市人民政府公报　2024年第3期"
PAGE_NUMBER_STYLES = {
    "dash": "— {n} —",
    "hyphen": "- {n} -",
    "di-ye": "第{n}页",
    "bare": "{n}",
}
WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

_HEADING_RE = re.compile(r"^(#{1,6})\s+")
_RULE_RE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_PIPE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{2,}")
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9.%]+|.", re.S)


def _items(text: str) -> list[tuple[str, object]]:
    """("heading", (level, text)) | ("para", text) | ("table", rows)."""
    items: list[tuple[str, object]] = []
    table: list[list[str]] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.replace("\f", "").strip()
        if "\t" in raw.strip(" ") or line.startswith("|"):
            if line.startswith("|"):
                if _PIPE_SEPARATOR_RE.match(line.replace(" ", "")) or set(line) <= set("|-: "):
                    continue
                cells = [c.strip() for c in line.strip("|").split("|")]
            else:
                cells = [c.strip() for c in raw.rstrip("\n").split("\t")]
            table.append([c.replace("**", "") for c in cells])
            continue
        if table:
            items.append(("table", table))
            table = []
        if not line or _RULE_RE.match(line):
            continue
        line = line.replace("**", "")
        m = _HEADING_RE.match(line)
        if m:
            body = line[m.end() :].strip()
            if body:
                items.append(("heading", (len(m.group(1)), body)))
        elif line:
            items.append(("para", line))
    if table:
        items.append(("table", table))
    return items


class _Printer:
    def __init__(self, canvas, font: str, footer: str, head: bool) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.c = canvas
        self.font = font
        self.width = stringWidth
        self.footer = footer
        self.head = head
        self.page = 1
        self.y = PAGE_H - TOP

    def w(self, text: str, size: float) -> float:
        return self.width(text, self.font, size)

    def wrap(self, text: str, size: float, first: float, rest: float) -> list[str]:
        """Lines of ``text`` at most ``first`` (then ``rest``) points wide; Latin words and
        numbers are not split."""
        lines, current, limit = [], "", first
        for token in _ASCII_WORD_RE.findall(text):
            if current and self.w(current + token, size) > limit:
                lines.append(current)
                current, limit = token.lstrip(" "), rest
            else:
                current += token
        if current or not lines:
            lines.append(current)
        return lines

    def finish_page(self) -> None:
        c = self.c
        if self.head and self.page > 1:
            c.setFont(self.font, 9)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 45, RUNNING_HEAD)
            c.setLineWidth(0.5)
            c.line(LEFT, PAGE_H - 52, PAGE_W - RIGHT, PAGE_H - 52)
        c.setFont(self.font, 10)
        c.drawCentredString(PAGE_W / 2, 40, self.footer.format(n=self.page))
        c.showPage()
        self.page += 1
        self.y = PAGE_H - TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.finish_page()

    def heading(self, level: int, text: str) -> None:
        size = HEADING_SIZES[level]
        width = PAGE_W - LEFT - RIGHT
        lines = self.wrap(text, size, width, width)
        self.y -= size * 0.5
        for line in lines:
            self.need(size * LEADING)
            self.y -= size * LEADING
            self.c.setFont(self.font, size)
            if level == 1:
                self.c.drawCentredString(PAGE_W / 2, self.y, line)
            else:
                self.c.drawString(LEFT, self.y, line)
        self.y -= size * 0.5

    def para(self, text: str) -> None:
        width = PAGE_W - LEFT - RIGHT
        indent = 2 * BODY
        for i, line in enumerate(self.wrap(text, BODY, width - indent, width)):
            self.need(BODY * LEADING)
            self.y -= BODY * LEADING
            self.c.setFont(self.font, BODY)
            self.c.drawString(LEFT + (indent if i == 0 else 0), self.y, line)

    def table(self, rows: list[list[str]]) -> None:
        size = 10.0
        ncols = max(len(r) for r in rows)
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        width = PAGE_W - LEFT - RIGHT
        # column widths by the longest cell (capped), at least four characters
        want = [max(4 * size, min(16 * size, max(self.w(r[j], size) for r in rows) + 6)) for j in range(ncols)]
        scale = width / sum(want)
        cols = [w * scale for w in want]
        xs = [LEFT]
        for w in cols:
            xs.append(xs[-1] + w)
        pad, leading = 3.0, size * 1.35
        self.y -= 4
        top = self.y
        self.c.setLineWidth(0.6)

        def close(bottom: float) -> None:
            for x in xs:
                self.c.line(x, top, x, bottom)

        self.c.line(LEFT, top, xs[-1], top)
        for row in rows:
            cells = [
                self.wrap(cell, size, cols[j] - 2 * pad, cols[j] - 2 * pad) if cell else []
                for j, cell in enumerate(row)
            ]
            height = max(1, max(len(c) for c in cells)) * leading + 2 * pad
            if self.y - height < BOTTOM:
                close(self.y)
                self.finish_page()
                top = self.y
                self.c.setLineWidth(0.6)
                self.c.line(LEFT, top, xs[-1], top)
            self.c.setFont(self.font, size)
            for j, lines in enumerate(cells):
                for k, line in enumerate(lines):
                    self.c.drawString(xs[j] + pad, self.y - pad - (k + 1) * leading + 2, line)
            self.y -= height
            self.c.line(LEFT, self.y, xs[-1], self.y)
        close(self.y)
        self.y -= 4


def _print(text: str, font: str, footer: str, head: bool) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    printer = _Printer(canvas, font, footer, head)
    for kind, value in _items(text):
        if kind == "heading":
            printer.heading(*value)  # type: ignore[misc]
        elif kind == "para":
            printer.para(value)  # type: ignore[arg-type]
        else:
            printer.table(value)  # type: ignore[arg-type]
    printer.finish_page()
    canvas.save()
    return buffer.getvalue()


def text_layer_pdf(text: str, *, page_numbers: str = "dash", running_head: bool = True) -> bytes:
    """A PDF with a real text layer (STSong-Light, a CID font every PDF reader knows)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return _print(text, "STSong-Light", PAGE_NUMBER_STYLES[page_numbers], running_head)


def scanned_pdf(text: str, *, page_numbers: str = "dash", dpi: int = 150) -> bytes:
    """The same pages as pictures only: printed with wqy-zenhei, rendered, saved as images."""
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    printed = _print(text, "WQY", PAGE_NUMBER_STYLES[page_numbers], True)
    document = pdfium.PdfDocument(printed)
    images = [document[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(document))]
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def have_scan_font() -> bool:
    return os.path.exists(WQY)
