"""Session 18 review (rev18): hostile input and precision of the rules merged this session (rounds trad18,
appoint25, rosters18, pages18, posts18).

Fixed here:

1. trad18's designation of an acting holder (``县府指派秘书陈正益代理乡长职务``, ``指定X职务由A代理``) looked only for a
   plan's word (将/拟) before its verb: ``县府未指派张三代理乡长``, ``县府是否指派…``, ``若县府指派…``, ``县府曾指派…`` each
   gave an appointment. A negation, question or past right before the verb, or a condition opening the clause, now
   gives none (vocab ``TRAD_NOT_DONE_BEFORE_VERB``, ``TRAD_CONDITION_OPENERS``; ``news_trad._not_stated_before``).
2. trad18's new holders (``新任局长张三就职``): ``新任局长张三尚未到职`` gave the person 尚未 (张三 read as a place),
   ``…何时上任`` the person 何时, ``…张三未到职`` the person 张三未. The same words before the verb give none.
3. trad18's 正副 pair (``A及B自动当选X正副主席``): ``A及B未当选X正副主席`` gave the deputy 李四未. Same guard.
4. rosters18's closing sentence ``县财政局为牵头单位`` read any clause before 为 as the unit: ``以县财政局为牵头单位``,
   ``建议/拟确定/今后/原县财政局为牵头单位`` gave those words inside the lead unit. The sentence is read only when no
   clause before 为 opens on such a word or ends on a negation or a plan (vocab ``ROLE_AS_UNIT_NEVER_OPENS`` / ``_ENDS``;
   never a bare 原/如/若/应/可/曾, which open 原平市, 如东县, 若羌县, 应城市, 可克达拉市, 曾都区).
5. ``RESIGN_RE`` (older; posts18 let a married name into it): ``拒绝接受廖李可期辞去X`` and ``不接受/未同意/是否接受/
   没有接受/不予批准 张三辞去X`` gave a resignation; the refusing words (vocab ``RESIGNATION_REFUSED_BEFORE``) now
   stand as lookbehinds before the granting verb.
6. Duplicate: the share toolbar's pattern was compiled in ``text/normalize.py`` and again in ``layout/chrome.py``;
   chrome now reads ``normalize.SHARE_BAR_RE``.

Linearity: every new or changed pattern of the session is bounded; the rows below time each new rule's pieces at
2,000 and 20,000 characters (relative growth, as ``test_linear.py`` does) so that a return of an unbounded
repetition fails.
"""

from __future__ import annotations

import time

import pytest
from record_helpers import HEAD_T, api_changes, news_page, notice_changes
from test_linear import finishes_within

from gazette_extract.api import parse_text
from gazette_extract.layout import chrome
from gazette_extract.text import normalize

A, R, S = "appoint", "remove", "resign"


def _news(text: str) -> list[tuple[str, str, str]]:
    return api_changes(news_page(text))


def _trad(text: str) -> list[tuple[str, str, str]]:
    return api_changes(HEAD_T + text)


# --------------------------------------------------------------------------------------------------------------
# 1. Linearity: each new rule's pieces repeated, timed at two sizes
# --------------------------------------------------------------------------------------------------------------

_HEAD = "某县人民政府关于张三等同志职务任免的通知\n\n"
HOSTILE = [
    pytest.param("", "县府指派秘书陈正益代理", "乡长职务。", id="designation"),
    pytest.param("", "指定部长职务由次长花敬群", "代理。", id="post-first-acting"),
    pytest.param("新任", "分局长苗栗苏旭茂、", "宣誓就职。", id="new-holders"),
    pytest.param("", "新任局长张三尚未", "到职。", id="new-holders-negated"),
    pytest.param("", "张三及李四未", "当选某会正副主席。", id="pair-negated"),
    pytest.param("", "议长张胜德以23票", "当选。", id="post-first-elected"),
    pytest.param("", "文化局长叶泽山升", "副市长。", id="promoted"),
    pytest.param("", "由前主计处长陈淑姿出马", "。", id="successor-variant"),
    pytest.param("", "国民党籍议长沈宗隆", "顺利连任。", id="party"),
    pytest.param("", "拒绝接受廖李可期", "辞去某局局长职务。", id="resignation-refused"),
    pytest.param("（一）完善制度。", "以县财政局为牵头单位，", "县审计局为配合单位。", id="role-as-unit"),
    pytest.param("", "张三同志负责全面工作", "，任组长。", id="subject-takes"),
    pytest.param("组长：张三", "，副组长：李四", "\n", id="role-clauses"),
    pytest.param("", "张　三　　", "\n", id="padded-names"),
    pytest.param("来源:某镇", "???&nbsp;", "作者:某某\n", id="lost-blanks"),
]


