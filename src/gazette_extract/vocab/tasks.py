"""Vocabulary of the task extractor (:mod:`gazette_extract.tasks`), kept as data.

Every entry says what the word means for a task and shows a real or realistic example. The
extractor builds its patterns from these tables, so a new role word is one line here.
"""

from __future__ import annotations

# Roles a unit (or a person, or a phrase) plays for a task.
LEAD = "lead"  # → lead_units
SUPPORT = "support"  # → support_units
RESPONSIBLE = "responsible"  # → lead_units, or support_units when a lead is also named
PEOPLE = "people"  # → lead_people
DEADLINE = "deadline"  # → deadline (parse_deadline_dict)
TEXT = "text"  # table column holding the task text
NUMBER = "number"  # table column holding the row number (序号): ignored
NOTE = "note"  # a field whose value is a verb note: 部门分工:省发展改革委牵头,各地、各部门配合。

# Keys of "key：value" fields, on their own line after an item (主责单位：区教委) or inside a
# bracket note at its end (（牵头部门：区商务局；配合部门：区财政局）). Key → role.
FIELD_KEYS: dict[str, str] = {
    "牵头单位": LEAD,  # 牵头单位：区规划自然资源分局
    "牵头部门": LEAD,  # （牵头部门：区投资促进服务中心；配合部门：…） — 平谷“两区”方案
    "主责单位": LEAD,  # 主责单位：区城市管理委、区交通局 — 平谷为民办实事
    "主要责任单位": LEAD,  # 主要责任单位：区发展改革委
    "主办单位": LEAD,  # 主办单位：区商务局（建议提案办理分工）
    "责任单位": RESPONSIBLE,  # 责任单位：区财政局、区税务局 (support when 牵头单位 is named too)
    "责任部门": RESPONSIBLE,  # 责任部门：区教委
    "实施单位": RESPONSIBLE,  # 实施单位：各乡镇（街道）
    "配合单位": SUPPORT,  # 配合单位：区财政局
    "配合部门": SUPPORT,  # 配合部门：区发展改革委、各开发区管委
    "协办单位": SUPPORT,  # 协办单位：区税务局
    "协助单位": SUPPORT,  # 协助单位：区公安分局
    "参与单位": SUPPORT,  # 参与单位：各乡镇
    "参与部门": SUPPORT,  # 参与部门：区民政局
    "参加单位": SUPPORT,  # （牵头单位：市发展改革委，参加单位：市财政局） — a second key after a comma
    "参加部门": SUPPORT,  # 参加部门：市教育局
    "协同单位": SUPPORT,  # （主责单位：市发展改革委；协同单位：市财政局）
    "协同部门": SUPPORT,  # 协同部门：市财政局
    "配合处室": SUPPORT,  # 配合处室：财务处 (a department's own plan)
    "主责部门": LEAD,  # 主责部门：区教委
    "牵头责任单位": LEAD,  # 牵头责任单位:市发展改革委。 — 滁州 2020 分工
    "牵头负责单位": LEAD,  # 牵头负责单位：市商务局
    "协同责任单位": SUPPORT,  # 协同责任单位:市经信局、市商务局…等, — 滁州 2020 分工
    "配合责任单位": SUPPORT,  # 配合责任单位：市财政局
    "牵头负责领导": PEOPLE,  # 牵头负责领导:金力。 — 滁州 2020 分工
    "牵头处室": LEAD,  # 牵头处室：办公室
    "负责部门": RESPONSIBLE,  # （负责部门：区发展改革委；适用范围：…）
    "负责单位": RESPONSIBLE,  # 负责单位：各乡镇
    "责任处室": RESPONSIBLE,  # 责任处室：法规处
    "责任主体": RESPONSIBLE,  # 责任主体：各县（市、区）人民政府
    "完成期限": DEADLINE,  # 完成期限：2022年底前
    "推进时限": DEADLINE,  # 推进时限：2021年6月
    "责任领导": PEOPLE,  # （责任领导：张三；牵头单位：区发改局）
    "牵头领导": PEOPLE,  # 牵头领导：张三
    "分管领导": PEOPLE,  # 分管领导：李四
    "责任人": PEOPLE,  # 责任人：王五
    "完成时限": DEADLINE,  # 完成时限：2021年12月底前
    "完成时间": DEADLINE,  # 完成时间：2021年6月底前
    "时间节点": DEADLINE,  # 时间节点：每年1月底前
    "时限要求": DEADLINE,  # 时限要求：长期推进
    # rosters round 18: the deadline columns' other names as keys in an item (…；责任单位：县财政局；时限：6月底前);
    # not 办结时限 (a service guide's own key, 办结时限：自受理之日起20个工作日) nor the bare 时间 (a meeting's)
    "时限": DEADLINE,  # 时限：2023年6月底前
    "时间要求": DEADLINE,  # 时间要求：长期坚持
    # the bare verbs as keys (rosters round 3): （牵头：区发改委；配合：区财政局）
    "牵头": LEAD,  # （牵头：区发改委；配合：区财政局、区住建局）
    "配合": SUPPORT,  # 配合：区财政局
    # the value names the roles itself, as a bracket note does (X牵头，Y配合)
    "部门分工": NOTE,  # 部门分工:省发展改革委牵头,各地、各部门配合。 — 广东 2021 重点工作分工
    "责任分工": NOTE,  # 责任分工：市发展改革委牵头，市财政局配合
    "任务分工": NOTE,  # 任务分工：区教委牵头，各镇街配合
    "分管省领导": PEOPLE,  # 分管省领导:林克庆 — 广东 2021
    "分管市领导": PEOPLE,  # 分管市领导：张三
    "分管区领导": PEOPLE,  # 分管区领导：李四
    "分管县领导": PEOPLE,  # 分管县领导：王五
    "牵头省领导": PEOPLE,  # 牵头省领导：林克庆
    "牵头市领导": PEOPLE,  # 牵头市领导：张三
}

