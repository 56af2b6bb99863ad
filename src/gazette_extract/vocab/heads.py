"""Document heads of the session-11 dev texts (issue 9, s11-heads11), as data.

Each entry: the word or mark, with a real line it occurs in. The patterns built from these
tables live with the stage that reads them (layout.documents, grammars.dates).
"""

from __future__ import annotations

from .common import CJK, alternation

# Bars that join a site's category label to a headline (文字解读┃关于对…的解读, SOURCES-W): box-drawing
# bars are printed between a column and its item, never inside a title. Left out: | and ｜ (a table's
# cell bars, read by the table readers) and the Han 丨, which earlier parts label as part of a news
# headline (快讯丨…开幕, 世界最资讯丨…代理区长: SOURCES-l, SOURCES-e).
CATEGORY_BARS: dict[str, str] = {
    "┃": "文字解读┃关于对沂水县《<政府工作报告>重点工作分工方案》的解读",
    "│": "政策解读│关于…实施方案的解读",
    "┆": "图文解读┆《某某县…办法》政策解读",
}

# What a column's label before a box-drawing bar ends with (政策解读│…, 要闻┃…, 部门动态│…, Traditional
# 要聞│…): the part before the bar is the site's column only when it ends in one of these nouns. A
# clause before the bar (高市警局高層換將│七分局長異動…: a unit and a verb, SOURCES yam-2025) is the
# headline's first half and stays in the title. Each entry: the word with a label it ends.
COLUMN_LABEL_ENDS: dict[str, str] = {
    "解读": "政策解读│关于…实施方案的解读",
    "解讀": "政策解讀│…",
    "要闻": "要闻│某某市召开…会议",
    "要聞": "要聞│…",
    "新闻": "本地新闻┃…",
    "新聞": "本地新聞┃…",
    "动态": "部门动态│…",
    "動態": "部門動態│…",
    "快讯": "快讯┃…",
    "快訊": "快訊┃…",
    "资讯": "政务资讯│…",
    "資訊": "政務資訊│…",
    "聚焦": "聚焦┃…",
    "专题": "专题│…",
    "專題": "專題│…",
    "公告": "通知公告│…",
    "头条": "今日头条┃…",
    "頭條": "今日頭條┃…",
    "热点": "热点│…",
    "熱點": "熱點│…",
    "图文": "图文┆…",
    "圖文": "圖文┆…",
    "时评": "时评│…",
    "時評": "時評│…",
    "评论": "评论│…",
    "評論": "評論│…",
    "速递": "政策速递│…",
    "速遞": "政策速遞│…",
    "播报": "政务播报│…",
    "播報": "政務播報│…",
    "视频": "视频│…",
    "視頻": "視頻│…",
    "观察": "基层观察│…",
    "觀察": "基層觀察│…",
    "文件": "政策文件│…",
    "发布": "权威发布│…",
    "發布": "權威發布│…",
    "信息": "政务信息│…",
    "关注": "社会关注│…",
    "關注": "社會關注│…",
}

# Keys of a byline printed before the lead on its line, a bar after them (撰文|高某某李某3月14日新华社消息，…:
# SOURCES mnsac-2023): the writers' names run into the lead's day (titles19).
BYLINE_BAR_KEYS: tuple[str, ...] = ("撰文", "撰稿", "作者", "文")

# What an outlet's report tag in brackets ends with when it opens a story's lead, no reporter named
# (【點新聞報道】十四屆全國人大二次會議今天（3月4日）…, SOURCES dotdotnews-2024; 【特訊】市政署…日前召開…, SOURCES
# sengpou-2019; 【大公報訊】… ; [星島消息]…): the lead's first words, never the line above going on (pages19).
REPORT_TAG_ENDS: tuple[str, ...] = (
    "报道",  # 【点新闻报道】
    "报导",  # 【中央社报导】 (報導 in Traditional)
    "讯",  # 【特讯】 / 【大公报讯】 / 【本报讯】
    "消息",  # 【星岛消息】
)
# Keys of the line that closes a notice's body when it is stored to its end without signature or date (pages19):
# 联系人：郭文静；联系电话：… (SOURCES sdlivc), 附件：2016年县政府重点工作任务分解表 (SOURCES zjc-2016). A notice
# stored from its recipients to such a line shows no field: no document (pipeline._shows_a_document).
NOTICE_END_KEYS: tuple[str, ...] = ("联系人", "联系电话", "联系方式", "咨询电话", "附件")

# A media tag in round brackets before a headline, printed as part of it ((有片)人大新聞發布會:今年不舉行總理記者會,
# SOURCES dotdotnews-2024; （视频）某某县召开… ; (组图)…): the line is the headline, not a subtitle in brackets (pages19).
MEDIA_TAG_WORDS: tuple[str, ...] = ("有片", "视频", "附视频", "图", "图片", "组图", "多图", "图文", "直播", "音频")

# Column labels that end like a report tag but head a list or a headline, not a lead (【资讯】…).
REPORT_TAG_NOT: tuple[str, ...] = ("资讯", "通讯")

# What a headline's credit after a slash ends with (第46次擴大主管會報縣長裁示事項/連江縣政府提供, SOURCES matsunews-2008;
# 某某活动圆满举行／县文旅局供稿): the provider of the item, never part of its title (titles19).
CREDIT_TAIL_WORDS: tuple[str, ...] = ("提供", "供稿", "供图", "供圖", "供文", "撰稿", "摄影", "攝影")

# How the headline of a policy interpretation ends: a page's own document (SOURCES-W: a policy
# interpretation is a document of its own), though 解读 is no official kind.
INTERPRETATION_ENDS: dict[str, str] = {
    "政策解读": "《〈政府工作报告〉2024年重点工作任务分工方案》政策解读",
    "的解读": "关于对沂水县《<政府工作报告>重点工作分工方案》的解读",
    "解读": "《某某县防汛应急预案》解读",
}

# A lone short line under a disclosure block that names a step or a field, not a title (公开程序,
# 正文, 内容): no document kind and at most this many characters.
LABEL_LINE_MAX = 6

# Where a converter dropped a text's numbers (a congress's ordinal lost: 鄂尔多斯市届人民代表大会常务委员会
# 第会议), a run of digits under the signature may have lost digits too: it is read as no date (the
# truth files of earlier parts label 202256 so on such a page). Each entry: the mark with its example.
DROPPED_NUMBER_MARKS: dict[str, str] = {
    "第会议": "常务委员会第会议 (第…次会议 without its ordinal)",
    "第次": "第次全体会议",
    "届人民代表大会": "市届人民代表大会 (preceded by a place's suffix, no ordinal: see the pattern)",
}

