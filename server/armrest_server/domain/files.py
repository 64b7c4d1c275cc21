"""Uploaded files: name sanitising, strict base64, the per-client type and size rules, identity.

Each file of an upload is judged on its own (uploadFiles): a file that breaks a rule is rejected
and the others are still stored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from armrest_server.domain import config
from armrest_server.domain.rules import Violation  # pointers into the request: /files/<index>/<field>
from armrest_server.store import clients
from armrest_server.store import files as store

# Characters that are not allowed in names on common file systems; each becomes `_`.
FORBIDDEN = '<>:"|?*'
MAX_NAME = 255  # NFC can lengthen a name the schema allowed


def sanitise_name(name: str) -> str:
    """NFC, surrounding white space trimmed, forbidden characters and a leading `.` replaced by `_`."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    cleaned = "".join("_" if ch in FORBIDDEN else ch for ch in cleaned)
    return "_" + cleaned[1:] if cleaned.startswith(".") else cleaned


def decode(content: str) -> bytes | None:
    """The bytes of standard, padded base64, or None when `content` is not exactly that.

    Strict: characters outside the alphabet, missing padding and non-zero padding bits (a second
    spelling of the same bytes) are refused, so one content has exactly one encoding.
    """
    try:
        raw = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if base64.b64encode(raw).decode("ascii") == content else None


def encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Checked:
    """One file of an upload after the rules: its stored name and bytes, or why it is rejected."""

    name: str
    raw: bytes | None
    violations: list[Violation]


def check(
    index: int,
    sent: dict[str, object],
    allowed_types: list[str],
    max_size: int,
    clientno: int,
    document_found: bool,
) -> Checked:
    """Every rule of one uploaded file (`document_found`: its documentNo, if any, names a document)."""
    where = f"/files/{index}"
    violations: list[Violation] = []
    name = sanitise_name(str(sent["fileName"]))
    if not name or len(name) > MAX_NAME:
        violations.append(
            Violation(
                f"{where}/fileName", f"the sanitised name must have 1 to {MAX_NAME} characters", "fileName"
            )
        )
    file_type = str(sent["fileType"])
    if file_type.upper() not in {t.upper() for t in allowed_types}:
        violations.append(
            Violation(
                f"{where}/fileType",
                f"file type {file_type} is not allowed for client {clientno}",
                "fileTypeNotAllowed",
            )
        )
    raw = decode(str(sent["content"]))
    if raw is None:
        violations.append(
            Violation(f"{where}/content", "content is not canonical standard base64", "contentEncoding")
        )
    elif len(raw) > max_size:
        violations.append(
            Violation(
                f"{where}/content",
                f"the file has {len(raw)} bytes; client {clientno} accepts at most {max_size}",
                "maxFileSize",
            )
        )
    if not document_found:
        violations.append(
            Violation(f"{where}/documentNo", f"document {sent['documentNo']} does not exist", "notFound")
        )
    return Checked(name, raw, violations)


@dataclass
class Upload:
    """What an upload did: one result per file sent (wire FileUploadItemResult), in request order."""

    results: list[dict[str, Any]] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    new: int = 0  # files stored that were not stored before

    @property
    def stored(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r["resultType"] == "STORED"]


def upload(conn: Connection, clientno: int, sent: list[dict[str, Any]]) -> Upload:
    """Judge and store each file on its own; an identical file already stored is answered, not stored again.

    Files are stored in request order, so a file repeated within one request is stored once.
    """
    clients.ensure(conn, clientno)
    allowed = list(config.value(conn, clientno, "allowedFileTypes"))
    max_size = int(config.value(conn, clientno, "maxFileSize"))
    done = Upload()
    for index, item in enumerate(sent):
        document_no = item.get("documentNo")
        document_id = store.document_id(conn, clientno, document_no) if document_no else None
        found = document_no is None or document_id is not None
        checked = check(index, item, allowed, max_size, clientno, found)
        if checked.violations or checked.raw is None:
            done.violations += checked.violations
            errors = [
                {"pointer": v.pointer, "message": v.message, "code": v.code} for v in checked.violations
            ]
            done.results.append(_result(index, item["fileName"], "REJECTED", None, None, errors))
            continue
        digest = sha256(checked.raw)
        same = store.find_identical(conn, clientno, digest, checked.name, item["fileType"], document_id)
        if same is not None:
            file_id = same["file_id"]
        else:
            file_id = store.insert_file(
                conn,
                clientno,
                checked.name,
                item["fileType"],
                item["mediaType"],
                checked.raw,
                digest,
                "UPLOAD",
                document_id=document_id,
            )
            done.new += 1
        done.results.append(_result(index, checked.name, "STORED", file_id, len(checked.raw), []))
    return done


def _result(
    index: int, name: str, kind: str, file_id: str | None, size: int | None, errors: list[dict[str, str]]
) -> dict[str, Any]:
    return {
        "index": index,
        "fileName": name,
        "resultType": kind,
        "fileId": file_id,
        "size": size,
        "errors": errors,
    }