# Verbs that close a unit list in an unkeyed bracket note, longest first in the pattern.
# （生态环境部牵头，发展改革委等按职责分工负责） → 牵头 → lead, 按职责分工负责 → responsible.
NOTE_VERBS: dict[str, str] = {
    "牵头负责": LEAD,  # （农业农村部、工业和信息化部牵头负责） — gwy-15 (十八)
    "牵头": LEAD,  # （生态环境部牵头，发展改革委等按职责分工负责）
    "按职责分工负责": RESPONSIBLE,  # （…，各省级人民政府按职责分工负责） — gwy-39 (四)
    "按职责负责": RESPONSIBLE,  # （各有关部门按职责负责）
    "分工负责": RESPONSIBLE,  # （财政部、税务总局分工负责）
    "共同负责": RESPONSIBLE,  # （教育部、财政部共同负责）
    "负责": RESPONSIBLE,  # （体育总局、北京冬奥组委负责） — gwy-34 (五)
    "参与": SUPPORT,  # （科技部牵头，教育部参与）
    "配合": SUPPORT,  # （区发改局牵头，区财政局配合）
    "协助": SUPPORT,  # （公安部牵头，交通运输部协助）
    "协办": SUPPORT,  # （区商务局牵头，区税务局协办）
    "主责": LEAD,  # （市教育局主责，市财政局配合）
    "牵头落实": LEAD,  # （区发展改革委牵头落实）
    "具体负责": RESPONSIBLE,  # （各乡镇具体负责）
    "分别负责": RESPONSIBLE,  # (市政府各部门分别负责,年内持续推进) — 天津 2021
    "指导": SUPPORT,  # （省住房城乡建设厅指导） — alone it leads (one role only); beside 牵头 it supports
    "协同": SUPPORT,  # （市公安局牵头，市交通局协同）
    "参加": SUPPORT,  # （市商务局牵头，市财政局参加）
    "配合落实": SUPPORT,  # （…，各区配合落实）
}
# Keys of any other field inside a note, which end the value of the key before them and give
# nothing: （负责部门：区发展改革委；适用范围：全区） — the generic key pattern in records/tasks.py
# finds them; these are listed only so that tests name real ones.
OTHER_KEYS_SEEN: tuple[str, ...] = ("适用范围", "备注", "工作目标", "实施范围", "政策依据")

