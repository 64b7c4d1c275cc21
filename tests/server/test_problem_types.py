"""Every problem a server answers names its type below the same base (the public URL's path, or a
path relative to the request when none is set): whether the request carried an Idempotency-Key or
missed every operation, a client compares `type` with one string."""

from __future__ import annotations

import pytest

from tests.support.app import CLIENTNO, Api
from tests.support.builders import document_body

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

BASE = "http://testserver/arm/v1/problems/"  # the test app's public URL (tests/support/app.py)
DOCUMENTS = f"/clients/{CLIENTNO}/documents"


def test_a_refused_write_names_its_type_alike_with_and_without_an_idempotency_key(api: Api) -> None:
    # A document for a customer the client does not have: refused by the handler's rules.
    plain = api.post(DOCUMENTS, json=document_body("100234"))
    keyed = api.post(DOCUMENTS, json=document_body("100234"), headers={"Idempotency-Key": "doc-100234"})
    assert plain.status_code == keyed.status_code == 422
    assert plain.json()["type"] == keyed.json()["type"]
    assert plain.json()["type"].startswith(BASE)


def test_a_path_of_no_operation_names_its_type_below_the_same_base(api: Api) -> None:
    answer = api.get("/no-such-operation")
    assert answer.status_code == 404
    assert answer.json()["type"].startswith(BASE)


def test_a_refused_token_request_names_its_type_below_the_same_base(api: Api) -> None:
    answer = api.client.post("/token", data={"grant_type": "password"})
    assert answer.status_code == 400
    assert answer.json()["type"].startswith(BASE)
