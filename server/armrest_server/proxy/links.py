"""Links in relayed answers point at the proxy, not at the upstream behind it.

An answer's `Location`, `Content-Location` and `Link` headers and the URLs in a JSON body
(`nextPage`, a document's URL) start with the upstream's URL; a client that follows one would leave
the proxy, and its traffic would go unchecked. Each URL that starts with the upstream's base (origin
and path put before every request's) is rewritten to start with the proxy's public URL. Bodies are
rewritten as bytes (a JSON string's start, also with `\\/` escapes), never parsed and re-serialised,
so numbers and formatting stay as the upstream sent them.
"""

from __future__ import annotations

import re

LINK_HEADERS = (b"location", b"content-location")


class Relinker:
    def __init__(self, *, upstream_base: str, public_base: str) -> None:
        source, target = upstream_base.rstrip("/").encode(), public_base.rstrip("/").encode()
        end = rb"(?=[/?#\"<>]|\\/|$)"
        self.header = re.compile(rb"^" + re.escape(source) + end)
        self.link = re.compile(rb"<" + re.escape(source) + end)
        plain = rb"\"" + re.escape(source) + end
        escaped = rb"\"" + re.escape(source.replace(b"/", b"\\/")) + end
        self.in_body = [
            (re.compile(plain), b'"' + target),
            (re.compile(escaped), b'"' + target.replace(b"/", b"\\/")),
        ]
        self.target = target

    def headers(self, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        out = []
        for name, value in headers:
            if name.lower() in LINK_HEADERS:
                value = self.header.sub(self.target, value, count=1)
            elif name.lower() == b"link":
                value = self.link.sub(b"<" + self.target, value)
            out.append((name, value))
        return out

    def body(self, body: bytes) -> bytes | None:
        """The body with its links rewritten, or None when it holds none."""
        changed = body
        for pattern, replacement in self.in_body:
            changed = pattern.sub(replacement, changed)
        return None if changed == body else changed
