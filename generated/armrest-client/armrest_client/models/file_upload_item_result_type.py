from enum import StrEnum


class FileUploadItemResultType(StrEnum):
    REJECTED = "REJECTED"
    STORED = "STORED"

    def __str__(self) -> str:
        return str(self.value)
