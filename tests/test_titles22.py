"""Titles round 22 (issue 9, session 20, s20-titles22): synthetic rows per class, positives and near-misses.

* a tool's label between dashes or dots (``—分享—``, ``-分享-``, ``——分享到——``, ``·分享·``) stands alone as the bare
  label does (titles20): the joiner no longer runs it onto the red head's issuer line under it, which gave the
  title and the issuer a ``—分享—`` prefix (daxianglvshi, dev);
* a share hint printed where the headline stands (``即可将网页分享至朋友圈``, ``点击右上角分享到朋友圈``, ``长按二维码转发给好友``)
  is never a title: withheld (``doubtful-title``), and a story stored without its headline opens no document
  (uestc, new dev page);
* a pinyin gloss padded with a space inside its brackets (``樂(lè )縣``, ``發( fā)展``) goes as the bare gloss does:
  the title no longer keeps ``(lè )`` (megontherun, dev);
* a page's ``<title>`` line whose last part is a body printed with its second name in brackets
  (``…仪式-浙江外国语党委学工部(学生处)``, ``…_党委宣传部（新闻中心）``) gives the headline without it (zisu, dev); a
  headline's own bracket (``（试行）``, ``(第一批)``, ``（图）``) or a body without a second name behind a dash stays;
* a writer's and a photographer's credits after their names (``6186 本部 鄭桂珍文 魏麗莉圖``, ``张三 文 李四 摄``,
  ``文/张三 图/李四``) are site chrome and never a title (jilinechu, dev: taken as the story's title);
* an outlet's tag closed by a slash before a headline (``即/…``, ``快讯／…``, ``獨家/…``) is cut from it (twbg3, dev);
  a credit (``文/张三``), a ratio, a tag outside the closed list (``影响/…``) or a short rest stays.

Every row is synthetic; the names are invented in the style of the real pages.
"""

from __future__ import annotations

import time

import pytest

from gazette_extract import parse_text
from gazette_extract.layout.chrome import is_named_credits, is_site_chrome
from gazette_extract.layout.doubt import doubtful_title
from gazette_extract.text.normalize import PINYIN_GLOSS_RE, TOOL_LABEL_RE
from gazette_extract.text.pagetitle import page_title_head, strip_headline_tag

HEADLINE = "某某县召开2024年安全生产工作会议"
STAMP = "来源：某某县融媒体中心 作者：张某 2024-03-05 16:20:11"
LEAD = "3月5日上午，某某县召开2024年安全生产工作会议，县长李某出席并讲话。会议要求各乡镇切实抓好安全生产工作。"
NOTICE_TITLE = "关于县乡两级人民代表大会换届选举时间的决定"
RED_HEAD = "某某县人大常委会"


def _titles(text: str) -> list[str | None]:
    return [d.title for d in parse_text(text).documents]


# --------------------------------------------------------------------------- a tool's label between dashes


DECORATED_LABELS = ["—分享—", "-分享-", "——分享到——", "·分享·", "－分享－", "–转发至–", "—分享：—", "•字号•"]


@pytest.mark.parametrize("label", DECORATED_LABELS)
def test_decorated_tool_label_alone_matches(label: str) -> None:
    assert TOOL_LABEL_RE.match(label)


@pytest.mark.parametrize("label", ["—分享—", "-分享-", "——分享到——", "·分享·"])
def test_decorated_label_over_red_head_leaves_title_and_issuer_clean(label: str) -> None:
    text = (
        f"{RED_HEAD}{NOTICE_TITLE}\n\n来源:某某新闻网 作者:{RED_HEAD} 编辑:张某 2021-06-24 17:39:38\n{label}\n\n"
        f"{RED_HEAD}\n\n{NOTICE_TITLE}\n\n（2021年6月24日某某县第十七届人大常委会第三十六次会议通过）\n\n"
        "某某县第十七届人大常委会第三十六次会议决定：确定县乡两级人民代表大会代表选举日为2021年8月23日。"
    )
    docs = parse_text(text).documents
    assert [d.title for d in docs] == [RED_HEAD + NOTICE_TITLE]
    assert "分享" not in (docs[0].issuer or "")  # (the label was read into the issuer too)


@pytest.mark.parametrize(
    "line",
    [
        "—分享经济—",  # a word holding 分享 between dashes
        "—分享到：微信 微博—",  # the label and its items
        "——分享发展成果——",
        "—— —— ——",
        "-- 分享 --x",
    ],
)
def test_decorated_label_near_misses(line: str) -> None:
    assert TOOL_LABEL_RE.match(line) is None


