"""Bearer tokens: what is refused (401), what a token grants (403 otherwise), and the token endpoint."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Any

import jwt
import orjson
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from armrest_server.auth import hash_secret
from armrest_server.store import security
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api

PATH = f"/clients/{CLIENTNO}/clientconfigs"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class FromNow(int):
    """A time claim as seconds from the moment the token is signed (never from when the module loaded)."""


def claims(api: Api, **changes: Any) -> dict[str, Any]:
    now = int(time.time())
    changes = {k: now + v if isinstance(v, FromNow) else v for k, v in changes.items()}
    settings = api.services.settings
    found = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": "tester",
        "clients": [CLIENTNO],
        "iat": now,
        "nbf": now,
        "exp": now + 600,
    }
    return {k: v for k, v in (found | changes).items() if v is not None}


def signed(api: Api, **changes: Any) -> str:
    return jwt.encode(claims(api, **changes), api.services.authority.key, algorithm="HS256")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def handmade(header: dict[str, Any], payload: dict[str, Any], sign: Any) -> str:
    """A token assembled by hand, so its header can claim any algorithm."""
    signing_input = f"{b64(orjson.dumps(header))}.{b64(orjson.dumps(payload))}"
    return f"{signing_input}.{b64(sign(signing_input.encode()))}"


def refused(api: Api, authorization: str | None) -> Any:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = api.client.get(f"/arm/v1{PATH}", headers=headers)
    assert (response.status_code, response.headers["content-type"]) == (401, "application/problem+json")
    return response


def test_a_valid_token_is_accepted(sqlite_api: Api) -> None:
    assert sqlite_api.get(PATH, token=signed(sqlite_api)).status_code == 200


def test_a_missing_token_answers_401_with_a_challenge(sqlite_api: Api) -> None:
    assert refused(sqlite_api, None).headers["www-authenticate"] == 'Bearer realm="armrest"'


@pytest.mark.parametrize(
    "authorization", ["Basic dGVzdDp0ZXN0", "Bearer", "Bearer ", "token abc", "Bearer a.b.c"]
)
def test_a_malformed_authorization_answers_401(sqlite_api: Api, authorization: str) -> None:
    assert refused(sqlite_api, authorization).headers["www-authenticate"].startswith('Bearer realm="armrest"')


@pytest.mark.parametrize(
    "changes",
    [
        {"exp": FromNow(-60), "iat": FromNow(-700), "nbf": FromNow(-700)},
        {"nbf": FromNow(600)},
        {"iss": "someone-else"},
        {"aud": "another-api"},
        {"exp": None},
        {"sub": None},
        {"clients": None},
        {"clients": ["2218"]},
        {"clients": [True]},
        {"clients": [CLIENTNO, False]},
        {"clients": [float(CLIENTNO)]},
        {"clients": CLIENTNO},
    ],
    ids=[
        "expired",
        "not yet valid",
        "wrong issuer",
        "wrong audience",
        "no exp",
        "no sub",
        "no clients",
        "clients as text",
        "clients as a boolean",
        "a boolean among the clients",
        "clients as a float",
        "clients not a list",
    ],
)
def test_a_token_with_wrong_claims_answers_401(sqlite_api: Api, changes: dict[str, Any]) -> None:
    response = refused(sqlite_api, f"Bearer {signed(sqlite_api, **changes)}")
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


def test_a_token_signed_with_another_key_answers_401(sqlite_api: Api) -> None:
    token = jwt.encode(claims(sqlite_api), "another key of at least thirty-two bytes", algorithm="HS256")
    refused(sqlite_api, f"Bearer {token}")


def test_a_tampered_payload_answers_401(sqlite_api: Api) -> None:
    header, _payload, signature = signed(sqlite_api).split(".")
    payload = b64(orjson.dumps(claims(sqlite_api, clients=[CLIENTNO, OTHER_CLIENTNO])))
    refused(sqlite_api, f"Bearer {header}.{payload}.{signature}")


def test_alg_none_answers_401(sqlite_api: Api) -> None:
    token = handmade({"alg": "none", "typ": "JWT"}, claims(sqlite_api), lambda _data: b"")
    refused(sqlite_api, f"Bearer {token}")


def test_a_token_claiming_another_hmac_algorithm_answers_401(sqlite_api: Api) -> None:
    key = sqlite_api.services.authority.key.encode()
    token = handmade(
        {"alg": "HS512", "typ": "JWT"},
        claims(sqlite_api),
        lambda data: hmac.new(key, data, hashlib.sha512).digest(),
    )
    refused(sqlite_api, f"Bearer {token}")


def test_an_rs256_token_answers_401(sqlite_api: Api) -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    refused(sqlite_api, f"Bearer {jwt.encode(claims(sqlite_api), pem, algorithm='RS256')}")


def test_algorithm_confusion_hs256_signature_under_an_rs256_header_answers_401(sqlite_api: Api) -> None:
    # The classic confusion: an HMAC signature made with the verifier's key, the header claiming RS256.
    key = sqlite_api.services.authority.key.encode()
    token = handmade(
        {"alg": "RS256", "typ": "JWT"},
        claims(sqlite_api),
        lambda data: hmac.new(key, data, hashlib.sha256).digest(),
    )
    refused(sqlite_api, f"Bearer {token}")


def test_a_token_for_another_client_answers_403(sqlite_api: Api) -> None:
    token = signed(sqlite_api, clients=[OTHER_CLIENTNO])
    response = sqlite_api.get(PATH, token=token)
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (403, "#/path/clientno")


def test_a_token_for_several_clients_reaches_each(sqlite_api: Api) -> None:
    token = signed(sqlite_api, clients=[CLIENTNO, OTHER_CLIENTNO])
    statuses = [
        sqlite_api.get(f"/clients/{c}/clientconfigs", token=token).status_code
        for c in (CLIENTNO, OTHER_CLIENTNO)
    ]
    assert statuses == [200, 200]


def test_health_needs_no_token(sqlite_api: Api) -> None:
    assert sqlite_api.client.get("/arm/v1/health").status_code == 200


# --- POST /token -----------------------------------------------------------------------------------
@pytest.fixture
def api_client(sqlite_api: Api) -> tuple[str, str]:
    security.add_api_client(sqlite_api.services.engine, "erp", hash_secret("s3cret"), [CLIENTNO])
    return "erp", "s3cret"


def token_request(api: Api, form: str, headers: dict[str, str] | None = None) -> Any:
    return api.client.post("/token", content=form, headers=FORM | (headers or {}))


def test_client_credentials_issue_a_bearer_token(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    client_id, secret = api_client
    before = int(time.time())
    body = token_request(
        sqlite_api, f"grant_type=client_credentials&client_id={client_id}&client_secret={secret}"
    ).json()
    assert (
        body["token_type"],
        body["expires_in"],
        before + 3600 <= body["expires_on"] <= int(time.time()) + 3600,
        isinstance(body["access_token"], str),
    ) == ("Bearer", 3600, True, True)


def test_the_issued_token_works(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    body = token_request(
        sqlite_api, "grant_type=client_credentials&client_id=erp&client_secret=s3cret"
    ).json()
    assert sqlite_api.get(PATH, token=body["access_token"]).status_code == 200


def test_the_issued_token_grants_only_the_api_clients_clients(
    sqlite_api: Api, api_client: tuple[str, str]
) -> None:
    body = token_request(
        sqlite_api, "grant_type=client_credentials&client_id=erp&client_secret=s3cret"
    ).json()
    assert (
        sqlite_api.get(f"/clients/{OTHER_CLIENTNO}/clientconfigs", token=body["access_token"]).status_code
        == 403
    )


def test_basic_credentials_work_too(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    basic = {"Authorization": "Basic " + base64.b64encode(b"erp:s3cret").decode()}
    assert token_request(sqlite_api, "grant_type=client_credentials", basic).status_code == 200


def test_a_wrong_secret_answers_401_invalid_client(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    response = token_request(sqlite_api, "grant_type=client_credentials&client_id=erp&client_secret=wrong")
    assert (response.status_code, response.json()["error"]) == (401, "invalid_client")


def test_an_unknown_client_answers_401_invalid_client(sqlite_api: Api) -> None:
    response = token_request(sqlite_api, "grant_type=client_credentials&client_id=nobody&client_secret=x")
    assert (response.status_code, response.json()["error"]) == (401, "invalid_client")


def test_another_grant_type_answers_400(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    response = token_request(sqlite_api, "grant_type=password&client_id=erp&client_secret=s3cret")
    assert (response.status_code, response.json()["error"]) == (400, "unsupported_grant_type")


def test_a_json_token_request_answers_400(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    response = sqlite_api.client.post(
        "/token", json={"grant_type": "client_credentials", "client_id": "erp", "client_secret": "s3cret"}
    )
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")


def test_token_answers_are_not_cached(sqlite_api: Api, api_client: tuple[str, str]) -> None:
    response = token_request(sqlite_api, "grant_type=client_credentials&client_id=erp&client_secret=s3cret")
    assert response.headers["cache-control"] == "no-store"
