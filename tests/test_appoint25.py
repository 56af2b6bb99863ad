"""Appointments round 25 (issue 9, session 18): personnel pages of layouts the corpus lacked.

Twenty new dev pages (university, hospital and academy announcements, youth-league and township elections, company
resignations, SOE and provincial roundups) showed these classes; each is tested over its variants, with rows that
must give nothing:
* a remark on how the post is held after a name of a list (庞艳杰（挂职）、方志欣（兼职）为副书记; vocab NAME_REMARK_LEADS);
* the oath's object where a new holder's name would stand (新当选镇长向宪法宣誓; vocab OATH_SLOT_PHRASES) — no person;
* a three-character name first in its clause with a surname or last character the lists read only in a bounded slot,
  closed by 同志 or 任 (项延训同志任X, 别必雄任X, 李金科任X; vocab BOUNDED_SURNAMES, BOUNDED_SURNAME_WORDS);
* the reason for leaving between the person and 不再担任 (由于A同志已到退休年龄,故不再担任X; vocab LEAVING_GROUND_LEADS,
  LEAVING_REASON_OPENERS, LEAVING_AFTER_CONNECTIVES);
* an election told in a clause of its own (经差额选举，A、B和C 3位同志为X; vocab ELECTION_LEAD_MANNERS), and a count of
  persons after the last of names joined by 和;
* a holding company named short (中国国新控股董事长; ORG_SUFFIXES 控股);
* a lead ending in a dash over a list of changes one to a line (…相继确认——\\n李金科任X,);
* a bare year, then the occasion, then the change (2023年1月,在…会议上,A当选为X; vocab OCCASION_CLAUSE_ENDS) — a
  biography, no record.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes

A, R = "appoint", "remove"


# --- a remark on how the post is held, after names of a list -----------------------------------------------------

_REMARKS = ("挂职", "兼职", "专职", "挂任", "援青", "交流", "女")
REMARK_ROWS = [
    *[
        pytest.param(
            f"会议选举王晖、张磊、庞艳杰{o}{remark}{c}、方志欣{o}{remark}{c}为副书记。",
            [(A, "王晖", "副书记"), (A, "张磊", "副书记"), (A, "庞艳杰", "副书记"), (A, "方志欣", "副书记")],
            id=f"{remark}-{o}",
        )
        for remark in _REMARKS
        for o, c in (("（", "）"), ("(", ")"))
    ],
    pytest.param(
        "选举王春华为书记，选举王晖、张磊、庞艳杰（挂职）、方志欣（兼职）为副书记。",
        [
            (A, "王春华", "书记"),
            (A, "王晖", "副书记"),
            (A, "张磊", "副书记"),
            (A, "庞艳杰", "副书记"),
            (A, "方志欣", "副书记"),
        ],
        id="zkyouth",
    ),
    pytest.param("任命方志欣（兼职）为某协会副会长。", [(A, "方志欣", "某协会副会长")], id="alone"),
]


@pytest.mark.parametrize(("text", "expected"), REMARK_ROWS)
def test_remark_after_a_listed_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- the oath's object in the name's slot -------------------------------------------------------------------------

OATH_NEGATIVE = [
    "举行了新当选镇长向宪法宣誓仪式。",
    "大会举行了新当选镇长向宪法宣誓仪式。",
    "新当选的县长向国徽宣誓。",
    "新任命的局长向国旗宣誓。",
    "新任命的局长面向国旗宣誓。",
    "新当选的县长向大会作表态发言。",
    "新当选的主席向全体代表表示感谢。",
    "新任命的副区长进行宪法宣誓。",
]


@pytest.mark.parametrize("text", OATH_NEGATIVE)
def test_oath_object_is_no_person(text: str) -> None:
    assert api_changes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新当选镇长张三作表态发言。", [(A, "张三", "镇长")]),
        ("新当选的县长向东作表态发言。", [(A, "向东", "县长")]),  # 向 a surname: a name, not the oath
    ],
)
def test_new_holder_still_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a bounded surname or last character, first in the clause -----------------------------------------------------

BOUNDED_FIRST = [
    ("项延训同志任中共东华大学委员会副书记。", [(A, "项延训", "中共东华大学委员会副书记")]),
    (
        "会上宣读了任免决定：项延训同志任中共东华大学委员会委员、常委、副书记；赵震同志任中共东华大学委员会委员。",
        [
            (A, "项延训", "中共东华大学委员会委员"),
            (A, "项延训", "中共东华大学委员会常委"),
            (A, "项延训", "中共东华大学委员会副书记"),
            (A, "赵震", "中共东华大学委员会委员"),
        ],
    ),
    ("别必雄任湖北省政府秘书长，", [(A, "别必雄", "湖北省政府秘书长")]),
    ("门少起任某县县长。", [(A, "门少起", "某县县长")]),
    ("李金科任辽宁省政府秘书长。", [(A, "李金科", "辽宁省政府秘书长")]),
    ("李金科同志任辽宁省政府秘书长。", [(A, "李金科", "辽宁省政府秘书长")]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDED_FIRST)
def test_bounded_name_first_in_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


BOUNDED_FIRST_NEGATIVE = [
    "代表团任某局局长。",
    "全体人员任某局局长。",
    "全体同志为大会服务。",
    "项目组同志任务繁重。",
    "项目部任某局局长。",
    "李金科任务繁重。",
    "分别任某局局长。",
    "别的同志任某局局长。",
    "强化组任务。",
    "代理人任期三年。",
]


@pytest.mark.parametrize("text", BOUNDED_FIRST_NEGATIVE)
def test_bounded_words_are_no_names(text: str) -> None:
    assert api_changes(text) == []


# --- the reason for leaving between the person and the verb ------------------------------------------------------

_LEAVING = [
    ("由于钮小明同志已到退休年龄,故不再担任省社会主义学院院长。", (R, "钮小明", "省社会主义学院院长")),
    ("由于钮小明同志已到退休年龄，故不再担任省社会主义学院院长。", (R, "钮小明", "省社会主义学院院长")),
    ("钮小明同志已到退休年龄，不再担任省社会主义学院院长。", (R, "钮小明", "省社会主义学院院长")),
    ("因为张三已到退休年龄，所以不再担任某市财政局局长职务。", (R, "张三", "某市财政局局长")),
    ("鉴于张三已届退休年龄，不再担任某市财政局局长职务。", (R, "张三", "某市财政局局长")),
    ("张三已到退休年龄，因此不再担任某市财政局局长职务。", (R, "张三", "某市财政局局长")),
    ("张三因年龄原因，不再担任某市财政局局长职务。", (R, "张三", "某市财政局局长")),
    ("张三因到龄退休，不再担任某市财政局局长职务。", (R, "张三", "某市财政局局长")),
    ("张三因工作变动，辞去某公司董事职务。", ("resign", "张三", "某公司董事")),
    ("张三因个人原因，遂辞去某公司董事职务。", ("resign", "张三", "某公司董事")),
    ("张三因工作需要，不再兼任某市财政局局长职务。", (R, "张三", "某市财政局局长")),
]


@pytest.mark.parametrize(("text", "expected"), _LEAVING)
def test_reason_before_leaving(text: str, expected: tuple[str, str, str]) -> None:
    assert api_changes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "因工作需要，不再担任某市财政局局长职务。",  # no person named
        "由于工作已到收尾阶段，故不再担任某市财政局局长职务。",  # the reason names no person
        "由于年龄原因，故不再担任某市财政局局长职务。",
    ],
)
def test_reason_without_person(text: str) -> None:
    assert api_changes(text) == []


# --- an election in a clause of its own; a count after names joined by 和 ---------------------------------------

_SEVEN = ["王冠生", "李卉", "何琳", "张旭", "周佳丹", "赵智群", "陶风屹"]
_POST = "共青团国家统计局上海调查总队第一届委员会委员"
ELECTION_LEADS = [
    *[
        pytest.param(
            f"经{manner}选举{comma}王冠生、李卉和何琳3位同志为某委员会委员。",
            [(A, "王冠生", "某委员会委员"), (A, "李卉", "某委员会委员"), (A, "何琳", "某委员会委员")],
            id=f"{manner or 'bare'}-{comma}",
        )
        for manner in ("", "差额", "等额", "无记名投票", "投票", "大会", "会议", "民主")
        for comma in ("，", ",")
    ],
    pytest.param(
        f"经差额选举，{'、'.join(_SEVEN[:-1])}和{_SEVEN[-1]}7位同志为{_POST}。",
        [(A, name, _POST) for name in _SEVEN],
        id="baogaosu",
    ),
    pytest.param(
        "经选举，王冠生、李卉、何琳为某委员会委员。",
        [(A, n, "某委员会委员") for n in ("王冠生", "李卉", "何琳")],
        id="list",
    ),
    pytest.param(
        "选举王冠生、李卉和何琳等3位同志为某委员会委员。",
        [(A, n, "某委员会委员") for n in ("王冠生", "李卉", "何琳")],
        id="deng-count",
    ),
    pytest.param(
        "经选举，王冠生同志当选为团委书记。",
        [(A, "王冠生", "团委书记")],
        id="dangxuan-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELECTION_LEADS)
def test_election_in_its_own_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    ["经选举产生的委员为会议服务。", "经差额选举，产生了新一届委员会。", "经选举，大会为期两天。"],
)
def test_election_lead_without_persons(text: str) -> None:
    assert api_changes(text) == []


# --- a holding company named short -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国航空器材集团董事长徐思伟跨公司,任中国国新控股董事长。", [(A, "徐思伟", "中国国新控股董事长")]),
        ("中国大唐集团总经理刘明胜，跨公司任中国国新控股董事长。", [(A, "刘明胜", "中国国新控股董事长")]),
        ("徐思伟任中国诚通控股总经理。", [(A, "徐思伟", "中国诚通控股总经理")]),
    ],
)
def test_holding_company_short_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a dash ending a lead over a list one to a line --------------------------------------------------------------

_LIST = "李金科任辽宁省政府秘书长,\n\n  陈建刚任江苏省政府秘书长,\n\n  张虎任广东省政府秘书长。"
_THREE = [(A, "李金科", "辽宁省政府秘书长"), (A, "陈建刚", "江苏省政府秘书长"), (A, "张虎", "广东省政府秘书长")]


@pytest.mark.parametrize("dash", ["——", "—", "－－", "--"])
@pytest.mark.parametrize("gap", ["\n\n  ", "\n", ""])
def test_dash_lead_over_a_list(dash: str, gap: str) -> None:
    assert api_changes(f"至少有十位省级政府的秘书长人选也相继确认{dash}{gap}{_LIST}") == _THREE


@pytest.mark.parametrize("text", ["本报讯——记者张三任务繁重。", "会议——张三任期届满。"])
def test_dash_before_no_change(text: str) -> None:
    assert api_changes(text) == []


# --- a bare year, the occasion, then the change: a biography -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2023年1月，在上海市十六届人大一次会议上，李政当选为上海市副市长。",
        "2023年1月,在上海市十六届人大一次会议上,李政当选为上海市副市长。",
        "2016年，在县级领导班子换届中，张三任某县县长。",
        "2018年，在挂职期间，张三任某县副县长。",
        "2023年1月，李政当选为上海市副市长。",  # as before: a bare year alone
    ],
)
def test_bare_year_and_occasion_is_a_biography(text: str) -> None:
    assert api_changes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1月16日，在上海市十六届人大一次会议上，李政当选为上海市副市长。", [(A, "李政", "上海市副市长")]),
        ("在上海市十六届人大一次会议上，李政当选为上海市副市长。", [(A, "李政", "上海市副市长")]),
    ],
)
def test_dated_occasion_is_a_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a branch committee's posts in a division of work ------------------------------------------------------------

_DIVISION = "经选举，王冠生同志当选为团委书记。其余委员也明确了各自分工："


@pytest.mark.parametrize("post", ["组织委员", "宣传委员", "学习委员", "文体委员", "青年委员", "保密委员", "生活委员"])
def test_branch_committee_posts(post: str) -> None:
    assert api_changes(f"{_DIVISION}张旭同志担任{post}，何琳同志担任{post}。")[1:] == [
        (A, "张旭", post),
        (A, "何琳", post),
    ]


@pytest.mark.parametrize("text", ["何琳同志担任学习委员。", "张三是政协青年委员。", "李卉同志曾担任文体委员。"])
def test_branch_committee_post_alone_tells_no_change(text: str) -> None:
    assert api_changes(text) == []
