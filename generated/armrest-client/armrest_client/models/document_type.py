from enum import StrEnum


class DocumentType(StrEnum):
    CREDITNOTE = "CREDITNOTE"
    INTERESTNOTE = "INTERESTNOTE"
    INVOICE = "INVOICE"
    REMINDER = "REMINDER"

    def __str__(self) -> str:
        return str(self.value)
