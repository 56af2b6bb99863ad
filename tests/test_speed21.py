"""Throughput round speed21 (issue 14): recognisers added since session 14 skipped where they cannot fire.

Three gates, each with the same results as the code it stands in front of (held here as the reference):

- ``news_trad.trad_news_forms`` (Traditional news forms, round 23 and trad18, run on every block the appointment
  stage reads) first searches the block once for the words one of which any form needs (``_FORMS_GATE_WORDS``); a
  block holding none is returned as it is. The reference is ``_all_trad_news_forms``, every form tried in turn.
- ``documents.split_signed_notices`` (apages19) reads a span's blocks only when the span holds two closes (a date
  under a signature): a further notice is split off between one close and the next.
- ``rosters._headed_lists`` (rosters round 15) reads a block's last sentence only when the block names a list
  (名单) or ends as a head does (： : 如下 如下。): the head is a suffix of the block (``_may_hold_head``; the
  reference is the walk with that gate off).

- ``newshead.is_stamp_line`` (session 18, asked of every line of a page by ``is_news_head_line``) tries its pattern
  only on a line opening as a stamp can (a blank, a bar or dot, a key's first character); ``split_paragraphs`` asks
  ``is_summary_key_alone`` of the paragraph above each line instead of ``summary_key(…) == "alone"`` (pages17), which
  tried the summary-line pattern too.

Held: rows of every form and near-misses, generated texts (Hypothesis), every sample's blocks, a guard that reads
the gates off ``_all_trad_news_forms``' source (a form added without its word in the gate fails here), and linear.
"""

from __future__ import annotations

