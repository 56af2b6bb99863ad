"""Unit lists (grammars/units.py) and unit notes in all their variants, through the API.

Rows are synthetic, written from the classes that real gazettes print (issue 9): every bracket,
separator and key spelling, numbering style, and the unit-list rules shared with recipients.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.grammars.units import parse_units, split_units
from gazette_extract.layout.fields import split_recipients

# ---------------------------------------------------------------------------------------------
# Unit lists
# ---------------------------------------------------------------------------------------------

UNIT_ROWS = [
    pytest.param("区发改局、区财政局", ["区发改局", "区财政局"], id="dunhao"),
    pytest.param("区发改局，区财政局", ["区发改局", "区财政局"], id="fullwidth-comma"),
    pytest.param("区发改局,区财政局", ["区发改局", "区财政局"], id="ascii-comma"),
    pytest.param("区发改局；区财政局", ["区发改局", "区财政局"], id="fullwidth-semicolon"),
    pytest.param("区发改局;区财政局", ["区发改局", "区财政局"], id="ascii-semicolon"),
    pytest.param("区发改局 区财政局", ["区发改局", "区财政局"], id="space-between-cjk"),
    pytest.param("市级各有关部门及各县市区政府", ["市级各有关部门", "各县市区政府"], id="ji-before-unit"),
    pytest.param("区委宣传部与各街道", ["区委宣传部", "各街道"], id="yu-before-unit"),
    pytest.param("财政部和国家税务总局", ["财政部", "国家税务总局"], id="he-before-unit"),
    pytest.param("文化和旅游部", ["文化和旅游部"], id="he-inside-name"),
    pytest.param("各有关部门和单位", ["各有关部门和单位"], id="he-collective"),
    pytest.param(
        "各乡镇（街道、社区）、区民政局", ["各乡镇（街道、社区）", "区民政局"], id="separator-inside-brackets"
    ),
    pytest.param("各县（市、区）人民政府", ["各县（市、区）人民政府"], id="collective-bracketed"),
    pytest.param("潍坊、淄博、临沂市政府", ["潍坊市政府", "淄博市政府", "临沂市政府"], id="distribute-city-government"),
    pytest.param("河北、山西省人民政府", ["河北省人民政府", "山西省人民政府"], id="distribute-province-government"),
    pytest.param("公安、交通部门", ["公安部门", "交通部门"], id="distribute-bumen"),
    # whole places, each with its level, share the last one's body (any level, an autonomous region's too)
    pytest.param("北京市、天津市人民政府", ["北京市人民政府", "天津市人民政府"], id="whole-places-government"),
    pytest.param("黑龙江省、吉林省人民政府", ["黑龙江省人民政府", "吉林省人民政府"], id="whole-places-three-chars"),
    pytest.param(
        "上海市、江苏省、浙江省人民政府",
        ["上海市人民政府", "江苏省人民政府", "浙江省人民政府"],
        id="whole-places-mixed-levels",
    ),
    pytest.param(
        "内蒙古自治区、广西壮族自治区、陕西省人民政府",
        ["内蒙古自治区人民政府", "广西壮族自治区人民政府", "陕西省人民政府"],
        id="whole-places-autonomous",
    ),
    pytest.param("平谷区、顺义区教委", ["平谷区教委", "顺义区教委"], id="whole-places-department"),
    pytest.param(
        "海淀区、朝阳区人民政府办公室", ["海淀区人民政府办公室", "朝阳区人民政府办公室"], id="whole-places-office"
    ),
    # not shared: places alone, a zone's own committee, a body with no place, a place's market bureau (市场…)
    pytest.param("北京市、天津市、河北省", ["北京市", "天津市", "河北省"], id="whole-places-alone"),
    pytest.param("大兴区、亦庄开发区管委会", ["大兴区", "亦庄开发区管委会"], id="zone-committee-not-shared"),
    pytest.param("平谷区、区发展改革委", ["平谷区", "区发展改革委"], id="body-without-place-not-shared"),
    pytest.param("北京市、天津市市场监管局", ["北京市", "天津市市场监管局"], id="level-word-body-not-shared"),
    pytest.param(
        "沈阳、北京、兰州、广州军区", ["沈阳军区", "北京军区", "兰州军区", "广州军区"], id="distribute-military-region"
    ),
    # a whole place is no fragment (never 平谷区区人民政府): it shares the body after the next place's level
    pytest.param("平谷区、顺义区人民政府", ["平谷区人民政府", "顺义区人民政府"], id="whole-place-not-a-fragment"),
    pytest.param("市发展改革委、财政局", ["市发展改革委", "财政局"], id="no-distribution-after-unit"),
    pytest.param("各县、市政府", ["各县、市政府"], id="collective-ge-county-city"),
    pytest.param("各省、自治区、直辖市人民政府", ["各省、自治区、直辖市人民政府"], id="collective-provinces"),
    pytest.param("各县、各区人民政府", ["各县", "各区人民政府"], id="two-collectives"),
    pytest.param("区政府各委、办、局、中心", ["区政府各委、办、局、中心"], id="collective-bare-suffixes"),
    pytest.param("中央、省驻岳单位", ["中央、省驻岳单位"], id="unclear-sharing-kept-whole"),
    pytest.param("区委组织部等相关单位", ["区委组织部"], id="etc-tail"),
    pytest.param("农业农村部等", ["农业农村部"], id="deng"),
    pytest.param("各区政府按职责分工负责", ["各区政府"], id="verb-tail"),
    pytest.param("有关部门", ["有关部门"], id="youguan-bumen-kept"),
    pytest.param("区发改局、区发改局", ["区发改局"], id="repeat-dropped"),
]
assert_unique(UNIT_ROWS)


@pytest.mark.parametrize(("text", "expected"), UNIT_ROWS)
def test_unit_lists(text, expected):
    parsed = parse_units(text)
    assert parsed.problem is None
    assert list(parsed.units) == expected


REFUSED_ROWS = [
    pytest.param("市发展改革委，参加单位：市财政局", "参加", id="second-key-inside"),
    pytest.param("区发改局。区财政局", "。", id="sentence-end"),
    pytest.param("区发改局（街道", "unbalanced", id="unbalanced-bracket"),
    pytest.param("区发改局牵头区财政局", "牵头", id="role-verb-inside"),
    pytest.param("区" + "很长的名字" * 9, "too long", id="too-long"),
    pytest.param("区发改局负责同志", "负责", id="people-not-unit"),
]
assert_unique(REFUSED_ROWS)


@pytest.mark.parametrize(("text", "why"), REFUSED_ROWS)
def test_unclear_lists_give_no_units(text, why):
    parsed = parse_units(text)
    assert parsed.units == ()
    assert why in parsed.problem


RECIPIENT_ROWS = [
    pytest.param("河北、山西省人民政府：", ["河北省人民政府", "山西省人民政府"], id="distributed"),
    pytest.param(
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"],
        id="state-council",
    ),
    pytest.param(
        "各乡镇人民政府、街道办事处，区政府各委、办、局、中心，各公司：",
        ["各乡镇人民政府", "街道办事处", "区政府各委、办、局、中心", "各公司"],
        id="district",
    ),
    pytest.param("各县、市政府:", ["各县、市政府"], id="collective-ascii-colon"),
]
assert_unique(RECIPIENT_ROWS)


@pytest.mark.parametrize(("text", "expected"), RECIPIENT_ROWS)
def test_recipients_use_the_unit_grammar(text, expected):
    assert split_recipients(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="区市县省各局委部、，；（）()及和与等潍坊河北政府人民单位：。 ", max_size=60))
def test_units_never_crash_and_come_from_the_text(text):
    for unit in split_units(text):
        assert unit
        # every character of a unit is in the text (distribution re-uses the text's own suffix)
        assert set(unit) <= set(text) | {"、"}


# ---------------------------------------------------------------------------------------------
# Unit notes, through the API
# ---------------------------------------------------------------------------------------------


def tasks_of(body: str) -> tuple[list[dict], list[dict]]:
    gazette = parse_text("北京市某区人民政府关于印发工作方案的通知\n\n" + body + "\n")
    tasks = [t.model_dump() for d in gazette.documents for t in d.tasks]
    return tasks, [w.model_dump() for w in gazette.warnings]


def summary(task: dict) -> tuple:
    deadline = task["deadline"]
    return (
        task["text"],
        task["lead_units"],
        task["support_units"],
        deadline and (deadline["kind"], deadline["date"]),
    )


A, B, C = "市发展改革委", "市财政局", "市税务局"
NOTE_ROWS = [
    pytest.param(f"1. 加强监管。（{A}牵头，{B}参与）", (["加强监管。"], [A], [B], None), id="lead-participate"),
    pytest.param(f"1. 加强监管。（{A}牵头，{B}、{C}配合）", (["加强监管。"], [A], [B, C], None), id="lead-two-support"),
    pytest.param(f"1. 加强监管。（{A}指导）", (["加强监管。"], [A], [], None), id="guide-alone-leads"),
    pytest.param(f"1. 加强监管。（{B}牵头，{A}指导）", (["加强监管。"], [B], [A], None), id="guide-beside-lead"),
    pytest.param(
        f"1. 加强监管。（{A}负责，长期坚持）", (["加强监管。"], [A], [], ("ongoing", None)), id="responsible-ongoing"
    ),
    pytest.param(
        f"1. 加强监管。（{A}负责，2020年6月底前完成）",
        (["加强监管。"], [A], [], ("by", "2020-06-30")),
        id="responsible-deadline",
    ),
    pytest.param(
        f"1. 加强监管。（牵头单位：{A}，参加单位：{B}）", (["加强监管。"], [A], [B], None), id="second-key-after-comma"
    ),
    pytest.param(
        f"1. 加强监管。（负责部门：{A}；适用范围：全市）", (["加强监管。"], [A], [], None), id="other-key-ends-value"
    ),
    pytest.param(
        f"1. 加强监管。（责任单位：{A}；完成时限：2021年底前）",
        (["加强监管。"], [A], [], ("by", "2021-12-31")),
        id="responsible-field-deadline-field",
    ),
    pytest.param(
        f"1. 加强监管。[责任单位:{A}、{B}]",
        (["加强监管。"], [A, B], [], None),
        id="square-ascii-colon-one-role-all-lead",
    ),
    pytest.param(
        f"1. 加强监管。〔责任单位：{A}；完成时限：2021年底前〕",
        (["加强监管。"], [A], [], ("by", "2021-12-31")),
        id="tortoise-shell-brackets",
    ),
    pytest.param(f"1. 加强监管。【牵头单位】{A}", (["加强监管。"], [A], [], None), id="lenticular-key-inline"),
    pytest.param(
        f"1. 加强监管。\n【牵头单位】{A}\n【配合单位】{B}", (["加强监管。"], [A], [B], None), id="lenticular-key-lines"
    ),
    pytest.param(
        f"1. 加强监管。(主责单位:{A};协同单位:{B})", (["加强监管。"], [A], [B], None), id="ascii-brackets-keys"
    ),
    pytest.param(f"1. 加强监管。({A}牵头, {B}参与)", (["加强监管。"], [A], [B], None), id="ascii-brackets-verbs"),
    pytest.param(f"１．加强监管。（{A}牵头，{B}参与）", (["加强监管。"], [A], [B], None), id="fullwidth-digit"),
    pytest.param(f"（一）加强监管。（{A}牵头，{B}参与）", (["加强监管。"], [A], [B], None), id="paren-chinese-numeral"),
    pytest.param(f"(1)加强监管。（{A}牵头，{B}参与）", (["加强监管。"], [A], [B], None), id="paren-digit"),
    pytest.param(f"①加强监管。（{A}牵头，{B}参与）", (["加强监管。"], [A], [B], None), id="circled-digit"),
    pytest.param(
        "1. 加强监管。（潍坊、淄博、临沂市政府负责）",
        (["加强监管。"], ["潍坊市政府", "淄博市政府", "临沂市政府"], [], None),
        id="distributed-units",
    ),
    pytest.param(
        "1. 加强监管。（各县、市政府负责）", (["加强监管。"], ["各县、市政府"], [], None), id="collective-unit"
    ),
    pytest.param(
        f"1. 到2022年，基本建成监管体系。（{A}负责）",
        (["到2022年，基本建成监管体系。"], [A], [], ("by", "2022-12-31")),
        id="own-sentence-dao-year",
    ),
    pytest.param(
        f"1. 加强监管，2020年6月底前，建立监管机制。（{A}负责）",
        (["加强监管，2020年6月底前，建立监管机制。"], [A], [], ("by", "2020-06-30")),
        id="own-sentence-month-end",
    ),
    pytest.param(
        f"1. 规范许可。依据清单，2022年10月底前编制并公布清单。（{A}负责）",
        (["规范许可。依据清单，2022年10月底前编制并公布清单。"], [A], [], ("by", "2022-10-31")),
        id="own-sentence-qian-runs-into-verb",
    ),
    pytest.param(
        f"1. 到2022年，基本建成监管体系；到2025年，全面建成。（{A}负责）",
        (["到2022年，基本建成监管体系；到2025年，全面建成。"], [A], [], None),
        id="own-sentence-two-dates-left-out",
    ),
    pytest.param(
        f"1. 加强监管。2019年，全市开展监管。（{A}负责）",
        (["加强监管。2019年，全市开展监管。"], [A], [], None),
        id="own-sentence-bare-year-is-narrative",
    ),
    # an item whose sentence opens with its deadline's year, right after the item's number
    pytest.param(
        f"1.2021年6月底前，建立长效机制。（{A}负责）",
        (["2021年6月底前，建立长效机制。"], [A], [], ("by", "2021-06-30")),
        id="number-dot-year",
    ),
    pytest.param(
        f"1、2021年6月底前，建立长效机制。（{A}负责）",
        (["2021年6月底前，建立长效机制。"], [A], [], ("by", "2021-06-30")),
        id="number-dunhao-year",
    ),
    pytest.param(
        f"1. 2021年6月底前，建立长效机制。（{A}负责）",
        (["2021年6月底前，建立长效机制。"], [A], [], ("by", "2021-06-30")),
        id="number-dot-space-year",
    ),
]
assert_unique(NOTE_ROWS)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"1、2月份，全县完成投资。（{A}负责）", id="two-months"),
        pytest.param(f"1.5亿元用于建设。（{A}负责）", id="decimal"),
        pytest.param(f"1.2021亿元用于建设。（{A}负责）", id="decimal-no-year"),
    ],
)
def test_a_number_before_a_number_is_no_item(body):
    """1、2月份 (January and February), 1.5亿元: no item's number, so no numbered task opens there."""
    tasks, _ = tasks_of(body)
    assert tasks == []


