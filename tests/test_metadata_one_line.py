"""A metadata block of one line holding two pairs, the document's number among them.

Law databases and county sites print the number and one date side by side on one line over the title
(``【发文字号】某政办发〔2019〕5号　【发布日期】2019-06-04``). Two pairs on a line were a block only with three
fields (a byline holds two: 来源：… 发布时间：…); now two are one when the number reads as a document's
number. A byline, or a number key whose value is no number, stays what it was.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract.api import parse_text

TITLE = "某县人民政府办公室关于做好2019年防汛工作的通知"
BODY = "各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现就有关事项通知如下。\n一、提高认识。\n\n某县人民政府办公室\n2019年6月3日\n"
NUMBER = "某政办发〔2019〕5号"

ROWS = [
    pytest.param(f"【发文字号】{NUMBER}　【发布日期】2019-06-04", "2019-06-04", id="lenticular-ideographic-space"),
    pytest.param(f"【发文字号】{NUMBER} 【发布日期】2019-06-04", "2019-06-04", id="lenticular-space"),
    pytest.param(f"[发文字号]{NUMBER} [发布日期]2019-06-04", "2019-06-04", id="square"),
    pytest.param(f"[ 发文字号 ] {NUMBER} [ 发布日期 ] 2019-06-04", "2019-06-04", id="square-spaced"),
    pytest.param(f"［文号］{NUMBER}　［发布时间］2019年6月4日", "2019-06-04", id="fullwidth-square"),
    pytest.param(f"发文字号：{NUMBER}　发布日期：2019-06-04", "2019-06-04", id="colon"),
    pytest.param(f"文号:{NUMBER} 发布日期:2019-06-04", "2019-06-04", id="ascii-colon"),
    pytest.param(f"【发布日期】2019-06-04　【发文字号】{NUMBER}", "2019-06-04", id="date-first"),
    pytest.param("【发文字号】某政办发[2019]5号　【发布日期】2019-06-04", "2019-06-04", id="ascii-year-brackets"),
    pytest.param(f"【文件编号】{NUMBER}　【发文机关】某县人民政府办公室", None, id="issuer-second"),
]
assert_unique(ROWS, whole=True)


@pytest.mark.parametrize(("line", "published"), ROWS)
def test_one_line_two_pairs_with_the_number(line: str, published: str | None) -> None:
    docs = parse_text(f"{line}\n{TITLE}\n{BODY}").model_dump()["documents"]
    assert [(d["title"], d["doc_number"] and d["doc_number"]["text"], d["date"], d["published"]) for d in docs] == [
        (TITLE, NUMBER, "2019-06-03", published)
    ]


NEGATIVE_ROWS = [
    # a byline (no number), a number key with no number: no metadata block of the document
    pytest.param("来源：某县人民政府办公室　发布时间：2019-06-04", id="byline"),
    pytest.param("【发文字号】无　【发布日期】2019-06-04", id="no-number"),
]
assert_unique(NEGATIVE_ROWS, whole=True)


@pytest.mark.parametrize("line", NEGATIVE_ROWS)
def test_no_number_no_block(line: str) -> None:
    docs = parse_text(f"{line}\n{TITLE}\n{BODY}").model_dump()["documents"]
    assert [(d["title"], d["doc_number"]) for d in docs] == [(TITLE, None)]


def test_the_last_line_of_a_block_above_opens_no_document() -> None:
    """发布机构 … / 名 称 <a title too long to read as a pair> / 文 号 X 主 题 词 …: the number's line closes
    the block above (one of whose lines was not read), it opens no document of its own."""
    head = (
        "索 引 号 11610527Q-2019-000024 成文日期 2019-06-03\n"
        "发布机构 某县人民政府办公室 发布日期 2019-06-04\n"
        f"名  称 {TITLE}（此件公开发布，全文共三部分，附件二个，请各单位认真组织学习并结合实际贯彻落实执行）\n"
        f"文  号 {NUMBER} 主 题 词 防汛 通知\n"
    )
    docs = parse_text(f"{head}{TITLE}\n{BODY}").model_dump()["documents"]
    assert [(d["doc_number"] and d["doc_number"]["text"], d["date"]) for d in docs] == [(NUMBER, "2019-06-03")]
