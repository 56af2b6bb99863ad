"""Pages round 20 (session 19): documents missed on pages where the tool reported none, second round.

Class fixed (docs/issue9-rounds.md, ### pages20):

* an official notice's title glued to its recipients or to its body's first words on one line, as a PDF or .doc
  converter dumps it (1附件1关于公布…的通告经中央领导同志批准同意,现将… / 某县人民政府关于…的通知各乡镇人民政府：…),
  perhaps after page furniture (a page number, 附件1, 第1页共18页) and with the signature glued to its date later on
  the line (…接受社会监督。某某办公室2015年8月20日2…): cut into furniture, title, body, signature and date
  (layout.runon.split_glued_notice). A body opener after the title is read only when the line is signed and dated.

Positives over the variants (furniture, recipients with full-width or ASCII colon, issuer before 关于, 转发/印发,
kinds, Traditional, body openers); negatives that must open no document or keep the line whole (a title in 《》,
a news sentence naming a notice, a commentary, a chronicle, a link list, a tag page, a forum index, a bare 目录,
an unsigned body opener, a date inside a sentence).
"""

from __future__ import annotations

import pytest

from gazette_extract.grammars.dates import is_date_line
from gazette_extract.layout.runon import split_glued_notice, split_glued_report, split_run_on
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import Para, split_paragraphs

_BODY = "现将有关事项通知如下：一、各单位要高度重视，认真组织实施，确保各项工作落到实处。二、请于年底前报送工作总结。"


def _pieces(text: str) -> list[str] | None:
    got = split_glued_notice(Para(text, 1, 1))
    return None if got is None else [p.text for p in got]


GLUED = [
    # (id, line, furniture, title)
    (
        "recipients-fullwidth",
        "某某县人民政府关于做好2023年春耕生产工作的通知各乡镇人民政府，县直各单位：" + _BODY,
        None,
        "某某县人民政府关于做好2023年春耕生产工作的通知",
    ),
    (
        "recipients-ascii-colon",
        "关于开展安全生产大检查的通知各乡镇人民政府,县政府各部门:" + _BODY,
        None,
        "关于开展安全生产大检查的通知",
    ),
    (
        "recipients-district-first",
        "区人民政府办公室关于印发城区环境整治方案的通知区政府各部门、各街道办事处：" + _BODY,
        None,
        "区人民政府办公室关于印发城区环境整治方案的通知",
    ),
    (
        "page-number-annex",
        "1附件1关于公布全国评比达标表彰保留项目目录的通告各省、自治区、直辖市人民政府：" + _BODY,
        "1附件1",
        "关于公布全国评比达标表彰保留项目目录的通告",
    ),
    (
        "annex-colon",
        "附件：关于成立防汛工作领导小组的通知各村委会：" + _BODY,
        "附件：",
        "关于成立防汛工作领导小组的通知",
    ),
    (
        "page-count",
        "第1页共18页某某市人民政府关于加强耕地保护的意见各县（市、区）人民政府：" + _BODY,
        "第1页共18页",
        "某某市人民政府关于加强耕地保护的意见",
    ),
    (
        "zhuanfa",
        "某某县人民政府办公室转发县财政局关于规范资金管理的通知各乡镇人民政府：" + _BODY,
        None,
        "某某县人民政府办公室转发县财政局关于规范资金管理的通知",
    ),
    (
        "decision",
        "某某市人民政府关于表彰2022年度先进集体的决定各县区人民政府，市直各部门：" + _BODY,
        None,
        "某某市人民政府关于表彰2022年度先进集体的决定",
    ),
    (
        "issuer-bureau",
        "某某县教育局关于做好2023年招生工作的通知各中小学校：" + _BODY,
        None,
        "某某县教育局关于做好2023年招生工作的通知",
    ),
    (
        "body-opener-signed",
        "1附件1关于公布评比项目目录的通告经中央领导同志批准同意,现将项目目录予以公布。请各单位遵照执行。"
        "全国评比达标表彰工作协调小组办公室2015年8月20日2目录",
        "1附件1",
        "关于公布评比项目目录的通告",
    ),
    (
        "body-opener-genju-signed",
        "某某县人民政府关于调整最低工资标准的通知根据省政府有关规定，现将调整事项通知如下。某某县人民政府2023年5月6日",
        None,
        "某某县人民政府关于调整最低工资标准的通知",
    ),
]


