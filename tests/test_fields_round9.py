"""Document numbers, dates and issuers, probing round 9 (issue 9): forms that gave a missing or a
false field, each as a class across its printed variants, with the rows that must not change.

* a document signed by a leader — a post and the holder's name (``国务院总理 周恩来``, ``县长　张三``)
  — gave the person as its issuer: the issuer is the body heading the title or the body its post
  names (``国务院总理`` → ``国务院``), else none; and a title ending in ``命令`` was read as a decree
  title (``…令``), so its body before ``关于`` was never found;
* metadata keys of other portals: ``发文号``, ``发文编号``, ``公文字号``, ``文件字号`` (the number),
  ``签发日期``, ``印发时间`` (the date), ``颁布机关``, ``制发单位`` (the issuer) were not read; keys
  that name no field of the document (``索引号``, ``生成日期``, ``来源``, ``主办单位``) still give none;
* joint issuers in a metadata value joined by a space, ``、``, a comma or a semicolon (``发文机关：某某县
  人民政府 某某县财政局``): no issuer; joined by ``/`` on a line of its own they kept the slash;
* a signature and a numeric date on one line (``某某县人民政府　2019.12.31``, ``… 2019-12-31``): the
  date and the issuer were lost (``…2019年12月31日`` was read);
* a signature's date with the seal's place or the word of its issuing after it (``2019年12月31日（印）``,
  ``…日发布``) or letter-spaced digit by digit (``2 0 1 9 年 1 2 月 3 1 日``): no date, no issuer (a
  print line's ``…日印发`` still gives none);
* signatures: an office sealing for its government (``某某县人民政府办公室（代章）``), joint bodies
  joined by ``、`` on one line, a party group (``中共某某县人民政府党组``): no issuer;
* a news lead that states its day with the year (``2025年6月26日上午，…主持召开…``) on a page posted
  more than ten days later gave no date; a lead opening on an earlier event (``继昨天…后，今天上午…``)
  was dated by that event; an agency's dateline in the lead's bracket (``（中央社記者X台北17日電）``, the
  month left out) was skipped as a reporter's mark and a later ``今天`` dated the report;
* a stored page's date stamp on its first line (`` date 2026-03-06 聽新聞``, or glued to the lead) was
  no publish day, so the lead's ``今（16）日`` gave nothing; ``今``/``昨`` alone before what the report's
  day does (``台东县议会今举行…``, ``政府昨宣布…``: Taiwan and Hong Kong papers) dated nothing;
* a report's delivery note printed inside its title's line, the speaker after it (``政府工作报告
  (2019年1月21日在…会议上) 某某市人民政府市长 王某某``): no date;
* a law site's export: the title with its year (``…的通知(2000年)``), the issuing bodies, the title
  again, then the document: the issuer was lost (the document opens at the second copy); a
  signature's date of eight digits that lost its 年月日 (``20191231``) gave none (seven digits or
  fewer may have lost a digit too and still give none);
* a body's announcements numbered in one series without a year (``海南省人民代表大会常务委员会公告第55号``)
  were no number, and a body's name longer than 12 characters before ``公告``/``令`` was cut inside the
  name (``民代表大会常务委员会公告2011年第35号``);
* a number under its title in the forms converters leave: brackets lost with a space left
  (``京政发2019 5号``), brackets printed as ``「」``/``〈〉``/``《》``, ``号`` lost at the line's end
  (``京政发〔2019〕5``), the word ``文``/``文件`` after it (``某政发〔2019〕12号文``): no number;
* an order's head with its date and number under it, in either order, under the gazette's title
  (``總統令`` / ``中華民國九十一年六月二十六日`` / ``華總一義字第○九一○○一二五二五○號``; the serial in
  Chinese numerals, the Republic's date in Traditional characters): no number, no date;
* a congress decision's adoption note under the page's byline lines (``来源：…`` / ``时间:… [打印]``) or
  joined to the end of its title's line by a converter gave no date; a law database's key block
  under such a title (``• 颁布单位:四川省人大常委会``) names its issuer as printed; a decision adopted
  at a session and signed by no one has no issuer (FORMAT.md) — it was given the title's body.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.grammars.dates import parse_date
from gazette_extract.grammars.docnumber import scan_doc_numbers

Row = DocRow
docs = api_docs

BODY = "各乡镇人民政府，县直各单位：\n现将有关事项通知如下。\n"

# --------------------------------------------------------------------------- a leader's signature

SIGNER_ROWS = [
    pytest.param("某某县人民政府关于某某工作的命令", "县长　张三", "某某县人民政府", id="order-title-body-county-head"),
    pytest.param("某某县人民政府关于嘉奖某某的命令", "县长 张三", "某某县人民政府", id="order-ascii-space"),
    pytest.param("某某省人民政府关于某某工作的命令", "省长　李四", "某某省人民政府", id="order-province"),
    pytest.param(
        "关于提请决定任免国务院若干组成人员的议案", "国务院总理　周恩来", "国务院", id="motion-premier-names-body"
    ),
    pytest.param("关于提请审议某某条例草案的议案", "财政部部长　李四", "财政部", id="motion-minister-names-body"),
    # a post that names no body (县长 alone) under a title that names none: no issuer, no person
    pytest.param("关于某某工作的命令", "县长　张三", None, id="no-body-anywhere"),
    pytest.param("关于某某事项的议案", "市长 王某某", None, id="no-body-three-character-name"),
    # an organization signs: unchanged
    pytest.param("关于某某工作的命令", "某某县人民政府", "某某县人民政府", id="body-signs"),
    pytest.param("某某县人民政府关于某某工作的通知", "某某县人民政府办公室", "某某县人民政府办公室", id="office-signs"),
]
assert_unique(SIGNER_ROWS, whole=True)


@pytest.mark.parametrize(("title", "signature", "issuer"), SIGNER_ROWS)
def test_a_leader_signature_is_no_issuer(title: str, signature: str, issuer: str | None) -> None:
    [(got_title, _, date, got_issuer)] = docs(f"{title}\n{BODY}{signature}\n2019年12月31日\n")
    assert (got_title, date, got_issuer) == (title, "2019-12-31", issuer)


def test_a_decree_signed_by_its_head_keeps_its_body() -> None:
    # the decree's own form, read before this round: the title's body, not 省长 李四
    text = "某某省人民政府令\n第125号\n《某某省某某管理办法》已经省政府常务会议通过，现予公布。\n省长　李四\n2019年5月20日\n"
    assert docs(text) == [("某某省人民政府令", "某某省人民政府令第125号", "2019-05-20", "某某省人民政府")]


# --------------------------------------------------------------------------- metadata keys

TITLE = "某某县人民政府办公室关于某某工作的通知"
NUMBER = "某政办发〔2019〕5号"

META_ROWS = [
    *(
        pytest.param(f"{key}：{NUMBER}", (TITLE, NUMBER, None, None), id=f"number-{key}")
        for key in ("发文号", "发文编号", "公文字号", "文件字号", "发文字号", "文　　号")
    ),
    pytest.param(f"发 文 号：{NUMBER}", (TITLE, NUMBER, None, None), id="number-spaced-key"),
    pytest.param(f"【公文字号】{NUMBER}", (TITLE, NUMBER, None, None), id="number-bracketed-key"),
    *(
        pytest.param(f"{key}：2019年03月12日", (TITLE, None, "2019-03-12", None), id=f"date-{key}")
        for key in ("签发日期", "印发时间", "成文日期")
    ),
    pytest.param("签发日期：2019-03-12", (TITLE, None, "2019-03-12", None), id="date-iso-value"),
    *(
        pytest.param(f"{key}：某某县人民政府办公室", (TITLE, None, None, "某某县人民政府办公室"), id=f"issuer-{key}")
        for key in ("颁布机关", "制发单位", "发文机关")
    ),
    # keys that name no field of the document: nothing read from them
    pytest.param("索 引 号：002482-2019-00005", (TITLE, None, None, None), id="index-number-no-number"),
    pytest.param("编号：002482-2019-00005", (TITLE, None, None, None), id="bare-serial-key-no-number"),
    pytest.param("生成日期：2019-03-12 08:54:33", (TITLE, None, None, None), id="record-created-no-date"),
    pytest.param("来源：某某县人民政府办公室", (TITLE, None, None, None), id="source-no-issuer"),
    pytest.param("主办单位：某某县人民政府办公室", (TITLE, None, None, None), id="site-owner-no-issuer"),
]
assert_unique(META_ROWS)


@pytest.mark.parametrize(("line", "expected"), META_ROWS)
def test_metadata_keys_of_other_portals(line: str, expected: Row) -> None:
    assert docs(f"{line}\n{TITLE}\n{BODY}") == [expected]


# --------------------------------------------------------------------------- signature and date on one line

SIG_TITLE = "某某县人民政府关于某某工作的通知"
SIG_DATE_ROWS = [
    pytest.param("某某县人民政府　2019.12.31", ("2019-12-31", "某某县人民政府"), id="dotted-ideographic-space"),
    pytest.param("某某县人民政府 2019-12-31", ("2019-12-31", "某某县人民政府"), id="iso-space"),
    pytest.param("某某县人民政府　　2019/12/31", ("2019-12-31", "某某县人民政府"), id="slashes"),
    pytest.param("某某县财政局 2019.1.5", ("2019-01-05", "某某县财政局"), id="one-digit-month-day"),
    pytest.param("某某县人民政府　　2019年12月31日", ("2019-12-31", "某某县人民政府"), id="written-date-as-before"),
    # not a signature: a source line, a counter, a timestamp, an impossible date
    pytest.param("来源：某某县人民政府 2019-12-31", (None, None), id="source-line"),
    pytest.param("阅读次数 2019-12-31", (None, None), id="counter"),
    pytest.param("某某县人民政府 2019-12-31 10:00", (None, None), id="timestamp"),
    pytest.param("某某县人民政府 2019-13-31", (None, None), id="impossible-month"),
]
assert_unique(SIG_DATE_ROWS)


@pytest.mark.parametrize(("line", "expected"), SIG_DATE_ROWS)
def test_a_signature_with_a_numeric_date_on_its_line(line: str, expected: tuple[str | None, str | None]) -> None:
    [(title, _, date, issuer)] = docs(f"{SIG_TITLE}\n{BODY}{line}\n")
    assert (title, date, issuer) == (SIG_TITLE, *expected)


# --------------------------------------------------------------------------- a news lead's day

HEADLINE = "县政府召开第五次常务会议"
LEAD_ROWS = [
    pytest.param(
        "时间：2025-07-11",
        "2025年6月26日上午，张三同志主持召开县政府常务会议，研究有关问题。",
        "2025-06-26",
        id="year-stated-posted-fifteen-days-later",
    ),
    pytest.param(
        "发布时间：2025-07-20 10:00",
        "2025年6月26日，县政府召开常务会议，研究有关问题。",
        "2025-06-26",
        id="year-stated-posted-24-days-later",
    ),
    pytest.param(
        "发布时间：2025-06-27",
        "继昨天召开专题会后，今天上午，张三同志主持召开县政府常务会议。",
        "2025-06-27",
        id="after-an-earlier-event-today",
    ),
    pytest.param(
        "发布时间：2025-06-27",
        "继6月20日召开专题会之后，昨天下午，县政府召开常务会议。",
        "2025-06-26",
        id="after-an-earlier-event-yesterday",
    ),
    pytest.param(
        "发布时间：2025-06-27", "继昨天召开专题会后，县政府又召开常务会议。", None, id="after-an-earlier-event-undated"
    ),
    # still no date: a day without its year long before the post, a year-stated day months before
    pytest.param(
        "发布时间：2025-07-11", "6月26日上午，张三同志主持召开县政府常务会议。", None, id="no-year-fifteen-days-before"
    ),
    pytest.param(
        "发布时间：2025-09-11",
        "2025年6月26日上午，张三同志主持召开县政府常务会议。",
        None,
        id="year-stated-months-before",
    ),
    pytest.param(
        "发布时间：2025-06-27", "今天上午，张三同志主持召开县政府常务会议。", "2025-06-27", id="today-as-before"
    ),
    # an agency's dateline in the lead's opening bracket (CNA and others), the month often left out
    pytest.param(
        "2025-06-27 09:12",
        "（中央社記者王某某台北26日電）行政院今天宣布新任政务委员。",
        "2025-06-26",
        id="cna-day-only-traditional",
    ),
    pytest.param(
        "2025/06/27 20:42",
        "(中央社记者王某台北27日电)行政院长今天宣布，邀请某某担任政务委员。",
        "2025-06-27",
        id="cna-ascii-brackets",
    ),
    pytest.param("2025-06-27", "（记者 王某 北京6月26日电）会议今天举行。", "2025-06-26", id="bracket-month-and-day"),
    pytest.param("2025-06-27", "（中央社记者王某台北12日电）行政院今天宣布。", None, id="bracket-day-too-far-back"),
    pytest.param(
        "2025-06-27", "（记者 王某）昨天，县政府召开常务会议。", "2025-06-26", id="reporter-bracket-as-before"
    ),
]
assert_unique(LEAD_ROWS, whole=True)


@pytest.mark.parametrize(("publish", "lead", "date"), LEAD_ROWS)
def test_the_day_a_news_lead_states(publish: str, lead: str, date: str | None) -> None:
    [(title, _, got, _)] = docs(f"{HEADLINE}\n{publish}\n{lead}\n会议强调，要抓好落实。\n")
    assert (title, got) == (HEADLINE, date)


# --------------------------------------------------------------------------- a body's announcement series

SERIES_ROWS = [
    pytest.param(
        "海南省人民代表大会常务委员会公告第55号", "海南省人民代表大会常务委员会公告第55号", id="series-no-year"
    ),
    pytest.param(
        "某某市人民代表大会常务委员会公告 第 7 号", "某某市人民代表大会常务委员会公告第7号", id="series-spaced"
    ),
    pytest.param("国务院公告第1号", "国务院公告第1号", id="series-short-body"),
    pytest.param(
        "重庆市人民代表大会常务委员会公告2011年第35号",
        "重庆市人民代表大会常务委员会公告2011年第35号",
        id="long-body-year-form",
    ),
    pytest.param(
        "重庆市人民代表大会常务委员会公告[2011]第35号",
        "重庆市人民代表大会常务委员会公告2011年第35号",
        id="long-body-bracket-form",
    ),
    pytest.param("新疆维吾尔自治区人民政府令第200号", "新疆维吾尔自治区人民政府令第200号", id="long-body-order"),
    pytest.param("全市上下认真学习国务院令第707号", "国令第707号", id="order-after-xuexi"),
    # no body names the series: nothing
    pytest.param("根据公告第3号", None, id="bare-announcement"),
    pytest.param("该公告第3号", None, id="this-announcement"),
    pytest.param("第5号", None, id="serial-alone"),
]
assert_unique(SERIES_ROWS)


@pytest.mark.parametrize(("text", "number"), SERIES_ROWS)
def test_an_announcement_series_and_long_bodies(text: str, number: str | None) -> None:
    assert [n.text for _, _, n in scan_doc_numbers(text)] == ([number] if number else [])


# --------------------------------------------------------------------------- a decision's adoption note

DECISION = "关于接受某某同志辞去某某市人民政府市长职务请求的决定"
NOTE = "（2021年5月7日某某市第十三届人民代表大会常务委员会第二十三次会议通过）"
DECISION_BODY = "根据某某同志的请求，决定接受某某同志辞去某某市人民政府市长职务。\n"
ADOPTED_ROWS = [
    pytest.param(f"{DECISION}\n{NOTE}", (DECISION, None, "2021-05-07", None), id="note-under-title-as-before"),
    pytest.param(
        f"{DECISION}\n来源：某某人大网\n时间:2022-01-05 16:08 [收藏] [打印] [关闭]\n{NOTE}",
        (DECISION, None, "2021-05-07", None),
        id="note-under-byline",
    ),
    pytest.param(
        f"{DECISION}\n发布日期：2022-01-05\n{NOTE}", (DECISION, None, "2021-05-07", None), id="note-under-publish-key"
    ),
    pytest.param(
        f"{DECISION}\n来源：某某人大网\n时间：\n2022-01-05 16:08 [收藏] [打印]\n{NOTE}",
        (DECISION, None, "2021-05-07", None),
        id="note-under-byline-value-next-line",
    ),
    pytest.param(
        f"{DECISION} 附:修正本{NOTE}\n• 颁布日期:2021-05-07\n• 时 效 性:有效\n• 发文文号:\n• 颁布单位:某某市人大常委会",
        ("2021-05-07", "某某市人大常委会"),
        id="note-joined-to-title-key-block-issuer",
    ),
    # signed by no one: no issuer, even when the title names the body (FORMAT.md: null when unsigned)
    pytest.param(
        f"某某市人民代表大会常务委员会{DECISION}\n{NOTE}",
        (f"某某市人民代表大会常务委员会{DECISION}", None, "2021-05-07", None),
        id="body-in-title-unsigned",
    ),
    # a sentence between the title and the note: the note is the story's, not under the title
    pytest.param(
        f"{DECISION}\n来源：某某人大网\n会议听取了有关报告。\n{NOTE}",
        (DECISION, None, None, None),
        id="note-after-a-sentence",
    ),
]
assert_unique(ADOPTED_ROWS)


@pytest.mark.parametrize(("head", "expected"), ADOPTED_ROWS)
def test_an_adoption_note_under_bylines_or_in_the_title_line(head: str, expected: tuple[str | None, ...]) -> None:
    [row] = docs(f"{head}\n{DECISION_BODY}")
    assert (row if len(expected) == 4 else row[2:]) == expected


# --------------------------------------------------------------------------- numbers as converters leave them

NUM_TITLE = "某某县人民政府关于某某工作的通知"
NUM_TAIL = "某某县人民政府\n2019年12月31日\n"
NUMBER_LINE_ROWS = [
    pytest.param("京政发2019 5号", "京政发〔2019〕5号", id="brackets-lost-space"),
    pytest.param("京政发 2019 5号", "京政发〔2019〕5号", id="brackets-lost-spaces"),
    pytest.param("京政办函2019　12号", "京政办函〔2019〕12号", id="brackets-lost-ideographic-space"),
    pytest.param("京政发「2019」5号", "京政发〔2019〕5号", id="corner-brackets"),
    pytest.param("京政发〈2019〉5号", "京政发〔2019〕5号", id="angle-brackets"),
    pytest.param("京政发《2019》5号", "京政发〔2019〕5号", id="title-marks"),
    pytest.param("京政发〔2019〕5", "京政发〔2019〕5号", id="hao-lost"),
    pytest.param("京政发(2019)第5", "京政发〔2019〕5号", id="hao-lost-di"),
    pytest.param("某政发〔2019〕12号文", "某政发〔2019〕12号", id="wen-after"),
    pytest.param("某政发〔2019〕12号文件", "某政发〔2019〕12号", id="wenjian-after"),
    # no number: a year and serial run together, 年 between them, no agency of a series, an address
    pytest.param("京政发20195号", None, id="run-together"),
    pytest.param("京政发2019年5号", None, id="nian-between"),
    pytest.param("幸福小区2019 5号", None, id="address"),
    pytest.param("2019 5号", None, id="no-agency"),
    pytest.param("京政发〔2019〕", None, id="serial-lost"),
]
assert_unique(NUMBER_LINE_ROWS)


@pytest.mark.parametrize(("line", "number"), NUMBER_LINE_ROWS)
def test_a_number_under_its_title_as_converters_leave_it(line: str, number: str | None) -> None:
    [(title, got, date, issuer)] = docs(f"{NUM_TITLE}\n{line}\n{BODY}{NUM_TAIL}")
    assert (title, got, date, issuer) == (NUM_TITLE, number, "2019-12-31", "某某县人民政府")


def test_a_cited_number_with_other_brackets() -> None:
    # the brackets are the grammar's: a cited number reads as one too (but not a bare 《2019》5号)
    assert [n.text for _, _, n in scan_doc_numbers("根据京政发「2019」5号和见《2019》5号")] == ["京政发〔2019〕5号"]


# --------------------------------------------------------------------------- a signature's date with a tail

DATE_TAIL_ROWS = [
    pytest.param("2019年12月31日（印）", ("2019-12-31", "某某县人民政府"), id="seal-yin"),
    pytest.param("2019年12月31日(章)", ("2019-12-31", "某某县人民政府"), id="seal-zhang-ascii"),
    pytest.param("2019年12月31日（盖章）", ("2019-12-31", "某某县人民政府"), id="seal-gaizhang"),
    pytest.param("二〇一九年十二月三十一日发布", ("2019-12-31", "某某县人民政府"), id="fabu"),
    pytest.param("2019年12月31日公布", ("2019-12-31", "某某县人民政府"), id="gongbu"),
    pytest.param("2 0 1 9 年 1 2 月 3 1 日", ("2019-12-31", "某某县人民政府"), id="digits-letter-spaced"),
    pytest.param("2019年12月3 1日", ("2019-12-31", "某某县人民政府"), id="day-digits-spaced"),
    # no date: a print line's word, a month without its day, a two-digit year
    pytest.param("2019年12月31日印发", (None, None), id="yinfa-print-line"),
    pytest.param("2019年12月", (None, None), id="month-only"),
    pytest.param("19年12月31日", (None, None), id="two-digit-year"),
    pytest.param("2019年1 2 3月1日", (None, None), id="impossible-spaced-month"),
]
assert_unique(DATE_TAIL_ROWS)


@pytest.mark.parametrize(("line", "expected"), DATE_TAIL_ROWS)
def test_a_signature_date_with_a_tail_or_spaced(line: str, expected: tuple[str | None, str | None]) -> None:
    [(title, _, date, issuer)] = docs(f"{NUM_TITLE}\n{BODY}某某县人民政府\n{line}\n")
    assert (title, date, issuer) == (NUM_TITLE, *expected)


# --------------------------------------------------------------------------- signature forms

SIGNATURE_ROWS = [
    pytest.param("某某县人民政府办公室（代章）\n2019年12月31日", "某某县人民政府办公室", id="daizhang"),
    pytest.param("某某县人民政府办公室(代章)　2019年12月31日", "某某县人民政府办公室", id="daizhang-date-on-line"),
    pytest.param("某某县人民政府、某某县财政局\n2019年12月31日", "某某县人民政府、某某县财政局", id="joint-dunhao"),
    pytest.param(
        "中共某某县委办公室、某某县人民政府办公室、某某县财政局\n2019年12月31日",
        "中共某某县委办公室、某某县人民政府办公室、某某县财政局",
        id="joint-dunhao-three",
    ),
    pytest.param("中共某某县人民政府党组\n2019年12月31日", "中共某某县人民政府党组", id="party-group"),
    pytest.param("中共某某县教育局党组　2019年12月31日", "中共某某县教育局党组", id="party-group-date-on-line"),
    # no issuer: a list of places, a unit list that is no body's name, a school
    pytest.param("市、县、区\n2019年12月31日", None, id="places-list"),
    pytest.param("某某县人民政府、县直各单位\n2019年12月31日", None, id="recipients-like-list"),
    pytest.param("某某县第一中学\n2019年12月31日", None, id="school"),
]
assert_unique(SIGNATURE_ROWS)


@pytest.mark.parametrize(("tail", "issuer"), SIGNATURE_ROWS)
def test_signature_forms(tail: str, issuer: str | None) -> None:
    [(title, _, date, got)] = docs(f"{NUM_TITLE}\n{BODY}{tail}\n")
    assert (title, date, got) == (NUM_TITLE, "2019-12-31", issuer)


# --------------------------------------------------------------------------- an order's head

ORDER_TITLE = "增订并修正某某机关组织条例条文"
ORDER_TEXT = "兹增订某某机关组织条例第六条之一条文，公布之。"
ORDER_ROWS = [
    pytest.param(
        "總統令\n中華民國九十一年六月二十六日\n華總一義字第○九一○○一二五二五○號",
        ("华总一义字第09100125250号", "2002-06-26"),
        id="traditional-chinese-numerals",
    ),
    pytest.param(
        "总统令\n中华民国108年6月3日\n华总一义字第10800012345号",
        ("华总一义字第10800012345号", "2019-06-03"),
        id="simplified-digits",
    ),
    pytest.param(
        "總統令\n華總一義字第10800012345號\n中華民國108年6月3日",
        ("华总一义字第10800012345号", "2019-06-03"),
        id="number-before-date",
        marks=pytest.mark.xfail(strict=True, reason="the title runs into 總統令 when a number follows it (titles)"),
    ),
    pytest.param(
        "公布日期：91年06月26日\n總統令\n中華民國九十一年六月二十六日\n華總一義字第○九一○○一二五二五○號",
        ("华总一义字第09100125250号", "2002-06-26"),
        id="under-a-publish-key",
    ),
    # no order's head: a date and number under an ordinary line, or the head without its number
    pytest.param(
        "總統府公報\n中華民國108年6月3日\n華總一義字第10800012345號",
        ("华总一义字第10800012345号", None),
        id="no-order-head-number-only",
    ),
    pytest.param("總統令\n中華民國108年6月3日", (None, None), id="head-without-number"),
]
assert_unique(ORDER_ROWS)


@pytest.mark.parametrize(("head", "expected"), ORDER_ROWS)
def test_an_order_head_with_its_date_and_number(head: str, expected: tuple[str | None, str | None]) -> None:
    [(title, number, date, _)] = docs(f"{ORDER_TITLE}\n{head}\n{ORDER_TEXT}\n")
    assert (title, number, date) == (ORDER_TITLE, *expected)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("中華民國九十一年六月二十六日", "2002-06-26", id="traditional-numerals"),
        pytest.param("民國95年11月21日", "2006-11-21", id="traditional-minguo"),
        pytest.param("中华民国108年6月3日", "2019-06-03", id="simplified"),
        pytest.param("91年06月26日", None, id="bare-two-digit-year"),
    ],
)
def test_republic_dates_in_traditional_characters(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


# --------------------------------------------------------------------------- joint issuers in metadata

JOINT = "某某县人民政府、某某县财政局"
META_JOINT_ROWS = [
    pytest.param("某某县人民政府 某某县财政局", JOINT, id="space"),
    pytest.param("某某县人民政府　某某县财政局", JOINT, id="ideographic-space"),
    pytest.param("某某县人民政府、某某县财政局", JOINT, id="dunhao"),
    pytest.param("某某县人民政府，某某县财政局", JOINT, id="comma"),
    pytest.param("某某县人民政府;某某县财政局", JOINT, id="semicolon"),
    pytest.param("某某县人民政府/某某县财政局", JOINT, id="slash-alone-on-line"),
    pytest.param("中共中央组织部/中宣部/人事部", "中共中央组织部、中宣部、人事部", id="three-short-names"),
    # not joint bodies: one body letter-spaced, a website, a body and a word
    pytest.param("某某县人民政府 办公室", None, id="spaced-suffix"),
    pytest.param("某某县人民政府 网站", None, id="website"),
    pytest.param("县政府网站", None, id="website-glued"),
]
assert_unique(META_JOINT_ROWS)


JOINT_TITLE = "关于某某工作的通知"


@pytest.mark.parametrize(("value", "issuer"), META_JOINT_ROWS)
def test_joint_issuers_in_a_metadata_value(value: str, issuer: str | None) -> None:
    assert docs(f"发文机关：{value}\n{JOINT_TITLE}\n{BODY}") == [(JOINT_TITLE, None, None, issuer)]


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        pytest.param("某某县人民政府关于某某工作的通知", JOINT, id="title-body-among-them"),
        pytest.param("某某县卫生健康局关于某某工作的通知", None, id="title-names-another-body"),
    ],
)
def test_joint_issuers_against_the_title_body(title: str, issuer: str | None) -> None:
    assert docs(f"发文机关：某某县人民政府 某某县财政局\n{title}\n{BODY}") == [(title, None, None, issuer)]


# --------------------------------------------------------------------------- a page's date stamp, 今/昨 alone

STAMP_ROWS = [
    pytest.param(
        " date 2026-03-06 聽新聞\n台東縣議會秘書長換將\n台東縣議會今舉行新任秘書長布達典禮，由議長主持。\n",
        ["2026-03-06"],
        id="stamp-over-headline-jin-alone",
    ),
    pytest.param(
        " date 2026-03-06\n县议会秘书长换将\n县议会昨宣布新任秘书长人选，由议长主持。\n",
        ["2026-03-05"],
        id="stamp-zuo-alone",
    ),
    pytest.param(
        " date 2026-03-06\n县议会秘书长换将\n县议会今（6）日上午举行布达典礼，由议长主持。\n",
        ["2026-03-06"],
        id="stamp-jin-bracket-day",
    ),
    # no day: 今年 / 今后 are no day; a stamp that is not the page's first line
    pytest.param(
        " date 2026-03-06\n县议会秘书长换将\n今年县议会将举行多次布达典礼，由议长主持。\n", [None], id="jinnian"
    ),
    pytest.param("县议会秘书长换将\n县议会今举行布达典礼，由议长主持。\n date 2026-03-06\n", [], id="stamp-at-the-end"),
]
assert_unique(STAMP_ROWS)


@pytest.mark.parametrize(("text", "dates"), STAMP_ROWS)
def test_a_page_date_stamp_and_a_bare_jin(text: str, dates: list[str | None]) -> None:
    assert [row[2] for row in docs(text)] == dates


# --------------------------------------------------------------------------- a delivery note in the title's line

REPORT_BODY = "发布时间：2021-08-07 点击率：\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
DELIVERED_ROWS = [
    pytest.param(
        "政府工作报告 (2019年1月21日在某某市第十三届人民代表大会第四次会议上) 某某市人民政府市长 王某某",
        "2019-01-21",
        id="note-and-speaker-on-title-line",
    ),
    pytest.param(
        "政府工作报告（二〇一九年一月二十一日在某某市第十三届人民代表大会第四次会议上）",
        "2019-01-21",
        id="note-closing-title-line-chinese-numerals",
    ),
    pytest.param(
        "政府工作报告\n（2019年1月21日在某某市第十三届人民代表大会第四次会议上）",
        "2019-01-21",
        id="note-under-as-before",
    ),
    # no delivery note: a date alone in the bracket, a bracket that is no date
    pytest.param("政府工作报告 (2019年1月21日) 某某市人民政府市长 王某某", None, id="date-without-meeting"),
    pytest.param("政府工作报告（在某某市第十三届人民代表大会第四次会议上）", None, id="meeting-without-date"),
]
assert_unique(DELIVERED_ROWS)


@pytest.mark.parametrize(("head", "date"), DELIVERED_ROWS)
def test_a_delivery_note_in_the_title_line(head: str, date: str | None) -> None:
    assert [row[2] for row in docs(f"{head}\n{REPORT_BODY}")] == [date]


# --------------------------------------------------------------------------- a law site's export

LAW_TITLE = "某某委员会关于调整若干商品进出口关税税率的通知"
LAW_ROWS = [
    pytest.param(f"{LAW_TITLE}(2000年)\n某某委员会\n{LAW_TITLE}", "某某委员会", id="year-on-first-copy"),
    pytest.param(
        f"{LAW_TITLE}\n某某委员会\n{LAW_TITLE}",
        "某某委员会",
        id="same-copies",  # (a strict xfail until s12-dates12: the line under the last copy is read)
    ),
    pytest.param(f"{LAW_TITLE}（2000年）\n财政部 海关总署\n{LAW_TITLE}", "财政部、海关总署", id="two-bodies"),
    # no copy above: a line of names over the title alone is no issuer here
    pytest.param(f"某某委员会\n{LAW_TITLE}", None, id="names-over-title-only"),
    pytest.param(f"另一个通知(2000年)\n某某委员会\n{LAW_TITLE}", None, id="other-title-above"),
]
assert_unique(LAW_ROWS)


@pytest.mark.parametrize(("head", "issuer"), LAW_ROWS)
def test_a_law_site_export_names_its_issuer_between_copies(head: str, issuer: str | None) -> None:
    text = f"{head}\n2000年12月28日 税委会[2000]17号\n海关总署：\n经审议通过，决定调整税率。\n"
    rows = docs(text)
    assert rows[-1] == (LAW_TITLE, "税委会〔2000〕17号", "2000-12-28", issuer)


GARBLED_ROWS = [
    pytest.param("20191231", "2019-12-31", id="eight-digits"),
    pytest.param("20170919", "2017-09-19", id="eight-digits-padded-month"),
    # one reading only (91-9 is none): the date, as zfgbfujian's truth and SOURCES-V label it (s11-heads11)
    pytest.param("2017919", "2017-09-19", id="seven-digits"),
    pytest.param("2019116", None, id="seven-digits-ambiguous"),
    pytest.param("20191331", None, id="no-thirteenth-month"),
]
assert_unique(GARBLED_ROWS)


@pytest.mark.parametrize(("line", "date"), GARBLED_ROWS)
def test_a_signature_date_that_lost_its_characters(line: str, date: str | None) -> None:
    [(title, _, got, issuer)] = docs(f"{NUM_TITLE}\n{BODY}某某县人民政府\n{line}\n")
    assert (title, got, issuer) == (NUM_TITLE, date, "某某县人民政府")
