"""Saved government pages → gazette text.

Fixtures in tests/fixtures/html/ are hand-written pages shaped like the real ones:
- govcn_policy.html: gov.cn policy library (metadata table, #UCAP-CONTENT, task table, rowspan)
- beijing_district.html: a Beijing district page (div.xxgk list, nav, breadcrumbs, footer, form)
- beijing_gbk.html: an old table-layout page in GBK bytes declaring charset=gb2312, no known
  content container

Each NAME.html has a golden NAME.expected.txt. Regenerate with
``GAZETTE_REGEN=1 pytest tests/test_html_text.py`` and read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_extract.text.html import (
    METADATA_LABELS,
    collapse_whitespace,
    declared_charset,
    decode_html,
    html_to_text,
)

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))
REGENERATE = os.environ.get("GAZETTE_REGEN") == "1"


def paragraphs(text: str) -> list[str]:
    return text.rstrip("\n").split("\n\n")


def page(name: str) -> str:
    return html_to_text((FIXTURES / name).read_bytes())


def unique_ids(params: list) -> list:
    """Guard against copy-pasted rows in the tables below."""
    ids = [p.id for p in params]
    assert len(ids) == len(set(ids)), "duplicate test id"
    values = [repr(p.values) for p in params]
    assert len(values) == len(set(values)), "duplicate test row"
    return params


# --- golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_golden(path: Path) -> None:
    expected_path = path.with_suffix(".expected.txt")
    actual = html_to_text(path.read_bytes())
    if REGENERATE:
        expected_path.write_text(actual, encoding="utf-8", newline="\n")
    assert expected_path.exists(), f"missing {expected_path.name}; run with GAZETTE_REGEN=1"
    assert actual == expected_path.read_text(encoding="utf-8")


def test_fixtures_present() -> None:
    assert {p.name for p in PAGES} >= {
        "govcn_policy.html",
        "beijing_district.html",
        "beijing_gbk.html",
    }


# --- what each page must contain, and what it must not --------------------------------------

EXPECTED_METADATA = {
    "govcn_policy.html": [
        "索引号：000014349/2023-00012",
        "主题分类：城乡建设、环境保护\\城市规划",
        "发文机关：国务院办公厅",
        "成文日期：2023年03月03日",
        "标题：国务院办公厅关于印发《城市更新行动试点工作方案》的通知",
        "发文字号：国办发〔2023〕6号",
        "发布日期：2023年03月08日",
    ],
    "beijing_district.html": [
        "索引号：11110117000037544Y/2021-00005",
        "发文机构：北京市平谷区人民政府",  # [ 发文机构 ]: every label as printed (vocab names its field)
        "实施日期：2021年01月14日",  # [ 实施日期 ]
        "成文日期：2021年01月14日",
        "发布日期：2021年01月20日",
        "发文字号：京平政发〔2021〕4号",
        "主题分类：农业、林业、水利",
        "体裁分类：通知",  # [ 体裁分类 ]
        "有效性：有效",
    ],
    "beijing_gbk.html": [
        "发文字号：京政发〔2023〕1号",
        "成文日期：2023年3月3日",
        "发文机关：北京市人民政府",
        "发布日期：2023年3月10日",
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_METADATA))
def test_metadata_lines_open_the_text(name: str) -> None:
    expected = EXPECTED_METADATA[name]
    assert paragraphs(page(name))[: len(expected)] == expected


EXPECTED_PARAGRAPHS = unique_ids([
    # title from the metadata, once, though the page also has it in <h1> and <meta>
    pytest.param("govcn_policy.html", "国务院办公厅关于印发《城市更新行动试点工作方案》的通知", id="govcn-title"),
    pytest.param("govcn_policy.html", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", id="govcn-recipients"),
    # leading 全角空格 indentation dropped
    pytest.param("govcn_policy.html", "《城市更新行动试点工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。", id="govcn-indent"),
    # a source line break between Chinese characters is not a space
    pytest.param("govcn_policy.html", "为贯彻落实党中央、国务院决策部署，稳妥推进城市更新行动，制定本方案。", id="govcn-source-wrap"),
    pytest.param("govcn_policy.html", "一、总体要求", id="govcn-h3"),
    pytest.param("govcn_policy.html", "城市更新行动试点工作方案", id="govcn-strong-heading"),
    pytest.param("govcn_policy.html", "三、组织实施", id="govcn-heading-in-p"),
    pytest.param("govcn_policy.html", "各地区要加强组织领导，按照有关规定抓好落实。", id="govcn-inline-link"),
    pytest.param("govcn_policy.html", "国务院办公厅", id="govcn-signature"),
    pytest.param("govcn_policy.html", "2023年3月3日", id="govcn-date"),
    # title from <h1>: the <br> inside is a layout break, joined without a space
    pytest.param("beijing_district.html", "北京市平谷区人民政府关于成立平谷区耕地保护工作领导小组的通知", id="district-title"),
    pytest.param("beijing_district.html", "为进一步加强耕地保护工作，经区政府研究，决定成立平谷区耕地保护工作领导小组。现将有关事项通知如下：", id="district-nbsp-indent"),
    # 全角空格 inside a line is kept as one space
    pytest.param("beijing_district.html", "组 长：王成国 区委书记", id="district-fullwidth-space"),
    pytest.param("beijing_district.html", "副组长：李 强 区委副书记、区长", id="district-padded-name"),
    # <br> ends a paragraph
    pytest.param("beijing_district.html", "成 员：张志刚 区规划自然资源分局局长", id="district-br-1"),
    pytest.param("beijing_district.html", "刘 伟 区农业农村局局长", id="district-br-2"),
    pytest.param("beijing_district.html", "（一）负责统筹全区耕地保护工作；", id="district-li"),
    pytest.param("beijing_district.html", "北京市平谷区人民政府", id="district-signature"),
    # title from <title>; <br>-separated text directly in a layout <td>
    pytest.param("beijing_gbk.html", "北京市人民政府关于印发《北京市2023年市政府工作报告重点任务清单》的通知", id="gbk-title"),
    pytest.param("beijing_gbk.html", "各区人民政府，市政府各委、办、局，各市属机构：", id="gbk-recipients"),
    # 镕 is GBK, not GB2312: the page declares gb2312 and is read as GB18030
    pytest.param("beijing_gbk.html", "现将《北京市2023年市政府工作报告重点任务清单》印发给你们，请认真贯彻落实。有关工作由朱镕基同志所在单位配合。", id="gbk-beyond-gb2312"),
    pytest.param("beijing_gbk.html", "2023年3月3日", id="gbk-date"),
])  # fmt: skip


@pytest.mark.parametrize(("name", "paragraph"), EXPECTED_PARAGRAPHS)
def test_paragraphs(name: str, paragraph: str) -> None:
    assert paragraph in paragraphs(page(name))


def test_title_follows_metadata_once() -> None:
    parts = paragraphs(page("govcn_policy.html"))
    title = "国务院办公厅关于印发《城市更新行动试点工作方案》的通知"
    assert parts[7] == title
    assert parts.count(title) == 1


def test_task_table_rows_with_rowspan() -> None:
    text = page("govcn_policy.html")
    table = "\n".join([
        "序号\t任务\t牵头单位\t完成时限",
        "1\t开展城市体检，摸清城市建设短板。\t住房城乡建设部\t2023年6月底前",
        # 牵头单位 spans two rows: written once, an empty cell below it
        "2\t编制城市更新 专项规划。\t\t2023年12月底前",
        "3\t完善城市更新支持政策。\t财政部、自然资源部\t长期推进",
    ])  # fmt: skip
    assert f"\n\n二、重点任务\n\n{table}\n\n三、组织实施\n\n" in text


ABSENT = unique_ids([
    pytest.param("govcn_policy.html", "统计代码", id="govcn-script"),
    pytest.param("govcn_policy.html", "_hmt", id="govcn-script-code"),
    pytest.param("govcn_policy.html", "text-indent", id="govcn-style"),
    pytest.param("govcn_policy.html", "政策文件库", id="govcn-breadcrumb"),
    pytest.param("govcn_policy.html", "互动", id="govcn-nav"),
    pytest.param("govcn_policy.html", "星期三", id="govcn-header"),
    pytest.param("govcn_policy.html", "分享到", id="govcn-share"),
    pytest.param("govcn_policy.html", "关闭窗口", id="govcn-close-text"),
    pytest.param("govcn_policy.html", "京ICP备", id="govcn-footer"),
    pytest.param("govcn_policy.html", "_国务院文件_", id="govcn-title-suffix"),
    pytest.param("beijing_district.html", "今天是", id="district-top"),
    pytest.param("beijing_district.html", "走进平谷", id="district-nav"),
    pytest.param("beijing_district.html", "当前位置", id="district-breadcrumb"),
    pytest.param("beijing_district.html", "搜索", id="district-search"),
    pytest.param("beijing_district.html", "请输入关键字", id="district-input"),
    pytest.param("beijing_district.html", "大 中 小", id="district-font-size"),
    pytest.param("beijing_district.html", "相关链接", id="district-related"),
    pytest.param("beijing_district.html", "政策解读", id="district-related-link"),
    pytest.param("beijing_district.html", "隐藏的浏览次数", id="district-hidden"),
    pytest.param("beijing_district.html", "打印本页", id="district-print"),
    pytest.param("beijing_district.html", "热点专题", id="district-sidebar"),
    pytest.param("beijing_district.html", "京公网安备", id="district-footer"),
    pytest.param("beijing_district.html", "toLocaleDateString", id="district-script"),
    pytest.param("beijing_district.html", "联合发文单位", id="district-empty-metadata"),
    pytest.param("beijing_district.html", "来源：", id="district-info-bar-source"),
    pytest.param("beijing_gbk.html", "办事服务", id="gbk-topnav"),
    pytest.param("beijing_gbk.html", "您现在的位置", id="gbk-breadcrumb"),
    pytest.param("beijing_gbk.html", "京ICP备", id="gbk-footer"),
    pytest.param("beijing_gbk.html", "doZoom", id="gbk-script"),
])  # fmt: skip


@pytest.mark.parametrize(("name", "absent"), ABSENT)
def test_page_chrome_dropped(name: str, absent: str) -> None:
    assert absent not in page(name)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_metadata_not_repeated_in_body(path: Path) -> None:
    lines = html_to_text(path.read_bytes()).splitlines()
    numbers = [line for line in lines if line.startswith("发文字号")]
    assert len(numbers) == 1


def test_str_and_bytes_agree() -> None:
    raw = (FIXTURES / "govcn_policy.html").read_bytes()
    assert html_to_text(raw) == html_to_text(raw.decode("utf-8"))


# --- metadata layouts -----------------------------------------------------------------------

BODY = '<div id="zoom"><p>　　现将有关事项通知如下，请认真贯彻执行。</p></div>'

METADATA_LAYOUTS = unique_ids([
    pytest.param('<table><tr><td>发文字号：</td><td>京政发〔2023〕1号</td></tr>'
                 '<tr><td>成文日期：</td><td>2023年3月3日</td></tr></table>', id="td-pairs"),
    pytest.param('<table><tr><td><b>发文字号：</b></td><td>京政发〔2023〕1号</td>'
                 '<td><b>成文日期：</b></td><td>2023年3月3日</td></tr></table>', id="td-four-per-row"),
    pytest.param('<table><tr><td><b>发文字号：</b>京政发〔2023〕1号</td>'
                 '<td><b>成文日期：</b>2023年3月3日</td></tr></table>', id="td-bold-label-and-text"),
    pytest.param('<ul><li><span>发文字号</span>京政发〔2023〕1号</li>'
                 '<li><span>成文日期</span>2023年3月3日</li></ul>', id="li-span-no-colon"),
    pytest.param('<ul><li><span>[ 发文字号 ]</span><span>京政发〔2023〕1号</span></li>'
                 '<li><span>[ 成文日期 ]</span><span>2023年3月3日</span></li></ul>', id="li-bracket-spans"),
    pytest.param('<div><p>[ 发文字号 ] 京政发〔2023〕1号</p><p>[ 成文日期 ] 2023年3月3日</p></div>',
                 id="bracket-plain-text"),
    pytest.param('<dl><dt>发文字号：</dt><dd>京政发〔2023〕1号</dd>'
                 '<dt>成文日期：</dt><dd>2023年3月3日</dd></dl>', id="dl"),
    pytest.param('<div class="info">发文字号：京政发〔2023〕1号　成文日期：2023年3月3日</div>',
                 id="one-line-two-labels"),
    pytest.param('<div class="row"><div class="lbl"><span>文　　号：</span></div><div class="val">京政发〔2023〕1号</div></div>'
                 '<div class="row"><div class="lbl"><span>成文日期：</span></div><div class="val">2023年3月3日</div></div>',
                 id="div-grid-alias-label"),
    pytest.param('<div id="zoom"><table><tr><td>发文字号：</td><td>京政发〔2023〕1号</td></tr>'
                 '<tr><td>成文日期：</td><td>2023年3月3日</td></tr></table>'
                 '<p>　　现将有关事项通知如下，请认真贯彻执行。</p></div>', id="inside-body"),
])  # fmt: skip


@pytest.mark.parametrize("metadata", METADATA_LAYOUTS)
def test_metadata_layouts(metadata: str) -> None:
    html = metadata if 'id="zoom"' in metadata else metadata + BODY
    number_label = "文号" if "文　　号" in metadata else "发文字号"  # labels as printed
    assert paragraphs(html_to_text(html)) == [
        f"{number_label}：京政发〔2023〕1号",
        "成文日期：2023年3月3日",
        "现将有关事项通知如下，请认真贯彻执行。",
    ]


def test_single_label_is_not_metadata() -> None:
    html = '<div id="zoom"><p>来源：新华社</p><p>正文。</p></div>'
    assert html_to_text(html) == "来源：新华社\n\n正文。\n"


LONE_LABELS = unique_ids([
    pytest.param('<p>发文字号：京政发〔2023〕1号</p>', "发文字号：京政发〔2023〕1号", id="number-p"),
    pytest.param('<div class="wh">文号：京政发[2023]1号</div>', "文号：京政发[2023]1号", id="number-square-year"),
    pytest.param('<span>发文字号：</span><span>京政发〔2023〕1号</span>', "发文字号：京政发〔2023〕1号", id="number-spans"),
    pytest.param('<p>成文日期：2023年3月3日</p>', "成文日期：2023年3月3日", id="written-day"),
    pytest.param('<p>发布时间：2023-03-04 09:30</p>', "发布时间：2023-03-04 09:30", id="published-time"),
    # not kept: a source, a number key whose value is no number, a day key holding prose
    pytest.param('<p>来源：某县人民政府办公室</p>', None, id="source"),
    pytest.param('<p>发文字号：无</p>', None, id="number-none"),
    pytest.param('<p>发布时间：今天上午</p>', None, id="day-prose"),
])  # fmt: skip


@pytest.mark.parametrize(("outside", "kept"), LONE_LABELS)
def test_one_label_outside_the_article(outside: str, kept: str | None) -> None:
    """One label between the page's bar and the article (only the article is rendered): a document's
    number or day is kept as the text's first line; anything else stays out with the page chrome."""
    html = (
        f'<body><div class="nav">首页 > 政务公开</div>{outside}<h1>某县人民政府关于做好防汛工作的通知</h1>{BODY}</body>'
    )
    lines = paragraphs(html_to_text(html))
    assert lines[0] == kept if kept else all("：" not in line for line in lines[:2])
    assert lines[-1] == "现将有关事项通知如下，请认真贯彻执行。"


