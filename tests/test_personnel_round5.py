"""Appointments, round 5 of issue 9: the phrasings the rules did not read, table-driven, each row
synthetic and written from a class (not copied from a sample).

Classes: passives and reports (张三被任命为X, 被免去X职务, 被聘为X); the name before its verb
(张三免去X职务, 张三不再担任X职务, 张三辞去X职务, 李四同志因工作调动，不再担任X, list lines 张三，免去X职务；
李四，任Y); elections, read as appointments to a post (选举/补选张三为X, 张三当选为X — a deputy's seat is not
a post); news of sessions (会议经表决，任命…, 会议决定任命：A为X，B为Y). And the precision rows, which
must give nothing: nominations, biographies, 任命书, 任期, 任务, a removal asked for on behalf of others.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from record_helpers import stage_changes

from gazette_extract import parse_text


def changes(text: str) -> list[tuple[str, str, str]]:
    return stage_changes(text)


CZ, SJ, JY = "某市财政局局长", "某市审计局局长", "某市教育局局长"
A, R, Q = "appoint", "remove", "resign"

ROWS = [
    # passives and reports
    pytest.param(f"张三被任命为{CZ}。", [(A, "张三", CZ)], id="passive-renming"),
    pytest.param(f"张三同志被任命为{CZ}。", [(A, "张三", CZ)], id="passive-renming-tongzhi"),
    pytest.param(f"张三（女）被任命为{CZ}。", [(A, "张三", CZ)], id="passive-remark-fullwidth"),
    pytest.param(f"张三(女,1970年生)被任命为{CZ}。", [(A, "张三", CZ)], id="passive-remark-ascii"),
    pytest.param(f"张三被聘为{CZ}。", [(A, "张三", CZ)], id="passive-pin"),
    pytest.param(f"张三被聘任为{CZ}。", [(A, "张三", CZ)], id="passive-pinren"),
    pytest.param(f"张三被免去{CZ}职务。", [(R, "张三", CZ)], id="passive-mianqu"),
    pytest.param(f"张三被免除{CZ}一职。", [(R, "张三", CZ)], id="passive-mianchu-yizhi"),
    pytest.param(f"张三被任命为{CZ}，免去其{SJ}职务。", [(A, "张三", CZ), (R, "张三", SJ)], id="passive-then-qi"),
    pytest.param(f"欧阳明被任命为{CZ}。", [(A, "欧阳明", CZ)], id="passive-compound-surname"),
    pytest.param(f"阿卜杜·热合曼被任命为{CZ}。", [(A, "阿卜杜·热合曼", CZ)], id="passive-dotted-name"),
    pytest.param(f"张三被正式任命为{CZ}。", [(A, "张三", CZ)], id="passive-adverb-zhengshi"),
    pytest.param(f"张三被依法免去{CZ}职务。", [(R, "张三", CZ)], id="passive-adverb-yifa"),
    pytest.param(f"张三、李四被任命为{CZ}。", [(A, "张三", CZ), (A, "李四", CZ)], id="passive-two-names"),
    pytest.param(f"张三被任命为{CZ}，李四被任命为{SJ}。", [(A, "张三", CZ), (A, "李四", SJ)], id="passive-twice"),
    pytest.param(f"张三被任命为{CZ}、{SJ}。", [(A, "张三", CZ), (A, "张三", SJ)], id="passive-two-posts"),
    pytest.param(
        "张三、李四、王五等3人被聘为某市人民政府参事。",
        [(A, n, "某市人民政府参事") for n in ("张三", "李四", "王五")],
        id="passive-names-etal-pin",
    ),
    pytest.param(
        "张三、李四等2名同志被聘为某市文史馆名誉馆员。",
        [(A, n, "某市文史馆名誉馆员") for n in ("张三", "李四")],
        id="passive-names-etal-tongzhi-honorary",
    ),
    pytest.param(f"张三、李四等2人被免去{CZ}职务。", [], id="neg-passive-removal-etal-unclear"),
    pytest.param(
        "张三(无党派)、李四(民盟)、王五(中共)获聘省政府参事。",
        [(A, n, "省政府参事") for n in ("张三", "李四", "王五")],
        id="huopin-party-remarks",
    ),
    pytest.param(
        "张三（无党派）、李四（民进）2人获聘省政府特聘参事。",
        [(A, n, "省政府特聘参事") for n in ("张三", "李四")],
        id="huopin-count-without-deng",
    ),
    pytest.param(
        "张三、李四等两人被聘为某市人民政府参事。",
        [(A, n, "某市人民政府参事") for n in ("张三", "李四")],
        id="passive-etal-liang",
    ),
    pytest.param("张三受聘为某市人民政府参事。", [(A, "张三", "某市人民政府参事")], id="shoupin-wei"),
    pytest.param("张三受聘以来，工作认真。", [], id="neg-shoupin-story"),
    pytest.param(
        "此外，我校张三、李四获聘省政府参事。",
        [(A, "张三", "省政府参事"), (A, "李四", "省政府参事")],
        id="subject-before-names-woxiao",
    ),
    pytest.param(
        "张三(无党派)、区伟(民进)获聘省文史研究馆馆员。",
        [(A, "张三", "省文史研究馆馆员"), (A, "区伟", "省文史研究馆馆员")],
        id="bounded-surname-in-a-name-list",
    ),
    pytest.param("区政府、区人大获聘为某市人民政府参事。", [], id="neg-bounded-surname-list-without-a-name"),
    pytest.param("区伟获聘为某市人民政府参事。", [], id="neg-bounded-surname-alone"),
    pytest.param(
        "张三(无党派)、区𫟹(民进)获聘省文史研究馆馆员。",
        [(A, "张三", "省文史研究馆馆员"), (A, "区𫟹", "省文史研究馆馆员")],
        id="name-with-a-character-outside-the-bmp",
    ),
    pytest.param(f"任命区伟、张三为{CZ}。", [(A, "区伟", CZ), (A, "张三", CZ)], id="bounded-surname-closed-by-dun"),
    pytest.param(f"任命项目、全区为{CZ}。", [], id="neg-words-closed-by-dun"),
    pytest.param(
        "张三(无党派)获聘省政府参事，李四(民进)、某某(民盟)获聘省文史研究馆馆员。",
        [(A, "张三", "省政府参事")],
        id="neg-carried-verb-never-cuts-an-unread-name-list",
    ),
    pytest.param("局长（副处级）、党组书记获聘仪式举行。", [], id="neg-huopin-posts-not-names"),
    # other appointing verbs, and names listed after the post they were given
    pytest.param("省政府新聘张三等2人为省文史研究馆馆员。", [(A, "张三", "省文史研究馆馆员")], id="xinpin-etal"),
    pytest.param("续聘张三为某市人民政府参事。", [(A, "张三", "某市人民政府参事")], id="xupin"),
    pytest.param(
        "当天新聘的3位省文史研究馆馆员是：张三、李四（女）、王五。",
        [(A, n, "省文史研究馆馆员") for n in ("张三", "李四", "王五")],
        id="names-after-post-xinpin",
    ),
    pytest.param(
        "新当选的2位副主任是:张三、李四。",
        [(A, "张三", "副主任"), (A, "李四", "副主任")],
        id="names-after-post-elected-ascii-colon",
    ),
    pytest.param("新聘馆员年龄一般不低于60岁。", [], id="neg-xinpin-noun"),
    pytest.param("当天新聘的3位省文史研究馆馆员是：来自各界的专家。", [], id="neg-names-after-post-not-names"),
    # decided / reported
    pytest.param(f"经市政府常务会议研究决定，张三任{CZ}。", [(A, "张三", CZ)], id="jing-huiyi-jueding-ren"),
    pytest.param(f"张三同志任{CZ}，免去其{SJ}职务。", [(A, "张三", CZ), (R, "张三", SJ)], id="tongzhi-ren-then-qi"),
    pytest.param(f"张三（女，1970年生）任{CZ}。", [(A, "张三", CZ)], id="remark-birth-year-ren"),
    # the name before its verb
    pytest.param(f"张三免去{CZ}职务。", [(R, "张三", CZ)], id="name-mianqu"),
    pytest.param(f"张三同志免去{CZ}职务。", [(R, "张三", CZ)], id="name-tongzhi-mianqu"),
    pytest.param(f"张三免去李四的{CZ}职务。", [(R, "李四", CZ)], id="name-acts-on-another-reads-the-other"),
    pytest.param(f"张三不再担任{CZ}职务。", [(R, "张三", CZ)], id="name-buzai-danren"),
    pytest.param(f"张三不再兼任{CZ}职务。", [(R, "张三", CZ)], id="name-buzai-jianren"),
    pytest.param(f"张三辞去{CZ}职务。", [(Q, "张三", CZ)], id="name-ciqu"),
    pytest.param(f"李四同志因工作调动，不再担任{CZ}职务。", [(R, "李四", CZ)], id="reason-comma-buzai"),
    pytest.param(f"李四同志因工作调动,不再担任{CZ}职务。", [(R, "李四", CZ)], id="reason-ascii-comma"),
    pytest.param(f"李四因工作需要不再担任{CZ}职务。", [(R, "李四", CZ)], id="reason-no-comma"),
    pytest.param(f"王五因个人原因辞去{CZ}职务。", [(Q, "王五", CZ)], id="reason-ciqu"),
    pytest.param(f"张三同志，因年龄原因，不再担任{CZ}职务。", [(R, "张三", CZ)], id="reason-own-clause"),
    pytest.param(f"张三同志因工作需要，免去{CZ}职务。", [(R, "张三", CZ)], id="reason-then-mianqu"),
    pytest.param(
        f"张三、李四因工作调动，不再担任{CZ}职务。", [(R, "张三", CZ), (R, "李四", CZ)], id="reason-two-names"
    ),
    pytest.param(f"张三，免去{CZ}职务；李四，任{SJ}。", [(R, "张三", CZ), (A, "李四", SJ)], id="list-name-comma-verb"),
    pytest.param(f"张三,免去{CZ}职务;李四,任{SJ}。", [(R, "张三", CZ), (A, "李四", SJ)], id="list-name-comma-ascii"),
    pytest.param(f"张三同志，任{CZ}，免去其{SJ}职务。", [(A, "张三", CZ), (R, "张三", SJ)], id="list-name-comma-qi"),
    pytest.param(f"张三（女），任{CZ}。", [(A, "张三", CZ)], id="list-name-remark-comma"),
    pytest.param(
        f"1. 张三，免去{CZ}职务；\n2. 李四，任{SJ}。",
        [(R, "张三", CZ), (A, "李四", SJ)],
        id="list-numbered-name-comma",
    ),
    pytest.param(f"（一）张三，任{CZ}；", [(A, "张三", CZ)], id="list-paren-numbered-name-comma"),
    pytest.param(f"张三同志不再担任{CZ}职务，另有任用。", [(R, "张三", CZ)], id="buzai-danren-lingyou-renyong"),
    # elections: an appointment to a post
    pytest.param(f"任命张三为{CZ}、李四为{SJ}。", [(A, "张三", CZ), (A, "李四", SJ)], id="pairs-joined-by-dun"),
    pytest.param(
        f"会议选举张三为{CZ}、李四同志为{SJ}。", [(A, "张三", CZ), (A, "李四", SJ)], id="pairs-election-tongzhi"
    ),
    pytest.param(f"任命张三为{CZ}、{SJ}。", [(A, "张三", CZ), (A, "张三", SJ)], id="pairs-not-when-only-posts"),
    pytest.param(f"会议选举张三为{CZ}。", [(A, "张三", CZ)], id="election-xuanju"),
    pytest.param(f"会议补选张三为{CZ}。", [(A, "张三", CZ)], id="election-buxuan"),
    pytest.param(f"会议还补选了张三为{CZ}。", [(A, "张三", CZ)], id="election-buxuan-le"),
    pytest.param(f"会议选举张三为{CZ}，李四为{SJ}。", [(A, "张三", CZ), (A, "李四", SJ)], id="election-list-carried"),
    pytest.param(
        f"会议通过无记名投票方式选举任命张三同志为{CZ}。", [(A, "张三", CZ)], id="election-verb-before-renming"
    ),
    pytest.param(
        "会议补选张三、李四等2名市人大代表为市人大常委会委员。",
        [(A, "张三", "市人大常委会委员"), (A, "李四", "市人大常委会委员")],
        id="election-etal-deputies-to-a-post",
    ),
    pytest.param(f"张三当选为{CZ}。", [(A, "张三", CZ)], id="elected-dangxuan-wei"),
    pytest.param(f"张三当选{CZ}。", [(A, "张三", CZ)], id="elected-dangxuan"),
    pytest.param(f"张三全票当选为{CZ}。", [(A, "张三", CZ)], id="elected-quanpiao"),
    pytest.param(f"王小明高票当选{CZ}。", [(A, "王小明", CZ)], id="elected-gaopiao-three-char-name"),
    pytest.param(f"张三被选举为{CZ}。", [(A, "张三", CZ)], id="elected-passive"),
    # news of sessions
    pytest.param(f"会议经表决，任命张三为{CZ}。", [(A, "张三", CZ)], id="news-biaojue-renming"),
    pytest.param(f"会议决定任命：张三为{CZ}，李四为{SJ}。", [(A, "张三", CZ), (A, "李四", SJ)], id="news-colon-list"),
    pytest.param(
        f"会议表决通过了人事任免案，任命张三为{CZ}，免去李四的{SJ}职务。",
        [(A, "张三", CZ), (R, "李四", SJ)],
        id="news-renmian-an",
    ),
    pytest.param(
        f"会议表决通过了人事任免案。任命：\n张三为{CZ}。\n免去：\n李四的{SJ}职务。",
        [(A, "张三", CZ), (R, "李四", SJ)],
        id="news-colon-end-of-sentence",
    ),
    pytest.param(
        f"会议以无记名投票方式，表决通过了任命张三为{CZ}的决定。",
        [(A, "张三", CZ)],
        id="news-tongguo-le-decision-without-guanyu",
    ),
    pytest.param(f"会议决定免去：张三的{CZ}职务。", [(R, "张三", CZ)], id="news-colon-after-verb"),
    pytest.param(f"任命张　三为{CZ}。", [(A, "张三", CZ)], id="spaced-name-fullwidth"),
    pytest.param(f"张 三被任命为{CZ}。", [(A, "张三", CZ)], id="spaced-name-passive"),
    pytest.param(f"任命:\n张三 同志为{CZ}。", [(A, "张三", CZ)], id="space-before-tongzhi-ascii"),
    pytest.param(f"免去张三　同志的{CZ}职务。", [(R, "张三", CZ)], id="space-before-tongzhi-fullwidth"),
    # recalls and releases, and 了 after a verb in news
    pytest.param(f"罢免张三的{CZ}职务。", [(R, "张三", CZ)], id="bamian"),
    pytest.param(f"会议表决罢免了张三的{CZ}职务。", [(R, "张三", CZ)], id="bamian-le"),
    pytest.param(f"张三被罢免{CZ}职务。", [(R, "张三", CZ)], id="passive-bamian"),
    pytest.param(f"解除张三的{CZ}职务。", [(R, "张三", CZ)], id="jiechu-zhiwu"),
    pytest.param(f"会议免去了张三的{CZ}职务。", [(R, "张三", CZ)], id="mianqu-le"),
    pytest.param(f"会议任命了张三为{CZ}。", [(A, "张三", CZ)], id="renming-le"),
    pytest.param("依法解除劳动合同。", [], id="neg-jiechu-contract"),
    pytest.param("会议解除了对张三的留置措施。", [], id="neg-jiechu-measure"),
    pytest.param("审议了关于罢免张三的议案。", [], id="neg-bamian-motion"),
    pytest.param("会议依法任命了一批干部。", [], id="neg-renming-le-no-name"),
    pytest.param("撤销了张三的登记。", [], id="neg-chexiao-le-not-a-post"),
    # never a record
    pytest.param(f"提名张三为{CZ}。", [], id="neg-nomination"),
    pytest.param(f"张三被提请任命为{CZ}。", [], id="neg-passive-proposal"),
    pytest.param(f"张三被任命为{CZ}后，立即开展工作。", [], id="neg-story-after-appointment"),
    pytest.param(f"张三当选为{CZ}后表示，将不负重托。", [], id="neg-story-after-election"),
    pytest.param(f"张三被免去{CZ}职务后，由李四主持工作。", [], id="neg-story-after-removal"),
    pytest.param("会议表决通过了关于张三等同志职务任免的议案。", [], id="neg-motion-named-only"),
    pytest.param("张三任务繁重。", [], id="neg-renwu"),
    pytest.param(f"张三拟任{CZ}。", [], id="neg-niren-proposal"),
    pytest.param(f"张三同志拟任{CZ}职务。", [], id="neg-niren-tongzhi"),
    pytest.param(f"张三原任{CZ}。", [], id="neg-yuanren-former-post"),
    pytest.param(f"张三任{CZ}期间，成绩突出。", [], id="neg-ren-qijian-story"),
    pytest.param(f"推荐张三为{CZ}人选。", [], id="neg-recommended-candidate"),
    pytest.param("张三被撤销党内职务。", [], id="neg-party-discipline"),
    pytest.param("张三被免职。", [], id="neg-removed-no-post"),
    pytest.param(f"张三被任命为{CZ}的消息传来。", [], id="neg-news-of-appointment"),
    pytest.param(f"提名张三为{CZ}人选。", [], id="neg-nomination-renxuan"),
    pytest.param(f"张三被提名为{CZ}候选人。", [], id="neg-passive-nomination"),
    pytest.param("会议选举张三为市第十届人民代表大会代表。", [], id="neg-elected-deputy"),
    pytest.param("张三当选为全国人民代表大会代表。", [], id="neg-dangxuan-deputy"),
    pytest.param(f"2015年，张三被任命为{CZ}。", [], id="neg-biography-bare-year"),
    pytest.param(f"张三于2015年被任命为{CZ}。", [], id="neg-biography-year-inside"),
    pytest.param("张三的任命书由市长颁发。", [], id="neg-renmingshu"),
    pytest.param("张三任期五年。", [], id="neg-renqi"),
    pytest.param("张三被选为优秀共产党员。", [], id="neg-honour-not-post"),
    pytest.param("张三、李四等2名同志被选为市人大代表。", [], id="neg-passive-deputies"),
    pytest.param("本次会议被任命人员集体向宪法宣誓。", [], id="neg-bei-renming-renyuan"),
    pytest.param("张三6月当选某省省长；李四10月当选某市市长。", [], id="neg-story-month-before-dangxuan"),
    pytest.param(f"会议审议了张三提请免去李四{CZ}职务的请求。", [], id="neg-request-on-behalf"),
    pytest.param("会议听取了选举办法的说明，选举产生了新一届领导班子。", [], id="neg-election-nouns"),
    pytest.param(f"张三被免去{CZ}的消息不实", [], id="neg-removal-without-zhiwu"),
    pytest.param("市政府免去了三项收费。", [], id="neg-fees-removed"),
]


def test_rows_are_unique() -> None:
    assert not [k for k, n in Counter(repr(r.values[0]) for r in ROWS).items() if n > 1]
    assert not [k for k, n in Counter(r.id for r in ROWS).items() if n > 1]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_round5_phrasings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


TRADITIONAL = [
    pytest.param("會議決定，張三被任命為某市財政局局長。", [(A, "张三", CZ)], id="trad-passive"),
    pytest.param("李四同志因工作調動，不再擔任某市審計局局長職務。", [(R, "李四", SJ)], id="trad-reason"),
    pytest.param("會議補選張三為某市財政局局長。", [(A, "张三", CZ)], id="trad-election"),
    pytest.param(
        "經市政府同意，張三、李四等2人被聘為某市政府參事。",
        [(A, "张三", "某市政府参事"), (A, "李四", "某市政府参事")],
        id="trad-passive-etal",
    ),
]


def test_round5_post_wrapped_across_lines() -> None:
    """A decision printed at page width, a post cut by the line end: read whole through the API."""
    gazette = parse_text(
        "某市人民代表大会常务委员会关于人事任免的决定\n\n"
        "某市第十五届人民代表大会常务委员会第八次会议决定，张三被任命为某市\n"
        "人民政府副市长；李四同志因工作调动，不再担任某市财政局局长职务；王五\n"
        "，免去某市审计局局长职务。\n"
    )
    got = [(a.action, a.person, a.position) for d in gazette.documents for a in d.appointments]
    assert got == [(A, "张三", "某市人民政府副市长"), (R, "李四", CZ), (R, "王五", SJ)]


@pytest.mark.parametrize(("text", "expected"), TRADITIONAL)
def test_round5_traditional_through_the_api(text: str, expected: list[tuple[str, str, str]]) -> None:
    gazette = parse_text(text)
    got = [(a.action, a.person, a.position) for d in gazette.documents for a in d.appointments]
    assert got == expected


# Properties: whatever the phrasing around them, a record names only a person of the text and a
# post of the text, and a clause written around a nomination or a story gives nothing.
NAMES = ("张三", "李四", "欧阳明", "王小红", "区伟")
POSTS = (CZ, SJ, "某市人民政府副市长", "省政府参事")
FORMS = ("{n}被任命为{p}", "{n}当选为{p}", "{n}被免去{p}职务", "{n}，免去{p}职务", "会议选举{n}为{p}", "{n}获聘{p}")
NEGATIVE_FORMS = ("提名{n}为{p}人选", "2015年，{n}被任命为{p}", "{n}被任命为{p}后，{m}主持工作", "{n}拟任{p}")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(FORMS), st.sampled_from(NAMES), st.sampled_from(POSTS)), min_size=1, max_size=4),
    st.sampled_from(("。", "；", "；\n", "。\n")),
)
def test_records_name_only_persons_and_posts_of_the_text(clauses: list[tuple[str, str, str]], separator: str) -> None:
    text = separator.join(form.format(n=n, p=p) for form, n, p in clauses) + "。"
    for action, person, position in changes(text):
        assert (person, position) in {(n, p) for _, n, p in clauses}, text
        assert action in (A, R)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NEGATIVE_FORMS), st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(POSTS))
def test_nominations_and_stories_give_nothing(form: str, name: str, other: str, post: str) -> None:
    assert changes(form.format(n=name, m=other, p=post) + "。") == []
