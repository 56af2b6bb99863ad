"""rev19 (issue 9, session 19): a hostile review of the session's new rules. Each class a probe found stating a false
fact (a person, a post, a title), narrowed by class, with its variants (Simplified and Traditional, ASCII and full-width
punctuation) and the near-misses the session's rules must keep leaving alone."""

from __future__ import annotations

import pytest

from gazette_extract.layout import documents as D
from gazette_extract.layout import news as NW
from gazette_extract.layout.blocks import PARAGRAPH, Block
from gazette_extract.pipeline import extract_str
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.vocab.personnel import REASON_VERBS


def changes(text: str) -> list[tuple[str, str, str]]:
    out = extract_str(text + "\n")
    return [(a["action"], a["person"], a["position"]) for d in out["documents"] for a in d["appointments"]]


def titles(text: str) -> list[str | None]:
    return [d["title"] for d in extract_str(text + "\n")["documents"]]


def blocks(lines: list[str]) -> list[Block]:
    return [Block(PARAGRAPH, text, k + 1, k + 1) for k, text in enumerate(lines)]


def _no_duplicates(rows: list[str]) -> list[str]:
    assert len(rows) == len(set(rows)), "a row is listed twice"
    return rows


# ------------------------------------------------- a brand's name never holds a verb taking its industry (appoint29's rule)

BRAND_CLAUSES = _no_duplicates(
    [
        "张三任发展新能源董事长。",
        "张三任大力发展新能源董事长。",
        "张三任推动新能源汽车董事长。",
        "张三任加快新能源董事长。",
        "張三任發展新能源董事長。",  # Traditional
        "张三任生产汽车总经理。",
        "张三任经营地产总裁。",
        "张三任深耕汽车副总裁。",
    ]
)


@pytest.mark.parametrize("text", BRAND_CLAUSES)
def test_a_clause_on_an_industry_is_no_brand(text: str) -> None:
    assert changes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("冯兴亚任广汽新能源董事长。", [("appoint", "冯兴亚", "广汽新能源董事长")]),
        ("张跃赛任广汽乘用车总经理。", [("appoint", "张跃赛", "广汽乘用车总经理")]),
        ("朱华荣出任长安汽车总裁。", [("appoint", "朱华荣", "长安汽车总裁")]),
        ("张三任格力电器副董事长。", [("appoint", "张三", "格力电器副董事长")]),
    ],
)
def test_a_brand_before_its_post_still_reads(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    "text",
    _no_duplicates(
        [
            "冯兴亚曾任广汽新能源董事长。",  # a past career
            "冯兴亚拟任广汽新能源董事长。",  # a nomination
            "张三没有出任长安汽车总裁。",  # a negation
            "张三不会出任长安汽车总裁。",
            "“我不会出任长安汽车总裁。”张三说。",  # a quoted statement
            "有消息称张三将出任长安汽车总裁。",  # a rumour
            "格力电器董事长董明珠表示，将继续加大研发投入。",  # the post held, no change
            "自2012年董明珠出任格力电器董事长以来，公司业绩大增。",
            "张三任王科技董事长。",  # a person's name with an industry word: no brand
            "张三任新能源董事长。",  # the industry word alone
        ]
    ),
)
def test_a_brand_in_another_role_states_no_change(text: str) -> None:
    assert changes(text) == []


# ---------------------------------------------- 任内 / 任上 after a held post: a word of the tenure, never the surname 任

TENURE_CLAUSES = _no_duplicates(
    [
        "张三在副市长任内兼任市公安局局长。",
        "他在副市长任上兼任市公安局局长。",
        "他在担任副市长任上出任市委书记。",
        "副市长任满后出任市委书记。",
        "張三在副市長任內兼任市公安局局長。",  # Traditional
        "他在副市長任上出任市委書記。",
    ]
)


@pytest.mark.parametrize("text", TENURE_CLAUSES)
def test_a_word_of_the_tenure_is_no_person(text: str) -> None:
    assert not any(person.startswith("任") for _, person, _ in changes(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("天津市原副市长任学锋出任广州市委书记。", "任学锋"),
        ("副市长任中华出任市委书记。", "任中华"),  # 任中 is no tenure word when a name goes on
        ("副市长任满堂兼任市公安局局长。", "任满堂"),
    ],
)
def test_the_surname_ren_after_a_held_post_still_reads(text: str, person: str) -> None:
    assert [p for _, p, _ in changes(text)] == [person]


