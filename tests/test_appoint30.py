"""Appointments round appoint30 (issue 9, session 19): the official forms of Taiwan, Macau and Hong Kong.

Each class is tested over its variants — Traditional and Simplified, full- and half-width punctuation, numbered
一、/（一）/1. items — with rows that must give nothing:
* a Taiwan order's verb first in its clause, then a name and 為 (派 / 特派 / 派任 / 簡任 / 薦任 / 核派 / 調派 / 調任 /
  升任; vocab ORDER_LEAD_VERBS), and 免兼 before a name and the post left;
* a post held, the name, then the order's own leaving (已准辭職 / 准予辭職 → resign; 退職 / 應予免職 / 予以免職 →
  remove; vocab LEFT_POST_AT_END), the formula ，應予免職 after it naming nobody;
* Macau commissions: 終止A擔任X的定期委任 (remove) and a 批示摘錄 entry A—…其擔任X的定期委任，自…起續期 (appoint:
  a renewal, as 續任 and 再度委任 are labelled); vocab COMMISSION_NOUNS;
* a list under 委任下列人士為X： numbered 一、, its names as （一）A； items or joined with 、 and a last 和/及, and
  Hong Kong's 行政長官已/亦再度委任以下人士為X： headers;
* a 人事異動表's 新職 column (姓名 | 原職 | 新職; 原職 and 現職 read as nothing);
* a list of appointees, each after the post held or a rank (前X署長A、台大教授(…)B、現任Y C等3人,為Z; vocab
  HELD_DESCRIPTOR_TITLES), the comma before 為 after a counted list;
* a post that opens with a count of people is the subject's appointing of others, never its own post
  (蔡英文派任7名無任所大使).
"""

from __future__ import annotations

from collections import Counter

import pytest

from gazette_extract.pipeline import extract_str

A, R, S = "appoint", "remove", "resign"


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


ORDER_ROWS = [
    # --- a Taiwan order's verb first in its clause -----------------------------------------------------------------
    ("行政院令\n派陳建國為交通部公路總局副局長。\n院長 陳建仁", [(A, "陈建国", "交通部公路总局副局长")]),
    ("行政院令\n派陈建国为交通部公路总局副局长。\n院长 陈建仁", [(A, "陈建国", "交通部公路总局副局长")]),
    ("總統令\n特派陳大文為駐美國代表。", [(A, "陈大文", "驻美国代表")]),
    ("總統令\n中華民國112年5月12日\n簡任王小明為內政部參事。\n總統 蔡英文", [(A, "王小明", "内政部参事")]),
    ("人事命令\n薦任李大華為本府財政處科長。", [(A, "李大华", "本府财政处科长")]),
    ("人事命令\n派任陳大文為行政院秘書長。", [(A, "陈大文", "行政院秘书长")]),
    ("人事命令\n核派王小明為本府民政處科長。", [(A, "王小明", "本府民政处科长")]),
    ("人事命令\n調派王小明為本府秘書處專員。", [(A, "王小明", "本府秘书处专员")]),
    ("人事命令\n升任王小明為本府民政處處長。", [(A, "王小明", "本府民政处处长")]),
    ("人事命令\n一、派王小明為本府民政處處長。", [(A, "王小明", "本府民政处处长")]),
    ("人事命令\n1.派王小明為本府民政處處長。", [(A, "王小明", "本府民政处处长")]),
    ("人事命令\n（一）派王小明為本府民政處處長。", [(A, "王小明", "本府民政处处长")]),
    (
        "人事命令\n一、派王小明為本府民政處處長。\n二、調任李大華為本府財政處副處長。\n三、免兼張三本府秘書處處長職務。",
        [(A, "王小明", "本府民政处处长"), (A, "李大华", "本府财政处副处长"), (R, "张三", "本府秘书处处长")],
    ),
    ("人事命令\n免兼张三本府秘书处处长职务。", [(R, "张三", "本府秘书处处长")]),
    (
        "總統令\n一、任命王小明為內政部常務次長。\n二、免除李大華經濟部工業局局長職務。\n三、派張三為行政院秘書處處長。",
        [(A, "王小明", "内政部常务次长"), (R, "李大华", "经济部工业局局长"), (A, "张三", "行政院秘书处处长")],
    ),
    # --- the order's own leaving after a post held and the name ----------------------------------------------------
    ("總統令\n考試院副院長張明已准辭職，應予免職。", [(S, "张明", "考试院副院长")]),
    ("總統令\n考試院副院長張明已准辭職,應予免職。", [(S, "张明", "考试院副院长")]),
    ("总统令\n考试院副院长张明已准辞职，应予免职。", [(S, "张明", "考试院副院长")]),
    ("總統令\n內政部常務次長王小明准予辭職。", [(S, "王小明", "内政部常务次长")]),
    ("總統令\n駐新加坡大使梁國新退職，應予免職。", [(R, "梁国新", "驻新加坡大使")]),
    ("總統令\n駐新加坡大使梁國新退職,應予免職。", [(R, "梁国新", "驻新加坡大使")]),
    ("總統令\n內政部常務次長王小明應予免職。", [(R, "王小明", "内政部常务次长")]),
    ("總統令\n內政部常務次長王小明另有任用，應予免職。", [(R, "王小明", "内政部常务次长")]),
    (
        "總統令\n駐新加坡大使梁國新退職，應予免職。\n特任童振源為駐新加坡大使。",
        [(R, "梁国新", "驻新加坡大使"), (A, "童振源", "驻新加坡大使")],
    ),
]

