"""Session 13 review (part 2: records): bugs found in the merged change (appointments round 19, rosters
round 8), each row failing before its fix.

1. A rumour's 料将 / 或将 sits right before the 将 that ``_announced_futures`` drops, so the rumour check (run on
   the sentence before that 将) never saw it: 政府宣布，张三料将出任处长 gave the false appointment 张三料 → 处长.
2. ``_LEADING_NOISE_RE`` (a forum's anti-copy ASCII before a name) had two unbounded ASCII runs around one
   letter: a long ASCII clause with no Chinese after it was quadratic (16,000 characters: 12 s).
3. ``_announced_futures`` found its sentence's start by scanning the text from 0 for every 将出任, and searched
   the whole sentence again each time: quadratic in the number of announced moves (4,000: 0.7 s, ×4 a doubling).
4. ``_roles_stated`` (rosters round 8: 推选A为筹委会主任，B为副主任) looked for a sentence end from the committee's
   role at every later 为主任 of its sentence: quadratic in a long sentence of them (8,000: 0.8 s, ×4 a doubling).
   It now looks at each stretch once, as ``_prose_takers`` already did.
5. ``_glued_changes`` (older than this session) recursed once per change of a run-on list (免去A的X职务、任命B为Y、…):
   a paragraph of 500 such changes raised RecursionError out of the pipeline. The changes are now read in a loop,
   and each rest is no longer searched whole for 当选, a count of the elected or a glued heading (quadratic once
   the recursion no longer stopped it: 16,000 changes before 125人当选 took 93 s).
"""

from __future__ import annotations

import pytest
from record_helpers import NOTICE_HEAD, notice_changes
from test_linear import finishes_within  # the alarm harness of the linearity tests

from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import _LEADING_NOISE_RE, _announced_futures, _glued_changes
from gazette_extract.records.rosters import _roles_stated

BOUND = 20  # seconds; each case below took over a minute before its fix, well under a second after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rumour's word glued to the dropped 将: nothing announced, and never the person 张三料
        pytest.param("政府宣布，张三料将出任处长。", [], id="liaojiang-rumour"),
        pytest.param("政府宣布，张三或将出任处长。", [], id="huojiang-rumour"),
        pytest.param("政府宣布，張三料將出任處長。", [], id="liaojiang-traditional"),
        pytest.param("政府表示，李四或将接任局长。", [], id="huojiang-jieren"),
        pytest.param("政府宣布，张三料将于下月出任处长。", [], id="liaojiang-not-announced-form"),
        # announced, no rumour: read as before (round 19)
        pytest.param("政府宣布，张三将出任处长。", [("appoint", "张三", "处长")], id="announced-unchanged"),
        pytest.param("政府宣布，张三拟将出任处长。", [], id="nijiang-rumour-unchanged"),
    ],
)
def test_rumour_before_jiang(text, expected):
    assert notice_changes(text) == expected


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda: _LEADING_NOISE_RE.match("a" * 100_000), id="noise-letters-no-cjk"),
        pytest.param(lambda: _LEADING_NOISE_RE.match("a b " * 25_000 + "1"), id="noise-spaced-letters-digit"),
        pytest.param(
            lambda: extract_str(NOTICE_HEAD + "任命张三为处长，" + "a b" * 30_000 + "\n"), id="noise-in-pipeline"
        ),
        pytest.param(lambda: _announced_futures("政府宣布，" + "张三将出任处长，" * 40_000), id="futures-one-sentence"),
        pytest.param(
            lambda: _announced_futures("政府宣布。" + "张三将出任处长。" * 40_000), id="futures-many-sentences"
        ),
        pytest.param(
            lambda: extract_str(NOTICE_HEAD + "政府宣布，" + "张三将出任处长，" * 20_000 + "\n"),
            id="futures-in-pipeline",
        ),
        pytest.param(
            lambda: _glued_changes("任命张三为副区长、免去李四的区长职务、" * 20_000 + "125人当选"),
            id="glued-elected-at-end",
        ),
        pytest.param(
            lambda: _glued_changes("任命张三为副区长、免去李四的区长职务、" * 20_000 + "、任命"),
            id="glued-heading-at-end",
        ),
        pytest.param(
            lambda: _roles_stated("推选甲乙为筹委会主任，" + "张三为主任，" * 100_000), id="roles-stated-committee"
        ),
        pytest.param(
            lambda: extract_str(
                "某县关于调整领导小组成员的通知\n\n推选甲乙为筹委会主任，" + "张三为主任，" * 60_000 + "\n"
            ),
            id="roles-stated-in-pipeline",
        ),
    ],
)
def test_linear(run):
    with finishes_within(BOUND):
        run()


