"""ClientConfigs handlers: the configuration values the rules read, with their defaults."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from armrest_server.api.dates import optional_timestamp
from armrest_server.api.paging import list_page
from armrest_server.domain import config
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import clients
from armrest_server.store.db import reading


def _wire(found: config.Value, language: str) -> dict[str, Any]:
    return {
        "configKey": found.key,
        "description": found.spec.describe(language),
        "valueType": found.spec.value_type,
        "value": found.value,
        "defaultValue": found.spec.default,
        "changedAt": optional_timestamp(found.changed_at),
    }


def _values(conn: Connection, clientno: int) -> list[config.Value]:
    return config.Config(clients.config_overrides(conn, clientno)).values()


def listClientConfigs(call: Call) -> Reply:
    prefix = call.query.get("configkey") or ""

    def ids() -> list[str]:
        return sorted(key for key in config.KEYS if key.startswith(prefix))

    def fetch(conn: Connection, keys: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        found = {v.key: v for v in _values(conn, call.clientno)}
        return {key: _wire(found[key], call.language) for key in keys if key in found}

    return list_page(call, "clientConfigs", ids, fetch)


def getClientConfig(call: Call) -> Reply:
    key = call.path["configkey"]
    if key not in config.KEYS:
        raise not_found(f"Config key {key}", "#/path/configkey")
    with reading(call.services.engine) as conn:
        found = next(v for v in _values(conn, call.clientno) if v.key == key)
    return Reply(200, _wire(found, call.language))
