"""Round 11 number classes, found by probing real pages that cite other documents (issue 9,
s11-cites11). Each class is written for its forms (brackets, spaces, full-width digits, Chinese
numerals, Traditional characters) with negatives that must give nothing or must not change:

* an order's serial printed before 令 — 国务院第397号令, 建设部第89号令, 建设部〔2007〕第162号令 — is the
  order's number in its series' short name (国令第397号, 建设部令第89号); read before, the last one was
  a false 建设部〔2007〕162号 and the others were missed;
* a ministry's orders numbered within a year — 交通运输部令2016年第55号 — keep their year; a
  government's orders run on across years (人民政府令2016年第116号 → 人民政府令第116号);
* a body's announcement series with its serial in a bracket or Chinese numerals
  (…常务委员会公告（第十七号）) and an announcement whose year and serial precede 公告
  (国家税务总局2018年第28号公告 → 国家税务总局公告2018年第28号);
* verbs and particles that end an agency (作出, 出台, 下达, 签署了 …): 作出怀水罚字〔2017〕27号 was read
  with 作出 as part of its agency;
* a template's placeholder before the agency (XX府办发〔2017〕33号, ××县政发…) gives no number: the
  agency is not printed, and 府办发〔2017〕33号 would be a false one.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.grammars.docnumber import read_doc_number, scan_doc_numbers
from gazette_extract.layout.serials import decree_number


def _texts(text: str) -> list[str]:
    return [number.text for _, _, number in scan_doc_numbers(text)]


ORDER_SERIAL_FIRST = {
    "state-council": ("国务院第397号令", "国令第397号"),
    "state-council-spaced": ("国务院 第 397 号令", "国令第397号"),
    "state-council-fullwidth": ("国务院第３９７号令", "国令第397号"),
    "state-council-cn-serial": ("国务院第四百九十号令", "国令第490号"),
    "ministry": ("建设部第89号令", "建设部令第89号"),
    "ministry-long": ("国家安全生产监督管理总局第17号令", "国家安全生产监督管理总局令第17号"),
    "province": ("省政府第101号令", "省政府令第101号"),
    "city-government": ("某市人民政府第12号令", "某市人民政府令第12号"),
    "year-bracket": ("建设部〔2007〕第162号令", "建设部令第162号"),
    "year-square": ("建设部[2007]第162号令", "建设部令第162号"),
    "year-round": ("建设部（2007）第162号令", "建设部令第162号"),
    "in-parens": ("（国务院第375号令）", "国令第375号"),
    "after-verb": ("依据国务院第707号令", "国令第707号"),
    "after-particle": ("温家宝签署了国务院第397号令", "国令第397号"),
    "state-council-without-di": ("依据国务院397号令", "国令第397号"),
}


@pytest.mark.parametrize(("text", "number"), ORDER_SERIAL_FIRST.values(), ids=ORDER_SERIAL_FIRST.keys())
def test_an_orders_serial_before_ling_is_its_number(text: str, number: str) -> None:
    assert _texts(text) == [number]


YEAR_ORDERS = {
    "ministry": ("交通运输部令2016年第55号", "交通运输部令2016年第55号"),
    "ministry-state-prefix": ("中华人民共和国交通运输部令2016年第57号", "交通运输部令2016年第57号"),
    "ministry-spaced": ("商务部令 2004 年第 16 号", "商务部令2004年第16号"),
    "commission": ("国家发展改革委令2017年第9号", "国家发展改革委令2017年第9号"),
    "fullwidth": ("交通运输部令２０１６年第５５号", "交通运输部令2016年第55号"),
    "state-council-runs-on": ("国务院令2003年第394号", "国令第394号"),
    "government-runs-on": ("广西壮族自治区人民政府令2016年第116号", "广西壮族自治区人民政府令第116号"),
    "city-government-runs-on": ("某市人民政府令2019年第3号", "某市人民政府令第3号"),
}


@pytest.mark.parametrize(("text", "number"), YEAR_ORDERS.values(), ids=YEAR_ORDERS.keys())
def test_orders_numbered_within_a_year(text: str, number: str) -> None:
    assert _texts(text) == [number]


ANNOUNCEMENTS = {
    "cn-serial-bracket": ("深圳市人民代表大会常务委员会公告（第十七号）", "深圳市人民代表大会常务委员会公告第17号"),
    "cn-serial-ascii-bracket": (
        "深圳市人民代表大会常务委员会公告 (第十七號)",
        "深圳市人民代表大会常务委员会公告第17号",
    ),
    "cn-serial": ("某省人民代表大会常务委员会公告第二十八号", "某省人民代表大会常务委员会公告第28号"),
    "digit-serial-bracket": ("某省人民代表大会常务委员会公告（第28号）", "某省人民代表大会常务委员会公告第28号"),
    "year-before-kind": ("国家税务总局2018年第28号公告", "国家税务总局公告2018年第28号"),
    "year-before-kind-spaced": ("国家税务总局 2018 年第 28 号公告", "国家税务总局公告2018年第28号"),
    "year-form-unchanged": ("国家税务总局公告2018年第28号", "国家税务总局公告2018年第28号"),
}


@pytest.mark.parametrize(("text", "number"), ANNOUNCEMENTS.values(), ids=ANNOUNCEMENTS.keys())
def test_announcement_series_in_every_spelling(text: str, number: str) -> None:
    assert _texts(text) == [number]


AGENCY_EDGES = {
    "zuochu": ("被告作出怀水罚字[2017]第27号《行政处罚决定书》", "怀水罚字〔2017〕27号"),
    "chutai": ("省政府出台鄂政发〔2018〕26号", "鄂政发〔2018〕26号"),
    "xiada": ("市财政局下达某财预〔2019〕12号", "某财预〔2019〕12号"),
    "zhifa": ("县政府制发某政发〔2019〕3号", "某政发〔2019〕3号"),
    "fachu": ("国务院发出国发〔1993〕50号", "国发〔1993〕50号"),
    "banfa": ("两部委联合颁发财协字〔2000〕56号", "财协字〔2000〕56号"),
    "banbu": ("颁布国家税务总局公告2018年第28号", "国家税务总局公告2018年第28号"),
    "qianfa": ("县长签发某政发〔2019〕3号", "某政发〔2019〕3号"),
    "shoudao": ("收到某政办发〔2019〕3号后", "某政办发〔2019〕3号"),
    "jiedao": ("接到某政办发〔2019〕3号后", "某政办发〔2019〕3号"),
    "le": ("签署了国务院令第707号", "国令第707号"),
}


@pytest.mark.parametrize(("text", "number"), AGENCY_EDGES.values(), ids=AGENCY_EDGES.keys())
def test_a_verb_before_a_number_ends_its_agency(text: str, number: str) -> None:
    assert _texts(text) == [number]


NO_NUMBER = {
    "placeholder-xx": "根据XX县人民政府办公室《关于开展活动的通知》（XX府办发﹝2017﹞33号）文件精神",
    "placeholder-times": "按照××府发〔2019〕3号文件要求",
    "placeholder-fullwidth": "按照ＸＸ政办发〔2019〕3号文件要求",
    "placeholder-star": "按照**政办发〔2019〕3号文件要求",
    "order-without-body": "根据第3号令",
    "order-after-word": "本局第3号令",
    "order-after-pronoun": "该部第3号令",
    "ministry-order-without-di": "交通运输部5号令",
    "order-number-without-di": "第3号文和5号令",
    "announcement-without-body": "2018年第28号公告",
    "announcement-after-word": "本局2018年第28号公告",
    "announcement-series-without-body": "公告（第十七号）",
    "macau-serial": "第90/2023號行政命令",
    "court-case": "（2020）京01民终123号",
    "case-latin-agency": "CZCC〔2017〕第1号",
}


@pytest.mark.parametrize("text", NO_NUMBER.values(), ids=NO_NUMBER.keys())
def test_no_number_is_read(text: str) -> None:
    assert _texts(text) == []


UNCHANGED = {
    "gb-form": ("国发〔2019〕3号", "国发〔2019〕3号"),
    "serial-with-di": ("国发〔2019〕第3号", "国发〔2019〕3号"),
    "abbreviated-order-agency": ("沈政令[1997]29号", "沈政令〔1997〕29号"),
    "order-form": ("中华人民共和国国务院令第707号", "国令第707号"),
    "order-bracketed-serial": ("中华人民共和国国务院令（第711号）", "国令第711号"),
    "president": ("中华人民共和国主席令第三十一号", "主席令第31号"),
    "ministry-order": ("财政部令第12号", "财政部令第12号"),
    "series": ("海南省人民代表大会常务委员会公告第55号", "海南省人民代表大会常务委员会公告第55号"),
    "taiwan": ("台财税字第10804567890號", "台财税字第10804567890号"),
    "placeholder-mou-kept": ("某政办发〔2019〕12号", "某政办发〔2019〕12号"),
}

TAIWAN_TWO_DIGIT_YEAR = {
    "before-2000": ("府法三字第8903051500號", "府法三字第8903051500号", 2000),
    "spaced": ("府法三字第 8903051500 號", "府法三字第8903051500号", 2000),
    "three-digit-year": ("府法綜字第10133768200號", "府法綜字第10133768200号", 2012),
    "zero-padded": ("府法三字第09202833000號", "府法三字第09202833000号", 2003),
}


@pytest.mark.parametrize(("text", "number", "year"), TAIWAN_TWO_DIGIT_YEAR.values(), ids=TAIWAN_TWO_DIGIT_YEAR.keys())
def test_taiwan_serials_open_with_their_year(text: str, number: str, year: int) -> None:
    found = [n for _, _, n in scan_doc_numbers(text)]
    assert [(n.text, n.year) for n in found] == [(number, year)]


@pytest.mark.parametrize("text", ["府法三字第99999999999號", "府法三字第999912345號"])
def test_a_taiwan_serial_opening_with_no_year_is_no_number(text: str) -> None:
    assert _texts(text) == []  # 999 is no year; a two-digit one opens ten digits only (8903051500)


@pytest.mark.parametrize(("text", "number"), UNCHANGED.values(), ids=UNCHANGED.keys())
def test_forms_read_before_are_unchanged(text: str, number: str) -> None:
    assert _texts(text) == [number]


CANONICAL = [number for _, number in (*ORDER_SERIAL_FIRST.values(), *YEAR_ORDERS.values(), *ANNOUNCEMENTS.values())]


@pytest.mark.parametrize("number", sorted(set(CANONICAL)))
def test_canonical_texts_parse_back_to_themselves(number: str) -> None:
    found = read_doc_number(number)
    assert found is not None and found.text == number


DECREE_HEADS = {
    "names-line-glued": ("辽宁省沈阳市人民政府沈阳市人民政府令", "（第48号）", "沈阳市人民政府令第48号"),
    "names-line-glued-short": ("辽宁省沈阳市人民政府沈阳市政府令", "第48号", "沈阳市政府令第48号"),
    "one-government": ("广西壮族自治区人民政府令", "第116号", "广西壮族自治区人民政府令第116号"),
    "state": ("中华人民共和国国务院令", "第707号", "国令第707号"),
    "ministry-year": ("中华人民共和国交通运输部令", "2016年第55号", "交通运输部令2016年第55号"),
    "office-after-government": ("某省人民政府办公厅令", "第3号", "某省人民政府办公厅令第3号"),
}


@pytest.mark.parametrize(("title", "line", "number"), DECREE_HEADS.values(), ids=DECREE_HEADS.keys())
def test_a_decree_head_after_a_names_line(title: str, line: str, number: str) -> None:
    found = decree_number(title, line)
    assert found is not None and found.text == number


def test_rows_are_not_duplicated() -> None:
    rows = [*ORDER_SERIAL_FIRST.values(), *YEAR_ORDERS.values(), *ANNOUNCEMENTS.values(), *AGENCY_EDGES.values()]
    inputs = [text for text, _ in rows] + list(NO_NUMBER.values()) + [text for text, _ in UNCHANGED.values()]
    assert len(inputs) == len(set(inputs))


NOTICE = (
    "某市交通运输局关于印发某市道路运输车辆动态监督管理办法的通知\n"
    "各县（市、区）交通运输局：\n"
    "{sentence}现将《某市道路运输车辆动态监督管理办法》印发给你们，请遵照执行。\n"
    "某市交通运输局\n2021年9月7日\n"
)

CITING = {
    "year-order": ("根据《道路运输车辆动态监督管理办法》（交通运输部令2016年第55号），", ["交通运输部令2016年第55号"]),
    "serial-first-order": ("根据《廉租住房保障办法》（建设部〔2007〕第162号令），", ["建设部令第162号"]),
    "state-council-serial-first": ("根据《工伤保险条例》（国务院第375号令），", ["国令第375号"]),
    "announcement-year-first": ("根据国家税务总局2018年第28号公告，", ["国家税务总局公告2018年第28号"]),
    "made-by-verb": ("被告作出怀水罚字[2017]第27号《行政处罚决定书》后，", ["怀水罚字〔2017〕27号"]),
    "placeholder": ("根据XX县人民政府办公室《关于开展活动的通知》（XX府办发﹝2017﹞33号）文件精神，", []),
    "traditional-state-council": ("溫家寶簽署了國務院第四百九十號令，", ["国令第490号"]),
    "traditional-year-order": (
        "根據《道路運輸車輛動態監督管理辦法》（交通運輸部令2013年第5號），",
        ["交通运输部令2013年第5号"],
    ),
    "traditional-announcement": ("根據國家稅務總局2018年第28號公告，", ["国家税务总局公告2018年第28号"]),
}


@pytest.mark.parametrize(("sentence", "numbers"), CITING.values(), ids=CITING.keys())
def test_a_notice_cites_these_forms(sentence: str, numbers: list[str]) -> None:
    docs = parse_text(NOTICE.format(sentence=sentence)).model_dump()["documents"]
    assert len(docs) == 1
    cited = [c["doc_number"]["text"] for c in docs[0]["citations"] if c["doc_number"]]
    assert cited == numbers
