"""Round 10 whole-issue classes (issue 9, "whole issues of other gazettes"; s10-issues10).

Synthetic whole issues in the forms provincial, city, county and district gazettes, people's
congress bulletins and department bulletins print — table-driven over mastheads, contents and the
body's layouts, with negative rows (a single web page and a news page give no issue fields).
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs

from gazette_extract.api import parse_text

ISSUE_FIELDS = ("title", "year", "number", "total_number", "publisher", "published")

CONTENTS_AND_BODY = """
目　录

某县人民政府关于做好防汛工作的通知（某政发〔2019〕3号）………………1
某县人民政府办公室关于加强安全生产的意见（某政办发〔2019〕5号）………………4

某县人民政府关于做好防汛工作的通知
某政发〔2019〕3号
各乡镇人民政府：
请做好防汛工作。

某县人民政府
2019年6月3日

某县人民政府办公室关于加强安全生产的意见
某政办发〔2019〕5号
各乡镇人民政府：
请加强安全生产。

某县人民政府办公室
2019年6月5日
"""
TWO_DOCS = [
    ("某县人民政府关于做好防汛工作的通知", "某政发〔2019〕3号"),
    ("某县人民政府办公室关于加强安全生产的意见", "某政办发〔2019〕5号"),
]


def _issue(text: str) -> tuple[object, ...]:
    issue = parse_text(text).issue
    return tuple(getattr(issue, f) for f in ISSUE_FIELDS)


def _docs(text: str) -> list[tuple[str | None, str | None]]:
    return [(title, number) for title, number, _, _ in api_docs(text)]


# Mastheads: the gazette's name over two lines or in 《》, the year on the line above the number,
# a monthly's year on a line of its own under its number, a cover's 2019.5 (its year only), the
# number printed before the name on one line.
MASTHEADS = {
    "name-split-two-lines": ("某县人民政府\n公　报\n2019年第5期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "name-split-department": ("某省教育厅\n公报\n2019年第5期\n", ("某省教育厅公报", 2019, 5, None, None, None)),
    "name-in-book-brackets": ("《某县人民政府公报》\n2019年第5期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "year-line-above-number": ("某县人民政府公报\n2019年\n第5期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "year-month-line-below": (
        "某县人民政府公报\n第5期\n（总第236期）\n2019年5月\n",
        ("某县人民政府公报", 2019, 5, 236, None, None),
    ),
    "cover-year-dot-issue": ("某县人民政府公报\n2019.5\n", ("某县人民政府公报", 2019, None, None, None, None)),
    "number-before-name": (
        "2020年第1期某市人民政府公报（总第56期）\n",
        ("某市人民政府公报", 2020, 1, 56, None, None),
    ),
    "number-before-generic-name": ("2020年第1期政府公报（总第56期）\n", (None, 2020, 1, 56, None, None)),
    "publisher-beside-number": (
        "某市人民政府主办2020年第2号(总第55号)\n",
        (None, 2020, 2, 55, "某市人民政府", None),
    ),
    "spaced-name": ("某 县 人 民 政 府 公 报\n2019 年 第 5 期\n", ("某县人民政府公报", 2019, 5, None, None, None)),
    "keys-block": (
        "某县人民政府公报\n2019年第5期\n主管：某县人民政府\n主办：某县人民政府办公室\n出版日期：2019年5月31日\n",
        ("某县人民政府公报", 2019, 5, None, "某县人民政府办公室", "2019-05-31"),
    ),
    "npc-hao-zonghao": (
        "某省人民代表大会常务委员会公报\n2019年第5号（总第236号）\n",
        ("某省人民代表大会常务委员会公报", 2019, 5, 236, None, None),
    ),
    "cppcc": ("政协某市委员会公报\n2019年第5期\n", ("政协某市委员会公报", 2019, 5, None, None, None)),
    "number-above-name-hao": (
        "某区人民政府\n2017年第4号\n某区人民政府公报\n",
        ("某区人民政府公报", 2017, 4, None, None, None),
    ),
}


@pytest.mark.parametrize(("head", "expected"), MASTHEADS.values(), ids=MASTHEADS.keys())
def test_masthead(head: str, expected: tuple[object, ...]) -> None:
    text = head + CONTENTS_AND_BODY
    assert _issue(text) == expected
    assert _docs(text) == TWO_DOCS


SINGLE_DOC = (
    "某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n各乡镇人民政府：\n{body}\n\n某县人民政府\n2019年6月3日\n"
)

# What must give no issue field: a page that names a gazette in a sentence, a link or its footer; a
# document kind ending in 公报 (统计公报, 新闻公报) or a newspaper (大公报); a headline with 第5期 in
# it; an announcement's or decree's serial (2019年第5号 under 公告); a page listing several issues.
NO_ISSUE = {
    "gazette-named-in-a-sentence": SINGLE_DOC.format(
        body="本通知刊登于《某县人民政府公报》2019年第5期。请做好防汛工作。"
    ),
    "gazette-in-a-footer": SINGLE_DOC.format(body="请做好防汛工作。")
    + "相关链接：某县人民政府公报\n主办：某县人民政府办公室\n",
    "footer-publisher-only": SINGLE_DOC.format(body="请做好防汛工作。") + "主办：某县人民政府办公室\n",
    "statistical-communique": "某县2018年国民经济和社会发展统计公报\n某县统计局\n2019年3月5日\n2018年，全县实现地区生产总值100亿元。\n",
    "press-communique": "新闻公报\n2011年4月21日\n政府宣布委任张三为某委员会主席。\n",
    "newspaper": "大公报\n2014年5月3日\n教育部部长周济被免职。\n",
    "headline-with-issue-number": "全区第5期干部培训班开班\n发布时间：2019-05-20\n5月20日，全区2019年第5期干部培训班在区委党校开班。\n",
    "headline-year-issue-number": "某县2019年第5期“道德讲堂”活动举行\n6月3日，某县2019年第5期道德讲堂在县文化馆举行。\n",
    "announcement-serial": "某县人民政府公告\n2019年第5号\n现将有关事项公告如下。\n某县人民政府\n2019年6月3日\n",
    "decree-serial": "某县人民政府令\n第5号\n《某县安全生产管理办法》已经县政府常务会议通过，现予公布。\n县长　张三\n2019年6月3日\n",
    "list-of-issues": "政府公报\n2019年第5期\n2019年第4期\n2019年第3期\n",
    "generic-name-alone": "政府公报\n" + SINGLE_DOC.format(body="请做好防汛工作。"),
    "gazette-cited-first-in-a-sentence": "行政长官委任行政会发言人\n《澳门特别行政区公报》今(8)日刊登第01/2025号行政长官批示，委任张永春担任行政会发言人。\n",
    "gazette-and-issue-cited-in-a-sentence": "《某县人民政府公报》2019年第5期刊登了县政府关于做好防汛工作的通知。\n",
    "running-head-with-page-number": "Page 31 - 2024第4期-修改\n大同市人民政府公报 2 ·市政府办公室文件· 大同市人民政府公报 2\n组长：张三\n",
}


@pytest.mark.parametrize("text", NO_ISSUE.values(), ids=NO_ISSUE.keys())
def test_no_issue_fields(text: str) -> None:
    assert _issue(text) == (None,) * len(ISSUE_FIELDS)


def test_an_empty_key_in_the_page_head_is_no_body() -> None:
    """A page's metadata block with a value left empty (标题：) stands over the masthead; it opens no
    body, so the masthead under it is still read."""
    head = "发布机构：某县人民政府办公室\n标题：\n某县人民政府公报\n2019年第5期（总第236期）\n"
    assert _issue(head + SINGLE_DOC.format(body="请做好防汛工作。"))[:4] == ("某县人民政府公报", 2019, 5, 236)


MASTHEAD = "某市人民政府公报\n2019年第5期（总第236期）\n\n"

# Personnel notices printed short in an issue's 人事任免 section: a title, then one line of changes,
# with no number, recipients or signature. Each is a document (they were one untitled document).
NOTICES = [
    ("某市人民政府关于张三等同志职务任免的通知", "任命张三为某市教育局局长；免去李四的某市教育局局长职务。"),
    ("某市人民政府关于李明同志任职的通知", "任命李明为某市财政局副局长（试用期一年）。"),
    ("某市人民政府关于王芳同志免职的通知", "免去王芳的某市财政局副局长职务。"),
]
NOTICE_FORMS = {
    "blank-between": lambda t, b: f"{t}\n{b}\n\n",
    "run-together": lambda t, b: f"{t}\n{b}\n",
    "decided-first": lambda t, b: f"{t}\n经市政府研究决定：{b}\n\n",
    "appointed-by-hire": lambda t, b: f"{t}\n{b.replace('任命', '聘任')}\n\n",
    "reason-first": lambda t, b: f"{t}\n根据工作需要，经市政府研究决定：{b}\n\n",
    "decided-on-its-own-line": lambda t, b: f"{t}\n经市政府研究决定：\n{b}\n\n",
}
SECTIONS = {
    "no-section": "",
    "bracketed-section": "【人事任免】\n\n",
    "bare-section": "人事任免\n",
    "numbered-section": "三、人事任免\n",
}


@pytest.mark.parametrize("section", SECTIONS.values(), ids=SECTIONS.keys())
@pytest.mark.parametrize("form", NOTICE_FORMS.values(), ids=NOTICE_FORMS.keys())
def test_short_personnel_notices_are_each_a_document(form, section: str) -> None:
    text = MASTHEAD + section + "".join(form(t, b) for t, b in NOTICES)
    result = parse_text(text)
    assert [d.title for d in result.documents] == [t for t, _ in NOTICES]
    assert [len(d.appointments) for d in result.documents] == [2, 1, 1]


LISTS = {
    "full-width-brackets": ("（2019年5月10日）", "（2019年5月20日）", ["2019-05-10", "2019-05-20"]),
    "ascii-brackets": ("(2019年5月10日)", "(2019年5月20日)", ["2019-05-10", "2019-05-20"]),
    "chinese-numerals": ("（二〇一九年五月十日）", "（二〇一九年五月二十日）", ["2019-05-10", "2019-05-20"]),
}


def test_short_personnel_notices_without_their_issuer_in_the_title() -> None:
    """关于张三等同志职务任免的通知 / 任命…: the section's notices printed without the issuer."""
    text = MASTHEAD + "人事任免\n\n" + "".join(f"{t.removeprefix('某市人民政府')}\n{b}\n\n" for t, b in NOTICES)
    assert [d.title for d in parse_text(text).documents] == [t.removeprefix("某市人民政府") for t, _ in NOTICES]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("现将有关事项通知如下。", id="prose"),
        pytest.param("任职时间自2019年6月1日起计算。", id="tenure-sentence"),
    ],
)
def test_a_personnel_title_over_other_words_opens_nothing_new(body: str) -> None:
    """Inside a signed notice, a personnel title over words that are no change (prose, a tenure
    sentence) stays part of the open document: only the short-notice forms open one."""
    text = (
        MASTHEAD
        + "某市人民政府关于做好干部管理工作的通知\n某政发〔2019〕3号\n各区县人民政府：\n现将有关事项通知如下。\n"
        + f"关于张三同志任职的通知\n{body}\n"
    )
    assert len(parse_text(text).documents) == 1


