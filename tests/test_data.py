"""The typed records (gazette_extract.data) against the output contract (gazette_extract.models):
the same fields in the same order, frozen, and one to_dict that prints them as the JSON does."""

from __future__ import annotations

import dataclasses

import pytest

from gazette_extract import codes, data, models
from gazette_extract.layout.blocks import split_blocks
from gazette_extract.records.tasks import extract_tasks

# fields the last stages add to the dicts (text/spans.py, pipeline.add_pages)
ADDED_LATER = {"span", "pages"}

PAIRS = [
    pytest.param(data.LineSpan, models.LineSpan, id="LineSpan"),
    pytest.param(data.DocNumber, models.DocNumber, id="DocNumber"),
    pytest.param(data.Deadline, models.Deadline, id="Deadline"),
    pytest.param(data.Issue, models.Issue, id="Issue"),
    pytest.param(data.ContentsEntry, models.ContentsEntry, id="ContentsEntry"),
    pytest.param(data.Attachment, models.Attachment, id="Attachment"),
    pytest.param(data.Citation, models.Citation, id="Citation"),
    pytest.param(data.Task, models.Task, id="Task"),
    pytest.param(data.Appointment, models.Appointment, id="Appointment"),
    pytest.param(data.Member, models.Member, id="Member"),
    pytest.param(data.Document, models.Document, id="Document"),
    pytest.param(data.WarningRecord, models.Warning, id="Warning"),
]


@pytest.mark.parametrize(("record", "model"), PAIRS)
def test_record_fields_are_the_contract_fields_in_order(record, model):
    contract = [name for name in model.model_fields if name not in ADDED_LATER]
    if model is models.Document:
        # the JSON prints a document's lines before its records, as it always has
        contract.remove("lines")
        contract.insert(contract.index("tasks"), "lines")
    assert [f.name for f in dataclasses.fields(record)] == contract


@pytest.mark.parametrize(("record", "model"), PAIRS)
def test_records_are_frozen_with_slots(record, model):
    params = record.__dataclass_params__
    assert params.frozen
    assert "__slots__" in record.__dict__


NUMBER = data.DocNumber(text="京平政发〔2021〕1号", raw="京平政发 〔2021〕1号", agency="京平政发", year=2021, serial=1)


def test_to_dict_nests_records_and_turns_tuples_into_lists():
    doc = data.Document(
        title="北京市平谷区人民政府关于印发…的通知",
        kind="通知",
        doc_number=NUMBER,
        recipients=("各乡镇人民政府", "街道办事处"),
        issuer=None,
        date="2021-01-14",
        published=None,
        metadata={"索引号": "000/2021-1"},
        attachments=(data.Attachment(label="附件1", title=None, line=12),),
        citations=(),
        lines=data.LineSpan(start=3, end=40),
    )
    assert data.to_dict(doc) == {
        "title": "北京市平谷区人民政府关于印发…的通知",
        "kind": "通知",
        "doc_number": {
            "text": "京平政发〔2021〕1号",
            "raw": "京平政发 〔2021〕1号",
            "agency": "京平政发",
            "year": 2021,
            "serial": 1,
        },
        "recipients": ["各乡镇人民政府", "街道办事处"],
        "issuer": None,
        "date": "2021-01-14",
        "published": None,
        "metadata": {"索引号": "000/2021-1"},
        "attachments": [{"label": "附件1", "title": None, "line": 12}],
        "citations": [],
        "lines": {"start": 3, "end": 40},
        "tasks": [],
        "appointments": [],
        "members": [],
    }
    assert list(data.to_dict(doc)) == [f.name for f in dataclasses.fields(data.Document)]
    # the dict is the caller's: changing it leaves the record as it was
    out = data.to_dict(doc)
    out["metadata"]["x"] = "y"
    out["recipients"].append("z")
    assert doc.metadata == {"索引号": "000/2021-1"} and len(doc.recipients) == 2


def test_a_contents_entry_prints_its_number_as_text():
    entry = data.ContentsEntry(section="区政府文件", title="关于…的通知", doc_number=NUMBER, page=3, line=7)
    assert data.to_dict(entry) == {
        "section": "区政府文件",
        "title": "关于…的通知",
        "doc_number": "京平政发〔2021〕1号",
        "page": 3,
        "line": 7,
    }
    assert data.to_dict(dataclasses.replace(entry, doc_number=None))["doc_number"] is None


def test_a_record_cannot_be_changed():
    with pytest.raises(dataclasses.FrozenInstanceError):
        NUMBER.serial = 2  # type: ignore[misc]


def test_the_warning_builder_takes_only_registered_codes():
    assert data.to_dict(data.warning(codes.MISSING_DATE, "no date for 《X》", 4)) == {
        "code": "missing-date",
        "message": "no date for 《X》",
        "line": 4,
    }
    # a PDF page's warning names its page; no other warning has the key
    assert data.to_dict(data.warning(codes.OCR_NEEDED, "page 3 has no text layer", None, page=3)) == {
        "code": "ocr-needed",
        "message": "page 3 has no text layer",
        "line": None,
        "page": 3,
    }
    with pytest.raises(ValueError, match="unregistered warning code 'no-such-code'"):
        data.warning("no-such-code", "…", None)


def test_the_extractors_pass_typed_records():
    text = "一、教育服务（1件）\n1. 新建幼儿园。\n主责单位：区教委\n完成时限：2021年9月底前\n"
    tasks, warnings = extract_tasks(split_blocks(text), year=2021)
    [task] = tasks
    assert isinstance(task, data.Task) and isinstance(task.deadline, data.Deadline)
    assert task.lead_units == ("区教委",) and task.deadline.date == "2021-09-30"
    assert warnings == []
