"""Appointments round 18 (issue 9): last round's blind CHECK pages read as FIT, and the classes they print.

Classes, each with variants and negatives:
* 由 + a name + an honorific + a move verb opening a decided clause (经省委研究决定,由彭金辉同志接任海南省委组织部部长 —
  ccwqtv, probe fit): 由A同志接任X gave nothing while 由A接任X and A同志接任X gave one record each. 由于 (because)
  is never 由 and a person 于… (由于张三同志任X had given the false person 于张三).
* a resignation accepted with 接纳 (Hong Kong: 行政長官接納A辭任X — lurdlur, probe fit) and 辞任 after 接受 / 接纳, as
  接受A辞去X职务的请求 reads.
* 履新 (took up) as a move verb, with a direction word between the name and it (喻云林北上履新天津市委常委、组织部部长 —
  ccwqtv, probe fit); never a future, a proposal, or 履新 without a post after it.
"""

from __future__ import annotations

import pytest
from record_helpers import HEAD_T, api_changes, news_page, unique_rows

A, R, S = "appoint", "remove", "resign"
Change = tuple[str, str, str]


# --- 由 + name + honorific + move verb ---------------------------------------------------------------------

_POST = "某市财政局局长"
LEADING_YOU = unique_rows(
    [
        *[
            pytest.param(f"经研究决定,由张三{h}{v}{_POST}。", [(A, "张三", _POST)], id=f"you-{h or 'bare'}-{v}")
            for h in ("同志", "先生", "")
            for v in ("接任", "出任", "调任", "升任", "转任", "担任", "任")
        ],
        pytest.param(
            "根据中组部的建议，经省委研究决定，由彭金辉同志接任海南省委组织部部长。",
            [(A, "彭金辉", "海南省委组织部部长")],
            id="fullwidth-commas-provincial",
        ),
        pytest.param(
            "会议决定:由李四女士出任某区卫生健康局局长。", [(A, "李四", "某区卫生健康局局长")], id="colon-nvshi"
        ),
        pytest.param("經研究決定，由王五同志接任某縣審計局局長。", [(A, "王五", "某县审计局局长")], id="traditional"),
        pytest.param("经研究决定;由张三同志升任某市公安局局长。", [(A, "张三", "某市公安局局长")], id="semicolon"),
    ]
)

