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
