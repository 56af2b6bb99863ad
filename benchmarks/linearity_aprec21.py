"""aprec21: 10x-input timing for the round's new patterns (ratio near 10 = linear; near 1 = bounded, fails fast).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_aprec21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

import gazette_extract.records.appointments as A
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import clauses as C

cases: dict[str, Callable[[int], object]] = {
    "_NEGATED_CHANGE_RE, n clauses": lambda n: C._NEGATED_CHANGE_RE.findall("张三没有被任命为县财政局局长，" * n),
    "_NEGATED_CHANGE_RE, lead run": lambda n: C._NEGATED_CHANGE_RE.search("并未没有从未" * n),
    "_NEGATED_CHANGE_RE, 被 run": lambda n: C._NEGATED_CHANGE_RE.search("未" + "被" * n),
    "_RUMOUR_QUOTE_RE, n quotations": lambda n: A._RUMOUR_QUOTE_RE.sub(
        A._blank_quotation, "说法是“张三转任县财政局局长”。" * n
    ),
    "_RUMOUR_QUOTE_RE, never closed": lambda n: A._RUMOUR_QUOTE_RE.findall("说法是“" + "张三转任" * n),
    "_RUMOUR_QUOTE_RE, lead and opener run": lambda n: A._RUMOUR_QUOTE_RE.findall("传言“" * n),
    "_RUMOUR_QUOTE_RE, labels run": lambda n: A._RUMOUR_QUOTE_RE.findall("疯传“最新”，“最新”" * n),
    "_without_item_mark, n items": lambda n: [A._without_item_mark("1、1998年") for _ in range(n)],
    "_ITEM_BEFORE_YEAR_RE, digit run": lambda n: A._ITEM_BEFORE_YEAR_RE.sub("", "1、" + "1" * n, count=1),
    "pipeline: denied changes": lambda n: extract_str("人事\n" + "并未任命张三为县财政局局长。\n" * n),
    "pipeline: dated list items": lambda n: extract_str("人事\n" + "一、2015年3月，张三任县财政局局长。\n" * n),
    "pipeline: rumoured quotations": lambda n: extract_str("人事\n" + "说法是“张三转任县财政局局长”。\n" * n),
    "pipeline: a proposal table's rows": lambda n: extract_str(
        "人事\n| 姓名 | 现任职务 | 拟任职务 |\n" + "| 张三 | 县财政局副局长 | 县财政局局长 |\n" * n
    ),
    "pipeline: 公示 leads in every block": lambda n: extract_str("现将拟任人选公示如下：\n" * n),
    "pipeline: 所谓 claims": lambda n: extract_str("人事\n" + "有所谓张三接任县财政局局长一职。\n" * n),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=42)
