"""Titles, document numbers and dates, probing round 8 (issue 9): forms that gave a missing or a
false field, each as a class across its printed variants, with the rows that must not change.

* a page's ``<title>`` printed as its first line with what the CMS or a mirror appends after it
  (``…的通知_某某县人民政府``, ``…的通知_政府信息公开_某某县人民政府``, ``…举行-凯发备用手机登录``):
  the document was lost whole (no-documents) or its title kept the site's name;
* a content farm's name put where the issuing body's stood (``365体育投注_365体育直播-竞猜网投关于…``):
  kept at the head of the title;
* a mirror's stamp ``2023 12/23 13:13:41`` / ``2022 01/ 03 16:21:40`` (year, then month/day) is a
  publish line: it was run into the headline (or taken as the title), and a story's ``12月22日`` had
  no year;
* a page's font chooser (``字體:`` / ``【字号：大 中 小】``) was glued to the headline above it;
* a reporter line without a colon (``■淮安融媒记者 陈 帅``, ``通 讯 员 王成虎``) was taken as the
  headline of a story that has none;
* a Macau act headed by its serial (``第57/2016號行政命令``, ``第223/2000號行政長官批示``), signed by the
  office under its date (``行政長官 崔世安``): no document was found;
* a metadata block printed twice (``索引号 X`` … then ``• 信息索引号:`` / ``X``): the first copy opened
  a false document titled with the index number;
* breadcrumb keys ``你当前的位置:`` / ``您现在所在的位置：`` were taken as the title; a date with the
  page's view count (``2022 年 08 月 26 日   閱讀量:10.93萬+``) is a publish line;
* the national decrees cited as FORMAT.md writes them (中华人民共和国国务院令第142号 → 国令第142号,
  国务院令〔2003〕第394号 → 国令第394号, 中华人民共和国主席令 第十六号 → 主席令第16号);
* publish lines: ``[ 2021-03-05 ]``, ``【发布时间：2021-03-05】``, ``来源：X | 2021-03-05``, ``日期：…``;
* a site's 标题 field naming one issuer while the red head under it prints both (中共某某镇委员会 /
  某某镇人民政府 / 关于印发…的通知, the number perhaps between): the red head's title;
* a title printed twice, the page heading writing 〈〉 as ``<>`` (``《<政府工作报告>…》``): two documents,
  the first with no field;
* a site's slogan over its breadcrumb taken as the title instead of the headline over the publish
  line; an e-paper's page line (``A3:社会总第2676期 >2021-09-20编印``) glued to the headline;
* a headline over an outlet's own opener (``福鼎新闻网讯(陈倩文)``, ``大河报讯``): no document;
* a signature printed under its date at the end of a document (``2021年3月5日`` / ``某某县人民政府办公室``):
  the issuer was lost;
* Republic-era dates (``中華民國95年11月21日`` = 2006-11-21) in fields and lines;
* a signature's date that lost its 日 at the page's edge (``2020年5月6``): no date, no issuer;
* a signature's date followed by its own weekday (``2020年5月6日（星期三）``): the document lost its
  date and its issuer.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from record_helpers import DocRow, api_docs
from table_helpers import assert_unique

from gazette_extract.text.newshead import publish_date
from gazette_extract.text.pagetitle import page_title_head

Row = DocRow
docs = api_docs

TITLE = "关于做好防汛工作的通知"
BODY = "各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n"
SIGNED = "某某县人民政府办公室\n2021年3月5日\n"
FULL = (TITLE, None, "2021-03-05", "某某县人民政府办公室")

# --------------------------------------------------------------------------- a page title's tail

PAGE_TITLE_ROWS = [
    pytest.param(f"{TITLE}_某某县人民政府", FULL, id="underscore-body"),
    pytest.param(f"{TITLE}_某某县人民政府办公室", FULL, id="underscore-office"),
    pytest.param(f"{TITLE} _ 某某县人民政府", FULL, id="underscore-spaced"),
    pytest.param(f"{TITLE}|某某县人民政府", FULL, id="pipe-body"),
    pytest.param(f"{TITLE}｜某某县人民政府门户网站", FULL, id="full-width-pipe-portal"),
    pytest.param(f"{TITLE} - 某某县人民政府门户网站", FULL, id="spaced-dash-portal"),
    pytest.param(f"{TITLE}-某某县人民政府", FULL, id="hyphen-body-after-kind"),
    pytest.param(f"{TITLE}—中国政府网", FULL, id="em-dash-site"),
    pytest.param(f"{TITLE}_政府信息公开_某某县人民政府", FULL, id="column-then-body"),
    pytest.param(f"{TITLE}_国务院文件_中国政府网", FULL, id="column-then-site"),
    pytest.param(f"{TITLE}-新闻中心-某某网", FULL, id="hyphen-column-then-site"),
    pytest.param(f"{TITLE}-凯发备用手机登录", FULL, id="spam-login"),
    pytest.param(f"{TITLE}－凯发备用手机登录", FULL, id="spam-login-full-width-hyphen"),
    pytest.param(f"{TITLE}-某某体育官方入口", FULL, id="spam-entrance"),
    pytest.param(f"{TITLE}-某某app下载", FULL, id="spam-download"),
    pytest.param(f"{TITLE}_某某网手机版", FULL, id="spam-mobile"),
    pytest.param(f"{TITLE}", FULL, id="plain"),
]
assert_unique(PAGE_TITLE_ROWS, whole=True)


@pytest.mark.parametrize(("head", "expected"), PAGE_TITLE_ROWS)
def test_a_page_title_loses_the_site_after_it(head: str, expected: Row) -> None:
    assert docs(f"{head}\n\n{BODY}\n{SIGNED}") == [expected]


HEAD_ROWS = [
    pytest.param("某某县召开全县经济工作会议_某某县人民政府", "某某县召开全县经济工作会议", id="news-underscore-body"),
    pytest.param(
        "自治区十四届人大常委会第七次会议举行-凯发备用手机登录", "自治区十四届人大常委会第七次会议举行", id="news-spam"
    ),
    pytest.param("某某县2021-2025年发展规划_某某县人民政府", "某某县2021-2025年发展规划", id="year-range-kept"),
    # negative rows: what follows the separator is no site, spam or body name
    pytest.param("某某县2021-2025年发展规划", None, id="neg-year-range"),
    pytest.param("第二十届中国-东盟博览会在南宁开幕", None, id="neg-hyphen-in-name"),
    pytest.param("某某县召开全县经济工作会议-某某县人民政府", None, id="neg-hyphen-body-after-headline"),
    pytest.param("某某县召开全县经济工作会议 - 会议纪要", None, id="neg-dash-not-a-site"),
    pytest.param("坚定信心——写在某某县建县七十周年之际", None, id="neg-deck"),
    pytest.param("请登录某某网站下载。具体见某某网", None, id="neg-sentence"),
    pytest.param("关于-某某网", None, id="neg-head-too-short"),
    pytest.param("1|加快推进项目建设|区发改委|区财政局", None, id="neg-table-row-of-pipes"),
    pytest.param("加快推进项目建设\t区发改委|区财政局", None, id="neg-table-row-of-tabs"),
]
assert_unique(HEAD_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), HEAD_ROWS)
def test_page_title_head(line: str, expected: str | None) -> None:
    assert page_title_head(line) == expected


# --------------------------------------------------------------------------- a mirror's stamp

STAMP_ROWS = [
    pytest.param("2023 12/23 13:13:41", "2023-12-23", id="year-md-seconds"),
    pytest.param("2023 1/5 09:05", "2023-01-05", id="year-md-minutes"),
    pytest.param("2022 01/ 03 16:21:40", "2022-01-03", id="year-md-spaced-slash"),
    pytest.param("2022 01 / 03 16:21:40", "2022-01-03", id="year-md-spaces-both-sides"),
    pytest.param("2022 01／ 03 16:21:40", "2022-01-03", id="year-md-full-width-slash"),
    pytest.param("2023 13/23 13:13:41", None, id="neg-no-month-13"),
    pytest.param("2023 12/23", None, id="neg-no-time"),
]
assert_unique(STAMP_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), STAMP_ROWS)
def test_year_month_day_stamp(line: str, expected: str | None) -> None:
    assert publish_date(line) == expected


def test_a_spam_headline_over_a_stamp_dates_its_story() -> None:
    text = (
        "自治区十四届人大常委会第七次会议举行-凯发备用手机登录\n2023 12/23 13:13:41\n来源:新疆日报\n\n"
        "  12月22日，自治区十四届人大常委会第七次会议举行。会议表决通过了人事任免事项。\n"
    )
    assert docs(text) == [("自治区十四届人大常委会第七次会议举行", None, "2023-12-22", None)]


# --------------------------------------------------------------------------- a date and its weekday

NOTICE = f"{TITLE}\n\n{BODY}\n某某县人民政府办公室\n"
DATED = (TITLE, None, "2020-05-06", "某某县人民政府办公室")
UNDATED = (TITLE, None, None, None)

WEEKDAY_ROWS = [
    pytest.param(f"{NOTICE}2020年5月6日 星期三\n", DATED, id="space-xingqi"),
    pytest.param(f"{NOTICE}2020年5月6日星期三\n", DATED, id="glued-xingqi"),
    pytest.param(f"{NOTICE}2020年5月6日（星期三）\n", DATED, id="bracketed-xingqi"),
    pytest.param(f"{NOTICE}2020年5月6日(星期三)\n", DATED, id="ascii-bracketed"),
    pytest.param(f"{NOTICE}2020年5月6日 周三\n", DATED, id="zhou"),
    pytest.param(f"{NOTICE}2020年5月6日 礼拜三\n", DATED, id="libai"),
    pytest.param(f"{NOTICE}二〇二〇年五月六日 星期三\n", DATED, id="chinese-numerals"),
    pytest.param(f"{NOTICE}2020-05-06 星期三\n", DATED, id="iso"),
    pytest.param(f"{NOTICE}（此件公开发布）\n2020年5月6日（星期三）\n", DATED, id="over-publication-note"),
    pytest.param(f"{NOTICE}2020年5月10日 星期日\n", (*DATED[:2], "2020-05-10", DATED[3]), id="sunday-ri"),
    pytest.param(f"{NOTICE}2020年5月10日 星期天\n", (*DATED[:2], "2020-05-10", DATED[3]), id="sunday-tian"),
    # negative rows: a weekday that is not the date's (one is misprinted), an unclosed bracket
    pytest.param(f"{NOTICE}2020年5月6日 星期四\n", UNDATED, id="neg-wrong-weekday"),
    pytest.param(f"{NOTICE}2020年5月6日（星期三\n", UNDATED, id="neg-unclosed-bracket"),
]
assert_unique(WEEKDAY_ROWS, whole=True)


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_ROWS)
def test_a_signature_date_with_its_weekday(text: str, expected: Row) -> None:
    assert docs(text) == [expected]


def test_a_sites_today_over_its_banner_is_no_date() -> None:
    """A site prints its own today with the weekday over the page: never the document's date."""
    text = f"2021年3月16日 星期二\n{TITLE}\n\n{BODY}"
    assert docs(text) == [UNDATED]


