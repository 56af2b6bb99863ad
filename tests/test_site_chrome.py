"""Site chrome around gazette content is never a title (issue 9, titles round 3), by class: the
site's name and slogan, login/search bars, date and weather lines, share bars, counters, credits,
e-paper mastheads, Q&A keys — and the tail lists (相关链接 / 上一篇：X / 热点推荐) whose items are
other pages' titles. Every row is synthetic, names invented in the style of real pages.
"""

from __future__ import annotations

import pytest
from table_helpers import assert_unique

from gazette_extract import parse_text
from gazette_extract.layout.chrome import is_site_chrome, is_tail_header, strip_site_suffix
from gazette_extract.layout.news import is_story_lead

CHROME_ROWS = [
    pytest.param("某某县人民政府门户网站", True, id="site-name-portal"),
    pytest.param("某某市政府网", True, id="site-name-gov-net"),
    pytest.param("某某新闻网", True, id="site-name-news-net"),
    pytest.param("欢迎访问某某县人民政府网站 登录 注册", True, id="welcome-login"),
    pytest.param("登录 | 注册 | 无障碍 | English", True, id="login-bar-pipes"),
    pytest.param("设为首页 加入收藏 网站地图", True, id="site-links"),
    pytest.param("请输入关键字 搜索", True, id="search-box"),
    pytest.param("站内搜索 高级搜索", True, id="search-advanced"),
    pytest.param("2021年3月16日 星期二 晴 12℃~20℃", True, id="date-weather"),
    pytest.param("2021-03-16 周二", True, id="date-weekday-iso"),
    pytest.param("今天是：2021年3月16日 星期二", True, id="today-is"),
    pytest.param("分享到：微信 微博 QQ空间", True, id="share-bar"),
    pytest.param("微信 | 微博 | QQ空间", True, id="share-icons"),
    pytest.param("扫一扫在手机打开当前页", True, id="scan"),
    pytest.param("浏览次数：1234", True, id="counter-views"),
    pytest.param("访问量：1234 次", True, id="counter-visits"),
    pytest.param("【阅读：56】", True, id="counter-bracketed"),
    pytest.param("您是第123456位访问者", True, id="counter-visitor"),
    pytest.param("作者：王某 责任编辑：李某", True, id="credit-author-editor"),
    pytest.param("编辑：李某", True, id="credit-editor"),
    pytest.param("本版编辑：王某 美编：李某", True, id="credit-epaper-page"),
    pytest.param("文/图：王某", True, id="credit-text-photo"),
    pytest.param("终审：张某", True, id="credit-final-review"),
    pytest.param("（图）", True, id="photo-mark"),
    pytest.param("【组图】", True, id="photo-mark-group"),
    pytest.param("某某日报 2021年03月16日 第A01版", True, id="epaper-masthead"),
    pytest.param("版面导航 | 第01版：要闻 | 第02版：综合", True, id="epaper-page-bar"),
    pytest.param("期号：第1234期", True, id="epaper-issue-key"),
    pytest.param("上一篇 下一篇 返回目录", True, id="epaper-prev-next-bar"),
    pytest.param("上一篇：某某县召开全县农业工作会议", True, id="prev-link"),
    pytest.param("问题描述：某某县任免办法在哪里可以看到", True, id="qa-question-key"),
    pytest.param("最佳答案", True, id="qa-best-answer"),
    pytest.param("版权所有：某某县人民政府办公室", True, id="copyright"),
    pytest.param("热门搜索：乡村振兴 疫情防控", True, id="hot-searches"),
    pytest.param("地址：某某县某某路1号 邮编：123456", True, id="footer-address"),
    pytest.param("政府信息公开专栏", True, id="column-suffix"),
    pytest.param("【通知公告】", True, id="column-name-bracketed"),
    pytest.param("政府信息公开目录", True, id="column-name"),
    pytest.param("通知公告", True, id="column-name-ending-in-a-kind"),
    pytest.param("首页 > 政务公开 > 通知公告", True, id="crumb-gt"),
    pytest.param("首页 >> 新闻中心 >> 本县要闻", True, id="crumb-double-gt"),
    pytest.param("新闻中心 → 本县要闻", True, id="crumb-arrow"),
    pytest.param("首页 | 政务公开 | 政务服务 | 互动交流", True, id="menu-pipes"),
    pytest.param("首页 - 新闻中心 - 本县要闻", True, id="menu-spaced-dash"),
    pytest.param("首页 / 新闻中心", True, id="menu-slash"),
    pytest.param("当前位置：首页", True, id="crumb-key"),
    pytest.param("微信扫一扫", True, id="scan-wechat"),
    pytest.param("Print | Close", True, id="toolbar-english"),
    pytest.param("无障碍阅读 | 关怀模式", True, id="accessibility-modes"),
    pytest.param("星期二 2021年3月16日", True, id="weekday-first"),
    pytest.param("2021年3月16日 农历二月初四", True, id="date-lunar"),
    pytest.param("【正文】", True, id="body-marker"),
    pytest.param("第1个回答  2022-06-04", True, id="qa-answer-head"),
    # titles and headlines are not chrome
    pytest.param("某某县召开全县经济工作会议", False, id="neg-headline"),
    pytest.param("某某县人民政府关于印发某某管理办法的通知", False, id="neg-notice"),
    pytest.param("某某县政务服务网正式上线运行", False, id="neg-headline-about-a-site"),
    pytest.param("关于进一步加强政府网站建设的通知", False, id="neg-notice-about-sites"),
    pytest.param("某某技术规范（第2版）", False, id="neg-edition"),
    pytest.param("2021年3月16日", False, id="neg-date-alone"),
    pytest.param("坚定信心 真抓实干 奋力开创高质量发展新局面", False, id="neg-speech-title-spaced"),
    pytest.param("某某县搜索救援队成立", False, id="neg-search-word-in-headline"),
    pytest.param("某某县2021-2025年发展规划", False, id="neg-year-range-dash"),
    pytest.param("首页设计大赛在某某县举行", False, id="neg-home-word-first"),
    pytest.param("某某县召开扫黑除恶专项斗争推进会", False, id="neg-scan-like-word"),
    pytest.param("策划设计方案的通知", False, id="neg-credit-word-opens-title"),
    pytest.param("地址变更登记的通知", False, id="neg-address-word-opens-title"),
    pytest.param("关于做好星期二2021年工作安排的通知", False, id="neg-weekday-inside-title"),
    pytest.param("某某县召开全县首页设计评审会", False, id="neg-home-word-in-headline"),
    pytest.param("关于开设政府信息公开专栏的通知", False, id="neg-notice-about-a-column"),
]
assert_unique(CHROME_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), CHROME_ROWS)
def test_is_site_chrome(line: str, expected: bool) -> None:
    assert is_site_chrome(line) is expected


