"""The layout classes of issue 9, each in all the variants real pages print it in.

Every row is synthetic but copies a form seen on a real government page (metadata blocks,
mastheads of other gazettes, titles, signatures and dates, pinyin glosses); the ids name the
variant. Assertions go through the public pipeline, so a row fails if any stage misreads it.
"""

from __future__ import annotations

import pytest

from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import fold_text

TITLE = "某县人民政府办公室关于做好2019年春季森林防火工作的通知"
NUMBER = "某政办发〔2019〕5号"
BODY = """各乡镇人民政府，县政府各部门：

为做好今年春季森林防火工作，现将有关事项通知如下。

一、加强火源管理

各乡镇要落实责任，严防火灾发生。

某县人民政府办公室

2019年6月3日
"""


def _ids(rows):
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return ids


# ---------------------------------------------------------------------------------------------
# 1. Metadata blocks: one reader, every spelling of keys and separators
# ---------------------------------------------------------------------------------------------

METADATA = [
    (
        "full-width-colon",
        f"索引号：11530000/2019-00012\n主题分类：综合政务\n发文机关：某县人民政府办公室\n发文字号：{NUMBER}\n成文日期：2019年06月03日\n发布日期：2019年06月05日\n",
    ),
    (
        "ascii-colon",
        f"索引号:11530000/2019-00012\n主题分类:综合政务\n发文机关:某县人民政府办公室\n发文字号:{NUMBER}\n成文日期:2019-06-03\n发布日期:2019-06-05\n",
    ),
    (
        "spaced-keys-no-colon",
        f"索 引 号 11530000/2019-00012\n主题分类 综合政务\n发文机关 某县人民政府办公室\n文    号 {NUMBER}\n成文日期 2019-06-03\n发布日期 2019-06-05\n",
    ),
    (
        "bullets",
        f"• 索引号: 11530000/2019-00012\n• 主题分类: 综合政务\n• 发文机关: 某县人民政府办公室\n• 发文字号: {NUMBER}\n• 成文日期: 2019年06月03日\n• 发布日期: 2019年06月05日\n",
    ),
    (
        "square-bracket-keys",
        f"[ 索引号 ] 11530000/2019-00012\n[ 主题分类 ] 综合政务\n[ 发文机关 ] 某县人民政府办公室\n[ 发文字号 ] {NUMBER}\n[ 成文日期 ] 2019-06-03\n[ 发布日期 ] 2019-06-05\n",
    ),
    (
        "lenticular-bracket-keys",
        f"【索引号】11530000/2019-00012\n【主题分类】综合政务\n【发文机关】某县人民政府办公室\n【发文字号】{NUMBER}\n【成文日期】2019-06-03\n【发布日期】2019-06-05\n",
    ),
    (
        "pipe-one-pair-per-row",
        f"| 索引号 | 11530000/2019-00012 |\n|---|---|\n| 主题分类 | 综合政务 |\n| 发文机关 | 某县人民政府办公室 |\n| 发文字号 | {NUMBER} |\n| 成文日期 | 2019-06-03 |\n| 发布日期 | 2019-06-05 |\n",
    ),
    (
        "pipe-two-pairs-per-row",
        "索引号 | 11530000/2019-00012 | 主题分类 | 综合政务 |\n发文机关 | 某县人民政府办公室 | 成文日期 | 2019-06-03 |\n文 号 | 某政办发〔2019〕5 号 | 发布日期 | 2019-06-05 |\n",
    ),
    (
        "markdown-two-pairs-per-row",
        f"| 索引号： | 11530000/2019-00012 | 主题分类： | 综合政务 |\n| --- | --- | --- | --- |\n| 发文机关： | 某县人民政府办公室 | 成文日期： | 2019年06月03日 |\n| 发文字号： | {NUMBER} | 发布日期： | 2019年06月05日 |\n",
    ),
    (
        "tab-two-pairs-per-row",
        f"索引号\t11530000/2019-00012\t主题分类\t综合政务\n发文机关\t某县人民政府办公室\t成文日期\t2019-06-03\n发文字号\t{NUMBER}\t发布日期\t2019-06-05\n",
    ),
    (
        "value-on-next-line",
        f"• 索引号:\n\n11530000/2019-00012\n• 主题分类:\n\n综合政务\n• 发文机关:\n\n某县人民政府办公室\n• 发文字号:\n\n{NUMBER}\n• 成文日期:\n\n2019年06月03日\n• 发布日期:\n\n2019年06月05日 16:40\n",
    ),
    (
        "two-pairs-side-by-side",
        f"索 引 号：11530000/2019-00012 主题分类：综合政务\n发文机关：某县人民政府办公室 成文日期：2019年06月03日\n发文字号：{NUMBER} 发布日期：2019年06月05日\n",
    ),
]


