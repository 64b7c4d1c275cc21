from ..enums import OpenStrEnum


class IncludeSumText(OpenStrEnum):
    FALSE = "false"
    INCLUDESUM = "includeSum"
    TRUE = "true"
