from ..enums import OpenStrEnum


class DocumentType(OpenStrEnum):
    CREDITNOTE = "CREDITNOTE"
    INTERESTNOTE = "INTERESTNOTE"
    INVOICE = "INVOICE"
    REMINDER = "REMINDER"
