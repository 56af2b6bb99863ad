"""Dates round 19 (session 19): news pages whose event day was withheld.

Classes (docs/issue9-rounds.md, ### dates19):

* the site's clock over the masthead (2024年03月29日 / 星期五) taken for the publish day over the publish line under
  the headline (发布日期 : 2017-01-23): the clock is no publish day, nor a document's date;
* a quotation opening the lead (“我宣誓：…”2月25日上午，我县举行…), perhaps after the outlet's byline: passed over to
  the lead's own first clause;
* a day stated without brackets right before the event's verb in a later clause of the lead's first sentences (政府
  今日宣布… / 广东官场再次变动。广东省人大会议昨日召开… / 在14日下午举行的…会议上), when the first clause dates nothing;
* a lead's day whose 日 was lost before its comma or its part of the day (3月8，… / 7月28上午，…);
* a Hong Kong government press release dated only at its foot (2018年8月17日（星期五） / 香港时间14时00分, the hour
  line perhaps printed twice), its lead dating nothing;
* an untitled retelling of a listed company's notice whose later paragraph opens on its actor and 于 before the whole
  date of the meeting (公司于2021年12月6日召开第七届董事会第十六次会议);
* a Taiwan byline of an outlet and one reporter over the stamp (警政時報/警政時報 蔡宗武2025.01.13 19:48), and a photo's
  caption whose credit is in 【】 (…异动。【图/记者某某拍摄】) over the lead;
* a signature's year in Chinese numerals with a lower-case o typed for 〇 (二o一九年三月五日).

Each class: positives over the variants (brackets, separators, ASCII and full-width punctuation, Traditional) and
negatives that must give no day (a plan's day, a quotation's, the background's, a day outside the days before the
publish day, a range, a body date, a deadline, a cited document's date, a counter).
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.blocks import Block, BlockKind
from gazette_extract.layout.news import is_site_clock
from gazette_extract.layout.storyday import is_photo_caption, lead_day
from gazette_extract.pipeline import extract_str
from gazette_extract.text.newshead import publish_date


def _date(text: str) -> str | None:
    docs = extract_str(text)["documents"]
    assert len(docs) == 1, docs
    return docs[0]["date"]


def _blocks(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text, k + 1, k + 1) for k, text in enumerate(texts)]


# --- class 1: the site's clock over the masthead ------------------------------------------------------------------

_CLOCK_PAGE = (
    "{clock}\n"
    "搜寻新闻\n"
    "即时新闻 要闻港闻 国际两岸 财经\n"
    "粤人大常委会正副主任请辞\n"
    "{key}2017-01-23\n"
    "【本报两岸组报道】广东官场再次变动。广东省人大会议昨日召开第三次全体会议，决定接受黄某某辞去省人大常委会主任职务的请求。\n"
    "据公开资料显示，黄某某已届退休年龄。\n"
)


@pytest.mark.parametrize(
    "clock",
    [
        "2024年03月29日\n星期五",
        "2024年03月29日 星期五",
        "2024年3月29日（星期五）",
        "2024年3月29日(星期五)",
        "2024-03-29 星期五",
        "2024年03月29日\n周五",
        "2024年03月29日\n(星期五)",
    ],
)
@pytest.mark.parametrize("key", ["发布日期 : ", "发布日期：", "发布时间:", "發佈日期 : ", "来源：某某网 发布时间："])
def test_site_clock_over_masthead_is_no_publish_day(clock: str, key: str) -> None:
    assert _date(_CLOCK_PAGE.format(clock=clock, key=key)) == "2017-01-22"


@pytest.mark.parametrize(
    ("texts", "clock"),
    [
        (("2024年03月29日", "星期五"), True),
        (("2024年03月29日 星期五",), True),
        (("2024年3月29日（星期五）",), True),
        (("2024年03月29日", "星期四"), False),  # not the date's weekday: no clock
        (("2024年03月29日", "星期五 晴 23度 空气质量良"), False),  # a weather line, not the weekday alone
        (("2024年03月29日", "首页"), False),
        (("2024年03月29日",), False),
    ],
)
def test_is_site_clock(texts: tuple[str, ...], clock: bool) -> None:
    assert is_site_clock(_blocks(*texts), 0) is clock


def test_clock_without_publish_line_keeps_the_old_reading() -> None:
    # no publish line under the headline: the clock's 今日 reading is unchanged (its day, as before this round)
    text = "2017年01月23日\n星期一\n粤人大常委会正副主任请辞\n【本报讯】广东省人大会议今日召开第三次全体会议，决定接受某某辞去职务的请求。\n"
    assert _date(text) == "2017-01-23"


# --- class 2: a quotation opening the lead ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("o", "c"),
    [("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'), ("‘", "’")],
    ids=["cn", "hk", "hk2", "ascii", "single"],
)
@pytest.mark.parametrize(
    "byline",
    ["文成新闻网（记者 赵某某）", "某某日报讯(通讯员 王某)", "本报讯（记者 张某）", "", "县电视台（记者 李某 王某）"],
)
@pytest.mark.parametrize("after", ["", "，", "。", " "])
def test_quotation_opening_the_lead_is_passed_over(o: str, c: str, byline: str, after: str) -> None:
    lead = f"{byline}{o}我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责……{c}{after}2月25日上午，我县举行宪法宣誓仪式。"
    assert lead_day(lead, "2019-02-25") == "2019-02-25"


@pytest.mark.parametrize(
    "lead",
    [
        "“2月20日那天，我们召开了会议。”他说，这次宣誓仪式意义重大。",  # the quote's day is no lead's
        "“我宣誓：忠于宪法……”县长在宣誓仪式上领誓。",  # nothing dates the lead after the quote
        "“我宣誓：忠于宪法……”近日，我县举行宪法宣誓仪式。",  # 近日 dates nothing
        "“我宣誓：忠于宪法……”将于3月1日上午举行宪法宣誓仪式。",  # a plan, after the publish day
        "文成新闻网（记者 赵某某）“我宣誓：忠于宪法……”去年2月20日，我县举行宪法宣誓仪式。",  # not the lead's opening day
    ],
)
def test_quotation_lead_negatives(lead: str) -> None:
    assert lead_day(lead, "2019-02-25") is None


def test_quotation_lead_on_a_page() -> None:
    text = (
        "我县举行县政府任命国家工作人员向宪法宣誓仪式\n"
        "发布时间：2019年02月25日 来源：文成新闻网\n"
        "文成新闻网（记者 赵某某）“我宣誓：忠于中华人民共和国宪法，维护宪法权威……”2月25日上午，我县举行宪法宣誓仪式。\n"
        "仪式上，全体宣誓人员面向国旗整齐站立。\n"
    )
    assert _date(text) == "2019-02-25"


# --- class 3: a day stated without brackets before the event's verb in a later clause ---------------------------


@pytest.mark.parametrize(
    ("lead", "published", "day"),
    [
        (
            "保安局常任秘书长自某某上月转到民政局后悬空至今，政府今日宣布现任处长某某将出任常秘。",
            "2026-02-11",
            "2026-02-11",
        ),
        ("保安局常任秘书长一职悬空多时，政府今天宣布由某某出任。", "2026-02-11", "2026-02-11"),
        ("广东官场再次变动。广东省人大会议昨日召开第三次全体会议，决定接受某某辞职。", "2017-01-23", "2017-01-22"),
        ("广东官场再次变动。广东省人大常委会昨天下午举行第三十次会议，表决通过人事任免。", "2017-01-23", "2017-01-22"),
        ("广东官场再次变动。省人大常委会昨召开会议，决定接受某某辞职。", "2017-01-23", "2017-01-22"),
        ("广东官场再次变动；省人大常委会前天召开会议，决定接受某某辞职。", "2017-01-23", "2017-01-21"),
        (
            "人民政协顺利完成新老交替。某某在14日下午举行的全国政协十三届一次会议第四次全体会议上当选。",
            "2018-03-15",
            "2018-03-14",
        ),
        ("人民政协顺利完成新老交替，某某在14日举行的全体会议上当选。", "2018-03-15", "2018-03-14"),
        ("两会时间进入第二日，某某会议今天上午开幕。", "2018-03-05", "2018-03-05"),
        ("新一届领导班子产生，市人大常委会昨日表决通过任命。", "2018-03-05", "2018-03-04"),
        ("新一届领导班子产生,政府今日公布名单。", "2018-03-05", "2018-03-05"),  # an ASCII comma
    ],
)
def test_stated_day_in_a_later_clause(lead: str, published: str, day: str) -> None:
    assert lead_day(lead, published) == day


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("新一届领导班子即将产生，会议将于14日下午举行。", "2018-03-15"),  # a plan
        ("新一届领导班子即将产生，会议定于14日召开。", "2018-03-15"),
        ("新一届领导班子即将产生，拟于今日召开会议。", "2018-03-15"),
        ("新一届领导班子即将产生，会议计划于14日举行。", "2018-03-15"),
        ("新一届领导班子即将产生，此前于昨日召开的会议已作部署。", "2018-03-15"),  # background
        ("新一届领导班子即将产生，去年今日召开的会议已作部署。", "2018-03-15"),
        ("新一届领导班子即将产生，某某曾于14日举行会议。", "2018-03-15"),
        ("他表示，“今日召开的会议十分重要”。", "2018-03-15"),  # a quotation's day
        ("他表示，「昨日召开的會議十分重要」。", "2018-03-15"),
        ("该职位悬空至今举行了三次遴选，仍无结果。", "2018-03-15"),  # 至今: no day
        ("如今召开此类会议已成惯例，各方均有共识。", "2018-03-15"),
        ("新一届领导班子产生，某某在25日下午举行的会议上当选。", "2018-03-15"),  # not a day before the publish day
        ("新一届领导班子产生，某某在14日举行的会议上当选，16日召开的会议再作部署。", "2018-03-20"),  # two days
        ("新一届领导班子产生，市政府今年召开多次会议。", "2018-03-15"),  # 今年 is no day
        ("新一届领导班子产生，明天召开的会议将审议名单。", "2018-03-15"),
    ],
)
def test_stated_day_negatives(lead: str, published: str) -> None:
    assert lead_day(lead, published) is None


@pytest.mark.parametrize(
    "lead",
    [
        "保安局常任秘书长自某某上月转到民政局后悬空至今，政府今日宣佈现任处长某某将出任常秘。",
        "保安局常任秘書長自某某上月轉到民政局後懸空至今，政府今日宣佈現任處長某某將出任常秘。",
    ],
)
def test_stated_day_on_a_traditional_page(lead: str) -> None:
    text = (
        f"出版：2026-02-11 16:55\n廖某某重返保安局升常秘\n發佈日期：2026-02-11 16:55\n{lead}\n政府又指，某某將署任。\n"
    )
    assert _date(text) == "2026-02-11"


# --- class 4: a lead's day whose 日 was lost -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "published", "day"),
    [
        ("3月8，县长某某主持召开县政府第二次常务会议。", "2020-03-09", "2020-03-08"),
        ("3月8,县长某某主持召开县政府第二次常务会议。", "2020-03-09", "2020-03-08"),
        ("7月28上午，区六届人大常委会召开第二十六次会议。", "2020-07-29", "2020-07-28"),
        ("7月28上午,区六届人大常委会召开第二十六次会议。", "2020-07-29", "2020-07-28"),
        ("本网讯（记者 某某）7月28下午，区政府召开常务会议。", "2020-07-29", "2020-07-28"),
        ("2020年3月8，县政府召开常务会议。", "2020-03-20", "2020-03-08"),
        ("三月八，县政府召开常务会议。", "2020-03-09", "2020-03-08"),
    ],
)
def test_lead_day_that_lost_its_ri(lead: str, published: str, day: str) -> None:
    assert lead_day(lead, published) == day


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("3月8至10日，县政府召开系列会议。", "2020-03-11"),  # a range
        ("3月80，县政府召开常务会议。", "2020-03-09"),  # no day
        ("3月份，县政府召开多次常务会议。", "2020-03-31"),  # a month
        ("3月8号楼，县政府召开常务会议。", "2020-03-09"),  # a building's number
        ("3月18，县政府召开常务会议。", "2020-03-09"),  # after the publish day
        ("近日，县长某某主持召开县政府第二次常务会议，3月8，会议继续。", "2020-03-09"),  # not the lead's opening clause
    ],
)
def test_lost_ri_negatives(lead: str, published: str) -> None:
    assert lead_day(lead, published) is None


def test_lost_ri_on_a_page() -> None:
    text = (
        "县长某某主持召开县政府第二次常务会议\n"
        "2020-03-09 08:00:00 来源:某某县人民政府网站 作者:李某 责任编辑:康某 字号:T|T\n"
        "3月8,县长某某主持召开县政府第二次常务会议。某某、某某出席会议。\n"
        "会议共有九项议题。\n"
    )
    assert _date(text) == "2020-03-08"


# --- never the document's date: a body date, a deadline, a cited document's date, a counter ----------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (  # a start day in the body and the signature's date
            "红墩界镇人民政府\n关于暂停开放各类集市的公告\n\n广大村民朋友：\n\n为避免人员聚集，现决定暂时停止农村集市活动，具体公告如下：\n\n"
            "一、自2021年12月28日起，暂时停止农村集市活动。\n\n红墩界镇人民政府\n\n2021年12月27日\n",
            "2021-12-27",
        ),
        (  # an objection deadline and a cited document before the signature
            "根据《关于开展创建工作的通知》(农经发〔2023〕2号)要求，拟认定某某镇为示范镇。\n如有异议，请于8月4日前以书面形式反映。\n"
            "山东省农业农村厅\n2023年7月31日\n",
            "2023-07-31",
        ),
        (  # a read counter's key before the stamp; the day the lead states
            "区政协召开五届五十六次主席会议\n阅读次数: 发布时间:2021-03-04\n3月2日,区政协召开五届五十六次主席会议。区政协主席某某主持会议。\n",
            "2021-03-02",
        ),
        (  # 近日 under the stamp, the site's clock over the masthead: no day
            "2018年1月5日| 联系热线:17636155855\n首页 > 聚焦区县 > 正文\n兴县县委召开常委扩大会议研究部署当前工作\n"
            "2020-02-28 15:55:22 来源:吕梁新闻网\n近日,兴县县委召开县委常委扩大会议,研究安排疫情防控工作。\n",
            None,
        ),
    ],
    ids=["start-day", "deadline-cited", "counter", "jinri-clock"],
)
def test_never_the_document_date(text: str, date: str | None) -> None:
    assert _date(text) == date


# --- class 5: a Hong Kong press release dated at its foot ---------------------------------------------------------

_RELEASE = "政府委任香港电台顾问委员会成员\n新成员分别是周某某、蔡某某和胡某某。\n{body}\n完\n{day}\n{hours}"


@pytest.mark.parametrize("day", ["2018年8月17日（星期五）", "2018年8月17日(星期五)", "2018年8月17日 （星期五）"])
@pytest.mark.parametrize(
    "hours", ["香港时间14时00分", "香港时间14时00分\n香港时间14时00分", "香港時間14時00分\n香港時間14時00分"]
)
def test_release_dated_at_its_foot(day: str, hours: str) -> None:
    body = "对于有关任命，局长邱某某说：「我感谢各成员接受委任。」"
    assert _date(_RELEASE.format(body=body, day=day, hours=hours)) == "2018-08-17"


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        ("2018年8月17日（星期四）", "香港时间14时00分"),  # not the date's weekday: one of them misprinted
        ("2018年8月17日（星期五）", "下午二时"),  # no release's hour line
    ],
)
def test_release_foot_negatives(day: str, hours: str) -> None:
    body = "对于有关任命，局长邱某某说：「我感谢各成员接受委任。」"
    assert _date(_RELEASE.format(body=body, day=day, hours=hours)) is None


# --- class 6: a listed company's notice retold, its meeting's whole date after its actor and 于 --------------------


@pytest.mark.parametrize("actor", ["公司", "本公司", "董事会", "该公司"])
@pytest.mark.parametrize(
    "verb", ["召开第七届董事会第十六次会议", "召开2021年第三次临时股东大会", "举行第七届董事会第十六次会议"]
)
def test_company_meeting_day_after_its_actor(actor: str, verb: str) -> None:
    text = (
        "智通财经APP讯，某某股份(600771.SH)发布公告，该公司于今日接到董事长张某先生递交的书面辞职报告。\n"
        "根据相关规定，张某先生的辞职报告自送达公司董事会之日起生效。\n"
        f"{actor}于2021年12月6日{verb}，会议选举鞠某为公司第七届董事会董事长。\n"
    )
    assert _date(text) == "2021-12-06"


@pytest.mark.parametrize(
    "third",
    [
        "公司将于2021年12月20日召开第七届董事会第十七次会议，审议相关议案。",  # a plan (将于)
        "公司拟于2021年12月20日召开第七届董事会第十七次会议，审议相关议案。",
        "董事会定于2021年12月20日召开临时股东大会，审议相关议案。",
        "公司预计于2021年12月20日举行股东大会，审议相关议案。",
        "公司于2021年12月6日发布了年度报告，会议选举鞠某为董事长。",  # no session held on the day
        "公司于2021年12月6日至8日召开会议，选举鞠某为董事长。",  # a range
        "公司成立于2001年12月6日，主营中药。",  # 成立于: the founding date opens no paragraph
    ],
)
def test_company_meeting_day_negatives(third: str) -> None:
    text = (
        "智通财经APP讯，某某股份(600771.SH)发布公告，该公司于今日接到董事长张某先生递交的书面辞职报告。\n"
        "根据相关规定，张某先生的辞职报告自送达公司董事会之日起生效，张某先生辞去董事长职务。\n"
        f"{third}\n"
    )
    assert _date(text) is None


# --- class 7: an outlet and one reporter over the stamp; a caption's credit in 【】 -------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("警政时报/警政时报 蔡宗武2025.01.13 19:48", "2025-01-13"),
        ("警政时报 蔡宗武 2025.01.13 19:48", "2025-01-13"),
        ("自由时报 记者张三 2025-01-13 19:48", "2025-01-13"),
        ("中时新闻网 李某某 2025/01/13 19:48", "2025-01-13"),
        ("中央社 记者张三 2025/01/13 19:48", "2025-01-13"),
        ("记者张三 李四 2018-12-26 00:32", None),  # two names, no outlet: no byline (docs19)
        ("会议决定 张三 2018-12-26 00:32", None),
        ("警政时报 蔡宗武2025.01.13", None),  # no time: no stamp
        ("高市警局高层换将 七分局长异动 2025.01.13 19:48", None),  # a headline's clause is no reporter's name
        ("市委书记 张三 2025-01-13", None),
    ],
)
def test_outlet_and_reporter_stamp(line: str, day: str | None) -> None:
    assert publish_date(line) == day


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("高雄市政府警察局高阶警官人事异动。【图/记者蔡宗武拍摄】", True),
        ("高雄市政府警察局高阶警官人事异动。（图/记者蔡宗武拍摄）", True),
        ("高雄市政府警察局高阶警官人事异动。【资料照】", True),
        ("高雄市政府警察局今日公布高阶警官异动名单。【警政时报 蔡宗武/高雄报导】", False),  # a byline, not a credit
        ("【图/记者蔡宗武拍摄】", False),
    ],
)
def test_caption_credit_in_lenticular_brackets(text: str, caption: bool) -> None:
    assert is_photo_caption(text) is caption


def test_outlet_reporter_stamp_and_caption_on_a_page() -> None:
    text = (
        "高市警局高层换将│七分局长异动 公关室主任悬缺再引关注\n"
        "警政時報/警政時報 蔡宗武2025.01.13 19:48\n"
        "高雄市政府警察局高階警官人事異動。【圖/記者蔡宗武拍攝】\n"
        "【警政時報 蔡宗武/高雄報導】\n"
        "內政部警政署今（13）日正式發布2025年高階警官異動名單，高雄市政府警察局迎來一波大規模調動。\n"
    )
    assert _date(text) == "2025-01-13"


# --- class 8: a signature's year in Chinese numerals with a lower-case o typed for 〇 ---------------------------------

_SIGNED = "某某县人民政府关于做好春耕工作的通知\n各乡镇人民政府，县直各部门：\n现将有关事项通知如下。\n一、加强领导。\n某某县人民政府\n{date}\n"


@pytest.mark.parametrize(
    "date",
    [
        "二〇一九年三月五日",
        "二○一九年三月五日",
        "二零一九年三月五日",
        "二O一九年三月五日",
        "二o一九年三月五日",
        "二Ｏ一九年三月五日",
        "二0一九年三月五日",
    ],
)
def test_signature_year_in_chinese_numerals(date: str) -> None:
    assert _date(_SIGNED.format(date=date)) == "2019-03-05"


@pytest.mark.parametrize("date", ["二oo年三月五日", "o一九年三月五日", "二o一九年十三月五日"])
def test_signature_year_negatives(date: str) -> None:
    assert _date(_SIGNED.format(date=date)) is None
