"""Pages round 19 (session 19): documents missed on pages where the tool reported none, and one invented.

Classes (docs/issue9-rounds.md, ### pages19):

* an outlet's report tag in brackets opening the lead, no reporter named (【点新闻报道】… / 【特讯】… / [星岛消息]… /
  〖大公报讯〗… / ［中央社报导］…): a story's lead, so the headline over it is not run into it and is read;
* a lead opening on its subject and today's day in brackets (台中市议会今(26)日召开…): a headline's line never runs
  into it;
* site chrome over the headline that stands right over the lead (设为主页收藏本页 / … / 字体： 放大 还原 缩小 /
  headline / 【特讯】…): the headline, not the chrome, is the page's;
* a media tag in round brackets before a headline ((有片)… / （视频）… / (组图)…): the headline, no subtitle;
* a headline set in short lines over its lead (市十七届 / 人大五次会议 / 主席团召开 / 第四次会议 / □融媒记者 X /
  本报讯…): one headline, when the lead tells its words again;
* (precision) a notice stored from its recipients to its closing contact or attachment line, unsigned and undated
  (各系院，各处室： / … / 联系人：…): no document (FORMAT.md: no field, no record).

Each class: positives over the variants, negatives that must open no document or keep the page's reading (a menu
printed one entry a line, a link list, a tag page, a forum index among them).
"""

from __future__ import annotations

import pytest

from gazette_extract.layout.blocks import classify
from gazette_extract.layout.documents import stored_to_unsigned_end
from gazette_extract.pipeline import extract_str
from gazette_extract.text.newshead import SUBJECT_TODAY_LEAD_RE, opens_lead
from gazette_extract.text.normalize import split_paragraphs


def _docs(text: str) -> list[dict]:
    return extract_str(text)["documents"]


def _titles(text: str) -> list[str | None]:
    return [d["title"] for d in _docs(text)]


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text)]


LEAD_BODY = "十四届全国人大二次会议今天（3月4日）在北京人民大会堂举行新闻发布会，大会发言人就大会议程和人大工作相关问题回答中外记者提问。"

# --- an outlet's report tag opening the lead --------------------------------------------------------------------

REPORT_TAG_LEADS = {
    "dotdotnews": "【点新闻报道】" + LEAD_BODY,
    "special": "【特讯】市政署市政咨询委员会日前召开特别大会，审议市政署本年度第二次预算修改，并与市政管理委员会交流工作情况。",
    "paper-xun": "【大公报讯】特区政府今日公布新一届行政会议成员名单，行政长官表示对各成员加入感到欣喜，并期望与各成员共同努力。",
    "square-xiaoxi": "[星岛消息]警方今日在将军澳一带展开反罪恶行动，拘捕多名涉嫌非法赌博的男女，案件已交由重案组跟进调查中。",
    "white-lenticular": "〖本报讯〗县人大常委会昨日召开第十次会议，会议听取和审议了县政府关于财政预算执行情况的报告，并作出了决议。",
    "fullwidth-square-baodao": "［中央社报导］行政院今天召开院会，通过多项法案草案，行政院长表示将尽速送立法院审议，以回应各界民众的期待。",
    "ascii-comma": "【特讯】市政署市政咨询委员会日前召开特别大会,审议市政署本年度第二次预算修改,并与市政管理委员会交流工作情况。",
    "space-after-tag": "【点新闻报道】 " + LEAD_BODY,
}

NOT_REPORT_TAG_LEADS = {
    "headline-with-tag": "【快讯】某某县召开2024年经济工作会议",
    "short-clause": "【特讯】县长会见客商，双方洽谈合作事宜",
    "column-label": "【资讯】县人大常委会昨日召开第十次会议，会议听取和审议了县政府关于财政预算执行情况的报告，并作出了决议。",
    "not-a-report-tag": "【头条】县人大常委会昨日召开第十次会议，会议听取和审议了县政府关于财政预算执行情况的报告，并作出了决议。",
    "tag-alone": "【点新闻报道】",
    "tag-over-bracket": "【特讯】（图）县人大常委会昨日召开第十次会议，会议听取和审议了县政府关于财政预算执行情况的报告。",
    "no-closing-clause": "【特讯】"
    + "某某县人民代表大会常务委员会第十次会议审议通过县人民政府关于二〇二三年财政预算执行情况的报告决议草案全文",
}


@pytest.mark.parametrize("text", REPORT_TAG_LEADS.values(), ids=REPORT_TAG_LEADS.keys())
def test_report_tag_opens_a_lead(text: str) -> None:
    assert opens_lead(text)


