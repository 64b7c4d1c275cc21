"""Records answered as the JSON the server made and validated when it wrote them (stored wire forms).

A handler may answer a `Stored` in place of a record (the whole body, or an element of an array of
the body), or a `Joined` in place of an array of records (an array of the body): their bytes are
spliced into the answer as they are (`orjson.Fragment`), never parsed. A page of stored forms is one
`Joined`: one join of bytes, one fragment and one comparison of fingerprints, not a hundred of each.

Response validation stays on for them, and is skipped only where it is provably redundant: the
bytes were validated, when they were written, against a schema whose fingerprint equals the
fingerprint of the schema the answer declares at their place. A fingerprint hashes the schema node
(references followed) together with every component of the bundle, which is all a `$ref` inside
it can reach: equal fingerprints mean the same schema, hence the same validator and the same
verdict on the same bytes. Anything else validates the parsed bytes, as any answer is validated: a
Stored of no fingerprint (not validated when written, or its validation failed), a fingerprint of
another bundle, and a place the walk below cannot follow (a schema combinator, `uniqueItems` ...).
Strict mode validates everything, stored bytes included, so tests still catch a stored form that
drifted from the contract.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import jsonschema_rs
import orjson

from armrest_server.http.compiler import PROPOSED, Compiler
from armrest_server.http.problems import FieldError, schema_errors

# Keywords of an object schema whose properties are judged each by its own schema alone, and of
# an array schema whose `items` judge each element alone: only there may an element go unchecked.
# (Proposals, `x-armrest-proposed`, judge no answer.)
_OBJECT = frozenset(
    {"type", "title", "description", "required", "properties", "additionalProperties", "examples", PROPOSED}
)
_ARRAY = frozenset({"type", "title", "description", "items", "minItems", "maxItems", "examples", PROPOSED})


class Stored:
    """A record's JSON bytes, and the fingerprint of the schema they were validated against when
    written (None: not known to be valid). Not a dataclass: orjson would write its fields."""

    __slots__ = ("raw", "schema")

    def __init__(self, raw: bytes, schema: str | None) -> None:
        self.raw = raw
        self.schema = schema

    def __repr__(self) -> str:
        return f"Stored({self.raw[:60]!r}..., {self.schema!r})"


class Joined:
    """Stored records joined into one JSON array (`raw` is `[...]`), and the fingerprint every one of
    them was validated against when written (None: not all under one known fingerprint)."""

    __slots__ = ("count", "raw", "schema")

    def __init__(self, raw: bytes, schema: str | None, count: int) -> None:
        self.raw = raw
        self.schema = schema
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __repr__(self) -> str:
        return f"Joined({self.count} records, {self.schema!r})"


def joined(rows: Sequence[Sequence[Any]]) -> Joined | None:
    """The records of rows whose second and third columns are a stored form's `wire` and
    `wire_schema` (the first is the id); None when a row has no form."""
    _ids, forms, schemas = list(zip(*rows, strict=False))[:3]
    if None in forms:
        return None
    fingerprints = set(schemas)
    schema = fingerprints.pop() if len(fingerprints) == 1 else None
    # The brackets on the first and last forms, so that the array is made in one copy: adding them
    # around the joined forms copied a page's 120 KB twice more.
    parts = [b"[" + forms[0], *forms[1:]]
    parts[-1] = b"".join((parts[-1], b"]"))  # a form may be a memoryview (PostgreSQL's bytea)
    return Joined(b",".join(parts), schema, len(forms))


def stored(raw: bytes | memoryview | None, schema: str | None) -> Stored | None:
    """The stored form read from a row's `wire` and `wire_schema` columns; None for a row without."""
    if raw is None:
        return None
    return Stored(raw if isinstance(raw, bytes) else bytes(raw), schema)


def _fragment(value: Any) -> Any:
    if isinstance(value, Stored | Joined):
        return orjson.Fragment(value.raw)
    raise TypeError(f"{type(value).__name__} is not JSON")


def dumps(body: Any) -> bytes:
    """The body as JSON, stored records spliced in as they are."""
    if isinstance(body, Stored):
        return body.raw
    return orjson.dumps(body, default=_fragment)


def thaw(body: Any) -> Any:
    """The body with its stored records parsed (what a client reads)."""
    if isinstance(body, Stored | Joined):
        return orjson.loads(body.raw)
    if isinstance(body, dict) and _holds_stored(body):
        return {key: _thawed(value) for key, value in body.items()}
    return body


