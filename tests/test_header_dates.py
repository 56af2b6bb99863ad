"""A date alone in a bracket under a title or its number (lead, session 6).

Collections and law databases print a document's date under its title, in brackets, when the
signature is not reproduced: 某市人民政府关于…的意见 / 某府发〔2017〕9号 / （2017年5月10日）. The
bracket holding date and number together was read; the date alone was not, and the document
had no date.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

TITLE = "某市人民政府关于加强安全生产工作的意见"
BODY = "各区县人民政府，市政府各部门：\n为加强安全生产工作，提出如下意见。\n"

DATES = [
    ("（2017年5月10日）", "2017-05-10"),
    ("(2017年5月10日)", "2017-05-10"),
    ("（2017年5月10日印发）", "2017-05-10"),
    ("（二〇一七年五月十日）", "2017-05-10"),
    ("( 2017 年 5 月 10 日 )", "2017-05-10"),
]
LAYOUTS = {
    "under-number": "{title}\n某府发〔2017〕9号\n{date}\n\n{body}",
    "under-title": "{title}\n{date}\n某府发〔2017〕9号\n\n{body}",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("line", "iso"), DATES, ids=[d for d, _ in DATES])
def test_a_bracketed_date_under_the_title_is_the_documents_date(layout: str, line: str, iso: str) -> None:
    text = LAYOUTS[layout].format(title=TITLE, date=line, body=BODY)
    docs = parse_text(text).documents
    assert [(d.title, d.doc_number.text if d.doc_number else None, d.date) for d in docs] == [
        (TITLE, "某府发〔2017〕9号", iso)
    ]


def test_the_signature_date_wins_over_nothing_else() -> None:
    """With a signature and its date, the signature's date is the document's, as before."""
    text = f"{TITLE}\n某府发〔2017〕9号\n\n{BODY}\n某市人民政府\n2017年5月12日\n"
    assert [d.date for d in parse_text(text).documents] == ["2017-05-12"]


NOT_A_DATE_LINE = [
    pytest.param("（2017年5月10日起施行）", id="in-force-date"),
    pytest.param("（2017年5月10日市政府第3次常务会议审议）", id="meeting-sentence"),
    pytest.param("（本文有删减，2017年5月10日）", id="remark-with-a-date"),
]


@pytest.mark.parametrize("line", NOT_A_DATE_LINE)
def test_a_bracket_that_holds_more_than_a_date_is_not_read_as_one(line: str) -> None:
    text = f"{TITLE}\n某府发〔2017〕9号\n{line}\n\n{BODY}"
    assert [d.date for d in parse_text(text).documents] == [None]


def test_a_bracketed_date_in_the_body_is_not_the_documents_date() -> None:
    text = f"{TITLE}\n某府发〔2017〕9号\n\n{BODY}一、总体要求\n坚持安全发展。\n二、主要任务\n（2017年5月10日）\n"
    assert [d.date for d in parse_text(text).documents] == [None]