# A town's or street's site reposts its county's notice under its own 发布机构 (jk9a: 发布机构：某某县某某镇
# 人民政府 over a notice to 各乡镇人民政府): a body does not send a notice to its own kind, so the site's
# body is not the issuer. Each entry: the end of the 发布机构's name → the level word a recipients line
# names that kind with (各乡镇人民政府 / 各镇（街道） / 各乡（镇）人民政府 / 各街道办事处).
OWN_KIND_LEVELS: dict[str, str] = {
    "镇人民政府": "镇",
    "镇政府": "镇",
    "乡人民政府": "乡",
    "乡政府": "乡",
    "街道办事处": "街道",
    "苏木人民政府": "苏木",
}

# Wikisource's collection note, which closes its header (本作品收錄於《中华人民共和国国务院公报/1997年/第16号…):
# a title on the line right over it, under a document's own header, is the header's link to a related
# work (wikisourcem: 云南省人民政府关于撤销…的通知 under the 国务院 reply's date), not a document.
COLLECTION_NOTES: dict[str, str] = {
    "本作品收录于": "本作品收录于《国务院公报》1997年第16号",
    "本作品收錄於": "本作品收錄於《中华人民共和国国务院公报/1997年/第16号",
    "本作品收錄于": "(half-converted)",
    "本作品收录於": "(half-converted)",
}

# Short names of bodies a law database's issuer key prints (颁布时间:1997-10-17 发文单位:重庆市人大,
# odtgfuq): an organization, given as printed (SOURCES-W: a 发文机关 key's value as printed), though
# no suffix of a full name (人民代表大会常务委员会) ends it. Read only as a key's value.
KEYED_SHORT_BODIES: dict[str, str] = {
    "人大": "发文单位：重庆市人大",
    "人大常委": "发布部门：某某市人大常委",
    "政协": "发文单位：某某市政协",
}

# Words of a page's advertisement-slot label (自動輪播廣告(右)橫式1欄, penghudaily): a line holding 广告 and
# one of these names a slot of the layout, never a headline.
AD_SLOT_WORDS: dict[str, str] = {
    "轮播": "自动轮播广告（右）横式1栏",
    "横式": "自动轮播广告（上小）横式选举3栏",
    "直式": "广告 直式2栏",
    "栏": "广告（下小）横式选举3栏",
    "版位": "广告版位",
    # Traditional forms, for a line too short to be converted on a page printed mostly in Simplified
    "輪播": "自動輪播廣告(右)橫式1欄",
    "橫式": "自動輪播廣告(上小)橫式2欄",
    "欄": "廣告 橫式1欄",
}
AD_WORDS: tuple[str, ...] = ("广告", "廣告")

# What follows the level word where a recipients part names bodies of that kind: 各乡镇人民政府 /
# 各镇（街道） / 各乡镇 — not 各镇直单位 / 各镇属部门 (a town's own offices)
OWN_KIND_FOLLOWS: tuple[str, ...] = ("人民政府", "政府", "（", "(", "）", ")", "镇", "街道", "办事处", "、")

# How the place before a key's short body name ends (重庆市人大, 内蒙古自治区人大常委, 全国人大)
KEYED_SHORT_PLACE_ENDS: tuple[str, ...] = ("省", "市", "县", "区", "州", "旗", "盟", "全国")

# Whom a speech or report addresses on the line under its title (各位代表、同志们： / 尊敬的各位领导：):
# that line says the title above it is the speech's own (titles round 12)
ADDRESSEES: tuple[str, ...] = (
    "各位代表",
    "各位委员",
    "同志们",
    "代表们",
    "各位领导",
    "各位来宾",
    "各位嘉宾",
    "女士们",
    "先生们",
    "朋友们",
)
ADDRESS_HONORIFIC = "尊敬的"  # 尊敬的各位领导、各位来宾： (a few words after it)
# …and a plural of people, a few words before it (广大市民朋友们： / 亲爱的市民朋友们： / 全县父老乡亲们：)
ADDRESSEE_PLURALS: tuple[str, ...] = (
    "朋友们",
    "同志们",
    "代表们",
    "乡亲们",
    "同学们",
    "居民们",
    "市民们",
    "村民们",
    "家长们",
    "职工们",
    "老师们",
    "青年们",
    "朋友",  # 广大市民朋友： / 各位居民朋友： (without 们: a 倡议书's address as often; titles round 15)
)
# A speech's or report's own form word, last in its title (…在…会议上的讲话, 2022年…政府工作报告)
SPEECH_TITLE_WORDS: tuple[str, ...] = (
    "讲话",
    "致辞",
    "发言",
    "报告",
    "演讲",
    "贺词",
    "说明",
    # …or a letter's, addressed the same way (倡议书 / 公开信 / 致全市人民的一封信 / 慰问信)
    "倡议书",
    "公开信",
    "一封信",
    "慰问信",
    "感谢信",
    "贺信",
)
# The form word closing a speech's title of the grammar 在…上的X (县委书记在全县经济工作会议上的讲话): that
# grammar names a speech, never a headline's deck (某某出席并讲话) — titles round 12
SPEECH_FORMS: tuple[str, ...] = ("讲话", "总结讲话", "动员讲话", "讲话提纲", "致辞", "发言", "主持词", "报告", "演讲")
# …glued to the speech's text on a page's first line, which opens on its address (…上的讲话同志们，…) …
ADDRESS_OPENERS: tuple[str, ...] = ("同志们", "各位", "代表们", "尊敬的", "女士们", "朋友们", "亲爱的")
# …or opening a paragraph of the report under its title, the address said to the session mid-text (各位代表，过去的
# 四年中…: a page stored from the review's middle) — docs19
REPORT_ADDRESSES: tuple[str, ...] = ("各位代表", "各位委员", "同志们")
# …never on a phrase that goes on from the title (…在中央经济工作会议上的讲话精神，…: a sentence of a story)
SPEECH_GOES_ON: tuple[str, ...] = (
    "精神",
    "要求",
    "部署",
    "中",
    "时",
    "后",
    "的",
    "和",
    "及",
    "上",
    "等",
    "内容",
    "全文",
)
# …of those, the ones that never name a body a document is sent to (各位代表 / 同志们 stay read as the
# work reports' recipients, as before)
PEOPLE_ADDRESSEES: tuple[str, ...] = tuple(p for p in ADDRESSEE_PLURALS if p not in ("同志们", "代表们"))
# A template site's sentence under its page title that names it again (下面是小编为大家整理的X，供大家参考。):
# its X is the page's title as the site reads it (titles round 12)
TEMPLATE_INTRO_OPENERS: tuple[str, ...] = ("下面是小编为大家", "以下是小编为大家", "下面是小编为你", "以下是小编为你")
TEMPLATE_INTRO_VERBS: tuple[str, ...] = ("精心整理", "整理", "收集", "搜集", "带来", "分享", "推荐")
# A law database's field tags printed before a value in lenticular brackets (【题注】 （…会议通过） / 【章名】 第一章
# 总则): the value is the rules' note or a heading of their text, never a line of their title (titles round 12)
LAW_DB_TAGS: tuple[str, ...] = ("题注", "章名", "节名", "条文", "注释", "附注", "法规全文", "正文")
# The end of a body's name (某某局, 某某委员会, 某某公司): after a slash under a heading it names who issued or
# wrote it as an organ, never an essay's author — X/某某局 stays a candidate title (titles round 13)
ORGAN_NAME_ENDINGS: tuple[str, ...] = (
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "会",
    "处",
    "所",
    "站",
    "室",
    "中心",
    "政府",
    "公司",
    "集团",
    "组",
    "队",
    "署",
)
# Words that make a heading a session's name (区十三届人大三次会议 / 某市第十届人民代表大会第二次会议): a
# label …会议文件之二 over a report names that session's papers (titles round 13)
SESSION_LABEL_WORDS: tuple[str, ...] = ("届", "人大", "人民代表大会", "政协", "代表大会")

