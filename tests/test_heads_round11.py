"""Document heads of the session-11 dev texts (issue 9, s11-heads11): titles, dates and issuers of
the layout families the new dev texts of corpus parts U, V and W showed, each across its forms,
with the rows that must give nothing or must not change.

* a disclosure block (``发布日期：… 点击量：`` / ``索 引 号：… 发布机构：… 成文日期：``) with a numbered
  section heading (``一、起草背景``, ``（一）…``, ``1. …``) or a lone label (``公开程序``, ``正文``) under it:
  that line was taken as the title — the headline above the block is the title when it is a policy
  interpretation's (``《〈X〉Y》政策解读``, ``关于对《X》的解读``), else none;
* a headline behind a category label joined by a box-drawing bar (``文字解读┃关于对…的解读``): the label
  is not part of the title (SOURCES-W); the Han ``丨`` stays (earlier parts label ``快讯丨…`` whole).
"""

from __future__ import annotations

import pytest

from gazette_extract import parse_text

BODY = (
    "2024年1月17日至19日，某某市第十六届人民代表大会第三次会议召开，会议听取、审议并通过了《政府工作报告》，"
    "提出了2024年政府工作总体目标和重点任务，现解读如下。"
)
BYLINE_KEYS = "发布日期：2024-04-02 15:35 点击量：10\n\n来源：某某市政府办"
BYLINE_KEYS_ASCII = "发布日期:2024-04-02 15:35 点击量:10\n\n来源:某某市政府办"
DISCLOSURE_KEYS = (
    "索 引 号： abc/2023-0000196 主 题 词： 其他 公开方式： 主动公开\n\n"
    "文 号： 发布机构： 某某县人民政府办公室 发布日期： 2023-03-06\n\n"
    "浏览次数： 有 效 性： 成文日期： 2023-03-06"
)


def _page(head: str, keys: str, under: str) -> str:
    return f"无障碍浏览 长者模式\n\n{head}\n\n{keys}\n\n{under}\n\n{BODY}\n"


def _heads(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.title, d.date, d.issuer) for d in parse_text(text).documents]


INTERPRETATION_HEADS = [
    pytest.param("《〈政府工作报告〉2024年重点工作任务分工方案》政策解读", id="quoted-name-then-zhengce-jiedu"),
    pytest.param("关于对某某县《<政府工作报告>重点工作分工方案》的解读", id="guanyudui-angle-inner"),
    pytest.param("关于对某某县防汛应急预案的解读", id="guanyudui-unquoted"),
    pytest.param("《某某县防汛应急预案》解读", id="quoted-name-then-jiedu"),
]
UNDER_LINES = [
    pytest.param("一、起草背景", id="cn-numbered"),
    pytest.param("（一）工作目标", id="paren-cn"),
    pytest.param("(一)工作目标", id="ascii-paren-cn"),
    pytest.param("1. 总体要求", id="arabic-dot"),
    pytest.param("１．总体要求", id="fullwidth-arabic"),
    pytest.param("公开程序", id="label"),
    pytest.param("正 文", id="spaced-label"),
]


@pytest.mark.parametrize("under", UNDER_LINES)
@pytest.mark.parametrize("head", INTERPRETATION_HEADS)
def test_interpretation_headline_over_byline_block(head: str, under: str) -> None:
    for keys in (BYLINE_KEYS, BYLINE_KEYS_ASCII):
        assert _heads(_page(head, keys, under)) == [(head, None, None)]


@pytest.mark.parametrize("under", UNDER_LINES)
@pytest.mark.parametrize("head", INTERPRETATION_HEADS)
def test_interpretation_headline_over_disclosure_block_keeps_its_fields(head: str, under: str) -> None:
    assert _heads(_page(head, DISCLOSURE_KEYS, under)) == [(head, "2023-03-06", "某某县人民政府办公室")]


@pytest.mark.parametrize(
    ("label", "bar"),
    [
        pytest.param("文字解读", "┃", id="heavy-box-bar"),
        pytest.param("政策解读", "│", id="light-box-bar"),
        pytest.param("图文解读", " ┃ ", id="spaced-bar"),
    ],
)
def test_category_label_joined_by_a_box_bar_is_no_part_of_the_title(label: str, bar: str) -> None:
    title = "关于对某某县《<政府工作报告>重点工作分工方案》的解读"
    assert _heads(_page(label + bar + title, DISCLOSURE_KEYS, "公开程序")) == [
        (title, "2023-03-06", "某某县人民政府办公室")
    ]


# Rows that must not change: a real title under the block is still the title; a numbered line or a
# short line that names a document's kind is no label; a headline that is no interpretation is not
# taken from above the block; the Han 丨 after a news label stays in the title.
@pytest.mark.parametrize(
    ("under", "expected_title"),
    [
        pytest.param("关于印发某某县防汛应急预案的通知", "关于印发某某县防汛应急预案的通知", id="printed-title"),
        pytest.param("政府工作报告", "政府工作报告", id="short-title-of-a-kind"),
        pytest.param("某某县防汛应急预案", "某某县防汛应急预案", id="plan-title"),
    ],
)
def test_printed_title_under_the_block_is_still_read(under: str, expected_title: str) -> None:
    docs = _heads(_page("某某县召开防汛工作会议", DISCLOSURE_KEYS, under))
    assert [d[0] for d in docs] == [expected_title]