ORDER_NEGATIVES = [
    "總統令\n提名王小明為監察委員。",  # a nomination
    "擬任王小明為內政部常務次長。",  # a proposal
    "現任內政部常務次長王小明出席會議。",  # a post held now
    "王小明曾任內政部常務次長、經濟部工業局局長。",  # past posts
    "宣誓就職名單\n王小明 內政部部長\n李大華 經濟部部長",  # an oath-taking list
    "香港駐歐盟特派代表林雪麗出席活動。",  # 特派 inside a title
    "中國大陸外交部駐香港特派員宋哲近日出席會議。",
    "派出所所長王小明為民眾服務。",  # 派出所 is no verb
    "會議指派王小明為召集人，李大華為副召集人之提名。",  # 指派 is no order lead (nomination context)
    "紀錄:簡任秘書 彭定民",  # 簡任 as a grade before a title
    "派員代理縣長職務。",  # no name after 派
    "內政部常務次長王小明辭職後將退職。",  # a future leaving: no order
    "蔡英文派任7名無任所大使 紀政范雲入列",  # the appointer, a counted post
    "行政長官委任3名人士為委員。",
]

MACAU_HK_ROWS = [
    (
        "批示摘錄\n梁穎妍—根據第15/2009號法律第五條第一款的規定，因具備適當經驗及專業能力履行職務，"
        "其擔任法務局局長的定期委任，自二零二五年五月十日起續期一年。\n二零二五年三月十七日於行政法務司司長辦公室",
        [(A, "梁颖妍", "法务局局长")],
    ),
    (
        "批示摘錄\n楊崇蔚——根據第15/2009號法律第五條的規定，並維持先前有關委任的依據，其擔任個人資料保護辦公室副主任的"
        "定期委任，自二零一二年七月一日起續期至二零一三年三月十二日。\n二零一二年七月五日於行政長官辦公室",
        [(A, "杨崇蔚", "个人资料保护办公室副主任")],
    ),
    (
        "批示摘录\n梁颖妍—根据第15/2009号法律第五条的规定,其担任法务局局长的定期委任,自二零二五年五月十日起续期一年。",
        [(A, "梁颖妍", "法务局局长")],
    ),
    (
        "第20/2025號行政長官批示\n一、終止陳大文擔任環境保護局局長的定期委任。\n二、本批示自二零二五年四月一日起生效。",
        [(R, "陈大文", "环境保护局局长")],
    ),
    (
        "第20/2025號行政長官批示\n終止陳大文在環境保護局擔任局長的定期委任，自二零二五年四月一日起生效。",
        [(R, "陈大文", "环境保护局局长")],
    ),
    (
        "第20/2025号行政长官批示\n终止陈大文担任环境保护局局长的定期委任,自二零二五年四月一日起生效。",
        [(R, "陈大文", "环境保护局局长")],
    ),
    (
        "第12/2025號行政長官批示\n一、委任下列人士為禁毒委員會委員：\n（一）陳大文；\n（二）李小明；\n（三）黃大仙。\n"
        "二、本批示自公佈翌日起生效。\n二零二五年一月十日\n行政長官 岑浩輝",
        [(A, "陈大文", "禁毒委员会委员"), (A, "李小明", "禁毒委员会委员"), (A, "黄大仙", "禁毒委员会委员")],
    ),
    (
        "第12/2025號行政長官批示\n委任以下人士為禁毒委員會委員：陳大文、李小明和黃大仙。",
        [(A, "陈大文", "禁毒委员会委员"), (A, "李小明", "禁毒委员会委员"), (A, "黄大仙", "禁毒委员会委员")],
    ),
    (
        "第12/2025號行政長官批示\n委任以下人士為禁毒委員會委員:陳大文、李小明及黃大仙。",
        [(A, "陈大文", "禁毒委员会委员"), (A, "李小明", "禁毒委员会委员"), (A, "黄大仙", "禁毒委员会委员")],
    ),
    (
        "政府公告\n行政長官亦再度委任下列人士為城市規劃委員會委員：陳大文、李小明及黃大仙。",
        [(A, "陈大文", "城市规划委员会委员"), (A, "李小明", "城市规划委员会委员"), (A, "黄大仙", "城市规划委员会委员")],
    ),
    (
        "政府公告\n行政長官已委任以下人士為城市規劃委員會委員：陳大文、李小明。",
        [(A, "陈大文", "城市规划委员会委员"), (A, "李小明", "城市规划委员会委员")],
    ),
    (
        "第5/2025號行政長官批示\n一、委任陳大文為城市規劃委員會委員，為期兩年。\n二、續任李小明為城市規劃委員會副主席。",
        [(A, "陈大文", "城市规划委员会委员"), (A, "李小明", "城市规划委员会副主席")],
    ),
]