@pytest.mark.parametrize(("first", "second", "dates"), LISTS.values(), ids=LISTS.keys())
def test_lists_of_one_title_under_their_dates_are_two_documents(first: str, second: str, dates: list[str]) -> None:
    """任免名单 / （date） / changes, twice under one title: two lists, never the second printed again."""
    text = (
        MASTHEAD
        + "【人事任免】\n\n"
        + f"某市人民政府任免名单\n{first}\n任命张三为某市教育局局长；\n免去李四的某市教育局局长职务。\n\n"
        + f"某市人民政府任免名单\n{second}\n任命李明为某市财政局副局长；\n免去王芳的某市财政局副局长职务。\n"
    )
    result = parse_text(text)
    assert [(d.title, d.date) for d in result.documents] == [("某市人民政府任免名单", d) for d in dates]
    assert [[a.person for a in d.appointments] for d in result.documents] == [["张三", "李四"], ["李明", "王芳"]]


def test_a_title_printed_twice_over_a_short_notice_is_one_document() -> None:
    """A page heading over the notice's own title, then its one line: still one document."""
    title, body = NOTICES[0]
    result = parse_text(f"{title}\n{title}\n{body}\n")
    assert [d.title for d in result.documents] == [title]


def test_a_forwarded_personnel_notice_stays_inside() -> None:
    """A notice that forwards (转发) keeps the piece it forwards, though that piece opens with 任命."""
    text = (
        MASTHEAD
        + "某市人民政府办公室关于转发某市人民政府关于张三等同志职务任免的通知的通知\n某政办发〔2019〕9号\n"
        + "各区县人民政府：\n现将《某市人民政府关于张三等同志职务任免的通知》转发给你们。\n\n某市人民政府办公室\n2019年6月3日\n\n"
        + "某市人民政府关于张三等同志职务任免的通知\n任命张三为某市教育局局长。\n"
    )
    assert len(parse_text(text).documents) == 1


