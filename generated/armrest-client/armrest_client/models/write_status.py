from ..enums import OpenStrEnum


class WriteStatus(OpenStrEnum):
    ACCEPTED = "ACCEPTED"
    PROCESSED = "PROCESSED"
    VALIDATED = "VALIDATED"
