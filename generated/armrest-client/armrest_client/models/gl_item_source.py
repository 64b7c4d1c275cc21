from enum import StrEnum


class GlItemSource(StrEnum):
    AUTOPOSTING = "AUTOPOSTING"
    CREDITNOTE = "CREDITNOTE"
    DOCUMENT = "DOCUMENT"

    def __str__(self) -> str:
        return str(self.value)
