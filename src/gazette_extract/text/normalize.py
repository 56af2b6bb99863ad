"""Stage 2: clean converter noise and rejoin paragraphs, keeping a map to source lines.

What a PDF/HTML converter leaves behind, and what we do about it:

* Markdown marks: ``**bold**`` and ``*italic*`` / ``_italic_`` are dropped; ``# heading`` marks are kept as the paragraph's
  heading level (``Para.level``) and dropped from its text. (:func:`normalize_text` writes the
  level back as ``#`` so that normalizing twice gives the same text: without it, a title that
  ends without punctuation would be rejoined with the next paragraph on a second pass.)
* Pinyin glosses that some mirrors insert after a character (``發(fā)展``, ``制(zhì)度``) are
  removed: a bracketed lower-case syllable with a tone mark, right after a Chinese character.
* Kangxi radicals and radical forms a PDF prints for characters (``⼈⺠政府``) → the characters.
* Full-width digits, Latin letters and square brackets (``２０２１``, ``［］``) → ASCII, and
  full-width date and time marks between digits (``２０２１－０２－０２ １０：２７``); U+3000 and NBSP → space;
  runs of spaces → one space. Tabs are kept: they separate table cells.
* Spaces inside numbers and dates (``2021 年 11 月底前``, ``〔2023〕1 号``) are removed.
* ASCII punctuation next to Chinese text (``,:;()?!``) is folded to full width, so that
  ``(牵头单位:区发改局;责任单位:区财政局)`` and ``（牵头单位：区发改局；…）`` read alike; an ASCII full
  stop after Chinese text at the end of a line is a sentence's end (``…职务.`` → ``…职务。``).
* Paragraphs broken at a page break are rejoined: a paragraph that ends without closing
  punctuation continues in the next one, unless either of them is structural (a heading, a
  numbered item, a table row, a date, signature, document-number or metadata line).

Every paragraph keeps the 1-based source lines it came from (``Para.line``/``Para.end_line``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._fastclass import dataclass
from .._pattern_cache import compile_re
from ..grammars.dates import LINE_DATE, is_date_line
from ..vocab.common import CJK as _CJK
from ..vocab.common import (
    DOC_KIND_ALTERNATION,
    ISSUER_SUFFIXES,
    METADATA_KEY_ALTERNATION,
    METADATA_KEYS,
    OFFICIAL_KINDS,
    PAGER_ALTERNATION,
    PAGER_KEYS,
    STORY_OPENER_ALTERNATION,
    STORY_OPENERS,
    TABLE_COLUMN_NAMES,
    TITLE_KEY_ALTERNATION,
    LazyPattern,
)
from ..vocab.docnumber import NUMBER_KEYS_ELSEWHERE
from ..vocab.heads import (
    DOCUMENT_FILE_PATTERN,
    IMAGE_FILE_PATTERN,
    MD_IMAGE_LINE_PATTERN,
    MORE_LINK_PATTERN,
    NOT_MENU_LABEL_ENDS,
    SHARE_BAR_PATTERN,
    SITE_LINK_BAR_PATTERN,
    SITE_LINK_WORDS,
    TEMPLATE_MARK_PATTERN,
    TOOL_LABEL_PATTERN,
)
from ..vocab.numerals import CN_ORDINALS
from ..vocab.personnel import ROSTER_ROLES
from .newshead import (
    DAY_LEAD_RE,
    GLUE_LINE_MAX,
    SPEAKER_DECK_MAX,
    SPEAKER_DECK_RE,
    SUBJECT_TODAY_LEAD_RE,
    dateline_at,
    has_furniture_tail,
    is_news_head_line,
    is_summary_key_alone,
    opens_lead,
    opens_release_lead,
    split_headline_byline,
)
from .pagetitle import (
    HEADLINE_TAG_FIRST,
    PAGE_TITLE_TAIL_WORDS,
    REPRINT_NOTE_LAST,
    page_title_head,
    strip_headline_tag,
    strip_spam_prefix,
)
from .radicals import RADICAL_FOLD
from .spacetables import columns, space_table_rows

# Full-width ASCII variants → ASCII for digits and letters; odd spaces → space.
_FOLD: dict[int, int | None] = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x200B: None, 0xFEFF: None})
# The other typographic spaces (U+2000–U+200A: em, en, thin, hair …; narrow no-break U+202F;
# medium mathematical U+205F) → space, as Word and web pages print them between words.
_FOLD.update(dict.fromkeys([*range(0x2000, 0x200B), 0x202F, 0x205F], 0x20))
# Invisible marks pages carry inside words (平谷区人民政府关\u2060于): zero-width non-joiner and
# joiner, left-to-right / right-to-left marks and embeddings, word joiner and invisible operators,
# soft hyphen (&shy;), the emoji variation selector: dropped, as U+200B is.
INVISIBLE = "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u00ad\ufe0f"
_FOLD.update(dict.fromkeys(map(ord, INVISIBLE)))
_FOLD.update({0xFF0E: ord(".")})  # ．as in １．→ 1.
# ［］ → [] (NFKC): ［责任单位：老街办］ and ［2021］ read as their ASCII forms do everywhere
_FOLD.update({0xFF3B: ord("["), 0xFF3D: ord("]")})
# Half-width CJK punctuation → its usual form (NFKC), as Big5 / Shift-JIS round trips print it:
# 区发改委､区财政局｡ → 区发改委、区财政局。 ; ｢…｣ → 「…」
_FOLD.update({0xFF61: ord("。"), 0xFF62: ord("「"), 0xFF63: ord("」"), 0xFF64: ord("、")})
# The small forms (Big5's small punctuation, U+FE50–FE57, FE59–FE5A) → the usual full-width ones:
# ﹙牵头单位﹕区发改委﹚ → （牵头单位：区发改委）
SMALL_FORMS = {
    "﹐": "，",
    "﹑": "、",
    "﹒": ".",
    "﹔": "；",
    "﹕": "：",
    "﹖": "？",
    "﹗": "！",
    "﹙": "（",
    "﹚": "）",
}
_FOLD.update((ord(small), ord(usual)) for small, usual in SMALL_FORMS.items())
# Kangxi radicals a PDF prints for characters (⼈⺠政府): text/radicals.py
_FOLD.update(RADICAL_FOLD)
_FOLD_NEEDED_RE = compile_re("[" + "".join(chr(cp) for cp in _FOLD) + "]")
# Runs of those characters: only they are translated (str.translate looks every character of a
# whole text up in _FOLD, 5x slower than finding the few runs that need it). Written X X* rather than X+ (the same
# matches): ``re`` scans for a pattern that opens on a class, and tries one that opens on a repeat at every position
# (speed19).
_FOLD_RUN_RE = compile_re(_FOLD_NEEDED_RE.pattern + _FOLD_NEEDED_RE.pattern + "*")
# Full-width date and time marks between digits → ASCII, as NFKC would: a page printed all in
# full width (２０１６－０２－０２ １０：２７, ２０２１／３／５) reads like 2016-02-02 10:27. Only
# between digits: elsewhere － is a dash (－ 1 － page footers) and ：／ are Chinese punctuation.
_DIGIT_MARKS = {"－": "-", "／": "/", "：": ":"}
DIGIT_MARK_RE = compile_re(r"[－／：](?<=\d[－／：])(?=\d)")


# The whole-text substitutions below are plain ``re`` patterns, compiled on first use (they hold
# the CJK class): each starts with the character it looks for, so ``re`` scans for it and runs
# them at least as fast as ``regex`` (5 MB: 15–28 ms each). An earlier engine switch between the two,
# on a process-wide count of folded texts, is gone: the engine no longer depends on what ran before.
# Each branch starts with its mark (the look-behind after it): the engine scans for the marks.
# (a name withheld by one character between two pairs of stars, **市**区, is a mask, not bold: kept)
BOLD_RE = compile_re(rf"\*\*(?![{_CJK}]\*\*)(?<!\*\*[{_CJK}]\*\*)|__(?=\S)|__(?<=\S__)")
_STAR_MASK_RE = compile_re(rf"\*\*[{_CJK}]\*\*")  # **市**: the mask BOLD_RE keeps
# Markdown italic, as HTML → Markdown converters write <em>/<i>: *牵头单位*：区发改委 / _一、总体要求_.
# A pair of one mark on one line, the text between starting and ending with a non-space, and
# neither mark touching a word character outside: 张*、李* (masked names), file_name_v2 and a
# footnote's lone * stay as printed. At most 60 characters between: linear.
ITALIC_RE = compile_re(r"([*_])(?<![\w*]\*)(?<![\w_]_)([^\s*_](?:[^*_\n]{0,58}[^\s*_])?)\1(?![\w*_])")
# Spaces around digits next to CJK or document-number brackets: 2021 年 11 月 / 〔 2021 〕 1 号
# Each branch starts with its space and looks behind past it: the engine scans for spaces
# rather than trying every branch at every position (15x faster with re, same matches).
NUMBER_SPACE_RE = LazyPattern(
    rf" (?<=\d ) *(?=[{_CJK}〔〕\[\]［］【】%])"  # 2021 年 → 2021年 ; 1 号 → 1号 ; 95 % → 95%
    rf"| (?<=[{_CJK}〔〕\[\]［］【】] ) *(?=\d)"  # 年 11 → 年11 ; 〔 2021 → 〔2021
    r"| (?<=\d ) *(?=[.]\d)| (?<=\d\. ) *(?=\d)"  # 13 .3 → 13.3
)
MULTISPACE_RE = compile_re("  +")  # not " {2,}": sre searches a two-space prefix 8x faster
# Letter-spaced lines, typeset for emphasis: 几 个 问 题 的 通 知 / 目 录. Each match opens on the
# line end before it (fold_text puts one before the first line): a pattern that starts with a
# character is scanned for, where (?m)^ was tried at every position (3-4x slower, same lines).
LETTER_SPACED_RE = LazyPattern(rf"\n[ \t]*(?:[{_CJK}] {{1,3}}){{1,}}[{_CJK}][ \t]*(?=\n|\Z)")
# ... and with digits, brackets or quotes among the characters, as red heads and converters print a
# title, number or masthead (关 于 做 好2020年 春 节 期 间 … 的 通 知 ; 湘 政 办 发 〔2020〕12号 ;
# “ 十 四 五 ” 规 划 ; 二 〇 一 九 年 六 月 一 日): a token is characters with no two CJK ones
# touching (〇 counts as one); at least four tokens.
_SPACED_MARKS = r"0-9〔〕［］\[\]【】（）()《》“”、·—/．."
LETTER_SPACED_MIXED_RE = LazyPattern(
    rf"\n[ \t]*(?:(?:[{_SPACED_MARKS}]{{0,12}}[{_CJK}〇○](?:[{_SPACED_MARKS}]{{1,12}}[{_CJK}〇○])?[{_SPACED_MARKS}]{{0,12}}"
    rf"|[〔〕《》“”（）()、—]{{1,3}}) {{1,3}}){{3,}}"
    rf"(?:[{_SPACED_MARKS}]{{0,12}}[{_CJK}〇○](?:[{_SPACED_MARKS}]{{1,12}}[{_CJK}〇○])?[{_SPACED_MARKS}]{{0,12}}"
    rf"|[〔〕《》“”（）()、—]{{1,3}})[ \t]*(?=\n|\Z)"
)
# HTML entities left in text saved from web pages (&sp; is a typo some CMSs print for &nbsp;)
ENTITY_RE = compile_re(r"&(?:nbsp|sp|ensp|emsp|thinsp|#160|#12288);?")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}
# ... and the punctuation a CMS writes as entities: &ldquo;两区&rdquo; ; 2021&mdash;2023年
_ENTITIES.update(
    {
        "&ldquo;": "“",
        "&rdquo;": "”",
        "&lsquo;": "‘",
        "&rsquo;": "’",
        "&mdash;": "—",
        "&ndash;": "–",
        "&middot;": "·",
        "&hellip;": "…",
        "&bull;": "•",
    }
)
ENTITY_NAMES = tuple(name[1:-1] for name in _ENTITIES)  # amp, lt … (spans drops their tails)
ENTITY_TEXT_RE = compile_re("&(?:" + "|".join(ENTITY_NAMES) + ");")
# A colon typed as the ratio sign ∶ (U+2236) or a presentation form (﹕ ︰) after Chinese text or a
# closing bracket, as input methods and Word print it: 牵头单位∶区发改委 → 牵头单位：区发改委.
# Between digits it is a ratio (1∶1000) and stays.
RATIO_COLON_RE = LazyPattern(rf"[∶﹕︰](?<=[{_CJK}）)】\]][∶﹕︰])")
# ASCII punctuation beside Chinese text → full width.
_PUNCT_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
ASCII_PUNCT_RE = LazyPattern(
    # ASCII brackets count as context too, so that one pass folds what a second pass would
    # (normalizing twice must equal once): (二)) → （二）） ; (1), → （1），
    # One mark, then which of the four contexts it stands in, looked at around it: a pattern that
    # starts with one character class is scanned for by the engine (3x faster than a look-behind).
    rf"[,:;?!()](?:(?<=[{_CJK}”’）】》)][,:;?!])"  # 单位:区发改局 ; 完成。 ,
    rf"|(?<=[,:;?!])(?= *[{_CJK}“‘（(【《])"  # :区发改局 ; :  ( (spaces not yet collapsed)
    rf"|(?<=\()(?<![A-Za-z]\()(?= ?[{_CJK}\d{CN_ORDINALS}])"  # (牵头单位 ; (2017年 ; (一)
    rf"|(?<=[{_CJK}\d”》）)]\)))"  # 街道) ; 2035年) ; (1)
)
# An ASCII full stop that ends a line after Chinese text (or a closing mark) ends a sentence, as 。 does: pages
# typed with ASCII punctuation (决定免去:周明的市审计局局长职务.) — without it such a line reads as a heading.
# Only at a line's end: inside a line '.' also joins the parts of a transliterated name (阿不都.热合曼) and
# numbers (1.5万), and after a digit or a Latin letter it is a number or an abbreviation (第3.2条, Co.).
SENTENCE_DOT_RE = LazyPattern(rf"\.(?<=[{_CJK}”’）】》]\.)(?=[ \t]*(?:\n|\Z))")
# The year of a document number in brackets other than 〔〕, folded to 〔〕: every later rule that
# reads a number inside brackets — 《title》（国发(2016)33号）, 标题(华政发(2021)2号), (冀政发(2018)11号
# 2018年5月18日印发) — nests one pair of brackets only, and the grammar does not know 〈〉.
# Only a four-digit year right after a Chinese character (the agency) and right before a serial
# and 号: 冀政发(2018)11号, 国办发（2017）7号, 京政发﹝2021﹞1号, 京政发〈2021〉1号; never a case number
# (（2020）京01民终123号: no agency before it) nor a year in a title (方案（2021—2023年）).
# [] ［］ 【】 are read everywhere already and stay as printed. Question marks for both brackets are a converter's
# loss (GBK → ?: 锡府办?2005?99号, rosters and tasks round 18): the same year between two of them is read as 〔〕.
DOC_YEAR_BRACKET_RE = LazyPattern(
    rf"[(（﹝〈?？](?:(?<=[{_CJK}][(（﹝〈?？])|(?<=[{_CJK}] [(（﹝〈?？]))"
    r" *((?:19|20)\d\d) *[)）﹞〉?？](?= *第? *\d{1,5} *[号號])"
)
# A pinyin gloss right after a Chinese character: 發(fā)展 / 制（zhì）度 / 绿(lǜ)色. The syllable
# must carry a tone mark, so 附件(a) and 总值(GDP) stay; at most 6 letters, so it is linear.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A run of glosses goes at once, so that normalizing twice changes nothing: 字(ā)(ǎ).
# The bracket first, the character looked behind past it: the engine scans for brackets (5x faster).
# A mirror may pad the syllable with one space a side (titles22): 樂(lè )縣 (megontherun, dev) / 發( fā)展 / 制（zhì　）度.
_GLOSS = (
    rf"[ \u3000]?(?=[a-zü{_TONED}]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}}[ \u3000]?[)）]"  # after its opening bracket
)
PINYIN_GLOSS_RE = LazyPattern(rf"[(（](?<=[{_CJK}][(（]){_GLOSS}(?:[(（]{_GLOSS})*")
MD_HEADING_RE = compile_re(r"^(#{1,6})\s+")
_BULLETS = frozenset("-*+•·●▪■◆")
BULLET_RE = compile_re(r"^(?:[-*+•·●▪■◆]\s+)")
# (- 12 - / — 12 — / ——12—— / — — — 3 — (a converter's spaced rule) / 第3页 共10页 / ·12· / • 12 •)
PAGE_FOOTER_RE = compile_re(
    r"^(?:[-—–－]\s*){1,4}\d{1,4}\s*(?:[-—–－]\s*){0,3}[-—–－]$"
    r"|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$|^[·•]\s*\d{1,4}\s*[·•]$"
)
# Markdown horizontal rules and empty emphasis left by converters.
RULE_RE = compile_re(r"^(?:[-*_=]\s*){3,}$|^[—–━─]{3,}$")  # ------ ; ———— / ━━━━ (a rule between documents)
_RULE_OR_FOOTER_START = frozenset("-*_=—–－第━─·•")

CLOSING = frozenset("。！？!?；;：:…”’」』）)】〕>》")
# A paragraph ending in one of these never goes on (_continues), whatever the next line: the
# closing marks less the quotes, which close only with the mark before them (。” but not 的”).
_CLOSED_ENDS = CLOSING - frozenset("”’」』")
# A paragraph ending in one of these is certainly unfinished.
CONTINUING = frozenset("、，,和及与或的之《“‘（(【—-")

# Lines that stand alone: they never continue into the next line and nothing joins them.
# Lines that stand alone: they never continue into the next line and nothing joins them.
# All alternatives are anchored at the start; the few forms recognised by their end or by a
# word anywhere are cheaper as string tests (see _is_standalone).
STANDALONE_RE = LazyPattern(
    rf"""
    \d{{1,4}}$                                    # 2021 (cover year), page numbers
    |第\d+期                                       # 第1期（总第9期）
    |[【\[][^】\]]{{2,30}}[】\]]$                   # 【平谷区人民政府文件】
    |[\x00-\x7f]+$                                # BEIJINGSHI PINGGUQU … (Latin only)
    |附件\s*\d*\s*[:：]?$                            # 附件1 / 附件 3
    |附件\s*\d{{1,2}}\s*[:：.．、][^。；]{{1,60}}$           # 附件2：宜都市…责任分工表 (a label line)
    |[{_CJK}]{{1,12}}[〔\[［(（【]\d{{4}}[〕\]］)）】]第?\d+[号號]$   # 京平政发〔2021〕1号
    |[{_CJK}]{{1,16}}令?第\d+号$                    # 国令第707号, 中华人民共和国国务院令第707号 (decrees)
    |(?![^\n]*(?:关于|《))[^，。；]{{0,30}}[{_CJK}]\x20[{_CJK}][^，。；]{{0,30}}$  # 韩小波 副区长 / 总理 李克强 (layout, not prose; not a title: …关于 印发《…)
    |\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}\s+\d{{1,2}}:\d{{2}}   # 2023-01-05 10:00 区人民政府办公室 (page chrome)
    |[【\[]?\s*字[体體号號]\s*[:：][大中小\s\]】|｜]{{0,12}}$   # 字體: / 【字号：大 中 小】 (a page's font chooser)
    |(?:{PAGER_ALTERNATION})\s*[:：]\s*(?:[\[［]?\d{{1,4}}[\]］]?\s*){{1,12}}$   # 页: [1] 2 3 (a forum's pager)
    """,
    re.VERBOSE,
)
# A dot leader and a page number end the line: 京平政发〔2020〕21号..... 1 (the form of
# r"(?:\.{3,}|…{2,}|·{3,})\s*\d+$"; read from the end by _has_leader_end, since that regex
# searched from every dot of a long run of dots: quadratic).
_LEADER_MIN = {".": 3, "…": 2, "·": 3}
BREADCRUMB_RE = compile_re(
    r"当前的?位置|[您你]的位置|[您你]所在的位置|[您你]现在(?:所在)?的位置|本页位置|所在位置|首页\s*[>＞»]"
)  # saved web pages
_METADATA_KEY_RE = compile_re(r"^[\[【•\s]*(?:" + METADATA_KEY_ALTERNATION + r")\s*(?:[\]】]\s*[:：|]?|[:：|])")
# A Macau act headed by its serial and year (as the Official Gazette, 公報, prints them): 第57/2016號行政命令 /
# 第223/2000號行政長官批示 / 第2/1999號法律 / 第37/2000號行政法規 / 第12/2020號社會文化司司長批示 — the heading
# is the title (read on Simplified text); nothing above it (葡文版本, the office's masthead) joins it
SERIAL_ACT_RE = compile_re(
    rf"^第\d{{1,4}}/(?:19|20)\d\d号[{_CJK}]{{0,12}}?(?:行政命令|批示|行政法规|法律|命令|公告|通告|法令)$"
)


# A known key of three characters or more glued to its value, the separator lost, as portals'
# tables copied to text print them, often two pairs a line: 发文机构武汉市人民政府办公厅发文字号武政办
# 〔2020〕1号 / 发布日期2020年01月23日有效性有效 / 成文日期2020年01月17日 (shorter keys — 文号, 标题,
# 来源 — open prose too: never read glued)
GLUED_KEY_RE = compile_re(
    "|".join(re.escape(k) for k in sorted((k for k in METADATA_KEYS if len(k) >= 3), key=len, reverse=True))
)
GLUED_LINE_MAX = 80


def is_glued_key_line(text: str) -> bool:
    """A line of glued metadata pairs: a known key glued to its value at the start, and a second
    known key after it or a date as the value (成文日期2020年01月17日); no sentence punctuation."""
    if len(text) > GLUED_LINE_MAX or "，" in text or "。" in text:
        return False
    m = GLUED_KEY_RE.match(text)
    if m is None or m.end() >= len(text) or text[m.end()] in " \u3000:：|]】\t":
        return False
    return GLUED_KEY_RE.search(text, m.end() + 1) is not None or is_date_line(text[m.end() :])


# Numbered list items: 一、 （一） 1. 1、 (1) ① 第一条
ITEM_START_RE = compile_re(
    rf"^(?:[{CN_ORDINALS}百零〇]+(?:、|[.．](?![\d{CN_ORDINALS}百零〇]))|[（(][{CN_ORDINALS}百零〇]+[）)]|\d{{1,3}}(?:[.、](?!\d)|\s)|[（(]\d{{1,3}}[）)]"
    rf"|[①-⑳㈠-㈩]|第[{CN_ORDINALS}百零〇\d]+[条章节]|[—-]{{1,2}}\s*\d+\s*[—-]{{1,2}}$)"
)
TITLE_END_RE = compile_re(f"(?:{DOC_KIND_ALTERNATION})[”》]?$")  # …的通知 / …的通知》
_LONG_TITLE_MAX = (
    120  # a 关于/印发 title ending on 的 and its kind may be this long (titles of 100 characters and more)
)
_OF_KIND_END_RE = compile_re(f"的(?:{DOC_KIND_ALTERNATION})[”》]?$")  # …》的通知
_SHORT = 18  # lines shorter than this (rosters, titles, signatures) are not page-broken text
_AGAIN_MIN = 6  # a line printed again under itself stands alone when it has this many letters at least
# what a line's words are compared by (its letters, digits and Han characters: the marks between them fold between
# two normalizations, 1111“, / 1111“，)
_NON_WORD_RE = compile_re(r"[\W_]+")
# A news lead that opens on the story's day: 今天在京举行的… / 昨天上午， / 近日， / 3月5日， / 12月3日下午，…
_TIME_LEAD_RE = LazyPattern(
    r"^\s*(?:今天|今日|昨天|昨日|前天|日前|近日|连日来|本周|上周|"
    rf"(?:\d{{1,2}}|[{CN_ORDINALS}]{{1,2}})月(?:\d{{1,2}}|[{CN_ORDINALS}]{{1,3}})日)"
    r"(?:上午|下午|晚上|晚间|凌晨|中午|早上)?[，,（(在]"
)


@dataclass(slots=True)
class Para:
    text: str
    line: int  # first source line, 1-based
    end_line: int  # last source line, 1-based, inclusive
    level: int = 0  # Markdown heading level, 0 when not a heading
    standalone: bool = False  # its first line stands alone (date, number, metadata, table row …)


# Spaces lost to "?" when a page was saved in a code page without them (an ideographic or no-break space
# written as ?): lines that are a lone ? or open on "? " (rosters round 6: 組?長:李?鵬(國務院總理) /
# ? 劉華清(中央軍委副秘書長), a mirror of 国发〔1989〕27号). Two such lines mark the page.
# Or lines that open on a run of two to four ? before their text, the indent's two ideographic spaces
# lost so (??經市政府同意，現將… / 牡丹江市人民政府辦公室 / ??2018年5月14日: a GBK mirror of a notice,
# its date line no date line: dates round 14).
_LOST_SPACE_LINE_RE = compile_re(r"(?m)^[ \u3000]*(?:\?(?:[ \u3000]|$)|\?{2,4}(?=[^?\n]))")
# … and on such a page, a ? that opens a line (each of a run) or stands between two Chinese characters
# is a space.
_LOST_SPACE_RE = compile_re(rf"(?m)^([ \u3000]*)(\?{{1,4}})|(?<=[{_CJK}])\?(?=[{_CJK}])")


def _lost_space(m: re.Match[str]) -> str:
    return (m.group(1) or "") + "\u3000" * len(m.group(2) or "?")


# A forum's anti-copy noise (Discuz's jammer, pages18): runs of one to three ASCII characters apart by blanks,
# letters and marks among them, inserted at line starts, after sentences and after dates — & L. [" f: o0 _, Y( T* [3 n
# 关于撤销…的通知9 x0 G- Z! G2 Z5 Y$ q / …统一管理。. f& D8 I6 ~% g) f" x# R- p / 二○一○年十二月二日8 a/ T9 Z$ d% I' e8 o4 h j.
# A run of five to twenty-four such pieces (at least two letters and two marks; a table's bar | counts as no mark) is
# dropped; no run crosses a line end. The marks that gate the scan: every jammer run seen holds one of them.
_JAMMER_RE = compile_re(r"(?<![!-~])[ \u3000]?(?:[!-~]{1,3}[ \u3000]){4,23}[!-~]{1,3}(?![!-~])")
_JAMMER_GATE = frozenset("$#%^`~&")
_JAMMER_MARKS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{}~")
_JAMMER_MIN = 5
# What every match of _JAMMER_RE holds: a blank, three pieces each followed by a blank, and the next piece's first
# character. _JAMMER_RE opens on a look-behind, so ``re`` tries it at every position of what it is given (11 ms on the
# sample ×10, which its headings' # and its per cents let in); these open on one character each, a space or an
# ideographic space, which ``re`` finds with a plain character loop (a class is tested by a call per character), and
# tell the lines a run can stand on (speed19).
_JAMMER_PIECES = r"(?:[!-~]{1,3}[ \u3000]){3}[!-~]"
_JAMMER_LINE_RES = (compile_re(" " + _JAMMER_PIECES), compile_re("\u3000" + _JAMMER_PIECES))


def _jammer_dropped(m: re.Match[str]) -> str:
    run = m.group()
    pieces = run.split()
    if len(pieces) < _JAMMER_MIN:
        return run
    letters = sum(c.isalpha() for c in run)
    marks = sum(c in _JAMMER_MARKS for c in run)
    return "" if letters >= 2 and marks >= 2 else run


def jammer_runs_replaced(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    """``_JAMMER_RE.sub(replace, text)``, given only the lines that can hold a run (_JAMMER_LINE_RES). No run crosses
    a line end (its characters are blanks and ASCII marks, letters and digits), the look-behind and the look-ahead
    fail alike on a line end and on nothing, and ``re`` resumes its scan at a line's start as it would at the text's:
    each line alone gives what the whole text did (tests/test_speed19.py holds the whole-text form as reference).
    Each pattern's next hit is kept until a line passes it: looked for again after every line, the form a text never
    prints would be looked for to the text's end each time (quadratic in a run of such lines)."""
    nexts = [_next_hit(pattern, text, 0) for pattern in _JAMMER_LINE_RES]
    at = min(nexts)
    if at == len(text):
        return text
    pieces: list[str] = []
    done = 0  # the text before this is in ``pieces``
    while at < len(text):
        start = text.rfind("\n", done, at) + 1 or done  # (rfind gives -1 when the line began at ``done``)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        pieces.append(text[done:start])
        pieces.append(_JAMMER_RE.sub(replace, text[start:end]))
        done = end
        nexts = [
            hit if hit >= end else _next_hit(pattern, text, end)
            for pattern, hit in zip(_JAMMER_LINE_RES, nexts, strict=True)
        ]
        at = min(nexts)
    pieces.append(text[done:])
    return "".join(pieces)


