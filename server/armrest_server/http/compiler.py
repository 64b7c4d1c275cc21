"""Reference resolution and validator compilation over one bundled document."""

from __future__ import annotations

from typing import Any

import jsonschema_rs


class SpecError(Exception):
    """The contract uses something this server cannot honour."""


class Compiler:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components = document.get("components", {})

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until a node that is not a reference."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SpecError(f"external reference {ref} in the bundle")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def validator(self, schema: dict[str, Any]) -> jsonschema_rs.Validator:
        """A Draft 2020-12 validator with formats asserted and the bundle's components reachable."""
        wrapped = {"components": self.components, "allOf": [schema]}
        return jsonschema_rs.Draft202012Validator(wrapped, validate_formats=True)