def _timed(text: str) -> float:
    start = time.perf_counter()
    parse_text(text)
    return time.perf_counter() - start


@pytest.mark.parametrize(("pre", "piece", "post"), HOSTILE)
def test_new_rules_grow_linearly(pre: str, piece: str, post: str) -> None:
    def text(size: int) -> str:
        return _HEAD + pre + piece * (size // len(piece)) + post

    _timed(text(2_000))  # warm the patterns
    small = min(_timed(text(2_000)) for _ in range(2))
    with finishes_within(30):
        large = _timed(text(20_000))
    # ten times the text: about ten times the time when linear, a hundred when quadratic
    assert large < max(40 * small, 1.0), (small, large)


# --------------------------------------------------------------------------------------------------------------
# 2. Precision: a designation, new holders and a pair not stated as done
# --------------------------------------------------------------------------------------------------------------

NOT_DESIGNATED = [
    "县府未指派张三代理乡长。",
    "县府并未指派张三代理乡长。",
    "县府没有指派张三代理乡长。",
    "县府不指派张三代理乡长。",
    "县府拒绝指派张三代理乡长。",
    "县府是否指派张三代理乡长，仍待观察。",
    "议员质疑县府为何指派张三代理乡长。",
    "县府准备指派张三代理乡长。",
    "县府预计指派张三代理乡长。",
    "县府打算指派张三代理乡长。",
    "县府曾指派张三代理乡长。",
    "如县府指派张三代理乡长，将引发争议。",
    "若县府指派张三代理乡长，将引发争议。",
    "倘若县府指派张三代理乡长，将引发争议。",
    "县府未指定部长职务由次长花敬群代理。",
    "县府是否指定部长职务由次长花敬群代理，仍待观察。",
    "如县府指定部长职务由次长花敬群代理，将引发争议。",
]


@pytest.mark.parametrize("text", NOT_DESIGNATED)
def test_designation_not_made_gives_nothing(text: str) -> None:
    assert _news(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "縣府未指派張三代理鄉長。",
        "縣府是否指派張三代理鄉長,仍待觀察。",
        "若縣府指派張三代理鄉長,將引發爭議。",
        "縣府沒有指定部長職務由次長花敬群代理。",
    ],
)
def test_designation_not_made_traditional(text: str) -> None:
    assert _trad(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县府指派秘书陈正益代理乡长职务。", [(A, "陈正益", "代理乡长")]),
        ("县府指定部长职务由次长花敬群代理。", [(A, "花敬群", "代理部长")]),
        ("行政院指派赖顺贤继续代理台东县长。", [(A, "赖顺贤", "台东代理县长")]),
    ],
)
def test_designation_still_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _news(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "新任局长张三尚未到职。",
        "新任局长张三未到职。",
        "新任局长张三何时上任？",
        "新任局长张三能否到职，仍未确定。",
        "新任分局长苗栗苏旭茂、竹南潘嘉旺尚未就职。",
    ],
)
def test_new_holder_not_taking_office_names_no_person(text: str) -> None:
    # never 尚未, 何时 or 张三未 as the person (the older 新任X张三 reading may still give 张三 局长)
    assert all(p in ("张三", "苏旭茂", "潘嘉旺") for _, p, _ in _news(text))


def test_new_holder_negated_traditional() -> None:
    assert all(p == "张三" for _, p, _ in _trad("新任局長張三尚未到職。"))


def test_new_holders_still_read() -> None:
    assert _news("新任分局长苗栗苏旭茂、竹南潘嘉旺5人一起宣誓就职。") == [
        (A, "苏旭茂", "苗栗分局长"),
        (A, "潘嘉旺", "竹南分局长"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "张三及李四未当选某会正副主席。",
        "张三及李四没当选某会正副主席。",
        "张三和李四是否当选某会正副主席，仍待观察。",
        "若张三及李四当选某会正副主席，将创纪录。",
    ],
)
def test_pair_not_elected_gives_nothing(text: str) -> None:
    assert _news(text) == []


