"""Titles and dates, round 15 (issue 9): wrong and withheld titles and dates on single-document pages.
Each class is a way a page never seen prints its head, found on round 14's blind CHECK pages (this
round's FIT), written across its variants, with the rows that must give nothing or must not change:

* a site's map link over the headline (``某某娱乐网站xml地图`` / ``网站地图`` / ``站点地图``): a menu's link,
  never the page's title;
* a document-sharing page's file name (``法院公告常用格式.docx`` over ``上传人：… 格式：DOCX 页数：6``): the
  page's headline, its extension dropped — not the site's loading notes under it;
* a bulletin's name, perhaps over its issue (``某某工作简报`` / ``（第二期）`` / ``【领导动态】`` / ``●某某会议召开``):
  its title, dated at its end, never the first item's head or day;
* a field's code printed again alone under a disclosure block (``统一登记号 LSDR-2024-00005``): never the
  title over the red head's number and issuer.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs
from table_helpers import assert_unique

from gazette_extract.layout.chrome import file_stem, is_sitemap_link
from gazette_extract.layout.heads import is_bulletin, is_issue_line

docs = api_docs

# --------------------------------------------------------------------------- a site's map link over the headline

HEADLINE = "国家统计局局长宁某某：前两个月我国经济运行开局总体向好"
BYLINE = "作者：lanke 时间：2019-03-13 07:36:54 点击：6888\n"
LEAD = "3月12日，十三届全国人大二次会议在北京人民大会堂举行第三次全体会议。国家统计局局长宁某某接受采访。\n"

SITEMAP_ROWS = [
    pytest.param("某某娱乐首页\n某某娱乐网站xml地图\n", id="xml-map-under-home"),
    pytest.param("某某娱乐网站xml地图\n", id="xml-map"),
    pytest.param("某某网\n某某网网站地图\n", id="site-map"),
    pytest.param("某某网站点地图\n", id="station-map"),
    pytest.param("某某网XML地图\n", id="xml-upper"),
    pytest.param("某某网html地图\n", id="html-map"),
    pytest.param("某某娛樂網站XML地圖\n", id="traditional"),
    pytest.param("某某网 网站地图\n", id="spaced"),
]
assert_unique(SITEMAP_ROWS)


@pytest.mark.parametrize("top", SITEMAP_ROWS)
def test_a_site_map_link_over_the_headline_is_no_title(top: str) -> None:
    assert docs(top + HEADLINE + "\n" + BYLINE + LEAD) == [(HEADLINE, None, "2019-03-12", None)]


SITEMAP_LINE_ROWS = [
    pytest.param("某某娱乐网站xml地图", True, id="xml"),
    pytest.param("网站地图", True, id="bare"),
    pytest.param("某某網網站地圖", True, id="traditional"),
    # negatives: a title that ends on a map, a map word alone, prose naming the map
    pytest.param("某某县发布文化旅游地图", False, id="title-map"),
    pytest.param("地图", False, id="map-alone"),
    pytest.param("某某县人民政府关于公布全县网站地图编制工作的通知", False, id="long-title"),
    pytest.param("点击查看本站的网站地图，了解各栏目分布情况以及更多内容", False, id="prose"),
]
assert_unique(SITEMAP_LINE_ROWS)


@pytest.mark.parametrize(("line", "expected"), SITEMAP_LINE_ROWS)
def test_is_sitemap_link(line: str, expected: bool) -> None:
    assert is_sitemap_link(line) is expected


def test_a_headline_ending_on_a_map_stays() -> None:
    page = "某某县发布文化旅游地图\n发布时间：2019-03-13 07:36:54\n" + LEAD
    assert docs(page) == [("某某县发布文化旅游地图", None, "2019-03-12", None)]


# --------------------------------------------------------------------------- a document-sharing page's file name

SHARED = "法院公告常用格式{ext}\n{fields}\n预览加载中，请您耐心等待几秒...\n法院公告常用格式{ext}\n在线预览结束，喜欢就下载吧\n"
ONE_LINE = "上传人：张某 上传时间：2024-09-13 格式：DOCX 页数：6 大小：12KB"

SHARED_ROWS = [
    pytest.param(".docx", ONE_LINE, id="docx-one-line"),
    pytest.param(".doc", ONE_LINE, id="doc"),
    pytest.param(".pdf", ONE_LINE, id="pdf"),
    pytest.param(".wps", ONE_LINE, id="wps"),
    pytest.param(".DOCX", ONE_LINE, id="upper-extension"),
    pytest.param("．docx", ONE_LINE, id="fullwidth-dot"),
    pytest.param(".docx", "上传人:张某 上传时间:2024-09-13", id="ascii-colons"),
    pytest.param(".docx", "- 文档编号:5043956\n- 上传时间:2022-12-12\n- 格式:DOCX", id="fields-on-lines"),
    pytest.param(".docx", "上傳人：張某 上傳時間：2024-09-13 格式：DOCX 頁數：6", id="traditional-fields"),
]
assert_unique(SHARED_ROWS, whole=True)


@pytest.mark.parametrize(("ext", "fields"), SHARED_ROWS)
def test_a_shared_file_name_is_the_pages_title(ext: str, fields: str) -> None:
    assert docs(SHARED.format(ext=ext, fields=fields)) == [("法院公告常用格式", None, None, None)]


def test_a_shared_file_under_its_name_key() -> None:
    page = (
        "文档名称：\n县人大常委会人事任免办法.doc\n格式：doc 大小：57KB 页数：5页下载后只包含1个DOC格式的文档\n"
        "第一章 总则\n第一条 为了规范任免工作，制定本办法。\n"
    )
    assert docs(page) == [("县人大常委会人事任免办法", None, None, None)]


SHARED_NONE_ROWS = [
    # no upload fields: a file's name alone is a download link, no headline
    pytest.param(SHARED.format(ext=".docx", fields="预览"), id="no-fields"),
    pytest.param(SHARED.format(ext=".docx", fields="格式：DOCX"), id="one-field"),
    # an attachment's file, a hash for a name
    pytest.param("附件1.某某名单.docx\n" + ONE_LINE + "\n", id="attachment"),
    pytest.param("附表.xlsx\n" + ONE_LINE + "\n", id="attached-table"),
    pytest.param("6cbd4ccaac9a46658f0de8ed8d286382.wps\n" + ONE_LINE + "\n", id="hash-name"),
]
assert_unique(SHARED_NONE_ROWS)


@pytest.mark.parametrize("page", SHARED_NONE_ROWS)
def test_a_file_name_without_upload_fields_gives_nothing(page: str) -> None:
    assert docs(page) == []


def test_a_shared_file_with_its_own_red_head_keeps_the_documents_title() -> None:
    page = (
        "某某盟行政公署办公室公文处理实施细则.docx\n- 文档编号:5043956\n- 上传时间:2022-12-12\n- 格式:DOCX\n"
        "某某盟行政公署办公室关于印发某某盟行政公署办公室公文处理实施细则的通知\n（某署办发〔2007〕22号）\n"
        "各旗人民政府，行署各委、办、局：\n现将《某某盟行政公署办公室公文处理实施细则》印发给你们，请遵照执行。\n"
        "某某盟行政公署办公室\n2007年3月5日\n"
    )
    assert docs(page) == [
        (
            "某某盟行政公署办公室关于印发某某盟行政公署办公室公文处理实施细则的通知",
            "某署办发〔2007〕22号",
            "2007-03-05",
            "某某盟行政公署办公室",
        )
    ]


FILE_STEM_ROWS = [
    pytest.param("法院公告常用格式.docx", "法院公告常用格式", id="docx"),
    pytest.param("某某方案 .pdf", "某某方案", id="space-before-dot"),
    pytest.param("某某方案．WPS", "某某方案", id="fullwidth-upper"),
    pytest.param("某某方案.docx.", "某某方案.docx.", id="not-a-file-unchanged"),
]
assert_unique(FILE_STEM_ROWS)


@pytest.mark.parametrize(("line", "stem"), FILE_STEM_ROWS)
def test_file_stem(line: str, stem: str) -> None:
    assert file_stem(line) == stem


# --------------------------------------------------------------------------- a bulletin's name over its items

BULLETIN = (
    "某某区打好经济增长主动仗简报\n{issue}【领导动态】\n●全区重点项目建设调度会召开\n"
    "3月13日，全区重点项目建设调度会召开，区委书记张某出席。\n【工作亮点】\n●某某公司来区考察\n"
    "3月16日，某某公司来区考察，区委常委李某参加。\n2023年3月17日\n"
)
BULLETIN_ROWS = [
    pytest.param("（第二期）\n", id="issue-bracketed"),
    pytest.param("(第二期)\n", id="issue-ascii-brackets"),
    pytest.param("第2期\n", id="issue-digits"),
    pytest.param("2023年第5期\n", id="issue-year"),
    pytest.param("（总第126期）\n", id="running-issue"),
    pytest.param("第12期（总第58期）\n", id="issue-and-running"),
    pytest.param("（第 二 期）\n", id="issue-spaced"),
    pytest.param("", id="no-issue-bulletin-word"),
]
assert_unique(BULLETIN_ROWS)


@pytest.mark.parametrize("issue", BULLETIN_ROWS)
def test_a_bulletins_name_is_its_title_dated_at_its_end(issue: str) -> None:
    assert docs(BULLETIN.format(issue=issue)) == [("某某区打好经济增长主动仗简报", None, "2023-03-17", None)]


def test_other_bulletin_words() -> None:
    for name in ("防汛工作快报", "某某信息专报", "疫情防控周报", "信访要情"):
        page = BULLETIN.replace("某某区打好经济增长主动仗简报", name).format(issue="第3期\n")
        assert docs(page) == [(name, None, "2023-03-17", None)], name


ISSUE_LINE_ROWS = [
    pytest.param("（第二期）", True, id="bracketed"),
    pytest.param("2023年第5期", True, id="year"),
    pytest.param("第12期（总第58期）", True, id="running"),
    # negatives: a phase of a project, a column, a sentence
    pytest.param("第二期工程开工", False, id="phase"),
    pytest.param("【领导动态】", False, id="column"),
    pytest.param("本期共编发信息12条。", False, id="sentence"),
]
assert_unique(ISSUE_LINE_ROWS)


@pytest.mark.parametrize(("line", "expected"), ISSUE_LINE_ROWS)
def test_is_issue_line(line: str, expected: bool) -> None:
    assert is_issue_line(line) is expected


BULLETIN_NAME_ROWS = [
    pytest.param("某某工作简报", "【领导动态】", True, id="bulletin-word"),
    pytest.param("某某区政府工作动态", "（第二期）", True, id="any-name-over-issue"),
    # negatives: a news column's name, a headline
    pytest.param("某某区政府工作动态", "【领导动态】", False, id="news-column"),
    pytest.param("全区重点项目建设调度会召开", "发布时间：2023-03-13", False, id="headline"),
]
assert_unique(BULLETIN_NAME_ROWS, whole=True)


@pytest.mark.parametrize(("title", "below", "expected"), BULLETIN_NAME_ROWS)
def test_is_bulletin(title: str, below: str, expected: bool) -> None:
    assert is_bulletin(title, below) is expected


def test_a_news_page_under_a_column_and_breadcrumb_keeps_its_headline() -> None:
    page = (
        "打造网上政务平台 致力于服务群众\n您现在的位置：首页 > 新闻中心 > 工作动态\n"
        "全区重点项目建设调度会召开\n发布时间：2023-03-13 10:00:00\n"
        + "3月13日，全区重点项目建设调度会召开，区委书记张某出席。\n"
    )
    assert docs(page) == [("全区重点项目建设调度会召开", None, "2023-03-13", None)]


# --------------------------------------------------------------------------- a field's code under the block

BLOCK = (
    "索引号： | 4311270010/2024-60082 | 发文日期： | 发布机构： | 某某县人民政府 | |\n"
    "公开方式： | 主动公开 | 公开范围： | 面向社会 | 主题词： | 森林防火区 |\n"
    "统一登记号： | {code} | 信息时效性： | 有效 | 文号 : | 某政函〔2024〕21号 |\n"
    "{line}某政函〔2024〕21号\n某某县人民政府\n关于公布森林防火区的通告\n"
    "为加强森林火源管理，预防森林火灾，现公布如下：\n一、重点森林防火区\n某某国有林场。\n某某县人民政府\n2024年7月30日\n"
)
NOTICE = ("某某县人民政府关于公布森林防火区的通告", "某政函〔2024〕21号", "2024-07-30", "某某县人民政府")

CODE_ROWS = [
    pytest.param("LSDR-2024-00005", "LSDR-2024-00005\n", id="registration"),
    pytest.param("HNPR—2023—00012", "HNPR—2023—00012\n", id="dashes"),
    pytest.param("LSDR-2024-00005", "4311270010/2024-60082\n", id="index-number"),
    pytest.param("LSDR-2024-00005", "LSDR-2024-00005\n4311270010/2024-60082\n", id="two-codes"),
    pytest.param("LSDR-2024-00005", "", id="no-code-unchanged"),
]
assert_unique(CODE_ROWS, whole=True)


@pytest.mark.parametrize(("code", "line"), CODE_ROWS)
def test_a_fields_code_under_the_block_is_no_title(code: str, line: str) -> None:
    assert docs(BLOCK.format(code=code, line=line)) == [NOTICE]


# --------------------------------------------------------------------------- a byline whose date key is glued on

HEADLINE_B = "“文化和自然遗产日”非遗宣传展示活动在水上古城举行"
LEAD_B = "6月13日，非遗宣传展示活动在水上古城举行，市文化和旅游局负责人出席。\n"

GLUED_KEY_ROWS = [
    pytest.param("来源：本站时间：2020/6/14 11:42:50", id="source-time-slash"),
    pytest.param("来源:某某网发布时间:2020-06-14", id="source-published-ascii"),
    pytest.param("作者：张三发布日期：2020年6月14日", id="author-date-chinese"),
    pytest.param("信息来源：县政府办更新时间：2020-06-14 10:00", id="info-source-updated"),
    pytest.param("【来源：本站时间：2020-06-14】", id="bracketed"),
    pytest.param("来源：本站 时间：2020/6/14 11:42:50", id="spaced-unchanged"),
]
assert_unique(GLUED_KEY_ROWS)


@pytest.mark.parametrize("byline", GLUED_KEY_ROWS)
def test_a_byline_with_its_date_key_glued_dates_the_story(byline: str) -> None:
    assert docs(f"{HEADLINE_B}\n{byline}\n{LEAD_B}") == [(HEADLINE_B, None, "2020-06-13", None)]


PUBLISH_GLUED_ROWS = [
    pytest.param("来源：本站时间：2024/4/29 11:42:50", "2024-04-29", id="slash"),
    pytest.param("作者：张三发布日期：2021年3月5日", "2021-03-05", id="chinese"),
    # negatives: no date, a key without its value, a source alone
    pytest.param("来源：本站时间：", None, id="no-date"),
    pytest.param("来源：新华社", None, id="source-alone"),
    pytest.param("来源：本站时间 2024", None, id="no-colon-year"),
]
assert_unique(PUBLISH_GLUED_ROWS)


@pytest.mark.parametrize(("line", "iso"), PUBLISH_GLUED_ROWS)
def test_publish_date_of_a_glued_byline(line: str, iso: str | None) -> None:
    from gazette_extract.text.newshead import publish_date

    assert publish_date(line) == iso


# --------------------------------------------------------------------------- a caption and a headline glued to leads

CAPTIONED = "福建侨乡长乐举行第八届郑和开洋节\n{caption}5月16日，第八届郑和开洋节开幕式在长乐市举行。\n【编辑：金某】\n"
CAPTION_ROWS = [
    pytest.param("图为重点项目签约仪式。 中新社发 刘某 摄\n", id="own-line"),
    pytest.param("图为重点项目签约仪式。 中新社发 刘某 摄", id="glued"),
    pytest.param("图为重点项目签约仪式（记者 刘某 摄）", id="glued-bracket-credit"),
    pytest.param("图：重点项目签约仪式 刘某 摄", id="glued-tu-colon"),
]
assert_unique(CAPTION_ROWS)


@pytest.mark.parametrize("caption", CAPTION_ROWS)
def test_a_caption_between_headline_and_lead(caption: str) -> None:
    assert docs(CAPTIONED.format(caption=caption)) == [("福建侨乡长乐举行第八届郑和开洋节", None, None, None)]


def test_a_caption_without_a_lead_under_it_gives_nothing() -> None:
    assert docs("福建侨乡长乐举行第八届郑和开洋节\n图为重点项目签约仪式。 中新社发 刘某 摄\n长乐是著名侨乡。\n") == []


GLUED_HEAD = "某某研究会领导赴江苏昆山参加开发区协同发展联盟秘书长联席会议"
GLUED = (
    GLUED_HEAD + "{lead}，钱某会长、郑某副会长赴江苏省昆山经济技术开发区参加会议。\n会议审议了联盟秘书处的工作报告。\n"
    "信息来源：省开发区研究会秘书处\n2021-10-21 19:49\n"
)
GLUED_ROWS = [
    pytest.param("10月19日", "2021-10-19", id="day"),
    pytest.param("10月19日上午", "2021-10-19", id="morning"),
    pytest.param(" 10月19日", "2021-10-19", id="spaced"),
    pytest.param("10月19-20日", None, id="range-none"),
    pytest.param("10月19日至20日", None, id="range-zhi-none"),
    pytest.param("10月19—20日", None, id="range-dash-none"),
]
assert_unique(GLUED_ROWS)


@pytest.mark.parametrize(("lead", "date"), GLUED_ROWS)
def test_a_headline_glued_to_its_dated_lead(lead: str, date: str | None) -> None:
    assert docs(GLUED.format(lead=lead)) == [(GLUED_HEAD, None, date, None)]


GLUED_HEADLINE_ROWS = [
    pytest.param("某某县召开防汛工作会议10月19日至20日，某某县召开会议。", "某某县召开防汛工作会议", id="range"),
    pytest.param(
        "我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会 9月21日上午，我县召开动员会。",
        "我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会",
        id="spaced-morning",
    ),
    # negatives: a clause before the day, a date that goes on, a dispatch, a lead alone, a year cut off
    pytest.param("根据工作安排，10月19日，我县召开会议。", None, id="clause-first"),
    pytest.param("全县防汛工作会议定于10月19日，在县政府召开。", None, id="dingyu"),
    pytest.param("本报讯（记者张某）1月5日，省人大常委会会议在长沙闭幕。", None, id="dispatch"),
    pytest.param("湖南日报1月1日讯（全媒体记者莫某）1月1日，会议召开。", None, id="paper-dispatch"),
    pytest.param("10月19日，我县召开会议。", None, id="lead-alone"),
    pytest.param("我县召开全县经济工作会议10月19日上午召开。", None, id="no-comma"),
    pytest.param("某某县召开2021年10月19日，会议召开。", None, id="year-cut"),
]
assert_unique(GLUED_HEADLINE_ROWS)


@pytest.mark.parametrize(("line", "head"), GLUED_HEADLINE_ROWS)
def test_glued_headline(line: str, head: str | None) -> None:
    from gazette_extract.layout.news import glued_headline

    assert glued_headline(line) == head


def test_a_dispatch_lead_is_no_glued_headline() -> None:
    page = (
        "本报讯（记者张某）1月5日，省十二届人大常委会第二十五次会议在长沙闭幕。会议决定任命李某为省人民政府副省长。\n"
    )
    assert [d[0] for d in docs(page)] == [None]


RANGE_LEAD_ROWS = [
    pytest.param("10月19-20日，钱某赴昆山参加会议。", None, id="dash"),
    pytest.param("10月19日至20日，钱某赴昆山。", None, id="zhi"),
    pytest.param("10月19—20日，钱某赴昆山。", None, id="em-dash"),
    pytest.param("19-20日，钱某赴昆山。", None, id="bare-days"),
    pytest.param("10月19日，钱某赴昆山。", "2021-10-19", id="one-day-unchanged"),
    pytest.param("昨天（20日），钱某赴昆山。", "2021-10-20", id="relative-unchanged"),
]
assert_unique(RANGE_LEAD_ROWS)


@pytest.mark.parametrize(("lead", "iso"), RANGE_LEAD_ROWS)
def test_a_lead_opening_on_a_range_dates_no_day(lead: str, iso: str | None) -> None:
    from gazette_extract.layout.storyday import lead_day

    assert lead_day(lead, "2021-10-21") == iso


OPENS_ON_RANGE_ROWS = [
    pytest.param("10月19-20日，钱某赴昆山。", True, id="dash"),
    pytest.param("2021年10月19日至20日，会议召开。", True, id="year-zhi"),
    pytest.param("10月19日至11月2日，开展专项行动。", True, id="months"),
    pytest.param("10月19日，会议召开。", False, id="one-day"),
    pytest.param("近日，会议召开。", False, id="undated"),
]
assert_unique(OPENS_ON_RANGE_ROWS)


@pytest.mark.parametrize(("lead", "expected"), OPENS_ON_RANGE_ROWS)
def test_opens_on_range(lead: str, expected: bool) -> None:
    from gazette_extract.layout.storyday import opens_on_range

    assert opens_on_range(lead) is expected


# --------------------------------------------------------------------------- a letter addressed to people without 们

ADDRESS_ROWS = [
    pytest.param("广大市民朋友:", id="ascii-colon"),
    pytest.param("广大市民朋友：", id="fullwidth-colon"),
    pytest.param("各位居民朋友：", id="residents"),
    pytest.param("亲爱的市民朋友们：", id="with-men-unchanged"),
]
assert_unique(ADDRESS_ROWS)


@pytest.mark.parametrize("address", ADDRESS_ROWS)
def test_a_proposals_title_over_its_address(address: str) -> None:
    page = (
        f"积极参与全省县域文明指数测评 共创省级文明城市的倡议书\n\n{address}\n\n"
        "2021年度湖北省县域文明指数测评已全面启动。为迎接好测评工作，特发出如下倡议：\n一、争做文明风尚的倡导者。\n"
    )
    assert docs(page) == [("积极参与全省县域文明指数测评共创省级文明城市的倡议书", None, None, None)]


def test_a_proposal_title_without_an_address_gives_nothing() -> None:
    page = "积极参与全省县域文明指数测评 共创省级文明城市的倡议书\n\n2021年度湖北省县域文明指数测评已全面启动。\n"
    assert docs(page) == []


# --------------------------------------------------------------------------- a site's menu, one entry a line, over the story

MENU = (
    "媒体\n澳广视新闻\n政府消息\n濠江日报\n澳门日报\n力报\n新华澳报\n正报\n华侨报\n现代澳门日报\n论尽澳门\n澳门平台\n"
    "MediaOutReach\n美通社\nEQSGroup\n分类\n正报\n新闻\n"
)
BULLET_MENU = "".join(
    f"• {w}\n"
    for w in [
        "首页",
        "要闻",
        "政务",
        "民生",
        "视频",
        "专题",
        "图片",
        "评论",
        "文化",
        "旅游",
        "体育",
        "教育",
        "健康",
        "财经",
        "科技",
        "汽车",
    ]
)
STORY = (
    "行政长官将于下月发表施政报告 记者会同日举行\n2015-10-23 07:30\n"
    "【特讯】行政长官将于11月17日下午3时在立法会发表施政报告，其后举行记者会。\n"
)
MENU_ROWS = [
    pytest.param(MENU, id="outlets-and-latin-names"),
    pytest.param(BULLET_MENU, id="bullets"),
    pytest.param(MENU.replace("\n", "\n\n"), id="blank-lines-between"),
]
assert_unique(MENU_ROWS)


@pytest.mark.parametrize("menu", MENU_ROWS)
def test_a_long_menu_over_the_headline(menu: str) -> None:
    assert docs(menu + STORY) == [("行政长官将于下月发表施政报告记者会同日举行", None, None, None)]


MENU_NONE_ROWS = [
    pytest.param(MENU, id="menu-alone"),
    pytest.param(MENU + "2015-10-23 07:30\n", id="menu-and-stamp"),
    pytest.param(MENU + "澳门特别行政区政府入口网站版权所有\n", id="menu-and-footer"),
]
assert_unique(MENU_NONE_ROWS)


@pytest.mark.parametrize("page", MENU_NONE_ROWS)
def test_a_menu_without_a_story_gives_nothing(page: str) -> None:
    assert docs(page) == []
