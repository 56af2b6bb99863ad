"""Rosters round 14 (issue 9, session 14, s14-rosters14): pages where the tool found no member at all.

Classes, each by component (see docs/issue9-rounds.md, "Rosters round 14"):

* **(c) names: rare surnames** that start no word of a government text (绳, 荀, 竺, 郗, 逄, 弓, 彪 …:
  ``vocab.personnel.SURNAMES_LESS_COMMON``), Simplified or Traditional (繩蘭柱 → 绳兰柱); place names that
  begin with a surname-like character (桓台, 谯城, 綦江) stay out.
* **(a) the gazetteer committee as a roster group** (``地方志编纂委员会`` / ``地方志指导委员会``:
  ``vocab.personnel.ROSTER_COMMITTEE_NAMES``): its 主任 / 副主任 among a holder's posts in a story is a member;
  its 办公室主任 is the 方志办's director, a post (``ROSTER_COMMITTEE_OFFICE_IS_POST``).
* **(b) a role alone as a numbered heading** (``一、组长`` / ``（二）副组长`` / ``3.成员``), the people on the lines
  below; over prose or units it gives nothing.
* **(a) rows ``张三　县长　组长`` under a title naming the list** (``领导小组成员名单``, ``…组成人员``): the title is the
  list's heading, as a heading line below the title already was (round 7).
* **(b, d) a roster table flattened one cell to a line** (a web page's ``<table>`` stored as text: ``序号⏎姓名⏎单位及职务⏎
  领导小组职务⏎1⏎张三⏎县长⏎组长…``): each cell read by what it holds (role, name, post, serial, 男/汉族), the role's
  column before or after the name's, a role cell printed once for the rows under it. Only under a header naming
  ``姓名`` and the role's column (``小组职务`` …, or ``职务`` beside ``单位及职务``); a staff list, a 任前公示
  (``拟任职务``) and a contact list (``联系电话``) give nothing (``vocab.personnel.ROSTER_TABLE_*``).
* **(b) separators**: roles apart by ``；`` with spaces instead of colons (``组长 张三 县长；副组长 李四 副县长``, on
  its own line or after a lead's colon), a dash for the colon (``组长——张三（县长）``, ``组长—张三``), a bullet before
  the line (``●组长：``, ``· 成员：``, ``★``); around duties or prose they give nothing.
* **(c) a counted list of members by institution, name and academic rank** (``委员会成员包括中华医学会张三研究员等17人，
  他们…``): the count ``等N人`` closes the holders; ranks after a name (``研究员``, ``副教授``, ``主任医师`` …:
  ``vocab.personnel.ROSTER_NAME_TITLES_AFTER``). Only in such a counted list: an expert team's leader in an
  investigation (``以某大学张三院士为组长的专家组``) stays out, as the dev truth labels it.
* **(b) roles a command or committee prints**: ``政委`` / ``第一政委``, ``执行总指挥``, ``名誉组长`` / ``名誉主任``,
  ``总顾问``, ``执行主任`` (``vocab.personnel.ROSTER_ROLES``); an army unit's 政委, 政委 inside other words and a
  foundation's 执行主任 give nothing.
* **(d) lines inside a roster that keep its role open**: the order's remark alone on its line
  (``（按姓氏笔画为序）``) and sub-headings naming the kind of unit (``（一）县直部门``, ``2.乡镇``, ``乡镇：``:
  ``vocab.personnel.ROSTER_SUBHEADING_ENDINGS``); prose after such a heading still closes the roster.
* **(c) Tibetan, Yi and Mongolian names without a Han surname** (``扎西次仁``, ``达娃``, ``吉克曲布``, ``巴音毕力格``:
  ``vocab.personnel.SYLLABIC_NAME_PARTS``), read only where the name stands whole in a roster entry (a token, a
  cell, a bracket's holder) — never in run-together text (``扎西镇镇长`` is a place and a post).
* **(c, e) a letter-spaced line** (``张 建 国 　 县 长``, a PDF's text layer): closed up, its wider gap kept
  (``张建国　县长``), or read run together when the normalizer left one space everywhere and it ends with a title;
  it had given the **false person 张建**. Spaced two-character names (``李 四 王 五``) stay names.
* **A page of members alone is one document holding them**: when no title is recognised, the whole-text fallback
  takes a line from the text as its title — perhaps a line inside the roster; the members above that line are read
  too (``pipeline``: the roster's blocks before the fallback's title), so such a page is no longer dropped.
* **(b) an adverb before the story's verb after a holder** (``…常务副秘书长、…副局长张三系统介绍了…``, ``详细汇报``:
  ``vocab.personnel.ROSTER_STORY_VERBS``), as a dev page prints it.
* **(c) entry forms**: a dash between a name and its post (``张三—县长``, ``张三——县长``) on a line without a
  sentence's marks; the role in brackets after the name or the post (``张三（组长）　县长``, ``张三　县长（组长）``)
  in a run of two such lines at least.

Each row is synthetic, written from the class; none comes from a probe page or a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import parsed_members

from gazette_extract import parse_text

# --- (c) rare surnames ------------------------------------------------------------------------------------

RARE_SURNAME_ROWS = [
    pytest.param(
        "领导小组组成人员如下：\n组　长：绳建国　县长\n副组长：郗晓明　副县长\n成　员：逄志强　县财政局局长\n",
        [("组长", "绳建国"), ("副组长", "郗晓明"), ("成员", "逄志强")],
        id="role-lines-colon",
    ),
    pytest.param(
        "領導小組組成人員如下：\n組　長：繩建國　縣長\n副組長：荀曉紅　副縣長\n",
        [("组长", "绳建国"), ("副组长", "荀晓红")],
        id="traditional",
    ),
    pytest.param(
        "会议由区委常委、政法委书记、区扫黑除恶专项斗争领导小组组长李刚主持，"
        "区法院院长、区扫黑除恶专项斗争领导小组副组长竺继萍传达会议精神。",
        [("组长", "李刚"), ("副组长", "竺继萍")],
        id="story-last-role",
    ),
    pytest.param(
        "成立以县长邴志刚为组长、副县长宓海燕为副组长的工作领导小组。",
        [("组长", "邴志刚"), ("副组长", "宓海燕")],
        id="attributive-yi-wei",
    ),
    pytest.param(
        "领导小组组成人员如下：\n组　长：弓建华　县长\n成　员：彪明远　县财政局局长\n",
        [("组长", "弓建华"), ("成员", "彪明远")],
        id="gong-biao",
    ),
    pytest.param(
        "组长：缑志远（区长）；副组长：仵红梅（副区长）、郇立新（副区长）",
        [("组长", "缑志远"), ("副组长", "仵红梅"), ("副组长", "郇立新")],
        id="run-on-brackets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RARE_SURNAME_ROWS)
def test_rare_surnames_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


# a place name beginning with a character that is also a surname is no person: a role line holding a post only
# gives nothing (read as a name, 桓台 / 谯城 / 綦江 would be false members)
PLACE_NOT_SURNAME_ROWS = [
    pytest.param("领导小组组成人员如下：\n组　长：桓台县县长\n副组长：桓台县副县长\n", id="huantai"),
    pytest.param("领导小组组成人员如下：\n组　长：谯城区区长\n副组长：谯城区副区长\n", id="qiaocheng"),
    pytest.param("领导小组组成人员如下：\n组　长：綦江区区长\n成　员：綦江区财政局局长\n", id="qijiang"),
]


@pytest.mark.parametrize("text", PLACE_NOT_SURNAME_ROWS)
def test_places_are_no_members(text: str) -> None:
    assert parsed_members(text) == []


# --- (a) the gazetteer committee ------------------------------------------------------------------------------

GAZETTEER_ROWS = [
    pytest.param(
        "县人大常委会主任、县地方志指导委员会主任王建华主持会议。",
        [("主任", "王建华")],
        id="zhidao-last-zhuchi",
    ),
    pytest.param(
        "县地方志编纂委员会主任、县长李志刚出席会议并讲话。",
        [("主任", "李志刚")],
        id="bianzuan-first",
    ),
    pytest.param(
        "縣人大常委會主任、縣地方志指導委員會主任繩蘭英主持會議。",
        [("主任", "绳兰英")],
        id="traditional-rare-surname",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER_ROWS)
def test_gazetteer_committee_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


GAZETTEER_OFFICE_ROWS = [
    pytest.param("县地方志编纂委员会办公室主任杨亚男汇报了方志工作情况。", id="bianzuan-office-head"),
    pytest.param("县地方志指导委员会办公室副主任张三主持会议。", id="zhidao-office-deputy"),
]


@pytest.mark.parametrize("text", GAZETTEER_OFFICE_ROWS)
def test_gazetteer_office_is_a_post(text: str) -> None:
    assert parsed_members(text) == []


# --- (b) a role alone as a numbered heading, the people below -------------------------------------------------

NUMBERED_ROLE_ROWS = [
    pytest.param("一、组长\n", "二、副组长\n", "三、成员\n", id="yi-dun"),
    pytest.param("（一）组长\n", "（二）副组长\n", "（三）成员\n", id="paren-cn"),
    pytest.param("(1)组长\n", "(2)副组长\n", "(3)成员\n", id="paren-ascii"),
    pytest.param("1.组长\n", "2.副组长\n", "3.成员\n", id="digit-dot"),
    pytest.param("一、组　长\n", "二、副 组 长\n", "三、成　员\n", id="spaced-roles"),
]


@pytest.mark.parametrize(("first", "second", "third"), NUMBERED_ROLE_ROWS)
def test_numbered_role_headings(first: str, second: str, third: str) -> None:
    text = (
        "关于成立县创建卫生城市工作领导小组的通知\n各乡镇人民政府，县直各单位：\n经研究，决定成立领导小组，名单如下：\n"
        f"{first}张建国　县长\n{second}李晓明　副县长\n{third}王志强　县财政局局长\n赵国庆　县教育局局长\n"
    )
    assert parsed_members(text) == [
        ("组长", "张建国"),
        ("副组长", "李晓明"),
        ("成员", "王志强"),
        ("成员", "赵国庆"),
    ]


# a numbered role heading over prose or units is no roster
NUMBERED_ROLE_NEGATIVE_ROWS = [
    pytest.param(
        "关于做好防汛工作的通知\n各乡镇：\n一、组长\n负责全面工作，统筹协调各项任务。\n二、成员\n按分工抓好落实。\n",
        id="duties-prose",
    ),
    pytest.param(
        "关于成立领导小组的通知\n各乡镇：\n一、成员单位\n县财政局　县教育局\n二、工作职责\n统筹协调。\n",
        id="member-units",
    ),
]


@pytest.mark.parametrize("text", NUMBERED_ROLE_NEGATIVE_ROWS)
def test_numbered_role_headings_over_prose_give_nothing(text: str) -> None:
    assert parsed_members(text) == []


# --- (a) rows 张三　县长　组长 under a title naming the list ---------------------------------------------------

TITLED_LIST_ROWS = [
    pytest.param("领导小组成员名单\n", id="chengyuan-mingdan"),
    pytest.param("县创建卫生城市工作领导小组组成人员\n", id="zucheng-renyuan"),
    pytest.param("县防汛抗旱指挥部成员名单\n", id="zhihuibu"),
    pytest.param("县禁毒委员会组成人员名单\n", id="weiyuanhui"),
]


@pytest.mark.parametrize("title", TITLED_LIST_ROWS)
def test_role_last_rows_under_a_list_title(title: str) -> None:
    text = f"{title}张建国　县长　组长\n李晓明　副县长　副组长\n王志强　县财政局局长　成员\n"
    assert parsed_members(text) == [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王志强")]


def test_role_last_rows_under_another_title_stay_unread() -> None:
    # a title that names no list: rows 张三　县长　组长 are read only under a list's heading (round 7)
    text = "县长调研防汛工作\n张建国　县长　组长\n李晓明　副县长　副组长\n"
    assert parsed_members(text) == []


# --- (b, d) a roster table flattened one cell to a line ------------------------------------------------------

_TABLE_LEAD = "关于调整县安全生产委员会组成人员的通知\n各乡镇人民政府，县直各单位：\n现将调整后的名单通知如下：\n"

CELL_TABLE_ROWS = [
    pytest.param(
        "序号\n姓名\n单位及职务\n领导小组职务\n1\n张建国\n县长\n组长\n2\n李晓明\n副县长\n副组长\n"
        "3\n王志强\n县财政局局长\n成员\n4\n赵国庆\n县教育局局长\n成员\n",
        [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王志强"), ("成员", "赵国庆")],
        id="role-last-serial",
    ),
    pytest.param(
        "序号\n姓名\n单位及职务\n小组职务\n1\n张建国\n县长\n组长\n2\n李晓明\n副县长\n副组长\n"
        "3\n王志强\n县财政局局长\n成员\n4\n赵国庆\n县教育局局长\n5\n钱永红\n县民政局局长\n",
        [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王志强"), ("成员", "赵国庆"), ("成员", "钱永红")],
        id="role-last-spanning-cell",
    ),
    pytest.param(
        "职务\n姓名\n单位及职务\n主任\n张建国\n县长\n副主任\n李晓明\n副县长\n委员\n王志强\n县财政局局长\n"
        "赵国庆\n县教育局局长\n",
        [("主任", "张建国"), ("副主任", "李晓明"), ("委员", "王志强"), ("委员", "赵国庆")],
        id="role-first-zhiwu-spanning",
    ),
    pytest.param(
        "姓　名\n性　别\n工作单位及职务\n组内职务\n张建国\n男\n县长\n组　长\n李晓明\n女\n副县长\n副组长\n"
        "王　强\n男\n县财政局局长\n成　员\n",
        [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王强")],
        id="spaced-cells-attributes",
    ),
    pytest.param(
        "序號\n姓名\n單位及職務\n領導小組職務\n1\n張建國\n縣長\n組長\n2\n李曉明\n副縣長\n副組長\n",
        [("组长", "张建国"), ("副组长", "李晓明")],
        id="traditional",
    ),
    pytest.param(
        "姓名\n单位\n职务\n小组职务\n张建国\n县人民政府\n县长\n组长\n李晓明\n县财政局\n局长\n成员\n特此通知\n",
        [("组长", "张建国"), ("成员", "李晓明")],
        id="unit-and-post-columns",
    ),
]


@pytest.mark.parametrize(("table", "expected"), CELL_TABLE_ROWS)
def test_cell_per_line_roster_tables(table: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(_TABLE_LEAD + table) == expected


# tables one cell to a line that are no roster: a staff list (no role column), a 任前公示, a contact list
CELL_TABLE_NEGATIVE_ROWS = [
    pytest.param("序号\n姓名\n职务\n1\n张建国\n局长\n2\n李晓明\n副局长\n", id="staff-list-post-only"),
    pytest.param(
        "姓名\n现任职务\n拟任职务\n张建国\n县财政局副局长\n县财政局局长\n李晓明\n县教育局副局长\n县教育局局长\n",
        id="renqian-gongshi",
    ),
    pytest.param(
        "姓名\n单位\n职务\n联系电话\n张建国\n县财政局\n科长\n13800000000\n李晓明\n县教育局\n科员\n13900000000\n",
        id="contact-list",
    ),
    pytest.param("姓名\n单位及职务\n小组职务\n张建国\n县长\n", id="one-row-no-role"),
]


@pytest.mark.parametrize("table", CELL_TABLE_NEGATIVE_ROWS)
def test_cell_per_line_tables_that_are_no_roster(table: str) -> None:
    assert parsed_members("关于公布有关人员名单的通知\n各单位：\n现将名单公布如下：\n" + table) == []


# --- (b) separators: roles apart by ； with spaces for colons, a dash for the colon, a bullet before the line --

_LEAD = (
    "关于成立县创建卫生城市工作领导小组的通知\n各乡镇人民政府，县直各单位：\n经研究，决定成立领导小组，组成人员如下："
)
_FOUR = [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王志强"), ("成员", "赵国庆")]

SEPARATOR_ROWS = [
    pytest.param(
        "\n组长 张建国 县长；副组长 李晓明 副县长；成员 王志强 县财政局局长、赵国庆 县教育局局长。\n",
        id="spaced-run-own-line",
    ),
    pytest.param(
        "组长 张建国 县长；副组长 李晓明 副县长；成员 王志强 县财政局局长、赵国庆 县教育局局长。\n",
        id="spaced-run-after-lead",
    ),
    pytest.param(
        "\n组　长　张建国　县长; 副组长　李晓明　副县长; 成　员　王志强　县财政局局长，赵国庆　县教育局局长\n",
        id="spaced-run-ascii-semicolon-ideographic",
    ),
    pytest.param(
        "\n组长——张建国（县长）\n副组长——李晓明（副县长）\n成员——王志强（县财政局局长）、赵国庆（县教育局局长）\n",
        id="double-dash",
    ),
    pytest.param(
        "\n组长—张建国　县长\n副组长—李晓明　副县长\n成员—王志强　县财政局局长\n赵国庆　县教育局局长\n",
        id="single-dash",
    ),
    pytest.param(
        "\n●组长：张建国　县长\n●副组长：李晓明　副县长\n●成员：王志强　县财政局局长\n赵国庆　县教育局局长\n",
        id="bullet-black-circle",
    ),
    pytest.param(
        "\n· 组长：张建国　县长\n· 副组长：李晓明　副县长\n· 成员：王志强　县财政局局长、赵国庆　县教育局局长\n",
        id="bullet-middle-dot",
    ),
    pytest.param(
        "\n★组长——张建国（县长）\n★副组长——李晓明（副县长）\n★成员——王志强（县财政局局长）、赵国庆（县教育局局长）\n",
        id="bullet-and-dash",
    ),
]


@pytest.mark.parametrize("body", SEPARATOR_ROWS)
def test_roster_separators(body: str) -> None:
    assert parsed_members(_LEAD + body) == _FOUR


# the same separators around duties or prose give nothing
SEPARATOR_NEGATIVE_ROWS = [
    pytest.param("关于做好工作的通知\n各单位：\n组长——负责全面工作。\n成员——按分工抓好落实。\n", id="dash-duties"),
    pytest.param(
        "关于做好工作的通知\n各单位：\n要求如下：组长 负责全面工作；成员 按分工抓好落实。\n", id="spaced-run-duties"
    ),
    pytest.param("关于做好工作的通知\n各单位：\n●组长负责全面工作，统筹协调。\n●成员按分工落实。\n", id="bullet-prose"),
]


@pytest.mark.parametrize("text", SEPARATOR_NEGATIVE_ROWS)
def test_roster_separators_around_prose_give_nothing(text: str) -> None:
    assert parsed_members(text) == []


# --- (c) a counted list of members named by institution, name and academic rank --------------------------------

RANKED_HOLDER_ROWS = [
    pytest.param(
        "国家某委员会决定组建医学伦理专家委员会。该专家委员会成员包括中华医学会张建国研究员等17人，他们来自多个专业。",
        [("成员", "张建国")],
        id="one-then-count-then-clause",
    ),
    pytest.param(
        "专家委员会成员包括北京大学张建国教授、清华大学李晓明研究员、某某医院王立明主任医师等15人，任期三年。",
        [("成员", "张建国"), ("成员", "李晓明"), ("成员", "王立明")],
        id="three-institutions",
    ),
    pytest.param(
        "学术委员会成员包括张建国教授、李晓明副教授等9人。",
        [("成员", "张建国"), ("成员", "李晓明")],
        id="rank-without-institution",
    ),
    pytest.param(
        "該專家委員會成員包括中華醫學會張建國研究員等17人。",
        [("成员", "张建国")],
        id="traditional",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_HOLDER_ROWS)
def test_counted_members_by_institution_and_rank(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


# an expert team's leader in an investigation report, a delegation, or units: no member
RANKED_HOLDER_NEGATIVE_ROWS = [
    pytest.param("我部组织以某某大学张建国院士为组长的专家组进行了现场调查。", id="expert-team-leader"),
    pytest.param("参加会议的人员包括县财政局局长王志强等10人。", id="attendees"),
    pytest.param("领导小组成员包括各乡镇主要负责人等30人。", id="by-post-only"),
    pytest.param("该中心研究员包括张三等。", id="staff-rank"),
]


@pytest.mark.parametrize("text", RANKED_HOLDER_NEGATIVE_ROWS)
def test_ranked_holders_elsewhere_give_nothing(text: str) -> None:
    assert parsed_members(text) == []


# --- (b) roles a command or a committee prints that were no roles -----------------------------------------------

MORE_ROLE_ROWS = [
    pytest.param("政　委：张建国　市委书记\n", ("政委", "张建国"), id="zhengwei"),
    pytest.param("第一政委：张建国　市委书记\n", ("第一政委", "张建国"), id="diyi-zhengwei"),
    pytest.param("执行总指挥：张建国　常务副市长\n", ("执行总指挥", "张建国"), id="zhixing-zongzhihui"),
    pytest.param("名誉组长：张建国　县委书记\n", ("名誉组长", "张建国"), id="mingyu-zuzhang"),
    pytest.param("名誉主任：张建国　县委书记\n", ("名誉主任", "张建国"), id="mingyu-zhuren"),
    pytest.param("总顾问：张建国　原市人大常委会主任\n", ("总顾问", "张建国"), id="zong-guwen"),
    pytest.param("政　委　张建国　市委书记\n", ("政委", "张建国"), id="zhengwei-spaced-no-colon"),
    pytest.param("执行主任：张建国　副市长\n", ("执行主任", "张建国"), id="zhixing-zhuren"),
]


@pytest.mark.parametrize(("line", "member"), MORE_ROLE_ROWS)
def test_more_roles(line: str, member: tuple[str, str]) -> None:
    text = "关于成立市创建全国文明城市指挥部的通知\n各区县：\n组成人员如下：\n" + line + "总指挥：李晓明　市长\n"
    assert parsed_members(text) == [member, ("总指挥", "李晓明")]


# 政委 as a post of an army unit, and 政委 inside other words, is no roster role
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("军分区政委张建国出席会议并讲话。", id="army-post"),
        pytest.param("市委政法委书记张建国主持会议，市政委员会主任李晓明参加。", id="inside-words"),
        pytest.param("某基金会执行主任张建国出席活动。", id="foundation-post"),
    ],
)
def test_zhengwei_elsewhere_is_no_role(text: str) -> None:
    assert parsed_members(text) == []


# --- (d) lines inside a roster that keep its role open ---------------------------------------------------------

_HEAD = "关于成立县创建卫生城市工作领导小组的通知\n各乡镇人民政府，县直各单位：\n组成人员如下：\n组　长：张建国　县长\n"

CONTINUATION_ROWS = [
    pytest.param("成　员：\n（按姓氏笔画为序）\n王志强　县财政局局长\n赵国庆　某镇镇长\n", id="order-remark-own-line"),
    pytest.param("成　员：\n(以姓氏笔画为序)\n王志强　县财政局局长\n赵国庆　某镇镇长\n", id="order-remark-ascii"),
    pytest.param(
        "成　员：\n（一）县直部门\n王志强　县财政局局长\n（二）乡镇\n赵国庆　某镇镇长\n", id="sub-units-bracketed"
    ),
    pytest.param("成　员：\n1.县直部门\n王志强　县财政局局长\n2.乡镇\n赵国庆　某镇镇长\n", id="sub-units-numbered"),
    pytest.param("成　员：\n县直单位：\n王志强　县财政局局长\n乡镇：\n赵国庆　某镇镇长\n", id="sub-units-colon"),
    pytest.param("成　员：\n一、市直部门\n王志强　县财政局局长\n二、乡镇街道\n赵国庆　某镇镇长\n", id="sub-units-yi"),
]


@pytest.mark.parametrize("body", CONTINUATION_ROWS)
def test_roster_continues_across_remarks_and_sub_units(body: str) -> None:
    assert parsed_members(_HEAD + body) == [("组长", "张建国"), ("成员", "王志强"), ("成员", "赵国庆")]


def test_a_sub_unit_heading_over_prose_still_closes_the_roster() -> None:
    text = _HEAD + "成　员：王志强　县财政局局长\n（二）乡镇\n各乡镇要成立相应机构，张三负责。\n"
    assert parsed_members(text) == [("组长", "张建国"), ("成员", "王志强")]


# --- (c) Tibetan and Yi names, no Han surname --------------------------------------------------------------------

SYLLABIC_NAME_ROWS = [
    pytest.param(
        "组　长：扎西次仁　县长\n副组长：格桑顿珠　副县长\n成　员：洛桑江村　县财政局局长\n次仁卓玛　县教育局局长\n",
        [("组长", "扎西次仁"), ("副组长", "格桑顿珠"), ("成员", "洛桑江村"), ("成员", "次仁卓玛")],
        id="tibetan-four",
    ),
    pytest.param(
        "组　长：达娃　县长\n副组长：尼玛　副县长\n",
        [("组长", "达娃"), ("副组长", "尼玛")],
        id="tibetan-two",
    ),
    pytest.param(
        "组长：扎西次仁（县长）；副组长：格桑顿珠（副县长）、次仁卓玛（副县长）\n",
        [("组长", "扎西次仁"), ("副组长", "格桑顿珠"), ("副组长", "次仁卓玛")],
        id="tibetan-run-on-brackets",
    ),
    pytest.param(
        "组　长：吉克曲布　县长\n副组长：阿西阿呷　副县长\n",
        [("组长", "吉克曲布"), ("副组长", "阿西阿呷")],
        id="yi",
    ),
    pytest.param(
        "组　长：张建国　县委书记\n副组长：扎西次仁　县长\n成　员：达娃　县财政局局长、王志强　县教育局局长\n",
        [("组长", "张建国"), ("副组长", "扎西次仁"), ("成员", "达娃"), ("成员", "王志强")],
        id="mixed-with-han-names",
    ),
    pytest.param(
        "组　长：巴音毕力格　副旗长\n副组长：乌力吉巴雅尔　旗财政局局长\n成　员：其其格　旗教育局局长\n",
        [("组长", "巴音毕力格"), ("副组长", "乌力吉巴雅尔"), ("成员", "其其格")],
        id="mongolian",
    ),
    pytest.param(
        "組　長：紮西次仁　縣長\n副組長：格桑頓珠　副縣長\n",
        [("组长", "扎西次仁"), ("副组长", "格桑顿珠")],
        id="traditional",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SYLLABIC_NAME_ROWS)
def test_tibetan_and_yi_names_in_roster_entries(body: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members("关于成立县创建卫生城市工作领导小组的通知\n各乡镇：\n组成人员如下：\n" + body) == expected


# outside a roster entry such parts are no name: a place, a word in prose
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("扎西镇召开会议，研究部署防汛工作。\n", id="place-in-prose"),
        pytest.param("组　长：扎西镇镇长\n副组长：扎西镇副镇长\n", id="place-with-post"),
    ],
)
def test_syllables_outside_entries_are_no_names(text: str) -> None:
    assert parsed_members("关于成立领导小组的通知\n各单位：\n" + text) == []


# --- (c) a letter-spaced roster line, as a PDF's text layer gives it ---------------------------------------------

LETTER_SPACED_ROWS = [
    pytest.param(
        "组 长 ： 张 建 国 　 县 长\n副 组 长 ： 李 晓 明 　 副 县 长\n",
        [("组长", "张建国"), ("副组长", "李晓明")],
        id="wide-gap-kept",
    ),
    pytest.param(
        "组 长 ： 张 建 国 县 长\n副 组 长 ： 李 晓 明 副 县 长\n",
        [("组长", "张建国"), ("副组长", "李晓明")],
        id="every-gap-one-space",
    ),
    pytest.param(
        "成 员 ： 王 志 强 　 县 财 政 局 局 长\n　 　 　 赵 国 庆 　 县 教 育 局 局 长\n",
        [("成员", "王志强"), ("成员", "赵国庆")],
        id="continuation-line",
    ),
]


@pytest.mark.parametrize(("body", "expected"), LETTER_SPACED_ROWS)
def test_letter_spaced_lines(body: str, expected: list[tuple[str, str]]) -> None:
    # before round 14 the first two characters were read as the name (张建): a false person
    assert parsed_members("关于成立领导小组的通知\n各乡镇：\n组成人员如下：\n" + body) == expected


def test_spaced_two_character_names_stay_names() -> None:
    text = "关于成立领导小组的通知\n各乡镇：\n组成人员如下：\n成 员 ： 李 四 王 五 赵 六\n"
    assert parsed_members(text) == [("成员", "李四"), ("成员", "王五"), ("成员", "赵六")]


# --- a page of members alone: one document holding them ------------------------------------------------------


def test_fallback_title_inside_a_roster_keeps_the_members_above_it() -> None:
    # no title is recognised, so the whole text is read as one document whose title is a line picked from the
    # text — here a roster line; the roster above that line was left out and the page was dropped (no record)
    text = "一、组长\n张建国　县长\n二、副组长\n李晓明　副县长\n三、成员\n王志强　县财政局局长\n赵国庆　县教育局局长\n"
    result = parse_text(text).model_dump(mode="json")
    assert len(result["documents"]) == 1
    members = [(m["role"], m["person"]) for m in result["documents"][0]["members"]]
    assert members[:2] == [("组长", "张建国"), ("副组长", "李晓明")]
    assert ("成员", "赵国庆") in members


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "当前位置：首页 > 通知公告\n组　长：张建国　县长\n副组长：李晓明　副县长\n成　员：王志强　县财政局局长\n",
            id="breadcrumb-then-roster",
        ),
        pytest.param(
            "序号\n姓名\n单位及职务\n小组职务\n1\n张建国\n县长\n组长\n2\n李晓明\n副县长\n副组长\n3\n王志强\n县财政局局长\n成员\n",
            id="cell-table-alone",
        ),
    ],
)
def test_a_page_of_members_alone_is_one_untitled_document(text: str) -> None:
    result = parse_text(text).model_dump(mode="json")
    assert [d["title"] for d in result["documents"]] == [None]
    members = [(m["role"], m["person"]) for m in result["documents"][0]["members"]]
    assert members == [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王志强")]


# --- (b) an adverb before the story's verb after a holder ---------------------------------------------------------


@pytest.mark.parametrize("verb", ["系统介绍了", "详细介绍了", "简要介绍了", "详细汇报了", "简要汇报了"])
def test_adverb_before_the_story_verb(verb: str) -> None:
    text = f"会上，组委会常务副秘书长、市体育局党组成员、副局长张建国{verb}赛事筹备的整体进展。"
    assert parsed_members(text) == [("常务副秘书长", "张建国")]


def test_adverb_and_verb_after_a_department_post_give_nothing() -> None:
    assert parsed_members("会上，市体育局党组成员、副局长张建国系统介绍了赛事筹备的整体进展。") == []


# --- (c) a dash between a name and its post; the role in brackets after the name or the post ----------------------

_LIST_HEAD = "关于成立县创建卫生城市工作领导小组的通知\n各乡镇：\n组成人员如下：\n"

ENTRY_FORM_ROWS = [
    pytest.param("组长:张建国—县长\n副组长:李晓明—副县长\n成员:王志强—县财政局局长\n", id="dash-ascii-colon"),
    pytest.param("组长：张建国——县长\n副组长：李晓明——副县长\n成员：王志强——县财政局局长\n", id="double-dash"),
    pytest.param(
        "张建国（组长）　县长\n李晓明（副组长）　副县长\n王志强（成员）　县财政局局长\n", id="role-bracket-after-name"
    ),
    pytest.param(
        "张建国　县长（组长）\n李晓明　副县长（副组长）\n王志强　县财政局局长（成员）\n", id="role-bracket-after-post"
    ),
    pytest.param("张建国(组长) 县长\n李晓明(副组长) 副县长\n王志强(成员) 县财政局局长\n", id="role-ascii-bracket"),
]


@pytest.mark.parametrize("body", ENTRY_FORM_ROWS)
def test_entry_forms(body: str) -> None:
    assert parsed_members(_LIST_HEAD + body) == [("组长", "张建国"), ("副组长", "李晓明"), ("成员", "王志强")]


# a single bracketed role, an office note on a post, a dash in prose: nothing new
ENTRY_FORM_NEGATIVE_ROWS = [
    pytest.param("张建国（组长）　县长\n", id="one-line-alone"),
    pytest.param("县财政局—县教育局联合开展检查，张建国—李晓明带队。\n", id="dash-in-prose"),
]


@pytest.mark.parametrize("body", ENTRY_FORM_NEGATIVE_ROWS)
def test_entry_forms_negatives(body: str) -> None:
    assert parsed_members(_LIST_HEAD + body) == []
