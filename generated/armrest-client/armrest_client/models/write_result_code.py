from ..enums import OpenStrEnum


class WriteResultCode(OpenStrEnum):
    CREATED = "CREATED"
    DELETED = "DELETED"
    QUEUED = "QUEUED"
    UNCHANGED = "UNCHANGED"
    UPDATED = "UPDATED"
    VALIDATED = "VALIDATED"