def test_body_table_headed_with_labels_stays_whole() -> None:
    html = (
        '<div id="zoom"><p>废止文件目录</p><table>'
        "<tr><td>序号</td><td>名称</td><td>文号</td><td>发布日期</td></tr>"
        "<tr><td>1</td><td>关于加强耕地保护的通知</td><td>京政发〔2010〕3号</td><td>2010年2月1日</td></tr>"
        "</table></div>"
    )
    assert html_to_text(html) == (
        "废止文件目录\n\n序号\t名称\t文号\t发布日期\n1\t关于加强耕地保护的通知\t京政发〔2010〕3号\t2010年2月1日\n"
    )


def test_output_labels_are_read_by_the_text_pipeline() -> None:
    from gazette_extract.vocab.common import METADATA_KEYS

    written = {label for label in METADATA_LABELS.values() if label is not None}
    assert written <= set(METADATA_KEYS)


def test_unwritten_label_ends_the_value_before_it() -> None:
    html = "<p>发文字号：京政发〔2023〕1号　来源：北京市人民政府　发布日期：2023年3月10日</p>" + BODY
    assert paragraphs(html_to_text(html))[:2] == ["发文字号：京政发〔2023〕1号", "发布日期：2023年3月10日"]


def test_first_of_repeated_label_wins() -> None:
    html = (
        "<ul><li>发文字号：京政发〔2023〕1号</li><li>成文日期：2023年3月3日</li></ul>"
        "<ul><li>发文字号：京政发〔2023〕9号</li></ul>" + BODY
    )
    assert paragraphs(html_to_text(html))[:2] == ["发文字号：京政发〔2023〕1号", "成文日期：2023年3月3日"]


