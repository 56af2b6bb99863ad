"""Appointments, round 7 of issue 9: the families of 任免 texts beyond the dev corpus, table-driven.
Every row synthetic and written from a class, not copied from a text.

Classes: a grade, a term, an ethnicity or a party in brackets after the name (（正处级）, （享受正科级待遇）,
（聘期三年）, （回族）, （民盟）); 其 after a reason (张三因另有任用，免去其X职务: 其 is 张三, never part of
the post); a post held on secondment (挂任 / 挂职任); a carried removal never read into a later clause
that gives a post (免去A的X职务；B兼任Y); the organization of a title carried to the same title (acting)
later in its sentence (A辞去X省省长职务,B任代理省长); a successor (免去A的X职务，由B接任); a mirror's stray
commas (副省长,、代理省长); tables whose cells hold their verb (姓名 | 任免职务 / 张三 | 任X，免去Y职务); a
line holding only a post under a list entry (a further post of that person); the place of the electing
session for a bare 省长/县长 (福建省十二届人大四次会议…选举A为省长); a career told after a change (曾任, 历任,
出生) ending the verb in force; a session deciding A为X (…会议决定A为X); 担任 after a removal in force
(an appointment); a post lapsing by law (A的X职务相应撤销, 自然免除); 录用A为X; an attributive before a passive (不满46岁的陆昊被任命为X); and the precision rows
that must give nothing.
"""

from __future__ import annotations

import pytest
from record_helpers import extract_members, stage_changes

from gazette_extract import parse_text
from gazette_extract.layout.blocks import split_blocks


def changes(text: str) -> list[tuple[str, str, str]]:
    return stage_changes(text, doc_date="2021-01-01")


A, R, S = "appoint", "remove", "resign"
CZ, SJ = "北京市财政局局长", "北京市审计局局长"

REMARK_ROWS = [
    pytest.param(f"经研究决定：\n张三（正处级）为{CZ}。", [(A, "张三", CZ)], id="grade-zhengchuji-wei"),
    pytest.param(f"张三同志（正科级）任{CZ}。", [(A, "张三", CZ)], id="grade-zhengkeji-ren"),
    pytest.param(f"任命张三（副县级）为{CZ}。", [(A, "张三", CZ)], id="grade-fuxianji-renming"),
    pytest.param(f"任命张三(副处级)为{CZ}。", [(A, "张三", CZ)], id="grade-ascii-brackets"),
    pytest.param(f"免去李四（副科级）的{SJ}职务。", [(R, "李四", SJ)], id="grade-removal"),
    pytest.param(f"任命张三（享受正科级待遇）为{CZ}。", [(A, "张三", CZ)], id="grade-treatment"),
    pytest.param("聘任张三（聘期三年）为北京市人民政府参事。", [(A, "张三", "北京市人民政府参事")], id="term-pinqi"),
    pytest.param(f"任命张三（任期三年）为{CZ}。", [(A, "张三", CZ)], id="term-renqi"),
    pytest.param(f"任命张三（回族）为{CZ}。", [(A, "张三", CZ)], id="ethnicity"),
    pytest.param(f"任命张三（民盟）为{CZ}。", [(A, "张三", CZ)], id="party-minmeng"),
    pytest.param(f"任命张三（无党派）为{CZ}。", [(A, "张三", CZ)], id="party-none"),
    pytest.param(
        f"任命：\n张三（回族）　{CZ}\n李四（民盟）　{SJ}", [(A, "张三", CZ), (A, "李四", SJ)], id="list-remarks"
    ),
    pytest.param(f"任命张三（试用期一年）为{CZ}。", [(A, "张三", CZ)], id="probation-before"),
    pytest.param(f"张三同志任{CZ}（正处级）。", [(A, "张三", CZ)], id="grade-after-post"),
    pytest.param(f"张三同志任{CZ}（试用期一年）。", [(A, "张三", CZ)], id="probation-after-post"),
]

