"""rev22: hostile 10x-input timing for session 21's second batch (anews21, aprec21, classes21, speed22, the lead's
proposed-posts table) and rev22's own changes, on inputs the rounds' own scripts did not try.

Each pattern or loop on input that repeats what it reads — runs of brackets, denial words, decision and proposal
words, cited numbers, bracketed two-digit years, ages, 等, rumour leads and quotation marks — and the pipeline on
whole pages built so. Ratio near 10 = linear; near 1 = bounded; near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_rev22.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract import _pattern_cache as PC
from gazette_extract.layout import blocks as B
from gazette_extract.layout import frontmatter as FM
from gazette_extract.pipeline import extract_str
from gazette_extract.records import appointments as A
from gazette_extract.records.appointments import clauses as C

KB = 1000  # characters per unit of n in the one-line cases: n = 10 gives a 10 KB line, 10n a 100 KB one
TITLE = "关于干部任免的通知\n"
TABLE_HEAD = "姓名 | 现任职务 | 拟任职务\n"


def _line(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n * KB // len(unit) + 1))[: n * KB]


def _run(f: Callable[[str], object], make: Callable[[int], str]) -> Callable[[int], object]:
    return lambda n: f(make(n))


def _pipeline(make: Callable[[int], str]) -> Callable[[int], object]:
    return lambda n: extract_str(make(n))


def _rows(n: int) -> str:
    return "".join(f"张{'三四五六七八九'[k % 7]}{k % 10} | 县财政局副局长 | 县财政局局长\n" for k in range(n * 20))


CASES: dict[str, Callable[[int], object]] = {
    # clauses._denies_the_clause: brackets holding denials, unclosed brackets, 《 runs
    "denies: （未任命） runs": _run(C._denies_the_clause, _line("并未任命（原局长未任职）")),
    "denies: unclosed （ runs": _run(C._denies_the_clause, _line("（未任命")),
    "denies: 《 runs + 并未任命": _run(C._denies_the_clause, _line("《并未任命")),
    "_NEGATED_CHANGE_RE: 未 runs": _run(C._NEGATED_CHANGE_RE.search, _line("张三未")),
    # appointments._decides_a_table: decision and proposal words repeated
    "decides: 决定 runs": _run(A._decides_a_table, _line("决定")),
    "decides: 决定拟 runs": _run(A._decides_a_table, _line("研究决定拟")),
    "decides: 未通 near-misses": _run(A._decides_a_table, _line("未通未经不同")),
    # frontmatter._entry_from: an entry holding many cited numbers, none at its ends
    "entry: cited numbers inside": lambda n: FM._entry_from(
        [B.Block(B.PARAGRAPH, "关于转发" + "京政发〔2020〕5号、" * (n * 50) + "的通知", 0, 0)], "", 3, None, 0
    ),
    # blocks.MARKER_RE: a bracketed two-digit year then long agency runs
    "MARKER_RE: (85) + 京 runs": _run(B.MARKER_RE.match, lambda n: "(85)" + "京" * (n * KB)),
    "MARKER_RE: (85) + 发第 runs": _run(B.MARKER_RE.match, lambda n: "(85)" + "京政发第" * (n * 250)),
    # anews21 and aprec21's patterns the rounds timed on other inputs
    "_HOLDER_AGE_RE: 岁的 runs": _run(C._HOLDER_AGE_RE.match, lambda n: "现年" + "65岁的" * (n * 300)),
    "_without_move_attributive: 的 runs": lambda n: C._without_move_attributive("的" * (n * KB) + "接替李四", "卸任"),
    "ETAL_RE: 等 runs": _run(C.ETAL_RE.search, _line("等等等为")),
    "_RUMOUR_LEAD_RE: 所谓 runs, no verb": _run(A._RUMOUR_LEAD_RE.search, _line("所谓张三局长")),
    "_RUMOUR_LEAD_RE: 所谓 runs": _run(A._RUMOUR_LEAD_RE.search, _line("所谓")),
    "_RUMOUR_QUOTE_RE: 传言“ runs": _run(A._RUMOUR_QUOTE_RE.search, _line("传言“")),
    "_RUMOUR_QUOTE_RE: 说法是“…” runs": _run(A._RUMOUR_QUOTE_RE.search, _line("说法是「张三」」")),
    # speed22's derived programs: a pattern opening on a look-behind over a text of near-matches
    "derived program: (?<=第)\\d runs": _run(PC.compile_re(r"(?<=第)\d+条").search, _line("第第第1")),
    # pipeline: pages built of the classes
    "pipeline: 公示 lead + 拟任 table rows": _pipeline(
        lambda n: "干部任职\n经县委研究决定，现予以公示：\n" + TABLE_HEAD + _rows(n)
    ),
    "pipeline: 拟任 tables, decision last": _pipeline(
        lambda n: "县人民政府文件\n" + (TABLE_HEAD + _rows(1)) * n + "经研究决定：\n"
    ),
    "pipeline: remarks with denials": _pipeline(
        lambda n: TITLE + "".join(f"任命张{k % 10}为县财政局局长（原局长已未任职）。\n" for k in range(n * 20))
    ),
    "pipeline: contents of cited numbers": _pipeline(
        lambda n: (
            "某县人民政府公报\n2021年第1期\n目　录\n"
            + "".join(
                f"某县人民政府关于转发京政发〔2020〕{k}号的通知　某政发〔2021〕{k}号　{k}\n" for k in range(n * 10)
            )
        )
    ),
    "pipeline: (85)…关于 documents (fields scan)": _pipeline(
        lambda n: TITLE + "".join(f"(85)京政发字第{k}号　关于某事的通知\n" for k in range(n * 30))
    ),
    "pipeline: (85) items": _pipeline(
        lambda n: (
            TITLE
            + "".join(f"(85)京政发字第{k}号　关于某事的通知\n（1）按照京政发字第{k}号要求\n" for k in range(n * 10))
        )
    ),
}


if __name__ == "__main__":
    report(CASES, 10, repeats=3, width=44)
