"""`Location` from the contract: the first link of the declared response whose parameters all resolve.

One rule for every create and every queued job: the absolute URL, below the base paging links use,
of the operation the response links to (the record created, the batch that runs the job).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from armrest_server.http.call import Call
from armrest_server.http.spec import Response


def location(declared: Response, call: Call, body: Any) -> str | None:
    for link in declared.links:
        path = {name: _value(expression, call, body) for name, expression in link.path.items()}
        query = {name: _value(expression, call, body) for name, expression in link.query.items()}
        if any(v is None for v in (*path.values(), *query.values())):
            continue
        url = call.base_url + link.template.format(**{k: quote(str(v), safe="") for k, v in path.items()})
        return url + ("?" + urlencode(query) if query else "")
    return None


def _value(expression: str, call: Call, body: Any) -> Any:
    """A runtime expression of OpenAPI links: `$request.path.NAME` or `$response.body#/pointer`."""
    if expression.startswith("$request.path."):
        return call.path.get(expression.removeprefix("$request.path."))
    if expression.startswith("$response.body#"):
        node = body
        for part in expression.removeprefix("$response.body#").split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node if isinstance(node, str | int) and not isinstance(node, bool) else None
    return None