# --------------------------------------------------------------------------- a spam name before 关于

SPAM = "365体育投注_365体育直播-竞猜网投"
DECISION = "关于设立某某综合改革试验区的决定"
SPAM_PREFIX_ROWS = [
    pytest.param(f"{SPAM}{DECISION}\n某政发〔2010〕19号\n", (DECISION, "某政发〔2010〕19号"), id="spam-before-guanyu"),
    pytest.param(
        f"{SPAM}关于设立某某综合改革\n试验区的决定\n某政发〔2010〕19号\n",
        (DECISION, "某政发〔2010〕19号"),
        id="wrapped",
    ),
    pytest.param(
        f"某某体育_某某直播{DECISION}\n某政发〔2010〕19号\n", (DECISION, "某政发〔2010〕19号"), id="plain-underscore"
    ),
    # negative rows: a body's name before 关于 is the title's own
    pytest.param(
        f"某某省人民政府{DECISION}\n某政发〔2010〕19号\n",
        (f"某某省人民政府{DECISION}", "某政发〔2010〕19号"),
        id="neg-body-name",
    ),
]
assert_unique(SPAM_PREFIX_ROWS, whole=True)


@pytest.mark.parametrize(("head", "expected"), SPAM_PREFIX_ROWS)
def test_a_spam_name_before_guanyu_is_no_part_of_the_title(head: str, expected: tuple[str, str]) -> None:
    text = f"{head}\n各市人民政府，省政府各厅委：\n现将有关事项决定如下。\n"
    assert [(t, n) for t, n, _, _ in docs(text)] == [expected]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("附件_关于某某的通知.doc", id="attachment-file"),
        pytest.param("某某县人民政府_关于某某的通知", id="body-name"),
    ],
)
def test_strip_spam_prefix_negatives(line: str) -> None:
    from gazette_extract.text.pagetitle import strip_spam_prefix

    assert strip_spam_prefix(line) is None


