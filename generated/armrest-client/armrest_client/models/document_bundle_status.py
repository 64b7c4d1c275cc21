from ..enums import OpenStrEnum


class DocumentBundleStatus(OpenStrEnum):
    DISTRIBUTED = "DISTRIBUTED"
    OPEN = "OPEN"
