"""Pages round 18 (issue 9, session 18): the classes the new dev pages showed, by class.

* a byline whose blanks a converter lost — runs of question marks, the replacement character, an
  unresolved ``&nbsp;`` — is still a publish line (the story's day then takes its year);
* a forum's or a list's pager line (``页: [1]`` / ``页: [1] 2 3`` / ``页码：1 [2]``) stands alone: it
  never joins the post's last line, whose signature and date are then read;
* a page that reprints a notice whole under its own title, signed and dated, below the site's headline
  and publish line: the notice's own title is the document's; a notice title the story quotes,
  unsigned, is not;
* a decree that publishes a decision by the decision's own title (《…》已经…通过，现予公布) and prints the
  title again over the decision's text: one document, not two;
* a lead opening on its day with a part of the day — 晚, 早, 夜, 傍晚, 清晨, 深夜, 夜间, 午后 beside 上午,
  晚上, 凌晨 — opens the story under its headline.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text
from gazette_extract.text.newshead import publish_date


def _docs(text: str):
    return parse_text(text).documents


# --------------------------------------------------------------------------- bylines with lost blanks

LOST_BLANK_ROWS = [
    pytest.param(
        "来源:某某镇???作者:张三 访问量: ???发布日期:2017-12-30???字体大小:", "2017-12-30", id="question-runs"
    ),
    pytest.param("来源：某某镇？？作者：张三？？发布时间：2019-05-27 09:36", "2019-05-27", id="full-width-questions"),
    pytest.param("来源:某某网&nbsp;&nbsp;发布时间:2021-03-05 10:00", "2021-03-05", id="nbsp-entity"),
    pytest.param("作者:张三&NBSP;发布时间:2021-03-05", "2021-03-05", id="nbsp-upper-one"),
    pytest.param("来源:某某网&#160;&#160;更新时间:2020-01-02", "2020-01-02", id="numeric-entity"),
    pytest.param("作者:张三\ufffd\ufffd发布日期:2020年5月6日", "2020-05-06", id="replacement-chars"),
    pytest.param("来源:某某县融媒体中心\ufffd发布时间:2022/6/21 08:00", "2022-06-21", id="one-replacement-char"),
    pytest.param("信息来源：某某局??发布日期：2018-03-02??浏览次数：", "2018-03-02", id="two-questions-counter"),
]


@pytest.mark.parametrize(("line", "day"), LOST_BLANK_ROWS)
def test_byline_with_lost_blanks_is_a_publish_line(line: str, day: str) -> None:
    assert publish_date(line) == day


NOT_LOST_BLANK_ROWS = [
    pytest.param("你知道吗?发布时间:2021-03-05", id="one-question-mark-is-punctuation"),
    pytest.param("会议??时间:2021年3月5日 9:00", id="meeting-time-field"),
    pytest.param("这是什么??为什么发布日期是2021-03-05，没人知道。", id="prose-sentence"),
    pytest.param("&nbsp;&nbsp;各乡镇人民政府，县直各单位：", id="recipients-no-date"),
]


@pytest.mark.parametrize("line", NOT_LOST_BLANK_ROWS)
def test_lost_blanks_make_no_publish_line_of_other_lines(line: str) -> None:
    assert publish_date(line) is None


LOST_BLANK_PAGE = """首页 > 新闻 > 乡镇动态

某某镇第三届人民代表大会第三次会议召开

来源:某某镇{gap}作者:李四 访问量: {gap}发布日期:2017-12-30{gap}字体大小:

       12月29日下午,某某镇第三届人民代表大会第三次会议在庄严的国歌声中拉开序幕。

       会议听取并审议了《政府工作报告》。
"""


@pytest.mark.parametrize("gap", ["???", "？？？", "\ufffd", "&nbsp;&nbsp;", "??"])
def test_story_day_under_a_byline_with_lost_blanks(gap: str) -> None:
    docs = _docs(LOST_BLANK_PAGE.format(gap=gap))
    assert len(docs) == 1
    assert docs[0].title == "某某镇第三届人民代表大会第三次会议召开"
    assert docs[0].date == "2017-12-29"
    assert docs[0].published == "2017-12-30"


# --------------------------------------------------------------------------- a forum's pager line

FORUM_PAGE = """某某同乡网 发表于 2017-2-11 11:37:39

