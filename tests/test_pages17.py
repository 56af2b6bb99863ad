"""Documents, titles and dates, round 17 (issue 9, ``pages17``): pages whose headline the tool withheld or
never saw, and stories it dated on the wrong day. Each class is a way a page prints its head, written
across its variants, with the rows that must give nothing or must not change:

* **page furniture over the headline** — a site's bar (``我要投稿 下载七一APP``), a mirror's spam line, an
  e-paper page label (``00004版：区两会特别报道``), metadata keys whose values were lost (``著录日期 生效日期``):
  :mod:`gazette_extract.layout.doubt` withholds such a line as a title; the whole-page reader now passes it
  over, so the headline under it is read (it used to take the furniture and withhold it: no title at all);
* **bylines in more spellings** — a source key a portal spells ``文章来源``/``稿件来源``/``新闻来源``, its value
  standing a blank after the colon and the date's key glued to it (``文章来源： 政事儿微信公众号发布时间：…``),
  and an update stamp keyed ``更新：`` (``更新：2023-09-17 08:21:03 高考升学网``): publish lines, so the
  headline over them no longer runs into them;
* **a lead that cites another outlet's report** (``据中国气象局官网3月17日消息，日前，…``): the cited report's
  day is not the event's — the next clause dates the story when it opens on its day, ``日前``/``近日`` none.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs
from table_helpers import assert_unique

from gazette_extract.api import parse_text
from gazette_extract.layout.doubt import doubtful_title, is_furniture_title
from gazette_extract.layout.storyday import lead_day
from gazette_extract.text.newshead import publish_date

docs = api_docs

HEADLINE = "某某县召开2023年安全生产工作会议"
PUBLISH = "发布时间：2023-03-16 10:20"
LEAD = "3月16日上午，某某县召开2023年安全生产工作会议，县长张某出席会议并讲话。会议要求，各部门要压实责任。"
STORY = [(HEADLINE, None, "2023-03-16", None)]
# a headline that ends on no document's kind (a line ending like one, …会议, is preferred already)
NEWS_HEADLINE = "某某区人大三次会议共收到议案建议119件"
NEWS_LEAD = "本报讯（记者 张某 李某）记者从2023年3月16日上午举行的某某区人大三次会议议案审查委员会会议上了解到，大会共收到议案55件。"
NEWS_STORY = [(NEWS_HEADLINE, None, "2023-03-16", None)]

# --------------------------------------------------------------------------- page furniture over the headline

FURNITURE_ROWS = [
    pytest.param("我要投稿 下载七一APP\n\n", id="site-bar"),
    pytest.param("扫码下载客户端\n", id="scan-to-download"),
    pytest.param("下載APP 我要投稿\n", id="site-bar-traditional"),
    pytest.param("我要投稿　下载某某新闻客户端\n", id="ideographic-space"),
    pytest.param("00004版：区两会特别报道\n", id="epaper-label-zero-padded"),
    pytest.param("某某日报 数字报纸\n\n00004版:区两会特别报道\n\n", id="epaper-masthead-then-label"),
    pytest.param("第A01版：要闻\n", id="epaper-label"),
    pytest.param(
        "欧美在线观看www-欧美在线观看高清一二三区-欧美在线观看网站\n当前位置：某某网 > 教育新闻 > 正文\n",
        id="mirror-spam-over-breadcrumb",
    ),
]
assert_unique(FURNITURE_ROWS)


@pytest.mark.parametrize("top", FURNITURE_ROWS)
def test_furniture_over_the_headline_is_passed_over(top: str) -> None:
    # the headline over a lead that dates itself, no publish line: the line the page prints first is its title
    assert docs(f"{top}{NEWS_HEADLINE}\n\n{NEWS_LEAD}\n") == NEWS_STORY


FURNITURE_LINE_ROWS = [
    pytest.param("我要投稿 下载七一APP", True, id="site-bar"),
    pytest.param("00004版：区两会特别报道", True, id="epaper-label"),
    pytest.param("著录日期 生效日期", True, id="empty-keys"),
    pytest.param("欧美在线观看www-欧美在线观看高清一二三区", True, id="spam"),
    # negatives: a question is doubtful as a title but no furniture; headlines and titles are none
    pytest.param("为何同时更换所有6名副校长？", False, id="question"),
    pytest.param(HEADLINE, False, id="headline"),
    pytest.param("某某县人民政府关于印发某某县移动应用程序管理办法的通知", False, id="title-naming-apps"),
    pytest.param("某某县人民政府办公室关于做好客户端下载推广工作的通知", False, id="title-naming-download"),
]
assert_unique(FURNITURE_LINE_ROWS)


@pytest.mark.parametrize(("line", "expected"), FURNITURE_LINE_ROWS)
def test_is_furniture_title(line: str, expected: bool) -> None:
    assert is_furniture_title(line) is expected


def test_a_question_headline_stays_withheld_and_the_deck_under_it_is_no_title() -> None:
    # the question is the page's headline: withheld as doubtful, and never replaced by its deck
    text = f"为何同时更换所有6名副校长？\n教育部新规对年龄和任期有要求\n{PUBLISH}\n{LEAD}\n"
    assert [d.title for d in parse_text(text).documents] == [None]
    assert doubtful_title("为何同时更换所有6名副校长？") == "a question"


FURNITURE_NONE_ROWS = [
    # furniture and then the story's prose: no line under it reads as a headline
    pytest.param(f"我要投稿 下载七一APP\n\n{LEAD}\n", id="bar-over-lead"),
    pytest.param(f"00004版：区两会特别报道\n\n{LEAD}\n", id="label-over-lead"),
    pytest.param(f"我要投稿 下载七一APP\n\n{NEWS_LEAD}\n", id="bar-over-dispatch"),
    # furniture over a breadcrumb over the lead: the breadcrumb is no headline either
    pytest.param(f"我要投稿 下载七一APP\n当前位置：首页 > 新闻中心 > 要闻\n{LEAD}\n", id="bar-breadcrumb-lead"),
    # furniture over an image caption and the lead
    pytest.param(f"扫码下载客户端\n（资料图 来源：某某网）\n{LEAD}\n", id="bar-caption-lead"),
]
assert_unique(FURNITURE_NONE_ROWS)


@pytest.mark.parametrize("page", FURNITURE_NONE_ROWS)
def test_furniture_over_no_headline_gives_no_title(page: str) -> None:
    assert [d.title for d in parse_text(page).documents] in ([], [None])


# --------------------------------------------------------------------------- bylines in more spellings

BYLINE_ROWS = [
    pytest.param("文章来源： 政事儿微信公众号发布时间：2023-03-17 21:25:39", "2023-03-17", id="article-source-glued"),
    pytest.param("文章来源:政事儿微信公众号发布时间:2023-03-17 21:25", "2023-03-17", id="article-source-ascii"),
    pytest.param("稿件来源：某某县融媒体中心发布时间：2023-03-17", "2023-03-17", id="copy-source"),
    pytest.param("新闻来源：某某网发布日期：2023年3月17日", "2023-03-17", id="news-source-chinese-date"),
    pytest.param("来源： 本站时间：2023/3/17 11:42:50", "2023-03-17", id="source-blank-after-colon"),
    pytest.param("更新：2023-09-17 08:21:03 高考升学网", "2023-09-17", id="updated-stamp"),
    pytest.param("更新:2023-09-17 08:21:03高考升學網", "2023-09-17", id="updated-ascii-glued"),
    pytest.param("更新：2023/9/17", "2023-09-17", id="updated-slashes"),
    # negatives: a bare 更新 with a date in words (a notice's field), a chapter's update, a source alone,
    # a source glued to a key without a date, prose
    pytest.param("更新：2023年9月17日", None, id="updated-chinese-date-bare"),
    pytest.param("更新：第3章 某某某", None, id="updated-chapter"),
    pytest.param("文章来源：新华社", None, id="source-alone"),
    pytest.param("文章来源：本站发布时间：", None, id="glued-key-no-date"),
    pytest.param("系统将于2023-09-17 08:00更新，请各单位提前做好准备。", None, id="prose"),
]
assert_unique(BYLINE_ROWS)


@pytest.mark.parametrize(("line", "iso"), BYLINE_ROWS)
def test_publish_date_of_more_bylines(line: str, iso: str | None) -> None:
    assert publish_date(line) == iso


HEADLINE_B = "中共中央决定：某某某任某某局党组书记"
LEAD_B = "9月17日，中共中央决定：某某某同志任某某局党组书记。此番履新前，某某某任某某局副局长。"

HEADED_BYLINE_ROWS = [
    pytest.param("文章来源： 政事儿微信公众号发布时间：2023-09-17 21:25:39", id="article-source-glued"),
    pytest.param("稿件来源：某某县融媒体中心发布时间：2023-09-17", id="copy-source"),
    pytest.param("更新：2023-09-17 08:21:03 高考升学网", id="updated-stamp"),
    pytest.param("更新:2023-09-17 08:21", id="updated-ascii"),
]
assert_unique(HEADED_BYLINE_ROWS)


@pytest.mark.parametrize("byline", HEADED_BYLINE_ROWS)
def test_a_headline_over_such_a_byline_is_read(byline: str) -> None:
    # the headline has no closing mark: before, the joiner ran it into the byline and the lead (no title)
    assert docs(f"我要投稿 下载七一APP\n\n{HEADLINE_B}\n\n{byline}\n\n{LEAD_B}\n") == [
        (HEADLINE_B, None, "2023-09-17", None)
    ]


# --------------------------------------------------------------------------- a lead that cites another outlet's report

CITED_ROWS = [
    pytest.param(
        "据中国气象局官网3月17日消息，日前，中共中央决定：陈某某同志任某某局党组书记。", None, id="day-then-riqian"
    ),
    pytest.param(
        "据某某日报客户端消息，3月16日上午，某某市人大常委会第三十三次会议召开。", "2023-03-16", id="next-day"
    ),
    pytest.param("据新华社报道，今天上午，某某会议在京召开。", "2023-03-17", id="next-today"),
    pytest.param("据中央社报导，昨日，某某县议会举行临时会。", "2023-03-16", id="taiwan-spelling-yesterday"),
    pytest.param("据某某市纪委监委3月17日通报，近日，某某某接受审查调查。", None, id="bulletin-then-jinri"),
    pytest.param("据某某发布3月16日消息，3月15日，某某县召开常务会议。", "2023-03-15", id="account-day-then-day"),
    pytest.param("据某某网3月17日报道，某某县近日召开会议。", None, id="no-day-after"),
    # the next clause's day far before the publish day: no date (the window holds)
    pytest.param("据某某日报消息，1月8日上午，某某市人大常委会会议召开。", None, id="outside-window"),
    # unchanged: a dateline (电/讯) is the story's day, and a lead-in that cites no outlet reads on as before
    pytest.param("新华社北京3月16日电，某某会议在京召开。", "2023-03-16", id="dateline-unchanged"),
    pytest.param("3月16日，据某某网消息，某某会议召开。", "2023-03-16", id="day-first-unchanged"),
    pytest.param("据了解，3月16日，某某会议召开。", None, id="ju-liaojie-unchanged"),
]
assert_unique(CITED_ROWS)


@pytest.mark.parametrize(("lead", "iso"), CITED_ROWS)
def test_a_cited_reports_day_is_not_the_events(lead: str, iso: str | None) -> None:
    assert lead_day(lead, "2023-03-17") == iso


def test_a_page_whose_lead_cites_a_report_is_undated() -> None:
    lead = "据中国气象局官网3月17日消息，日前，中共中央决定：陈某某同志任某某局党组书记。此番履新前，陈某某任某某局副局长。"
    text = f"{HEADLINE_B}\n文章来源： 政事儿微信公众号发布时间：2023-03-17 21:25:39\n{lead}\n"
    (doc,) = parse_text(text).documents
    assert (doc.title, doc.date, doc.published) == (HEADLINE_B, None, "2023-03-17")


# --------------------------------------------------------------------------- decks over and under an e-paper's headline

STORY_LEAD = (
    "本报讯（记者 张某）近日，甘泉县对44个县级文明单位和5个县级文明家庭进行授牌和表彰。会上，县委书记王某讲话。"
)
KICKED = "甘泉县表彰县级文明单位及文明家庭"

KICKER_ROWS = [
    pytest.param("扬文明之风 赞文明之行", id="five-five"),
    pytest.param("扬文明之风　赞文明之行", id="ideographic-space"),
    pytest.param("兵在掌上阅 亮剑弹指间", id="site-motto"),
    pytest.param("守初心担使命 找差距抓落实", id="six-six"),
    pytest.param("弘扬雷锋精神好 争做时代新青年", id="seven-seven"),
    pytest.param("揚文明之風 贊文明之行", id="traditional"),
]
assert_unique(KICKER_ROWS)


@pytest.mark.parametrize("kicker", KICKER_ROWS)
def test_a_couplet_over_the_headline_is_its_kicker(kicker: str) -> None:
    assert [d.title for d in parse_text(f"{kicker}\n{KICKED}\n{STORY_LEAD}\n").documents] == [KICKED]


KICKER_NONE_ROWS = [
    # a couplet over the lead is the headline itself, printed in two halves
    pytest.param(
        f"春耕备耕正当时 田间地头农事忙\n{STORY_LEAD}\n", "春耕备耕正当时田间地头农事忙", id="couplet-is-headline"
    ),
    # halves of two lengths are no couplet: the line is the headline, as before
    pytest.param(f"甘泉县表彰文明单位 授牌家庭\n{STORY_LEAD}\n", "甘泉县表彰文明单位授牌家庭", id="unequal-halves"),
    # a couplet over a breadcrumb over the lead: the breadcrumb is no headline
    pytest.param(
        f"扬文明之风 赞文明之行\n当前位置：首页 > 要闻\n{STORY_LEAD}\n", "扬文明之风赞文明之行", id="over-breadcrumb"
    ),
    # two couplets one over the other: the first is read, as before
    pytest.param(
        f"扬文明之风 赞文明之行\n树时代新风 创文明城市\n{STORY_LEAD}\n", "扬文明之风赞文明之行", id="two-couplets"
    ),
]
assert_unique(KICKER_NONE_ROWS)


@pytest.mark.parametrize(("page", "title"), KICKER_NONE_ROWS)
def test_a_couplet_without_a_headline_under_it_stays(page: str, title: str) -> None:
    assert [d.title for d in parse_text(page).documents] == [title]


SESSION = "某某市人大常委会第二十六次会议闭幕"
WIRE_LEAD = "新华社北京2月28日电 某某市人大常委会第二十六次会议28日下午闭幕。会议经表决，决定任命张某为某某局局长。"

DECKS_ROWS = [
    pytest.param(
        f"{SESSION}\n决定任命张某为某某局局长\n习近平签署主席令\n栗战书主持会议\n", id="signing-then-presiding"
    ),
    pytest.param(f"{SESSION}\n某某签署第72号主席令\n王某主持会议\n", id="numbered-decree"),
    pytest.param(f"{SESSION}\n李某签署国务院令\n王某出席会议并讲话\n", id="state-council-decree-speaking"),
    pytest.param(f"{SESSION}\n省长签发省政府令\n王某、李某出席会议\n", id="issued-attending"),
    pytest.param(f"{SESSION}\n国家主席颁布命令\n王某主持\n", id="promulgated-presiding"),
]
assert_unique(DECKS_ROWS)


@pytest.mark.parametrize("head", DECKS_ROWS)
def test_decks_under_the_sessions_headline_are_no_title(head: str) -> None:
    # 习近平签署主席令 ends on a decree's kind (令), and 栗战书主持会议 on 会议: neither is the page's title
    assert [d.title for d in parse_text(f"{head}\n{WIRE_LEAD}\n").documents] == [SESSION]


SIGNED_ROWS = [
    pytest.param("习近平签署主席令", False, id="signed-decree"),
    pytest.param("李强签署第5号国务院令", False, id="signed-numbered"),
    pytest.param("某某省长签发省政府令", False, id="issued"),
    # negatives: a decree's own title, a notice about signing, a title of another kind
    pytest.param("中华人民共和国主席令", True, id="decree-title"),
    pytest.param("某某县人民政府关于签署合作协议的通知", True, id="notice-about-signing"),
    pytest.param("国务院关于修改《某某条例》的决定", True, id="decision"),
    pytest.param("某某市人民政府令", True, id="government-decree"),
]
assert_unique(SIGNED_ROWS)


@pytest.mark.parametrize(("line", "expected"), SIGNED_ROWS)
def test_titled_kind(line: str, expected: bool) -> None:
    from gazette_extract.layout.documents import _titled_kind

    assert _titled_kind(line) is expected


# --------------------------------------------------------------------------- a page title decorated over the document's own

NOTICE = "某某盟新冠肺炎疫情防控指挥部公告"
NOTICE_BYLINE = "\n来源：某某盟疫情防控指挥部 发布日期：2022-11-05 09:10:10 点击量：\n\n分享\n\n下载本页 打印\n\n"
NOTICE_BODY = (
    "11月5日，某某盟本轮疫情最后2例患者治愈出院。请全盟广大干部群众自觉遵守疫情防控相关规定。\n"
    "某某盟新冠肺炎疫情防控指挥部\n2022年11月5日\n"
)

DECORATED_ROWS = [
    pytest.param(f"【精准防控】{NOTICE}（第47号）", "（2022第47号）", id="tag-and-serial"),
    pytest.param(f"【精准防控】{NOTICE}", "（2022第47号）", id="column-tag"),
    pytest.param(f"{NOTICE}（第47号）", "（2022第47号）", id="serial"),
    pytest.param(f"{NOTICE}(2022第47号)", "（2022第47号）", id="serial-ascii-year"),
    pytest.param(f"{NOTICE}（2022年第47号）", "（2022年第47号）", id="serial-year-nian"),
    pytest.param(f"[疫情防控] {NOTICE}", "第47号", id="square-tag-spaced"),
    pytest.param(f"〔通知公告〕{NOTICE}", "第47号", id="tortoise-tag"),
    pytest.param(f"【精準防控】{NOTICE}（第47號）", "（2022第47號）", id="traditional"),
]
assert_unique(DECORATED_ROWS, whole=True)


@pytest.mark.parametrize(("page_title", "serial"), DECORATED_ROWS)
def test_a_decorated_page_title_gives_way_to_the_documents_own(page_title: str, serial: str) -> None:
    text = f"{page_title}\n{NOTICE_BYLINE}{NOTICE}\n\n{serial}\n\n{NOTICE_BODY}"
    assert [d.title for d in parse_text(text).documents] == [NOTICE]


UNDECORATED_ROWS = [
    # a tag kept as printed when the document does not print its title again (the dev labels' convention)
    pytest.param(f"【文字解读】{NOTICE}\n{NOTICE_BYLINE}{NOTICE_BODY}", f"【文字解读】{NOTICE}", id="no-copy-below"),
    # a line below that is another title: the page's title stays
    pytest.param(
        f"【精准防控】{NOTICE}（第47号）\n{NOTICE_BYLINE}某某盟新冠肺炎疫情防控指挥部通告\n{NOTICE_BODY}",
        f"【精准防控】{NOTICE}（第47号）",
        id="another-title-below",
    ),
]
assert_unique(UNDECORATED_ROWS)


@pytest.mark.parametrize(("text", "title"), UNDECORATED_ROWS)
def test_a_decorated_title_without_its_copy_stays(text: str, title: str) -> None:
    assert [d.title for d in parse_text(text).documents] == [title]


TOOLBAR_ROWS = [
    pytest.param("分享\n\n下载本页 打印", id="share-download-print"),
    pytest.param("【打印】【关闭】", id="print-close"),
    pytest.param("打印本页 关闭窗口", id="print-page-close-window"),
    pytest.param("分享到：", id="share-to"),
    pytest.param("【收藏】【打印】", id="bookmark-print"),
]
assert_unique(TOOLBAR_ROWS)


@pytest.mark.parametrize("toolbar", TOOLBAR_ROWS)
def test_a_toolbar_over_a_title_over_its_number_is_no_part_of_it(toolbar: str) -> None:
    # the title opens a document over its serial (第47号): the toolbar lines above it were read as the title's first lines
    text = f"{toolbar}\n\n{NOTICE}\n\n第47号\n\n{NOTICE_BODY}"
    assert [d.title for d in parse_text(text).documents] == [NOTICE]


# --------------------------------------------------------------------------- a portal's summary over the story

SUMMARY_HEAD = "人大常委会召开第二十八次会议\n2010-01-23 某某日报 记者 张某\n"
SUMMARY_TEXT = "决定市十二届人大八次会议于23日至25日举行；任命张某某为副市长"
SUMMARY_LEAD = "市十二届人大常委会第二十八次会议于昨天上午召开。会议决定任命张某某为市人民政府副市长。\n"

SUMMARY_ROWS = [
    pytest.param(f"内容导航：\n{SUMMARY_TEXT}\n", id="navigation-key"),
    pytest.param(f"内容导航:\n{SUMMARY_TEXT}\n", id="ascii-colon"),
    pytest.param(f"内容提要：\n{SUMMARY_TEXT}\n", id="abstract-key"),
    pytest.param(f"【摘要】\n{SUMMARY_TEXT}\n", id="bracketed-key"),
    pytest.param(f"核心提示\n{SUMMARY_TEXT}\n", id="key-without-colon"),
    pytest.param(f"摘要：{SUMMARY_TEXT}\n", id="inline-summary"),
]
assert_unique(SUMMARY_ROWS)


@pytest.mark.parametrize("summary", SUMMARY_ROWS)
def test_a_summary_is_no_lead(summary: str) -> None:
    (doc,) = parse_text(SUMMARY_HEAD + summary + SUMMARY_LEAD).documents
    assert (doc.title, doc.date) == ("人大常委会召开第二十八次会议", "2010-01-22")
    # the summary's short post gives way to the story's fuller one: one record
    assert [(a.person, a.position) for a in doc.appointments] == [("张某某", "市人民政府副市长")]


def test_a_summary_in_traditional_characters() -> None:
    text = (
        "人大常委會召開第二十八次會議\n2010-01-23 某某日報 記者 張某\n內容導航：\n"
        "決定市十二屆人大八次會議於23日至25日舉行；任命張某某為副市長\n"
        "市十二屆人大常委會第二十八次會議於昨天上午召開。會議決定任命張某某為市人民政府副市長。\n"
    )
    (doc,) = parse_text(text).documents
    assert doc.date == "2010-01-22"
    assert [(a.person, a.position) for a in doc.appointments] == [("张某某", "市人民政府副市长")]


def test_a_summarys_own_day_dates_nothing() -> None:
    # the summary tells of yesterday, the story under it dates nothing: no date
    text = (
        SUMMARY_HEAD + "内容导航：\n会议于昨天上午召开，任命张某某为副市长\n会议听取了市政府关于城市管理工作的报告。\n"
    )
    (doc,) = parse_text(text).documents
    assert doc.date is None


def test_a_different_post_in_the_story_is_its_own_record() -> None:
    text = SUMMARY_HEAD + "内容导航：\n任命张某某为副市长\n会议于昨天上午召开，决定任命张某某为市政府副秘书长。\n"
    (doc,) = parse_text(text).documents
    assert sorted(a.position for a in doc.appointments) == ["副市长", "市政府副秘书长"]


# --------------------------------------------------------------------------- a date alone in brackets under a headline

DATED_HEADLINE = "某某县召开2019年安全生产工作会议"
DATED_LEAD = "6月3日上午，某某县召开2019年安全生产工作会议，县长张某出席会议并讲话。会议要求，各部门要压实责任。"

BRACKETED_DATE_ROWS = [
    pytest.param("（2019年6月3日）", id="fullwidth-chinese"),
    pytest.param("(2019-06-03)", id="ascii-iso"),
    pytest.param("(2019.6.3)", id="ascii-dots"),
    pytest.param("（2019/6/3）", id="slashes"),
    pytest.param("（二〇一九年六月三日）", id="chinese-numerals"),
    pytest.param("（ 2019年6月3日 ）", id="spaced"),
]
assert_unique(BRACKETED_DATE_ROWS)


@pytest.mark.parametrize("dated", BRACKETED_DATE_ROWS)
def test_a_bracketed_date_under_a_headline_is_no_part_of_it(dated: str) -> None:
    # the headline holds a year (2019年…): the joiner ran it into the bracket, and the title took the date
    (doc,) = parse_text(f"{DATED_HEADLINE}\n{dated}\n{DATED_LEAD}\n").documents
    assert (doc.title, doc.date) == (DATED_HEADLINE, "2019-06-03")


def test_a_bracketed_day_with_no_publish_line_dates_the_lead() -> None:
    # round 14's row no-publish-line (tests/test_dates_round14.py) passed only because the headline had taken the
    # bracket: the bracketed day is now the page's day, and the lead's 昨天 is the day before it, as the README's
    # "a date alone in brackets at the top" says
    headline = "某某省人均预期寿命突破80岁新闻发布会实录"
    text = f"{headline}\n（2024年9月2日）\n昨天上午，某某省新闻办公室举行新闻发布会。\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [(headline, "2024-09-01")]


def test_a_speechs_delivery_date_in_brackets() -> None:
    text = "在全县2019年经济工作会议上的讲话\n（2019年6月3日）\n同志们：今天我们召开全县经济工作会议，主要任务是总结工作、部署任务。\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [
        ("在全县2019年经济工作会议上的讲话", "2019-06-03")
    ]


BRACKET_LINE_ROWS = [
    pytest.param("（2019年6月3日）", True, id="date"),
    pytest.param("(2019-06-03)", True, id="iso"),
    pytest.param("（二〇一九年六月三日）", True, id="chinese-numerals"),
    # negatives: a plan's period, a trial mark, an edition, a dated note — brackets of the title or notes, as before
    pytest.param("（2018—2020年）", False, id="period"),
    pytest.param("（试行）", False, id="trial"),
    pytest.param("（2019年修订）", False, id="edition"),
    pytest.param("（2019年6月3日修订）", False, id="revised-on"),
    pytest.param("（征求意见稿）", False, id="draft"),
]
assert_unique(BRACKET_LINE_ROWS)


@pytest.mark.parametrize(("line", "expected"), BRACKET_LINE_ROWS)
def test_a_bracketed_date_alone_stands_alone(line: str, expected: bool) -> None:
    from gazette_extract.text.normalize import _is_standalone

    assert _is_standalone(line) is expected


# --------------------------------------------------------------------------- a long 印发 title over what it issues

PLAN = "某某区全力打响“某某服务”品牌加快建设“国际某某”“智慧某某”“人文某某”三年行动计划（2018—2020年）"
ISSUING = f"中共某某区委办公室 某某区人民政府办公室印发《{PLAN}》的通知"  # 82 characters with its blank
ISSUED = "中共某某区委办公室某某区人民政府办公室印发《" + PLAN + "》的通知"
PLAN_LINES = "某某区全力打响“某某服务”品牌\n加快建设“国际某某”“智慧某某”“人文某某”三年行动计划\n（2018—2020年）\n"
PLAN_BODY = "为贯彻落实全力打响“四大品牌”的战略部署，特制定本行动计划。\n一、总体要求\n（一）指导思想\n深入贯彻落实党的十九大精神。\n"

ISSUING_ROWS = [
    pytest.param(f"{ISSUING}\n{PLAN_LINES}{PLAN_BODY}", id="long-title-wrapped-plan"),
    pytest.param(f"“党政混合信息公开” {ISSUING}\n{PLAN_LINES}{PLAN_BODY}", id="quoted-label"),
    pytest.param(f"“党政信息公开”\u3000{ISSUING}\n{PLAN_LINES}{PLAN_BODY}", id="quoted-label-ideographic-space"),
    pytest.param(f'"党政混合信息公开" {ISSUING}\n{PLAN_LINES}{PLAN_BODY}', id="ascii-quotes"),
    pytest.param(f"{ISSUING}\n{PLAN}\n{PLAN_BODY}", id="plan-title-one-line"),
]
assert_unique(ISSUING_ROWS)


@pytest.mark.parametrize("text", ISSUING_ROWS)
def test_a_long_issuing_title_over_what_it_issues_is_a_document(text: str) -> None:
    assert [d.title for d in parse_text(text).documents] == [ISSUED]


ISSUING_NONE_ROWS = [
    # a sentence over 80 characters that ends on 的通知: prose, never a title
    pytest.param(
        "区政府办公室近日印发了关于进一步加强全区城市管理工作，切实提升城市精细化管理水平和服务质量，推动城市高质量发展"
        "的有关事项的通知\n" + PLAN_BODY,
        id="sentence-ending-on-kind",
    ),
    # a line longer than any title (over 120 characters), though it ends on 的通知
    pytest.param(f"{ISSUING[:-3]}{'及其配套政策措施' * 6}的通知\n{PLAN_LINES}{PLAN_BODY}", id="longer-than-a-title"),
]
assert_unique(ISSUING_NONE_ROWS)


@pytest.mark.parametrize("text", ISSUING_NONE_ROWS)
def test_a_long_title_without_its_enclosure_gives_no_document(text: str) -> None:
    assert [d.title for d in parse_text(text).documents] in ([], [None])


def test_a_quoted_word_opening_a_title_stays() -> None:
    text = f"“十四五”时期某某区全力打响“某某服务”品牌加快建设“国际某某”的实施方案\n{PLAN_BODY}某某区人民政府\n2021年3月5日\n"
    titles = [d.title for d in parse_text(text).documents]
    assert titles and titles[0] is not None and titles[0].startswith("“十四五”")
