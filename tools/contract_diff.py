"""`nox -s diff`: what changed in the contract since a base, how big a bump that needs, and the gate.

    python -m tools.contract_diff [--base REF] [--changelog [CHANGELOG.md]] [--revision BUNDLE]

Compares the bundle (default: the working tree's generated/openapi/armrest.json) with a base: by
default the latest release kept in openapi/releases/ (`armrest-MAJOR.MINOR.PATCH.json`, the bundle
as released: `nox -s release` adds each), or the bundle committed at a git ref (`--base REF`, or
`$ARMREST_DIFF_BASE`, which `nox -s release` passes on). Without releases the base is the latest
`v*` tag reachable from HEAD, else the previous commit. The report names the base first. Every
change is rated major, minor or patch, and the gate fails when
- a major (breaking) change comes without a major bump of `info.version`,
- a minor change without at least a minor bump, or any change without a bump at all,
- or `info.version` is not semver or went backwards.
With `--changelog`, a passing run with changes puts a Markdown entry for the new version into
CHANGELOG.md (newest first; rerunning replaces the entry of the same version).

The engine is Redocly CLI's `diff` (pinned in tools/node with the bundler and linter; marked
experimental upstream, so the JSON report's version is checked). It follows `$ref`s, and rates each
change where it is used: in a request, narrowing is breaking (an operation or parameter removed, a
parameter or property that became required, a type changed, an enum value removed); in a response,
widening is (a property or status removed, a type widened, an enum value added, which an exhaustive
client enum such as the generated client's rejects). New operations, optional parameters and
properties are minor; descriptions, examples and summaries are patch. Checked by
tests/publish/test_diff_gate.py, one rule per test.

The house rules rate a change by whom it breaks, where Redocly rates by shape alone:
- An enum value removed is major wherever the enum is, also in a response only. Values read from this
  API go back into it (a `documentType` read from an item becomes a filter), and a value that
  disappears is a change in meaning clients must hear of.
- An enum that only gained values is minor, in a response too: the client keeps a value it does not
  know (an open enum), so a new status breaks no integration.
- A bound, length or pattern that changed is judged on samples (tools/contract_samples.py), as
  clients read it (plain keywords) and as the sandbox does (with `x-armrest-proposed` lifted): a
  rewrite that accepts the same values is no change; in a request, accepting fewer values is major
  and more patch (as Redocly rates it); in a response either is minor (no client refuses an answer
  by its bounds). A change seen by the sandbox alone (a proposal made, moved or changed) is patch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tools import contract_samples as samples
from tools.node_tools import ROOT, redocly

BUNDLE = ROOT / "generated" / "openapi" / "armrest.json"
BUNDLE_IN_GIT = "generated/openapi/armrest.json"
RELEASES = ROOT / "openapi" / "releases"
RELEASE_FILE = re.compile(r"^armrest-(\d+\.\d+\.\d+)\.json$")
CHANGELOG = ROOT / "CHANGELOG.md"
IMPACTS = ("patch", "minor", "major")
REPORT_VERSION = "1"
SANDBOX = "x-armrest-sandbox"  # marks the contract's sandbox-only operations
COMBINATORS = ("oneOf", "anyOf", "allOf")
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


@dataclass(frozen=True)
class Change:
    impact: str  # patch | minor | major
    kind: str  # added | removed | modified
    where: str  # "GET /clients/{clientno}/customers", or the top-level section ("components")
    pointer: str  # inside `where`: "responses/200/content/application/json/schema · required"
    message: str
    rule: str  # the rule that rated it major or minor ("" when none did)

    def line(self) -> str:
        rule = f"  [{self.rule}]" if self.rule else ""
        return f"{self.impact:<5}  {self.where}  {self.pointer}  {self.message}{rule}".rstrip()


@dataclass(frozen=True)
class Diff:
    base_version: str
    revision_version: str
    changes: tuple[Change, ...]

    @property
    def bump(self) -> str | None:
        """The bump these changes need: the highest impact among them (None when nothing changed)."""
        return max((c.impact for c in self.changes), key=IMPACTS.index, default=None)

    def count(self, impact: str) -> int:
        return sum(1 for c in self.changes if c.impact == impact)

    def problems(self) -> list[str]:
        """Why the gate fails (empty when it passes)."""
        return version_problems(self.base_version, self.revision_version, self.bump)


def semver(version: str) -> tuple[int, int, int] | None:
    match = SEMVER.match(version)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def next_version(version: str, bump: str) -> str:
    """The smallest version after `version` that carries `bump`."""
    major, minor, patch = semver(version) or (0, 0, 0)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def version_problems(base: str, revision: str, bump: str | None) -> list[str]:
    """The version rule: `revision` must be at least `base` bumped by `bump`."""
    old, new = semver(base), semver(revision)
    if new is None:
        return [f"info.version {revision!r} is not a semantic version (MAJOR.MINOR.PATCH)"]
    if old is None:  # the base did not follow the rule yet: any version is a start
        return []
    if new < old:
        return [f"info.version went backwards: {base} -> {revision}"]
    if bump is None:
        return []
    needed = {"major": new[0] > old[0], "minor": new[:2] > old[:2], "patch": new > old}[bump]
    if needed:
        return []
    what = "breaking changes need" if bump == "major" else f"{bump} changes need"
    return [f"{what} info.version {next_version(base, bump)} or later; it is {revision} (base {base})"]


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def locate(path: str, prop: str | None) -> tuple[str, str]:
    """Redocly's JSON pointer as (operation or section, the rest): readable and grouped by operation."""
    parts = [_unescape(p) for p in path.removeprefix("#/").split("/") if p]
    where, rest = (parts[0] if parts else "document"), parts[1:]
    if parts[:1] == ["paths"] and len(parts) > 1:
        if len(parts) > 2 and parts[2] in METHODS:
            where, rest = f"{parts[2].upper()} {parts[1]}", parts[3:]
        else:
            where, rest = parts[1], parts[2:]
    pointer = "/".join(rest)
    if prop:
        pointer = f"{pointer} · {prop}" if pointer else prop
    return where, pointer


