from enum import StrEnum


class BatchItemResultType(StrEnum):
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
