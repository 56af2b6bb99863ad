"""Appointments round 26 (issue 9, session 18): personnel sections and their reports, pages the corpus lacked.

New dev pages (a hospital's party news in Traditional characters, a provincial removal of six deputy secretaries-general
whose posts held now follow, a roundup of provincial capitals' party secretaries, a commentary quoting two provincial
decisions, a feature telling appointments by counts only) showed these classes; each is tested over its variants, with
rows that must give nothing:
* posts held now, told in a sentence of the present (…的6人，目前还担任着其他职务。A任X，B任Y。 / 目前有省长助理2人，其中
  A兼任X; vocab HELD_NOW_WORDS, HELD_NOW_CHANGE_WORDS) — no change; a sentence of the present holding a word of a change,
  and a run with no such lead, read as before;
* a head's title made acting by 代 alone (代主任, 代检察长 …; vocab ACTING_HEAD_TITLES);
* a proposal named by its change and adopted (表决通过任命A为X的提议; vocab ADOPTED_PROPOSAL_NOUNS) — one only heard or
  reviewed gives nothing;
* persons and places paired in order, the title printed once (A、B先后卸任甲、乙市委书记; vocab PAIRED_PLACE_ADVERBS/VERBS);
* 此次 / 这次 / 本次 between the person and the verb (NAME_TIME_ADVERBS);
* a new holder introduced by 是 (A是这次新当选的X; vocab NEWLY_CHOSEN_VERBS/TIMES);
* a change told inside 除…外 (vocab EXCEPTED_CHANGE_VERBS);
* new holders named only by their oath after the letters of appointment (vocab OATH_LIST_ENDS, APPOINTED_OATH_GATES);
* elected for the first time, told by 是 (A、B是首次当选X / (民革A、民盟B)是首次当选X; vocab FIRST_ELECTED_MARKS).
"""

from __future__ import annotations

import pytest
from record_helpers import api_changes

A, R = "appoint", "remove"


# --- posts held now, told in a sentence of the present ------------------------------------------------------------

_LEADS = (
    "被免去某省政府副秘书长职务的6人，目前还担任着其他政府部门的职务。",
    "被免职的两人，目前仍担任其他职务。",
    "上述同志现在仍担任其他单位的职务。",
    "这些干部当前还兼任着其他部门的职务。",
    "两人如今都担任其他职务。",
    "被免去某省政府副秘書長職務的6人,目前還擔任著其他政府部門的職務。",  # Traditional, half-width comma
)
_RUN = "高继泰任某省农村信用社联合社理事长，李杰任某省国家安全厅厅长，王宝柱任省直机关事务管理局局长。"
_RUN_TRAD = "高繼泰任某省農村信用社聯合社理事長,李杰任某省國家安全廳廳長,王寶柱任省直機關事務管理局局長。"

HELD_NOW_EMPTY_ROWS = [
    *[pytest.param(lead + _RUN, id=f"lead-{i}") for i, lead in enumerate(_LEADS)],
    pytest.param(_LEADS[5] + _RUN_TRAD, id="lead-trad-run-trad"),
    pytest.param("另外，某省政府目前有省长助理2人，其中王化文兼任省财政厅厅长。", id="qizhong-jianren"),
    pytest.param("另外,某省政府目前有省長助理2人,其中王化文兼任省財政廳廳長。", id="qizhong-jianren-trad"),
    pytest.param("张三目前担任某局局长。", id="muqian-danren"),
    pytest.param("李四现在兼任某委员会主任。", id="xianzai-jianren"),
    pytest.param("王五眼下仍任某县县长，负责全面工作。", id="yanxia-ren"),
    pytest.param("赵六如今担任某公司董事长。", id="rujin-danren"),
]


@pytest.mark.parametrize("text", HELD_NOW_EMPTY_ROWS)
def test_posts_held_now_are_no_change(text: str) -> None:
    assert api_changes(text) == []