def _values(side: Any) -> list[Any]:
    value = side.get("value") if isinstance(side, dict) else None
    return value if isinstance(value, list) else []


def _removed_enum_values(raw: dict[str, Any]) -> list[Any]:
    if raw.get("property") != "enum" or raw.get("kind") != "modified":
        return []
    kept = _values(raw.get("revision"))
    return [v for v in _values(raw.get("base")) if v not in kept]


def classify(raw: dict[str, Any]) -> Change:
    """One change of Redocly's JSON report, with the house rule applied."""
    impact, kind = str(raw["impact"]), str(raw["kind"])
    where, pointer = locate(str(raw["path"]), raw.get("property"))
    verdicts = [v for v in raw.get("verdicts", []) if isinstance(v, dict)]
    message = " ".join(str(v.get("message", "")) for v in verdicts).strip()
    rule = ", ".join(str(v.get("ruleId", "")) for v in verdicts if v.get("ruleId"))
    removed = _removed_enum_values(raw)
    if removed and impact != "major":
        impact, rule = "major", "enum-values-removed (house rule)"
        message = "Enum lost values: " + ", ".join(repr(v) for v in removed) + "."
    if not message:
        prop = raw.get("property")
        message = f"{prop} {kind}" if prop else f"{kind} {pointer.rsplit('/', 1)[-1]}".strip()
    return Change(impact, kind, where, pointer, message, rule)


def _node(document: dict[str, Any], pointer: Any, prop: str | None) -> Any:
    """The schema that holds the changed keyword, on one side of a change (None: there is none)."""
    if not isinstance(pointer, str):
        return None
    parts = [_unescape(p) for p in pointer.removeprefix("#/").split("/") if p]
    if samples.PROPOSED in parts:
        parts = parts[: parts.index(samples.PROPOSED)]
    elif prop and parts[-1:] == [prop]:
        parts = parts[:-1]
    node: Any = document
    for part in parts:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def _examples(*nodes: Any) -> list[Any]:
    return [
        v
        for n in nodes
        if isinstance(n, dict)
        for v in n.get("examples", [])
        if isinstance(n.get("examples"), list)
    ]


