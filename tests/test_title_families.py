"""Titles of gazette content by class (issue 9, titles round 3): rules adopted at a session
(条例/办法/规定/规则/细则 over their （…会议通过） line), a bracket under a title holding its number and
date in either order, a name withheld by stars (**市**). Every row is synthetic.
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text

ARTICLES = "第一条 为了规范某某工作，制定本办法。\n第二条 本办法适用于本区。\n第三条 区人民政府负责组织实施。\n"

ADOPTED_ROWS = [
    pytest.param(
        "某某市物业管理条例\n（2021年3月5日某某市第十六届人民代表大会常务委员会第三十次会议通过）\n",
        ("某某市物业管理条例", "2021-03-05"),
        id="regulation",
    ),
    pytest.param(
        "某某区人民代表大会常务委员会\n任免区级国家机关工作人员办法\n(2007年12月29日区十五届人大常委会第一次会议通过)\n",
        ("某某区人民代表大会常务委员会任免区级国家机关工作人员办法", "2007-12-29"),
        id="wrapped-ascii-brackets",
    ),
    pytest.param(
        "**市**区人民代表大会常务委员会\n任免区级国家机关工作人员办法\n（2007年12月29日区十五届人大常委会第一次会议通过）\n",
        ("**市**区人民代表大会常务委员会任免区级国家机关工作人员办法", "2007-12-29"),
        id="withheld-name-stars",
    ),
    pytest.param(
        "某某县人民政府工作规则\n（2021年3月5日县人民政府第1次常务会议通过）\n",
        ("某某县人民政府工作规则", "2021-03-05"),
        id="rules-government-meeting",
    ),
    # negatives: no adoption line, or a plan (not a rules kind) over one
    pytest.param(
        "某某县人民政府关于印发某某县人民政府工作规则的通知\n某政发〔2021〕5号\n各乡镇人民政府，县政府各部门：\n"
        "现将《某某县人民政府工作规则》印发给你们，请认真贯彻执行。\n某某县人民政府\n2021年3月5日\n"
        "某某县人民政府工作规则\n",
        ("某某县人民政府关于印发某某县人民政府工作规则的通知", "2021-03-05"),
        id="neg-issued-rules-without-adoption-line-stay-inside",
    ),
    pytest.param(
        "某某县乡村振兴工作方案\n（2021年3月5日县人民政府第1次常务会议通过）\n", None, id="neg-plan-not-rules"
    ),
]


@pytest.mark.parametrize(("head", "expected"), ADOPTED_ROWS)
def test_rules_over_their_adoption_line(head: str, expected: tuple[str, str] | None) -> None:
    docs = [(d.title, d.date) for d in parse_text(head + ARTICLES).documents if d.title]
    assert docs == ([expected] if expected else [])


BODY = "各市人民政府，省政府各部门：\n现将有关事项通知如下，请认真贯彻执行。\n"
BRACKET_ROWS = [
    pytest.param("（2015年3月5日 某政发〔2015〕7号）", id="date-then-number"),
    pytest.param("(某政发〔2015〕7号 2015年3月5日印发)", id="number-then-date-issued"),
    pytest.param("（某政发〔2015〕7号，2015年3月5日）", id="number-comma-date"),
]


@pytest.mark.parametrize("bracket", BRACKET_ROWS)
def test_number_and_date_bracket_under_title(bracket: str) -> None:
    doc = parse_text("某某省人民政府关于加强某某工作的通知\n" + bracket + "\n" + BODY).documents[0]
    assert (doc.title, doc.doc_number.raw if doc.doc_number else None, doc.date) == (
        "某某省人民政府关于加强某某工作的通知",
        "某政发〔2015〕7号",
        "2015-03-05",
    )
    assert not [c for c in doc.citations if c.doc_number], "its own number is no citation"


RECIPIENTS = "各乡镇人民政府，县政府各部门：\n现将《某某县某某管理办法》印发给你们，请认真贯彻执行。\n某某县人民政府\n2021年3月5日\n"
WRAPPED_ROWS = [
    pytest.param("某某县人民政府\n关于印发某某县某某\n管理办法的通知\n2021年3月5日\n", id="three-lines-date-under"),
    pytest.param("某某县人民政府关于印发某某县某某\n管理办法的通知\n2021年3月5日\n", id="two-lines-date-under"),
    pytest.param("某某县人民政府关于印发某某县某某\n管理办法的通知\n某政发〔2021〕5号\n", id="two-lines-number-under"),
    pytest.param("某某县人民政府关于印发某某县某某管理办法的通知\n（2021年3月5日）\n", id="one-line-bracketed-date"),
]


@pytest.mark.parametrize("head", WRAPPED_ROWS)
def test_wrapped_title_ends_before_its_number_or_date(head: str) -> None:
    docs = parse_text(head + RECIPIENTS).documents
    assert [(d.title, d.date) for d in docs] == [("某某县人民政府关于印发某某县某某管理办法的通知", "2021-03-05")]


QA_ROWS = [
    pytest.param(
        "某某市人民政府任免工作人员暂行办法\n如题所述\n第1个回答  2022-06-04\n" + ARTICLES,
        ["某某市人民政府任免工作人员暂行办法"],
        id="qa-question-is-the-rules-title",
    ),
    pytest.param(
        "某某市人民政府工作规则\n第一章 总则\n" + ARTICLES, ["某某市人民政府工作规则"], id="rules-chapter-first"
    ),
    # negatives: no articles under the title, or a title that is no rules kind
    pytest.param(
        "某某市人民政府任免工作人员暂行办法\n如题所述\n第1个回答  2022-06-04\n这个办法已经废止了，可以查询新的规定。\n",
        [],
        id="neg-qa-answer-without-articles",
    ),
    pytest.param("某某市召开全市经济工作会议\n如题所述\n" + ARTICLES, [], id="neg-headline-over-articles"),
]


@pytest.mark.parametrize(("text", "expected"), QA_ROWS)
def test_rules_pasted_alone_are_a_document(text: str, expected: list[str]) -> None:
    assert [d.title for d in parse_text(text).documents] == expected


TITLE = "某某县人民政府关于印发某某管理办法的通知"
NUMBER_BODY = "各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n某某县人民政府\n2021年3月5日\n"
TITLE_KEY_ROWS = [
    pytest.param(f"索引号：123-456/2021-00012\n{key}：{TITLE}\n发文字号：某政发〔2021〕5号\n", TITLE, id=f"key-{key}")
    for key in ("文件标题", "文章标题", "公文标题", "信息标题", "文件名称", "公文名称", "政策名称", "题名")
] + [
    pytest.param(
        f"【法规名称】{TITLE}\n【颁布单位】某某县人民政府\n【文 号】某政发〔2021〕5号\n【正文】\n",
        TITLE,
        id="lawdb-fagui",
    ),
    # negatives: a body marker under the fields is no title; a topic key gives none
    pytest.param(
        "【颁布单位】某某县人民政府\n【文 号】某政发〔2021〕5号\n【颁布日期】2021-03-05\n【正文】\n",
        None,
        id="neg-zhengwen",
    ),
    pytest.param(
        "索引号：123-456/2021-00012\n主题分类：综合政务\n发文字号：某政发〔2021〕5号\n正文：\n",
        None,
        id="neg-zhengwen-colon",
    ),
]


@pytest.mark.parametrize(("head", "expected"), TITLE_KEY_ROWS)
def test_title_keys_of_portals_and_databases(head: str, expected: str | None) -> None:
    docs = parse_text(head + NUMBER_BODY).documents
    assert [(d.title, d.doc_number.raw if d.doc_number else None) for d in docs] == [(expected, "某政发〔2021〕5号")]


CELL_BODY = "各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n某某县人民政府\n2021年3月5日\n"
CELL_ROWS = [
    pytest.param(f"| {TITLE} |\n| 某政发〔2021〕5号 |\n", [(TITLE, "某政发〔2021〕5号")], id="cell-over-number-row"),
    pytest.param(f"| {TITLE} |\n", [(TITLE, None)], id="cell-over-recipients"),
    # negative: a row inside a table listing documents
    pytest.param(
        f"| 序号 | 文件名称 |\n| 1 | 某某县人民政府关于做好某某工作的通知 |\n| {TITLE} |\n| 某政发〔2021〕5号 |\n",
        [(None, "某政发〔2021〕5号")],
        id="neg-row-inside-a-list",
    ),
]


@pytest.mark.parametrize(("head", "expected"), CELL_ROWS)
def test_title_in_a_table_cell(head: str, expected: list[tuple[str | None, str | None]]) -> None:
    docs = parse_text(head + CELL_BODY).documents
    assert [(d.title, d.doc_number.raw if d.doc_number else None) for d in docs] == expected


GLUED_BODY = "发展改革委：\n你委《关于某某的请示》收悉。现批复如下：\n同意建立某某制度。\n"
GLUED_ROWS = [
    pytest.param(
        "发文机关国务院\n发文日期2008年01月11日\n时效性现行有效\n发文字号国函〔2008〕2号\n",
        ("国函〔2008〕2号", "2008-01-11", "国务院"),
        id="law-database-keys-glued",
    ),
    pytest.param(
        "发文字号国函〔2008〕2号\n发布日期2008年01月11日\n效力级别国务院规范性文件\n",
        ("国函〔2008〕2号", None, None),
        id="glued-three-lines",
    ),
    # negatives: two glued lines are no block; prose opening with a key word is no pair
    pytest.param("发文机关国务院\n时效性现行有效\n", (None, None, None), id="neg-two-lines"),
    pytest.param(
        "来源于群众的意见建议\n分类推进各项工作\n名称变更登记事项\n",
        (None, None, None),
        id="neg-prose-opening-with-keys",
    ),
]


@pytest.mark.parametrize(("head", "expected"), GLUED_ROWS)
def test_keys_glued_to_their_values(head: str, expected: tuple[str | None, str | None, str | None]) -> None:
    """(the negatives are read as the untitled reply they are, from its recipients line)"""
    docs = parse_text(head + GLUED_BODY).documents
    assert [(d.doc_number.raw if d.doc_number else None, d.date, d.issuer) for d in docs] == [expected]