# How a page's heading opens when it is a title without its issuer's name, the red head under it printing the
# whole (关于印发…的通知 / 转发…的通知 over 辛集市人民政府办公室 / 关于印发…的通知: titles round 12)
ISSUERLESS_TITLE_OPENERS: tuple[str, ...] = ("关于", "转发", "印发", "批转", "颁发")

# A template or document-sharing site's collection heading (titles round 12): the words that count or label its
# texts — 2023年禁止燃放烟花爆竹通知（十3篇）（完整文档） / 关于批复范文（精选28篇） / 通知范文大全 (layout.chrome)
COLLECTION_COUNT_WORDS: tuple[str, ...] = ("精选", "通用", "优选", "推荐", "热门", "最新", "优秀", "实用", "共")
COLLECTION_TAGS: tuple[str, ...] = (
    "完整文档",
    "完整版文档",
    "可编辑",
    "可编辑版",
    "word版",
    "WORD版",
    "Word版",
    "免费下载",
    "全文下载",
)
# …and what a collection is called, followed by nothing, 大全/精选/汇编/合集, a count or a bracket
COLLECTION_NAMES: tuple[str, ...] = ("范文", "范本", "模板")

# ---------------------------------------------------------------------------------------------
# Doubtful titles (titles round 14, layout.doubt): a line the readers took as a page's title that is
# something else on any site. The title is withheld (null, warning doubtful-title) rather than state a
# false one. Each entry: the word or mark with a line it was read from (dev texts and probe FIT pages).
# ---------------------------------------------------------------------------------------------

# A question's words: a headline that asks, ending on ？ or ?, is an explainer's, a Q&A page's or a blog's
# (什么是政协提案？ / 北京与沈阳疫情对比，哪座城市面临更严峻的挑战？), never an official document's. A mark
# without one of these words stays (…印发流感大流行应急预案？: a converter's lost character, not a question).
QUESTION_WORDS: dict[str, str] = {
    "什么": "什么是政协提案？",
    "什麼": "什麼是政協提案？ (a Traditional page the script stage left as printed)",
    "哪": "哪座城市面临更严峻的挑战？ / 哪些情形 / 哪里",
    "怎么": "县级怎么转发市级文件？",
    "怎麼": "怎麼辦？",
    "怎样": "怎样申请？",
    "怎樣": "怎樣申請？",
    "如何": "如何办理居住证？",
    "为什么": "政府工作报告为什么关注民生？",
    "為什麼": "為什麼？",
    "为何": "为何延期？",
    "為何": "為何延期？",
    "多久": "政务服务清单公布多久？",
    "多少": "补偿标准是多少？",
    "几年": "区县党委几年换届一次？",
    "是否": "是否需要备案？",
    "能否": "能否补办？",
    "吗": "可以补办吗？",
    "嗎": "可以補辦嗎？",
    "呢": "该怎么办呢？",
    "谁": "谁来负责？",
}
# The words that ask without a question mark too: a Q&A page's or a search tag's heading printed without one
# (县府衙门是什么意思 / 县级如何转发上级文件 / 政府工作报告为什么关注民生, over a byline or an answer). Only
# when the line ends on no document kind (关于如何适用…的批复 is a court's reply, 关于是否…的请示 a request).
QUESTION_WORDS_BARE: tuple[str, ...] = (
    "什么",
    "什麼",
    "怎么",
    "怎麼",
    "怎样",
    "怎樣",
    "如何",
    "为什么",
    "為什麼",
    "为何",
    "為何",
    "哪",
    "多久",
)
# Names that hold a question's word and ask nothing: 《哪吒之魔童闹海》票房破百亿
QUESTION_WORD_NAMES: tuple[str, ...] = ("哪吒",)

# A site's spam inside the line read as the title: an injected list of porn links (欧美在线观看www-…一二三区-… /
# 精品无码av专区一区二区三区_…). Words no official title or news headline holds; 高清, 精品, 国产 alone are left out
# (高清视频监控系统建设方案, 精品旅游线路, 国产化替代工作方案 are titles).
SPAM_WORDS: dict[str, str] = {
    "在线观看": "欧美在线观看www-欧美在线观看高清一二三区",
    "一区二区": "国产高清在线精品一区二区",
    "一二三区": "欧美在线观看高清一二三区",
    "无码": "精品无码av专区一区二区三区",
    "av专区": "精品无码av专区",
    "毛片": "少妇人妻偷人毛片精品",
}
# A site's bar or link read as the title: a link, the contribution and download bar (我要投稿下载七一APP). Only on a
# line that ends on no document kind: a notice may name a site or an app (关于开通某某网站（www.example.gov.cn）的通知,
# 关于规范APP下载安装管理的通知).
SITE_BAR_WORDS: dict[str, str] = {
    "www.": "某某新闻网www.example.com",
    "http://": "http://www.example.gov.cn",
    "https://": "https://www.example.gov.cn",
    "我要投稿": "我要投稿下载七一APP",
}
# The download bar: 下载七一APP / APP下载 / 下载客户端 / 扫码下载 (a few characters between, the app's name)
DOWNLOAD_OBJECTS: tuple[str, ...] = ("APP", "App", "app", "客户端")
DOWNLOAD_GAP = 4

# Keys of a metadata block whose values were lost, read as a line of their own (著录日期 生效日期 under the
# block's other rows): a run of two or more such keys and nothing else is no title. The endings of a key.
EMPTY_KEY_ENDINGS: tuple[str, ...] = (
    "日期",  # 著录日期 生效日期 / 发布日期 成文日期
    "时间",  # 发布时间 生效时间
    "文号",  # 文号 / 发文字号 (字号 below)
    "字号",
    "索引号",
    "分类",  # 主题分类 体裁分类
    "机构",  # 发布机构
    "机关",  # 发文机关
    "有效性",
    "主题词",
)
EMPTY_KEY_MAX = 6  # a key's length, ending included (签发日期, 组配分类, 公开责任部门 is longer and left out)

# Round 15 (issue 9, s15-titles15): heads of single-document pages never seen, as data.

