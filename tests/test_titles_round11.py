"""Titles and documents, probing round 11 (issue 9): classes found by reading 65 real pages of
dev-split sites (law databases, gazette databases, county and city portals, Traditional mirrors,
document-sharing and encyclopedia pages), each written here as synthetic rows across its printed
variants, with the rows that must not change.

Precision (each was a FALSE title or a false document):

* a law database's **names line** (the issuing body, alone on its line between the page's copy of a
  title and the document) was read as the first line of the title under it (``某某省人大常委会某某条例``,
  ``某某市人民政府关于批转…的通知``), also when the page's copy carries the database's year tag
  (``某某规定（2005年）``);
* the **announcement that promulgates rules** (``某某省人民代表大会常务委员会公告`` / ``第28号``) under the
  rules' title (and adoption note) was a second document, or the third line of the title;
* a headline **printed twice** on consecutive lines (the page's ``<title>`` over its heading) was one
  title twice (``X X``);
* a **prompt to click** (``点击下方红色字体查看官方发布``) and an encyclopedia entry's **contents run**
  (``条例全文，条例说明，``) were titles;
* a **serial act** (``第90/2023號行政命令``) printed over a gazette database's fields and again over its
  own text was two documents (the first dated by the fields' 刊登日期).

Recall: a title with a **letter-spaced kind** at the end of its line (``…工作的 通 知``) gave no title;
an encyclopedia entry's ``中文名：《某某条例》`` is the rules' title (a person's 中文名 is none).

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs

from gazette_extract.layout.chrome import is_site_chrome

docs = api_docs

LAWDB_BAR = "作者：法律资料网 时间：2024-07-22 08:54:31  浏览：9249   来源：法律资料网\n\n下载地址: 点击此处下载\n\n"
ARTICLES = (
    "第一章 总 则\n\n"
    "　　第一条 为了规范本省村务公开，根据有关法律，结合本省实际，制定本条例。\n\n"
    "　　第二条 本省行政区域内的村务公开，适用本条例。\n"
)

# --------------------------------------------------------------------------- a law database's names line


def _lawdb(copy: str, names: str, title: str, below: str) -> str:
    return f"您的位置: 首页 » 法律资料网 » 法律法规 »\n\n{copy}\n\n{LAWDB_BAR}{copy}\n\n{names}\n\n\n{title}\n\n{below}"


FORWARD = (
    "某政〔2005〕32号\n\n"
    "各区人民政府，市人民政府各部门：\n\n"
    "　　市人民政府同意市教育局修订的《某某市招生考试管理规定》，现转发给你们，请遵照执行。\n\n"
    "某某市人民政府\n\n二00五年六月十七日\n"
)
ADOPTION = "（2009年7月22日某某省第十一届人民代表大会常务委员会第十次会议通过）\n\n"


@pytest.mark.parametrize(
    ("copy", "names", "title", "below", "expected"),
    [
        pytest.param(
            "某某市招生考试管理规定(2005年)",
            "湖北省某某市人民政府",
            "关于批转某某市招生考试管理规定的通知",
            FORWARD,
            "关于批转某某市招生考试管理规定的通知",
            id="forwarding-notice-under-tagged-copy",
        ),
        pytest.param(
            "某某市招生考试管理规定（2005年修订）",
            "某某市人民政府",
            "关于批转某某市招生考试管理规定的通知",
            FORWARD,
            "关于批转某某市招生考试管理规定的通知",
            id="edition-tag-full-width",
        ),
        pytest.param(
            "某某省村务公开条例",
            "某某省人大常委会",
            "某某省村务公开条例",
            ADOPTION + ARTICLES,
            "某某省村务公开条例",
            id="same-title-over-adoption-note",
        ),
        pytest.param(
            "某某省村务公开条例（2009年）",
            "某某省人民代表大会常务委员会",
            "某某省村务公开条例",
            ADOPTION + ARTICLES,
            "某某省村务公开条例",
            id="tagged-copy-over-adoption-note",
        ),
    ],
)
def test_a_names_line_is_no_part_of_the_title(copy: str, names: str, title: str, below: str, expected: str) -> None:
    assert [row[0] for row in docs(_lawdb(copy, names, title, below))] == [expected]


RED_HEAD = "某某市人民政府\n\n关于加强某某工作的通知\n\n某政发〔2021〕3号\n\n各区人民政府：\n\n　　现就加强某某工作通知如下。\n\n某某市人民政府\n\n2021年3月5日\n"


@pytest.mark.parametrize(
    ("above", "expected"),
    [
        pytest.param("", "某某市人民政府关于加强某某工作的通知", id="issuer-line-opens-the-text"),
        pytest.param(
            "某某市人民政府关于春节放假的通知\n\n各区人民政府：\n\n　　现将春节放假安排通知如下。\n\n某某市人民政府\n\n2021年1月5日\n\n",
            "某某市人民政府关于加强某某工作的通知",
            id="under-the-previous-documents-date",
        ),
        pytest.param(
            "附件\n\n某某工作任务清单\n\n",
            "某某市人民政府关于加强某某工作的通知",
            id="under-a-list-that-is-no-rules",
        ),
        pytest.param(
            "（此件公开发布）\n\n", "某某市人民政府关于加强某某工作的通知", id="under-the-previous-documents-note"
        ),
    ],
)
def test_an_issuer_line_over_its_title_still_heads_it(above: str, expected: str) -> None:
    """Negative rows: an issuer's own line over 关于… with no page copy above it is the title's first line."""
    assert [row[0] for row in docs(above + RED_HEAD)][-1] == expected


# --------------------------------------------------------------------------- the promulgating announcement

PROMULGATIONS = [
    pytest.param("某某省第十一届人民代表大会常务委员会公告\n\n第28号", id="congress-serial-digits"),
    pytest.param("某某市人民代表大会常务委员会公告\n\n第三十七号", id="congress-serial-chinese"),
    pytest.param("某某省人民政府公告\n\n（第5号）", id="government-serial-bracketed"),
]
PROMULGATION_BODY = (
    "　　《某某省村务公开条例》已由某某省第十一届人民代表大会常务委员会第十次会议于2009年7月22日通过，"
    "现予公布，自2009年11月1日起施行。\n\n"
    "某某省人民代表大会常务委员会\n\n2009年7月22日\n\n"
)


@pytest.mark.parametrize("announcement", PROMULGATIONS)
@pytest.mark.parametrize("note", [pytest.param(ADOPTION, id="adoption-note"), pytest.param("", id="no-note")])
def test_the_promulgating_announcement_is_part_of_its_rules(announcement: str, note: str) -> None:
    text = _lawdb(
        "某某省村务公开条例",
        "某某省人大常委会",
        "某某省村务公开条例",
        f"{note}{announcement}\n\n" + PROMULGATION_BODY + ARTICLES,
    )
    assert [row[0] for row in docs(text)] == ["某某省村务公开条例"]


@pytest.mark.parametrize(
    ("decree", "number"),
    [
        pytest.param("某某自治区人民政府令\n第82号", "某某自治区人民政府令第82号", id="decree-serial-digits"),
        pytest.param("某某市人民政府令\n\n第三十七号", "某某市人民政府令第37号", id="decree-serial-chinese"),
        pytest.param("某某省人民政府令\n（第5号）", "某某省人民政府令第5号", id="decree-serial-bracketed"),
    ],
)
def test_the_promulgating_decree_gives_the_rules_their_number(decree: str, number: str) -> None:
    body = (
        "《某某自治区村庄规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过，现予发布施行。\n\n"
        "自治区主席 张三\n1997年7月23日\n\n" + ARTICLES
    )
    text = _lawdb(
        "某某自治区村庄规划建设管理实施办法",
        "某某自治区人民政府",
        "某某自治区村庄规划建设管理实施办法",
        f"{decree}\n\n\n{body}",
    )
    assert [row[:2] for row in docs(text)] == [("某某自治区村庄规划建设管理实施办法", number)]


def test_an_announcement_with_its_serial_alone_stays_a_document() -> None:
    """Negative row: with no rules' title over it, the announcement heads its own text."""
    text = "某某市人民代表大会常务委员会公告\n\n第3号\n\n　　某某市第十六届人民代表大会第一次会议选举张三为某某市人民代表大会常务委员会主任。现予公告。\n\n某某市人民代表大会常务委员会\n\n2022年1月8日\n"
    assert [row[0] for row in docs(text)] == ["某某市人民代表大会常务委员会公告"]


