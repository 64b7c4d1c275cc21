"""Files: uploads (JSON, base64), each file judged on its own; 201/200/207/422; reading them back."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from typing import Any

import pytest

from armrest_server.store import clients, files
from armrest_server.store.db import writing
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, table_counts
from tests.support.builders import file_upload, files_body
from tests.support.ledger import add_document

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/files"


def upload(api: Api, *items: dict[str, Any], status: int | None = None, **kwargs: Any) -> dict[str, Any]:
    response = api.post(PATH, json=files_body(*items), **kwargs)
    if status is not None:
        assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def log_items(api: Api) -> list[dict[str, Any]]:
    response = api.get(f"/clients/{CLIENTNO}/logitems")
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["logItems"]
    return items


def add_report_file(api: Api, content: bytes = b"kundenr;sum\n543210;1250.00\n") -> str:
    """A report job's file, as the report worker writes it."""
    with writing(api.services.engine) as conn:
        clients.ensure(conn, CLIENTNO)
        return files.insert_file(
            conn,
            CLIENTNO,
            "adb-2218.csv",
            "CSV",
            "text/csv",
            content,
            hashlib.sha256(content).hexdigest(),
            "REPORT",
            job_queue_id=908966,
        )


# --- uploadFiles: answers --------------------------------------------------------------------------
def test_a_new_file_is_created_with_201(api: Api) -> None:
    body = upload(api, file_upload(), status=201)
    assert (body["status"], body["result"], body["files"][0]["resultType"]) == (
        "PROCESSED",
        "CREATED",
        "STORED",
    )


def test_the_answer_names_the_stored_file_and_its_size(api: Api) -> None:
    item = upload(api, file_upload(content=b"12345"), status=201)["files"][0]
    assert (item["index"], item["size"], item["errors"]) == (0, 5, []) and item["fileId"]


def test_an_identical_file_is_not_stored_again_and_answers_200_unchanged(api: Api) -> None:
    first = upload(api, file_upload(), status=201)["files"][0]["fileId"]
    again = upload(api, file_upload(), status=200)
    assert (again["result"], again["files"][0]["fileId"]) == ("UNCHANGED", first)


def test_a_repeat_does_not_add_a_row(api: Api) -> None:
    upload(api, file_upload(), status=201)
    before = table_counts(api)["files"]
    upload(api, file_upload(), status=200)
    assert table_counts(api)["files"] == before


@pytest.mark.parametrize(
    "change",
    [{"name": "other.pdf"}, {"content": b"other bytes"}, {"file_type": "TXT"}],
    ids=["name", "content", "type"],
)
def test_a_file_differing_in_name_content_or_type_is_new(api: Api, change: dict[str, Any]) -> None:
    first = upload(api, file_upload(), status=201)["files"][0]["fileId"]
    second = upload(api, file_upload(**change), status=201)["files"][0]["fileId"]
    assert second != first


def test_the_same_file_for_another_document_is_new(api: Api) -> None:
    add_document(api, "100234")
    first = upload(api, file_upload(), status=201)["files"][0]["fileId"]
    second = upload(api, file_upload(documentNo="100234"), status=201)["files"][0]["fileId"]
    assert second != first


def test_two_identical_files_in_one_request_are_stored_once(api: Api) -> None:
    body = upload(api, file_upload(), file_upload(), status=201)
    assert body["files"][0]["fileId"] == body["files"][1]["fileId"]


def test_some_files_rejected_answers_207_with_created(api: Api) -> None:
    body = upload(api, file_upload(), file_upload("book.xlsx", file_type="XLSX"), status=207)
    assert (body["result"], [f["resultType"] for f in body["files"]]) == ("CREATED", ["STORED", "REJECTED"])


def test_207_with_only_known_files_stored_is_unchanged(api: Api) -> None:
    upload(api, file_upload(), status=201)
    body = upload(api, file_upload(), file_upload("book.xlsx", file_type="XLSX"), status=207)
    assert body["result"] == "UNCHANGED"