# "A会同B负责": A leads, B supports — （国家发展改革委会同有关部门负责） — gwy-37 十六、
NOTE_WITH: tuple[str, ...] = ("会同",)

# A unit marked as lead inside a list: 区发改局（牵头）、区财政局 → lead 区发改局, support 区财政局.
LEAD_MARKS: tuple[str, ...] = ("（牵头）", "(牵头)", "（牵头单位）", "（牵头部门）")
# Signs printed at a unit that a legend says mark the lead (tasks round 5, session 10):
# 县税务局*、县财政局（*为牵头单位） / 注：带★的为牵头单位 / 标“△”者为牵头部门. A signed unit in a
# document with no such legend is left out with a warning: the sign's meaning is not stated.
LEAD_SIGNS: str = "*＊★☆※△▲"

# Table header cells → column role. Matched after removing spaces and a trailing bracketed part
# (责任单位（部门） → 责任单位); 一级/二级/三级 before a TEXT header mark task levels.
TABLE_HEADERS: dict[str, str] = {
    "序号": NUMBER,  # | 序号 | 项目内容 | 责任单位 | 责任人 | 完成时限 |
    "编号": NUMBER,
    "任务": TEXT,  # | 任务 | 牵头单位 |
    "工作任务": TEXT,  # 一级工作任务 / 二级工作任务 / 三级工作任务 — 平谷 附件3
    "项目内容": TEXT,  # | 序号 | 项目内容 | 责任单位 | …
    "工作内容": TEXT,
    "具体任务": TEXT,
    "主要任务": TEXT,
    "重点任务": TEXT,
    "任务内容": TEXT,
    "工作措施": TEXT,
    "具体措施": TEXT,
    "重点工作": TEXT,  # 序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限 — 霍山 开发区 2025 责任清单
    "工作事项": TEXT,  # | 工作事项 | 责任单位 | 完成时限 |
    "主要内容": TEXT,  # | 主要内容 | 牵头单位 |
    "具体工作": TEXT,  # | 具体工作 | 责任单位 |
    "内容与要求": TEXT,  # 序号 / 内容与要求 / 进展情况 / 责任单位 — 一季度进展情况表, one cell per line
    "目标任务": TEXT,  # | 序号 | 目标任务 | 牵头单位 |
    "目标与任务": TEXT,  # 序号 | 目标与任务 | 分 管 县领导 | 牵头责任单位 | 责任单位 — 南陵 2024, one cell per line
    "任务与目标": TEXT,
    "预期目标": TEXT,  # 序号 / 2022年预期目标 / 责任单位 — 沙坪坝 2022 目标任务分解表 (a year before it is dropped)
    "主要目标": TEXT,  # | 主要目标 | 责任单位 |
    "年度目标": TEXT,  # | 年度目标 | 牵头单位 |
    "指标": TEXT,  # | 指标 | 责任单位 | (经济社会发展主要指标)
    "主要指标": TEXT,  # | 主要指标 | 牵头单位 |
    # more names of the task column (rosters round 4), each as a 责任分工 table prints it
    "重点工作任务": TEXT,  # | 序号 | 重点工作任务 | 牵头单位 | 责任单位 | 完成时间 |
    "任务名称": TEXT,  # | 序号 | 任务名称 | 主责单位 | 协同单位 | 完成时限 |
    "主要措施": TEXT,  # | 序号 | 主要措施 | 牵头单位 | 完成时限 |
    "工作举措": TEXT,  # | 工作举措 | 责任单位 | 时间节点 |
    "工作要点": TEXT,  # | 序号 | 工作要点 | 牵头领导 | 责任单位 |
    "改革任务": TEXT,  # | 序号 | 改革任务 | 牵头单位 | 配合单位 | 完成时限 |
    "主要工作": TEXT,  # | 主要工作 | 责任单位 |
    "重点事项": TEXT,  # | 重点事项 | 责任部门 | 完成时限 |
    "任务事项": TEXT,  # | 任务事项 | 责任单位 |
    "事项": TEXT,  # | 序号 | 事项 | 牵头部门 | 配合部门 | 时限要求 |
    "工作目标": TEXT,  # | 序号 | 工作目标 | 责任主体 | 完成时限 |
    "牵头单位": LEAD,  # 平谷 附件3 column 4
    "牵头部门": LEAD,
    "主责单位": LEAD,
    "主要责任单位": LEAD,
    "牵头责任单位": LEAD,  # 牵头责任单位 | 责任单位 — 南陵 2024 (the second column then supports)
    "责任单位": RESPONSIBLE,
    "责任部门": RESPONSIBLE,
    "配合单位": SUPPORT,
    "配合部门": SUPPORT,
    "协办单位": SUPPORT,
    "协办部门": SUPPORT,  # | 主要任务 | 牵头部门 | 协办部门 | 时间节点 | (rosters round 6: the 部门 form of 协办单位)
    "协作单位": SUPPORT,  # | 工作任务 | 牵头单位 | 协作单位 |
    "协作部门": SUPPORT,  # | 工作任务 | 牵头部门 | 协作部门 |
    "参与单位": SUPPORT,
    "协同单位": SUPPORT,
    "责任主体与协同单位": SUPPORT,  # 牵头 单位 | 责任主体与协同单位 — 崇川 2023 民生实事推进情况 (beside 牵头单位)
    "责任主体": RESPONSIBLE,
    # the unit and deadline keys of FIELD_KEYS as column names too (rosters round 4): | 主责部门 | 协同部门 |
    "主责部门": LEAD,  # | 任务 | 主责部门 | 协同部门 |
    "主办单位": LEAD,  # | 建议内容 | 主办单位 | 协办单位 |
    "牵头负责单位": LEAD,  # | 工作任务 | 牵头负责单位 | 配合单位 |
    "牵头处室": LEAD,  # | 工作任务 | 牵头处室 | 配合处室 | (a department's own plan)
    "协同部门": SUPPORT,  # | 任务 | 主责部门 | 协同部门 |
    "协助单位": SUPPORT,  # | 工作任务 | 牵头单位 | 协助单位 |
    "参与部门": SUPPORT,  # | 工作任务 | 牵头部门 | 参与部门 |
    "参加单位": SUPPORT,  # | 工作任务 | 牵头单位 | 参加单位 |
    "参加部门": SUPPORT,  # | 工作任务 | 牵头部门 | 参加部门 | (rosters round 6)
    "协助部门": SUPPORT,  # | 工作任务 | 牵头部门 | 协助部门 | (rosters round 6)
    "配合处室": SUPPORT,  # | 工作任务 | 牵头处室 | 配合处室 |
    "协同责任单位": SUPPORT,  # | 工作任务 | 牵头责任单位 | 协同责任单位 |
    "配合责任单位": SUPPORT,  # | 工作任务 | 牵头责任单位 | 配合责任单位 |
    "负责单位": RESPONSIBLE,  # | 工作内容 | 负责单位 | 完成时限 |
    "负责部门": RESPONSIBLE,  # | 工作内容 | 负责部门 |
    "实施单位": RESPONSIBLE,  # | 工作任务 | 实施单位 | 完成时间 |
    "责任处室": RESPONSIBLE,  # | 工作任务 | 责任处室 | 完成时限 |
    "完成期限": DEADLINE,  # | 工作任务 | 责任单位 | 完成期限 |
    "推进时限": DEADLINE,  # | 工作任务 | 责任单位 | 推进时限 |
    "办结时限": DEADLINE,  # | 事项 | 责任单位 | 办结时限 |
    "责任人": PEOPLE,
    "责任领导": PEOPLE,
    "牵头领导": PEOPLE,
    "分管领导": PEOPLE,  # also 分管县领导 / 分管区领导 / 责任市领导: the level is dropped (records.tasks)
    "完成时限": DEADLINE,  # 平谷 附件3 column 5
    "完成时间": DEADLINE,
    "时间节点": DEADLINE,
    "时限": DEADLINE,
    "时限要求": DEADLINE,
    # schedule columns (tasks round 6, session 11): | 重点任务 | 责任单位 | 进度安排 |
    "进度安排": DEADLINE,  # | 工作任务 | 牵头单位 | 进度安排 | — one date: the deadline; steps: none
    "时间安排": DEADLINE,  # | 具体措施 | 责任单位 | 时间安排 |
    "计划进度": DEADLINE,  # | 项目 | 责任单位 | 计划进度 |
}
# Deadline columns that name the completion time (tasks round 6, session 11). A cell of numbered
# steps each with its own date (1.4月底前主体完工。2.8月底前竣工交付。) has the last step's date as
# its deadline only under one of these names, and only when that date is the latest of the cell;
# under a schedule's name (时间节点, 进度安排 …) such a cell states no single deadline: none, warned.
COMPLETION_HEADERS: frozenset[str] = frozenset({"完成时限", "完成时间", "完成期限", "办结时限", "时限要求", "时限"})
# Last words of a task column's name that no table above lists (tasks round 5, session 10): a header
# cell ending so names the task column in a table that also has a unit column (the table test):
# | 序号 | 项目名称 | 牵头单位 | 配合单位 | 完成时间 | (为民办实事项目), | 建设内容 | 责任单位 |. Never a
# cell that names units, people or indicators (单位名称, 人员名单, 指标名称).
TEXT_HEADER_ENDS: dict[str, str] = {
    "项目名称": "| 序号 | 项目名称 | 牵头单位 | 配合单位 | 完成时间 |",
    "项目": "| 序号 | 民生实事项目 | 责任单位 |",
    "内容": "| 建设内容 | 责任单位 | 完成时限 |",
    "任务": "| 年度任务 | 牵头单位 |",
    "措施": "| 推进措施 | 责任单位 |",
    "举措": "| 改革举措 | 牵头部门 |",
    "事项": "| 办理事项 | 责任部门 |",
    "要点": "| 工作要点 | 责任单位 |",
    # a task and what it must reach, in one column (tasks round 6, session 11)
    "任务和要求": "| 序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 | — 吉水 民生实事任务分解表",
    "任务及要求": "| 序号 | 工作任务及要求 | 牵头单位 |",
    "任务与要求": "| 序号 | 目标任务与要求 | 责任单位 |",
    "工作要求": "| 序号 | 重点工作要求 | 责任单位 | 完成时限 |",
}
# An indicator's table (| 指标名称 | 目标值 | 牵头单位 |) is no task table (rosters round 4).
TEXT_HEADER_NEVER: tuple[str, ...] = ("单位", "部门", "机构", "人员", "领导", "负责人", "责任人", "指标")

