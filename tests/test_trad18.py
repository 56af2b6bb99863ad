"""Round trad18: Hong Kong, Macau and Taiwan pages in Traditional characters (issue 9, session 18).

The classes (rules in ``records/appointments/news_trad.py``; tables in the trad18 block of ``vocab/personnel.py``):

* a party or political group printed before a person — ``民主黨程張迎當選主席``, ``國民黨籍議長沈宗隆順利連任``,
  ``由民主黨鄭麗琼及楊浩然…``, ``區議員、民主黨程張迎當選主席`` (the 、 between two descriptors goes with the party) —
  is no part of the name; read only when a name follows and then a change verb or the second name of a pair;
* a pair of persons elected together to a post and its deputy — ``A及B自動當選X正副主席``, ``A和B順利連任正副議長``,
  ``A和B都拿下36票當選正副議長連任成功``, ``A及B任X正副主席`` —: the first the holder, the second the deputy;
* a seat held before the name (``縣議員鍾東錦以21票當選副議長``): 議員 as a grade held, like 工程師.

Each class in Traditional and Simplified, with negative rows that must give nothing.
"""

from __future__ import annotations

import time

import pytest
from record_helpers import HEAD_T, api_changes, news_page
from table_helpers import assert_unique

A = "appoint"
Change = tuple[str, str, str]


def _page(text: str) -> str:
    return text if text.startswith(HEAD_T) else news_page(text)


def _trad(text: str) -> str:
    return HEAD_T + text


# --- a party before the person -------------------------------------------------------------------------------------

PARTY = [
    pytest.param(
        _trad("會議選出正副主席。民主黨程張迎當選主席,黃學禮當選副主席。"),
        [(A, "程张迎", "主席"), (A, "黄学礼", "副主席")],
        id="trad-democratic-party",
    ),
    pytest.param(
        "会议选出正副主席。民主党程张迎当选主席,黄学礼当选副主席。",
        [(A, "程张迎", "主席"), (A, "黄学礼", "副主席")],
        id="simp-democratic-party",
    ),
    pytest.param(
        _trad("會議選出正副主席。全港最資深的區議員、民主黨程張迎當選主席,黃學禮當選副主席。"),
        [(A, "程张迎", "主席"), (A, "黄学礼", "副主席")],
        id="trad-seat-comma-party",
    ),
    pytest.param(
        _trad("議會選出正副議長。國民黨籍張三當選議長,李四當選副議長。"),
        [(A, "张三", "议长"), (A, "李四", "副议长")],
        id="trad-ji-suffix",
    ),
    pytest.param(
        _trad("議會選出正副議長。民進黨的王大明當選議長,李四當選副議長。"),
        [(A, "王大明", "议长"), (A, "李四", "副议长")],
        id="trad-de-suffix",
    ),
    pytest.param(
        _trad("議會選出正副主席。民建聯陳大文當選主席,工聯會黃小明當選副主席。"),
        [(A, "陈大文", "主席"), (A, "黄小明", "副主席")],
        id="trad-hk-parties",
    ),
    pytest.param(
        _trad("議會選出正副議長。無黨籍的張三以21票當選議長,李四當選副議長。"),
        [(A, "张三", "议长"), (A, "李四", "副议长")],
        id="trad-independent-votes",
    ),
]

PARTY_NEGATIVE = [
    pytest.param(_trad("民主黨張三表示,會繼續監察政府。"), [], id="party-no-verb"),
    pytest.param(_trad("國民黨中央委員會今日開會。"), [], id="party-organ"),
    pytest.param(_trad("民主黨派人士出席會議。"), [], id="party-inside-word"),
    pytest.param(_trad("國民黨推出的候選人張三落選。"), [], id="party-candidate-lost"),
    pytest.param("民主党张三有意竞选主席。", [], id="simp-party-wish"),
]


PARTY_ROWS = PARTY + PARTY_NEGATIVE
assert_unique(PARTY_ROWS)