某某市公安局关于禁止在市区燃放烟花爆竹的通告

 为保障人民群众生命财产安全,禁止在某某区燃放烟花爆竹。  对违反本通告规定的单位和个人,欢迎举报,举报电话:110.    特此通告{pad}某某市公安局{pad}2017年1月1日

{pager}
查看完整版本: 某某市公安局关于禁止在市区燃放烟花爆竹的通告
"""


@pytest.mark.parametrize(
    "pager", ["页: [1]", "页：[1] 2 3", "页: 1 [2] 3 4", "页码：[1]", "分页: [1] 2", "頁: [1]", "页次：1 [2]"]
)
@pytest.mark.parametrize("pad", [" " * 40, " ", "\u3000\u3000"])
def test_pager_line_does_not_join_the_signature_line(pager: str, pad: str) -> None:
    docs = _docs(FORUM_PAGE.format(pager=pager, pad=pad))
    assert len(docs) == 1
    assert docs[0].title == "某某市公安局关于禁止在市区燃放烟花爆竹的通告"
    assert docs[0].issuer == "某某市公安局"
    assert docs[0].date == "2017-01-01"


@pytest.mark.parametrize(
    "line",
    ["页面上方的通知请各单位注意查收", "页: 见附件", "页码为本文件第三页的内容", "分页显示的名单如下"],
)
def test_lines_that_only_start_like_a_pager_still_join(line: str) -> None:
    from gazette_extract.text.normalize import STANDALONE_RE

    assert STANDALONE_RE.match(line) is None


# --------------------------------------------------------------------------- a reprinted notice's own title

REPRINT_PAGE = """首页 > 资讯 > 焦点关注

{headline}

来源: 更新时间:2022-10-05 23:18:54
{furniture}
  关于禁止在某某开发区所辖区域燃放烟花爆竹的{kind}

  为保障人民群众的生命财产安全,现就禁止燃放烟花爆竹有关事项{kind}如下:

  一、严禁在某某开发区所辖区域内燃放烟花爆竹。

  二、对违反上述规定的,公安机关将依法给予处罚。

  特此{kind}。

  某某市公安局经济技术开发区分局

   2021年1月9日

THE END
"""


@pytest.mark.parametrize(
    "headline",
    [
        "某某开发区禁止燃放烟花爆竹通知(某某开发区禁止燃放烟花爆竹通知文件)",
        "某某开发区春节期间禁放烟花爆竹",
        "重磅!某某开发区全域禁放烟花爆竹",
    ],
)
@pytest.mark.parametrize("furniture", ["The Beginning\n", "", "正文\n", "【打印】【关闭】\n"])
@pytest.mark.parametrize("kind", ["通告", "公告", "通知"])
def test_reprinted_notice_keeps_its_own_title(headline: str, furniture: str, kind: str) -> None:
    docs = _docs(REPRINT_PAGE.format(headline=headline, furniture=furniture, kind=kind))
    assert [d.title for d in docs] == [f"关于禁止在某某开发区所辖区域燃放烟花爆竹的{kind}"]
    assert docs[0].issuer == "某某市公安局经济技术开发区分局"
    assert docs[0].date == "2021-01-09"


QUOTED_PAGE = """首页 > 资讯 > 本地新闻

我区出台禁放烟花爆竹新规

发布时间:2022-10-05 23:18:54

关于禁止在某某开发区所辖区域燃放烟花爆竹的通告

10月5日,记者从区公安分局获悉,上述通告已于近日发布,市民燃放烟花爆竹须遵守规定。

区公安分局提醒市民文明过节。
"""


def test_quoted_notice_title_in_an_unsigned_story_is_not_the_headline() -> None:
    docs = _docs(QUOTED_PAGE)
    assert docs and docs[0].title == "我区出台禁放烟花爆竹新规"


def test_long_text_between_byline_and_notice_title_keeps_the_headline() -> None:
    text = REPRINT_PAGE.format(
        headline="某某开发区春节期间禁放烟花爆竹",
        furniture="编者按：为营造安全祥和的节日氛围，某某开发区日前发布通告，现全文转载如下，请广大市民周知。\n",
        kind="通告",
    )
    docs = _docs(text)
    assert docs and docs[0].title == "某某开发区春节期间禁放烟花爆竹"


# --------------------------------------------------------------------------- a decree publishing a decision by its title

DECREE_PAGE = """{title}

广东省某某市人民政府


{title}

