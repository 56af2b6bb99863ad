"""Layout forms a converter or site prints (issue 9, benchmarks/robust_layout.py): the paragraphs
read from each are those of the plain form, and the records through the API are the same."""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text
from gazette_extract.layout.blocks import classify
from gazette_extract.text.normalize import split_paragraphs, wrap_width

# Prose wrapped at 30 characters, its last line full too: 每行三十字
_FILLER = (
    "为认真做好政府工作，实现经济社会发展目标任务，扩大内地西藏初中班的招生规模所需的正常经费、基建投资、开办费等" * 4
)
_FILLER = _FILLER[: len(_FILLER) // 30 * 30 - 2]  # the last line ends two characters short: 依照 fills it


def _wrapped(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


# (id, text, paragraphs)
PARAGRAPHS = [
    (
        "tab-indented-paragraphs",
        "\t现将《方案》印发给你们，请认真贯彻执行。\n\t北京市平谷区人民政府\n\t2020年12月31日",
        ["现将《方案》印发给你们，请认真贯彻执行。", "北京市平谷区人民政府", "2020年12月31日"],
    ),
    (
        "tab-row-with-empty-first-cells-stays-a-row",
        "一级任务\t二级任务\t牵头单位\n\t\t组织签订责任书。\t各乡镇\n\t\t按期巡查",
        ["一级任务\t二级任务\t牵头单位", "\t\t组织签订责任书。\t各乡镇", "\t\t按期巡查"],
    ),
    (
        "title-broken-before-its-kind",
        "北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》\n的通知\n京平政发〔2020〕21号",
        ["北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》的通知", "京平政发〔2020〕21号"],
    ),
    (
        "line-opening-on-a-closing-bracket",
        "关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年\n）的通知",
        ["关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知"],
    ),
    (
        "metadata-value-with-an-open-bracket",
        "标　　题：国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国\n药品管理法实施条例》有关规定的决定\n发文字号：国发〔2018〕43号",
        [
            "标 题：国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定",
            "发文字号：国发〔2018〕43号",
        ],
    ),
    (
        "metadata-value-then-a-field-is-not-joined",
        "标题：关于印发《方案\n发文字号：国发〔2018〕43号",
        ["标题：关于印发《方案", "发文字号：国发〔2018〕43号"],
    ),
    (
        "number-broken-at-the-page-edge",
        "各乡镇人民政府要按照北京市平谷区人民政府京平政发〔202\n1〕1号文件要求，组织区规划自然资源分局于2021年3月3\n1日前完成。",
        [
            "各乡镇人民政府要按照北京市平谷区人民政府京平政发〔2021〕1号文件要求，组织区规划自然资源分局于2021年3月31日前完成。"
        ],
    ),
    (
        "digit-and-letter-broken-apart",
        "面向智能制造等垂直领域开展创新应用，且日均流量超过30GB的新建5\nG基站，省财政给予补贴。",
        ["面向智能制造等垂直领域开展创新应用，且日均流量超过30GB的新建5G基站，省财政给予补贴。"],
    ),
    (
        "full-line-goes-on-into-a-title-like-line",
        "\n".join(
            [
                *_wrapped(_FILLER + "依照", 30),
                "《国务院办公厅转发国家教委等部门关于进一步加强教育援藏工作请示的通知》",
            ]
        ),
        [_FILLER + "依照《国务院办公厅转发国家教委等部门关于进一步加强教育援藏工作请示的通知》"],
    ),
    (
        "full-line-ending-on-a-semicolon-goes-on",
        "\n".join([*_wrapped(_FILLER, 30)[:-1], _FILLER[-28:] + "主任；", "蔡建军为市人民政府市长。"]),
        [_FILLER + "主任；蔡建军为市人民政府市长。"],
    ),
    (
        "full-title-line-ending-on-its-kind-stands",
        "\n".join(
            [
                *_wrapped(_FILLER, 30)[:-1],
                _FILLER[-28:] + "完。",
                "广州市人民政府关于印发广州市深化财政体制改革总体方案的通知",
                "各区、县级市人民政府，市政府各部门：",
            ]
        ),
        [
            _FILLER + "完。",
            "广州市人民政府关于印发广州市深化财政体制改革总体方案的通知",
            "各区、县级市人民政府，市政府各部门：",
        ],
    ),
    (
        "line-opening-on-an-ascii-colon",
        "现就省十三届人大二次会议通过的《政府工作报告》确定的重点工作提出部门分工意见如下\n:",
        ["现就省十三届人大二次会议通过的《政府工作报告》确定的重点工作提出部门分工意见如下："],
    ),
    (
        "serial-after-the-year-bracket-goes-on",
        "依照《国务院办公厅转发国家教委等部门关于进一步加强教育援藏工作请示的通知》（国办发〔1993〕\n71号）所确定的经费开支渠道原则解决。",
        [
            "依照《国务院办公厅转发国家教委等部门关于进一步加强教育援藏工作请示的通知》（国办发〔1993〕71号）所确定的经费开支渠道原则解决。"
        ],
    ),
    (
        "a-number-line-after-a-closed-sentence-stands",
        "现将有关事项通知如下。\n2021年工作要点",
        ["现将有关事项通知如下。", "2021年工作要点"],
    ),
    (
        "rest-of-a-cut-gloss",
        "绛县人民政府办公室关于印发绛县促进专业镇高质量发(\nfā)展实施方案的通知",
        ["绛县人民政府办公室关于印发绛县促进专业镇高质量发展实施方案的通知"],
    ),
    (
        "a-table-row-is-no-piece",
        "甲\t乙（\n)丙",
        ["甲\t乙（", ")丙"],
    ),
    (
        "latin-words-keep-their-space",
        "BEIJINGSHI PINGGUQU RENMINZHENGFU GONGBAO WITH A LONG\nNAME",
        ["BEIJINGSHI PINGGUQU RENMINZHENGFU GONGBAO WITH A LONG", "NAME"],
    ),
    (
        "pinyin-gloss-cut-by-the-break",
        "侯为东同志任中共漳州市委古雷港经济(j\nì)开发区工作委员会副书记，漳州古雷港经济开发区管委会主任。",
        ["侯为东同志任中共漳州市委古雷港经济开发区工作委员会副书记，漳州古雷港经济开发区管委会主任。"],
    ),
]


def test_paragraph_ids_unique() -> None:
    assert len({c[0] for c in PARAGRAPHS}) == len(PARAGRAPHS)


@pytest.mark.parametrize(("text", "paragraphs"), [c[1:] for c in PARAGRAPHS], ids=[c[0] for c in PARAGRAPHS])
def test_paragraphs_of_a_layout_form(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in split_paragraphs(text)] == paragraphs


_PROSE = (
    "为深入贯彻落实党中央国务院决策部署，进一步优化营商环境，激发市场主体活力，推动经济高质量发展，现就有关事项通知如下。"
    * 4
)


@pytest.mark.parametrize(
    ("lines", "width"),
    [
        pytest.param(_wrapped(_PROSE, 35), 35, id="wrapped-at-35"),
        pytest.param(
            [*_wrapped(_PROSE, 28), "北京市平谷区人民政府", "2021年1月1日"], 28, id="wrapped-at-28-with-a-signature"
        ),
        pytest.param([_PROSE[: 20 + k] for k in range(12)], None, id="one-paragraph-per-line"),
        pytest.param(["短行", "北京市平谷区人民政府"], None, id="no-long-line"),
    ],
)
def test_wrap_width(lines: list[str], width: int | None) -> None:
    assert wrap_width(lines) == width


def test_wrap_width_in_display_columns() -> None:
    """pdftotext breaks at a width on the page: a line with digits holds more characters."""
    lines = [_PROSE[k : k + 35] for k in range(0, 140, 35)] + ["于2021年12月31日前完成，" + _PROSE[:23]] * 2
    assert wrap_width(lines, display=True) == 70
    assert wrap_width(lines) is None or wrap_width(lines) == 35


def test_a_menu_line_does_not_run_into_a_whole_title() -> None:
    menu = "首页政务公开网上办事互动交流走进鹤城首页政务公开网上办事互"  # 30 characters, no closing mark
    text = "\n".join([*_wrapped(_FILLER, 30), menu, "齐齐哈尔市人民政府办公室关于印发应急预案的通知"])
    assert [p.text for p in split_paragraphs(text)][-1] == "齐齐哈尔市人民政府办公室关于印发应急预案的通知"


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        pytest.param(
            [
                "某区人民政府公报",
                "封面",
                "正文一。",
                "— 2 —",
                "某区人民政府公报",
                "正文二。",
                "-3-",
                "某区人民政府公报",
            ],
            ["某区人民政府公报", "封面", "正文一。", "正文二。"],
            id="head-after-two-page-numbers-dropped-cover-kept",
        ),
        pytest.param(
            [
                "正文一。",
                "- 2 -",
                "\f某区人民政府公报  2021年第1期",
                "正文二。",
                "- 3 -",
                "\f某区人民政府公报  2021年第1期",
            ],
            ["正文一。", "正文二。"],
            id="pdftotext-form-feed-heads-all-dropped",
        ),
        pytest.param(
            ["正文一。", "— 2 —", "2021年国民经济和社会发展统计公报", "一、综合"],
            ["正文一。", "2021年国民经济和社会发展统计公报", "一、综合"],
            id="a-title-with-gongbao-once-after-a-page-number-stays",
        ),
    ],
)
def test_running_heads_after_page_breaks(lines: list[str], paragraphs: list[str]) -> None:
    assert [p.text for p in split_paragraphs("\n".join(lines))] == paragraphs


