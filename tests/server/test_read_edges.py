"""Edges of reads and generated numbers: one expansion of an AR item without the other, an item
without a document, and the KID sequence where MOD11 gives a number no check digit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from armrest_server.domain import identifiers
from armrest_server.store.tables import ar_items
from tests.server.test_clientconfigs import set_config
from tests.support.app import CLIENTNO, Api
from tests.support.builders import create_customer, create_document, posting, postings_body

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

ITEMS = f"/clients/{CLIENTNO}/aritems"


def test_expanding_the_document_alone_embeds_no_applications(api: Api) -> None:
    create_customer(api, "543210")
    item = create_document(api, "100234")["arItemId"]
    body = api.get(f"{ITEMS}/{item}?expand=document").json()
    assert (body["document"]["documentNo"], "applications" in body) == ("100234", False)


def test_an_unapplied_payment_expands_its_applications_and_has_no_document(api: Api) -> None:
    create_customer(api, "543210")
    today = api.services.today().isoformat()
    paid = api.post(
        f"/clients/{CLIENTNO}/autopostings/payment",
        json=postings_body(posting("P-1", today, 500, customerNo="543210")),
    )
    assert paid.status_code == 201, paid.text
    with api.services.engine.connect() as conn:
        item = conn.execute(select(ar_items.c.id).where(ar_items.c.document_id.is_(None))).scalar_one()
    body = api.get(f"{ITEMS}/{item}?expand=document,applications").json()
    assert ("document" in body, body["applications"], body["remainingAmount"]) == (False, [], -500.0)


def test_a_kid_sequence_number_without_a_mod11_check_digit_is_skipped_and_never_reused(api: Api) -> None:
    # Under MOD11 the sequence number 6 has no check digit: the sixth document takes 7, the next 8.
    set_config(api, "kidAlgorithm", "MOD11")
    set_config(api, "kidLength", 8)
    create_customer(api, "543210")
    day = (api.services.today() - timedelta(days=1)).isoformat()
    kids = [create_document(api, f"A-{n}", documentDate=day)["kid"] for n in range(1, 8)]
    assert kids == [identifiers.kid_from_sequence(n, "MOD11", 8) for n in (1, 2, 3, 4, 5, 7, 8)]
