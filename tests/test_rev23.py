"""Round rev23 (issue 9, session 21): review of apost21, titles24, ndates21 and tpages21 — near-misses a real page
could hold that must give nothing or stay as they were, and the new patterns at n and 10n.

apost21 (changes listed POST + NAME after a lead that states them) read lists that are not changes:
- a list whose opener's own clause names other people (新任命的干部发言后，讲话的领导分别是：省长A、副省长B — the
  speakers): the lead's word must be in the opener's clause, or only a pronoun may stand there (他们/她们/其中;
  vocab POST_FIRST_LIST_SUBJECTS) — 新任命的…"一把手"中，有14个新面孔，他们分别是 (cm163, dev) still reads;
- a lead about an occasion or other people (前任, 接替, 现在的职务, 候补, 讲话/发言/主持, 议程, 汇报/看望/拜访/会见/
  陪同): words added to POST_FIRST_LIST_REFUSALS;
- an item naming an action of its own other than the lead's (免去职务的分别是：…、新任X厅厅长B): the item is not
  the lead's change (dropped and warned; the others stay).
"""

from __future__ import annotations

from collections.abc import Callable

import opencc
import pytest
from linear_helpers import alarm as _alarm
from linear_helpers import best_cpu as _cpu

from gazette_extract.pipeline import extract_str

A, R = "appoint", "remove"
_S2T = opencc.OpenCC("s2t")
_NEWS = "3月31日，某省人大常委会会议表决通过一批人事任免事项。"
_ITEMS = "省民政厅厅长余向东、省司法厅厅长罗建华、省教育厅副厅长钱桂仑"
_THREE_A = [(A, "余向东", "省民政厅厅长"), (A, "罗建华", "省司法厅厅长"), (A, "钱桂仑", "省教育厅副厅长")]
_LEADERS = "省委书记张三、省长李四、副省长王五"

Change = tuple[str, str, str | None]


def _changes(text: str) -> list[Change]:
    result = extract_str(text)
    return [(a["action"], a["person"], a.get("position")) for d in result["documents"] for a in d["appointments"]]


def _both(rows: list[tuple[str, list[Change]]]) -> list[tuple[str, list[Change]]]:
    return [r for text, want in rows for r in ((text, want), (str(_S2T.convert(text)), want))]


def _ids(rows: list[tuple[str, list[Change]]]) -> list[str]:
    return [text[24:80] for text, _ in rows]


# ---------------------------------------------------------------- apost21: the opener's clause names other people
_OTHER_SUBJECT_LEADS = [
    "新任命的干部发言后，讲话的领导分别是",
    "新任命的干部发言后，到会的领导分别是",
    "会议任命了一批干部，出席会议的领导分别是",
    "新当选的领导就职后，前来祝贺的分别是",
    "新任命的厅长到任后，陪同调研的分别为",
    "新任命的干部向以下领导汇报了工作，他们是",
    "新当选的领导看望了老同志，他们是",
    "新任命的厅长的前任分别是",
    "新任命的厅长接替的同志分别是",
    "新任命的干部现在的职务分别是",
    "当选的候补名单分别是",
    "任命大会议程包括",
    "任命大会由省人大常委会主任赵六主持，讲话的分别是",
]
_NOT_CHANGES = _both(
    [
        (_NEWS + lead + colon + items + "。\n", [])
        for lead in _OTHER_SUBJECT_LEADS
        for colon in ("：", ":", "")
        for items in (_ITEMS, _LEADERS)
    ]
)


@pytest.mark.parametrize(("text", "expected"), _NOT_CHANGES, ids=_ids(_NOT_CHANGES))
def test_list_of_other_people_reads_nothing(text: str, expected: list[Change]) -> None:
    assert [c for c in _changes(text) if c[1] not in ("赵六",)] == expected


# the lead's word in an earlier clause with only a pronoun (or nothing) before the opener still reads
_PRONOUN_LEADS = [
    "新任命的省政府组成部门负责人中，有3个新面孔，他们分别是",
    "新任命的干部中，他们是",
    "新任命的干部中，其中分别是",
    "会议选举产生了新一届领导班子，他们分别是",
    "会议选举产生了新一届领导班子，分别是",
    "新当选的副主任中，她们依次是",
]
_STILL_READ = _both(
    [(_NEWS + lead + colon + _ITEMS + "。\n", _THREE_A) for lead in _PRONOUN_LEADS for colon in ("：", ":", "")]
)