@pytest.mark.parametrize("text, expected", PARTY_ROWS)
def test_party_before_a_person(text: str, expected: list[Change]) -> None:
    assert api_changes(_page(text)) == expected


# --- a pair elected to a post and its deputy -----------------------------------------------------------------------

PAIR = [
    pytest.param(
        _trad("新民主同盟鍾錦麟及獨立周賢明沒有競爭下,自動當選西貢區議會正副主席。"),
        [(A, "钟锦麟", "西贡区议会主席"), (A, "周贤明", "西贡区议会副主席")],
        id="trad-parties-comma-adverb",
    ),
    pytest.param(
        _trad("中西區區議會舉行首次會議,由民主黨鄭麗琼及楊浩然自動當選正副主席。"),
        [(A, "郑丽琼", "主席"), (A, "杨浩然", "副主席")],
        id="trad-you-pair",
    ),
    pytest.param(
        _trad("新竹縣:國民黨張鎮榮及王炳漢順利連任正副議長。"),
        [(A, "张镇荣", "议长"), (A, "王炳汉", "副议长")],
        id="trad-reelected",
    ),
    pytest.param(
        _trad("彰化縣:國民黨議員謝典林和許原龍都拿下36票當選正副議長連任成功。"),
        [(A, "谢典林", "议长"), (A, "许原龙", "副议长")],
        id="trad-seat-votes-tail",
    ),
    pytest.param(
        _trad("南投縣:國民黨何勝豐、潘一全如預期順利連任正副議長。"),
        [(A, "何胜丰", "议长"), (A, "潘一全", "副议长")],
        id="trad-dun-as-expected",
    ),
    pytest.param(
        _trad("商會大會舉行,張三與李四當選某商會正副會長。"),
        [(A, "张三", "某商会会长"), (A, "李四", "某商会副会长")],
        id="trad-yu-huizhang",
    ),
    pytest.param(
        "协会换届,张三和李四当选某协会正副理事长。",
        [(A, "张三", "某协会理事长"), (A, "李四", "某协会副理事长")],
        id="simp-lishizhang",
    ),
    pytest.param(
        "委员会成立,张三和李四出任某委员会正副主任委员。",
        [(A, "张三", "某委员会主任委员"), (A, "李四", "某委员会副主任委员")],
        id="simp-churen-directors",
    ),
]

PAIR_NEGATIVE = [
    pytest.param(_trad("會議將選出正副主席。"), [], id="no-names"),
    pytest.param(_trad("張三及李四爭取連任正副議長。"), [], id="seeking-not-elected"),
    pytest.param(_trad("區議會及立法會當選正副主席。"), [], id="bodies-not-persons"),
    pytest.param(_trad("張三、李四及王五當選正副主席。"), [], id="three-names-two-posts"),
    pytest.param("张三和李四提名为正副主席人选。", [], id="simp-nomination"),
]


PAIR_ROWS = PAIR + PAIR_NEGATIVE
assert_unique(PAIR_ROWS)


@pytest.mark.parametrize("text, expected", PAIR_ROWS)
def test_pair_elected_to_a_post_and_its_deputy(text: str, expected: list[Change]) -> None:
    assert api_changes(_page(text)) == expected


# --- a seat held before the name -----------------------------------------------------------------------------------

SEAT = [
    pytest.param(
        _trad("議會補選。縣議員鍾東錦以21票當選副議長,陳明朝當選議長。"),
        [(A, "钟东锦", "副议长"), (A, "陈明朝", "议长")],
        id="trad-county-councillor",
    ),
    pytest.param(
        "议会补选。市议员张三当选副议长,李四当选议长。",
        [(A, "张三", "副议长"), (A, "李四", "议长")],
        id="simp-city-councillor",
    ),
    pytest.param(
        _trad("議會補選。區議員張三當選主席,李四當選副主席。"),
        [(A, "张三", "主席"), (A, "李四", "副主席")],
        id="trad-district-councillor",
    ),
]