def by_whom_it_breaks(
    raw: dict[str, Any], change: Change, base: dict[str, Any], revision: dict[str, Any]
) -> Change | None:
    """The house rules on enums, bounds and proposals (None: the change accepts the same values)."""
    prop = raw.get("property")
    if prop == "enum" and raw.get("kind") == "modified" and not _removed_enum_values(raw):
        gained = [v for v in _values(raw.get("revision")) if v not in _values(raw.get("base"))]
        if not gained:
            return None  # the same values in another order
        message = (
            "Enum gained values: " + ", ".join(repr(v) for v in gained) + " (clients keep unknown values)."
        )
        return replace(change, impact="minor", rule="enum-values-added (house rule)", message=message)
    path = str(raw.get("path", "")).split("/")
    if prop is None and len(path) > 2 and path[-2] in COMBINATORS and path[-1].isdigit():
        return _branch(raw, change, base, revision)
    proposal = samples.PROPOSED in path
    if prop not in samples.BOUNDS and not proposal:
        return change
    # A keyword added or removed has a pointer on one side only: the schema is at the same place.
    sides = [side if isinstance(side, dict) else {} for side in (raw.get("base"), raw.get("revision"))]
    pointers = [side.get("pointer") or other.get("pointer") for side, other in (sides, sides[::-1])]
    before, after = _node(base, pointers[0], prop), _node(revision, pointers[1], prop)
    if not isinstance(before, dict) or not isinstance(after, dict):
        return change
    examples = _examples(before, after)
    clients = samples.compare(
        samples.constraints(before, proposed=False), samples.constraints(after, proposed=False), examples
    )
    sandbox = samples.compare(
        samples.constraints(before, proposed=True), samples.constraints(after, proposed=True), examples
    )
    if clients == "same":
        if sandbox == "same":
            return None
        message = (
            f"Our proposal ({samples.PROPOSED}) accepts {_values(sandbox)}: the sandbox's requests only."
        )
        return replace(change, impact="patch", rule="proposal-changed (house rule)", message=message)
    in_request = "/responses/" not in str(raw.get("path", ""))
    impact = ("patch" if clients == "wider" else "major") if in_request else "minor"
    where = "request" if in_request else "response"
    message = f"The {where} accepts {_verdict(clients)} ({prop or samples.PROPOSED} changed)."
    return replace(change, impact=impact, rule=f"constraint-{clients} (house rule)", message=message)


def _branch(
    raw: dict[str, Any], change: Change, base: dict[str, Any], revision: dict[str, Any]
) -> Change | None:
    """A branch of `oneOf`/`anyOf`/`allOf` added or removed: Redocly matches branches by their whole
    content, so a branch whose bound moved into a proposal looks like another branch. When the two
    combinators read the same with proposals lifted, only bounds became proposals: clients may get
    (in an answer) or send (in a request) more values, and the sandbox asks the same as before."""
    pointers = [
        side.get("pointer") for side in (raw.get("base"), raw.get("revision")) if isinstance(side, dict)
    ]
    pointer = next((p for p in pointers if isinstance(p, str)), None)
    if pointer is None:
        return change
    holder = pointer.rsplit("/", 1)[0]
    before, after = _node(base, holder, None), _node(revision, holder, None)
    if not isinstance(before, list) or not isinstance(after, list):
        return change
    if samples.lifted(before) != samples.lifted(after):
        return change
    if before == after:
        return None
    in_request = "/responses/" not in str(raw.get("path", ""))
    message = f"A branch's bounds became our proposals ({samples.PROPOSED}): the sandbox asks the same."
    return replace(
        change,
        impact="patch" if in_request else "minor",
        rule="bounds-proposed (house rule)",
        message=message,
    )


def _verdict(verdict: str) -> str:
    return {"wider": "more values", "narrower": "fewer values"}.get(verdict, "other values")


def _is_the_bump(raw: dict[str, Any]) -> bool:
    """`info.version` itself: the bump, not a change of the contract."""
    return str(raw.get("path")) == "#/info" and raw.get("property") == "version"


def redocly_report(base: dict[str, Any], revision: dict[str, Any]) -> dict[str, Any]:
    """Redocly's JSON diff report of two OpenAPI documents."""
    with tempfile.TemporaryDirectory(prefix="armrest-diff-") as scratch:
        folder = Path(scratch)
        for name, document in (("base.json", base), ("revision.json", revision)):
            (folder / name).write_text(json.dumps(document), encoding="utf-8")
        args = ["diff", "base.json", "revision.json", "--format", "json", "--output", "report.json"]
        redocly([*args, "--fail-on", "none", "--lint-config", "off"], cwd=folder)
        report: dict[str, Any] = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    if str(report.get("reportVersion")) != REPORT_VERSION:
        raise RuntimeError(
            f"Redocly's diff report is version {report.get('reportVersion')}, not {REPORT_VERSION}"
        )
    return report


