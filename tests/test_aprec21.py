"""Round aprec21 (issue 9, session 21): appointment precision on pages that state no change.

Classes (each row synthetic, Simplified and Traditional, every separator the class takes; negatives are the true
changes beside them, which must stay):
* a personnel verb denied right before it (vocab NEGATED_CHANGE_LEADS: 并未任命A为X, A没有被任命为X, A从未担任X) —
  gave the appointment, and 没有被 split 欧阳文华 into 欧阳文 + 华没有;
* a bare year opening a list item or a table cell (一、2015年3月，A任X / | 2015年3月，A任X |), or closed by ；
  (2015年3月；A任X), dates a career step as it does in prose (2015年3月，A任X was already a biography);
* a quotation right after a rumour's word (vocab RUMOUR_QUOTE_LEADS: 说法是“A转任X，B调任Y”) is talked of, not made
  (4huh31 2014, dev: five false moves);
* 所谓 joins the rumour leads (vocab RUMOUR_LEADS): 有所谓A接任X一职 (ucmanga, dev: one false appointment);
* a 任前公示 is a public notice when its title or its lead (现将拟任人选公示如下) stands in one of the document's first
  blocks, after a breadcrumb or a publish line (vocab PUBLIC_NOTICE_LEADS, PUBLIC_NOTICE_HEAD_BLOCKS); the same table
  under a neutral title is still read as a 任免名单 (round 6's decision; strict xfail rows, for the lead).
The generator behind these rows is ``benchmarks/appointment_precision.py``; the timings are in
``benchmarks/linearity_aprec21.py`` and in ``test_linear_*`` below (under an alarm).
"""

from __future__ import annotations

import opencc
import pytest
from linear_helpers import alarm as _alarm
from linear_helpers import best_cpu as _cpu

from gazette_extract.pipeline import extract_str

A, R, S = "appoint", "remove", "resign"
_HEAD = "关于干部工作的通知\n"
_S2T = opencc.OpenCC("s2t")


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    """(action, person, position) of a whole text through ``extract_str``."""
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def _both_scripts(rows: list[tuple[str, list[tuple[str, str, str | None]]]]) -> list[tuple[str, object]]:
    """Each row in Simplified and in Traditional (the tool reports Simplified either way)."""
    out: list[tuple[str, object]] = []
    for text, expected in rows:
        out.append((text, expected))
        out.append((str(_S2T.convert(text)), expected))
    return out


def _ids(rows: list[tuple[str, object]]) -> list[str]:
    return [text.replace("\n", "/")[:60] for text, _ in rows]


# ---------------------------------------------------------------- 1. a verb denied before it
_DENIED_VERBS = [
    "并未任命张建国为县财政局局长",
    "尚未任命张建国为县财政局局长",
    "张建国没有被任命为县财政局局长",
    "欧阳文华没有被任命为区人民政府副区长",
    "张建国未被免去县财政局局长职务",
    "张建国从未担任县财政局局长",
    "张建国从没担任过县财政局局长",
    "张建国未曾担任县财政局局长",
    "张建国不会出任县财政局局长",
    "张建国不可能出任县财政局局长",
    "张建国并非被任命为县财政局局长",
    "张建国无意出任县财政局局长",
    "张建国没有辞去县财政局局长职务",
    "张建国还没出任县财政局局长",
    "张建国、李红均未出任县财政局局长",
    "会议并未选举张建国为县长",
]
_PLACES = [
    ("body", lambda s: _HEAD + s + "。\n"),
    ("list", lambda s: _HEAD + "一、" + s + "。\n二、其他事项。\n"),
    ("title", lambda s: s + "\n2024年3月1日\n"),
    ("cell", lambda s: _HEAD + "| 姓名 | 情况 |\n| --- | --- |\n| " + s + " |\n"),
    ("semicolon", lambda s: _HEAD + "经研究；" + s + "；特此说明。\n"),
]
DENIED_ROWS = _both_scripts([(place(s), []) for s in _DENIED_VERBS for _, place in _PLACES])

