"""Roster members and task unit notes by class, round 3 (issue 9).

Rosters: a remark printed where the post goes (（兼）, （正处级）, （试用期一年）) is no post; a post
wrapped onto the next line after its 、 is one post; and the forms that already read (tables in
tab, pipe and Markdown form, role sub-headings, minority names, Traditional pages) kept as rows
with the rows that must give no person (成员单位, posts without names).
Tasks: items run together in one paragraph keep no numbering in their text; notes closing
CLAUSES of one item (…（X负责）；…（Y负责）。) each close a task of their own, never one task led
by the last note's unit.

Each row is synthetic, written from a class of real notices (区/市 leading-group notices, 实施方案
task lists); none comes from a held-out text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from record_helpers import extract_members, extract_tasks
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks

Member = tuple[str, str, str | None]


def members(text: str) -> list[Member]:
    return [(m["role"], m["person"], m["post"]) for m in extract_members(split_blocks(text))]


def tasks(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    found, _warnings = extract_tasks(split_blocks(text), year=2024)
    return [(t["text"], t["lead_units"], t["support_units"], (t["deadline"] or {}).get("date")) for t in found]


MEMBER_ROWS = [
    # --- remarks where the post goes (fixed in this round) ---
    pytest.param("领导小组办公室主任：王五（兼）", [("办公室主任", "王五", None)], id="office-head-jian-is-no-post"),
    pytest.param(
        "办公室主任：王五（区发改委主任，兼）",
        [("办公室主任", "王五", "区发改委主任")],
        id="post-then-jian-keeps-the-post",
    ),
    pytest.param(
        "办公室主任：王五（区发改委主任、兼任）",
        [("办公室主任", "王五", "区发改委主任")],
        id="post-then-jianren-dun",
    ),
    pytest.param(
        "组长：张三（正处级）\n副组长：李四（试用期一年）",
        [("组长", "张三", None), ("副组长", "李四", None)],
        id="rank-and-trial-are-no-post",
    ),
    pytest.param("成员：赵六（挂职）", [("成员", "赵六", None)], id="guazhi-is-no-post"),
    pytest.param(
        "副组长：李四（副区长，试用期一个月）",
        [("副组长", "李四", "副区长")],
        id="trial-period-after-the-post",
    ),
    pytest.param(
        "组长：张三（区长兼职能办主任）",
        [("组长", "张三", "区长兼职能办主任")],
        id="jian-inside-a-post-is-kept",
    ),
    # --- holders joined by 和 in a 由…担任 clause (fixed in this round: was one false post) ---
    pytest.param(
        "组长由区委副书记、区长张三同志担任，副组长由区委常委、常务副区长李四同志和副区长王五同志担任。",
        [
            ("组长", "张三", "区委副书记、区长"),
            ("副组长", "李四", "区委常委、常务副区长"),
            ("副组长", "王五", "副区长"),
        ],
        id="you-danren-holders-joined-by-he",
    ),
    pytest.param(
        "副组长由副区长李四和副区长王五担任。",
        [("副组长", "李四", "副区长"), ("副组长", "王五", "副区长")],
        id="you-danren-posts-and-names-joined-by-he",
    ),
    pytest.param(
        "副组长由李四和王五同志担任。", [("副组长", "李四", None), ("副组长", "王五", None)], id="names-joined-by-he"
    ),
    pytest.param(
        "办公室主任由区委办和区政府办主任张三兼任。",
        [("办公室主任", "张三", "区委办和区政府办主任")],
        id="he-inside-a-post-is-kept",
    ),
    pytest.param("副组长由李四同志和区发改委有关负责同志担任。", [], id="he-joins-a-holder-not-a-person"),
    # --- a space, then a short post with a bracket (fixed in this round: gave nothing) ---
    pytest.param("组长：张三 区长（正处级）", [("组长", "张三", "区长（正处级）")], id="short-post-then-rank-bracket"),
    pytest.param(
        "组长：张三 区长（试用期一年）\n副组长：李四 副区长",
        [("组长", "张三", "区长（试用期一年）"), ("副组长", "李四", "副区长")],
        id="short-post-then-trial-bracket",
    ),
    pytest.param(
        "成员：赵六（区发改委）钱七（区财政局）",
        [("成员", "赵六", "区发改委"), ("成员", "钱七", "区财政局")],
        id="bracketed-posts-run-together",
    ),
    # --- a post wrapped after its separator (fixed in this round) ---
    pytest.param(
        "组长：张三　　市委常委、\n　　　　　　　常务副市长\n副组长：李四　市政府副秘书长",
        [("组长", "张三", "市委常委、常务副市长"), ("副组长", "李四", "市政府副秘书长")],
        id="post-wrapped-after-dun",
    ),
    pytest.param(
        "成员：王五　区发改委主任、\n　　　区统计局局长\n　　　赵六　区财政局局长",
        [("成员", "王五", "区发改委主任、区统计局局长"), ("成员", "赵六", "区财政局局长")],
        id="post-wrapped-then-next-entry",
    ),
    # --- forms that read: kept so they stay read ---
    pytest.param(
        "组　长：张　三　　区委副书记、区长\n副组长：李　四　　副区长\n成　员：王　五　　区发改委主任\n　　　　赵六　　区财政局局长",
        [
            ("组长", "张三", "区委副书记、区长"),
            ("副组长", "李四", "副区长"),
            ("成员", "王五", "区发改委主任"),
            ("成员", "赵六", "区财政局局长"),
        ],
        id="spaced-roles-spaced-names-continuation",
    ),
    pytest.param(
        "职务|姓名|单位及职务\n组长|张三|区长\n副组长|李四|副区长",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="pipe-table-without-outer-bars",
    ),
    pytest.param(
        "姓　名\t职　务\t小组职务\n张　三\t区长\t组　长\n李　四\t副区长\t副组长",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长")],
        id="tab-table-role-last-spaced-cells",
    ),
    pytest.param(
        "| 小组职务 | 姓名 | 单位及职务 |\n|---|---|---|\n| 组长 | 张三 | 区长 |\n| 副组长 | 李四 | 副区长 |\n|  | 王五 | 区委常委 |",
        [("组长", "张三", "区长"), ("副组长", "李四", "副区长"), ("副组长", "王五", "区委常委")],
        id="markdown-merged-role-cell",
    ),
    pytest.param(
        "总指挥：张三 市长\n成员：\n（一）综合协调组\n组长：王五 市政府秘书长\n成员：赵六 市政府办公室主任",
        [
            ("总指挥", "张三", "市长"),
            ("组长", "王五", "市政府秘书长"),
            ("成员", "赵六", "市政府办公室主任"),
        ],
        id="working-group-sub-heading-opens-its-own-roles",
    ),
    pytest.param(
        "组长：欧阳建国 区长\n成员：买买提·艾力 区民宗局局长",
        [("组长", "欧阳建国", "区长"), ("成员", "买买提·艾力", "区民宗局局长")],
        id="compound-surname-and-dotted-name",
    ),
    pytest.param(
        "组长：市委常委、常务副市长　张三\n副组长：市政府副秘书长　李四",
        [("组长", "张三", "市委常委、常务副市长"), ("副组长", "李四", "市政府副秘书长")],
        id="posts-before-the-name-spaced",
    ),
    pytest.param(
        "一、组成人员\n（一）组长：张三，区长\n（三）成员：王五，区发改委主任；赵六，区财政局局长",
        [("组长", "张三", "区长"), ("成员", "王五", "区发改委主任"), ("成员", "赵六", "区财政局局长")],
        id="numbered-role-lines-semicolon-entries",
    ),
    # --- what must give no person ---
    pytest.param("成员单位：区发改委、区财政局、区人社局、区住建局。", [], id="member-units-give-no-person"),
    pytest.param("成员：区发改委主任、区财政局局长、区教育局局长", [], id="posts-without-names"),
    pytest.param("成员：各镇（街道）主要负责人", [], id="heads-of-units-by-post"),
    pytest.param("张三　区长　组长\n李四　副区长　副组长", [], id="no-role-word-before-a-colon-no-header"),
]
assert_unique(MEMBER_ROWS)


@pytest.mark.parametrize(("text", "expected"), MEMBER_ROWS)
def test_members(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


TASK_ROWS = [
    # --- several notes in one item (fixed in this round) ---
    pytest.param(
        "1.推进项目建设，2024年6月底前完成开工（区发改委负责）；推进老旧小区改造，年底前完成（区住建局负责）。",
        [
            ("推进项目建设，2024年6月底前完成开工", ["区发改委"], [], "2024-06-30"),
            ("推进老旧小区改造，年底前完成", ["区住建局"], [], "2024-12-31"),
        ],
        id="notes-closing-clauses-each-a-task",
    ),
    pytest.param(
        "1.推进项目建设（区发改委牵头，区财政局配合）；推进老旧小区改造（区住建局牵头）。",
        [("推进项目建设", ["区发改委"], ["区财政局"], None), ("推进老旧小区改造", ["区住建局"], [], None)],
        id="notes-closing-clauses-lead-and-support",
    ),
    pytest.param(
        "1.推进项目建设（2024年）；推进老旧小区改造（区住建局负责）。",
        [("推进项目建设（2024年）；推进老旧小区改造", ["区住建局"], [], None)],
        id="a-bracket-that-names-no-unit-splits-nothing",
    ),
    # --- a unit note, then its deadline in a bracket of its own (fixed in this round) ---
    pytest.param(
        "1.加快推进项目建设。（区发改委牵头，区财政局配合）（完成时限：2024年6月底前）",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], "2024-06-30")],
        id="verb-note-then-keyed-deadline-bracket",
    ),
    pytest.param(
        "1.加快推进项目建设。（责任单位：区发改委，配合单位：区财政局）（2024年6月底前完成）",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], "2024-06-30")],
        id="keyed-note-then-bare-deadline-bracket",
    ),
    pytest.param(
        "1.加快推进项目建设。（区发改委负责）（长期坚持）",
        [("加快推进项目建设。", ["区发改委"], [], None)],
        id="verb-note-then-ongoing-bracket",
    ),
    pytest.param(
        "1.加快推进项目建设。（详见附件）（2024年6月底前完成）", [], id="deadline-after-a-bracket-naming-no-unit"
    ),
    pytest.param(
        "1.加快推进项目建设。（区发改委负责，2024年3月底前完成）（2024年6月底前完成）",
        [],
        id="two-deadlines-which-is-unclear",
    ),
    # --- the bare verbs as keys (fixed in this round) ---
    pytest.param(
        "1.加快推进项目建设。（牵头：区发改委；配合：区财政局）",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], None)],
        id="bare-verb-keys-in-a-note",
    ),
    pytest.param(
        "1.加快推进项目建设。\n牵头：区发改委\n配合：区财政局、区住建局",
        [("加快推进项目建设。", ["区发改委"], ["区财政局", "区住建局"], None)],
        id="bare-verb-keys-as-field-lines",
    ),
    pytest.param("1.加快推进项目建设，由区发改委牵头：负责统筹协调。", [], id="verb-before-a-colon-in-prose"),
    # --- a task table in pipes without outer bars (fixed in this round) ---
    pytest.param(
        "序号|工作任务|责任单位|完成时限\n1|加快推进项目建设|区发改委|2024年6月底\n2|推进老旧小区改造|区住建局|2024年12月底",
        [
            ("加快推进项目建设", ["区发改委"], [], "2024-06-30"),
            ("推进老旧小区改造", ["区住建局"], [], "2024-12-31"),
        ],
        id="bare-pipe-task-table",
    ),
    pytest.param(
        "序号|工作任务|牵头单位|配合单位\n1|加快推进项目建设|区发改委|区财政局\n注：以上任务按月报送进展。",
        [("加快推进项目建设", ["区发改委"], ["区财政局"], None)],
        id="bare-pipe-table-then-a-note",
    ),
    pytest.param("姓名|单位|职务\n张三|区政府|区长", [], id="bare-pipe-table-of-people-is-no-task-table"),
    # --- items run together keep no numbering (fixed in this round) ---
    pytest.param(
        "（一）加快推进项目建设。（区发改委牵头，区财政局配合）（二）推进老旧小区改造。（区住建局牵头）",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], None), ("推进老旧小区改造。", ["区住建局"], [], None)],
        id="run-together-chinese-numbered",
    ),
    pytest.param(
        "1.加快推进项目建设。（责任单位：区发改委；完成时限：2024年6月底前）2.推进老旧小区改造。（责任单位：区住建局；完成时限：2024年12月底前）",
        [
            ("加快推进项目建设。", ["区发改委"], [], "2024-06-30"),
            ("推进老旧小区改造。", ["区住建局"], [], "2024-12-31"),
        ],
        id="run-together-arabic-numbered-keyed",
    ),
    pytest.param(
        "①加快推进项目建设。（区发改委牵头）②推进老旧小区改造。（区住建局牵头）",
        [("加快推进项目建设。", ["区发改委"], [], None), ("推进老旧小区改造。", ["区住建局"], [], None)],
        id="run-together-circled",
    ),
    # --- every form of a note that reads: kept so they stay read ---
    pytest.param(
        "１．加快推进项目建设。（责任单位：区发改委；完成时限：２０２４年６月底前）",
        [("加快推进项目建设。", ["区发改委"], [], "2024-06-30")],
        id="full-width-digits",
    ),
    pytest.param(
        "1.加快推进项目建设。[责任单位:区发改委]",
        [("加快推进项目建设。", ["区发改委"], [], None)],
        id="square-bracket-ascii-colon",
    ),
    pytest.param(
        "2.推进老旧小区改造。〔责任单位：区住建局〕",
        [("推进老旧小区改造。", ["区住建局"], [], None)],
        id="tortoise-shell-bracket",
    ),
    pytest.param(
        "1.加快推进项目建设。（牵头单位：区发改委　配合单位：区财政局　完成时限：2024年6月）",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], "2024-06-30")],
        id="keys-separated-by-spaces",
    ),
    pytest.param(
        "1.加快推进项目建设。（牵头领导：张三；牵头单位：区发改委；配合单位：区财政局）",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], None)],
        id="leader-key-is-no-unit",
    ),
    pytest.param(
        "1.加快推进项目建设。（区发改委牵头，各相关部门按职责分工负责，2024年底前完成）",
        [("加快推进项目建设。", ["区发改委"], ["各相关部门"], "2024-12-31")],
        id="verb-note-with-deadline",
    ),
    pytest.param(
        "1.加快推进项目建设。\n责任单位：区发改委\n配合单位：区财政局\n完成时限：2024年9月底",
        [("加快推进项目建设。", ["区发改委"], ["区财政局"], "2024-09-30")],
        id="field-lines-below-the-item",
    ),
    # --- what must give no task ---
    pytest.param("1.加快推进项目建设。（2024年）", [], id="year-bracket-is-no-note"),
    pytest.param("1.加快推进项目建设。（详见附件）", [], id="see-attachment-is-no-note"),
]
assert_unique(TASK_ROWS)


@pytest.mark.parametrize(("text", "expected"), TASK_ROWS)
def test_tasks(text: str, expected: list[tuple[str, list[str], list[str], str | None]]) -> None:
    assert tasks(text) == expected


def test_traditional_roster_through_the_api() -> None:
    text = "關於成立區安全生產領導小組的通知\n\n組　長：張三　區長\n副組長：李四（兼）\n成　員：王五　區發改委主任\n"
    gazette = parse_text(text)
    found = [(m.role, m.person, m.post) for d in gazette.documents for m in d.members]
    assert found == [("组长", "张三", "区长"), ("副组长", "李四", None), ("成员", "王五", "区发改委主任")]


NAMES = ["张三", "李四", "王五", "欧阳建国"]
REMARKS = ["兼", "兼任", "正处级", "副县级", "试用期一年", "挂职"]


@given(
    name=st.sampled_from(NAMES), post=st.sampled_from(["区长", "区发改委主任", None]), remark=st.sampled_from(REMARKS)
)
def test_a_remark_never_becomes_the_post(name: str, post: str | None, remark: str) -> None:
    bracket = f"{post}，{remark}" if post else remark
    assert members(f"成员：{name}（{bracket}）") == [("成员", name, post)]


@given(first=st.sampled_from(["市委常委", "区委副书记"]), second=st.sampled_from(["常务副市长", "代区长"]))
def test_a_wrapped_post_is_one_post(first: str, second: str) -> None:
    text = f"组长：张三　　{first}、\n　　　　　　　{second}\n副组长：李四　副区长"
    assert members(text) == [("组长", "张三", f"{first}、{second}"), ("副组长", "李四", "副区长")]
