"""A gazette issue published as a web page prints its 目录 as a table with a header row
(序号 | 标题 | 文号 | 页码). The header's cells are column names, not a metadata label and its
value: 文号 over 页码 must not become the page's metadata (文号：页码), and the rows are read as
contents entries. Header rows in <th> and in <td> cells.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_extract.api import parse_file
from gazette_extract.pipeline import read_source

DOCS = [
    ("某市人民政府关于印发某市数字经济发展规划的通知", "某政发〔2019〕3号", "2019年2月20日", "某市人民政府", 2),
    ("某市人民政府办公室关于做好春耕生产工作的通知", "某政办发〔2019〕7号", "2019年3月1日", "某市人民政府办公室", 6),
]


def page(cell: str) -> bytes:
    head = "".join(f"<{cell}>{name}</{cell}>" for name in ("序号", "标题", "文号", "页码"))
    rows = "".join(
        f'<tr><td>{k}</td><td><a href="{k}.html">{t}</a></td><td>{n}</td><td>{p}</td></tr>'
        for k, (t, n, _, _, p) in enumerate(DOCS, 1)
    )
    bodies = "".join(
        f"<h3>{t}</h3><p>{n}</p><p>各区人民政府，市政府各部门：</p><p>现就有关事项通知如下，请认真贯彻执行。</p>"
        f'<p style="text-align:right">{i}</p><p style="text-align:right">{d}</p>'
        for t, n, d, i, _ in DOCS
    )
    html = (
        '<html><head><meta charset="utf-8"><title>某市人民政府公报2019年第5期</title></head><body>'
        "<h1>某市人民政府公报</h1><p>2019年第5期（总第100期）</p><h2>目录</h2>"
        f"<table><tr>{head}</tr>{rows}</table>{bodies}</body></html>"
    )
    return html.encode("utf-8")


@pytest.mark.parametrize("cell", ["th", "td"])
def test_a_contents_table_header_is_no_metadata(cell: str, tmp_path: Path) -> None:
    path = tmp_path / "issue.html"
    path.write_bytes(page(cell))
    out = parse_file(path).model_dump()
    assert [(c["title"], c["doc_number"], c["page"]) for c in out["contents"]] == [(t, n, p) for t, n, _, _, p in DOCS]
    assert [(d["title"], d["doc_number"]["text"]) for d in out["documents"]] == [(t, n) for t, n, _, _, _ in DOCS]
    assert all("文号" not in d["metadata"] for d in out["documents"])
    text, _, _ = read_source(page(cell), path="issue.html")
    assert "页码" not in text.split("目录")[0]  # no 文号：页码 line lifted above the page
