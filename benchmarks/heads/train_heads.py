#!/usr/bin/env python3
"""Train the learned head scorer (issue 9, s13-learn14) on the dev split, deterministically.

    .venv/bin/python benchmarks/heads/train_heads.py            # writes benchmarks/heads/head_weights.py
    .venv/bin/python benchmarks/heads/train_heads.py --check    # retrains and compares with the committed weights

Examples: for every dev text (benchmarks/accuracy.split_of of its truth's source.site; never a test
text), the first CANDIDATES non-empty blocks as the pipeline's own stages give them (read_source →
to_simplified → split_paragraphs → classify), labelled 1 when the line (spaces and 《》 removed) is or
contains a truth document's title, or is a piece of one that an adjacent line continues (:func:`is_title_line`). Model: L2-regularised logistic regression fitted by Newton's
method from zeros to convergence (no randomness; until session 21 a fixed 2000 steps of gradient descent, whose
early stop was the only regulariser), numpy only at training time.
Features named fewer than MIN_COUNT times in the training lines are dropped; weights rounded to 4 places.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(HERE))

from accuracy import input_for, split_of, truth_files  # noqa: E402
from head_features import BODY_WINDOW, CANDIDATES  # noqa: E402
from head_model import _bigrams, line_features, page_context  # noqa: E402

from gazette_extract.layout.blocks import classify  # noqa: E402
from gazette_extract.pipeline import read_source  # noqa: E402
from gazette_extract.text.normalize import split_paragraphs  # noqa: E402
from gazette_extract.text.script import to_simplified  # noqa: E402

VERSION = "2"
MIN_COUNT = 3
ITERATIONS = 50  # Newton steps at most (it converges in about ten)
# L2 strength: chosen by benchmarks/heads/site_cv.py --tune (the inner cross-validation by site)
L2 = 1e-3
OUT = HERE / "head_weights.py"


@dataclass
class Text:
    name: str
    site: str
    has_document: bool
    blocks: list  # the pipeline's blocks
    indexes: list[int]  # the candidate blocks
    features: list[dict[str, float]]
    labels: list[int]


def _clean(text: str) -> str:
    return "".join(to_simplified(text)[0].split()).replace("《", "").replace("》", "")


def is_title_line(line: str, titles: list[str], prev: str = "", nxt: str = "") -> bool:
    """The line is or contains a title, or is a piece of one that a neighbour continues: ``prev + line`` or
    ``line + nxt`` lies inside the title too (某市人民政府办公室 / 关于印发…的通知, both lines). A title's first
    words printed alone elsewhere (the issuer's name as the signature) are no title line (until session 21 a line
    that only started a title counted, wherever it stood, and the second line of a wrapped title did not)."""
    if not line:
        return False
    for t in titles:
        if not t:
            continue
        if line == t or t in line:
            return True
        if len(line) >= min(6, len(t)) and line in t and ((prev and prev + line in t) or (nxt and line + nxt in t)):
            return True
    return False


def load_text(truth_path: Path, samples: Path) -> Text:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    source = input_for(truth_path)
    raw, _, _ = read_source(source.read_bytes(), path=source.name)
    blocks = classify(split_paragraphs(to_simplified(raw)[0]))
    titles = [_clean(d["title"]) for d in truth.get("documents") or [] if d.get("title")]
    indexes = [k for k, b in enumerate(blocks) if b.text.strip()][:CANDIDATES]
    features, labels = [], []
    context = page_context(blocks)
    cleaned = [_clean(blocks[k].text) for k in indexes]
    for j, k in enumerate(indexes):
        body = _bigrams("".join(b.text for b in blocks[k + 1 : k + 1 + BODY_WINDOW]))
        features.append(line_features(blocks, k, body, context))
        prev = cleaned[j - 1] if j and indexes[j - 1] == k - 1 else ""
        nxt = cleaned[j + 1] if j + 1 < len(indexes) and indexes[j + 1] == k + 1 else ""
        labels.append(int(is_title_line(cleaned[j], titles, prev, nxt)))
    return Text(
        str(source.relative_to(samples)),
        truth["source"]["site"],
        bool(truth.get("documents")),
        blocks,
        indexes,
        features,
        labels,
    )


def dev_texts(samples: Path = ROOT / "samples") -> list[Text]:
    out = []
    for truth_path in truth_files(samples):
        site = (json.loads(truth_path.read_text(encoding="utf-8")).get("source") or {}).get("site")
        if site and split_of(site) == "dev":
            out.append(load_text(truth_path, samples))
    return out


def design(texts: list[Text]) -> tuple[list[str], object, object]:
    """The feature names kept (named at least MIN_COUNT times), the dense example matrix and the labels."""
    import numpy as np

    counts: Counter[str] = Counter(name for t in texts for f in t.features for name in f)
    names = sorted(name for name, c in counts.items() if c >= MIN_COUNT)
    column = {name: j for j, name in enumerate(names)}
    rows = [f for t in texts for f in t.features]
    x = np.zeros((len(rows), len(names)))
    for r, f in enumerate(rows):
        for name, v in f.items():
            j = column.get(name)
            if j is not None:
                x[r, j] = v
    y = np.array([v for t in texts for v in t.labels], dtype=np.float64)
    return names, x, y


def train(texts: list[Text], l2: float = L2) -> dict[str, float]:
    """L2-regularised logistic regression fitted by Newton's method (deterministic, no randomness):
    minimises mean log loss + l2/2·|w|², the bias included; ITERATIONS steps at most."""
    import numpy as np

    names, x, y = design(texts)
    n, d = x.shape
    w = np.zeros(d)
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / n + l2 * w
        hessian = (x.T * (p * (1.0 - p))) @ x / n + l2 * np.eye(d)
        step = np.linalg.solve(hessian, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    return {name: round(float(v), 4) for name, v in zip(names, w, strict=True) if round(float(v), 4) != 0.0}


def render(weights: dict[str, float], commit: str, texts: int, lines: int) -> str:
    body = (
        "{\n" + "".join(f"    {json.dumps(k, ensure_ascii=False)}: {v!r},\n" for k, v in sorted(weights.items())) + "}"
    )
    return (
        '"""Weights of the learned head scorer (benchmarks/heads/head_model.py), written by benchmarks/heads/train_heads.py: do not edit."""\n\n'
        "from __future__ import annotations\n\n"
        f'TRAINER_VERSION = "{VERSION}"\n'
        f'DEV_COMMIT = "{commit}"  # the commit whose dev split it was trained on\n'
        f"TRAINED_ON = ({texts}, {lines})  # dev texts, candidate lines\n"
        f"WEIGHTS: dict[str, float] = {body}\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="retrain and compare with the committed weights")
    a = ap.parse_args()
    texts = dev_texts()
    weights = train(texts)
    if a.check:
        from head_weights import WEIGHTS

        worst = max(abs(weights.get(k, 0.0) - WEIGHTS.get(k, 0.0)) for k in set(weights) | set(WEIGHTS))
        print(f"{len(weights)} weights, largest difference {worst:.4f}")
        return 0 if worst <= 1e-3 else 1
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    lines = sum(len(t.labels) for t in texts)
    OUT.write_text(render(weights, commit, len(texts), lines), encoding="utf-8")
    print(
        f"{len(texts)} dev texts, {lines} lines, {sum(sum(t.labels) for t in texts)} positive; {len(weights)} weights"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
