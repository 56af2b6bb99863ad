"""Appointments round appoint29 (issue 9, session 19): changes missed inside news prose and releases.

Sixteen new dev pages of personnel news (SOE boards, NPC sessions, Taiwan 接任/辭 stories, Hong Kong quote pages,
roundups with careers, nominations) showed these classes; each is tested over its variants (Simplified and
Traditional, ASCII and full-width punctuation), with rows that must give nothing:
* a company's brand ending in an industry word before a board or executive title (冯兴亚任广汽新能源董事长; vocab
  BRAND_HEAD_TITLES, BRAND_INDUSTRY_ENDINGS, the first and inner characters no brand holds in BRAND_NEVER_FIRST_CHARS /
  BRAND_NEVER_CHARS) and a division's head (本部长) — the post had no organization and every change of the list was
  dropped; a short name of no industry stays no organization (round 20);
* a career's step dated to the day inside a biography begun in the paragraph, a season or more before the document's
  date (…先后担任X等职务。2018年9月1日,A任Y) — read as a change (a false record; news_prose.dated_career_step);
* a held title, a name and a reason, then a request to leave in its own clause (公司原董事长A同志因工作安排,申请辞去X;
  vocab LEAVING_REQUEST_OPENERS), and a legal status listed among the posts (…和公司法定代表人职务; vocab
  LEGAL_STATUS_NOT_POSTS) — the resignation was lost;
* an acting post after a decision's lead, an honorific and an adverb (决定由董事、总经理A先生暂时代理董事长一职; vocab
  ACTING_BY_LEADS) — only ^由 was read;
* the surname 任 right after a held post (天津市原副市长任学锋出任X) — 任 was read as the verb;
* 辞 alone before posts in Taiwan and Hong Kong news, 所兼任之 before the post, 并辞 a second one, 改接任 (許璋瑤辭政務委員並
  辭所兼任之臺灣省政府主席,改接任X; vocab SHORT_RESIGN_*, HELD_BESIDES_WORDS), and 代理 opening the post held before the
  name (宜蘭縣代理縣長吳澤成則辭代理縣長) — nothing was read;
* a move told with one character (调/升/派) between the post held, a name and the new post (刑事局副局長陳炯旭派台南市警察局
  副局長; vocab SINGLE_CHAR_MOVES, SINGLE_CHAR_MOVE_NOT_BEFORE; the stage gate news_prose.SINGLE_MOVE_GATE_RE) — nothing
  was read.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes, stage_changes, unique_rows

A, R, Q = "appoint", "remove", "resign"


# --- a company's brand before a board or executive title -------------------------------------------------------------

BRAND_ROWS = unique_rows(
    [
        pytest.param(
            "具体调整内容包括:冯兴亚任广汽新能源董事长;张跃赛任广汽乘用车总经理。",
            [(A, "冯兴亚", "广汽新能源董事长"), (A, "张跃赛", "广汽乘用车总经理")],
            id="list-after-colon",
        ),
        pytest.param(
            "具體調整內容包括：馮興亞任廣汽新能源董事長；張躍賽任廣汽乘用車總經理。",
            [(A, "冯兴亚", "广汽新能源董事长"), (A, "张跃赛", "广汽乘用车总经理")],
            id="traditional-full-width",
        ),
        pytest.param(
            "郁俊兼任广汽集团国际业务本部本部长,不再担任广汽新能源董事长及广汽乘用车总经理。",
            [
                (A, "郁俊", "广汽集团国际业务本部本部长"),
                (R, "郁俊", "广汽新能源董事长"),
                (R, "郁俊", "广汽乘用车总经理"),
            ],
            id="division-head-and-leaving",
        ),
        pytest.param("王建国出任格力电器副董事长。", [(A, "王建国", "格力电器副董事长")], id="churen-vice-chair"),
        pytest.param("选举李建华为海螺水泥董事长。", [(A, "李建华", "海螺水泥董事长")], id="elected"),
        pytest.param("李建华不再担任海螺水泥执行董事。", [(R, "李建华", "海螺水泥执行董事")], id="no-longer"),
        pytest.param("朱华荣出任长安汽车总裁。", [(A, "朱华荣", "长安汽车总裁")], id="president"),
        pytest.param(
            "北汽发布公告宣布,同意董事长姜德义、非执行董事廖振波和北汽新能源监事会主席李承军的辞职申请。",
            [(Q, "姜德义", "董事长"), (Q, "廖振波", "非执行董事"), (Q, "李承军", "北汽新能源监事会主席")],
            id="held-titles-joined-by-he",
        ),
        pytest.param(
            "刘伟兼任广汽集团整车事业本部本部长。", [(A, "刘伟", "广汽集团整车事业本部本部长")], id="benbuzhang"
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), BRAND_ROWS)
def test_brand_before_a_company_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "王建国任李建华董事长。",  # a person's name is no brand
        "王建国担任第五届董事长。",  # a term
        "广汽新能源董事长表示,将继续推进改革。",  # no change
        "王建国任原董事长助理期间表现突出。",  # a former holder, no post of a change
        "该部长期以来关注此事。",  # 本部长 inside 长期: no title
        "李明辞去某某董事长职务。",  # a short name of no industry: no company (round 20)
        "王建国任新能源董事长。",  # the industry word alone: no brand
        "王建国辞去全部汽车董事长职务。",
        "王建国任广汽新能源公司的董事长职务一事尚未确定。",  # not decided
    ],
)
def test_brand_near_misses_give_nothing(text: str) -> None:
    assert api_changes(text) == []


# --- a career's step dated to the day inside a biography -------------------------------------------------------------

BIOGRAPHY = "公开资料显示,张跃赛于1988年进入广汽集团,先后担任广州本田企管部部长等重要职务。"


@pytest.mark.parametrize(
    ("text", "doc_date"),
    [
        (BIOGRAPHY + "2018年9月1日,张跃赛任广汽商贸有限公司党委书记、董事长。", "2019-07-31"),
        (BIOGRAPHY + "2018年9月1日，张跃赛任广汽商贸有限公司董事长。", "2019-07-31"),
        (BIOGRAPHY + "2018年9月1日张跃赛任广汽商贸有限公司董事长。", "2019-07-31"),
        (BIOGRAPHY + "2016年3月,张跃赛任广汽三菱汽车有限公司董事。", "2019-07-31"),  # a month (earlier rule)
        ("张跃赛,1965年出生,曾任某县县长。2018年9月1日,张跃赛任某市副市长。", None),  # no date: the biography
        ("公開資料顯示,張躍賽先後擔任某局局長等職務。2018年9月1日,張躍賽任某市副市長。", "2019-07-31"),
    ],
)
def test_day_dated_career_step_gives_nothing(text: str, doc_date: str | None) -> None:
    assert stage_changes(text, doc_date=doc_date) == []


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # the change reported, dated days before the document: kept
        (
            BIOGRAPHY + "2019年7月20日,张跃赛任广汽商贸有限公司董事长。",
            "2019-07-31",
            [(A, "张跃赛", "广汽商贸有限公司董事长")],
        ),
        # no biography before it in the paragraph: kept
        ("2018年9月1日,王建国任某市副市长。", "2019-07-31", [(A, "王建国", "某市副市长")]),
        # a decision by a session keeps its date whatever the biography
        (
            BIOGRAPHY + "2018年9月1日,市人大常委会决定任命王建国为某市副市长。",
            "2019-07-31",
            [(A, "王建国", "某市副市长")],
        ),
    ],
)
def test_day_dated_change_still_read(text: str, doc_date: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert stage_changes(text, doc_date=doc_date) == expected


# --- a held title, a name and a reason, then a request to leave ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "公司原董事长万鑫铭同志因工作安排,申请辞去公司董事长、董事及董事会战略委员会委员和公司法定代表人职务。",
            [(Q, "万鑫铭", "公司董事长"), (Q, "万鑫铭", "公司董事"), (Q, "万鑫铭", "董事会战略委员会委员")],
        ),
        (
            "公司原董事長萬鑫銘同志因工作安排,申請辭去公司董事長、董事和公司法定代表人職務。",
            [(Q, "万鑫铭", "公司董事长"), (Q, "万鑫铭", "公司董事")],
        ),
        ("原董事长万鑫铭同志因工作安排，申请辞去公司董事长职务。", [(Q, "万鑫铭", "公司董事长")]),
        ("市政府副市长王建国因工作调动,提出辞去副市长职务。", [(Q, "王建国", "副市长")]),
        ("公司董事长李建华因个人原因,请求辞去公司董事长职务。", [(Q, "李建华", "公司董事长")]),
        (
            "李建华申请辞去公司董事长、董事以及法定代表人等职务。",
            [(Q, "李建华", "公司董事长"), (Q, "李建华", "公司董事")],
        ),
    ],
)
def test_request_to_leave_after_held_title_and_reason(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "公司董事长李建华因个人原因,拟申请辞去公司董事长职务。",  # planned
        "李建华不再担任公司法定代表人。",  # a legal status alone: no post
        "选举李建华为公司法定代表人。",
        "公司董事长李建华因个人原因,申请休假一个月。",  # no leaving
    ],
)
def test_request_near_misses_give_nothing(text: str) -> None:
    assert api_changes(text) == []


# --- an acting post after a decision's lead ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "在外高桥集团第十一届董事会第十次会议上,经过全体董事的一致同意,决定由董事、总经理邵宇平先生暂时代理董事长一职。",
            [(A, "邵宇平", "暂时代理董事长")],
        ),
        ("决定由邵宇平暂时代理董事长职务。", [(A, "邵宇平", "暂时代理董事长")]),
        ("決定由邵宇平先生暫時代理董事長一職。", [(A, "邵宇平", "暂时代理董事长")]),
        ("同意由副市长王建国代理市长职务。", [(A, "王建国", "代理市长")]),
        ("并由常务副县长李建华代理县长职务。", [(A, "李建华", "代理县长")]),
        ("由經濟財政司司長梁維特臨時代理行政長官的職務。", [(A, "梁维特", "临时代理行政长官")]),
    ],
)
def test_acting_after_a_decision_lead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "决定由他暂时代理董事长一职。",  # no name
        "决定由此代理董事长一职。",
        "决定由董事会暂时代理董事长职责。",  # a body, no person
    ],
)
def test_acting_near_misses_give_nothing(text: str) -> None:
    assert api_changes(text) == []


# --- the surname 任 after a held post -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "其中跨省调动的是天津市原副市长任学锋出任广东省委常委、广州市委书记。",
            [(A, "任学锋", "广东省委常委"), (A, "任学锋", "广州市委书记")],
        ),
        (
            # Traditional, full-width comma (a line too short is not told Traditional: a longer one, as pages print)
            "其中跨省調動的分別是天津市原副市長任學鋒出任廣東省委常委、廣州市委書記，重慶市委原常委、秘書長吳政隆出任山西省委常委。",
            [(A, "任学锋", "广东省委常委"), (A, "任学锋", "广州市委书记"), (A, "吴政隆", "山西省委常委")],
        ),
        ("天津市副市长任学锋任广东省委常委。", [(A, "任学锋", "广东省委常委")]),
        ("天津市副市长任学锋调任广东省委常委。", [(A, "任学锋", "广东省委常委")]),
        ("某县县长任建华升任某市副市长。", [(A, "任建华", "某市副市长")]),
    ],
)
def test_surname_ren_after_a_held_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "天津市副市长任期届满。",  # 任期, no name
        "天津市副市长任广东省委常委。",  # 任 the verb, no name before it
        "天津市副市长任务繁重。",
    ],
)
def test_surname_ren_near_misses_give_nothing(text: str) -> None:
    assert api_changes(text) == []


# --- 辞 alone before posts (Taiwan and Hong Kong news), an acting post held before the name --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "行政院發言人徐國勇3日表示,政務委員許璋瑤辭政務委員並辭所兼任之臺灣省政府主席,改接任臺灣證券交易所董事長。",
            [(Q, "许璋瑶", "政务委员"), (Q, "许璋瑶", "台湾省政府主席"), (A, "许璋瑶", "台湾证券交易所董事长")],
        ),
        (
            # the second post read as no post (台湾主席): dropped, the first resignation and the move still read
            "行政院發言人徐國勇3日表示,政務委員許璋瑤辭政務委員並辭所兼任之臺灣主席,改接任臺灣證券交易所董事長,上任日期由金管會決定。",
            [(Q, "许璋瑶", "政务委员"), (A, "许璋瑶", "台湾证券交易所董事长")],
        ),
        (
            "宜蘭縣代理縣長吳澤成則辭代理縣長,並接任行政院政務委員兼臺灣省政府主席。",
            [(Q, "吴泽成", "代理县长"), (A, "吴泽成", "行政院政务委员"), (A, "吴泽成", "台湾省政府主席")],
        ),
        ("宜兰县代理县长吴泽成辞去代理县长职务。", [(Q, "吴泽成", "代理县长")]),
        ("王建国辞副市长职务。", [(Q, "王建国", "副市长")]),
        (
            "许璋瑶辞去政务委员,改接任台湾证券交易所董事长。",
            [(Q, "许璋瑶", "政务委员"), (A, "许璋瑶", "台湾证券交易所董事长")],
        ),
        ("許璋瑤辭去其兼任的某公司董事長職務。", [(Q, "许璋瑶", "某公司董事长")]),
    ],
)
def test_short_resignation_and_acting_held(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "张三辞职。",  # no post
        "县长王建国在会上致辞。",  # 致辞: a speech
        "县长王建国发表新年贺辞。",
        "王建国辞别家乡。",  # 辞别
        "王建国辞退了两名员工。",  # 辞退: dismissing others
        "代表王建国辞世。",
        "王建国推辞了市长职务。",
    ],
)
def test_short_resignation_near_misses_give_nothing(text: str) -> None:
    assert api_changes(text) == []


# --- a move told with one character between the post held and the new post (Taiwan news) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "刑事局副局長陳炯旭派台南市警察局副局長,新北市警局督察長林故廷升刑事局副局長。",
            [(A, "陈炯旭", "台南市警察局副局长"), (A, "林故廷", "刑事局副局长")],
        ),
        ("其中新北市警局督察長林故廷升刑事局副局長。", [(A, "林故廷", "刑事局副局长")]),
        ("某局副局长王建国调某市财政局局长。", [(A, "王建国", "某市财政局局长")]),
        (
            "某局副局长王建国调某市财政局局长，某县副县长李建华升某市副市长。",
            [(A, "王建国", "某市财政局局长"), (A, "李建华", "某市副市长")],
        ),
    ],
)
def test_single_character_move(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "某局局长王建国调整某处处长分工。",  # 调整
        "某局局长王建国调离某市。",  # 调离: no post
        "市长王建国调研某局。",  # 调研
        "局长王建国派出工作组。",  # 派出
        "局长王建国升级系统。",  # 升级
        "王建国调某市财政局局长。",  # no post held before the name: which characters are the name is not told
        "保三、保四總隊長黃家琦、劉鴻烈升政委。",  # two names: left out
    ],
)
def test_single_character_move_near_misses_give_nothing(text: str) -> None:
    assert api_changes(text) == []
