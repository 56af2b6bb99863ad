"""Round audit20 (issue 9): false values found by the dev goldens' audit (tools/audit_values.py), fixed by class.

1. A tool's label between rules or stars over a headline (—分享—, daxianglvshi 2021) is no part of the title.
2. A "recipients" line that is a sentence ending in a colon, or furniture the joiner ran onto the recipients, gives no
   recipients (qdfenshua, bo-io, gzch, julu, wikisourcem, 025bs): its items would be false recipients.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from gazette_extract.layout.fields import _not_a_recipient
from gazette_extract.pipeline import extract_str
from gazette_extract.text.normalize import TOOL_LABEL_RE

# ----------------------------------------------------------------------------- 1. tool labels

TOOL_LABELS = [
    "—分享—",  # daxianglvshi 2021 (dev)
    "——分享——",
    "-分享-",
    "－分享－",
    "─ 分享 ─",
    "*分享*",
    "＊分享＊",
    "〖分享〗",
    "【分享】",
    "[分享]",
    "~分享~",
    "— 分享到： —",
    "-分享至:-",
    "——字号——",
    "—打印本页—",
    "分享到：",
]
NOT_TOOL_LABELS = [
    "—分享经验—",  # a word that opens with a tool word
    "分享经济发展成果",
    "字号规范管理办法",
    "——新田县——",
    "————分享————",  # four marks a side: a rule, not a label's wrapper
    "—分享—新田县人大常委会",  # the label glued to a title: the line is the title's
]


@pytest.mark.parametrize("line", TOOL_LABELS)
def test_tool_label_between_rules(line: str) -> None:
    assert TOOL_LABEL_RE.match(line)


@pytest.mark.parametrize("line", NOT_TOOL_LABELS)
def test_not_a_tool_label(line: str) -> None:
    assert not TOOL_LABEL_RE.match(line)


def _decision_page(label: str, traditional: bool = False) -> str:
    page = (
        "来源:新田新闻网 作者:新田县人大常委会 编辑:黄慧芬 2021-06-24 17:39:38\n"
        f"{label}\n\n新田县人大常委会\n\n关于县乡两级人民代表大会换届选举时间的决定\n\n"
        "（2021年6月24日新田县十七届人大常委会第三十六次会议通过）\n\n"
        "新田县第十七届人大常委会第三十六次会议决定：我县按照同步进行的原则，确定换届选举时间。\n"
    )
    if traditional:
        page = (
            page.replace("县", "縣")
            .replace("会", "會")
            .replace("关于", "關於")
            .replace("两级", "兩級")
            .replace("字号", "字號")
        )
    return page


TITLE = "新田县人大常委会关于县乡两级人民代表大会换届选举时间的决定"


@pytest.mark.parametrize("label", ["—分享—", "——分享——", "-分享-", "*分享*", "— 分享到： —", "——字号——"])
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_label_over_headline_is_not_title(label: str, traditional: bool) -> None:
    docs = extract_str(_decision_page(label, traditional))["documents"]
    assert [d["title"] for d in docs] == [TITLE]
    assert not any(mark in (docs[0]["issuer"] or "") for mark in "—-*分享")


# ----------------------------------------------------------------------------- 2. recipients

NOT_RECIPIENTS = [
    "为贯彻落实《事业单位岗位设置管理试行办法》（以下简称《试行办法》）",  # qdfenshua 2014
    "中国澳门驻葡萄牙经济贸易代表处（以下简称代表处）由下列机关组成",  # bo-io 2000
    "经办公室审核后公开",  # gzch 2018
    "公开程序",
    "公开时限",
    "本作品收录于《中华人民共和国国务院公报",  # wikisourcem 1997
    "2020年10月7日李扬镇长调度秸秆禁烧工作",  # julu 2020
    "安神殡仪4000253450市政府直属各单位",  # 025bs 2015: a telephone number
    "安神殡仪４０００２５３４５０市政府直属各单位",  # full-width digits
    "一",  # 一、…由下列机关组成：
    "12",
    "现将有关事项通知如下",
    "提出以下意见",
]
RECIPIENTS = [
    "各乡镇人民政府",
    "县政务公开办公室",  # 公开 alone is no sign
    "市电力调度控制中心",  # nor 调度
    "市委巡视整改落实办公室",  # nor 落实
    "省医保基金审核中心",  # nor 审核
    "各县（市、区）人民政府",
    "第一工区",
    "市12345热线办公室",  # four digits or five: a hotline's name has five — see below
    "各位代表",
]


@pytest.mark.parametrize("item", NOT_RECIPIENTS)
def test_not_a_recipient(item: str) -> None:
    assert _not_a_recipient(item)


@pytest.mark.parametrize("item", [r for r in RECIPIENTS if "12345" not in r])
def test_a_recipient(item: str) -> None:
    assert not _not_a_recipient(item)


def test_hotline_name_is_withheld() -> None:
    """Known cost of the digits rule: a unit named after its five-digit hotline is taken for a telephone number."""
    assert _not_a_recipient("市12345热线办公室")


def _notice(recipients_line: str, above: str = "") -> str:
    return (
        "某某县人民政府关于做好防汛工作的通知\n\n"
        f"{above}{recipients_line}\n\n"
        "现将有关事项通知如下：\n\n一、加强组织领导。\n\n某某县人民政府\n\n2020年6月1日\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "为贯彻落实《某某办法》（以下简称《办法》），做好某某工作，提出以下意见：",
        "為貫徹落實《某某辦法》（以下簡稱《辦法》），做好某某工作，提出以下意見：",  # Traditional
        "为贯彻落实《某某办法》(以下简称《办法》),做好某某工作,提出以下意见:",  # ASCII punctuation
        "一、某某代表处（以下简称代表处）由下列机关组成：",
        "各镇政府，安神殡仪4000253450市政府直属各单位，省驻市有关单位：",
        "2020年10月7日李镇长调度秸秆禁烧工作：",
    ],
)
def test_sentence_line_gives_no_recipients(line: str) -> None:
    out = extract_str(_notice(line))
    doc = out["documents"][0]
    assert doc["recipients"] == []
    assert doc["title"] == "某某县人民政府关于做好防汛工作的通知"


def test_furniture_run_onto_recipients_gives_none_and_warns() -> None:
    above = "公开方式 主动公开 公开范围 面向社会\n公开程序 门编制，经办公室审核后公开 公开时限 长期公开\n\n"
    out = extract_str(_notice("各乡（镇、街道）人民政府（办事处），县有关工作部门：", above))
    assert out["documents"][0]["recipients"] == []
    assert any(w["code"] == "unit-list-unclear" and "recipients withheld" in w["message"] for w in out["warnings"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("各乡镇人民政府，县直各单位：", ["各乡镇人民政府", "县直各单位"]),
        ("各乡镇人民政府、县政务公开办公室：", ["各乡镇人民政府", "县政务公开办公室"]),
        ("各鄉鎮人民政府，縣直各單位：", ["各乡镇人民政府", "县直各单位"]),
        ("各乡镇人民政府,县直各单位:", ["各乡镇人民政府", "县直各单位"]),
    ],
)
def test_clean_recipients_stay(line: str, expected: list[str]) -> None:
    doc = extract_str(_notice(line))["documents"][0]
    assert doc["recipients"] == expected


# ----------------------------------------------------------------------------- 3. attachments

ATTACHMENT_PAGE = "某某县人民政府关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n{line}\n\n某某县人民政府\n\n2020年6月1日\n"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("附件：阿坝州2019年录用人员名单（点击下载）", "阿坝州2019年录用人员名单"),  # ikletv 2019
        ("附件:阿壩州2019年錄用人員名單(點擊下載)", "阿坝州2019年录用人员名单"),  # Traditional, ASCII brackets
        ("附件：阿坝州2019年录用人员名单[下载]", "阿坝州2019年录用人员名单"),
        ("附件：阿坝州2019年录用人员名单【点此下载】", "阿坝州2019年录用人员名单"),
        ("附件：阿坝州2019年录用人员名单 点击查看", "阿坝州2019年录用人员名单"),
        ("附件：阿坝州2019年录用人员名单（在线预览）", "阿坝州2019年录用人员名单"),
        # negatives: a name that ends in such a word as its own
        ("附件：软件下载平台管理办法", "软件下载平台管理办法"),
        ("附件：现场查看记录表", "现场查看记录表"),
    ],
)
def test_attachment_button_dropped(line: str, title: str) -> None:
    doc = extract_str(ATTACHMENT_PAGE.format(line=line))["documents"][0]
    assert [a["title"] for a in doc["attachments"]] == [title]


@pytest.mark.parametrize(
    "line",
    [
        # shouxian 2022: the attachment's name ran into a feedback form's prompt
        "附件：2022年主要任务上半年落实情况为进一步了解社会公众的评价，请您提出宝贵的意见或建议。我们将及时收集",
        "附件：2022年主要任务落实情况请您提出宝贵意见！欢迎留言",
    ],
)
def test_attachment_running_into_a_sentence_has_no_title(line: str) -> None:
    doc = extract_str(ATTACHMENT_PAGE.format(line=line))["documents"][0]
    assert [a["title"] for a in doc["attachments"]] in ([None], [])


# ----------------------------------------------------------------------------- 4. posts


def _posts(text: str) -> list[tuple[str, str, str]]:
    out = extract_str(text)
    return [(a["action"], a["person"], a["position"]) for d in out["documents"] for a in d["appointments"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new body's attributive before the post (service999 2022)
        ("环境局副局长谢展寰出任新设的环境及生态局局长。", [("appoint", "谢展寰", "环境及生态局局长")]),
        ("環境局副局長謝展寰出任新設的環境及生態局局長。", [("appoint", "谢展寰", "环境及生态局局长")]),
        ("会议决定任命张三为新组建的县应急管理局局长。", [("appoint", "张三", "县应急管理局局长")]),
        ("会议决定任命张三为新成立的区城市管理局局长。", [("appoint", "张三", "区城市管理局局长")]),
        # negatives: 新 opening a body's own name stays
        ("会议决定任命张三为新闻出版局局长。", [("appoint", "张三", "新闻出版局局长")]),
        # a mirror's bracketed link text inside a post (nuoerhy)
        (
            "陆恭蕙、李家超和邱诚武分别出任环境局副局长、[注册美国公司流程]保安局副局长和运输及房屋局副局长。",
            [
                ("appoint", "陆恭蕙", "环境局副局长"),
                ("appoint", "李家超", "保安局副局长"),
                ("appoint", "邱诚武", "运输及房屋局副局长"),
            ],
        ),
        ("會議決定任命張三為［註冊公司］市財政局局長。", [("appoint", "张三", "市财政局局长")]),
        ("会议决定任命张三为【广告】市财政局局长。", [("appoint", "张三", "市财政局局长")]),
        ("会议决定任命张三为[广告]。", []),
        # a company officer or a court member after a committee seat (sinastock 2024, yfw68)
        (
            "张其亚先生提请辞去公司董事、发展战略委员会委员、总经理职务。",
            [
                ("resign", "张其亚", "公司董事"),
                ("resign", "张其亚", "发展战略委员会委员"),
                ("resign", "张其亚", "公司总经理"),
            ],
        ),
        (
            "張其亞先生提請辭去公司董事、發展戰略委員會委員、總經理職務。",
            [
                ("resign", "张其亚", "公司董事"),
                ("resign", "张其亚", "发展战略委员会委员"),
                ("resign", "张其亚", "公司总经理"),
            ],
        ),
        (
            "李四申请辞去公司董事、薪酬与考核委员会委员、副总经理职务。",
            [
                ("resign", "李四", "公司董事"),
                ("resign", "李四", "薪酬与考核委员会委员"),
                ("resign", "李四", "公司副总经理"),
            ],
        ),
        (
            "王五申请辞去薪酬委员会委员、总经理职务。",
            [("resign", "王五", "薪酬委员会委员"), ("resign", "王五", "总经理")],
        ),
        # negatives: a committee's own offices keep the committee; a court's committee seat is the court's
        (
            "会议决定任命张三为国家民族事务委员会委员、副主任。",
            [("appoint", "张三", "国家民族事务委员会委员"), ("appoint", "张三", "国家民族事务委员会副主任")],
        ),
        (
            "会议决定任命张三为虹口区人民检察院副检察长、检察委员会委员、检察员。",
            [
                ("appoint", "张三", "虹口区人民检察院副检察长"),
                ("appoint", "张三", "虹口区人民检察院检察委员会委员"),
                ("appoint", "张三", "虹口区人民检察院检察员"),
            ],
        ),
        (
            "会议决定任命张三为省人大常委会委员、法制委员会委员、主任委员。",
            [
                ("appoint", "张三", "省人大常委会委员"),
                ("appoint", "张三", "法制委员会委员"),
                ("appoint", "张三", "法制委员会主任委员"),
            ],
        ),
        # a former and a new holder named as a pair (ltn 2025): the former is no new holder
        ("金門縣地政局原、新任局長魏志成（左一）、關嘉荣（右一）在副縣長見證下交接。", []),
        ("县财政局原,新任局长张三、李四进行了交接。", []),
        ("县财政局原任、新任局长张三、李四进行了交接。", []),
        ("县财政局前任、新任局长张三、李四进行了交接。", []),
        # negatives: the new holder alone, and a former holder named elsewhere in the sentence
        ("新任县财政局局长的李广胜由衷地说，要做好工作。", [("appoint", "李广胜", "县财政局局长")]),
        ("原县长王五说，新任县财政局局长的李广胜由衷地说。", [("appoint", "李广胜", "县财政局局长")]),
    ],
)
def test_posts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _posts(text) == expected


# ----------------------------------------------------------------------------- the scanner


def _scanner() -> ModuleType:
    """tools/audit_values.py, loaded as a module (tools/ is no package)."""
    path = Path(__file__).resolve().parent.parent / "tools" / "audit_values.py"
    spec = importlib.util.spec_from_file_location("audit_values", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", ["test", "all"])
def test_scanner_refuses_other_splits(split: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        _scanner().main(["--split", split])
    assert exit_.value.code == 2


@pytest.mark.parametrize(
    ("value", "kind", "flagged"),
    [
        ("各街道党工委— — — 3 —", "unit", {"unit.digit", "unit.dash"}),  # the lead's folio (5a8dd316)
        ("区发展和改革局", "unit", set()),
        ("新设的环境及生态局局长", "position", {"position.attributive", "position.joined"}),
        ("[注册美国公司流程]保安局副局长", "position", {"position.attributive"}),
        ("环境局局长", "position", set()),
        ("市财政局局长，并", "position", {"position.clause"}),
        ("—分享—新田县人大常委会关于…的决定", "title", {"title.site", "title.byline"}),
        ("关于做好防汛工作的通知", "title", set()),
    ],
)
def test_scanner_classes(value: str, kind: str, flagged: set[str]) -> None:
    scanner = _scanner()
    flags = {"unit": scanner._flags_unit, "position": scanner._flags_position, "title": scanner._flags_title}[kind]
    assert set(flags(value)) == flagged
