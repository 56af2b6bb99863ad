"""Classes the lead wrote in session 20 (issue 9), each with its variants and the forms it must leave alone."""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import PAGE_FOOTER_RE
from gazette_extract.text.pdf import PAGE_NUMBER_RE

# ---------------------------------------------------------------- page footers printed as a spaced rule


@pytest.mark.parametrize(
    "line",
    [
        "— 3 —",
        "- 12 -",
        "－3－",
        "——3——",  # a doubled dash
        "— — — 3 —",  # a converter's spaced rule before the folio (wenmi123)
        "- - 3 - -",
        "–– 27 ––",
        "第3页",
        "第 3 页 共 10 页",
        "· 12 ·",
    ],
)
def test_page_footers_in_every_dash_form(line: str) -> None:
    assert PAGE_FOOTER_RE.match(line)
    assert PAGE_NUMBER_RE.fullmatch(line) or line.startswith("第")


@pytest.mark.parametrize(
    "line",
    [
        "— 3",  # no closing dash: a list item or a dash before a number
        "3 —",
        "——附件3——",  # a word inside
        "—— 12345 ——",  # five digits: not a folio
        "— — — —",  # a rule, no number
        "2021—2023",  # a range
        "一、— 3 —",
    ],
)
def test_near_misses_are_not_footers(line: str) -> None:
    assert not PAGE_FOOTER_RE.match(line)


@pytest.mark.parametrize("footer", ["— — — 3 —", "——3——", "- - 3 - -", "— 3 —"])
def test_a_footer_between_wrapped_unit_lines_stays_out_of_the_unit(footer: str) -> None:
    text = (
        "关于印发某区重点任务分工方案的通知\n\n"
        "1.完善街道党工委领导体制机制。\n"
        "牵头单位:区委组织部\n"
        "协办单位:区委编办、区民政局、各街道党\n"
        "工委\n"
        f"{footer}\n"
        "、园区党工委\n\n"
        "2.推进街道综合执法改革。\n"
        "牵头单位:区司法局\n"
    )
    tasks = [t for d in extract_str(text)["documents"] for t in d.get("tasks", [])]
    units = [u for t in tasks for u in t.get("support_units", []) + t.get("lead_units", [])]
    assert units, tasks
    assert not any("—" in u or "-" in u or "3" in u for u in units), units
