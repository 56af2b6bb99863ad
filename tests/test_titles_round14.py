"""Titles round 14 (issue 9): withholding doubtful titles. A line the readers took as a page's title that is,
on any site, something else is withheld — ``title`` null and the warning ``doubtful-title`` naming the line —
and a document that stood on that line alone is no document. Four classes, each measured on the dev texts
and the probe FIT pages before it was landed (docs/issue9-rounds.md, "Round 14 titles"):

* a **question** — a headline that asks (``什么是政协提案？``, ``…哪座城市面临更严峻的挑战？``, and the words
  that ask without a mark on a line that ends on no document kind: ``县府衙门是什么意思``);
* a site's **spam or chrome** inside the line (an injected list of porn links, ``www.``, the contribution
  and download bar ``我要投稿下载七一APP``);
* an **e-paper page label** opening the line (``00004版：区两会特别报道``);
* **metadata keys whose values were lost**, read as a line (``著录日期 生效日期``).

Rows are synthetic, in every bracket, mark, spacing and script variant, with the negatives that must keep
their title: official titles with these words, a lost character printed as ``？``, names, news headlines.
"""

from __future__ import annotations

import time

import pytest

from gazette_extract import codes
from gazette_extract.api import parse_text
from gazette_extract.layout.doubt import doubtful_title

# --------------------------------------------------------------------------- the signal, line by line

DOUBTFUL = [
    # a question, with its mark
    pytest.param("什么是政协提案？", "a question", id="q-what-fullwidth"),
    pytest.param("什么是政协提案?", "a question", id="q-what-ascii"),
    pytest.param("什么是政协提案 ？", "a question", id="q-space-before-mark"),
    pytest.param("北京与沈阳疫情对比，哪座城市面临更严峻的挑战？", "a question", id="q-which-after-comma"),
    pytest.param("北京与沈阳疫情对比,哪座城市面临更严峻的挑战?", "a question", id="q-which-ascii-comma"),
    pytest.param("居住证到期了怎么办？", "a question", id="q-how"),
    pytest.param("公租房怎样申请？", "a question", id="q-how-zenyang"),
    pytest.param("政府工作报告为什么关注民生？", "a question", id="q-why"),
    pytest.param("补偿标准是多少？", "a question", id="q-how-much"),
    pytest.param("身份证丢了可以补办吗？", "a question", id="q-ma"),
    pytest.param("「身份证丢了可以补办吗？」", "a question", id="q-corner-quotes"),
    pytest.param("“提案是否需要联名？”", "a question", id="q-curly-quotes"),
    pytest.param("（社保断缴了怎么办？）", "a question", id="q-bracketed"),
    pytest.param("什麼是政協提案？", "a question", id="q-traditional"),
    pytest.param("為何延期？", "a question", id="q-traditional-why"),
    pytest.param("重磅！新规出台，哪些人受影响？", "a question", id="q-last-sentence"),
    pytest.param("📚政府发文的规定格式是什么?📝", "a question", id="q-emoji-around"),
    pytest.param("政府发文的规定格式是什么？？", "a question", id="q-doubled-mark"),
    # a question without its mark, on a line that ends on no document kind
    pytest.param("县府衙门是什么意思", "a question", id="bare-what"),
    pytest.param("县级如何转发上级文件", "a question", id="bare-how"),
    pytest.param("政府工作报告为什么关注民生", "a question", id="bare-why"),
    pytest.param("政务服务清单公布多久", "a question", id="bare-how-long"),
    pytest.param("专业技术类公务员管理规定哪个地方实施了", "a question", id="bare-which-after-kind-word"),
    pytest.param("县府衙門是什麼意思", "a question", id="bare-traditional"),
    # spam and chrome
    pytest.param(
        "欧美在线观看www-欧美在线观看高清一二三区-欧美在线观看网站", "a site's spam or chrome", id="spam-links"
    ),
    pytest.param("精品无码av专区一区二区三区_精品国产一区二区三区", "a site's spam or chrome", id="spam-underscores"),
    pytest.param("精品无码AV专区", "a site's spam or chrome", id="spam-upper-av"),
    pytest.param("某某新闻网www.example.com", "a site's spam or chrome", id="www"),
    pytest.param("http://www.example.gov.cn/art/2021/1/1", "a site's spam or chrome", id="http"),
    pytest.param("我要投稿下载七一APP", "a site's spam or chrome", id="bar-contribute-download"),
    pytest.param("我要投稿", "a site's spam or chrome", id="bar-contribute"),
    pytest.param("下载某某新闻客户端", "a site's spam or chrome", id="download-client"),
    pytest.param("APP下载", "a site's spam or chrome", id="app-download"),
    pytest.param("App 下载 | 扫码关注", "a site's spam or chrome", id="app-space-download"),
    pytest.param("扫码下载", "a site's spam or chrome", id="scan-download"),
    # an e-paper page label
    pytest.param("00004版：区两会特别报道", "an e-paper page label", id="label-zero-padded"),
    pytest.param("00004版:区两会特别报道", "an e-paper page label", id="label-ascii-colon"),
    pytest.param("第A01版：要闻", "an e-paper page label", id="label-letter"),
    pytest.param("A3版：时政", "an e-paper page label", id="label-letter-no-di"),
    pytest.param("第 02 版 ： 综合新闻", "an e-paper page label", id="label-spaced"),
    # metadata keys without values
    pytest.param("著录日期 生效日期", "metadata keys without values", id="keys-spaced"),
    pytest.param("著录日期生效日期", "metadata keys without values", id="keys-glued"),
    pytest.param("发布日期：成文日期：", "metadata keys without values", id="keys-colons"),
    pytest.param("发布时间:  生效时间:", "metadata keys without values", id="keys-time-ascii"),
    pytest.param("索引号 文号 主题分类", "metadata keys without values", id="keys-three"),
    pytest.param("发文机关 发文字号", "metadata keys without values", id="keys-organ-number"),
]