@pytest.mark.parametrize(("line", "furniture", "title"), [g[1:] for g in GLUED], ids=[g[0] for g in GLUED])
def test_glued_title_is_cut_from_its_line(line: str, furniture: str | None, title: str) -> None:
    pieces = _pieces(line)
    assert pieces is not None
    if furniture is None:
        assert pieces[0] == title
    else:
        assert pieces[:2] == [furniture, title]


def test_glued_signature_and_date_are_their_own_pieces() -> None:
    line = (
        "1附件1关于公布评比项目目录的通告经中央领导同志批准同意,现将项目目录予以公布。请各单位遵照执行。"
        "全国评比达标表彰工作协调小组办公室2015年8月20日2目录"
    )
    assert _pieces(line) == [
        "1附件1",
        "关于公布评比项目目录的通告",
        "经中央领导同志批准同意,现将项目目录予以公布。请各单位遵照执行。",
        "全国评比达标表彰工作协调小组办公室",
        "2015年8月20日",
        "2目录",
    ]


def test_glued_page_opens_the_notice() -> None:
    text = (
        "您好,欢迎访问某某文档\n"
        "1附件1关于公布评比项目目录的通告经中央领导同志批准同意,现将修订后的项目目录予以公布。请各主办单位严格按照公布的"
        "项目名称和周期组织开展活动,自觉接受社会监督。全国评比达标表彰工作协调小组办公室2015年8月20日2全国评比达标表彰"
        "保留项目目录序号主办部门项目名称周期1中央纪委全国纪检监察系统先进集体5年\n"
    )
    docs = extract_str(text)["documents"]
    assert [(d["title"], d["date"], d["issuer"]) for d in docs] == [
        ("关于公布评比项目目录的通告", "2015-08-20", "全国评比达标表彰工作协调小组办公室")
    ]


NOT_GLUED = [
    # a title in 《》 opening a sentence: a citation, not the page's title
    ("quoted-title", "《关于做好春耕生产工作的通知》各乡镇要认真贯彻落实，确保各项措施落到实处，" + _BODY),
    # a news sentence naming a notice, a body opener after it, unsigned
    (
        "news-sentence-unsigned",
        "关于加强耕地保护的意见经省政府同意已于近日印发，各地要结合实际抓好落实，切实把各项措施落到实处。"
        "记者了解到，该意见共分五个部分，明确了今后一个时期的目标任务和保障措施。",
    ),
    # a commentary opening on a notice's name and a colon that is no recipients
    (
        "commentary-colon",
        "关于规范资金管理的通知记者解读：该通知明确了资金拨付的程序和时限，对违规行为作出了严格规定，值得关注。",
    ),
    # a chronicle's entry: a date first
    (
        "chronicle",
        "2023年3月5日关于做好春耕生产工作的通知各乡镇人民政府：印发。2023年3月8日召开全县春耕生产工作会议，部署全年工作。",
    ),
    # a link list: titles apart by blanks
    (
        "link-list",
        "关于做好春耕生产工作的通知 2023-03-05 关于开展安全生产大检查的通知 2023-03-01 上一篇 下一篇 返回列表 打印本页",
    ),
    # a tag page
    (
        "tag-page",
        "相关标签：关于 通知 春耕 安全生产 热门文章 关于做好春耕生产工作的通知 关于开展安全生产大检查的通知 更多",
    ),
    # a forum index
    (
        "forum-index",
        "论坛首页 › 政务讨论区 › 关于做好春耕生产工作的通知怎么理解？回复：12 查看：345 最后发表：2023-03-05 10:20",
    ),
    # a bare 目录 line
    ("bare-toc", "目录第一章总则……1第二章组织机构……3第三章工作职责……5关于做好春耕生产工作的通知……7第四章附则……9"),
    # the title's kind is no official kind
    (
        "not-official-kind",
        "关于春耕生产的几点思考各位同志：今年春耕生产形势严峻，各地要早谋划早部署，确保粮食稳产增产。",
    ),
    # a body opener and a date inside a sentence, not a signature: the line is not signed
    (
        "date-in-sentence",
        "关于做好春耕生产工作的通知经研究同意。市人民政府2023年3月5日印发了春耕生产工作方案，各地要认真落实。",
    ),
]


