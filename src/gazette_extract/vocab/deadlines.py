"""Vocabulary of the deadline grammar (:mod:`gazette_extract.grammars.deadlines`), as data.

Each entry: the word, what it means, a real example.
"""

from __future__ import annotations

# Extra words that stand for a number only in one place.
CN_MONTH_ONLY: dict[str, int] = {
    "元": 1,  # 元月底前 (元月 = January)
}

# Words after a year (2021年…) naming part of it → (month, day) of its last day. The entries of
# two characters or more also stand alone, taking the year from context (年底前, 上半年).
YEAR_PART_END: dict[str, tuple[int, int]] = {
    "底": (12, 31),  # 2022年底前
    "末": (12, 31),  # 2021年末
    "内": (12, 31),  # 2021年内
    "度": (12, 31),  # 2021年度
    "年底": (12, 31),  # 2021年年底前; 年底前
    "年末": (12, 31),  # 2021年年末; 年末前
    "年内": (12, 31),  # 年内
    "年度内": (12, 31),  # 年度内完成
    "全年": (12, 31),  # 2021年全年
    "上半年": (6, 30),  # 2021年上半年
    "年中": (6, 30),  # 2021年年中; 年中前
    "中": (6, 30),  # 2021年中
    "下半年": (12, 31),  # 2021年下半年
}

# Words after a month (6月…) naming part of it → last day allowed; None = the month's last day.
MONTH_PART_DAY: dict[str, int | None] = {
    "上中旬": 20,  # 2021年6月上中旬 (days 1–20) → 2021-06-20
    "中下旬": None,  # 2021年6月中下旬 (days 11–end) → 2021-06-30
    "上旬": 10,  # 2021年10月上旬 (days 1–10) → 2021-10-10
    "中旬": 20,  # 2021年10月中旬 (days 11–20) → 2021-10-20
    "下旬": None,  # 2021年10月下旬 (days 21–end) → 2021-10-31
    "初": 10,  # 2021年6月初, read as 上旬 → 2021-06-10
    "中": 20,  # 2021年6月中, read as 中旬 → 2021-06-20
    "底": None,  # 2021年11月底前 → 2021-11-30
    "末": None,  # 2021年3月末 → 2021-03-31
    "内": None,  # 2021年6月内 → 2021-06-30
}

# Years relative to the document's year, before 年: 今年底前 → year-12-31.
RELATIVE_YEARS: dict[str, int] = {
    "今": 0,  # 今年底前
    "本": 0,  # 本年度内
    "当": 0,  # 当年完成
    "明": 1,  # 明年6月底前
    "次": 1,  # 次年3月底前
    "去": -1,  # 去年底 (in reports looking back)
}

# Five-year plans → their last year: “十四五”期间 → 2025-12-31.
FIVE_YEAR_PLANS: dict[str, int] = {
    "十一五": 2010,  # “十一五”期间 (2006–2010)
    "十二五": 2015,  # “十二五”期间 (2011–2015)
    "十三五": 2020,  # “十三五”时期 (2016–2020)
    "十四五": 2025,  # “十四五”期间 (2021–2025)
    "十五五": 2030,  # “十五五”期间 (2026–2030)
}

# Words right after a date that make it not an end date. True = it is a start (→ ongoing).
AFTER_DATE_WORDS: dict[str, bool] = {
    "起": True,  # 2023年起
    "开始": True,  # 2021年7月开始
    "以来": True,  # 2020年以来 (in reports: work that goes on)
    "以后": False,  # 2021年6月以后
    "之后": False,  # 2021年6月之后
    "后": False,  # 2021年6月后启动
    "前后": False,  # 2021年前后 (around 2021: no end)
    "左右": False,  # 2021年6月左右 (about June: no end)
}

# Words right after a bare year (2021年…) naming a time inside it we cannot date.
SUB_YEAR_WORDS: dict[str, str] = {
    "初": "2021年初",
    "春": "2021年春季; 2021年春节前",
    "夏": "2021年夏季",
    "秋": "2021年秋季; 2021年秋收前",
    "冬": "2021年冬季; 2021年冬奥会前",
    "元旦": "2021年元旦前",
    "清明": "2021年清明节前",
    "五一": "2021年五一前",
    "端午": "2021年端午节前",
    "中秋": "2021年中秋节前",
    "国庆": "2021年国庆节前",
    "汛": "2021年汛期前; 2021年汛前",
    "两会": "2021年两会前",
    "寒": "2021年寒假前",
    "暑": "2021年暑期前",
    "开学": "2021年开学前",
}

# Words for work with no end → ongoing. Value: a real example.
ONGOING_WORDS: dict[str, str] = {
    "长期": "长期推进",  # 27 rows of the 2021-01 平谷 gazette's task table
    "持续": "持续推进",
    "常态": "常态化推进",
    "长效": "长效推进",
    "常年": "常年开展",
    "逐年": "逐年推进",
    "逐步": "逐步推进",
    "坚持": "坚持执行",
    "不断": "不断完善",
    "经常性": "经常性开展",
    "定期": "定期开展",  # regular but with no stated period: not a recurrence rule
    "动态": "动态调整",
    "实时": "实时更新",
    "日常": "日常监管",
    "滚动": "滚动实施",
    "分年度": "分年度实施",
    "分阶段": "分阶段推进",
    "分步": "分步实施",
    "久久为功": "久久为功",
    "即日起": "即日起执行",  # a start with no end
}

