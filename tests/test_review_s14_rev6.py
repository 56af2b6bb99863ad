"""Session 14 review (rev6): hostile inputs against the record rules merged this session (appointments round 20,
rosters round 14). Each row failed before its fix; rows marked xfail(strict) fail because of code in
``records/appointments.py`` that another engineer is cutting into modules now: they are described in the
review's report and fixed by the lead after the cut.

Fixed here (``records/rosters.py``):

1. ``_table_members`` (round 14: a roster table flattened one cell to a line) looked for the header around every
   姓名 line, scanning the whole run of header cells each time: a run of n 姓名 lines was quadratic (8,000 lines:
   117 s in ``extract_members``). The run's header is the same for every 姓名 in it: the scan goes on after its end.
2. ``_bracket_role_entry`` (round 14: 张三（组长）　县长) took any text after the name as the post: 张三（组长）
   负责全面工作 gave the post 负责全面工作. The post must read as one (``_post_like``, as for a spaced role line).
3. ``_spaced_run_segments`` (round 14: …组成人员如下：组长 张三 县长；副组长 …) read a proposed composition
   (拟调整组成人员如下： / 建议… / 提名…) as members. A lead with a proposal's word (PROPOSAL_LEADS) gives none.
4. A document titled as a proposal of the composition (关于拟调整某某领导小组成员的公示) gave its people as members in
   every form (older, and round 14's title-as-heading and flat table with it); ``_drafts`` now reads such a title as
   a draft's (ROSTER_PROPOSAL_WORDS + ROSTER_PROPOSED_TITLE_VERBS in ``vocab/roster_guards.py``).
5. ``_ranked_holder`` (round 14: 中华医学会张三研究员) took a verb as the institution (来自北京大学张三教授 → post
   来自北京大学), and ``_counted_roles`` cut at any count (round 14), so 成员包括张三教授等5人在内的候选名单 gave a
   candidate as a member: the count closes the holders only before a comma or the end.

Left to the lead (strict xfail rows until the appointments module was cut, then fixed by the lead; the rows now
pass): ``_cell_per_line_rows`` was quadratic in a run of 姓名 lines (older than this session); the accountability rule
of round 20 put the words before 对 / 要求 into the post (建议对张三（某局局长）予以免职 → remove 张三 "建议某局局长": a
proposal stated as done, and a key word inside the post); 经选举当选为副县长 gave the person 当选 (older); a
任前公示的公告 title did not guard its table.
"""

from __future__ import annotations

import pytest
from record_helpers import notice_changes
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.layout.blocks import Block
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import extract_appointments
from gazette_extract.records.rosters import extract_members

ROSTER_HEAD = "某县人民政府办公室关于调整某某工作领导小组成员的通知\n\n"


def _blocks(*texts: str) -> list[Block]:
    return [Block("paragraph", t, i + 1, i + 1 + t.count("\n")) for i, t in enumerate(texts)]


