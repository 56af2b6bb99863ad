"""Titles round 20 (issue 9, session 19, s19-titles20): synthetic rows per class, positives and near-misses.

* one tool's label alone on its line under the headline (``分享到：``, ``分享：``, ``【字號：``, ``转发到：``) stands
  alone: the joiner no longer runs it onto the headline, which then ended in a colon and was no title
  (loriforfreedom, am730);
* an image's file name alone over the headline (``微信截图_20250120095400.jpg``) stands alone (jschina);
* a CMS's category label (``Categories: 未分類``, ``所属栏目：县区动态``) is never a title (fivingue);
* a dash subtitle (副题) between a main title and its lead, run on with the lead (``——…扫描 据新华社电 3月4日…``,
  ``——…掠影1月23日上午，…``) or over a lyrical opener (``一元复始迎盛会，群贤聚首谋发展。``): the main title heads a story
  (ycwb, gzszx); a lead that names whose dispatch it reprints, then its day (``据新华社电 3月4日…``) opens a story;
* a headline printed among the page's list of headlines and again right over the story's first paragraph (an
  e-paper's article page) is the title; a deck printed twice under the headline is not (zjrb; exmoo as the negative);
* a site's menu under its label (``各地新闻标签： 北京 重庆 …``) stands alone, so the headline under the breadcrumb is
  read (ttav89); a label over people (``任命： 张三 李四 …``) is no menu;
* a forum's printable page keys its headline (``标题： 娄勤俭：今年… [打印本页]`` over ``作者： admin 时间： …``): the keyed
  headline is the title, the speaker's colon inside it no key (icbw);
* a reprint's ``原标题：`` line holding the same words as the page's printed headline gives way to the headline as
  printed (jusar); other words: the original title stands;
* photo captions, a pager (``3上一篇  下一篇4``) and a category label never title a page.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text
from gazette_extract.layout.doubt import doubtful_title
from gazette_extract.text.newshead import opens_lead
from gazette_extract.text.normalize import TOOL_LABEL_RE, is_labelled_menu

HEADLINE = "市政协召开十三届二次会议筹备工作推进会"
LEAD = "本网讯 3月5日上午，市政协召开十三届二次会议筹备工作推进会，市政协主席张某出席并讲话。"
STAMP = "2024-03-05 16:20 | 来源：某某新闻网"


def _titles(text: str) -> list[str | None]:
    return [d.title for d in parse_text(text).documents]


# --------------------------------------------------------------------------- a tool's label alone

TOOL_LABELS = [
    "分享到：",
    "分享到:",
    "分享：",
    "分享至：",
    "【字號：",
    "【字号:】",
    "字体：",
    "转发到：",
    "转发至:",
    "分享",
]


@pytest.mark.parametrize("label", TOOL_LABELS)
def test_tool_label_under_headline_leaves_it_whole(label: str) -> None:
    text = f"首页 > 要闻\n\n{HEADLINE}\n\n{label}\n{STAMP}\n\n{LEAD}"
    assert _titles(text) == [HEADLINE]


@pytest.mark.parametrize(
    "label", ["分享到：", "【字号：", "打印本页", "收藏本页", "分享至:"]
)  # simplified: the joiner reads converted text
def test_tool_label_alone_matches(label: str) -> None:
    assert TOOL_LABEL_RE.match(label)


@pytest.mark.parametrize(
    "line",
    [
        "分享经济：新业态",  # a headline holding 分享
        "分享到：微信 微博 QQ空间",  # the label and its items: no label alone
        "我市分享发展成果",
        "字号大中小打印关闭本页",
        "转发到朋友圈的通知",
    ],
)
def test_tool_label_near_misses(line: str) -> None:
    assert TOOL_LABEL_RE.match(line) is None


# --------------------------------------------------------------------------- an image's file name over the headline


@pytest.mark.parametrize(
    "name",
    ["微信截图_20250120095400.jpg", "IMG_2024.JPG", "photo-1.png", "新闻图片1.jpeg", "a1b2c3_p2_b.gif", "图片.webp"],
)
def test_image_file_name_over_headline_is_no_part_of_it(name: str) -> None:
    assert _titles(f"{name}\n{HEADLINE}\n{STAMP}\n\n{LEAD}") == [HEADLINE]


def test_headline_naming_an_image_format_stays_whole() -> None:
    title = "关于规范政府网站jpg图片格式的通知"
    assert _titles(f"{title}\n{STAMP}\n\n{LEAD}") == [title]


# --------------------------------------------------------------------------- a category label


@pytest.mark.parametrize(
    "label",
    ["Categories: 未分類", "Category：要闻", "分类：要闻动态", "分類：本地新聞", "所属栏目：县区动态", "栏目：时政"],
)
def test_category_label_is_never_the_title(label: str) -> None:
    assert _titles(f"{label}\n\n{HEADLINE}\n\n{STAMP}\n\n{LEAD}") == [HEADLINE]


@pytest.mark.parametrize("label", ["Categories: 未分类", "分类：要闻动态", "所属栏目：县区动态", "CATEGORY: 时政"])
def test_category_label_is_doubtful(label: str) -> None:
    assert doubtful_title(label) == "a category label"


@pytest.mark.parametrize(
    "line",
    [
        "栏目：县区动态 来源：某某",  # two keys: a byline, not one label
        "分类讨论：我县召开会议",
        "分类推进垃圾治理工作会议召开",
        "栏目调整：市政协召开专题会议部署工作安排",
        "类别：2024年度全市重点项目推进情况通报，请各单位认真对照",
    ],
)
def test_category_label_near_misses(line: str) -> None:
    assert doubtful_title(line) != "a category label"


# --------------------------------------------------------------------------- a dash subtitle, a lyrical opener

MAIN = "在继承中创新 在创新中发展"
MAIN_TITLE = "在继承中创新在创新中发展"
DECKS = [
    "——省政协十三届二次会议开幕掠影",
    "--省政协十三届二次会议开幕掠影",
    "－－省政协十三届二次会议开幕掠影",
    "—省政协十三届二次会议开幕掠影",
]
LEADS = [
    "据新华社电 1月23日上午，省政协十三届二次会议开幕。",
    "本报讯 1月23日上午，省政协十三届二次会议开幕。",
    "1月23日上午，省政协十三届二次会议开幕。",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("deck", DECKS)
def test_subtitle_run_on_with_its_lead(deck: str, lead: str) -> None:
    assert _titles(f"• {MAIN}\n\n      {deck}   {lead}") == [MAIN_TITLE]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("deck", DECKS)
def test_subtitle_over_a_lyrical_opener(deck: str, lead: str) -> None:
    assert _titles(f"{MAIN}\n{deck}\n一元复始迎盛会，群贤聚首谋发展。\n{lead}") == [MAIN_TITLE]


def test_dash_line_without_a_lead_opens_no_story() -> None:
    assert _titles(f"{MAIN}\n——题记 五十年，半个世纪的时间跨度。是怎样的干群深情，还能心心相印？") == []


def test_opener_that_is_a_long_sentence_is_no_couplet() -> None:
    text = f"{MAIN}\n{DECKS[0]}\n一元复始迎盛会，群贤聚首谋发展，委员们满怀信心步入会场共商大计。\n{LEADS[2]}"
    assert _titles(text) == []


@pytest.mark.parametrize(
    "lead",
    [
        "据新华社电 3月4日14时许，人民大会堂北侧举行活动。",
        "据中新网电 5日，某某会议在京召开。",
        "据人民网电3月4日上午，某某会议召开。",
    ],
)
def test_lead_reprinting_a_dispatch_opens_a_story(lead: str) -> None:
    assert opens_lead(lead)


@pytest.mark.parametrize(
    "line",
    ["据新华社电，某某会议在京召开。", "据新华社报道，3月4日某某会议召开。", "据统计3月4日全市接待游客十万人次。"],
)
def test_reprint_lead_near_misses(line: str) -> None:
    assert not opens_lead(line)


# --------------------------------------------------------------------------- a headline printed again over the story

ITEMS = [
    "外国领导人祝贺大会召开",
    "奥运会展示力量 大会显示思想",
    "社区党员和农民工共学报告",
    "与历史相遇在这间会议室",
    "网民对大会有四盼",
]
STORY = "  代表团开会，我随大家一起走进了驻地会议楼第一会议室。这间会议室很大，据说可容纳420人。"


@pytest.mark.parametrize("bullet", ["· ", "• ", ""])
def test_headline_in_page_list_and_again_over_story(bullet: str) -> None:
    listed = "\n".join(bullet + item for item in ITEMS)
    text = (
        f"第00004版：特别报道\n{listed}\n收藏 打印 推荐\n3上一篇  下一篇4\n2007年10月17日     收藏 打印 推荐\n"
        f"与历史相遇在这间会议室\n{STORY}"
    )
    assert _titles(text) == ["与历史相遇在这间会议室"]


def test_deck_printed_twice_under_headline_is_no_title() -> None:
    text = (
        "中央任命第五届港府主要官员\n\n林郑率新班子首见传媒\n21/06/2017\n42340\n收藏\n分享\n林郑率新班子首见传媒\n"
        "林郑率新班子首见传媒\n林郑率新班子首见传媒\n\n候任香港特首林郑月娥的政府班子今早正式获国务院任命，三名现任司长将过渡至新班子。"
    )
    assert "林郑率新班子首见传媒" not in _titles(text)


def test_label_printed_three_times_is_no_list() -> None:
    assert _titles(f"要闻\n要闻\n要闻\n与历史相遇在这间会议室\n{STORY}") == []


# --------------------------------------------------------------------------- a site's menu under its label

MENUS = [
    "各地新闻标签: 北京 重庆 大连 福建 广东 广西 海南 黑龙江 河南 湖北 湖南 吉林 江苏 辽宁 四川 山东 上海 陕西 深圳 天津 新疆 云南 浙江",
    "各地新聞標簽： 北京 重慶 大連 福建 廣東 廣西 海南 黑龍江 河南 湖北 湖南 吉林 江蘇 遼寧 四川 山東 上海 陝西 深圳 天津",
    "频道导航：要闻 时政 社会 财经 体育 娱乐 科技 教育 健康 旅游 汽车 房产 文化 视频 图片 专题 评论 法治 军事",
]


@pytest.mark.parametrize("menu", MENUS)
def test_labelled_menu_over_breadcrumb_and_headline(menu: str) -> None:
    text = (
        f"{menu}\n    中国在线 > 中国在线\n    滚动新闻\n\n    吉林省政府免6名副秘书长 成全国首个减副省\n\n    2009-04-23 09:10\n\n"
        "    中国日报网消息：21日，吉林发布人事任免文件，免去6位省政府副秘书长的职务。"
    )
    assert _titles(text) == ["吉林省政府免6名副秘书长成全国首个减副省"]


@pytest.mark.parametrize(
    "line",
    [
        "任命： 张三 李四 王五 赵六 钱七",  # people under the label
        "出席会议的有： 张三 李四 王五 赵六 钱七",
        "各地新闻标签： 北京 重庆",  # two entries: no menu
        "会议指出： 要 抓 好 落 实，确保工作见效",  # a clause
    ],
)
def test_labelled_menu_near_misses(line: str) -> None:
    assert not is_labelled_menu(line)


# --------------------------------------------------------------------------- a keyed headline on a printable page

SITE = "某某网-某某网门户网站(www.example.com.cn) - 某某网！"
KEYED = [
    ("标题： 娄勤俭：今年全国人大会议闭幕后不举行总理记者会 [打印本页]", "作者： admin 时间： 2024-3-4 16:18"),
    ("标题: 娄勤俭:今年全国人大会议闭幕后不举行总理记者会 【打印】", "作者: admin 时间: 2024-3-4 16:18"),
    ("標題： 婁勤儉：今年全國人大會議閉幕後不舉行總理記者會 [打印本頁]", "作者： admin 時間： 2024-3-4 16:18"),
]


@pytest.mark.parametrize(("head", "byline"), KEYED)
def test_keyed_headline_over_its_stamp(head: str, byline: str) -> None:
    text = f"{SITE}\n\n{head}\n\n{byline}\n{head}\n3月4日12时，十四届全国人大二次会议在人民大会堂举行新闻发布会。"
    assert _titles(text) == ["娄勤俭：今年全国人大会议闭幕后不举行总理记者会"]


def test_keyed_headline_without_speaker() -> None:
    text = f"{SITE}\n\n标题： {HEADLINE}\n\n作者： admin 时间： 2024-3-4 16:18\n{LEAD}"
    assert _titles(text) == [HEADLINE]


def test_keyed_line_over_no_stamp_titles_nothing() -> None:
    assert _titles(f"{SITE}\n\n标题： {HEADLINE}\n\n各位网友好，本帖讨论政协会议的筹备情况。") == []


# --------------------------------------------------------------------------- a reprint's original title, same words

REPRINTS = [
    ("10位省级政府大管家换人 他最特殊", "10位省级政府大管家换人，他最特殊", "10位省级政府大管家换人他最特殊"),
    ("某县县长换人！新县长是他", "某县县长换人 新县长是他", "某县县长换人！新县长是他"),
    ("某市、某县两位书记履新", "某市某县两位书记履新", "某市、某县两位书记履新"),
]
REPRINT_BODY = "\n\n  来源：长安街知事\n\n  全国两会之后，地方人事密集变动。李某任辽宁省政府秘书长。"


@pytest.mark.parametrize(("printed", "original", "title"), REPRINTS)
def test_printed_headline_with_the_original_words(printed: str, original: str, title: str) -> None:
    assert _titles(f"某某资讯网\n\n{printed}\n\n  原标题：{original}{REPRINT_BODY}") == [title]


def test_original_title_with_other_words_stands() -> None:
    text = f"某某资讯网\n\n地方人事密集变动 看点在这里\n\n  原标题：10位省级政府大管家换人，他最特殊{REPRINT_BODY}"
    assert _titles(text) == ["10位省级政府大管家换人，他最特殊"]


# --------------------------------------------------------------------------- never a title

NEVER = [
    pytest.param(
        "3月10日，某某省委宣传部常务副部长白某率队到某县督查调研脱贫攻坚工作。\n调研某某村红色文化扶贫\n"
        "初春的阳光普照大地，调研组先后来到高荡村和马鞍山村实地调研。\n调研组参观高荡村史馆\n在高荡村，调研组参观了村史馆。",
        id="captions-between-paragraphs",
    ),
    pytest.param(
        "↑7月27日，某某市某某镇长艾村退役军人“第一书记”郑某在为扶贫种植基地浇水。\n某某市精心挑选了171名年轻党员退役军人担任“第一书记”。"
        "CICPHOTO/邓某 摄\n↑7月27日，某某县石河镇前锋村“第一书记”罗某和村民在基地收获小龙虾。",
        id="arrow-captions",
    ),
    pytest.param(
        "3上一篇  下一篇4\n\n  代表团开会，我随大家一起走进了驻地会议楼第一会议室。这间会议室很大。", id="pager"
    ),
    pytest.param(
        "Categories: 未分類\n\n臺北市政府於今(28)日下午召開記者會，說明疫情最新情況。", id="category-over-lead"
    ),
]


@pytest.mark.parametrize("text", NEVER)
def test_furniture_never_titles_a_page(text: str) -> None:
    assert all(t is None for t in _titles(text))