NPC_ISSUE = """某省人民代表大会常务委员会公报
2019年第5号（总第236号）
某省人民代表大会常务委员会办公厅编印

目　录

{announcement}………………（1）
某省第十三届人民代表大会常务委员会第十二次会议人事任免名单………………（3）
{speech}………………（5）

某省第十三届人民代表大会常务委员会公告
第12号

《某省安全生产条例》已由某省第十三届人民代表大会常务委员会第十二次会议于2019年5月30日通过，现予公布。

某省人民代表大会常务委员会
2019年5月30日

某省第十三届人民代表大会常务委员会第十二次会议人事任免名单
（2019年5月30日通过）

任命张三为某省人民政府教育厅厅长；
免去李四的某省人民政府教育厅厅长职务。

关于《某省安全生产条例（草案）》的说明
——2019年3月28日在某省第十三届人民代表大会常务委员会第十次会议上
某省应急管理厅厅长　王五

主任、各位副主任、秘书长、各位委员：
我受省人民政府委托，现就《某省安全生产条例（草案）》作如下说明。
"""
ANNOUNCEMENTS = {
    "serial-in-brackets": "某省第十三届人民代表大会常务委员会公告（第12号）",
    "serial-ascii-brackets": "某省第十三届人民代表大会常务委员会公告(第12号)",
    "serial-chinese-numeral": "某省第十三届人民代表大会常务委员会公告（第十二号）",
    "no-serial": "某省第十三届人民代表大会常务委员会公告",
}
SPEECHES = {
    "speaker-after-wide-spaces": "关于《某省安全生产条例（草案）》的说明　　王五",
    "post-and-speaker": "关于《某省安全生产条例（草案）》的说明　　省应急管理厅厅长　王五",
    "speaker-after-space": "关于《某省安全生产条例（草案）》的说明 王五",
    "no-speaker": "关于《某省安全生产条例（草案）》的说明",
}


