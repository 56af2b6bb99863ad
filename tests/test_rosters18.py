"""Rosters and tasks round 18: members, tasks and citations missed inside found documents — by class.

Each class was found on a dev page new to the corpus (samples/corpus, session 18) and is tested here over its
variants (brackets, separators, full/half width, Traditional characters), with negative rows that must give
nothing:

* **A number glued after a cited 《title》, no bracket** (根据《关于…的通知》矿大组织﹝2014﹞17号要求): the title's number,
  and the citation alone shows a document (an untitled notice stored without its recipients gave none).
* **A bracket of unit names only closing a numbered item after its last sentence** (1、…要準備寒冬送暖事宜。(民政局)):
  a unit note, the units responsible. Never a remark (（试行）, （以下简称…）, （含…）), a word (（全部）), a person, nor a
  bracket glued to a noun (有关部门主要领导（文明办、社发局）: who attend).
* **A story's roster role before a name whose surname starts words elsewhere** (…领导小组常务副组长呼廷贵讲话): the role
  before and the story's verb after bound the name.
* **Holders listed after 成员包括, the last joined by 及/和/与/以及** (成员包括A、B,C及D), a married name among them
  (林贝聿嘉).
* **A holder opening his sentence, his duty told first, the role taken in the next clause** (薛慰祖同志具体负责，任组长).
* **Holders counted off with 等同志 before 为…成员** (A、B、C等同志为领导小组成员).
* **A table row whose merged cells were dropped in front and printed empty at its end**: no task (a progress note had
  been read as the task).
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.layout.blocks import ITEM, split_blocks


def cited_numbers(text: str) -> list[str]:
    return [c.doc_number.text for d in parse_text(text).documents for c in d.citations if c.doc_number]


def members(text: str) -> list[tuple[str, str]]:
    return [(m.role, m.person) for d in parse_text(text).documents for m in d.members]


def tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t.text, list(t.lead_units), list(t.support_units)) for d in parse_text(text).documents for t in d.tasks]


# --------------------------------------------------------------------------------------------- citations

CITED = "关于做好我校中层干部2014年度考核工作的通知"

GLUED_NUMBER_ROWS = [
    pytest.param(f"根据学校《{CITED}》矿大组织﹝2014﹞17号要求，定于12月26日进行测评。\n", id="small-form-brackets"),
    pytest.param(f"根据学校《{CITED}》矿大组织〔2014〕17号要求，定于12月26日进行测评。\n", id="hexagonal"),
    pytest.param(f"根据学校《{CITED}》矿大组织[2014]17号要求,定于12月26日进行测评。\n", id="ascii-square"),
    pytest.param(f"根据学校《{CITED}》矿大组织（2014）17号要求，定于12月26日进行测评。\n", id="round"),
    pytest.param(f"根据学校《{CITED}》矿大组织【2014】17号要求，定于12月26日进行测评。\n", id="lenticular"),
    pytest.param(
        f"根据学校《{CITED}》 矿大组织〔2014〕17号文件要求，定于12月26日进行测评。\n", id="space-then-wenjian"
    ),
    pytest.param(f"根据学校《{CITED}》\u3000矿大组织〔2014〕17号精神，定于12月26日进行测评。\n", id="wide-space"),
    pytest.param(
        "根據學校《關於做好考核工作的通知》礦大組織〔2014〕17號要求，定於12月26日進行測評。\n", id="traditional"
    ),
    pytest.param(f"现将《{CITED}》矿大组织〔2014〕17号转发你们，请认真贯彻执行。\n", id="forwarded"),
]


@pytest.mark.parametrize("text", GLUED_NUMBER_ROWS)
def test_a_number_glued_after_a_cited_title_is_its_number(text: str) -> None:
    assert cited_numbers(text) == ["矿大组织〔2014〕17号"]


def test_the_title_and_its_glued_number_are_one_citation() -> None:
    doc = parse_text(f"各学院：\n根据《{CITED}》矿大组织〔2014〕17号要求，进行测评。\n").documents[0]
    assert [(c.title, c.doc_number.text if c.doc_number else None) for c in doc.citations] == [
        (CITED, "矿大组织〔2014〕17号")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("根据《某某办法》第十七条规定，结合实际。\n", id="an-article"),
        pytest.param("根据《某某办法》和某政发〔2014〕17号精神，结合实际。\n", id="a-second-document-after-he"),
        pytest.param("根据《某某办法》（试行）精神，结合实际。\n", id="a-remark-bracket"),
    ],
)
def test_nothing_glued_after_the_title_gives_no_document(text: str) -> None:
    assert parse_text(text).documents == []


# --------------------------------------------------------------------------------------------- tasks

HEAD = "第46次扩大主管会报县长裁示事项\n"

BARE_NOTE_ROWS = [
    pytest.param(
        HEAD + "1、对于低收入户等。在过年期间要准备寒冬送暖事宜。(民政局)\n2、年关将近，要做好各项准备工作。(财政局)\n",
        [("民政局",), ("财政局",)],
        id="ascii-brackets",
    ),
    pytest.param(
        HEAD
        + "1、对于低收入户等。在过年期间要准备寒冬送暖事宜。（县民政局）\n2、年关将近，要做好各项准备工作。（县财政局）\n",
        [("县民政局",), ("县财政局",)],
        id="full-width-with-place",
    ),
    pytest.param(
        HEAD + "1、在过年期间要准备寒冬送暖事宜。（县民政局、县财政局）\n2、要做好各项准备工作；（县发展改革委）\n",
        [("县民政局", "县财政局"), ("县发展改革委",)],
        id="two-units-and-a-semicolon",
    ),
    pytest.param(
        "第46次擴大主管會報縣長裁示事項\n 1、對於低收入戶等。在過年期間要準備寒冬送暖事宜。(民政局)\n 2、年關將近，要做好準備工作。(財政局)\n",
        [("民政局",), ("财政局",)],
        id="traditional",
    ),
    pytest.param(
        HEAD
        + "5、对于公有土地登记管理要加强督导。(财政局)\n6、98年元旦升旗活动相关事宜，应事先做好规划办理。(教育局)\n",
        [("财政局",), ("教育局",)],
        id="an-item-opening-on-a-two-digit-year",
    ),
]


@pytest.mark.parametrize(("text", "units"), BARE_NOTE_ROWS)
def test_a_bracket_of_unit_names_closing_an_item_is_its_note(text: str, units: list[tuple[str, ...]]) -> None:
    got = tasks(text)
    assert [tuple(lead) for _text, lead, _support in got] == units
    assert all(not support for _text, _lead, support in got)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("（试行）", id="trial"),
        pytest.param("（以下简称县民政局）", id="short-name"),
        pytest.param("（含县经开区管委会）", id="including"),
        pytest.param("（全部）", id="a-word-ending-in-bu"),
        pytest.param("（张三）", id="a-person"),
        pytest.param("（县级）", id="a-level"),
        pytest.param("（详见附件）", id="see-attachment"),
        pytest.param("（原县民政局）", id="a-former-name"),
        pytest.param("（2023年底前）", id="a-deadline-alone"),
    ],
)
def test_other_brackets_closing_an_item_are_no_note(note: str) -> None:
    text = f"某县2023年工作要点\n1、制定全县养老服务规划。{note}\n2、建立联席会议制度。{note}\n"
    assert tasks(text) == []


def test_a_bracket_glued_to_a_noun_names_who_not_a_note() -> None:
    text = (
        "关于召开创建工作推进会的通知\n三、参加人员：\n1、区委、区政府分管领导\n"
        "2、嘉兴市经济开发区有关部门主要领导（文明办、社发局、公安分局）\n"
    )
    assert tasks(text) == []


def test_an_item_glued_to_its_bracket_is_no_note() -> None:
    assert tasks(HEAD + "1、在过年期间要准备寒冬送暖事宜（民政局）\n2、要做好各项准备工作（财政局）\n") == []


def test_an_item_marker_before_a_two_digit_year() -> None:
    kinds = [b.kind for b in split_blocks("某县工作要点\n6、98年元旦升旗活动相关事宜。\n1、2月份完成\n1.5亿元\n")]
    assert kinds == ["paragraph", ITEM, "paragraph", "paragraph"]


def test_a_row_shifted_left_by_merged_cells_gives_no_task() -> None:
    text = (
        "|序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |\n"
        "|1 | 农村人居环境整治提升工程 | 推广“信用+”人居环境治理新模式。 | 试点村达到100个 | 已完成 | 县人居环境整治工作专班 |\n"
        "|新增国家卫生乡镇2个。 | 验收材料已准备完毕。 | 已完成 | |||\n"
        "|建设“四好农村路”50公里。 | 完工建设50.52公里。 | 正常推进 | |||\n"
    )
    assert [(t[0][:8], t[1]) for t in tasks(text)] == [("推广“信用+”人", ["县人居环境整治工作专班"])]


def test_rows_of_a_table_with_merged_cells_left_empty_still_read() -> None:
    text = (
        "|序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
        "|1 | 推进老旧小区改造 | 区住建局 | 2023年底前 |\n"
        "| | 完善社区养老服务设施 | 区民政局 | |\n"
    )
    assert [(t[0], t[1]) for t in tasks(text)] == [
        ("推进老旧小区改造", ["区住建局"]),
        ("完善社区养老服务设施", ["区民政局"]),
    ]


# --------------------------------------------------------------------------------------------- members

NEWS = "全县扫黑除恶专项斗争领导小组会议召开\n本报讯 6月25日，全县扫黑除恶专项斗争领导小组会议召开。\n"

BOUNDED_STORY_ROWS = [
    pytest.param(
        "县委常委、政法委书记、县扫黑除恶领导小组常务副组长呼廷贵讲话指出，要统一思想。", id="role-last-jianghua"
    ),
    pytest.param("县委常委、县扫黑除恶领导小组常务副组长呼廷贵主持会议。", id="role-last-zhuchi"),
    pytest.param("县扫黑除恶领导小组常务副组长呼廷贵出席会议并讲话。", id="role-alone-chuxi"),
    pytest.param("县扫黑除恶领导小组常务副组长、县委常委、政法委书记呼廷贵率队检查。", id="role-first-then-posts"),
    pytest.param("縣委常委、政法委書記、縣掃黑除惡領導小組常務副組長呼廷貴講話指出，要統一思想。", id="traditional"),
]


@pytest.mark.parametrize("story", BOUNDED_STORY_ROWS)
def test_a_bounded_surname_between_a_role_and_the_story_verb(story: str) -> None:
    assert members(NEWS + story + "\n") == [("常务副组长", "呼廷贵")]


@pytest.mark.parametrize(
    "story",
    [
        pytest.param("县扫黑除恶领导小组组长呼吁各方参加会议。", id="huyu-a-verb"),
        pytest.param("县扫黑除恶领导小组组长呼吁大家积极参与。", id="huyu-then-object"),
        pytest.param("呼廷贵讲话指出，要统一思想。", id="no-role-before"),
    ],
)
def test_a_word_opening_with_hu_is_no_member(story: str) -> None:
    assert members(NEWS + story + "\n") == []


PANEL = ["余国春", "吴清辉", "李祖泽", "李连生", "钟瑞明"]

LISTED_ROWS = [
    pytest.param("成员包括余国春、吴清辉、李祖泽、李连生及钟瑞明。", id="ji"),
    pytest.param("成员包括余国春、吴清辉、李祖泽、李连生和钟瑞明。", id="he"),
    pytest.param("成员包括余国春、吴清辉、李祖泽、李连生与钟瑞明。", id="yu"),
    pytest.param("成员包括余国春、吴清辉、李祖泽、李连生以及钟瑞明。", id="yiji"),
    pytest.param("成员包括余国春、吴清辉,李祖泽、李连生及钟瑞明。", id="mixed-comma"),
    pytest.param("成員包括余國春、吳清輝、李祖澤、李連生及鍾瑞明。", id="traditional"),
]


@pytest.mark.parametrize("listed", LISTED_ROWS)
def test_holders_after_chengyuan_baokuo_the_last_joined(listed: str) -> None:
    text = f"民建联成立顾问团\n民建联中委会25日成立22人顾问团，{listed}\n"
    assert members(text) == [("成员", p) for p in PANEL]


def test_a_married_name_among_listed_holders() -> None:
    text = "民建联成立顾问团\n民建联成立顾问团，成员包括余国春、林贝聿嘉、李连生及钟瑞明。\n"
    assert members(text) == [("成员", p) for p in ("余国春", "林贝聿嘉", "李连生", "钟瑞明")]


@pytest.mark.parametrize(
    "listed",
    [
        pytest.param("成员包括县发改局、县财政局及县教育局。", id="units"),
        pytest.param("成员包括县发改局、县财政局和县教育局主要负责同志。", id="units-by-post"),
    ],
)
def test_units_listed_after_chengyuan_baokuo_are_no_members(listed: str) -> None:
    assert members(f"某县成立创卫工作领导小组\n县里成立创卫工作领导小组，{listed}\n") == []


def test_a_name_holding_he_stays_whole() -> None:
    text = "某县成立创卫工作领导小组\n县里成立创卫工作领导小组，成员包括余国春、吴清辉、朱永和。\n"
    assert members(text) == [("成员", "余国春"), ("成员", "吴清辉"), ("成员", "朱永和")]


SUBJECT_ROWS = [
    pytest.param("薛慰祖同志具体负责，任组长；徐勇惠同志协助，任副组长。", id="full-width"),
    pytest.param("薛慰祖同志具体负责,任组长;徐勇惠同志协助,任副组长。", id="ascii"),
    pytest.param("俞纪根同志总负责。薛慰祖同志具体负责，担任组长；徐勇惠同志协助，兼任副组长。", id="danren-jianren"),
]


@pytest.mark.parametrize("clauses", SUBJECT_ROWS)
def test_a_role_taken_after_the_holders_duty(clauses: str) -> None:
    text = f"关于成立写作组的通知\n一、组织领导\n{clauses}\n"
    assert members(text) == [("组长", "薛慰祖"), ("副组长", "徐勇惠")]


@pytest.mark.parametrize(
    "clauses",
    [
        pytest.param("薛慰祖同志不再负责，任副组长。", id="left"),
        pytest.param("王五同志协助，任主任。", id="a-title-role"),
        pytest.param("薛慰祖具体负责，任组长。", id="no-tongzhi"),
        pytest.param("张三同志主持会议，任命李四为组长。", id="renming"),
    ],
)
def test_other_duty_clauses_give_no_member(clauses: str) -> None:
    assert members(f"关于调整领导小组的通知\n{clauses}\n") == []


def test_holders_counted_off_before_wei() -> None:
    text = "关于成立领导小组的通知\n薛慰祖、徐勇惠、汤沸等同志为领导小组成员。\n"
    assert members(text) == [("成员", "薛慰祖"), ("成员", "徐勇惠"), ("成员", "汤沸")]


# --------------------------------------------------------------------------------------------- roster lines

GROUP_KEY_ROWS = [
    pytest.param(
        "专家组组长：王建国（某某大学教授）\n专家组成员：李明（某研究院研究员）、张华（某设计院高级工程师）\n",
        id="zhuanjiazu",
    ),
    pytest.param(
        "工作组组长：王建国（县长）\n工作组副组长：李明（副县长）\n工作组成员：张华（县发改局局长）\n", id="gongzuozu"
    ),
    pytest.param("督导组组长：王建国\n督导组组员：李明、张华\n", id="duodaozu-zuyuan"),
    pytest.param(
        "專家組組長：王建國（某某大學教授）\n專家組成員：李明（某研究院研究員）、張華（某設計院高級工程師）\n",
        id="traditional",
    ),
]


@pytest.mark.parametrize("lines", GROUP_KEY_ROWS)
def test_a_role_key_after_the_groups_name(lines: str) -> None:
    got = members("关于成立某某专家组的通知\n" + lines)
    assert [person for _role, person in got] == ["王建国", "李明", "张华"]
    assert got[0][0] == "组长"


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param("工作组成员：县发改局、县财政局、县教育局\n", id="units"),
        pytest.param("各工作组组长：由各单位分管领导担任\n", id="by-post"),
        pytest.param("专家组组成：王建国、李明\n", id="zucheng-no-role"),
        pytest.param("工作组成员单位：县发改局、县财政局\n", id="member-units"),
    ],
)
def test_group_keys_without_people_give_nothing(lines: str) -> None:
    assert members("关于成立某某工作组的通知\n" + lines) == []


def test_names_apart_by_spaces_after_a_role_without_colon() -> None:
    text = "关于成立某某工作领导小组的通知\n组长：王建国\n成员 赵六 钱七 孙八 李九\n"
    assert members(text) == [("组长", "王建国")] + [("成员", p) for p in ("赵六", "钱七", "孙八", "李九")]


def test_a_line_opening_on_a_role_word_never_goes_on_with_the_role_above() -> None:
    text = "关于成立某某工作领导小组的通知\n组长：王建国\n成员 负责日常工作 参与会议\n"
    assert members(text) == [("组长", "王建国")]


DOTTED_ROWS = [
    pytest.param(
        "组长：买买提·艾力（县长）\n成员：阿不都·热依木（副县长）、古丽·吐尔逊（县财政局局长）\n", id="full-brackets"
    ),
    pytest.param(
        "组长：买买提·艾力(县长)\n成员：阿不都·热依木(副县长)、古丽·吐尔逊(县财政局局长)\n", id="ascii-brackets"
    ),
    pytest.param(
        "组长：买买提・艾力（县长）\n成员：阿不都・热依木（副县长）、古丽・吐尔逊（县财政局局长）\n", id="katakana-dot"
    ),
]


@pytest.mark.parametrize("lines", DOTTED_ROWS)
def test_dotted_names_before_a_bracketed_post(lines: str) -> None:
    got = members("关于成立某某工作领导小组的通知\n" + lines)
    assert [role for role, _person in got] == ["组长", "成员", "成员"]
    assert [person.replace("・", "·") for _role, person in got] == ["买买提·艾力", "阿不都·热依木", "古丽·吐尔逊"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("成员：县发改局局长赵六、县财政局局长钱七等15人", id="deng-count"),
        pytest.param("成员：县发改局局长赵六，县财政局局长钱七等", id="deng-alone"),
        pytest.param("成员：县发改局局长赵六、县财政局局长钱七等同志", id="deng-tongzhi"),
    ],
)
def test_posted_holders_before_a_count(line: str) -> None:
    assert members(f"关于成立某某工作领导小组的通知\n组长：王建国\n{line}\n") == [
        ("组长", "王建国"),
        ("成员", "赵六"),
        ("成员", "钱七"),
    ]


# --------------------------------------------------------------------------------------------- shared serials


@pytest.mark.parametrize(
    ("cited", "numbers"),
    [
        pytest.param("某政发〔2021〕8号、9号文件", ["某政发〔2021〕8号", "某政发〔2021〕9号"], id="dun"),
        pytest.param("某政发〔2021〕8号和12号文件", ["某政发〔2021〕8号", "某政发〔2021〕12号"], id="he"),
        pytest.param(
            "《某某通知》（某政发〔2021〕8号、9号）",
            ["某政发〔2021〕8号", "某政发〔2021〕9号"],
            id="in-a-title-bracket",
        ),
        pytest.param("某政發〔2021〕8號、9號文件", ["某政发〔2021〕8号", "某政发〔2021〕9号"], id="traditional"),
        pytest.param(
            "某政发[2021]8号、9号、10号文件",
            ["某政发〔2021〕8号", "某政发〔2021〕9号", "某政发〔2021〕10号"],
            id="three",
        ),
    ],
)
def test_serials_sharing_the_number_before_them(cited: str, numbers: list[str]) -> None:
    assert cited_numbers(f"各乡镇：\n根据{cited}要求，现通知如下。\n") == numbers


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param("某政发〔2021〕8号、9月份的要求", id="a-month"),
        pytest.param("某政发〔2021〕8号、2021年9号台风预警", id="a-typhoon"),
        pytest.param("某政发〔2021〕8号、第9条", id="an-article"),
    ],
)
def test_other_numbers_after_a_dun_are_no_serials(cited: str) -> None:
    assert cited_numbers(f"各乡镇：\n根据{cited}，现通知如下。\n") == ["某政发〔2021〕8号"]


@pytest.mark.parametrize(
    ("cited", "numbers"),
    [
        pytest.param("某政发〔2021〕8、9号文件", ["某政发〔2021〕8号", "某政发〔2021〕9号"], id="listed"),
        pytest.param(
            "某政发[2021]8、9、12号文件",
            ["某政发〔2021〕8号", "某政发〔2021〕9号", "某政发〔2021〕12号"],
            id="three-listed",
        ),
        pytest.param("某政发〔2021〕8，9号文件", ["某政发〔2021〕8号", "某政发〔2021〕9号"], id="comma"),
        pytest.param("某政發〔2021〕8、9號文件", ["某政发〔2021〕8号", "某政发〔2021〕9号"], id="traditional"),
    ],
)
def test_serials_listed_before_one_hao(cited: str, numbers: list[str]) -> None:
    assert cited_numbers(f"各乡镇：\n根据{cited}要求，现通知如下。\n") == numbers


def test_a_title_takes_the_first_of_its_listed_serials() -> None:
    text = "关于某事的通知\n各乡镇：\n根据《某某通知》（某政发〔2021〕8、9号）要求，现通知如下。\n"
    cited = [(c.title, c.doc_number and c.doc_number.text) for d in parse_text(text).documents for c in d.citations]
    assert cited == [("某某通知", "某政发〔2021〕8号"), (None, "某政发〔2021〕9号")]


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param("某政发〔2021〕8、2022年9号台风", id="a-year-between"),
        pytest.param("某政发〔2021〕8、9月份", id="a-month"),
    ],
)
def test_other_lists_after_a_years_bracket_are_no_serials(cited: str) -> None:
    assert cited_numbers(f"各乡镇：\n根据{cited}要求，现通知如下。\n") == []


# --------------------------------------------------------------------------------------------- village committees

VILLAGE_ROWS = [
    pytest.param(
        "褡裢村村委会主任:王泽辉\n委员:蔡卫东、孙梦姿\n",
        [("主任", "王泽辉"), ("委员", "蔡卫东"), ("委员", "孙梦姿")],
        id="ascii-colon",
    ),
    pytest.param(
        "褡裢村村民委员会主任：王泽辉\n委员：蔡卫东、孙梦姿\n",
        [("主任", "王泽辉"), ("委员", "蔡卫东"), ("委员", "孙梦姿")],
        id="full-name",
    ),
    pytest.param(
        "社区居委会主任：王建国\n居委会副主任：李明\n居委会委员：张华、赵六\n",
        [("主任", "王建国"), ("副主任", "李明"), ("委员", "张华"), ("委员", "赵六")],
        id="community",
    ),
    pytest.param(
        "褡褳村村委會主任:王澤輝\n委員:蔡衛東、孫夢姿\n",
        [("主任", "王泽辉"), ("委员", "蔡卫东"), ("委员", "孙梦姿")],
        id="traditional",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), VILLAGE_ROWS)
def test_a_village_committees_roles_after_its_name(lines: str, expected: list[tuple[str, str]]) -> None:
    assert members("某镇村委会换届选举结果\n" + lines) == expected


def test_department_heads_are_no_roster() -> None:
    assert members("某县关于公布部门负责人的通知\n县发改委主任：张三\n县财政局局长：李四\n县民政局副局长：王五\n") == []


# --------------------------------------------------------------------------------------------- lost brackets


@pytest.mark.parametrize(
    "number",
    [
        pytest.param("锡府办?2005?99号", id="ascii-question-marks"),
        pytest.param("锡府办？2005？99号", id="full-width-question-marks"),
        pytest.param("锡府办?2005?第99号", id="di"),
    ],
)
def test_a_number_whose_brackets_were_lost_to_question_marks(number: str) -> None:
    doc = parse_text(f"关于成立写作组的通知\n{number}\n区信访局：\n现将有关事项通知如下。\n").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "锡府办〔2005〕99号"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("这是为什么?2005?年的事\n", id="no-serial"),
        pytest.param("锡府办?05?99号\n", id="two-digit-year"),
        pytest.param("你问我?2005?\n", id="no-hao"),
    ],
)
def test_other_question_marks_stay(text: str) -> None:
    assert cited_numbers("各乡镇：\n" + text) == []


# --------------------------------------------------------------------------------------------- padded names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("赵  六　钱  七　孙  八　李  九", ["赵六", "钱七", "孙八", "李九"], id="full-width-gaps"),
        pytest.param(
            "赵  六    钱  七    孙大伟", ["赵六", "钱七", "孙大伟"], id="wide-ascii-gaps-and-a-three-character-name"
        ),
    ],
)
def test_names_padded_to_one_width_on_their_own_line(line: str, names: list[str]) -> None:
    text = f"某县人大常委会组成人员名单\n主任：王建国\n委员（按姓氏笔画为序）：\n{line}\n"
    assert members(text) == [("主任", "王建国")] + [("委员", n) for n in names]


def test_names_padded_to_one_width_traditional() -> None:
    text = "某縣人大常委會組成人員名單\n主任：王建國\n委員（按姓氏筆畫為序）：\n趙  六　錢  七　孫大偉\n"
    assert members(text) == [("主任", "王建国"), ("委员", "赵六"), ("委员", "钱七"), ("委员", "孙大伟")]


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        pytest.param("几 个 问 题 的 通 知", "几个问题的通知", id="a-letter-spaced-title-still-closed-up"),
        pytest.param("张三 李四 王五", "张三 李四 王五", id="single-spaces-untouched"),
        pytest.param("关  于", "关于", id="one-word"),
    ],
)
def test_other_spaced_lines_fold_as_before(line: str, folded: str) -> None:
    from gazette_extract.text.normalize import fold_text

    assert fold_text(line + "\n").strip() == folded


# --------------------------------------------------------------------------------------------- a task force's 班长


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param("班  长：张三丰（县委副书记）\n副班长：李四光（副县长）\n", id="lines"),
        pytest.param("班　长：张三丰　县委副书记\n副班长：李四光　副县长\n", id="posts-after"),
        pytest.param("专班由县委副书记张三丰任班长，副县长李四光任副班长。\n", id="prose"),
    ],
)
def test_a_task_forces_banzhang(lines: str) -> None:
    text = f"关于调整某某工作专班的通知\n各单位：\n经研究，决定调整工作专班，人员如下：\n{lines}某县人民政府办公室\n2023年3月1日\n"
    assert members(text)[:2] == [("班长", "张三丰"), ("副班长", "李四光")]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param("一、先进班组\n班长：张三丰（某车间）\n", id="a-team-monitor"),
        pytest.param("经评选，二班班长张三丰、一班副班长李四光被评为优秀学生干部。\n", id="class-monitors"),
        pytest.param("值班长：张三丰\n带班长：李四光\n", id="duty-heads"),
    ],
)
def test_a_banzhang_without_a_task_force_is_no_member(lines: str) -> None:
    assert members(f"关于表彰的通知\n各单位：\n{lines}某公司\n2023年3月1日\n") == []


# --------------------------------------------------------------------------------------------- deadline keys


@pytest.mark.parametrize("key", ["时限", "时间要求"])
@pytest.mark.parametrize("sep", ["。", "；", "\n"])
def test_a_deadline_columns_name_as_a_key_in_an_item(key: str, sep: str) -> None:
    text = (
        "关于印发某某任务分工的通知\n各单位：\n"
        f"一、推进项目建设。牵头单位：县发改局；责任单位：县财政局{sep}{key}：2023年12月底前。\n"
        f"二、优化营商环境。责任单位：县市场监管局；{key}：长期坚持。\n某县人民政府办公室\n2023年3月1日\n"
    )
    tasks = [t for d in parse_text(text).documents for t in d.tasks]
    assert [(t.lead_units, t.support_units, t.deadline and t.deadline.kind) for t in tasks] == [
        (["县发改局"], ["县财政局"], "by"),
        (["县市场监管局"], [], "ongoing"),
    ]


@pytest.mark.parametrize("key", ["办结时限", "时间"])
def test_a_guides_or_a_meetings_time_key_gives_no_task(key: str) -> None:
    text = (
        "关于公布某某事项办事指南的通知\n各单位：\n一、事项名称\n某某许可\n二、办理要求\n"
        f"{key}：自受理之日起20个工作日\n三、申请材料\n申请表\n某县人民政府办公室\n2023年3月1日\n"
    )
    assert [t for d in parse_text(text).documents for t in d.tasks] == []


# --------------------------------------------------------------------------------------------- a deadline's own sentence


def _second_task(item: str) -> list[tuple[list[str], list[str], str | None]]:
    text = (
        "关于印发某某责任分解的通知\n各单位：\n1.加强组织领导。责任单位：县发改局。\n"
        f"2.{item}\n某县人民政府办公室\n2023年3月1日\n"
    )
    tasks = [t for d in parse_text(text).documents for t in d.tasks][1:]
    return [(t.lead_units, t.support_units, t.deadline and t.deadline.text) for t in tasks]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(
            "完善工作机制。县财政局牵头，各乡镇配合。2023年底前完成。",
            (["县财政局"], ["各乡镇"], "2023年底前完成"),
            id="by",
        ),
        pytest.param("完善工作机制。县财政局负责。长期坚持。", (["县财政局"], [], "长期坚持"), id="ongoing"),
        pytest.param(
            "完善工作机制。县财政局负责。2023年6月底前。", (["县财政局"], [], "2023年6月底前"), id="bare-date"
        ),
    ],
)
def test_the_units_sentence_before_a_deadlines_own(item: str, expected: tuple[list[str], list[str], str]) -> None:
    assert _second_task(item) == [expected]


@pytest.mark.parametrize(
    "item",
    [
        pytest.param("完善工作机制。2023年底前完成。", id="no-units"),
        pytest.param("完善工作机制。各乡镇要积极配合。2023年底前完成。", id="a-clause"),
        pytest.param("完善工作机制。其后勤工作由县财政局负责。2023年底前完成。", id="a-sentence-about-units"),
    ],
)
def test_a_deadline_sentence_after_no_units_note_gives_no_task(item: str) -> None:
    assert _second_task(item) == []


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(
            "完善工作机制。责任单位：县财政局。2023年底前完成。",
            (["县财政局"], [], "2023年底前完成"),
            id="own-sentence",
        ),
        pytest.param(
            "完善工作机制。责任单位：县财政局，2023年底前完成。", (["县财政局"], [], "2023年底前完成"), id="comma"
        ),
        pytest.param(
            "完善工作机制。责任单位：县财政局；2023年底前完成。", (["县财政局"], [], "2023年底前完成"), id="semicolon"
        ),
        pytest.param(
            "完善工作机制（责任单位：县财政局，2023年底前完成）", (["县财政局"], [], "2023年底前完成"), id="bracket"
        ),
        pytest.param(
            "完善工作机制。牵头单位：县财政局；配合单位：各乡镇。长期坚持。",
            (["县财政局"], ["各乡镇"], "长期坚持"),
            id="ongoing",
        ),
    ],
)
def test_a_deadline_after_a_unit_keys_value_is_no_unit(item: str, expected: tuple[list[str], list[str], str]) -> None:
    assert _second_task(item) == [expected]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param("完善工作机制。责任单位：县财政局，各乡镇。", (["县财政局", "各乡镇"], [], None), id="two-units"),
        pytest.param(
            "完善工作机制。责任单位：县财政局。各乡镇要加强配合。", (["县财政局"], [], None), id="a-clause-after"
        ),
    ],
)
def test_other_pieces_after_a_unit_keys_value_are_no_deadline(
    item: str, expected: tuple[list[str], list[str], None]
) -> None:
    assert _second_task(item) == [expected]


# --------------------------------------------------------------------------------------------- a year's 年 in its bracket


@pytest.mark.parametrize("printed", ["某政发〔2022年〕15号", "某政发（2022年）15号", "某政发[2022 年]15号"])
def test_a_years_nian_inside_its_bracket(printed: str) -> None:
    cited = f"关于某事的通知\n各单位：\n根据《关于某某工作的通知》（{printed}）要求，现通知如下。\n"
    assert cited_numbers(cited) == ["某政发〔2022〕15号"]


def test_a_year_in_brackets_before_a_date_is_no_number() -> None:
    assert cited_numbers("关于某事的通知\n各单位：\n某县工作要点（2022年）3月15日印发，现通知如下。\n") == []


# --------------------------------------------------------------------------------------------- single-spaced tables


def _table_tasks(sep: str, rows: str) -> list[tuple[str, list[str], list[str], str | None]]:
    header = sep.join(("序号", "工作任务", "牵头单位", "配合单位", "完成时限"))
    text = f"关于印发某某任务分工的通知\n各单位：\n{header}\n{rows}\n\n某县人民政府办公室\n2023年3月1日\n"
    tasks = [t for d in parse_text(text).documents for t in d.tasks]
    return [(t.text, t.lead_units, t.support_units, t.deadline and t.deadline.kind) for t in tasks]


@pytest.mark.parametrize("sep", [pytest.param(" ", id="space"), pytest.param("\u3000", id="ideographic")])
def test_a_table_whose_cells_a_single_space_parts(sep: str) -> None:
    rows = "\n".join(
        sep.join(cells)
        for cells in (
            ("1", "加强组织领导", "县发改局", "县财政局", "2023年6月底前"),
            ("2", "完善工作机制", "县财政局", "县发改局", "长期坚持"),
        )
    )
    assert _table_tasks(sep, rows) == [
        ("加强组织领导", ["县发改局"], ["县财政局"], "by"),
        ("完善工作机制", ["县财政局"], ["县发改局"], "ongoing"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param("1 加强组织领导 县发改局 县财政局\n2 完善工作机制 县财政局", id="cells-short"),
        pytest.param("一是加强组织领导 县发改局 县财政局 长期 坚持", id="no-row-number"),
        pytest.param("1 加强组织领导 县发改局 县财政局 2023年6月底前\n工作机制", id="wrapped-below"),
    ],
)
def test_lines_that_fit_no_single_spaced_row_are_no_table(rows: str) -> None:
    assert _table_tasks(" ", rows) == []


# --------------------------------------------------------------------------------------------- closing sentences


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(
            "完善工作机制。县财政局为牵头单位，各乡镇为配合单位。", (["县财政局"], ["各乡镇"], None), id="wei-roles"
        ),
        pytest.param(
            "完善工作机制。县财政局为责任单位，2023年底前完成。",
            (["县财政局"], [], "2023年底前完成"),
            id="wei-deadline",
        ),
        pytest.param("完善工作机制。确定县财政局为牵头单位。", (["县财政局"], [], None), id="queding-wei"),
        pytest.param("完善工作机制。明确县财政局负责。", (["县财政局"], [], None), id="mingque"),
        pytest.param(
            "完善工作机制。明确由县财政局牵头，各乡镇配合。", (["县财政局"], ["各乡镇"], None), id="mingque-you"
        ),
        pytest.param("完善工作机制。——县财政局牵头", (["县财政局"], [], None), id="dash"),
    ],
)
def test_a_closing_sentences_units_said_otherwise(item: str, expected: tuple[list[str], list[str], str | None]) -> None:
    assert _second_task(item) == [expected]


@pytest.mark.parametrize(
    "item",
    [
        pytest.param("完善工作机制。县财政局为牵头单位，要加强协调。", id="a-clause-after"),
        pytest.param("完善工作机制。各乡镇为责任主体。", id="a-subject"),
    ],
)
def test_other_wei_sentences_give_no_task(item: str) -> None:
    assert _second_task(item) == []


# --------------------------------------------------------------------------------------------- a last entry joined by 和/及


def _roster_members(value: str) -> list[tuple[str, str, str | None]]:
    text = f"关于成立某某领导小组的通知\n各单位：\n组长：张建国\n成员：{value}\n某县人民政府办公室\n2023年3月1日\n"
    return [(m.role, m.person, m.post) for d in parse_text(text).documents for m in d.members][1:]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("赵丽华和钱晓东", [("赵丽华", None), ("钱晓东", None)], id="two-names"),
        pytest.param(
            "赵丽华、钱晓东和孙国强同志", [("赵丽华", None), ("钱晓东", None), ("孙国强", None)], id="three-names"
        ),
        pytest.param(
            "县发改局局长赵丽华和县财政局局长钱晓东",
            [("赵丽华", "县发改局局长"), ("钱晓东", "县财政局局长")],
            id="posts-before",
        ),
        pytest.param(
            "赵丽华（县发改局局长）和钱晓东（县财政局局长）",
            [("赵丽华", "县发改局局长"), ("钱晓东", "县财政局局长")],
            id="posts-bracketed",
        ),
        pytest.param("赵丽华、钱晓东及各乡镇主要负责人", [("赵丽华", None), ("钱晓东", None)], id="units-heads-after"),
        pytest.param("赵丽华、钱晓东及各乡镇", [("赵丽华", None), ("钱晓东", None)], id="units-after"),
    ],
)
def test_a_last_entry_joined_by_he_or_ji(value: str, expected: list[tuple[str, str | None]]) -> None:
    assert _roster_members(value) == [("成员", name, post) for name, post in expected]


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("县发改局和县财政局主要负责人", id="units-only"),
        pytest.param("县发改局和县财政局局长", id="posts-only"),
    ],
)
def test_units_joined_by_he_are_no_members(value: str) -> None:
    assert _roster_members(value) == []


def test_a_unit_opening_on_he_stays_whole() -> None:
    assert _roster_members("和平镇镇长赵丽华、县财政局局长钱晓东") == [
        ("成员", "赵丽华", "和平镇镇长"),
        ("成员", "钱晓东", "县财政局局长"),
    ]


# --------------------------------------------------------------------------------------------- roles glued to names in clauses


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "组长张建国，副组长李志明，成员赵丽华、钱晓东。",
            [("组长", "张建国"), ("副组长", "李志明"), ("成员", "赵丽华"), ("成员", "钱晓东")],
            id="commas",
        ),
        pytest.param(
            "组长张建国；副组长李志明、王海涛。",
            [("组长", "张建国"), ("副组长", "李志明"), ("副组长", "王海涛")],
            id="semicolons",
        ),
    ],
)
def test_roles_glued_to_their_holders_in_clauses(body: str, expected: list[tuple[str, str]]) -> None:
    assert members(f"关于成立某某领导小组的通知\n各单位：\n{body}\n某县人民政府办公室\n2023年3月1日\n") == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("组长张建国，成员要加强协调。", id="a-clause-no-names"),
        pytest.param("主任张建国，副主任李志明。", id="titles"),
        pytest.param("成员赵丽华、钱晓东，组长张建国要加强领导。", id="a-verb-after"),
    ],
)
def test_other_clauses_opening_on_roles_give_nothing(body: str) -> None:
    assert members(f"关于成立某某领导小组的通知\n各单位：\n{body}\n某县人民政府办公室\n2023年3月1日\n") == []


# --------------------------------------------------------------------------------------------- 设 a role, 由 its holder


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "设组长一名，由县长张建国担任；设副组长两名，由副县长李志明、王海涛担任。",
            [("组长", "张建国"), ("副组长", "李志明"), ("副组长", "王海涛")],
            id="she-with-counts",
        ),
        pytest.param("领导小组设组长一名，由张建国同志担任。", [("组长", "张建国")], id="after-the-group"),
    ],
)
def test_a_role_set_up_then_its_holder(body: str, expected: list[tuple[str, str]]) -> None:
    assert members(f"关于成立某某领导小组的通知\n各单位：\n{body}\n某县人民政府办公室\n2023年3月1日\n") == expected


@pytest.mark.parametrize("body", ["建设组长由张建国担任。", "假设组长由张建国担任。"])
def test_she_inside_a_word_before_a_role_gives_nothing(body: str) -> None:
    assert members(f"关于成立某某领导小组的通知\n各单位：\n{body}\n某县人民政府办公室\n2023年3月1日\n") == []