QI_ROWS = [
    pytest.param(f"张三因另有任用，免去其{CZ}职务。", [(R, "张三", CZ)], id="reason-other-post"),
    pytest.param(f"张三同志因退休，免去其{CZ}职务。", [(R, "张三", CZ)], id="reason-retired"),
    pytest.param(f"张三同志因工作调动，免去其{CZ}职务。", [(R, "张三", CZ)], id="reason-transfer"),
    pytest.param(f"免去张三的{CZ}职务（另有任用）。", [(R, "张三", CZ)], id="other-post-after"),
    pytest.param(
        f"张三同志任北京市财政局副局长，免去其{SJ}职务。",
        [(A, "张三", "北京市财政局副局长"), (R, "张三", SJ)],
        id="qi-own-clause",
    ),
]

SECONDMENT_ROWS = [
    pytest.param(f"经研究决定：\n王五挂任{CZ}（挂职一年）。", [(A, "王五", CZ)], id="guaren"),
    pytest.param(f"经研究决定：\n王五挂职任{CZ}。", [(A, "王五", CZ)], id="guazhiren"),
    pytest.param(f"任命张三为{CZ}（挂职）。", [(A, "张三", CZ)], id="guazhi-after-post"),
]

CARRIED_ROWS = [
    pytest.param(
        f"经研究决定：\n免去钱七{SJ}职务；\n孙八兼任北京市商务局党组书记；\n吴十不再担任{CZ}职务。",
        [(R, "钱七", SJ), (A, "孙八", "北京市商务局党组书记"), (R, "吴十", CZ)],
        id="removal-not-carried-into-jianren",
    ),
    pytest.param(
        f"经研究决定：\n赵六同志{SJ}职务自然免除；\n免去钱七{SJ}职务，另有任用；\n孙八兼任北京市商务局党组书记；\n吴十不再担任{CZ}职务。",
        [
            (R, "赵六", SJ),
            (R, "钱七", SJ),
            (A, "孙八", "北京市商务局党组书记"),
            (R, "吴十", CZ),
        ],  # never a removal of 孙八
        id="removal-in-force-not-read-into-jianren",
    ),
    pytest.param(
        "免去：\n周恩来兼任外交部部长职务，", [(R, "周恩来", "外交部部长")], id="removal-heading-jianren-zhiwu"
    ),
]

SENTENCE_ORG_ROWS = [
    pytest.param(
        "3月25日,王宪魁辞去黑龙江省省长职务,陆昊任代理省长;3月28日,马飚辞去广西壮族自治区主席职务,陈武任代理主席。",
        [
            (S, "王宪魁", "黑龙江省省长"),
            (A, "陆昊", "黑龙江省代理省长"),
            (S, "马飚", "广西壮族自治区主席"),
            (A, "陈武", "广西壮族自治区代理主席"),
        ],
        id="resign-then-acting-same-clause",
    ),
    pytest.param(
        "张三辞去北京市财政局局长职务，李四任代理局长。",
        [(S, "张三", CZ), (A, "李四", "北京市财政局代理局长")],
        id="resign-then-dai",
    ),
    pytest.param(
        "张三辞去北京市财政局局长职务，李四任副主任。",  # round 24: 副局长 is the head's deputy, carried
        [(S, "张三", CZ), (A, "李四", "副主任")],
        id="other-title-not-carried",
    ),
    pytest.param(
        "张三辞去北京市财政局局长职务。李四任代理局长。",
        [(S, "张三", CZ), (A, "李四", "代理局长")],
        id="next-sentence-not-carried",
    ),
]

DEPUTY_ROWS = [
    # round 6 kept the post of another clause as printed; since round 24 a head's deputy takes the head's
    # organization, as the dev labels give it (赵凌国为大兴乡乡长,王文志、庄德华、陶维琴为副乡长 → 大兴乡副乡长,
    # hljszw; 委任刘军励为政府总部事务局局长、李月梅为副局长, govmo); another title is still left as printed
    pytest.param(
        "选举王某为大兴乡乡长，张某、李某为副乡长。",
        [(A, "王某", "大兴乡乡长"), (A, "张某", "大兴乡副乡长"), (A, "李某", "大兴乡副乡长")],
        id="deputies-as-printed",
    ),
    pytest.param(
        "张三辞去沛县县长职务，李四任副县长。",
        [(S, "张三", "沛县县长"), (A, "李四", "沛县副县长")],
        id="after-a-resignation-not",
    ),
    pytest.param(
        f"任命张三为{CZ}，李四为副局长。",
        [(A, "张三", CZ), (A, "李四", "北京市财政局副局长")],
        id="bureau-deputy-not-carried",
    ),
]

