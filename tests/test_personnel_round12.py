"""Appointments, round 12 of issue 9: the classes of the appointment misses and false records of
the new dev texts of corpus parts M and N (samples/corpus/NOTES-appointments-s7.md), each with
synthetic rows across forms and negative rows that must give nothing.

Classes: headlines printed side by side in a roundup's list of links (A辞去X职务　B任Y) give no
change (precision first).
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.api import parse_text

A, R, S = "appoint", "remove", "resign"


def appointments(text: str) -> list[dict[str, Any]]:
    result = parse_text(text).model_dump()
    return [a for doc in result["documents"] for a in doc.get("appointments", [])]


def changes(text: str) -> list[tuple[str, str, str]]:
    return [(a["action"], a["person"], a["position"]) for a in appointments(text)]


def codes(text: str) -> list[str]:
    result = parse_text(text).model_dump()
    found = [str(w["code"]) for w in result.get("warnings", [])]
    return found + [str(w["code"]) for doc in result["documents"] for w in doc.get("warnings", [])]


# --- headlines side by side: a roundup's links, not decisions --------------------------------------

_STORY = "人民网北京3月29日电 3月27日，李斌辞去安徽省省长职务，王学军任代理省长。"
_BODY = [(S, "李斌", "安徽省省长"), (A, "王学军", "安徽省代理省长")]

SIDE_BY_SIDE = [
    pytest.param(
        f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记 齐静任怀柔区委书记\n更多新闻请关注本网。",
        _BODY,
        id="two-headlines-space",
    ),
    pytest.param(
        f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记　齐静任怀柔区委书记\n更多新闻请关注本网。",
        _BODY,
        id="two-headlines-ideographic-space",
    ),
    pytest.param(
        f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记\t齐静任怀柔区委书记\t刘海波任密云区委书记\n更多新闻请关注本网。",
        _BODY,
        id="three-headlines-tabs",
    ),
    pytest.param(
        f"{_STORY}\n代理省长任免：\n马飚辞去广西壮族自治区主席职务 陈武任代理主席\n更多新闻请关注本网。",
        _BODY,
        id="resignation-then-successor",
    ),
    pytest.param(
        f"{_STORY}\n相關任免：\n張吉福任北京平谷區委書記　齊靜任懷柔區委書記\n更多新聞請關注本網。",
        _BODY,
        id="traditional",
    ),
    # negative rows of the rule: a list with its heading's verb, or a single piece, still reads
    pytest.param(
        "任命：张三为县财政局局长 李四为县审计局局长。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="run-on-list-under-heading",
    ),
    pytest.param(
        "经研究，决定：\n张三任县财政局局长 李四任县审计局局长\n特此通知。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="run-on-list-under-decision",
    ),
    pytest.param(
        "经研究决定，张三任县财政局局长，李四任县审计局局长。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="punctuated-clauses",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_BY_SIDE)
def test_headlines_side_by_side_give_no_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_headlines_side_by_side_are_warned() -> None:
    text = f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记 齐静任怀柔区委书记\n更多新闻请关注本网。"
    assert "change-entry-unread" in codes(text)
