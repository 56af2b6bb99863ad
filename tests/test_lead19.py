"""Classes the lead wrote in session 19 (issue 9), each with its variants and the forms it must leave alone."""

from __future__ import annotations

import pytest

from gazette_extract.layout.chrome import is_site_chrome
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import fold_text, normalize_text

# ---------------------------------------------------------------- an ASCII full stop ends a sentence at a line's end


@pytest.mark.parametrize(
    ("line", "folded"),
    [
        ("决定免去周明的市审计局局长职务.", "决定免去周明的市审计局局长职务。"),
        ("现将有关事项通知如下.  ", "现将有关事项通知如下。 "),  # runs of spaces are one space
        ("请认真贯彻执行”.", "请认真贯彻执行”。"),
        ("（此件公开发布）.", "（此件公开发布）。"),
        ("详见《实施方案》.", "详见《实施方案》。"),
    ],
)
def test_ascii_full_stop_at_a_line_end_after_chinese_is_a_sentence_end(line: str, folded: str) -> None:
    assert fold_text(line) == folded


@pytest.mark.parametrize(
    "line",
    [
        "维吾尔族干部阿不都.热合曼任副县长",  # a transliterated name's dot inside a line
        "依照第3.2条",  # a number
        "增长1.5万元",
        "Shenzhen Co.",  # a Latin abbreviation
        "完成率达95.",  # after a digit
        "www.gov.cn",
        "见附件1.",  # after a digit: an item or a number, not known
    ],
)
def test_other_dots_stay(line: str) -> None:
    assert fold_text(line) == line


def test_folding_the_stop_is_idempotent() -> None:
    once = normalize_text("决定任命:孙立为市审计局局长;\n决定免去:周明的市审计局局长职务.\n")
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "决定任命:孙立为市审计局局长;\n决定免去:周明的市审计局局长职务.\n",
        "任命孙立为市审计局局长.\n免去周明的市审计局局长职务.\n",
        "会议决定:\n任命孙立为市审计局局长,免去其市统计局局长职务.\n",
    ],
)
def test_an_ascii_punctuated_appointment_line_is_no_title(text: str) -> None:
    out = extract_str(text)
    assert [d["title"] for d in out["documents"]] == [None]
    people = [(a["action"], a["person"]) for a in out["documents"][0]["appointments"]]
    assert ("appoint", "孙立") in people


def test_a_title_over_ascii_punctuated_body_stays_the_title() -> None:
    text = "某县人民政府关于做好防汛工作的通知\n\n各乡镇人民政府:\n现将有关事项通知如下.\n一、落实责任.\n\n某县人民政府\n2019年5月3日\n"
    (doc,) = extract_str(text)["documents"]
    assert (doc["title"], doc["date"], doc["issuer"]) == (
        "某县人民政府关于做好防汛工作的通知",
        "2019-05-03",
        "某县人民政府",
    )


# ---------------------------------------------------------------- a resignation refused later in its sentence


def _changes(text: str) -> list[tuple[str, str]]:
    return [(a["action"], a["person"]) for d in extract_str(text)["documents"] for a in d["appointments"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "公司董事长张三申请辞去董事长职务，但董事会未同意。",
        "张三申请辞去公司董事长职务，董事会未予同意。",
        "张三提出辞去公司董事长职务，董事会经审议不同意其辞职。",
        "张三请求辞去县长职务，会议未予接受。",
        "张三请求辞去县长职务,会议决定不接受.",  # ASCII punctuation
        "张三申请辞去公司董事职务，未获批准。",
        "张三辞去县长职务的请求未获通过。",
        "張三申請辭去公司董事長職務，但董事會未同意。",  # Traditional
        "张三申请辞去公司董事职务，但遭董事会拒绝。",
        "张三申请辞去公司董事长职务，董事会决定暂缓审议。",
    ],
)
def test_a_resignation_refused_later_in_its_sentence_is_none(sentence: str) -> None:
    assert ("resign", "张三") not in _changes("某公司公告\n" + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "张三申请辞去公司董事长职务，董事会同意其辞职。",
        "张三申请辞去公司董事长职务。董事会未同意李四的提案。",  # the refusal is another sentence's
        "张三因工作调整申请辞去公司董事长职务，辞职后不再担任公司任何职务。",
    ],
)
def test_a_resignation_not_refused_stands(sentence: str) -> None:
    assert ("resign", "张三") in _changes("某公司公告\n" + sentence + "\n")


