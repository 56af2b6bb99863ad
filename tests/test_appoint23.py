"""Appointments round 23: news in Traditional characters (Hong Kong, Macau, Taiwan) and their mirrors.

The classes (rules in ``records/appointments/news_trad.py``, ``text/script.py`` and one line each in
``records/people.py`` and ``pipeline.py``; tables in round 23's block of ``vocab/personnel.py``):

* a note mark before a person opening a clause (``*7 王秀峰先生於2023年7月24日辭任X`` — an annual report's notes);
* a past or this month's time word between the person and the move (``杜玉波上月調任X``, 本月, 上周, 上個月, 月前);
* the verbs of these news read as the grammar's (``請辭X`` as 辭去X when its sentence says it was granted — 准辭, 獲准 —, ``退任X`` as 卸任X — a removal, as the corpus
  labels a director retiring —, ``就任X`` / ``宣誓就任X`` as 出任X), only after a person, never after a wish, a
  rumour, a plan, a demand or a rule (有意, 考慮, 擬, 將, 可能, 否認, 要求, 促, 須, 輪席 …);
* a post, its holder's name and the oath (``第17屆南投縣長林明溱宣誓就職`` → 林明溱, 南投縣長; the term dropped);
* a person's name as printed: the characters names keep that OpenCC folds (蔡德昇, never 蔡德升) and the variants
  a name folds (冼漢廸 → 冼汉迪);
* a post's vacancy before 由 its holder (``X的空缺,就由A接任``, 遺缺, 出缺), an age before the name (``33歲周羿希接任X``)
  and a verb or honorific split by a PDF's wrapped line (``獲委 任為X``, ``陸永新先 生``);
* a body's chair and members reappointed with their seats before the names (``再度委任醫管局現任主席A和2名現任成員B及C``)
  and new members counted, each after a profession or a past post (``另外委任2名新成員,分別是測量師D及…前任主席E``);
* a resignation with this year's month, a reason and 提早 before 辭任; titles of address (牧師); 出任為X; a removal and
  a resignation of the same person and post told as one leaving (the resignation);
* renewals (``獲再度委任為X``; never ``續任X``, a post kept) and Taiwan's ``真除X`` / ``派兼X``; a post named by the body's short name in
  a headline (``港台顧問委員會主席``) and in full in the text (``香港電台…``): one change, the full one;
* organization words shaped like a name (勞動, 康樂, 衞生, 高雄 …) are never a person: 勞動局長一職,由A接任 reads.

Each class in Simplified and Traditional, with and without honorifics, and with negative rows that give nothing.
"""

from __future__ import annotations

import pytest
from record_helpers import HEAD_T, api_changes, news_page
from table_helpers import assert_unique

from gazette_extract.records.people import is_person_name
from gazette_extract.text.script import person_as_printed, to_simplified

A, R, M = "appoint", "resign", "remove"
Change = tuple[str, str, str]


def _changes(text: str) -> list[Change]:
    return api_changes(news_page(text))


def _trad(text: str) -> str:
    return HEAD_T + text  # a Traditional page is converted whole: its head says so


# --- a note mark before the person ------------------------------------------------------------------------------

NOTE_MARKS = [
    *[
        pytest.param(
            f"甲。 {mark}7 王秀峰先生于2023年7月24日辞任本公司执行董事。",
            [(R, "王秀峰", "本公司执行董事")],
            id=f"mark-{mark}",
        )
        for mark in ("*", "＊", "#")
    ],
    pytest.param("※ 张三先生获委任为本公司执行董事。", [(A, "张三", "本公司执行董事")], id="mark-kome-appointed"),
    pytest.param("*7张三辞任本公司执行董事。", [(R, "张三", "本公司执行董事")], id="mark-glued-no-honorific"),
    pytest.param(
        _trad("＊7 張三先生於 2023 年 7 月 24 日辭任本公司董事會副主席及執行董事。"),
        [(R, "张三", "本公司董事会副主席"), (R, "张三", "本公司董事会执行董事")],
        id="trad-spaced-day-list",
    ),
    pytest.param(
        "#2 李四女士于同日退任本公司独立非执行董事。", [(M, "李四", "本公司独立非执行董事")], id="mark-retired"
    ),
    # negatives: a mark before no person, a mark inside a sentence
    pytest.param("*7 本公司于2023年7月24日召开董事会。", [], id="neg-mark-no-person"),
    pytest.param("*7 董事会于2023年7月24日开会。", [], id="neg-mark-body"),
]
assert_unique(NOTE_MARKS)


