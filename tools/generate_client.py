"""The generate stage: generated/openapi/armrest.yaml -> generated/armrest-client/ (the Python client).

    python tools/generate_client.py                   # (re)generate generated/armrest-client/
    python tools/generate_client.py --output DIR      # generate into DIR instead (the drift test)
    python tools/generate_client.py --check           # generate aside and compare: exit 1 naming the files

Run it with a Python that has the exact pins of overrides/generator-requirements.txt (openapi-python-client
and ruff; `nox -s generate` makes one). What it does, in a fresh temporary folder:
1. puts the hand-written modules of overrides/armrest_client/ (auth, paging, retries, problems, polling and
   the `ArmrestClient` factory) into the package folder;
2. runs openapi-python-client with overrides/client-config.yaml and the templates of overrides/templates/,
   failing on any warning (no operation may be skipped). Its post hooks (ruff fix and format) run with the
   ruff of this same environment, so the output is byte-identical on every rerun;
3. checks the result: one endpoint module per operation of the bundle, the version of the bundle's
   `info.version`, `py.typed`;
4. replaces the output folder with it.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "generated" / "openapi" / "armrest.yaml"
OUTPUT = ROOT / "generated" / "armrest-client"
OVERRIDES = ROOT / "overrides"
CONFIG = OVERRIDES / "client-config.yaml"
GENERATOR = OVERRIDES / "generator.py"
TEMPLATES = OVERRIDES / "templates"
HAND_WRITTEN = OVERRIDES / "armrest_client"
REQUIREMENTS = OVERRIDES / "generator-requirements.txt"
PROJECT = "armrest-client"
PACKAGE = "armrest_client"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


class GenerationError(RuntimeError):
    pass


def pins() -> dict[str, str]:
    """The exact versions of overrides/generator-requirements.txt."""
    found: dict[str, str] = {}
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            found[name.strip()] = version.strip()
    return found


def check_pins() -> None:
    wrong = []
    for name, version in pins().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != version:
            wrong.append(f"{name}=={version} is pinned, {installed} is in {sys.prefix}")
    if wrong:
        raise GenerationError("; ".join(wrong) + f" (install -r {REQUIREMENTS.relative_to(ROOT)})")


def load_spec(spec: Path) -> dict[str, object]:
    from ruamel.yaml import YAML  # the generator's own YAML reader

    document = YAML(typ="safe").load(spec.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise GenerationError(f"{spec} is not an OpenAPI document")
    return document


def operation_ids(document: dict[str, object]) -> list[str]:
    ids = []
    paths = document.get("paths")
    assert isinstance(paths, dict)
    for item in paths.values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                ids.append(str(operation["operationId"]))
    return ids


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def generate(spec: Path, project: Path) -> None:
    """Generate the client project into `project` (which must not exist)."""
    package = project / PACKAGE
    package.mkdir(parents=True)
    for module in sorted(HAND_WRITTEN.glob("*.py")):
        shutil.copyfile(module, package / module.name)
    scripts = sysconfig.get_path("scripts")
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    env.pop("RUFF_CACHE_DIR", None)
    command = [
        sys.executable,
        str(GENERATOR),  # openapi-python-client with the additions of overrides/generator.py
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "uv",  # a pyproject project (overrides/templates/pyproject.toml.jinja: built with hatchling)
        "--output-path",
        str(project),
        "--overwrite",  # the folder exists: it holds the hand-written modules
        "--fail-on-warning",
    ]
    result = subprocess.run(command, cwd=project.parent, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise GenerationError(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
    for junk in [p for p in project.rglob("*") if p.name in IGNORED]:
        shutil.rmtree(junk, ignore_errors=True)


def verify(document: dict[str, object], project: Path) -> None:
    package = project / PACKAGE
    modules = {p.stem for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    missing = [op for op in operation_ids(document) if snake(op) not in modules]
    if missing:
        raise GenerationError(f"operations without an endpoint module: {', '.join(missing)}")
    info = document.get("info")
    assert isinstance(info, dict)
    version = str(info["version"])
    pyproject = (project / "pyproject.toml").read_text()
    if f'\nversion = "{version}"\n' not in pyproject:
        raise GenerationError(f"pyproject.toml does not carry info.version {version}")
    if f'__version__ = "{version}"' not in (package / "__init__.py").read_text():
        raise GenerationError(f"{PACKAGE}.__version__ is not info.version {version}")
    typed = package / "py.typed"
    if not typed.exists():
        typed.write_text("# Marker file for PEP 561\n")
    for module in HAND_WRITTEN.glob("*.py"):
        if not (package / module.name).exists():
            raise GenerationError(f"{module.name} went missing from the package")


def add_project_urls(document: dict[str, object], project: Path) -> None:
    """`[project.urls]` of the client's pyproject.toml from the bundle (`info.contact.url`, the first of
    `servers`), so the wheel names them without a second copy of the contract's addresses."""
    info = document.get("info")
    servers = document.get("servers")
    assert isinstance(info, dict) and isinstance(servers, list)
    urls = {"Homepage": str(info["contact"]["url"]), "API": str(servers[0]["url"])}
    table = "".join(f'{name} = "{url}"\n' for name, url in urls.items())
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + f"\n[project.urls]\n{table}")


def files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not IGNORED.intersection(p.relative_to(folder).parts)
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """The files that differ: `+ x` only in actual, `- x` only in expected, `~ x` in both but changed."""
    mine, theirs = files(expected), files(actual)
    differences = [f"- {name}" for name in sorted(mine - theirs)]
    differences += [f"+ {name}" for name in sorted(theirs - mine)]
    differences += [
        f"~ {name}"
        for name in sorted(mine & theirs)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return sorted(differences, key=lambda line: line[2:])


def build(spec: Path, output: Path) -> None:
    """Generate into a temporary folder, verify, then replace `output` with it."""
    check_pins()
    document = load_spec(spec)
    with tempfile.TemporaryDirectory(prefix="armrest-client-") as scratch:
        project = Path(scratch) / PROJECT
        generate(spec, project)
        add_project_urls(document, project)
        verify(document, project)
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(project, output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=SPEC, help="the bundle (default: %(default)s)")
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help="the project folder (default: %(default)s)"
    )
    parser.add_argument("--check", action="store_true", help="generate aside and compare with --output")
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="armrest-client-check-") as scratch:
                fresh = Path(scratch) / PROJECT
                build(args.spec, fresh)
                differences = compare(args.output, fresh)
            if differences:
                print(
                    f"{args.output} does not match its inputs (`python3 tools/bootstrap.py -s generate`):",
                    file=sys.stderr,
                )
                print("\n".join(differences), file=sys.stderr)
                return 1
            print(f"{args.output} matches its inputs")
            return 0
        build(args.spec, args.output)
    except GenerationError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    print(f"generated {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
