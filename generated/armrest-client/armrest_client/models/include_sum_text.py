from enum import StrEnum


class IncludeSumText(StrEnum):
    FALSE = "false"
    INCLUDESUM = "includeSum"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