def test_a_rejected_file_has_no_id_nor_size_and_names_its_errors(api: Api) -> None:
    rejected = upload(api, file_upload(), file_upload("book.xlsx", file_type="XLSX"), status=207)["files"][1]
    assert (rejected["fileId"], rejected["size"], rejected["errors"]) == (
        None,
        None,
        [
            {
                "pointer": "/files/1/fileType",
                "message": f"file type XLSX is not allowed for client {CLIENTNO}",
                "code": "fileTypeNotAllowed",
            }
        ],
    )


def test_every_file_rejected_answers_422_naming_each_file(api: Api) -> None:
    response = api.post(PATH, json=files_body(file_upload(file_type="XLSX"), file_upload(documentNo="nope")))
    assert (response.status_code, [e["pointer"] for e in response.json()["errors"]]) == (
        422,
        ["/files/0/fileType", "/files/1/documentNo"],
    )


def test_422_is_a_problem(api: Api) -> None:
    response = api.post(PATH, json=files_body(file_upload(file_type="XLSX")))
    assert response.headers["content-type"] == "application/problem+json"


def test_an_upload_that_is_refused_changes_nothing(api: Api) -> None:
    upload(api, file_upload(), status=201)
    before = table_counts(api)
    api.post(PATH, json=files_body(file_upload("x.xlsx", file_type="XLSX")))
    assert table_counts(api) == before


def test_a_body_that_breaks_the_schema_answers_400_and_stores_nothing(api: Api) -> None:
    before = table_counts(api)
    response = api.post(PATH, json=files_body(file_upload(content=b"ok") | {"content": "not base64!"}))
    assert (response.status_code, table_counts(api)) == (400, before)


# --- uploadFiles: the rules of one file ------------------------------------------------------------
def rejection(api: Api, item: dict[str, Any]) -> list[tuple[str, str]]:
    response = api.post(PATH, json=files_body(item))
    assert response.status_code == 422, response.text
    return [(e["pointer"], e["code"]) for e in response.json()["errors"]]


def test_a_type_outside_the_clients_allowed_types_is_rejected(api: Api) -> None:
    assert rejection(api, file_upload(file_type="XLSX")) == [("/files/0/fileType", "fileTypeNotAllowed")]


def test_allowed_types_follow_the_client_config(api: Api) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, "allowedFileTypes", ["XLSX"])
    assert rejection(api, file_upload(file_type="PDF")) == [("/files/0/fileType", "fileTypeNotAllowed")]


def test_a_type_the_client_config_allows_is_stored(api: Api) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, "allowedFileTypes", ["XLSX"])
    assert upload(api, file_upload("book.xlsx", file_type="XLSX"))["result"] == "CREATED"


def test_a_file_above_the_clients_max_file_size_is_rejected(api: Api) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, "maxFileSize", 4)
    assert rejection(api, file_upload(content=b"12345")) == [("/files/0/content", "maxFileSize")]


def test_a_file_of_exactly_the_max_file_size_is_stored(api: Api) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, "maxFileSize", 5)
    assert upload(api, file_upload(content=b"12345"), status=201)["files"][0]["size"] == 5


def test_base64_with_nonzero_padding_bits_is_rejected(api: Api) -> None:
    # "QR==" decodes to b"A" like "QQ==", but is not its encoding.
    item = file_upload() | {"content": "QR=="}
    assert rejection(api, item) == [("/files/0/content", "contentEncoding")]


def test_an_unknown_document_is_rejected(api: Api) -> None:
    assert rejection(api, file_upload(documentNo="100234")) == [("/files/0/documentNo", "notFound")]


def test_a_document_of_another_client_is_unknown(api: Api) -> None:
    add_document(api, "100234", clientno=OTHER_CLIENTNO)
    assert rejection(api, file_upload(documentNo="100234")) == [("/files/0/documentNo", "notFound")]


def test_a_document_is_matched_case_insensitively(api: Api) -> None:
    add_document(api, "INV-1")
    file_id = upload(api, file_upload(documentNo="inv-1"), status=201)["files"][0]["fileId"]
    assert api.get(f"{PATH}/{file_id}").json()["documentNo"] == "INV-1"


def test_a_name_empty_after_trimming_is_rejected(api: Api) -> None:
    assert rejection(api, file_upload(name="   ")) == [("/files/0/fileName", "fileName")]


