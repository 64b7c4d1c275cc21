"""`nox -s release`: the release files in dist/, once lint, drift, tests and diff have passed.

    python -m tools.release drift     # generated/ matches its inputs (bundle and client)
    python -m tools.release           # dist/: bundle, HTML reference, the client's wheel and sdist

The nox session runs the `lint`, `drift`, `tests` and `diff` sessions first (nox `requires`), so
this script only makes the files:

    dist/openapi/armrest.yaml, armrest.json     the bundle
    dist/docs/index.html                        the HTML reference (tools/build_docs.py)
    dist/packages/armrest_client-V-py3-none-any.whl, armrest_client-V.tar.gz
    dist/SHA256SUMS                             a checksum of each file above

The client's version is the contract's `info.version`: the generator writes it into
generated/armrest-client/pyproject.toml, and a release refuses to build when they differ. The
packages are built with `python -m build` (pinned by the session) under SOURCE_DATE_EPOCH of the
last commit, so that rebuilding a commit gives the same bytes.
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

from tools import build_docs
from tools.node_tools import ROOT, redocly

SOURCE = ROOT / "openapi" / "armrest.yaml"
SOURCES = (SOURCE, ROOT / "openapi" / "token.yaml")  # the API's contract and the token endpoint's
BUNDLE = ROOT / "generated" / "openapi"
CLIENT = ROOT / "generated" / "armrest-client"
DIST = ROOT / "dist"
OWNED = ("openapi", "docs", "packages", "SHA256SUMS")  # what a release rewrites under dist/


class ReleaseError(RuntimeError):
    pass


def spec_version(bundle: Path) -> str:
    document = json.loads((bundle / "armrest.json").read_text(encoding="utf-8"))
    return str(document["info"]["version"])


def client_version(client: Path) -> str:
    with (client / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def bundle_drift() -> list[str]:
    """The bundle files that differ from what the bundler makes of openapi/ now."""
    with tempfile.TemporaryDirectory(prefix="armrest-drift-") as scratch:
        fresh = Path(scratch)
        names: list[str] = []
        for source in SOURCES:
            for ext in ("yaml", "json"):
                names.append(f"{source.stem}.{ext}")
                redocly(["bundle", str(source), "--ext", ext, "-o", str(fresh / names[-1])])
        return [n for n in names if not (BUNDLE / n).is_file() or not filecmp.cmp(fresh / n, BUNDLE / n, shallow=False)]


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


def build_packages(client: Path, out: Path) -> list[Path]:
    """The client's wheel and sdist, built in isolation with the backend its pyproject pins."""
    with tempfile.TemporaryDirectory(prefix="armrest-client-build-") as scratch:
        source = Path(scratch) / client.name  # a clean copy: no caches or stray files get packed
        shutil.copytree(client, source, ignore=shutil.ignore_patterns("__pycache__", ".*_cache", "*.pyc"))
        env = os.environ | {"SOURCE_DATE_EPOCH": _epoch()}
        command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(source)]
        subprocess.run(command, check=True, env=env)
    return sorted(out.iterdir())


def checksums(root: Path, files: list[Path]) -> str:
    return "".join(
        f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.relative_to(root).as_posix()}\n" for f in files
    )


def release(dist: Path = DIST) -> list[Path]:
    version, client = spec_version(BUNDLE), client_version(CLIENT)
    if client != version:
        raise ReleaseError(
            f"client {client}, contract {version}: run `python3 tools/bootstrap.py -s generate`"
        )
    for name in OWNED:
        target = dist / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    (dist / "openapi").mkdir(parents=True)
    files = [Path(shutil.copy2(BUNDLE / n, dist / "openapi" / n)) for n in ("armrest.yaml", "armrest.json")]
    files.append(build_docs.build(BUNDLE / "armrest.yaml", dist / "docs" / "index.html"))
    packages = build_packages(CLIENT, dist / "packages")
    wrong = [p.name for p in packages if f"-{version}" not in p.name]
    if wrong or len(packages) != 2:
        raise ReleaseError(
            f"expected a wheel and an sdist of version {version}, got {[p.name for p in packages]}"
        )
    files += packages
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
