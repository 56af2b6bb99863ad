"""An untitled official notice: prose signed by a body and dated under its signature, with no
title, number or recipients (为落实…，暂停接待群众来访。 / 广州市教育局 / 2020年1月31日). It is one
untitled document with its issuer and date (FORMAT.md: a document is labelled when the text shows
one of its fields). Varied over signatures, date forms and scripts; a signature that is no body,
or prose without a signature, still gives no document.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

PROSE = (
    "为落实党中央疫情防控工作决策部署和省市有关防控安排，最大限度减少人员流动聚集，保护人民群众生命安全，"
    "根据上级关于暂停接待群众来访的通知要求，我局人民来访接待室从即日起暂时关闭，停止接待群众来访，"
    "恢复接待时间视疫情形势变化另行公告。"
)

SIGNED = {
    "bureau-arabic": (PROSE, "广州市教育局", "2020年1月31日", "广州市教育局", "2020-01-31"),
    "government-chinese-numerals": (PROSE, "某县人民政府", "二〇二〇年一月三十一日", "某县人民政府", "2020-01-31"),
    "office-iso": (PROSE, "某市人民政府办公室", "2020-01-31", "某市人民政府办公室", "2020-01-31"),
    "traditional": (
        "為落實黨中央疫情防控工作決策部署，我局人民來訪接待室從即日起暫時關閉，停止接待群眾來訪，恢復接待時間另行公告。",
        "廣州市教育局",
        "2020年1月31日",
        "广州市教育局",
        "2020-01-31",
    ),
}


@pytest.mark.parametrize(("prose", "signature", "date", "issuer", "iso"), SIGNED.values(), ids=SIGNED.keys())
def test_a_signed_dated_notice_without_title_is_one_document(
    prose: str, signature: str, date: str, issuer: str, iso: str
) -> None:
    out = parse_text(f"{prose}\n{signature}\n{date}\n").model_dump()
    docs = [(d["title"], d["issuer"], d["date"]) for d in out["documents"]]
    assert docs == [(None, issuer, iso)]


NOT_SIGNED = {
    "person-signature": f"{PROSE}\n张三\n2020年1月31日\n",
    "no-signature": f"{PROSE}\n2020年1月31日\n",
    "no-date": f"{PROSE}\n广州市教育局\n",
    "byline-in-brackets": f"{PROSE}\n（来源：广州市教育局）\n",
}


@pytest.mark.parametrize("text", NOT_SIGNED.values(), ids=NOT_SIGNED.keys())
def test_prose_without_a_bodys_signature_and_date_gives_no_document(text: str) -> None:
    out = parse_text(text).model_dump()
    assert out["documents"] == []


FORWARDED = (
    "山东省农业厅\n山东省财政厅\n关于做好产业兴村强县示范行动项目申报工作的通知\n农财发〔2018〕18号\n\n"
    "各市农业局、财政局：\n现就做好项目申报工作通知如下。\n\n山东省农业厅　山东省财政厅\n2018年6月15日\n"
)
COVERS = {
    "joint-signature-one-line": (
        "各镇政府、各街道办事处：",
        "金乡县农业局 金乡县财政局",
        "2018年6月22日",
        "金乡县农业局、金乡县财政局",
    ),
    "single-signature": ("各镇人民政府，县直各部门：", "某县农业农村局", "2018年6月22日", "某县农业农村局"),
    "chinese-numeral-date": ("各镇政府：", "某县人民政府办公室", "二〇一八年六月二十二日", "某县人民政府办公室"),
}


@pytest.mark.parametrize(("recipients", "signature", "date", "issuer"), COVERS.values(), ids=COVERS.keys())
def test_a_signed_cover_above_a_forwarded_document_is_its_own_document(
    recipients: str, signature: str, date: str, issuer: str
) -> None:
    cover = f"{recipients}\n6月20日，省农业厅、省财政厅联合下发了《关于做好产业兴村强县示范行动项目申报工作的通知》，现转发给你们，请认真组织申报。\n{signature}\n{date}\n"
    out = parse_text(cover + FORWARDED).model_dump()
    docs = [(d["title"], d["issuer"], d["date"]) for d in out["documents"]]
    assert docs[0] == (None, issuer, "2018-06-22")
    assert docs[1][0] == "山东省农业厅山东省财政厅关于做好产业兴村强县示范行动项目申报工作的通知"
    assert len(docs) == 2


HEADS = {
    # a page's head above the title: unsigned lines are no document
    "unsigned-recipients-and-prose": "各镇政府：\n现转发给你们，请认真组织申报。\n",
    "site-chrome": "首页 > 政务公开 > 通知公告\n发布时间：2018-06-22\n",
}


@pytest.mark.parametrize("head", HEADS.values(), ids=HEADS.keys())
def test_unsigned_lines_above_a_title_are_no_document(head: str) -> None:
    out = parse_text(head + FORWARDED).model_dump()
    assert [d["title"] for d in out["documents"]] == [
        "山东省农业厅山东省财政厅关于做好产业兴村强县示范行动项目申报工作的通知"
    ]
