"""Dates and issuers, probing round 11 (issue 9): classes found on a wide probe of real pages of
dev-split sites (``probe/dates``, not committed), each across its variants, with the rows that must
give nothing or must not change.

* a notice's closing formula run on before its signature and date, with or without its full stop
  (``…敬请谅解。 特此通告 某市公安局交通警察支队 2023年1月20日``), perhaps in its last numbered item
  and with the page's next label glued after the date (``…2023年1月20日关联稿件：``): no date, no issuer;
* a signature run on after the body's last sentence (``…同时废止。 某市人民政府办公室``) over a line
  that opens on its date, the next heading run on after a gap (``2020年10月9日 某某办法``): no date,
  no issuer;
* a signature's date whose 年月日 a converter turned into blanks (``2017 6 23``, ``{ 2017 6 23``,
  ``2017　06　23``), perhaps under a publication note: no date, no issuer (digits run together,
  ``2017623``, stay unread: 6-23 or 62-3 is not said);
* a page stored with its HTML paragraphs' markup on one line (``<p style="text-align: right;">
  某省人民政府</p><p …> 2018年3月27日</p>``): no date;
* a Taiwan law database's record of a rule whose title the page does not keep
  (``中華民國95年11月21日行政院院授人力字第0950064762號函訂定發布全文八點``, ``…總統華總一義字第…號令制定公布…``,
  the body told from the number's series word: ``行政院新聞局 | 正版三字``): no document; two records
  (a history) give none, a record without its body gives none;
* the key ``公發布日`` of Taiwan's law databases (the rule's promulgation): no date;
* a writing guide's example signature under its label (``落款 :`` / ``县经济工作领导小组`` /
  ``2025年4月20日``): a false document, dated and signed.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.grammars.dates import garbled_date
from gazette_extract.text.newshead import publish_date

docs = api_docs

TITLE = "某某县人民政府办公室关于做好2019年防汛工作的通知"
NUMBER = "某政办发〔2019〕12号"
OFFICE = "某某县人民政府办公室"
HEAD = f"{TITLE}\n{NUMBER}\n各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现将有关事项通知如下。\n一、加强组织领导。各地要高度重视。\n"
SIGNED: DocRow = (TITLE, NUMBER, "2019-06-03", OFFICE)
UNSIGNED: DocRow = (TITLE, NUMBER, None, None)

# --------------------------------------------------------------------------- closing formula run on

NOTICE = "关于对某某路实施临时交通管制的通告"
POLICE = "某某市公安局交通警察支队"
NOTICE_HEAD = f"{NOTICE}\n为保障活动顺利进行，根据有关规定，决定对某某路实施临时交通管制。现通告如下：\n"
NOTICE_SIGNED: DocRow = (NOTICE, None, "2023-01-20", POLICE)
NOTICE_UNSIGNED: DocRow = (NOTICE, None, None, None)

CLOSED_ROWS = [
    pytest.param("敬请谅解。 特此通告 某某市公安局交通警察支队 2023年1月20日\n", NOTICE_SIGNED, id="formula-spaces"),
    pytest.param(
        "敬请谅解。特此通告　某某市公安局交通警察支队　2023年1月20日\n", NOTICE_SIGNED, id="ideographic-spaces"
    ),
    pytest.param("敬请谅解。特此通告某某市公安局交通警察支队2023年1月20日\n", NOTICE_SIGNED, id="glued"),
    pytest.param("敬请谅解。 特此通告！ 某某市公安局交通警察支队 2023年1月20日\n", NOTICE_SIGNED, id="formula-bang"),
    pytest.param(
        "敬请谅解。 特此通告 某某市公安局交通警察支队 二〇二三年一月二十日\n", NOTICE_SIGNED, id="numeral-date"
    ),
    pytest.param(
        "四、其他提示 请遵守本通告。 特此通告 某某市公安局交通警察支队 2023年1月20日\n", NOTICE_SIGNED, id="last-item"
    ),
    pytest.param(
        "敬请谅解。 特此通告 某某市公安局交通警察支队 2023年1月20日关联稿件：\n", NOTICE_SIGNED, id="next-label-glued"
    ),
    pytest.param("敬请谅解。 特此公告 某某市公安局交通警察支队 2023年1月20日\n", NOTICE_SIGNED, id="gonggao-formula"),
    # (as read before: the full stop after the formula)
    pytest.param("敬请谅解。特此通告。某某市公安局交通警察支队 2023年1月20日\n", NOTICE_SIGNED, id="formula-full-stop"),
    # no signature: no body after the formula, a sentence's date, an item without the formula
    pytest.param("敬请谅解。 特此通告 自2023年1月20日\n", NOTICE_UNSIGNED, id="no-body-no-date"),
    pytest.param("特此通告 请各单位于2023年1月20日\n", NOTICE_UNSIGNED, id="sentence-no-date"),
    pytest.param(
        "四、其他提示 管制期间请绕行，责任单位某某县交通运输局2023年1月20日\n", NOTICE_UNSIGNED, id="item-no-formula"
    ),
    pytest.param(
        "敬请谅解。 特此通告 某某市公安局交通警察支队 2023年1月20日关于进一步加强管理的通知：\n",
        NOTICE_UNSIGNED,
        id="long-tail-no-date",
    ),
]
assert_unique(CLOSED_ROWS)


@pytest.mark.parametrize(("tail", "expected"), CLOSED_ROWS)
def test_a_closing_formula_run_on_before_the_signature(tail: str, expected: DocRow) -> None:
    found = docs(NOTICE_HEAD + tail)
    if expected == NOTICE_UNSIGNED:  # an unsigned, undated, unnumbered 通告 may give no document at all
        assert found in ([], [expected])
    else:
        assert found == [expected]


# --------------------------------------------------------------------------- date opening the next line

RUN = f"{TITLE}\n{NUMBER}\n各乡镇人民政府，县直各单位：\n现将《某某县防汛工作办法》印发给你们，请认真贯彻执行。原办法同时废止。"
PLAN = "某某县防汛工作办法"

DATE_OPENING_ROWS = [
    pytest.param(f" {OFFICE}\n2019年6月3日 {PLAN}\n", SIGNED, id="signature-run-on-space"),
    pytest.param(f"{OFFICE}\n2019年6月3日　{PLAN}\n", SIGNED, id="signature-glued-ideographic-gap"),
    pytest.param(f" {OFFICE}\n二〇一九年六月三日 {PLAN}\n", SIGNED, id="numeral-date"),
    pytest.param(f"\n{OFFICE}\n2019年6月3日 {PLAN}\n", SIGNED, id="signature-own-line"),
    # no signature above, or no gap after the date: a sentence, not a signature's date
    pytest.param(f"\n2019年6月3日 {PLAN}\n", UNSIGNED, id="no-signature-no-date"),
    pytest.param(f" {OFFICE}\n2019年6月3日召开防汛工作会议，部署有关工作。\n", UNSIGNED, id="no-gap-no-date"),
    pytest.param(" 于县人民政府办公室\n2019年6月3日 报送材料。\n", UNSIGNED, id="sentence-words-no-date"),
    pytest.param(" 请报县水利局\n2019年6月3日 前完成。\n", UNSIGNED, id="short-request-no-date"),
    # the date's own words after it, not a heading: a misprinted weekday (round 8), a print line, a time
    pytest.param(f" {OFFICE}\n2019年6月3日 星期二\n", UNSIGNED, id="wrong-weekday-no-date"),
    pytest.param(f" {OFFICE}\n2019年6月3日 印发\n", UNSIGNED, id="print-line-no-date"),
    pytest.param(f" {OFFICE}\n2019年6月3日 上午召开会议\n", UNSIGNED, id="morning-no-date"),
]
assert_unique(DATE_OPENING_ROWS)


@pytest.mark.parametrize(("tail", "expected"), DATE_OPENING_ROWS)
def test_a_date_opening_the_line_under_a_run_on_signature(tail: str, expected: DocRow) -> None:
    assert docs(RUN + tail) == [expected]


# --------------------------------------------------------------------------- 年月日 lost to blanks

BLANKS_ROWS = [
    pytest.param(f"{OFFICE}\n2019 6 3\n", SIGNED, id="spaces"),
    pytest.param(f"{OFFICE}\n{{ 2019 6 3\n", SIGNED, id="stray-brace"),
    pytest.param(f"{OFFICE}\n2019　06　03\n", SIGNED, id="ideographic-padded"),
    pytest.param(f"{OFFICE}\n【 2019 6 3\n", SIGNED, id="stray-bracket"),
    pytest.param(f"{OFFICE}\n（此件公开发布）\n{{ 2019 6 3\n", SIGNED, id="under-publication-note"),
    pytest.param(f"{OFFICE}\n２０１９ ６ ３\n", SIGNED, id="full-width-digits"),
    # (as read before: eight digits)
    pytest.param(f"{OFFICE}\n20190603\n", SIGNED, id="eight-digits"),
    # digits run together: read where month and day split one way only (201963: 6-3; s11-heads11's
    # lost-marks class, FORMAT.md), none where two readings are possible (2019116: 1-16 or 11-6)
    pytest.param(f"{OFFICE}\n201963\n", SIGNED, id="run-together-one-reading"),
    pytest.param(f"{OFFICE}\n2019116\n", (TITLE, NUMBER, None, OFFICE), id="run-together-two-readings-no-date"),
    # none: no signature above, an impossible month, a fourth number
    pytest.param("请认真贯彻执行。\n2019 6 3\n", UNSIGNED, id="no-signature-no-date"),
    pytest.param(f"{OFFICE}\n2019 13 3\n", (TITLE, NUMBER, None, OFFICE), id="month-13-no-date"),
    pytest.param(f"{OFFICE}\n2019 6 3 8\n", UNSIGNED, id="four-numbers-no-date"),
]
assert_unique(BLANKS_ROWS)


@pytest.mark.parametrize(("tail", "expected"), BLANKS_ROWS)
def test_a_signature_date_whose_marks_became_blanks(tail: str, expected: DocRow) -> None:
    assert docs(HEAD + tail) == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2017 6 23", "2017-06-23"),
        ("{ 2017 6 23", "2017-06-23"),
        ("2017\u300006\u300023", "2017-06-23"),
        ("20151214", "2015-12-14"),
        ("2017623", "2017-06-23"),  # 62-3 is no date: one reading (s11-heads11, FORMAT.md)
        ("2019116", None),  # 1-16 or 11-6: two readings
        ("2017 6", None),
        ("第 2017 6 23", None),
        ("2017 2 30", None),
    ],
)
def test_garbled_date_lines(line: str, expected: str | None) -> None:
    assert garbled_date(line) == expected


# --------------------------------------------------------------------------- raw HTML paragraphs

PROVINCE = "某某省人民政府"
HTML_HEAD = "发文机关：某某省人民政府\n文号 ：某政发〔2018〕13号\n"
HTML_BODY = (
    "<p>各市、县人民政府，省人民政府各委、办、厅、局：</p><p> 现将《某某实施方案》印发给你们，请认真组织实施。</p>"
)


def _html_date(text: str) -> str | None:
    found = docs(text)
    return found[0][2] if found else None


HTML_ROWS = [
    pytest.param(
        '<p style="text-align: right;"> 某某省人民政府</p><p style="text-align: right;"> 2018年3月27日</p>',
        "2018-03-27",
        id="styled-p",
    ),
    pytest.param(
        "<p> 某某省人民政府</p><p> 2018年3月27日</p><p> （此件公开发布）</p>", "2018-03-27", id="plain-p-note"
    ),
    pytest.param("<p>某某省人民政府<br/>2018年3月27日</p>", "2018-03-27", id="br"),
    pytest.param("<div> 某某省人民政府</div><div> 二〇一八年三月二十七日</div></p>", "2018-03-27", id="div-numeral"),
    # none: a date in a sentence's paragraph, a date with no body above it
    pytest.param("<p> 请于2018年3月27日前报送某某省人民政府。</p>", None, id="sentence-no-date"),
    pytest.param("<p> 特此通知。</p><p> 2018年3月27日</p>", None, id="no-body-no-date"),
]
assert_unique(HTML_ROWS)


@pytest.mark.parametrize(("tail", "expected"), HTML_ROWS)
def test_a_signature_in_raw_html_paragraphs(tail: str, expected: str | None) -> None:
    assert _html_date(HTML_HEAD + HTML_BODY + tail) == expected


# --------------------------------------------------------------------------- Taiwan law database records

PAGE = "您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態 跳到主要內容\n\n法規資訊中央現行法規\n\n行政/人事行政/任免\n"
FOOT = "快速回到頁首按鈕\n"

RECORD_ROWS = [
    pytest.param(
        "中華民國95年11月21日\n中華民國95年11月21日行政院院授人力字第0950064762號函訂定發布全文八點；並自96年1月1日起實施\n",
        [(None, "院授人力字第0950064762号", "2006-11-21", "行政院")],
        id="letter-under-its-date",
    ),
    pytest.param(
        "中華民國107年11月28日總統華總一義字第10700127991號令制定公布全文十三條，自公布日施行\n",
        [(None, "华总一义字第10700127991号", "2018-11-28", "总统")],
        id="presidential-order",
    ),
    pytest.param(
        "中華民國94年12月16日行政院文化建設委員會文參字第0941129172號令訂定發布全文三條\n",
        [(None, "文参字第0941129172号", "2005-12-16", "行政院文化建设委员会")],
        id="committee-split",
    ),
    pytest.param(
        "中華民國89年12月30日行政院新聞局正版三字第19392號令訂定發布全文七點\n",
        [(None, None, "2000-12-30", "行政院新闻局")],
        id="bureau-split",
    ),
    pytest.param(
        "1.中華民國一百零九年三月五日內政部台內地字第 1090012345 號令訂定發布全文 8 條\n",
        [(None, "台内地字第1090012345号", "2020-03-05", "内政部")],
        id="numbered-numeral-year",
    ),
    pytest.param(
        "民國103年3月18日內政部內授消字第1030821600號函訂定全文5點\n",
        [(None, "内授消字第1030821600号", "2014-03-18", "内政部")],
        id="minguo-letter",
    ),
    pytest.param(
        "中华民国95年11月21日行政院院授人力字第0950064762号函订定发布全文八点\n",
        [(None, "院授人力字第0950064762号", "2006-11-21", "行政院")],
        id="simplified",
    ),
    # none: two records (which one dates the text is not said), a record without its body
    pytest.param(
        "1.中華民國103年3月10日內政部內授消字第1030821600號函訂定全文5點\n"
        "2.中華民國108年8月8日內政部內授消字第10808227283號函修正全文5點\n",
        [],
        id="history-two-records-none",
    ),
    pytest.param("中華民國105年6月8日府秘文字第1050123335號函訂定發布\n", [], id="no-body-none"),
]
assert_unique(RECORD_ROWS)


@pytest.mark.parametrize(("record", "expected"), RECORD_ROWS)
def test_a_taiwan_law_record_without_its_title(record: str, expected: list[DocRow]) -> None:
    assert docs(PAGE + record + FOOT) == expected


def test_a_record_cited_in_a_notice_does_not_date_it() -> None:
    body = "二、依中华民国95年11月21日行政院院授人力字第0950064762号函订定发布之规定办理。\n"
    assert docs(HEAD + body + f"{OFFICE}\n2019年6月3日\n") == [SIGNED]
    assert docs(HEAD + body) == [UNSIGNED]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("公發布日： 民國105年06月08日", ["2016-06-08"], id="gongfabu-roc"),
        pytest.param("公发布日：2016-06-08", ["2016-06-08"], id="gongfabu-simplified-iso"),
        pytest.param("修正日期： 民國108年06月08日", [], id="amended-no-date"),
    ],
)
def test_the_promulgation_key_of_taiwan_law_databases(key: str, expected: list[str]) -> None:
    text = f"法規內容\n法規名稱： 桃園市政府文書處理要點\n{key}\n法規體系： 桃園市法規/秘書類\n一、為提升公文品質，特訂定本要點。\n"
    assert [d[2] for d in docs(text) if d[2]] == expected


# --------------------------------------------------------------------------- a writing guide's example

GUIDE = (
    "政府下发通知的格式需遵循规范性要求，具体包含以下要素：\n一、标题\n完全式 ：发文机关+事由+文种；\n"
    "示例（会议通知）\n标题 ：关于召开经济工作部署会议的通知\n要求 ：请提前10分钟签到，会议期间保持手机静音\n"
)

EXAMPLE_ROWS = [
    pytest.param("落款 :\n县经济工作领导小组\n2025年4月20日\n注意事项\n", id="label-own-line"),
    pytest.param("落款：\n某某县人民政府办公室\n2025年4月20日\n", id="label-full-width-colon"),
    pytest.param("署名：\n某某县人民政府办公室\n二〇二五年四月二十日\n", id="signer-label"),
    pytest.param("要求 ：请准时参会落款 :\n县经济工作领导小组\n2025年4月20日\n", id="label-run-on"),
]
assert_unique(EXAMPLE_ROWS)


@pytest.mark.parametrize("tail", EXAMPLE_ROWS)
def test_a_guide_example_signature_dates_and_signs_nothing(tail: str) -> None:
    assert [d[2:] for d in docs(GUIDE + tail) if d[2:] != (None, None)] == []


def test_a_signature_under_a_colon_line_still_signs() -> None:
    text = HEAD + "联系人：张三\n电话：12345678\n" + f"{OFFICE}\n2019年6月3日\n"
    assert docs(text) == [SIGNED]


# --------------------------------------------------------------------------- a session's presidium signs

SESSION_NOTICE = "某某县第十八届人民代表大会第二次会议公告"
SESSION_HEAD = f"{SESSION_NOTICE}\n（第4号）\n2022年2月25日，某某县第十八届人民代表大会第二次会议表决通过了《某某县人民代表大会议事规则》。\n"
PRESIDIUM = "某某县第十八届人民代表大会第二次会议主席团"

PRESIDIUM_ROWS = [
    pytest.param("某某县第十八届人民代表大会\n第二次会议主席团\n2022年2月25日\n", PRESIDIUM, id="wrapped"),
    pytest.param(f"{PRESIDIUM}\n2022年2月25日\n", PRESIDIUM, id="one-line"),
    pytest.param(
        "某某县第十八届人民代表大会\n第二次会议主席团\n二〇二二年二月二十五日\n", PRESIDIUM, id="numeral-date"
    ),
    pytest.param(
        "中国人民政治协商会议某某县第十届委员会\n第三次会议主席团\n2022年2月25日\n",
        "中国人民政治协商会议某某县第十届委员会第三次会议主席团",
        id="cppcc-wrapped",
    ),
    # the name cut off above: the presidium's line alone names no body
    pytest.param("会议决定予以公告。\n第二次会议主席团\n2022年2月25日\n", None, id="cut-off-none"),
]
assert_unique(PRESIDIUM_ROWS)


@pytest.mark.parametrize(("tail", "issuer"), PRESIDIUM_ROWS)
def test_a_session_presidium_signs_its_notice(tail: str, issuer: str | None) -> None:
    assert [d[2:] for d in docs(SESSION_HEAD + tail)] == [("2022-02-25", issuer)]


# --------------------------------------------------------------------------- a number key's value names its kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("府秘文字第1050123335號函", "府秘文字第1050123335号", id="taiwan-letter"),
        pytest.param("府秘文字第1050123335号 函", "府秘文字第1050123335号", id="kind-spaced"),
        pytest.param("某政办发〔2019〕5号文", "某政办发〔2019〕5号", id="wen"),
        pytest.param("某政办发〔2019〕5号文件", "某政办发〔2019〕5号", id="wenjian"),
        pytest.param("府秘文字第1050123335號", "府秘文字第1050123335号", id="plain"),
        # none: words that are not the piece's kind, two numbers
        pytest.param("府秘文字第1050123335号函复", None, id="reply-none"),
        pytest.param("某政办发〔2019〕5号、某财发〔2019〕8号", None, id="two-numbers-none"),
    ],
)
def test_a_number_key_value_with_its_kind(value: str, expected: str | None) -> None:
    text = f"法規內容\n法規名稱： 桃園市政府文書處理要點\n發文字號： {value}\n法規體系： 桃園市法規/秘書類\n一、為提升公文品質，特訂定本要點。\n"
    assert [d[1] for d in docs(text)] == [expected]


# --------------------------------------------------------------------------- bodies that sign their own notices

SIGNER_ROWS = [
    pytest.param("某某县公安局交通警察大队", id="traffic-brigade"),
    pytest.param("某某县综合行政执法大队", id="enforcement-brigade"),
    pytest.param("某某县公安局某某派出所", id="police-station"),
    pytest.param("某某县司法局某某司法所", id="justice-office"),
    pytest.param("某某县农业技术推广站", id="extension-station"),
    pytest.param("某某县水利工程管理站", id="management-station"),
    pytest.param("某某县环境监测站", id="monitoring-station"),
    pytest.param("中国人民银行某某县支行", id="bank-branch"),
    pytest.param("中国农业发展银行某某分行", id="bank-branch-city"),
    pytest.param("某某县个体劳动者协会", id="association"),
    pytest.param("某某县气象台", id="weather-office"),
]
assert_unique(SIGNER_ROWS)


@pytest.mark.parametrize("body", SIGNER_ROWS)
def test_bodies_that_sign_their_notices(body: str) -> None:
    assert docs(HEAD + f"{body}\n2019年6月3日\n") == [(TITLE, NUMBER, "2019-06-03", body)]


@pytest.mark.parametrize("school", ["某某县第一中学", "某某县实验小学", "某某县职业技术学校"])
def test_a_school_under_a_government_notice_is_no_issuer(school: str) -> None:
    # (round 9's decision, kept: a school's line over the date signs no government notice)
    assert docs(HEAD + f"{school}\n2019年6月3日\n") == [(TITLE, NUMBER, "2019-06-03", None)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某某县第一中学", id="school-in-a-sentence-line"),
        pytest.param("会议地点：某某县气象台", id="keyed-place"),
    ],
)
def test_a_body_named_in_the_body_text_signs_nothing(line: str) -> None:
    text = HEAD + f"二、参会单位。\n{line}\n2019年6月3日下午召开会议，请各单位准时参加。\n"
    assert [d[2:] for d in docs(text)] == [(None, None)]


# --------------------------------------------------------------------------- keys over the title

PLAIN_BODY = f"{TITLE}\n各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现将有关事项通知如下。\n一、加强组织领导。各地要高度重视。\n"

KEY_ROWS = [
    pytest.param(
        "发文机关：某某县人民政府办公室 成文日期：2019年06月03日\n", ("2019-06-03", OFFICE), id="two-pairs-line"
    ),
    pytest.param(
        "发文机关 | 某某县人民政府办公室 | 成文日期 | 2019年06月03日 |\n", ("2019-06-03", OFFICE), id="two-pairs-row"
    ),
    pytest.param(
        "成文机关：某某县人民政府办公室　签发日期：2019-06-03\n", ("2019-06-03", OFFICE), id="ideographic-gap"
    ),
    pytest.param("制发日期：2019-06-03\n", ("2019-06-03", None), id="zhifa-riqi"),
    pytest.param("制发时间：2019年6月3日\n", ("2019-06-03", None), id="zhifa-shijian"),
    pytest.param("下发时间：2019-06-03\n", ("2019-06-03", None), id="xiafa-shijian"),
    pytest.param("签发时间：2019年6月3日\n", ("2019-06-03", None), id="qianfa-shijian"),
    pytest.param("签署时间：2019-06-03\n", ("2019-06-03", None), id="qianshu-shijian"),
    pytest.param("【公布时间】2019.06.03\n", ("2019-06-03", None), id="gongbu-shijian"),
    # a website's keys beside others are the page's: no date, no issuer
    pytest.param("发布机构：某某县人民政府办公室 发布日期：2019-06-05\n", (None, None), id="website-pairs-none"),
    pytest.param("来源：某某县人民政府 发布时间：2019-06-05\n", (None, None), id="byline-none"),
    pytest.param(
        "发文机关：某某县人民政府办公室 浏览次数：35 成文日期：2019-06-03\n", (None, None), id="unknown-pair-none"
    ),
]
assert_unique(KEY_ROWS)


@pytest.mark.parametrize(("head", "expected"), KEY_ROWS)
def test_writing_keys_over_the_title(head: str, expected: tuple[str | None, str | None]) -> None:
    assert [d[2:] for d in docs(head + PLAIN_BODY)] == [expected]


# --------------------------------------------------------------------------- news: the page's date in new places

STORY = "某某县召开防汛工作会议"
LEAD = "本报讯（记者 张三）6月3日上午，县委召开防汛工作会议，部署有关工作。\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("【字体：大 中 小】 2019-06-04", "2019-06-04", id="font-then-date"),
        pytest.param("字号：大 中 小 2019年06月04日", "2019-06-04", id="font-key-then-date"),
        pytest.param("2019-06-04 10:20 【字体：大 中 小】", "2019-06-04", id="date-then-font"),
        pytest.param("第A02版：要闻  2019年06月04日", "2019-06-04", id="page-label-date"),
        pytest.param("A3版:时政 2019-06-04", "2019-06-04", id="page-label-no-di"),
        pytest.param("第3版2019年06月04日", "2019-06-04", id="page-label-glued"),
        pytest.param("（作者：张三 来源：某某日报 2019-06-04）", "2019-06-04", id="bracketed-byline"),
        pytest.param("(来源：某某日报 编辑：李四 2019/06/04)", "2019-06-04", id="bracketed-byline-ascii"),
        pytest.param("责任编辑:高心云 2023-03-04 15:20:25 来源:新华社", "2023-03-04", id="editor-then-date"),
        pytest.param("编辑：张三　2019年06月04日", "2019-06-04", id="editor-date-ideographic"),
        pytest.param("责任编辑：李四", None, id="editor-alone"),
        # none: no date, a sentence, a bracket without a byline's key, a page label without a date
        pytest.param("【字体：大 中 小】", None, id="font-alone"),
        pytest.param("（2019年6月4日县委召开会议）", None, id="bracketed-sentence"),
        pytest.param("第3版：要闻 第2019期", None, id="page-serial"),
        pytest.param("字体大小根据2019-06-04规定调整", None, id="prose"),
    ],
)
def test_publish_lines_of_round_11(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


NEWS_ROWS = [
    pytest.param(f"{STORY}\n【字体：大 中 小】 2019-06-04\n{LEAD}", "2019-06-03", id="font-chooser-under"),
    pytest.param(f"【字体：大 中 小】 2019-06-04\n{STORY}\n{LEAD}", "2019-06-03", id="font-chooser-over"),
    pytest.param(f"第A02版：要闻  2019年06月04日\n{STORY}\n{LEAD}", "2019-06-03", id="epaper-label-over"),
    pytest.param(
        f"第A02版：要闻  2019年06月04日\n{STORY}\n本报讯 3日，县委召开防汛工作会议。\n",
        "2019-06-03",
        id="epaper-day-only",
    ),
    pytest.param(
        f"{STORY}\n6月3日，县委召开防汛工作会议，部署有关工作。\n（作者：张三 来源：某某日报 2019-06-04）\n",
        "2019-06-03",
        id="bracketed-byline-foot",
    ),
    # none: a lead that states no day; the page's date is never the story's
    pytest.param(
        f"第A02版：要闻  2019年06月04日\n{STORY}\n本报讯 近日，县委召开防汛工作会议。\n", None, id="lead-no-day"
    ),
    pytest.param(
        f"【字体：大 中 小】 2019-06-04\n{STORY}\n日前，县委召开防汛工作会议。\n", None, id="font-lead-no-day"
    ),
]
assert_unique(NEWS_ROWS)


@pytest.mark.parametrize(("text", "expected"), NEWS_ROWS)
def test_a_story_dated_against_the_page_date(text: str, expected: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(text)] == [(STORY, expected)]


# --------------------------------------------------------------------------- a photo caption opens the story

CAPTION_HEAD = "两会今日看点：人大会议首场发布会上午11时举行\n2016年03月04日 14:20:01  来源：中国新闻网\n"
CAPTION_TITLE = "两会今日看点：人大会议首场发布会上午11时举行"

CAPTION_ROWS = [
    # the caption's day is the photo's: the story under it dates itself, or nothing
    pytest.param(
        "3月3日，全国政协会议在北京开幕。中新社记者 汤彦俊 摄\n今天上午，人大会议举行首场新闻发布会。\n",
        "2016-03-04",
        id="caption-own-line",
    ),
    pytest.param(
        "3月3日，全国政协会议在北京开幕。（新华社记者 李学仁 摄）\n今天上午，人大会议举行首场新闻发布会。\n",
        "2016-03-04",
        id="bracketed-credit",
    ),
    pytest.param("3月3日，全国政协会议在北京开幕。张三 摄\n近日，各代表团陆续报到。\n", None, id="caption-lead-no-day"),
    pytest.param("“两会时间”进入第二日，代表们分组审议报告。\n", None, id="ordinal-day-none"),
    # (as read before: a lead without a credit keeps its day)
    pytest.param("3月3日，全国政协会议在北京开幕。\n", "2016-03-03", id="lead-no-credit"),
    pytest.param("3月3日，县委召开会议，记者张三摄影报道。\n", "2016-03-03", id="photo-report-not-credit"),
]
assert_unique(CAPTION_ROWS)


@pytest.mark.parametrize(("story", "expected"), CAPTION_ROWS)
def test_a_photo_caption_does_not_date_the_story(story: str, expected: str | None) -> None:
    assert [(d[0], d[2]) for d in docs(CAPTION_HEAD + story)] == [(CAPTION_TITLE, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page's stamp then a photo's note on its line: the story under it states no day
        pytest.param(
            " date 2025-08-24 立法院议场。（资料照）\n2025/08/24 11:39\n〔记者林欣汉／台北报导〕立法院本周将进行修正草案的协商及处理，行政院表示尊重。\n",
            [],
            id="stamp-is-no-lead",
        ),
        # (as read before: the lead run on after the stamp dates the story)
        pytest.param(
            " date 2025-08-29 立法院29日三读通过特别条例修正案，行政院发言人表示感谢。\n",
            [(None, None, "2025-08-29", None)],
            id="lead-after-stamp",
        ),
    ],
)
def test_a_page_stamp_is_no_lead(text: str, expected: list[DocRow]) -> None:
    assert docs(text) == expected
