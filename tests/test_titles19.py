"""Titles round 19 (issue 9, session 18, s18-titles19): synthetic rows per class.

* a box-drawing bar (``│┃┆``, ``CATEGORY_BARS``) after a column's label (a short noun phrase that
  ends in a column noun, ``COLUMN_LABEL_ENDS``: 政策解读│…, 要闻┃…, 部門動態│…) drops the label; a bar
  that joins a headline's two clauses (高市警局高層換將│七分局長異動…: a unit and a verb, a person and a
  verb before the bar) keeps both halves;
* a headline printed as a series' or column's label, one ASCII bar, then its clause
  (``上海抗疫故事|北蔡!北蔡!(五):书记``) is a title: one bar, a short label, a headline-long clause; a
  menu, a site's name on either side, or a row of cells is not;
* a publish stamp whose year a CMS printed with two digits, opening the line with no key, its time and
  then a byline key (``22-05-02 10:50 来源:新华社 编辑:某某``), is the page's publish line;
* a lead opening on its day and the agency whose news it is (``3月14日新华社消息，…``, ``3月14日据新华社消息，…``),
  after the writers' byline and its bar on the same line (``撰文|高某某李某3月14日新华社消息，…``), opens the
  story: it never runs into the headline above, which is then the title;
* a page's <title> line that puts a keyword or a column and a colon before the headline
  (``素万机场到芭提雅:内地…市委书记``) gives way to the headline printed alone under it;
* a Taiwan paper's byline with several reporters apart by blanks, the place, then the stamp
  (``記者陳某某 蔡某某/新竹報導 2018-12-26 00:32``) is the publish line under the headline;
* an item's credit after a slash (``第46次扩大主管会报县长裁示事项/连江县政府提供``, ``…／县文旅局供稿``) is no
  part of the title.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text
from gazette_extract.layout.heads import strip_category_prefix
from gazette_extract.text.newshead import publish_date
from gazette_extract.text.script import to_simplified

HEADLINE = "某某市召开2025年全市安全生产工作会议"

COLUMN_LABELS = [
    "政策解读",
    "文字解读",
    "图文解读",
    "要闻",
    "本地新闻",
    "部门动态",
    "乡镇动态",
    "快讯",
    "政务资讯",
    "专题",
    "通知公告",
    "今日头条",
    "热点",
    "图文",
    "权威发布",
    "政策速递",
    "基层观察",
    # Traditional spellings
    "政策解讀",
    "要聞",
    "部門動態",
    "本地新聞",
    "快訊",
    "今日頭條",
    "權威發布",
]

BARS = ["│", "┃", "┆", " │ ", " ┃", "┆ "]


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("label", COLUMN_LABELS)
def test_column_label_before_a_box_bar_is_dropped(label: str, bar: str) -> None:
    assert strip_category_prefix(label + bar + HEADLINE) == HEADLINE


# The part before the bar is a clause (a unit or a person, then a verb): the bar joins the
# headline's two halves and nothing is dropped.
CLAUSES = [
    "高市警局高層換將",
    "高市警局高层换将",
    "市公安局高层换将",
    "县委班子调整",
    "張三接任局長",
    "张三接任局长",
    "某某县长辞职",
    "市政府人事异动",
    "警政署發布人事",
]


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("clause", CLAUSES)
def test_clause_before_a_box_bar_stays_in_the_title(clause: str, bar: str) -> None:
    title = clause + bar + "七分局長異動 公關室主任懸缺再引關注"
    assert strip_category_prefix(title) == title


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("区政府│新闻", id="headline-too-short"),
        pytest.param("要闻│短标题", id="six-chars-needed"),
        pytest.param("关于印发某某县防汛应急预案的通知", id="no-bar"),
        pytest.param("快讯丨某某县召开人大常委会会议", id="han-bar-not-a-box-bar"),
        pytest.param("重点工作动态调整机制│某某县召开会议", id="label-longer-than-eight"),
    ],
)
def test_other_titles_unchanged(title: str) -> None:
    assert strip_category_prefix(title) == title


# --------------------------------------------------------------------------- one ASCII bar in a headline

LEAD = "  4月26日，某某镇召开疫情防控工作推进会，部署下一阶段工作。"
STAMP = "2022-05-02 10:50 来源:新华社 编辑:张三"


def _page(head: str, stamp: str = STAMP) -> str:
    return f"某某网\n\n{head}\n\n{stamp}\n\n{LEAD}\n"


def _titles(text: str) -> list[str | None]:
    return [d.title for d in parse_text(text).documents]


BAR_HEADLINES = [
    pytest.param("抗疫故事|北蔡!北蔡!(五):书记", id="series-label"),
    pytest.param("抗疫故事 | 北蔡镇的四十个日日夜夜", id="spaced-bar"),
    pytest.param("申遗20年①|不靠挖煤挖文化千年古城的突围", id="numbered-series"),
    pytest.param("两会声音|代表委员热议政府工作报告", id="column-label"),
    pytest.param("兩會聲音|代表委員熱議政府工作報告", id="traditional"),
    pytest.param("聚焦基层治理|某某街道探索网格化管理新路", id="longer-label"),
]


@pytest.mark.parametrize("head", BAR_HEADLINES)
def test_headline_with_one_ascii_bar_is_the_title(head: str) -> None:
    titles = _titles(_page(head))
    assert len(titles) == 1 and titles[0] is not None
    label = titles[0].replace("｜", "|").split("|")[0].strip()
    assert label and label[-1] == to_simplified(head.split("|")[0].strip())[0][-1]  # the label kept, not dropped


NOT_BAR_HEADLINES = [
    pytest.param("首页 | 新闻中心", id="menu"),
    pytest.param("网站首页|政务公开|新闻中心", id="menu-two-bars"),
    pytest.param("中国某某网|新闻中心国内要闻频道", id="site-name-label"),
    pytest.param("序号 | 工作任务 | 责任单位", id="row-of-cells"),
    pytest.param("抗疫故事|北蔡书记", id="clause-too-short"),
    pytest.param("某某县召开全县安全生产工作会议部署|某某县人民政府", id="long-label-site-name"),
]


@pytest.mark.parametrize("head", NOT_BAR_HEADLINES)
def test_bar_line_that_is_no_headline_is_no_title(head: str) -> None:
    assert all(t is None or "|" not in t.replace("｜", "|") for t in _titles(_page(head)))


# --------------------------------------------------------------------------- two-digit-year stamp, no key

SHORT_YEAR_STAMPS = [
    pytest.param("22-05-02 10:50 来源:新华社 编辑:张三", "2022-05-02", id="source-editor"),
    pytest.param("22-05-02 10:50来源：新华社", "2022-05-02", id="glued-full-width"),
    pytest.param("22-05-20 10:50:11 作者:李四", "2022-05-20", id="seconds-author"),
    pytest.param("19-12-01 08:05 责任编辑:王五", "2019-12-01", id="editor-year-19"),
    pytest.param("98-07-01 09:00 来源:某某日报", "1998-07-01", id="last-century"),
]


@pytest.mark.parametrize(("line", "day"), SHORT_YEAR_STAMPS)
def test_two_digit_year_stamp_with_a_byline_key_is_a_publish_line(line: str, day: str) -> None:
    assert publish_date(line) == day


NOT_SHORT_YEAR_STAMPS = [
    pytest.param("22-05-02 10:50", id="no-key"),
    pytest.param("22-05-02 会议 来源:某某网", id="no-time"),
    pytest.param("12-05-2022 10:50 来源:某某网", id="four-digit-year-last"),
    pytest.param("22/05/02 10:50 来源:某某网", id="slashes"),
    pytest.param("22-13-02 10:50 来源:某某网", id="no-such-month"),
]


@pytest.mark.parametrize("line", NOT_SHORT_YEAR_STAMPS)
def test_other_short_lines_are_no_two_digit_year_stamp(line: str) -> None:
    assert publish_date(line) is None


def test_two_digit_year_stamp_under_a_bar_headline_titles_the_page() -> None:
    head = "抗疫故事|北蔡!北蔡!(五):书记"
    assert _titles(_page(head, "22-05-02 10:50 来源:新华社 编辑:张三")) == ["抗疫故事|北蔡！北蔡！（五）：书记"]


# --------------------------------------------------------------------------- a day, then the agency's news

AGENCY_LEADS = [
    pytest.param("3月14日新华社消息，中共中央决定：张三任某某省委书记。", id="agency-news"),
    pytest.param("3月14日据新华社消息，中共中央决定：张三任某某省委书记。", id="according-to"),
    pytest.param("14日新华社消息，中共中央决定：张三任某某省委书记。", id="day-only"),
    pytest.param("3月14日人民网电，中共中央决定：张三任某某省委书记。", id="web-dispatch"),
    pytest.param("撰文|王某某李某某3月14日新华社消息，中共中央决定：张三任某某省委书记。", id="byline-bar-glued"),
    pytest.param("作者｜王某 3月14日新华社消息，中共中央决定：张三任某某省委书记。", id="byline-full-width-bar"),
]


@pytest.mark.parametrize("lead", AGENCY_LEADS)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("3省迎新任省委书记，前任已在全国两会上领新职", id="comma-headline"),
        pytest.param("某某省迎来新任省委书记", id="plain"),
    ],
)
def test_agency_day_lead_opens_the_story_under_its_headline(head: str, lead: str) -> None:
    assert _titles(f"{head}\n\n{lead}\n") == [head]


NOT_AGENCY_LEADS = [
    pytest.param("3月14日消息传来，全县干部群众深受鼓舞。", id="no-agency"),
    pytest.param("据新华社消息，中共中央决定：张三任某某省委书记。", id="no-day"),
    pytest.param("新华社消息称3月14日召开会议。", id="day-after"),
]


@pytest.mark.parametrize("line", NOT_AGENCY_LEADS)
def test_other_lines_do_not_open_an_agency_lead(line: str) -> None:
    from gazette_extract.text.newshead import opens_lead

    assert not opens_lead(line)


# --------------------------------------------------------------------------- a credit after a slash

CREDITED = [
    pytest.param("第46次扩大主管会报县长裁示事项/连江县政府提供", "第46次扩大主管会报县长裁示事项", id="provided-by"),
    pytest.param("第46次擴大主管會報縣長裁示事項/連江縣政府提供", "第46次扩大主管会报县长裁示事项", id="traditional"),
    pytest.param("某某县召开全县安全生产会议／县应急局供稿", "某某县召开全县安全生产会议", id="full-width-slash"),
    pytest.param("某某县召开全县安全生产会议 / 县融媒体中心供图", "某某县召开全县安全生产会议", id="spaced-photo"),
    pytest.param(
        "某某镇召开2024年防汛应急演练工作会议/记者张三摄影", "某某镇召开2024年防汛应急演练工作会议", id="photographer"
    ),
]


@pytest.mark.parametrize(("head", "title"), CREDITED)
def test_credit_after_a_slash_is_no_part_of_the_title(head: str, title: str) -> None:
    assert _titles(f"{head}\n\n  • 2008-12-18\n 1、对于地区低收入户等，在过年期间要准备寒冬送暖事宜。(民政局)\n") == [
        title
    ]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于印发《某某/某某办法》的通知", id="slash-inside-a-title"),
        pytest.param("县政府提供/某某", id="credit-word-before-the-slash"),
        pytest.param("某某会议/提供", id="no-provider"),
        pytest.param("双拥共建活动/部队提供支持", id="word-goes-on"),
        pytest.param("会议/某某提供", id="headline-too-short"),
    ],
)
def test_other_slashes_stay_in_the_title(title: str) -> None:
    from gazette_extract.layout.recognize import clean_title

    assert clean_title(title) == title


# --------------------------------------------------------------------------- a keyword and a colon before the headline

PRINTED = "内地省级党委副书记均不再兼任省会市委书记"


@pytest.mark.parametrize(
    "prefix",
    [
        pytest.param("素万机场到芭提雅:", id="spam-keyword"),
        pytest.param("时政要闻：", id="column-full-width"),
        pytest.param("熱點新聞:", id="traditional"),
    ],
)
def test_headline_printed_under_a_prefixed_page_title_is_the_title(prefix: str) -> None:
    text = f"{prefix}{PRINTED}\n\n来源:某某文库 编辑:某某新闻 时间:2024/05/03 06:27:51\n\n{PRINTED}\n\n2011年12月08日 04:35\n来源:某某网 作者:张三\n\n南都讯 记者张三 发自北京 随着某某省委副书记王某卸任某某市委书记，…\n"
    assert _titles(text) == [PRINTED]


def test_colon_headline_not_printed_again_is_kept_whole() -> None:
    head = "中评现场:高雄市政府没龙头的一天"
    text = f"{head}\nhttp://www.CRNTT.com   2020-06-13 00:26:44\n\n“行政院”宣布某某担任高雄市代理市长,象征市府进入看守阶段。\n"
    assert _titles(text) == ["中评现场：高雄市政府没龙头的一天"]


# --------------------------------------------------------------------------- reporters, place, stamp

REPORTER_STAMPS = [
    pytest.param("记者陈某某 蔡某某/新竹报导 2018-12-26 00:32", "2018-12-26", id="two-reporters"),
    pytest.param("记者张三、李四／台北报道 2020-01-02 10:00", "2020-01-02", id="enumeration-comma"),
    pytest.param("记者陈某某 蔡某某/新竹报导2018-12-26 00:32", "2018-12-26", id="glued-date"),
    pytest.param("记者张三 李四 王五/台中报导 2019-3-5 9:05", "2019-03-05", id="three-reporters"),
]


@pytest.mark.parametrize(("line", "day"), REPORTER_STAMPS)
def test_reporters_place_and_stamp_is_a_publish_line(line: str, day: str) -> None:
    assert publish_date(line) == day


def test_reporters_byline_under_a_two_clause_headline_titles_the_page() -> None:
    text = "楊某某就職竹縣長 營造竹縣市共好共榮生活圈\n\n記者陳某某 蔡某某/新竹報導 2018-12-26 00:32\n\n楊某某邱某某一起走入禮堂,沿途有許多支持民眾歡迎。\n"
    assert _titles(text) == ["杨某某就职竹县长营造竹县市共好共荣生活圈"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("记者张三 李四/新竹报导 昨天出席", id="no-stamp"),
        pytest.param("记者张三 李四 王五 赵六 钱七/台北报导 2018-12-26 00:32", id="five-names"),
        pytest.param("记者张三 李四/新竹报导 2018-12-26", id="no-time"),
    ],
)
def test_other_reporter_lines_are_no_such_stamp(line: str) -> None:
    assert publish_date(line) is None
