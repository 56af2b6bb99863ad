"""Chinese numerals, one table for every grammar (dates, deadlines, numbering).

Each entry: the character, its value, and a real example.
"""

from __future__ import annotations

# Chinese digits as written in years, dates and small numbers. Keys are the characters.
CN_DIGITS: dict[str, int] = {
    "〇": 0,  # 二〇二一年十一月底前
    "○": 0,  # 二○二一年 (white circle, a common typesetting substitute for 〇)
    "零": 0,  # 二零二一年 / 一百零三
    "Ｏ": 0,  # 二ＯＯ七年 (full-width letter O, typed for 〇 in some web texts)
    "O": 0,  # 二OO七年
    "o": 0,  # 二o一九年 (a lower-case letter o typed for 〇: dates19)
    "０": 0,  # 二００七年 (full-width digit zero among Chinese numerals)
    "一": 1,  # 一季度
    "二": 2,  # 十二月底前
    "两": 2,  # 两年内 / 两个月
    "三": 3,  # 第三季度
    "四": 4,  # 第四季度
    "五": 5,  # 五月底前
    "六": 6,  # 六月底前
    "七": 7,  # 七月底前
    "八": 8,  # 八月底前
    "九": 9,  # 九月底前
}

# Multipliers: 二十 → 20, 一百零三 → 103, 三千 → 3000.
CN_UNITS: dict[str, int] = {
    "十": 10,  # 十二月
    "百": 100,  # 一百零三
    "千": 1000,  # 三千
}

# Tens written as one character in a day of the month: 廿三日 → 23, 卅日 → 30 (二〇一九年十二月廿三日).
CN_TENS: dict[str, int] = {
    "廿": 20,  # 二〇一九年十二月廿三日
    "卅": 30,  # 一九四九年九月卅日
}

# The Chinese digits one to ten as a run for a character class, defined here once: 第[一二三四五六七八九十]条 is
# written f"第[{CN_ORDINALS}]条" (an item's number, a session's, a month's); a class adds beside it what its
# numbers need (百, 零〇, 两, \d)
CN_ORDINALS = "".join(k for k, v in CN_DIGITS.items() if 1 <= v <= 9 and k != "两") + "十"