@pytest.mark.parametrize("line", [n[1] for n in NOT_GLUED], ids=[n[0] for n in NOT_GLUED])
def test_near_misses_keep_their_line(line: str) -> None:
    assert _pieces(line) is None


@pytest.mark.parametrize("line", [n[1] for n in NOT_GLUED], ids=[n[0] for n in NOT_GLUED])
def test_near_misses_open_no_document(line: str) -> None:
    assert extract_str("某某网\n" + line + "\n")["documents"] == []


def test_title_over_its_header_line_is_no_recipients() -> None:
    # a title glued to its date and a key (a law site's header line): no recipients (digits), the line stays whole
    assert _pieces("国务院关于设置某某自治州并撤销某某专员公署的决定1957-10-18发布机关：国务院｜") is None


def test_rows_are_unique() -> None:
    lines = [g[1] for g in GLUED] + [n[1] for n in NOT_GLUED]
    assert len(lines) == len(set(lines))


TRADITIONAL = [
    # the page is folded to Simplified before its lines are cut: Traditional titles, keys and signatures
    (
        "signed",
        "某某網\n某某縣人民政府關於做好防汛工作的通知各鄉鎮人民政府：現將有關事項通知如下：一、各單位要高度重視，"
        "認真組織實施。某某縣人民政府2023年5月6日\n",
        ("某某县人民政府关于做好防汛工作的通知", "2023-05-06", "某某县人民政府"),
    ),
    (
        "unsigned-recipients",
        "某某網\n1附件1某某縣人民政府辦公室關於開展安全生產大檢查的通知各鄉鎮人民政府,縣政府各部門:現將有關事項"
        "通知如下：一、各單位要高度重視，認真組織實施，確保各項工作落到實處。\n",
        ("某某县人民政府办公室关于开展安全生产大检查的通知", None, None),
    ),
    (
        "simplified-unsigned",
        "某某网\n某某县人民政府关于做好防汛工作的通知各乡镇人民政府：" + _BODY + "\n",
        ("某某县人民政府关于做好防汛工作的通知", None, None),
    ),
]


@pytest.mark.parametrize(("text", "want"), [t[1:] for t in TRADITIONAL], ids=[t[0] for t in TRADITIONAL])
def test_glued_page_in_both_scripts(text: str, want: tuple[str, str | None, str | None]) -> None:
    docs = extract_str(text)["documents"]
    assert [(d["title"], d["date"], d["issuer"]) for d in docs] == [want]


# --- A report's title glued to its speaker, its day and its address (split_glued_report) -------------------------

_REPORT_BODY = (
    "现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。一、过去一年工作回顾"
)