# (id, an item as printed, its numbering style and number): the forms of one level read alike
MARKERS = [
    ("paren-cn", "（三）加强组织领导。", "paren_cn", 3),
    ("paren-cn-ascii", "(三)加强组织领导。", "paren_cn", 3),
    ("paren-cn-one-character", "㈢加强组织领导。", "paren_cn", 3),
    ("paren-cn-one-character-ten", "㈩加强组织领导。", "paren_cn", 10),
    ("num-dot", "3.加强组织领导。", "num", 3),
    ("num-dun", "3、加强组织领导。", "num", 3),
    ("num-fullwidth", "３．加强组织领导。", "num", 3),
    ("paren-num", "（3）加强组织领导。", "paren_num", 3),
]


@pytest.mark.parametrize(("text", "style", "number"), [c[1:] for c in MARKERS], ids=[c[0] for c in MARKERS])
def test_numbering_styles(text: str, style: str, number: int) -> None:
    (block,) = classify(split_paragraphs("正文。\n" + text))[1:]
    assert (block.style, block.number, block.body) == (style, number, "加强组织领导。")


def test_a_parenthesized_item_after_a_heading_is_not_joined_to_it() -> None:
    paras = split_paragraphs("二、保障措施\n㈠加强组织领导\n㈡强化督促检查")
    assert [p.text for p in paras] == ["二、保障措施", "㈠加强组织领导", "㈡强化督促检查"]


