#!/usr/bin/env python3
"""How well does the title/headline chooser carry to sites it never saw? Leave-site-out cross-validation on dev
(issue 9, session 21, heads21).

    .venv/bin/python benchmarks/heads/site_cv.py            # title P/R/F1 per fold and pooled, in-sample beside it
    .venv/bin/python benchmarks/heads/site_cv.py --tune     # also the L2 strength chosen by an inner CV per fold
    .venv/bin/python benchmarks/heads/site_cv.py --folds 10

Dev texts only (``accuracy.split_of`` of each truth's ``source.site``; the test split is never read). Folds are
fixed by the site: ``crc32(site) % FOLDS``, so a site's texts are all in one fold. For each fold the head model
(``train_heads.train``) is fitted on the other folds' texts and chooses titles on its own; the in-sample model is
fitted on every dev text. Titles are scored with ``accuracy.score`` (its document pairing and title comparison)
on the pipeline's output, in three rows:

  rules   the pipeline as it is (it does not call the model: the same in and out of fold);
  model   the first document's title replaced by the model's choice (:func:`choose`; withheld when no candidate
          line scores ≥ THRESHOLD): the chooser alone, the measure of how the model generalises;
  fill    the rules' title, and the model's choice only where the rules give the first document none.

Also the line level: the share of titled texts whose top-scored candidate line is a title line. The gap between
the in-sample and the out-of-fold figures is the estimate of what the held-out split loses to fitting the sites
in hand.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(HERE))

import train_heads  # noqa: E402
from accuracy import input_for, score, summarize  # noqa: E402

from gazette_extract.layout.chrome import strip_site_suffix  # noqa: E402
from gazette_extract.layout.documents import split_title_number  # noqa: E402
from gazette_extract.layout.recognize import clean_title, kind_of  # noqa: E402
from gazette_extract.vocab.common import ISSUER_SUFFIX_ALTERNATION, METADATA_KEYS, alternation  # noqa: E402
from gazette_extract.vocab.heads import ISSUERLESS_TITLE_OPENERS, ORIGINAL_NOTE_KEYS  # noqa: E402

FOLDS = 5
INNER_FOLDS = 4
THRESHOLD = 0.3  # the model's choice is given when its top line scores at least this
JOIN = True  # join the adjacent lines of a wrapped title (title_lines)
MAX_LINES = 3
MAX_JOINED = 120
MAX_ISSUER = 40  # characters of an issuer's name alone on a line (two joint issuers fit)
L2_GRID = (1e-4, 1e-3, 1e-2)  # --tune: the inner CV's choices
THRESHOLD_GRID = (0.2, 0.3, 0.4, 0.5)
ROWS = ("rules", "model", "fill")


def fold_of(site: str, folds: int = FOLDS, salt: str = "") -> int:
    """The fold of a site: crc32 of its name (with ``salt`` for the inner folds) modulo ``folds``."""
    return zlib.crc32((salt + site).encode("utf-8")) % folds


def probabilities(weights: dict[str, float], features: Sequence[dict[str, float]]) -> list[float]:
    out = []
    for f in features:
        z = sum(weights.get(name, 0.0) * value for name, value in f.items())
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def choose(
    text: train_heads.Text, weights: dict[str, float], threshold: float | None = None, join: bool | None = None
) -> str | None:
    """The model's title for ``text``: its top-scored candidate line when it scores at least ``threshold``,
    joined (``join``; both default to the module's THRESHOLD and JOIN) with the lines of the same title around it
    (:func:`title_lines`), a title key before it (标题：, 原标题：) and a document number before or after it split off
    (``split_title_number``), cleaned as the pipeline cleans a headline. An issuer's name alone
    (某市人民政府办公室) is no title: withheld."""
    threshold = THRESHOLD if threshold is None else threshold
    join = JOIN if join is None else join
    probs = probabilities(weights, text.features)
    if not probs:
        return None
    best = max(range(len(probs)), key=probs.__getitem__)  # the first of equal scores
    if probs[best] < threshold:
        return None
    lines = ["".join(text.blocks[k].text.split()) for k in text.indexes]
    first, last = title_lines(lines, text.indexes, probs, best, threshold) if join else (best, best)
    joined = _TITLE_KEY_RE.sub("", "".join(lines[first : last + 1]), count=1)
    if is_issuer_name(joined):
        return None
    title = clean_title(strip_site_suffix(split_title_number(joined)[0]))
    return title or None


# A title's key before it: 标题：…, 原标题：… (the metadata tables' title keys, vocab.common and vocab.heads)
_TITLE_KEY_RE = re.compile(
    "^(?:"
    + alternation([*(key for key, field in METADATA_KEYS.items() if field == "title"), *ORIGINAL_NOTE_KEYS])
    + ")[为是]?[：:]"
)
# An issuer's name alone on a line: a body's name ending in an issuer suffix (vocab.common.ISSUER_SUFFIXES), up to
# MAX_ISSUER characters of name, no mark, no title opener (关于…) and no document kind at its end
_ISSUER_NAME_RE = re.compile(rf"^[^\s，。；：:,;、（）()《》]{{2,{MAX_ISSUER}}}?(?:{ISSUER_SUFFIX_ALTERNATION})$")
_OPENER_RE = re.compile("^(?:" + alternation(ISSUERLESS_TITLE_OPENERS) + ")")


def is_issuer_name(line: str) -> bool:
    """某某市人民政府办公室, 中共某县委办公室某县人民政府办公室: a body's name and nothing else."""
    return (
        len(line) <= MAX_ISSUER + 10
        and _ISSUER_NAME_RE.match(line) is not None
        and "关于" not in line
        and kind_of(line) is None
    )


def title_lines(
    lines: Sequence[str], indexes: Sequence[int], probs: Sequence[float], best: int, threshold: float
) -> tuple[int, int]:
    """The first and last candidate line of the title around ``best`` (``lines`` without spaces). A neighbour joins
    when it is the adjacent block and the whole stays within MAX_JOINED characters and MAX_LINES lines, and either

    * it scores at least ``threshold`` and the part above it does not already end in a document kind (``kind_of``),
      nor (a line above) end in a mark: two lines of one wrapped title both scored;
    * or the issuer's name on a line of its own and the title's words on the next (某市人民政府办公室 /
      关于印发…的通知, 印发…的通知, …的通知): the name above an opener (vocab.heads.ISSUERLESS_TITLE_OPENERS) or a
      line that ends in a document kind, whatever either scores.

    A title and its subtitle, or two titles, stay apart."""
    first = last = best
    size = len(lines[best])
    while last + 1 < len(lines) and last - first + 1 < MAX_LINES:
        nxt = lines[last + 1]
        above = "".join(lines[first : last + 1])
        if indexes[last + 1] != indexes[last] + 1 or size + len(nxt) > MAX_JOINED or kind_of(above) is not None:
            break
        named = is_issuer_name(above) and (_OPENER_RE.match(nxt) is not None or kind_of(nxt) is not None)
        if probs[last + 1] < threshold and not named:
            break
        last, size = last + 1, size + len(nxt)
    while first > 0 and last - first + 1 < MAX_LINES:
        prev = lines[first - 1]
        below = "".join(lines[first : last + 1])
        if indexes[first - 1] != indexes[first] - 1 or size + len(prev) > MAX_JOINED:
            break
        named = is_issuer_name(prev) and (_OPENER_RE.match(below) is not None or kind_of(below) is not None)
        scored = probs[first - 1] >= threshold and prev and kind_of(prev) is None and prev[-1].isalnum()
        if not (named or scored):
            break  # the line above is a title of its own, a sentence, a label, or scores low
        first, size = first - 1, size + len(prev)
    return first, last


def top_line_hit(text: train_heads.Text, weights: dict[str, float]) -> bool:
    probs = probabilities(weights, text.features)
    return bool(probs) and text.labels[max(range(len(probs)), key=probs.__getitem__)] == 1


@dataclass
class Page:
    text: train_heads.Text
    truth: dict[str, Any]
    output: dict[str, Any]  # the pipeline's


def pages(texts: list[train_heads.Text]) -> list[Page]:
    from gazette_extract.pipeline import extract
    from gazette_extract.text.decode import read_input

    out = []
    samples = ROOT / "samples"
    for t in texts:
        source = samples / t.name
        truth_path = source.with_name(source.name.rsplit(".", 1)[0] + ".truth.json")
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        path = input_for(truth_path)
        out.append(Page(t, truth, extract(read_input(path), path=path.name)))
    return out


def outcomes(page: Page, row: str, weights: dict[str, float], threshold: float | None = None) -> list[Any]:
    """The title outcomes of ``page`` under ``row`` (see the module's docstring)."""
    output = page.output
    docs = output.get("documents") or []
    if row != "rules" and docs and not (row == "fill" and docs[0].get("title")):
        title = choose(page.text, weights, threshold)
        output = {**output, "documents": [{**docs[0], "title": title}, *docs[1:]]}
    return [o for o in score(page.truth, output) if o.metric == "title"]


def prf(found: list[Any]) -> tuple[int, int, int, float, float, float]:
    s = summarize(found)["title"]
    p, r, f1 = (s[k] or 0.0 for k in ("precision", "recall", "f1"))
    return s["tp"], s["fp"], s["fn"], p, r, f1


def cell(m: tuple[int, int, int, float, float, float]) -> str:
    tp, fp, fn, p, r, f1 = m
    return f"{tp}/{fp}/{fn} {p:.3f}/{r:.3f}/{f1:.3f}"


def model_f1(chosen: list[Page], weights_of: Any, threshold: float | None = None) -> float:
    return prf([o for p in chosen for o in outcomes(p, "model", weights_of(p), threshold)])[5]


def tune(train_pages: list[Page]) -> tuple[tuple[float, float], dict[tuple[float, float], float]]:
    """The (L2 strength, threshold) whose inner CV (the training pages' sites in INNER_FOLDS folds, by a salted
    hash) gives the best pooled model-row title F1; a tie goes to the stronger regularisation, then the higher
    threshold."""
    inner = {id(p): fold_of(p.text.site, INNER_FOLDS, salt="inner:") for p in train_pages}
    figures = {}
    for l2 in L2_GRID:
        models = [
            train_heads.train([p.text for p in train_pages if inner[id(p)] != k], l2=l2) for k in range(INNER_FOLDS)
        ]
        for threshold in THRESHOLD_GRID:
            figures[l2, threshold] = model_f1(train_pages, lambda p, m=models: m[inner[id(p)]], threshold)
    best = max(figures, key=lambda key: (round(figures[key], 4), key))
    return best, figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=FOLDS, help=f"outer folds (default {FOLDS})")
    ap.add_argument(
        "--tune", action="store_true", help="choose L2 and the threshold per fold by an inner CV (4-8 minutes)"
    )
    ap.add_argument("--l2", type=float, default=train_heads.L2, help="L2 strength (default train_heads.L2)")
    a = ap.parse_args(argv)
    start = time.perf_counter()
    texts = train_heads.dev_texts()
    chosen = pages(texts)
    fold = {id(p): fold_of(p.text.site, a.folds) for p in chosen}
    print(
        f"dev: {len(texts)} texts, {len({t.site for t in texts})} sites, {a.folds} folds by site "
        f"(crc32(site) % {a.folds}), L2 {a.l2:g}, threshold {THRESHOLD}"
    )
    whole = train_heads.train(texts, l2=a.l2)
    models, thresholds = [], []
    for k in range(a.folds):
        rest = [p for p in chosen if fold[id(p)] != k]
        l2, threshold = a.l2, THRESHOLD
        if a.tune:
            (l2, threshold), figures = tune(rest)
            print(
                f"fold {k}: inner CV chose L2 {l2:g}, threshold {threshold} (model F1 {figures[l2, threshold]:.3f}; "
                + ", ".join(f"{v:g}/{t}: {f:.3f}" for (v, t), f in figures.items())
                + ")"
            )
        models.append(train_heads.train([p.text for p in rest], l2=l2))
        thresholds.append(threshold)
    header = "| fold | texts | rules | model out of fold | model in-sample | fill out of fold | fill in-sample | top line OOF / in |"
    print("\ntitles tp/fp/fn P/R/F1 (accuracy.py's title scoring)\n" + header + "\n|" + "---|" * 8)
    pooled: dict[str, list[Any]] = {}
    tops = [0, 0, 0]
    for k in [*range(a.folds), None]:
        these = [p for p in chosen if k is None or fold[id(p)] == k]
        cells = []
        for row, which in (("rules", "in"), ("model", "out"), ("model", "in"), ("fill", "out"), ("fill", "in")):
            found = [
                o
                for p in these
                for o in (
                    outcomes(p, row, models[fold[id(p)]], thresholds[fold[id(p)]])
                    if which == "out"
                    else outcomes(p, row, whole)
                )
            ]
            cells.append(cell(prf(found)))
            if k is None:
                pooled[f"{row}:{which}"] = found
        titled = [p for p in these if any(p.text.labels)]
        oof = sum(top_line_hit(p.text, models[fold[id(p)]]) for p in titled)
        ins = sum(top_line_hit(p.text, whole) for p in titled)
        if k is None:
            tops = [oof, ins, len(titled)]
        print(
            f"| {'pooled' if k is None else k} | {len(these)} | "
            + " | ".join(cells)
            + f" | {oof} / {ins} of {len(titled)} |"
        )
    oof_f1, in_f1 = prf(pooled["model:out"])[5], prf(pooled["model:in"])[5]
    print(
        f"\nmodel row title F1: out of fold {oof_f1:.3f}, in-sample {in_f1:.3f}, gap {in_f1 - oof_f1:.3f}; "
        f"top line a title line {tops[0]} / {tops[1]} of {tops[2]} titled texts"
    )
    print(f"{len(whole)} weights in-sample; {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
