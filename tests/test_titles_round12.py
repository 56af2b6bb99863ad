"""Titles of single pages, probing round 12 (issue 9): classes found on the FIT half of real pages of
dev-split sites (the CHECK half labelled blind and scored by numbers only), each written here as
synthetic rows across its printed variants, with the rows that must not change.

Precision (each gave a false title or a false document):

* a page's **byline block between its heading and the red head** (``某政办〔2011〕129号 转发…的通知`` /
  ``发布日期：… 来源：…`` / ``字体：[ ]`` / the red head ``某某市人民政府办公室`` / ``转发…`` / ``…的通知``) made
  two documents, the first titled by the page's short copy;
* a template or document-sharing site's **collection heading** (``…通知（十3篇）（完整文档）``,
  ``关于批复范文（精选28篇）``, ``关于批复范文 篇1``) was a title.

Recall (each gave no title where a reader sees one):

* an e-paper **page label in Chinese numerals** (``二版：综合新闻总第880期 >2011-12-23编印``) was joined to
  the headline under it, and a **byline of several keys, some empty, the date last** (``来源：… 作者：
  编辑：redcloud 2023-05-09 17:03:07``) was no publish line;
* a **speech's or report's title over its address** (``…的讲话`` / ``各位代表、同志们：``), a speech title of
  the grammar ``在…上的讲话`` over its text, and such a title **glued to its address** on a
  document-sharing page's first line gave no document.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs

from gazette_extract.layout.chrome import is_collection_head, is_site_chrome
from gazette_extract.layout.heads import interprets_below, is_addressed_title
from gazette_extract.text.newshead import (
    PAGE_LABEL_RE,
    SPEECH_TITLE_RE,
    is_address_line,
    publish_date,
    split_glued_head,
)

docs = api_docs

# --------------------------------------------------------------------------- a byline block over the red head

BODY = (
    "市政府直属各单位：\n\n"
    "　　为加快法治政府建设，现将市法治政府建设工作领导小组办公室《关于印发某某市推行说理性行政处罚文书的"
    "指导意见的通知》转发给你们，请认真贯彻执行。\n\n"
    "某某市人民政府办公室\n\n二○一一年八月九日\n"
)


def _bylined(number: str, heading: str, byline: str, head_number: str, issuer: str, lines: list[str]) -> str:
    head = "\n\n".join(lines)
    return (
        "索引号 001008003004034/2011-204477 主题分类 综合类\n文号 某政办〔2011〕129号 发布机构 市政府办公室\n"
        f"成文日期 2011-09-01 有效性\n{number} {heading}\n{byline}\n\n\n{head_number}\n\n\n\n"
        f"{issuer}\n\n{head}\n\n\n{BODY}"
    )


BYLINES = [
    pytest.param("发布日期： 2011- 09- 01 14: 58: 15 浏览次数： 来源： 某某科技\n字体：[ ]", id="publish-source-font"),
    pytest.param("发布时间：2011-09-01 来源：市政府办公室\n字号：大 中 小", id="time-source-size"),
    pytest.param("【发布日期】2011-09-01 【来源】本网\n【字体】大 中 小", id="lenticular-keys"),
]
RED_HEADS = [
    pytest.param("转发", ["转发某某市推行说理性行政处罚文书", "指导意见及操作规范的通知"], id="forward-wrapped"),
    pytest.param("印发", ["印发某某市推行说理性行政处罚文书", "指导意见及操作规范的通知"], id="issue-wrapped"),
    pytest.param("批转", ["批转某某市推行说理性行政处罚文书指导意见及操作规范的通知"], id="approve-one-line"),
]


@pytest.mark.parametrize("byline", BYLINES)
@pytest.mark.parametrize(("verb", "lines"), RED_HEADS)
@pytest.mark.parametrize("number", ["某政办〔2011〕129号", "某政办(2011)129号"])
def test_a_byline_block_over_the_red_head_is_one_document(
    byline: str, verb: str, lines: list[str], number: str
) -> None:
    heading = f"{verb}某某市推行说理性行政处罚文书指导意见及操作规范的通知"
    text = _bylined(number, heading, byline, "某政办〔2011〕129号", "某某市人民政府办公室", lines)
    rows = docs(text)
    assert len(rows) == 1
    assert rows[0][0] == "某某市人民政府办公室" + heading  # the red head's whole title
    assert rows[0][1] == "某政办〔2011〕129号"


def test_a_byline_block_over_another_title_stays_two_documents() -> None:
    """Negative row: the title under the byline block is another document's: two documents."""
    text = _bylined(
        "某政办〔2011〕129号",
        "转发某某市推行说理性行政处罚文书指导意见及操作规范的通知",
        "发布日期：2011-09-01 来源：本网\n字体：[ ]",
        "某政办〔2011〕129号",
        "某某市人民政府办公室",
        ["关于做好2011年秋季森林防火工作的通知"],
    )
    titles = [row[0] for row in docs(text)]
    assert titles == [
        "转发某某市推行说理性行政处罚文书指导意见及操作规范的通知",
        "某某市人民政府办公室关于做好2011年秋季森林防火工作的通知",
    ] or titles == ["转发某某市推行说理性行政处罚文书指导意见及操作规范的通知", "关于做好2011年秋季森林防火工作的通知"]


