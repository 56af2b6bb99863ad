"""A bracketed byline (（作者：张三 来源：某某日报 2019-06-04）) is read in linear time, with the same answers as
the pattern session 11 merged (found in the review of the session's change)."""

from __future__ import annotations

import random
import re
import time

import pytest

from gazette_extract.text.newshead import _YMD, publish_date

# The bracketed-byline pattern as merged (s11-dates11): its repeated group of lazy fillers around
# each key could split a run of keys in exponentially many ways, so a line of 16 keys that ends in
# no date took minutes. Kept here as the reference the linear reader must agree with on short lines.
_MERGED_BYLINE_RE = re.compile(
    rf"^[（(]\s*(?:[^（）()]{{0,30}}?(?:来源|作者|编辑|责任编辑|记者)\s*[:：][^（）()]{{1,30}}?\s*)+{_YMD}\s*[）)]$"
)


def _merged(text: str) -> str | None:
    m = _MERGED_BYLINE_RE.match(text.strip())
    if m is None:
        return None
    month, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("cm"), m.group("cd"))
    return f"{int(m.group('y')):04d}-{int(month):02d}-{int(day):02d}"


@pytest.mark.parametrize(
    "text",
    [
        "（" + "来源:a" * 16 + "2019-",  # no date at the end: every split of the keys was tried
        "(" + "作者：张三 " * 15 + "2019-06-0",
        "（" + "记者:" * 30 + "x 2019-06-04",  # no closing bracket
        "（" + "责任编辑：a" * 15 + "2019年6月",
    ],
)
def test_bracketed_byline_is_linear(text: str) -> None:
    start = time.perf_counter()
    assert publish_date(text) is None
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "（作者：张三 来源：某某日报 2019-06-04）",
        "(来源：某某日报 编辑：李四 2019/06/04)",
        "（来源：新华社 编辑：2019-06-04）",  # the last key is filler of the one before it
        "（来源： 2019-06-04）",  # a space is the source
        "（来源：2019-06-04）",  # no source: none
        "（ 责任编辑：王五  2019年6月4日 ）",
        "（本报记者 张三 记者：李四 来源：某某日报 2019.06.04）",
        "（记者：来源：某某日报 2019-06-04）",
        "（来源：某某日报社某某县新闻中心某某记者站某某某某某某某某某某 2019-06-04）",  # 31 characters: none
        "（来源：某某日报社某某县新闻中心某某记者站某某某某某某某某某 2019-06-04）",  # 30: read
        "（某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某来源：某报 2019-06-04）",  # 31 before the key
        "（作者：" + "甲" * 30 + "   " + "乙" * 30 + "来源：某报 2019-06-04）",  # 30 + spaces + 30 between keys
        "（作者：" + "甲" * 31 + "乙" * 30 + "来源：某报 2019-06-04）",  # 61 between keys: none
        "（责任编辑：张三 2019-06-04）",
        "（作者张三 2019-06-04）",  # no key: none
        "(作者：张三）2019-06-04)",  # a bracket inside: none
    ],
)
def test_bracketed_byline_reads_as_merged(text: str) -> None:
    assert publish_date(text) == _merged(text)


def test_bracketed_byline_agrees_on_random_lines() -> None:
    rng = random.Random(11)
    parts = ["来源", "作者", "编辑", "责任编辑", "记者", "：", ":", " ", "甲" * 9, "乙", "责任"]
    for _ in range(3000):
        body = "".join(rng.choice(parts) for _ in range(rng.randint(1, 9)))
        text = "（" + body + rng.choice(["2019-06-04", "2019年6月4日", " 2019/6/4 "]) + "）"
        assert publish_date(text) == _merged(text), text