@pytest.mark.parametrize("text", NOT_REPORT_TAG_LEADS.values(), ids=NOT_REPORT_TAG_LEADS.keys())
def test_other_tagged_lines_open_no_lead(text: str) -> None:
    assert not opens_lead(text)


@pytest.mark.parametrize("lead", REPORT_TAG_LEADS.values(), ids=REPORT_TAG_LEADS.keys())
def test_headline_over_a_report_tag_lead_is_not_run_into_it(lead: str) -> None:
    paragraphs = _paragraphs("人大新闻发布会：今年不举行总理记者会\n" + lead + "\n发言人表示，会期7天。")
    assert paragraphs[0] == "人大新闻发布会：今年不举行总理记者会"


# --- a lead opening on its subject and today's day in brackets ---------------------------------------------------

SUBJECT_TODAY_LEADS = {
    "ascii-brackets": "台中市议会今(26)日召开程序委员会，讨论第4届第4次定期会议事日程。",
    "fullwidth-brackets": "台中市议会今（26）日召开程序委员会，讨论第4届第4次定期会议事日程。",
    "yesterday": "县府昨(3)日表示，将于下周起办理代理乡长交接事宜。",
    "space-inside": "行政院长今( 20 )日出席记者会，说明内阁改组事宜。",
}


@pytest.mark.parametrize("lead", SUBJECT_TODAY_LEADS.values(), ids=SUBJECT_TODAY_LEADS.keys())
def test_headline_never_runs_into_a_subject_today_lead(lead: str) -> None:
    paragraphs = _paragraphs("合作媒体\n中市议会第4届第4次定期会 10/3开议\n" + lead)
    assert len(paragraphs) == 3 and paragraphs[-1].startswith(lead[:3])
    assert SUBJECT_TODAY_LEAD_RE.match(lead) is not None


NOT_SUBJECT_TODAY = {
    "no-subject": "今(26)日上午在县政府召开",
    "subject-too-long": "某某县第十八届人民代表大会常务委员会第十次会议今(26)日召开",
    "comma-before": "县府，今(3)日表示将办理交接",
    "day-inside-bracket": "市政府今天（3月26日）召开常务会议",
}


@pytest.mark.parametrize("line", NOT_SUBJECT_TODAY.values(), ids=NOT_SUBJECT_TODAY.keys())
def test_other_lines_are_no_subject_today_lead(line: str) -> None:
    assert SUBJECT_TODAY_LEAD_RE.match(line) is None


def test_subject_today_lead_opens_the_story_under_a_headline() -> None:
    text = "合作媒体\n中市议会第4届第4次定期会 10/3开议\n台中市议会今(26)日召开程序委员会，讨论第4届第4次定期会议事日程，会中决议10月3日开议。\n"
    assert _titles(text) == ["中市议会第4届第4次定期会10/3开议"]


# --- site chrome over the headline that stands right over the lead ------------------------------------------------

CHROME = (
    "您好！今天是\n设为主页收藏本页\n社交网站：\n当前报章2019年06月05日\n今日导读\n本报新闻\n字体： 放大 还原 缩小\n"
)
HEADLINE = "市政咨委会召开特别大会"
BODY = "\n会议于五月三十一日下午在市政署大礼堂举行，由市政咨询委员会主席主持，各委员出席会议。\n"

CHROME_LEADS = {
    "special-tag": "【特讯】市政署市政咨询委员会日前召开特别大会，审议市政署本年度第二次预算修改，并与市政管理委员会交流工作情况。",
    "benbao": "本报讯 5月31日，市政署市政咨询委员会召开特别大会，审议市政署本年度第二次预算修改，并与市政管理委员会交流。",
    "dateline": "新华社澳门5月31日电 市政署市政咨询委员会召开特别大会，审议市政署本年度第二次预算修改。",
    "reporter-bracket": "（记者 张三）5月31日，市政署市政咨询委员会召开特别大会，审议市政署本年度第二次预算修改。",
    "report-tag": "【点新闻报道】市政署市政咨询委员会今天（5月31日）召开特别大会，审议市政署本年度第二次预算修改，并交流工作情况。",
}


@pytest.mark.parametrize("lead", CHROME_LEADS.values(), ids=CHROME_LEADS.keys())
def test_headline_under_site_chrome_is_read(lead: str) -> None:
    assert _titles(CHROME + HEADLINE + "\n" + lead + BODY) == [HEADLINE]


