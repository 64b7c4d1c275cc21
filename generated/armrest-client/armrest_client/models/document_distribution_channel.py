from ..enums import OpenStrEnum


class DocumentDistributionChannel(OpenStrEnum):
    DIGIPOST = "DIGIPOST"
    EFAKTURA = "EFAKTURA"
    EHF = "EHF"
    EMAIL = "EMAIL"
    PRINT = "PRINT"
