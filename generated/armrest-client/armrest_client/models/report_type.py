from enum import StrEnum


class ReportType(StrEnum):
    ADB = "adb"
    ARITEMS = "aritems"
    GLBALANCE = "glbalance"

    def __str__(self) -> str:
        return str(self.value)
