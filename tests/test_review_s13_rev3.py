"""Session 13 review (part 1: layout, text, grammars): the patterns the review made linear.

Four date patterns the session wrote or widened put two blank runs side by side with only an optional mark
between them (``\\s*[:：]?\\s*`` after a forum's 发表于, ``[ \\t]*年?[ \\t]*`` in a lost-marks date line,
``[ \\t]*日?\\s*$`` and ``\\s*[。.]?\\s*$`` at a date line's end): on a long run of blanks that then fails, the
engine tries every split of the run between them, quadratic in its length (10,000 blanks took 0.3-0.5 s, ×4 a
doubling). Their callers bound the line first (a publish line is 100 characters at most, a date block is short),
so no text reached it; each run is now written once, so the pattern is linear on its own. Six timing rows
failed before (the two with the colon or the 年 printed, where the split was fixed already, guard those
branches); the rows after them keep every form the patterns read, and the forms they refuse.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.grammars.dates import (
    _DATE_LINE_RE,
    LOST_MARKS_DATE_RE,
    is_date_line,
    keyed_date,
    lost_marks_date,
)
from gazette_extract.layout.fields import LOST_MARKS_LINE_RE
from gazette_extract.text.newshead import _KEYED_RE, publish_date

BOUND = 10  # seconds; each case took over 40 s before (100,000 blanks), a few milliseconds after
HOSTILE = 100_000


BLANKS = " " * HOSTILE
CASES: list[tuple[str, Callable[[str], object], str]] = [
    ("posted-key-blanks", _KEYED_RE.search, "发表于" + BLANKS + "x"),
    ("posted-key-colon-blanks", _KEYED_RE.search, "发表于：" + BLANKS + "x"),
    ("lost-marks-line-blanks", LOST_MARKS_LINE_RE.match, "2019" + BLANKS + "x"),
    ("lost-marks-line-year-blanks", LOST_MARKS_LINE_RE.match, "2019年0101" + BLANKS + "x"),
    ("lost-marks-date-blanks", LOST_MARKS_DATE_RE.match, "2019年0101" + BLANKS + "x"),
    ("lost-marks-date-ideographic", LOST_MARKS_DATE_RE.match, "2018516" + "\u3000" * HOSTILE + "x"),
    ("date-line-blanks", _DATE_LINE_RE.match, "2019年1月1日" + BLANKS + "x"),
    ("date-line-stop-blanks", _DATE_LINE_RE.match, "2019年1月1日" + BLANKS + "。" + BLANKS + "x"),
]


@pytest.mark.parametrize(("scan", "text"), [pytest.param(f, t, id=name) for name, f, t in CASES])
def test_blank_runs_scan_linearly(scan, text):
    with finishes_within(BOUND):
        assert scan(text) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("发表于: 1982-12-11", "1982-12-11"),
        ("发表于：1982-12-11", "1982-12-11"),
        ("发表于 2019-5-27 09:36", "2019-05-27"),
        ("发表于  ：  2019-5-27 09:36", "2019-05-27"),
        ("发布于 2021-03-05", "2021-03-05"),
        ("只看楼主 倒序阅读0发表于： 1982-12-11", "1982-12-11"),
        ("【发布时间：2021-03-05】", "2021-03-05"),
        ("发帖时间：2021-03-05 10:00", "2021-03-05"),
        ("发表于", None),
        ("发表于：某某县", None),
        ("第3日期：2021-03-05", None),
    ],
)
def test_posted_keys_read_as_before(line, iso):
    assert publish_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("202136", "2021-03-06"),
        ("2018516日", "2018-05-16"),
        ("2018516 日", "2018-05-16"),
        ("2018516\u3000日 ", "2018-05-16"),
        ("2016年1013日", "2016-10-13"),
        ("2016 年 1013 日", "2016-10-13"),
        ("2016年0913日\u3000", "2016-09-13"),
        ("2019年916日", "2019-09-16"),
        ("2019116", None),  # 1-16 or 11-6
        ("2018516日日", None),
        ("2018516年", None),
    ],
)
def test_lost_marks_dates_read_as_before(line, iso):
    assert lost_marks_date(line) == iso


@pytest.mark.parametrize(
    ("line", "matches"),
    [
        ("2023915", True),
        ("2023 915", True),
        ("2023年915日", True),
        ("2023 年 0915 日", True),
        ("2023\u3000年\u30000915", True),
        ("2023年年915", False),
        ("2023915日日", False),
        ("2023", False),
    ],
)
def test_lost_marks_line_as_before(line, matches):
    assert (LOST_MARKS_LINE_RE.match(line) is not None) is matches


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("2019年6月3日", True),
        ("  2019年6月3日  ", True),
        ("二零一六年九月二日。", True),
        ("二零一六年九月二日 。 ", True),
        ("2019年6月3日.", True),
        ("2019年6月3日。。", False),
        ("2019年6月3日，", False),
    ],
)
def test_date_lines_as_before(line, is_date):
    assert is_date_line(line) is is_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2011- 09- 01", "2011-09-01"), ("2011-09-01", "2011-09-01"), ("108年6月3日", "2019-06-03"), ("某某县", None)],
)
def test_keyed_dates_as_before(value, iso):
    assert keyed_date(value) == iso
