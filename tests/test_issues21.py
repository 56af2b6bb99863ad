"""Issues round 21 (session 21): official pages in layouts the dev split lacked — documents, titles, dates.

Classes fixed (docs/issue9-rounds.md, ### issues21):

* a document file's name that opens on the document's number and a colon or a blank before its title, a PDF
  library's or sharing site's heading over the file's text (邹政办字〔2019〕33号:关于印发…的通知.pdf): it stands alone
  as the bare file name does (vocab.heads.DOCUMENT_FILE_PATTERN, text.normalize), so the colon no longer makes it a
  key and its value run into the library's fields; the document's own head below gives title and number, and the
  library's chrome (下载文档, 下载后继续阅读) no longer glues onto false citations of its number;
* (precision) a template's keyed fields (发文日期：中华民国000年00月00日 / 发文字号：○○字第0000000000号) open no
  document: every keyed date and number printed with slot marks (vocab.heads.TEMPLATE_SLOT_MARKS,
  layout.metadata.is_template_block);
* a notice's own title right under a story's line announcing the full text (全文如下： / 原文如下：), unsigned and
  unnumbered in the stored text, opens a document beside the story (layout.documents._full_text_title).

Positives over the variants (separators, extensions, brackets, Traditional, keys, marks, intro words, kinds);
negatives that keep each rule from firing.
"""

from __future__ import annotations

import re
import time

import pytest

from gazette_extract.layout.metadata import is_template_block
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import split_paragraphs


def _docs(text: str) -> list[dict[str, object]]:
    return list(extract_str(text)["documents"])  # type: ignore[arg-type]


def _number(doc: dict[str, object]) -> object:
    number = doc["doc_number"]
    return number["text"] if isinstance(number, dict) else None


def _citations(doc: dict[str, object]) -> list[object]:
    return [(c.get("doc_number") or {}).get("text") for c in doc["citations"]]  # type: ignore[union-attr]


# --- 1. a file's name opening on the document's number -----------------------------------------------------------

# the library's chrome around the file's name (SOURCES chddh-2019), then the file's text run together on one line
_LIBRARY = "PDF文库 - 千万精品文档,你想要的都能搜到,下载即用。\n\n{file}\n\n某某、某某16 页 249.79 KB下载文档\n{file}{file}\n当前文档共16页 2.88\n下载后继续阅读\n\n{file}\n\n{dump}"
_DUMP = (
    "{number} 邹城市人民政府办公室 关于印发邹城市 2019 年政务公开工作 任务分解表的通知 各镇人民政府、街道办事处,"
    "市政府有关部门: 为认真落实国家、省关于全面推进政务公开工作的决策部署,按照国务院办公厅《关于印发 2019 年政务"
    "公开工作要点的通知》(国办发〔2019〕14 号)要求,经市政府同意,现将《邹城市 2019 年政务公开工作任务分解表》印发"
    "给你们,请认真抓好贯彻落实。 一、加强组织领导。各级各部门要高度重视政务公开工作,强化组织领导。"
)
_TITLE = "邹城市人民政府办公室关于印发邹城市2019年政务公开工作任务分解表的通知"

FILE_NAMES = [
    pytest.param("邹政办字〔2019〕33号:关于印发邹城市2019年政务公开工作任务分解表的通知.pdf", id="ascii-colon-pdf"),
    pytest.param("邹政办字〔2019〕33号：关于印发邹城市2019年政务公开工作任务分解表的通知.docx", id="full-colon-docx"),
    pytest.param("邹政办字〔2019〕33号 关于印发邹城市2019年政务公开工作任务分解表的通知.doc", id="blank-doc"),
    pytest.param("邹政办字[2019]33号:关于印发邹城市2019年政务公开工作任务分解表的通知.wps", id="square-brackets-wps"),
    pytest.param("邹政办字〔2019〕33号:关于印发邹城市2019年政务公开工作任务分解表的通知．PDF", id="wide-dot-upper"),
    pytest.param("邹政办字〔2019〕33號:關於印發鄒城市2019年政務公開工作任務分解表的通知.pdf", id="traditional"),
]


