"""Realistic 完成时限 phrases for benchmarking the deadline grammar, and the benchmark itself.

The phrases are generated combinatorially from forms seen in gazette task tables (平谷区政府公报
2021年第1期: ``2021 年 11 月底前``, ``长期推进``, ``每年 1 月底前``, ``按市级要求推进``) and other
common forms (quarters, halves, 旬, ranges, five-year plans, Chinese numerals). Each phrase is
labelled with the kind the grammar should give it, so the test-suite can use them too.

Run ``python benchmarks/deadline_phrases.py`` to print phrases/s of ``parse_deadline_dict``
(uncached: the cache is cleared before every round).
"""

from __future__ import annotations

import time

YEARS = range(2015, 2031)
MONTHS = range(1, 13)
CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

# Month suffixes as written after 2021年6月…
MONTH_SUFFIXES = ["底前", "底", "前", "末", "中旬", "上旬", "下旬", "底前完成", "30日前"]
# Year parts as written after 2021年…
YEAR_PARTS = ["底前", "底", "年底前", "内", "上半年", "下半年", "第一季度", "二季度", "第三季度末", "第四季度"]

ONGOING = [
    "长期推进", "持续推进", "长期坚持", "常态化推进", "长期", "持续开展", "常态化", "逐年推进",
    "立即启动，长期坚持", "2023年起", "长效推进", "定期开展", "动态调整", "分阶段推进", "持续推进落实",
]  # fmt: skip
AS_REQUIRED = [
    "按市级要求推进", "按上级要求", "按国家要求", "根据上级部署", "按照市级要求落实", "按照市级有关要求",
    "按市级部署", "根据工作需要", "按计划推进", "适时启动", "按要求", "按照上级统一部署", "根据市里安排",
]  # fmt: skip
RECURRING = [
    "每年1月底前", "每年 4 月底前", "每年5月、12月底前", "每年12月底前", "每季度", "每季度末", "每月",
    "每月10日前", "每半年", "每周", "每周五前", "每年度", "每年", "每两年", "每旬", "按月报送", "每年上半年",
    "每年第一季度", "每月底前", "每年6月30日前",
]  # fmt: skip
UNKNOWN = ["春节前", "尽快", "立即", "2021年春节前", "汛期前", "三年内", "近期", "待定", "另定", "及时"]


def labelled_phrases() -> list[tuple[str, str]]:
    """(phrase, expected kind) pairs, distinct phrases, in a fixed order."""
    rows: list[tuple[str, str]] = []
    for y in YEARS:
        for m in MONTHS:
            for suffix in MONTH_SUFFIXES:
                if suffix == "30日前" and m == 2:
                    continue
                rows.append((f"{y}年{m}月{suffix}", "by"))
            rows.append((f"{y} 年 {m} 月底前", "by"))  # spaced, as in the sample gazette
            rows.append((f"{y}.{m}.{min(28, 10 + m)}", "by"))
        for part in YEAR_PARTS:
            rows.append((f"{y}年{part}", "by"))
        rows.append((f"{y}—{y + 2}年", "by"))
        rows.append((f"{y}年9月至12月", "by"))
        rows.append((f"{y}年6月底前，并长期坚持", "by"))
        rows.append((f"{y}年起", "ongoing"))
        cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
        rows.append((f"{cn_year}年{CN_MONTHS[y % 12]}月底前", "by"))
    rows.append(("“十四五”期间", "by"))
    rows += [(p, "ongoing") for p in ONGOING]
    rows += [(p, "as_required") for p in AS_REQUIRED]
    rows += [(p, "recurring") for p in RECURRING]
    for m in MONTHS:
        rows.append((f"每年{m}月底前", "recurring"))
        rows.append((f"每月{m}日前", "recurring"))
    rows += [(p, "unknown") for p in UNKNOWN]
    seen: set[str] = set()
    distinct = []
    for phrase, kind in rows:
        if phrase not in seen:
            seen.add(phrase)
            distinct.append((phrase, kind))
    return distinct


def phrases() -> list[str]:
    """At least 800 distinct realistic deadline phrases."""
    return [phrase for phrase, _ in labelled_phrases()]


def benchmark(rounds: int = 7) -> tuple[int, float, float]:
    """(phrase count, best uncached phrases/s, best cached phrases/s)."""
    from gazette_extract.grammars import deadlines

    items = phrases()
    uncached, cached = [], []
    for _ in range(rounds):
        deadlines.clear_cache()
        start = time.perf_counter()
        for phrase in items:
            deadlines.parse_deadline_dict(phrase, year=2021)
        uncached.append(time.perf_counter() - start)
        start = time.perf_counter()
        for phrase in items:  # same phrases again: now every call is a cache hit
            deadlines.parse_deadline_dict(phrase, year=2021)
        cached.append(time.perf_counter() - start)
    return len(items), len(items) / min(uncached), len(items) / min(cached)


if __name__ == "__main__":
    count, uncached_rate, cached_rate = benchmark()
    print(f"deadline phrases: {count} distinct")
    print(f"parse_deadline_dict uncached: {uncached_rate:,.0f} phrases/s (best of 7 rounds, cache cleared)")
    print(f"parse_deadline_dict cached:   {cached_rate:,.0f} phrases/s")