@pytest.mark.parametrize(("form", "block"), list(METADATA), ids=_ids(METADATA))
def test_metadata_block_feeds_the_fields_and_is_kept(form, block):
    result = extract_str(block + "\n" + TITLE + "\n\n" + BODY)
    (doc,) = result["documents"]
    assert doc["title"] == TITLE
    assert doc["doc_number"]["text"] == NUMBER
    assert doc["date"] == "2019-06-03"
    assert doc["published"] == "2019-06-05"
    assert doc["issuer"] == "某县人民政府办公室"
    meta = doc["metadata"]
    assert meta["索引号"] == "11530000/2019-00012"
    assert meta["主题分类"] == "综合政务"
    assert "发布日期" in meta
    # a single web page has no issue publication date: 发布日期 belongs to the document
    assert result["issue"]["published"] is None


def test_metadata_title_key_and_printed_title():
    block = f"标    题：{TITLE}\n发文字号：{NUMBER}\n成文日期：2019年06月03日\n"
    (doc,) = extract_str(block + "\n" + TITLE + "\n\n" + BODY)["documents"]
    assert (doc["title"], doc["metadata"]["标题"]) == (TITLE, TITLE)


def test_an_empty_last_key_does_not_take_the_printed_title_as_its_value():
    """gov.cn: 主 题 词： closes a block of inline values; the title printed under it is no value."""
    block = f"索 引 号：000014349/2019-00012\n发文字号：{NUMBER}\n成文日期：2019年06月03日\n主 题 词：\n\n"
    (doc,) = extract_str(
        block + "某县人民政府办公室\n关于做好2019年春季森林防火工作的通知\n\n" + NUMBER + "\n\n" + BODY
    )["documents"]
    assert "主题词" not in doc["metadata"]
    assert doc["title"] == TITLE


def test_a_page_without_metadata_has_an_empty_metadata_object():
    (doc,) = extract_str(TITLE + "\n\n" + NUMBER + "\n\n" + BODY)["documents"]
    assert (doc["metadata"], doc["published"]) == ({}, None)


def test_a_metadata_line_never_becomes_a_document():
    block = f"名    称：{TITLE}\n索引号：11530000/2019-00012\n发文字号：{NUMBER}\n"
    docs = extract_str(block + "\n" + TITLE + "\n\n" + BODY)["documents"]
    assert [d["title"] for d in docs] == [TITLE]


# ---------------------------------------------------------------------------------------------
# 2. Whole issues: mastheads, contents entries, section headings
# ---------------------------------------------------------------------------------------------

MASTHEADS = [
    ("nian-di-qi-zong-di", "2019年第5期（总第236期）", (2019, 5, 236)),
    ("di-qi-ascii-brackets", "第5期(总第236期)", (None, 5, 236)),
    ("di-hao-zong-hao-colon", "2019年第5号（总号：1650）", (2019, 5, 1650)),
    ("di-hao-zong-di-hao", "2019年第5号（总第1650号）", (2019, 5, 1650)),
    ("di-qi-zong-di-hao", "2019年第5期（总第1650号）", (2019, 5, 1650)),
    ("zong-hao-no-bracket", "2019年第5号 总号：1650", (2019, 5, 1650)),
    ("cn-numeral-issue", "2019年第十二期（总第二百三十六期）", (2019, 12, 236)),
    ("spaced", "2019 年 第 5 号 （ 总 第 1650 期 ）", (2019, 5, 1650)),
    ("date-then-hao-zonghao", "1993年3月12日 第2号 (总号:720)", (1993, 2, 720)),
    ("traditional-hao", "3月12日 1993年第2號 (總號:720)", (1993, 2, 720)),
    ("bare-qi", "2019年5期（总第236期）", (2019, 5, 236)),
    ("combined-issue-range", "2019年1-3期(总第52期)", (2019, None, 52)),
]


@pytest.mark.parametrize(("form", "masthead", "expected"), MASTHEADS, ids=_ids(MASTHEADS))
def test_masthead_forms(form, masthead, expected):
    text = f"某县人民政府公报\n\n{masthead}\n\n目  录\n\n{TITLE}（{NUMBER}）……（1）\n\n{TITLE}\n\n{NUMBER}\n\n{BODY}"
    issue = extract_str(text)["issue"]
    year, number, total = expected
    assert (issue["number"], issue["total_number"]) == (number, total)
    if year:
        assert issue["year"] == year
    if "date" in form:
        assert issue["published"] == "1993-03-12"


