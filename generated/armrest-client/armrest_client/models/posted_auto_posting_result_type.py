from enum import StrEnum


class PostedAutoPostingResultType(StrEnum):
    POSTED = "POSTED"
    VALIDATED = "VALIDATED"

    def __str__(self) -> str:
        return str(self.value)
