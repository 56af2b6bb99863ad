"""appoint31: 10x-input timing for the round's new patterns (ratio near 10 = linear; near 1 = bounded, fails fast).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_appoint31.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.pipeline import extract_str
from gazette_extract.records import appointments as I
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import news_prose as N

cases: dict[str, Callable[[int], object]] = {
    "_OWN_REMOVAL_TAIL_RE, long post": lambda n: C._OWN_REMOVAL_TAIL_RE.match("县委" * n + "副部长职务"),
    "_OWN_REMOVAL_TAIL_RE, n clauses": lambda n: [
        C._OWN_REMOVAL_TAIL_RE.match(c) for c in ["县委组织部副部长职务。"] * n
    ],
    "_OWN_RESIGNATION_RE, long post": lambda n: C._OWN_RESIGNATION_RE.match("同时一并辞去" + "公司" * n + "职务"),
    "_SESSION_DECIDES_RE, long lead": lambda n: C._SESSION_DECIDES_RE.match("公司" * n + "董事会同意张三不再担任X"),
    "_SESSION_DECIDES_RE, bodies no lead": lambda n: C._SESSION_DECIDES_RE.match("市委" * n),
    "_NAME_FIRST_RE (rank), long names": lambda n: C._NAME_FIRST_RE.match("吴玲、" * n + "教授被聘为学院院长"),
    "_ADVERB_BEFORE_MOVE_RE (接替), n clauses": lambda n: list(
        C._ADVERB_BEFORE_MOVE_RE.finditer("张三近日接替李四任县财政局局长，" * n)
    ),
    "_MOVED_TO_BODY_RE (调任…担任), n moves": lambda n: I._MOVED_TO_BODY_RE.sub(
        I._moved_to_body, "张三调任市财政局担任局长，" * n
    ),
    "_MOVED_TO_BODY_RE, 调任 without 担任": lambda n: I._MOVED_TO_BODY_RE.sub(I._moved_to_body, "调任" * n),
    "_AFFILIATED_NAME_RE, n items": lambda n: I._without_affiliations("阜外医院郑哲教授、" * n + "当选为副主委"),
    "_AFFILIATED_NAME_RE, no rank": lambda n: I._without_affiliations("阜外医院郑哲、" * n + "当选为副主委"),
    "_SECOND_RESIGN_RE (一并), n clauses": lambda n: N._SECOND_RESIGN_RE.sub("、", "一并辞去公司董事职务，" * n),
    "pipeline: 任X，免去Y职务 items": lambda n: extract_str(
        "关于干部任免的通知\n" + "张三同志任县委办公室主任，免去县委组织部副部长职务；\n" * n
    ),
    # one clause per item (a list of 2,000 names in one clause overflows the recursion of _people_splits on main's
    # code already, with or without affiliations — reported to the lead)
    "pipeline: elected with affiliations": lambda n: extract_str(
        "学会换届\n" + "经选举，阜外医院郑哲教授、武汉大学人民医院唐其柱教授当选为副主任委员。\n" * n
    ),
    "pipeline: 同时一并辞去 sentences": lambda n: extract_str(
        "公告\n" + "张三申请辞去公司董事长职务，同时一并辞去公司战略委员会主任委员职务。\n" * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=42)
