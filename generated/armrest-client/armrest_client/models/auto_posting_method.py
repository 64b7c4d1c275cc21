from ..enums import OpenStrEnum


class AutoPostingMethod(OpenStrEnum):
    PAYMENT = "payment"
    REFUND = "refund"
    WRITEOFF = "writeoff"
