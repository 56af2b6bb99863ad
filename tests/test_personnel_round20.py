"""Appointments round 20 (issue 9): pages where the tool found no appointment at all.

The round's FIT pages (last session's blind CHECK) were read against the tool and every lost record was traced
to the component that lost it. The classes fixed here, each in its component, with variants and negatives:
* words of time or of a change done between the person and the verb (张三日前出任X, 李四已辞去Y, 乔布斯已经当选为Z;
  则 after a post before the name) — the clause split / trigger component; never 将 / 拟 (a change not made), never
  已 before 任 or a move (卢映川已任X: where a person is now);
* the last item of a list of posts that names no post (…董事、董事会下设专门委员会的相应职务), dropped, and 职位
  closing a post read as 职务 — the post component;
* a removal told in the passive with 解除 (张三被解除X职务) — the trigger component;
* whom a person succeeds, then a comma, then the verb (杨华接替王宜林，任X) — the clause split;
* a move to a body, then the post there (王宜林调至中石油任董事长) — the post component;
* a central enterprise's short name as the organization of a post (中国电信董事长, 中船重工党组书记) — the post
  component, from a data table of short names;
* a rare surname (竺延风) — the name component;
* a party committee of an office's staff (机关党委书记), a term's qualifier inside a post (某中学新一届校长) and a
  second act after the post (当选X会长并发表讲话) — the post component;
* an accountability decision (对A(X,…)予以免职，要求B(Y,…)引咎辞职) — the trigger component; a person named without a
  post gives nothing;
* news' words of a promotion, an election or of taking charge (晋升, 升为, 调升为, 提拔为, 被提拔为, 获选为, 膺选为,
  出掌, 宣誓就任) — the trigger component;
* precision guards: a sentence telling changes as a rumour (消息称，A任X) states none; a word of proposal after the name
  (张三拟出任X, 李四拟被任命为Y) is never part of it and the change is not made.
A page whose only records are such changes comes out as one untitled document holding them (FORMAT.md).
"""

from __future__ import annotations

import pytest
from record_helpers import HEAD_T, api_changes, news_page, unique_rows

from gazette_extract.pipeline import extract

A, R, S = "appoint", "remove", "resign"
Change = tuple[str, str, str]


# --- words of time or of a change done between a person and the verb (component b) --------------------------

