"""Whole issues: a document right under the open one's signature date opens with its title alone —
no number, no recipients (一个通告, 一个批复, an office's notice adjusting a committee) — when its
first words follow (recipients or a sentence). The piece the open document issues or forwards,
printed after its signature, stays inside it; so do lines that are not titles.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

MASTHEAD = "某县人民政府公报\n2019年第3期\n"
FIRST = "某县人民政府关于做好防汛工作的通知\n某政发〔2019〕3号\n各乡镇人民政府，县政府各部门：\n请做好防汛工作。\n\n某县人民政府\n2019年6月3日\n"
CLOSINGS = {
    "date": "",
    "cc": "抄送：县委办公室，县人大常委会办公室。\n",
    "cc-and-print": "抄送：县委办公室。\n某县人民政府办公室　　2019年6月3日印发\n",
    "public-note": "（此件公开发布）\n",
}
NEXT = {
    "announcement": (
        "某县人民政府通告\n为加强森林防火，现通告如下：\n一、全县禁止野外用火。\n\n某县人民政府\n2019年6月6日\n",
        "某县人民政府通告",
    ),
    "reply": (
        "某县人民政府关于同意某镇调整区划的批复\n某镇人民政府：\n你镇《关于调整区划的请示》收悉。经研究，同意调整。\n\n某县人民政府\n2019年6月5日\n",
        "某县人民政府关于同意某镇调整区划的批复",
    ),
    "office-notice": (
        "某县人民政府办公室关于调整县安全生产委员会组成人员的通知\n因人事变动，经县政府同意，决定调整县安全生产委员会组成人员。\n\n"
        "某县人民政府办公室\n2019年6月7日\n",
        "某县人民政府办公室关于调整县安全生产委员会组成人员的通知",
    ),
}


def _titles(text: str) -> list[str | None]:
    return [d["title"] for d in parse_text(text).model_dump()["documents"]]


@pytest.mark.parametrize("closing", CLOSINGS.values(), ids=CLOSINGS.keys())
@pytest.mark.parametrize(("doc", "title"), NEXT.values(), ids=NEXT.keys())
def test_a_title_under_the_signature_date_opens_the_next_document(closing: str, doc: str, title: str) -> None:
    assert _titles(MASTHEAD + FIRST + closing + doc) == ["某县人民政府关于做好防汛工作的通知", title]


ISSUING = "某县人民政府办公室关于印发某县夜间经济发展实施意见的通知\n某政办发〔2019〕8号\n各乡镇人民政府：\n现将《某县夜间经济发展实施意见》印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2019年6月10日\n"
FORWARDING = "某县人民政府办公室关于转发市政府办公室关于做好防汛工作的通知的通知\n某政办发〔2019〕9号\n各乡镇人民政府：\n现将市政府办公室《关于做好防汛工作的通知》转发给你们，请遵照执行。\n\n某县人民政府办公室\n2019年6月11日\n"

INSIDE = {
    "issued-piece": (ISSUING, "某县夜间经济发展实施意见\n为加快发展夜间经济，提出如下意见：\n一、总体要求。\n"),
    "forwarded-notice": (
        FORWARDING,
        "某市人民政府办公室关于做好防汛工作的通知\n各县（区）人民政府：\n请做好防汛工作。\n\n某市人民政府办公室\n2019年6月1日\n",
    ),
    "no-body-below": (FIRST, "某县人民政府关于做好防汛工作的通知\n"),
    "heading-not-title": (FIRST, "附件\n防汛工作责任清单\n一、县应急管理局负责。\n"),
}


@pytest.mark.parametrize(("doc", "after"), INSIDE.values(), ids=INSIDE.keys())
def test_what_follows_the_signature_stays_inside(doc: str, after: str) -> None:
    assert len(_titles(MASTHEAD + doc + after)) == 1
