"""Titles round 19 (issue 9, session 18, s18-titles19): synthetic rows per class.

* a box-drawing bar (``│┃┆``, ``CATEGORY_BARS``) after a column's label (a short noun phrase that
  ends in a column noun, ``COLUMN_LABEL_ENDS``: 政策解读│…, 要闻┃…, 部門動態│…) drops the label; a bar
  that joins a headline's two clauses (高市警局高層換將│七分局長異動…: a unit and a verb, a person and a
  verb before the bar) keeps both halves.
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.heads import strip_category_prefix

HEADLINE = "某某市召开2025年全市安全生产工作会议"

COLUMN_LABELS = [
    "政策解读",
    "文字解读",
    "图文解读",
    "要闻",
    "本地新闻",
    "部门动态",
    "乡镇动态",
    "快讯",
    "政务资讯",
    "专题",
    "通知公告",
    "今日头条",
    "热点",
    "图文",
    "权威发布",
    "政策速递",
    "基层观察",
    # Traditional spellings
    "政策解讀",
    "要聞",
    "部門動態",
    "本地新聞",
    "快訊",
    "今日頭條",
    "權威發布",
]

BARS = ["│", "┃", "┆", " │ ", " ┃", "┆ "]


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("label", COLUMN_LABELS)
def test_column_label_before_a_box_bar_is_dropped(label: str, bar: str) -> None:
    assert strip_category_prefix(label + bar + HEADLINE) == HEADLINE


# The part before the bar is a clause (a unit or a person, then a verb): the bar joins the
# headline's two halves and nothing is dropped.
CLAUSES = [
    "高市警局高層換將",
    "高市警局高层换将",
    "市公安局高层换将",
    "县委班子调整",
    "張三接任局長",
    "张三接任局长",
    "某某县长辞职",
    "市政府人事异动",
    "警政署發布人事",
]


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("clause", CLAUSES)
def test_clause_before_a_box_bar_stays_in_the_title(clause: str, bar: str) -> None:
    title = clause + bar + "七分局長異動 公關室主任懸缺再引關注"
    assert strip_category_prefix(title) == title


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("区政府│新闻", id="headline-too-short"),
        pytest.param("要闻│短标题", id="six-chars-needed"),
        pytest.param("关于印发某某县防汛应急预案的通知", id="no-bar"),
        pytest.param("快讯丨某某县召开人大常委会会议", id="han-bar-not-a-box-bar"),
        pytest.param("重点工作动态调整机制│某某县召开会议", id="label-longer-than-eight"),
    ],
)
def test_other_titles_unchanged(title: str) -> None:
    assert strip_category_prefix(title) == title
