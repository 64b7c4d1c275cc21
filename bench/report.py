"""The bench's table (markdown): each figure beside Prism, the floor and bare (the stack's own limit),
derived figures (validation cost, two workers against one) as rows of their own, and a mark on every
comparison within noise; then the issue's goals for armrest, each marked met or not."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bench.stats import Figure, cost, ratio, within_noise

ARMREST = "armrest"
UNVALIDATED = "armrest, responses not validated"
FLOOR = "floor"
BARE = "bare ASGI"  # uvicorn answering armrest's own bytes (bench/bare.py)
PRISM = "Prism"
PG_ONE = "armrest PostgreSQL, 1 worker"
PG_TWO = "armrest PostgreSQL, 2 workers"
NOISE = "≈"  # marks a comparison whose difference is smaller than the spread of its repeats
ONE, PAGE, CREATE = "GET one customer", "GET 100-item page", "POST new customer"


@dataclass(frozen=True)
class Run:
    """One timed run of one scenario against one server."""

    rps: float
    p50_ms: float
    p99_ms: float
    statuses: Mapping[int, int]
    server_cpu_ms: float  # CPU time of the server's processes per request
    generator_cpu_ms: float  # CPU time of the load generator per request
    # Cores the whole machine kept busy during the run (server, PostgreSQL, generator, anything else).
    machine_cores: float = math.nan


@dataclass(frozen=True)
class Cell:
    """The repeats of one (scenario, connections, server)."""

    runs: tuple[Run, ...]

    @property
    def rps(self) -> Figure:
        return Figure.of([r.rps for r in self.runs])

    @property
    def p50(self) -> Figure:
        return Figure.of([r.p50_ms for r in self.runs])

    @property
    def p99(self) -> Figure:
        return Figure.of([r.p99_ms for r in self.runs])

    @property
    def cpu(self) -> Figure:
        return Figure.of([r.server_cpu_ms for r in self.runs])

    @property
    def machine(self) -> Figure:
        return Figure.of([r.machine_cores for r in self.runs])

    @property
    def statuses(self) -> dict[int, int]:
        total: dict[int, int] = {}
        for run in self.runs:
            for status, count in run.statuses.items():
                total[status] = total.get(status, 0) + count
        return total


@dataclass(frozen=True)
class Row:
    scenario: str
    connections: str
    server: str
    figure: str
    p50: str = ""
    p99: str = ""
    cpu: str = ""
    vs_prism: str = ""
    vs_floor: str = ""
    of_bare: str = ""
    note: str = ""


HEADER = (
    "scenario",
    "conn.",
    "server",
    "figure (median, range)",
    "p50 ms",
    "p99 ms",
    "server CPU ms/req",
    "x Prism",
    "x floor",
    "% of bare",
    "note",
)


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        return markdown(
            HEADER,
            [
                (
                    r.scenario,
                    r.connections,
                    r.server,
                    r.figure,
                    r.p50,
                    r.p99,
                    r.cpu,
                    r.vs_prism,
                    r.vs_floor,
                    r.of_bare,
                    r.note,
                )
                for r in self.rows
            ],
        )


def markdown(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A markdown table with its columns aligned."""
    cells = [header, *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(values: Sequence[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in rows]
    return "\n".join(out)


def number(value: float, digits: int = 0) -> str:
    if math.isnan(value):
        return "n/a"
    return f"{value:,.{digits}f}"


def spread(figure: Figure, digits: int = 0) -> str:
    if len(figure.values) == 1:
        return number(figure.median, digits)
    return f"{number(figure.median, digits)} ({number(figure.low, digits)}-{number(figure.high, digits)})"


def times(a: Figure, b: Figure | None) -> str:
    """a / b as '1.23x', marked when the two overlap (the ratio cannot be told from 1)."""
    if b is None:
        return ""
    mark = f" {NOISE}" if within_noise(a, b) else ""
    return f"{ratio(a, b):.2f}x{mark}"


def share(a: Figure, b: Figure | None) -> str:
    """a / b as a percentage ('23.4 %'), marked when the two overlap."""
    if b is None:
        return ""
    mark = f" {NOISE}" if within_noise(a, b) else ""
    return f"{ratio(a, b) * 100:.1f} %{mark}"


def statuses_note(statuses: Mapping[int, int]) -> str:
    """Only answers other than the expected 2xx are worth a note (0: connection closed by the server)."""
    bad = {s: n for s, n in sorted(statuses.items()) if not 200 <= s < 300}
    return ", ".join(f"{n} x {s or 'closed'}" for s, n in bad.items())


def build(
    cells: Mapping[tuple[str, int, str], Cell],
    startups: Mapping[str, Figure],
    memory: Mapping[str, Sequence[float]],
) -> Table:
    """cells: (scenario, connections, server) -> repeats; startups: server -> seconds to the first
    200 on health; memory: server -> resident MiB of each of its processes after warm-up."""
    table = Table()
    keys = list(cells)
    scenarios = list(dict.fromkeys((s, c) for s, c, _ in keys))
    for scenario, connections in scenarios:
        here = {server: cell for (s, c, server), cell in cells.items() if (s, c) == (scenario, connections)}
        prism, floor, bare = here.get(PRISM), here.get(FLOOR), here.get(BARE)
        for server, cell in here.items():
            rps = cell.rps
            table.rows.append(
                Row(
                    scenario,
                    str(connections),
                    server,
                    spread(rps) + " req/s",
                    spread(cell.p50, 1),
                    spread(cell.p99, 1),
                    number(cell.cpu.median, 2),
                    times(rps, prism.rps) if prism and server != PRISM else "",
                    times(rps, floor.rps) if floor and server != FLOOR else "",
                    share(rps, bare.rps) if bare and server != BARE else "",
                    statuses_note(cell.statuses),
                )
            )
            if statuses_note(cell.statuses):
                table.warnings.append(
                    f"{server}, {scenario}, {connections} conn.: answers {statuses_note(cell.statuses)}"
                )
        table.rows += _derived(scenario, connections, here, table.warnings)
    for label, figures, unit, digits in (
        ("start-up: process start to first 200 on health", startups, "s", 2),
        ("resident memory after warm-up, largest process", _largest(memory), "MiB", 0),
    ):
        prism_fig, floor_fig = figures.get(PRISM), figures.get(FLOOR)
        for server, figure in figures.items():
            table.rows.append(
                Row(
                    label,
                    "",
                    server,
                    f"{spread(figure, digits)} {unit}",
                    vs_prism=times(figure, prism_fig) if server != PRISM else "",
                    vs_floor=times(figure, floor_fig) if server != FLOOR else "",
                    note=_processes(memory.get(server, ())) if unit == "MiB" else "",
                )
            )
    return table


def _derived(scenario: str, connections: int, here: Mapping[str, Cell], warnings: list[str]) -> list[Row]:
    rows = []
    on, off = here.get(ARMREST), here.get(UNVALIDATED)
    if on and off:
        # Validating cannot make answers faster: a negative cost is noise even when the ranges part.
        noisy = within_noise(on.rps, off.rps) or cost(on.rps, off.rps) < 0
        cpu = on.cpu.median / off.cpu.median - 1 if off.cpu.median else math.nan
        note = f"{NOISE} within noise" if noisy else ""
        rows.append(
            Row(
                scenario,
                str(connections),
                "response validation cost",
                f"{cost(on.rps, off.rps) * 100:.1f} % of req/s",
                cpu=f"+{cpu * 100:.1f} %" if cpu >= 0 else f"{cpu * 100:.1f} %",
                note=note,
            )
        )
        if noisy:
            warnings.append(
                f"validation cost, {scenario}, {connections} conn.: {cost(on.rps, off.rps) * 100:.1f} % "
                "is negative or within the spread of the repeats (the CPU per request is the steadier figure)"
            )
    one, two = here.get(PG_ONE), here.get(PG_TWO)
    if one and two:
        noisy = within_noise(two.rps, one.rps)
        rows.append(
            Row(
                scenario,
                str(connections),
                "2 workers / 1 worker (PostgreSQL)",
                f"{ratio(two.rps, one.rps):.2f}x req/s",
                note="; ".join(
                    n for n in (f"{NOISE} within noise" if noisy else "", headroom(one, two)) if n
                ),
            )
        )
        if noisy:
            warnings.append(
                f"2 workers against 1, {scenario}, {connections} conn.: within the spread of the repeats"
            )
    return rows


def headroom(one: Cell, two: Cell, cores: int | None = None) -> str:
    """What this machine had to give a second worker: the cores one worker's run left idle, and the
    machine's CPU per request (the servers, PostgreSQL and the generator together) with one worker
    and with two. Two workers reach more than one only by using idle cores or by spending less CPU
    per request."""
    cores = cores or os.cpu_count() or 1
    busy = one.machine.median
    if not busy > 0 or not one.rps.median or not two.rps.median:  # not measured (NaN), or no answers
        return ""
    spent = [cell.machine.median * 1000 / cell.rps.median for cell in (one, two)]
    return (
        f"1 worker left {max(cores - busy, 0):.2f} of {cores} cores idle; "
        f"machine CPU {spent[0]:.2f} -> {spent[1]:.2f} ms/req"
    )


def _largest(memory: Mapping[str, Sequence[float]]) -> dict[str, Figure]:
    return {server: Figure.of([max(sizes)]) for server, sizes in memory.items() if sizes}


def _processes(sizes: Sequence[float]) -> str:
    if len(sizes) <= 1:
        return ""
    return "processes: " + " + ".join(f"{s:.0f}" for s in sorted(sizes, reverse=True)) + " MiB"


@dataclass(frozen=True)
class Goal:
    """What the issue asks of armrest in one scenario."""

    scenario: str
    prism: float  # armrest's req/s at least this many times Prism's
    bare: float | None = None  # and at least this share of bare's
    p99_ms: float | None = None  # and a p99 at most this many ms ...
    p99_connections: int = 32  # ... at this many connections

    def text(self, connections: int) -> str:
        parts = [f">= {self.prism:g}x Prism"]
        if self.bare is not None:
            parts.append(f">= {self.bare * 100:g} % of bare")
        if self.p99_ms is not None:
            at = "" if connections == self.p99_connections else f" (at {self.p99_connections} conn.)"
            parts.append(f"p99 <= {self.p99_ms:g} ms{at}")
        return ", ".join(parts)


GOALS = (Goal(ONE, 5, bare=0.20), Goal(PAGE, 2, bare=0.10), Goal(CREATE, 2, p99_ms=50))
GOALS_HEADER = (
    "goal: scenario",
    "conn.",
    "armrest req/s",
    "Prism req/s",
    "x Prism",
    "bare req/s",
    "armrest % of bare",
    "same, by CPU/req",
    "armrest p99 ms",
    "goal",
    "met?",
)


def _check(name: str, low: float, median: float, high: float, least: float) -> tuple[bool, str]:
    """Whether `median` reaches `least`, and a note: what falls short, and whether the range of the
    repeats straddles the goal (then the verdict is within noise)."""
    met = median >= least
    noisy = low < least <= high
    note = "" if met else f"{name} short"
    if noisy:
        note = (note + ", " if note else "") + f"{NOISE} {name}'s range straddles the goal"
    return met, note


def goal_rows(cells: Mapping[tuple[str, int, str], Cell]) -> tuple[list[tuple[str, ...]], list[str]]:
    """One row per goal and connection count measured for armrest: the figures side by side and the
    verdict; and warnings for goals that could not be judged."""
    rows: list[tuple[str, ...]] = []
    warnings: list[str] = []
    for goal in GOALS:
        counts = sorted(c for s, c, server in cells if s == goal.scenario and server == ARMREST)
        for connections in counts:
            armrest = cells[goal.scenario, connections, ARMREST]
            prism = cells.get((goal.scenario, connections, PRISM))
            bare = cells.get((goal.scenario, connections, BARE))
            a = armrest.rps
            checks: list[tuple[bool, str]] = []
            if prism is None:
                checks.append((False, "Prism not measured"))
            else:
                p = prism.rps
                checks.append(_check("x Prism", a.low / p.high, ratio(a, p), a.high / p.low, goal.prism))
            if goal.bare is not None:
                if bare is None:
                    checks.append((False, "bare not measured"))
                else:
                    b = bare.rps
                    checks.append(_check("% of bare", a.low / b.high, ratio(a, b), a.high / b.low, goal.bare))
            if goal.p99_ms is not None and connections == goal.p99_connections:
                p99 = armrest.p99
                # Lower is better: the check on the negated figures.
                checks.append(_check("p99", -p99.high, -p99.median, -p99.low, -goal.p99_ms))
            met = all(ok for ok, _ in checks)
            notes = "; ".join(note for _, note in checks if note)
            rows.append(
                (
                    goal.scenario,
                    str(connections),
                    spread(a),
                    spread(prism.rps) if prism else "n/a",
                    f"{ratio(a, prism.rps):.2f}x" if prism else "n/a",
                    spread(bare.rps) if bare else "n/a",
                    f"{ratio(a, bare.rps) * 100:.1f} %" if bare else "n/a",
                    f"{ratio(bare.cpu, armrest.cpu) * 100:.1f} %" if bare else "n/a",
                    spread(armrest.p99, 1),
                    goal.text(connections),
                    ("met" if met else "NOT met") + (f" ({notes})" if notes else ""),
                )
            )
        if goal.p99_ms is not None and counts and goal.p99_connections not in counts:
            warnings.append(
                f"goal for {goal.scenario}: p99 <= {goal.p99_ms:g} ms is at {goal.p99_connections} "
                "connections, which this run did not measure (--connections 16 32)"
            )
    return rows, warnings


def goals_markdown(cells: Mapping[tuple[str, int, str], Cell]) -> tuple[str, list[str]]:
    rows, warnings = goal_rows(cells)
    return (markdown(GOALS_HEADER, rows) if rows else ""), warnings
