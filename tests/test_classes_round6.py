"""Issue 9, round 6 (s6-classes): layout classes of the new dev texts, each in its variants.

Every row is synthetic and shows one variant of a class (brackets, separators, spacing, ASCII or
full-width forms); negative rows say what must give nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.pipeline import extract


def run(text: str) -> dict[str, Any]:
    return extract(text.encode("utf-8"))


def codes_of(result: dict[str, Any]) -> list[str]:
    return [w["code"] for w in result["warnings"]]


# --------------------------------------------------------------------------- untitled texts

# FORMAT.md: a text that shows no document field and states no record has no document (and the
# warning no-documents); records found outside any document heading go to one untitled document.
NOTHING_TO_REPORT = [
    pytest.param(
        "1月7日，省十三届人大常委会第十四次会议在西宁闭幕。\n会议表决通过了有关人事事项。张光荣向任命的省商务厅厅长颁发了任命书。\n",
        id="session-story-unnamed-appointee",
    ),
    pytest.param(
        "根据干部选拔任用工作有关规定，现将拟任人选予以公示。\n何华榕，男，1966年12月出生，现任某局局长，拟提名为市州政协副职候选人。\n",
        id="renqian-gongshi",
    ),
    pytest.param("查看: 1079|回复: 1\n[复制链接]\n楼主说得好，支持一下。\n", id="forum-thread"),
]


@pytest.mark.parametrize("text", NOTHING_TO_REPORT)
def test_a_text_that_shows_no_document_reports_none(text: str) -> None:
    result = run(text)
    assert result["documents"] == []
    assert codes_of(result) == ["no-documents"]


def test_records_of_a_text_without_heading_go_to_one_untitled_document() -> None:
    result = run("1月7日，县十三届人大常委会第十四次会议闭幕。\n会议决定任命张三为县商务局局长。\n")
    [doc] = result["documents"]
    assert (doc["title"], doc["doc_number"], doc["date"], doc["issuer"]) == (None, None, None, None)
    assert [(a["action"], a["person"]) for a in doc["appointments"]] == [("appoint", "张三")]
    assert codes_of(result) == ["untitled-document"]
