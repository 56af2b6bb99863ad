"""Pages round 21 (session 20): documents missed on non-personnel pages where the tool reported none, third round.

Classes fixed (docs/issue9-rounds.md, ### pages21):

* a notice printed whole under a page's prose (a pinned promotion, an account's blurb), so that no headline was read
  over it: its own title (关于…的通告 / 某某指挥部通告), a paragraph of its body, then a signature over its date under
  it (layout.documents._signed_notice_under_prose); the document starts at its title, dated by its signature;
* a reprint's note of the original title after the story ((原题为《…》) / 原标题：“…” / 原题：…) confirming a line among
  the page's first that opens on that title (layout.news.original_note_title);
* a page's title printed under its key after the story, over the page's address line (标题：… / 地址：http://…);
* a headline printed twice on lines of their own, the second printing run into the story's lead by a converter
  that dropped the blank lines (某某发布会3月4日举行 / 某某发布会3月4日举行据…消息，…): the joiner keeps a line printed again
  under itself apart (text.normalize), and the second printing glued to a sentence confirms the headline;
* an aggregator's head line printing the headline, the outlet's name and the publish stamp apart by blanks
  (某某成果!某某发展 上游新闻     2022-05-31 21:10): cut into the headline and its publish line (layout.runon), not when
  the line next to it is another such line (a list of other pages' items);
* (precision) a content site's reading-time line (本篇文章195字，读完约1分钟) is no title (layout.doubt).

Positives over the variants (kinds, issuer before 关于, promotion forms, full-width and ASCII punctuation,
Traditional); negatives that must open no document (a commentary, a link list, a tag page, a search result page, a
forum index, a bare 目录, a site's about page, an error page) or keep the rule from firing (unsigned, a title in 《》,
a list of titles, another title before the signature, a signature without date).
"""

from __future__ import annotations

import time

import pytest

from gazette_extract.layout.doubt import doubtful_title, is_reading_time_line
from gazette_extract.layout.runon import split_headline_stamp
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import Para, split_paragraphs

# a pinned promotion over the page (the prose that stood over every line)
_PROMO = (
    "置顶公告：\n"
    "最新本地资讯，关注【某某全知道】微信公众号！想买房、想了解行情、想避坑，进楼市买房交流群；交流所在乡镇信息，可加各自乡镇"
    "交流群；家长育儿、入学等信息互助交流，可进家长交流群；加群、广告发布/商务合作，请加微信 abc123！\n"
    "某某全知道\n"
    "2022-03-19 21:18:29\n"
)
_BODY = (
    "近期，全国疫情形势骤然严峻，为进一步做好疫情防控常态化工作，避免人群聚集可能引发的交叉感染，"
    "经镇疫情防控指挥部研究决定，暂缓恢复辖区内所有集市活动。现就有关事项通告如下：\n"
    "一、即日起，全面暂停全镇所有集市、交流会活动，如有变化另行通知。\n"
    "二、各村负责通过大喇叭、微信群等形式广而告之，确保人人知晓。\n"
)


def _docs(text: str) -> list[dict[str, object]]:
    return list(extract_str(text)["documents"])  # type: ignore[arg-type]


def _one(text: str) -> tuple[object, object, object]:
    docs = _docs(text)
    assert len(docs) == 1, docs
    return docs[0]["title"], docs[0]["date"], docs[0]["issuer"]


