"""Character spans (``span``): every document and record points at its statement in the text
that ``gazette-extract text FILE`` prints, exactly, whatever normalization did to its values."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazette_extract.pipeline import extract, extract_str, read_source
from gazette_extract.text.script import to_simplified
from gazette_extract.text.spans import SourceSpans, fold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*.txt"))
HTML = sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))
# Known gaps, kept so that a fix shows as an XPASS (strict): corpus texts whose spans are wrong today.
SPAN_GAPS = {
    "samples/corpus/zhanjiang-2020-zhanjiang-gazette-toc-work-report-dash-date.txt": (
        "test-split text of corpus part P: a contents entry whose span does not hold its title"
    ),
}
SPAN_CASES = [
    pytest.param(
        p,
        id=str(p.relative_to(ROOT)),
        marks=[pytest.mark.xfail(strict=True, reason=SPAN_GAPS[str(p.relative_to(ROOT))])]
        if str(p.relative_to(ROOT)) in SPAN_GAPS
        else [],
    )
    for p in SAMPLES + HTML
]


def _records(result: dict):
    """(kind, record, its key texts: the span's slice must hold at least one)."""
    for entry in result["contents"]:
        yield "contents", entry, [entry["title"]]
    for doc in result["documents"]:
        yield "document", doc, [doc["title"]] if doc["title"] else []
        for task in doc["tasks"]:
            yield "task", task, [task["text"]]
        for change in doc["appointments"]:
            yield "appointment", change, [change["person"]]
        for member in doc["members"]:
            yield "member", member, [member["person"]]
        for citation in doc["citations"]:
            yield "citation", citation, [k for k in (citation["title"], (citation["doc_number"] or {}).get("raw")) if k]
        for attachment in doc["attachments"]:
            yield "attachment", attachment, [attachment["title"] or attachment["label"]]


def _check_spans(text: str, result: dict) -> int:
    """Assert the span properties; return the number of records checked."""
    base = to_simplified(text)[0] if result["source"].get("script") == "traditional" else text
    src = SourceSpans(text, base)
    checked = 0
    for doc in result["documents"]:
        lo, hi = src.lines(doc["lines"]["start"], doc["lines"]["end"])
        assert doc["span"] == {"start": lo, "end": hi}
    for kind, record, keys in _records(result):
        span = record["span"]
        assert 0 <= span["start"] <= span["end"] <= len(text), (kind, record)
        lines = record.get("lines") or {"start": record["line"], "end": record["line"]}
        first, last = src.lines(lines["start"], lines["end"])
        assert span["start"] >= first, (kind, record)  # it starts inside its lines …
        on_its_line = kind == "member" and fold(record["person"]) in fold(base[first:last])
        if "lines" in record or kind == "contents" or on_its_line:
            # … and ends there (a citation or attachment may run on, and so may a member whose
            # line is where its paragraph starts: 办公室主任由…兼任 two lines below a roster)
            assert span["end"] <= last, (kind, record)
        if keys:
            sliced = fold(base[span["start"] : span["end"]])
            assert any(fold(key) in sliced for key in keys), (kind, keys, text[span["start"] : span["end"]])
        checked += 1
    return checked


@pytest.mark.parametrize("path", SPAN_CASES)
def test_every_span_holds_its_records_key_text(path):
    data = path.read_bytes()
    text, _, _ = read_source(data, path=str(path))
    _check_spans(text, extract(data, path=str(path)))


def test_html_spans_point_into_the_rendered_article():
    path = ROOT / "tests" / "fixtures" / "html" / "beijing_district.html"
    text, _, _ = read_source(path.read_bytes(), path=str(path))
    assert "<" not in text[:200]  # the article as rendered, not the markup
    assert _check_spans(text, extract(path.read_bytes(), path=str(path))) > 0


@pytest.mark.slow
def test_pdf_spans_point_into_the_extracted_text():
    import pdfmaker

    data = pdfmaker.text_layer_pdf((ROOT / "samples" / "pinggu-2021-01.txt").read_text(encoding="utf-8"))
    text, _, _ = read_source(data, path="pinggu.pdf")
    assert "\f" in text
    result = extract(data, path="pinggu.pdf")
    assert sum(len(d["tasks"]) for d in result["documents"]) > 20
    assert _check_spans(text, result) > 50


# --- synthetic texts: what normalization changes, mapped back exactly -----------------------

HEAD = "北京市平谷区人民政府关于印发《平谷区工作方案》的通知\n京平政发〔2021〕1号\n各乡镇人民政府：\n现将方案印发给你们。\n北京市平谷区人民政府\n2021年1月14日\n"


def _task(text: str):
    result = extract_str(text)
    (task,) = result["documents"][0]["tasks"]
    return text.removeprefix("\ufeff"), task


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "1. 新增 1680 个学位，2021 年 11 月底前完成。（牵头单位：区教委）\n",
            "新增 1680 个学位，2021 年 11 月底前完成。（牵头单位：区教委）",
            id="spaces-inside-numbers",
        ),
        pytest.param(
            "1. 新增１６８０个学位。（牵头单位：区教委）\n",
            "新增１６８０个学位。（牵头单位：区教委）",
            id="full-width-digits",
        ),
        pytest.param(
            "1. **新增1680个学位**。(牵头单位:区教委)\n",
            "新增1680个学位**。(牵头单位:区教委)",
            id="markdown-bold-and-ascii-punctuation",
        ),
        pytest.param("1. 新增1680个学位。（牵头单位：区教委）\r\n", "新增1680个学位。（牵头单位：区教委）", id="crlf"),
        pytest.param(
            "1. 新增1680个学位，\n加快建设进度。（牵头单位：区教委）\n",
            "新增1680个学位，\n加快建设进度。（牵头单位：区教委）",
            id="wrapped-lines",
        ),
    ],
)
def test_task_span_is_its_statement_as_printed(body, expected):
    text, task = _task(HEAD + "一、主要任务\n" + body)
    assert text[task["span"]["start"] : task["span"]["end"]] == expected


