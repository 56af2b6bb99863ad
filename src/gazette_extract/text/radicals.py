"""Kangxi radicals and CJK radical forms that a PDF's text layer prints for characters.

A known fault of Word-exported PDFs (and of the text copied from them): the font maps some
glyphs to the Kangxi Radicals block (U+2F00–U+2FD5) or the CJK Radicals Supplement (U+2E80–
U+2EF3) instead of the unified characters, so 人民政府 comes out as ⼈⺠政府, 区长 as 区⻓ and
一、工作目标 as ⼀、⼯作⽬标. Every rule of the tool is written in unified characters; these are
folded back one for one (lengths unchanged, so spans into the source stay exact):

* the Kangxi block by NFKC (⼈ → 人, ⾧ → 長);
* the radical forms that are whole Simplified characters from :data:`RADICAL_FORMS` — the
  components among them (⺡ for 氵, ⺮ for ⺮) never stand alone in text and stay.

The script stage folds them before it converts Traditional text (OpenCC does not know them), and
normalize folds them in Simplified text.
"""

from __future__ import annotations

import unicodedata

from .._pattern_cache import compile_re

# Radical form → the Simplified character it prints: 区⻓ (区长), ⻔户⽹站 (门户网站), ⻋辆 (车辆) …
RADICAL_FORMS = dict(
    zip(
        "⻓⻔⻘⻋⻝⻜⻢⻛⻚⻉⻅⻆⻄⻙⺠⻤⻩⻬⻮⻰⻳⻨⻥⻦⻧",
        "长门青车食飞马风页贝见角西韦民鬼黄齐齿龙龟麦鱼鸟卤",
        strict=True,
    )
)

# str.translate table: every Kangxi radical and every radical form above → its character.
RADICAL_FOLD: dict[int, int] = {cp: ord(unicodedata.normalize("NFKC", chr(cp))) for cp in range(0x2F00, 0x2FD6)}
RADICAL_FOLD.update((ord(form), ord(char)) for form, char in RADICAL_FORMS.items())

RADICAL_RE = compile_re("[\u2e80-\u2ef3\u2f00-\u2fd5]")


def fold_radicals(text: str) -> str:
    """``text`` with radicals printed for characters folded back (⼈⺠政府 → 人民政府)."""
    return text.translate(RADICAL_FOLD) if RADICAL_RE.search(text) else text
