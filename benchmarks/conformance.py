"""A conformance suite for issue 9's classes: whole documents composed from the class variants.

Issue 9 lists the forms a real gazette or page prints (metadata blocks in every layout, mastheads and
目录 entries of whole issues, titles wrapped or numbered, unit notes, rosters, appointment clauses,
deadline phrases). This generator *composes* documents from those forms — a cross product of each
class's axes (layout × key spelling × separator; masthead × 目录 entry form; note form × numbering ×
bracket; roster form; clause form × separator × script; deadline phrase) — with the records each
document states known by construction, runs :func:`extract_str` on it and scores, per class:

* **right**: an expected record the tool gave;
* **missed**: an expected record the tool did not give;
* **false**: a record the tool gave that the document does not state (a wrong person, unit, date …).

The vocabulary (unit names, posts, names, titles, numbers) comes from dev texts only — the bundled
平谷 issue (``samples/pinggu-2021-01.txt``) and ``samples/web`` (虹口 2015 personnel, 东莞 2003 roster,
凯里/六盘水 metadata pages) — never from a held-out file. Cases are deterministic: the full product is
enumerated in a fixed order and :func:`sample` takes every k-th case.

    PYTHONPATH=src python benchmarks/conformance.py            # every case, a table per class
    PYTHONPATH=src python benchmarks/conformance.py --sample 400 --failures 20
"""

from __future__ import annotations

import argparse
import functools
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Record = tuple[str, ...]

# --- vocabulary, from dev texts ------------------------------------------------------------------
# persons: samples/web/hongkou-2015-npc-personnel, samples/web/dongguan-2003-roster-name-post
NAMES = (
    "杨鼎忠",
    "王继聪",
    "邹震宇",
    "张占江",
    "张顺彩",
    "周华驹",
    "洪耀坚",
    "何伟森",
    "钟超",
    "陈锐康",
    "黎小成",
    "卢沛超",
)
# names of two characters and a dotted name: samples/web/tongzhou-2023-npc-personnel, nanhu-2025-npc-personnel
NAME_PAIRS = (("王继聪", "邹震宇"), ("何娇", "郑皓"), ("阿卜杜吉力力·阿卜来提", "张占江"), ("杨鼎忠", "钟超"))
# posts: the same pages and the 平谷 issue
POSTS = (
    "虹口区人民政府办公室主任",
    "平谷区农业农村局局长",
    "平谷区财政局副局长",
    "虹口区人民检察院副检察长",
    "平谷区商务局局长",
    "平谷区教育委员会主任",
    "通州区人民法院审判员",
    "嘉兴市南湖区人民政府副区长",
)
# units: samples/pinggu-2021-01.txt (task notes)
UNITS = (
    "区科技和信息化局",
    "区农业农村局",
    "区商务局",
    "区财政局",
    "区发展改革委",
    "区文化旅游局",
    "区卫生健康委",
    "区教委",
    "区市场监管局",
    "区园林绿化局",
)
# titles and numbers: samples/pinggu-2021-01.txt
TITLES = (
    ("北京市平谷区人民政府关于印发《平谷区2021年为民办实事工程》的通知", "京平政发〔2021〕1号"),
    ("北京市平谷区人民政府关于干部任免职的通知", "京平政发〔2021〕2号"),
    ("北京市平谷区人民政府办公室关于印发《平谷区坚决制止耕地“非农化”行为工作实施方案》的通知", "京平政办发〔2021〕1号"),
)
ISSUER = "北京市平谷区人民政府"


@dataclass(frozen=True)
class Case:
    """One composed document: its class, the form's id, the text and the records it states."""

    cls: str
    form: str
    text: str
    expected: frozenset[Record]


def _doc(title: str, body: str, number: str | None = None, date: str = "2021年1月20日") -> str:
    head = f"{title}\n" + (f"{number}\n" if number else "")
    return f"{head}各乡镇人民政府、街道办事处，区政府各委、办、局：\n{body}\n{ISSUER}\n{date}\n"


# --- metadata blocks -----------------------------------------------------------------------------
_NUMBER_KEYS = ("发文字号", "文号", "发文号", "文　　号", "发 文 字 号")
_TITLE_KEYS = ("标题", "名称", "文件名称", "标　　题", "信息名称")
_SEPARATORS = ("：", ":", "： ", " ： ")