REPORTS = [
    # (id, line, title)
    (
        "page-count-doc-name",
        "第1页共18页XX市政府投融资工作考察报告XX市政府工作报告张剑飞2023年1月6日各位代表:" + _REPORT_BODY,
        "XX市政府工作报告",
    ),
    ("bare", "某某县人民政府工作报告李明2022年12月28日各位代表：" + _REPORT_BODY, "某某县人民政府工作报告"),
    (
        "committee",
        "政协某某县委员会常务委员会工作报告王小红2021年1月5日各位委员：" + _REPORT_BODY,
        "政协某某县委员会常务委员会工作报告",
    ),
    ("comrades", "1某某镇2023年工作报告赵强2024年1月10日同志们：" + _REPORT_BODY, "某某镇2023年工作报告"),
    (
        "address-pair",
        "某某市人民政府工作报告陈东2020年1月6日各位代表、同志们：" + _REPORT_BODY,
        "某某市人民政府工作报告",
    ),
]


@pytest.mark.parametrize(("line", "title"), [r[1:] for r in REPORTS], ids=[r[0] for r in REPORTS])
def test_glued_report_opens_with_its_title(line: str, title: str) -> None:
    got = split_glued_report(Para(line, 1, 1))
    assert got is not None
    assert got[0].text == title
    assert is_date_line(got[2].text)


@pytest.mark.parametrize(("line", "title"), [r[1:] for r in REPORTS], ids=[r[0] for r in REPORTS])
def test_glued_report_page_is_one_titled_document(line: str, title: str) -> None:
    docs = extract_str(line + "\n")["documents"]
    assert [d["title"] for d in docs] == [title]


NOT_REPORTS = [
    # no speaker: the date right after the title (a headline over its stamp, the joiner's)
    ("no-speaker", "某某县人民政府工作报告2022年12月28日各位代表：" + _REPORT_BODY),
    # no address after the day: a news item
    (
        "no-address",
        "某某县人民政府工作报告李明2022年12月28日在县人民代表大会上作了报告，代表们认真审议。" + _REPORT_BODY,
    ),
    # a sentence before the title
    ("sentence-first", "会议听取了某某县人民政府工作报告李明2022年12月28日各位代表：" + _REPORT_BODY),
    # no report: a notice's title
    ("not-a-report", "某某县人民政府关于做好工作的意见李明2022年12月28日各位代表：" + _REPORT_BODY),
    # a link list of reports, apart by blanks
    ("link-list", "某某县人民政府工作报告 李明 2022年12月28日 各位代表： 上一篇 下一篇 返回列表"),
]


@pytest.mark.parametrize("line", [n[1] for n in NOT_REPORTS], ids=[n[0] for n in NOT_REPORTS])
def test_report_near_misses_keep_their_line(line: str) -> None:
    assert split_glued_report(Para(line, 1, 1)) is None


# --- A portal's summary quoting the notice under it is one line (split_run_on) --------------------------------

_QUOTED = "关于修订印发《某某局公文处理工作办法》的通知 某统〔2012〕77号 局机关各处室、各事业单位：根据有关规定，现将修订后的办法印发给你们…"

SUMMARIES = [
    ("hexin-tishi", "核心提示：" + _QUOTED),
    ("hexin-tishi-ascii", "核心提示:" + _QUOTED),
    ("zhaiyao", "摘要：" + _QUOTED),
    ("zhaiyao-bracket", "【摘要】：" + _QUOTED),
    ("daodu", "导读：" + _QUOTED),
    ("neirong-tiyao", "内容提要：" + _QUOTED),
]


@pytest.mark.parametrize("line", [s[1] for s in SUMMARIES], ids=[s[0] for s in SUMMARIES])
def test_summary_quoting_a_notice_stays_one_line(line: str) -> None:
    assert [p.text for p in split_run_on(Para(line, 1, 1))] == [line]


@pytest.mark.parametrize("line", [s[1] for s in SUMMARIES], ids=[s[0] for s in SUMMARIES])
def test_portal_page_with_summary_opens_one_document(line: str) -> None:
    text = (
        "某某软件 | OA系统 | 在线试用\n当前位置:首页 > 公文管理系统\n\n某某局公文处理工作办法\n\n"
        + line
        + "\n\n关于修订印发《某某局公文处理工作办法》的通知\n某统〔2012〕77号\n\n局机关各处室、各事业单位:\n"
        "根据有关规定,现将修订后的《某某局公文处理工作办法》印发给你们,请认真贯彻执行。\n\n某某局\n2012年11月14日\n"
    )
    docs = extract_str(text)["documents"]
    assert [(d["title"], d["date"], d["issuer"]) for d in docs] == [
        ("关于修订印发《某某局公文处理工作办法》的通知", "2012-11-14", "某某局")
    ]