# A site's map link, the last words of a line that names it (杏运娱乐网站xml地图 / 网站地图 / 站点地图): a menu's link,
# never a headline. Only with the site word or the markup word before 地图: a title may end on a map
# (某某县发布文化旅游地图).
SITEMAP_LINK_ENDS: dict[str, str] = {
    "网站地图": "某某网网站地图",
    "站点地图": "站点地图",
    "xml地图": "杏运娱乐网站xml地图",
    "XML地图": "某某网XML地图",
    "html地图": "某某网html地图",
    "HTML地图": "某某网HTML地图",
    # Traditional forms, where the page is left unconverted (too few Traditional characters to convert it)
    "網站地圖": "某某網網站地圖",
    "站點地圖": "站點地圖",
    "xml地圖": "某某娛樂網站xml地圖",
    "XML地圖": "某某網XML地圖",
    "html地圖": "某某網html地圖",
    "HTML地圖": "某某網HTML地圖",
}
SITEMAP_LINK_MAX = 30  # a site's name and its map word; a longer line is prose

# A document-sharing site's upload fields around the file it offers (上传人：某某 上传时间：2024-09-13 格式：DOCX
# 页数：6 / - 文档编号:5043956 / 格式：doc 大小：57KB 页数：5页): two of them, on one line or on the lines under the
# file's name (法院公告常用格式.docx), say the file's name is the page's headline.
SHARED_FILE_KEYS: dict[str, str] = {
    "上传人": "上传人：萌运魔王 上传时间：2024-09-13",
    "上传者": "上传者：某某",
    "上传时间": "上传时间：2023-04-08",
    "上传日期": "上传日期：2023-04-08",
    "文档编号": "文档编号：517352",
    "文档格式": "文档格式：DOC",
    "格式": "格式：DOCX 页数：12",
    "页数": "页数：5页",
    "大小": "大小：57KB",
    "文档名称": "文档名称：",
    # Traditional forms, where the page is left unconverted
    "上傳人": "上傳人：某某",
    "上傳者": "上傳者：某某",
    "上傳時間": "上傳時間：2023-04-08",
    "上傳日期": "上傳日期：2023-04-08",
    "文檔編號": "文檔編號：517352",
    "頁數": "頁數：5頁",
}
SHARED_FILE_SCAN = 4  # lines under the file's name searched for its upload fields
# How the name of a file a notice attaches opens (附件1.某某名单.docx): that file is not the page's own
ATTACHED_FILE_WORDS: tuple[str, ...] = ("附件", "附表", "附录")
SHARED_FILE_TOP = 6  # the file's name opens the page: among its first lines

# How a bulletin's name ends (某某区打好经济增长主动仗简报 / 防汛工作快报 / 信访要情): a periodical of items, each under
# its own ● head; the name is its title, its date the one at its end. Left out: 动态 and 信息 (a news column's name:
# 工作动态, 政务信息).
BULLETIN_ENDS: dict[str, str] = {
    "简报": "某某区打好经济增长主动仗简报",
    "快报": "防汛工作快报",
    "专报": "某某信息专报",
    "周报": "疫情防控周报",
    "月报": "经济运行月报",
    "旬报": "农情旬报",
    "要情": "信访要情",
}

# A headline that reports an act of signing ends on the signed decree's kind but is no document's title (pages17):
# 习近平签署主席令 / 李强签署国务院令 / 习近平签署第72号主席令 (an e-paper's deck under the session's headline). The
# verbs, each with a headline that reports so; the decree's name follows within SIGNED_KIND_GAP characters.
SIGNING_VERBS: dict[str, str] = {
    "签署": "习近平签署主席令",
    "签发": "某某省长签发省政府令",
    "颁布": "国家主席颁布命令",
}
SIGNED_KIND_GAP = 12  # 签署第七十二号主席令 / 签署国务院令

# Round trad18: a page's share and print toolbar printed as a line of its own over the headline — *資料列印*推薦轉寄rss
# 分享 facebook分享 Plurk分享 (tncc 2016, dev: it was read as the first line of the title) —: each item a tool word,
# perhaps after a platform's name or a word (資料, 推薦, 友善), apart by spaces or asterisks. The tool words, each
# with a use.
SHARE_TOOL_WORDS: dict[str, str] = {
    "分享": "facebook分享 Plurk分享 (tncc, dev)",
    "列印": "*資料列印* (tncc, dev)",
    "打印": "打印本页",
    "转寄": "推薦轉寄 (tncc, dev)",
    "收藏": "加入收藏",
    "订阅": "RSS訂閱",
}
# The toolbar line itself: two to eight items, each a tool word after at most 12 letters or four Chinese characters
# (a platform's name, 资料, 推荐), apart by spaces or asterisks; nothing else on the line.
SHARE_BAR_PATTERN = (
    r"^[*＊\s]*(?:(?:[A-Za-z]{0,12}|["
    + CJK
    + r"]{0,4}?)(?:"
    + "|".join(sorted(SHARE_TOOL_WORDS, key=len, reverse=True))
    + r")[*＊\s]*){2,8}$"
)


# An image's file name alone on a line (470fef0e…_p2_b.jpg; 微信截图_20250120095400.jpg over jschina's headline, which the
# joiner ran into it: titles20): letters, digits, CJK and path marks, then an image's extension (layout.chrome.is_image_line,
# text.normalize: it stands alone)
IMAGE_FILE_PATTERN = r"[\w./\\:：-]{1,120}[.．](?:jpe?g|png|gif|bmp|webp|tiff?|svg)"
# …and one image or more in Markdown filling a line: ![](http://…/a.jpg) / ！[图片](…) (text.normalize folds ! to full width
# beside Chinese text; layout.chrome.is_image_line and text.normalize read it — one pattern for both: rev19)
MD_IMAGE_LINE_PATTERN = r"^(?:[!！][\[［][^\]］\n]{0,80}[\]］][(（][^)）\s]{1,200}[)）]\s*)+$"
# …and a document's file name alone on its line, a sharing site's or converter's heading over the document's own text
# (关于印发…纲要的通知.doc over 赣区府发〔2021〕3 号 赣州市赣县区人民政府 关于印发…的通知 …: SOURCES chddh-2021, pages20):
# no blank and no sentence mark in it (a sentence that ends on a file name goes on), then a document's extension.
# It stands alone (text.normalize): the joiner ran it into the number line, which then stood alone no more.
# Round issues21: the file's name may open on the document's number and a colon or a blank before its title
# (邹政办字〔2019〕33号:关于印发…的通知.pdf, a PDF library's heading: SOURCES chddh-2019; 某政发〔2021〕3号 关于….docx);
# without it the colon made the line a key and its value, and the joiner ran it into the library's fields under it.
DOCUMENT_FILE_NUMBER_PATTERN = r"(?:[^\s，。；：:,;！？!?]{1,40}?[号號][：:\s])?"
DOCUMENT_FILE_PATTERN = (
    DOCUMENT_FILE_NUMBER_PATTERN + r"[^\s，。；：:,;！？!?]{1,160}?[.．](?:docx?|wps|pdf|rtf|ofd|txt)"
)