def _metadata_block(layout: str, nkey: str, tkey: str, sep: str, title: str, number: str) -> str:
    pairs = [("索引号", "11110117MB1234567X/2021-00012"), (tkey, title), (nkey, number), ("发布日期", "2021-01-20")]
    if layout == "lines":
        return "\n".join(f"{k}{sep}{v}" for k, v in pairs)
    if layout == "bullets":
        return "\n".join(f"· {k}{sep}{v}" for k, v in pairs)
    if layout == "brackets":
        return "\n".join(f"[ {k.replace('　', '')} ] {v}" for k, v in pairs)
    if layout == "lenticular":
        return "\n".join(f"【{k.replace('　', '')}】{v}" for k, v in pairs)
    if layout == "pipe1":
        return "| 项目 | 内容 |\n| --- | --- |\n" + "\n".join(f"| {k} | {v} |" for k, v in pairs)
    if layout == "pipe2":
        a, b, c, d = pairs
        return (
            f"| {a[0]} | {a[1]} | {d[0]} | {d[1]} |\n| {c[0]} | {c[1]} | 发文机关 | {ISSUER} |\n| {b[0]} | {b[1]} | | |"
        )
    if layout == "two-per-line":
        a, b, c, d = pairs
        return f"{a[0]}{sep}{a[1]}　　{d[0]}{sep}{d[1]}\n{c[0]}{sep}{c[1]}　　发文机关{sep}{ISSUER}\n{b[0]}{sep}{b[1]}"
    if layout == "below":
        return "\n".join(f"{k}{sep.strip()}\n{v}" for k, v in pairs)
    raise ValueError(layout)


META_LAYOUTS = ("lines", "bullets", "brackets", "lenticular", "pipe1", "pipe2", "two-per-line", "below")


def metadata_cases() -> Iterator[Case]:
    for layout, nkey, tkey, sep, (title, number) in itertools.product(
        META_LAYOUTS, _NUMBER_KEYS, _TITLE_KEYS, _SEPARATORS, TITLES
    ):
        if layout in ("brackets", "lenticular", "pipe1", "pipe2") and sep != "：":
            continue  # no separator in these layouts
        block = _metadata_block(layout, nkey, tkey, sep, title, number)
        body = "一、加强组织领导。\n二、抓好工作落实。"
        text = f"{block}\n\n{title}\n{number}\n各乡镇人民政府：\n{body}\n{ISSUER}\n2021年1月20日\n"
        expected = frozenset({("doc_number", number), ("title", title)})
        yield Case("metadata", f"{layout}/{nkey}/{tkey}/{sep!r}", text, expected)
        if sep == "：" and title == TITLES[1][0]:  # the same page in Traditional characters (a Hong Kong mirror)
            yield Case("metadata", f"{layout}/{nkey}/{tkey}/{sep!r}/traditional", _traditional(text), expected)


# --- whole issues: mastheads × 目录 entry forms ---------------------------------------------------
MASTHEADS: tuple[tuple[str, tuple[int, int, int | None]], ...] = (
    ("2019年第5号（总号：1650）", (2019, 5, 1650)),
    ("2019年第5号(总号:1650)", (2019, 5, 1650)),
    ("2021年第1期（总第9期）", (2021, 1, 9)),
    ("2021年 第1期 （总第9期）", (2021, 1, 9)),
    ("2021\n第1期（总第9期）", (2021, 1, 9)),
    ("2021年第一期（总第九期）", (2021, 1, 9)),
    ("第1期（总第9期）\n2021年", (2021, 1, 9)),
    ("2021年第1期", (2021, 1, None)),
    ("二〇二一年第一期", (2021, 1, None)),
    ("2019年第5號（總號：1650）", (2019, 5, 1650)),
    ("2021年第1期(总第9期)", (2021, 1, 9)),
)


def _entry(form: str, title: str, number: str, page: int) -> str:
    if form == "num-dots":
        return f"{title}（{number}）……（{page}）"
    if form == "num-dots-ascii":
        return f"{title}({number})......({page})"
    if form == "num-line":
        return f"{title}\n{number}..... {page}"
    if form == "num-space":
        return f"{title}　{number}　{page}"
    if form == "num-space-bracket":
        return f"{title}　{number}　（{page}）"
    if form == "num-first":
        return f"{number}　{title}　{page}"
    if form == "slash":
        return f"{title}／{page}"
    if form == "wrapped-entry":
        return f"{title[:12]}\n{title[12:]}（{number}）……（{page}）"
    if form == "dots-only":
        return f"{title}……{page}"
    if form == "bracket-page":
        return f"{title}（{number}）（{page}）"
    raise ValueError(form)


ENTRY_FORMS = (
    "num-dots",
    "num-dots-ascii",
    "num-line",
    "num-space",
    "num-space-bracket",
    "num-first",
    "dots-only",
    "slash",
    "wrapped-entry",
    "bracket-page",
)
SECTION_HEADINGS = ("", "【区政府文件】", "区政府文件", "■ 区政府文件", "·区政府文件·", "一、区政府文件")