def test_byte_order_mark_is_not_counted():
    text, task = _task("\ufeff" + HEAD + "一、主要任务\n1. 新增1680个学位。（牵头单位：区教委）\n")
    assert text[task["span"]["start"] : task["span"]["end"]] == "新增1680个学位。（牵头单位：区教委）"


def test_crlf_file_spans_index_the_decoded_file():
    data = (HEAD + "一、主要任务\n1. 新增 1680 个学位。（牵头单位：区教委）\n").replace("\n", "\r\n").encode("utf-8")
    result = extract(b"\xef\xbb\xbf" + data, path="x.txt")
    text = data.decode("utf-8")
    doc = result["documents"][0]
    assert text[doc["span"]["start"] : doc["span"]["end"]].startswith("北京市平谷区人民政府关于印发")
    assert text[doc["span"]["end"] - 10 : doc["span"]["end"]] == "（牵头单位：区教委）"
    task = doc["tasks"][0]
    assert text[task["span"]["start"] : task["span"]["end"]] == "新增 1680 个学位。（牵头单位：区教委）"


def test_traditional_text_spans_point_at_the_traditional_characters():
    text = (
        "北京市平谷區人民政府關於幹部任免職的通知\n京平政發〔2021〕3號\n各鄉鎮人民政府：\n經區政府研究決定：\n"
        "任命王勇為北京市平谷區城市管理委員會副主任。\n北京市平谷區人民政府\n2021年1月20日\n"
    )
    result = extract_str(text)
    assert result["source"]["script"] == "traditional"
    (change,) = result["documents"][0]["appointments"]
    assert change["person"] == "王勇"
    assert text[change["span"]["start"] : change["span"]["end"]] == "王勇為北京市平谷區城市管理委員會副主任"


def test_member_span_runs_from_role_to_post():
    text = HEAD + "一、领导小组\n组 长：王成国 区委书记\n副组长：底志欣 区委常委、常务副区长\n"
    members = extract_str(text)["documents"][0]["members"]
    assert [text[m["span"]["start"] : m["span"]["end"]] for m in members] == [
        "组 长：王成国 区委书记",
        "副组长：底志欣 区委常委、常务副区长",
    ]