# Level prefixes of multi-level task columns: 一级工作任务 → 1.
TASK_LEVELS: dict[str, int] = {
    "一级": 1,  # 一级工作任务
    "二级": 2,  # 二级工作任务
    "三级": 3,  # 三级工作任务
    "四级": 4,
}

# Tails that mean "and others" at the end of a unit list; stripped from its last unit, only
# when something is left. Longest first in the pattern.
# 区委组织部等相关单位 → 区委组织部 ; 农业农村部等 → 农业农村部 (gwy-15) ;
# 人力资源社会保障部等有关部门和单位 → 人力资源社会保障部 (gwy-39). But 各有关部门和单位 stays.
UNIT_ETC_TAILS: tuple[str, ...] = (
    "等有关部门和单位",
    "等相关部门和单位",
    "等有关单位和部门",
    "等有关部门",
    "等相关部门",
    "等有关单位",
    "等相关单位",
    "等部门",
    "等单位",
    "等",
)

# 及 / 和 / 以及 between two units: 市级各有关部门及各县市区政府 → 市级各有关部门, 各县市区政府
# (咸阳 2022 放管服要点). They split only before one of these unit starts, and only when both
# sides keep three characters or more, so 文化和旅游部 and 各有关部门和单位 stay whole.
UNIT_CONJUNCTIONS: tuple[str, ...] = ("以及", "及", "和", "与")  # 与: 市公安局与各区政府
CONJUNCTION_UNIT_STARTS: tuple[str, ...] = (
    "各",  # …及各县市区政府 / …和各乡镇（街道）
    "市",  # 区发改局和市生态环境局咸安分局
    "区",  # 市级各有关部门和区直单位
    "县",  # …及县直有关部门
    "省",  # …和省级有关部门
    "乡",  # …和乡镇人民政府
    "镇",  # …和镇村
    "街道",  # …和街道办事处
    "国家",  # 财政部和国家税务总局
    "中共",  # …和中共某区委宣传部
)
# Unit names with 和 inside: never split there, whatever follows (data, one name per line).
UNITS_WITH_HE: tuple[str, ...] = (
    "发展和改革",  # 区发展和改革委员会 / 区发展和改革局
    "住房和城乡建设",  # 区住房和城乡建设局 / 住房和城乡建设部
    "科技和信息化",  # 区科技和信息化局 (平谷)
    "工业和信息化",  # 工业和信息化部 (gwy-15)
    "经济和信息化",  # 区经济和信息化局
    "人力资源和社会保障",  # 区人力资源和社会保障局
    "自然资源和规划",  # 区自然资源和规划局 (咸安 2023)
    "文化和旅游",  # 文化和旅游部
    "教育和体育",  # 区教育和体育局
    "民族和宗教",  # 区民族和宗教事务局
    "卫生和计划生育",  # 区卫生和计划生育委员会
    "城市管理和综合执法",  # 区城市管理和综合执法局
    "商务和粮食",  # 区商务和粮食局
    "农业和农村",  # 区农业和农村工作局
)

