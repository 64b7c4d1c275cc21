from enum import IntEnum


class DocumentVatRate(IntEnum):
    VALUE_0 = 0
    VALUE_12 = 12
    VALUE_15 = 15
    VALUE_25 = 25

    def __str__(self) -> str:
        return str(self.value)