@pytest.mark.parametrize(("title", "why"), DOUBTFUL)
def test_a_doubtful_title_is_named(title: str, why: str) -> None:
    assert doubtful_title(title) == why


STANDS = [
    # official titles that hold a question's word: they end on a document kind, and ask nothing
    pytest.param("最高人民法院关于如何理解和适用有关规定的批复", id="kind-how-reply"),
    pytest.param("关于是否同意设立某某镇的请示", id="kind-whether-request"),
    pytest.param("关于哪些情形适用简易程序的答复", id="kind-which-answer"),
    pytest.param("关于明确什么情况下可以减免的通知", id="kind-what-notice"),
    pytest.param("关于市民为什么要办理居住证问题的答复", id="kind-why-answer"),
    # a question mark a converter printed for a lost character, no question's word
    pytest.param("必要时停工、停业、停课！陕西西安印发流感大流行应急预案？", id="lost-character-mark"),
    pytest.param("关于印发某某县??工作方案的通知", id="lost-characters-mid"),
    # a question's words in a headline's kicker part, the report after a colon or a dash
    pytest.param("时间都去哪儿了：某某县推进农村人居环境整治纪实", id="kicker-question-colon"),
    pytest.param("谁是最可爱的人——记某某县抗洪一线的党员干部", id="kicker-question-dash"),
    pytest.param("路在何方 怎么走｜某某镇乡村振兴调研", id="kicker-question-bar"),
    # names that hold a question's word
    pytest.param("《哪吒之魔童闹海》票房破百亿", id="name-nezha"),
    pytest.param("哪吒主题文化节开幕", id="name-nezha-bare"),
    # spam's neighbours in real titles
    pytest.param("某某市高清视频监控系统建设方案", id="hd-cctv"),
    pytest.param("关于打造精品旅游线路的实施意见", id="boutique-route"),
    pytest.param("关于推进信息技术应用国产化替代的通知", id="domestic-substitution"),
    pytest.param("关于加强移动互联网应用程序（APP）管理的通知", id="app-in-title"),
    pytest.param("关于规范政务APP建设的指导意见", id="app-governance"),
    pytest.param("关于做好统计数据下载服务工作的通知", id="download-service"),
    pytest.param("关于开通某某网站（www.example.gov.cn）的通知", id="site-named-in-notice"),
    pytest.param("关于规范APP下载安装管理的通知", id="app-download-in-notice"),
    pytest.param("关于公布我要投稿栏目征稿办法的通知", id="contribution-in-notice"),
    pytest.param("关于征集《某某年鉴》稿件的通知", id="call-for-papers"),
    # page and date words in real titles
    pytest.param("第二版：关于修订某某条例的说明", id="chinese-numeral-edition"),
    pytest.param("某某市2023年版权保护工作要点", id="copyright-not-label"),
    pytest.param("国务院办公厅关于调整2024年部分节假日日期的通知", id="date-in-title"),
    pytest.param("发布日期", id="one-key-alone"),
    pytest.param("关于统一公文发文字号的通知", id="key-word-in-notice"),
    # news headlines that exclaim or report
    pytest.param("环保执法重大变动！生态环境部发布《生态环境行政处罚办法（征求意见稿）》", id="news-exclaim"),
    pytest.param("市长、副市长牵头！宁波公布2025年政府工作报告目标任务分解", id="news-exclaim-2"),
    pytest.param("县十六届人大常委会第二十五次会议召开", id="news-session"),
]


