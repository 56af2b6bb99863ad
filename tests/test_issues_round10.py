"""Round 10 whole-issue classes (issue 9, "whole issues of other gazettes"; s10-issues10).

Synthetic whole issues in the forms provincial, city, county and district gazettes, people's
congress bulletins and department bulletins print — table-driven over mastheads, contents and the
body's layouts, with negative rows (a single web page and a news page give no issue fields).
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

ISSUE_FIELDS = ("title", "year", "number", "total_number", "publisher", "published")

CONTENTS_AND_BODY = """
目　录

某县人民政府关于做好防汛工作的通知（某政发〔2019〕3号）………………1
某县人民政府办公室关于加强安全生产的意见（某政办发〔2019〕5号）………………4

某县人民政府关于做好防汛工作的通知
某政发〔2019〕3号
各乡镇人民政府：
请做好防汛工作。

某县人民政府
2019年6月3日

某县人民政府办公室关于加强安全生产的意见
某政办发〔2019〕5号
各乡镇人民政府：
请加强安全生产。

某县人民政府办公室
2019年6月5日
"""
TWO_DOCS = [
    ("某县人民政府关于做好防汛工作的通知", "某政发〔2019〕3号"),
    ("某县人民政府办公室关于加强安全生产的意见", "某政办发〔2019〕5号"),
]


def _issue(text: str) -> tuple[object, ...]:
    issue = parse_text(text).issue
    return tuple(getattr(issue, f) for f in ISSUE_FIELDS)


def _docs(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.title, d.doc_number.text if d.doc_number else None) for d in parse_text(text).documents]


# Mastheads: the gazette's name over two lines or in 《》, the year on the line above the number,
# a monthly's year on a line of its own under its number, a cover's 2019.5 (its year only), the
# number printed before the name on one line.
MASTHEADS = {
    "name-split-two-lines": ("某县人民政府\n公　报\n2019年第5期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "name-split-department": ("某省教育厅\n公报\n2019年第5期\n", ("某省教育厅公报", 2019, 5, None, None, None)),
    "name-in-book-brackets": ("《某县人民政府公报》\n2019年第5期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "year-line-above-number": ("某县人民政府公报\n2019年\n第5期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "year-month-line-below": (
        "某县人民政府公报\n第5期\n（总第236期）\n2019年5月\n",
        ("某县人民政府公报", 2019, 5, 236, None, None),
    ),
    "cover-year-dot-issue": ("某县人民政府公报\n2019.5\n", ("某县人民政府公报", 2019, None, None, None, None)),
    "number-before-name": (
        "2020年第1期某市人民政府公报（总第56期）\n",
        ("某市人民政府公报", 2020, 1, 56, None, None),
    ),
    "number-before-generic-name": ("2020年第1期政府公报（总第56期）\n", (None, 2020, 1, 56, None, None)),
    "publisher-beside-number": (
        "某市人民政府主办2020年第2号(总第55号)\n",
        (None, 2020, 2, 55, None, None),
    ),
    "spaced-name": ("某 县 人 民 政 府 公 报\n2019 年 第 5 期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "keys-block": (
        "某县人民政府公报\n2019年第5期\n主管：某县人民政府\n主办：某县人民政府办公室\n出版日期：2019年5月31日\n",
        ("某县人民政府公报", 2019, 5, None, "某县人民政府办公室", "2019-05-31"),
    ),
    "npc-hao-zonghao": (
        "某省人民代表大会常务委员会公报\n2019年第5号（总第236号）\n",
        ("某省人民代表大会常务委员会公报", 2019, 5, 236, None, None),
    ),
    "cppcc": ("政协某市委员会公报\n2019年第5期\n", ("政协某市委员会公报", 2019, 5, None, None, None)),
    "number-above-name-hao": (
        "某区人民政府\n2017年第4号\n某区人民政府公报\n",
        ("某区人民政府公报", 2017, 4, None, None, None),
    ),
}


@pytest.mark.parametrize(("head", "expected"), MASTHEADS.values(), ids=MASTHEADS.keys())
def test_masthead(head: str, expected: tuple[object, ...]) -> None:
    text = head + CONTENTS_AND_BODY
    assert _issue(text) == expected
    assert _docs(text) == TWO_DOCS


SINGLE_DOC = (
    "某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n各乡镇人民政府：\n{body}\n\n某县人民政府\n2019年6月3日\n"
)

# What must give no issue field: a page that names a gazette in a sentence, a link or its footer; a
# document kind ending in 公报 (统计公报, 新闻公报) or a newspaper (大公报); a headline with 第5期 in
# it; an announcement's or decree's serial (2019年第5号 under 公告); a page listing several issues.
NO_ISSUE = {
    "gazette-named-in-a-sentence": SINGLE_DOC.format(
        body="本通知刊登于《某县人民政府公报》2019年第5期。请做好防汛工作。"
    ),
    "gazette-in-a-footer": SINGLE_DOC.format(body="请做好防汛工作。")
    + "相关链接：某县人民政府公报\n主办：某县人民政府办公室\n",
    "footer-publisher-only": SINGLE_DOC.format(body="请做好防汛工作。") + "主办：某县人民政府办公室\n",
    "statistical-communique": "某县2018年国民经济和社会发展统计公报\n某县统计局\n2019年3月5日\n2018年，全县实现地区生产总值100亿元。\n",
    "press-communique": "新闻公报\n2011年4月21日\n政府宣布委任张三为某委员会主席。\n",
    "newspaper": "大公报\n2014年5月3日\n教育部部长周济被免职。\n",
    "headline-with-issue-number": "全区第5期干部培训班开班\n发布时间：2019-05-20\n5月20日，全区2019年第5期干部培训班在区委党校开班。\n",
    "headline-year-issue-number": "某县2019年第5期“道德讲堂”活动举行\n6月3日，某县2019年第5期道德讲堂在县文化馆举行。\n",
    "announcement-serial": "某县人民政府公告\n2019年第5号\n现将有关事项公告如下。\n某县人民政府\n2019年6月3日\n",
    "decree-serial": "某县人民政府令\n第5号\n《某县安全生产管理办法》已经县政府常务会议通过，现予公布。\n县长　张三\n2019年6月3日\n",
    "list-of-issues": "政府公报\n2019年第5期\n2019年第4期\n2019年第3期\n",
    "generic-name-alone": "政府公报\n" + SINGLE_DOC.format(body="请做好防汛工作。"),
}


@pytest.mark.parametrize("text", NO_ISSUE.values(), ids=NO_ISSUE.keys())
def test_no_issue_fields(text: str) -> None:
    assert _issue(text) == (None,) * len(ISSUE_FIELDS)


def test_an_empty_key_in_the_page_head_is_no_body() -> None:
    """A page's metadata block with a value left empty (标题：) stands over the masthead; it opens no
    body, so the masthead under it is still read."""
    head = "发布机构：某县人民政府办公室\n标题：\n某县人民政府公报\n2019年第5期（总第236期）\n"
    assert _issue(head + SINGLE_DOC.format(body="请做好防汛工作。"))[:4] == ("某县人民政府公报", 2019, 5, 236)