SUCCESSOR_ROWS = [
    pytest.param(
        "决定免去栗智的乌鲁木齐市委书记职务，由朱海仑接任。",
        [(R, "栗智", "乌鲁木齐市委书记"), (A, "朱海仑", "乌鲁木齐市委书记")],
        id="jieren",
    ),
    pytest.param(f"免去张三的{CZ}职务，由李四同志继任。", [(R, "张三", CZ), (A, "李四", CZ)], id="jiren-tongzhi"),
    pytest.param(f"免去张三的{CZ}职务,由李四接替。", [(R, "张三", CZ), (A, "李四", CZ)], id="jieti-ascii-comma"),
    pytest.param(
        "免去张三、王五的北京市财政局副局长职务，由李四接任。",
        [(R, "张三", "北京市财政局副局长"), (R, "王五", "北京市财政局副局长")],
        id="two-removed-which-post-unclear",
    ),
    pytest.param(f"任命张三为{CZ}，由李四接任。", [(A, "张三", CZ)], id="after-an-appointment-nothing"),
]

STRAY_ROWS = [
    pytest.param(
        "会议决定，接受张三辞去北京市市长职务的请求,,任命李四为北京市副市长,、代理市长。",
        [(S, "张三", "北京市市长"), (A, "李四", "北京市副市长"), (A, "李四", "北京市代理市长")],
        id="stray-commas",
    ),
    pytest.param("不满46岁的陆昊被任命为黑龙江省代省长。", [(A, "陆昊", "黑龙江省代省长")], id="attributive-passive"),
    pytest.param(f"现年51岁的张三同志被任命为{CZ}。", [(A, "张三", CZ)], id="attributive-passive-tongzhi"),
]

TABLE_ROWS = [
    pytest.param(
        f"姓名\t任免职务\n张三\t任{CZ}\n李四\t免去{SJ}职务", [(A, "张三", CZ), (R, "李四", SJ)], id="verb-in-cell-tabs"
    ),
    pytest.param(
        f"| 姓名 | 任免事项 |\n| 张三 | 任{CZ}，免去北京市审计局副局长职务 |\n| 李四 | 兼任北京市审计局党组书记 |",
        [(A, "张三", CZ), (R, "张三", "北京市审计局副局长"), (A, "李四", "北京市审计局党组书记")],
        id="verb-in-cell-pipes-two-changes",
    ),
    pytest.param(f"姓名 | 职务任免\n张三 | 免{CZ}", [(R, "张三", CZ)], id="verb-in-cell-mian"),
    pytest.param(f"姓名\t职务任免\n张三\t{CZ}", [], id="verb-in-cell-without-verb"),
    pytest.param(f"姓名\t任免情况\t职务\n张三\t任\t{CZ}", [(A, "张三", CZ)], id="action-column-still"),
]

FURTHER_POST_ROWS = [
    pytest.param(
        f"任命\n张三　{CZ}\n　　　北京市财政局党组书记\n李四　{SJ}",
        [(A, "张三", CZ), (A, "张三", "北京市财政局党组书记"), (A, "李四", SJ)],
        id="second-post-line",
    ),
    pytest.param(
        f"免去：\n张三　{CZ}\n北京市财政局党组书记",
        [(R, "张三", CZ), (R, "张三", "北京市财政局党组书记")],
        id="second-post-line-removal",
    ),
    pytest.param(f"任命：\n张三：{CZ}\n{SJ}\n李四", [(A, "张三", CZ)], id="post-then-its-holder-below"),
    pytest.param(
        f"任命：\n张三　{CZ}\n北京市教育局\n李四　检察员",
        [(A, "张三", CZ), (A, "李四", "北京市教育局检察员")],
        id="unit-subheading-not-a-post",
    ),
]

