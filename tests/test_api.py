"""The library API on odd arguments (issue 16 item 20): a result, or the Python error a caller expects."""

from __future__ import annotations

import pytest

from gazette_extract import parse_text

TEXT = "北京市平谷区人民政府关于开展工作的通知\n京平政发〔2021〕1号\n"


@pytest.mark.parametrize(
    "text",
    [pytest.param("x\ud800", id="lone-high-surrogate"), pytest.param(TEXT + "\udcff\n", id="surrogate-escape-byte")],
)
def test_lone_surrogates_are_replaced_with_a_warning(text):
    result = parse_text(text)
    replaced = [w for w in result.warnings if w.code == "replaced-characters"]
    assert (
        len(replaced) == 1
        and replaced[0].line == text.count("\n", 0, text.index(next(c for c in text if "\ud800" <= c <= "\udfff"))) + 1
    )
    assert result.source.encoding == "utf-8"


def test_text_without_surrogates_has_no_replacement_warning():
    assert "replaced-characters" not in [w.code for w in parse_text(TEXT).warnings]


@pytest.mark.parametrize("value", [None, b"bytes", 12], ids=["none", "bytes", "int"])
def test_parse_text_of_a_non_string_is_a_type_error(value):
    with pytest.raises(TypeError, match="parse_text expects str"):
        parse_text(value)  # type: ignore[arg-type]