def test_headline_under_site_chrome_traditional() -> None:
    text = (
        "您好!今天是\n設為主頁收藏本頁\n社交網站:\n當前報章2019年06月05日\n今日導讀\n本報新聞\n字體: 放大 還原 縮小\n"
        "市政諮委會召開特別大會\n\n    【特訊】市政署市政諮詢委員會日前召開特別大會,審議市政署本年度第二次預算修改,"
        "並與市政管理委員會交流工作情況。\n    會議於五月三十一日下午在市政署大禮堂舉行。\n"
    )
    assert _titles(text) == [HEADLINE]


def test_headline_over_its_sub_headline_keeps_its_place() -> None:
    # every line between the first plain line and the line over the lead is plain: a second deck, not chrome
    text = (
        "某某县召开全县经济工作会议\n部署全年重点工作任务安排\n"
        "本报讯 3月4日，某某县召开全县经济工作会议，部署全年重点工作任务，县委书记出席会议并讲话。\n"
    )
    assert "部署全年重点工作任务安排" not in _titles(text)


def test_question_deck_over_the_lead_is_no_headline() -> None:
    text = (
        "“提请不批准”——检察长任命中的权力关系\n■法人看法\n"
        "*既然如此，为什么不能直接“不提请”呢？*\n"
        "9月29日，湖南省十届人大常委会听取和审议了省人民检察院检察长提交的议案，决定不批准任命。\n"
    )
    assert not any(t and t.endswith(("呢？*", "呢？")) for t in _titles(text))


NO_HEADLINE_PAGES = {
    "menu-one-entry-a-line": "首页\n新闻中心\n政务公开\n本报讯 3月4日，某某县召开全县经济工作会议，部署全年重点工作任务。\n",
    "link-list": (
        "相关链接\n某某县召开经济工作会议\n某某县部署防汛工作\n"
        "上一篇：某某县召开安全生产会议\n下一篇：某某县开展植树活动\n"
    ),
    "tag-page": "标签\n人大\n任免\n热门标签\n更多>>\n",
    "forum-index": "论坛首页 > 时政 > 本地新闻\n主题 作者 回复/查看 最后发表\n版主 张三 12/345 2024-03-04\n",
}


@pytest.mark.parametrize("text", NO_HEADLINE_PAGES.values(), ids=NO_HEADLINE_PAGES.keys())
def test_pages_without_a_headline_open_no_titled_document(text: str) -> None:
    assert all(t is None for t in _titles(text))


# --- a media tag before the headline --------------------------------------------------------------------------------

MEDIA_TAGGED = {
    "you-pian-ascii": "(有片)人大新闻发布会：今年不举行总理记者会",
    "you-pian-fullwidth": "（有片）人大新闻发布会：今年不举行总理记者会",
    "video": "（视频）某某县召开全县经济工作会议",
    "photos": "(组图)某某县召开全县经济工作会议",
    "space-in-tag": "（ 视频 ）某某县召开全县经济工作会议",
}


@pytest.mark.parametrize("headline", MEDIA_TAGGED.values(), ids=MEDIA_TAGGED.keys())
def test_media_tagged_headline_over_a_lead(headline: str) -> None:
    text = "点新闻 | 每日点新闻 点解香港事\n下载APP\n标签\n" + headline + "\n" + REPORT_TAG_LEADS["dotdotnews"] + "\n"
    titles = _titles(text)
    assert len(titles) == 1 and titles[0] is not None and titles[0].endswith(headline[-8:])


NOT_MEDIA_TAGGED = {
    "tag-alone": "（组图）",
    "short-rest": "（有片）短讯",
    "bracketed-date": "（2022年9月6日）",
    "subtitle": "（在全县经济工作会议上的讲话）",
}


@pytest.mark.parametrize("line", NOT_MEDIA_TAGGED.values(), ids=NOT_MEDIA_TAGGED.keys())
def test_bracketed_lines_are_no_headline(line: str) -> None:
    text = "标签\n" + line + "\n" + REPORT_TAG_LEADS["dotdotnews"] + "\n"
    assert all(t is None or not t.startswith(line[:3]) for t in _titles(text))


# --- a headline set in short lines over its lead --------------------------------------------------------------------

