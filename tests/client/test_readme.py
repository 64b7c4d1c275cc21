"""The client's README (generated/armrest-client/README.md, from overrides/templates/README.md.jinja) is an
integration that runs: its ```python blocks, put together, run as written against `armrest serve`. Its
`mypy --strict` check is in test_typing (one mypy run for both samples)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from tests.client.conftest import CLIENT_PROJECT
from tests.support.server import Server

README = CLIENT_PROJECT / "README.md"


def readme_code(readme: Path = README) -> str:
    """The README's ```python blocks, in order, as one script."""
    blocks = re.findall(r"^```python\n(.*?)^```$", readme.read_text(encoding="utf-8"), flags=re.M | re.S)
    assert blocks, f"{readme} has no python blocks"
    return "\n\n".join(blocks)


def test_the_readme_integration_runs_against_the_sandbox(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ARMREST_BASE_URL", server.base_url)
    monkeypatch.setenv("ARMREST_CLIENT_ID", server.client_id)
    monkeypatch.setenv("ARMREST_CLIENT_SECRET", server.client_secret)
    exec(compile(readme_code(), str(README), "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out.splitlines()
    assert "12 open items, 4195.75 open" in out  # the sum of Decimals, exact
    paid = [line.split()[1] for line in out if re.fullmatch(r"paid \S+ on AR item \d+", line)]
    assert [Decimal(amount) for amount in paid] == [Decimal("1250.50")], out
    assert any(line.startswith("404 ") for line in out), out
    assert any(re.match(r"BANK-\d+-X FAILED \[", line) for line in out), out  # the typed 422 body
    assert any(re.fullmatch(r".+\.csv \d+ bytes", line) for line in out), out
    # per-call options and page helpers, the raw answer, the caller's httpx client, the error root
    assert any(re.fullmatch(r"request id erp-\d+ more pages: (True|False)", line) for line in out), out
    assert any(re.fullmatch(r"201 http://\S+/customers/K\d+-2 \S+ CREATED", line) for line in out), out
    assert any(line.startswith("through my client: K") for line in out), out
    assert any("did you mean 'http://127.0.0.1:8080/arm/v1'?" in line for line in out), out
    assert "no answer: is the API served at http://127.0.0.1:1? check base_url" in out, out


def test_the_blocks_are_found(tmp_path: Path) -> None:
    page = tmp_path / "README.md"
    page.write_text("# x\n```python\na = 1\n```\ntext\n```sh\nls\n```\n```python\nb = a\n```\n")
    assert readme_code(page) == "a = 1\n\n\nb = a\n"
