"""anews21: adversarial 10x-input timing for session 21's new and changed appointment patterns (mainland news).

Ratio near 10 = linear; near 1 = bounded (fails fast, or a length gate); near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_anews21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import clauses as C

KB = 1000  # characters per unit of n in the one-line cases

cases: dict[str, Callable[[int], object]] = {
    # _HOLDER_AGE_RE: anchored, two or three digits then 岁的 — a run of digits or of ages fails at once
    "_HOLDER_AGE_RE, n KB of digits": lambda n: C._HOLDER_AGE_RE.match("6" * (KB * n) + "岁的张三"),
    "_HOLDER_AGE_RE, run of ages": lambda n: C._HOLDER_AGE_RE.match("65岁的" * (KB * n)),
    # _AFTER_ATTRIBUTIVE_VERB_RE (a word alternation) over a run of 的 without a verb
    "_AFTER_ATTRIBUTIVE_VERB_RE, n KB of 的": lambda n: C._AFTER_ATTRIBUTIVE_VERB_RE.search("的" * (KB * n)),
    # the clause readers, through the pipeline (one clause each, growing)
    "pipeline: a clause of 10n ages": lambda n: extract_str(
        "6月20日，" + "65岁的" * (10 * n) + "张三不再担任某局局长。"
    ),
    "pipeline: a clause of 10n attributives": lambda n: extract_str(
        "6月20日，" + "升任某局的" * (10 * n) + "张三接替李四出任某协会主席。"
    ),
    "pipeline: a list of 10n names + 等当选为": lambda n: extract_str(
        "6月20日，" + "张三、" * (10 * n) + "李四等当选为某协会副会长。"
    ),
    "pipeline: 10n clauses 张三离任某局局长": lambda n: extract_str("6月20日，" + "张三离任某局局长；" * (10 * n)),
}

if __name__ == "__main__":
    report(cases, 10, repeats=3, width=46)
