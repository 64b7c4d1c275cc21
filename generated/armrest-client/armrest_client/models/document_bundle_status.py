from enum import StrEnum


class DocumentBundleStatus(StrEnum):
    DISTRIBUTED = "DISTRIBUTED"
    OPEN = "OPEN"

    def __str__(self) -> str:
        return str(self.value)