@pytest.mark.parametrize(("body", "expected"), NOTE_ROWS)
def test_unit_note_variants(body, expected):
    tasks, _ = tasks_of(body)
    texts, lead, support, deadline = expected
    assert [summary(t) for t in tasks] == [(texts[0], lead, support, deadline)]


def test_several_notes_in_one_item_each_close_a_task():
    tasks, _ = tasks_of(f"1. 加强监管。（{A}牵头）完善机制，健全制度。（{B}负责）推进试点。（{C}、{B}负责）")
    assert [(t["text"], t["lead_units"]) for t in tasks] == [
        ("加强监管。", [A]),
        ("完善机制，健全制度。", [B]),
        ("推进试点。", [C, B]),
    ]


def test_first_listed_is_lead_rule_kept():
    tasks, _ = tasks_of(f"（列第一位者为牵头单位）\n1. 加强监管。（{A}、{B}、{C}负责）")
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == [([A], [B, C])]


def test_unclear_unit_list_leaves_units_out_with_a_warning():
    tasks, warnings = tasks_of(f"1. 加强监管。\n责任单位：{A}牵头{B}")
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == [([], [])]
    unclear = [w for w in warnings if w["code"] == "unit-list-unclear"]
    assert len(unclear) == 1 and unclear[0]["line"] == 4


