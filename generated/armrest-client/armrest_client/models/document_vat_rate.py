from enum import IntEnum


class DocumentVatRate(IntEnum):
    RATE_0 = 0
    RATE_12 = 12
    RATE_15 = 15
    RATE_25 = 25

    def __str__(self) -> str:
        return str(self.value)