SEAT_NEGATIVE = [
    pytest.param(_trad("縣議員鍾東錦質詢縣長。"), [], id="seat-no-change"),
    pytest.param(_trad("縣議員當選副議長。"), [], id="seat-no-name"),
]


SEAT_ROWS = SEAT + SEAT_NEGATIVE
assert_unique(SEAT_ROWS)


@pytest.mark.parametrize("text, expected", SEAT_ROWS)
def test_seat_held_before_the_name(text: str, expected: list[Change]) -> None:
    assert api_changes(_page(text)) == expected


def test_linear_time() -> None:
    """A long run of party words and pair joiners stays linear."""
    text = _trad("國民黨" * 3000 + "張三及" * 3000 + "當選正副議長。")
    start = time.perf_counter()
    api_changes(text)
    assert time.perf_counter() - start < 10


# --- a letter cited as the ground of the text: an official document, titled or not ---------------------------------


def _documents(text: str) -> list[tuple[str | None, list[str]]]:
    from gazette_extract import api

    page = api.parse_text(text)
    return [(d.title, [c.doc_number.text for c in d.citations if c.doc_number]) for d in page.documents]


GROUND = [
    pytest.param(
        "張貼日期: 2026-01-20 13:32:06 點閱:10\n| 一、 | 依教育部114年10月28日臺教授國字第1140100636號函辦理。 |\n"
        "| 二、 | 請查照。 |",
        [(None, ["台教授国字第1140100636号"])],
        id="trad-table-row-school-post",
    ),
    pytest.param(
        "說明:\n一、依內政部2005年6月1日台內民字第0940005080號函辦理。\n二、請查照。",
        [(None, ["台内民字第0940005080号"])],
        id="trad-shuoming-ministry-letter",
    ),
    pytest.param(
        "说明：\n一、依据行政院院授人力字第0950064762号函规定办理。\n二、请查照。",
        [(None, ["院授人力字第0950064762号"])],
        id="simp-yiju-letter",
    ),
    pytest.param(
        "說明:\n一、奉行政院112年3月17日院臺規字第1120123456號函。\n二、請查照。",
        [(None, ["院台规字第1120123456号"])],
        id="trad-feng-cabinet-letter",
    ),
    pytest.param(
        "說明:\n一、根據經濟部經商字第11200012345號令辦理。\n二、請查照。",
        [(None, ["经商字第11200012345号"])],
        id="trad-order",
    ),
]

GROUND_NEGATIVE = [
    pytest.param("新聞\n記者查閱了台內民字第0940005080號函的內容。\n其他報導。", [], id="number-read-not-ground"),
    pytest.param("說明:\n一、依教育部規定辦理。\n二、請查照。", [], id="ground-without-number"),
    pytest.param("說明:\n一、依台內民字第0940005080號辦理。\n二、請查照。", [], id="number-without-kind"),
    pytest.param("说明：\n一、依据某局〔2020〕3号文件办理。\n二、请查照。", [], id="simp-mainland-number-unchanged"),
]
GROUND_ROWS = GROUND + GROUND_NEGATIVE
assert_unique(GROUND_ROWS)


@pytest.mark.parametrize("text, expected", GROUND_ROWS)
def test_letter_cited_as_ground(text: str, expected: list[tuple[str | None, list[str]]]) -> None:
    assert _documents(text) == expected


# --- a government designating an acting holder ---------------------------------------------------------------------

ACTING = [
    pytest.param(_trad("縣府指派秘書陳正益代理鄉長職務。"), [(A, "陈正益", "代理乡长")], id="trad-secretary-township"),
    pytest.param("县府指派秘书陈正益代理乡长职务。", [(A, "陈正益", "代理乡长")], id="simp-secretary-township"),
    pytest.param(
        _trad("內政部指派台東縣政府主任秘書賴順賢代理縣長。"), [(A, "赖顺贤", "代理县长")], id="trad-held-post-long"
    ),
    pytest.param(_trad("行政院指派賴順賢繼續代理台東縣長。"), [(A, "赖顺贤", "台东代理县长")], id="trad-continue"),
    pytest.param(
        _trad("蘇揆同時指定原部長職務由次長花敬群代理。"), [(A, "花敬群", "代理部长")], id="trad-post-first-you"
    ),
    pytest.param("行政院核派秘书长王强代理县长。", [(A, "王强", "代理县长")], id="simp-hepai-title-before"),
    pytest.param(_trad("縣府指派參議黃道東代理鄉長。"), [(A, "黄道东", "代理乡长")], id="trad-adviser"),
]

