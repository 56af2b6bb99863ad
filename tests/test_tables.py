"""Table layout for terminals (app/tables.py): columns dropped least-useful first, text folded
between tokens, never inside a document number or a number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from gazette_extract.app.tables import Column, fit, fold

FOLDS = [
    pytest.param(
        "平谷区2021年为民办实事工程", 8, ["平谷区", "2021年为", "民办实事", "工程"], id="digits-stay-together"
    ),
    pytest.param("依据京平政发〔2021〕1号执行", 24, ["依据京平政发〔2021〕1号", "执行"], id="doc-number-stays-whole"),
    pytest.param("abc", 10, ["abc"], id="fits"),
    pytest.param("一二三四五", 4, ["一二", "三四", "五"], id="cjk-two-cells-each"),
    pytest.param("12345678901234", 6, ["123456", "789012", "34"], id="token-wider-than-column-is-folded"),
    pytest.param("第一行\n第二行", 20, ["第一行", "第二行"], id="line-breaks-kept"),
]


@pytest.mark.parametrize(("text", "width", "lines"), FOLDS)
def test_fold(text, width, lines):
    assert fold(text, width).split("\n") == lines


def test_fold_ids_are_unique():
    assert len({p.id for p in FOLDS}) == len(FOLDS)


@given(st.text(alphabet="平谷区关于印发〔〕号2021ab .、\n", max_size=200), st.integers(min_value=2, max_value=40))
def test_fold_keeps_the_text_and_the_width(text, width):
    folded = fold(text, width)
    assert folded.replace("\n", "") == text.replace("\n", "")
    assert all(cell_len(line) <= width for line in folded.split("\n"))


COLUMNS = [
    Column("source", True, 0),
    Column("number", False, 7),
    Column("title", True, 9),
    Column("date", False, 3),
    Column("tasks", False, 2, True),
]
ROW = [
    "samples/pinggu-2021-01.txt",
    "京平政发〔2021〕1号",
    "北京市平谷区人民政府关于印发《平谷区2021年为民办实事工程》的通知",
    "2021-01-14",
    "12",
]


@pytest.mark.parametrize(
    ("width", "shown"),
    [
        pytest.param(200, ["source", "number", "title", "date", "tasks"], id="wide-shows-all"),
        pytest.param(80, ["source", "number", "title", "date", "tasks"], id="80-folds-text"),
        pytest.param(60, ["number", "title", "date", "tasks"], id="60-drops-source"),
        pytest.param(45, ["number", "title"], id="45-keeps-number-and-title"),
    ],
)
def test_fit_drops_the_least_useful_columns(width, shown):
    columns, widths, rows = fit(COLUMNS, [ROW], width)
    assert [c.name for c in columns] == shown
    assert 1 + sum(w + 3 for w in widths) <= width
    assert rows[0][shown.index("number")] == "京平政发〔2021〕1号"
