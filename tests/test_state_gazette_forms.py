"""Issues of the State Council gazette and gazettes built like it (issue 9, whole issues of other
gazettes): sections named for the kind of text (国务院令, 法律, 行政法规, 部门规章), an order
listed by its number and its rule's name while the body prints it under its own title
(中华人民共和国国务院令 / 第711号), and a masthead whose editors' word precedes the date. The
order is matched to its entry by its number, and its number is the series' one (国令第711号)
however it is printed.
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.api import parse_text

ORDER_ENTRIES = {
    "number-in-brackets": "中华人民共和国国务院令（第711号） 政府信息公开条例 ………………… 4",
    "number-bare": "中华人民共和国国务院令第711号 政府信息公开条例 ………………… 4",
    "short-name-ascii-brackets": "国务院令(第711号) 政府信息公开条例 ………………… 4",
    "chinese-numeral": "中华人民共和国国务院令（第七百一十一号） 政府信息公开条例 ………………… 4",
}
ORDER_HEADS = {
    "serial-line": ["中华人民共和国国务院令", "第711号"],
    "serial-line-brackets": ["中华人民共和国国务院令", "（第711号）"],
    "serial-line-chinese": ["中华人民共和国国务院令", "第七百一十一号"],
}
SECTIONS = ["国务院令", "行政法规", "部门规章", "法律"]


def issue(entry: str, head: list[str], section: str) -> dict[str, Any]:
    lines = [
        "中华人民共和国国务院公报",
        "2019年　第12号（总号：1662）",
        "国务院公报编辑部编辑　　2019年4月30日出版",
        "",
        "目　录",
        "",
        section,
        entry,
        "国务院办公厅文件",
        "国务院办公厅关于印发国家职业教育改革实施方案的通知（国办发〔2019〕4号） ……… 15",
        "",
        *head,
        "",
        "《中华人民共和国政府信息公开条例》已经2019年4月3日国务院第46次常务会议修订通过，现将修订后的条例公布，自2019年5月15日起施行。",
        "",
        "总理　李克强",
        "2019年4月3日",
        "",
        "国务院办公厅关于印发国家职业教育改革实施方案的通知",
        "国办发〔2019〕4号",
        "",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "《国家职业教育改革实施方案》已经国务院同意，现印发给你们，请认真贯彻执行。",
        "",
        "国务院办公厅",
        "2019年1月24日",
    ]
    return parse_text("\n".join(lines) + "\n").model_dump()


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("head", ORDER_HEADS.values(), ids=ORDER_HEADS.keys())
@pytest.mark.parametrize("entry", ORDER_ENTRIES.values(), ids=ORDER_ENTRIES.keys())
def test_an_order_listed_by_its_number(entry: str, head: list[str], section: str) -> None:
    out = issue(entry, head, section)
    assert [(c["section"], c["doc_number"], c["page"]) for c in out["contents"]] == [
        (section, "国令第711号", 4),
        ("国务院办公厅文件", "国办发〔2019〕4号", 15),
    ]
    docs = [(d["title"], d["doc_number"]["text"] if d["doc_number"] else None) for d in out["documents"]]
    assert docs == [
        ("中华人民共和国国务院令", "国令第711号"),
        ("国务院办公厅关于印发国家职业教育改革实施方案的通知", "国办发〔2019〕4号"),
    ]
    assert not [w for w in out["warnings"] if w["code"] in ("contents-not-found", "document-not-in-contents")]


def test_the_masthead_editors_word_is_not_the_publisher() -> None:
    out = issue(ORDER_ENTRIES["number-in-brackets"], ORDER_HEADS["serial-line"], "国务院令")
    assert out["issue"] == {
        "title": "中华人民共和国国务院公报",
        "year": 2019,
        "number": 12,
        "total_number": 1662,
        "publisher": "国务院公报编辑部",
        "published": "2019-04-30",
    }


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("国务院令", True),
        ("省政府令", True),
        ("自治区政府令", True),
        ("中华人民共和国国务院令", False),
        ("某某市人民政府令", False),
    ],
)
def test_a_short_line_ending_in_ling_is_a_section_an_orders_title_is_not(line: str, section: bool) -> None:
    from gazette_extract.layout.frontmatter import _section

    assert (_section(line) is not None) is section
