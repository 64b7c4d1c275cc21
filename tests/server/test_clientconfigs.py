"""Client configs: every key the rules read, its effective value, its default, in both languages."""

from __future__ import annotations

import re
from typing import Any

import pytest

from armrest_server.domain import config
from armrest_server.store import clients
from armrest_server.store.db import writing
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, spec

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/clientconfigs"


def listed(api: Api, query: str = "", **kwargs: Any) -> list[dict[str, Any]]:
    response = api.get(f"{PATH}?{query}", **kwargs)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["clientConfigs"]
    return found


def set_config(api: Api, key: str, value: Any, clientno: int = CLIENTNO) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, clientno, key, value)


def test_every_key_is_listed_in_key_order(api: Api) -> None:
    assert [c["configKey"] for c in listed(api)] == sorted(config.KEYS)


def test_a_key_never_set_has_its_default(api: Api) -> None:
    due = next(c for c in listed(api) if c["configKey"] == "dueDays")
    assert (due["value"], due["defaultValue"], due["changedAt"], due["valueType"]) == (
        14,
        14,
        None,
        "INTEGER",
    )


def test_a_value_the_client_set_overrides_the_default(api: Api) -> None:
    set_config(api, "dueDays", 20)
    due = api.get(f"{PATH}/dueDays").json()
    assert (due["value"], due["defaultValue"], due["changedAt"] is not None) == (20, 14, True)


def test_a_list_value(api: Api) -> None:
    set_config(api, "allowedFileTypes", ["PDF"])
    assert api.get(f"{PATH}/allowedFileTypes").json()["value"] == ["PDF"]


def test_the_rules_read_the_value_shown(api: Api) -> None:
    set_config(api, "kidLength", 12)
    with api.services.engine.connect() as conn:
        assert (
            config.Config(clients.config_overrides(conn, CLIENTNO)).value("kidLength")
            == api.get(f"{PATH}/kidLength").json()["value"]
        )


def test_values_of_another_client_do_not_show(api: Api) -> None:
    set_config(api, "dueDays", 30, clientno=OTHER_CLIENTNO)
    assert api.get(f"{PATH}/dueDays").json()["value"] == 14


def test_configkey_narrows_to_keys_starting_with_it(api: Api) -> None:
    assert [c["configKey"] for c in listed(api, "configkey=kid")] == ["kidAlgorithm", "kidLength"]


def test_configkey_is_case_sensitive(api: Api) -> None:
    assert listed(api, "configkey=KID") == []


def test_descriptions_in_norwegian_by_default_and_english_on_request(api: Api) -> None:
    norwegian = api.get(f"{PATH}/maxFileSize").json()["description"]
    english = api.get(f"{PATH}/maxFileSize", headers={"Accept-Language": "en"}).json()["description"]
    assert (norwegian, english) == (
        "Største fil klienten kan laste opp, i byte (etter base64-dekoding).",
        "Largest file the client may upload, in bytes (after base64 decoding).",
    )


def test_list_descriptions_follow_accept_language(api: Api) -> None:
    found = listed(api, headers={"Accept-Language": "en"})
    assert [c["description"] for c in found] == [config.KEYS[c["configKey"]].description for c in found]


def test_an_unknown_key_answers_404(api: Api) -> None:
    response = api.get(f"{PATH}/colour")
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (404, "#/path/configkey")


def test_a_malformed_key_answers_400(api: Api) -> None:
    assert api.get(f"{PATH}/Due-Days").status_code == 400


def test_pages_of_configs(api: Api) -> None:
    first = api.get(f"{PATH}?pagesize=5").json()
    second = api.get(f"{PATH}?query={first['summary']['queryId']}&pageno=2").json()
    keys = [c["configKey"] for c in first["clientConfigs"] + second["clientConfigs"]]
    assert keys == sorted(config.KEYS)


def test_another_clients_configs_need_its_grant(api: Api) -> None:
    assert api.get(f"/clients/{OTHER_CLIENTNO}/clientconfigs").status_code == 403


# --- the contract and the server name the same keys and defaults -----------------------------------
CONTRACT_TEXT: str = spec().document["components"]["schemas"]["ClientConfig"]["description"]
# "- `key` (default, TYPE ...)": a list default is written `[a, b]`.
LISTED = dict(re.findall(r"^- `(\w+)` \((`\[[^\]]*\]`|[^,]+),", CONTRACT_TEXT, flags=re.MULTILINE))


def test_the_contract_lists_exactly_the_servers_keys() -> None:
    assert sorted(LISTED) == sorted(config.KEYS)


@pytest.mark.parametrize("key", sorted(config.KEYS))
def test_the_contract_states_the_servers_default(key: str) -> None:
    default = config.KEYS[key].default
    text = f"[{', '.join(map(str, default))}]" if isinstance(default, list) else str(default)
    assert LISTED[key].strip("`") == text


@pytest.mark.parametrize("key", sorted(config.KEYS))
def test_the_contract_states_the_servers_type(key: str) -> None:
    assert re.search(
        rf"^- `{key}` \([^)]*\b{config.KEYS[key].value_type}\b", CONTRACT_TEXT, flags=re.MULTILINE
    )