@pytest.mark.parametrize("announcement", ANNOUNCEMENTS.values(), ids=ANNOUNCEMENTS.keys())
@pytest.mark.parametrize("speech", SPEECHES.values(), ids=SPEECHES.keys())
def test_a_congress_issue_finds_every_listed_item(announcement: str, speech: str) -> None:
    """A contents entry's serial in brackets and a speech's speaker after its title are no part
    of the title, and the speech's title found with its deck glued under it is the listed one."""
    result = parse_text(NPC_ISSUE.format(announcement=announcement, speech=speech))
    titles = [
        "某省第十三届人民代表大会常务委员会公告",
        "某省第十三届人民代表大会常务委员会第十二次会议人事任免名单",
        "关于《某省安全生产条例（草案）》的说明",
    ]
    assert [e.title for e in result.contents] == titles
    assert [d.title for d in result.documents] == titles
    assert not {w.code for w in result.warnings} & {"contents-not-found", "document-not-in-contents"}


TITLE_TAILS = {
    "summary": ("某县2019年政府工作报告 摘要………………3", "某县2019年政府工作报告摘要"),
    "excerpt": ("关于某县2019年预算执行情况的报告 节选………………3", "关于某县2019年预算执行情况的报告节选"),
}


@pytest.mark.parametrize(("line", "title"), TITLE_TAILS.values(), ids=TITLE_TAILS.keys())
def test_a_titles_own_tail_after_a_space_is_no_speaker(line: str, title: str) -> None:
    result = parse_text(MASTHEAD + f"目　录\n{line}\n")
    assert [e.title for e in result.contents] == [title]


PLAN_NOTICE = (
    "某县人民政府公报\n2021年第2期（总第30期）\n\n县政府文件\n\n"
    "某县人民政府关于印发某县2021年重点工作的通知\n某政发〔2021〕1号\n\n各乡镇人民政府，县直各单位：\n"
    "现将《某县2021年重点工作》印发给你们，请认真贯彻执行。\n\n附件：某县2021年重点工作\n\n"
    "某县2021年重点工作\n一、稳增长。\n二、促改革。\n\n"
)
NEXT_UNSIGNED = {
    "county-announcement": ("某县人民政府通告", "为加强森林防火工作，现通告如下：\n一、禁止野外用火。"),
    "public-notice": ("某县自然资源局公告", "根据有关规定，现将某地块出让结果公告如下：\n一、地块位于某镇。"),
    "headquarters-announcement": ("某县防汛抗旱指挥部通告", "为确保安全度汛，现就有关事项通告如下。"),
    "notice-with-recipients": (
        "某县人民政府关于做好春耕生产工作的通知",
        "各乡镇人民政府，县直各单位：\n请做好春耕生产工作。",
    ),
}


@pytest.mark.parametrize(("title", "body"), NEXT_UNSIGNED.values(), ids=NEXT_UNSIGNED.keys())
def test_a_document_after_an_unsigned_plan_is_not_swallowed(title: str, body: str) -> None:
    """A notice issuing a plan ends with the plan's last line (no signature); the next document —
    a body's own announcement, or a notice over its recipients — opens under it, and the plan's
    notice does not take the next document's signature date."""
    text = PLAN_NOTICE + f"{title}\n{body}\n\n某县人民政府\n2021年2月3日\n"
    got = [(d.title, d.date) for d in parse_text(text).documents]
    assert got == [("某县人民政府关于印发某县2021年重点工作的通知", None), (title, "2021-02-03")]


FORWARDED = {
    "forwarded-announcement": (
        "某县人民政府办公室关于转发某市人民政府通告的通知",
        "某市人民政府通告\n为加强森林防火工作，现通告如下：\n一、禁止野外用火。",
    ),
    "issued-plan-named": (
        "某县人民政府关于印发某县春耕生产工作方案的通知",
        "某县春耕生产工作方案\n为做好春耕生产工作，制定本方案。",
    ),
}


@pytest.mark.parametrize(("title", "piece"), FORWARDED.values(), ids=FORWARDED.keys())
def test_the_piece_a_notice_forwards_or_issues_stays_inside(title: str, piece: str) -> None:
    text = (
        "某县人民政府公报\n2021年第2期\n\n"
        + f"{title}\n某政办发〔2021〕3号\n各乡镇人民政府：\n现将有关文件转发（印发）给你们，请遵照执行。\n\n"
        + f"{piece}\n"
    )
    assert [d.title for d in parse_text(text).documents] == [title]


OWN_CONTENTS = {
    "foreword": "前 言",
    "preface": "序言",
    "introduction": "引言",
    "foreword-with-page": "前言……………………1",
}


@pytest.mark.parametrize("first", OWN_CONTENTS.values(), ids=OWN_CONTENTS.keys())
def test_a_white_papers_own_contents_is_no_issues(first: str) -> None:
    """目录 / 前言 / 一、… under a white paper's title: its chapters, not an issue's contents — the
    title over them is the document's, not lost before the contents."""
    text = (
        "日期：2013-10-23　来源：国务院新闻办公室\n\n某地的发展与进步\n（2013年10月）\n中华人民共和国国务院新闻办公室\n\n目 录\n"
        + f"{first}\n一、发展进步是历史的必然\n二、经济发展与民生改善\n结束语\n\n"
        + "前 言\n某地位于高原南部，是中华人民共和国的一个自治区。\n一、发展进步是历史的必然\n某地自古以来就是中国的一部分。\n"
    )
    result = parse_text(text)
    assert result.contents == []
    assert [d.title for d in result.documents] == ["某地的发展与进步"]


