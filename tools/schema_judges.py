"""The bundle as the conformance checks read it: the file, JSON pointers into it, and the three JSON
Schema validators that judge an instance against one of its schemas (AJV, Python `jsonschema`,
jsonschema-rs). Shared by tools/conformance.py (the bundle's examples and money) and
tools/conformance_traffic.py (recorded exchanges).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema  # type: ignore[import-untyped]  # no stubs are published for it
import jsonschema_rs
import referencing
import referencing.jsonschema

from tools import node_tools

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "generated" / "openapi" / "armrest.json"
AJV_SCRIPT = ROOT / "tools" / "node" / "ajv-check.mjs"
URI = "urn:armrest:bundle"


def load(path: Path = BUNDLE) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def pointer(*parts: str) -> str:
    """A JSON pointer as a URI fragment (`{` and `}` of path templates percent-encoded)."""
    return quote("".join("/" + escape(p) for p in parts), safe="/~")


def resolve(document: dict[str, Any], node: Any, where: str) -> tuple[Any, str]:
    """Follow `$ref`s; answers the node and the pointer it lives at."""
    while isinstance(node, dict) and "$ref" in node:
        where = quote(node["$ref"].removeprefix("#"), safe="/~")
        node = document
        for part in node_path(where):
            node = node[part]
    return node, where


def node_path(where: str) -> list[str]:
    from urllib.parse import unquote

    return [p.replace("~1", "/").replace("~0", "~") for p in unquote(where).split("/")[1:]]


class Judges:
    """AJV, Python jsonschema and jsonschema-rs, each asked about (schema pointer, instance) pairs."""

    def __init__(self, document: dict[str, Any], bundle: Path = BUNDLE) -> None:
        self.document = document
        self.bundle = bundle  # the same document as a file, for AJV
        resource = referencing.Resource.from_contents(
            document, default_specification=referencing.jsonschema.DRAFT202012
        )
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(URI, resource)
        self.rs_registry = jsonschema_rs.Registry([(URI, document)])
        self._py: dict[str, Any] = {}
        self._rs: dict[str, Any] = {}

    def python_validator(self, where: str) -> Any:
        if where not in self._py:
            self._py[where] = jsonschema.Draft202012Validator(
                {"$ref": URI + "#" + where},
                registry=self.registry,
                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
            )
        return self._py[where]

    def rust_validator(self, where: str) -> Any:
        if where not in self._rs:
            self._rs[where] = jsonschema_rs.Draft202012Validator(
                {"$ref": URI + "#" + where}, registry=self.rs_registry, validate_formats=True
            )
        return self._rs[where]

    def python(self, where: str, instance: Any) -> list[str]:
        return [f"{e.json_path} {e.message}" for e in self.python_validator(where).iter_errors(instance)]

    def rust(self, where: str, instance: Any) -> list[str]:
        errors = self.rust_validator(where).iter_errors(instance)
        return [f"/{'/'.join(map(str, e.instance_path))} {e.message}" for e in errors]

    def ajv(self, jobs: list[tuple[str, Any]]) -> list[list[str]]:
        """One Node process for all jobs: spawning one per instance would take minutes."""
        if not jobs:
            return []
        lines = "".join(json.dumps({"schema": w, "instance": i}) + "\n" for w, i in jobs)
        done = subprocess.run(
            ["node", str(AJV_SCRIPT), str(self.bundle)],
            input=lines,
            capture_output=True,
            text=True,
            env=node_tools.environment(),
            check=True,
        )
        return [json.loads(line) for line in done.stdout.splitlines()]
