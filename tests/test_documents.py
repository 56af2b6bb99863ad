"""Document splitting and per-document fields on the text shapes gazettes come in.

The texts are built from the forms named in the issues (metadata blocks as websites print
them, gazettes without contents, joint issuers …); the expected values are read off them.
"""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract_str

BODY = """北京市怀柔区人民政府关于印发《怀柔区2023年重点工作任务》的通知

京怀政发〔2023〕3号

各镇乡人民政府、街道办事处，区政府各委、办、局：

现将《怀柔区2023年重点工作任务》印发给你们，请认真贯彻落实。

北京市怀柔区人民政府

2023年3月3日
"""

METADATA_FORMS = {
    "full-width-colon": "发文字号：京怀政发〔2023〕3号\n成文日期：2023年3月3日\n发文机关：北京市怀柔区人民政府\n",
    "ascii-colon": "发文字号:京怀政发[2023]3号\n成文日期:2023年3月3日\n发文机关:北京市怀柔区人民政府\n",
    "bracketed-keys": "[ 发文字号 ] 京怀政发〔2023〕3号\n[ 成文日期 ] 2023年3月3日\n[ 发文机关 ] 北京市怀柔区人民政府\n",
    "pipe-table": "| 文 号: | 京怀政发〔2023〕3号 |\n|---|---|\n| 成文日期: | 2023年3月3日 |\n| 发文机关: | 北京市怀柔区人民政府 |\n",
    "bullets": "• 发文字号:京怀政发〔2023〕3号\n• 成文日期:2023年3月3日\n• 发文机关:北京市怀柔区人民政府\n",
    "value-on-next-line": "• 发文字号:\n\n    京怀政发〔2023〕3号\n• 成文日期:\n\n    2023年3月3日\n• 发文机关:\n\n    北京市怀柔区人民政府\n",
}


@pytest.mark.parametrize("form", sorted(METADATA_FORMS))
def test_metadata_block_forms(form):
    result = extract_str(METADATA_FORMS[form] + "\n" + BODY)
    (doc,) = result["documents"]
    assert doc["doc_number"]["text"] == "京怀政发〔2023〕3号"
    assert doc["date"] == "2023-03-03"
    assert doc["issuer"] == "北京市怀柔区人民政府"
    assert doc["title"] == "北京市怀柔区人民政府关于印发《怀柔区2023年重点工作任务》的通知"
    assert doc["recipients"] == ["各镇乡人民政府", "街道办事处", "区政府各委、办、局"]


def test_metadata_number_and_date_win_over_the_printed_ones():
    text = "发文字号：京怀政发〔2023〕4号\n成文日期：2023年3月4日\n\n" + BODY
    (doc,) = extract_str(text)["documents"]
    assert (doc["doc_number"]["text"], doc["date"]) == ("京怀政发〔2023〕4号", "2023-03-04")


def test_gazette_without_contents_splits_at_numbered_titles():
    second = BODY.replace("京怀政发〔2023〕3号", "京怀政办发〔2023〕7号").replace(
        "关于印发《怀柔区2023年重点工作任务》的通知", "办公室关于做好春季防火工作的通知"
    )
    second = second.replace("北京市怀柔区人民政府\n\n2023年3月3日", "北京市怀柔区人民政府办公室\n\n2023年3月10日")
    result = extract_str(BODY + "\n" + second)
    assert [d["doc_number"]["text"] for d in result["documents"]] == ["京怀政发〔2023〕3号", "京怀政办发〔2023〕7号"]
    assert [d["issuer"] for d in result["documents"]] == ["北京市怀柔区人民政府", "北京市怀柔区人民政府办公室"]
    assert [d["date"] for d in result["documents"]] == ["2023-03-03", "2023-03-10"]
    assert result["documents"][0]["lines"]["end"] < result["documents"][1]["lines"]["start"]