HELD_NOW_KEPT_ROWS = [
    pytest.param(  # no lead of the present: the run of changes reads as before
        _RUN,
        [
            (A, "高继泰", "某省农村信用社联合社理事长"),
            (A, "李杰", "某省国家安全厅厅长"),
            (A, "王宝柱", "省直机关事务管理局局长"),
        ],
        id="run-without-lead",
    ),
    pytest.param(  # a word of a change after the lead: read
        _LEADS[0] + "会议任命张三为某局局长。",
        [(A, "张三", "某局局长")],
        id="change-after-lead",
    ),
    pytest.param(  # a word of a change in the sentence of the present: read
        "目前，会议决定任命张三为某局局长。",
        [(A, "张三", "某局局长")],
        id="present-with-decision",
    ),
    pytest.param(
        "目前，会议决定免去李四的某局局长职务。",
        [(R, "李四", "某局局长")],
        id="present-with-removal",
    ),
    pytest.param(  # the lead's sentence after the run: the run before it is read
        _RUN + _LEADS[0],
        [
            (A, "高继泰", "某省农村信用社联合社理事长"),
            (A, "李杰", "某省国家安全厅厅长"),
            (A, "王宝柱", "省直机关事务管理局局长"),
        ],
        id="lead-after-run",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_NOW_KEPT_ROWS)
def test_changes_beside_a_sentence_of_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


# --- a head's title made acting by 代 alone --------------------------------------------------------------------------

ACTING_ROWS = [
    pytest.param("决定王兴宁为陕西省监委代主任。", [(A, "王兴宁", "陕西省监委代主任")], id="teke168"),
    pytest.param("决定张三为某市人民检察院代检察长。", [(A, "张三", "某市人民检察院代检察长")], id="jianchazhang"),
    pytest.param("会议决定李四为某市公安局代局长。", [(A, "李四", "某市公安局代局长")], id="juzhang"),
    pytest.param(
        "任命王五为某省财政厅副厅长、代厅长。",
        [(A, "王五", "某省财政厅副厅长"), (A, "王五", "某省财政厅代厅长")],
        id="carried",
    ),
    pytest.param("决定赵六为某自治区人民政府代主席。", [(A, "赵六", "某自治区人民政府代主席")], id="zhuxi"),
    pytest.param("任命孙七为某大学代校长。", [(A, "孙七", "某大学代校长")], id="xiaozhang"),
]


@pytest.mark.parametrize(("text", "expected"), ACTING_ROWS)
def test_acting_head_with_dai(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


ACTING_EMPTY_ROWS = [
    pytest.param("张三代主任作了工作报告。", id="speaks-for"),
    pytest.param("李四代局长宣读了文件。", id="reads-for"),
]


@pytest.mark.parametrize("text", ACTING_EMPTY_ROWS)
def test_dai_title_without_change(text: str) -> None:
    assert api_changes(text) == []


# --- a proposal named by its change and adopted -------------------------------------------------------------------

ADOPTED_ROWS = [
    pytest.param(
        "在省十三届人大常委会第三次会议上，表决通过任命王兴宁为陕西省监委副主任的提议。",
        [(A, "王兴宁", "陕西省监委副主任")],
        id="teke168",
    ),
    pytest.param("会议表决通过了免去张三的某局局长职务的议案。", [(R, "张三", "某局局长")], id="remove-yian"),
    pytest.param(
        "会议表决通过了关于任命张三为某局局长的议案，李四作了说明。", [(A, "张三", "某局局长")], id="guanyu-comma"
    ),
    pytest.param("常委会通过任命张三为某局局长的提议。", [(A, "张三", "某局局长")], id="tongguo"),
]


@pytest.mark.parametrize(("text", "expected"), ADOPTED_ROWS)
def test_adopted_proposal_is_a_change(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


PROPOSAL_EMPTY_ROWS = [
    pytest.param("会议审议了任命张三为某局局长的议案。", id="reviewed"),
    pytest.param("会议听取了关于任命张三为某局局长的议案的说明。", id="heard"),
    pytest.param("主任会议提出了任命张三为某局局长的提议。", id="proposed"),
    pytest.param("县长提交了任命张三为某局局长的议案。", id="submitted"),
]


@pytest.mark.parametrize("text", PROPOSAL_EMPTY_ROWS)
def test_proposal_not_adopted_is_no_change(text: str) -> None:
    assert api_changes(text) == []


# --- persons and places paired in order, the title printed once -----------------------------------------------------

PAIRED_ROWS = [
    pytest.param(
        "原湖北省委副书记杨松、安徽省委副书记孙金龙、四川省委副书记李春城、宁夏回族自治区委副书记崔波、云南省委副书记仇和"
        "先后卸任武汉、合肥、成都、银川、昆明市委书记。",
        [
            (R, "杨松", "武汉市委书记"),
            (R, "孙金龙", "合肥市委书记"),
            (R, "李春城", "成都市委书记"),
            (R, "崔波", "银川市委书记"),
        ],
        id="okb",  # 仇和 does not read as a name (和): its pair is left out
    ),
    pytest.param(
        "杨松、孙金龙、李春城先后卸任武汉、合肥、成都市委书记。",
        [(R, "杨松", "武汉市委书记"), (R, "孙金龙", "合肥市委书记"), (R, "李春城", "成都市委书记")],
        id="bare-names",
    ),
    pytest.param(
        "张三、李四相继卸任甲乙、丙丁市长，",
        [(R, "张三", "甲乙市长"), (R, "李四", "丙丁市长")],
        id="xiangji",
    ),
    pytest.param(
        "张三、李四分别不再担任甲乙、丙丁市委书记职务。",
        [(R, "张三", "甲乙市委书记"), (R, "李四", "丙丁市委书记")],
        id="buzai-zhiwu",
    ),
    pytest.param(
        "张三、李四分别不再兼任甲乙、丙丁县委书记；",
        [(R, "张三", "甲乙县委书记"), (R, "李四", "丙丁县委书记")],
        id="buzai-jianren",
    ),
    pytest.param(
        "张三、李四分别就任甲乙、丙丁县委书记。",
        [(A, "张三", "甲乙县委书记"), (A, "李四", "丙丁县委书记")],
        id="jiuren",
    ),
    pytest.param(
        "张三、李四分别出任甲乙、丙丁市委书记。",
        [(A, "张三", "甲乙市委书记"), (A, "李四", "丙丁市委书记")],
        id="churen",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_ROWS)
def test_persons_and_places_paired(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


PAIRED_EMPTY_ROWS = [
    pytest.param("张三、李四、王五先后卸任甲乙、丙丁市委书记。", id="counts-differ"),
    pytest.param("张三、李四先后任甲乙、丙丁市委书记。", id="career-ren"),
    pytest.param("张三、李四先后担任甲乙、丙丁市委书记。", id="career-danren"),
    pytest.param("张三先后出任甲乙、丙丁市市长。", id="one-person-career"),
]


@pytest.mark.parametrize("text", PAIRED_EMPTY_ROWS)
def test_paired_places_no_change(text: str) -> None:
    assert api_changes(text) == []


# --- the change the story is about: 此次 / 这次 / 本次 between the person and the verb --------------------------------

THIS_TIME_ROWS = [
    pytest.param("郑彧此次被任命为福州市人民政府副市长。", [(A, "郑彧", "福州市人民政府副市长")], id="bkwk"),
    pytest.param("张三这次当选为某市副市长。", [(A, "张三", "某市副市长")], id="zheci"),
    pytest.param("李四本次当选为某协会会长。", [(A, "李四", "某协会会长")], id="benci"),
]


@pytest.mark.parametrize(("text", "expected"), THIS_TIME_ROWS)
def test_this_time_before_the_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


@pytest.mark.parametrize("text", ["张三此次调研了某局。", "李四此次出席了会议。"])
def test_this_time_without_a_change(text: str) -> None:
    assert api_changes(text) == []


# --- a new holder introduced by 是: A是这次新当选的X --------------------------------------------------------------------

NEWLY_CHOSEN_ROWS = [
    pytest.param(
        "华源是这次新当选的副市长，之前担任市政府副秘书长、市发改委主任，是我们班子里最年轻的。",
        [(A, "华源", "副市长")],
        id="sxjjr",
    ),
    pytest.param(
        "李政是这次新当选的副市长，他先后在崇明区、奉贤区担任区委书记。",
        [(A, "李政", "副市长")],
        id="sxjjr-career-after",
    ),
    pytest.param("张三是新任命的某局局长。", [(A, "张三", "某局局长")], id="renming"),
    pytest.param("李四为本次新当选的某协会会长。", [(A, "李四", "某协会会长")], id="wei-benci"),
    pytest.param("王五是此次新任的某县县长；", [(A, "王五", "某县县长")], id="xinren"),
]


@pytest.mark.parametrize(("text", "expected"), NEWLY_CHOSEN_ROWS)
def test_new_holder_introduced(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


NEWLY_CHOSEN_EMPTY_ROWS = [
    pytest.param("这是新当选的副市长。", id="zhe-shi"),
    pytest.param("他是这次新当选的副市长。", id="pronoun"),
    pytest.param("市长是新当选的。", id="no-post"),
    pytest.param("吴清是市委常委，上届市政府的常务副市长，这届留任。", id="kept-on"),
]


@pytest.mark.parametrize("text", NEWLY_CHOSEN_EMPTY_ROWS)
def test_not_a_new_holder(text: str) -> None:
    assert api_changes(text) == []


# --- a change told inside 除…外 ---------------------------------------------------------------------------------------

EXCEPTED_ROWS = [
    pytest.param(
        "除中山大学校长许宁生调任复旦大学校长外,其余均只涉及副校级;部分在岗校长主动提出卸任",
        [(A, "许宁生", "复旦大学校长")],
        id="xjdkctz",
    ),
    pytest.param("除了张三升任某局局长之外，其余均为平级调整。", [(A, "张三", "某局局长")], id="chule-zhiwai"),
    pytest.param("除赵六当选某协会会长外，其余理事均连任。", [(A, "赵六", "某协会会长")], id="dangxuan"),
    pytest.param(
        "会议决定，除周八不再担任某局局长外，其余班子成员不变。", [(R, "周八", "某局局长")], id="buzai-danren"
    ),
    pytest.param("除孙七卸任某集团董事长外，其余董事留任。", [(R, "孙七", "某集团董事长")], id="xieren"),
]


@pytest.mark.parametrize(("text", "expected"), EXCEPTED_ROWS)
def test_change_inside_chu_wai(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


EXCEPTED_EMPTY_ROWS = [
    pytest.param("除张三外，其余人员均出席了会议。", id="no-verb"),
    pytest.param("解除张三调任某局局长外，", id="jiechu"),
    pytest.param("除上述人员调任外，其余均未调整。", id="no-person"),
]


@pytest.mark.parametrize("text", EXCEPTED_EMPTY_ROWS)
def test_chu_wai_without_a_change(text: str) -> None:
    assert api_changes(text) == []


# --- new holders named only by the oath after their letters of appointment ----------------------------------------------

OATH_ROWS = [
    pytest.param(
        "随后，会议举行了宪法宣誓和颁发任命书仪式。省经济和信息化厅厅长陈新有、省司法厅厅长刘志诚、"
        "省卫生健康委员会主任何延政进行了宪法宣誓。陈新有领誓。",
        [(A, "陈新有", "省经济和信息化厅厅长"), (A, "刘志诚", "省司法厅厅长"), (A, "何延政", "省卫生健康委员会主任")],
        id="scfzbs",
    ),
    pytest.param(
        "主任向新任命人员颁发任命证书。县财政局局长张三、县教育局局长李四向宪法宣誓。",
        [(A, "张三", "县财政局局长"), (A, "李四", "县教育局局长")],
        id="zhengshu",
    ),
    pytest.param("会议颁发了任命书。县财政局局长张三向宪法庄严宣誓。", [(A, "张三", "县财政局局长")], id="one-pair"),
]


@pytest.mark.parametrize(("text", "expected"), OATH_ROWS)
def test_oath_takers_after_letters_of_appointment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


OATH_EMPTY_ROWS = [
    pytest.param("会议举行了宪法宣誓仪式。省司法厅厅长刘志诚、省自然资源厅厅长孙建军进行了宪法宣誓。", id="no-letter"),
    pytest.param("会议颁发了任命书。刘志诚、孙建军进行了宪法宣誓。", id="names-only"),
    pytest.param("会议颁发任命书，全体常委会组成人员进行了宪法宣誓。", id="members-all"),
    pytest.param(
        "我县举行县政府任命国家工作人员向宪法宣誓仪式。全体宣誓人员面向国旗整齐站立。", id="afcuspharma-no-names"
    ),
]


@pytest.mark.parametrize("text", OATH_EMPTY_ROWS)
def test_oath_without_new_holders(text: str) -> None:
    assert api_changes(text) == []


# --- elected for the first time, told by 是 ----------------------------------------------------------------------------

FIRST_ELECTED_ROWS = [
    pytest.param(
        "其中8位主委有6位(民革王红、民盟程红、民建高云龙、农工党于鲁明、九三学社刘忠范、台盟陈军)是首次当选主委,新老更替比例高达75%。",
        [(A, n, "主委") for n in ("王红", "程红", "高云龙", "于鲁明", "刘忠范", "陈军")],
        id="axyjyo",
    ),
    pytest.param(
        "有两位（民革王红、民盟程红）是首次当选主委。",
        [(A, "王红", "主委"), (A, "程红", "主委")],
        id="fullwidth-bracket",
    ),
    pytest.param(
        "王红、程红、高云龙是首次当选主委。",
        [(A, "王红", "主委"), (A, "程红", "主委"), (A, "高云龙", "主委")],
        id="bare-names",
    ),
    pytest.param("张三是第一次当选某协会理事长。", [(A, "张三", "某协会理事长")], id="diyici"),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_ELECTED_ROWS)
def test_first_elected(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert api_changes(text) == expected


FIRST_ELECTED_EMPTY_ROWS = [
    pytest.param("(其中两人)是首次当选主委,", id="no-name-in-bracket"),
    pytest.param("这是首次当选主委的人数。", id="zhe-shi"),
    pytest.param("张三是首次参加会议。", id="no-election"),
]


@pytest.mark.parametrize("text", FIRST_ELECTED_EMPTY_ROWS)
def test_first_elected_no_change(text: str) -> None:
    assert api_changes(text) == []
