"""Site chrome: the lines a web page prints around the gazette content that are never a title.

Pages that carry gazette content (portals, e-papers, forums, Q&A sites, law databases) print the
site's own lines above and below the document: its name and slogan, login and search bars, the
date and weather, share bars, visit counters, previous/next links and lists of other pages'
titles (相关链接 / 相关阅读 / 热点推荐). Read as a headline, any of them states a false title. Each
class below is data, with a real-style example per entry; :func:`is_site_chrome` tells them.
Patterns are anchored and bounded (linear in the line).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._pattern_cache import compile_re
from ..text.normalize import SHARE_BAR_RE, TEMPLATE_MARK_RE, ends_in_more_link
from ..text.pagetitle import page_title_head
from ..vocab.common import CJK, LazyPattern, alternation
from ..vocab.datelines import LAW_STATUS_WORDS
from ..vocab.heads import (
    COLLECTION_COUNT_WORDS,
    COLLECTION_NAMES,
    COLLECTION_TAGS,
    CREDIT_IMAGE_WORDS,
    CREDIT_WRITER_WORDS,
    IMAGE_FILE_PATTERN,
    MD_IMAGE_LINE_PATTERN,
    NOT_MENU_LABEL_ENDS,
    ORGAN_NAME_ENDINGS,
    SITE_LINK_WORDS,
    SITEMAP_LINK_ENDS,
    SITEMAP_LINK_MAX,
)
from ..vocab.numerals import CN_ORDINALS

# Keys that open a chrome line whatever follows (the rest of the line is the site's):
CHROME_PREFIXES = (
    "您的浏览器不支援",  # 您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時… (a site's noscript notice)
    "您的浏览器不支持",  # 您的浏览器不支持JavaScript / 您的浏览器不支持此视频
    "跳到主要内容",  # 跳到主要內容 (a skip link)
    "下载地址",  # 下载地址： 点击此处下载 (a law database's download link; titles round 13)
    "欢迎访问",  # 欢迎访问某某县人民政府网站 登录 注册
    "欢迎来到",  # 欢迎来到某某市政府门户网站
    "欢迎光临",  # 欢迎光临某某网
    "分享到",  # 分享到：微信 微博 QQ空间
    "分享至",  # 分享至：
    "扫一扫",  # 扫一扫在手机打开当前页
    "手机扫一扫",  # 手机扫一扫，打开当前页
    "用手机扫描",  # 用手机扫描二维码
    "扫描二维码",  # 扫描二维码分享到微信
    "上一篇",  # 上一篇：某某县召开全县农业工作会议 (another page's title)
    "下一篇",  # 下一篇：…
    "上一条",  # 上一条：…
    "下一条",  # 下一条：…
    "今天是",  # 今天是：2021年3月16日 星期二
    "今日是",  # 今日是2021年3月16日
    "问题描述",  # 问题描述：… (a Q&A page's question box)
    "如题所述",  # 如题所述 (a Q&A page: the question is its title line)
    "展开全部",  # 展开全部 (a Q&A answer's fold)
    "回答者",  # 回答者：某某
    "为你推荐",  # 为你推荐 (a Q&A page's list of other questions)
    "相关问题",  # 相关问题
    "提问者",  # 提问者：某某 (a Q&A page)
    "最佳答案",  # 最佳答案：…
    "满意答案",  # 满意答案
    "推荐答案",  # 推荐答案
    "网友采纳",  # 网友采纳
    "相关链接",  # 相关链接：… (other pages' titles follow)
    "相关阅读",  # 相关阅读
    "相关新闻",  # 相关新闻
    "相关文章",  # 相关文章
    "相关文件",  # 相关文件
    "热点推荐",  # 热点推荐
    "热门推荐",  # 热门推荐
    "热点新闻",  # 热点新闻
    "推荐阅读",  # 推荐阅读
    "延伸阅读",  # 延伸阅读
    "猜你喜欢",  # 猜你喜欢
    "版权所有",  # 版权所有：某某县人民政府办公室
    "主办单位",  # 主办单位：某某县人民政府办公室 承办：…
    "网站标识码",  # 网站标识码：1234000001
    "ICP备",  # ICP备12345678号
    "热门搜索",  # 热门搜索：乡村振兴 疫情防控
    "热搜词",  # 热搜词：…
    "搜索热词",  # 搜索热词：…
    "热门关键词",  # 热门关键词：…
    "网站导航",  # 网站导航 | 首页 | …
    "快速导航",  # 快速导航：…
    "栏目导航",  # 栏目导航
    "友情链接",  # 友情链接：中国政府网 …
    "联系电话",  # 联系电话：0000-1234567 (the footer)
    "地址：",  # 地址：某某县某某路1号 邮编：… (the footer)
    "收藏本站",  # 收藏本站 官方微博 欢迎浏览杭州党史与地方志 (the top bar)
    "设为首页",  # 设为首页 | 加入收藏 | 联系我们
    "加入收藏",  # 加入收藏 设为首页
    "欢迎浏览",  # 欢迎浏览某某网
    "推荐：",  # 推荐：某某县召开…推进会 (a link to another page; round 10)
    "推荐:",
    "标签：",  # 标签：农村 环境 (the page's tags)
    "标签:",
    "附件下载：",  # 附件下载：某某方案 (a download link, the file's name after it)
    "附件下载:",
    "::",  # ::: 跳到主要內容 (normalized ::：) (an accessibility anchor of Taiwan's portals)
    "联络电话",  # 聯絡電話：(02)1234-5678 (the footer)
    "联络人",  # 聯絡人：張三
    "字级",  # 字級：小 中 大 / 字級設定 (a font chooser)
)
# Words a site's bars are made of (login, search, languages, accessibility, bars' links):
# 登录 | 注册 | 无障碍 | English ; 请输入关键字 搜索 ; 站内搜索 高级搜索 ; 上一篇 下一篇 返回目录
CHROME_WORDS = (
    "朗读",  # a read-aloud button over the text: 朗读 / 语音朗读 / 语音播报
    "语音朗读",
    "语音播报",
    "登录",
    "登陆",
    "用户中心",  # 登录/注册 用户中心 支持IPV6 (a portal's login bar; headlines round 14)
    "个人中心",
    "会员中心",
    "支持IPV6",  # 本网站已支持IPV6 / 支持IPv6 (a portal's badge)
    "支持IPv6",
    "本网站已支持IPV6",
    "本网站已支持IPv6",
    "注册",
    "退出",
    "无障碍",
    "无障碍浏览",
    "长者模式",
    "关怀版",
    "适老化",
    "English",
    "ENGLISH",
    "繁体",
    "繁體",
    "简体",
    "繁體版",
    "简体版",
    "请输入关键字",
    "请输入关键词",
    "请输入搜索内容",
    "站内搜索",
    "高级搜索",
    "全站搜索",
    "搜索",
    "检索",
    "上一篇",
    "下一篇",
    "返回目录",
    "返回列表",
    "返回",
    "首页",
    "微信",
    "微博",
    "新浪微博",
    "腾讯微博",
    "QQ空间",
    "QQ好友",
    "QQ",
    "朋友圈",
    "手机版",
    "移动版",
    "智能问答",
    "政务微博",
    "政务微信",
    "扫一扫",
    "微信扫一扫",
    "扫码",
    "二维码",
    "手机阅读",
    "无障碍阅读",
    "关怀模式",
    "读屏专用",
    "智能检索",
    "中文",
    "Print",
    "Close",
    "Share",
    "Home",
    "Search",
    "Login",
    "Register",
    "Sitemap",
    # 投稿邮箱 / 关于我们 / 设为首页 / 加入收藏 / 网站地图 / 联系我们 / 返回首页 …: a site's link bar (titles23, vocab.heads;
    # rev21: those five no longer written here as well)
    *SITE_LINK_WORDS,
)
_CHROME_MAX = 60
_CHROME_MARKS_RE = compile_re(r"[【】\[\]［］（）()|｜:：/／、·•\-\s>＞»→]+")
_CHROME_WORDS_RE = compile_re("(?:" + "|".join(map(re.escape, sorted(CHROME_WORDS, key=len, reverse=True))) + ")+")
# The site's own name: 某某县人民政府门户网站 / 某某市政府网 / 某某新闻网 / 中国某某网 (short, ends so)
SITE_NAME_SUFFIXES = (
    *("门户网站", "网站", "门户网", "门户", "政府网", "政务网", "信息网", "新闻网", "官网", "在线"),
    "服务网",  # 某某县政务服务网 (round 10)
    "融媒体中心",  # 某某县融媒体中心 (the county's media outlet, over its stories)
    "之窗",  # 中国·某某之窗
    "电视台",  # 某某县广播电视台
    "日报",  # 某某日报 (the paper's name alone over its story)
    "晚报",  # 某某晚报
    "资讯网",  # 某某縣政府全球資訊網 (Taiwan's portals)
    "电子报",  # 自由時報電子報
)
_SITE_NAME_MAX = 20
# A column's name over its pages: 政府信息公开专栏 / 通知公告 / 政策文件 (short; other columns end so)
COLUMN_SUFFIXES = ("专栏", "栏目", "频道", "板块", "专区")
COLUMN_NAMES = frozenset(
    {
        "通知公告",
        "公示公告",
        "政策文件",
        "政府文件",
        "政策解读",
        "工作动态",
        "新闻中心",
        "新闻动态",
        "图片新闻",
        "要闻动态",
        "政务要闻",
        "本地要闻",
        "部门动态",
        "乡镇动态",
        "信息公开",
        "政府信息公开",
        "政府信息公开目录",
        "政府信息公开指南",
        "法定主动公开内容",
        "规范性文件",
        "其他文件",
        "人事信息",
        "领导信息",
        "政务公开",
        "互动交流",
        "政务服务",
        "通知通告",
        "公告公示",
        "公示公示",
        "公告通知",
        "最新公告",
        "最新通知",
    }
)
_COLUMN_MAX = 12
_SHARE_BAR_MAX = 80  # characters of a share toolbar
# A page title with the site's name after it: X_某某县人民政府 / X - 某某县人民政府门户网站 / X|某某新闻网
# A breadcrumb or menu: 首页 > 政务公开 > 通知公告 / 首页 >> … / 首页 » … / 首页 → … (any first part), and
# 首页 | 政务公开 | … / 首页 - 新闻中心 - … / 首页 / … / 首页 · … (opening on the home page's link; 首頁 in Traditional,
# titles24: 首頁 > 政務公開 > … ran onto the title)
_CRUMB_SEP_RE = compile_re(r"\s*(?:>>?|＞＞?|»|→)\s*")  # split, not matched whole: linear
_CRUMB_PART_MAX = 16
_MENU_RE = compile_re(
    r"^\s*(?:网站首页|返回首页|首页|主页|網站首頁|返回首頁|首頁|主頁)\s*(?:[|｜·/]|\s-\s|\s)\s*[^。，；]{1,80}$"
)
# 当前位置： / 您的位置： / 您所在的位置： / 你当前的位置： / 您现在所在的位置： / 本页位置： / 位置：
_CRUMB_KEY_RE = compile_re(r"^\s*(?:[您你]?(?:当前|现在|目前)?(?:所在)?的?|本页|所在)位置\s*[:：]")
# A date line of the site's head: 2021年3月16日 星期二 晴 12℃~20℃ / 2021-03-16 周二
_DATE_WEEKDAY_RE = LazyPattern(
    r"^\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
    r"\s*(?:(?:星期|周|礼拜)[一二三四五六日天]|农历)"
    r"|^\s*(?:星期|礼拜)[一二三四五六日天]\s*(?:19|20)\d\d\s*(?:年|[-/.])"  # 星期二 2021年3月16日
)
# A visit counter: 浏览次数：1234 / 访问量：1234 次 / 阅读：56 / 点击数: 78 / 您是第123456位访问者
_COUNTER_RE = compile_re(
    r"^[【\[]?\s*(?:浏览|访问|阅读|点击|查看|访问人|点阅|人气)(?:次数|量|数|人数|人次)?\s*[】\]]?\s*[:：]?\s*\d+\s*次?\s*[】\]]?$"
    r"|^您是(?:本站)?第\s*\d+\s*位访问者$"
)
# Round trad18: a share and print toolbar alone on its line: *资料列印*推荐转寄rss分享 facebook分享 Plurk分享 (tncc,
# dev; text.normalize.SHARE_BAR_RE, vocab SHARE_BAR_PATTERN).
# A slogan in the site's banner: 不忘初心 牢记使命 / 凝心聚力 共谋发展 担当作为 (four-character
# phrases apart by spaces, nothing else)
SLOGAN_RE = LazyPattern(rf"^[{CJK}]{{4}}(?:[\s\u3000]+[{CJK}]{{4}}){{1,3}}$")
# An author or editor line: 作者：王某 责任编辑：李某 / 编辑：李某 / 审核：… / 校对：…
CREDIT_KEYS = (
    *("作者", "撰稿", "撰文", "文", "图", "文/图", "文图", "摄影", "编辑", "责任编辑", "责编", "编审", "审核"),
    *("审校", "校对", "来源", "出处", "供稿", "本版编辑", "本版责编", "美编", "制图", "统筹", "策划", "监制"),
    *("出品", "终审", "初审", "复审", "值班编辑", "资料来源", "新闻来源", "发布单位"),
)
_CREDIT_KEY = "(?:" + "|".join(map(re.escape, sorted(CREDIT_KEYS, key=len, reverse=True))) + ")"
# A credit's value: up to 20 letters, blanks only inside it — the blanks before it go with it (none when it is empty),
# those after it are the next credit's, so each blank has one reading (rev20: a value free to open or close on blanks made a 60-character
# line of keys apart by three blanks, 文/   文/   文/…, take 180 s to fail; ":" the same before titles22's "/").
_CREDIT_VALUE = rf"(?:\s*[{CJK}A-Za-z·](?:[{CJK}A-Za-z·\s]{{0,18}}[{CJK}A-Za-z·])?)?"
_CREDIT_RE = LazyPattern(
    rf"^[【\[]?\s*{_CREDIT_KEY}\s*[】\]]?\s*[:：/／｜|]{_CREDIT_VALUE}"
    rf"(?:[\s\u3000]+{_CREDIT_KEY}\s*[:：/／]{_CREDIT_VALUE})*$"  # (文/张三 图/李四: titles22)
)
# Names closed by the writer's and the photographer's words, the two credits apart by a space, an issue number and a
# desk (up to 8 characters) before them (titles22, vocab CREDIT_WRITER_WORDS / CREDIT_IMAGE_WORDS): 6186 本部 鄭桂珍文
# 魏麗莉圖 / 张三 文 李四 摄 / 张三/文 李四/图 / 记者 张三 文 李四 摄影
_NAMED_CREDITS_RE = LazyPattern(
    rf"^(?:\d{{1,8}}[\s\u3000]*)?(?:[{CJK}]{{1,8}}[\s\u3000]+)?(?:记者|記者)?[\s\u3000]*[{CJK}·]{{2,4}}[\s\u3000]*[/／]?"
    rf"(?:{alternation(CREDIT_WRITER_WORDS)})[\s\u3000]*[/／]?[\s\u3000]+(?:记者|記者)?[\s\u3000]*[{CJK}·]{{2,4}}"
    rf"[\s\u3000]*[/／]?(?:{alternation(CREDIT_IMAGE_WORDS)})$"
)
# An e-paper's masthead or page bar: 某某日报 2021年03月16日 第A01版 / 版面导航 | 第01版：要闻 / 期号：第1234期
_EPAPER_RE = compile_re(
    r"第\s*[A-Za-z]\d{1,3}\s*版|第\s*\d{1,3}\s*版\s*[:：]|(?:19|20)\d\d\s*年.{0,12}第\s*\d{1,3}\s*版"
    r"|版面导航|^期号\s*[:：]|^第\s*\d{1,5}\s*期$"
)
_EPAPER_MAX = 40
# The header of a page's tail, where other pages' titles are listed (上一篇：X / 相关链接 / 热点推荐):
# what follows it is never the page's own document
TAIL_HEADERS = (
    "上一篇",  # 上一篇：某某县人民政府关于印发某某实施细则的通知
    "下一篇",
    "上一条",
    "下一条",
    "相关链接",
    "相关阅读",
    "相关新闻",
    "相关文章",
    "相关文件",  # 相关文件：（a list of other notices, each with its number）
    "相关信息",
    "相关政策",
    "相关解读",
    "热点推荐",
    "热门推荐",
    "热点新闻",
    "热门文章",
    "推荐阅读",
    "延伸阅读",
    "猜你喜欢",
    "更多新闻",
    "最新发布",
    "最新文件",
    "友情链接",
    "相关问题",  # a Q&A page's other questions
    "为你推荐",
)
_TAIL_HEADER_RE = compile_re(
    r"^[•·●■◆▪\-\s]*[【\[]?\s*(?:" + "|".join(map(re.escape, TAIL_HEADERS)) + r")\s*[】\]]?\s*(?:[:：>》]|$)"
)
# The characters _TAIL_HEADER_RE can begin with (a stripped line): a bullet, a bracket, a header's first
_TAIL_HEADER_FIRST = frozenset("•·●■◆▪-【[") | frozenset(header[0] for header in TAIL_HEADERS)
# A reference site's licence note under the text, which ends it: 本作品是中华人民共和国的法律、法规，…
# 根据《中华人民共和国著作权法》第五条，本作品不适用于该法，…属于公有领域。 (Wikisource; the law it
# names is no citation of the document's)
_LICENCE_NOTE_RE = compile_re(r"^本作品(?:是|在|来自|属于|依据|根据)[^\n]{0,160}?(?:公有领域|公共领域|著作权|版权)")
# A Q&A page's answer head: 第1个回答  2022-06-04 / 2个回答 / 共3条回答
_ANSWER_HEAD_RE = compile_re(r"^(?:第\s*\d{1,4}\s*个回答|共?\s*\d{1,4}\s*[个条]回答)")
# A photo marker alone: （图） / [图] / 【图片】 / 图集
_PHOTO_MARK_RE = compile_re(r"^[（(【\[]\s*(?:图|图片|组图|视频|多图)\s*[）)】\]]$|^(?:组图|图集|高清组图)$")


# An image where a page had one: a Markdown image (![广东省人民政府](images/logo.png)) or a bare
# file name (470fef0eb2342b2a525a101a4cbdc036_p2_b.jpg) — never a title nor a part of one
IMAGE_LINE_RE = compile_re(
    rf"{MD_IMAGE_LINE_PATTERN}|^{IMAGE_FILE_PATTERN}$",
    re.IGNORECASE,
)


def is_image_line(text: str) -> bool:
    """An image's Markdown or file name alone on a line (page furniture)."""
    t = text.strip()
    return bool(t) and (t[0] in "!！" or t[-1] in "gGfFpPsS)）ｇｆｐ") and IMAGE_LINE_RE.match(t) is not None