@pytest.mark.parametrize("title", STANDS)
def test_a_right_title_is_not_doubted(title: str) -> None:
    assert doubtful_title(title) is None


# --------------------------------------------------------------------------- the pipeline: withheld, warned, dropped


def _result(text: str) -> tuple[list[tuple[str | None, str | None]], list[tuple[str, int | None]]]:
    gazette = parse_text(text)
    documents = [(d.title, d.doc_number.text if d.doc_number else None) for d in gazette.documents]
    return documents, [(w.code, w.line) for w in gazette.warnings]


QUESTION_PAGES = [
    pytest.param("什么是政协提案？\n\n发布时间: 2022-12-27 10:16:23\n信息来源: 某某政协网\n\n", id="byline-keys"),
    pytest.param("什么是政协提案?\n\n2022-12-27 10:16 来源：某某网\n\n", id="byline-ascii-mark"),
    pytest.param("县府衙门是什么意思\n\n发布时间：2023-05-06 10:00\n\n", id="bare-question"),
    pytest.param("首页 > 问答 > 正文\n\n怎样申请公租房？\n\n2023-05-06 来源：某某网\n\n", id="under-breadcrumb"),
]


@pytest.mark.parametrize("head", QUESTION_PAGES)
def test_a_question_page_gives_no_document(head: str) -> None:
    documents, warnings = _result(
        head + "提案是政协委员向政协全体会议提出的书面意见和建议，经审查立案后交承办单位办理。\n"
    )
    assert documents == []
    assert (codes.DOUBTFUL_TITLE, warnings[0][1]) in warnings
    assert any(code == codes.NO_DOCUMENTS for code, _ in warnings)
    assert not any(code == codes.UNTITLED_DOCUMENT for code, _ in warnings)


APPOINTMENT = "会议决定任命张明为某某县人民政府副县长，免去李华的某某县人民政府副县长职务。\n"

KEPT_WITH_RECORDS = [
    pytest.param("我要投稿下载七一APP\n\n", 1, id="contribution-bar"),
    pytest.param("欧美在线观看www-欧美在线观看高清一二三区\n\n", 1, id="spam-first-line"),
    pytest.param("00004版：区两会特别报道\n\n", 1, id="page-label"),
    pytest.param("0003版:综合新闻\n\n", 1, id="page-label-ascii-colon"),
    pytest.param("首页\n\n00012版：要闻 \n\n", 3, id="page-label-under-menu"),
]


@pytest.mark.parametrize(("head", "line"), KEPT_WITH_RECORDS)
def test_a_document_with_records_keeps_them_and_loses_the_title(head: str, line: int) -> None:
    # pages17: the whole-page reader passes such furniture over (it is never read as the title, so no
    # doubtful-title warning names it); the page, with no headline under it, keeps its records untitled
    gazette = parse_text(head + "3月5日下午，县人大常委会举行第十次会议。" + APPOINTMENT)
    assert [d.title for d in gazette.documents] == [None]
    assert [(a.action, a.person) for a in gazette.documents[0].appointments] == [
        ("appoint", "张明"),
        ("remove", "李华"),
    ]
    assert not [w for w in gazette.warnings if w.code == codes.DOUBTFUL_TITLE]
    untitled = [w for w in gazette.warnings if w.code == codes.UNTITLED_DOCUMENT]
    assert untitled and "prints none" in untitled[0].message


EMPTY_KEYS_PAGES = [
    pytest.param("著录日期 生效日期", id="spaced"),
    pytest.param("著录日期生效日期", id="glued"),
    pytest.param("著录日期：  生效日期：", id="colons"),
    pytest.param("著录时间\t生效时间", id="tab-times"),
]


