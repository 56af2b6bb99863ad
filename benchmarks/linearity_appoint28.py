"""appoint28: 10x-input timing for the round's new and changed patterns (ratio near 10 = linear).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_appoint28.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

import gazette_extract.records.appointments as AP
from gazette_extract.pipeline import extract_str
from gazette_extract.records import people as P
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import lists as L

cases: dict[str, Callable[[int], object]] = {
    "_REASON_RE (因…30, 故)": lambda n: C._REASON_RE.match("张三先生因" + "工作" * n + "，故申请辞去X"),
    "_REASON_RE, n clauses": lambda n: [C._REASON_RE.match(c) for c in ["张三因工作，故申请辞去公司董事职务"] * n],
    "_GLUED_LEAD_NAME_RE (先生)": lambda n: (lambda s: [C._GLUED_LEAD_NAME_RE.match(s, i) for i in range(2, 6 * n, 6)])(
        "因此许晶先生申请辞去" * n
    ),
    "_PROPOSAL_AFTER_POST_RE": lambda n: AP._PROPOSAL_AFTER_POST_RE.sub(
        "，", "董事、提名委员会委员、提名与薪酬委员会委员、提名为" * n
    ),
    "_POST_SEPARATOR_RE (以及)": lambda n: P._POST_SEPARATOR_RE.split("独立董事以及各专门委员会委员及" * n),
    "_VERB_AFTER_LIST_MARK_RE (、聘/任)": lambda n: L._VERB_AFTER_LIST_MARK_RE.split(
        "任命张三为某局局长、聘李四同志为某局副局长、任" * n
    ),
    "_ELECTION_HEADING_RE": lambda n: L._ELECTION_HEADING_RE.match("一、" + "选" * n + "举"),
    "_BOARD_TAIL_RE": lambda n: M._BOARD_TAIL_RE.search("公司第十届董事会" * n + "x"),
    "_NAME_ONLY_RE (ground 30), n clauses": lambda n: [
        L._NAME_ONLY_RE.match(c) for c in ["刘干江先生因调任控股股东湘潭电化集团有限公司副董事长兼总经理"] * n
    ],
    "_HELD_BEFORE_RE (申请辞去)": lambda n: M._HELD_BEFORE_RE.search(
        "公司原董事长张三同志因工作安排申请" * n + "申请辞去"
    ),
    "_REASON_RE, one long ground": lambda n: C._REASON_RE.match("张三" + "因" + "工作" * n + "，故申请辞去X"),
    "RESIGN_FILLER_RE (辞任)": lambda n: C.RESIGN_FILLER_RE.sub("", "徐文超女士提请辞任公司董事会秘书、" * n),
    "pipeline: list with subheadings": lambda n: extract_str(
        "某县人民代表大会常务委员会任免名单\n一、任命\n"
        + "（一）县人民政府\n张三为县财政局局长\n" * n
        + "\n某县人大常委会办公室\n"
    ),
    "pipeline: election heading list": lambda n: extract_str(
        "某县第十七届人民代表大会第一次会议选举名单\n一、选举\n"
        + "张三为某县人民政府副县长\n" * n
        + "\n某县人大常委会办公室\n"
    ),
    "pipeline: company notice sentences": lambda n: extract_str(
        "关于董事辞职的公告\n"
        + "因此许晶先生申请辞去第四届董事会董事、董事长、总裁的职务。刘干江先生因工作原因,故申请辞去公司总经理职务。"
        * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=42)