def issue_cases() -> Iterator[Case]:
    for (masthead, (year, num, total)), form, section in itertools.product(MASTHEADS, ENTRY_FORMS, SECTION_HEADINGS):
        entries = [_entry(form, t, n, 3 + 5 * i) for i, (t, n) in enumerate(TITLES[:2])]
        contents = "\n".join(([section] if section else []) + entries)
        docs = "\n".join(_doc(t, "一、加强组织领导。\n二、抓好工作落实。", n) for t, n in TITLES[:2])
        text = f"北京市平谷区人民政府公报\n{masthead}\n北京市平谷区人民政府办公室主办\n目　录\n{contents}\n{docs}"
        expected: set[Record] = {("year", str(year)), ("number", str(num))}
        if total is not None:
            expected.add(("total_number", str(total)))
        for t, n in TITLES[:2]:
            expected |= {("contents", t), ("title", t), ("doc_number", n)}
        if section:
            expected.add(("section", "区政府文件"))
        yield Case("issue", f"{masthead.splitlines()[0]}/{form}/{section or '-'}", text, frozenset(expected))


# --- titles: wrapped, number before, number after in brackets -----------------------------------
def _title_layout(form: str, title: str, number: str) -> str:
    cut = len(title) // 2
    if form == "one-line":
        return f"{title}\n{number}"
    if form == "wrapped":
        return f"{title[:cut]}\n{title[cut:]}\n{number}"
    if form == "number-before":
        return f"{number}　{title}"
    if form == "number-after-bracket":
        return f"{title}\n（{number}）"
    if form == "wrapped-number-after":
        return f"{title[:cut]}\n{title[cut:]}\n（{number}）"
    if form == "wrapped-after-about":
        at = title.index("关于") + 2
        return f"{title[:at]}\n{title[at:]}\n{number}"
    if form == "wrapped-tail":
        return f"{title[:-3]}\n{title[-3:]}\n{number}"
    if form == "number-before-wrapped":
        return f"{number}　{title[:cut]}\n{title[cut:]}"
    if form == "number-above":
        return f"{number}\n{title}"
    raise ValueError(form)


TITLE_FORMS = (
    "one-line",
    "wrapped",
    "wrapped-after-about",
    "wrapped-tail",
    "number-before",
    "number-before-wrapped",
    "number-after-bracket",
    "wrapped-number-after",
    "number-above",
)


# A number as printed → as the tool gives it (brackets, 第, the old series' year before the agency)
NUMBER_FORMS: tuple[tuple[str, str], ...] = (
    ("京平政发〔2021〕2号", "京平政发〔2021〕2号"),
    ("京平政发[2021]2号", "京平政发〔2021〕2号"),
    ("京平政发（2021）2号", "京平政发〔2021〕2号"),
    ("京平政发〔2021〕第2号", "京平政发〔2021〕2号"),
    ("京平政发〔2021〕２号", "京平政发〔2021〕2号"),
    ("(85)京政发字第12号", "京政发字〔1985〕12号"),
    ("京政发〔1985〕字第12号", "京政发字〔1985〕12号"),
)


def title_cases() -> Iterator[Case]:
    for form, (title, _), (printed, number) in itertools.product(TITLE_FORMS, TITLES, NUMBER_FORMS):
        head = _title_layout(form, title, printed)
        text = f"{head}\n各乡镇人民政府：\n现将有关事项通知如下。\n一、加强组织领导。\n{ISSUER}\n2021年1月20日\n"
        yield Case("titles", f"{form}/{printed}", text, frozenset({("title", title), ("doc_number", number)}))


# --- unit notes: form × numbering × bracket ------------------------------------------------------
NUMBERINGS = ("一、", "1.", "（一）", "１．", "1、", "(1)")
BRACKETS = (("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】"), ("[", "]"))


def _note(form: str, lead: list[str], support: list[str]) -> tuple[str, list[str], list[str]]:
    lj, sj = "、".join(lead), "、".join(support)
    if form == "lead-support":
        return f"{lj}牵头，{sj}配合", lead, support
    if form == "lead-support-semicolon":
        return f"{lj}牵头；{sj}参与", lead, support
    if form == "keys":
        return f"牵头单位：{lj}；配合单位：{sj}", lead, support
    if form == "keys-comma":
        return f"牵头单位：{lj}，配合单位：{sj}", lead, support
    if form == "keys-ascii":
        return f"牵头单位:{lj};责任单位:{sj}", lead, support
    if form == "keys-deadline":
        return f"牵头单位：{lj}；配合单位：{sj}；完成时限：2021年6月底前", lead, support
    if form == "responsible":
        return f"责任单位：{lj}", lead, []
    if form == "lead-only":
        return f"{lj}负责", lead, []
    if form == "shared-suffix":
        return f"{lj}牵头，平谷区、顺义区教委配合", lead, ["平谷区教委", "顺义区教委"]
    if form == "places-share-body":
        return f"{lj}牵头，北京市、天津市人民政府配合", lead, ["北京市人民政府", "天津市人民政府"]
    if form == "collective-county":
        return f"{lj}牵头，各县（市、区）人民政府配合", lead, ["各县（市、区）人民政府"]
    if form == "lead-assist":
        return f"{lj}牵头，{sj}协助", lead, support
    if form == "keys-duty":
        return f"责任单位：{lj}（牵头）、{sj}", lead, support
    if form == "collective":
        return f"{lj}牵头，各乡镇人民政府配合", lead, ["各乡镇人民政府"]
    raise ValueError(form)