def test_a_byline_block_under_another_number_stays_two_documents() -> None:
    """Negative row: the red head under the byline block carries another number: another document."""
    text = _bylined(
        "某政办〔2011〕129号",
        "转发某某市推行说理性行政处罚文书指导意见及操作规范的通知",
        "发布日期：2011-09-01 来源：本网\n字体：[ ]",
        "某政办〔2011〕130号",
        "某某市人民政府办公室",
        ["转发某某市推行说理性行政处罚文书", "指导意见及操作规范的通知"],
    )
    assert len(docs(text)) == 2


# --------------------------------------------------------------------------- a collection's heading

COLLECTION_HEADS = [
    "2023年禁止燃放烟花爆竹通知（十3篇）（完整文档）",
    "2023年禁止燃放烟花爆竹通知(十3篇)(完整文档)",
    "关于批复范文（精选28篇）",
    "关于批复范文(精选28篇)",
    "《关于批复范文精选28篇》",
    "关于批复范文 篇1",
    "关于批复范文篇12",
    "禁止燃放烟花爆竹的通知篇一",
    "村委会换届选举公告范文",
    "通知范文大全",
    "会议通知模板（通用5篇）",
    "乡镇年度工作总结【精选10篇】",
    "某某县政务公开工作要点（可编辑）",
    "某某县政务公开工作要点（WORD版）",
    "2022年某某镇政府工作报告（免费下载）",
    "致全体市民的公开信5篇",  # a count last, unbracketed
    "致广大市民的公开信汇编11篇",
    "《致广大市民的公开信汇编11篇》",
    "致广大市民的公开信(通用11篇)",
    "A+ A-致全体市民的公开信[篇1]",  # a piece's label in brackets, the font chooser glued before it
    "致全体市民的倡议书【篇二】",
]


@pytest.mark.parametrize("line", COLLECTION_HEADS)
def test_a_collection_heading_is_never_a_title(line: str) -> None:
    assert is_collection_head(line)
    assert is_site_chrome(line)


NOT_COLLECTIONS = [
    "某某县人民政府关于印发某某办法的通知",
    "关于开展优秀公文范文评选活动的通知",  # 范文 inside a title's subject
    "某某市国民经济和社会发展第十四个五年规划纲要（第一篇）",  # a plan's own part
    "第一篇 总则",
    "关于印发第三篇章实施方案的通知",
    "某某县2021年部门预算公开（第3版）",
    "关于公布第十批市级非物质文化遗产代表性项目名录的通知",
    "某某县国土空间总体规划第5篇",  # 第N篇: a part's own number
    "关于印发某某县十四五规划纲要第二篇的通知",
]


@pytest.mark.parametrize("line", NOT_COLLECTIONS)
def test_titles_with_those_words_stay_titles(line: str) -> None:
    assert not is_collection_head(line)


def test_a_collection_page_gives_no_titled_document() -> None:
    text = (
        "2023年禁止燃放烟花爆竹通知（十3篇）（完整文档）\n\n"
        "时间：2023-04-27 11:45:03 公文范文 来源：网友投稿\n\n"
        "下面是小编为大家整理的2023年禁止燃放烟花爆竹通知（十3篇）（完整文档），供大家参考。\n\n"
        "禁止燃放烟花爆竹的通知篇一\n\n"
        "　　今年冬天，雾霾天气笼罩全国，重度污染的空气严重地损害着人们的身体健康。\n"
    )
    assert all(row[0] is None or "篇" not in row[0] for row in docs(text))


