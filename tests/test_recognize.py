"""The shared line recognizers of ``layout/recognize.py`` and the block kinds, table-driven."""

from __future__ import annotations

import json

import pytest

from gazette_extract.layout.blocks import HEADING, BlockKind, classify
from gazette_extract.layout.recognize import ADOPTED_RE, DECREE_SERIAL_RE, clean_title, is_recipients, kind_of
from gazette_extract.text.normalize import split_paragraphs
from gazette_extract.vocab.common import compact

KIND_OF = [
    pytest.param("北京市平谷区人民政府关于印发某方案的通知", "通知", id="notice"),
    pytest.param("关于加强某工作的实施意见（试行）", "意见", id="qualifier-after-kind"),
    pytest.param("关于某某同志任职的", None, id="no-kind"),
]


@pytest.mark.parametrize(("title", "kind"), KIND_OF)
def test_kind_of(title, kind):
    assert kind_of(title) == kind


RECIPIENTS = [
    pytest.param("各乡镇人民政府、街道办事处，区政府各委、办、局：", True, id="units"),
    pytest.param("周桂英等代表：", True, id="deputies"),
    pytest.param("现将有关事项通知如下：", False, id="sentence"),
    pytest.param("视力保护色：", False, id="no-unit"),
    pytest.param("来源：新疆政府网", False, id="not-at-end"),
]


@pytest.mark.parametrize(("text", "expected"), RECIPIENTS)
def test_is_recipients(text, expected):
    assert is_recipients(text) is expected


LINES = [
    pytest.param(
        ADOPTED_RE, "（2020年7月28日北京市平谷区第十七届人民代表大会常务委员会第二十六次会议通过）", True, id="adopted"
    ),
    pytest.param(ADOPTED_RE, "（一）加强组织领导", False, id="item-not-adopted"),
    pytest.param(DECREE_SERIAL_RE, "第3号", True, id="decree-serial"),
    pytest.param(DECREE_SERIAL_RE, "第3号文件", False, id="not-a-serial"),
]


@pytest.mark.parametrize(("pattern", "text", "matches"), LINES)
def test_line_patterns(pattern, text, matches):
    assert bool(pattern.match(text)) is matches


def test_clean_title_and_compact():
    assert clean_title(" 关于印发 某方案 的通知 ") == "关于印发某方案的通知"
    assert clean_title("关于 2021 年") == "关于 2021 年"  # spaces beside digits are not a line break's
    assert compact("关于 印发\n方案") == "关于印发方案"


def test_block_kind_is_a_str_enum():
    blocks = classify(split_paragraphs("一、总体要求\n\n各单位要抓好落实。\n"))
    assert all(isinstance(b.kind, BlockKind) for b in blocks)
    assert blocks[0].kind is HEADING and blocks[0].kind == "heading"
    assert json.dumps([b.kind for b in blocks]) == '["heading", "paragraph"]'
    assert f"{blocks[0].kind}" == "heading"
