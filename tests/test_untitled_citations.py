"""A text with no document heading that cites documents by title and number is one untitled
document holding those citations (FORMAT.md: a cited number is a record, and records found outside
any heading belong to one untitled document). Only a citation printed with its title
(《…》（number）) counts: numbers alone — a contents page's entries, a title and its own number on
one line — are no evidence of a document and still give ``no-documents``.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

BODY = "进一步加强全省农村留守儿童关爱保护工作，为农村留守儿童健康成长创造更好环境，现提出以下意见：\n一、重要意义\n留守儿童问题是我国经济社会发展中的阶段性问题。"

CITING = {
    "fullwidth-brackets": (
        "为贯彻落实《国务院关于加强农村留守儿童关爱保护工作的意见》（国发〔2016〕13号），",
        "国发〔2016〕13号",
    ),
    "ascii-brackets": (
        "为贯彻落实《国务院关于加强农村留守儿童关爱保护工作的意见》(国发〔2016〕13号),",
        "国发〔2016〕13号",
    ),
    "square-year": ("根据《某省农机购置补贴实施方案》（云农机[2018]3号），", "云农机〔2018〕3号"),
    "order-cn-serial": ("依据《中华人民共和国农业机械化促进法》（中华人民共和国主席令 第十六号），", "主席令第16号"),
    "traditional": (
        "為貫徹落實《國務院關於加強農村留守兒童關愛保護工作的意見》（國發〔2016〕13號），",
        "国发〔2016〕13号",
    ),
}


@pytest.mark.parametrize(("opening", "number"), CITING.values(), ids=CITING.keys())
def test_titled_citations_make_one_untitled_document(opening: str, number: str) -> None:
    out = parse_text("2016-07-05 09:01:50 某学会 浏览80159\n" + opening + BODY).model_dump()
    assert len(out["documents"]) == 1
    doc = out["documents"][0]
    assert (doc["title"], doc["doc_number"], doc["date"], doc["issuer"]) == (None, None, None, None)
    assert [c["doc_number"]["text"] for c in doc["citations"] if c["doc_number"]] == [number]
    assert "untitled-document" in [w["code"] for w in out["warnings"]]


NOT_EVIDENCE = {
    # a gazette page stored only through its contents: numbers after titles, then leaders and pages
    "contents-page": "2017年第4号\n政府文件\n1某区人民政府关于主城区实行机动车限行的通告\n某政告【2017】5号2017年10月7日……………1\n"
    "2某区人民政府关于禁止劣质散煤的通告\n某政字【2017】70号……………3\n",
    # a number with no title cited
    "bare-number": "会议传达学习了国发〔2016〕13号文件精神，大家一致表示要认真贯彻落实。\n",
    # a title cited without its number
    "title-without-number": "会议传达学习了《党政领导干部选拔任用工作条例》，大家一致表示要认真贯彻落实。\n",
}


@pytest.mark.parametrize("text", NOT_EVIDENCE.values(), ids=NOT_EVIDENCE.keys())
def test_numbers_alone_are_no_document(text: str) -> None:
    out = parse_text(text).model_dump()
    assert out["documents"] == []
    assert "no-documents" in [w["code"] for w in out["warnings"]]
