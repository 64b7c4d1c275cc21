"""Document bundles: documents of one customer and bundleKey share a bundle; lists and reads."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.support.app import CLIENTNO, Api, table_counts
from tests.support.builders import create_customer, create_document, document_body, line

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

BUNDLES = f"/clients/{CLIENTNO}/documentbundles"


@pytest.fixture
def customers(api: Api) -> Api:
    create_customer(api, "543210", distribution={"type": "H"})
    create_customer(api, "543211", distribution={"type": "H"})
    return api


def bundle_of(api: Api, document_no: str) -> int:
    response = api.get(f"/clients/{CLIENTNO}/documents/{document_no}")
    assert response.status_code == 200, response.text
    return int(response.json()["documentBundleId"])


def get_bundle(api: Api, bundle_id: int) -> dict[str, Any]:
    response = api.get(f"{BUNDLES}/{bundle_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_documents_of_one_customer_and_key_share_a_bundle(customers: Api) -> None:
    first = create_document(customers, "1", bundleKey="M2026-03")["documentBundleId"]
    second = create_document(customers, "2", bundleKey="m2026-03")["documentBundleId"]
    assert first == second


def test_the_same_key_of_another_customer_is_another_bundle(customers: Api) -> None:
    create_document(customers, "1", bundleKey="M2026-03")
    create_document(customers, "2", bundleKey="M2026-03", customer_no="543211")
    assert bundle_of(customers, "1") != bundle_of(customers, "2")


def test_a_document_without_key_gets_a_bundle_of_its_own(customers: Api) -> None:
    create_document(customers, "1")
    create_document(customers, "2")
    assert bundle_of(customers, "1") != bundle_of(customers, "2")


def test_bundle_lists_its_documents_with_the_net_total(customers: Api) -> None:
    create_document(customers, "2", bundleKey="B", documentDate="2026-03-13")
    create_document(customers, "1", bundleKey="B", documentDate="2026-03-13")
    bundle_id = create_document(
        customers, "3", bundleKey="B", document_type="CREDITNOTE", lines=[line(1, 100, vat_rate=0)]
    )["documentBundleId"]
    bundle = get_bundle(customers, bundle_id)
    assert (
        bundle["documentCount"],
        bundle["totalAmountInclVat"],
        [d["documentNo"] for d in bundle["documents"]],
    ) == (
        3,
        2400,
        ["3", "1", "2"],
    )


def test_bundle_keeps_key_customer_distribution_and_status(customers: Api) -> None:
    bundle = get_bundle(customers, create_document(customers, "1", bundleKey="B")["documentBundleId"])
    assert (bundle["bundleKey"], bundle["customerNo"], bundle["distributionType"], bundle["status"]) == (
        "B",
        "543210",
        "H",
        "DISTRIBUTED",
    )


def test_a_document_of_another_distribution_type_is_refused_from_the_bundle(customers: Api) -> None:
    create_document(customers, "1", bundleKey="B")
    before = table_counts(customers)
    response = customers.post(
        f"/clients/{CLIENTNO}/documents", json=document_body("2", bundleKey="B", distribution={"type": "P"})
    )
    assert (response.status_code, response.json()["errors"][0]["code"], table_counts(customers)) == (
        422,
        "bundle",
        before,
    )


def test_a_full_bundle_takes_no_more_documents(customers: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("armrest_server.domain.documents.MAX_BUNDLE", 2)
    create_document(customers, "1", bundleKey="B")
    create_document(customers, "2", bundleKey="B")
    response = customers.post(f"/clients/{CLIENTNO}/documents", json=document_body("3", bundleKey="B"))
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (422, "/document/bundleKey")


def test_unknown_bundle_answers_404(customers: Api) -> None:
    assert customers.get(f"{BUNDLES}/999999").status_code == 404


def listed(api: Api, query: str = "") -> list[int]:
    response = api.get(f"{BUNDLES}{query}")
    assert response.status_code == 200, response.text
    return [b["documentBundleId"] for b in response.json()["documentBundles"]]


def test_list_is_in_creation_order_with_the_documents(customers: Api) -> None:
    keys: dict[str, dict[str, str]] = {"1": {"bundleKey": "B"}, "2": {}, "3": {"bundleKey": "B"}}
    ids = [create_document(customers, n, **fields)["documentBundleId"] for n, fields in keys.items()]
    response = customers.get(BUNDLES).json()["documentBundles"]
    assert ([b["documentBundleId"] for b in response], [len(b["documents"]) for b in response]) == (
        [ids[0], ids[1]],
        [2, 1],
    )


def test_list_filters_by_customer(customers: Api) -> None:
    create_document(customers, "1")
    other = create_document(customers, "2", customer_no="543211")["documentBundleId"]
    assert (listed(customers, "?customerno=543211"), listed(customers, "?customerno=nobody")) == ([other], [])


def test_list_filters_by_the_utc_date_of_creation(customers: Api) -> None:
    bundle = create_document(customers, "1")["documentBundleId"]
    created = get_bundle(customers, bundle)["createdAt"][:10]
    day = customers.services.now().date()
    later, earlier = (day + timedelta(days=1)).isoformat(), (day - timedelta(days=1)).isoformat()
    assert (
        listed(customers, f"?fromdate={created}&todate={created}"),
        listed(customers, f"?fromdate={later}"),
        listed(customers, f"?todate={earlier}"),
    ) == ([bundle], [], [])


def test_list_with_fromdate_after_todate_answers_422(customers: Api) -> None:
    assert customers.get(f"{BUNDLES}?fromdate=2026-03-02&todate=2026-03-01").status_code == 422