SIGNED_UNDER_PROSE = [
    # (id, text, (title, date, issuer))
    (
        "pinned-promotion-tonggao",
        _PROMO
        + "暂缓恢复集市！某镇发布公告\n关于暂缓恢复辖区内所有集市的通告\n"
        + _BODY
        + "特此通告！\n某某镇疫情防控指挥部\n2022年3月18日\n来源：某某发布\n",
        ("关于暂缓恢复辖区内所有集市的通告", "2022-03-18", "某某镇疫情防控指挥部"),
    ),
    (
        "issuer-before-guanyu-tongzhi",
        _PROMO + "某某镇人民政府关于暂停农村大集的通知\n" + _BODY + "特此通知。\n某某镇人民政府\n2022年4月4日\n",
        ("某某镇人民政府关于暂停农村大集的通知", "2022-04-04", "某某镇人民政府"),
    ),
    (
        "gonggao-iso-date",
        "关注我们，第一时间获取本地资讯！每天更新，欢迎转发，点击右上角分享给朋友，共同关注家乡发展。\n"
        "关于调整城区部分路段交通组织的公告\n"
        "为缓解城区交通拥堵状况，保障道路交通安全畅通，根据《中华人民共和国道路交通安全法》等有关规定，决定调整部分路段交通组织。\n"
        "一、自2023年1月1日起，人民路实行单向通行。\n"
        "某某县公安局交通警察大队\n"
        "2022年12月20日\n",
        ("关于调整城区部分路段交通组织的公告", "2022-12-20", "某某县公安局交通警察大队"),
    ),
    (
        "ascii-punctuation",
        "置顶:关注本号,获取更多本地资讯!广告合作请联系客服微信,想了解行情请进交流群,每日更新本地新闻.\n"
        "关于暂缓恢复辖区内所有集市的通告\n"
        "近期,全国疫情形势骤然严峻,为进一步做好疫情防控常态化工作,避免人群聚集可能引发的交叉感染,经研究决定,暂缓恢复集市活动.\n"
        "一、即日起,全面暂停全镇所有集市活动.\n"
        "特此通告!\n某某镇疫情防控指挥部\n2022年3月18日\n",
        ("关于暂缓恢复辖区内所有集市的通告", "2022-03-18", "某某镇疫情防控指挥部"),
    ),
    (
        "traditional",
        "置頂公告：\n最新本地資訊，關注【某某全知道】微信公眾號！想買房、想了解行情、想避坑，進樓市買房交流群；交流所在鄉鎮資訊，"
        "可加各自鄉鎮交流群；家長育兒、入學等資訊互助交流，可進家長交流群；加群、廣告發布，請加微信！\n"
        "關於暫緩恢復轄區內所有集市的通告\n"
        "近期，全國疫情形勢驟然嚴峻，為進一步做好疫情防控常態化工作，避免人群聚集可能引發的交叉感染，經研究決定，暫緩恢復集市活動。\n"
        "一、即日起，全面暫停全鎮所有集市活動。\n"
        "特此通告！\n某某鎮疫情防控指揮部\n2022年3月18日\n",
        ("关于暂缓恢复辖区内所有集市的通告", "2022-03-18", "某某镇疫情防控指挥部"),
    ),
]


@pytest.mark.parametrize(("text", "want"), [s[1:] for s in SIGNED_UNDER_PROSE], ids=[s[0] for s in SIGNED_UNDER_PROSE])
def test_signed_notice_under_prose_is_the_document(text: str, want: tuple[str, str, str]) -> None:
    assert _one(text) == want


def test_signed_notice_starts_at_its_title() -> None:
    text = SIGNED_UNDER_PROSE[0][1]
    doc = _docs(text)[0]
    lines = doc["lines"]
    assert isinstance(lines, dict)
    assert lines["start"] == text.splitlines().index("关于暂缓恢复辖区内所有集市的通告") + 1
    assert doc["published"] is None  # the account's stamp above is the page's, not the notice's


NOT_SIGNED_UNDER_PROSE = [
    # (id, text): each opens no document
    (
        "unsigned",
        _PROMO + "关于暂缓恢复辖区内所有集市的通告\n" + _BODY + "特此通告！\n",
    ),
    (
        "signature-without-date",
        _PROMO + "关于暂缓恢复辖区内所有集市的通告\n" + _BODY + "特此通告！\n某某镇疫情防控指挥部\n",
    ),
    (
        "title-in-quotes-marks",
        _PROMO + "《关于暂缓恢复辖区内所有集市的通告》\n" + _BODY + "某某镇疫情防控指挥部\n2022年3月18日\n",
    ),
    (
        "title-with-sentence-mark",
        _PROMO + "关于暂缓恢复辖区内所有集市的通告。\n" + _BODY + "某某镇疫情防控指挥部\n2022年3月18日\n",
    ),
    (
        "no-body-under-title",
        _PROMO + "关于暂缓恢复辖区内所有集市的通告\n某某镇疫情防控指挥部\n2022年3月18日\n",
    ),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_SIGNED_UNDER_PROSE], ids=[n[0] for n in NOT_SIGNED_UNDER_PROSE])
def test_signed_notice_near_misses_open_no_titled_document(text: str) -> None:
    assert all(d["title"] is None for d in _docs(text))