TAIL_ROWS = [
    pytest.param("相关链接", True, id="related-links"),
    pytest.param("相关链接：", True, id="related-links-colon"),
    pytest.param("【相关阅读】", True, id="related-reading-bracket"),
    pytest.param("热点推荐", True, id="hot"),
    pytest.param("  • 上一篇:某某县召开全县农业工作会议", True, id="prev-bullet"),
    pytest.param("下一篇：某某县人民政府关于印发某某实施细则的通知", True, id="next"),
    pytest.param("相关文件", True, id="related-files"),
    pytest.param("友情链接：中国政府网", True, id="friendly-links"),
    pytest.param("相关链接不得随意删除的规定", False, id="neg-title-opening-with-the-words"),
    pytest.param("某某县召开全县经济工作会议", False, id="neg-headline"),
]
assert_unique(TAIL_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), TAIL_ROWS)
def test_is_tail_header(line: str, expected: bool) -> None:
    assert is_tail_header(line) is expected


STORY = (
    "本报讯 3月15日，某某县召开全县经济工作会议，县委书记王某出席会议并讲话。会议指出，要坚持稳中求进"
    "工作总基调，扎实推进各项工作。会议要求，各乡镇各部门要切实抓好落实，确保完成全年目标任务。"
)
HEADLINE = "某某县召开全县经济工作会议"

