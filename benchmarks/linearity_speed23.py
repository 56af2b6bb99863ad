"""speed23: adversarial 10x-input timing for a gate's words as a prefix tree (vocab.common.gate_alternation).

The Traditional forms' gate (news_trad._FORMS_GATE_RE, built by it) searched on text holding no word, on text whose
every position opens a word's first characters and fails after them (台湾团结 before 联盟 never comes; 上级), and the
tree built from words sharing long prefixes. Ratio near 10 = linear.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_speed23.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.records.appointments import news_trad
from gazette_extract.vocab.common import gate_alternation

KB = 1000

cases: dict[str, Callable[[int], object]] = {
    "forms gate, no word, 区政府 (KB)": lambda n: news_trad._FORMS_GATE_RE.search("区政府" * (KB // 3 * n)),
    "forms gate, first characters, 上级 (KB)": lambda n: news_trad._FORMS_GATE_RE.search("上级" * (KB // 2 * n)),
    "forms gate, long near-misses 台湾团结 (KB)": lambda n: news_trad._FORMS_GATE_RE.search("台湾团结" * (KB // 4 * n)),
    "build, 50-character shared prefix (words × 10)": lambda n: gate_alternation(
        ["甲" * 50 + str(k) for k in range(10 * n)]
    ),
}

if __name__ == "__main__":
    report(cases, 100, repeats=3, width=48)