# --------------------------------------------------------------------------- a line printed twice

TWICE = [
    pytest.param("县委书记在创建文明县城动员大会上的讲话", id="speech"),
    pytest.param("某某县召开2021年农村人居环境整治推进会", id="headline"),
    pytest.param("縣委書記在創建文明縣城動員大會上的講話", id="traditional"),
]


@pytest.mark.parametrize("headline", TWICE)
@pytest.mark.parametrize("gap", [pytest.param("\n", id="adjacent"), pytest.param("\n\n", id="blank-between")])
def test_a_headline_printed_twice_is_one_title(headline: str, gap: str) -> None:
    text = f"返回\n{headline}{gap}{headline}\n\n时间：2014-2-20 18:25:14  [下载该文章]\n\n　　3月5日，县委召开动员大会。会议强调，要全力以赴。\n"
    titles = [row[0] for row in docs(text)]
    assert titles and all(t is None or len(t) < 2 * len(headline) for t in titles)


def test_a_title_wrapped_over_two_lines_still_joins() -> None:
    """Negative row: two different lines that are one title's halves still join."""
    text = "国务院办公厅关于2019年\n部分节假日安排的通知\n\n国办发明电〔2018〕15号\n\n各省、自治区、直辖市人民政府：\n\n　　经国务院批准，现将2019年节假日安排通知如下。\n\n国务院办公厅\n\n2018年12月6日\n"
    assert [row[0] for row in docs(text)] == ["国务院办公厅关于2019年部分节假日安排的通知"]


