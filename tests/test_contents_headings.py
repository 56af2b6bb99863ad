"""A gazette's contents under every heading its issues print (目录, 本期目录, 目次, 【目录】, 目录：,
目录 CONTENTS, CONTENTS) and entries whose page is a range (（3-5）, 3—5). A title that only holds
the word (某县政府信息公开目录管理办法) heads no contents.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

D1 = "某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n各乡镇人民政府：\n请做好防汛工作。\n\n某县人民政府\n2019年6月3日\n"
D2 = (
    "某县人民政府办公室关于加快发展夜间经济的实施意见\n某政办发〔2019〕8号\n各乡镇人民政府：\n"
    "为加快发展夜间经济，提出如下意见。\n\n某县人民政府办公室\n2019年6月10日\n"
)
E1, E2 = "某县人民政府关于做好防汛工作的通知", "某县人民政府办公室关于加快发展夜间经济的实施意见"
MASTHEAD = "某县人民政府公报\n2019年第3期\n"


def _contents(toc: str) -> list[tuple[str, int | None]]:
    out = parse_text(MASTHEAD + toc + D1 + D2).model_dump()
    assert [d["title"] for d in out["documents"]] == [E1, E2]
    return [(c["title"], c["page"]) for c in out["contents"]]


HEADINGS = [
    "目录",
    "目　　录",
    "本期目录",
    "目次",
    "【目录】",
    "[目 录]",
    "目录：",
    "目录 CONTENTS",
    "CONTENTS",
    "Contents",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_every_contents_heading(heading: str) -> None:
    assert _contents(f"{heading}\n{E1}……1\n{E2}……3\n") == [(E1, 1), (E2, 3)]


RANGES = {
    "bracketed-range": f"{E1}（1-2）\n{E2}（3-5）\n",
    "ascii-bracketed-range": f"{E1}(1-2)\n{E2}(3-5)\n",
    "leader-range": f"{E1}……1-2\n{E2}……3-5\n",
    "dash-range": f"{E1}……1—2\n{E2}……3—5\n",
    "tilde-range": f"{E1}……1~2\n{E2}……3~5\n",
}


@pytest.mark.parametrize("entries", RANGES.values(), ids=RANGES.keys())
def test_a_page_range_gives_the_first_page(entries: str) -> None:
    assert _contents("目录\n" + entries) == [(E1, 1), (E2, 3)]


def test_a_title_holding_the_word_heads_no_contents() -> None:
    out = parse_text(MASTHEAD + "某县政府信息公开目录管理办法\n" + D1).model_dump()
    assert out["contents"] == []


def test_a_qualifier_in_brackets_is_no_page() -> None:
    """（试行） and （2021—2025年） end a title; only a range of page numbers is a page."""
    entries = "某县安全生产管理办法（试行）\n某县十四五规划（2021—2025年）\n"
    out = parse_text(MASTHEAD + "目录\n" + entries + D1).model_dump()
    assert all(c["page"] is None for c in out["contents"])