# --------------------------------------------------------------------------- toolbar and reporter lines

HEADLINE = "某某特区第七届立法会举行议员宣誓仪式"
LEAD = "  新华社某某1月3日电（记者王某）3日，某某特区第七届立法会议员完成宣誓。\n"
TOOLBAR_ROWS = [
    pytest.param("字體:", id="trad-colon"),
    pytest.param("字体：", id="simplified"),
    pytest.param("【字号：大 中 小】", id="size-chooser"),
    pytest.param("字体：大 中 小", id="size-chooser-bare"),
]
assert_unique(TOOLBAR_ROWS, whole=True)


@pytest.mark.parametrize("toolbar", TOOLBAR_ROWS)
def test_a_font_chooser_is_not_glued_to_the_headline(toolbar: str) -> None:
    text = f"2022 01/ 03 16:21:40\n来源：新华网\n\n{HEADLINE}\n\n{toolbar}\n\n{LEAD}"
    assert docs(text) == [(HEADLINE, None, "2022-01-03", None)]


STORY = "本报讯 昨日下午，政协某某市九届十三次常委会会议召开。市政协主席王某主持会议。\n"
REPORTER_ROWS = [
    pytest.param("■某某融媒记者 陈 帅\n通 讯 员 王成虎\n", id="bullet-outlet-spaced-name"),
    pytest.param("本报记者 王晓丽 李明\n", id="paper-two-names"),
    pytest.param("新华社记者 王申、李四\n", id="agency-names-dun"),
    pytest.param("某某日报记者王晓丽 通讯员 徐琦\n", id="reporter-and-correspondent"),
]
assert_unique(REPORTER_ROWS, whole=True)


@pytest.mark.parametrize("lines", REPORTER_ROWS)
def test_a_reporter_line_is_no_headline(lines: str) -> None:
    assert docs(lines + STORY) == []


REPORTER_HEADLINE_ROWS = [
    # negative rows: headlines that end in 记者 or name them stay headlines
    pytest.param("某某市领导看望慰问一线新闻记者", id="neg-journalists-visited"),
    pytest.param("全市新闻记者表彰大会召开", id="neg-award-meeting"),
]
assert_unique(REPORTER_HEADLINE_ROWS, whole=True)


@pytest.mark.parametrize("headline", REPORTER_HEADLINE_ROWS)
def test_a_headline_about_reporters_stays(headline: str) -> None:
    text = f"{headline}\n\n  3月15日，某某市召开会议，看望慰问新闻工作者。会议强调要做好宣传工作。\n"
    assert [t for t, _, _, _ in docs(text)] == [headline]


# --------------------------------------------------------------------------- metadata keys glued

N5 = "某政办发〔2021〕5号"
T5 = "某某县人民政府办公室关于做好防汛工作的通知"
BODY5 = "\n各乡镇人民政府：\n现将有关事项通知如下。\n"
META = (T5, N5, "2021-03-05", "某某县人民政府办公室")