# Counts in a category heading: 一、学有所教和幼有所育（2件） → 2 tasks expected under it.
COUNT_WORDS: tuple[str, ...] = ("件", "项")

# Words without which a paragraph cannot carry units, people or a deadline (a cheap pre-check).
HINT_WORDS: tuple[str, ...] = (
    "单位",
    "部门",
    "牵头",
    "负责",
    "时限",
    "时间",
    "领导",
    "责任人",
    "参与",
    "配合",
    "协助",
    "协办",
    "会同",
    "节点",
    "指导",
    "协同",
    "主责",
    "参加",
)

# ---- unit lists (grammars/units.py) ---------------------------------------------------------

# Level characters that end a place name; the suffix shared by a distributed list starts with
# one: 潍坊、淄博、临沂市政府 → 市政府 ; 河北、山西省人民政府 → 省人民政府.
PLACE_LEVELS = "省市县区州盟旗镇乡"

# Words a unit name ends with. A piece ending in one is a unit of its own (市发展改革委、财政局
# stays as written); a piece without one may be a fragment that a later suffix completes.
UNIT_SUFFIX_WORDS: tuple[str, ...] = (
    "人民政府",  # 河北省人民政府
    "政府",  # 临沂市政府
    "委员会",  # 区发展和改革委员会
    "办公室",  # 区政府办公室
    "办公厅",  # 省政府办公厅
    "管委会",  # 开发区管委会
    "部门",  # 公安、交通部门 → 公安部门, 交通部门
    "单位",  # 各有关单位
    "中心",  # 区政务服务中心
    "公司",  # 国网某供电公司
    "集团",
    "分局",  # 区公安分局
    "总局",  # 市场监管总局
    "总署",  # 海关总署
    "局",  # 区财政局
    "委",  # 市发展改革委
    "办",  # 区网信办
    "厅",  # 省财政厅
    "部",  # 财政部
    "署",
    "法院",  # 各县（区）人民政府、法院 — a bare 法院 joins the collective before it
    "检察院",
    "企业",  # 各大企业
    "院",  # 区人民法院
    "处",  # 财务处
    "科",
    "站",
    "所",
    "会",  # 银保监会 / 区残联会
    "行",  # 人民银行
    "联",  # 全国妇联
    "协",  # 中国科协
    "团",  # 团区委 / 共青团
    "队",  # 综合执法大队
    "街道",  # 各街道
    "乡镇",  # 各乡镇
    "海关",  # 滁州海关
    "专班",  # 全区经济运行各专班
    "园区",  # 各园区
    "开发区",  # 立山经济开发区
)
# Suffixes a list of fragments may share when the last item carries no place level:
# 公安、交通部门 → 公安部门, 交通部门 ; 教育、卫生健康局 → 教育局, 卫生健康局.
# Not 单位: 中央、省驻岳单位 shares 驻岳单位, not 单位 — such a list stays whole.
# 沈阳、北京、兰州、济南、南京、广州军区 → 沈阳军区 … 广州军区 (gwy-19, 1996 recipients).
DISTRIBUTED_SUFFIXES: tuple[str, ...] = ("部门", "局", "委", "军区")

