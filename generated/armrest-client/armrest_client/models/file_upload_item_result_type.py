from ..enums import OpenStrEnum


class FileUploadItemResultType(OpenStrEnum):
    REJECTED = "REJECTED"
    STORED = "STORED"
