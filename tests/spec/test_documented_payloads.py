"""Every payload Amili's documentation shows validates against the bundle as independent tools read it.

The documentation is held beside the checkout (`../shared/reference/armrest-facts.md`, the seed in
`../shared/seed/`); a missing file fails, it is never skipped. Found in them: every JSON payload of
the seed (the request after `--data-raw`, each response after its `NNN - ` status line) with the
operation the page names, and every example value of the facts file's customer record
(`` `customerNo` ("543210") ``, `` `einvoiceCode`, e.g. 90 ``). Python `jsonschema` and jsonschema-rs
judge them on the bundle as it is, that is without our proposals (`x-armrest-proposed`): a bound
Amili does not document must not refuse what Amili documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.support import spec as contract
from tools.schema_judges import Judges

SHARED = contract.ROOT.parent / "shared"
FACTS = SHARED / "reference" / "armrest-facts.md"
SEEDS = SHARED / "seed"
OPERATION = re.compile(r"^(GET|PUT|POST|DELETE)\s*\n\s*(/\S+)\s*$", re.MULTILINE)
STATUS = re.compile(r"(?:^|\n)\s*([1-5][0-9]{2}) - [^\n]*\n\s*$")
# `name` ("value") or `name` (words, e.g. 90); and `name`, e.g. "H" inside a group.
VALUE = re.compile(r'`(\w+)`(?:\s*\((?:[^()`]*?e\.g\.\s*)?|, e\.g\.\s*)("[^"]*"|-?\d+(?:\.\d+)?)(?=[);,])')


@dataclass(frozen=True)
class Payload:
    source: str  # file and what in it
    pointer: str  # the schema in the bundle it must satisfy
    value: Any


def _escape(token: str) -> str:
    """A JSON pointer token, as a URI fragment wants it (`{` and `}` are not allowed there)."""
    return quote(token.replace("~", "~0").replace("/", "~1"), safe="~")


def _json_objects(text: str) -> Iterator[tuple[int, Any]]:
    """Every top-level JSON object in `text`, with where it starts."""
    decoder, at = json.JSONDecoder(), 0
    while (start := text.find("{", at)) >= 0:
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            at = start + 1
            continue
        yield start, value
        at = end


def seed_payloads(path: Path) -> list[Payload]:
    text = path.read_text(encoding="utf-8")
    named = OPERATION.search(text)
    assert named, f"{path}: no `METHOD /path` names the documented operation"
    method, template = named[1].lower(), named[2]
    where = f"/paths/{_escape(template)}/{method}"
    found = []
    for start, value in _json_objects(text):
        before = text[max(0, start - 300) : start]
        status = STATUS.search(before)
        if before.rstrip().endswith("--data-raw '"):
            pointer = f"{where}/requestBody/content/application~1json/schema"
        elif status:
            pointer = f"{where}/responses/{status[1]}/content/application~1json/schema"
        else:
            raise AssertionError(f"{path}: a JSON payload at {start} is neither a request nor a response")
        found.append(Payload(f"{path.name} at {start}", pointer, value))
    return found


def customer_values(text: str) -> list[Payload]:
    """The facts file's example values of the customer record, each on the field it names."""
    section = text.split("## Customer record", 1)[1].split("\n## ", 1)[0]
    spec = contract.load()
    customer = spec["components"]["schemas"]["Customer"]
    found = []
    for name, raw in VALUE.findall(section):
        value = json.loads(raw)
        if name in customer["properties"]:
            pointer = f"/components/schemas/Customer/properties/{name}"
        else:
            holders = [
                field
                for field, schema in customer["properties"].items()
                if name in contract.resolve(spec, schema).get("properties", {})
            ]
            assert holders, f"the facts name `{name}`, a field the customer record does not have"
            held = customer["properties"][holders[0]]["$ref"].removeprefix("#")
            pointer = f"{held}/properties/{name}"
        found.append(Payload(f"{FACTS.name}: {name}", pointer, value))
    return found


def documented() -> list[Payload]:
    for needed in (FACTS, SEEDS):
        if not needed.exists():
            raise FileNotFoundError(f"{needed} is missing: the documentation must sit beside the checkout")
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds, f"{SEEDS} holds no seed page"
    payloads = [p for seed in seeds for p in seed_payloads(seed)]
    payloads += customer_values(FACTS.read_text(encoding="utf-8"))
    return payloads


PAYLOADS = documented()


def test_the_documentation_holds_the_payloads_it_is_known_to_hold() -> None:
    """The search finds what is there: the seed's request and answer, and the customer's values."""
    pointers = [p.pointer for p in PAYLOADS]
    assert sum(p.endswith("/requestBody/content/application~1json/schema") for p in pointers) == 1
    assert sum("/responses/200/" in p for p in pointers) == 1
    values = {p.pointer.rsplit("/", 1)[-1]: p.value for p in PAYLOADS if p.source.startswith(FACTS.name)}
    assert {"customerNo": "543210", "accountNo": 500002, "einvoiceCode": 90, "type": "H"}.items() <= (
        values.items()
    )


@pytest.fixture(scope="module")
def judges() -> Judges:
    return Judges(json.loads(contract.BUNDLE_JSON.read_text(encoding="utf-8")), contract.BUNDLE_JSON)


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: p.source)
def test_every_documented_payload_validates(judges: Judges, payload: Payload) -> None:
    assert (judges.python(payload.pointer, payload.value), judges.rust(payload.pointer, payload.value)) == (
        [],
        [],
    )