GLUED_ROWS = [
    pytest.param(
        f"发文机构某某县人民政府办公室发文字号{N5}\n发布日期2021年03月08日有效性有效\n成文日期2021年03月05日\n{T5}",
        META,
        id="two-pairs-a-line-no-colon",
    ),
    pytest.param(
        f"索引号 001/2021-01 主题分类 综合政务\n发文机构某某县人民政府办公室发文字号{N5}\n成文日期2021年03月05日\n{T5}",
        META,
        id="under-a-spaced-first-line",
    ),
    pytest.param(
        f"發文機構某某縣人民政府辦公室發文字號某政辦發〔2021〕5號\n成文日期2021年03月05日\n{T5}",
        META,
        id="traditional",
    ),
    pytest.param(
        f"标题\n:{T5}索引号\n:001/2021-01主题分类\n:城乡建设、环境保护发文机关\n:某某县人民政府办公室发文字号\n:{N5}成文日期\n:2021-03-05\n{T5}",
        META,
        id="colon-at-next-line-start",
    ),
    pytest.param(
        f"标题\n：{T5}索引号\n：001/2021-01发文字号\n：{N5}成文日期\n：2021年03月05日\n{T5}",
        (T5, N5, "2021-03-05", None),
        id="full-width-colon-at-next-line-start",
    ),
    pytest.param(
        f"标题：{T5}索引号：001/2021-01发文字号：{N5}成文日期：2021年03月05日\n{T5}",
        (T5, N5, "2021-03-05", None),
        id="run-together-with-colons",
    ),
    pytest.param(f"字号：{N5}\n{T5}", (T5, N5, None, None), id="zihao-over-title"),
    pytest.param(f"{T5}\n字　　号：{N5}", (T5, N5, None, None), id="zihao-spaced-under-title"),
    pytest.param(
        f"索 引 号 001/2021-01 发文时间 2021-03-05\n发布机构 某某县政府办 文 号\n公开方式 主动公开 有效性 有效\n{T5}",
        (T5, None, "2021-03-05", None),  # 政府办 (a shortened 政府办公室) is no issuer: it also publishes news
        id="fawen-shijian-empty-number",
    ),
    # negative rows: a font chooser is no number; prose that opens with a key word is no pair; an
    # unknown key that ends in a known one (文件分类, 信息分类名称) is one key
    pytest.param(
        f"文 号: 文件分类: 综合政务 所属机构: \n发布机构: 某某县人民政府办公室 成文日期: 2021-03-05\n{T5}",
        (T5, None, "2021-03-05", "某某县人民政府办公室"),
        id="neg-unknown-key-ending-in-a-known-one",
    ),
    pytest.param(f"{T5}\n【字号：大 中 小】", (T5, None, None, None), id="neg-font-chooser"),
    pytest.param(f"{T5}\n字号：大 中 小 打印本页 关闭窗口", (T5, None, None, None), id="neg-toolbar"),
    pytest.param(f"发布日期由各单位自行确定有效性另行通知\n{T5}", (T5, None, None, None), id="neg-prose-key-words"),
]
assert_unique(GLUED_ROWS, whole=True)


@pytest.mark.parametrize(("head", "expected"), GLUED_ROWS)
def test_metadata_keys_glued_to_values(head: str, expected: Row) -> None:
    assert docs(head + "\n" + BODY5) == [expected]


def test_an_unknown_key_ending_in_a_known_one_stays_whole() -> None:
    from gazette_extract import parse_text

    text = f"索 引 号: 001/2021-01 信息分类名称: 综合政务\n文 号: 文件分类: 综合政务\n发布机构: 某某县人民政府办公室\n{T5}\n{BODY5}"
    metadata = parse_text(text).documents[0].metadata
    assert metadata.get("文件分类") == "综合政务" and "分类" not in metadata and "名称" not in metadata


def test_glued_pairs_are_kept_as_printed() -> None:
    from gazette_extract import parse_text

    text = f"发文机构某某县人民政府办公室发文字号{N5}\n发布日期2021年03月08日有效性有效\n{T5}\n{BODY5}"
    assert parse_text(text).documents[0].metadata == {
        "发文机构": "某某县人民政府办公室",
        "发文字号": N5,
        "发布日期": "2021年03月08日",
        "有效性": "有效",
    }


# --------------------------------------------------------------------------- Macau acts by serial