def _members(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_str(ROSTER_HEAD + text + "\n")
    return [(m["role"], m["person"], m.get("post")) for d in result["documents"] for m in d["members"]]


# --------------------------------------------------------------------------------------------------------------
# 1. Linearity
# --------------------------------------------------------------------------------------------------------------

_FLAT_TABLE = [
    "序号",
    "姓名",
    "单位及职务",
    "领导小组职务",
    "1",
    "张三",
    "县长",
    "组长",
    "2",
    "李四",
    "副县长",
    "副组长",
]


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param(["姓名"], id="xingming-run"),
        pytest.param(["序号", "姓名"], id="serial-and-name-run"),
        pytest.param(["姓名", "单位", "职务", "姓名"], id="header-run-repeated-name"),
        pytest.param(["姓名", "联系电话"], id="refused-header-run"),
    ],
)
def test_flat_table_header_run_is_linear(cells):
    # 16,000 header lines (before the fix, 8,000 took 117 s), then a true table: still read
    blocks = _blocks("组长：王五", *(cells * (16_000 // len(cells))), *_FLAT_TABLE)
    with finishes_within(10):
        found = [(m.role, m.person, m.post) for m in extract_members(blocks)]
    assert ("组长", "王五", None) in found


def test_flat_table_after_header_run_still_read():
    blocks = _blocks("组长：王五", *(["姓名"] * 50), "某某", *_FLAT_TABLE)
    found = [(m.role, m.person, m.post) for m in extract_members(blocks)]
    assert ("组长", "张三", "县长") in found and ("副组长", "李四", "副县长") in found


def test_cell_per_line_rows_is_linear():
    """appointments._cell_per_line_rows looked back and forward over the whole run of header cells for each
    姓名 in it (5,333 lines: 4.6 s, ×4.7 per doubling); a run that opens no table is now passed whole."""
    with finishes_within(5):
        extract_appointments(_blocks(*(["姓名"] * 16_000)))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("●成员——张三—县长\n" * 6_000, id="bullets-dashes"),
        pytest.param("成员：\n" + "张 建 国 　 县 长\n" * 6_000, id="letter-spaced-lines"),
        pytest.param("成员：\n" + "张 建 国 县 长\n" * 6_000, id="letter-spaced-glued"),
        pytest.param("成员：" + "张 建 国 　 " * 10_000, id="letter-spaced-one-line"),
        pytest.param("组成人员如下：" + "组长 张三 县长；" * 10_000, id="spaced-run-long"),
        pytest.param("张三（组长）　县长\n\n" * 6_000, id="bracket-role-rows"),
        pytest.param("委员会成员包括" + "中华医学会张三研究员、" * 8_000 + "等17人。", id="ranked-holders"),
        pytest.param("成员：\n" + "（一）县直部门\n" * 8_000, id="subheadings"),
        pytest.param("成员：\n" + "（按姓氏笔画为序）\n" * 8_000, id="order-remarks"),
        pytest.param("县地方志编纂委员会办公室主任" * 6_000 + "张三汇报。", id="office-posts"),
        pytest.param("一、组长\n" * 16_000, id="numbered-roles"),
        pytest.param(
            "序号\n姓名\n单位及职务\n领导小组职务\n" + "1\n张三\n县财政局局长\n成员\n" * 4_000, id="flat-table"
        ),
    ],
)
def test_roster_round14_forms_are_linear(text):
    with finishes_within(20):
        _members(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("张三" + "于昨日" * 30_000 + "辞去处长。", id="yu-time-words"),
        pytest.param("张三" + "日前近日今天昨日已正式已经" * 8_000 + "辞去处长。", id="time-adverbs"),
        pytest.param("张三接替李四，" * 15_000, id="jieti-no-post"),
        pytest.param("张三辞去" + "某公司董事、" * 15_000 + "相应职务。", id="posts-xiangying"),
        pytest.param("消息称，" + "张三任中石化董事长、" * 10_000, id="rumour-list"),
        pytest.param("要求" + "张三（某局局长、副局长）、" * 8_000 + "引咎辞职。", id="accountability-list"),
        pytest.param("对某局局长" * 20_000 + "张三给予撤职处分。", id="accountability-posts"),
        pytest.param("张三调至某局任" * 15_000, id="diaozhi-ren"),
        pytest.param("即张三而李四同时另" * 10_000 + "当选会长。", id="connectives"),
        pytest.param("张三拟任" * 25_000 + "处长。", id="ni-ren"),
        pytest.param("张三晋升升为调升为提升为" * 8_000, id="promotion-verbs"),
    ],
)
def test_appointment_round20_forms_are_linear(text):
    with finishes_within(20):
        notice_changes(text)


# --------------------------------------------------------------------------------------------------------------
# 2. Rosters round 14: a role in brackets beside a duty, not a post (fixed)
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duty after the name is no post: nothing stated rather than a false post
        pytest.param("张三（组长）　负责全面工作\n\n李四（副组长）　负责日常工作", [], id="duty-after-bracket"),
        pytest.param("张三（组长）负责全面工作\n\n李四（副组长）负责日常工作", [], id="duty-glued"),
        pytest.param("张三(组长) 负责全面工作\n\n李四(副组长) 负责日常工作", [], id="duty-halfwidth"),
        pytest.param("張三（組長）　負責全面工作\n\n李四（副組長）　負責日常工作", [], id="duty-traditional"),
        pytest.param("张三　负责全面工作（组长）\n\n李四　分管日常工作（副组长）", [], id="duty-role-last"),
        pytest.param("张三（组长）　联系全县工作\n\n李四（副组长）　联系乡镇工作", [], id="duty-contact"),
        # a post still read, role after the name or after the post
        pytest.param(
            "张三（组长）　县长\n\n李四（副组长）　副县长",
            [("组长", "张三", "县长"), ("副组长", "李四", "副县长")],
            id="post-after-bracket",
        ),
        pytest.param(
            "张三　县长（组长）\n\n李四　副县长（副组长）",
            [("组长", "张三", "县长"), ("副组长", "李四", "副县长")],
            id="post-role-last",
        ),
        pytest.param(
            "张三(组长) 县长\n\n李四(副组长) 副县长",
            [("组长", "张三", "县长"), ("副组长", "李四", "副县长")],
            id="post-halfwidth",
        ),
        # negatives: no roster
        pytest.param("张三（组长）主持会议\n\n李四（副组长）作报告", [], id="meeting-story"),
        pytest.param("出席会议的有：张三（组长）　县长\n李四（副组长）　副县长", [], id="attendance-list"),
        pytest.param("拟任人选：张三（组长）　县长\n李四（副组长）　副县长", [], id="nominees"),
    ],
)
def test_bracket_role_rows(text, expected):
    assert _members(text) == expected