# --- tables ---------------------------------------------------------------------------------

TABLES = unique_ids([
    pytest.param("<tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr>",
                 ["a\tb", "c\td"], id="plain"),
    pytest.param("<tr><th colspan='2'>任务</th><th>时限</th></tr><tr><td>一</td><td>二</td><td>三</td></tr>",
                 ["任务\t\t时限", "一\t二\t三"], id="colspan"),
    pytest.param("<tr><td rowspan='3'>甲</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>",
                 ["甲\t1", "\t2", "\t3"], id="rowspan-first-column"),
    pytest.param("<tr><td>1</td><td rowspan='2'>乙</td></tr><tr><td>2</td></tr>",
                 ["1\t乙", "2\t"], id="rowspan-last-column"),
    pytest.param("<tr><td rowspan='2' colspan='2'>合并</td><td>a</td></tr><tr><td>b</td></tr>",
                 ["合并\t\ta", "\t\tb"], id="rowspan-and-colspan"),
    pytest.param("<tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr>",
                 ["a\tb\tc", "d\t\t"], id="ragged-rows-padded"),
    pytest.param("<tr><td>  多个  空白  </td><td><p>段一</p><p>段二</p></td></tr>",
                 ["多个 空白\t段一 段二"], id="cell-whitespace"),
    pytest.param("<tr><td>开展城市体检，\n    摸清短板。</td><td>x</td></tr>",
                 ["开展城市体检，摸清短板。\tx"], id="cell-source-wrap"),
    pytest.param("<tr><td>a\tb</td><td>c</td></tr>", ["a b\tc"], id="tab-inside-cell"),
    pytest.param("<tr><td></td><td></td></tr><tr><td>a</td><td>b</td></tr>", ["a\tb"], id="empty-row-skipped"),
    pytest.param("<tr><td>甲</td><td><table><tr><td>内1</td><td>内2</td></tr></table></td></tr>",
                 ["甲\t内1 内2"], id="nested-table-flattened"),
    pytest.param("<tr><td rowspan='x'>a</td><td colspan='99999'>b</td></tr>",
                 ["a\tb\t"], id="bad-spans-clamped-to-table-size"),  # a colspan caps at the widest row
])  # fmt: skip