@pytest.mark.parametrize("keys", EMPTY_KEYS_PAGES)
def test_metadata_keys_are_no_title(keys: str) -> None:
    """A disclosure page whose last row of keys lost its values (the title over the block, the block's rows)."""
    text = (
        "规范性文件\n\n"
        "关于印发《某某区草原生态保护补助奖励政策实施方案》的通知\n\n"
        "索 引 号 010600106/2023-00071 发布机构 某某区政府办公室 公开日 2023-07-04\n"
        "文  号 某区财农〔2023〕45号 主题分类 生态保护 失效日期\n"
        "体裁分类 服务对象 各乡镇、各部门 有效性 有效\n"
        f"{keys}\n\n"
        "某某区各相关单位、各乡镇人民政府:\n\n"
        "现印发你们，请认真贯彻执行。\n"
    )
    documents, warnings = _result(text)
    assert len(documents) == 1
    title, _ = documents[0]
    # the block's reader takes keys it knows with their colons (the page's title then stands); the keys
    # read as a line of their own are withheld, and the warning names that line
    assert title in (None, "关于印发《某某区草原生态保护补助奖励政策实施方案》的通知")
    assert ((codes.DOUBTFUL_TITLE, 8) in warnings) == (title is None)


MUST_NOT_CHANGE = [
    pytest.param(
        "某某县人民政府关于是否同意设立某某镇的请示\n\n某政〔2023〕5号\n\n某某市人民政府：\n\n现将有关情况请示如下。\n\n妥否，请批示。\n\n"
        "某某县人民政府\n2023年3月1日\n",
        "某某县人民政府关于是否同意设立某某镇的请示",
        id="request-whether",
    ),
    pytest.param(
        "必要时停工、停业、停课！陕西西安印发流感大流行应急预案？\n\n2023-03-06 10:00 来源：某某网\n\n"
        "3月6日，西安市人民政府办公厅印发《西安市流感大流行应急预案》。\n",
        "必要时停工、停业、停课！陕西西安印发流感大流行应急预案？",
        id="lost-character-headline",
    ),
    pytest.param(
        "县十六届人大常委会第二十五次会议召开\n\n2020-06-30 10:00 来源：某某新闻网\n\n"
        "6月30日，县十六届人大常委会第二十五次会议召开。" + APPOINTMENT,
        "县十六届人大常委会第二十五次会议召开",
        id="news-session",
    ),
    pytest.param(
        "关于加强移动互联网应用程序（APP）管理的通知\n\n某政办发〔2022〕3号\n\n各乡镇人民政府：\n\n现就有关事项通知如下。\n\n"
        "某某县人民政府办公室\n2022年3月1日\n",
        "关于加强移动互联网应用程序（APP）管理的通知",
        id="app-notice",
    ),
]


@pytest.mark.parametrize(("text", "title"), MUST_NOT_CHANGE)
def test_right_titles_stay(text: str, title: str) -> None:
    gazette = parse_text(text)
    assert [d.title for d in gazette.documents][:1] == [title]
    assert not any(w.code == codes.DOUBTFUL_TITLE for w in gazette.warnings)


def test_a_withheld_title_leaves_no_kind() -> None:
    gazette = parse_text("怎样申请公租房？\n\n某政办发〔2023〕8号\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n")
    assert [(d.title, d.kind) for d in gazette.documents] == [(None, None)]


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("如何" * 20000 + "？", id="question-words"),
        pytest.param("哪吒" * 20000 + "？", id="names"),
        pytest.param("，" * 20000 + "什么？", id="sentence-marks"),
        pytest.param("日期" * 20000, id="key-endings"),
        pytest.param("发布日期" * 10 + "某" * 40000, id="keys-then-text"),
        pytest.param("下载" * 20000, id="downloads"),
        pytest.param("版" * 20000 + "：", id="label-marks"),
        pytest.param("什么" + "📝" * 40000, id="trailing-symbols"),
        pytest.param("什么" + "：" * 40000 + "吗", id="part-marks"),
    ],
)
def test_the_checks_stay_linear(title: str) -> None:
    start = time.perf_counter()
    doubtful_title(title)
    doubtful_title(title + "的通知")
    assert time.perf_counter() - start < 0.5
