"""Titles round 23 (issue 9, session 21, s21-titles23): synthetic rows per class, positives and near-misses.

* a site's link bar printed as a line of its own over the headline (``投稿邮箱  返回首页  加入收藏关于我们``, ``设为首页 |
  加入收藏 | 联系我们``, Traditional ``設為首頁／聯絡我們``) stands alone and is site chrome: the joiner ran it, across blank
  lines, onto the headline, which became the title's end (myscxx, new dev page);
* a page template's mark in English (``The Beginning``, ``THE END``, ``— END —``) is site chrome, and a line without a
  Chinese character is never the first line of a Chinese title printed on several lines: ``The Beginning`` was read as
  the title's first words (jxyuer, new dev page);
* a metadata block's last row of keys whose values were lost (``著录日期 生效日期``, ``成文日期  废止日期``, one or two
  rows) belongs to the block: it was read as the title under the block (withheld as doubtful: gcqtlf, dev) or run
  onto the title printed under it; the title over or under the block stands;
* a row of a spaced-key block that opens on a key the vocabulary does not know, then a known key with its value
  (``责任部门 贺兰县住建局 公开方式 主动公开``), belongs to the block: it was read as the title under the block (nxhl,
  dev); the unknown key is kept as printed in ``metadata``;
* what must never become the title (rows that pass before and after this round, kept as a guard): a menu line, a
  column name, another article's headline in the page's tail, an attachment's title, a cited document's title.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import time

import pytest

from gazette_extract import parse_text
from gazette_extract.layout.blocks import Block, BlockKind
from gazette_extract.layout.chrome import is_site_chrome
from gazette_extract.layout.doubt import is_empty_keys_line
from gazette_extract.layout.metadata import printed_pairs
from gazette_extract.text.normalize import SITE_LINK_BAR_RE, TEMPLATE_MARK_RE, split_paragraphs

HEADLINE = "某某镇扎实推进秋冬秸秆禁烧工作"
STAMP = "稿件来源：某某市场信息网  发布时间：2015-09-14  发稿编辑：张某"
LEAD = "秋收即将到来，某某镇积极展开秸秆禁烧工作，全体干部深入村组农户，做好禁烧宣传引导。"
NOTICE_TITLE = "某某县人民政府拟征收土地启动公告"
NOTICE_BODY = (
    "为实施我县国民经济和社会发展规划，根据《中华人民共和国土地管理法》等法律法规的规定，现发布拟征收土地启动公告：\n"
    "一、拟征收土地范围：拟启动征收土地位于某某镇某某村。\n特此公告\n某某县人民政府\n2022年1月29日"
)
RECIPIENTS_BODY = "\n各市人民政府，省政府各部门：\n现将有关事项通知如下。\n\n某某省人民政府办公厅\n2010年5月6日"


def _titles(text: str) -> list[str | None]:
    return [d.title for d in parse_text(text).documents]


def _news(top: str, gap: str = "\n\n\n") -> str:
    return f"{top}{gap}{HEADLINE}\n\n{STAMP}\n\n{LEAD}"


# --------------------------------------------------------------------------- a site's link bar over the headline


LINK_BARS = [
    "投稿邮箱  返回首页  加入收藏关于我们",  # myscxx's (dev)
    "投稿邮箱 返回首页 加入收藏 关于我们",
    "设为首页 | 加入收藏 | 联系我们",
    "设为首页｜加入收藏｜联系我们",
    "返回首页/网站地图/联系我们",
    "返回首页 · 关于我们 · 意见反馈",
    "在线投稿、我要投稿、帮助中心",
    "收藏本站  网站声明  免责声明",
    "加入收藏关于我们",  # glued
    "設為首頁／聯絡我們",  # Traditional
    "返回首頁　關於我們　網站地圖",  # Traditional, ideographic spaces
    "投稿郵箱 投稿信箱",
]


@pytest.mark.parametrize("bar", LINK_BARS)
def test_link_bar_matches_and_is_chrome(bar: str) -> None:
    assert SITE_LINK_BAR_RE.match(bar)
    assert is_site_chrome(bar)


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n\n"])
@pytest.mark.parametrize("bar", LINK_BARS)
def test_link_bar_over_news_headline_is_no_part_of_the_title(bar: str, gap: str) -> None:
    assert _titles(_news(bar, gap)) == [HEADLINE]


@pytest.mark.parametrize("bar", LINK_BARS[:6])
def test_link_bar_stands_alone_in_the_paragraphs(bar: str) -> None:
    paras = split_paragraphs(_news(bar))
    assert paras[1].text == HEADLINE


@pytest.mark.parametrize(
    "bar", ["设为首页 | 加入收藏 | 联系我们", "投稿邮箱  返回首页  加入收藏关于我们", "設為首頁／聯絡我們"]
)
def test_link_bar_over_notice_title(bar: str) -> None:
    assert _titles(f"{bar}\n\n{NOTICE_TITLE}\n\n{NOTICE_BODY}") == [NOTICE_TITLE]


NOT_LINK_BARS = [
    "关于我们村开展人居环境整治的通知",  # a title opening on 关于我们…
    "某某县召开投稿工作会议",  # a headline naming a link's word
    "加入收藏家协会",  # a link's word inside a name
    "联系我们的群众",  # a link's word in a phrase
    "返回首页面",  # more after the link
    "首页",  # one bar word alone, not a link bar
]


@pytest.mark.parametrize("line", NOT_LINK_BARS)
def test_near_misses_are_no_link_bar(line: str) -> None:
    assert not SITE_LINK_BAR_RE.match(line)


@pytest.mark.parametrize(
    "title",
    ["关于我们村开展人居环境整治的通知", "关于召开投稿工作座谈会的通知", "关于加入收藏家协会的通知"],
)
def test_titles_naming_link_words_stay_whole(title: str) -> None:
    assert _titles(f"{title}\n\n各村民委员会：\n现将有关事项通知如下。\n\n某某镇人民政府\n2023年5月6日") == [title]


# --------------------------------------------------------------------------- a template's mark, a line without Chinese


TEMPLATE_MARKS = ["The Beginning", "THE BEGINNING", "the beginning", "— The Beginning —", "BEGIN", "-BEGIN-"]
END_MARKS = ["THE END", "The End", "END", "- END -", "— END —", "·END·", "*END*", "END."]


@pytest.mark.parametrize("mark", TEMPLATE_MARKS + END_MARKS)
def test_template_mark_matches_and_is_chrome(mark: str) -> None:
    assert TEMPLATE_MARK_RE.match(mark)
    assert is_site_chrome(mark)


@pytest.mark.parametrize("end", ["THE END", "— END —", ""])
@pytest.mark.parametrize("mark", TEMPLATE_MARKS)
def test_template_mark_over_title_is_no_part_of_it(mark: str, end: str) -> None:
    text = f"{mark}\n{NOTICE_TITLE}（某征启公告﹝2022﹞4号）\n{NOTICE_BODY}" + (f"\n{end}" if end else "")
    assert _titles(text) == [NOTICE_TITLE]


@pytest.mark.parametrize("line", ["NEWS", "Notice", "2019", "GOV.CN", "No. 5", "ＮＥＷＳ"])
def test_line_without_chinese_is_no_first_line_of_title(line: str) -> None:
    assert _titles(f"{line}\n{NOTICE_TITLE}\n{NOTICE_BODY}") == [NOTICE_TITLE]
    assert _titles(f"{line}\n{NOTICE_TITLE}\n{RECIPIENTS_BODY}") == [NOTICE_TITLE]


NOT_TEMPLATE_MARKS = ["Endless", "The Beginning of 2024", "BEGINNING NOW", "END OF YEAR", "WEEKEND", "某某县END"]


@pytest.mark.parametrize("line", NOT_TEMPLATE_MARKS)
def test_near_misses_are_no_template_mark(line: str) -> None:
    assert not TEMPLATE_MARK_RE.match(line)


@pytest.mark.parametrize(
    "lines",
    [
        ["某某省人民政府办公厅", "关于做好2010年普通高校毕业生就业工作的通知"],  # the issuer's line: the title's first
        [
            "某某省人民政府办公厅",
            "转发省人力资源社会保障厅等部门",
            "关于做好2010年普通高校毕业生",
            "就业工作的意见的通知",
        ],
        ["某某县2024年度", "城市建设用地土地征收公告"],  # digits beside Chinese characters
        ["国务院办公厅", "关于某某省城市总体规划的函"],
    ],
)
def test_wrapped_chinese_title_still_joins(lines: list[str]) -> None:
    assert _titles("\n".join(lines) + "\n" + RECIPIENTS_BODY) == ["".join(lines)]


@pytest.mark.parametrize("line", ["NEWS", "Notice", "2019", "The Beginning"])
def test_line_without_chinese_over_wrapped_title_stays_out(line: str) -> None:
    text = f"{line}\n某某省人民政府办公厅\n关于做好2010年普通高校毕业生就业工作的通知\n{RECIPIENTS_BODY}"
    assert _titles(text) == ["某某省人民政府办公厅关于做好2010年普通高校毕业生就业工作的通知"]


def test_title_naming_english_words_stays_whole() -> None:
    title = "关于举办The End主题摄影展的通知"
    assert _titles(f"{title}\n\n各村民委员会：\n现将有关事项通知如下。\n\n某某镇人民政府\n2023年5月6日") == [title]


# --------------------------------------------------------------------------- keys without values under a block

PLAN_TITLE = "关于印发某某县2023年草原生态保护补助奖励实施方案的通知"
PLAN_BODY = "各乡镇人民政府，县直各单位：\n现将《某某县2023年草原生态保护补助奖励实施方案》印发给你们，请认真贯彻执行。"
KEY_BLOCKS = {
    "spaced-pairs": (
        "索 引 号 010600106/2023-00071 发布机构 某某县政府办公室 公开日 2023-07-04\n"
        "文  号 某财农〔2023〕45号 主题分类 生态保护 失效日期\n体裁分类 服务对象 各乡镇、各部门 有效性 有效"
    ),
    "colon-keys": "索引号：010600106/2023-00071\n发布机构：某某县政府办公室\n文号：某财农〔2023〕45号",
}
EMPTY_KEY_ROWS = {
    "zhulu-shengxiao": "著录日期 生效日期",  # gcqtlf's (dev)
    "two-spaces": "成文日期  废止日期",
    "agency-topic": "发布机构 主题分类",
    "two-rows": "著录日期 生效日期\n发布时间 有效性",
    "ideographic-space": "著录日期　生效日期",
}


@pytest.mark.parametrize("where", ["above", "below"])
@pytest.mark.parametrize("row", EMPTY_KEY_ROWS.values(), ids=EMPTY_KEY_ROWS.keys())
@pytest.mark.parametrize("block", KEY_BLOCKS.values(), ids=KEY_BLOCKS.keys())
def test_keys_without_values_under_block_are_no_title(block: str, row: str, where: str) -> None:
    if where == "above":
        text = f"规范性文件\n\n{PLAN_TITLE}\n\n{block}\n{row}\n\n{PLAN_BODY}"
    else:
        text = f"{block}\n{row}\n\n{PLAN_TITLE}\n\n{PLAN_BODY}"
    assert _titles(text) == [PLAN_TITLE]


@pytest.mark.parametrize(
    "line",
    [
        "成文日期 2023-07-04",  # a key with its value
        "关于调整2024年部分节假日期间值班安排的通知",  # a title holding 日期
        "发布时间",  # one key alone
        "某某县人民政府关于公布办理时间的通告",
    ],
)
def test_near_misses_are_no_empty_keys_row(line: str) -> None:
    assert not is_empty_keys_line(line)


def test_title_holding_a_keys_word_under_the_block_stays() -> None:
    title = "关于调整2024年部分节假日期间值班安排的通知"
    text = f"{KEY_BLOCKS['colon-keys']}\n著录日期 生效日期\n\n{title}\n\n{PLAN_BODY}"
    assert _titles(text) == [title]


# --------------------------------------------------------------------------- a row opening on an unknown key

OWN_TITLE = "某某县人民政府办公室关于印发《某某县自建房安全专项整治工作实施方案》的通知"
OWN_BODY = (
    "各相关单位：\n现将《某某县自建房安全专项整治工作实施方案》印发给你们，请认真抓好贯彻落实。\n\n"
    "某某县人民政府办公室\n2022年7月26日"
)
SPACED_HEAD = (
    "文 号 某政办发〔2022〕94号 发布日期 2022-07-26 公开时限 长期公开\n"
    "发布机构 某某县人民政府办公室 所属分类 政府（办）文件 效力状态 有效"
)
UNKNOWN_KEY_ROWS = [
    "责任部门 某某县住建局 公开方式 主动公开",  # nxhl's (dev)
    "公开责任部门 某某县住建局 发布日期 2022-07-26",
    "责任单位　某某县住建局　有效性　有效",  # ideographic spaces
    "承办单位 县住建局 公开方式 主动公开",
]


@pytest.mark.parametrize("row", UNKNOWN_KEY_ROWS)
def test_row_opening_on_unknown_key_belongs_to_the_block(row: str) -> None:
    doc = parse_text(f"{OWN_TITLE}\n\n{SPACED_HEAD}\n{row}\n\n{OWN_BODY}").documents[0]
    assert doc.title == OWN_TITLE
    assert row.split()[0] in doc.metadata  # the unknown key, as printed


@pytest.mark.parametrize(
    "row",
    [
        "责任部门 某某县住建局 发布日期 待定",  # the known key's value does not fit
        "责任部门 某某县住建局，公开方式 主动公开",  # a sentence's comma
        "某某县召开 安全生产工作会议",  # no known key
        "文号 某政办发〔2022〕94号",  # a known key first: read as before
        "关于调整工作安排的通知 公开方式 主动公开",  # the first part is no key (too long)
    ],
)
def test_near_misses_are_no_unknown_key_row(row: str) -> None:
    pairs = printed_pairs(Block(BlockKind.PARAGRAPH, row, 1, 1), inside=True)
    assert not pairs or pairs[0][0] is not None


def test_spaced_title_under_block_stays_a_title() -> None:
    assert _titles(f"{SPACED_HEAD}\n\n某某县 关于 调整发布时间的通知\n\n{OWN_BODY}") == ["某某县关于调整发布时间的通知"]


# --------------------------------------------------------------------------- never the title (guards)


def test_menu_line_is_never_the_title() -> None:
    text = _news("首页 新闻中心 政务公开 办事服务 互动交流 走进某某")
    assert _titles(text) == [HEADLINE]


@pytest.mark.parametrize("column", ["通知公告", "政务动态", "【要闻】", "乡镇动态"])
def test_column_name_over_the_title_is_never_the_title(column: str) -> None:
    assert _titles(f"{column}\n\n{NOTICE_TITLE}\n\n{NOTICE_BODY}") == [NOTICE_TITLE]


def test_another_articles_headline_in_the_tail_is_never_a_title() -> None:
    text = f"{_news('返回首页 加入收藏')}\n\n相关新闻\n\n某某县人民政府关于开展森林防火专项整治行动的通知\n某某镇召开安全生产工作会议"
    assert _titles(text) == [HEADLINE]


def test_attachment_title_is_never_the_documents_title() -> None:
    text = (
        "某某县人民政府办公室关于印发某某县秸秆禁烧工作实施方案的通知\n\n各乡镇人民政府，县直各单位：\n"
        "现将《某某县秸秆禁烧工作实施方案》印发给你们，请认真贯彻执行。\n\n附件：某某县秸秆禁烧工作实施方案\n\n"
        "某某县人民政府办公室\n2023年9月1日"
    )
    assert _titles(text) == ["某某县人民政府办公室关于印发某某县秸秆禁烧工作实施方案的通知"]


def test_cited_documents_title_is_never_the_title() -> None:
    text = (
        "各二级培养单位：\n根据《某某省人民政府关于做好2023年秋季开学工作的通知》要求，现将有关事宜通知如下：\n"
        "一、请各单位做好新生报到注册工作。\n\n研究生院\n2023年9月11日"
    )
    assert _titles(text) == [None]


# --------------------------------------------------------------------------- linear at 10x input


def _best(fn: object, arg: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn(arg)  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    ("fn", "unit"),
    [
        (lambda s: SITE_LINK_BAR_RE.match(s), "返回首页 "),  # more links than the bound
        (lambda s: SITE_LINK_BAR_RE.match(s), " | "),  # separators only
        (lambda s: TEMPLATE_MARK_RE.match(s), "—"),
        (is_site_chrome, "加入收藏"),
        (split_paragraphs, "投稿邮箱  返回首页  加入收藏关于我们\n\n某某镇召开会议\n"),  # bars over headlines, n times
        (split_paragraphs, "The Beginning\n某某县人民政府公告\n"),
        (is_empty_keys_line, "著录日期 "),
        (lambda s: printed_pairs(Block(BlockKind.PARAGRAPH, s, 1, 1), inside=True), "责任部门 某 "),
    ],
)
def test_new_patterns_linear(fn: object, unit: str) -> None:
    small, large = unit * 2_000, unit * 20_000
    t1, t10 = _best(fn, small), _best(fn, large)
    assert t10 <= max(t1 * 30, 0.05)


def test_empty_key_rows_under_blocks_linear() -> None:
    unit = f"{KEY_BLOCKS['colon-keys']}\n著录日期 生效日期\n\n{PLAN_TITLE}\n\n{PLAN_BODY}\n\n"
    t1, t10 = _best(_titles, unit * 20, runs=2), _best(_titles, unit * 200, runs=2)
    assert t10 <= max(t1 * 30, 0.05)