PAGE_NUMBERS = {
    "dashes": "— {n} —",
    "hyphens": "- {n} -",
    "middle-dots": "·{n}·",
    "spaced-bullets": "• {n} •",
    "di-ye": "第{n}页",
}
HEADER = "某县人民政府公报　2019年第5期"
PAGE_ORDERS = {
    "number-then-header": lambda number: f"\n{number}\n{HEADER}\n",
    "header-then-number": lambda number: f"\n{HEADER}\n{number}\n",
    "number-alone": lambda number: f"\n{number}\n",
}


@pytest.mark.parametrize("order", PAGE_ORDERS.values(), ids=PAGE_ORDERS.keys())
@pytest.mark.parametrize("page_number", PAGE_NUMBERS.values(), ids=PAGE_NUMBERS.keys())
def test_page_furniture_mid_sentence_is_dropped(page_number: str, order) -> None:
    """A page break inside a sentence (its number, the running head above or below it) is page
    furniture: the sentence is rejoined, the appointment cut by it is read whole, and the header
    never enters a paragraph."""
    pages = [order(page_number.format(n=n)) for n in (2, 3)]
    text = (
        "某县人民政府公报\n2019年第5期（总第236期）\n\n"
        "某县人民政府关于张三等同志职务任免的通知\n某政任〔2019〕5号\n各乡镇人民政府：\n"
        f"经县政府研究决定：任命张三为某县教育局局长；免去李四的某县教育{pages[0]}局局长职务。\n\n"
        f"某县人民政府\n2019年6月3日\n{pages[1]}"
        "某县人民政府关于王五同志任职的通知\n某政任〔2019〕6号\n各乡镇人民政府：\n经县政府研究决定：任命王五为某县财政局局长。\n\n"
        "某县人民政府\n2019年6月10日\n"
    )
    result = parse_text(text)
    assert (result.issue.title, result.issue.number, result.issue.total_number) == ("某县人民政府公报", 5, 236)
    changes = [[(a.action, a.person, a.position) for a in d.appointments] for d in result.documents]
    assert changes == [
        [("appoint", "张三", "某县教育局局长"), ("remove", "李四", "某县教育局局长")],
        [("appoint", "王五", "某县财政局局长")],
    ]


def test_the_covers_masthead_over_its_page_number_stays() -> None:
    """The running head printed first as the cover's masthead, over the cover's page number, is the
    issue's masthead (the same line at a later page's foot is furniture)."""
    text = (
        f"{HEADER}\n— 1 —\n"
        "某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n各乡镇人民政府：\n请做好防汛工作，"
        f"\n{HEADER}\n— 2 —\n加强值班值守。\n\n某县人民政府\n2019年6月3日\n\n{HEADER}\n— 3 —\n"
    )
    result = parse_text(text)
    assert (result.issue.title, result.issue.year, result.issue.number) == ("某县人民政府公报", 2019, 5)
    assert [d.doc_number.text for d in result.documents if d.doc_number] == ["某政发〔2019〕3号"]


# More masthead spellings: combined issues and supplements (the year, no one number), a month's
# issue, the year in brackets after the number, 总期号 as a key, a Traditional name on a Simplified
# page, and the heading printed on the masthead's line or the masthead under the heading.
MORE_MASTHEADS = {
    "combined-range-with-di": ("某市人民政府公报\n2019年第5-6期（总第236期）\n", (2019, None, 236)),
    "combined-enumerated": ("某市人民政府公报\n2019年第5、6期合刊\n", (2019, None, None)),
    "supplement": ("某市人民政府公报\n2019年增刊\n", (2019, None, None)),
    "month-issue": ("某市人民政府公报\n2019年5月号\n", (2019, None, None)),
    "year-in-brackets-after": ("某市人民政府公报\n第5期（2019年）\n", (2019, 5, None)),
    "total-issue-key": ("某市人民政府公报\n期号：2019年第5期\n总期号：236\n", (2019, 5, 236)),
    "chinese-year-line-above": ("某市人民政府公报\n二〇一九年\n第五期\n", (2019, 5, None)),
    "chinese-year-month-below": ("某市人民政府公报\n第五期\n二〇一九年五月\n", (2019, 5, None)),
    "old-chinese-year-month-below": ("某市人民政府公报\n第十二期\n一九九六年十二月\n", (1996, 12, None)),
    "traditional-name": ("某市人民政府公報\n2019年第5期（總第236期）\n", (2019, 5, 236)),
}


@pytest.mark.parametrize(("head", "expected"), MORE_MASTHEADS.values(), ids=MORE_MASTHEADS.keys())
def test_more_masthead_spellings(head: str, expected: tuple[object, ...]) -> None:
    text = head + CONTENTS_AND_BODY
    issue = parse_text(text).issue
    assert (issue.title, issue.year, issue.number, issue.total_number) == ("某市人民政府公报", *expected)
    assert _docs(text) == TWO_DOCS


