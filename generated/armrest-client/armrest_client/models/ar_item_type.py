from ..enums import OpenStrEnum


class ArItemType(OpenStrEnum):
    CREDITNOTE = "CREDITNOTE"
    INTERESTNOTE = "INTERESTNOTE"
    INVOICE = "INVOICE"
    PAYMENT = "PAYMENT"
    REMINDER = "REMINDER"