ACT_BODY = "行政長官行使《澳門特別行政區基本法》第五十條賦予的職權，作出本批示。\n一、核准有關證件的式樣。\n"
MACAU_ROWS = [
    pytest.param(
        f"葡文版本\n\n第57/2016號行政命令\n\n{ACT_BODY}\n二零一六年九月二日。\n\n命令公佈。\n\n行政長官 崔世安\n",
        [("第57/2016号行政命令", None, "2016-09-02", "行政长官")],
        id="executive-order-published-line",
    ),
    pytest.param(
        f"澳 門 特 別 行 政 區\n\n行政長官辦公室\n\n葡文版本\n\n第223/2000號行政長官批示\n\n{ACT_BODY}\n二零零零年十二月六日\n\n行政長官 何厚鏵\n",
        [("第223/2000号行政长官批示", None, "2000-12-06", "行政长官")],
        id="dispatch-under-spaced-masthead",
    ),
    pytest.param(
        f"第12/2020號經濟財政司司長批示\n\n{ACT_BODY}\n二零二零年三月五日\n\n經濟財政司司長 李偉農\n",
        [("第12/2020号经济财政司司长批示", None, "2020-03-05", "经济财政司司长")],
        id="secretary-dispatch",
    ),
    pytest.param(
        f"第37/2000號行政法規\n\n{ACT_BODY}\n二零零零年十月二日\n\n命令公佈。\n\n行政長官 何厚鏵\n",
        [("第37/2000号行政法规", None, "2000-10-02", "行政长官")],
        id="administrative-regulation",
    ),
    pytest.param(
        f"第223/2000號行政長官批示\n\n{ACT_BODY}\n二零零零年十二月六日\n\n行政長官 何厚鏵\n\n———\n\n"
        f"第224/2000號行政長官批示\n\n{ACT_BODY}\n二零零零年十二月七日\n\n行政長官 何厚鏵\n",
        [
            ("第223/2000号行政长官批示", None, "2000-12-06", "行政长官"),
            ("第224/2000号行政长官批示", None, "2000-12-07", "行政长官"),
        ],
        id="two-dispatches-one-page",
    ),
    # negative rows: the serial inside a sentence cites an act; no office under the date, no issuer
    pytest.param(
        "根據第2/1999號法律《政府組織綱要法》第五條的規定，作出本批示。\n",
        [],
        id="neg-serial-in-a-sentence",
    ),
    pytest.param(
        f"第57/2016號行政命令\n\n{ACT_BODY}\n二零一六年九月二日。\n",
        [("第57/2016号行政命令", None, "2016-09-02", None)],
        id="neg-unsigned-no-issuer",
    ),
]
assert_unique(MACAU_ROWS, whole=True)


@pytest.mark.parametrize(("text", "expected"), MACAU_ROWS)
def test_macau_acts_headed_by_their_serial(text: str, expected: list[Row]) -> None:
    assert docs(text) == expected


# --------------------------------------------------------------------------- a metadata block printed twice

TWICE_ROWS = [
    pytest.param(
        f"索引号 001/2021-27971\n 组配分类 政府文件  发布机构 县政府办公室\n 生成日期 2021-02-22  公开方式 主动公开\n"
        f"  • 信息索引号:\n\n    001/2021-27971\n\n  • 发布机构:\n\n    县政府办公室\n\n  • 成文日期:\n\n    2021-03-05\n\n"
        f"  • 文号:\n\n    {N5}\n\n{T5}\n",
        [(T5, N5, "2021-03-05", "县政府办公室")],
        id="spaced-block-then-bullets-values-below",
    ),
    pytest.param(
        f"索引号：001/2021-27971\n发布机构：县政府办公室\n信息索引号：\n001/2021-27971\n发文字号：\n{N5}\n成文日期：\n2021-03-05\n{T5}\n",
        [(T5, N5, "2021-03-05", "县政府办公室")],
        id="colon-block-then-values-below",
    ),
    # negative row: the issuer's line of a red-head title repeats a value (发布机构), not the first one
    pytest.param(
        "索引号：001/2021-01\n发布机构：某某县人民政府办公室\n成文日期：2021-03-05\n\n某某县人民政府办公室\n关于做好防汛工作的通知\n",
        [(T5, None, "2021-03-05", "某某县人民政府办公室")],
        id="neg-title-issuer-line-repeats-a-value",
    ),
]
assert_unique(TWICE_ROWS, whole=True)


@pytest.mark.parametrize(("head", "expected"), TWICE_ROWS)
def test_a_metadata_block_printed_twice_opens_one_document(head: str, expected: list[Row]) -> None:
    """The first copy's next line is a value again (001/2021-27971): never a title of its own."""
    assert docs(head + BODY5) == expected


# --------------------------------------------------------------------------- breadcrumbs and stamps

CRUMB_ROWS = [
    pytest.param("你当前的位置:首页正文", id="ni-dangqian-de"),
    pytest.param("您当前的位置：首页 > 正文", id="nin-dangqian-de"),
    pytest.param("您现在所在的位置：首页", id="nin-xianzai-suozai"),
    pytest.param("当前的位置：首页", id="dangqian-de"),
]
assert_unique(CRUMB_ROWS, whole=True)


@pytest.mark.parametrize("crumb", CRUMB_ROWS)
def test_a_breadcrumb_key_is_no_title(crumb: str) -> None:
    text = f"{crumb}\n某某县召开防汛工作会议\n2020-03-05 10:00 来源：某某网\n3月5日，某某县召开防汛工作会议。\n"
    assert docs(text) == [("某某县召开防汛工作会议", None, "2020-03-05", None)]


COUNT_STAMP_ROWS = [
    pytest.param("2022 年 08 月 26 日   阅读量:10.93万+", "2022-08-26", id="spaced-view-count"),
    pytest.param("2022年08月26日 阅读量：1093", "2022-08-26", id="view-count"),
    pytest.param("2022-08-26 浏览次数：56", "2022-08-26", id="iso-browse-count"),
    pytest.param("2022年08月26日 点击数:78", "2022-08-26", id="click-count"),
]
assert_unique(COUNT_STAMP_ROWS, whole=True)


@pytest.mark.parametrize(("stamp", "day"), COUNT_STAMP_ROWS)
def test_a_date_with_a_view_count_dates_the_story(stamp: str, day: str) -> None:
    text = f"某某委员会主席续任\n\n{stamp}\n\n政府今日（26日）公布，行政长官再度委任林某为某某委员会主席。\n"
    assert docs(text) == [("某某委员会主席续任", None, day, None)]


