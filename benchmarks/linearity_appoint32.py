"""appoint32: 10x-input timing for the round's new patterns (ratio near 10 = linear; near 1 = bounded, fails fast).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_appoint32.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import news_prose as P
from gazette_extract.records.appointments import news_trad as T
from gazette_extract.records.appointments import sessions as S

cases: dict[str, Callable[[int], object]] = {
    "_HOLDER_DESCRIBED_RE, n clauses": lambda n: T._HOLDER_DESCRIBED_RE.sub(
        T._holder_described, "律政司司长由资深大律师林定国接任，" * n
    ),
    "_HOLDER_DESCRIBED_RE, 由 without a verb": lambda n: T._HOLDER_DESCRIBED_RE.sub(T._holder_described, "由" * n),
    "_HOLDER_DESCRIBED_RE, long description": lambda n: T._HOLDER_DESCRIBED_RE.sub(
        T._holder_described, "由" + "律师、" * n + "林定国接任"
    ),
    "_LEAVING_TITLE_RE, n clauses": lambda n: T._LEAVING_TITLE_RE.sub(
        T._leaving_title, "新北市客家局长林素琴卸任局长，" * n
    ),
    "_LEAVING_TITLE_RE, 卸任 run": lambda n: T._LEAVING_TITLE_RE.sub(T._leaving_title, "卸任" * n),
    "_FORMER_IN_HELD_RE, n clauses": lambda n: T._FORMER_IN_HELD_RE.sub(
        T._former_in_held, "侨委会前委员长童振源卸任，" * n
    ),
    "_FORMER_IN_HELD_RE, 前 run": lambda n: T._FORMER_IN_HELD_RE.sub(T._former_in_held, "前" * n + "卸任"),
    "_LIST_ALL_RE, n lists": lambda n: T._LIST_ALL_RE.sub(T._list_all, "张三、李四,皆调升县财政局局长。" * n),
    "_LIST_ALL_RE, comma run": lambda n: T._LIST_ALL_RE.sub(T._list_all, "张三、" + "，" * n + "皆调升X"),
    "_listed_formers, n items": lambda n: T._listed_formers("，东区区公所区长黄炳元(原官田区公所区长)" * n),
    "_listed_formers, open brackets": lambda n: T._listed_formers("，东区区公所区长黄炳元(原" * n),
    "_continued_posts, 原任 clause": lambda n: [
        S._continued_posts("原任云林县警察局虎尾分局分局长", [("appoint", "方子钦", "台东分局长", None)], ())
        for _ in range(n)
    ],
    "single_char_moves, rumour leads": lambda n: P.single_char_moves("据传署督察室主任颜旺盛调国道警察局长，" * n),
    "pipeline: described holders": lambda n: extract_str(
        "人事\n" + "桃园县警局长由台当局“警政署副署长”刘勤章出任。\n" * n
    ),
    "pipeline: lists with 皆 and a comma": lambda n: extract_str(
        "人事\n" + "基隆市警局长陈逸峰、桃园县警局长黎文明,皆调升为“警政委员”。\n" * n
    ),
    "pipeline: leavings after the post held": lambda n: extract_str(
        "人事\n" + "新北市客家局长林素琴因生涯规画卸任局长。\n" * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=42)