_TIME_WORDS = ("日前", "近日", "今天", "今日", "昨天", "昨日", "近期")
TIME_ADVERBS = unique_rows(
    [
        *[
            pytest.param(f"王建国{word}出任某市财政局局长。", [(A, "王建国", "某市财政局局长")], id=f"move-{word}")
            for word in _TIME_WORDS
        ],
        *[
            pytest.param(
                f"李明{word}辞去某县人民政府县长职务。", [(S, "李明", "某县人民政府县长")], id=f"resign-{word}"
            )
            for word in ("日前", "近日", "昨天")
        ],
        pytest.param("赵六近日当选为某市工商业联合会会长。", [(A, "赵六", "某市工商业联合会会长")], id="elected"),
        pytest.param("张三同志日前调任某市审计局局长。", [(A, "张三", "某市审计局局长")], id="comrade"),
        pytest.param("王建国已辞去某市市长职务。", [(S, "王建国", "某市市长")], id="yi-resign"),
        pytest.param("王建国已经辞去某市市长职务。", [(S, "王建国", "某市市长")], id="yijing-resign"),
        pytest.param("王建国同志已经辞去某市市长职务。", [(S, "王建国", "某市市长")], id="yijing-comrade"),
        pytest.param("李娟女士已于近日辞去公司董事职务。", [(S, "李娟", "公司董事")], id="yiyu-jinri-madam"),
        pytest.param("王建国已被免去某市财政局局长职务。", [(R, "王建国", "某市财政局局长")], id="yi-passive"),
        pytest.param("乔布斯已经当选为董事会主席。", [(A, "乔布斯", "董事会主席")], id="yijing-elected"),
        pytest.param(HEAD_T + "王建國日前出任某市財政局局長。", [(A, "王建国", "某市财政局局长")], id="traditional"),
        pytest.param("张三于昨日辞去某市市长职务。", [(S, "张三", "某市市长")], id="yu-zuori"),
        pytest.param("张三于近日辞去某市市长职务。", [(S, "张三", "某市市长")], id="yu-jinri"),
        pytest.param(HEAD_T + "張三於日前出任某市財政局局長。", [(A, "张三", "某市财政局局长")], id="yu-traditional"),
        pytest.param("张三已正式出任某市财政局局长。", [(A, "张三", "某市财政局局长")], id="yi-zhengshi"),
        pytest.param("据悉，张三已于日前辞去某市市长职务。", [(S, "张三", "某市市长")], id="yi-yu-riqian"),
        pytest.param("王建国（左）日前出任某市财政局局长。", [(A, "王建国", "某市财政局局长")], id="photo-remark"),
        pytest.param(
            "中国联通原董事长常小兵则调任中国电信董事长。", [(A, "常小兵", "中国电信董事长")], id="ze-after-held-post"
        ),
        pytest.param(
            "某区原区长王建国近日调任某市审计局局长。", [(A, "王建国", "某市审计局局长")], id="time-after-held-post"
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), TIME_ADVERBS)
def test_words_of_time_before_the_verb(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


NOT_A_CHANGE_MADE = unique_rows(
    [
        pytest.param("王建国将出任某市财政局局长。", id="future-jiang"),
        pytest.param("王建国拟出任某市财政局局长。", id="proposal-ni"),
        pytest.param("王建国即将出任某市财政局局长。", id="future-jijiang"),
        pytest.param("王建国已任某市财政局局长。", id="yi-ren-state"),
        pytest.param("王建国已调任某市财政局局长。", id="yi-move-background"),
        pytest.param("王建国曾任某市财政局局长。", id="career-ceng"),
        pytest.param("某市财政局今天召开会议，研究人事工作。", id="no-person"),
        pytest.param("据了解，某局近日已经完成换届。", id="no-name-before-adverb"),
    ]
)


@pytest.mark.parametrize("text", NOT_A_CHANGE_MADE)
def test_no_change_made(text: str) -> None:
    assert api_changes(news_page(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "张三于本月起出任某市财政局局长。",
        "张三于上周辞去某市市长职务。",
        "张三于昨日辞去某市市长职务。",
        "李四於近日出任某局局長。",
    ],
)
def test_yu_is_never_the_end_of_a_name(text: str) -> None:
    assert not [person for _, person, _ in api_changes(news_page(text)) if person.endswith(("于", "於"))]


# --- a connective glued to the name that opens a clause (component b) ----------------------------------------

CONNECTIVES = unique_rows(
    [
        pytest.param("仅公布三个部长职位，即林冠英出任某市财政局局长。", [(A, "林冠英", "某市财政局局长")], id="ji"),
        pytest.param(
            "张三出任某局局长，而王五出任某市财政局局长。",
            [(A, "张三", "某局局长"), (A, "王五", "某市财政局局长")],
            id="er",
        ),
        pytest.param(
            "会议任命张三为某局局长，同时王五出任某市审计局局长。",
            [(A, "张三", "某局局长"), (A, "王五", "某市审计局局长")],
            id="tongshi",
        ),
        pytest.param("另王五辞去某市市长职务。", [(S, "王五", "某市市长")], id="ling"),
        pytest.param(
            HEAD_T + "僅公佈三個部長職位，即林冠英出任某市財政局局長。",
            [(A, "林冠英", "某市财政局局长")],
            id="traditional",
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), CONNECTIVES)
def test_connective_before_the_name(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


NO_NAME_AFTER_CONNECTIVE = unique_rows(
    [
        pytest.param("另行通知王五出任某职。", id="lingxing"),
        pytest.param("即日起王五的工作另行安排。", id="jiri"),
        pytest.param("同时要求各单位做好交接工作。", id="tongshi-no-name"),
    ]
)


@pytest.mark.parametrize("text", NO_NAME_AFTER_CONNECTIVE)
def test_connective_without_a_change(text: str) -> None:
    assert api_changes(news_page(text)) == []


# --- a list of posts given up that ends in "the posts there" (component d) ----------------------------------

UNNAMED_TAIL = unique_rows(
    [
        pytest.param(
            "臧某女士决定辞去公司总经理职务以及第六届董事会副董事长、董事、董事会下设专门委员会的相应职务。",
            [(S, "臧某", "公司总经理"), (S, "臧某", "第六届董事会副董事长"), (S, "臧某", "第六届董事会董事")],
            id="yiji-xiangying",
        ),
        pytest.param(
            "张三先生申请辞去公司董事长、董事及董事会战略委员会相关职务。",
            [(S, "张三", "公司董事长"), (S, "张三", "公司董事")],
            id="ji-xiangguan",
        ),
        pytest.param(
            "李四先生因个人原因辞去公司副总经理、董事会秘书和在子公司的全部职务。",
            [(S, "李四", "公司副总经理"), (S, "李四", "公司董事会秘书")],
            id="he-quanbu",
        ),
        pytest.param(
            "王五女士辞去公司董事、董事会各专门委员会的相应职务。",
            [(S, "王五", "公司董事")],
            id="dun-xiangying",
        ),
        pytest.param(
            HEAD_T + "王五女士辭去公司董事、董事會各專門委員會的相應職務。",
            [(S, "王五", "公司董事")],
            id="traditional",
        ),
        pytest.param("王建国辞去公司首席执行官职位。", [(S, "王建国", "公司首席执行官")], id="zhiwei"),
        pytest.param("乔布斯已经辞去首席执行官职位。", [(S, "乔布斯", "首席执行官")], id="zhiwei-yijing"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), UNNAMED_TAIL)
def test_posts_there_and_zhiwei(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


NO_POST_NAMED = unique_rows(
    [
        pytest.param("张三先生辞去董事会下设专门委员会的相应职务。", id="only-the-tail"),
        pytest.param("公司将尽快补选相关职位人员。", id="zhiwei-no-person"),
        pytest.param("公司现有空缺职位三个。", id="vacant-zhiwei"),
    ]
)


@pytest.mark.parametrize("text", NO_POST_NAMED)
def test_no_post_named(text: str) -> None:
    assert api_changes(news_page(text)) == []


# --- a removal in the passive with 解除 (component a) -----------------------------------------------------------

JIECHU = unique_rows(
    [
        pytest.param("王建国被解除某公司总经理职务。", [(R, "王建国", "某公司总经理")], id="plain"),
        pytest.param("王建国已被解除某公司总经理职务。", [(R, "王建国", "某公司总经理")], id="yi"),
        pytest.param(HEAD_T + "王建國已被解除某公司總經理職務。", [(R, "王建国", "某公司总经理")], id="traditional"),
        pytest.param("王建国同志被解除某集团副总经理职务。", [(R, "王建国", "某集团副总经理")], id="comrade"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), JIECHU)
def test_removal_in_the_passive(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


def test_jiechu_of_a_contract_is_no_removal() -> None:
    assert api_changes(news_page("某公司与王建国解除劳动合同。")) == []


# --- whom a person succeeds, a comma, then the verb (component b) -----------------------------------------------

SUCCEEDS = unique_rows(
    [
        pytest.param("王建国接替李明，任某市财政局局长。", [(A, "王建国", "某市财政局局长")], id="fullwidth-comma"),
        pytest.param("王建国接替李明,任某市财政局局长。", [(A, "王建国", "某市财政局局长")], id="ascii-comma"),
        pytest.param("王建国接替李明同志，出任某市财政局局长。", [(A, "王建国", "某市财政局局长")], id="comrade"),
        pytest.param("王建国接替李明，调任某市财政局局长。", [(A, "王建国", "某市财政局局长")], id="move"),
        pytest.param(
            HEAD_T + "王建國接替李明，任某市財政局局長。", [(A, "王建国", "某市财政局局长")], id="traditional"
        ),
        pytest.param(
            "某公司原总经理杨华接替王宜林，任某集团有限公司董事长。",
            [(A, "杨华", "某集团有限公司董事长")],
            id="held-post",
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), SUCCEEDS)
def test_succeeds_comma_verb(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


def test_succeeds_without_a_post() -> None:
    assert api_changes(news_page("王建国接替李明，并将于下月到任。")) == []


# --- a move to a body, then the post there (component d) ---------------------------------------------------------

MOVED_TO_BODY = unique_rows(
    [
        pytest.param(
            "某集团原董事长王宜林调至某石油集团任董事长、党组书记。",
            [(A, "王宜林", "某石油集团董事长"), (A, "王宜林", "某石油集团党组书记")],
            id="zhi-two-posts",
        ),
        pytest.param("张三调往某市人民政府任副秘书长。", [(A, "张三", "某市人民政府副秘书长")], id="wang"),
        pytest.param("李四调入某市财政局任副局长。", [(A, "李四", "某市财政局副局长")], id="ru"),
        pytest.param("王五调到某县任县委书记。", [(A, "王五", "某县县委书记")], id="dao"),
        pytest.param(HEAD_T + "李四調入某市財政局任副局長。", [(A, "李四", "某市财政局副局长")], id="traditional"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), MOVED_TO_BODY)
def test_moved_to_a_body(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


def test_moved_to_a_body_without_a_post() -> None:
    assert api_changes(news_page("张三调至某市工作，任务繁重。")) == []


# --- a central enterprise's short name (component d) -------------------------------------------------------------

ENTERPRISES = unique_rows(
    [
        pytest.param(
            "王建国卸任中国电信董事长，出任中国联通董事长。",
            [(R, "王建国", "中国电信董事长"), (A, "王建国", "中国联通董事长")],
            id="leave-and-move",
        ),
        pytest.param(
            "王建国任中船重工董事长、党组书记。",
            [(A, "王建国", "中船重工董事长"), (A, "王建国", "中船重工党组书记")],
            id="two-posts",
        ),
        pytest.param("李明辞去中建董事长职务。", [(S, "李明", "中建董事长")], id="resign"),
        pytest.param(HEAD_T + "李明辭去中建董事長一職。", [(S, "李明", "中建董事长")], id="traditional-yizhi"),
        pytest.param("宝钢董事长李明调任中海油总经理。", [(A, "李明", "中海油总经理")], id="held-then-move"),
        pytest.param("会议决定，任命张三为中国移动副总经理。", [(A, "张三", "中国移动副总经理")], id="renming"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ENTERPRISES)
def test_enterprise_short_names(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


def test_unknown_short_name_is_no_organization() -> None:
    assert api_changes(news_page("李明辞去某某董事长职务。")) == []


# --- a rare surname (component c) ---------------------------------------------------------------------------------


def test_rare_surname_zhu() -> None:
    text = "某汽车公司董事长则由某省委原副书记竺延风接任。"
    assert api_changes(news_page(text)) == [(A, "竺延风", "某汽车公司董事长")]


# --- a sentence telling changes as a rumour (precision guard) ----------------------------------------------------

RUMOURS = unique_rows(
    [
        pytest.param(
            "一份人事任命的消息被广泛流传。消息称，王玉普任中石化董事长、王宜林任中石油董事长。", id="xiaoxicheng"
        ),
        pytest.param("有消息称，张三任某集团有限公司董事长。", id="you-xiaoxi"),
        pytest.param("网传张三任某市人民政府副市长。", id="wangchuan"),
        pytest.param("据传张三日前出任某局局长。", id="juchuan"),
        pytest.param("坊间传闻张三出任某公司总经理。", id="chuanwen"),
        pytest.param(HEAD_T + "網傳張三任某市人民政府副市長。", id="traditional"),
    ]
)


@pytest.mark.parametrize("text", RUMOURS)
def test_rumours_state_no_change(text: str) -> None:
    assert api_changes(news_page(text)) == []


def test_rumour_sentence_leaves_the_next_one() -> None:
    text = "网传张三任某市人民政府副市长。会议决定，任命李四为某市财政局局长。"
    assert api_changes(news_page(text)) == [(A, "李四", "某市财政局局长")]


def test_jurexi_is_no_rumour() -> None:
    assert api_changes(news_page("据悉，张三日前出任某市财政局局长。")) == [(A, "张三", "某市财政局局长")]


# --- a page whose only records are such changes: one untitled document ----------------------------------------


def test_page_of_changes_is_one_untitled_document() -> None:
    text = "苹果公司董事会今天宣布，乔布斯已经辞去首席执行官职位。\n董事会对此表示感谢。\n"
    out = extract(text.encode("utf-8"), path="page.txt")
    assert len(out["documents"]) == 1
    doc = out["documents"][0]
    assert doc["title"] is None
    assert [(a["action"], a["person"], a["position"]) for a in doc["appointments"]] == [(S, "乔布斯", "首席执行官")]
    assert "untitled-document" in [w["code"] for w in out["warnings"]] + [w["code"] for w in doc.get("warnings", [])]


def test_page_of_a_rumour_gives_no_document() -> None:
    text = "一份人事任命的消息被广泛流传。\n消息称，王玉普任中石化董事长、王宜林任中石油董事长。\n"
    out = extract(text.encode("utf-8"), path="page.txt")
    assert out["documents"] == []


# --- posts: 机关党委, a term's qualifier inside the post, a second act after it (component d) --------------------

POSTS = unique_rows(
    [
        pytest.param(
            "机关党委召开第一次会议，选举严加伟同志为第一届机关党委书记。",
            [(A, "严加伟", "第一届机关党委书记")],
            id="jiguan-dangwei",
        ),
        pytest.param("会议任命张三为某局机关党委书记。", [(A, "张三", "某局机关党委书记")], id="jiguan-of-a-bureau"),
        pytest.param(
            "会议选举李四为区纪委监委机关纪委书记。", [(A, "李四", "区纪委监委机关纪委书记")], id="jiguan-jiwei"
        ),
        pytest.param("龚林鸿同志任遂昌中学新一届校长。", [(A, "龚林鸿", "遂昌中学校长")], id="xinyijie-inside"),
        pytest.param("张三同志任某中学新一任校长，负责全面工作。", [(A, "张三", "某中学校长")], id="xinyiren-inside"),
        pytest.param(HEAD_T + "張三同志任某中學新一屆校長。", [(A, "张三", "某中学校长")], id="traditional"),
        pytest.param("齐利锋当选第二届理事会会长并发表讲话。", [(A, "齐利锋", "第二届理事会会长")], id="bing-fabiao"),
        pytest.param("李四当选为某协会会长并作表态发言。", [(A, "李四", "某协会会长")], id="bing-zuo"),
        pytest.param("王五当选为某商会会长并致辞。", [(A, "王五", "某商会会长")], id="bing-zhici"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_posts_read_whole(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


NOT_POSTS = unique_rows(
    [
        pytest.param("机关党委召开第一次会议，研究部署工作。", id="jiguan-meeting"),
        pytest.param("新一届领导班子产生后，张三发表讲话。", id="xinyijie-no-change"),
        pytest.param("张三主持会议并发表讲话。", id="bing-no-change"),
    ]
)


@pytest.mark.parametrize("text", NOT_POSTS)
def test_not_posts(text: str) -> None:
    assert api_changes(news_page(text)) == []


# --- an accountability decision (component a) ----------------------------------------------------------------

ACCOUNTABILITY = unique_rows(
    [
        pytest.param(
            "会议同意，对金某某（某省副省长，2017年4月起分管某工作）予以免职。",
            [(R, "金某某", "某省副省长")],
            id="bracket-mianzhi",
        ),
        pytest.param(
            "对李某（某省政协副主席，2015年12月-2017年4月任某省副省长）责令辞职。",
            [(S, "李某", "某省政协副主席")],
            id="bracket-zeling",
        ),
        pytest.param(
            "要求刘某某（某市市长）、毕某某（某总局党组书记、副局长，2015年2月起任某局局长）引咎辞职。",
            [(S, "刘某某", "某市市长"), (S, "毕某某", "某总局党组书记"), (S, "毕某某", "某总局副局长")],
            id="list-yinjiu",
        ),
        pytest.param("对某县县长张三予以免职处理。", [(R, "张三", "某县县长")], id="post-before-name"),
        pytest.param("对某局局长张三给予撤职处分。", [(R, "张三", "某局局长")], id="chezhi"),
        pytest.param("对金某某(某省副省长,分管某工作)予以免职。", [(R, "金某某", "某省副省长")], id="ascii-brackets"),
        pytest.param(
            HEAD_T + "對金某某（某省副省長，分管某工作）予以免職。", [(R, "金某某", "某省副省长")], id="traditional"
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ACCOUNTABILITY)
def test_accountability_decisions(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


NO_ACCOUNTABILITY_CHANGE = unique_rows(
    [
        pytest.param("对张三予以免职。", id="no-post"),
        pytest.param("对张三（女）予以免职。", id="remark-no-post"),
        pytest.param("要求姜某（某省委常委）作出深刻检查。", id="jiancha"),
        pytest.param("免职、责令辞职和引咎辞职有什么区别？", id="explainer"),
        pytest.param(
            "对党政领导干部实行问责的方式分为：责令公开道歉、停职检查、引咎辞职、责令辞职、免职。", id="rule-text"
        ),
    ]
)


@pytest.mark.parametrize("text", NO_ACCOUNTABILITY_CHANGE)
def test_no_accountability_change(text: str) -> None:
    assert api_changes(news_page(text)) == []


# --- news' words of a promotion, an election or of taking charge (component a) -------------------------------------

NEWS_VERBS = unique_rows(
    [
        pytest.param("张三晋升某省委常委。", [(A, "张三", "某省委常委")], id="jinsheng"),
        pytest.param("今年2月，李四晋升某省委常委。", [(A, "李四", "某省委常委")], id="jinsheng-month-lead"),
        pytest.param("张三升为某市财政局局长。", [(A, "张三", "某市财政局局长")], id="shengwei"),
        pytest.param("张三调升为某市财政局局长。", [(A, "张三", "某市财政局局长")], id="diaoshengwei"),
        pytest.param("李四提升为某公司副总经理。", [(A, "李四", "某公司副总经理")], id="tishengwei"),
        pytest.param("张三提拔为某县人民政府副县长。", [(A, "张三", "某县人民政府副县长")], id="tibawei"),
        pytest.param("张三被提拔为某市财政局局长。", [(A, "张三", "某市财政局局长")], id="bei-tibawei"),
        pytest.param("张三获选为某协会主席。", [(A, "张三", "某协会主席")], id="huoxuanwei"),
        pytest.param("张三膺选为某商会会长。", [(A, "张三", "某商会会长")], id="yingxuanwei"),
        pytest.param("王五出掌某市财政局局长。", [(A, "王五", "某市财政局局长")], id="chuzhang"),
        pytest.param("张三宣誓就任某县县长。", [(A, "张三", "某县县长")], id="xuanshi-jiuren"),
        pytest.param(HEAD_T + "張三獲選為某協會主席。", [(A, "张三", "某协会主席")], id="traditional-huoxuan"),
        pytest.param(HEAD_T + "張三宣誓就任某縣縣長。", [(A, "张三", "某县县长")], id="traditional-xuanshi"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), NEWS_VERBS)
def test_news_verbs(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


NOT_NEWS_CHANGES = unique_rows(
    [
        pytest.param("张三晋升上将军衔。", id="rank-not-post"),
        pytest.param("该项目上升为国家战略。", id="shangsheng"),
        pytest.param("张三将晋升某省委常委。", id="future"),
        pytest.param("拟提拔张三为某市财政局局长。", id="ni-tiba-lead"),
        pytest.param("张三拟提拔为某市财政局局长。", id="ni-tibawei"),
        pytest.param("张三拟升为某市财政局局长。", id="ni-shengwei"),
        pytest.param("张三拟晋升某局局长。", id="ni-jinsheng"),
        pytest.param("张三拟出任某局局长。", id="ni-churen"),
        pytest.param("张三拟接任某局局长。", id="ni-jieren"),
        pytest.param("张三拟兼任某局局长。", id="ni-jianren"),
        pytest.param("张三拟被任命为某市财政局局长。", id="ni-bei-renming"),
        pytest.param("张三拟任命为某市财政局局长。", id="ni-renming"),
        pytest.param("张三拟当选为某协会会长。", id="ni-dangxuan"),
        pytest.param("张三拟被免去某局局长职务。", id="ni-bei-mianqu"),
        pytest.param(HEAD_T + "張三擬出任某局局長。", id="traditional-ni"),
        pytest.param("张三获选为某市人大代表。", id="deputy-seat"),
    ]
)


@pytest.mark.parametrize("text", NOT_NEWS_CHANGES)
def test_proposals_and_non_posts_state_no_change(text: str) -> None:
    assert api_changes(news_page(text)) == []


# --- the brief's negative classes, with this round's adverbs and verbs around them --------------------------------

NEGATIVE_CLASSES = unique_rows(
    [
        pytest.param("会议决定提名张三为某市副市长人选。", id="nomination-renxuan"),
        pytest.param("张三日前被提名为某市市长候选人。", id="nomination-houxuanren-riqian"),
        pytest.param("张三拟任某市财政局局长。", id="niren"),
        pytest.param("张三近日被确定为某市财政局局长考察对象。", id="kaocha-duixiang-jinri"),
        pytest.param("张三同志拟任某局局长，现予公示。", id="gongshi"),
        pytest.param("张三日前当选为某市人大代表。", id="deputy-seat-riqian"),
        pytest.param("会议补选张三为某省人民代表大会代表。", id="deputy-seat-buxuan"),
        pytest.param("张三曾任某市财政局局长、某市审计局局长。", id="career-ceng"),
        pytest.param("张三，男，1970年生，历任某县县长、某县委书记。", id="career-liren"),
        pytest.param("会议日前讨论了有关人事任免事项。", id="meeting-discussed"),
        pytest.param("会议今天审议了张三的任职议案。", id="meeting-reviewed-motion"),
        pytest.param("会议研究了张三出任某局局长的有关事宜。", id="meeting-studied"),
        pytest.param("张三近日被推荐为某市劳动模范。", id="honour-not-post"),
        pytest.param("网传张三已辞去某市市长职务。", id="rumour-with-yi"),
        pytest.param("张三今天出席会议并讲话。", id="no-change-jintian"),
        pytest.param(HEAD_T + "張三日前被提名為某市市長候選人。", id="traditional-nomination"),
    ]
)


@pytest.mark.parametrize("text", NEGATIVE_CLASSES)
def test_negative_classes_give_nothing(text: str) -> None:
    assert api_changes(news_page(text)) == []
