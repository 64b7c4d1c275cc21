from enum import StrEnum


class FileUploadItemResultResultType(StrEnum):
    REJECTED = "REJECTED"
    STORED = "STORED"

    def __str__(self) -> str:
        return str(self.value)