# Round issues21: a template's fields (a 公文 handbook's 函 layout, a 公文格式 page): the numerals of a keyed date or
# number printed as slot marks — 发文日期：中华民国000年00月00日, 发文字号：○○字第0000000000号, 成文日期：XXXX年XX月XX日,
# 文号：X政发〔20XX〕X号, □□□□年□□月□□日. A keyed block whose dates and numbers are all such opens no document
# (SOURCES csptc: the line under it had become a false title). Two runs of marks: those that are never a numeral
# (two of them make a slot, real digits beside them or not: 20XX) …
TEMPLATE_SLOT_MARKS: dict[str, str] = {
    "X": "XXXX年XX月XX日 / X政发〔20XX〕X号",
    "x": "xxxx年xx月xx日",
    "Ｘ": "ＸＸＸＸ年ＸＸ月ＸＸ日",
    "×": "××〔××××〕××号",
    "*": "****年**月**日",
    "＊": "＊＊＊＊年＊＊月＊＊日",
    "□": "□□□□年□□月□□日",
}
# … and zeros, which a real value prints too (二○○五年十二月十日, 国发〔2000〕1号): two of them make a slot only in a value
# with no other numeral (中华民国000年00月00日, ○○字第0000000000号)
TEMPLATE_ZERO_MARKS: dict[str, str] = {
    "0": "中华民国000年00月00日 / 第0000000000号",
    "０": "０００年００月００日",
    "○": "○○字第…号 / ○○○○年○○月○○日",
    "〇": "〇〇〇〇年〇〇月〇〇日",
}
TEMPLATE_REAL_NUMERALS = "123456789１２３４５６７８９一二三四五六七八九十"

# A teaser's "more" link closing its line: a sidebar's summary of another page (奉化市中医医院是一所…国家二级甲等综合性
# 中医院，是奉... [ 详细 ] over the story's headline — SOURCES qiuyi, apages20): the words a link says, in brackets
# ([ 详细 ], 【详情】, ［更多］) or before/after arrows (详细>>, 更多>>, >>更多, 阅读全文»). The line stands alone (the
# joiner ran it onto the headline) and is site chrome, never a title.
MORE_LINK_WORDS: tuple[str, ...] = ("详细", "详情", "更多", "阅读全文", "查看全文", "查看详情")
MORE_LINK_PATTERN = (
    r"(?:[\[【［]\s{0,3}(?:WORDS)\s{0,3}[\]】］]|(?:WORDS)\s{0,3}(?:>>|＞＞|»)|(?:>>|＞＞|»)\s{0,3}(?:WORDS))$".replace(
        "WORDS", "|".join(MORE_LINK_WORDS)
    )
)

# Round titles20: one tool's label alone on its line, under the headline — 分享到： (loriforfreedom 2023, dev: the
# joiner ran it onto the headline, which then ended in a colon and was no title) —: the label, perhaps behind an
# opening bracket the page never closed (【字號：), its colon optional, nothing else on the line. Each with a use.
TOOL_LABELS: dict[str, str] = {
    "分享到": "分享到： (loriforfreedom, dev)",
    "分享至": "分享至：",
    "分享": "分享： (am730's 分享: over its credit)",
    "转发到": "转发到：",
    "转发至": "转发至：",
    "字号": "【字號： (loriforfreedom, dev)",
    "字体": "字体：",
    "打印本页": "打印本页",
    "收藏本页": "收藏本页",
}
# A tool's label may also stand between dashes, dots, rules or stars (titles22 and audit20, both from daxianglvshi, dev:
# —分享— was read as the first words of the title under it): —分享— / -分享- / ——分享到—— / ·分享· / ─分享─ / *分享* /
# 〖分享〗 — at most three marks a side
_TOOL_LABEL_OPEN = r"[【\[［〖<＜—–\-－─~～*＊·•]{0,3}"
_TOOL_LABEL_CLOSE = r"[】\]］〗>＞—–\-－─~～*＊·•]{0,3}"
TOOL_LABEL_PATTERN = (
    r"^"
    + _TOOL_LABEL_OPEN
    + r"\s{0,2}(?:"
    + "|".join(sorted(TOOL_LABELS, key=len, reverse=True))
    + r")\s{0,2}[:：]?\s{0,2}"
    + _TOOL_LABEL_CLOSE
    + r"$"
)

# Round titles23: a site's link bar printed as a line of its own over the headline — 投稿邮箱  返回首页  加入收藏关于我们
# (myscxx 2015, dev: the joiner ran it, across two blank lines, onto the headline, which became the title's end) —: two
# links or more, each a word of a site's bar, apart by spaces, pipes, slashes or dots, or glued; nothing else on the
# line. The words, Simplified and Traditional, each with a use (layout.chrome reads them as chrome words too).
SITE_LINK_WORDS: dict[str, str] = {
    "投稿邮箱": "投稿邮箱  返回首页 (myscxx, dev)",
    "投稿郵箱": "投稿郵箱",
    "投稿信箱": "投稿信箱 | 联系我们",
    "在线投稿": "在线投稿 | 网站地图",
    "我要投稿": "我要投稿",
    "返回首页": "返回首页  加入收藏 (myscxx, dev)",
    "返回首頁": "返回首頁",
    "设为首页": "设为首页 | 加入收藏",
    "設為首頁": "設為首頁",
    "加入收藏": "加入收藏关于我们 (myscxx, dev)",
    "收藏本站": "收藏本站 | 联系我们",
    "关于我们": "加入收藏关于我们 (myscxx, dev)",
    "關於我們": "關於我們",
    "联系我们": "联系我们 | 网站地图",
    "聯繫我們": "聯繫我們",
    "聯絡我們": "聯絡我們",
    "网站地图": "网站地图",
    "網站地圖": "網站地圖",
    "网站声明": "网站声明 | 联系我们",
    "免责声明": "免责声明",
    "版权声明": "版权声明",
    "意见反馈": "意见反馈",
    "帮助中心": "帮助中心",
}
_LINK_GAP = r"[\s|｜/／·•、]{0,4}"
SITE_LINK_BAR_PATTERN = rf"^(?:{_LINK_GAP}(?:{alternation(SITE_LINK_WORDS)})){{2,12}}{_LINK_GAP}$"

# Round titles23: a page template's opening or closing mark in English, alone on its line — The Beginning over the
# title, THE END under the signature (jxyuer 2022, dev: The Beginning was read as the title's first words): the mark,
# perhaps between dashes, dots or stars, nothing else. Never a title nor part of one (layout.chrome, layout.documents).
TEMPLATE_MARK_PATTERN = (
    r"^[\s\-－—–_·•~～*＊=#]{0,4}(?:the\s{0,2})?(?:beginning|begin|end)[\s\-－—–_·•~～*＊=#.!！]{0,4}$"
)

