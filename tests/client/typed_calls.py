"""The typed methods of the client as data, for the tests that call them all (test_matrix.py,
test_drift_tolerance.py).

The methods are found by introspection (every public method of every resource of `ClientApi` and
`AsyncClientApi`), each mapped to its operation through the endpoint module it calls. Arguments come from the
contract: parameters from their examples, bodies from the request body's example (the demo data is made so
that the examples name its records: server/armrest_server/demo/examples.py).
"""

from __future__ import annotations

import copy
import enum
import inspect
import json
import re
import types
import typing
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from armrest_client import ArmrestClient
from armrest_client.api import AsyncClientApi, ClientApi

from tests.support.server import Server
from tests.support.spec import BUNDLE_JSON

ORDER = {"post": 0, "put": 1, "get": 2, "delete": 3}
RECORDS = 150  # what an `iter` method reads: more than one page of the default 100


@cache
def bundle() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(BUNDLE_JSON.read_text(encoding="utf-8"))
    return document


def wire(name: str) -> str:
    """A name as compared across the wire and Python (`customer_no`, `customerno`, `Accept-Language`)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]

    def parameters(self) -> list[dict[str, Any]]:
        found = []
        for parameter in bundle()["paths"][self.path].get("parameters", []) + self.spec.get("parameters", []):
            if "$ref" in parameter:
                parameter = bundle()["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
            found.append(parameter)
        return found


def operations() -> dict[str, Operation]:
    return {
        op["operationId"]: Operation(op["operationId"], method, path, op)
        for path, item in bundle()["paths"].items()
        for method, op in item.items()
        if method in ORDER
    }


@dataclass(frozen=True)
class Method:
    resource: str  # the attribute of ClientApi (`customers`)
    name: str  # the method (`get`, `iter`, `wait`)
    operation: Operation

    @property
    def label(self) -> str:
        return f"{self.resource}.{self.name}"


def endpoint_of(function: Any, kind: Any = None) -> str:
    """The operationId of the endpoint module a resource method calls (read from the method's code, or
    from the method of the same name of `with_raw_response`, which a typed method answers through)."""
    called = [name for name in function.__code__.co_names if name in vars(inspect.getmodule(function))]
    modules = [vars(inspect.getmodule(function))[name] for name in called]
    ids = {m.OPERATION_ID for m in modules if isinstance(m, types.ModuleType) and hasattr(m, "OPERATION_ID")}
    if not ids and function.__name__ == "wait":  # polls through armrest_client.polling: the get it names
        ids = {wait_target(function)}
    if not ids and kind is not None and "with_raw_response" in function.__code__.co_names:
        raw = typing.get_type_hints(kind.with_raw_response.fget)["return"]
        return endpoint_of(getattr(raw, function.__name__))
    siblings = [
        n
        for n in function.__code__.co_names
        if n != function.__name__ and inspect.isfunction(getattr(kind, n, None))
    ]
    if not ids and len(siblings) == 1:  # `iter` pages through `list`
        return endpoint_of(getattr(kind, siblings[0]), kind)
    assert len(ids) == 1, f"{function.__qualname__} calls {ids or 'no endpoint'}"
    return ids.pop()


def wait_target(function: Any) -> str:
    match = re.search(r"`(\w+)` until", function.__doc__ or "")
    assert match, function.__qualname__
    words = match.group(1).split("_")
    return words[0] + "".join(word.capitalize() for word in words[1:])


def methods(api: type[ClientApi] | type[AsyncClientApi]) -> list[Method]:
    found = []
    known = operations()
    for resource, kind in typing.get_type_hints(api).items():
        for name, function in inspect.getmembers(kind, inspect.isfunction):
            if not name.startswith("_"):
                found.append(Method(resource, name, known[endpoint_of(function, kind)]))
    return sorted(found, key=lambda m: (ORDER[m.operation.method], m.operation.path.count("{"), m.label))


SYNC = methods(ClientApi)
ASYNC = methods(AsyncClientApi)


def first_example(media: dict[str, Any], named: str | None = None) -> Any:
    if "example" in media:
        return copy.deepcopy(media["example"])
    examples = media["examples"]
    return copy.deepcopy(
        examples[named]["value"] if named in examples else next(iter(examples.values()))["value"]
    )


@dataclass
class Run:
    """One pass over the matrix: what was called."""

    api: ClientApi | AsyncClientApi
    called: list[str] = field(default_factory=list)

    def bound(self, method: Method) -> tuple[Any, Any]:
        """The method's function (for its types) and a call of it with the example arguments."""
        resource = getattr(self.api, method.resource)
        function = getattr(type(resource), method.name)
        positional, keywords = self.arguments(method, function)
        bound = getattr(resource, method.name)
        return function, lambda: bound(*positional, **keywords)

    def arguments(self, method: Method, function: Any) -> tuple[list[Any], dict[str, Any]]:
        """The required arguments: parameters (their example) and the body (the request's example of the
        same name as the parameter's, else its first)."""
        by_wire = {wire(p["name"]): p for p in method.operation.parameters()}
        named: str | None = None  # the name of the example picked, to pick the body's example of that name
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        for name, parameter in list(inspect.signature(function).parameters.items())[1:]:
            if name == "body":
                keywords["body"] = self.body(method, typing.get_type_hints(function)["body"], named)
                continue
            if parameter.default is not inspect.Parameter.empty:
                continue
            spec = by_wire[wire(name)]
            if "example" in spec:
                value = spec["example"]
            else:
                named, chosen = next(iter(spec["examples"].items()))
                value = chosen["value"]
            value = typed(value, typing.get_type_hints(function)[name])
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                keywords[name] = value
            else:
                positional.append(value)
        return positional, keywords

    def body(self, method: Method, hint: Any, named: str | None) -> Any:
        media = method.operation.spec["requestBody"]["content"]["application/json"]
        example = first_example(media, named)
        for kind in typing.get_args(hint) or (hint,):
            if hasattr(kind, "from_dict"):
                return kind.from_dict(example)
        raise AssertionError(f"{method.label}: no model in {hint}")


def typed(value: Any, hint: Any) -> Any:
    """An example's value as the argument's type takes it (an enum's member for its wire value)."""
    for kind in typing.get_args(hint) or (hint,):
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(value)
    return value


def client_of(sandbox: Server, **options: Any) -> ArmrestClient:
    """An `ArmrestClient` of the sandbox's API client (`options`: more arguments, such as `transport`)."""
    return ArmrestClient(
        sandbox.base_url, client_id=sandbox.client_id, client_secret=sandbox.client_secret, **options
    )


async def first(records: AsyncIterator[Any], count: int) -> list[Any]:
    found: list[Any] = []
    async for record in records:
        found.append(record)
        if len(found) == count:
            break
    return found


def check(method: Method, function: Any, answer: Any) -> None:
    """The answer is the model the method is typed with (every record of it, for `iter`)."""
    returns = typing.get_type_hints(function)["return"]
    if typing.get_origin(returns) in (Iterator, AsyncIterator):
        (record,) = typing.get_args(returns)
        assert isinstance(answer, list) and all(isinstance(x, record) for x in answer), method.label
        return
    kinds = typing.get_args(returns) or (returns,)
    assert isinstance(answer, kinds), f"{method.label}: {answer!r} is not {returns}"
    assert answer.to_dict(), method.label  # a body with content, not an empty model