HEADING_PLACES = {
    "heading-glued-to-masthead": lambda body: "某市人民政府公报2019年第5期目录\n" + body.replace("目　录\n", "", 1),
    "heading-after-masthead-space": lambda body: (
        "某市人民政府公报 2019年第5期 目录\n" + body.replace("目　录\n", "", 1)
    ),
    "heading-in-brackets-on-masthead": lambda body: (
        "某市人民政府公报2019年第5期（目录）\n" + body.replace("目　录\n", "", 1)
    ),
    "masthead-under-heading": lambda body: body.replace("目　录\n", "目　录\n某市人民政府公报　2019年第5期\n", 1),
}


@pytest.mark.parametrize("place", HEADING_PLACES.values(), ids=HEADING_PLACES.keys())
def test_the_contents_heading_on_or_over_the_masthead(place) -> None:
    result = parse_text(place(CONTENTS_AND_BODY))
    assert (result.issue.title, result.issue.year, result.issue.number) == ("某市人民政府公报", 2019, 5)
    assert [e.doc_number for e in result.contents] == [n for _, n in TWO_DOCS]
    assert [(d.title, d.doc_number.text if d.doc_number else None) for d in result.documents] == TWO_DOCS


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某县政府信息公开目录", id="disclosure-catalogue"),
        pytest.param("某县2019年第5期公共服务事项目录", id="no-gazette-named"),
    ],
)
def test_a_catalogue_title_is_no_masthead_heading(line: str) -> None:
    """A line ending in 目录 that names no gazette with its issue is a document's title, not the
    masthead's contents heading."""
    text = f"{line}\n发布日期：2019-06-03\n一、政府信息公开指南。\n二、政府信息公开制度。\n"
    result = parse_text(text)
    assert result.contents == []
    assert (result.issue.title, result.issue.number) == (None, None)


THREE = [
    ("某县人民政府关于做好防汛工作的通知", "某政发〔2019〕3号", "某县人民政府", "2019年6月3日", "2019-06-03"),
    (
        "某县人民政府办公室关于加强安全生产的意见",
        "某政办发〔2019〕5号",
        "某县人民政府办公室",
        "2019年6月5日",
        "2019-06-05",
    ),
    ("某县教育局关于做好2019年招生工作的通知", "某教发〔2019〕8号", "某县教育局", "2019年6月8日", "2019-06-08"),
]


def _three_body(sections: list[str] | None = None) -> str:
    out = ""
    for k, (title, number, signer, date, _) in enumerate(THREE):
        out += f"{sections[k]}\n\n" if sections else ""
        out += f"{title}\n{number}\n各乡镇人民政府：\n请认真贯彻执行。\n\n{signer}\n{date}\n\n"
    return out


THREE_DOCS = [(t, n, iso, signer) for t, n, signer, _, iso in THREE]


SECTION_SETS = {
    "work-news": ["县政府文件", "县政府办公室文件", "工作动态"],
    "government-news": ["决定命令", "规范性文件", "政务信息"],
    "speeches-and-notices": ["政府规章", "领导讲话", "公告公示"],
    "news-of-affairs": ["政务动态", "部门文件", "人事任免"],
}


@pytest.mark.parametrize("sections", SECTION_SETS.values(), ids=SECTION_SETS.keys())
def test_section_headings_of_the_contents_and_body(sections: list[str]) -> None:
    """Section headings other gazettes print (工作动态, 决定命令, 政务信息, 领导讲话, 公告公示, 政府规章):
    a section, never glued to the next entry's title, nor a listed document of its own."""
    contents = "".join(f"{s}\n{t}（{n}）……{p}\n" for s, (t, n, *_), p in zip(sections, THREE, (1, 4, 7), strict=True))
    result = parse_text("某县人民政府公报\n2019年第5期\n\n目　录\n\n" + contents + "\n" + _three_body(sections))
    assert [(e.section, e.title) for e in result.contents] == [
        (s, t) for s, (t, *_) in zip(sections, THREE, strict=True)
    ]
    assert (
        api_docs("某县人民政府公报\n2019年第5期\n\n目　录\n\n" + contents + "\n" + _three_body(sections)) == THREE_DOCS
    )


ENTRY_FORMS_10 = {
    "page-first-wide-space": lambda t, n, d, p: f"{p}　{t}（{n}）",
    "page-first-space": lambda t, n, d, p: f"{p} {t}",
    "date-in-brackets": lambda t, n, d, p: f"{t}（{d}）……{p}",
    "page-after-two-spaces": lambda t, n, d, p: f"{t}  {p}",
    "page-after-wide-spaces": lambda t, n, d, p: f"{t}（{n}）　　{p}",
    "wrapped-inside-a-year": lambda t, n, d, p: f"{t[:10]}\n{t[10:]}（{n}）……{p}",
}


@pytest.mark.parametrize("form", ENTRY_FORMS_10.values(), ids=ENTRY_FORMS_10.keys())
def test_contents_entry_forms(form) -> None:
    """The entry's title is the document's title: no page or serial before it, no date in brackets
    after it, a number wrapped at the line's end rejoined; entries ending in their page after spaces
    are entries each (they were run together into one)."""
    contents = "\n".join(form(t, n, d, p) for (t, n, _, d, _), p in zip(THREE, (1, 4, 7), strict=True))
    result = parse_text("某县人民政府公报\n2019年第5期\n\n目　录\n\n" + contents + "\n\n" + _three_body())
    assert [e.title for e in result.contents] == [t for t, *_ in THREE]
    assert api_docs("某县人民政府公报\n2019年第5期\n\n目　录\n\n" + contents + "\n\n" + _three_body()) == THREE_DOCS


