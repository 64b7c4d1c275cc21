from enum import StrEnum


class AutoPostingMethod(StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"
    WRITEOFF = "writeoff"

    def __str__(self) -> str:
        return str(self.value)