@pytest.mark.parametrize(("text", "expected"), _STILL_READ, ids=_ids(_STILL_READ))
def test_pronoun_after_the_lead_still_reads(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- apost21: an item with an action of its own
_MIXED = _both(
    [
        (
            _NEWS
            + "免去职务的分别是"
            + colon
            + sep.join(["省民政厅厅长余向东", new + "省司法厅厅长罗建华", "省教育厅副厅长钱桂仑"])
            + "。\n",
            [(R, "余向东", "省民政厅厅长"), (R, "钱桂仑", "省教育厅副厅长")],
        )
        for colon in ("：", "")
        for sep in ("、", "，", "；")
        for new in ("新任", "新任命", "新当选")
    ]
)


@pytest.mark.parametrize(("text", "expected"), _MIXED, ids=_ids(_MIXED))
def test_removal_list_item_with_own_appointment(text: str, expected: list[Change]) -> None:
    assert [c for c in _changes(text) if c[0] == R] == expected
    assert (R, "罗建华", "省司法厅厅长") not in _changes(text)


# ---------------------------------------------------------------- apost21: near-misses that stay as they were
_NEAR_MISSES = _both(
    [
        (_NEWS + "会议任命了一批干部。出席会议的有：" + _ITEMS + "。\n", []),  # a roster after the lead
        (_NEWS + "新任命的干部分别来自：省民政厅、省司法厅、省教育厅。\n", []),  # units
        (_NEWS + "新任命的干部分别是：省民政厅、省司法厅、省教育厅。\n", []),  # units
        (_NEWS + "新任命的专家分别是：教授张三、博士李四。\n", []),  # a title before a name is no post
        (_NEWS + "新聘的顾问分别是：清华大学教授张三、北京大学博士李四。\n", []),
        (_NEWS + "新任命的干部分别是：余向东省民政厅厅长、罗建华省司法厅厅长。\n", []),  # name first
        (_NEWS + "会议任命和免去了一批干部，分别是：" + _ITEMS + "。\n", []),  # two actions
        (_NEWS + "拟任命的干部分别是：" + _ITEMS + "。\n", []),  # a proposal
        (_NEWS + "现任的厅长分别是：" + _ITEMS + "。\n", []),  # posts held
        (_NEWS + "新任命的领导小组成员分别是：" + _ITEMS + "。\n", []),  # a roster
    ]
)


@pytest.mark.parametrize(("text", "expected"), _NEAR_MISSES, ids=_ids(_NEAR_MISSES))
def test_near_misses(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


def test_list_then_prose_keeps_the_items() -> None:
    text = _NEWS + "新任命的干部分别是：\n省民政厅厅长余向东\n省司法厅厅长罗建华\n会议指出，要加强干部队伍建设。\n"
    assert _changes(text) == [(A, "余向东", "省民政厅厅长"), (A, "罗建华", "省司法厅厅长")]


# ---------------------------------------------------------------- titles24: a key left on the title's side
from gazette_extract.layout.titleglue import split_title_glue  # noqa: E402

_TITLE = "关于印发优化营商环境工作方案的通知"
_HEADLINE = "我市召开优化营商环境工作大会"
_KEYED_TAILS = [
    ("浏览", "2024-03-05"),
    ("编辑", "2024.3.5"),
    ("作者 张三", "2024-03-05"),
    ("编辑 王五", "2024年3月5日"),
    ("来源 县政府", "2024/03/05"),
    ("阅读", "123"),
    ("点击", "45次"),
    ("記者 陳大文", "2024-03-05"),
    ("瀏覽", "2024-03-05"),
]
_KEYED = [
    (head + gap + key.replace(" ", gap) + gap + last, head, key + " " + last)
    for head in (_TITLE, _HEADLINE, "關於印發優化營商環境工作方案的通知")
    for key, last in _KEYED_TAILS
    for gap in (" ", "\u3000", "  ")
]


@pytest.mark.parametrize(("line", "title", "furniture"), _KEYED, ids=[r[0][-24:] for r in _KEYED])
def test_key_without_colon_cut_whole(line: str, title: str, furniture: str) -> None:
    cut = split_title_glue(line)
    assert cut is not None
    assert cut[0] == title
    assert cut[1].split() == furniture.split()
    assert not cut[2]


# the title's side never keeps a key of the furniture: the line stays whole rather than a title ending on 阅读
_LEFT_WHOLE = [
    _TITLE + " 阅读 全文",
    _TITLE + " 浏览 查看 2024",
    _HEADLINE + " 作者 张三 李四 2024-03-05",
    _HEADLINE + " 编辑 某某某某某 2024-03-05",
]


@pytest.mark.parametrize("line", _LEFT_WHOLE)
def test_no_key_left_on_the_title(line: str) -> None:
    cut = split_title_glue(line)
    assert cut is None or not set(cut[0].split()[1:]) & {"阅读", "浏览", "作者", "编辑"}


# real titles holding the furniture's words, a date or a number: stay whole
_REAL_TITLES = [
    "关于做好2024年“来源地”信用助学贷款工作的通知",
    "关于加强作者权益保护工作的通知",
    "关于规范网络点击量统计工作的通知",
    "关于发布2024年第3号重点项目清单的通知",
    "关于表彰优秀新闻记者的决定",
    "关于2024年3月5日起调整公交票价的通知",
    "关于调整发布时间的通知 发布",
    "关于公布点击 阅读 量统计结果的通知",
    "全市新闻宣传工作会议召开 来源",
    "关于加强河湖管理工作的意见 索引号",
    "北京市人民政府公告 2024年第3号",
    "广州市人民政府令 第200号",
    "新时代好青年 记者节特别报道",
    "学习贯彻全会精神 作者 按语",
]


@pytest.mark.parametrize("line", _REAL_TITLES)
def test_real_titles_with_furniture_words_stay_whole(line: str) -> None:
    assert split_title_glue(line) is None
    assert split_title_glue(str(_S2T.convert(line))) is None


# ---------------------------------------------------------------- ndates21: a cited day in a clause of basis
from gazette_extract.layout.storyday import lead_day, session_day  # noqa: E402

_PUB = "2024-03-10"
_BASES = [
    "为贯彻落实省委{d}会议精神",
    "根据省政府{d}印发的通知",
    "按照{d}省政府常务会议要求",
    "为落实{d}召开的全市大会精神",
    "依照省委{d}会议部署",
    "为了落实{d}会议要求",
    "遵照{d}会议安排",
    "依据省政府{d}通知",
]
_DAYS = ["3月5日", "2024年3月5日"]
_CITED = [
    (b.format(d=d) + comma + rest, want)
    for b in _BASES
    for d in _DAYS
    for comma in ("，", ",")
    for rest, want in (
        ("3月8日，我县召开专题会议。", "2024-03-08"),
        ("我县召开专题会议。", None),
        ("我县于3月8日召开会议。", None),
    )
]


@pytest.mark.parametrize(("lead", "expected"), _CITED, ids=[r[0][:30] for r in _CITED])
def test_cited_day_in_a_basis_clause_is_not_the_event(lead: str, expected: str | None) -> None:
    assert lead_day(lead, _PUB) == expected


_OWN_DAY = [
    ("为期两天的培训班于3月5日开班。", "2024-03-05"),  # bare 为 is no basis
    ("3月8日，根据安排，我县召开会议。", "2024-03-08"),
    ("根据安排，3月8日，我县召开专题会议。", "2024-03-08"),
    ("据了解，3月5日，我县召开专题会议。", None),  # as before (pages17)
    ("依照宪法规定，国务院2024年3月5日决定：免去张三的职务。", "2024-03-05"),  # tpages21's decided day stays
    ("新华社北京3月9日电 国务院2024年3月5日决定：免去张三的职务。", "2024-03-05"),
]


@pytest.mark.parametrize(("lead", "expected"), _OWN_DAY, ids=[r[0][:30] for r in _OWN_DAY])
def test_own_day_stays(lead: str, expected: str | None) -> None:
    assert lead_day(lead, _PUB) == expected


_RESTATED = [
    (["日前，我县召开专题会议。", "会议于3月5日印发的文件作了部署，会议于3月8日举行。"], None),
    (["日前，我县召开专题会议。", "会议于3月5日印发文件；会议于3月8日举行。"], None),
    (["日前，我县召开专题会议。", "会议于3月5日在县政府举行。"], "2024-03-05"),
    (["日前，我县召开专题会议。", "会议于3月5日下午在县政府会议室召开。"], "2024-03-05"),
    (["日前，我县召开专题会议。", "去年会议于3月1日举行。"], None),
]


@pytest.mark.parametrize(("paras", "expected"), _RESTATED, ids=[r[0][1][:24] for r in _RESTATED])
def test_session_restated_day_in_its_own_clause(paras: list[str], expected: str | None) -> None:
    assert session_day(paras, _PUB) == expected


# ---------------------------------------------------------------- tpages21: 成为 as the verb, 成为民 as a name
_CHENGWEI_NAMES = [
    ("任命{n}为某市副市长。", (A, "{n}", "某市副市长")),
    ("{n}任某市副市长。", (A, "{n}", "某市副市长")),
    ("会议决定：{n}同志任某局局长。", (A, "{n}", "某局局长")),
    ("免去{n}的某局局长职务。", (R, "{n}", "某局局长")),
]
_NAMED = _both(
    [
        (_NEWS + form.format(n=name) + "\n", [(want[0], want[1].format(n=name), want[2])])
        for form, want in _CHENGWEI_NAMES
        for name in ("成为民", "成为国", "成为华", "成思危")
    ]
)


@pytest.mark.parametrize(("text", "expected"), _NAMED, ids=_ids(_NAMED))
def test_names_opening_chengwei_are_read(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


_BECAME = _both(
    [
        (_NEWS + t + "\n", [])
        for t in (
            "崔世安如获任命，将于十二月二十日宣誓就职，成为继何厚铧之后的第二位澳门特区行政长官。",
            "他宣誓就职，成为新一届行政长官。",
            "他就职，成为第三任行政长官。",
            "他辞职后，成为民营企业董事长。",
            "王五离任，成为国企董事长。",
            "张三卸任后，成为国务院参事。",
            "他后来成为了市长。",
        )
    ]
)


@pytest.mark.parametrize(("text", "expected"), _BECAME, ids=_ids(_BECAME))
def test_became_is_no_name(text: str, expected: list[Change]) -> None:
    assert _changes(text) == expected


# ---------------------------------------------------------------- linearity (CPU time, under an alarm)


_HOSTILE: list[Callable[[int], str]] = [
    lambda n: "新任命的干部中" + "，" * n + "他们分别是：" + "省民政厅厅长余向东、" * 3,  # commas before the opener
    lambda n: "新任命的干部中，他们分别是" * n,  # many leads and openers
    lambda n: "免去职务的分别是：" + "新任省民政厅厅长余向东、" * n,  # an action word in every item
    lambda n: "免去职务的分别是：" + "新任" * n,  # action words in one unsplit item
]


@pytest.mark.parametrize("make", _HOSTILE, ids=["commas", "leads", "item-actions", "item-run"])
def test_linear(make: Callable[[int], str]) -> None:
    from gazette_extract.records.appointments.lists import _posts_first_rewritten

    with _alarm(60):
        t1, t10 = _cpu(_posts_first_rewritten, make(300)), _cpu(_posts_first_rewritten, make(3000))
        assert t10 < max(t1 * 25, 0.05)


_GLUE_HOSTILE: list[Callable[[int], str]] = [
    lambda n: _TITLE + " 作者" * n + " 2024-03-05",  # key words in every gap (the line cap bounds it)
    lambda n: _TITLE + " " * n + "阅读 123",  # a run of blanks
    lambda n: "阅读" * n + " 123",  # one long token
]


@pytest.mark.parametrize("make", _GLUE_HOSTILE, ids=["keys", "blanks", "token"])
def test_linear_titleglue(make: Callable[[int], str]) -> None:
    lines = [make(k % 7 + 1) for k in range(300)]
    with _alarm(60):
        t1 = _cpu(lambda _: [split_title_glue(x) for x in lines], "")
        t10 = _cpu(lambda _: [split_title_glue(x) for x in lines * 10], "")
        assert t10 < max(t1 * 25, 0.05)
        long1, long10 = make(300), make(3000)
        assert _cpu(split_title_glue, long10) < max(_cpu(split_title_glue, long1) * 25, 0.05)


_DAY_HOSTILE: list[Callable[[int], str]] = [
    lambda n: "为贯彻落实" + "省委" * n + "3月5日会议精神，3月8日，我县召开会议。",
    lambda n: "根据" + "3月5日" * n + "，我县召开会议。",
]


@pytest.mark.parametrize("make", _DAY_HOSTILE, ids=["long-basis", "many-days"])
def test_linear_lead_day(make: Callable[[int], str]) -> None:
    with _alarm(60):
        t1 = _cpu(lambda x: lead_day(x, _PUB), make(300))
        t10 = _cpu(lambda x: lead_day(x, _PUB), make(3000))
        assert t10 < max(t1 * 25, 0.05)
        p1 = _cpu(lambda x: session_day(["日前，召开会议。", x], _PUB), "会议于3月5日" + "印" * 300)
        p10 = _cpu(lambda x: session_day(["日前，召开会议。", x], _PUB), "会议于3月5日" + "印" * 3000)
        assert p10 < max(p1 * 25, 0.05)