_MENU_TOKENS = 5  # a site's menu: this many short words or more, side by side
_MENU_WORD = 6  # …each at most this long, four on average (即时新闻 视频新闻 要闻港闻 社 评国际两岸 …)
_MENU_MEAN = 4


# A menu's label before its entries (pages18): 乡镇（街道）分站： 苏湾镇 栏杆集镇 柘皋镇 … / 友情链接: … / 部门网站：…
# — a short label (brackets allowed) and its colon, then the entries
_MENU_LABEL_RE = compile_re(r"^[^\s，。；：:]{2,12}[：:]\s+")


def is_menu_line(text: str) -> bool:
    """A site's menu printed as a line: five words or more, short ones, separated by spaces, no
    punctuation (即時新聞 視頻新聞 要聞港聞 社 評國際兩岸 財 經 …), perhaps under a label and its colon
    (乡镇（街道）分站： 苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇 …: pages18)."""
    if (label := _MENU_LABEL_RE.match(text)) is not None:
        if label.group().rstrip().rstrip("：:").endswith(NOT_MENU_LABEL_ENDS):
            return False  # 任命： 张三 李四 王五 …: people listed, no menu
        text = text[label.end() :]
    words = text.split()
    return (
        len(words) >= _MENU_TOKENS
        and all(len(w) <= _MENU_WORD for w in words)
        and sum(map(len, words)) <= _MENU_MEAN * len(words)
        and not any(p in text for p in "，。：:；;、（）()《》“”")
    )


# A widget's label and value, a space before the colon (氣 溫 : 23 度 / 湿度 : 60%): no headline
# quotes a speaker so (习近平：… has no space before its colon)
WIDGET_LINE_RE = compile_re(r"^[^\s:：](?:\s?[^\s:：]){0,7}\s+[:：]\s*\S.{0,12}$")


def is_widget_line(text: str) -> bool:
    """A page widget's short 'label : value' line (weather, counters), never a title."""
    return WIDGET_LINE_RE.match(text.strip()) is not None


def is_slogan(text: str) -> bool:
    """A banner slogan (不忘初心 牢记使命). A speech's main title may look the same; the caller
    keeps it when its subtitle (——在…上的讲话) follows."""
    return SLOGAN_RE.match(text.strip()) is not None


# A marker where the document's text begins or a download link: 【正文】 / 正文： / [全文] / 附件下载
BODY_MARKERS = (
    "正文",
    "全文",
    "原文",
    "内容",
    "附件下载",
    "文件下载",
    "下载附件",
    "相关附件",
    "附件",
)  # 内容 alone: a CMS field's label
_BODY_MARKER_RE = compile_re(
    r"^[【\[［]?\s*(?:" + "|".join(map(re.escape, BODY_MARKERS)) + r")\s*[】\]］]?\s*[:：]?\s*$"
)


def is_body_marker(text: str) -> bool:
    """【正文】 / 正文： / [全文] / 附件下载 alone on a line: never a title nor part of one."""
    return _BODY_MARKER_RE.match(text.strip()) is not None


def is_column_name(text: str) -> bool:
    """A column's name (政府信息公开专栏, 通知公告), never a page's title."""
    t = text.strip().strip("【】[]")
    return (
        t in COLUMN_NAMES
        or (len(t) <= _COLUMN_MAX and t.endswith(COLUMN_SUFFIXES) and "关于" not in t)
        or _TOPIC_BANNER_RE.match(t) is not None
    )


# A special topic's banner over the page (新华社“巅峰使命”珠峰科考报道专题 / 学习贯彻党的二十大精神专题):
# the site's, never the page's headline (a headline names a 专题会议 or 专题党课, not a 专题)
_TOPIC_BANNER_RE = compile_re(r"^[^，。；：:关]{2,28}(?:报道专题|专题报道|系列报道|专题)$")


def strip_site_suffix(text: str) -> str:
    """A page title without the site's name after it: ``X_某某县人民政府`` → ``X``; other lines
    unchanged. The reading is normalize's (:func:`gazette_extract.text.pagetitle.page_title_head`:
    a site, a column then the site, an issuing body, or a spam name)."""
    return page_title_head(text) or text


# A gazette's masthead alone over a page (某某县人民政府公报 / 政府公报 2021年第3期 / 杭州政报): the
# publication's name, never the title of the page's document (a 统计公报 is a title: it names no body)
_GAZETTE_NAME_RE = compile_re(
    rf"^[{CJK}·]{{0,16}}(?:政府公报|政报|委员会公报|常委会公报|公报(?=\s*(?:(?:19|20)\d\d\s*年?\s*)?第))"
    r"(?:\s*(?:(?:19|20)\d\d\s*年?\s*)?第\s*\d{1,3}\s*[期号](?:\s*[（(]总第?\s*\d{1,5}\s*[期号][）)])?)?$"
)
# A column's name that is a kind of notice and nothing else, marked or qualified as a list's heading:
# ★重要通知 / 【公示】 / ■公告 / 最新公告 / 温馨提示 (a kind printed alone and unmarked, 公 告 / 紧急通知, is
# a notice's heading as printed: a title)
_KIND_COLUMN_RE = compile_re(
    r"^(?=.*(?:最新|温馨|[★☆◆◇■□●○▲△▶►◎※·•【\[［]))"
    r"[★☆◆◇■□●○▲△▶►◎※·•\s]*[【\[［]?\s*(?:最新|温馨|重要|紧急|特别)?(?:通知|公告|通告|公示|提示|提醒)"
    r"\s*[】\]］]?$"
)


# A file's name where the page links a download (某某县物业管理办法.pdf / 附表.xlsx): its text is
# another file's, never the page's title
_FILE_EXTENSIONS = r"[.．](?:pdf|docx?|xlsx?|wps|et|ofd|rar|zip|7z|txt|ceb)$"
_FILE_LINE_RE = compile_re(r"^[^\n]{1,120}" + _FILE_EXTENSIONS, re.IGNORECASE)


# A logo's alternative text where a page had its logo: 台灣新聞網(Logo-image) 台灣新聞網(Logo-text) /
# 某某新闻网（logo） / 某某网 LOGO — the site's name, never a title
_LOGO_LINE_RE = compile_re(r"^(?:[^\s()（）]{1,24}\s*[(（]?\s*(?:logo|LOGO|Logo)[A-Za-z\-]{0,12}\s*[)）]?\s*)+$")


def is_logo_line(text: str) -> bool:
    """A logo's alternative text alone on a line (某某网(Logo-image)), never a title."""
    t = text.strip()
    return len(t) <= _CHROME_MAX and ("ogo" in t or "OGO" in t) and _LOGO_LINE_RE.match(t) is not None


# A document-sharing site's reading label (论文部分内容阅读 / 文档内容预览 / 全文阅读) and a scanned book's page
# label (Page 343 - 毕节地区通志(卷一) / P. 343): the site's or the book's, never the page's title
_READING_LABEL_RE = compile_re(
    r"^(?:论文|文档|资料|文章|期刊|图书)?(?:部分内容|内容|全文|在线|免费|原文)(?:阅读|预览|试读)$|^(?:阅读|预览|试读)$"
)
_BOOK_PAGE_RE = compile_re(r"^(?:Page|PAGE|page|P\.)\s*\d{1,4}(?:\s*[-–—/|]\s*\S.{0,40})?$")
# A Taiwan reporter's line (記者張三／台北報導, 〔記者張三、李四／綜合報導〕, 張三／綜合報導), a photo's credit
# (圖／某某縣政府提供, 圖文／張三), a cookie notice without its consent words (本網站使用Cookie), a brand's news
# outlet (Yahoo奇摩新聞) and a press-release service's name (香港特別行政區政府新聞公報)
_REPORTED_FROM_RE = compile_re(
    rf"^[〔［\[（(【]?\s*(?:(?:本报|中央社)?记者\s*)?[{CJK}·]{{2,4}}(?:[、，][{CJK}·]{{2,4}}){{0,3}}\s*[／/]\s*"
    rf"[{CJK}]{{2,6}}报[导道]\s*[〕］\]）)】]?$"
)
_PHOTO_CREDIT_RE = compile_re(rf"^(?:图|图文|摄影|照片)\s*[／/]\s*[{CJK}A-Za-z·\s]{{1,20}}$")
_COOKIE_LINE_RE = compile_re(
    r"^(?:本网站|本站|本网|我们)[^\n]{0,20}(?:cookie|Cookie|COOKIE)[^\n]{0,20}$|^(?:cookie|Cookie|COOKIE)\s*(?:政策|设置|声明)$"
)
# A forum's or CMS's software credit, anywhere on its line (某某论坛 - Powered by Discuz! / Powered By PHPWind /
# 某某网 powered by DedeCMS): the site's frame, never a title (session 19, the lead)
_SOFTWARE_CREDIT_RE = compile_re(r"powered\s{1,3}by\s{0,3}[A-Za-z]", re.IGNORECASE)
_BRAND_NEWS_RE = compile_re(rf"^[A-Za-z]{{2,12}}[{CJK}]{{0,6}}新闻$|^[{CJK}]{{2,16}}政府新闻公报$")
# A topic's hashtag alone (#农村人居环境整治#) and a meeting's fields on one line (时间：2021年3月5日 地点：…)
_HASHTAG_RE = compile_re(r"^[#＃][^#＃\s]{1,30}[#＃]$")
_MEETING_FIELDS_RE = compile_re(r"^(?:会议)?时间\s*[:：][^\n]{1,40}?(?:会议)?地点\s*[:：]")


# A template or document-sharing site's collection heading (titles round 12): the page gathers many
# texts under one heading that counts or labels them — 2023年禁止燃放烟花爆竹通知（十3篇）（完整文档） /
# 关于批复范文（精选28篇） / 《关于批复范文精选28篇》 / 通知范文大全 — or labels one piece of the collection
# (关于批复范文 篇1 / 禁止燃放烟花爆竹的通知篇一): no document's title, whatever kind word it holds
# (its words: vocab.heads COLLECTION_COUNT_WORDS, COLLECTION_TAGS, COLLECTION_NAMES)
_NUMERAL_RUN = rf"[\d０-９{CN_ORDINALS}两百]{{1,4}}"
_COLLECTION_RE = compile_re(
    r"[（(【\[]\s*(?:" + "|".join(COLLECTION_COUNT_WORDS) + rf")?\s*{_NUMERAL_RUN}\s*篇\s*[）)】\]]"
    r"|(?:" + "|".join(COLLECTION_COUNT_WORDS) + rf")\s*{_NUMERAL_RUN}\s*篇"
    r"|[（(]\s*(?:" + "|".join(map(re.escape, COLLECTION_TAGS)) + r")\s*[）)]"
    r"|(?:" + "|".join(COLLECTION_NAMES) + r")(?:大全|精选|汇编|合集|集锦)?\s*(?:$|[（(《》【]|精选|篇)"
    rf"|(?:汇编|合集|集锦|大全)\s*{_NUMERAL_RUN}\s*篇"
    rf"|[^第\d０-９{CN_ORDINALS}两百\s]\s*{_NUMERAL_RUN}篇$"  # 致全体市民的公开信5篇 (a count last, no 第)
)
# …one piece of it: its label ends the line (X 篇1 / X篇一 / X[篇1]), never a document's own 第一篇
_COLLECTION_PIECE_RE = compile_re(rf"[^第\s]\s*篇\s*{_NUMERAL_RUN}$|[\[【［（(]\s*篇\s*{_NUMERAL_RUN}\s*[\]】］）)]$")
_COLLECTION_MAX = 80
# …every form above holds 篇 or one of these words: a line without them is not searched
_COLLECTION_GATE = (*COLLECTION_NAMES, *COLLECTION_TAGS)


def is_collection_head(text: str) -> bool:
    """A collection's heading or one piece's label on a template or document-sharing site, never a title."""
    t = text.strip()
    return (
        0 < len(t) <= _COLLECTION_MAX
        and ("篇" in t or any(w in t for w in _COLLECTION_GATE))
        and (_COLLECTION_RE.search(t) is not None or _COLLECTION_PIECE_RE.search(t) is not None)
    )


# An essay's heading with its author after a slash, as a law database prints the articles it hosts beside
# the laws (醉酒犯罪的律师辩护困局及对策/张长海 / 论…的完善／李明、王芳): an article's title, never an
# official document's (titles round 13). The names are short and close the line; a slash inside a
# title (关于A/B的通知) leaves a kind word after it, which no name is.
_AUTHORED_HEAD_RE = compile_re(rf"^[^/／]{{4,78}}?\s*[/／]\s*[{CJK}·]{{2,5}}(?:\s*[、，,]\s*[{CJK}·]{{2,5}}){{0,3}}$")
_AUTHORED_HEAD_MAX = 100


def is_authored_head(text: str, kind: Callable[[str], str | None]) -> bool:
    """An essay's heading that names its author after a slash (X/张长海), never a document's title.
    ``kind`` reads a document kind off a text (recognize.kind_of): the part after the slash has none."""
    t = text.strip()
    if not ("/" in t or "／" in t) or len(t) > _AUTHORED_HEAD_MAX or _AUTHORED_HEAD_RE.match(t) is None:
        return False
    head, names = (part.strip() for part in t.replace("／", "/").rsplit("/", 1))
    # an official kind before the slash (关于调整收费标准的通知/财政局) names a document, never an essay
    return (
        kind(head) is None
        and kind(names) is None
        and "的" not in names
        and "关于" not in names
        and not names.endswith(ORGAN_NAME_ENDINGS)  # X/某某局: an organ, not an author
    )


_SITEMAP_ENDS = tuple(SITEMAP_LINK_ENDS)


def is_sitemap_link(text: str) -> bool:
    """A site's map link (某某网站xml地图 / 网站地图 / 站点地图), never a headline (titles round 15)."""
    t = text.strip()
    return len(t) <= SITEMAP_LINK_MAX and t.endswith(_SITEMAP_ENDS)


def is_file_line(text: str) -> bool:
    """A file's name alone on a line (a download link), never a title nor part of one."""
    t = text.strip()
    return bool(t) and t[-1] in "fFcCxXsStTdDrRpPzZbB" and _FILE_LINE_RE.match(t) is not None


_FILE_EXTENSION_RE = compile_re(r"\s*" + _FILE_EXTENSIONS, re.IGNORECASE)  # the extension _FILE_LINE_RE reads


def file_stem(text: str) -> str:
    """The name of a file line without its extension (法院公告常用格式.docx → 法院公告常用格式)."""
    return _FILE_EXTENSION_RE.sub("", text.strip())


def is_gazette_name(text: str) -> bool:
    """A gazette's masthead alone (某某县人民政府公报, 政府公报 2021年第3期), never a page's title."""
    return _GAZETTE_NAME_RE.match(text.strip()) is not None


def is_site_name(text: str) -> bool:
    """The site's own name (某某县人民政府门户网站, 某某新闻网): short, ends in a site word, no
    document kind or verb of a headline before it (关于, 召开, 举行)."""
    t = text.strip()
    return (
        len(t) <= _SITE_NAME_MAX
        and t.endswith(SITE_NAME_SUFFIXES)
        and not any(w in t for w in ("关于", "召开", "举行", "建成", "开通", "上线", "启动"))
        and not any(p in t for p in "，。；：:")
    )


def _is_crumb(text: str) -> bool:
    """A breadcrumb: two parts or more, apart by > >> » → ＞, each short and without a pipe."""
    parts = _CRUMB_SEP_RE.split(text)
    return (
        len(parts) >= 2
        and bool(parts[0].strip())
        and all(len(p) <= _CRUMB_PART_MAX and "|" not in p and "｜" not in p for p in parts)
    )


# A site's privacy or cookie consent banner at the top of the page, a sentence but no story's: 本網站使用
# 相關技術提供更好的閱讀體驗，同時尊重使用者隱私，…當您關閉此視窗，代表您同意上述規範。 / 本站使用
# Cookie…继续浏览即表示您同意… / 請同意我們的隱私權規範，才能啟用聽新聞的功能。 (the site's privacy policy or
# its cookies, and a consent word: 保护公民隐私，同意… in a story names no policy)
_CONSENT_BANNER_RE = compile_re(
    r"^(?=[^\n]{0,200}(?:隐私权?(?:规范|政策|声明|条款)|cookie|Cookie|COOKIE))(?=[^\n]{0,200}(?:同意|接受))[^\n]{10,200}$"
)


def is_consent_banner(text: str) -> bool:
    """A privacy or cookie consent banner (see _CONSENT_BANNER_RE): never a title nor a story's prose."""
    return _CONSENT_BANNER_RE.match(text.strip()) is not None


# A prompt to click (点击下方红色字体查看官方发布 / 点击此处阅读全文 / 点此查看原文): the page's link, never a title
_CLICK_PROMPT_RE = compile_re(
    r"^[【\[]?\s*(?:请)?(?:点击|點擊|点此|點此)[^。，；]{0,12}?(?:查看|阅读|閱讀|下载|下載|浏览|瀏覽|收听|观看|觀看|进入|進入|了解)"
)
# An encyclopedia entry's contents run on one line, each item closed by a comma (条例全文，条例说明，), or
# joined to the first heading under it (条例全文，条例说明，条例全文: an item named twice)
_CONTENTS_RUN_RE = compile_re(rf"^(?:[{CJK}]{{2,8}}[，,]\s*){{2,}}[{CJK}]{{0,8}}$")


_CONTENTS_COMMA_RE = compile_re(r"[，,]")


def is_contents_run(t: str) -> bool:
    """Is ``t`` an encyclopedia entry's contents run on one line: its last item closed by a comma too,
    or an item named twice (the first heading under it joined on)?"""
    if _CONTENTS_RUN_RE.match(t) is None:
        return False
    items = [x.strip() for x in _CONTENTS_COMMA_RE.split(t)]
    return not items[-1] or len(set(items)) < len(items)


# A law database's status line over (or under) each law's entry: its validity, the day it was issued and the
# day it takes effect (headlines round 14): 现行有效/2021年2月2日发布/2021年2月2日施行 / 尚未生效/2021年1月26日发布/
# 2021年5月1日施行 / 2022年5月24日发布/2022年5月24日实施 / 已被修改 / 2019-12-28发布 / 2020-07-01施行
_STATUS_DAY = r"(?:(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))"
_LAW_STATUS_RE = compile_re(
    rf"^(?:(?:{alternation(LAW_STATUS_WORDS)})\s*[/／|｜]?\s*)?{_STATUS_DAY}\s*发布\s*[/／|｜]?\s*{_STATUS_DAY}\s*(?:施行|实施|生效)$"
)


def is_named_credits(text: str) -> bool:
    """A writer's and a photographer's credits after their names (张三 文 李四 摄, see _NAMED_CREDITS_RE), never a
    title: the two credits stand apart by a space, so a headline run together is not read as one."""
    t = text.strip()
    return (" " in t or "\u3000" in t) and len(t) <= _NAMED_CREDITS_MAX and _NAMED_CREDITS_RE.match(t) is not None


_NAMED_CREDITS_MAX = 40


def is_site_chrome(text: str) -> bool:
    """A line of the site around the content, never a title: see the module's classes."""
    t = text.strip()
    if not t or len(t) > 120:
        return False
    if t.startswith(CHROME_PREFIXES):
        return True
    if ends_in_more_link(t):
        return True  # a sidebar's teaser closed by its link, of any length: …是奉... [ 详细 ] (apages20)
    if len(t) > _CHROME_MAX:
        return False
    words = _CHROME_MARKS_RE.sub("", t)
    return (
        (bool(words) and _CHROME_WORDS_RE.fullmatch(words) is not None)
        or is_site_name(t)
        or _CRUMB_KEY_RE.match(t) is not None
        or _is_crumb(t)
        or _MENU_RE.match(t) is not None
        or is_column_name(t)
        or _KIND_COLUMN_RE.match(t) is not None
        or is_gazette_name(t)
        or is_file_line(t)
        or is_sitemap_link(t)
        or is_collection_head(t)
        or is_logo_line(t)
        or _HASHTAG_RE.match(t) is not None
        or _REPORTED_FROM_RE.match(t) is not None
        or _PHOTO_CREDIT_RE.match(t) is not None
        or _COOKIE_LINE_RE.match(t) is not None
        or (("owered" in t or "OWERED" in t) and _SOFTWARE_CREDIT_RE.search(t) is not None)
        or _BRAND_NEWS_RE.match(t) is not None
        or _READING_LABEL_RE.match(t) is not None
        or _BOOK_PAGE_RE.match(t) is not None
        or _MEETING_FIELDS_RE.match(t) is not None
        or is_body_marker(t)
        or TEMPLATE_MARK_RE.match(t) is not None
        or _DATE_WEEKDAY_RE.match(t) is not None
        or _COUNTER_RE.match(t) is not None
        or (len(t) <= _SHARE_BAR_MAX and SHARE_BAR_RE.match(t) is not None)
        or _CREDIT_RE.match(t) is not None
        or is_named_credits(t)
        or _PHOTO_MARK_RE.match(t) is not None
        or _ANSWER_HEAD_RE.match(t) is not None
        or _CLICK_PROMPT_RE.match(t) is not None
        or _LAW_STATUS_RE.match(t) is not None
        or is_contents_run(t)
        or (len(t) <= _EPAPER_MAX and "关于" not in t and _EPAPER_RE.search(t) is not None)
    )


def is_tail_header(text: str) -> bool:
    """The head of a page's tail list of other pages (相关链接 / 热点推荐 / 上一篇：X): alone on
    its line, or its key followed by a colon."""
    t = text.strip()
    return (len(t) <= 120 and t[:1] in _TAIL_HEADER_FIRST and _TAIL_HEADER_RE.match(t) is not None) or (
        t.startswith("本作品") and _LICENCE_NOTE_RE.match(t) is not None
    )


def page_tail(texts: list[str], start: int) -> int:
    """Index of the first tail header at or after ``start`` (len(texts) when none)."""
    return next((i for i in range(start, len(texts)) if is_tail_header(texts[i])), len(texts))
