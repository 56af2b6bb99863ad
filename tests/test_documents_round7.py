"""Document fields, probing round 7 (issue 9): forms of the 落款, the red head and the decree /
announcement head that gave a wrong or missing field, each as a class across its printed
variants, with the rows that must not change (negative rows).

* a seal's place printed after the signature on its line (某某省应急管理厅（公章）): the issuer;
* a signature date broken over two lines (2024年5月 / 20日): the date and the issuer;
* 元月 for January (2024年元月20日, 二〇二四年元月二十日): the date and the issuer;
* a 签发人 line between the red head's number and the title: the number;
* a decree's or an announcement's serial line in every form (（第三号）, 2023年第5号,
  〔十四届〕第12号): the document (an announcement's serial is no 文号: its number stays empty);
* a news dateline over a title (新华社北京2月4日电) is no part of the title;
* a rule of dashes between two documents (—————— / ━━━━━━) is no part of the next title or issuer.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract import parse_text

Row = DocRow
docs = api_docs


# --------------------------------------------------------------------------- the 落款 (signature and date)

TITLE = "关于开展2024年安全生产月活动的通知"
HEAD = TITLE + "\n某应急〔2024〕22号\n\n各有关单位：\n现就有关事项通知如下。\n\n"
FULL = (TITLE, "某应急〔2024〕22号", "2024-05-20", "某某省应急管理厅")
JANUARY = (TITLE, "某应急〔2024〕22号", "2024-01-20", "某某省应急管理厅")
NO_ISSUER = (TITLE, "某应急〔2024〕22号", "2024-05-20", None)
NOTHING = (TITLE, "某应急〔2024〕22号", None, None)

SIGNATURE_ROWS = [
    pytest.param("某某省应急管理厅（公章）\n2024年5月20日", FULL, id="seal-gongzhang"),
    pytest.param("某某省应急管理厅（盖章）\n2024年5月20日", FULL, id="seal-gaizhang"),
    pytest.param("某某省应急管理厅(印章)\n2024年5月20日", FULL, id="seal-ascii-brackets"),
    pytest.param("某某省应急管理厅（印）\n2024年5月20日", FULL, id="seal-yin"),
    pytest.param("某某省应急管理厅[公章]\n2024年5月20日", FULL, id="seal-square-brackets"),
    pytest.param("某某省应急管理厅　【签章】\n2024年5月20日", FULL, id="seal-lenticular-spaced"),
    pytest.param("某某省应急管理厅（公章）  2024年5月20日", FULL, id="seal-and-date-one-line"),
    pytest.param("某某省应急管理厅\n（公章）\n2024年5月20日", FULL, id="seal-own-line"),
    pytest.param("某某省应急管理厅\n2024年5月\n20日", FULL, id="date-split-after-month"),
    pytest.param("某某省应急管理厅\n2024年\n5月20日", FULL, id="date-split-after-year"),
    pytest.param("某某省应急管理厅\n二〇二四年五月\n二十日", FULL, id="date-split-chinese-numerals"),
    pytest.param("某某省应急管理厅\n2024 年 5 月\n20 日", FULL, id="date-split-spaced"),
    pytest.param("某某省应急管理厅（公章）\n2024年5月\n20日", FULL, id="seal-and-split-date"),
    pytest.param("某某省应急管理厅\n2024年元月20日", JANUARY, id="date-yuanyue"),
    pytest.param("某某省应急管理厅\n二〇二四年元月二十日", JANUARY, id="date-yuanyue-cn"),
    pytest.param("某某省应急管理厅　2024年元月20日", JANUARY, id="date-yuanyue-one-line"),
    # negative rows: no date, no signature
    pytest.param("某某省应急管理厅（公章）", NOTHING, id="neg-seal-without-date"),
    pytest.param("某某省应急管理厅\n2024年5月\n20日前报送材料。", NOTHING, id="neg-tail-is-a-sentence"),
    pytest.param("某某省应急管理厅\n2024年5月\n5月20日", NOTHING, id="neg-two-months"),
    pytest.param("申报单位（盖章）：\n2024年5月20日", NO_ISSUER, id="neg-form-field-with-colon"),
    pytest.param("请于2024年5月\n20日前报送。", NOTHING, id="neg-sentence-broken-over-lines"),
    pytest.param("某某省应急管理厅\n2024年元旦", NOTHING, id="neg-yuandan-is-no-date"),
]
assert_unique(SIGNATURE_ROWS)

JOINT = ("关于开展某某检查的通知", "某财〔2024〕5号", "2024-03-09", "某某市财政局、某某市审计局")
JOINT_HEAD = "关于开展某某检查的通知\n某财〔2024〕5号\n\n各县区：\n请认真开展检查。\n\n"

JOINT_ROWS = [
    pytest.param("某某市财政局（公章）　　某某市审计局（公章）\n2024年3月9日", JOINT, id="joint-seals-side-by-side"),
    pytest.param("某某市财政局(盖章)  某某市审计局(盖章)\n2024年3月9日", JOINT, id="joint-seals-ascii"),
    pytest.param("某某市财政局（公章）\n某某市审计局（公章）\n2024年3月9日", JOINT, id="joint-seals-own-lines"),
    pytest.param("某某市财政局（公章）　某某市审计局（公章）　2024年3月9日", JOINT, id="joint-seals-and-date-one-line"),
    pytest.param("某某市财政局　　某某市审计局\n2024年3月\n9日", JOINT, id="joint-split-date"),
]
assert_unique(JOINT_ROWS)


@pytest.mark.parametrize(("tail", "expected"), JOINT_ROWS)
def test_joint_signatures_with_seals(tail: str, expected: Row) -> None:
    """A seal mark never ends up inside the issuer (某某市财政局（公章） 某某市审计局 was one)."""
    assert docs(JOINT_HEAD + tail + "\n") == [expected]


@pytest.mark.parametrize(("tail", "expected"), SIGNATURE_ROWS)
def test_signature_forms(tail: str, expected: Row) -> None:
    assert docs(HEAD + tail + "\n") == [expected]


# --------------------------------------------------------------------------- the red head's number

RED_BODY = "\n\n各区县人民政府：\n现就行动通知如下。\n\n某某市人民政府\n2024年3月9日\n"
RED = ("某某市人民政府关于开展某某行动的通知", "某政发〔2024〕9号", "2024-03-09", "某某市人民政府")

RED_HEAD_ROWS = [
    pytest.param(
        "某政发〔2024〕9号\n签发人：张三\n\n某某市人民政府关于开展某某行动的通知", RED, id="signer-under-number"
    ),
    pytest.param(
        "某政发〔2024〕9号\n签发人：张三　李四\n\n某某市人民政府关于开展某某行动的通知", RED, id="two-signers"
    ),
    pytest.param(
        "某政发〔2024〕9号\n签 发 人: 张三\n某某市人民政府\n关于开展某某行动的通知",
        RED,
        id="signer-spaced-title-wrapped",
    ),
    pytest.param(
        "某某市人民政府文件\n某政发〔2024〕9号\n签发人：张三\n某某市人民政府关于开展某某行动的通知",
        RED,
        id="masthead-number-signer",
    ),
    pytest.param(
        "某政发〔2024〕9号　　签发人：张三\n\n某某市人民政府关于开展某某行动的通知", RED, id="signer-beside-number"
    ),
    # negative: a line that is not the signers' keeps the number out (it may be another document's)
    pytest.param(
        "某政发〔2024〕9号\n签发人张三同志审核意见如下\n\n某某市人民政府关于开展某某行动的通知",
        (RED[0], None, RED[2], RED[3]),
        id="neg-not-a-signer-line",
    ),
]
assert_unique(RED_HEAD_ROWS)


@pytest.mark.parametrize(("head", "expected"), RED_HEAD_ROWS)
def test_number_over_signer_line(head: str, expected: Row) -> None:
    assert docs(head + RED_BODY) == [expected]


# --------------------------------------------------------------------------- decrees and announcements

DECREE_BODY = "\n\n《某某办法》已经市政府常务会议通过，现予公布。\n\n市长  王某\n2023年10月20日\n"
NPC_BODY = (
    "\n\n《某某省物业管理条例》已由某某省第十四届人民代表大会常务委员会第八次会议于2024年3月28日通过，"
    "现予公布，自2024年7月1日起施行。\n\n某某省人民代表大会常务委员会\n2024年3月29日\n"
)
CITY = "某某市人民政府令"
NPC = "某某省人民代表大会常务委员会公告"
NPC_DOC = (NPC, None, "2024-03-29", "某某省人民代表大会常务委员会")

SERIAL_ROWS = [
    pytest.param(
        CITY + "\n第3号" + DECREE_BODY, (CITY, CITY + "第3号", "2023-10-20", "某某市人民政府"), id="decree-bare"
    ),
    pytest.param(
        CITY + "\n（第 3 号）" + DECREE_BODY,
        (CITY, CITY + "第3号", "2023-10-20", "某某市人民政府"),
        id="decree-bracketed",
    ),
    pytest.param(
        CITY + "\n第三号" + DECREE_BODY,
        (CITY, CITY + "第3号", "2023-10-20", "某某市人民政府"),
        id="decree-chinese-numeral",
    ),
    pytest.param(
        CITY + "\n（第一百零五号）" + DECREE_BODY,
        (CITY, CITY + "第105号", "2023-10-20", "某某市人民政府"),
        id="decree-chinese-hundreds-bracketed",
    ),
    pytest.param(
        "中华人民共和国某某部令\n2023年第5号" + DECREE_BODY.replace("市长", "部长"),
        ("中华人民共和国某某部令", "某某部令2023年第5号", "2023-10-20", "中华人民共和国某某部"),
        id="ministry-decree-by-year",
    ),
    pytest.param(NPC + "\n第12号" + NPC_BODY, NPC_DOC, id="announcement-bare"),
    pytest.param(NPC + "\n（第十二号）" + NPC_BODY, NPC_DOC, id="announcement-chinese-bracketed"),
    pytest.param(NPC + "\n〔十四届〕第12号" + NPC_BODY, NPC_DOC, id="announcement-by-term"),
    pytest.param(NPC + "\n\n[十四届]第十二号" + NPC_BODY, NPC_DOC, id="announcement-by-term-square"),
    pytest.param("某某省人民代表大会常务委员会\n公告\n（第12号）" + NPC_BODY, NPC_DOC, id="announcement-title-wrapped"),
    pytest.param(
        "新华社北京2月4日电\n" + NPC + "\n（第12号）" + NPC_BODY, NPC_DOC, id="announcement-under-news-dateline"
    ),
]
assert_unique(SERIAL_ROWS)


@pytest.mark.parametrize(("text", "expected"), SERIAL_ROWS)
def test_decree_and_announcement_serials(text: str, expected: Row) -> None:
    assert docs(text) == [expected]


SERIAL_NEGATIVE_ROWS = [
    # a chapter heading or a page number under a title is no serial: no number is read from it
    # (a body's 公告 signed and dated by that body is a document since session 9:
    # layout.recognize.signed_official; a 公示 is none)
    pytest.param(NPC + "\n第三章" + NPC_BODY, id="chapter-heading"),
    pytest.param(NPC + "\n第12号文件" + NPC_BODY, id="serial-with-more-text"),
    pytest.param("某某市人民政府公示\n第3号" + NPC_BODY, id="not-a-decree-or-announcement"),
]
assert_unique(SERIAL_NEGATIVE_ROWS)


@pytest.mark.parametrize("text", SERIAL_NEGATIVE_ROWS)
def test_serial_negative(text: str) -> None:
    assert all(number is None and title != "某某市人民政府公示" for title, number, *_ in docs(text))


def test_announcement_serial_is_no_doc_number() -> None:
    """An announcement's 〔十四届〕第12号 is its serial, not a 文号: left out (precision first)."""
    (doc,) = parse_text(NPC + "\n〔十四届〕第12号" + NPC_BODY).documents
    assert doc.doc_number is None
    assert doc.title == NPC