@pytest.mark.parametrize("under", ["公开程序", "正 文", "一、起草背景"])
@pytest.mark.parametrize("head", [pytest.param("政策解读", id="column-word-alone"), pytest.param("", id="none")])
def test_no_headline_gives_no_title_from_a_label(head: str, under: str) -> None:
    assert [d[0] for d in _heads(_page(head, DISCLOSURE_KEYS, under))] in ([], [None])


@pytest.mark.parametrize("prefix", ["快讯丨", "世界最资讯丨"])
def test_han_bar_after_a_news_label_stays(prefix: str) -> None:
    from gazette_extract.layout.recognize import clean_title

    assert (
        clean_title(prefix + "某某市第十六届人民代表大会第六次会议开幕")
        == prefix + "某某市第十六届人民代表大会第六次会议开幕"
    )


# --- a signature above a date that lost its marks ---------------------------------------------
# 202136 / 201276 / 2018516日 under the signature: the date when its month and day split one way only
# (SOURCES-V: 201276 = 2012-07-06; SOURCES-W: 2018516日, whose signature was missed too); two readings
# give none (the brief: 2024115 = 1-15 or 11-5), as does a part with a leading zero, and a text whose
# converter dropped its numbers (县届人民代表大会…第会议: earlier parts label 202256 none there).


def _notice(date: str, extra: str = "") -> str:
    return (
        "某某县人民政府办公室关于印发某某县地质灾害应急预案的通知\n\n各乡镇人民政府，县直各部门：\n\n"
        f"现将《某某县地质灾害应急预案》印发给你们，请认真贯彻执行。{extra}\n\n"
        f"某某县人民政府办公室\n\n{date}\n\n（此件公开发布）\n"
    )


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("202136", "2021-03-06", id="six-digits"),
        pytest.param("201276", "2012-07-06", id="six-digits-above-2012"),
        pytest.param("2017919", "2017-09-19", id="seven-one-reading"),
        pytest.param("2021131", "2021-01-31", id="seven-13-is-no-month"),
        pytest.param("2018516日", "2018-05-16", id="day-mark-kept"),
        pytest.param("    2018516日", "2018-05-16", id="indented"),
        pytest.param("２０２１３６", "2021-03-06", id="fullwidth-digits"),
        pytest.param("20210306", "2021-03-06", id="eight-padded"),
        pytest.param("2024115", None, id="two-readings-1-15-or-11-5"),
        pytest.param("2019127", None, id="two-readings-1-27-or-12-7"),
        pytest.param("2021306", None, id="leading-zero-day"),
        pytest.param("202010", None, id="day-zero"),
    ],
)
def test_signature_over_a_date_that_lost_its_marks(printed: str, expected: str | None) -> None:
    docs = parse_text(_notice(printed)).documents
    assert [(d.date, d.issuer) for d in docs] == [(expected, "某某县人民政府办公室")]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param("经县届人民代表大会常务委员会第会议审议通过。", None, id="ordinals-dropped"),
        pytest.param("请于第次会议前报送。", None, id="di-ci-dropped"),
        pytest.param("届时请各单位派员参加。", "2021-03-06", id="jieshi-is-a-word"),
        pytest.param("经县第十七届人民代表大会常务委员会第五次会议审议通过。", "2021-03-06", id="ordinals-kept"),
    ],
)
def test_digit_run_is_no_date_where_the_converter_dropped_numbers(extra: str, expected: str | None) -> None:
    docs = parse_text(_notice("202136", extra)).documents
    assert [d.date for d in docs] == [expected]


def test_digit_run_in_the_body_is_no_date() -> None:
    text = "某某县人民政府办公室关于印发某某县地质灾害应急预案的通知\n\n各乡镇人民政府：\n\n2021年共排查隐患点202136处，现将预案印发给你们。\n"
    assert [d.date for d in parse_text(text).documents] in ([], [None])


# --- a headline printed twice, run together into one line ----------------------------------------
# X / X on lines a blank or more apart (or one space apart) over the publish line, joined into one
# paragraph by the converter (bjxch): the title once. A title that only repeats a part is left whole.
TWICE_TITLE = "2020年某某区政府工作报告重点工作全年完成情况"
TWICE_BODY = (
    "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委某某区地区生产总值增速由年初设定的6%左右"
    "调整为正增长，全年完成情况良好。"
)


@pytest.mark.parametrize(
    "sep",
    [
        pytest.param("\n\n", id="blank"),
        pytest.param("\n", id="newline"),
        pytest.param("\n\n\n", id="two-blanks"),
        pytest.param(" ", id="space"),
    ],
)
@pytest.mark.parametrize("publish", ["发布时间：2021-03-08", "发布时间:2021-03-08 10:00"])
def test_headline_printed_twice_and_joined_is_one_title(sep: str, publish: str) -> None:
    text = f"北京市某某区人民政府\n\n信息详情\n{TWICE_TITLE}{sep}{TWICE_TITLE}\n\n\n{publish}\n\n\n{TWICE_BODY}\n"
    assert [d.title for d in parse_text(text).documents] == [TWICE_TITLE]


@pytest.mark.parametrize("title", ["某某区重点工作某某区重点工作完成", "完成情况完成情况"])
def test_a_title_that_repeats_a_part_is_not_halved(title: str) -> None:
    from gazette_extract.layout.documents import _once

    assert _once(title) == title


