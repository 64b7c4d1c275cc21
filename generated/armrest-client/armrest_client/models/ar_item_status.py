from enum import StrEnum


class ArItemStatus(StrEnum):
    CLOSED = "CLOSED"
    OPEN = "OPEN"

    def __str__(self) -> str:
        return str(self.value)
