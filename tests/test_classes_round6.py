"""Issue 9, round 6 (s6-classes): layout classes of the new dev texts, each in its variants.

Every row is synthetic and shows one variant of a class (brackets, separators, spacing, ASCII or
full-width forms); negative rows say what must give nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.pipeline import extract


def run(text: str) -> dict[str, Any]:
    return extract(text.encode("utf-8"))


def codes_of(result: dict[str, Any]) -> list[str]:
    return [w["code"] for w in result["warnings"]]


# --------------------------------------------------------------------------- untitled texts

# FORMAT.md: a text that shows no document field and states no record has no document (and the
# warning no-documents); records found outside any document heading go to one untitled document.
NOTHING_TO_REPORT = [
    pytest.param(
        "1月7日，省十三届人大常委会第十四次会议在西宁闭幕。\n会议表决通过了有关人事事项。张光荣向任命的省商务厅厅长颁发了任命书。\n",
        id="session-story-unnamed-appointee",
    ),
    pytest.param(
        "根据干部选拔任用工作有关规定，现将拟任人选予以公示。\n何华榕，男，1966年12月出生，现任某局局长，拟提名为市州政协副职候选人。\n",
        id="renqian-gongshi",
    ),
    pytest.param("查看: 1079|回复: 1\n[复制链接]\n楼主说得好，支持一下。\n", id="forum-thread"),
]


@pytest.mark.parametrize("text", NOTHING_TO_REPORT)
def test_a_text_that_shows_no_document_reports_none(text: str) -> None:
    result = run(text)
    assert result["documents"] == []
    assert codes_of(result) == ["no-documents"]


def test_records_of_a_text_without_heading_go_to_one_untitled_document() -> None:
    result = run("1月7日，县十三届人大常委会第十四次会议闭幕。\n会议决定任命张三为县商务局局长。\n")
    [doc] = result["documents"]
    assert (doc["title"], doc["doc_number"], doc["date"], doc["issuer"]) == (None, None, None, None)
    assert [(a["action"], a["person"]) for a in doc["appointments"]] == [("appoint", "张三")]
    assert codes_of(result) == ["untitled-document"]


# --------------------------------------------------------------------------- title, then a header line

# Wikisource-like pages: the title, a site's tab word, then the title printed again with its date
# and issuer (layout.titlehead). Variants: spaces inside the repeated title, ASCII or full-width
# colon, issuer keys of the metadata vocabulary, trailing bar or none, numeric dates.
_TITLE = "国务院关于设置云南省楚雄彝族自治州并撤销楚雄专员公署的决定"
_BODY = "国务院批准云南省人民委员会1957年9月19日关于建立楚雄彝族自治州的报告，并决定：设置楚雄彝族自治州。"
TITLE_HEAD = [
    pytest.param(
        f"{_TITLE}\n外观\n国务院关于设置云南省楚雄彝族自治州并 撤销楚雄专员公署的决定 1957年10月18日 发布机关:中华人民共和国国务院 |\n|\n{_BODY}\n",
        ("1957-10-18", "中华人民共和国国务院"),
        id="wikisource-space-in-title-ascii-colon-bar",
    ),
    pytest.param(
        f"{_TITLE}\n{_TITLE} 1957年10月18日 发文机关：国务院\n\n{_BODY}\n",
        ("1957-10-18", None),  # no bar: the story is run on into the line, the issuer's end unknown
        id="no-tab-fullwidth-colon-fawen-key-run-on",
    ),
    pytest.param(
        f"{_TITLE}\n编辑\n{_TITLE}　1957-10-18　发布机关：国务院｜\n｜\n{_BODY}\n",
        ("1957-10-18", "国务院"),
        id="ideographic-spaces-iso-date-fullwidth-bar",
    ),
    pytest.param(
        f"{_TITLE}\n外观\n{_TITLE} 1957年10月18日\n\n{_BODY}\n",
        ("1957-10-18", None),
        id="date-without-issuer",
    ),
    pytest.param(
        "國務院關於設置雲南省楚雄彝族自治州幷撤銷楚雄專員公署的决定\n外观\n"
        "國務院關於設置雲南省楚雄彝族自治州幷 撤銷楚雄專員公署的决定 1957年10月18日 發布機關:中華人民共和國國務院 |\n"
        "國務院批准雲南省人民委員會的報告。\n",
        ("1957-10-18", "中华人民共和国国务院"),
        id="traditional",
    ),
]


@pytest.mark.parametrize("text, expected", TITLE_HEAD)
def test_a_title_over_its_header_line_is_a_document(text: str, expected: tuple[str, str | None]) -> None:
    [doc] = run(text)["documents"]
    assert doc["title"] == _TITLE
    assert (doc["date"], doc["issuer"]) == expected


TITLE_HEAD_NEGATIVE = [
    # the title repeated with no date after it: no header, no record, nothing to report
    pytest.param(f"{_TITLE}\n外观\n{_TITLE} 发布机关:国务院 |\n{_BODY}\n", id="no-date"),
    # a date far after the title, inside a sentence: not a header
    pytest.param(f"{_TITLE}\n{_TITLE}的精神，各地于1957年10月18日起执行。\n{_BODY}\n", id="sentence-repeating-title"),
    # a long line between the title and its repetition: too far to be the title's header
    pytest.param(f"{_TITLE}\n{_BODY}\n{_TITLE} 1957年10月18日 发布机关:国务院\n", id="body-between"),
]


@pytest.mark.parametrize("text", TITLE_HEAD_NEGATIVE)
def test_a_title_without_its_header_line_gives_no_document(text: str) -> None:
    assert run(text)["documents"] == []


LICENCE_NOTES = [
    pytest.param(
        "本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。"
        "根据《中华人民共和国著作权法》第五条，本作品不适用于该法，在中国大陆和其他地区属于公有领域。",
        id="wikisource-prc-law",
    ),
    pytest.param("本作品在全世界都属于公有领域，因为作者逝世已经超过100年。", id="author-dead-100-years"),
]


@pytest.mark.parametrize("note", LICENCE_NOTES)
def test_a_reference_site_licence_note_ends_the_document(note: str) -> None:
    text = f"{TITLE_HEAD[0].values[0]}{note}\nPublic domainPublic domainfalsefalse\n"
    [doc] = run(text)["documents"]
    assert doc["citations"] == [] and doc["lines"]["end"] == 5


# --------------------------------------------------------------------------- news heads: US stamps, cell bars

_STORY = "本报讯 3月4日，我县组织收看全省春季森林防火工作电视会议。副县长臧玉海参加收看。\n臧玉海要求，要深入宣传教育，确保森林安全。\n"
NEWS_HEADS = [
    pytest.param(
        f"我县部署春季森林防火工作 |\n3/7/2013 11:54:41 AM\n添加人:熊金华\n|\n{_STORY}", "2013-03-04", id="bar-us-am"
    ),
    pytest.param(f"我县部署春季森林防火工作｜\n3/7/2013 9:05 PM\n|\n{_STORY}", "2013-03-04", id="fullwidth-bar-pm"),
    pytest.param(f"我县部署春季森林防火工作\n3/7/2013 上午 11:54\n{_STORY}", "2013-03-04", id="no-bar-shangwu"),
    pytest.param(f"我县部署春季森林防火工作 |\n3/7/2013 11:54:41 a.m.\n{_STORY}", "2013-03-04", id="dotted-am"),
    pytest.param(f"我县部署春季森林防火工作\n03/07/2013 04:05:09 PM\n{_STORY}", "2013-03-04", id="zero-padded-pm"),
]


@pytest.mark.parametrize("text, date", NEWS_HEADS)
def test_a_headline_over_a_us_style_stamp(text: str, date: str) -> None:
    [doc] = run(text)["documents"]
    assert (doc["title"], doc["date"]) == ("我县部署春季森林防火工作", date)


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("3/7/2013 11:54", id="no-am-pm-ambiguous"),
        pytest.param("13/7/2013 11:54 AM", id="month-13"),
    ],
)
def test_an_ambiguous_stamp_gives_no_date_and_is_never_the_title(stamp: str) -> None:
    result = run(f"我县部署春季森林防火工作\n{stamp}\n{_STORY}")
    assert all(doc["title"] != stamp for doc in result["documents"])
    assert all(doc["date"] is None for doc in result["documents"])


# --------------------------------------------------------------------------- law-database fields, a rules text's 目录

_RULES = "公开选拔党政领导干部工作暂行规定"
_ARTICLES = "第一章总则\n\n第一条为进一步规范和完善公开选拔党政领导干部工作，制定本规定。\n\n第二条公开选拔是党政领导干部选拔任用方式之一。\n"


def _law_page(fields: str, contents: bool = True) -> str:
    toc = "目录\n\n第一章总则\n\n第二章公告、报名和资格审查\n\n第三章附则\n\n" if contents else ""
    return f"当前位置:文档之家› {_RULES}\n\n{_RULES}\n\n文章属性\n\n{fields}\n\n正文\n\n{_RULES}\n\n{toc}{_ARTICLES}"


LAW_FIELDS = [
    pytest.param(
        "•【制定机关】中共中央办公厅\n\n•【公布日期】2004.04.08\n\n•【文号】\n\n•【施行日期】2004.04.08\n\n•【效力等级】规定",
        ("2004-04-08", "中共中央办公厅"),
        id="bullet-bracket-dotted-empty-number",
    ),
    pytest.param(
        "• 【制定机关】 中共中央办公厅\n\n• 【公布日期】 2004-04-08\n\n• 【效力等级】 规定",
        ("2004-04-08", "中共中央办公厅"),
        id="spaced-bullet-iso",
    ),
    pytest.param(
        "[制定机关] 中共中央办公厅\n\n[公布日期] 2004年4月8日\n\n[时效性] 现行有效",
        ("2004-04-08", "中共中央办公厅"),
        id="square-brackets-chinese-date",
    ),
    pytest.param(
        "制定机关：中共中央办公厅\n\n公布日期：2004年04月08日\n\n效力等级：党内法规",
        ("2004-04-08", "中共中央办公厅"),
        id="colon-keys",
    ),
]


@pytest.mark.parametrize("fields, expected", LAW_FIELDS)
def test_law_database_fields_over_a_rules_text(fields: str, expected: tuple[str, str]) -> None:
    result = run(_law_page(fields))
    [doc] = result["documents"]
    assert (doc["title"], doc["date"], doc["issuer"]) == (_RULES, *expected)
    assert result["contents"] == []  # 目录 / 第一章…: the rules' own chapters, not a gazette's contents


def test_a_gazette_contents_is_still_read_as_contents() -> None:
    text = (
        "某县人民政府公报\n2020年第1期\n目录\n"
        "某县人民政府关于印发某某方案的通知……1\n某县人民政府办公室关于成立某某领导小组的通知……3\n"
        "某县人民政府关于印发某某方案的通知\n某政发〔2020〕1号\n各乡镇人民政府：\n现印发给你们。\n"
    )
    assert [e["title"] for e in run(text)["contents"]] == [
        "某县人民政府关于印发某某方案的通知",
        "某县人民政府办公室关于成立某某领导小组的通知",
    ]


def test_a_barred_line_without_a_publish_line_under_it_is_no_headline() -> None:
    # a table's cell further down (a caption or a footer cell) is not the story's headline
    text = f"我县部署春季森林防火工作\n3/7/2013 11:54:41 AM\n{_STORY}县林业局供稿 |\n"
    [doc] = run(text)["documents"]
    assert doc["title"] == "我县部署春季森林防火工作"


# --------------------------------------------------------------------------- untitled notices under a page's chrome

_NOTICE = "《新昌县森林火灾事故应急预案》已经县政府同意，现予印发，希认真贯彻执行。"
_PLAN_OUTLINE = "新昌县森林火灾事故应急预案\n目 录\n1 总则\n1.1 编制目的\n1.2 编制依据\n2 组织指挥体系\n1 总 则\n1.1 编制目的\n建立反应灵敏、运转高效的森林火灾处置体系。\n"
UNTITLED_NOTICES = [
    pytest.param(
        f"\n朗读\n各乡镇人民政府、街道办事处，县府各部门：\n{_NOTICE}\n二○一○年十一月一日\n{_PLAN_OUTLINE}",
        "2010-11-01",
        id="langdu-chinese-numeral-date-outline",
    ),
    pytest.param(
        f"语音播报\n各乡镇人民政府、街道办事处，县府各部门:\n{_NOTICE}\n2010年11月1日\n{_PLAN_OUTLINE}",
        "2010-11-01",
        id="yuyin-bobao-ascii-colon",
    ),
    pytest.param(
        f"各乡镇人民政府，县府各部门：\n{_NOTICE}\n二〇一〇年十一月一日\n", "2010-11-01", id="first-line-no-outline"
    ),
]


@pytest.mark.parametrize("text, date", UNTITLED_NOTICES)
def test_an_untitled_notice_under_the_page_chrome(text: str, date: str) -> None:
    result = run(text)
    [doc] = result["documents"]
    assert (doc["title"], doc["date"]) == (None, date)
    assert doc["recipients"][0] == "各乡镇人民政府"
    assert result["contents"] == []  # the plan's outline (目录 / 1 总则) is no gazette contents


# --------------------------------------------------------------------------- appointments: the organization as subject

_OFFICE = "国务院三峡地区经济开发办公室"


def changes_of(text: str) -> list[tuple[str, str, str]]:
    return [(a["action"], a["person"], a["position"]) for d in run(text)["documents"] for a in d["appointments"]]


ORG_SUBJECT = [
    pytest.param(
        f"国务院办公厅关于李伯宁等同志职务的通知\n一、{_OFFICE}由李伯宁同志任主任，陈光健同志兼任副主任，黄友若同志任副主任。",
        [("李伯宁", "主任"), ("陈光健", "副主任"), ("黄友若", "副主任")],
        id="numbered-tongzhi-jianren",
    ),
    pytest.param(
        f"{_OFFICE}由李伯宁任主任,陈光健担任副主任。",
        [("李伯宁", "主任"), ("陈光健", "副主任")],
        id="ascii-comma-danren",
    ),
    pytest.param(f"会议决定{_OFFICE}由李伯宁同志任主任。", [("李伯宁", "主任")], id="lead-words-before-the-org"),
    pytest.param(f"经研究决定：由李伯宁同志任{_OFFICE}主任。", [("李伯宁", "主任")], id="you-opening-the-clause"),
]


@pytest.mark.parametrize("text, expected", ORG_SUBJECT)
def test_posts_told_bare_after_the_organization_take_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert changes_of(text) == [("appoint", name, _OFFICE + post) for name, post in expected]


ORG_SUBJECT_NEGATIVE = [
    # one post names its own organization: the layout is not the bare-post one, the office is not carried
    pytest.param(
        "县文化局由张三同志任局长，李四同志任县教育局副局长。",
        [("appoint", "李四", "县教育局副局长")],
        id="mixed-posts",
    ),
    pytest.param("该项工作由县文化局负责，具体由张三同志牵头。", [], id="you-a-unit-not-a-person"),
    pytest.param("由于工作需要，县文化局由其他同志负责。", [], id="youyu"),
]


@pytest.mark.parametrize("text, expected", ORG_SUBJECT_NEGATIVE)
def test_the_organization_is_carried_only_in_its_layout(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes_of(text) == expected


# --------------------------------------------------------------------------- dates: metadata key against the signature

_SIGNED = (
    "{key}:{meta}\n文    号:蔚政办字〔2020〕43号\n"
    "蔚县人民政府办公室关于印发《蔚县突发公共卫生事件应急预案》的通知\n蔚政办字〔2020〕43号\n"
    "各乡(镇)人民政府，县直各部门：\n《蔚县突发公共卫生事件应急预案》已经县政府研究同意，现印发给你们，请认真遵照执行。\n\n"
    "蔚县人民政府办公室\n2020年4月23日\n"
)
SIGNED_DATES = [
    pytest.param("发文日期", "2020年05月07日", "2020-04-23", id="fawen-riqi-yields-to-signature"),
    pytest.param("发布机构:政府办, 发文日期", "2020年05月07日", "2020-04-23", id="two-pairs-per-line"),
    pytest.param("印发日期", "2020-05-07", "2020-04-23", id="yinfa-riqi-iso"),
    pytest.param("成文日期", "2020年04月21日", "2020-04-21", id="chengwen-riqi-wins"),
]


@pytest.mark.parametrize("key, meta, date", SIGNED_DATES)
def test_only_a_chengwen_key_overrides_the_signature_date(key: str, meta: str, date: str) -> None:
    result = run(_SIGNED.format(key=key, meta=meta))
    [doc] = result["documents"]
    assert doc["date"] == date
    assert "metadata-differs" in codes_of(result)


# --------------------------------------------------------------------------- a headline over a byline block

_OATH = "湘桥区人大常委会首次举行宪法宣誓仪式"
_OATH_STORY = "3月30日上午，在湘桥区五届人大常委会第四十次会议上，湘桥区人大常委会组织4名新获任命的国家机关工作人员进行宪法宣誓。\n"
BYLINE_BLOCKS = [
    pytest.param(
        f"{_OATH}\n{_OATH}\n来源 :\n作者 :\n发布时间 : 2016-03-31 18:01:00\n点击数 : 7188\n{_OATH_STORY}",
        (_OATH, "2016-03-30", None),
        id="printed-twice-spaced-colons",
    ),
    pytest.param(
        f"{_OATH}\n来源：湘桥区人大\n作者：办公室\n发布时间：2016-03-31\n{_OATH_STORY}",
        (_OATH, "2016-03-30", None),
        id="fullwidth-colons-filled",
    ),
    pytest.param(
        "李雷主持召开2023年第4次县政府常务会议\n时间:2023-02-11 信息来源: 夏县人民政府 浏览次数: 【字体:大 中 小】\n"
        "信息索引号 | 012925369/2023-00101 | 发布时间 | 2023-02-11 | ||\n发布机构 | 夏县人民政府 | 文号 | |||\n"
        "主题词 | 其他 | 体裁 | 其他 |\n2月9日，县长李雷主持召开县政府常务会议。研究泗交国家级旅游度假区建设等相关事宜。\n",
        ("李雷主持召开2023年第4次县政府常务会议", "2023-02-09", None),
        id="publish-line-then-pipe-disclosure-table",
    ),
]


@pytest.mark.parametrize("text, expected", BYLINE_BLOCKS)
def test_a_headline_over_a_byline_block_is_the_story_title(text: str, expected: tuple[str, str, None]) -> None:
    [doc] = run(text)["documents"]
    assert (doc["title"], doc["date"], doc["issuer"]) == expected


def test_a_byline_block_under_prose_takes_no_headline() -> None:
    text = f"{_OATH_STORY}来源：湘桥区人大\n作者：办公室\n发布时间：2016-03-31\n{_OATH_STORY}"
    assert all(doc["title"] is None for doc in run(text)["documents"])


# --------------------------------------------------------------------------- rules under a metadata table

_TABLE = "索引号 | 620702069/2023-00096 | 发文字号 | 号 |\n关键词 | 发布机构 | 大满镇 | |\n公开形式 | 主动公开 | 责任部门 | |\n生成日期 | 2023-07-28 11:50:28 | 是否有效 | 是 |\n"
_ARTICLE = "第一条为规范村级干部管理，加强农村基层干部队伍建设，制定本办法。\n第二条本办法所称村级干部，指村党组织书记、村委会主任。\n"
RULES_UNDER_TABLE = [
    pytest.param(
        f"甘州区村级干部管理办法(试行)\n{_TABLE}第一章总则\n{_ARTICLE}",
        "甘州区村级干部管理办法（试行）",
        id="chapter-glued",
    ),
    pytest.param(
        f"甘州区村级干部管理办法（试行）\n{_TABLE}第一章 总 则\n{_ARTICLE}",
        "甘州区村级干部管理办法（试行）",
        id="chapter-spaced",
    ),
    pytest.param(f"甘州区村级干部管理办法\n{_TABLE}{_ARTICLE}", "甘州区村级干部管理办法", id="articles-directly"),
]


@pytest.mark.parametrize("text, title", RULES_UNDER_TABLE)
def test_a_chapter_heading_is_never_the_title_under_a_metadata_table(text: str, title: str) -> None:
    [doc] = run(text)["documents"]
    assert doc["title"] == title


# --------------------------------------------------------------------------- task tables one cell per line, stored mid-way

_TABLE_NAME = "2024年《政府工作报告》重点工作目标任务分解表"


def _cell_table(header: list[str], first: int, bar: str = " |") -> str:
    rows = [
        (
            str(first),
            "积极回应群众新期待新要求，加大普惠性托育供给，新增托位数400个以上。",
            "俞 悦",
            "县教育局",
            "县各有关单位",
        ),
        (
            str(first + 1),
            "保障现代物流智造学院秋季开学，支持芜湖科技工程学校发展。",
            "陆 明",
            "县教育局",
            "县各有关单位",
        ),
    ]
    lines = [h + bar for h in header] + [c + bar for row in rows for c in row]
    return f"{_TABLE_NAME}\n附件\n{_TABLE_NAME}\n" + "\n".join(lines) + "\n"


CELL_TABLES = [
    pytest.param(["序号", "目标与任务", "分 管 县领导", "牵头责任单位", "责任单位"], 80, " |", id="nanling-from-80"),
    pytest.param(["序号", "目标任务", "分管区领导", "牵头单位", "配合单位"], 1, " |", id="from-1-district-leader"),
    pytest.param(["序号", "任务与目标", "责任市领导", "牵头责任单位", "责任单位"], 12, "|", id="from-12-no-space-bar"),
]


@pytest.mark.parametrize("header, first, bar", CELL_TABLES)
def test_a_cell_per_line_table_from_any_row_number(header: list[str], first: int, bar: str) -> None:
    [doc] = run(_cell_table(header, first, bar))["documents"]
    assert doc["title"] is None  # the attachment's title is not the title of the document it belongs to
    assert [(t["lead_units"], t["support_units"]) for t in doc["tasks"]] == [(["县教育局"], ["县各有关单位"])] * 2


def test_a_cell_per_line_table_with_a_gap_in_its_numbers_stops() -> None:
    text = _cell_table(["序号", "目标与任务", "分管县领导", "牵头责任单位", "责任单位"], 80).replace("81 |", "83 |")
    tasks = [t for d in run(text)["documents"] for t in d["tasks"]]
    assert len(tasks) <= 1  # the row after a missing number is never read with shifted cells


# --------------------------------------------------------------------------- a speakers' deck under the headline

_PRESIDIUM = "州十五届人大一次会议主席团第二次会议举行"
_PRESIDIUM_STORY = "作者: 来源: 时间:2022/02/16 09:17\n\n本报讯(记者 杨艳玲) 2月15日下午5时30分，州第十五届人民代表大会第一次会议主席团第二次会议举行。\n"
SPEAKER_DECKS = [
    pytest.param("杨国宗陈绍波讲话  张剑萍主持", id="two-halves-two-spaces"),
    # a deck without a space inside: the paragraph joiner ends the headline over it (SPEAKER_DECK_RE)
    pytest.param("杨国宗出席并讲话", id="chuxi-bing-jianghua"),
    pytest.param("张剑萍主持", id="presides-alone"),
    pytest.param("——杨国宗出席并讲话", id="dash-deck"),
    pytest.param("杨国宗、张剑萍出席会议", id="two-attend"),
    pytest.param("杨国宗讲话　张剑萍主持", id="ideographic-space"),
]


@pytest.mark.parametrize("deck", SPEAKER_DECKS)
def test_a_speakers_deck_never_continues_the_headline(deck: str) -> None:
    [doc] = run(f"您的位置:大理日报新闻网 >> 新闻 >> 时政要闻\n\n{_PRESIDIUM}\n\n{deck}\n\n{_PRESIDIUM_STORY}")[
        "documents"
    ]
    assert (doc["title"], doc["date"]) == (_PRESIDIUM, "2022-02-15")


def test_a_headline_wrapped_over_two_lines_is_still_joined() -> None:
    text = "区十届人大常委会第四次会议\n将于3月25日召开\n发布时间：2022-03-20 10:00\n本报讯 3月20日，区人大常委会主任会议决定召开常委会会议。\n"
    [doc] = run(text)["documents"]
    assert doc["title"] == "区十届人大常委会第四次会议将于3月25日召开"


# --------------------------------------------------------------------------- untitled stories that date themselves

_PREPARATORY = "12月28日，县政协十一届一次会议举行预备会议。县委书记朱小兵应邀出席会议。\n会议应到委员246人，实到241人，符合《政协章程》规定。\n"
DATED_UNTITLED = [
    pytest.param(
        f"2021-12-29 16:00:51 编辑: 杨玉娟 审核人:叶玲玲 阅读次数:2287 |\n{_PREPARATORY}", id="stamp-editor-line-first"
    ),
    pytest.param(f"发布时间：2021-12-29\n{_PREPARATORY}", id="keyed-publish-line"),
    pytest.param(f"2021年12月29日 09:52 来源：县融媒体中心\n{_PREPARATORY}", id="chinese-date-stamp-source"),
]


@pytest.mark.parametrize("text", DATED_UNTITLED)
def test_an_untitled_story_dated_by_its_publish_line_is_reported(text: str) -> None:
    result = run(text)
    [doc] = result["documents"]
    assert (doc["title"], doc["date"], doc["published"]) == (None, "2021-12-28", "2021-12-29")
    assert "untitled-document" in codes_of(result)


def test_an_untitled_story_without_a_year_reports_nothing() -> None:
    assert run(_PREPARATORY)["documents"] == []


# --------------------------------------------------------------------------- publish stamps after the site's name and address

_FLU = "必要时停工、停业、停课！陕西西安印发流感大流行应急预案？"
_FLU_STORY = (
    "3月8日，西安市政府网站发布《西安市人民政府办公厅关于印发流感大流行应急预案的通知》，加强疫情流感应对工作。\n"
)
SITE_STAMPS = [
    pytest.param("开发者 https://www.devze.com 2023-03-09 06:54 出处:网络 作者:开发百科", id="name-then-address"),
    pytest.param("https://www.devze.com 2023-03-09 06:54", id="address-only"),
    pytest.param("开发者 2023-03-09 06:54 出处:网络", id="name-only"),
    pytest.param("开发者　http://devze.com　2023年03月09日 06:54", id="ideographic-spaces-chinese-date"),
]


@pytest.mark.parametrize("stamp", SITE_STAMPS)
def test_a_stamp_after_the_site_name_and_address_dates_the_story(stamp: str) -> None:
    [doc] = run(f"开发者\n\n{_FLU}\n\n{stamp}\n{_FLU_STORY}")["documents"]
    assert (doc["title"], doc["date"], doc["published"]) == (_FLU, "2023-03-08", "2023-03-09")


# --------------------------------------------------------------------------- a shortened page heading over the red head

_WHOLE = "凌海市人民政府办公室关于印发凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知"
_REDHEAD_BODY = (
    "\n\n大有经济开发区管委会，各乡镇人民政府（街道办事处），市政府有关部门\n\n经市政府同意，现将《实施细则》印发给你们，请认真贯彻执行。\n\n"
    "凌海市人民政府办公室\n\n2020年9月28日\n"
)
SHORTENED_HEADINGS = [
    pytest.param(
        "凌政办发[2020]35号凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知", id="square-number-glued"
    ),
    pytest.param(
        "凌政办发〔2020〕35号 凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知", id="number-space-title"
    ),
]


@pytest.mark.parametrize("heading", SHORTENED_HEADINGS)
def test_the_red_head_prints_the_whole_title(heading: str) -> None:
    text = f"您的位置:首页>>政务公开>>政府文件\n{heading}\n时间:2020-09-29 来源: 作者:\n\n{_WHOLE}{_REDHEAD_BODY}"
    [doc] = run(text)["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (_WHOLE, "凌政办发〔2020〕35号")


def test_a_heading_that_names_its_issuer_keeps_its_title() -> None:
    # the heading already has 关于: a longer line under it is not taken (it may be another document's)
    text = f"关于开展节能环保汽车推广工作的通知\n作者:法律资料网 时间:2024-07-22 05:16:06\n\n财政部关于开展节能环保汽车推广工作的通知{_REDHEAD_BODY}"
    assert run(text)["documents"][0]["title"] == "关于开展节能环保汽车推广工作的通知"


# --------------------------------------------------------------------------- a signature over its date never runs on

_GONGGAO = (
    "关于《厦门经济特区社会信用条例（草案）》公开征求意见的公告\n发布日期：2018-11-13 15:50:00\n文档来源：\n作者：\n\n"
    "现将草案全文公布，广泛征求社会各界意见。\n\n"
)
SIGNATURES = [
    pytest.param(
        f"{_GONGGAO}电子邮箱:fazhiwei@xmrd.gov.cn\n\n \n\n厦门市人大常委会办公厅\n\n \n\n2018年11月 12 日\n",
        ("厦门市人大常委会办公厅", "2018-11-12"),
        id="after-an-email-line-blank-space-lines",
    ),
    # (ordosrd's page, whose converter dropped its numbers too — 市届…第会议 — labels 202256 none; a run
    # that reads one way on a page that kept its numbers is the date since part V: s11-heads11)
    pytest.param(
        f"{_GONGGAO}鄂尔多斯市届人民代表大会常务委员会第会议审议了草案。\n\n"
        "通讯地址:鄂尔多斯市党政大楼C座806室\n\n鄂尔多斯市人大常委会\n\n202256\n",
        ("鄂尔多斯市人大常委会", None),
        id="over-a-garbled-date",
    ),
    pytest.param(
        f"{_GONGGAO}附件:1.2018年主要工作目标任务分解表\n2.2018年民生十件实事任务分解表\n3.银川市2018年为民办实事任务分解表\n"
        "银川市兴庆区人民政府办公室\n2018年8月16日\n(此件公开发布)\n",
        ("银川市兴庆区人民政府办公室", "2018-08-16"),
        id="after-an-annex-list",
    ),
    pytest.param(
        f"{_GONGGAO}特此公告。\n\n全国人民代表大会常务委员会\n\n2026年2月4日 【编辑：王琴】\n",
        ("全国人民代表大会常务委员会", "2026-02-04"),
        id="date-with-an-editor-note",
    ),
    pytest.param(
        f"{_GONGGAO}联系电话：0592-1234567\n国务院办公厅\n中央军委办公厅\n2021年3月5日\n",
        ("国务院办公厅、中央军委办公厅", "2021-03-05"),
        id="joint-issuers-after-a-phone-line",
    ),
]


@pytest.mark.parametrize("text, expected", SIGNATURES)
def test_a_signature_over_its_date_is_read(text: str, expected: tuple[str, str | None]) -> None:
    [doc] = run(text)["documents"]
    assert (doc["issuer"], doc["date"]) == expected


def test_an_issuer_name_that_goes_on_in_prose_still_joins() -> None:
    # a line ending in an issuing body's name with a sentence under it (no date) is a wrapped line
    from gazette_extract.text.normalize import split_paragraphs

    text = "本次征求意见由市人大法制委员会和厦门市人大常委会办公厅\n共同组织，请于12月12日前反馈。\n"
    assert [p.text for p in split_paragraphs(text)] == [
        "本次征求意见由市人大法制委员会和厦门市人大常委会办公厅共同组织，请于12月12日前反馈。"
    ]


# --------------------------------------------------------------------------- bracketed-key bullets of any key

_PLAN = "安徽省人民政府2006年重点工作安排意见"
_PLAN_BODY = f"{_PLAN}\n为深入落实科学发展观，全面完成各项目标任务。\n安徽省人民政府\n二○○六年三月二十四日\n"
BRACKET_BULLETS = [
    pytest.param(
        "• 【发布单位】安徽省\n• 【发布文号】皖政〔2006〕27号\n• 【文件来源】安徽省\n• 【所属类别】政策参考\n",
        id="known-keys-last",
    ),
    pytest.param(
        "• 【发布文号】皖政〔2006〕27号\n• 【效力级别】地方规范性文件\n• 【库别名称】地方法规\n", id="unknown-keys"
    ),
    pytest.param("[发布文号] 皖政〔2006〕27号\n[文件来源] 安徽省\n[所属类别] 政策参考\n", id="square-brackets-spaced"),
]


@pytest.mark.parametrize("fields", BRACKET_BULLETS)
def test_bracketed_key_lines_are_never_part_of_the_title(fields: str) -> None:
    [doc] = run(f"{_PLAN}\n{fields}{_PLAN_BODY}")["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (_PLAN, "皖政〔2006〕27号")


def test_a_bracketed_tag_before_a_headline_is_kept() -> None:
    text = "【两会在即】人大常委会会议闭幕，应急管理部长王祥喜免职\n发布时间：2026-02-27 09:15\n本报讯 2月26日下午，十四届全国人大常委会第二十次会议闭幕。\n"
    [doc] = run(text)["documents"]
    assert doc["title"] == "【两会在即】人大常委会会议闭幕，应急管理部长王祥喜免职"


# --------------------------------------------------------------------------- a title printed twice

_RULES_NAME = "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法"
_LETTER = "遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案（征求意见稿）》修改意见的函"
PRINTED_TWICE = [
    pytest.param(
        "宣传人大制度 交流人大经验；构建和谐文明阿坝。地震之后，阿坝依然美丽！\n信息搜索：\n主任之窗\n李为国\n\n"
        f"{_RULES_NAME}\n\n来源：州人大\n访问量：\n更新日期：2024-01-12\n\n阿坝藏族羌族自治州人民代表大会\n\n常务委员会机关公文处理办法\n\n"
        "第一章\n\n第一条为实现公文处理工作规范化、制度化、科学化，制定本办法。\n",
        _RULES_NAME,
        id="banner-sentence-above-wrapped-second-printing",
    ),
    pytest.param(
        f"今天是：2025年12月06日\n遂宁市水利局\n征集调查\n\n主题：\n\n{_LETTER}\n\n时限：\n\n截止：2019-06-18\n\n{_LETTER}\n\n"
        "市直有关部门： 为切实做好防汛减灾工作，市防汛办修订完善形成了《遂宁市防汛应急预案（征求意见稿）》。\n",
        _LETTER,
        id="survey-keys-recipients-run-on",
    ),
]


@pytest.mark.parametrize("text, title", PRINTED_TWICE)
def test_a_title_printed_twice_is_a_document(text: str, title: str) -> None:
    [doc] = run(text)["documents"]
    assert doc["title"] == title


def test_a_headline_printed_twice_is_no_official_document_by_itself() -> None:
    # a news headline (no document kind) printed twice and nothing else to report: no document
    text = "我县召开春季森林防火工作会议\n\n我县召开春季森林防火工作会议\n\n会议强调，要深入宣传教育，确保森林安全。\n"
    assert run(text)["documents"] == []


# --------------------------------------------------------------------------- a fields line under the title and number

_APPOINT_TITLE = "安徽省人民政府关于任免国家机关工作人员问题的通知"
_APPOINT_BODY = (
    "根据《中华人民共和国地方各级人民政府组织法》和国务院关于干部任免的规定精神，现将有关问题通知如下：\n一、任免权限\n"
)
FIELDS_UNDER_TITLE = [
    pytest.param(
        "頒布時間:1985-05-04 00:00:00.000 發文單位:安徽省人民政府",
        ("1985-05-04", "安徽省人民政府"),
        id="trad-milliseconds",
    ),
    pytest.param(
        "颁布时间：1985-05-04　发文单位：安徽省人民政府",
        ("1985-05-04", "安徽省人民政府"),
        id="fullwidth-ideographic-space",
    ),
    pytest.param(
        "公布日期:1985年5月4日 制定机关:安徽省人民政府", ("1985-05-04", "安徽省人民政府"), id="gongbu-zhiding"
    ),
    # 发文日期 is the day it was sent out: not taken from under the title (the signature's date is)
    pytest.param(
        "发文日期:1985年05月28日 发文单位:安徽省人民政府", (None, "安徽省人民政府"), id="fawen-riqi-not-a-date"
    ),
]


@pytest.mark.parametrize("line, expected", FIELDS_UNDER_TITLE)
def test_a_fields_line_under_the_title_and_number(line: str, expected: tuple[str | None, str]) -> None:
    [doc] = run(f"法规库\n\n{_APPOINT_TITLE}\n\n皖政[1985]38号\n\n{line}\n\n{_APPOINT_BODY}")["documents"]
    assert (doc["doc_number"]["text"], doc["date"], doc["issuer"]) == ("皖政〔1985〕38号", *expected)


def test_one_pair_under_the_title_is_a_byline_not_fields() -> None:
    [doc] = run(f"{_APPOINT_TITLE}\n\n皖政[1985]38号\n\n来源：安徽省人民政府\n\n{_APPOINT_BODY}")["documents"]
    assert doc["date"] is None


# --------------------------------------------------------------------------- issue 9's whole-issue and title classes

_FIRST = "某某县人民政府关于印发某某实施方案的通知"
_SECOND = "某某县人民政府办公室关于成立某某领导小组的通知"
_ISSUE_BODY = (
    f"{_FIRST}\n某政发〔2019〕5号\n各乡镇人民政府：\n现将方案印发给你们。\n某某县人民政府\n2019年3月1日\n"
    f"{_SECOND}\n某政办发〔2019〕12号\n各乡镇人民政府：\n经研究决定成立领导小组。\n某某县人民政府办公室\n2019年3月5日\n"
)

MASTHEADS = [
    pytest.param("2019年第5号（总号：1650）", id="hao-zonghao-fullwidth"),
    pytest.param("2019年第5号(总号:1650)", id="hao-zonghao-ascii"),
    pytest.param("2019年 第5号 （总号：1650）", id="spaced"),
    pytest.param("2019年第五号（总第1650号）", id="chinese-number-zongdi-hao"),
    pytest.param("2019年第5期 总第1650期", id="qi-no-brackets"),
    pytest.param("二〇一九年第5期（总第1650期）", id="chinese-numeral-year"),
    pytest.param("2019年第5号 总号：1650", id="zonghao-no-brackets"),
    pytest.param("2019年第5期\n（总第1650期）", id="total-on-its-own-line"),
    pytest.param("2019年第５期（总第１６５０期）", id="fullwidth-digits"),
]


@pytest.mark.parametrize("masthead", MASTHEADS)
def test_masthead_forms(masthead: str) -> None:
    issue = run(f"某某县人民政府公报\n{masthead}\n{_ISSUE_BODY}")["issue"]
    assert (issue["title"], issue["year"], issue["number"], issue["total_number"]) == (
        "某某县人民政府公报",
        2019,
        5,
        1650,
    )


CONTENTS_ENTRIES = [
    pytest.param(
        f"{_FIRST}（某政发〔2019〕5号）（1）\n{_SECOND}（某政办发〔2019〕12号）（3）\n", id="number-then-page-brackets"
    ),
    pytest.param(f"{_FIRST}(某政发〔2019〕5号)(1)\n{_SECOND}(某政办发〔2019〕12号)(3)\n", id="ascii-brackets"),
    pytest.param(f"{_FIRST}（某政发[2019]5号）（1）\n{_SECOND}（某政办发[2019]12号）（3）\n", id="square-number"),
    pytest.param(
        f"{_FIRST}（某政发〔2019〕5号） （1）\n{_SECOND}（某政办发〔2019〕12号）　（3）\n", id="space-between-brackets"
    ),
    pytest.param(
        f"{_FIRST}\n（某政发〔2019〕5号）……………（1）\n{_SECOND}\n（某政办发〔2019〕12号）………（3）\n",
        id="number-on-next-line",
    ),
    pytest.param(
        f"{_FIRST}（某政发〔2019〕5号）（１）\n{_SECOND}（某政办发〔2019〕12号）（３）\n", id="fullwidth-page"
    ),
]


@pytest.mark.parametrize("entries", CONTENTS_ENTRIES)
def test_contents_entries_with_number_and_page_in_brackets(entries: str) -> None:
    result = run(f"某某县人民政府公报\n2019年第5号（总号：1650）\n目录\n{entries}{_ISSUE_BODY}")
    assert [(e["doc_number"], e["page"]) for e in result["contents"]] == [
        ("某政发〔2019〕5号", 1),
        ("某政办发〔2019〕12号", 3),
    ]
    # the first document right after the 目录 is not swallowed by it
    assert [d["doc_number"]["text"] for d in result["documents"]] == ["某政发〔2019〕5号", "某政办发〔2019〕12号"]
    assert "contents-not-found" not in codes_of(result)


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param("县政府文件", "县政府办公室文件", id="bare"),
        pytest.param("【县政府文件】", "【县政府办公室文件】", id="lenticular"),
        pytest.param("国务院文件", "人事任免", id="renshi-renmian"),
    ],
)
def test_contents_section_headings(first: str, second: str) -> None:
    entries = f"{first}\n{_FIRST}（某政发〔2019〕5号）（1）\n{second}\n{_SECOND}（某政办发〔2019〕12号）（3）\n"
    contents = run(f"某某县人民政府公报\n2019年第5号（总号：1650）\n目录\n{entries}{_ISSUE_BODY}")["contents"]
    assert [e["section"] for e in contents] == [first.strip("【】"), second.strip("【】")]


_T = "某某县人民政府办公室关于印发某某县2019年森林防火工作方案的通知"
_RS = "各乡镇人民政府，县直各部门：\n现将方案印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n2019年3月5日\n"
_HUNAN = "湖南省人民政府关于加强森林防火工作的通知"
_HUNAN_RS = "各市州人民政府：\n现就有关事项通知如下。\n湖南省人民政府\n1988年3月5日\n"
TITLE_FORMS = [
    pytest.param(
        f"某某县人民政府办公室关于印发某某县2019年\n森林防火工作方案的通知\n某政办发〔2019〕5号\n{_RS}",
        _T,
        "某政办发〔2019〕5号",
        id="wrapped-two",
    ),
    pytest.param(
        f"某某县人民政府办公室\n关于印发某某县2019年\n森林防火工作方案的通知\n某政办发〔2019〕5号\n{_RS}",
        _T,
        "某政办发〔2019〕5号",
        id="wrapped-three",
    ),
    pytest.param(f"某政办发〔2019〕5号 {_T}\n{_RS}", _T, "某政办发〔2019〕5号", id="number-before-space"),
    pytest.param(f"某政办发〔2019〕5号{_T}\n{_RS}", _T, "某政办发〔2019〕5号", id="number-before-glued"),
    pytest.param(f"某政办发[2019]5号 {_T}\n{_RS}", _T, "某政办发〔2019〕5号", id="number-before-square"),
    pytest.param(f"某政办发(2019)5号　{_T}\n{_RS}", _T, "某政办发〔2019〕5号", id="number-before-paren-ideographic"),
    pytest.param(f"{_T}\n（某政办发〔2019〕5号）\n{_RS}", _T, "某政办发〔2019〕5号", id="number-below-brackets"),
    pytest.param(f"{_T}\n(某政办发[2019]5号)\n{_RS}", _T, "某政办发〔2019〕5号", id="number-below-ascii-square"),
    pytest.param(f"{_T}\n【某政办发〔2019〕5号】\n{_RS}", _T, "某政办发〔2019〕5号", id="number-below-lenticular"),
    pytest.param(f"{_HUNAN}\n湘政〔1988〕12号\n{_HUNAN_RS}", _HUNAN, "湘政〔1988〕12号", id="old-series"),
    pytest.param(f"{_HUNAN}\n湘政字〔1988〕第12号\n{_HUNAN_RS}", _HUNAN, "湘政字〔1988〕12号", id="old-series-zi-di"),
    pytest.param(f"{_HUNAN}\n湘政〔88〕12号\n{_HUNAN_RS}", _HUNAN, "湘政〔1988〕12号", id="old-series-two-digit-year"),
    pytest.param(
        f"某某县人民政府办公室文件\n某政办发〔2019〕5号\n{_T}\n{_RS}", _T, "某政办发〔2019〕5号", id="red-head"
    ),
    pytest.param(
        f"某某县人民政府办公室文件\n\n某政办发〔2019〕5号\n──────────\n{_T}\n{_RS}",
        _T,
        "某政办发〔2019〕5号",
        id="red-head-rule",
    ),
    pytest.param(
        f"某某县人民政府办公室文件\n某政办发〔2019〕5号　　签发人：张三\n{_T}\n{_RS}",
        _T,
        "某政办发〔2019〕5号",
        id="red-head-signer",
    ),
]


@pytest.mark.parametrize("text, title, number", TITLE_FORMS)
def test_title_and_number_forms(text: str, title: str, number: str) -> None:
    [doc] = run(text)["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (title, number)


# --------------------------------------------------------------------------- signature dates in their forms

_SIGNED_NOTICE = "某某县人民政府办公室关于印发某某县2019年森林防火工作方案的通知\n某政办发〔2019〕5号\n各乡镇人民政府，县直各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
SIGNATURE_DATES = [
    pytest.param("某某县人民政府办公室\n2019年3月5日\n", "2019-03-05", id="plain"),
    pytest.param("某某县人民政府办公室\n二〇一九年三月五日\n", "2019-03-05", id="chinese-numerals"),
    pytest.param("某某县人民政府办公室\n二○一九年三月五日\n", "2019-03-05", id="chinese-numerals-circle"),
    pytest.param("某某县人民政府办公室\n二零一九年十二月二十五日\n", "2019-12-25", id="chinese-numerals-ling-tens"),
    pytest.param("某某县人民政府办公室\n2019-03-05\n", "2019-03-05", id="iso"),
    pytest.param("某某县人民政府办公室\n2019.3.5\n", "2019-03-05", id="dotted"),
    pytest.param("某某县人民政府办公室\n2019/3/5\n", "2019-03-05", id="slashed"),
    pytest.param("某某县人民政府办公室\n2019 年 3 月 5 日\n", "2019-03-05", id="spaced"),
    pytest.param("某某县人民政府办公室\n２０１９年３月５日\n", "2019-03-05", id="fullwidth"),
    pytest.param("某某县人民政府办公室　　2019年3月5日\n", "2019-03-05", id="same-line"),
    pytest.param("　　　　某某县人民政府办公室\n　　　　2019年3月5日\n", "2019-03-05", id="indented"),
    pytest.param("某某县人民政府办公室\n（盖章）\n2019年3月5日\n", "2019-03-05", id="seal-between"),
    pytest.param("某某县人民政府办公室\n（2019年3月5日）\n", "2019-03-05", id="date-in-brackets"),
    pytest.param(
        "某某县人民政府办公室\n(2019年3月5日)\n（此件公开发布）\n", "2019-03-05", id="ascii-brackets-public-note"
    ),
]


@pytest.mark.parametrize("signature, date", SIGNATURE_DATES)
def test_signature_date_forms(signature: str, date: str) -> None:
    [doc] = run(_SIGNED_NOTICE + signature)["documents"]
    assert (doc["date"], doc["issuer"]) == (date, "某某县人民政府办公室")


def test_a_date_in_brackets_without_a_signature_above_is_not_the_signing_date() -> None:
    text = _SIGNED_NOTICE + "请于（2019年4月1日）前报送。\n某某县人民政府办公室\n2019年3月5日\n"
    assert run(text)["documents"][0]["date"] == "2019-03-05"


# --------------------------------------------------------------------------- appointments: 决定其 and tables alone

DECIDED_QI = [
    pytest.param(
        "会议决定任命张三为某某县人民政府副县长，并决定其为某某县人民政府代理县长。会议闭幕。",
        "某某县人民政府代理县长",
        id="bing-jueding-qi-wei",
    ),
    pytest.param(
        "会议决定任命张三为某某县人民政府副县长，同时决定其为某某县人民政府代理县长。会议闭幕。",
        "某某县人民政府代理县长",
        id="tongshi",
    ),
    pytest.param(
        "会议决定任命张三为某某县人民政府副县长，决定其代理县长职务。会议闭幕。", "代理县长", id="qi-daili-zhiwu"
    ),
]


@pytest.mark.parametrize("text, acting", DECIDED_QI)
def test_qi_after_a_decision_is_the_person_of_its_sentence(text: str, acting: str) -> None:
    assert changes_of(text) == [("appoint", "张三", "某某县人民政府副县长"), ("appoint", "张三", acting)]


def test_qi_in_a_later_sentence_gives_nothing_and_a_warning() -> None:
    result = run("任命李四为县财政局局长。会议决定任命张三为某某县人民政府副县长。并决定其为某某县人民政府代理县长。")
    assert [a["person"] for d in result["documents"] for a in d["appointments"]] == ["李四", "张三"]
    assert "person-unclear" in codes_of(result)


@pytest.mark.parametrize("separator", ["|---|---|\n", ""], ids=["markdown", "pipe"])
def test_a_changes_table_stored_without_its_heading(separator: str) -> None:
    text = (
        f"| 姓名 | 任免职务 |\n{separator}| 张三 | 任某某县发展和改革局局长 |\n| 李四 | 免去某某县财政局局长职务 |\n\n"
        "某某县人大常委会办公室\n2020年7月28日\n"
    )
    assert changes_of(text) == [("appoint", "张三", "某某县发展和改革局局长"), ("remove", "李四", "某某县财政局局长")]


FIRST_HOLDERS = [
    pytest.param(
        "选举出市长、副市长，敖刘全当选为那曲市人民政府首任市长。会议闭幕。",
        ("敖刘全", "那曲市人民政府市长"),
        id="dangxuan-shouren",
    ),
    pytest.param(
        "會議選舉敖劉全為那曲市人民政府首任市長。會議閉幕。", ("敖刘全", "那曲市人民政府市长"), id="traditional-xuanju"
    ),
    pytest.param("会议选举张三为某某县第一任县长。会议闭幕。", ("张三", "某某县县长"), id="diyiren"),
]


@pytest.mark.parametrize("text, change", FIRST_HOLDERS)
def test_the_first_holder_of_a_post_takes_the_post(text: str, change: tuple[str, str]) -> None:
    assert changes_of(text) == [("appoint", *change)]


def test_a_first_holder_named_in_passing_is_no_change() -> None:
    assert changes_of("首任县长张三出席会议并讲话。会议闭幕。") == []


# --------------------------------------------------------------------------- unnumbered task tables one cell per line

_TOC = (
    "咸宁市人民政府主办2020年第2号(总第55号)\n目录\n市政府文件\n"
    "市人民政府关于印发咸宁市城市生活垃圾处理收费管理办法的通知\n市人民政府办公室关于印发咸宁市老旧小区改造实施方案的通知\n"
    "市人民政府办公室关于2019年度全市政务信息工作情况的通报\n"
)
_ROWS = (
    "一、加大财政金融支持力度\n(一)加强对防疫重点企业财税支持\n市税务局等,各县、市、区政府,咸宁高新区管委会\n{remark}"
    "2.纳入工信部支持新冠肺炎防护用品技术改造设备购置补贴的重点企业，省财政给予剩余配套补贴。\n"
    "市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会\n"
    "4.免征各地经营蔬菜的个体工商户应缴纳的个人所得税。\n"
)
UNIT_LINE_TABLES = [
    pytest.param("重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n", "2020年12月\n", id="split-header-remark-line"),
    pytest.param("重点工作\n主要任务\n工作措施\n责任单位\n备注\n", "2020年12月底前\n", id="whole-header-remark-diqian"),
    pytest.param("重点工作 |\n主要任务 |\n责任单位 |\n完成时限 |\n", "2020年12月\n", id="bars"),
]


@pytest.mark.parametrize("header, remark", UNIT_LINE_TABLES)
def test_an_unnumbered_task_table_printed_one_cell_per_line(header: str, remark: str) -> None:
    [doc] = run(_TOC + header + _ROWS.format(remark=remark))["documents"]
    assert doc["title"] is None  # the 目录's titles are a list, not this text's title
    got = [(t["lead_units"], t["deadline"] and t["deadline"]["date"]) for t in doc["tasks"]]
    assert got == [
        (["市税务局", "各县、市、区政府", "咸宁高新区管委会"], "2020-12-31"),
        (["市经信局", "市财政局", "各县、市、区政府", "咸宁高新区管委会"], None),  # no remark: none inherited
    ]  # the group heading and the last measure (no units under it) give no task


def test_an_unnumbered_cell_table_with_two_unit_columns_is_not_guessed() -> None:
    header = "主要任务\n牵头单位\n配合单位\n完成时限\n"
    rows = "(一)加强对防疫重点企业财税支持\n市税务局\n市财政局\n2020年12月\n"
    tasks = [t for d in run(_TOC + header + rows)["documents"] for t in d["tasks"]]
    assert not any(t["lead_units"] == ["市税务局", "市财政局"] for t in tasks)


# --------------------------------------------------------------------------- the same title printed again past a metadata table

_CQ_TITLE = "济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知"
_CQ_VALUES = (
    "113701130042070099-A/2021-4059841\n综合政务\n济长政办字〔2021〕3号\n长清区政府\n2021-04-01\n2021-04-01\n有效\n"
)
_CQ_BODY = "各街道办事处，区政府各部门：\n现将重点工作任务分工印发给你们，请认真贯彻落实。\n济南市长清区人民政府办公室\n2021年3月31日\n"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("字号:\n打印整页 打印内容 分享\n", id="toolbar"),
        pytest.param("", id="nothing-more"),
    ],
)
def test_a_title_printed_again_past_unkeyed_metadata_values_is_one_document(between: str) -> None:
    text = (
        f"政府信息公开\n{_CQ_TITLE}\n{_CQ_VALUES}\n{_CQ_TITLE}\n{between}"
        f"济南市长清区人民政府办公室\n关于印发《政府工作报告》重点工作任务分工的通知\n济长政办字〔2021〕3号\n{_CQ_BODY}"
    )
    [doc] = run(text)["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (_CQ_TITLE, "济长政办字〔2021〕3号")


def test_two_notices_of_one_title_with_their_own_numbers_stay_two() -> None:
    notice = "北京市平谷区人民政府关于干部任免职的通知\n京平政发〔2021〕{n}号\n各乡镇人民政府：\n经研究决定任命张三为某局局长。\n北京市平谷区人民政府\n2021年3月{d}日\n"
    docs = run(notice.format(n=2, d=1) + notice.format(n=3, d=5))["documents"]
    assert [d["doc_number"]["text"] for d in docs] == ["京平政发〔2021〕2号", "京平政发〔2021〕3号"]


_TABLES = {
    name: value
    for name, value in dict(globals()).items()
    if name.isupper() and isinstance(value, list) and value and all(hasattr(row, "values") for row in value)
}


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_no_table_repeats_a_row(name: str) -> None:
    rows = [row.values for row in _TABLES[name]]
    ids = [row.id for row in _TABLES[name]]
    assert len(set(map(repr, rows))) == len(rows) and len(set(ids)) == len(ids)
