"""openapi-python-client, run with ARMrest's additions (tools/generate_client.py runs this file).

    python overrides/generator.py generate --path ... (the arguments of `openapi-python-client`)

The generator has no plugin interface, so the additions hook into the exact version pinned in
generator-requirements.txt (a different version fails loudly in `_check_version`):

- decimal numbers: a `number` schema with `x-armrest-decimals` (the contract's amounts, quantities and
  rates, whose decimals are a business rule) becomes a `decimal.Decimal` property
  (templates/property_templates/decimal_property.py.jinja), so money never passes through float;
- argument names: a parameter whose wire name is lower case run together (`customerno`,
  `duedatefrom`) gets the snake_case Python name of the words the contract's own camelCase property
  names use (`customer_no`, `due_date_from`); the wire keeps its name.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any, ClassVar

PINNED = "0.29.1"


def _check_version() -> None:
    from importlib import metadata

    installed = metadata.version("openapi-python-client")
    if installed != PINNED:
        raise SystemExit(f"overrides/generator.py hooks into openapi-python-client {PINNED}, not {installed}")


def _decimal_property() -> type[Any]:
    from attr import define
    from openapi_python_client.parser.properties.float import FloatProperty
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    @define
    class DecimalProperty(FloatProperty):
        """A number with fixed decimals: `decimal.Decimal` in Python, an exact JSON number on the wire."""

        _type_string: ClassVar[str] = "Decimal"
        _json_type_string: ClassVar[str] = "Decimal"  # the body encoder writes it as an exact JSON number
        template: ClassVar[str] = "decimal_property.py.jinja"

        @classmethod
        def convert_value(cls, value: Any) -> Any:
            if isinstance(value, Value) or value is None:
                return value
            if isinstance(value, (int, float, str)) and not isinstance(value, bool):
                return Value(python_code=PythonCode(f'Decimal("{value}")'), raw_value=value)
            return super().convert_value(value)

        def get_imports(self, *, prefix: str) -> set[str]:
            imports: set[str] = super().get_imports(prefix=prefix)
            imports.add("from decimal import Decimal")
            imports.add(f"from {prefix}decimals import decimal_of")
            return imports

    return DecimalProperty


def _install_decimals() -> None:
    from openapi_python_client import schema as oai
    from openapi_python_client.parser import properties
    from openapi_python_client.strings import PythonIdentifier

    decimal_property = _decimal_property()
    original = properties.property_from_data

    def property_from_data(
        name: Any, required: bool, data: Any, schemas: Any, parent_name: str, config: Any, **kwargs: Any
    ) -> Any:
        extra = getattr(data, "model_extra", None) or {}
        if (
            isinstance(data, oai.Schema)
            and data.type == oai.DataType.NUMBER
            and not data.enum
            and "x-armrest-decimals" in extra
        ):
            built = decimal_property.build(
                name=name,
                default=data.default,
                required=required,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
            return built, schemas
        return original(name, required, data, schemas, parent_name, config, **kwargs)

    for module in list(sys.modules.values()):
        if (
            module
            and module.__name__.startswith("openapi_python_client")
            and (getattr(module, "property_from_data", None) is original)
        ):
            module.property_from_data = property_from_data  # type: ignore[attr-defined]


@cache
def _vocabulary(path: str, prose: bool = False) -> frozenset[str]:
    """The words of the contract's camelCase property names (`customerNo` -> customer, no); with `prose`,
    also the words of its descriptions (for a name such as `changedsince` that no property spells)."""
    import json

    from ruamel.yaml import YAML

    text = open(path, encoding="utf-8").read()  # noqa: SIM115 - read once
    document = json.loads(text) if path.endswith(".json") else YAML(typ="safe").load(text)
    words: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if prose and key == "description" and isinstance(value, str):
                    words.update(re.findall(r"[a-z]{2,}", value.lower()))
                if key == "properties" and isinstance(value, dict):
                    for name in value:
                        parts = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", str(name))
                        if len(parts) > 1:
                            words.update(part.lower() for part in parts)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return frozenset(words)


def split_words(name: str, vocabulary: frozenset[str]) -> list[str] | None:
    """`name` as the fewest words of the vocabulary (longest first on a tie), or `None` if it is not."""
    best: list[list[str] | None] = [[]] + [None] * len(name)
    for end in range(1, len(name) + 1):
        for start in range(end):
            head = best[start]
            word = name[start:end]
            if head is None or word not in vocabulary:
                continue
            candidate = [*head, word]
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    return best[len(name)]


def _install_parameter_names(spec: str) -> None:
    from openapi_python_client.parser import openapi
    from openapi_python_client.schema import UntrustedString

    original = openapi.Endpoint.add_parameters

    def add_parameters(*args: Any, **kwargs: Any) -> Any:
        endpoint, schemas, parameters = original(*args, **kwargs)
        if not isinstance(endpoint, openapi.Endpoint):
            return endpoint, schemas, parameters
        vocabulary = _vocabulary(spec)
        for group in (
            endpoint.path_parameters,
            endpoint.query_parameters,
            endpoint.header_parameters,
            endpoint.cookie_parameters,
        ):
            for parameter in group:
                wire = parameter.name.get_untrusted_value()
                if wire.islower() and wire.isalpha():
                    prose = _vocabulary(spec, prose=True) - {wire}  # prose quotes the name itself
                    words = split_words(wire, vocabulary) or split_words(wire, prose)
                    if words and len(words) > 1:
                        name = UntrustedString("_".join(words))
                        parameter.set_python_name(name, config=kwargs["config"])
        return endpoint, schemas, parameters

    setattr(openapi.Endpoint, "add_parameters", staticmethod(add_parameters))  # noqa: B010 - a hook


def _install_resources() -> None:
    """After the endpoint modules, each tag's resource.py (templates/resource.py.jinja)."""
    from openapi_python_client import Project

    original = Project._build_api

    def build_api(self: Any) -> None:
        original(self)
        template = self.env.get_template("resource.py.jinja")
        for tag, collection in self.openapi.endpoint_collections_by_tag.items():
            path = self.package_dir / "api" / tag / "resource.py"
            path.write_text(
                template.render(endpoint_collection=collection), encoding=self.config.file_encoding
            )

    setattr(Project, "_build_api", build_api)  # noqa: B010 - a hook


def main() -> None:
    _check_version()
    spec = sys.argv[sys.argv.index("--path") + 1]
    _install_decimals()
    _install_parameter_names(spec)
    _install_resources()
    from openapi_python_client.cli import app

    app(prog_name="openapi-python-client")


if __name__ == "__main__":
    main()