# --------------------------------------------------------------------------- a letter-spaced kind at a title's end

SPACED = [
    pytest.param("某某县人民政府办公室 关于推进全县政务信息资源共享工作的 通 知", "通知", id="notice-spaced"),
    pytest.param(
        "某某县人民政府办公室 关于推进全县政务信息资源共享工作的通  知", "通知", id="notice-glued-then-spaced"
    ),
    pytest.param("某某县人民政府 关于加强耕地保护工作的 意 见", "意见", id="opinion"),
    pytest.param("某某县人民政府 关于调整行政区划的 批 复", "批复", id="reply"),
    pytest.param("某某縣人民政府辦公室 關於推進全縣政務信息資源共享工作的 通 知", "通知", id="traditional"),
]


@pytest.mark.parametrize(("line", "kind"), SPACED)
def test_a_letter_spaced_kind_ends_the_title(line: str, kind: str) -> None:
    text = f"{line}\n时间：2019年06月17日 点击次数：28596\n某政办〔2019〕26号\n各乡（镇）人民政府，县政府各部门：\n　　现就有关工作要求通知如下。\n"
    rows = docs(text)
    assert len(rows) == 1 and rows[0][0] is not None and rows[0][0].endswith("的" + kind)
    assert rows[0][1] == "某政办〔2019〕26号"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("\n某某县关于征集群众意见的 来 信", "\n某某县关于征集群众意见的 来 信", id="not-a-kind"),
        pytest.param("\n某某县的 春 天", "\n某某县的 春 天", id="a-word-of-two"),
        pytest.param("\n某某县关于推进某某工作的 通 知", "\n某某县关于推进某某工作的通知", id="a-kind"),
        pytest.param("\n某某县关于推进某某工作的 通 知 书", "\n某某县关于推进某某工作的 通 知 书", id="three-spaced"),
    ],
)
def test_only_a_kind_is_joined(line: str, expected: str) -> None:
    from gazette_extract.text.normalize import SPACED_KIND_END_RE, _join_spaced_kind

    assert SPACED_KIND_END_RE.sub(_join_spaced_kind, line) == expected