# --- a publish key alone on its line, its value on the next -----------------------------------------
# 公开日期 / 2024-07-09 (keys and values on alternate lines, no colon: xianggelila): the publish day was
# read as the signature's date; it is none. 成文日期 / value still gives the date (the key says so).
KEY_PAGE_TITLE = "某某乡森林火灾应急预案"


def _key_page(key: str, value: str) -> str:
    return (
        f"政府信息公开\n\n索引号\n\n01528662XE/202300233\n\n文号\n\n来源\n\n某某乡\n\n{key}\n\n{value}\n\n"
        f"{KEY_PAGE_TITLE}\n\n发布时间：2024-07-09 10:56浏览次数：755\n\n{KEY_PAGE_TITLE}\n\n1总则\n\n"
        "1.1目的为贯彻落实森林防火工作方针，建立统一、快速、协调、高效的森林火灾应急处置机制，有效预防和处置森林火灾。\n"
    )


@pytest.mark.parametrize("value", ["2024-07-09", "2024年7月9日", "2024/07/09"])
@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("公开日期", None, id="gongkai-riqi"),
        pytest.param("公 开 日 期", None, id="spaced-key"),
        pytest.param("发布日期", None, id="fabu-riqi"),
        pytest.param("发布时间", None, id="fabu-shijian"),
        pytest.param("公开时间", None, id="gongkai-shijian"),
        pytest.param("生成日期", None, id="shengcheng-riqi"),
        pytest.param("成文日期", "2024-07-09", id="chengwen-riqi-is-the-date"),
    ],
)
def test_publish_key_over_its_value_gives_no_date(key: str, value: str, expected: str | None) -> None:
    assert [(d.title, d.date) for d in parse_text(_key_page(key, value)).documents] == [(KEY_PAGE_TITLE, expected)]


def test_signature_over_its_date_is_still_read() -> None:
    assert [(d.date, d.issuer) for d in parse_text(_notice("2021年3月6日")).documents] == [
        ("2021-03-06", "某某县人民政府办公室")
    ]


# --- a town's site reposting its county's notice --------------------------------------------------
# 发布机构：某某镇人民政府 over an unsigned county notice to 各乡镇人民政府 (jk9a): the town did not issue
# it (SOURCES-U); a notice to the town's own villages or offices keeps the town.
def _repost(publisher: str, recipients: str, signer: str = "") -> str:
    return (
        f"某某县某某镇人民政府\n\n索引号： 1134/202006-00018\n\n发布机构： {publisher}\n\n"
        "名称： 关于印发某某县防汛抗旱应急预案的通知\n\n发布日期： 2020-06-19\n\n"
        f"关于印发某某县防汛抗旱应急预案的通知\n\n{recipients}\n\n"
        "《某某县防汛抗旱应急预案》已修订，经县政府同意，现印发给你们，请结合实际，认真贯彻实施。\n\n"
        f"{signer}2020年6月17日\n"
    )


REPOST_ROWS = [
    pytest.param("某某县某某镇人民政府", "各乡镇人民政府，县防指成员单位：", None, id="town-to-xiangzhen"),
    pytest.param("某某县某某镇人民政府", "各乡（镇）人民政府、县直有关单位：", None, id="town-to-xiang-paren-zhen"),
    pytest.param("某某县某某镇人民政府", "各镇（街道），县直各部门：", None, id="town-to-zhen-paren-jiedao"),
    pytest.param("某某镇政府", "各乡镇人民政府，县防指成员单位：", None, id="short-town-name"),
    pytest.param("某某县某某乡人民政府", "各乡镇人民政府，县防指成员单位：", None, id="township-to-xiangzhen"),
    pytest.param("某某县某某乡人民政府", "各乡(镇)人民政府,县直有关单位:", None, id="township-ascii-marks"),
    pytest.param("某某县某某街道办事处", "各街道办事处、各乡镇人民政府：", None, id="street-to-streets"),
    pytest.param("某某县某某街道办事处", "各镇（街道），县直各部门：", None, id="street-in-paren"),
    # the town's own notice to its villages or offices: the town stays
    pytest.param("某某县某某镇人民政府", "各村（居）委会，镇直各单位：", "某某县某某镇人民政府", id="to-own-villages"),
    pytest.param("某某县某某镇人民政府", "各镇直单位、各村委会：", "某某县某某镇人民政府", id="to-own-offices"),
    pytest.param("某某县某某街道办事处", "各社区居委会：", "某某县某某街道办事处", id="street-to-communities"),
    # a county body is no town: the rule does not touch it
    pytest.param("某某县应急管理局", "各乡镇人民政府，县防指成员单位：", "某某县应急管理局", id="county-bureau"),
]


@pytest.mark.parametrize(("publisher", "recipients", "issuer"), REPOST_ROWS)
def test_town_reposting_a_county_notice_is_not_its_issuer(publisher: str, recipients: str, issuer: str | None) -> None:
    assert [(d.issuer, d.date) for d in parse_text(_repost(publisher, recipients)).documents] == [
        (issuer, "2020-06-17")
    ]


def test_town_that_signs_keeps_its_signature() -> None:
    text = _repost("某某县某某镇人民政府", "各乡镇人民政府，县防指成员单位：", signer="某某县防汛抗旱指挥部\n\n")
    assert [d.issuer for d in parse_text(text).documents] == ["某某县防汛抗旱指挥部"]