@pytest.mark.parametrize(("rows", "expected"), TABLES)
def test_table_rows(rows: str, expected: list[str]) -> None:
    html = f'<div id="zoom"><p>前文。</p><table>{rows}</table><p>后文。</p></div>'
    assert html_to_text(html) == "前文。\n\n" + "\n".join(expected) + "\n\n后文。\n"


def test_one_column_table_is_layout() -> None:
    html = (
        '<div id="zoom"><table><tr><td><p>第一段。</p><p>第二段。</p></td></tr><tr><td>第三段。</td></tr></table></div>'
    )
    assert html_to_text(html) == "第一段。\n\n第二段。\n\n第三段。\n"


def test_caption_before_table() -> None:
    html = '<div id="zoom"><table><caption>任务分工表</caption><tr><td>a</td><td>b</td></tr></table></div>'
    assert html_to_text(html) == "任务分工表\n\na\tb\n"


# --- body container -------------------------------------------------------------------------

CONTAINERS = unique_ids([
    pytest.param('<div id="UCAP-CONTENT"><p>正文内容。</p></div>', id="ucap"),
    pytest.param('<div class="pages_content"><p>正文内容。</p></div>', id="pages-content"),
    pytest.param('<div class="TRS_Editor"><p>正文内容。</p></div>', id="trs-editor"),
    pytest.param('<article><p>正文内容。</p></article>', id="article-tag"),
    pytest.param('<main><p>正文内容。</p></main>', id="main-tag"),
    pytest.param('<div class="x"><p>正文内容。</p></div>', id="most-cjk-fallback"),
])  # fmt: skip