def test_enclosed_plan_and_its_attachment_stay_with_the_notice():
    text = BODY + "\n怀柔区2023年重点工作任务\n\n一、总体要求\n\n做好今年工作。\n\n附件1\n\n重点项目清单\n\n1. 修路。\n"
    result = extract_str(text)
    assert len(result["documents"]) == 1
    (attachment,) = result["documents"][0]["attachments"]
    span = attachment.pop("span")
    assert attachment == {"label": "附件1", "title": "重点项目清单", "line": 19}
    assert text[span["start"] : span["end"]] == "重点项目清单"


def test_joint_issuers_on_one_line():
    text = BODY.replace(
        "北京市怀柔区人民政府\n\n2023年3月3日", "北京市怀柔区人民政府 北京市怀柔区人民政府办公室\n\n2023年3月3日"
    )
    (doc,) = extract_str(text)["documents"]
    assert doc["issuer"] == "北京市怀柔区人民政府、北京市怀柔区人民政府办公室"


def test_title_printed_over_two_lines_with_the_issuer_first():
    text = "国务院办公厅\n\n关于辽宁省考察工作时所提问题和建议办理情况的函\n\n国办函〔2004〕57号\n\n辽宁省人民政府：\n\n现将有关情况函告如下。\n\n国务院办公厅\n\n2004年8月12日\n"
    (doc,) = extract_str(text)["documents"]
    assert doc["title"] == "国务院办公厅关于辽宁省考察工作时所提问题和建议办理情况的函"
    assert doc["kind"] == "函" and doc["recipients"] == ["辽宁省人民政府"]


def test_forwarded_report_stays_inside_the_forwarding_notice():
    text = (
        "国务院办公厅转发国家地震局关于加强防震减灾工作意见的通知\n\n国办发〔1996〕2号\n\n各省人民政府：\n\n"
        "国家地震局《关于加强防震减灾工作的意见》已经国务院同意，现转发给你们。\n\n国务院办公厅\n\n1996年2月5日\n\n"
        "关于加强防震减灾工作的意见\n\n国务院：\n\n现就有关问题提出以下意见。\n"
    )
    assert len(extract_str(text)["documents"]) == 1


@pytest.mark.parametrize(
    ("number", "date", "warns"),
    [("京怀政发〔2024〕3号", "2023年3月3日", True), ("京怀政发〔2023〕3号", "2023年3月3日", False)],
    ids=["number-later-than-date", "consistent"],
)
def test_number_year_after_date_warning(number, date, warns):
    text = BODY.replace("京怀政发〔2023〕3号", number).replace("2023年3月3日", date)
    codes = [w["code"] for w in extract_str(text)["warnings"]]
    assert ("number-year-after-date" in codes) is warns


def test_missing_fields_warn():
    text = "北京市怀柔区人民政府关于做好防汛工作的通知\n\n各镇乡人民政府：\n\n请做好防汛工作。\n"
    result = extract_str(text)
    assert [w["code"] for w in result["warnings"]] == ["missing-doc-number", "missing-date", "missing-issuer"]
    assert all(w["line"] == 1 for w in result["warnings"])


def test_contents_mismatch_warnings():
    text = (
        "北京市怀柔区人民政府公报\n\n2023年第2期（总第20期）\n\n目 录\n\n"
        "北京市怀柔区人民政府关于印发《怀柔区2023年重点工作任务》的通知\n\n京怀政发〔2023〕3号..... 1\n\n"
        "北京市怀柔区人民政府关于做好防汛工作的通知\n\n京怀政发〔2023〕9号..... 5\n\n" + BODY
    )
    result = extract_str(text)
    assert result["issue"]["number"] == 2 and result["issue"]["total_number"] == 20 and result["issue"]["year"] == 2023
    codes = [(w["code"], w["line"]) for w in result["warnings"]]
    assert ("contents-not-found", 11) in codes