# --- a related work's title in a Wikisource header --------------------------------------------------
# title / title / number / signature / date / a related title / 本作品收錄於… (wikisourcem): the related
# title opened a second document that took the reply's citation, date and issuer (4 false values).
WS_TITLE = "国务院关于同意某某省撤销某某地区设立地级某某市的批复"


def _wikisource(related: str, note: str) -> str:
    return (
        f"{WS_TITLE}\n\n{WS_TITLE}\n\n国函〔1997〕32号\n\n中华人民共和国国务院\n\n1997年5月6日\n\n{related}\n\n"
        f"{note}某某省人民政府：\n\n"
        "你省《关于撤销某某地区设立地级某某市的请示》（某政发〔1996〕130号）和有关补充请示收悉。现批复如下：\n\n"
        "一、同意撤销某某地区和县级某某市，设立地级某某市。\n\n中华人民共和国国务院\n\n一九九七年五月六日\n"
    )


@pytest.mark.parametrize(
    "related", ["某某省人民政府关于撤销某某地区设立地级某某市的通知", "国务院关于同意某某省设立某某县的批复"]
)
@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "本作品收錄於《中华人民共和国国务院公报/1997年/第16号收录于《国务院公报》1997年第16号", id="trad-glued"
        ),
        pytest.param("本作品收录于《国务院公报》1997年第16号\n\n", id="simplified-own-line"),
    ],
)
def test_related_title_in_a_wikisource_header_is_no_document(related: str, note: str) -> None:
    docs = parse_text(_wikisource(related, note)).documents
    assert [(d.title, d.date, d.issuer, [c.doc_number.raw for c in d.citations if c.doc_number]) for d in docs] == [
        (WS_TITLE, "1997-05-06", "中华人民共和国国务院", ["某政发〔1996〕130号"])
    ]


def test_first_title_over_the_collection_note_is_still_the_document() -> None:
    text = f"{WS_TITLE}\n\n本作品收录于《国务院公报》1997年第16号\n\n某某省人民政府：\n\n你省的请示收悉。现批复如下：同意。\n\n中华人民共和国国务院\n\n1997年5月6日\n"
    assert [d.title for d in parse_text(text).documents] == [WS_TITLE]


# --- an aggregator's location chrome over a story -----------------------------------------------------
# search / 寻找猫咪~QQ 地点 桃园市桃园区 Taoyuan , Taoyuan over a report (zimedia): that line was the title.
STORY = "4月7日上午，省十二届人大常委会举行第二十七次会议。会议决定任命张三为某某省人民政府副省长、代理省长。"


@pytest.mark.parametrize(
    "chrome",
    [
        pytest.param("寻找猫咪~QQ 地点 桃园市桃园区 Taoyuan , Taoyuan", id="taoyuan-spaced-comma"),
        pytest.param("地点 杭州市西湖区 Hangzhou, Zhejiang", id="city-province"),
        pytest.param("尋找貓咪~QQ 地點 臺北市大安區 Taipei , Taiwan", id="traditional"),
    ],
)
def test_location_chrome_is_no_title(chrome: str) -> None:
    docs = parse_text(f"search\n\n{chrome}\n\n{STORY}\n").documents
    assert [d.title for d in docs] == [None]
    assert {(a.person, a.action) for d in docs for a in d.appointments} == {("张三", "appoint")}  # two posts


@pytest.mark.parametrize(
    "headline",
    ["某某市推进5G网络建设工作会议召开", "某某县上线政务服务APP方便群众办事", "某某区召开COVID-19防控工作会议"],
)
def test_headline_with_latin_words_is_still_a_title(headline: str) -> None:
    from gazette_extract.layout.heads import is_location_chrome

    assert not is_location_chrome(headline)


# --- the day a news lead gives its event ---------------------------------------------------------------
# a dateline followed by the lead's own day (中国吉林网10月17日讯（…）：10月18日，…揭牌成立: jlcri) — the
# event's day; the reporter's learning day (4月5日，记者从…获悉，近日，国务院…作出批复: o852) — none, or the
# day the next clause states. A dateline alone keeps its day (the corpus labels it).
LEAD_ROWS = [
    pytest.param(
        "中国吉林网10月17日讯（中国吉林网 吉刻APP记者 曹逸群 文/摄）：10月18日，某某局正式揭牌成立。",
        "2018-10-18",
        id="dateline-then-own-day-after-colon",
    ),
    pytest.param(
        "新华社长春10月17日电（记者 张三）10月18日上午，某某局正式揭牌成立。", "2018-10-18", id="agency-then-day"
    ),
    pytest.param("新华网吉林频道10月17日讯 10月18日，某某局正式揭牌成立。", "2018-10-18", id="space-then-day"),
    pytest.param("新华社北京10月17日电 某某局17日正式揭牌成立。", "2018-10-17", id="dateline-alone"),
    pytest.param("新华社北京10月17日电（记者 张三）国务院近日印发通知。", "2018-10-17", id="dateline-then-jinri"),
    pytest.param(
        "多彩贵州网讯（本网记者程曦）4月5日，记者从贵州省政府办公厅获悉，近日，国务院作出批复。",
        None,
        id="learned-jinri",
    ),
    pytest.param("4月5日，记者从省政府办公厅了解到，日前，国务院作出批复。", None, id="liaojiedao-riqian"),
    pytest.param("4月5日，本报记者从市民政局获悉，4月3日，国务院作出批复。", "2018-04-03", id="learned-then-day"),
    pytest.param("4月5日，记者从省政府办公厅获悉，国务院作出批复。", None, id="learned-undated"),
    pytest.param("4月5日,记者从省政府办公厅得知,近日,国务院作出批复。", None, id="ascii-commas"),
    pytest.param("4月5日，市人大常委会召开第十次会议。", "2018-04-05", id="plain-lead"),
]


