"""normalize and blocks: table-driven, from what converters really leave behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_extract.layout.blocks import DATE, HEADING, ITEM, PARAGRAPH, SIGNATURE, TABLE_ROW, split_blocks
from gazette_extract.text.normalize import fold_text, normalize_text, split_paragraphs

SAMPLE = (Path(__file__).resolve().parent.parent / "samples" / "pinggu-2021-01.txt").read_text(encoding="utf-8")

FOLD = [
    ("spaced-deadline", "完成时限：2021 年 11 月底前", "完成时限：2021年11月底前"),
    ("spaced-number", "京兴政办发〔2023〕1 号", "京兴政办发〔2023〕1号"),
    ("spaced-bracket", "京平政发〔 2021 〕 1 号", "京平政发〔2021〕1号"),
    ("full-width-digits", "２０２１年３月５日", "2021年3月5日"),
    ("full-width-letters", "ＡＥＤ设备", "AED设备"),
    ("bold", "### **（一）农业科技创新领域**", "### （一）农业科技创新领域"),
    ("ascii-colon-semicolon", "(牵头单位:区发改局;责任单位:区财政局)", "（牵头单位：区发改局；责任单位：区财政局）"),
    ("ascii-paren-list", "(三) 严禁违规占用耕地", "（三） 严禁违规占用耕地"),
    ("ascii-comma", "区教委,区财政局", "区教委，区财政局"),
    ("keeps-decimal", "13.3万亩", "13.3万亩"),
    ("keeps-thousands", "3,000元", "3,000元"),
    ("keeps-time", "10:30", "10:30"),
    ("keeps-url", "http://www.gov.cn", "http://www.gov.cn"),
    ("ideographic-space", "孙春兰　　国务院副总理", "孙春兰 国务院副总理"),
    ("letter-spaced", "几 个 问 题 的 通 知", "几个问题的通知"),
    ("percent", "100 %", "100%"),
    ("html-entity", "国务院办公厅&nbsp;", "国务院办公厅 "),
    ("keeps-tabs", "a\t\tb", "a\t\tb"),
    ("bold-underscores", "__重点任务__", "重点任务"),
    ("bold-italic-stars", "***注意***", "注意"),  # bold, then the italic pair left inside it
    ("withheld-name-kept", "**市**区人大常委会办法", "**市**区人大常委会办法"),  # a mask, not bold
    ("withheld-name-beside-bold", "**市**区 **（一）总则**", "**市**区 （一）总则"),
    # Markdown italic (robustness: markdown-italic / markdown-underscore transforms)
    ("italic-label", "（*牵头单位*：区发改委）", "（牵头单位：区发改委）"),
    ("italic-heading", "*一、总体要求*", "一、总体要求"),
    ("italic-underscores", "_一、总体要求_", "一、总体要求"),
    ("keeps-masked-names", "王*、李*同志", "王*、李*同志"),  # a star beside a word is a mask
    ("keeps-masked-given-names", "张*华、李*明", "张*华、李*明"),
    ("keeps-snake-case", "file_name_v2", "file_name_v2"),
    ("keeps-footnote-star", "*注：本表数据为初步统计", "*注：本表数据为初步统计"),
    ("keeps-spaced-stars", "a * b * c", "a * b * c"),
    # full-width and half-width forms (robustness: full-width / halfwidth-cjk-punct transforms)
    ("full-width-square-note", "。［责任单位：老街办］", "。[责任单位：老街办]"),
    ("full-width-date-time", "２０２１－１２－２２ １７：４５", "2021-12-22 17:45"),
    ("full-width-slash-date", "２０２１／３／５", "2021/3/5"),
    ("keeps-full-width-dash", "－ 1 －", "－ 1 －"),  # a page footer, not a date
    ("keeps-colon-after-key", "时间：2021", "时间：2021"),
    ("half-width-cjk-punct", "区发改委､区财政局｡｢两区｣", "区发改委、区财政局。「两区」"),
    ("small-forms", "﹙牵头单位﹕区发改委﹑区财政局﹚﹐１﹒５亿元", "（牵头单位：区发改委、区财政局），1.5亿元"),
    (
        "kangxi-radicals",
        "⼀、⼯作⽬标：区⻓、⻔户⽹站、北京市平⾕区⼈⺠政府",
        "一、工作目标：区长、门户网站、北京市平谷区人民政府",
    ),
    ("invisible-marks", "平谷区\u200d人民\u2060政府关\u00ad于\u200e", "平谷区人民政府关于"),
    ("typographic-spaces", "孙春兰\u202f国务院\u205f副总理\u2005", "孙春兰 国务院 副总理 "),
    ("ratio-colon", "牵头单位∶区发改委；（完成时限）﹕长期", "牵头单位：区发改委；（完成时限）：长期"),
    ("keeps-ratio", "比例尺1∶1000", "比例尺1∶1000"),
    ("quote-entities", "&ldquo;两区&rdquo;建设&mdash;&mdash;", "“两区”建设——"),
    # the brackets of a number's year, folded to 〔〕 so that a number inside brackets reads
    # like one in 〔〕 (robustness: brackets-* transforms)
    ("number-year-ascii-parens", "（冀政发(2018)11号 2018年5月18日印发）", "（冀政发〔2018〕11号2018年5月18日印发）"),
    ("number-year-full-parens", "的通知》（国办发（2017）7号）", "的通知》（国办发〔2017〕7号）"),
    ("number-year-small-tortoise", "京政发﹝2021﹞1号", "京政发〔2021〕1号"),
    ("number-year-angle-spaced", "科工法字〈2000〉 851号", "科工法字〔2000〕851号"),
    ("number-year-spaced-inside", "华政发( 2021 ) 2号", "华政发〔2021〕2号"),
    ("number-year-di", "国发（2016）第33号", "国发〔2016〕第33号"),
    ("keeps-case-number", "（2020）京01民终123号", "（2020）京01民终123号"),  # no agency before it
    ("keeps-title-years", "方案（2021—2023年）", "方案（2021—2023年）"),
    ("keeps-year-without-number", "工作要点（2021）", "工作要点（2021）"),
    ("keeps-book-marks", "《2021年省〈政府工作报告〉重点任务》", "《2021年省〈政府工作报告〉重点任务》"),
]


@pytest.mark.parametrize(("raw", "folded"), [c[1:] for c in FOLD], ids=[c[0] for c in FOLD])
def test_fold(raw, folded):
    assert fold_text(raw) == folded


def test_fold_ids_unique():
    assert len({c[0] for c in FOLD}) == len(FOLD) and len({c[1] for c in FOLD}) == len(FOLD)


JOINS = [
    (
        "page-break",
        "全面推进农业科技、绿色物流、无人机、食品和医药健康、休闲旅\n\n游五大重点领域开放创新。",
        ["全面推进农业科技、绿色物流、无人机、食品和医药健康、休闲旅游五大重点领域开放创新。"],
    ),
    ("short-lines-are-layout", "休闲旅\n\n游五大重点领域开放创新。", ["休闲旅", "游五大重点领域开放创新。"]),
    ("never-after-full-stop", "第一句。\n\n第二句。", ["第一句。", "第二句。"]),
    (
        "not-into-item",
        "一段没有句号的很长的文字一段没有句号的很长的文字\n\n2. 下一项。",
        ["一段没有句号的很长的文字一段没有句号的很长的文字", "2. 下一项。"],
    ),
    ("not-into-date", "北京市平谷区人民政府\n\n2021年1月14日", ["北京市平谷区人民政府", "2021年1月14日"]),
    (
        "not-into-number",
        "国务院关于加快推进农业机械化的指导意见\n\n国发〔2018〕42号",
        ["国务院关于加快推进农业机械化的指导意见", "国发〔2018〕42号"],
    ),
    (
        "title-over-lines",
        "国务院关于加快推进农业机械化和\n\n农机装备产业转型升级的指导意见",
        ["国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"],
    ),
    (
        "short-title-with-guanyu",
        "国务院办公厅关于2019年\n\n部分节假日安排的通知",
        ["国务院办公厅关于2019年部分节假日安排的通知"],
    ),
    (
        "title-not-into-recipients",
        "关于干部任免职的通知\n\n各乡镇人民政府：",
        ["关于干部任免职的通知", "各乡镇人民政府："],
    ),
    (
        "roster-lines-stay",
        "组 长：王成国 区委书记\n\n吴小杰 区委副书记、代区长",
        ["组 长：王成国 区委书记", "吴小杰 区委副书记、代区长"],
    ),
    (
        "heading-never-joins",
        "# 平谷区“两区”建设工作方案\n\n为深入贯彻有关精神，制定本方案。",
        ["平谷区“两区”建设工作方案", "为深入贯彻有关精神，制定本方案。"],
    ),
    ("table-rows-stay", "一级\t二级\n(一) 建立\t1. 建立", ["一级\t二级", "（一） 建立\t1. 建立"]),
    ("quote-inside-sentence", "坚决杜绝“六个严禁”\n\n问题的发生。", ["坚决杜绝“六个严禁”问题的发生。"]),
    (
        "three-lines-one-paragraph",
        "一段没有句号的很长的文字一段没有句号的很长\n\n的文字一段没有句号的很长的文字一段没有句号\n\n的很长的文字。",
        ["一段没有句号的很长的文字一段没有句号的很长的文字一段没有句号的很长的文字一段没有句号的很长的文字。"],
    ),
    (
        "never-after-semicolon",
        "第一项工作要抓紧落实并按期完成；\n\n第二项工作也要抓紧落实并按期完成",
        ["第一项工作要抓紧落实并按期完成；", "第二项工作也要抓紧落实并按期完成"],
    ),
    ("quote-closing-sentence", "他说：“要抓落实。”\n\n第二段。", ["他说：“要抓落实。”", "第二段。"]),
    ("form-feed-keeps-numbering", "第一句。\f\n第二句。", ["第一句。", "第二句。"]),
    ("page-furniture-dropped", "甲。\n\n------------------------------\n\n- 12 -\n\n第 3 页\n\n乙。", ["甲。", "乙。"]),
    ("bullet-dropped", "- 附件：1. 实施方案", ["附件：1. 实施方案"]),
    (
        "breadcrumb-stands-alone",
        "当前位置：首页 > 政务公开 > 政策法规\n\n关于做好防汛工作的通知",
        ["当前位置：首页 > 政务公开 > 政策法规", "关于做好防汛工作的通知"],
    ),
]


@pytest.mark.parametrize(("raw", "paragraphs"), [c[1:] for c in JOINS], ids=[c[0] for c in JOINS])
def test_paragraphs(raw, paragraphs):
    assert [p.text for p in split_paragraphs(raw)] == paragraphs


def test_a_paragraph_joined_over_three_lines_spans_them():
    raw = "一段没有句号的很长的文字一段没有句号的很长\n\n的文字一段没有句号的很长的文字一段没有句号\n\n的很长的文字。\n\n下一段。"
    assert [(p.line, p.end_line) for p in split_paragraphs(raw)] == [(1, 5), (7, 7)]


def test_running_page_headers_do_not_stop_a_page_break_join():
    header = "北京市平谷区人民政府公报 2021年第1期"
    text = (
        f"{header}\n\n第一段。\n\n{header}\n\n全面推进农业科技、绿色物流、无人机、食品和医药健康、休闲旅\n\n"
        f"{header}\n\n游五大重点领域开放创新。\n\n{header}\n\n末段。"
    )
    assert [p.text for p in split_paragraphs(text)] == [
        "北京市平谷区人民政府公报2021年第1期",  # kept once (spaces beside digits folded away)
        "第一段。",
        "全面推进农业科技、绿色物流、无人机、食品和医药健康、休闲旅游五大重点领域开放创新。",
        "末段。",
    ]


def test_a_title_printed_twice_is_not_a_running_header():
    assert [p.text for p in split_paragraphs("某某公报\n\n某某公报\n\n正文。")] == ["某某公报", "某某公报", "正文。"]


def test_sample_page_breaks_are_rejoined():
    texts = [p.text for p in split_paragraphs(SAMPLE)]
    assert any("休闲旅游五大重点领域" in t for t in texts)
    assert any("开放政策落地实施" in t for t in texts)
    assert not any(t.endswith(("休闲旅", "政策落")) for t in texts)


def test_line_spans_point_at_the_source():
    lines = SAMPLE.splitlines()
    for para in split_paragraphs(SAMPLE):
        first = lines[para.line - 1]
        assert first.strip(), para
        assert para.end_line >= para.line


def test_crlf_and_lf_give_the_same_paragraphs():
    assert split_paragraphs(SAMPLE.replace("\n", "\r\n")) == split_paragraphs(SAMPLE)


def test_normalize_text_keeps_headings_marked():
    assert normalize_text("# 标题\n\n正文。") == "# 标题\n正文。"


BLOCKS = [
    ("md-heading", "## 一、总体要求", HEADING, "cn", 1),
    ("cn-item-heading", "三、老有所养（1件）", HEADING, "cn", 3),
    (
        "paren-cn-sentence",
        "（三）完善农机装备创新体系。瞄准农业机械化需求，加快推进农机装备创新。",
        ITEM,
        "paren_cn",
        3,
    ),
    ("num-item", "12. 新建3个基层社会心理服务中心。", ITEM, "num", 12),
    ("num-item-no-space", "5.合理布局农业项目选址。", ITEM, "num", 5),
    ("paren-num", "（2）加强宣传。", ITEM, "paren_num", 2),
    ("circled", "③加强宣传。", ITEM, "circled", 3),
    ("article", "第十二条 本条例自公布之日起施行。", ITEM, "article", 12),
    ("not-a-number", "2021年是开局之年。", PARAGRAPH, "", 0),
    ("decimal-not-item", "1.5倍以上。", PARAGRAPH, "", 0),
    ("date", "2021年1月14日", DATE, "", 0),
    ("cn-date", "二〇〇五年六月十一日", DATE, "", 0),
    ("tab-row", "序号\t任务\t牵头单位", TABLE_ROW, "", 0),
    ("pipe-row", "| 序号 | 任务 | 牵头单位 |", TABLE_ROW, "", 0),
    ("attachment-heading", "附件3", HEADING, "", 0),
]


@pytest.mark.parametrize(("text", "kind", "style", "number"), [c[1:] for c in BLOCKS], ids=[c[0] for c in BLOCKS])
def test_block_kinds(text, kind, style, number):
    (block,) = split_blocks(text)
    assert (block.kind, block.style, block.number) == (kind, style, number)


def test_pipe_separator_dropped_and_cells_split():
    blocks = split_blocks("| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n| 1 | 修路 | 区交通局 |")
    assert [b.cells for b in blocks] == [["序号", "任务", "牵头单位"], ["1", "修路", "区交通局"]]


def test_signature_before_date():
    blocks = split_blocks("请认真贯彻执行。\n\n国务院办公厅\n\n中央军委办公厅\n\n1996年6月29日")
    assert [b.kind for b in blocks] == [PARAGRAPH, SIGNATURE, SIGNATURE, DATE]


def test_punctuation_after_a_run_of_spaces_is_folded_in_one_pass():
    # found by Hypothesis: the spaces were collapsed after the punctuation rule had looked
    once = normalize_text("(  一、")
    assert once == normalize_text(once) == "（ 一、"
