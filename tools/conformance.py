"""The conformance stage: independent tools read the bundle the way the server does.

- every example in the contract is valid for AJV, Python `jsonschema` and jsonschema-rs alike;
- the money schemas: all three accept every amount 0.01..1000.00 (float `multipleOf` made two of
  them refuse 11 % of those), and the server's own validators refuse a third decimal;
- Spectral, `spectral:oas` (all rules) and the OWASP ruleset: no error (tools/node/spectral-ruleset.yaml
  names each rule switched off and why);
- openapi-typescript: no `unknown` in any request or response body type;
- recorded traffic (one JSON object a line, see `Exchange`): every answer has a status its operation
  declares, is no 5xx, and openapi-core and AJV find it valid (the request too, when it was accepted).

`python -m tools.conformance [examples|money|spectral|typescript|traffic FILE]...` prints every
finding and exits 1 if there is one.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import conformance_traffic, node_tools
from tools.schema_judges import BUNDLE, ROOT, Judges, load, pointer, resolve

RULESET = ROOT / "tools" / "node" / "spectral-ruleset.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
MONEY = ("Amount", "PositiveAmount", "NonNegativeAmount")


# --- examples ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Example:
    where: str  # where the example is written
    schema: str  # pointer of the schema it must satisfy
    value: Any


def _media(document: dict[str, Any], where: str, media: dict[str, Any]) -> Iterator[Example]:
    if "schema" not in media:
        return
    schema = where + pointer("schema")
    if "example" in media:
        yield Example(where + "/example", schema, media["example"])
    for name, example in media.get("examples", {}).items():
        example, _ = resolve(document, example, "")
        if "value" in example:
            yield Example(f"{where}/examples/{name}", schema, example["value"])


def _schemas(where: str, node: Any) -> Iterator[Example]:
    if isinstance(node, dict):
        for i, value in enumerate(node.get("examples", []) if isinstance(node.get("examples"), list) else []):
            yield Example(f"{where}/examples/{i}", where, value)
        for key, child in node.items():
            if key not in ("examples", "example", "properties"):
                yield from _schemas(where + pointer(key), child)
        for key, child in (
            node.get("properties", {}).items() if isinstance(node.get("properties"), dict) else []
        ):
            yield from _schemas(where + pointer("properties", key), child)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _schemas(where + pointer(str(i)), child)


def examples(document: dict[str, Any]) -> list[Example]:
    """Every example in the bundle, with the pointer of the schema it must satisfy (once each)."""
    found: dict[tuple[str, str], Example] = {}

    def add(items: Iterator[Example]) -> None:
        for ex in items:
            found.setdefault((ex.where, ex.schema), ex)

    for template, item in document["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            op_at = pointer("paths", template, method)
            op = item[method]
            body, body_at = resolve(document, op.get("requestBody", {}), op_at + pointer("requestBody"))
            for mt, media in body.get("content", {}).items():
                add(_media(document, body_at + pointer("content", mt), media))
            for status, raw in op["responses"].items():
                response, at = resolve(document, raw, op_at + pointer("responses", status))
                for mt, media in response.get("content", {}).items():
                    add(_media(document, at + pointer("content", mt), media))
            shared = [
                (pointer("paths", template, "parameters", str(i)), p)
                for i, p in enumerate(item.get("parameters", []))
            ]
            own = [(op_at + pointer("parameters", str(i)), p) for i, p in enumerate(op.get("parameters", []))]
            for at, raw in shared + own:
                param, at = resolve(document, raw, at)
                if "example" in param:
                    add(iter([Example(at + "/example", at + pointer("schema"), param["example"])]))
    for kind in ("schemas", "headers"):
        for name, node in document.get("components", {}).get(kind, {}).items():
            target = node if kind == "schemas" else node.get("schema", {})
            at = pointer("components", kind, name) + ("" if kind == "schemas" else pointer("schema"))
            add(_schemas(at, target))
            if kind == "headers" and "example" in node:
                add(iter([Example(pointer("components", kind, name, "example"), at, node["example"])]))
    return list(found.values())


def example_findings(bundle: Path = BUNDLE) -> list[str]:
    document = load(bundle)
    judges, exs = Judges(document, bundle), examples(document)
    verdicts = judges.ajv([(ex.schema, ex.value) for ex in exs])
    findings = []
    for ex, ajv in zip(exs, verdicts, strict=True):
        for judge, errors in (
            ("AJV", ajv),
            ("jsonschema", judges.python(ex.schema, ex.value)),
            ("jsonschema-rs", judges.rust(ex.schema, ex.value)),
        ):
            findings += [f"{judge}: {ex.where}: {e}" for e in errors[:3]]
    return findings


def money_findings(bundle: Path = BUNDLE, count: int = 100_000) -> list[str]:
    """The three validators on every amount 0.01..1000.00, and the server on a third decimal."""
    from armrest_server.http.compiler import Compiler

    document = load(bundle)
    judges, findings = Judges(document, bundle), []
    # Amount on every cent up to 1000.00; the other two share its device, so a tenth of that.
    cases = {
        name: [round(n / 100, 2) for n in range(1, (count if name == "Amount" else count // 10) + 1)]
        for name in MONEY
    }
    wheres = {name: pointer("components", "schemas", name) for name in MONEY}
    verdicts = iter(judges.ajv([(wheres[name], a) for name in MONEY for a in cases[name]]))
    for name, amounts in cases.items():
        python, rust = judges.python_validator(wheres[name]), judges.rust_validator(wheres[name])
        refused = {
            "AJV": sum(bool(next(verdicts)) for _ in amounts),
            "jsonschema": sum(not python.is_valid(a) for a in amounts),
            "jsonschema-rs": sum(not rust.is_valid(a) for a in amounts),
        }
        findings += [
            f"{judge} refuses {n} of {len(amounts)} valid {name} values" for judge, n in refused.items() if n
        ]
        server = Compiler(document).validator({"$ref": f"#/components/schemas/{name}"})
        thirds = [n / 1000 for n in range(1, 10_000) if n % 10]
        accepted = sum(server.is_valid(a) for a in thirds)
        if accepted:
            findings.append(f"the server accepts {accepted} {name} values with three decimals")
    return findings


# --- Spectral and openapi-typescript -----------------------------------------------------------------
def spectral_findings(*bundles: Path) -> dict[Path, list[str]]:
    """Spectral's errors per bundle (one run for all: loading the rulesets is most of its time)."""
    bundles = bundles or (BUNDLE,)
    done = subprocess.run(
        [
            str(node_tools.tool("spectral")),
            "lint",
            "-r",
            str(RULESET),
            *map(str, bundles),
            "-f",
            "json",
            "-q",
            "-D",
        ],
        capture_output=True,
        text=True,
        env=node_tools.environment(),
        cwd=RULESET.parent,
    )
    start = done.stdout.find("[")
    if start == -1:
        raise RuntimeError(f"spectral failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
    found: dict[Path, list[str]] = {bundle: [] for bundle in bundles}
    for r in json.loads(done.stdout[start:]):
        if r["severity"] == 0:
            source = Path(r["source"]).resolve()
            key = next((b for b in bundles if b.resolve() == source), bundles[0])
            found[key].append(f"{r['code']}: {'.'.join(map(str, r['path']))}: {r['message']}")
    return found


def typescript_findings(bundle: Path = BUNDLE) -> list[str]:
    """`unknown` in any generated type: a request or response body (or a part of one) that lost its
    type. Comments and the `[name: string]: unknown` of header maps are not types of a body."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "armrest.d.ts"
        subprocess.run(
            [str(node_tools.tool("openapi-typescript")), str(bundle.resolve()), "-o", str(out)],
            capture_output=True,
            text=True,
            env=node_tools.environment(),
            check=True,
            # Not the checkout: its redocly.yaml (for `nox -s lint`) would become this tool's config.
            cwd=tmp,
        )
        lines = out.read_text(encoding="utf-8").splitlines()
    findings, owner = [], ""
    for number, line in enumerate(lines, 1):
        code = line.strip()
        if re.match(r"^ {8}[\w\"-]+\??: \{$", line):
            owner = code.split(":")[0]
        if code.startswith(("*", "/*")) or code == "[name: string]: unknown;":
            continue
        if re.search(r"\bunknown\b", code):
            findings.append(f"line {number} (in {owner}): {code}")
    return findings


def main(argv: list[str]) -> int:
    checks = argv or ["examples", "money", "spectral", "typescript"]
    findings: list[str] = []
    while checks:
        check = checks.pop(0)
        if check == "examples":
            findings += example_findings()
        elif check == "money":
            findings += money_findings()
        elif check == "spectral":
            findings += spectral_findings()[BUNDLE]
        elif check == "typescript":
            findings += typescript_findings()
        elif check == "traffic" and checks:
            findings += conformance_traffic.findings(conformance_traffic.read(Path(checks.pop(0))))
        else:
            print(f"unknown check {check!r}: examples, money, spectral, typescript, traffic FILE")
            return 2
    print("\n".join(findings) or "no finding")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