def test_second_key_never_inside_a_unit_name():
    tasks, _ = tasks_of(f"1. 加强监管。（牵头单位：{A}，参加单位：{B}，责任领导：张三）")
    units = tasks[0]["lead_units"] + tasks[0]["support_units"]
    assert all("：" not in u and "单位" not in u for u in units)
    assert tasks[0]["lead_people"] == ["张三"]


def test_body_paragraph_note_closes_the_item_above():
    tasks, _ = tasks_of(
        f"二、重点任务\n1.加强监管\n建立健全监管制度。（{A}牵头，{B}参与）\n完善考核办法。（{C}负责）\n2.优化服务\n推进一网通办。（{B}负责）"
    )
    assert [(t["text"], t["lead_units"], t["support_units"]) for t in tasks] == [
        ("加强监管\n建立健全监管制度。", [A], [B]),
        ("完善考核办法。", [C], []),
        ("优化服务\n推进一网通办。", [B], []),
    ]


def test_heading_narrative_with_a_note_stays_narrative():
    tasks, _ = tasks_of(f"三、重点领域\n（一）农业科技创新领域\n以示范区建设为引擎，打造创新高地。（牵头部门：{A}）")
    assert tasks == []


CORPUS_CLASS_ROWS = [
    pytest.param(
        "省工业和信息化厅、省商务厅等,各市人民政府",
        ["省工业和信息化厅", "省商务厅", "各市人民政府"],
        id="etc-inside-list",
    ),
    pytest.param(
        "省发改委、铁路办、相关市、县政府", ["省发改委", "铁路办", "相关市、县政府"], id="collective-xiangguan"
    ),
    pytest.param("各县（区）人民政府、法院", ["各县（区）人民政府、法院"], id="collective-bracketed-head-bare-court"),
    pytest.param("各市州、县市区人民政府", ["各市州、县市区人民政府"], id="collective-prefectures-counties"),
    pytest.param(
        "各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门",
        ["各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门"],
        id="collective-long-last-member",
    ),
    pytest.param("各高校、科研院所、企业", ["各高校", "科研院所", "企业"], id="kinds-of-recipient-not-a-collective"),
    pytest.param(
        "各乡镇（街道）、区规划自然资源分局", ["各乡镇（街道）", "区规划自然资源分局"], id="complete-head-takes-no-unit"
    ),
    pytest.param("市政府有关委、办、局", ["市政府有关委、办、局"], id="collective-youguan-bare-suffixes"),
]
assert_unique(CORPUS_CLASS_ROWS)