# --------------------------------------------------------------------------- chrome: click prompts, contents runs

CHROME = [
    pytest.param("点击下方红色字体查看官方发布 ?", id="click-below"),
    pytest.param("点击此处阅读全文", id="click-here-read"),
    pytest.param("點擊此處閱讀全文", id="traditional"),
    pytest.param("点此查看原文", id="click-this"),
    pytest.param("【点击进入专题】", id="bracketed"),
    pytest.param("请点击查看政策解读", id="please-click"),
    pytest.param("条例全文，条例说明，", id="contents-run"),
    pytest.param("基本介绍,条例全文,条例说明,", id="contents-run-ascii-commas"),
    pytest.param("条例全文，条例说明，条例全文", id="contents-run-joined-to-its-heading"),
]
NOT_CHROME = [
    pytest.param("春暖花开，万物复苏，春耕正忙", id="headline-with-commas"),
    pytest.param("关于点击率统计工作的通知", id="title-naming-clicks"),
    pytest.param("某某县人民政府关于印发某某办法的通知", id="plain-title"),
]


@pytest.mark.parametrize("line", CHROME)
def test_click_prompts_and_contents_runs_are_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize("line", NOT_CHROME)
def test_lines_that_are_not_chrome(line: str) -> None:
    assert not is_site_chrome(line)


@pytest.mark.parametrize("line", CHROME)
def test_a_chrome_line_over_a_story_gives_no_title(line: str) -> None:
    text = f"{line}\n\n政策解读是采用图片图表、音频视频等形式，深入浅出地讲解新出台政策的背景、目标和要点。\n\n一、政策依据\n\n有关文件要求，探索运用政策简明问答等方式。\n"
    assert all(row[0] is None for row in docs(text))


# --------------------------------------------------------------------------- an encyclopedia entry's 中文名

ENTRY = (
    "某某省矛盾纠纷多元化解条例\n\n"
    "《某某省矛盾纠纷多元化解条例》由某某省第十三届人民代表大会常务委员会第二十七次会议于2021年11月24日审议通过，自2022年1月1日起施行。\n\n"
    "基本介绍\n\n"
    "  • {name}\n"
    "  • 实施时间：2022年1月1日\n"
    "  • 发布单位：某某省人大常委会\n"
    "  • 通过日期：2021年11月24日\n"
    "条例全文，条例说明，\n\n条例全文\n\n"
    "第一章 总 则\n第一条为了规范和促进矛盾纠纷多元化解工作，根据有关法律、行政法规，结合本省实际，制定本条例。\n"
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("中文名：《某某省矛盾纠纷多元化解条例》", id="full-width-colon"),
        pytest.param("中文名:《某某省矛盾纠纷多元化解条例》", id="ascii-colon"),
        pytest.param("中 文 名：《某某省矛盾纠纷多元化解条例》", id="spaced-key"),
        pytest.param("【中文名】《某某省矛盾纠纷多元化解条例》", id="bracketed-key"),
    ],
)
def test_an_entrys_chinese_name_in_book_marks_is_the_title(name: str) -> None:
    assert [row[0] for row in docs(ENTRY.format(name=name))] == ["某某省矛盾纠纷多元化解条例"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中文名：张三\n国籍：中国\n职业：教师\n\n张三，男，汉族，1960年生。\n", id="a-person"),
        pytest.param("中文名：某某河\n所属水系：某江\n\n某某河是某江的支流。\n", id="a-river"),
    ],
)
def test_an_entrys_chinese_name_of_a_person_or_place_is_no_title(text: str) -> None:
    assert all(row[0] is None for row in docs(text))


# --------------------------------------------------------------------------- a serial act over a database's fields