import ast
import bisect
import copy
import inspect
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract import pipeline
from gazette_extract.layout import documents
from gazette_extract.layout.blocks import DATE, SIGNATURE, Block, classify
from gazette_extract.layout.documents import DocumentSpan
from gazette_extract.layout.recognize import is_recipients, read_doc_number
from gazette_extract.records import appointments, rosters
from gazette_extract.records.appointments import news_trad
from gazette_extract.text import newshead
from gazette_extract.text.normalize import split_paragraphs
from gazette_extract.vocab.personnel import (
    ADDRESS_TITLES_AFTER_NAME,
    HOLDER_DESCRIBED_VERBS,
    LEAVING_AFTER_HELD_VERBS,
    LIST_ALL_VERBS,
    PARTY_AFFILIATIONS,
    SUCCESSOR_VERB_VARIANTS,
    TRAD_NAME_TIME_WORDS,
    WRAPPED_WORDS,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"
SAMPLE_TEXTS = sorted((ROOT / "samples").rglob("*.txt"))

# --- trad_news_forms: the gate against every form tried in turn --------------------------------------------------

# Each row is changed by one form (the form's name in the id); the gate must let it through.
FORM_ROWS = [
    pytest.param("张三获委 任为民政局局长", id="wrapped-space"),
    pytest.param("张三获委\u3000任为民政局局长", id="wrapped-ideographic-space"),
    pytest.param("陆永新先 生出任署长", id="wrapped-honorific"),
    pytest.param("李四博 士接任院长", id="wrapped-title"),
    pytest.param("局长的空缺，就由张三接任", id="vacancy"),
    pytest.param("33岁周羿希接任秘书长", id="age"),
    pytest.param("欧阳伯权于今年10月以专注其他公务为由，提早辞任主席", id="resign-middle"),
    pytest.param("委任陈培辉牧师出任为委员会主席", id="address-title"),
    pytest.param("委任陈大文太平绅士为主席", id="address-title-long"),
    pytest.param("张三出任为主席", id="verb-with-wei"),
    pytest.param("*7 王秀峰先生于日前辞任主席", id="note-mark-ascii"),
    pytest.param("＊王秀峰辞任主席", id="note-mark-fullwidth"),
    pytest.param("※王秀峰辞任主席", id="note-mark-reference"),
    pytest.param("#王秀峰辞任主席", id="note-mark-hash"),
    pytest.param("杜玉波上月调任教育部副部长", id="time-word-last-month"),
    pytest.param("杜玉波上个月调任部长", id="time-word-last-month-long"),
    pytest.param("杜玉波本月出任部长", id="time-word-this-month"),
    pytest.param("杜玉波上周辞去部长", id="time-word-last-week"),
    pytest.param("杜玉波上星期当选主席", id="time-word-last-week-long"),
    pytest.param("杜玉波月前卸任部长", id="time-word-months-ago"),
    pytest.param("第17届南投县长林明溱宣誓就职", id="oath"),
    pytest.param("张三退任局长", id="verb-form-retired"),
    pytest.param("张三就任局长", id="verb-form-took-office"),
    pytest.param("张三真除局长", id="verb-form-confirmed"),
    pytest.param("张三派兼局长", id="verb-form-concurrent"),
    pytest.param("张三获再度委任为主席", id="verb-form-reappointed"),
    pytest.param("民主党程张迎当选主席", id="party"),
    pytest.param("国民党籍议长沈宗隆顺利连任", id="party-re-elected"),
    pytest.param("县府指派秘书陈正益代理乡长职务", id="designated-acting"),
    pytest.param("王五及李六自动当选议会正副主席", id="paired"),
    pytest.param("研考会主委由前主计处长陈淑姿出马", id="successor-variant"),
    pytest.param("文化局长叶泽山升副市长", id="promoted"),
    pytest.param("新任分局长苗栗苏旭茂、竹南潘嘉旺宣誓就职", id="new-holders"),
    pytest.param("议长由张胜德23票当选", id="post-first-elected"),
]

# Near-misses: a gazette's lines, and the common characters the former gates tested (月 周 星期 由 a blank), which the
# gate no longer stops at; also Traditional spellings, which no form reads (the text is Simplified by then).
NEAR_MISS_ROWS = [
    pytest.param("2021年1月5日，区政府召开常务会议。", id="a-date-month"),
    pytest.param("由区发改委牵头，区财政局配合。", id="you-without-successor-verb"),
    pytest.param("各乡镇人民政府，区政府各委、办、局：", id="recipients"),
    pytest.param("三、工作任务", id="heading"),
    pytest.param("北京市平谷区人民政府", id="issuer"),
    pytest.param("上级部门", id="shang-without-time-word"),
    pytest.param("独自完成", id="du-without-party"),
    pytest.param("先进 个人", id="blank-not-after-a-wrapped-word"),
    pytest.param("博士后工作站", id="doctor-without-blank"),
    pytest.param("星期一", id="weekday"),
    pytest.param("每周一次", id="week"),
    pytest.param("张三辭任主席", id="traditional-resign"),
    pytest.param("", id="empty"),
]


def _same_forms(text: str) -> None:
    assert news_trad.trad_news_forms(text) == news_trad._all_trad_news_forms(text)


@pytest.mark.parametrize("text", FORM_ROWS)
def test_form_rows_read_as_every_form_did(text: str) -> None:
    assert news_trad._FORMS_GATE_RE.search(text) is not None
    assert news_trad._all_trad_news_forms(text) != text  # the row exercises its form
    _same_forms(text)


@pytest.mark.parametrize("text", NEAR_MISS_ROWS)
def test_near_misses_are_left_as_they_are(text: str) -> None:
    assert news_trad._all_trad_news_forms(text) == text
    _same_forms(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("进一步提升服务水平。", id="sheng-common"),
        pytest.param("本月底前完成", id="this-month-deadline"),
        pytest.param("张三请辞局长", id="resignation-asked"),
        pytest.param("部长职务由次长花敬群代理", id="acting-post-first"),
        pytest.param("張三獲委 任為局長", id="traditional-wrapped"),  # 委 and 任 are both scripts' characters
    ],
)
def test_gate_passes_where_a_form_may_fire(text: str) -> None:
    """The gate lets these through (a word of a form); the forms may leave them as they are."""
    assert news_trad._FORMS_GATE_RE.search(text) is not None
    _same_forms(text)


def test_rows_are_unique() -> None:
    texts = [p.values[0] for p in FORM_ROWS + NEAR_MISS_ROWS]
    assert len(texts) == len(set(texts))


