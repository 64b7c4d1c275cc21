from ..enums import OpenStrEnum


class FileSource(OpenStrEnum):
    REPORT = "REPORT"
    UPLOAD = "UPLOAD"
