"""tpages21: 10x-input timing for the round's new and changed patterns (ratio near 10 = linear; near 1 = bounded).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_tpages21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout import storyday as D
from gazette_extract.pipeline import extract_str
from gazette_extract.records.people import is_person_name

cases: dict[str, Callable[[int], object]] = {
    "_DECIDED_DAY_RE, long basis without a full stop": lambda n: D._DECIDED_DAY_RE.match(
        "根据某某的建议，" * n + "国务院2022年2月24日决定：免去某某职务"
    ),
    "_DECIDED_DAY_RE, dates without 决定": lambda n: D._DECIDED_DAY_RE.match("2022年2月24日" * n),
    "lead_day, dateline then a long basis": lambda n: D.lead_day(
        "新华社北京2月28日电 " + "依照某某规定，" * n + "国务院2022年2月24日决定：免去某某职务。", "2022-02-28"
    ),
    "year_lead_day, dates run": lambda n: D.year_lead_day("2019年11月19日" * n + "决定："),
    "is_person_name, 成为 heads": lambda n: [is_person_name("成为继") for _ in range(n)],
    "pipeline: decided-day stories": lambda n: extract_str(
        "国务院免去张三某局局长职务\n来源： 新华网\n2022-02-28 11:17\n"
        + "新华社北京2月28日电 依照某法的有关规定，国务院2022年2月24日决定：免去张三的某局局长职务。\n" * n
    ),
    "pipeline: 成为继 clauses": lambda n: extract_str(
        "崔世安如获任命，将于十二月二十日宣誓就职，成为继何厚铧之后的第二位澳门特区行政长官。\n" * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=46)
