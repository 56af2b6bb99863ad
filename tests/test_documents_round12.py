"""Documents, round 12 (issue 9): what counts as a document, probed on real pages of dev-split sites
(a FIT half read and fitted, a CHECK half labelled blind and scored by numbers only), each class
written here as synthetic rows across its printed variants, with the rows that must not change.

* **The same document printed again under its page's byline** (precision: a false document). A
  disclosure page prints its table (索引号 / 文号 / 成文日期), the title, then a byline of its own
  (发布日期：… 来源：… / 字体：[ ]) over the red head, which prints the same number and the same title
  with its issuer's name: the byline was read as a second metadata block, opening a second document
  (signed, numbered and titled as the first). Nothing but the page's short lines between the two
  printings, the same title and no other number: one document.
* **A document's own head under the signature of a notice that forwards it** (recall: a missed
  document). On a page with a metadata block only metadata blocks opened documents, so the notice a
  转发 notice prints after its own signature date — issuer / title (wrapped) / its own number /
  recipients — stayed inside the forwarding notice (and its attachment list with it). A title right
  under the open document's signature date, its own number within two lines and its recipients
  under that, the number not the open one's: a document. An attachment heading (附件1), a plan's
  title over its articles, or a forwarded report without a number of its own stays inside.
* **An explanation printed after the notice that publishes a draft** (关于《…（修订草案）》的说明, 起草说明,
  修改情况的说明; recall): right under the notice's signature date, over its body or its salutation, a
  document of its own (a plan the notice issues, an attachment's label or an explanation named before
  the signature stays inside).
* **A law database's next record** (recall): under an open document, a title printed twice around
  its issuer's line alone (关于…的通知 / 水利部 / 关于…的通知) heads the page's next record.
* **A session story whose lead lost its 月** (recall): 129日，区长… right under the headline opens the
  story as 1月29日，… would (the day is not read: FORMAT's two readings). Round 9's unit row keeps such a
  line out of ``is_story_lead`` — alone, with no headline over it, it opens nothing.
* **Pages that hold no document** (precision): a list page that prints each item's title over its date
  alone (关于…的通知 / 2021-03-05 / …: the first title was a document), and a site search's answer page
  (搜索结果 / 共找到 3 条…: a snippet under a result's title was read as a document's title).
* **A page that only links its document's file** (precision): the headline over its publish line, then
  附件下载： and the file (某政办发〔2021〕5号.pdf): the file's name was read as the title under a metadata
  block; the headline is the title, and a file's name alone gives no document.
* **An e-paper page of several stories** (recall, probed with synthetic pages only): a further headline
  over its own lead (本报讯（记者 X）…), after the first story's prose, is a story of its own (it was
  read as the first story's text); a headline's deck over the first lead, or sub-headings over prose,
  open none.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import api_docs

docs = api_docs

# --------------------------------------------------------------------------- printed again under a byline

DISCLOSURE = (
    "索引号 001008003/2021-00012 主题分类 综合类\n"
    "文号 某政办〔2021〕12号 发布机构 某某市人民政府办公室\n"
    "成文日期 2021-03-01 有效性\n"
)
FORWARD_TITLE = "转发市财政局关于加强预算绩效管理工作意见的通知"
RED_HEAD_BODY = (
    "各县（市、区）人民政府，市政府各部门：\n\n"
    "　　市财政局《关于加强预算绩效管理工作的意见》已经市政府同意，现转发给你们，请认真贯彻执行。\n\n"
    "某某市人民政府办公室\n\n2021年2月26日\n"
)
BYLINES = {
    "publish-views-source-font": "发布日期： 2021-03-02 09:15 浏览次数： 来源： 某某科技\n字体：[ ]",
    "publish-source-lines": "发布日期：2021-03-02\n来源：某某市人民政府办公室",
    "publish-source-fontsize": "发布时间: 2021-03-02 10:20 来源: 某某市人民政府办公室\n字号：[大 中 小]",
    "publish-source-views": "发布日期：2021-03-02 来源：某某市人民政府办公室\n浏览次数：236",
}
RED_HEAD_TITLES = {
    "issuer-over-wrapped": "某某市人民政府办公室\n\n转发市财政局关于加强预算绩效\n\n管理工作意见的通知",
    "issuer-over-one-line": "某某市人民政府办公室\n\n转发市财政局关于加强预算绩效管理工作意见的通知",
    "issuer-in-title": "某某市人民政府办公室转发市财政局关于加强预算绩效管理工作意见的通知",
}
NUMBERS = {
    "tortoise": "某政办〔2021〕12号",
    "square": "某政办[2021]12号",
    "round": "某政办(2021)12号",
}


def _printed_again(byline: str, head: str, number: str, *, title_number: str = "某政办(2021)12号") -> str:
    return f"{DISCLOSURE}{title_number} {FORWARD_TITLE}\n{byline}\n\n\n{number}\n\n\n\n{head}\n\n\n{RED_HEAD_BODY}"


@pytest.mark.parametrize("byline", BYLINES.values(), ids=BYLINES.keys())
@pytest.mark.parametrize("head", RED_HEAD_TITLES.values(), ids=RED_HEAD_TITLES.keys())
@pytest.mark.parametrize("number", NUMBERS.values(), ids=NUMBERS.keys())
def test_red_head_under_the_byline_is_the_same_document(
    byline: str, head: str, number: str, request: pytest.FixtureRequest
) -> None:
    # one document, titled as the red head prints it whole, with its issuer (titles round 12's rule,
    # combined with this one at the merge; the ruian sample's truth file labels it so)
    if byline == BYLINES["publish-source-fontsize"] and head == RED_HEAD_TITLES["issuer-in-title"]:
        request.applymarker(
            pytest.mark.xfail(
                strict=True,
                reason="the red head with the issuer inside its title line is not read as a second print under "
                "this byline: one document, but the heading's shorter title",
            )
        )
    found = docs(_printed_again(byline, head, number))
    assert [(title, num) for title, num, _date, _issuer in found] == [
        ("某某市人民政府办公室" + FORWARD_TITLE, "某政办〔2021〕12号")
    ]


def test_traditional_page_printed_again_is_one_document() -> None:
    page = (
        "索引號 001008003/2021-00012 主題分類 綜合類\n"
        "文號 某政辦〔2021〕12號 發布機構 某某市人民政府辦公室\n"
        "成文日期 2021-03-01 有效性\n"
        "某政辦(2021)12號 轉發市財政局關於加強預算績效管理工作意見的通知\n"
        "發布日期： 2021-03-02 09:15 瀏覽次數： 來源： 某某科技\n字體：[ ]\n\n\n"
        "某政辦〔2021〕12號\n\n\n\n某某市人民政府辦公室\n\n轉發市財政局關於加強預算績效\n\n管理工作意見的通知\n\n\n"
        "各縣（市、區）人民政府，市政府各部門：\n\n"
        "　　市財政局《關於加強預算績效管理工作的意見》已經市政府同意，現轉發給你們，請認真貫徹執行。\n\n"
        "某某市人民政府辦公室\n\n2021年2月26日\n"
    )
    assert [(t, n) for t, n, _d, _i in docs(page)] == [("某某市人民政府办公室" + FORWARD_TITLE, "某政办〔2021〕12号")]


def test_red_head_with_another_number_is_not_merged() -> None:
    # two numbers for one title: which is right is not for the splitter to guess (both are kept)
    found = docs(
        _printed_again(
            BYLINES["publish-views-source-font"], RED_HEAD_TITLES["issuer-over-wrapped"], "某政办〔2021〕13号"
        )
    )
    assert [n for _t, n, _d, _i in found] == ["某政办〔2021〕12号", "某政办〔2021〕13号"]


def test_byline_over_another_title_opens_another_document() -> None:
    # the page's second item, a different notice after the first one's body, stays a document of its own
    page = (
        f"{DISCLOSURE}{FORWARD_TITLE}\n\n{RED_HEAD_BODY}\n"
        "索引号 001008003/2021-00013 主题分类 综合类\n"
        "文号 某政办〔2021〕13号 发布机构 某某市人民政府办公室\n"
        "成文日期 2021-03-05 有效性\n"
        "某某市人民政府办公室关于做好春季森林防火工作的通知\n\n"
        "各县（市、区）人民政府：\n\n　　为做好春季森林防火工作，现就有关事项通知如下。\n\n"
        "某某市人民政府办公室\n\n2021年3月5日\n"
    )
    assert [n for _t, n, _d, _i in docs(page)] == ["某政办〔2021〕12号", "某政办〔2021〕13号"]


# --------------------------------------------------------------------------- own head under the signature

TABLES = {
    "spaced-keys-two-per-line": (
        "索 引 号 11610527Q-2019-000024 成文日期 2019-02-25\n"
        "发布机构 某某县人民政府 发布日期 2019-02-25\n"
        "文  号 某政办发〔2019〕9号 主 题 词 印发\n"
    ),
    "colon-keys": (
        "索引号：11610527Q-2019-000024\n发文字号：某政办发〔2019〕9号\n发布机构：某某县人民政府办公室\n成文日期：2019-02-22\n"
    ),
    "pipe-table": (
        "| 索引号 | 11610527Q-2019-000024 | 发文字号 | 某政办发〔2019〕9号 |\n"
        "| 发布机构 | 某某县人民政府办公室 | 成文日期 | 2019-02-22 |\n"
    ),
}
FORWARDING = (
    "某某县人民政府办公室转发某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知\n\n"
    "各镇人民政府，县政府有关工作部门：\n\n"
    "　　现将《某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知》转发你们，请认真贯彻执行。\n\n"
    "某某县人民政府办公室\n\n2019年2月22日\n\n"
)
HEADS = {
    "issuer-over-wrapped": "某某省人民政府办公厅\n\n关于印发某某省政务大厅\n\n管理暂行办法的通知\n\n{number}\n\n",
    "one-line": "某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知\n\n{number}\n\n",
    "issuer-over-title": "某某省人民政府办公厅\n\n关于印发某某省政务大厅管理暂行办法的通知\n\n{number}\n\n",
    "number-two-lines-down": "某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知\n\n（此件公开发布）\n\n{number}\n\n",
}
OWN_NUMBERS = {
    "tortoise": "某政办发〔2018〕73号",
    "square": "某政办发[2018]73号",
    "round": "某政办发（2018）73号",
    "keyed": "文号：某政办发〔2018〕73号",
}
FORWARDED_BODY = (
    "各市、县、区人民政府，省人民政府各工作部门、各直属机构：\n\n"
    "　　《某某省政务大厅管理暂行办法》已经省政府同意，现印发给你们，请认真贯彻落实。\n\n"
    "某某省人民政府办公厅\n\n2018年12月29日\n"
)


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
@pytest.mark.parametrize("head", HEADS.values(), ids=HEADS.keys())
@pytest.mark.parametrize("number", OWN_NUMBERS.values(), ids=OWN_NUMBERS.keys())
def test_forwarded_notice_with_its_own_head_is_a_document(table: str, head: str, number: str) -> None:
    found = docs(table + FORWARDING + head.format(number=number) + FORWARDED_BODY)
    assert [n for _t, n, _d, _i in found] == ["某政办发〔2019〕9号", "某政办发〔2018〕73号"]
    assert found[1][0] == "某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知"


def test_forwarded_notice_in_traditional_characters() -> None:
    page = (
        "索引號：11610527Q-2019-000024\n發文字號：某政辦發〔2019〕9號\n發布機構：某某縣人民政府辦公室\n成文日期：2019-02-22\n"
        "某某縣人民政府辦公室轉發某某省人民政府辦公廳關於印發某某省政務大廳管理暫行辦法的通知\n\n"
        "各鎮人民政府，縣政府有關工作部門：\n\n　　現將有關通知轉發你們，請認真貫徹執行。\n\n"
        "某某縣人民政府辦公室\n\n2019年2月22日\n\n"
        "某某省人民政府辦公廳\n\n關於印發某某省政務大廳管理暫行辦法的通知\n\n某政辦發〔2018〕73號\n\n"
        "各市、縣、區人民政府，省人民政府各工作部門：\n\n　　《某某省政務大廳管理暫行辦法》已經省政府同意，現印發給你們。\n"
    )
    assert [n for _t, n, _d, _i in docs(page)] == ["某政办发〔2019〕9号", "某政办发〔2018〕73号"]


NOT_A_HEAD = {
    # the plan the notice issues: its title over its articles
    "plan-over-articles": "某某省政务大厅管理暂行办法\n\n第一章 总则\n\n第一条 为规范政务大厅管理，制定本办法。\n",
    # a forwarded report or opinion: recipients but no number of its own
    "report-without-number": "关于加强政务大厅管理的意见\n\n县人民政府：\n\n　　为加强管理，现提出如下意见。\n",
    # an attachment heading is never a document's first line, whatever follows it
    "attachment-heading": (
        "附件1\n\n关于印发某某省政务大厅管理暂行办法的通知\n\n某政办发〔2018〕73号\n\n"
        "各市、县、区人民政府：\n\n　　现印发给你们。\n"
    ),
    # a title and number over articles, no recipients: not enough of a head
    "number-without-recipients": (
        "某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知\n\n某政办发〔2018〕73号\n\n"
        "第一条 为规范政务大厅管理，制定本办法。\n"
    ),
    # the forwarding notice's own number again under its title: the same document
    "own-number-again": (
        "某某县人民政府办公室转发某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知\n\n"
        "某政办发〔2019〕9号\n\n各镇人民政府，县政府有关工作部门：\n\n　　现将有关文件转发你们。\n"
    ),
}


@pytest.mark.parametrize("below", NOT_A_HEAD.values(), ids=NOT_A_HEAD.keys())
def test_what_stays_inside_the_forwarding_notice(below: str) -> None:
    found = docs(TABLES["colon-keys"] + FORWARDING + below)
    assert [n for _t, n, _d, _i in found] == ["某政办发〔2019〕9号"]


def test_head_not_under_a_signature_stays_inside() -> None:
    # the forwarded notice quoted inside the body, before the forwarding notice signs: no document
    page = (
        TABLES["colon-keys"]
        + "某某县人民政府办公室转发某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知\n\n"
        + "各镇人民政府，县政府有关工作部门：\n\n　　现将下列通知转发你们：\n\n"
        + HEADS["one-line"].format(number="某政办发〔2018〕73号")
        + FORWARDED_BODY
    )
    assert [n for _t, n, _d, _i in docs(page)] == ["某政办发〔2019〕9号"]


# --------------------------------------------------------------------------- an explanation after the notice

NOTICE_TITLES = {
    "publish-for-comment": "某某省人大法制委员会关于公布《某某省防震减灾条例（修订草案）》征求意见的通知",
    "status-prefix": "【已结束】某某省人大法制委员会关于公布《某某省防震减灾条例（修订草案）》征求意见的通知",
    "announcement": "某某市人民代表大会常务委员会公告",
}
NOTICE_BODY = (
    "　　《某某省防震减灾条例（修订草案）》已经省人大常委会初步审议。为充分发扬民主，现将修订草案全文公布，"
    "征求社会各界意见。\n\n"
    "　　联系电话：0898-65321216\n\n"
)
SIGNATURES = {
    "issuer-and-date": "某某省人大法制委员会\n\n2023年5月25日\n\n",
    "chinese-numerals": "某某省人大法制委员会\n\n二〇二三年五月二十五日\n\n",
    "copied-to-line": "某某省人大法制委员会\n\n2023年5月25日\n\n抄送：省人大常委会办公厅。\n\n",
}
EXPLANATIONS = {
    "draft": "关于《某某省防震减灾条例（修订草案）》的说明",
    "drafting": "关于《某某省物业管理办法（草案）》的起草说明",
    "revision-note": "关于《某某市养犬管理规定（征求意见稿）》修改情况的说明",
}
EXPLANATION_BODIES = {
    "numbered-section": "一、修订必要性\n\n　　现行条例施行已十余年，部分规定已不适应防震减灾工作的需要。\n",
    "salutation": "主任、各位副主任、秘书长、各位委员：\n\n　　我受省政府委托，现就条例修订草案作如下说明。\n",
    "sentence": "　　为做好防震减灾工作，省政府起草了条例修订草案，现将有关情况说明如下。\n",
}


@pytest.mark.parametrize("notice", NOTICE_TITLES.values(), ids=NOTICE_TITLES.keys())
@pytest.mark.parametrize("signature", SIGNATURES.values(), ids=SIGNATURES.keys())
@pytest.mark.parametrize("explanation", EXPLANATIONS.values(), ids=EXPLANATIONS.keys())
@pytest.mark.parametrize("body", EXPLANATION_BODIES.values(), ids=EXPLANATION_BODIES.keys())
def test_explanation_after_the_signed_notice_is_a_document(
    notice: str, signature: str, explanation: str, body: str
) -> None:
    page = f"{notice}\n\n来源： 发布日期：2023-05-25 09:56\n\n{NOTICE_BODY}{signature}{explanation}\n\n{body}"
    titles = [title for title, _n, _d, _i in docs(page)]
    assert len(titles) == 2
    assert titles[1] == explanation


NOT_AN_EXPLANATION = {
    # named inside the notice's body, before it signs
    "before-the-signature": (
        "某某省人大法制委员会关于公布《某某省防震减灾条例（修订草案）》征求意见的通知\n\n"
        "关于《某某省防震减灾条例（修订草案）》的说明\n\n" + NOTICE_BODY + SIGNATURES["issuer-and-date"]
    ),
    # an attachment's label that names it
    "attachment-label": (
        "某某省人大法制委员会关于公布《某某省防震减灾条例（修订草案）》征求意见的通知\n\n"
        + NOTICE_BODY
        + SIGNATURES["issuer-and-date"]
        + "附件：关于《某某省防震减灾条例（修订草案）》的说明\n\n"
    ),
    # an explanation without the named work in 《》 (a speech's 说明 of a budget): not this class
    "unnamed-explanation": (
        "某某省人大法制委员会关于公布《某某省防震减灾条例（修订草案）》征求意见的通知\n\n"
        + NOTICE_BODY
        + SIGNATURES["issuer-and-date"]
        + "关于2023年预算调整的说明\n\n一、调整原因\n"
    ),
}


@pytest.mark.parametrize("page", NOT_AN_EXPLANATION.values(), ids=NOT_AN_EXPLANATION.keys())
def test_what_is_no_explanation_document(page: str) -> None:
    assert len(docs(page)) == 1


# --------------------------------------------------------------------------- a law database's next record

LAWDB_BAR = "作者：法律资料网 时间：2024-07-22 08:54:31  浏览：9249   来源：法律资料网\n\n下载地址: 点击此处下载\n\n"
FIRST_RECORD = (
    "某某省村务公开条例\n\n" + LAWDB_BAR + "某某省村务公开条例\n\n某某省人大常委会\n\n\n某某省村务公开条例\n\n"
    "（2005年3月10日某某省第十届人民代表大会常务委员会第十五次会议通过）\n\n"
    "第一条 为了规范本省村务公开，制定本条例。\n\n第二条 本省行政区域内的村务公开，适用本条例。\n\n"
)
NEXT_RECORDS = {
    "ministry-notice": ("关于开展水土保持科技示范园区建设的通知", "水利部", "各流域机构，各省、自治区、直"),
    "office-opinion": ("关于加强农村饮水安全工作的意见", "国务院办公厅", "各省、自治区、直辖市人民政府："),
    "province-decision": (
        "某某省人民政府关于废止部分规章的决定",
        "某某省人民政府",
        "经省人民政府研究，决定废止下列规章。",
    ),
}


@pytest.mark.parametrize(("title", "issuer", "first_line"), NEXT_RECORDS.values(), ids=NEXT_RECORDS.keys())
def test_law_database_next_record_is_a_document(title: str, issuer: str, first_line: str) -> None:
    page = f"{FIRST_RECORD}下载地址： 点击此处下载\n\n{title}\n\n{issuer}\n\n{title}\n\n{first_line}\n"
    found = docs(page)
    assert [t for t, _n, _d, _i in found] == ["某某省村务公开条例", title]
    assert found[1][3] == issuer


@pytest.mark.parametrize(
    "between",
    [
        "作者：法律资料网",  # the database's bar, no issuer's name
        "来源：法律资料网",  # a source line
        "某某省村务公开条例实施情况",  # a phrase, no body's name
    ],
)
def test_title_twice_around_no_issuer_opens_nothing(between: str) -> None:
    title = "关于开展水土保持科技示范园区建设的通知"
    page = f"{FIRST_RECORD}{title}\n\n{between}\n\n{title}\n\n各流域机构，各省、自治区、直"
    assert [t for t, _n, _d, _i in docs(page)] == ["某某省村务公开条例"]


def test_first_record_head_stays_one_document() -> None:
    assert [t for t, _n, _d, _i in docs(FIRST_RECORD)] == ["某某省村务公开条例"]


# --------------------------------------------------------------------------- a lead whose 月 was lost

RUN_DAY_LEADS = {
    "month-and-day": "129日，区长张某主持召开区政府第9次常务会议，研究交通执法人员划转等事宜。",
    "two-digit-month-morning": "1028日上午，县长李某主持召开县政府第21次常务会议，研究部署秋冬季森林防火工作。",
    "afternoon-ascii-comma": "35日下午,市长王某主持召开市政府常务会议,研究部署春耕生产工作。",
}
SESSION_HEADLINES = {
    "headline-deck-one-line": "区政府召开第9次常务会议     张某主持",
    "headline": "县政府召开第21次常务会议",
}
STORY_BODY = "\n\n会议听取了有关部门的汇报，要求各相关单位切实提高政治站位，抓好工作落实。\n"


@pytest.mark.parametrize("lead", RUN_DAY_LEADS.values(), ids=RUN_DAY_LEADS.keys())
@pytest.mark.parametrize("headline", SESSION_HEADLINES.values(), ids=SESSION_HEADLINES.keys())
def test_headline_over_a_lead_whose_month_was_lost_is_a_story(lead: str, headline: str) -> None:
    found = docs(f"{headline}\n\n\n{lead}{STORY_BODY}")
    assert len(found) == 1
    assert found[0][0] is not None and found[0][0].startswith(headline.split()[0])
    assert found[0][2] is None  # which month and day: not read from a run of digits


@pytest.mark.parametrize(
    "lead",
    [
        "365日，我们坚守岗位，服务群众。",  # a count of days: no month 36
        "2021日，",  # no month and day in four digits
        "1340日，全县累计完成植树。",  # no such month and day
        "会议指出，要切实抓好交通执法改革工作。",  # no day at all
    ],
)
def test_no_story_without_a_day_lead(lead: str) -> None:
    assert docs(f"县政府召开第21次常务会议\n\n\n{lead}{STORY_BODY}") == []


# --------------------------------------------------------------------------- list pages and search results

LIST_TITLES = (
    "关于做好2021年春季森林防火工作的通知",
    "关于开展安全生产大检查的通知",
    "某某县人民政府关于调整县政府领导工作分工的通知",
    "关于印发某某县2021年重点工作任务的通知",
)
LIST_DATES = {
    "iso": ("2021-03-05", "2021-03-01", "2021-02-26", "2021-02-20"),
    "bracketed": ("[2021-03-05]", "[2021-03-01]", "[2021-02-26]", "[2021-02-20]"),
    "chinese": ("2021年3月5日", "2021年3月1日", "2021年2月26日", "2021年2月20日"),
    "dotted": ("2021.03.05", "2021.03.01", "2021.02.26", "2021.02.20"),
    "round-brackets": ("（2021-03-05）", "（2021-03-01）", "（2021-02-26）", "（2021-02-20）"),
}


@pytest.mark.parametrize("dates", LIST_DATES.values(), ids=LIST_DATES.keys())
@pytest.mark.parametrize("items", [3, 4], ids=["three-items", "four-items"])
def test_list_page_of_dated_titles_holds_no_document(dates: tuple[str, ...], items: int) -> None:
    page = "\n".join(f"{title}\n{date}" for title, date in zip(LIST_TITLES[:items], dates[:items], strict=True))
    assert docs(page + "\n") == []


def test_one_title_over_its_date_and_recipients_stays_a_document() -> None:
    page = (
        "关于做好2021年春季森林防火工作的通知\n2021-03-05\n"
        "各乡镇人民政府，县政府各部门：\n　　为做好春季森林防火工作，现就有关事项通知如下。\n"
        "某某县人民政府办公室\n2021年3月5日\n"
    )
    assert [t for t, _n, _d, _i in docs(page)] == ["关于做好2021年春季森林防火工作的通知"]


def test_two_dated_titles_are_no_list() -> None:
    # two titles over their dates are too few to call a list: the first stays the page's title
    page = "关于做好2021年春季森林防火工作的通知\n2021-03-05\n关于开展安全生产大检查的通知\n2021-03-01\n"
    assert len(docs(page)) == 1


SEARCH_HEADERS = {
    "bare": "搜索结果",
    "keyed": "检索结果：",
    "count-with-term": "共找到 3 条与“森林防火”相关的结果",
    "approximate-count": "找到约 1,230 条结果",
    "site-search-count": "站内搜索结果 共检索到5篇",
}
SEARCH_ITEMS = (
    "关于做好2021年春季森林防火工作的通知\n"
    "为切实做好春季森林防火工作，有效预防和减少森林火灾发生，现将有关事项通知如下……\n"
    "发布时间：2021-03-05 来源：县应急管理局\n"
    "某某县人民政府办公室关于加强森林防火工作的通知（某政办发〔2021〕5号）\n"
    "各乡镇人民政府，县政府各部门：近期气温回升……\n"
    "发布时间：2021-02-10 来源：县政府办公室\n"
)


@pytest.mark.parametrize("header", SEARCH_HEADERS.values(), ids=SEARCH_HEADERS.keys())
@pytest.mark.parametrize("chrome", ["", "首页 > 站内搜索\n"], ids=["no-breadcrumb", "breadcrumb"])
def test_search_results_page_holds_no_document(header: str, chrome: str) -> None:
    assert docs(f"{chrome}{header}\n{SEARCH_ITEMS}") == []


@pytest.mark.parametrize(
    "page",
    [
        # a notice that publishes results someone can look up: its title names 查询结果, no header
        "关于公布2021年高考成绩查询结果的通知\n各县（市、区）招生办：\n　　现将有关事项通知如下。\n"
        "某某市招生考试院\n2021年6月25日\n",
        # a story that reports a count found (找到…) inside its lead, not as a page's header
        "某某县开展森林防火大检查\n发布时间：2021-03-05\n"
        "3月4日，县应急管理局组织检查组，共找到隐患12处，已督促整改。\n",
    ],
    ids=["notice-naming-results", "story-with-a-count"],
)
def test_pages_naming_results_keep_their_document(page: str) -> None:
    assert len(docs(page)) == 1


# --------------------------------------------------------------------------- a page that only links a file

FILE_NAMES = {
    "number-pdf": "某政办发〔2021〕5号.pdf",
    "title-docx": "某某县2021年安全生产工作要点.docx",
    "upper-case": "某政办发〔2021〕5号.PDF",
    "wps": "附件1：安全生产工作要点.wps",
    "ofd": "某政办发〔2021〕5号.ofd",
}
DOWNLOAD_KEYS = {"download": "附件下载：", "related": "相关附件：", "bare": "下载："}


@pytest.mark.parametrize("name", FILE_NAMES.values(), ids=FILE_NAMES.keys())
@pytest.mark.parametrize("key", DOWNLOAD_KEYS.values(), ids=DOWNLOAD_KEYS.keys())
def test_linked_file_is_not_the_title(name: str, key: str) -> None:
    page = f"关于印发《某某县2021年安全生产工作要点》的通知\n发布时间：2021-03-05 来源：县应急管理局\n{key}\n{name}\n"
    assert [t for t, _n, _d, _i in docs(page)] == ["关于印发《某某县2021年安全生产工作要点》的通知"]


@pytest.mark.parametrize("name", FILE_NAMES.values(), ids=FILE_NAMES.keys())
def test_file_name_alone_is_no_document(name: str) -> None:
    assert docs(f"附件下载：\n{name}\n") == []


# --------------------------------------------------------------------------- an e-paper page of several stories

MASTHEADS = {"epaper": "某某日报 2021年3月5日 第02版：要闻\n", "none": ""}
STORIES = (
    ("我县召开春季森林防火工作会议", "3月4日，我县召开春季森林防火工作会议，安排部署全县森林防火工作。"),
    ("我县启动安全生产大检查", "3月4日，县安委会启动2021年安全生产大检查，为期一个月。"),
    ("县人大常委会开展执法检查", "3月3日，县人大常委会执法检查组深入企业开展安全生产法执法检查。"),
)
OPENERS = {
    "paper-reporter": "本报讯（记者 张三）",
    "site-correspondent": "本网讯（通讯员 李四）",
    "paper-colon": "本报讯：",
}
FOLLOW = "会议要求，各乡镇、各部门要切实落实责任，确保各项工作落到实处。\n"


@pytest.mark.parametrize("masthead", MASTHEADS.values(), ids=MASTHEADS.keys())
@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
@pytest.mark.parametrize("count", [2, 3], ids=["two-stories", "three-stories"])
def test_each_story_of_an_epaper_page_is_a_document(masthead: str, opener: str, count: int) -> None:
    page = masthead + "".join(f"{title}\n{opener}{lead}\n{FOLLOW}" for title, lead in STORIES[:count])
    assert [t for t, _n, _d, _i in docs(page)] == [title for title, _lead in STORIES[:count]]


def test_story_page_in_traditional_characters() -> None:
    page = (
        "我縣召開春季森林防火工作會議\n本報訊（記者 張三）3月4日，我縣召開春季森林防火工作會議。\n"
        "會議要求，各鄉鎮要切實落實責任，確保各項工作落到實處。\n"
        "我縣啟動安全生產大檢查\n本報訊（記者 李四）3月4日，縣安委會啟動安全生產大檢查。\n"
    )
    assert [t for t, _n, _d, _i in docs(page)] == ["我县召开春季森林防火工作会议", "我县启动安全生产大检查"]


ONE_STORY = {
    # a deck over the story's own lead: no prose above it yet
    "deck-over-lead": (
        "我县召开春季森林防火工作会议\n全面落实森林防火责任\n本报讯（记者 张三）3月4日，我县召开春季森林防火工作会议。\n"
        + FOLLOW
    ),
    # sub-headings inside the story, over prose that is no lead of its own
    "sub-headings": (
        "我县召开春季森林防火工作会议\n本报讯（记者 张三）3月4日，我县召开春季森林防火工作会议。\n"
        + FOLLOW
        + "压实防火责任\n各乡镇要层层签订责任书，把责任落实到山头地块。\n"
        + "加强火源管控\n各地要严格野外用火审批，严防火灾发生。\n"
    ),
    # a sentence that names the paper's opener is no headline
    "sentence-over-lead": (
        "我县召开春季森林防火工作会议\n本报讯（记者 张三）3月4日，我县召开春季森林防火工作会议。\n"
        + "会议强调，要压实责任，加强巡查。\n本报讯（记者 李四）补充报道：会后各乡镇迅速行动。\n"
    ),
}


@pytest.mark.parametrize("page", ONE_STORY.values(), ids=ONE_STORY.keys())
def test_one_story_stays_one_document(page: str) -> None:
    assert [t for t, _n, _d, _i in docs(page)] == ["我县召开春季森林防火工作会议"]
