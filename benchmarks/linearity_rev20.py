"""rev20: adversarial 10x-input timing for session 20's new and changed patterns and loops.

Long runs of the characters each pattern repeats, many near-matches on one line, a 100 KB line and 10,000 lines.
Ratio near 10 = linear; near 1 = bounded (fails fast, or a length gate); near 100 = quadratic.
Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_rev20.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

from gazette_extract.layout import chrome as CH
from gazette_extract.layout import documents as DC
from gazette_extract.layout import doubt as D
from gazette_extract.layout import fields as F
from gazette_extract.layout import news as NS
from gazette_extract.layout import runon as RO
from gazette_extract.pipeline import extract_str
from gazette_extract.records import appointments as I
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import news_prose as NP
from gazette_extract.text import normalize as N
from gazette_extract.text import pagetitle as PT
from gazette_extract.text import pdf as P

KB = 1000  # characters per unit of n in the one-line cases: n = 100 gives a 100 KB line

cases: dict[str, Callable[[int], object]] = {
    # titles22
    "_CREDIT_RE, keys apart by 3 blanks (one line)": lambda n: CH._CREDIT_RE.match("文/" + "   文/" * n + "!"),
    "_CREDIT_RE, n lines of 60": lambda n: [CH.is_site_chrome(("文/" + "   文/" * 20)[:59] + "!") for _ in range(n)],
    "_NAMED_CREDITS_RE, 100n KB of 张三 文": lambda n: CH._NAMED_CREDITS_RE.match("张三 文 " * (KB // 5 * n) + "x"),
    "_SHARE_HINT_RE, near-matches on a line": lambda n: D._SHARE_HINT_RE.search("点击右上角" * (KB // 5 * n)),
    "_SHARE_HINT_RE, verb + blanks, no target": lambda n: D._SHARE_HINT_RE.search("点击分享" + " " * (KB * n) + "x"),
    "PINYIN_GLOSS_RE, run of 樂( ": lambda n: N.PINYIN_GLOSS_RE.search("樂( " * (KB // 3 * n)),
    "_HEADLINE_TAG_RE, run of 即/": lambda n: PT._HEADLINE_TAG_RE.match("即/" * (KB // 2 * n)),
    "_ALIAS_RE, run of （部": lambda n: PT._ALIAS_RE.search("（部" * (KB // 2 * n) + "）"),
    # audit20 (and rev20's recipients change)
    "_NOT_RECIPIENT_RE, digits then 部队": lambda n: F._NOT_RECIPIENT_RE.search("1" * (KB * n) + "部队"),
    "_NOT_RECIPIENT_RE, 1234部队 repeated": lambda n: F._NOT_RECIPIENT_RE.search("61001部队" * (KB // 7 * n)),
    "_ATTACHMENT_BUTTON_RE, run of （点击": lambda n: F._ATTACHMENT_BUTTON_RE.search("（点击" * (KB // 3 * n)),
    "_POST_INSERT_RE, run of 【": lambda n: M._POST_INSERT_RE.sub("", "【" * (KB * n) + "局长"),
    # pages21
    "_READING_TIME_RE, count + blanks + x": lambda n: D._READING_TIME_RE.match("本文约100字" + " " * (KB * n) + "x"),
    "_READING_TIME_RE, blanks, mark, blanks": lambda n: D._READING_TIME_RE.match(
        "本文约100字" + " " * (KB * n) + "。" + " " * (KB * n) + "x"
    ),
    "_ADDRESS_LINE_RE, address + 100 KB": lambda n: DC._PAGE_ADDRESS_LINE_RE.match(
        "地址:http://" + "a" * (KB * n) + " x"
    ),
    "_ORIGINAL_NOTE_RE, run of 原题为《": lambda n: NS._ORIGINAL_NOTE_RE.match("（原题为《" + "原题为" * (KB * n)),
    "_ATTRIBUTION_LEAD_RE, 据 + run": lambda n: DC._ATTRIBUTION_LEAD_RE.match("据" * (KB * n)),
    "_HEADLINE_STAMP_RE, head + blanks, no stamp": lambda n: RO._HEADLINE_STAMP_RE.match(
        "某某重大成果发布" + " " * (KB * n) + "上游新闻 x"
    ),
    "_HEADLINE_STAMP_RE, outlet word run": lambda n: RO._HEADLINE_STAMP_RE.match(
        "某某重大成果发布 " + "新闻 " * (KB * n) + "2022-05-31"
    ),
    # lead: folios and the joiner
    "PAGE_FOOTER_RE, spaced rule run": lambda n: N.PAGE_FOOTER_RE.match("— " * (KB * n) + "3 —"),
    "PAGE_FOOTER_RE, — + blanks": lambda n: N.PAGE_FOOTER_RE.match("—" + " " * (KB * n) + "x"),
    "PAGE_NUMBER_RE, search on a rule run": lambda n: P.PAGE_NUMBER_RE.search("— " * (KB * n) + "x"),
    "_NON_WORD_RE, 100 KB of marks": lambda n: N._NON_WORD_RE.sub("", "，。" * (KB // 2 * n)),
    # appoint31
    "_AFFILIATED_NAME_RE, 、 run": lambda n: I._AFFILIATED_NAME_RE.sub("", "、" * (KB * n) + "教授"),
    "_AFFILIATED_NAME_RE, 医院 run + 教授": lambda n: I._without_affiliations(
        "选举" + "医院" * (KB // 2 * n) + "郑哲教授"
    ),
    "_CHANGE_HONORIFIC_RE, 教授 run + 当选": lambda n: I._CHANGE_HONORIFIC_RE.sub("", "教授" * (KB // 2 * n) + "当选"),
    "_MOVED_TO_BODY_RE, 调任 + body run": lambda n: I._MOVED_TO_BODY_RE.sub(I._moved_to_body, "调任局" * (KB // 3 * n)),
    "_SESSION_DECIDES_RE, 市委 run": lambda n: C._SESSION_DECIDES_RE.match("市委" * (KB // 2 * n) + "同意"),
    "_OWN_REMOVAL_TAIL_RE, post run": lambda n: C._OWN_REMOVAL_TAIL_RE.match("局" * (KB * n) + "职务"),
    "_UNREAD_SECOND_RE, run of 并辞": lambda n: NP._UNREAD_SECOND_RE.sub("", "局并辞" * (KB // 3 * n)),
    "_NAME_FIRST_RE, 、 names + rank": lambda n: C._NAME_FIRST_RE.match("吴玲、" * (KB // 3 * n) + "教授被聘为院长"),
    # loops, through the pipeline
    "pipeline: one post for n x 100 names (、)": lambda n: extract_str(
        "关于干部任免的通知\n任命" + "、".join(f"张{chr(0x4E00 + k % 2000)}" for k in range(100 * n)) + "为某局科员。\n"
    ),
    "pipeline: 10n lines of 任X，免去Y职务": lambda n: extract_str(
        "关于干部任免的通知\n" + "张三同志任县委办公室主任，免去各乡镇党委书记职务；\n" * (10 * n)
    ),
    "pipeline: 10n notice titles under prose": lambda n: extract_str(
        "置顶广告：\n\n关注公众号，领取优惠！想买房、想找工作，都在这里！\n\n"
        + "关于暂缓恢复集市的通告\n\n近期，为切实做好疫情防控工作，现就有关事项通告如下。\n\n" * (10 * n)
    ),
    "pipeline: 10n 原题为 notes": lambda n: extract_str(
        "某某新闻\n\n" + "今天上午，某某会议召开，会议研究了有关事项。\n（原题为《某某会议召开》）\n" * (10 * n)
    ),
    "pipeline: 10n stamped head lines": lambda n: extract_str(
        "某某重大成果发布 上游新闻     2022-05-31 21:10\n\n" * (10 * n)
    ),
    "pipeline: 10n recipients lines": lambda n: extract_str(
        "某市人民政府关于做好安全生产工作的通知\n\n" + "各区人民政府，中国人民解放军61001部队：\n\n" * (10 * n)
    ),
}
# 1,000 and 10,000 lines (one run each)
lines: dict[str, Callable[[int], object]] = {
    "pipeline: n lines of 任X，免去Y职务": lambda n: extract_str(
        "关于干部任免的通知\n" + "张三同志任县委办公室主任，免去县委组织部副部长职务；\n" * n
    ),
    "pipeline: n lines of credits 文/   文/": lambda n: extract_str(
        "某某新闻\n\n" + ("文/" + "   文/" * 20 + "!\n") * n
    ),
    "pipeline: n reading-time lines": lambda n: extract_str("某某新闻\n\n" + "本文约1070字，阅读需要3分钟\n\n" * n),
}
if __name__ == "__main__":
    report(cases, 10, repeats=3, width=46)
    report(lines, 1000, repeats=1, width=46)
