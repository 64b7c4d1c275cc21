from ..enums import OpenStrEnum


class BatchItemResultType(OpenStrEnum):
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
