"""Appointments, round 4 of issue 9: the classes of 任免 layouts gathered in samples/corpus/SOURCES-e.md,
table-driven, each row synthetic and written from a class (not copied from a sample).

Classes: lists under 任命：/ 免去： whose lines hold 兼 / 兼任 / 现任 between name and post; 免除…一职;
同意A任X; the post held printed before the name (任命<post><name>为X) or a bare title after it
(决定<name>副市长为X); remarks after a name (（女）); surnames read only where the clause bounds the
name (任命农融为…); decisions named by titles in 《》 with the verb inside them; posts of a body
carried over (…人民法院…庭庭长、审判员 → the court's 审判员; …人大常委会副秘书长、办公厅主任); one
change written twice with more or less of its organization. And the precision rows: biographies
dated by a bare year, places listed before a post, phrases that only look like names, counts.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_appointments, stage_changes
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks


def changes(text: str) -> list[tuple[str, str, str]]:
    return stage_changes(text)


CZ, SJ, JY = "某市财政局局长", "某市审计局局长", "某市教育局局长"
COURT = "某市中级人民法院"

ROWS = [
    # lists under a header verb, with 兼 / 兼任 / 现任 between name and post
    pytest.param(
        f"任命：\n张三兼{CZ}，\n李四为{SJ}。",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ)],
        id="header-appoint-jian",
    ),
    pytest.param(
        f"免去：\n张三兼任{CZ}职务，\n李四现任{SJ}职务。",
        [("remove", "张三", CZ), ("remove", "李四", SJ)],
        id="header-remove-jianren-xianren",
    ),
    pytest.param(
        f"任命：\n王五为{JY}。\n免去：\n王五现任{CZ}职务。",
        [("appoint", "王五", JY), ("remove", "王五", CZ)],
        id="header-switches-verb",
    ),
    pytest.param(f"免去张三现任{CZ}职务。", [("remove", "张三", CZ)], id="verb-then-xianren"),
    # 免除 … 一职
    pytest.param(f"免除张三同志{CZ}一职。", [("remove", "张三", CZ)], id="mianchu-yizhi"),
    pytest.param(
        f"免除张三的{CZ}一职，免除李四的{SJ}一职。",
        [("remove", "张三", CZ), ("remove", "李四", SJ)],
        id="mianchu-de-twice",
    ),
    # 同意 leading a decision
    pytest.param(f"同意张三任{CZ}。", [("appoint", "张三", CZ)], id="tongyi-ren"),
    pytest.param(
        f"根据工作需要，同意张三任{CZ}；李四任{SJ}，免去其{JY}职务。",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ), ("remove", "李四", JY)],
        id="tongyi-then-carried-ren-and-qi",
    ),
    # the post held, before the name or as a bare title after it
    pytest.param(f"任命某大学党委书记张三为{SJ}。", [("appoint", "张三", SJ)], id="held-post-before-name"),
    pytest.param(f"任命某市副市长、市公安局局长李四为{JY}。", [("appoint", "李四", JY)], id="held-posts-before-name"),
    pytest.param(
        "决定张三副市长为某市人民政府代理市长。",
        [("appoint", "张三", "某市人民政府代理市长")],
        id="name-bare-title-wei",
    ),
    # remarks after the name
    pytest.param(f"免去李四（女）的{SJ}职务。", [("remove", "李四", SJ)], id="remark-nv-fullwidth"),
    pytest.param(f"免去李四(女)的{SJ}职务。", [("remove", "李四", SJ)], id="remark-nv-ascii"),
    pytest.param(f"任命张三（男）为{CZ}。", [("appoint", "张三", CZ)], id="remark-nan"),
    # a surname read only where the clause bounds the name
    pytest.param(f"任命农融为{CZ}。", [("appoint", "农融", CZ)], id="bounded-surname-wei"),
    pytest.param(f"免去项明的{CZ}职务。", [("remove", "项明", CZ)], id="bounded-surname-de"),
    # decisions named by titles, the verb inside them
    pytest.param(
        "会议通过了《某省人大常委会关于接受张三辞去某省人民政府省长职务请求的决定》和"
        "《某省人大常委会关于决定任命李四为某省人民政府副省长、代理省长的决定》。",
        [
            ("resign", "张三", "某省人民政府省长"),
            ("appoint", "李四", "某省人民政府副省长"),
            ("appoint", "李四", "某省人民政府代理省长"),
        ],
        id="titles-resign-and-jueding-renming",
    ),
    pytest.param(
        "会议通过了《关于任命李四为某省人民政府副省长的决定》。",
        [("appoint", "李四", "某省人民政府副省长")],
        id="title-renming",
    ),
    # posts of one body carried over
    pytest.param(
        f"撤销张三的{COURT}审判委员会委员、民事审判第一庭庭长、审判员职务。",
        [
            ("remove", "张三", f"{COURT}审判委员会委员"),
            ("remove", "张三", f"{COURT}民事审判第一庭庭长"),
            ("remove", "张三", f"{COURT}审判员"),
        ],
        id="court-unit-then-court-judge",
    ),
    pytest.param(
        f"免去李四的{COURT}刑事审判第二庭副庭长、审判员职务。",
        [("remove", "李四", f"{COURT}刑事审判第二庭副庭长"), ("remove", "李四", f"{COURT}审判员")],
        id="judge-of-the-court-not-the-tribunal",
    ),
    pytest.param(
        "免去王五的某省人大常委会副秘书长、办公厅主任职务。",
        [("remove", "王五", "某省人大常委会副秘书长"), ("remove", "王五", "某省人大常委会办公厅主任")],
        id="npc-office-carried",
    ),
    pytest.param(
        "免去王五的某市人民检察院副检察长、检察委员会委员、检察员职务。",
        [
            ("remove", "王五", "某市人民检察院副检察长"),
            ("remove", "王五", "某市人民检察院检察委员会委员"),
            ("remove", "王五", "某市人民检察院检察员"),
        ],
        id="procuratorate-unchanged",
    ),
    # one change, written twice
    pytest.param(
        "会议决定，接受张三辞去青山区区长职务的请求。会议决定接受张三辞去某市青山区人民政府区长职务的请求。",
        [("resign", "张三", "青山区区长")],
        id="restated-with-fuller-organization",
    ),
    pytest.param(
        "任命李四为代理区长。\n会议决定任命李四为某区人民政府代理区长。",
        [("appoint", "李四", "代理区长")],
        id="restated-bare-title-first",
    ),
    # a list of posts going on over a comma, for the one person of the clause before
    pytest.param(
        "某市副市长张三兼任中共某市委某开发区工作委员会委员、副书记，某开发区管委会主任。",
        [
            ("appoint", "张三", "中共某市委某开发区工作委员会委员"),
            ("appoint", "张三", "中共某市委某开发区工作委员会副书记"),
            ("appoint", "张三", "某开发区管委会主任"),
        ],
        id="posts-continued-over-comma",
    ),
    pytest.param(
        "李四同志不再担任某市人民政府党组成员，中共某市委某开发区工作委员会副书记、委员，某开发区管委会主任职务。",
        [
            ("remove", "李四", "某市人民政府党组成员"),
            ("remove", "李四", "中共某市委某开发区工作委员会副书记"),
            ("remove", "李四", "中共某市委某开发区工作委员会委员"),
            ("remove", "李四", "某开发区管委会主任"),
        ],
        id="removal-posts-continued-over-commas",
    ),
    pytest.param(
        "决定免去王五的区人民政府副区长职务，任命1名人大工委主任、2名财政经济委员会委员。",
        [("remove", "王五", "区人民政府副区长")],
        id="counts-do-not-continue-a-list",
    ),
    pytest.param(
        "任命张三、李四为某市财政局副局长，某市审计局副局长。",
        [("appoint", "张三", "某市财政局副局长"), ("appoint", "李四", "某市财政局副局长")],
        id="two-persons-do-not-continue",
    ),
    # a headline's short form gives way to the body's decision
    pytest.param(
        "卢新华任某市代市长\n会议决定任命卢新华为某市人民政府副市长，并决定其代理市长职务。",
        [("appoint", "卢新华", "某市人民政府副市长"), ("appoint", "卢新华", "代理市长")],
        id="headline-gives-way-to-body",
    ),
    # numbered lists under headers, every numbering style
    pytest.param(
        f"一、任命：\n1.张三为{CZ}；\n2.李四为{SJ}。\n二、免去：\n1.王五的{JY}职务。",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ), ("remove", "王五", JY)],
        id="numbered-sections-and-items",
    ),
    pytest.param(
        f"任命：\n一、张三为{CZ}\n二、李四为{SJ}",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ)],
        id="cn-numbered-items",
    ),
    pytest.param(
        f"１．张三任{CZ}；\n２．李四任{SJ}。",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ)],
        id="fullwidth-numbered-items",
    ),
    pytest.param(
        f"免去：\n（一）张三的{CZ}职务；\n(2)李四的{SJ}职务。",
        [("remove", "张三", CZ), ("remove", "李四", SJ)],
        id="bracket-numbered-items",
    ),
    # names printed with inner spaces
    pytest.param(f"任命王　强为{CZ}。", [("appoint", "王强", CZ)], id="spaced-name-ideographic"),
    pytest.param(
        f"任命王 强、李 四为{CZ}。", [("appoint", "王强", CZ), ("appoint", "李四", CZ)], id="spaced-names-listed"
    ),
    # 政府任免通知: 经研究，决定：…任… / 聘任 / notes in brackets
    pytest.param(
        f"经研究，决定：\n张三任{CZ}（试用期一年）；\n免去李四县审计局局长职务。",
        [("appoint", "张三", CZ), ("remove", "李四", "县审计局局长")],
        id="government-notice-ren-and-mianqu",
    ),
    pytest.param(
        f"聘任张三为某县疾病预防控制中心主任；解聘李四的{JY}职务。",
        [("appoint", "张三", "某县疾病预防控制中心主任"), ("remove", "李四", JY)],
        id="pinren-jiepin",
    ),
    # 分别: one post each, in order; nothing when the counts differ
    pytest.param(
        f"任命张三、李四分别为{CZ}、{SJ}。", [("appoint", "张三", CZ), ("appoint", "李四", SJ)], id="fenbie-wei"
    ),
    pytest.param(f"张三、李四分别任{CZ}、{SJ}。", [("appoint", "张三", CZ), ("appoint", "李四", SJ)], id="fenbie-ren"),
    pytest.param(f"任命张三、李四分别为{CZ}。", [], id="fenbie-fewer-posts"),
    pytest.param(f"任命张三、李四、王五分别为{CZ}、{SJ}。", [], id="fenbie-more-persons"),
    # a clause that only says a decision follows
    pytest.param(
        f"经研究，决定：\n张三同志为{CZ}；\n李四同志为{SJ}。",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ)],
        id="decision-header-then-wei-lines",
    ),
    pytest.param(
        f"现决定如下：\n张三任{CZ}；\n免去李四的{SJ}职务。",
        [("appoint", "张三", CZ), ("remove", "李四", SJ)],
        id="decision-header-then-own-verbs",
    ),
    pytest.param(f"会议通过了关于召开第五次会议的决定。\n张三为{CZ}。", [], id="a-named-decision-is-no-header"),
    # several resignations under one 接受; an acting post decided with no name (并决定为…)
    pytest.param(
        "会议决定接受张三辞去某市人民政府市长职务、李四辞去某市人民政府副市长职务、王五辞去某市监察委员会主任职务的请求。",
        [
            ("resign", "张三", "某市人民政府市长"),
            ("resign", "李四", "某市人民政府副市长"),
            ("resign", "王五", "某市监察委员会主任"),
        ],
        id="resignations-listed-under-one-jieshou",
    ),
    pytest.param(
        "决定任命张三为市人民政府副市长，并决定为代理市长；任命李四为市监察委员会副主任，并决定为代理主任。",
        [
            ("appoint", "张三", "市人民政府副市长"),
            ("appoint", "张三", "代理市长"),
            ("appoint", "李四", "市监察委员会副主任"),
            ("appoint", "李四", "代理主任"),
        ],
        id="bing-jueding-wei-binds-to-its-sentence",
    ),
    pytest.param("会议决定，并决定为代理市长。", [], id="jueding-wei-without-person"),
    # a place sharing its level character with the title; one acting post written two ways
    pytest.param(
        "决定接受张三辞去重庆市长职务的请求，任命李四为重庆市人民政府代理市长。\n会议并任命李四为重庆市代市长。",
        [("resign", "张三", "重庆市长"), ("appoint", "李四", "重庆市人民政府代理市长")],
        id="shared-level-and-dai-daili-restated",
    ),
    pytest.param("接受张三辞去黄石市长职务的请求。", [], id="shared-level-never-a-name-shaped-place"),
    # decisions named without 《》; 担任 after a verb or a decision; remarks with more inside
    pytest.param(
        "会议表决通过了关于任命张三为某市人民政府副市长的决定。",
        [("appoint", "张三", "某市人民政府副市长")],
        id="named-decision-appoint-no-brackets",
    ),
    pytest.param(
        f"会议表决通过了关于免去李四的{CZ}职务的决定。",
        [("remove", "李四", CZ)],
        id="named-decision-remove-no-brackets",
    ),
    pytest.param(f"任命张三担任{CZ}。", [("appoint", "张三", CZ)], id="renming-danren"),
    pytest.param(f"决定由张三担任{CZ}。", [("appoint", "张三", CZ)], id="jueding-you-danren"),
    pytest.param(f"张三担任{CZ}多年。", [], id="danren-alone-is-a-story"),
    pytest.param(f"任命王强（女，汉族）为{CZ}。", [("appoint", "王强", CZ)], id="remark-with-more-inside"),
    # the post held in brackets after the name; a note in the middle of a list of posts; 任命名单
    pytest.param(f"任命张三（某市财政局副局长）为{CZ}。", [("appoint", "张三", CZ)], id="held-post-in-brackets"),
    pytest.param(
        f"任命张三为{CZ}（副处级）、党组书记。",
        [("appoint", "张三", CZ), ("appoint", "张三", "某市财政局党组书记")],
        id="note-mid-list-of-posts",
    ),
    pytest.param(
        f"某市人大常委会任命名单\n张三为{CZ}\n李四为{SJ}",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ)],
        id="renming-mingdan-header",
    ),
    pytest.param(
        f"任命：\n张三　{CZ}\n李四\t{SJ}",
        [("appoint", "张三", CZ), ("appoint", "李四", SJ)],
        id="header-name-space-post",
    ),
    pytest.param("市政府决定：聘任张三为某市政府参事。", [("appoint", "张三", "某市政府参事")], id="pinren-canshi"),
    # precision: nothing where the text states no decision
    pytest.param("2020年6月，张三任某大学校长、党委副书记。", [], id="biography-year-month"),
    pytest.param("张三2019年任某委员会主任，2021年任某局局长。", [], id="biography-year-in-clause"),
    pytest.param("2019年任某自治区民族宗教事务委员会主任。", [], id="biography-no-name"),
    pytest.param("会议批准任命龙海市、东山县人民检察院检察长。", [], id="places-listed-not-persons"),
    pytest.param("之前他的主要经历在国企系统，曾长期担任某能源集团董事长一职。", [], id="phrase-not-name"),
    pytest.param("会议表决通过了王五等6名同志的免职议案。", [], id="count-not-records"),
    pytest.param("任命全区各局局长为成员。", [], id="bounded-surname-needs-a-name"),
    pytest.param("免去全区的某局局长职务。", [], id="bounded-surname-not-a-place"),
]
assert_unique(ROWS)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_round4_appointment_classes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_held_post_is_kept_as_the_note() -> None:
    found = extract_appointments(split_blocks(f"任命某大学党委书记张三为{SJ}。"))
    assert [(r["person"], r["note"]) for r in found] == [("张三", "某大学党委书记")]
    found = extract_appointments(split_blocks("决定张三副市长为某市人民政府代理市长。"))
    assert [(r["person"], r["note"]) for r in found] == [("张三", "副市长")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "會議決定免去夏林的河南省人大常委會副秘書長、辦公廳主任職務，任命閔虹為河南省人大常委會副秘書長。"
            "免除孟凡哲同志副縣長一職。",
            [
                ("remove", "夏林", "河南省人大常委会副秘书长"),
                ("remove", "夏林", "河南省人大常委会办公厅主任"),
                ("appoint", "闵虹", "河南省人大常委会副秘书长"),
                ("remove", "孟凡哲", "副县长"),
            ],
            id="traditional",
        ),
        pytest.param(
            "免去：\n周恩來兼任外交部部長職務，\n賴際發現任建築材料工業部部長職務。",
            [("remove", "周恩来", "外交部部长"), ("remove", "赖际发", "建筑材料工业部部长")],
            id="traditional-header-list",
        ),
    ],
)
def test_round4_through_the_api(text: str, expected: list[tuple[str, str, str]]) -> None:
    result = parse_text(text)
    found = [(a.action, a.person, a.position) for d in result.documents for a in d.appointments]
    assert found == expected


def test_government_notice_keeps_the_bracketed_notes() -> None:
    text = f"经研究，决定：张三任{CZ}（试用期一年）；李四任{SJ}（挂职）；王五任{JY}（正科级）。"
    assert [(r["person"], r["note"]) for r in extract_appointments(split_blocks(text))] == [
        ("张三", "试用期一年"),
        ("李四", "挂职"),
        ("王五", "正科级"),
    ]


TABLE_ROWS = [
    pytest.param(
        f"| 姓名 | 拟任职务 | 拟免职务 |\n|---|---|---|\n| 张三 | {CZ} | {SJ} |\n| 李四 | {SJ}、党组书记 |  |",
        [
            ("appoint", "张三", CZ),
            ("remove", "张三", SJ),
            ("appoint", "李四", SJ),
            ("appoint", "李四", "某市审计局党组书记"),
        ],
        id="markdown",
    ),
    pytest.param(
        f"姓　名\t拟任职务\t拟免职务\n张三\t{CZ}\t{SJ}\n王　强\t{SJ}\t",
        [("appoint", "张三", CZ), ("remove", "张三", SJ), ("appoint", "王强", SJ)],
        id="tabs-spaced-header-and-name",
    ),
    pytest.param(f"序号|姓名|免去职务\n1|张三|{CZ}", [("remove", "张三", CZ)], id="pipes-with-number-column"),
    pytest.param(f"姓名|原任职务|现任职务\n张三|{CZ}|{SJ}", [], id="columns-stating-no-change"),
    pytest.param(f"姓名|拟任职务\n全体成员|{CZ}", [], id="row-without-a-name"),
    pytest.param(
        f"| 姓名 | 拟任职务 |\n| 张三 | {CZ} |\n会议还听取了报告。\n| 李四 | {SJ} |",
        [("appoint", "张三", CZ)],
        id="table-ends-with-prose",
    ),
]
assert_unique(TABLE_ROWS)


@pytest.mark.parametrize(("text", "expected"), TABLE_ROWS)
def test_tables_of_changes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_fenbie_with_unequal_counts_warns_with_its_line() -> None:
    warnings: list[dict[str, object]] = []
    text = f"会议决定：\n任命张三、李四、王五分别为{CZ}、{SJ}。"
    assert extract_appointments(split_blocks(text), warnings=warnings) == []
    assert [(w["code"], w["line"]) for w in warnings] == [("posts-unpaired", 2)]
    warnings.clear()
    extract_appointments(split_blocks("黄敏、高自民之前分别担任某区委书记和某区委书记。"), warnings=warnings)
    assert warnings == []  # a story of posts held, not a decision: nothing to warn about