# -------------------------------------------------- a ground (因…) that names who leaves: the first name is not the leaver


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "张三先生因控股股东湘潭电化集团有限公司总经理李四先生申请辞去总经理职务，代为履职。",
            [("resign", "李四", "总经理")],
        ),
        ("张三因公司原董事长李四申请辞去董事长职务，代为履行董事长职责。", [("resign", "李四", "董事长")]),
        ("張三先生因公司總經理李四女士申請辭去總經理職務，代為履職。", [("resign", "李四", "总经理")]),  # Traditional
        ("张三同志因李四同志辞去县长职务，代理县长职务。", []),  # nothing rather than 张三
    ],
)
def test_a_ground_that_names_the_leaver(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "刘干江先生因调任控股股东湘潭电化集团有限公司副董事长兼总经理,故申请辞去公司总经理职务。",
            [("resign", "刘干江", "公司总经理")],
        ),  # a move told as the ground ends on a title, not a name
        ("张三先生因个人原因辞去公司董事长职务。", [("resign", "张三", "公司董事长")]),
        ("主教练丁伟因个人原因辞去主教练职务。", [("resign", "丁伟", "主教练")]),
        ("王五先生因控股股东总经理李四先生调离，申请辞去公司董事职务。", [("resign", "王五", "公司董事")]),
    ],
)
def test_a_ground_about_another_person_keeps_the_leaver(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("ground", "names"),
    [
        ("因公司原董事长李四", True),
        ("因控股股东总经理李四先生", True),
        ("由于李四女士", True),
        ("因个人原因", False),
        ("因工作安排", False),
        ("因调任控股股东湘潭电化集团有限公司副董事长兼总经理", False),
        (None, False),
    ],
)
def test_ground_names_the_leaver(ground: str | None, names: bool) -> None:
    assert C._ground_names_the_leaver(ground) is names


# ---------------------------------------- a headline set in short lines: never a menu or a roster the lead names apart

STACKED_MENUS = _no_duplicates(
    [
        "县委\n县政府\n县人大\n县政协\n本报讯 1月21日，县委、县政府召开全县经济工作会议，部署今年重点工作。会议强调，要坚定信心，真抓实干。",
        "市委\n市政府\n市人大\n市政协\n本报讯 1月21日，市委市政府召开全市经济工作会议，部署今年重点工作。",
        "张三\n李四\n王五\n赵六\n本报讯 1月21日，张三、李四、王五等同志到我县调研指导工作，要求坚定信心，真抓实干，确保完成全年目标任务。",
        "縣委\n縣政府\n縣人大\n縣政協\n本報訊 1月21日，縣委、縣政府召開全縣經濟工作會議，部署今年重點工作。",  # Traditional
        "首页\n新闻中心\n政务公开\n本报讯 1月21日，新闻中心召开会议，部署今年重点工作，会议强调要坚定信心，真抓实干，确保完成全年目标任务。",
    ]
)


@pytest.mark.parametrize("text", STACKED_MENUS)
def test_a_menu_or_roster_over_a_lead_is_no_headline(text: str) -> None:
    assert not any(titles(text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "市十七届\n人大五次会议\n主席团召开\n第四次会议\n本报讯 1月21日，市十七届人大五次会议主席团召开第四次会议。会议听取了各代表团审议情况的汇报。",
            "市十七届人大五次会议主席团召开第四次会议",
        ),
        (
            "全市\n经济工作会议\n召开\n本报讯 1月21日，全市经济工作会议在市行政中心召开，部署今年重点工作。",
            "全市经济工作会议召开",
        ),
    ],
)
def test_a_stacked_headline_still_reads(text: str, title: str) -> None:
    assert titles(text) == [title]


# ------------------------------------- a column's label in a page's list and over the story is no headline printed twice

_LISTED_PAGE = [
    "某某县召开防汛工作会议",
    "乡村振兴工作动态",
    "{label}",
    "民生实事工作动态",
    "2024-06-01 来源：某某县融媒体中心",
    "{label}",
    "6月1日，某某县召开防汛工作会议，部署当前防汛工作。会议要求各乡镇压实责任，确保安全度汛，全力保障人民群众生命财产安全。",
]


@pytest.mark.parametrize("label", ["政务公开工作动态", "政務公開工作動態", "本县图片新闻", "部门工作要闻", "政策解读"])
def test_a_column_label_printed_twice_is_no_headline(label: str) -> None:
    page = blocks([line.format(label=label) for line in _LISTED_PAGE])
    assert D._headline_again_over_prose(page, 0, lambda b: True) is None


def test_a_headline_printed_twice_over_its_story_still_reads() -> None:
    page = blocks(
        [
            "文化生活丰富了",
            "与历史相遇在这间会议室",
            "代表之声专栏文章",
            "春天里的好声音",
            "3上一篇 下一篇4",
            "2007年10月17日 收藏 打印",
            "与历史相遇在这间会议室",
            "代表团开会，我随大家一起来到这间会议室，大家围坐在一起，畅谈学习体会，气氛热烈，收获很多。",
        ]
    )
    assert D._headline_again_over_prose(page, 0, lambda b: True) == 6


