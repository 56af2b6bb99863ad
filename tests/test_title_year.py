"""The year of 全年 and 年底前 in an undated, unnumbered task list is the one year its title names
(2025年开发区重点工作及责任清单 → 全年 = 2025-12-31); a title naming two years or a range names no one
year, and a document's own date or number wins over its title.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

TABLE = "\n| 序号 | 重点工作 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 持续提升园区承载能力 | 开发区建设局 | {deadline} |\n"


def deadline(title: str, phrase: str, tail: str = "") -> tuple[str | None, str | None]:
    out = parse_text(title + TABLE.format(deadline=phrase) + tail).model_dump()
    (task,) = [t for d in out["documents"] for t in d["tasks"]]
    found = task["deadline"]
    return found["kind"], found.get("date")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("全年", ("by", "2025-12-31")), ("年底前", ("by", "2025-12-31")), ("6月底前", ("by", "2025-06-30"))],
)
def test_the_titles_one_year_dates_the_list(phrase: str, expected: tuple[str, str]) -> None:
    assert deadline("2025年开发区重点工作及责任清单", phrase) == expected


@pytest.mark.parametrize(
    "title",
    [
        "开发区2021—2025年重点工作及责任清单",
        "开发区2021-2025重点工作及责任清单",
        "2024年工作总结和2025年重点工作责任清单",
    ],
)
def test_a_title_naming_two_years_names_none(title: str) -> None:
    assert deadline(title, "全年") == ("unknown", None)


def test_the_documents_date_wins_over_its_title() -> None:
    assert deadline("2025年开发区重点工作及责任清单", "全年", "\n某开发区管委会\n2024年12月30日\n")[1] == "2024-12-31"


NOTICE = "某市人民政府办公室关于印发2023年政务服务工作要点的通知\n某政办发〔2023〕5号\n\n各区人民政府：\n现印发给你们。\n\n{item}\n\n某市人民政府办公室\n2023年2月1日\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深化政务服务“网上办”。持续优化办事流程，年底前基本实现在线办事全覆盖。", ("by", "2023-12-31")),
        ("深化政务服务“网上办”。持续优化办事流程，6月底前建成网上办事大厅。", ("by", "2023-06-30")),
        ("深化政务服务“网上办”。持续优化办事流程，年内前建成网上办事大厅。", None),
        # two deadlines in the task's own sentence: which one is the task's is unclear
        ("深化政务服务“网上办”。6月底前建成网上办事大厅，年底前基本实现在线办事全覆盖。", None),
    ],
    ids=["year-end", "month-end", "not-a-deadline-phrase", "two-deadlines"],
)
def test_a_deadline_without_its_year_in_the_tasks_sentence(sentence: str, expected: tuple[str, str] | None) -> None:
    item = f"1.{sentence}（牵头单位：市行政审批服务局；责任单位：各区政府）"
    out = parse_text(NOTICE.format(item=item)).model_dump()
    (task,) = [t for d in out["documents"] for t in d["tasks"]]
    found = task["deadline"]
    assert ((found["kind"], found["date"]) if found else None) == expected
