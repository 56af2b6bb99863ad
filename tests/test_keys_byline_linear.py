"""A byline of several keys with the date last (来源：全国人大 作者： 编辑：redcloud 2023-05-09 17:03:07) is
read in linear time, with the same answers as the pattern session 12 merged (found in the review of the
session's change, part 1).

The merged pattern let each key's value (a lazy run of up to 30 characters) and the spaces after it
(an unbounded run) share a run of blanks: a line of keys left empty and padded with spaces, ending in no
date, was split every way before failing — 0.2 to 0.5 s for one line of 95 characters (under the
publish line's 100-character cap), so a page of such lines took minutes. The value now ends on a
character that is not a blank, the blanks after it belong to the run that follows: one way to split.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from gazette_extract.text.newshead import _KEYS_THEN_DATE_RE, _TIME, _YMD, publish_date

_KEYS = ("来源", "信息来源", "作者", "责任编辑", "编辑", "记者", "发布者")

# The keys-then-date pattern as merged (s12-dates12 / titles round 12), kept as the reference the
# linear reader must agree with.
_MERGED_KEYS_RE = re.compile(
    rf"^(?:(?:{'|'.join(_KEYS)})\s*[:：][^:：|｜]{{0,30}}?\s*){{2,5}}{_YMD}\s*(?:{_TIME})?\s*$"
)

_REPEAT = 20  # lines read per row: the merged pattern took 0.2–0.5 s for each


def _padded(key: str, colon: str, blank: str, keys: int, width: int, tail: str) -> str:
    return (f"{key}{colon}" + blank * width) * keys + tail


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(_padded("来源", "：", " ", 5, 15, "2019"), id="five-empty-keys-spaces"),
        pytest.param(_padded("编辑", ":", " ", 5, 16, "2019"), id="ascii-colon"),
        pytest.param(_padded("记者", "：", "\u3000", 5, 16, "20"), id="ideographic-spaces"),
        pytest.param(_padded("作者", "：", "\t", 5, 15, "2019-06-"), id="tabs-cut-date"),
        pytest.param(_padded("来源", "：", " ", 4, 20, "2019年6月"), id="four-keys-cut-written-date"),
        pytest.param(_padded("责任编辑", " ：", " ", 5, 13, "2019"), id="long-key-space-before-colon"),
    ],
)
def test_a_padded_byline_without_its_date_is_read_in_linear_time(line: str) -> None:
    assert len(line) <= 100  # a publish line's cap: the pattern is reached
    start = time.perf_counter()
    for _ in range(_REPEAT):
        assert publish_date(line) is None
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("来源：全国人大 作者： 编辑：redcloud 2023-05-09 17:03:07", "2023-05-09", id="empty-author"),
        pytest.param("来源：某某日报  作者：  编辑：  2023-05-09", "2023-05-09", id="two-empty-padded"),
        pytest.param("来源:某某日报 编辑:张三 2023/5/9", "2023-05-09", id="ascii-colons-slashes"),
        pytest.param("信息来源：某某县政府办　记者：　2023年5月9日", "2023-05-09", id="ideographic-written"),
        pytest.param("作者：" + "甲" * 30 + "  编辑：2023-05-09", "2023-05-09", id="value-30"),
        pytest.param("作者：" + "甲" * 31 + "  编辑：2023-05-09", None, id="value-31-none"),
        pytest.param("作者：" + " " * 31 + "甲 编辑：2023-05-09", None, id="value-31-after-blanks-none"),
        pytest.param("来源：某某日报 2023-05-09", None, id="one-key-none"),
        pytest.param("来源：某某日报 作者：张三 2023-05-09 阅读", None, id="words-after-date-none"),
    ],
)
def test_a_byline_of_keys_is_read_as_merged(line: str, expected: str | None) -> None:
    assert (_KEYS_THEN_DATE_RE.match(line) is not None) == (_MERGED_KEYS_RE.match(line) is not None)
    if expected is not None:
        assert publish_date(line) == expected
    else:
        assert _KEYS_THEN_DATE_RE.match(line) is None


def _groups(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), *(m.group(g) for g in ("y", "s", "m", "d", "cm", "cd")))


def test_random_bylines_match_as_merged() -> None:
    rnd = random.Random(12)
    values = ["", " ", "  ", "\u3000", "某报", "全国人大 ", "redcloud", "甲" * 29, "甲" * 30, "甲" * 31]
    tails = ["2023-05-09", "2023-05-09 17:03:07", "2023年5月9日", "2023-05-0", "x", "2023/5/9", " 2023-05-09", ""]
    matched = 0
    for _ in range(3000):
        parts = [
            rnd.choice(_KEYS)
            + rnd.choice(["", " "])
            + rnd.choice("：:")
            + rnd.choice([*values, " " * rnd.randint(0, 40), "甲" * rnd.randint(0, 32) + " " * rnd.randint(0, 3)])
            for _ in range(rnd.randint(1, 6))
        ]
        line = ("".join(parts) + rnd.choice(tails))[:60]  # short: the merged pattern answers quickly
        ours = _KEYS_THEN_DATE_RE.match(line)
        assert _groups(ours) == _groups(_MERGED_KEYS_RE.match(line)), line
        matched += ours is not None
    assert matched > 300  # the rows reach the pattern's matches, not only its failures
