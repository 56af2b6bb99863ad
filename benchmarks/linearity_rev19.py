"""rev19: 10x-input timing for session 19's new and changed patterns and loops under adversarial input — long runs of
the characters a pattern repeats, many near-matches on one line, one very long line, thousands of lines (ratio near
10 = linear).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/linearity_rev19.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from scaling import report

import gazette_extract.records.appointments as AP
from gazette_extract.layout import documents as D
from gazette_extract.layout import doubt as DB
from gazette_extract.layout import metadata as MD
from gazette_extract.layout import news as NW
from gazette_extract.layout.blocks import PARAGRAPH, Block
from gazette_extract.pipeline import extract_str
from gazette_extract.records import people as P
from gazette_extract.records.appointments import clauses as C
from gazette_extract.records.appointments import common as M
from gazette_extract.records.appointments import news_prose as NP
from gazette_extract.text import newshead as NH
from gazette_extract.text import normalize as N


def blocks(lines: list[str]) -> list[Block]:
    return [Block(PARAGRAPH, text, k + 1, k + 1) for k, text in enumerate(lines)]


cases: dict[str, Callable[[int], object]] = {
    # text.normalize / text.newshead (lead19, titles20, pages19)
    "SENTENCE_DOT_RE, 100 KB-scale line of 字.": lambda n: N.SENTENCE_DOT_RE.sub("。", "字." * (50 * n)),
    "SENTENCE_DOT_RE, n lines 职务.": lambda n: N.SENTENCE_DOT_RE.sub("。", "免去周明的职务.\n" * n),
    "is_labelled_menu, n lines of entries": lambda n: [
        N.is_labelled_menu("各地新闻标签： " + "北京 " * 30 + "重庆") for _ in range(n)
    ],
    "is_labelled_menu, one long line": lambda n: N.is_labelled_menu("标签： " + "北京 " * (50 * n)),
    "_IMAGE_FILE_LINE_RE, long run without ext": lambda n: N._IMAGE_FILE_LINE_RE.match("a." * (50 * n) + "x"),
    "TOOL_LABEL_RE, n lines": lambda n: [N.TOOL_LABEL_RE.match("【分享到：") for _ in range(n)],
    "SUBJECT_TODAY_LEAD_RE, 今( runs": lambda n: NH.SUBJECT_TODAY_LEAD_RE.match("今（" * (50 * n)),
    "_REPORT_TAG_LEAD_RE / _report_tag_lead, 【 runs": lambda n: NH._report_tag_lead("【" * (50 * n)),
    "_report_tag_lead, n tagged lines": lambda n: [
        NH._report_tag_lead("【特讯】" + "市政署日前召开特别大会，讨论年度工作计划，" * 3) for _ in range(n)
    ],
    "_REPORTED_DAY_LEAD_RE, 据…社 runs": lambda n: NH._REPORTED_DAY_LEAD_RE.match("据" + "社" * (50 * n)),
    "opens_lead, one long line": lambda n: NH.opens_lead("据新华社电 " + "3月4日" * (50 * n)),
    # layout.news / layout.doubt / layout.metadata (titles20)
    "_past_dash_deck, long dash line": lambda n: NW._past_dash_deck("——" + "扫描 " * (50 * n)),
    "_LYRIC_OPENER_RE, long line": lambda n: NW._LYRIC_OPENER_RE.match("一元复始" * (50 * n) + "，"),
    "_CATEGORY_LABEL_RE, long value": lambda n: DB._CATEGORY_LABEL_RE.match("分类：" + "要" * (50 * n)),
    "metadata pairs, many generic keys on a line": lambda n: MD.printed_pairs(
        Block(PARAGRAPH, "标题： 娄勤俭：今年 " + "浏览次数： 5 " * (n // 2), 1, 1)
    ),
    # layout.documents (titles20, pages19)
    "_NOTICE_END_RE, 附 runs": lambda n: D._NOTICE_END_RE.match("附 " * (50 * n)),
    "stored_to_unsigned_end, n lines": lambda n: D.stored_to_unsigned_end(
        blocks(["各系院：", *["现就有关事项通知如下。"] * n, "联系人：郭文静"])
    ),
    "_MEDIA_TAGGED_RE, (视频 runs": lambda n: D._MEDIA_TAGGED_RE.match("（视频" * (50 * n)),
    "_same_words, long lines": lambda n: D._same_words("换人 他最特殊" * (50 * n), "换人，他最特殊" * (50 * n)),
    "_same_words, n headline pairs": lambda n: [
        D._same_words("换人 他最特殊" * 10, "换人，他最特殊" * 10) for _ in range(n)
    ],
    "_headline_again_over_prose, n repeated lines": lambda n: D._headline_again_over_prose(
        blocks(["与历史相遇在这间会议室"] * n + ["代表团开会，我随大家一起学习，受益匪浅，收获很多。"]),
        0,
        lambda b: True,
    ),
    "_stacked_headline, n short lines": lambda n: D._stacked_headline(
        blocks(["市十七届", "人大五次会议"] * n + ["本报讯 1月21日，市十七届人大五次会议主席团召开第四次会议。"]), 0
    ),
    "_keyed_headline, n keyed lines": lambda n: D._keyed_headline(blocks(["标题： 某某 [打印本页]"] * n), 0),
    # records (appoint28, appoint29, the lead's refusal, rev19)
    "_resignations_refused, n clauses": lambda n: AP._resignations_refused(
        [(k % 5 == 0, "张三申请辞去X职务" if k % 2 else "但董事会未同意") for k in range(n)]
    ),
    "_REFUSED_AFTER_RE, 未 runs": lambda n: AP._REFUSED_AFTER_RE.search("未" * (50 * n)),
    "short_resignations, 辞 runs": lambda n: NP.short_resignations("张三辞" * (20 * n)),
    "short_resignations, 并辞 runs": lambda n: NP.short_resignations(
        "许璋瑶辞去政务委员" + "并辞所兼任之主席" * (5 * n)
    ),
    "single_char_moves, 调 runs": lambda n: NP.single_char_moves("局长张三调" * (20 * n)),
    "SINGLE_MOVE_GATE_RE, near misses": lambda n: NP.SINGLE_MOVE_GATE_RE.search("局长张三调查" * (20 * n)),
    "without_legal_status, many links": lambda n: NP.without_legal_status("、公司法定代表人" * (20 * n) + "职务"),
    "_ACTING_BY_RE, long holder": lambda n: C._ACTING_BY_RE.match("决定由" + "董事、" * (10 * n) + "代理"),
    "_REASON_RE + _ground_names_the_leaver, n clauses": lambda n: [
        C._active_voice("张三先生因控股股东某公司总经理李四先生申请辞去总经理职务") for _ in range(n)
    ],
    "_surname_ren via _without_held_post, n clauses": lambda n: [
        M._without_held_post("张三在副市长任内兼任市公安局局长") for _ in range(n)
    ],
    "_is_brand, n names": lambda n: [P._is_brand("大力发展新能源") for _ in range(n)],
    "pipeline: 10n lines of Taiwan moves": lambda n: extract_str(
        "人事异动\n" + "刑事局副局长陈炯旭派台南市副局长。政务委员许璋瑶辞政务委员并辞所兼任之台湾主席。\n" * n
    ),
    "pipeline: a 100 KB-scale line of refusals": lambda n: extract_str(
        "张三申请辞去公司董事长职务，但董事会未同意，" * (n // 2) + "特此公告。\n"
    ),
    "pipeline: stacked short lines over a lead": lambda n: extract_str(
        "\n".join(["县委", "县政府"] * n) + "\n本报讯 1月21日，县委、县政府召开全县经济工作会议。\n"
    ),
}
if __name__ == "__main__":
    report(cases, 300, repeats=5, width=50)
