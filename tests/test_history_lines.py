"""A rule's history under its title (题注) — the way law databases and gazettes' 规章 pages print a
rule: its title, then in one bracket the events of its life (adopted, promulgated or issued with its
number, revised by later decrees). The title is a document; its number is the one the first
event issued (…令第12号公布 / …发〔1984〕88号公布 / …12号印发), its date the first event's; the
numbers of later events (…令第35号修改) are documents it cites. A title printed twice (a page's
title over its heading) is one title.
"""

from __future__ import annotations

import pytest

from gazette_extract.api import parse_text

ART = (
    "第一条　为了加强安全生产管理，根据有关法律法规，结合本市实际，制定本办法。\n"
    "第二条　本办法适用于本市行政区域内的安全生产活动。\n"
)
TITLE = "某市安全生产管理办法"

# history line → (number, date, cited numbers)
HISTORY = {
    "issued-with-number": ("（2019年6月3日某政办发〔2019〕12号印发）", "某政办发〔2019〕12号", "2019-06-03", []),
    "published-by-decree": ("（2005年3月10日某市人民政府令第12号公布）", "某市人民政府令第12号", "2005-03-10", []),
    "ascii-brackets": ("(2005年3月10日某市人民政府令第12号公布)", "某市人民政府令第12号", "2005-03-10", []),
    "adopted-then-published": (
        "（2005年3月1日市人民政府第5次常务会议通过　2005年3月10日某市人民政府令第12号公布　自2005年5月1日起施行）",
        "某市人民政府令第12号",
        "2005-03-01",
        [],
    ),
    "published-then-revised": (
        "（2005年3月10日某市人民政府令第12号公布　根据2010年12月1日某市人民政府令第35号修改）",
        "某市人民政府令第12号",
        "2005-03-10",
        ["某市人民政府令第35号"],
    ),
    "revised-by-named-decision": (
        "（2005年3月10日某市人民政府令第12号公布　根据2010年12月1日《某市人民政府关于修改〈某市安全生产管理办法〉"
        "的决定》（某市人民政府令第35号）修正）",
        "某市人民政府令第12号",
        "2005-03-10",
        ["某市人民政府令第35号"],
    ),
    "bracketed-number-published": (
        "(1984年7月4日某政发〔1984〕88号公布 根据2011年2月25日某省人民政府令第148号修订)",
        "某政发〔1984〕88号",
        "1984-07-04",
        ["某省人民政府令第148号"],
    ),
    "chinese-numeral-date": (
        "（二〇〇五年三月十日某市人民政府令第12号公布）",
        "某市人民政府令第12号",
        "2005-03-10",
        [],
    ),
    "released": ("（2019年6月3日某政办发〔2019〕12号发布）", "某政办发〔2019〕12号", "2019-06-03", []),
    # printed bare, one event, the line ending on its verb (law mirrors; Taiwan's law database)
    "bare-published": ("2005年3月10日某市人民政府令第12号公布", "某市人民政府令第12号", "2005-03-10", []),
    "bare-issued": ("2019年6月3日某政办发〔2019〕12号印发", "某政办发〔2019〕12号", "2019-06-03", []),
    "bare-roc-promulgated": (
        "中华民国108年6月3日某县政府府法字第1080012345号令订定发布",
        "某县政府府法字第1080012345号",
        "2019-06-03",
        [],
    ),
}


def _doc(text: str) -> dict:
    docs = parse_text(text).model_dump()["documents"]
    assert len(docs) == 1, docs
    return docs[0]


def _row(doc: dict) -> tuple[str | None, str | None, str | None, list[str]]:
    cited = [c["doc_number"]["text"] for c in doc["citations"] if c["doc_number"]]
    return doc["title"], doc["doc_number"] and doc["doc_number"]["text"], doc["date"], cited


@pytest.mark.parametrize(("line", "number", "date", "cited"), HISTORY.values(), ids=HISTORY.keys())
@pytest.mark.parametrize("head", ["once", "twice", "page-title-twice"])
def test_a_rule_under_its_history_line_is_a_document(
    line: str, number: str, date: str, cited: list[str], head: str
) -> None:
    top = {"once": TITLE, "twice": f"{TITLE}\n{TITLE}", "page-title-twice": f"{TITLE}-某市人民政府网\n\n{TITLE}"}[head]
    assert _row(_doc(f"{top}\n{line}\n{ART}")) == (TITLE, number, date, cited)


@pytest.mark.parametrize("kind", ["规定", "条例", "实施细则", "规则", "暂行办法"])
def test_every_rule_kind(kind: str) -> None:
    title = f"某市安全生产管理{kind}"
    doc = _doc(f"{title}\n（2005年3月10日某市人民政府令第12号公布）\n{ART}")
    assert _row(doc)[:3] == (title, "某市人民政府令第12号", "2005-03-10")


NOT_HISTORY = {
    "revision-only": "（根据2010年12月1日某市人民政府令第35号修改）",
    "date-alone": "（2019年6月3日）",
    "sentence": "（2019年6月3日起施行。本办法由市应急管理局负责解释。）",
    "bare-sentence": "2019年6月3日，县政府召开常务会议，审议通过本办法。",
}


@pytest.mark.parametrize("line", NOT_HISTORY.values(), ids=NOT_HISTORY.keys())
def test_a_bracket_that_is_no_history_gives_no_number_or_date(line: str) -> None:
    docs = parse_text(f"{TITLE}\n{line}\n{ART}").model_dump()["documents"]
    assert all(d["doc_number"] is None for d in docs)
    assert all(d["date"] != "2010-12-01" for d in docs)
