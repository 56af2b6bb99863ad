"""Appointments round 28 (issue 9, session 19): changes missed inside found documents — official lists and notices.

The round's new dev pages are a company's and a state enterprise's personnel notices (a board's elections and hires,
resignations told in a listed company's 公告, a workers' congress electing its seats, a group's 任免 decision); a
battery of 任免名单 layouts showed two list classes. Each class is tested over its variants, with rows that must give
nothing:
* the seats of a company's boards and the officers its notices name (职工董事, 职工监事, 股东代表监事, 业务总监,
  首席技术官, 证券事务代表, …; vocab TITLES) — the clause gave nothing;
* a consequence glued before the name that opens a clause (因此许晶先生申请辞去X; vocab GLUED_CLAUSE_LEADS), and
  先生 / 女士 after such a name;
* the consequence's connective after a reason's comma (A因…，故申请辞去X; vocab LEAVING_AFTER_CONNECTIVES) and a
  reason of up to 30 characters;
* a filler before 辞任 (提请辞任, 申请辞任; vocab RESIGN_FILLERS);
* a board's committee named for nominations is no nomination (提名委员会委员; vocab NOMINATION_COMMITTEE_TAILS);
* 以及 between two posts, as 及;
* a one-character verb after 、 (任命A为X、聘A为Y);
* a company's officer after a board's post takes the company, not the board (第四届董事会董事、总裁 → 总裁; vocab
  EXECUTIVE_OFFICER_TITLES);
* a post held before the name, a reason, then a filler and 辞去 (公司原董事长A同志因…，申请辞去X);
* a government's name as a numbered or colon-closed subheading inside a list (一、任命 / （一）县人民政府 / A为X), and
  a unit's subheading naming its staff (县人民政府组成人员; vocab SUBHEADING_STAFF_TAILS);
* an election's heading numbered or without its colon (一、选举 / 二、补选 over A为X).
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes

from gazette_extract.pipeline import extract_str

A, R, S = "appoint", "remove", "resign"


def _list_changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str`` (lists need their lines)."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


# --- the seats of a company's boards, its officers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("杨青松同志当选为职工董事、王踊同志当选为职工监事。", [(A, "杨青松", "职工董事"), (A, "王踊", "职工监事")]),
        ("楊青松同志當選為職工董事、王踴同志當選為職工監事。", [(A, "杨青松", "职工董事"), (A, "王踊", "职工监事")]),
        ("郑华被选举为公司职工监事。", [(A, "郑华", "公司职工监事")]),
        ("选举张三为公司第四届董事会职工代表董事。", [(A, "张三", "公司第四届董事会职工代表董事")]),
        ("选举李四为公司第四届监事会股东代表监事。", [(A, "李四", "公司第四届监事会股东代表监事")]),
        (
            "公司职工代表大会选举黄小兵先生为公司第四届监事会职工代表监事。",
            [(A, "黄小兵", "公司第四届监事会职工代表监事")],
        ),
        ("聘任王五为某集团外部董事。", [(A, "王五", "某集团外部董事")]),
        ("选举赵六为公司监事会副主席。", [(A, "赵六", "公司监事会副主席")]),
        ("聘任孙七为公司证券事务代表。", [(A, "孙七", "公司证券事务代表")]),
        ("杜鹏飞不再担任公司业务总监职务。", [(R, "杜鹏飞", "公司业务总监")]),
        ("聘任周八为公司技术总监、首席技术官。", [(A, "周八", "公司技术总监"), (A, "周八", "公司首席技术官")]),
        ("聘任吳明為公司營銷總監。", [(A, "吴明", "公司营销总监")]),
        ("免去郑九的公司风控总监职务。", [(R, "郑九", "公司风控总监")]),
    ],
)
def test_board_seats_and_officers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "大会选举职工董事和职工监事。",  # no name
        "张三当选为职工代表。",  # a congress's delegate: no post
        "提名张三为职工董事候选人。",  # a nomination
        "张三拟任公司技术总监。",  # a proposal
        "公司设证券事务代表一名。",
        "职工监事由职工代表大会民主选举产生。",
    ],
)
def test_board_seats_and_officers_negative(text: str) -> None:
    assert api_changes(text) == []


# --- a consequence glued before the name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("因此许晶先生申请辞去公司董事长职务。", [(S, "许晶", "公司董事长")]),
        ("因此許晶先生申請辭去公司董事長職務。", [(S, "许晶", "公司董事长")]),
        ("因此许晶申请辞去公司董事长职务。", [(S, "许晶", "公司董事长")]),
        ("因而张三女士申请辞去公司总经理职务。", [(S, "张三", "公司总经理")]),
        ("于是李四辞去某协会会长职务。", [(S, "李四", "某协会会长")]),
        ("此外王五先生辞去公司董事职务。", [(S, "王五", "公司董事")]),
        ("因此赵六同志不再担任某局局长职务。", [(R, "赵六", "某局局长")]),
    ],
)
def test_glued_consequence_lead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "因此许晶先生表示感谢。",  # no change
        "因此公司董事会将尽快补选董事长。",  # no name
        "于是大家辞去了原来的工作。",  # no name, no post
    ],
)
def test_glued_consequence_lead_negative(text: str) -> None:
    assert api_changes(text) == []


# --- the connective after a reason's comma, a longer reason ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刘干江先生因工作原因，故申请辞去公司总经理职务。", [(S, "刘干江", "公司总经理")]),
        ("刘干江先生因工作原因,故申请辞去公司总经理职务。", [(S, "刘干江", "公司总经理")]),
        ("劉干江先生因工作原因,故申請辭去公司總經理職務。", [(S, "刘干江", "公司总经理")]),
        (
            "刘干江先生因调任控股股东湘潭电化集团有限公司副董事长兼总经理,故申请辞去公司总经理职务。",
            [(S, "刘干江", "公司总经理")],
        ),
        ("张三因个人原因，遂辞去某公司董事职务。", [(S, "张三", "某公司董事")]),
        ("李四同志因年龄原因，所以不再担任某局局长职务。", [(R, "李四", "某局局长")]),
        ("王五因工作变动，因此申请辞去公司董事长职务。", [(S, "王五", "公司董事长")]),
    ],
)
def test_connective_after_reason(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "张三因工作原因，故未出席会议。",  # no change
        "因此次调整，故申请辞去公司董事长职务。",  # no name
        "张三因工作原因，故请假一天。",
    ],
)
def test_connective_after_reason_negative(text: str) -> None:
    assert api_changes(text) == []


# --- a filler before 辞任 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "徐文超女士提请辞任公司董事会秘书、董事及董事会战略委员会委员、公司高级副总裁等职务。",
            [
                (S, "徐文超", "公司董事会秘书"),
                (S, "徐文超", "公司董事"),
                (S, "徐文超", "董事会战略委员会委员"),
                (S, "徐文超", "公司高级副总裁"),
            ],
        ),
        ("徐文超女士提請辭任公司董事會秘書職務。", [(S, "徐文超", "公司董事会秘书")]),
        ("张三申请辞任公司董事职务。", [(S, "张三", "公司董事")]),
        ("李四先生提出辞任公司独立董事职务。", [(S, "李四", "公司独立董事")]),
    ],
)
def test_filler_before_ciren(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize("text", ["董事会收到辞任报告。", "公司将尽快完成辞任手续的办理。"])
def test_filler_before_ciren_negative(text: str) -> None:
    assert api_changes(text) == []


# --- a committee named for nominations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "孙伟申请辞去公司董事长、提名委员会委员、薪酬与考核委员会委员等职务。",
            [(S, "孙伟", "公司董事长"), (S, "孙伟", "提名委员会委员"), (S, "孙伟", "薪酬与考核委员会委员")],
        ),
        (
            "孫偉申請辭去公司董事長、提名委員會委員等職務。",
            [(S, "孙伟", "公司董事长"), (S, "孙伟", "提名委员会委员")],
        ),
        (
            "张三辞去公司董事、提名与薪酬委员会主任委员职务。",
            [(S, "张三", "公司董事"), (S, "张三", "提名与薪酬委员会主任委员")],
        ),
        (
            "李四辞去公司董事、提名及薪酬委员会委员职务。",
            [(S, "李四", "公司董事"), (S, "李四", "提名及薪酬委员会委员")],
        ),
    ],
)
def test_nomination_committee(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nomination after a post still ends the post's list (round 11)
        ("张三同志任某乡党委书记、提名为乡长候选人。", [(A, "张三", "某乡党委书记")]),
        ("李四同志任某镇党委副书记、推荐为镇长人选。", [(A, "李四", "某镇党委副书记")]),
    ],
)
def test_nomination_committee_negative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- 以及 between posts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "周卫东先生申请辞去独立董事以及各专门委员会委员和其他相应职务。",
            [(S, "周卫东", "独立董事"), (S, "周卫东", "各专门委员会委员")],
        ),
        (
            "周衛東先生申請辭去獨立董事以及各專門委員會委員和其他相應職務。",
            [(S, "周卫东", "独立董事"), (S, "周卫东", "各专门委员会委员")],
        ),
        ("张三辞去公司董事以及总经理职务。", [(S, "张三", "公司董事"), (S, "张三", "公司总经理")]),
        ("免去李四的某局局长以及党组书记职务。", [(R, "李四", "某局局长"), (R, "李四", "某局党组书记")]),
    ],
)
def test_yiji_between_posts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三辞去公司董事职务以及其他相关职务。", [(S, "张三", "公司董事")]),  # an unnamed tail, no post
        ("任命王五为某局局长以及某中心负责同志。", []),  # no title after 以及: no post read
    ],
)
def test_yiji_between_posts_negative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a one-character verb after 、 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "任命李亚东同志为某公司党委书记、聘李亚东同志为某公司董事长。",
            [(A, "李亚东", "某公司党委书记"), (A, "李亚东", "某公司董事长")],
        ),
        (
            "任命李亞東同志為某公司黨委書記、聘李亞東同志為某公司董事長。",
            [(A, "李亚东", "某公司党委书记"), (A, "李亚东", "某公司董事长")],
        ),
        ("任命张三为县财政局局长、任李四为县审计局局长。", [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")]),
        (
            "聘任王五先生为公司总经理、聘赵六女士为公司副总经理。",
            [(A, "王五", "公司总经理"), (A, "赵六", "公司副总经理")],
        ),
    ],
)
def test_short_verb_after_dun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 任职 / 任务 after 、: no verb, no name, no second change (the clause is refused whole, as before the round)
        ("任命张三为某局局长、任职时间自2020年起算。", []),
        ("任命李四为某中心主任、任务是统筹协调。", []),
    ],
)
def test_short_verb_after_dun_negative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a company's officer after a board's post -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "许晶先生申请辞去第四届董事会董事、董事长、总裁的职务。",
            [(S, "许晶", "第四届董事会董事"), (S, "许晶", "第四届董事会董事长"), (S, "许晶", "总裁")],
        ),
        (
            "张三申请辞去公司第七届董事会董事、总经理职务。",
            [(S, "张三", "公司第七届董事会董事"), (S, "张三", "公司总经理")],
        ),
        ("李四辞去公司监事会主席、副总裁职务。", [(S, "李四", "公司监事会主席"), (S, "李四", "公司副总裁")]),
    ],
)
def test_officer_after_board_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a board's own posts keep the board
        (
            "选举王五为公司第五届董事会董事长、副董事长。",
            [(A, "王五", "公司第五届董事会董事长"), (A, "王五", "公司第五届董事会副董事长")],
        ),
        ("张三辞去公司董事长、总经理职务。", [(S, "张三", "公司董事长"), (S, "张三", "公司总经理")]),
    ],
)
def test_officer_after_board_post_negative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a post held, a reason, a filler and 辞去 --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司原董事长张三同志因工作安排，申请辞去公司董事长职务。", [(S, "张三", "公司董事长")]),
        ("公司董事长张三因工作安排，申请辞去公司董事长职务。", [(S, "张三", "公司董事长")]),
        ("公司原董事長張三同志因工作安排,申請辭去公司董事長職務。", [(S, "张三", "公司董事长")]),
        ("公司总经理李四先生因个人原因，提出辞去公司总经理职务。", [(S, "李四", "公司总经理")]),
        ("公司原董事长张三同志因工作安排申请辞去公司董事长职务。", [(S, "张三", "公司董事长")]),
    ],
)
def test_held_post_reason_filler(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "公司董事长张三因工作安排，申请休假一周。",  # no change
        "公司董事长张三因工作安排，未出席会议。",
        "公司法定代表人将变更为周玉林同志。",  # a registration to come
    ],
)
def test_held_post_reason_filler_negative(text: str) -> None:
    assert api_changes(text) == []


# --- a list's subheadings naming a government or a unit's staff -------------------------------------------------

_LIST_HEAD = "某县人民代表大会常务委员会任免名单\n（2020年3月5日县第十七届人民代表大会常务委员会第二十次会议通过）\n"
_LIST_END = "\n某县人大常委会办公室\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "一、任命\n（一）县人民政府\n张三为县财政局局长\n（二）县人民法院\n李四为县人民法院审判员\n二、免去\n（一）县人民政府\n"
            "王五的县财政局局长职务",
            [(A, "张三", "县财政局局长"), (A, "李四", "县人民法院审判员"), (R, "王五", "县财政局局长")],
        ),
        (
            "任命：\n县人民政府：\n张三为县财政局局长\n县人民法院：\n李四为县人民法院审判员\n免去：\n王五的县财政局局长职务",
            [(A, "张三", "县财政局局长"), (A, "李四", "县人民法院审判员"), (R, "王五", "县财政局局长")],
        ),
        (
            "一、任命\n1.县人民政府组成人员\n张三为县财政局局长\n2.县人民法院审判人员\n李四为县人民法院审判员",
            [(A, "张三", "县财政局局长"), (A, "李四", "县人民法院审判员")],
        ),
        (
            "一、任命\n（一）縣人民政府\n張三為縣財政局局長\n（二）縣人民法院\n李四為縣人民法院審判員",
            [(A, "张三", "县财政局局长"), (A, "李四", "县人民法院审判员")],
        ),
        (
            "一、任命\n（一）区人民政府\n张三为区财政局局长；\n（二）区人民检察院检察人员\n李四为区人民检察院检察员。",
            [(A, "张三", "区财政局局长"), (A, "李四", "区人民检察院检察员")],
        ),
    ],
)
def test_government_subheading_in_list(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _list_changes(_LIST_HEAD + body + _LIST_END) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare government's name still signs the list: nothing after it is an entry
        (
            _LIST_HEAD
            + "任命：\n张三为县财政局局长；\n李四为县审计局局长。\n某县人民政府\n2020年3月5日\n王五为县统计局局长\n",
            [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        ),
        # a subheading with no list above it heads nothing
        (_LIST_HEAD + "（一）县人民政府\n会议听取了工作报告。\n", []),
    ],
)
def test_government_subheading_in_list_negative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _list_changes(text) == expected


# --- an election's heading, numbered or without its colon ---------------------------------------------------------

_SESSION_HEAD = (
    "某县第十七届人民代表大会第一次会议选举和决定任命名单\n（2021年9月28日某县第十七届人民代表大会第一次会议通过）\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "一、选举\n张三为某县人民政府县长\n李四为某县人民法院院长\n二、决定任命\n王五为某县人民政府办公室主任",
            [(A, "张三", "某县人民政府县长"), (A, "李四", "某县人民法院院长"), (A, "王五", "某县人民政府办公室主任")],
        ),
        (
            "（一）选举\n张三为某县人民政府县长\n李四为某县人民政府副县长",
            [(A, "张三", "某县人民政府县长"), (A, "李四", "某县人民政府副县长")],
        ),
        (
            "二、补选\n张三为某县人民政府副县长\n李四为某县人民政府副县长",
            [(A, "张三", "某县人民政府副县长"), (A, "李四", "某县人民政府副县长")],
        ),
        (
            "一、選舉\n張三為某縣人民政府縣長\n李四為某縣人民法院院長",
            [(A, "张三", "某县人民政府县长"), (A, "李四", "某县人民法院院长")],
        ),
        (
            "增选：\n张三为某县政协副主席\n李四为某县政协副主席",
            [(A, "张三", "某县政协副主席"), (A, "李四", "某县政协副主席")],
        ),
    ],
)
def test_election_heading(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _list_changes(_SESSION_HEAD + body + _LIST_END) == expected


@pytest.mark.parametrize(
    "body",
    [
        "一、选举办法\n候选人：张三、李四\n",  # a rule's heading, candidates: no change
        "选举\n张三、李四为某县人民政府县长候选人\n",  # candidates
        "一、选举\n会议采用无记名投票方式进行选举。\n",  # no entry
    ],
)
def test_election_heading_negative(body: str) -> None:
    assert _list_changes(_SESSION_HEAD + body + _LIST_END) == []
