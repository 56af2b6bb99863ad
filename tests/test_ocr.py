"""Scanned PDFs (pictures only) read by OCR give the numbers, titles, dates and roster members of
their text. Slow: OCR takes seconds per page, so a few short samples, each read once a session."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from gazette_extract.pipeline import extract

sys.path.insert(0, str(Path(__file__).parent))
import pdfmaker

# Never skipped: without the OCR engine (the test extra has it) or the font (tools/system-deps.sh
# installs it) these tests fail and say what is missing.
pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="session", autouse=True)
def _ocr_prerequisites() -> None:
    import importlib.util

    if importlib.util.find_spec("rapidocr_onnxruntime") is None:
        pytest.fail("rapidocr-onnxruntime is missing: pip install -e '.[test]'")
    if not pdfmaker.have_scan_font():
        pytest.fail("the scan font is missing: bash tools/system-deps.sh (apt-get install fonts-wqy-zenhei)")


ROOT = Path(__file__).resolve().parent.parent
# Short samples (one or two pages each): numbers, titles, dates, and two rosters.
OCR_SAMPLES = ["more/gwy-45.txt", "more/gwy-46.txt", "more/gwy-38.txt", "web/dongguan-2003-roster-name-post.txt"]


@pytest.fixture(scope="session")
def scans() -> dict[str, tuple[dict, dict]]:
    """sample → (result of its text, result of its scan), each scan OCR-ed once."""
    out = {}
    for name in OCR_SAMPLES:
        sample = ROOT / "samples" / name
        text = sample.read_text(encoding="utf-8-sig")
        out[name] = (extract(sample.read_bytes(), path=name), extract(pdfmaker.scanned_pdf(text), path=name + ".pdf"))
    return out


def _accuracy(pairs: list[tuple[object, object]]) -> float:
    return sum(a == b for a, b in pairs) / len(pairs)


def _f1(expected: Counter, found: Counter) -> float:
    hits = sum((expected & found).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(found.values()), hits / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def _pairs(scans, value) -> list[tuple[object, object]]:
    pairs = []
    for from_text, from_scan in scans.values():
        found = from_scan["documents"] + [None] * len(from_text["documents"])
        pairs += [(value(a), value(b) if b else None) for a, b in zip(from_text["documents"], found, strict=False)]
    return pairs


def test_scan_gives_the_numbers_titles_and_dates_of_its_text(scans) -> None:
    numbers = _accuracy(_pairs(scans, lambda d: (d.get("doc_number") or {}).get("text")))
    titles = _accuracy(_pairs(scans, lambda d: d["title"].replace(" ", "")))
    dates = _accuracy(_pairs(scans, lambda d: d["date"]))
    print(f"OCR: numbers {numbers:.2f}, titles {titles:.2f}, dates {dates:.2f}")
    assert numbers >= 0.9 and titles >= 0.75 and dates >= 0.9


def test_scan_gives_the_roster_members_of_its_text(scans) -> None:
    expected, found = Counter(), Counter()
    for from_text, from_scan in scans.values():
        expected.update((m["role"], m["person"].replace(" ", "")) for d in from_text["documents"] for m in d["members"])
        found.update((m["role"], m["person"].replace(" ", "")) for d in from_scan["documents"] for m in d["members"])
    assert sum(expected.values()) >= 15
    f1 = _f1(expected, found)
    print(f"OCR: roster members F1 {f1:.2f} over {sum(expected.values())} members")
    assert f1 >= 0.8


def test_records_from_a_scan_carry_pages_and_the_source_says_ocr(scans) -> None:
    for _, from_scan in scans.values():
        assert from_scan["source"]["encoding"] == "pdf+ocr"
        for doc in from_scan["documents"]:
            assert 1 <= doc["pages"]["start"] <= doc["pages"]["end"] <= from_scan["source"]["pages"]
            for member in doc["members"]:
                assert 1 <= member["pages"]["start"] <= from_scan["source"]["pages"]
        assert not [w for w in from_scan["warnings"] if w["code"].startswith("ocr-")]  # clean print: confident
