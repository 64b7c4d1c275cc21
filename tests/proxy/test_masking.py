"""A masking catalogue: every secret and personal number, in every form a client may send it (plain,
percent-encoded, split by a space, plus or dash, a near miss quoted by a validator, under a header or
query name that says it is a key), sent through the proxy to an upstream that echoes it back; none
of it may appear in the exchange log or the report, in any of its forms.
"""

from __future__ import annotations

from urllib.parse import quote, unquote_plus

import httpx
import orjson
import pytest

from tests.proxy.conftest import proxy

BIRTH, ORG = "01017012345", "923609016"
CUSTOMERS = "/arm/v1/clients/2218/customers"


def _encoded_all(text: str) -> str:
    return "".join(f"%{ord(c):02X}" for c in text)


# (name, path, query, headers, JSON body): each carries the secret in one form.
FORMS: list[tuple[str, str, dict[str, str], dict[str, str], object]] = [
    ("birth number in the path", f"{CUSTOMERS}/{BIRTH}", {}, {}, None),
    ("percent-encoded birth number in the path", f"{CUSTOMERS}/{_encoded_all(BIRTH)}", {}, {}, None),
    ("birth number 6+5 in the query", CUSTOMERS, {"q": f"{BIRTH[:6]} {BIRTH[6:]}"}, {}, None),
    ("birth number 6+5 with a plus", f"{CUSTOMERS}?q={BIRTH[:6]}+{BIRTH[6:]}", {}, {}, None),
    ("percent-encoded organisation number", f"{CUSTOMERS}?q={_encoded_all(ORG)}", {}, {}, None),
    ("organisation number 3+3+3", CUSTOMERS, {"q": f"{ORG[:3]} {ORG[3:6]} {ORG[6:]}"}, {}, None),
    ("X-Api-Key header", CUSTOMERS, {}, {"X-Api-Key": "k3y-0f-the-caller"}, None),
    ("api_key in the query", CUSTOMERS, {"api_key": "k3y-in-the-query"}, {}, None),
    ("a birth number one digit too long", CUSTOMERS, {}, {}, {"ssn": BIRTH + "9"}),
    ("a birth number with a letter", CUSTOMERS, {}, {}, {"ssn": BIRTH + "x"}),
    ("a birth number as a 10-digit integer", CUSTOMERS, {}, {}, {"ssn": int(BIRTH[1:])}),
    ("an organisation number one digit short", CUSTOMERS, {}, {}, {"organizationNo": ORG[:-1]}),
]
SECRET_TEXTS = ["k3y-0f-the-caller", "k3y-in-the-query", BIRTH, BIRTH[1:], ORG[:-1], ORG]


def _echo(request: httpx.Request) -> httpx.Response:
    """An upstream that echoes what it got in its answer's headers (the proxy logs response headers)."""
    return httpx.Response(
        400,
        headers={"X-Echo-Path": request.url.raw_path.decode(), "Content-Type": "application/problem+json"},
        json={"title": "echo", "status": 400},
    )


@pytest.mark.parametrize(("form", "path", "query", "headers", "body"), FORMS, ids=[f[0] for f in FORMS])
def test_no_form_of_a_secret_reaches_the_log_or_the_report(
    form: str, path: str, query: dict[str, str], headers: dict[str, str], body: object
) -> None:
    with proxy(httpx.MockTransport(_echo)) as proxied:
        if body is None:
            proxied.client.get(path, params=query, headers={"Authorization": "Bearer x", **headers})
        else:
            customer = {"customerNo": "77", "name": "Ola", **body}  # type: ignore[dict-item]
            proxied.client.post(
                path,
                content=orjson.dumps({"metadata": {"userId": "u"}, "customer": customer}),
                headers={"Authorization": "Bearer x", "Content-Type": "application/json"},
            )
        written = proxied.sink.getvalue().decode() + orjson.dumps(proxied.report()).decode()
    assert proxied.lines(), "no exchange was logged"
    if body is not None:  # the validator did judge the value, and quoted it
        assert any(v["kind"] == "requestBody" for v in proxied.lines()[0]["violations"]), written
    leaked = [
        shown
        for secret in SECRET_TEXTS
        for shown in (secret, quote(secret), _encoded_all(secret), _encoded_all(secret).lower())
        if shown in written
    ]
    # A number split by spaces, pluses or dashes, or percent-encoded, is the number all the same.
    joined = unquote_plus(written).replace(" ", "").replace("-", "")
    leaked += [number for number in (BIRTH, ORG) if number in joined]
    assert leaked == [], written
