"""Appointments, round 12 of issue 9: the classes of the appointment misses and false records of
the new dev texts of corpus parts M and N (samples/corpus/NOTES-appointments-s7.md), each with
synthetic rows across forms and negative rows that must give nothing.

Classes: headlines printed side by side in a roundup's list of links (A辞去X职务　B任Y) give no
change (precision first); 增选(为) as an election; a connective glued to the name (其中陈冬不再担任…);
会议决定A任X; an accepted resignation keeps its post as printed; decision titles listed with 、 among
which a deputy's seat; 并接受其辞去X职务请求; the organization carried to later posts (…分院, 纪委);
a clause cut inside its second post; the posts held printed before an acting holder's name.
"""

from __future__ import annotations

from typing import Any

import pytest

from gazette_extract.api import parse_text

A, R, S = "appoint", "remove", "resign"


def appointments(text: str) -> list[dict[str, Any]]:
    result = parse_text(text).model_dump()
    return [a for doc in result["documents"] for a in doc.get("appointments", [])]


def changes(text: str) -> list[tuple[str, str, str]]:
    return [(a["action"], a["person"], a["position"]) for a in appointments(text)]


def codes(text: str) -> list[str]:
    result = parse_text(text).model_dump()
    found = [str(w["code"]) for w in result.get("warnings", [])]
    return found + [str(w["code"]) for doc in result["documents"] for w in doc.get("warnings", [])]


# --- headlines side by side: a roundup's links, not decisions --------------------------------------

_STORY = "人民网北京3月29日电 3月27日，李斌辞去安徽省省长职务，王学军任代理省长。"
_BODY = [(S, "李斌", "安徽省省长"), (A, "王学军", "安徽省代理省长")]