def test_plan_without_a_notice_is_read_as_one_untitled_document():
    text = "2023年重点工作任务分解方案\n\n一、稳增长\n\n1. 新建产业园区3个。（牵头单位：区发改局；责任单位：区财政局）\n\n2. 新增就业5000人。（牵头单位：区人社局）\n"
    result = extract_str(text)
    (doc,) = result["documents"]
    assert doc["title"] == "2023年重点工作任务分解方案" and doc["kind"] == "方案"
    assert [t["lead_units"] for t in doc["tasks"]] == [["区发改局"], ["区人社局"]]
    assert [w["code"] for w in result["warnings"]] == ["untitled-document"]


def test_news_item_on_appointments_is_read_as_one_untitled_document():
    text = "区人大常委会举行第二十八次会议\n\n会议决定任命张明为区人民政府办公室主任，免去李强的区人民政府办公室主任职务。\n"
    (doc,) = extract_str(text)["documents"]
    assert [(a["action"], a["person"]) for a in doc["appointments"]] == [("appoint", "张明"), ("remove", "李强")]


def test_prose_without_records_still_gives_no_document():
    result = extract_str("会议指出，要统筹发展和安全。\n\n会议强调，要抓好各项工作落实。\n")
    assert result["documents"] == []
    assert [w["code"] for w in result["warnings"]] == ["no-documents"]


def test_contents_with_numbers_inline_and_attachment_lists_that_stay_inside():
    """Contents lines as `title（number）……（page）`; a notice whose 附件 is a 名单 with its own
    heading: the attachment must not become a document, nor take the notice's number."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "gazette_inline_contents.txt").read_text(encoding="utf-8")
    result = extract_str(text)
    assert result["issue"]["number"] == 3 and result["issue"]["total_number"] == 45
    assert [(c["doc_number"], c["page"], c["section"]) for c in result["contents"]] == [
        ("京怀政发〔2022〕5号", 1, "区政府文件"),
        ("京怀政发〔2022〕6号", 3, "区政府文件"),
        ("京怀政办发〔2022〕2号", 9, "区政府办公室文件"),
    ]
    docs = result["documents"]
    assert [d["doc_number"]["text"] for d in docs] == [
        "京怀政发〔2022〕5号",
        "京怀政发〔2022〕6号",
        "京怀政办发〔2022〕2号",
    ]
    (attachment,) = docs[0]["attachments"]
    span = attachment.pop("span")
    assert attachment == {"label": "附件", "title": "区级河长名单", "line": 26}
    assert text[span["start"] : span["end"]] == "区级河长名单"
    assert (docs[0]["date"], docs[0]["issuer"]) == ("2022-03-01", "北京市怀柔区人民政府")
    assert result["warnings"] == []


def test_congress_decision_decree_and_reply():
    """A standing-committee decision dated by its （…会议通过） line, a decree numbered 第3号
    under its title and signed by a person, and a 批复 citing the request it answers."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "congress_decree_reply.txt").read_text(encoding="utf-8")
    result = extract_str(text)
    decision, decree, reply = result["documents"]
    assert (decision["kind"], decision["doc_number"], decision["date"], decision["issuer"]) == (
        "决定",
        None,
        "2021-01-20",
        None,  # signed by no one (FORMAT.md; round 9 — it was the title's body)
    )
    assert [(a["action"], a["person"], a["decided_on"]) for a in decision["appointments"]] == [
        ("appoint", "张建国", "2021-01-20"),
        ("appoint", "李晓明", "2021-01-20"),
        ("remove", "王立新", "2021-01-20"),
    ]
    assert (decree["kind"], decree["doc_number"]["text"], decree["date"], decree["issuer"]) == (
        "令",
        "北京市平谷区人民政府令第3号",
        "2021-03-10",
        "北京市平谷区人民政府",
    )
    assert (reply["kind"], reply["doc_number"]["text"], reply["recipients"]) == (
        "批复",
        "京平政函〔2021〕8号",
        ["区委宣传部"],
    )
    assert [(c["title"], c["doc_number"]["text"]) for c in reply["citations"]] == [
        ("关于设立平谷区融媒体中心的请示", "平宣发〔2021〕2号")
    ]
    assert result["warnings"] == []
