"""Appointments round 24 (issue 9, session 17): mainland news reports and roundups.

Precision first — three families gave false records:
* a post held before the change, told after a clause naming the change as a time (此番履新前,A任X / 履新前，A任X /
  在此之前，A任X / 调任前，A任X …; vocab PRIOR_POST_CLAUSES): the post held, never a change;
* a headline's short government name and the decision's full one are one post (上海市金山区政府代理区长 / 金山区人民政府
  代理区长): the headline's record gives way, not a second one;
* a body's roster staffed in the sentence that sets it up (下设办公室…,由A兼任办公室主任,B任副主任 / 办公室设在X,B任副主任;
  vocab OFFICE_SETUP_WORDS): no change, unless the clause holds a decision's word (任命, 聘任, 决定, 免去).
Then positions in election roundups:
* a deputy's bare title after its head's full one in the sentence takes the head's organization (A当选为深圳市委书记,
  B、C当选为副书记 → 深圳市委副书记; …政协主席,D、E为副主席 → …政协副主席), also when the deputy's body is printed without its
  place (深圳市人大常委会主任, then 人大常委会副主任) — never another body ending the same (高等教育部 / 教育部);
* a party committee's seats listed bare after 包括 (常委包括A、B、C) take the committee of the head elected earlier in
  the sentence (→ 深圳市委常委; vocab PARTY_COMMITTEE_SEATS).
"""

from __future__ import annotations

import itertools

import pytest
from record_helpers import api_changes
from table_helpers import assert_unique

from gazette_extract.records.appointments.common import party_seat_body
from gazette_extract.records.appointments.news_mainland import staffs_a_body_set_up
from gazette_extract.vocab.personnel import NAMED_DECISION_ADOPTERS, NEW_HOLDER_SPEAKER_LEADS, SUCCEEDED_ATTRIBUTIVES

A, R = "appoint", "remove"
Change = tuple[str, str, str]

DECIDED = "中共中央决定：陈振林同志任中国气象局党组书记。"
NEW_POST = [(A, "陈振林", "中国气象局党组书记")]


# --- a post held before the change, after a clause of time ------------------------------------------------------

_PRIOR_LEADS = (
    "此番履新前",
    "此次履新前",
    "本次履新前",
    "履新前",
    "此番任职前",
    "此次任职前",
    "任职前",
    "调任前",
    "升任前",
    "上任前",
    "就任前",
    "出任前",
    "在此之前",
    "此次调整前",
)
PRIOR_POSTS = [
    *[
        pytest.param(f"{DECIDED}{lead}{comma}陈振林任中国气象局党组成员、副局长。", NEW_POST, id=f"{lead}-{comma}")
        for lead in _PRIOR_LEADS
        for comma in ("，", ",")
    ],
    pytest.param(f"{DECIDED}此番履新前，陈振林同志任中国气象局副局长。", NEW_POST, id="tongzhi"),
    pytest.param(f"{DECIDED}此番履新前，陈振林担任中国气象局副局长。", NEW_POST, id="danren"),
    pytest.param(f"{DECIDED}此番履新前，陈振林兼任中国气象局副局长。", NEW_POST, id="jianren"),
    pytest.param(
        "中共中央決定：陳振林同志任中國氣象局黨組書記。此番履新前，陳振林任中國氣象局黨組成員、副局長。",
        NEW_POST,
        id="traditional",
    ),
    pytest.param(
        "中共中央決定：陳振林同志任中國氣象局黨組書記。調任前，陳振林任中國氣象局副局長。", NEW_POST, id="trad-diaoren"
    ),
    # negatives of the negative: a change after a time that is not before it still reads
    pytest.param(
        f"{DECIDED}履新后，陈振林任中国气象局党组成员。",
        [*NEW_POST, (A, "陈振林", "中国气象局党组成员")],
        id="after-is-a-change",
    ),
    pytest.param(
        "中共中央决定：李四同志任中国气象局局长。此前，陈振林任中国气象局副局长。",
        [(A, "李四", "中国气象局局长")],
        id="round16-ciqian",
    ),
]
assert_unique(PRIOR_POSTS)


