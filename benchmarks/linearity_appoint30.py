"""appoint30: 10x-input timing for the round's new patterns (ratio near 10 = linear; near 1 = bounded, fails fast).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_appoint30.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.pipeline import extract_str
from gazette_extract.records import people as P
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import lists as L

cases: dict[str, Callable[[int], object]] = {
    "_ORDER_LEAD_RE, n clauses": lambda n: [C._ORDER_LEAD_RE.match(c) for c in ["派张三为本府民政处处长"] * n],
    "_ORDER_LEAD_RE, one long clause": lambda n: C._ORDER_LEAD_RE.match("免兼张三" + "本府" * n + "职务"),
    "_COMMISSION_ENDED_RE, long post": lambda n: C._COMMISSION_ENDED_RE.match(
        "终止陈大文担任" + "局" * n + "的定期委任"
    ),
    "_COMMISSION_RENEWED_RE, long ground": lambda n: C._COMMISSION_RENEWED_RE.match(
        "梁颖妍—根据" + "第五条" * n + "，其担任法务局局长的定期委任，自二零二五年五月十日起续期一年"
    ),
    "_COMMISSION_RENEWED_RE, n entries": lambda n: [
        C._COMMISSION_RENEWED_RE.match(c)
        for c in ["梁颖妍—根据第15/2009号法律的规定，其担任法务局局长的定期委任，自二零二五年五月十日起续期一年"] * n
    ],
    "_HELD_POSTS_LIST_RE, long list": lambda n: C._HELD_POSTS_LIST_RE.search(
        "聘任" + "前外交部部长简又新、" * n + "等7人,为无任所大使"
    ),
    "_HELD_POSTS_LIST_RE, no 为": lambda n: C._HELD_POSTS_LIST_RE.search("聘任前外交部部长简又新、" * n),
    "_COUNTED_POST_RE, n posts": lambda n: [M._COUNTED_POST_RE.match(p) for p in ["7名无任所大使"] * n],
    "_NAMES_HEADER_RE (已/再度)": lambda n: L._NAMES_HEADER_RE.match("行政长官" + "亦" * n + "再度委任以下人士为委员"),
    "TRIGGER_RE (派…为)": lambda n: P.TRIGGER_RE.findall("派张三为处长，" * n),
    "pipeline: Taiwan 人事命令 items": lambda n: extract_str(
        "人事命令\n" + "一、派王小明為本府民政處處長。\n二、免兼張三本府秘書處處長職務。\n" * n
    ),
    "pipeline: Macau 批示摘錄 entries": lambda n: extract_str(
        "批示摘錄\n"
        + "梁穎妍—根據第15/2009號法律的規定，其擔任法務局局長的定期委任，自二零二五年五月十日起續期一年。\n" * n
    ),
    "pipeline: 人事異動表 rows": lambda n: extract_str(
        "人事異動表\n姓名 原職 新職\n" + "王小明 民政處科長 民政處副處長\n" * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=42)