def _next_hit(pattern: re.Pattern[str], text: str, at: int) -> int:
    """Where ``pattern``'s next match in ``text`` from ``at`` begins; the text's length when there is none."""
    hit = pattern.search(text, at)
    return len(text) if hit is None else hit.start()


def _lost_spaces_restored(text: str) -> str:
    """The page's lost spaces restored (_LOST_SPACE_RE), line by line: only the lines holding a ? are
    read. _LOST_SPACE_RE opens on a line's start or a look-behind, so ``re`` tries it at every position
    of what it is given (17 ns a character: 12 ms on the samples' 0.7 M characters, of which 89 lines
    hold a ?). No match crosses a line end (spaces, ? and the Chinese characters around one exclude it),
    a line's start is where ^ holds, and the look-behind at a line's start and the look-ahead at its end
    fail alike on the line end outside and on nothing: each line alone gives what the whole text did."""
    marks = _LOST_SPACE_LINE_RE.finditer(text, 0, 1 << 20)
    if next(marks, None) is None or next(marks, None) is None:
        return text  # fewer than two: the scan stops at the second, not at the end of the text
    pieces: list[str] = []
    done = 0  # the text before this is in ``pieces``
    at = text.find("?")
    while at >= 0:
        start = text.rfind("\n", done, at) + 1 or done  # (rfind gives -1 when the line began at ``done``)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        pieces.append(text[done:start])
        pieces.append(_LOST_SPACE_RE.sub(_lost_space, text[start:end]))
        done = end
        at = text.find("?", end)
    pieces.append(text[done:])
    return "".join(pieces)


