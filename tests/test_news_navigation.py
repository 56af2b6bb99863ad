"""Lines of a news page's head that are never its headline (issue 9), by class: toolbars in every
bracket and spacing, photo captions, syndication lines, a publish line with the site's address.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

from collections import Counter

import pytest

from gazette_extract import parse_text
from gazette_extract.layout.news import is_navigation
from gazette_extract.text.newshead import publish_date


def assert_unique(rows: list) -> None:
    assert not [k for k, n in Counter(repr(r.values) for r in rows).items() if n > 1], "duplicate rows"
    assert not [k for k, n in Counter(r.id for r in rows).items() if n > 1], "duplicate ids"


NAVIGATION_ROWS = [
    # toolbars
    pytest.param("【CNML格式】 【 】 【打 印】", True, id="toolbar-cnml"),
    pytest.param("CNML格式】 【 】 【打印】", True, id="toolbar-cut-bracket"),
    pytest.param("【 第1页 第2页 】", True, id="toolbar-page-links"),
    pytest.param("[字体: ] 打印", True, id="toolbar-ascii-brackets"),
    pytest.param("【字体：大 中 小】【打印】【关闭】", True, id="toolbar-font-sizes"),
    pytest.param("［打印本页］［关闭窗口］", True, id="toolbar-full-width-brackets"),
    pytest.param("打印本页 | 关闭窗口", True, id="toolbar-pipes"),
    pytest.param("• 听全文", True, id="toolbar-listen"),
    pytest.param("分享到：", True, id="toolbar-share"),
    # captions
    pytest.param("某某区代区长李某(资料图片)", True, id="caption-ascii-brackets"),
    pytest.param("某某区代区长李某（资料图）", True, id="caption-full-width"),
    pytest.param("会议现场。（新华社记者 王某 摄）", True, id="caption-wire-photographer"),
    pytest.param("省人大常委会副主任刘某出席会议。某某网记者 顾某摄 |", True, id="caption-reporter-shot"),
    pytest.param("图为会议现场", True, id="caption-tuwei"),
    pytest.param("图片来源：某某网", True, id="caption-source"),
    # syndication lines
    pytest.param("某某消息网2026-02-05号报道", True, id="syndication-iso"),
    pytest.param("据新华社2月4日报道", True, id="syndication-month-day"),
    # headlines are not navigation
    pytest.param("李某任某某区代理区长", False, id="neg-headline"),
    pytest.param("某某区人大常委会召开第二十六次会议", False, id="neg-session-headline"),
    pytest.param("关于印发某某办法的通知", False, id="neg-notice-title"),
    pytest.param("大力推进某某中小企业发展", False, id="neg-toolbar-words-inside-headline"),
    pytest.param("某某市摄影家协会成立", False, id="neg-she-in-headline"),
    pytest.param("某某网报道某某会议召开", False, id="neg-baodao-headline"),
]
assert_unique(NAVIGATION_ROWS)


@pytest.mark.parametrize(("line", "expected"), NAVIGATION_ROWS)
def test_is_navigation(line: str, expected: bool) -> None:
    assert is_navigation(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("http://www.example.com   2011-09-01 17:30:00", "2011-09-01", id="url-then-stamp"),
        pytest.param("https://news.example.cn/a/1.html 2011-09-01 17:30", "2011-09-01", id="https-path-then-stamp"),
        pytest.param("2010-01-23柳州日报 记者 姚某", "2010-01-23", id="date-glued-to-paper"),
        pytest.param("http://www.example.com 会议于2011-09-01 17:30召开", None, id="neg-url-then-sentence"),
    ],
)
def test_publish_line(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


STORY = "某某区人大常委会第五次会议决定，任命李某为某某区人民政府副区长。"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                "【CNML格式】【打印】",
                "【 第1页 第2页 】",
                "李某任某某区代理区长",
                "http://www.example.com   2011-09-01 17:30:00",
                "某某社北京9月1日电/某某网报道：8月31日上午，" + STORY,
            ],
            [("李某任某某区代理区长", "2011-09-01", "2011-09-01")],
            id="toolbar-headline-url-stamp-dateline",
        ),
        pytest.param(
            ["某某区代区长李某(资料图片)某某区代区长李某(资料图片)", "某某时报讯（记者 张某）昨日上午，" + STORY],
            [(None, None, None)],
            id="caption-is-no-title",
        ),
    ],
)
def test_news_page_head(lines: list[str], expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert [(d.title, d.date, d.published) for d in parse_text("\n".join(lines) + "\n").documents] == expected
