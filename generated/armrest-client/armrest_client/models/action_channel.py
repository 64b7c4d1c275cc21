from ..enums import OpenStrEnum


class ActionChannel(OpenStrEnum):
    DIGIPOST = "DIGIPOST"
    EFAKTURA = "EFAKTURA"
    EHF = "EHF"
    EMAIL = "EMAIL"
    PRINT = "PRINT"
