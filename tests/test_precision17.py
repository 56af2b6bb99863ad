"""Precision round 17: false citations, false members, then missed tasks and members — by class.

* **A document's own number is no citation**, wherever the page prints it: run on before its recipients, at a
  paragraph's start or after its title and a comma (呼政办发〔2008〕68号 各旗、县、区人民政府，…：经…), or after a
  number key in the middle of a line of metadata pairs (…的通知文 号 白政办发〔2019〕9号 主 题 词 …). Negative rows: a
  number a verb or a key pointing elsewhere introduces (根据, 依据文号), one with no recipients after it, and the
  number of a notice forwarded by a document whose own number is known, stay cited.
* **A chronicle is no roster** (大事记 / 大事纪 / 纪事 …): its entries name leaders by their posts, a group's role
  among them (省委书记、领导小组组长A主持会议); no member from a role told in the story. The same story under a news
  headline, and a roster stated in an entry (组长由A担任), are still read.
* **Roles and names of roster entries**: a rank word inside an office's role (办公室第一主任, 第一指挥长); a name whose
  surname starts words elsewhere (党双忍　省林业局局长), bounded by the gap and the post — three characters only, never
  a body (党总支, 党工委) or a word (相关方).
* **Task notes**: a deadline that names its year by the document's (年底前完成, 6月底前, 年内完成) after the units'
  verb; work through the year (年内持续推进, 全年持续推进) is ongoing; units listed with no verb after the lead's
  (X、Y牵头，Z、W) support. Negative rows: prose after the verb (确保按时完成) gives no note.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract.api import parse_text
from gazette_extract.grammars.deadlines import read_deadline
from gazette_extract.records.tasks import parse_unit_note


def cited_numbers(text: str) -> list[str]:
    return [c.doc_number.text for d in parse_text(text).documents for c in d.citations if c.doc_number]


def members(text: str) -> list[tuple[str, str]]:
    return [(m.role, m.person) for d in parse_text(text).documents for m in d.members]


# --------------------------------------------------------------------------------------------- citations

TITLE = "关于印发某某市政府信息公开目录编制规则的通知"
SENTENCE = "经市人民政府同意，现将《某某市政府信息公开目录编制规则》印发给你们，请认真组织实施。"
CITING = "根据《某某自治区人民政府办公厅关于做好政府信息公开工作的通知》（内政办发〔2007〕118号）要求，特制定本规则。"

OWN_NUMBER_ROWS = [
    # run on before the recipients, at the paragraph's start
    pytest.param(
        f"{TITLE}\n呼政办发[2008]68号 各旗、县、区人民政府，市各委、办、局： {SENTENCE} {CITING}\n",
        id="run-on-ascii-brackets",
    ),
    pytest.param(
        f"{TITLE}\n呼政办发〔2008〕68号　各旗县区人民政府，市直各部门：{SENTENCE}{CITING}\n",
        id="run-on-hexagonal-wide-space",
    ),
    pytest.param(f"{TITLE}\n呼政办发（2008）68号 各旗县区人民政府：{SENTENCE}{CITING}\n", id="run-on-round-brackets"),
    pytest.param(
        f"{TITLE}\n呼政辦發〔2008〕68號 各旗縣區人民政府，市直各部門：{SENTENCE}{CITING}\n", id="run-on-traditional"
    ),
    pytest.param(
        f"{TITLE}\n呼政办发〔2008〕68号各旗县区人民政府，市直各部门:{SENTENCE}{CITING}\n", id="run-on-glued-ascii-colon"
    ),
    # after the title and a comma, all on one line
    pytest.param(
        f"{TITLE}， 呼政办发〔2008〕68号 各旗县区人民政府，市直各部门：{SENTENCE}{CITING}\n", id="after-title-comma"
    ),
    pytest.param(
        f"{TITLE}, 呼政办发〔2008〕68号 各旗县区人民政府,市直各部门:{SENTENCE}{CITING}\n", id="after-title-ascii-comma"
    ),
    # a teaser line first that repeats the number, cut before its colon
    pytest.param(
        f"呼政办发〔2008〕68号 各旗县区人民政府，市直各部...{TITLE}， 呼政办发〔2008〕68号 各旗县区人民政府，市直各部门：{SENTENCE}{CITING}\n",
        id="teaser-then-run-on",
    ),
    # after a number key in the middle of a line of metadata pairs
    pytest.param(
        f"{TITLE}\n名 称 {TITLE}文 号 呼政办发〔2008〕68号 主 题 词 信息公开，目录\n\n各旗县区人民政府：\n\n{SENTENCE}{CITING}\n",
        id="key-mid-line-spaced",
    ),
    pytest.param(
        f"{TITLE}\n发布机构 某某市人民政府办公厅 文号：呼政办发〔2008〕68号 成文日期 2008-05-23\n\n各旗县区人民政府：\n\n{SENTENCE}{CITING}\n",
        id="key-mid-line-colon",
    ),
    pytest.param(
        f"{TITLE}\n索引号 1150/2008-01 发文字号 呼政办发〔2008〕68号 主题分类 政务公开，其他\n\n各旗县区人民政府：\n\n{SENTENCE}{CITING}\n",
        id="key-mid-line-fawenzihao",
    ),
]
assert_unique(OWN_NUMBER_ROWS)


@pytest.mark.parametrize("text", OWN_NUMBER_ROWS)
def test_a_documents_own_number_is_no_citation(text: str) -> None:
    assert cited_numbers(text) == ["内政办发〔2007〕118号"]


CITED_ROWS = [
    pytest.param(
        f"{TITLE}\n依据文号 呼政办发〔2008〕68号 主 题 词 信息公开\n\n各旗县区人民政府：\n\n{SENTENCE}\n",
        ["呼政办发〔2008〕68号"],
        id="key-pointing-elsewhere",
    ),
    pytest.param(
        f"{TITLE}\n各旗县区人民政府：\n根据呼政发〔2008〕3号 精神，现将《某某规则》印发给你们，请认真执行。\n",
        ["呼政发〔2008〕3号"],
        id="verb-before-no-recipients-after",
    ),
    pytest.param(
        f"{TITLE}\n各旗县区人民政府：\n现将呼政发〔2008〕3号 转发给你们，请认真执行。\n",
        ["呼政发〔2008〕3号"],
        id="no-colon-after",
    ),
    pytest.param(
        f"{TITLE}\n呼政办发〔2008〕68号\n各旗县区人民政府：\n现将《某某通知》（内政办发〔2007〕118号）转发给你们，请认真执行。\n"
        "内政办发〔2007〕118号 各盟市人民政府，自治区各委、办、厅、局：现将规则印发给你们。\n",
        ["内政办发〔2007〕118号"],
        id="forwarded-notice-when-own-known",
    ),
]
assert_unique(CITED_ROWS)


@pytest.mark.parametrize(("text", "expected"), CITED_ROWS)
def test_numbers_still_cited(text: str, expected: list[str]) -> None:
    assert cited_numbers(text) == expected


SERIAL_FIRST_ROWS = [
    pytest.param("国家主席习近平签署第72号主席令。", "主席令第72号", id="president-arabic"),
    pytest.param("国家主席习近平签署第七十二号主席令。", "主席令第72号", id="president-chinese-numerals"),
    pytest.param("国家主席签署第72号中华人民共和国主席令予以公布。", "主席令第72号", id="president-state-prefix"),
    pytest.param("国务院总理签署第711号国务院令，公布修订后的条例。", "国令第711号", id="state-council"),
    pytest.param("国务院总理签署第 711 号国务院令，公布修订后的条例。", "国令第711号", id="spaced"),
    pytest.param("國家主席習近平簽署第72號主席令。", "主席令第72号", id="traditional"),
]
assert_unique(SERIAL_FIRST_ROWS)


@pytest.mark.parametrize(("sentence", "number"), SERIAL_FIRST_ROWS)
def test_an_orders_serial_before_its_series(sentence: str, number: str) -> None:
    text = f"全国人大常委会第二十六次会议在京闭幕\n\n新华社北京2月28日电　会议28日下午闭幕。{sentence}\n"
    assert number in cited_numbers(text)


SERIAL_FIRST_NEGATIVE_ROWS = [
    pytest.param("会议审议了第3号令的修改。", id="bare-order"),
    pytest.param("按照第5号文件要求执行。", id="a-file"),
    pytest.param("签署第72号议案。", id="a-motion"),
]
assert_unique(SERIAL_FIRST_NEGATIVE_ROWS)


@pytest.mark.parametrize("sentence", SERIAL_FIRST_NEGATIVE_ROWS)
def test_other_serials_are_no_order(sentence: str) -> None:
    text = f"某某县人民政府关于某某工作的通知\n\n各乡镇人民政府：\n\n{sentence}\n"
    assert cited_numbers(text) == []


LOST_HAO_ROWS = [
    pytest.param("（吐市财[2021]27）", "吐市财〔2021〕27号", id="ascii-brackets"),
    pytest.param("(吐市财〔2021〕27)", "吐市财〔2021〕27号", id="hexagonal-year"),
    pytest.param("（吐市财［2021］27）", "吐市财〔2021〕27号", id="fullwidth-square-year"),
    pytest.param("（ 吐市财【2021】27 ）", "吐市财〔2021〕27号", id="spaced-lenticular"),
    pytest.param("（吐市财〔2021〕27号）", "吐市财〔2021〕27号", id="with-hao"),
]
assert_unique(LOST_HAO_ROWS)


@pytest.mark.parametrize(("bracket", "number"), LOST_HAO_ROWS)
def test_a_cited_titles_number_that_lost_its_hao(bracket: str, number: str) -> None:
    text = f"{TITLE}\n各乡镇人民政府：\n根据《关于印发某某实施方案的通知》{bracket}文件精神，制定本规则。\n"
    assert cited_numbers(text) == [number]


LOST_HAO_NEGATIVE_ROWS = [
    pytest.param("（2021年修订）", id="revision-note"),
    pytest.param("（吐市财2021年27期）", id="no-bracketed-year"),
    pytest.param("（第27条）", id="an-article"),
    pytest.param("（吐市财[2021]27页）", id="a-page"),
]
assert_unique(LOST_HAO_NEGATIVE_ROWS)


@pytest.mark.parametrize("bracket", LOST_HAO_NEGATIVE_ROWS)
def test_other_brackets_after_a_title_give_no_number(bracket: str) -> None:
    text = f"{TITLE}\n各乡镇人民政府：\n根据《关于印发某某实施方案的通知》{bracket}文件精神，制定本规则。\n"
    assert cited_numbers(text) == []


# --------------------------------------------------------------------------------------------- rosters

STORY = (
    "同日　省委党建领导小组2020年第一次会议召开，听取相关成员单位情况汇报。"
    "省委书记、领导小组组长张明华主持会议并讲话，省委副书记、领导小组副组长李小刚出席会议。\n"
)

CHRONICLE_ROWS = [
    pytest.param("中国共产党某某历史大事记（2020年3月）", id="party-chronicle"),
    pytest.param("中国共产党某某历史大事记(2020年3月)", id="ascii-bracket"),
    pytest.param("2021年12月某某市大事记", id="city-month"),
    pytest.param("某某县2019年大事纪", id="dashiji-ji"),
    pytest.param("某某区2020年大事记要", id="dashijiyao"),
    pytest.param("某某县2022年政务纪事", id="jishi"),
]
assert_unique(CHRONICLE_ROWS)


@pytest.mark.parametrize("title", CHRONICLE_ROWS)
def test_a_chronicle_names_no_member_by_post(title: str) -> None:
    assert members(f"{title}\n\n3月2日　某某会议召开。\n\n{STORY}") == []


def test_a_chronicle_in_traditional_characters() -> None:
    text = (
        "中國共產黨某某歷史大事記（2020年3月）\n\n同日　省委黨建領導小組2020年第一次會議召開，聽取相關成員單位情況匯報。"
        "省委書記、領導小組組長張明華主持會議並講話，省委副書記、領導小組副組長李小剛出席會議。\n"
    )
    assert members(text) == []


def test_the_same_story_under_a_news_headline_is_read() -> None:
    found = members(f"省委党建领导小组召开2020年第一次会议\n\n{STORY}")
    assert ("组长", "张明华") in found and ("副组长", "李小刚") in found


def test_a_roster_stated_in_a_chronicle_entry_is_read() -> None:
    text = (
        "2021年12月某某市大事记\n\n12月1日　市政府决定成立某某工作领导小组，组长由市长张明华担任，"
        "副组长由副市长李小刚担任。\n"
    )
    assert ("组长", "张明华") in members(text)


HEAD = (
    "某某县人民政府办公室关于调整县疫情防控指挥部组成人员的通知\n\n各乡镇人民政府：\n\n调整后的组成人员名单如下：\n\n"
)

ENTRY_ROWS = [
    pytest.param("办公室第一主任：张明华　县卫健委主任", ("办公室第一主任", "张明华"), id="office-first-director"),
    pytest.param("办公室第一副主任：张明华　县卫健委副主任", ("办公室第一副主任", "张明华"), id="office-first-deputy"),
    pytest.param("办公室执行主任：张明华　县应急局局长", ("办公室执行主任", "张明华"), id="office-executive"),
    pytest.param("第一指挥长：张明华　县委书记", ("第一指挥长", "张明华"), id="first-commander"),
    pytest.param("第一总指挥：张明华　县委书记", ("第一总指挥", "张明华"), id="first-chief-commander"),
    pytest.param("成　员：王小明　县财政局局长\n党双忍　县林业局局长", ("成员", "党双忍"), id="dang-surname-entry"),
    pytest.param("成　员：王小明　县财政局局长\n商黎光　县商务局局长", ("成员", "商黎光"), id="shang-surname-entry"),
    pytest.param("成　员：王小明　县财政局局长\n干以胜　县纪委副书记", ("成员", "干以胜"), id="gan-surname-entry"),
    pytest.param("成　员：王小明　县财政局局长\n党双忍　　县林业局局长", ("成员", "党双忍"), id="wide-gap"),
]
assert_unique(ENTRY_ROWS)


@pytest.mark.parametrize(("lines", "member"), ENTRY_ROWS)
def test_roster_entries(lines: str, member: tuple[str, str]) -> None:
    assert member in members(HEAD + lines.replace("\n", "\n\n") + "\n")


ENTRY_NEGATIVE_ROWS = [
    pytest.param("党总支　县委书记", id="party-branch"),
    pytest.param("相关方　县商务局局长", id="a-word"),
    pytest.param("原单位　县商务局局长", id="former-unit"),
    pytest.param("党委　县委书记", id="two-characters"),
    pytest.param("平谷　县委书记", id="two-character-place"),
    pytest.param("党工委　县委书记", id="a-body"),
]
assert_unique(ENTRY_NEGATIVE_ROWS)


@pytest.mark.parametrize("line", ENTRY_NEGATIVE_ROWS)
def test_words_before_a_post_are_no_names(line: str) -> None:
    people = {person for _role, person in members(HEAD + "成　员：王小明　县财政局局长\n\n" + line + "\n")}
    assert people <= {"王小明"}


def test_an_office_role_with_a_rank_in_a_story() -> None:
    text = (
        "区委书记主持召开区疫情防控指挥部会议\n\n会上区疫情防控应急综合指挥部办公室第一主任吴华明汇报调整情况，"
        "区疫情防控应急综合指挥部办公室主任冯光明汇报近期工作开展情况。\n"
    )
    found = members(text)
    assert ("办公室第一主任", "吴华明") in found and ("办公室主任", "冯光明") in found


# --------------------------------------------------------------------------------------------- tasks

DEADLINE_ROWS = [
    pytest.param("年内持续推进", "ongoing", id="within-year-ongoing"),
    pytest.param("全年持续推进", "ongoing", id="whole-year-ongoing"),
    pytest.param("今年内持续开展", "ongoing", id="this-year-ongoing"),
    pytest.param("本年度内常态化开展", "ongoing", id="year-routine"),
    pytest.param("年内长期坚持", "ongoing", id="within-year-long-term"),
    # negatives: a due date stays one
    pytest.param("年内完成", "by", id="within-year-done"),
    pytest.param("2021年内持续推进", "by", id="stated-year"),
    pytest.param("年内持续推进，年底前完成", "by", id="ongoing-then-due"),
    pytest.param("全年", "by", id="year-alone"),
]
assert_unique(DEADLINE_ROWS)


@pytest.mark.parametrize(("phrase", "kind"), DEADLINE_ROWS)
def test_work_through_the_year(phrase: str, kind: str) -> None:
    assert read_deadline(phrase, year=2021).kind == kind


NOTE_ROWS = [
    pytest.param(
        "省政府办公厅、省财政厅牵头，省商务厅、省文化广电和旅游厅",
        (["省政府办公厅", "省财政厅"], ["省商务厅", "省文化广电和旅游厅"]),
        id="bare-units-after-lead",
    ),
    pytest.param("市发改委牵头，各区县政府", (["市发改委"], ["各区县政府"]), id="bare-collective"),
    pytest.param("市发改委牵头；市财政局、市商务局", (["市发改委"], ["市财政局", "市商务局"]), id="semicolon"),
    pytest.param("市发改委牵头,市财政局,市商务局", (["市发改委"], ["市财政局", "市商务局"]), id="ascii-commas"),
]
assert_unique(NOTE_ROWS)


@pytest.mark.parametrize(("note", "roles"), NOTE_ROWS)
def test_units_after_the_leads_verb(note: str, roles: tuple[list[str], list[str]]) -> None:
    parsed = parse_unit_note(note)
    assert parsed is not None
    lead = [u for r, u in parsed.units if r == "lead"]
    rest = [u for r, u in parsed.units if r != "lead"]
    assert (lead, rest) == roles


NOTE_NEGATIVE_ROWS = [
    pytest.param("市发改委牵头，确保按时完成", id="prose-after-lead"),
    pytest.param("区教委牵头，全力推进落实", id="verb-phrase-after-lead"),
    pytest.param("市发改委、市财政局，市商务局", id="no-lead-verb"),
    pytest.param("＊为牵头单位", id="legend-of-a-sign"),
    pytest.param("市发展改革委牵头市财政局", id="glued-after-the-verb"),
    pytest.param("加粗者为牵头单位，其余为配合单位", id="legend-of-bold"),
]
assert_unique(NOTE_NEGATIVE_ROWS)


@pytest.mark.parametrize("note", NOTE_NEGATIVE_ROWS)
def test_no_units_read_from_prose(note: str) -> None:
    parsed = parse_unit_note(note)
    assert parsed is None or not parsed.units


PLAN = "某某市2021年政府工作报告重点工作任务分工方案\n\n一、稳定经济增长\n\n"

TASK_DEADLINE_ROWS = [
    pytest.param("（市发展改革委负责，年底前完成）", ("by", "2021-12-31"), id="year-end"),
    pytest.param("（市发展改革委负责，年内完成）", ("by", "2021-12-31"), id="within-year"),
    pytest.param("（市发展改革委负责，6月底前完成）", ("by", "2021-06-30"), id="month-end"),
    pytest.param("（市发展改革委负责，年内持续推进）", ("ongoing", None), id="ongoing-through-year"),
    pytest.param("(市发展改革委负责,年内持续推进)", ("ongoing", None), id="ascii-brackets"),
    pytest.param("（市发展改革委牵头，市财政局配合，年底前完成）", ("by", "2021-12-31"), id="lead-support-deadline"),
]
assert_unique(TASK_DEADLINE_ROWS)


@pytest.mark.parametrize(("note", "deadline"), TASK_DEADLINE_ROWS)
def test_a_notes_deadline_in_the_documents_year(note: str, deadline: tuple[str, str | None]) -> None:
    text = f"{PLAN}1.确保全市地区生产总值增长6%以上。{note}\n"
    tasks = [t for d in parse_text(text).documents for t in d.tasks]
    assert len(tasks) == 1 and tasks[0].lead_units == ["市发展改革委"]
    assert tasks[0].deadline is not None and (tasks[0].deadline.kind, tasks[0].deadline.date) == deadline


def test_prose_after_the_units_verb_is_no_note() -> None:
    text = f"{PLAN}1.确保全市地区生产总值增长6%以上。（市发展改革委负责，确保取得实效）\n"
    assert [t for d in parse_text(text).documents for t in d.tasks] == []


def test_a_traditional_plan() -> None:
    text = (
        "某某省2024年政府工作報告重點工作責任分解\n\n一、穩定經濟增長\n\n"
        "1.堅持政府過緊日子，嚴肅財經紀律，嚴控一般性支出。\n\n"
        "責任單位：省政府辦公廳、省財政廳牽頭，省商務廳、省文化廣電和旅遊廳\n\n"
        "2.確保全省地區生產總值增長6%以上。（省發展改革委負責，年內持續推進）\n"
    )
    tasks = [t for d in parse_text(text).documents for t in d.tasks]
    assert [(t.lead_units, t.support_units) for t in tasks] == [
        (["省政府办公厅", "省财政厅"], ["省商务厅", "省文化广电和旅游厅"]),
        (["省发展改革委"], []),
    ]
    assert tasks[1].deadline is not None and tasks[1].deadline.kind == "ongoing"


BRACKETS = [("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】"), ("[", "]")]
BRACKET_ROWS = [
    pytest.param(o, c, rest, expected, id=f"{name}-{o}{c}")
    for o, c in BRACKETS
    for name, rest, expected in (
        ("bare", "，市财政局、市商务局", (["市财政局", "市商务局"], None)),
        ("year-end", "，年底前完成", ([], "2021-12-31")),
        ("half-year", "，市财政局配合，6月底前完成", (["市财政局"], "2021-06-30")),
    )
]
assert_unique(BRACKET_ROWS, whole=True)


@pytest.mark.parametrize(("opener", "closer", "rest", "expected"), BRACKET_ROWS)
def test_every_bracket(opener: str, closer: str, rest: str, expected: tuple[list[str], str | None]) -> None:
    text = f"{PLAN}1.确保全市地区生产总值增长6%以上。{opener}市发展改革委牵头{rest}{closer}\n"
    tasks = [t for d in parse_text(text).documents for t in d.tasks]
    assert len(tasks) == 1 and tasks[0].lead_units == ["市发展改革委"]
    assert (tasks[0].support_units, tasks[0].deadline.date if tasks[0].deadline else None) == expected