def test_citation_span_takes_in_its_title_marks_and_number():
    text = HEAD.replace(
        "现将方案印发给你们。",
        "根据《国务院关于坚决制止耕地“非农化”行为的通知》（国办发明电〔2020〕 24号）要求，现将方案印发给你们。",
    )
    (citation,) = extract_str(text)["documents"][0]["citations"]
    assert (
        text[citation["span"]["start"] : citation["span"]["end"]]
        == "《国务院关于坚决制止耕地“非农化”行为的通知》（国办发明电〔2020〕 24号）"
    )


def test_key_not_found_falls_back_to_the_whole_lines():
    src = SourceSpans("第一行\n  任命王勇为副主任。  \n第三行")
    assert src.span(2, 2, ("李四",)) == {"start": 6, "end": 15}


@pytest.mark.parametrize(
    ("source", "key", "expected"),
    [
        pytest.param("甲 2021 年 11 月底前 乙", "2021年11月底前", "2021 年 11 月底前", id="spaces"),
        pytest.param("甲２０２１年乙", "2021年", "２０２１年", id="full-width"),
        pytest.param("发(fā)展改革委", "发展改革委", "发(fā)展改革委", id="pinyin-gloss"),
        pytest.param("## 区发改委&nbsp;主任", "区发改委 主任", "区发改委&nbsp;主任", id="markdown-and-entity"),
        pytest.param(
            "开展校园冰雪、武术\n平谷区人民政府公报 2021年第1期\n等体育课程活动",
            "开展校园冰雪、武术等体育课程活动",
            "开展校园冰雪、武术\n平谷区人民政府公报 2021年第1期\n等体育课程活动",
            id="running-header-inside",
        ),
    ],
)
def test_fold_maps_back_to_the_source(source, key, expected):
    src = SourceSpans(source)
    n = source.count("\n") + 1
    span = src.span(1, n, (key,))
    assert source[span["start"] : span["end"]] == expected


NOISE = st.sampled_from(["", " ", "  ", "\u3000", "**", "\r\n", "\n"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("新增学位建设完成区教委1234567890"), NOISE, st.booleans()), min_size=1, max_size=30
    )
)
def test_any_noise_inside_a_value_is_spanned_exactly(chars):
    """A value printed with spaces, full-width digits, bold marks and line breaks inside is
    found, and its span starts at its first character and ends at its last."""
    printed = ""
    for ch, noise, wide in chars:
        printed += (chr(ord(ch) + 0xFEE0) if wide and ch.isdigit() else ch) + noise
    printed = printed.rstrip(" \u3000*\r\n") or "x"
    key = fold(printed)
    source = "前文。\n" + printed + "\n后文。"
    src = SourceSpans(source)
    span = src.span(1, source.count("\n") + 1, (key,))
    assert fold(source[span["start"] : span["end"]]) == key
    assert source[span["start"]] == printed[0] and source[span["end"] - 1] == printed[-1]


def test_repeated_records_on_one_line_take_successive_occurrences():
    """Records of one kind are searched on from the last one found in the same lines: the
    second of two equal tasks on one line is the second occurrence (and a huge paragraph of
    many records is not searched again from its start for each one)."""
    src = SourceSpans("完成任务。完成任务。完成任务。")
    spans = [src.span(1, 1, ("完成任务。",), kind="task") for _ in range(3)]
    assert [s["start"] for s in spans] == [0, 5, 10]


def test_cli_spans_index_what_the_text_command_prints(tmp_path):
    """Through the CLI: ``parse``'s spans index the bytes ``text`` prints (BOM removed, CRLF kept)."""
    import json

    from typer.testing import CliRunner

    from gazette_extract.app.cli import app

    path = tmp_path / "issue.txt"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + (HEAD + "一、主要任务\n1. 新增 １６８０ 个学位。（牵头单位：区教委）\n").replace("\n", "\r\n").encode("utf-8")
    )
    runner = CliRunner()
    printed = runner.invoke(app, ["text", str(path)])
    parsed = runner.invoke(app, ["parse", str(path)])
    assert printed.exit_code == 0 and parsed.exit_code == 0
    text = printed.stdout_bytes.decode("utf-8")
    assert not text.startswith("\ufeff") and "\r\n" in text
    task = json.loads(parsed.stdout)["documents"][0]["tasks"][0]
    assert text[task["span"]["start"] : task["span"]["end"]] == "新增 １６８０ 个学位。（牵头单位：区教委）"