GAZETTE = """北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》的通知
京平政发〔2020〕21号
各乡镇人民政府，区政府各委、办、局：
现将《平谷区“两区”建设工作方案》印发给你们，请认真贯彻执行。
北京市平谷区人民政府
2020年12月31日
"""


def _records(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (d.title, d.doc_number.text if d.doc_number else None, d.date, d.issuer) for d in parse_text(text).documents
    ]


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("\n".join("\t" + line for line in GAZETTE.splitlines()), id="tab-indented"),
        pytest.param(
            GAZETTE.replace("建设工作方案》的通知\n", "建设工作方案》\n的通知\n", 1), id="title-broken-before-its-kind"
        ),
        pytest.param(GAZETTE.replace("〔2020〕21号\n各", "〔2020〕21号\n\n各"), id="blank-line"),
    ],
)
def test_document_read_from_a_layout_form(form: str) -> None:
    assert (
        _records(form)
        == _records(GAZETTE)
        == [
            (
                "北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》的通知",
                "京平政发〔2020〕21号",
                "2020-12-31",
                "北京市平谷区人民政府",
            )
        ]
    )


# A metadata block in the spellings of issue 9; the document's fields read from each are the same.
_META_FORMS = {
    "colon": "名称：{title}\n文号：{number}\n发布日期：2021-02-03 08:56",
    "ascii-colon": "名称: {title}\n文号: {number}\n发布日期: 2021-02-03 08:56",
    "bullet": "• 名称: {title}\n• 文号: {number}\n• 发布日期: 2021-02-03 08:56",
    "bracket": "[ 名称 ] {title}\n[ 文号 ] {number}\n[ 发布日期 ] 2021-02-03 08:56",
    "value-on-next-line": "名称：\n{title}\n文号：\n{number}\n发布日期：\n2021-02-03 08:56",
    "spaced-keys": "名 称：{title}\n文 号：{number}\n发布日期：2021-02-03 08:56",
    "two-pairs-per-pipe-row": "名称: | {title} | 文号: | {number} |\n发布日期: | 2021-02-03 08:56 | | |",
}


@pytest.mark.parametrize("form", list(_META_FORMS), ids=str)
def test_metadata_block_forms(form: str) -> None:
    head = _META_FORMS[form].format(
        title="北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》的通知", number="京平政发〔2020〕21号"
    )
    (doc,) = parse_text(head + "\n" + GAZETTE.replace("2020年12月31日\n", "")).documents
    assert (doc.doc_number and doc.doc_number.text, doc.date, doc.published) == (
        "京平政发〔2020〕21号",
        None,  # 发布日期 is the day the page was posted, never the document's date
        "2021-02-03",
    )