@pytest.mark.parametrize(("lead", "expected"), LEAD_ROWS)
def test_lead_day_of_the_event(lead: str, expected: str | None) -> None:
    from gazette_extract.layout.storyday import lead_day

    published = "2018-10-18" if "10月" in lead else "2018-04-10"
    assert lead_day(lead, published) == expected


# --- a law database's issuer key naming a body by its short name ---------------------------------------
# 颁布时间：1997-10-17 00:00:00.000发文单位：重庆市人大 under an unsigned title (odtgfuq): the key's value is
# the issuer as printed (SOURCES-W); a bare 人大 or a value that names a person's seat stays out.
def _lawdb(line: str) -> str:
    return (
        f"法规库\n\n重庆市人民代表大会常务委员会任免工作条例\n\n{line}\n\n第一章 总 则\n\n"
        "第一条 为保障市人民代表大会常务委员会行使任免职权，根据有关法律规定，结合本市实际，制定本条例。\n\n"
        "第二条 本条例适用于市人民代表大会常务委员会决定任免事项。\n"
    )


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        pytest.param("颁布时间：1997-10-17 00:00:00.000发文单位：重庆市人大", "重庆市人大", id="glued-pairs"),
        pytest.param("颁布时间:1997-10-17 发文单位:重庆市人大", "重庆市人大", id="ascii-colons"),
        pytest.param("颁布时间：1997-10-17 颁布单位：某某县政协", "某某县政协", id="county-cppcc"),
        pytest.param("颁布时间：1997-10-17 发布部门：全国人大常委", "全国人大常委", id="national-short"),
        pytest.param("颁布时间：1997-10-17 发文单位：人大", None, id="no-place"),
        pytest.param("颁布时间：1997-10-17 发文单位：重庆市人大代表", None, id="a-seat-not-a-body"),
    ],
)
def test_law_database_key_with_a_short_body_name(line: str, issuer: str | None) -> None:
    assert [(d.date, d.issuer) for d in parse_text(_lawdb(line)).documents] == [("1997-10-17", issuer)]


# --- an adoption note glued to the title printed again under the byline ---------------------------------
# X / 更新时间：… / X（图1） / X（2025年11月28日…全体会议通过） (lqhxgl): the note dates the document.
PROPOSAL = "中国共产党某某市委员会关于制定“十五五”时期国民经济和社会发展规划的建议"
PROPOSAL_BODY = "中国共产党某某市第十届委员会第十次全体会议，深入分析我市经济社会发展形势，就制定规划提出如下建议。"


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("（2025年11月28日中国共产党某某市第十届委员会第十次全体会议通过）", id="fullwidth-brackets"),
        pytest.param("(2025年11月28日中国共产党某某市第十届委员会第十次全体会议通过)", id="ascii-brackets"),
        pytest.param("（二〇二五年十一月二十八日中国共产党某某市第十届委员会第十次全体会议通过）", id="cn-numerals"),
    ],
)
@pytest.mark.parametrize("image", [f"{PROPOSAL}（图1）\n\n", ""], ids=["image-line", "no-image-line"])
def test_adoption_note_glued_to_the_title_printed_again(note: str, image: str) -> None:
    text = f"当前位置： 首页 > 信息中心\n\n{PROPOSAL}\n\n更新时间：2026-01-11点击次数：\n\n{image}{PROPOSAL}{note}\n\n{PROPOSAL_BODY}\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [(PROPOSAL, "2025-11-28")]


def test_another_title_with_a_note_does_not_date_this_one() -> None:
    other = (
        "中国共产党某某市委员会关于加强基层治理的决定（2025年11月28日中国共产党某某市第十届委员会第十次全体会议通过）"
    )
    text = f"当前位置： 首页 > 信息中心\n\n{PROPOSAL}\n\n更新时间：2026-01-11点击次数：\n\n{other}\n\n{PROPOSAL_BODY}\n"
    assert PROPOSAL in [d.title for d in parse_text(text).documents]
    assert [d.date for d in parse_text(text).documents if d.title == PROPOSAL] != ["2025-11-28"]


# --- work reports whose delivery line a converter glued, or whose title carries the paper's name ---------
# 政府工作报告 / ——2023年1月7日在…会议上各位代表： (edu0375); 政府工作报告 ——二○二二年一月二十一日在…会议上
# 海南省省长 冯飞 作者： 发布时间：… on one line (hnslky); 政府工作报告-南宁日报 printed twice (nanninghotline).
REPORT_OPENING = "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
SESSION = "在某某市第八届人民代表大会第四次会议上"