PUBLISHER_LINES = [
    ("zhuban", "某县人民政府办公室主办", None),
    ("zhuban-then-dated-chuban", "某县人民政府办公室主办　　2019年3月15日出版", "2019-03-15"),
    ("bianyin-then-dated-chuban", "某县人民政府办公室编印 2019年3月15日出版", "2019-03-15"),
    ("date-then-bianyin", "2019年3月15日 某县人民政府办公室编印", "2019-03-15"),
    ("bianji-chuban", "某县人民政府办公室编辑出版", None),
]


@pytest.mark.parametrize(("form", "line", "published"), PUBLISHER_LINES, ids=_ids(PUBLISHER_LINES))
def test_publisher_line_forms(form, line, published):
    """The publisher is the body's name without its role word, whichever comes last on the line
    (lead, session 6: 某某市人民政府办公厅主办　　2019年3月15日出版 gave a publisher ending in 主办)."""
    text = f"某县人民政府公报\n\n2019年第5期（总第236期）\n{line}\n\n目  录\n\n{TITLE}（{NUMBER}）……（1）\n\n{TITLE}\n\n{NUMBER}\n\n{BODY}"
    issue = extract_str(text)["issue"]
    assert issue["publisher"] == "某县人民政府办公室"
    if published:
        assert issue["published"] == published


SECOND_TITLE = "某县人民政府关于公布2019年县级非物质文化遗产名录的通知"
SECOND_NUMBER = "某政发〔2019〕12号"
SECOND_BODY = """各乡镇人民政府，县政府各部门：

现将名录予以公布。

某县人民政府

2019年7月1日
"""

CONTENTS = [
    ("number-and-page-in-brackets", f"{TITLE}（{NUMBER}）（1）\n{SECOND_TITLE}（{SECOND_NUMBER}）（3）"),
    ("number-in-brackets-dot-leader", f"{TITLE}（{NUMBER}）………………1\n{SECOND_TITLE}（{SECOND_NUMBER}）………………3"),
    ("ascii-brackets", f"{TITLE}({NUMBER})(1)\n{SECOND_TITLE}({SECOND_NUMBER})(3)"),
    ("number-first", f"{NUMBER} {TITLE}……1\n{SECOND_NUMBER} {SECOND_TITLE}……3"),
    (
        "bare-section-headings",
        f"县政府办公室文件\n{TITLE}（{NUMBER}）……（1）\n县政府文件\n{SECOND_TITLE}（{SECOND_NUMBER}）……（3）",
    ),
    (
        "bracket-section-headings",
        f"【县政府办公室文件】\n{TITLE}（{NUMBER}）……（1）\n【县政府文件】\n{SECOND_TITLE}（{SECOND_NUMBER}）……（3）",
    ),
]


@pytest.mark.parametrize(("form", "contents"), CONTENTS, ids=_ids(CONTENTS))
def test_contents_forms_and_the_first_document_is_not_swallowed(form, contents):
    text = (
        f"某县人民政府公报\n2019年第5号（总号：1650）\n\n目  录\n\n{contents}\n\n"
        f"{TITLE}\n\n{NUMBER}\n\n{BODY}\n{SECOND_TITLE}\n\n{SECOND_NUMBER}\n\n{SECOND_BODY}"
    )
    result = extract_str(text)
    assert [(c["title"], c["doc_number"]) for c in result["contents"]] == [
        (TITLE, NUMBER),
        (SECOND_TITLE, SECOND_NUMBER),
    ]
    assert [c["page"] for c in result["contents"]] == [1, 3]
    docs = result["documents"]
    assert [(d["title"], d["doc_number"]["text"], d["date"]) for d in docs] == [
        (TITLE, NUMBER, "2019-06-03"),
        (SECOND_TITLE, SECOND_NUMBER, "2019-07-01"),
    ]
    if "section" in form:
        assert [c["section"] for c in result["contents"]] == ["县政府办公室文件", "县政府文件"]
    assert not [
        w for w in result["warnings"] if w["code"].startswith("contents") or w["code"] == "document-not-in-contents"
    ]


# ---------------------------------------------------------------------------------------------
# 3. Titles
# ---------------------------------------------------------------------------------------------

