"""`nox -s release`: the release files in dist/, once lint, drift, tests and diff have passed.

    python -m tools.release drift     # generated/ matches its inputs (bundle and client)
    python -m tools.release           # the release history, then dist/

The nox session runs the `lint`, `drift`, `tests` and `diff` sessions first (nox `requires`). This
script then keeps a new `info.version` in the release history (openapi/releases/armrest-V.json, the
bundle as released) with its CHANGELOG.md entry (tools/releases.py; commit both), and makes:

    dist/openapi/armrest.yaml, armrest.json     the bundle
    dist/openapi/token.yaml, token.json         the token endpoint's contract
    dist/workflows/*.arazzo.yaml                the integrator flows, naming the contracts beside them
    dist/docs/index.html                        the HTML reference (tools/build_docs.py)
    dist/CHANGELOG.md                           the changelog (also inside the client's wheel)
    dist/packages/armrest_client-V-py3-none-any.whl, armrest_client-V.tar.gz
    dist/packages/armrest_server-V-py3-none-any.whl   the sandbox server, the bundle inside
    dist/SHA256SUMS                             a checksum of each file above

The client's and the server's versions are the contract's `info.version`: the generator writes it
into generated/armrest-client/pyproject.toml, pyproject.toml names the server's, and a release
refuses to build when one differs. The client's packages are built with `python -m build` (pinned
by the session), the server's wheel with `uv build` (pinned by tools/bootstrap.py), both under
SOURCE_DATE_EPOCH of the last commit, so that rebuilding a commit gives the same bytes. The server's
wheel installs anywhere (`pip install`, `uvx --from WHEEL armrest serve --demo-data`).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from tools import build_docs, releases
from tools.node_tools import ROOT, redocly

SOURCE = ROOT / "openapi" / "armrest.yaml"
SOURCES = (SOURCE, ROOT / "openapi" / "token.yaml")  # the API's contract and the token endpoint's
BUNDLE = ROOT / "generated" / "openapi"
CLIENT = ROOT / "generated" / "armrest-client"
DIST = ROOT / "dist"
RELEASES = ROOT / "openapi" / "releases"
CHANGELOG = ROOT / "CHANGELOG.md"
WORKFLOWS = ROOT / "openapi" / "workflows"
# What a release rewrites under dist/.
OWNED = ("openapi", "workflows", "docs", "packages", "CHANGELOG.md", "SHA256SUMS")
CONTRACTS = ("armrest.yaml", "armrest.json", "token.yaml", "token.json")


class ReleaseError(RuntimeError):
    pass


def spec_version(bundle: Path) -> str:
    document = json.loads((bundle / "armrest.json").read_text(encoding="utf-8"))
    return str(document["info"]["version"])


def client_version(client: Path) -> str:
    with (client / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def server_version(project: Path = ROOT) -> str:
    """The sandbox server's version, as pyproject.toml names it."""
    return client_version(project)


def bundle_drift() -> list[str]:
    """The bundle files that differ from what the bundler makes of openapi/ now."""
    with tempfile.TemporaryDirectory(prefix="armrest-drift-") as scratch:
        fresh = Path(scratch)
        names: list[str] = []
        for source in SOURCES:
            for ext in ("yaml", "json"):
                names.append(f"{source.stem}.{ext}")
                redocly(["bundle", str(source), "--ext", ext, "-o", str(fresh / names[-1])])
        return [
            n
            for n in names
            if not (BUNDLE / n).is_file() or not filecmp.cmp(fresh / n, BUNDLE / n, shallow=False)
        ]


def drift() -> None:
    stale = bundle_drift()
    if stale:
        raise ReleaseError(
            f"generated/openapi/{' and '.join(stale)} stale: run `python3 tools/bootstrap.py -s bundle`"
        )
    print("generated/openapi matches openapi/")
    # The client's own check: generate aside with the pinned generator and compare.
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "generate_client.py"), "--check"], cwd=ROOT)
    if done.returncode != 0:
        raise ReleaseError(
            "generated/armrest-client does not match the bundle: run `python3 tools/bootstrap.py -s generate`"
        )


def _epoch() -> str:
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "315532800"  # 1980-01-01, the earliest a zip can hold


def client_source(client: Path, scratch: Path, changelog: Path) -> Path:
    """A clean copy of the client to build (no caches or stray files), the changelog in its package."""
    source = scratch / client.name
    shutil.copytree(client, source, ignore=shutil.ignore_patterns("__pycache__", ".*_cache", "*.pyc"))
    shutil.copyfile(changelog, source / "armrest_client" / "CHANGELOG.md")
    return source


