"""Documents round 19 (session 18): pages where the tool found no document at all, or invented one.

Classes (docs/issue9-rounds.md, ### docs19):

* a site's summary line, cut mid-word, that repeats the text's opening over the text itself (a document-sharing
  page's speech): the text's first line starts a paragraph of its own and the summary is not the story's prose;
* a report's body stored without its title (各位代表： over the review): a speech's address is no notice's
  recipients, so the whole-text fallback invents no untitled document;
* a report's or speech's title over its body stored from the middle, an address opening one of the first
  paragraphs (各位代表，过去的四年中…): the title is the page's own;
* a titled notice without 关于 that proclaims its own kind (…公告如下 / 特此通告) and is signed by a body over a
  date.

Each class: positives over the variants and negatives that must open no document (a navigation page, a list of
other documents' titles, a search results page, a forum index among them).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from gazette_extract.layout.heads import addressed_below
from gazette_extract.layout.recognize import proclaimed_signed
from gazette_extract.pipeline import extract_str
from gazette_extract.text.newshead import publish_date
from gazette_extract.text.normalize import _repeats_opening, split_paragraphs


def _docs(text: str) -> list[dict]:
    return extract_str(text)["documents"]


def _head(text: str) -> tuple[str | None, str | None, str | None]:
    docs = _docs(text)
    assert len(docs) == 1, docs
    return docs[0]["title"], docs[0]["date"], docs[0]["issuer"]


# --- class 1: a summary line cut mid-word over the text it opens -------------------------------------------------

_SPEECH_SUMMARY = (
    "{title}{sub}{bracket}2019年3月31日{close} 同志们： 县不图强，必有远忧。当前，全国各地都在深入学习贯彻习\n"
    "{title}\n{sub}\n{bracket}2019年3月31日{close}\n同志们：\n"
    "县不图强，必有远忧。当前，全国各地都在深入学习贯彻有关精神，高质量发展的浪潮中百舸争流。\n"
)


@pytest.mark.parametrize(
    ("title", "sub", "bracket", "close"),
    [
        ("在全县处级领导干部专题研讨班结业仪式上的讲话", "用心用爱用功答好强县之问", "（", "）"),
        ("在全县处级领导干部专题研讨班结业仪式上的讲话", "用心用爱用功答好强县之问", "(", ")"),
        ("在全市经济工作会议上的讲话", "凝心聚力开创新局面", "（", "）"),
        ("在县委全会上的总结讲话", "以良好的精神状态开创新局面", "(", ")"),
    ],
)
def test_summary_over_speech_gives_its_title_and_date(title: str, sub: str, bracket: str, close: str) -> None:
    text = _SPEECH_SUMMARY.format(title=title, sub=sub, bracket=bracket, close=close)
    assert _head(text) == (title, "2019-03-31", None)


def test_summary_over_speech_traditional() -> None:
    text = (
        "在全縣幹部大會上的講話奮力開創新局面（2019年3月31日） 同志們： 縣不圖強，必有遠憂。當前，全國各地都在深入學習貫徹習\n"
        "在全縣幹部大會上的講話\n奮力開創新局面\n（2019年3月31日）\n同志們：\n"
        "縣不圖強，必有遠憂。當前，全國各地都在深入學習貫徹有關精神，高質量發展的浪潮中百舸爭流。\n"
    )
    assert _head(text) == ("在全县干部大会上的讲话", "2019-03-31", None)


@pytest.mark.parametrize(
    ("above", "line", "expected"),
    [
        ("在全县干部大会上的讲话用心用爱同志们：县不图强，必有远忧。当前全国各地都在", "在全县干部大会上的讲话", True),
        ("关于做好防汛工作的通知各镇人民政府：为做好防汛工作，现通知如下。一是加", "关于做好防汛工作的通知", True),
        # no sentence in the line above: a wrapped title's first line, not a summary
        ("在全县干部大会上的讲话用心用爱用功答好", "在全县干部大会上的讲话", False),
        # fewer than ten characters shared
        ("全县干部大会召开。会议要求各地加强", "全县干部大会", False),
        # a different opening
        ("会议要求，各地加强防汛工作。各镇要", "各镇人民政府要做好防汛值班工作", False),
        # the line is longer than the paragraph above
        ("在全县干部大会上的讲话。", "在全县干部大会上的讲话用心用爱用功答好强县之问", False),
    ],
)
def test_repeats_opening(above: str, line: str, expected: bool) -> None:
    assert _repeats_opening(above, line) is expected


def test_wrapped_paragraph_still_joins() -> None:
    # a paragraph whose next line does not repeat its opening still runs on as before
    paras = split_paragraphs(
        "县不图强，必有远忧。当前，全国各地都在深入学习贯彻\n有关精神，高质量发展的浪潮中百舸争流。\n"
    )
    assert len(paras) == 1


# --- class 2: a speech's address is no notice's recipients ------------------------------------------------------

_REPORT_BODY = (
    "{address}\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n"
    "一、过去一年工作回顾\n刚刚过去的一年，市人民政府坚定以新思想为指导，较好完成全年经济社会发展目标任务。\n"
)


@pytest.mark.parametrize("address", ["各位代表：", "各位代表:", "同志们：", "各位委员：", "各位代表！"])
def test_report_body_without_title_opens_no_document(address: str) -> None:
    assert _docs(_REPORT_BODY.format(address=address)) == []


@pytest.mark.parametrize(
    "recipients",
    ["各镇人民政府，县直各单位：", "各乡（镇）人民政府,县政府各部门:", "各区县人民政府，市政府各委、办、局："],
)
def test_untitled_notice_with_recipients_still_shown(recipients: str) -> None:
    text = f"{recipients}\n为做好今年防汛工作，经县政府同意，现将有关事项通知如下：\n一、加强值班值守。\n特此通知。\n"
    docs = _docs(text)
    assert len(docs) == 1 and docs[0]["title"] is None and docs[0]["recipients"]


# --- class 3: a report's title over its body, the address opening one of the first paragraphs ----------------------


@pytest.mark.parametrize(
    ("title", "address"),
    [
        ("乡镇人代会换届选举工作报告", "各位代表，"),
        ("XX镇政府工作报告", "各位代表,"),
        ("在全县经济工作会议上的讲话", "同志们，"),
        ("鄉鎮人代會換屆選舉工作報告", "各位代表，"),  # Traditional
        ("县政协常委会工作报告", "各位委员，"),
    ],
)
def test_report_title_over_mid_text_address(title: str, address: str) -> None:
    text = (
        f"{title}\n\n——社会各项事业协调发展。积极开展创建全市科技示范镇工作，科技在经济社会发展中的作用不断增强。\n\n"
        f"{address}过去的四年中，我们不断深化对镇情的认识，保持了经济持续健康发展。\n"
    )
    got, date, issuer = _head(text)
    assert got == title.replace("鄉鎮人代會換屆選舉工作報告", "乡镇人代会换届选举工作报告")
    assert date is None and issuer is None


@pytest.mark.parametrize(
    ("title", "texts", "expected"),
    [
        ("乡镇人代会换届选举工作报告", ["——社会各项事业协调发展。", "各位代表，过去的四年中"], True),
        ("在全县经济工作会议上的讲话", ["同志们！今天召开会议。"], True),
        # a headline's deck ends in 讲话 but the story under it addresses nobody
        ("张三出席会议并讲话", ["3月1日，全县经济工作会议召开。", "会议指出，各位代表要认真履职。"], False),
        # the title does not end in a speech's or report's form word
        ("全县经济工作会议召开", ["各位代表，过去的一年"], False),
        # the address comes too far down (past the first three paragraphs)
        ("XX镇政府工作报告", ["一、回顾。", "二、目标。", "三、任务。", "各位代表，"], False),
        # 各位代表 inside a sentence, not opening the paragraph
        ("XX镇政府工作报告", ["会议请各位代表审议。"], False),
    ],
)
def test_addressed_below(title: str, texts: list[str], expected: bool) -> None:
    assert addressed_below(title, texts) is expected


# --- class 4: a titled notice that proclaims its kind, signed and dated ------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "issuer"),
    [
        ("鄂城区区委书记大接访活动公告", "中共鄂城区委决定开展大接访活动，现就有关事项公告如下：", "中共鄂城区委员会"),
        ("春节期间烟花爆竹燃放管理通告", "为维护公共安全，现就有关事项通告如下：", "某某县公安局"),
        (
            "城区部分路段临时交通管制通告",
            "为保障活动顺利进行，决定实施临时交通管制。特此通告。",
            "某某市公安局交通警察支队",
        ),
        ("2023年度先进集体拟表彰名单公示", "经研究，拟表彰以下单位，现予公示。", "某某县人民政府办公室"),
        ("城区部分区域临时停水通知", "因管网维修，城区部分区域停水。特此通知。", "某某县水务局"),
    ],
)
def test_proclaimed_signed_notice(title: str, body: str, issuer: str) -> None:
    text = f"{title}\n\n{body}\n1.时间：1月22日上午9:00—11:00；\n2.地点：各乡镇人民政府大院内。\n\n{issuer}\n\n2018年1月18日\n"
    assert _head(text) == (title, "2018-01-18", issuer)


@pytest.mark.parametrize(
    "text",
    [
        # no signature under it: a headline over a story
        "鄂城区区委书记大接访活动公告\n\n中共鄂城区委决定开展大接访活动，现就有关事项公告如下：\n1.时间：1月22日。\n",
        # signed by a person, not a body
        "大接访活动公告\n\n现就有关事项公告如下：\n1.时间：1月22日。\n\n张三\n\n2018年1月18日\n",
    ],
)
def test_proclaimed_signed_negatives(text: str) -> None:
    assert _docs(text) == []


@pytest.mark.parametrize(
    ("title", "issuer", "date", "texts", "expected"),
    [
        ("大接访活动公告", "中共某区委员会", "2018-01-18", ["现就有关事项公告如下："], True),
        ("交通管制通告", "某市公安局", "2018-01-18", ["特此通告。"], True),
        ("拟表彰名单公示", "某县人民政府办公室", "2018-01-18", ["现予公示。"], True),
        # the body proclaims another kind than the title's
        ("大接访活动公告", "中共某区委员会", "2018-01-18", ["特此通知。"], False),
        # no proclaiming phrase: a news story under a headline that ends in 公告
        ("县里发布大接访活动公告", "中共某区委员会", "2018-01-18", ["1月18日，县委召开会议。"], False),
        # not dated under the signature
        ("大接访活动公告", "中共某区委员会", None, ["现就有关事项公告如下："], False),
        # signed by no body
        ("大接访活动公告", "张三", "2018-01-18", ["现就有关事项公告如下："], False),
        # the title ends in no proclaimed kind
        ("大接访活动安排", "中共某区委员会", "2018-01-18", ["现就有关事项公告如下："], False),
    ],
)
def test_proclaimed_signed(title: str, issuer: str, date: str | None, texts: list[str], expected: bool) -> None:
    doc = SimpleNamespace(title=title, issuer=issuer, date=date)
    assert proclaimed_signed(doc, texts) is expected  # type: ignore[arg-type]


# --- pages that must open no document ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a navigation page
        "首页\n政务公开\n新闻中心\n办事服务\n互动交流\n走进某县\n网站地图\n联系我们\n",
        # a list of other documents' titles with their dates
        "通知公告\n关于做好2023年防汛工作的通知 2023-05-01\n关于开展安全生产大检查的通知 2023-04-20\n"
        "关于印发某县乡村振兴实施方案的通知 2023-04-02\n关于调整县防汛抗旱指挥部成员的通知 2023-03-15\n",
        # a site search's results page
        "搜索结果\n共找到 25 条结果\n关于做好2023年防汛工作的通知\n发布时间：2023-05-01\n"
        "关于开展安全生产大检查的通知\n发布时间：2023-04-20\n上一页 1 2 3 下一页\n",
        # a forum index
        "论坛首页 › 本地论坛\n主题 作者 回复/查看 最后发表\n县城哪里的早餐好吃？ 游客 5/120 2023-5-1\n"
        "周末去哪里玩 网友甲 12/300 2023-4-30\n求推荐装修公司 网友乙 3/80 2023-4-29\n",
    ],
)
def test_pages_with_no_document(text: str) -> None:
    assert _docs(text) == []


# --- class 5: a Taiwan byline of several reporters over the publish stamp ---------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("记者陈骆宜宏 蔡文绮/新竹报导 2018-12-26 00:32", "2018-12-26"),
        ("记者张三 李四 王五／台北报导2018-12-26 00:32", "2018-12-26"),
        ("记者张三 李四/台北报道 2018-12-26 00:32", "2018-12-26"),
        ("记者张三　李四/台中报导 2019-03-01 08:15", "2019-03-01"),  # an ideographic space between the names
        ("记者张三/台北报导 2018-12-26 00:32", "2018-12-26"),  # one reporter, as before
        # no slash and no reporting verb: two words before a stamp are not a byline
        ("记者张三 李四 2018-12-26 00:32", None),
        ("会议决定 任命 张三/2018-12-26 00:32", None),
        ("张三 李四/台北 2018-12-26 00:32", None),
        # a sentence that mentions a time
        ("记者张三 李四/台北报导，2018-12-26 00:32举行。", None),
    ],
)
def test_reporters_byline_stamp(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


@pytest.mark.parametrize("reporters", ["記者陳駱宜宏 蔡文綺", "記者陳某 蔡某 林某", "记者陈某 蔡某"])
def test_headline_over_reporters_byline_is_a_document(reporters: str) -> None:
    text = (
        "楊文科就職竹縣長 營造竹縣市共好共榮生活圈\n\n"
        f"{reporters}/新竹報導 2018-12-26 00:32\n\n"
        "楊文科邱鏡淳一起走入禮堂，沿途有許多支持民眾歡迎，前縣長邱鏡淳致詞時表示感謝。\n"
    )
    docs = _docs(text)
    assert [d["title"] for d in docs] == ["杨文科就职竹县长营造竹县市共好共荣生活圈"]
    assert docs[0]["date"] is None  # the publish time is not the ceremony's day


# --- class 6: a bare publish key (发布 :) with another byline key after the date ----------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("发布 : 2025-3-02 来源 : 明报新闻网", "2025-03-02"),
        ("发布：2025-3-02 来源：明报新闻网", "2025-03-02"),
        ("发布 : 2025-3-02来源 ： 明报新闻网", "2025-03-02"),  # the blank before the key lost
        ("发布: 2025-03-02 10:20 作者: 张三", "2025-03-02"),
        ("发表：2021年3月5日 编辑：李四", "2021-03-05"),
        # the bare key alone, or followed by anything but a byline key: a field of a notice, no publish line
        ("发布：2025-3-02", None),
        ("发布：2025-3-02 请于3月5日前报送", None),
        ("发布单位：某某局 2025-3-02", None),
    ],
)
def test_bare_publish_key_line(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


@pytest.mark.parametrize("key", ["发布 : ", "发布：", "發佈："])
def test_headline_over_bare_publish_line_is_a_document(key: str) -> None:
    text = (
        "全国政协会议周二召开 议程公布\n"
        f"{key}2025-3-02 来源 : 明报新闻网\n"
        "今年全国政协会议的议程包括，听取和审议政协常委会工作报告和提案工作情况报告。\n"
    )
    docs = _docs(text)
    assert [d["title"] for d in docs] == ["全国政协会议周二召开议程公布"]


# --- class 7: a speech under a writing site's posting time: its 今天 is not the posting day ----------------------


@pytest.mark.parametrize(
    ("title", "stamp", "address"),
    [
        ("书记在新区开发建设会发言", "时间:2022-05-21 06:02:00", "同志们:"),
        ("县长在全县经济工作会议上的讲话", "发布时间：2022-05-21 06:02", "同志们："),
        ("县长在全县经济工作会议上的讲话", "时间：2022-05-21 06:02:00", "各位代表、同志们："),
        ("書記在新區開發建設會發言", "時間:2022-05-21 06:02:00", "同志們:"),  # Traditional
    ],
)
def test_speech_today_not_dated_by_posting_time(title: str, stamp: str, address: str) -> None:
    text = (
        f"{title}\n{stamp}\n{address}\n"
        "今天，我们召开新区开发建设动员大会，目的是进一步明确建设任务，细化目标责任。\n"
        "下面，我就新区开发工作讲三点意见。\n"
    )
    docs = _docs(text)
    assert len(docs) == 1 and docs[0]["date"] is None


@pytest.mark.parametrize(
    "lead", ["今天，全县新区开发建设动员大会召开。", "今天上午，县委召开常委会议，研究部署开发建设工作。"]
)
def test_news_today_still_dated_by_publish_line(lead: str) -> None:
    # no address under the publish line: a news story, its 今天 the publish day (as before)
    text = f"全县新区开发建设动员大会召开\n发布时间：2022-05-21 10:02\n{lead}\n会议要求，各乡镇、各部门要加强协作。\n"
    docs = _docs(text)
    assert len(docs) == 1 and docs[0]["date"] == "2022-05-21"
