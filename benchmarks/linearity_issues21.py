"""issues21: adversarial 10x-input timing for session 21's new and changed patterns and loops.

Ratio near 10 = linear; near 1 = bounded (fails fast, or a length gate); near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_issues21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout import fields as F
from gazette_extract.layout import metadata as MD
from gazette_extract.layout.blocks import PARAGRAPH, Block
from gazette_extract.pipeline import extract_str
from gazette_extract.text import normalize as N

KB = 1000  # characters per unit of n in the one-line cases: n = 100 gives a 100 KB line

cases: dict[str, Callable[[int], object]] = {
    # DOCUMENT_FILE_PATTERN with its number prefix (text.normalize)
    "_DOCUMENT_FILE_LINE_RE, 号: run, no extension": lambda n: N._DOCUMENT_FILE_LINE_RE.match("号:" * (KB // 2 * n)),
    "_DOCUMENT_FILE_LINE_RE, 100n KB name + .pdf": lambda n: N._DOCUMENT_FILE_LINE_RE.match(
        "某" * 39 + "号:" + "某" * (KB * n) + ".pdf"
    ),
    "_DOCUMENT_FILE_LINE_RE, 号 run + .pdf": lambda n: N._DOCUMENT_FILE_LINE_RE.match("号" * (KB * n) + ".pdf"),
    # template slots (layout.metadata)
    "_SLOT_RUN_RE / _ZERO_RUN_RE, 100n KB of 0": lambda n: MD.is_template_block({"date": "0" * (KB * n) + "1日"}),
    "_SLOT_RUN_RE, X then digits": lambda n: MD.is_template_block({"doc_number": "X1" * (KB // 2 * n) + "号"}),
    # loops, through the pipeline
    "pipeline: 10n file lines 某号:某.pdf": lambda n: extract_str(
        ("邹政办字〔2019〕33号:关于印发某某方案的通知.pdf\n下载文档\n") * (10 * n)
    ),
    "pipeline: 10n template blocks": lambda n: extract_str(
        ("发文日期:中华民国000年00月00日\n发文字号:○○字第0000000000号\n速别:普通件\n主旨:某某。\n\n") * (10 * n)
    ),
    "pipeline: 10n 全文如下 + titles": lambda n: extract_str(
        "某某新闻标题\n\n今日，某某发布公告。\n\n"
        + ("全文如下：\n\n关于延长某某措施实施时间的公告\n\n当前，某某正经历高温天气，现将有关事项公告如下。\n\n")
        * (10 * n)
    ),
    "pipeline: 10n law-database heads (names under a copy)": lambda n: extract_str(
        (
            "长春市体育市场管理规定\n\n作者:法律资料网 时间:2024-06-16\n\n长春市体育市场管理规定\n\n"
            "吉林省长春市人民政府\n\n第63号\n\n第一条 为促进体育事业的发展，制定本规定。\n\n"
        )
        * (10 * n)
    ),
    "names line: 100n KB of bodies' names": lambda n: F._names_of(
        Block(kind=PARAGRAPH, text="某某人民政府 " * (KB // 7 * n), line=1, end_line=1)
    ),
}
if __name__ == "__main__":
    report(cases, 10, repeats=3, width=46)