@pytest.mark.parametrize(("text", "expected"), CORPUS_CLASS_ROWS)
def test_unit_list_classes_from_the_dev_corpus(text, expected):
    assert split_units(text) == expected


KEY_ROWS = [
    pytest.param(
        "1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、市商务局等,各县、市、区政府",
        (["市发展改革委"], ["市经信局", "市商务局", "各县、市、区政府"], ["金力"]),
        id="responsibility-unit-keys",
    ),
    pytest.param(
        "1. 加强市场体系建设。〔责任单位:省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕",
        (["省发展改革委", "商务厅"], [], []),
        id="key-value-ends-at-sentence",
    ),
    pytest.param("1. 加强监管。（市政府各部门分别负责，长期坚持）", (["市政府各部门"], [], []), id="fenbie-fuze"),
    pytest.param(
        "1. 加强监管。\n责任领导：省政府分管领导同志\n责任单位：市财政局",
        (["市财政局"], [], ["省政府分管领导同志"]),
        id="people-are-not-refused-as-units",
    ),
]
assert_unique(KEY_ROWS)


@pytest.mark.parametrize(("body", "expected"), KEY_ROWS)
def test_key_and_verb_classes(body, expected):
    tasks, _ = tasks_of(body)
    assert [(t["lead_units"], t["support_units"], t["lead_people"]) for t in tasks] == [expected]


