from enum import StrEnum


class AutoPostingResultType(StrEnum):
    BATCH_REJECTED = "BATCH-REJECTED"
    FAILED = "FAILED"
    POSTED = "POSTED"
    VALIDATED = "VALIDATED"

    def __str__(self) -> str:
        return str(self.value)