NOTE_FORMS = (
    "lead-support",
    "lead-support-semicolon",
    "keys",
    "keys-comma",
    "keys-ascii",
    "responsible",
    "lead-only",
    "collective",
    "shared-suffix",
    "places-share-body",
    "collective-county",
    "lead-assist",
    "keys-deadline",
)
TASK_TEXTS = ("加强耕地保护监督检查", "推进农业产业结构调整", "完善公共卫生服务体系")


def note_cases() -> Iterator[Case]:
    yield from _multi_note_cases()
    for i, (form, numbering, (op, cl)) in enumerate(itertools.product(NOTE_FORMS, NUMBERINGS, BRACKETS)):
        lines, expected = [], set()
        for k, task in enumerate(TASK_TEXTS[:2]):
            lead = [UNITS[(i + k) % len(UNITS)]]
            support = [UNITS[(i + k + 3) % len(UNITS)], UNITS[(i + k + 5) % len(UNITS)]]
            note, ld, sp = _note(form, lead, support)
            num = _number(numbering, k)
            lines.append(f"{num}{task}。{op}{note}{cl}")
            expected.add(("task", task, "|".join(ld), "|".join(sp)))
        text = _doc("北京市平谷区人民政府关于印发某工作方案的通知", "\n".join(lines), "京平政发〔2021〕9号")
        yield Case("notes", f"{form}/{numbering}/{op}{cl}", text, frozenset(expected))


def _multi_note_cases() -> Iterator[Case]:
    """Several notes in one item, and field lines under an item (牵头单位： / 配合单位：)."""
    for numbering, (op, cl) in itertools.product(NUMBERINGS, BRACKETS):
        a, b = TASK_TEXTS[:2]
        line = f"{_number(numbering, 0)}{a}。{op}区农业农村局牵头{cl}{b}。{op}区商务局牵头，区财政局配合{cl}"
        text = _doc("北京市平谷区人民政府关于印发某工作方案的通知", line, "京平政发〔2021〕9号")
        expected = {("task", a, "区农业农村局", ""), ("task", b, "区商务局", "区财政局")}
        yield Case("notes", f"several-notes/{numbering}/{op}{cl}", text, frozenset(expected))
    for numbering, sep in itertools.product(NUMBERINGS, ("：", ":")):
        lines = []
        for k, task in enumerate(TASK_TEXTS[:2]):
            lines += [
                f"{_number(numbering, k)}{task}。",
                f"牵头单位{sep}{UNITS[k]}",
                f"配合单位{sep}{UNITS[k + 3]}、{UNITS[k + 5]}",
            ]
        text = _doc("北京市平谷区人民政府关于印发某工作方案的通知", "\n".join(lines), "京平政发〔2021〕9号")
        expected = {("task", t, UNITS[k], f"{UNITS[k + 3]}|{UNITS[k + 5]}") for k, t in enumerate(TASK_TEXTS[:2])}
        yield Case("notes", f"field-lines/{numbering}/{sep}", text, frozenset(expected))


def _number(style: str, k: int) -> str:
    cn = "一二三四五六七八九十"
    fw = "１２３４５６７８９"
    return {
        "一、": f"{cn[k]}、",
        "1.": f"{k + 1}.",
        "（一）": f"（{cn[k]}）",
        "１．": f"{fw[k]}．",
        "1、": f"{k + 1}、",
        "(1)": f"({k + 1})",
    }[style]


# --- deadlines: the phrase inside a note and its normalisation ------------------------------------
DEADLINES: tuple[tuple[str, str, str | None], ...] = (
    ("2021年6月底前完成", "by", "2021-06-30"),
    ("2021年6月30日前", "by", "2021-06-30"),
    ("2021年底前", "by", "2021-12-31"),
    ("2021年12月底前", "by", "2021-12-31"),
    ("2021年上半年", "by", "2021-06-30"),
    ("2021年第三季度", "by", "2021-09-30"),
    ("2021年9月", "by", "2021-09-30"),
    ("长期坚持", "ongoing", None),
    ("持续推进", "ongoing", None),
    ("每年12月底前", "recurring", None),
    ("2022年", "by", "2022-12-31"),
    ("6月底前", "by", "2021-06-30"),
    ("年底前", "by", "2021-12-31"),
    ("2021年10月31日前", "by", "2021-10-31"),
    ("2021年11月", "by", "2021-11-30"),
    ("2021年三季度末", "by", "2021-09-30"),
    ("2021年10月底前完成", "by", "2021-10-31"),
    ("每季度", "recurring", None),
    ("长期推进", "ongoing", None),
    ("三年内", "by", "2024-01-20"),
    ("6个月内", "by", "2021-07-20"),
    ("两周内", "by", "2021-02-03"),
    ("15个工作日内", "unknown", None),
    ("春节前", "unknown", None),
    ("2021年汛期前", "unknown", None),
    ("尽快", "unknown", None),
    ("待定", "unknown", None),
)