def test_every_rule_a_file_breaks_is_listed(api: Api) -> None:
    item = file_upload(name="  ", file_type="XLSX", documentNo="none")
    assert {code for _, code in rejection(api, item)} == {"fileName", "fileTypeNotAllowed", "notFound"}


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("  faktura.pdf  ", "faktura.pdf"),
        ('a<b>c:d"e|f?g*h.pdf', "a_b_c_d_e_f_g_h.pdf"),
        (" .skjult.pdf", "_skjult.pdf"),
        ("Cafe\u0301.pdf", "Caf\u00e9.pdf"),
    ],
    ids=["trimmed", "forbidden characters", "leading dot", "NFC"],
)
def test_names_are_sanitised(api: Api, sent: str, stored: str) -> None:
    body = upload(api, file_upload(name=sent), status=201)
    assert (
        body["files"][0]["fileName"],
        api.get(f"{PATH}/{body['files'][0]['fileId']}").json()["fileName"],
    ) == (
        stored,
        stored,
    )


def test_a_rejected_file_answers_its_name_as_sent(api: Api) -> None:
    body = upload(api, file_upload(), file_upload(name="a?.xlsx", file_type="XLSX"), status=207)
    assert body["files"][1]["fileName"] == "a?.xlsx"


# --- uploadFiles: the log item ---------------------------------------------------------------------
def test_an_upload_leaves_one_log_item_naming_the_first_stored_file(api: Api) -> None:
    body = upload(api, file_upload("x.xlsx", file_type="XLSX"), file_upload(), status=207)
    item = log_items(api)[0]
    assert (len(log_items(api)), item["entityType"], item["entityKey"], item["status"], item["result"]) == (
        1,
        "FILE",
        body["files"][1]["fileId"],
        207,
        "CREATED",
    )


def test_an_unchanged_upload_is_logged_too(api: Api) -> None:
    upload(api, file_upload(), status=201)
    upload(api, file_upload(), status=200)
    assert [(i["status"], i["result"]) for i in log_items(api)] == [(201, "CREATED"), (200, "UNCHANGED")]


def test_a_refused_upload_leaves_no_log_item(api: Api) -> None:
    api.post(PATH, json=files_body(file_upload(file_type="XLSX")))
    assert log_items(api) == []


def test_an_idempotent_replay_answers_the_same_and_stores_nothing_more(api: Api) -> None:
    headers = {"Idempotency-Key": "upload-1"}
    first = api.post(PATH, json=files_body(), headers=headers)
    counts = table_counts(api)
    again = api.post(PATH, json=files_body(), headers=headers)
    assert (again.status_code, again.json(), table_counts(api)) == (201, first.json(), counts)


# --- getFile ---------------------------------------------------------------------------------------
def test_get_file_answers_metadata_and_content(api: Api) -> None:
    content = b"%PDF-1.7 hello"
    file_id = upload(api, file_upload(content=content), status=201)["files"][0]["fileId"]
    found = api.get(f"{PATH}/{file_id}").json()
    assert (found["content"], found["sha256"], found["size"], found["source"], found["jobQueueId"]) == (
        base64.b64encode(content).decode(),
        hashlib.sha256(content).hexdigest(),
        len(content),
        "UPLOAD",
        None,
    )


def test_get_file_of_a_report(api: Api) -> None:
    file_id = add_report_file(api)
    found = api.get(f"{PATH}/{file_id}").json()
    assert (found["source"], found["jobQueueId"], found["documentNo"]) == ("REPORT", 908966, None)


def test_an_unknown_file_answers_404(api: Api) -> None:
    assert api.get(f"{PATH}/3f2b8c1e-6a4d-4e5f-9b7a-1c2d3e4f5a6b").status_code == 404


def test_a_file_of_another_client_answers_404(api: Api) -> None:
    file_id = upload(api, file_upload(), status=201)["files"][0]["fileId"]
    other = api.services.authority.issue("tester", [OTHER_CLIENTNO]).access_token
    assert api.get(f"/clients/{OTHER_CLIENTNO}/files/{file_id}", token=other).status_code == 404


def test_a_malformed_file_id_answers_400(api: Api) -> None:
    assert api.get(f"{PATH}/not-a-uuid").status_code == 400