@pytest.mark.parametrize(
    ("dash", "date", "iso"),
    [
        pytest.param("——", "2023年1月7日", "2023-01-07", id="em-dashes"),
        pytest.param("--", "2023年1月7日", "2023-01-07", id="hyphens"),
        pytest.param("－－", "2023年1月7日", "2023-01-07", id="fullwidth-hyphens"),
        pytest.param("——", "二○二三年一月七日", "2023-01-07", id="cn-numerals-circle"),
        pytest.param("——", "二O二三年一月七日", "2023-01-07", id="cn-numerals-letter-o"),
    ],
)
@pytest.mark.parametrize("address", ["各位代表：", "各位代表:", "各位委员："])
@pytest.mark.parametrize("title", ["政府工作报告", "2023年某某市政府工作报告"])
def test_delivery_line_glued_to_the_address(dash: str, date: str, iso: str, address: str, title: str) -> None:
    text = f"{title}\n{dash}{date}{SESSION}{address}\n{REPORT_OPENING}\n一、2022年工作回顾\n"
    assert [(d.title, d.date, d.issuer) for d in parse_text(text).documents] == [(title, iso, None)]


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            " 海南省省长 冯飞 作者： 发布时间：2022-01-27 09:32:05信息来源：海南日报客户端 ", id="speaker-and-keys"
        ),
        pytest.param(" 某某市市长 张三", id="speaker"),
        pytest.param("", id="nothing-after"),
    ],
)
@pytest.mark.parametrize("sep", [" ", "", "\u3000"], ids=["space", "glued", "ideographic-space"])
def test_report_title_and_delivery_on_one_line(tail: str, sep: str) -> None:
    text = f"政府工作报告{sep}——二○二二年一月二十一日{SESSION}{tail}\n各位代表：\n{REPORT_OPENING}\n"
    assert [(d.title, d.date, d.issuer) for d in parse_text(text).documents] == [("政府工作报告", "2022-01-21", None)]


def test_ordinary_delivery_line_is_left_to_its_reader() -> None:
    from gazette_extract.layout.heads import glued_delivery

    assert glued_delivery(f"——2023年1月7日{SESSION}") is None  # recognize.delivered_date reads it
    assert glued_delivery(f"——2023年1月7日{SESSION}会议纪要如下") is None  # nothing an address
    text = f"政府工作报告\n——2023年1月7日{SESSION}\n各位代表：\n{REPORT_OPENING}\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [("政府工作报告", "2023-01-07")]


@pytest.mark.parametrize("paper", ["-南宁日报", "-某某晚报", " - 某某都市报", "_某某日报"])
def test_report_title_with_the_papers_name_printed_twice(paper: str) -> None:
    line = "政府工作报告" + paper
    body = "过去五年，是南宁发展历史上具有里程碑意义的五年。五年来，面对错综复杂的形势，我们坚定信心，砥砺前行。"
    text = f"您的位置首页 南宁资讯 资讯\n{line}\n{line}\n{body}\n——脱贫攻坚全面胜利。实现贫困县全部摘帽。\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [("政府工作报告", None)]


@pytest.mark.parametrize("headline", ["某某市召开经济工作会议-会议纪要", "某某县举行防汛演练-现场直击"])
def test_other_parts_after_a_hyphen_stay(headline: str) -> None:
    from gazette_extract.text.pagetitle import page_title_head

    assert page_title_head(headline) is None


# --- a disclosure block printed without its keys ------------------------------------------------------
# • 005299478/2022-00137 / • 新郑市卫生健康委员会 / • 应急 / • 2022-08-10 / • 2022-08-10 over the title
# (xinzheng): the body is the issuer and the date printed twice the date (SOURCES-U); one date, two
# different dates or no index number give nothing.
KEYLESS_TITLE = "某某市突发公共事件医疗卫生救援应急预案"
KEYLESS_BODY = (
    "1总则\n\n1.1编制目的为提高全市医疗卫生应急反应能力和救援水平，能够及时、高效、科学、有序地开展医疗卫生救援工作。\n"
)


def _keyless(lines: list[str], bullet: str = "• ") -> str:
    return "".join(f"{bullet}{line}\n" for line in lines) + f"{KEYLESS_TITLE}\n\n{KEYLESS_BODY}"


@pytest.mark.parametrize("bullet", ["• ", "  • ", "· "], ids=["bullet", "indented-bullet", "middle-dot"])
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["005299478/2022-00137", "某某市卫生健康委员会", "应急", "2022-08-10", "2022-08-10"],
            ("2022-08-10", "某某市卫生健康委员会"),
            id="five-bullets",
        ),
        pytest.param(
            ["11341731003262671Y/202006-00018", "某某县人民政府办公室", "2020年6月19日", "2020年6月19日"],
            ("2020-06-19", "某某县人民政府办公室"),
            id="cn-dates-no-category",
        ),
        pytest.param(
            ["005299478/2022-00137", "某某市卫生健康委员会", "应急", "2022-08-10", "2022-08-12"],
            (None, None),
            id="two-different-dates",
        ),
        pytest.param(
            ["005299478/2022-00137", "某某市卫生健康委员会", "应急", "2022-08-10"], (None, None), id="one-date"
        ),
        pytest.param(["某某市卫生健康委员会", "应急", "2022-08-10", "2022-08-10"], (None, None), id="no-index-number"),
    ],
)
def test_disclosure_block_without_its_keys(
    lines: list[str], expected: tuple[str | None, str | None], bullet: str
) -> None:
    docs = parse_text(_keyless(lines, bullet)).documents
    assert [(d.title, d.date, d.issuer) for d in docs] == [(KEYLESS_TITLE, *expected)]