# --------------------------------------------------------------------------- documents one after another

DOC1 = "某某省人民政府关于表彰2023年度先进集体的决定\n某政发〔2024〕1号\n\n各市州人民政府：\n决定表彰。\n\n某某省人民政府\n2024年1月5日\n"
DOC2 = "某某省人民政府办公厅关于印发某某工作要点的通知\n某政办发〔2024〕2号\n\n各市州人民政府：\n现印发。\n\n某某省人民政府办公厅\n2024年1月8日\n"
TWO = [
    ("某某省人民政府关于表彰2023年度先进集体的决定", "某政发〔2024〕1号", "2024-01-05", "某某省人民政府"),
    ("某某省人民政府办公厅关于印发某某工作要点的通知", "某政办发〔2024〕2号", "2024-01-08", "某某省人民政府办公厅"),
]

SEPARATOR_ROWS = [
    pytest.param("\n", id="blank-line"),
    pytest.param("\n——————————————\n", id="em-dash-rule"),
    pytest.param("——————\n", id="short-em-dash-rule-no-blank"),
    pytest.param("\n━━━━━━━━━━━━\n", id="heavy-box-rule"),
    pytest.param("\n────────────\n", id="light-box-rule"),
    pytest.param("\n--------------\n", id="hyphen-rule"),
    pytest.param("\n— 3 —\n", id="page-number-between"),
]
assert_unique(SEPARATOR_ROWS)


@pytest.mark.parametrize("separator", SEPARATOR_ROWS)
def test_documents_one_after_another(separator: str) -> None:
    assert docs(DOC1 + separator + DOC2) == TWO


def test_a_dash_inside_a_line_stays() -> None:
    """Only a line of nothing but a rule is dropped: a title quoting —— keeps it."""
    text = "关于开展“学雷锋——志愿服务”活动的通知\n某政办发〔2024〕2号\n\n各单位：\n现通知如下——请认真执行。\n\n某某省人民政府办公厅\n2024年1月8日\n"
    (doc,) = parse_text(text).documents
    assert doc.title == "关于开展“学雷锋——志愿服务”活动的通知"
    assert (doc.issuer, str(doc.date)) == ("某某省人民政府办公厅", "2024-01-08")
