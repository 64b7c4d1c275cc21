from enum import StrEnum


class ArItemType(StrEnum):
    CREDITNOTE = "CREDITNOTE"
    INTERESTNOTE = "INTERESTNOTE"
    INVOICE = "INVOICE"
    PAYMENT = "PAYMENT"
    REMINDER = "REMINDER"

    def __str__(self) -> str:
        return str(self.value)
