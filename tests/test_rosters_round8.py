"""Rosters round 8 (issue 9, session 13, s13-rosters13): classes found by probing real pages of dev-split
sites, with a blind CHECK half scored by numbers only (the probe set is not committed; see
docs/issue9-rounds.md, "Rosters round 8").

* **The standing coordination committees of a government, by their short or full name**
  (``禁毒委`` / ``禁毒委员会``, ``食安委`` / ``食品安全委员会``, ``食药安委``, ``安全生产委员会``, ``爱卫会``, ``绿委会``,
  ``减灾委``, ``妇儿工委``, ``老龄委``, ``残工委``, ``学术委员会``, ``学位评定委员会``:
  ``vocab.personnel.ROSTER_COMMITTEE_NAMES``): their 主任 / 副主任 / 第一副主任 / 常务副主任 / 委员 are the
  committee's roles first or last among a holder's posts in a news story (``副市长、市禁毒委副主任张三主持会议``,
  ``县食安委第一副主任、县委常委、常务副县长李四主持``), in a list of attendees, and in prose (``…由…担任``),
  Simplified or Traditional. A department's committee (``发改委``, ``卫健委``) stays a post; ``…成员单位`` is no
  member.
* **A second role kept beside the first, joined by 兼** (``组委会副主席兼秘书长、市长张三，…``): one member per role.
* **More verbs of a meeting report after the holder's name** (``汇报``, ``组织召开``, ``致辞`` / ``致欢迎辞``,
  ``做总结`` / ``作总结``: ``vocab.personnel.ROSTER_STORY_VERBS``), and a verb whose object lists more (``…局长张三
  组织召开县委办、政府办…续会``: what follows the verb is no holder).
* **A role held then** (``时任国务院副总理、国务院食品安全委员会主任张三主持…``): a past mark (``时任``, ``此前``…,
  ``vocab.personnel.ROSTER_PAST_MARKS``) in the sentence before a role in a story names no member, as it already
  did in prose.
* ``常务副秘书长`` as a role (an organizing committee's).

Each row is synthetic, written from the class; none comes from a probe page or a held-out text.
"""

from __future__ import annotations

import pytest
from record_helpers import parsed_members

# --- The standing coordination committees, by short or full name -----------------------------------------

COMMITTEE_STORY_ROWS = [
    pytest.param(
        "会议由副市长、市禁毒委副主任张建华主持，各成员单位负责人参加。",
        [("副主任", "张建华")],
        id="jinduwei-last-you-zhuchi",
    ),
    pytest.param(
        "市委常委、政法委书记、市禁毒委员会主任王建国在会上要求，各地要加强禁毒宣传。",
        [("主任", "王建国")],
        id="jinduweiyuanhui-full-zaihuishang",
    ),
    pytest.param(
        "县禁毒委常务副主任、县人民政府副县长、县公安局局长刘志强组织召开续会，安排部署禁毒工作。",
        [("常务副主任", "刘志强")],
        id="jinduwei-first-zuzhizhaokai",
    ),
    pytest.param(
        "1月25日，县食安委第一副主任、县委常委、常务副县长周明亮主持，县食安委副主任、副县长吴秀英参加。",
        [("第一副主任", "周明亮"), ("副主任", "吴秀英")],
        id="shianwei-first-and-last",
    ),
    pytest.param(
        "29日，县委副书记、县长、县食品安全委员会主任赵国强主持召开全体会议。",
        [("主任", "赵国强")],
        id="shipinanquan-full",
    ),
    pytest.param(
        "副县长、县食药安委副主任孙立新，县食药安委成员单位负责人参加会议。",
        [("副主任", "孙立新")],
        id="shiyaoanwei-attendees",
    ),
    pytest.param(
        "秦安縣政府副縣長、縣食安委副主任楊立成參加會議並做了講話。",
        [("副主任", "杨立成")],
        id="shianwei-traditional",
    ),
    pytest.param(
        "市委常委、副市长、市安全生产委员会主任周德明出席会议并讲话。",
        [("主任", "周德明")],
        id="anquanshengchan-full",
    ),
    pytest.param("区减灾委副主任、区应急管理局局长钱文斌通报了灾情。", [("副主任", "钱文斌")], id="jianzaiwei-tongbao"),
    pytest.param("县妇儿工委主任、副县长郑丽华出席会议并讲话。", [("主任", "郑丽华")], id="fuergongwei"),
    pytest.param("区老龄委主任、副区长何建平讲话。", [("主任", "何建平")], id="laolingwei-jianghua"),
    pytest.param("县残工委主任、副县长冯志刚主持会议。", [("主任", "冯志刚")], id="cangongwei"),
    pytest.param(
        "市爱卫会副主任、市卫健委主任韩立军部署了爱国卫生月活动。", [("副主任", "韩立军")], id="aiweihui-bushu"
    ),
    pytest.param("区绿委会副主任李建明部署义务植树工作。", [("副主任", "李建明")], id="lvweihui"),
    pytest.param("会议由学术委员会主任委员张德明主持。", [("主任委员", "张德明")], id="xueshu-weiyuanhui"),
    pytest.param("校学位评定委员会主席王志远主持会议。", [("主席", "王志远")], id="xuewei-pingding"),
    pytest.param("县禁毒委员会主任由县委副书记张立新担任。", [("主任", "张立新")], id="jinduweiyuanhui-prose-you"),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTEE_STORY_ROWS)
