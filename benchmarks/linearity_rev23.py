"""rev23: 10x-input timing for the review's changed paths (ratio near 10 = linear; near 1 = bounded).

apost21's post-first lists after rev23's guards: the opener's own clause (POST_FIRST_LIST_SUBJECTS), the new
POST_FIRST_LIST_REFUSALS words, and an item naming an action of its own; titles24's cut with rev23's key checks.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_rev23.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout.storyday import lead_day, session_day
from gazette_extract.layout.titleglue import split_title_glue
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import lists as L

cases: dict[str, Callable[[int], object]] = {
    "_posts_first_rewritten, n commas before opener": lambda n: L._posts_first_rewritten(
        "新任命的干部中" + "，" * n + "他们分别是：省民政厅厅长余向东、省司法厅厅长罗建华。"
    ),
    "_posts_first_rewritten, n leads+openers": lambda n: L._posts_first_rewritten("新任命的干部中，他们分别是" * n),
    "_posts_first_rewritten, n items with 新任": lambda n: L._posts_first_rewritten(
        "免去职务的分别是：" + "新任省民政厅厅长余向东、" * n + "。"
    ),
    "_posts_first_rewritten, 新任 run in one item": lambda n: L._posts_first_rewritten(
        "免去职务的分别是：" + "新任" * n
    ),
    "_post_first_verb, n refusal words": lambda n: [L._post_first_verb("讲话" * n + "分别是", 2 * n) for _ in range(1)],
    "split_title_glue, n glued lines with keys": lambda n: [
        split_title_glue("关于印发工作方案的通知 作者 张三 2024-03-05") for _ in range(n)
    ],
    "split_title_glue, n keys on one line": lambda n: split_title_glue(
        "关于印发工作方案的通知" + " 作者" * n + " 2024"
    ),
    "pipeline: n headlines with a keyed tail": lambda n: extract_str(
        "\n\n".join(f"我市召开第{k}次工作大会 作者 张三 2024-03-05\n正文。" for k in range(n))
    ),
    "lead_day, basis clause of n characters": lambda n: lead_day(
        "为贯彻落实" + "省委" * n + "3月5日会议精神，3月8日，我县召开会议。", "2024-03-10"
    ),
    "lead_day, n days in a basis clause": lambda n: lead_day("根据" + "3月5日" * n + "，我县召开会议。", "2024-03-10"),
    "session_day, n paragraphs restating": lambda n: [
        session_day(["日前，召开会议。", "会议于3月5日印发的文件作了部署，会议于3月8日举行。"], "2024-03-10")
        for _ in range(n)
    ],
    "pipeline: n speaker lists": lambda n: extract_str(
        "人事\n" + "新任命的干部发言后，讲话的领导分别是：省长张三、副省长李四。\n" * n
    ),
}
if __name__ == "__main__":
    report(cases, 200, repeats=3, width=46)