ACTING_NEGATIVE = [
    pytest.param(_trad("縣府將指派張三代理鄉長。"), [], id="future-plan"),
    pytest.param("县府拟指派张三代理乡长。", [], id="simp-proposal"),
    pytest.param(_trad("縣府指派人員代理鄉長。"), [], id="no-name"),
    pytest.param(_trad("縣府指派張三代理業務。"), [], id="not-a-post"),
    pytest.param(_trad("縣府指派張三出席會議。"), [], id="no-acting"),
]
ACTING_ROWS = ACTING + ACTING_NEGATIVE
assert_unique(ACTING_ROWS)


@pytest.mark.parametrize("text, expected", ACTING_ROWS)
def test_acting_holder_designated(text: str, expected: list[Change]) -> None:
    assert api_changes(_page(text)) == expected


# --- a portal's stamp with the update time before the publish time ------------------------------------------------

STAMPS = [
    pytest.param("更新于 2022年12月08日00:45 • 发布于 2022年12月07日07:35 • 林咏青采访", "2022-12-07", id="line-today"),
    pytest.param("更新时间：2023-01-02 10:00 发布时间：2023-01-01 09:00", "2023-01-01", id="keyed-both"),
    pytest.param("最后更新 2023-01-02 10:00 | 发布于 2023-01-01 09:00", "2023-01-01", id="last-update-bar"),
    pytest.param("更新于 2022年12月08日00:45", "2022-12-08", id="update-alone-kept"),
    pytest.param("发布于 2022年12月07日07:35", "2022-12-07", id="publish-alone"),
    pytest.param("2022年12月07日07:35 更新于 2022年12月08日00:45", "2022-12-07", id="stamp-first-unchanged"),
]
assert_unique(STAMPS)


@pytest.mark.parametrize("line, expected", STAMPS)
def test_update_stamp_before_publish(line: str, expected: str) -> None:
    from gazette_extract.text.newshead import publish_date

    assert publish_date(line) == expected


# --- a page's toolbar and counter around the headline are no part of the title ------------------------------------


def _titles(text: str) -> list[str | None]:
    from gazette_extract import api

    return [d.title for d in api.parse_text(text).documents]


TITLE_CHROME = [
    pytest.param(
        "*資料列印*推薦轉寄rss分享 facebook分享 Plurk分享\n\n臺南市議會議長補選,由前議長賴美惠以33票高票當選\n\n"
        "日期:2016/10/3\n\n臺南市議會3日下午進行議長補選,由前議長賴美惠議員以33票高票當選議長。",
        "台南市议会议长补选，由前议长赖美惠以33票高票当选",
        id="trad-share-bar-over-headline",
    ),
    pytest.param(
        "打印 收藏 微信分享\n\n某县召开防汛工作会议\n\n2021-03-05 10:00\n\n3月5日，某县召开防汛工作会议，任命张三为某局局长。",
        "某县召开防汛工作会议",
        id="simp-print-collect-share",
    ),
]
assert_unique(TITLE_CHROME)


@pytest.mark.parametrize("text, expected", TITLE_CHROME)
def test_toolbar_and_counter_not_in_title(text: str, expected: str) -> None:
    assert _titles(text)[:1] == [expected]


def test_share_words_in_prose_stay() -> None:
    """A sentence that names sharing and printing is prose, not a toolbar."""
    from gazette_extract.text.normalize import _is_standalone

    assert not _is_standalone("欢迎分享本文并打印留存，谢谢")
    assert _is_standalone("*资料列印*推荐转寄rss分享 facebook分享 Plurk分享")


