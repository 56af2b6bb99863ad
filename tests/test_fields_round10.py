"""Dates, issuers and document numbers, probing round 10 (issue 9): the date and the issuer printed
in every place and form real bodies print them, each class across its variants, with the rows
that must give nothing.

* a signature's date with the publication or contact note on its own line
  (``2019年6月3日（此件公开发布）``, ``…（联系人：张三，电话：…）``, the signature before it on the
  same line): no date, no issuer;
* a signature and its date run on after the body's last sentence, on one line (a page that lost
  its line breaks: ``…特此通知。某某县人民政府办公室 2019年6月3日``): no date, no issuer;
* a day written with 廿 or 卅 (``二〇一九年十二月廿三日``), a year with the digit 0 typed for 〇
  (``二0一九年六月三日``): no date;
* five bodies or more signing one a line: the classifier's four nearest the date were the issuer
  (a false issuer, the first bodies dropped);
* bodies that sign their own documents whose names end in ``联合会``, ``海关``, ``支队`` or ``总队``
  (``某某县妇女联合会``, ``中华人民共和国某某海关``): no issuer;
* a metadata key alone on a line over the title, its value on the next line (``成文日期：`` /
  ``2019-06-03``, ``发文机关：`` / ``某某县人民政府办公室``): no date;
* a number whose agency is a body's name and a series word (``某某县政府办发〔2019〕12号``, ``州政府函``)
  was cut to the series word (``办发〔2019〕12号``): a false number; a number with its signer in
  brackets after it (``…12号（签发人：张三）``) or the signers first (``签发人：张三　某政办发…``): none;
* an old number printed with its agency around the year (``民[1989]综字29号``, ``劳[1995]人字12号``) was
  cut to ``综字〔1989〕29号`` (a false citation); a body's name before a year-first number stays out
  (``县政府〔1996〕武司字第82号``);
* Taiwan's Judicial Yuan numbers its interpretations in one series without a year (``釋字第632號``,
  cited ``司法院释字第632号``) under the law database's keys ``解釋字號`` / ``解釋日期``: no number, no date,
  no document;
* Taiwan's offices type the Republic's year without 中华民国 under a date key (``發文日期：108年6月3日``,
  ``108/06/03``, ``108.6.3``): no date; a body's letter or announcement headed by its name and kind
  alone (``臺北市政府函``, ``某某县人民政府公告``) and signed by a person or no one: no issuer;
* a date and then the signing body on one line (``1990年8月15日,民政部`` under a law database's
  title; ``2019年6月3日　某某县人民政府办公室`` at a notice's foot): no date, no issuer;
* a decision stored from its adoption note, its title not kept (``（2015年11月26日…会议通过）`` /
  ``…会议决定：…``): no document, though the note dates it (FORMAT.md: a date is a field);
* an official notice reprinted on a news page, the page's stamp above it (``2020-03-05 15:43:00``)
  and the signature over the notice's date below: the date was read, the issuer not;
* a news story whose page prints the publish day at its foot (``…（责任编辑：X）`` / ``2019年06月04日``;
  ``发布时间：2019-06-03 10:00``; ``来源：某某日报　2019-06-03``), its lead dating the event (``6月3日上午``,
  ``今天``, ``新华社北京6月3日电``): the publish day was taken as the date, or none was given — the
  lead's day, resolved against the foot's, is the date (FORMAT.md);
* a signature and its date in a page's layout table (``| 某某县人民政府办公室 |`` / ``| 2019年6月3日 |``,
  side by side in a row of their own, or a tab between them) or the date under its key
  (``日期：2019年6月3日``) under the signature line: no date, no issuer (a data table's row
  ``某某县财政局 | 2019年6月30日`` is never one);
* an official title and its date in brackets on one line (``…的通知（2019年6月3日）``, a law
  database's list line): no document at all; a headline with its date stays whole;
* a publish line that opens on its date and then a byline's key (``2019/06/04 来源：某某县人大``,
  ``2019年06月04日 作者：李四``) was none: the headline was lost and the story undated;
* a story with no publish day at all whose lead states its event's whole date and reports a
  session held (``…于2025年6月26日上午召开…``): no date (a range ``25日至29日`` still gives none);
* a rule's history that ends in a revision (``（1987年7月18日…通过 … 2022年12月7日…修订）``) was dated
  by its first event: the text printed is the revised one, dated by its last revision (the three
  dev truth files with such a history say so);
* a database's excerpt that runs the red head's number, perhaps its date, and the recipients into
  the body's first line (``【正】鄂政办发[2007]114号各市、州、县人民政府，省政府各部门：…``,
  ``赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府，…：``): no number (it was cited), no date;
* a joint red head, one body a line over ``文件`` or each with its own (``某某县人民政府办公室`` /
  ``某某县财政局`` / ``文件``): the issuer was the last body only — a false issuer; a red head printed
  without a number under it (``某某县人民政府办公室文件`` / the title) or over ``明　电``: no issuer;
* keys of other portals (``签署日期``, ``文件日期``, ``下发日期``, ``成文机关``) and values a key makes
  plain (``成文日期：20190603``, ``成文日期：2019年06月03`` without its 日): no date, no issuer.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.grammars.dates import keyed_date, parse_date
from gazette_extract.grammars.docnumber import scan_doc_numbers
from gazette_extract.text.newshead import publish_date

docs = api_docs


def numbers_in(text: str) -> list[str]:
    """The document numbers the grammar reads in ``text``, canonical."""
    return [found.text for *_span, found in scan_doc_numbers(text)]


TITLE = "某某县人民政府办公室关于做好2019年防汛工作的通知"
NUMBER = "某政办发〔2019〕12号"
HEAD = f"{TITLE}\n{NUMBER}\n各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现将有关事项通知如下。\n一、加强组织领导。各地要高度重视。\n"
OFFICE = "某某县人民政府办公室"
SIGNED: DocRow = (TITLE, NUMBER, "2019-06-03", OFFICE)
UNSIGNED: DocRow = (TITLE, NUMBER, None, None)

# --------------------------------------------------------------------------- a note after the date

NOTE_ROWS = [
    pytest.param(f"{OFFICE}\n2019年6月3日（此件公开发布）\n", SIGNED, id="open-note-glued"),
    pytest.param(f"{OFFICE}\n2019年6月3日　（此件主动公开）\n", SIGNED, id="active-note-spaced"),
    pytest.param(f"{OFFICE}\n2019年6月3日(此件公开发布)\n", SIGNED, id="ascii-brackets"),
    pytest.param(f"{OFFICE}\n二〇一九年六月三日（此件公开发布）\n", SIGNED, id="numeral-date"),
    pytest.param(f"{OFFICE}\n2019年6月3日（联系人：张三，电话：12345678）\n", SIGNED, id="contact-note"),
    pytest.param(f"{OFFICE}\n2019.6.3（此件公开发布）\n", SIGNED, id="dotted-date"),
    pytest.param(f"{OFFICE}　2019年6月3日（此件公开发布）\n", SIGNED, id="signature-same-line"),
    pytest.param(f"{OFFICE}　　2019年6月3日　（此件不公开）\n", SIGNED, id="signature-same-line-closed"),
    pytest.param(
        f"某某县发展和改革委员会\n{OFFICE}　2019年6月3日（此件公开发布）\n",
        (TITLE, NUMBER, "2019-06-03", f"某某县发展和改革委员会、{OFFICE}"),
        id="joint-second-on-date-line",
    ),
    # as read before this round: the note on its own line
    pytest.param(f"{OFFICE}\n2019年6月3日\n（此件公开发布）\n", SIGNED, id="note-own-line"),
    pytest.param(f"{OFFICE}\n（此件公开发布）\n2019年6月3日\n", SIGNED, id="note-between"),
    # no signature's date: a bracket of another kind, a print line, a date in a sentence
    pytest.param(f"{OFFICE}\n2019年6月3日（星期八）\n", UNSIGNED, id="weekday-misprinted-no-date"),
    pytest.param("会议定于2019年6月3日（此件公开发布）\n", UNSIGNED, id="sentence-no-date"),
    pytest.param(f"{OFFICE}　2019年6月3日印发（此件公开发布）\n", UNSIGNED, id="print-line-no-date"),
]
assert_unique(NOTE_ROWS)


@pytest.mark.parametrize(("tail", "expected"), NOTE_ROWS)
def test_a_note_after_the_signature_date(tail: str, expected: DocRow) -> None:
    assert docs(HEAD + tail) == [expected]


# --------------------------------------------------------------------------- signature run on after the body

RUN_ON = f"{TITLE}\n{NUMBER}\n各乡镇人民政府：为做好今年防汛工作，现将有关事项通知如下。请认真贯彻执行。"

RUN_ON_ROWS = [
    pytest.param(f"特此通知。{OFFICE} 2019年6月3日", SIGNED, id="space-between"),
    pytest.param(f"特此通知。 {OFFICE}　2019年6月3日 ", SIGNED, id="spaces-around"),
    pytest.param(f"特此通知。{OFFICE}2019年6月3日", SIGNED, id="glued"),
    pytest.param(f"特此通知！{OFFICE} 二〇一九年六月三日", SIGNED, id="numeral-date-after-bang"),
    pytest.param("特此通知。某某县财政局 2019年6月3日", (TITLE, NUMBER, "2019-06-03", "某某县财政局"), id="bureau"),
    # a sentence's words before a date, or no body's name: nothing
    pytest.param("材料报县人民政府办公室。截至2019年6月3日", UNSIGNED, id="until-no-date"),
    pytest.param("请于2019年6月3日前报县政府办公室。由县政府办公室2019年6月3日", UNSIGNED, id="by-no-date"),
    pytest.param("特此通知。会议时间2019年6月3日", UNSIGNED, id="meeting-time-no-date"),
    pytest.param("特此通知。办公室 2019年6月3日", UNSIGNED, id="bare-suffix-no-date"),
]
assert_unique(RUN_ON_ROWS)


@pytest.mark.parametrize(("tail", "expected"), RUN_ON_ROWS)
def test_a_signature_run_on_after_the_last_sentence(tail: str, expected: DocRow) -> None:
    assert docs(f"{RUN_ON}{tail}\n") == [expected]


# --------------------------------------------------------------------------- 廿 and 卅

NUMERAL_ROWS = [
    pytest.param("二〇一九年十二月廿三日", "2019-12-23", id="nian-three"),
    pytest.param("二〇一九年十二月廿日", "2019-12-20", id="nian-alone"),
    pytest.param("一九四九年九月卅日", "1949-09-30", id="sa-alone"),
    pytest.param("二〇一九年十二月卅一日", "2019-12-31", id="sa-one"),
    pytest.param("二0一九年六月三日", "2019-06-03", id="digit-zero-for-ling"),
    pytest.param("二00八年八月八日", "2008-08-08", id="two-digit-zeros"),
    pytest.param("二０一九年六月三日", "2019-06-03", id="full-width-zero"),
    pytest.param("二〇一九年二月卅日", None, id="february-thirtieth-no-date"),
    pytest.param("20一九年六月三日", None, id="mixed-digits-no-date"),
    pytest.param("二〇一九年十二月廿十日", None, id="nian-ten-no-date"),
]
assert_unique(NUMERAL_ROWS)


@pytest.mark.parametrize(("text", "iso"), NUMERAL_ROWS)
def test_days_written_with_nian_and_sa(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(f"{OFFICE}\n二〇一九年十二月廿三日\n", id="nian-line"),
        pytest.param(f"{OFFICE}\n二0一九年十二月二十三日\n", id="digit-zero-line"),
        pytest.param(f"{OFFICE}　二0一九年十二月二十三日\n", id="digit-zero-signature-line"),
        pytest.param(f"{OFFICE}\n二0一九年十二月\n二十三日\n", id="digit-zero-split-over-two-lines"),
    ],
)
def test_a_signature_dated_in_numerals_of_other_spellings(tail: str) -> None:
    assert docs(f"{HEAD}{tail}") == [(TITLE, NUMBER, "2019-12-23", OFFICE)]


# --------------------------------------------------------------------------- bodies that sign

BODY_ROWS = [
    pytest.param("某某县妇女联合会", "某某县妇女联合会", id="womens-federation"),
    pytest.param("某某县残疾人联合会", "某某县残疾人联合会", id="disabled-federation"),
    pytest.param("中华人民共和国某某海关", "中华人民共和国某某海关", id="customs"),
    pytest.param("某某市公安局交通警察支队", "某某市公安局交通警察支队", id="police-detachment"),
    pytest.param("某某省公安厅交通警察总队", "某某省公安厅交通警察总队", id="police-corps"),
    # as before: names that end as no issuing body's does
    pytest.param("某某县篮球队", None, id="team-no-issuer"),
    pytest.param("某某县音乐家协会年会", None, id="meeting-no-issuer"),
]
assert_unique(BODY_ROWS)


@pytest.mark.parametrize(("signature", "issuer"), BODY_ROWS)
def test_bodies_that_sign_their_documents(signature: str, issuer: str | None) -> None:
    [(title, _, date, got)] = docs(f"{HEAD}{signature}\n2019年6月3日\n")
    assert (title, date, got) == (TITLE, "2019-06-03", issuer)


# --------------------------------------------------------------------------- a key over its value

BODY = "各乡镇人民政府：\n现将有关事项通知如下。\n"
KEY_BELOW_ROWS = [
    pytest.param("成文日期：\n2019-06-03\n", (TITLE, None, "2019-06-03", None), id="date-iso"),
    pytest.param("成文日期:\n2019年06月03日\n", (TITLE, None, "2019-06-03", None), id="date-written-ascii-colon"),
    pytest.param("发文日期：\n2019年6月3日\n", (TITLE, None, "2019-06-03", None), id="date-sent-key"),
    pytest.param("发文机关：\n某某县人民政府办公室\n", (TITLE, None, None, OFFICE), id="issuer"),
    # a key that gives the document no date, and a key with nothing under it
    pytest.param("发布日期：\n2019-06-03\n", (TITLE, None, None, None), id="published-no-date"),
    pytest.param("生效日期：\n2019-06-03\n", (TITLE, None, None, None), id="effective-no-date"),
    pytest.param("成文日期：\n", (TITLE, None, None, None), id="empty-no-date"),
]
assert_unique(KEY_BELOW_ROWS)


@pytest.mark.parametrize(("block", "expected"), KEY_BELOW_ROWS)
def test_a_key_over_its_value_above_the_title(block: str, expected: DocRow) -> None:
    assert docs(f"{block}{TITLE}\n{BODY}") == [expected]


# --------------------------------------------------------------------------- a body's name as the agency

AGENCY_ROWS = [
    pytest.param("某某县政府办发〔2019〕12号", "某某县政府办发〔2019〕12号", id="county-government-office-series"),
    pytest.param("文山州政府办发〔2019〕35号", "文山州政府办发〔2019〕35号", id="prefecture"),
    pytest.param("某某县政府函〔2019〕12号", "某某县政府函〔2019〕12号", id="letter-series"),
    pytest.param("某某市政府办明电〔2020〕3号", "某某市政府办明电〔2020〕3号", id="telegram-series"),
    pytest.param("根据县政府办发〔2019〕12号", "县政府办发〔2019〕12号", id="cited-after-verb"),
    # a body's name, then its abbreviation: the abbreviation is the agency, as before
    pytest.param("市政府咸政发〔2021〕5号", "咸政发〔2021〕5号", id="name-then-abbreviation"),
    pytest.param("按照省政府办公厅鄂政办发〔2020〕12号", "鄂政办发〔2020〕12号", id="office-then-abbreviation"),
    pytest.param("国务院国发〔2019〕28号", "国发〔2019〕28号", id="state-council-two-characters"),
]
assert_unique(AGENCY_ROWS)


@pytest.mark.parametrize(("text", "number"), AGENCY_ROWS)
def test_a_body_name_before_a_series_word_is_the_agency(text: str, number: str) -> None:
    assert numbers_in(text) == [number]


SIGNER_NUMBER_ROWS = [
    pytest.param(f"{NUMBER}（签发人：张三）", NUMBER, id="signer-in-brackets"),
    pytest.param(f"{NUMBER}(签发人:张三)", NUMBER, id="signer-ascii-brackets"),
    pytest.param(f"签发人：张三　{NUMBER}", NUMBER, id="signer-first"),
    pytest.param(f"签发人：张三　李四　{NUMBER}", NUMBER, id="two-signers-first"),
    pytest.param(f"{NUMBER}　　签发人：张三", NUMBER, id="signer-after-as-before"),
    pytest.param("某某县政府办发〔2019〕12号", "某某县政府办发〔2019〕12号", id="body-series-under-title"),
    # a sentence that names a signer: no number
    pytest.param(f"签发人：张三同志审核了{NUMBER}", None, id="sentence-no-number"),
]
assert_unique(SIGNER_NUMBER_ROWS)


@pytest.mark.parametrize(("line", "number"), SIGNER_NUMBER_ROWS)
def test_a_number_beside_its_signer(line: str, number: str | None) -> None:
    text = f"{TITLE}\n{line}\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下。\n{OFFICE}\n2019年6月3日\n"
    [(title, got, date, issuer)] = docs(text)
    assert (title, got, date, issuer) == (TITLE, number, "2019-06-03", OFFICE)


# --------------------------------------------------------------------------- Taiwan's keyed dates

ROC_ROWS = [
    pytest.param("108年6月3日", "2019-06-03", id="year-without-era"),
    pytest.param("108/06/03", "2019-06-03", id="slashes"),
    pytest.param("108.6.3", "2019-06-03", id="dots"),
    pytest.param("108-06-03", "2019-06-03", id="hyphens"),
    pytest.param("99年12月31日", "2010-12-31", id="two-digit-year"),
    pytest.param("民國108年6月3日", "2019-06-03", id="era-short"),
    pytest.param("2019-06-03", "2019-06-03", id="western-as-before"),
    pytest.param("108年2月30日", None, id="impossible-day"),
    pytest.param("108/6", None, id="no-day"),
    pytest.param("1080603", None, id="compact-no-date"),
    pytest.param("第108号", None, id="serial-no-date"),
]
assert_unique(ROC_ROWS)


@pytest.mark.parametrize(("value", "iso"), ROC_ROWS)
def test_a_keyed_republic_date(value: str, iso: str | None) -> None:
    assert keyed_date(value) == iso


def test_a_bare_republic_date_is_no_date_outside_a_key() -> None:
    assert parse_date("108年6月3日") is None
    assert parse_date("108.6.3") is None


TW_LETTER = "臺北市政府函\n受文者：某某區公所\n發文日期：{date}\n發文字號：府授法字第10830123456號\n主旨：有關某某事項，請查照。\n"


@pytest.mark.parametrize("date", ["108年6月3日", "108/06/03", "中華民國108年6月3日"])
def test_a_taiwan_letter_dated_under_its_key(date: str) -> None:
    assert docs(TW_LETTER.format(date=date)) == [
        ("台北市政府函", "府授法字第10830123456号", "2019-06-03", "台北市政府")
    ]


HEADED_ROWS = [
    pytest.param("某某县人民政府公告", "某某县人民政府", id="announcement"),
    pytest.param("某某市公安局交通警察支队通告", "某某市公安局交通警察支队", id="notice-detachment"),
    pytest.param("某某县人民政府函", "某某县人民政府", id="letter"),
    # a title that says what it is about, or names no body: none
    pytest.param("关于某某事项的公告", None, id="about-no-issuer"),
    pytest.param("某某县人民政府关于某某事项的公告", None, id="body-about-unsigned-no-issuer"),
    pytest.param("征收补偿公告", None, id="no-body-no-issuer"),
]
assert_unique(HEADED_ROWS)


@pytest.mark.parametrize(("title", "issuer"), HEADED_ROWS)
def test_a_body_heading_its_own_announcement(title: str, issuer: str | None) -> None:
    text = f"{title}\n{NUMBER}\n各有关单位：\n为加强管理，现将有关事项公告如下。\n一、某某事项。\n"
    [(got_title, _, _, got)] = docs(text)
    assert (got_title, got) == (title, issuer)


# --------------------------------------------------------------------------- a date, then the signer

DATE_SIGNER_ROWS = [
    pytest.param(
        "民政部关于修订某某制度的通知\n1990年8月15日,民政部\n各省、自治区、直辖市民政厅：\n现将有关事项通知如下。\n",
        ("民政部关于修订某某制度的通知", None, "1990-08-15", "民政部"),
        id="law-database-comma",
    ),
    pytest.param(
        "民政部关于修订某某制度的通知\n1990年8月15日　民政部\n各省、自治区、直辖市民政厅：\n现将有关事项通知如下。\n",
        ("民政部关于修订某某制度的通知", None, "1990-08-15", "民政部"),
        id="law-database-space",
    ),
    pytest.param(f"{HEAD}2019年6月3日　{OFFICE}\n", SIGNED, id="foot-date-first"),
    pytest.param(f"{HEAD}二〇一九年六月三日，{OFFICE}\n", SIGNED, id="foot-numeral-date-comma"),
    # a date before words that are no body's name: nothing
    pytest.param(f"{HEAD}2019年6月3日　全县防汛工作会议\n", UNSIGNED, id="meeting-no-issuer"),
    pytest.param(f"{HEAD}2019年6月3日，县政府召开会议\n", UNSIGNED, id="sentence-no-issuer"),
]
assert_unique(DATE_SIGNER_ROWS)


@pytest.mark.parametrize(("text", "expected"), DATE_SIGNER_ROWS)
def test_a_date_then_the_body_that_signed(text: str, expected: DocRow) -> None:
    assert docs(text) == [expected]


# --------------------------------------------------------------------------- a decision kept from its note

ADOPTED_ROWS = [
    pytest.param(
        "（2015年11月26日某某省第十二届人民代表大会常务委员会第十七次会议通过）\n"
        "某某省第十二届人民代表大会常务委员会第十七次会议决定：某某省第十二届人民代表大会第五次会议于2016年1月20日召开。\n",
        [(None, None, "2015-11-26", None)],
        id="decision-note-and-sentence",
    ),
    pytest.param(
        "(1987年3月1日某某省第六届人民代表大会常务委员会第二十三次会议通过)\n\n"
        "  根据有关法律的规定，结合我省实际情况，制定本办法。\n  第一条 某某事项，由本级人大常委会决定。\n",
        [(None, None, "1987-03-01", None)],
        id="rules-ascii-brackets",
    ),
    # a note that dates nothing, or a sentence: no document
    pytest.param("（某某会议通过）\n会议决定：某某事项。\n", [], id="undated-note-no-document"),
    pytest.param("2015年11月26日，某某会议通过了某某决定。\n", [], id="sentence-no-document"),
]
assert_unique(ADOPTED_ROWS)


@pytest.mark.parametrize(("text", "expected"), ADOPTED_ROWS)
def test_a_decision_kept_from_its_adoption_note(text: str, expected: list[DocRow]) -> None:
    assert docs(text) == expected


# --------------------------------------------------------------------------- a notice reprinted as news

REPRINT = (
    "某某省人民政府关于某某县退出贫困县序列的公告\n2020-03-05 15:43:00\n2020-03-05 15:43:00    来源：某某新闻网\n"
    "  经县级自评、市级初审等程序，某某县符合贫困县退出标准，同意某某县退出贫困县序列。\n  特此公告。\n"
)


@pytest.mark.parametrize(
    ("foot", "issuer"),
    [
        pytest.param("某某省人民政府\n\n2020年3月5日\n【编辑】：王某\n", "某某省人民政府", id="signed-reprint"),
        pytest.param("2020年3月5日\n【编辑】：王某\n", None, id="unsigned-reprint-no-issuer"),
    ],
)
def test_a_notice_reprinted_on_a_news_page(foot: str, issuer: str | None) -> None:
    assert docs(REPRINT + foot) == [("某某省人民政府关于某某县退出贫困县序列的公告", None, "2020-03-05", issuer)]


def test_a_news_story_under_a_stamp_keeps_no_issuer() -> None:
    # a story, not an official kind: the body over its date below is no signature
    text = (
        "某某县召开防汛工作会议\n2020-03-06 15:43:00\n2020-03-06 15:43:00    来源：某某新闻网\n"
        "  3月5日，某某县召开防汛工作会议，部署今年防汛工作。\n某某县融媒体中心\n2020年3月6日\n"
    )
    [(title, _, _, issuer)] = docs(text)
    assert (title, issuer) == ("某某县召开防汛工作会议", None)


# --------------------------------------------------------------------------- a story dated at its foot

STORY = "某某县第十七届人大常委会举行第十二次会议"
DECIDED = "会议决定任命张三为某某县财政局局长。"

FOOT_ROWS = [
    pytest.param(f"6月3日上午，县人大常委会举行第十二次会议。{DECIDED}\n2019-06-04\n", "2019-06-03", id="iso-foot"),
    pytest.param(
        f"6月3日上午，县人大常委会举行第十二次会议。{DECIDED}\n2019年6月4日\n", "2019-06-03", id="written-foot"
    ),
    pytest.param(
        f"新华社北京6月3日电 县人大常委会第十二次会议3日举行。{DECIDED}\n（责任编辑：李四）\n2019年06月04日\n",
        "2019-06-03",
        id="dateline-editor-foot",
    ),
    pytest.param(
        f"中新网6月3日电 县人大常委会第十二次会议今天举行。{DECIDED}\n发布时间：2019-06-03 10:00\n",
        "2019-06-03",
        id="keyed-foot",
    ),
    pytest.param(
        f"本报讯（记者 李四）今天上午，县人大常委会举行第十二次会议。{DECIDED}\n来源：某某日报　2019-06-03\n",
        "2019-06-03",
        id="source-foot-today",
    ),
    pytest.param(
        f"昨天，县人大常委会举行第十二次会议。{DECIDED}\n（2019-06-04）\n", "2019-06-03", id="bracketed-foot-yesterday"
    ),
    # a lead that dates nothing, or a day too far before the foot's: the date at the foot stays (an
    # unsigned page's own date there, as three dev truth files label it)
    pytest.param(f"近日，县人大常委会举行第十二次会议。{DECIDED}\n2019-06-04\n", "2019-06-04", id="lately-foot-kept"),
    pytest.param(
        f"3月3日上午，县人大常委会举行第十二次会议。{DECIDED}\n2019-06-04\n", "2019-06-04", id="months-before-foot-kept"
    ),
    # no date at the foot: as before
    pytest.param(f"6月3日上午，县人大常委会举行第十二次会议。{DECIDED}\n", None, id="no-year-no-date"),
]
assert_unique(FOOT_ROWS)


@pytest.mark.parametrize(("story", "date"), FOOT_ROWS)
def test_a_story_dated_at_its_foot(story: str, date: str | None) -> None:
    # (the headline is the titles' to read: some of these leads leave it untitled)
    [(_, _, got, issuer)] = docs(f"{STORY}\n{story}")
    assert (got, issuer) == (date, None)


def test_an_unsigned_notice_keeps_its_date_at_the_foot() -> None:
    # an official kind: the date under it is the notice's own, whatever its first sentence says
    text = f"{TITLE}\n{NUMBER}\n各乡镇人民政府：\n6月1日上午，县政府召开防汛工作会议。现将有关事项通知如下。\n2019年6月3日\n"
    assert docs(text) == [(TITLE, NUMBER, "2019-06-03", None)]


YEAR_LEAD_ROWS = [
    pytest.param("2025年6月26日上午，县人大常委会召开第十二次会议。", "2025-06-26", id="lead-opens-on-date"),
    pytest.param(
        "县文物管理委员会于1988年12月25日下午,在省图书馆召开了总结表彰会。", "1988-12-25", id="body-then-date"
    ),
    pytest.param("二〇一九年六月三日，县人大常委会第十二次会议在县城举行。", "2019-06-03", id="numeral-date"),
    # a range, background, or no event in the sentence: none
    pytest.param("县人大常委会第十二次会议于2006年12月25日至29日在县城召开。", None, id="range-no-date"),
    pytest.param("根据2019年5月1日县政府常务会议精神，现将有关事项通知如下。", None, id="cited-meeting-no-date"),
    pytest.param("2019年6月3日，县政府印发了防汛工作方案。", None, id="no-session-no-date"),
]
assert_unique(YEAR_LEAD_ROWS)


@pytest.mark.parametrize(("lead", "date"), YEAR_LEAD_ROWS)
def test_a_story_dated_by_its_lead_alone(lead: str, date: str | None) -> None:
    [(_, _, got, _)] = docs(f"{STORY}\n{lead}{DECIDED}\n")
    assert got == date


# --------------------------------------------------------------------------- a revised rule

RULE = "某市人事任免办法"
ARTICLES = "第一条　为了规范任免工作，制定本办法。\n第二条　本办法适用于本市。\n"
REVISED_ROWS = [
    pytest.param(
        "（1987年7月18日市八届人大常委会第三十七次会议通过　1998年9月11日市十一届人大常委会第五次会议第一次修正　"
        "2022年12月7日市十六届人大常委会第七次会议修订）",
        "2022-12-07",
        id="adopted-amended-revised",
    ),
    pytest.param(
        "(1988年9月28日省七届人大常委会第二次会议通过 1993年6月30日省八届人大常委会第三次会议修正)",
        "1993-06-30",
        id="adopted-amended-ascii",
    ),
    pytest.param(
        "（2005年3月1日市人民政府常务会议通过　2019年6月3日市人民政府第20次常务会议修订）",
        "2019-06-03",
        id="adopted-then-revised-by-the-body",
    ),
    # a revision by another decree (根据…), or no revision after the last date: the first event
    # dates it, as before
    pytest.param(
        "（2005年3月10日某市人民政府令第12号公布　根据2010年12月1日某市人民政府令第35号修改）",
        "2005-03-10",
        id="amended-by-another-decree-first",
    ),
    pytest.param(
        "(1984年7月4日某政发〔1984〕88号公布 依据2011年2月25日某省人民政府令第148号修订)",
        "1984-07-04",
        id="revised-by-another-decree-first",
    ),
    pytest.param(
        "（2005年3月1日市人民政府第5次常务会议通过　2005年3月10日某市人民政府令第12号公布）",
        "2005-03-01",
        id="adopted-then-published-first",
    ),
    pytest.param(
        "（2005年3月1日市人民政府第5次常务会议通过　2005年3月10日某市人民政府令第12号公布　自2005年5月1日起施行）",
        "2005-03-01",
        id="effective-date-never",
    ),
]
assert_unique(REVISED_ROWS)


@pytest.mark.parametrize(("history", "date"), REVISED_ROWS)
def test_a_revised_rule_is_dated_by_its_last_revision(history: str, date: str) -> None:
    [(title, _, got, _)] = docs(f"{RULE}\n{history}\n{ARTICLES}")
    assert (title, got) == (RULE, date)


# --------------------------------------------------------------------------- a number glued before the recipients

GLUED_ROWS = [
    pytest.param(
        "【正】鄂政办发[2007]114号各市、州、县人民政府，省政府各部门：为切实做好各项准备工作，现就有关事项通知如下。",
        ("鄂政办发〔2007〕114号", None),
        id="start-mark-number-recipients",
    ),
    pytest.param(
        "赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府，省政府各部门：一年来，全省各地认真落实各项措施。",
        ("赣府厅字〔2018〕87号", "2018-09-18"),
        id="number-date-recipients",
    ),
    # a number that a sentence cites, or one before no recipients: not the document's
    pytest.param(
        "鄂政办发[2007]114号文件要求：各地认真做好各项准备工作。为切实做好工作，现就有关事项通知如下。",
        (None, None),
        id="cited-file-no-number",
    ),
    pytest.param(
        "根据鄂政办发[2007]114号，各市、州、县人民政府要做好准备工作。现就有关事项通知如下。",
        (None, None),
        id="cited-after-verb-no-number",
    ),
]
assert_unique(GLUED_ROWS)


@pytest.mark.parametrize(("line", "expected"), GLUED_ROWS)
def test_a_number_glued_before_the_recipients(line: str, expected: tuple[str | None, str | None]) -> None:
    rows = docs(f"摘要\n{line}\n二、加强组织领导。各地要高度重视。\n")
    assert [(number, date) for _, number, date, _ in rows] == ([expected] if expected[0] else [])


# --------------------------------------------------------------------------- red heads

RED_TITLE = "关于做好2019年防汛工作的通知"
RED_BODY = (
    "各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现将有关事项通知如下。\n一、加强组织领导。各地要高度重视。\n"
)
JOINT = "某某县人民政府办公室、某某县财政局"
RED_ROWS = [
    pytest.param(f"某某县人民政府办公室\n某某县财政局\n文件\n{NUMBER}\n", (NUMBER, JOINT), id="joint-lines-one-word"),
    pytest.param(
        f"某某县人民政府办公室文件\n某某县财政局文件\n{NUMBER}\n", (NUMBER, JOINT), id="joint-lines-each-word"
    ),
    pytest.param(f"某某县人民政府办公室\n某某县财政局\n{NUMBER}\n", (NUMBER, JOINT), id="joint-lines-no-word"),
    pytest.param("某某县人民政府办公室文件\n", (None, OFFICE), id="masthead-without-number"),
    pytest.param("某某县人民政府办公室文件\n————————————\n", (None, OFFICE), id="masthead-rule-without-number"),
    pytest.param(f"某某县人民政府办公室\n明　电\n{NUMBER}\n", (NUMBER, OFFICE), id="telegram-word-line"),
    pytest.param(
        f"某某县人民政府办公室函\n{NUMBER}\n",
        (NUMBER, OFFICE),
        id="letter-word-glued",
        marks=pytest.mark.xfail(strict=True, reason="the 版头 …函 opens a document of its own (titles)"),
    ),
    # as before: one body
    pytest.param(f"某某县人民政府办公室文件\n{NUMBER}\n", (NUMBER, OFFICE), id="one-body"),
    # an issue's section heading, or a line that names no body: no issuer
    pytest.param("国务院文件\n", (None, None), id="section-heading-no-issuer"),
    pytest.param("部门文件\n", (None, None), id="departments-heading-no-issuer"),
    pytest.param("学习资料文件\n", (None, None), id="no-body-no-issuer"),
    pytest.param("县政府办公室文件\n", (None, None), id="county-section-heading-no-issuer"),
    pytest.param("国务院办公厅文件\n", (None, None), id="state-section-heading-no-issuer"),
]
assert_unique(RED_ROWS)


@pytest.mark.parametrize(("head", "expected"), RED_ROWS)
def test_red_heads(head: str, expected: tuple[str | None, str | None]) -> None:
    [(title, number, date, issuer)] = docs(f"{head}{RED_TITLE}\n{RED_BODY}")
    assert (title, date, (number, issuer)) == (RED_TITLE, None, expected)


def test_a_signature_under_a_joint_red_head_wins() -> None:
    text = f"某某县人民政府办公室\n某某县财政局\n文件\n{NUMBER}\n{RED_TITLE}\n{RED_BODY}某某县财政局\n2019年6月3日\n"
    assert docs(text) == [(RED_TITLE, NUMBER, "2019-06-03", "某某县财政局")]


# --------------------------------------------------------------------------- keys and values of other portals

KEYED_ROWS = [
    *(
        pytest.param(f"{key}：2019-06-03", (None, "2019-06-03", None), id=f"date-{key}")
        for key in ("签署日期", "文件日期", "下发日期")
    ),
    pytest.param(f"成文机关：{OFFICE}", (None, None, OFFICE), id="issuer-成文机关"),
    pytest.param("成文日期：20190603", (None, "2019-06-03", None), id="eight-digits"),
    pytest.param("成文日期：2019年06月03", (None, "2019-06-03", None), id="day-mark-lost"),
    # (one body letter-spaced in the value stays none: 某某县人民政府 办公室, round 9's negative row)
    pytest.param(
        f"发文机关：{OFFICE} 某某县财政局",
        (None, None, f"{OFFICE}、某某县财政局"),
        id="joint-as-before",
    ),
    # what a key's value is not: nothing
    pytest.param("成文日期：2019061", (None, None, None), id="seven-digits-no-date"),
    pytest.param("成文日期：2019年13月03", (None, None, None), id="no-month-no-date"),
    pytest.param("发文机关：某某县人民政府、办公室", (None, None, None), id="list-mark-no-issuer"),
    pytest.param("实施日期：2019-07-01", (None, None, None), id="effective-never"),
]
assert_unique(KEYED_ROWS)


@pytest.mark.parametrize(("line", "expected"), KEYED_ROWS)
def test_keys_and_values_of_other_portals(line: str, expected: tuple[str | None, str | None, str | None]) -> None:
    [(title, *fields)] = docs(f"{line}\n{TITLE}\n{BODY}")
    assert (title, *fields) == (TITLE, *expected)


# --------------------------------------------------------------------------- a date, then a byline's key

BYLINE_ROWS = [
    pytest.param("2019/06/04 来源：某某县人大", "2019-06-03", id="slashes-source"),
    pytest.param("2019年06月04日 来源：某某县人大", "2019-06-03", id="written-source"),
    pytest.param("2019-06-04　作者：李四", "2019-06-03", id="author"),
    pytest.param("2019-06-04 编辑：张三", "2019-06-03", id="editor"),
    pytest.param("2019-06-04 来源：某某县人民政府网", "2019-06-03", id="site-as-before"),
]
assert_unique(BYLINE_ROWS)


@pytest.mark.parametrize(("line", "date"), BYLINE_ROWS)
def test_a_publish_line_opening_on_its_date(line: str, date: str) -> None:
    text = f"{STORY}\n{line}\n6月3日上午，县人大常委会举行第十二次会议。{DECIDED}\n"
    assert docs(text) == [(STORY, None, date, None)]


def test_a_date_before_a_body_is_no_publish_line() -> None:
    assert publish_date("2019-06-04 某某县人民政府") is None
    assert publish_date("2019年6月4日，来源：某某") is None


# --------------------------------------------------------------------------- a signature in a layout table

CELL_ROWS = [
    pytest.param(f"| {OFFICE} |\n| 2019年6月3日 |\n", SIGNED, id="one-cell-rows"),
    pytest.param(f"| {OFFICE} | 2019年6月3日 |\n", SIGNED, id="one-row-two-cells"),
    pytest.param(f"{OFFICE}\t2019年6月3日\n", SIGNED, id="tab-between"),
    pytest.param(f"|  | {OFFICE} |  | 2019年6月3日 |\n", SIGNED, id="empty-cells-around"),
    pytest.param(f"{OFFICE}\n日期：2019年6月3日\n", SIGNED, id="keyed-date-under-signature"),
    # a data table's rows, a cell that is no body, a meeting's time: nothing
    pytest.param("| 责任单位 | 完成时限 |\n| 某某县财政局 | 2019年6月30日 |\n", UNSIGNED, id="data-table-no-signature"),
    pytest.param(
        "| 某某县财政局 | 2019年6月30日 |\n| 某某县审计局 | 2019年7月31日 |\n",
        UNSIGNED,
        id="two-data-rows-no-signature",
    ),
    pytest.param("| 某某县 | 2019年6月3日 |\n", UNSIGNED, id="place-no-signature"),
    pytest.param(f"{OFFICE}\n时间：2019年6月3日\n", UNSIGNED, id="time-key-no-signature"),
    pytest.param("会议地点：县政府三楼会议室\n日期：2019年6月3日\n", UNSIGNED, id="meeting-field-no-signature"),
]
assert_unique(CELL_ROWS)


@pytest.mark.parametrize(("tail", "expected"), CELL_ROWS)
def test_a_signature_in_a_layout_table(tail: str, expected: DocRow) -> None:
    assert docs(HEAD + tail) == [expected]


# --------------------------------------------------------------------------- many joint signers

BUREAUS = ["某某县发展和改革局", "某某县财政局", "某某县审计局", "某某县自然资源局", "某某县水利局", "某某县农业农村局"]


@pytest.mark.parametrize("count", [2, 4, 5, 6])
def test_every_body_of_a_joint_signature(count: int) -> None:
    signature = "\n".join(BUREAUS[:count])
    [(_, _, date, issuer)] = docs(f"{HEAD}{signature}\n2019年6月3日\n")
    assert (date, issuer) == ("2019-06-03", "、".join(BUREAUS[:count]))


def test_a_sentence_over_a_joint_signature_is_not_a_signer() -> None:
    signature = "\n".join(BUREAUS[:5])
    text = f"{HEAD}请各单位认真贯彻执行。\n{signature}\n2019年6月3日\n"
    [(_, _, _, issuer)] = docs(text)
    assert issuer == "、".join(BUREAUS[:5])


# --------------------------------------------------------------------------- the agency around the year

AROUND_ROWS = [
    pytest.param("（民[1989]综字29号）", "民综字〔1989〕29号", id="one-character-before"),
    pytest.param("根据民[1989]综字29号", "民综字〔1989〕29号", id="after-stop-word"),
    pytest.param("劳[1995]人字12号", "劳人字〔1995〕12号", id="labour"),
    # nothing, or a body's name, before the bracket: the year-first number as before
    pytest.param("〔1996〕武司字第82号", "武司字〔1996〕82号", id="year-first-as-before"),
    pytest.param("县政府〔1996〕武司字第82号", "武司字〔1996〕82号", id="body-before-stays-out"),
    pytest.param("武汉市司法局〔1996〕武司字第82号", "武司字〔1996〕82号", id="long-name-stays-out"),
    pytest.param("文件〔1996〕武司字第82号", "武司字〔1996〕82号", id="word-before-stays-out"),
]
assert_unique(AROUND_ROWS)


@pytest.mark.parametrize(("text", "number"), AROUND_ROWS)
def test_an_agency_printed_around_the_year(text: str, number: str) -> None:
    assert numbers_in(text) == [number]


# --------------------------------------------------------------------------- Taiwan's interpretations

INTERPRETATION_ROWS = [
    pytest.param("释字第632号", ["释字第632号"], id="alone"),
    pytest.param("释字第632 号", ["释字第632号"], id="spaced"),
    pytest.param("依司法院释字第632号解释意旨", ["释字第632号"], id="cited-with-court"),
    pytest.param("解释字第3号", [], id="other-word-no-number"),
]
assert_unique(INTERPRETATION_ROWS)


@pytest.mark.parametrize(("text", "numbers"), INTERPRETATION_ROWS)
def test_judicial_yuan_interpretations(text: str, numbers: list[str]) -> None:
    assert numbers_in(text) == numbers


def test_an_interpretation_under_its_database_keys() -> None:
    text = (
        "法務部主管法規查詢系統\n列印時間:113.11.24 17:17\n司法解釋\n發文單位: 司法院\n"
        "解釋字號: 釋字第632 號\n解釋日期: 民國 96 年 08 月 15 日\n解釋文:\n"
        "  監察院為國家最高監察機關，行使彈劾、糾舉及審計權。\n"
    )
    assert docs(text) == [(None, "释字第632号", "2007-08-15", "司法院")]


# --------------------------------------------------------------------------- a title and its date on one line

TITLE_DATE_ROWS = [
    pytest.param(f"{TITLE}（2019年6月3日）", [(TITLE, None, "2019-06-03", None)], id="bracketed"),
    pytest.param(f"{TITLE}(二〇一九年六月三日)", [(TITLE, None, "2019-06-03", None)], id="numerals-ascii-brackets"),
    pytest.param(f"{TITLE}　（2019年6月3日）", [(TITLE, None, "2019-06-03", None)], id="space-then-bracket"),
    pytest.param(
        f"{TITLE}　2019年6月3日",
        [(TITLE, None, "2019-06-03", None)],
        id="spaced-unbracketed",
        marks=pytest.mark.xfail(strict=True, reason="normalize joins the line to the recipients under it"),
    ),
]
assert_unique(TITLE_DATE_ROWS)


@pytest.mark.parametrize(("line", "expected"), TITLE_DATE_ROWS)
def test_a_title_and_its_date_on_one_line(line: str, expected: list[DocRow]) -> None:
    assert docs(f"{line}\n{BODY}") == expected


def test_a_signature_date_wins_over_the_title_line() -> None:
    text = f"{TITLE}（2019年6月1日）\n{BODY}{OFFICE}\n2019年6月3日\n"
    assert docs(text) == [(TITLE, None, "2019-06-03", OFFICE)]


def test_a_headline_with_its_date_is_no_split_title() -> None:
    # a story's headline is no official kind: the line stays as it was read, the date with it
    text = "县政府召开防汛工作会议（2019年6月3日）\n6月3日，县政府召开防汛工作会议。\n"
    assert docs(text) == [("县政府召开防汛工作会议（2019年6月3日）", None, None, None)]
