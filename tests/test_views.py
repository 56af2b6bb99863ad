"""Flattening parse results into CSV rows."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazette_extract.app.views import VIEWS, iter_rows, view_columns, write_csv

DOC_NUMBER = {
    "text": "京平政发〔2021〕1号",
    "raw": "京平政发〔2021〕1 号",
    "agency": "京平政发",
    "year": 2021,
    "serial": 1,
}
CITED = {"text": "京政发〔2020〕5号", "raw": "京政发〔2020〕5号", "agency": "京政发", "year": 2020, "serial": 5}

RESULT = {
    "schema_version": "1",
    "source": {"path": "gazettes/pinggu-2021-01.txt", "sha256": "ab" * 32, "encoding": "utf-8", "bytes": 1234},
    "issue": {"title": "北京市平谷区人民政府公报", "year": 2021, "number": 1, "total_number": 9,
              "publisher": "北京市平谷区政务服务管理局", "published": "2021-04-07"},
    "contents": [{"section": "平谷区人民政府文件", "title": "关于印发…的通知", "doc_number": "京平政发〔2021〕1号", "page": 18, "line": 20}],
    "documents": [
        {
            "title": "北京市平谷区人民政府关于印发《平谷区2021年为民办实事工程》的通知",
            "kind": "通知",
            "doc_number": DOC_NUMBER,
            "recipients": ["各乡镇人民政府", "街道办事处"],
            "issuer": "北京市平谷区人民政府",
            "date": "2021-01-14",
            "attachments": [{"label": "附件1", "title": "任务分解表", "line": 80}],
            "citations": [
                {"title": "北京市人民政府关于加强耕地保护的通知", "doc_number": CITED, "line": 60},
                {"title": "中华人民共和国土地管理法", "doc_number": None, "line": 61},
            ],
            "tasks": [
                {"id": "t1", "text": "建立耕地保护网格化管理机制。", "section": ["一、工作任务", "（一）建立责任体系"],
                 "lead_units": ["区规划自然资源分局"], "support_units": ["区农业农村局", "各乡镇（街道）"],
                 "lead_people": [], "deadline": {"text": "每年1月底前", "kind": "recurring", "date": None,
                                                 "rrule": "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1"},
                 "lines": {"start": 90, "end": 91}},
                {"id": "t2", "text": "按期巡查。", "section": [], "lead_units": [], "support_units": [],
                 "lead_people": ["张志刚"], "deadline": None, "lines": {"start": 92, "end": 92}},
            ],
            "appointments": [],
            "members": [{"role": "组长", "person": "王成国", "post": "区委书记", "line": 70}],
            "lines": {"start": 50, "end": 120},
        },
        {
            "title": "北京市平谷区人民政府关于干部任免职的通知",
            "kind": "通知",
            "doc_number": None,
            "recipients": [],
            "issuer": None,
            "date": None,
            "attachments": [],
            "citations": [],
            "tasks": [],
            "appointments": [
                {"action": "appoint", "person": "李强", "position": "区发展改革委主任", "organization": "区发展改革委",
                 "title": "主任", "decided_on": "2021-01-08", "meeting": "区政府第105次常务会议", "note": "试用期一年",
                 "lines": {"start": 130, "end": 131}},
            ],
            "members": [],
            "lines": {"start": 125, "end": 140},
        },
    ],
    "warnings": [{"code": "contents-not-found", "message": "…", "line": None}],
}  # fmt: skip

ERROR_RESULT = {
    "source": {"path": "gazettes/scan.png", "sha256": "cd" * 32, "encoding": None, "bytes": 10},
    "error": {"code": "not-text", "message": "binary file"},
}

LOCATION = ["source_path", "issue_title", "issue_year", "issue_number", "doc_number", "doc_title"]
DOCUMENT = ["doc_kind", "doc_issuer", "doc_date"]  # in the views of records inside documents

COLUMNS = [
    pytest.param("documents", ["kind", "issuer", "date", "recipients", "attachments", "citations", "tasks",
                               "appointments", "members", "line_start", "line_end"], id="documents"),
    pytest.param("tasks", ["id", "text", "section", "lead_units", "support_units", "lead_people", "deadline_text",
                           "deadline_kind", "deadline_date", "deadline_rrule", "line_start", "line_end"], id="tasks"),
    pytest.param("appointments", ["action", "person", "position", "organization", "title", "decided_on",
                                  "meeting", "note", "line_start", "line_end"], id="appointments"),
    pytest.param("citations", ["cited_title", "cited_doc_number", "line"], id="citations"),
    pytest.param("members", ["role", "person", "post", "line"], id="members"),
]  # fmt: skip


def test_views_listed() -> None:
    assert VIEWS == ("documents", "tasks", "appointments", "citations", "members")
    assert [p.id for p in COLUMNS] == list(VIEWS)


@pytest.mark.parametrize(("view", "own"), COLUMNS)
def test_view_columns(view: str, own: list[str]) -> None:
    assert view_columns(view) == LOCATION + ([] if view == "documents" else DOCUMENT) + own


@pytest.mark.parametrize("view", VIEWS)
def test_rows_have_view_columns_in_order(view: str) -> None:
    for row in iter_rows(RESULT, view):
        assert list(row) == view_columns(view)


ROW_COUNTS = [
    pytest.param("documents", 2, id="documents"),
    pytest.param("tasks", 2, id="tasks"),
    pytest.param("appointments", 1, id="appointments"),
    pytest.param("citations", 2, id="citations"),
    pytest.param("members", 1, id="members"),
]


@pytest.mark.parametrize(("view", "count"), ROW_COUNTS)
def test_one_row_per_record(view: str, count: int) -> None:
    assert len(list(iter_rows(RESULT, view))) == count


FIRST_DOC = {
    "source_path": "gazettes/pinggu-2021-01.txt",
    "issue_title": "北京市平谷区人民政府公报",
    "issue_year": 2021,
    "issue_number": 1,
    "doc_number": "京平政发〔2021〕1号",
    "doc_title": "北京市平谷区人民政府关于印发《平谷区2021年为民办实事工程》的通知",
}


def test_documents_rows() -> None:
    first, second = iter_rows(RESULT, "documents")
    assert first == FIRST_DOC | {
        "kind": "通知", "issuer": "北京市平谷区人民政府", "date": "2021-01-14",
        "recipients": "各乡镇人民政府、街道办事处",
        "attachments": 1, "citations": 2, "tasks": 2, "appointments": 0, "members": 1,
        "line_start": 50, "line_end": 120,
    }  # fmt: skip
    assert second["doc_number"] is None
    assert second["recipients"] is None
    assert second["appointments"] == 1


def test_tasks_rows_join_lists_and_flatten_deadline() -> None:
    t1, t2 = iter_rows(RESULT, "tasks")
    assert t1 == FIRST_DOC | {
        "doc_kind": "通知", "doc_issuer": "北京市平谷区人民政府", "doc_date": "2021-01-14",
        "id": "t1", "text": "建立耕地保护网格化管理机制。", "section": "一、工作任务 > （一）建立责任体系",
        "lead_units": "区规划自然资源分局", "support_units": "区农业农村局、各乡镇（街道）", "lead_people": None,
        "deadline_text": "每年1月底前", "deadline_kind": "recurring", "deadline_date": None,
        "deadline_rrule": "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1", "line_start": 90, "line_end": 91,
    }  # fmt: skip
    assert t2["lead_people"] == "张志刚"
    assert [t2[k] for k in ("deadline_text", "deadline_kind", "deadline_date", "deadline_rrule")] == [None] * 4


def test_appointments_rows() -> None:
    [row] = iter_rows(RESULT, "appointments")
    assert row["doc_title"] == "北京市平谷区人民政府关于干部任免职的通知"
    assert row["doc_number"] is None
    assert (row["action"], row["person"], row["note"], row["line_start"]) == ("appoint", "李强", "试用期一年", 130)


def test_citations_rows_keep_citing_document_apart() -> None:
    first, second = iter_rows(RESULT, "citations")
    assert first["doc_number"] == "京平政发〔2021〕1号"  # the citing document
    assert first["cited_doc_number"] == "京政发〔2020〕5号"
    assert first["cited_title"] == "北京市人民政府关于加强耕地保护的通知"
    assert second["cited_doc_number"] is None


def test_members_rows() -> None:
    [row] = iter_rows(RESULT, "members")
    assert {k: row[k] for k in ("role", "person", "post", "line")} == {
        "role": "组长", "person": "王成国", "post": "区委书记", "line": 70,
    }  # fmt: skip


@pytest.mark.parametrize("view", VIEWS)
def test_error_results_skipped(view: str) -> None:
    assert list(iter_rows(ERROR_RESULT, view)) == []


@pytest.mark.parametrize("view", VIEWS)
def test_sparse_result_does_not_crash(view: str) -> None:
    sparse = {"source": {"path": "x.txt"}, "documents": [{"title": "关于…的通知"}]}
    rows = list(iter_rows(sparse, view))
    assert len(rows) == (1 if view == "documents" else 0)


UNKNOWN = [
    pytest.param(view_columns, id="view_columns"),
    pytest.param(lambda view: iter_rows(RESULT, view), id="iter_rows"),
    pytest.param(lambda view: write_csv([RESULT], view, io.StringIO()), id="write_csv"),
]


@pytest.mark.parametrize("call", UNKNOWN)
def test_unknown_view(call) -> None:
    message = "unknown view 'task'; choose one of: documents, tasks, appointments, citations, members"
    with pytest.raises(ValueError) as error:
        call("task")
    assert str(error.value) == message


# --- CSV ------------------------------------------------------------------------------------


def csv_text(view: str, *, excel: bool = False, results=None) -> tuple[str, int]:
    out = io.StringIO(newline="")
    count = write_csv(results if results is not None else [RESULT, ERROR_RESULT, RESULT], view, out, excel=excel)
    return out.getvalue(), count


@pytest.mark.parametrize(("view", "count"), ROW_COUNTS)
def test_csv_round_trip(view: str, count: int) -> None:
    text, written = csv_text(view)
    assert written == 2 * count
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0].keys() == set(view_columns(view))
    assert list(rows[0]) == view_columns(view)
    expected = [{k: "" if v is None else str(v) for k, v in row.items()} for row in iter_rows(RESULT, view)]
    assert rows == expected * 2


def test_header_once_and_written_without_rows() -> None:
    text, written = csv_text("appointments", results=[ERROR_RESULT])
    assert written == 0
    assert text == ",".join(view_columns("appointments")) + "\r\n"


def test_excel_bom() -> None:
    text, _ = csv_text("tasks", excel=True)
    assert text.startswith("\ufeffsource_path,")
    assert text.count("\ufeff") == 1


def test_no_bom_by_default() -> None:
    text, _ = csv_text("tasks")
    assert text.startswith("source_path,")
    assert "\ufeff" not in text


def test_excel_file_round_trip(tmp_path) -> None:
    path = tmp_path / "tasks.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        write_csv([RESULT], "tasks", out, excel=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfsource_path,")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["support_units"] == "区农业农村局、各乡镇（街道）"
    assert "\r\r\n" not in path.read_text(encoding="utf-8-sig")


def test_cells_with_commas_quotes_and_newlines() -> None:
    result = json.loads(json.dumps(RESULT))
    result["documents"][0]["tasks"][0]["text"] = '完成"三项"任务,\n按期报送'
    text, _ = csv_text("tasks", results=[result])
    [first, _] = csv.DictReader(io.StringIO(text, newline=""))
    assert first["text"] == '完成"三项"任务,\n按期报送'


@given(st.lists(st.text(max_size=10), max_size=5), st.sampled_from(VIEWS))
def test_any_units_round_trip(units: list[str], view: str) -> None:
    result = json.loads(json.dumps(RESULT))
    result["documents"][0]["tasks"][0]["lead_units"] = units
    text, written = csv_text(view, results=[result])
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == written


def test_import_is_light() -> None:
    """The CLI imports this module at start-up: no heavy dependencies at import time."""
    import subprocess
    import sys

    heavy = ("pydantic", "typer", "rich", "selectolax")
    code = f"import sys, gazette_extract.app.views; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
