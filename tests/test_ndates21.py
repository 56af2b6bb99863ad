"""ndates21 (issue 9, session 21): the day of a news report, by class.

Each class fixed has its synthetic variants (parametrized) and near-misses that must give nothing or stay as they
were; `docs/issue9-rounds.md` (### ndates21) names the pages that showed it.

1. A page's posting time printed below a summary (headline / summary / headline again / 来源: / 2022-01-24 09:43 /
   本报讯…1月23日下午，…): the posting time, wherever it stands, is never the story's 成文日期
   (``layout.news.is_posting_stamp``, ``layout.fields``).
2. A lead opening on its whole date, the year printed, that tells an official's visit or an announcement
   (2022年7月27日下午，…莅临龙亭区调研指导 / …到我院宣布…决定): that day (``vocab.datelines.DATED_LEAD_ACT_VERBS``);
   a basis, a limit or a start around the date gives none (根据2019年5月1日会议精神，… / 截至… / …起，…:
   ``YEAR_LEAD_NOT_BEFORE`` / ``YEAR_LEAD_NOT_AFTER``), for the verbs of a session too.
3. A lead's first clause that is its date with the 年, 月 and 日 all lost (2007824上午，…召开: siom): the year glued before
   the month and day, read when they split one way only within a month before the publish day
   (``layout.storyday._LOST_MARKS_DAY_RE``).
4. An e-paper's issue line, the paper's name or an issue label before the day (甘孜日报 2020年08月13日 / 当前报章
   2019年06月05日: ``text.newshead.issue_line``, ``vocab.datelines.ISSUE_LINE_LABEL_ENDS``): the publish day only where
   the lead dates its event against it (runtun, sengpou).
5. A lead opening on clauses of purpose, then on its event's day (本网讯 为进一步…，…，8月7日，乡城县召开…座谈会:
   ``layout.storyday._PURPOSED_EVENT_RE``).
6. After a lead that dates nothing (日前/近日), a paragraph restating its session's day (会议于五月三十一日下午在…举行:
   ``layout.storyday._SESSION_RESTATED_RE``, ``vocab.datelines.SESSION_RESTATED_SUBJECTS``).
7. After a dispatch's day, the event's days restated as a range (国家卫健委网站1月7日消息，1月6日-7日，…召开: medsci):
   several days, not one, and not the dispatch's — none (``layout.storyday._RESTATED_RANGE_RE``), as a lead opening on
   a range gives none (titles round 15).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from linear_helpers import alarm as _alarm

from gazette_extract import parse_text
from gazette_extract.layout.news import is_posting_stamp
from gazette_extract.layout.storyday import lead_day, session_day, year_lead_day
from gazette_extract.text.newshead import issue_line
from gazette_extract.vocab.datelines import (
    DATED_LEAD_ACT_VERBS,
    SESSION_RESTATED_SUBJECTS,
    YEAR_LEAD_NOT_AFTER,
    YEAR_LEAD_NOT_BEFORE,
)

CORPUS = Path(__file__).resolve().parent.parent / "samples" / "corpus"


def _dates(text: str) -> list[str | None]:
    return [d.date for d in parse_text(text).documents]


# --------------------------------------------------------------------------- 1. a posting time below a summary

POSTING_STAMPS = [
    "2022-01-24 09:43",
    "2022年01月24日 09:43",
    "2022/01/24 09:43:12",
    "2022-1-24 9:43",
    "2022.01.24 09:43",
    "2022-01-24 09：43",
]
NOT_POSTING_STAMPS = [
    "2022-01-24",  # a day alone: a signature's date may look so
    "2022年1月24日",
    "二〇二二年一月二十四日",
    "会议于2022年1月24日9:30在市政府第一会议室召开，全体委员出席并审议通过了各项议程。",  # a sentence, not a stamp
]


@pytest.mark.parametrize("text", POSTING_STAMPS)
def test_posting_stamp(text: str) -> None:
    assert is_posting_stamp(text)


@pytest.mark.parametrize("text", NOT_POSTING_STAMPS)
def test_not_posting_stamp(text: str) -> None:
    assert not is_posting_stamp(text)


_SUMMARY_PAGE = (
    CORPUS / "sxchinadaily-2022-shanxi-npc-press-conference-summary-over-headline-reporter-day.txt"
).read_text(encoding="utf-8")
_LEAD_DAY = "本报讯(记者陈俊琦)1月23日下午,"
# the lead's own day (resolved against the posting day), or none — never the posting day itself
LEADS = [
    (_LEAD_DAY, "2022-01-23"),
    ("本报讯(记者陈俊琦)昨天下午,", "2022-01-23"),
    ("本报讯(记者陈俊琦)近日,", None),  # 近日 dates nothing: null, not the posting time
    ("本报讯(记者陈俊琦)日前,", None),
]


@pytest.mark.parametrize("stamp", POSTING_STAMPS)
@pytest.mark.parametrize(("lead", "expected"), LEADS)
def test_posting_time_under_summary_is_no_date(stamp: str, lead: str, expected: str | None) -> None:
    text = _SUMMARY_PAGE.replace("2022-01-24 09:43", stamp).replace(_LEAD_DAY, lead, 1)
    assert _dates(text) == [expected]


def test_signature_date_under_story_kept() -> None:
    # near-miss: an official notice reprinted under a news page's posting time keeps the date under its signature
    text = (
        "关于做好防汛工作的通知\n\n发布时间：2022-06-02 09:43\n\n各乡镇人民政府，县直各单位：\n\n"
        "为做好今年防汛工作，现将有关事项通知如下。\n\n某某县人民政府办公室\n\n2022年6月1日"
    )
    assert _dates(text) == ["2022-06-01"]


# --------------------------------------------------------------------------- 2. a whole date, then a visit or announcement

_DATES = ["2022年7月27日", "2022年07月27日"]
_PARTS = ["", "上午", "下午"]
_SEPARATORS = ["，", ","]


@pytest.mark.parametrize("verb", sorted(DATED_LEAD_ACT_VERBS))
@pytest.mark.parametrize("date", _DATES)
@pytest.mark.parametrize("part", _PARTS)
@pytest.mark.parametrize("sep", _SEPARATORS)
def test_year_lead_act(verb: str, date: str, part: str, sep: str) -> None:
    lead = f"{date}{part}{sep}开封市委常委、常务副市长陈维忠一行到龙亭区{verb}重点项目建设情况。"
    assert year_lead_day(lead) == "2022-07-27"


@pytest.mark.parametrize("verb", sorted(DATED_LEAD_ACT_VERBS))
def test_year_lead_act_needs_year(verb: str) -> None:
    # a month and day alone: the year is not printed, nothing places it
    assert year_lead_day(f"7月27日下午，副市长陈维忠一行到龙亭区{verb}重点项目建设情况。") is None


@pytest.mark.parametrize("word", sorted(YEAR_LEAD_NOT_BEFORE))
@pytest.mark.parametrize("verb", ["召开", "举行", "调研", "宣布"])
def test_year_lead_basis_or_limit(word: str, verb: str) -> None:
    assert year_lead_day(f"{word}2019年5月1日会议精神和部署要求，县里{verb}专题会议。") is None


@pytest.mark.parametrize("word", sorted(YEAR_LEAD_NOT_AFTER))
@pytest.mark.parametrize("verb", ["召开", "举行", "调研", "宣布"])
def test_year_lead_start_or_span(word: str, verb: str) -> None:
    assert year_lead_day(f"2019年5月1日{word}，全县{verb}专题会议十余次。") is None


@pytest.mark.parametrize(
    "lead",
    [
        "2022年是调研年，全县各部门深入基层。",  # a year, no day
        "2022年7月27日，全市累计接待游客10万人次。",  # a day, no event
        "2022年7月27日。",
    ],
)
def test_year_lead_no_event(lead: str) -> None:
    assert year_lead_day(lead) is None


@pytest.mark.parametrize("verb", ["调研指导", "视察", "考察", "看望慰问"])
def test_untitled_year_lead_act_is_dated(verb: str) -> None:
    text = (
        f"2022年7月27日下午,开封市委常委、常务副市长陈维忠带领市发改、财政等相关负责人莅临龙亭区{verb}重点项目建设情况。\n"
        "市领导一行详细了解项目进展,分析研判问题,提出解决思路。"
    )
    assert _dates(text) == ["2022-07-27"]


@pytest.mark.parametrize("verb", ["调研指导", "视察"])
def test_untitled_day_lead_act_without_year_is_nothing(verb: str) -> None:
    text = f"7月27日下午,开封市委常委、常务副市长陈维忠莅临龙亭区{verb}重点项目建设情况。\n市领导一行详细了解项目进展。"
    assert _dates(text) == []


# --------------------------------------------------------------------------- 3. a whole date that lost its marks

_EVENT = "，上海光机所在多功能报告厅召开全所中层干部大会，宣布邵建达同志任副所长。"


@pytest.mark.parametrize(
    ("digits", "published", "expected"),
    [
        ("2007824", "2007-08-27", "2007-08-24"),
        ("2007824上午", "2007-08-27", "2007-08-24"),
        ("2007824日下午", "2007-08-27", "2007-08-24"),
        ("20071024下午", "2007-10-27", "2007-10-24"),  # 10-24 (102-4 is no month)
        ("2007824", "2007-09-20", "2007-08-24"),  # a month after, the year printed
        ("1998316", "1998-03-17", "1998-03-16"),
        ("824上午", "2007-08-27", "2007-08-24"),  # no year: as before (dates round 14)
    ],
)
def test_lost_marks_with_year(digits: str, published: str, expected: str) -> None:
    assert lead_day(digits + _EVENT, published) == expected


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("2007824" + _EVENT, "2007-10-27"),  # two months before the publish day: not this report's
        ("2006824" + _EVENT, "2007-08-27"),  # the year before
        ("2007824" + _EVENT, "2007-08-20"),  # after the publish day
        ("2007824，是上海光机所的总机号码。", "2007-08-27"),  # no event told: a number
        ("20070824" + _EVENT, "2007-08-27"),  # a zero-led month: no such reading
        ("2019" + _EVENT, "2019-03-01"),  # a year alone
    ],
)
def test_lost_marks_with_year_negative(lead: str, published: str) -> None:
    assert lead_day(lead, published) is None


# --------------------------------------------------------------------------- 4. an e-paper's issue line


@pytest.mark.parametrize("label", ["甘孜日报", "当前报章", "某某晚报", "某某时报", "人民日报", "某某报"])
@pytest.mark.parametrize("sep", ["", " ", "\u3000", "："])
@pytest.mark.parametrize("day", ["2020年08月13日", "2020年8月13日", "2020-08-13", "2020/08/13"])
def test_issue_line(label: str, sep: str, day: str) -> None:
    # (a Traditional page is read in Simplified: 甘孜日報 / 當前報章 reach it as 甘孜日报 / 当前报章)
    assert issue_line(label + sep + day) == "2020-08-13"


@pytest.mark.parametrize(
    "text",
    [
        "2020年08月13日",  # a day alone: another reader's
        "甘孜日报",
        "甘孜日报 2020年08月13日 星期四 第3版 要闻 乡城新闻 编辑 某某某",  # a masthead row, not a line alone
        "关于报送2020年8月13日会议材料的通知",
        "甘孜日报 2020年08月",
        "甘孜州 2020年08月13日",  # no paper's name
    ],
)
def test_not_issue_line(text: str) -> None:
    assert issue_line(text) is None


_EPAPER = "{line}\n本网讯 为进一步体现县委、县政府对离退休老干部的关心关怀,让老干部全面了解全县经济社会发展情况,{day},乡城县召开2020年离退休老干部座谈会。\n会上,该县政府主要领导通报了上半年经济社会发展情况。"


@pytest.mark.parametrize("line", ["甘孜日报 2020年08月13日", "甘孜日报2020-08-13", "当前报章2020年08月13日"])
@pytest.mark.parametrize(("day", "expected"), [("8月7日", "2020-08-07"), ("8月13日上午", "2020-08-13")])
def test_issue_line_dates_lead(line: str, day: str, expected: str) -> None:
    assert _dates(_EPAPER.format(line=line, day=day)) == [expected]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("甘孜日报 2020年08月13日", "7月7日"),  # more than ten days before the issue: not this report's
        ("甘孜日报 2020年08月13日", "8月20日"),  # after the issue day
        ("甘孜日报 2020年08月13日", "近日"),  # a lead that dates nothing: the issue line dates nothing either
    ],
)
def test_issue_line_lead_negative(line: str, day: str) -> None:
    assert _dates(_EPAPER.format(line=line, day=day)) in ([], [None])


# --------------------------------------------------------------------------- 5. purpose clauses, then the day

_PURPOSES = [
    "为进一步体现县委、县政府对离退休老干部的关心关怀,让老干部全面了解全县经济社会发展情况,",
    "为了贯彻落实省委有关部署,",
    "根据县委统一安排,",
    "按照市委部署要求,",
]


@pytest.mark.parametrize("purpose", _PURPOSES)
@pytest.mark.parametrize("verb", ["召开", "举行", "开幕"])
@pytest.mark.parametrize(
    ("day", "expected"), [("8月7日", "2020-08-07"), ("8月7日上午", "2020-08-07"), ("8月12日", "2020-08-12")]
)
def test_purposed_lead(purpose: str, verb: str, day: str, expected: str) -> None:
    assert lead_day(f"本网讯 {purpose}{day},乡城县{verb}2020年离退休老干部座谈会。", "2020-08-13") == expected


@pytest.mark.parametrize(
    "lead",
    [
        "本网讯 为进一步体现县委关怀,8月7日至9日,乡城县召开座谈会。",  # a range
        "本网讯 为进一步体现县委关怀,7月1日,乡城县召开座谈会。",  # too long before the publish day
        "本网讯 为进一步体现县委关怀,8月7日,全县干部深入基层走访。",  # no event held
        "本网讯 为进一步体现县委关怀,乡城县将于8月20日召开座谈会。",  # a plan, no day opening a clause
        "本网讯 为进一步体现县委关怀。8月7日,乡城县召开座谈会。",  # the day in the next sentence
        "据了解,3月16日,某某会议召开。",  # a cited account's clause, not a purpose (reads as before: pages17)
        "记者从县委办获悉,8月7日,乡城县召开座谈会。",
    ],
)
def test_purposed_lead_negative(lead: str) -> None:
    assert lead_day(lead, "2020-08-13") is None


# --------------------------------------------------------------------------- 6. the session's day restated


@pytest.mark.parametrize("subject", sorted(SESSION_RESTATED_SUBJECTS))
@pytest.mark.parametrize("day", ["五月三十一日下午", "5月31日", "2019年5月31日上午"])
@pytest.mark.parametrize("verb", ["举行", "召开"])
def test_session_restated(subject: str, day: str, verb: str) -> None:
    assert session_day([f"{subject}于{day}在市政署大礼堂{verb},由主席主持。"], "2019-06-05") == "2019-05-31"


@pytest.mark.parametrize(
    "paragraph",
    [
        "会议于五月三十一日至六月一日在市政署大礼堂举行。",  # a range
        "会议将于六月十日在市政署大礼堂举行。",  # a plan
        "会议于五月三十一日审议了预算修改。",  # no session held told
        "会议于四月一日在市政署大礼堂举行。",  # too long before the publish day
        "委员于五月三十一日在市政署大礼堂举行交流。",  # not the session
    ],
)
def test_session_restated_negative(paragraph: str) -> None:
    assert session_day([paragraph], "2019-06-05") is None


_MACAU = (
    "當前報章2019年06月05日\n今日導讀\n市政諮委會召開特別大會\n"
    "    【特訊】市政署市政諮詢委員會{lead}召開特別大會,審議市政署本年度第二次預算修改。\n"
    "    會議於{day}下午在市政署大禮堂舉行,由市政諮詢委員會主席司徒民義主持,出席者包括副主席鍾國榮。\n"
    "    為配合澳門特區成立二十周年慶祝活動,市政署計劃重鋪澳門東亞運動會體育館一帶的道路。"
)


@pytest.mark.parametrize("lead", ["日前", "近日"])
@pytest.mark.parametrize(("day", "expected"), [("五月三十一日", "2019-05-31"), ("6月4日", "2019-06-04")])
def test_issue_line_then_restated_session(lead: str, day: str, expected: str) -> None:
    assert _dates(_MACAU.format(lead=lead, day=day)) == [expected]


@pytest.mark.parametrize("day", ["四月一日", "六月十日"])  # long before the issue day, or after it
def test_issue_line_then_restated_session_negative(day: str) -> None:
    assert _dates(_MACAU.format(lead="日前", day=day)) in ([], [None])


# --------------------------------------------------------------------------- 7. a range restated after the dispatch

_DISPATCHES = ["国家卫健委网站1月7日消息", "新华网1月7日消息", "新华社北京1月7日电", "中国吉林网1月7日讯（记者 张某）"]


@pytest.mark.parametrize("dispatch", _DISPATCHES)
@pytest.mark.parametrize("sep", ["，", ",", "：", ""])
@pytest.mark.parametrize(
    "days", ["1月6日-7日", "1月6日至7日", "1月6日—7日", "1月6日~1月7日", "1月6-7日", "2020年1月6日至7日"]
)
def test_range_after_dispatch(dispatch: str, sep: str, days: str) -> None:
    assert lead_day(f"{dispatch}{sep}{days}，2020年全国卫生健康工作会议在北京召开。", "2020-01-07") is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("国家卫健委网站1月7日消息，1月6日，全国会议在北京召开。", "2020-01-06"),  # one day restated: as before
        ("新华社北京1月7日电 全国会议今天在北京召开。", "2020-01-07"),  # the dispatch's day
        ("新华社北京1月7日电 会议于1月6日至7日举行。", "2020-01-07"),  # the range later in the lead: the dispatch's day
    ],
)
def test_range_after_dispatch_near_miss(lead: str, expected: str) -> None:
    assert lead_day(lead, "2020-01-07") == expected


# --------------------------------------------------------------------------- linearity (rule 3)


def _seconds(call: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        call(text)
        best = min(best, time.process_time() - start)
    return best


# (what, function, adversarial input of size n): each timed at n and 10n, the ratio near 10 or below
ADVERSARIAL: list[tuple[str, Callable[[str], object], Callable[[int], str]]] = [
    ("year lead, commas", year_lead_day, lambda n: "2022年7月27日下午，" + "，" * n),
    ("year lead, no verb", year_lead_day, lambda n: "2022年7月27日下午，" + "副市长陈维忠一行" * n),
    ("year lead, basis words", year_lead_day, lambda n: "根据" * n + "2022年7月27日，调研"),
    ("posting stamp, long", is_posting_stamp, lambda n: "2022-01-24 " + "9:" * n),
    ("issue line, long label", issue_line, lambda n: "报" * n + "2020年08月13日"),
    (
        "purposed lead, commas",
        lambda text: lead_day(text, "2020-08-13"),
        lambda n: "为" + "进一步," * n + "8月7日,召开",
    ),
    ("restated session", lambda text: session_day([text], "2019-06-05"), lambda n: "会议于5月31日" + "在" * n + "举行"),
    (
        "range after dispatch, blanks",
        lambda text: lead_day(text, "2020-01-07"),
        lambda n: "新华社北京1月7日电" + " " * n + "，1月6日",
    ),
    ("lost marks, digits", lambda text: lead_day(text, "2007-08-27"), lambda n: "2007" + "8" * n + "，召开"),
]


@pytest.mark.parametrize(("what", "call", "make"), ADVERSARIAL, ids=[row[0] for row in ADVERSARIAL])
def test_linear(what: str, call: Callable[[str], object], make: Callable[[int], str]) -> None:
    n = 20_000
    with _alarm(20):
        small, large = _seconds(call, make(n)), _seconds(call, make(10 * n))
    assert large <= max(30 * small, 0.05), (what, small, large)