# A share hint: the page tells how to share it (titles22), printed where the headline stands — 即可将网页分享至朋友圈
# (uestc, dev: the stored text opened on it, and it was taken as the story's title) / 点击右上角分享到朋友圈 /
# 扫一扫分享到微信 / 长按二维码转发给好友. A hint's word (SHARE_HINT_WORDS) and a share verb with its target
# (SHARE_TARGETS): a headline about sharing (我市分享发展成果, 张三的照片转发到朋友圈后走红) names no hint.
SHARE_HINT_WORDS: tuple[str, ...] = (
    "即可",  # 即可将网页分享至朋友圈
    "点击",  # 点击右上角分享到朋友圈
    "點擊",
    "点此",
    "长按",  # 长按二维码转发给好友
    "長按",
    "扫一扫",  # 扫一扫分享到微信
    "掃一掃",
    "扫描",
    "掃描",
    "扫码",
    "掃碼",
    "右上角",
)
SHARE_TARGETS: tuple[str, ...] = ("朋友圈", "微信好友", "好友", "微信", "微博", "QQ空间", "QQ好友")
# …the share verbs and the words before the target (rev20: moved here from layout.doubt's pattern)
SHARE_VERBS: tuple[str, ...] = ("分享", "轉發", "转发", "發送", "发送")
SHARE_TARGET_LEADS: tuple[str, ...] = ("至", "到", "给", "給")
SHARE_HINT_MAX = 40  # characters of the whole hint line

# A blog's or a CMS's archive of one tag or category heading its page (pages18): 标签 : 特区政府 下的文章 收藏此标签 /
# 标签：某某 / Tag: 某某 的文章 / 分类：要闻 下的文章 / 归档：2021年6月 — what follows are other pages' headlines with
# their snippets and stamps: the page opens no document (as a site search's results do)
ARCHIVE_KEYS: tuple[str, ...] = ("标签", "標籤", "标籤", "tag", "tags", "分类", "分類", "归档", "歸檔", "文章归档")
ARCHIVE_ENDS: tuple[str, ...] = ("下的文章", "的文章", "下的帖子", "的帖子", "下的内容", "相关文章", "文章列表")
ARCHIVE_TAILS: tuple[str, ...] = ("收藏此标签", "收藏此標籤", "订阅此标签", "RSS")


# A label over a run of names that is a list of people, not a site's menu (pages18): 任命： 张三 李四 … / 成员： … /
# 出席会议的有： … — the label of a menu line (layout.chrome.is_menu_line) never ends so
NOT_MENU_LABEL_ENDS: tuple[str, ...] = (
    "决定",
    "任命",
    "免去",
    "任免",
    "名单",
    "成员",
    "组长",
    "主任",
    "委员",
    "如下",
    "有",
    "是",
    "为",
    "人员",
    "同志",
)

# Session 18 (the lead): three more kinds of line that no page prints as its own title, found as false titles on the
# round's new dev pages (am730, yam, 360elib) and written for their whole family.
# (1) A publish stamp and nothing else: keys of a portal's byline, each with a date or a time as its value
# (出版:2026-Feb-11 16:55 更新:2026-Feb-11 16:55 / 发布时间：2023-03-17 08:00 | 更新时间：… / 發佈日期 2021/3/5). The keys
# beside the byline keys of vocab.datelines (PUBLISH_DATE_KEYS, UPDATE_STAMP_KEYS, POSTED_KEYS): the bare ones a stamp
# prints.
STAMP_TITLE_KEYS: tuple[str, ...] = ("出版", "出版时间", "出版日期")  # the rest: vocab.datelines (PUBLISH_DATE_KEYS …)
# the English month names a stamp may print between its digits (2026-Feb-11, 11 Feb 2026)
STAMP_MONTH_NAMES: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
# The months an English-order stamp names (dates20: Apr. 09, 2024 / April 9, 2024 / 9 April 2024 under a headline),
# full and short, any case: each with its number
EN_MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# (2) A site's bar of search terms or hot topics under its label, opening the line (热门:油价 美元汇率 … / 热搜：… /
# 大家都在搜：…): the labels. Only with the colon, at the line's start: a headline may hold 热门 (热门景区…).
TERM_BAR_LABELS: tuple[str, ...] = (
    "热门",
    "热搜",
    "热门搜索",
    "热门标签",
    "热门关键词",
    "热词",
    "热点推荐",
    "相关搜索",
    "大家都在搜",
    "搜索热词",
)
# (3) An e-paper's label of the paper, page or issue being shown, opening the line (当前报纸名称:慈溪日报 / 当前版面：
# A01 / 当前期：第1234期): the words after 当前.
EPAPER_CURRENT_LABELS: tuple[str, ...] = ("报纸名称", "报纸", "版面", "版次", "期次", "期", "日期")
# (4) Round titles20: a CMS's label of the item's category, opening the line with its colon and one short value
# (Categories: 未分類 over a blog's copy of a press release, fivingue 2021, dev: it was taken as the title) — the keys,
# in the spellings blogs and portals print (Traditional keys are read after conversion).
CATEGORY_LABEL_KEYS: tuple[str, ...] = (
    "categories",
    "category",
    "分类",
    "文章分类",
    "所属分类",
    "栏目",
    "所属栏目",
    "归属栏目",
    "所在栏目",
    "类别",
)
CATEGORY_VALUE_MAX = 16  # the category's name: a word or two (未分类, 要闻动态), never a headline
# (5) A broadcaster's or paper's name alone, perhaps with the day after it, over a story: the outlet, never the
# story's title (原住民族電視台    2010/07/28 over 維持鄉政運作 陳文書任代理鄉長 — tipp 2010; 某某日报 2021-03-16). The
# words the name ends in (apages19).
OUTLET_NAME_ENDS: tuple[str, ...] = ("广播电视台", "电视台", "广播电台", "电台", "日报", "晚报", "新闻网")
# (6) A byline in round brackets alone, a story's writer and the unit that sent it: never the story's title
# ((党委宣传部 张汉仙) over a university's news, wynu; （记者 张三）; （通讯员 李四）). The words a sending unit ends
# in, and the keys a writer's name may follow (apages19).
BYLINE_UNIT_ENDS: tuple[str, ...] = ("宣传部", "部", "处", "办", "室", "中心", "站", "社", "组", "科", "馆")
BYLINE_WRITER_KEYS: tuple[str, ...] = ("记者", "通讯员", "特约记者", "实习生", "撰稿", "供稿", "文", "图", "文/图")
# The phrases by which a notice's body proclaims its own kind (现就有关事项公告如下 / 特此通告 / 现予公告), "{kind}" standing
# for the kind its title ends in: a titled notice signed and dated that says so is the page's document though its title
# names no 关于 (某区区委书记大接访活动公告 / 中共某区委员会 / 2018年1月18日) — docs19
PROCLAIMING_PHRASES: tuple[str, ...] = ("{kind}如下", "特此{kind}", "现予{kind}")
# …the kinds a body proclaims so
PROCLAIMED_KINDS: tuple[str, ...] = ("公告", "通告", "通知", "决定", "公示", "通报")

