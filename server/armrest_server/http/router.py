"""Path matching compiled from the contract's templates.

Literal segments win over parameters, so `/customers/batches` is never read as a customer number.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from armrest_server.http.spec import Operation


@dataclass(frozen=True)
class Route:
    template: str
    segments: tuple[str | None, ...]  # a literal, or None for a parameter
    names: tuple[str, ...]  # parameter names in order
    operations: dict[str, Operation]  # by HTTP method

    def match(self, parts: list[str]) -> dict[str, str] | None:
        values = []
        for expected, actual in zip(self.segments, parts, strict=True):
            if expected is None:
                if not actual:
                    return None
                values.append(unquote(actual))
            elif expected != actual:
                return None
        return dict(zip(self.names, values, strict=True))


class Router:
    def __init__(self, operations: list[Operation]) -> None:
        grouped: dict[str, dict[str, Operation]] = {}
        for op in operations:
            grouped.setdefault(op.template, {})[op.method] = op
        self.by_length: dict[int, list[Route]] = {}
        for template, ops in grouped.items():
            parts = template.strip("/").split("/")
            segments = tuple(None if p.startswith("{") else p for p in parts)
            names = tuple(p[1:-1] for p in parts if p.startswith("{"))
            self.by_length.setdefault(len(parts), []).append(Route(template, segments, names, ops))
        for routes in self.by_length.values():
            # More literal segments first, and literals earlier in the path first.
            routes.sort(key=lambda r: tuple(s is None for s in r.segments))

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        parts = path.strip("/").split("/") if path.strip("/") else []
        for route in self.by_length.get(len(parts), []):
            found = route.match(parts)
            if found is not None:
                return route, found
        return None