def sandbox_places(document: dict[str, Any]) -> set[str]:
    """The operations marked sandbox-only (`x-armrest-sandbox: true`), and the paths holding only such."""
    found: set[str] = set()
    for path, item in document.get("paths", {}).items():
        marked = [op.get(SANDBOX) is True for m, op in item.items() if m in METHODS and isinstance(op, dict)]
        found |= {f"{m.upper()} {path}" for m, op in item.items() if m in METHODS and op.get(SANDBOX) is True}
        if marked and all(marked):
            found.add(path)
    return found


def compare(base: dict[str, Any], revision: dict[str, Any]) -> Diff:
    """Every change from `base` to `revision`, rated, with both versions.

    A change of a sandbox-only operation is a patch whatever Redocly rates it: it is no change of
    Amili's API (a client of a deployment never meets it), only of the reference server's controls."""
    report = redocly_report(base, revision)
    sandbox = sandbox_places(base) | sandbox_places(revision)
    rated = (
        by_whom_it_breaks(raw, classify(raw), base, revision)
        for raw in report.get("changes", [])
        if not _is_the_bump(raw)
    )
    changes = tuple(
        _sandbox_only(change) if change.where in sandbox else change for change in rated if change is not None
    )
    return Diff(str(base["info"]["version"]), str(revision["info"]["version"]), changes)


def _sandbox_only(change: Change) -> Change:
    return replace(change, impact="patch", message=f"{change.message} (sandbox only, not Amili's API)")


# --- git: the base ----------------------------------------------------------------------------------


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def default_base() -> str:
    """The latest `v*` tag reachable from HEAD, else the previous commit."""
    tag = _git("describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD")
    if tag.returncode == 0 and tag.stdout.strip():
        return tag.stdout.strip()
    if _git("rev-parse", "--verify", "--quiet", "HEAD~1^{commit}").returncode == 0:
        return "HEAD~1"
    raise LookupError("no `v*` tag and no previous commit to compare with: pass --base REF")


def releases(folder: Path | None = None) -> list[tuple[tuple[int, int, int], Path]]:
    """The kept releases, oldest first: (version, the bundle as released)."""
    found = []
    for path in (folder or RELEASES).glob("armrest-*.json"):
        match = RELEASE_FILE.match(path.name)
        version = semver(match[1]) if match else None
        if version is not None:
            found.append((version, path))
    return sorted(found)


def latest_release(folder: Path | None = None) -> Path | None:
    """The bundle of the latest release in openapi/releases/ (None when nothing was released)."""
    kept = releases(folder)
    return kept[-1][1] if kept else None


def release_name(path: Path) -> str:
    """A kept release for a reader: `release 1.0.0 (openapi/releases/armrest-1.0.0.json)`."""
    match = RELEASE_FILE.match(path.name)
    shown = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    return f"release {match[1] if match else '?'} ({shown})"


def describe(ref: str) -> str:
    """`ref` for a reader: a tag as it is, anything else as its short commit id."""
    if _git("rev-parse", "--verify", "--quiet", f"refs/tags/{ref}").returncode == 0:
        return ref
    short = _git("rev-parse", "--short", f"{ref}^{{commit}}").stdout.strip()
    return short or ref


def bundle_at(ref: str) -> dict[str, Any]:
    """The bundle committed at `ref`."""
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise LookupError(f"{ref!r} is not a commit in this repository")
    shown = _git("show", f"{ref}:{BUNDLE_IN_GIT}")
    if shown.returncode != 0:
        raise LookupError(f"{ref} has no bundle {BUNDLE_IN_GIT}")
    document: dict[str, Any] = json.loads(shown.stdout)
    return document


# --- output ----------------------------------------------------------------------------------------


def counts(diff: Diff) -> str:
    return ", ".join(f"{diff.count(i)} {i}" for i in reversed(IMPACTS)) if diff.changes else "no changes"


