"""Uploaded files: name sanitising, strict base64, the per-client type and size rules, identity.

Each file of an upload is judged on its own (uploadFiles): a file that breaks a rule is rejected
and the others are still stored (usecases/files.py stores them).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from armrest_server.domain.rules import Violation  # pointers into the request: /files/<index>/<field>

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

    def reject(self, index: int, sent: dict[str, Any], checked: Checked) -> None:
        self.violations += checked.violations
        errors = [{"pointer": v.pointer, "message": v.message, "code": v.code} for v in checked.violations]
        self.results.append(_result(index, sent["fileName"], "REJECTED", None, None, errors))

    def store(self, index: int, checked: Checked, file_id: str, new: bool) -> None:
        """A file stored (`new`), or answered by the identical file stored before."""
        assert checked.raw is not None
        self.new += new
        self.results.append(_result(index, checked.name, "STORED", file_id, len(checked.raw), []))


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
