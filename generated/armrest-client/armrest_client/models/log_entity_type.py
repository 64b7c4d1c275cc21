from enum import StrEnum


class LogEntityType(StrEnum):
    ACTION = "ACTION"
    ARITEM = "ARITEM"
    AUTOPOSTING = "AUTOPOSTING"
    BATCH = "BATCH"
    CUSTOMER = "CUSTOMER"
    DOCUMENT = "DOCUMENT"
    FILE = "FILE"
    PAYMENTRESERVATION = "PAYMENTRESERVATION"
    REPORT = "REPORT"

    def __str__(self) -> str:
        return str(self.value)