def test_list_of_titles_over_a_signed_notice_is_not_its_title() -> None:
    text = (
        _PROMO
        + "关于做好春节期间安全生产工作的通知\n关于开展消防安全大检查的通知\n关于暂缓恢复辖区内所有集市的通告\n"
        + _BODY
        + "某某镇疫情防控指挥部\n2022年3月18日\n"
    )
    assert all(d["title"] != "关于暂缓恢复辖区内所有集市的通告" for d in _docs(text))


def test_another_title_before_the_signature_is_that_ones() -> None:
    text = (
        _PROMO
        + "关于做好春节期间安全生产工作的通知\n"
        + _BODY
        + "关于暂缓恢复辖区内所有集市的通告\n"
        + _BODY
        + "某某镇疫情防控指挥部\n2022年3月18日\n"
    )
    assert all(d["title"] != "关于做好春节期间安全生产工作的通知" for d in _docs(text))


NOTED = [
    # (id, text, title)
    (
        "bracketed-title-marks-glued-byline",
        "- +1\n澳门劳工局呼吁在澳内地劳务人员避免回乡过年\n肖中仁/央视新闻\n字号\n"
        "央视新闻1月11日消息，农历新年将至，澳门特区政府劳工事务局11日呼吁，在澳工作的内地劳务人员在春节假期避免回乡过年，以减少人员流动和聚集。\n"
        "劳工事务局表示，希望各方互谅互让，齐心抗疫，也提醒雇主雇员做好个人防护措施。\n"
        "（原题为《澳门劳工局呼吁在澳内地劳务人员避免回乡过年》）\n责任编辑：某某\n",
        "澳门劳工局呼吁在澳内地劳务人员避免回乡过年",
    ),
    (
        "original-title-in-quotes",
        "+1\n某某县启动春季植树造林活动\n字号\n"
        "据县林业局消息，某某县今年计划新增造林面积两万亩，各乡镇将在三月底前完成苗木调运和整地工作，确保按时完成任务。\n"
        "县林业局表示，将加强技术指导和后期管护，确保成活率。\n"
        "(原标题为“某某县启动春季植树造林活动”)\n",
        "某某县启动春季植树造林活动",
    ),
    (
        "bare-after-colon-traditional",
        "+1\n某某縣啟動春季植樹造林活動\n字號\n"
        "據縣林業局消息，某某縣今年計劃新增造林面積兩萬畝，各鄉鎮將在三月底前完成苗木調運和整地工作，確保按時完成任務。\n"
        "縣林業局表示，將加強技術指導和後期管護，確保成活率。\n"
        "原題：某某縣啟動春季植樹造林活動\n",
        "某某县启动春季植树造林活动",
    ),
]


@pytest.mark.parametrize(("text", "title"), [n[1:] for n in NOTED], ids=[n[0] for n in NOTED])
def test_original_title_note_confirms_the_headline(text: str, title: str) -> None:
    assert _one(text)[0] == title


NOT_NOTED = [
    # (id, text): the note names a title no line at the top opens on, or there is no note
    (
        "note-names-another-title",
        "+1\n字号\n"
        "据县林业局消息，某某县今年计划新增造林面积两万亩，各乡镇将在三月底前完成苗木调运和整地工作，确保按时完成任务。\n"
        "（原题为《某某县启动春季植树造林活动》）\n",
    ),
    (
        "commentary-without-note",
        "+1\n字号\n"
        "在我们看来，植树造林不仅是一项工作任务，更是一种生活态度，每个人都应当从身边做起，爱护环境、珍惜资源。\n",
    ),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_NOTED], ids=[n[0] for n in NOT_NOTED])
def test_original_title_note_near_misses_open_no_document(text: str) -> None:
    assert _docs(text) == []


KEYED_AT_END = [
    # (id, text, title)
    (
        "key-and-address",
        "本篇文章195字，读完约1分钟\n\n"
        "近日，根据文明城市评价体系要求，翠云路街道办事处对辖区内各物业小区乱张贴小广告进行了专项治理，辖区内23个社区焕然一新。\n\n"
        "标题：翠云路街道办事处开展小广告进行专项治理\n\n地址：http://example.cn/lyzx/2377.html\n",
        "翠云路街道办事处开展小广告进行专项治理",
    ),
    (
        "traditional-ascii-colon-link-key",
        "近日，根據文明城市評價體系要求，翠云路街道辦事處對轄區內各物業小區亂張貼小廣告進行了專項治理，轄區內23個社區煥然一新。\n"
        "標題:翠云路街道辦事處開展小廣告進行專項治理\n本文鏈接:https://example.cn/lyzx/2377.html\n",
        "翠云路街道办事处开展小广告进行专项治理",
    ),
]


