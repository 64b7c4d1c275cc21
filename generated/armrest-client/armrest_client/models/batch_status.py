from ..enums import OpenStrEnum


class BatchStatus(OpenStrEnum):
    COMPLETED = "COMPLETED"
    COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    QUEUED = "QUEUED"
