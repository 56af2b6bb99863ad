"""Vocabulary of the document-number grammar (:mod:`gazette_extract.grammars.docnumber`), as data:
where the issuing agency of a cited number (国发〔2018〕41号) begins. Each entry with the sentence
it comes from.
"""

from __future__ import annotations

# Words that end the running text before an agency: the agency starts right after the last one.
# Each is followed by a real sentence it comes from. Longer words first where one contains
# another (按照 before 按), so the boundary lands after the whole word.
AGENCY_STOP_WORDS: tuple[str, ...] = (
    # verbs that introduce a cited number
    "按照",  # 按照国办发〔2020〕44号文件要求
    "根据",  # 根据国家税务总局公告2018年第28号
    "依据",  # 依据财政部令第12号
    "依照",  # 依照中华人民共和国国务院令第707号
    "参照",  # 参照国办发〔2018〕115号执行
    "遵照",  # 遵照国发〔1986〕97号
    "对照",  # 对照国办发〔2018〕117号逐项落实
    "落实",  # 严格落实国办发明电〔2020〕24号精神
    "贯彻",  # 认真贯彻国发〔2018〕42号
    "执行",  # 继续执行国办发〔1996〕2号
    "印发",  # 现印发国办发〔2018〕123号
    "转发",  # 转发国办发〔1996〕54号
    "下发",  # 下发京政发〔2021〕1号
    "废止",  # 废止国办发〔2016〕82号
    "修改",  # 修改国务院令第142号
    "修订",  # 修订国令第707号
    "签署",  # 总理签署国务院令第707号
    "学习",  # 全市上下认真学习国务院令第707号
    "发布",  # 发布国家税务总局公告2018年第28号
    "公布",  # 公布中华人民共和国国务院令第707号
    "关于",  # 关于国发〔2018〕42号的落实情况
    "颁布",  # 颁布国家税务总局公告2018年第28号
    "作出",  # 被告作出怀水罚字[2017]第27号《行政处罚决定书》
    "出台",  # 省政府出台鄂政发〔2018〕26号
    "下达",  # 市财政局下达某财预〔2019〕12号
    "制发",  # 县政府制发某政发〔2019〕3号
    "发出",  # 国务院发出国发〔1993〕50号
    "颁发",  # 两部委联合颁发财协字〔2000〕56号
    "签发",  # 县长签发某政发〔2019〕3号
    "出具",  # 出具某检字〔2019〕3号报告
    "收到",  # 收到某政办发〔2019〕3号后
    "接到",  # 接到某政办发〔2019〕3号后
    "文件",  # 区政府文件京平政发〔2021〕1号
    # document kinds that end a cited title written without 《》
    "通知",  # 的通知国办发〔2016〕82号
    "意见",  # 的意见京平政农发〔2019〕2号
    "决定",  # 的决定国发〔2004〕20号
    "请示",  # 的请示鄂政文〔2004〕15号
    "报告",  # 的报告国办发〔1997〕2号
    "批复",  # 的批复国函〔2006〕132号
    # single characters that never occur in an agency abbreviation
    "按",  # 按国办发〔2020〕44号执行
    "依",  # 依国令第707号
    "据",  # 据国发〔2018〕42号
    "见",  # 详见国办函〔2004〕57号
    "即",  # 即国办发〔2018〕121号
    "将",  # 现将国办发〔2018〕124号转发
    "把",  # 把国发〔2018〕39号落到实处
    "对",  # 对国办发〔2018〕115号的执行情况
    "在",  # 在国发〔2018〕42号中
    "由",  # 由国办函〔2005〕57号明确
    "以",  # 以国办发〔2020〕44号为准
    "为",  # 按照编号为京政发〔2018〕3号的文件 / 文号为平政办发〔2018〕3号
    "是",  # 依据的是国发〔2018〕42号
    "了",  # 温家宝签署了国务院第四百九十号令
    "的",  # 市政府的京政发〔2021〕1号
    "和",  # 国办发〔2020〕44号和国发〔2018〕42号 (see AGENCY_KEEP_WORDS)
    "及",  # 国办发〔1994〕36号及国办发〔1996〕2号
    "与",  # 国发〔2018〕41号与国发〔2018〕42号
    "或",  # 国发〔2018〕41号或国发〔2018〕42号
)