def _labelled_deadlines() -> list[tuple[str, str]]:
    """The phrases of benchmarks/deadline_phrases.py with their kind (the date is not compared): every
    phrase of a kind other than ``by``, every 9th of ``by`` (dates by month and year, 2015–2030)."""
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from deadline_phrases import labelled_phrases

    rows = [(phrase, _IN_DOCUMENT.get(phrase, kind)) for phrase, kind in labelled_phrases()]
    return [row for row in rows if row[1] != "by"] + [row for row in rows if row[1] == "by"][::9]


# A span counted from the document's date is a date inside a document (三年内 of 2021-01-20: 2024-01-20);
# the phrase list labels the phrase alone, without a date to count from
_IN_DOCUMENT = {"三年内": "by"}


def deadline_cases() -> Iterator[Case]:
    for phrase, kind in _labelled_deadlines():
        line = f"一、加强耕地保护监督检查。（区农业农村局牵头，区财政局配合，{phrase}）"
        text = _doc("北京市平谷区人民政府关于印发某工作方案的通知", line, "京平政发〔2021〕9号")
        yield Case("deadlines", f"kind:{phrase}", text, frozenset({("deadline", "加强耕地保护监督检查", kind, "*")}))
    for (phrase, kind, date), (op, cl), numbering in itertools.product(DEADLINES, BRACKETS[:3], NUMBERINGS[:3]):
        for shape in ("note", "field"):
            num = _number(numbering, 0)
            if shape == "note":
                line = f"{num}加强耕地保护监督检查。{op}区农业农村局牵头，区财政局配合，{phrase}{cl}"
            else:
                line = f"{num}加强耕地保护监督检查。{op}牵头单位：区农业农村局；完成时限：{phrase}{cl}"
            text = _doc("北京市平谷区人民政府关于印发某工作方案的通知", line, "京平政发〔2021〕9号")
            yield Case(
                "deadlines",
                f"{phrase}/{shape}/{op}{cl}/{numbering}",
                text,
                frozenset({("deadline", "加强耕地保护监督检查", kind, date or "")}),
            )


