"""Files handlers: uploads (JSON, content base64) and the files report jobs produce."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Select

from armrest_server.api import audit
from armrest_server.api.dates import instant_range, timestamp
from armrest_server.api.paging import list_page
from armrest_server.domain import files as rules
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import FieldError, Problem, not_found
from armrest_server.store import files as store
from armrest_server.store.db import reading
from armrest_server.usecases import files
from armrest_server.usecases.uow import UnitOfWork

CONTENT_PAGE_SIZE = 20  # pages that carry content hold at most this many files
WITH_CONTENT = "+"  # marks the frozen ids of a query that includes content: it is part of the query


def _wire(row: dict[str, Any]) -> dict[str, Any]:
    found = {
        "fileId": row["file_id"],
        "fileName": row["file_name"],
        "fileType": row["file_type"],
        "mediaType": row["media_type"],
        "size": row["size"],
        "sha256": row["sha256"],
        "source": row["source"],
        "documentNo": row["document_no"],
        "jobQueueId": row["job_queue_id"],
        "createdAt": timestamp(row["created_at"]),
    }
    if "content" in row:
        found["content"] = rules.encode(row["content"])
    return found


def _plural(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"


def uploadFiles(call: Call) -> Reply:
    sent: list[dict[str, Any]] = call.body["files"]
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
        done = files.upload(uow, call.clientno, sent)
        stored = done.stored
        if not stored:
            errors = [FieldError(v.pointer, v.message, v.code) for v in done.violations]
            raise Problem(422, f"Every file was rejected ({_plural(len(sent))})", errors)
        result = "CREATED" if done.new else "UNCHANGED"
        if len(stored) < len(sent):
            status = 207
            message = f"{len(stored)} of {_plural(len(sent))} stored, {len(sent) - len(stored)} rejected"
        elif done.new:
            status, message = 201, f"{_plural(len(sent))} stored"
        else:
            status = 200
            message = f"{_plural(len(sent))} {'was' if len(sent) == 1 else 'were'} already stored"
        audit.record(uow.connection, call, "FILE", stored[0]["fileId"], status, result, message)
        uow.commit()
    body = {
        "status": "PROCESSED",
        "result": result,
        "message": message,
        "clientNo": call.clientno,
        "files": done.results,
    }
    return Reply(status, body)


def getFile(call: Call) -> Reply:
    file_id = call.path["fileid"]
    with reading(call.services.engine) as conn:
        row = store.fetch(conn, call.clientno, [file_id], with_content=True).get(file_id)
    if row is None:
        raise not_found(f"File {file_id}", "#/path/fileid")
    return Reply(200, _wire(row))


def listFiles(call: Call) -> Reply:
    query = call.query
    created_from, created_before = instant_range(call)
    with_content = bool(query.get("includecontent"))
    if with_content and not query.get("query"):
        size = query.get("pagesize")
        call = dataclasses.replace(
            call,
            query={**query, "pagesize": CONTENT_PAGE_SIZE if size is None else min(size, CONTENT_PAGE_SIZE)},
        )

    def ids() -> Select[Any]:
        return store.ids_query(
            call.clientno,
            file_ids=query.get("fileid"),
            file_type=query.get("filetype"),
            source=query.get("source"),
            document_no=query.get("documentno"),
            created_from=created_from,
            created_before=created_before,
            marker=WITH_CONTENT if with_content else "",
        )

    def fetch(conn: Connection, keys: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        # The frozen ids say whether the query includes content, whatever this call's parameters say.
        content = any(str(k).startswith(WITH_CONTENT) for k in keys)
        rows = store.fetch(conn, call.clientno, [str(k).removeprefix(WITH_CONTENT) for k in keys], content)
        return {k: _wire(rows[i]) for k in keys if (i := str(k).removeprefix(WITH_CONTENT)) in rows}

    return list_page(call, "files", ids, fetch)