# --------------------------------------------------------------------------------------------------------------
# 3. Rosters round 14: a run of spaced roles after a lead that proposes the composition (fixed)
# --------------------------------------------------------------------------------------------------------------

_RUN = "组长 张三 县长；副组长 李四 副县长。"
_RUN_MEMBERS = [("组长", "张三", "县长"), ("副组长", "李四", "副县长")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        pytest.param("拟调整组成人员如下：", [], id="ni-tiaozheng"),
        pytest.param("经研究，拟调整领导小组组成人员如下：", [], id="ni-after-sentence"),
        pytest.param("建议组成人员如下：", [], id="jianyi"),
        pytest.param("现提名组成人员如下：", [], id="timing"),
        pytest.param("推荐组成人员如下:", [], id="tuijian-halfwidth-colon"),
        pytest.param("擬調整組成人員如下：組長 張三 縣長；副組長 李四 副縣長。", [], id="ni-traditional"),
        # decided or published: members as before
        pytest.param("组成人员如下：", _RUN_MEMBERS, id="plain-lead"),
        pytest.param("经研究，决定调整组成人员如下：", _RUN_MEMBERS, id="decided-lead"),
        pytest.param("现将组成人员公示如下：", _RUN_MEMBERS, id="published-lead"),
        pytest.param("拟调整工作已完成。调整后组成人员如下：", _RUN_MEMBERS, id="proposal-in-earlier-sentence"),
    ],
)
def test_spaced_run_after_a_proposal(lead, expected):
    assert _members(lead if "；" in lead else lead + _RUN) == expected  # a Traditional row carries its own run


_ROWS = "张三　区长　组长\n李四　副区长　副组长"
_COLON = "组长：张三　县长\n副组长：李四　副县长"
_TABLE = "\n".join(_FLAT_TABLE)
_ROW_MEMBERS = [("组长", "张三", "区长"), ("副组长", "李四", "副区长")]
_COLON_MEMBERS = [("组长", "张三", "县长"), ("副组长", "李四", "副县长")]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a title proposing the composition: no member, whichever form the roster takes (fixed)
        pytest.param("关于拟调整某某领导小组成员名单的公示", _ROWS, [], id="ni-rows-under-title"),
        pytest.param("关于拟调整某某领导小组成员的公示", _COLON, [], id="ni-colon"),
        pytest.param("关于拟调整某某领导小组成员的公示", _TABLE, [], id="ni-flat-table"),
        pytest.param(
            "关于拟增补某某领导小组成员的公示", "张三（组长）　县长\n\n李四（副组长）　副县长", [], id="ni-bracket"
        ),
        pytest.param("关于建议组建某某工作专班的报告", _COLON, [], id="jianyi-zujian"),
        pytest.param("关于拟成立某某工作领导小组的请示", _COLON, [], id="ni-chengli"),
        pytest.param(
            "關於擬調整某某領導小組成員的公示", "組長：張三　縣長\n副組長：李四　副縣長", [], id="traditional"
        ),
        # decided, or 拟 that proposes nothing: members as before
        pytest.param("关于调整某某领导小组成员名单的通知", _ROWS, _ROW_MEMBERS, id="decided-rows"),
        pytest.param("关于调整某某领导小组成员的通知", _COLON, _COLON_MEMBERS, id="decided-colon"),
        pytest.param("某县应急模拟调整演练领导小组成员名单", _COLON, _COLON_MEMBERS, id="moni"),
    ],
)
def test_proposed_roster_title(title, body, expected):
    result = extract_str(f"{title}\n\n{body}\n")
    assert [(m["role"], m["person"], m.get("post")) for d in result["documents"] for m in d["members"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb before the institution: no institution (fixed)
        pytest.param("委员会成员包括来自北京大学张三教授等5人。", [], id="laizi"),
        pytest.param("委员会成员包括来自北京大学张三教授、清华大学李四研究员等5人。", [], id="laizi-list"),
        pytest.param("委员会成员包括就职于中华医学会张三研究员等5人。", [], id="jiuzhiyu"),
        pytest.param("委員會成員包括來自北京大學張三教授等5人。", [], id="laizi-traditional"),
        # the count inside a longer noun: a candidates' list, no member (fixed)
        pytest.param("委员会成员包括张三教授等5人在内的候选名单已公示。", [], id="count-inside-noun"),
        pytest.param("委员会成员包括北京大学张三教授等5名在内的人选正在考察。", [], id="count-inside-noun-ming"),
        # round 14's reading kept
        pytest.param("委员会成员包括中华医学会张三研究员等17人。", [("成员", "张三", "中华医学会")], id="ranked"),
        pytest.param(
            "委员会成员包括北京大学张三教授等17人，他们来自全国各地。", [("成员", "张三", "北京大学")], id="count-comma"
        ),
        pytest.param(
            "委员会成员包括北京大学张三教授、清华大学李四研究员等17人。",
            [("成员", "张三", "北京大学"), ("成员", "李四", "清华大学")],
            id="ranked-list",
        ),
    ],
)
def test_ranked_holders(text, expected):
    assert _members(text) == expected