@pytest.mark.parametrize("body", CONTAINERS)
def test_body_container(body: str) -> None:
    html = (
        f'<div class="menu"><a>首页</a><a>机构设置</a></div>{body}<div class="copyright">北京市人民政府办公厅主办</div>'
    )
    assert html_to_text(html) == "正文内容。\n"


def test_most_cjk_container_wins_over_sibling() -> None:
    html = (
        '<div class="a"><p>简短。</p></div>'
        '<div class="b"><p>这是正文的第一段，内容较长。</p><p>这是第二段。</p></div>'
        '<div class="footer"><p>主办单位：某某区人民政府办公室，网站标识码很长很长很长很长很长很长。</p></div>'
    )
    assert html_to_text(html) == "这是正文的第一段，内容较长。\n\n这是第二段。\n"


def test_aspnet_form_wrapping_page_is_kept() -> None:
    text = "这是正文，" * 50
    html = f'<form id="form1"><div class="nav">首页</div><div class="main"><p>{text}</p></div></form>'
    assert html_to_text(html) == text + "\n"


def test_article_header_keeps_title() -> None:
    html = "<article><header><h1>关于做好春节期间安全工作的通知</h1></header><p>各单位：</p></article>"
    assert html_to_text(html) == "关于做好春节期间安全工作的通知\n\n各单位：\n"