# Closing verbs of a field value, taken off the list: 责任单位：各区政府按职责分工负责.
# …乡镇人民政府按职责分工分别负责 (西平 2020) → 乡镇人民政府.
LIST_VERB_TAILS: tuple[str, ...] = (
    "按职责分工分别负责",
    "按职责分别负责",
    "按职责分工负责",
    "按职责负责",
    "分别负责",
    "按职责分工落实",
    "分工负责",
    "共同负责",
)
# Lead verbs closing a field's unit list: 责任单位:市人力社保局、市农业农村局分别牵头 (丽水 2023) — each
# unit leads, whatever the key or the first-is-lead rule says.
FIELD_LEAD_TAILS: tuple[str, ...] = ("分别牵头", "共同牵头", "牵头负责", "牵头")

# Words no unit name holds (outside brackets): a piece with one is a note the grammar did not
# understand — 参加单位：… kept inside a lead unit was such a false fact.
UNIT_ROLE_WORDS: tuple[str, ...] = ("牵头", "负责", "配合", "参与", "协助", "协办", "参加", "会同")
# Ends of a piece that names people, not a unit: （区发改局负责同志参加） is no unit note.
PERSON_ENDS: tuple[str, ...] = ("同志", "负责人", "人员", "领导", "干部")
# How the later members of a collective start: a place level or a place kind.
# 各县、市政府 / 各市州、县市区人民政府 / 各省、自治区、直辖市及新疆生产建设兵团…主管部门.
COLLECTIVE_PLACE_STARTS: tuple[str, ...] = (
    *tuple(PLACE_LEVELS),
    "自治",
    "直辖",
    "特区",
    "计划单列",
    "新疆生产建设兵团",
    "地区",
)