ELECTION_ROWS = [
    pytest.param(
        "福建省十二届人大四次会议举行第三次全体会议选举于伟国为省长。",
        [(A, "于伟国", "福建省省长")],
        id="session-place",
    ),
    pytest.param(
        "1月30日在贵州省第十二届人民代表大会第四次会议上，孙志刚当选为省长。",
        [(A, "孙志刚", "贵州省省长")],
        id="session-place-earlier-clause",
    ),
    pytest.param(
        "沛县第十七届人民代表大会第一次会议选举张三为县长，李四、王五为副县长。",
        [(A, "张三", "沛县县长"), (A, "李四", "沛县副县长"), (A, "王五", "沛县副县长")],
        id="session-place-county",
    ),
    pytest.param("福建省十二届人大四次会议选举于伟国为市长。", [(A, "于伟国", "市长")], id="session-place-other-level"),
    pytest.param(
        "北京市人大常委会会议决定任命张三为副市长。", [(A, "张三", "副市长")], id="standing-committee-not-taken"
    ),
    pytest.param(
        "在这次北京市第十五届人民代表大会第一次会议上，张三当选为市长。", [(A, "张三", "市长")], id="place-unclear-left"
    ),
    pytest.param("代理省长3个月的孙志刚当选贵州省长。", [(A, "孙志刚", "贵州省长")], id="attributive-elected"),
]

BIOGRAPHY_ROWS = [
    pytest.param(f"时任北京市审计局局长的张三被任命为{CZ}。", [(A, "张三", CZ)], id="career-word-before-a-change"),
    pytest.param(
        f"经研究决定：张三任{CZ}；李四，1968年生，曾任北京市审计局副局长，现任{SJ}。",
        [(A, "张三", CZ)],
        id="career-over-commas-until-its-sentence-ends",
    ),
    pytest.param(
        f"会议决定任命张三为{CZ}。张三，男，1970年10月出生，中共党员。李四为{SJ}。",
        [(A, "张三", CZ), (A, "李四", SJ)],
        id="verb-goes-on-after-a-career-sentence",
    ),
    pytest.param(f"任命曾任冠为{CZ}。", [(A, "曾任冠", CZ)], id="surname-zeng-not-a-career"),
    pytest.param(
        f"曾任冠同志任{CZ}，免去其{SJ}职务。", [(A, "曾任冠", CZ), (R, "曾任冠", SJ)], id="surname-zeng-first"
    ),
    pytest.param(
        "河北省第十二届人民代表大会第四次会议选举赵克志为河北省人大常委会主任。赵克志生于1953年，山东莱西人，"
        "曾任山东省副省长，江苏省委常委、副省长。",
        [(A, "赵克志", "河北省人大常委会主任")],
        id="election-then-career",
    ),
    pytest.param(
        "任命张三为北京市财政局局长。张三，1970年10月生，历任北京市审计局副局长、局长。",
        [(A, "张三", CZ)],
        id="appointment-then-career",
    ),
]

DECIDED_ROWS = [
    pytest.param(
        "沈阳市第十五届人民代表大会常务委员会第十七次会议决定潘利国为沈阳市人民政府代理市长。",
        [(A, "潘利国", "沈阳市人民政府代理市长")],
        id="session-decides-wei",
    ),
    pytest.param("市人大常委会决定张三为代理市长。", [(A, "张三", "代理市长")], id="committee-decides-wei"),
    pytest.param(
        "会议决定罢免张三的北京市人民政府副市长职务。", [(R, "张三", "北京市人民政府副市长")], id="session-decides-verb"
    ),
    pytest.param("会议决定，下周召开全体会议。", [], id="session-decides-no-change"),
    pytest.param(
        "市委决定：免去孙某同志北京市某区区委副书记的职务；俞某同志担任北京市某区区委副书记。",
        [(R, "孙某", "北京市某区区委副书记"), (A, "俞某", "北京市某区区委副书记")],
        id="danren-after-removal-appoints",
    ),
    pytest.param(
        f"经研究决定：\n免去赵六的{SJ}职务；\n钱七同志担任{CZ}。",
        [(R, "赵六", SJ), (A, "钱七", CZ)],
        id="danren-next-line",
    ),
    pytest.param(
        "会议经表决，录用陈某为全国人大民族委员会副主任委员。",
        [(A, "陈某", "全国人大民族委员会副主任委员")],
        id="luyong",
    ),
    pytest.param("拟录用张三为北京市财政局科员。", [], id="luyong-proposed"),
]

