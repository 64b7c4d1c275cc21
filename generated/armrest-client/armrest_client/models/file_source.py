from enum import StrEnum


class FileSource(StrEnum):
    REPORT = "REPORT"
    UPLOAD = "UPLOAD"

    def __str__(self) -> str:
        return str(self.value)