@pytest.mark.parametrize(
    "title, expected",
    [
        ("赖顺贤两个月内第二次宣誓代理台东县长人气： 12", "赖顺贤两个月内第二次宣誓代理台东县长"),
        ("某县召开防汛工作会议 人气:305", "某县召开防汛工作会议"),
        ("某县召开防汛工作会议 点击：1234", "某县召开防汛工作会议"),
        ("人气歌手张三来到某县", "人气歌手张三来到某县"),
    ],
)
def test_popularity_counter_cut_from_title(title: str, expected: str) -> None:
    from gazette_extract.layout.recognize import _cut_title_tail

    assert _cut_title_tail(title) == expected


# --- the post before the elected person, no post after the verb ----------------------------------------------------

POST_FIRST = [
    pytest.param(
        _trad("宜蘭縣議會第20屆議長由張勝德23票當選,副議長陳漢鍾23票連任。"),
        [(A, "张胜德", "宜兰县议会议长"), (A, "陈汉钟", "宜兰县议会副议长")],
        id="trad-you-votes-and-reelected",
    ),
    pytest.param(
        _trad("開票結果議長張勝德以23票當選,而副議長陳漢鍾也是23票獲得連任。"),
        [(A, "张胜德", "议长"), (A, "陈汉钟", "副议长")],
        id="trad-linkers",
    ),
    pytest.param(_trad("議長由張勝德當選。"), [(A, "张胜德", "议长")], id="trad-you-no-votes"),
    pytest.param(
        "协会换届。会长张三当选,副会长李四连任。", [(A, "张三", "会长"), (A, "李四", "副会长")], id="simp-huizhang"
    ),
    pytest.param("议会选举。议长王五以全票当选。", [(A, "王五", "议长")], id="simp-all-votes"),
]

POST_FIRST_NEGATIVE = [
    pytest.param(_trad("議會選舉。候選人張三以23票當選。"), [], id="candidate-no-post"),
    pytest.param(_trad("議會選舉。議長張三表示當選不易。"), [], id="speech-not-verb-at-end"),
    pytest.param("议会选举。本届议长张三将当选。", [], id="simp-future"),
    pytest.param("议会选举。选民张三当选。", [], id="simp-voter-no-title"),
]
POST_FIRST_ROWS = POST_FIRST + POST_FIRST_NEGATIVE
assert_unique(POST_FIRST_ROWS)


@pytest.mark.parametrize("text, expected", POST_FIRST_ROWS)
def test_post_before_the_elected(text: str, expected: list[Change]) -> None:
    assert api_changes(_page(text)) == expected


# --- a dispatch's dateline with its year, spaced or in a tag's brackets --------------------------------------------

DATELINES = [
    pytest.param(
        "【新唐人亚太台 2022 年 12 月 22 日讯】台南市长今天公布名单，任命张三为副市长。",
        "2022-12-22",
        id="bracketed-spaced",
    ),
    pytest.param(
        "【新唐人亚太台2022年12月22日讯】台南市长今天公布名单，任命张三为副市长。", "2022-12-22", id="bracketed-glued"
    ),
    pytest.param(
        "某某网 2021 年 3 月 5 日讯 3月5日上午，某县召开会议，任命张三为局长。", "2021-03-05", id="spaced-unbracketed"
    ),
    pytest.param("【大纪元2月10日报导】台东县政府今天举办就职典礼。", None, id="no-year-none"),
    pytest.param("【要闻】2022年是关键之年。", None, id="tag-then-year-prose"),
]
assert_unique(DATELINES)


@pytest.mark.parametrize("lead, expected", DATELINES)
def test_dateline_with_year(lead: str, expected: str | None) -> None:
    from gazette_extract.layout.storyday import year_lead_day

    assert year_lead_day(lead) == expected


# --- a headline's 升 and a variant of 接任 closing a post-first clause ----------------------------------------------