NAMES_AFTER_POST_ROWS = [
    pytest.param(
        "会议选出的政协第十二届全国委员会副主席是:杜青林、令计划、韩启德、帕巴拉·格列朗杰。",
        [(A, n, "政协第十二届全国委员会副主席") for n in ("杜青林", "令计划", "韩启德", "帕巴拉·格列朗杰")],
        id="xuanchu-names-after-post",
    ),
    pytest.param(
        "会议选举产生的北京市人大常委会副主任是：张三、李四。",
        [(A, "张三", "北京市人大常委会副主任"), (A, "李四", "北京市人大常委会副主任")],
        id="xuanju-chansheng-names-after-post",
    ),
    pytest.param("大会的执行主席是杜青林、万钢、林文漪。", [], id="session-role-not-elected"),
    pytest.param("会议选出的副主席是：张三。", [], id="one-name-not-a-list"),
]

JOINED_NAMES_ROWS = [
    pytest.param(
        "选举汪国彬和孙学清为大兴乡副乡长。",
        [(A, "汪国彬", "大兴乡副乡长"), (A, "孙学清", "大兴乡副乡长")],
        id="he",
    ),
    pytest.param(
        "任命张三、李四及王五为北京市财政局副局长。",
        [(A, n, "北京市财政局副局长") for n in ("张三", "李四", "王五")],
        id="dunhao-ji",
    ),
    pytest.param(
        "任命张三同志和李四同志为北京市财政局副局长。",
        [(A, "张三", "北京市财政局副局长"), (A, "李四", "北京市财政局副局长")],
        id="he-tongzhi",
    ),
    pytest.param(
        "免去张三和李四的北京市财政局副局长职务。",
        [(R, "张三", "北京市财政局副局长"), (R, "李四", "北京市财政局副局长")],
        id="he-removal",
    ),
    # never a person ending in 和 nor a post holding another person (both were false records)
    pytest.param("任命张三同志和某某同志为北京市财政局副局长。", [], id="he-unread-name-gives-nothing"),
    pytest.param("中国和美国为北京市财政局副局长。", [], id="he-not-names"),
    pytest.param("任命局长及副局长为北京市财政局党组成员。", [], id="ji-titles"),
]

TOLD_TWICE_ROWS = [
    pytest.param(
        "黑龙江省人大任命张某为省法院副院长\n会议决定任命张某为黑龙江省高级人民法院副院长。",
        [(A, "张某", "黑龙江省高级人民法院副院长")],
        id="court-short-form-then-full",
    ),
]

LAPSE_ROWS = [
    pytest.param(
        "罗某的第十四届全国人民代表大会常务委员会委员、全国人民代表大会教育科学文化卫生委员会委员职务相应撤销，"
        "刘某的第十四届全国人民代表大会常务委员会委员职务相应撤销。",
        [
            (R, "罗某", "第十四届全国人民代表大会常务委员会委员"),
            (R, "罗某", "全国人民代表大会教育科学文化卫生委员会委员"),
            (R, "刘某", "第十四届全国人民代表大会常务委员会委员"),
        ],
        id="lapse-xiangying-chexiao",
    ),
    pytest.param(f"张三同志{CZ}职务自然免除。", [(R, "张三", CZ)], id="lapse-ziran-mianchu"),
    pytest.param(
        "张三、李四的北京市人大常委会委员职务自然撤销。",
        [(R, "张三", "北京市人大常委会委员"), (R, "李四", "北京市人大常委会委员")],
        id="lapse-two-names",
    ),
    pytest.param("王小明北京市财政局局长职务自然免除。", [], id="lapse-name-unbounded"),
    pytest.param("有关人员的职务相应撤销。", [], id="lapse-no-name"),
    pytest.param("张三的北京市人大常委会委员职务相应终止。", [], id="lapse-zhongzhi-not-labelled"),
]