def test_items_run_together_in_one_line():
    line = (
        f"一、提振信心 （一）促进消费。 1.扩大消费，创新消费场景。({A}、{B}等相关部门按职责分工负责) "
        f"2.落实好90条措施。({A}牵头,{B}、{C}等相关部门按职责分工负责) 二、稳定就业 3.加大供给。({C}负责)"
    )
    tasks, _ = tasks_of(line)
    assert [(t["text"], t["lead_units"], t["support_units"]) for t in tasks] == [
        ("扩大消费，创新消费场景。", [A, B], []),
        ("落实好90条措施。", [A], [B, C]),
        ("加大供给。", [C], []),
    ]


def test_text_cut_inside_a_unit_list_drops_the_fragment():
    tasks, warnings = tasks_of("1. 稳企业。\n牵头单位：省发展改革委\n2. 制造业高质量发展。\n牵头单位：省发展改")
    assert [t["lead_units"] for t in tasks] == [["省发展改革委"], []]
    assert any(w["code"] == "unit-list-unclear" and "省发展改" in w["message"] for w in warnings)


CELL_LINES = "序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n1\n\n确保地区生产总值增长7%左右。\n\n1-2月指标回落。\n\n市发改委\n\n2\n\n持续推进重大项目攻坚。\n\n已安排36个项目。\n\n市住建局、市财政局\n\n"
PIPE_LINES = "序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n1 |\n坚持服务跟着项目走。 |\n叶林 |\n招商工作部、安商工作部 |\n2025年底前 |\n"