# --------------------------------------------------------------------------- a share hint is no title

SHARE_HINTS = [
    "即可将网页分享至朋友圈",
    "点击右上角分享到朋友圈",
    "点击右上角即可分享给微信好友",
    "长按二维码转发给好友",
    "長按二維碼轉發給好友",
    "扫一扫分享到微信",
    "用微信扫描二维码分享至好友和朋友圈",
    "扫码分享到微博",
]


@pytest.mark.parametrize("hint", SHARE_HINTS)
def test_share_hint_is_doubtful(hint: str) -> None:
    assert doubtful_title(hint) == "a share hint"


@pytest.mark.parametrize("hint", SHARE_HINTS[:4])
def test_share_hint_over_headless_story_opens_no_document(hint: str) -> None:
    assert parse_text(f"{hint}\n{LEAD}\n会议强调，要压实责任，确保全年安全生产形势稳定。").documents == []


@pytest.mark.parametrize("hint", SHARE_HINTS[:4])
def test_share_hint_under_headline_leaves_headline(hint: str) -> None:
    assert _titles(f"{HEADLINE}\n\n{STAMP}\n{hint}\n\n{LEAD}") == [HEADLINE]


@pytest.mark.parametrize(
    "title",
    [
        "我市分享发展成果",  # a headline about sharing: no hint word
        "张三的照片转发到朋友圈后走红",
        "关于点击右上角分享到朋友圈行为的通知",  # a notice's title names a kind
        "市政府召开会议部署分享经济发展",
        "即可办理：我县推出扫码分享政务服务新举措，群众足不出户即可办事，受到广泛好评",  # over SHARE_HINT_MAX
    ],
)
def test_share_hint_near_misses(title: str) -> None:
    assert doubtful_title(title) is None


# --------------------------------------------------------------------------- a gloss padded with a space


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("南樂(lè )縣", "南樂縣"),
        ("發( fā)展", "發展"),
        ("制（zhì　）度", "制度"),
        ("樂( lè )縣", "樂縣"),
        ("绿(lǜ)(lǜ )色", "绿色"),
        ("發(fā)展", "發展"),  # the bare gloss as before
    ],
)
def test_padded_gloss_goes(text: str, folded: str) -> None:
    assert PINYIN_GLOSS_RE.sub("", text) == folded


@pytest.mark.parametrize("text", ["附件(a )", "总值(GDP )", "第( 1 )条", "方案( 试行 )", "A( lè)"])
def test_padded_gloss_near_misses(text: str) -> None:
    assert PINYIN_GLOSS_RE.sub("", text) == text


def test_padded_gloss_leaves_title_through_pipeline() -> None:
    text = (
        "首頁(yè) > 政府信息公開(kāi)\n\n某某(lè )縣政府信息公開(kāi)目錄編制規范\n\n發(fā)布時(shí)間:2016-01-07\n\n"
        "某某(lè )縣政府信息公開(kāi)目錄編制規范\n\n一、編制原則\n\n(一)系統化。政府信息公開目錄的編制做到全面、系統。"
    )
    assert _titles(text) == ["某某县政府信息公开目录编制规范"]


# --------------------------------------------------------------------------- a body with its second name after the title


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("【外语学院】我院举行院长聘任仪式-某某大学党委学工部(学生处)", "【外语学院】我院举行院长聘任仪式"),
        ("我校召开党建工作会议_党委宣传部（新闻中心）", "我校召开党建工作会议"),
        ("关于做好防汛工作的通知-办公室(法规处)", "关于做好防汛工作的通知"),
        ("我校举行新生开学典礼 - 党委宣传部（新闻中心）", "我校举行新生开学典礼"),
        ("学院召开教学工作会议|教务处(教学质量监控中心)", "学院召开教学工作会议"),
    ],
)
def test_aliased_body_after_title_is_cut(line: str, head: str) -> None:
    assert page_title_head(line) == head


@pytest.mark.parametrize(
    "line",
    [
        "我院召开工作会议-领导名单(第一批)",  # the bracket names no body
        "某某市实施方案-试行(草案)",
        "区长主持召开常务会议-区政府办公室(图)",  # a photo note, one character
        "某某会议召开-市委宣传部",  # a body without a second name behind a dash: the headline's own end
        "某某局关于调整收费标准的说明(修订稿)",  # no separator
    ],
)
def test_aliased_body_near_misses(line: str) -> None:
    assert page_title_head(line) is None


