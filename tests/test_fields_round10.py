"""Dates, issuers and document numbers, probing round 10 (issue 9): the date and the issuer printed
in every place and form real bodies print them, each class across its variants, with the rows
that must give nothing.

* a signature's date with the publication or contact note on its own line
  (``2019年6月3日（此件公开发布）``, ``…（联系人：张三，电话：…）``, the signature before it on the
  same line): no date, no issuer;
* a signature and its date run on after the body's last sentence, on one line (a page that lost
  its line breaks: ``…特此通知。某某县人民政府办公室 2019年6月3日``): no date, no issuer;
* a day written with 廿 or 卅 (``二〇一九年十二月廿三日``): no date;
* bodies that sign their own documents whose names end in ``联合会``, ``海关``, ``支队`` or ``总队``
  (``某某县妇女联合会``, ``中华人民共和国某某海关``): no issuer;
* a metadata key alone on a line over the title, its value on the next line (``成文日期：`` /
  ``2019-06-03``, ``发文机关：`` / ``某某县人民政府办公室``): no date.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.grammars.dates import parse_date

docs = api_docs

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
    pytest.param("二〇一九年二月卅日", None, id="february-thirtieth-no-date"),
    pytest.param("二〇一九年十二月廿十日", None, id="nian-ten-no-date"),
]
assert_unique(NUMERAL_ROWS)


@pytest.mark.parametrize(("text", "iso"), NUMERAL_ROWS)
def test_days_written_with_nian_and_sa(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_a_signature_dated_with_nian() -> None:
    assert docs(f"{HEAD}{OFFICE}\n二〇一九年十二月廿三日\n") == [(TITLE, NUMBER, "2019-12-23", OFFICE)]


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
