"""The generated package is typed (`py.typed`) and passes `mypy --strict`; an integrator's code gets the
precise types (pages, records, unwrapped results) and wrong arguments are caught."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.client.conftest import CLIENT_PROJECT
from tests.client.test_readme import readme_code
from tests.support.processes import unmeasured

pytestmark = pytest.mark.slow  # runs the client generator and mypy

PACKAGE = CLIENT_PROJECT / "armrest_client"

INTEGRATOR = textwrap.dedent(
    """
    from typing import reveal_type

    from armrest_client import ArmrestClient, aiter_items, iter_items, iter_pages, unwrap
    from armrest_client.api.ar_items import list_ar_items
    from armrest_client.api.customers import get_customer, list_customers

    client = ArmrestClient("http://127.0.0.1:8080/arm/v1", token="t")
    for customer in iter_items(list_customers.sync, 2218, client=client, page_size=100):
        reveal_type(customer)
    for page in iter_pages(list_customers.sync, 2218, client=client):
        reveal_type(page)
    reveal_type(unwrap(get_customer.sync(2218, "543210", client=client)))
    arm = client.client(2218)
    reveal_type(arm.customers.get("543210"))
    for record in arm.customers.iter(page_size=100):
        reveal_type(record)
    raw = arm.customers.with_raw_response.get("543210", timeout=5.0, extra_headers={"X-Request-Id": "r"})
    reveal_type(raw)
    reveal_type(raw.parsed.request_id)
    reveal_type(arm.customers.list(max_retries=0).next_page())
    reveal_type(client.with_options(timeout=10.0).client(2218))


    async def read() -> None:
        async for item in aiter_items(list_ar_items.asyncio, 2218, client=client):
            reveal_type(item)


    iter_items(list_customers.sync, 2218, client=client, page_size="100")
    iter_items(get_customer.sync, 2218, "543210", client=client)
    arm.customers.get("543210", max_retries="3")
    """
)


def test_the_package_is_marked_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()
    assert "[tool.mypy]\nstrict = true" in (CLIENT_PROJECT / "pyproject.toml").read_text()


def mypy(*args: str, cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("mypy", reason="mypy is a test dependency")
    env = unmeasured(MYPYPATH=str(CLIENT_PROJECT))  # mypy runs none of our code
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-error-summary", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_package_passes_mypy_strict(tmp_path: Path) -> None:
    """The package (with the hand-written runtime of overrides/) and the generator's additions."""
    generator = CLIENT_PROJECT.parents[1] / "overrides" / "generator.py"
    result = mypy("--strict", "armrest_client", str(generator), cwd=CLIENT_PROJECT, cache=tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_integrators_code_gets_precise_types(tmp_path: Path) -> None:
    """The sample above, and the README's integration (which must pass `mypy --strict` as written)."""
    sample = tmp_path / "integrator.py"
    sample.write_text(INTEGRATOR)
    readme = tmp_path / "readme.py"
    readme.write_text(readme_code())
    result = mypy(
        "--strict",
        "--config-file",
        os.devnull,
        sample.name,
        readme.name,
        cwd=tmp_path,
        cache=tmp_path / "cache",
    )
    assert [line for line in result.stdout.splitlines() if line.startswith("readme.py")] == []
    lines = [
        line.split(": ", 1)[1] for line in result.stdout.splitlines() if line.startswith("integrator.py")
    ]
    assert 'note: Revealed type is "armrest_client.models.customer.Customer"' in lines
    assert 'note: Revealed type is "armrest_client.models.customer_list.CustomerList"' in lines
    assert 'note: Revealed type is "armrest_client.models.ar_item.ArItem"' in lines
    # iter_items, unwrap, and the resource's get and iter
    assert lines.count('note: Revealed type is "armrest_client.models.customer.Customer"') == 4
    raw = 'note: Revealed type is "armrest_client.calls.RawResponse[armrest_client.models.customer.Customer]"'
    assert raw in lines
    assert 'note: Revealed type is "str | None"' in lines  # a typed result's request_id
    assert 'note: Revealed type is "armrest_client.models.customer_list.CustomerList"' in lines  # next_page
    assert 'note: Revealed type is "armrest_client.api.ClientApi"' in lines  # a view's resources
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 3, result.stdout
    assert 'Argument "page_size" to "iter_items" has incompatible type "str"' in errors[0]
    assert 'Argument 1 to "iter_items" has incompatible type' in errors[1]  # getCustomer is no list
    assert 'Argument "max_retries" to "get" of "CustomersResource" has incompatible type "str"' in errors[2]