# --- text helpers ---------------------------------------------------------------------------

WHITESPACE = unique_ids([
    pytest.param("关于\n印发", "关于印发", id="source-wrap-between-hanzi"),
    pytest.param("关于 \n  印发", "关于印发", id="source-wrap-with-indent"),
    pytest.param("通知，\n各单位", "通知，各单位", id="source-wrap-after-punctuation"),
    pytest.param("2023\n年", "2023 年", id="source-wrap-after-digit-is-space"),
    pytest.param("组　长：王成国　区委书记", "组 长：王成国 区委书记", id="fullwidth-space"),
    pytest.param("\u3000\u3000第一条", "第一条", id="fullwidth-indent"),
    pytest.param("a\xa0\xa0 b", "a b", id="nbsp"),
    pytest.param("零\u200b宽", "零宽", id="zero-width"),
    pytest.param("a\tb", "a b", id="tab"),
])  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), WHITESPACE)
def test_collapse_whitespace(raw: str, expected: str) -> None:
    assert collapse_whitespace(raw) == expected


# --- decoding -------------------------------------------------------------------------------

DOC = "<p>北京市平谷区人民政府关于印发通知，朱镕基</p>"

DECODING = unique_ids([
    pytest.param(('<meta charset="utf-8">' + DOC).encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(("\ufeff" + DOC).encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(("\ufeff" + DOC).encode("utf-16-le"), "utf-16", id="utf-16-bom"),
    pytest.param(('<meta charset="gb2312">' + DOC).encode("gbk"), "gb18030", id="meta-charset-gb2312"),
    pytest.param(('<meta http-equiv="Content-Type" content="text/html; charset=GBK">' + DOC).encode("gbk"),
                 "gb18030", id="http-equiv-gbk"),
    pytest.param(DOC.encode("gbk"), "gb18030", id="undeclared-gbk"),
    # a browser re-saved the page as UTF-8 and kept the old declaration
    pytest.param(('<meta charset="gb2312">' + DOC).encode("utf-8"), "utf-8", id="stale-gb2312-declaration"),
    pytest.param(('<meta charset="big5">' + "<p>臺北市政府公報</p>").encode("big5"), "big5", id="big5"),
    pytest.param(('<meta charset="no-such-codec">' + DOC).encode("gbk"), "gb18030", id="unknown-charset"),
])  # fmt: skip


@pytest.mark.parametrize(("data", "encoding"), DECODING)
def test_decode_html(data: bytes, encoding: str) -> None:
    text, used = decode_html(data)
    assert used == encoding
    assert "北京市平谷区人民政府关于印发通知，朱镕基" in text or "臺北市政府公報" in text


def test_decode_undecodable_bytes_replaces() -> None:
    text, used = decode_html(b"\x80\xff" * 5)
    assert used == "utf-8+replace"  # reported, so that the pipeline can warn
    assert "\ufffd" in text


DECLARED = unique_ids([
    pytest.param(b'<meta charset="GB2312">', "gb2312", id="meta-charset"),
    pytest.param(b"<meta charset=gbk>", "gbk", id="unquoted"),
    pytest.param(b'<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=gb2312">', "gb2312", id="http-equiv"),
    pytest.param(b'<meta name="keywords" content="charset=utf-8">', None, id="not-content-type"),
    pytest.param(b"<p>no declaration</p>", None, id="none"),
])  # fmt: skip


@pytest.mark.parametrize(("data", "expected"), DECLARED)
def test_declared_charset(data: bytes, expected: str | None) -> None:
    assert declared_charset(data) == expected


# --- properties -----------------------------------------------------------------------------

HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "<table>", "</table>", "<tr>", "<td>", "</td>",
    "<td rowspan='2'>", "<td colspan='3'>", "<li>", "<script>", "</script>", "<h1>", "</h1>",
    "发文字号：", "成文日期：", "[ 索引号 ]", "京政发〔2023〕1号", "　", "\n", "\t", "&nbsp;",
    "通知", "各区人民政府：", "<div class='nav'>", "<div id='zoom'>", "<form>", "</form>", "<!--",
])  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(HTML_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_any_markup_gives_clean_paragraphs(html: str) -> None:
    text = html_to_text(html)
    assert text == "" or text.endswith("\n")
    assert "\n\n\n" not in text
    for line in text.splitlines():
        for cell in line.split("\t"):
            assert cell == cell.strip()
            assert "  " not in cell


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode(data: bytes) -> None:
    assert isinstance(html_to_text(data), str)


def test_import_is_light() -> None:
    """The CLI imports this module at start-up: no heavy dependencies at import time."""
    import subprocess
    import sys

    heavy = ("pydantic", "typer", "rich")
    code = f"import sys, gazette_extract.text.html; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_page_no_encoding_decodes_whole_is_read_with_a_warning():
    from gazette_extract.pipeline import extract

    page = "<html><body><div class='article'><p>北京市人民政府关于做好防汛工作的通知</p></div></body></html>"
    data = page.encode("utf-8").replace("防汛".encode(), b"\xff\xfe\x80")
    result = extract(data, path="page.html")
    assert [w["code"] for w in result["warnings"]][-1] == "replaced-bytes"
    assert result["source"]["encoding"] == "utf-8"


def test_every_label_the_text_pipeline_reads_is_kept_as_printed() -> None:
    """A metadata table's pairs reach document.metadata as printed, whatever the label: 发文日期 was
    no HTML label and its pair was lost with the cell it sat in; 名称 and 文号 were renamed."""
    from gazette_extract.api import parse_text

    rows = [("索引号", "011329012/2021-01234"), ("发布机构", "宜都市人民政府办公室"), ("发文日期", "2021-03-01"),
            ("名称", "宜都市人民政府办公室关于做好春耕工作的通知"), ("文号", "都政办发〔2021〕3号"), ("发布日期", "2021-03-02")]  # fmt: skip
    cells = "".join(f"<td>{key}：</td><td>{value}</td>" for key, value in rows)
    html = f"<table><tr>{cells}</tr></table>" + BODY
    lines = paragraphs(html_to_text(html))
    assert lines[: len(rows)] == [f"{key}：{value}" for key, value in rows]
    doc = parse_text(html_to_text(html)).documents[0]
    assert doc.metadata == dict(rows)
