"""Roster entries whose name is bounded by spaces, and a roster that goes on past an unread entry
(issue 9, session 11, lead; corpus part U, 陕西 2022 roster one member per line, names spaced to three
characters, dev).

* A name that ends in a character that ends many words (科, 局 …: ``BOUNDED_NAME_LAST_CHARS``) is read
  where spaces bound it on both sides and a post follows: ``孙　科　省科技厅厅长``, ``张宗科 省…厅厅长``.
  Glued to its post, or with no post after it, it stays unread, as before.
* An entry-shaped line that gives no member (a surname the lists do not hold: ``笪双忍 省林业局局长``; the
  corpus's ``党双忍`` is read since precision round 17, ``ROSTER_ENTRY_SURNAMES``) is warned about with its
  line (``roster-entry-unread``) and no longer closes the roster: the
  entries under it are read. Prose still closes it.
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text

HEAD = "某某省人民政府办公厅关于成立某某工作领导小组的通知\n\n各市人民政府：\n\n领导小组组成人员如下：\n\n组  长：王一平  省政府副省长\n\n成  员："
TAIL = "\n\n某某省人民政府办公厅\n\n2022年3月1日\n"


def result(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    first, *rest = lines
    text = HEAD + first + "".join(f"\n\n{line}" for line in rest) + TAIL
    data = parse_text(text).model_dump(mode="json")
    members = [(m["role"], m["person"]) for d in data["documents"] for m in d["members"]]
    return members, [w["code"] for w in data["warnings"]]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        pytest.param("孙 科 省科技厅厅长", "孙科", id="ascii-spaces"),
        pytest.param("孙　科　省科技厅厅长", "孙科", id="ideographic-spaces"),
        pytest.param("孙  科  省科技厅厅长", "孙科", id="double-spaces"),
        pytest.param("雷　科　区财政局局长", "雷科", id="another-surname"),
        pytest.param("张宗科 省工业和信息化厅厅长", "张宗科", id="three-characters-then-post"),
        pytest.param("李玉科　　市财政局局长", "李玉科", id="three-characters-wide-gap"),
    ],
)
def test_a_bounded_name_before_its_post_is_read(line: str, person: str) -> None:
    members, warnings = result(["刘建林  省教育厅厅长", line, "卫 华  省民政厅厅长"])
    assert members == [("组长", "王一平"), ("成员", "刘建林"), ("成员", person), ("成员", "卫华")]
    assert "roster-entry-unread" not in warnings


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("孙科省科技厅厅长", id="glued-to-its-post"),
        pytest.param("孙 科", id="no-post-after"),
    ],
)
def test_an_unbounded_word_is_no_name(line: str) -> None:
    members, _warnings = result(["刘建林  省教育厅厅长", line])
    assert ("成员", "孙科") not in members


@pytest.mark.parametrize("unread", ["笪双忍 省林业局局长", "笪双忍　省林业局局长"])
def test_the_roster_goes_on_past_an_unread_entry(unread: str) -> None:
    members, warnings = result(["刘建林  省教育厅厅长", unread, "张晓峰  省水利厅厅长", "赵 卫  省统计局局长"])
    assert members == [("组长", "王一平"), ("成员", "刘建林"), ("成员", "张晓峰"), ("成员", "赵卫")]
    assert "roster-entry-unread" in warnings


def test_prose_still_closes_the_roster() -> None:
    members, _warnings = result(
        [
            "刘建林  省教育厅厅长",
            "笪双忍 省林业局局长",
            "各成员单位要按照职责分工，认真抓好落实。",
            "张晓峰  省水利厅厅长",
        ]
    )
    assert members == [("组长", "王一平"), ("成员", "刘建林")]
