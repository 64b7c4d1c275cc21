"""uploadFiles: judge each file on its own (domain/files.py) and store the accepted ones; an identical
file already stored is answered, not stored again."""

from __future__ import annotations

from typing import Any

from armrest_server.domain import files
from armrest_server.usecases.uow import UnitOfWork


def upload(uow: UnitOfWork, clientno: int, sent: list[dict[str, Any]]) -> files.Upload:
    """Judge and store each file on its own. Files are stored in request order, so a file repeated
    within one request is stored once."""
    uow.clients.ensure(clientno)
    config = uow.clients.config(clientno)
    allowed, max_size = list(config.value("allowedFileTypes")), int(config.value("maxFileSize"))
    done = files.Upload()
    for index, item in enumerate(sent):
        document_no = item.get("documentNo")
        document_id = uow.files.document_id(clientno, document_no) if document_no else None
        found = document_no is None or document_id is not None
        checked = files.check(index, item, allowed, max_size, clientno, found)
        if checked.violations or checked.raw is None:
            done.reject(index, item, checked)
            continue
        digest = files.sha256(checked.raw)
        same = uow.files.find_identical(clientno, digest, checked.name, item["fileType"], document_id)
        if same is not None:
            done.store(index, checked, same["file_id"], new=False)
            continue
        file_id = uow.files.insert_file(
            clientno, checked.name, item["fileType"], item["mediaType"], checked.raw, digest, "UPLOAD",
            document_id=document_id,
        )  # fmt: skip
        done.store(index, checked, file_id, new=True)
    return done
