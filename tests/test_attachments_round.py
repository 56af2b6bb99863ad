"""Attachments (附件) in the forms documents print them: a list after 附件：, one per line or run
together on one line with any separator, numbered 1. 1、 1． and glued to the title before it;
附件N：title lines; 附件N. title headings. Negative rows: a sentence that mentions 附件, a list out
of order, a table cell."""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

A1, A2 = "2022年区政府工作报告重点工作任务分解表", "宜都市春季农业生产责任分工表"
EXPECTED = [("附件1", A1), ("附件2", A2)]


def _attachments(block: str) -> list[tuple[str, str | None]]:
    text = (
        "关于做好2021年春季农业生产工作的通知\n\n各乡镇人民政府：\n现将有关事项通知如下。\n\n"
        + block
        + "\n\n宜都市人民政府\n2021年3月1日\n"
    )
    doc = parse_text(text).documents[0]
    assert (doc.issuer, doc.date) == ("宜都市人民政府", "2021-03-01")
    return [(a.label, a.title) for a in doc.attachments]


FORMS = {
    "one-per-line": f"附件：1.{A1}\n      2.{A2}",
    "one-per-line-fullwidth-point": f"附件：1．{A1}\n2．{A2}",
    "one-line-spaces": f"附件: 1. {A1} 2. {A2}",
    "one-line-semicolon-dun": f"附件：1、{A1}；2、{A2}",
    "one-line-comma": f"附件：1.{A1}，2.{A2}",
    "one-line-glued": f"附件：1.{A1}2.{A2}",
    "label-lines": f"附件1：{A1}\n附件2：{A2}",
    "label-lines-ascii-colon": f"附件1: {A1}\n附件2: {A2}",
    "label-lines-point": f"附件1.{A1}\n附件2.{A2}",
}


@pytest.mark.parametrize("block", FORMS.values(), ids=FORMS.keys())
def test_every_form_of_an_attachment_list(block: str) -> None:
    assert _attachments(block) == EXPECTED


def test_a_single_attachment_whose_title_starts_with_a_year() -> None:
    assert _attachments("附件：2021年工作要点") == [("附件", "2021年工作要点")]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(f"附件：1.{A1} 3.{A2}", id="list-out-of-order"),
        pytest.param("附件1所列事项，请各单位于3月底前报送。", id="sentence-mentioning-an-attachment"),
        pytest.param(f"附件\t{A1}\t备注", id="table-cell"),
    ],
)
def test_what_is_no_attachment_list_gives_none(block: str) -> None:
    assert _attachments(block) == []
