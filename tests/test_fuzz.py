"""A small fuzz target (issue 16): Hypothesis builds HTML pages and archives, not only text,
and the pipeline and the batch inputs must answer each with a result or an error item —
never an exception, a hang or a RecursionError. Bounded examples, so it runs in CI."""

from __future__ import annotations

import io
import os
import tarfile
import tempfile
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazette_extract.app.sources import SourceError, scan
from gazette_extract.pipeline import extract

CJK_TEXT = st.text(alphabet="关于印发通知的区政府各单位：一、（）《》〔〕2021年号。，", min_size=0, max_size=12)
SPAN = st.sampled_from(
    ["", ' rowspan="3"', ' colspan="1000"', ' rowspan="0"', ' colspan="x"', ' rowspan="99999" colspan="99999"']
)


def _cell(children):
    return st.builds(lambda span, inner: f"<td{span}>{inner}</td>", SPAN, children)


HTML = st.recursive(
    CJK_TEXT,
    lambda children: st.one_of(
        st.builds(
            lambda tag, inner: f"<{tag}>{inner}</{tag}>",
            st.sampled_from(["p", "div", "font", "span", "h1", "li", "pre"]),
            children,
        ),
        st.builds(lambda inner: f"<table><tr>{''.join(inner)}</tr></table>", st.lists(_cell(children), max_size=4)),
        st.builds(lambda a, b: a + "<br>" + b, children, children),
        st.builds(lambda inner: f"<script>{inner}</script>", children),
        st.builds(lambda a, b: a + b, children, children),
        st.builds(lambda inner, n: "<font>" * n + inner + "</font>" * n, children, st.integers(0, 300)),
    ),
    max_leaves=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML, st.booleans())
def test_any_page_gives_a_result(body, with_head):
    head = '<head><meta charset="utf-8"><title>关于印发的通知_政府文件</title></head>' if with_head else ""
    result = extract(f"<html>{head}<body>{body}</body></html>".encode(), path="page.html")
    assert isinstance(result["documents"], list)


NAMES = st.sampled_from([
    "a.txt", "./b.txt", "dir/c.md", "../up.txt", "/abs.txt", "d.html", "nested.zip", "pic.png",
    ".hidden.txt", "__MACOSX/._a.txt", "dir/", "a.txt", "深/公报.txt",
])  # fmt: skip
MEMBERS = st.lists(st.tuples(NAMES, st.binary(max_size=64)), max_size=8)


def _archive(kind: str, members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    if kind == "zip":
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in members:
                archive.writestr(name, data)
    else:
        with tarfile.open(fileobj=buffer, mode="w:gz" if kind == "tar.gz" else "w") as archive:
            for name, data in members:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                if data[:1] == b"L":  # now and then a hard link instead of a file
                    info.type, info.linkname, info.size = tarfile.LNKTYPE, "a.txt", 0
                    archive.addfile(info)
                else:
                    archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["zip", "tar", "tar.gz"]), MEMBERS, st.one_of(st.none(), st.integers(0, 400)))
def test_any_archive_gives_items_or_error_items(kind, members, cut):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        data = _archive(kind, members)
    if cut is not None:
        data = data[:cut]  # truncated or damaged
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, f"x.{kind}")
        with open(path, "wb") as handle:
            handle.write(data)
        found = scan([folder], max_size=1024)
        paths = [item.path for item in found.items]
        assert len(paths) == len(set(paths))
        assert all(n >= 0 for n in found.skipped.values())
        for item in found.items:
            assert "/../" not in item.path and "!/" not in item.path and "!./" not in item.path
            try:
                item.read()
            except SourceError as error:
                assert "\n" not in str(error)