SLASH_ROWS = [
    pytest.param("中共某某省委组织部/某某省人事厅", "中共某某省委组织部、某某省人事厅", id="two-bodies"),
    pytest.param(
        "某某省财政厅／某某省教育厅／某某省卫生厅", "某某省财政厅、某某省教育厅、某某省卫生厅", id="full-width-three"
    ),
    pytest.param("某某省财政厅", "某某省财政厅", id="one-body"),
]
assert_unique(SLASH_ROWS, whole=True)


@pytest.mark.parametrize(("printed", "issuer"), SLASH_ROWS)
def test_joint_issuers_joined_by_slashes(printed: str, issuer: str) -> None:
    """A law database joins joint issuers with slashes; the output joins them with 、."""
    text = (
        f"【发布单位】{printed} 【发布文号】\n【生效日期】2019-04-01 【失效日期】\n【所属类别】地方法规 【文件来源】某某网\n"
        "某某专业职务试行条例\n第一章 总则\n第一条 为加强队伍建设，制定本条例。\n"
    )
    assert [i for _, _, _, i in docs(text)] == [issuer]


# --------------------------------------------------------------------------- publish lines under a headline

HEADLINE8 = "某某县召开防汛工作会议"
LEAD8 = "\n　　3月5日，某某县召开防汛工作会议，县长王某出席会议并讲话。会议强调要做好防汛工作。\n"
PUBLISH_ROWS = [
    pytest.param("[ 2021-03-05 ]", "2021-03-05", id="square-bracketed-iso"),
    pytest.param("【2021年03月05日】", "2021-03-05", id="lenticular-cn-date"),
    pytest.param("[2021-03-05 10:30]", "2021-03-05", id="square-with-time"),
    pytest.param("【发布时间：2021-03-05】", "2021-03-05", id="lenticular-keyed"),
    pytest.param("[发布日期:2021-03-05]", "2021-03-05", id="square-keyed"),
    pytest.param("来源：某某县融媒体中心 | 2021-03-05", "2021-03-05", id="source-bar-date"),
    pytest.param("来源:精彩某某  |    2019-02-15 11:15    |   作者:", "2019-02-15", id="source-bar-date-time-author"),
    pytest.param("来源：某某县人民政府    2021-03-05", "2021-03-05", id="source-spaces-date"),
    pytest.param("日期：2021年03月05日", "2021-03-05", id="bare-riqi-cn-date"),
    # negative rows: a meeting's fields are not the page's date
    pytest.param("时间：2021年3月5日 9:00", None, id="neg-meeting-time"),
    pytest.param("日期：2021年3月5日 9:00", None, id="neg-meeting-date-with-time"),
    pytest.param("来源：某某县融媒体中心", None, id="neg-source-only"),
    pytest.param("[ 2021-13-05 ]", None, id="neg-no-such-date"),
]
assert_unique(PUBLISH_ROWS, whole=True)


@pytest.mark.parametrize(("line", "day"), PUBLISH_ROWS)
def test_publish_lines_under_a_headline(line: str, day: str | None) -> None:
    assert publish_date(line) == day
    if day:
        story_day = "2019-02-15" if day.startswith("2019") else "2021-03-05"
        lead = LEAD8 if story_day.startswith("2021") else LEAD8.replace("3月5日", "2月15日")
        assert docs(f"{HEADLINE8}\n{line}\n{lead}") == [(HEADLINE8, None, story_day, None)]


def test_a_gazette_masthead_under_a_source_key_is_no_headline() -> None:
    """A bracketed source key then a time key on one line: the source's value ends at its bracket;
    the gazette's issue line under it (2017年第4号) is never a news headline."""
    text = (
        "某某区人民政府\n关闭\n\n2017年第4号\n\n  • 【信息来源:某某区人民政府】 【信息时间:2018-01-16】\n\n"
        "某某区人民政府公报\n2017年第4号（总第4号）\n目　录\n某某区人民政府关于某某的通告 （1）\n"
    )
    assert "2017年第4号" not in [t for t, _, _, _ in docs(text)]


# --------------------------------------------------------------------------- national decrees as cited

DECREE_ROWS = [
    pytest.param("（中华人民共和国国务院令第142号）", "国令第142号", id="state-council-state-prefix"),
    pytest.param("（国务院令第707号）", "国令第707号", id="state-council-bare"),
    pytest.param("（国务院令〔2003〕第394号）", "国令第394号", id="state-council-year-bracket"),
    pytest.param("（中华人民共和国主席令第69号）", "主席令第69号", id="president-state-prefix"),
    pytest.param("（中华人民共和国主席令 第十六号）", "主席令第16号", id="president-spaced-chinese-numerals"),
    pytest.param("（国令第707号）", "国令第707号", id="already-cited-form"),
    # other orders keep their agency as printed, less the state prefix (FORMAT.md: one number per decree)
    pytest.param("（财政部令第100号）", "财政部令第100号", id="ministry-order"),
    pytest.param("（中华人民共和国住房和城乡建设部令第1号）", "住房和城乡建设部令第1号", id="ministry-state-prefix"),
    pytest.param("（某某市人民政府令第12号）", "某某市人民政府令第12号", id="city-order"),
]
assert_unique(DECREE_ROWS, whole=True)