# The gates of _all_trad_news_forms that the round's gate replaces by the words each form's pattern must hold
# (see _FORMS_GATE_WORDS): a common character's test stood in front of a rarer word.
_REPLACED_GATES = {
    " ": {f"{w[0]} " for w in WRAPPED_WORDS},
    "\u3000": {f"{w[0]}\u3000" for w in WRAPPED_WORDS},
    "月": set(TRAD_NAME_TIME_WORDS),
    "周": set(TRAD_NAME_TIME_WORDS),
    "星期": set(TRAD_NAME_TIME_WORDS),
}
# the gate patterns searched by a form's step, and the words one of which each of their matches holds
_PATTERN_GATES = {
    "_ADDRESS_TITLE_RE": set(ADDRESS_TITLES_AFTER_NAME),
    "_PARTY_GATE_RE": set(PARTY_AFFILIATIONS),
    "_DESIGNATION_GATE_RE": None,  # only after 代理 in text
    "_SUCCESSOR_GATE_RE": set(SUCCESSOR_VERB_VARIANTS),
    "_TAKING_OFFICE_GATE_RE": None,  # only after 新任 in text
    "_LIST_ALL_GATE_RE": set(LIST_ALL_VERBS),  # appoint32's shared move, merged after this round
    "_LEAVING_GATE_RE": set(LEAVING_AFTER_HELD_VERBS),  # appoint32's leavings after the post held
    "_HOLDER_DESCRIBED_GATE_RE": set(HOLDER_DESCRIBED_VERBS),  # appoint32's described holder after 由
}


def _step_gates(test: ast.expr) -> tuple[set[str], set[str]]:
    """The literals tested with ``in text`` and the gate patterns searched in one step's condition."""
    words: set[str] = set()
    patterns: set[str] = set()
    for node in ast.walk(test):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In):
            left = node.left
            if isinstance(left, ast.Constant) and isinstance(left.value, str):
                words.add(left.value)
            elif isinstance(left, ast.Name) and isinstance(value := getattr(news_trad, left.id, None), str):
                words.add(value)
        if isinstance(node, ast.Attribute) and node.attr == "search" and isinstance(node.value, ast.Name):
            patterns.add(node.value.id)
    return words, patterns


def test_every_form_has_its_word_in_the_gate() -> None:
    """Read off the source: each step of _all_trad_news_forms is an ``if`` whose condition tests words or searches a
    gate pattern; a block holding none of the gate's words passes no step. A form added without its word fails."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(news_trad._all_trad_news_forms)))
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    steps = [node for node in function.body if isinstance(node, ast.If)]
    assert len(steps) >= 17
    gate = set(news_trad._FORMS_GATE_WORDS)
    for step in steps:
        words, patterns = _step_gates(step.test)
        assert words or patterns, ast.unparse(step.test)
        # a conjunction needs one of its parts: the step is covered when one conjunct's words all are
        conjuncts = (
            step.test.values if isinstance(step.test, ast.BoolOp) and isinstance(step.test.op, ast.And) else [step.test]
        )
        covered = False
        for conjunct in conjuncts:
            c_words, c_patterns = _step_gates(conjunct)
            needed: set[str] = set()
            for word in c_words:
                needed |= _REPLACED_GATES.get(word, {word})
            for name in c_patterns:
                if (pattern_words := _PATTERN_GATES.get(name)) is None:
                    needed = set()  # a pattern whose words are not listed: this conjunct proves nothing
                    break
                needed |= pattern_words
            else:
                if needed and needed <= gate:
                    covered = True
        assert covered, f"a form's step without its word in _FORMS_GATE_WORDS: {ast.unparse(step.test)}"


def test_replaced_gates_hold_their_forms_words() -> None:
    """The words standing in for a common character's test hold that character (月 in 上月, a blank after 委)."""
    for word in TRAD_NAME_TIME_WORDS:
        assert any(part in word for part in ("月", "周", "星期", "年初"))  # 年初: appoint32
    assert all(w[0] in news_trad._WRAPPED_RE.pattern for w in WRAPPED_WORDS)
    assert set(SUCCESSOR_VERB_VARIANTS) <= set(news_trad._FORMS_GATE_WORDS)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *news_trad._FORMS_GATE_WORDS,
                *"张三李四王五陈大文为任出接辞去当选主席局长，。、 \u3000由月周上本前星期升的空缺就代理党籍民进国",
                "获委",
                "先生",
                "出任",
                "调任",
                "宣誓就职",
                "2021年",
            ]
        ),
        max_size=14,
    ).map("".join)
)
@example("张三获委 任为民政局局长")
@example("上星期")
def test_generated_texts_read_as_every_form_did(text: str) -> None:
    _same_forms(text)


