#!/usr/bin/env python3
"""Train the learned head scorer (issue 9, s13-learn14) on the dev split, deterministically.

    .venv/bin/python benchmarks/heads/train_heads.py            # writes benchmarks/heads/head_weights.py
    .venv/bin/python benchmarks/heads/train_heads.py --check    # retrains and compares with the committed weights

Examples: for every dev text (benchmarks/accuracy.split_of of its truth's source.site; never a test
text), the first CANDIDATES non-empty blocks as the pipeline's own stages give them (read_source →
to_simplified → split_paragraphs → classify), labelled 1 when the line (spaces and 《》 removed) is,
contains or starts a truth document's title. Model: L2-regularised logistic regression, full-batch
gradient descent from zeros for a fixed number of steps (no randomness), numpy only at training time.
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
from head_model import _bigrams, line_features  # noqa: E402

from gazette_extract.layout.blocks import classify  # noqa: E402
from gazette_extract.pipeline import read_source  # noqa: E402
from gazette_extract.text.normalize import split_paragraphs  # noqa: E402
from gazette_extract.text.script import to_simplified  # noqa: E402

VERSION = "1"
MIN_COUNT = 3
STEPS = 2000
RATE = 1.0
L2 = 1e-4
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


def is_title_line(line: str, titles: list[str]) -> bool:
    """The line is, contains or starts a title."""
    if not line:
        return False
    return any(line == t or t in line or (t.startswith(line) and len(line) >= min(6, len(t))) for t in titles if t)


def load_text(truth_path: Path, samples: Path) -> Text:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    source = input_for(truth_path)
    raw, _, _ = read_source(source.read_bytes(), path=source.name)
    blocks = classify(split_paragraphs(to_simplified(raw)[0]))
    titles = [_clean(d["title"]) for d in truth.get("documents") or [] if d.get("title")]
    indexes = [k for k, b in enumerate(blocks) if b.text.strip()][:CANDIDATES]
    features, labels = [], []
    for k in indexes:
        body = _bigrams("".join(b.text for b in blocks[k + 1 : k + 1 + BODY_WINDOW]))
        features.append(line_features(blocks, k, body))
        labels.append(int(is_title_line(_clean(blocks[k].text), titles)))
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


def train(texts: list[Text]) -> dict[str, float]:
    import numpy as np

    counts: Counter[str] = Counter(name for t in texts for f in t.features for name in f)
    names = sorted(name for name, c in counts.items() if c >= MIN_COUNT)
    column = {name: j for j, name in enumerate(names)}
    rows, cols, vals, ys = [], [], [], []
    r = 0
    for t in texts:
        for f, y in zip(t.features, t.labels, strict=True):
            for name, v in sorted(f.items()):
                j = column.get(name)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
                    vals.append(v)
            ys.append(y)
            r += 1
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    vals_a, y = np.array(vals, dtype=np.float64), np.array(ys, dtype=np.float64)
    w = np.zeros(len(names))
    n = len(ys)
    for _ in range(STEPS):
        z = np.bincount(rows_a, weights=w[cols_a] * vals_a, minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols_a, weights=(p - y)[rows_a] * vals_a, minlength=len(names)) / n + L2 * w
        w -= RATE * grad * 10.0
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
