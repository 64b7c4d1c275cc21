from ..enums import OpenStrEnum


class AutoPostingResultType(OpenStrEnum):
    BATCH_REJECTED = "BATCH-REJECTED"
    FAILED = "FAILED"
    POSTED = "POSTED"
    VALIDATED = "VALIDATED"