@pytest.mark.parametrize(("text", "expected"), NOTE_MARKS)
def test_note_mark_before_a_person(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- a time word between the person and the move ----------------------------------------------------------------

TIME_WORDS = [
    pytest.param(
        "原北航党委书记杜玉波上月调任教育部党组副书记、副部长。",
        [(A, "杜玉波", "教育部党组副书记"), (A, "杜玉波", "教育部副部长")],
        id="last-month-list",
    ),
    pytest.param("张三本月出任某署署长。", [(A, "张三", "某署署长")], id="this-month"),
    pytest.param("张三于上周辞去某市市长职务。", [(R, "张三", "某市市长")], id="yu-last-week"),
    pytest.param("王五上周接任某局局长。", [(A, "王五", "某局局长")], id="last-week"),
    pytest.param("赵六上星期接任某署署长。", [(A, "赵六", "某署署长")], id="last-week-xingqi"),
    pytest.param("张三上个月调任某局局长。", [(A, "张三", "某局局长")], id="last-month-ge"),
    pytest.param("张三月前调任某局局长。", [(A, "张三", "某局局长")], id="months-ago"),
    pytest.param(_trad("張三上個月調任某局局長。"), [(A, "张三", "某局局长")], id="trad-last-month"),
    pytest.param(_trad("李四先生上月出任某署署長。"), [(A, "李四", "某署署长")], id="trad-honorific"),
    # negatives: no move after the word, a rumour, a career
    pytest.param("张三上月主持会议。", [], id="neg-no-move"),
    pytest.param("传张三上月调任某局局长。", [], id="neg-rumour"),
    pytest.param("张三否认上月调任某局局长。", [], id="neg-denial"),
    pytest.param("本月调任某局局长的人选尚未公布。", [], id="neg-no-person"),
]
assert_unique(TIME_WORDS)


@pytest.mark.parametrize(("text", "expected"), TIME_WORDS)
def test_time_word_before_the_move(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- verbs of these news: 請辭, 退任, 就任 ------------------------------------------------------------------------

VERBS = [
    pytest.param("张三请辞某局局长获准。", [(R, "张三", "某局局长")], id="qingci-granted"),
    pytest.param("张三请辞某局局长，市长照准。", [(R, "张三", "某局局长")], id="qingci-zhaozhun"),
    pytest.param("张三先生请辞某公司董事，已获批准。", [(R, "张三", "某公司董事")], id="qingci-honorific"),
    pytest.param("高宝华因个人健康因素请辞青年局长，市长已准辞。", [(R, "高宝华", "青年局长")], id="qingci-reason"),
    pytest.param(_trad("高寶華因個人健康因素請辭青年局長,市長已准辭。"), [(R, "高宝华", "青年局长")], id="trad-qingci"),
    pytest.param(
        "庞述英先生于2023年6月2日退任本公司独立非执行董事。",
        [(M, "庞述英", "本公司独立非执行董事")],
        id="tuiren-day",
    ),
    pytest.param(
        _trad("龐述英女士退任本公司獨立非執行董事。"), [(M, "庞述英", "本公司独立非执行董事")], id="trad-tuiren"
    ),
    pytest.param("张三就任某市市长。", [(A, "张三", "某市市长")], id="jiuren"),
    pytest.param("林明溱宣誓就任南投县长。", [(A, "林明溱", "南投县长")], id="oath-jiuren"),
    pytest.param(_trad("林明溱宣誓就任南投縣長。"), [(A, "林明溱", "南投县长")], id="trad-oath-jiuren"),
    # negatives: a wish, a plan, a future, a guess, a denial, a demand, a rule, no post, no person
    *[
        pytest.param(f"张三{word}请辞某局局长。", [], id=f"neg-{word}")
        for word in ("有意", "考虑", "拟", "将", "可能", "否认", "不会")
    ],
    pytest.param("议员要求张三请辞某局局长。", [], id="neg-demand"),
    pytest.param("张三申请辞去某局局长职务获批准。", [(R, "张三", "某局局长")], id="shenqing-ciqu-not-qingci"),
    pytest.param("张三请辞某局局长。", [], id="neg-asked-not-granted"),
    pytest.param("张三因年龄原因请辞某委员会主席职务。", [], id="neg-asked-reason"),
    pytest.param("张三请辞某局局长。市长获准出席。", [], id="neg-granted-other-sentence"),
    pytest.param("议员促张三请辞某局局长。", [], id="neg-urge"),
    pytest.param("有意请辞的张三局长。", [], id="neg-no-person-before"),
    pytest.param("根据章程，董事须轮席退任。", [], id="neg-rotation-rule"),
    pytest.param("董事轮值退任本公司董事。", [], id="neg-rotation"),
    pytest.param("张三自就任某市市长以来。", [], id="neg-since-taking-office"),
]
assert_unique(VERBS)


@pytest.mark.parametrize(("text", "expected"), VERBS)
def test_news_verbs(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- a post, its holder, the oath -------------------------------------------------------------------------------

OATHS = [
    pytest.param("新任某市市长张三宣誓就职。", [(A, "张三", "某市市长")], id="new"),
    pytest.param("第7届某县县长李四宣誓就职。", [(A, "李四", "某县县长")], id="term-dropped"),
    pytest.param(
        "第17届南投县长林明溱宣誓就职演说时表示，感谢。", [(A, "林明溱", "南投县长")], id="goes-on-with-speech"
    ),
    pytest.param(
        _trad("第17屆南投縣長林明溱宣誓就職演說時表示,感謝各界。"), [(A, "林明溱", "南投县长")], id="trad-term"
    ),
    pytest.param(_trad("新任高雄市長陳其邁宣誓就職。"), [(A, "陈其迈", "高雄市长")], id="trad-new"),
    pytest.param("某县县长李四宣誓就任。", [(A, "李四", "某县县长")], id="oath-jiuren-after-name"),
    pytest.param("某县县长李四今天上午宣誓就职。", [(A, "李四", "某县县长")], id="oath-today-morning"),
    pytest.param(
        _trad("金門縣地政局長關嘉荣今天宣誓就職,同時生效的人事命令還有新任縣府財政處長陳國庭。"),
        [(A, "关嘉荣", "金门县地政局长"), (A, "陈国庭", "县府财政处长")],
        id="trad-oath-today",
    ),
    # negatives: no name, no post, a name with another verb before the oath's words, a wish
    pytest.param("某县第7届县长宣誓就职典礼。", [], id="neg-no-name"),
    pytest.param("张三宣誓就职。", [], id="neg-no-post"),
    pytest.param("前县长李四出席宣誓就职典礼。", [], id="neg-attended"),
    pytest.param("传某县县长李四将宣誓就职。", [], id="neg-rumour-future"),
    *[
        pytest.param(f"{lead}某县县长李四宣誓就职时曾说。", [], id=f"neg-past-{lead}")
        for lead in ("前", "原", "时任", "首任", "已故")
    ],
]
assert_unique(OATHS)


@pytest.mark.parametrize(("text", "expected"), OATHS)
def test_post_holder_oath(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- names as printed -------------------------------------------------------------------------------------------

NAMES = [
    pytest.param("蔡德昇", "蔡德昇", id="sheng-kept"),
    pytest.param("王陞", "王陞", id="sheng-variant-kept"),
    pytest.param("李乾", "李乾", id="qian-kept"),
    pytest.param("冼漢廸", "冼汉迪", id="di-variant"),
    pytest.param("陳栢豪", "陈柏豪", id="bai-variant"),
    pytest.param("李煕明", "李熙明", id="xi-variant"),
    pytest.param("張靑", "张青", id="qing-variant"),
    pytest.param("王淸", "王清", id="qing-water-variant"),
    pytest.param("陳徳", "陈德", id="de-variant"),
    pytest.param("林皐", "林皋", id="gao-variant"),
    pytest.param("曺文", "曹文", id="cao-variant"),
    pytest.param("林升", "林升", id="neg-printed-sheng"),  # 升 printed: nothing to take back
    pytest.param("陈干", "陈干", id="neg-printed-gan"),
]
assert_unique(NAMES)


@pytest.mark.parametrize(("printed", "expected"), NAMES)
def test_person_as_printed(printed: str, expected: str) -> None:
    original = "關於國務院會議的通知。委任" + printed + "為新成員。"
    simplified, converted = to_simplified(original)
    assert converted
    at = len("關於國務院會議的通知。委任")
    assert person_as_printed(simplified[at : at + len(printed)], simplified, original) == expected


def test_prose_keeps_the_conversion() -> None:
    """提昇 in prose is 提升: only a name read as a person is taken back."""
    simplified, _ = to_simplified("關於國務院會議的通知。提昇服務品質。")
    assert "提升" in simplified


NAME_PAGES = [
    pytest.param(
        "政府今日公布,委任蔡德昇、徐海山和冼漢廸為新成員。",
        [(A, "蔡德昇", "新成员"), (A, "徐海山", "新成员"), (A, "冼汉迪", "新成员")],
        id="trad-members",
    ),
    pytest.param("李四陞任某局局長。", [(A, "李四", "某局局长")], id="trad-verb-sheng-not-a-name"),
    pytest.param("張昇出任某署署長。", [(A, "张昇", "某署署长")], id="trad-sheng-name"),
]
assert_unique(NAME_PAGES)


@pytest.mark.parametrize(("text", "expected"), NAME_PAGES)
def test_names_as_printed_in_pages(text: str, expected: list[Change]) -> None:
    assert api_changes(_trad(text)) == expected


def test_variant_in_a_simplified_page() -> None:
    assert _changes("委任冼汉廸为某署署长。") == [(A, "冼汉迪", "某署署长")]


# --- organization words shaped like a name ------------------------------------------------------------------------

UNIT_WORDS = [
    *[
        pytest.param(word, False, id=f"unit-{word}")
        for word in ("劳动", "劳工", "康乐", "卫生", "高雄", "南投", "金门")
    ],
    pytest.param("王秋冬", True, id="neg-a-name"),
    pytest.param("劳大明", True, id="neg-surname-lao"),
    pytest.param("康宁", True, id="neg-surname-kang"),
]
assert_unique(UNIT_WORDS)


@pytest.mark.parametrize(("text", "expected"), UNIT_WORDS)
def test_unit_words_are_no_names(text: str, expected: bool) -> None:
    assert is_person_name(text) is expected


UNIT_PAGES = [
    pytest.param(
        _trad("勞動局長一職,由原觀傳局長王秋冬接任。"), [(A, "王秋冬", "劳动局长")], id="trad-post-first-yizhi"
    ),
    pytest.param("劳动部长由王秋冬接任。", [(A, "王秋冬", "劳动部长")], id="ministry-post-first"),
    pytest.param(
        "新任外交部长吴钊燮、劳动部长许铭春。",
        [(A, "吴钊燮", "外交部长"), (A, "许铭春", "劳动部长")],
        id="new-holders-list",
    ),
    # negative: the bureau alone is no post given
    pytest.param("劳动局长表示，将加强监管。", [], id="neg-no-change"),
]
assert_unique(UNIT_PAGES)


@pytest.mark.parametrize(("text", "expected"), UNIT_PAGES)
def test_unit_words_in_pages(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- a vacancy before 由, an age before the name, a word split by a wrapped line ----------------------------------

MORE_FORMS = [
    pytest.param("财政处长的空缺，由王五接任。", [(A, "王五", "财政处长")], id="vacancy-comma"),
    pytest.param("财政处长的空缺由王五接任。", [(A, "王五", "财政处长")], id="vacancy"),
    pytest.param("财政处长遗缺由王五接任。", [(A, "王五", "财政处长")], id="vacancy-yique"),
    pytest.param("财政处长一职的空缺由李四接任。", [(A, "李四", "财政处长")], id="vacancy-yizhi"),
    pytest.param("某局局长出缺由副局长张三接任。", [(A, "张三", "某局局长")], id="vacancy-chuque"),
    pytest.param(
        _trad("康樂及文化事務署署長的空缺,就由政府產業署署長劉明光,在十月四日接任。"),
        [(A, "刘明光", "康乐及文化事务署署长")],
        id="trad-vacancy-day",
    ),
    pytest.param("33岁周羿希接任青年局长。", [(A, "周羿希", "青年局长")], id="age"),
    pytest.param("33岁的周羿希接任青年局长。", [(A, "周羿希", "青年局长")], id="age-de"),
    pytest.param("３３岁周羿希出任青年局长。", [(A, "周羿希", "青年局长")], id="age-fullwidth"),
    pytest.param(_trad("其中,33歲周羿希接任青年局長。"), [(A, "周羿希", "青年局长")], id="trad-age-after-comma"),
    pytest.param("张三先生获委 任为本公司执行董事。", [(A, "张三", "本公司执行董事")], id="wrapped-verb"),
    pytest.param("张三先生辞 任本公司执行董事。", [(R, "张三", "本公司执行董事")], id="wrapped-resign"),
    pytest.param("张三女 士获委任为本公司执行董事。", [(A, "张三", "本公司执行董事")], id="wrapped-honorific"),
    pytest.param(
        _trad("而於同日馮波鳴先生獲委 任為本公司董事會主席及非執行董事。"),
        [(A, "冯波鸣", "本公司董事会主席"), (A, "冯波鸣", "本公司董事会非执行董事")],
        id="trad-wrapped-report",
    ),
    # negatives: a future holder, a vacancy not filled, an age with no name, a space between words
    pytest.param("财政处长的空缺将由王五接任。", [], id="neg-vacancy-future"),
    pytest.param("财政处长的空缺仍未填补。", [], id="neg-vacancy-open"),
    pytest.param("33岁青年局长接任。", [], id="neg-age-no-name"),
    pytest.param("年满33岁的人员接任青年局长。", [], id="neg-age-no-person"),
    pytest.param("市纪委 任务繁重。", [], id="neg-space-between-words"),
    pytest.param("张三 李四 王五出席会议。", [], id="neg-spaced-names"),
]
assert_unique(MORE_FORMS)


@pytest.mark.parametrize(("text", "expected"), MORE_FORMS)
def test_vacancy_age_wrapped(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- between a person and a resignation; titles of address; 出任為; one leaving told twice --------------------------

RESIGNATIONS = [
    pytest.param(
        "港铁主席欧阳伯权于今年10月以专注其他公务为由，提早辞任岭南大学校董会主席一职。",
        [(R, "欧阳伯权", "岭南大学校董会主席")],
        id="month-reason-early-post-before",
    ),
    pytest.param(
        _trad("港鐵主席歐陽伯權於今年10月以專注其他公務為由,提早辭任嶺南大學校董會主席一職。"),
        [(R, "欧阳伯权", "岭南大学校董会主席")],
        id="trad-month-reason-early",
    ),
    pytest.param("张三先生于今年3月辞任某公司董事。", [(R, "张三", "某公司董事")], id="this-year-month"),
    pytest.param("张三以个人原因为由辞任某公司董事。", [(R, "张三", "某公司董事")], id="reason-ciren"),
    pytest.param("张三提前卸任某公司董事。", [(M, "张三", "某公司董事")], id="early-leaving"),
    pytest.param("某局局长张三辞任某会主席一职。", [(R, "张三", "某会主席")], id="post-before-name"),
    # negatives: a bare month, a year's month (a career's date), a wish, a rumour's future
    pytest.param("张三于10月辞任某公司董事。", [], id="neg-bare-month"),
    pytest.param("张三于2019年10月辞任某公司董事。", [], id="neg-year-month"),
    pytest.param("有意提早辞任某局局长的张三。", [], id="neg-wish"),
    pytest.param("传张三将提早辞任某局局长。", [], id="neg-rumour-future"),
]
assert_unique(RESIGNATIONS)


@pytest.mark.parametrize(("text", "expected"), RESIGNATIONS)
def test_between_person_and_resignation(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


ADDRESS = [
    pytest.param("政府委任陈培辉牧师出任为咨议会成员，为期1年。", [(A, "陈培辉", "咨议会成员")], id="pastor-chuwei"),
    pytest.param(
        _trad("政府委任陳培輝牧師出任為諮議會成員,為期1年。"), [(A, "陈培辉", "咨议会成员")], id="trad-pastor"
    ),
    pytest.param(
        "政府委任陈培辉牧师、李四医生为某委员会成员。",
        [(A, "陈培辉", "某委员会成员"), (A, "李四", "某委员会成员")],
        id="pastor-doctor-list",
    ),
    pytest.param("委任王五资深大律师为某委员会主席。", [(A, "王五", "某委员会主席")], id="senior-counsel"),
    pytest.param("张三出任为某局局长。", [(A, "张三", "某局局长")], id="chuwei"),
    # negatives: a title of address with no name before it
    pytest.param("某牧师出任为某会主席。", [], id="neg-no-name"),
]
assert_unique(ADDRESS)


@pytest.mark.parametrize(("text", "expected"), ADDRESS)
def test_titles_of_address(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


LEAVINGS = [
    pytest.param(
        "张三卸任某局局长。张三因健康因素请辞某局局长，市长已准辞。", [(R, "张三", "某局局长")], id="told-twice"
    ),
    pytest.param(
        _trad("高寶華卸任青年局長\n高寶華因個人健康因素請辭青年局長,市長已准辭。"),
        [(R, "高宝华", "青年局长")],
        id="trad-subheadline-then-body",
    ),
    # negatives: different posts, different persons — both kept
    pytest.param(
        "免去张三的某局局长职务。张三辞去某局副局长职务。",
        [(M, "张三", "某局局长"), (R, "张三", "某局副局长")],
        id="neg-other-post",
    ),
    pytest.param(
        "张三卸任某局局长。李四请辞某局局长获准。",
        [(M, "张三", "某局局长"), (R, "李四", "某局局长")],
        id="neg-other-person",
    ),
]
assert_unique(LEAVINGS)


@pytest.mark.parametrize(("text", "expected"), LEAVINGS)
def test_one_leaving_each(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- a body's chair and members reappointed with their seats, new members counted ----------------------------------

HA = "医管局"
SEATS = [
    pytest.param(
        "政府今日公布，再度委任医管局现任主席范鸿龄和2名现任成员邱达根及黄永灏。"
        "另外委任2名新成员，分别是测量师温文仪及东华三院前任主席何超蕸。",
        [
            (A, "范鸿龄", HA + "主席"),
            (A, "邱达根", HA + "成员"),
            (A, "黄永灏", HA + "成员"),
            (A, "温文仪", HA + "成员"),
            (A, "何超蕸", HA + "成员"),
        ],
        id="chair-members-new-counted",
    ),
    pytest.param(
        _trad("政府今日公佈,再度委任醫管局現任主席范鴻齡和2名現任成員邱達根及黃永灝。"),
        [(A, "范鸿龄", HA + "主席"), (A, "邱达根", HA + "成员"), (A, "黄永灏", HA + "成员")],
        id="trad-chair-members",
    ),
    pytest.param(
        "政府今日公布，再度委任某局现任主席张三、两名现任成员李四和王五。",
        [(A, "张三", "某局主席"), (A, "李四", "某局成员"), (A, "王五", "某局成员")],
        id="dun-liang",
    ),
    pytest.param(
        "再度委任某局现任副主席张三。另外委任2名新成员，分别为律师赵六、钱七。",
        [(A, "张三", "某局副主席"), (A, "赵六", "某局成员"), (A, "钱七", "某局成员")],
        id="vice-chair-new-fenbiewei",
    ),
    # negatives: the count differs, a descriptor that is no profession nor post, an item no name, no body before
    pytest.param(
        "再度委任某局现任主席张三。另外委任3名新成员，分别是律师赵六及钱七。",
        [(A, "张三", "某局主席")],
        id="neg-count-differs",
    ),
    pytest.param(
        "再度委任某局现任主席张三。另外委任2名新成员，分别是赵六及某公司职员钱七。",
        [(A, "张三", "某局主席")],
        id="neg-descriptor",
    ),
    pytest.param("再度委任某局现任主席张三和2名现任成员李四及大批市民。", [], id="neg-item-no-name"),
    pytest.param("另外委任2名新成员，分别是律师赵六及钱七。", [], id="neg-no-body"),
]
assert_unique(SEATS)


@pytest.mark.parametrize(("text", "expected"), SEATS)
def test_reappointed_seats(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


# --- renewals and Taiwan's verbs; a short name restating a post ----------------------------------------------------

RENEWALS = [
    pytest.param("张三获再度委任为某委员会主席。", [(A, "张三", "某委员会主席")], id="huo-zaidu-weiren"),
    pytest.param("张三再度获委任为某委员会主席。", [(A, "张三", "某委员会主席")], id="zaidu-huo-weiren"),
    pytest.param(_trad("張三獲再次委任為某委員會主席。"), [(A, "张三", "某委员会主席")], id="trad-huo-zaici"),
    pytest.param(_trad("李四先生獲再度委任為某委員會主席。"), [(A, "李四", "某委员会主席")], id="trad-zaidu-honorific"),
    pytest.param("副局长李四真除某局局长。", [(A, "李四", "某局局长")], id="zhenchu"),
    pytest.param(_trad("副局長李四真除某局局長。"), [(A, "李四", "某局局长")], id="trad-zhenchu"),
    pytest.param("张三派兼某局局长。", [(A, "张三", "某局局长")], id="paijian"),
    # negatives: 续任 (a post kept, round 18's convention), a future, a wish, a term, a rumour, no post
    pytest.param("张三续任某局局长。", [], id="neg-xuren-kept"),
    pytest.param("张三获续任为某委员会主席。", [], id="neg-huo-xuren-wei"),
    pytest.param("张三将续任某委员会主席。", [], id="neg-future"),
    pytest.param("张三有意续任某委员会主席。", [], id="neg-wish"),
    pytest.param("张三续任期间表现出色。", [], id="neg-term"),
    pytest.param("张三继续任市长。", [], id="neg-stays-in-post"),
    pytest.param(_trad("張三繼續任市長。"), [], id="trad-neg-stays-in-post"),
    pytest.param("张三曾续任某局局长。", [], id="neg-career"),
    pytest.param("张三否认续任某局局长。", [], id="neg-denial"),
    pytest.param("传李四将真除某局局长。", [], id="neg-rumour"),
    pytest.param("李四真除后表示，将全力以赴。", [], id="neg-no-post"),
]
assert_unique(RENEWALS)


@pytest.mark.parametrize(("text", "expected"), RENEWALS)
def test_renewals_and_taiwan_verbs(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


SHORT_NAMES = [
    pytest.param(
        "林大辉出任港台顾问委员会主席\n政府今日公布，再度委任林大辉为香港电台顾问委员会主席。",
        [(A, "林大辉", "香港电台顾问委员会主席")],
        id="headline-short-body-full",
    ),
    pytest.param(
        _trad("林大輝出任港台顧問委員會主席\n政府今日公佈,再度委任林大輝為香港電台顧問委員會主席。"),
        [(A, "林大辉", "香港电台顾问委员会主席")],
        id="trad-headline-short",
    ),
    # negatives: two bodies, two titles, two persons — all kept
    pytest.param(
        "张三出任某县财政局局长。张三出任某市财政局局长。",
        [(A, "张三", "某县财政局局长"), (A, "张三", "某市财政局局长")],
        id="neg-two-bodies",
    ),
    pytest.param(
        "张三出任港台顾问委员会主席。张三出任香港电台顾问委员会委员。",
        [(A, "张三", "港台顾问委员会主席"), (A, "张三", "香港电台顾问委员会委员")],
        id="neg-two-titles",
    ),
    pytest.param(
        "张三出任港台顾问委员会主席。李四出任香港电台顾问委员会主席。",
        [(A, "张三", "港台顾问委员会主席"), (A, "李四", "香港电台顾问委员会主席")],
        id="neg-two-persons",
    ),
]
assert_unique(SHORT_NAMES)


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES)
def test_short_name_restated(text: str, expected: list[Change]) -> None:
    page = text if text.startswith(HEAD_T) else news_page(text)
    assert api_changes(page) == expected


def test_linear_on_long_runs() -> None:
    """A long run of marks, months and oath words gives nothing and returns at once (linear patterns)."""
    import time

    text = (
        "*" * 5000
        + "上月" * 3000
        + "宣誓就职" * 2000
        + "请辞" * 3000
        + "33岁" * 2000
        + "的空缺" * 2000
        + "委 " * 3000
        + "再度委任" * 2000
        + "现任主席" * 2000
    )
    start = time.perf_counter()
    assert _changes(text + "。") == []
    assert time.perf_counter() - start < 5