# A converter's dump of an official notice prints its title glued to what follows it on one line (pages20): the
# recipients (…的通知各乡镇人民政府：…) or, with none, the body's first words. These open a notice's body: 经中央领导
# 同志批准同意，现将… (SOURCES 777doc-2015), 现将…印发给你们, 根据…, 按照…, 为进一步… — read only right after a title
# of an official kind that opens its line, and only when a signature's date stands later on the same line.
GLUED_BODY_OPENERS: tuple[str, ...] = ("经", "现将", "现就", "根据", "按照", "依据", "为进一步", "为了", "为")
# Page furniture a PDF dump prints before the title on its line: a page number (1), an annex's mark (附件1),
# the page's count (第1页共18页)
GLUED_FURNITURE_WORDS: tuple[str, ...] = ("附件", "附", "第", "页", "共")
# Verbs of a sentence that names a report (会议听取了某某县人民政府工作报告… / 审议通过…报告): words before a glued
# report's speaker that hold one are no title (layout.runon.split_glued_report, pages20).
REPORT_NAMING_VERBS: tuple[str, ...] = ("听取", "审议", "通过", "批准", "作了", "所作", "认为", "指出")


# A writer's and a photographer's credit after their names, the two apart by a space (titles22): 6186 本部 鄭桂珍文
# 魏麗莉圖 (jilinechu, dev: a company paper's issue number and desk, then the credits — taken as the story's title) /
# 张三 文 李四 摄 / 张三/文 李四/图 / 记者 张三 文 李四 摄影. Each word closes a name of 2 to 4 characters.
CREDIT_WRITER_WORDS: tuple[str, ...] = ("文", "撰文")
CREDIT_IMAGE_WORDS: tuple[str, ...] = ("图", "圖", "摄", "攝", "摄影", "攝影", "供图", "供圖")

# An outlet's tag before its headline, closed by a slash (titles22): 即/吳澤成接政委 陳金德接任宜蘭縣代理縣長 (twbg3, dev:
# the tag was kept in the title) / 快訊／… / 獨家/… / 影／… — a closed list, so a credit (文/张三, 图/记者…) or a
# ratio (1/3) is never one; the pipeline reads Simplified text, the Traditional spellings are kept for other callers
HEADLINE_SLASH_TAGS: tuple[str, ...] = (
    *("即", "即时", "即時", "快讯", "快訊", "独家", "獨家", "影", "影音", "视频", "視頻", "直播", "更新", "最新"),
    *("突发", "突發", "专访", "專訪", "图辑", "圖輯", "懒人包", "懶人包"),
)

# audit20: words that never stand in a recipient's name — a "recipients" line holding one is a sentence ending in a
# colon, or page furniture the joiner ran onto the real recipients line above it; its items would be false
# recipients, so the line gives none (layout.fields). Each with the dev page where the false recipient stood.
RECIPIENT_NOT_UNIT_WORDS: dict[str, str] = {
    "以下简称": "为贯彻落实《…办法》（以下简称《试行办法》），…，提出以下意见： (qdfenshua 2014)",
    "下列": "一、中国澳门驻葡萄牙经济贸易代表处（以下简称代表处）由下列机关组成： (bo-io 2000)",
    "如下": "…具体事项如下：",
    "提出": "…，提出以下意见：",
    "贯彻落实": "为贯彻落实…： (qdfenshua 2014)",
    "审核后": "公开程序 门编制，经办公室审核后公开 公开时限 长期公开 + 各乡（镇、街道）人民政府…： (gzch 2018)",
    "公开程序": "公开程序 门编制 (gzch 2018: a disclosure table's key; 政务公开办公室 is a unit, 公开 alone is no sign)",
    "公开时限": "公开时限 长期公开 (gzch 2018)",
    "收录": "本作品收錄於《中华人民共和国国务院公报/1997年/第16号 + 云南省人民政府： (wikisourcem 1997)",
}
# …and forms that never stand in one: a run of five digits or more (a telephone number: 安神殡仪4000253450 in 025bs's
# recipients, a spam insert), a full year (1997年 / 2020年10月7日李扬镇长调度秸秆禁烧工作： julu 2020, a news item's
# head), an item number alone (一、…： bo-io 2000). rev20: a troop's number is a unit's name (中国人民解放军61001部队 /
# 武警32001部隊: a run of digits before 部队 is no telephone number), and so is a year's 年度 (2020年度安全生产先进单位
# names the units of a commendation); the digit run is looked for from its first digit only, so a long run is linear.
RECIPIENT_NOT_UNIT_PATTERN = (
    r"(?<![0-9０-９])[0-9０-９]{5,}(?![0-9０-９]|部队|部隊)|(?:19|20)[0-9]{2}年(?!度)"
    r"|^[一二三四五六七八九十]{1,3}$|^[0-9]{1,3}$"
)

