"""The day a news story dates its event (issue 9, FORMAT.md's ``date`` of a news report), by class.

* a dateline (``新华社北京12月31日电``, any agency or site, Chinese numerals, 讯/信息/消息) gives its day;
* the lead's first clause: 今天/今日/今（26）日, 昨天/昨日（22日）, 前天, ``12月3日下午``, ``于25日召开``,
  full dates in every spelling (``2015年3月2日``, ``二〇一五年三月二日``, ``2015-3-2``, ``2015/03/02``,
  ``2015.3.2``), after the lead's marks (本报讯（记者 X）, 【财新网】, [九江新媒体]);
* negative rows: a day that cannot be this report's (after the publish day, weeks before it, a
  bracket that contradicts its word, a range, 近日/日前, a day deep in the clause's background);
* through the pipeline: the headline stays whole when a dated lead or a dateline follows it, a
  session's day stated further down the story, a caption or a toolbar is never the title.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.storyday import lead_day, session_day
from gazette_extract.text.newshead import opens_lead

PUB = "2015-03-03"


LEAD_ROWS = [
    # datelines
    pytest.param("新华社北京3月2日电 依照有关规定，某某决定。", "2015-03-02", id="dateline-xinhua"),
    pytest.param("中新社上海三月二日电 （记者 王某）某某会议今天闭幕。", "2015-03-02", id="dateline-cn-numerals"),
    pytest.param("新华网河南频道3月3日讯大河网报道：3月2日，省政府举行仪式。", "2015-03-03", id="dateline-xun"),
    pytest.param("头条3月2日信息，某某会议在北京落幕。", "2015-03-02", id="dateline-xinxi"),
    pytest.param("本报讯 人民网北京3月2日电 某某决定。", "2015-03-02", id="dateline-after-opener"),
    # relative days
    pytest.param("今天（3月3日），某某区人大常委会第四次会议决定。", "2015-03-03", id="today-bracket"),
    pytest.param("今日上午，某某会议召开。", "2015-03-03", id="today-jinri"),
    pytest.param("今（3）日，某某会议召开。", "2015-03-03", id="jin-bracket-ri"),
    pytest.param("昨天上午，某某会议召开。", "2015-03-02", id="yesterday"),
    pytest.param("昨日（2日），某某会议闭幕。", "2015-03-02", id="yesterday-bracket"),
    pytest.param("某某会议于昨天上午召开。", "2015-03-02", id="yesterday-inside-clause"),
    pytest.param("前天，某某会议召开。", "2015-03-01", id="day-before-yesterday"),
    # month and day, day alone, full dates in every spelling, with times
    pytest.param("本报讯（记者 王某 通讯员 李某）3月2日，某某会议在某地举行。", "2015-03-02", id="opener-reporter"),
    pytest.param("【某某网】（记者 王某）3月2日下午，某某会议举行。", "2015-03-02", id="tag-reporter"),
    pytest.param("[某某新媒体]3月2日，某某会议召开。", "2015-03-02", id="ascii-bracket-tag"),
    pytest.param("某某会议于2日召开。", "2015-03-02", id="day-alone"),
    pytest.param("某某会议二日闭幕。", "2015-03-02", id="day-alone-cn"),
    pytest.param("2015年3月2日，某某会议召开。", "2015-03-02", id="cjk-full"),
    pytest.param("二〇一五年三月二日，某某会议召开。", "2015-03-02", id="cjk-numerals-full"),
    pytest.param("2015-3-2 9:30，某某会议召开。", "2015-03-02", id="iso-dash-time"),
    pytest.param("2015/03/02，某某会议召开。", "2015-03-02", id="iso-slash"),
    pytest.param("2015.3.2上午，某某会议召开。", "2015-03-02", id="iso-dot"),
    pytest.param("3月2日晚上8时，某某会议召开。", "2015-03-02", id="month-day-time"),
    # negatives
    pytest.param("近日，某市成立某某指挥部。", None, id="neg-jinri-recently"),
    pytest.param("日前，某市成立某某指挥部。", None, id="neg-riqian"),
    pytest.param("3月5日，某某会议召开。", None, id="neg-after-publish"),
    pytest.param("2014年12月30日，区长在会议所作的报告部署了任务。", None, id="neg-weeks-before"),
    pytest.param("今天（3月2日），某某会议召开。", None, id="neg-bracket-contradicts"),
    pytest.param("某某会议决定大会于23日至25日举行。", None, id="neg-range"),
    pytest.param("某某会议定于2日至5日召开。", None, id="neg-range-past-start"),
    pytest.param("为贯彻落实某某意见，建立健全工作机制，3月2日成立指挥部。", None, id="neg-day-past-first-clause"),
    pytest.param("某某报记者 王某", None, id="neg-reporter-line"),
]
assert_unique(LEAD_ROWS, whole=True)


@pytest.mark.parametrize(("lead", "expected"), LEAD_ROWS)
def test_lead_day(lead: str, expected: str | None) -> None:
    assert lead_day(lead, PUB) == expected


def test_lead_day_december_story_read_in_january() -> None:
    assert lead_day("12月30日，某某会议召开。", "2016-01-02") == "2015-12-30"


SESSION_ROWS = [
    pytest.param(
        ["栗某的职务已被免去。", "3月2日下午，某某自治区人大常委会召开第十三次会议，会议决定任命王某为厅长。"],
        "2015-03-02",
        id="session-second-paragraph",
    ),
    pytest.param(["3月2日上午，某某会议在北京举行。"], "2015-03-02", id="session-held"),
    pytest.param(["3月2日，某某区长到某镇调研。"], None, id="neg-not-a-session"),
    pytest.param(["2月2日，某某会议召开。"], None, id="neg-session-month-before"),
    pytest.param(["他说，3月2日，某某会议召开。"], None, id="neg-day-not-opening"),
]
assert_unique(SESSION_ROWS, whole=True)


@pytest.mark.parametrize(("paragraphs", "expected"), SESSION_ROWS)
def test_session_day(paragraphs: list[str], expected: str | None) -> None:
    assert session_day(paragraphs, PUB) == expected


OPENS_LEAD_ROWS = [
    pytest.param("【某某网】（记者 王某）3月2日下午，某某会议举行。", True, id="tag-reporter"),
    pytest.param("[某某新媒体]（通讯员 李某）某某会议召开。", True, id="ascii-tag-reporter"),
    pytest.param("新华社北京3月2日电", True, id="dateline-alone"),
    pytest.param("中评社北京9月1日电/某某网报道，据消息：", True, id="dateline-slash"),
    pytest.param("【要闻】", False, id="neg-column-tag"),
    pytest.param("3月2日电视台播出了节目。", False, id="neg-dianshi"),
    pytest.param("会议决定，于3月2日召开。", False, id="neg-sentence"),
]
assert_unique(OPENS_LEAD_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), OPENS_LEAD_ROWS)
def test_opens_lead(line: str, expected: bool) -> None:
    assert opens_lead(line) is expected


# --------------------------------------------------------------------------- through the pipeline


def news(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.title, d.date, d.published) for d in parse_text(text).documents]


HEAD = "某某区人大常委会举行第二十五次会议"
LEAD = "会议决定任命王某为某某区人民政府副区长。"
PAGE_ROWS = [
    pytest.param(
        [HEAD, "06.01.2017  21:32", "本报讯（记者 王某）1月5日，某某区人大常委会第二十五次会议举行。" + LEAD],
        [(HEAD, "2017-01-05", "2017-01-06")],
        id="lead-day-before-publish",
    ),
    pytest.param(
        [HEAD, "2017-01-06 08:00", "某某会议在某地举行。" + LEAD.replace("会议", "", 1)],
        [(HEAD, None, "2017-01-06")],
        id="neg-undated-lead",
    ),
    pytest.param(
        [HEAD, "2017-01-06 08:00", "某某会议在某地举行。" + LEAD.replace("会议", "", 1), "2017年1月6日"],
        [(HEAD, "2017-01-06", "2017-01-06")],
        id="date-under-the-text-kept",
    ),
    pytest.param(
        [
            HEAD,
            "2017年01月06日 09:08",
            "王某称因年龄原因辞职，李某被任命为代区长",
            "【某某网】（记者 张某）1月5日下午，" + LEAD,
        ],
        [(HEAD, "2017-01-05", "2017-01-06")],
        id="sub-headline-then-tagged-lead",
    ),
    pytest.param(
        [
            "2017-01-06 01:47:29 来源：某某网 责任编辑：刘某",
            "某某网2017-01-06号报道",
            "新华社北京1月5日电",
            "某某区人大常委会公告",
            LEAD,
        ],
        [("某某区人大常委会公告", "2017-01-05", "2017-01-06")],
        id="syndication-then-dateline",
    ),
    pytest.param(
        ["今年有8位某某前往某某委员会任职", "头条1月5日信息，某某会议5日下午在北京落幕。" + LEAD],
        [("今年有8位某某前往某某委员会任职", None, None)],
        id="headline-over-dateline-stays-whole",
    ),
    pytest.param(
        ["（2017年1月6日）", "1月6日上午，某某区人大常委会第八次会议在区机关召开。" + LEAD],
        [(None, "2017-01-06", "2017-01-06")],
        id="untitled-bracketed-date",
    ),
    pytest.param(
        [
            "发表时间： 2017-01-06 17:54:00作者：",
            "官方消息证实，近日某某已被免职。",
            "1月5日下午，某某区人大常委会召开第十三次会议，" + LEAD,
        ],
        [(None, "2017-01-05", "2017-01-06")],
        id="untitled-session-day-below",
    ),
]
assert_unique(PAGE_ROWS, whole=True)


@pytest.mark.parametrize(("lines", "expected"), PAGE_ROWS)
def test_news_page_date(lines: list[str], expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert news("\n".join(lines) + "\n") == expected
