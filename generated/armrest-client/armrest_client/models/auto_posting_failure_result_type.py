from ..enums import OpenStrEnum


class AutoPostingFailureResultType(OpenStrEnum):
    BATCH_REJECTED = "BATCH-REJECTED"
    FAILED = "FAILED"