LEADING_YOU_NEGATIVE = unique_rows(
    [
        pytest.param("由张三同志接任后,工作顺利开展。", [], id="after-taking-over-no-post"),
        pytest.param("会议期间,由张三同志出任主持人。", [], id="not-a-post"),
        pytest.param("某局局长将由张三同志接任。", [], id="future"),
        pytest.param("经研究,由张三同志调任某市审计局局长一事暂缓。", [], id="a-matter-postponed"),
        pytest.param("由于张三同志调任某市审计局局长,会议决定免去其某局局长职务。", [], id="youyu-move-no-person-yu"),
        pytest.param("由于张三同志任某市审计局局长,会议决定免去其某局局长职务。", [], id="youyu-ren-no-person-yu"),
        pytest.param("拟由张三同志接任某市财政局局长。", [], id="proposal"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), LEADING_YOU + LEADING_YOU_NEGATIVE)
def test_leading_you_with_a_move_verb(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


def test_post_first_successor_unchanged() -> None:
    """某局局长,由A同志接任。: the post-first form keeps its reading (round 17)."""
    assert api_changes(news_page("某市财政局局长,由张三同志接任。")) == [(A, "张三", "某市财政局局长")]


# --- a resignation accepted: 接纳 for 接受, 辞任 for 辞去 (Hong Kong forms) -----------------------------------------

ACCEPTED = unique_rows(
    [
        pytest.param("行政长官接纳张三辞任某委员会主席。", [(S, "张三", "某委员会主席")], id="jiena-ciren"),
        pytest.param("行政长官接纳李四辞去某局局长职务的请求。", [(S, "李四", "某局局长")], id="jiena-ciqu"),
        pytest.param(
            "会议决定接受张三同志辞任某县人民政府县长的请求。", [(S, "张三", "某县人民政府县长")], id="jieshou-ciren"
        ),
        pytest.param(
            HEAD_T + "行政長官今日公布接納張三先生辭任某委員會主席,由15日起生效。",
            [(S, "张三", "某委员会主席")],
            id="traditional-xiansheng",
        ),
        pytest.param(
            "行政长官接纳张三先生、李四女士辞任某委员会委员。",
            [(S, "张三", "某委员会委员"), (S, "李四", "某委员会委员")],
            id="two-people-honorifics",
        ),
        pytest.param(
            "会议决定接受张三同志、李四同志辞去某局副局长职务的请求。",
            [(S, "张三", "某局副局长"), (S, "李四", "某局副局长")],
            id="two-comrades-unchanged",
        ),
        pytest.param(
            "董事会接受王五女士辞去本公司董事会主席职务。", [(S, "王五", "本公司董事会主席")], id="company-nvshi"
        ),
    ]
)

ACCEPTED_NEGATIVE = unique_rows(
    [
        pytest.param("政府接纳了市民的意见。", [], id="opinions-accepted"),
        pytest.param("接纳张三为会员。", [], id="member-admitted-not-a-post"),
        pytest.param("接受张三辞任一事另行讨论。", [], id="no-post"),
        pytest.param("张三拟辞任某委员会主席。", [], id="proposed-no-person-zhangsan-ni"),
        pytest.param("李四拟辞去某局局长职务。", [], id="proposed-ciqu"),
        pytest.param("张三将辞任某公司董事会主席。", [], id="future"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ACCEPTED + ACCEPTED_NEGATIVE)
def test_accepted_resignation(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a company's short name glossed inside the post: (以下简称“公司”) / (以下称…) / (下称…) / (简称…) ---------------------

GLOSS = unique_rows(
    [
        pytest.param(
            "因工作变动,张三先生不再担任某某科技股份有限公司(以下简称“公司”)第九届董事会董事长、董事职务。",
            [
                (R, "张三", "某某科技股份有限公司第九届董事会董事长"),
                (R, "张三", "某某科技股份有限公司第九届董事会董事"),
            ],
            id="yixia-jiancheng-two-posts",
        ),
        pytest.param(
            "张三先生辞去某某股份有限公司(以下简称“公司”)董事长职务。",
            [(S, "张三", "某某股份有限公司董事长")],
            id="resign-yixia-jiancheng",
        ),
        pytest.param(
            '张三先生辞去某某股份有限公司（以下简称"本公司"）董事长职务。',
            [(S, "张三", "某某股份有限公司董事长")],
            id="fullwidth-brackets-ascii-quotes",
        ),
        pytest.param(
            "李四女士辞去某某股份有限公司（下称“公司”）总经理职务。",
            [(S, "李四", "某某股份有限公司总经理")],
            id="xiacheng",
        ),
        pytest.param(
            "王五不再担任某某集团股份有限公司(以下称“公司”)副总经理职务。",
            [(R, "王五", "某某集团股份有限公司副总经理")],
            id="yixia-cheng",
        ),
        pytest.param(
            HEAD_T + "張三先生辭去某某股份有限公司（以下簡稱「公司」）董事長職務。",
            [(S, "张三", "某某股份有限公司董事长")],
            id="traditional-corner-quotes",
        ),
        pytest.param(
            "张三任退役军人事务部(简称退役部)副部长。", [(A, "张三", "退役军人事务部副部长")], id="jiancheng-unchanged"
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), GLOSS)
def test_company_gloss_inside_the_post(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


def test_gloss_alone_gives_nothing() -> None:
    """A notice's opening line with the gloss and no change (董事会于近日收到…辞职报告) stays without a record."""
    text = "某某股份有限公司(以下简称“公司”)董事会于近日收到董事长张三先生的书面辞职报告。"
    assert api_changes(news_page(text)) == []


# --- 履新 (took up a post) as a move verb; a direction word between the name and a move verb --------------------

LUXIN = unique_rows(
    [
        pytest.param(
            "张三履新天津市委常委、组织部部长。",
            [(A, "张三", "天津市委常委"), (A, "张三", "天津市委组织部部长")],
            id="two-posts-org-carried",
        ),
        pytest.param(
            "3月,广西壮族自治区党委常委、组织部部长喻云林北上履新天津市委常委、组织部部长,原任该职的盛茂林此前已当选为天津市政协主席。",
            [(A, "喻云林", "天津市委常委"), (A, "喻云林", "天津市委组织部部长")],
            id="held-post-first-beishang",
        ),
        pytest.param("某省委常委张三履新某市委书记。", [(A, "张三", "某市委书记")], id="held-post-first"),
        pytest.param("张三跨省履新某省委常委。", [(A, "张三", "某省委常委")], id="kuasheng"),
        pytest.param("李四南下出任某省委常委。", [(A, "李四", "某省委常委")], id="nanxia-churen"),
        pytest.param("王五进京出任某部副部长。", [(A, "王五", "某部副部长")], id="jinjing-churen"),
        pytest.param("赵六回京调任某部副部长。", [(A, "赵六", "某部副部长")], id="huijing-diaoren"),
        pytest.param(HEAD_T + "張三北上履新天津市委常委。", [(A, "张三", "天津市委常委")], id="traditional"),
    ]
)

LUXIN_NEGATIVE = unique_rows(
    [
        pytest.param("此番履新前,他已在任上工作两年。", [], id="before-no-name"),
        pytest.param("履新后,张三主持召开会议。", [], id="after-no-post"),
        pytest.param("张三将履新某市委书记。", [], id="future"),
        pytest.param("张三拟履新某市委书记。", [], id="proposal-no-person-zhangsan-ni"),
        pytest.param("据悉,张三已履新某市委书记。", [], id="already-held-no-person-zhangsan-yi"),
        pytest.param("履新的彭金辉此前长期在高校工作。", [], id="attributive"),
        pytest.param("张三此番履新黑龙江。", [], id="a-place-not-a-post"),
        pytest.param("大军北上出任务。", [], id="direction-word-no-name"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), LUXIN + LUXIN_NEGATIVE)
def test_luxin_and_direction_words(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a one-character modifier + 任: never part of the name ------------------------------------------------------

MODIFIED_REN = unique_rows(
    [
        pytest.param("张三回任某局局长。", [(A, "张三", "某局局长")], id="huiren"),
        pytest.param(
            HEAD_T + "新聞處處長許立明回任研考會主委一職。",
            [(A, "许立明", "研考会主委")],
            id="huiren-traditional-yizhi",
        ),
        pytest.param("张三派任某处处长。", [(A, "张三", "某处处长")], id="pairen"),
        pytest.param("王五膺任某委员会主席。", [(A, "王五", "某委员会主席")], id="yingren"),
        pytest.param("赵六补任某委员会委员。", [(A, "赵六", "某委员会委员")], id="buren"),
        # a post kept, held for now or alone: nothing, and never the person 张三续 / 张三留 …
        pytest.param("李四续任某委员会主席。", [], id="xuren-nothing"),
        pytest.param("王五留任某部部长。", [], id="liuren-nothing"),
        pytest.param("赵六专任某县委副书记。", [], id="zhuanren-nothing"),
        pytest.param("张三代任某局局长。", [], id="dairen-nothing"),
        pytest.param("李四暂任某局局长。", [], id="zanren-nothing"),
        # 连 and 荣 end given names: 王连 / 李荣 + 任X stay read as before
        pytest.param("王连任某市财政局局长。", [(A, "王连", "某市财政局局长")], id="name-ending-lian-unchanged"),
        pytest.param("李荣任某市财政局局长。", [(A, "李荣", "某市财政局局长")], id="name-ending-rong-unchanged"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), MODIFIED_REN)
def test_modifier_before_ren(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- the post held printed before the name of 获委任为 / 获调任为 / 获任命为 (Hong Kong and company notices) ----------

HELD_BEFORE_HUO = unique_rows(
    [
        pytest.param(
            "汇丰银行亚太区主席王冬胜获委任为某委员会主席。", [(A, "王冬胜", "某委员会主席")], id="huo-weiren"
        ),
        pytest.param(
            HEAD_T + "滙豐銀行亞太區主席王冬勝獲委任為某委員會主席,接替下月任期屆滿的王沛詩。",
            [(A, "王冬胜", "某委员会主席")],
            id="traditional-succeeds",
        ),
        pytest.param("前保安局局长李四获委任为某委员会主席。", [(A, "李四", "某委员会主席")], id="former-holder"),
        pytest.param(
            "某公司董事总经理张三先生获委任为本公司执行董事。", [(A, "张三", "本公司执行董事")], id="xiansheng-company"
        ),
        pytest.param("首席政府工程师刘俊杰获调任为某署署长。", [(A, "刘俊杰", "某署署长")], id="huo-diaoren"),
        pytest.param("某局副局长王五获任命为某局局长。", [(A, "王五", "某局局长")], id="huo-renming"),
        pytest.param("获委任为某委员会主席的王冬胜表示。", [], id="attributive-nothing"),
        pytest.param("某局局长张三获委任后表示感谢。", [], id="no-post-nothing"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), HELD_BEFORE_HUO)
def test_held_post_before_huo_weiren(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- where the person stands in the photo, in brackets after the name: (左) (右图) (左二) (中) (图右) (资料图) -------

PHOTO_REMARK = unique_rows(
    [
        pytest.param("陈健波(右图)则辞任财委会主席。", [(S, "陈健波", "财委会主席")], id="youtu-ze-ciren"),
        pytest.param("张三(左图)辞去某局局长职务。", [(S, "张三", "某局局长")], id="zuotu-ciqu"),
        pytest.param("张三(左)任某局局长。", [(A, "张三", "某局局长")], id="zuo-ren"),
        pytest.param("李四（左二）当选为某协会会长。", [(A, "李四", "某协会会长")], id="zuoer-fullwidth"),
        pytest.param("张三(中)任某局局长。", [(A, "张三", "某局局长")], id="zhong"),
        pytest.param("李四（图右）辞去某局局长职务。", [(S, "李四", "某局局长")], id="tuyou"),
        pytest.param("张三(资料图)任某局局长。", [(A, "张三", "某局局长")], id="ziliaotu"),
        pytest.param(HEAD_T + "陳健波(右圖)則辭任財委會主席。", [(S, "陈健波", "财委会主席")], id="traditional"),
        pytest.param("张三(左)与李四(右)握手。", [], id="caption-no-change"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), PHOTO_REMARK)
def test_photo_position_after_the_name(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a résumé pointer or another remark after 先生 / 女士 (company notices) ------------------------------------------

RESUME_REMARK = unique_rows(
    [
        pytest.param(
            "公司董事会同意聘任陈章瑞先生(简历附后)为公司总经理。", [(A, "陈章瑞", "公司总经理")], id="jianli-fuhou"
        ),
        pytest.param(
            "董事会同意聘任李四女士（简历详见附件）为公司副总经理。", [(A, "李四", "公司副总经理")], id="jianli-fujian"
        ),
        pytest.param(
            HEAD_T + "董事會同意聘任陳章瑞先生(簡歷附後)為公司總經理。", [(A, "陈章瑞", "公司总经理")], id="traditional"
        ),
        pytest.param(
            "董事会同意聘任李四女士（1975年生）为公司副总经理。",
            [(A, "李四", "公司副总经理")],
            id="birth-year-unchanged",
        ),
        pytest.param("张国先生任某公司董事长。", [(A, "张国", "某公司董事长")], id="name-before-xiansheng"),
        # an unknown remark after the honorific: nothing, never the person 张三先 / 李四女 with the post 生（…）为X
        pytest.param("董事会同意聘任张三先生（博士）为公司副总经理。", [], id="unknown-remark-xiansheng-nothing"),
        pytest.param("董事会同意聘任李四女士（博士）为公司副总经理。", [], id="unknown-remark-nvshi-nothing"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), RESUME_REMARK)
def test_remark_after_the_honorific(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a reason between the name (先生 / 女士) and the verb, 由于 as 因, and 申请辞去 after it (company notices) ---------

REASON = unique_rows(
    [
        pytest.param("张三先生因个人原因辞去公司董事长职务。", [(S, "张三", "公司董事长")], id="xiansheng-yin"),
        pytest.param(
            "陈有权先生由于工作变动原因辞去公司董事长、董事职务。",
            [(S, "陈有权", "公司董事长"), (S, "陈有权", "公司董事")],
            id="youyu-two-posts",
        ),
        pytest.param(
            "张斌先生因工作变动,申请辞去公司董事长职务。", [(S, "张斌", "公司董事长")], id="comma-shenqing-ciqu"
        ),
        pytest.param(
            "张三同志因工作变动，申请辞去某局局长职务。", [(S, "张三", "某局局长")], id="tongzhi-fullwidth-comma"
        ),
        pytest.param("李四女士因个人原因,不再担任公司副总经理职务。", [(R, "李四", "公司副总经理")], id="nvshi-buzai"),
        pytest.param("张三先生,因个人原因,辞去公司董事长职务。", [(S, "张三", "公司董事长")], id="reason-own-clause"),
        pytest.param(
            HEAD_T + "張斌先生因工作變動,申請辭去公司董事長職務。", [(S, "张斌", "公司董事长")], id="traditional"
        ),
        pytest.param("张三先生因个人原因申请辞职。", [], id="no-post-nothing"),
        pytest.param(
            "由于工作需要,张三同志调任某市审计局局长。",
            [(A, "张三", "某市审计局局长")],
            id="youyu-before-name-unchanged",
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), REASON)
def test_reason_between_name_and_verb(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- an election to serve in a post: 选举A(同志/先生)(简历附后)担任X as 选举A为X; 特派员 as a title ---------------------

ELECTED_TO_SERVE = unique_rows(
    [
        pytest.param(
            "经公司第五届董事会第十一次会议审议,选举周玉林同志(简历附后)担任公司第五届董事会董事长。",
            [(A, "周玉林", "公司第五届董事会董事长")],
            id="tongzhi-jianli",
        ),
        pytest.param(
            "选举周玉林同志担任公司第五届董事会董事长。", [(A, "周玉林", "公司第五届董事会董事长")], id="tongzhi"
        ),
        pytest.param(
            "会议选举张三先生、李四女士担任公司副董事长。",
            [(A, "张三", "公司副董事长"), (A, "李四", "公司副董事长")],
            id="two-honorifics",
        ),
        pytest.param(
            HEAD_T + "經審議,選舉周玉林同志(簡歷附後)擔任公司第五屆董事會董事長。",
            [(A, "周玉林", "公司第五届董事会董事长")],
            id="traditional",
        ),
        pytest.param("选举工作由张三担任总监票人。", [], id="election-work-nothing"),
        pytest.param("选举产生的张三担任某局局长。", [], id="attributive-nothing"),
        pytest.param(
            "任命张三为审计署驻广州特派员办事处特派员。",
            [(A, "张三", "审计署驻广州特派员办事处特派员")],
            id="tepaiyuan-title",
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ELECTED_TO_SERVE)
def test_elected_to_serve(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected
