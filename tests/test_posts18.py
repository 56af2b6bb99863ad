"""Round posts18: appointments missed because the post or the name is not recognised (issue 9, session 18).

The classes (tables in the posts18 blocks of ``vocab/personnel.py``; names in ``records/people.py`` and
``records/appointments/clauses.py``):

* **posts by taxonomy** — each family of Chinese official posts checked in the readers' forms (任命A为X, 免去A的X职务,
  A同志任X, news A任X，免去其Y职务, Traditional A獲委任為X): the endings the table lacked (三级/四级主任科员, 科员,
  主任秘书, 组织员, 纪检员, 监察专员, 宣传部长, 党总支书记, 督察长, 中队长, 指导员, 副政委, 副总工程师, 研究员, 总干事,
  顾问…) are data now; a row per family, and negative rows (a post word inside a unit, a sentence that is no change);
* **Hong Kong married names** — the husband's surname, then the woman's own surname and given name (廖李可期, 林郑月娥,
  叶刘淑仪, 陈冯富珍), one four-character person where the text bounds it; never cut into 廖 + 李可期; 陈林王刚, which
  may as well be two names 陈林 + 王刚 (王 a common surname), gives no person (precision first); the rest of the
  common compound surnames (闾丘, 淳于, 左丘…);
* **a name's last character that is an adverb** — 均 / 都 are adverbs of several persons: after one person they end
  the name (王小均当选为X, 买买提·阿不都任Y, 免去热合曼·阿不都的Z职务 had given 王小, 买买提·阿不); 都 before 的 is
  never an adverb;
* **places that begin with a function word or a name's characters** — 和平乡, 和田地区, 和平区: 和 opens the place,
  no separator of two posts; 任命高新为X: never the person 高新为 (为 is the connector).
"""

from __future__ import annotations

import time

import pytest
from record_helpers import HEAD_T, api_changes, news_page, notice_changes
from table_helpers import assert_unique

A, R = "appoint", "remove"
Change = tuple[str, str, str | None]


def _read(text: str) -> list[Change]:
    """``N:`` a news page, ``T:`` a Traditional page, else a notice's body."""
    if text.startswith("N:"):
        return [(a, p, q) for a, p, q in api_changes(news_page(text[2:]))]
    if text.startswith("T:"):
        return [(a, p, q) for a, p, q in api_changes(HEAD_T + text[2:])]
    return notice_changes(text)


# --- posts by taxonomy: one row per family, in the readers' forms ---------------------------------------------------

POSTS = [
    # civil-service ranks (公务员职级)
    pytest.param("任命张三为某市财政局三级主任科员。", [(A, "张三", "某市财政局三级主任科员")], id="rank-third-clerk"),
    pytest.param(
        "免去李四的某市财政局四级主任科员职务。", [(R, "李四", "某市财政局四级主任科员")], id="rank-fourth-clerk"
    ),
    pytest.param("张三同志任某县财政局一级科员。", [(A, "张三", "某县财政局一级科员")], id="rank-first-staff"),
    pytest.param("任命王五为某县财政局科员。", [(A, "王五", "某县财政局科员")], id="rank-staff"),
    pytest.param(
        "任命张三为某市人民政府秘书处主任秘书。", [(A, "张三", "某市人民政府秘书处主任秘书")], id="rank-chief-secretary"
    ),
    pytest.param("T:市政府任命張三為秘書處主任秘書。", [(A, "张三", "秘书处主任秘书")], id="trad-chief-secretary"),
    # party posts
    pytest.param("任命张三为县委组织部组织员。", [(A, "张三", "县委组织部组织员")], id="party-organiser"),
    pytest.param("免去李四的某镇纪委纪检员职务。", [(R, "李四", "某镇纪委纪检员")], id="party-inspector"),
    pytest.param(
        "任命张三为县监察委员会派驻某镇监察专员。", [(A, "张三", "县监察委员会派驻某镇监察专员")], id="party-supervisor"
    ),
    pytest.param(
        "N:张三任县委常委、宣传部长。", [(A, "张三", "县委常委"), (A, "张三", "县委宣传部长")], id="party-propaganda"
    ),
    pytest.param("任命张三为某局机关党总支书记。", [(A, "张三", "某局机关党总支书记")], id="party-general-branch"),
    # police and armed ranks
    pytest.param("任命张三为某市公安局督察长。", [(A, "张三", "某市公安局督察长")], id="police-inspector-general"),
    pytest.param(
        "免去李四的某市公安局副督察长职务。", [(R, "李四", "某市公安局副督察长")], id="police-deputy-inspector"
    ),
    pytest.param(
        "任命张三为某县公安局交警大队中队长。", [(A, "张三", "某县公安局交警大队中队长")], id="police-squadron"
    ),
    pytest.param(
        "张三同志任某县公安局某派出所指导员。", [(A, "张三", "某县公安局某派出所指导员")], id="police-instructor"
    ),
    pytest.param(
        "任命张三为某消防救援支队副政委。", [(A, "张三", "某消防救援支队副政委")], id="armed-deputy-commissar"
    ),
    # enterprises and institutions
    pytest.param(
        "聘任张三为某集团公司副总工程师。", [(A, "张三", "某集团公司副总工程师")], id="enterprise-deputy-engineer"
    ),
    pytest.param(
        "聘任张三为某省文史研究馆研究员。", [(A, "张三", "某省文史研究馆研究员")], id="institution-researcher"
    ),
    pytest.param("聘任张三为某市人民政府顾问。", [(A, "张三", "某市人民政府顾问")], id="adviser"),
    # news form, with the post left
    pytest.param(
        "N:张三任某市公安局督察长，免去其某县公安局副局长职务。",
        [(A, "张三", "某市公安局督察长"), (R, "张三", "某县公安局副局长")],
        id="news-inspector-and-removal",
    ),
    # Hong Kong and Taiwan
    pytest.param("T:張三獲委任為某局總幹事。", [(A, "张三", "某局总干事")], id="trad-director-general"),
    pytest.param("T:張三升任警察局督察長。", [(A, "张三", "警察局督察长")], id="trad-inspector-promoted"),
]

POSTS_NEGATIVE = [
    # a post word inside a unit: the post ends at the last title, not inside the unit's name
    pytest.param("任命张三为某市科员培训中心主任。", [(A, "张三", "某市科员培训中心主任")], id="clerk-inside-unit"),
    pytest.param("任命张三为某县督察长办公室主任。", [(A, "张三", "某县督察长办公室主任")], id="inspector-inside-unit"),
    # sentences that name a post but make no change
    pytest.param("N:某市公安局督察长张三出席会议并讲话。", [], id="inspector-attends"),
    pytest.param("N:中队长张三表示，将继续做好工作。", [], id="squadron-says"),
    pytest.param("N:研究员张三介绍了有关情况。", [], id="researcher-introduces"),
    pytest.param("N:组织员要认真履行职责。", [], id="organiser-duty"),
    pytest.param("N:各中队长、指导员参加培训。", [], id="ranks-trained"),
]

POST_ROWS = POSTS + POSTS_NEGATIVE
assert_unique(POST_ROWS)


@pytest.mark.parametrize("text, expected", POST_ROWS)
def test_post_families(text: str, expected: list[Change]) -> None:
    assert _read(text) == expected


# --- Hong Kong married names -------------------------------------------------------------------------------------

MARRIED = [
    pytest.param(
        "T:行政長官委任廖李可期為民政事務局常任秘書長。",
        [(A, "廖李可期", "民政事务局常任秘书长")],
        id="trad-appointed-by",
    ),
    pytest.param("T:林鄭月娥獲委任為政務司司長。", [(A, "林郑月娥", "政务司司长")], id="trad-passive"),
    pytest.param("T:林鄭月娥出任政務司司長。", [(A, "林郑月娥", "政务司司长")], id="trad-takes-office"),
    pytest.param("N:林郑月娥任政务司司长。", [(A, "林郑月娥", "政务司司长")], id="simp-news"),
    pytest.param("任命廖李可期为某市财政局局长。", [(A, "廖李可期", "某市财政局局长")], id="notice-appoint"),
    pytest.param("免去廖李可期的某市财政局局长职务。", [(R, "廖李可期", "某市财政局局长")], id="notice-remove"),
    pytest.param(
        "任命叶刘淑仪、罗范椒芬为某局顾问。",
        [(A, "叶刘淑仪", "某局顾问"), (A, "罗范椒芬", "某局顾问")],
        id="list-of-two",
    ),
    # 陈冯 + 富珍 is less likely than 陈冯富珍 (富 a less common surname): the married name
    pytest.param("T:陳馮富珍獲委任為衞生署署長。", [(A, "陈冯富珍", "卫生署署长")], id="less-common-tail"),
    pytest.param(
        "T:郵政署長張黃美玲出任某辦公室秘書長。",
        [(A, "张黄美玲", "某办公室秘书长")],
        id="held-post-before-married-name",
    ),
    # a married name after 由 (the post first) and after 接受 (a resignation accepted)
    pytest.param("T:保安局常任秘書長一職由廖李可期接任。", [(A, "廖李可期", "保安局常任秘书长")], id="post-first-you"),
    pytest.param("接受廖李可期辞去某局局长职务。", [("resign", "廖李可期", "某局局长")], id="resignation-accepted"),
    pytest.param(
        "接受张三、叶刘淑仪辞去某局局长职务。",
        [("resign", "张三", "某局局长"), ("resign", "叶刘淑仪", "某局局长")],
        id="resignations-accepted-list",
    ),
    # the rest of the common compound surnames
    pytest.param("任命闾丘露薇为某局副局长。", [(A, "闾丘露薇", "某局副局长")], id="compound-lvqiu"),
    pytest.param("N:淳于明任某县副县长。", [(A, "淳于明", "某县副县长")], id="compound-chunyu"),
    pytest.param("任命上官云为某市财政局副局长。", [(A, "上官云", "某市财政局副局长")], id="compound-shangguan"),
    pytest.param("T:任命司馬小東為某市財政局副局長。", [(A, "司马小东", "某市财政局副局长")], id="compound-sima-trad"),
    pytest.param(
        "任命张三、林郑月娥为某市财政局副局长。",
        [(A, "张三", "某市财政局副局长"), (A, "林郑月娥", "某市财政局副局长")],
        id="after-a-plain-name",
    ),
]

MARRIED_NEGATIVE = [
    # 陈林 + 王刚 or 陈林王刚 (王 a common surname): which cannot be told — no person rather than two false ones
    pytest.param("T:行政長官委任陳林王剛為衞生署署長。", [], id="ambiguous-two-names"),
    pytest.param("N:陈林王刚当选为某协会副会长。", [], id="ambiguous-run"),
    pytest.param("接受陈林王刚辞去某局局长职务。", [], id="ambiguous-resignation"),
    pytest.param("T:保安局常任秘書長一職由陳林王剛接任。", [], id="ambiguous-post-first"),
    # a compound surname's name stays one person of the compound surname
    pytest.param("任命欧阳明高为某市财政局局长。", [(A, "欧阳明高", "某市财政局局长")], id="compound-surname"),
    # a run of names of several lengths is still segmented
    pytest.param(
        "N:范照兵王晓东王刚聂瑞平当选为某协会副会长。",
        [
            (A, "范照兵", "某协会副会长"),
            (A, "王晓东", "某协会副会长"),
            (A, "王刚", "某协会副会长"),
            (A, "聂瑞平", "某协会副会长"),
        ],
        id="long-run",
    ),
    # four characters after a single surname are no name outside a married name's shape
    pytest.param("N:张三曾长期担任某局局长。", [], id="career-phrase"),
]

MARRIED_ROWS = MARRIED + MARRIED_NEGATIVE
assert_unique(MARRIED_ROWS)


@pytest.mark.parametrize("text, expected", MARRIED_ROWS)
def test_married_names(text: str, expected: list[Change]) -> None:
    assert _read(text) == expected


# --- 均 / 都 ending a name; dotted names -------------------------------------------------------------------------------

ADVERB_ENDINGS = [
    pytest.param("N:王小均当选为某协会会长。", [(A, "王小均", "某协会会长")], id="jun-elected"),
    pytest.param("N:王小均任某局局长。", [(A, "王小均", "某局局长")], id="jun-news"),
    pytest.param("任命王小均为某局局长。", [(A, "王小均", "某局局长")], id="jun-notice"),
    pytest.param("N:买买提·阿不都任某县副县长。", [(A, "买买提·阿不都", "某县副县长")], id="dotted-du-news"),
    pytest.param("N:买买提·阿不都当选为某县副县长。", [(A, "买买提·阿不都", "某县副县长")], id="dotted-du-elected"),
    pytest.param(
        "免去热合曼·阿不都的某县人民政府副县长职务。", [(R, "热合曼·阿不都", "某县人民政府副县长")], id="dotted-du-de"
    ),
    pytest.param(
        "免去买买提•阿不都同志的某县人民政府副县长职务。",
        [(R, "买买提•阿不都", "某县人民政府副县长")],
        id="bullet-dot-comrade",
    ),
    pytest.param(
        "N:张三、买买提‧阿不都当选为某县副县长。",
        [(A, "张三", "某县副县长"), (A, "买买提‧阿不都", "某县副县长")],
        id="dotted-du-listed",
    ),
    pytest.param(
        "任命买买提・艾力、阿不都·热合曼为某县人民政府副县长。",
        [(A, "买买提・艾力", "某县人民政府副县长"), (A, "阿不都·热合曼", "某县人民政府副县长")],
        id="katakana-dot-list",
    ),
]

ADVERB_NEGATIVE = [
    # after several persons 均 / 都 are adverbs: never part of the last name
    pytest.param(
        "N:张三、李四均当选为某协会副会长。",
        [(A, "张三", "某协会副会长"), (A, "李四", "某协会副会长")],
        id="jun-after-a-list",
    ),
    pytest.param(
        "N:张三、李四都不再担任某局副局长职务。",
        [(R, "张三", "某局副局长"), (R, "李四", "某局副局长")],
        id="du-after-a-list",
    ),
    pytest.param(
        "N:买买提·艾力、阿不都·热合曼都当选为某县副县长。",
        [(A, "买买提·艾力", "某县副县长"), (A, "阿不都·热合曼", "某县副县长")],
        id="du-after-a-dotted-list",
    ),
    # 则 after one person stays an adverb (round 17)
    pytest.param(
        "N:张柱接任党委书记，王建华则不再担任党委书记。",
        [(A, "张柱", "党委书记"), (R, "王建华", "党委书记")],
        id="ze-after-one",
    ),
]

ADVERB_ROWS = ADVERB_ENDINGS + ADVERB_NEGATIVE
assert_unique(ADVERB_ROWS)


@pytest.mark.parametrize("text, expected", ADVERB_ROWS)
def test_adverb_characters_ending_names(text: str, expected: list[Change]) -> None:
    assert _read(text) == expected


# --- places that begin with 和 or with a name's characters -----------------------------------------------------------

PLACES = [
    pytest.param("T:和平鄉鄉長由張三接任。", [(A, "张三", "和平乡乡长")], id="trad-heping-township"),
    pytest.param("N:张三接任和平乡乡长。", [(A, "张三", "和平乡乡长")], id="simp-heping-township"),
    pytest.param("任命张三为和平区区长。", [(A, "张三", "和平区区长")], id="heping-district"),
    pytest.param("免去张三的和顺县副县长职务。", [(R, "张三", "和顺县副县长")], id="heshun-county"),
    pytest.param(
        "任命张三为某县县长、和田地区行署副专员。",
        [(A, "张三", "某县县长"), (A, "张三", "和田地区行署副专员")],
        id="hotan-second-post",
    ),
]

PLACES_NEGATIVE = [
    # 和 between two posts still separates them
    pytest.param(
        "任命张三为某公司董事长和董事。", [(A, "张三", "某公司董事长"), (A, "张三", "某公司董事")], id="he-separates"
    ),
    # a place's first characters are never a person
    pytest.param("任命高新为某市财政局局长。", [], id="gaoxin-not-a-person"),
    pytest.param("N:方城县县长张三调任某市副市长。", [(A, "张三", "某市副市长")], id="fangcheng-county"),
    pytest.param("N:高新区管委会主任张三调任某市副市长。", [(A, "张三", "某市副市长")], id="high-tech-zone"),
    pytest.param("N:和平乡任命张三为某局局长。", [(A, "张三", "某局局长")], id="heping-as-subject"),
]

PLACE_ROWS = PLACES + PLACES_NEGATIVE
assert_unique(PLACE_ROWS)


@pytest.mark.parametrize("text, expected", PLACE_ROWS)
def test_places_opening_posts(text: str, expected: list[Change]) -> None:
    assert _read(text) == expected


def test_linear_time() -> None:
    """Long runs of the new shapes stay linear: married-name-like and 均/都-laden text, 和-led posts."""
    body = "、".join(["廖李可期"] * 400) + "均当选为某协会副会长。" + "和" * 3000 + "平乡乡长由张三接任。"
    start = time.perf_counter()
    _read("N:" + body)
    assert time.perf_counter() - start < 5


# --- Taiwan police posts, short forms, quoted posts; a married name after its held post --------------------------

POLICE = [
    pytest.param(
        "T:原大武分局長莊于瑩調任嘉義縣警察局朴子分局分局長。",
        [(A, "庄于莹", "嘉义县警察局朴子分局分局长")],
        id="unit-repeated-in-title",
    ),
    pytest.param(
        "T:第一分局長簡彥匡調任嘉義市警局第二分局長。", [(A, "简彦匡", "嘉义市警局第二分局长")], id="ordinal-precinct"
    ),
    pytest.param("N:新庄分局长由张三接任。", [(A, "张三", "新庄分局长")], id="unit-printed-once"),
    pytest.param("T:左營分局長蕭正松升任警政監。", [(A, "萧正松", "警政监")], id="supervisor"),
    pytest.param("T:張三將於3月30日出任保安局常秘。", [(A, "张三", "保安局常秘")], id="short-perm-sec"),
    pytest.param(
        "T:現任政府新聞處處長廖李可期，將於3月30日出任保安局常秘。",
        [(A, "廖李可期", "保安局常秘")],
        id="married-name-after-held-post",
    ),
    pytest.param("N:“主任秘书”黄升勇升任台当局“警政署副署长”。", [(A, "黄升勇", "警政署副署长")], id="quoted-posts"),
    pytest.param("N:台中县警局长陈国恩调升“主任秘书”。", [(A, "陈国恩", "主任秘书")], id="quoted-new-post"),
    pytest.param("T:台中縣警局長陳國恩調升「主任秘書」。", [(A, "陈国恩", "主任秘书")], id="corner-quoted-post"),
]

POLICE_NEGATIVE = [
    # the next person's move is no second post of the first (調 alone after a post and a name); since appoint29 that
    # move is read as the next person's own change (調 alone between a post held, a name and a post: 調任)
    pytest.param(
        "T:林昆達調陞澎湖縣警察局主任秘書,三分局長林炎巨調竹市警二分局長。",
        [(A, "林昆达", "澎湖县警察局主任秘书"), (A, "林炎巨", "竹市警二分局长")],
        id="next-move-not-a-post",
    ),
    # 督察 as a word of work, not a post
    pytest.param("N:各地要加强督察。", [], id="inspection-work"),
    pytest.param("N:张三负责督察工作。", [], id="inspection-duty"),
    # quotes around what is no post stay, and give no record
    pytest.param("N:在台湾有“金小刀”之称的金溥聪出席活动。", [], id="quoted-nickname"),
    pytest.param("T:基隆市警局長翁群能出席「治安會議」。", [], id="quoted-meeting"),
    # a married name's shape after a post, two readings: nothing
    pytest.param("T:政府新聞處處長陳林王剛出任保安局常任秘書長。", [], id="ambiguous-after-post"),
]

POLICE_ROWS = POLICE + POLICE_NEGATIVE
assert_unique(POLICE_ROWS)


@pytest.mark.parametrize("text, expected", POLICE_ROWS)
def test_police_posts_short_and_quoted(text: str, expected: list[Change]) -> None:
    assert _read(text) == expected


# --- the list form: a name, a space, its post (under 任命： / 免去：) --------------------------------------------------

LISTS = [
    pytest.param(
        "任命：\n张三　某市公安局督察长\n李四　某县公安局交警大队中队长\n免去：\n王五　某局主任秘书",
        [(A, "张三", "某市公安局督察长"), (A, "李四", "某县公安局交警大队中队长"), (R, "王五", "某局主任秘书")],
        id="list-new-posts",
    ),
    pytest.param(
        "任命：\n张三　某市公安局督察长\n廖李可期　某局总干事\n免去：\n叶刘淑仪　某局顾问",
        [(A, "张三", "某市公安局督察长"), (A, "廖李可期", "某局总干事"), (R, "叶刘淑仪", "某局顾问")],
        id="list-married-names",
    ),
    pytest.param(
        "任命：\n张三　某市公安局督察长\n买买提·阿不都　某县人民政府副县长",
        [(A, "张三", "某市公安局督察长"), (A, "买买提·阿不都", "某县人民政府副县长")],
        id="list-dotted-du",
    ),
    # two readings of four characters: that line gives nothing, the others stand
    pytest.param(
        "任命：\n张三　某市公安局督察长\n陈林王刚　某局副局长",
        [(A, "张三", "某市公安局督察长")],
        id="list-ambiguous-run",
    ),
]
assert_unique(LISTS)


@pytest.mark.parametrize("text, expected", LISTS)
def test_list_form(text: str, expected: list[Change]) -> None:
    assert notice_changes(text) == expected