# A unit cell run together with the note cell after it (tasks round 6, session 11): a completion
# table whose cells lost their separators, one row per line (西城 2021: …增长6%左右。区发展改革委西城区地区
# 生产总值…). The unit is read only as a place-level start (区/市/县/省), a short name and one of these
# endings, the longest first at each point (区教育委员会, not 区教育委); the text after it must not open
# with a character that goes on a unit's name (GLUED_UNIT_NEVER_NEXT): 区政府办公室 is not 区政府 + 办公室….
GLUED_UNIT_ENDS: tuple[str, ...] = (
    "委员会",  # 区发展和改革委员会
    "办公室",  # 区政府办公室
    "管委会",  # 区开发区管委会
    "人民政府",  # 各街道 … 区人民政府
    "政府",
    "中心",  # 区政务服务中心
    "分局",  # 区公安分局
    "局",  # 区财政局 / 区人力社保局
    "委",  # 区发展改革委
    "办",  # 区网信办
    "部",  # 区委宣传部
)
GLUED_UNIT_NEVER_NEXT: str = "局委办室会厅处科部组所站院队司署中心"
# How a note's prose run on after the units starts, never a unit read off such a row (区域内的… / 市民在… /
# 全区…): a place level and a word of an area or its people, not a unit's name.
GLUED_UNIT_NEVER_STARTS: tuple[str, ...] = (
    "区域",
    "区内",
    "市内",
    "县内",
    "省内",
    "市民",
    "县域",
    "市域",
    "省域",
    "全区",
    "全市",
    "全县",
    "全省",
)