# --- rosters -------------------------------------------------------------------------------------
def roster_cases() -> Iterator[Case]:
    a, b, c, d, e = NAMES[4:9]
    spaced = e[0] + "　" + e[1:]  # a two-character name padded to three: 钟　超
    forms: dict[str, tuple[str, set[Record]]] = {
        "lines": (
            f"组　长：{a}　区长\n副组长：{b}　副区长\n成　员：{c}　区财政局局长\n　　　　{d}　区商务局局长",
            {("组长", a), ("副组长", b), ("成员", c), ("成员", d)},
        ),
        "subheadings": (
            f"总指挥：{a}　区长\n副总指挥：{b}　副区长\n成员：\n（一）部门成员\n{c}　区财政局局长\n{d}　区商务局局长",
            {("总指挥", a), ("副总指挥", b), ("成员", c), ("成员", d)},
        ),
        "convener": (
            f"召集人：{a}　区长\n副召集人：{b}　副区长\n成员：{c}　区财政局局长、{d}　区商务局局长",
            {("召集人", a), ("副召集人", b), ("成员", c), ("成员", d)},
        ),
        "office-head": (
            f"组长：{a}　区长\n成员：{c}　区财政局局长\n领导小组办公室设在区财政局，办公室主任由{e}同志兼任。",
            {("组长", a), ("成员", c), ("办公室主任", e)},
        ),
        "inner-spaces": (
            f"组　长：{spaced}　区长\n副组长：{b}　副区长",
            {("组长", e), ("副组长", b)},
        ),
        "run-together": (
            f"组长：{a}区长副组长：{b}副区长成员：{c}区财政局局长",
            {("组长", a), ("副组长", b), ("成员", c)},
        ),
        "brackets": (
            f"组长：{a}（区长）\n副组长：{b}（副区长）\n成员：{c}（区财政局局长）、{d}（区商务局局长）",
            {("组长", a), ("副组长", b), ("成员", c), ("成员", d)},
        ),
        "table": (
            f"| 职务 | 姓名 | 单位及职务 |\n| --- | --- | --- |\n| 组长 | {a} | 区长 |\n| 副组长 | {b} | 副区长 |\n"
            f"| 成员 | {c} | 区财政局局长 |\n| 成员 | {d} | 区商务局局长 |",
            {("组长", a), ("副组长", b), ("成员", c), ("成员", d)},
        ),
        "role-alone": (
            f"组长：\n{a}　区长\n副组长：\n{b}　副区长\n成员：\n{c}　区财政局局长\n{d}　区商务局局长",
            {("组长", a), ("副组长", b), ("成员", c), ("成员", d)},
        ),
        "numbered-roles": (
            f"1.组长：{a}　区长\n2.副组长：{b}　副区长\n3.成员：{c}　区财政局局长",
            {("组长", a), ("副组长", b), ("成员", c)},
        ),
        "several-names": (
            f"组长：{a}\n副组长：{b}、{c}\n成员：{d}、{e}",
            {("组长", a), ("副组长", b), ("副组长", c), ("成员", d), ("成员", e)},
        ),
        "prose": (
            f"区长{a}任组长，副区长{b}任副组长。",
            {("组长", a), ("副组长", b)},
        ),
        "office-director": (
            f"组长：{a}　区长\n办公室主任：{e}　区财政局局长",
            {("组长", a), ("办公室主任", e)},
        ),
        "tab": (
            f"组长：{a}\t区长\n副组长：{b}\t副区长\n成员：{c}\t区财政局局长",
            {("组长", a), ("副组长", b), ("成员", c)},
        ),
        "committee-role-alone": (
            f"组长：{a}　区长\n委　员：\n{c}　区财政局局长\n{d}　区商务局局长",
            {("组长", a), ("委员", c), ("委员", d)},
        ),
        "group-subheadings": (
            f"组长：{a}　区长\n成员：\n（一）区直部门\n{c}　区财政局局长\n（二）乡镇\n{d}　马坊镇镇长",
            {("组长", a), ("成员", c), ("成员", d)},
        ),
        "indented-continuation": (
            f"组长：{a}　区长\n副组长：{b}　副区长\n　　　　{c}　副区长\n成员：{d}　区财政局局长\n　　　{e}　区商务局局长",
            {("组长", a), ("副组长", b), ("副组长", c), ("成员", d), ("成员", e)},
        ),
        "semicolon-entries": (
            f"组长：{a}　区长\n成员：{d}　区财政局局长；{e}　区商务局局长",
            {("组长", a), ("成员", d), ("成员", e)},
        ),
        "held-by": (
            f"组长由区长{a}担任，副组长由副区长{b}担任。",
            {("组长", a), ("副组长", b)},
        ),
        "post-first": (
            f"组长：区长{a}\n副组长：副区长{b}",
            {("组长", a), ("副组长", b)},
        ),
    }
    for form, (roster, expected) in forms.items():
        for lead in ("为加强组织领导，成立领导小组，组成人员如下：", "经研究，决定成立区防汛工作领导小组。名单如下："):
            text = _doc("北京市平谷区人民政府关于成立领导小组的通知", f"{lead}\n{roster}", "京平政发〔2021〕5号")
            records = frozenset(("member", *r) for r in expected)
            yield Case("rosters", f"{form}/{lead[:4]}", text, records)
            yield Case("rosters", f"{form}/{lead[:4]}/traditional", _traditional(text), records)
        # the same roster in a personnel notice (成立… and 任免 in one document): members, and no change
        text = _doc("北京市平谷区人民政府关于干部任免职的通知", roster, "京平政发〔2021〕2号")
        yield Case("rosters", f"{form}/personnel-title", text, frozenset(("member", *r) for r in expected))


# --- appointments: clause form × separator × script ----------------------------------------------
def _clauses(form: str, sep: str, people: list[str], posts: list[str]) -> tuple[str, set[Record]]:
    (p1, p2), (q1, q2) = people, posts
    if form == "appoint-carried":
        return f"任命{p1}为{q1}{sep}{p2}为{q2}。", {("appoint", p1, q1), ("appoint", p2, q2)}
    if form == "appoint-lines":
        return f"任命：\n{p1}为{q1}{sep}\n{p2}为{q2}。", {("appoint", p1, q1), ("appoint", p2, q2)}
    if form == "remove-carried":
        return f"免去：\n{p1}的{q1}职务{sep}\n{p2}的{q2}职务。", {("remove", p1, q1), ("remove", p2, q2)}
    if form == "appoint-remove":
        return (
            f"任命{p1}为{q1}{sep}免去{p2}的{q2}职务。",
            {("appoint", p1, q1), ("remove", p2, q2)},
        )
    if form == "qi-own-clause":
        return (
            f"任命{p1}为{q1}{sep}{p2}同志另有任用，免去其{q2}职务。",
            {("appoint", p1, q1), ("remove", p2, q2)},
        )
    if form == "decided":
        return (
            f"经研究，决定：\n{p1}同志任{q1}{sep}\n{p2}同志任{q2}。",
            {("appoint", p1, q1), ("appoint", p2, q2)},
        )
    if form == "resign":
        return (
            f"接受{p1}辞去{q1}职务的请求{sep}{p2}辞去{q2}职务的请求。",
            {("resign", p1, q1), ("resign", p2, q2)},
        )
    if form == "passive":
        return (
            f"{p1}被任命为{q1}{sep}{p2}被免去{q2}职务。",
            {("appoint", p1, q1), ("remove", p2, q2)},
        )
    if form == "numbered-list":
        return (
            f"任命：\n1.{p1}为{q1}{sep}\n2.{p2}为{q2}。",
            {("appoint", p1, q1), ("appoint", p2, q2)},
        )
    if form == "qi-same-clause":
        # 其 binds to its own clause only: across ；/; it names no one (left out with a warning)
        own = {("remove", p1, q2)} if sep == "，" else set()
        return f"任命{p1}为{q1}{sep}免去其{q2}职务。", {("appoint", p1, q1), *own}
    if form == "comrade":
        return f"任命{p1}同志为{q1}{sep}{p2}同志为{q2}。", {("appoint", p1, q1), ("appoint", p2, q2)}
    if form == "remark":
        return f"任命{p1}（女）为{q1}{sep}{p2}（挂职）为{q2}。", {("appoint", p1, q1), ("appoint", p2, q2)}
    if form == "concurrent":
        return f"{p1}兼任{q1}{sep}{p2}不再担任{q2}职务。", {("appoint", p1, q1), ("remove", p2, q2)}
    if form == "cn-numbered":
        return (
            f"决定任命：\n（一）{p1}为{q1}{sep}\n（二）{p2}为{q2}。",
            {("appoint", p1, q1), ("appoint", p2, q2)},
        )
    if form == "names-share-post":
        return f"任命{p1}、{p2}为{q1}。", {("appoint", p1, q1), ("appoint", p2, q1)}
    if form == "name-post-lines":
        return f"任命：\n{p1}　{q1}\n{p2}　{q2}", {("appoint", p1, q1), ("appoint", p2, q2)}
    if form == "appoint-and-remove-same":
        return f"任命{p1}为{q1}{sep}免去{p1}的{q2}职务。", {("appoint", p1, q1), ("remove", p1, q2)}
    if form == "pinyin":
        return (
            f"任命{p1}（Yang Dingzhong）为{q1}{sep}{p2}为{q2}。",
            {("appoint", p1, q1), ("appoint", p2, q2)},
        )
    raise ValueError(form)


