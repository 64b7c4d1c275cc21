"""Path matching compiled from the contract's templates.

Literal segments win over parameters, so `/customers/batches` is never read as a customer number.
Paths are matched as sent (the raw, still percent-encoded path): split on `/` first, then each segment
decoded exactly once, so `INV%2F2026%2F77` is the one segment `INV/2026/77` and `%2531` stays `%31`.
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
        """Parameter values from decoded segments, or None when the path is not this route's."""
        values = []
        for expected, actual in zip(self.segments, parts, strict=True):
            if expected is None:
                if not actual:
                    return None
                values.append(actual)
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

    def match(self, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        """The route of a raw (percent-encoded) path below the prefix, and its decoded parameters."""
        parts = segments(raw_path.strip("/")) if raw_path.strip("/") else []
        for route in self.by_length.get(len(parts), []):
            found = route.match(parts)
            if found is not None:
                return route, found
        return None


def segments(raw_path: str) -> list[str]:
    """The path's segments, each percent-decoded once (`%2F` inside a segment is a slash of its value)."""
    return [unquote(part) for part in raw_path.split("/")]


def below(raw_path: str, prefix: str) -> str | None:
    """The raw path after `prefix` (`/arm/v1`), or None when the decoded leading segments are not it:
    `/arm%2Fv1/...` is not below `/arm/v1`, though a server that decodes the path first would say so."""
    parts, wanted = raw_path.split("/"), prefix.split("/")
    if segments("/".join(parts[: len(wanted)])) != wanted:
        return None
    return "/" + "/".join(parts[len(wanted) :])
