"""A number printed between a page's metadata block and the title — bare (a red head's number) or
under a key of any spelling ending in 号 that no table knows (编号, 文件号, 【发文编号】) — is the
document's number and never part of its title; a key whose value is no document number leaves the
title alone and gives none.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

NUMBER = "某政办发〔2019〕12号"
TITLE = "关于印发某县2019年安全生产工作方案的通知"
HEAD = "索 引 号：11/2019-00012\n发布机构：某县人民政府办公室\n"
BODY = "各乡镇人民政府，县政府各部门：\n现将《某县2019年安全生产工作方案》印发给你们。\n\n某县人民政府办公室\n2019年6月3日\n"
LINES = {
    "bare": NUMBER,
    "bianhao-spaces": f"编号  {NUMBER}",
    "bianhao-colon": f"编号：{NUMBER}",
    "wenjianhao-spaces": f"文件号  {NUMBER}",
    "bracketed-key": f"【发文编号】{NUMBER}",
    "square-key": f"[编号] {NUMBER}",
    "square-year": "编号  某政办发[2019]12号",
}


@pytest.mark.parametrize("line", LINES.values(), ids=LINES.keys())
def test_a_number_between_the_block_and_the_title(line: str) -> None:
    (doc,) = parse_text(HEAD + line + "\n" + TITLE + "\n" + BODY).model_dump()["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (TITLE, NUMBER)
    assert doc["citations"] == []


def test_a_key_whose_value_is_no_number() -> None:
    (doc,) = parse_text(HEAD + "编号：001\n" + TITLE + "\n" + BODY).model_dump()["documents"]
    assert (doc["title"], doc["doc_number"]) == (TITLE, None)