@pytest.mark.parametrize(("text", "title"), [k[1:] for k in KEYED_AT_END], ids=[k[0] for k in KEYED_AT_END])
def test_title_keyed_after_the_story_is_the_headline(text: str, title: str) -> None:
    assert _one(text)[0] == title


NOT_KEYED_AT_END = [
    # (id, text)
    (
        "key-not-at-end",
        "近日，翠云路街道办事处对辖区内各物业小区乱张贴小广告进行了专项治理，辖区内23个社区焕然一新，居民生活环境得到改善。\n"
        "标题：翠云路街道办事处开展小广告进行专项治理\n地址：http://example.cn/lyzx/2377.html\n"
        "街道办事处表示，将持续开展整治，巩固治理成果，营造干净整洁的生活环境，欢迎居民监督举报。\n",
    ),
    (
        "no-address-line",
        "近日，翠云路街道办事处对辖区内各物业小区乱张贴小广告进行了专项治理，辖区内23个社区焕然一新，居民生活环境得到改善。\n"
        "标题：翠云路街道办事处开展小广告进行专项治理\n编辑：某某\n",
    ),
    (
        "sentence-as-value",
        "近日，翠云路街道办事处对辖区内各物业小区乱张贴小广告进行了专项治理，辖区内23个社区焕然一新，居民生活环境得到改善。\n"
        "标题：近日街道办事处对小广告进行了专项治理。\n地址：http://example.cn/lyzx/2377.html\n",
    ),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_KEYED_AT_END], ids=[n[0] for n in NOT_KEYED_AT_END])
def test_keyed_title_near_misses_open_no_document(text: str) -> None:
    assert _docs(text) == []


TWICE = [
    # (id, text, title)
    (
        "press-centre-lead",
        "十三届全国人大五次会议首场新闻发布会3月4日举行\n十三届全国人大五次会议首场新闻发布会3月4日举行\n"
        "据十三届全国人大五次会议新闻中心消息，十三届全国人大五次会议将于2022年3月4日（星期五）12时在人民大会堂新闻发布厅举行新闻发布会。\n"
        "为有效防控疫情，新闻发布会将采用网络视频形式进行。\n",
        "十三届全国人大五次会议首场新闻发布会3月4日举行",
    ),
    (
        "ascii-comma-lead",
        "某某县召开2023年春季植树造林动员会\n某某县召开2023年春季植树造林动员会\n"
        "据县林业局介绍,今年全县计划新增造林面积两万亩,各乡镇将在三月底前完成苗木调运和整地工作.\n",
        "某某县召开2023年春季植树造林动员会",
    ),
    (
        "dated-lead",
        "某某县召开2023年春季植树造林动员会\n某某县召开2023年春季植树造林动员会\n"
        "3月5日上午，某某县召开2023年春季植树造林动员会，部署今年造林绿化工作，各乡镇主要负责人参加会议。\n",
        "某某县召开2023年春季植树造林动员会",
    ),
    (
        "traditional",
        "某某縣召開2023年春季植樹造林動員會\n某某縣召開2023年春季植樹造林動員會\n"
        "據縣林業局介紹，今年全縣計劃新增造林面積兩萬畝，各鄉鎮將在三月底前完成苗木調運和整地工作。\n",
        "某某县召开2023年春季植树造林动员会",
    ),
]


@pytest.mark.parametrize(("text", "title"), [t[1:] for t in TWICE], ids=[t[0] for t in TWICE])
def test_headline_printed_twice_over_its_lead(text: str, title: str) -> None:
    assert _one(text)[0] == title


def test_line_printed_again_under_itself_stays_apart() -> None:
    paras = [p.text for p in split_paragraphs("某某县召开春季植树造林动员会\n某某县召开春季植树造林动员会\n")]
    assert paras == ["某某县召开春季植树造林动员会", "某某县召开春季植树造林动员会"]