@pytest.mark.parametrize(("cited", "canonical"), DECREE_ROWS)
def test_national_decrees_are_cited_as_printed_in_the_series(cited: str, canonical: str) -> None:
    from gazette_extract import parse_text

    text = f"{T5}\n{N5}\n{BODY5}根据《某某条例》{cited}的规定，现将有关事项通知如下。\n\n某某县人民政府办公室\n2021年3月5日\n"
    found = [c.doc_number.text for d in parse_text(text).documents for c in d.citations if c.doc_number]
    assert found == [canonical]


# --------------------------------------------------------------------------- a site's title naming one issuer of two

JOINT_TITLE = "关于印发《某某镇第十一届村民委员会换届选举工作方案》的通知"
JOINT_HEAD = "中共某某县某某镇委员会\n某某县某某镇人民政府\n"
JOINT_SIGNED = "\n各村党总支、村委会：\n现印发给你们，请抓好落实。\n\n中共某某县某某镇委员会\n某某县某某镇人民政府\n2021年3月11日\n"
JOINT_META = f"索引号：001/2021-00021\n发文字号：某委发〔2021〕68号\n成文日期：2021-03-11\n标题：某某县某某镇人民政府{JOINT_TITLE}\n"
JOINT_ROWS = [
    pytest.param(f"{JOINT_META}\n某委发〔2021〕68号\n\n{JOINT_HEAD}{JOINT_TITLE}\n", id="number-between"),
    pytest.param(f"{JOINT_META}\n{JOINT_HEAD}{JOINT_TITLE}\n", id="head-right-under-block"),
]
assert_unique(JOINT_ROWS, whole=True)


@pytest.mark.parametrize("head", JOINT_ROWS)
def test_the_red_heads_joint_title_completes_a_sites_field(head: str) -> None:
    """The site's 标题 names its own body; the red head prints both issuers: its title is the document's."""
    title = f"中共某某县某某镇委员会某某县某某镇人民政府{JOINT_TITLE}"
    assert docs(head + JOINT_SIGNED) == [
        (title, "某委发〔2021〕68号", "2021-03-11", "中共某某县某某镇委员会、某某县某某镇人民政府")
    ]


def test_a_sites_field_naming_another_body_is_kept() -> None:
    """Negative: a printed title that does not end with the field's keeps the field's title."""
    head = f"{JOINT_META}\n某委发〔2021〕68号\n\n某某县某某镇人民政府\n关于做好换届选举工作的通知\n"
    assert docs(head + JOINT_SIGNED)[0][0] == f"某某县某某镇人民政府{JOINT_TITLE}"


# --------------------------------------------------------------------------- a title printed twice, <> and 〈〉

ANGLE_TITLE = "某某市人民政府办公室关于印发《〈政府工作报告〉重点工作任务分工方案》的通知"
ANGLE_BODY = (
    "\n各区、市、县人民政府，市级各部门：\n现印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2020年3月9日\n"
)
ANGLE_ROWS = [
    pytest.param("某某市人民政府办公室关于印发《<政府工作报告>重点工作任务分工方案》的通知", id="ascii-angles"),
    pytest.param("某某市人民政府办公室关于印发《＜政府工作报告＞重点工作任务分工方案》的通知", id="full-width-angles"),
    pytest.param(ANGLE_TITLE, id="same-printing"),
]
assert_unique(ANGLE_ROWS, whole=True)


@pytest.mark.parametrize("heading", ANGLE_ROWS)
def test_a_title_printed_again_with_other_angle_brackets(heading: str) -> None:
    text = f"首页 > 法律法规 > 地方法规 > 正文阅览\n\n{heading}\n\n{ANGLE_TITLE}\n（某府办函〔2020〕8号）\n{ANGLE_BODY}"
    assert docs(text) == [(ANGLE_TITLE, "某府办函〔2020〕8号", "2020-03-09", "某某市人民政府办公室")]


# --------------------------------------------------------------------------- headlines under site chrome

NEWS_LEAD = "\n  10月26日，区人大常委会主任田某主持召开区七届人大常委会第二十次会议。会议决定任命吴某为副区长。\n"
SLOGAN_ROWS = [
    pytest.param(
        "打造网上国际投资促进平台 致力于中国投资促进事业\n您现在的位置:首页 > 开发区新闻 > 浦东新区 > 文字新闻\n"
        "吴某任某某新区代区长\n发布时间:2023-10-27  来源:某某时报\n",
        ("吴某任某某新区代区长", None, "2023-10-26", None),
        id="slogan-over-breadcrumb",
    ),
    pytest.param(
        "A3:社会总第2676期 >2021-09-20编印\n\n区七届人大常委会第二十次会议召开\n刊发日期:2023-10-27 阅读次数: 作者:\n",
        ("区七届人大常委会第二十次会议召开", None, "2023-10-26", None),
        id="epaper-page-serial-line",
    ),
    # negative row: no breadcrumb between them — the two lines are one headline, never the second alone
    pytest.param(
        "区七届人大常委会第二十次会议召开\n吴某任某某新区代区长\n发布时间:2023-10-27  来源:某某时报\n",
        ("区七届人大常委会第二十次会议召开吴某任某某新区代区长", None, "2023-10-26", None),
        id="neg-headline-and-deck",
    ),
]
assert_unique(SLOGAN_ROWS, whole=True)