def test_table_printed_one_cell_per_line():
    tasks, _ = tasks_of(CELL_LINES)
    assert [(t["text"], t["lead_units"]) for t in tasks] == [
        ("确保地区生产总值增长7%左右。", ["市发改委"]),
        ("持续推进重大项目攻坚。", ["市住建局", "市财政局"]),
    ]


def test_table_printed_one_cell_per_line_with_pipes():
    tasks, _ = tasks_of(PIPE_LINES)
    assert [(t["text"], t["lead_units"], t["lead_people"], t["deadline"]["date"]) for t in tasks] == [
        ("坚持服务跟着项目走。", ["招商工作部", "安商工作部"], ["叶林"], "2025-12-31"),
    ]


def test_table_with_a_missing_cell_stops_rather_than_shifting_units():
    shifted = CELL_LINES.replace("1-2月指标回落。\n\n", "")  # row 1 lacks its 进展情况 cell
    tasks, _ = tasks_of(shifted)
    assert tasks == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="牵头单位参加配合负责责任：:，,；;、（）()【】[]〔〕市区局委办等各县政府完成时限2021年底前。 ",
        max_size=80,
    )
)
def test_no_unit_holds_a_key_or_a_sentence(note):
    from gazette_extract.records.tasks import parse_unit_note

    roles = parse_unit_note(note)
    for _role, unit in roles.units if roles else ():
        assert unit and not set(unit) & set("：:。")


def test_note_cut_by_the_end_of_the_page_keeps_the_task_without_guessing_units():
    tasks, warnings = tasks_of(f"1. 加强监管。（{A}负责）\n2. 坚定信心，攻坚克难。（{A}、{B}、人民")
    assert [(t["text"], t["lead_units"]) for t in tasks] == [("加强监管。", [A]), ("坚定信心，攻坚克难。", [])]
    assert any(w["code"] == "unit-list-unclear" and "ends inside a unit note" in w["message"] for w in warnings)


def test_cut_note_keeps_lists_already_closed_by_their_verb():
    tasks, _ = tasks_of(f"1. 加强监管。（{A}牵头，{B}、市")
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == [([A], [])]


def test_cut_bracket_that_is_no_note_gives_no_task():
    tasks, _ = tasks_of("1. 加强监管。（详见附")
    assert tasks == []


def test_cut_keyed_note_keeps_every_whole_unit():
    tasks, _ = tasks_of(f"1. 加强监管。（牵头单位：{A}；责任单位：{B}、{C}、市")
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == [([A], [B, C])]