NOT_TWICE = [
    # (id, text): no second printing glued to a lead — the rule does not fire (no document)
    (
        "printed-once",
        "某某县召开2023年春季植树造林动员会\n"
        "据县林业局介绍，今年全县计划新增造林面积两万亩，各乡镇将在三月底前完成苗木调运和整地工作。\n",
    ),
    (
        "second-printing-short-rest",
        "某某县召开2023年春季植树造林动员会\n某某县召开2023年春季植树造林动员会\n详见附件\n",
    ),
    (
        "sentence-quoting-the-title",
        "国务院关于设置某某自治州的决定\n国务院关于设置某某自治州的决定的精神，各地于1957年10月18日起执行，请遵照办理。\n",
    ),
    (
        "title-then-commentary",
        "某某县召开2023年春季植树造林动员会\n某某县召开2023年春季植树造林动员会，这在我们看来是一件好事，值得各地学习借鉴。\n",
    ),
    (
        "short-line-twice",
        "要闻\n要闻\n据县林业局介绍，今年全县计划新增造林面积两万亩，各乡镇将在三月底前完成苗木调运和整地工作。\n",
    ),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_TWICE], ids=[n[0] for n in NOT_TWICE])
def test_headline_twice_near_misses_open_no_document(text: str) -> None:
    assert _docs(text) == []


_LEAD = (
    "5月31日下午，宝山区统筹疫情防控和经济社会发展工作会议召开，贯彻落实党中央国务院决策部署和市委市政府的工作要求，"
    "统一思想、统一行动，努力做到两手抓、两手硬、两手赢。\n"
)
STAMPED = [
    # (id, head line, headline, outlet and stamp)
    (
        "outlet-xinwen",
        "上海取得重大阶段性成果!政府部署疫情防控和经济社会发展 上游新闻     2022-05-31 21:10",
        "上海取得重大阶段性成果!政府部署疫情防控和经济社会发展",
        "上游新闻 2022-05-31 21:10",
    ),
    (
        "outlet-ribao-seconds",
        "宝山区召开统筹疫情防控和经济社会发展工作会议  解放日报  2022-05-31 21:10:05",
        "宝山区召开统筹疫情防控和经济社会发展工作会议",
        "解放日报 2022-05-31 21:10:05",
    ),
    (
        "outlet-kehuduan-slash-date",
        "宝山区召开统筹疫情防控和经济社会发展工作会议 新民客户端 2022/5/31 21:10",
        "宝山区召开统筹疫情防控和经济社会发展工作会议",
        "新民客户端 2022/5/31 21:10",
    ),
    (
        "ideographic-blanks",
        "宝山区召开统筹疫情防控和经济社会发展工作会议\u3000\u3000上观新闻\u30002022-05-31 21:10",
        "宝山区召开统筹疫情防控和经济社会发展工作会议",
        "上观新闻 2022-05-31 21:10",
    ),
]


@pytest.mark.parametrize(("line", "head", "stamp"), [s[1:] for s in STAMPED], ids=[s[0] for s in STAMPED])
def test_headline_outlet_stamp_line_is_cut(line: str, head: str, stamp: str) -> None:
    got = split_headline_stamp(Para(line, 1, 1))
    assert got is not None and [p.text for p in got] == [head, stamp]


@pytest.mark.parametrize("line", [s[1] for s in STAMPED], ids=[s[0] for s in STAMPED])
def test_headline_outlet_stamp_page_opens_the_story(line: str) -> None:
    title, _, _ = _one(line + "\n\n" + _LEAD)
    assert title == next(s[2] for s in STAMPED if s[1] == line).replace("!", "！")


NOT_STAMPED = [
    # (id, line): each kept whole
    ("sentence", "宝山区召开工作会议。会议要求统一思想 上游新闻 2022-05-31 21:10"),
    ("no-outlet-word", "宝山区召开统筹疫情防控和经济社会发展工作会议 张三李四 2022-05-31 21:10"),
    ("day-without-time", "宝山区召开统筹疫情防控和经济社会发展工作会议 上游新闻 2022-05-31"),
    ("short-head", "会议召开 上游新闻 2022-05-31 21:10"),
    ("stamp-alone", "上游新闻 2022-05-31 21:10"),
]


@pytest.mark.parametrize("line", [n[1] for n in NOT_STAMPED], ids=[n[0] for n in NOT_STAMPED])
def test_headline_stamp_near_misses_keep_their_line(line: str) -> None:
    assert split_headline_stamp(Para(line, 1, 1)) is None


def test_list_of_stamped_items_opens_no_document() -> None:
    text = (
        "宝山区召开统筹疫情防控和经济社会发展工作会议 上游新闻 2022-05-31 21:10\n"
        "浦东新区部署复工复产和经济恢复重点工作 新民客户端 2022-05-30 18:02\n"
        "闵行区召开优化营商环境推进大会暨项目签约会 上观新闻 2022-05-29 09:15\n"
    )
    assert _docs(text) == []