某某市人民政府令第5号


  《{quoted}》已经第12届89次市政府常务会议讨论通过,{verb},自2006年1月1日起施行。

二○○五年十一月二十九日


{title}

  某某市人民政府决定对《某某市行政规范性文件管理规定》作如下修改:

  一、第二条修改为:本规定所称行政规范性文件,是指政府及其职能部门制定并公开发布的文件。

  二、增加一条作为第三条:政府及其部门内部管理制度不属于行政规范性文件。
"""
_DECISION = "某某市人民政府关于修改《某某市行政规范性文件管理规定》的决定"


@pytest.mark.parametrize("verb", ["现予公布", "现予发布", "予以公布"])
@pytest.mark.parametrize(
    "quoted",
    [
        "某某市人民政府关于修改〈某某市行政规范性文件管理规定〉的决定",
        "某某市人民政府关于修改<某某市行政规范性文件管理规定>的决定",
        "某某市人民政府关于修改某某市行政规范性文件管理规定的决定",
    ],
)
def test_decree_publishing_its_decision_is_one_document(verb: str, quoted: str) -> None:
    docs = _docs(DECREE_PAGE.format(title=_DECISION, quoted=quoted, verb=verb))
    assert [d.title for d in docs] == [_DECISION]
    assert docs[0].doc_number is not None and docs[0].doc_number.text == "某某市人民政府令第5号"
    assert docs[0].date == "2005-11-29"


TWO_NOTICES = """某某县人民政府关于表彰先进集体的决定

某政发〔2019〕3号

各乡镇人民政府:
  《某某县人民政府关于表彰先进个人的决定》已印发,现将先进集体名单一并公布如下。

某某县人民政府
2019年3月5日

某某县人民政府关于表彰先进集体的决定

某政发〔2019〕4号

各乡镇人民政府:
  现将第二批先进集体名单公布如下。

某某县人民政府
2019年4月5日
"""


def test_a_sentence_citing_another_title_does_not_merge_two_notices() -> None:
    docs = _docs(TWO_NOTICES)
    assert [d.doc_number.text for d in docs if d.doc_number] == ["某政发〔2019〕3号", "某政发〔2019〕4号"]


# --------------------------------------------------------------------------- day parts in a lead

MEETING_PAGE = """县政府召开第七次常务会议

{lead}某某县召开第七次常务会议。县委副书记、县长王某主持会议。

会议讨论通过了《某某县2022年全面推进乡村振兴重点工作的实施方案(讨论稿)》。

王某要求,各部门要各司其职,各负其责。
"""


@pytest.mark.parametrize(
    "lead",
    [
        "6月20日晚6时,",
        "6月20日晚,",
        "6月20日傍晚,",
        "20日早上,",
        "6月20日早,",
        "6月20日清晨,",
        "6月20日夜,",
        "6月20日深夜,",
        "6月20日夜间,",
        "6月20日午后,",
        "6月20日下午3时,",
        "6月20日晚上7点,",
    ],
)
def test_lead_with_a_day_part_opens_the_story(lead: str) -> None:
    docs = _docs(MEETING_PAGE.format(lead=lead))
    assert [d.title for d in docs] == ["县政府召开第七次常务会议"]
    assert docs[0].date is None  # no year printed anywhere: the day is not dated


@pytest.mark.parametrize("part", ["晚", "傍晚", "清晨", "夜间"])
def test_day_part_lead_is_dated_by_the_publish_line(part: str) -> None:
    text = f"""县政府召开第七次常务会议

发布时间:2022-06-21 10:00

6月20日{part},某某县召开第七次常务会议。县长王某主持会议。

会议讨论通过了有关事项。
"""
    docs = _docs(text)
    assert docs and docs[0].date == "2022-06-20"


@pytest.mark.parametrize(
    "line",
    ["6月20日晚会在县剧院举行，共演出节目20个。", "20日夜以继日地抢修，终于恢复供电。", "早在6月20日，县里就已部署。"],
)
def test_day_part_words_inside_other_words_open_no_story(line: str) -> None:
    assert _docs(f"县政府召开第七次常务会议\n\n{line}\n") == []  # 晚会, 夜以继日, 早在: no lead, no story


def test_day_part_lead_under_the_headline_alone_opens_it() -> None:
    assert [d.title for d in _docs("县政府召开第七次常务会议\n\n6月20日晚,县里召开会议。\n")] == [
        "县政府召开第七次常务会议"
    ]


# --------------------------------------------------------------------------- a tag's or category's archive page

ARCHIVE_PAGE = """{head}

