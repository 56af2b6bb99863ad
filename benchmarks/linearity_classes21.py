"""classes21: adversarial 10x-input timing for the round's new and changed patterns.

Long runs of the characters each pattern repeats, near-matches on one line, a 100 KB line and 10,000 lines.
Ratio near 10 = linear; near 1 = bounded (fails fast, or a length gate); near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_classes21.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout import blocks as B
from gazette_extract.layout import documents as DC
from gazette_extract.layout import frontmatter as FM
from gazette_extract.pipeline import extract_str
from gazette_extract.records import appointments as AP
from gazette_extract.records import tasks as T
from gazette_extract.text import normalize as N

KB = 1000  # characters per unit of n in the one-line cases: n = 100 gives a 100 KB line

cases: dict[str, Callable[[int], object]] = {
    # the contents entry: title, number, page (normalize and frontmatter)
    "TITLE_PAGE_LINE_RE, 的通知 + number runs": lambda n: N.TITLE_PAGE_LINE_RE.match(
        "的通知 京发〔2021〕1号" * (KB // 14 * n) + " 3"
    ),
    "TITLE_PAGE_LINE_RE, blanks run, no page": lambda n: N.TITLE_PAGE_LINE_RE.match(
        "某县关于做好工作的通知" + " " * (KB * n) + "京发〔2021〕1号 x"
    ),
    "TITLE_PAGE_LINE_RE, slashes run, no page": lambda n: N.TITLE_PAGE_LINE_RE.match(
        "某县关于做好工作的通知" + "／" * (KB * n) + "x"
    ),
    "BARE_SECTION_RE, dots + CJK run": lambda n: FM.BARE_SECTION_RE.match("·" + "区政府" * (KB // 3 * n) + "·"),
    "match_leader, title + numbers + page": lambda n: FM.match_leader(
        "某县关于做好工作的通知" + "京发〔2021〕1号" * (KB // 10 * n) + " （3）"
    ),
    "_KIND_NUMBER_END_RE, on a long tail": lambda n: FM._KIND_NUMBER_END_RE.search(
        ("通知 " * (KB // 3 * n))[-FM._KIND_NUMBER_TAIL :]
    ),
    # the old-series number before a title (documents, blocks)
    "NUMBER_THEN_TITLE_RE, (85) + CJK run": lambda n: DC.NUMBER_THEN_TITLE_RE.match("（85）" + "京" * (KB * n)),
    "NUMBER_THEN_TITLE_RE, (85)京发字第 runs": lambda n: DC.NUMBER_THEN_TITLE_RE.match(
        "（85）京发字第" * (KB // 7 * n)
    ),
    "_OLD_NUMBER_OPENING_RE, (85) + CJK run": lambda n: DC._OLD_NUMBER_OPENING_RE.sub(
        "", "（85）" + "京" * (KB * n), count=1
    ),
    "MARKER_RE, (85) + CJK run": lambda n: B.MARKER_RE.match("（85）" + "京字" * (KB // 2 * n)),
    # an undated limit closing a note (tasks)
    "_UNDATED_LIMIT_RE, 2021年 + event runs": lambda n: T._UNDATED_LIMIT_RE.match(
        "2021年" + "春节" * (KB // 2 * n) + "后"
    ),
    "_UNDATED_LIMIT_RE, digits + 个月 runs": lambda n: T._UNDATED_LIMIT_RE.match("3个月" * (KB // 3 * n)),
    "_GROUP_ROLE_LINE_RE, spaced 组 runs": lambda n: AP._GROUP_ROLE_LINE_RE.match("组　" * (KB // 2 * n) + "长"),
    "_GROUP_ROLE_LINE_RE, role + bracket run": lambda n: AP._GROUP_ROLE_LINE_RE.match("成员（" + "（" * (KB * n)),
    "pipeline: 10n roster lines under a personnel title": lambda n: extract_str(
        "某县人民政府关于干部任免职的通知\n组长：王继聪　县长\n成员：\n" + "邹震宇　县财政局局长\n" * (10 * n)
    ),
    "pipeline: 10n notes closed by 待定": lambda n: extract_str(
        "某县人民政府关于印发某方案的通知\n"
        + "".join(f"{k + 1}.加强监督检查。（县农业农村局牵头，县财政局配合，待定）\n" for k in range(10 * n))
    ),
    "pipeline: 10n contents entries with numbers": lambda n: extract_str(
        "某县人民政府公报\n2021年第1期\n目　录\n"
        + "".join(f"某县人民政府关于做好第{k}项工作的通知　某政发〔2021〕{k}号　{k}\n" for k in range(10 * n))
    ),
}
# 1,000 and 10,000 lines (one run each)
lines: dict[str, Callable[[int], object]] = {
    "pipeline: n lines of (85)京政发字第N号 title": lambda n: extract_str(
        "".join(f"（85）京政发字第{k}号　某县人民政府关于做好工作的通知\n" for k in range(n))
    ),
}
if __name__ == "__main__":
    report(cases, 10, repeats=3, width=46)
    report(lines, 1000, repeats=1, width=46)