MACAU_HK_NEGATIVES = [
    "批示摘錄\n劉國強—其在本局擔任第九職階輕型車輛司機的行政任用合同，自二零二五年四月二日起續期一年。",  # a contract
    "批示摘錄\n根據規定，其擔任法務局局長的定期委任，自二零二五年五月十日起續期一年。",  # no person named
    "批示摘錄\n第一職階—其擔任法務局局長的定期委任，自二零二五年五月十日起續期一年。",  # no name before the dash
    "終止有關合同。",
    "政府公告\n行政長官擬委任以下人士為城市規劃委員會委員：陳大文、李小明。",  # a proposal
    "政府公告\n行政長官將委任以下人士為城市規劃委員會委員：陳大文、李小明。",  # a future act
    "第12/2025號行政長官批示\n一、委任下列人士為禁毒委員會委員：\n（一）衛生局代表；\n（二）教育局代表。",  # no names
]

LIST_ROWS = [
    (
        "總統令\n聘任郭旭崧、簡又新、陳重信等3人,為中華民國無任所大使。",
        [(A, "郭旭崧", "中华民国无任所大使"), (A, "简又新", "中华民国无任所大使"), (A, "陈重信", "中华民国无任所大使")],
    ),
    (
        "總統令\n聘任郭旭崧、簡又新等2人，為中華民國無任所大使。",
        [(A, "郭旭崧", "中华民国无任所大使"), (A, "简又新", "中华民国无任所大使")],
    ),
    (
        "總統令\n聘任前衛福部疾管署長郭旭崧、前外交部部長簡又新、前環保署署長陳重信等3人為中華民國無任所大使。",
        [(A, "郭旭崧", "中华民国无任所大使"), (A, "简又新", "中华民国无任所大使"), (A, "陈重信", "中华民国无任所大使")],
    ),
    (
        "总统令\n聘任前卫福部疾管署长郭旭崧、台大社会系教授(社会民主党召集人)范云、现任国策顾问纪政等3人,为中华民国无任所大使。",
        [(A, "郭旭崧", "中华民国无任所大使"), (A, "范云", "中华民国无任所大使"), (A, "纪政", "中华民国无任所大使")],
    ),
    (
        "總統令\n聘任中華電信獨立董事陳正然、PChome 董事長詹宏志等2人,為中華民國無任所大使。",
        [(A, "陈正然", "中华民国无任所大使"), (A, "詹宏志", "中华民国无任所大使")],
    ),
]

