"""Round dates20 (issue 9, session 20): dates withheld on dev, by family.

Each class is tested over its variants (brackets, separators, key spellings, Simplified and Traditional) and
near-misses that must not date anything: a deadline, a start day, a print line, the site's clock, a period, a
cited document's day, a future event, a visit counter, a copyright year, a meeting day inside the body.
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.storyday import lead_day
from gazette_extract.pipeline import extract_str
from gazette_extract.text.newshead import column_count_stamp, labelled_stamp, publish_date


def _docs(text: str) -> list[dict]:
    return extract_str(text)["documents"]


def _dates(text: str) -> list[str | None]:
    return [d["date"] for d in _docs(text)]


def _ids(rows: list[tuple]) -> list[str]:
    return [str(r[0])[:40] for r in rows]


def _no_duplicates(rows: list[tuple]) -> list[tuple]:
    assert len(rows) == len(set(rows)), "duplicate rows"
    return rows


# ---------------------------------------------------------------------------------------------------------------
# 1. A publish day with a column's label (or a broken category) after it: 2017年1月6日    即時資訊 (macaucee),
#    2020-07-22新闻5 (zkxblog), 2023-09-26・Array (turnnewsapp) — read only where the lead dates its event against it
# ---------------------------------------------------------------------------------------------------------------

_STAMP_DATES = [
    ("2017年1月6日", "2017-01-06"),
    ("2017-01-06", "2017-01-06"),
    ("2017/1/6", "2017-01-06"),
    ("2017.01.06", "2017-01-06"),
    ("2017-01-06 09:30", "2017-01-06"),
]
_STAMP_LABELS = ["    即時資訊", "即时资讯", "新闻5", "・Array", " · 本地", " | 要闻", "／政治", " • News"]

STAMP_ROWS = _no_duplicates([(d + label, iso) for d, iso in _STAMP_DATES for label in _STAMP_LABELS])


@pytest.mark.parametrize(("line", "iso"), STAMP_ROWS, ids=_ids(STAMP_ROWS))
def test_labelled_stamp_reads_the_day(line: str, iso: str) -> None:
    assert labelled_stamp(line) == iso


STAMP_NEGATIVES = _no_duplicates(
    [
        ("2024年03月29日 星期五",),  # the site's clock
        ("2024-03-29 周五",),
        ("2024-03-29 週五",),
        ("2021年3月5日印发",),  # a print line
        ("2021年3月5日印發",),
        ("2021年3月5日起",),  # a start day
        ("2021年3月5日前",),  # a deadline
        ("2021年3月5日以前",),
        ("2021年3月5日至",),  # a range
        ("2021年3月5日发布",),
        ("2021年3月5日通过",),
        ("2021-03-05 这是一句很长的话不是栏目名称",),  # more than eight letters: a sentence
        ("2021-03-05",),  # no label: not this class
        ("2021-03-05 4733",),  # a count without a label
        ("发布于2021-03-05 本地",),  # something before the date
        ("2021-03-05 本地 2021-03-06",),  # two dates
        ("©2021 本网",),  # a copyright year
        ("2021年3月5日，县委召开会议",),  # a sentence
    ]
)


@pytest.mark.parametrize("line", [r[0] for r in STAMP_NEGATIVES], ids=_ids(STAMP_NEGATIVES))
def test_labelled_stamp_negatives(line: str) -> None:
    assert labelled_stamp(line) is None


_LEADS = [
    ("【本報訊】社會文化司司長譚俊榮今(6)日向傳媒表示,對於吳衛鳴局長即將離職退休深感惋惜。", "2017-01-06"),
    ("本报讯(记者 张三)今天上午,县委书记到县融媒体中心调研,并召开座谈会。", "2017-01-06"),
    ("1月5日,县委书记到县融媒体中心调研,县领导参加调研。", "2017-01-05"),
    ("华为秋季全场景新品发布会5日举办,多达140家媒体进行现场直播。", "2017-01-05"),
]
_PAGE_STAMPS = ["2017年1月6日    即時資訊", "2017-01-06新闻5", "2017-01-06・Array", "2017-01-06 | 要闻"]

PIPELINE_STAMP_ROWS = _no_duplicates([(stamp, lead, iso) for stamp in _PAGE_STAMPS for lead, iso in _LEADS])


@pytest.mark.parametrize(("stamp", "lead", "iso"), PIPELINE_STAMP_ROWS, ids=_ids(PIPELINE_STAMP_ROWS))
def test_story_under_a_labelled_stamp_is_dated_by_its_lead(stamp: str, lead: str, iso: str) -> None:
    text = f"县委书记到县融媒体中心调研\n\n{stamp}\n\n{lead}\n\n会议要求,各部门要认真落实。\n"
    docs = _docs(text)
    assert [d["date"] for d in docs] == [iso]
    assert docs[0]["published"] == "2017-01-06"


PIPELINE_STAMP_NEGATIVES = _no_duplicates(
    [
        # the lead dates nothing: the labelled day is no publish line by itself
        ("2017-01-06新闻5", "近日,县委书记到县融媒体中心调研,并召开座谈会。"),
        # an event planned after the stamp: no day
        ("2017-01-06・Array", "发布会将于1月9日举行,多达140家媒体将进行现场直播。"),
        # a deadline under the headline: no stamp
        ("2017年1月6日前", "县委书记今天到县融媒体中心调研,并召开座谈会。"),
        # the site's clock: no stamp of this class
        ("2017年1月6日 星期五", "县委书记今天到县融媒体中心调研,并召开座谈会。"),
        # a cited document's day in the lead
        ("2017-01-06新闻5", "根据2016年12月1日印发的《实施方案》,县里将开展调研。"),
    ]
)


@pytest.mark.parametrize(("stamp", "lead"), PIPELINE_STAMP_NEGATIVES, ids=_ids(PIPELINE_STAMP_NEGATIVES))
def test_labelled_stamp_negatives_date_no_story(stamp: str, lead: str) -> None:
    text = f"县委书记到县融媒体中心调研\n\n{stamp}\n\n{lead}\n\n会议要求,各部门要认真落实。\n"
    assert all(d["date"] is None for d in _docs(text))


# ---------------------------------------------------------------------------------------------------------------
# 2. A disclosure page's keyless issuer + day over the notice, which its own signature dates (jinhuakfq): the
#    signature's pair is the document's, the pair over the body the page's posting
# ---------------------------------------------------------------------------------------------------------------

_HEAD_PAIRS = [
    "金华市生态环境局金华经济技术开发区分局\n2024-03-01",
    "某某县发展和改革局\n2024年3月1日",
    "某某县发展和改革局\n2024/03/01",
]
_RECIPIENTS = ["各乡镇人民政府、街道办事处,管委会各有关单位:", "各乡镇人民政府，县直各单位："]
_SIGNERS = ["某某开发区管理委员会党政综合办公室", "某某县人民政府办公室"]

HEAD_PAIR_ROWS = _no_duplicates([(h, r, s) for h in _HEAD_PAIRS for r in _RECIPIENTS for s in _SIGNERS])


@pytest.mark.parametrize(("head", "recipients", "signer"), HEAD_PAIR_ROWS, ids=_ids(HEAD_PAIR_ROWS))
def test_signature_under_the_body_beats_a_pair_over_it(head: str, recipients: str, signer: str) -> None:
    text = (
        f"11330700MB10327095/2024-00144\n关于印发《某某应急预案》的通知\n{head}\n主动公开\n\n{recipients}\n"
        f"《某某应急预案》已经管委会同意,现印发给你们,请结合实际,认真贯彻执行。\n{signer}\n2024年2月29日\n"
        "某某应急预案\n一、总则\n为有效应对重污染天气,特制定本预案。\n"
    )
    docs = _docs(text)
    assert [(d["issuer"], d["date"]) for d in docs] == [(signer, "2024-02-29")]


def test_pair_over_the_body_kept_when_the_body_is_unsigned() -> None:
    text = (
        "关于印发《某某应急预案》的通知\n某某县发展和改革局\n2024-03-01\n\n各乡镇人民政府，县直各单位：\n"
        "《某某应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    assert _dates(text) == ["2024-03-01"]


def test_first_signature_still_signs_before_the_enclosure() -> None:
    # the notice's pair after its body, the enclosed rules' own pair after theirs: the notice's
    text = (
        "关于印发某某办法的通知\n\n各乡镇人民政府，县直各单位：\n现将《某某办法》印发给你们，请认真贯彻执行。\n"
        "某某县人民政府办公室\n2021年3月5日\n\n某某办法\n第一条 为加强管理，制定本办法。\n某某县财政局\n2020年1月2日\n"
    )
    docs = _docs(text)
    assert [(d["issuer"], d["date"]) for d in docs][:1] == [("某某县人民政府办公室", "2021-03-05")]


# ---------------------------------------------------------------------------------------------------------------
# 3. A law database's label before the adoption note (law242infoeach: 【题注】 (2001年4月29日…会议通过 …批准))
# ---------------------------------------------------------------------------------------------------------------

_LABELS = ["【题注】 ", "【题注】", "[题注] ", "［题注］", "题注：", "题注:", "【題注】 ", "【注】", "说明："]
_NOTES = [
    (
        "(2001年4月29日包头市第十一届人民代表大会第四次会议通过 2001年6月3日内蒙古自治区第九届人民代表大会常务委员会第二十三次会议批准)",
        "2001-04-29",
    ),
    ("（2001年4月29日包头市人民代表大会常务委员会第四次会议通过）", "2001-04-29"),
]
ADOPTION_ROWS = _no_duplicates([(label, note, iso) for label in _LABELS for note, iso in _NOTES])

_LAW_DB_HEAD = (
    "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n某某市制定地方性法规条例\n\n"
    "作者:法律资料网 时间:2024-07-22 05:37:26  浏览:9174   来源:法律资料网\n\n"
    "某某市制定地方性法规条例\n\n某某市人大常委会\n\n\n某某市制定地方性法规条例\n\n"
    "颁布日期:2001-6-3\n实施日期:2001-8-1\n颁布单位:某某市人民代表大会常务委员会\n\n\n"
)


@pytest.mark.parametrize(("label", "note", "iso"), ADOPTION_ROWS, ids=_ids(ADOPTION_ROWS))
def test_labelled_adoption_note_dates_the_rules(label: str, note: str, iso: str) -> None:
    text = _LAW_DB_HEAD + f"{label}{note}\n【章名】 第一章 总则\n第一条 为了规范立法活动,制定本条例。\n"
    assert _dates(text)[:1] == [iso]


ADOPTION_NEGATIVES = _no_duplicates(
    [
        ("【章名】 ", "(2001年4月29日包头市第十一届人民代表大会第四次会议通过)"),  # another label: no note
        ("【题注】 ", "(本条例自2001年8月1日起施行)"),  # a note that adopts nothing: a start day
        ("【题注】 ", "(2001年4月29日修订)"),  # no session
    ]
)


@pytest.mark.parametrize(("label", "note"), ADOPTION_NEGATIVES, ids=_ids(ADOPTION_NEGATIVES))
def test_labelled_adoption_negatives(label: str, note: str) -> None:
    text = _LAW_DB_HEAD + f"{label}{note}\n第一条 为了规范立法活动,制定本条例。\n"
    assert "2001-04-29" not in _dates(text)
    assert "2001-08-01" not in _dates(text)


# ---------------------------------------------------------------------------------------------------------------
# 4. English keys of a publish line (tmsc: • Start date:2017-06-21)
# ---------------------------------------------------------------------------------------------------------------

EN_KEY_ROWS = _no_duplicates(
    [
        ("Start date:2017-06-21", "2017-06-21"),
        ("  • Start date:2017-06-21", "2017-06-21"),
        ("start date: 2017/6/21", "2017-06-21"),
        ("Release Date: 2017-06-21", "2017-06-21"),
        ("Published on 2017年6月21日", "2017-06-21"),
        ("Date posted: 2017.06.21", "2017-06-21"),
        ("Issue date：2017-06-21", "2017-06-21"),
        ("Posted: 2017-06-21 10:00 by admin", "2017-06-21"),
        ("date 2017-06-21 聽新聞", "2017-06-21"),
    ]
)


@pytest.mark.parametrize(("line", "iso"), EN_KEY_ROWS, ids=_ids(EN_KEY_ROWS))
def test_english_publish_keys(line: str, iso: str) -> None:
    assert publish_date(line) == iso


EN_KEY_NEGATIVES = _no_duplicates(
    [
        ("Deadline: 2017-06-21",),  # a deadline's key
        ("Start date: 2017-06-21 to 2017-07-01",),  # a period
        ("Expiry date: 2017-06-21",),
        ("Copyright 2017 All rights reserved",),  # a copyright year
        ("Visits: 20170621",),  # a counter
    ]
)


@pytest.mark.parametrize("line", [r[0] for r in EN_KEY_NEGATIVES], ids=_ids(EN_KEY_NEGATIVES))
def test_english_publish_key_negatives(line: str) -> None:
    assert publish_date(line) is None


def test_release_under_an_english_start_date_is_dated_by_its_lead() -> None:
    text = (
        "Logo\n\n\n勞工新聞\n\n勞動部正規劃完善勞動檢查作為,並將持續協助事業單位調適。\n\n  • Start date:2017-06-21\n\n"
        "勞動部林美珠部長今(21)日表示,目前尚未定案,將於6月29日邀集各縣市勞動行政首長共同商議。\n"
    )
    assert _dates(text) == ["2017-06-21"]  # the lead's day; 6月29日 is a future meeting


# ---------------------------------------------------------------------------------------------------------------
# 5. A table's bar or a rule alone over an untitled story whose lead opens on its whole date (myichu)
# ---------------------------------------------------------------------------------------------------------------

_BARS = ["|", "｜", "||", "| |", "———", "-----", "═══"]
_DATED_LEADS = [
    ("2023年2月3日,人大主席張立田主持召開西堡鎮禁燒秸稈工作會議,黨委書記出席,各村干部參加。", "2023-02-03"),
    ("2023年2月3日上午，镇长主持召开秸秆禁烧工作会议，各村干部参加。", "2023-02-03"),
]
BAR_ROWS = _no_duplicates([(bar, lead, iso) for bar in _BARS for lead, iso in _DATED_LEADS])


@pytest.mark.parametrize(("bar", "lead", "iso"), BAR_ROWS, ids=_ids(BAR_ROWS))
def test_bar_over_a_dated_untitled_story(bar: str, lead: str, iso: str) -> None:
    text = f"{bar}\n{lead}\n会议强调要充分认识当前工作的严峻形势,落实好各项工作。\n"
    docs = _docs(text)
    assert [(d["title"], d["date"]) for d in docs] == [(None, iso)]


BAR_NEGATIVES = _no_duplicates(
    [
        ("|", "2月3日,镇长主持召开秸秆禁烧工作会议,各村干部参加。"),  # a day without a year
        ("|", "近日,镇长主持召开秸秆禁烧工作会议,各村干部参加。"),
        ("| 栏目 |", "2023年2月3日,镇长主持召开秸秆禁烧工作会议,各村干部参加。"),  # a line with words: no bar
    ]
)


@pytest.mark.parametrize(("bar", "lead"), BAR_NEGATIVES, ids=_ids(BAR_NEGATIVES))
def test_bar_negatives(bar: str, lead: str) -> None:
    text = f"{bar}\n{lead}\n会议强调要充分认识当前工作的严峻形势,落实好各项工作。\n"
    assert _docs(text) == []


def test_bar_over_a_chronicle_dates_no_story() -> None:
    text = (
        "|\n2023年2月3日,镇长主持召开秸秆禁烧工作会议。\n2023年2月5日,镇党委召开理论学习会议。\n"
        "2023年2月9日,镇人大召开主席团会议。\n"
    )
    assert all(d["date"] is None for d in _docs(text))


# ---------------------------------------------------------------------------------------------------------------
# 6. A one-line lead that opens on its whole date and closes on a colon, numbered points under it (julu)
# ---------------------------------------------------------------------------------------------------------------

_COLON_LEADS = [
    ("2020年10月7日李扬镇长调度秸秆禁烧工作:", "2020-10-07"),
    ("2020年10月7日李扬镇长调度秸秆禁烧工作：", "2020-10-07"),
    ("2020年10月6日下午镇党委书记部署秸秆禁烧工作:", "2020-10-06"),
]
_PUBLISH_LINES = [
    "发布时间:2020-10-07  发布机构:官亭镇人民政府  浏览次数:106",
    "发布日期：2020年10月07日 来源：官亭镇",
]
COLON_ROWS = _no_duplicates([(p, lead, iso) for p in _PUBLISH_LINES for lead, iso in _COLON_LEADS])


@pytest.mark.parametrize(("publish", "lead", "iso"), COLON_ROWS, ids=_ids(COLON_ROWS))
def test_dated_colon_lead(publish: str, lead: str, iso: str) -> None:
    text = (
        f"欢迎访问某县人民政府网站\n\n官亭镇调度秸秆禁烧工作\n\n{publish}\n\n{lead}\n\n"
        "一、要落实责任。镇村干部务必加强认识。\n\n二、要宣传无死角。各村要发动宣传起来。\n"
    )
    assert _dates(text) == [iso]


COLON_NEGATIVES = _no_duplicates(
    [
        ("2020年10月9日镇长将调度秸秆禁烧工作:",),  # a day after the publish day (a plan)
        ("时间：2020年10月7日上午9:00",),  # a meeting notice's field
        ("2019年10月7日县委印发的通知要求:",),  # a cited document's day, a year before
    ]
)


@pytest.mark.parametrize("lead", [r[0] for r in COLON_NEGATIVES], ids=_ids(COLON_NEGATIVES))
def test_dated_colon_lead_negatives(lead: str) -> None:
    text = (
        "欢迎访问某县人民政府网站\n\n官亭镇调度秸秆禁烧工作\n\n发布时间:2020-10-07  发布机构:官亭镇人民政府\n\n"
        f"{lead}\n\n一、要落实责任。镇村干部务必加强认识。\n\n二、要宣传无死角。各村要发动宣传起来。\n"
    )
    assert _dates(text) in ([None], [])


# ---------------------------------------------------------------------------------------------------------------
# 7. A relative day glued to its part of the day in the lead (exmoo: 政府班子今早正式獲國務院任命)
# ---------------------------------------------------------------------------------------------------------------

RELATIVE_PART_ROWS = _no_duplicates(
    [
        ("候任香港特首林鄭月娥的政府班子今早正式獲國務院任命,三名現任司長將過渡至新班子。", "2017-06-21"),
        ("候任香港特首林郑月娥的政府班子今早正式获国务院任命，三名现任司长将过渡至新班子。", "2017-06-21"),
        ("市长今晨召开防汛工作紧急会议，部署防汛工作。", "2017-06-21"),
        ("第二届艺术节今晚在市文化中心开幕。", "2017-06-21"),
        ("市委常委会昨晚召开扩大会议，传达学习会议精神。", "2017-06-20"),
        ("省政府昨晨召开常务会议。", "2017-06-20"),
        ("特区政府昨早宣布新一届主要官员名单。", "2017-06-20"),
    ]
)


@pytest.mark.parametrize(("lead", "iso"), RELATIVE_PART_ROWS, ids=_ids(RELATIVE_PART_ROWS))
def test_relative_day_with_its_part(lead: str, iso: str) -> None:
    assert lead_day(lead, "2017-06-21") == iso


RELATIVE_PART_NEGATIVES = _no_duplicates(
    [
        ("今年以来，全县召开各类会议二十余次。",),  # this year: no day
        ("今后，县委将召开更多会议。",),
        ("明晚将举行文艺晚会。",),  # a future evening
        ("据悉，今早的会议已经取消。",),  # an outlet's report
        ("去年今早，县委召开会议。",),
    ]
)


@pytest.mark.parametrize("lead", [r[0] for r in RELATIVE_PART_NEGATIVES], ids=_ids(RELATIVE_PART_NEGATIVES))
def test_relative_day_with_its_part_negatives(lead: str) -> None:
    assert lead_day(lead, "2017-06-21") is None


def test_day_first_stamp_under_a_headline_resolved_by_this_morning() -> None:
    text = (
        "中央任命第五屆港府主要官員\n\n林鄭率新班子首見傳媒\n21/06/2017\n42340\n收藏\n分享\n"
        "候任香港特首林鄭月娥的政府班子今早正式獲國務院任命,三名現任司長將過渡至新班子。\n\n"
        "林鄭月娥下午2時30分率領三司十三局首長會見傳媒。\n"
    )
    assert _dates(text) == ["2017-06-21"]


# ---------------------------------------------------------------------------------------------------------------
# 8. A date in English order alone on its line under the headline (owlting: 4月. 09, 2024)
# ---------------------------------------------------------------------------------------------------------------

EN_ORDER_ROWS = _no_duplicates(
    [
        ("4月. 09, 2024", "2024-04-09"),
        ("4月 9, 2024", "2024-04-09"),
        ("12月. 25, 2023", "2023-12-25"),
        ("Apr. 09, 2024", "2024-04-09"),
        ("April 9, 2024", "2024-04-09"),
        ("april 9 , 2024", "2024-04-09"),
        ("Apr 9th, 2024 10:00 PM", "2024-04-09"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("09 Apr 2024", "2024-04-09"),
        ("9 April 2024 10:00", "2024-04-09"),
        ("9 Apr., 2024", "2024-04-09"),
    ]
)


@pytest.mark.parametrize(("line", "iso"), EN_ORDER_ROWS, ids=_ids(EN_ORDER_ROWS))
def test_english_order_stamp(line: str, iso: str) -> None:
    assert publish_date(line) == iso


EN_ORDER_NEGATIVES = _no_duplicates(
    [
        ("May 2024",),  # no day
        ("April 31, 2024",),  # no such day
        ("In April 9, 2024 we met",),  # a sentence
        ("4月9日, 2024",),  # not this form
        ("April 9",),  # no year
        ("Copyright © 2024 April",),  # a copyright year
    ]
)


@pytest.mark.parametrize("line", [r[0] for r in EN_ORDER_NEGATIVES], ids=_ids(EN_ORDER_NEGATIVES))
def test_english_order_stamp_negatives(line: str) -> None:
    assert publish_date(line) is None


@pytest.mark.parametrize("stamp", ["4月. 09, 2024", "Apr. 09, 2024", "9 April 2024"])
def test_story_under_an_english_order_stamp(stamp: str) -> None:
    text = (
        "南市新任7區長宣誓就職\n\n"
        f"{stamp}\n\n【記者顏碧雪/臺南報導】\n\n台南市政府今(9)日舉行7位新任區長宣誓典禮,由台南市長黃偉哲擔任監誓人。\n\n"
        "黃偉哲指出,區公所是市政府在地方最重要的治理機關之一。\n"
    )
    assert _dates(text) == ["2024-04-09"]


# ---------------------------------------------------------------------------------------------------------------
# 9. A date alone over a speech's or report's address, the speaker perhaps between (wnwk): the day it was delivered
# ---------------------------------------------------------------------------------------------------------------

_REPORT_HEADS = [
    "XX市政府工作报告\n\n张剑飞\n\n2023年1月6日\n\n各位代表：",
    "XX市政府工作报告\n\n2023年1月6日\n\n市长 张剑飞\n\n各位代表:",
    "XX市政府工作报告\n\n2023年1月6日\n\n各位代表、同志们：",
    "在全县经济工作会议上的讲话\n\n县委书记 张三\n\n2023年1月6日\n\n同志们：",
    "XX市政府工作报告张剑飞2023年1月6日各位代表:",  # a converter's dump: the line cut by layout.runon
]
REPORT_ROWS = _no_duplicates([(head,) for head in _REPORT_HEADS])


@pytest.mark.parametrize("head", [r[0] for r in REPORT_ROWS], ids=_ids(REPORT_ROWS))
def test_date_over_an_address_is_the_delivery_day(head: str) -> None:
    text = f"{head}现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2022年工作回顾\n\n全市上下圆满完成了任务。\n"
    text = text.replace("：现在", "：\n\n现在").replace(":现在", ":\n\n现在") if "\n" in head else text
    assert _dates(text) == ["2023-01-06"]


REPORT_NEGATIVES = _no_duplicates(
    [
        # the date over a story, no address: the publish day, the lead dates nothing
        ("XX市召开经济工作会议\n\n2023年1月6日\n\n近日，XX市召开经济工作会议，部署全年工作。",),
        # two long lines between the date and the address: no speaker's name
        (
            "XX市政府工作报告\n\n2023年1月6日\n\n本报告由市政府办公室整理，供参阅。\n\n各位代表：\n\n现在，我代表市人民政府报告工作。",
        ),
    ]
)


@pytest.mark.parametrize("text", [r[0] for r in REPORT_NEGATIVES], ids=_ids(REPORT_NEGATIVES))
def test_date_over_an_address_negatives(text: str) -> None:
    assert "2023-01-06" not in _dates(text + "\n")


# ---------------------------------------------------------------------------------------------------------------
# 10. The head of a meeting's minutes under the publish line (mofa: 一、時 間:111年3月8日(星期二)上午11時 / 二、地 點:…)
# ---------------------------------------------------------------------------------------------------------------

_TIME_FIELDS = [
    ("一、時 間:111年3月8日(星期二)上午11時", "二、地 點:外交部一樓新聞中心"),
    ("一、时间：2022年3月8日上午9时", "二、地点：县政府三楼会议室"),
    ("1.会议时间:民國111年3月8日上午10時", "2.会议地点:市府大樓"),
    ("时  间：2022年3月7日下午3时", "地  点：县委二楼会议室"),
    ("會議時間：111年3月8日下午2時", "會議地點：本府第一會議室"),
]
MINUTES_ROWS = _no_duplicates([(t, p, "2022-03-07" if "3月7日" in t else "2022-03-08") for t, p in _TIME_FIELDS])


@pytest.mark.parametrize(("time", "place", "iso"), MINUTES_ROWS, ids=_ids(MINUTES_ROWS))
def test_minutes_time_field_dates_the_record(time: str, place: str, iso: str) -> None:
    text = (
        "跳到主要內容區塊\n\n本部單位主管例行新聞說明會紀要---國傳司\n\n  • 發布時間:2022-03-08\n  • 資料來源:公眾外交協調會\n\n"
        f"※單位主管新聞說明會紀要:\n{time}\n{place}\n三、主持人:發言人歐江安\n\n \n\n"
        "※司長報告:\n\n自2月24日以來,外交部推特共發布10則推文。\n"
    )
    assert _dates(text) == [iso]


MINUTES_NEGATIVES = _no_duplicates(
    [
        ("一、时间：2022年3月15日上午9时", "二、地点：县政府三楼会议室"),  # a meeting to come: a notice
        ("一、时间：2022年1月8日上午9时", "二、地点：县政府三楼会议室"),  # two months before: no record's day
        ("一、时间：2022年3月8日上午9时", "二、议题：研究全年工作"),  # no place field: no minutes' head
        ("一、截止时间：2022年3月8日", "二、地点：县政府三楼会议室"),  # a deadline's key
    ]
)


@pytest.mark.parametrize(("time", "place"), MINUTES_NEGATIVES, ids=_ids(MINUTES_NEGATIVES))
def test_minutes_time_field_negatives(time: str, place: str) -> None:
    text = (
        "跳到主要內容區塊\n\n本部單位主管例行新聞說明會紀要---國傳司\n\n  • 發布時間:2022-03-08\n  • 資料來源:公眾外交協調會\n\n"
        f"※單位主管新聞說明會紀要:\n{time}\n{place}\n三、主持人:發言人歐江安\n\n \n\n"
        "※司長報告:\n\n自2月24日以來,外交部推特共發布10則推文。\n"
    )
    assert _dates(text) == [None]


# ---------------------------------------------------------------------------------------------------------------
# 11. A column, the publish day and a view count glued at an untitled story's foot (penanglaksa: 政府要聞2021-09-154733);
#     the lead's month and day resolved against it
# ---------------------------------------------------------------------------------------------------------------

COLUMN_COUNT_ROWS = _no_duplicates(
    [
        ("政府要聞2021-09-154733", "2021-09-15"),
        ("政府要闻2021-09-154733", "2021-09-15"),
        ("政府要闻 2021-09-15 4733", "2021-09-15"),
        ("本地新闻|2021-09-15|88", "2021-09-15"),
        ("工作动态2021-09-150", "2021-09-15"),
    ]
)


@pytest.mark.parametrize(("line", "iso"), COLUMN_COUNT_ROWS, ids=_ids(COLUMN_COUNT_ROWS))
def test_column_count_stamp(line: str, iso: str) -> None:
    assert column_count_stamp(line) == iso


COLUMN_COUNT_NEGATIVES = _no_duplicates(
    [
        ("2021-09-154733",),  # no column: digits that may be anything
        ("政府要闻2021-9-154733",),  # the day not padded: 15 or 1, 5 or 154
        ("政府要闻2021-09-15",),  # no count: not this form
        ("截至2021-09-15累计4733",),  # a sentence's figures
        ("©2021 政府要闻 4733",),  # a copyright year and a counter
    ]
)


@pytest.mark.parametrize("line", [r[0] for r in COLUMN_COUNT_NEGATIVES], ids=_ids(COLUMN_COUNT_NEGATIVES))
def test_column_count_stamp_negatives(line: str) -> None:
    assert column_count_stamp(line) is None


_FOOT_LEADS = [
    ("9月13日,市長侯紅主持召開疫情防控視頻調度會,強調要深入貫徹重要指示精神,扛牢疫情防控政治責任", "2021-09-13"),
    ("9月14日上午，市长主持召开疫情防控调度会，强调要压实责任", "2021-09-14"),
    ("9月15日，全市疫情防控工作会议召开，部署下一步工作", "2021-09-15"),
]
_FOOTS = ["政府要聞2021-09-154733", "政府要闻 2021-09-15 4733"]
FOOT_ROWS = _no_duplicates([(lead, foot, iso) for lead, iso in _FOOT_LEADS for foot in _FOOTS])


@pytest.mark.parametrize(("lead", "foot", "iso"), FOOT_ROWS, ids=_ids(FOOT_ROWS))
def test_untitled_story_dated_against_its_foot(lead: str, foot: str, iso: str) -> None:
    docs = _docs(f"{lead}。會議總結了近期疫情防控情況,安排部署常態化防控工作。\n{foot}")
    assert [(d["title"], d["date"]) for d in docs] == [(None, iso)]


FOOT_NEGATIVES = _no_duplicates(
    [
        ("9月16日,市长主持召开疫情防控调度会,强调要压实责任", "政府要闻2021-09-154733"),  # after the publish day
        ("9月13日,市长到社区检查疫情防控工作,强调要压实责任", "政府要闻2021-09-154733"),  # no session held
        ("9月13日,市长主持召开疫情防控调度会,强调要压实责任", "2021-09-154733"),  # no column: no stamp
        ("近日,市长主持召开疫情防控调度会,强调要压实责任", "政府要闻2021-09-154733"),  # the lead dates nothing
        ("8月1日,市长主持召开疫情防控调度会,强调要压实责任", "政府要闻2021-09-154733"),  # too long before
    ]
)


@pytest.mark.parametrize(("lead", "foot"), FOOT_NEGATIVES, ids=_ids(FOOT_NEGATIVES))
def test_untitled_story_foot_negatives(lead: str, foot: str) -> None:
    assert _docs(f"{lead}。會議總結了近期疫情防控情況,安排部署常態化防控工作。\n{foot}") == []


def test_untitled_day_chronicle_over_a_foot_is_no_story() -> None:
    text = "9月13日,市长主持召开疫情防控调度会。\n9月14日,市委召开常委会会议。\n9月15日,市政府召开常务会议。\n政府要闻2021-09-154733"
    assert _docs(text) == []