PROMOTED = [
    pytest.param("文化局长叶泽山升副市长，", "文化局长叶泽山升任副市长，", id="sheng-headline"),
    pytest.param("秘书长陈永丰升副市长。", "秘书长陈永丰升任副市长。", id="sheng-secretary-general"),
    pytest.param("研考会主委由前主计处长陈淑姿出马，", "研考会主委由前主计处长陈淑姿接任，", id="chuma"),
    pytest.param("环保署长由台大教授魏国彦接手。", "环保署长由台大教授魏国彦接任。", id="jieshou"),
    pytest.param("秘书长一职由参议张三接棒", "秘书长一职由参议张三接任", id="jiebang-end-of-text"),
]

PROMOTED_NEGATIVE = [
    pytest.param("物价持续上升，", "物价持续上升，", id="shangsheng"),
    pytest.param("文化局长叶泽山升职。", "文化局长叶泽山升职。", id="shengzhi-no-post"),
    pytest.param("文化局长叶泽山升任副市长。", "文化局长叶泽山升任副市长。", id="shengren-unchanged"),
    pytest.param("叶泽山升副市长。", "叶泽山升副市长。", id="no-post-held-before"),
    pytest.param("此事由张三接手处理。", "此事由张三接手处理。", id="jieshou-a-task"),
]
PROMOTED_ROWS = PROMOTED + PROMOTED_NEGATIVE
assert_unique(PROMOTED_ROWS)


@pytest.mark.parametrize("text, expected", PROMOTED_ROWS)
def test_headline_promotion_and_successor_variants(text: str, expected: str) -> None:
    from gazette_extract.records.appointments.news_trad import trad_news_forms

    assert trad_news_forms(text) == expected


def test_cabinet_page_reads_both_forms() -> None:
    page = _trad(
        "台南小內閣首波5人異動 文化局長葉澤山升副市長\n\n"
        "台南市政府發布新聞稿指出,台南市政府新首長人事,首波5人;研考會主委由前主計處長陳淑姿出馬,環保局長暫由副局長代理。"
    )
    assert api_changes(page) == [(A, "叶泽山", "副市长"), (A, "陈淑姿", "研考会主委")]


# --- new holders listed after 新任 and the verb of taking office ----------------------------------------------------

NEW_HOLDERS = [
    pytest.param(
        _trad("交接典禮舉行,隨後新任分局長苗栗蘇旭茂、竹南潘嘉旺、頭份林育旺、通霄陳至瑋及大湖宋俊良5人一起宣誓就職。"),
        [
            (A, "苏旭茂", "苗栗分局长"),
            (A, "潘嘉旺", "竹南分局长"),
            (A, "林育旺", "头份分局长"),
            (A, "陈至玮", "通霄分局长"),
            (A, "宋俊良", "大湖分局长"),
        ],
        id="trad-place-name-items",
    ),
    pytest.param(
        "交接典礼举行，新任区长中正王大明及大安李小华2人同时到职。",
        [(A, "王大明", "中正区长"), (A, "李小华", "大安区长")],
        id="simp-two-districts",
    ),
    pytest.param("人事调整。新任副局长张三就职。", [(A, "张三", "副局长")], id="simp-post-name"),
]

NEW_HOLDERS_NEGATIVE = [
    pytest.param("人事调整。新任分局长将于下周宣誓就职。", [], id="no-names-future"),
    pytest.param("人事调整。新任分局长苗栗苏旭茂、竹南潘嘉旺及大湖分局5人一起宣誓就职。", [], id="an-item-no-name"),
    pytest.param("人事调整。新任分局长苗栗市苏旭茂宣誓就职。", [], id="place-three-chars-first"),
]
NEW_HOLDERS_ROWS = NEW_HOLDERS + NEW_HOLDERS_NEGATIVE
assert_unique(NEW_HOLDERS_ROWS)


@pytest.mark.parametrize("text, expected", NEW_HOLDERS_ROWS)
def test_new_holders_taking_office(text: str, expected: list[Change]) -> None:
    assert api_changes(_page(text)) == expected