def build_packages(client: Path, out: Path, changelog: Path = CHANGELOG) -> list[Path]:
    """The client's wheel and sdist, built in isolation with the backend its pyproject pins; the
    changelog goes inside the package (`armrest_client/CHANGELOG.md`)."""
    with tempfile.TemporaryDirectory(prefix="armrest-client-build-") as scratch:
        source = client_source(client, Path(scratch), changelog)
        env = os.environ | {"SOURCE_DATE_EPOCH": _epoch()}
        command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(source)]
        subprocess.run(command, check=True, env=env)
    return sorted(out.iterdir())


def build_server_wheel(out: Path, project: Path = ROOT) -> Path:
    """The sandbox server's wheel (pyproject.toml: the package with the bundle inside), by `uv build`."""
    uv = shutil.which("uv")
    if uv is None:
        raise ReleaseError("uv is not on PATH: run the stage through `python3 tools/bootstrap.py`")
    out.mkdir(parents=True, exist_ok=True)
    before = set(out.glob("armrest_server-*.whl"))
    env = os.environ | {"SOURCE_DATE_EPOCH": _epoch()}
    command = [uv, "build", "--wheel", "--quiet", "--out-dir", str(out), str(project)]
    subprocess.run(command, check=True, env=env)
    built = sorted(set(out.glob("armrest_server-*.whl")) - before)
    if len(built) != 1:
        raise ReleaseError(f"expected one server wheel in {out}, got {[p.name for p in built]}")
    return built[0]


def copy_workflows(source: Path, target: Path) -> list[Path]:
    """The Arazzo flows for dist/workflows/, their source descriptions naming dist/openapi/."""
    target.mkdir(parents=True)
    copied = []
    for flow in sorted(source.glob("*.arazzo.yaml")):
        text = flow.read_text(encoding="utf-8").replace("../../generated/openapi/", "../openapi/")
        (target / flow.name).write_text(text, encoding="utf-8")
        copied.append(target / flow.name)
    return copied


def checksums(root: Path, files: list[Path]) -> str:
    return "".join(
        f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.relative_to(root).as_posix()}\n" for f in files
    )


def check_versions(version: str) -> None:
    client, server = client_version(CLIENT), server_version()
    if client != version:
        raise ReleaseError(
            f"client {client}, contract {version}: run `python3 tools/bootstrap.py -s generate`"
        )
    if server != version:
        raise ReleaseError(f"server {server} (pyproject.toml), contract {version}: set the same version")


def clear(dist: Path) -> None:
    for name in OWNED:
        target = dist / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def record_release() -> None:
    """A new `info.version` joins the release history (openapi/releases/) with its changelog entry."""
    try:
        kept = releases.record(BUNDLE / "armrest.json", RELEASES, CHANGELOG)
    except releases.HistoryError as error:
        raise ReleaseError(str(error)) from None
    if kept is not None:
        print(f"kept {kept.relative_to(ROOT)} and its CHANGELOG.md entry: commit both")


def release(dist: Path = DIST) -> list[Path]:
    version = spec_version(BUNDLE)
    check_versions(version)
    record_release()
    clear(dist)
    (dist / "openapi").mkdir(parents=True)
    files = [Path(shutil.copy2(BUNDLE / n, dist / "openapi" / n)) for n in CONTRACTS]
    files += copy_workflows(WORKFLOWS, dist / "workflows")
    files.append(build_docs.build(BUNDLE / "armrest.yaml", dist / "docs" / "index.html"))
    files.append(Path(shutil.copy2(CHANGELOG, dist / "CHANGELOG.md")))
    packages = build_packages(CLIENT, dist / "packages")
    wrong = [p.name for p in packages if f"-{version}" not in p.name]
    if wrong or len(packages) != 2:
        raise ReleaseError(
            f"expected a wheel and an sdist of version {version}, got {[p.name for p in packages]}"
        )
    files += [*packages, build_server_wheel(dist / "packages")]
    (dist / "SHA256SUMS").write_text(checksums(dist, files), encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("step", nargs="?", choices=["drift", "dist"], default="dist")
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args(argv)
    try:
        if args.step == "drift":
            drift()
            return 0
        files = release(args.dist.resolve())
    except (ReleaseError, RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    print(f"release {spec_version(BUNDLE)}:")
    for f in files:
        print(f"  {f.relative_to(args.dist.resolve()).as_posix():<48} {f.stat().st_size / 1024:>8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