# A bracket holding unit names only, closing a numbered item (rosters and tasks round 18): a county magistrate's
# directives '1、…要準備寒冬送暖事宜。(民政局)' (馬祖日報), '2.…。（县民政局、县财政局）'. With no verb and no key, only
# names that end as an organ does are read, each at least BARE_NOTE_UNIT_MIN characters (民政局, 县财政局; never
# 全部, 局部, 此处), none opening like a remark on the text (BARE_NOTE_NEVER_STARTS: （以下简称市发改委）,
# （含经开区管委会）, （试行）); anything else in the bracket and it is no note.
BARE_NOTE_UNIT_ENDS: tuple[str, ...] = (
    "人民政府",
    "政府",
    "委员会",
    "管委会",
    "办公室",
    "办公厅",
    "办事处",
    "管理局",
    "分局",
    "总局",
    "局",  # 民政局 / 县财政局
    "委",  # 市发展改革委 / 团县委
    "办",  # 县网信办
    "厅",  # 省财政厅
    "部",  # 县委宣传部 / 县人武部
    "署",  # 海关总署
    "中心",  # 县政务服务中心
    "法院",
    "检察院",
    "大队",  # 县交警大队
    "支队",
    "公司",  # 国网某供电公司
    "集团",
    "妇联",
    "残联",
    "总工会",
)
BARE_NOTE_UNIT_MIN = 3
BARE_NOTE_UNIT_MAX = 20
BARE_NOTE_NEVER_STARTS: tuple[str, ...] = (
    "以下简称",
    "简称",
    "下称",
    "含",
    "不含",
    "包括",
    "除",
    "即",
    "如",
    "详见",
    "参见",
    "见",
    "注",
    "其中",
    "原",  # （原县民政局）: a former name
    "现",
)


# Review round 18 (s18-rev18): a closing sentence naming a unit as a role's holder (县财政局为牵头单位, rosters round 18)
# is read only when the clause before 为 is a unit: never when it opens on a clause's word (以县财政局为牵头单位 — the
# object of a request; 建议/拟确定 — a proposal; 原 — the unit before; 今后 — a time), nor when it ends on a negation or
# a plan (县财政局不再为…): each had given 以县财政局 or 建议县财政局 as the lead unit.
ROLE_AS_UNIT_NEVER_OPENS: dict[str, str] = {
    "以": "以县财政局为牵头单位",
    "请": "请县财政局为牵头单位 / 请以…",
    "建议": "建议县财政局为牵头单位",
    "拟": "拟确定县财政局为牵头单位",
    "今后": "今后县财政局为牵头单位",
    "由": "由县财政局为牵头单位",
    "如果": "如果县财政局为牵头单位",
    "倘若": "倘若县财政局为牵头单位",
    "应以": "应以县财政局为牵头单位",
    "可由": "可由县财政局为牵头单位",
    "曾以": "曾以县财政局为牵头单位",
    # the unit before a change: 原县财政局 (never a bare 原, 如, 若, 应, 可, 曾: 原平市, 如东县, 若羌县, 应城市,
    # 可克达拉市 and 曾都区 open units' names)
    "原县": "原县财政局为牵头单位",
    "原市": "原市财政局为牵头单位",
    "原区": "原区财政局为牵头单位",
}
ROLE_AS_UNIT_NEVER_ENDS: dict[str, str] = {
    "不再": "县财政局不再为牵头单位",
    "不": "县财政局不为牵头单位",
    "未": "县财政局未列为牵头单位",
    "拟": "县财政局拟为牵头单位",
    "将": "县财政局将为牵头单位",
    "曾": "县财政局曾为牵头单位",
    "是否": "县财政局是否为牵头单位",
}
