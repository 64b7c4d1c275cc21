from enum import StrEnum


class DocumentDistributionChannel(StrEnum):
    DIGIPOST = "DIGIPOST"
    EFAKTURA = "EFAKTURA"
    EHF = "EHF"
    EMAIL = "EMAIL"
    PRINT = "PRINT"

    def __str__(self) -> str:
        return str(self.value)
