"""Dates and issuers, probing round 13 (issue 9): classes found on the FIT half of a probe of real
pages of dev-split sites (``probe/dates``, not committed; a CHECK half of other sites was labelled
blind and scored by numbers only) and on synthetic texts of the brief's forms, each across its
variants, with the rows that must give nothing or must not change.

* a page's bar after the signature's date on its line — the table's closing pipe
  (``某某局 2024年1月30日 |``), the print and close buttons in brackets (``2024年1月30日
  【打印】【关闭】``): no date, no issuer, and on a page without a title no document at all;
* a forum's post stamp (``发表于: 1982-12-11``, ``发帖时间：…``) and a CMS's stamp with every part
  spaced (``发布日期：2011- 09- 01 14: 58: 15``, ``成文日期：2011- 09- 01``): the lead's day was not
  resolved, and the page's posting day was taken for the 成文日期 over the signature's;
* a signature's date that lost its 月 with 年 and 日 kept (``2016年1013日``): no date, no issuer; and
  the same digit run on a page that lost other dates' marks too (``于20231018日``), which FORMAT.md
  reads as no date: a false date, and once it was dropped the untitled-span notice was lost.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs
from table_helpers import assert_unique

from gazette_extract.grammars.dates import keyed_date, lost_marks_date, marks_lost_elsewhere
from gazette_extract.text.newshead import publish_date

docs = api_docs

# --------------------------------------------------------------------------- a page's bar after the date

NOTICE = "关于征求意见的公告\n为了贯彻行政规范性文件制定的科学化、民主化精神，现将草案全文公布，征求社会各界意见。\n"
UNTITLED = "为了贯彻行政规范性文件制定的科学化、民主化精神，现将草案全文公布，征求社会各界意见。\n"
BODY = "某某县自然资源和规划局"

BAR_ROWS = [
    pytest.param(f"{BODY} 2024年1月30日 |", id="one-line-pipe"),
    pytest.param(f"{BODY}　2024年1月30日　|　", id="one-line-ideographic-pipe"),
    pytest.param(f"{BODY} 2024年1月30日|", id="one-line-pipe-glued"),
    pytest.param(f"{BODY}\n2024年1月30日 |", id="date-line-pipe"),
    pytest.param(f"{BODY}\n2024年1月30日｜", id="date-line-full-width-bar"),
    pytest.param(f"{BODY} |\n2024年1月30日 |", id="both-lines-pipe"),
    pytest.param(f"{BODY}\n2024年1月30日 【打印】【关闭】", id="lenticular-buttons"),
    pytest.param(f"{BODY}\n2024年1月30日 [打印本页] [关闭窗口]", id="square-buttons"),
    pytest.param(f"{BODY}\n2024年1月30日［打印本文］", id="full-width-square-button"),
    pytest.param(f"{BODY}\n2024年1月30日 【收藏】【打印】【关闭】 |", id="buttons-then-pipe"),
    pytest.param(f"{BODY}\n二〇二四年一月三十日 |", id="numerals-pipe"),
    pytest.param(f"{BODY}\n2024.1.30 |", id="numeric-pipe"),
]
assert_unique(BAR_ROWS)


@pytest.mark.parametrize("foot", BAR_ROWS)
def test_a_pages_bar_after_the_signatures_date(foot: str) -> None:
    assert [(d[0], d[2], d[3]) for d in docs(NOTICE + foot)] == [("关于征求意见的公告", "2024-01-30", BODY)]


@pytest.mark.parametrize(
    "foot",
    [
        pytest.param(f"附件：《某某县禁猎区的通告（征求意见稿）》.doc\n{BODY} 2024年1月30日 |", id="after-attachment"),
        pytest.param(f"{BODY}\n2024年1月30日 |", id="two-lines"),
    ],
)
def test_an_untitled_notice_signed_over_a_barred_date_is_a_document(foot: str) -> None:
    assert docs(UNTITLED + foot) == [(None, None, "2024-01-30", BODY)]


NOTICE_TABLE = "关于公布资金分配结果的通知\n各乡镇：\n现将结果公布如下。\n"


@pytest.mark.parametrize(
    "rows",
    [
        # a data table's rows (a body and its date per row) sign nothing, bar or no bar (round 10)
        pytest.param("某某县财政局 | 2019年6月30日\n某某县农业局 | 2019年7月30日", id="table-rows"),
        pytest.param("某某县财政局 | 2019年6月30日 |\n某某县农业局 | 2019年7月30日 |", id="table-rows-closed"),
        # a field with its date and the page's bar: no signature
        pytest.param("截止日期 2019年6月30日 |", id="field-pipe"),
        pytest.param("会议时间：2019年6月30日 【打印】【关闭】", id="field-buttons"),
        # a word in brackets that is no button stays: 2019年6月30日 【编辑：王琴】 is read by its own rule
        pytest.param("某某县财政局\n2019年6月30日 【附件】", id="other-bracket"),
    ],
)
def test_rows_and_fields_with_a_bar_sign_nothing(rows: str) -> None:
    assert docs(NOTICE_TABLE + rows) == [("关于公布资金分配结果的通知", None, None, None)]


# --------------------------------------------------------------------------- forum stamps, spaced stamps

PUBLISH_ROWS = [
    pytest.param("发表于: 1982-12-11", "1982-12-11", id="forum-colon"),
    pytest.param("发表于 2019-5-27 09:36", "2019-05-27", id="forum-no-colon"),
    pytest.param("只看楼主 倒序阅读 0 发表于: 1982-12-11", "1982-12-11", id="forum-after-tools"),
    pytest.param("只看楼主 倒序阅读0发表于： 1982-12-11", "1982-12-11", id="forum-count-glued"),
    pytest.param("第3日期：2019-06-03", None, id="other-key-after-digit-no"),
    pytest.param("发布于 2021-03-05 10:20", "2021-03-05", id="posted-on"),
    pytest.param("发帖时间：2011-09-01 14:58", "2011-09-01", id="post-time-key"),
    pytest.param("发布日期：2011- 09- 01 14: 58: 15", "2011-09-01", id="spaced-parts"),
    pytest.param("发布时间：2011/ 9/ 1", "2011-09-01", id="spaced-slashes"),
    pytest.param("发布日期：2011-09-01 14:58:15", "2011-09-01", id="unspaced"),
    # prose that says 发表于 or spaces a range is no publish line
    pytest.param("该文发表于2019年的期刊，引起广泛关注。", None, id="prose-no"),
    pytest.param("本届会议于2011- 2015年间举行", None, id="range-no"),
]
assert_unique(PUBLISH_ROWS)


@pytest.mark.parametrize(("line", "date"), PUBLISH_ROWS)
def test_a_forum_or_spaced_stamp_is_a_publish_line(line: str, date: str | None) -> None:
    assert publish_date(line) == date


@pytest.mark.parametrize(
    ("value", "date"),
    [
        pytest.param("2011- 09- 01", "2011-09-01", id="dashes"),
        pytest.param("2011. 9. 1", "2011-09-01", id="dots"),
        pytest.param("2011- 09- 01 14: 58: 15", "2011-09-01", id="with-time"),
        pytest.param("2011-09-01", "2011-09-01", id="unspaced"),
        pytest.param("2011- 2015", None, id="range-none"),
    ],
)
def test_a_spaced_value_under_a_date_key(value: str, date: str | None) -> None:
    assert keyed_date(value) == date


STORY = "某某县政协常委会第三次会议结束\n{stamp}\n{lead}\n会议通过了有关决议草案。\n"


@pytest.mark.parametrize(
    ("stamp", "lead", "date"),
    [
        pytest.param(
            "发表于: 1982-12-11",
            "新华社北京12月10日电 某某县政协常务委员会第三次会议今天上午在县政协礼堂结束。",
            "1982-12-10",
            id="forum-dateline-today",
        ),
        pytest.param(
            "发表于 1982-12-11 08:00",
            "12月10日，某某县政协常务委员会第三次会议在县政协礼堂结束。",
            "1982-12-10",
            id="forum-no-colon-lead",
        ),
        pytest.param(
            "发帖时间：2011-09-01 14:58",
            "8月31日，某某县政协常务委员会第三次会议在县政协礼堂召开。",
            "2011-08-31",
            id="post-time-lead",
        ),
        pytest.param(
            "发布日期：2011- 09- 01 14: 58: 15",
            "本报讯 8月31日，某某县政协常务委员会第三次会议在县政协礼堂召开。",
            "2011-08-31",
            id="spaced-stamp-lead",
        ),
        # no stamp the lead can be resolved against: no date (the lead states no year)
        pytest.param(
            "来源：某某县政协", "8月31日，某某县政协常务委员会第三次会议在县政协礼堂召开。", None, id="no-stamp"
        ),
    ],
)
def test_a_storys_lead_resolved_against_a_forum_or_spaced_stamp(stamp: str, lead: str, date: str | None) -> None:
    [(_title, _number, got, issuer)] = docs(STORY.format(stamp=stamp, lead=lead))
    assert (got, issuer) == (date, None)


DISCLOSURE = (
    "索引号 001008003004034/2011-204477 主题分类 综合类\n"
    "文号 某政办〔2011〕129号 发布机构 市机关事务管理局\n"
    "成文日期 2011-09-01 有效性\n"
    "发布日期: {posted} 浏览次数: 来源: 某某科技\n"
    "某某市人民政府办公室关于转发某某指导意见的通知\n"
    "市政府直属各单位：\n"
    "现将某某指导意见转发给你们，请认真贯彻执行。\n"
    "二○一一年八月九日\n"
)


@pytest.mark.parametrize(
    ("posted", "date"),
    [
        # the 成文日期 is the day the page was posted: the signature's date is the document's
        pytest.param("2011- 09- 01 14: 58: 15", "2011-08-09", id="spaced-posting-day"),
        pytest.param("2011-09-01 14:58:15", "2011-08-09", id="posting-day"),
        # posted on another day: the database's 成文日期 is kept over the printed date (round 6)
        pytest.param("2011- 09- 05 14: 58: 15", "2011-09-01", id="spaced-other-day"),
    ],
)
def test_a_written_date_that_is_the_posting_day_yields_to_the_signature(posted: str, date: str) -> None:
    [(_title, _number, got, _issuer)] = docs(DISCLOSURE.format(posted=posted))
    assert got == date


# --------------------------------------------------------------------------- a date that lost its 月

LOST_ROWS = [
    pytest.param("2016年1013日", "2016-10-13", id="month-lost"),
    pytest.param("2016 年 1013 日", "2016-10-13", id="month-lost-spaced"),
    pytest.param("2019年916日", "2019-09-16", id="three-digits-one-reading"),
    pytest.param("2016年0913日", "2016-09-13", id="padded-month"),
    pytest.param("2016年1013", "2016-10-13", id="month-and-day-mark-lost"),
    pytest.param("2018516日", "2018-05-16", id="year-mark-lost-too"),
    # two readings, a zero-led part, a month that does not exist: none
    pytest.param("2019年116日", None, id="two-readings"),
    pytest.param("2016年1313日", None, id="no-such-month"),
    pytest.param("2021306", None, id="zero-led-day"),
]
assert_unique(LOST_ROWS)


@pytest.mark.parametrize(("line", "date"), LOST_ROWS)
def test_a_signatures_date_that_lost_its_month_mark(line: str, date: str | None) -> None:
    assert lost_marks_date(line) == date


OFFICE = "某某区人民政府办公室"
PLAN = (
    "关于印发应急预案的通知\n各街道办事处：\n《应急预案》已经区人民政府同意，现印发给你们。\n{more}{office}\n{date}\n"
)


@pytest.mark.parametrize(
    ("date", "more", "want"),
    [
        pytest.param("2016年1013日", "", "2016-10-13", id="lost-month"),
        pytest.param("2016 年 1013 日", "", "2016-10-13", id="lost-month-spaced"),
        pytest.param("2016年113日", "", None, id="two-readings-none"),
        # the page lost another date's marks too: its signature's digits give no date (FORMAT.md)
        pytest.param("2016年1013日", "《应急预案》于20161001日起施行。\n", None, id="other-date-lost"),
        pytest.param("2016年1013日", "《应急预案》于2016年10月1日起施行。\n", "2016-10-13", id="other-date-whole"),
    ],
)
def test_a_signature_over_a_date_that_lost_its_marks(date: str, more: str, want: str | None) -> None:
    [(_title, _number, got, issuer)] = docs(PLAN.format(date=date, more=more, office=OFFICE))
    assert (got, issuer) == (want, OFFICE)


HEARING = "关于举行听证会的公告\n{body}\n特此公告。\n某某县自然资源和规划局\n{date}\n"


@pytest.mark.parametrize(
    ("body", "date", "want"),
    [
        # other dates of the page lost their marks: the signature's run is no date, the notice stands
        pytest.param(
            "决定于20231018日（星期三）下午300在会议室举行听证会。请在20231011日前向我局提出申请。",
            "2023915",
            None,
            id="body-dates-lost",
        ),
        pytest.param(
            "决定于20231018日（星期三）在会议室举行听证会。", "2023年915日", None, id="body-date-lost-nian-kept"
        ),
        # the body's dates are whole: the run that splits one way is the date, as before
        pytest.param("决定于2023年10月18日（星期三）在会议室举行听证会。", "2023915", "2023-09-15", id="body-whole"),
    ],
)
def test_a_page_that_lost_other_dates_marks(body: str, date: str, want: str | None) -> None:
    assert docs(HEARING.format(body=body, date=date)) == [
        ("关于举行听证会的公告", None, want, "某某县自然资源和规划局")
    ]


@pytest.mark.parametrize(
    ("texts", "lost"),
    [
        pytest.param(["于20231018日（星期三）下午300举行"], True, id="eight-digits-ri"),
        pytest.param(["请在2023118日前提出"], True, id="seven-digits-ri"),
        pytest.param(["于2023年10月18日举行"], False, id="whole"),
        pytest.param(["电话：20231018"], False, id="no-ri"),
        pytest.param(["第2023101号文件第8日"], False, id="number-then-ri"),
    ],
)
def test_a_date_in_prose_that_lost_its_marks(texts: list[str], lost: bool) -> None:
    assert marks_lost_elsewhere(texts) is lost


# --------------------------------------------------------------------------- joint bodies glued or joined by 、

FLOOD = "关于做好防汛工作的通知\n各乡镇人民政府：\n请各地做好防汛工作。\n特此通知。\n{sig}\n2019年3月15日\n"

JOINT_ROWS = [
    pytest.param("某某县财政局某某县教育局", "某某县财政局、某某县教育局", id="glued-two"),
    pytest.param(
        "某某市人民政府某某市财政局某某市教育局", "某某市人民政府、某某市财政局、某某市教育局", id="glued-three"
    ),
    pytest.param("江西省森林防火灭火指挥部江西省林业局", "江西省森林防火灭火指挥部、江西省林业局", id="glued-province"),
    pytest.param("中共某某县委某某县人民政府", "中共某某县委、某某县人民政府", id="glued-party-first"),
    pytest.param("某某縣財政局某某縣教育局", "某某县财政局、某某县教育局", id="glued-traditional"),
    pytest.param("某某县财政局、\n某某县教育局", "某某县财政局、某某县教育局", id="dunhao-line-end"),
    pytest.param("某某县财政局，\n某某县教育局", "某某县财政局、某某县教育局", id="comma-line-end"),
    pytest.param(
        "某某县财政局、\n某某县教育局、\n某某县卫生健康局",
        "某某县财政局、某某县教育局、某某县卫生健康局",
        id="dunhao-three",
    ),
    # one body's name, however it reads: unchanged
    pytest.param("某某县人民政府办公室", "某某县人民政府办公室", id="one-office"),
    pytest.param("北京市市场监督管理局", "北京市市场监督管理局", id="place-repeated-in-name"),
    pytest.param("某某市某某区人民政府", "某某市某某区人民政府", id="district-under-city"),
    pytest.param("某某县某某镇人民政府", "某某县某某镇人民政府", id="town-under-county"),
]
assert_unique(JOINT_ROWS)


@pytest.mark.parametrize(("sig", "issuer"), JOINT_ROWS)
def test_joint_bodies_glued_or_joined_at_the_line_end(sig: str, issuer: str) -> None:
    [(_title, _number, date, got)] = docs(FLOOD.format(sig=sig))
    assert (date, got) == ("2019-03-15", issuer)


def test_a_list_line_ending_on_a_dunhao_over_a_signature_is_not_a_body() -> None:
    # a line that is no body's name alone (a colon, a sentence) is not joined to the signature
    text = FLOOD.format(sig="联系单位：某某县财政局、\n某某县教育局")
    [(_title, _number, date, issuer)] = docs(text)
    assert (date, issuer) == ("2019-03-15", "某某县教育局")


# --------------------------------------------------------------------------- the Republic's year (Taiwan)

TW = "關於做好防汛工作的通知\n各鄉鎮公所：\n請各地做好防汛工作。\n特此通知。\n{foot}\n"

ROC_ROWS = [
    pytest.param("某某縣政府\n民國一○八年三月十五日", "2019-03-15", id="circle-zero-numerals"),
    pytest.param("某某縣政府\n中華民國一〇八年三月十五日", "2019-03-15", id="ling-numerals"),
    pytest.param("某某縣政府\n中華民國一百零八年三月十五日", "2019-03-15", id="hundred-numerals"),
    pytest.param("某某縣政府 中華民國一○八年三月十五日", "2019-03-15", id="one-line-numerals"),
    pytest.param("某某縣政府　中華民國108年3月15日", "2019-03-15", id="one-line-digits"),
    pytest.param("某某縣政府\n108年3月15日", "2019-03-15", id="bare-three-digit-year"),
    pytest.param("某某縣政府\n108 年 3 月 15 日", "2019-03-15", id="bare-spaced"),
    pytest.param("某某縣政府\n中華民國八十九年十二月三十日", "2000-12-30", id="two-digit-numerals"),
    # a two-digit year without 民國 may be an abbreviated one (19年 for 2019): not read as the Republic's
    pytest.param("某某縣政府\n19年3月15日", None, id="bare-two-digit-none"),
    pytest.param("某某縣政府\n89年12月30日", None, id="bare-two-digit-roc-none"),
    pytest.param("某某縣政府\n108年13月15日", None, id="no-such-month"),
]
assert_unique(ROC_ROWS)


@pytest.mark.parametrize(("foot", "date"), ROC_ROWS)
def test_a_signatures_date_in_the_republics_years(foot: str, date: str | None) -> None:
    [(_title, _number, got, issuer)] = docs(TW.format(foot=foot))
    assert got == date
    assert issuer == ("某某县政府" if date else issuer)


def test_a_three_digit_year_in_prose_dates_nothing() -> None:
    text = TW.format(foot="本所建於108年3月15日，歷史悠久。")
    assert [d[2] for d in docs(text)] == [None]


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("發文日期：中華民國一○八年三月十五日", id="key-circle-zero"),
        pytest.param("發文日期：中華民國108年3月15日", id="key-digits"),
    ],
)
def test_a_taiwan_notice_dated_under_its_key(head: str) -> None:
    text = f"某某縣政府公告\n{head}\n發文字號：府建字第1080012345號\n主旨：公告某某事項。\n依據：某某法第三條。\n"
    [(_title, number, date, issuer)] = docs(text)
    assert (number, date, issuer) == ("府建字第1080012345号", "2019-03-15", "某某县政府")


# --------------------------------------------------------------------------- a press release's day at its foot

RELEASE = (
    "政府委任某某諮詢委員會成員\n"
    "政府{when}宣布，行政長官再度委任五名現任某某諮詢委員會成員，以及委任三名新成員。\n"
    "獲再度委任的成員為張三、李四博士和王五。三名新委任的成員為趙六、錢七博士和孫八。\n"
    "{last}\n"
)

RELEASE_ROWS = [
    pytest.param(
        "今日（八月八日）",
        "委員會就運輸政策提供意見。\n2025年8月8日（星期五）\n香港時間11時00分",
        "2025-08-08",
        id="foot-trad",
    ),
    pytest.param(
        "今日（八月八日）",
        "委员会就运输政策提供意见。\n2025年8月8日（星期五）\n香港时间11时00分",
        "2025-08-08",
        id="foot-simplified",
    ),
    pytest.param(
        "今日", "委員會就運輸政策提供意見。\n2025年8月8日（星期五）\n香港時間11時00分", "2025-08-08", id="today-bare"
    ),
    pytest.param(
        "昨日（八月七日）",
        "委員會就運輸政策提供意見。\n2025年8月8日（星期五）\n香港時間11時00分",
        "2025-08-07",
        id="yesterday",
    ),
    pytest.param(
        "今日（八月八日）",
        "詳情可瀏覽www.example.gov.hk/tc/boards/tac.html2025年8月8日（星期五）\n香港時間11時00分",
        "2025-08-08",
        id="day-glued-to-last-line",
    ),
    pytest.param(
        "今日（八月八日）",
        "委員會就運輸政策提供意見。\n2025年8月8日 (星期五)\n香港時間 11 時 00 分",
        "2025-08-08",
        id="spaced",
    ),
    # the weekday is not the date's (one of them misprinted), or no hour line under a glued date: none
    pytest.param(
        "今日（八月八日）",
        "委員會就運輸政策提供意見。\n2025年8月8日（星期四）\n香港時間11時00分",
        None,
        id="weekday-wrong",
    ),
    pytest.param(
        "今日（八月八日）",
        "詳情可瀏覽www.example.gov.hk/tc/boards/tac.html2025年8月8日（星期五）",
        None,
        id="glued-no-hour",
    ),
]
assert_unique(RELEASE_ROWS, whole=True)


@pytest.mark.parametrize(("when", "last", "date"), RELEASE_ROWS)
def test_a_press_releases_day_and_hour_at_its_foot(when: str, last: str, date: str | None) -> None:
    [(title, _number, got, issuer)] = docs(RELEASE.format(when=when, last=last))
    assert (title, got, issuer) == ("政府委任某某咨询委员会成员", date, None)


# --------------------------------------------------------------------------- a site's clock over the banner

CLOCKED = "某某新聞網(Logo-image)\n{clock}\n南投縣長宣誓就職\n某某新聞網記者張三/南投報導\n2014.12.25\n南投縣政府今天上午，舉辦縣長宣誓就職暨交接典禮。\n"

CLOCK_ROWS = [
    pytest.param("2024/05/15\nWednesday\n19:41", "2014-12-25", id="english-weekday"),
    pytest.param("2024/05/15\nWed\n19:41:05", "2014-12-25", id="english-abbreviated-seconds"),
    pytest.param("2024年5月15日\n星期三\n19:41", "2014-12-25", id="chinese-weekday"),
    pytest.param("2024-05-15\n周三\n19：41", "2014-12-25", id="zhou-full-width-colon"),
    # a date over the headline that is no clock (no weekday, or no time under it) is still its publish line
    pytest.param("2014/12/25\n\n", "2014-12-25", id="date-alone"),
]
assert_unique(CLOCK_ROWS)


@pytest.mark.parametrize(("clock", "date"), CLOCK_ROWS)
def test_a_sites_clock_over_its_banner_dates_no_story(clock: str, date: str) -> None:
    [(_title, _number, got, _issuer)] = docs(CLOCKED.format(clock=clock))
    assert got == date


def test_a_clock_alone_on_the_page_dates_nothing() -> None:
    text = (
        "某某新聞網\n2024/05/15\nWednesday\n19:41\n南投縣長宣誓就職\n南投縣政府今天上午，舉辦縣長宣誓就職暨交接典禮。\n"
    )
    assert all(d[2] != "2024-05-15" for d in docs(text))


# --------------------------------------------------------------------------- every bracket around the date

BRACKET_ROWS = [
    pytest.param("（2019年6月3日）", "2019-06-03", id="round-full-width"),
    pytest.param("(2019年6月3日)", "2019-06-03", id="round-ascii"),
    pytest.param("【2019年6月3日】", "2019-06-03", id="lenticular"),
    pytest.param("［2019年6月3日］", "2019-06-03", id="square-full-width"),
    pytest.param("[2019年6月3日]", "2019-06-03", id="square-ascii"),
    pytest.param("〔二〇一九年六月三日〕", "2019-06-03", id="tortoise-numerals"),
    pytest.param("2019年6月3日签发", "2019-06-03", id="signed-word"),
    pytest.param("2019年6月3日.", "2019-06-03", id="ascii-full-stop"),
    pytest.param("2019年06月03日 10:20", "2019-06-03", id="with-time"),
    pytest.param("二〇一九年六月三日 10:20:11", "2019-06-03", id="numerals-with-seconds"),
    # a field under the signature, or brackets that do not pair: no date
    pytest.param("时间：2019年6月3日", None, id="field-none"),
    pytest.param("【2019年6月3日）", None, id="unpaired-none"),
    pytest.param("2019年6月3日印发", None, id="print-line-none"),
]
assert_unique(BRACKET_ROWS)


@pytest.mark.parametrize(("line", "date"), BRACKET_ROWS)
def test_a_signatures_date_in_every_bracket(line: str, date: str | None) -> None:
    [(_title, _number, got, issuer)] = docs(FLOOD.replace("2019年3月15日", line).format(sig=OFFICE))
    assert (got, issuer) == (date, OFFICE if date else None)