【莊嚴承諾】某某官員矢志服務香港

根據行政長官提名和建議,國務院任命張三為政務司司長,李四為保安局局長。今日上午,新官員亮相。 新任政務司司長張三表示,...

2021-06-25 13:58:48

某某政府召開第三次常務會議

6月20日上午,某某縣召開常務會議,研究有關事項。會議強調,...

2021-06-22 11:42:10
"""


@pytest.mark.parametrize(
    "head",
    [
        "標籤 : 特區政府 下的文章 收藏此標籤",
        "标签：特区政府下的文章",
        "Tag: 特区政府 的文章",
        "TAGS：人事任免 相关文章",
        "分类：要闻 下的文章",
        "分類: 時事 文章列表",
        "归档：2021年6月 的文章",
    ],
)
def test_archive_page_of_other_articles_opens_no_document(head: str) -> None:
    assert _docs(ARCHIVE_PAGE.format(head=head)) == []


@pytest.mark.parametrize(
    "head",
    ["标签：任免", "分类:通知公告", "标签的使用说明文章", "关于加强标签管理的通知"],
)
def test_other_heads_keep_their_page(head: str) -> None:
    from gazette_extract.layout.documents import _ARCHIVE_HEAD_RE
    from gazette_extract.vocab.common import compact

    assert _ARCHIVE_HEAD_RE.match(compact(head)) is None


# --------------------------------------------------------------------------- a story stored without its headline, dated in full

UNTITLED_STORY = """{lead}区政府副区长王某、李某出席会议。区政府各委办局主要负责人列席会议。
会议传达学习了有关会议精神。会议强调,要坚持发展为第一要务,聚焦稳增长。
会议还研究了其他事项。
"""


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("2020年7月1日上午,区长陈某主持召开区政府第115次常务会议,传达学习有关精神。", "2020-07-01"),
        (
            "2023年10月26日上午,区长韩某同志在区机关大院2号楼二楼会议室主持召开五届68次区政府常务会议。纪要如下:",
            "2023-10-26",
        ),
        ("2019年3月5日,某某县第十七届人民代表大会第三次会议在县会议中心开幕。", "2019-03-05"),
        ("2021年12月8日晚,某某镇举行乡村振兴工作推进会。", "2021-12-08"),
        ("  2018年9月11日下午,县地方志编纂委员会召开第一次全体会议。", "2018-09-11"),
        ("2022年1月5日，县委常委会召开会议，研究有关事项。", "2022-01-05"),
    ],
)
def test_untitled_story_dated_in_full_is_one_document(lead: str, day: str) -> None:
    docs = _docs(UNTITLED_STORY.format(lead=lead))
    assert len(docs) == 1
    assert docs[0].title is None and docs[0].date == day


@pytest.mark.parametrize(
    "lead",
    [
        "7月1日上午,区长陈某主持召开区政府第115次常务会议,传达学习有关精神。",  # no year: no date, no document
        "2020年7月1日,全区共有12家企业完成技术改造,产值增长15%。",  # no event held
        "截至2020年7月1日,全区已召开各类会议30余次。",  # the date does not open the line
    ],
)
def test_untitled_story_without_a_dated_event_opens_no_document(lead: str) -> None:
    assert _docs(UNTITLED_STORY.format(lead=lead)) == []


def test_chronicle_of_dated_entries_is_not_one_story() -> None:
    text = """2020年7月1日,区政府召开第115次常务会议。