LIST_NEGATIVES = [
    "總統令\n聘任衛福部、外交部等2個單位,為合作機關。",  # no names in the list
    "總統令\n聘任前衛福部疾管署長、前外交部部長等2人,為無任所大使。",  # posts without names
]

TABLE_ROWS = [
    (
        "人事異動表\n姓名 原職 新職\n王小明 民政處科長 民政處副處長\n李大華 財政處專員 財政處科長",
        [(A, "王小明", "民政处副处长"), (A, "李大华", "财政处科长")],
    ),
    (
        "人事異動表\n| 姓名 | 原職 | 新職 | 生效日期 |\n|---|---|---|---|\n| 王小明 | 民政處科長 | 民政處副處長 | 112年3月1日 |\n"
        "| 李大華 | 財政處專員 | 財政處科長 | 112年3月1日 |",
        [(A, "王小明", "民政处副处长"), (A, "李大华", "财政处科长")],
    ),
    ("人事異動表\n姓名\t原職稱\t新職稱\n王小明\t民政處科長\t民政處副處長", [(A, "王小明", "民政处副处长")]),
    ("人事异动表\n姓名 原职务 新职务\n王小明 民政处科长 民政处副处长", [(A, "王小明", "民政处副处长")]),
]

TABLE_NEGATIVES = [
    "人事異動表\n姓名 原職 現職\n王小明 民政處科長 民政處副處長",  # 現職 is a post held now
    "名冊\n姓名 原職\n王小明 民政處科長",
]


def _ids(rows: list[tuple[str, object]]) -> list[str]:
    return [text.replace("\n", "/")[:40] for text, _ in rows]


def test_no_duplicate_rows() -> None:
    texts = (
        [t for t, _ in ORDER_ROWS + MACAU_HK_ROWS + TABLE_ROWS] + ORDER_NEGATIVES + MACAU_HK_NEGATIVES + TABLE_NEGATIVES
    )
    assert not [t for t, n in Counter(texts).items() if n > 1]


@pytest.mark.parametrize(("text", "expected"), ORDER_ROWS, ids=_ids(ORDER_ROWS))
def test_taiwan_orders(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", ORDER_NEGATIVES)
def test_taiwan_orders_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), MACAU_HK_ROWS, ids=_ids(MACAU_HK_ROWS))
def test_macau_and_hong_kong_commissions_and_lists(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", MACAU_HK_NEGATIVES)
def test_macau_and_hong_kong_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), TABLE_ROWS, ids=_ids(TABLE_ROWS))
def test_personnel_change_tables(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", TABLE_NEGATIVES)
def test_personnel_change_tables_negatives(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), LIST_ROWS, ids=_ids(LIST_ROWS))
def test_appointees_after_the_posts_they_hold(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize("text", LIST_NEGATIVES)
def test_appointees_after_the_posts_they_hold_negatives(text: str) -> None:
    assert _changes(text) == []
