"""The layout transforms of the robustness harness (benchmarks/robust_layout.py): each gives the
form it claims, keeps the words of the text, and leaves alone what it must not touch."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("robust_layout", ROOT / "benchmarks" / "robust_layout.py")
assert _spec is not None and _spec.loader is not None
robust_layout = importlib.util.module_from_spec(_spec)
sys.modules["robust_layout"] = robust_layout
_spec.loader.exec_module(robust_layout)

T = robust_layout.LAYOUT_TRANSFORMS

TEXT = "\n".join(
    [
        "北京市平谷区人民政府公报",
        "",
        "北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》的通知",
        "文号：京平政发〔2020〕21号",
        "发文机关：北京市平谷区人民政府",
        "一、总体要求",
        "（一）搭乘中关村论坛平台。依托中关村论坛国际化平台优势，推动农业科技创新论坛发展为贸易论坛。",
        "1.建立耕地保护网格化管理机制。",
        "一级工作任务\t二级工作任务\t牵头单位",
        "\t下发耕地保护空间范围。\t区规划自然资源分局",
        "北京市平谷区人民政府",
        "2020年12月31日",
    ]
)


def _words(text: str) -> str:
    """The text's characters less layout: whitespace, pipes, Markdown marks and bullets."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "|-*#•")


# (transform, a line or fragment its output must hold)
FORMS = [
    ("wrap-28", "北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案\n》的通知"),
    ("no-blank-lines", "北京市平谷区人民政府公报\n北京市平谷区人民政府关于"),
    ("blank-between", "文号：京平政发〔2020〕21号\n\n发文机关"),
    ("indent-tab", "\t一、总体要求"),
    ("md-headings-add", "\n## 一、总体要求\n"),
    ("md-bold-sections", "\n**一、总体要求**\n"),
    ("num-paren-ascii", "\n(一)搭乘"),
    ("num-paren-circled", "\n㈠搭乘"),
    ("num-arabic-dun", "\n1、建立"),
    ("num-arabic-fullwidth", "\n１．建立"),
    ("num-arabic-paren", "\n（1）建立"),
    ("table-pipe", "| 一级工作任务 | 二级工作任务 | 牵头单位 |\n|---|---|---|\n|  | 下发耕地保护空间范围。 |"),
    ("table-tab", "\t下发耕地保护空间范围。\t区规划自然资源分局"),
    ("meta-ascii-colon", "\n文号: 京平政发〔2020〕21号\n"),
    ("meta-bullet", "\n• 文号: 京平政发〔2020〕21号\n"),
    ("meta-bracket", "\n[ 文号 ] 京平政发〔2020〕21号\n"),
    ("meta-next-line", "\n文号：\n京平政发〔2020〕21号\n"),
    ("meta-spaced", "\n文 号：京平政发〔2020〕21号\n"),
    ("meta-pipe-pairs", "\n文号: | 京平政发〔2020〕21号 | 发文机关: | 北京市平谷区人民政府 |\n"),
    ("html-p", "<p>2020年12月31日</p>"),
    ("html-br", "北京市平谷区人民政府<br>\n2020年12月31日"),
]


def test_forms_cover_the_registry_once() -> None:
    names = [name for name, _ in FORMS]
    assert len(names) == len(set(names))
    assert set(names) <= set(T)


@pytest.mark.parametrize(("name", "fragment"), FORMS, ids=[name for name, _ in FORMS])
def test_transform_gives_its_form(name: str, fragment: str) -> None:
    assert fragment in T[name].apply(TEXT)


# Transforms that add or change no word: only whitespace, table and Markdown marks differ.
LAYOUT_ONLY = [n for n in T if not n.startswith(("furniture", "num-", "meta-", "html-")) and "furniture" not in n]


@pytest.mark.parametrize("name", LAYOUT_ONLY, ids=str)
def test_transform_keeps_the_words(name: str) -> None:
    assert _words(T[name].apply(TEXT)) == _words(TEXT)


@pytest.mark.parametrize("name", [n for n in T if n.startswith(("num-", "meta-"))], ids=str)
def test_renumbering_and_rekeying_keep_the_other_lines(name: str) -> None:
    out = T[name].apply(TEXT).split("\n")
    for line in ("北京市平谷区人民政府关于印发《平谷区“两区”建设工作方案》的通知", "2020年12月31日", "一、总体要求"):
        assert line in out


def test_wrap_breaks_mid_number_and_leaves_tables() -> None:
    line = "按照京平政发〔2020〕21号文件要求，区规划自然资源分局于2021年3月31日前完成。"
    out = robust_layout.wrap(line + "\n甲\t乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙", 10)
    assert out.split("\n")[:2] == ["按照京平政发〔202", "0〕21号文件要求，"]
    assert out.endswith("甲\t乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙")


def test_display_wrap_counts_columns() -> None:
    out = robust_layout.wrap_display("平谷区2021年完成改革任务共计12项", 12)
    assert out.split("\n") == ["平谷区2021年", "完成改革任务", "共计12项"]


def test_furniture_every_forty_lines() -> None:
    text = "\n".join(f"第{n}行内容。" for n in range(100))
    out = T["furniture-dash"].apply(text + "\n北京市平谷区人民政府公报")
    lines = out.split("\n")
    assert lines[40:42] == ["— 2 —", "北京市平谷区人民政府公报"]
    assert lines.count("— 3 —") == 1
    feed = T["furniture-formfeed"].apply(text).split("\n")
    assert feed[40:42] == ["- 2 -", "\f人民政府公报  2021年第1期"]


def test_spaces_table_keeps_rows_with_empty_cells() -> None:
    out = T["table-spaces"].apply("甲\t乙\t丙\n\t乙\t丙")
    assert out == "甲    乙    丙\n\t乙\t丙"


def test_html_renders_headings_and_tables() -> None:
    page = T["html-p"].apply("# 关于印发方案的通知\n甲\t乙\n正文。")
    assert "<h1>关于印发方案的通知</h1>" in page
    assert "<table><tr><td>甲</td><td>乙</td></tr></table>" in page
    assert "<p>正文。</p>" in page


def test_every_transform_is_described_with_an_example() -> None:
    for t in T.values():
        assert t.description and t.example, t.name
