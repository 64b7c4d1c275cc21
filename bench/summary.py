"""What a bench run prints and records: the table, then what a reader needs to judge it (repeats, the
machine's load, the load generator's share of the cores), the issue's goals for armrest marked met or
not, and every run as JSON."""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from bench.report import ARMREST, BARE, NOISE, Cell, Row, build, goals_markdown, number, spread
from bench.stats import Figure

if TYPE_CHECKING:
    from bench.bare import Answer


@dataclass(frozen=True)
class Profile:
    """How long and how often a bench run measures (server_bench.PROFILES: quick, default, full)."""

    seconds: float  # per timed run
    warmup: float  # per server and scenario, before the first timed run
    repeats: int
    connections: tuple[int, ...]
    startups: int  # start-up timings per server
    batch: bool  # also time a 10,000-document batch


def summary(found: dict[str, object], profile: Profile) -> str:
    """The table, then what a reader needs to judge it: repeats, the machine's load, the generator."""
    cells = {k: Cell(v) for k, v in found["cells"].items()}  # type: ignore[attr-defined]
    table = build(cells, found["startups"], found["memory"])  # type: ignore[arg-type]
    if found["ceiling"]:  # measured against the floor, when the floor ran
        table.rows.append(_ceiling_row(Cell(tuple(found["ceiling"])), profile))  # type: ignore[arg-type]
    shares = {
        server: max(r.generator_cpu_ms * r.rps / 1000 for r in cell.runs)
        for (_, _, server), cell in cells.items()
    }
    notes = _run_notes(profile, found["load"], shares)  # type: ignore[arg-type]
    answers: dict[str, dict[str, Answer]] = found.get("answers") or {}  # type: ignore[assignment]
    if answers:
        same = all(a[ARMREST].same_as(a[BARE]) for a in answers.values() if BARE in a)
        notes.append(_bare_note(answers, same))
        if not same:
            table.warnings.append("bare's answers differ from armrest's (see the progress log)")
    if BARE in shares and shares[BARE] > 0.9:
        table.warnings.append(
            f"the load generator took {shares[BARE] * 100:.0f} % of a core against bare: bare's req/s is "
            "partly the generator's limit, so armrest's % of bare reads high"
        )
    if found["batch"] is not None:
        batch = found["batch"]
        figure = f"{batch:.2f} s worker time" if isinstance(batch, float) else batch
        notes.append(f"10,000-document batch on {ARMREST} (SQLite): {figure}.")
    goals, unjudged = goals_markdown(cells)
    notes += [f"WARNING: {w}" for w in table.warnings + unjudged]
    out = [table.markdown(), "", *notes]
    if goals:
        out += [
            "",
            "Goals (the issue's, for armrest on SQLite with responses validated; median of the repeats; "
            "judged on req/s. By CPU/req is bare's server CPU per request over armrest's: the steadier "
            "figure when other work shares the cores):",
            "",
        ]
        out.append(goals)
    return "\n".join(out)


def _ceiling_row(ceiling: Cell, profile: Profile) -> Row:
    """The load generator's own limit: GET /health on the floor, and the generator's CPU per request."""
    own = Figure.of([r.generator_cpu_ms for r in ceiling.runs])
    on_a_core = 1000 / own.median if own.median else float("nan")
    return Row(
        "load generator ceiling: GET /health on the floor",
        str(max(profile.connections)),
        "bench/loadgen.py",
        spread(ceiling.rps) + " req/s",
        spread(ceiling.p50, 1),
        spread(ceiling.p99, 1),
        number(ceiling.cpu.median, 3),
        note=f"generator CPU {own.median * 1000:.0f} us/req: "
        f"at most {on_a_core:,.0f} req/s on a core of its own",
    )


def _run_notes(
    profile: Profile, load: tuple[tuple[float, ...], tuple[float, ...]], shares: dict[str, float]
) -> list[str]:
    """How the figures were taken: repeats, the machine's load before and after, the load generator."""
    before, after = load
    cores = os.cpu_count() or 1
    busy = before[0] > 1 or after[0] > cores + 1  # the bench itself keeps about 2 cores busy
    return [
        f"Figures: median of {profile.repeats} runs of {profile.seconds:g} s each (range in brackets), "
        f"servers interleaved; {NOISE} marks a comparison whose difference is smaller than that range "
        "(within noise). "
        "x Prism and x floor divide req/s (higher is better), % of bare is req/s as a share of bare's; for "
        "start-up and memory x Prism and x floor divide the figures (lower is better).",
        f"Machine: {cores} cores; load average {before[0]:.2f} before the run, {after[0]:.2f} after "
        + (
            "(busy: other work shared the cores, so every figure is noisy; compare ratios, not req/s)."
            if busy
            else "(quiet)."
        ),
        "Load generator: bench/loadgen.py (raw asyncio sockets on uvloop, pre-built requests, httptools "
        f"parser), in this process, on the same {cores} cores as the servers. It took up to "
        + ", ".join(f"{shares[s] * 100:.0f} % of a core against {s}" for s in shares)
        + ". A server of one process uses one core and leaves the other to it; with 2 workers the two "
        "server processes and the generator share the 2 cores, so the 2-worker row understates what two "
        "workers do on a machine of their own.",
        "The floor answers without auth and with a 14-field record; armrest checks a bearer token and "
        "answers its 45-field record. Server CPU counts the server's own processes (not PostgreSQL's).",
    ]


def _bare_note(answers: dict[str, dict[str, Answer]], same: bool) -> str:
    """What the bare row is, and whether its answers were armrest's bytes."""
    sizes = ", ".join(f"{s} {a[ARMREST].status} {len(a[ARMREST].body):,} B" for s, a in answers.items())
    return (
        "Bare (bench/bare.py): uvicorn with armrest's serve options and a ~10-line ASGI app (no "
        "framework, no database) that answers the bytes armrest answered in this run before the load "
        f"({sizes}). It is the limit of the stack itself: % of bare is the share of it armrest reaches. "
        + (
            "Its answers were checked equal to armrest's (status, headers but Date, body)."
            if same
            else "Its answers DIFFER from armrest's: its row does not measure the same bytes."
        )
    )


def record(found: dict[str, object], profile: Profile) -> dict[str, object]:
    cells = found["cells"]
    return {
        "profile": asdict(profile),
        "runs": [
            {"scenario": s, "connections": c, "server": n, "runs": [asdict(r) for r in runs]}
            for (s, c, n), runs in cells.items()  # type: ignore[attr-defined]
        ],
        "startup_seconds": {k: list(v.values) for k, v in found["startups"].items()},  # type: ignore[attr-defined]
        "resident_mib": found["memory"],
        "generator_ceiling": [asdict(r) for r in found["ceiling"]],  # type: ignore[attr-defined]
        "captured_answers": {
            scenario: {
                server: {
                    "status": a.status,
                    "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in a.headers],
                    "body_bytes": len(a.body),
                    "body_sha256": hashlib.sha256(a.body).hexdigest(),
                }
                for server, a in by_server.items()
            }
            for scenario, by_server in (found.get("answers") or {}).items()  # type: ignore[attr-defined]
        },
        "batch_10000_documents_seconds": found["batch"],
        "load_average": found["load"],
    }
