"""dates21: adversarial 10x-input timing for the round's new and changed patterns and paths.

Long runs of the characters each pattern repeats, near-matches on one line, and n lines through the pipeline.
Ratio near 10 = linear; near 1 = bounded (fails fast, or a length gate); near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_dates21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.grammars import dates as DT
from gazette_extract.layout import blocks as B
from gazette_extract.layout import fields as F
from gazette_extract.layout import recognize as R
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import Para

KB = 1000  # characters per unit of n in the one-line cases: n = 100 gives a 100 KB line
_ROWS: dict[int, list[Para]] = {}


def _table_rows(count: int) -> list[Para]:
    """``count`` marked rows (某某县财政局 | 2019年6月1日 …), built once per size (best of 3 times the reader only)."""
    if count not in _ROWS:
        _ROWS[count] = [Para(f"某某县财政局 | 2019年6月{k % 28 + 1}日", k, k) for k in range(count)]
    return _ROWS[count]


cases: dict[str, Callable[[int], object]] = {
    # one mark between a signature and its date (blocks)
    "_SIGNATURE_DATE_MARK_RE, blanks, no mark": lambda n: B._SIGNATURE_DATE_MARK_RE.search(" " * (KB * n) + "x"),
    "_SIGNATURE_DATE_MARK_RE, marks, no date": lambda n: B._SIGNATURE_DATE_MARK_RE.search(" /" * (KB * n)),
    "_SIGNATURE_DATE_MARK_RE, mark + blanks run": lambda n: B._SIGNATURE_DATE_MARK_RE.search(
        ("/" + " " * 50) * (KB // 50 * n)
    ),
    "_marked_signature_date, 100n KB line (gated)": lambda n: B._marked_signature_date(
        "某某县人民政府 / " * (KB * n) + "2019年3月5日"
    ),
    "_marked_neighbours, 1000n paragraphs": lambda n: B._marked_neighbours(_table_rows(1000 * n)),
    # the weekday after a line's date (grammars.dates)
    "without_weekday, 100n KB line (gated)": lambda n: DT.without_weekday("2019年3月5日 " * (KB * n) + "星期二"),
    "_LINE_END_DATE_RE, run of 2019年": lambda n: DT._LINE_END_DATE_RE.search("2019年" * (KB * n) + "x"),
    # the date after a closing sentence (fields)
    "_CLOSING_THEN_DATE_RE, closings run": lambda n: F._CLOSING_THEN_DATE_RE.search("特此通知。" * (KB // 5 * n) + "x"),
    "_CLOSING_THEN_DATE_RE, closing + blanks": lambda n: F._CLOSING_THEN_DATE_RE.search(
        "特此通知。" + " " * (KB * n) + "x"
    ),
    "_DATE_THEN_SIGNER_RE, date + marks run": lambda n: F._DATE_THEN_SIGNER_RE.match("2019年3月5日" + " /" * (KB * n)),
    # the adoption note in square brackets (recognize)
    "ADOPTED_RE, run of 【": lambda n: R.ADOPTED_RE.match("【" * (KB * n) + "会议通过】"),
    "ADOPTED_RE, [ + run of 会议": lambda n: R.ADOPTED_RE.match("[" + "会议" * (KB // 2 * n) + "通过]"),
    "ADOPTED_RE, ［ + 通过 run": lambda n: R.ADOPTED_RE.match("［会议" + "通过" * (KB // 2 * n)),
    # the paths, through the pipeline
    "pipeline: 10n marked signature lines": lambda n: extract_str(
        "某某县人民政府关于做好工作的通知\n\n" + "某某县人民政府 / 2019年3月5日（星期二）\n\n" * (10 * n)
    ),
    "pipeline: 10n closings with run-on dates": lambda n: extract_str(
        "某某县人民政府关于做好工作的通知\n\n" + "现将有关事项通知如下。请认真贯彻执行。2019年3月5日\n\n" * (10 * n)
    ),
    "pipeline: 10n square-bracket adoption notes": lambda n: extract_str(
        "某某省森林防火条例\n\n"
        + "【2019年3月5日某某省人民代表大会常务委员会第九次会议通过】\n\n第一条 为了制定本条例。\n\n" * (10 * n)
    ),
}
if __name__ == "__main__":
    report(cases, 10, repeats=3, width=46)