# --- the headline printed again over its publish line, under the lead and the site's menu --------------
# X / 昨日，… / 首页 政情 … / X / 2022-01-08 10:03:09来源： 福州日报 / 昨日，… (fjnews): the publish line
# under the second printing dates the story (昨日 = the day before).
NEWS_HEAD = "某某市今年财政支出投向六大重点领域"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        pytest.param("昨日，市财政局向市十六届人大一次会议提请审议预算报告。", "2022-01-07", id="zuori"),
        pytest.param("昨天上午，市财政局向市十六届人大一次会议提请审议预算报告。", "2022-01-07", id="zuotian"),
        pytest.param("1月7日，市财政局向市十六届人大一次会议提请审议预算报告。", "2022-01-07", id="month-day"),
        pytest.param("近日，市财政局向市十六届人大一次会议提请审议预算报告。", None, id="jinri"),
    ],
)
@pytest.mark.parametrize(
    "publish",
    ["2022-01-08 10:03:09来源： 某某日报", "发布时间：2022-01-08 10:03 来源：某某日报"],
    ids=["stamp", "keyed"],
)
@pytest.mark.parametrize("again", [NEWS_HEAD, NEWS_HEAD + "-新华网"], ids=["same", "site-suffix"])
def test_publish_line_under_the_headline_printed_again(
    lead: str, expected: str | None, publish: str, again: str
) -> None:
    text = f"新华网\n{NEWS_HEAD}\n{lead}\n首页 政情 产经 金融 房产 健康\n{again}\n{publish}\n{lead}\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [(NEWS_HEAD, expected)]


# --- a report's title wrapped mid-phrase over its undated approval line ----------------------------------
# 关于海南省2021年国民经济和社会发展计划 / 执行情况与2022年…计划的报告 / 海南省…会议审议通过 (planhainan): the
# title whole and the report a document (its approval line is printed); no date (none is printed).
PLAN_REPORT = "关于某某省2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划的报告"
PLAN_BODY = "一、2021年国民经济和社会发展计划执行情况2021年是“十四五”开局之年，全省经济运行稳中向好。"


@pytest.mark.parametrize(
    "approval",
    [
        "某某省第六届人民代表大会第五次会议审议通过",
        "（某某省第六届人民代表大会第五次会议审议通过）",
        "某某省第六届人民代表大会第五次会议批准",
    ],
)
@pytest.mark.parametrize("blank", ["", "\n"], ids=["no-blank", "blank-lines"])
def test_report_title_wrapped_over_its_approval_line(approval: str, blank: str) -> None:
    # (a wrap after a conjunction, …执行情况与 / 2022年…的报告, is not read yet: the second line alone
    # ends like a title)
    cut = len("关于某某省2021年国民经济和社会发展计划")
    text = f"{PLAN_REPORT[:cut]}\n{blank}{PLAN_REPORT[cut:]}\n{blank}{approval}\n{blank}{PLAN_BODY}\n"
    assert [(d.title, d.date) for d in parse_text(text).documents] == [(PLAN_REPORT, None)]


def test_wrapped_report_title_without_an_approval_line_invents_no_document() -> None:
    text = f"{PLAN_REPORT[:20]}\n{PLAN_REPORT[20:]}\n{PLAN_BODY}\n"
    assert [d.title for d in parse_text(text).documents] in ([], [PLAN_REPORT])


# --- a red head's date that lost its marks, on its own line over the number ------------------------------
# title / publish line / 201276 / 赣发〔20128 (gzfzjt): the date when it reads one way only.
RED_TITLE = "中共某某省委 某某省人民政府关于贯彻落实支持革命老区振兴发展的实施意见"
RED_BODY = "为认真贯彻落实国务院有关意见，紧紧抓住重大历史机遇，加快革命老区振兴发展，现提出如下实施意见。"


@pytest.mark.parametrize(
    ("digits", "number", "expected"),
    [
        pytest.param("201276", "赣发〔20128", "2012-07-06", id="both-lost"),
        pytest.param("201276", "赣发〔2012〕8号", "2012-07-06", id="number-whole"),
        pytest.param("2012919", "赣发〔201218", "2012-09-19", id="seven-one-reading"),
        pytest.param("2012115", "赣发〔201218", None, id="seven-two-readings"),
        pytest.param("201276", "", None, id="no-number-under"),
    ],
)
def test_lost_marks_date_over_the_number(digits: str, number: str, expected: str | None) -> None:
    numbered = f"{number}\n" if number else ""
    text = f"您当前位置： 首页 >关于集团\n{RED_TITLE}\n作者： 编辑：本站 发布时间：2012-11-28 13:47:17\n{digits}\n{numbered}{RED_BODY}\n"
    assert [d.date for d in parse_text(text).documents] == [expected]


# --- a plan's cover: the title, the issuing government on its own line, a month without a day -----------
# (gcs66): the plan is a document printed whole (its outline opens with 第一篇 after a preface that names it
# in 《》); the government is the issuer, and no date (no day is printed: SOURCES-U).
COVER_TITLE = "某某旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
COVER_PREFACE = f"《{COVER_TITLE}》根据《中共某某旗委关于制定十四五规划的建议》编制，是全旗人民共同的行动纲领。"


