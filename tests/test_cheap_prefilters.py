"""Prefilters of throughput round 4: a character test in front of an anchored pattern turns most
lines away in C. Each must let through every line the pattern matches."""

from __future__ import annotations

import pytest

from gazette_extract.layout.chrome import TAIL_HEADERS, is_tail_header

_PREFIXES = ("", "• ", "· ", "- ", "【", "[", "  ", "■")


@pytest.mark.parametrize("header", TAIL_HEADERS)
@pytest.mark.parametrize("prefix", _PREFIXES, ids=repr)
def test_every_tail_header_passes_its_prefilter(header: str, prefix: str) -> None:
    closing = "】" if prefix == "【" else "]" if prefix == "[" else ""
    assert is_tail_header(f"{prefix}{header}{closing}")
    assert is_tail_header(f"{prefix}{header}{closing}：某县人民政府关于印发某实施细则的通知")


@pytest.mark.parametrize(
    "line",
    ["为进一步推动相关链接建设，现提出如下意见。", "（相关链接）", "1. 上一篇", ""],
    ids=["prose", "round-brackets", "numbered", "empty"],
)
def test_other_lines_are_no_tail_header(line: str) -> None:
    assert not is_tail_header(line)