@pytest.mark.parametrize(("text", "expected"), PRIOR_POSTS)
def test_a_post_held_before_the_change_is_no_change(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- a headline's short government name -------------------------------------------------------------------------

_BODY = "会议审议决定有关人事事项，任命袁罡同志为金山区人民政府副区长、决定为代理区长。"
_BODY_TRAD = "會議審議決定有關人事事項，任命袁罡同志為金山區人民政府副區長、決定為代理區長。"
_BOTH = [(A, "袁罡", "金山区人民政府副区长"), (A, "袁罡", "金山区人民政府代理区长")]
HEADLINES = [
    pytest.param(f"袁罡任上海市金山区政府代理区长\n\n{_BODY}\n", _BOTH, id="city-district-government"),
    pytest.param(f"袁罡任金山区政府代理区长\n\n{_BODY}\n", _BOTH, id="district-government"),
    pytest.param(f"袁罡任金山区代理区长\n\n{_BODY}\n", _BOTH, id="district-alone"),
    pytest.param(f"袁罡任上海市金山區政府代理區長\n\n{_BODY_TRAD}\n", _BOTH, id="traditional"),
    # another government is another post: both kept
    pytest.param(
        f"袁罡任上海市松江区政府代理区长\n\n{_BODY}\n",
        [(A, "袁罡", "上海市松江区政府代理区长"), *_BOTH],
        id="neg-other-district",
    ),
]
assert_unique(HEADLINES)


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_headlines_short_government_is_the_decisions_post(text: str, expected: list[Change]) -> None:
    assert sorted(api_changes(text)) == sorted(expected)


# --- a body's roster staffed where it is set up -----------------------------------------------------------------

_SETUPS = (
    "领导小组下设办公室，",
    "下设污染源普查工作办公室为街道城管办(环保办)，",
    "领导小组办公室设在区环保局，",
    "办公室设于区环保局，",
    "领导小组设立办公室，",
)
_STAFFING = (
    "由周阳兼任办公室主任，周胜清任副主任。",
    "由周阳兼任办公室主任,周胜清任副主任。",
    "由周阳兼任办公室主任，周胜清、李明任副主任。",
    "由周阳兼任办公室主任，周胜清担任副主任。",
    "周胜清任副主任。",
)
STAFFED = [
    *[
        pytest.param(f"{setup}{staffing}", [], id=f"setup{i}-staffing{j}")
        for i, setup in enumerate(_SETUPS)
        for j, staffing in enumerate(_STAFFING)
    ],
    pytest.param("領導小組下設辦公室，由周陽兼任辦公室主任，周勝清任副主任。", [], id="traditional"),
    pytest.param("辦公室設在區環保局，周勝清任副主任。", [], id="trad-sheizai"),
]
DECIDED_STAFFING = [
    # a decision's word in the clause: still a change
    pytest.param("领导小组下设办公室，任命周胜清为办公室副主任。", [(A, "周胜清", "办公室副主任")], id="renming"),
    pytest.param("下设办公室，聘任周胜清为办公室副主任。", [(A, "周胜清", "办公室副主任")], id="pinren"),
    pytest.param("领导小组下设办公室，决定周胜清任副主任。", [(A, "周胜清", "副主任")], id="jueding"),
    # the set-up in another sentence: the change reads
    pytest.param(
        "领导小组下设办公室。周胜清任区环保局副局长。", [(A, "周胜清", "区环保局副局长")], id="other-sentence"
    ),
    # no set-up word: as before
    pytest.param("周胜清任区环保局副局长。", [(A, "周胜清", "区环保局副局长")], id="no-setup"),
]
assert_unique(STAFFED + DECIDED_STAFFING)


@pytest.mark.parametrize(("text", "expected"), STAFFED + DECIDED_STAFFING)
def test_a_body_set_up_is_staffed_not_changed(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


def test_staffing_reads_only_its_own_sentence() -> None:
    assert staffs_a_body_set_up("下设办公室，周胜清任副主任。", "周胜清任副主任")
    assert not staffs_a_body_set_up("下设办公室。周胜清任副主任。", "周胜清任副主任")
    assert not staffs_a_body_set_up("下设办公室，周胜清任副主任。", "张三任局长")  # not found as printed
    assert not staffs_a_body_set_up("下设办公室，任命周胜清为副主任。", "任命周胜清为副主任")


def test_staffing_is_linear() -> None:
    paragraph = "下设办公室，" + "张三任副主任，" * 20_000
    assert not staffs_a_body_set_up(paragraph, "李四任副主任")


# --- a deputy after its head, in one sentence -------------------------------------------------------------------

_SEC = "深圳市委"
DEPUTIES = [
    *[
        pytest.param(
            f"王荣当选为深圳市委书记{comma}许勤{sep}王穗明{verb}副书记。",
            [(A, "王荣", _SEC + "书记"), (A, "许勤", _SEC + "副书记"), (A, "王穗明", _SEC + "副书记")],
            id=f"secretary-{verb}-{sep}-{comma}",
        )
        for verb in ("当选为", "当选", "为", "任")
        for sep in ("、", "和")
        for comma in ("，", ",")
    ],
    pytest.param(
        "白天当选深圳市政协主席，黄志光、邓基联、林洁(女)为副主席。",
        [
            (A, "白天", "深圳市政协主席"),
            (A, "黄志光", "深圳市政协副主席"),
            (A, "邓基联", "深圳市政协副主席"),
            (A, "林洁", "深圳市政协副主席"),
        ],
        id="cppcc-wei",
    ),
    pytest.param(
        "刘玉浦当选为深圳市人大常委会主任，周光明、陈彪当选为人大常委会副主任。",
        [
            (A, "刘玉浦", "深圳市人大常委会主任"),
            (A, "周光明", "深圳市人大常委会副主任"),
            (A, "陈彪", "深圳市人大常委会副主任"),
        ],
        id="place-left-out",
    ),
    pytest.param(
        "王榮當選為深圳市委書記，許勤、王穗明當選為副書記。",
        [(A, "王荣", _SEC + "书记"), (A, "许勤", _SEC + "副书记"), (A, "王穗明", _SEC + "副书记")],
        id="traditional",
    ),
    pytest.param(
        "张三辞去某县人民政府县长职务，李四任副县长。",
        [("resign", "张三", "某县人民政府县长"), (A, "李四", "某县人民政府副县长")],
        id="after-a-resignation",
    ),
    # negatives: another title, another sentence, another body ending the same
    pytest.param(
        "王荣当选为深圳市委书记，许勤当选为秘书长。",
        [(A, "王荣", _SEC + "书记"), (A, "许勤", "秘书长")],
        id="neg-other-title",
    ),
    pytest.param(
        "王荣当选为深圳市委书记。许勤当选为副书记。",
        [(A, "王荣", _SEC + "书记"), (A, "许勤", "副书记")],
        id="neg-other-sentence",
    ),
    pytest.param(
        "任命张三为高等教育部部长，李四为教育部副部长。",
        [(A, "张三", "高等教育部部长"), (A, "李四", "教育部副部长")],
        id="neg-other-body-same-ending",
    ),
]
assert_unique(DEPUTIES)


@pytest.mark.parametrize(("text", "expected"), DEPUTIES)
def test_a_deputy_takes_its_heads_organization(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- a party committee's seats listed after 包括 ----------------------------------------------------------------

_STANDING = [(A, name, _SEC + "常委") for name in ("王荣", "许勤", "戴北方")]
SEATS = [
    *[
        pytest.param(
            f"5月25日:王荣当选为深圳市委书记,许勤当选为副书记,常委包括王荣{sep}许勤{sep}戴北方,戴北方为深圳市委秘书长。",
            _STANDING,
            id=f"standing-{sep}",
        )
        for sep in ("、",)
    ],
    pytest.param("王荣当选为深圳市委书记，常委包括王荣、许勤和戴北方。", _STANDING, id="standing-he"),
    pytest.param("王荣当选为深圳市委书记，常委包括王荣、许勤、戴北方。", _STANDING, id="after-the-secretary-only"),
    pytest.param(  # a Traditional text is told by a few sentences: one line alone is read as printed
        "深圳市委新一屆領導班子產生。王榮當選為深圳市委書記，常委包括王榮、許勤、戴北方。", _STANDING, id="traditional"
    ),
    # negatives: no head named in the sentence, or in another sentence: as printed
    pytest.param(
        "会议选举产生新一届领导班子，常委包括王荣、许勤、戴北方。",
        [(A, n, "常委") for n in ("王荣", "许勤", "戴北方")],
        id="neg-no-head",
    ),
    pytest.param(
        "王荣当选为深圳市委书记。会议选举产生新一届常委，常委包括王荣、许勤、戴北方。",
        [(A, "王荣", _SEC + "书记"), *[(A, n, "常委") for n in ("王荣", "许勤", "戴北方")]],
        id="neg-head-in-another-sentence",
    ),
]
assert_unique(SEATS)


@pytest.mark.parametrize(("text", "expected"), SEATS)
def test_party_seats_take_the_committee_of_the_sentence(text: str, expected: list[Change]) -> None:
    changes = api_changes(text)
    assert [c for c in changes if c[2].endswith("常委")] == [c for c in expected if c[2].endswith("常委")]
    assert set(expected) <= set(changes)


@pytest.mark.parametrize(
    ("text", "post", "expected"),
    [
        pytest.param("王荣当选为深圳市委书记,常委包括", "常委", "深圳市委常委", id="standing"),
        pytest.param("王荣任某县委副书记，委员包括", "委员", "某县委委员", id="deputy-head"),
        pytest.param("王荣当选为深圳市委书记,常委包括", "秘书长", "秘书长", id="neg-not-a-seat"),
        pytest.param("王荣当选为深圳市政协主席,常委包括", "常委", "常委", id="neg-no-party-committee"),
        pytest.param("任命张三为某市委书记。常委包括", "常委", "常委", id="neg-other-sentence"),
    ],
)
def test_party_seat_body(text: str, post: str, expected: str) -> None:
    assert party_seat_body(text, len(text) - 2, post) == expected


# --- whom he succeeds, with what is said of him; a subject clause before 接替 -------------------------------------

_FAW = "中国第一汽车集团公司董事长"
_XU = [(A, "徐平", _FAW)]
SUCCESSIONS = [
    *[
        pytest.param(f"徐平接替{said}徐建一{comma}{verb}{_FAW}。", _XU, id=f"{said}-{verb}-{comma or 'none'}")
        for said in ("落马的", "退休的", "到龄退休的", "调任某局的", "已故的", "")
        for verb in ("出任", "任")
        for comma in ("，", ",", "")
    ],
    pytest.param(f"东风汽车公司原董事长徐平接替落马的徐建一,出任{_FAW}。", _XU, id="held-post-before"),
    pytest.param(f"徐平接替落马的徐建一同志出任{_FAW}。", _XU, id="tongzhi"),
    pytest.param("東風汽車公司原董事長徐平接替落馬的徐建一,出任中國第一汽車集團公司董事長。", _XU, id="traditional"),
    # a subject clause (a post held and a name, perhaps described) before the succession
    *[
        pytest.param(
            f"{described}人民日报社社长王晨{comma}接替{said}蔡武{comma}出任国务院新闻办主任。",
            [(A, "王晨", "国务院新闻办主任")],
            id=f"subject-{described or 'plain'}-{said or 'plain'}-{comma}",
        )
        for described in ("", "有着多年传媒工作经历的")
        for said in ("", "调任文化部长的")
        for comma in ("，", ",")
    ],
    pytest.param("人民日报社社长王晨，接任国务院新闻办主任。", [(A, "王晨", "国务院新闻办主任")], id="subject-jieren"),
    # negatives: the one succeeded never takes the post; no name after 的; a rumour, a proposal, a career
    pytest.param("徐平接替他的职务。", [], id="neg-no-name"),
    pytest.param("人民日报社社长王晨，出任国务院新闻办主任的呼声很高。", [], id="neg-rumour"),
    pytest.param("人民日报社社长王晨，拟出任国务院新闻办主任。", [], id="neg-proposed"),
    pytest.param("人民日报社社长王晨，曾出任国务院新闻办主任。", [], id="neg-career"),
    pytest.param("人民日报社社长王晨，接替蔡武的可能性很大。", [], id="neg-likelihood"),
]
assert_unique(SUCCESSIONS)


@pytest.mark.parametrize(("text", "expected"), SUCCESSIONS)
def test_succession_with_what_is_said_of_the_one_succeeded(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


def test_succeeded_attributive_is_linear() -> None:
    from gazette_extract.records.appointments.news_mainland import without_succeeded_attributive

    text = "接替" + "落马" * 20_000 + "的徐建一出任局长"
    assert without_succeeded_attributive(text) == text


# --- a post first, then 由 + (a post held) + a name + the move; a place's first characters read as a name ---------

POST_FIRST = [
    *[
        pytest.param(f"{post}由{held}李亚平{verb}。", [(A, "李亚平", post)], id=f"{post}-{held or 'plain'}-{verb}")
        for post in ("苏州市人大常委会主任", "苏州市市长", "南京市人民政府市长", "海淀区区长")
        for held in ("", "原市长")
        for verb in ("转任", "出任", "升任", "调任")
    ],
    pytest.param(
        "蘇州市人大常委會主任由原市長李亞平轉任，南京市市長由夏心旻出任。",
        [(A, "李亚平", "苏州市人大常委会主任"), (A, "夏心旻", "南京市市长")],
        id="traditional",
    ),
    # negatives: a name first, a bare title, a future, a proposal
    pytest.param("张三局长由李四出任。", [], id="neg-name-first"),
    pytest.param("市长由李亚平出任。", [], id="neg-bare-title"),
    pytest.param("苏州市市长将由李亚平出任。", [], id="neg-future"),
    pytest.param("苏州市市长拟由李亚平出任。", [], id="neg-proposed"),
]
assert_unique(POST_FIRST)


@pytest.mark.parametrize(("text", "expected"), POST_FIRST)
def test_a_place_led_post_first_then_who_moved_to_it(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        pytest.param("苏州市人大常委会主任", True, id="city-congress"),
        pytest.param("南京市市长", True, id="city-mayor"),
        pytest.param("沛县县长", True, id="county"),
        pytest.param("市长", False, id="neg-bare"),
        pytest.param("张三局长", False, id="neg-name"),
    ],
)
def test_place_led_post(post: str, expected: bool) -> None:
    from gazette_extract.records.appointments.common import place_led_post

    assert place_led_post(post) is expected


# --- whose posts are adjusted, then the change without a subject -------------------------------------------------

_CQ = "重庆市公安局局长"
ADJUSTED = [
    *[
        pytest.param(
            f"{lead}王立军{comrade}的职务{comma}{verb}{_CQ}。",
            [(R, "王立军", _CQ)],
            id=f"{lead}-{comrade or 'plain'}-{verb}-{comma}",
        )
        for lead in ("调整", "调整了", "变动")
        for comrade in ("", "同志")
        for verb in ("不再兼任", "不再担任")
        for comma in ("，", ",")
    ],
    pytest.param(
        f"2月2日,重庆市公布,调整王立军的职务,不再兼任{_CQ},且原有分管公安工作,调整为教育工作。",
        [(R, "王立军", _CQ)],
        id="roundup-line",
    ),
    pytest.param(
        "調整王立軍的職務，不再兼任重慶市公安局局長，原有分管公安工作調整為教育工作，另有任用。",
        [(R, "王立军", _CQ)],
        id="traditional",
    ),
    # negatives: a portfolio (no comma clause), a 任 that opens no post, a proposal
    pytest.param("调整王立军的职务分工，不再分管公安。", [], id="neg-portfolio"),
    pytest.param("调整王立军的职务，任务是抓教育。", [], id="neg-renwu"),
    pytest.param(f"建议调整王立军的职务，不再兼任{_CQ}。", [], id="neg-proposed"),
]
assert_unique(ADJUSTED)


@pytest.mark.parametrize(("text", "expected"), ADJUSTED)
def test_whose_posts_are_adjusted_is_the_subject(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- a person named in a clause of his own (perhaps described), then when or where, then the change -------------

_HB = [(A, "陈吉宁", "环保部部长")]
NAMED_THEN_WHEN = [
    *[
        pytest.param(
            f"{said}陈吉宁{comma}{when}接替周生贤正式履任环保部部长。", _HB, id=f"{said or 'plain'}-{when}-{comma}"
        )
        for said in ("", "年初调任环保部的", "现年51岁的")
        for when in ("在2月", "于2月", "在今年2月")
        for comma in ("，", ",")
    ],
    *[
        pytest.param(
            f"{said}蔡武{comma}在政协全国委员会常务委员会第九次会议上{comma}{verb}全国政协外事委员会副主任。",
            [(A, "蔡武", "全国政协外事委员会副主任")],
            id=f"meeting-{said or 'plain'}-{verb}-{comma}",
        )
        for said in ("", "此前卸任文化部部长的")
        for verb in ("被增补为", "当选为", "被任命为")
        for comma in ("，", ",")
    ],
    pytest.param(
        "多部委高層新老交替，除了上述工信部、國家發改委和央行的高層變動。年初調任環保部的陳吉寧，在2月接替周生賢正式履任"
        "環保部部長。",
        _HB,
        id="traditional",
    ),
    # negatives: no change in the clauses after; a seat; a career
    pytest.param("年初调任环保部的陈吉宁，在会上讲话。", [], id="neg-speech"),
    pytest.param("蔡武，在第九次会议上，被增补为全国政协委员。", [], id="neg-seat"),
    pytest.param("年初调任环保部的陈吉宁，在清华大学曾任校长。", [], id="neg-career"),
]
assert_unique(NAMED_THEN_WHEN)


@pytest.mark.parametrize(("text", "expected"), NAMED_THEN_WHEN)
def test_a_named_person_then_when_or_where_then_the_change(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- 任命A为X、决定为代理Y opening its sentence ----------------------------------------------------------------------

ACTING_AFTER_DUN = [
    *[
        pytest.param(
            f"{lead}任命余剑同志为金山区人民法院副院长、决定为代理院长{tail}",
            [(A, "余剑", "金山区人民法院副院长"), (A, "余剑", "金山区人民法院代理院长")],
            id=f"{lead or 'opening'}-{tail}",
        )
        for lead in ("", "会议决定，")
        for tail in ("。", "等，并举行宪法宣誓仪式。")
    ],
    pytest.param(
        "任命張三同志為某縣人民政府副縣長、決定為代理縣長。任命李四為某縣人民法院副院長。",
        [(A, "张三", "某县人民政府副县长"), (A, "张三", "某县人民政府代理县长"), (A, "李四", "某县人民法院副院长")],
        id="traditional",
    ),
    # the next sentence's 为 has no person of its own: nothing
    pytest.param(
        "任命张三为某县人民政府副县长。决定为代理县长。", [(A, "张三", "某县人民政府副县长")], id="neg-next-sentence"
    ),
]
assert_unique(ACTING_AFTER_DUN)


@pytest.mark.parametrize(("text", "expected"), ACTING_AFTER_DUN)
def test_acting_after_dun_at_a_sentences_start(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- 及 as a surname inside a 、-list ---------------------------------------------------------------------------------

_NPC = "深圳市人大常委会"
MID_LIST = [
    pytest.param(
        f"刘玉浦当选为{_NPC}主任，周光明、闫小培、及聚声、陈彪当选为人大常委会副主任。",
        [(A, "刘玉浦", _NPC + "主任"), *[(A, n, _NPC + "副主任") for n in ("周光明", "闫小培", "及聚声", "陈彪")]],
        id="ji-surname-elected",
    ),
    pytest.param(
        "任命周光明、及聚声、陈彪为某局副局长。",
        [(A, n, "某局副局长") for n in ("周光明", "及聚声", "陈彪")],
        id="ji-surname-renming",
    ),
    pytest.param(
        "任命周光明、及聚聲、陳彪為某局副局長。",
        [(A, n, "某局副局长") for n in ("周光明", "及聚声", "陈彪")],
        id="ji-surname-traditional",
    ),
    # 及 last in the list is the conjunction
    pytest.param(
        "张三、李四、及王五当选为某市副市长。",
        [(A, "张三", "某市副市长"), (A, "李四", "某市副市长"), (A, "王五", "某市副市长")],
        id="ji-conjunction-last",
    ),
    # negatives: a word after 及, never a name; 及 + name closing the list is no name 及X
    pytest.param("张三、及时处理、王五为某局副局长。", [], id="neg-word"),
    pytest.param("周光明、及聚声当选为副主任。", [], id="neg-last-item"),
    pytest.param(
        "任命张三为局长，及李四、王五为副局长。",
        [(A, "张三", "局长"), (A, "李四", "副局长"), (A, "王五", "副局长")],
        id="neg-first-item-is-the-conjunction",
    ),
]
assert_unique(MID_LIST)


@pytest.mark.parametrize(("text", "expected"), MID_LIST)
def test_ji_as_a_surname_inside_a_list(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- the new holders who speak for the others ------------------------------------------------------------------------

_CD_HEAD = "成都市人民政府聘任23名参事\n\n在7月5日举行的成都市人民政府参事聘任仪式上，市长向23位参事颁发聘书。\n\n"
_CD = "成都市人民政府参事"
SPEAKERS = [
    *[
        pytest.param(
            f"{_CD_HEAD}聘任仪式上{comma}{lead}参事代表步宏{sep}张剑渝{sep}杨虎就下一步做好参事工作进行了发言。\n",
            [(A, n, _CD) for n in ("步宏", "张剑渝", "杨虎")],
            id=f"{lead}-{sep}-{comma}",
        )
        for lead in NEW_HOLDER_SPEAKER_LEADS
        for sep in ("、",)
        for comma in ("，", ",")
    ],
    pytest.param(
        f"{_CD_HEAD}新聘参事代表张剑渝、杨虎和步宏发言。\n",
        [(A, n, _CD) for n in ("张剑渝", "杨虎", "步宏")],
        id="he-last",
    ),
    pytest.param(
        "新聘参事代表张剑渝、杨虎发言。", [(A, "张剑渝", "参事"), (A, "杨虎", "参事")], id="no-government-named"
    ),
    # negatives: a serving holder, a seat, a word that is no post, one name of 步 alone
    pytest.param(f"{_CD_HEAD}参事代表张剑渝发言。\n", [], id="neg-serving"),
    pytest.param("新当选的代表张三发言。", [], id="neg-deputy-seat"),
    pytest.param("新当选的人大代表张三发言。", [], id="neg-npc-seat"),
    pytest.param("新聘教师代表张三发言。", [], id="neg-not-a-post"),
    pytest.param("新聘参事代表步宏发言。", [], id="neg-bounded-surname-alone"),
]
assert_unique(SPEAKERS)


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_new_holders_who_speak(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(("form", "example"), list(SUCCEEDED_ATTRIBUTIVES.items()))
def test_every_succeeded_attributive_of_the_table_reads(form: str, example: str) -> None:
    from gazette_extract.records.appointments.news_mainland import without_succeeded_attributive

    clause = example.split(" (")[0]
    assert form not in without_succeeded_attributive(clause)


# --- a ground glued after the persons, before their leaving ----------------------------------------------------------

_EDU, _POL = "省教育厅厅长", "省公安厅厅长"
GROUNDS = [
    *[
        pytest.param(
            f"王艳玲、秦玉海{count}{adverb}{ground}{comma}{verb}{_EDU}、{_POL}等职务。",
            [(R if verb != "辞去" else "resign", "王艳玲", _EDU), (R if verb != "辞去" else "resign", "秦玉海", _POL)],
            id=f"{count or 'plain'}-{adverb or 'none'}-{ground}-{verb}-{comma}",
        )
        for count in ("等10人", "")
        for adverb in ("则", "")
        for ground in ("依据法规", "根据有关规定", "按照干部任职回避规定", "依照规定")
        for verb in ("不再担任",)
        for comma in ("，", ",")
    ],
    pytest.param("張三根據有關規定，不再擔任某局局長職務，另有任用。", [(R, "张三", "某局局长")], id="traditional"),
    pytest.param("张三同志根据有关规定，不再兼任某局局长职务。", [(R, "张三", "某局局长")], id="tongzhi-jianren"),
    # negatives: no person before the ground (a body), a proposal
    pytest.param("会议根据有关规定，不再担任某局局长职务。", [], id="neg-no-person"),
    pytest.param("建议张三根据有关规定，不再担任某局局长职务。", [], id="neg-proposed"),
]
assert_unique(GROUNDS)


@pytest.mark.parametrize(("text", "expected"), GROUNDS)
def test_a_ground_between_the_persons_and_their_leaving(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


def test_leaving_ground_is_linear() -> None:
    from gazette_extract.records.appointments.news_mainland import without_leaving_ground

    text = "则依据法规，" * 20_000 + "不再担任局长"
    assert without_leaving_ground(text) == text


# --- a decision adopted and named by a person and 任 ----------------------------------------------------------------

NAMED = [
    *[
        pytest.param(
            f"会议表决{adopter}{open_}关于李强{comrade}{verb}国务院总理的决定{close}。",
            [(A, "李强", "国务院总理")],
            id=f"{adopter}-{open_ or 'bare'}-{comrade or 'plain'}-{verb}",
        )
        for adopter, (open_, close) in itertools.product(NAMED_DECISION_ADOPTERS, (("", ""), ("《", "》")))
        for comrade in ("同志", "")
        for verb in ("任", "担任")
    ],
    pytest.param(
        "会议表决通过了《关于张平同志任某委员会主任的决定》和《关于李四同志任某局局长的决定》。",
        [(A, "张平", "某委员会主任"), (A, "李四", "某局局长")],
        id="two-decisions",
    ),
    pytest.param(
        "會議表決通過了關於李強同志任國務院總理的決定，並舉行憲法宣誓儀式，會議聽取了報告。",
        [(A, "李强", "国务院总理")],
        id="traditional",
    ),
    # negatives: a motion, a term, a decision only discussed
    pytest.param("会议审议了关于提请张平同志任某局局长的议案。", [], id="neg-motion"),
    pytest.param("会议表决通过了关于张平同志任期届满的决定。", [], id="neg-term"),
    pytest.param("会议讨论了关于李强同志任国务院总理的决定。", [], id="neg-discussed"),
]
assert_unique(NAMED)


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_a_decision_named_by_a_person_and_ren(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected
