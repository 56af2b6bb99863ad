"""What a web page prints around a date, as data: after a signature's date on its line (dates round 13),
and the keys of a publish line (text.newshead).

A page's foot often ends the signature's date line with the site's own bar: a table's closing
pipe (``某某县自然资源和规划局 2024年1月30日 |``), or its print and close buttons in brackets
(``2024年1月30日 【打印】【关闭】``, ``2024年1月30日 [打印本页] [关闭窗口]``). None of it is part
of the date; read with it, the line was no date line and the notice lost its date, its issuer
and, untitled, the document itself. Each entry: the word, with the bar it comes from.
"""

from __future__ import annotations

# Buttons a page prints in brackets after the last line of a notice (Simplified: normalize
# converts 關閉 / 列印 first). Only bracketed words are read so (a bare 打印 may be prose).
DATE_TAIL_TOOLS: dict[str, str] = {
    "打印本页": "[打印本页] [关闭窗口] (a county portal's foot)",
    "打印本文": "【打印本文】",
    "打印页面": "【打印页面】",
    "打印": "【打印】【关闭】 (the most common pair)",
    "关闭窗口": "[关闭窗口]",
    "关闭本页": "【关闭本页】",
    "关闭": "【关闭】",
    "收藏": "【收藏】【打印】",
    "纠错": "【纠错】",
    "返回顶部": "【返回顶部】",
    "保存": "【保存】",
    "分享": "【分享】",
    "列印": "【列印】【關閉】 (Taiwan's portals, kept if not converted)",
    "关闭视窗": "[關閉視窗]",
}
# The table's closing bar: 2024年1月30日 | / 2024年1月30日｜ (a page laid out in a table, its cell closed)
DATE_TAIL_BARS = "|｜"

# A site's clock over its banner prints today's date, then the weekday and the time on lines of their
# own (2024/05/15 / Wednesday / 19:41): that date is the day the page was stored, never the story's.
# The weekday words, English and Chinese, each as a clock prints it.
CLOCK_WEEKDAYS: dict[str, str] = {
    "Monday": "2024/05/13 / Monday / 09:12",
    "Tuesday": "Tuesday",
    "Wednesday": "2024/05/15 / Wednesday / 19:41 (a Taiwan news site's banner)",
    "Thursday": "Thursday",
    "Friday": "Friday",
    "Saturday": "Saturday",
    "Sunday": "Sunday",
    "Mon": "Mon",
    "Tue": "Tue",
    "Wed": "Wed",
    "Thu": "Thu",
    "Fri": "Fri",
    "Sat": "Sat",
    "Sun": "Sun",
    "星期一": "2024年5月13日 / 星期一 / 09:12",
    "星期二": "星期二",
    "星期三": "星期三",
    "星期四": "星期四",
    "星期五": "星期五",
    "星期六": "星期六",
    "星期日": "星期日",
    "星期天": "星期天",
    "周一": "周一",
    "周二": "周二",
    "周三": "周三",
    "周四": "周四",
    "周五": "周五",
    "周六": "周六",
    "周日": "周日",
}

# Keys of a publish line whose value is the date: 发布时间：… / 时间：… / 刊发日期：… / 录入时间：… (a CMS's
# entry time, s12-dates12) / 上载日期：… / 发帖时间：… (a forum's post, dates round 13). Kept in this order:
# the bare keys 日期 and 时间 last.
PUBLISH_DATE_KEYS: tuple[str, ...] = (
    "发布时间",
    "发布日期",
    "发表时间",
    "发表日期",
    "发稿时间",
    "更新时间",
    "更新日期",
    "更新",  # 更新：2023-09-17 08:21:03 高考升学网 (an education portal's stamp; a bare key, as 日期/时间 below: pages17)
    "刊发日期",
    "刊发时间",
    "上传时间",
    "上传日期",
    "上载日期",
    "上线时间",
    "录入时间",
    "录入日期",
    "编辑日期",  # 编辑日期：2013/9/4 作者：某某街道 来源：… (a district news site's stamp; headlines round 14)
    "编辑时间",
    "添加时间",
    "添加日期",
    "发帖时间",
    "回复时间",
    "张贴日期",  # 張貼日期: 2026-01-20 13:32:06 點閱:10 (a Taiwan school's bulletin post; htjhchc, dev, round trad18)
    "张贴时间",
    "日期",
    "时间",
)
# The keys that open a byline's source (or author) before a date's key glued to its value (titles round 15:
# 来源：本站时间：2024/4/29 11:42:50), and a portal's 文章来源 (pages17: 文章来源： 政事儿微信公众号发布时间：2023-03-17 21:25:39)
BYLINE_SOURCE_KEYS: tuple[str, ...] = (
    "来源",
    "信息来源",
    "文章来源",  # 文章来源： 政事儿微信公众号发布时间：2023-03-17 21:25:39
    "稿件来源",  # 稿件来源：某某县融媒体中心发布时间：2021-03-05
    "新闻来源",  # 新闻来源：某某网发布日期：2021-03-05
    "作者",
    "责任编辑",
    "编辑",
    "发布者",
)
# A portal's summary over the story, keyed (摘要：… / 导读：…) on its line or on a line of its own over it (内容导航： /
# 决定…；任命…): never the story's lead, and never the headline's continuation (text.newshead)
SUMMARY_KEYS: tuple[str, ...] = (
    "导读",
    "导语",
    "摘要",
    "内容摘要",
    "内容提要",
    "提要",
    "核心提示",
    "编者按",
    "内容导航",  # 内容导航: / 决定市十二届人大八次会议于23日至5日举行;任命胡明朗为副市长 (柳州日报; pages17)
)
# What a converter left where a byline's blanks were (pages18): a run of two or more question marks, half or
# full width, mixed (来源:某镇???作者:某某 ?？发布日期:2017-12-30???字体大小:, the page's non-breaking spaces
# lost), or any of these marks, alone or repeated: the replacement character, an unresolved HTML entity
# (来源:某某网&nbsp;&nbsp;发布时间:…). Read as a blank between a byline's parts.
LOST_BLANK_QUESTION_MARKS = "?？"
LOST_BLANK_MARKS: tuple[str, ...] = ("\ufffd", "&nbsp;", "&nbsp", "&#160;", "&ensp;", "&emsp;")
# The parts of a day a lead may name after its day (9月5日下午，… / 6月20日晚6时，… / 3日傍晚，…; pages18 added the
# bare 晚/早/夜 and the rest after 晚上, 早上, 晚间, 凌晨), longest first in DAY_PART
DAY_PARTS: tuple[str, ...] = (
    "上午",
    "中午",
    "下午",
    "早上",
    "早晨",
    "清晨",
    "晚上",
    "晚间",
    "傍晚",
    "凌晨",
    "深夜",
    "夜间",
    "夜里",
    "午后",
    "晚",
    "早",
    "夜",
)
DAY_PART = "(?:" + "|".join(sorted(DAY_PARTS, key=len, reverse=True)) + ")"
# What the event a story reports is said to be (its lead: 2020年7月1日上午，区长某某主持召开区政府第115次常务会议): a
# session or meeting held, opened, closed (pages18: a story stored without its headline, dated so, is one document)
STORY_EVENT_VERBS: tuple[str, ...] = ("召开", "举行", "开幕", "闭幕", "举办")
# Words that make the whole date a lead opens on no day of the event it reports (ndates21): said before the date in its
# clause, a basis or a limit (根据2019年5月1日会议精神，… / 截至2022年7月27日，…); said right after it, a start, a span or
# a document's own day (2022年7月27日起，… / 2019年5月1日以来 / 2019年5月1日印发的方案)
YEAR_LEAD_NOT_BEFORE: dict[str, str] = {
    "根据": "根据2019年5月1日会议精神，县里召开大会",
    "按照": "按照2019年5月1日的部署，…召开",
    "依据": "依据2019年5月1日印发的方案，…",
    "截至": "截至2022年7月27日，全市已召开…",
    "截止": "截止2022年7月27日，…",
}
# (not 自/从: 记者从2023年3月16日上午举行的…会议上了解到 names the event's day; 自…起 is caught by 起 after it)
YEAR_LEAD_NOT_AFTER: dict[str, str] = {
    "起": "2022年7月27日起，…举行…",
    "以来": "2019年5月1日以来，…召开…",
    "至今": "2019年5月1日至今，…",
    "前": "2022年7月27日前，…召开…",
    "印发": "2019年5月1日印发的方案要求…召开…",
    "发布": "2019年5月1日发布的通知…",
}
# How an e-paper's issue line names the paper or the issue before its day (ndates21): 甘孜日报 2020年08月13日 /
# 当前报章2019年06月05日 — the label's last characters; the line is the publish day only where the lead dates its event
# against it (layout.news.news_dates), as a stamp with a column's label after it (dates20)
ISSUE_LINE_LABEL_ENDS: dict[str, str] = {
    "日报": "甘孜日报 2020年08月13日",
    "晚报": "某某晚报 2020年08月13日",
    "报章": "当前报章2019年06月05日 (a Macau paper's page)",
    "时报": "某某时报 2020年08月13日",
    "报": "某某报 2020年08月13日",
}
# What the story's second paragraph says its session did on the day it restates, after a lead that dates nothing
# (【特讯】…日前召开特别大会… / 会议于五月三十一日下午在市政署大礼堂举行: ndates21) — the subject that opens it
SESSION_RESTATED_SUBJECTS: dict[str, str] = {
    "会议": "会议于五月三十一日下午在市政署大礼堂举行",
    "大会": "大会于3月5日上午在县会议中心举行",
    "本次会议": "本次会议于3月5日召开",
    "此次会议": "此次会议于3月5日在县委召开",
}
# What else a story's lead tells on the whole date it opens on, the year printed with it (ndates21): an official's
# visit or inspection, a decision announced at a meeting — the event the report is of, as much as a session held
# (only after a date with its year: a month and day alone stay with STORY_EVENT_VERBS)
DATED_LEAD_ACT_VERBS: dict[str, str] = {
    "调研": "2022年7月27日下午，开封市委常委、常务副市长陈维忠…莅临龙亭区调研指导…",
    "视察": "2021年5月6日上午，省长某某一行到我市视察…",
    "考察": "2021年5月6日，市委书记某某到某县考察乡村振兴工作",
    "宣布": "2017年10月11日下午，北京市委组织部…到我院宣布党委书记任免决定",
    "看望": "2022年1月20日，县委书记某某看望慰问困难党员",
    "慰问": "2022年1月20日，县领导某某走访慰问困难群众",
    "会见": "2023年5月8日，市长某某会见来访的某某一行",
    "督导": "2022年3月1日，副县长某某督导检查疫情防控工作",
}
# A forum's post stamp, its colon optional (Discuz): 发表于: 1982-12-11 / 发表于 2019-5-27 09:36 / 发布于 2021-03-05
POSTED_KEYS: tuple[str, ...] = ("发表于", "发布于", "发帖于")

# A story's lead may open on one clause of purpose or source before the clause that dates its event
# (dates round 14): 为传达落实…要求，2020年2月19日，在…召开 / 据国务院新闻办公室公布；将于2011年7月22日…举行
# / 根据…安排，2021年3月5日，…召开. The clause's first words, each with a lead that opens so; the clause
# itself holds no comma (the next clause must carry the date, the year with it).
LEAD_IN_OPENERS: dict[str, str] = {
    "为了": "为了进一步加强…，2021年3月5日，…召开",
    "为": "为传达落实省委教育工委有关疫情防控工作要求，2020年2月19日，…召开",
    "根据": "根据市委统一安排，2021年3月5日，…召开",
    "按照": "按照县委部署，2022年6月1日，…举行",
    "依照": "依照省委部署，2022年6月1日，…举行 (rev23)",
    "依据": "依据省政府通知，2022年6月1日，…召开 (rev23)",
    "遵照": "遵照会议安排，2022年6月1日，…召开 (rev23)",
    "据": "据国务院新闻办公室公布；将于2011年7月22日…举行发布会",
    "记者从": "记者从某某局获悉，2020年5月8日，…召开",
}
# …of them, those of a purpose or a basis (为/为了/根据/按照): a lead opening on one, its clauses before the event's day
# (本网讯 为进一步…，…，8月7日，乡城县召开…: ndates21); not 据/记者从, whose clause cites what another told
# (据了解，3月16日，… reads as before: pages17)
PURPOSED_LEAD_OPENERS: tuple[str, ...] = tuple(w for w in LEAD_IN_OPENERS if w not in ("据", "记者从"))
# rev23: a lead's first clause opening on one of these words states a purpose or a basis; a day inside it is the cited
# event's or document's (为贯彻落实省委3月5日会议精神，我县于3月8日召开… / 根据省政府3月5日印发的通知，…), not the
# story's: the story's own day after the clause dates it (…，3月8日，我县召开…), none otherwise. Not bare 为 (为期两天
# 的培训班于3月5日开班 dates its event).
BASIS_CLAUSE_OPENERS: tuple[str, ...] = (
    *("为了", "为贯彻", "为落实", "为深入贯彻", "为认真贯彻", "为全面贯彻", "为进一步", "为推动", "为推进"),
    *("根据", "按照", "依照", "依据", "遵照", "贯彻", "落实", "根據", "依據", "為了", "為貫徹", "為落實"),
)
# How a lead's first clause ends when it cites another outlet's report (pages17): 据中国气象局官网3月17日消息，日前，… /
# 据石家庄日报客户端消息，1月8日上午，… / 据新华社报道，… — the cited report's day is not the event's
CITED_REPORT_ENDS: tuple[str, ...] = (
    "消息",  # 据中国气象局官网3月17日消息
    "报道",  # 据新华社3月17日报道
    "报导",  # 据中央社报导 (Taiwan's spelling)
    "发布",  # 据某某发布 (a WeChat account's post)
    "通报",  # 据某某市纪委监委3月17日通报
)
# A clause that opens on its date reports the decision it tells (dates round 14): 2020年10月21日，决定任命：
# 某某为…副市长 — what follows the date's comma, each with a lead that says it
DECISION_OPENERS: dict[str, str] = {
    "决定任命": "2020年10月21日，决定任命：某某为某某市人民政府副市长",
    "决定免去": "2020年10月21日，决定免去：某某的…职务",
    "决定": "2020年10月21日，决定：…",
    "任命": "2021年1月8日，任命某某为…",
    "免去": "2021年1月8日，免去某某的…职务",
    "表决通过": "2021年1月8日，表决通过了…",
    "选举": "2021年1月8日，选举某某为…",
}

# tpages21: the verbs of an organ's decision dated by its whole day in a report's lead (国务院2022年2月24日决定：免去…):
# the decision is the event the report tells, its day the report's date — not the dispatch's (新华社北京2月28日电)
# nor the page's stamp. Only with the year and only right before the colon that opens the decision's text.
DECIDED_ON_DAY_VERBS: dict[str, str] = {
    "决定": "依照…的有关规定，根据…的建议，国务院2022年2月24日决定：免去某某的…局长职务",
    "作出决定": "国务院于2019年11月19日作出决定：任命某某为警务处处长",
}

# A law database's key run in 【】 brackets (北大法宝-like exports and their mirrors): its 【发布日期】 is
# the rule's promulgation, the document's date — not a website's posting day (dates round 14:
# 【发布单位】… 【发布文号】 / 【发布日期】1990-04-01 【生效日期】1990-04-01 【失效日期】, the rule's own note
# giving a month only). The date keys, and the keys of which one more must stand in the run.
LAW_DATABASE_DATE_KEYS: tuple[str, ...] = ("发布日期", "颁布日期", "公布日期")
LAW_DATABASE_KEYS: tuple[str, ...] = (
    "发布部门",
    "发布单位",
    "发布文号",
    "生效日期",
    "实施日期",
    "失效日期",
    "时效性",
    "效力级别",
    "法规类别",
)
# …and its status line over (or under) each law's entry (layout.chrome: never a title; headlines round 14):
# 现行有效/2021年2月2日发布/2021年2月2日施行 — the validity words that may open it
LAW_STATUS_WORDS: tuple[str, ...] = (
    "现行有效",
    "尚未生效",
    "已失效",
    "失效",
    "已废止",
    "废止",
    "已被修改",
    "部分失效",
    "有效",
)

# The closing words of a notice's last sentence (…现印发给你们，请认真贯彻执行。), over which an unsigned
# notice prints its date alone — read in the compact form a converter left of it (20151214, 年月日 lost:
# dates round 14) only right under such a sentence. Each with the close it ends.
NOTICE_CLOSINGS: dict[str, str] = {
    "贯彻执行": "现印发给你们，请认真贯彻执行。",
    "遵照执行": "请遵照执行。",
    "认真执行": "请认真执行。",
    "贯彻落实": "请结合实际认真贯彻落实。",
    "抓好落实": "请认真抓好落实。",
    "组织实施": "请认真组织实施。",
    "特此通知": "特此通知。",
    "特此公告": "特此公告。",
    "特此通告": "特此通告。",
    "特此批复": "特此批复。",
    "特此函复": "特此函复。",
    "印发给你们": "现印发给你们。",
}

# Round trad18: a portal's stamp that prints the update time before the publish time — 更新於 2022年12月08日00:45 •
# 發布於 2022年12月07日07:35 (LINE Today, linetoday 2022, dev) —: the page's date is the publish one. The keys of
# an update that may open such a line, each with a use.
UPDATE_STAMP_KEYS: dict[str, str] = {
    "更新于": "更新於 2022年12月08日00:45 • 發布於 2022年12月07日07:35 (linetoday, dev)",
    "最后更新": "最後更新 2023-01-02 10:00 | 發布時間 2023-01-01 09:00",
    "更新时间": "更新時間：2023-01-02 10:00 發布時間：2023-01-01 09:00",
    "更新": "更新 2023-01-02 10:00 / 發布 2023-01-01 09:00",
}

# A relative day a lead states with its own day in brackets (dates round 18): 今天（21日） / 今日(27日) /
# 昨天（6日） — the outlet's own statement of the day it tells, read anywhere in the lead's first sentence when
# its first clause dates nothing (台大校長遴選結果本月7日出爐，…今天（21日）正式函復), each with a lead that has it
CONFIRMED_RELATIVE_DAYS: dict[str, str] = {
    "今天": "内政部长徐国勇日前正式请辞，行政院发言人罗秉成今天（7日）证实…",
    "今日": "经过两个月时间，政府今日（27日）公布，委任…",
    "昨天": "…日前召开特别大会，市政署昨天（31日）表示…",
    "昨日": "…昨日（22日）宣布…",
    "前天": "…前天（5日）召开…",
}
# Words before such a day in its clause that make it no day of the report's event (dates round 18): a cited
# outlet's (据…今天（7日）报道), the story's background (去年/此前/曾于), a plan changed (原定今天（21日）公布), or a
# quotation's (“今天（7日）…): each with what it marks
LEAD_NO_DAY_OPENERS: dict[str, str] = {
    "据": "据中央社今天（7日）报道 (a cited outlet's day)",
    "去年": "去年今天（7日） (background)",
    "此前": "此前于昨天（6日） (background)",
    "曾": "曾于昨天（6日） (background)",
    "原定": "原定今天（21日）公布 (a plan, perhaps not kept)",
    "原订": "原订今天（21日）公布 (Taiwan's spelling)",
    "预计": "预计今天（21日）公布 (a plan)",
    "“": "“今天（7日）… (a quotation's day)",
    "「": "「今天（7日）… (a quotation's day, Hong Kong and Taiwan)",
}

# How a photo's caption ends its credit in brackets (dates round 18): （台大提供） / （图/中央社） / （资料照/X 摄） —
# the caption over a story's lead, never its lead. Each: whether the word ends the bracket or opens it, with a caption.
CAPTION_CREDIT_ENDS: dict[str, str] = {
    "提供": "台湾大学工学院院长陈文章当选台大新任校长。（台大提供）",
    "摄": "内政部长徐国勇请辞获准。（资料照/林咏青 摄）",
}
CAPTION_CREDIT_OPENERS: dict[str, str] = {
    "图": "台南市长黄伟哲（右）22日公布第2任期小内阁名单…。（图/中央社）",
    "资料照": "（资料照）",
    "资料图": "（资料图）",
    "翻摄": "（翻摄自某某脸书）",
    "截图": "（截图自某某）",
}

# The keys of the editor's credit a Taiwan agency's story ends on, its edit day glued after it in the ROC
# calendar (dates round 18): …等題目。（編輯：李錫璋）1120808 (民國112年8月8日) — each with a story that ends so
EDIT_STAMP_KEYS: dict[str, str] = {
    "编辑": "…等题目。（编辑：李锡璋）1120808 (a CNA story's last line)",
    "责任编辑": "（责任编辑：X）1120808",
}
# The heading of a related-news list a joiner may run onto that stamp's line (…（編輯：李錫璋）1120808延伸閱讀)
RELATED_LIST_HEADS: dict[str, str] = {
    "延伸阅读": "（编辑：李锡璋）1120808延伸阅读",
    "相关新闻": "相关新闻",
    "相关阅读": "相关阅读",
    "更多新闻": "更多新闻",
}
# What a later paragraph's dated clause does when it reports the story's act after a clause of purpose or basis
# (dates round 18): 为加强…领导，根据《…》，6月8日，广州市人民政府官网发布《关于成立…的通知》，决定成立… — each with such
# a paragraph (the story's lead dating nothing)
DATED_ACT_VERBS: dict[str, str] = {
    "发布": "为加强…，6月8日，广州市人民政府官网发布《关于成立…的通知》",
    "印发": "为贯彻…，6月8日，市政府办公室印发《…方案》",
    "决定成立": "根据…，6月8日，市政府决定成立…领导小组",
}
# The verb that closes a Taiwan-style byline of several reporters over the publish stamp (記者陳某 蔡某/新竹報導
# 2018-12-26 00:32): the names are spaced, the place after a slash, then the verb — docs19
BYLINE_REPORT_VERBS: tuple[str, ...] = ("报导", "报道")
# A bare publish key (发布 : 2025-3-02 来源 : 明报新闻网), short of 时间/日期: a publish line only when another byline key
# follows the date on the same line — docs19
BARE_PUBLISH_KEYS: tuple[str, ...] = ("发布", "发表")

# What a report's event does right after a day the lead states without brackets, in a later clause of its first
# sentences when its first clause dates nothing (dates19): 保安局常任秘书长…悬空至今，政府今日宣布… / 广东官场再次变动。
# 广东省人大会议昨日召开… / 汪洋在14日下午举行的…会议上 — each with such a clause
STATED_DAY_VERBS: dict[str, str] = {
    "召开": "广东省人大会议昨日召开第三次全体会议",
    "举行": "…在14日下午举行的全国政协十三届一次会议第四次全体会议上",
    "宣布": "政府今日宣布现任政府新闻处处长…",
    "公布": "政府今日公布…名单",
    "开幕": "…会议今天上午开幕",
    "闭幕": "…会议昨日闭幕",
    "表决通过": "…常委会昨天表决通过…",
}
# Words before such a day in its clause that make it no day of the event the story reports (dates19): besides
# LEAD_NO_DAY_OPENERS, a plan's (将于14日举行 / 拟于 / 定于 / 计划于 / 预定) — the plan's day is no report's
STATED_DAY_PLAN_OPENERS: dict[str, str] = {
    "将": "会议将于14日举行",
    "拟": "拟于14日召开",
    "定于": "定于14日上午举行",
    "计划": "计划于14日举行",
    "预定": "预定14日召开",
    "明天": "明天召开 (never past)",
    "明日": "明日举行",
}
# The words before a bare 今/昨 that make it no day: 至今 / 如今 / 迄今 / 现今 / 当今 (悬空至今举行… is no day)
STATED_DAY_NOT_AFTER = "至如迄现当而"
# A quotation opening a lead, before its dated clause (dates19): “我宣誓：…”2月25日上午，我县举行… — the quote is the
# story's kicker, the clause after it the lead's own; each opening mark with its closing one
OPENING_QUOTES: dict[str, str] = {
    "“": "”",
    "「": "」",
    "『": "』",
    "‘": "’",
    '"': '"',
}
# How an outlet's name ends in the byline that opens a lead before a quotation (文成新闻网（记者 赵礼锋）“…” / 某某日报讯
# (记者 X)「…」 / 某某电视台（记者 X）: dates19)
# (dates19), and that opens a Taiwan byline before the stamp (警政時報/警政時報 蔡宗武2025.01.13 19:48 / 中央社 记者X …)
OUTLET_ENDS: tuple[str, ...] = ("网", "报", "台", "社", "电视台", "日报", "晚报")
# Words before a lead's month and day that put it in another year (dates19): 去年2月20日，… is no day of this report
PAST_YEAR_WORDS: tuple[str, ...] = ("去年", "前年", "上年", "去岁")

# What a publish day's label may NOT be (dates20): a date followed by a short word on its line is a news page's stamp
# with its column or a broken category after it (2017年1月6日    即時資訊 / 2020-07-22新闻5 / 2023-09-26・Array) only
# when the word names no weekday (the site's clock: 2024年03月29日 星期五) and no act or limit of the date itself
# (2021年3月5日印发 / 2021年3月5日起 / 2021年3月5日前: a print line, a start day, a deadline). Checked as the label's
# first characters, Simplified and Traditional.
STAMP_LABEL_NOT: tuple[str, ...] = (
    "星期",  # 2024年03月29日 星期五 (the site's clock)
    "周",  # 2024-03-29 周五
    "週",  # 2024-03-29 週五
    "礼拜",
    "禮拜",
    "印发",  # 2021年3月5日印发 (a print line)
    "印發",
    "发布",  # 2021年3月5日发布
    "發布",
    "发文",
    "發文",
    "公布",  # 2021年3月5日公布
    "通过",  # 2021年3月5日通过
    "通過",
    "施行",  # 2021年3月5日施行
    "实施",
    "實施",
    "生效",
    "签发",
    "簽發",
    "签署",
    "簽署",
    "制定",
    "颁布",
    "頒布",
    "批准",
    "修订",
    "修訂",
    "起",  # 2021年3月5日起 (a start day)
    "止",  # 2021年3月5日止
    "前",  # 2021年3月5日前 (a deadline)
    "以前",
    "之前",
    "后",  # 2021年3月5日后
    "後",
    "以后",
    "以後",
    "至",  # 2021年3月5日至 (a range)
    "到",
    "截止",
)

# A law database's field labels before a rule's adoption note on its line (dates20, law242infoeach: 【题注】 (2001年4月29日
# …会议通过 2001年6月3日…会议批准)): the note after the label is read as the note alone. The label in 【】, [] or ［］, or
# bare with a colon; Simplified and Traditional.
ADOPTION_NOTE_LABELS: tuple[str, ...] = (
    "题注",  # 【题注】 (2001年4月29日包头市第十一届人民代表大会第四次会议通过 …)
    "題注",
    "注",  # 【注】 (…会议通过)
    "修正注",
    "说明",  # 说明：（…会议通过）
    "說明",
)

# English keys of a publish line over a story (any case, the colon optional; a bullet may open the line): date
# 2026-02-27 / Posted: 2019-05-27, and (dates20) a Taiwan labour site's ``• Start date:2017-06-21`` — the date the page
# went up, not a deadline's (a key is read only where it opens the line, the date right after it)
EN_PUBLISH_KEYS: tuple[str, ...] = (
    "date",
    "time",
    "posted",
    "posted on",
    "posted at",
    "date posted",
    "published",
    "published on",
    "date published",
    "publish date",
    "publication date",
    "release date",
    "released",
    "released on",
    "date released",
    "issue date",
    "issued",
    "issued on",
    "start date",  # • Start date:2017-06-21 (tmsc: a release's post date)
    "updated",
)

# A relative day glued to its part of the day, opening or inside a lead's first clause (dates20, exmoo: 候任特首的政府班子
# 今早正式獲國務院任命): this morning, tonight, last night — the day is the first character's (今: the publish day, 昨: the day
# before). 昨夜 stays out (an earlier round's choice: a story's "last night" is often the night before the day before);
# 今年/今后/今夜 are no day.
RELATIVE_DAY_PART_WORDS: dict[str, str] = {
    "今早": "候任香港特首林郑月娥的政府班子今早正式获国务院任命",
    "今晨": "市长今晨召开防汛工作紧急会议",
    "今晚": "第二届艺术节今晚在市文化中心开幕",
    "昨晚": "市委常委会昨晚召开扩大会议",
    "昨晨": "省政府昨晨召开常务会议",
    "昨早": "特区政府昨早宣布…",
}

# The head of a meeting's minutes under a news page's publish line (dates20, mofa: 一、時 間:111年3月8日(星期二)上午11時 /
# 二、地 點:外交部一樓新聞中心): the time field's key and the place field's key that follows it (the characters of a key
# may stand apart: 時 間). The time field dates the meeting the minutes record — read only on or shortly before the
# publish day (a notice's meeting to come is no record's day).
MINUTES_TIME_KEYS: tuple[str, ...] = ("时间", "時間", "会议时间", "會議時間", "开会时间", "開會時間")
MINUTES_PLACE_KEYS: tuple[str, ...] = ("地点", "地點", "会议地点", "會議地點", "开会地点", "開會地點")

# Round dates21: a signature and its date on one line with a mark between them, as a page that flattened its
# layout table or its right-aligned block prints them (某某县人民政府 / 2019年3月5日, 某某县人民政府 | 2019年3月5日,
# 2019年3月5日 ／ 某某县人民政府). Only marks that never end a sentence or a name; a comma or a colon stays out
# (某某县人民政府，2019年3月5日 may be the words of a sentence). Each mark with the layout it comes from.
SIGNATURE_DATE_SEPARATORS: dict[str, str] = {
    "/": "某某县人民政府 / 2019年3月5日 (a right-aligned block flattened to one line)",
    "／": "某某县人民政府 ／ 二〇一九年三月五日 (the same, full width)",
    "|": "某某县人民政府 | 2019年3月5日 (a layout table's cells, its outer bars lost)",
    "｜": "某某县人民政府｜2019年3月5日 (the same, full width)",
    "·": "某某县人民政府 · 2019年3月5日 (a portal's byline dot)",
    "•": "某某县人民政府 • 2019年3月5日 (a bullet between the parts)",
}