# A line of names padded to one width, as rosters print them (委员（按姓氏笔画为序）⏎王  伟　李  明　张建国): a two-character
# name letter-spaced with one or two spaces, names apart by a full-width space or three spaces or more (rosters and tasks
# round 18). Folded as it stands, every gap became one space and the letter-spaced line rule closed it up whole
# (王伟李明张建国: no name could be told from the next); the spaces inside each name are dropped first. Two names at
# least, one of them letter-spaced.
_PADDED_NAME = rf"[{_CJK}](?: {{1,2}}[{_CJK}]|[{_CJK}]{{1,2}})"
_PADDED_NAMES_LINE_RE = compile_re(
    rf"(?m)^[ \u3000]*{_PADDED_NAME}(?:(?:\u3000+ *| {{3,}})(?:{_PADDED_NAME}))+[ \u3000]*$"
)
_PADDED_INNER_RE = compile_re(rf"(?<=[{_CJK}]) {{1,2}}(?=[{_CJK}](?:[ \u3000]|$))")


def _names_unpadded(m: re.Match[str]) -> str:
    line = m.group()
    return _PADDED_INNER_RE.sub("", line) if _PADDED_INNER_RE.search(line) else line


def fold_text(text: str) -> str:
    """Character-level normalization of a whole text (line structure unchanged)."""
    if "\r" in text:  # CRLF and old-Mac CR: one line end, so that ^…$ patterns see every line
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _JAMMER_GATE.isdisjoint(text):
        text = jammer_runs_replaced(text, _jammer_dropped)  # a forum's anti-copy noise (pages18)
    if "?" in text:
        text = _lost_spaces_restored(text)
    if "  " in text and ("\u3000" in text or "   " in text):
        text = _PADDED_NAMES_LINE_RE.sub(_names_unpadded, text)
    if "&" in text:
        text = ENTITY_TEXT_RE.sub(lambda m: _ENTITIES[m.group()], ENTITY_RE.sub(" ", text))
    if _FOLD_NEEDED_RE.search(text):
        text = _FOLD_RUN_RE.sub(lambda m: m.group().translate(_FOLD), text)
    if "－" in text or "／" in text or "：" in text:
        text = DIGIT_MARK_RE.sub(lambda m: _DIGIT_MARKS[m.group()], text)
    if any(mark in text for mark in _TONED):  # 24 substring scans in C: faster than the class over the text
        text = PINYIN_GLOSS_RE.sub("", text)
    if "__" in text or ("**" in text and _STAR_MASK_RE.search(text)):
        text = BOLD_RE.sub("", text)
    elif "**" in text:  # no __ and no mask: BOLD_RE removes every pair, as this does 3x faster
        text = text.replace("**", "")
    if "*" in text or "_" in text:
        text = ITALIC_RE.sub(r"\2", text)
    if "号" in text or "號" in text:  # before NUMBER_SPACE_RE: 〈2000〉 851号 → 〔2000〕851号
        text = DOC_YEAR_BRACKET_RE.sub(r"〔\1〕", text)
    if "∶" in text or "﹕" in text or "︰" in text:
        text = RATIO_COLON_RE.sub("：", text)
    text = NUMBER_SPACE_RE.sub("", text)
    text = MULTISPACE_RE.sub(" ", text)  # first: the punctuation rule looks past one space only
    text = ASCII_PUNCT_RE.sub(lambda m: _PUNCT_FULL[m.group()], text)
    if "." in text:
        text = SENTENCE_DOT_RE.sub("。", text)
    text = LETTER_SPACED_RE.sub(lambda m: m.group().replace(" ", ""), "\n" + text)
    if " " in text:
        text = LETTER_SPACED_MIXED_RE.sub(_join_spaced, text)
        if "的" in text:
            text = SPACED_KIND_END_RE.sub(_join_spaced_kind, text)
    return text[1:]


# A title's kind letter-spaced at the end of its line, after 的 (封丘县人民政府办公室 关于推进…工作的 通 知):
# the kind's two characters are one word
SPACED_KIND_END_RE = LazyPattern(rf"的[ \t]*([{_CJK}])[ \t]{{1,4}}([{_CJK}])[ \t]*(?=\n|\Z)")
_TWO_CHARACTER_KINDS = frozenset(k for k in OFFICIAL_KINDS if len(k) == 2)


def _join_spaced_kind(m: re.Match[str]) -> str:
    kind = m.group(1) + m.group(2)
    return "的" + kind if kind in _TWO_CHARACTER_KINDS else m.group()


def _join_spaced(m: re.Match[str]) -> str:
    """A letter-spaced line with digits or marks, joined when most of its tokens are one
    character (1号 2号 3号 4号, a row of cells, stays)."""
    tokens = m.group().split()
    single = sum(len(t) == 1 for t in tokens)
    return m.group().replace(" ", "") if 2 * single > len(tokens) else m.group()


_METADATA_FIRST = frozenset(k[0] for k in METADATA_KEYS) | frozenset("[【•")
# Characters a match of BYLINE_RE can begin with (a whitespace character too: _is_standalone tests both).
_BYLINE_FIRST = frozenset("作记通编责撰摄来信发上更浏点阅字（(\\本")
# Characters a match of STANDALONE_RE can begin with (a digit too: 2021 / 2023-01-05 10:00); its
# other forms end in 号/號, hold a space (韩小波 副区长) or are ASCII only.
_STANDALONE_FIRST = frozenset("第【[附字") | frozenset(k[0] for k in PAGER_KEYS)
# Characters a match of ITEM_START_RE can begin with (a digit too: 1. / 1、).
_ITEM_FIRST = frozenset(f"{CN_ORDINALS}百零〇（(第—-㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩") | frozenset(
    map(chr, range(ord("①"), ord("⑳") + 1))
)


# Short cells between pipes, no sentence inside: a table row printed without its outer pipes.
_BARE_PIPE_ROW_RE = compile_re(r"[^|。；！？]{1,40}(?:\|[^|。；！？]{0,40}){1,11}")


# An image in Markdown alone on a line: ![](http://…/a.jpg) / ！[图片](…) (fold_text may make ! full-width)
_MD_IMAGE_LINE_RE = compile_re(MD_IMAGE_LINE_PATTERN)
# a site's menu under its label, five short entries or more (各地新闻标签： 北京 重庆 大连 福建 广东 …: titles20; the menu
# form of layout.chrome.is_menu_line, which this module cannot import) — the joiner ran it into the breadcrumb under it
_LABELLED_MENU_RE = compile_re(
    r"^(?P<label>[^\s，。；：:]{2,12})[：:]\s+(?:[^\s，。；：:、（）()《》“”]{1,6}\s+){4,}[^\s，。；：:、（）()《》“”]{1,6}$"
)
_LABELLED_MENU_MAX = 240  # characters: the longest menu line of the dev pages holds 23 entries in 77
# an image's file name alone (微信截图_20250120095400.jpg over the headline: titles20)
_IMAGE_FILE_LINE_RE = compile_re(rf"^{IMAGE_FILE_PATTERN}$", re.IGNORECASE)
# a document's file name alone (关于印发…的通知.doc over the number line of a .doc dump: pages20)
_DOCUMENT_FILE_LINE_RE = compile_re(rf"^{DOCUMENT_FILE_PATTERN}$", re.IGNORECASE)
_DOCUMENT_FILE_LINE_MAX = 170
# A teaser closed by its "more" link (…是奉... [ 详细 ], vocab.heads.MORE_LINK_PATTERN), searched in the line's last
# _MORE_LINK_TAIL characters: it stands alone (apages20)
MORE_LINK_END_RE = compile_re(MORE_LINK_PATTERN)
_MORE_LINK_TAIL = 16


