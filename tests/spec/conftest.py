from __future__ import annotations

from typing import Any

import pytest

from tests.support import spec as contract


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return contract.load()


@pytest.fixture(scope="session")
def ops(spec: dict[str, Any]) -> dict[str, contract.Operation]:
    return {op.operation_id: op for op in contract.operations(spec)}
