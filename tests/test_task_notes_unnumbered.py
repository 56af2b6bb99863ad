"""Unit notes closing the sentences of an unnumbered paragraph (issue 9: "unit notes … at the end
of any paragraph or sentence, numbered or not"): 推进园区建设（县工信局牵头，县财政局配合）；加快
招商引资（县商务局负责）。 Each note closes a task of its own. A single note after a heading's
narrative stays narrative (part 三 of the bundled issue); brackets that are no unit notes give
nothing.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

HEAD = "某县人民政府办公室关于印发2023年重点工作任务分工方案的通知\n某政办发〔2023〕5号\n\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n\n"
SIGN = "\n某县人民政府办公室\n2023年2月1日\n"


def tasks(body: str) -> list[tuple[str, list[str], list[str], str | None]]:
    out = parse_text(HEAD + body + SIGN).model_dump()
    return [
        (t["text"], t["lead_units"], t["support_units"], t["deadline"] and t["deadline"].get("date"))
        for d in out["documents"]
        for t in d["tasks"]
    ]


EXPECTED = [
    ("推进工业园区建设", ["县工信局"], ["县财政局"], None),
    ("加快招商引资", ["县商务局"], [], None),
    ("优化营商环境", ["县发改局"], [], "2023-06-30"),
]
PARAGRAPHS = {
    "fullwidth-semicolons": "推进工业园区建设（县工信局牵头，县财政局配合）；加快招商引资（县商务局负责）；优化营商环境（县发改局负责，2023年6月底前完成）。",
    "fullwidth-full-stops": "推进工业园区建设。（县工信局牵头，县财政局配合）加快招商引资。（县商务局负责）优化营商环境。（县发改局负责，2023年6月底前完成）",
    "ascii-brackets": "推进工业园区建设(县工信局牵头,县财政局配合);加快招商引资(县商务局负责);优化营商环境(县发改局负责,2023年6月底前完成)。",
    "keyed-notes": "推进工业园区建设（牵头单位：县工信局；配合单位：县财政局）；加快招商引资（责任单位：县商务局）；优化营商环境（责任单位：县发改局；完成时限：2023年6月底前）。",
}


@pytest.mark.parametrize(
    "heading",
    ["一、加快产业发展\n", "", "## 加快产业发展\n"],
    ids=["numbered-heading", "no-heading", "markdown-heading"],
)
@pytest.mark.parametrize("paragraph", PARAGRAPHS.values(), ids=PARAGRAPHS.keys())
def test_each_note_closes_its_sentence(paragraph: str, heading: str) -> None:
    found = tasks(heading + paragraph)
    assert [(t.rstrip("。；;")[:8], lead, support, date) for t, lead, support, date in found] == EXPECTED


NARRATIVE = {
    # the bundled issue's part 三: one note after a heading's narrative paragraph
    "single-note-under-heading": "（一）农业科技创新领域\n以示范区建设为引擎，打造农业科技创新高地，争创国家实验室。（牵头部门：区农业农村局、区科技和信息化局）",
    "brackets-not-notes": "一、总体要求\n推进园区建设（试行）；加快招商引资（2023年）；优化营商环境（见附件）。",
}


@pytest.mark.parametrize("body", NARRATIVE.values(), ids=NARRATIVE.keys())
def test_narrative_stays_narrative(body: str) -> None:
    assert tasks(body) == []
