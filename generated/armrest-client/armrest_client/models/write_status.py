from enum import StrEnum


class WriteStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    PROCESSED = "PROCESSED"
    VALIDATED = "VALIDATED"

    def __str__(self) -> str:
        return str(self.value)