def ends_in_more_link(text: str) -> bool:
    """Does a line end in a teaser's "more" link ([ 详细 ], 详情>>, >>更多)?"""
    return text[-1:] in _MORE_LINK_LAST and MORE_LINK_END_RE.search(text[-_MORE_LINK_TAIL:]) is not None


_MORE_LINK_LAST = "]】］>＞»细情多文"


_HEADLINE_LINE_MAX = 140  # a line that is or ends on the page's headline: an interpretation's, a breadcrumb's last part
# An interpretation's headline: the work it explains in 《》, then 解读 (《X》解读 / 关于《X》的政策解读)
_INTERPRETATION_LINE_RE = compile_re(r"^[^。，；！？]{0,40}《[^《》。]{4,90}》[^。，；！？《》]{0,12}解读$")


# Round trad18: a share and print toolbar alone on its line (tncc, dev; vocab SHARE_BAR_PATTERN); layout.chrome reads
# it too (one compiled pattern for both stages: review round 18)
SHARE_BAR_RE = compile_re(SHARE_BAR_PATTERN)
# Round titles20: one tool's label alone (分享到： / 【字号：), never part of the headline above it
TOOL_LABEL_RE = compile_re(TOOL_LABEL_PATTERN)
_TOOL_LABEL_MAX = 10
_SHARE_LAST = "享印寄藏阅閱*＊"
# Round titles23: a site's link bar alone on its line (投稿邮箱  返回首页  加入收藏关于我们: myscxx, dev) and a page
# template's mark in English (The Beginning / THE END: jxyuer, dev), never part of the headline beside them; layout.chrome
# reads both as site chrome (one compiled pattern for both stages, as SHARE_BAR_RE)
SITE_LINK_BAR_RE = compile_re(SITE_LINK_BAR_PATTERN)
_LINK_BAR_FIRST = frozenset(w[0] for w in SITE_LINK_WORDS) | frozenset(" \u3000|｜/／·•、")
TEMPLATE_MARK_RE = compile_re(TEMPLATE_MARK_PATTERN, re.IGNORECASE)
_TEMPLATE_MARK_MAX = 24


def is_labelled_menu(text: str) -> bool:
    """A site's menu under its label: 各地新闻标签： 北京 重庆 大连 福建 广东 … (five short entries or more); not a label
    over people (任命： 张三 李四 王五 …, ``NOT_MENU_LABEL_ENDS``)."""
    if len(text) > _LABELLED_MENU_MAX:
        return False  # a menu line is short: the bound keeps the pattern's backtracking over its entries constant
    menu = _LABELLED_MENU_RE.match(text)
    return menu is not None and not menu.group("label").endswith(NOT_MENU_LABEL_ENDS)


def _is_standalone(text: str) -> bool:
    # (its first and last characters and its length, read once: the tests below are gated on them)
    first, last, size = text[0], text[-1], len(text)
    if "\t" in text or first == "|":
        return True  # a table row
    if first in "!！" and _MD_IMAGE_LINE_RE.match(text):
        return True  # an image between the headline and its publish line joins neither
    if ("：" in text[:13] or ":" in text[:13]) and is_labelled_menu(text):
        return True  # 各地新闻标签： 北京 重庆 大连 …: a site's menu under its label (titles20)
    if last in "gGfFpPsSｇｆｐ" and "." in text and _IMAGE_FILE_LINE_RE.match(text):
        return True  # 微信截图_20250120095400.jpg: an image's file name over the headline joins neither (titles20)
    if (
        last in "cCxXsSfFdDtTｃｘｆ"
        and "." in text[-6:]
        and size <= _DOCUMENT_FILE_LINE_MAX
        and _DOCUMENT_FILE_LINE_RE.match(text)
    ):
        return True  # 关于印发…的通知.doc: a document's file name over its text joins neither (pages20)
    if "|" in text and _BARE_PIPE_ROW_RE.fullmatch(text):
        return True  # a table row without its outer pipes: 张三 | 某市财政局局长 | 某县县长
    if first in _METADATA_FIRST and (_METADATA_KEY_RE.match(text) or is_glued_key_line(text)):
        return True
    if last.isdigit() and _has_leader_end(text):
        return True
    if last in "号號" and TITLE_NUMBER_LINE_RE.match(text):
        return True  # 县人民政府办公室关于…的通知 某政办发〔2019〕5号: a title with its number
    if last in "号號" and size <= _KEYED_NUMBER_MAX and KEYED_NUMBER_LINE_RE.match(text):
        return True  # 编号  某政办发〔2019〕12号: a number under a key of any spelling ending in 号
    if last == "读" and size <= _HEADLINE_LINE_MAX and _INTERPRETATION_LINE_RE.match(text):
        return True  # 《某某县…纲要》解读: an interpretation's headline over its opening sentence (round 12)
    if size <= _HEADLINE_LINE_MAX and first in "首当您你本所" and BREADCRUMB_RE.match(text):
        return True  # 首页 > 新闻公告·公示 某某会议关于…的倡议书: a breadcrumb ending on the headline (titles round 12)
    if size <= GLUE_LINE_MAX and (" " in text or "\u3000" in text) and has_furniture_tail(text):
        return True  # 关于…的通知 来源：某某县政府办: a title with the page's furniture glued on (titles24)
    if last in _MORE_LINK_LAST and ends_in_more_link(text):
        return True  # 奉化市中医医院是…是奉... [ 详细 ]: a sidebar's teaser over the headline joins neither (apages20)
    if size > 60:
        return False  # prose: every other standalone form is short
    if last in _SHARE_LAST and SHARE_BAR_RE.match(text):
        return True  # *资料列印*推荐转寄rss分享 facebook分享 Plurk分享: a toolbar over the headline (round trad18)
    if size <= _TOOL_LABEL_MAX and TOOL_LABEL_RE.match(text):
        return True  # 分享到： / 【字号：: one tool's label under the headline (titles20)
    if first in _LINK_BAR_FIRST and SITE_LINK_BAR_RE.match(text):
        return True  # 投稿邮箱  返回首页  加入收藏关于我们: a site's link bar over the headline (titles23)
    if size <= _TEMPLATE_MARK_MAX and TEMPLATE_MARK_RE.match(text):
        return True  # The Beginning / — END —: a page template's mark over the title or under the text (titles23)
    if last.isdigit() and LOST_NUMBER_ALONE_RE.match(text):
        return True  # 芜政〔201836: a number that lost its 〕 and 号, alone under a red head
    if last in "日号號" and NUMBER_DATE_ALONE_RE.match(text):
        return True  # 市政发〔2003〕13号 2003年2月17日: a number and its date under a title
    if (
        (first in _BYLINE_FIRST or first.isspace())
        and BYLINE_RE.match(text)
        and not text.startswith((*STORY_OPENERS, "\\"))
    ):
        return True  # 作者：王晓丽 ; （记者 王晓丽）: a byline stands alone
    if first == "第" and "/" in text and SERIAL_ACT_RE.match(text):
        return True  # 第12/2020号经济财政司司长批示: a Macau act's heading
    if (
        size <= _REPORTER_MAX
        and ("记" in text or "讯" in text or "記" in text or "訊" in text)
        and REPORTER_LINE_RE.match(text)
    ):
        return True  # ■淮安融媒记者 陈 帅 ; 通 讯 员 王成虎: a reporter line stands alone
    if text.endswith("主办") or (("位置" in text or "首页" in text) and BREADCRUMB_RE.search(text)):
        return True  # 北京市平谷区政务服务管理局主办 ; a breadcrumb
    if last in "日0123456789" and (m := ORG_DATE_LINE_RE.match(text)) and m.group("org").endswith(ISSUER_SUFFIXES):
        return True  # 寿县人民政府督查室 2022年8月19日: a bulletin's masthead line (or a signature with its date)
    if text.endswith("印发") and PRINT_LINE_RE.match(text):
        return True  # 某县人民政府办公室　　2019年6月3日印发: a document's print line under its 抄送
    if (">" in text or "＞" in text or "»" in text or "›" in text) and CRUMB_TRAIL_RE.match(text):
        return True  # >> 走进嵊州 >> 投资嵊州 >> 投资政策: a breadcrumb under its 您当前的位置：
    if (first in _STANDALONE_FIRST or first.isdigit() or last in "号號" or " " in text or text.isascii()) and (
        STANDALONE_RE.match(text)
    ):
        return True
    if first in "（(" and last in "）)" and is_date_line(text[1:-1].strip()):
        return True  # （2019年6月3日） / (2019-06-03) under a headline or a speech's title: its date, no part of it (pages17)
    return is_date_line(text)