ACT_FIELDS = (
    "澳 門 特 別 行 政 區\n\n行政長官辦公室\n\n法規：\n\n{act}\n\n公報編號：\n\n50/2023\n\n刊登日期：\n\n2023.12.15\n\n"
    "版數：\n\n2854\n\n  • 委任行政法務司司長臨時代理行政長官的職務。\n相關法規 :\n  • 第2/1999號法律 - 通過《政府組織綱要法》。\n"
    "  •  \n    相關類別 :\n  • 行政長官 - 行政法務司司長 -\n  •  \n    《LegisMac》的法例註釋\n\n    《公報》原始 PDF 版本\n\n"
    "    {act}\n\n    行政長官行使《澳門特別行政區基本法》第五十條（四）項規定的職權，發佈本行政命令。\n\n"
    "    二零二三年十二月十七日至十九日行政長官不在澳門期間，由行政法務司司長臨時代理行政長官的職務。\n\n"
    "    二零二三年十二月十四日\n\n    命令公佈。\n\n    行政長官 賀一誠\n"
)


@pytest.mark.parametrize(
    ("act", "title"),
    [
        pytest.param("第90/2023號行政命令", "第90/2023号行政命令", id="order"),
        pytest.param("第98/2000號行政長官批示", "第98/2000号行政长官批示", id="dispatch"),
    ],
)
def test_a_serial_act_printed_over_its_fields_and_its_text_is_one_act(act: str, title: str) -> None:
    rows = docs(ACT_FIELDS.format(act=act))
    assert [(row[0], row[2]) for row in rows] == [(title, "2023-12-14")]


def test_two_different_acts_stay_two() -> None:
    """Negative row: two acts of different serials in one issue are two documents."""
    text = (
        "第98/2000號行政長官批示\n\n行政長官行使職權，作出本批示。\n\n二零零零年五月二十九日\n\n行政長官  何厚鏵\n\n"
        "第99/2000號行政長官批示\n\n行政長官行使職權，作出本批示。\n\n二零零零年六月一日\n\n行政長官  何厚鏵\n"
    )
    assert [row[0] for row in docs(text)] == ["第98/2000号行政长官批示", "第99/2000号行政长官批示"]


# --------------------------------------------------------------------------- a headline over a lead opening on its day

DAY_LEADS = [
    pytest.param(
        "今天在京举行的九届全国人大常委会第56次委员长会议决定：九届全国人大常委会第27次会议4月24日至28日在京举行。",
        id="today-held-at",
    ),
    pytest.param(
        "昨天上午在县委礼堂召开的全县干部大会宣布了市委的决定，张三任某某县委书记。",
        id="yesterday-morning-convened-at",
    ),
    pytest.param(
        "今日在北京闭幕的某某会议表决通过了有关决定，会议由张三主持，全体委员出席会议。", id="today-closed-at"
    ),
    pytest.param("3月5日，某某县召开2021年农村人居环境整治工作推进会，县长张三出席会议并讲话。", id="month-day-comma"),
    pytest.param("近日，某某县召开2021年农村人居环境整治工作推进会，县长张三出席会议并讲话。", id="recently"),
]
HEADLINES = [
    pytest.param("水法修订草案列入第56次委员长会议议程", id="eighteen-characters"),
    pytest.param("某某县全县干部大会宣布市委关于县委主要领导调整的决定", id="long-headline"),
    pytest.param("水法修訂草案列入第56次委員長會議議程", id="traditional"),
]