def test_coordination_committee_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


COMMITTEE_NEGATIVE_ROWS = [
    pytest.param("副市长、市发改委主任张建华主持会议。", id="department-fagaiwei"),
    pytest.param("市卫健委主任韩立军部署了爱国卫生月活动。", id="department-weijianwei"),
    pytest.param("县禁毒委成员单位负责人参加会议。", id="member-units"),
    pytest.param("会议由县禁毒委办公室组织召开。", id="office-no-name"),
    pytest.param(
        "今年2月，时任国务院副总理、国务院食品安全委员会主任张建国主持召开全体会议。",
        id="past-shiren-last",
    ),
    pytest.param("此前，县禁毒委主任、副县长刘志强主持会议。", id="past-ciqian-first"),
    pytest.param("县禁毒委召开全体会议，县长李建华出席会议并讲话。", id="committee-named-holder-no-role"),
]


@pytest.mark.parametrize("text", COMMITTEE_NEGATIVE_ROWS)
def test_coordination_committee_negatives(text: str) -> None:
    assert parsed_members(text) == []


# --- A second role joined by 兼 ---------------------------------------------------------------------------

SECOND_ROLE_ROWS = [
    pytest.param(
        "新闻发布会邀请组委会副主席兼秘书长、市政府市长许国强，组委会副主席、省体育局副局长杨立民出席。",
        [("副主席", "许国强"), ("秘书长", "许国强"), ("副主席", "杨立民")],
        id="fuzhuxi-jian-mishuzhang-attendees",
    ),
    pytest.param(
        "组委会副主席兼秘书长、市体育局党组书记、局长于建国致欢迎辞。",
        [("副主席", "于建国"), ("秘书长", "于建国")],
        id="fuzhuxi-jian-mishuzhang-zhihuanyingci",
    ),
    pytest.param(
        "领导小组副组长兼办公室主任、区委常委、副区长王晓明主持会议。",
        [("副组长", "王晓明"), ("办公室主任", "王晓明")],
        id="fuzuzhang-jian-bangongshi",
    ),
    pytest.param(
        "組委會副主席兼秘書長、市體育局局長孫遠明做總結講話。",
        [("副主席", "孙远明"), ("秘书长", "孙远明")],
        id="traditional-zuozongjie",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_ROLE_ROWS)
def test_second_role_joined_by_jian(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


def test_jian_a_post_is_no_second_role() -> None:
    # 兼 before a post that is no roster role (市体育局局长) leaves the first role alone, as before
    assert parsed_members("组委会副主席兼市体育局局长、党组书记于建国致欢迎辞。") == []


# --- Verbs of a meeting report ----------------------------------------------------------------------------

STORY_VERB_ROWS = [
    pytest.param(
        "会上，区疫情防控指挥部办公室主任冯立明汇报近期疫情防控工作开展情况。",
        [("办公室主任", "冯立明")],
        id="huibao",
    ),
    pytest.param("开幕式上，组委会主席、市长陈志远致辞。", [("主席", "陈志远")], id="zhici"),
    pytest.param("最后，领导小组副组长、副县长李国华作总结讲话。", [("副组长", "李国华")], id="zuozongjie"),
    pytest.param("领导小组组长、区长周建平组织召开专题会议。", [("组长", "周建平")], id="zuzhizhaokai"),
    pytest.param(
        "县禁毒委常务副主任、副县长、县公安局局长刘志强组织召开县委办、政府办、宣传部等单位续会。",
        [("常务副主任", "刘志强")],
        id="verb-object-lists-units",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_VERB_ROWS)
def test_meeting_report_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


def test_organization_department_is_no_verb() -> None:
    # 组织 alone is no verb (组织部): only 组织召开 closes a name
    assert parsed_members("领导小组组长、县委常委、县委组织部部长张建国主持会议。") == [("组长", "张建国")]


# --- More standing committees; a holder's academic title; a role then a comma -------------------------------

MORE_COMMITTEE_ROWS = [
    pytest.param("县防指常务副指挥长、副县长张立新主持会议。", [("常务副指挥长", "张立新")], id="fangzhi"),
    pytest.param("市森防指副指挥长、市林业局局长王建国通报了火情。", [("副指挥长", "王建国")], id="senfangzhi"),
    pytest.param("县保密委员会主任、县委常委、县委办主任刘志远部署保密工作。", [("主任", "刘志远")], id="baomi"),
    pytest.param("市文明委主任、市委书记张国华出席会议并讲话。", [("主任", "张国华")], id="wenmingwei"),
    pytest.param("县国防动员委员会主任、县长李明远主持会议。", [("主任", "李明远")], id="guofang-dongyuan"),
    pytest.param("县机构编制委员会主任由县长王志刚担任。", [("主任", "王志刚")], id="bianzhi-prose"),
    pytest.param("会议由学术委员会主任委员黄立明院士主持。", [("主任委员", "黄立明")], id="academician-after-name"),
    pytest.param("学位评定委员会副主席李国平教授出席会议。", [("副主席", "李国平")], id="professor-after-name"),
    pytest.param("会议由学术委员会主任委员黄维院士主持。", [("主任委员", "黄维")], id="two-char-name-academician"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_COMMITTEE_ROWS)
def test_more_committees_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


ROLE_COMMA_ROWS = [
    pytest.param(
        "5月11日，区人普领导小组组长，区委常委、区政府副区长丁克明参加会议。",
        [("组长", "丁克明")],
        id="renpu-zuzhang-comma",
    ),
    pytest.param(
        "县防汛抗旱指挥部指挥长，县委副书记、县长李国强主持会议并讲话。",
        [("指挥长", "李国强")],
        id="zhihuizhang-comma",
    ),
    pytest.param(
        "縣征兵工作領導小組組長,縣委副書記、縣長羅傑出席會議。",
        [("组长", "罗杰")],
        id="traditional-ascii-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_COMMA_ROWS)
def test_role_then_comma_then_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


ROLE_COMMA_NEGATIVE_ROWS = [
    pytest.param("领导小组组长，副组长，成员单位负责人参加会议。", id="roles-listed"),
    pytest.param("县防汛抗旱指挥部指挥长，县委副书记、县长李国强。", id="no-verb-closes-the-name"),
    pytest.param("学术委员会主任委员黄维主持会议。", id="two-chars-without-posts-or-title"),
    pytest.param("市人大常委会副主任、市人大财经委员会主任王志强主持会议。", id="congress-committee"),
]


@pytest.mark.parametrize("text", ROLE_COMMA_NEGATIVE_ROWS)
def test_role_then_comma_negatives(text: str) -> None:
    assert parsed_members(text) == []


# --- A holder who takes over from another (接替) -------------------------------------------------------------

SUCCEEDS_ROWS = [
    pytest.param("王强同志接替刘明同志任领导小组副组长。", [("副组长", "王强")], id="jieti-ren"),
    pytest.param("由王强同志接替刘明同志担任领导小组副组长。", [("副组长", "王强")], id="you-jieti-danren"),
    pytest.param(
        "副县长王强接替刘明任县防汛抗旱指挥部副指挥长；县水利局局长赵刚接替孙立任成员。",
        [("副指挥长", "王强"), ("成员", "赵刚")],
        id="posts-semicolon",
    ),
    pytest.param("王強同志接替劉明同志任領導小組副組長。", [("副组长", "王强")], id="traditional"),
]


@pytest.mark.parametrize(("text", "expected"), SUCCEEDS_ROWS)
def test_successor_takes_the_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


def test_succeeding_to_a_post_is_no_member() -> None:
    assert parsed_members("王强同志接替刘明同志任县发改局局长。") == []


# --- Adjustments and prose roles: 变更为, 免去…职务，由…担任, 调离，由…接任, a count of seats, 共同担任 --------------

ADJUSTMENT_ROWS = [
    pytest.param("领导小组副组长由张三同志变更为李四同志。", [("副组长", "李四")], id="biangengwei"),
    pytest.param("指挥部副指挥长由王强更换为赵刚。", [("副指挥长", "赵刚")], id="genghuanwei"),
    pytest.param("免去张三同志领导小组副组长职务，由李四同志担任。", [("副组长", "李四")], id="mianqu-you-danren"),
    pytest.param("免去張三同志領導小組副組長職務,由李四同志擔任。", [("副组长", "李四")], id="mianqu-traditional"),
    pytest.param("领导小组成员王五同志调离，由赵六同志接任。", [("成员", "赵六")], id="diaoli-jieren"),
    pytest.param("指挥部副指挥长钱进同志退休，其职务由孙立同志接任。", [("副指挥长", "孙立")], id="tuixiu-qizhiwu"),
    pytest.param(
        "指挥部设指挥长1名，由县长张三担任；副指挥长2名，由副县长李四、王五担任。",
        [("指挥长", "张三"), ("副指挥长", "李四"), ("副指挥长", "王五")],
        id="seats-counted",
    ),
    pytest.param("领导小组设组长一名，由县委书记张三担任。", [("组长", "张三")], id="seats-chinese-count"),
    pytest.param("组长由县委书记张三、县长李四共同担任。", [("组长", "张三"), ("组长", "李四")], id="gongtong-danren"),
]


@pytest.mark.parametrize(("text", "expected"), ADJUSTMENT_ROWS)
def test_adjustments_and_prose_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


ADJUSTMENT_NEGATIVE_ROWS = [
    pytest.param("免去张三同志县发改局局长职务，由李四同志担任。", id="mianqu-a-post"),
    pytest.param("县发改局局长王五同志调离，由赵六同志接任。", id="diaoli-a-post"),
    pytest.param("局长由张三同志变更为李四同志。", id="biangeng-a-title"),
    pytest.param("局里设主任1名，由张三担任。", id="seats-of-a-department"),
    pytest.param("领导小组副组长由张三同志变更为县长。", id="by-post-only"),
]


@pytest.mark.parametrize("text", ADJUSTMENT_NEGATIVE_ROWS)
def test_adjustment_negatives(text: str) -> None:
    assert parsed_members(text) == []


# --- Holders 为 a committee's role that is also a title, and the bare roles after it ---------------------------

COMMITTEE_WEI_ROWS = [
    pytest.param(
        "会议推选张建国为筹委会主任，李明华、王志强为副主任，赵立新为秘书长。",
        [("主任", "张建国"), ("副主任", "李明华"), ("副主任", "王志强"), ("秘书长", "赵立新")],
        id="tuixuan-chouweihui",
    ),
    pytest.param(
        "会议推选张建国为县禁毒委员会主任，李明华为副主任。",
        [("主任", "张建国"), ("副主任", "李明华")],
        id="jinduweiyuanhui",
    ),
    pytest.param(
        "會議推選張建國為組委會主任,李明華為副主任。",
        [("主任", "张建国"), ("副主任", "李明华")],
        id="traditional-ascii-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTEE_WEI_ROWS)
def test_holders_wei_committee_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


COMMITTEE_WEI_NEGATIVE_ROWS = [
    pytest.param("张建国为县发改委主任，李明华为副主任。", [], id="department"),
    pytest.param("张建国为筹委会主任。李明华为副主任。", [("主任", "张建国")], id="next-sentence-bare-role"),
    pytest.param("张三为局长，李四为主任。", [], id="titles-alone"),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTEE_WEI_NEGATIVE_ROWS)
def test_holders_wei_committee_role_limits(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


# --- Letter-spaced names and names shared before the verb in a story ------------------------------------------

SPACED_STORY_ROWS = [
    pytest.param("副县长、县禁毒委副主任王  强主持会议。", [("副主任", "王强")], id="spaced-last-role"),
    pytest.param("县防汛抗旱指挥部指挥长、县长李  明主持会议。", [("指挥长", "李明")], id="spaced-first-role"),
    pytest.param(
        "县防汛抗旱指挥部指挥长、县长李　明，副县长王　强出席会议。",
        [("指挥长", "李明")],
        id="ideographic-space-attendees",
    ),
    pytest.param(
        "县防汛抗旱指挥部副指挥长、副县长王  强、李  明参加检查。",
        [("副指挥长", "王强"), ("副指挥长", "李明")],
        id="shared-post-names-spaced",
    ),
    pytest.param(
        "县防汛抗旱指挥部副指挥长、副县长王强、李明参加检查。",
        [("副指挥长", "王强"), ("副指挥长", "李明")],
        id="shared-post-last-name-closed-by-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_STORY_ROWS)
def test_spaced_and_shared_names_in_a_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_members(text) == expected


SPACED_STORY_NEGATIVE_ROWS = [
    pytest.param("领导小组组长 县长 张三主持会议。", id="posts-apart-by-spaces"),
    pytest.param("县领导小组组长王 强 县长主持会议。", id="name-then-post-in-a-story"),
    pytest.param("县防汛抗旱指挥部副指挥长、副县长王强、县水利局参加检查。", id="a-unit-after-the-name"),
]


@pytest.mark.parametrize("text", SPACED_STORY_NEGATIVE_ROWS)
def test_spaced_story_negatives(text: str) -> None:
    assert parsed_members(text) == []
