"""Round apages19 (issue 9, session 19): personnel pages whose document, and with it every appointment, was lost.

Two classes, each with its variants and near-misses:

* a headline whose kicker and change clause stand apart by a space (维持乡政运作 陈文书任代理乡长, tipp 2010): the
  change was not read, so the untitled-document path kept nothing and the page reported no document;
* an outlet's name alone, the day after it optional (原住民族電視台    2010/07/28), is never the story's title: the
  whole-text fallback passed over the headline under it.
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.doubt import doubtful_title
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments.tables import kicker_before_change

_BODY = "县府发布人事命令，相关人员即日到任。"
_BODY_TRADITIONAL = "縣府發布人事命令，相關人員即日到任。"


def _changes(text: str) -> list[tuple[str, str, str]]:
    result = extract_str(text)
    return [(a["action"], a["person"], a["position"]) for d in result["documents"] for a in d["appointments"]]


# (id, headline, expected changes) — the headline over a publish line and a story with no change of its own
KICKER_ROWS = [
    ("ascii-space", "维持乡政运作 陈文书任代理乡长", [("appoint", "陈文书", "代理乡长")]),
    ("two-spaces", "维持乡政运作  陈文书任代理乡长", [("appoint", "陈文书", "代理乡长")]),
    ("full-width-space", "维持乡政运作\u3000陈文书任代理乡长", [("appoint", "陈文书", "代理乡长")]),
    ("tab", "维持乡政运作\t陈文书任代理乡长", [("appoint", "陈文书", "代理乡长")]),
    ("traditional", "維持鄉政運作 陳文書任代理鄉長", [("appoint", "陈文书", "代理乡长")]),
    ("county-portal", "县政府人事调整 张三任县教育局局长", [("appoint", "张三", "县教育局局长")]),
    ("concurrent", "人事动态 李四兼任县财政局局长", [("appoint", "李四", "县财政局局长")]),
    ("resigns", "因工作调动 王五辞去县长职务", [("resign", "王五", "县长")]),
    ("leaves", "区政府人事变动 赵六不再担任区财政局局长", [("remove", "赵六", "区财政局局长")]),
    # near-misses: nothing read
    ("side-by-side-headlines", "张三任县教育局局长\u3000李四任县财政局局长", []),
    ("proposed", "任前公示 张三拟任县教育局局长", []),
    ("profile-no-verb", "领导简介 张三县教育局局长", []),
]


@pytest.mark.parametrize(("headline", "expected"), [r[1:] for r in KICKER_ROWS], ids=[r[0] for r in KICKER_ROWS])
def test_kicker_headline_opens_the_document(headline: str, expected: list[tuple[str, str, str]]) -> None:
    body = _BODY_TRADITIONAL if "鄉" in headline else _BODY  # a Traditional page is Traditional throughout
    text = f"{headline}\n2010/07/28\n{body}\n"
    assert _changes(text) == expected


# (id, line, what kicker_before_change gives)
KICKER_HELPER_ROWS = [
    ("joined", "维持乡政运作 陈文书任代理乡长", "维持乡政运作，陈文书任代理乡长"),
    ("full-width", "县政府人事调整\u3000张三任县教育局局长", "县政府人事调整，张三任县教育局局长"),
    ("row-number", "1 张三任县教育局局长", None),  # a row's number, no kicker
    ("spaced-name", "张 三任县教育局局长", None),  # a name spaced out
    ("name-kicker", "张三 任县教育局局长", None),  # the name apart from its verb: no name opens the second piece
    ("three-pieces", "人事 调整 张三任县教育局局长", None),
    ("side-by-side", "张三任县教育局局长　李四任县财政局局长", None),
    ("sentence", "经研究决定 张三任县教育局局长。", None),  # a sentence, not a headline
    ("no-verb", "县教育局 张三局长", None),
    ("date-kicker", "2023-05-06 张三任县教育局局长", None),  # no Han kicker
]


@pytest.mark.parametrize(
    ("line", "expected"), [r[1:] for r in KICKER_HELPER_ROWS], ids=[r[0] for r in KICKER_HELPER_ROWS]
)
def test_kicker_before_change(line: str, expected: str | None) -> None:
    assert kicker_before_change(line) == expected


def test_outlet_line_over_the_headline_is_not_the_title() -> None:
    text = "原住民族電視台    2010/07/28\n維持鄉政運作 陳文書任代理鄉長\n記者:No\n縣府指派代理鄉長人選。\n"
    documents = extract_str(text)["documents"]
    assert [d["title"] for d in documents] == ["维持乡政运作陈文书任代理乡长"]


def test_links_to_personnel_news_hold_no_document() -> None:
    text = "张三任县教育局局长\u3000李四任县财政局局长\n王五任县水利局局长\u3000赵六任县交通局局长\n"
    assert extract_str(text)["documents"] == []


# (id, title, doubtful because an outlet's name)
OUTLET_ROWS = [
    ("tv-with-slash-day", "原住民族电视台    2010/07/28", True),
    ("tv-alone", "原住民族电视台", True),
    ("daily-dash-day", "某某日报 2021-03-16", True),
    ("daily-chinese-day", "某某日报2021年3月16日", True),
    ("broadcaster", "某市广播电视台", True),
    ("radio", "某县人民广播电台", True),
    ("evening-paper", "新民晚报", True),
    ("news-site", "某某新闻网 2021.3.16", True),
    # near-misses: titles that may stand
    ("notice-of-a-broadcaster", "某市广播电视台关于招聘工作人员的公告", False),
    ("plan-of-a-paper", "某某日报社2021年工作要点", False),
    ("outlet-word-alone", "电视台", False),
    ("headline-naming-a-paper", "张三任某某日报社社长", False),
    ("outlet-then-words", "某某日报 今日要闻", False),
]


@pytest.mark.parametrize(("title", "doubtful"), [r[1:] for r in OUTLET_ROWS], ids=[r[0] for r in OUTLET_ROWS])
def test_outlet_name_is_no_title(title: str, doubtful: bool) -> None:
    assert (doubtful_title(title) == "an outlet's name") is doubtful


# (id, sentence, expected changes): a name's romanization in brackets right after it (Hong Kong, Macau news)
ROMANIZED_ROWS = [
    (
        "ascii-brackets",
        "香港无线电视宣布，梁乃鹏(Leung Nai Pang)将接任董事局主席一职。",
        [("appoint", "梁乃鹏", "董事局主席")],
    ),
    ("full-width", "李家超（John Lee）出任行政长官。", [("appoint", "李家超", "行政长官")]),
    ("padded", "委任张三( Zhang San )为委员会主席。", [("appoint", "张三", "委员会主席")]),
    ("hyphen", "委任李四(Lee Tai-man)为委员会主席。", [("appoint", "李四", "委员会主席")]),
    ("traditional", "委任張三（Cheung Sam）為委員會主席。", [("appoint", "张三", "委员会主席")]),
    ("four-words", "委任王五(Wong Ng Ka Ming)为委员会主席。", [("appoint", "王五", "委员会主席")]),
    # near-misses: one word, or no person's name before the bracket
    ("one-word-after-post", "任命张三为公司总裁(CEO)。", [("appoint", "张三", "公司总裁")]),
    ("unit-romanized", "某委员会(Some Committee)今日召开会议。", []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROMANIZED_ROWS], ids=[r[0] for r in ROMANIZED_ROWS])
def test_romanized_name_in_brackets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(text) == expected


# (id, title, doubtful because a byline in brackets)
BYLINE_ROWS = [
    ("unit-and-writer", "（党委宣传部张汉仙）", True),
    ("ascii-spaced", "(党委宣传部 张汉仙)", True),
    ("reporter", "（记者张三）", True),
    ("two-correspondents", "（通讯员 李四 王五）", True),
    ("reporters-spaced", "（记者 张三 李四）", True),
    ("office-writer", "（县委办公室 王五）", True),
    ("writer-key-slash", "（文/赵六）", True),
    # near-misses: a body's name, a note, a date in brackets
    ("body-name", "（国务院办公厅）", False),
    ("office-name", "(市委办公室)", False),
    ("commission", "（市发展改革委）", False),
    ("trial", "（试行）", False),
    ("draft", "（征求意见稿）", False),
    ("date", "（2022年9月6日）", False),
    ("adoption", "（二〇二一年三月五日市政府第5次常务会议通过）", False),
]


@pytest.mark.parametrize(("title", "doubtful"), [r[1:] for r in BYLINE_ROWS], ids=[r[0] for r in BYLINE_ROWS])
def test_byline_in_brackets_is_no_title(title: str, doubtful: bool) -> None:
    assert (doubtful_title(title) == "a byline in brackets") is doubtful


def test_personnel_news_without_names_holds_no_document() -> None:
    # a decision read out, no name and no post changed: no document (wynu)
    text = (
        "(党委宣传部 张汉仙)9月28日上午,副校长杨宝康出席科技处全体职工大会。\n"
        "会上,组织部字文忠同志宣读党委任免决定。副校长杨宝康作重要讲话。\n"
    )
    assert extract_str(text)["documents"] == []


# A page holding two personnel items one after another: each its own document (id, text, expected per document)
_STORY_ONE = (
    "县政府任免一批干部\n2023-05-06 10:20 来源：某县融媒体中心\n日前，经县人民政府研究决定，任命张三为县教育局局长。\n"
)
_STORY_TWO = "县人大常委会任免一批干部\n2023-06-06 09:00 来源：某县融媒体中心\n日前，县人大常委会决定任命王五为县人民政府副县长。\n"
_NOTICE_ONE = (
    "各乡镇党委，县直各单位党组（党委）：\n经研究决定：\n张三同志任县教育局党组书记；\n中共某县委组织部\n2023年5月6日\n"
)
_NOTICE_TWO = (
    "各乡镇党委，县直各单位党组（党委）：\n经研究决定：\n李四同志任县财政局党组书记。\n中共某县委组织部\n2023年6月6日\n"
)
SECOND_ITEM_ROWS = [
    (
        "two-stories-stamped",
        _STORY_ONE + _STORY_TWO,
        [[("appoint", "张三", "县教育局局长")], [("appoint", "王五", "县人民政府副县长")]],
    ),
    (
        "two-stories-stamp-with-seconds",
        _STORY_ONE.replace("10:20", "10:20:31") + _STORY_TWO.replace("09:00", "09:00:05"),
        [[("appoint", "张三", "县教育局局长")], [("appoint", "王五", "县人民政府副县长")]],
    ),
    (
        "two-notices-from-recipients",
        _NOTICE_ONE + _NOTICE_TWO,
        [[("appoint", "张三", "县教育局党组书记")], [("appoint", "李四", "县财政局党组书记")]],
    ),
    (
        "second-notice-with-number",
        _NOTICE_ONE + "县组干〔2023〕8号\n" + _NOTICE_TWO,
        [[("appoint", "张三", "县教育局党组书记")], [("appoint", "李四", "县财政局党组书记")]],
    ),
    # near-misses: one document
    (
        "sidebar-titles-and-bare-dates",
        _STORY_ONE + "相关新闻\n县人大常委会任免一批干部\n2023-06-06\n县政协召开常委会议\n2023-06-01\n",
        [[("appoint", "张三", "县教育局局长")]],
    ),
    (
        "headline-printed-again-under-its-title-line",
        "县政府任免一批干部-某县人民政府\n日前，经县人民政府研究决定，任命张三为县教育局局长。\n"
        "县政府任免一批干部\n2023-05-06 10:20 来源：某县融媒体中心\n日前，经县人民政府研究决定，任命张三为县教育局局长。\n",
        [[("appoint", "张三", "县教育局局长")]],
    ),
    ("copy-line-after-close", _NOTICE_ONE + "抄送：市委组织部。\n", [[("appoint", "张三", "县教育局党组书记")]]),
    (
        "unsigned-second-block",
        _NOTICE_ONE + "各乡镇党委，县直各单位党组（党委）：\n请做好交接工作。\n",
        [[("appoint", "张三", "县教育局党组书记")]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SECOND_ITEM_ROWS], ids=[r[0] for r in SECOND_ITEM_ROWS])
def test_second_personnel_item_is_its_own_document(text: str, expected: list[list[tuple[str, str, str]]]) -> None:
    documents = extract_str(text)["documents"]
    assert [[(a["action"], a["person"], a["position"]) for a in d["appointments"]] for d in documents] == expected


def test_rows_are_unique() -> None:
    for rows in (KICKER_ROWS, KICKER_HELPER_ROWS, OUTLET_ROWS, ROMANIZED_ROWS, BYLINE_ROWS, SECOND_ITEM_ROWS):
        assert len({r[0] for r in rows}) == len(rows)
        assert len({r[1] for r in rows}) == len(rows)