@pytest.mark.parametrize("lead", DAY_LEADS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_over_a_lead_on_its_day_stands_alone(headline: str, lead: str) -> None:
    from gazette_extract.text.normalize import split_paragraphs
    from gazette_extract.text.script import to_simplified

    text = to_simplified(f"{headline}\n{lead}\n会议要求，各部门要切实抓好落实。\n")[0]
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert paragraphs[0] == to_simplified(headline)[0]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_over_a_lead_held_somewhere_today_is_a_document(headline: str) -> None:
    from gazette_extract.text.script import to_simplified

    lead = DAY_LEADS[0].values[0]
    rows = docs(f"{headline}\n{lead}\n会议要求，各部门要切实抓好落实。\n")
    assert [row[0] for row in rows] == [to_simplified(headline)[0]]


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # a line of a sentence broken before its day word on a hard-wrapped page goes on
        pytest.param(
            "　　某某县人民政府决定于2021年在全县范围内开展农村人居环境整治工作，此项工作自",
            "3月5日，起正式实施，请各乡镇认真组织实施，确保取得实效，按时完成各项工作任务。",
            id="hard-wrapped-sentence",
        ),
        # a line ending on a continuing mark goes on
        pytest.param(
            "某某县召开农村人居环境整治推进会、",
            "今天在县政府召开的会议上作出部署，要求各乡镇抓好落实。",
            id="open-end",
        ),
    ],
)
def test_a_line_that_goes_on_into_a_day_word_still_joins(above: str, below: str) -> None:
    from gazette_extract.text.normalize import split_paragraphs

    text = "\n".join([above, below] * 3) + "\n" if above.startswith("　　") else f"{above}\n{below}\n"
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert paragraphs[0].startswith(above.strip()) and below[:6] in paragraphs[0]


# --------------------------------------------------------------------------- a law database's tagged page copy


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("(2002年)", id="ascii-brackets"),
        pytest.param("（2002年）", id="full-width"),
        pytest.param("（2002年修订）", id="revised"),
    ],
)
def test_a_tagged_page_copy_gives_way_to_the_documents_own_title(tag: str) -> None:
    text = (
        f"某某市新型墙体材料管理规定{tag}\n\n"
        "作者:法律资料网 时间:2024-06-25 14:15:56   浏览:8552   来源:法律资料网\n下载地址: 点击此处下载\n\n"
        f"某某市新型墙体材料管理规定{tag}\n\n福建省某某市人民政府\n\n\n某某市新型墙体材料管理规定\n\n"
        "  第一条为推进本市墙体材料革新和建筑节能工作，根据有关法规，制定本规定。\n\n"
        "  第二条凡在本市辖区的墙体材料生产企业，均应遵守本规定。\n"
    )
    assert [row[0] for row in docs(text)] == ["某某市新型墙体材料管理规定"]


def test_a_tagged_title_printed_alone_keeps_its_tag() -> None:
    """Negative row: a title whose own printing carries the year (no untagged copy below) is kept as printed."""
    text = (
        "某某市新型墙体材料管理规定（2002年）\n\n"
        "作者:法律资料网 时间:2024-06-25 14:15:56   浏览:8552   来源:法律资料网\n\n"
        "  第一条为推进本市墙体材料革新和建筑节能工作，根据有关法规，制定本规定。\n"
    )
    assert [row[0] for row in docs(text)] == ["某某市新型墙体材料管理规定（2002年）"]


# --------------------------------------------------------------------------- a lead opened by its outlet's tag alone


@pytest.mark.parametrize(
    "tag",
    [
        pytest.param("【Now新聞台】", id="news-channel-traditional"),
        pytest.param("【某某新闻网】", id="news-site"),
        pytest.param("【人民网】", id="net"),
        pytest.param("[新华社]", id="agency-square"),
        pytest.param("【某某日报】", id="daily"),
    ],
)
def test_a_headline_over_a_lead_opened_by_its_outlets_tag_is_a_document(tag: str) -> None:
    from gazette_extract.text.script import to_simplified

    text = f"政府新班子首个正式上班日\n\n{tag}今天是新任行政长官及其新班子首个正式上班日，多名新任官员早上陆续抵达政府总部。\n\n两人都表示，会和团队讨论未来工作。\n"
    assert [row[0] for row in docs(text)] == [to_simplified("政府新班子首个正式上班日")[0]]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("【要闻】", id="column-tag-alone"),
        pytest.param("【人民网】短讯", id="tag-over-a-short-line"),
        pytest.param("【公告】关于停水的通知", id="kind-tag"),
    ],
)
def test_a_tag_that_opens_no_lead(line: str) -> None:
    from gazette_extract.layout.news import is_story_lead

    assert not is_story_lead(line)