2020年7月8日,区人大常委会召开第三十次会议。
2020年7月15日,区政协召开常委会议。
"""
    assert _docs(text) == []


# --------------------------------------------------------------------------- a forum's anti-copy noise

JAMMED_PAGE = """|
某某县人民政府办公室
{a}关于撤销某某镇新安社区的通知{b}
各乡镇人民政府,县人民政府各工作部门,各直属机构:
{c} 某某镇新安社区现有365户,521人。由于人口少,流动性大,难以改善社区环境。{d}
经某某镇申请,县政府决定,撤销某某镇新安社区,划归某某镇中心社区统一管理。{e}
{f} 二○一○年十二月二日{g}
{h}
|
"""
JAMMER_RUNS = [
    '& L. [" f: o0 _, Y( T* [3 n',
    "9 x0 G- Z! G2 Z5 Y$ q",
    "6 C# c, t6 `; z& y",
    "; S& b+ m3 s, i4 h3 u",
    '. f& D8 I6 ~% g) f" x# R- p',
    "2 \\! F- a$ k x# N5 x5 ?1 X3 A. S",
    "8 a/ T9 Z$ d% I' e8 o4 h j",
    "9 ]0 M# L- t' n3 d: {7 l# T Y\" h% L u) L5 p4 @% u0 \\& o",
]


@pytest.mark.parametrize("shift", range(len(JAMMER_RUNS)))
def test_forum_anti_copy_noise_is_dropped(shift: int) -> None:
    runs = JAMMER_RUNS[shift:] + JAMMER_RUNS[:shift]
    text = JAMMED_PAGE.format(**dict(zip("abcdefgh", runs, strict=True)))
    docs = _docs(text)
    assert [d.title for d in docs] == ["某某县人民政府办公室关于撤销某某镇新安社区的通知"]
    assert docs[0].date == "2010-12-02"
    assert docs[0].recipients


@pytest.mark.parametrize(
    "line",
    [
        "| 1 | 2 | 3 | 4 | 5 |",  # a table's row of numbers
        "A B C D E F",  # letters without marks
        "1. 2. 3. 4. 5.",  # an outline's numbers
        "ISO 9001 ; GB/T 19001 ; A+ B+",  # standards and grades
        "Tel: 0571 8888 6666 # 2 ext",
        "& 1 2 3 4 5",  # one mark, no letters
    ],
)
def test_ascii_runs_that_are_no_noise_are_kept(line: str) -> None:
    from gazette_extract.text.normalize import _JAMMER_RE, _jammer_dropped

    for text in (line, f"某某县人民政府{line}关于印发的通知"):
        assert _JAMMER_RE.sub(_jammer_dropped, text) == text


# --------------------------------------------------------------------------- a stamp with a two-digit year

SHORT_YEAR_ROWS = [
    pytest.param("365bet平台 发布日期:18-01-16 16:53:12 点击次数:  来源:", "2018-01-16", id="cms-stamp-counters"),
    pytest.param("发布时间：21-3-5 10:00", "2021-03-05", id="unpadded"),
    pytest.param("【发布时间：09-11-03 08:30】", "2009-11-03", id="bracketed"),
    pytest.param("来源：某某网 更新时间:99-12-31 23:59:59", "1999-12-31", id="last-century"),
]


@pytest.mark.parametrize(("line", "day"), SHORT_YEAR_ROWS)
def test_stamp_with_two_digit_year(line: str, day: str) -> None:
    assert publish_date(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "发布日期:18-01-16",  # no clock time: not said to be a stamp
        "会议时间：18-01-16 16:53",  # a meeting's field, not a publish key
        "更新时间:09/11/03 08:30",  # slashes: day or year first, the page does not say
        "发布日期：18-13-40 10:00",  # no such day
        "电话：0571-88-66 10:00",  # a phone number and an hour
    ],
)
def test_two_digit_year_needs_a_keyed_stamp(line: str) -> None:
    assert publish_date(line) is None


def test_headline_over_a_two_digit_year_stamp_is_a_document() -> None:
    text = """您现在的位置:首页>>阴平文化>>正文
“讲某县故事,为家乡代言”征文活动获奖作品——村里有了公众号
某某网 发布日期:18-01-16 16:53:12 点击次数:  来源:

        春节期间回某县乡下老家省亲。午饭后,父亲拿着智能手机玩得正欢。
"""
    assert [d.title for d in _docs(text)] == ["“讲某县故事，为家乡代言”征文活动获奖作品——村里有了公众号"]


# --------------------------------------------------------------------------- a labelled menu line over the headline

MENU_PAGE = """{menu}
当前位置: 首页巢湖快讯

某某乡第九届人民代表大会第四次会议胜利召开

发布时间:2017-03-29 11:46:39 来源:本站 阅读次数:1407

