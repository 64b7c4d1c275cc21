"""Codes: every code table of the contract, in Norwegian and English, covering what the rules use."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import codes, config, ledger
from tests.support.app import Api, spec

SCHEMAS: dict[str, Any] = spec().document["components"]["schemas"]
CODE_TYPES: list[str] = SCHEMAS["CodeType"]["enum"]

# Tables that mirror an enum of the contract: a rule of the server depends on those values.
ENUMS: dict[str, list[str]] = {
    # documentType of documents and of AR items (an unapplied payment is an AR item without a document).
    "documenttype": sorted(set(SCHEMAS["DocumentType"]["enum"]) | set(SCHEMAS["ArItemType"]["enum"])),
    "aritemstatus": SCHEMAS["ArItemStatus"]["enum"],
    "autopostingmethod": SCHEMAS["AutoPostingMethod"]["enum"],
    "postingresulttype": SCHEMAS["AutoPostingResultType"]["enum"],
    "actiontype": SCHEMAS["ActionType"]["enum"],
    "reporttype": SCHEMAS["ReportType"]["enum"],
    "batchtype": SCHEMAS["Batch"]["properties"]["batchType"]["enum"],
    "batchstatus": SCHEMAS["Batch"]["properties"]["status"]["enum"],
}


def table(api: Api, code_type: str, language: str | None = None) -> dict[str, Any]:
    headers = {"Accept-Language": language} if language else {}
    response = api.get(f"/codes/{code_type}", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def values(api: Api, code_type: str) -> list[str]:
    return [c["code"] for c in table(api, code_type)["codes"]]


@pytest.mark.parametrize("code_type", CODE_TYPES)
def test_every_code_type_of_the_contract_has_a_table(sqlite_api: Api, code_type: str) -> None:
    body = table(sqlite_api, code_type)
    assert (body["codeType"], len(body["codes"]) > 0) == (code_type, True)


def test_the_server_has_no_table_the_contract_lacks() -> None:
    assert sorted(codes.code_types()) == sorted(CODE_TYPES)


@pytest.mark.parametrize("code_type", sorted(ENUMS))
def test_tables_behind_a_rule_match_the_contracts_enum(sqlite_api: Api, code_type: str) -> None:
    assert sorted(values(sqlite_api, code_type)) == sorted(ENUMS[code_type])


def test_gl_accounts_are_the_ledgers(sqlite_api: Api) -> None:
    assert values(sqlite_api, "glaccount") == sorted(ledger.ACCOUNTS)


def test_file_types_cover_the_default_allowed_types(sqlite_api: Api) -> None:
    assert set(config.KEYS["allowedFileTypes"].default) <= set(values(sqlite_api, "filetype"))


def test_currencies_cover_the_default_ledger_currency(sqlite_api: Api) -> None:
    assert config.KEYS["currency"].default in values(sqlite_api, "currency")


def test_languages_cover_both_languages_of_the_texts(sqlite_api: Api) -> None:
    assert {"no", "en"} <= set(values(sqlite_api, "language"))


@pytest.mark.parametrize(
    ("code_type", "value"),
    [
        ("customercategory", "CONS"),
        ("distributiontype", "H"),
        ("activestatusweb", "Passive"),
        ("registrationstatus", "FICTITIOUS"),
        ("language", "no"),
        ("currency", "NOK"),
    ],
)
def test_the_documented_example_values_are_codes(code_type: str, value: str) -> None:
    assert codes.canonical(code_type, value) == value


def test_codes_are_ordered_by_code(sqlite_api: Api) -> None:
    found = values(sqlite_api, "currency")
    assert found == sorted(found)


def test_norwegian_is_the_default(sqlite_api: Api) -> None:
    body = table(sqlite_api, "customercategory")
    assert (body["description"], body["codes"][1]["text"]) == ("Kundekategorier", "Privatperson")


def test_english_by_accept_language(sqlite_api: Api) -> None:
    body = table(sqlite_api, "glaccount", "en")
    assert (body["description"], body["codes"][0]["text"]) == ("GL accounts", "Accounts receivable")


def test_a_value_valid_for_a_limited_time_says_so(sqlite_api: Api) -> None:
    public = next(c for c in table(sqlite_api, "customercategory", "en")["codes"] if c["code"] == "PUBL")
    assert public == {
        "code": "PUBL",
        "text": "Public sector",
        "description": "Central and local government and their agencies.",
        "validFrom": "2025-01-01",
    }


def test_canonical_compares_case_insensitively_and_answers_the_tables_spelling() -> None:
    assert (codes.canonical("activestatusweb", "PASSIVE"), codes.canonical("language", "NO")) == (
        "Passive",
        "no",
    )


def test_canonical_knows_no_other_value() -> None:
    assert codes.canonical("customercategory", "VIP") is None


def test_canonical_respects_valid_from() -> None:
    assert (
        codes.canonical("customercategory", "PUBL", on=date(2024, 12, 31)),
        codes.canonical("customercategory", "PUBL", on=date(2025, 1, 1)),
    ) == (None, "PUBL")


def test_an_unknown_code_type_answers_400(sqlite_api: Api) -> None:
    response = sqlite_api.get("/codes/colours")
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (400, "#/path/codetype")


def test_codes_need_a_token(sqlite_api: Api) -> None:
    response = sqlite_api.client.get("/arm/v1/codes/currency")
    assert response.status_code == 401


def test_any_valid_token_reads_codes(sqlite_api: Api) -> None:
    token = sqlite_api.services.authority.issue("someone", [99999]).access_token
    assert sqlite_api.get("/codes/currency", token=token).status_code == 200