APPOINT_FORMS = (
    "appoint-carried",
    "appoint-lines",
    "remove-carried",
    "appoint-remove",
    "qi-own-clause",
    "decided",
    "resign",
    "passive",
    "numbered-list",
    "qi-same-clause",
    "comrade",
    "remark",
    "concurrent",
    "cn-numbered",
    "names-share-post",
    "name-post-lines",
    "appoint-and-remove-same",
    "pinyin",
)
CLAUSE_SEPARATORS = ("；", ";", "，")


@functools.cache
def _converter() -> Any:
    import opencc  # the [test] extra has it

    return opencc.OpenCC("s2hk")  # built once: loading its dictionaries costs more than converting


@functools.cache
def _traditional(text: str) -> str:
    return str(_converter().convert(text))


def appointment_cases() -> Iterator[Case]:
    i = 0
    for form, sep, script, pair in itertools.product(
        APPOINT_FORMS, CLAUSE_SEPARATORS, ("simplified", "traditional"), NAME_PAIRS
    ):
        if sep == "，" and form in ("appoint-lines", "remove-carried", "decided", "numbered-list", "cn-numbered"):
            continue  # a line broken after a comma is not how these lists print
        if sep != "；" and form in ("names-share-post", "name-post-lines"):
            continue  # no separator between clauses in these forms: one case each
        if form == "pinyin" and pair[0] != "杨鼎忠":
            continue  # the gloss spells its own name
        people = list(pair)
        posts = [POSTS[i % len(POSTS)], POSTS[(i + 2) % len(POSTS)]]
        i += 1
        body, expected = _clauses(form, sep, people, posts)
        text = _doc("北京市平谷区人民政府关于干部任免职的通知", body, "京平政发〔2021〕2号")
        if script == "traditional":
            text = _traditional(text)  # records are given in Simplified characters
        yield Case(
            "appointments", f"{form}/{sep}/{script}/{pair[0]}", text, frozenset(("change", *r) for r in expected)
        )


GENERATORS: dict[str, Callable[[], Iterator[Case]]] = {
    "metadata": metadata_cases,
    "issue": issue_cases,
    "titles": title_cases,
    "notes": note_cases,
    "deadlines": deadline_cases,
    "rosters": roster_cases,
    "appointments": appointment_cases,
}


def all_cases() -> list[Case]:
    return [case for gen in GENERATORS.values() for case in gen()]


