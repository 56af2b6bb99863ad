"""``gazette-extract mcp``: the server started as a subprocess and driven over stdio by the MCP
SDK's own client (a real client, not a mock), on a database indexed from the bundled samples
and the synthetic issues of ``test_archive`` (a person's career, a unit under three names, a
cited document that is itself in the archive)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import anyio
import pytest
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from test_archive import ISSUE_2019, ISSUE_2023, ISSUE_2024

from gazette_extract.app.mcp_server import MAX_TEXT_CHARS

ROOT = Path(__file__).resolve().parent.parent
TOOLS = {"search_documents", "get_document", "person_timeline", "unit_tasks", "citing_documents", "parse_gazette_text"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("issues")
    (folder / "ceshi-2023-02.txt").write_text(ISSUE_2023, encoding="utf-8")
    (folder / "gwy-2019-05.txt").write_text(ISSUE_2019, encoding="utf-8")
    (folder / "ceshi-2024-01.txt").write_text(ISSUE_2024, encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "archive.db"
    done = subprocess.run(
        [sys.executable, "-m", "gazette_extract", "index", str(ROOT / "samples"), str(folder), "--db", str(path)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


def session_run(db: Path, body) -> object:
    """Start the server on ``db``, open a client session, run ``await body(session)``."""
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "gazette_extract", "mcp", "--db", str(db)], cwd=str(ROOT)
    )
    result: list[object] = []

    async def main() -> None:
        async with stdio_client(params) as streams, ClientSession(streams[0], streams[1]) as session:
            await session.initialize()
            result.append(await body(session))

    anyio.run(main)
    return result[0]


def rows(call) -> list[dict]:
    assert not call.is_error, [c.text for c in call.content]
    assert json.loads(call.content[0].text) == call.structured_content  # readable as text too
    return call.structured_content["rows"]


def check_source(row: dict) -> None:
    source = row["source"]
    assert (
        (source["path"] and (ROOT / source["path"]).exists())
        or Path(source["path"]).exists()
        or source["path"].endswith(".txt")
    )
    assert source["lines"]["start"] >= 1 and source["lines"]["end"] >= source["lines"]["start"]


def test_tools_and_resources_are_listed_with_schemas(db):
    async def body(session: ClientSession):
        tools = (await session.list_tools()).tools
        resources = (await session.list_resources()).resources
        return tools, resources

    tools, resources = session_run(db, body)
    assert {t.name for t in tools} == TOOLS
    for tool in tools:
        assert tool.input_schema["type"] == "object" and tool.output_schema is not None, tool.name
        assert "Example" in tool.description or tool.name == "parse_gazette_text", tool.name
    assert {str(r.uri) for r in resources} == {"gazette://schema", "gazette://stats"}


def test_every_tool_answers_with_sources(db):
    pinggu = (ROOT / "samples" / "pinggu-2021-01.txt").read_text(encoding="utf-8")

    async def body(session: ClientSession):
        return {
            "search": await session.call_tool("search_documents", {"query": "垃圾分类", "limit": 5}),
            "doc": await session.call_tool("get_document", {"doc": "京测政发[2023]5号"}),
            "cited": await session.call_tool("get_document", {"doc": "国办发〔2019〕3号"}),
            "person": await session.call_tool("person_timeline", {"name": "任 宝军"}),
            "unit": await session.call_tool("unit_tasks", {"unit": "国家发展改革委", "role": "support"}),
            "cites": await session.call_tool("citing_documents", {"doc_number": "国办发(2019)3号"}),
            "parse": await session.call_tool("parse_gazette_text", {"text": pinggu}),
            "stats": await session.read_resource("gazette://stats"),
            "schema": await session.read_resource("gazette://schema"),
        }

    got = session_run(db, body)

    hits = rows(got["search"])
    assert 1 <= len(hits) <= 5 and any("【垃圾分类】" in (h["snippet"] or "") for h in hits)
    for hit in hits:
        check_source(hit)

    doc = got["doc"].structured_content["document"]
    assert doc["doc_number"] == "京测政发〔2023〕5号" and doc["title"].endswith("的通知")
    tasks = {t["text"][:8]: t for t in doc["tasks"]}
    assert [t["lead_units"] for t in doc["tasks"]] == [["发展改革委"], ["区教委"]]
    assert doc["tasks"][1]["support_units"] == ["国家发展和改革委员会"]
    assert doc["tasks"][1]["deadline_date"] == "2023-06-30" and len(tasks) == 2
    assert [c["cited_doc_number"] for c in doc["citations"]] == ["国办发〔2019〕3号"]
    for record in [doc, *doc["tasks"], *doc["citations"]]:
        check_source(record)
    cited = got["cited"].structured_content["document"]
    assert [c["cited_doc_number"] for c in cited["citations"]] == ["国发〔2016〕12号"]

    career = rows(got["person"])
    # the bundled issue appointed him in 2021; the synthetic ones again, to a group, then removed him
    assert [(r["event"], r["date"][:4]) for r in career] == [
        ("appoint", "2021"),
        ("appoint", "2023"),
        ("member", "2023"),
        ("remove", "2024"),
    ]
    assert career[1]["doc_number"] == "京测政发〔2023〕6号" and career[0]["source"]["path"].endswith(
        "pinggu-2021-01.txt"
    )
    for row in career:
        check_source(row)

    ledger = rows(got["unit"])
    assert "完成生活垃圾分类驿站建设。" in [r["text"] for r in ledger]  # printed as 国家发展和改革委员会: an alias
    assert {r["role"] for r in ledger} == {"support"} and len(ledger) > 1  # the gov.cn samples name it too

    citing = rows(got["cites"])
    assert [r["doc_number"] for r in citing] == ["京测政发〔2023〕5号"]
    check_source(citing[0])

    parsed = got["parse"].structured_content["gazette"]
    assert parsed["issue"]["total_number"] == 9 and len(parsed["documents"]) == 5

    stats = json.loads(got["stats"].contents[0].text)
    with sqlite3.connect(db) as conn:
        assert stats["counts"]["documents"] == conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert sum(row["documents"] for row in stats["by_year_and_publisher"]) == stats["counts"]["documents"]
    assert json.loads(got["schema"].contents[0].text)["title"] == "Gazette"


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        pytest.param("unit_tasks", {"unit": "不存在的委员会"}, "no unit named", id="unknown-unit"),
        pytest.param("unit_tasks", {"unit": "区教委", "role": "boss"}, "role must be", id="bad-role"),
        pytest.param("unit_tasks", {"unit": "区教委", "due_before": "June"}, "YYYY-MM-DD", id="bad-date"),
        pytest.param(
            "citing_documents", {"doc_number": "not a number"}, "not a document number", id="malformed-number"
        ),
        pytest.param("get_document", {"doc": "京测政发〔1999〕1号"}, "no document", id="missing-document"),
        pytest.param("person_timeline", {"name": "无此人"}, "no person named", id="unknown-person"),
        pytest.param("search_documents", {"query": "垃圾", "limit": 0}, "limit must be", id="bad-limit"),
        pytest.param("parse_gazette_text", {"text": "x" * (MAX_TEXT_CHARS + 1)}, "text too long", id="oversized-text"),
        pytest.param("search_documents", {"query": 12}, "validation error", id="wrong-type"),
    ],
)
def test_bad_arguments_are_tool_errors_and_the_server_keeps_serving(db, tool, arguments, message):
    async def body(session: ClientSession):
        bad = await session.call_tool(tool, arguments)
        good = await session.call_tool("search_documents", {"query": "垃圾分类"})
        return bad, good

    bad, good = session_run(db, body)
    assert bad.is_error and message in bad.content[0].text
    assert "Traceback" not in bad.content[0].text
    assert rows(good)


def test_the_database_is_never_written(db):
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    async def body(session: ClientSession):
        for name in ("任宝军", "郭红"):
            await session.call_tool("person_timeline", {"name": name})
        return await session.call_tool("search_documents", {"query": "通知"})

    assert rows(session_run(db, body))
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_missing_database_is_one_error_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "gazette_extract", "mcp", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode != 0 and done.stderr.startswith("Error: no such database") and "Traceback" not in done.stderr
