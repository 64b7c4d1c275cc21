from ..enums import OpenStrEnum


class PostedAutoPostingResultType(OpenStrEnum):
    POSTED = "POSTED"
    VALIDATED = "VALIDATED"
