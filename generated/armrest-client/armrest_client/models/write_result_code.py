from enum import StrEnum


class WriteResultCode(StrEnum):
    CREATED = "CREATED"
    DELETED = "DELETED"
    QUEUED = "QUEUED"
    UNCHANGED = "UNCHANGED"
    UPDATED = "UPDATED"
    VALIDATED = "VALIDATED"

    def __str__(self) -> str:
        return str(self.value)
