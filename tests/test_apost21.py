"""Round apost21 (issue 9, session 21): changes listed as POST + NAME after a lead sentence that states them.

The class: a lead (its last sentence) names one action (vocab POST_FIRST_LIST_LEADS: 新任命/任命/新任/当选/选出/新聘/
免去/不再担任/辞去 …) and ends in an opener (POST_FIRST_LIST_OPENERS: 分别是/分别为/他们是/依次是/名单如下/如下/包括,
with or without a colon); then items of POST + NAME, apart by 、，,；; in the lead's paragraph (up to 。) or on the lines
below it (one or more items a line, numbered or not, a blank line between allowed), up to the first line that is not
one. Each item → a record with the lead's action, the person and the post as printed (an organisation carried to a
bare title: 省民政厅厅长A、副厅长B → 省民政厅副厅长; 兼 gives a second post; (女)/(挂职)/同志 dropped). Real page:
``samples/corpus/cm163-2023-anhui-fourteen-department-heads-post-before-name.txt`` (dev).

Negatives: a lead holding a word of POST_FIRST_LIST_REFUSALS (a roster: 成员/参加/出席; a proposal: 拟/提名/人选/候选;
a 公示 or 考察; posts held: 现任; a career: 曾任/历任; two actions: 任免), a lead naming no action, items that are
units or bare names, and a list where more than half the items do not split (nothing); a single unsplit item of a
list is dropped and the others stay.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from linear_helpers import alarm as _alarm
from linear_helpers import best_cpu as _cpu

from gazette_extract import parse_file
from gazette_extract.pipeline import extract_str

A, R, S = "appoint", "remove", "resign"
_S2T = opencc.OpenCC("s2t")
_NEWS = "3月31日，某省人大常委会会议表决通过一批人事任免事项。"

Change = tuple[str, str, str | None]


def _changes(text: str) -> list[Change]:
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


_ITEMS = ["省民政厅厅长余向东", "省司法厅厅长罗建华", "省教育厅副厅长钱桂仑"]
_THREE = [
    (A, "余向东", "省民政厅厅长"),
    (A, "罗建华", "省司法厅厅长"),
    (A, "钱桂仑", "省教育厅副厅长"),
]
_LEADS = [
    "新任命的省政府组成部门负责人中，有3个新面孔，他们分别是",
    "会议新任命的厅长分别为",
    "新任命的干部中，他们是",
    "新任的几位厅长依次是",
    "新任命的干部名单如下",
    "此次任命的干部如下",
    "会议任命的干部包括",
    "会议选举产生的领导依次为",
]
_COLONS = ["：", ":", ""]
_SEPARATORS = ["、", "，", ",", "；", ";"]


def _variants() -> list[tuple[str, list[Change]]]:
    rows: list[tuple[str, list[Change]]] = []
    for lead in _LEADS:
        for colon in _COLONS:
            for sep in _SEPARATORS:
                rows.append((_NEWS + lead + colon + sep.join(_ITEMS) + "。\n", _THREE))
    return rows


def _both_scripts(rows: list[tuple[str, list[Change]]]) -> list[tuple[str, list[Change]]]:
    return [r for text, want in rows for r in ((text, want), (str(_S2T.convert(text)), want))]


def _ids(rows: list[tuple[str, list[Change]]]) -> list[str]:
    return [text.replace("\n", "/")[24:84] for text, _ in rows]


_IN_PARAGRAPH = _both_scripts(_variants())


@pytest.mark.parametrize(("text", "expected"), _IN_PARAGRAPH, ids=_ids(_IN_PARAGRAPH))
def test_items_in_the_lead_paragraph(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- items over lines
_MARKS = [lambda k: "", lambda k: f"{k}. ", lambda k: f"（{'一二三'[k - 1]}）", lambda k: f"{'一二三'[k - 1]}、"]


def _line_variants() -> list[tuple[str, list[Change]]]:
    rows: list[tuple[str, list[Change]]] = []
    for mark in _MARKS:
        for blank in ("\n", "\n\n"):
            for end in ("", "；", "。"):
                lines = blank.join(mark(k) + item + end for k, item in enumerate(_ITEMS, 1))
                text = _NEWS + "\n\n新任命的干部名单如下：" + blank + lines + "\n\n其中两位是本地人。\n"
                rows.append((text, _THREE))
    # several items a line, 、 between them
    rows.append(
        (_NEWS + "\n新任命的厅长分别是：\n省民政厅厅长余向东、省司法厅厅长罗建华、\n省教育厅副厅长钱桂仑\n", _THREE)
    )
    rows.append(
        (_NEWS + "\n新任命的厅长分别是：\n省民政厅厅长余向东、省司法厅厅长罗建华；\n省教育厅副厅长钱桂仑。\n", _THREE)
    )
    return rows


_OVER_LINES = _both_scripts(_line_variants())


@pytest.mark.parametrize(("text", "expected"), _OVER_LINES, ids=_ids(_OVER_LINES))
def test_items_over_lines(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- actions, carried organisations, remarks, 兼
_FORMS: list[tuple[str, list[Change]]] = [
    (
        "会议免去职务的同志分别是：省民政厅厅长余向东、省司法厅厅长罗建华。\n",
        [(R, "余向东", "省民政厅厅长"), (R, "罗建华", "省司法厅厅长")],
    ),
    (
        "此次不再担任原职务的分别是：省民政厅厅长余向东、省司法厅厅长罗建华。\n",
        [(R, "余向东", "省民政厅厅长"), (R, "罗建华", "省司法厅厅长")],
    ),
    (
        "获准辞去职务的分别是：省民政厅厅长余向东、省司法厅厅长罗建华。\n",
        [(S, "余向东", "省民政厅厅长"), (S, "罗建华", "省司法厅厅长")],
    ),
    (
        "新任命的干部分别是：省民政厅厅长余向东、副厅长罗建华、省司法厅厅长钱桂仑。\n",
        [(A, "余向东", "省民政厅厅长"), (A, "罗建华", "省民政厅副厅长"), (A, "钱桂仑", "省司法厅厅长")],
    ),
    (
        "新任命的干部分别是：省民政厅厅长余向东（女）、省司法厅厅长罗建华(挂职)、省教育厅厅长钱桂仑同志。\n",
        [*_THREE[:2], (A, "钱桂仑", "省教育厅厅长")],
    ),
    (
        "新任命的干部分别是：省发展和改革委员会主任余向东兼省粮食局局长、省司法厅厅长罗建华。\n",
        [(A, "余向东", "省发展和改革委员会主任"), (A, "余向东", "省粮食局局长"), (A, "罗建华", "省司法厅厅长")],
    ),
    (
        "新任命的干部分别是：省民政厅厅长余向东、省司法厅厅长罗建华和省教育厅副厅长钱桂仑。\n",
        _THREE,
    ),
    # one item that does not split is dropped, the others stay
    (
        "新任命的干部分别是：省民政厅厅长余向东、省司法厅厅长罗建华、省教育厅领导一名。\n",
        _THREE[:2],
    ),
    # a name whose surname starts words (BOUNDED_SURNAMES), bound by the title before it and the 、 after it
    (
        "新任命的干部分别是：省民政厅厅长余向东、民族事务委员会主任时先政。\n",
        [(A, "余向东", "省民政厅厅长"), (A, "时先政", "民族事务委员会主任")],
    ),
]
_FORM_ROWS = _both_scripts([(_NEWS + text, want) for text, want in _FORMS])


@pytest.mark.parametrize(("text", "expected"), _FORM_ROWS, ids=_ids(_FORM_ROWS))
def test_forms(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- negatives: nothing
_ITEMS_TEXT = "省民政厅厅长余向东、省司法厅厅长罗建华、省教育厅副厅长钱桂仑。\n"
_NEGATIVE_LEADS = [
    "拟任命的干部分别是：",
    "提名的人选分别是：",
    "新任命的厅长人选分别为：",
    "当选候选人分别是：",
    "任前公示对象中新任命的分别是：",
    "新任命的考察对象分别是：",
    "参加会议的新任命干部有：他们分别是：",
    "出席会议的新任领导分别是：",
    "新任命的领导小组成员分别是：",
    "现任的厅长分别是：",
    "曾任的职务分别是：",
    "历任厅长依次是：",
    "新任免的干部分别是：",
    "未获任命的分别是：",
    "座谈会上发言的分别是：",
    "他们分别是：",
    "新任命并免去职务的干部分别是：",
    "会议又表决免去多名人大代表资格，包括",
    "新当选的全国人大代表分别是：",
]
_NEGATIVES = [(lead + _ITEMS_TEXT, []) for lead in _NEGATIVE_LEADS] + [
    ("新任命的厅长分别是：省民政厅、省司法厅、省教育厅。\n", []),  # units, no names
    ("新任命的干部分别是：省民政厅厅长余向东、省司法厅、省教育厅、省审计厅。\n", []),  # more than half unsplit
    ("新任命的干部分别是：省民政厅厅长余向东。\n", []),  # one item is no list
]
_NEGATIVE_ROWS = _both_scripts(_NEGATIVES)


@pytest.mark.parametrize(("text", "expected"), _NEGATIVE_ROWS, ids=_ids(_NEGATIVE_ROWS))
def test_negatives(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


def test_items_glued_where_a_line_was_joined_give_no_wrong_post() -> None:
    # the wrapped lines are joined (罗建华省教育厅…): the glued item is dropped, never 钱桂仑 as 省司法厅厅长罗建华省…
    text = _NEWS + "\n新任命的厅长分别是：\n省民政厅厅长余向东、省司法厅厅长罗建华\n省教育厅副厅长钱桂仑\n"
    assert all("罗建华" not in (post or "") for _, _, post in _changes(text))


def test_lines_below_a_refused_lead_stay_unread() -> None:
    text = "参加座谈会的有：\n省民政厅厅长余向东\n省司法厅厅长罗建华\n"
    assert _changes(text) == []


def test_no_duplicate_rows() -> None:
    for rows in (_IN_PARAGRAPH, _OVER_LINES, _FORM_ROWS, _NEGATIVE_ROWS):
        texts = [text for text, _ in rows]
        assert len(texts) == len(set(texts))


# ---------------------------------------------------------------- the dev page
_PAGE = Path(__file__).parent.parent / "samples/corpus/cm163-2023-anhui-fourteen-department-heads-post-before-name.txt"


def test_dev_page_reads_its_fourteen_changes() -> None:
    result = parse_file(_PAGE).model_dump()
    found = [(a["action"], a["person"], a["position"]) for d in result["documents"] for a in d["appointments"]]
    assert len(found) == 14
    assert found[0] == (A, "余向东", "省民政厅厅长")
    assert found[1] == (A, "时先政", "民族事务委员会主任")
    assert found[-1] == (A, "刘同柱", "省卫生健康委员会主任")
    assert all(action == A for action, _, _ in found)


# ---------------------------------------------------------------- linearity (under an alarm)


# adversarial units: openers with no 。 (each one a lead), a lead then items that never split, many items
LINEAR_UNITS = [
    "新任命的分别是",
    "新任命的分别是：省民政厅、",
    "省民政厅厅长余向东、",
    "他们分别是：\n",
]


@pytest.mark.parametrize("unit", LINEAR_UNITS)
def test_linear(unit: str) -> None:
    from gazette_extract.records.appointments.lists import _posts_first_rewritten

    small, large = "新任命的干部分别是：" + unit * 300, "新任命的干部分别是：" + unit * 3000
    with _alarm(60):
        t1, t10 = _cpu(_posts_first_rewritten, small), _cpu(_posts_first_rewritten, large)
        assert t10 < max(t1 * 25, 0.05)
        t1, t10 = _cpu(extract_str, small + "。\n"), _cpu(extract_str, large + "。\n")
        assert t10 < max(t1 * 25, 0.5)


def test_dropped_item_is_warned_with_its_line() -> None:
    text = _NEWS + "\n新任命的干部分别是：省民政厅厅长余向东、省司法厅厅长罗建华、省教育厅领导一名。\n"
    result = extract_str(text)
    unread = [w for w in result["warnings"] if w["code"] == "change-entry-unread"]
    assert [(w["line"], w["message"].rsplit("：", 1)[-1].split(": ")[-1]) for w in unread] == [(2, "省教育厅领导一名")]
