"""Session 18, the lead: lines no page prints as its own title, and a yearless stamp under a headline.

Found as false titles on the session's new dev pages (am730: a publish stamp taken as the title; yam: a bar of hot
search terms; 360elib: an e-paper's label of the paper shown, and a month-day stamp run into the headline), each
written for its family: every key spelling the vocabularies hold, both colons, blanks, bars, English month names;
with negatives (a title that holds the same words).
"""

from __future__ import annotations

import time

import pytest

from gazette_extract.layout.doubt import doubtful_title
from gazette_extract.pipeline import extract_str
from gazette_extract.text.newshead import is_news_head_line

STAMPS = [
    "出版:2026-Feb-1116:55更新:2026-Feb-1116:55",
    "出版：2026-Feb-11 16:55 | 更新：2026-Feb-11 16:55",
    "发布时间：2023-03-17 08:00",
    "发布日期 2021/3/5",
    "发表于 2019-5-27 09:36",
    "时间：2022年10月21日",
    "日期:2021.03.05",
    "更新时间：2023-01-02 10:00 发布时间：2023-01-01 09:00",
    "发布：11 Mar 2026",
    "· 发布时间：2023-03-17",
]
BARS = ["热门:油价 eko老婆 美元汇率", "热搜：某某 某某", "热门搜索：公积金 社保", "大家都在搜：天气", "相关搜索:某某县"]
EPAPER = ["当前报纸名称:慈溪日报", "当前版面：A01", "当前期：第1234期", "当前报纸：某某日报"]
TITLES = [
    "关于发布2023年3月17日时间安排的通知",
    "热门景区门票半价",
    "当前经济形势分析",
    "发布2023年工作要点",
    "时间管理",
    "日期：",
    "关于调整夏季作息时间的通知",
    "热门话题：社保办理指南",  # 热门话题 is no bar label
    "2023年3月17日",
    "某某县人民政府关于2021年3月5日停电的通告",
]


@pytest.mark.parametrize("line", STAMPS)
def test_a_publish_stamp_alone_is_no_title(line):
    assert doubtful_title(line) == "a publish stamp"


@pytest.mark.parametrize("line", BARS)
def test_a_bar_of_search_terms_is_no_title(line):
    assert doubtful_title(line) == "a site's spam or chrome"


@pytest.mark.parametrize("line", EPAPER)
def test_an_epaper_label_of_what_it_shows_is_no_title(line):
    assert doubtful_title(line) == "an e-paper page label"


@pytest.mark.parametrize("line", TITLES)
def test_titles_holding_the_same_words_stand(line):
    assert doubtful_title(line) is None


@pytest.mark.parametrize(
    "line",
    ["日期:12-09", "日期：12-09", "发布时间：03-17 08:00", "时间：3月17日", "发布日期 : 12/09"],
)
def test_a_yearless_stamp_stands_alone(line):
    assert is_news_head_line(line)


@pytest.mark.parametrize("line", ["日期：12-09 会议", "时间：12时", "日期：十二月九日上午", "12-09"])
def test_other_lines_are_no_yearless_stamp(line):
    assert not is_news_head_line(line)


def _title(text: str) -> str | None:
    documents = extract_str(text)["documents"]
    return documents[0]["title"] if documents else None


STORY = "  10月底，国务院国资委公布了中央企业领导人员的职务任免信息：任命张三为某某集团董事长，免去李四的某某集团总经理职务。\n"


@pytest.mark.parametrize("stamp", ["日期:12-09", "日期：12-09", "发布时间：03-17 08:00", "时间：3月17日"])
def test_a_headline_over_a_yearless_stamp_is_not_run_into_it(stamp):
    text = f"电子报阅读机\n当前报纸名称:慈溪日报\n\n谁来做掌门人:央企主要领导的调整路径\n\n{stamp}\n字号:\n\n{STORY}"
    assert _title(text) == "谁来做掌门人：央企主要领导的调整路径"


@pytest.mark.parametrize(
    "bar",
    [
        "热门: 油价 eko老婆 美元汇率",
        "热搜：某某 某某",
        "出版：2026-02-11 16:55 更新：2026-02-11 16:55",
        "出版:2026-Feb-11 16:55更新:2026-Feb-11 16:55",
        "發佈時間：2026年2月11日 16:55",
        "",
    ],
)
def test_the_headline_under_a_furniture_line_is_the_title(bar):
    text = f"{bar}\n\n廖李可期重返保安局升常秘\n\n2026年2月11日 16:55\n\n特区政府今日宣布，委任廖李可期为保安局常任秘书长，接替某某。\n"
    assert _title(text) == "廖李可期重返保安局升常秘"


def test_the_stamp_pattern_is_linear():
    def seconds(n: int) -> float:
        line = "发布时间：" + "2023-03-17 08:00 " * n + "x"
        start = time.perf_counter()
        for _ in range(20):
            doubtful_title(line)
        return time.perf_counter() - start

    small, large = seconds(200), seconds(2000)
    assert large < 30 * small + 0.05
