"""The generated client's decoding cost, beside its baseline in the same run; and the generate stage's time.

Decodes a 1,000-item page (customers, AR items: the contract's own examples repeated with distinct keys) as
an integrator gets it from the generated client (`json.loads` then `<List>.from_dict`, what the endpoint
functions do), against `json.loads` alone (and `orjson.loads`, the fastest parser at hand). With
`--generate`, also times `tools/generate_client.py` into a temporary folder (the work of `nox -s generate`
without setting up its environment). Prints a table and writes reports/bench-client.json.

    python bench/client_decode.py [--repeat 30] [--generate] [--spec BUNDLE]
"""

from __future__ import annotations

import argparse
import copy
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "generated" / "openapi" / "armrest.yaml"
CLIENT = ROOT / "generated" / "armrest-client"
REPORT = ROOT / "reports" / "bench-client.json"
ITEMS = 1000

sys.path.insert(0, str(CLIENT))
from armrest_client.models import ArItemList, CustomerList  # noqa: E402


def response_example(spec: dict[str, Any], path: str, status: str = "200") -> dict[str, Any]:
    content = spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]
    example = content.get("example") or next(iter(content["examples"].values()))["value"]
    assert isinstance(example, dict)
    return example


def summary(total: int) -> dict[str, Any]:
    return {
        "pageNo": 1,
        "currentPageSize": total,
        "pageSizeLimit": total,
        "totalPages": 1,
        "totalCount": total,
        "maximumCount": 10000,
        "nextPage": None,
        "lastPage": "http://127.0.0.1:8080/arm/v1/clients/2218/customers?query=Q2xpZW50MjIxOFF1ZXJ5MQ&pageno=1",
        "queryId": "Q2xpZW50MjIxOFF1ZXJ5MQ",
    }


def pages(spec: dict[str, Any]) -> dict[str, tuple[bytes, Callable[[Any], object]]]:
    customer = spec["components"]["schemas"]["Customer"]["examples"][0]
    ar_item = response_example(spec, "/clients/{clientno}/aritems/{aritemid}")
    customers, ar_items = [], []
    for n in range(ITEMS):
        c = copy.deepcopy(customer)
        c.update(customerNo=f"{500000 + n}", accountNo=500000 + n)
        customers.append(c)
        a = copy.deepcopy(ar_item)
        a.update(arItemId=80000 + n, documentNo=f"{100000 + n}")
        ar_items.append(a)
    return {
        "customers": (
            json.dumps({"summary": summary(ITEMS), "customers": customers}).encode(),
            CustomerList.from_dict,
        ),
        "arItems": (
            json.dumps({"summary": summary(ITEMS), "arItems": ar_items}).encode(),
            ArItemList.from_dict,
        ),
    }


def timed(function: Callable[[], object], repeat: int) -> float:
    """The median CPU time of `function` in milliseconds (after one warm-up call).

    CPU time, not wall time: the work is single-threaded, and a shared machine's other load then
    does not count (it still may slow caches down)."""
    function()
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def decode(repeat: int) -> dict[str, dict[str, float]]:
    import orjson

    spec = yaml.safe_load(BUNDLE.read_text())
    results: dict[str, dict[str, float]] = {}
    for name, (raw, from_dict) in pages(spec).items():
        page = from_dict(json.loads(raw))
        assert len(page.page_items) == ITEMS  # type: ignore[attr-defined]
        results[name] = {
            "bytes": float(len(raw)),
            "orjson_ms": timed(lambda raw=raw: orjson.loads(raw), repeat),
            "json_ms": timed(lambda raw=raw: json.loads(raw), repeat),
            "models_ms": timed(lambda raw=raw, f=from_dict: f(json.loads(raw)), repeat),
        }
    return results


def generate(spec: Path, repeat: int) -> list[float]:
    seconds = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as scratch:
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "tools" / "generate_client.py"),
                    "--spec",
                    str(spec),
                    "--output",
                    scratch + "/c",
                ],
                check=True,
                capture_output=True,
            )
            seconds.append(time.perf_counter() - start)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--generate", action="store_true", help="also time tools/generate_client.py")
    parser.add_argument("--spec", type=Path, default=BUNDLE, help="bundle to generate from (with --generate)")
    args = parser.parse_args()

    report: dict[str, Any] = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "items": ITEMS,
        "decode": decode(args.repeat),
    }
    print(f"Decoding a {ITEMS}-item page (median CPU time of {args.repeat} runs, ms):")
    print(f"{'page':<10} {'KiB':>7} {'orjson':>8} {'json':>8} {'models':>8} {'models/json':>12}")
    for name, r in report["decode"].items():
        ratio = r["models_ms"] / r["json_ms"]
        print(
            f"{name:<10} {r['bytes'] / 1024:>7.0f} {r['orjson_ms']:>8.2f} {r['json_ms']:>8.2f} "
            f"{r['models_ms']:>8.2f} {ratio:>11.1f}x"
        )
    if args.generate:
        runs = generate(args.spec, 3)
        report["generate_s"] = runs
        each = ", ".join(f"{s:.1f}" for s in runs)
        print(f"tools/generate_client.py: {each} s (median {statistics.median(runs):.1f} s)")
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
