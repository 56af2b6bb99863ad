"""Figures for reading PDFs: parse time of a 200-page text-layer PDF against bare pypdfium2 text
extraction of the same file (target: at most 2.5×), pdfplumber's page reading for comparison,
and OCR seconds per scanned page.

    python benchmarks/pdf_bench.py                  # everything
    python benchmarks/pdf_bench.py --only text      # text: the text layer; ocr: scanned pages

Needs the test extra (reportlab prints the PDF from the bundled samples); the OCR part needs the
``[ocr]`` extra and the wqy-zenhei font, and pdfplumber is measured only when installed. Prints
figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import pdfmaker  # noqa: E402

from gazette_extract.pipeline import extract  # noqa: E402

PAGES = 200


def _best(run, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def two_hundred_pages() -> bytes:
    sample = (ROOT / "samples" / "pinggu-2021-01.txt").read_text(encoding="utf-8")
    text = sample
    while True:
        pdf = pdfmaker.text_layer_pdf(text)
        import pypdfium2 as pdfium

        count = len(pdfium.PdfDocument(pdf))
        if count >= PAGES:
            return pdf
        text += "\n" + sample


def bare_pypdfium2(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    chars = 0
    for page in document:
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return chars


def pdfplumber_pages(pdf: bytes, pages: int) -> None:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages[:pages]:
            page.extract_text()
            page.extract_tables()


def text_layer() -> None:
    pdf = two_hundred_pages()
    import pypdfium2 as pdfium

    count = len(pdfium.PdfDocument(pdf))
    bare = _best(lambda: bare_pypdfium2(pdf))
    parse = _best(lambda: extract(pdf, path="bench.pdf"))
    result = extract(pdf, path="bench.pdf")
    tasks = sum(len(d["tasks"]) for d in result["documents"])
    print(f"text layer: {count} pages, {len(pdf) / 1e6:.1f} MB, {len(result['documents'])} documents, {tasks} tasks")
    print(f"  bare pypdfium2 text extraction : {bare:.2f} s ({bare / count * 1000:.1f} ms/page)")
    print(f"  parse (extraction + pipeline)  : {parse:.2f} s ({parse / count * 1000:.1f} ms/page)")
    print(f"  ratio                          : {parse / bare:.2f}x (target <= 2.5x)")
    if importlib.util.find_spec("pdfplumber"):
        sample_pages = 20
        plumber = _best(lambda: pdfplumber_pages(pdf, sample_pages), rounds=1)
        print(
            f"  pdfplumber text + tables       : {plumber / sample_pages * 1000:.0f} ms/page (first {sample_pages} pages)"
        )


def ocr_pages() -> None:
    from gazette_extract.text import ocr

    if not ocr.available() or not pdfmaker.have_scan_font():
        print("ocr: skipped (needs pip install '.[ocr]' and fonts-wqy-zenhei)")
        return
    sample = (ROOT / "samples" / "more" / "gwy-46.txt").read_text(encoding="utf-8")
    scan = pdfmaker.scanned_pdf(sample)
    started = time.perf_counter()
    result = extract(scan, path="scan.pdf")
    seconds = time.perf_counter() - started
    pages = result["source"]["pages"]
    print(
        f"ocr: {pages} scanned pages in {seconds:.1f} s: {seconds / pages:.1f} s/page (DPI {ocr.DPI}, models loaded once)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="text,ocr", help="comma-separated parts: text, ocr")
    parts = set(parser.parse_args().only.split(","))
    print(f"python {sys.version.split()[0]}; best of 3 runs for the text layer")
    if "text" in parts:
        text_layer()
    if "ocr" in parts:
        ocr_pages()


if __name__ == "__main__":
    main()