def _texts_of_blocks(path: Path) -> list[str]:
    """The texts trad_news_forms is given for one sample (recorded in a run of the pipeline)."""
    seen: list[str] = []
    original = appointments.trad_news_forms

    def record(text: str) -> str:
        seen.append(text)
        return original(text)

    appointments.trad_news_forms = record
    try:
        pipeline.extract(path.read_bytes(), path=str(path))
    finally:
        appointments.trad_news_forms = original
    return seen


def test_the_samples_blocks_read_as_every_form_did() -> None:
    """The blocks the appointment stage gives the forms, in the sample issue; every line of every sample."""
    blocks = _texts_of_blocks(SAMPLE)
    assert len(blocks) > 300
    for text in blocks:
        _same_forms(text)
    for path in SAMPLE_TEXTS:
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            _same_forms(line)


# --- split_signed_notices: a span read only when it holds two closes ---------------------------------------------


def _split_signed_notices_before(blocks: list[Block], spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """The reference: split_signed_notices as apages19 wrote it, every span's blocks read."""

    def closes_at(j: int) -> bool:
        return blocks[j].kind == DATE and j > 0 and blocks[j - 1].kind == SIGNATURE

    def opens_notice(k: int, end: int) -> int | None:
        if is_recipients(blocks[k].text):
            return k + 1
        if k + 1 < end and read_doc_number(blocks[k].text) and is_recipients(blocks[k + 1].text):
            return k + 2
        return None

    out: list[DocumentSpan] = []
    for span in spans:
        out.append(span)
        closes = [j for j in range(span.start + 1, span.end) if closes_at(j)]
        addressed = False
        for k in range(span.start, span.end):
            if k >= span.title_end and k - 2 >= out[-1].start and addressed and closes_at(k - 1):
                opens_at = opens_notice(k, span.end)
                later = bisect.bisect_right(closes, opens_at) if opens_at is not None else len(closes)
                if opens_at is not None and later < len(closes):
                    out.append(DocumentSpan("", k, out[-1].end, k, k))
                    out[-2].end = k
                    addressed = False
            if k - 1 >= out[-1].start and is_recipients(blocks[k - 1].text):
                addressed = True
    return out


def _copied(spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """Each span copied (the function moves a span's end), its contents entry shared (compared by identity)."""
    return [copy.copy(span) for span in spans]


def _signed_inputs(text: str) -> list[tuple[list[Block], list[DocumentSpan]]]:
    """The (blocks, spans) the pipeline gives split_signed_notices for ``text``, copied before the call."""
    seen: list[tuple[list[Block], list[DocumentSpan]]] = []
    original = pipeline.split_signed_notices

    def record(blocks: list[Block], spans: list[DocumentSpan]) -> list[DocumentSpan]:
        seen.append((blocks, _copied(spans)))
        return original(blocks, spans)

    pipeline.split_signed_notices = record
    try:
        pipeline.extract_str(text)
    finally:
        pipeline.split_signed_notices = original
    return seen


def _same_signed(text: str) -> list[DocumentSpan]:
    (blocks, spans), *_ = _signed_inputs(text)
    expected = _split_signed_notices_before(blocks, _copied(spans))
    got = documents.split_signed_notices(blocks, _copied(spans))
    assert got == expected
    return got


_NOTICE_ONE = (
    "各乡镇党委，县直各单位党组（党委）：\n经研究决定：\n张三同志任县教育局党组书记；\n中共某县委组织部\n2023年5月6日\n"
)
_NOTICE_TWO = (
    "各乡镇党委，县直各单位党组（党委）：\n经研究决定：\n李四同志任县财政局党组书记。\n中共某县委组织部\n2023年6月6日\n"
)


@pytest.mark.parametrize(
    ("text", "documents_count"),
    [
        pytest.param(_NOTICE_ONE + _NOTICE_TWO, 2, id="two-notices-from-recipients"),
        pytest.param(_NOTICE_ONE + "县组干〔2023〕8号\n" + _NOTICE_TWO, 2, id="second-notice-with-number"),
        pytest.param(_NOTICE_ONE + _NOTICE_TWO + _NOTICE_ONE, 3, id="three-notices"),
        # near-misses: one close, or a second block that is no notice
        pytest.param(_NOTICE_ONE, 1, id="one-notice"),
        pytest.param(_NOTICE_ONE + "抄送：市委组织部。\n", 1, id="copy-line-after-close"),
        pytest.param(_NOTICE_ONE + "各乡镇党委，县直各单位党组（党委）：\n请做好交接工作。\n", 1, id="unsigned-second"),
        pytest.param(_NOTICE_ONE.replace("2023年5月6日\n", "") + _NOTICE_TWO, 1, id="first-close-undated"),
    ],
)
def test_signed_notice_rows(text: str, documents_count: int) -> None:
    assert len(_same_signed(text)) == documents_count


@pytest.mark.slow
def test_every_sample_splits_signed_notices_as_before() -> None:
    for path in SAMPLE_TEXTS:
        for blocks, spans in _signed_inputs(path.read_text(encoding="utf-8", errors="replace")):
            assert documents.split_signed_notices(blocks, _copied(spans)) == _split_signed_notices_before(
                blocks, _copied(spans)
            )


# --- _headed_lists: a block's last sentence read only when the block can hold a head -----------------------------


def _headed_lists_before(blocks: list[Block]) -> dict[int, list[tuple[str, str, str | None]]]:
    """The reference: rosters._headed_lists with its gate off, every block's last sentence read (as rosters round
    15 wrote it; the round added only the test in front of the read)."""
    gate = rosters._may_hold_head
    rosters._may_hold_head = lambda text: True
    try:
        return rosters._headed_lists(blocks)
    finally:
        rosters._may_hold_head = gate


def _blocks(text: str) -> list[Block]:
    return classify(split_paragraphs(text))


HEAD_ROWS = [
    pytest.param("委员会成员名单如下：\n主席\n王志明博士\n非官方成员\n陈大文\n张小华教授", id="head-colon"),
    pytest.param("委员会成员名单如下:\n主席\n王志明博士\n非官方成员\n陈大文", id="head-ascii-colon"),
    pytest.param("委员会成员名单如下\n主席\n王志明博士", id="head-no-colon"),
    pytest.param("委员会成员名单如下。\n主席\n王志明博士", id="head-full-stop"),
    pytest.param("政府今日宣布委任。委员会成员名单如下：\n主席\n王志明博士", id="head-last-sentence"),
    pytest.param("二○二三年度成员名单\n主席\n王志明博士", id="titled-list"),
    pytest.param("二○二三年度成员名单：\n主席\n王志明博士", id="titled-list-colon"),
    pytest.param("委任以下人士为可持续发展委员会委员，任期两年：\n陈大文\n张小华", id="appointed-persons"),
    # near-misses: 名单 inside a sentence, a colon in the middle, no head at all
    pytest.param("名单公布后，主席王志明讲话。\n陈大文\n张小华", id="list-word-in-prose"),
    pytest.param("主席：王志明\n陈大文", id="colon-in-the-middle"),
    pytest.param("一、工作任务\n（一）建立责任体系。", id="no-head"),
]


@pytest.mark.parametrize("text", HEAD_ROWS)
def test_head_rows_read_as_before(text: str) -> None:
    blocks = _blocks(text)
    assert rosters._headed_lists(blocks) == _headed_lists_before(blocks)


def test_head_rows_read_members() -> None:
    blocks = _blocks("委员会成员名单如下：\n主席\n王志明博士\n非官方成员\n陈大文\n张小华教授")
    listed = [entry for entries in rosters._headed_lists(blocks).values() for entry in entries]
    assert ("主席", "王志明", None) in listed
    assert ("非官方成员", "陈大文", None) in listed


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="。！？如下名单：:成员主席 \u3000张三", max_size=24))
@example("如下。。")
@example("名单。")
def test_the_head_is_a_suffix(text: str) -> None:
    """The gate's ground: a head ends the block's text, so it ends as the text does and its 名单 is the text's."""
    assert text.endswith(rosters._headed_last_sentence(text))


