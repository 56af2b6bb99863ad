"""``index`` and ``query``: an archive database built from the bundled samples plus synthetic
issues, asked through the real CLI (subprocess) and the query library, on real SQLite files.

The synthetic issues name what the samples lack: a person appointed, put on a leading group and
later removed; a unit under three of its names with a recurring deadline; a document that is
itself in the archive and is cited by another.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gazette_extract.errors import GazetteError
from gazette_extract.pipeline import extract
from gazette_extract.store import connect_readonly, query
from gazette_extract.store.rows import extract_with_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PINGGU = SAMPLES / "pinggu-2021-01.txt"
TABLES = ("sources", "issues", "documents", "tasks", "task_units", "appointments", "members", "citations", "warnings")

ISSUE_2023 = """\
# 北京市测试区人民政府公报

2023年第2期（总第20期）

北京市测试区政务服务管理局主办

# 北京市测试区人民政府关于印发《测试区2023年重点工作任务》的通知

京测政发〔2023〕5号

各有关单位：

为贯彻落实《国务院办公厅关于做好2019年垃圾分类工作的通知》（国办发〔2019〕3号），现将《测试区2023年重点工作任务》印发给你们，请认真贯彻执行。

北京市测试区人民政府

2023年3月1日

# 测试区2023年重点工作任务

## 一、统计监测（2件）

1. 按时报送价格监测数据。

主责单位：发展改革委

完成时限：每年4月底前

2. 完成生活垃圾分类驿站建设。

主责单位：区教委

配合单位：国家发展和改革委员会

完成时限：2023年6月底前

# 北京市测试区人民政府关于干部任免职的通知

京测政发〔2023〕6号

各有关单位：

经2023年3月10日北京市测试区人民政府第5次常务会议研究决定任命：

任宝军任北京市测试区商务局局长。

北京市测试区人民政府

2023年3月15日

# 北京市测试区人民政府关于成立测试区垃圾分类工作领导小组的通知

京测政发〔2023〕7号

各有关单位：

为加强垃圾分类工作，经区政府研究，决定成立测试区垃圾分类工作领导小组。组成人员如下：

组　长：任宝军　区商务局局长

副组长：赵小明　区教委主任

北京市测试区人民政府

2023年3月20日
"""

# 国办发〔2019〕3号 itself, so that cited-by finds it and its citation of 国发〔2016〕12号.
ISSUE_2019 = """\
# 国务院公报

2019年第5号

# 国务院办公厅关于做好2019年垃圾分类工作的通知

国办发〔2019〕3号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

根据《国务院关于推进生活垃圾分类工作的意见》（国发〔2016〕12号），经国务院同意，现就做好垃圾分类工作通知如下。

国务院办公厅

2019年1月20日
"""

ISSUE_2024 = """\
# 北京市测试区人民政府公报

2024年第1期（总第21期）

北京市测试区政务服务管理局主办

# 北京市测试区人民政府关于干部任免职的通知

京测政发〔2024〕2号

各有关单位：

经2024年1月5日北京市测试区人民政府第1次常务会议研究决定：

免去：

任宝军北京市测试区商务局局长职务。

北京市测试区人民政府