# Words in a number's key that make it another document's (依据文号, 原文号, 废止文件号, 相关文号): a
# number under such a key is cited, under any other key ending in 号 it is the document's own.
NUMBER_KEYS_ELSEWHERE: tuple[str, ...] = (
    "依据",
    "根据",
    "相关",
    "引用",
    "原",
    "废止",
    "替代",
    "上级",
    "来文",
    "关联",
    "转发",
)

# Names of issuing bodies written right before a bracketed number: the body is named, then its
# number (按照省政府办公厅鄂政办发〔2020〕12号 → 鄂政办发〔2020〕12号). In the 〔year〕 form the agency
# is an abbreviation, never a body's full name, so the name is cut off — when two characters or
# more of agency remain (区政府办公室〔2020〕3号 keeps its whole run). Numbered orders and
# announcements keep the body's name: it is their agency (财政部令第12号, 国家税务总局公告2018年第28号).
AGENCY_BODY_NAMES: tuple[str, ...] = (
    "人民政府",  # 市人民政府鄂咸政发〔2021〕5号
    "政府",  # 市政府咸政发〔2021〕5号
    "办公厅",  # 省政府办公厅鄂政办发〔2020〕12号
    "办公室",  # 区政府办公室京平政办发〔2021〕3号
    "委员会",  # 省发展和改革委员会鄂发改〔2020〕5号
    "国务院",  # 国务院国发〔2019〕28号
)

# What follows a body's name when the name is the agency itself, not before an abbreviation: a
# series word alone (县政府办发〔2019〕12号 is the 县政府's 办发 series; 市政府咸政发〔2021〕5号 names
# the body, then its abbreviation 咸政发). After these the name is kept.
AGENCY_SERIES_WORDS: tuple[str, ...] = (
    "办发",  # 文山州政府办发〔2019〕35号
    "办函",  # 某某县政府办函〔2020〕12号
    "办字",  # 某某市政府办字〔2018〕9号
    "办规",  # 某某县政府办规〔2021〕2号
    "办电",  # 某某县政府办电〔2020〕5号
    "办明电",  # 某某市政府办明电〔2020〕3号
    "办复",  # 某某县政府办复〔2019〕4号
    "发",  # 某某县政府发〔2019〕12号
    "函",  # 某某县政府函〔2019〕12号
    "字",  # 某某县政府字〔2019〕3号
    "规",  # 某某县政府规〔2021〕1号
    "复",  # 某某县政府复〔2019〕4号
    "明电",  # 某某县政府明电〔2020〕1号
)

# Names that contain a stop-word but belong inside an agency; they are matched before the
# stop-words, so their 和 does not cut the agency.
AGENCY_KEEP_WORDS: tuple[str, ...] = (
    "中华人民共和国",  # 中华人民共和国国务院令第707号
    "发展和改革",  # 国家发展和改革委员会令第1号
    "住房和城乡",  # 住房和城乡建设部令第1号
    "人力资源和社会保障",  # 人力资源和社会保障部令第18号
    "工业和信息化",  # 工业和信息化部令第1号
    "经济和信息化",  # 省经济和信息化委员会令第1号
    "文化和旅游",  # 文化和旅游部令第1号
    "规划和自然资源",  # 北京市规划和自然资源委员会令第1号
    "卫生和计划生育",  # 国家卫生和计划生育委员会令第1号
    "民族和宗教",  # 国家民族和宗教事务委员会令第1号
)


