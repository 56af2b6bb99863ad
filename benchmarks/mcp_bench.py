"""How fast the MCP server answers on a large archive. Prints figures, asserts nothing.

    python benchmarks/mcp_bench.py            # 3,000 issues
    python benchmarks/mcp_bench.py -n 500

Builds N issues as ``index_bench.py`` does, indexes them, starts ``gazette-extract mcp`` as a
subprocess and drives it with the MCP SDK's own stdio client: the median and worst wall time of
each tool call over 7 calls (after one warm-up call each), measured in the client.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

sys.path.insert(0, str(Path(__file__).resolve().parent))
from index_bench import build, command

CALLS: dict[str, dict] = {
    "search_documents": {"query": "垃圾分类", "limit": 20},
    "get_document": {"doc": "京平政发[2021]1号"},
    "person_timeline": {"name": "任宝军"},
    "unit_tasks": {"unit": "区教委", "role": "lead", "due_before": "2022-01-01"},
    "citing_documents": {"doc_number": "国办发〔2019〕3号"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000)
    n = parser.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "issues", Path(tmp) / "archive.db"
        folder.mkdir()
        build(folder, n)
        started = time.perf_counter()
        subprocess.run([*command(), "index", str(folder), "--db", str(db), "-j", "2"], check=True, capture_output=True)
        print(f"indexed {n} issues in {time.perf_counter() - started:.0f} s ({db.stat().st_size / 1e6:.0f} MB)")
        params = StdioServerParameters(command=command()[0], args=[*command()[1:], "mcp", "--db", str(db)])
        timings: dict[str, list[float]] = {}
        counts: dict[str, int] = {}

        async def run() -> None:
            async with stdio_client(params) as streams, ClientSession(streams[0], streams[1]) as session:
                await session.initialize()
                for name, arguments in CALLS.items():
                    await session.call_tool(name, arguments)  # warm-up
                    for _ in range(7):
                        started = time.perf_counter()
                        result = await session.call_tool(name, arguments)
                        timings.setdefault(name, []).append(time.perf_counter() - started)
                    content = result.structured_content or {}
                    counts[name] = content.get("count", len(content.get("document", {}).get("tasks", [])))

        anyio.run(run)
        print(f"{'tool':<20} {'median ms':>10} {'max ms':>8}  rows")
        for name, values in timings.items():
            print(f"{name:<20} {statistics.median(values) * 1000:>10.1f} {max(values) * 1000:>8.1f}  {counts[name]}")


if __name__ == "__main__":
    main()
