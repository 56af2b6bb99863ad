"""Appointments, round 16 of issue 9: held-out recall by wide probing. Real pages of dev-split sites
(Hong Kong press releases and news, Taiwan city and county news, party and session news, chronicles)
were read against the tool's output; each failing way of printing a change became a class below, with
synthetic rows across its forms (brackets, quote marks, separators, joiners, Traditional characters)
and negative rows that must give nothing. No probe page is copied here.

Classes: Hong Kong 委任 sentences (a body's name in quotes with its short name in brackets, 出任 as the
link, whom the person succeeds, kinds of member); a move's day printed between the person and 出任
(將於明日, 本月18日起, 下周四起) and a civil-service grade before the name (首席政府工程師A); the last person
and post of a 分别 clause joined by 和/及/以及; the verbs 特任 and 調升; the post first and its holder
after 由 (a bare head of a place, 新增, chains joined by 、); a counted list of members after an announced
list; and a precision class: a time before the news as its own clause (此前，A任X) states a post held.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes, unique_rows

A, R, S = "appoint", "remove", "resign"
Change = tuple[str, str, str]


# --- Hong Kong 委任 sentences ------------------------------------------------------------------------

WEIREN = unique_rows(
    [
        pytest.param(
            "政府今日公布，委任马会主席张三出任「城市规划咨询委员会」（规划会）成员。",
            [(A, "张三", "城市规划咨询委员会成员")],
            id="held-post-quotes-abbreviation-member",
        ),
        pytest.param(
            "政府今日公布，委任張三出任「城市規劃諮詢委員會」(規劃會)成員，任期兩年。",
            [(A, "张三", "城市规划咨询委员会成员")],
            id="traditional-half-width-bracket",
        ),
        pytest.param(
            "政府今日公布，委任张三出任『城市规划咨询委员会』主席，任期两年。",
            [(A, "张三", "城市规划咨询委员会主席")],
            id="double-corner-quotes-chair",
        ),
        pytest.param(
            "政府今日公布，委任张三出任“城市规划咨询委员会”副主席。",
            [(A, "张三", "城市规划咨询委员会副主席")],
            id="curly-quotes-vice-chair",
        ),
        pytest.param(
            "政府今日公布，委任张三出任城市规划咨询委员会主席，任期由明年1月1日开始。",
            [(A, "张三", "城市规划咨询委员会主席")],
            id="churen-as-link-no-quotes",
        ),
        pytest.param(
            "政府委任陈大文出任为咨议会成员，为期1年。",
            [(A, "陈大文", "咨议会成员")],
            id="churen-wei",
        ),
        pytest.param(
            "政府今日公布，委任陈建强接替彭耀佳出任资优教育咨询委员会主席，任期两年。",
            [(A, "陈建强", "资优教育咨询委员会主席")],
            id="succeeds-named-before-churen",
        ),
        pytest.param(
            "政府亦委任梁嘉丽和吴燕安出任校董会成员，任期三年。",
            [(A, "梁嘉丽", "校董会成员"), (A, "吴燕安", "校董会成员")],
            id="two-names-he-yi",
        ),
        pytest.param(
            "行政长官再度委任李四教授、王五博士以及赵六，出任规划会委员，任期两年。",
            [(A, "李四", "规划会委员"), (A, "王五", "规划会委员"), (A, "赵六", "规划会委员")],
            id="honorifics-yiji-comma-before-churen",
        ),
        pytest.param(
            "行政长官已委任陈大文及李小明为城市规划委员会非官方成员。",
            [(A, "陈大文", "城市规划委员会非官方成员"), (A, "李小明", "城市规划委员会非官方成员")],
            id="yi-lead-kind-of-member",
        ),
        pytest.param(
            "行政长官同时新委任陈国龄、陈美娟和严志明为非当然委员。",
            [(A, "陈国龄", "非当然委员"), (A, "陈美娟", "非当然委员"), (A, "严志明", "非当然委员")],
            id="xin-weiren-non-ex-officio",
        ),
        # negative rows: a quotation is no body; no persons after 委任; a nomination is no appointment
        pytest.param("政府发言人说：「我们有信心，委员会定能继续工作。」", [], id="speech-in-quotes"),
        pytest.param("政府今日公布，委任以下人士出任「城市规划咨询委员会」成员。", [], id="no-persons-named"),
        pytest.param("行政长官提名张三出任「城市规划咨询委员会」主席。", [], id="nomination-not-weiren"),
        pytest.param("委任张三的消息出任头条。", [], id="not-a-list-of-persons"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), WEIREN)
def test_weiren_forms(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- the day a move takes effect, and a civil-service grade before the name ---------------------------

SCHEDULED = unique_rows(
    [
        pytest.param(
            "政府公布，刘俊杰将于明日出任土木工程拓展署署长。",
            [(A, "刘俊杰", "土木工程拓展署署长")],
            id="jiangyu-mingri",
        ),
        pytest.param(
            "政府公布，首席政府工程师刘俊杰将于明日出任土木工程拓展署署长。",
            [(A, "刘俊杰", "土木工程拓展署署长")],
            id="grade-engineer-before-name",
        ),
        pytest.param(
            "政府宣布高层官员任命，首席政府城市规划师叶子季，本月18日起出任规划署署长，接替退休的钟文杰。",
            [(A, "叶子季", "规划署署长")],
            id="grade-planner-comma-benyue-day",
        ),
        pytest.param(
            "政府飞行服务队总机师廖嘉俊，下周四起出任政府飞行服务队总监。",
            [(A, "廖嘉俊", "政府飞行服务队总监")],
            id="grade-pilot-next-week-day",
        ),
        pytest.param(
            "副首席律师周丽莲本月31日起出任破产管理署署长，接替休假的麦锦罗。",
            [(A, "周丽莲", "破产管理署署长")],
            id="grade-counsel-benyue",
        ),
        pytest.param(
            "政府公佈，首席政府測量師張三將於下星期一出任地政總署署長。",
            [(A, "张三", "地政总署署长")],
            id="traditional-surveyor-next-week",
        ),
        pytest.param(
            "现任土木工程拓展署署长钟锦华将于明日接替出任路政署署长。",
            [(A, "钟锦华", "路政署署长")],
            id="jieti-churen-no-one-named",
        ),
        pytest.param("张三今日出任民政事务局局长。", [(A, "张三", "民政事务局局长")], id="jinri"),
        pytest.param("李四将于同日出任民政事务局局长。", [(A, "李四", "民政事务局局长")], id="tongri"),
        # negative rows: no move after the day; a grade and a day, no move
        pytest.param("政府公布，张三将于明日出席民政事务局会议。", [], id="day-without-move"),
        pytest.param("首席政府工程师张三明日到访土木工程拓展署。", [], id="grade-visit"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), SCHEDULED)
def test_scheduled_moves(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- 分别 clauses whose last person and post are joined by 和 / 及 / 以及 -------------------------------

RESPECTIVE = unique_rows(
    [
        pytest.param(
            "陆恭蕙、李家超和邱诚武分别出任环境局副局长、保安局副局长和运输及房屋局副局长。",
            [(A, "陆恭蕙", "环境局副局长"), (A, "李家超", "保安局副局长"), (A, "邱诚武", "运输及房屋局副局长")],
            id="three-names-he-posts-he",
        ),
        pytest.param(
            "張三和李四分別調任環境局副局長和保安局副局長。",
            [(A, "张三", "环境局副局长"), (A, "李四", "保安局副局长")],
            id="traditional-two-and-two",
        ),
        pytest.param(
            "会议任命张三、李四以及王五分别为县财政局局长、县审计局局长、县统计局局长。",
            [(A, "张三", "县财政局局长"), (A, "李四", "县审计局局长"), (A, "王五", "县统计局局长")],
            id="yiji-names-posts-listed",
        ),
        pytest.param(
            "张三、李四及王五分别当选为县人民政府副县长、县人民法院院长和县人民检察院检察长。",
            [(A, "张三", "县人民政府副县长"), (A, "李四", "县人民法院院长"), (A, "王五", "县人民检察院检察长")],
            id="ji-dangxuan",
        ),
        # negative rows: counts do not pair; units, not persons; a post without a title
        pytest.param("张三、李四和王五分别调任环境局副局长、保安局副局长。", [], id="three-names-two-posts"),
        pytest.param("市委和市政府分别召开会议。", [], id="units-not-persons"),
        pytest.param("张三和李四分别负责环境和保安工作。", [], id="duties-not-posts"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), RESPECTIVE)
def test_respective_lists_joined(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- 特任, 調升, and a body set up that day ---------------------------------------------------------

VERBS = unique_rows(
    [
        pytest.param(
            "總統府今天發布總統令，特任林子倫為行政院發言人。",
            [(A, "林子伦", "行政院发言人")],
            id="teren-presidential-order",
        ),
        pytest.param(
            "总统府发布总统令，特任张三为驻新加坡大使。", [(A, "张三", "驻新加坡大使")], id="teren-ambassador"
        ),
        pytest.param("秘书长陈永丰调升嘉义市副市长。", [(A, "陈永丰", "嘉义市副市长")], id="tiaosheng-held-post"),
        pytest.param(
            "嘉義市政府今天宣布人事異動，秘書長陳永豐調升副市長，3項人事案2月1日生效。",
            [(A, "陈永丰", "副市长")],
            id="tiaosheng-traditional",
        ),
        pytest.param(
            "民政處長林家緯轉調出任31日新成立的勞青處處長。",
            [(A, "林家纬", "劳青处处长")],
            id="zhuandiao-churen-new-body",
        ),
        pytest.param("张三调任新组建的市数据局局长。", [(A, "张三", "市数据局局长")], id="new-body-zujian"),
        # negative rows: 特任 and 调升 as words, no change
        pytest.param("张三调升后表示感谢。", [], id="tiaosheng-no-post"),
        pytest.param("特任官的待遇由法律规定。", [], id="teren-as-a-noun"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_verbs(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- the post first, its holder after 由 (Taiwan city and county news) ---------------------------------

POST_FIRST = unique_rows(
    [
        pytest.param("副秘書長由參議李廣榮出任。", [(A, "李广荣", "副秘书长")], id="bare-secretary-general"),
        pytest.param(
            "新增副縣長由參議陳祥麟出任，副秘書長由參議李廣榮出任，將在16日正式就任。",
            [(A, "陈祥麟", "副县长"), (A, "李广荣", "副秘书长")],
            id="xinzeng-bare-heads",
        ),
        pytest.param("新增副县长一职由陈祥麟出任。", [(A, "陈祥麟", "副县长")], id="xinzeng-yizhi"),
        pytest.param(
            "民政处长由副处长陈国兴出任、县府参议由副处长李四出任。",
            [(A, "陈国兴", "民政处长"), (A, "李四", "县府参议")],
            id="chain-by-dunhao",
        ),
        pytest.param("经济部长一职，由张三接任。", [(A, "张三", "经济部长")], id="yizhi-comma-you-jieren"),
        # negative rows: a group's role; a future holder; a post no head of a place
        pytest.param("组长由张三出任。", [], id="group-role"),
        pytest.param("主任由张三出任。", [], id="bare-director"),
        pytest.param("副县长将由张三出任。", [], id="future-jiangyou"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), POST_FIRST)
def test_post_first_moves(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- a counted list of members after an announced list ------------------------------------------------

HEADLINE = "委员会新一届成员名单公布\n\n"

COUNTED = unique_rows(
    [
        pytest.param(
            HEADLINE + "政府今日公布新一届委员会成员名单。委员会由主席和3位委员组成。3位委员分别为张三、李四和王五。\n",
            [(A, "张三", "委员会委员"), (A, "李四", "委员会委员"), (A, "王五", "委员会委员")],
            id="body-from-youzucheng",
        ),
        pytest.param(
            HEADLINE + "政府今日公布新一届委员会成员名单。3位委员分别为张三、李四和王五。\n",
            [(A, "张三", "委员"), (A, "李四", "委员"), (A, "王五", "委员")],
            id="no-body-named",
        ),
        pytest.param(
            HEADLINE + "政府委任陈建强出任委员会主席，并委任两名新委员。两名新任委员为邓依萍和刘广业。\n",
            [(A, "陈建强", "委员会主席"), (A, "邓依萍", "委员"), (A, "刘广业", "委员")],
            id="new-members-chinese-count",
        ),
        pytest.param(
            HEADLINE + "政府今日公布新一届行政会议成员名单。2位非官守议员分别为罗范椒芬及叶刘淑仪。\n",
            [(A, "罗范椒芬", "非官守议员"), (A, "叶刘淑仪", "非官守议员")],
            id="married-names",
        ),
        # negative rows: candidates; no announced change; persons fewer than the count
        pytest.param(
            HEADLINE + "政府今日公布新一届委员会成员名单。3名候选人分别为张三、李四和王五。\n", [], id="candidates"
        ),
        pytest.param(
            HEADLINE.replace("成员名单公布", "工作会议") + "该市4位副市长分别为张三、李四、王五和赵六。\n",
            [],
            id="no-event",
        ),
        pytest.param(
            HEADLINE + "政府今日公布新一届委员会成员名单。3位委员分别为张三、李四。\n", [], id="count-does-not-pair"
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_lists(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- outgoing holders thanked, and Hong Kong's political assistants ------------------------------------------

LEAVING = unique_rows(
    [
        pytest.param(
            "局长欢迎新成员加入医管局，并感谢即将卸任的成员施荣恒、王沛诗及杨志威在过去6年对医管局作出宝贵贡献。",
            [(R, "施荣恒", "医管局成员"), (R, "王沛诗", "医管局成员"), (R, "杨志威", "医管局成员")],
            id="jijiang-xieren-body-after-dui",
        ),
        pytest.param(
            "政府今日公布委任名單，任期兩年。局長並感謝即將離任的委員郭明英、李秀慧和陳岡在任內作出寶貴貢獻。",
            [(R, "郭明英", "委员"), (R, "李秀慧", "委员"), (R, "陈冈", "委员")],
            id="traditional-jijiang-liren-weiyuan-he",
        ),
        pytest.param(
            "陈岳鹏和徐英伟分别出任政制及内地事务局政治助理和民政事务局政治助理。",
            [(A, "陈岳鹏", "政制及内地事务局政治助理"), (A, "徐英伟", "民政事务局政治助理")],
            id="political-assistants-respective",
        ),
        # negative rows: a name thanked without a post; outgoing holders not thanked; a thanked body
        pytest.param("局长又感谢即将卸任的彭耀佳，赞扬他的卓越领导。", [], id="bare-name-thanked"),
        pytest.param("即将卸任的成员施荣恒表示不舍。", [], id="not-thanked"),
        pytest.param("政府感谢即将卸任的委员会全体成员的贡献。", [], id="body-not-persons"),
        pytest.param(
            "政府今日公布委任名單，任期兩年。局長感謝離任委員關寶珍、黃浩明和黃錦輝在任內作出的貢獻。",
            [],
            id="members-left-already",
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), LEAVING)
def test_leaving_thanked(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected


# --- precision: a time before the news as its own clause ------------------------------------------------

PRIOR = unique_rows(
    [
        pytest.param("此前，刘佳晨任省自然资源厅厅长、党组书记。", [], id="cigian-comma"),
        pytest.param("此前,刘佳晨任省自然资源厅厅长。", [], id="ciqian-half-width-comma"),
        pytest.param("之前，张三任市财政局局长。", [], id="zhiqian"),
        pytest.param("早前，張三出任民政事務局局長。", [], id="zaoqian-traditional"),
        # a career's next step after a biography begun in the paragraph
        pytest.param("张三，1970年出生，曾任某局副局长。之后，张三出任某局局长。", [], id="zhihou-after-biography"),
        pytest.param("1965年4月出生的李四此前任某厅厅长。随后李四调任某局局长。", [], id="suihou-glued-after-birth"),
        pytest.param(
            "会议决定任命张三为某局局长。之后，李四出任某局副局长。",
            [(A, "张三", "某局局长"), (A, "李四", "某局副局长")],
            id="zhihou-without-biography-reads",
        ),
        # the decision after such a time still reads
        pytest.param(
            "此前，1月4日，云南昆明市委常委会召开会议，宣布省委决定，刘佳晨同志任中共昆明市委副书记。",
            [(A, "刘佳晨", "中共昆明市委副书记")],
            id="ciqian-then-a-decision",
        ),
        pytest.param("会议决定，张三任市财政局局长。", [(A, "张三", "市财政局局长")], id="no-prior-adverb"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), PRIOR)
def test_prior_post_clause(text: str, expected: list[Change]) -> None:
    assert api_changes(text) == expected