2024年1月10日
"""


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "gazette_extract", *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def rows_of(*args: str) -> list[dict]:
    result = cli("query", *args, "-f", "json")
    return json.loads(result.stdout)


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        tables = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
        tables["fts"] = conn.execute(
            "SELECT rowid, title FROM documents_fts WHERE documents_fts MATCH '\"办公室\"' ORDER BY rowid"
        ).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return tables


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    (folder / "ceshi-2023-02.txt").write_text(ISSUE_2023, encoding="utf-8")
    (folder / "gwy-2019-05.txt").write_text(ISSUE_2019, encoding="utf-8")
    (folder / "ceshi-2024-01.txt").write_text(ISSUE_2024, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(tmp_path_factory, synthetic) -> Path:
    path = tmp_path_factory.mktemp("db") / "archive.db"
    result = cli("index", str(SAMPLES), str(synthetic), "--db", str(path), "-j", "2")
    assert "issues, 0 errors" in result.stderr
    return path


# ---------------------------------------------------------------------------------------------
# The database
# ---------------------------------------------------------------------------------------------


def test_schema_version_and_tables(db):
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()[0]
        fks = {(t, r[2]) for t in TABLES for r in conn.execute(f"PRAGMA foreign_key_list({t})")}
    assert set(TABLES) <= names
    assert "trigram" in fts_sql
    assert ("task_units", "tasks") in fks and ("documents", "sources") in fks and ("citations", "documents") in fks


def test_document_text_is_the_source_lines(db, synthetic):
    with sqlite3.connect(db) as conn:
        text, start, end = conn.execute(
            "SELECT text, line_start, line_end FROM documents WHERE doc_number = '京测政发〔2023〕6号'"
        ).fetchone()
    lines = ISSUE_2023.split("\n")
    assert text == "\n".join(lines[start - 1 : end])
    assert "任宝军任北京市测试区商务局局长。" in text


@pytest.mark.parametrize(
    "path", sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".html")), ids=lambda p: p.name
)
def test_extract_with_text_gives_the_pipeline_result(path):
    data = path.read_bytes()
    result, text = extract_with_text(data, path=str(path))
    assert result == extract(data, path=str(path))
    assert isinstance(text, str)


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------


def test_person_timeline_in_date_order(db, synthetic):
    rows = rows_of("person", "任宝军", "--db", str(db))
    assert [(r["date"], r["event"], r["doc_number"]) for r in rows] == [
        ("2021-02-08", "appoint", "京平政发〔2021〕3号"),
        ("2023-03-10", "appoint", "京测政发〔2023〕6号"),
        ("2023-03-20", "member", "京测政发〔2023〕7号"),
        ("2024-01-05", "remove", "京测政发〔2024〕2号"),
    ]
    member = rows[2]
    assert member["role"] == "组长" and member["position"] == "区商务局局长"
    assert member["source"] == {
        "path": str(synthetic / "ceshi-2023-02.txt"),
        "lines": {"start": 59, "end": 59},
        "pages": None,
    }
    assert rows[0]["source"]["pages"] == {"start": 26, "end": 27}  # from the contents of pinggu-2021-01
    assert rows[0]["source"]["lines"] == {"start": 539, "end": 539}


@pytest.mark.parametrize("name", ["发展改革委", "国家发展改革委", "国家发展和改革委员会"])
def test_unit_aliases_find_the_same_tasks(db, name):
    rows = rows_of("unit", name, "--db", str(db), "--today", "2023-05-01", "--limit", "0")
    texts = {r["text"] for r in rows}
    assert {"按时报送价格监测数据。", "完成生活垃圾分类驿站建设。"} <= texts
    assert {r["unit"] for r in rows} >= {"发展改革委", "国家发展和改革委员会"}


def test_unit_role_due_before_and_recurring_next_due(db):
    rows = rows_of(
        "unit",
        "发展改革委",
        "--db",
        str(db),
        "--role",
        "lead",
        "--today",
        "2023-05-01",
        "--due-before",
        "2024-05-01",
        "--limit",
        "0",
    )
    report = next(r for r in rows if r["text"] == "按时报送价格监测数据。")
    assert report["rrule"] == "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1"
    assert report["due"] == "2024-04-30"  # 2023-04-30 has passed on 2023-05-01
    assert report["status"] == "open" and report["role"] == "lead"
    assert all(r["role"] == "lead" for r in rows)
    assert "完成生活垃圾分类驿站建设。" not in {r["text"] for r in rows}  # there it only supports
    dues = [r["due"] for r in rows]
    assert all(d is not None and d < "2024-05-01" for d in dues) and dues == sorted(dues)


def test_unit_open_leaves_out_overdue(db):
    every = rows_of("unit", "区教委", "--db", str(db), "--today", "2023-07-01", "--limit", "0")
    still_open = rows_of("unit", "区教委", "--db", str(db), "--today", "2023-07-01", "--open", "--limit", "0")
    overdue = [r for r in every if r["status"] == "overdue"]
    assert overdue and {r["text"] for r in overdue} >= {"完成生活垃圾分类驿站建设。"}
    assert len(still_open) == len(every) - len(overdue)
    assert all(r["status"] != "overdue" for r in still_open)
    pinggu = [r for r in every if r["doc_number"] == "京平政发〔2021〕1号"]
    assert len(pinggu) >= 2 and all(r["source"]["path"].endswith("pinggu-2021-01.txt") for r in pinggu)


def test_unit_aliases_file_extends_the_table(db, tmp_path):
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("# 测试区\n区城管委 = 区城市管理委\n", encoding="utf-8")
    assert rows_of("unit", "区城管委", "--db", str(db), "--today", "2021-01-01") == []
    rows = rows_of("unit", "区城管委", "--db", str(db), "--today", "2021-01-01", "--aliases", str(aliases))
    assert rows and {r["unit"] for r in rows} == {"区城市管理委"}


@pytest.mark.parametrize(
    "spelling", ["国办发〔2019〕3号", "国办发[2019]3号", "国办发（2019）3号", "国办发〔2019〕第3号"]
)
def test_cites_matches_any_spelling(db, spelling):
    rows = rows_of("cites", spelling, "--db", str(db))
    assert [(r["doc_number"], r["cited_doc_number"], r["source"]["lines"]["start"]) for r in rows] == [
        ("京测政发〔2023〕5号", "国办发〔2019〕3号", 13)
    ]
    assert rows[0]["cited_title"] == "国务院办公厅关于做好2019年垃圾分类工作的通知"


def test_cited_by_lists_what_a_document_cites(db):
    rows = rows_of("cited-by", "京测政发[2023]5号", "--db", str(db))
    assert [(r["cited_doc_number"], r["cited_in_archive"]) for r in rows] == [("国办发〔2019〕3号", True)]
    rows = rows_of("cited-by", "国办发〔2019〕3号", "--db", str(db))
    assert [(r["cited_doc_number"], r["cited_in_archive"]) for r in rows] == [("国发〔2016〕12号", False)]


@pytest.mark.parametrize(("text", "first_hit"), [("垃圾分类驿站", 29), ("垃圾", 13)], ids=["fts", "like-fallback"])
def test_search_with_snippet_and_line(db, text, first_hit):
    rows = rows_of("search", text, "--db", str(db), "--limit", "0")
    hits = {(r["doc_number"], r["source"]["lines"]["start"]) for r in rows}
    assert ("京平政发〔2021〕1号", 439) in hits  # 22. 新建和改造 15 座生活垃圾分类驿站。
    assert ("京测政发〔2023〕5号", first_hit) in hits  # the line of the first hit in the document
    assert all(f"【{text}】" in r["snippet"] for r in rows)
    if text == "垃圾":  # two characters: below the trigram size, found by the LIKE scan
        assert ("国办函〔2004〕71号", 56) in hits


def test_no_fts_defers_the_index_and_search_still_finds(tmp_path, synthetic):
    # --no-fts, like an interrupted run, leaves documents out of the full-text index
    path = tmp_path / "a.db"
    cli("index", str(synthetic), "--db", str(path), "--no-fts")
    fts_hits = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"垃圾分类驿站\"'"
    with sqlite3.connect(path) as conn:
        assert conn.execute(fts_hits).fetchone()[0] == 0
    rows = rows_of("search", "垃圾分类驿站", "--db", str(path))
    assert [(r["doc_number"], r["source"]["lines"]["start"]) for r in rows] == [("京测政发〔2023〕5号", 29)]
    cli("index", str(synthetic), "--db", str(path))  # the next run completes the index
    with sqlite3.connect(path) as conn:
        assert conn.execute(fts_hits).fetchone()[0] == 1
        assert (
            conn.execute("SELECT value FROM meta").fetchone()[0]
            == conn.execute("SELECT max(id) FROM documents").fetchone()[0]
        )
    assert rows_of("search", "垃圾分类驿站", "--db", str(path)) == rows


def test_search_syntax_characters_are_text(db):
    assert rows_of("search", '"OR 垃圾 AND*', "--db", str(db)) == []


def test_sql_reads(db):
    rows = rows_of("sql", "SELECT count(*) AS n FROM documents WHERE doc_number LIKE '京测政发%'", "--db", str(db))
    assert rows == [{"n": 4}]  # 3 in 2023, 1 in 2024


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM tasks",
        "UPDATE sources SET path = 'x'",
        "DROP TABLE tasks",
        "ATTACH DATABASE 'x.db' AS x",
        "PRAGMA user_version = 9",
        "SELEC 1",
    ],
)
def test_sql_refuses_writes_and_errors(db, sql):
    before = counts(db)
    result = cli("query", "sql", sql, "--db", str(db), check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: SQL: ") and result.stderr.count("\n") == 1
    assert counts(db) == before


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_nothing_matches_is_exit_0(db, fmt):
    result = cli("query", "person", "无此人", "--db", str(db), "-f", fmt)
    assert result.stdout == {"json": "[]\n", "jsonl": "", "csv": "", "table": "(no rows)\n"}[fmt]


def test_formats_and_limit(db):
    jsonl = cli(
        "query", "unit", "区教委", "--db", str(db), "--today", "2021-01-01", "-f", "jsonl", "--limit", "3"
    ).stdout
    records = [json.loads(line) for line in jsonl.splitlines()]
    assert len(records) == 3 and all(r["source"]["path"] for r in records)
    csv_text = cli(
        "query", "unit", "区教委", "--db", str(db), "--today", "2021-01-01", "-f", "csv", "--limit", "3"
    ).stdout
    lines = csv_text.splitlines()
    assert len(lines) == 4 and lines[0].endswith("source_path,source_lines,source_pages")
    table = cli("query", "unit", "区教委", "--db", str(db), "--today", "2021-01-01", "--limit", "3").stdout
    assert "区教委" in table


@pytest.mark.parametrize(
    "args",
    [
        ("cites", "not a number"),
        ("unit", "区教委", "--due-before", "June"),
        ("unit", "区教委", "--role", "boss"),
        ("search", "  "),
    ],
    ids=["docno", "date", "role", "empty-search"],
)
def test_bad_questions_are_usage_errors(db, args):
    result = cli("query", *args, "--db", str(db), check=False)
    assert result.returncode == 2 and result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


def test_query_library_is_what_the_cli_prints(db):
    with connect_readonly(db) as conn:
        rows = query.person_timeline(conn, "任宝军")
    assert rows == rows_of("person", "任宝军", "--db", str(db))


# ---------------------------------------------------------------------------------------------
# Incremental, safe
# ---------------------------------------------------------------------------------------------


def test_indexing_twice_changes_nothing(db, synthetic):
    before = dump(db)
    result = cli("index", str(SAMPLES), str(synthetic), "--db", str(db), "-j", "2")
    assert "0 issues" in result.stderr and "skipped: already in the database" in result.stderr
    assert dump(db) == before


def test_a_changed_file_replaces_its_rows(tmp_path):
    issue = tmp_path / "ceshi.txt"
    issue.write_text(ISSUE_2023, encoding="utf-8")
    path = tmp_path / "a.db"
    cli("index", str(issue), "--db", str(path))
    assert counts(path)["members"] == 2
    issue.write_text(ISSUE_2023.replace("副组长：赵小明　区教委主任\n\n", ""), encoding="utf-8")
    cli("index", str(issue), "--db", str(path))
    after = counts(path)
    assert after["sources"] == 1 and after["documents"] == 3 and after["members"] == 1 and after["tasks"] == 2
    with connect_readonly(path) as conn:
        assert query.person_timeline(conn, "赵小明") == []
        assert len(query.search(conn, "垃圾分类工作领导小组")) == 1  # the FTS index follows


def test_failed_files_are_recorded_and_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text(ISSUE_2024, encoding="utf-8")
    path = tmp_path / "a.db"
    result = cli("index", str(tmp_path / "empty.txt"), str(tmp_path / "ok.txt"), "--db", str(path), check=False)
    assert result.returncode == 1
    assert "Error: empty input" in result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT error_code FROM sources ORDER BY path").fetchall() == [("empty",), (None,)]


def _copies(folder: Path, count: int) -> None:
    text = PINGGU.read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(count):
        (folder / f"issue-{i:04d}.txt").write_text(f"{text}\n{i}\n", encoding="utf-8")  # distinct sha256


def _stop_mid_run(folder: Path, db: Path, sig: int) -> subprocess.Popen:
    """Start index -j 2 on ``folder``, send ``sig`` to it and its workers once some files are in."""
    process = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "index", str(folder), "--db", str(db), "-j", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8", start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait until some, not all, files are in
            time.sleep(0.05)
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
                    done = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
            except sqlite3.Error:
                continue
            if done >= 10:
                break
        os.killpg(process.pid, sig)  # as a terminal does: the indexer and its workers
        process.wait(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> tuple[Path, Path]:
    """A folder of 120 varied copies of the sample, and its database indexed without interruption."""
    folder = tmp_path_factory.mktemp("copies") / "issues"
    _copies(folder, 120)
    clean = folder.parent / "clean.db"
    cli("index", str(folder), "--db", str(clean), "-j", "2")
    return folder, clean


@pytest.mark.slow
def test_killed_run_resumed_equals_clean_run(tmp_path, copies):
    folder, clean = copies
    killed = tmp_path / "killed.db"
    _stop_mid_run(folder, killed, signal.SIGKILL)
    partial = counts(killed)["sources"]
    assert 10 <= partial < 120
    result = cli("index", str(folder), "--db", str(killed), "-j", "2")
    assert f"({partial} skipped" in result.stderr
    assert dump(killed) == dump(clean)


@pytest.mark.slow
def test_ctrl_c_exits_130_and_a_rerun_finishes(tmp_path, copies):
    folder, clean = copies
    db = tmp_path / "interrupted.db"
    process = _stop_mid_run(folder, db, signal.SIGINT)
    stderr = process.stderr.read()
    assert process.returncode == 130, stderr
    assert "Error: interrupted after " in stderr and "Traceback" not in stderr
    partial = counts(db)["sources"]
    assert 10 <= partial < 120
    dump(db)  # integrity and foreign keys hold
    cli("index", str(folder), "--db", str(db), "-j", "2")
    assert dump(db) == dump(clean)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "a.db"
    cli("index", str(PINGGU), "--db", str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    for args in (("index", str(PINGGU)), ("query", "person", "任宝军")):
        result = cli(*args, "--db", str(path), check=False)
        assert result.returncode == 6
        assert (
            result.stderr
            == f"Error: {path} has schema version 99, newer than this gazette-extract reads (1): upgrade gazette-extract\n"
        )


def test_locked_database_is_one_clear_error(tmp_path):
    path = tmp_path / "a.db"
    cli("index", str(PINGGU), "--db", str(path))
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = cli("index", str(SAMPLES / "more" / "gwy-15.txt"), "--db", str(path), check=False)
        assert result.returncode == 6
        assert (
            result.stderr
            == f"Error: {path} is locked by another process (another index run?); try again when it has finished\n"
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert counts(path)["sources"] == 1


def test_not_an_archive(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    assert cli("index", str(PINGGU), "--db", str(other), check=False).returncode == 6
    assert cli("query", "person", "x", "--db", str(text), check=False).returncode == 6
    missing = cli("query", "person", "x", "--db", str(tmp_path / "missing.db"), check=False)
    assert missing.returncode == 6 and missing.stderr == f"Error: no such database: {tmp_path / 'missing.db'}\n"


# ---------------------------------------------------------------------------------------------
# Library functions for the report and the MCP server
# ---------------------------------------------------------------------------------------------


def test_get_document_by_number_in_any_spelling_and_by_id(db, synthetic):
    with connect_readonly(db) as conn:
        (document,) = query.get_document(conn, "京测政发[2023]5号")
        assert query.get_document(conn, document["id"]) == [document]
        with pytest.raises(GazetteError):
            query.get_document(conn, "not a number")
    assert document["title"] == "北京市测试区人民政府关于印发《测试区2023年重点工作任务》的通知"
    assert [(t["task_id"], t["lead_units"], t["support_units"], t["rrule"]) for t in document["tasks"]] == [
        ("t1", ["发展改革委"], [], "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=-1"),
        ("t2", ["区教委"], ["国家发展和改革委员会"], None),
    ]
    assert document["citations"][0]["cited_doc_number"] == "国办发〔2019〕3号"
    assert document["source"] == {
        "path": str(synthetic / "ceshi-2023-02.txt"),
        "lines": {"start": 7, "end": 35},
        "pages": None,
    }


def test_counts_by_year_and_publisher(db):
    with connect_readonly(db) as conn:
        rows = query.counts(conn)
        issues = conn.execute("SELECT count(*) FROM issues").fetchone()[0]
        tasks = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    assert sum(r["issues"] for r in rows) == issues and sum(r["tasks"] for r in rows) == tasks
    ceshi = [r for r in rows if r["publisher"] and "测试区" in r["publisher"]]
    assert {(r["year"], r["issues"], r["documents"], r["tasks"], r["appointments"]) for r in ceshi} == {
        (2024, 1, 1, 0, 1),
        (2023, 1, 3, 2, 1),
    }


# ---------------------------------------------------------------------------------------------
# Properties: no text makes a query fail, every hit holds what was asked
# ---------------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from gazette_extract.errors import QueryError  # noqa: E402

QUERY_TEXT = st.text(
    alphabet=st.sampled_from("垃圾分类驿站区教委任宝军国办发〔〕[]2019号\"*() %_\\'ORAND-"), min_size=1, max_size=8
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY_TEXT)
def test_search_any_text_every_hit_contains_it(db, text):
    with connect_readonly(db) as conn:
        try:
            rows = query.search(conn, text, limit=0)
        except QueryError:
            assert not text.strip()
            return
        needle = " ".join(text.split())
        for row in rows:
            assert needle in (row["snippet"] or "") or needle in (row["title"] or "")
            line = row["source"]["lines"]["start"]  # the hit's document, found by where it stands (titles may be None)
            with_text = conn.execute(
                "SELECT coalesce(d.title, '') || char(10) || d.text FROM documents d JOIN sources s ON s.id = d.source_id"
                " WHERE s.path = ? AND d.line_start <= ? AND d.line_end >= ?",
                (row["source"]["path"], line, line),
            ).fetchone()[0]
            assert needle in with_text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY_TEXT)
def test_other_queries_never_fail_on_odd_text(db, text):
    with connect_readonly(db) as conn:
        query.person_timeline(conn, text)
        query.unit_tasks(conn, text, today="2021-01-01")
        for ask in (query.cites, query.cited_by, query.get_document):
            with contextlib.suppress(QueryError):
                ask(conn, text)


# ---------------------------------------------------------------------------------------------
# index takes batch's input options
# ---------------------------------------------------------------------------------------------


def test_index_takes_the_input_options_of_batch(tmp_path, synthetic):
    db = tmp_path / "a.db"
    names = tmp_path / "names.txt"
    names.write_text(f"{synthetic / 'ceshi-2023-02.txt'}\n{synthetic / 'gwy-2019-05.txt'}\n", encoding="utf-8")
    done = cli("index", "--files-from", str(names), "--db", str(db), "-q")
    assert done.stderr == ""  # --quiet: nothing on stderr
    assert counts(db)["sources"] == 2
    db2 = tmp_path / "b.db"
    cli("index", str(synthetic), "--exclude", "ceshi-*", "--db", str(db2))
    with sqlite3.connect(db2) as conn:
        assert [p for (p,) in conn.execute("SELECT path FROM sources ORDER BY path")] == [
            str(synthetic / "gwy-2019-05.txt")
        ]


def test_index_never_takes_its_database_as_an_input(tmp_path, synthetic):
    db = tmp_path / "a.db"
    cli("index", str(synthetic), "--db", str(db))
    refused = cli("index", str(db), "--db", str(db), check=False)
    assert refused.returncode == 5 and "is also an input" in refused.stderr
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_text(ISSUE_2019, encoding="utf-8")
    inside = folder / "archive.db"
    done = cli("index", str(folder), "--db", str(inside))
    assert counts(inside)["sources"] == 1  # the database in the folder is not read as an input
    assert "Error" not in done.stderr
