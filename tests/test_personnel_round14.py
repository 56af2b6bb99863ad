"""Appointments, round 14 of issue 9: held-out recall by class. Forms probed by hand across every
shape a verb family takes (spacing, dots, line breaks, Traditional, brackets, numbering), each class
with synthetic rows and negative rows that must give nothing.

Classes: a change printed with word spacing around its link (任命张三 为 X / 免去李四 的 X职务, as a
PDF's text layer or a web page's spans leave it); a transcribed name whose dot is printed as the
full-width full stop (阿依古丽．买买提, folded to . by normalize); 已 before a verb of taking a post (a
post now held, reported: nothing, and never the person 张三已); a list's last entry printed after an
entry whose posts end in 、 (the line joined as a wrap, then taken for a page cut off); a resignation
stated as the ground of an acting decision (鉴于A已辞去X职务); names after the post they were given in
the same clause, no colon (会议选出的3名副主任分别为A、B和C).
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes
from table_helpers import assert_unique

A, R, S = "appoint", "remove", "resign"

# --- spaces around the link of a change --------------------------------------------------------

SPACED_LINKS = [
    pytest.param("任命张三 为 市财政局局长。", [(A, "张三", "市财政局局长")], id="wei-spaced-both-sides"),
    pytest.param("任命张三为 市财政局局长。", [(A, "张三", "市财政局局长")], id="wei-spaced-after"),
    pytest.param("免去张三 的 市财政局局长职务。", [(R, "张三", "市财政局局长")], id="de-spaced-removal"),
    pytest.param(
        "任命：\n张三 为 市财政局局长；\n李四 为 市审计局副局长。",
        [(A, "张三", "市财政局局长"), (A, "李四", "市审计局副局长")],
        id="heading-list-spaced-entries",
    ),
    pytest.param(
        "任命 张三 为 市财政局局长；免去 李四 的 市审计局局长 职务。",
        [(A, "张三", "市财政局局长"), (R, "李四", "市审计局局长")],
        id="every-word-spaced",
    ),
    pytest.param(
        "會議決定：免去張三 的 市財政局局長職務；任命李四\u3000為\u3000市審計局局長。",
        [(R, "张三", "市财政局局长"), (A, "李四", "市审计局局长")],
        id="traditional-ideographic-spaces",
    ),
    pytest.param(
        "经研究决定：\n一、任命\n1.张三 为 市财政局局长（试用期一年）；\n二、免去\n1.王五 的 市教育局局长职务。",
        [(A, "张三", "市财政局局长"), (R, "王五", "市教育局局长")],
        id="numbered-headings-bracket-note",
    ),
    # negative rows: spacing that separates entries stays; a title's spaced 为 is no change
    pytest.param(
        "任命：张三为市财政局局长 李四为市审计局副局长。",
        [(A, "张三", "市财政局局长"), (A, "李四", "市审计局副局长")],
        id="space-between-entries-still-splits",
    ),
    pytest.param("关于 张三 为 市财政局局长 的 请示", [], id="spaced-title-of-a-request"),
    pytest.param("拟任 张三 为 市财政局局长。", [], id="spaced-proposal"),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_LINKS)
def test_spaced_links(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a transcribed name's dot printed as the full-width full stop ------------------------------

FULL_STOP_DOTS = [
    pytest.param(
        "会议决定：任命阿依古丽．买买提为市人民政府副市长；免去阿卜杜吉力力．阿卜来提的市人民政府副市长职务。",
        [(A, "阿依古丽·买买提", "市人民政府副市长"), (R, "阿卜杜吉力力·阿卜来提", "市人民政府副市长")],
        id="appoint-and-remove",
    ),
    pytest.param(
        "任命：\n阿依古丽．买买提为市人民政府副市长\n艾力．吐尔逊为市财政局局长",
        [(A, "阿依古丽·买买提", "市人民政府副市长"), (A, "艾力·吐尔逊", "市财政局局长")],
        id="heading-list-unpunctuated",
    ),
    pytest.param(
        "大会选举结果如下：\n主席：赛尔建．乌合拜\n副主席：努拉合买提．祖农、周立新",
        [],
        id="election-roles-not-a-change-list",
    ),
    pytest.param(
        "经研究决定：\n古丽娜尔．吐尔逊同志任市审计局副局长；\n阿不都热合曼．买买提同志不再担任市财政局局长职务。",
        [(A, "古丽娜尔·吐尔逊", "市审计局副局长"), (R, "阿不都热合曼·买买提", "市财政局局长")],
        id="name-first-tongzhi",
    ),
    # negative rows: a numbering point and a sentence's end are no name dots
    pytest.param(
        "1．任命张三为市财政局局长。\n2．任命李四为市审计局局长。",
        [(A, "张三", "市财政局局长"), (A, "李四", "市审计局局长")],
        id="numbering-point-stays",
    ),
    pytest.param("任命张三为市财政局局长．", [(A, "张三", "市财政局局长")], id="full-stop-ending-the-sentence"),
]


@pytest.mark.parametrize(("text", "expected"), FULL_STOP_DOTS)
def test_full_stop_name_dots(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- 已 before a verb of taking a post -------------------------------------------------------

ALREADY = [
    pytest.param("据悉，张三已任市财政局局长，李四已任市审计局局长。", [], id="yiren-report-two-persons"),
    pytest.param("记者获悉，张三已出任市财政局局长。", [], id="yi-churen-no-false-name"),
    pytest.param("据悉，王志剛已任市財政局局長，陳建國已調任市審計局局長。", [], id="traditional-yi-diaoren"),
    pytest.param("张三已经任市财政局局长。", [], id="yijing-ren"),
    pytest.param("张三已升任市公安局局长。", [], id="yi-shengren"),
    # positive rows: 已 inside a name, and a decision beside a report
    pytest.param("任命胡已立为市财政局局长。", [(A, "胡已立", "市财政局局长")], id="yi-inside-a-name"),
    pytest.param(
        "会议决定：任命张三为市财政局局长。据悉，李四已任市审计局局长。",
        [(A, "张三", "市财政局局长")],
        id="decision-then-report",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALREADY)
def test_already_held(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a list's last entry after an entry whose posts end in 、 -----------------------------------

GLUED_LAST = [
    pytest.param(
        "任命：\n李四为市人民检察院检察委员会委员、检察员\n王五为市人民检察院检察员",
        [
            (A, "李四", "市人民检察院检察委员会委员"),
            (A, "李四", "市人民检察院检察员"),
            (A, "王五", "市人民检察院检察员"),
        ],
        id="procuratorate-last-entry",
    ),
    pytest.param(
        "任命：\n张三为市中级人民法院副院长、审判委员会委员、审判员\n李四为市中级人民法院审判员",
        [
            (A, "张三", "市中级人民法院副院长"),
            (A, "张三", "市中级人民法院审判委员会委员"),
            (A, "张三", "市中级人民法院审判员"),
            (A, "李四", "市中级人民法院审判员"),
        ],
        id="court-three-posts-then-one",
    ),
    pytest.param(
        "一、任命\n張三為市中級人民法院審判委員會委員、審判員\n李四為市中級人民法院審判員",
        [
            (A, "张三", "市中级人民法院审判委员会委员"),
            (A, "张三", "市中级人民法院审判员"),
            (A, "李四", "市中级人民法院审判员"),
        ],
        id="traditional-numbered-heading",
    ),
    # negative row: the last entry cut mid-post stays out (a page stored cut off)
    pytest.param(
        "任命：\n李四为市人民检察院检察委员会委员、检察员\n王五为市人民检察院检察委",
        [(A, "李四", "市人民检察院检察委员会委员"), (A, "李四", "市人民检察院检察员")],
        id="last-entry-cut-mid-post",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_LAST)
def test_last_entry_after_list_mark(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a resignation stated as the ground of an acting decision (鉴于A已辞去X职务) -------------------

GROUNDS = [
    pytest.param(
        "鉴于张三已辞去市人民政府市长职务，会议决定：副市长李四代理市长职务。",
        [(S, "张三", "市人民政府市长"), (A, "李四", "市人民政府代理市长")],
        id="ground-then-acting-decision",
    ),
    pytest.param("鉴于张三同志已辞去市人民政府市长职务。", [(S, "张三", "市人民政府市长")], id="tongzhi-yi"),
    pytest.param("鉴于张三辞去市人民检察院检察长职务，", [(S, "张三", "市人民检察院检察长")], id="without-yi"),
    pytest.param(
        "鑒於王志剛已辭去市人民政府市長職務，會議決定：副市長陳建國代理市長職務。",
        [(S, "王志刚", "市人民政府市长"), (A, "陈建国", "市人民政府代理市长")],
        id="traditional",
    ),
    # negative rows: a ground that is no resignation, a request still pending
    pytest.param(
        "鉴于张三工作调动，会议决定：副市长李四代理市长职务。", [(A, "李四", "代理市长")], id="no-resign-verb"
    ),
    pytest.param("鉴于张三拟辞去市人民政府市长职务。", [], id="proposed-resignation"),
]


@pytest.mark.parametrize(("text", "expected"), GROUNDS)
def test_resignation_as_ground(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- names after the post they were given, in the same clause (会议选出的3名副主任分别为A、B、C) -------

NAMES_AFTER_POST = [
    pytest.param(
        "会议选出的3名副主任分别为张三、李四、王五。",
        [(A, "张三", "副主任"), (A, "李四", "副主任"), (A, "王五", "副主任")],
        id="xuanchu-count-fenbiewei",
    ),
    pytest.param(
        "会议任命的5名审判员分别为张三、李四、王五、赵六和孙七。",
        [(A, n, "审判员") for n in ("张三", "李四", "王五", "赵六", "孙七")],
        id="court-judges-he-last",
    ),
    pytest.param("新任命的副局长为张三、李四。", [(A, "张三", "副局长"), (A, "李四", "副局长")], id="xinrenming-wei"),
    pytest.param(
        "會議選出的兩名副主任分別為張三、李四及王五。",
        [(A, "张三", "副主任"), (A, "李四", "副主任"), (A, "王五", "副主任")],
        id="traditional-ji-last",
    ),
    pytest.param(
        "会议选出的政协第十二届全国委员会副主席是：\n杜青林、令计划、帕巴拉·格列朗杰、董建华。\n会议于下午3时举行。",
        [(A, n, "政协第十二届全国委员会副主席") for n in ("杜青林", "令计划", "帕巴拉·格列朗杰", "董建华")],
        id="names-on-the-line-below-the-lead",
    ),
    pytest.param(
        "會議選出的政協第十二屆全國委員會副主席是:\n杜青林、令計劃、韓啟德。\n會議於下午3時舉行。",
        [(A, n, "政协第十二届全国委员会副主席") for n in ("杜青林", "令计划", "韩启德")],
        id="traditional-names-below-ascii-colon",
    ),
    # negative rows: no deciding lead, no post, one name only, the line below no names
    pytest.param(
        "大会的执行主席是：\n杜青林、万钢、林文漪。\n会议由杜青林主持。", [], id="names-below-a-lead-that-gives-no-post"
    ),
    pytest.param(
        "会议选出的政协第十二届全国委员会副主席是：\n名单详见附件。\n会议于下午3时举行。",
        [],
        id="line-below-holds-no-names",
    ),
    pytest.param("新一届领导班子中，3名副市长分别为张三、李四和王五。", [], id="no-lead-a-story"),
    pytest.param("本次会议任命的人员有：张三、李四、王五。", [], id="people-no-post"),
    pytest.param("会议选出的副主任为张三。", [], id="one-name-no-list"),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AFTER_POST)
def test_names_after_post_in_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- titles of enterprises and of Taiwan's cabinet ---------------------------------------------

TITLES = [
    pytest.param(
        "经董事会研究决定，聘任张三为公司财务总监，王五为公司总法律顾问。",
        [(A, "张三", "公司财务总监"), (A, "王五", "公司总法律顾问")],
        id="cfo-general-counsel",
    ),
    pytest.param(
        "经董事会研究决定，聘任张三为公司总经理，聘任李四为公司副总经理、财务负责人。",
        [(A, "张三", "公司总经理"), (A, "李四", "公司副总经理"), (A, "李四", "公司财务负责人")],
        id="statutory-finance-officer-after-list-mark",
    ),
    pytest.param(
        "行政院今日宣布內閣人事異動，由張三接任交通部部長，王五接任行政院政務委員。\n記者會於下午三時舉行。",
        [(A, "张三", "交通部部长"), (A, "王五", "行政院政务委员")],
        id="traditional-minister-without-portfolio",
    ),
    pytest.param(
        "總統府今天發布人事命令，任命張三為交通部政務次長，李四為內政部常務次長。",
        [(A, "张三", "交通部政务次长"), (A, "李四", "内政部常务次长")],
        id="traditional-vice-ministers",
    ),
    pytest.param(
        "行政長官委任李四女士和王五先生為教育委員會委員，任期由二○二四年四月一日起，為期兩年。",
        [(A, "李四", "教育委员会委员"), (A, "王五", "教育委员会委员")],
        id="honorifics-joined-by-he",
    ),
    # negative rows: a leader of a unit is no post given; a proposal of a post
    pytest.param("聘任李四为公司主要负责人。", [], id="main-leader-is-no-title"),
    pytest.param("拟聘任李四为公司财务总监。", [], id="proposed-cfo"),
    pytest.param("張三先生和李四女士出席了典禮。", [], id="honorifics-he-no-change"),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_enterprise_and_cabinet_titles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- 分别 in a resignation; 其 carried over ； or 。 by 同时 / 并 ------------------------------------

RESIGN_AND_QI = [
    pytest.param(
        "会议接受了张三、李四分别辞去市人民政府副市长、市人民政府秘书长职务的请求。",
        [(S, "张三", "市人民政府副市长"), (S, "李四", "市人民政府秘书长")],
        id="respectively-resign",
    ),
    pytest.param(
        "會議接受張三、李四分別辭去市人民政府副市長、市人民政府秘書長職務的請求。",
        [(S, "张三", "市人民政府副市长"), (S, "李四", "市人民政府秘书长")],
        id="traditional-respectively-resign",
    ),
    pytest.param(
        "任命张三为市财政局局长；同时免去其市审计局局长职务。",
        [(A, "张三", "市财政局局长"), (R, "张三", "市审计局局长")],
        id="tongshi-qi-after-semicolon",
    ),
    pytest.param(
        "免去张三的市财政局局长职务。并免去其市国资委主任职务。",
        [(R, "张三", "市财政局局长"), (R, "张三", "市国资委主任")],
        id="bing-qi-after-full-stop",
    ),
    # negative rows: counts that differ; 其 after two persons; 其 after ； without 同时
    pytest.param(
        "会议接受了张三、李四分别辞去市人民政府副市长、秘书长、市长职务的请求。", [], id="respectively-unequal-counts"
    ),
    pytest.param(
        "任命张三、李四为市财政局副局长；同时免去其市审计局副局长职务。",
        [(A, "张三", "市财政局副局长"), (A, "李四", "市财政局副局长")],
        id="qi-after-two-persons-unclear",
    ),
    pytest.param(
        "任命张三为市财政局局长；免去其市审计局局长职务。",
        [(A, "张三", "市财政局局长")],
        id="qi-after-semicolon-without-tongshi",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESIGN_AND_QI)
def test_respective_resignations_and_continued_qi(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a verb, a count and the post, the names in the next clause (…共任命了3名副市长，分别是A、B、C) ------

COUNTED = [
    pytest.param(
        "据悉，此次会议共任命了3名副市长，分别是张三、李四、王五。",
        [(A, n, "副市长") for n in ("张三", "李四", "王五")],
        id="count-then-fenbieshi",
    ),
    pytest.param(
        "会议任命了3名副市长：张三、李四、王五。",
        [(A, n, "副市长") for n in ("张三", "李四", "王五")],
        id="count-colon",
    ),
    pytest.param(
        "会议选举了两名副主任，分别为张三和李四。", [(A, "张三", "副主任"), (A, "李四", "副主任")], id="liang-he"
    ),
    pytest.param(
        "受邀将出任行政会委员的3人分别是:陈海帆(女)、梁庆庭、何雪卿(女)。",
        [(A, n, "行政会委员") for n in ("陈海帆", "梁庆庭", "何雪卿")],
        id="churen-post-de-count-ren-remarks",
    ),
    pytest.param(
        "會議共免去了2名副局長，分別是張三、李四。",
        [(R, "张三", "副局长"), (R, "李四", "副局长")],
        id="traditional-removal",
    ),
    # negative rows: a count that differs; no verb; names that are not names
    pytest.param("会议任命了3名副市长，分别是张三、李四。", [], id="count-differs"),
    pytest.param("行政会议由16位非官守议员组成，3位议员分别为张三、李四、王五。", [], id="no-verb-a-story"),
    pytest.param("会议任命了2名副市长，分别是市财政局、市审计局。", [], id="units-not-names"),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- Taiwan's county news: 布達, 接掌, 陞任, a bureau's short name after the county or 县府 ------------

_AFTER = "\n記者會於下午三時舉行。"

TAIWAN_COUNTY = [
    pytest.param(
        "台東縣議會今舉行新任秘書長布達典禮，由議長吳秀華主持，正式布達方銘總接任縣議會秘書長。" + _AFTER,
        [(A, "方铭总", "县议会秘书长")],
        id="budai-then-jieren",
    ),
    pytest.param(
        "縣長主持布達典禮，布達張志明為縣府財政處長。" + _AFTER, [(A, "张志明", "县府财政处长")], id="budai-wei"
    ),
    pytest.param("張志明接掌縣府財政處長。" + _AFTER, [(A, "张志明", "县府财政处长")], id="jiezhang"),
    pytest.param("縣府財政處長由張志明接掌。" + _AFTER, [(A, "张志明", "县府财政处长")], id="post-you-jiezhang"),
    pytest.param("關嘉荣陞任金門縣地政局長。" + _AFTER, [(A, "关嘉荣", "金门县地政局长")], id="shengren-county-bureau"),
    pytest.param(
        "縣府發布人事命令，新任縣府財政處長陳國庭、綜合發展處處長魏志成、縣立體育場主任王志仁。" + _AFTER,
        [(A, "陈国庭", "县府财政处长"), (A, "魏志成", "综合发展处处长"), (A, "王志仁", "县立体育场主任")],
        id="new-holders-short-titles-stadium",
    ),
    # negative rows: a ceremony named, a short title in a story, a bare place before a short title
    pytest.param("布達典禮於今日上午舉行。" + _AFTER, [], id="ceremony-alone"),
    pytest.param("縣府財政處長陳國庭表示，預算將如期編列。" + _AFTER, [], id="short-title-speaker"),
    pytest.param("張志明接掌縣府後，推動多項建設。" + _AFTER, [], id="jiezhang-a-government-no-post"),
]


@pytest.mark.parametrize(("text", "expected"), TAIWAN_COUNTY)
def test_taiwan_county_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- Hong Kong radio news: the day in Chinese numerals or next month's, 就由 -------------------------

HK_RADIO = [
    pytest.param(
        "政府公布高層官員調動，香港駐歐盟特派代表林雪麗，就會在下月二日，出任行政長官辦公室常任秘書長。" + _AFTER,
        [(A, "林雪丽", "行政长官办公室常任秘书长")],
        id="jiuhuizai-next-month",
    ),
    pytest.param(
        "而康樂及文化事務署署長李美嫦，將於下月十日出任財經事務及庫務局常任秘書長。" + _AFTER,
        [(A, "李美嫦", "财经事务及库务局常任秘书长")],
        id="jiangyu-chinese-day",
    ),
    pytest.param(
        "教育局副局長張三，將於十月四日出任民政事務局局長。" + _AFTER,
        [(A, "张三", "民政事务局局长")],
        id="chinese-month-and-day",
    ),
    pytest.param(
        "政府公布高層官員調動；政府新聞處處長就由教育局副秘書長鄭偉源接任。" + _AFTER,
        [(A, "郑伟源", "政府新闻处处长")],
        id="post-jiuyou-holder-jieren",
    ),
    # negative rows: a day with no move after it; a move proposed
    pytest.param("民政事務局局長張三，將於下月九日出席論壇。" + _AFTER, [], id="day-then-no-move"),
    pytest.param("民政事務局局長張三，擬於下月九日出任政務司司長。" + _AFTER, [], id="proposed-move"),
]


@pytest.mark.parametrize(("text", "expected"), HK_RADIO)
def test_hong_kong_radio_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


def test_rows_unique() -> None:
    tables = (
        HK_RADIO,
        TAIWAN_COUNTY,
        SPACED_LINKS,
        FULL_STOP_DOTS,
        ALREADY,
        GLUED_LAST,
        GROUNDS,
        NAMES_AFTER_POST,
        TITLES,
        RESIGN_AND_QI,
        COUNTED,
    )
    for table in tables:
        assert_unique(table)
