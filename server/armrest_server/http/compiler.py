"""Reference resolution and validator compilation over one bundled document."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import jsonschema_rs
import orjson

# The bundle's components live once in a registry under this URI; every validator refers into it
# instead of embedding its own copy (one copy per validator cost 4 s and ~400 MiB at start-up).
BUNDLE_URI = "urn:armrest:bundle"
# The same components with every proposal (`x-armrest-proposed`) lifted into a plain keyword: what
# request validators refer into, so that the sandbox enforces on requests what we only propose.
LIFTED_URI = "urn:armrest:bundle:lifted"
PROPOSED = "x-armrest-proposed"
# A number schema's most decimals (money: 2). Float `multipleOf: 0.01` is judged differently by
# float-based validators (542.3 fails in AJV and Python jsonschema), so the contract states the rule
# with this keyword, which other validators ignore, and the server answers a breach with 422 `decimals`.
DECIMALS = "x-armrest-decimals"


class SpecError(Exception):
    """The contract uses something this server cannot honour."""


class _Decimals:
    """jsonschema-rs keyword: at most `places` decimals, judged on the number's shortest decimal form."""

    def __init__(self, _parent: dict[str, Any], places: Any, _path: Any) -> None:
        if not isinstance(places, int) or isinstance(places, bool) or places < 0:
            raise SpecError(f"{DECIMALS} must be a whole number of places, not {places!r}")
        self.places = places

    def validate(self, instance: Any) -> None:
        """A Decimal is the number as written (http/numbers.py); a float is judged by its shortest form.
        Trailing zeros count for nothing (5.000 is 5)."""
        if isinstance(instance, int) or not isinstance(instance, float | Decimal):
            return  # an integer (or a bool) has no decimals; other types are not numbers
        if isinstance(instance, float):
            shortest = repr(instance)
            if "e" not in shortest and "n" not in shortest:  # not 1e-07, inf or nan: read as written
                if len(shortest.partition(".")[2].rstrip("0")) > self.places:
                    raise ValueError(f"{instance} has more than {self.places} decimals")
                return
        number = instance if isinstance(instance, Decimal) else Decimal(repr(instance))
        exponent = number.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < -self.places:
            raise ValueError(f"{instance} has more than {self.places} decimals")


class Compiler:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components = document.get("components", {})
        self.registry = jsonschema_rs.Registry(
            [
                (BUNDLE_URI, {"components": self.components}),
                (LIFTED_URI, {"components": lift(self.components)}),
            ]
        )
        # One validator per distinct schema and reading: most operations share the same Problem schemas.
        self._validators: dict[tuple[bytes, bool], jsonschema_rs.Validator] = {}

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

    def validator(self, schema: dict[str, Any], *, proposed: bool = False) -> jsonschema_rs.Validator:
        """A Draft 2020-12 validator with formats asserted and the bundle's components reachable.

        `proposed`: our proposals (`x-armrest-proposed`) are enforced too, here and in every schema
        referred to: what the sandbox asks of requests. Without, they are ignored, as by any other
        reader of the bundle: what answers are held to."""
        key = (orjson.dumps(schema, option=orjson.OPT_SORT_KEYS), proposed)
        found = self._validators.get(key)
        if found is None:
            found = jsonschema_rs.Draft202012Validator(
                _rebase(lift(schema), LIFTED_URI) if proposed else _rebase(schema, BUNDLE_URI),
                validate_formats=True,
                registry=self.registry,
                keywords={DECIMALS: _Decimals},
            )
            self._validators[key] = found
        return found


def _rebase(node: Any, uri: str) -> Any:
    """The schema with its local references (`#/components/...`) pointing into the registry at `uri`."""
    if isinstance(node, dict):
        return {
            key: uri + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _rebase(value, uri)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebase(value, uri) for value in node]
    return node


def lift(node: Any) -> Any:
    """`node` (a schema, a document, any part of one) with every proposal made a plain keyword.

    A constraint Amili does not document (a bound, a length, a pattern) is stated in the contract as
    `x-armrest-proposed: {maximum: 99999999}` instead of `maximum: 99999999`, so that what reads the
    bundle as it is (generators, the client, independent validators, the proxy's verdicts on answers)
    accepts what only a proposal forbids; the sandbox reads requests with it lifted."""
    if isinstance(node, list):
        return [lift(value) for value in node]
    if not isinstance(node, dict):
        return node
    lifted = {key: lift(value) for key, value in node.items() if key != PROPOSED}
    proposed = node.get(PROPOSED)
    if proposed is None:
        return lifted
    if not isinstance(proposed, dict) or not proposed:
        raise SpecError(f"{PROPOSED} must be a mapping of keywords, not {proposed!r}")
    proposed = {key: lift(value) for key, value in proposed.items()}
    # A keyword stated both ways (a documented shape, a proposed range) holds both: the proposal
    # joins through `allOf`.
    clash = {key: proposed.pop(key) for key in sorted(set(proposed) & set(lifted))}
    if clash:
        lifted["allOf"] = [*lifted.get("allOf", []), clash]
    return lifted | proposed