# audit20: a download or view button printed after an attachment's name — 附件：阿坝州…录用人员名单（点击下载）
# (ikletv 2019, dev: the button was kept in the attachment's title). In a bracket, or opening with 点击/点此 bare.
ATTACHMENT_BUTTON_WORDS: dict[str, str] = {
    "下载": "（点击下载） / [下载] (ikletv, dev)",
    "查看": "（点击查看）",
    "预览": "（在线预览）",
    "浏览": "（点击浏览）",
}
ATTACHMENT_BUTTON_PATTERN = (
    r"(?:[（(【\[［<＜][ \u3000]{0,2}(?:点击|点此|在线)?(?:"
    + "|".join(ATTACHMENT_BUTTON_WORDS)
    + r")[ \u3000]{0,2}[）)】\]］>＞]|(?:点击|点此)(?:"
    + "|".join(ATTACHMENT_BUTTON_WORDS)
    + r"))$"
)
# A content site's reading-time line over its article (pages21): the article's length in characters, the minutes it
# takes, or both, and nothing else — 本篇文章195字,读完约1分钟 (SOURCES ma86dd3), 本文约1070字，阅读需要3分钟, 全文共2345字
# 阅读大约需要5分钟, 预计阅读时间：5分钟. No page prints it as its title (layout.doubt withholds it; the headline search
# passes over it). The words that open its count part…
READING_COUNT_HEADS: tuple[str, ...] = ("本篇文章", "本篇", "本文", "全文", "文章", "正文")
# …the words before the count (约 / 共 / 共计)…
READING_COUNT_WORDS: tuple[str, ...] = ("约", "共", "共计", "总计", "大约", "共有")
# …and the words of its time part, before the minutes (读完约1分钟 / 阅读需要3分钟 / 阅读时间约5分钟 / 阅读时长：4分钟)
READING_TIME_WORDS: tuple[str, ...] = ("读完", "阅读", "阅读时间", "阅读时长", "预计阅读时间", "预计阅读", "阅读完")
READING_TIME_QUALIFIERS: tuple[str, ...] = ("约", "大约", "需要", "需", "约需", "大约需要", "仅需", "预计")
# The key of a page's address line, a copy-link widget's second line under the page's title key after the story
# (標題:翠云路街道辦事處開展小廣告進行專項治理 / 地址:http://…/2377.html, SOURCES ma86dd3; pages21)
PAGE_ADDRESS_KEYS: tuple[str, ...] = (
    "地址",
    "网址",
    "链接",
    "本文地址",
    "本文链接",
    "原文地址",
    "原文链接",
    "文章链接",
    "永久链接",
)
# A reprint's note of its original title, printed after the story in brackets ((原題為《…》), SOURCES kxwhcb;
# 原标题为“…” ; 原题：…): the keys, before an optional 为/是 and colon (pages21)
ORIGINAL_NOTE_KEYS: tuple[str, ...] = ("原标题", "原题目", "原题", "原文标题")
# An aggregator prints the headline, the outlet's name and the publish stamp on one line, apart by blanks
# (上海取得重大阶段性成果!政府部署…发展 上游新闻     2022-05-31 21:10, SOURCES 1net; pages21): the words an outlet's
# name ends in there (a newspaper, a site, an app, an account)
STAMP_OUTLET_ENDS: tuple[str, ...] = (
    "新闻",
    "新闻网",
    "日报",
    "晚报",
    "早报",
    "时报",
    "商报",
    "网",
    "电视台",
    "客户端",
    "发布",
    "融媒",
    "资讯",
    "头条",
    "号",
)
# A lead that opens on its source: 据 + the source (up to 30 characters) + one of these + a comma (据…新闻中心消息， /
# 据县林业局介绍，): the story begins there — after a headline's second printing run into it (SOURCES tsrb; pages21)
ATTRIBUTION_LEAD_VERBS: tuple[str, ...] = ("消息", "介绍", "报道", "报导", "了解", "获悉", "通报", "统计", "悉")
# A web novel's chapter page (apages20): its chapter heading (第1402章 庆和县县委书记，代县长！ / 第115章 胡兴国任县长…
# （第2/6页）) over a story in which officials read out appointments. Fiction states no real change: the page opens no
# document. The heading alone is a regulation's too (第一章 总则), so the page must also print a mark of a novel
# site's furniture near its top: one of these words (零点看书 > … > 第1402章 / 关灯 护眼 — SOURCES fybom; 看后求收藏(猫扑小说…)
# — mpzw), or a chapter's page count right after the heading ((第1/2页), (2 / 8)).
FICTION_SITE_MARKS: tuple[str, ...] = (
    "小说",  # 猫扑小说, 小说网, 都市小说
    "看书",  # 零点看书
    "书签",  # 加入书签
    "书架",  # 加入书架
    "求收藏",  # 看后求收藏
    "章节目录",  # 章节目录 第112章 大变动
    "上一章",  # 上一章 / 下一章
    "下一章",
    "最新章节",
    "本章未完",  # 本章未完，请点击下一页继续阅读
    "护眼",  # 关灯 护眼
    "书友",  # 书友推荐
)

# Round titles24: the marks of the page's furniture that converters glue onto a title's own line (layout.titleglue):
# a line holding none of them (or a crumb's arrow, a pipe, a date's year) is never tried for a cut. Each word opens a
# furniture piece that layout.chrome or text.newshead already reads on a line of its own; Simplified and Traditional.
TITLE_GLUE_MARKS: tuple[str, ...] = (
    "发布",  # 关于…的通知 发布时间：2021-03-05 10:20
    "發佈",  # …的通知 發佈時間：2021-03-05
    "發布",
    "来源",  # … 来源：某某县政府办
    "來源",
    "作者",  # … 作者：李四
    "浏览",  # … 浏览次数：123
    "瀏覽",
    "点击",  # … 点击：45
    "點擊",
    "阅读",  # … 阅读：123
    "閱讀",
    "访问",  # … 访问量：1234
    "字号",  # … 字号：大 中 小
    "字號",
    "字体",  # … 【字体：大 中 小】
    "字體",
    "打印",  # … 打印 关闭 / 【打印】【关闭】
    "列印",
    "关闭",
    "關閉",
    "分享",  # … 分享到：
    "记者",  # … 记者 张三
    "記者",
    "通讯员",  # … 通讯员 李四
    "通訊員",
    "编辑",  # … 编辑：王五
    "編輯",
    "索引号",  # … 索引号：000014349/2021-00012
    "索引號",
    "首页",  # 首页 > 政务公开 > …
    "首頁",
    "位置",  # 当前位置：首页>>通知公告>>…
)
# …the keys of a byline glued after a title (… 记者 张三 / … 通讯员：李四), Simplified and Traditional
TITLE_GLUE_BYLINE_KEYS: tuple[str, ...] = ("特约记者", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生")
# …the keys whose value is an index number or a count, glued after or before a title (… 索引号：000014349/2021-00012,
# … 阅读次数：1234次); a line of its own of these is a metadata row or a counter
TITLE_GLUE_KEYS: tuple[str, ...] = (
    *("索引号", "索引號", "阅读次数", "閱讀次數", "浏览次数", "瀏覽次數", "点击数", "點擊數", "点击量", "阅读", "閱讀"),
    *("点击", "點擊", "浏览", "瀏覽", "访问量", "訪問量"),
)
# …the keys of a publish line's or a page's keyed part glued after a title (… 来源：某某县政府办 / … 作者：李四 /
# … 字号：大 中 小 / … 發佈時間：…), beside vocab.datelines.PUBLISH_DATE_KEYS (its bare 日期/时间/更新 left out: a title may
# end on them before a colon of its own)
TITLE_GLUE_TAIL_KEYS: tuple[str, ...] = (
    *("来源", "來源", "信息来源", "信息來源", "作者", "编辑", "編輯", "责任编辑", "責任編輯", "发布者", "發佈者"),
    *(
        "发布机构",
        "發佈機構",
        "发布单位",
        "字号",
        "字號",
        "字体",
        "字體",
        "發佈時間",
        "發佈日期",
        "發布時間",
        "發布日期",
    ),
)
# …the print and share bar's words glued after a title, beside vocab.datelines.DATE_TAIL_TOOLS (Simplified, bracketed
# there): bare or bracketed, Traditional too (… 列印 關閉 / … 分享到：)
TITLE_GLUE_TOOLS: tuple[str, ...] = ("关闭", "關閉", "关闭窗口", "關閉視窗", "列印", "打印", "分享到", "分享至")