@pytest.mark.parametrize("file", FILE_NAMES)
def test_file_name_opening_on_its_number(file):
    docs = _docs(_LIBRARY.format(file=file, dump=_DUMP.format(number="邹政办字〔2019〕33 号")))
    assert len(docs) == 1, docs
    doc = docs[0]
    assert (doc["title"], _number(doc)) == (_TITLE, "邹政办字〔2019〕33号")
    # the library's chrome never glues onto a citation of the document's own number
    assert _citations(doc) == ["国办发〔2019〕14号"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("邹政办字〔2019〕33号:关于印发邹城市2019年政务公开工作任务分解表的通知.pdf", id="colon"),
        pytest.param("邹政办字〔2019〕33号 关于印发邹城市2019年政务公开工作任务分解表的通知.docx", id="blank"),
        pytest.param("关于印发邹城市2019年政务公开工作任务分解表的通知.pdf", id="bare-name"),
    ],
)
def test_the_file_name_stands_alone(line):
    paragraphs = [p.text for p in split_paragraphs(line + "\n某某、某某16 页 249.79 KB下载文档\n")]
    assert len(paragraphs) == 2 and paragraphs[0].replace("：", ":") == line  # (the joiner folds the colon)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that ends on a file's name goes on (a blank and a comma before the name)
        pytest.param("请下载附件，邹政办字〔2019〕33号:关于印发某某方案的通知.pdf", id="sentence-comma"),
        # a number followed by a colon and prose, no extension: a key and its value as before
        pytest.param("邹政办字〔2019〕33号:关于印发某某方案的通知", id="no-extension"),
        # a colon not after a number
        pytest.param("附件:关于印发某某方案的通知.pdf", id="key-colon"),
    ],
)
def test_file_name_negatives_keep_their_reading(line):
    from gazette_extract.text.normalize import _DOCUMENT_FILE_LINE_RE

    assert _DOCUMENT_FILE_LINE_RE.match(line) is None


# --- 2. (precision) a template's keyed fields --------------------------------------------------------------------

_TEMPLATE = (
    "三、函(稿)整體結構【又稱「行款」】\n\n"
    "○○○  函(稿)\n\n"
    "機關地址:000○○市○○○○○○\n"
    "承辦人:○○○\n\n"
    "受文者:如行文單位、如正副本收受者、如發文清單\n\n"
    "{date_key}:{date}\n"
    "{number_key}:{number}\n"
    "速別:特急件、最速件、速件;普通件\n"
    "密等及解密條件或保密期限:絕對機密、極機密、機密、密(無則空白)   【文號及規格】\n"
    "附件:如主旨、如說明、如文或直接寫附件名稱\n\n"
    "主旨:具體扼要寫案由、行文目的與期望,字數通常2至4行。\n"
)

TEMPLATES = [
    pytest.param(
        "發文日期", "中華民國000年00月00日", "發文字號", "○○字第0000000000號   第3部分", id="roc-zeros-circles"
    ),
    pytest.param("发文日期", "XXXX年XX月XX日", "发文字号", "X政发〔20XX〕X号", id="ascii-x"),
    pytest.param("成文日期", "××××年××月××日", "文号", "××〔××××〕××号", id="multiplication-signs"),
    pytest.param("发文日期", "□□□□年□□月□□日", "发文字号", "□□字第□□□□号", id="boxes"),
    pytest.param("发文日期", "〇〇〇〇年〇〇月〇〇日", "发文字号", "〇〇字第〇〇〇〇号", id="ideographic-zeros"),
    pytest.param("发文日期", "ＸＸＸＸ年ＸＸ月ＸＸ日", "发文字号", "ＸＸ字第ＸＸ号", id="full-width-x"),
]


