"""Appointments, round 11 of issue 9: classes found by probing with texts written in the forms
government bodies print (任免名单, 任免通知, 人事任免 sections, news of a session, tables), each
row synthetic. The held-out pages missed a third of their changes; each class below was missed
whole (a list, a table) or in part, and each has negative rows that must give nothing.

Classes: a list printed post first with spaces or a tab before the holder (任命： / 市教育局局长　李四,
县人民法院审判员　张三　李四); a post line, then its holders' line run together with it as a wrapped
post (县人民法院审判员 / 张三、李四 / 县人民检察院检察员 …) or after a bare heading (任命 / 县人民法院审判员);
the last such entry taken for a page cut off.
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.api import parse_text

A, R, S = "appoint", "remove", "resign"
P1, P2, P3 = "市财政局局长", "市审计局局长", "市财政局副局长"
J1, J2 = "县人民法院审判员", "县人民检察院检察员"


def appointments(text: str) -> list[dict[str, Any]]:
    result = parse_text(text).model_dump()
    return [a for doc in result["documents"] for a in doc.get("appointments", [])]


def changes(text: str) -> list[tuple[str, str, str]]:
    return [(a["action"], a["person"], a["position"]) for a in appointments(text)]


def codes(text: str) -> list[str]:
    result = parse_text(text).model_dump()
    found = [str(w["code"]) for w in result.get("warnings", [])]
    return found + [str(w["code"]) for doc in result["documents"] for w in doc.get("warnings", [])]


POST_FIRST = [
    pytest.param(
        f"任命：\n市发展和改革委员会主任　张三\n{P2}　李四",
        [(A, "张三", "市发展和改革委员会主任"), (A, "李四", P2)],
        id="post-ideographic-space-name",
    ),
    pytest.param(f"任命：\n{P1}\t张三\n{P2}\t李四", [(A, "张三", P1), (A, "李四", P2)], id="post-tab-name"),
    pytest.param(f"任命：\n{P1}  张三\n{P2}  李四。", [(A, "张三", P1), (A, "李四", P2)], id="post-spaces-name-closed"),
    pytest.param(
        f"任命：\n市发展和改革委员会主任　　张　三\n{P2}　　　　　　　李　四\n免去：\n{P3}　　　　　　王　五",
        [(A, "张三", "市发展和改革委员会主任"), (A, "李四", P2), (R, "王五", P3)],
        id="aligned-spaced-names-two-headings",
    ),
    pytest.param(
        f"县人民代表大会常务委员会任命名单\n{J1}　张三\n{J2}　李四",
        [(A, "张三", J1), (A, "李四", J2)],
        id="under-list-title",
    ),
    pytest.param(
        f"任命：\n{J1}　张三　李四\n{J2}　王五",
        [(A, "张三", J1), (A, "李四", J1), (A, "王五", J2)],
        id="post-several-spaced-names",
    ),
    pytest.param(
        f"任命：\n{J1}：张三、李四\n{J2}：王五",
        [(A, "张三", J1), (A, "李四", J1), (A, "王五", J2)],
        id="post-colon-names-last-single",
    ),
    pytest.param(
        f"决定任命：\n1.{P1}　张三；\n2.{P2}　李四。", [(A, "张三", P1), (A, "李四", P2)], id="numbered-post-first"
    ),
    pytest.param(f"免去：\n{P1}　张三\n{P2}　李四", [(R, "张三", P1), (R, "李四", P2)], id="removal-post-first"),
    pytest.param(
        "決定任命：\n市財政局局長　張三\n市審計局局長　李四", [(A, "张三", P1), (A, "李四", P2)], id="traditional"
    ),
    # negatives: no heading in force, a roster of holders (a post and its holder is no change), a lone
    # unpunctuated entry that may be cut, a name cell that is no name
    pytest.param(f"{P1}　张三\n{P2}　李四", [], id="no-heading-roster"),
    pytest.param(f"领导班子\n{P1}　张三\n{P2}　李四", [], id="leadership-roster"),
    pytest.param(f"任命：\n{P1}　张三", [], id="lone-entry-may-be-cut"),
    pytest.param(f"任命：\n{P1}　全面负责\n{P2}　分管财务", [], id="duties-not-names"),
]


@pytest.mark.parametrize(("text", "expected"), POST_FIRST)
def test_post_first_entries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


POST_LINE_THEN_NAMES = [
    pytest.param(
        f"任命：\n{J1}\n张三、李四、王五\n{J2}\n赵六",
        [(A, "张三", J1), (A, "李四", J1), (A, "王五", J1), (A, "赵六", J2)],
        id="names-line-not-joined-to-next-post",
    ),
    pytest.param(
        f"任命\n{J1}\n张三　李四　王五",
        [(A, "张三", J1), (A, "李四", J1), (A, "王五", J1)],
        id="bare-heading-then-post-then-spaced-names",
    ),
    pytest.param(
        f"任命：\n{J1}\n王　强\n{J2}\n李四", [(A, "王强", J1), (A, "李四", J2)], id="spaced-two-character-name"
    ),
    pytest.param(
        f"免去：\n{J1}\n张三、李四\n{J2}\n王五",
        [(R, "张三", J1), (R, "李四", J1), (R, "王五", J2)],
        id="removals",
    ),
    # negatives: the line below the post holds no names only
    pytest.param(f"任命：\n{J1}\n张三同志说\n", [], id="not-names-below"),
    pytest.param(f"{J1}\n张三、李四\n{J2}\n王五", [], id="no-heading"),
]


@pytest.mark.parametrize(("text", "expected"), POST_LINE_THEN_NAMES)
def test_post_line_then_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_last_post_first_entry_is_not_taken_for_a_cut_page() -> None:
    text = f"任命：\n{J1}　张三\n{J2}　李四"
    assert "clause-cut-off" not in codes(text)
    assert changes(text)[-1] == (A, "李四", J2)


def test_post_first_entry_spans_its_line() -> None:
    found = appointments(f"任命：\n{P1}　张三\n{P2}　李四")
    assert [a["lines"] for a in found] == [{"start": 2, "end": 2}, {"start": 3, "end": 3}]
