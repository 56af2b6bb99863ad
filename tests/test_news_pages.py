"""News-style pages by class (issue 9): headline after navigation, publish lines, a whole item
glued on one line.

* the headline is found under breadcrumbs, e-paper page labels and column tags, from an 原标题
  line, over two lines, and never a reporter's line, a page label or a publish line;
* every spelling of a publish line gives ``document.published``; ``document.date`` (FORMAT.md: the
  day of the event the story reports) is the day its lead states (tests/test_story_day.py);
* a whole item stored on one line is cut into headline, stamp and story.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.text.newshead import is_news_head_line, publish_date, split_glued_head

# --------------------------------------------------------------------------- publish lines

PUBLISH_ROWS = [
    pytest.param("2013-09-16 17:08", "2013-09-16", id="iso-time"),
    pytest.param("2013-09-16 17:08 来源:九江新媒体", "2013-09-16", id="iso-time-source"),
    pytest.param("2013/9/6 7:08:33 来源：某某网", "2013-09-06", id="slashes-seconds"),
    pytest.param("发布时间：2019-05-27 09:36:12", "2019-05-27", id="key-full-width-colon"),
    pytest.param("发布时间:2019-05-27", "2019-05-27", id="key-half-width-no-time"),
    pytest.param("发布日期：2019年5月27日", "2019-05-27", id="key-cjk-date"),
    pytest.param("刊发日期:2023-03-10 阅读次数: 作者:admin", "2023-03-10", id="epaper-key"),
    pytest.param("0次浏览 发布时间:2025-04-09 12:40:00", "2025-04-09", id="key-after-counter"),
    pytest.param("时间:2022-07-27 20:43:35 来源: 上海崇明", "2022-07-27", id="bare-time-key-iso"),
    pytest.param("来源：某某日报  作者：王某  时间：2021年3月2日 10:11", "2021-03-02", id="byline-fields"),
    pytest.param("24.09.2015  18:40", "2015-09-24", id="day-month-year"),
    pytest.param("2021年08月05日 09:52", "2021-08-05", id="cjk-time"),
    pytest.param("2021年08月05日09:52来源：某某日报", "2021-08-05", id="cjk-time-glued"),
    pytest.param("新华社 2018-12-31 14:19", "2018-12-31", id="wire-byline"),
    pytest.param("www.example.com 2012-03-05 16:56 宋某 来源:某某网", "2012-03-05", id="site-then-stamp"),
    pytest.param("2010-01-23   柳州日报   记者 姚某", "2010-01-23", id="bullet-date-paper"),
    # not publish lines
    pytest.param("时间：2021年3月5日 9:00", None, id="neg-meeting-time-field"),
    pytest.param("24.09.2015", None, id="neg-dotted-without-time"),
    pytest.param("2021-02-30 10:00", None, id="neg-impossible-date"),
    pytest.param("会议定于2021-03-05 09:00在区政府召开，请准时参加。", None, id="neg-sentence"),
    pytest.param("2021年3月5日", None, id="neg-bare-date"),
    pytest.param("第A01版:要闻", None, id="neg-page-label"),
]
assert_unique(PUBLISH_ROWS)


@pytest.mark.parametrize(("line", "expected"), PUBLISH_ROWS)
def test_publish_line(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


HEAD_LINE_ROWS = [
    pytest.param("第A01版:要闻", True, id="epaper-label"),
    pytest.param("A02版：时政", True, id="epaper-label-no-di"),
    pytest.param("原标题：回应社会关切", True, id="original-title"),
    pytest.param("摘要:9日到10日，上海6个区选出了新区长。", True, id="summary"),
    pytest.param("2013-09-16 17:08 来源:九江新媒体", True, id="publish-line"),
    pytest.param("市人大常委会召开第二十九次会议", False, id="neg-headline"),
    pytest.param("第三版面设计方案", False, id="neg-word-ban"),
]
assert_unique(HEAD_LINE_ROWS)


@pytest.mark.parametrize(("line", "expected"), HEAD_LINE_ROWS)
def test_head_lines_stand_alone(line: str, expected: bool) -> None:
    assert is_news_head_line(line) is expected


GLUED_ROWS = [
    pytest.param(
        "王某任某某自治区代主席 2021-08-05 09:52 “某某日报”微信公号 0 某某自治区人大常委会8月5日决定，任命王某为某某自治区副主席。",
        [
            "王某任某某自治区代主席",
            "2021-08-05 09:52",
            "“某某日报”微信公号 0 某某自治区人大常委会8月5日决定，任命王某为某某自治区副主席。",
        ],
        id="headline-stamp-story",
    ),
    pytest.param(
        "国务院任命张某为某某署署长新华社2018-12-31 14:19新华社北京12月31日电 国务院2018年12月31日决定：任命张某为某某署署长。",
        [
            "国务院任命张某为某某署署长",
            "新华社2018-12-31 14:19",
            "新华社北京12月31日电 国务院2018年12月31日决定：任命张某为某某署署长。",
        ],
        id="wire-stamp-no-spaces",
    ),
    pytest.param(
        "王某任某某自治区代主席 发布时间：2021-08-05 09:52 来源：某某日报 某某自治区人大常委会8月5日决定，任命王某为副主席。",
        [
            "王某任某某自治区代主席",
            "发布时间：2021-08-05 09:52",
            "来源：某某日报 某某自治区人大常委会8月5日决定，任命王某为副主席。",
        ],
        id="headline-keyed-stamp-story",
    ),
    pytest.param(
        "毛某任某某省人民政府副省长 24.09.2015 18:40 某某台记者王某报道：某某省人大常委会会议今天在某某闭会，决定任命毛某为副省长。",
        [
            "毛某任某某省人民政府副省长",
            "24.09.2015 18:40",
            "某某台记者王某报道：某某省人大常委会会议今天在某某闭会，决定任命毛某为副省长。",
        ],
        id="headline-day-month-year-story",
    ),
    pytest.param(
        "会议指出，2021-08-05 09:52 起系统将停止服务，各单位要提前做好数据备份和迁移工作，确保业务连续。",
        None,
        id="neg-sentence-before-time",
    ),
    pytest.param("王某任某某自治区代主席 2021-08-05 09:52", None, id="neg-short-line"),
]
assert_unique(GLUED_ROWS)


@pytest.mark.parametrize(("line", "expected"), GLUED_ROWS)
def test_glued_item_split(line: str, expected: list[str] | None) -> None:
    assert split_glued_head(line) == (expected or [line])


# --------------------------------------------------------------------------- whole pages

STORY_TODAY = "今天（7月27日），某某区人大常委会第四次会议决定，任命李某为某某区人民政府副区长。"
STORY_OTHER_DAY = "7月26日，某某区人大常委会第四次会议决定，任命李某为某某区人民政府副区长。"
STORY_NO_RECORDS = "本网讯（记者 陈某）7月27日，某某区人大常委会召开第四次会议，听取了区政府工作情况的报告。"
HEADLINE = "李某任某某区代理区长"
STAMP = "2022-07-27 20:43"


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def news(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.title, d.date and str(d.date), d.published and str(d.published)) for d in parse_text(text).documents]


PAGE_ROWS = [
    pytest.param(
        page("首页 > 新闻中心 > 要闻", HEADLINE, STAMP, STORY_TODAY),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="breadcrumb-arrows",
    ),
    pytest.param(
        page("当前位置：首页>>时政", HEADLINE, STAMP, STORY_TODAY),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="breadcrumb-current",
    ),
    pytest.param(
        page("您的位置:首页 > 新闻", HEADLINE, "发布时间:2022-07-27 20:43:35", STORY_TODAY),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="breadcrumb-your-place-key",
    ),
    pytest.param(
        page("2022年07月27日", "第A01版:要闻", HEADLINE, STORY_NO_RECORDS),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="epaper-label-above",
    ),
    pytest.param(
        page("A02版：时政", HEADLINE, STAMP, STORY_TODAY),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="epaper-label-no-di",
    ),
    pytest.param(
        page("【要闻】", HEADLINE, STAMP, STORY_TODAY), [(HEADLINE, "2022-07-27", "2022-07-27")], id="column-tag-alone"
    ),
    pytest.param(
        page("[要闻]", HEADLINE, STAMP, STORY_TODAY), [(HEADLINE, "2022-07-27", "2022-07-27")], id="column-tag-ascii"
    ),
    pytest.param(page("原标题：" + HEADLINE, STORY_TODAY), [(HEADLINE, None, None)], id="original-title-full-width"),
    pytest.param(
        page("原标题:" + HEADLINE, "摘要:" + STORY_TODAY, STORY_TODAY),
        [(HEADLINE, None, None)],
        id="original-title-summary",
    ),
    pytest.param(
        page("区十届人大四次会议", "将于3月25日召开", "■记者 钟某", STORY_NO_RECORDS),
        [("区十届人大四次会议将于3月25日召开", None, None)],
        id="headline-two-lines",
    ),
    pytest.param(page("□某某今报·某某新闻记者 米某", STORY_TODAY), [(None, None, None)], id="reporter-line-not-title"),
    pytest.param(
        page(HEADLINE, "24.09.2022  18:40", STORY_TODAY.replace("7月27日", "9月24日")),
        [(HEADLINE, "2022-09-24", "2022-09-24")],
        id="day-month-year-stamp",
    ),
    pytest.param(
        page(
            HEADLINE,
            "新华社 2022-07-27 14:19",
            "新华社北京7月27日电 某某区人大常委会决定，任命李某为某某区人民政府副区长。",
        ),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="wire-byline",
    ),
    pytest.param(
        page(HEADLINE + " " + STAMP + " 某某日报 " + STORY_TODAY),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="glued-one-line",
    ),
    pytest.param(
        page(HEADLINE, "2022-07-27 20:43 来源：某某日报", STORY_TODAY.replace("今天（7月27日）", "今（27）日")),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="today-bracketed-day",
    ),
    pytest.param(
        page(
            "李某任某某區代理區長",
            "發布時間：2022-07-27 20:43",
            "今天（7月27日），某某區人大常委會第四次會議決定，任命李某為某某區人民政府副區長。",
        ),
        [(HEADLINE, "2022-07-27", "2022-07-27")],
        id="traditional",
    ),
    pytest.param(
        page("决定任命李某为区人民政府副区长 区十六届人大常委会举行第二十六次会议", STORY_NO_RECORDS),
        [("区十六届人大常委会举行第二十六次会议", None, None)],
        id="sub-headline-beside-main",
    ),
    pytest.param(
        page("区十六届人大常委会举行第二十六次会议 决定任命李某为区人民政府副区长", STORY_NO_RECORDS),
        [("区十六届人大常委会举行第二十六次会议决定任命李某为区人民政府副区长", None, None)],
        id="session-first-then-its-decision-one-title",
    ),
    pytest.param(
        page("某某区举办读书节 某某区举办科技节", STORY_NO_RECORDS),
        [("某某区举办读书节某某区举办科技节", None, None)],
        id="neg-two-parts-no-session-kept-whole",
    ),
    pytest.param(
        page(
            "【媒体解读】某某市经济普查领导小组成立",
            "• 听全文",
            "• 2023-06-09",
            "• 来源: 某某日报",
            "为加强对普查工作的领导，6月8日，某某市人民政府决定成立某某市经济普查领导小组。",
        ),
        # the bullet's date is the publish day, not the event's (6月8日, past the lead's first clause: not read)
        [("【媒体解读】某某市经济普查领导小组成立", None, "2023-06-09")],
        id="bullet-date-tag-on-headline",
    ),
    # the lead dates the event another day: that day is the date (FORMAT.md), 昨天 the day before
    pytest.param(
        page(HEADLINE, "2022-07-27 20:43 来源：某某日报", STORY_OTHER_DAY),
        [(HEADLINE, "2022-07-26", "2022-07-27")],
        id="event-day-before",
    ),
    pytest.param(
        page(HEADLINE, "2022-07-27 20:43 来源：某某日报", STORY_TODAY.replace("今天（7月27日）", "昨天")),
        [(HEADLINE, "2022-07-26", "2022-07-27")],
        id="yesterday",
    ),
    # a news story without records is still a document; a headline over nothing is not
    pytest.param(
        page(
            "当前位置:首页 > 时事",
            "某某被提请决定为某某市政府代市长",
            "2013-09-16 17:08 来源:某某新媒体",
            STORY_NO_RECORDS,
        ),
        [("某某被提请决定为某某市政府代市长", None, "2013-09-16")],
        id="no-records-kept",
    ),
    pytest.param(
        page("某某区举办读书节活动", "活动现场气氛热烈，群众踊跃参加，反响良好。"), [], id="neg-no-story-no-document"
    ),
]
assert_unique(PAGE_ROWS)


@pytest.mark.parametrize(("text", "expected"), PAGE_ROWS)
def test_news_page(text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert news(text) == expected