@pytest.mark.parametrize(("date_key", "date", "number_key", "number"), TEMPLATES)
def test_template_fields_open_no_document(date_key, date, number_key, number):
    text = _TEMPLATE.format(date_key=date_key, date=date, number_key=number_key, number=number)
    assert _docs(text) == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"date": "中华民国000年00月00日"}, True, id="date-alone"),
        pytest.param({"doc_number": "○○字第0000000000号 第3部分"}, True, id="number-with-label"),
        pytest.param({"date": "XXXX年XX月XX日", "doc_number": "X政发〔20XX〕X号"}, True, id="both"),
        # real values: ○ for the zeros of a real date, a real number, a real date beside a slot number
        pytest.param({"date": "二○○五年十二月十日"}, False, id="real-date-with-circles"),
        pytest.param({"date": "2021年10月08日"}, False, id="real-date-with-zeros"),
        pytest.param({"doc_number": "国发〔2000〕1号"}, False, id="real-number-with-zeros"),
        pytest.param({"date": "2021年3月5日", "doc_number": "○○字第0000号"}, False, id="one-real-value"),
        pytest.param({"title": "关于印发某某办法的通知"}, False, id="no-date-no-number"),
        pytest.param({"doc_number": "XX府办发〔2017〕33号"}, True, id="agency-slot"),
        pytest.param({"date": "2021年XX月XX日"}, True, id="year-real-month-slots"),
        pytest.param({"date": "年 月 日"}, False, id="blank-slots-no-marks"),
    ],
)
def test_is_template_block(fields, expected):
    assert is_template_block(fields) is expected


REAL_BLOCKS = [
    pytest.param("发文日期", "2024年04月06日", "发文字号", "镇政发〔2024〕7号", id="gov-cn-block"),
    pytest.param("發文日期", "中華民國113年6月5日", "發文字號", "府授消字第1130012345號", id="roc-real"),
    pytest.param("成文日期", "二○○五年十二月十日", "文号", "厦府办〔2005〕312号", id="circle-zeros-real"),
]


@pytest.mark.parametrize(("date_key", "date", "number_key", "number"), REAL_BLOCKS)
def test_real_keyed_blocks_still_open_their_document(date_key, date, number_key, number):
    text = (
        f"{date_key}：{date}\n{number_key}：{number}\n\n某某县人民政府关于做好森林防火工作的通知\n\n"
        "各乡镇人民政府，县政府各部门：\n为切实做好今冬明春森林防火工作，现将有关事项通知如下。\n"
    )
    docs = _docs(text)
    assert len(docs) == 1, docs
    assert docs[0]["title"] == "某某县人民政府关于做好森林防火工作的通知"
    assert _number(docs[0]) is not None


# --- 3. a notice's title under 全文如下 ----------------------------------------------------------------------------

_STORY = (
    "某某自然保护区管控时间延长至本周日24时\n\n"
    "发布时间:2022-08-24 20:36:54 稿件来源: 某某网\n\n"
    "今(24)日,某某镇森林防灭火指挥部发布公告,将某某自然保护区全域管控时间延长至2022年8月28日24时。\n\n"
    "{intro}\n\n"
    "{title}\n\n"
    "当前,某某省级自然保护区正经历罕见的连晴高温天气,处于森林火灾极高风险区。现将有关事项公告如下。\n\n"
    "一、管控区域不变\n\n"
    "某某自然保护区全域。\n"
)

FULL_TEXTS = [
    pytest.param("全文如下:", "关于延长某某自然保护区全域管控措施实施时间的公告", id="ascii-colon-gonggao"),
    pytest.param("全文如下：", "关于延长某某自然保护区全域管控措施实施时间的通告", id="full-colon-tonggao"),
    pytest.param("通告全文如下：", "关于延长某某自然保护区全域管控措施实施时间的通告", id="kind-before-quanwen"),
    pytest.param("原文如下：", "某某镇人民政府关于延长某某自然保护区管控措施实施时间的通知", id="yuanwen-issuer-first"),
    pytest.param("文件内容如下:", "关于延长某某自然保护区全域管控措施实施时间的决定", id="wenjian-neirong-jueding"),
    pytest.param("全文如下：", "關於延長某某自然保護區全域管控措施實施時間的公告", id="traditional"),
]


