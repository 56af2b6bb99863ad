"""Traditional → Simplified characters, for gazettes printed in Traditional script.

Every rule of the tool (document kinds, 牵头单位, 完成时限, 任命, 職務 …) is written in
Simplified characters; rather than doubling each rule, Traditional text is converted with
OpenCC (``tw2s`` then ``hk2s``: phrase-aware, so 乾隆 stays 乾 while 乾淨 becomes 干净) before
extraction, and ``source.script`` records that it was. OpenCC is imported only when the text
looks Traditional, so Simplified input pays nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .._pattern_cache import compile_re
from ..vocab.personnel import PERSON_NAME_KEPT_CHARS, PERSON_NAME_VARIANTS
from .radicals import fold_radicals

if TYPE_CHECKING:
    import opencc

# Frequent characters of government text that exist only in Traditional script (設員專銷幷: the
# 1950s mixed forms of texts printed before the simplification was complete, 設置…專員公署).
_TRADITIONAL_HINT_RE = compile_re(
    "[關於區國發號會議務職單責時與為這們後從長問題業經體範團劃辦廳縣護險條規實織牽歲報導頒佈執設員專銷幷]"
)
_MIN_HINTS = 5


def looks_traditional(text: str) -> bool:
    sample = text[:20000]
    hits = len(_TRADITIONAL_HINT_RE.findall(sample))
    return hits >= _MIN_HINTS or (hits >= 2 and len(sample) < 200)


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    import opencc  # its dictionaries load on first use only

    return opencc.OpenCC(config)


# Traditional text comes in three standards: OpenCC's own (爲, 着), Taiwan's (為, 著 for 着: 隨著,
# 著力) and Hong Kong's (衞, 綫). t2s reads only the first (衞生 stayed 衞生, 著力 stayed 著力), so the
# text goes through tw2s (Taiwan's forms and phrases) and then hk2s (Hong Kong's forms, then t2s):
# the three give the same Simplified text, and on OpenCC's standard the pair reads as t2s does.
# Both keep every character's length, so spans into the source stay exact.
_CONFIGS = ("tw2s", "hk2s")


# Variant forms that OpenCC's t2s leaves as they are, with the Simplified character they stand for:
# 陜 (a variant of 陝) in 陜西省人民政府 (a Traditional mirror of a 2016 news item); 覆函, the
# Traditional spelling of the document kind 复函 (國務院辦公廳關於…的覆函), which t2s keeps because
# 覆 is also a Simplified character. Same lengths, so spans into the source stay exact.
_VARIANTS = {"陜": "陕", "覆函": "复函"}  # replaced one by one: a whole-text str.translate is slow


def to_simplified(text: str) -> tuple[str, bool]:
    """``(text in Simplified characters, whether it was converted)``."""
    simplified = fold_radicals(text)  # OpenCC (and the hints) read 長, not the radical ⾧ a PDF prints for it
    if not looks_traditional(simplified):
        return text, False
    for config in _CONFIGS:
        simplified = _converter(config).convert(simplified)
    for variant, standard in _VARIANTS.items():
        if variant in simplified:
            simplified = simplified.replace(variant, standard)
    return simplified, True


# Round 23: a person's name as the page prints it. The whole page is converted, names too, and OpenCC folds a few
# characters that names keep (蔡德昇 → 蔡德升: PERSON_NAME_KEPT_CHARS), while it leaves variants that names print
# for a standard character (冼漢廸: PERSON_NAME_VARIANTS). A name read from the converted text takes back the kept
# characters from the source at the same place (the conversion keeps every character's place), then folds the
# variants. Only a person's name: 提昇 in prose stays 提升, 陞任 stays a verb.
_KEPT_TARGETS = frozenset(PERSON_NAME_KEPT_CHARS.values())
_VARIANT_TABLE = str.maketrans(PERSON_NAME_VARIANTS)
NAME_VARIANT_RE = compile_re("[" + "".join(PERSON_NAME_VARIANTS) + "]")  # a name to fold in a Simplified page too


def person_as_printed(person: str, simplified: str | None, original: str | None) -> str:
    """``person`` (read from ``simplified``, the conversion of ``original``) with the name characters the
    conversion folded taken back from ``original``, and variant characters folded to the standard one."""
    if (
        simplified is not None
        and original is not None
        and len(simplified) == len(original)
        and not _KEPT_TARGETS.isdisjoint(person)
    ):
        at = simplified.find(person)
        if at >= 0:  # its first place: the conversion gives every occurrence of a printed name the same text
            printed = original[at : at + len(person)]
            person = "".join(
                p if PERSON_NAME_KEPT_CHARS.get(p) == s else s for p, s in zip(printed, person, strict=True)
            )
    return person.translate(_VARIANT_TABLE)
