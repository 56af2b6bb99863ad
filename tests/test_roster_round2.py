"""Roster members by class, round 2 (issue 9): every separator and spelling of a role line, entries
numbered or posts first, role labels that lost their first character, posts without names, and a
roster role printed as the first post of a holder in a story — with the rows that must give nothing.

Each row is synthetic, written from a class of real rosters (丹东 2017, 卢氏 2018, 10000uw news).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from record_helpers import extract_members
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks


def members(text: str) -> list[tuple[str, str, str | None]]:
    return [(m["role"], m["person"], m["post"]) for m in extract_members(split_blocks(text))]


ROWS = [
    pytest.param("组长　张三　区委副书记、区长", [("组长", "张三", "区委副书记、区长")], id="role-space-name-posts"),
    pytest.param(
        "组　　长　张三　区长\n副组长　李四　副区长\n　　　　王五　区委常委",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("副组长", "王五", "区委常委")],
        id="spaced-role-no-colon-then-continuation",
    ),
    pytest.param("组长 张三 区长", [("组长", "张三", "区长")], id="role-ascii-space-name-post"),
    pytest.param("副组长 李四、王五", [("副组长", "李四", None), ("副组长", "王五", None)], id="role-space-name-list"),
    pytest.param("总指挥　张三（区长）", [("总指挥", "张三", "区长")], id="role-space-bracketed-post"),
    pytest.param(
        "副组长（按姓氏笔画排序）：\n李四 副区长\n王五 区委常委",
        [("副组长", "李四", "副区长"), ("副组长", "王五", "区委常委")],
        id="remark-in-brackets-before-colon",
    ),
    pytest.param(
        "成员(排名不分先后)：李四 区发改委主任", [("成员", "李四", "区发改委主任")], id="ascii-bracket-remark"
    ),
    pytest.param("组长：区委副书记、区长张三", [("组长", "张三", "区委副书记、区长")], id="posts-then-name-glued"),
    pytest.param(
        "成员：\n（1）张三 区发改委主任\n（2）李四 区财政局局长",
        [("成员", "张三", "区发改委主任"), ("成员", "李四", "区财政局局长")],
        id="entries-numbered-in-brackets",
    ),
    pytest.param(
        "成员：\n1. 张三 区发改委主任\n2. 李四 区财政局局长",
        [("成员", "张三", "区发改委主任"), ("成员", "李四", "区财政局局长")],
        id="entries-numbered-number-not-a-post",
    ),
    pytest.param("成员：\n一、张三 区发改委主任", [("成员", "张三", "区发改委主任")], id="entry-chinese-numbered"),
    pytest.param(
        "长：许黎明 管委会常务副主任\n副组长：李德钢 管委会办公室负责人",
        [("组长", "许黎明", "管委会常务副主任"), ("副组长", "李德钢", "管委会办公室负责人")],
        id="lost-first-character-before-a-role-line",
    ),
    pytest.param(
        "副组长：李德钢 管委会办公室负责人\n员：盛 区人社局局长\n区经发局负责人\n罗文新 区财政局负责人\n领导小组成员因工作变动需要调整的，报组长批准。",
        [("副组长", "李德钢", "管委会办公室负责人"), ("成员", "罗文新", "区财政局负责人")],
        id="lost-first-character-resolved-by-document-post-without-name-kept-open",
    ),
    pytest.param(
        "成员：\n区发改委主任\n区财政局局长\n张三 区教育局局长",
        [("成员", "张三", "区教育局局长")],
        id="posts-without-names-give-nothing-roster-stays-open",
    ),
    pytest.param(
        "市巩固卫生城市工作指挥部副指挥长、副市长王如龙、苏子益，市检察院检察长张三参加检查。",
        [("副指挥长", "王如龙", "副市长"), ("副指挥长", "苏子益", "副市长")],
        id="titled-role-in-a-story-names-after-a-post",
    ),
    pytest.param(
        "市创建工作领导小组组长、市委副书记、市长周高明率队检查。",
        [("组长", "周高明", "市委副书记、市长")],
        id="titled-role-story-verb-closes-the-name",
    ),
    pytest.param(
        "区领导小组办公室主任、区财政局局长张三主持会议。",
        [("办公室主任", "张三", "区财政局局长")],
        id="titled-office-role-in-a-story",
    ),
    pytest.param(
        "领导小组由区长张三任组长，副区长李四、王五任副组长，成员由各部门主要负责人组成。",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("副组长", "王五", "副区长")],
        id="prose-post-then-names-share-the-post",
    ),
    pytest.param(
        "成立由区委书记张三任组长、区长李四任常务副组长的领导小组。",
        [("组长", "张三", "区委书记"), ("常务副组长", "李四", "区长")],
        id="prose-holders-joined-by-dun-before-de-group",
    ),
    pytest.param(
        "成员：张三、李四等10人", [("成员", "张三", None), ("成员", "李四", None)], id="list-cut-by-deng-no-post"
    ),
    pytest.param("成员：李四等同志", [("成员", "李四", None)], id="one-name-then-deng"),
    pytest.param(
        "二、增补李四同志为领导小组成员，调整王五同志为领导小组副组长。",
        [("成员", "李四", None), ("副组长", "王五", None)],
        id="adjusted-roster-zengbu-wei-group-role",
    ),
    pytest.param(
        "一、张三同志任领导小组组长，不再担任副组长。", [("组长", "张三", None)], id="numbered-prose-new-role-only"
    ),
    pytest.param(
        "成立领导小组，由张三任组长，李四、王五任副组长。",
        [("组长", "张三", None), ("副组长", "李四", None), ("副组长", "王五", None)],
        id="name-ending-in-a-numeral-before-dun",  # 李四、 is no numbering 四、
    ),
    pytest.param(
        "成员：\n（一）张三 区发改委主任\n（二）李四 区财政局局长",
        [("成员", "张三", "区发改委主任"), ("成员", "李四", "区财政局局长")],
        id="entries-numbered-chinese-in-brackets",
    ),
    pytest.param(
        "领导小组组长为张三，副组长为李四、王五。",
        [("组长", "张三", None), ("副组长", "李四", None), ("副组长", "王五", None)],
        id="role-wei-holders",
    ),
    pytest.param("组长是区长张三。", [("组长", "张三", "区长")], id="role-shi-post-and-name"),
    pytest.param(
        "张三为组长，李四为副组长。", [("组长", "张三", None), ("副组长", "李四", None)], id="holder-wei-role"
    ),
    pytest.param("会议确定张三为联络员。", [("联络员", "张三", None)], id="naming-verb-then-holder-wei-role"),
    pytest.param(
        "成员由张三、李四、王五组成。",
        [("成员", "张三", None), ("成员", "李四", None), ("成员", "王五", None)],
        id="members-you-names-zucheng",
    ),
    pytest.param(
        "张三（区长）任组长，李四（副区长）任副组长。",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="bracketed-post-then-ren-role",
    ),
    pytest.param(
        "成员：张三（女） 区财政局局长\n　　　李四（回族，区教育局局长）",
        [("成员", "张三", "区财政局局长"), ("成员", "李四", "区教育局局长")],
        id="remark-on-the-person-is-no-post",
    ),
    pytest.param(
        "副组长兼办公室主任：张三 区政府办主任\n　　　李四 区发改委主任",
        [
            ("副组长", "张三", "区政府办主任"),
            ("办公室主任", "张三", "区政府办主任"),
            ("副组长", "李四", "区发改委主任"),
        ],
        id="two-roles-joined-by-jian-continuation-takes-the-first",
    ),
    pytest.param(
        "成员：（以姓氏笔画为序）李四 区发改委主任", [("成员", "李四", "区发改委主任")], id="order-remark-after-colon"
    ),
    pytest.param(
        "成员：区委办主任张三，区政府办主任李四，区发改委主任王五",
        [("成员", "张三", "区委办主任"), ("成员", "李四", "区政府办主任"), ("成员", "王五", "区发改委主任")],
        id="posts-then-names-separated-by-commas",
    ),
    pytest.param(
        "员：张三 区长\n副组长：李四 副区长\n成员和委员另行通知",
        [("副组长", "李四", "副区长")],
        id="lost-character-role-unclear-left-out",  # 员 could be 成员 or 委员: the document names both
    ),
]
assert_unique(ROWS)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_roster_round2_classes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert members(text) == expected


NOTHING_ROWS = [
    pytest.param("组长 负责全面工作", id="role-space-then-duty"),
    pytest.param("主任 张三 简历", id="role-space-name-then-no-post"),
    pytest.param("长：张三 区长", id="lost-character-with-no-roster-around"),
    pytest.param("市发展和改革委员会主任、党组书记张三出席会议。", id="department-head-is-no-roster"),
    pytest.param("市防汛指挥部副指挥长、副市长张三等同志检查工作。", id="titled-role-then-no-clean-name"),
    pytest.param("组长：区长\n副组长　分管副区长", id="roster-by-post-only"),
    pytest.param("成员单位　区发改委、区财政局", id="member-units-spaced"),
    pytest.param("成员：区发改委等", id="units-then-deng"),
    pytest.param("三、张三同志不再担任领导小组成员。", id="leaves-the-roster"),
    pytest.param("组长为区长，副组长为分管副区长。", id="role-wei-post-only"),
    pytest.param("成员由各部门分管负责人组成。", id="members-you-units-zucheng"),
    pytest.param("主任为张三。", id="role-that-is-a-title-wei-name"),
    pytest.param("张三为委员，李四为秘书长。", id="holder-wei-title-roles"),
    pytest.param("任命张三为区政府办公室主任。", id="appointment-to-a-department-office"),
    pytest.param("确定张三为组长候选人。", id="role-does-not-close-the-clause"),
    pytest.param("成员：（以姓氏笔画为序）各部门主要负责同志", id="order-remark-then-no-person"),
    pytest.param("成员：区委办主任张三参加，区政府办负责", id="comma-pieces-that-do-not-all-read"),
    pytest.param("张三任区发改委主任、党组书记。", id="appointment-with-dun-is-no-roster"),
    pytest.param("此前担任领导小组组长的张三调任他职。", id="past-role-in-a-modifier"),
]
assert_unique(NOTHING_ROWS)


@pytest.mark.parametrize("text", NOTHING_ROWS)
def test_rows_that_name_no_member(text: str) -> None:
    assert members(text) == []


def test_unclear_lost_role_is_left_out_with_a_warning() -> None:
    gazette = parse_text(
        "某县人民政府办公室关于成立某某工作领导小组的通知\n员：张三 县长\n副组长：李四 副县长\n成员和委员另行通知。\n"
    )
    assert [(m.role, m.person) for d in gazette.documents for m in d.members] == [("副组长", "李四")]
    found = [(w.code, w.line) for w in gazette.warnings if w.code == "roster-entry-unread"]
    assert found == [("roster-entry-unread", 2)]


def test_lost_role_label_is_read_through_the_api() -> None:
    gazette = parse_text("某县人民政府办公室关于成立某某工作领导小组的通知\n  长:张三 县长\n副组长:李四 副县长\n")
    assert [(m.role, m.person, m.line) for d in gazette.documents for m in d.members] == [
        ("组长", "张三", 2),
        ("副组长", "李四", 3),
    ]


ROLES = ["组长", "副组长", "总指挥", "召集人", "主任委员", "成员"]
SEPARATORS = ["：", ":", "　", " ", "  ", "：　", " : "]
NAMES = ["张三", "王　强", "欧阳明高", "李四"]
POSTS = ["区长", "区委副书记、区长", "区发改委主任"]


@given(
    role=st.sampled_from(ROLES),
    sep=st.sampled_from(SEPARATORS),
    spaced_role=st.booleans(),
    name=st.sampled_from(NAMES),
    post=st.sampled_from(POSTS),
    bracket=st.booleans(),
)
def test_every_separator_reads_the_same_member(
    role: str, sep: str, spaced_role: bool, name: str, post: str, bracket: bool
) -> None:
    """组长：张三 区长 / 组　长　张三　区长 / 组长:张三（区长）: one member, whatever the separators."""
    label = "　".join(role) if spaced_role else role
    entry = f"{name}（{post}）" if bracket else f"{name}　{post}"
    assert members(f"{label}{sep}{entry}") == [(role, name.replace("　", ""), post)]


ENTRIES = [("李四", "副区长"), ("王　五", "区委常委、常务副区长"), ("赵六", "区财政局局长"), ("钱七", "区教育局局长")]


@given(
    count=st.integers(min_value=1, max_value=4),
    indent=st.sampled_from(["", "　　　　", "        ", "\t"]),
    gap=st.sampled_from(["\n", "\n\n"]),
    between=st.sampled_from(["　", "  ", "\t", "（"]),
    label=st.sampled_from(["副组长：", "副 组 长:", "副组长　", "副组长（按姓氏笔画排序）："]),
)
def test_continuation_lines_inherit_the_role_in_every_layout(
    count: int, indent: str, gap: str, between: str, label: str
) -> None:
    """副组长：李四 副区长 then unlabelled lines, indented or not, blank lines or not: every person under
    副组长, none under 组长 (the role line before), whatever the layout."""
    lines = []
    for k, (name, post) in enumerate(ENTRIES[:count]):
        entry = f"{name}（{post}）" if between == "（" else f"{name}{between}{post}"
        lines.append(f"{label}{entry}" if k == 0 else f"{indent}{entry}")
    text = "组长：张三 区长" + gap + gap.join(lines)
    expected = [("组长", "张三", "区长")] + [("副组长", n.replace("　", ""), p) for n, p in ENTRIES[:count]]
    assert members(text) == expected