@pytest.mark.parametrize(
    ("clause", "noise"),
    [
        pytest.param("a3 V% P張德江當選為委員長", "a3 V% P", id="noise-before-name"),
        pytest.param("! u% t- |) N# J,J/ C: a3 V% P张三", "! u% t- |) N# J,J/ C: a3 V% P", id="long-noise"),
        pytest.param("x张三", "x", id="one-letter"),
        pytest.param("123 张三", None, id="no-letter"),
        pytest.param("abc", None, id="no-cjk-after"),
        pytest.param("ab 12", None, id="no-cjk-after-digits"),
        pytest.param("张三", None, id="cjk-first"),
    ],
)
def test_leading_noise_reads_as_before(clause, noise):
    m = _LEADING_NOISE_RE.match(clause)
    assert (m.group() if m else None) == noise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "政府表示，现任消防处副处长李建日将出任处长", "政府表示，现任消防处副处长李建日出任处长", id="announced"
        ),
        pytest.param("有消息称，张三将出任处长", "有消息称，张三将出任处长", id="rumour-kept"),
        pytest.param("张三将出任处长", "张三将出任处长", id="no-announcement-kept"),
        pytest.param("政府宣布。张三将出任处长", "政府宣布。张三将出任处长", id="announcement-in-earlier-sentence"),
        pytest.param(
            "政府公布任命，张三将出任处长，李四将接任局长。据悉王五将出任科长",
            "政府公布任命，张三出任处长，李四接任局长。据悉王五将出任科长",
            id="two-sentences",
        ),
    ],
)
def test_announced_futures_reads_as_before(text, expected):
    assert _announced_futures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "会议推选张三为筹委会主任，李四为副主任。王五为主任",
            [("主任", "张三", None), ("副主任", "李四", None)],
            id="sentence-ended",
        ),
        pytest.param(
            "推选张三为筹委会主任，李四为副主任；王五为秘书长",
            [("主任", "张三", None), ("副主任", "李四", None), ("秘书长", "王五", None)],
            id="semicolon-goes-on",
        ),
        pytest.param(
            "会议推选张三为筹委会主任，李四为副主任，王五为区发改委主任",
            [("主任", "张三", None), ("副主任", "李四", None)],
            id="a-department-post",
        ),
        pytest.param("李四为副主任，推选张三为筹委会主任", [("主任", "张三", None)], id="before-the-committee"),
        pytest.param(
            "推选张三为筹委会主任。推选李四为组委会主任，王五为副主任",
            [("主任", "张三", None), ("主任", "李四", None), ("副主任", "王五", None)],
            id="a-second-committee",
        ),
    ],
)
def test_committee_roles_read_as_before(text, expected):
    assert _roles_stated(text) == expected


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("任命张三为副区长、免去李四的区长职务、", id="appoint-remove"),
        pytest.param("任命袁罡为金山区人民政府副区长、决定为代理区长、", id="decided-after-dun"),
        pytest.param("免去张三同志副区长职务和免去李四同志区长职务、", id="he-and-dun"),
    ],
)
def test_long_run_on_list_does_not_overflow(entry):
    with finishes_within(BOUND):
        result = extract_str(NOTICE_HEAD + entry * 2_000 + "\n")
    assert result["documents"][0]["appointments"]


@pytest.mark.parametrize(
    ("piece", "entries"),
    [
        pytest.param(
            "免去张三同志副区长职务、免去李四同志区长职务",
            ["免去张三同志副区长职务", "免去李四同志区长职务"],
            id="verb-again",
        ),
        pytest.param(
            "会议决定任命张三为副区长、任命李四为区长、免去王五的局长职务",
            ["会议决定任命张三为副区长", "会议决定任命李四为区长", "会议决定免去王五的局长职务"],
            id="lead-carried",
        ),
        pytest.param(
            "任命袁罡为金山区人民政府副区长、决定为代理区长",
            ["任命袁罡为金山区人民政府副区长", "决定为代理区长"],
            id="decided-after-dun",
        ),
        pytest.param("张三为某局局长李四为某局副局长", ["张三为某局局长", "李四为某局副局长"], id="glued-entries"),
        pytest.param("任命张三为检察长125人当选委员", ["任命张三为检察长", "125人当选委员"], id="count-elected"),
        pytest.param("任命张三为审判员免去", ["任命张三为审判员", "免去"], id="heading-glued"),
        pytest.param(
            "免去张三的局长职务、任命李四为局长和任命王五为副局长免职",
            ["免去张三的局长职务", "任命李四为局长", "任命王五为副局长", "免去"],
            id="cuts-then-heading",
        ),
        pytest.param("任命张三为局长、李四为副局长", ["任命张三为局长、李四为副局长"], id="no-verb-again"),
        pytest.param(
            "任命张三为局长、任命李四为检察长12人当选委员",
            ["任命张三为局长", "任命李四为检察长", "12人当选委员"],
            id="count-after-cuts",
        ),
        pytest.param(
            "任命张三为检察长3名被选、任命李四为局长、当选",
            ["任命张三为检察长", "3名被选、任命李四为局长、当选"],
            id="count-before-cut-beixuan",
        ),
        pytest.param(
            "会议当选举张三为局长、选举李四为副局长",
            ["会议当选举张三为局长", "选举李四为副局长"],
            id="dangxuan-in-head",
        ),
    ],
)
def test_glued_changes_read_as_before(piece, entries):
    assert _glued_changes(piece) == entries
