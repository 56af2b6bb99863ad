"""Properties that hold for any input (Hypothesis).

Text is drawn from an alphabet rich in what gazettes are made of — Chinese characters that
start numbered items and headings, both widths of punctuation, brackets of document numbers,
digits, spaces, tabs, Markdown marks and line breaks — so the stages meet structure, not
only noise.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazette_extract.grammars.docnumber import doc_number_dict, iter_doc_numbers
from gazette_extract.models import Gazette
from gazette_extract.pipeline import extract, extract_str
from gazette_extract.text.normalize import normalize_text, source_lines, split_paragraphs

SAMPLE = (Path(__file__).resolve().parent.parent / "samples" / "pinggu-2021-01.txt").read_text(encoding="utf-8")

PIECES = [
    "一、", "（一）", "(二)", "1.", "2、", "（1）", "①", "第一条", "附件：", "附件1", "目 录", "【平谷区人民政府文件】",
    "京平政发〔2021〕1号", "国办发[2020]24号", "..... 18", "2021年1月14日", "2021 年 3 月底前", "每年1月底前", "长期推进",
    "主责单位：", "完成时限：", "牵头部门：区发改委；配合部门：区财政局", "（责任单位：区教委）", "北京市平谷区人民政府",
    "关于印发《", "》的通知", "任命：", "免去：", "王勇任北京市平谷区城市管理委员会副主任。", "组 长：王成国 区委书记",
    "索 引 号：", "发文字号：", "成文日期：", "标　　题：", "|", " | ", "\t", "\n", "\n\n", "\r\n", " ", "　", "# ", "## ", "**",
    "，", "。", "；", "：", "“", "”", "《", "》", "(", ")", ",", ":", ";", "１２", "ＡＢ", "&nbsp;", "—", "…", "\f", "\u2028", "\x85",
]  # fmt: skip
gazette_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(alphabet="区局委办政府通知决定意见年月日号期第总平谷北京市人民的和", max_size=6),
        st.text(max_size=4),
    ),
    max_size=60,
).map("".join)

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(gazette_text)
def test_parse_never_raises_and_validates(text):
    result = extract_str(text)
    Gazette.model_validate(result)


@PROPERTY
@given(gazette_text)
def test_every_record_lies_inside_the_source(text):
    result = extract_str(text)
    n = max(1, len(source_lines(text)))
    for doc in result["documents"]:
        assert 1 <= doc["lines"]["start"] <= doc["lines"]["end"] <= n
        for record in doc["tasks"] + doc["appointments"]:
            assert doc["lines"]["start"] <= record["lines"]["start"] <= record["lines"]["end"] <= doc["lines"]["end"]
        for record in doc["citations"] + doc["attachments"] + doc["members"]:
            assert doc["lines"]["start"] <= record["line"] <= doc["lines"]["end"]
    for warning in result["warnings"]:
        assert warning["line"] is None or 1 <= warning["line"] <= n


@PROPERTY
@given(gazette_text)
def test_paragraph_spans_are_ordered_and_inside(text):
    n = len(source_lines(text))
    previous_end = 0
    for para in split_paragraphs(text):
        assert previous_end < para.line <= para.end_line <= n
        previous_end = para.end_line


@PROPERTY
@given(gazette_text)
def test_normalizing_twice_equals_normalizing_once(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_normalizing_the_sample_is_idempotent():
    once = normalize_text(SAMPLE)
    assert normalize_text(once) == once


@PROPERTY
@given(
    st.text(alphabet="京平政办发国函明电渝府字", min_size=1, max_size=6),
    st.integers(1950, 2049),
    st.integers(1, 9999),
    st.sampled_from(["〔〕", "[]", "［］", "()", "（）", "【】"]),
    st.sampled_from(["", " ", "　"]),
)
def test_canonical_document_number_parses_back_to_itself(agency, year, serial, brackets, space):
    written = f"{agency}{brackets[0]}{space}{year}{space}{brackets[1]}{serial}{space}号"
    parsed = doc_number_dict(written)
    if parsed is None:
        return  # agencies made only of stop-words are rightly refused
    again = doc_number_dict(parsed["text"])
    assert again is not None and again["text"] == parsed["text"]
    assert (again["agency"], again["year"], again["serial"]) == (parsed["agency"], parsed["year"], parsed["serial"])


@PROPERTY
@given(st.binary(max_size=400))
def test_arbitrary_bytes_either_parse_or_raise_a_gazette_error(data):
    from gazette_extract.errors import GazetteError

    try:
        result = extract(data)
    except GazetteError:
        return
    Gazette.model_validate(result)


@PROPERTY
@given(gazette_text)
def test_doc_number_spans_lie_inside_the_text(text):
    for start, end, found in iter_doc_numbers(text):
        assert 0 <= start < end <= len(text)
        assert found["raw"] == text[start:end]