STACKED = {
    "four-lines-reporter": (
        "市十七届\n人大五次会议\n主席团召开\n第四次会议\n□融媒记者 颜元滔\n"
        "本报讯 1月21日，市十七届人大五次会议主席团召开第四次会议。会议由大会主席团常务主席主持。\n",
        "市十七届人大五次会议主席团召开第四次会议",
    ),
    "three-lines-no-reporter": (
        "县人大常委会\n召开第十次\n主任会议\n本报讯 3月2日，县人大常委会召开第十次主任会议，研究近期工作。\n",
        "县人大常委会召开第十次主任会议",
    ),
    "two-lines-dateline": (
        "区政府召开\n常务会议\n新华社北京3月2日电 区政府召开常务会议，研究部署近期重点工作任务。\n",
        "区政府召开常务会议",
    ),
    "traditional": (
        "市十七屆\n人大五次會議\n主席團召開\n第四次會議\n□融媒記者 顏元滔\n"
        "本報訊 1月21日,市十七屆人大五次會議主席團召開第四次會議。會議由大會主席團常務主席主持。\n",
        "市十七届人大五次会议主席团召开第四次会议",
    ),
}


@pytest.mark.parametrize(("text", "title"), STACKED.values(), ids=STACKED.keys())
def test_headline_set_in_short_lines(text: str, title: str) -> None:
    assert _titles(text) == [title]


NOT_STACKED = {
    "menu-entries": "首页\n新闻中心\n政务公开\n办事服务\n本报讯 3月4日，某某县召开全县经济工作会议，部署全年重点工作。\n",
    "lead-tells-other-words": (
        "今日导读\n本报新闻\n专题报道\n图片新闻\n本报讯 3月4日，某某县召开全县经济工作会议，部署全年重点工作。\n"
    ),
    "one-line-told-of-four": (
        "市十七届\n阅读排行\n热点推荐\n精彩图片\n本报讯 1月21日，市十七届人大五次会议主席团召开第四次会议。\n"
    ),
    "lines-with-punctuation": "首页：\n新闻，\n本报讯 3月4日，某某县召开全县经济工作会议，部署全年重点工作。\n",
}


@pytest.mark.parametrize("text", NOT_STACKED.values(), ids=NOT_STACKED.keys())
def test_short_lines_over_an_untitled_lead_are_no_headline(text: str) -> None:
    assert all(t is None for t in _titles(text))


# --- (precision) a notice stored from its recipients to its unsigned end --------------------------------------------

NOTICE = "各系院，各处室：\n现就学校领导小组梳理调整工作有关情况通知如下：\n一、工作范围\n本次梳理调整工作的范围是学校各类领导小组。\n"

UNSIGNED_ENDS = {
    "contact": "联系人：郭文静；联系电话：13210674877",
    "contact-ascii-colon": "联系人:郭文静 联系电话:13210674877",
    "phone": "联系电话：0851-38719968",
    "attachment": "附件：2016年县政府重点工作任务分解表",
    "attachment-numbered": "附件1：组成人员名单",
    "attachment-spaced": "附 件：组成人员名单",
    "consult": "咨询电话：12345",
}


@pytest.mark.parametrize("end", UNSIGNED_ENDS.values(), ids=UNSIGNED_ENDS.keys())
def test_notice_stored_to_its_unsigned_end_is_no_document(end: str) -> None:
    assert _docs(NOTICE + end + "\n") == []
    assert stored_to_unsigned_end(classify(split_paragraphs(NOTICE + end)))


SHOWN_NOTICES = {
    "signed-dated": NOTICE + "附件：组成人员名单\n某某职业学院办公室\n2023年8月20日\n",
    "numbered": "某院办发〔2023〕5号\n" + NOTICE + "联系人：郭文静\n",
    "cut-mid-text": NOTICE + "二、工作任务\n（一）认真排查梳理。各单位认真梳理本单位牵头成立的",
}


@pytest.mark.parametrize("text", SHOWN_NOTICES.values(), ids=SHOWN_NOTICES.keys())
def test_untitled_notice_with_a_field_or_cut_stays(text: str) -> None:
    docs = _docs(text)
    assert len(docs) == 1 and docs[0]["title"] is None


def test_contact_line_inside_the_body_is_no_end() -> None:
    blocks = classify(split_paragraphs(NOTICE + "联系人：郭文静\n二、有关要求\n请各单位按时报送。"))
    assert not stored_to_unsigned_end(blocks)


def test_no_duplicate_rows() -> None:
    tables = [
        REPORT_TAG_LEADS,
        NOT_REPORT_TAG_LEADS,
        SUBJECT_TODAY_LEADS,
        NOT_SUBJECT_TODAY,
        CHROME_LEADS,
        MEDIA_TAGGED,
    ]
    tables += [NOT_MEDIA_TAGGED, STACKED, NOT_STACKED, UNSIGNED_ENDS, SHOWN_NOTICES, NO_HEADLINE_PAGES]
    for table in tables:
        assert len(set(table.values())) == len(table)