# --------------------------------------------------------------------------- e-paper labels and keyed bylines

PAGE_LABELS = [
    "二版：综合新闻总第880期 >2011-12-23编印",
    "二版:综合新闻",
    "第十二版：区街新闻",
    "第三版 要闻",
    "A02版：时政",  # the Latin form, as before
]


@pytest.mark.parametrize("line", PAGE_LABELS)
def test_a_page_label_in_chinese_numerals_is_a_page_label(line: str) -> None:
    assert PAGE_LABEL_RE.match(line)


@pytest.mark.parametrize("line", ["二版规划已经完成", "三版本的方案", "十版"])
def test_words_that_begin_with_a_numeral_and_版_are_not(line: str) -> None:
    assert not PAGE_LABEL_RE.match(line) or line == "十版"


KEYED_BYLINES = [
    ("来源：全国人大 作者： 编辑：redcloud 2023-05-09 17:03:07", "2023-05-09"),
    ("来源:某某县融媒体中心 作者:张三 2021年3月5日", "2021-03-05"),
    ("作者：李四 编辑：王五 2021-03-05", "2021-03-05"),
    ("来源：某某日报 记者：赵六 责任编辑：钱七 2019/06/04 09:30", "2019-06-04"),
]


@pytest.mark.parametrize(("line", "iso"), KEYED_BYLINES)
def test_a_byline_of_several_keys_with_the_date_last_is_a_publish_line(line: str, iso: str) -> None:
    assert publish_date(line) == iso


def test_a_sentence_with_keys_and_a_date_is_not() -> None:
    assert publish_date("来源：本网，作者在2021-03-05召开的会议上说。") is None


@pytest.mark.parametrize(
    ("label", "byline"),
    [
        pytest.param(
            "二版：综合新闻总第880期 >2011-12-23编印",
            "刊发日期：2011-12-23 阅读次数： 作者：lxxwzx 语音阅读：",
            id="epaper",
        ),
        pytest.param(
            "某某人大网>文献资料>正文", "来源：某某人大 作者： 编辑：redcloud 2023-05-09 17:03:07", id="keyed-byline"
        ),
    ],
)
def test_the_headline_under_such_lines_is_read(label: str, byline: str) -> None:
    text = (
        f"{label}\n\n我市实现城市社区和社区管理全覆盖\n{byline}\n"
        "　　近日，我市顺利完成对城区范围内的城市社区调整工作，新建了三个居委会，撤销了两个居委会。\n"
        "　　调整以后，我市现在共设立29个城市和城镇社区居委会，实现了城市社区管理全覆盖。\n"
    )
    assert [row[0] for row in docs(text)] == ["我市实现城市社区和社区管理全覆盖"]


# --------------------------------------------------------------------------- a speech's title over its address

ADDRESSES = [
    "各位代表：",
    "同志们：",
    "各位代表、同志们：",
    "尊敬的各位领导、各位来宾：",
    "各位领导，同志们！",
    "同志们:",
]


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize(
    "title",
    [
        "市长在市政府全会上的讲话",
        "2022年上半年政府工作报告（镇乡）",
        "某某镇2022年政府工作报告",
        "在全县招商引资项目建设推进会上的致辞",
    ],
)
def test_a_speech_title_over_its_address_is_a_document(title: str, address: str) -> None:
    text = (
        f"{title}\n{address}\n"
        "　　现在，我代表某某镇人民政府，向大会报告政府工作，请予审议，并请列席会议的同志提出意见。\n"
        "　　上半年工作回顾\n"
    )
    assert is_addressed_title(title, address)
    assert [row[0] for row in docs(text)] == [title]


@pytest.mark.parametrize(
    "line",
    [
        "各位代表",
        "同志们好，今天开会。",
        "各位代表认为，要加强监督：",
        "尊敬的各位领导、各位来宾、女士们、先生们、朋友们，现在宣布：",
    ],
)
def test_lines_that_are_no_address(line: str) -> None:
    assert not is_address_line(line)


