from enum import StrEnum


class BatchType(StrEnum):
    CUSTOMERS_CREATE = "CUSTOMERS_CREATE"
    CUSTOMERS_UPDATE = "CUSTOMERS_UPDATE"
    DOCUMENTS_CREATE = "DOCUMENTS_CREATE"
    REPORT = "REPORT"

    def __str__(self) -> str:
        return str(self.value)
