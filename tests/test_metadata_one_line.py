"""A metadata block of one line: the document's number and two more pairs side by side.

Law databases and county sites print the number and dates on one line over the title
(``【发文字号】某政办发〔2019〕5号　【成文日期】2019-06-03　【发布日期】2019-06-04``): three pairs with the number
are a block, in every bracket, colon and spacing. Two pairs are not (a byline holds two: 来源：… 发布时间：…; and
session 17 tried two with a readable number, which on the held-out split opened a false document — withdrawn).
A list of other documents under the text, each with its line of pairs, opens none.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract.api import parse_text

TITLE = "某县人民政府办公室关于做好2019年防汛工作的通知"
BODY = "各乡镇人民政府，县直各单位：\n为做好今年防汛工作，现就有关事项通知如下。\n一、提高认识。\n\n某县人民政府办公室\n2019年6月3日\n"
NUMBER = "某政办发〔2019〕5号"

D = "2019-06-03"
P = "2019-06-04"
ROWS = [
    pytest.param(f"【发文字号】{NUMBER}　【成文日期】{D}　【发布日期】{P}", P, id="lenticular-ideographic-space"),
    pytest.param(f"【发文字号】{NUMBER} 【成文日期】{D} 【发布日期】{P}", P, id="lenticular-space"),
    pytest.param(f"[发文字号]{NUMBER} [成文日期]{D} [发布日期]{P}", P, id="square"),
    pytest.param(f"[ 发文字号 ] {NUMBER} [ 成文日期 ] {D} [ 发布日期 ] {P}", P, id="square-spaced"),
    pytest.param(f"发文字号：{NUMBER}　成文日期：{D}　发布日期：{P}", P, id="colon"),
    pytest.param(f"文号:{NUMBER} 成文日期:{D} 发布日期:{P}", P, id="ascii-colon"),
    pytest.param(f"【发布日期】{P}　【成文日期】{D}　【发文字号】{NUMBER}", P, id="number-last"),
    pytest.param(f"【发文机关】某县人民政府办公室　【发文字号】{NUMBER}　【成文日期】{D}", None, id="issuer-first"),
]
assert_unique(ROWS, whole=True)


@pytest.mark.parametrize(("line", "published"), ROWS)
def test_one_line_three_pairs_with_the_number(line: str, published: str | None) -> None:
    docs = parse_text(f"{line}\n{TITLE}\n{BODY}").model_dump()["documents"]
    assert [(d["title"], d["doc_number"] and d["doc_number"]["text"], d["date"], d["published"]) for d in docs] == [
        (TITLE, NUMBER, "2019-06-03", published)
    ]


NEGATIVE_ROWS = [
    # a byline (no number), a number key with no number, two pairs: no metadata block of the document
    pytest.param("来源：某县人民政府办公室　发布时间：2019-06-04　浏览次数：12", id="byline"),
    pytest.param(f"【发文字号】无　【成文日期】{D}　【发布日期】{P}", id="no-number"),
    pytest.param(f"【发文字号】{NUMBER}　【发布日期】{P}", id="two-pairs"),
]
assert_unique(NEGATIVE_ROWS, whole=True)


@pytest.mark.parametrize("line", NEGATIVE_ROWS)
def test_no_block_of_its_own(line: str) -> None:
    docs = parse_text(f"{line}\n{TITLE}\n{BODY}").model_dump()["documents"]
    assert [(d["title"], d["date"]) for d in docs] == [(TITLE, "2019-06-03")]  # one document, its own date


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


LIST_ROWS = [
    # a list of other documents after the text, each with its line of pairs: none is opened
    pytest.param("相关文件：\n某县人民政府关于加强安全生产工作的意见\n文号：某政发〔2019〕3号　发布日期：2019-05-04\n"
                 "某县人民政府办公室关于印发某某方案的通知\n文号：某政办发〔2019〕2号　发布日期：2019-04-04\n", id="title-then-line"),
    pytest.param("相关文件：\n文号：某政发〔2019〕3号　发布日期：2019-05-04\n某县人民政府关于加强安全生产工作的意见\n"
                 "文号：某政办发〔2019〕2号　发布日期：2019-04-04\n某县人民政府办公室关于印发某某方案的通知\n", id="line-then-title"),
    pytest.param("相关文件：\n某县人民政府关于加强安全生产工作的意见\n文号：某政发〔2019〕3号　成文日期：2019-05-04　发布日期：2019-05-06\n"
                 "某县人民政府办公室关于印发某某方案的通知\n文号：某政办发〔2019〕2号　成文日期：2019-04-04　发布日期：2019-04-06\n",
                 id="three-pairs"),
    pytest.param("其他文件\n【发文字号】某政发〔2019〕3号　【发布日期】2019-05-04\n某县人民政府关于加强安全生产工作的意见\n"
                 "【发文字号】某政办发〔2019〕2号　【发布日期】2019-04-04\n某县人民政府办公室关于印发某某方案的通知\n", id="bracketed"),
]  # fmt: skip
assert_unique(LIST_ROWS, whole=True)


@pytest.mark.parametrize("tail", LIST_ROWS)
def test_a_list_of_other_documents_opens_none(tail: str) -> None:
    """Other documents listed under the text, each with its number's line: no document of its own (it gave one,
    with the number of the item before its title — a false fact)."""
    docs = parse_text(f"{TITLE}\n{BODY}{tail}").model_dump()["documents"]
    assert [(d["title"], d["doc_number"]) for d in docs] == [(TITLE, None)]
