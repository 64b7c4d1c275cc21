"""The proxy listens as the server does: the server's protocol (`armrest_server.protocol`) bounds the
time a client takes to send its headers and its body (408), the bytes of its headers (431), and
answers problem+json beyond the connection limit (503); the proxy's own flags set the bounds."""

from __future__ import annotations

from typing import Any

from armrest_server.protocol import BoundedHttpToolsProtocol


def protocol(
    *, header_timeout: float, body_timeout: float, max_header_bytes: int
) -> type[BoundedHttpToolsProtocol]:
    """The server's bounded protocol with these bounds (the server's own reads its settings)."""

    class ProxyProtocol(BoundedHttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.header_timeout, self.body_timeout = header_timeout, body_timeout
            self.max_header_bytes = max_header_bytes

    return ProxyProtocol
