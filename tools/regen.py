"""Regenerate the committed artifacts — deliberately, never as a side effect of tests.

    python tools/regen.py schema     # schemas/gazette.schema.json from the models
    python tools/regen.py samples    # samples/*.expected.json from samples/*.txt|.html
    python tools/regen.py all

Read the diff (git diff samples/ schemas/) before committing what this writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gazette_extract.app.goldens import expected_path, render, sample_inputs  # noqa: E402
from gazette_extract.models import json_schema  # noqa: E402


def regen_schema() -> None:
    path = ROOT / "schemas" / "gazette.schema.json"
    path.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


def regen_samples() -> None:
    for sample in sample_inputs(ROOT / "samples"):
        target = expected_path(sample)
        target.write_text(render(sample), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what in ("schema", "all"):
        regen_schema()
    if what in ("samples", "all"):
        regen_samples()