def test_the_column_label_page_keeps_its_own_headline() -> None:
    text = "\n".join(line.format(label="政务公开工作动态") for line in _LISTED_PAGE)
    assert titles(text) == ["某某县召开防汛工作会议"]


# ------------------------------------------ near-misses of the session's appointment rules that stay without a record

NEAR_MISSES = _no_duplicates(
    [
        # 调 / 升 / 派 alone (appoint29): negation, plan, question, rumour, condition, past, another word
        "署督察室主任颜旺盛未调国道警察局长。",
        "署督察室主任颜旺盛不调国道警察局长。",
        "署督察室主任颜旺盛将调国道警察局长？",
        "传署督察室主任颜旺盛调国道警察局长。",
        "署督察室主任颜旺盛拟调国道警察局长。",
        "署督察室主任颜旺盛曾调国道警察局长。",
        "國道公路警察局長廖美鈴未升警政署副署長。",
        "刑事局副局长陈炯旭若派台南市副局长，将引发争议。",
        "刑事局副局長陳炯旭派台南市副局長？",
        "市警察局长王大明派员前往现场处置。",
        "市警察局长王大明调阅监视器画面。",
        "市警察局长王大明派警力支援。",
        "刑事局副局長陳炯旭調查台南市副局長涉貪案。",
        "總經理陳炯旭派發紅包給員工。",
        "县长张三升格为市长",
        "局长张三调整为副局长。",
        # 辞 alone (appoint29)
        "政务委员许璋瑶未辞政务委员。",
        "政务委员许璋瑶拒辞政务委员。",
        "政务委员许璋瑶不辞政务委员。",
        "政务委员许璋瑶会辞政务委员吗？",
        "如许璋瑶辞政务委员，将由李四代理。",
        "外界关注许璋瑶是否辞政务委员。",
        "许璋瑶曾辞政务委员。",
        "县长张三致辞时表示，要做好防汛工作。",
        "县长张三辞官归隐。",
        "许璋瑶辞政务委员一事，引发讨论。",
        # a reason of 30 characters and 故 (appoint28)
        "刘干江先生因公司董事会尚未选举产生新任总经理,故未申请辞去公司总经理职务。",
        "刘干江先生因对公司发展前景充满信心,故不会申请辞去公司总经理职务。",
        "刘干江先生因个人原因,故如申请辞去公司总经理职务,须经董事会同意。",
        "因此许晶先生拟申请辞去第四届董事会董事、董事长、总裁的职务。",
        "因此许晶先生曾申请辞去公司董事长职务。",
        "徐文超女士未提请辞任公司董事会秘书、董事。",
        "公司原董事长万鑫铭同志因工作安排,未申请辞去公司董事长职务。",
        "杨青松同志被提名为职工董事候选人。",
        # an acting post after 由 (appoint29)
        "董事会不同意由邵宇平先生暂时代理董事长一职。",
        "如由邵宇平先生暂时代理董事长一职，须经股东大会同意。",
        "同意由副市长王建国代理市长职务的议案未获通过。",
        # the surname 任 (appoint29)
        "副市长任学锋未出任广州市委书记。",
        "副市长任内曾兼任市公安局局长。",
    ]
)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_state_no_change(text: str) -> None:
    assert changes(text) == []


# ------------------------------------------------------------------------------------ code health and linearity


def test_the_resignation_verbs_have_one_definition() -> None:
    expected = {verb for verb in REASON_VERBS if verb.endswith("辞去")}
    assert set(M.RESIGNING_VERBS) == expected
    assert C._RESIGNING_AFTER_REASON is M.RESIGNING_VERBS
    assert [len(v) for v in M.RESIGNING_VERBS] == sorted((len(v) for v in M.RESIGNING_VERBS), reverse=True)


def test_a_dash_deck_reads_each_lead_in_a_window() -> None:
    line = "——全力以赴保安全 据新华社电 3月4日，" + "某某县召开防汛工作会议，" * 5000
    leads = NW._past_dash_deck(line)
    assert leads and all(len(lead) <= NW._DECK_LEAD_READ for lead in leads)
    assert leads[0].startswith("据新华社电 3月4日")
    short = "——全力以赴保安全 据新华社电 3月4日，某某县召开防汛工作会议。"
    assert NW._past_dash_deck(short)[0] == "据新华社电 3月4日，某某县召开防汛工作会议。"