@pytest.mark.parametrize(("intro", "title"), FULL_TEXTS)
def test_notice_under_full_text_line(intro, title):
    docs = _docs(_STORY.format(intro=intro, title=title))
    assert [d["title"] for d in docs] == [
        "某某自然保护区管控时间延长至本周日24时",
        re.sub("關於延長某某自然保護區全域管控措施實施時間", "关于延长某某自然保护区全域管控措施实施时间", title),
    ]
    assert docs[0]["date"] == "2022-08-24"  # the story's day
    assert (docs[1]["date"], docs[1]["issuer"]) == (None, None)


@pytest.mark.parametrize(
    ("intro", "title"),
    [
        # no intro line: an unsigned title inside a story stays the story's
        pytest.param(
            "记者了解到，该公告已在镇政府网站发布。", "关于延长某某自然保护区全域管控措施实施时间的公告", id="no-intro"
        ),
        # a notice's own list (现将有关事项公告如下) is no full-text intro
        pytest.param("现将有关事项公告如下：", "关于延长某某自然保护区全域管控措施实施时间的公告", id="own-list-intro"),
        # the line under the intro quotes another's title
        pytest.param("全文如下：", "《关于延长某某自然保护区全域管控措施实施时间的公告》", id="quoted-title"),
        # the line under the intro is a sentence
        pytest.param("全文如下：", "关于延长管控措施实施时间的公告，请广大群众知悉。", id="sentence"),
        # the line under the intro names no kind
        pytest.param("全文如下：", "关于延长某某自然保护区全域管控措施实施时间", id="no-kind"),
    ],
)
def test_full_text_negatives(intro, title):
    docs = _docs(_STORY.format(intro=intro, title=title))
    assert [d["title"] for d in docs] == ["某某自然保护区管控时间延长至本周日24时"]


def test_full_text_intro_over_a_list_of_titles_opens_none():
    text = _STORY.format(
        intro="全文如下：",
        title="关于延长管控措施实施时间的公告\n关于加强森林防火工作的通知\n关于做好防汛工作的通知",
    )
    docs = _docs(text)
    assert [d["title"] for d in docs] == ["某某自然保护区管控时间延长至本周日24时"]


# --- 4. a law database's names line over an order's serial, a decree's head or the rules' own title ----------------

_LAWDB = (
    "{title}{tag}\n\n作者:法律资料网 时间:2024-06-16 09:38:11   浏览:9841   来源:法律资料网\n下载地址: 点击此处下载\n\n"
    "{title}{tag}\n\n{names}\n\n\n{below}\n\n\n\n"
    "《{title}》业经1997年9月4日市人民政府第九次常务会议讨论通过，现予发布施行。\n\n\n\n"
    "市长:宋春华\n\n一九九七年九月十七日\n\n\n\n{title}\n\n\n\n第一章 总则\n\n"
    "第一条 为促进体育事业的发展，加强对体育市场的管理，根据有关法律、法规的规定，结合本市实际，制定本规定。\n"
)

LAW_DATABASES = [
    pytest.param("长春市体育市场管理规定", "", "吉林省长春市人民政府", "第63号", id="bare-serial"),
    pytest.param("长春市体育市场管理规定", "", "吉林省长春市人民政府", "（第63号）", id="bracketed-serial"),
    pytest.param("长春市体育市场管理规定", "", "吉林省长春市人民政府", "第 63 号", id="spaced-serial"),
    pytest.param(
        "长春市体育市场管理办法",
        "(1997年)",
        "吉林省长春市人民政府",
        "长春市体育市场管理办法",
        id="tagged-copy-own-title",
    ),
]