# (chrome above a headline and its story) → the headline is the title
HEAD_ROWS = [
    pytest.param("某某县人民政府门户网站\n首页 | 政务公开 | 互动交流\n", id="site-name-menu"),
    pytest.param("欢迎访问某某县人民政府网站 登录 注册\n", id="welcome-login"),
    pytest.param("不忘初心 牢记使命\n", id="slogan"),
    pytest.param("2021年3月16日 星期二 晴 12℃~20℃\n", id="date-weather"),
    pytest.param("请输入关键字 搜索\n", id="search"),
    pytest.param("分享到：微信 微博 QQ空间\n", id="share"),
    pytest.param("访问量：1234 次\n", id="counter"),
    pytest.param("某某日报 2021年03月16日 第A01版\n", id="epaper-masthead"),
    pytest.param("上一篇 下一篇 返回目录\n", id="epaper-bar"),
    pytest.param("首页 » 新闻中心 » 本县要闻\n", id="breadcrumb-raquo"),
    pytest.param("首页 → 新闻中心 → 本县要闻\n", id="breadcrumb-arrow"),
]


@pytest.mark.parametrize("chrome", HEAD_ROWS)
def test_chrome_above_a_headline_is_passed_over(chrome: str) -> None:
    titles = [d.title for d in parse_text(chrome + HEADLINE + "\n" + STORY).documents]
    assert titles == [HEADLINE]


@pytest.mark.parametrize("chrome", HEAD_ROWS)
def test_chrome_above_an_untitled_story_is_no_title(chrome: str) -> None:
    """With no headline, no chrome line stands in for one (precision first)."""
    assert [d.title for d in parse_text(chrome + STORY).documents if d.title] == []


NOTICE = (
    "某某县人民政府关于印发某某管理办法的通知\n某政发〔2021〕5号\n各乡镇人民政府，县政府各部门：\n"
    "现将《某某县某某管理办法》印发给你们，请认真贯彻执行。\n某某县人民政府\n2021年3月5日\n"
)
OTHER = "某某县人民政府关于印发某某实施细则的通知"

TAIL_PAGE_ROWS = [
    pytest.param(f"相关链接：\n{OTHER}（某政发〔2020〕3号）\n", id="related-number-in-brackets"),
    pytest.param(f"上一篇：{OTHER}（某政发〔2020〕3号）\n下一篇：某某县召开全县教育工作会议\n", id="prev-next"),
    pytest.param(f"热点推荐\n某某县召开全县教育工作会议\n{OTHER}\n某政发〔2020〕4号\n", id="hot-number-below"),
    pytest.param(f"【相关阅读】\n{OTHER} 2020-03-05\n", id="related-dated"),
]


@pytest.mark.parametrize("tail", TAIL_PAGE_ROWS)
def test_tail_list_is_no_document(tail: str) -> None:
    docs = parse_text(NOTICE + "【打印】【关闭】\n" + tail).documents
    assert [(d.title, d.doc_number.raw if d.doc_number else None) for d in docs] == [
        ("某某县人民政府关于印发某某管理办法的通知", "某政发〔2021〕5号")
    ]
    assert not [c for c in docs[0].citations if c.doc_number], "a tail item's number is no citation"


def test_speech_title_shaped_like_a_slogan_is_kept() -> None:
    text = "凝心聚力 共谋发展\n——在全县经济工作会议上的讲话\n王某\n（2021年3月5日）\n同志们：\n今天召开会议，主要任务是总结工作。\n"
    titles = [d.title for d in parse_text(text).documents]
    assert titles == ["凝心聚力共谋发展"]  # its subtitle follows: a title, not a banner


SITE_SUFFIX_ROWS = [
    pytest.param("某某县召开全县经济工作会议_某某县人民政府", "某某县召开全县经济工作会议", id="underscore-issuer"),
    pytest.param("某某县召开全县经济工作会议 - 某某县人民政府门户网站", "某某县召开全县经济工作会议", id="dash-portal"),
    pytest.param("某某县召开全县经济工作会议|某某新闻网", "某某县召开全县经济工作会议", id="pipe-news-site"),
    pytest.param(
        "某某县召开全县经济工作会议｜某某县人民政府办公室", "某某县召开全县经济工作会议", id="full-width-pipe"
    ),
    # negatives: what follows is no site
    pytest.param("某某县2021-2025年发展规划", "某某县2021-2025年发展规划", id="neg-year-range"),
    pytest.param(
        "某某县召开全县经济工作会议 - 会议纪要", "某某县召开全县经济工作会议 - 会议纪要", id="neg-dash-not-a-site"
    ),
    pytest.param("某某县召开全县经济工作会议", "某某县召开全县经济工作会议", id="neg-plain"),
]
assert_unique(SITE_SUFFIX_ROWS, whole=True)


@pytest.mark.parametrize(("line", "expected"), SITE_SUFFIX_ROWS)
def test_strip_site_suffix(line: str, expected: str) -> None:
    assert strip_site_suffix(line) == expected


@pytest.mark.parametrize("suffix", ["_某某县人民政府", " - 某某县人民政府门户网站", "|某某新闻网"])
def test_page_title_with_site_name_gives_the_headline(suffix: str) -> None:
    titles = [d.title for d in parse_text(HEADLINE + suffix + "\n" + STORY).documents]
    assert titles == [HEADLINE]


def test_subtitle_alone_is_no_title() -> None:
    """——在…上的讲话 without its main title: the speech's title is not known; none is given."""
    text = "——在全县经济工作会议上的讲话\n（2021年3月5日）\n同志们：\n今天召开会议，主要任务是总结工作。\n"
    assert [d.title for d in parse_text(text).documents] == [None]


SIDEBAR = "某某县人民政府关于印发某某考核办法的通知\n某某县人民政府关于做好某某工作的通知\n"
KIND_LINE_ROWS = [
    pytest.param(f"最新文件\n{SIDEBAR}{HEADLINE}\n发布时间：2021-03-16\n{STORY}", id="sidebar-list-over-publish-line"),
    pytest.param(f"通知公告\n{SIDEBAR}{HEADLINE}\n{STORY}", id="sidebar-list-over-lead"),
    pytest.param(f"{HEADLINE}\n2021-03-16\n关于印发某某考核办法的通知\n{STORY}", id="quoted-notice-under-publish-line"),
    pytest.param(f"{HEADLINE}\n《某某县人民政府关于印发某某考核办法的通知》\n{STORY}", id="quoted-notice-as-deck"),
]


@pytest.mark.parametrize("text", KIND_LINE_ROWS)
def test_a_line_ending_like_a_document_does_not_beat_the_headline(text: str) -> None:
    """The headline is the line over the publish line or the lead; a line that ends like a document
    elsewhere in the head is another page's title or the story's."""
    assert [d.title for d in parse_text(text).documents] == [HEADLINE]


def test_quoted_title_alone_under_chrome_stays_the_title() -> None:
    """Negative: 《…》 under the site's name (no headline above it) is the page's title."""
    text = f"某某县人民政府门户网站\n《某某县人民政府关于印发某某考核办法的通知》\n发布时间：2021-03-16\n{STORY}"
    assert [d.title for d in parse_text(text).documents] == ["某某县人民政府关于印发某某考核办法的通知"]


def test_notice_title_over_its_publish_line_stays_the_title() -> None:
    """Negative: the line over the publish line ends like a document — it is the title."""
    title = "某某县人民政府关于做好某某工作的通知"
    text = f"某某县人民政府门户网站\n{title}\n发布时间：2021-03-16\n{STORY}"
    assert [d.title for d in parse_text(text).documents] == [title]


COLUMN_OVER_NOTICE_ROWS = [
    pytest.param("通知公告\n", id="column-name"),
    pytest.param("首页 > 通知公告\n通知公告\n", id="crumb-and-column"),
    pytest.param("公示公告\n", id="column-over-recipients"),
]
NOTICE_NO_TITLE = (
    "某政发〔2021〕5号\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n某某县人民政府\n2021年3月5日\n"
)


@pytest.mark.parametrize("head", COLUMN_OVER_NOTICE_ROWS)
def test_a_column_name_ending_in_a_kind_is_no_title(head: str) -> None:
    """通知公告 ends like a 公告 but is the column: the notice under it is untitled, not lost."""
    docs = parse_text(head + NOTICE_NO_TITLE).documents
    assert [(d.title, d.date) for d in docs] == [(None, "2021-03-05")]


def test_breadcrumb_does_not_join_a_wrapped_title() -> None:
    text = "首页 > 通知公告\n关于印发某某管理办法的通知\n" + NOTICE_NO_TITLE
    assert [d.title for d in parse_text(text).documents] == ["关于印发某某管理办法的通知"]


def test_issuer_line_over_a_bare_kind_is_still_the_title() -> None:
    """Negative: 某某县人民政府 / 公告 / number — a red head, not a column."""
    text = "某某县人民政府\n公告\n" + NOTICE_NO_TITLE
    assert [d.title for d in parse_text(text).documents] == ["某某县人民政府公告"]


WRAPPED_HEADLINE_ROWS = [
    pytest.param("市人大常委会任命\n王某为某某市副市长\n", "市人大常委会任命王某为某某市副市长", id="cut-after-verb"),
    pytest.param("某某县全县经济工作会议暨\n表彰大会召开\n", "某某县全县经济工作会议暨表彰大会召开", id="cut-after-ji"),
    pytest.param(
        "区十届人大四次会议\n将于3月25日召开\n", "区十届人大四次会议将于3月25日召开", id="second-line-goes-on"
    ),
    # negatives: a sub-headline under a whole headline; a line printed twice
    pytest.param(f"{HEADLINE}\n县委书记王某出席并讲话\n", HEADLINE, id="neg-sub-headline"),
    pytest.param("第二节某某乡换届选举\n第二节某某乡换届选举\n", "第二节某某乡换届选举", id="neg-printed-twice"),
]


@pytest.mark.parametrize(("head", "expected"), WRAPPED_HEADLINE_ROWS)
def test_wrapped_headline(head: str, expected: str) -> None:
    docs = parse_text(head + "发布时间：2021-03-16\n" + STORY).documents
    assert [d.title for d in docs] == [expected]


LEAD_ROWS = [
    pytest.param(
        "某某新闻网-某某地区融媒体中心（记者 王某 实习记者 李某）某某会议各项准备工作已经就绪。",
        True,
        id="source-tag-reporters",
    ),
    pytest.param("某某日报（记者 王某）3月15日，某某县召开会议。", True, id="paper-reporter"),
    pytest.param("本报讯 3月15日，某某县召开会议。", True, id="opener"),
    pytest.param("[size=5] [/size][size=4]4月28日，县委召开全县工作动员大会。", True, id="forum-bbcode-before-day"),
    pytest.param("[b]本报讯[/b] 3月15日，某某县召开会议。", True, id="forum-bbcode-before-opener"),
    pytest.param("[size=4]会议指出，要抓好落实。", False, id="neg-bbcode-before-prose"),
    pytest.param("某某县庆祝第二十个记者节（图）", False, id="neg-reporter-word-in-headline"),
    pytest.param("会议强调，（记者注：此处有删节）要抓好落实。", False, id="neg-bracket-after-a-clause"),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_ROWS)
def test_is_story_lead(text: str, expected: bool) -> None:
    assert is_story_lead(text) is expected


def test_headline_over_a_source_tag_lead_is_a_news_document() -> None:
    text = (
        f"{HEADLINE}\n某某新闻网-某某融媒体中心（记者 王某）3月15日，某某县召开全县经济工作会议。会议要求抓好落实。\n"
    )
    assert [d.title for d in parse_text(text).documents] == [HEADLINE]


# A breadcrumb of many short parts that fails at its end took over 50 s through one whole-line
# pattern (backtracking over the spaces around each separator); the parts are now split.
ADVERSARIAL_ROWS = [
    pytest.param("a  >  " * 8 + "x" * 20, id="crumb-long-last-part"),
    pytest.param(" > " * 19 + "x" * 17, id="crumb-separators-only"),
    pytest.param("首页 " + "  " * 28 + "。", id="menu-spaces"),
    pytest.param("作者：王某" + "  编辑：" * 8 + "。", id="credit-repeated-keys"),
]


@pytest.mark.parametrize("line", ADVERSARIAL_ROWS)
def test_adversarial_chrome_lines_finish(line: str) -> None:
    import signal

    def alarm(signum: int, frame: object) -> None:  # pragma: no cover - only when backtracking is back
        raise TimeoutError("still running after 10 s: backtracking again?")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(10)
    try:
        assert is_site_chrome(line) is False
        assert strip_site_suffix(line * 50) in (line * 50, (line * 50).strip())
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