@pytest.mark.parametrize(("head", "expected"), SLOGAN_ROWS)
def test_the_headline_under_the_sites_chrome(head: str, expected: Row) -> None:
    assert docs(head + NEWS_LEAD) == [expected]


# --------------------------------------------------------------------------- an outlet's own opener

OPENER_ROWS = [
    pytest.param("某某新闻网讯(陈某)11月30日，", id="news-site-bracketed-reporter"),
    pytest.param("某某北方网讯：11月30日，", id="site-colon"),
    pytest.param("大河报讯 昨日，", id="paper-space"),
    pytest.param("某某融媒讯（记者 王某）11月30日，", id="media-centre"),
    pytest.param("某某电视台讯 11月30日，", id="tv-station"),
]
assert_unique(OPENER_ROWS, whole=True)


@pytest.mark.parametrize("opener", OPENER_ROWS)
def test_a_headline_over_an_outlets_opener_is_a_story(opener: str) -> None:
    text = f"副市长王某在会上作宪法宣誓\n{opener}在市人大常委会会议上，决定任命王某为市人民政府副市长。\n"
    assert [t for t, _, _, _ in docs(text)] == ["副市长王某在会上作宪法宣誓"]


def test_a_word_ending_in_xun_is_no_opener() -> None:
    """Negative: 通讯 / 资讯 in a sentence open no story."""
    from gazette_extract.layout.news import is_story_lead

    assert not is_story_lead("通讯员培训班开班，全县50名通讯员参加。")
    assert not is_story_lead("某某资讯网站改版上线。")


# --------------------------------------------------------------------------- a signature under its date

UNDER_NOTICE = f"{T5}\n{N5}\n各乡镇人民政府：\n现将有关事项通知如下。\n2021年3月5日\n"
UNDER_ROWS = [
    pytest.param(f"{UNDER_NOTICE}某某县人民政府办公室\n", "某某县人民政府办公室", id="last-line"),
    pytest.param(
        f"{UNDER_NOTICE}某某县人民政府办公室\n（此件公开发布）\n", "某某县人民政府办公室", id="publication-note"
    ),
    pytest.param(
        f"{UNDER_NOTICE}某某县人民政府办公室\n抄送：县委办公室。\n某某县人民政府办公室 2021年3月6日印发\n",
        "某某县人民政府办公室",
        id="copy-and-print-lines",
    ),
    # negative rows: prose or a next document's head under the date is not its signature
    pytest.param(f"{UNDER_NOTICE}某某县人民政府办公室\n请各乡镇认真贯彻执行。\n", None, id="neg-prose-follows"),
    pytest.param(
        f"{UNDER_NOTICE}某某县人民政府办公室\n关于做好森林防火工作的通知\n各乡镇：\n现将有关事项通知如下。\n",
        None,
        id="neg-next-red-head",
    ),
]
assert_unique(UNDER_ROWS, whole=True)


@pytest.mark.parametrize(("text", "issuer"), UNDER_ROWS)
def test_a_signature_under_its_date(text: str, issuer: str | None) -> None:
    assert docs(text)[0] == (T5, N5, "2021-03-05", issuer)


# --------------------------------------------------------------------------- Republic-era dates

ROC_ROWS = [
    pytest.param("中华民国95年11月21日", "2006-11-21", id="roc-arabic"),
    pytest.param("民国112年3月5日", "2023-03-05", id="roc-short-era"),
    pytest.param("中华民国九十五年十一月二十一日", "2006-11-21", id="roc-chinese-numerals"),
    pytest.param("中华民国95年11月21日行政院院授人力字第0950064762号函订定", "2006-11-21", id="roc-in-a-history-line"),
    # negative rows: no era word, an impossible month, a Gregorian year after 民国时期
    pytest.param("95年11月21日", None, id="neg-no-era"),
    pytest.param("中华民国95年13月21日", None, id="neg-month-13"),
    pytest.param("民国时期1935年3月5日", "1935-03-05", id="gregorian-after-era-word"),
]
assert_unique(ROC_ROWS, whole=True)


@pytest.mark.parametrize(("text", "iso"), ROC_ROWS)
def test_republic_era_dates(text: str, iso: str | None) -> None:
    from gazette_extract.grammars.dates import parse_date

    assert parse_date(text) == iso


def test_a_laws_roc_promulgation_date() -> None:
    text = "某某條例\n公布日期：中華民國95年11月21日\n施行日期：中華民國96年1月1日\n第一條 為規範某某，訂定本條例。\n"
    assert docs(text) == [("某某条例", None, "2006-11-21", None)]


LOST_DAY_ROWS = [
    pytest.param(f"{NOTICE}2020年5月6\n", DATED, id="lost-ri"),
    pytest.param(f"{NOTICE}2020 年 5 月 6\n", DATED, id="lost-ri-spaced"),
    # negative rows: a month that does not exist; not under a signature (a bulletin's masthead)
    pytest.param(f"{NOTICE}2020年13月6\n", UNDATED, id="neg-month-13"),
    pytest.param(f"{TITLE}\n\n{BODY}\n2020年5月6\n", (TITLE, None, None, None), id="neg-no-signature"),
]
assert_unique(LOST_DAY_ROWS, whole=True)


@pytest.mark.parametrize(("text", "expected"), LOST_DAY_ROWS)
def test_a_signature_date_that_lost_its_ri(text: str, expected: Row) -> None:
    assert docs(text) == [expected]