def sample(n: int) -> list[Case]:
    """About n cases, every k-th of each class's product (deterministic), every class kept."""
    out: list[Case] = []
    by_class = [list(gen()) for gen in GENERATORS.values()]
    total = sum(map(len, by_class))
    for cases in by_class:
        share = max(1, round(n * len(cases) / total))
        step = max(1, len(cases) // share)
        out.extend(cases[::step])
    return out


# --- scoring -------------------------------------------------------------------------------------
def predicted(case: Case, result: dict[str, Any]) -> set[Record]:
    """The records of the case's class that the tool gave."""
    docs = result.get("documents") or []
    out: set[Record] = set()
    if case.cls in ("metadata", "titles", "issue"):
        for doc in docs:
            if doc.get("title"):
                out.add(("title", doc["title"]))
            if doc.get("doc_number"):
                out.add(("doc_number", doc["doc_number"]["text"]))
    if case.cls == "issue":
        issue = result.get("issue") or {}
        for key in ("year", "number", "total_number"):
            if issue.get(key) is not None:
                out.add((key, str(issue[key])))
        out |= {("contents", c["title"]) for c in result.get("contents") or [] if c.get("title")}
        out |= {("section", c["section"]) for c in result.get("contents") or [] if c.get("section")}
    if case.cls == "notes":
        for doc in docs:
            for t in doc.get("tasks") or []:
                out.add(("task", _task_key(t["text"]), "|".join(t["lead_units"]), "|".join(t["support_units"])))
    if case.cls == "deadlines":
        for doc in docs:
            for t in doc.get("tasks") or []:
                dl = t.get("deadline") or {}
                date = "*" if case.form.startswith("kind:") else dl.get("date") or ""
                out.add(("deadline", _task_key(t["text"]), dl.get("kind") or "", date))
    if case.cls == "rosters":
        out = {("member", m["role"], m["person"]) for doc in docs for m in doc.get("members") or []}
        # a roster states no change: any appointment read from it is false
        out |= {("change", a["action"], a["person"]) for doc in docs for a in doc.get("appointments") or []}
    if case.cls == "appointments":
        out = {
            ("change", a["action"], a["person"], a["position"]) for doc in docs for a in doc.get("appointments") or []
        }
    return out


def _task_key(text: str) -> str:
    return text.rstrip("。；;，,").split("。")[0]


@dataclass
class Score:
    cases: int = 0
    right: int = 0
    missed: int = 0
    false: int = 0
    clean: int = 0  # cases with every record right and none false


def score(case: Case, result: dict[str, Any]) -> tuple[set[Record], set[Record], set[Record]]:
    got = predicted(case, result)
    right = got & case.expected
    missed = set(case.expected) - got
    false = got - case.expected
    if case.cls in ("metadata", "titles", "issue"):
        # a value is false only when it takes the place of an expected one (a wrong title, number);
        # a title of the metadata block's own pseudo-document with no value is not counted.
        kinds = {r[0] for r in case.expected}
        false = {r for r in false if r[0] in kinds}
    return right, missed, false


def run(cases: list[Case]) -> tuple[dict[str, Score], list[tuple[Case, set[Record], set[Record]]]]:
    from gazette_extract.pipeline import extract_str

    scores: dict[str, Score] = {}
    failures: list[tuple[Case, set[Record], set[Record]]] = []
    for case in cases:
        result = extract_str(case.text)
        right, missed, false = score(case, result)
        s = scores.setdefault(case.cls, Score())
        s.cases += 1
        s.right += len(right)
        s.missed += len(missed)
        s.false += len(false)
        s.clean += not missed and not false
        if missed or false:
            failures.append((case, missed, false))
    return scores, failures


def table(scores: dict[str, Score]) -> str:
    rows = ["| class | cases | clean | expected | right | missed | false |", "|---|---:|---:|---:|---:|---:|---:|"]
    tot = Score()
    for cls, s in scores.items():
        rows.append(f"| {cls} | {s.cases} | {s.clean} | {s.right + s.missed} | {s.right} | {s.missed} | {s.false} |")
        for f in ("cases", "right", "missed", "false", "clean"):
            setattr(tot, f, getattr(tot, f) + getattr(s, f))
    rows.append(
        f"| all | {tot.cases} | {tot.clean} | {tot.right + tot.missed} | {tot.right} | {tot.missed} | {tot.false} |"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="about N cases (every k-th); default: all")
    ap.add_argument("--cls", action="append", help="only this class (repeatable)")
    ap.add_argument("--failures", type=int, default=0, help="print up to N failing cases per class")
    ap.add_argument("--forms", action="store_true", help="count failing cases per form prefix")
    args = ap.parse_args(argv)
    cases = sample(args.sample) if args.sample else all_cases()
    if args.cls:
        cases = [c for c in cases if c.cls in args.cls]
    start = time.perf_counter()
    scores, failures = run(cases)
    print(table(scores))
    print(f"\n{len(cases)} cases in {time.perf_counter() - start:.1f} s")
    if args.forms:
        by_form = Counter((c.cls, c.form.split("/")[0]) for c, _, _ in failures)
        for (cls, form), n in sorted(by_form.items()):
            print(f"  {cls:13} {form:28} {n}")
    if args.failures:
        shown: Counter[str] = Counter()
        for case, missed, false in failures:
            if shown[case.cls] >= args.failures:
                continue
            shown[case.cls] += 1
            print(f"\n--- {case.cls} {case.form}\n{case.text}  missed: {sorted(missed)}\n  false:  {sorted(false)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
