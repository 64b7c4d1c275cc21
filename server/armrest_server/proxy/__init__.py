"""`armrest proxy`: a pass-through proxy that checks a deployment's traffic against the contract.

    armrest proxy --upstream https://api.staging.amili.no [--port 8081] [--report drift.json]

Clients use `http://127.0.0.1:8081/arm/v1` where they would use the upstream. Each exchange is
forwarded unchanged (forward.py), judged by the server's compiled operations (check.py), written as
one masked JSON line (stdout, or `--exchanges FILE`) and summed into the drift report per operation
(report.py): on exit (SIGINT, SIGTERM) and on SIGUSR1 to `--report FILE` (else stderr), and at any
time as `GET /_proxy/report` on the proxy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The server's own body limit: a body it would refuse as too large is forwarded unchecked.
MAX_BODY = 8 * 1024 * 1024
TIMEOUT = 60.0  # seconds
HELP = "forward traffic to a deployment unchanged and report where it differs from the contract"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--upstream",
        required=True,
        metavar="URL",
        help="the deployment to forward to: its origin (https://api.staging.amili.no); a path in it "
        "is put before every request's path",
    )
    p.add_argument("--host", default="127.0.0.1", help="address the proxy listens on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8081, help="TCP port the proxy listens on (default 8081)")
    p.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="where the drift report (JSON) is written on exit and on SIGUSR1 (default: stderr)",
    )
    p.add_argument(
        "--exchanges",
        type=Path,
        metavar="FILE",
        help="where the exchange log goes, one JSON line per exchange, appended (default: stdout)",
    )
    p.add_argument(
        "--spec",
        metavar="DIR",
        help="the bundle's folder, holding armrest.json and armrest.yaml (default: the installed bundle)",
    )
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


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from armrest_server.http.spec import load, locate
    from armrest_server.logs import uvicorn_config
    from armrest_server.proxy.app import build

    sink = args.exchanges.open("ab") if args.exchanges else sys.stdout.buffer
    app = build(
        upstream=args.upstream,
        spec=load(locate(args.spec)),
        lines=sink,
        report_file=args.report,
        max_body=args.max_body,
        timeout=args.timeout,
    )
    print(f"proxy for {args.upstream} on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_config=uvicorn_config(),
            log_level="warning",
            access_log=False,  # the exchange log is the access log
            timeout_graceful_shutdown=10,
        )
    finally:
        if sink is not sys.stdout.buffer:
            sink.close()
    # uvicorn (0.54) ends only by raising: SystemExit when it cannot start, and after its graceful
    # shutdown it raises the SIGINT/SIGTERM it caught again, so this is for a uvicorn that returns.
    return 0  # pragma: no cover