@pytest.mark.parametrize(("title", "tag", "names", "below"), LAW_DATABASES)
def test_names_line_under_title_copy(title, tag, names, below):
    docs = _docs(_LAWDB.format(title=title, tag=tag, names=names, below=below))
    assert len(docs) == 1, docs
    assert (docs[0]["title"], docs[0]["issuer"]) == (title, "吉林省长春市人民政府")


def test_names_line_under_title_copy_traditional():
    text = (
        "長春市體育市場管理規定\n\n作者:法律資料網 時間:2024-06-16 09:38:11   瀏覽:9841   來源:法律資料網\n下載地址: 點擊此處下載\n\n"
        "長春市體育市場管理規定\n\n吉林省長春市人民政府\n\n\n第63號\n\n\n\n"
        "《長春市體育市場管理規定》業經1997年9月4日市人民政府第九次常務會議討論通過，現予發布施行。\n\n\n\n"
        "市長:宋春華\n\n一九九七年九月十七日\n\n\n\n長春市體育市場管理規定\n\n\n\n第一章 總則\n\n"
        "第一條 為促進體育事業的發展，加強對體育市場的管理，根據有關法律、法規的規定，結合本市實際，制定本規定。\n"
    )
    docs = _docs(text)
    assert len(docs) == 1, docs
    assert (docs[0]["title"], docs[0]["issuer"]) == ("长春市体育市场管理规定", "吉林省长春市人民政府")


@pytest.mark.parametrize(
    ("names", "below"),
    [
        # the line under the copy is prose, not a names line
        pytest.param("本规定由市体育局负责解释", "第63号", id="prose-not-names"),
        # a names line over a sentence (no serial, no head, no title)
        pytest.param("吉林省长春市人民政府", "为促进体育事业的发展，制定本规定。", id="sentence-below"),
        # a names line over a date: a signature, read elsewhere
        pytest.param("吉林省长春市人民政府", "1997年9月17日", id="date-below"),
    ],
)
def test_names_line_negatives(names, below):
    from gazette_extract.layout.blocks import PARAGRAPH, Block
    from gazette_extract.layout.fields import _names_under_title_copy

    head = [
        Block(kind=PARAGRAPH, text=t, line=k, end_line=k)
        for k, t in enumerate(["长春市体育市场管理规定", "作者:法律资料网", "长春市体育市场管理规定", names, below])
    ]
    assert _names_under_title_copy(head, "长春市体育市场管理规定") is None


def test_names_line_under_a_first_printing_only_is_not_read():
    # the title printed once (no database copy), a body's name under it, a serial: no law-database layout
    from gazette_extract.layout.blocks import PARAGRAPH, Block
    from gazette_extract.layout.fields import _names_under_title_copy

    def b(t: str) -> Block:
        return Block(kind=PARAGRAPH, text=t, line=1, end_line=1)

    head = [b("长春市体育市场管理规定"), b("吉林省长春市人民政府"), b("第63号")]
    assert _names_under_title_copy(head, "长春市体育市场管理规定") is None
    again = [b("长春市体育市场管理规定"), b("作者:法律资料网"), *head]
    assert _names_under_title_copy(again, "长春市体育市场管理规定") == "吉林省长春市人民政府"


# --- linearity (rows also in benchmarks/linearity_issues21.py) -------------------------------------------------------


def _cpu(f, n):  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        f(n)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(lambda n: split_paragraphs(("某" * 39 + "号:" + "某" * 120 + ".pdf\n") * n), id="file-lines"),
        pytest.param(lambda n: split_paragraphs(("号:" * 80 + ".pdf\n") * n), id="colon-runs"),
        pytest.param(
            lambda n: [is_template_block({"date": "0" * 100 + "年", "doc_number": "○" * 100}) for _ in range(n)],
            id="slots",
        ),
    ],
)
def test_new_patterns_are_linear(case):
    small, large = _cpu(case, 200), _cpu(case, 2000)
    assert large < 25 * max(small, 1e-4), (small, large)
