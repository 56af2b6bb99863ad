"""Appointments round 19 (issue 9): the failing component, not the layout.

Every missed or false record of the round's FIT pages was traced to the component that lost it (the document
gate, the trigger, the clause split, the name, the post, a precision guard, a FORMAT convention); the fixes
below are made in that component, so they hold on every page that uses it. Classes, each with variants and
negatives:
* titles the table lacked (委员长, 副委员长, 董事会秘书, 首席执行官, 总裁, 非执行董事, 主教练, 首相, 议长 …): every
  clause naming one read as no post, whatever its layout.
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes, news_page, unique_rows

A, R, S = "appoint", "remove", "resign"
Change = tuple[str, str, str]


# --- titles the table lacked (component e) ------------------------------------------------------------------

_NEW_TITLES = {
    "委员长": "全国人民代表大会常务委员会委员长",
    "副委员长": "全国人大常委会副委员长",
    "董事会秘书": "公司董事会秘书",
    "首席执行官": "本公司首席执行官",
    "首席财务官": "某集团首席财务官",
    "总裁": "某集团有限公司总裁",
    "高级副总裁": "某股份有限公司高级副总裁",
    "非执行董事": "本公司非执行董事",
    "独立非执行董事": "本公司独立非执行董事",
    "主教练": "某篮球俱乐部主教练",
    "首相": "首相",
    "议长": "某市议会议长",
}
NEW_TITLES = unique_rows(
    [
        *[
            pytest.param(f"会议决定，任命张三为{post}。", [(A, "张三", post)], id=f"renming-{title}")
            for title, post in _NEW_TITLES.items()
        ],
        *[
            pytest.param(f"李四先生因个人原因辞去{post}职务。", [(S, "李四", post)], id=f"resign-{title}")
            for title, post in _NEW_TITLES.items()
            if title in ("董事会秘书", "首席执行官", "总裁", "非执行董事", "主教练")
        ],
        pytest.param(
            "张德江当选为第十二届全国人民代表大会常务委员会委员长，李建国、陈昌智当选为副委员长。",
            [
                (A, "张德江", "第十二届全国人民代表大会常务委员会委员长"),
                (A, "李建国", "第十二届全国人民代表大会常务委员会副委员长"),  # the head's body (round 24)
                (A, "陈昌智", "第十二届全国人民代表大会常务委员会副委员长"),
            ],
            id="elected-chairman-and-vice-chairmen",
        ),
        pytest.param(
            "張德江當選為第十二屆全國人民代表大會常務委員會委員長。",
            [(A, "张德江", "第十二届全国人民代表大会常务委员会委员长")],
            id="traditional-chairman",
        ),
        pytest.param(
            "公司董事会近日收到辞职报告，陈正钢先生申请辞去公司董事会秘书职务。",
            [(S, "陈正钢", "公司董事会秘书")],
            id="board-secretary-company-notice",
        ),
        pytest.param(
            "经董事会审议，聘任王五先生为公司总裁、首席执行官。",
            [(A, "王五", "公司总裁"), (A, "王五", "公司首席执行官")],
            id="two-officer-titles-org-carried",
        ),
    ]
)

NEW_TITLES_NEGATIVE = unique_rows(
    [
        pytest.param("美国前总统奥巴马在会上说，他担任总统期间很忙。", [], id="president-story"),
        pytest.param("公司总裁张三出席了签约仪式。", [], id="ceo-attends"),
        pytest.param("主教练李四在赛后发布会上表示满意。", [], id="coach-speaks"),
        pytest.param("委员长会议听取了有关报告。", [], id="chairmen-meeting"),
        pytest.param("张三拟任公司董事会秘书。", [], id="proposal-board-secretary"),
        pytest.param("提名李四为公司首席执行官人选。", [], id="nomination-ceo"),
        pytest.param("张三曾任某集团总裁、首席执行官。", [], id="past-post"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), NEW_TITLES + NEW_TITLES_NEGATIVE)
def test_titles_the_table_lacked(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a campus or branch in brackets inside the organization (component e) -----------------------------------

CAMPUS = unique_rows(
    [
        *[
            pytest.param(
                f"经研究决定，马俊杰任中国地质大学{o}北京{c}党委书记。",
                [(A, "马俊杰", "中国地质大学（北京）党委书记")],
                id=f"campus-ren-{o}",
            )
            for o, c in (("(", ")"), ("（", "）"))
        ],
        pytest.param(
            "教育部党组宣布了有关任免决定，王鸿冰不再担任中国地质大学(北京)党委书记。",
            [(R, "王鸿冰", "中国地质大学（北京）党委书记")],
            id="campus-buzai-danren",
        ),
        pytest.param(
            "会议决定，任命张三为中国石油大学（华东）副校长。",
            [(A, "张三", "中国石油大学（华东）副校长")],
            id="campus-renming-huadong",
        ),
        pytest.param(
            "免去李四的哈尔滨工业大学（深圳）党工委书记职务。",
            [(R, "李四", "哈尔滨工业大学（深圳）党工委书记")],
            id="campus-mianqu",
        ),
        pytest.param(
            "經研究決定，王五任中國礦業大學（北京）校長。",
            [(A, "王五", "中国矿业大学（北京）校长")],
            id="campus-traditional",
        ),
    ]
)

CAMPUS_NEGATIVE = unique_rows(
    [
        pytest.param("经研究决定，张三任某某大学(挂职)副校长。", [], id="secondment-remark-in-org"),
        pytest.param("经研究决定，张三任某某大学(正处级)副校长。", [], id="grade-remark-in-org"),
        pytest.param("经研究决定，张三任某市财政局(北京)局长。", [], id="bureau-never-a-campus"),
        pytest.param("中国地质大学(北京)党委书记张三出席会议。", [], id="campus-post-in-a-story"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), CAMPUS + CAMPUS_NEGATIVE)
def test_campus_in_brackets(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a decision announced before its changes, in the same sentence (component f) ----------------------------

ANNOUNCED = unique_rows(
    [
        *[
            pytest.param(
                f"南京大学举行全校教师干部大会，{verb}了中共中央、国务院关于南京大学校长职务任免的决定，"
                "吕建为南京大学校长(副部长级)。",
                [(A, "吕建", "南京大学校长")],
                id=f"announced-{verb}",
            )
            for verb in ("宣布", "宣读", "公布", "传达")
        ],
        pytest.param(
            "教育部党组在中国地质大学宣布了有关任免决定，马俊杰为中国地质大学党委书记，王鸿冰不再担任中国地质大学党委书记。",
            [(A, "马俊杰", "中国地质大学党委书记"), (R, "王鸿冰", "中国地质大学党委书记")],
            id="announced-two-changes",
        ),
        pytest.param(
            "大會宣佈了中共中央、國務院關於某大學校長職務任免的決定，張三為某大學校長。",
            [(A, "张三", "某大学校长")],
            id="announced-traditional",
        ),
    ]
)

ANNOUNCED_NEGATIVE = unique_rows(
    [
        pytest.param("会议将宣布有关任免决定，张三为某市委书记。", [], id="future-announcement"),
        pytest.param("他宣布了公司的投资决定，张三为项目负责人。", [], id="not-a-post"),
        pytest.param("宣布了有关任免决定。张三为某大学校长的同学。", [], id="next-sentence-story"),
        pytest.param("会议宣布了建议决定，张三为某大学校长人选。", [], id="nominee"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED + ANNOUNCED_NEGATIVE)
def test_decision_announced_before_its_changes(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- resignations in the forms company and club notices print (components b, c, d) -------------------------

_CO = "公司董事长"
RESIGNATIONS = unique_rows(
    [
        *[
            pytest.param(
                f"公司董事会近日收到辞职报告，杨军{h}{f}辞去{_CO}职务。",
                [(S, "杨军", _CO)],
                id=f"filler-{h or 'bare'}-{f}",
            )
            for h in ("", "先生")
            for f in ("申请", "特申请", "提出", "主动申请", "决定")
        ],
        *[
            pytest.param(
                f"公司于今日收到报告，杨军因工作调整，{f}辞去{_CO}职务。", [(S, "杨军", _CO)], id=f"reason-comma-{f}"
            )
            for f in ("特申请", "提出", "决定")
        ],
        *[
            pytest.param(
                f"公司董事会收到报告，陈正钢先生申请辞去{lead}公司董事会秘书职务。",
                [(S, "陈正钢", "公司董事会秘书")],
                id=f"own-post-named-{lead}",
            )
            for lead in ("其所担任的", "其担任的", "所担任的")
        ],
        pytest.param(
            "北控俱乐部发布公告，主教练丁伟因个人原因辞去主教练职务。",
            [(S, "丁伟", "主教练")],
            id="held-post-then-reason",
        ),
        pytest.param(
            "公司董事长张三先生由于工作变动原因辞去董事长职务。",
            [(S, "张三", "董事长")],
            id="held-post-honorific-youyu",
        ),
        pytest.param(
            "当天，王五以个人工作变动为由辞去某市国资委主任职务。",
            [(S, "王五", "某市国资委主任")],
            id="reason-yi-weiyou",
        ),
        pytest.param(
            "董事会收到辞职报告，臧亚利女士决定辞去公司总经理职务以及董事会副董事长职务。",
            [(S, "臧亚利", "公司总经理"), (S, "臧亚利", "董事会副董事长")],
            id="posts-joined-yiji",
        ),
        pytest.param(
            "免去李四的某市财政局局长职务和某市国资委主任职务。",
            [(R, "李四", "某市财政局局长"), (R, "李四", "某市国资委主任")],
            id="posts-joined-he-removal",
        ),
        pytest.param(
            "公司董事会收到报告，陈正钢先生申请辞去公司董事会 秘书职务。",
            [(S, "陈正钢", "公司董事会秘书")],
            id="pdf-space-inside-post",
        ),
        pytest.param(
            "公司董事會近日收到辭職報告，楊軍先生特申請辭去公司董事長職務。",
            [(S, "杨军", _CO)],
            id="traditional-filler",
        ),
    ]
)

RESIGNATIONS_NEGATIVE = unique_rows(
    [
        pytest.param("张三拟申请辞去公司董事长职务。", [], id="proposal"),
        pytest.param("张三将申请辞去公司董事长职务。", [], id="future"),
        pytest.param("会议决定辞去部分职务。", [], id="no-person"),
        pytest.param("张三表示不会辞去公司董事长职务。", [], id="denial"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), RESIGNATIONS + RESIGNATIONS_NEGATIVE)
def test_resignations_of_company_and_club_notices(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a verb printed again after 、 inside one clause (component c, the clause split) ------------------------

SECOND_VERB = unique_rows(
    [
        *[
            pytest.param(
                f"经过无记名投票，会议{v1}张三为某县人民政府县长、{v2}李四为某县人大常委会副主任。",
                [(A, "张三", "某县人民政府县长"), (A, "李四", "某县人大常委会副主任")],
                id=f"second-election-{v1}-{v2}",
            )
            for v1 in ("选举", "补选")
            for v2 in ("选举", "补选")
        ],
        *[
            pytest.param(
                f"会议审议决定有关人事事项，任命袁罡同志为金山区人民政府副区长、决定{q}代理区长{tail}。",
                [(A, "袁罡", "金山区人民政府副区长"), (A, "袁罡", "金山区人民政府代理区长")],
                id=f"decided-acting-after-dun-{q}{tail or 'bare'}",
            )
            for q in ("为", "其为")
            for tail in ("", "等")
        ],
        pytest.param(
            "會議選舉張三為某縣人民政府縣長、選舉李四為某縣人大常委會副主任。",
            [(A, "张三", "某县人民政府县长"), (A, "李四", "某县人大常委会副主任")],
            id="second-election-traditional",
        ),
    ]
)

SECOND_VERB_NEGATIVE = unique_rows(
    [
        pytest.param(
            "会议决定任命卢新华为桂林市副市长，并决定其代理市长职务。",
            [(A, "卢新华", "桂林市副市长"), (A, "卢新华", "代理市长")],
            id="after-a-comma-no-organization-carried",
        ),
        pytest.param(
            "会议选举张三为某县人民政府县长、选举工作顺利完成。", [(A, "张三", "某县人民政府县长")], id="no-name"
        ),
        pytest.param("会议决定、选举等议程顺利完成。", [], id="agenda-words"),
        pytest.param("提名张三为某县人民政府县长人选、选举李四为某县人大代表。", [], id="nomination-and-seat"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), SECOND_VERB + SECOND_VERB_NEGATIVE)
def test_second_verb_after_dun(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- who announces, an adverb before the verb, the request accepted, 新一任 (components b, d) -----------------

LEADS_AND_REQUESTS = unique_rows(
    [
        *[
            pytest.param(
                f"广汽集团发布公告，{lead}曾庆洪先生辞去公司董事长职务。",
                [(S, "曾庆洪", "公司董事长")],
                id=f"announcing-lead-{lead}",
            )
            for lead in ("宣布", "宣布了", "公布")
        ],
        *[
            pytest.param(
                f"会议选举夏宝龙为秘书长，王晨{adv}被选为秘书长。",
                [(A, "夏宝龙", "秘书长"), (A, "王晨", "秘书长")],
                id=f"adverb-word-{adv}",
            )
            for adv in ("同时", "随后", "亦同时")
        ],
        *[
            pytest.param(
                f"董事会{verb}副总经理张三的{noun}。",
                [(S, "张三", "副总经理")],
                id=f"request-accepted-{verb}-{noun}",
            )
            for verb in ("同意", "接受", "批准")
            for noun in ("辞职申请", "辞职请求", "辞呈", "辞职报告")
        ],
        pytest.param(
            "北汽发布公告宣布，同意董事长姜德义、非执行董事廖振波和监事会主席李承军的辞职申请。",
            [(S, "姜德义", "董事长"), (S, "廖振波", "非执行董事"), (S, "李承军", "监事会主席")],
            id="request-accepted-three-holders",
        ),
        pytest.param(
            "公司召开董事会，选举冯兴亚为新一任董事长。", [(A, "冯兴亚", "董事长")], id="new-holder-mark-xinyiren"
        ),
        *[
            pytest.param(
                f"北京控股俱乐部10日发布公告，{lead}球队主教练丁伟辞职。",
                [(S, "丁伟", "球队主教练")],
                id=f"announcing-lead-post-first-{lead}",
            )
            for lead in ("宣布", "公布")
        ],
        pytest.param("阿卜杜拉宣布任命穆希丁为新任总理。", [(A, "穆希丁", "总理")], id="new-holder-mark-xinren"),
        pytest.param(
            "董事會同意副總經理張三的辭職申請。", [(S, "张三", "副总经理")], id="request-accepted-traditional"
        ),
    ]
)

LEADS_AND_REQUESTS_NEGATIVE = unique_rows(
    [
        *[
            pytest.param(f"董事会{refusal}副总经理张三的辞职申请。", [], id=f"request-refused-{refusal}")
            for refusal in ("不同意", "不予同意", "未批准", "拒绝接受", "暂缓批准")
        ],
        pytest.param("董事会同意张三的辞职申请。", [], id="request-without-post"),
        pytest.param("公司宣布张三为年度先进个人。", [], id="announced-not-a-post"),
        pytest.param("张三同时表示将继续支持公司发展。", [], id="adverb-no-verb"),
        pytest.param("董事会收到副总经理张三的辞职报告。", [], id="request-received-not-accepted"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), LEADS_AND_REQUESTS + LEADS_AND_REQUESTS_NEGATIVE)
def test_leads_adverbs_and_accepted_requests(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a forum's anti-copy noise before a line, a Tibetan name in a long list (components c, d) -------------

_NOISE = (
    "TVBNOW 含有熱門話題,最新最快電視,軟體,遊戲,電影,動漫及日常生活及興趣交流等資訊。! u% t- |) N# J, J/ C: a3 V% P\n"
)
NOISE_AND_LISTS = unique_rows(
    [
        pytest.param(
            "人大会议选举产生了委员长。% G# l0 Y3 W\n"
            + _NOISE
            + "張德江當選為第十二屆全國人民代表大會常務委員會委員長。",
            [(A, "张德江", "第十二届全国人民代表大会常务委员会委员长")],
            id="noise-line-traditional",
        ),
        pytest.param(
            "会议选举产生了委员长。 x7 `2 I/ v0\nb8 E% ^4 张德江当选为全国人大常委会委员长。",
            [(A, "张德江", "全国人大常委会委员长")],
            id="noise-glued-simplified",
        ),
        pytest.param(
            "李建国、王胜俊、向巴平措、万鄂湘当选为副委员长。",
            [
                (A, "李建国", "副委员长"),
                (A, "王胜俊", "副委员长"),
                (A, "向巴平措", "副委员长"),
                (A, "万鄂湘", "副委员长"),
            ],
            id="tibetan-name-in-list",
        ),
    ]
)

NOISE_AND_LISTS_NEGATIVE = unique_rows(
    [
        pytest.param("2015年，张三被任命为某局局长。", [], id="year-is-no-noise"),
        pytest.param("a3 V% P 向上级报告工作情况。", [], id="noise-then-no-change"),
        pytest.param("会议向各单位通报了情况，张三为联系人。", [], id="xiang-preposition"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), NOISE_AND_LISTS + NOISE_AND_LISTS_NEGATIVE)
def test_noise_and_long_lists(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- posts joined by 及 (component c): each ends in a title; a name holding 及 stays whole -------------------

JI_POSTS = unique_rows(
    [
        pytest.param(
            "广汽集团发布公告，宣布曾庆洪先生辞去公司董事长及董事等职务。",
            [(S, "曾庆洪", "公司董事长"), (S, "曾庆洪", "公司董事")],
            id="ji-two-titles-deng",
        ),
        pytest.param(
            "董事会聘任张三为公司总经理及财务负责人。",
            [(A, "张三", "公司总经理"), (A, "张三", "公司财务负责人")],
            id="ji-two-titles-appoint",
        ),
        pytest.param(
            "行政長官委任張三為商務及經濟發展局局長。", [(A, "张三", "商务及经济发展局局长")], id="ji-inside-a-name"
        ),
        pytest.param(
            "委任李四为运输及物流局局长。", [(A, "李四", "运输及物流局局长")], id="ji-inside-a-name-simplified"
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), JI_POSTS)
def test_posts_joined_by_ji(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- a held post, a name, a reason, the move after the comma; posts joined by 和; the surname 展 -------------

HELD_REASON_MOVE = unique_rows(
    [
        *[
            pytest.param(
                f"中国移动宣布：原中移动总经理王建宙因年龄原因，{verb}董事长。",
                [(A, "王建宙", "董事长")],
                id=f"held-reason-comma-{verb}",
            )
            for verb in ("改任", "调任", "转任", "升任")
        ],
        pytest.param(
            "公司董事长张三因个人原因，辞去董事长职务。", [(S, "张三", "董事长")], id="held-reason-comma-resign"
        ),
        pytest.param(
            "某县副县长李四由于工作需要，不再担任某县公安局局长职务。",
            [(R, "李四", "某县公安局局长")],
            id="held-reason-comma-buzai",
        ),
        pytest.param(
            "中国移动宣布：原中移动总经理王建宙改任董事长和党组书记。",
            [(A, "王建宙", "董事长"), (A, "王建宙", "党组书记")],
            id="posts-joined-he",
        ),
        pytest.param(
            "任命张三为某市住房和城乡建设局局长和党组书记。",
            [(A, "张三", "某市住房和城乡建设局局长"), (A, "张三", "某市住房和城乡建设局党组书记")],
            id="he-inside-a-name-and-between-posts",
        ),
        pytest.param("同时原山大校长展涛调任吉林大学校长。", [(A, "展涛", "吉林大学校长")], id="surname-zhan"),
    ]
)

HELD_REASON_MOVE_NEGATIVE = unique_rows(
    [
        pytest.param("某市副市长张三因病，住院治疗。", [], id="reason-no-change"),
        pytest.param("某市副市长张三因公出差，调研某市财政局工作。", [], id="reason-no-move"),
        pytest.param("展开调研为期三天，张三为组长。", [], id="zhan-starts-a-word"),
        pytest.param(
            "任命张三为某市人力资源和社会保障局局长。",
            [(A, "张三", "某市人力资源和社会保障局局长")],
            id="he-inside-a-name-only",
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), HELD_REASON_MOVE + HELD_REASON_MOVE_NEGATIVE)
def test_held_post_reason_and_move(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected


# --- an announced move with 将 (component g: the labelled corpus records it) -------------------------------

ANNOUNCED_FUTURE = unique_rows(
    [
        *[
            pytest.param(
                f"政府宣布高层官员任命，现任消防处副处长李建日{sep}将出任处长。",
                [(A, "李建日", "处长")],
                id=f"jiang-churen{'-comma' if sep else ''}",
            )
            for sep in ("", "，")
        ],
        pytest.param(
            "政府公布一批高层官员调动，政府新闻处处长朱曼铃，将于下月九日出任香港邮政署长。",
            [(A, "朱曼铃", "香港邮政署长")],
            id="jiangyu-xiayue-hk-postmaster",
        ),
        pytest.param(
            "原文化观光处处长陈璧君将于115年1月1日升任副县长。",
            [(A, "陈璧君", "副县长")],
            id="roc-year-shengren",
        ),
        pytest.param(
            "政府宣佈高層官員任命，現任消防處副處長李建日將出任處長。",
            [(A, "李建日", "处长")],
            id="traditional-jiang-churen",
        ),
        pytest.param(
            "县府发布人事命令，某县县长张三将接任某县委书记。", [(A, "张三", "某县委书记")], id="jiang-jieren"
        ),
    ]
)

ANNOUNCED_FUTURE_NEGATIVE = unique_rows(
    [
        *[
            pytest.param(f"{lead}张三将出任某市财政局局长。", [], id=f"rumour-{lead[:2]}")
            for lead in ("有消息称，", "外界盛传", "据悉，", "预计", "外界猜测")
        ],
        pytest.param("张三将出任某市财政局局长。", [], id="plan-without-announcement"),
        pytest.param("政府宣布，张三有望出任某市财政局局长。", [], id="youwang"),
        pytest.param("张三或将出任某市财政局局长。", [], id="huojiang"),
        pytest.param("如果张三将出任某市财政局局长，会议将另行通知。", [], id="conditional"),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_FUTURE + ANNOUNCED_FUTURE_NEGATIVE)
def test_announced_future_move(text: str, expected: list[Change]) -> None:
    assert api_changes(news_page(text)) == expected