def test_a_refusal_reaches_only_the_resignations_of_its_sentence() -> None:
    text = "某公司公告\n李四辞去公司总经理职务。张三申请辞去公司董事长职务，但董事会未同意。\n"
    assert _changes(text) == [("resign", "李四")]


# ---------------------------------------------------------------- a forum board's tag before a keyed headline

_FORUM_SITE = "某某论坛 - Powered by Discuz!"
_FORUM_LEAD = "3月4日12时，十四届全国人大二次会议在人民大会堂举行新闻发布会。"


@pytest.mark.parametrize(
    "head",
    [
        "标题： [中国内地] 沪市长杨雄辞职 应勇接任 [打印本页]",
        "标题: 【转帖】沪市长杨雄辞职 应勇接任 【打印】",
        "標題： [中國內地] 滬市長楊雄辭職 應勇接任 [打印本頁]",
        "标题：［时事新闻］沪市长杨雄辞职 应勇接任",
    ],
)
def test_a_board_tag_before_a_keyed_headline_is_left_out(head: str) -> None:
    text = f"{_FORUM_SITE}\n\n{head}\n\n作者： pkktam 时间： 2017-1-18 04:28\n{_FORUM_LEAD}"
    assert [d["title"] for d in extract_str(text)["documents"]] == ["沪市长杨雄辞职应勇接任"]


def test_a_bracket_inside_a_keyed_headline_stays() -> None:
    text = f"{_FORUM_SITE}\n\n标题： 沪市长杨雄辞职 [图] 应勇接任 [打印本页]\n\n作者： pkktam 时间： 2017-1-18 04:28\n{_FORUM_LEAD}"
    assert [d["title"] for d in extract_str(text)["documents"]] == ["沪市长杨雄辞职 [图] 应勇接任"]


# ---------------------------------------------------------------- a software credit is the site's frame


@pytest.mark.parametrize(
    "line",
    ["某某论坛 - Powered by Discuz!", "Powered By PHPWind v9.0", "某某网 powered by DedeCMS", "POWERED BY EMPIRECMS"],
)
def test_a_software_credit_is_site_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line", ["县人民政府关于加强电力供应保障工作的通知", "Power by the people 电力保障", "全力推进power建设"]
)
def test_near_software_credits_are_not_chrome(line: str) -> None:
    assert not is_site_chrome(line)


# ---------------------------------------------------------------- a condition or a refusal states no change


@pytest.mark.parametrize(
    "sentence",
    [
        "若任命张三为县长，将推动改革。",
        "如果张三出任县长，将推动改革。",
        "假如任命张三为县长，改革会更快。",
        "一旦张三出任县长，将推动改革。",
        "倘若免去张三的县长职务，将引发争议。",
        "如若張三出任縣長，將推動改革。",  # Traditional
        "会议未同意由副市长张三代理市长职务。",
        "会议未予同意由副市长张三代理市长职务。",
        "会议不予同意任命张三为县财政局局长。",
        "会议未同意由张三署理市长职务。",
    ],
)
def test_a_condition_or_a_refusal_states_no_change(sentence: str) -> None:
    assert _changes("某县新闻\n" + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("如河南省鹤壁市委原书记张三出任安阳市委书记。", ("appoint", "张三")),  # 如: an example, no condition
        ("会议同意由副市长张三代理市长职务。", ("appoint", "张三")),
        ("若干名干部调整中，任命张三为县财政局局长。", ("appoint", "张三")),
    ],
)
def test_words_that_only_look_like_conditions_or_refusals(sentence: str, change: tuple[str, str]) -> None:
    assert change in _changes("某县新闻\n" + sentence + "\n")


# ---------------------------------------------------------------- a question states no change


@pytest.mark.parametrize(
    "text",
    [
        "张三任县长？官方回应\n据悉，县政府将召开会议研究。\n",
        "谁来接任县长？张三代理县长职务？\n据悉，县政府将召开会议。\n",
        "張三代理縣長職務？\n據悉，縣府將召開會議。\n",  # Traditional
        "某县新闻\n有网友问：是否任命张三为县财政局局长？记者从县委获悉，此事尚在研究。\n",
        "某县新闻\n网传张三出任县长?官方回应\n",  # an ASCII question mark beside Chinese text
    ],
)
def test_a_question_states_no_change(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "谁是新县长？\n县人大常委会决定任命张三为县长。\n",  # the answer is a statement
        "某县新闻\n会议决定任命张三为县长。记者问：改革如何推进？\n",
    ],
)
def test_a_statement_beside_a_question_stands(text: str) -> None:
    assert ("appoint", "张三") in _changes(text)