NEGATIVE_ROWS = [
    pytest.param("张三以190票的高票当选为北京市人民政府市长。", id="vote-count-is-no-attributive"),
    pytest.param("张三的高票当选为北京市人民政府市长。", id="adverb-is-no-name"),
    pytest.param(f"2015年的张三被任命为{CZ}。", id="dated-attributive-story"),
    pytest.param(f"张三的秘书被任命为{CZ}。", id="attributive-not-a-name"),
    pytest.param(f"张三，男，1970年生，曾任{CZ}。", id="biography-ceng"),
    pytest.param("张三历任北京市财政局副局长、局长。", id="biography-li"),
    pytest.param(f"张三同志2010年起任{CZ}。", id="biography-year"),
    pytest.param("提名张三为北京市人民政府副市长人选。", id="nomination"),
    pytest.param("张三同志任期届满。", id="term-ends"),
    pytest.param("| 姓名 | 职务 | 单位 |\n| 张三 | 局长 | 北京市财政局 |", id="staff-table"),
    pytest.param(f"新任命的{CZ}张三到任。", id="noun-phrase-left-out"),
    pytest.param("张三同志职级晋升为二级调研员。", id="grade-promotion"),
]


CHANGE_ROWS = (
    REMARK_ROWS
    + QI_ROWS
    + SECONDMENT_ROWS
    + CARRIED_ROWS
    + SENTENCE_ORG_ROWS
    + DEPUTY_ROWS
    + SUCCESSOR_ROWS
    + STRAY_ROWS
    + TABLE_ROWS
    + FURTHER_POST_ROWS
    + ELECTION_ROWS
    + BIOGRAPHY_ROWS
    + DECIDED_ROWS
    + NAMES_AFTER_POST_ROWS
    + JOINED_NAMES_ROWS
    + TOLD_TWICE_ROWS
    + LAPSE_ROWS
)


@pytest.mark.parametrize(("text", "expected"), CHANGE_ROWS)
def test_changes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize("text", NEGATIVE_ROWS)
def test_gives_nothing(text: str) -> None:
    assert changes(text) == []


def test_traditional_through_the_api() -> None:
    gazette = parse_text("任命張三（正處級）為北京市財政局局長；免去李四（回族）的北京市審計局局長職務。")
    got = [(a.action, a.person, a.position) for d in gazette.documents for a in d.appointments]
    assert got == [(A, "张三", CZ), (R, "李四", SJ)]


def roster(text: str) -> list[tuple[str, str]]:
    return [(m["role"], m["person"]) for m in extract_members(split_blocks(text))]


ROSTER_ROWS = [
    pytest.param(
        "职务 | 姓名 | 单位及职务\n组长 | 张三 | 市长\n副组长 | 李四 | 副市长",
        [("组长", "张三"), ("副组长", "李四")],
        id="table-no-outer-pipes-with-header",
    ),
    pytest.param(
        "组长 | 张三 | 市长\n副组长 | 李四 | 副市长", [("组长", "张三"), ("副组长", "李四")], id="table-no-outer-pipes"
    ),
    pytest.param(
        "张三 | 组长 | 市长\n李四 | 副组长 | 副市长", [("组长", "张三"), ("副组长", "李四")], id="table-role-second"
    ),
    pytest.param("组长：市长张三", [("组长", "张三")], id="glued-post-name-alone"),
    pytest.param(
        "组长：县长张三\n副组长：副县长李四", [("组长", "张三"), ("副组长", "李四")], id="glued-post-name-lines"
    ),
    pytest.param("组长：市长张三。", [("组长", "张三")], id="glued-post-name-full-stop"),
    pytest.param("组长：由市长担任", [], id="held-by-post-only"),
    pytest.param("组长：市长张三兼任", [], id="glued-with-verb-left-out"),
    pytest.param("姓名 | 职务 | 单位\n张三 | 局长 | 北京市财政局", [], id="staff-table-no-role"),
    pytest.param(
        "成立了以市委书记张三为指挥长，市委副书记、市长李四为常务副指挥长，其余市领导为副指挥长的领导小组。",
        [("指挥长", "张三"), ("常务副指挥长", "李四")],
        id="attributive-holder-with-two-posts",
    ),
    pytest.param("成立以副市长、市长为组长的领导小组。", [], id="attributive-posts-only"),
]


@pytest.mark.parametrize(("text", "expected"), ROSTER_ROWS)
def test_rosters(text: str, expected: list[tuple[str, str]]) -> None:
    assert roster(text) == expected
