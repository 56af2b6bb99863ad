"""Titles round 21 (issue 9, session 19, s19-titles21): synthetic rows per class, positives and near-misses.

* a government release's lead names its subject, then today's day in brackets: Hong Kong's in Chinese numerals
  (``行政長官今日（三月一日）宣布，…``), the mainland's and Macau's in digits (``政府今日(26日)公布，…``), Taiwan's and
  Macau's with the day alone in its brackets (``勞動部林美珠部長今(21)日表示，…``), perhaps behind the outlet's tag
  (``【本報訊】…今(6)日…``). A headline over it never runs into it (the lead's probe: ``行政長官委任陳大文為…`` had
  been joined to its release and gave no title, ``政府委任…`` — two characters shorter — had not), and the headline
  over it, past at most three stamp lines (a date, a column's label, a credit ``【記者X/臺南報導】``), is the
  release's title, though it is one whole clause closed by its 。 (Taiwan's 新聞稿: tmsc, owlting, macaucee);
* a red head's issuer line over a title that names that body short (``浠水县人民政府`` / ``县人民政府关于印发…的通知``)
  is no second issuer: the title stays as printed (xishui); a second body over it still is one
  (``中共某某镇委员会`` / ``某某镇人民政府关于…``).

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import time

import pytest

from gazette_extract import parse_text
from gazette_extract.layout.documents import _adds_joint_issuers
from gazette_extract.text.newshead import SUBJECT_DAY_LEAD_RE, is_release_stamp, opens_release_lead
from gazette_extract.text.normalize import split_paragraphs


def _titles(text: str) -> list[str | None]:
    return [d.title for d in parse_text(text).documents]


# --------------------------------------------------------------------------- the release's lead

RELEASE_LEADS = [
    "行政長官今日（三月一日）宣布，委任陳大文為公務員事務局局長，由三月一日起生效。",
    "行政长官今日（三月一日）宣布，委任陈大文为公务员事务局局长，由三月一日起生效。",
    "行政長官今日(三月一日)宣布,委任陳大文為公務員事務局局長,由三月一日起生效。",
    "政府今日（十二月三十一日）宣布，委任李某為某某管理局副局長。",
    "政府今日(七月二日)宣布,委任張某為某某管理局局長。",
    "政府昨日（二月二十八日）宣布，委任王某為某某局局長。",
    "市政府今天（3月26日）召开常务会议，研究部署春耕生产工作。",
    "政府今日(26日)公布,行政長官再度委任林某為顧問委員會主席。",
    "經濟局今日(28日)前往大米批發商查察大米供應情況。",
    "勞動部林美珠部長今(21)日表示,有關各界關切週休二日新制的相關作為。",
    "台南市政府今（9）日舉行七位新任區長宣誓典禮，由市長擔任監誓人。",
    "縣府昨(3)日表示，將加強防汛整備工作。",
    "【本報訊】社會文化司司長譚俊榮今(6)日向傳媒表示,對於局長即將離職深感惋惜。",
    "【本报讯】社会文化司司长谭某今（6）日向传媒表示，对于局长即将离职深感惋惜。",
    "衞生署衞生防護中心今日(8月24日)接獲一宗流感樣疾病群集性感染報告。",
]

NOT_RELEASE_LEADS = [
    "外交部今(112)年推動多項交流計畫,成果豐碩。",  # a year in the brackets, not a day
    "今日（三月一日）宣布，委任陈某为局长。",  # no subject before the day (DAY_LEAD_RE reads it)
    "据香港特别行政区政府新闻处发布的消息称今日（三月一日）宣布，委任陈某为局长。",  # over 16 characters before the day
    "行政长官今日宣布，委任陈大文为公务员事务局局长。",  # the day not given
    "政府于今年（2024年）推出多项措施，受到市民欢迎。",  # a year, not today's day
    "行政长官，今日（三月一日）宣布委任。",  # a comma inside the subject
    "市政府今天召开常务会议，研究部署春耕生产工作。",
]


@pytest.mark.parametrize("lead", RELEASE_LEADS)
def test_release_lead_is_read(lead: str) -> None:
    assert opens_release_lead(lead)


@pytest.mark.parametrize("lead", NOT_RELEASE_LEADS)
def test_other_lines_are_no_release_lead(lead: str) -> None:
    assert not opens_release_lead(lead)


def test_subject_day_lead_reads_chinese_numerals_and_digits() -> None:
    assert SUBJECT_DAY_LEAD_RE.match("政府今日（十月三十一日）公布")
    assert SUBJECT_DAY_LEAD_RE.match("政府今日(26日)公布")
    assert not SUBJECT_DAY_LEAD_RE.match("勞動部今(21)日表示")  # the day alone: read under a headline only


# --------------------------------------------------------------------------- the headline over it never joins it

APPOINTMENT_HEADLINES = [
    "行政長官委任陳大文為公務員事務局局長",
    "行政长官委任陈大文为公务员事务局局长",
    "政府委任陳大文為公務員事務局局長",
    "行政長官再度委任林大文為香港電台顧問委員會主席",
    "行政長官委任陳大文為公務員事務局局長及李小明為副局長",
]

RELEASE_LEAD = "　　行政長官今日（三月一日）宣布，委任陳大文為公務員事務局局長，由三月一日起生效。"


@pytest.mark.parametrize("headline", APPOINTMENT_HEADLINES)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_appointment_headline_over_release_is_its_title(headline: str, gap: str) -> None:
    text = f"{headline}{gap}{RELEASE_LEAD}\n\n　　陳大文曾任職多個政策局。\n\n完\n\n2024年3月1日（星期五）\n香港時間18時30分"
    paras = split_paragraphs(text)
    assert paras[0].text == headline  # never joined to the release
    titles = _titles(text)
    assert len(titles) == 1
    assert titles[0] is not None and titles[0].endswith(("局长", "主席", "副局长"))


@pytest.mark.parametrize(
    "lead",
    [
        "勞動部林美珠部長今(21)日表示,有關各界關切的相關作為,目前尚未定案。",
        "【本報訊】社會文化司司長譚俊榮今(6)日向傳媒表示,對於局長即將離職深感惋惜。",
        "政府今日(七月二日)宣布,委任張某為某某管理局局長,即日生效。",
    ],
)
def test_headline_never_runs_into_release_lead(lead: str) -> None:
    paras = split_paragraphs(f"政府公布諮詢委員會新任主席人選名單\n{lead}")
    assert paras[0].text == "政府公布諮詢委員會新任主席人選名單"


def test_headline_cut_mid_word_still_joins() -> None:
    # a headline's line that ends on a word going on (的) is no whole headline: the line under it continues it
    paras = split_paragraphs("关于做好春节期间安全生产工作的\n政府今日（二月一日）发出通知，要求各单位做好安全工作。")
    assert len(paras) == 1


# --------------------------------------------------------------------------- the headline over stamps and the lead

STAMP_LINES = [
    "2017年1月6日    即時資訊",
    "2017年1月6日 即时资讯",
    "• Start date:2017-06-21",
    "Start date:2017-06-21",
    "4月. 09, 2024",
    "2024/04/09 10:30",
    "【記者顏碧雪/臺南報導】",
    "【记者颜碧雪/台南报导】",
    "記者張三/台北報導",
    "編輯廖予瑄/編輯小組",
    "文/張三",
]

NOT_STAMP_LINES = [
    "政府委任陳大文為公務員事務局局長",
    "2017年1月6日，行政長官宣布委任陳大文為局長。",  # a sentence
    "記者會於今日下午舉行,由局長主持並回答提問,歡迎傳媒出席採訪",  # over 40 characters, a clause
    "即時資訊",
    "bauteeovk6",
    "记者张三",
]


@pytest.mark.parametrize("line", STAMP_LINES)
def test_release_stamp_lines(line: str) -> None:
    assert is_release_stamp(line)


@pytest.mark.parametrize("line", NOT_STAMP_LINES)
def test_not_release_stamp_lines(line: str) -> None:
    assert not is_release_stamp(line)


RELEASE_PAGES = [
    # (page, title): a Macau paper's instant news
    (
        "回顧「二〇一九年之前」出版報紙 及 實時發佈之即時資訊\n\n譚某對吳某離職感惋惜\n\n2017年1月6日    即時資訊\n\n"
        "【本報訊】社會文化司司長譚某今(6)日向傳媒表示,對於吳某局長即將離職退休深感惋惜,肯定吳某是一位優秀的公務員。\n\n"
        "譚某表示,去年下半年吳某提出希望從公職退休。",
        "谭某对吴某离职感惋惜",
    ),
    # …a Taiwan ministry's release whose headline is one clause closed by 。
    (
        "Logo\n\n勞工新聞\n\n勞動部正規劃完善勞動檢查作為,並將持續協助事業單位調適,落實《勞動基準法》新制。\n\n"
        "  • Start date:2017-06-21\n\n勞動部林某部長今(21)日表示,有關各界關切《勞動基準法》新制的相關作為,目前尚未定案。\n\n"
        "林部長並強調,勞動部將秉此原則妥為規劃。",
        "劳动部正规划完善劳动检查作为，并将持续协助事业单位调适，落实《劳动基准法》新制。",
    ),
    # …a city's release on a news platform: the headline again, a stamp, the reporter's tag
    (
        "Politics\n\n南市新任7區長宣誓就職 市長:勇於承擔責任\n\nVendor Icon\n\nE生活誌\n\n南市新任7區長宣誓就職 市長:勇於承擔責任\n\n"
        "4月. 09, 2024\n\n【記者顏某/臺南報導】\n\n台南市政府今(9)日舉行7位新任區長宣誓典禮,由台南市長擔任監誓人。\n\n"
        "市長指出,區公所是市政府在地方最重要的治理機關之一。",
        "南市新任7区长宣誓就职市长：勇于承担责任",
    ),
    # …a Simplified release, the day in Chinese numerals
    (
        "政府委任李某为某某管理局局长\n\n2024年7月2日\n\n政府今日（七月二日）宣布，委任李某为某某管理局局长，"
        "由七月三日起生效。\n\n政府发言人说，李某具备丰富的管理经验。",
        "政府委任李某为某某管理局局长",
    ),
]


@pytest.mark.parametrize(("page", "title"), RELEASE_PAGES)
def test_release_headline_is_title(page: str, title: str) -> None:
    titles = _titles(page)
    assert titles and titles[0] is not None
    assert titles[0].replace(" ", "") == title


NOT_RELEASE_TITLE_PAGES = [
    # a line of a list under its lead-in (任命：) is an entry, never the page's title
    (
        "任命：\n\n政府委任陳大文為公務員事務局局長\n\n行政長官今日（三月一日）宣布，委任陳大文為公務員事務局局長，由三月一日起生效。",
        "政府委任陈大文为公务员事务局局长",
    ),
    # a code line over the lead (bauteeovk6) is no headline
    (
        "2022 年 08 月 26 日   閱讀量:10萬+\n\nbauteeovk6\n\n政府今日(26日)公布,行政長官再度委任林某為顧問委員會主席,任期兩年。",
        "bauteeovk6",
    ),
    # a release lead in the story's middle, under other prose: the line over it heads nothing
    (
        "天氣炎熱，市民應多喝水，避免長時間在戶外活動。\n\n衞生防護中心提醒\n\n衞生署今日(8月24日)接獲一宗流感樣疾病群集性感染報告，"
        "院舍已加強清潔消毒。",
        "卫生防护中心提醒",
    ),
]


@pytest.mark.parametrize(("page", "wrong"), NOT_RELEASE_TITLE_PAGES)
def test_release_rule_takes_no_other_line(page: str, wrong: str) -> None:
    assert wrong not in [t.replace(" ", "") if t else t for t in _titles(page)]


# --------------------------------------------------------------------------- a red head's issuer line

OWN_ISSUER = [
    ("浠水县人民政府", "县人民政府关于印发《浠水县人民政府工作规则》的通知"),
    ("某某市人民政府办公室", "市人民政府办公室关于做好春节期间安全生产工作的通知"),
    ("某某县人民政府", "某某县人民政府关于公布第三批行政审批项目的决定"),
    ("浠水縣人民政府", "縣人民政府關於印發《浠水縣人民政府工作規則》的通知"),
]

JOINT_ISSUERS = [
    ("中共某某镇委员会", "某某镇人民政府关于印发《某某镇河长制工作方案》的通知"),
    ("某某县教育局", "某某县财政局关于下达2020年学生资助资金的通知"),
    ("中共某某县委办公室", "某某县人民政府办公室关于印发《某某县防汛工作方案》的通知"),
]


@pytest.mark.parametrize(("issuer", "title"), OWN_ISSUER)
def test_own_issuer_line_is_no_joint_issuer(issuer: str, title: str) -> None:
    assert not _adds_joint_issuers(issuer + title, title)


@pytest.mark.parametrize(("issuer", "title"), JOINT_ISSUERS)
def test_second_body_is_joint_issuer(issuer: str, title: str) -> None:
    assert _adds_joint_issuers(issuer + title, title)


def test_red_head_issuer_line_over_metadata_title() -> None:
    page = (
        "当前位置:首页 > 法规公文 > 政府文件\n索引号: 011282752 / 2017-00101 主题分类:\n"
        "发布机构: 某某县人民政府 发文日期: 2017-01-28\n文件标题: 县人民政府关于印发《某某县人民政府工作规则》的通知\n"
        "文 号: 某政发〔2017〕1号 主题词:\n\n某某县人民政府\n\n县人民政府关于印发《某某县人民政府工作规则》的通知\n\n"
        "某政发〔2017〕1号\n\n各乡镇人民政府,县政府各部门:\n\n《某某县人民政府工作规则》已经县政府常务会议审议通过,现予印发。\n\n"
        "某某县人民政府\n\n2017年1月24日"
    )
    assert _titles(page)[0] == "县人民政府关于印发《某某县人民政府工作规则》的通知"


# --------------------------------------------------------------------------- linear in the input


def test_release_patterns_are_linear() -> None:
    def run(n: int) -> float:
        line = "某" * n + "今（" + "1" * n
        start = time.perf_counter()
        for _ in range(20):
            opens_release_lead(line)
            is_release_stamp(line)
            SUBJECT_DAY_LEAD_RE.match(line)
        return time.perf_counter() - start

    small, large = run(2_000), run(20_000)
    assert large < max(small * 40, 0.05)
