"""Dates round 18 (issue 9, session 18): the days of news reports the tool withheld.

- A lead whose first clause dates nothing (日前 / 本月7日出炉 / 近年…) states its report's day further on, as a
  relative word with its own day in brackets: …今天（21日）正式函复 / 政府今日（27日）公布 / 昨天（6日）表示
  (layout/storyday.py ``_confirmed_day``; words in vocab/datelines.py ``CONFIRMED_RELATIVE_DAYS``). Not when the
  bracket contradicts the publish day, the lead states two different such days, or the day is a cited outlet's,
  background's, a plan's or a quotation's (``LEAD_NO_DAY_OPENERS``).
- A photo's caption over the lead (姚祖辉获委任岭大校董会主席。 / …。（台大提供） / （图/中央社）) is passed over: the
  lead is the next paragraph (layout/news.py ``_is_caption``).
- A date alone in eight digits under the headline (20191227) is the publish day when the lead dates its event
  against it (layout/news.py ``_COMPACT_DATE_RE``).
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.layout.storyday import lead_day, session_day

PUB = "2022-10-21"

CONFIRMED = [
    "台湾大学校长遴选结果本月7日出炉，由陈文章当选。教育部17日收到公文，今天（21日）正式函复同意聘任。",
    "台湾大学校长遴选结果本月7日出炉，教育部今天(21日)正式函复同意聘任。",
    "某部长日前正式请辞，发言人今天（21日）证实请辞获准。",
    "某部长日前正式请辞，发言人今日（21日）证实请辞获准。",
    "某部长日前正式请辞，发言人今（21）日证实请辞获准。",
    "某部长日前正式请辞，发言人今天（10月21日）证实请辞获准。",
    "近年火头多多，经过两个月时间，政府今日（21日）公布，委任某某为主席。",
    "某部长日前正式请辞，发言人今天（21日）证实请辞获准，今天（21日）下午交接。",
]
YESTERDAY = [
    "市政咨委会日前召开特别大会，市政署昨天（20日）表示，会议审议预算。",
    "市政咨委会日前召开特别大会，市政署昨日（20日）表示，会议审议预算。",
    "市政咨委会日前召开特别大会，市政署昨（20）日表示，会议审议预算。",
]
NONE = [
    # two different days in one lead
    "某部长日前正式请辞，发言人昨天（20日）证实，行政院今天（21日）宣布请辞获准。",
    # a bracket that contradicts its word
    "某部长日前正式请辞，发言人今天（19日）证实请辞获准。",
    # a cited outlet's day
    "某部长日前正式请辞，据中央社今天（21日）报道，请辞已获准。",
    # background
    "某部长日前正式请辞，去年今天（21日）他刚上任。",
    "某部长日前正式请辞，他曾于昨天（20日）到部交接。",
    "某部长日前正式请辞，此前昨天（20日）已有传闻。",
    # a plan
    "某市长日前表示，原定今天（21日）公布名单，但延后公布。",
    "某市长日前表示，预计今天（21日）公布名单。",
    # a quotation's day
    "某市长日前表示，“今天（21日）我们公布名单”。",
    "某市长日前表示，会上他说：「今天（21日）我们公布名单」。",
    # no bracketed day at all: 日前 / 近日 date nothing, a bare 今天 later in the lead is no confirmed day
    "某部长日前正式请辞，发言人证实请辞获准。",
    "近日，省政府决定任命某某为厅长，今年工作将于下月展开。",
    # tomorrow is no report's day
    "某部长日前正式请辞，明天（22日）交接。",
]


@pytest.mark.parametrize("lead", CONFIRMED)
def test_a_bracketed_today_dates_a_lead_whose_first_clause_dates_nothing(lead: str) -> None:
    assert lead_day(lead, PUB) == PUB


@pytest.mark.parametrize("lead", YESTERDAY)
def test_a_bracketed_yesterday_dates_the_day_before(lead: str) -> None:
    assert lead_day(lead, PUB) == "2022-10-20"


@pytest.mark.parametrize("lead", NONE)
def test_no_day_when_the_bracketed_day_is_not_the_reports(lead: str) -> None:
    assert lead_day(lead, PUB) is None


def test_the_first_clauses_own_day_still_wins() -> None:
    # the round-14 rule: a first clause that dates the event keeps its day
    assert lead_day("10月20日上午，市政府召开常务会议，今天（21日）公布结果。", PUB) == "2022-10-20"


TITLE = "教部同意台大校长聘任案 陈文章明年1月8日上任"
LEAD = "台湾大学校长遴选结果本月7日出炉，由工学院长陈文章当选第13任校长。教育部17日收到台大公文，今天（21日）正式函复同意聘任。"
CAPTIONS = [
    "台湾大学工学院院长陈文章当选台大新任校长。（台大提供）",
    "台湾大学工学院院长陈文章当选台大新任校长。(台大提供)",
    "陈文章当选台大新任校长。（图/中央社）",
    "陈文章当选台大新任校长。（资料照/林某某 摄）",
    "陈文章当选台大新任校长。（资料照）",
    "陈文章获委任台大校长。",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_photo_caption_over_the_lead_is_passed_over(caption: str) -> None:
    text = f"{TITLE}\n\n2022-10-21 13:06 来源：中央社\n\n{caption}\n\n{LEAD}\n\n陈文章将于明年上任。\n"
    docs = parse_text(text).documents
    assert [d.date for d in docs] == ["2022-10-21"]


def test_a_caption_that_dates_its_photo_is_no_lead_either_way() -> None:
    # a long first paragraph with commas is a lead, not a caption: its nothing stays nothing
    lead = "台湾大学工学院院长陈文章，日前当选台大新任校长，各界关注。"
    text = f"{TITLE}\n\n2022-10-21 13:06 来源：中央社\n\n{lead}\n\n今天（21日）教育部函复同意聘任。\n"
    assert [d.date for d in parse_text(text).documents] == [None]


HK_TITLE = "政Whats噏：姚祖辉获委任岭大校董会主席 为期3年"
HK_LEAD = "近年港铁火头多多，港铁主席于今年10月提早辞任校董会主席一职。经过两个月时间，政府今日（27日）公布，委任姚祖辉出任岭大校董会主席。"


@pytest.mark.parametrize("stamp", ["20191227", " 20191227 ", "\u300020191227"])
def test_a_compact_stamp_is_the_publish_day_when_the_lead_dates_against_it(stamp: str) -> None:
    text = (
        f"{HK_TITLE}\n\n{stamp}\n东网电视\n\n姚祖辉获委任岭大校董会主席。\n\n{HK_LEAD}\n\n根据政府宪报，亦委任多人。\n"
    )
    assert [d.date for d in parse_text(text).documents] == ["2019-12-27"]


@pytest.mark.parametrize("stamp", ["20191327", "20191232", "12345678", "2019122"])
def test_digits_that_are_no_date_give_no_day(stamp: str) -> None:
    text = f"{HK_TITLE}\n\n{stamp}\n东网电视\n\n{HK_LEAD}\n\n根据政府宪报，亦委任多人。\n"
    assert [d.date for d in parse_text(text).documents] == [None]


def test_a_compact_stamp_the_lead_does_not_agree_with_gives_no_day() -> None:
    # 今日（27日） under 20191226: the digits are not the page's day, or the bracket is wrong — nothing
    text = f"{HK_TITLE}\n\n20191226\n东网电视\n\n{HK_LEAD}\n\n根据政府宪报，亦委任多人。\n"
    assert [d.date for d in parse_text(text).documents] == [None]


TN_TITLE = "台南小内阁首波5人异动 文化局长叶泽山升副市长"
TN_LEAD = (
    "【新唐人亚太台 2022 年 12 月 22 日讯】台南市长黄伟哲今天公布第2个任期小内阁名单，首波5人异动，"
    "新任副市长将由文化局长叶泽山升任，经济发展局长职务将由林荣川接任。"
)


@pytest.mark.parametrize(
    "caption",
    [
        "台南市长黄伟哲（右）21日公布第2任期小内阁名单，首波5人异动。（图/中央社）",
        "台南市长黄伟哲（右）21日公布小内阁名单。(图/中央社)",
        "台南市长黄伟哲（右）21日公布小内阁名单。（某某提供）",
    ],
)
def test_a_caption_over_an_undated_pages_dispatch_is_not_its_lead(caption: str) -> None:
    # no publish line: the story's whole date is the dispatch's, not the caption's (which may even tell another day)
    text = f"{TN_TITLE}\n\n{caption}\n\n{TN_LEAD}\n\n黄伟哲原订昨天公布名单。\n"
    assert [d.date for d in parse_text(text).documents] == ["2022-12-22"]


CNA_TITLE = "传蒋万安亲赴上海双城论坛 北市府：仍在规划"
CNA_LEAD = "（中央社记者陈某某台北8日电）台北上海双城论坛将在8月最后一周登场，今天传出台北市长蒋万安将亲自率团出席。"
CNA_BODY = "台北市政府发言人表示，细节还在规划协调阶段，一旦确定就会对外公布并说明。"
RELATED = "延伸阅读\n- 守护行人晨间安全 北市清晨号志调整三色运作2023/08/17\n- 林业署携手公东高工 国产材家具展新竹登场2023/08/18\n"


@pytest.mark.parametrize(
    "foot",
    [
        "（编辑：李锡璋）1120808",
        "(编辑:李锡璋)1120808",
        "（编辑：李锡璋） 1120808 ",
        "（责任编辑：李锡璋） 1120808",
        "（编辑：李锡璋）1120808延伸阅读",  # the list's heading run onto the stamp's line
    ],
)
def test_a_cna_roc_edit_stamp_dates_the_bracket_dateline(foot: str) -> None:
    related = RELATED.split("\n", 1)[1] if foot.endswith("延伸阅读") else RELATED
    text = f"{CNA_TITLE}\n{CNA_LEAD}\n{CNA_BODY}{foot}\n{related}"
    assert [d.date for d in parse_text(text).documents] == ["2023-08-08"]


@pytest.mark.parametrize(
    "foot",
    [
        "（编辑：李锡璋）1120807",  # the dateline's 8日 is not the stamp's day: nothing
        "（编辑：李锡璋）1121308",  # no month 13
        "（记者：李锡璋）1120808",  # not an editor's credit
        "1120808",  # digits alone
    ],
)
def test_no_day_when_the_edit_stamp_does_not_agree_or_is_no_stamp(foot: str) -> None:
    text = f"{CNA_TITLE}\n{CNA_LEAD}\n{CNA_BODY}{foot}\n{RELATED}"
    assert [d.date for d in parse_text(text).documents] == [None]


GZ_PUB = "2023-06-09"
PURPOSED = [
    "为加强对广州市第五次全国经济普查工作的领导，根据《全国经济普查条例》（国发〔2022〕22号），6月8日，广州市人民政府官网发布《关于成立领导小组的通知》，决定成立领导小组。",
    "为加强普查工作的领导,6月8日,市政府办公室印发《普查工作方案》。",
    "根据《全国经济普查条例》，6月8日上午，市政府决定成立普查领导小组。",
    "按照省里部署，2023年6月8日，市政府官网发布《通知》。",
]
PURPOSED_NONE = [
    # a day with no act of the story's: background
    "为加强普查工作，6月8日，市统计局局长到各区调研。",
    # no clause of purpose or basis before the day (and no session): the round-14 rule stays
    "6月8日，广州市人民政府官网发布《通知》。",
    # a plan
    "为加强普查工作，6月20日，市政府将发布《通知》。",
    # older than the window: background
    "为加强普查工作，5月8日，市政府官网发布《通知》。",
    # a range
    "为加强普查工作，6月7日至8日，市政府官网发布《通知》。",
]


@pytest.mark.parametrize("para", PURPOSED)
def test_a_later_paragraph_dates_the_act_after_a_clause_of_purpose(para: str) -> None:
    assert session_day(["第五次全国经济普查是一次重大国情国力调查。", para], GZ_PUB) == "2023-06-08"


@pytest.mark.parametrize("para", PURPOSED_NONE)
def test_no_day_from_a_later_paragraph_that_tells_no_act_of_the_story(para: str) -> None:
    assert session_day(["第五次全国经济普查是一次重大国情国力调查。", para], GZ_PUB) is None