READING_TIME = [
    "本篇文章195字，读完约1分钟",
    "本篇文章195字,读完约1分钟",
    "本文约1070字，阅读需要3分钟",
    "全文共2345字 阅读大约需要5分钟",
    "本文共计1200字 | 阅读时长 4 分钟",
    "预计阅读时间：5分钟",
    "阅读时长 4 分钟",
    "本文约1070字",
]


@pytest.mark.parametrize("line", READING_TIME)
def test_reading_time_line_is_no_title(line: str) -> None:
    assert is_reading_time_line(line)
    assert doubtful_title(line) == "a reading-time line"


NOT_READING_TIME = [
    "某某县召开会议本文约1070字",
    "本文约1070字，阅读需要3分钟。某某县召开会议",
    "阅读",
    "全文共分三章",
    "本篇文章介绍了某某县的发展",
    "读完这篇文章需要勇气",
    "关于开展全民阅读活动的通知",
]


@pytest.mark.parametrize("line", NOT_READING_TIME)
def test_reading_time_near_misses_stand(line: str) -> None:
    assert not is_reading_time_line(line)


# Pages the brief names that must open no document (and none of this round's rules may open one there)
NO_DOCUMENT_PAGES = [
    (
        "commentary",
        "在我们看来，基层减负不能只停留在文件上，关键在于落实。各地要真正把干部从文山会海中解放出来，让他们有更多时间抓落实。\n"
        "特此评论，欢迎讨论。\n",
    ),
    (
        "link-list",
        "相关链接\n关于做好春节期间安全生产工作的通知\n关于开展消防安全大检查的通知\n关于暂缓恢复辖区内所有集市的通告\n上一篇：某某\n下一篇：某某\n",
    ),
    ("tag-page", "政府网站网上留言办理管理办法"),
    (
        "search-results",
        "搜索结果\n找到相关结果约120个\n关于暂缓恢复辖区内所有集市的通告 2022-03-19\n关于开展消防安全大检查的通知 2022-03-01\n",
    ),
    (
        "forum-index",
        "论坛首页\n版块 主题 帖数 最后发表\n本地新闻 1234 5678 2022-03-19\n便民信息 234 567 2022-03-18\n",
    ),
    ("bare-contents", "目录\n第一章 总则\n第二章 组织机构\n第三章 工作职责\n第四章 附则\n"),
    (
        "about-page",
        "关于我们\n本站成立于2015年，致力于提供本地资讯服务。\n联系方式：0000-1234567\n版权所有 某某网 备案号：某ICP备12345678号\n",
    ),
    ("error-json", '{"code":30002,"level":"user","msg":"资源不存在","ok":false,"data":null,"dataType":1}'),
    ("error-page", "404\n页面不存在\n您访问的页面已删除或不存在\n返回首页\n"),
    ("reading-time-only", "本篇文章195字，读完约1分钟\n"),
]


@pytest.mark.parametrize("text", [n[1] for n in NO_DOCUMENT_PAGES], ids=[n[0] for n in NO_DOCUMENT_PAGES])
def test_pages_that_hold_no_document(text: str) -> None:
    assert _docs(text) == []


def test_rows_are_unique() -> None:
    for rows in (
        SIGNED_UNDER_PROSE,
        NOT_SIGNED_UNDER_PROSE,
        NOTED,
        NOT_NOTED,
        KEYED_AT_END,
        NOT_KEYED_AT_END,
        NO_DOCUMENT_PAGES,
    ):
        ids = [r[0] for r in rows]
        texts = [r[1] for r in rows]
        assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
    assert len(set(READING_TIME)) == len(READING_TIME) and len(set(NOT_READING_TIME)) == len(NOT_READING_TIME)


def _best(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract_str(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_signed_notice_search_is_linear() -> None:
    # the title's search is bounded to the page's first blocks and each title's scan to 40 blocks under it: a page of
    # n notice titles (none signed) over n body lines takes about ten times as long at ten times the size
    small = _PROMO + "关于暂缓恢复辖区内所有集市的通告\n" + _BODY * 20
    large = _PROMO + "关于暂缓恢复辖区内所有集市的通告\n" + _BODY * 200
    assert _best(large) < 20 * _best(small) + 0.05
