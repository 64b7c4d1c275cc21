from enum import StrEnum


class ReportInputIncludeSumType1(StrEnum):
    FALSE = "false"
    INCLUDESUM = "includeSum"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
