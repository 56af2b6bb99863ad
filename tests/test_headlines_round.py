"""Headlines round (issue 9, session 14): pages with a headline and no record.

The whole-text fallback (layout.documents.fallback_span) reads such a page, and the pipeline keeps
it only when some evidence says the page prints a document of its own (records, a number, a
signature, or a news story: a headline over its publish line or its lead). The classes here are
ways of printing that evidence that the tool did not read, and site chrome that must never become
a title:

* a story's lead that opens it only right under a headline (layout.news.opens_headline_lead): an
  undated opener (近日，/ 日前，/ 连日来，…), a purpose clause (为进一步…，/ 为了切实…，), the day the news was learnt (11月25日获悉，/ 记者从…
  获悉，), an event over days (10月19-20日，/ 7月17—19日，/ 6月13日至14日，), a day with its clock
  time (7月24日15时13分，), a subject and today's day in brackets (今（29）日 / 昨(3)日, Taiwan's
  and Hong Kong's press), and the headline printed again at the lead's start;
* publish lines: 编辑日期：… and the outlet, the date and the view count (临报融媒 2022-09-09
  阅读次数：4313), never a title;
* site chrome: a portal's login bar (登录/注册 用户中心 支持IPV6) and a law database's status line
  (现行有效/2021年2月2日发布/2021年2月2日施行);
* an announcement (通告 / 公告 / 通知 / 通报) printed whole under its title: its basis, then its
  numbered points;
* an untitled notice that issues itself (现将…通知如下 / 特此公告 / 现予公布) and dates itself on its last
  line, unsigned: a document by its date;
* a page that prints its byline block twice (its desktop and mobile heads: 发布时间： / date / 信息来源： /
  source / 分享到：) between the headline and the story.

Negative rows: pages that must give no document (a story without a headline opening on 近日，, a
novel's chapter, a keyword page, a law database's list) and lines that are no lead or no chrome.
Every text is synthetic, written in the forms pages print; none comes from a held-out text.
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.chrome import is_site_chrome
from gazette_extract.layout.news import opens_headline_lead, publish_date
from gazette_extract.pipeline import extract_str

# --------------------------------------------------------------------------- leads under a headline

LEADS = [
    pytest.param("近日，某某镇组织机关干部开展爱国卫生活动。", id="jinri-fullwidth"),
    pytest.param("近日,某某镇组织机关干部开展爱国卫生活动。", id="jinri-ascii-comma"),
    pytest.param("日前，某某社区居委会联合结对单位开展志愿服务。", id="riqian"),
    pytest.param("连日来，某某县各级各部门深入开展安全生产大检查。", id="lianrilai"),
    pytest.param("今年以来，某某县河长制工作扎实推进。", id="jinnian-yilai"),
    pytest.param("前不久，我区召开了重点项目现场推进会。", id="qianbujiu"),
    pytest.param("11月25日获悉，第二届某某改革奖近日揭晓。", id="day-huoxi"),
    pytest.param("记者从市教育局获悉，今年秋季学期将于9月1日开学。", id="reporter-cong-huoxi"),
    pytest.param("记者11月25日从省文旅厅获悉，今年将举办非遗展示活动。", id="reporter-day-cong-huoxi"),
    pytest.param("10月19-20日，某某会长赴某某经济技术开发区参加联席会议。", id="days-hyphen"),
    pytest.param("7月17—19日，某某省教育宣传通联总站业务培训班举办。", id="days-dash"),
    pytest.param("6月13日至14日，某某市举办非遗宣传展示活动。", id="days-zhi"),
    pytest.param("7月24日15时13分，某某县防汛抗旱指挥部发布紧急通知。", id="day-clock"),
    pytest.param("5月12日14时28分，某某县发生地震。", id="day-clock-2"),
    pytest.param("某某台风今（29）日8时30分发布海上台风警报。", id="subject-jin-day"),
    pytest.param("县府昨(3)日表示，将加强防汛准备。", id="subject-zuo-day-ascii"),
    pytest.param("本报讯（记者 张三）5月4日，某某区召开会议。", id="already-benbaoxun"),
    pytest.param("为进一步做好安全生产工作，某某县召开全县安全生产工作会议。", id="purpose-jinyibu"),
    pytest.param("为了切实加强森林防火工作,某某镇开展专项检查。", id="purpose-weile-ascii-comma"),
    pytest.param("为庆祝建党100周年，某某社区举办文艺汇演。", id="purpose-qingzhu"),
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_lead_opens_a_story_under_its_headline(lead: str) -> None:
    assert opens_headline_lead(lead)


NOT_LEADS = [
    pytest.param("近日召开的全县工作会议要求，各地要狠抓落实。", id="jinri-no-comma"),
    pytest.param("据悉，今年全县共完成植树造林5万亩。", id="jux-not-an-opener"),
    pytest.param("为什么要开展这项工作？", id="weishenme-question"),
    pytest.param("为民服务是宗旨，这一点毋庸置疑。", id="wei-not-purpose-verb"),
    pytest.param("为进一步加强安全生产工作。", id="purpose-without-comma"),
    pytest.param("2022-09-09 阅读次数：4313", id="publish-line"),
    pytest.param("会议强调，要切实提高政治站位。", id="story-body"),
    pytest.param("第一章 总则", id="chapter"),
    pytest.param("《特区公报》昨(3)日刊登第22/2018号行政法规", id="gazette-in-brackets-is-no-subject"),
]


@pytest.mark.parametrize("line", NOT_LEADS)
def test_not_a_lead(line: str) -> None:
    assert not opens_headline_lead(line)


HEADLINE_AGAIN = [
    pytest.param(
        "某某县防汛抗旱指挥部紧急下发撤离行洪区村庄人员的通知",
        "某某县防汛抗旱指挥部紧急下发撤离行洪区村庄人员的通知7月24日15时13分，县委书记发布紧急通知：",
        True,
        id="glued-clock",
    ),
    pytest.param(
        "我县召开三秋暨秸秆禁烧工作动员会",
        "我县召开三秋暨秸秆禁烧工作动员会 9月21日上午，我县召开动员会。",
        True,
        id="spaced-day",
    ),
    pytest.param(
        "我县召开三秋暨秸秆禁烧工作动员会",
        "我县召开三秋暨秸秆禁烧工作动员会的精神要认真贯彻。",
        False,
        id="headline-again-then-prose",
    ),
    pytest.param("会议", "会议7月24日，县委召开会议。", False, id="short-headline-not-stripped"),
]


@pytest.mark.parametrize(("headline", "line", "opens"), HEADLINE_AGAIN)
def test_the_headline_printed_again_at_the_leads_start(headline: str, line: str, opens: bool) -> None:
    assert opens_headline_lead(line, headline) is opens


# --------------------------------------------------------------------------- publish lines and chrome

PUBLISH_LINES = [
    pytest.param("编辑日期：2013/9/4作者：某某街道 来源：区委部门", "2013-09-04", id="bianji-riqi"),
    pytest.param("编辑日期:2013-09-04 来源:某某新闻中心", "2013-09-04", id="bianji-riqi-ascii"),
    pytest.param("编辑时间：2019年6月4日 10:12", "2019-06-04", id="bianji-shijian"),
    pytest.param("添加时间：2020-05-28 09:00:00 点击数：12", "2020-05-28", id="tianjia-shijian"),
    pytest.param("临报融媒 2022-09-09 阅读次数: 4313", "2022-09-09", id="outlet-date-count"),
    pytest.param("临报融媒2022-09-09阅读次数： 4313", "2022-09-09", id="outlet-date-count-glued"),
    pytest.param("某某县融媒体中心 2021-03-05 10:20 浏览量：88", "2021-03-05", id="outlet-date-time-count"),
    pytest.param("2022年08月26日 阅读量:10", "2022-08-26", id="date-count-unchanged"),
]


@pytest.mark.parametrize(("line", "iso"), PUBLISH_LINES)
def test_publish_lines(line: str, iso: str) -> None:
    assert publish_date(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某某县召开会议，2022-09-09阅读文件：", id="a-sentence"),
        pytest.param("编辑：张三", id="editor-no-date"),
        pytest.param("2022年9月9日，某某县召开全县工作会议。", id="a-lead"),
    ],
)
def test_not_publish_lines(line: str) -> None:
    assert publish_date(line) is None


CHROME = [
    pytest.param("登录/注册 用户中心 支持IPV6", id="login-bar-ipv6"),
    pytest.param("登录 | 注册 | 个人中心", id="login-bar-personal"),
    pytest.param("本网站已支持IPv6", id="ipv6-badge"),
    pytest.param("会员中心 退出", id="member-centre"),
    pytest.param("现行有效/2021年2月2日发布/2021年2月2日施行", id="law-status-valid"),
    pytest.param("尚未生效/2021年1月26日发布/2021年5月1日施行", id="law-status-not-yet"),
    pytest.param("2022年5月24日发布/2022年5月24日实施", id="law-status-no-word"),
    pytest.param("已被修改 / 2019-12-28发布 / 2020-07-01施行", id="law-status-iso-spaced"),
    pytest.param("已废止｜2010.03.01发布｜2010.05.01生效", id="law-status-bars-dots"),
]


@pytest.mark.parametrize("line", CHROME)
def test_site_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某某县人民政府关于2021年部分节假日安排的通知", id="a-title"),
        pytest.param("用户中心建设项目招标公告", id="user-centre-project-title"),
        pytest.param("本条例自2021年6月1日起施行", id="an-article"),
        pytest.param("2021年2月9日发布的通知要求各地加强管理", id="prose-with-dates"),
    ],
)
def test_not_chrome(line: str) -> None:
    assert not is_site_chrome(line)


# --------------------------------------------------------------------------- pages end to end


def _titles(text: str) -> list[str | None]:
    return [d["title"] for d in extract_str(text)["documents"]]


HEADLINE_PAGES = [
    pytest.param(
        "当前位置：首页 > 乡镇动态\n某某镇开展爱国卫生运动\n近日，某某镇全体机关职工到某某村开展爱国卫生劳动。\n"
        "活动期间，机关职工对公路沿线地面、水沟进行了集中清理。",
        "某某镇开展爱国卫生运动",
        id="breadcrumb-headline-jinri",
    ),
    pytest.param(
        "某某省教育宣传通联总站第二期业务培训班圆满结束\n\n7月17—19日，某某省教育宣传通联总站第二期业务培训班在某某县举办，"
        "本次培训旨在提高全省教育系统新聞宣传工作水平，加强各级通联站之间的交流与互动。\n\n"
        "培训期间，参训人员还接受了党性教育。",
        "某某省教育宣传通联总站第二期业务培训班圆满结束",
        id="headline-days-lead-glued-by-joiner",
    ),
    pytest.param(
        "某某市举办非遗宣传展示活动\n\n6月13日至14日，某某市在某某古城举办非遗宣传展示活动。",
        "某某市举办非遗宣传展示活动",
        id="headline-days-zhi-lead",
    ),
    pytest.param(
        "某某县召开全县安全生产工作会议\n为进一步做好安全生产工作，确保全县安全形势稳定，某某县召开全县安全生产工作会议。\n"
        "会议传达学习了上级有关会议精神。",
        "某某县召开全县安全生产工作会议",
        id="headline-purpose-lead",
    ),
    pytest.param(
        "某某縣開展森林防火專項檢查\n為了切實加強森林防火工作，某某縣林業局開展專項檢查。\n檢查組深入各鄉鎮。",
        "某某县开展森林防火专项检查",
        id="traditional-purpose-lead",
    ),
    pytest.param(
        "某某县召开秋季学期开学工作会议\n记者从县教育局获悉，全县秋季学期开学工作会议日前召开。",
        "某某县召开秋季学期开学工作会议",
        id="headline-reporter-huoxi",
    ),
    pytest.param(
        "首頁 > 新聞\n颱風下週距台最近 災害應變中心提醒民眾注意\n編輯張三/編輯小組\n"
        "某某颱風今（29）日8時30分發布海上颱風警報，中央災害應變中心也於今日召開工作會報。",
        "台风下周距台最近灾害应变中心提醒民众注意",
        id="traditional-jin-day",
    ),
    pytest.param(
        "某某县防汛抗旱指挥部紧急下发撤离行洪区村庄人员的通知\n"
        "某某县防汛抗旱指挥部紧急下发撤离行洪区村庄人员的通知7月24日15时13分，县委书记发布紧急通知：各战区指挥长要马上撤离人员。",
        "某某县防汛抗旱指挥部紧急下发撤离行洪区村庄人员的通知",
        id="headline-twice-glued-lead",
    ),
    pytest.param(
        "当前位置：某某新闻\n第二届某某改革奖揭晓 省委省政府予以通报表彰\n【 字体大小：\n第二届某某改革奖揭晓\n"
        "省委省政府予以通报表彰\n11月25日获悉，第二届某某改革奖近日揭晓，省委省政府对获奖项目通报表彰。",
        "第二届某某改革奖揭晓省委省政府予以通报表彰",
        id="headline-chrome-headline-again-huoxi",
    ),
    pytest.param(
        "您的当前位置：首页 > 街道社区\n某某街道力推社区志愿服务广场建设\n编辑日期：2013/9/4 作者：某某街道 来源：区新闻中心\n"
        "为扎实推进社区志愿服务广场建设工作，某某街道以某某社区为试点，增建了志愿服务广场。",
        "某某街道力推社区志愿服务广场建设",
        id="bianji-riqi-publish-line",
    ),
    pytest.param(
        "某某镇交通管制通告\n根据某某镇疫情防控处置工作指挥部的要求，现对镇区所有道路实施交通管制。\n"
        "一、交通管制时间\n2022年8月16日08时起。\n二、交通管制区域\n镇区所有道路。",
        "某某镇交通管制通告",
        id="announcement-outline",
    ),
    pytest.param(
        "某某县关于调整城区停车收费标准的公告\n为规范城区停车秩序，经研究，现将有关事项公告如下：\n"
        "（一）调整范围\n城区主要道路。\n（二）收费标准\n每小时2元。",
        "某某县关于调整城区停车收费标准的公告",
        id="announcement-bracket-outline",
    ),
]


BYLINE_TWICE = [
    pytest.param("发布时间：\n2025-05-22 10:03\n信息来源：\n某某融媒\n分享到：", id="keys-on-own-lines"),
    pytest.param("发布时间：2025-05-22 10:03\n信息来源：某某县政府办\n分享到：", id="keys-with-values"),
    pytest.param("发布日期：\n2025-05-22\n来源：\n本站", id="fabu-riqi-laiyuan"),
]


@pytest.mark.parametrize("byline", BYLINE_TWICE)
def test_a_byline_block_printed_twice_under_the_headline(byline: str) -> None:
    text = (
        "欢迎访问某某县人民政府！\n当前位置： 首页>新闻中心>乡镇动态\n全县生态保护大会暨专项整治工作推进会议召开\n"
        f"{byline}\n{byline}\n5月21日，全县生态保护大会暨专项整治工作推进会议召开。副县长主持会议并讲话。"
    )
    assert _titles(text) == ["全县生态保护大会暨专项整治工作推进会议召开"]


_BAN_BODY = "为保护环境，现就有关事项通告如下。\n一、全市范围内禁止燃放烟花爆竹。\n二、本通告自发布之日起施行。\n"


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        pytest.param(
            "某某市人民政府关于禁止燃放烟花爆竹的通告\n" + _BAN_BODY,
            [("某某市人民政府关于禁止燃放烟花爆竹的通告", None, None)],
            id="unsigned",
        ),
        pytest.param(
            "某某市人民政府关于禁止燃放烟花爆竹的通告\n" + _BAN_BODY + "某某市人民政府\n",
            [("某某市人民政府关于禁止燃放烟花爆竹的通告", None, None)],
            id="undated",
        ),
        # a body's serial head alone (某县人民政府通告: no subject), unsigned: no document (tests/test_plans_and_notices_alone)
        pytest.param("某县人民政府通告\n" + _BAN_BODY, [], id="bare-serial-head-unsigned"),
        # a website's name over a date: a repost's stamp, whose date is no document's (round 7's row stands)
        pytest.param(
            "某某市人民政府关于禁止燃放烟花爆竹的通告\n" + _BAN_BODY + "某某新闻网\n2021年12月20日\n",
            [],
            id="site-signed",
        ),
    ],
)
def test_an_announcement_over_its_points(text: str, documents: list[tuple[str | None, ...]]) -> None:
    got = [(d["title"], d["issuer"], d["date"]) for d in extract_str(text)["documents"]]
    assert got == documents


@pytest.mark.parametrize(("text", "title"), HEADLINE_PAGES)
def test_a_page_with_a_headline_is_a_document(text: str, title: str) -> None:
    assert _titles(text) == [title]


NO_DOCUMENT_PAGES = [
    pytest.param(
        "近日，某某镇全体机关职工到某某村开展爱国卫生劳动。\n活动期间，机关职工对公路沿线地面进行了集中清理。",
        id="story-without-headline",
    ),
    pytest.param(
        "第104章 连江座谈会(2 / 2)\n近日，县长在座谈会上讲话，大家都听得到。\n他又不是不知道，西丰县的旅游景点是什么情况。",
        id="novel-chapter",
    ),
    pytest.param(
        "为进一步做好安全生产工作，某某县召开全县安全生产工作会议。\n会议强调，要切实提高政治站位。",
        id="purpose-lead-without-headline",
    ),
    pytest.param(
        "某某镇2023年工作要点\n今年以来，全镇上下认真贯彻县委县政府的决策部署，各项工作取得新进展。\n"
        "下面是小编为大家整理的某某镇2023年工作要点，供大家参考。",
        id="kind-title-over-undated-opening",
    ),
    pytest.param(
        "某县召开春季森林防火会议\n各乡镇人民政府，县政府各部门：\n为做好今年春季森林防火工作，现将有关事项通知如下。",
        id="purpose-clause-under-addressees",
    ),
    pytest.param("生猪调出大县奖励资金管理办法2018", id="keyword-page"),
    pytest.param(
        "第八十一章 我非病貓\n趙國棟坐在沙發上懶洋洋的看著新聞。\n日前，縣委副書記在馬首區工作。",
        id="novel-trad-chapter",
    ),
    pytest.param(
        "2021年2月9日\n尚未生效/2021年2月9日发布/2021年6月1日施行\n2021年2月2日\n现行有效/2021年2月2日发布/2021年2月2日施行\n"
        "2020年12月22日\n现行有效/2020年12月22日发布/2021年2月1日施行",
        id="law-database-list",
    ),
    pytest.param(
        "欢迎访问某某县人民政府！\n登录/注册 用户中心 支持IPV6\n日前，某某县召开全县工作会议，部署下一阶段工作。",
        id="chrome-then-untitled-lead",
    ),
    pytest.param(
        "中国某某网5月21日某某消息 日前，为了进一步加强对台工作的领导，中共某某县委调整充实了对台工作领导小组。",
        id="dateline-glued-to-undated-lead",
    ),
]


@pytest.mark.parametrize("text", NO_DOCUMENT_PAGES)
def test_a_page_without_a_headline_gives_nothing(text: str) -> None:
    assert _titles(text) == []


DATED_NOTICES = [
    pytest.param(
        "根据上级通知精神，现将2020年春节放假安排通知如下：\n1月24日至30日放假调休，共7天。\n"
        "节假日期间，各单位要妥善安排好值班工作。\n2020年1月16日",
        "2020-01-16",
        id="tongzhi-ruxia",
    ),
    pytest.param(
        "为规范城区停车秩序，现就有关事项公告如下：\n城区主要道路实行限时停车。\n特此公告。\n2021年3月5日",
        "2021-03-05",
        id="tecigonggao",
    ),
    pytest.param(
        "经评审，下列单位被评为2019年度文明单位，现予公布。\n某某县人民医院、某某县第一中学。\n二〇二〇年一月十六日",
        "2020-01-16",
        id="xianyugongbu-chinese-numerals",
    ),
    pytest.param(
        "現將2020年春節放假安排通知如下：\n1月24日至30日放假調休，共7天。\n請遵照執行。\n2020年1月16日",
        "2020-01-16",
        id="traditional",
    ),
]


@pytest.mark.parametrize(("text", "date"), DATED_NOTICES)
def test_an_untitled_notice_dated_on_its_last_line(text: str, date: str) -> None:
    documents = extract_str(text)["documents"]
    assert [(d["title"], d["date"]) for d in documents] == [(None, date)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "某某县召开全县工作会议，部署下一阶段工作。\n会议强调，要切实提高政治站位。\n2020年1月16日",
            id="story-ending-in-a-date",
        ),
        pytest.param(
            "现将2020年春节放假安排通知如下：\n1月24日至30日放假调休，共7天。\n2020年1月16日\n相关链接：某某县政府网",
            id="date-not-last",
        ),
        pytest.param("现将有关事项通知如下：\n1月24日至30日放假调休。", id="undated"),
    ],
)
def test_no_dated_untitled_notice(text: str) -> None:
    assert extract_str(text)["documents"] == []


def test_rows_are_unique() -> None:
    for rows in (
        LEADS,
        NOT_LEADS,
        PUBLISH_LINES,
        CHROME,
        BYLINE_TWICE,
        HEADLINE_PAGES,
        NO_DOCUMENT_PAGES,
        DATED_NOTICES,
    ):
        ids = [row.id for row in rows]
        assert len(ids) == len(set(ids))