# The short names of numbered orders, as their issuers print them in their own series: a cited
# order is folded to it, so one decree has one canonical number however it is cited. Key: the
# order's agency as printed (a leading 中华人民共和国 is dropped from every order's agency first).
ORDER_AGENCY_ALIASES: dict[str, str] = {
    "国务院令": "国令",  # 《全国经济普查条例》（国务院令第415号） = 国令第415号 (gov.cn prints 国令)
    "国务院总理令": "国令",  # 中华人民共和国国务院总理令第1号 (the series before 国令 was its name)
}
# Orders numbered in one running series without a year: 国令第394号 even when cited with the year
# of its promulgation (《地质灾害防治条例》（国务院令〔2003〕第394号）).
ORDER_SERIES_WITHOUT_YEAR: frozenset[str] = frozenset({"国令", "主席令"})

# National series of orders whose serial news prints BEFORE the series' name, with no body before it (precision
# round 17): 国家主席习近平签署第72号主席令 = 主席令第72号, 总理签署第711号国务院令 = 国令第711号. Only these series:
# 第3号令 and 第5号文件 are words of a sentence. Value: a real use.
SERIAL_FIRST_ORDER_SERIES: dict[str, str] = {
    "主席令": "国家主席习近平签署第72号主席令 (新华社 2021-02-28, dev 81cn)",
    "中华人民共和国主席令": "签署第七十二号中华人民共和国主席令",
    "国务院令": "国务院总理李克强签署第711号国务院令",
    "中华人民共和国国务院令": "签署第七百一十一号中华人民共和国国务院令",
}

# Round trad18: a Taiwan official letter or notice opens its 說明 with the letter it answers — 依教育部114年10月28日臺教
# 授國字第1140100636號函辦理 (htjhchc 2026, dev: a school's post of the notice), 依內政部…台內民字第0940005080號函釋
# (lygovtw 2021, dev) —: a number of the 字第 form cited as the ground of what the text does shows an official document,
# even untitled. The words that open such a ground, and the kinds of document cited (each with a use).
CITED_GROUND_LEADS: dict[str, str] = {
    "依": "依教育部114年10月28日臺教授國字第1140100636號函辦理 (htjhchc, dev)",
    "依据": "依據內政部台內民字第0940005080號函辦理",
    "依照": "依照行政院院授人力字第0950064762號函規定",
    "根据": "根據經濟部經商字第11200012345號令",
    "奉": "奉行政院院臺規字第1120123456號函",
}
CITED_GROUND_KINDS: dict[str, str] = {
    "函": "…字第1140100636號函辦理 (htjhchc, dev)",
    "令": "…字第1120827499號令",
    "公告": "…字第1120012345號公告",
}
# Round trad18: a Taiwan body's name printed right before its letter's number (依據行政院院授人力字第0950064762號函,
# 根據經濟部經商字第11200012345號令): the body is the issuer, the number starts after it (院授人力字第…, as the corpus
# labels it: lawstaipei 2006, dev). Each with a use.
TAIWAN_NUMBER_BODIES: dict[str, str] = {
    "行政院": "行政院院授人力字第0950064762號函",
    "立法院": "立法院台立議字第1120700123號函",
    "司法院": "司法院院台廳行一字第1120012345號函",
    "考试院": "考試院考臺組貳一字第09400034871號令",
    "监察院": "監察院院台業一字第1120130123號函",
    "内政部": "內政部台內民字第0940005080號函",
    "外交部": "外交部外禮一字第11200012345號函",
    "国防部": "國防部國人管理字第1120012345號令",
    "财政部": "財政部台財稅字第10804567890號令",
    "教育部": "教育部臺教授國字第1140100636號函",
    "法务部": "法務部法令字第10408516290號令",
    "经济部": "經濟部經商字第11200012345號令",
    "交通部": "交通部交路字第1120012345號函",
    "劳动部": "勞動部勞動條3字第1120140123號令",
    "卫生福利部": "衛生福利部衛授食字第1121300123號公告",
    "文化部": "文化部文藝字第1123012345號函",
    "农业部": "農業部農授糧字第1121012345號公告",
    "铨叙部": "銓敘部部法二字第1125512345號函",
}