def _thawed(value: Any) -> Any:
    """A member of a body: an array with its stored records parsed, or itself."""
    if isinstance(value, list):
        return [thaw(v) for v in value]
    return thaw(value) if isinstance(value, Joined) else value


def _holds_stored(body: Any) -> bool:
    if isinstance(body, Stored):
        return True
    return isinstance(body, dict) and any(_stored_array(value) for value in body.values())


def _stored_array(value: Any) -> bool:
    """An array of the body holding stored records."""
    return isinstance(value, Joined) or (
        isinstance(value, list) and any(isinstance(v, Stored) for v in value)
    )


class Schemas:
    """Fingerprints of a bundle's schemas, and the validation of answers holding stored records."""

    def __init__(self, compiler: Compiler) -> None:
        self.compiler = compiler
        self._bundle = hashlib.sha256(orjson.dumps(compiler.components, option=orjson.OPT_SORT_KEYS)).digest()
        self._prints: dict[bytes, str] = {}
        self._envelopes: dict[tuple[bytes, tuple[str, ...]], jsonschema_rs.Validator] = {}

    def fingerprint(self, schema: Any) -> str:
        key = orjson.dumps(schema, option=orjson.OPT_SORT_KEYS)
        found = self._prints.get(key)
        if found is None:
            node = orjson.dumps(self.compiler.resolve(schema), option=orjson.OPT_SORT_KEYS)
            found = self._prints[key] = hashlib.sha256(self._bundle + node).hexdigest()[:32]
        return found

    def component(self, name: str) -> tuple[jsonschema_rs.Validator, str]:
        """The validator and fingerprint of `#/components/schemas/<name>` (stored forms are made
        against these)."""
        schema = {"$ref": f"#/components/schemas/{name}"}
        return self.compiler.validator(schema), self.fingerprint(schema)

    def errors(
        self, validator: jsonschema_rs.Validator, schema: Any, body: Any, *, strict: bool
    ) -> list[FieldError]:
        """How `body` breaks the declared `schema` (whose validator is `validator`)."""
        if not _holds_stored(body):
            return [] if validator.is_valid(body) else schema_errors(validator, body)
        if strict or schema is None:
            return self._all(validator, thaw(body))
        if isinstance(body, Stored):
            return [] if body.schema == self.fingerprint(schema) else self._all(validator, thaw(body))
        node = self.compiler.resolve(schema)
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or set(node) - _OBJECT:
            return self._all(validator, thaw(body))
        envelope, errors, holders = dict(body), [], []
        for key, value in body.items():
            if not _stored_array(value):
                continue
            array = self.compiler.resolve(properties.get(key))
            if not isinstance(array, dict) or set(array) - _ARRAY or "items" not in array:
                return self._all(validator, thaw(body))
            items = array["items"]
            expected, each = self.fingerprint(items), self.compiler.validator(items)
            if isinstance(value, Joined):  # trusted whole, or judged element by element
                judged = [] if value.schema == expected else list(enumerate(orjson.loads(value.raw)))
            else:
                judged = [
                    (i, v)
                    for i, v in enumerate(value)
                    if not (isinstance(v, Stored) and v.schema == expected)
                ]
            for index, element in judged:
                instance = thaw(element)
                if not each.is_valid(instance):
                    errors += schema_errors(each, instance, prefix=f"/{key}/{index}")
            envelope[key] = [None] * len(value)  # judged above; the array's own keywords below
            holders.append(key)
        return self._all(self._envelope(schema, node, holders), envelope) + errors

    def _envelope(self, schema: Any, node: dict[str, Any], holders: list[str]) -> jsonschema_rs.Validator:
        """The schema with the `items` of the arrays holding stored records accepting anything."""
        key = (orjson.dumps(schema, option=orjson.OPT_SORT_KEYS), tuple(holders))
        found = self._envelopes.get(key)
        if found is None:
            properties = dict(node["properties"])
            for name in holders:
                properties[name] = {**self.compiler.resolve(properties[name]), "items": True}
            found = self._envelopes[key] = self.compiler.validator({**node, "properties": properties})
        return found

    @staticmethod
    def _all(validator: jsonschema_rs.Validator, instance: Any) -> list[FieldError]:
        return [] if validator.is_valid(instance) else schema_errors(validator, instance)