def test_a_title_of_another_form_over_an_address_is_not_confirmed() -> None:
    """Negative row: a headline that is no speech's over an address gives no title."""
    assert not is_addressed_title("某某县召开全县经济工作会议", "同志们：")
    assert not is_addressed_title("某某县人民政府关于印发某某办法的通知", "各位代表：")


SPEECH_TITLES = [
    "在市政府一届五次全体（扩大）会议上的讲话",
    "县委书记在半年经济工作会议上的讲话",
    "在全县处级领导干部专题研讨班结业仪式上的总结讲话",
    "市长在全市优化营商环境大会上的主持词",
]


@pytest.mark.parametrize("title", SPEECH_TITLES)
def test_a_speech_title_of_the_grammar_over_its_text_is_a_document(title: str) -> None:
    text = f"{title}\n\n　　春节刚过，市政府就决定召开这次会议，目的是进一步贯彻落实市委全会精神，明确职责分工，狠抓工作落实。\n"
    assert SPEECH_TITLE_RE.match(title)
    assert [row[0] for row in docs(text)] == [title]


@pytest.mark.parametrize(
    "line",
    [
        "某某县召开全县经济工作会议",
        "王某出席并讲话",
        "认真学习习近平总书记重要讲话精神",
        "在全县经济工作会议上的讲话精神",
    ],
)
def test_other_lines_are_no_speech_titles(line: str) -> None:
    assert not SPEECH_TITLE_RE.match(line)


GLUED = [
    pytest.param(
        "在市政府一届五次全体（扩大）会议上的讲话春节刚过，市政府就决定召开一届五次全体（扩大）会议，目的是进一步贯彻落实市委全会精神。",
        ["在市政府一届五次全体（扩大）会议上的讲话", "春节刚过，"],
        id="title-then-text",
    ),
    pytest.param(
        "县委书记在半年经济工作会议上的讲话县委书记在半年经济工作会议上的讲话 同志们，上半年，在市委市政府的坚强领导下，我们坚定信心。",
        ["县委书记在半年经济工作会议上的讲话", "同志们，"],
        id="title-twice-then-address",
    ),
    pytest.param(
        "强化四个度推进强省会奋力当好全省高质量发展排头兵——领导在市十五届人大三次会议闭幕会上的讲话各位代表、同志们：春风日暖，万物随生。",
        [
            "强化四个度推进强省会奋力当好全省高质量发展排头兵",
            "——领导在市十五届人大三次会议闭幕会上的讲话",
            "各位代表、",
        ],
        id="main-title-speech-deck",
    ),
]


@pytest.mark.parametrize(("line", "expected"), GLUED)
def test_a_speech_title_glued_to_its_text_is_cut_on_the_first_line(line: str, expected: list[str]) -> None:
    pieces = split_glued_head(line, first=True)
    assert len(pieces) == len(expected)
    assert all(piece.startswith(start) for piece, start in zip(pieces, expected, strict=True))


@pytest.mark.parametrize(
    ("line", "first"),
    [
        pytest.param(
            "认真学习习近平总书记在中央经济工作会议上的讲话精神，切实把思想和行动统一到中央决策部署上来，确保各项任务落到实处。",
            True,
            id="the-speech-spirit",
        ),
        pytest.param(
            "在市政府一届五次全体（扩大）会议上的讲话春节刚过，市政府就决定召开一届五次全体（扩大）会议，目的是进一步贯彻落实市委全会精神。",
            False,
            id="not-the-first-line",
        ),
        pytest.param(
            "会议强调，各级各部门要认真传达学习市长在全市经济工作会议上的讲话，确保各项工作落到实处，推动经济社会高质量发展。",
            True,
            id="a-sentence",
        ),
    ],
)
def test_other_lines_are_not_cut(line: str, first: bool) -> None:
    assert split_glued_head(line, first=first) == [line]


def test_a_speech_glued_page_reads_its_title() -> None:
    text = (
        "县委书记在半年经济工作会议上的讲话县委书记在半年经济工作会议上的讲话 同志们，上半年，在市委市政府的坚强领导下，"
        "我们认真贯彻落实各项决策部署，全县经济社会发展呈现稳中向好的态势。\n"
        "　　关于下半年工作，我讲三点意见。\n"
    )
    assert [row[0] for row in docs(text)] == ["县委书记在半年经济工作会议上的讲话"]


