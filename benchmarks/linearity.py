"""Doubling test for the inputs of issue 16 items 1-5: time at size n and 2n, and the ratio.

A linear stage shows a ratio near 2 (quadratic: 4). Prints one line per case; run with
``.venv/bin/python benchmarks/linearity.py``.
"""

from __future__ import annotations

import time

from gazette_extract.pipeline import extract, extract_str
from gazette_extract.text.normalize import split_paragraphs


def _html(body: str, container: bool = False) -> bytes:
    if container:  # the article container of gov.cn pages: rendering starts at the top
        body = f'<div id="zoom"><p>前文。</p>{body}</div>'
    return f"<html><body>{body}</body></html>".encode()


CASES = {
    "leader-end dots (normalize)": (lambda n: split_paragraphs("x" + "." * n + "x1"), 100_000),
    "contents leader dots (frontmatter)": (lambda n: extract_str("目录\n关于印发的通知" + "." * n + "\n"), 100_000),
    "joined paragraph (normalize)": (
        lambda n: split_paragraphs("一二三四五六七八九十一二三四五六七八九十\n" * n),
        50_000,
    ),
    "citations in one paragraph (fields)": (
        lambda n: extract_str("关于印发的通知\n\n" + "《关于印发方案的通知》（京政发〔2020〕1号）" * n),
        20_000,
    ),
    "space-printed table rows (spacetables)": (
        lambda n: split_paragraphs(
            "序号    重点任务    牵头单位    完成时限\n" + "1    建设平台    区教委    长期推进\n" * n
        ),
        50_000,
    ),
    "space-printed header, one huge row (spacetables)": (
        lambda n: split_paragraphs("序号    重点任务    牵头单位    完成时限\n1" + "    建设" * n + "\n"),
        100_000,
    ),
    "nested <font> (html)": (lambda n: extract(_html("<font>中文" * n + "</font>" * n), path="x.html"), 8_000),
    "rowspan x colspan (html)": (
        lambda n: extract(
            _html(
                "<table>" + ("<tr>" + "<td rowspan=1000 colspan=1000>中文</td>" * 10 + "</tr>") * n + "</table>",
                container=True,
            ),
            path="x.html",
        ),
        400,
    ),
    # prose full of change-like words (免去企业年检, 任务牵头单位): the record stages, whole text
    "change-like prose (appointments, members)": (
        lambda n: extract_str(
            "关于印发方案的通知\n\n" + "落实主要工作任务，明确责任人，各任务牵头单位制定子方案，免去企业年检。\n" * n
        ),
        3_000,
    ),
    # round 8 contents forms: a contents printed as a table, and contents lines ending on a page
    "contents table rows (frontmatter)": (
        lambda n: extract_str("目录\n" + "| 1 | 某市人民政府关于印发规划的通知 | 某政发〔2019〕3号 | 2 |\n" * n),
        5_000,
    ),
    "lines ending on a page (normalize)": (
        lambda n: split_paragraphs("关于印发规划的通知（某政发〔2019〕3号） 2\n" * n),
        50_000,
    ),
    # session 13 review of the records rounds (tests/test_review_s13_rev4.py): each was quadratic, or overflowed
    # throughput round 10: page-title lines full of separators, the separator scan before both patterns
    "page-title separators on every line (pagetitle)": (
        lambda n: split_paragraphs("关于印发方案的通知 - 新闻 _ 中心 | 某某县人民政府\n" * n),
        20_000,
    ),
    "announced moves in one sentence (appointments)": (
        lambda n: extract_str("某市人民政府关于人事任免的通知\n\n政府宣布，" + "张三将出任处长，" * n + "\n"),
        10_000,
    ),
    "ASCII after a change, no Chinese (appointments)": (
        lambda n: extract_str("某市人民政府关于人事任免的通知\n\n任命张三为处长，" + "a b" * n + "\n"),
        20_000,
    ),
    "a run-on list of changes (appointments)": (
        lambda n: extract_str(
            "某市人民政府关于人事任免的通知\n\n" + "任命张三为副区长、免去李四的区长职务、" * n + "\n"
        ),
        5_000,
    ),
    "a committee's roles in one sentence (rosters)": (
        lambda n: extract_str("某县关于调整领导小组成员的通知\n\n推选甲乙为筹委会主任，" + "张三为主任，" * n + "\n"),
        20_000,
    ),
    # session 14 review (tests/test_review_s14_rev5.py): numbers in one script's mark, the other looked for to
    # the end of the text at each number (×3.5 a doubling before)
    "a paragraph of document numbers (docnumber)": (
        lambda n: extract_str("关于印发的通知\n\n" + "京政发〔2020〕1号，" * n + "\n"),
        80_000,
    ),
    # throughput round 11 (tests/test_throughput_round11.py): a page whose spaces were saved as ?, every line
    # holding one — the lost-space rule reads the lines holding a ?, one at a time
    "lost spaces on every line (normalize)": (
        lambda n: split_paragraphs("?\n? 甲\n" + "組?長:李?鵬\n" * n),
        100_000,
    ),
    # titles20: a labelled menu on every line (the menu pattern is bounded to 240 characters a line), tool labels
    # and image names alone between headlines, and a page listing its headlines with the last again over prose
    "labelled menus, tool labels, image names (normalize)": (
        lambda n: split_paragraphs(
            "各地新闻标签： 北京 重庆 大连 福建 广东 广西\n分享到：\n图片_1.jpg\n某某会议召开\n" * n
        ),
        50_000,
    ),
    "a list of headlines, one again over prose (documents)": (
        lambda n: extract_str(
            "".join(f"某某新闻标题第{i}条消息\n" for i in range(n)) + "某某新闻标题第1条消息\n代表团开会。\n"
        ),
        5_000,
    ),
    # titles21: headlines over release leads on their subject and day (the joiner tests each pair), with stamp
    # lines between; and a page of stamps and credits over one release lead (the headline search walks up 3 lines)
    "headlines over release leads (normalize)": (
        lambda n: split_paragraphs(
            "行政長官委任陳大文為公務員事務局局長\n2024年3月1日 即時資訊\n【記者某某/臺南報導】\n"
            "行政長官今日（三月一日）宣布，委任陳大文為公務員事務局局長。\n" * n
        ),
        50_000,
    ),
    "stamps over one release lead (documents)": (
        lambda n: extract_str(
            "政府委任李某為某某管理局局長\n"
            + "2024年7月2日 即時資訊\n編輯某某/編輯小組\n" * n
            + "政府今日（七月二日）宣布，委任李某為某某管理局局長，即日生效。\n"
        ),
        5_000,
    ),
}


def _seconds(run, n: int) -> float:
    start = time.perf_counter()
    run(n)
    return time.perf_counter() - start


def main() -> None:
    import sys

    only = sys.argv[1:]  # names (or parts of names) of the cases to run; all when none
    for name, (run, n) in CASES.items():
        if only and not any(part in name for part in only):
            continue
        run(n // 10)  # warm up: imports, regex compilation
        small, large = _seconds(run, n), _seconds(run, 2 * n)
        print(f"{name:40} n={n:>7}: {small:6.2f} s   2n: {large:6.2f} s   ratio {large / max(small, 1e-9):4.1f}")


if __name__ == "__main__":
    main()
