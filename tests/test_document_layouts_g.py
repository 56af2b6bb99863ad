"""Document layouts of corpus part G (SOURCES-g.md), each as a class in the variants pages print.

* law-database exports: title / issuing body line(s) / title again / number — the body line is the
  issuer (joint bodies separated by spaces), never when the line below is another title;
* red-head layouts whose title is headed by joint issuers each on its own line, under the number;
* a portal's headline and summary (导读/摘要/核心提示/编者按) above the red-head copy: one document;
* a notice reprinted under a news story, from its recipients to its signature: one untitled
  document (its title is not the story's headline), and never without the signature;
* a whole notice run together on one line (number, title, recipients, body, signature, date).

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.grammars.docnumber import find_doc_numbers
from gazette_extract.layout.blocks import split_blocks
from gazette_extract.layout.runon import split_run_on
from gazette_extract.text.normalize import Para


def docs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (d.title, d.doc_number.text if d.doc_number else None, d.date and str(d.date), d.issuer)
        for d in parse_text(text).documents
    ]


# --------------------------------------------------------------------------- law-database exports

TITLE = "关于印发《某某标准制定工作程序（试行）》的通知"
CHROME = (
    "热门站点| 资料网 | 专利资料网\n\n"
    + TITLE
    + "\n\n作者:法律资料网 时间:2024-07-22 04:02:42\n下载地址: 点击此处下载\n\n"
)
BODY = "\n各有关单位:\n现将《某某标准制定工作程序（试行）》印发给你们,请遵照执行。\n\n2000年11月13日\n第一条 为了规范工作,制定本程序。\n"

LAWDB_ROWS = [
    pytest.param(
        CHROME + TITLE + "\n\n某某科学技术工业委员会\n\n\n" + TITLE + "\n\n科工法字[2000] 851号" + BODY,
        [(TITLE, "科工法字〔2000〕851号", "2000-11-13", "某某科学技术工业委员会")],
        id="one-body-ascii-brackets",
    ),
    pytest.param(
        CHROME
        + TITLE
        + "\n\n财政部 国家发展和改革委员会 工业和信息化部\n\n\n"
        + TITLE
        + "\n\n财建〔2013〕644号"
        + BODY,
        [(TITLE, "财建〔2013〕644号", "2000-11-13", "财政部、国家发展和改革委员会、工业和信息化部")],
        id="three-bodies-spaced",
    ),
    pytest.param(
        CHROME
        + TITLE
        + "\n国务院机关事务管理局\n"
        + TITLE
        + "\n国机房改〔2011〕236号"
        + BODY.replace("2000年11月13日", "二○一一年十一月四日"),
        [(TITLE, "国机房改〔2011〕236号", "2011-11-04", "国务院机关事务管理局")],
        id="no-blank-lines-chinese-date",
    ),
    pytest.param(
        CHROME + TITLE + "\n\n某某科学技术工业委员会办公厅\n\n" + TITLE + "\n\n某工办〔2000〕8号" + BODY,
        [(TITLE, "某工办〔2000〕8号", "2000-11-13", "某某科学技术工业委员会办公厅")],
        id="office-of-a-commission",
    ),
    # the line between the copies is not a body's name: no issuer is made of it
    pytest.param(
        CHROME + TITLE + "\n\n法律资料网 编辑\n\n" + TITLE + "\n\n科工法字[2000] 852号" + BODY,
        [(TITLE, "科工法字〔2000〕852号", "2000-11-13", None)],
        id="not-a-body-no-issuer",
    ),
    # a body's name whose next line is another title heads that title: neither document is
    # given it as an issuer (an unsigned notice keeps issuer null)
    pytest.param(
        CHROME + TITLE + "\n\n某某科学技术工业委员会\n\n关于另一件事的通知\n\n科工法字[2000] 853号" + BODY,
        [
            (TITLE, None, None, None),
            ("某某科学技术工业委员会关于另一件事的通知", "科工法字〔2000〕853号", "2000-11-13", None),
        ],
        id="body-over-another-title",
    ),
]
assert_unique(LAWDB_ROWS)


@pytest.mark.parametrize(("text", "expected"), LAWDB_ROWS)
def test_law_database_issuer_line(text: str, expected: list) -> None:
    assert docs(text) == expected


# --------------------------------------------------------------------------- joint issuers on their own lines

RED_TITLE = "关于印发《全面推进某某工作的实施方案》的通知"
RED_BODY = "\n某县、某区人民政府,新区各部门:\n现将《全面推进某某工作的实施方案》印发给你们,请认真贯彻执行。\n"

JOINT_ROWS = [
    pytest.param(
        "雄安发〔2021〕5号\n中共某某新区工作委员会\n某某新区管理委员会\n"
        + RED_TITLE
        + RED_BODY
        + "中共某某新区工作委员会\n某某新区管理委员会\n2021年3月15日\n",
        [
            (
                "中共某某新区工作委员会某某新区管理委员会" + RED_TITLE,
                "雄安发〔2021〕5号",
                "2021-03-15",
                "中共某某新区工作委员会、某某新区管理委员会",
            )
        ],
        id="number-then-two-bodies",
    ),
    pytest.param(
        "某办发〔2020〕3号\n\n中共某某市委办公室\n\n某某市人民政府办公室\n\n"
        + RED_TITLE
        + "\n"
        + RED_BODY
        + "\n中共某某市委办公室\n某某市人民政府办公室\n2020年1月10日\n",
        [
            (
                "中共某某市委办公室某某市人民政府办公室" + RED_TITLE,
                "某办发〔2020〕3号",
                "2020-01-10",
                "中共某某市委办公室、某某市人民政府办公室",
            )
        ],
        id="blank-lines-between",
    ),
    pytest.param(
        "某联发〔2019〕1号\n某某省财政厅\n某某省人力资源和社会保障厅\n某某省税务局\n"
        + RED_TITLE
        + RED_BODY
        + "某某省财政厅\n某某省人力资源和社会保障厅\n某某省税务局\n2019年5月6日\n",
        [
            (
                "某某省财政厅某某省人力资源和社会保障厅某某省税务局" + RED_TITLE,
                "某联发〔2019〕1号",
                "2019-05-06",
                "某某省财政厅、某某省人力资源和社会保障厅、某某省税务局",
            )
        ],
        id="three-bodies",
    ),
    pytest.param(
        "某政发〔2021〕2号\n某某县人民政府\n" + RED_TITLE + RED_BODY + "某某县人民政府\n2021年2月2日\n",
        [("某某县人民政府" + RED_TITLE, "某政发〔2021〕2号", "2021-02-02", "某某县人民政府")],
        id="one-body-unchanged",
    ),
]
assert_unique(JOINT_ROWS)


@pytest.mark.parametrize(("text", "expected"), JOINT_ROWS)
def test_joint_issuer_lines_head_the_title(text: str, expected: list) -> None:
    assert docs(text) == expected


# --------------------------------------------------------------------------- portal headline + summary

PORTAL_TITLE = "某某市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知"
PORTAL_REST = (
    "\n某政办函〔2017〕103号\n某某市人民政府办公厅印发关于促进我市\n开发区改革和创新发展实施方案的通知\n"
    "各区人民政府,各委、局,各直属单位:\n经市人民政府同意,现将《实施方案》印发给你们,请照此执行。\n"
    "某某市人民政府办公厅\n2017年10月9日\n"
)
SUMMARY = "加强新形势下开发区的改革和创新发展,对于我市紧紧抓住重要历史性窗口期、全面建成高质量小康社会、建设现代化大都市具有重要意义。"
ONE_PORTAL_DOC = [(PORTAL_TITLE, "某政办函〔2017〕103号", "2017-10-09", "某某市人民政府办公厅")]

PORTAL_ROWS = [
    pytest.param(PORTAL_TITLE + "\n导读:" + SUMMARY + PORTAL_REST, ONE_PORTAL_DOC, id="daodu-ascii-colon"),
    pytest.param(PORTAL_TITLE + "\n摘要：" + SUMMARY + PORTAL_REST, ONE_PORTAL_DOC, id="zhaiyao"),
    pytest.param(PORTAL_TITLE + "\n【核心提示】：" + SUMMARY + PORTAL_REST, ONE_PORTAL_DOC, id="hexin-tishi-bracketed"),
    pytest.param(PORTAL_TITLE + "\n编者按: " + SUMMARY + PORTAL_REST, ONE_PORTAL_DOC, id="bianzhe-an"),
    pytest.param(PORTAL_TITLE + PORTAL_REST, ONE_PORTAL_DOC, id="no-summary"),
]
assert_unique(PORTAL_ROWS)


@pytest.mark.parametrize(("text", "expected"), PORTAL_ROWS)
def test_portal_headline_and_summary_are_one_document(text: str, expected: list) -> None:
    assert docs(text) == expected


# --------------------------------------------------------------------------- notice under a news story

STORY = (
    "注册\n\n某省出台方案 婚检费用省、市“各掏一半”\n\n来源:某某网综合\n\n"
    "某某网12月19日从某省人民政府官网获悉,近日,某省出台《某领域改革实施方案》。具体情况如下:\n\n"
)
NOTICE = "各市、县人民政府,省政府各部门、各直属机构:\n\n《某领域改革实施方案》已经省委、省政府同意,现印发给你们,请认真贯彻执行。\n\n"

NEWS_ROWS = [
    pytest.param(
        STORY + NOTICE + "某省人民政府办公厅\n\n2018年12月5日\n",
        [(None, None, "2018-12-05", "某省人民政府办公厅")],
        id="signed",
    ),
    pytest.param(
        STORY.replace("具体情况如下:", "全文如下:")
        + NOTICE
        + "某省人民政府办公厅\n2018年12月5日\n\n某领域改革实施方案\n",
        [(None, None, "2018-12-05", "某省人民政府办公厅")],
        id="plan-title-below",
    ),
    # unsigned under a story: the recipients line may be a quotation in the story, no document
    pytest.param(STORY + NOTICE + "一、总体要求\n", [], id="unsigned-none"),
]
assert_unique(NEWS_ROWS)


@pytest.mark.parametrize(("text", "expected"), NEWS_ROWS)
def test_notice_under_a_news_story(text: str, expected: list) -> None:
    assert docs(text) == expected


# --------------------------------------------------------------------------- one-line notices

RUN_ON_ROWS = [
    pytest.param(
        "公开具体内容 | |||||城委乡振组发〔2021〕3号 关于印发《某县七大专项行动实施方案》的通知 各乡镇（场）、县直各单位： "
        "《某县七大专项行动实施方案》已经县领导小组审定通过。现印发给你们，请认真抓好贯彻落实。 "
        "中共某县委实施乡村振兴战略领导小组 2021年9月3日 某县专项行动实施方案 为全面落实部署安排，特制定本方案。",
        [
            (
                "关于印发《某县七大专项行动实施方案》的通知",
                "城委乡振组发〔2021〕3号",
                "2021-09-03",
                "中共某县委实施乡村振兴战略领导小组",
            )
        ],
        id="number-title-recipients-signature",
    ),
    pytest.param(
        "某某省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 某政〔2023〕5号 "
        "现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案。 "
        "一、加快提振市场信心 （一）全面促进消费增长。 1.把恢复和扩大消费摆在优先位置。（省商务厅、财政厅按职责分工负责）",
        [("某某省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知", "某政〔2023〕5号", None, None)],
        id="issuer-title-wrapped-number-body",
    ),
    pytest.param(
        "某政办发〔2019〕7号 某县人民政府办公室关于做好某项工作的通知 各乡镇人民政府： 现将有关事项通知如下。 "
        "某县人民政府办公室2019年6月3日",
        [("某县人民政府办公室关于做好某项工作的通知", "某政办发〔2019〕7号", "2019-06-03", "某县人民政府办公室")],
        id="signature-glued-to-date",
    ),
]
assert_unique(RUN_ON_ROWS)


@pytest.mark.parametrize(("text", "expected"), RUN_ON_ROWS)
def test_one_line_notice(text: str, expected: list) -> None:
    assert docs(text) == expected


NOT_RUN_ON_ROWS = [
    pytest.param(
        "标 题 | 江政办〔2020〕2 号 区人民政府办公室关于印发2020年目标任务责任分解方案的通知 |", id="metadata-row"
    ),
    pytest.param(
        "根据《某某省人民政府关于印发某某方案的通知》（某政发〔2020〕5号）精神，结合实际，现提出如下意见，请认真贯彻落实执行。",
        id="citation-in-prose",
    ),
    pytest.param(
        "到 2020 年，全市政务公开工作总体水平迈上新台阶，公开内容覆盖权力运行全流程、政务服务全过程，公开平台更加完善。",
        id="spaced-year-in-prose",
    ),
    pytest.param(
        "某政发〔2020〕5号文件 明确要求 各地 加强 组织领导 落实 工作责任 确保 各项 任务 按期 完成 到位 并 及时 报送 进展 情况",
        id="number-without-title",
    ),
]
assert_unique(NOT_RUN_ON_ROWS)


@pytest.mark.parametrize("text", NOT_RUN_ON_ROWS)
def test_ordinary_lines_are_not_cut(text: str) -> None:
    para = Para(text, 1, 1)
    assert split_run_on(para) == [para]


# --------------------------------------------------------------------------- damaged pages

DAMAGED_HEAD = (
    "某市人民政府办公厅关于做好某项工作的通知\n某府办〔2019〕10号\n各区人民政府,市直各单位:\n现将有关事项通知如下。\n"
)

DAMAGED_ROWS = [
    # a date whose 年月日 a converter dropped: the signature above is still the issuer, the date none
    pytest.param(
        DAMAGED_HEAD + "某市人民政府办公厅\n\n2019116\n", ("某市人民政府办公厅", None), id="date-lost-marks-7"
    ),
    # six digits read one way only (2018-2-7): the date, as parts T and V label 202091 / 201276 / 202136 (s11-heads11)
    pytest.param(
        DAMAGED_HEAD + "某市人民政府办公厅\n201827\n", ("某市人民政府办公厅", "2018-02-07"), id="date-lost-marks-6"
    ),
    pytest.param(
        DAMAGED_HEAD + "某市人民政府办公厅\n2019年1月16日\n", ("某市人民政府办公厅", "2019-01-16"), id="date-whole"
    ),
    # a digits line that is not under a signature is not a date
    pytest.param(DAMAGED_HEAD + "联系电话:\n2019116\n", (None, None), id="digits-not-under-signature"),
    # a name the page withheld is no issuer
    pytest.param(DAMAGED_HEAD + "（略）人民政府办公厅\n2023年3月24日\n", (None, "2023-03-24"), id="redacted-lue"),
    pytest.param(
        DAMAGED_HEAD + "(略) 人民政府办公厅\n2023年3月24日\n", (None, "2023-03-24"), id="redacted-lue-ascii-spaced"
    ),
    pytest.param(DAMAGED_HEAD + "××县人民政府\n2023年3月24日\n", (None, "2023-03-24"), id="redacted-crosses"),
]
assert_unique(DAMAGED_ROWS)


@pytest.mark.parametrize(("text", "expected"), DAMAGED_ROWS)
def test_damaged_signature_and_date(text: str, expected: tuple) -> None:
    ((_, _, date, issuer),) = docs(text)
    assert (issuer, date) == expected


LOST_BRACKET_ROWS = [
    pytest.param("根据《关于某事的通知》（国办发〔201682号）精神", ["国办发〔2016〕82号"], id="paren-cited"),
    pytest.param("落实国办督函〔201812号文件要求", ["国办督函〔2018〕12号"], id="bare-in-prose"),
    pytest.param(
        "按照赣府厅字〔201590号和赣府厅发〔201545号",
        ["赣府厅字〔2015〕90号", "赣府厅发〔2015〕45号"],
        id="two-in-a-row",
    ),
    pytest.param("依据国发〔2016〕82号文件", ["国发〔2016〕82号"], id="whole-unchanged"),
    # no year to read: a serial run into digits without any bracket, a year out of range
    pytest.param("依据京政发2018104号文件", [], id="no-bracket-none"),
    pytest.param("依据国发〔1899104号文件", [], id="year-out-of-range-none"),
]
assert_unique(LOST_BRACKET_ROWS)


@pytest.mark.parametrize(("text", "expected"), LOST_BRACKET_ROWS)
def test_number_with_its_closing_bracket_lost(text: str, expected: list) -> None:
    assert [n.text for n in find_doc_numbers(text)] == expected


# --------------------------------------------------------------------------- headline, summary, the page's own table

HEAD_TITLE = "某省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知"
HEAD_SUMMARY = "《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过，现印发给你们，请认真贯彻执行。执行过程中遇到的问题，请径向省政府办公厅反映。"
HEAD_TABLE = "发布单位 | 某省人民政府 |\n发布文号 | 某府〔2021〕22号 |\n发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |\n有效性状态 | 阶段性文件 | 废止日期 | 暂无 |\n"
HEAD_BODY = "各地级以上市人民政府，省政府各部门：\n" + HEAD_SUMMARY + "\n某省人民政府\n2021年3月21日\n"
ONE_HEAD_DOC = [(HEAD_TITLE, "某府〔2021〕22号", "2021-03-21", "某省人民政府")]

PAGE_HEAD_ROWS = [
    pytest.param(
        HEAD_TITLE
        + " (某府〔2021〕22号)\n时间: 2023-02-21\n来源: 某省人民政府\n核心提示:\n"
        + HEAD_SUMMARY
        + "\n"
        + HEAD_SUMMARY
        + "\n"
        + HEAD_TABLE
        + HEAD_BODY,
        ONE_HEAD_DOC,
        id="key-alone-then-summary-twice",
    ),
    pytest.param(
        HEAD_TITLE + "\n来源: 某省人民政府\n摘要：" + HEAD_SUMMARY + "\n" + HEAD_TABLE + HEAD_BODY,
        ONE_HEAD_DOC,
        id="summary-on-key-line",
    ),
    pytest.param(HEAD_TITLE + "\n时间: 2023-02-21\n" + HEAD_TABLE + HEAD_BODY, ONE_HEAD_DOC, id="no-summary"),
]
assert_unique(PAGE_HEAD_ROWS)


@pytest.mark.parametrize(("text", "expected"), PAGE_HEAD_ROWS)
def test_headline_summary_and_the_pages_table_are_one_document(text: str, expected: list) -> None:
    assert docs(text) == expected


QUESTION_MARK_ROWS = [
    pytest.param("某省人民政府????????\n2023年1月19日????????\n", ("某省人民政府", "2023-01-19"), id="ascii-runs"),
    pytest.param("某省人民政府？\n2023年1月19日？\n", ("某省人民政府", "2023-01-19"), id="fullwidth-one"),
    pytest.param("某省人民政府\n2023年1月19日\n", ("某省人民政府", "2023-01-19"), id="clean"),
]
assert_unique(QUESTION_MARK_ROWS)


@pytest.mark.parametrize(("tail", "expected"), QUESTION_MARK_ROWS)
def test_signature_padded_with_question_marks(tail: str, expected: tuple) -> None:
    ((_, _, date, issuer),) = docs(DAMAGED_HEAD + tail)
    assert (issuer, date) == expected


def test_a_question_stays_a_question() -> None:
    blocks = split_blocks("各单位是否已经落实到位？\n")
    assert blocks[0].text == "各单位是否已经落实到位？"


# --------------------------------------------------------------------------- number and fields beside the title

NOTICE_TITLE = "某市人民政府关于印发某某办法的通知"
NOTICE_BODY = "各区县人民政府，市政府各部门：\n现将《某某办法》印发给你们，请认真贯彻执行。\n"

BESIDE_ROWS = [
    pytest.param(
        NOTICE_TITLE + "\n（某府发〔2015〕7号）\n" + NOTICE_BODY,
        (NOTICE_TITLE, "某府发〔2015〕7号", None, None),
        id="number-in-brackets-below",
    ),
    pytest.param(
        NOTICE_TITLE + "\n（2015年3月5日 某府发〔2015〕7号）\n" + NOTICE_BODY,
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-05", None),
        id="date-and-number-in-brackets",
    ),
    pytest.param(
        NOTICE_TITLE + "\n(2015年3月5日,某府发[2015]7号)\n" + NOTICE_BODY,
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-05", None),
        id="date-and-number-ascii",
    ),
    pytest.param(
        NOTICE_TITLE + "\n（二〇一五年三月五日 某府发〔2015〕7号）\n" + NOTICE_BODY,
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-05", None),
        id="date-in-chinese-numerals",
    ),
    pytest.param(
        NOTICE_TITLE + "\n（2015年3月5日 某府发〔2015〕7号）\n" + NOTICE_BODY + "某市人民政府\n2015年3月6日\n",
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-06", "某市人民政府"),
        id="signature-date-wins",
    ),
    pytest.param(
        NOTICE_TITLE
        + "\n发布部门：某市人民政府 发文字号：某府发〔2015〕7号 发布日期：2015-03-05 效力级别：地方规范性文件\n"
        + NOTICE_BODY,
        (NOTICE_TITLE, "某府发〔2015〕7号", None, "某市人民政府"),
        id="fields-side-by-side",
    ),
    pytest.param(
        NOTICE_TITLE
        + "\n【发布部门】某市人民政府\n【发文字号】某府发〔2015〕7号\n【发布日期】2015.03.05\n【效力级别】地方规范性文件\n"
        + NOTICE_BODY,
        # a law database's bracketed 【发布日期】 beside its other keys is the promulgation day, as the dev
        # truth files label it (004km, mingkanw, tmdps, wendangku: dates round 14); it was None before
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-05", "某市人民政府"),
        id="fields-bracketed-keys",
    ),
    pytest.param(
        NOTICE_TITLE + " 某府发〔2015〕7号\n" + NOTICE_BODY + "某市人民政府\n2015年3月5日\n",
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-05", "某市人民政府"),
        id="number-after-title-same-line",
    ),
    pytest.param(
        NOTICE_TITLE + "　　某府发〔2015〕7号\n\n" + NOTICE_BODY + "某市人民政府\n2015年3月5日\n",
        (NOTICE_TITLE, "某府发〔2015〕7号", "2015-03-05", "某市人民政府"),
        id="number-after-title-ideographic-spaces",
    ),
]
assert_unique(BESIDE_ROWS)


@pytest.mark.parametrize(("text", "expected"), BESIDE_ROWS)
def test_number_and_fields_beside_the_title(text: str, expected: tuple) -> None:
    (doc,) = docs(text)
    assert doc == expected
    # the document's own number is never one of its citations
    (parsed,) = parse_text(text).documents
    assert all(c.doc_number is None or c.doc_number.text != expected[1] for c in parsed.citations)


def test_a_sentence_ending_in_a_number_is_no_title() -> None:
    text = (
        NOTICE_TITLE
        + "\n某府发〔2015〕7号\n"
        + NOTICE_BODY
        + "具体要求详见市政府关于做好某项工作的通知 某府发〔2014〕3号\n"
    )
    assert [d.title for d in parse_text(text).documents] == [NOTICE_TITLE]


# --------------------------------------------------------------------------- bracketed fields side by side

PLAN_HEAD = (
    "某县人民政府办公室关于印发某某实施方案的通知\n某政办发〔2021〕5号\n各乡镇人民政府，县直各单位：\n"
    "现将《某某实施方案》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2021年3月5日\n某某实施方案\n一、重点任务\n"
)

SIDE_BY_SIDE_ROWS = [
    pytest.param(
        "1.加快建设某某平台。[责任单位:县发改局] [完成时限:长期坚持]\n", (["县发改局"], [], "ongoing"), id="square-two"
    ),
    pytest.param(
        "1.加快建设某某平台。【牵头单位：县发改局】【配合单位：县财政局、县自然资源局】【完成时限：长期坚持】\n",
        (["县发改局"], ["县财政局", "县自然资源局"], "ongoing"),
        id="lenticular-three",
    ),
    pytest.param(
        "1.加快建设某某平台。(牵头单位:县发改局)(配合单位:县财政局)\n",
        (["县发改局"], ["县财政局"], None),
        id="parens-two",
    ),
    pytest.param("1.加快建设某某平台。[责任单位:县发改局]\n", (["县发改局"], [], None), id="square-one"),
    # a bracket that is no field before the note stays text
    pytest.param(
        "1.加快建设某某平台（一期）。[责任单位:县发改局]\n", (["县发改局"], [], None), id="plain-bracket-before"
    ),
]
assert_unique(SIDE_BY_SIDE_ROWS)


@pytest.mark.parametrize(("item", "expected"), SIDE_BY_SIDE_ROWS)
def test_bracketed_fields_side_by_side_make_one_note(item: str, expected: tuple) -> None:
    (doc,) = parse_text(PLAN_HEAD + item).documents
    (task,) = doc.tasks
    assert task.text.startswith("加快建设某某平台")
    assert (task.lead_units, task.support_units, task.deadline.kind if task.deadline else None) == expected


# --------------------------------------------------------------------------- red-head number and signature lines

RED_HEAD = (
    "某府发〔2021〕3号\n某市人民政府关于做好某项工作的通知\n各区县人民政府，市政府各部门：\n现将有关事项通知如下。\n"
)
RED_DOC = ("某市人民政府关于做好某项工作的通知", "某府发〔2021〕3号", "2021-03-05", "某市人民政府")

RED_LINE_ROWS = [
    pytest.param(
        "某市人民政府文件\n某府发〔2021〕3号　　　　签发人：张三\n某市人民政府\n关于做好某项工作的通知\n"
        "各区县人民政府，市政府各部门：\n现将有关事项通知如下。\n某市人民政府\n2021年3月5日\n",
        RED_DOC,
        id="number-with-signer",
    ),
    pytest.param(
        "某府发〔2021〕3号 签发人:张三\n某市人民政府关于做好某项工作的通知\n各区县人民政府，市政府各部门：\n现将有关事项通知如下。\n某市人民政府\n2021年3月5日\n",
        RED_DOC,
        id="number-with-signer-ascii-colon",
    ),
    pytest.param(RED_HEAD + "某市人民政府　　2021年3月5日\n", RED_DOC, id="signature-and-date-one-line"),
    pytest.param(RED_HEAD + "某市人民政府 二〇二一年三月五日\n", RED_DOC, id="signature-and-chinese-date-one-line"),
    pytest.param(RED_HEAD + "某市人民政府\n（印章）\n2021年3月5日\n", RED_DOC, id="seal-between"),
    pytest.param(RED_HEAD + "某市人民政府\n(盖章)\n2021年3月5日\n", RED_DOC, id="seal-between-ascii"),
    # a sentence holding a date is no signature
    pytest.param(
        RED_HEAD + "会议定于2021年3月5日\n某市人民政府\n2021年3月5日\n", RED_DOC, id="sentence-with-date-not-signature"
    ),
]
assert_unique(RED_LINE_ROWS)


@pytest.mark.parametrize(("text", "expected"), RED_LINE_ROWS)
def test_red_head_number_and_signature_lines(text: str, expected: tuple) -> None:
    assert docs(text) == [expected]


WRAPPED_TITLE_ROWS = [
    pytest.param(
        "《某市人民政府办公室关于印发某某方案的通知》\n",
        "某市人民政府办公室关于印发某某方案的通知",
        id="whole-title-in-marks",
    ),
    pytest.param(
        "某市人民政府办公室关于印发《某某方案》的通知\n",
        "某市人民政府办公室关于印发《某某方案》的通知",
        id="inner-marks-stay",
    ),
    pytest.param(
        "某市人民政府办公室关于印发某某领域\n改革实施方案的通知（某政办发〔2021〕1号）\n",
        "某市人民政府办公室关于印发某某领域改革实施方案的通知",
        id="wrapped-number-in-brackets-last",
    ),
]
assert_unique(WRAPPED_TITLE_ROWS)


@pytest.mark.parametrize(("head", "title"), WRAPPED_TITLE_ROWS)
def test_title_as_printed_without_outer_marks(head: str, title: str) -> None:
    text = head + "某政办发〔2021〕1号\n各区县人民政府：\n现将有关事项通知如下。\n某市人民政府办公室\n2021年3月5日\n"
    assert [d.title for d in parse_text(text).documents] == [title]
