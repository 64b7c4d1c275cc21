from enum import StrEnum


class ArItemApplicationSource(StrEnum):
    AUTOPOSTING = "AUTOPOSTING"
    CREDITNOTE = "CREDITNOTE"

    def __str__(self) -> str:
        return str(self.value)
