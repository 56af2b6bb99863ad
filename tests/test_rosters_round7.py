"""Rosters round 7 (issue 9, session 12, s12-rosters12): classes found by probing real pages of
dev-split sites, with a blind CHECK half scored by numbers only (the probe set is not committed; see
docs/issue9-rounds.md, "Rosters round 7").

* **A committee that is always a roster's group, by its short name** (``组委会``, ``筹委会``, ``执委会``,
  ``安委会``: ``vocab.personnel.ROSTER_COMMITTEE_NAMES``): its 主任 / 副主任 / 主席 are the committee's
  roles — ``组委会主任由市政协副主席黄华裕担任``, ``…担任大运会组委会执行主席``, first or last among a holder's
  posts in a news story (``九冬会组委会副主任、国家体育总局副局长袁伟民宣读…``, ``副区长、区安委会主任杜强强调…``).
  A department's short name (``发改委``) stays a post.
* **The roles of an organizing committee**: ``执行主席`` / ``执行副主席`` beside 主席 / 副主席; a 工作专班's own roles
  (``专班长``, ``副专班长``, ``常务副专班长``) and a command's ``执行指挥长`` — a line ``专班长：张三　副区长`` had been
  read as the document's title.
* **A role held in the past names no member** (``vocab.personnel.ROSTER_PAST_MARKS``): ``此前，…主任一职由
  张高丽兼任``, ``首任委员会主任由时任国务院副总理李克强担任``.
* **A list of holders closed by its count** (``副主任由陈洪棣、…、黄衍增等7位同志担任``, ``…孟扬等担任``): the
  names are the holders; ``ROLE一职由…兼任`` as ``ROLE由…兼任``.
* **A list of attendees closed by its verb** (``…、指挥部办公室主任甄贵福，县委常委、宣传部长侯建华，副县长马迎军
  出席会议``; ``vocab.personnel.ROSTER_ATTENDANCE_VERBS``): a roster role closing the posts of any holder of
  the list, not only the last.
* **Other small groups** (``专项小组``, ``协调小组``) as ``领导小组``.
* **A committee whose 组成人员 the text names** (``国务院对国务院食品安全委员会组成人员作了调整`` … ``韩正担任国务院
  食品安全委员会主任``, ``…担任委员会副主任``): its 主任 / 副主任 / 委员 taken with 担任 are the committee's roles;
  never a department's committee, nor a committee the text does not say is composed.
* **A role, 为, a colon, its holders** (``领导小组成员为：区委常委张三、副区长李四``) as without the colon.
* **A role, then its holders with no count** (``副组长包括：市委常委张三、副市长李四``, ``组委会副主席组成领导有：
  教育部副部长陈小娅、郝平，…许德立等``): every piece a holder, else nothing; posts and names joined by 、 are one
  holder per post, as after 由 (``市委常委张三、副市长李四`` had been one post holding a name).
* **A role glued to its holders, posts in brackets, no colon** (``组长张三（区长），副组长李四（副区长）、王五（副区长）``):
  every holder a name and its bracket; roles that are also titles (主任) only beside one that is not. A remark on the
  order closing the names (``张三、李四、王五（以姓氏笔画为序）``) is no post they share.
* **Table rows of name, post and the member's role, apart by spaces** (``张三　区委副书记、区长　组长``, a serial
  before them or not), under a list's heading or a header naming a duty column (名单, 组成人员, 职务; without one they
  stay unread, as in round 3): every line of the block must read as one name, its post, then a role standing alone.
* **Holders printed before their role's comma in 以…为…的** (``以A为组长，党委书记、董事长B，党委委员、工会主席C为副组长的…``):
  B shares C's role; a piece that is no holder (``各部门负责人``) is dropped and ends the run.
* **The office's deputy after its head in one sentence** (``由周阳兼任办公室主任,周胜清任副主任``): the bare 副主任 is
  the office's; in another sentence, or after a department (``任区发改局副主任``), it stays a post.
* **A roster cut by the end of the stored text** (pages stored cut at about 2,000 bytes): a post cut short
  (``李四　区发``, ``李四、赵``) is no post; two characters alone at the very end where other members have posts
  (``…\\n李建``) may be a name cut short and are left out with a ``clause-cut-off`` warning.
* **Bracketed entries with bare names among them** (``副组长：胡继军（常务）、 邱  铭``): the bare names are read
  too; ``（常务）`` / ``（执行）`` remark on the role and are no post.

Each row is synthetic, written from the class; none comes from a probe page or a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_members, parsed_members
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks

Member = tuple[str, str, str | None]


def members(text: str) -> list[Member]:
    return [(m["role"], m["person"], m["post"]) for m in extract_members(split_blocks(text))]


# --- A committee's roles, 由 its holders 担任 -------------------------------------------------------

COMMITTEE_YOU_ROWS = [
    pytest.param(
        "运动会组委会主任由市政府副市长张大成担任，副主任由市体育局局长李建华、市教育局局长王秀英担任。",
        [
            ("主任", "张大成", "市政府副市长"),
            ("副主任", "李建华", "市体育局局长"),
            ("副主任", "王秀英", "市教育局局长"),
        ],
        id="zuweihui-zhuren-comma",
    ),
    pytest.param(
        "组委会主席由省体育局局长张大成、省教育厅厅长李建华担任；执行主席由市长王秀英担任。",
        [("主席", "张大成", "省体育局局长"), ("主席", "李建华", "省教育厅厅长"), ("执行主席", "王秀英", "市长")],
        id="zuweihui-zhuxi-zhixing-semicolon",
    ),
    pytest.param(
        "大赛筹委会主任由市政协副主席刘德华担任。",
        [("主任", "刘德华", "市政协副主席")],
        id="chouweihui",
    ),
    pytest.param(
        "赛会执委会主任由市长周明远兼任,副主任由副市长孙立新兼任。",
        [("主任", "周明远", "市长"), ("副主任", "孙立新", "副市长")],
        id="zhiweihui-ascii-comma-jianren",
    ),
    pytest.param(
        "区安委会主任由区长赵国强担任。",
        [("主任", "赵国强", "区长")],
        id="anweihui",
    ),
    pytest.param(
        "组委会秘书长一职由市政府副秘书长钱志刚同志兼任。",
        [("秘书长", "钱志刚", "市政府副秘书长")],
        id="yizhi-tongzhi",
    ),
    pytest.param(
        "领导小组组长一职由区长张大成担任。",
        [("组长", "张大成", "区长")],
        id="yizhi-leading-group",
    ),
    pytest.param(
        "组委会主任由黄华明担任，副主任由陈洪光、何培元、周立新等3位同志担任。",
        [("主任", "黄华明", None), ("副主任", "陈洪光", None), ("副主任", "何培元", None), ("副主任", "周立新", None)],
        id="count-tail-wei-tongzhi",
    ),
    pytest.param(
        "领导小组副组长由李建华、王秀英等2人担任。",
        [("副组长", "李建华", None), ("副组长", "王秀英", None)],
        id="count-tail-ren",
    ),
    pytest.param(
        "领导小组副组长由李建华、王秀英等担任。",
        [("副组长", "李建华", None), ("副组长", "王秀英", None)],
        id="count-tail-deng",
    ),
    pytest.param(
        "领导小组副组长由李建华、王秀英等两名同志担任。",
        [("副组长", "李建华", None), ("副组长", "王秀英", None)],
        id="count-tail-chinese-numeral",
    ),
]

COMMITTEE_YOU_NEGATIVE_ROWS = [
    pytest.param("组委会主任由市政府分管副市长担任。", id="by-post-only"),
    pytest.param("组委会成员由各成员单位有关负责同志等担任。", id="units-by-post-deng"),
    pytest.param("此前，组委会主任一职由张大成兼任。", id="past-ciqian"),
    pytest.param("首任组委会主任由时任副市长张大成担任。", id="past-shouren-shiren"),
    pytest.param("领导小组组长原由张大成担任。", id="past-yuanyou"),
    pytest.param("区发改委主任张大成出席会议。", id="department-short-name"),
    pytest.param("组委会由市政协、市教育局、市团委组成。", id="units-compose"),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTEE_YOU_ROWS)
def test_committee_roles_you(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", COMMITTEE_YOU_NEGATIVE_ROWS)
def test_committee_roles_you_negatives(text: str) -> None:
    assert members(text) == []


# --- A holder 担任 the committee's role --------------------------------------------------------------

COMMITTEE_TAKES_ROWS = [
    pytest.param(
        "市长张大成担任运动会组委会主任，副市长李建华担任组委会副主任。",
        [("主任", "张大成", "市长"), ("副主任", "李建华", "副市长")],
        id="danren-zhuren-fuzhuren",
    ),
    pytest.param(
        "省委副书记、省长王秀英同志担任大运会组委会执行主席。",
        [("执行主席", "王秀英", "省委副书记、省长")],
        id="danren-zhixing-zhuxi-tongzhi",
    ),
    pytest.param(
        "副区长赵国强兼任区安委会主任。",
        [("主任", "赵国强", "副区长")],
        id="jianren-anweihui",
    ),
]

COMMITTEE_TAKES_NEGATIVE_ROWS = [
    pytest.param("张大成担任市发改委主任。", id="department-fagaiwei"),
    pytest.param("王勇任市城市管理委员会副主任。", id="department-committee"),
    pytest.param("组委会主任要求各单位加强协调。", id="role-then-verb"),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTEE_TAKES_ROWS)
def test_committee_roles_taken(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", COMMITTEE_TAKES_NEGATIVE_ROWS)
def test_committee_roles_taken_negatives(text: str) -> None:
    assert members(text) == []


# --- Roles in a news story: the committee's short name and other small groups ---------------------

STORY_ROWS = [
    pytest.param(
        "九冬会组委会副主任、国家体育总局副局长袁伟明宣读了组成人员名单。",
        [("副主任", "袁伟明", "国家体育总局副局长")],
        id="zuweihui-role-first",
    ),
    pytest.param(
        "副区长、区安委会主任杜国强强调三点要求。",
        [("主任", "杜国强", None)],
        id="anweihui-role-last-qiangdiao",
    ),
    pytest.param(
        "区安委会副主任、副区长王晓明就当前安全生产工作做了安排部署。",
        [("副主任", "王晓明", "副区长")],
        id="anweihui-role-first-jiu",
    ),
    pytest.param(
        "区委组织部副部长、党的建设制度改革专项小组副组长李强华主持会议。",
        [("副组长", "李强华", None)],
        id="zhuanxiang-xiaozu",
    ),
    pytest.param(
        "县委常委、县脱贫攻坚协调小组副组长张大成出席会议。",
        [("副组长", "张大成", None)],
        id="xietiao-xiaozu",
    ),
]

STORY_NEGATIVE_ROWS = [
    pytest.param("组委会主任会议要求各单位加强协调。", id="role-meeting"),
    pytest.param("区安委会成员单位要求各街道认真落实。", id="member-units"),
    pytest.param("区发改委副主任、区物价局局长张大成出席会议。", id="department-short-name-first"),
    pytest.param("专项小组组长严格要求各单位抓好落实。", id="adverb-yange"),
]


@pytest.mark.parametrize(("text", "expected"), STORY_ROWS)
def test_story_committee_roles(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", STORY_NEGATIVE_ROWS)
def test_story_committee_negatives(text: str) -> None:
    assert members(text) == []


# --- A list of attendees closed by its verb -----------------------------------------------------

ATTENDEE_ROWS = [
    pytest.param(
        "县委副书记、县双城同创指挥部副指挥长、指挥部办公室主任甄国福，县委常委、宣传部长侯建华，副县长马迎军出席会议。",
        [("办公室主任", "甄国福", None), ("副指挥长", "甄国福", "指挥部办公室主任")],
        id="office-role-first-of-list-chuxi",
    ),
    pytest.param(
        "区委书记、区推进协同发展领导小组组长陈清华，区委副书记、区长、区推进协同发展领导小组组长郭延红参加会议。",
        [("组长", "陈清华", None), ("组长", "郭延红", None)],
        id="two-holders-canjia",
    ),
    pytest.param(
        "市委常委、领导小组副组长李大蓉,市委统战部副部长关晓松列席会议。",
        [("副组长", "李大蓉", None)],
        id="ascii-comma-liexi",
    ),
    pytest.param(
        "副市长、市疫情防控指挥部副指挥长王五同志，市卫健委主任赵六陪同调研。",
        [("副指挥长", "王五", None)],
        id="two-char-name-tongzhi-peitong",
    ),
]

ATTENDEE_NEGATIVE_ROWS = [
    pytest.param("领导小组组长陈清，副组长王五参加会议。", id="two-char-names-no-posts"),
    pytest.param("区委书记、领导小组组长陈清华，区长郭延红。", id="no-verb"),
    pytest.param("区委书记、领导小组组长陈清华，区长郭延红；各单位负责同志参加会议。", id="verb-after-semicolon"),
    pytest.param("领导小组成员单位，各乡镇主要负责同志参加会议。", id="member-units"),
]


@pytest.mark.parametrize(("text", "expected"), ATTENDEE_ROWS)
def test_attendee_lists(text: str, expected: list[Member]) -> None:
    assert sorted(members(text)) == sorted(expected)


@pytest.mark.parametrize("text", ATTENDEE_NEGATIVE_ROWS)
def test_attendee_list_negatives(text: str) -> None:
    assert members(text) == []


def test_attendee_list_traditional() -> None:
    """The same list printed in Traditional characters (converted before the roster is read)."""
    text = "我縣召開推進會\n縣委副書記、縣雙城同創指揮部副指揮長、指揮部辦公室主任甄國福，縣委常委、宣傳部長侯建華出席會議。\n"
    assert sorted(parsed_members(text)) == [("副指挥长", "甄国福"), ("办公室主任", "甄国福")]


def test_committee_story_traditional() -> None:
    text = "組委會成立\n組委會主任由市政協副主席黃華明擔任，副主任由陳洪光、何培元等2位同志擔任。\n"
    assert parsed_members(text) == [("主任", "黄华明"), ("副主任", "陈洪光"), ("副主任", "何培元")]


# --- A committee whose 组成人员 the text names: its 主任 / 副主任 / 委员 taken with 担任 -----------------

COMPOSED_ROWS = [
    pytest.param(
        "国务院对国务院食品安全委员会组成人员作了调整。\n"
        "国务院副总理张大成担任国务院食品安全委员会主任，国务委员李建华担任委员会副主任，"
        "国务院副秘书长王秀英等担任委员会委员。",
        [("主任", "张大成", "国务院副总理"), ("副主任", "李建华", "国务委员"), ("委员", "王秀英", "国务院副秘书长")],
        id="composed-national",
    ),
    pytest.param(
        "关于调整市绿化委员会组成人员的通知\n市长周明远担任市绿化委员会主任，副市长孙立新担任委员会副主任。",
        [("主任", "周明远", "市长"), ("副主任", "孙立新", "副市长")],
        id="composed-city-title",
    ),
]

COMPOSED_NEGATIVE_ROWS = [
    pytest.param("张大成担任市农业委员会主任。李建华任委员会副主任。", id="no-composition-named"),
    pytest.param(
        "关于调整市发展和改革委员会组成人员的通知\n张大成担任市发展和改革委员会主任。", id="department-committee"
    ),
    pytest.param("市绿化委员会组成人员作了调整。\n张大成担任市爱国卫生运动委员会主任。", id="another-committee"),
]


@pytest.mark.parametrize(("text", "expected"), COMPOSED_ROWS)
def test_composed_committee(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", COMPOSED_NEGATIVE_ROWS)
def test_composed_committee_negatives(text: str) -> None:
    assert members(text) == []


# --- Bracketed entries with bare names among them; a remark on the role in brackets ----------------

BRACKET_ROWS = [
    pytest.param(
        "副组长：胡建军（常务）、 邱  明",
        [("副组长", "胡建军", None), ("副组长", "邱明", None)],
        id="remark-changwu-then-spaced-name",
    ),
    pytest.param(
        "副组长:胡建军(常务)、邱明",
        [("副组长", "胡建军", None), ("副组长", "邱明", None)],
        id="ascii-brackets",
    ),
    pytest.param(
        "成员：张大成（区财政局局长）、李建华、王秀英（区发改局局长）",
        [("成员", "张大成", "区财政局局长"), ("成员", "李建华", None), ("成员", "王秀英", "区发改局局长")],
        id="bare-name-between",
    ),
    pytest.param(
        "成员：张大成（区财政局局长），李建华，王秀英（区发改局局长）",
        [("成员", "张大成", "区财政局局长"), ("成员", "李建华", None), ("成员", "王秀英", "区发改局局长")],
        id="commas",
    ),
    pytest.param("副组长：李建华（执行）", [("副组长", "李建华", None)], id="remark-zhixing"),
]

BRACKET_NEGATIVE_ROWS = [
    pytest.param(
        "成员：张大成（区财政局局长）、各镇镇长",
        [("成员", "张大成", "区财政局局长")],
        id="units-by-post-after",
    ),
    pytest.param(
        "成员：张大成（区财政局局长）、区教育局主要负责同志",
        [("成员", "张大成", "区财政局局长")],
        id="unit-by-post-after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_ROWS + BRACKET_NEGATIVE_ROWS)
def test_bracketed_entries(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


# --- A role, then its holders after 包括 / 组成领导有, no count -------------------------------------

LISTED_ROWS = [
    pytest.param(
        "领导小组副组长包括：市委常委张大成、副市长李建华。",
        [("副组长", "张大成", "市委常委"), ("副组长", "李建华", "副市长")],
        id="baokuo-posted-names",
    ),
    pytest.param(
        "组委会副主席组成领导有：教育部副部长陈晓雅、郝建平，广东省委副书记、深圳市委书记刘玉明，广东省政协原副主席许德林等。",
        [
            ("副主席", "陈晓雅", "教育部副部长"),
            ("副主席", "郝建平", None),
            ("副主席", "刘玉明", "广东省委副书记、深圳市委书记"),
            ("副主席", "许德林", "广东省政协原副主席"),
        ],
        id="zucheng-lingdao-you-deng",
    ),
    pytest.param(
        "领导小组副组长2人，分别是：市委常委张大成、副市长李建华。",
        [("副组长", "张大成", "市委常委"), ("副组长", "李建华", "副市长")],
        id="counted-posted-names-dunhao",
    ),
]

LISTED_ROWS += [
    pytest.param(
        "领导小组成员为：区委常委张大成、副区长李建华。",
        [("成员", "张大成", "区委常委"), ("成员", "李建华", "副区长")],
        id="wei-colon-posted-names",
    ),
    pytest.param(
        "组长为：张大成，副组长为:李建华。",
        [("组长", "张大成", None), ("副组长", "李建华", None)],
        id="wei-colon-names",
    ),
]

LISTED_NEGATIVE_ROWS = [
    pytest.param("领导小组成员包括：市发改委、市财政局等部门负责同志。", id="units-by-post"),
    pytest.param("主要任务包括：组织实施普查工作。", id="tasks"),
    pytest.param("组长有权决定有关事项。", id="you-quan"),
    pytest.param("组委会职责包括：统筹协调筹备工作，督促各部门落实。", id="duties"),
    pytest.param("主任为：张大成。", id="title-role-wei-colon"),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_ROWS)
def test_role_then_holders(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", LISTED_NEGATIVE_ROWS)
def test_role_then_holders_negatives(text: str) -> None:
    assert members(text) == []


# --- A role glued to its holders, each post in brackets, no colon; an order remark closing names ----

GLUED_ROWS = [
    pytest.param(
        "领导小组组成人员：组长张大成（区长），副组长李建华（副区长）、王秀英（副区长），成员赵国强（区财政局局长）。",
        [
            ("组长", "张大成", "区长"),
            ("副组长", "李建华", "副区长"),
            ("副组长", "王秀英", "副区长"),
            ("成员", "赵国强", "区财政局局长"),
        ],
        id="lead-colon-then-glued-roles",
    ),
    pytest.param(
        "通知如下\n组长张大成（区长）；副组长李建华(副区长)。",
        [("组长", "张大成", "区长"), ("副组长", "李建华", "副区长")],
        id="semicolon-ascii-bracket",
    ),
    pytest.param(
        "现将有关事项通知如下：组长张大成同志（区长），办公室主任赵国强（区财政局局长）。",
        [("组长", "张大成", "区长"), ("办公室主任", "赵国强", "区财政局局长")],
        id="tongzhi-office-role",
    ),
    pytest.param(
        "成员：张大成、李建华、王秀英（以姓氏笔画为序）",
        [("成员", "张大成", None), ("成员", "李建华", None), ("成员", "王秀英", None)],
        id="order-remark-closing-names",
    ),
    pytest.param(
        "成员：张大成、李建华、王秀英（排名不分先后）。",
        [("成员", "张大成", None), ("成员", "李建华", None), ("成员", "王秀英", None)],
        id="order-remark-bufen-xianhou",
    ),
]

GLUED_NEGATIVE_ROWS = [
    pytest.param("通知如下\n主任张大成（区发改局），副主任李建华（区发改局）。", id="title-roles-only"),
    pytest.param("会议由主任张大成（区政府办）主持。", id="title-role-in-prose"),
    pytest.param("通知如下\n组长由区长担任（见附件）。", id="by-post-bracket"),
    pytest.param("通知如下\n组长张大成（区长）、区财政局，副组长李建华（副区长）。", id="unit-among-holders"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_ROWS)
def test_glued_roles_and_remarks(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", GLUED_NEGATIVE_ROWS)
def test_glued_roles_negatives(text: str) -> None:
    got = members(text)
    assert ("组长", "张大成", "区长") not in got and not [m for m in got if m[0] in ("主任", "副主任")]


# --- A 工作专班's own roles and a command's executive head ----------------------------------------

SPECIAL_ROLE_ROWS = [
    pytest.param(
        "一、专班组成人员\n专班长：张大成　区委常委、副区长\n副专班长：李建华　区发改局局长\n成　员：王秀英　区财政局副局长",
        [
            ("专班长", "张大成", "区委常委、副区长"),
            ("副专班长", "李建华", "区发改局局长"),
            ("成员", "王秀英", "区财政局副局长"),
        ],
        id="zhuanbanzhang-lines",
    ),
    pytest.param(
        "通知如下\n专 班 长：张大成（副区长）\n常务副专班长：李建华（区发改局局长）",
        [("专班长", "张大成", "副区长"), ("常务副专班长", "李建华", "区发改局局长")],
        id="spaced-role-brackets",
    ),
    pytest.param(
        "通知如下\n执行指挥长：张大成　副区长\n副指挥长：李建华　区应急局局长",
        [("执行指挥长", "张大成", "副区长"), ("副指挥长", "李建华", "区应急局局长")],
        id="zhixing-zhihuizhang",
    ),
    pytest.param("区重点项目工作专班专班长张大成主持会议。", [("专班长", "张大成", None)], id="zhuanbanzhang-story"),
]


@pytest.mark.parametrize(("text", "expected"), SPECIAL_ROLE_ROWS)
def test_special_roles(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


# --- Table rows of name, post and the member's role, apart by spaces -----------------------------

ROLE_LAST_ROWS = [
    pytest.param(
        "领导小组成员名单\n姓　名　单位及职务　小组职务\n张大成　区委副书记、区长　组长\n李建华　副区长　副组长\n"
        "王秀英　区财政局局长　成员",
        [("组长", "张大成", "区委副书记、区长"), ("副组长", "李建华", "副区长"), ("成员", "王秀英", "区财政局局长")],
        id="header-then-rows-fullwidth",
    ),
    pytest.param(
        "领导小组成员名单\n1　张大成　区委副书记、区长　组长\n2　李建华　副区长　副组长",
        [("组长", "张大成", "区委副书记、区长"), ("副组长", "李建华", "副区长")],
        id="serial-fullwidth",
    ),
    pytest.param(
        "领导小组成员名单\n1. 张大成 区长 组长\n2. 李建华 副区长 副组长",
        [("组长", "张大成", "区长"), ("副组长", "李建华", "副区长")],
        id="serial-dot-ascii-spaces",
    ),
    pytest.param(
        "工作专班名单\n张大成    副区长    专班长\n李建华    区发改局局长    副专班长",
        [("专班长", "张大成", "副区长"), ("副专班长", "李建华", "区发改局局长")],
        id="wide-spaces-zhuanban",
    ),
    pytest.param(
        "名单\n张大成　区长　组长\n各乡镇镇长　成员",
        [("组长", "张大成", "区长")],
        id="row-by-post-left-out",
    ),
]

ROLE_LAST_NEGATIVE_ROWS = [
    pytest.param("名单\n区财政局　组长", id="unit-then-role"),
    pytest.param("名单\n张大成　组长", id="name-no-post"),
    pytest.param("他说我们的组长要求很严。", id="prose-ending-role-word"),
    pytest.param("张大成　区长　组长\n李建华　副区长　副组长", id="no-heading-nor-header"),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_LAST_ROWS)
def test_role_last_rows(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", ROLE_LAST_NEGATIVE_ROWS)
def test_role_last_rows_negatives(text: str) -> None:
    assert members(text) == []


# --- A roster cut by the end of the stored text -------------------------------------------------

CUT_ROWS = [
    pytest.param(
        "组长：张大成　区长\n成员：王秀英　区财政局局长\n李建",
        [("组长", "张大成"), ("成员", "王秀英")],
        id="two-char-name-at-end-left-out",
    ),
    pytest.param(
        "组长：张大成　区长\n成员：王秀英　区财政局局长\n李建华",
        [("组长", "张大成"), ("成员", "王秀英"), ("成员", "李建华")],
        id="three-char-name-at-end-kept",
    ),
    pytest.param("成员：王秀英、李建华", [("成员", "王秀英"), ("成员", "李建华")], id="names-only-kept"),
]


@pytest.mark.parametrize(("text", "expected"), CUT_ROWS)
def test_roster_cut_at_text_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


@pytest.mark.parametrize(
    ("text", "last"),
    [
        pytest.param(
            "组长：张大成　区长\n成员：王秀英　区财政局局长\n李建华　区发", ("成员", "李建华", None), id="post-cut"
        ),
        pytest.param("成员：王秀英、李建华、赵", ("成员", "李建华", None), id="name-cut-after-dunhao"),
        pytest.param(
            "成员：王秀英　区财政局局长\n李建华　区财政局副局长", ("成员", "李建华", "区财政局副局长"), id="whole"
        ),
    ],
)
def test_roster_cut_post(text: str, last: Member) -> None:
    result = parse_text(text).model_dump(mode="json")
    got = [(m["role"], m["person"], m["post"]) for d in result["documents"] for m in d["members"]]
    assert got[-1] == last


def test_cut_only_at_the_text_end() -> None:
    """The same lines inside a text that goes on (a signature below): nothing is cut."""
    blocks = split_blocks("组长：张大成　区长\n成员：王秀英　区财政局局长\n李建")
    assert [m["person"] for m in extract_members(blocks)] == ["张大成", "王秀英", "李建"]


# --- The office's deputy after its head, in one sentence ------------------------------------------

OFFICE_DEPUTY_ROWS = [
    pytest.param(
        "领导小组下设办公室，由周大阳兼任办公室主任,周胜清任副主任,各部门为成员。",
        [("办公室主任", "周大阳", None), ("副主任", "周胜清", None)],
        id="jianren-then-ren-fuzhuren",
    ),
    pytest.param(
        "李建华担任领导小组办公室主任，王秀英任常务副主任。",
        [("办公室主任", "李建华", None), ("常务副主任", "王秀英", None)],
        id="danren-then-changwu",
    ),
]

OFFICE_DEPUTY_NEGATIVE_ROWS = [
    pytest.param("张大成任区发改局副主任。", id="department-deputy"),
    pytest.param("由周大阳兼任办公室主任。李建华任副主任。", id="another-sentence"),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_DEPUTY_ROWS)
def test_office_deputy(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize("text", OFFICE_DEPUTY_NEGATIVE_ROWS)
def test_office_deputy_negatives(text: str) -> None:
    assert [m for m in members(text) if m[0] != "办公室主任"] == []


# --- Holders printed before their role's comma in 以…为…的 ---------------------------------------

ATTRIBUTIVE_COMMA_ROWS = [
    pytest.param(
        "公司成立以总经理邓文明为组长，董事长宁顺良，工会主席曹刚云为副组长的筹备领导小组。",
        [("组长", "邓文明", "总经理"), ("副组长", "宁顺良", "董事长"), ("副组长", "曹刚云", "工会主席")],
        id="posted-holders",
    ),
    pytest.param(
        "成立以张大成为组长，李建华，王秀英为副组长的工作专班。",
        [("组长", "张大成", None), ("副组长", "李建华", None), ("副组长", "王秀英", None)],
        id="names",
    ),
    pytest.param(
        "成立以张大成为组长，各部门负责人，王秀英为副组长的工作专班。",
        [("组长", "张大成", None), ("副组长", "王秀英", None)],
        id="units-by-post-between",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIVE_COMMA_ROWS)
def test_attributive_comma_holders(text: str, expected: list[Member]) -> None:
    assert members(text) == expected


def test_rows_unique() -> None:
    for rows in (
        COMMITTEE_YOU_ROWS,
        COMMITTEE_YOU_NEGATIVE_ROWS,
        COMMITTEE_TAKES_ROWS,
        COMMITTEE_TAKES_NEGATIVE_ROWS,
        STORY_ROWS,
        STORY_NEGATIVE_ROWS,
        ATTENDEE_ROWS,
        ATTENDEE_NEGATIVE_ROWS,
        COMPOSED_ROWS,
        COMPOSED_NEGATIVE_ROWS,
        BRACKET_ROWS + BRACKET_NEGATIVE_ROWS,
        LISTED_ROWS,
        LISTED_NEGATIVE_ROWS,
        GLUED_ROWS,
        GLUED_NEGATIVE_ROWS,
        SPECIAL_ROLE_ROWS,
        ROLE_LAST_ROWS,
        ROLE_LAST_NEGATIVE_ROWS,
        CUT_ROWS,
        OFFICE_DEPUTY_ROWS,
        OFFICE_DEPUTY_NEGATIVE_ROWS,
        ATTRIBUTIVE_COMMA_ROWS,
    ):
        assert_unique(rows)
