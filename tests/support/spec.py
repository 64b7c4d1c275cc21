"""Reading the bundled contract: its operations, its examples, and validators for its schemas.

Shared by the spec tests and the server tests so that "what the contract says" is computed once.
Run as `python -m tests.support.spec BUNDLE` to list every example that breaks its schema.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_YAML = ROOT / "generated" / "openapi" / "armrest.yaml"
BUNDLE_JSON = ROOT / "generated" / "openapi" / "armrest.json"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Marks the contract's sandbox-only parts (operations, their tag, the forced-answer header): not part
# of Amili's API, served only by a server started with --sandbox-controls.
SANDBOX = "x-armrest-sandbox"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.operation["operationId"])


@dataclass(frozen=True)
class Example:
    where: str
    schema: dict[str, Any]
    value: Any


#: LibYAML's loader where PyYAML was built with it: PyYAML's own pure-Python loader takes about two
#: seconds per read of the bundle, which made collection of the suite cost a minute.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path = BUNDLE_YAML) -> dict[str, Any]:
    """The document of a YAML file (the bundle by default), a new one on every call."""
    with path.open("rb") as fh:
        data: dict[str, Any] = yaml.load(fh, Loader=YAML_LOADER)
    return data


def operations(spec: dict[str, Any]) -> list[Operation]:
    return [
        Operation(method, path, item[method])
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    ]


def is_sandbox(op: Operation) -> bool:
    return op.operation.get(SANDBOX) is True


def armrest_operations(spec: dict[str, Any]) -> list[Operation]:
    """The operations of Amili's API: every one but the sandbox-only ones."""
    return [op for op in operations(spec) if not is_sandbox(op)]


def armrest_tags(spec: dict[str, Any]) -> list[str]:
    return [tag["name"] for tag in spec["tags"] if tag.get(SANDBOX) is not True]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node and len(node) == 1:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The properties of an object schema, through `$ref`s and the parts of its allOf, oneOf and
    anyOf (`oneOf: [X, null]` has X's)."""
    schema = resolve(spec, schema)
    found = dict(schema.get("properties", {}))
    for part in (*schema.get("allOf", []), *schema.get("oneOf", []), *schema.get("anyOf", [])):
        found |= properties(spec, part)
    return found


def items(spec: dict[str, Any], schema: Any) -> Any:
    """The schema of an array schema's items, through `$ref`s and combinators; None if it has none."""
    schema = resolve(spec, schema)
    if "items" in schema:
        return schema["items"]
    parts = (*schema.get("allOf", []), *schema.get("oneOf", []), *schema.get("anyOf", []))
    return next((found for part in parts if (found := items(spec, part)) is not None), None)


def validator(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A Draft 2020-12 validator for `schema`, with the bundle's components reachable by `$ref`."""
    wrapped = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": spec.get("components", {}),
        "allOf": [schema],
    }
    return jsonschema_rs.Draft202012Validator(wrapped, validate_formats=True)


def _media_examples(spec: dict[str, Any], where: str, media: dict[str, Any]) -> Iterator[Example]:
    schema = media.get("schema")
    if schema is None:
        return
    if "example" in media:
        yield Example(f"{where}/example", schema, media["example"])
    for name, ex in media.get("examples", {}).items():
        ex = resolve(spec, ex)
        if "value" in ex:
            yield Example(f"{where}/examples/{name}", schema, ex["value"])


def _schema_examples(where: str, node: Any) -> Iterator[Example]:
    """Examples written inside schemas (`examples: [...]`), at any depth."""
    if isinstance(node, dict):
        if isinstance(node.get("examples"), list) and ("type" in node or "$ref" in node or "allOf" in node):
            for i, value in enumerate(node["examples"]):
                yield Example(f"{where}/examples/{i}", node, value)
        for key, child in node.items():
            if key not in ("examples", "example"):
                yield from _schema_examples(f"{where}/{key}", child)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _schema_examples(f"{where}/{i}", child)


def examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every example in the bundle, with the schema it must satisfy."""
    for op in operations(spec):
        base = f"{op.method.upper()} {op.path}"
        body = resolve(spec, op.operation.get("requestBody", {}))
        for mt, media in body.get("content", {}).items():
            yield from _media_examples(spec, f"{base} request {mt}", media)
        for status, response in op.operation.get("responses", {}).items():
            response = resolve(spec, response)
            for mt, media in response.get("content", {}).items():
                yield from _media_examples(spec, f"{base} {status} {mt}", media)
        for param in op.operation.get("parameters", []):
            param = resolve(spec, param)
            if "example" in param:
                yield Example(f"{base} parameter {param['name']}", param["schema"], param["example"])
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        yield from _schema_examples(f"#/components/schemas/{name}", schema)


def example_errors(spec: dict[str, Any]) -> list[str]:
    errors = []
    for ex in examples(spec):
        for err in validator(spec, ex.schema).iter_errors(ex.value):
            errors.append(f"{ex.where}: {err.message} at {'/'.join(map(str, err.instance_path))}")
    return errors


if __name__ == "__main__":
    found = example_errors(load(Path(sys.argv[1]) if len(sys.argv) > 1 else BUNDLE_YAML))
    print("\n".join(found) or "every example validates")
    sys.exit(1 if found else 0)
