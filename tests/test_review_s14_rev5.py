"""Session 14 review (part 1: layout, text, grammars, pipeline): bugs found in the merged change, each row
failing before its fix.

1. ``grammars.docnumber._number_matches`` (throughput round 10: DOC_NUMBER's search started after the last
   barrier before the next 号) looked for the next 号 *and* the next 號 from the last match at every match.
   A text that prints only one of the two (nearly all: 號 is Taiwan's and Hong Kong's) had the other looked
   for to the end of the text once per number: quadratic in a long run of numbers (a bulletin's index, a
   citation list). 160,000 numbers in one paragraph took 3.8 s in the scan alone (×3.5 a doubling; 14 s
   through ``extract_str``); 640,000 over a minute. Each mark's next place is now kept until passed.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest

from gazette_extract.grammars.docnumber import DOC_NUMBER, _from_match, _number_matches, scan_doc_numbers

BOUND = 20  # seconds; each case below took over a minute before its fix, under 2 s after


@contextmanager
def finishes_within(seconds: int = BOUND):
    def alarm(signum, frame):  # pragma: no cover - only when the quadratic scan is back
        raise TimeoutError(f"still running after {seconds} s: quadratic again?")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# A run of numbers in one script's mark only, the other mark never printed (each took over a minute before)
@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("京政发〔2020〕1号，", id="simplified-comma"),
        pytest.param("京政发[2020]1号\n", id="simplified-lines"),
        pytest.param("府令第12號、", id="traditional"),
    ],
)
def test_many_numbers_scanned_in_linear_time(unit: str) -> None:
    text = unit * 640_000
    with finishes_within():
        found = sum(1 for _ in _number_matches(text))
    assert found == 640_000


@pytest.mark.parametrize(
    "text",
    [
        # both marks, one script's numbers among the other's: each mark's next place is found again once passed
        "依据京政发〔2020〕1号和府令第12號，又依京政发〔2021〕3号。" * 50,
        "府令第12號、京政发〔2020〕1号、府令第13號；京政发〔2020〕2号\n" * 50,
        # marks in prose, not numbers (negatives): barriers before each, and a number at the very end
        "第一号文件，号召大家。號外、號角；" * 50 + "京政发〔2020〕1号",
        "号" * 200 + "號" * 200,
        "京政发〔2020〕1号",
        "",
        "没有文号的一段话。",
    ],
)
def test_number_scan_agrees_with_finditer(text: str) -> None:
    """The gated scan yields exactly DOC_NUMBER.finditer's matches (spans), in both scripts."""
    assert [m.span() for m in _number_matches(text)] == [m.span() for m in DOC_NUMBER.finditer(text)]
    assert list(scan_doc_numbers(text)) == [
        found for m in DOC_NUMBER.finditer(text) if (found := _from_match(text, m)) is not None
    ]