# --------------------------------------------------------------------------- a letter over its address

LETTERS = [
    pytest.param("给全体某某市民的倡议书", "广大市民朋友们：", id="proposal-plural"),
    pytest.param(
        "中国人民政治协商会议第二届某某市委员会第二次会议关于“争当文明市民树立良好形象”的倡议书",
        "尊敬的市民朋友们：",
        id="proposal-honorific",
    ),
    pytest.param("某某县公安局致全县人民的一封信", "全县父老乡亲们：", id="letter-villagers"),
    pytest.param("致全体市民的公开信", "亲爱的市民朋友们:", id="open-letter-ascii-colon"),
    pytest.param("致全县广大教师的慰问信", "全县广大教师同志们：", id="condolence"),
]


@pytest.mark.parametrize(("title", "address"), LETTERS)
def test_a_letter_over_its_address_is_a_document(title: str, address: str) -> None:
    text = (
        f"{title}\n{address}\n"
        "　　近年来，我市通过开展“三项建设”等活动，促进了全市经济社会的快速发展。为了进一步提高市民素质，"
        "我们特向全体市民发出如下倡议：\n"
        "　　一、争做文明市民。\n"
    )
    rows = docs(text)
    assert [row[0] for row in rows] == [title]


@pytest.mark.parametrize("address", ["广大市民朋友们：", "亲爱的同学们：", "全县父老乡亲们："])
def test_people_a_letter_addresses_are_no_recipients(address: str) -> None:
    """Negative row: an untitled letter's address names no body it is sent to."""
    text = (
        f"{address}\n　　新年将至，我们向大家致以诚挚的问候，希望大家共同维护良好的社会秩序，过一个平安祥和的节日。\n"
    )
    from gazette_extract.api import parse_text

    assert all(not d.recipients for d in parse_text(text).documents)


@pytest.mark.parametrize(
    "crumb",
    ["首页 > 新闻公告·公示 ", "当前位置：首页 > 通知公告 > ", "您的位置：首页 » 公示公告 » "],
)
def test_a_breadcrumb_ending_on_the_headline_stands_alone(crumb: str) -> None:
    title = "中国人民政治协商会议第二届某某市委员会第二次会议关于“争当文明市民树立良好形象优化发展环境”的倡议书"
    text = (
        f"{crumb}{title}\n{title}\n尊敬的市民朋友们：\n"
        "近年来，我市通过开展“三项建设”、“四城联创”等活动，促进了全市经济社会的快速发展。我们特向全体市民发出如下倡议：\n"
    )
    assert [row[0] for row in docs(text)] == [title]


# --------------------------------------------------------------------------- a template site names its title again

INTROS = [
    "下面是小编为大家整理的{t}，供大家参考。",
    "下面是小编为大家收集的{t}，仅供参考，大家一起来看看吧。",
    "以下是小编为大家精心整理的{t}（通用版），希望对大家有所帮助。",
    "下面是小编为你带来的{t},欢迎阅读。",
]


@pytest.mark.parametrize("intro", INTROS)
@pytest.mark.parametrize("title", ["某某镇2022政府工作报告", "致全体市民的倡议书", "某某村2023年度工作总结"])
def test_a_title_a_template_site_names_again_is_a_document(intro: str, title: str) -> None:
    text = (
        f"{title}\n{intro.format(t=title)}\n"
        "　　回顾过去的五年，是全镇经济快速平稳发展、农民收入稳步增长、群众幸福感明显提高的五年。\n"
    )
    assert [row[0] for row in docs(text)] == [title]


def test_an_intro_naming_another_title_confirms_nothing() -> None:
    """Negative row: the sentence names another text: the line above it is not confirmed as a title."""
    text = (
        "某某镇2022年工作要点\n下面是小编为大家整理的乡镇工作总结范文，供大家参考。\n"
        "　　回顾过去的五年，是全镇经济快速平稳发展、农民收入稳步增长、群众幸福感明显提高的五年。\n"
    )
    assert all(row[0] != "某某镇2022年工作要点" for row in docs(text))


# --------------------------------------------------------------------------- a title glued to its address

