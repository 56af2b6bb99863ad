"""Dates, round 14 (issue 9): dates withheld on documents that print one. Each class is a way a
page prints its document's date that the date choice did not read (the dev texts' withheld dates,
sorted by the step that failed), written across its variants, with the rows that must give nothing
or must not change:

* a story's lead that states its event's whole date after one clause of purpose or source
  (``为传达落实…要求，2020年2月19日，在…召开`` / ``据…公布；将于2011年7月22日…举行``), and a lead whose
  date opens the clause of the decision it reports (``2020年10月21日，决定任命：…``);
* a report's delivery line under its title printed again below a forum's or portal's chrome
  (``发表于 … / 2023年某市政府工作报告 / ---2023年1月30日在…会议上``);
* a transcript's or speech's day in a bracket under a news headline, perhaps printed again over it
  (``…新闻发布会实录 / 2024-09-02 15:33 来源：… / （2024年9月2日）``);
* a law database's bracketed key run (``【发布日期】1990-04-01 【生效日期】…``): its 发布日期 is the rule's
  promulgation — not for a rule revised since, nor under a note dated another day (round 12);
* an unsigned notice's date line that lost its 年月日 (``20151214``) right under the notice's closing
  sentence (``…现印发给你们，请认真贯彻执行。``).

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs
from table_helpers import assert_unique

from gazette_extract.layout.storyday import lead_day, year_lead_day

docs = api_docs

# --------------------------------------------------------------------------- a year-dated lead after a lead-in

# an untitled report whose roster line makes it a document (FORMAT.md: records without a heading)
PRESIDES = "，会议由领导小组组长张某某主持。\n会议要求，各单位要压实责任，做好校园疫情防控工作。\n"
MEETING = "在学校行政楼二楼会议室召开学校疫情防控工作领导小组会议"

LEAD_IN_ROWS = [
    pytest.param(f"为传达落实省委教育工委有关疫情防控工作要求，2020年2月19日，{MEETING}", "2020-02-19", id="purpose"),
    pytest.param(f"为了进一步做好校园疫情防控工作，2020年2月19日，{MEETING}", "2020-02-19", id="purpose-weile"),
    pytest.param(f"根据上级统一安排，2020年2月19日上午，{MEETING}", "2020-02-19", id="according-morning"),
    pytest.param(f"按照省委教育工委部署，2020年2月19日，{MEETING}", "2020-02-19", id="as-arranged"),
    pytest.param(f"据学校办公室消息；2020年2月19日，{MEETING}", "2020-02-19", id="source-semicolon"),
    pytest.param(f"据学校办公室消息;2020年2月19日，{MEETING}", "2020-02-19", id="source-ascii-semicolon"),
    pytest.param(f"记者从学校办公室获悉，2020年2月19日，{MEETING}", "2020-02-19", id="reporter-learned"),
    pytest.param(f"据学校办公室公布，将于2020年2月19日（星期三）上午10时{MEETING}", "2020-02-19", id="future-weekday"),
    pytest.param(f"为传达落实上级要求,2020年2月19日,{MEETING}", "2020-02-19", id="ascii-commas"),
    pytest.param(f"为传达落实上级要求，二〇二〇年二月十九日，{MEETING}", "2020-02-19", id="numerals"),
    pytest.param(
        "為傳達落實上級要求，2020年2月19日，在學校行政樓二樓會議室召開學校疫情防控工作領導小組會議",
        "2020-02-19",
        id="traditional",
    ),
    pytest.param(f"2020年2月19日，{MEETING}", "2020-02-19", id="no-lead-in-unchanged"),
    # negatives: a clause of another kind, two clauses, a range, a month without its day
    pytest.param(f"今年以来，2020年2月19日，{MEETING}", None, id="other-clause-none"),
    pytest.param(f"为传达落实上级要求，根据学校安排，2020年2月19日，{MEETING}", None, id="two-clauses-none"),
    pytest.param(f"为传达落实上级要求，2020年2月19日至21日，{MEETING}", None, id="range-none"),
    pytest.param(f"为传达落实上级要求，2020年2月，{MEETING}", None, id="month-none"),
    pytest.param("为传达落实上级要求，2020年2月19日，学校印发了防控方案", None, id="no-session-none"),
]
assert_unique(LEAD_IN_ROWS)


@pytest.mark.parametrize(("lead", "date"), LEAD_IN_ROWS)
def test_a_year_dated_lead_after_a_lead_in_clause(lead: str, date: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(lead + PRESIDES)] == [(None, date)]


DECISION_ROWS = [
    pytest.param("2020年10月21日，决定任命：张某某为某某市人民政府副市长。", "2020-10-21", id="jueding-renming"),
    pytest.param("2020年10月21日,决定免去：李某某的某某市人民政府副市长职务。", "2020-10-21", id="jueding-miqu"),
    pytest.param("2020年10月21日上午，任命张某某为某某市人民政府副市长。", "2020-10-21", id="renming-morning"),
    pytest.param("2020年10月21日，表决通过了任命张某某为某某市人民政府副市长的决定。", "2020-10-21", id="voted"),
    pytest.param("2020年10月21日，选举张某某为某某市人民政府市长。", "2020-10-21", id="elected"),
    # negatives: the date glued to the verb, or the decision's day told inside another clause
    pytest.param("2020年10月21日决定任命张某某为某某市人民政府副市长。", None, id="no-comma-none"),
    pytest.param("据了解，张某某于2020年10月21日被任命为某某市人民政府副市长。", None, id="inside-prose-none"),
]
assert_unique(DECISION_ROWS)


@pytest.mark.parametrize(("lead", "date"), DECISION_ROWS)
def test_a_lead_whose_date_opens_its_decision(lead: str, date: str | None) -> None:
    assert year_lead_day(lead) == date


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        pytest.param("2020年10月21日，决定任命：张某某为某某市人民政府副市长。\n", "2020-10-21", id="untitled-record"),
        pytest.param(
            "2020年10月21日，決定任命：張某某為某某市人民政府副市長。\n", "2020-10-21", id="untitled-traditional"
        ),
        pytest.param("2020年10月21日决定任命张某某为某某市人民政府副市长。\n", None, id="untitled-record-glued-none"),
    ],
)
def test_an_untitled_appointment_dated_by_its_lead(lead: str, date: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(lead)] == [(None, date)]


# --------------------------------------------------------------------------- a delivery line under the title again

REPORT = "2023年某某市政府工作报告"
CHROME = (
    f"[河北] {REPORT}\n[复制链接]\n签到天数: 734 天\n版主\n积分\n148199\n"
    "发表于 2023-4-18 19:33:04 | 显示全部楼层 |阅读模式\n"
)
OPENING = "一、回顾2022年工作\n过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新成效。\n"
SESSION = "在某某市第十六届人民代表大会第四次会议上"

DELIVERY_ROWS = [
    pytest.param(f"{REPORT}\n---2023年1月30日{SESSION}\n某某市人民政府市长 张某某\n", "2023-01-30", id="ascii-dashes"),
    pytest.param(f"{REPORT}\n——2023年1月30日{SESSION}\n某某市人民政府市长 张某某\n", "2023-01-30", id="em-dashes"),
    pytest.param(f"{REPORT}\n—2023年1月30日{SESSION}\n", "2023-01-30", id="one-dash-no-speaker"),
    pytest.param(f"{REPORT}\n－－2023年1月30日{SESSION}\n", "2023-01-30", id="full-width-hyphens"),
    pytest.param(f"{REPORT}\n（2023年1月30日{SESSION}）\n", "2023-01-30", id="bracketed"),
    pytest.param(f"{REPORT}\n某某市人民政府市长 张某某\n——2023年1月30日{SESSION}\n", "2023-01-30", id="speaker-first"),
    pytest.param(f"{REPORT}\n——二〇二三年一月三十日{SESSION}\n", "2023-01-30", id="numerals"),
    # negatives: no title again over it, a delivery line without its day or with a month only
    pytest.param(f"——2023年1月30日{SESSION}\n", None, id="no-title-again-none"),
    pytest.param(f"{REPORT}\n——{SESSION}\n", None, id="undated-none"),
    pytest.param(f"{REPORT}\n——2023年1月{SESSION}\n", None, id="month-only-none"),
]
assert_unique(DELIVERY_ROWS)


@pytest.mark.parametrize(("again", "date"), DELIVERY_ROWS)
def test_a_delivery_line_under_the_title_printed_again(again: str, date: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(CHROME + again + OPENING)] == [(REPORT, date)]


# --------------------------------------------------------------------------- a transcript's day under a news headline

HEADLINE = "某某省人均预期寿命突破80岁新闻发布会实录"
BYLINE = "2024-09-02 15:33 来源：某某省新闻办公室"
SPEECH = "\n中共某某省委宣传部新闻发布处调研员某某某：\n女士们、先生们，记者朋友们，大家上午好！欢迎出席新闻发布会。\n"

TRANSCRIPT_ROWS = [
    pytest.param(
        "某某省人均预期寿命突破80岁\n新闻发布会实录\n（2024年9月2日）", "2024-09-02", id="title-again-two-lines"
    ),
    pytest.param("（2024年9月2日）", "2024-09-02", id="right-under-byline"),
    pytest.param("(2024年9月2日)", "2024-09-02", id="ascii-brackets"),
    pytest.param("（二〇二四年九月二日）", "2024-09-02", id="numerals"),
    pytest.param("（2024年8月30日）", "2024-08-30", id="days-before"),
    pytest.param("（2024年8月30日发布）", "2024-08-30", id="released"),
    # (a bracketed day other than the publish day was read before: round 11's date line under a
    # headline; this class is the one that falls on the publish day itself)
]
assert_unique(TRANSCRIPT_ROWS)


@pytest.mark.parametrize(("under", "date"), TRANSCRIPT_ROWS)
def test_a_transcripts_bracketed_day_under_a_news_headline(under: str, date: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(f"{HEADLINE}\n{BYLINE}\n{under}\n{SPEECH}")] == [(HEADLINE, date)]


@pytest.mark.parametrize(
    "page",
    [
        # (no-publish-line moved to tests/test_pages17.py: the headline no longer runs into the bracketed day, which
        # is read as the page's day, and the lead dates the story against it — the row passed only because the title
        # had taken the bracket)
        # a day alone without its bracket is the publish line's echo, as before
        pytest.param(f"{HEADLINE}\n{BYLINE}\n2024年9月2日\n{SPEECH}", id="unbracketed"),
    ],
)
def test_a_bracketed_day_that_is_no_transcripts(page: str) -> None:
    assert [d[2] for d in docs(page) if d[0] == HEADLINE] in ([], [None])


# --------------------------------------------------------------------------- a law database's 【发布日期】

RULE = "某某企业专业职务试行条例"
ARTICLES = "第一章 总则\n第一条 为了规范专业职务评聘工作，制定本条例。\n"


KEYS14 = "【发布部门】某某部\n【发布日期】1990-04-01 【生效日期】1990-04-01"


def law_page(keys: str, note: str = "（1990年4月某某部）") -> str:
    return f"第一篇:{RULE}\n{keys}\n【所属类别】国家法律法规 【文件来源】中国法院网\n{RULE}\n{note}\n{ARTICLES}"


LAW_ROWS = [
    pytest.param(
        "【发布单位】某某部 【发布文号】\n【发布日期】1990-04-01 【生效日期】1990-04-01 【失效日期】",
        "1990-04-01",
        id="iso",
    ),
    pytest.param("【发布部门】某某部\n【发布日期】1990.04.01 【实施日期】1990.05.01", "1990-04-01", id="dotted"),
    pytest.param(
        "【发布部门】某某部\n【发布日期】1990年4月1日 【时效性】现行有效", "1990-04-01", id="written-validity"
    ),
    pytest.param("【颁布单位】某某部\n【颁布日期】1990-04-01 【效力级别】部门规章", "1990-04-01", id="banbu"),
    pytest.param(
        "【發布單位】某某部 【發布文號】\n【發布日期】1990-04-01 【生效日期】1990-04-01", "1990-04-01", id="traditional"
    ),
    pytest.param(
        "【發(fā)布單位】某某部 【發(fā)布文號】\n【發(fā)布日期】1990-04-01 【生效日期】1990-04-01",
        "1990-04-01",
        id="pinyin-gloss",
    ),
]
assert_unique(LAW_ROWS)


@pytest.mark.parametrize(("keys", "date"), LAW_ROWS)
def test_a_law_databases_bracketed_publish_date(keys: str, date: str) -> None:
    assert [(d[0], d[2]) for d in docs(law_page(keys))] == [(RULE, date)]


@pytest.mark.parametrize(
    ("keys", "note", "date"),
    [
        # a rule revised since (round 12's row), a website's own key alone, keys without brackets
        pytest.param(KEYS14, "（根据某某部令第5号修改）", None, id="revised-none"),
        pytest.param("【发布日期】1990-04-01", "（1990年4月某某部）", None, id="key-alone-none"),
        pytest.param(
            "发布部门：某某部\n发布日期：1990-04-01 生效日期：1990-04-01",
            "（1990年4月某某部）",
            None,
            id="unbracketed-none",
        ),
        # a note dated another day under the title: that day, read before; never the key's
        pytest.param(KEYS14, "（1990年3月24日某某部\n印发）", "1990-03-24", id="other-day-kept"),
    ],
)
def test_a_publish_date_that_dates_no_rule(keys: str, note: str, date: str | None) -> None:
    assert [d[2] for d in docs(law_page(keys, note)) if d[0] == RULE] == [date]


# --------------------------------------------------------------------------- an unsigned notice's compact date

NOTICE = "某某市人民政府办公厅关于印发《某某市行政执法公示制度》的通知"
TO = "各县、区人民政府，市政府各部门：\n"
ENCLOSED = "某某市行政执法公示制度\n第一条 为了规范行政执法公示工作，制定本制度。\n"

COMPACT_ROWS = [
    pytest.param(
        "《某某市行政执法公示制度》已经市人民政府审议通过，现印发给你们，请认真贯彻执行。",
        "20151214",
        "2015-12-14",
        id="carry-out",
    ),
    pytest.param("现将《某某市行政执法公示制度》印发给你们，请遵照执行。", "20151214", "2015-12-14", id="comply"),
    pytest.param(
        "现将《某某市行政执法公示制度》印发给你们，请结合实际认真贯彻落实。", "20151214", "2015-12-14", id="implement"
    ),
    pytest.param("现将《某某市行政执法公示制度》印发给你们，请认真组织实施。", "20151214", "2015-12-14", id="organise"),
    pytest.param("现将有关事项通知如下。特此通知。", "20151214", "2015-12-14", id="hereby"),
    pytest.param(
        "现将《某某市行政执法公示制度》印发给你们，请认真贯彻执行！", "20151214", "2015-12-14", id="exclamation"
    ),
    pytest.param(
        "现将《某某市行政执法公示制度》印发给你们，请认真贯彻执行。", "  20151214  ", "2015-12-14", id="indented"
    ),
    # negatives: no closing sentence over it, a date that does not exist, digits not a padded date
    pytest.param("《某某市行政执法公示制度》共二十条，自公布之日起施行。", "20151214", None, id="no-closing-none"),
    pytest.param(
        "现将《某某市行政执法公示制度》印发给你们，请认真贯彻执行。", "20151314", None, id="no-such-month-none"
    ),
    pytest.param("现将《某某市行政执法公示制度》印发给你们，请认真贯彻执行。", "2015121", None, id="seven-digits-none"),
    pytest.param("现将《某某市行政执法公示制度》印发给你们，请认真贯彻执行。", "12345678", None, id="not-a-year-none"),
]
assert_unique(COMPACT_ROWS, whole=True)


@pytest.mark.parametrize(("close", "digits", "date"), COMPACT_ROWS)
def test_an_unsigned_notices_date_that_lost_its_marks(close: str, digits: str, date: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(f"{NOTICE}\n{TO}{close}\n{digits}\n{ENCLOSED}") if d[0] == NOTICE] == [
        (NOTICE, date)
    ]


def test_a_compact_date_in_a_table_row_dates_nothing() -> None:
    text = f"{NOTICE}\n{TO}现将名单公布如下，请认真贯彻执行。\n| 编号 | 20151214 |\n{ENCLOSED}"
    assert [d[2] for d in docs(text) if d[0] == NOTICE] == [None]


# --------------------------------------------------------------------------- linear time


def test_long_leads_and_key_runs_stay_linear() -> None:
    lead = "为" + "传达落实上级要求" * 4000 + "，2020年2月19日，" + MEETING
    assert year_lead_day(lead) is None
    keys = "【发布日期】1990-04-01 " * 2000
    assert [d[2] for d in docs(law_page(keys + "【生效日期】1990-04-01")) if d[0] == RULE] in ([], ["1990-04-01"])


# --------------------------------------------------------------------------- a converter's ?? for an indent

GBK_BODY = "??經市政府同意，現將《某某市防治慢性病中長期規劃》印發給你們，請認真貫徹執行。\n"
GBK_SIGNED = "某某市人民政府辦公室\n"

GBK_ROWS = [
    pytest.param(f"{GBK_BODY}{GBK_SIGNED}??2018年5月14日\n", "2018-05-14", id="two-marks"),
    pytest.param(f"{GBK_BODY}{GBK_SIGNED}????2018年5月14日\n", "2018-05-14", id="four-marks"),
    pytest.param(f"{GBK_BODY}{GBK_SIGNED}?? 2018年5月14日\n", "2018-05-14", id="marks-then-space"),
    pytest.param(f"{GBK_BODY}{GBK_SIGNED}??二〇一八年五月十四日\n", "2018-05-14", id="numerals"),
    pytest.param(f"{GBK_BODY}{GBK_SIGNED}2018年5月14日\n", "2018-05-14", id="date-unmarked"),
    # one marked line alone does not mark the page: its date line stays no date line
    pytest.param(
        f"經市政府同意，現將規劃印發給你們，請認真貫徹執行。\n{GBK_SIGNED}??2018年5月14日\n", None, id="one-line-none"
    ),
]
assert_unique(GBK_ROWS)


@pytest.mark.parametrize(("text", "date"), GBK_ROWS)
def test_a_date_line_whose_indent_became_question_marks(text: str, date: str | None) -> None:
    found = docs("各縣（市）、區人民政府，市政府各直屬單位：\n" + text + "某某市防治慢性病中長期規劃\n")
    assert [(d[2], d[3]) for d in found] == [(date, "某某市人民政府办公室" if date else None)]


# --------------------------------------------------------------------------- a law database's names line over a 关于 title

RULE_NAME = "某某市市本级政务公开工作实施细则"
LAW_NOTICE = f"关于印发{RULE_NAME}的通知"
BYLINE14 = "作者：法律资料网 时间：2024-07-06 00:54:58 浏览：9107 来源：法律资料网"
LAW_BODY = (
    "（某府发〔2003〕37号）\n市政府各部门，市直各单位：\n现将《某某市市本级政务公开工作实施细则》印发给你们，请遵照执行。\n"
    "二OO三年十二月四日\n"
)

NAMES_ROWS = [
    pytest.param(
        f"{RULE_NAME}\n{BYLINE14}\n{RULE_NAME}\n某某省某某市人民政府办公室\n",
        "某某省某某市人民政府办公室",
        id="names-line",
    ),
    pytest.param(f"{RULE_NAME}\n{BYLINE14}\n\n{RULE_NAME}\n\n某某市财政局\n", "某某市财政局", id="blank-lines"),
    # negatives: a red head (no copy of the page's title over the body), the copy printed nowhere
    # higher, a line that names no body
    pytest.param("某某省某某市人民政府办公室\n", None, id="red-head-none"),
    pytest.param(f"{BYLINE14}\n{RULE_NAME}\n某某省某某市人民政府办公室\n", None, id="copy-once-none"),
    pytest.param(f"{RULE_NAME}\n{BYLINE14}\n{RULE_NAME}\n法律资料网整理\n", None, id="not-a-body-none"),
]
assert_unique(NAMES_ROWS)


@pytest.mark.parametrize(("head", "issuer"), NAMES_ROWS)
def test_a_law_databases_names_line_over_the_notices_title(head: str, issuer: str | None) -> None:
    found = docs(f"{head}\n\n{LAW_NOTICE}\n{LAW_BODY}")
    assert [(d[1], d[2], d[3]) for d in found] == [("某府发〔2003〕37号", "2003-12-04", issuer)]


# --------------------------------------------------------------------------- a lead's day that lost its marks

LOST_LEAD_ROWS = [
    pytest.param(
        "2012-04-19", "417，某某市委、市政府在某某组织召开了规划编制工作汇报会议。", "2012-04-17", id="three-digits"
    ),
    pytest.param("2012-04-19", "417日，某某市委、市政府组织召开了汇报会议。", "2012-04-17", id="day-mark-kept"),
    pytest.param("2012-04-19", "417上午，某某市委、市政府组织召开了汇报会议。", "2012-04-17", id="morning"),
    pytest.param("2012-10-20", "1017，某某市委、市政府组织召开了汇报会议。", "2012-10-17", id="four-digits"),
    pytest.param("2012-11-13", "1112，某某市委、市政府组织召开了汇报会议。", "2012-11-12", id="one-reading-in-window"),
    # negatives: two readings in the window, none in it, a zero-led part, a count
    pytest.param("2012-11-13", "1105，某某市委、市政府组织召开了汇报会议。", None, id="zero-led-none"),
    pytest.param("2012-01-13", "112，某某市委、市政府组织召开了汇报会议。", "2012-01-12", id="one-of-two-in-window"),
    pytest.param("2012-04-19", "317，某某市委、市政府组织召开了汇报会议。", None, id="outside-window-none"),
    pytest.param("2012-04-19", "300，某某市委、市政府组织召开了汇报会议。", None, id="count-none"),
    pytest.param("2012-04-19", "2012，某某市委、市政府组织召开了汇报会议。", None, id="year-none"),
]
assert_unique(LOST_LEAD_ROWS, whole=True)


@pytest.mark.parametrize(("published", "lead", "date"), LOST_LEAD_ROWS)
def test_a_leads_day_that_lost_its_marks(published: str, lead: str, date: str | None) -> None:
    assert lead_day(lead, published) == date


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        pytest.param("417，", "2012-04-17", id="full-width-comma"),
        pytest.param("417,", "2012-04-17", id="ascii-comma"),
        pytest.param("4月17日，", "2012-04-17", id="marks-kept-unchanged"),
        pytest.param("317，", None, id="outside-window-none"),
    ],
)
def test_a_story_dated_by_its_lead_that_lost_its_marks(lead: str, date: str | None) -> None:
    title = "某某山片区规划编制工作汇报与对接会议在某某召开"
    page = (
        f"2012-04-19\n\n{title}\n\n         {lead}某某市委、市政府组织召开了规划编制工作汇报与对接会议。"
        "来自国家农业部、国务院扶贫办的领导或专家学者等60余人参加会议。\n"
    )
    assert [(d[0], d[2]) for d in docs(page)] == [(title, date)]


# --------------------------------------------------------------------------- an untitled report's dated paragraph

ENTRY = "某某市人民政府是某某市的行政管理机关。政府办公地址：某某市南庄坪。\n"
APPOINTED = "决定任命：张某某为某某市人民政府副市长；决定免去：李某某的某某市人民政府副市长职务。\n"

ENTRY_ROWS = [
    pytest.param(f"{ENTRY}2020年10月21日，{APPOINTED}", "2020-10-21", id="second-paragraph"),
    pytest.param(
        f"{ENTRY}某某市位于某某省西北部。\n2020年10月21日上午，{APPOINTED}", "2020-10-21", id="third-paragraph"
    ),
    pytest.param(f"{ENTRY}2020年10月21日，某某市人大常委会召开第三十次会议，{APPOINTED}", "2020-10-21", id="session"),
    pytest.param(f"{ENTRY}二〇二〇年十月二十一日，{APPOINTED}", "2020-10-21", id="numerals"),
    # negatives: too far down, not opening on its date, a date that reports nothing, a month only
    pytest.param(f"{ENTRY}一。\n二。\n三。\n2020年10月21日，{APPOINTED}", None, id="far-none"),
    pytest.param(f"{ENTRY}据悉，2020年10月21日，{APPOINTED}", None, id="not-opening-none"),
    pytest.param(f"{ENTRY}2020年10月21日，某某市天气晴朗。{APPOINTED}", None, id="nothing-reported-none"),
    pytest.param(f"{ENTRY}2020年10月，{APPOINTED}", None, id="month-none"),
]
assert_unique(ENTRY_ROWS)


@pytest.mark.parametrize(("text", "date"), ENTRY_ROWS)
def test_an_untitled_reports_dated_paragraph_below_its_first(text: str, date: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(text)] == [(None, date)]


# --------------------------------------------------------------------------- a speech's own 今天

SPEECH_ROWS = [
    pytest.param("同志们：今天，县委在这里召开创建文明县城动员大会。", None, id="comrades"),
    pytest.param("来源县委在动员大会上讲话同志们:今天,县委在这里召开动员大会。", None, id="glued-ascii-colon"),
    pytest.param("各位代表：今天，我代表县人民政府向大会报告工作。", None, id="deputies"),
    pytest.param("女士们、先生们：今天，我们在这里举行新闻发布会。", None, id="ladies"),
    pytest.param("各位领导、各位来宾：昨天，我们召开了筹备会议。", None, id="guests-yesterday"),
    pytest.param("同志们：2月20日，县委召开了常委会议。", None, id="comrades-date"),
    # must not change: a report's own lead, and an address after its day
    pytest.param("今天上午，县委召开创建文明县城动员大会。", "2014-02-20", id="news-today"),
    pytest.param("昨天，县委召开动员大会，县委书记向同志们：作了讲话。", "2014-02-19", id="address-after-day"),
]
assert_unique(SPEECH_ROWS)


@pytest.mark.parametrize(("lead", "date"), SPEECH_ROWS)
def test_a_speechs_own_today_dates_nothing(lead: str, date: str | None) -> None:
    assert lead_day(lead, "2014-02-20") == date


def test_a_speech_reposted_under_a_publish_stamp_is_undated() -> None:
    title = "县委书记在创建文明县城动员大会上的讲话"
    page = (
        f"返回\n{title}\n\n{title}\n\n时间:2014-2-20 18:25:14  [下载该文章]  [会员注册]\n"
        "同志们:今天,县委在这里召开创建文明县城动员大会,主要任务是动员全县干部群众迅速掀起创建热潮。\n"
    )
    assert [(d[0], d[2]) for d in docs(page)] == [(title, None)]