@pytest.mark.parametrize("bullet", ["·", "•", "●", "◆"], ids=["middle-dot", "bullet", "black-circle", "diamond"])
def test_highlights_with_bullets(bullet: str) -> None:
    """本期要目 over bullet entries without pages: the contents, and no bulleted line is a document."""
    contents = "".join(f"{bullet}{t}\n" for t, *_ in THREE)
    text = "某县人民政府公报\n2019年第5期\n\n本期要目\n" + contents + "\n" + _three_body()
    result = parse_text(text)
    assert [e.title for e in result.contents] == [t for t, *_ in THREE]
    assert api_docs(text) == THREE_DOCS


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("2019年某县人民政府工作报告", id="year-first"),
        pytest.param("10部门关于做好防汛工作的通知", id="count-first"),
    ],
)
def test_a_title_that_begins_with_a_number_keeps_it(title: str) -> None:
    result = parse_text(
        f"某县人民政府公报\n2019年第5期\n\n目　录\n\n{title}……1\n\n{title}\n某政发〔2019〕3号\n各乡镇人民政府：\n请贯彻执行。\n"
    )
    assert [e.title for e in result.contents] == [title]


# A gazette site's issue page prints the masthead's fields under keys, or in a table.
KEYED_MASTHEADS = {
    "issue-key": ("某市人民政府公报\n期数：2019年第5期\n", ("某市人民政府公报", 2019, 5, None)),
    "year-and-number-keys-one-line": ("某市人民政府公报\n年份：2019　期号：5\n", ("某市人民政府公报", 2019, 5, None)),
    "year-key-then-number-key": ("某市人民政府公报\n年度：2019\n期数：第5期\n", ("某市人民政府公报", 2019, 5, None)),
    "total-key": ("某市人民政府公报\n2019年第5期\n总期数：236\n", ("某市人民政府公报", 2019, 5, 236)),
    "name-key": ("刊名：某市人民政府公报\n期号：2019年第5期\n", ("某市人民政府公报", 2019, 5, None)),
    "pipe-table": ("| 刊名 | 某市人民政府公报 |\n| 期号 | 2019年第5期 |\n", ("某市人民政府公报", 2019, 5, None)),
    "ascii-colons": ("刊名:某市人民政府公报\n期号:2019年第5期　总期号:236\n", ("某市人民政府公报", 2019, 5, 236)),
}


@pytest.mark.parametrize(("head", "expected"), KEYED_MASTHEADS.values(), ids=KEYED_MASTHEADS.keys())
def test_keyed_masthead(head: str, expected: tuple[object, ...]) -> None:
    for text in (head + CONTENTS_AND_BODY, head + CONTENTS_AND_BODY.replace("目　录\n", "", 1)):
        issue = parse_text(text).issue
        assert (issue.title, issue.year, issue.number, issue.total_number) == expected
        assert _docs(text) == TWO_DOCS


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "某县人民政府关于做好防汛工作的通知\n年度：2019\n期数：5\n发布日期：2019-06-03\n各乡镇人民政府：\n请做好防汛工作。\n",
            id="document-page-keys",
        ),
        pytest.param("全区第5期干部培训班开班\n期数：5\n年份：2019\n5月20日，培训班开班。\n", id="news-page-keys"),
        pytest.param(
            "刊名：某县教育\n期号：2019年第5期\n本期刊登了全县教育工作会议的消息。\n", id="a-magazine-no-gazette"
        ),
    ],
)
def test_keys_with_no_gazette_named_give_no_issue(text: str) -> None:
    assert _issue(text) == (None,) * len(ISSUE_FIELDS)


NAME_LINES = {
    "monthly-in-brackets": ("某市人民政府公报（月刊）\n2019年第5期\n", (2019, 5, None)),
    "monthly-after-space": ("某市人民政府公报　月刊\n2019年第5期\n", (2019, 5, None)),
    "internal-label": ("某市人民政府公报　内部资料\n2019年第5期\n", (2019, 5, None)),
    "english-name-beside": ("某市人民政府公报 GAZETTE OF MOUSHI\n2019年第5期\n", (2019, 5, None)),
    "date-beside-number": ("某市人民政府公报\n2019年 第5期（总第236期）　2019年5月31日\n", (2019, 5, "2019-05-31")),
}


NAME_LINE_ROWS = [
    *(pytest.param(head, expected, id=key) for key, (head, expected) in NAME_LINES.items()),
    pytest.param(
        "某市人民政府公报 GAZETTE OF THE PEOPLE'S GOVERNMENT OF MOUSHI\n2019年第5期\n",
        (2019, 5, None),
        id="long-english-name-beside",  # run on into the lines below by normalize: the name still starts it
    ),
]


@pytest.mark.parametrize(("head", "expected"), NAME_LINE_ROWS)
def test_what_a_masthead_prints_beside_the_name_or_number(head: str, expected: tuple[object, ...]) -> None:
    """A periodicity, a label or the name in English beside the gazette's name is no part of it;
    the publication date beside the issue number is read."""
    issue = parse_text(head + CONTENTS_AND_BODY).issue
    assert issue.title == "某市人民政府公报"
    assert (issue.year, issue.number, issue.published if isinstance(expected[2], str) else None) == expected