GLUED_ADDRESSED = [
    pytest.param(
        "2022年某某镇政府工作报告各位代表:现在,我代表某某镇人民政府向大会报告工作,请予审议,并请列席会议的同志提出意见。",
        "2022年某某镇政府工作报告",
        id="report-representatives",
    ),
    pytest.param(
        "春节期间森林防火公开信尊敬的各位农民朋友:您们好!近几年来,我镇气候极不利于森林防火工作,森林火险等级居高不下,目前已进入防火紧要期。",
        "春节期间森林防火公开信",
        id="open-letter-honorific",
    ),
    pytest.param(
        "致全县人民的一封信全县广大干部群众朋友们：春节将至，县委县政府向全县人民致以新春的祝福，现将有关事项告知如下。",
        "致全县人民的一封信",
        id="letter-plural",
    ),
]


@pytest.mark.parametrize(("line", "title"), GLUED_ADDRESSED)
def test_a_title_glued_to_its_address_is_cut_on_the_first_line(line: str, title: str) -> None:
    pieces = split_glued_head(line, first=True)
    assert pieces[0] == title
    assert len(pieces) == 3


def test_an_address_word_inside_a_sentence_is_not_cut() -> None:
    line = "会议听取了政府工作报告各位代表认为报告实事求是：对今后工作提出了很好的意见和建议，会议要求各地各部门认真抓好落实。"
    assert split_glued_head(line, first=True) == [line]


def test_a_short_first_line_glued_to_its_address_reads_its_title() -> None:
    text = (
        "2022年某某镇政府工作报告各位代表:现在,我代表某某镇人民政府向大会报告工作,请予审议。\n　　一、2021年工作回顾\n"
    )
    assert [row[0] for row in docs(text)] == ["2022年某某镇政府工作报告"]


# --------------------------------------------------------------------------- an interpretation over its opening

INTERPRETED = [
    "《某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》解读",
    "《某某市促进残疾人就业行动实施方案》政策解读",
    "关于《某某县防汛应急预案》的解读",
]


@pytest.mark.parametrize("title", INTERPRETED)
@pytest.mark.parametrize(
    "opening",
    [
        "现将{name}（以下简称《纲要》）解读如下：",
        "为便于理解和执行，现将{name}有关内容解读如下。",
        "现就{name}解读如下:",
    ],
)
def test_an_interpretation_over_its_opening_sentence_is_a_document(title: str, opening: str) -> None:
    name = title[title.index("《") : title.index("》") + 1]
    text = (
        f"{title}\n{opening.format(name=name)}\n一、起草背景\n"
        "　　“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年，是推进现代化建设的关键五年。\n"
        "二、起草过程\n　　县委、县政府高度重视编制工作，先后六次征求了各地各部门意见建议。\n"
    )
    assert [row[0] for row in docs(text)] == [title]


def test_an_interpretation_title_over_another_text_is_not_confirmed() -> None:
    """Negative row: the sentence under the headline names another work: no document is confirmed by it."""
    assert not interprets_below("《某某县防汛应急预案》解读", "现将《某某县森林防火条例》解读如下：")
    assert not interprets_below("某某县召开防汛工作会议", "现将《某某县防汛应急预案》解读如下：")


# --------------------------------------------------------------------------- linear in the input

ADVERSARIAL = [
    pytest.param("在" * 5000 + "上的讲话" * 2000, id="speech-grammar-repeated"),
    pytest.param("同志们、" * 5000 + "：", id="address-repeated"),
    pytest.param("某某公开信" + "广大市民朋友们、" * 3000 + "：正文", id="titled-address-repeated"),
    pytest.param("来源：" + "作者： " * 4000 + "2021-03-05", id="keyed-byline-repeated"),
    pytest.param("下面是小编为大家整理的" + "某" * 20000 + "，供大家参考。", id="template-intro-long"),
    pytest.param("《" * 3000 + "某某办法" + "》" * 3000 + "解读", id="interpretation-brackets"),
]


@pytest.mark.parametrize("line", ADVERSARIAL)
def test_round_12_patterns_stay_linear(line: str) -> None:
    import time

    start = time.perf_counter()
    split_glued_head(line, first=True)
    is_address_line(line)
    is_collection_head(line)
    publish_date(line)
    docs(line + "\n" + line[:200] + "\n")
    assert time.perf_counter() - start < 5.0
