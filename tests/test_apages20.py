"""Round apages20 (issue 9, session 20): how a personnel page opens its document(s), second round.

Classes, each with its variants and near-misses (real pages in samples/corpus, SOURCES.md):

* a web novel's chapter page (第1402章 … / 关灯 护眼 / (第1/2页); fybom, mpzw) opens no document: its appointments
  are fiction (layout.documents.is_fiction_chapter);
* a page that is a list of links, each a headline over its bare date, opens no document: a change a headline
  states is that page's (layout.documents.is_link_list);
* a personnel notice's title glued to a body that opens with 经…研究决定： (no recipients) is cut off as the title
  (layout.runon.split_glued_notice): the opener's colon was read as recipients;
* a second untitled decision (经…研究决定： … signature, date) right under the close of the first is its own
  document (layout.documents.split_signed_notices);
* a page of personnel items, each a headline over its stamp without the time and a lead telling a change, is one
  document per item (layout.documents.split_stories);
* a sidebar's teaser closed by its "more" link (…是奉... [ 详细 ]; qiuyi) stands alone and is never the title;
* a headline's post named from inside the unit (我所副所长; cemps) gives way to the body's (植生生态所副所长).
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.chrome import is_site_chrome
from gazette_extract.layout.runon import split_glued_notice
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments.sessions import _deictic_restates
from gazette_extract.text.normalize import Para, ends_in_more_link


def _documents(text: str) -> list[dict]:
    return list(extract_str(text)["documents"])


def _changes(text: str) -> list[tuple[str, str, str]]:
    return [(a["action"], a["person"], a["position"]) for d in _documents(text) for a in d["appointments"]]


def _per_document(text: str) -> list[list[tuple[str, str, str]]]:
    return [[(a["action"], a["person"], a["position"]) for a in d["appointments"]] for d in _documents(text)]


_STORY = "“经组织研究决定，冯家栋不再担任庆和县委书记，另有任用。”\n“现任命杨东同志为庆和县委书记。”\n台下一片掌声。\n"
_STORY_TRADITIONAL = (
    "“好，現在公佈縣人大決議，同意周正軍同志辭去紫雲縣人民政府縣長職務請求，同意胡興國同志任紫雲縣人民政府縣長！”\n"
)

# (id, the page's head, its story) — a novel's chapter page: no document
FICTION_ROWS = [
    ("breadcrumb-and-eye-care", "零点看书\n关灯 护眼\n零点看书 > 开局停职 > 第1402章 庆和县县委书记，代县长！", _STORY),
    ("chapter-page-count", "第1402章 庆和县县委书记，代县长！ (第1/2页)", _STORY),
    ("spaced-page-count", "第372章 任命大会(2 / 2)", _STORY),
    ("chinese-numeral-chapter", "加入书签\n第一百二十章 新的县委书记", _STORY),
    ("contents-and-next", "章节目录 第112章 大变动\n上一章 下一章", _STORY),
    (
        "traditional-keep-reading",
        "第115章 胡興國任縣長 (第2/6頁)\n看後求收藏(貓撲小說),接着再看更方便。",
        _STORY_TRADITIONAL,
    ),
    ("novel-site-name", "某某小说网\n第88章 升任县长", _STORY),
]


@pytest.mark.parametrize(("head", "story"), [r[1:] for r in FICTION_ROWS], ids=[r[0] for r in FICTION_ROWS])
def test_novel_chapter_opens_no_document(head: str, story: str) -> None:
    assert _documents(f"{head}\n{story}") == []


# near-misses: a chapter heading without a novel site's furniture, or furniture without a chapter heading
def test_regulation_chapter_is_no_novel() -> None:
    text = (
        "某县人民政府关于印发某县干部任免工作办法的通知\n各乡镇人民政府：\n现将《办法》印发给你们。\n"
        "某县人民政府\n2023年5月12日\n第一章 总则\n第一条 为规范干部任免工作，制定本办法。\n"
    )
    assert [d["title"] for d in _documents(text)] == ["某县人民政府关于印发某县干部任免工作办法的通知"]


def test_news_naming_a_novel_is_no_novel() -> None:
    text = "某县作协召开会议\n2023-05-12 10:20 来源：县文联\n会议选举张三为县作家协会主席。会上讨论了长篇小说创作。\n"
    assert _changes(text) == [("appoint", "张三", "县作家协会主席")]


def test_chapter_named_in_prose_is_no_novel() -> None:
    text = "经县委研究决定：张三同志任县文化馆馆长。\n他的小说第3章写到了乡村教师。\n"
    assert _changes(text) == [("appoint", "张三", "县文化馆馆长")]


# (id, page) — a list of links, each a headline over its bare date: no document
LINK_LIST_ROWS = [
    (
        "personnel-dashes",
        "人事信息\n张三任县财政局局长\n2023-05-12\n李四任县教育局局长\n2023-04-02\n赵六任县水利局局长\n2023-03-02\n",
    ),
    (
        "personnel-chinese-dates",
        "张三任县财政局局长\n2023年5月12日\n王五辞去县民政局局长职务\n2023年3月1日\n赵六任县水利局局长\n2023年2月1日\n",
    ),
    (
        "bracketed-dates",
        "首页 > 人事任免\n张三任县财政局局长\n[2023-05-12]\n李四任县教育局局长\n[2023-04-02]\n赵六任县水利局局长\n[2023-03-02]\n",
    ),
    (
        "slashed-dates",
        "张三任县财政局局长\n2023/05/12\n李四任县教育局局长\n2023/04/02\n赵六任县水利局局长\n2023/03/02\n",
    ),
    ("traditional", "張三任縣財政局局長\n2023-05-12\n李四任縣教育局局長\n2023-04-02\n趙六任縣水利局局長\n2023-03-02\n"),
    ("meetings", "县政府召开常务会议\n2023-05-12\n县政府党组召开会议\n2023-04-02\n县人大常委会召开会议\n2023-03-02\n"),
]


@pytest.mark.parametrize("text", [r[1] for r in LINK_LIST_ROWS], ids=[r[0] for r in LINK_LIST_ROWS])
def test_link_list_opens_no_document(text: str) -> None:
    assert _documents(text) == []


# near-misses: one entry; two entries (too few to call a list, round 12); a story under the list's first entry; the
# list under a story
LINK_LIST_NEAR_ROWS = [
    ("one-entry", "张三任县财政局局长\n2023-05-12\n", [("appoint", "张三", "县财政局局长")]),
    (
        "two-entries",
        "张三任县财政局局长\n2023-05-12\n李四任县教育局局长\n2023-04-02\n",
        [("appoint", "张三", "县财政局局长")],
    ),
    (
        "story-under-headline",
        "张三任县财政局局长\n2023-05-12\n经县委研究决定：张三同志任县财政局局长。\n李四任县教育局局长\n2023-04-02\n",
        [("appoint", "张三", "县财政局局长")],
    ),
    (
        "sidebar-under-story",
        "张三任县财政局局长\n2023-05-12 10:20 来源：县政府办\n经县委研究决定：张三同志任县财政局局长。\n"
        "相关新闻\n县政府召开常务会议\n2023-04-02\n县政府党组召开会议\n2023-03-02\n",
        [("appoint", "张三", "县财政局局长")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in LINK_LIST_NEAR_ROWS], ids=[r[0] for r in LINK_LIST_NEAR_ROWS]
)
def test_not_a_link_list(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text)[: len(expected)] == expected


# (id, one line: a title glued to a decision's opening words and signed, title expected)
GLUED_DECISION_ROWS = [
    (
        "county-government",
        "关于张明等同志职务任免的通知经县人民政府研究决定：任命张明为县财政局局长；免去李华的县财政局局长职务。某某县人民政府2023年5月12日",
        "关于张明等同志职务任免的通知",
    ),
    (
        "party-group-ascii-colon",
        "关于张明同志任职的通知经局党组研究决定:张明同志任县财政局办公室主任。中共某某县财政局党组2023年5月12日",
        "关于张明同志任职的通知",
    ),
    (
        "reason-first",
        "关于李华同志免职的通知根据工作需要，经县人民政府研究决定：免去李华的县财政局局长职务。某某县人民政府2023年6月2日",
        "关于李华同志免职的通知",
    ),
    (
        "issuer-first",
        "某某县人民政府关于张明同志任职的决定经县人民政府研究决定：任命张明为县财政局局长。某某县人民政府2023年5月12日",
        "某某县人民政府关于张明同志任职的决定",
    ),
    (
        "traditional",
        "關於張明等同志職務任免的通知經縣人民政府研究決定：任命張明為縣財政局局長。某某縣人民政府2023年5月12日",
        "关于张明等同志职务任免的通知",
    ),
]


@pytest.mark.parametrize(
    ("line", "title"), [r[1:] for r in GLUED_DECISION_ROWS], ids=[r[0] for r in GLUED_DECISION_ROWS]
)
def test_title_glued_to_decision_opening(line: str, title: str) -> None:
    documents = _documents(line)
    assert [d["title"] for d in documents] == [title]
    assert documents[0]["appointments"]


def test_glued_decision_pieces_after_page_furniture() -> None:
    line = "第1页共2页关于张明等同志职务任免的通知经县人民政府研究决定：任命张明为县财政局局长。某某县人民政府2023年5月12日"
    got = split_glued_notice(Para(line, 1, 1))
    assert got is not None
    assert [p.text for p in got] == [
        "第1页共2页",
        "关于张明等同志职务任免的通知",
        "经县人民政府研究决定：任命张明为县财政局局长。",
        "某某县人民政府",
        "2023年5月12日",
    ]


# near-misses: not signed (a sentence naming a notice), no official kind
def test_unsigned_glued_decision_keeps_no_title() -> None:
    line = "关于张明等同志职务任免的通知经县人民政府研究决定：任命张明为县财政局局长；免去李华的县财政局局长职务。"
    assert [d["title"] for d in _documents(line)] == [None]


def test_glued_decision_of_no_official_kind() -> None:
    line = "关于张明等同志职务任免的说明经县人民政府研究决定：任命张明为县财政局局长。某某县人民政府2023年5月12日"
    assert all(d["title"] != "关于张明等同志职务任免的说明" for d in _documents(line))


_FIRST = "任命张明为县财政局局长；\n免去李华的县财政局局长职务。\n某某县人民政府\n2023年5月12日\n"
_SECOND = "任命王强为县民政局局长。\n某某县人民政府\n2023年6月2日\n"
# (id, page, changes per document) — two untitled decisions one under the other
SECOND_DECISION_ROWS = [
    (
        "county-government",
        f"经县人民政府研究决定：\n{_FIRST}经县人民政府研究决定：\n{_SECOND}",
        [
            [("appoint", "张明", "县财政局局长"), ("remove", "李华", "县财政局局长")],
            [("appoint", "王强", "县民政局局长")],
        ],
    ),
    (
        "reason-first",
        f"根据工作需要，经县人民政府研究决定：\n{_FIRST}根据工作需要，经县人民政府研究决定：\n{_SECOND}",
        [
            [("appoint", "张明", "县财政局局长"), ("remove", "李华", "县财政局局长")],
            [("appoint", "王强", "县民政局局长")],
        ],
    ),
    (
        "ascii-colon-party-committee",
        "经县委研究决定:\n张明同志任县委办公室主任。\n中共某某县委\n2023年5月12日\n"
        "经县委研究决定:\n王强同志任县委组织部副部长。\n中共某某县委\n2023年6月2日\n",
        [[("appoint", "张明", "县委办公室主任")], [("appoint", "王强", "县委组织部副部长")]],
    ),
    (
        "recipients-then-opener",
        f"各乡镇人民政府，县政府各部门：\n经县人民政府研究决定：\n{_FIRST}经县人民政府研究决定：\n{_SECOND}",
        [
            [("appoint", "张明", "县财政局局长"), ("remove", "李华", "县财政局局长")],
            [("appoint", "王强", "县民政局局长")],
        ],
    ),
    (
        "traditional",
        "經縣人民政府研究決定：\n任命張明為縣財政局局長。\n某某縣人民政府\n2023年5月12日\n"
        "經縣人民政府研究決定：\n任命王強為縣民政局局長。\n某某縣人民政府\n2023年6月2日\n",
        [[("appoint", "张明", "县财政局局长")], [("appoint", "王强", "县民政局局长")]],
    ),
    # near-misses: one document
    (
        "second-unsigned",
        f"经县人民政府研究决定：\n{_FIRST}经县人民政府研究决定：\n任命王强为县民政局局长。\n",
        [
            [
                ("appoint", "张明", "县财政局局长"),
                ("remove", "李华", "县财政局局长"),
                ("appoint", "王强", "县民政局局长"),
            ]
        ],
    ),
    (
        "copy-line-after-close",
        f"经县人民政府研究决定：\n{_FIRST}抄送：县委组织部。\n",
        [[("appoint", "张明", "县财政局局长"), ("remove", "李华", "县财政局局长")]],
    ),
    (
        "first-not-opened-so",
        f"{_FIRST}经县人民政府研究决定：\n{_SECOND}",
        [
            [
                ("appoint", "张明", "县财政局局长"),
                ("remove", "李华", "县财政局局长"),
                ("appoint", "王强", "县民政局局长"),
            ]
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in SECOND_DECISION_ROWS], ids=[r[0] for r in SECOND_DECISION_ROWS]
)
def test_second_untitled_decision(text: str, expected: list[list[tuple[str, str, str]]]) -> None:
    assert _per_document(text) == expected


# (id, page, titles) — personnel items, each a headline over its stamp without the time and a lead
ITEM_ROWS = [
    (
        "date-and-source",
        "张明任县财政局局长\n2023-05-12 来源：县政府办\n近日，经县委研究决定：张明同志任县财政局局长。\n"
        "李华任县教育局局长\n2023-04-02 来源：县政府办\n近日，经县委研究决定：李华同志任县教育局局长。\n",
        ["张明任县财政局局长", "李华任县教育局局长"],
    ),
    (
        "bare-date",
        "张明任县财政局局长\n2023-05-12\n近日，市政府任命张明为县财政局局长。\n"
        "李华不再担任县教育局局长\n2023-04-02\n近日，市政府免去李华的县教育局局长职务。\n",
        ["张明任县财政局局长", "李华不再担任县教育局局长"],
    ),
    (
        "keyed-chinese-date",
        "县政府任免一批干部\n发布日期：2023年5月12日\n经县人民政府研究决定：任命张明为县财政局局长。\n"
        "县人大常委会任免一批干部\n发布日期：2023年6月2日\n会议决定：任命王强为县民政局局长。\n",
        ["县政府任免一批干部", "县人大常委会任免一批干部"],
    ),
    (
        "hired",
        "某某大学聘任文学院新任院长\n2023-05-12\n经学校研究决定：聘任张明为文学院院长。\n"
        "某某大学聘任文学院新任副院长\n2023-06-02\n经学校研究决定：聘任王强为文学院副院长。\n",
        ["某某大学聘任文学院新任院长", "某某大学聘任文学院新任副院长"],
    ),
    (
        "traditional",
        "張明任縣財政局局長\n2023-05-12 來源：縣政府辦\n近日，經縣委研究決定：張明同志任縣財政局局長。\n"
        "李華任縣教育局局長\n2023-04-02 來源：縣政府辦\n近日，經縣委研究決定：李華同志任縣教育局局長。\n",
        ["张明任县财政局局长", "李华任县教育局局长"],
    ),
    # near-misses: one document
    (
        "second-item-not-personnel",
        "张明任县财政局局长\n2023-05-12\n近日，经县委研究决定：张明同志任县财政局局长。\n"
        "县政府召开常务会议\n2023-04-02\n会议研究了防汛工作。\n",
        ["张明任县财政局局长"],
    ),
    (
        "first-item-not-personnel",
        "县政府召开常务会议\n2023-04-02\n会议研究了防汛工作。\n"
        "张明任县财政局局长\n2023-05-12\n近日，经县委研究决定：张明同志任县财政局局长。\n",
        ["县政府召开常务会议"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), [r[1:] for r in ITEM_ROWS], ids=[r[0] for r in ITEM_ROWS])
def test_personnel_items_with_untimed_stamps(text: str, titles: list[str]) -> None:
    assert [d["title"] for d in _documents(text)] == titles


# (id, line, ends in a teaser's "more" link)
MORE_LINK_ROWS = [
    ("bracketed-spaced", "奉化市中医医院是一所全民所有制的综合性中医院，是奉... [ 详细 ]", True),
    ("lenticular", "某某县人民医院始建于1950年，是一所二级甲等医院…【详情】", True),
    ("full-width-square", "某某中学创办于1905年。［更多］", True),
    ("arrows-after", "某某镇位于县城东部，面积120平方公里。详细>>", True),
    ("arrows-before", "县委办公室 >>更多", True),
    ("read-all", "近日，县委召开常委会议，研究部署…阅读全文»", True),
    # near-misses
    ("word-without-link", "推动更多优质医疗资源下沉", False),
    ("headline-with-tag", "某某条例全文", False),
    ("bracket-inside", "[更多]县政府新闻", False),
    ("personnel-headline", "张三任县卫生健康局局长", False),
]


@pytest.mark.parametrize(("line", "expected"), [r[1:] for r in MORE_LINK_ROWS], ids=[r[0] for r in MORE_LINK_ROWS])
def test_more_link_teaser(line: str, expected: bool) -> None:
    assert ends_in_more_link(line) is expected
    if expected:
        assert is_site_chrome(line)  # …and never a title


def test_teaser_over_headline_is_no_title() -> None:
    text = (
        "奉化市中医医院是一所全民所有制的集医、教、科研、保健、康复于一体的非营利性国家二级甲等综合性中医院,是奉... [ 详细 ]\n"
        "卫生局领导与中医院领导班子座谈\n时间:2012-11-12 15:30来源:求医网\n6月14日上午,市卫生局局长一行到中医院座谈。\n"
    )
    assert [d["title"] for d in _documents(text)] == ["卫生局领导与中医院领导班子座谈"]


# (id, the headline's post, the body's post, one change)
DEICTIC_ROWS = [
    ("institute", "我所副所长", "植生生态所副所长", True),
    ("this-institute", "本所所长", "某某研究所所长", True),
    ("hospital", "我院副院长", "某某附属医院副院长", True),
    ("university", "我校副校长", "某某大学副校长", True),
    ("school", "本校校长", "某某中学校长", True),  # 中学 ends in 学: a school's name
    ("bureau", "我局副局长", "某某县财政局副局长", True),
    ("company", "我公司总经理", "某某有限公司总经理", True),
    # near-misses
    ("other-title", "我所副所长", "植生生态所所长助理", False),
    ("other-kind-of-unit", "我所副所长", "某某县财政局副所长", False),
    ("not-deictic", "我市副市长", "某某市副市长", False),
    ("title-alone", "我所", "植生生态所", False),
]


@pytest.mark.parametrize(("said", "position", "same"), [r[1:] for r in DEICTIC_ROWS], ids=[r[0] for r in DEICTIC_ROWS])
def test_deictic_post_restates(said: str, position: str, same: bool) -> None:
    assert _deictic_restates(said, position) is same


def test_headline_from_inside_gives_way_to_body() -> None:
    text = (
        "我所召开干部宣布会任命李来庚、王成树为我所副所长\n"
        "6月14日上午,我所召开干部宣布会。\n"
        "司胜利同志首先宣读了我所干部任免通知,李来庚、王成树同志任植生生态所副所长,韩斌同志不再担任副所长职务。\n"
    )
    assert _changes(text) == [
        ("appoint", "李来庚", "植生生态所副所长"),
        ("appoint", "王成树", "植生生态所副所长"),
        ("remove", "韩斌", "植生生态所副所长"),
    ]


# Pages the brief names that must open no appointment document
NO_APPOINTMENT_ROWS = [
    (
        "pre-appointment-publicity",
        "干部任前公示\n根据《党政领导干部选拔任用工作条例》，现将拟任人选公示如下：\n"
        "张三，男，1978年5月生，现任县财政局副局长，拟任县财政局局长。\n公示时间：2023年5月12日至5月18日。\n"
        "中共某某县委组织部\n2023年5月11日\n",
    ),
    (
        "link-list",
        "人事信息\n张三任县财政局局长\n2023-05-12\n李四任县教育局局长\n2023-04-02\n赵六任县水利局局长\n2023-03-02\n",
    ),
    (
        "leader-profile",
        "领导简介\n张三，男，汉族，1970年5月生，大学学历，中共党员。现任县财政局党组书记、局长，负责局全面工作。\n",
    ),
    (
        "biography",
        "张三简历\n张三，男，1965年生，河北人。\n1988年参加工作，任县农业局科员；\n1998年任县农业局副局长；\n2005年任县农业局局长。\n",
    ),
    ("novel", "第88章 升任县长 (第1/3页)\n“经市委研究决定，任命李明同志为县长。”\n"),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_APPOINTMENT_ROWS], ids=[r[0] for r in NO_APPOINTMENT_ROWS])
def test_page_opens_no_appointment_document(text: str) -> None:
    assert _changes(text) == []


def test_rows_are_unique() -> None:
    for rows in (
        FICTION_ROWS,
        LINK_LIST_ROWS,
        LINK_LIST_NEAR_ROWS,
        GLUED_DECISION_ROWS,
        SECOND_DECISION_ROWS,
        ITEM_ROWS,
        MORE_LINK_ROWS,
        DEICTIC_ROWS,
        NO_APPOINTMENT_ROWS,
    ):
        ids = [r[0] for r in rows]
        assert len(ids) == len(set(ids))
        bodies = [r[1:] for r in rows]
        assert len({repr(b) for b in bodies}) == len(bodies)