# --------------------------------------------------------------------------------------------------------------
# 4. Near misses that must give no record (guards; all pass)
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("张三拟任某县财政局局长。", id="nitren"),
        pytest.param("张三拟出任某县财政局局长，李四拟任副局长。", id="ni-chuen"),
        pytest.param("经研究，提名张三为某县财政局局长人选。", id="timing"),
        pytest.param("张三作为某县财政局局长考察对象，现予以公示。", id="kaocha"),
        pytest.param("任前公示：张三，现任某县财政局副局长，拟任某县财政局局长。", id="renqian-gongshi"),
        pytest.param("张三，男，汉族，曾任某县财政局局长、某县发改委主任，历任某县副县长。", id="biography"),
        pytest.param("张三曾于日前辞去某县财政局局长职务。", id="ceng-yu-riqian"),
        pytest.param("网传张三近日出任某县财政局局长。", id="rumour-wangchuan"),
        pytest.param("据悉，有消息称张三日前已调任某县财政局局长。", id="rumour-xiaoxi"),
        pytest.param("会议研究了干部任免事项，讨论了张三任某县财政局局长的议题。", id="meeting-discussed"),
        pytest.param("张三将于近日辞去某县财政局局长职务。", id="future"),
        pytest.param("张三拟于近日辞去某县财政局局长职务。", id="ni-yu"),
        pytest.param("网传对张三（某局局长）予以免职。", id="rumour-accountability"),
        pytest.param("对张三（某局局长）给予警告处分。", id="warning-not-removal"),
        pytest.param("张三出掌中石油已成定局的说法不实。", id="denied"),
        pytest.param("张三接替李四，成为球队主力。", id="jieti-no-post"),
        pytest.param("张三接替李四，任务艰巨。", id="jieti-renwu"),
        pytest.param("会上，张三则表示将继续做好工作。", id="ze-story"),
        pytest.param("张三调至某县财政局工作，任职期间表现突出。", id="diaozhi-gongzuo"),
        pytest.param("张三辞去相应职务。", id="xiangying-only"),
        pytest.param("张三有望出任某县财政局局长。", id="youwang"),
        pytest.param("张三日前否认将出任某县财政局局长。", id="denies"),
        pytest.param("张三，曾任某县财政局局长，日前辞去某县发改委主任职务的传闻不实。", id="bio-rumour"),
    ],
)
def test_near_misses_give_no_appointment(text):
    assert notice_changes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("联系人：张三　办公室主任\n联系人：李四　科长", id="contact-list"),
        pytest.param("●联系人——张三—办公室主任\n●联系电话——12345678", id="contact-bullets"),
        pytest.param("参会人员：张三　县长\n李四　副县长", id="attendance"),
        pytest.param("会议议程：组长 张三 讲话；副组长 李四 作报告。", id="agenda-spaced-run"),
        pytest.param("会议由组长 张三 主持；副组长 李四 作报告。", id="meeting-spaced-run"),
        pytest.param("张 建 国 　 县 长 讲 话", id="letter-spaced-headline"),
        pytest.param("会议邀请了北京大学张三教授、清华大学李四研究员等17人参加。", id="invited-experts"),
        pytest.param("县地方志编纂委员会办公室主任杨亚楠汇报工作。", id="office-director"),
        pytest.param("一、组长\n负责全面工作\n二、副组长\n负责日常工作", id="numbered-duties"),
        pytest.param("成员：扎西镇镇长、达娃乡乡长", id="syllabic-place-posts"),
        pytest.param(
            "序号\n姓名\n单位\n职务\n联系电话\n1\n张三\n县财政局\n局长\n12345678\n2\n李四\n县教育局\n局长\n12345679",
            id="staff-table",
        ),
    ],
)
def test_near_misses_give_no_member(text):
    assert _members(text) == []