3月28日,某某乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。
"""


@pytest.mark.parametrize(
    "menu",
    [
        "乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇 中垾镇 黄麓镇 烔炀镇 银屏镇 散兵镇 槐林镇 坝镇 中庙街道 卧牛山街道 凤凰山街道 天河街道 亚父街道",
        "友情链接： 中国政府网 安徽省政府 合肥市政府 巢湖市人大 巢湖市政协 巢湖新闻网 巢湖电视台 巢湖日报 巢湖发布 巢湖文明网",
        "部门网站: 发改委 教育局 科技局 公安局 民政局 司法局 财政局 人社局 自然资源局 生态环境局 住建局 交通局 水务局",
        "热门站点：世界资料网 专利资料网 法律资料网 标准资料网 医学资料网 文学资料网 论文资料网 软件资料网 教育资料网",
    ],
)
def test_labelled_menu_line_is_no_prose_over_the_headline(menu: str) -> None:
    docs = _docs(MENU_PAGE.format(menu=menu))
    assert [d.title for d in docs] == ["某某乡第九届人民代表大会第四次会议胜利召开"]
    assert docs[0].date == "2017-03-28"


@pytest.mark.parametrize(
    "line",
    [
        "任命： 张三 李四 王五 赵六 钱七 孙八",
        "成员： 张三 李四 王五 赵六 钱七 孙八",
        "出席会议的有： 张三 李四 王五 赵六 钱七",
        "各乡镇人民政府，县直各单位： 现将有关事项通知如下",
    ],
)
def test_lists_of_people_under_a_label_are_no_menu(line: str) -> None:
    from gazette_extract.layout.chrome import is_menu_line

    assert not is_menu_line(line)


# --------------------------------------------------------------------------- a printed title wrapped after an enclosed rule's kind

WRAPPED_PAGE = """索引号: | 113417030032499282/202011-00140 | 组配分类: | 公共法律服务 |
发布机构: | 某某镇人民政府 | 主题分类: | 其他 |
名称: | 关于印发某某省行政执法公示办法某某省行政执法全过程记录办法的通知 | 文号: | 无 |
生成日期: | 2020-11-14 | 发布日期: | 2020-11-14 |
某法办发〔2020〕14号
{issuer}
{lines}
各市委全面依法治市委员会,省直有关单位:
现将《某某省行政执法公示办法》《某某省行政执法全过程记录办法》印发给你们,请结合实际认真贯彻执行。
{issuer}
2020年8月17日
"""


@pytest.mark.parametrize(
    "lines",
    [
        "关于印发某某省行政执法公示办法\n某某省行政执法全过程记录\n办法的通知",
        "关于印发某某省行政执法公示办法\n某某省行政执法全过程记录办法的通知",
        "关于印发某某省行政执法公示办法某某省\n行政执法全过程记录办法的通知",
    ],
)
@pytest.mark.parametrize("issuer", ["中共某某省委全面依法治省委员会办公室", "中共某某省委全面依法治省委員會辦公室"])
def test_printed_title_wrapped_after_a_rules_kind_is_whole(lines: str, issuer: str) -> None:
    docs = _docs(WRAPPED_PAGE.format(lines=lines, issuer=issuer))
    assert [d.title for d in docs] == [
        "中共某某省委全面依法治省委员会办公室关于印发某某省行政执法公示办法某某省行政执法全过程记录办法的通知"
    ]


def test_wrapped_lines_that_leave_the_metadata_title_are_not_taken() -> None:
    text = WRAPPED_PAGE.format(
        issuer="中共某某省委全面依法治省委员会办公室", lines="关于印发某某省行政执法公示办法\n各单位要认真组织学习"
    )
    docs = _docs(text)
    assert docs and docs[0].title == "关于印发某某省行政执法公示办法某某省行政执法全过程记录办法的通知"


# --------------------------------------------------------------------------- a summary that is the whole story

SUMMARY_PAGE = """当前位置:首页 > 滚动图新闻 > 正文

某区森林防火工作电视电话会议召开

发布日期:2022-10-24 18:42
{key}  10月22日,某区森林防火工作电视电话会议召开,传达学习有关精神。区委书记张某出席并讲话。
{after}"""


@pytest.mark.parametrize("key", ["摘要:", "摘要：", "导读：", "内容提要:", "【摘要】"])
def test_summary_that_is_the_whole_story_dates_it(key: str) -> None:
    docs = _docs(SUMMARY_PAGE.format(key=key, after=""))
    assert docs and docs[0].date == "2022-10-22"


def test_story_under_the_summary_dates_itself() -> None:
    after = "\n10月23日上午,某区召开森林防火工作推进会,部署有关工作。\n"
    docs = _docs(SUMMARY_PAGE.format(key="摘要:", after=after))
    assert docs and docs[0].date == "2022-10-23"
