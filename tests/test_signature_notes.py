"""A publication note printed between a signature and its date (（此件公开发布） over the date
instead of under it) leaves the signature the document's issuer — before, the note cut the
signature off its date and the issuer was lost. Variants of note, bracket and signature."""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

HEAD = "关于做好2021年春季农业生产工作的通知\n\n各乡镇人民政府，市直各有关单位：\n现就做好春季农业生产工作通知如下，请认真贯彻执行。\n\n"
NOTES = ["（此件公开发布）", "(此件公开发布)", "（此件主动公开）", "（此页无正文）", "（此件不予公开）"]
SIGNATURES = {
    "one": (["宜都市人民政府"], "宜都市人民政府"),
    "office": (["宜都市人民政府办公室"], "宜都市人民政府办公室"),
    "joint-lines": (["宜都市农业农村局", "宜都市财政局"], "宜都市农业农村局、宜都市财政局"),
}


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("signature", SIGNATURES.values(), ids=SIGNATURES.keys())
@pytest.mark.parametrize("date", ["2021年3月1日", "二〇二一年三月一日"])
def test_a_note_between_signature_and_date(note: str, signature: tuple[list[str], str], date: str) -> None:
    lines, issuer = signature
    doc = parse_text(HEAD + "\n".join([*lines, note, date]) + "\n").documents[0]
    assert (doc.issuer, doc.date) == (issuer, "2021-03-01")


@pytest.mark.parametrize("note", NOTES[:2])
def test_the_note_under_the_date_as_before(note: str) -> None:
    doc = parse_text(HEAD + "宜都市人民政府\n2021年3月1日\n" + note + "\n").documents[0]
    assert (doc.issuer, doc.date) == ("宜都市人民政府", "2021-03-01")


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("（联系人：张三，电话：1234567）", id="contact-line"),
        pytest.param("此件公开发布", id="note-without-brackets-is-prose"),
        pytest.param("（此件公开发布）（此页无正文）", id="two-notes-on-one-line"),
    ],
)
def test_other_lines_between_signature_and_date_give_no_false_issuer(between: str) -> None:
    """Only one bracketed publication note is stepped over; another line between them may cost
    the issuer, never give a wrong one (the line itself is no issuer)."""
    doc = parse_text(HEAD + "宜都市人民政府\n" + between + "\n2021年3月1日\n").documents[0]
    assert doc.date == "2021-03-01"
    assert doc.issuer in (None, "宜都市人民政府")


SIGNED_BODY = "\n\n因人事变动，现对区防汛抗旱指挥部组成人员进行调整。\n\n某某区人民政府\n2021年5月1日\n"


@pytest.mark.parametrize(
    "title",
    [
        "关于调整区防汛抗旱指挥部组成人员的通知",
        "某某区人民政府关于调整区防汛抗旱指挥部组成人员的通知",
        "关于做好春节期间安全生产工作的意见",
    ],
)
def test_a_signed_dated_notice_without_number_or_recipients_is_a_document(title: str) -> None:
    """A title ending in its kind, a body, a signature and a date: a document, though it prints
    neither a number nor recipients (it gave none, with no-documents)."""
    (doc,) = parse_text(title + SIGNED_BODY).documents
    assert (doc.title, doc.issuer, doc.date) == (title, "某某区人民政府", "2021-05-01")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("区防汛抗旱指挥部召开全体成员会议" + SIGNED_BODY, id="headline-without-a-kind"),
        pytest.param("关于调整区防汛抗旱指挥部组成人员的通知\n\n因人事变动，现对组成人员进行调整。\n", id="unsigned"),
    ],
)
def test_without_kind_or_signature_no_document_is_invented(text: str) -> None:
    assert parse_text(text).documents == []


@pytest.mark.parametrize("date", ["2021年3月1日。", "二〇二一年三月一日。", "二零二一年三月一日。"])
def test_a_date_line_closed_by_a_full_stop_dates_the_document(date: str) -> None:
    """Macau orders and some old notices close the date under the signature with 。."""
    doc = parse_text(HEAD + "宜都市人民政府\n" + date + "\n").documents[0]
    assert (doc.issuer, doc.date) == ("宜都市人民政府", "2021-03-01")