# --- listFiles -------------------------------------------------------------------------------------
def listed(api: Api, query: str = "") -> dict[str, Any]:
    response = api.get(f"{PATH}?{query}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_list_holds_uploads_and_report_files_oldest_first(api: Api) -> None:
    uploaded = upload(api, file_upload(), status=201)["files"][0]["fileId"]
    report = add_report_file(api)
    assert [f["fileId"] for f in listed(api)["files"]] == [uploaded, report]


def test_list_carries_no_content_by_default(api: Api) -> None:
    upload(api, file_upload(), status=201)
    assert "content" not in listed(api)["files"][0]


def test_includecontent_adds_content(api: Api) -> None:
    upload(api, file_upload(content=b"abc"), status=201)
    assert listed(api, "includecontent=true")["files"][0]["content"] == "YWJj"


@pytest.mark.parametrize(
    ("query", "size"), [("", 20), ("&pagesize=100", 20), ("&pagesize=7", 7), ("&pagesize=2", 10)]
)
def test_includecontent_pages_hold_at_most_20_files(api: Api, query: str, size: int) -> None:
    assert listed(api, f"includecontent=true{query}")["summary"]["pageSizeLimit"] == size


def test_includecontent_is_part_of_the_frozen_query(api: Api) -> None:
    upload(api, *(file_upload(f"f{i}.pdf", content=bytes([i + 1])) for i in range(6)), status=201)
    first = listed(api, "includecontent=true&pagesize=5")
    later = listed(api, f"query={first['summary']['queryId']}&pageno=2")
    assert "content" in later["files"][0]


def test_a_query_without_content_stays_without(api: Api) -> None:
    upload(api, *(file_upload(f"f{i}.pdf", content=bytes([i + 1])) for i in range(6)), status=201)
    first = listed(api, "pagesize=5")
    later = listed(api, f"query={first['summary']['queryId']}&pageno=2&includecontent=true")
    assert "content" not in later["files"][0]


def test_filter_by_file_ids(api: Api) -> None:
    body = upload(api, *(file_upload(f"f{i}.pdf", content=bytes([i + 1])) for i in range(3)), status=201)
    ids = [f["fileId"] for f in body["files"]]
    query = f"fileid={ids[2]}&fileid={ids[0]}&fileid=3f2b8c1e-6a4d-4e5f-9b7a-1c2d3e4f5a6b"
    assert {f["fileId"] for f in listed(api, query)["files"]} == {ids[0], ids[2]}


def test_filter_by_source(api: Api) -> None:
    upload(api, file_upload(), status=201)
    report = add_report_file(api)
    assert [f["fileId"] for f in listed(api, "source=REPORT")["files"]] == [report]


def test_filter_by_type(api: Api) -> None:
    upload(api, file_upload(), file_upload("a.txt", file_type="TXT"), status=201)
    assert [f["fileType"] for f in listed(api, "filetype=TXT")["files"]] == ["TXT"]


def test_filter_by_document(api: Api) -> None:
    add_document(api, "100234")
    body = upload(api, file_upload(), file_upload(documentNo="100234"), status=201)
    assert [f["fileId"] for f in listed(api, "documentno=100234")["files"]] == [body["files"][1]["fileId"]]


def test_filter_by_dates_of_creation(api: Api) -> None:
    upload(api, file_upload(), status=201)
    today = datetime.now(UTC).date().isoformat()
    assert (
        len(listed(api, f"fromdate={today}&todate={today}")["files"]),
        len(listed(api, "todate=2000-01-01")["files"]),
    ) == (1, 0)


def test_fromdate_after_todate_answers_422(api: Api) -> None:
    assert api.get(f"{PATH}?fromdate=2026-04-02&todate=2026-04-01").status_code == 422


def test_files_of_another_client_are_not_listed(api: Api) -> None:
    upload(api, file_upload(), status=201)
    other = api.services.authority.issue("tester", [OTHER_CLIENTNO]).access_token
    assert api.get(f"/clients/{OTHER_CLIENTNO}/files", token=other).json()["files"] == []


def test_an_unknown_query_answers_404(api: Api) -> None:
    assert api.get(f"{PATH}?query=AAAAAAAAAAAAAAAAAAAAAA").status_code == 404
