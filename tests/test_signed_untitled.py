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