# the true changes beside them: 不再担任 is a removal, 未来 is a word, a denial in another clause leaves the change
DENIED_NEGATIVES = _both_scripts(
    [
        (_HEAD + "张建国不再担任县财政局局长职务。\n", [(R, "张建国", "县财政局局长")]),
        (_HEAD + "任命张建国为未来科技城管委会主任。\n", [(A, "张建国", "未来科技城管委会主任")]),
        (_HEAD + "任命张建国为县财政局局长，其原职务未作调整。\n", [(A, "张建国", "县财政局局长")]),
        (_HEAD + "任命张建国为县财政局局长；李红未任县审计局局长。\n", [(A, "张建国", "县财政局局长")]),
        (_HEAD + "张建国被任命为县财政局局长。\n", [(A, "张建国", "县财政局局长")]),
        # a two-character name ending in 未 / 没 before its verb (no lead is one character)
        (_HEAD + "李未任公司总经理。\n", [(A, "李未", "公司总经理")]),
        (_HEAD + "任命李未为县财政局局长。\n", [(A, "李未", "县财政局局长")]),
        (_HEAD + "免去张建国的县财政局局长职务。\n", [(R, "张建国", "县财政局局长")]),
        (_HEAD + "接受张建国辞去县财政局局长职务的请求。\n", [(S, "张建国", "县财政局局长")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), DENIED_ROWS + DENIED_NEGATIVES, ids=_ids(DENIED_ROWS + DENIED_NEGATIVES))
def test_denied_verb(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- 2. a bare year opening an item or a cell
_DATED = ["2015年3月{s}欧阳文华任县委常委、副县长", "1998年{s}张建国任镇党委书记", "2015年3月起{s}李红任县财政局局长"]
_SEPARATORS = ["，", ",", "：", ":", "；", ";"]
_ITEMS = ["一、", "1. ", "1、", "（一）", "(1)", "①", ""]  # "1.2015年" is a decimal to the list reader
DATED_ROWS = _both_scripts(
    [
        (_HEAD + item + dated.format(s=s) + "。\n二、其他事项。\n", [])
        for dated in _DATED
        for s in _SEPARATORS
        for item in _ITEMS
    ]
    + [
        (_HEAD + "| 姓名 | 情况 |\n| --- | --- |\n| " + dated.format(s=s) + " |\n", [])
        for dated in _DATED
        for s in _SEPARATORS
    ]
)
# the true changes beside them: a decision's date to the day, a verb of decision, no date, a decision title
DATED_NEGATIVES = _both_scripts(
    [
        (_HEAD + "一、2024年3月1日，县委决定张建国任县财政局局长。\n", [(A, "张建国", "县财政局局长")]),
        (_HEAD + "一、张建国任县财政局局长。\n二、其他事项。\n", [(A, "张建国", "县财政局局长")]),
        (_HEAD + "一、经研究，张建国任县财政局局长。\n", [(A, "张建国", "县财政局局长")]),
        ("关于干部任免的通知\n一、2015年3月，张建国任县财政局局长。\n", [(A, "张建国", "县财政局局长")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), DATED_ROWS + DATED_NEGATIVES, ids=_ids(DATED_ROWS + DATED_NEGATIVES))
def test_bare_year_opening_an_item(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- 3. a quotation after a rumour's word
_RUMOUR_LEADS = ["其中最为具体的说法是", "有传言称：", "坊间传闻", "网上谣言称", "谣传", "网传", "业内疯传", "业内流传", "盛传", "据传",
                 "小道消息称", "传出"]  # fmt: skip
_QUOTES = [("“", "”"), ("「", "」"), ("『", "』"), ('"', '"')]
_QUOTED = "张建国转任县财政局局长，李红调任县审计局局长"
QUOTED_ROWS = _both_scripts(
    [(_HEAD + lead + o + _QUOTED + c + "。经核实，纯属谣言。\n", []) for lead in _RUMOUR_LEADS for o, c in _QUOTES]
    + [(_HEAD + "网络疯传所谓“最新消息”，称：“张建国出任县委书记！李红免职。王强任县长。”\n", [])]
)
# the true changes beside them: a quotation of a decision announced, a change after the rumour's sentence, a rumour
# word far before the quotation (more than RUMOUR_QUOTE_GAP characters) in a sentence of its own
QUOTED_NEGATIVES = _both_scripts(
    [
        (_HEAD + "会议宣布：“任命张建国为县财政局局长。”\n", [(A, "张建国", "县财政局局长")]),
        (_HEAD + "说法是“张建国转任X”。会议决定任命李红为县审计局局长。\n", [(A, "李红", "县审计局局长")]),
        (_HEAD + "会议纠正了此前的说法。\n会议决定：“任命张建国为县财政局局长。”\n", [(A, "张建国", "县财政局局长")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), QUOTED_ROWS + QUOTED_NEGATIVES, ids=_ids(QUOTED_ROWS + QUOTED_NEGATIVES))
def test_rumoured_quotation(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- 4. 所谓: a claim held untrue
SO_CALLED_ROWS = _both_scripts(
    [
        (_HEAD + "有所谓前立法院长张建国接任海基会董事长一职，纯属谣言。\n", []),
        (_HEAD + "根据特定媒体报导指出,有所谓张建国接任海基会董事长一职.\n", []),
        (_HEAD + "所谓张建国出任县财政局局长的消息，并不属实。\n", []),
    ]
)
SO_CALLED_NEGATIVES = _both_scripts(
    [
        (_HEAD + "所谓传闻并不属实。会议决定任命张建国为县财政局局长。\n", [(A, "张建国", "县财政局局长")]),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"), SO_CALLED_ROWS + SO_CALLED_NEGATIVES, ids=_ids(SO_CALLED_ROWS + SO_CALLED_NEGATIVES)
)
def test_so_called(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- 5. a 任前公示 whose title is not the first block
_TABLES = [
    "| 姓名 | 现任职务 | 拟任职务 |\n| --- | --- | --- |\n| 张建国 | 县财政局副局长 | 县财政局局长 |\n",
    "| 姓名 | 性别 | 现职 | 拟任 |\n| 张建国 | 男 | 县财政局副局长 | 县财政局局长 |\n",
    "| 序号 | 姓名 | 出生年月 | 现工作单位及职务 | 拟提任职务 |\n| 1 | 张建国 | 1975.03 | 县财政局副局长 | 县财政局局长 |\n",
    "| 姓名 | 现任单位及职务 | 拟任命职务 |\n| 张建国 | 县财政局副局长 | 县财政局局长 |\n",
]
_HEADS = [
    "首页 > 通知公告 > 正文\n干部任前公示\n",
    "发布时间：2024-03-01\n关于张建国等同志任前公示的公告\n",
    "首页>通知公告\n发布时间:2024-03-01\n来源：县委组织部\n根据有关规定，现将拟任人选公示如下：\n",
]
NOTICE_ROWS = _both_scripts([(head + table, []) for head in _HEADS for table in _TABLES])
# Left for the lead, settled in session 21 (tests/test_lead21.py): the same table under a neutral title, read as a
# 任免名单 since round 6, gives nothing now — proposed posts beside current posts are changes only with a decision in
# view (FORMAT.md: 拟任 is no change; no dev page shows this layout either way); and a bare 任前公示 line the document
# split drops before a publish line (the reader never sees it) is covered by the same rule.
_LEFT_HEADS = [_HEAD, "任前公示\n发布时间：2024-03-01 来源：县委组织部\n"]
NOTICE_LEFT = [
    pytest.param(
        text,
        expected,
        id="left-" + text.replace("\n", "/")[:50],
    )
    for text, expected in _both_scripts(
        [(head + table, []) for head in _LEFT_HEADS for table in _TABLES if "拟提任" not in table]
    )
]
# (拟提任职务 is no change header: that table gives nothing under any head)
NOTICE_ROWS += _both_scripts([(head + table, []) for head in _LEFT_HEADS for table in _TABLES if "拟提任" in table])
# the true changes beside them: a 任免名单 of 拟任 | 拟免 columns without a current post (round 6), a decided column
# beside the current post, a decision after the 公示 period, a notice titled as a decision under a breadcrumb
NOTICE_NEGATIVES = _both_scripts(
    [
        (
            "关于干部任免的通知\n| 姓名 | 拟任职务 | 拟免职务 |\n| --- | --- | --- |\n| 张建国 | 县财政局局长 | 县审计局局长 |\n",
            [(A, "张建国", "县财政局局长"), (R, "张建国", "县审计局局长")],
        ),
        (
            "关于干部任免的通知\n| 姓名 | 现任职务 | 任命职务 |\n| --- | --- | --- |\n| 张建国 | 县审计局局长 | 县财政局局长 |\n",
            [(A, "张建国", "县财政局局长")],
        ),
        (
            "关于干部任免的通知\n张建国同志任职前公示期满，无异议，决定任命张建国为县财政局局长。\n",
            [(A, "张建国", "县财政局局长")],
        ),
        (
            "首页 > 通知公告\n关于张建国同志任职的通知\n经任前公示，决定任命张建国为县财政局局长。\n",
            [(A, "张建国", "县财政局局长")],
        ),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(t, e, id=k)
        for (t, e), k in zip(NOTICE_ROWS + NOTICE_NEGATIVES, _ids(NOTICE_ROWS + NOTICE_NEGATIVES), strict=True)
    ]
    + NOTICE_LEFT,
)
def test_public_notice_below_the_head(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _changes(text) == expected


def test_no_row_twice() -> None:
    rows = [
        t for t, _ in DENIED_ROWS + DENIED_NEGATIVES + DATED_ROWS + DATED_NEGATIVES + QUOTED_ROWS + QUOTED_NEGATIVES
    ]
    assert len(rows) == len(set(rows))


# ---------------------------------------------------------------- linearity (under an alarm)


@pytest.mark.parametrize(
    "unit",
    [
        "并未没有从未未被",  # negation leads with no verb after them
        "说法是“" + "张" * 30,  # a rumour's quotation never closed
        "传言传出据传网传“",  # rumour leads and openers
        "所谓所谓所谓",
        "一、2015年3月，",  # dated items
    ],
)
def test_linear_pipeline(unit: str) -> None:
    from gazette_extract.records.appointments import _RUMOUR_QUOTE_RE
    from gazette_extract.records.appointments.clauses import _NEGATED_CHANGE_RE

    small, large = unit * 400, unit * 4000
    with _alarm(60):
        for fn in (_NEGATED_CHANGE_RE.search, _RUMOUR_QUOTE_RE.findall):
            t1, t10 = _cpu(fn, small), _cpu(fn, large)
            assert t10 < max(t1 * 25, 0.05)
        t1, t10 = _cpu(extract_str, _HEAD + small + "。\n"), _cpu(extract_str, _HEAD + large + "。\n")
        assert t10 < max(t1 * 25, 0.5)
