"""What putting the proxy in front of a staging deployment found: links that led past the proxy, a
base URL written with the contract's path, credentials in --upstream, the token endpoint and
client-caused statuses taken for drift, a report that grew with client-chosen names, and report
files in folders that did not exist."""

from __future__ import annotations

import io
import socket
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from starlette.testclient import TestClient

from armrest_server import cli
from armrest_server.http import spec as http_spec
from armrest_server.proxy.app import REPORT_PATH, build
from armrest_server.proxy.report import MAX_KEY_BYTES, MAX_KEY_CHARS, MORE, Keys
from tests.proxy.conftest import UPSTREAM, proxy
from tests.support.app import spec

TOKEN = {"Authorization": "Bearer t"}
CUSTOMERS = "/arm/v1/clients/2218/customers"


def _page(request: httpx.Request) -> httpx.Response:
    """An upstream whose answers link to itself, as a deployment's do."""
    origin = f"{request.url.scheme}://{request.url.host}"
    items = f"{origin}{request.url.path}"
    return httpx.Response(
        201 if request.method == "POST" else 200,
        headers={"Location": f"{items}/77", "Link": f'<{items}?page=2>; rel="next"'},
        json={"nextPage": f"{items}?queryId=q1&page=2", "other": "https://elsewhere.test/arm/v1/x"},
    )


def test_links_in_answers_lead_to_the_proxy_not_past_it() -> None:
    with proxy(httpx.MockTransport(_page), public_url="http://proxy.test") as proxied:
        answer = proxied.client.get(CUSTOMERS, headers=TOKEN)
    assert answer.headers["location"] == f"http://proxy.test{CUSTOMERS}/77"
    assert answer.headers["link"] == f'<http://proxy.test{CUSTOMERS}?page=2>; rel="next"'
    assert answer.json() == {
        "nextPage": f"http://proxy.test{CUSTOMERS}?queryId=q1&page=2",
        "other": "https://elsewhere.test/arm/v1/x",  # not the upstream's: left as it came
    }
    assert int(answer.headers["content-length"]) == len(answer.content)


def test_an_upstream_given_with_the_contracts_path_is_not_repeated() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"status": "UP"})

    sink = io.BytesIO()
    app = build(
        upstream=f"{UPSTREAM}/arm/v1/",
        spec=spec(),
        lines=sink,
        transport=httpx.MockTransport(record),
        public_url="http://proxy.test",
    )
    with TestClient(app, base_url="http://proxy.test") as client:
        client.get("/arm/v1/health")
        report = client.get(REPORT_PATH).json()
    assert seen == [f"{UPSTREAM}/arm/v1/health"]
    assert (report["unrouted"], report["operations"]["getHealth"]["exchanges"]) == ({}, 1)


def test_credentials_in_the_upstream_url_are_refused_without_showing_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["proxy", "--upstream", "https://demo:pa55word@api.staging.test/arm/v1"])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "pa55word" not in err
    assert "credentials in the URL are refused" in err


def test_the_token_endpoint_and_client_caused_statuses_are_not_drift() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            return httpx.Response(200, json={"access_token": "eyJ.x.y", "token_type": "Bearer"})
        return httpx.Response(431, json={"title": "Request header fields too large", "status": 431})

    with proxy(httpx.MockTransport(answer)) as proxied:
        proxied.client.post("/token", data={"grant_type": "client_credentials", "client_id": "c"})
        proxied.client.get(f"{CUSTOMERS}/1", headers=TOKEN | {"X-Big": "x" * 1000})
        report = proxied.report()
    assert (report["unrouted"], report["tokenEndpoint"], report["violations"]) == ({}, {"200": 1}, 0)
    assert report["operations"]["getCustomer"]["statuses"] == {"431": 1}
    assert "the client's doing" in proxied.lines()[1]["notes"][0]


def test_client_chosen_names_do_not_grow_the_report() -> None:
    """60 KB parameter names, each new: the report keeps each name cut short and stays small."""
    with proxy(httpx.MockTransport(lambda _: httpx.Response(200, json={"customers": []}))) as proxied:
        for n in range(40):
            proxied.client.get(f"{CUSTOMERS}?{n:02d}{'p' * 60_000}=1", headers=TOKEN)
        report = proxied.client.get(REPORT_PATH).content
    fields = orjson.loads(report)["operations"]["listCustomers"]["undeclaredFields"]
    assert sum(fields.values()) == 40 and max(len(key) for key in fields) <= MAX_KEY_CHARS
    assert len(report) < 40 * (MAX_KEY_CHARS + 64) + 8192


