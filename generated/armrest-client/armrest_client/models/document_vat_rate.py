from ..enums import OpenIntEnum


class DocumentVatRate(OpenIntEnum):
    RATE_0 = 0
    RATE_12 = 12
    RATE_15 = 15
    RATE_25 = 25
