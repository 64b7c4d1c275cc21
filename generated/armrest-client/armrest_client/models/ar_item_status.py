from ..enums import OpenStrEnum


class ArItemStatus(OpenStrEnum):
    CLOSED = "CLOSED"
    OPEN = "OPEN"