TITLES = [
    ("one-line", f"{TITLE}\n\n{NUMBER}\n\n", TITLE, NUMBER),
    ("wrapped-two-lines", f"某县人民政府办公室关于做好2019年\n春季森林防火工作的通知\n\n{NUMBER}\n\n", TITLE, NUMBER),
    (
        "wrapped-before-the-kind",
        f"某县人民政府办公室关于做好2019年春季森林防火工作的\n通知\n\n{NUMBER}\n\n",
        TITLE,
        NUMBER,
    ),
    (
        "wrapped-three-lines",
        f"某县人民政府办公室\n关于做好2019年春季\n森林防火工作的通知\n\n{NUMBER}\n\n",
        TITLE,
        NUMBER,
    ),
    ("number-above-title", f"{NUMBER}\n\n{TITLE}\n\n", TITLE, NUMBER),
    ("red-head", f"某县人民政府办公室文件\n\n{NUMBER}\n\n{TITLE}\n\n", TITLE, NUMBER),
    ("number-then-title-same-line", f"{NUMBER} {TITLE}\n\n", TITLE, NUMBER),
    ("number-then-title-fullwidth-space", f"{NUMBER}\u3000{TITLE}\n\n", TITLE, NUMBER),
    (
        "number-then-quoted-title",
        f"{NUMBER}《{TITLE}》\n\n浏览量:  时间:2016-01-17 23:45:19\n\n{TITLE}\n\n{NUMBER}\n\n",
        TITLE,
        NUMBER,
    ),
    (
        "site-menu-above-and-upload-line-below",
        f"中国政府网 某省政府网 English 市人大 市政协 市纪委监委\n首     页 政 务 公 开 网 上 办 事\n{TITLE}\n上载日期: 2019-06-05 来源: 县人民政府办公室\n\n{NUMBER}\n\n",
        TITLE,
        NUMBER,
    ),
    ("number-in-brackets-on-next-line", f"{TITLE}\n\n（{NUMBER}）\n\n", TITLE, NUMBER),
    ("number-in-ascii-brackets-on-next-line", f"{TITLE}\n({NUMBER})\n\n", TITLE, NUMBER),
    ("number-in-brackets-after-title", f"{TITLE}（{NUMBER}）\n\n", TITLE, NUMBER),
    (
        "old-series-hunan",
        "湖南省人民政府关于加强乡镇企业管理的通知\n\n湘政〔1988〕12号\n\n",
        "湖南省人民政府关于加强乡镇企业管理的通知",
        "湘政〔1988〕12号",
    ),
    (
        "old-series-state-council",
        "国务院关于实行国家机关工作人员考核制度的通知\n\n（国发〔1981〕12号）\n\n",
        "国务院关于实行国家机关工作人员考核制度的通知",
        "国发〔1981〕12号",
    ),
    (
        "old-series-two-digit-year",
        "国务院关于加强农业工作的通知\n\n国发[98]12号\n\n",
        "国务院关于加强农业工作的通知",
        "国发〔1998〕12号",
    ),
]


