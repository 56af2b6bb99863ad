"""The cues of the learned head scorer (issue 9, s13-learn14), as data: read by
``benchmarks/heads/head_model.py``, whose weights ``benchmarks/heads/train_heads.py`` fits on the dev split.
Nothing here is fitted to one page: endings and words any government site prints."""

from __future__ import annotations

# How many blocks from the text's start the scorer considers (the fallback reader's candidates)
CANDIDATES = 40
# How many blocks below a line are read for "the body repeats its words"
BODY_WINDOW = 30
# Buckets for the hashed character 1- and 2-grams (0: none). 0: on dev cross-validation by site the
# 2048 buckets raised line recall at 0.5 (.555 → .614) but lowered the top line's hit rate (366 → 351 of 428)
# and every pipeline row (benchmarks/heads_experiment.py --ngrams; README "A learned head scorer")
NGRAM_BUCKETS = 0
# The form features of session 21 (heads21): the line's place against the page's first publish line, date line
# and body sentence (binned), its share of CJK characters, whether it is the longest candidate line; 0 turns them off
FORM_FEATURES = 1
# A body sentence: at least this many characters and a full stop
PROSE_MIN = 30
# The characters from a line's start whose share of CJK ideographs is the feature "cjk"
CJK_WINDOW = 200
NGRAM_BUCKETS_TRIED = 2048

# Endings of titles and headlines beyond the document kinds (vocab.common.DOC_KINDS), and of non-titles
HEAD_ENDINGS: tuple[str, ...] = (
    "公告",
    "通告",
    "报告",
    "讲话",
    "新闻",
    "纪实",
    "综述",
    "会议",
    "召开",
    "举行",
    "开幕",
    "闭幕",
    "工作",
    "名单",
    "公示",
    "目录",
    "。",
    "：",
    ":",
    "…",
    "）",
    ")",
    "号",
    "日",
    "版",
    "首页",
)
# Words a title holds (关于…的通知, 印发, 转发) and words of a page's furniture
HEAD_WORDS: tuple[str, ...] = (
    "关于",
    "印发",
    "转发",
    "的通知",
    "的决定",
    "的意见",
    "办法",
    "方案",
    "规定",
    "条例",
    "发布时间",
    "来源",
    "浏览",
    "点击",
    "分享",
    "打印",
    "关闭",
    "当前位置",
    "首页",
    "责任编辑",
    "人民政府",
    "办公室",
    "记者",
    "本报讯",
)
# Marks counted on the line (full-width and ASCII)
PUNCTUATION: tuple[str, ...] = ("。", "，", "：", "、", "？", "！", "；", ",", ":", ".", "?", "!", "|", "-", "/")