def test_every_sample_reads_headed_lists_as_before() -> None:
    for path in SAMPLE_TEXTS:
        blocks = _blocks(path.read_text(encoding="utf-8", errors="replace"))
        assert rosters._headed_lists(blocks) == _headed_lists_before(blocks)


# --- news-head lines: the stamp line's first character, the summary key alone -----------------------------------


def _stamp_line_before(text: str) -> bool:
    """The reference: is_stamp_line as session 18 wrote it, the pattern tried on every line up to its length."""
    return len(text) <= newshead._STAMP_LINE_MAX and newshead._STAMP_LINE_RE.match(text) is not None


STAMP_ROWS = [
    pytest.param("出版:2026-Feb-11 16:55 更新:2026-Feb-11 16:55", True, id="published-updated"),
    pytest.param("日期:12-09", True, id="date-no-year"),
    pytest.param(" 发布时间：2021-01-05 10:20", True, id="space-first"),
    pytest.param("\t发布时间：2021-01-05", True, id="tab-first"),
    pytest.param("\u3000\u3000发布时间：2021-01-05", True, id="ideographic-space-first"),
    pytest.param("\xa0发布时间：2021-01-05", True, id="no-break-space-first"),
    pytest.param("\u2003发布时间：2021-01-05", True, id="em-space-first"),
    pytest.param("| 发布时间：2021-01-05 | 更新时间：2021-01-06", True, id="bar-first"),
    pytest.param("｜发布时间：2021-01-05", True, id="fullwidth-bar-first"),
    pytest.param("•发布时间：2021-01-05", True, id="bullet-first"),
    pytest.param("·发布时间：2021-01-05", True, id="middle-dot-first"),
    # near-misses: a date alone, prose, a key with words, too many leading blanks
    pytest.param("2021-01-05 10:20", False, id="date-alone"),
    pytest.param("各乡镇人民政府：", False, id="recipients"),
    pytest.param("发布时间：今天上午", False, id="key-without-date"),
    pytest.param("     发布时间：2021-01-05", False, id="five-blanks"),
    pytest.param("（发布时间：2021-01-05）", False, id="bracketed"),
    pytest.param("", False, id="empty"),
]