def test_aliased_page_title_over_headline_through_pipeline() -> None:
    head = "【外语学院】我院举行院长聘任仪式"
    text = (
        f"{head}-某某大学党委学工部(学生处)\n\n{head}\n\n发布时间:2021年04月08日 发布人:学生工作部、学生处\n\n"
        "4月1日,我院举行院长聘任仪式,王某教授被聘为学院院长。"
    )
    assert _titles(text) == [head]


# --------------------------------------------------------------------------- credits and an outlet's tag

NAMED_CREDITS = [
    "6186 本部 鄭桂珍文 魏麗莉圖",
    "6186本部 郑桂珍文 魏丽莉图",  # (the normalizer glues the issue number to the desk)
    "张三 文 李四 摄",
    "张三/文 李四/图",
    "记者 张三 文 李四 摄影",
    "张三文　李四图",
    "王小明 撰文 李四 供图",
]


@pytest.mark.parametrize("line", NAMED_CREDITS)
def test_named_credits_are_chrome_and_doubtful(line: str) -> None:
    assert is_named_credits(line)
    assert is_site_chrome(line)
    assert doubtful_title(line) == "a credit line"


@pytest.mark.parametrize("line", ["文/张三 图/李四", "文／张三　图／李四", "文：张三 摄影：李四"])
def test_keyed_credits_are_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "张三文李四图",  # no space between the credits: a headline run together is not read as one
        "中华人文 地理图说",
        "我县召开文明创建 推进会",
        "市长张三文 李四图片展开幕",
        "我市举办王羲之书法文 化展图",
        "某某县召开2024年安全生产工作会议",
    ],
)
def test_named_credits_near_misses(line: str) -> None:
    assert not is_named_credits(line)


def test_credit_line_over_headless_story_is_no_title() -> None:
    text = f"6186 本部 张某某文 李某某图\n{LEAD}\n会议强调，要压实责任，确保全年安全生产形势稳定。"
    assert all(d.title is None for d in parse_text(text).documents)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("即/吴某接政委 陈某接任某县代理县长", "吴某接政委 陈某接任某县代理县长"),
        ("快讯／市政府召开常务会议部署防汛", "市政府召开常务会议部署防汛"),
        ("独家/张某接任某县县长", "张某接任某县县长"),
        ("影/台北市长出席交接典礼", "台北市长出席交接典礼"),
        ("快讯/市长：今年要做好三件事", "市长：今年要做好三件事"),
        ("最新 / 某某县代理县长今日交接", "某某县代理县长今日交接"),
    ],
)
def test_headline_tag_is_cut(line: str, headline: str) -> None:
    assert strip_headline_tag(line) == headline


@pytest.mark.parametrize(
    "line",
    [
        "文/张三",
        "图/记者李毓康摄",
        "即/1/3的人",
        "最新/张三",
        "即时新闻/市政府召开常务会议",
        "影响/市政府召开常务会议",
        "快讯/市政府召开常务会议，部署防汛工作",
    ],
)
def test_headline_tag_near_misses(line: str) -> None:
    assert strip_headline_tag(line) is None


def test_headline_tag_through_pipeline() -> None:
    text = (
        "即/吳某接政委 陳某接任某縣代理縣長\n\n記者張某/臺北報導\n\n行政院發言人徐某3日表示,某縣代理縣長吳某辭代理縣長,"
        "並接任行政院政務委員。另由陳某先生接任某縣代理縣長一職。"
    )
    assert _titles(text) == ["吴某接政委陈某接任某县代理县长"]


# --------------------------------------------------------------------------- linear at 10x input


def _best(fn: object, arg: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn(arg)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    ("fn", "unit"),
    [
        (lambda s: TOOL_LABEL_RE.match(s), "—分享"),
        (lambda s: PINYIN_GLOSS_RE.sub("", s), "字( lè "),
        (page_title_head, "某(学生处"),
        (lambda s: doubtful_title(s), "点击分享"),
        (is_named_credits, "张三 文 "),
        (strip_headline_tag, "快讯/某"),
    ],
)
def test_new_patterns_linear(fn: object, unit: str) -> None:
    small, large = unit * 2_000, unit * 20_000
    t1, t10 = _best(fn, small), _best(fn, large)
    assert t10 <= max(t1 * 30, 0.05)