def test_the_report_keeps_to_its_byte_budget_across_all_its_maps() -> None:
    keys, counters = Keys(), [Counter[str]() for _ in range(50)]
    for n in range(20_000):
        keys.count(counters[n % 50], f"{n:06d}" + "k" * 300)
    kept = sum(len(key.encode()) for counter in counters for key in counter if key != MORE)
    assert kept <= MAX_KEY_BYTES and keys.bytes == kept
    assert sum(sum(counter.values()) for counter in counters) == 20_000  # every exchange counted


def test_report_files_in_missing_folders_are_written_on_demand_and_at_exit(tmp_path: Path) -> None:
    report = tmp_path / "reports" / "now" / "drift.json"
    with proxy(httpx.MockTransport(lambda _: httpx.Response(200, json={})), report_file=report) as proxied:
        proxied.client.get("/arm/v1/health")
        written = proxied.client.post(REPORT_PATH)
        assert orjson.loads(report.read_bytes()) == written.json()
        assert written.json()["exchanges"] == 1
        report.unlink()
        proxied.client.get("/arm/v1/health")
    assert orjson.loads(report.read_bytes())["exchanges"] == 2  # at exit, the folder made again if gone


@pytest.mark.parametrize("exchanges", [True, False])
def test_the_command_makes_the_folders_of_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchanges: bool
) -> None:
    """As the README writes it, in a fresh checkout without reports/: the port is taken here, so the
    proxy stops at start-up, with its files written (the exchange log to stdout without --exchanges)."""
    monkeypatch.setattr(http_spec, "load", lambda _: spec())
    monkeypatch.chdir(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        argv = ["proxy", "--upstream", "http://127.0.0.1:9", "--port", port]
        files = ["--report", "reports/drift.json"]
        files += ["--exchanges", "reports/exchanges.jsonl"] if exchanges else []
        with pytest.raises(SystemExit):
            cli.main([*argv, *files])
    assert orjson.loads((tmp_path / "reports" / "drift.json").read_bytes())["exchanges"] == 0
    assert (tmp_path / "reports" / "exchanges.jsonl").exists() == exchanges


@pytest.mark.parametrize("url", ["ftp://api.staging.test", "http://", "http://[::1"])
def test_an_upstream_that_is_no_http_url_is_refused(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["proxy", "--upstream", url])
    assert exited.value.code == 2 and "argument --upstream" in capsys.readouterr().err


def test_a_report_that_cannot_be_written_goes_to_stderr_with_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("")
    with proxy(
        httpx.MockTransport(lambda _: httpx.Response(200, json={})), report_file=tmp_path / "a-file" / "r"
    ):
        pass
    err = capsys.readouterr().err
    assert "cannot write the report to" in err and orjson.loads(err[err.index("{") :])["exchanges"] == 0


def test_an_unreachable_token_endpoint_is_an_upstream_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with proxy(httpx.MockTransport(refuse)) as proxied:
        answer = proxied.client.post("/token", data={"grant_type": "client_credentials"})
        report = proxied.report()
    assert answer.status_code == 502
    assert (report["upstreamErrors"], report["tokenEndpoint"], report["unrouted"]) == (1, {}, {})


def test_a_sensitive_field_that_is_no_scalar_is_reported_as_it_is() -> None:
    with proxy(httpx.MockTransport(lambda _: httpx.Response(201, json={}))) as proxied:
        customer = {"customerNo": "77", "name": "Ola", "ssn": ["not", "a", "number"]}
        proxied.client.post(
            CUSTOMERS, json={"metadata": {"userId": "u"}, "customer": customer}, headers=TOKEN
        )
    messages = [v["message"] for v in proxied.lines()[0]["violations"] if v["at"] == "/customer/ssn"]
    assert messages and all("is not of type" in m for m in messages)


def test_a_client_gone_while_the_answer_is_relayed_is_noted() -> None:
    """The ASGI server's `send` fails (the connection broke): the exchange is still logged and counted."""
    with proxy(httpx.MockTransport(lambda _: httpx.Response(200, json={"status": "UP"}))) as proxied:

        async def receive() -> dict[str, object]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, object]) -> None:
            if message["type"] == "http.response.body":
                raise ConnectionResetError("gone")

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": "/arm/v1/health",
            "raw_path": b"/arm/v1/health",
            "query_string": b"",
            "root_path": "",
            "headers": [],
            "client": ("127.0.0.1", 1),
            "server": ("proxy.test", 80),
        }
        portal: Any = proxied.client.portal  # the TestClient's event loop, where the app runs
        portal.call(proxied.client.app, scope, receive, send)
        report = proxied.report()
    assert proxied.lines()[0]["notes"] == ["relaying the answer: ConnectionResetError: gone"]
    assert report["operations"]["getHealth"]["statuses"] == {"200": 1}