# A year's span printed right before a word of work with no end (precision round 17): the work goes on through the
# year, it is not due at the year's end — 年内持续推进 is ongoing, 年内完成 is still due by the year's end. Value: a
# real example.
ONGOING_YEAR_FRAMES: dict[str, str] = {
    "年内": "（市政府各部门分别负责，年内持续推进） (津政规〔2021〕4号, dev newton)",
    "全年": "全年持续推进",
    "今年内": "今年内持续开展",
    "今年": "今年持续推进",
    "本年度内": "本年度内常态化开展",
    "本年度": "本年度持续推进",
    "年度内": "年度内持续推进",
    "当年": "当年持续推进",
}

# Words that contain 年/月/日/周/季 but are not dates; a phrase holding them is still read whole.
NOT_DATE_WORDS: dict[str, str] = {
    "年度计划": "按年度计划推进",
    "年度目标": "完成年度目标",
    "年度任务": "年度任务完成前",
    "周期": "按周期推进",
    "日前": "日前已启动 (recently)",
    "月度": "月度调度",
    "季节": "季节性工作",
}

# A time limit a unit note closes with that names no date: the task keeps it as an ``unknown``
# deadline (with a deadline-unknown warning). A note ending in one was refused whole and its task
# lost (classes21: 区农业农村局牵头，区财政局配合，待定). Only the whole remainder of a note is
# read so, never a word inside a task's sentence (及时上报 is no time limit alone). Value: an example.
UNDATED_LIMIT_WORDS: dict[str, str] = {
    "尽快": "（县住建局牵头，尽快）",
    "立即": "（县应急局负责，立即）",
    "即时": "（县政务服务局负责，即时）",
    "及时": "（县财政局牵头，及时）",
    "近期": "（县发改局牵头，近期）",
    "待定": "（区农业农村局牵头，区财政局配合，待定）",
    "另定": "（区商务局牵头，另定）",
    "另行通知": "（区教委牵头，另行通知）",
}
# Events a limit is set before, with no date (春节前, 2021年汛期前, 开学前): the words, each as printed
UNDATED_LIMIT_EVENTS: dict[str, str] = {
    "春节": "春节前",
    "元旦": "元旦前",
    "清明节": "清明节前",
    "五一": "五一前",
    "端午节": "端午节前",
    "中秋节": "中秋节前",
    "国庆节": "国庆节前",
    "汛期": "汛期前",
    "汛": "汛前",
    "主汛期": "主汛期前",
    "两会": "两会前",
    "寒假": "寒假前",
    "暑假": "暑假前",
    "开学": "开学前",
    "秋收": "秋收前",
}
# The units a span of time is counted in before 内 (三年内, 6个月内, 15个工作日内)
UNDATED_LIMIT_SPANS: dict[str, str] = {
    "年": "三年内",
    "个月": "6个月内",
    "周": "两周内",
    "天": "30天内",
    "日": "15日内",
    "个工作日": "15个工作日内",
}

# as_required: a lead word, a few words naming who (≤ 12 characters), then an object word.
AS_REQUIRED_LEADS: dict[str, str] = {
    "按照": "按照市级要求落实",
    "按": "按市级要求推进",
    "根据": "根据上级部署",
    "依据": "依据国家规定",
    "依照": "依照有关规定",
    "遵照": "遵照上级安排",
    "参照": "参照市级时间节点",
    "配合": "配合市级统一部署",
}
AS_REQUIRED_OBJECTS: dict[str, str] = {
    "要求": "按国家要求",
    "部署": "根据上级部署",
    "安排": "按市里安排",
    "规定": "按有关规定",
    "时限": "按市级规定时限",
    "时间": "按市级时间节点",
    "节点": "按照节点推进",
    "进度": "按工程进度",
    "计划": "按计划推进",
    "需要": "根据工作需要",
    "统一": "按全市统一",
    "通知": "按上级通知",
}
# Standalone words for timing set elsewhere.
AS_REQUIRED_WORDS: dict[str, str] = {
    "适时": "适时启动",
    "视情": "视情况推进",
    "按需": "按需开展",
    "随时": "随时报送",
    "另行": "时间另行通知",
    "同步": "与市级同步推进",
    "根据实际": "根据实际情况",
}

# Weekdays after 每周/每星期 → RFC 5545 BYDAY.
WEEKDAYS: dict[str, str] = {
    "一": "MO", "1": "MO",  # 每周一前
    "二": "TU", "2": "TU",
    "三": "WE", "3": "WE",
    "四": "TH", "4": "TH",
    "五": "FR", "5": "FR",  # 每周五前报送
    "六": "SA", "6": "SA",
    "日": "SU", "天": "SU", "7": "SU",  # 每周日
}  # fmt: skip

# Counts in 每两年 / 每三年 → INTERVAL.
INTERVALS: dict[str, int] = {
    "两": 2, "二": 2, "2": 2,  # 每两年
    "三": 3, "3": 3,  # 每三年
    "四": 4, "4": 4,
    "五": 5, "5": 5,  # 每五年
}  # fmt: skip