SIGNED_FIRST = (
    "某县人民政府公报\n2019年第5期\n\n县政府文件\n\n某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n"
    "各乡镇人民政府：\n请做好防汛工作。\n\n某县人民政府\n2019年6月3日\n\n"
)
SECTION_NEXT = {
    "minutes": (
        "某县人民政府第5次常务会议纪要",
        "2019年6月10日，县长张三主持召开县政府第5次常务会议。会议同意任命李四为某县水利局局长。",
    ),
    "announcement": (
        "某县人民政府关于禁止燃放烟花爆竹的通告",
        "为保护环境，现就禁止燃放烟花爆竹通告如下：全县禁止燃放烟花爆竹。",
    ),
    "decision": ("某县人民政府关于表彰2018年度先进集体的决定", "2018年，全县各单位认真履职，涌现出一批先进集体。"),
}
SECTION_LINES = {"bare": "{s}", "bracketed": "【{s}】", "bracketed-square": "[{s}]"}


@pytest.mark.parametrize("line", SECTION_LINES.values(), ids=SECTION_LINES.keys())
@pytest.mark.parametrize(("title", "body"), SECTION_NEXT.values(), ids=SECTION_NEXT.keys())
def test_a_section_heading_between_signature_and_title(title: str, body: str, line: str) -> None:
    """…2019年6月3日 / 会议纪要 / title / prose: the issue's next section opens under the signature,
    and the document under it is not swallowed by the one above (its records went to that one)."""
    text = SIGNED_FIRST + line.format(s="会议纪要") + "\n\n" + f"{title}\n{body}\n"
    assert [d.title for d in parse_text(text).documents] == ["某县人民政府关于做好防汛工作的通知", title]


def test_an_outline_heading_inside_a_document_opens_nothing() -> None:
    """二、政策解读 inside a notice (no signature over it) is the notice's own heading."""
    text = (
        "某县人民政府关于做好政务公开工作的通知\n某政发〔2019〕3号\n各乡镇人民政府：\n一、公开内容\n请公开有关信息。\n"
        "二、政策解读\n某县人民政府关于做好防汛工作的通知\n对防汛工作通知作出解读，说明出台背景。\n"
    )
    assert len(parse_text(text).documents) == 1


BACK_COVERS = {
    "office-over-date": "某县人民政府公报编辑部\n2019年5月31日\n",
    "office-with-address": "某县人民政府公报编辑部　地址：某县人民路1号\n2019年5月31日印\n",
    "address-line-first": "编辑部地址：某县人民路1号　电话：0123-4567890\n某县人民政府公报社\n2019年5月31日\n",
    "permit-first": "准印证号：某内资准字第123号\n某县人民政府办公室\n2019年5月31日\n",
    "zhengbao-office": "某市政报编辑部\n2019年5月31日\n",
}


@pytest.mark.parametrize("cover", BACK_COVERS.values(), ids=BACK_COVERS.keys())
def test_the_back_cover_signs_no_document(cover: str) -> None:
    """The gazette's editorial office and the issue's date on its back cover are not the signature
    of the last document (an unsigned short notice took them as its issuer and date)."""
    text = MASTHEAD + "人事任免\n\n" + "".join(f"{t}\n{b}\n\n" for t, b in NOTICES) + cover
    docs = parse_text(text).documents
    assert [(d.title, d.issuer, d.date) for d in docs] == [(t, None, None) for t, _ in NOTICES]
    assert [len(d.appointments) for d in docs] == [2, 1, 1]


# A masthead run together with the lines under it (a PDF's text layer, a page that joins lines):
# the gazette's name still begins the line, and the number, publisher and date beside it are read.
RUN_ON = {
    "with-publisher": (
        "某县人民政府公报2019年第5期（总第236期）某县人民政府办公室主办\n",
        (5, 236, "某县人民政府办公室"),
    ),
    "with-date": ("某县人民政府公报2019年第5期（总第236期）2019年5月31日出版\n", (5, 236, None)),
    "with-first-title": ("某县人民政府公报2019年第5期（总第236期）", (5, 236, None)),
    "with-first-sentence": (
        "某县人民政府公报 2019年第5期 总第236期 各乡镇人民政府：请做好防汛工作。\n",
        (5, 236, None),
    ),
    "publisher-before-name": ("某某县人民政府办公室编印某县人民政府公报2019年第5期（总第236期）\n", (5, 236, None)),
    "with-contents": (
        "某县人民政府公报2019年第5期（总第236期）目录某县人民政府关于做好防汛工作的通知……1\n",
        (5, 236, None),
    ),
}


@pytest.mark.parametrize(("head", "expected"), RUN_ON.values(), ids=RUN_ON.keys())
def test_a_masthead_run_on_into_the_lines_below(head: str, expected: tuple[object, ...]) -> None:
    issue = parse_text(head + SINGLE_DOC.format(body="请做好防汛工作。")).issue
    assert (issue.title, issue.year) == ("某县人民政府公报", 2019)
    assert (issue.number, issue.total_number, issue.publisher) == expected