# A space between two Chinese characters: the layout form of STANDALONE_RE (韩小波 副区长)
_CJK_GAP_RE = compile_re(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def _stands_by_its_gaps(line: str) -> bool:
    """Does ``line`` stand alone only for a space between Chinese characters (a name over its
    post: 韩小波 副区长)? A headline with a space in it that fills a wrapped page's width is then
    cut at the edge, not a layout line: 市十六届人大常委会举行第十三次会议 决定周 / 海兵为…代理市长
    (robustness round 9)."""
    if " " not in line or not _CJK_GAP_RE.search(line):
        return False
    joined = _CJK_GAP_RE.sub("", line)
    return not (_is_standalone(joined) or is_news_head_line(joined))


def _runs_on(line: str) -> bool:
    """Can a line that fills the page's width go on: no closing mark, no title's kind at its end?"""
    return line[-1] not in _CLOSED_ENDS and not TITLE_END_RE.search(line)


def _unbalanced(text: str) -> bool:
    return (
        text.count("《") > text.count("》") or text.count("“") > text.count("”") or text.count("（") > text.count("）")
    )


# The last character of a page title's site, spam or body name (a gate before page_title_head)
_PAGE_TITLE_LAST = frozenset(w[-1] for w in (*PAGE_TITLE_TAIL_WORDS, *ISSUER_SUFFIXES)) | REPRINT_NOTE_LAST
# A title followed on its line by its number, a space between (never prose: no sentence ends in
# a bare number after a kind word): 县人民政府办公室关于印发…的通知 某政办发〔2019〕5号
TITLE_NUMBER_LINE_RE = compile_re(
    rf"^[^\s，。；：]{{6,140}}?(?:{DOC_KIND_ALTERNATION})[”》]?[\s\u3000]+"
    rf"(?:[{_CJK}]{{1,16}}[〔\[［(（【]\d{{2,4}}[〕\]］)）】]第?\d{{1,5}}"
    rf"|[{_CJK}]{{2,20}}令[\s\u3000]*第[\s\u3000]*\d{{1,5}})[号號]$"  # …办法 某某人民政府令 第116号 (a decree)
)
# A contents entry whose page follows its title after spaces (the converter folded the run that
# aligned the pages): …的通知  3 / …的意见（某政办发〔2019〕5号） 4 — it stands alone, never run on
# (the entry's number may open the line: 某政发〔2019〕3号 某县人民政府关于…的通知 1; or follow
# its title after a space: 某县人民政府关于…的通知　某政发〔2019〕3号　1 — classes21)
ENTRY_NUMBER_PATTERN = r"[^\s，。；：]{1,20}[〔\[［(（【﹝]\d{4}[〕\]］)）】﹞]第?\d{1,5}[号號]"
TITLE_PAGE_LINE_RE = compile_re(
    rf"^(?:{ENTRY_NUMBER_PATTERN}[\s\u3000]+)?"
    rf"[^\s，。；：]{{6,140}}?(?:(?:{DOC_KIND_ALTERNATION})[”》]?(?:[\s\u3000]+{ENTRY_NUMBER_PATTERN})?|号[）)])"
    r"(?:[\s\u3000]+|[\s\u3000]*[/／][\s\u3000]*)\d{1,4}$"  # …的通知／3: a slash is a leader too (classes21)
)
# A body's name and a date on one line (the fold took the space between them): a bulletin's
# masthead (寿县人民政府督查室 2022年8月19日 ; 某某县人民政府办公室编 2022年8月19日), the 日 perhaps lost
ORG_DATE_LINE_RE = compile_re(
    rf"^(?P<org>[{_CJK}]{{3,30}}?)(?:编印|编发|编)?[\s\u3000]*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日?$"
)
# A document's number under a key of any spelling that ends in 号 (编号 / 文件号 / 【发文编号】), the
# number's agency, its year in brackets and its serial: a metadata line, never part of a title
_KEYED_NUMBER_MAX = 48
KEYED_NUMBER_LINE_RE = compile_re(
    # (not a key pointing to another document: 依据文号, 原文号, 废止文件号, 相关文号)
    rf"^(?![^号號]{{0,10}}(?:{'|'.join(NUMBER_KEYS_ELSEWHERE)}))"
    rf"[【\[]?[{_CJK}][{_CJK} \u3000]{{0,8}}[号號][】\]]?[ \u3000]*[:：]?[ \u3000]*"
    rf"[{_CJK}]{{1,12}}[ \u3000]*[〔\[（(【﹝][ \u3000]*\d{{4}}[ \u3000]*[〕\]）)】﹞][ \u3000]*第?[ \u3000]*\d{{1,5}}[ \u3000]*[号號]$"
)
# A document's print line at its foot: 某县人民政府办公室　　2019年6月3日印发 (the date in figures or
# in Chinese numerals)
PRINT_LINE_RE = compile_re(rf"^[{_CJK}]{{3,30}}?[\s\u3000]*{LINE_DATE}[\s\u3000]*印发$")
# A breadcrumb's trail alone on a line, three parts or more (its 您当前的位置： on the line above):
# >> 走进嵊州 >> 投资嵊州 >> 投资政策 / 政务公开 › 政策文件 › 县政府文件
CRUMB_TRAIL_RE = compile_re(
    r"^[>»›＞\s]*[^>»›＞。，；\s][^>»›＞。，；]{0,15}(?:\s*(?:>>?|»|›|＞＞?)\s*[^>»›＞。，；\s][^>»›＞。，；]{0,15}){2,}[>»›＞\s]*$"
)
# A number that lost its closing bracket and its 号, alone on a line (芜政〔201836)
LOST_NUMBER_ALONE_RE = compile_re(rf"^[{_CJK}]{{1,12}}[〔\[［(（【](?:19|20)\d{{3,6}}$")
# A number and its date side by side on a line, in either order (law mirrors print them under
# the title): 市政发〔2003〕13号 2003年2月17日 / 2003年2月17日 市政发〔2003〕13号
_ALONE_NUMBER = rf"[{_CJK}]{{1,12}}[〔\[［(（【]\d{{4}}[〕\]］)）】]第?\d{{1,5}}[号號]"
_ALONE_DATE = r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
NUMBER_DATE_ALONE_RE = compile_re(
    rf"^(?:{_ALONE_NUMBER}[\s\u3000，,]*{_ALONE_DATE}|{_ALONE_DATE}[\s\u3000，,]*{_ALONE_NUMBER})$"
)
# A document's head run into its first paragraph on one line (law mirrors):
# 浙江省人民政府贯彻…的实施意见 浙政发〔2009〕69号 2009-11-03 为贯彻《…》精神，…
ONE_LINE_HEAD_RE = LazyPattern(
    rf"""
    ^(?P<title>[^\s，。；：]{{6,100}}?(?:{DOC_KIND_ALTERNATION}))\s+              # the title, ending in its kind
    (?P<number>[{_CJK}]{{1,12}}[〔\[［【]\d{{4}}[〕\]］】]第?\d{{1,5}}[号號])\s*    # 浙政发〔2009〕69号 (fold_text took the spaces
    (?:(?P<date>(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}})(?!\d)\s*)?               #  around digits) 2009-11-03
    (?P<rest>\S.*)$
    """,
    re.VERBOSE,
)
# A byline under a news headline: 作者：王晓丽 / 来源：… / （记者 王晓丽） / 本网讯 / \ 本网讯
BYLINE_RE = compile_re(
    rf"""
    ^(?:作\s*者|记\s*者|通讯员|编\s*辑|责任编辑|撰\s*稿|摄\s*影|来\s*源|信息来源|发布时间|发布日期|上载日期|上传日期|更新时间|发稿时间|浏览次数|点击数|阅读次数|字号)\s*[：:]  # 作者：王晓丽
    |^[（(]\s*(?:记者|通讯员|作者|本报记者|本网记者)                        # （记者 王晓丽 通讯员 徐琦）
    |^\\?\s*(?:{STORY_OPENER_ALTERNATION})                                # 本网讯（徐琦） / \ 本网讯
    """,
    re.VERBOSE,
)
# A reporter line without a colon, the outlet before it, the names perhaps letter-spaced:
# ■淮安融媒记者 陈 帅 / 本报记者 王晓丽 李明 / 通 讯 员 王成虎 / 新华社记者 王申、李四
_REPORTER_NAME = rf"[{_CJK}](?:[ \u3000]?[{_CJK}]){{1,3}}"
REPORTER_LINE_RE = compile_re(
    rf"^[■□●◆◇▲•·]?\s*(?:(?:[{_CJK}]{{0,8}}?(?:报|社|台|网|媒|媒体|中心|刊|频道))?(?:见习|特约|摄影|首席)?[记記][ \u3000]*者"
    r"|通[ \u3000]*[讯訊][ \u3000]*[员員])"  # (記者 張三 / 通訊員 李四 in Traditional: titles24)
    rf"[ \u3000]*{_REPORTER_NAME}(?:(?:[ \u3000]+|[ \u3000]*、[ \u3000]*){_REPORTER_NAME}){{0,3}}"
    rf"(?:[ \u3000]+通[ \u3000]*[讯訊][ \u3000]*[员員][ \u3000]*{_REPORTER_NAME}(?:[、 \u3000]+{_REPORTER_NAME}){{0,3}})?$"
)
_REPORTER_MAX = 40
# A reporter's name alone under a headline: 王晓丽 (2–4 characters, not the end of a wrapped title)
LONE_NAME_RE = LazyPattern(rf"^[{_CJK}]{{2,4}}$")
# A news lead opening on its day under a headline: 9月26日，市六届人大常委会… / 3月30日上午，县十六届…
_HEADLINE_MAX = 32  # a line this short without punctuation, over a dated lead, is a headline, not a wrapped line


def _is_byline_after(prev_text: str, nxt_text: str) -> bool:
    """Is ``nxt_text`` the byline under the headline ``prev_text``? Then the headline ends there."""
    if BYLINE_RE.match(nxt_text):
        return True
    # every other form needs a headline above: short, no sentence punctuation, not cut inside a word
    # or a bracket — tested first, in a few C calls, since most short lines above are no headline
    if (
        len(prev_text) > 40
        or any(p in prev_text for p in "，。；：、")
        or prev_text[-1] in CONTINUING
        or _unbalanced(prev_text)
    ):
        return False
    if DAY_LEAD_RE.match(nxt_text) or dateline_at(nxt_text):
        # the lead's date: the headline above (shorter than a wrapped line) is whole
        return len(prev_text) <= _HEADLINE_MAX
    if not (LONE_NAME_RE.match(nxt_text) or (len(nxt_text) <= SPEAKER_DECK_MAX and SPEAKER_DECK_RE.match(nxt_text))):
        return False
    return not TITLE_END_RE.search(nxt_text)


PAGE_RANGE_MARKS = "-—–~～"  # between a contents entry's first and last page: ……3-5 / （3-5）


def _has_leader_end(text: str) -> bool:
    """Does ``text`` end with a dot leader and a page number? Linear: read from the end."""
    end = len(text.rstrip("0123456789"))
    if end == len(text):
        return False
    if text[end - 1 : end] in PAGE_RANGE_MARKS and end > 1:  # ……3-5: a page range
        first = len(text[: end - 1].rstrip("0123456789"))
        if first < end - 1:
            end = first
    body = text[:end].rstrip()
    if not body or body[-1] not in _LEADER_MIN:
        return False
    leader = body[-1]
    return len(body) - len(body.rstrip(leader)) >= _LEADER_MIN[leader]


def _balance(text: str) -> tuple[int, int, int]:
    """Opened minus closed 《》, “” and （）: a paragraph with one still open goes on."""
    return (text.count("《") - text.count("》"), text.count("“") - text.count("”"), text.count("（") - text.count("）"))


class _Growing:
    """The paragraph being built from its lines, joined once when it is complete.

    Joining at every line re-copied the whole paragraph each time (quadratic: 10 MB of lines
    without closing punctuation took 20 s); the pieces, the length and the bracket balance
    are kept instead, and only a short paragraph's text is ever looked at as a whole. The
    balance is counted when first asked for (most paragraphs end on a closing mark and never
    need it), then kept up to date line by line.
    """

    __slots__ = ("_open", "length", "para", "pieces")

    def __init__(self, para: Para) -> None:
        self.para = para
        self.pieces = [para.text]
        self.length = len(para.text)
        self._open: list[int] | None = None

    @property
    def open(self) -> list[int]:
        if self._open is None:
            self._open = list(_balance(self.text()))
        return self._open

    def tail(self, n: int) -> str:
        """The last ``n`` characters (fewer when the paragraph is shorter)."""
        out = ""
        for piece in reversed(self.pieces):
            out = piece[-(n - len(out)) :] + out
            if len(out) >= n:
                break
        return out

    def text(self) -> str:
        if len(self.pieces) > 1:
            self.pieces = ["".join(self.pieces)]
        return self.pieces[0]

    def _drop_tail(self, n: int) -> None:
        while n and self.pieces:
            last = self.pieces[-1]
            if len(last) <= n:
                self.pieces.pop()
                n -= len(last)
            else:
                self.pieces[-1] = last[:-n]
                n = 0

    def _add(self, piece: str, sign: int = 1) -> None:
        self.length += sign * len(piece)
        if self._open is not None:
            for i, delta in enumerate(_balance(piece)):
                self._open[i] += sign * delta

    def join(self, right: str) -> None:
        """Append the next line as :func:`_join` joins two pieces: only the seam (the last two
        characters, or the last eight when a pinyin gloss may be cut there) is taken back and
        joined again, never the whole paragraph."""
        left = self.tail(2)
        if _has_tone(right[:_GLOSS_SEAM]) or _has_tone(self.tail(_GLOSS_SEAM)):
            left = self.tail(_GLOSS_SEAM)
        self._drop_tail(len(left))
        self._add(left, -1)
        joined = _join(left, right)
        self.pieces.append(joined)
        self._add(joined)

    def finish(self) -> None:
        text = self.text()
        if len(self.para.text) < len(text) and ("号" in text or "號" in text):
            # a number's year bracket broken at the page's edge (豫政(2021 / )22号): fold_text folds
            # it per line, so only here is it whole (robustness round 8)
            text = DOC_YEAR_BRACKET_RE.sub(r"〔\1〕", text)
        self.para.text = text


def _is_item(text: str) -> bool:
    """Does ``text`` open on a numbering marker (一、 （一） 1. (1) ① 第一条)?"""
    return (text[0] in _ITEM_FIRST or text[0].isdigit()) and ITEM_START_RE.match(text) is not None


# A line cannot begin with one of these: the line above was broken before it, whatever it ends
# with (…印发《…实施方案》 / 的通知 ; …（2021—2023年 / ）的通知).
NO_START = frozenset("的，。、；：！？）》〕」』”’,:;!?)")
# A document number's serial after its year's bracket: …（国办发〔1993〕 / 71号）所确定的…
_SERIAL_START_RE = compile_re(r"第?\d{1,5}[号號]")
# The rest of a pinyin gloss cut by the break: …高质量發( / fā)展实施方案的通知
_CUT_GLOSS_RE = compile_re(f"(?=[a-zü{_TONED}]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")


def _cut_before(end: str, line: str) -> bool:
    """Was the line above (ending in ``end``) broken in the middle, before ``line``? So when
    ``line`` opens on what cannot begin one: 的 or a closing mark (NO_START), a number's serial
    after its year's bracket, the rest of a pinyin gloss. A table row is never such a piece."""
    if "\t" in line or "|" in line:
        return False
    first = line[0]
    if first in NO_START:
        return True
    if end in "〕]］】" and (first.isdigit() or first == "第"):
        return _SERIAL_START_RE.match(line) is not None
    return end in "(（" and _CUT_GLOSS_RE.match(line) is not None


# A document number broken at the page's edge, its two pieces on two lines: 内政发〔2013〕6 / 2号,
# 中办发〔20 / 16〕8号, 豫政(2021 / )22号 — a seam inside it never ends a line, even a metadata line's
# (发布机构 自治区人民政府 文 号 内政发〔2013〕6: robustness round 8)
_SEAM_NUMBER_RE = compile_re(r"[〔\[［(（﹝〈]\d{4}[〕\]］)）﹞〉]第?\d{1,5}[号號]")
_SEAM_SIDE = 12  # characters looked at on each side of the seam (a number is at most 〔2021〕12345号)
_NUMBER_PIECE = frozenset("0123456789〔〕[]［］(（)）﹝﹞〈〉第-年月:")
_SEAM_DATE_RE = compile_re(
    r"(?<!\d)(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日?)(?!\d)"  # 2019- / 01-23
    r"|(?<![\d:])\d{1,2}:\d\d:\d\d(?![\d:])"  # a publish line's time: 05:10 / :14 浏览:9355
)


# … or broken inside its agency, the line above filling the page's width: 文号: 泾 / 政〔2023〕1号,
# …的通知 黔农园 / 办发〔2016〕11号 (a number's agency never ends in 号: 文号 / 湘政发〔2019〕1号 is a key
# over its value)
_CJK_END_RE = compile_re(rf"[{_CJK}]$")
_AGENCY_REST_RE = compile_re(rf"[{_CJK}]{{1,3}}[〔\[［(（﹝〈]\d{{4}}[〕\]］)）﹞〉]第?\d{{1,5}}[号號]")


def _number_cut(tail: str, line: str, *, full: bool = False, alone: bool = False) -> bool:
    """Does a document number run from the end of ``tail`` (the line above) into ``line``?"""
    if not tail:
        return False
    if full and tail[-1] not in "号號" and _AGENCY_REST_RE.match(line):
        return _CJK_END_RE.search(tail) is not None and not TITLE_END_RE.search(tail)
    if tail[-1] not in _NUMBER_PIECE or (line[0] not in _NUMBER_PIECE and line[0] not in "号號"):
        return False
    seam = tail[-_SEAM_SIDE:] + line[:_SEAM_SIDE]
    cut = min(len(tail), _SEAM_SIDE)
    if any(m.start() < cut < m.end() for m in _SEAM_NUMBER_RE.finditer(seam)):
        return True
    # a date broken at the edge of a line that stands alone (prose joins by the page-break rule): 生效时间:
    # 2019- / 01-23, 督查室 2022年8月1 / 9 — never before an item (1. …)
    if not alone or not (line[0].isdigit() or line[0] == ":") or _is_item(line):
        return False
    return any(m.start() < cut < m.end() for m in _SEAM_DATE_RE.finditer(seam))


# A full line ending on one of these (a clause, not a sentence) may go on: …为市人大常委会主任； / 蔡建军为…
_MID_SENTENCE = frozenset("；;")
# … and one ending on a cited title or its bracket (robustness round 8): …和《国务院关于…的通知》 /
# （国发〔2022〕22号），6月8日… ; …的实施意见》（湘办发〔2016〕41号） / 要求，结合我市实际…
_CITED_END = frozenset("》）)")
_FULL_OPEN = _MID_SENTENCE | _CITED_END


_NOTE_MAX = 200  # a bracketed note (an adoption note, a cited title alone) is shorter


def _wholly_bracketed(prev: _Growing) -> bool:
    """Is the paragraph one bracket or cited title, closed at its last character: （1997年8月20日…
    通过…批准） or 《…条例》 — a line of its own, unlike （一）… 依照《…》 of an item?"""
    if prev.length > _NOTE_MAX or prev.para.text[0] not in "《（(":
        return False
    text = prev.text()
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in "《（(" or -(ch in "》）)")
        if depth <= 0:
            return k == len(text) - 1
    return False


def _open_end(end: str) -> bool:
    """Can a line that fills the page's width and ends on ``end`` go on in the next line?"""
    return end not in _CLOSED_ENDS or end in _FULL_OPEN


def _is_metadata_line(text: str) -> bool:
    """标题：… / 发文机关：… on its own line (not a row of a table, whose cells end where they end)."""
    return text[0] in _METADATA_FIRST and "\t" not in text and "|" not in text and bool(_METADATA_KEY_RE.match(text))


# The page that ends a contents line, after a leader, two spaces, or one space after its number's
# bracket (spaces are folded to one before lines are joined)
_PAGE_END_RE = compile_re(
    r"(?:[）)》]\x20|…|\.\.|··|——|---|___|\x20\x20|\t)\x20?[（(]?(?:第\x20?)?\d{1,4}\x20?页?[）)]?$"
)
_PAGE_LAST = frozenset("0123456789）)页")
# …（不含土地） 2 / 亿元: a number's unit or a mark below it means the number went on
_AFTER_NUMBER = frozenset("0123456789年月日号万亿千百元个项次件名人%％.．、，。；）)")


def _continues(
    prev: _Growing,
    nxt_text: str,
    nxt_level: int,
    nxt_structural: bool,
    *,
    full: bool = False,
    cut: bool = False,
    short: bool = False,
) -> bool:
    """Does ``prev`` go on in the next paragraph? (the page-break rule)

    ``full``: the text is hard-wrapped (see :func:`wrap_width`) and the line above fills its width.
    ``cut``: the next line cannot begin a paragraph (:func:`_cut_before`): it goes on the line above.
    ``short``: the text is hard-wrapped and the line above ends short of its width (robustness round 8).
    """
    para = prev.para
    if para.level or nxt_level:
        return False
    if prev.tail(1) in _PAGE_LAST and nxt_text[:1] not in _AFTER_NUMBER and _PAGE_END_RE.search(prev.tail(16)):
        return False  # a contents line ends on its page: …的通知（某政发〔2019〕3号） 2 / ……6 / ——6 / ……第6页
    if para.standalone:
        # a metadata value broken at the page edge (标题：…暂时调整实施《中华人民共和国 / 药品管理法…》)
        # goes on in a line that is no field of its own; nothing else standalone goes on
        text = para.text if len(prev.pieces) == 1 else prev.text()
        if _value_ends_before_field(text, nxt_text, full=full):
            return True
        return (
            not nxt_structural
            and _is_metadata_line(text)
            and (
                cut
                or any(n > 0 for n in prev.open)
                or (full and prev.tail(1) not in _CLOSED_ENDS)
                or _title_value_ends_below(text, nxt_text)
            )
        )
    if (
        len(prev.pieces) == 1
        and prev.length <= _HEADLINE_MAX
        and len(key := _NON_WORD_RE.sub("", prev.text())) >= _AGAIN_MIN
        and _NON_WORD_RE.sub("", nxt_text[: prev.length * 2]).startswith(key)
    ):
        # 某某发布会3月4日举行 / 某某发布会3月4日举行(据…消息，…): a line printed again under itself, perhaps run into what
        # follows it — a headline twice; the next line opening on the line's whole text keeps it apart, so a second
        # normalization (the printing and its run-on joined) keeps it apart too (pages21)
        return False
    if cut:
        return True  # …印发《…方案》 / 的通知: no line begins with 的, a closing mark or a serial 71号
    if nxt_structural or _role_line_begins(prev, nxt_text):
        return False
    if (
        full
        and _open_end(prev.tail(1))
        and (prev.tail(1) not in _CITED_END or not _wholly_bracketed(prev))  # （…会议通过…批准） is a note
        and not (prev.length <= _LONG_TITLE_MAX and _looks_like_title(prev.text()))
        and (nxt_text[0] == "《" or "关于" not in nxt_text or not _looks_like_title(nxt_text))
    ):
        # a line broken at the page's edge goes on, even into a cited title (依照 / 《…的通知》) —
        # unless it ends a title on its kind (…方案的通知 / 各区人民政府：), or a whole title
        # begins the next line (a site's menu above it: 首页 政务公开 … / …关于印发…的通知)
        return True
    if short and _opens_title(nxt_text) and prev.tail(1) not in CONTINUING and not any(n > 0 for n in prev.open):
        return False  # a hard-wrapped page's line short of the width, over 某某市人民政府办公室关于…: a title begins
    if nxt_text.startswith(STORY_OPENERS) or opens_lead(nxt_text):
        return False  # 本报讯（记者…）1月4日，…: a news story opens here, never the line above going on
    if (
        not full
        and not short
        and len(prev.pieces) == 1
        and prev.length <= _HEADLINE_MAX
        # (行政長官委任陳大文為公務員事務局局長 / 行政長官今日（三月一日）宣布，委任…: a release's lead on its subject
        # and day in Chinese numerals too, titles21)
        and (_TIME_LEAD_RE.match(nxt_text) or SUBJECT_TODAY_LEAD_RE.match(nxt_text) or opens_release_lead(nxt_text))
    ):
        # 水法修订草案列入第56次委员长会议议程 / 今天在京举行的…会议决定：… — on a page that is not hard-wrapped,
        # a headline's line never runs into the lead under it that opens on the story's day (or on its subject and
        # today's day in brackets: 中市议会…10/3开议 / 台中市议会今(26)日召开…, pages19)
        return prev.tail(1) in CONTINUING
    end = prev.tail(2)
    if (
        "关于" in nxt_text
        and _looks_like_title(nxt_text)
        and end[-1] not in CONTINUING
        and not any(n > 0 for n in prev.open)
    ):
        return False  # a whole title (…关于…的通知) on its line begins a paragraph: a site's menu does not run into it
    last = end[-1]
    if last in "”’」』" and len(end) > 1:
        last = end[-2]  # 。” closes; a bare ” closes only a quotation inside the sentence
        if last not in CLOSING:
            return True
    if last in CLOSING:
        return False
    if last in CONTINUING or any(n > 0 for n in prev.open):
        return True
    if prev.length <= _LONG_TITLE_MAX and _looks_like_title(prev.text()):
        return False  # a title (…的通知) never runs into the recipients line
    if prev.length >= _SHORT:
        return True
    # A short title line split before its kind word: 国务院办公厅关于2019年 / 部分节假日安排的通知
    return "关于" in prev.text()


# A title field: 标　　题：… / 名称: … / 文件名称：… / 【标题】…
_TITLE_FIELD_RE = compile_re(
    r"^[\[【•\s]*(?:" + TITLE_KEY_ALTERNATION + r")\s*(?:[\]】]\s*[:：]?|[:：])\s*(?P<value>\S.*)$"
)


def _title_value_ends_below(text: str, nxt_text: str) -> bool:
    """A title field whose value ends in no document kind, over a short line that ends in one and
    is no field (标　　题：…后勤部机关等迁 / 址新建的批复): the value broken at the page's edge,
    in a text too short for its wrap width to be measured."""
    m = _TITLE_FIELD_RE.match(text)
    return (
        m is not None
        and not TITLE_END_RE.search(m.group("value"))
        and len(nxt_text) <= 40
        and not any(c in nxt_text for c in "：:，。")
        and TITLE_END_RE.search(nxt_text) is not None
    )


# The end of a value broken at the edge, then the next field on the same line: 知 文号: 泾政〔2023〕1号
_FRAGMENT_FIELD_RE = compile_re(
    r"^(?P<fragment>[\w（）()]{1,6})[ \u3000]+(?:" + METADATA_KEY_ALTERNATION + r")\s*[:：]"
)


def _value_ends_before_field(text: str, nxt_text: str, *, full: bool) -> bool:
    """A metadata line (two pairs side by side) broken inside its last value, the next line
    holding the value's end and then the next field (名称: …目标任务的通 / 知 文号: 泾政〔2023〕1号):
    when the line above fills the wrap width, or the end completes a title field's value."""
    m = _FRAGMENT_FIELD_RE.match(nxt_text) if len(nxt_text) > 3 else None
    if m is None or not _is_metadata_line(text):
        return False
    if full:
        return True
    title = _TITLE_FIELD_RE.match(text)
    return title is not None and TITLE_END_RE.search(title.group("value") + m.group("fragment")) is not None


_TITLE_OPENING_AT = 32  # 关于 this far into a line, after an issuer's name: 齐齐哈尔市人民政府办公室关于印发…


def _opens_title(text: str) -> bool:
    """Does ``text`` open a title: 关于… or an issuer's name then 关于, and no clause punctuation?"""
    k = text.find("关于", 0, _TITLE_OPENING_AT)
    if k < 0 or "，" in text or "。" in text:
        return False
    return k == 0 or text[:k].endswith(ISSUER_SUFFIXES)


# A roster's role line (组　长：… / 成员：… / 副总指挥：…) begins a paragraph: the line above, an entry
# ending in its post (…；王五　区政府副区长), never runs into it (robustness round 8: 王五 took the post
# 区政府副区长成员：赵六…, and the members under 成员 the role 副组长)
_ROLE_LINE_RE = compile_re(
    "^(?P<role>"
    + "|".join("[ \u3000]*".join(role) for role in sorted(ROSTER_ROLES, key=len, reverse=True))
    + ")[ \u3000]*[：:]"
)
_ROLE_LINE_FIRST = frozenset(role[0] for role in ROSTER_ROLES)
# … unless the line above ends on the start of a longer role, cut at the edge: …二、组成人员组长：张高丽国务院
# 副总理副 / 组长：姜大明… (副组长), …执行 / 副组长：
_ROLE_HEADS: dict[str, tuple[str, ...]] = {
    role: tuple(longer[: -len(role)] for longer in ROSTER_ROLES if longer.endswith(role) and longer != role)
    for role in ROSTER_ROLES
}


def _role_line_begins(prev: _Growing, nxt_text: str) -> bool:
    """Does ``nxt_text`` open a roster's role line that begins a paragraph (not a role cut at the edge)?"""
    if nxt_text[0] not in _ROLE_LINE_FIRST or (m := _ROLE_LINE_RE.match(nxt_text)) is None:
        return False
    heads = _ROLE_HEADS[m.group("role").replace(" ", "").replace("\u3000", "")]
    return not (heads and prev.tail(4).endswith(heads))


def _looks_like_title(text: str) -> bool:
    """关于…的通知: ends with a document kind, and is not a sentence (no ，or 。)."""
    if "，" in text or "。" in text or len(text) > _LONG_TITLE_MAX:
        return False
    # a title over 80 characters only when it ends on 的 and its kind (中共某区委办公室 某区人民政府办公室印发《…三年
    # 行动计划（2018—2020年）》的通知: a joint issuers' 印发 title, 81 characters; pages17)
    return bool(TITLE_END_RE.search(text)) and (len(text) <= 80 or _OF_KIND_END_RE.search(text) is not None)


_GLOSS_SEAM = 8  # a pinyin gloss and the character before it: 經(jīng)


def _has_tone(text: str) -> bool:
    """Does ``text`` (a few characters at a seam) hold a pinyin tone mark?"""
    return any(ch in _TONED for ch in text)


def _join(left: str, right: str) -> str:
    """Two pieces of one line broken apart (a paragraph's lines, the PDF reader's wrapped lines
    and table cells): a space between Latin letters (words wrap at spaces), none beside a digit
    (a number broken at the page edge: 〔202 / 1〕, 5 / G基站), punctuation at the seam folded as
    fold_text would, and a pinyin gloss cut by the break removed as fold_text removes whole ones
    (經( / jīng)濟)."""
    if _has_tone(left[-_GLOSS_SEAM:] + right[:_GLOSS_SEAM]):
        seam = left[-_GLOSS_SEAM:] + right[:_GLOSS_SEAM]
        if PINYIN_GLOSS_RE.search(seam) and not PINYIN_GLOSS_RE.search(left[-_GLOSS_SEAM:]):
            return left[:-_GLOSS_SEAM] + PINYIN_GLOSS_RE.sub("", seam) + right[_GLOSS_SEAM:]  # cut by the break
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return left + right if left[-1].isdigit() or right[0].isdigit() else f"{left} {right}"
    if left[-1:] in _PUNCT_FULL or right[:1] in _PUNCT_FULL:
        seam = ASCII_PUNCT_RE.sub(lambda m: _PUNCT_FULL[m.group()], left[-2:] + right[:2])
        return left[:-2] + seam + right[2:]
    return left + right


def source_lines(text: str) -> list[str]:
    """The lines of ``text`` numbered as a user's editor numbers them (1-based by position)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


# A running header printed on every page of a PDF: 北京市平谷区人民政府公报 2021年第1期 (·12·)
# (or of a 政报: 杭州政报 2019年第3期)
RUNNING_HEADER_RE = compile_re(r"公报|(?<!行)政报|^\d{4}年第\d{1,3}期|^第\d{1,3}期|^[·•\-—]\s*\d{1,4}\s*[·•\-—]$")
_RUNNING_MIN = 3  # occurrences that make a short header line page furniture


def _running_headers(lines: list[str]) -> set[str]:
    """Short issue-header lines that recur on every page (kept once, dropped after that).

    Without this, a header between the two halves of a paragraph broken at a page would stop
    the halves from being rejoined.
    """
    counts: dict[str, int] = {}
    after_break: set[str] = set()  # printed right after a page number or a form feed: a page's head
    broken = False
    last = ""  # the last line counted: a page's foot when a page number follows it
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if 0 < len(line) <= 50 and ("公报" in line or "政报" in line or "期" in line or line[:1] in "·•-—"):
            counts[line] = counts.get(line, 0) + 1
            if broken or raw.startswith("\f"):
                after_break.add(line)
        broken = line[0] in _RULE_OR_FOOTER_START and bool(PAGE_FOOTER_RE.match(line))
        if broken and last:
            after_break.add(last)  # 某县人民政府公报 2019年第5期 / — 2 —: printed at the page's foot
        last = line if line in counts else ""
    return {
        line
        for line, n in counts.items()
        if (n >= _RUNNING_MIN or (n >= 2 and line in after_break))
        and RUNNING_HEADER_RE.search(line)
        and "：" not in line
    }


def _over_page_footer(lines: list[str], number: int) -> bool:
    """Is the next non-blank line after line ``number`` (1-based) a page number (— 2 —)?"""
    for raw in lines[number : number + 3]:
        line = raw.strip()
        if line:
            return line[0] in _RULE_OR_FOOTER_START and PAGE_FOOTER_RE.match(line) is not None
    return False


def _first_page_break(lines: list[str]) -> int:
    """The line number of the first page break (a form feed, or a page number: - 12 - / 第3页);
    past the last line when there is none."""
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if "\f" in raw or (line and line[0] in _RULE_OR_FOOTER_START and PAGE_FOOTER_RE.match(line)):
            return number
    return len(lines) + 1


_UNWRAPPED_LINE = 100  # a line this long: the text is not hard-wrapped at a headline's width
_PAGE_HEAD_LINES = 200  # lines looked at for one
_HEADLINE_FIRST_MAX = 40


def _page_headline(lines: list[str]) -> int | None:
    """The line number of a web page's headline printed on its first line, when it stands alone:
    the text is not hard-wrapped (a line among the first ones is longer than any wrapped one),
    and the first line is short and reads as a whole headline — no clause punctuation, no 关于
    (a wrapped 关于-title: 国务院办公厅关于2019年 / 部分节假日安排的通知), not cut inside a word or a
    bracket, the next line not the end of a title. Its sub-headlines, captions and story below then
    never run into it (河北省…举行第三次全体会议 / 王东峰…出席第三次全体会议 / 今天（2月22日）…)."""
    numbered = [(n, raw.strip()) for n, raw in enumerate(lines[:_PAGE_HEAD_LINES], start=1) if raw.strip()]
    if len(numbered) < 2 or not any(len(text) > _UNWRAPPED_LINE for _, text in numbered):
        return None
    (number, first), (_, second) = numbered[0], numbered[1]
    return number if _reads_as_headline(first, second) else None


def _reads_as_headline(first: str, second: str) -> bool:
    """Does a page's first line read as a whole headline over ``second``?"""
    return not (
        not 6 <= len(first) <= _HEADLINE_FIRST_MAX
        or any(p in first for p in "，。；：、,;:")
        or "关于" in first
        or first[-1] in CONTINUING
        or _unbalanced(first)
        or (len(second) <= 80 and TITLE_END_RE.search(second))
    )


_HEADLINE_SHORT = 3  # a hard-wrapped page's headline ends this much short of the width, at least


def _wrapped_headline(printed: list[str], width: int, display: bool) -> int | None:
    """The line number of a hard-wrapped page's headline on its first line: clearly short of the
    page's width, the story's first line under it filling the width, and it reads as a whole
    headline (河南省十三届人大常委会第二十三次会议闭幕 / 圆满完成各项议程后，…在郑州闭 / 幕。…: the
    headline never runs into the story; robustness round 8)."""
    numbered = [(n, raw.strip()) for n, raw in enumerate(printed[:_PAGE_HEAD_LINES], start=1) if raw.strip()]
    if len(numbered) < 2:
        return None
    (number, first), (_, second) = numbered[0], numbered[1]
    measure = columns if display else len
    slack = 2 if display else 1
    if measure(first) > width - slack - _HEADLINE_SHORT or not width - slack <= measure(second) <= width + 1:
        return None
    return number if _reads_as_headline(first, second) else None


def _indented(line: str, table_above: bool) -> bool:
    """Is a line that starts with a tab a paragraph indented with it (converters and editors
    indent every paragraph so: ``\t现将《…》印发给你们``) rather than a table row whose first cells
    are empty (``\t\t组织签订责任书。\t各乡镇``)? Indented when no tab follows its text and the
    line above is no table row (a row's last cells may be empty too: ``\t\t按期巡查``)."""
    return not table_above and "\t" not in line.lstrip("\t ")


# (a two-column page's column holds 16–22 characters a line)
_WRAP_MIN = 14  # lines shorter than this are not counted: titles, signatures, dates
_WRAP_LINES = 5  # lines of one length that make a hard wrap (a page's width) …
_WRAP_SHARE = 0.3  # … and their share of the lines of at least _WRAP_MIN characters


def wrap_width(lines: list[str], *, display: bool = False) -> int | None:
    """The width a text is hard-wrapped at (see :func:`_wraps`), in characters or with
    ``display`` in display columns; else None."""
    found = _wraps(lines)[1 if display else 0]
    return found[0] if found else None


_Wrap = tuple[int, int] | None  # (width, lines that have it), or not hard-wrapped


def _top(counts: dict[int, int], long: int) -> _Wrap:
    if not counts:
        return None
    n, top = max(counts.items(), key=lambda item: (item[1], item[0]))
    return (n, top) if top >= _WRAP_LINES and top >= _WRAP_SHARE * long else None


def _wraps(lines: list[str]) -> tuple[_Wrap, _Wrap]:
    """The width a text is hard-wrapped at, as a PDF converter breaks every line at the page's
    edge: the length that most of its long lines have, when enough of them have it (one
    paragraph per line gives lengths that hardly ever repeat) — in characters, and in display
    :func:`columns` (pdftotext breaks at a width on the page, where a line with digits holds
    more characters than one of Chinese alone). One pass for both."""
    chars: dict[int, int] = {}
    cols: dict[int, int] = {}
    long_chars = long_cols = 0
    for raw in lines:
        n = len(raw) if raw[:1] not in " \t\u3000\f" and raw[-1:] not in " \t\u3000\f" else len(raw := raw.strip())
        if n < _WRAP_MIN:
            continue  # (columns are at least the characters: a short line is short in both)
        chars[n] = chars.get(n, 0) + 1
        long_chars += 1
        c = 2 * n - len(raw.encode("ascii", "ignore"))
        if c >= 2 * _WRAP_MIN:
            cols[c] = cols.get(c, 0) + 1
            long_cols += 1
    return _top(chars, long_chars), _top(cols, long_cols)


_SIGNATURE_MAX = 30
_SIGNATURE_SCAN = 6  # lines under a signature searched for its date (blank ones between)
# A date whose 年/月/日 a converter dropped, under a signature: 202256 / 2019116 (layout.blocks reads
# it as a date line that gives none)
GARBLED_DATE_RE = compile_re(r"^(?:19|20)\d{3,6}$")


def _dated_below(lines: list[str], number: int) -> bool:
    """Is line ``number`` (1-based) a signature: the next non-blank line a date (2018年11月 12 日,
    2026年2月4日 【编辑：王琴】, a garbled 202256) or a joint issuer's line over one? Then it stands
    alone: 电子邮箱：…@xmrd.gov.cn / 厦门市人大常委会办公厅 / 2018年11月 12 日 is never one line."""
    issuers = 0
    for raw in lines[number : number + _SIGNATURE_SCAN]:
        text = raw.strip()
        if not text:
            continue
        date = DATE_NOTE_RE.sub("", text) if text[-1] in "】]）)" and names_a_note(text) else text  # (see names_a_note)
        if is_date_line(date) or GARBLED_DATE_RE.match(date):
            return True
        if issuers or len(text) > _SIGNATURE_MAX or not text.endswith(ISSUER_SUFFIXES):
            return False
        issuers += 1  # 国务院办公厅 / 中央军委办公厅 / 2021年3月5日
    return False


# An editor's or source note after a date: 2026年2月4日 【编辑：王琴】 / 2021年3月5日（责任编辑：X）
DATE_NOTE_RE = compile_re(r"[\s\u3000]*[【\[（(](?:责任)?(?:编辑|来源|校对|审核)[：:][^】\]）)]{0,20}[】\]）)]\s*$")


def names_a_note(text: str) -> bool:
    """Can DATE_NOTE_RE match ``text``: does it hold one of the note's words? The pattern opens on
    spaces, so re tries it at every position (a task's paragraph ending on its note's bracket is
    long): a scan in C for its words comes first."""
    return "编辑" in text or "来源" in text or "校对" in text or "审核" in text


_PARAGRAPH_INDENTS = ("\u3000\u3000", "    ")  # a paragraph's first line indented by two characters
_HEADLINE_LEN = 60  # …under a line no longer than a headline


_OPENING_MIN = 10  # characters a summary line and the text under it share at their start


def _repeats_opening(above: str, line: str) -> bool:
    """Does ``line`` open on the first _OPENING_MIN characters of the paragraph ``above``, which holds a sentence
    and is longer? A document-sharing or writing-samples page prints the text's opening run together as its
    summary, cut mid-word (在…上的讲话用心用爱…（2019年3月31日） 同志们： 县不图强，必有远忧。…贯彻习), over the text
    itself (在…上的讲话 / 用心用爱… / （2019年3月31日） / 同志们：): the text's first line never runs on the summary
    (docs19). Two paragraphs of a text do not open on the same ten characters."""
    return (
        len(line) >= _OPENING_MIN
        and len(above) > len(line)
        and line[:_OPENING_MIN] == above[:_OPENING_MIN]
        and "。" in above
    )


def split_paragraphs(text: str) -> list[Para]:
    """Normalize ``text`` and return its paragraphs with their source line spans."""
    paras: list[Para] = []
    folded = fold_text(text)
    # Lines as an editor counts them: \n, \r\n or \r end a line; a form feed (\f, a page break
    # from pdftotext) or U+2028 does not, unlike str.splitlines(), which would shift every
    # line number after it.
    lines = source_lines(folded)
    furniture = _running_headers(lines)
    # a running header is kept where it is first printed (the cover's title: 北京市平谷区人民政府公报)
    # only before the first page break; after one, it is the next page's head
    first_break = _first_page_break(lines) if furniture else 0
    # hard-wrapped in characters or in display columns: the measure more lines share
    # (measured on the lines as printed: the fold shortens them, 标　　题 → 标 题, 2021 年 → 2021年)
    printed = source_lines(text)
    by_chars, by_columns = _wraps(printed)
    display = by_columns is not None and (by_chars is None or by_columns[1] > by_chars[1])
    chosen = by_columns if display else by_chars
    width = chosen[0] if chosen is not None else None
    slack = 2 if display else 1  # a line broken in columns ends one short when a Chinese character did not fit
    above = 0  # the length of the last line read: when it fills ``width``, the line broke at the edge
    headline_at = _page_headline(lines)  # a web page's headline on its first line stands alone
    if headline_at is None and width is not None:
        headline_at = _wrapped_headline(printed, width, display)  # … and a wrapped page's
    seen_furniture: set[str] = set()
    gapped = False  # the last line stood alone only for its gaps (_stands_by_its_gaps) and filled the width
    last: Para | None = None  # the last paragraph, while lines may still join it
    # … and its builder, made only when a line is first tested against it: a paragraph that ends
    # on a closing mark (most) never joins anything and needs none
    growing: _Growing | None = None
    table_above = False  # the last non-blank line was a tab-separated table row
    space_rows = space_table_rows(printed, text)  # tables printed with spaces (pdftotext -layout)
    covered = 0  # the last line of a space-printed row already read
    blank_above = False  # a blank line stands between the last line read and this one
    for number, raw in enumerate(lines, start=1):
        if space_rows:
            if number <= covered:
                continue
            if (row := space_rows.get(number - 1)) is not None:
                if growing is not None:
                    growing.finish()
                    growing = None
                covered = row[1] + 1
                last = Para(fold_text(row[0]), number, covered, 0, True)
                paras.append(last)
                table_above = True
                continue
        line = raw.strip(" \f\v\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = line.strip()
        if not stripped:
            blank_above = True
            continue
        # a short line, a blank line, then a line indented as a paragraph's first (　　十四届…): a headline
        # over its lead, never one paragraph (web pages indent each paragraph with two ideographic spaces)
        fresh = (
            blank_above
            and printed[number - 1].startswith(_PARAGRAPH_INDENTS)
            and last is not None
            and not printed[last.line - 1].startswith(_PARAGRAPH_INDENTS)  # (a page that indents every line)
            and len(last.text) <= _HEADLINE_LEN
        )
        blank_above = False
        if line[0] == "\t" and _indented(line, table_above):
            line = line.lstrip("\t ")  # a paragraph indented with a tab, not a table row
        table_above = "\t" in line
        if furniture and stripped in furniture:
            key = stripped
            if key in seen_furniture or number > first_break or (paras and _over_page_footer(lines, number)):
                continue  # the same header again, on the next page; or any of them after a page break
                # (or over the page's number under some text: a foot's header, 某县人民政府公报
                # 2019年第5期 / — 2 —; the cover's masthead over its page number stays)
            seen_furniture.add(key)
        level = 0
        if line[0] == "#":
            m = MD_HEADING_RE.match(line)
            if m:
                level = len(m.group(1))
                line = line[m.end() :].strip()
        elif "\t" not in line:
            line = stripped
            if line[0] in _RULE_OR_FOOTER_START and (RULE_RE.match(line) or PAGE_FOOTER_RE.match(line)):
                continue  # ------ ; - 12 - ; 第 3 页 : page furniture
            if line[0] in _BULLETS and (m := BULLET_RE.match(line)):
                line = line[m.end() :]
        if not line:  # (a heading mark alone: every other line is stripped and not blank here)
            continue
        if line[-1] in _PAGE_TITLE_LAST and (head := page_title_head(line)) is not None:
            line = head  # a page's <title>: …的意见-湖南省人民政府门户网站 ; …举行-凯发备用手机登录
        if line[0] in HEADLINE_TAG_FIRST and (untagged := strip_headline_tag(line)) is not None:
            line = untagged  # 即/某某接任某县代理县长 ; 快讯／…: an outlet's tag before its headline (titles22)
        if "_" in line and "关于" in line and (title := strip_spam_prefix(line)) is not None:
            line = title  # 365体育投注_365体育直播-竞猜网投关于…: a content farm's name for the body's
        if not level and len(line) > 60 and ("号" in line or "號" in line) and (m := ONE_LINE_HEAD_RE.match(line)):
            # a mirror that printed the head on the body's line: title, number, date, text
            paras.append(Para(m.group("title"), number, number, 0, True))
            paras.append(Para(m.group("number"), number, number, 0, True))
            if m.group("date"):
                paras.append(Para(m.group("date"), number, number, 0, True))
            line = m.group("rest")
        if not level and not paras and (pair := split_headline_byline(line)):
            paras.append(Para(pair[0], number, number, 0, True))  # 标题 作者:X 发布时间:…: the headline
            line = pair[1]
        standalone = _is_standalone(line) or line in furniture or is_news_head_line(line) or number == headline_at
        if not standalone and last is not None and not last.level and is_summary_key_alone(last.text):
            standalone = (
                True  # 内容导航： / 决定…；任命…副市长 / 市十二届…会议于昨天上午召开。: the summary is whole (pages17)
            )
        if not standalone and last is not None and _repeats_opening(last.text, line):
            standalone = True  # a site's summary cut mid-word over the text it opens: the text starts anew (docs19)
        if not standalone and line[-1].isdigit() and TITLE_PAGE_LINE_RE.match(printed[number - 1].strip()):
            standalone = True  # …的通知  3 as printed (the fold took the spaces): a contents entry and its page
        if not standalone and len(line) <= _SIGNATURE_MAX and line.endswith(ISSUER_SUFFIXES):
            standalone = _dated_below(lines, number)  # a signature over its date never runs on (round 10)
        if (
            not standalone
            and last is not None
            and (growing.length if growing is not None else len(last.text)) <= 40
            and not (last.level or last.standalone or level)
            and not (
                width is not None
                and width - slack <= above <= width + 1
                and LONE_NAME_RE.match(line)
                and not line.endswith(ISSUER_SUFFIXES)  # a task table's unit cell: 区商务委
                and line not in TABLE_COLUMN_NAMES  # … or its column's name: 序号
            )
            and _is_byline_after(growing.text() if growing is not None else last.text, line)
        ):
            # (a headline's rest under a line that fills the page's width is no reporter's name:
            # …全国人大专门委会 / 任职 ; robustness round 9 — a unit's name stays a cell of its own)
            # a headline ends where its byline begins, and the byline is whole: a line after it
            # never joins it (else the joined byline, read again, would no longer be one)
            standalone = True
        # The page-break rule (_continues) joins no heading, no line that stands alone and no
        # numbered item, nor anything to them: those are tested first, in a few comparisons, and
        # the paragraph's builder is made only for a pair the rule has to read. Two exceptions: a
        # line that cannot begin a paragraph (_cut_before), and a metadata value broken at the edge.
        full = width is not None and width - slack <= above <= width + 1  # a longer line was not wrapped
        short = width is not None and above < width - slack  # … and a shorter one ended its paragraph
        if width is not None:
            shown = printed[number - 1].strip()
            above = columns(shown) if display else len(shown)
        # this line fills the width to its last column (a line one short ended, as pieces rarely do)
        fills = width is not None and (width - slack <= above <= width + 1 if display else above == width)
        if (
            gapped
            and full
            and last is not None
            and not (standalone or level or _is_item(line) or line.startswith(STORY_OPENERS) or opens_lead(line))
            and not DAY_LEAD_RE.match(line)  # 3月8日，…: the story's lead under its head
        ):
            growing = growing or _Growing(last)
            growing.join(line)  # the rest of a spaced headline cut at the page's edge: it stands alone whole
            last.end_line = number
            gapped = fills and _runs_on(line)
            continue
        if (
            standalone
            and full
            and last is not None
            and not (last.standalone or last.level or level)
            and _runs_on(growing.pieces[-1] if growing is not None else last.text)
            and _stands_by_its_gaps(line)
        ):
            # 山西省人民政府 关于印发…打赢蓝天保卫 / 战 三年行动计划的通知: the rest of the line above,
            # and the line whole stands alone as the piece did (开发者 … 20 / 23-03-09 06:54出处：网络 作者：…
            # never runs into the story under it)
            growing = growing or _Growing(last)
            growing.join(line)
            last.end_line = number
            last.standalone = True
            gapped = fills and _runs_on(line)
            continue
        gapped = standalone and fills and _runs_on(line) and _stands_by_its_gaps(line)
        end = (growing.pieces[-1] if growing is not None else last.text)[-1] if last is not None else ""
        if (
            last is not None
            and not (level or last.level)
            and "\t" not in last.text
            and "\t" not in line
            and not ("|" in line and "|" in last.text)  # table rows: …| 2021年9月 / 2|改造…| is no cut number
            and _number_cut(
                growing.tail(_SEAM_SIDE) if growing is not None else last.text[-_SEAM_SIDE:],
                line,
                full=full,
                alone=last.standalone,
            )
        ):
            growing = growing or _Growing(last)
            growing.join(line)  # 内政发〔2013〕6 / 2号: one number, whatever the line above is
            last.end_line = number
            continue
        cut = (
            last is not None
            and "\t" not in last.text
            and _cut_before(end, line)
            and not (line[0] in "!！" and _MD_IMAGE_LINE_RE.match(line))  # ![](…): an image, not a cut line
        )
        if (
            last is not None
            and not (level or last.level or fresh)
            and (end not in _CLOSED_ENDS or cut or (full and end in _FULL_OPEN))
            and (not last.standalone or growing is not None or _is_metadata_line(last.text))
            and (cut or last.standalone or not (standalone or _is_item(line)))
        ):
            growing = growing or _Growing(last)
            if _continues(growing, line, level, standalone or _is_item(line), full=full, cut=cut, short=short):
                growing.join(line)
                last.end_line = number
                continue
        if growing is not None:
            growing.finish()
            growing = None
        last = Para(line, number, number, level, standalone)
        paras.append(last)
    if growing is not None:
        growing.finish()
    return paras


def normalize_text(text: str) -> str:
    """The normalized text: one paragraph per line, headings marked with ``#``.

    Idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.
    """
    return "\n".join(("#" * p.level + " " + p.text) if p.level else p.text for p in split_paragraphs(text))
