"""Enumerated values in any case: Amili documents that data values are not case-sensitive, except
UUIDs, so `status=open`, `"documentType": "invoice"` and `/codes/CURRENCY` mean OPEN, INVOICE and
currency. The contract lists each enumeration's canonical spelling (its `enum`, which generated
clients keep as typed enums); this module turns a value that differs only in case into that
spelling before the value is validated, so handlers, stored records and answers see it alone.

The same holds for codes whose schema takes any case and names the canonical one with
`x-armrest-case: upper` (ISO country and currency codes: `nok` is read as `NOK`).

A canonicaliser is compiled once per schema from the bundle: it walks only the parts of a value
whose schema holds a string `enum`, `const` or `x-armrest-case` somewhere, and leaves every other
value as sent (free text, identifiers and UUIDs keep their case).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from armrest_server.http.compiler import Compiler

Canonical = Callable[[Any], Any]
Resolve = Callable[[Any], Any]
COMBINATORS = ("allOf", "anyOf", "oneOf")
CASE = "x-armrest-case"


class Ambiguous(ValueError):
    """An enumeration whose members differ only in case: no spelling is the canonical one."""


def compile_schema(resolve: Resolve, schema: Any) -> Canonical | None:
    """The canonicaliser of values of `schema`, or None when it has no string enumeration."""
    return _Compiler(resolve).compile(schema)


def converter(resolve: Resolve, schema: Any, convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """A parameter's string-to-value conversion followed by the canonical spelling."""
    canonical = compile_schema(resolve, schema)
    if canonical is None:
        return convert
    return lambda text: canonical(convert(text))


class _Compiler:
    def __init__(self, resolve: Resolve) -> None:
        self.resolve = resolve
        # By schema node: a recursive schema refers to the canonicaliser being compiled.
        self.done: dict[int, Canonical | None] = {}
        self.pending: dict[int, list[Canonical | None]] = {}

    def compile(self, node: Any) -> Canonical | None:
        node = self.resolve(node)
        if not isinstance(node, dict):
            return None
        key = id(node)
        if key in self.done:
            return self.done[key]
        if key in self.pending:  # recursion: resolved when the outer compile ends
            cell = self.pending[key]
            return lambda value: cell[0](value) if cell[0] is not None else value
        self.pending[key] = [None]
        found = self._compile(node)
        self.pending.pop(key)[0] = found
        self.done[key] = found
        return found

    def _compile(self, node: dict[str, Any]) -> Canonical | None:
        found = (self._enum(node), self._case(node), self._object(node), self._array(node))
        parts = [c for c in found if c is not None]
        for keyword in COMBINATORS:
            parts += [c for c in map(self.compile, node.get(keyword, [])) if c is not None]
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]

        def each(value: Any) -> Any:
            for part in parts:
                value = part(value)
            return value

        return each

    @staticmethod
    def _enum(node: dict[str, Any]) -> Canonical | None:
        members = [*node.get("enum", []), *([node["const"]] if "const" in node else [])]
        spellings: dict[str, str] = {}
        for member in members:
            if isinstance(member, str):
                other = spellings.setdefault(member.casefold(), member)
                if other != member:
                    raise Ambiguous(f"enum members {other!r} and {member!r} differ only in case")
        if not spellings:
            return None
        return lambda value: spellings.get(value.casefold(), value) if isinstance(value, str) else value

    @staticmethod
    def _case(node: dict[str, Any]) -> Canonical | None:
        """`x-armrest-case: upper`: a code whose pattern takes any case (ISO country and currency
        codes), read in capitals."""
        if node.get(CASE) != "upper":
            return None
        return lambda value: value.upper() if isinstance(value, str) else value

    def _object(self, node: dict[str, Any]) -> Canonical | None:
        properties = {
            name: found
            for name, schema in node.get("properties", {}).items()
            if (found := self.compile(schema)) is not None
        }
        if not properties:
            return None

        def canonical(value: Any) -> Any:
            if isinstance(value, dict):
                for name, part in properties.items():
                    if name in value:
                        value[name] = part(value[name])
            return value

        return canonical

    def _array(self, node: dict[str, Any]) -> Canonical | None:
        items = self.compile(node["items"]) if isinstance(node.get("items"), dict) else None
        if items is None:
            return None
        return lambda value: [items(v) for v in value] if isinstance(value, list) else value


class _Bodies:
    """Each operation's request-body canonicaliser, compiled from the bundle on first use."""

    def __init__(self, resolve: Resolve) -> None:
        self.resolve = resolve
        self.compiled: dict[str, Canonical | None] = {}

    def get(self, operation_id: str, raw_operation: dict[str, Any]) -> Canonical | None:
        if operation_id not in self.compiled:
            request = self.resolve(raw_operation.get("requestBody", {}))
            schema = request.get("content", {}).get("application/json", {}).get("schema")
            self.compiled[operation_id] = None if schema is None else compile_schema(self.resolve, schema)
        return self.compiled[operation_id]


_BODIES: dict[int, tuple[dict[str, Any], _Bodies]] = {}  # by bundle document (kept alive with it)


def body(document: dict[str, Any], operation_id: str, raw_operation: dict[str, Any], value: Any) -> Any:
    """A request body (parsed JSON, changed in place) with every enumerated value spelled canonically."""
    known = _BODIES.get(id(document))
    if known is None or known[0] is not document:
        known = _BODIES[id(document)] = (document, _Bodies(Compiler(document).resolve))
    found = known[1].get(operation_id, raw_operation)
    return value if found is None else found(value)