def summary(diff: Diff) -> str:
    if diff.bump is None:
        return "no changes"
    return f"{counts(diff)}: needs a {diff.bump} bump ({next_version(diff.base_version, diff.bump)} or later)"


def text_report(diff: Diff, base_name: str) -> str:
    order = sorted(diff.changes, key=lambda c: (-IMPACTS.index(c.impact), c.where, c.pointer))
    lines = [f"contract diff: {base_name} (info.version {diff.base_version}) -> {diff.revision_version}"]
    lines += [f"  {c.line()}" for c in order]
    lines.append(summary(diff))
    return "\n".join(lines)


SECTIONS = (
    ("major", "Breaking changes"),
    ("minor", "Additions"),
    ("patch", "Documentation and other compatible changes"),
)


def changelog_entry(diff: Diff, base_name: str, date: dt.date) -> str:
    """The Markdown entry for `diff.revision_version`."""
    lines = [f"## {diff.revision_version} ({date.isoformat()})", ""]
    lines += [f"Compared with {base_name} ({diff.base_version}): {counts(diff)} changes.", ""]
    for impact, title in SECTIONS:
        chosen = [c for c in diff.changes if c.impact == impact]
        if not chosen:
            continue
        lines += [f"### {title}", ""]
        if impact == "patch":  # many small edits: one line per operation or section
            grouped: dict[str, list[str]] = {}
            for c in chosen:
                grouped.setdefault(c.where, []).append(c.pointer.rsplit(" · ", 1)[-1].rsplit("/", 1)[-1])
            lines += [f"- `{w}`: {', '.join(sorted(set(what)))}" for w, what in sorted(grouped.items())]
        else:
            lines += [f"- `{c.where}` `{c.pointer}`: {c.message}" for c in sorted(chosen, key=_order)]
        lines.append("")
    return "\n".join(lines)


def _order(change: Change) -> tuple[str, str]:
    return change.where, change.pointer


def write_changelog(path: Path, entry: str, version: str) -> None:
    """Put `entry` first among the entries of `path`, replacing an entry of the same version."""
    title = "# Changelog\n\nThe ARMrest contract's releases, newest first (`nox -s diff -- --changelog`).\n\n"
    text = path.read_text(encoding="utf-8") if path.exists() else title
    head, *entries = re.split(r"(?m)^(?=## )", text)
    kept = [e for e in entries if not e.startswith(f"## {version} ")]
    path.write_text(head + "\n".join(part.rstrip("\n") + "\n" for part in [entry, *kept]), encoding="utf-8")


# --- command line ----------------------------------------------------------------------------------


def choose_base(ref: str | None) -> tuple[dict[str, Any], str]:
    """The base document and its name: the ref's bundle when given, else the latest release, else git's."""
    if ref is None:
        release = latest_release()
        if release is not None:
            document: dict[str, Any] = json.loads(release.read_text(encoding="utf-8"))
            return document, release_name(release)
        ref = default_base()
    return bundle_at(ref), describe(ref)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--base",
        default=os.environ.get("ARMREST_DIFF_BASE") or None,
        help=(
            "git ref to compare with (default: $ARMREST_DIFF_BASE, else the latest release in "
            "openapi/releases/, else the latest v* tag, else HEAD~1)"
        ),
    )
    parser.add_argument(
        "--revision", type=Path, default=BUNDLE, help="JSON bundle to check (default: %(default)s)"
    )
    parser.add_argument(
        "--changelog", nargs="?", type=Path, const=CHANGELOG, help="on success, add the entry to this file"
    )
    args = parser.parse_args(argv)
    try:
        base, name = choose_base(args.base)
    except LookupError as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 2
    revision = json.loads(args.revision.read_text(encoding="utf-8"))
    diff = compare(base, revision)
    print(text_report(diff, name))
    problems = diff.problems()
    if problems:
        print("\n".join(f"FAIL: {p}" for p in problems), file=sys.stderr)
        return 1
    print(f"OK: info.version {diff.revision_version} carries the changes since {name}")
    if args.changelog and diff.changes:
        write_changelog(args.changelog, changelog_entry(diff, name, dt.date.today()), diff.revision_version)
        print(f"wrote the {diff.revision_version} entry of {args.changelog}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
