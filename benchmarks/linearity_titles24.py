"""Linearity rows of round titles24: each new pattern and the stages that call it, at n and 10n (ratio ~10 or less).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_titles24.py``. The same inputs are asserted under an alarm in
``tests/test_titles24.py::test_new_patterns_linear`` and ``test_pipeline_on_glued_titles_linear``. The per-line work of
``split_title_glue`` and ``has_furniture_tail`` is bounded (lines of at most ``GLUE_LINE_MAX`` characters, at most
``_GAPS_MAX`` gaps): a longer adversarial input is refused by its length first.
"""

from __future__ import annotations

import time

from gazette_extract.layout.titleglue import split_title_glue
from gazette_extract.pipeline import extract_str
from gazette_extract.text.newshead import GLUE_KEY_INSIDE_RE, GLUE_KEYED_RE, GLUE_PIECE_RE, has_furniture_tail
from gazette_extract.text.normalize import split_paragraphs
from gazette_extract.text.pagetitle import page_title_head

NOTICE = "关于印发某某县防汛抗旱应急预案的通知"
NEWS = "区政协召开五届五十六次主席会议"


def best(fn, arg, runs=5):
    b = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn(arg)
        b = min(b, time.perf_counter() - t)
    return b


rows = [
    ("GLUE_PIECE_RE.match, tool words past the bound", lambda s: GLUE_PIECE_RE.match(s), "打印 ", 2000),
    ("GLUE_PIECE_RE.match, byline names past the bound", lambda s: GLUE_PIECE_RE.match(s), "记者 张三 ", 2000),
    ("GLUE_KEYED_RE.match, keys", lambda s: GLUE_KEYED_RE.match(s), "来源：", 2000),
    ("GLUE_KEY_INSIDE_RE.search, keys without colons", lambda s: GLUE_KEY_INSIDE_RE.search(s), "来源 ", 2000),
    ("split_title_glue, keys and gaps (refused by length)", split_title_glue, " 来源：", 2000),
    ("has_furniture_tail, tool words (refused by length)", has_furniture_tail, " 打印", 2000),
    ("page_title_head, farm tags", page_title_head, "-环球观点", 2000),
    (
        "split_paragraphs, glued titles",
        split_paragraphs,
        f"{NOTICE} 发布时间：2021-03-05 来源：某某县政府办 浏览次数：123\n\n{NEWS} 记者 张三\n\n",
        500,
    ),
    (
        "pipeline, glued titles",
        extract_str,
        f"{NOTICE} 发布时间：2021-03-05 来源：某某县政府办 浏览次数：123\n\n{NEWS} 记者 张三\n\n",
        50,
    ),
]
for name, fn, unit, n in rows:
    a, b = best(fn, unit * n), best(fn, unit * n * 10)
    print(f"{name}: n={n} {a * 1000:.3f} ms, 10n {b * 1000:.3f} ms, ratio {b / a if a else 0:.1f}")