@pytest.mark.parametrize(("text", "stamp"), STAMP_ROWS)
def test_stamp_rows(text: str, stamp: bool) -> None:
    assert newshead.is_stamp_line(text) is stamp
    assert _stamp_line_before(text) is stamp


def test_stamp_keys_open_on_no_blank() -> None:
    """The gate reads a blank by str.isspace and a key by its first character: no key opens on a blank or a bar."""
    assert all(key and not key[0].isspace() and key[0] not in "|｜•·" for key in newshead._STAMP_KEYS)
    assert newshead._STAMP_LINE_RE.flags & re.IGNORECASE == 0  # a key's first character as written


def test_blank_is_re_blank() -> None:
    """\\s in a str pattern is str.isspace, on every code point up to the last blank (U+3000)."""
    blank = re.compile(r"\s")
    for code in range(0x3001):
        char = chr(code)
        assert (blank.match(char) is not None) is char.isspace(), hex(code)


SUMMARY_ROWS = [
    "内容导航：",
    "【摘要】",
    "摘要：",
    "[内容提要]",
    "摘要：10月22日，区政府召开会议。",
    "内容导航：" * 4,
    "导读",
    "",
]


@pytest.mark.parametrize("text", SUMMARY_ROWS)
def test_summary_key_alone_rows(text: str) -> None:
    assert newshead.is_summary_key_alone(text) is (newshead.summary_key(text) == "alone")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \t\u3000\xa0|｜•·出版发布时间日期更新：:2021-0512年月日【摘要】内容导航", max_size=30))
@example("出版:2026-Feb-11")
def test_generated_lines_read_as_before(text: str) -> None:
    assert newshead.is_stamp_line(text) is _stamp_line_before(text)
    assert newshead.is_summary_key_alone(text) is (newshead.summary_key(text) == "alone")


def test_every_sample_line_reads_as_before() -> None:
    for path in SAMPLE_TEXTS:
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            for text in (line, line.strip()):
                assert newshead.is_stamp_line(text) is _stamp_line_before(text)
                assert newshead.is_summary_key_alone(text) is (newshead.summary_key(text) == "alone")


# --- linear ---------------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda: news_trad.trad_news_forms("区政府" * 700_000), id="forms-no-word"),
        pytest.param(lambda: news_trad._FORMS_GATE_RE.search("上级" * 1_000_000), id="forms-near-misses"),
        pytest.param(lambda: news_trad._FORMS_GATE_RE.search("委" * 2_000_000 + "月前"), id="forms-word-at-end"),
        pytest.param(lambda: rosters._headed_lists(_blocks("名单公布后。\n" * 20_000)), id="headed-near-misses"),
        pytest.param(lambda: [newshead.is_stamp_line("发布时间：" * 30) for _ in range(200_000)], id="stamp-lines"),
    ],
)
def test_linear(run) -> None:
    with finishes_within(10):
        run()