# --------------------------------------------------------------------------------------------------------------
# 5. Appointments (records/appointments/, cut this session): rows the lead fixed after the cut
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("建议对张三（某局局长）予以免职。", id="jianyi-dui"),
        pytest.param("市纪委建议对张三（某局局长）予以免职。", id="body-jianyi-dui"),
        pytest.param("建議對張三（某局局長）予以免職。", id="jianyi-traditional"),
        pytest.param("建议对张三(某局局长)予以免职。", id="jianyi-halfwidth"),
        pytest.param("拟对张三（某局局长，正处级）予以免职。", id="ni-dui"),
        pytest.param("建议对张三（某局局长）责令辞职。", id="jianyi-zeling"),
        pytest.param("拟对某局局长张三给予撤职处分。", id="ni-chezhi"),
        pytest.param("拟要求张三（某局局长）引咎辞职。", id="ni-yaoqiu"),
        pytest.param("网民要求张三（某局局长）引咎辞职。", id="netizens-demand"),
    ],
)
def test_accountability_proposed_or_demanded(text):
    """Round 20's accountability rule had read the words before 对/要求 into the post and stated a proposed or
    demanded measure as done; a proposal or a demand there (vocab ACCOUNTABILITY_NOT_DECIDED) now gives nothing."""
    assert notice_changes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decided: the post without the words before 对 (these pass today, and must keep passing)
        pytest.param("对张三（某局局长）予以免职。", [("remove", "张三", "某局局长")], id="decided"),
        pytest.param("经研究，对张三（某局局长）予以免职。", [("remove", "张三", "某局局长")], id="decided-lead"),
        pytest.param("对某局局长张三给予撤职处分。", [("remove", "张三", "某局局长")], id="decided-chezhi"),
    ],
)
def test_accountability_decided(text, expected):
    assert notice_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("张三经选举当选为副县长。", id="name-glued"),
        pytest.param("张三，经选举当选为副县长。", id="name-comma"),
        pytest.param("张三被提名为副县长候选人，经选举当选为副县长。", id="after-nomination"),
    ],
)
def test_dangxuan_never_a_person(text):
    """经选举当选为X had read 选举 + the person 当选 + 为X (older than the session; fixed by the lead after the cut:
    a verb of the grammar is never a person, and the manner 经选举 before 当选 is dropped)."""
    assert "当选" not in [person for _action, person, _post in notice_changes(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("张三经选举当选为副县长。", id="jing-xuanju"),
        pytest.param("张三经过差额选举当选为副县长。", id="jingguo-chae"),
        pytest.param("張三經選舉當選為副縣長。", id="traditional"),
    ],
)
def test_elected_by_vote_reads_the_person(text):
    assert notice_changes(text) == [("appoint", "张三", "副县长")]


_PUBLIC_NOTICE_TABLE = "姓名\n现任职务\n拟任职务\n张三\n某局副局长\n某局局长\n李四\n某局科长\n某局副局长"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a 任前公示 page states no change (FORMAT.md): guarded today for these titles
        pytest.param("某县干部任前公示", [], id="renqian-gongshi"),
        pytest.param("关于张三等同志的任前公示", [], id="de-renqian-gongshi"),
        pytest.param("某县领导干部任职前公示", [], id="renzhiqian"),
        pytest.param("某县干部任前公示公告", [], id="gongshi-gonggao"),
        # 的 between 公示 and 公告 had slipped past _PUBLIC_NOTICE_TITLE_RE (anchored at $): the proposed posts of
        # the table were given as appointments (older than this session; fixed by the lead after the cut)
        pytest.param(
            "关于张三等同志任前公示的公告",
            [],
            id="gongshi-de-gonggao",
        ),
        pytest.param(
            "关于某某等同志任职前公示的通告",
            [],
            id="gongshi-de-tonggao",
        ),
    ],
)
def test_public_notice_table_states_no_change(title, expected):
    result = extract_str(f"{title}\n\n{_PUBLIC_NOTICE_TABLE}\n")
    assert [(a["action"], a["person"]) for d in result["documents"] for a in d["appointments"]] == expected
