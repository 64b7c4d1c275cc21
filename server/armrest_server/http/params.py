"""Parameters: from the strings of a URL or header to typed, schema-checked values."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from armrest_server.http import casefold
from armrest_server.http.compiler import Compiler, SpecError
from armrest_server.http.problems import FieldError, schema_errors

INTEGER = re.compile(r"^-?[0-9]{1,19}$")
NUMBER = re.compile(r"^-?[0-9]{1,20}(\.[0-9]{1,20})?$")


class Unconvertible(ValueError):
    pass


def _integer(text: str) -> int:
    if not INTEGER.match(text):
        raise Unconvertible("must be an integer")
    return int(text)


def _number(text: str) -> float:
    if not NUMBER.match(text):
        raise Unconvertible("must be a number")
    return float(text)


def _boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise Unconvertible("must be true or false")
    return text == "true"


def _string(text: str) -> str:
    return text


SCALARS: dict[str, Callable[[str], Any]] = {
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "string": _string,
}


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    is_array: bool
    convert: Callable[[str], Any]
    default: Any
    validator: jsonschema_rs.Validator

    @property
    def pointer(self) -> str:
        return f"#/{self.location}/{self.name}"

    def parse(self, raw: list[str]) -> tuple[Any, list[FieldError]]:
        """Typed value from the raw strings (one per occurrence); `None` when absent and optional."""
        if not raw:
            if self.required:
                return None, [FieldError(self.pointer, f"{self.name} is required", "required")]
            return self.default, []
        if not self.is_array and len(raw) > 1:
            return None, [FieldError(self.pointer, f"{self.name} may be given once", "type")]
        try:
            values = [self.convert(text) for text in raw]
        except Unconvertible as error:
            return None, [FieldError(self.pointer, f"{self.name} {error}", "type")]
        value = values if self.is_array else values[0]
        if self.validator.is_valid(value):
            return value, []
        return value, schema_errors(self.validator, value, prefix=self.pointer)


def _scalar_type(compiler: Compiler, schema: dict[str, Any], where: str) -> str:
    kind = compiler.resolve(schema).get("type")
    if kind not in SCALARS:
        raise SpecError(f"{where}: parameter type {kind!r} is not supported")
    return str(kind)


def compile_param(compiler: Compiler, raw: dict[str, Any]) -> Param:
    where = f"parameter {raw['name']}"
    if raw["in"] not in ("path", "query", "header"):
        raise SpecError(f"{where}: parameters in {raw['in']} are not supported")
    if raw.get("style", "form" if raw["in"] == "query" else "simple") not in ("form", "simple"):
        raise SpecError(f"{where}: style {raw['style']} is not supported")
    schema = compiler.resolve(raw["schema"])
    is_array = schema.get("type") == "array"
    if is_array and (raw["in"] != "query" or not raw.get("explode", True)):
        raise SpecError(f"{where}: only exploded query arrays are supported")
    kind = _scalar_type(compiler, schema["items"] if is_array else schema, where)
    name = raw["name"].lower() if raw["in"] == "header" else raw["name"]
    return Param(
        name=name,
        location=raw["in"],
        required=bool(raw.get("required", False)),
        is_array=is_array,
        convert=casefold.converter(compiler.resolve, schema["items"] if is_array else schema, SCALARS[kind]),
        default=schema.get("default"),
        validator=compiler.validator(raw["schema"], proposed=True),
    )
