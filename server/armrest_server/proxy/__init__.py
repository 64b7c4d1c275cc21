"""`armrest proxy`: a pass-through proxy that checks a deployment's traffic against the contract.

    armrest proxy --upstream https://api.staging.amili.no [--port 8081] [--report drift.json]

Clients use `http://127.0.0.1:8081/arm/v1` where they would use the upstream. Each exchange is
forwarded unchanged (forward.py), judged by the server's compiled operations (check.py), written as
one masked JSON line (stdout, or `--exchanges FILE`) and summed into the drift report per operation
(report.py): on exit (SIGINT, SIGTERM), on SIGUSR1 and on `POST /_proxy/report` to `--report FILE`
(else stderr), and at any time as `GET /_proxy/report` on the proxy. It listens with the server's
bounds on slow clients (listen.py): header and body time-outs, a connection limit.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from armrest_server.proxy.limits import MAX_BODY, MAX_UPSTREAM_CONNECTIONS, TIMEOUT
from armrest_server.settings import Settings

HELP = "forward traffic to a deployment unchanged and report where it differs from the contract"


def upstream_url(text: str) -> str:
    """An --upstream value: an http(s) URL without credentials (each client's own Authorization is
    forwarded; a user:password in the URL would replace it, and show in the report)."""
    import httpx  # here, not above: every command's parser has these flags, only `proxy` forwards

    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise argparse.ArgumentTypeError(f"not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise argparse.ArgumentTypeError("give an http:// or https:// URL with a host")
    if url.userinfo:
        raise argparse.ArgumentTypeError(
            "credentials in the URL are refused: the proxy forwards each client's own Authorization"
        )
    return text


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The flags of `armrest proxy`, in the order its --help lists them."""
    _add_addresses(p)
    _add_files(p)
    _add_forwarding_limits(p)
    _add_client_bounds(p)


def _add_addresses(p: argparse.ArgumentParser) -> None:
    """The upstream's address and the proxy's own."""
    p.add_argument(
        "--upstream",
        required=True,
        type=upstream_url,
        metavar="URL",
        help="the deployment to forward to: its origin (https://api.staging.amili.no) or its API's "
        "URL (https://api.staging.amili.no/arm/v1); another path in it is put before every "
        "request's path; no user:password@",
    )
    p.add_argument("--host", default="127.0.0.1", help="address the proxy listens on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8081, help="TCP port the proxy listens on (default 8081)")
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the proxy's URL as clients reach it: links to the upstream in answers (Location, "
        "nextPage) are rewritten to start with it (default http://HOST:PORT)",
    )


def _add_files(p: argparse.ArgumentParser) -> None:
    """Where the report and the exchange log go, and where the bundle is read from."""
    p.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="where the drift report (JSON) is written on exit, on SIGUSR1 and on POST /_proxy/report; "
        "its folder is made when missing (default: stderr)",
    )
    p.add_argument(
        "--exchanges",
        type=Path,
        metavar="FILE",
        help="where the exchange log goes, one JSON line per exchange, appended; its folder is made "
        "when missing (default: stdout)",
    )
    p.add_argument(
        "--spec",
        metavar="DIR",
        help="the bundle's folder, holding armrest.json and armrest.yaml (default: the installed bundle)",
    )


def _add_forwarding_limits(p: argparse.ArgumentParser) -> None:
    """The bounds of what is checked and of the traffic to the upstream."""
    p.add_argument(
        "--max-body",
        type=int,
        default=MAX_BODY,
        metavar="BYTES",
        help="bodies up to this many bytes are checked; longer ones are forwarded unchecked "
        f"(default {MAX_BODY}, the server's limit)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        metavar="SECONDS",
        help="seconds to wait for the upstream to connect, and between bytes of its answer, "
        f"before answering 504 (default {TIMEOUT:g})",
    )
    p.add_argument(
        "--upstream-connections",
        type=int,
        default=MAX_UPSTREAM_CONNECTIONS,
        metavar="N",
        help=f"connections held open to the upstream at once (default {MAX_UPSTREAM_CONNECTIONS})",
    )


def _add_client_bounds(p: argparse.ArgumentParser) -> None:
    """The server's bounds on slow and large clients (listen.py), with the server's defaults."""
    bounds = (
        (
            "--header-timeout",
            float,
            Settings.header_timeout,
            "seconds a client may take to send a request's headers, then 408",
        ),
        (
            "--body-timeout",
            float,
            Settings.body_timeout,
            "seconds a client may take to send a request's body, then 408",
        ),
        (
            "--max-connections",
            int,
            Settings.max_connections,
            "client connections served at once; beyond, 503",
        ),
        (
            "--max-header-bytes",
            int,
            Settings.max_header_bytes,
            "bytes a request line and its headers may take; beyond, 431",
        ),
    )
    for flag, kind, default, text in bounds:
        p.add_argument(flag, type=kind, default=default, metavar="N", help=f"{text} (default {default:g})")


def run(args: argparse.Namespace) -> int:
    from armrest_server.http.spec import load, locate
    from armrest_server.logs import uvicorn_config
    from armrest_server.protocol import Bounds
    from armrest_server.proxy.app import build
    from armrest_server.proxy.listen import serve

    if args.exchanges:
        args.exchanges.parent.mkdir(parents=True, exist_ok=True)
    sink = args.exchanges.open("ab") if args.exchanges else sys.stdout.buffer
    public_url = args.public_url or f"http://{args.host}:{args.port}"
    spec = load(locate(args.spec))
    app = build(
        upstream=args.upstream,
        spec=spec,
        lines=sink,
        report_file=args.report,
        max_body=args.max_body,
        timeout=args.timeout,
        public_url=public_url,
        upstream_connections=args.upstream_connections,
    )
    print(
        f"proxy (pid {os.getpid()}) for {args.upstream}: clients use {public_url}{spec.prefix}; "
        f"POST {public_url}/_proxy/report writes the report",
        file=sys.stderr,
        flush=True,
    )
    flags = Settings(
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        max_header_bytes=args.max_header_bytes,
        max_connections=args.max_connections,
    )
    try:
        serve(
            app,
            bounds=Bounds.of(flags),  # and a quarter of --max-connections per source address
            host=args.host,
            port=args.port,
            log_config=uvicorn_config(),
            log_level="warning",
            access_log=False,  # the exchange log is the access log
            server_header=False,  # the upstream's Server and Date are relayed: no second of each
            date_header=False,
            timeout_graceful_shutdown=10,
        )
    finally:
        if sink is not sys.stdout.buffer:
            sink.close()
    # uvicorn (0.54) raises SystemExit when it cannot start, and after its graceful shutdown raises the
    # SIGINT or SIGTERM it caught again: SIGTERM ends the process there, SIGINT (Ctrl-C) returns here.
    return 0  # pragma: no cover
