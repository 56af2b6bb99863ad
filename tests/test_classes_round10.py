"""Titles and single-document pages, probing round 10 (issue 9): lines a page prints above or
around its content that were read as a FALSE title, and titles that were missed, each as a class
across its printed variants, with the rows that must not change.

Precision (a false title costs a false record and a miss):

* a document number alone on its line, or with its date (``某政办发〔2021〕5号``,
  ``某府发〔2021〕5号 2021-03-08``), over a story or a list of changes was its headline; a body's
  series (``某某市人民代表大会常务委员会公告（第1号）``) still heads its announcement;
* a list's heading that is a notice's kind, marked or qualified as a list's (``★重要通知``, ``【公示】``,
  ``最新公告``) was a title; a red head's kind under its body (``某某市人民代表大会常务委员会`` / ``公告``)
  stays the title's end, and a kind alone heading a body that proclaims it (``公 告`` / …
  ``现将有关事项公告如下``) is the title as printed (it gave no document);
* a gazette's masthead alone over a page (``某某县人民政府公报``, ``政府公报 2021年第3期``, ``某某政报``)
  was the title of the story under it; a 统计公报 stays a title;
* a file's name where a page links a download (``某某县物业管理办法.pdf``, ``附表.xlsx``) was a title;
* an outlet's name alone (``某某县政务服务网``, ``某某县融媒体中心``, ``某某日报``) over its story was
  its headline;

Recall and precision on the new dev texts of corpus parts S and T, each as a class: a logo's
alternative text over the headline; a names line that is the title's own first words; a lead naming its
subject before today's day in brackets; a forum's anti-copy junk glued before the title; a page's
heading without its issuer over the red head that prints the issuer on its own line above the same title.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.layout.chrome import is_file_line, is_gazette_name, is_site_chrome

Row = DocRow
docs = api_docs

TITLE = "某某县人民政府办公室关于印发某某县农村人居环境整治实施方案的通知"
NOTICE = (
    "各乡镇人民政府，县政府各部门：\n\n"
    "　　现将《某某县农村人居环境整治实施方案》印发给你们，请认真贯彻执行。\n\n"
    "某某县人民政府办公室\n\n2021年3月5日\n"
)
NEWS = "发布时间：2021-03-08 10:20\n\n　　3月5日，某某县召开2021年农村人居环境整治工作推进会，县长张三出席并讲话。\n"
LEAD = (
    "　　3月5日，某某县召开2021年农村人居环境整治工作推进会，县长张三出席并讲话。\n\n"
    "　　会议指出，要持续推进农村人居环境整治。\n"
)
CHANGES = "任命张三为某某县财政局局长；\n\n免去李四的某某县财政局局长职务。\n"
SESSION = (
    "　　某某县第十八届人民代表大会常务委员会第三次会议于2021年3月5日决定：\n\n"
    "　　任命张三为某某县财政局局长；免去李四的某某县财政局局长职务。\n"
)
BODIES = [
    pytest.param(NEWS, id="publish-line-and-story"),
    pytest.param(LEAD, id="story-without-publish-line"),
    pytest.param(CHANGES, id="list-of-changes"),
    pytest.param(SESSION, id="session-decision"),
]

# --------------------------------------------------------------------------- a line that is never a title

NEVER_TITLES = [
    # a number alone, or with its date
    pytest.param("某政办发〔2021〕5号", id="number-alone"),
    pytest.param("某府发〔2021〕5号 2021-03-08", id="number-and-iso-date"),
    pytest.param("某府发〔2021〕5号　2021年3月8日", id="number-and-date"),
    pytest.param("（某政办发〔2021〕5号）", id="number-in-brackets"),
    pytest.param("文号：某政办发[2021]5号", id="number-under-its-key"),
    # a list's heading that is a notice's kind
    pytest.param("重要通知", id="important-notice"),
    pytest.param("紧急通知", id="urgent-notice"),
    pytest.param("最新公告", id="latest-announcement"),
    pytest.param("★重要通知", id="starred"),
    pytest.param("【公示】", id="bracketed-publicity"),
    pytest.param("■通知", id="marked-kind"),
    pytest.param("通知", id="kind-alone"),
    pytest.param("公  告", id="spaced-kind-alone"),
    # a gazette's masthead alone
    pytest.param("某某县人民政府公报", id="gazette-name"),
    pytest.param("政府公报 2021年第3期", id="gazette-and-issue"),
    pytest.param("某某市人民政府公报2021年第3期（总第45期）", id="gazette-issue-total"),
    pytest.param("某某政报", id="zhengbao"),
    pytest.param("某某市人大常委会公报", id="congress-gazette"),
    # a file's name (a download link)
    pytest.param("某某县物业管理办法.pdf", id="pdf"),
    pytest.param("某某县物业管理办法.docx", id="docx"),
    pytest.param("附表：重点任务清单.XLS", id="xls-upper"),
    pytest.param("关于印发某某县物业管理办法的通知.wps", id="wps-with-kind"),
    # an outlet's name alone
    pytest.param("某某县政务服务网", id="service-site"),
    pytest.param("某某县融媒体中心", id="media-centre"),
    pytest.param("某某日报", id="daily"),
    pytest.param("中国·某某之窗", id="window-site"),
    pytest.param("某某县广播电视台", id="tv-station"),
]
assert_unique(NEVER_TITLES)


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("line", NEVER_TITLES)
def test_a_line_that_is_never_a_title(line: str, body: str) -> None:
    assert all(row[0] is None for row in docs(f"{line}\n\n{body}"))


@pytest.mark.parametrize("line", NEVER_TITLES)
def test_the_title_under_a_line_that_is_never_one(line: str) -> None:
    assert [row[0] for row in docs(f"{line}\n\n{TITLE}\n\n{NOTICE}")] == [TITLE]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("某某县人民政府公报", True, id="gazette"),
        pytest.param("政府公报 2021年第3期", True, id="gazette-issue"),
        pytest.param("杭州政报", True, id="zhengbao"),
        pytest.param("某某市2020年国民经济和社会发展统计公报", False, id="statistical-communique"),
        pytest.param("第七次全国人口普查公报", False, id="census-communique"),
        pytest.param("某某县人民政府工作报告", False, id="work-report"),
        pytest.param("关于印发某某县政府公报编辑工作规则的通知", False, id="title-naming-a-gazette"),
    ],
)
def test_is_gazette_name(line: str, expected: bool) -> None:
    assert is_gazette_name(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("某某县物业管理办法.pdf", True, id="pdf"),
        pytest.param("附件2.某某表.xlsx", True, id="xlsx"),
        pytest.param("某某县物业管理办法.OFD", True, id="ofd-upper"),
        pytest.param("某某县物业管理办法", False, id="no-extension"),
        pytest.param("某某县召开PDF文档管理培训会", False, id="word-in-headline"),
        pytest.param("会议现场.jpg", False, id="image-is-another-class"),
    ],
)
def test_is_file_line(line: str, expected: bool) -> None:
    assert is_file_line(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某某县召开重要通知精神传达会", id="headline-naming-a-notice"),
        pytest.param("某某县人民政府关于做好春耕生产工作的紧急通知", id="urgent-notice-title"),
        pytest.param("某某县融媒体中心召开2021年工作会议", id="headline-of-the-outlet"),
        pytest.param("某某日报社举行创刊70周年座谈会", id="headline-of-the-paper"),
    ],
)
def test_headlines_that_are_no_chrome(line: str) -> None:
    assert not is_site_chrome(line)
    assert [row[0] for row in docs(f"{line}\n\n{NEWS}")] == [line]


# A body's series is its announcement's heading, number and all; a red head's kind under its body ends the title
SERIES_HEADS = [
    pytest.param(
        "某某市第七届人民代表大会常务委员会\n\n公告\n\n（第1号）\n\n",
        "某某市第七届人民代表大会常务委员会公告",
        id="body-kind-number-lines",
    ),
    pytest.param(
        "某某市第七届人民代表大会常务委员会\n公告\n第1号\n\n",
        "某某市第七届人民代表大会常务委员会公告",
        id="red-head-lines",
    ),
]
ANNOUNCED = (
    "　　某某市第七届人民代表大会常务委员会第十次会议于2019年3月5日决定：\n\n"
    "　　任命张三为某某市财政局局长。\n\n　　现予公告。\n\n"
    "某某市人民代表大会常务委员会\n\n2019年3月5日\n"
)


@pytest.mark.parametrize(("head", "title"), SERIES_HEADS)
def test_a_red_heads_kind_under_its_body_stays(head: str, title: str) -> None:
    assert [row[0] for row in docs(head + ANNOUNCED)] == [title]


# --------------------------------------------------------------------------- the dev misses of parts S and T

STORY = "　　南投縣政府今天上午舉辦縣長宣誓就職典禮，林明溱宣誓就任第17屆南投縣長。\n"


@pytest.mark.parametrize(
    "logo",
    [
        pytest.param("台灣新聞網(Logo-image) 台灣新聞網(Logo-text)", id="image-and-text"),
        pytest.param("某某新闻网（logo）", id="full-width-bracket"),
        pytest.param("某某网LOGO", id="glued-upper"),
        pytest.param("某某县人民政府门户网站(Logo)", id="portal"),
    ],
)
def test_a_logos_text_is_no_headline(logo: str) -> None:
    text = f"{logo}\n\n南投第17屆縣長宣誓就職\n\n記者李華峻/南投報導\n2014.12.25\n{STORY}"
    assert [row[0] for row in docs(text)] == ["南投第17届县长宣誓就职"]


def test_a_headline_about_a_logo_stays() -> None:
    line = "某某县发布城市形象LOGO征集结果"
    assert not is_site_chrome(line)
    assert [row[0] for row in docs(f"{line}\n\n{NEWS}")] == [line]


# a law database prints the issuing body on its own line between two copies of the title; when the
# body's name is the title's first words, the line is no first half of a wrapped title
NAMES_LINE = [
    pytest.param("中国人民政治协商会议", "中国人民政治协商会议全国委员会工作条例", id="body-opens-title"),
    pytest.param("某某市人民政府", "某某市人民政府工作规则", id="government-rules"),
]
RULES_BODY = (
    "1949年10月18日某某会议第一次会议通过\n\n"
    "  第一条 常务委员会的职权如下：\n\n  第二条 常务委员会的会议，由主席视工作需要召开之。\n"
)


@pytest.mark.parametrize(("names", "title"), NAMES_LINE)
def test_a_names_line_that_opens_the_title_is_no_part_of_it(names: str, title: str) -> None:
    text = f"{title}\n\n作者:法律资料网 时间:2024-07-22 13:41:21\n\n{title}\n\n{names}\n\n\n{title}\n\n\n{RULES_BODY}"
    assert [row[0] for row in docs(text)] == [title]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        pytest.param(
            "某某县人民政府办公室\n关于做好春耕生产工作的通知\n\n",
            "某某县人民政府办公室关于做好春耕生产工作的通知",
            id="issuer-line-then-about",
        ),
        pytest.param(
            "某某市人民政府关于加强\n城市管理工作的意见\n\n",
            "某某市人民政府关于加强城市管理工作的意见",
            id="wrapped-title",
        ),
    ],
)
def test_a_wrapped_title_still_joins(head: str, title: str) -> None:
    assert [row[0] for row in docs(head + NOTICE)] == [title]


# a lead that names its subject before today's day in brackets (政府今日(26日)公布，…): the headline over it,
# with no publish line, was no document
SUBJECT_DAY_LEADS = [
    pytest.param("政府今日(26日)公布,医管局将于下月起实施新的收费安排。", id="government-today-ascii"),
    pytest.param("市政府今天（26日）召开常务会议，研究部署春耕生产工作。", id="city-today-full-width"),
    pytest.param("特区政府昨日（3月25日）宣布，下月起实施新的收费安排。", id="yesterday-with-month"),
]


@pytest.mark.parametrize("lead", SUBJECT_DAY_LEADS)
def test_a_headline_over_a_lead_naming_today(lead: str) -> None:
    headline = "香港医管局公布新的收费安排"
    assert [row[0] for row in docs(f"{headline}\n\n{lead}\n")] == [headline]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("政府今日公布,医管局将于下月起实施新的收费安排。", id="no-day-in-brackets"),
        pytest.param("医管局表示，今日(26日)起实施新的收费安排。", id="today-after-a-comma"),
    ],
)
def test_no_headline_over_a_line_that_is_no_such_lead(lead: str) -> None:
    assert all(row[0] is None for row in docs(f"香港医管局公布新的收费安排\n\n{lead}\n"))


# a forum's anti-copy junk glued before a title (Discuz inserts short ASCII runs into every copied line)
JUNK_HEADS = [
    pytest.param("' R6 B7 g2 Y! p. T1 |6 u", id="discuz-glued"),
    pytest.param("& o1 B$ x8 P) w3 ", id="discuz-spaced"),
    pytest.param("* t8 p! Z) z1 N% M, v7 ", id="discuz-percent"),
]


@pytest.mark.parametrize("junk", JUNK_HEADS)
def test_forum_junk_before_a_title_is_no_part_of_it(junk: str) -> None:
    assert [row[0] for row in docs(f"{junk}{TITLE}\n\n{NOTICE}")] == [TITLE]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("5G 网络建设推进会召开", id="ascii-word"),
    ],
)
def test_a_headline_opening_in_ascii_keeps_it(title: str) -> None:
    assert [row[0] for row in docs(f"{title}\n\n{NEWS}")] == [title]


# a notice's kind alone as its heading (公 告), over a body that proclaims it: the title as printed
PROCLAIMING = (
    "2020-12-18 09:00 来源:苍梧县人民政府办公室\n"
    "为贯彻落实上级指示精神，决定于2020年12月下旬启动县直单位整体搬迁工作。现将有关事项{kind}如下:\n"
    "一、搬迁时间\n自即日起至2020年12月30日。\n"
)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        pytest.param("公 告", "公告", id="spaced-announcement"),
        pytest.param("公告", "公告", id="announcement"),
        pytest.param("通  告", "通告", id="spaced-circular"),
        pytest.param("通知", "通知", id="notice"),
    ],
)
def test_a_kind_alone_heading_a_body_that_proclaims_it(head: str, kind: str) -> None:
    assert [row[0] for row in docs(f"{head}\n{PROCLAIMING.format(kind=kind)}")] == [kind]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        pytest.param("公告", PROCLAIMING.format(kind="通知"), id="another-kind-proclaimed"),
        pytest.param("通知", NEWS, id="over-a-story"),
        pytest.param("公 告", LEAD, id="over-a-lead"),
    ],
)
def test_a_kind_alone_over_anything_else_is_no_title(head: str, body: str) -> None:
    assert all(row[0] is None for row in docs(f"{head}\n{body}"))


# a page's heading without the issuer over the red head that prints the issuer on its own line above the
# same title (wrapped or spaced): the whole title; a law database's names line between two copies is the issuer
SHORT = "关于印发某某市重污染天气应急预案的通知"
WHOLE = "某某市人民政府办公室关于印发某某市重污染天气应急预案的通知"
RED_HEADS = [
    pytest.param(
        "某政办字〔2024〕2号\n\n某某市人民政府办公室\n\n关于印发某某市重污染天气应急预案的\n\n通    知\n\n",
        WHOLE,
        id="wrapped-spaced-kind",
    ),
    pytest.param("某政办字〔2024〕2号\n\n某某市人民政府办公室\n\n" + SHORT + "\n\n", WHOLE, id="one-line"),
    pytest.param(
        "2024年04月15日         字体:[   ]\n\n某某市人民政府办公室\n\n关于印发某某市重污染\n\n天气应急预案的通知\n\n",
        WHOLE,
        id="date-line-between",
    ),
    pytest.param("某某市人民政府办公室\n\n" + SHORT + "\n\n", SHORT, id="law-database-copies"),
    pytest.param(
        "某政办字〔2024〕2号\n\n某某市人民政府办公室\n\n关于做好春耕生产工作的通知\n\n",
        SHORT,
        id="other-title-under-issuer",
    ),
]


@pytest.mark.parametrize(("red_head", "title"), RED_HEADS)
def test_a_page_heading_over_the_red_heads_issuer_line(red_head: str, title: str) -> None:
    page = f"名    称:{SHORT} 发布机构:某某市人民政府办公室\n\n发文字号: 发布日期:2024年04月15日\n\n{SHORT}\n\n{red_head}{NOTICE}"
    assert [row[0] for row in docs(page)][:1] == [title]


# a photo's caption printed over the headline is a sentence, but no story's: the headline under it stays
HEADLINE = "某某县召开2021年农村人居环境整治工作推进会"


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("图为会议现场。（记者 张三 摄）", id="tu-wei-with-credit"),
        pytest.param("图为会议现场。", id="tu-wei"),
        pytest.param("▲3月5日，全县农村人居环境整治工作推进会召开。（张三 摄）", id="triangle-with-credit"),
        pytest.param("图：会议现场。", id="tu-colon"),
    ],
)
def test_a_caption_over_the_headline(caption: str) -> None:
    assert [row[0] for row in docs(f"{caption}\n\n{HEADLINE}\n\n{NEWS}")] == [HEADLINE]


def test_a_sentence_over_a_short_line_is_still_the_story() -> None:
    text = f"　　3月5日，某某县召开全县农村工作会议，部署今年重点工作。\n\n{HEADLINE}\n\n　　会议指出，要持续推进农村人居环境整治。\n"
    assert all(row[0] is None for row in docs(text))


# more lines over a story without its headline that were read as the title
STORY_ONLY = "　　3月5日，某某县召开2021年农村人居环境整治工作推进会，县长张三出席并讲话。\n"
SIDEBAR = "某某县人民政府关于加强农村工作的意见\n\n某某县人民政府关于做好春耕生产工作的通知\n\n某某县人民政府关于加强森林防火工作的通告\n\n"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(SIDEBAR, id="list-of-titles"),
        pytest.param("最新文件\n\n" + SIDEBAR, id="list-under-its-header"),
        pytest.param("#农村人居环境整治#\n\n", id="hashtag"),
        pytest.param("＃乡村振兴＃\n\n", id="full-width-hashtag"),
        pytest.param("时间：2021年3月5日 地点：县政府三楼会议室\n\n", id="meeting-fields"),
        pytest.param("会议时间：3月5日上午　会议地点：县政府三楼\n\n", id="meeting-fields-keyed"),
        pytest.param("推荐：某某县召开农村人居环境整治推进会\n\n", id="recommended-link"),
        pytest.param("标签：农村 环境\n\n", id="tags"),
        pytest.param("附件下载：某某县农村人居环境整治实施方案\n\n", id="download-link"),
    ],
)
def test_no_title_over_a_story_from_these_lines(head: str) -> None:
    assert all(row[0] is None for row in docs(head + STORY_ONLY))


@pytest.mark.parametrize(
    "between", [pytest.param("", id="right-under"), pytest.param("相关新闻\n\n", id="under-a-tail-header")]
)
def test_a_headline_under_a_list_of_titles_stays(between: str) -> None:
    assert [row[0] for row in docs(f"{SIDEBAR}{between}{HEADLINE}\n\n{NEWS}")] == [HEADLINE]


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(" 点击：1234", id="clicks"),
        pytest.param(" 浏览次数:56次", id="views-times"),
        pytest.param("　【阅读：78】", id="reads-bracketed"),
    ],
)
def test_a_hit_counter_after_the_headline_is_no_part_of_it(tail: str) -> None:
    assert [row[0] for row in docs(f"{HEADLINE}{tail}\n\n{STORY_ONLY}")] == [HEADLINE]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("时间都去哪儿了：某某县推进农村人居环境整治纪实", id="word-time-in-headline"),
        pytest.param("张三：要把农村人居环境整治作为头等大事来抓", id="speaker-quote"),
        pytest.param("某某县点击率最高的十条政务新闻发布", id="click-word-in-headline"),
    ],
)
def test_headlines_near_these_forms_stay(headline: str) -> None:
    assert [row[0] for row in docs(f"{headline}\n\n{NEWS}")] == [headline]


# a document-sharing site's reading label and a scanned book's page label over the text
@pytest.mark.parametrize(
    "label",
    [
        pytest.param("论文部分内容阅读", id="paper-partial-reading"),
        pytest.param("文档内容预览", id="document-preview"),
        pytest.param("全文阅读", id="full-text-reading"),
        pytest.param("Page 343 - 毕节地区通志(卷一)", id="book-page-with-title"),
        pytest.param("P. 343", id="page-abbreviated"),
    ],
)
def test_a_reading_or_page_label_is_no_title(label: str) -> None:
    assert is_site_chrome(label)
    assert all(row[0] is None for row in docs(f"{label}\n\n{SESSION}"))


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("某某县开展全民阅读活动", id="reading-campaign"),
        pytest.param("某某县图书馆新增电子图书在线阅读服务", id="online-reading-service"),
    ],
)
def test_headlines_about_reading_stay(headline: str) -> None:
    assert not is_site_chrome(headline)
    assert [row[0] for row in docs(f"{headline}\n\n{NEWS}")] == [headline]


# a decision stored from its adoption note, its title lost: one untitled document dated by the note
ADOPTION_NOTES = [
    pytest.param("(2015年11月26日河南省第十二届人民代表大会常务委员会第十七次会议通过)", id="ascii-brackets"),
    pytest.param("（2015年11月26日某某省第十二届人民代表大会常务委员会第十七次会议通过）", id="full-width"),
]


@pytest.mark.parametrize("note", ADOPTION_NOTES)
def test_an_adoption_note_opening_the_text(note: str) -> None:
    body = "某某省第十二届人民代表大会常务委员会第十七次会议决定：某某省第十二届人民代表大会第五次会议于2016年1月20日召开。\n"
    assert docs(f"{note}\n{body}") == [(None, None, "2015-11-26", None)]


def test_a_story_that_quotes_no_adoption_note_gives_nothing() -> None:
    body = "某某省第十二届人民代表大会常务委员会第十七次会议决定，第五次会议于2016年1月20日召开。\n"
    assert docs(f"　　据悉，{body}") == []


# the chrome of Taiwan's, Hong Kong's and Macau's pages, printed in Traditional characters
TRAD_NEWS = (
    "發布日期：2021-03-08 10:20\n\n　　3月5日，某某縣召開2021年農村人居環境整治工作推進會，縣長張三出席並講話。\n"
)
TRAD_CHANGES = "任命張三為某某縣財政局局長；\n\n免去李四的某某縣財政局局長職務。\n"
TRADITIONAL_CHROME = [
    pytest.param("字級：小 中 大", id="font-size"),
    pytest.param("字級設定：小中大", id="font-size-setting"),
    pytest.param("瀏覽人次：1234", id="visits"),
    pytest.param("點閱：1234", id="reads"),
    pytest.param("::: 跳到主要內容", id="accessibility-anchor"),
    pytest.param("本網站使用Cookie", id="cookie-notice"),
    pytest.param("某某縣政府全球資訊網", id="portal-name"),
    pytest.param("Yahoo奇摩新聞", id="brand-news"),
    pytest.param("自由時報電子報", id="e-paper-name"),
    pytest.param("記者張三／台北報導", id="reporter-from"),
    pytest.param("〔記者張三、李四／綜合報導〕", id="reporters-bracketed"),
    pytest.param("張三／綜合報導", id="writer-compiled"),
    pytest.param("香港特別行政區政府新聞公報", id="press-release-service"),
    pytest.param("資料來源：人事處", id="data-source"),
    pytest.param("聯絡電話：(02)1234-5678", id="contact-phone"),
    pytest.param("圖／某某縣政府提供", id="photo-credit"),
]
assert_unique(TRADITIONAL_CHROME)


@pytest.mark.parametrize("body", [pytest.param(TRAD_NEWS, id="story"), pytest.param(TRAD_CHANGES, id="changes")])
@pytest.mark.parametrize("line", TRADITIONAL_CHROME)
def test_traditional_chrome_is_no_title(line: str, body: str) -> None:
    assert all(row[0] is None for row in docs(f"{line}\n\n{body}"))


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Cookie技术在政务网站中的应用研究", id="headline-about-cookies"),
        pytest.param("某某县融媒体中心记者张三获省新闻奖", id="headline-about-a-reporter"),
        pytest.param("某某县政府新闻发布会召开", id="press-conference"),
    ],
)
def test_headlines_near_traditional_chrome_stay(headline: str) -> None:
    assert [row[0] for row in docs(f"{headline}\n\n{NEWS}")] == [headline]


# a headline wrapped after a year (某某县召开2021年 / …): the first line alone was a false, partial title
PUBLISHED = "发布时间：2021-03-08 10:20  来源：某某县融媒体中心\n\n"


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        pytest.param("某某县召开2021年\n农村人居环境整治\n工作推进会", HEADLINE, id="three-lines"),
        pytest.param("某某县召开2021年\n农村人居环境整治工作推进会", HEADLINE, id="two-lines"),
        pytest.param(
            "某某县部署2021年度\n农村人居环境整治工作", "某某县部署2021年度农村人居环境整治工作", id="year-du"
        ),
    ],
)
def test_a_headline_wrapped_after_a_year(lines: str, headline: str) -> None:
    assert [row[0] for row in docs(f"{lines}\n\n{PUBLISHED}{STORY_ONLY}")] == [headline]


def test_a_deck_under_a_whole_headline_stays_out() -> None:
    text = f"{HEADLINE}\n县长张三出席并讲话\n\n{PUBLISHED}{STORY_ONLY}"
    assert [row[0] for row in docs(text)] == [HEADLINE]


# a portal that reprints the page, after its title (…推进会 - 搜狐, …的通知_百度文库), and a reprint's note after a
# document's title (…的通知（全文）): the site's, never the title's; a news headline keeps its （图） as printed
@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(" - 搜狐", id="sohu"),
        pytest.param("_网易新闻", id="netease"),
        pytest.param(" - 百度文库", id="baidu-wenku"),
        pytest.param("_百度知道", id="baidu-zhidao"),
        pytest.param(" - 道客巴巴", id="doc88"),
        pytest.param(" - 360文库", id="wenku-360"),
    ],
)
@pytest.mark.parametrize(
    ("title", "body"), [pytest.param(TITLE, NOTICE, id="notice"), pytest.param(HEADLINE, NEWS, id="story")]
)
def test_a_portal_after_the_title(tail: str, title: str, body: str) -> None:
    assert [row[0] for row in docs(f"{title}{tail}\n\n{body}")] == [title]


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("（全文）", id="full-text"),
        pytest.param("（附全文）", id="with-full-text"),
        pytest.param("（附解读）", id="with-reading"),
        pytest.param("【全文】", id="lenticular"),
        pytest.param(" | 附全文", id="bar"),
        pytest.param("（图）", id="photo"),
    ],
)
def test_a_reprint_note_after_a_documents_title(note: str) -> None:
    assert [row[0] for row in docs(f"{TITLE}{note}\n\n{NOTICE}")] == [TITLE]


@pytest.mark.parametrize("note", [pytest.param("（图）", id="photo"), pytest.param("（组图）", id="photos")])
def test_a_headline_keeps_its_photo_mark(note: str) -> None:
    assert [row[0] for row in docs(f"{HEADLINE}{note}\n\n{NEWS}")] == [HEADLINE + note]


def test_a_title_that_ends_in_a_bracket_of_its_own_stays() -> None:
    title = "某某县政府投资项目管理办法（试行）"
    assert [
        row[0] for row in docs(f"{title}\n\n第一条 为了规范政府投资行为，制定本办法。\n\n第二条 本办法适用于本县。\n")
    ] == [title]


def test_a_breadcrumb_ending_like_a_kind_makes_no_list_of_titles() -> None:
    # 首页 > 法规草案征求意见 ends like 意见: with the title after it twice, it made a "list" of three titles
    title = "关于《某某经济特区社会信用条例（草案修改二稿征求意见稿）》公开征求意见的公告"
    text = f"您当前的位置： 首页 > 法规草案征求意见\n> {title}\n\n{title}\n\n发布时间：2018-11-12 17:25\n\n{STORY_ONLY}"
    assert [row[0] for row in docs(text)] == [title]
