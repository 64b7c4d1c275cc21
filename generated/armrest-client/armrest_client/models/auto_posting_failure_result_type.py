from enum import StrEnum


class AutoPostingFailureResultType(StrEnum):
    BATCH_REJECTED = "BATCH-REJECTED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
