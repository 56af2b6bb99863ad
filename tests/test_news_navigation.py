"""Lines of a news page's head that are never its headline (issue 9), by class: toolbars in every
bracket and spacing, photo captions, syndication lines, a publish line with the site's address.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.news import is_navigation
from gazette_extract.text.newshead import GLUED_MIN, publish_date, split_glued_head, split_headline_byline

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
    # a dateline alone on its line
    pytest.param("中新社上海十月二十三日电", True, id="dateline-alone-cn-numerals"),
    pytest.param("新华社北京2月4日电", True, id="dateline-alone"),
    # headlines are not navigation
    pytest.param("李某任某某区代理区长", False, id="neg-headline"),
    pytest.param("某某区人大常委会召开第二十六次会议", False, id="neg-session-headline"),
    pytest.param("关于印发某某办法的通知", False, id="neg-notice-title"),
    pytest.param("大力推进某某中小企业发展", False, id="neg-toolbar-words-inside-headline"),
    pytest.param("某某市摄影家协会成立", False, id="neg-she-in-headline"),
    pytest.param("某某网报道某某会议召开", False, id="neg-baodao-headline"),
]
assert_unique(NAVIGATION_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), NAVIGATION_ROWS)
def test_is_navigation(line: str, expected: bool) -> None:
    assert is_navigation(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("http://www.example.com   2011-09-01 17:30:00", "2011-09-01", id="url-then-stamp"),
        pytest.param("https://news.example.cn/a/1.html 2011-09-01 17:30", "2011-09-01", id="https-path-then-stamp"),
        pytest.param("2010-01-23柳州日报 记者 姚某", "2010-01-23", id="date-glued-to-paper"),
        pytest.param("时间:2022年01月20日来源:某某市委党史研究室", "2022-01-20", id="bare-key-source-glued"),
        pytest.param("27/02/2026 09:15", "2026-02-27", id="day-first-slashes"),
        pytest.param("12/12/2025 18:00", "2025-12-12", id="day-first-slashes-day-is-month"),
        pytest.param("02/03/2026 09:15", None, id="neg-slashes-ambiguous"),
        pytest.param("date 2026-02-27   • 会员", "2026-02-27", id="english-key"),
        pytest.param("Posted: 2019-05-27", "2019-05-27", id="english-key-colon"),
        pytest.param("dated 2019-05-27 by the office", None, id="neg-english-word"),
        pytest.param("时间：2021年3月5日上午9:00 地点：某某会议室", None, id="neg-meeting-time-place"),
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


GLUED_ROWS = [
    pytest.param(
        "某县召开某某联合会一届二次会长会议 3月15日，某县在县政府大会议室召开了会长会议。县领导出席。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        [
            "某县召开某某联合会一届二次会长会议",
            "3月15日，某县在县政府大会议室召开了会长会议。县领导出席。会议总结了去年的工作，安排部署了今年的工作任务。",
        ],
        id="space-day-lead",
    ),
    pytest.param(
        "某县召开某某联合会一届二次会长会议\u3000今天（3月15日）上午，某县召开了会长会议。县领导出席会议。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        [
            "某县召开某某联合会一届二次会长会议",
            "今天（3月15日）上午，某县召开了会长会议。县领导出席会议。会议总结了去年的工作，安排部署了今年的工作任务。",
        ],
        id="ideographic-space-today-lead",
    ),
    pytest.param(
        "某某区人大常委会举行第十次会议 本报讯（记者 王某）某某区人大常委会第十次会议昨天举行，会议决定任命。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        [
            "某某区人大常委会举行第十次会议",
            "本报讯（记者 王某）某某区人大常委会第十次会议昨天举行，会议决定任命。会议总结了去年的工作，安排部署了今年的工作任务。",
        ],
        id="space-story-opener",
    ),
    pytest.param(
        "某县召开某某联合会一届二次会长会议3月15日，某县在县政府大会议室召开了会长会议。县领导出席会议。会议总结了去年的工作，安排部署了今年的工作任务。",
        True,
        [
            "某县召开某某联合会一届二次会长会议",
            "3月15日，某县在县政府大会议室召开了会长会议。县领导出席会议。会议总结了去年的工作，安排部署了今年的工作任务。",
        ],
        id="first-line-no-space",
    ),
    pytest.param(
        "某县召开某某联合会一届二次会长会议3月15日，某县在县政府大会议室召开了会长会议。县领导出席会议。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        None,
        id="neg-no-space-not-first-line",
    ),
    pytest.param(
        "某某会议决定大会定于 3月15日，在某县县政府大会议室召开，请各单位按时参加，不得缺席。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        None,
        id="neg-sentence-goes-on",
    ),
    pytest.param(
        "当选者6人是“新面孔”大河报讯 昨日，省人大常委会第一次会议表决通过了对24位一把手的任命。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        None,
        id="neg-opener-run-into-line",
    ),
    pytest.param(
        "某某会议在某地举行 某某、某某出席会议并讲话，会议听取了有关报告，审议了有关事项。会议总结了去年的工作，安排部署了今年的工作任务。",
        False,
        None,
        id="neg-no-lead-after-space",
    ),
]


@pytest.mark.parametrize(("text", "first", "expected"), GLUED_ROWS)
def test_glued_headline_and_lead(text: str, first: bool, expected: list[str] | None) -> None:
    assert len(text) >= GLUED_MIN  # shorter lines are never cut: the row would test nothing
    assert split_glued_head(text, first=first) == (expected or [text])


def test_headline_over_dated_lead_is_a_document() -> None:
    """A headline over a lead that opens on its day is a news story, a document even without records."""
    doc = parse_text(
        "某县召开某某联合会一届二次会长会议 3月15日，某县召开了会长会议，总结了去年的工作。会议总结了去年的工作，安排部署了今年的工作任务。\n"
    ).documents
    assert [(d.title, d.date) for d in doc] == [("某县召开某某联合会一届二次会长会议", None)]


LONG_LEAD = (
    "今天（2月22日）上午，某某省十三届人大四次会议在省会举行第三次全体会议，"
    + "表决通过了有关事项，" * 8
    + "会议于9时开始。"
)
PAGE_HEAD_ROWS = [
    pytest.param(
        [
            "某某省十三届人大四次会议举行第三次全体会议",
            "王某某李某等出席第三次全体会议",
            "王某主持主席团第四次会议",
            LONG_LEAD,
        ],
        "某某省十三届人大四次会议举行第三次全体会议",
        id="headline-over-decks",
    ),
    pytest.param(
        ["“提请不批准”——检察长任命中的权力关系", "■法人看法", LONG_LEAD],
        "“提请不批准”——检察长任命中的权力关系",
        id="quoted-headline-column-mark",
    ),
    pytest.param(
        ["某镇第八届委员会初步人选公推大会今天召开", "公推大会现场", "与会的377名代表", "本网讯：" + LONG_LEAD],
        "某镇第八届委员会初步人选公推大会今天召开",
        id="headline-over-captions",
    ),
    # not a headline on its own: a hard-wrapped text, a wrapped 关于-title, a line cut inside a word
    pytest.param(
        ["某某省十三届人大四次会议举行第三次全体会议", "王某某李某等出席第三次全体会议表决通过了", "有关事项。"],
        "某某省十三届人大四次会议举行第三次全体会议王某某李某等出席第三次全体会议表决通过了有关事项。",
        id="neg-hard-wrapped",
    ),
    pytest.param(
        ["某某省人民政府办公厅关于2019年", "部分节假日安排的通知", LONG_LEAD],
        "某某省人民政府办公厅关于2019年部分节假日安排的通知",
        id="neg-wrapped-guanyu-title",
    ),
    pytest.param(
        ["某某市人民政府办公厅转发省某某厅某某处", "某某工作意见的通知", LONG_LEAD],
        "某某市人民政府办公厅转发省某某厅某某处某某工作意见的通知",
        id="neg-next-line-ends-title",
    ),
    pytest.param(
        ["某某省十三届人大四次会议举行的", "第三次全体会议", LONG_LEAD],
        "某某省十三届人大四次会议举行的第三次全体会议",
        id="neg-cut-after-de",
    ),
]


@pytest.mark.parametrize(("lines", "first"), PAGE_HEAD_ROWS)
def test_page_headline_stands_alone(lines: list[str], first: str) -> None:
    from gazette_extract.text.normalize import split_paragraphs

    assert split_paragraphs("\n".join(lines) + "\n")[0].text == first


FORUM_MENU = [
    "某某论坛",
    "找回密码",
    "注册论坛",
    "群号：6490324，验证：某某大学生网。",
    "查看: 1904|回复: 0",
    "打印 上一主题 下一主题",
]
FORUM_STORY = "上月闭幕的某某会议，是五年一次的换届大会。会议决定任命王某为某某部副部长。"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                *FORUM_MENU,
                "部分部委副职超员 某某部9位副部长",
                "[复制链接]",
                "该用户从未签到",
                "跳转到指定楼层",
                "1",
                "发表于 2008-4-10 10:39:44 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式",
                FORUM_STORY,
            ],
            [("部分部委副职超员某某部9位副部长", "2008-04-10")],
            id="discuz-thread",
        ),
        pytest.param(
            ["查看: 1079|回复: 1", "|", "某县召开乡镇领导班子换届工作动员大会", "[复制链接]", "|", FORUM_STORY],
            [("某县召开乡镇领导班子换届工作动员大会", None)],
            id="discuz-pipes-around",
        ),
    ],
)
def test_forum_thread_title(lines: list[str], expected: list[tuple[str | None, str | None]]) -> None:
    assert [(d.title, d.published) for d in parse_text("\n".join(lines) + "\n").documents] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(["查看: 1079|回复: 1", "|", "某县召开动员大会", "[复制链接]"], 2, id="title-above-link"),
        pytest.param(["欢迎各位会员积极发帖，共同维护论坛秩序。", "[复制链接]"], None, id="neg-prose-above-link"),
        pytest.param(["某县召开动员大会", "复制链接到朋友圈"], None, id="neg-no-link-line"),
        pytest.param(["某县召开动员大会", "|", "|", "|", "|", "[复制链接]"], None, id="neg-too-far-above"),
    ],
)
def test_forum_headline(lines: list[str], expected: int | None) -> None:
    from gazette_extract.layout.blocks import classify
    from gazette_extract.layout.news import forum_headline
    from gazette_extract.text.normalize import split_paragraphs

    blocks = classify(split_paragraphs("\n".join(lines) + "\n"))
    found = forum_headline(blocks, 0)
    assert (blocks[found].text if found is not None else None) == (lines[expected] if expected is not None else None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "某县人大常委会通过某县法院人事任免事项 作者:宋某 发布时间:2013-06-03 10:27:34",
            ("某县人大常委会通过某县法院人事任免事项", "作者:宋某 发布时间:2013-06-03 10:27:34"),
            id="author-then-time",
        ),
        pytest.param(
            "某县召开某某工作会议\u3000来源：某某网　时间：2013年6月3日",
            ("某县召开某某工作会议", "来源：某某网　时间：2013年6月3日"),
            id="source-then-time-ideographic-spaces",
        ),
        pytest.param("作者:宋某 发布时间:2013-06-03 10:27:34", None, id="neg-byline-alone"),
        pytest.param("某县召开某某工作会议 作者:宋某", None, id="neg-no-date"),
        pytest.param("某某会议有关事项安排 时间：2021年3月5日上午9:00 地点：某某会议室", None, id="neg-meeting-fields"),
    ],
)
def test_headline_on_byline_line(line: str, expected: tuple[str, str] | None) -> None:
    assert split_headline_byline(line) == expected


def test_headline_on_byline_line_is_the_title() -> None:
    text = "某县人大常委会通过某县法院人事任免事项 作者:宋某 发布时间:2013-06-03 10:27:34\n5月28日，在某县十三届人大常委会第七次会议上，会议通过了任免事项。\n"
    assert [(d.title, d.date, d.published) for d in parse_text(text).documents] == [
        ("某县人大常委会通过某县法院人事任免事项", "2013-05-28", "2013-06-03")
    ]