SIDE_BY_SIDE = [
    pytest.param(
        f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记 齐静任怀柔区委书记\n更多新闻请关注本网。",
        _BODY,
        id="two-headlines-space",
    ),
    pytest.param(
        f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记　齐静任怀柔区委书记\n更多新闻请关注本网。",
        _BODY,
        id="two-headlines-ideographic-space",
    ),
    pytest.param(
        f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记\t齐静任怀柔区委书记\t刘海波任密云区委书记\n更多新闻请关注本网。",
        _BODY,
        id="three-headlines-tabs",
    ),
    pytest.param(
        f"{_STORY}\n代理省长任免：\n马飚辞去广西壮族自治区主席职务 陈武任代理主席\n更多新闻请关注本网。",
        _BODY,
        id="resignation-then-successor",
    ),
    pytest.param(
        f"{_STORY}\n相關任免：\n張吉福任北京平谷區委書記　齊靜任懷柔區委書記\n更多新聞請關注本網。",
        _BODY,
        id="traditional",
    ),
    # negative rows of the rule: a list with its heading's verb, or a single piece, still reads
    pytest.param(
        "任命：张三为县财政局局长 李四为县审计局局长。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="run-on-list-under-heading",
    ),
    pytest.param(
        "经研究，决定：\n张三任县财政局局长 李四任县审计局局长\n特此通知。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="run-on-list-under-decision",
    ),
    pytest.param(
        "经研究决定，张三任县财政局局长，李四任县审计局局长。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="punctuated-clauses",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_BY_SIDE)
def test_headlines_side_by_side_give_no_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_headlines_side_by_side_are_warned() -> None:
    text = f"{_STORY}\n相关任免：\n张吉福任北京平谷区委书记 齐静任怀柔区委书记\n更多新闻请关注本网。"
    assert "change-entry-unread" in codes(text)


# --- 增选 (an added election) as a verb, name first or leading ---------------------------------------

ADDED_ELECTION = [
    pytest.param(
        "会议期间，王惠敏、郑栅洁增选为副省长。",
        [(A, "王惠敏", "副省长"), (A, "郑栅洁", "副省长")],
        id="two-names-first",
    ),
    pytest.param(
        "會議期間，王惠敏、鄭柵潔增選為副省長，這也意味著省政府領導班子調整到位。關於會議的報導。",
        [(A, "王惠敏", "副省长"), (A, "郑栅洁", "副省长")],
        id="traditional",
    ),
    pytest.param("会议增选王惠敏为副省长。", [(A, "王惠敏", "副省长")], id="leading"),
    pytest.param(
        "会议增选张三、李四为县政协常务委员。",
        [(A, "张三", "县政协常务委员"), (A, "李四", "县政协常务委员")],
        id="leading-two-names",
    ),
    pytest.param("张三被增选为县政协常务委员。", [(A, "张三", "县政协常务委员")], id="passive"),
    pytest.param("会议增选3名委员。", [], id="count-no-name"),
    pytest.param("增选工作顺利完成，会议决定召开下次会议。", [], id="noun"),
    pytest.param("会议增选张三、李四为县人民代表大会代表。", [], id="deputy-seat"),
]


@pytest.mark.parametrize(("text", "expected"), ADDED_ELECTION)
def test_added_election(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- a connective glued to the name opening a clause (其中陈冬不再担任副省长) ------------------------

GLUED_LEADS = [
    pytest.param("其中陈冬不再担任副省长。", [(R, "陈冬", "副省长")], id="qizhong-buzai"),
    pytest.param(
        "其中陈冬不再担任副省长(现任省委常委、政法委书记)。", [(R, "陈冬", "副省长")], id="qizhong-bracket-current"
    ),
    pytest.param("其中张三被任命为县财政局局长。", [(A, "张三", "县财政局局长")], id="qizhong-passive"),
    pytest.param("此外李四当选为县人民政府副县长。", [(A, "李四", "县人民政府副县长")], id="ciwai-elected"),
    pytest.param("另外王五辞去县财政局局长职务。", [(S, "王五", "县财政局局长")], id="lingwai-resign"),
    pytest.param("其中，陈冬不再担任副省长。", [(R, "陈冬", "副省长")], id="comma-still-reads"),
    pytest.param("其中一人被任命为县财政局局长。", [], id="no-name-after-lead"),
    pytest.param("其中部分同志被任命为县财政局局长。", [], id="group-after-lead"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_LEADS)
def test_connective_glued_to_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- 会议决定A任X: a meeting's decision with 任 and no 为 ------------------------------------------

MEETING_DECIDES_REN = [
    pytest.param(
        "浙江省十三届人大常委会第二十九次会议决定徐文光任浙江省政府副省长。",
        [(A, "徐文光", "浙江省政府副省长")],
        id="session-decides",
    ),
    pytest.param("常委会决定徐文光任浙江省人民政府副省长。", [(A, "徐文光", "浙江省人民政府副省长")], id="committee"),
    pytest.param(
        "会议决定张三任县财政局局长，李四任县审计局局长。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="two-clauses",
    ),
    pytest.param(
        "會議決定張三任縣財政局局長，李四任縣審計局局長。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长")],
        id="traditional",
    ),
    pytest.param("会议决定张三不再担任县财政局局长职务。", [(R, "张三", "县财政局局长")], id="decides-no-longer-holds"),
    pytest.param("会议决定任务分工如下。", [], id="task-not-a-post"),
    pytest.param("会议决定提请任命张三为县财政局局长。", [], id="proposal"),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_DECIDES_REN)
def test_meeting_decides_a_person_with_ren(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- an accepted resignation after an appointment keeps its post as printed --------------------------

RESIGNATION_AS_PRINTED = [
    pytest.param(
        "会议决定徐文光任浙江省政府副省长,接受陈奕君、王双全辞去副省长职务。",
        [(A, "徐文光", "浙江省政府副省长"), (S, "陈奕君", "副省长"), (S, "王双全", "副省长")],
        id="appoint-then-resignations",
    ),
    pytest.param(
        "会议决定任命崔茂虎为省政府副省长,决定接受刘洪建辞去副省长职务。",
        [(A, "崔茂虎", "省政府副省长"), (S, "刘洪建", "副省长")],
        id="appoint-then-decided-resignation",
    ),
    # the successor still takes the organization of the post given up before it (round 7)
    pytest.param(
        "3月25日，王宪魁辞去黑龙江省省长职务，陆昊任代理省长。",
        [(S, "王宪魁", "黑龙江省省长"), (A, "陆昊", "黑龙江省代理省长")],
        id="resignation-then-successor",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESIGNATION_AS_PRINTED)
def test_resignation_keeps_its_post_as_printed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- decisions listed by title with 、, one of them on a deputy's seat (济源) -----------------------

_MAYOR = "关于接受张宏义辞去济源市人民政府市长职务请求的决定"
TITLES_WITH_SEATS = [
    pytest.param(
        f"会议表决通过了{_MAYOR}、关于罢免张宏义河南省第十四届人民代表大会代表职务的决议。",
        [(S, "张宏义", "济源市人民政府市长")],
        id="decision-then-recall-resolution",
    ),
    pytest.param(
        f"会议表决通过了{_MAYOR}、关于接受张宏义辞去济源市第十五届人民代表大会代表职务请求的决定、"
        "关于罢免张宏义河南省第十四届人民代表大会代表职务的决议。",
        [(S, "张宏义", "济源市人民政府市长")],
        id="post-seat-and-recall",
    ),
    pytest.param(
        f"会议表决通过了关于罢免李四河南省人民代表大会代表职务的决议、{_MAYOR}。",
        [(S, "张宏义", "济源市人民政府市长")],
        id="recall-first",
    ),
    pytest.param(
        "會議表決通過了關於接受張宏義辭去濟源市人民政府市長職務請求的決定、關於罷免張宏義河南省人民代表大會代表職務的決議。",
        [(S, "张宏义", "济源市人民政府市长")],
        id="traditional",
    ),
    pytest.param(
        "会议表决通过了关于罢免李四河南省人民代表大会代表职务的决议、关于罢免王五县人民代表大会代表职务的决议。",
        [],
        id="seats-only",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_WITH_SEATS)
def test_decision_titles_listed_with_a_seat(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- 并接受其辞去X职务请求: 其 is the person of the clause before ------------------------------------

ACCEPTED_QI = [
    pytest.param(
        "免去陈永康的县人大常委会法制工作委员会副主任职务，并接受其辞去县人大常委会委员职务请求。",
        [(R, "陈永康", "县人大常委会法制工作委员会副主任"), (S, "陈永康", "县人大常委会委员")],
        id="bing-jieshou-qi",
    ),
    pytest.param(
        "免去陈永康的副主任职务，接受其辞去县人大常委会委员职务的请求。",
        [(R, "陈永康", "副主任"), (S, "陈永康", "县人大常委会委员")],
        id="jieshou-qi-de-qingqiu",
    ),
    pytest.param(
        "免去陳永康的副主任職務，並接受其辭去縣人大常委會委員職務請求。",
        [(R, "陈永康", "副主任"), (S, "陈永康", "县人大常委会委员")],
        id="traditional",
    ),
    pytest.param(
        "免去陈永康的副主任职务。并接受其辞去县人大常委会委员职务的请求。",
        [(R, "陈永康", "副主任")],
        id="qi-in-a-new-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED_QI)
def test_accepted_resignation_of_qi(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- the organization carried to later posts: a branch procuratorate, a party committee's 纪委 --------

_BRANCH = "广东省人民检察院广州铁路运输分院"
CARRIED_ORGANIZATION = [
    pytest.param(
        f"任命杨宇为{_BRANCH}检察长、检察委员会委员、检察员。",
        [(A, "杨宇", f"{_BRANCH}检察长"), (A, "杨宇", f"{_BRANCH}检察委员会委员"), (A, "杨宇", f"{_BRANCH}检察员")],
        id="branch-procuratorate",
    ),
    pytest.param(
        "任命楊宇為廣東省人民檢察院廣州鐵路運輸分院檢察長、檢察委員會委員、檢察員。",
        [(A, "杨宇", f"{_BRANCH}检察长"), (A, "杨宇", f"{_BRANCH}检察委员会委员"), (A, "杨宇", f"{_BRANCH}检察员")],
        id="branch-procuratorate-traditional",
    ),
    pytest.param(
        "王双全任湖南省委常委、纪委书记。",
        [(A, "王双全", "湖南省委常委"), (A, "王双全", "湖南省委纪委书记")],
        id="party-committee-discipline",
    ),
    pytest.param(
        "任命张三为中共某市委常委、纪律检查委员会书记。",
        [(A, "张三", "中共某市委常委"), (A, "张三", "中共某市委纪律检查委员会书记")],
        id="discipline-commission-in-full",
    ),
    # a post naming its own body keeps it
    pytest.param(
        "任命张三为市委常委、市纪委书记。",
        [(A, "张三", "市委常委"), (A, "张三", "市纪委书记")],
        id="own-body-kept",
    ),
    pytest.param(
        "任命张三为某市中级人民法院副院长、审判委员会委员、审判员。",
        [
            (A, "张三", "某市中级人民法院副院长"),
            (A, "张三", "某市中级人民法院审判委员会委员"),
            (A, "张三", "某市中级人民法院审判员"),
        ],
        id="court-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_ORGANIZATION)
def test_organization_carried_to_later_posts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


# --- a clause cut by the end of the stored text inside its second post --------------------------------

CUT_AFTER_A_POST = [
    pytest.param(
        "会议还表决通过了人事任免议案,决定任命顾雪飞为河南省人民政府副省长、河南省公安",
        [(A, "顾雪飞", "河南省人民政府副省长")],
        id="second-post-cut",
    ),
    pytest.param(
        "會議還表決通過了人事任免議案，決定任命顧雪飛為河南省人民政府副省長、河南省公安",
        [(A, "顾雪飞", "河南省人民政府副省长")],
        id="traditional",
    ),
    pytest.param("经研究，决定任命张三为县财政局局长、县审", [(A, "张三", "县财政局局长")], id="short-cut"),
    pytest.param("经研究，决定免去张三、李", [], id="names-cut"),
    pytest.param("经研究，决定任命张三、李四为县审", [], id="post-of-a-list-cut"),
    pytest.param("经研究，决定任命张三为县财政局", [], id="only-post-cut"),
]


@pytest.mark.parametrize(("text", "expected"), CUT_AFTER_A_POST)
def test_clause_cut_after_a_whole_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_clause_cut_after_a_whole_post_is_warned() -> None:
    assert "clause-cut-off" in codes("经研究，决定任命张三为县财政局局长、县审")


# --- the posts held printed before the name of an acting holder (天津市委副书记、市长黄兴国同志代理…) ---

HELD_FIRST_ACTING = [
    pytest.param(
        "孙春兰同志不再兼任天津市委书记职务;天津市委副书记、市长黄兴国同志代理天津市委书记职务。",
        [(R, "孙春兰", "天津市委书记"), (A, "黄兴国", "天津市委代理书记")],
        id="after-a-removal",
    ),
    pytest.param("市长黄兴国同志代理天津市委书记职务。", [(A, "黄兴国", "天津市委代理书记")], id="one-post-held"),
    pytest.param(
        "副区长郑皓代理通州区人民政府区长职务。", [(A, "郑皓", "通州区人民政府代理区长")], id="two-character-name"
    ),
    pytest.param(
        "孫春蘭同志不再兼任天津市委書記職務；天津市委副書記、市長黃興國同志代理天津市委書記職務。",
        [(R, "孙春兰", "天津市委书记"), (A, "黄兴国", "天津市委代理书记")],
        id="traditional",
    ),
    pytest.param("会议期间由市长代理市委书记职务。", [], id="post-without-name"),
    pytest.param("办公室主任代理局长职务。", [], id="title-only"),
]


@pytest.mark.parametrize(("text", "expected"), HELD_FIRST_ACTING)
def test_posts_held_before_an_acting_holder(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


def test_posts_held_before_an_acting_holder_are_the_note() -> None:
    (record,) = appointments("市长黄兴国同志代理天津市委书记职务。")
    assert record["note"] == "市长"


# --- when and where between an elected name and its verb (A1月30日在…会议上当选为X) ----------------------

SESSION_ADVERBIAL = [
    pytest.param(
        "陈敏尔1月30日在贵州省十二届人大四次会议上当选为贵州省十二届人民代表大会常务委员会主任。",
        [(A, "陈敏尔", "贵州省十二届人民代表大会常务委员会主任")],
        id="date-and-session",
    ),
    pytest.param(
        "去年7月接替赵克志出任贵州省委书记的陈敏尔1月30日在贵州省十二届人大四次会议举行第三次全体会议上"
        "当选为贵州省十二届人民代表大会常务委员会主任。",
        [(A, "陈敏尔", "贵州省十二届人民代表大会常务委员会主任")],
        id="attributive-date-session",
    ),
    pytest.param(
        "陳敏爾1月30日在貴州省十二屆人大四次會議上當選為貴州省十二屆人民代表大會常務委員會主任。",
        [(A, "陈敏尔", "贵州省十二届人民代表大会常务委员会主任")],
        id="traditional",
    ),
    pytest.param(
        "张三在县十八届人大一次会议上被选举为县人民政府县长。", [(A, "张三", "县人民政府县长")], id="session-passive"
    ),
    pytest.param("张三在会议上发言时说李四当选为县长一事已经公布。", [], id="speaker-not-elected"),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_ADVERBIAL)
def test_session_between_name_and_election(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected
