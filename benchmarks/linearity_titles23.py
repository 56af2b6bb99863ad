"""Linearity rows of round titles23: each new pattern and the stages that call it, at n and 10n (ratio ~10 or less).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_titles23.py``. The same inputs are asserted in
``tests/test_titles23.py::test_new_patterns_linear``.
"""

from __future__ import annotations

import time

from gazette_extract.layout.chrome import is_site_chrome
from gazette_extract.layout.doubt import is_empty_keys_line
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import SITE_LINK_BAR_RE, TEMPLATE_MARK_RE, split_paragraphs


def best(fn, arg, runs=5):
    b = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn(arg)
        b = min(b, time.perf_counter() - t)
    return b


rows = [
    ("SITE_LINK_BAR_RE.match, links past the bound", lambda s: SITE_LINK_BAR_RE.match(s), "返回首页 ", 2000),
    ("SITE_LINK_BAR_RE.match, separators only", lambda s: SITE_LINK_BAR_RE.match(s), " | ", 2000),
    ("TEMPLATE_MARK_RE.match, dashes", lambda s: TEMPLATE_MARK_RE.match(s), "—", 2000),
    ("is_site_chrome, glued links", is_site_chrome, "加入收藏", 2000),
    (
        "split_paragraphs, bars over headlines",
        split_paragraphs,
        "投稿邮箱  返回首页  加入收藏关于我们\n\n某某镇召开会议\n",
        2000,
    ),
    ("split_paragraphs, marks over titles", split_paragraphs, "The Beginning\n某某县人民政府公告\n", 2000),
    ("pipeline, marks over titles", extract_str, "The Beginning\n某某县人民政府公告\n", 500),
    ("pipeline, bars over headlines", extract_str, "投稿邮箱  返回首页  加入收藏关于我们\n\n某某镇召开会议\n", 500),
    ("is_empty_keys_line, keys past the bound", is_empty_keys_line, "著录日期 ", 2000),
    (
        "pipeline, metadata blocks with empty-key rows",
        extract_str,
        "索引号：010600106/2023-00071\n发布机构：某某县政府办公室\n文号：某财农〔2023〕45号\n著录日期 生效日期\n\n"
        "关于印发某某县实施方案的通知\n\n各乡镇人民政府：\n现将方案印发给你们。\n\n",
        20,
    ),
    (
        "pipeline, spaced-key blocks with an unknown-key row",
        extract_str,
        "关于印发某某县实施方案的通知\n\n文 号 某政办发〔2022〕94号 发布日期 2022-07-26\n"
        "责任部门 某某县住建局 公开方式 主动公开\n\n各相关单位：\n现将方案印发给你们。\n\n",
        20,
    ),
]
for name, fn, unit, n in rows:
    a, b = best(fn, unit * n), best(fn, unit * n * 10)
    print(f"{name}: n={n} {a * 1000:.3f} ms, 10n {b * 1000:.3f} ms, ratio {b / a if a else 0:.1f}")