@pytest.mark.parametrize(("form", "head", "title", "number"), TITLES, ids=_ids(TITLES))
def test_title_forms(form, head, title, number):
    (doc,) = extract_str(head + BODY)["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (title, number)
    assert (doc["date"], doc["issuer"]) == ("2019-06-03", "某县人民政府办公室")
    assert doc["recipients"] == ["各乡镇人民政府", "县政府各部门"]


NEWS = "樊城区六届人大常委会召开第二十六次会议"
NEWS_BODY = "本网讯（徐琦）7月28日上午，区六届人大常委会召开第二十六次会议。会议表决通过人事任免名单。\n\n樊城区人民代表大会常务委员会任命名单\n\n（2020年7月28日樊城区第六届人民代表大会常务委员会第二十六次会议通过）\n\n决定任命：\n\n余兴军为樊城区人民政府副区长。\n"
BYLINES = [
    ("author-name-alone", f"{NEWS}\n\n王晓丽\n\n"),
    ("source-line", f"{NEWS}\n\n来源：樊城区人大 发布时间：2020-07-29 09:36\n\n"),
    ("author-key", f"{NEWS}\n\n作者：王晓丽\n\n"),
    ("publish-time-alone", f"{NEWS}\n\n发布时间：2020年07月29日\n\n"),
    ("date-alone", f"{NEWS}\n\n2020-07-29 09:36\n\n"),
    ("reporter-in-brackets", f"{NEWS}\n\n（记者 王晓丽 通讯员 徐琦）\n\n"),
    ("backslash-byline", f"{NEWS}\n\n王晓丽\n\n\\ "),
]


@pytest.mark.parametrize(("form", "head"), BYLINES, ids=_ids(BYLINES))
def test_titles_end_before_the_byline(form, head):
    docs = extract_str(head + NEWS_BODY)["documents"]
    assert docs and all(
        "王晓丽" not in d["title"]
        and "来源" not in d["title"]
        and "记者" not in d["title"]
        and "2020" not in d["title"]
        for d in docs
    )
    assert [(a["person"], a["action"]) for d in docs for a in d["appointments"]] == [("余兴军", "appoint")]


# ---------------------------------------------------------------------------------------------
# 4. Dates and issuers under the signature
# ---------------------------------------------------------------------------------------------

SIGNATURE_DATES = [
    ("arabic", "2019年6月3日"),
    ("arabic-padded", "2019年06月03日"),
    ("chinese-numerals", "二〇一九年六月三日"),
    ("chinese-circle-zero", "二○一九年六月三日"),
    ("iso", "2019-06-03"),
    ("dotted", "2019.6.3"),
    ("slashed", "2019/6/3"),
    ("spaced", "2019 年 6 月 3 日"),
    ("spaced-irregular", "2019年 6月 3日"),
    ("iso-with-time", "2019-06-03 09:36"),
]


@pytest.mark.parametrize(("form", "date"), SIGNATURE_DATES, ids=_ids(SIGNATURE_DATES))
def test_signature_date_forms(form, date):
    (doc,) = extract_str(f"{TITLE}\n\n{NUMBER}\n\n" + BODY.replace("2019年6月3日", date))["documents"]
    assert (doc["date"], doc["issuer"]) == ("2019-06-03", "某县人民政府办公室")


JOINT = [
    ("two-lines", "某县人民政府办公室\n某县人民武装部", "某县人民政府办公室、某县人民武装部"),
    ("one-line", "某县人民政府办公室 某县人民武装部", "某县人民政府办公室、某县人民武装部"),
    ("spaced-issuer", "某 县 人 民 政 府 办 公 室", "某县人民政府办公室"),
]


@pytest.mark.parametrize(("form", "signature", "issuer"), JOINT, ids=_ids(JOINT))
def test_issuer_forms(form, signature, issuer):
    (doc,) = extract_str(f"{TITLE}\n\n{NUMBER}\n\n" + BODY.replace("某县人民政府办公室\n", signature + "\n"))[
        "documents"
    ]
    assert (doc["issuer"], doc["date"]) == (issuer, "2019-06-03")


ADOPTED = [
    ("arabic", "（2019年6月3日某县第十七届人民代表大会常务委员会第二十次会议通过）"),
    ("chinese", "（二〇一九年六月三日某县第十七届人民代表大会常务委员会第二十次会议通过）"),
    ("ascii-brackets", "(2019年6月3日某县第十七届人民代表大会常务委员会第二十次会议通过)"),
]


@pytest.mark.parametrize(("form", "line"), ADOPTED, ids=_ids(ADOPTED))
def test_adoption_date_of_a_decision(form, line):
    text = f"某县人民代表大会常务委员会关于批准2019年县级预算调整方案的决定\n\n{line}\n\n某县第十七届人民代表大会常务委员会第二十次会议审查批准了县人民政府提出的预算调整方案。\n"
    (doc,) = extract_str(text)["documents"]
    # signed by no one: issuer null (FORMAT.md; round 9 — it was the title's body)
    assert (doc["date"], doc["issuer"]) == ("2019-06-03", None)


# ---------------------------------------------------------------------------------------------
# 5. Pinyin glosses inserted by some mirrors
# ---------------------------------------------------------------------------------------------

PINYIN = [
    ("traditional-fa", "發(fā)展", "發展"),
    ("zhi-du", "制(zhì)度", "制度"),
    ("full-width-brackets", "推进（tuī）工作", "推进工作"),
    ("umlaut", "绿(lǜ)色", "绿色"),
    ("two-glosses", "發(fā)展改革委(wěi)员会", "發展改革委员会"),
    ("run-of-glosses", "字(ā)(ǎ)义", "字义"),
    ("keeps-latin-abbreviation", "国内生产总值(GDP)增长", "国内生产总值(GDP)增长"),
    ("keeps-plain-letters", "附件(a)所列", "附件(a)所列"),
    ("keeps-after-latin", "Beijing(běi)", "Beijing(běi)"),
]


@pytest.mark.parametrize(("form", "raw", "folded"), PINYIN, ids=_ids(PINYIN))
def test_pinyin_glosses_removed(form, raw, folded):
    assert fold_text(raw) == folded


def test_pinyin_glosses_do_not_reach_the_records():
    text = f"{TITLE}\n\n{NUMBER}\n\n" + BODY.replace("某县人民政府办公室\n", "某县人民政(zhèng)府办公室\n")
    (doc,) = extract_str(text)["documents"]
    assert doc["issuer"] == "某县人民政府办公室"


def test_a_breadcrumb_is_not_the_issue_title():
    text = f"您的位置: 政务公开 > 行政公署公报\n\n某盟行政公署公报2019年1-3期(总第52期)\n\n来源:行署办 作者:行署办公室 发布时间:2019年04月10日\n\n{TITLE}\n\n（{NUMBER}）\n\n{BODY}"
    issue = extract_str(text)["issue"]
    assert (issue["title"], issue["year"], issue["number"], issue["total_number"]) == (
        "某盟行政公署公报",
        2019,
        None,
        52,
    )


def test_masthead_on_one_line_with_the_title():
    text = f"国务院公报 1993年第2号（总号：720）\n\n目录\n\n{TITLE}（{NUMBER}）……（1）\n\n{TITLE}\n\n{NUMBER}\n\n{BODY}"
    issue = extract_str(text)["issue"]
    assert (issue["title"], issue["year"], issue["number"], issue["total_number"]) == ("国务院公报", 1993, 2, 720)


def test_a_decree_serial_is_not_an_issue_number():
    text = "中华人民共和国国务院令\n\n第707号\n\n《国务院关于修改部分行政法规的决定》已经2018年9月5日国务院第23次常务会议通过，现予公布，自公布之日起施行。\n\n总理 李克强\n\n2018年9月18日\n"
    assert extract_str(text)["issue"]["number"] is None


UNKNOWN_KEYS = [
    (
        "colon-line-inside-block",
        f"文 号: {NUMBER} 发布机构: 某县人民政府办公室\n成文时间: 2019-06-03 发布时间: 2019-06-05 14:50\n文件有效性: 有效\n",
        {"文件有效性": "有效"},
    ),
    (
        "pipe-row-unknown-labels",
        f"索引号 | 11530000/2019-00012 | 公开目录: | 县政府办文件 |\n公开责任部门 | 某县人民政府办公室 | 公开形式: | 主动公开 |\n文号 | {NUMBER} | 成文日期: | 2019年06月03日 |\n有效性 | 有效 | 公开日期: | 2019-06-05 01:40 |\n政策解读: |\n",
        {"公开目录": "县政府办文件", "公开责任部门": "某县人民政府办公室", "公开形式": "主动公开"},
    ),
    (
        "unknown-key-between-known",
        f"索引号: 11530000/2019-00012 组配分类: 规范性文件\n生成日期: 2019-06-05 文号: {NUMBER}\n废止时间: 2020-01-23 名称: {TITLE}\n浏览次数: 590 内容概述:\n",
        {"组配分类": "规范性文件", "浏览次数": "590", "废止时间": "2020-01-23"},
    ),
]


@pytest.mark.parametrize(("form", "block", "kept"), UNKNOWN_KEYS, ids=_ids(UNKNOWN_KEYS))
def test_keys_the_vocabulary_does_not_know_stay_inside_the_block(form, block, kept):
    (doc,) = extract_str(block + "\n" + TITLE + "\n\n" + BODY)["documents"]
    assert doc["title"] == TITLE
    assert doc["doc_number"]["text"] == NUMBER
    assert doc["date"] == "2019-06-03"
    assert {k: doc["metadata"].get(k) for k in kept} == kept


def test_a_task_table_header_is_not_a_metadata_block():
    table = "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 做好春季森林防火 | 县林业局 |\n"
    (doc,) = extract_str(f"{TITLE}\n\n{NUMBER}\n\n" + BODY.replace("一、加强火源管理\n", table))["documents"]
    assert doc["metadata"] == {}


DATE_CONFLICTS = [
    # a CMS that fills 成文日期 with the day it posted the page: the signature's date is right
    ("cms-posting-day", "成文日期：2020-07-16\n发布日期：2020-07-16\n", "2019-06-03"),
    ("cms-generated-day", "发文日期: 2019-01-23 生成日期: 2019-01-23\n", "2019-06-03"),
    # a database's 成文日期 over a printed date: the database is kept, with a warning
    ("database-date", "成文日期：2019年06月13日\n发布日期：2019年07月01日\n", "2019-06-13"),
]


@pytest.mark.parametrize(("form", "block", "date"), DATE_CONFLICTS, ids=_ids(DATE_CONFLICTS))
def test_metadata_date_against_the_printed_date(form, block, date):
    result = extract_str(f"索引号：11530000/2019-00012\n{block}\n{TITLE}\n\n{NUMBER}\n\n{BODY}")
    (doc,) = result["documents"]
    assert doc["date"] == date
    assert [w["code"] for w in result["warnings"]] == ["metadata-differs"]


RED_HEADS = [
    ("masthead-wenjian", "某县人民政府办公室文件\n\n"),
    ("issuer-and-rule", "某县人民政府办公室\n\n——————————\n\n"),
]


@pytest.mark.parametrize(("form", "head"), RED_HEADS, ids=_ids(RED_HEADS))
def test_red_head_names_the_issuer_when_nobody_signs(form, head):
    body = BODY.replace("某县人民政府办公室\n\n2019年6月3日", "2019年6月3日")
    (doc,) = extract_str(f"{head}{NUMBER}\n\n{TITLE}\n\n{body}")["documents"]
    assert (doc["issuer"], doc["date"], doc["doc_number"]["text"]) == ("某县人民政府办公室", "2019-06-03", NUMBER)


def test_title_with_its_number_in_brackets_then_a_byline():
    block = "• 索引号:6735597301/2021-1801120\n• 发布机构:县人民政府办公室\n• 生成日期:2021-03-23\n"
    text = block + f"{TITLE}（{NUMBER}）\n来源:某县政府   2021-03-23 10:56\n浏览量:1 | | | |\n\n" + BODY
    (doc,) = extract_str(text)["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (TITLE, NUMBER)


WRAPPED = [
    # the first line ends with a kind word (报告) that is not the title's
    (
        "kind-word-inside-first-line",
        "某县人民政府办公室\n关于印发2019年县政府工作报告\n目标任务分解方案的通知\n",
        "某县人民政府办公室关于印发2019年县政府工作报告目标任务分解方案的通知",
    ),
    (
        "kind-word-in-quotes",
        "某县人民政府办公室\n关于印发2019年《政府工作报告》\n目标任务分解方案的通知\n",
        "某县人民政府办公室关于印发2019年《政府工作报告》目标任务分解方案的通知",
    ),
    (
        "four-lines-issuer-first",
        "某县人民政府办公室\n转发县人力资源社会保障局等部门\n关于做好2019年高校毕业生\n就业工作意见的通知\n",
        "某县人民政府办公室转发县人力资源社会保障局等部门关于做好2019年高校毕业生就业工作意见的通知",
    ),
]


@pytest.mark.parametrize(("form", "head", "title"), WRAPPED, ids=_ids(WRAPPED))
def test_wrapped_titles(form, head, title):
    (doc,) = extract_str(f"{head}{NUMBER}\n" + BODY)["documents"]
    assert (doc["title"], doc["doc_number"]["text"]) == (title, NUMBER)


PRINTED_TWICE = [
    (
        "page-title-with-site-name",
        f"{TITLE}-某县人民政府门户网站\n\n{TITLE}\n\n来源：某县政府网 发布时间：2019年06月05日 11:31 浏览次数：\n\n某县人民政府办公室\n\n文件\n\n{NUMBER}\n\n{TITLE}\n\n",
    ),
    (
        "banner-without-the-issuer",
        f"某县人民政府办公室\n关于做好2019年\n春季森林防火工作的通知\n做好2019年春季森林防火工作的通知\n{NUMBER}\n",
    ),
]


@pytest.mark.parametrize(("form", "head"), PRINTED_TWICE, ids=_ids(PRINTED_TWICE))
def test_a_title_printed_again_is_one_document(form, head):
    (doc,) = extract_str(head + BODY)["documents"]
    assert (doc["title"], doc["doc_number"]["text"], doc["date"]) == (TITLE, NUMBER, "2019-06-03")


def test_page_chrome_ending_in_a_colon_is_no_recipients_line():
    text = f"{TITLE}\n\n来源：某县政府网 发布时间：2019年06月05日 11:31 浏览次数：\n\n" + BODY
    docs = extract_str(text)["documents"]
    assert all(d["recipients"] != ["来源：某县政府网 发布时间：2019年06月05日11：31浏览次数"] for d in docs)


UNTITLED = [
    ("number-then-recipients", f"{NUMBER}\n{BODY}", NUMBER),
    ("recipients-only", BODY, None),
    ("traditional-number", f"某政辦發〔2019〕5號\n{BODY}", NUMBER),
]


@pytest.mark.parametrize(("form", "text", "number"), UNTITLED, ids=_ids(UNTITLED))
def test_a_notice_printed_without_its_title_is_read_with_title_none(form, text, number):
    result = extract_str(text)
    (doc,) = result["documents"]
    assert doc["title"] is None and doc["kind"] is None
    assert (doc["doc_number"] or {}).get("text") == number
    assert (doc["date"], doc["issuer"]) == ("2019-06-03", "某县人民政府办公室")
    assert doc["recipients"] == ["各乡镇人民政府", "县政府各部门"]
    assert [w["code"] for w in result["warnings"]] == ["untitled-document"]


def test_an_untitled_notice_validates_against_the_models():
    from gazette_extract import parse_text

    assert parse_text(f"{NUMBER}\n{BODY}").documents[0].title is None


def test_a_page_cut_after_its_opening_recipients_line_is_still_a_document():
    text = "各乡镇人民政府，县政府各部门：\n\n为做好今年春季森林防火工作，现将有关事项通知如下。\n"
    (doc,) = extract_str(text)["documents"]
    assert (doc["title"], doc["doc_number"], doc["date"], doc["recipients"]) == (
        None,
        None,
        None,
        ["各乡镇人民政府", "县政府各部门"],
    )


def test_unsigned_recipients_under_some_other_line_are_not_a_document():
    text = "某县召开春季森林防火会议\n各乡镇人民政府，县政府各部门：\n\n为做好今年春季森林防火工作，现将有关事项通知如下。\n"
    assert extract_str(text)["documents"] == []


QUALIFIED = [
    ("trial", "某县人民政府关于加快第三产业发展的实施意见（试行）"),
    ("interim-ascii", "某县人民政府关于加快第三产业发展的实施意见(暂行)"),
    ("revised-year", "某县人民政府关于印发某县政府投资项目管理办法的通知（2019年修订）"),
]


@pytest.mark.parametrize(("form", "title"), QUALIFIED, ids=_ids(QUALIFIED))
def test_a_title_with_a_qualifier_after_its_kind(form, title):
    (doc,) = extract_str(f"{title}\n\n{NUMBER}\n\n" + BODY)["documents"]
    assert doc["title"].startswith("某县人民政府关于") and doc["kind"] in ("意见", "通知")
    assert doc["doc_number"]["text"] == NUMBER


NEWS_HEADS = [
    ("breadcrumb-current", "当前位置: 本市要闻\n\n", NEWS),
    ("breadcrumb-this-page", "本页位置:首页新闻中心国内新闻\n\n", NEWS),
    ("site-menu", "首页小说推荐实时讯息百科知识范文大全经典语录\n\n", NEWS),
]


@pytest.mark.parametrize(("form", "chrome", "title"), NEWS_HEADS, ids=_ids(NEWS_HEADS))
def test_page_chrome_is_never_a_title(form, chrome, title):
    (doc,) = extract_str(chrome + NEWS + "\n\n" + NEWS_BODY)["documents"]
    assert doc["title"] in (title, "樊城区人民代表大会常务委员会任命名单")


def test_a_news_item_without_a_title_line_reports_none():
    text = "(资料图)\n7月31日下午，区十七届人大常委会举行第十三次会议。会议决定任命侯继军同志为长宁区人民政府副区长、代理区长。\n"
    (doc,) = extract_str(text)["documents"]
    assert doc["title"] is None
    assert [a["person"] for a in doc["appointments"]][:1] == ["侯继军"]


def test_values_below_their_keys_are_not_taken_twice_nor_too_long():
    block = f"• 索引号:\n11530000/2019-00012\n• 标题:\n{TITLE}\n• 有效性:\n\n• 成文日期:\n2019-06-03\n• 发文字号:\n{NUMBER}\n"
    (doc,) = extract_str(block + "\n" + TITLE + "\n\n" + BODY)["documents"]
    assert doc["metadata"]["标题"] == TITLE
    assert "有效性" not in doc["metadata"]


def test_a_short_issuer_name_takes_the_full_name_the_title_gives():
    title = "某市某县人民政府关于印发某县人民政府工作规则的通知"
    block = f"发布机构：某县人民政府\n成文日期：2019-06-03\n发文字号：{NUMBER}\n"
    body = BODY.replace("某县人民政府办公室\n\n2019年6月3日", "2019年6月3日")
    (doc,) = extract_str(block + "\n" + title + "\n\n" + body)["documents"]
    assert doc["issuer"] == "某市某县人民政府"


def test_a_head_run_into_the_first_paragraph_on_one_line():
    text = f"{TITLE} {NUMBER} 2019-06-03 为做好今年春季森林防火工作，现将有关事项通知如下。各乡镇要落实责任，严防火灾发生。\n"
    (doc,) = extract_str(text)["documents"]
    assert (doc["title"], doc["doc_number"]["text"], doc["date"]) == (TITLE, NUMBER, "2019-06-03")
    assert doc["lines"] == {"start": 1, "end": 1}