NOT_SUMMARIES = [
    # the notice itself run together on one line: still cut (its number next to its title)
    ("run-on-notice", _QUOTED),
    # a summary key inside the line, not opening it
    ("key-later", "某某网讯 摘要：" + _QUOTED),
]


@pytest.mark.parametrize("line", [n[1] for n in NOT_SUMMARIES], ids=[n[0] for n in NOT_SUMMARIES])
def test_run_on_notice_without_summary_key_is_still_cut(line: str) -> None:
    assert len(split_run_on(Para(line, 1, 1))) > 1


# --- A document's file name alone on its line stands alone (text.normalize) ---------------------------------------

_NUMBER_LINE = (
    "某区府发〔2021〕3 号 某某市某某区人民政府 关于印发某某区国民经济和社会发展 第十四个五年规划纲要的通知 "
    "各乡镇人民政府,区政府各部门: 现将《某某区国民经济和社会发展第十四个五年规划纲要》印发给你们,请认真贯彻执行。 "
    "2021 年 4 月 13 日 (此件主动公开)"
)

FILE_NAMES = [
    ("doc", "关于印发某某区国民经济和社会发展第十四个五年规划纲要的通知.doc"),
    ("docx", "关于印发某某区国民经济和社会发展第十四个五年规划纲要的通知.docx"),
    ("upper", "关于印发某某区国民经济和社会发展第十四个五年规划纲要的通知.DOC"),
    ("pdf", "某区府发〔2021〕3号关于印发规划纲要的通知.pdf"),
    ("wps", "关于印发规划纲要的通知.wps"),
    ("fullwidth-dot", "关于印发规划纲要的通知．doc"),
]


@pytest.mark.parametrize("name", [f[1] for f in FILE_NAMES], ids=[f[0] for f in FILE_NAMES])
def test_file_name_line_stands_alone(name: str) -> None:
    paras = [p.text for p in split_paragraphs(name + "\n" + _NUMBER_LINE + "\n")]
    assert paras[0] == name.replace("．", ".")  # the full-width dot folded by normalize


@pytest.mark.parametrize("name", [f[1] for f in FILE_NAMES], ids=[f[0] for f in FILE_NAMES])
def test_dump_under_a_file_name_opens_its_notice(name: str) -> None:
    docs = extract_str(name + "\n" + _NUMBER_LINE + "\n")["documents"]
    assert [(d["title"], d["doc_number"]["text"] if d["doc_number"] else None, d["date"]) for d in docs] == [
        (
            "某某市某某区人民政府关于印发某某区国民经济和社会发展第十四个五年规划纲要的通知",
            "某区府发〔2021〕3号",
            "2021-04-13",
        )
    ]


NOT_FILE_NAMES = [
    # a title broken before its kind, no extension: the two lines are one title
    ("wrapped-title", "国务院办公厅关于2019年", "部分节假日安排的通知"),
    # a sentence that ends on a file name: prose, it goes on
    (
        "sentence",
        "各单位请将填写后的表格以附件形式发送至邮箱，文件名为单位名称加报送表格式样.doc",
        "报送至区政府办公室。",
    ),
]


@pytest.mark.parametrize(("above", "below"), [n[1:] for n in NOT_FILE_NAMES], ids=[n[0] for n in NOT_FILE_NAMES])
def test_lines_without_a_file_name_keep_their_joining(above: str, below: str) -> None:
    paras = [p.text for p in split_paragraphs(above + "\n" + below + "\n")]
    assert len(paras) == 1
