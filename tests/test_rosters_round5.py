"""Rosters round 5 (issue 9, session 10, by the lead): a roster run together in one paragraph.

Aggregator copies of a notice lose every line break, so the roster reads
``组长:A副县长副组长:B县政府办公室副主任C县…局长…成员:D…部长E蒙山镇副镇长…`` and runs straight
into the prose after it (dev chacewang 2022: only the 组长 was read). The class, in every form:

* a remark bracket after a post inside the run (``主任(兼)``, ``（挂职）``, ``（正科级）``) — dropped;
* a town party committee's member posts (``西河镇党委宣传委员``, 组织委员, 纪检委员 …) — titles;
* a staff grade after an organization (``县生产力促进中心干部``, 干事, 科员, 工作人员) — read only
  in a roster run together, never as a title of 任免;
* the run ending in prose that opens on the group's name (``…干部工作专班负责指导…``,
  ``…领导小组下设办公室…``) — the last entry ends there;
* a name whose middle character is a function word elsewhere (``陈将君``) — read inside a roster.

And the member's span: person and post, widened to its role only where the role is printed next to
the entry (``组长：张三`` / ``张三为组长``), not to the same word far off in prose about the group.

Each row is synthetic, written from the class; none comes from a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_members
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks

Member = tuple[str, str, str | None]


def members(text: str) -> list[Member]:
    return [(m["role"], m["person"], m["post"]) for m in extract_members(split_blocks(text))]


HEAD = "各有关单位：为推进园区建设，决定成立县农业科技园区管理工作专班，现将有关事项通知如下：一、工作专班及职责"

RUN_TOGETHER_ROWS = [
    pytest.param(
        HEAD + "组长:谭永辉副县长副组长:麦燕玲县政府办公室副主任黄荣桂县科技局局长成员:卢建钧县财政局局长"
        "温燕新圩镇副镇长工作专班负责指导园区总体规划。",
        [
            ("组长", "谭永辉", "副县长"),
            ("副组长", "麦燕玲", "县政府办公室副主任"),
            ("副组长", "黄荣桂", "县科技局局长"),
            ("成员", "卢建钧", "县财政局局长"),
            ("成员", "温燕", "新圩镇副镇长"),
        ],
        id="run-together-ends-in-group-prose",
    ),
    pytest.param(
        HEAD + "组长:谭永辉副县长副组长:黄荣桂县工业和信息化局局长、县工业集中区管委会主任(兼)梁瑞金县科技局局长"
        "成员:卢建钧县财政局局长。",
        [
            ("组长", "谭永辉", "副县长"),
            ("副组长", "黄荣桂", "县工业和信息化局局长、县工业集中区管委会主任"),
            ("副组长", "梁瑞金", "县科技局局长"),
            ("成员", "卢建钧", "县财政局局长"),
        ],
        id="ascii-jian-bracket-inside-the-run",
    ),
    pytest.param(
        HEAD + "组长：谭永辉副县长副组长：黄荣桂县科技局局长（兼）梁瑞金县财政局局长（挂职）成员：卢建钧县审计局局长。",
        [
            ("组长", "谭永辉", "副县长"),
            ("副组长", "黄荣桂", "县科技局局长"),
            ("副组长", "梁瑞金", "县财政局局长"),
            ("成员", "卢建钧", "县审计局局长"),
        ],
        id="full-width-remark-brackets-inside-the-run",
    ),
    pytest.param(
        HEAD + "组长:谭永辉副县长成员:陈将君西河镇党委宣传委员黄远朝蒙山镇党委组织委员刘寿远县委组织部干事。",
        [
            ("组长", "谭永辉", "副县长"),
            ("成员", "陈将君", "西河镇党委宣传委员"),
            ("成员", "黄远朝", "蒙山镇党委组织委员"),
            ("成员", "刘寿远", "县委组织部干事"),
        ],
        id="town-party-posts-and-a-staff-grade",
    ),
    pytest.param(
        HEAD
        + "组长:谭永辉副县长成员:刘寿远县生产力促进中心主任江文远县生产力促进中心干部领导小组下设办公室，办公室设在县科技局。",
        [
            ("组长", "谭永辉", "副县长"),
            ("成员", "刘寿远", "县生产力促进中心主任"),
            ("成员", "江文远", "县生产力促进中心干部"),
        ],
        id="staff-grade-last-then-group-prose",
    ),
    pytest.param(
        HEAD + "组长:谭永辉副县长成员:卢建钧县财政局科员江文远县政府办公室工作人员指挥部主要负责协调。",
        [
            ("组长", "谭永辉", "副县长"),
            ("成员", "卢建钧", "县财政局科员"),
            ("成员", "江文远", "县政府办公室工作人员"),
        ],
        id="keyuan-and-staff-then-command-prose",
    ),
    # what must give no person: roles that state duties, a staff word with no organization
    pytest.param(
        HEAD + "组长:负责全面工作副组长:协助组长负责日常工作成员:按照分工抓好落实。",
        [],
        id="roles-stating-duties-are-no-roster",
    ),
    pytest.param(
        HEAD + "组长:谭永辉副县长成员:卢建钧干部工作专班负责指导园区总体规划。",
        [("组长", "谭永辉", "副县长")],
        id="a-bare-staff-word-is-no-post",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_TOGETHER_ROWS)
def test_roster_run_together(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


def test_staff_grades_are_no_titles_of_appointments() -> None:
    # 干部/干事/科员 read only inside a roster run together: a 任免 clause ending so gives its usual
    # reading, never a post cut at the staff word
    from gazette_extract.records.people import split_position

    assert split_position("县生产力促进中心干部") == (None, None)
    assert split_position("西河镇党委宣传委员") == ("西河镇党委", "宣传委员")


def _member_spans(text: str) -> list[tuple[str, str]]:
    doc = parse_text(text).model_dump(mode="json")["documents"][0]
    return [(m["person"], text[m["span"]["start"] : m["span"]["end"]]) for m in doc["members"]]


SPAN_ROWS = [
    pytest.param(
        "关于成立县工作专班的通知\n各有关单位：\n组长：张三　县长\n副组长：李四　副县长\n　　　　王五　县政府办公室主任\n某某县人民政府\n2022年3月1日\n",
        [("张三", "组长：张三　县长"), ("李四", "副组长：李四　副县长"), ("王五", "王五　县政府办公室主任")],
        id="role-before-each-entry-its-own-lines",
    ),
    pytest.param(
        "关于成立县工作专班的通知\n各有关单位：\n组长:谭永辉副县长成员:卢建钧县财政局局长黄远朝蒙山镇副镇长工作专班负责指导，副组长牵头日常工作。\n"
        "某某县人民政府\n2022年3月1日\n",
        [("谭永辉", "组长:谭永辉副县长"), ("卢建钧", "成员:卢建钧县财政局局长"), ("黄远朝", "黄远朝蒙山镇副镇长")],
        id="run-together-role-far-before-is-left-out",
    ),
    pytest.param(
        "关于成立县工作专班的通知\n各有关单位：\n县政府决定成立工作专班，由县长张三为组长，副县长李四为副组长。\n某某县人民政府\n2022年3月1日\n",
        [("张三", "县长张三为组长"), ("李四", "副县长李四为副组长")],
        id="role-after-the-person-in-prose",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_ROWS)
def test_member_span_takes_the_role_printed_by_the_entry(text: str, expected: list[tuple[str, str]]) -> None:
    assert _member_spans(text) == expected


def test_rows_are_unique() -> None:
    assert_unique(RUN_TOGETHER_ROWS)
    assert_unique(SPAN_ROWS)