@pytest.mark.parametrize("outline", ["第一篇 开创现代化建设新征程", "第一章 发展环境", "一、发展环境"])
@pytest.mark.parametrize("month", ["2021年9月", "2021 年 9 月"])
@pytest.mark.parametrize("body", ["某某旗人民政府", "某某县人民政府办公室"])
def test_plan_cover_gives_its_issuer_and_no_date(outline: str, month: str, body: str) -> None:
    text = f"（某某自治区）某某盟某某旗十四五规划（2022年更新）\n{COVER_TITLE}\n{body}\n{month}\n{COVER_PREFACE}\n{outline}\n"
    assert [(d.title, d.date, d.issuer) for d in parse_text(text).documents] == [(COVER_TITLE, None, body)]


def test_plan_named_in_a_notice_without_cover_is_not_printed_whole() -> None:
    text = f"{COVER_TITLE}\n现将《{COVER_TITLE}》印发给你们，请认真贯彻执行。\n第一篇 开创现代化建设新征程\n"
    assert [d.issuer for d in parse_text(text).documents] in ([], [None])


# --- a publish date printed day first (04/09/2018) under a Macau headline --------------------------------
# headline / sub-headline / 04/09/2018 / a view count / 《特区公报》昨（3）日刊登… (exmoo): the reading the
# lead's own day agrees with (4 September: 昨（3）日 = 3 September); a lead that does not decide gives none.
MACAU_HEAD = "政府宣布设「维护国家安全委员会」"


@pytest.mark.parametrize(
    ("printed", "lead", "expected"),
    [
        pytest.param(
            "04/09/2018",
            "《特区公报》昨（3）日刊登第22/2018号行政法规，设立委员会。",
            "2018-09-03",
            id="day-first-zuo-3",
        ),
        pytest.param(
            "4/9/2018", "《特区公报》昨(3)日刊登第22/2018号行政法规，设立委员会。", "2018-09-03", id="unpadded-ascii"
        ),
        pytest.param(
            "09/04/2018", "《特区公报》昨（3）日刊登第22/2018号行政法规，设立委员会。", "2018-09-03", id="month-first"
        ),
        pytest.param(
            "25/09/2018", "《特区公报》昨（24）日刊登第22/2018号行政法规，设立委员会。", "2018-09-24", id="day-over-12"
        ),
        pytest.param(
            "04/09/2018", "《特区公报》近日刊登第22/2018号行政法规，设立委员会。", None, id="lead-dates-nothing"
        ),
        pytest.param(
            "04/09/2018", "《特区公报》昨（8）日刊登第22/2018号行政法规，设立委员会。", "2018-04-08", id="april-reading"
        ),
    ],
)
def test_day_first_publish_date_decided_by_the_lead(printed: str, lead: str, expected: str | None) -> None:
    text = f"{MACAU_HEAD}\n30日后生效 行政长官担任主席\n{printed}\n16329\n收藏\n分享\n{lead}\n"
    dates = [d.date for d in parse_text(text).documents if d.title == MACAU_HEAD]
    assert dates == [expected] if expected is not None else dates in ([], [None])


# --- advertisement-slot labels and a site's self-description over a headline ------------------------------
# 澎湖日报提供…、…、…等！ / 自動輪播廣告(右)橫式1欄 / 热门文章 / … / headline / 【本报讯】… (penghudaily): the
# slogan was the title; the headline under the slots is.
SLOT_HEAD = "新卸任政府的交接工作开始"
SLOT_LEAD = (
    "【本报讯】新卸任政府的交接工作，已经开始。县长指定秘书长代表参加交接会议。\n"
    "据了解，县政府的交接小组昨天已经组成，由张三担任召集人，并且举行第一次的交接会议。\n"
    "新政府的人事，将于近日内定案发布。"
)


@pytest.mark.parametrize(
    "chrome",
    [
        pytest.param(
            ["某某日报提供某某每日在地新闻、时事专栏评论、县政新闻、专题报导、印刷服务等！"], id="self-description"
        ),
        pytest.param(["自动轮播广告（右）横式1栏", "热门文章", "自动轮播广告（下小）横式选举3栏"], id="ad-slots"),
        pytest.param(["自動輪播廣告(右)橫式1欄", "自動輪播廣告(上小)橫式2欄"], id="traditional-slots"),
        pytest.param(
            ["某某日报提供某某每日在地新闻、时事专栏评论、县政新闻等!", "自动轮播广告（右）横式1栏"],
            id="both-ascii-bang",
        ),
    ],
)
def test_page_slots_over_a_headline_are_no_title(chrome: list[str]) -> None:
    text = "\n".join([*chrome, SLOT_HEAD, SLOT_LEAD]) + "\n"
    assert [d.title for d in parse_text(text).documents] == [SLOT_HEAD]


@pytest.mark.parametrize(
    "headline", ["某某县提供法律援助服务惠及群众", "某某市发布广告管理办法", "某某区为群众提供就业、培训、社保等服务"]
)
def test_headlines_naming_services_or_ads_stay(headline: str) -> None:
    from gazette_extract.layout.heads import is_page_slot

    assert not is_page_slot(headline)