def test_pair_not_elected_traditional() -> None:
    assert _trad("張三及李四未當選某會正副主席。") == []


def test_pair_still_read() -> None:
    assert _news("张三及李四自动当选某会正副主席。") == [(A, "张三", "某会主席"), (A, "李四", "某会副主席")]


# --------------------------------------------------------------------------------------------------------------
# 3. Precision: a resignation refused or asked about
# --------------------------------------------------------------------------------------------------------------

REFUSED = [
    "拒绝接受张三辞去某局局长职务。",
    "拒绝接受廖李可期辞去某局局长职务。",
    "不接受张三辞去某局局长职务。",
    "未同意张三辞去某局局长职务的请求。",
    "是否接受张三辞去某局局长职务的请求，仍待研究。",
    "会议没有接受张三辞去某局局长职务的请求。",
    "会议没接受张三辞去某局局长职务的请求。",
    "不予批准张三辞去某局局长职务的请求。",
    "拒絕接受張三辭去某局局長職務。",
]


@pytest.mark.parametrize("text", REFUSED)
def test_refused_resignation_gives_nothing(text: str) -> None:
    assert notice_changes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "接受张三辞去某局局长职务。",
        "会议同意接受张三辞去某局局长职务的请求。",
        "决定接受張三辭去某局局長職務的請求。",
        "接受廖李可期辞去某局局长职务。",
    ],
)
def test_granted_resignation_still_read(text: str) -> None:
    assert [a for a, _, _ in notice_changes(text)] == [S]


# --------------------------------------------------------------------------------------------------------------
# 4. Precision: a unit named as a role's holder in a closing sentence
# --------------------------------------------------------------------------------------------------------------

_TASK_HEAD = "某县人民政府关于印发某某工作方案的通知\n\n"


def _tasks(text: str) -> list[tuple[list[str], list[str]]]:
    doc = parse_text(_TASK_HEAD + text + "\n")
    return [(list(t.lead_units), list(t.support_units)) for d in doc.documents for t in d.tasks]


@pytest.mark.parametrize(
    "sentence",
    [
        "以县财政局为牵头单位。",
        "请以县财政局为牵头单位。",
        "建议县财政局为牵头单位。",
        "拟确定县财政局为牵头单位。",
        "今后县财政局为牵头单位。",
        "原县财政局为牵头单位。",
        "县财政局不再为牵头单位。",
        "县财政局拟为牵头单位。",
        "县财政局为牵头单位，以县审计局为配合单位。",
        "以縣財政局為牽頭單位。",
    ],
)
def test_clause_words_never_in_a_unit(sentence: str) -> None:
    for lead, support in _tasks("（一）完善制度。" + sentence):
        assert not any(u.startswith(("以", "请", "建议", "拟", "今后", "原县")) for u in lead + support)


@pytest.mark.parametrize(
    ("sentence", "lead", "support"),
    [
        ("县财政局为牵头单位，县审计局为配合单位。", ["县财政局"], ["县审计局"]),
        ("县财政局为牵头部门，各乡镇为配合单位。", ["县财政局"], ["各乡镇"]),
        # units whose names open with 原, 如, 应 (原平市, 如东县, 应城市): still read
        ("原平市财政局为牵头单位，如东县审计局为配合单位。", ["原平市财政局"], ["如东县审计局"]),
        ("应城市财政局为牵头单位。", ["应城市财政局"], []),
    ],
)
def test_units_as_role_holders_still_read(sentence: str, lead: list[str], support: list[str]) -> None:
    assert _tasks("（一）完善制度。" + sentence) == [(lead, support)]


# --------------------------------------------------------------------------------------------------------------
# 5. Duplicates: one compiled share-toolbar pattern for both stages
# --------------------------------------------------------------------------------------------------------------


def test_share_bar_pattern_compiled_once() -> None:
    assert chrome.SHARE_BAR_RE is normalize.SHARE_BAR_RE
    assert not hasattr(chrome, "_SHARE_BAR_RE") and not hasattr(normalize, "_SHARE_BAR_RE")
    assert chrome.is_site_chrome("*资料列印*推荐转寄rss分享 facebook分享 Plurk分享")
